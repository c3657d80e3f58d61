// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/RolloutPlan.h"
#include "gui/create/FormWizard.h"
#include "workflow/RolloutCreate.h"

#include <QStringList>

namespace fotadesk {

struct AppContext;
class CreateCheckPage;
class CreateDevicesPage;
class CreateFirmwarePage;
class CreateSchedulePage;
class CreateSession;
class RolloutRunner;
class RolloutWavesPage;

/// The New rollout form (a window of its own over the Rollouts page): the New campaign form's
/// steps — firmware, dates and windows, devices, the pre-flight check (where refused devices are
/// left out instead of stopping the form) — over a CreateSession of its own, then the Waves
/// step (RolloutWavesPage). Create rollout builds the plan and creates it through RolloutCreate
/// on the RolloutRunner's worker thread (the check runs again there, as 'fotactl rollout create'
/// runs it); the form stays open with everything typed until that succeeded, and says what
/// failed and how to fix it when it did not. Nothing is sent to campaigns: Advance now starts
/// the first wave.
class RolloutWizard final : public FormWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolloutWizard)

public:
    enum PageId
    {
        FirmwarePageId,
        SchedulePageId,
        DevicesPageId,
        CheckPageId,
        WavesPageId
    };

    RolloutWizard(AppContext& context, RolloutRunner& runner, QWidget* parent = nullptr);
    ~RolloutWizard() override;

    /// The plan as the form holds it now.
    [[nodiscard]] RolloutPlan plan() const;
    /// The device list's valid IMEIs, in list order (what the check and the waves take).
    [[nodiscard]] QStringList devices() const;

    [[nodiscard]] CreateSession* session() const { return m_session; }
    [[nodiscard]] CreateFirmwarePage* firmwarePage() const { return m_firmware; }
    [[nodiscard]] CreateSchedulePage* schedulePage() const { return m_schedule; }
    [[nodiscard]] CreateDevicesPage* devicesPage() const { return m_devices; }
    [[nodiscard]] CreateCheckPage* checkPage() const { return m_check; }
    [[nodiscard]] RolloutWavesPage* wavesPage() const { return m_waves; }

    /// Create rollout: starts the creation; the form closes once the rollout is stored.
    void accept() override;
    /// Cancel: closes the form, unless a creation is under way (its outcome is waited for).
    void reject() override;

    /// The words of a failed creation for people: what, where, how to fix it.
    static QString errorText(const RolloutCreate::Error& error);

Q_SIGNALS:
    void rolloutCreated(qint64 id);

private:
    void onCreateFinished(const RolloutCreate::Result& result);

    AppContext& m_context;
    RolloutRunner& m_runner;
    CreateSession* m_session;
    CreateFirmwarePage* m_firmware;
    CreateSchedulePage* m_schedule;
    CreateDevicesPage* m_devices;
    CreateCheckPage* m_check;
    RolloutWavesPage* m_waves;
    bool m_creating = false;
};

} // namespace fotadesk
