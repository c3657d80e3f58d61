// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/wire/WireTypes.h"
#include "core/FirmwareVerification.h"
#include "core/StatusGroup.h"
#include "gui/campaign/ReportExporter.h"
#include "gui/common/MessageArea.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QTableView;
class QTimer;

namespace Ui {
class CampaignStatusPanel;
}

namespace fotadesk {

class DeviceTableActions;

struct AppContext;
class CampaignStatusHistoryChart;
class CampaignStatusLoader;
class CampaignStatusRecorder;
class DeviceStatusFilterModel;
class DeviceStatusModel;
class FirmwareVerifyBar;
class Notifier;
class SnapshotStore;
class StatusChart;

/// The "Device status" tab of a campaign's detail page:
///
/// - the per-device status report, read with progress (devices received /
///   totalDevice) when the tab is first shown (CampaignStatusLoader: IMEI ranges
///   read concurrently, rows appended in short slices as pages arrive, the table
///   sorted by IMEI; the window stays responsive with 100,000 devices), then on
///   Refresh: a refresh reads into a second model while the current one stays
///   visible, and replaces it when complete (a failed refresh keeps the old data
///   and says so). When the server's answers do not fit range reading, the rows
///   read so far are dropped and the report is read again page by page, with a
///   note saying so;
/// - a donut chart of devices by status group, and the progress over time from
///   the stored snapshots (CampaignStatusRecorder/SnapshotStore: each complete
///   read is one snapshot) with "what changed since your last look";
/// - the table (status badges; recent/next attempt in site time with UTC),
///   filterable by status group, reason text and IMEI;
/// - "Verify firmware" (FirmwareVerifyBar): the devices the report calls successful are
///   asked which firmware they run; the counts (verified / mismatch / not reported yet) show
///   above the table, each device's verdict in its "Firmware check" column (kept when the
///   report is refreshed), and both go into the handover report;
/// - export of the handover report as CSV and PDF (ReportExporter);
/// - "Watch" for change notifications (Notifier), when one is given.
class CampaignStatusPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignStatusPanel)

public:
    /// `snapshots` and `notifier` may be null (no history; no watching).
    CampaignStatusPanel(AppContext& context, const QString& campaignId, SnapshotStore* snapshots,
                        Notifier* notifier, QWidget* parent = nullptr);
    ~CampaignStatusPanel() override;

    [[nodiscard]] const QString& campaignId() const { return m_campaignId; }
    /// The model shown (replaced after each complete refresh).
    [[nodiscard]] DeviceStatusModel* model() const { return m_model; }
    [[nodiscard]] DeviceStatusFilterModel* filterModel() const { return m_filter; }
    [[nodiscard]] QTableView* table() const;
    [[nodiscard]] StatusChart* chart() const { return m_chart; }
    [[nodiscard]] CampaignStatusHistoryChart* historyChart() const { return m_history; }
    [[nodiscard]] CampaignStatusLoader* loader() const { return m_loader; }
    [[nodiscard]] CampaignStatusRecorder* recorder() const { return m_recorder; }
    [[nodiscard]] FirmwareVerifyBar* verifyBar() const { return m_verifyBar; }
    /// The last verification (nullopt before one).
    [[nodiscard]] const std::optional<FirmwareVerificationResult>& verification() const
    {
        return m_verification;
    }
    [[nodiscard]] bool isLoading() const;
    /// The report's totalDevice from the last complete read (-1: unknown).
    [[nodiscard]] qint64 serverTotal() const { return m_serverTotal; }
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] QString changesText() const;
    /// Shows the panel's messages in `area` (the campaign page's one message area) instead of
    /// its own; null: its own again.
    void setMessageArea(MessageArea* area);
    [[nodiscard]] MessageArea* messageArea() const;

    /// Whether the first show of the tab starts reading the report (default true).
    void setLoadOnShow(bool load) { m_loadOnShow = load; }

    /// The campaign's parameters for the report (CampaignDetailPage::campaignLoaded).
    void setCampaign(const wire::Campaign& campaign);

    void setStatusGroupFilter(const QList<StatusGroup>& groups);
    void setReasonFilter(const QString& text);
    void setImeiFilter(const QString& text);

    /// Writes the handover report; false with a message shown (and in *error) when not.
    /// `shownOnly`: only the devices the filtered table shows.
    bool exportCsv(const QString& path, QString* error = nullptr, bool shownOnly = false);
    /// Asks for a file and writes the selected devices' rows there.
    void exportSelection();
    /// The selected devices' menu and keyboard actions.
    [[nodiscard]] DeviceTableActions* actions() const { return m_actions; }
    bool exportPdf(const QString& path, QString* error = nullptr);

public Q_SLOTS:
    /// Reads the report (again).
    void refresh();
    void cancelLoad();
    /// Verifies the firmware of the devices the report calls successful; false (and a message
    /// shown) when it cannot start.
    bool verifyFirmware();

Q_SIGNALS:
    /// A read ended (complete, failed or stopped).
    void loadFinished(bool ok);
    /// History and changes were reloaded after a snapshot (or on opening).
    void historyUpdated();

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// What every report of this panel is made from (the campaign, the devices, the time).
    [[nodiscard]] ReportExporter::Input reportInput() const;
    bool writeCsv(const QString& path, QString* error, std::vector<int> rows, bool someRows);
    void attachModel(DeviceStatusModel* model);
    void onProgress(qint64 appended, qint64 total);
    void onFinished(bool ok);
    void onVerified(const FirmwareVerificationResult& result);
    void hideUnverifiedColumn();
    void showProgress();
    void updateChart();
    void updateShownLabel();
    void updateState();
    void updateHistory();
    void showMessage(const QString& html, bool isError,
                     const QList<MessageArea::Action>& actions = {});
    void chooseAndExport(bool pdf);

    std::unique_ptr<Ui::CampaignStatusPanel> m_ui;
    AppContext& m_context;
    QString m_campaignId;
    std::optional<wire::Campaign> m_campaign;
    DeviceTableActions* m_actions = nullptr;
    Notifier* m_notifier;
    DeviceStatusModel* m_model = nullptr;   ///< shown
    DeviceStatusModel* m_staging = nullptr; ///< a refresh reads into it
    DeviceStatusFilterModel* m_filter = nullptr;
    CampaignStatusLoader* m_loader = nullptr;
    CampaignStatusRecorder* m_recorder = nullptr;
    StatusChart* m_chart = nullptr;
    CampaignStatusHistoryChart* m_history = nullptr;
    FirmwareVerifyBar* m_verifyBar = nullptr;
    QPointer<MessageArea> m_messages; ///< its own, or the page's (setMessageArea)
    QString m_lastMessage;            ///< what it showed there last (to take it back)
    std::optional<FirmwareVerificationResult> m_verification;
    QTimer* m_chartTimer = nullptr;
    QTimer* m_progressTimer = nullptr;
    QDateTime m_loadedUtc;
    qint64 m_serverTotal = -1;
    bool m_loadedOnce = false;
    bool m_loadOnShow = true;
    bool m_lastFailed = false;
};

} // namespace fotadesk
