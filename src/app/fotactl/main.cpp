#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fotactl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FOTADESK_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "ThingSpace FOTA v3 from the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
