// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Alt+letter must do one thing on each screen: no two mnemonics of one page (with the menu
// bar and, in the create form, the step's buttons) share a letter, in every shipped
// language. Before, step 1 had Alt+N for both "Campaign name" and "Next". The dialogs too.

#include "gui/GuiTestHarness.h"
#include "gui/campaign/EditDatesDialog.h"
#include "gui/create/CreateCampaignWizard.h"
#include "gui/devices/DeviceChangeDialog.h"
#include "gui/devices/DeviceListWindow.h"
#include "gui/rollouts/RolloutRunner.h"
#include "gui/rollouts/RolloutWizard.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/shell/AboutDialog.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/AppLanguage.h"
#include "gui/shell/DesktopApp.h"
#include "gui/shell/MainWindow.h"
#include "gui/signin/CredentialsDialog.h"
#include "store/AppSettings.h"
#include "store/LocalStore.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QWizardPage>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace fotadesk::test {

namespace {

/// Mnemonic letter -> the texts that claim it.
using Claims = QMap<QString, QStringList>;

void claim(Claims& claims, const QString& text, const QString& where)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (key.isEmpty())
        return;
    claims[key.toString(QKeySequence::PortableText)] << u"%1 “%2”"_s.arg(where, text);
}

/// Every mnemonic under `root`: buttons, labels with a buddy, checkable group boxes and tabs
/// (`visibleOnly`: of the widgets shown now, e.g. on the current page of a stacked dialog).
void claimWidgets(Claims& claims, const QWidget& root, bool visibleOnly = false)
{
    const auto counts = [&](const QWidget* w) { return !visibleOnly || w->isVisibleTo(&root); };
    for (const QAbstractButton* b : root.findChildren<QAbstractButton*>()) {
        if (counts(b) && (!b->inherits("QToolButton") || !b->text().isEmpty()))
            claim(claims, b->text(), b->objectName());
    }
    for (const QLabel* l : root.findChildren<QLabel*>()) {
        if (counts(l) && l->buddy())
            claim(claims, l->text(), l->objectName());
    }
    for (const QGroupBox* g : root.findChildren<QGroupBox*>()) {
        if (counts(g))
            claim(claims, g->title(), g->objectName());
    }
    for (const QTabBar* t : root.findChildren<QTabBar*>()) {
        for (int i = 0; counts(t) && i < t->count(); ++i)
            claim(claims, t->tabText(i), t->objectName());
    }
}

void claimMenuBar(Claims& claims, const MainWindow& window)
{
    for (const QAction* a : window.menuBar()->actions())
        claim(claims, a->text(), u"menu"_s);
}

/// The app as fotadesk builds it, on an in-process fotasim, with a workspace of its own.
struct TestApp
{
    bool open()
    {
        if (!harness.isRunning())
            return false;
        DesktopApp::Options options;
        options.messages = &harness.messages;
        options.rememberWindowState = false;
        options.workspacePath = dir.filePath(u"workspace.sqlite"_s);
        app = std::make_unique<DesktopApp>(*harness.client(), settings, options);
        return true;
    }

    GuiTestHarness harness;
    QTemporaryDir dir;
    AppSettings settings;
    std::unique_ptr<DesktopApp> app;
};

/// A wizard step's claims: its widgets with the buttons QWizard shows on it.
Claims wizardStepClaims(const QWizard& wizard, int step)
{
    const QList<int> steps = wizard.pageIds();
    const QWizardPage* p = wizard.page(step);
    Claims claims;
    claimWidgets(claims, *p);
    const bool first = step == steps.first();
    const bool last = step == steps.last();
    if (!first && !(last && wizard.testOption(QWizard::NoBackButtonOnLastPage)))
        claim(claims, p->buttonText(QWizard::BackButton), u"back"_s);
    if (p->isCommitPage())
        claim(claims, p->buttonText(QWizard::CommitButton), u"commit"_s);
    else if (!last)
        claim(claims, p->buttonText(QWizard::NextButton), u"next"_s);
    if (last)
        claim(claims, p->buttonText(QWizard::FinishButton), u"finish"_s);
    claim(claims, p->buttonText(QWizard::CancelButton), u"cancel"_s);
    return claims;
}

QStringList conflicts(const Claims& claims, const QString& screen)
{
    QStringList out;
    if (qEnvironmentVariableIsSet("FOTADESK_MNEMONICS_DUMP")) {
        for (auto it = claims.begin(); it != claims.end(); ++it)
            qInfo().noquote() << "DUMP" << screen << it.key() << it.value().join(u" | "_s);
    }
    for (auto it = claims.begin(); it != claims.end(); ++it) {
        if (it.value().size() > 1)
            out << u"%1: %2 is %3"_s.arg(screen, it.key(), it.value().join(u" and "_s));
    }
    return out;
}

} // namespace

class DesktopAppMnemonicsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachScreenHasUniqueMnemonics_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("es") << u"es"_s;
    }

    void eachScreenHasUniqueMnemonics()
    {
        QFETCH(QString, language);
        AppLanguage translation;
        QCOMPARE(translation.install(language), language);
        TestApp test;
        QVERIFY2(test.open(), qPrintable(test.harness.errorString()));
        DesktopApp& app = *test.app;
        GuiTestHarness& harness = test.harness;
        MainWindow& window = app.window();

        // A campaign's page too (its tabs: details and device status).
        const auto campaign = harness.pendingCampaign(u"Mnemonics"_s, 1);
        QVERIFY(campaign.has_value());
        window.openCampaign(campaign->id);

        QStringList found;
        for (const QString& id : window.pageIds()) {
            QWidget* page = window.page(id);
            if (auto* wizard = qobject_cast<CreateCampaignWizard*>(page)) {
                // Each step with the buttons QWizard shows on it.
                const QList<int> steps = wizard->pageIds();
                for (int step : steps) {
                    QWizardPage* p = wizard->page(step);
                    Claims claims;
                    claimMenuBar(claims, window);
                    claimWidgets(claims, *p);
                    const bool first = step == steps.first();
                    const bool last = step == steps.last();
                    if (!first && !(last && wizard->testOption(QWizard::NoBackButtonOnLastPage)))
                        claim(claims, p->buttonText(QWizard::BackButton), u"back"_s);
                    if (p->isCommitPage())
                        claim(claims, p->buttonText(QWizard::CommitButton), u"commit"_s);
                    else if (!last)
                        claim(claims, p->buttonText(QWizard::NextButton), u"next"_s);
                    if (last)
                        claim(claims, p->buttonText(QWizard::FinishButton), u"finish"_s);
                    claim(claims, p->buttonText(QWizard::CancelButton), u"cancel"_s);
                    found << conflicts(claims,
                                       u"%1 step %2 (%3)"_s.arg(id).arg(step).arg(p->title()));
                }
                continue;
            }
            Claims claims;
            claimMenuBar(claims, window);
            claimWidgets(claims, *page);
            found << conflicts(claims, id);
        }
        for (const QString& f : std::as_const(found))
            qWarning().noquote() << f;
        QVERIFY2(found.isEmpty(), qPrintable(u"%1 conflicts (above)"_s.arg(found.size())));
    }

    void eachDialogHasUniqueMnemonics_data() { eachScreenHasUniqueMnemonics_data(); }
    void eachDialogHasUniqueMnemonics()
    {
        // The dialogs the pages open: each on its own (it has the keyboard to itself).
        QFETCH(QString, language);
        AppLanguage translation;
        QCOMPARE(translation.install(language), language);
        TestApp test;
        QVERIFY2(test.open(), qPrintable(test.harness.errorString()));
        AppContext& context = test.app->context();
        const auto campaign = test.harness.pendingCampaign(u"Dialogs"_s, 1);
        QVERIFY(campaign.has_value());

        std::vector<std::unique_ptr<QWidget>> dialogs;
        dialogs.push_back(std::make_unique<SettingsDialog>(test.settings, &test.harness.messages));
        dialogs.push_back(std::make_unique<EditDatesDialog>(context, *campaign));
        dialogs.push_back(std::make_unique<DeviceChangeDialog>(context, *campaign,
                                                               DeviceChangeDialog::Mode::Add));
        dialogs.push_back(std::make_unique<DeviceChangeDialog>(context, *campaign,
                                                               DeviceChangeDialog::Mode::Remove));
        dialogs.push_back(std::make_unique<CredentialsDialog>(
            u"Production"_s, QUrl(u"https://thingspace.verizon.com/api"_s), QString()));
        dialogs.push_back(std::make_unique<DeviceListWindow>(&test.harness.messages));
        dialogs.push_back(std::make_unique<AboutDialog>(context));
        QStringList found;
        for (const auto& dialog : dialogs) {
            // A dialog of several pages (a stacked widget): each page as it is shown.
            const QString name = QString::fromLatin1(dialog->metaObject()->className());
            auto* stack = dialog->findChild<QStackedWidget*>();
            const int pages = stack ? stack->count() : 1;
            for (int i = 0; i < pages; ++i) {
                if (stack)
                    stack->setCurrentIndex(i);
                Claims claims;
                claimWidgets(claims, *dialog, true);
                found << conflicts(claims, stack ? u"%1 page %2"_s.arg(name).arg(i) : name);
            }
        }
        for (const QString& f : std::as_const(found))
            qWarning().noquote() << f;
        QVERIFY2(found.isEmpty(), qPrintable(u"%1 conflicts (above)"_s.arg(found.size())));
    }

    void rolloutFormStepsHaveUniqueMnemonicsAndFit_data() { eachScreenHasUniqueMnemonics_data(); }
    void rolloutFormStepsHaveUniqueMnemonicsAndFit()
    {
        // New rollout is a window of its own (no menu bar): each step with its buttons.
        QFETCH(QString, language);
        AppLanguage translation;
        QCOMPARE(translation.install(language), language);
        TestApp test;
        QVERIFY2(test.open(), qPrintable(test.harness.errorString()));
        RolloutRunner runner(*test.harness.client(), test.app->store().workspace().path());
        RolloutWizard wizard(test.app->context(), runner);
        QStringList found;
        for (int step : wizard.pageIds())
            found << conflicts(
                wizardStepClaims(wizard, step),
                u"New rollout step %1 (%2)"_s.arg(step).arg(wizard.page(step)->title()));
        for (const QString& f : std::as_const(found))
            qWarning().noquote() << f;
        QVERIFY2(found.isEmpty(), qPrintable(u"%1 conflicts (above)"_s.arg(found.size())));
        // It fits a 1024×768 screen (its steps scroll when they must).
        const QSize least = wizard.minimumSizeHint();
        QVERIFY2(least.width() <= 1024 && least.height() <= 768,
                 qPrintable(u"%1×%2"_s.arg(least.width()).arg(least.height())));
        QVERIFY2(wizard.width() <= 1024 && wizard.height() <= 768,
                 qPrintable(u"%1×%2"_s.arg(wizard.width()).arg(wizard.height())));
    }

    void fitsA1024PixelScreen_data() { eachScreenHasUniqueMnemonics_data(); }
    void fitsA1024PixelScreen()
    {
        // The same app in each language: no page makes the main window wider than a
        // 1024-pixel screen (German made it 1177 px: the overview's header, the activity log's
        // filters, the create form's preset names).
        QFETCH(QString, language);
        AppLanguage translation;
        QCOMPARE(translation.install(language), language);
        TestApp test;
        QVERIFY2(test.open(), qPrintable(test.harness.errorString()));
        DesktopApp& app = *test.app;
        // A campaign's page too (German made it 1052 px: the device status panel's top row).
        const auto campaign = test.harness.pendingCampaign(u"Width"_s, 1);
        QVERIFY(campaign.has_value());
        app.window().openCampaign(campaign->id);
        QStringList wide;
        for (const QString& id : app.window().pageIds()) {
            const int width = app.window().page(id)->minimumSizeHint().width();
            if (width > 1024 - 240) // the navigation list and margins take the rest
                wide << u"%1: %2 px"_s.arg(id).arg(width);
        }
        QVERIFY2(wide.isEmpty(), qPrintable(wide.join(u", "_s)));
        QVERIFY2(app.window().minimumSizeHint().width() <= 1024,
                 qPrintable(QString::number(app.window().minimumSizeHint().width())));
    }
};

} // namespace fotadesk::test

QTEST_MAIN(fotadesk::test::DesktopAppMnemonicsTest)
#include "DesktopAppMnemonicsTest.moc"
