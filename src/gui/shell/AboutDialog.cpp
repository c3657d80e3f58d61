#include "gui/shell/AboutDialog.h"

#include "gui/common/Icons.h"
#include "gui/shell/AppContext.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fotadesk {

AboutDialog::AboutDialog(const AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About FotaDesk"));

    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::get(u"fotadesk"_s).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    m_text->setObjectName(u"aboutText"_s);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(true);
    m_text->setWordWrap(true);
    m_text->setText(
        u"<h2>FotaDesk %1</h2>"_s.arg(QCoreApplication::applicationVersion().toHtmlEscaped()) +
        u"<p>"_s +
        tr("Schedule, change and watch firmware-over-the-air campaigns on "
           "ThingSpace (FOTA v3).") +
        u"</p><p>"_s +
        tr("Qt %1 (built with Qt %2)")
            .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(QT_VERSION_STR)) +
        u"<br>"_s +
        tr("Environment: %1 — %2")
            .arg(context.environmentLabel().toHtmlEscaped(),
                 context.environment.baseUrl.toString().toHtmlEscaped()) +
        u"<br>"_s + tr("Account: %1").arg(context.environment.accountName.toHtmlEscaped()) +
        u"<br>"_s + tr("Data and logs: %1").arg(data.toHtmlEscaped()) + u"</p>"_s);
    m_text->setMinimumWidth(420);

    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(m_text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(u"aboutQtButton"_s);
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::text() const
{
    return m_text->text();
}

QString AboutDialog::versionLine()
{
    return tr("FotaDesk %1 — Qt %2 (built with %3)")
        .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
             QString::fromLatin1(QT_VERSION_STR));
}

} // namespace fotadesk
