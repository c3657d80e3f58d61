// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/InventoryCheckReport.h"
#include "store/Draft.h"
#include "workflow/InventoryCheckRun.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace fotadesk {

struct AppContext;
class CheckedDeviceModel;
class DeviceBatcher;

/// The pre-flight check of a device list against the account's inventory, as one panel for
/// every place a list is sent (the create wizard's check step, the add-devices dialog): runs
/// an InventoryCheckRun, then shows the counts per verdict, the devices behind the selected
/// count, and the actions — keep only the devices that will be accepted (the owner removes
/// the others from its list; the panel keeps them as a device-list draft and can export them
/// with their reasons), and assign licences to the devices that lack nothing else.
class InventoryCheckPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InventoryCheckPanel)

public:
    enum class State
    {
        Idle,    ///< nothing checked (or stopped)
        Running, ///< looking the devices up
        Failed,  ///< the inventory could not be read: errorText()
        Done     ///< report() holds the verdicts
    };

    explicit InventoryCheckPanel(AppContext& context, QWidget* parent = nullptr);
    ~InventoryCheckPanel() override;

    /// "Checking the devices against the account's inventory: 1,000 of 25,000…": the sentence
    /// every place that shows the check's progress() uses (the create form, Add devices).
    static QString progressText(qint64 done, qint64 total);

    /// Checks `deviceIds` (stopping a check that runs). Options::staleDays is taken from the
    /// settings when the context has them.
    void start(const QStringList& deviceIds, InventoryCheckRun::Options options);
    /// Stops a running check (state Idle).
    void stop();

    [[nodiscard]] State state() const { return m_state; }
    /// The verdicts (state Done).
    [[nodiscard]] const InventoryCheckReport* report() const
    {
        return m_report ? &*m_report : nullptr;
    }
    [[nodiscard]] std::optional<qint64> licensesLeft() const { return m_licensesLeft; }
    [[nodiscard]] const InventoryCheckRun::Options& options() const { return m_options; }
    /// Why the check failed (state Failed).
    [[nodiscard]] QString errorText() const { return m_error.message(); }
    [[nodiscard]] const ApiError& error() const { return m_error; }
    /// The user chose to send without the check after it failed.
    [[nodiscard]] bool overridden() const;

    /// Keeps the refused devices as a draft: `draft` as the owner fills it (kind, title, the
    /// form's fields, the campaign) with the refused devices as its devices and their reasons in
    /// its extra ("checkReasons": IMEI -> reason code). Returns the draft's id, 0 when there is
    /// no workspace or nothing refused.
    qint64 saveRefusedDraft(Draft draft);
    /// Writes the refused devices as CSV (deviceId,reason,detail) to `path`; false with *error.
    bool exportRefused(const QString& path, QString* error) const;

Q_SIGNALS:
    void stateChanged(fotadesk::InventoryCheckPanel::State state);
    void progress(qint64 devicesDone, qint64 devicesTotal);
    /// "Keep only the accepted devices": the owner keeps the refused devices
    /// (saveRefusedDraft()), removes them from its list and checks again.
    void keepAcceptedRequested();
    /// Licences were assigned: the owner checks again.
    void licensesAssigned();
    /// The override check box changed.
    void overrideChanged(bool overridden);

private:
    void setState(State state);
    void showReport();
    void showRows(int reasonRow);
    void onKeepAccepted();
    void onExport();
    void onAssignLicenses();
    void onAssignFinished(DeviceBatcher* batcher, const QString& journalError);
    void updateButtons();

    AppContext& m_context;
    State m_state = State::Idle;
    InventoryCheckRun::Options m_options;
    QPointer<InventoryCheckRun> m_run;
    std::optional<InventoryCheckReport> m_report;
    std::optional<qint64> m_licensesLeft;
    ApiError m_error;
    bool m_assigning = false;

    QLabel* m_summary;
    QTableWidget* m_reasons;
    QLabel* m_rowsLabel;
    QTableView* m_rows;
    CheckedDeviceModel* m_rowModel;
    QPushButton* m_keepButton;
    QPushButton* m_licenseButton;
    QPushButton* m_exportButton;
    QCheckBox* m_override;
};

} // namespace fotadesk
