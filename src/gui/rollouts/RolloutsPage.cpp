// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/rollouts/RolloutsPage.h"

#include "core/DisplayFormat.h"
#include "gui/common/MessageArea.h"
#include "gui/common/MessageSeam.h"
#include "gui/rollouts/RolloutPlanDialog.h"
#include "gui/rollouts/RolloutText.h"
#include "gui/rollouts/RolloutTimeline.h"
#include "gui/rollouts/RolloutWizard.h"
#include "store/RolloutStore.h"
#include "store/Workspace.h"

#include <QAction>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <numeric>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

enum ListColumn
{
    NameColumn,
    FirmwareColumn,
    StateColumn,
    WaveColumn,
    ListColumnCount
};

/// Enter on a wave's row opens its campaign (the tree would only expand it).
class EnterFilter final : public QObject
{
public:
    EnterFilter(std::function<void()> open, QObject* parent)
        : QObject(parent)
        , m_open(std::move(open))
    {}
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_open();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_open;
};

} // namespace

RolloutsPage::RolloutsPage(Workspace& workspace, RolloutRunner& runner, MessageSeam* messages,
                           QString profile, QString account, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_runner(runner)
    , m_messages(messages)
    , m_profile(std::move(profile))
    , m_account(std::move(account))
{
    setObjectName(u"rolloutsPage"_s);
    auto* layout = new QVBoxLayout(this);
    m_message = new MessageArea(this);
    layout->addWidget(m_message);

    // New rollout: the button and Ctrl+Shift+N anywhere on the page (Ctrl+N is New campaign).
    auto* top = new QHBoxLayout;
    addButton(u"new"_s, tr("New rollou&t…"),
              tr("Creates a rollout: firmware, dates, devices, the pre-flight check, then its "
                 "waves and gates (Ctrl+Shift+N). Nothing is sent before Advance now."));
    top->addWidget(m_buttons.value(u"new"_s));
    top->addStretch();
    layout->addLayout(top);
    auto* newAction = new QAction(this);
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newAction);
    connect(newAction, &QAction::triggered, this, [this] { (void)newRollout(); });
    connect(button(u"new"_s), &QPushButton::clicked, this, [this] { (void)newRollout(); });

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"rolloutsSplitter"_s);
    m_list = new QTreeWidget(splitter);
    m_list->setObjectName(u"rolloutList"_s);
    m_list->setColumnCount(ListColumnCount);
    m_list->setHeaderLabels({tr("Rollout"), tr("Firmware"), tr("State"), tr("Current wave")});
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->setAccessibleName(tr("Rollouts"));

    auto* detail = new QWidget(splitter);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(detail);
    m_summary->setObjectName(u"rolloutSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_summary);

    auto* actions = new QHBoxLayout;
    addButton(u"advance"_s, tr("Advance &now"),
              tr("Reads the current wave and its gate once and starts what is due."));
    addButton(u"pause"_s, tr("&Pause"), tr("No further wave starts until you resume."));
    addButton(u"resume"_s, tr("Res&ume"), tr("Lets the rollout go on."));
    addButton(u"abort"_s, tr("A&bort…"),
              tr("Stops the rollout and cancels the running wave's campaign."));
    addButton(u"approve"_s, tr("Appr&ove next wave"),
              tr("Starts the next wave after a passed gate."));
    addButton(u"override"_s, tr("Ove&rride failed gate…"),
              tr("Starts the next wave although its gate failed."));
    addButton(u"retry"_s, tr("Retry fa&iled devices…"),
              tr("A new wave of the selected wave's failed devices (retryable reasons), checked "
                 "again first."));
    addButton(u"plan"_s, tr("Review p&lan…"),
              tr("The plan's waves, exact requests, pre-flight summary and hash; a second "
                 "engineer approves it here."));
    addButton(u"export"_s, tr("E&xport held devices…"),
              tr("Saves the devices behind the failed gate figure, one IMEI a line."));
    // Two rows: the rollout's course, then the decisions about a wave (fits 1024 px).
    for (const QString& name : {u"advance"_s, u"pause"_s, u"resume"_s, u"abort"_s, u"plan"_s})
        actions->addWidget(m_buttons.value(name));
    actions->addStretch();
    detailLayout->addLayout(actions);
    auto* decisions = new QHBoxLayout;
    for (const QString& name : {u"approve"_s, u"override"_s, u"retry"_s, u"export"_s})
        decisions->addWidget(m_buttons.value(name));
    decisions->addStretch();
    detailLayout->addLayout(decisions);

    auto* lower = new QSplitter(Qt::Vertical, detail);
    m_timeline = new QTreeWidget(lower);
    m_timeline->setObjectName(u"rolloutTimeline"_s);
    m_timeline->setAccessibleName(tr("Waves and gates"));
    RolloutTimeline::setUp(m_timeline);
    m_events = new QTreeWidget(lower);
    m_events->setObjectName(u"rolloutHistory"_s);
    m_events->setAccessibleName(tr("History"));
    m_events->setRootIsDecorated(false);
    m_events->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Wave"), tr("Detail")});
    m_events->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 1);
    detailLayout->addWidget(lower, 1);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    layout->addWidget(splitter, 1);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        showSelected();
        if (m_current && !m_runner.isBusy())
            runAction(RolloutRequest::of(RolloutRequest::Action::Progress, m_current->id));
    });
    connect(m_timeline, &QTreeWidget::itemActivated, this, [this] { openSelectedCampaign(); });
    connect(m_timeline, &QTreeWidget::currentItemChanged, this, [this] { updateButtons(); });
    m_timeline->installEventFilter(new EnterFilter([this] { openSelectedCampaign(); }, this));
    connect(&m_runner, &RolloutRunner::finished, this, &RolloutsPage::onFinished);
    connect(&m_runner, &RolloutRunner::started, this, [this] { updateButtons(); });

    connect(button(u"advance"_s), &QPushButton::clicked, this,
            [this] { runAction(RolloutRequest::of(RolloutRequest::Action::Advance)); });
    connect(button(u"pause"_s), &QPushButton::clicked, this,
            [this] { runAction(RolloutRequest::of(RolloutRequest::Action::Pause)); });
    connect(button(u"resume"_s), &QPushButton::clicked, this,
            [this] { runAction(RolloutRequest::of(RolloutRequest::Action::Resume)); });
    connect(button(u"abort"_s), &QPushButton::clicked, this, &RolloutsPage::confirmAbort);
    connect(button(u"approve"_s), &QPushButton::clicked, this,
            [this] { runAction(RolloutRequest::of(RolloutRequest::Action::ApproveGate)); });
    connect(button(u"override"_s), &QPushButton::clicked, this, &RolloutsPage::confirmOverride);
    connect(button(u"retry"_s), &QPushButton::clicked, this, &RolloutsPage::retryFailed);
    connect(button(u"plan"_s), &QPushButton::clicked, this, &RolloutsPage::reviewPlan);
    connect(button(u"export"_s), &QPushButton::clicked, this, &RolloutsPage::exportHeldDevices);
    setFocusProxy(m_list);
    reloadList();
    updateButtons();
}

RolloutsPage::~RolloutsPage() = default;

QPushButton* RolloutsPage::addButton(const QString& name, const QString& text,
                                     const QString& toolTip)
{
    auto* b = new QPushButton(text, this);
    b->setObjectName(name + u"Button"_s);
    b->setToolTip(toolTip);
    b->setAutoDefault(false);
    m_buttons.insert(name, b);
    return b;
}

QPushButton* RolloutsPage::button(const QString& name) const
{
    return m_buttons.value(name);
}

qint64 RolloutsPage::selectedId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void RolloutsPage::setCreateContext(AppContext* context)
{
    m_context = context;
    updateButtons();
}

RolloutWizard* RolloutsPage::newRollout()
{
    if (!m_context)
        return nullptr;
    // One form at a time: a second Ctrl+Shift+N shows the open one.
    if (auto* open = findChild<RolloutWizard*>(); open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto* wizard = new RolloutWizard(*m_context, m_runner, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &RolloutWizard::rolloutCreated, this, [this](qint64 id) {
        reloadList();
        select(id);
        if (m_current && m_current->id == id) {
            qsizetype devices = 0;
            for (const RolloutWaveRecord& w : m_current->waves)
                devices += w.devices.size();
            m_message->showMessage(
                MessageArea::Severity::Info,
                tr("Rollout <b>%1</b> created: %Ln device(s) in %2 wave(s). Nothing is sent "
                   "yet: Advance now starts wave 1.",
                   "", int(devices))
                    .arg(m_current->plan.name.toHtmlEscaped())
                    .arg(m_current->waves.size()));
        }
        m_list->setFocus(Qt::OtherFocusReason);
    });
    wizard->show();
    wizard->activateWindow();
    return wizard;
}

bool RolloutsPage::select(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

void RolloutsPage::refresh()
{
    reloadList();
    if (m_current && !m_runner.isBusy())
        runAction(RolloutRequest::of(RolloutRequest::Action::Progress, m_current->id));
}

void RolloutsPage::reloadList()
{
    const qint64 selected = selectedId();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    RolloutStore rollouts(m_workspace);
    for (const RolloutRecord& listed : rollouts.list(m_profile, m_account)) {
        // The list leaves the waves' states out; the current wave needs them.
        const RolloutRecord r = rollouts.find(listed.id).value_or(listed);
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, r.id);
        item->setText(NameColumn, r.plan.name);
        item->setText(FirmwareColumn, r.plan.firmwareName);
        item->setText(StateColumn, RolloutText::state(r));
        item->setToolTip(StateColumn, RolloutText::state(r));
        const int wave = RolloutText::currentWave(r);
        item->setText(WaveColumn,
                      wave == 0 ? tr("none yet") : tr("%1 of %2").arg(wave).arg(r.waves.size()));
        if (r.id == selected || (selected == 0 && m_list->topLevelItemCount() == 1))
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showSelected();
}

void RolloutsPage::showSelected()
{
    const qint64 id = selectedId();
    m_current.reset();
    if (id != 0)
        m_current = RolloutStore(m_workspace).find(id);
    if (!m_current) {
        m_summary->setText(m_list->topLevelItemCount() == 0
                               ? tr("No rollouts yet. Create one with New rollout… "
                                    "(Ctrl+Shift+N) or 'fotactl rollout create --plan FILE' "
                                    "(docs/rollouts.md); it shows here.")
                               : QString());
        m_timeline->clear();
        m_events->clear();
        updateButtons();
        return;
    }
    const RolloutRecord& r = *m_current;
    QStringList lines{tr("<b>%1</b> — %2, %Ln device(s) in %3 wave(s)", "",
                         int(std::accumulate(r.waves.begin(), r.waves.end(), qsizetype(0),
                                             [](qsizetype n, const RolloutWaveRecord& w) {
                                                 return w.retryOf != 0 ? n : n + w.devices.size();
                                             })))
                          .arg(r.plan.name.toHtmlEscaped(), r.plan.firmwareName.toHtmlEscaped())
                          .arg(r.waves.size()),
                      tr("State: %1").arg(RolloutText::state(r).toHtmlEscaped())};
    if (r.state == RolloutRecord::State::Held)
        lines.removeLast(); // the line below says it, with the devices
    if (const QString approval = RolloutText::approval(r); !approval.isEmpty())
        lines << approval.toHtmlEscaped();
    int heldWave = 0;
    if (const RolloutGateCheck::Figure* f = RolloutTimeline::heldFigure(r, &heldWave))
        lines << tr("Held at the gate after wave %1: %2, %Ln device(s) behind it.", "",
                    int(f->devices.size()))
                     .arg(heldWave)
                     .arg(RolloutText::figure(*f).toHtmlEscaped());
    m_summary->setText(lines.join(u"<br>"_s));
    RolloutTimeline::fill(m_timeline, r, m_progress.value(r.id));
    m_events->clear();
    for (const RolloutEvent& e : RolloutStore(m_workspace).events(r.id)) {
        auto* item = new QTreeWidgetItem(m_events);
        item->setText(0, DisplayFormat::dateTime(e.atUtc.toLocalTime()));
        item->setText(1, e.user);
        item->setText(2, RolloutText::eventKind(e.kind));
        item->setToolTip(2, e.kind); // as fotactl rollout show and the audit log name it
        item->setText(3, e.wave == 0 ? QString() : QString::number(e.wave));
        item->setText(4, e.detail);
        item->setToolTip(4, e.detail);
    }
    if (m_events->topLevelItemCount() > 0)
        m_events->scrollToItem(m_events->topLevelItem(m_events->topLevelItemCount() - 1));
    updateButtons();
}

void RolloutsPage::updateButtons()
{
    using S = RolloutRecord::State;
    const bool idle = !m_runner.isBusy();
    const bool has = m_current.has_value();
    const bool open = has && m_current->state != S::Done && m_current->state != S::Aborted;
    const bool paused = has && m_current->paused;
    int heldWave = 0;
    const bool held = has && RolloutTimeline::heldFigure(*m_current, &heldWave) != nullptr;
    button(u"new"_s)->setEnabled(m_context != nullptr);
    button(u"advance"_s)->setEnabled(idle && open && !paused);
    button(u"pause"_s)->setEnabled(idle && open && !paused);
    button(u"resume"_s)->setEnabled(idle && open && paused);
    button(u"abort"_s)->setEnabled(idle && open);
    button(u"approve"_s)->setEnabled(idle && open && m_current->state == S::WaitingApproval);
    button(u"override"_s)->setEnabled(idle && open && m_current->state == S::Held);
    bool failedDevices = false;
    if (has) {
        const int wave = selectedWave() != 0 ? selectedWave() : heldWave;
        const RolloutWaveRecord* w = m_current->wave(wave);
        failedDevices = w && w->gate && (w->gate->failed + w->gate->excluded) > 0;
    }
    button(u"retry"_s)->setEnabled(idle && open && failedDevices);
    button(u"plan"_s)->setEnabled(idle && has);
    button(u"export"_s)->setEnabled(held);
}

int RolloutsPage::selectedWave() const
{
    const QTreeWidgetItem* item = m_timeline->currentItem();
    return item ? item->data(0, RolloutTimeline::WaveRole).toInt() : 0;
}

void RolloutsPage::runAction(RolloutRequest request)
{
    if (request.id == 0) {
        if (!m_current)
            return;
        request.id = m_current->id;
    }
    if (!m_runner.run(request))
        m_message->showMessage(MessageArea::Severity::Info,
                               tr("A step of a rollout is under way: wait until it ends."));
    else if (request.action != RolloutRequest::Action::Progress)
        m_message->showMessage(MessageArea::Severity::Info, tr("Working…"));
}

void RolloutsPage::onFinished(const RolloutResult& result)
{
    using K = RolloutAdvance::Outcome::Kind;
    m_progress.insert(result.request.id, result.progress);
    const bool quiet = result.request.action == RolloutRequest::Action::Progress;
    reloadList();
    const RolloutAdvance::Outcome& o = result.outcome;
    // The reason only: the steps are in the history below, each with who and when.
    QString text = o.reason.left(300).toHtmlEscaped();
    int heldWave = 0;
    const RolloutGateCheck::Figure* held =
        m_current ? RolloutTimeline::heldFigure(*m_current, &heldWave) : nullptr;
    if (o.kind == K::Held && held)
        text = tr("Held at the gate after wave %1: %2. The devices behind it are in the timeline "
                  "(Export held devices saves them).")
                   .arg(heldWave)
                   .arg(RolloutText::figure(*held).toHtmlEscaped());
    if (o.kind == K::Error)
        m_message->showMessage(MessageArea::Severity::Error,
                               tr("The rollout's step did not complete: %1").arg(text));
    else if (quiet)
        ; // reading the progress says nothing unless it fails
    else if (o.kind == K::Held)
        m_message->showMessage(MessageArea::Severity::Warning, text);
    else
        m_message->showMessage(MessageArea::Severity::Success, text.isEmpty() ? tr("Done.") : text);
    updateButtons();
}

void RolloutsPage::confirmAbort()
{
    if (!m_current || !m_messages)
        return;
    QString running;
    for (const RolloutWaveRecord& w : m_current->waves) {
        if (!w.campaignId.isEmpty() && (w.state == RolloutWaveRecord::State::Running ||
                                        w.state == RolloutWaveRecord::State::Creating))
            running = w.campaignId;
    }
    const QString text =
        running.isEmpty()
            ? tr("Abort rollout '%1'? No further wave starts. This cannot be undone.")
                  .arg(m_current->plan.name)
            : tr("Abort rollout '%1'? This cancels the running wave's campaign %2 on the "
                 "service (its devices that have not upgraded yet stay on their firmware), and no "
                 "further wave starts. This cannot be undone.")
                  .arg(m_current->plan.name, running);
    if (m_messages->confirm(this, tr("Abort rollout"), text, tr("Abort rollout")))
        runAction(RolloutRequest::of(RolloutRequest::Action::Abort));
}

void RolloutsPage::confirmOverride()
{
    if (!m_current || !m_messages)
        return;
    int wave = 0;
    const RolloutGateCheck::Figure* f = RolloutTimeline::heldFigure(*m_current, &wave);
    const QString text =
        tr("The gate after wave %1 failed: %2. Start the next wave anyway? Your decision is "
           "recorded with your name.")
            .arg(wave)
            .arg(f ? RolloutText::figure(*f) : m_current->stateReason);
    if (m_messages->confirm(this, tr("Override failed gate"), text, tr("Start next wave")))
        runAction(RolloutRequest::of(RolloutRequest::Action::ApproveGate, 0, 0, true));
}

void RolloutsPage::retryFailed()
{
    if (!m_current || !m_messages)
        return;
    int wave = selectedWave();
    if (wave == 0)
        RolloutTimeline::heldFigure(*m_current, &wave);
    const RolloutWaveRecord* w = m_current->wave(wave);
    if (!w || !w->gate)
        return;
    const QString reasons = m_current->plan.retryableReasons.isEmpty()
                                ? tr("every failure")
                                : m_current->plan.retryableReasons.join(u", "_s);
    if (m_messages->confirm(this, tr("Retry failed devices"),
                            tr("Make a new wave of the failed devices of wave %1 (retryable: %2)? "
                               "They are checked again first; it runs next.")
                                .arg(wave)
                                .arg(reasons),
                            tr("Retry failed devices")))
        runAction(RolloutRequest::of(RolloutRequest::Action::RetryFailed, 0, wave));
}

void RolloutsPage::reviewPlan()
{
    if (!m_current)
        return;
    RolloutPlanDialog dialog(*m_current, RolloutRunner::user(), this);
    if (dialog.exec() == QDialog::Accepted)
        runAction(RolloutRequest::of(RolloutRequest::Action::ApprovePlan, 0, 0, false,
                                     m_current->planHash));
}

void RolloutsPage::exportHeldDevices()
{
    if (!m_current || !m_messages)
        return;
    int wave = 0;
    const RolloutGateCheck::Figure* f = RolloutTimeline::heldFigure(*m_current, &wave);
    if (!f)
        return;
    const QString path = m_messages->saveFileName(
        this, tr("Export held devices"),
        u"rollout-%1-wave-%2-held.txt"_s.arg(m_current->id).arg(wave), tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(f->devices.join(u'\n').toLatin1() + '\n') < 0 || !file.commit()) {
        m_message->showMessage(MessageArea::Severity::Error,
                               tr("Could not write %1: %2")
                                   .arg(path.toHtmlEscaped(), file.errorString().toHtmlEscaped()));
        return;
    }
    m_message->showMessage(
        MessageArea::Severity::Success,
        tr("%Ln device(s) written to %1.", "", int(f->devices.size())).arg(path.toHtmlEscaped()));
}

void RolloutsPage::openSelectedCampaign()
{
    if (!m_current)
        return;
    // A time-zone band's row opens its own campaign; a wave's row its (first) campaign.
    const QTreeWidgetItem* item = m_timeline->currentItem();
    const QString band = item ? item->data(0, RolloutTimeline::CampaignRole).toString() : QString();
    if (!band.isEmpty()) {
        Q_EMIT openCampaignRequested(band);
        return;
    }
    const RolloutWaveRecord* w = m_current->wave(selectedWave());
    if (w && !w->campaignId.isEmpty())
        Q_EMIT openCampaignRequested(w->campaignId);
}

} // namespace fotadesk
