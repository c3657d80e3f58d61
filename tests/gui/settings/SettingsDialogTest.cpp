// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The settings dialog over AppSettings (a QSettings file of the test's own): loads the table's
// values, validates, writes on OK only. (The store helper's test.)

#include "gui/settings/SettingsDialog.h"

#include "gui/common/ScriptedMessageSeam.h"
#include "gui/shell/AppLanguage.h"
#include "store/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace fotadesk;
using namespace Qt::StringLiterals;

class SettingsDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rangesComeFromTheTable();
    void customProfileNeedsUrlAndAccount_data();
    void customProfileNeedsUrlAndAccount();
    void cancelKeepsSettings();
    void languageChoice_data();
    void languageChoice();
    void everyRowWritesItsSetting();
    void saysWhatAppliesFromTheNextStart();
    void fitsASmallScreen_data();
    void fitsASmallScreen();
};

void SettingsDialogTest::rangesComeFromTheTable()
{
    QTemporaryDir dir;
    QSettings qs(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    AppSettings settings(&qs);
    SettingsDialog dialog(settings, nullptr);
    const auto spins = dialog.findChildren<QSpinBox*>();
    QCOMPARE(spins.size(), 6); // chunk, concurrency, timeout, stale days, log size, log files
    const auto& chunk = AppSettings::definition(AppSettings::Key::BatchChunkSize);
    bool found = false;
    for (QSpinBox* s : spins) {
        if (s->maximum() == chunk.maximum && s->minimum() == chunk.minimum) {
            found = true;
            QCOMPARE(s->value(), chunk.fallback.toInt());
        }
    }
    QVERIFY(found);
}

void SettingsDialogTest::customProfileNeedsUrlAndAccount_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("account");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("valid") << u"http://127.0.0.1:8088/api"_s << u"acc-1"_s << true;
    QTest::newRow("not http") << u"ftp://host/api"_s << u"acc-1"_s << false;
    QTest::newRow("no account") << u"https://fota.example.com/api"_s << QString() << false;
}

void SettingsDialogTest::customProfileNeedsUrlAndAccount()
{
    QFETCH(QString, url);
    QFETCH(QString, account);
    QFETCH(bool, accepted);
    QTemporaryDir dir;
    QSettings qs(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    AppSettings settings(&qs);
    SettingsDialog dialog(settings, nullptr);
    auto* profile = dialog.findChild<QComboBox*>();
    QVERIFY(profile);
    profile->setCurrentIndex(profile->findData(static_cast<int>(Environment::Profile::Custom)));
    const auto edits = dialog.findChildren<QLineEdit*>();
    // Fill by placeholder/order: the custom URL edit has the example placeholder.
    QLineEdit* urlEdit = nullptr;
    for (QLineEdit* e : edits) {
        if (e->placeholderText().contains(u"fota.example.com"_s))
            urlEdit = e;
    }
    QVERIFY(urlEdit);
    urlEdit->setText(url);
    // The custom account is the edit after the URL in the form.
    const qsizetype urlIndex = edits.indexOf(urlEdit);
    edits.at(urlIndex + 1)->setText(account);
    dialog.accept();
    QCOMPARE(dialog.result() == QDialog::Accepted, accepted);
    QCOMPARE(dialog.problem().isEmpty(), accepted);
    QCOMPARE(settings.activeProfile() == Environment::Profile::Custom, accepted);
    if (accepted) {
        QCOMPARE(settings.customBaseUrl(), QUrl(url));
        QCOMPARE(settings.account(Environment::Profile::Custom), account);
    }
}

void SettingsDialogTest::cancelKeepsSettings()
{
    QTemporaryDir dir;
    QSettings qs(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    AppSettings settings(&qs);
    SettingsDialog dialog(settings, nullptr);
    for (QSpinBox* s : dialog.findChildren<QSpinBox*>())
        s->setValue(s->minimum());
    dialog.reject();
    QCOMPARE(settings.batchChunkSize(), 1000);
    QVERIFY(!settings.isSet(AppSettings::Key::BatchChunkSize));
}

// The language chooser (i18n helper): "" = the system's; a change is saved and the user is told
// it applies at the next start; no message when it stays the same.
void SettingsDialogTest::languageChoice_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<bool>("announced");
    QTest::newRow("system -> de") << QString() << u"de"_s << true;
    QTest::newRow("es -> system") << u"es"_s << QString() << true;
    QTest::newRow("de stays") << u"de"_s << u"de"_s << false;
}

void SettingsDialogTest::languageChoice()
{
    QFETCH(QString, stored);
    QFETCH(QString, chosen);
    QFETCH(bool, announced);
    QTemporaryDir dir;
    QSettings qs(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    AppSettings settings(&qs);
    settings.setUiLanguage(stored);
    ScriptedMessageSeam messages;
    SettingsDialog dialog(settings, &messages);
    auto* combo = dialog.findChild<QComboBox*>(u"languageCombo"_s);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4); // system, English, Deutsch, Español
    QCOMPARE(combo->currentData().toString(), stored);
    combo->setCurrentIndex(combo->findData(chosen));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(settings.uiLanguage(), chosen);
    QCOMPARE(messages.kinds().contains(u"information"_s), announced);
    if (announced)
        QVERIFY(messages.records().constLast().text.contains(combo->currentText()));
}

// Each behaviour row writes its key of the table on OK (and so reaches who applies it:
// AppSettings::changed); the overview's refresh offers the overview's own choices.
void SettingsDialogTest::everyRowWritesItsSetting()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"s.ini"_s));
    SettingsDialog dialog(settings, nullptr);
    auto* refresh = dialog.findChild<QComboBox*>(u"refreshCombo"_s);
    QVERIFY(refresh);
    QCOMPARE(refresh->count(), AppSettings::refreshMinutesChoices().size());
    QCOMPARE(refresh->currentData().toInt(), 5);
    refresh->setCurrentIndex(refresh->findData(15));
    dialog.findChild<QSpinBox*>(u"chunkSpin"_s)->setValue(250);
    dialog.findChild<QSpinBox*>(u"concurrencySpin"_s)->setValue(4);
    dialog.findChild<QSpinBox*>(u"timeoutSpin"_s)->setValue(45);
    dialog.findChild<QSpinBox*>(u"logSizeSpin"_s)->setValue(2048);
    dialog.findChild<QSpinBox*>(u"logFilesSpin"_s)->setValue(3);
    dialog.findChild<QCheckBox*>(u"autosaveCheck"_s)->setChecked(false);
    auto* zone = dialog.findChild<QComboBox*>(u"siteZoneCombo"_s);
    QVERIFY(zone);
    QCOMPARE(zone->currentData().toString(), QString()); // the system's
    QVERIFY(zone->findData(u"Asia/Kolkata"_s) > 0);
    zone->setCurrentIndex(zone->findData(u"Asia/Kolkata"_s));
    QSignalSpy changed(&settings, &AppSettings::changed);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(settings.refreshIntervalMinutes(), 15);
    QCOMPARE(settings.batchChunkSize(), 250);
    QCOMPARE(settings.batchConcurrency(), 4);
    QCOMPARE(settings.requestTimeoutSeconds(), 45);
    QCOMPARE(settings.logMaxBytes(), 2048 * 1024);
    QCOMPARE(settings.logFilesKept(), 3);
    QVERIFY(!settings.autosaveEnabled());
    QCOMPARE(settings.siteZone(), QTimeZone("Asia/Kolkata"));
    QCOMPARE(changed.count(), 8);

    // Opened again: the values as saved.
    SettingsDialog again(settings, nullptr);
    QCOMPARE(again.findChild<QComboBox*>(u"refreshCombo"_s)->currentData().toInt(), 15);
    QCOMPARE(again.findChild<QComboBox*>(u"siteZoneCombo"_s)->currentData().toString(),
             u"Asia/Kolkata"_s);
    QCOMPARE(again.findChild<QSpinBox*>(u"logFilesSpin"_s)->value(), 3);
}

// Only what cannot apply at once carries "from the next start": the environment (the client is
// built at start), the site time zone and the language; not the behaviour rows.
void SettingsDialogTest::saysWhatAppliesFromTheNextStart()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"s.ini"_s));
    SettingsDialog dialog(settings, nullptr);
    QStringList notes;
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->text().contains(u"next start"_s) || label->text().contains(u"starts again"_s))
            notes << label->text();
    }
    QCOMPARE(notes.size(), 2);
    QVERIFY(notes.join(u' ').contains(u"environment"_s));
    QVERIFY(notes.join(u' ').contains(u"time zone"_s));
    QVERIFY(notes.join(u' ').contains(u"language"_s));
    for (const QString& note : notes) {
        for (const QString& word : {u"refresh"_s, u"timeout"_s, u"request"_s, u"draft"_s, u"log"_s})
            QVERIFY2(!note.contains(word, Qt::CaseInsensitive), qPrintable(note));
    }
}

// Every row shown at once on a 1024×768 screen (the environment and the behaviour side by side).
void SettingsDialogTest::fitsASmallScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("de") << u"de"_s; // the longest labels
    QTest::newRow("es") << u"es"_s;
}

void SettingsDialogTest::fitsASmallScreen()
{
    QFETCH(QString, language);
    AppLanguage translation;
    QCOMPARE(translation.install(language), language);
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"s.ini"_s));
    SettingsDialog dialog(settings, nullptr);
    const QSize needed = dialog.minimumSizeHint().expandedTo(dialog.sizeHint());
    QVERIFY2(needed.width() <= 1000 && needed.height() <= 700,
             qPrintable(u"%1x%2"_s.arg(needed.width()).arg(needed.height())));
}

QTEST_MAIN(SettingsDialogTest)
#include "SettingsDialogTest.moc"
