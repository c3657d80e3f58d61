// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The Account page against the embedded fotasim: the subscription as fotasim holds it, the
// callback URL registered, refused before sending when it is not a usable URL, and deleted
// after asking — each result checked by asking fotasim over HTTP, not the page (issue 21).

#include "gui/account/AccountPage.h"

#include "gui/GuiTestHarness.h"
#include "support/HttpTestClient.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fotadesk;
using fotadesk::test::GuiTestHarness;
using fotadesk::test::HttpTestClient;

namespace {
const QString Account = u"0000123456-00001"_s;
}

class AccountPageTest : public QObject
{
    Q_OBJECT

    /// The URL fotasim holds, empty when none.
    static QString held(HttpTestClient& http)
    {
        const auto r = http.get(u"/fota/v3/callbacks/%1"_s.arg(Account));
        return r.status == 200 ? r.object().value(u"url"_s).toString() : QString();
    }

private Q_SLOTS:
    void showsTheSubscriptionAndManagesTheCallback()
    {
        GuiTestHarness h;
        QVERIFY2(h.isRunning(), qPrintable(h.errorString()));
        HttpTestClient http(h.baseUrl());
        QVERIFY(http.authenticate());
        const QJsonObject sub = http.get(u"/fota/v3/subscriptions/%1"_s.arg(Account)).object();

        AccountPage page(h.context);
        QSignalSpy idle(&page, &AccountPage::idle);
        page.show(); // read when first shown
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(idle.count() >= 1, 20000);
        const QLocale locale;
        const qint64 count = sub.value(u"licenseCount"_s).toInteger();
        const qint64 used = sub.value(u"licenseUsedCount"_s).toInteger();
        QVERIFY2(page.licensesText().contains(
                     u"%1 used of %2"_s.arg(locale.toString(used), locale.toString(count))),
                 qPrintable(page.licensesText()));
        QCOMPARE(page.registeredUrl(), QString());
        auto* current = page.findChild<QLabel*>(u"currentLabel"_s);
        QCOMPARE(current->text(), u"No callback URL is registered."_s);
        auto* remove = page.findChild<QPushButton*>(u"deleteButton"_s);
        QVERIFY(!remove->isEnabled()); // nothing to delete

        // Not a URL the service can call: said on the page, nothing sent, the text kept.
        auto* edit = page.findChild<QLineEdit*>(u"urlEdit"_s);
        QVERIFY(test::typeInto(edit, u"hooks.example.com/fota"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY2(page.messageText().contains(u"is not an absolute http or https URL"_s),
                 qPrintable(page.messageText()));
        QCOMPARE(edit->text(), u"hooks.example.com/fota"_s);
        QCOMPARE(held(http), QString());

        // Registered by keyboard: fotasim holds it.
        edit->clear();
        const QString url = u"https://hooks.example.com/fota"_s;
        QVERIFY(test::typeInto(edit, url));
        const int before = idle.count();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(idle.count() > before, 20000);
        QCOMPARE(held(http), url);
        QCOMPARE(page.registeredUrl(), url);
        QVERIFY2(current->text().contains(url), qPrintable(current->text()));
        QVERIFY(remove->isEnabled());

        // Delete asks first; "keep" keeps it.
        h.messages.confirmAnswers.enqueue(false);
        remove->click();
        QCOMPARE(held(http), url);
        h.messages.confirmAnswers.enqueue(true);
        const int beforeDelete = idle.count();
        remove->click();
        QTRY_VERIFY_WITH_TIMEOUT(idle.count() > beforeDelete, 20000);
        QCOMPARE(held(http), QString());
        QCOMPARE(current->text(), u"No callback URL is registered."_s);
        QVERIFY2(page.messageText().contains(url), qPrintable(page.messageText()));
    }
};

QTEST_MAIN(AccountPageTest)
#include "AccountPageTest.moc"
