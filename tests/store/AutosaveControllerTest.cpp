// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/AutosaveController.h"

#include "core/Clock.h"
#include "store/DraftStore.h"
#include "store/SingleShotTimer.h"
#include "store/Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fotadesk;
using namespace Qt::StringLiterals;

namespace {

/// A timer driven by the test: it remembers when it was due and fires on demand.
class FakeTimer final : public SingleShotTimer
{
public:
    explicit FakeTimer(const ManualClock& clock)
        : m_clock(clock)
    {}
    void start(int ms, std::function<void()> callback) override
    {
        m_due = m_clock.monotonicMs() + ms;
        m_callback = std::move(callback);
        m_active = true;
        lastMs = ms;
    }
    void stop() override { m_active = false; }
    [[nodiscard]] bool isActive() const override { return m_active; }
    /// Fires when due at the clock's time; true when it fired.
    bool fireIfDue()
    {
        if (!m_active || m_clock.monotonicMs() < m_due)
            return false;
        m_active = false;
        m_callback();
        return true;
    }
    int lastMs = -1;

private:
    const ManualClock& m_clock;
    std::function<void()> m_callback;
    qint64 m_due = 0;
    bool m_active = false;
};

} // namespace

class AutosaveControllerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void savesAfterQuietTime();
    void neverMoreThanTwoSecondsBehind_data();
    void neverMoreThanTwoSecondsBehind();
    void flushSavesAtOnce();
    void restoredDraftIsUpdated();
    void discardDeletesDraft();
    void failedSaveStaysPending();
    void disabledIgnoresChanges();

private:
    AutosaveController* make(FakeTimer** timer);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<DraftStore> m_store;
    std::unique_ptr<AutosaveController> m_autosave;
    Draft m_form; ///< what the "form" currently holds
};

void AutosaveControllerTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    m_ws = std::make_unique<Workspace>(m_dir->filePath(u"ws.sqlite"_s), *m_clock);
    QVERIFY(m_ws->open().persistent());
    m_store = std::make_unique<DraftStore>(*m_ws);
    m_form = Draft{};
}

void AutosaveControllerTest::cleanup()
{
    m_autosave.reset();
    m_store.reset();
    m_ws.reset();
    m_clock.reset();
    m_dir.reset();
}

AutosaveController* AutosaveControllerTest::make(FakeTimer** timer)
{
    auto fake = std::make_unique<FakeTimer>(*m_clock);
    *timer = fake.get();
    m_autosave = std::make_unique<AutosaveController>(
        *m_store, [this] { return m_form; }, *m_clock, std::move(fake));
    return m_autosave.get();
}

void AutosaveControllerTest::savesAfterQuietTime()
{
    FakeTimer* timer = nullptr;
    AutosaveController* autosave = make(&timer);
    QSignalSpy saved(autosave, &AutosaveController::saved);
    m_form.campaign.campaignName = u"A"_s;
    autosave->markChanged();
    QVERIFY(autosave->isPending());
    QCOMPARE(timer->lastMs, AutosaveController::DefaultQuietMs);
    m_clock->advance(AutosaveController::DefaultQuietMs - 1);
    QVERIFY(!timer->fireIfDue());
    QVERIFY(m_store->list().isEmpty());
    m_clock->advance(1);
    QVERIFY(timer->fireIfDue());
    QCOMPARE(saved.size(), 1);
    QVERIFY(!autosave->isPending());
    const auto drafts = m_store->list();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.at(0).title, u"A"_s);
    QCOMPARE(autosave->draftId(), drafts.at(0).id);
}

void AutosaveControllerTest::neverMoreThanTwoSecondsBehind_data()
{
    QTest::addColumn<int>("keystrokeEveryMs");
    QTest::addColumn<int>("typingForMs");
    QTest::newRow("fast typing") << 80 << 10'000;
    QTest::newRow("steady typing") << 300 << 10'000;
    QTest::newRow("slow typing") << 700 << 10'000;
    QTest::newRow("one burst") << 10 << 1'000;
}

void AutosaveControllerTest::neverMoreThanTwoSecondsBehind()
{
    QFETCH(int, keystrokeEveryMs);
    QFETCH(int, typingForMs);
    FakeTimer* timer = nullptr;
    AutosaveController* autosave = make(&timer);
    int saves = 0;
    qint64 oldestUnsaved = -1; // monotonic time of the oldest change not yet in the database
    qint64 worstLag = 0;
    connect(autosave, &AutosaveController::saved, this, [&] {
        ++saves;
        worstLag = std::max(worstLag, m_clock->monotonicMs() - oldestUnsaved);
        // What was saved is exactly what the form held.
        const auto back = m_store->load(autosave->draftId());
        QVERIFY(back.has_value());
        QCOMPARE(back->campaign.campaignName, m_form.campaign.campaignName);
        oldestUnsaved = -1;
    });
    int keystroke = 0;
    for (qint64 t = 0; t <= typingForMs + 3000; t += 10) {
        if (t <= typingForMs && t % keystrokeEveryMs == 0) {
            m_form.campaign.campaignName += QChar(u'a' + (keystroke++ % 26));
            if (oldestUnsaved < 0)
                oldestUnsaved = m_clock->monotonicMs();
            autosave->markChanged();
        }
        timer->fireIfDue();
        m_clock->advance(10);
    }
    QVERIFY(saves >= 1);
    QVERIFY(!autosave->isPending());
    QVERIFY2(worstLag <= AutosaveController::MaxDelayMs,
             qPrintable(u"a change waited %1 ms"_s.arg(worstLag)));
    QCOMPARE(m_store->list().size(), 1); // one draft, updated in place
}

void AutosaveControllerTest::flushSavesAtOnce()
{
    FakeTimer* timer = nullptr;
    AutosaveController* autosave = make(&timer);
    autosave->flush(); // nothing pending: nothing saved
    QVERIFY(m_store->list().isEmpty());
    m_form.campaign.firmwareName = u"fw"_s;
    autosave->markChanged();
    autosave->flush();
    QVERIFY(!autosave->isPending());
    QVERIFY(!timer->isActive());
    QCOMPARE(m_store->list().size(), 1);
}

void AutosaveControllerTest::restoredDraftIsUpdated()
{
    Draft old;
    old.campaign.campaignName = u"from yesterday"_s;
    QVERIFY(m_store->save(old));
    FakeTimer* timer = nullptr;
    AutosaveController* autosave = make(&timer);
    m_form = *m_store->load(old.id);
    autosave->setDraftId(old.id);
    m_form.campaign.campaignName = u"from yesterday, continued"_s;
    autosave->markChanged();
    autosave->flush();
    QCOMPARE(autosave->draftId(), old.id);
    QCOMPARE(m_store->list().size(), 1);
    QCOMPARE(m_store->load(old.id)->campaign.campaignName, u"from yesterday, continued"_s);
}

void AutosaveControllerTest::discardDeletesDraft()
{
    FakeTimer* timer = nullptr;
    AutosaveController* autosave = make(&timer);
    autosave->markChanged();
    autosave->flush();
    QCOMPARE(m_store->list().size(), 1);
    autosave->markChanged(); // a pending change is dropped too
    autosave->discard();
    QVERIFY(!autosave->isPending());
    QVERIFY(!timer->isActive());
    QCOMPARE(autosave->draftId(), 0);
    QVERIFY(m_store->list().isEmpty());
}

void AutosaveControllerTest::failedSaveStaysPending()
{
    FakeTimer* timer = nullptr;
    AutosaveController* autosave = make(&timer);
    QSignalSpy failed(autosave, &AutosaveController::saveFailed);
    m_ws->close(); // the database is gone
    autosave->markChanged();
    m_clock->advance(AutosaveController::MaxDelayMs);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"saving a draft failed"_s));
    QVERIFY(timer->fireIfDue());
    QCOMPARE(failed.size(), 1);
    QVERIFY(autosave->isPending());
    QVERIFY(m_ws->open().persistent());
    autosave->flush();
    QVERIFY(!autosave->isPending());
    QCOMPARE(m_store->list().size(), 1);
}

void AutosaveControllerTest::disabledIgnoresChanges()
{
    FakeTimer* timer = nullptr;
    AutosaveController* autosave = make(&timer);
    autosave->setEnabled(false);
    autosave->markChanged();
    QVERIFY(!autosave->isPending());
    QVERIFY(!timer->isActive());
    autosave->setEnabled(true);
    autosave->markChanged();
    QVERIFY(autosave->isPending());
}

QTEST_GUILESS_MAIN(AutosaveControllerTest)
#include "AutosaveControllerTest.moc"
