// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/DeviceBatcher.h"
#include "api/wire/WireTypes.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class DeviceChangeDialog;
}

namespace fotadesk {

struct AppContext;
class BatchRunner;
class DeviceListAutosave;
class DeviceListEditor;
class DeviceResultFilterModel;
class DeviceResultModel;
class AddPreflight;
class RemovePreflight;

/// Adds devices to or removes them from a campaign: the device list editor,
/// then a batched run (DeviceBatcher; chunk size and requests in parallel from AppSettings,
/// read when a run starts, so a changed setting applies to the next run) with a
/// progress bar and Stop, and a per-device results table (filterable, "failed
/// only"). Each device has one outcome (BatchVerdict): succeeded, already in / not in the
/// campaign, refused by the server (not offered again), or no answer; "Retry" sends only the
/// devices without an answer and says how many. The editor's rows are marked with each
/// device's outcome.
///
/// With AppContext::drafts set, the list is autosaved as a device-list draft
/// (DeviceListAutosave, at most 2 s behind the user) that outlives a crash or a
/// closed dialog; restoreDraft() brings one back. The draft is discarded once
/// every device of the change was sent successfully.
///
/// Add mode checks every device against the account's inventory first (AddPreflight, the
/// pre-flight check of the create wizard): a list that will be accepted whole is sent at once;
/// otherwise the check page shows the refused devices and keeps only the accepted ones (the
/// others go to a device-list draft).
///
/// The licence modes (the Licenses page) run the same way on the account's FOTA licenses:
/// no campaign, no check, no device-list draft.
///
/// Remove mode checks the list against the campaign's device report first (RemovePreflight):
/// devices the campaign does not have are marked in the list and not sent — the user drops
/// them or removes only the others, and the result says which were left out.
class DeviceChangeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceChangeDialog)

public:
    enum class Mode
    {
        Add,            ///< devices into the campaign (checked against the inventory first)
        Remove,         ///< devices out of the campaign (checked against its report first)
        AssignLicenses, ///< FOTA licenses for the devices (no campaign; the Licenses page)
        RemoveLicenses, ///< their FOTA licenses back to the pool (no campaign)
    };

    DeviceChangeDialog(AppContext& context, const wire::Campaign& campaign, Mode mode,
                       QWidget* parent = nullptr);
    ~DeviceChangeDialog() override;

    [[nodiscard]] Mode mode() const { return m_mode; }
    /// Add or Remove (a campaign's devices), not a licence mode.
    [[nodiscard]] bool isCampaignMode() const;
    [[nodiscard]] DeviceListEditor* editor() const;
    [[nodiscard]] DeviceResultModel* resultModel() const { return m_results; }
    [[nodiscard]] bool isRunning() const;
    /// The list is being checked (add: against the account's inventory; remove: against the
    /// campaign's device report); no run yet.
    [[nodiscard]] bool isChecking() const;
    /// Add mode's check of the list (nullptr in remove mode or without a client).
    [[nodiscard]] AddPreflight* addPreflight() const { return m_addPreflight; }
    /// Remove mode's check of the list (nullptr in add mode).
    [[nodiscard]] RemovePreflight* removePreflight() const;
    /// The state line of the run page.
    [[nodiscard]] QString runState() const;
    /// The last run's outcomes counted apart: succeeded, already applied (in / not in the
    /// campaign, licensed / unlicensed), refused by the server, without an answer.
    [[nodiscard]] QString outcomeSummary() const;
    /// The list's autosave (nullptr without AppContext::drafts).
    [[nodiscard]] DeviceListAutosave* autosave() const { return m_autosave; }
    /// Loads a device-list draft into the editor; false when there is no autosave or it cannot
    /// be read.
    bool restoreDraft(qint64 draftId);

public Q_SLOTS:
    /// Sends the editor's valid IMEIs (after the check of the mode).
    void start();
    /// Sends the editor's valid IMEIs as they are, without the check: what "send without the
    /// check" does after a check could not run, and what tests of the batch itself use.
    void sendWithoutCheck();
    /// Sends the devices without an answer again (never refused or already-applied ones).
    void retryFailed();
    /// Stops the run (requests in flight are cancelled; their devices count as failed).
    void stop();
    void reject() override;

Q_SIGNALS:
    /// A run ended (the campaign's device set may have changed).
    void runFinished();

private:
    void run(const QStringList& deviceIds);
    /// Clears the last results and runs; `leftOut` (not in the campaign) stays marked.
    void send(QStringList deviceIds, QStringList leftOut);
    void setUpRemovePreflight();
    void setUpAddPreflight();
    void markNotInCampaign(const QStringList& deviceIds);
    void onFinished();
    void updateButtons();

    std::unique_ptr<Ui::DeviceChangeDialog> m_ui;
    AppContext& m_context;
    wire::Campaign m_campaign;
    Mode m_mode;
    DeviceResultModel* m_results;
    DeviceResultFilterModel* m_filter;
    DeviceListAutosave* m_autosave = nullptr;
    QPointer<DeviceBatcher> m_batcher;
    /// The journaled run (AppContext::journal); owns m_batcher then.
    QPointer<BatchRunner> m_runner;
    RemovePreflight* m_removePreflight = nullptr; ///< remove mode only
    AddPreflight* m_addPreflight = nullptr;       ///< add mode only
    QStringList m_leftOut;  ///< of the last run: listed, not in the campaign, not sent
    bool m_marking = false; ///< the list's marks are being set (its devices stay the same)
    int m_runs = 0;
    bool m_running = false;
};

} // namespace fotadesk
