// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gui/rollouts/RolloutRunner.h"
#include "store/Rollout.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace fotadesk {

struct AppContext;
class MessageArea;
class MessageSeam;
class RolloutWizard;
class Workspace;

/// The Rollouts page (docs/user-guide.md, "Rollouts in waves"): the workspace's rollouts of
/// this account with their state and current wave; for the selected one a timeline of its waves
/// (campaign, devices, progress, dates) and the gates between them (the figures each read,
/// passed or failed, the devices behind a failed one), its history (who did what, when) and the
/// actions a person takes: advance now, pause, resume, abort, approve the next wave (or
/// override a failed gate), retry a wave's failed devices, review and approve the plan. Every
/// action runs as one pass of the rollout engine on the RolloutRunner's worker thread, recorded
/// with who and when as fotactl records it.
class RolloutsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolloutsPage)

public:
    /// `workspace`: the app's (read here); `runner` runs the passes (not owned).
    RolloutsPage(Workspace& workspace, RolloutRunner& runner, MessageSeam* messages,
                 QString profile, QString account, QWidget* parent = nullptr);
    ~RolloutsPage() override;

    /// What the New rollout form's steps need (the app's client, clock, workspace, …); without
    /// it (tests of the page alone) New rollout is disabled.
    void setCreateContext(AppContext* context);
    /// Opens the New rollout form (a window of its own); nullptr without a create context.
    RolloutWizard* newRollout();

    /// Re-reads the rollouts and the selected one's waves, and its campaigns' progress.
    void refresh();
    /// Selects a rollout (false: not in the list).
    bool select(qint64 id);
    [[nodiscard]] qint64 selectedId() const;
    [[nodiscard]] MessageArea* messageArea() const { return m_message; }
    [[nodiscard]] QTreeWidget* rolloutList() const { return m_list; }
    [[nodiscard]] QTreeWidget* timeline() const { return m_timeline; }
    [[nodiscard]] QTreeWidget* history() const { return m_events; }
    /// The page's action buttons by name ("new", "advance", "pause", "resume", "abort", "approve",
    /// "override", "retry", "plan", "export").
    [[nodiscard]] QPushButton* button(const QString& name) const;

Q_SIGNALS:
    void openCampaignRequested(const QString& campaignId);

private:
    QPushButton* addButton(const QString& name, const QString& text, const QString& toolTip);
    void reloadList();
    void showSelected();
    void updateButtons();
    void runAction(RolloutRequest request);
    void onFinished(const RolloutResult& result);
    void confirmAbort();
    void confirmOverride();
    void retryFailed();
    void reviewPlan();
    void exportHeldDevices();
    void openSelectedCampaign();
    /// The wave of the timeline's selected row (0: none).
    [[nodiscard]] int selectedWave() const;

    Workspace& m_workspace;
    RolloutRunner& m_runner;
    MessageSeam* m_messages;
    AppContext* m_context = nullptr;
    QString m_profile;
    QString m_account;
    std::optional<RolloutRecord> m_current;
    QHash<qint64, QHash<int, WaveProgress>> m_progress;
    MessageArea* m_message = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_timeline = nullptr;
    QTreeWidget* m_events = nullptr;
    QHash<QString, QPushButton*> m_buttons;
};

} // namespace fotadesk
