// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The drafts list: what is saved shows up newest first, Reopen hands the right draft to the
// caller, Discard asks and removes only when confirmed, and the model passes the tester.

#include "gui/drafts/DraftsPage.h"

#include "core/Clock.h"
#include "core/Imei.h"
#include "gui/common/ScriptedMessageSeam.h"
#include "gui/drafts/DraftListModel.h"
#include "store/DraftStore.h"
#include "store/Workspace.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace fotadesk;
using namespace Qt::StringLiterals;

class DraftsPageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsNewestFirst();
    void reopenHandsOverTheSelectedDraft();
    void reopenOnlyWhereAHandlerExists();
    void deviceListOfAnotherAccountIsNotReopened();
    void discardAsksFirst();
    void emptyListSaysSo();

private:
    qint64 save(const QString& name, Draft::Kind kind, int devices);
    [[nodiscard]] QTableView* table() const { return m_page->findChild<QTableView*>(u"table"_s); }
    [[nodiscard]] QPushButton* button(const char* name) const
    {
        return m_page->findChild<QPushButton*>(QLatin1String(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<ScriptedMessageSeam> m_messages;
    std::unique_ptr<DraftsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void DraftsPageTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(
        QDateTime(QDate(2026, 11, 20), QTime(8, 0), QTimeZone::utc()));
    m_ws = std::make_unique<Workspace>(m_dir->filePath(u"ws.sqlite"_s), *m_clock);
    QVERIFY(m_ws->open().persistent());
    m_drafts = std::make_unique<DraftStore>(*m_ws);
    m_messages = std::make_unique<ScriptedMessageSeam>();
}

void DraftsPageTest::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_messages.reset();
    m_drafts.reset();
    m_ws.reset();
    m_clock.reset();
    m_dir.reset();
}

qint64 DraftsPageTest::save(const QString& name, Draft::Kind kind, int devices)
{
    Draft d;
    d.kind = kind;
    d.profile = u"demo"_s;
    d.account = u"0000123456-00001"_s;
    d.campaign.campaignName = name;
    for (int i = 0; i < devices; ++i)
        d.campaign.devices.append(Imei::completeFrom14(35693803564380ULL + quint64(i)));
    m_clock->advance(60'000);
    if (!m_drafts->save(d))
        qFatal("draft not saved");
    return d.id;
}

void DraftsPageTest::listsNewestFirst()
{
    save(u"Older rollout"_s, Draft::Kind::CreateCampaign, 3);
    save(u"Newer rollout"_s, Draft::Kind::CreateCampaign, 5);
    m_page = std::make_unique<DraftsPage>(*m_drafts, m_messages.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModel* view = table()->model();
    QCOMPARE(view->rowCount(), 2);
    QCOMPARE(view->index(0, DraftListModel::TitleColumn).data().toString(), u"Newer rollout"_s);
    QCOMPARE(view->index(0, DraftListModel::DevicesColumn)
                 .data(DraftListModel::RawValueRole)
                 .toLongLong(),
             5);
    QCOMPARE(view->index(1, DraftListModel::TitleColumn).data().toString(), u"Older rollout"_s);
    QCOMPARE(view->index(0, DraftListModel::KindColumn).data().toString(), u"Create campaign"_s);
    QVERIFY(!view->index(0, DraftListModel::SavedColumn).data().toString().isEmpty());
}

void DraftsPageTest::reopenHandsOverTheSelectedDraft()
{
    save(u"Older rollout"_s, Draft::Kind::CreateCampaign, 3);
    const qint64 newer = save(u"Newer rollout"_s, Draft::Kind::CreateCampaign, 5);
    m_page = std::make_unique<DraftsPage>(*m_drafts, m_messages.get());
    QList<qint64> reopened;
    m_page->setReopen(Draft::Kind::CreateCampaign, [&reopened](const DraftInfo& d) {
        reopened.append(d.id);
        return true;
    });
    QVERIFY(button("reopenButton")->isEnabled());
    QTest::mouseClick(button("reopenButton"), Qt::LeftButton);
    QCOMPARE(reopened, QList<qint64>{newer});
    // A failing reopen says so and keeps the draft.
    m_page->setReopen(Draft::Kind::CreateCampaign, [](const DraftInfo&) { return false; });
    QTest::mouseClick(button("reopenButton"), Qt::LeftButton);
    QCOMPARE(m_messages->records().size(), 1);
    QCOMPARE(m_drafts->list().size(), 2);
}

void DraftsPageTest::reopenOnlyWhereAHandlerExists()
{
    save(u"Devices for 4711"_s, Draft::Kind::DeviceList, 2);
    m_page = std::make_unique<DraftsPage>(*m_drafts, m_messages.get());
    m_page->setReopen(Draft::Kind::CreateCampaign, [](const DraftInfo&) { return true; });
    QVERIFY(!button("reopenButton")->isEnabled());
    QVERIFY(!button("reopenButton")->toolTip().isEmpty());
    QVERIFY(button("discardButton")->isEnabled());
}

void DraftsPageTest::deviceListOfAnotherAccountIsNotReopened()
{
    save(u"Devices for 4711"_s, Draft::Kind::DeviceList, 2); // demo · 0000123456-00001
    m_page = std::make_unique<DraftsPage>(*m_drafts, m_messages.get());
    int reopened = 0;
    m_page->setReopen(Draft::Kind::DeviceList, [&reopened](const DraftInfo&) {
        ++reopened;
        return true;
    });
    m_page->setCurrentAccount(u"demo"_s, u"0000123456-00001"_s);
    QVERIFY(button("reopenButton")->isEnabled());
    QVERIFY(button("reopenButton")->toolTip().isEmpty());

    // Connected elsewhere: the button says where the draft belongs, and a double-click (which
    // bypasses the button) explains instead of opening the campaign in the wrong account.
    m_page->setCurrentAccount(u"production"_s, u"0000999999-00001"_s);
    QVERIFY(!button("reopenButton")->isEnabled());
    const QString why = button("reopenButton")->toolTip();
    QVERIFY2(why.contains(u"0000123456-00001"_s) && why.contains(u"0000999999-00001"_s) &&
                 why.contains(u"demo"_s),
             qPrintable(why));
    m_page->reopenSelected();
    QCOMPARE(reopened, 0);
    QCOMPARE(m_messages->records().size(), 1);
    QCOMPARE(m_messages->records().first().text, why);
    QCOMPARE(m_drafts->list().size(), 1); // kept

    // Same account, other profile: not the same account either.
    m_page->setCurrentAccount(u"production"_s, u"0000123456-00001"_s);
    QVERIFY(!button("reopenButton")->isEnabled());
    m_page->setCurrentAccount(u"demo"_s, u"0000123456-00001"_s);
    m_page->reopenSelected();
    QCOMPARE(reopened, 1);
}

void DraftsPageTest::discardAsksFirst()
{
    save(u"Older rollout"_s, Draft::Kind::CreateCampaign, 3);
    save(u"Newer rollout"_s, Draft::Kind::CreateCampaign, 5);
    m_page = std::make_unique<DraftsPage>(*m_drafts, m_messages.get());
    m_messages->confirmAnswers.enqueue(false);
    QTest::mouseClick(button("discardButton"), Qt::LeftButton);
    QCOMPARE(m_drafts->list().size(), 2); // "no" keeps it
    m_messages->confirmAnswers.enqueue(true);
    QTest::mouseClick(button("discardButton"), Qt::LeftButton);
    const QList<DraftInfo> left = m_drafts->list();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().title, u"Older rollout"_s);
    QCOMPARE(table()->model()->rowCount(), 1);
}

void DraftsPageTest::emptyListSaysSo()
{
    m_page = std::make_unique<DraftsPage>(*m_drafts, m_messages.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(m_page->findChild<QWidget*>(u"emptyLabel"_s)->isVisible());
    QVERIFY(!table()->isVisible());
    QVERIFY(!button("discardButton")->isEnabled());
}

QTEST_MAIN(DraftsPageTest)
#include "DraftsPageTest.moc"
