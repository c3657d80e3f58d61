#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FotaDesk"));
    QApplication::setOrganizationName(QStringLiteral("FotaDesk"));
    QApplication::setApplicationVersion(QStringLiteral(FOTADESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Administer ThingSpace FOTA v3 firmware campaigns."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("FotaDesk"));
    window.setCentralWidget(new QLabel(QApplication::translate("main", "FotaDesk"), &window));
    window.resize(1100, 700);
    window.show();
    return QApplication::exec();
}
