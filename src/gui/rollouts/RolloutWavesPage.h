// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/RolloutPlan.h"
#include "core/RolloutSplit.h"

#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWizardPage>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

namespace fotadesk {

class InventoryCheckReport;

/// New rollout's last step: the rollout's name, its waves typed on one line
/// (RolloutWaveText: "pilot 20, 25 %, rest", a wave's own dates), the gate between two waves
/// (minimum final devices, minimum success, maximum failure, reasons that are not the
/// firmware's fault, soak time), whether a passed gate starts the next wave by itself, and
/// whether the plan needs a second engineer's approval; with a live preview of who goes into
/// which wave (RolloutSplit on the checked devices) and the devices the check refused, with
/// their reasons, which never enter a wave. Complete when the name is new and the waves can
/// be formed.
class RolloutWavesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolloutWavesPage)

public:
    /// `devices`: the checked device list in list order; `report`: the check's report
    /// (nullptr: not checked); `nameTaken`: whether a rollout of that name exists.
    RolloutWavesPage(std::function<QStringList()> devices,
                     std::function<const InventoryCheckReport*()> report,
                     std::function<bool(const QString&)> nameTaken, QWidget* parent = nullptr);
    ~RolloutWavesPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    /// This step's part of the plan: name, waves, gate, autoAdvance, requireApproval.
    void writeTo(RolloutPlan& plan) const;
    /// The waves as the preview shows them now (empty with errors when they cannot be formed).
    [[nodiscard]] const RolloutSplit& preview() const { return m_split; }
    /// The devices the preview leaves out as refused.
    [[nodiscard]] const QSet<QString>& refused() const { return m_refused; }
    [[nodiscard]] QTreeWidget* previewTree() const { return m_previewTree; }
    [[nodiscard]] QLineEdit* nameEdit() const { return m_name; }
    [[nodiscard]] QLineEdit* wavesEdit() const { return m_waves; }

    /// While the rollout is being created: every field read-only, the state said.
    void setCreating(bool creating, const QString& state = {});
    /// Why the rollout was not created (what, where, how to fix); `focusName`: the name is
    /// what to change. Everything typed stays.
    void showError(const QString& message, bool focusName);

private:
    void updatePreview();
    void fillPreview(const RolloutPlan& plan, const QStringList& devices);
    QWidget* buildGate();

    std::function<QStringList()> m_devices;
    std::function<const InventoryCheckReport*()> m_report;
    std::function<bool(const QString&)> m_nameTaken;
    QLineEdit* m_name;
    QLabel* m_nameIssue;
    QLineEdit* m_waves;
    QLabel* m_wavesIssue;
    QSpinBox* m_minFinal = nullptr;
    QSpinBox* m_minSuccess = nullptr;
    QSpinBox* m_maxFailure = nullptr;
    QLineEdit* m_excluded = nullptr;
    QSpinBox* m_soak = nullptr;
    QRadioButton* m_auto;
    QRadioButton* m_manual;
    QCheckBox* m_fourEyes;
    QTreeWidget* m_previewTree;
    QLabel* m_previewState;
    QLabel* m_state;
    QPointer<QWidget> m_focusBefore; ///< where the focus was when Create rollout started
    RolloutSplit m_split;
    QSet<QString> m_refused;
    bool m_nameOk = false;
    bool m_creating = false;
};

} // namespace fotadesk
