// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/wire/WireTypes.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>
class QTabWidget;

namespace Ui {
class CampaignDetailPage;
}

namespace fotadesk {

struct AppContext;
class DeviceChangeDialog;
class MessageArea;

/// One campaign: everything GET /campaigns/{acc}/{id} says (flags, make/model,
/// firmware, dates, windows in UTC and site-local time, status badge), and the
/// actions its status allows — edit dates/windows (EditDatesDialog), add or
/// remove devices (DeviceChangeDialog), cancel. A disabled action says why in
/// its tooltip. The "Details" tab is the page's own; others add tabs with
/// addTab() (the dashboards' device status).
class CampaignDetailPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignDetailPage)

public:
    CampaignDetailPage(AppContext& context, const QString& campaignId, QWidget* parent = nullptr);
    ~CampaignDetailPage() override;

    [[nodiscard]] const QString& campaignId() const { return m_campaignId; }
    /// The campaign as last loaded (nullopt before the first load succeeded).
    [[nodiscard]] const std::optional<wire::Campaign>& campaign() const { return m_campaign; }
    [[nodiscard]] bool isLoading() const { return m_loading; }

    /// The page's one message area: its tabs (the device status) show their messages here too.
    [[nodiscard]] MessageArea* messageArea() const;

    /// Adds a tab after "Details"; returns its index.
    int addTab(QWidget* page, const QString& title);
    [[nodiscard]] QTabWidget* tabWidget() const;
    /// The dialog an action opened and that is still open (nullptr when none).
    [[nodiscard]] QDialog* activeDialog() const { return m_dialog; }

    /// The status a cancel would end in today: "CampaignCancelled" before the start
    /// date (UTC), "CampaignAborted" from the start date on.
    [[nodiscard]] QString cancelOutcome() const;

public Q_SLOTS:
    /// Loads the campaign again (GET /campaigns/{acc}/{id}).
    void reload();
    /// Reads the campaign again without clearing the page's message (after its device report
    /// was read, so that the status in the header is as current as the report).
    void refreshHeader();
    /// Opens EditDatesDialog (non-modal; the page reloads after it changed something).
    void editDates();
    void addDevices();
    void removeDevices();
    /// Opens Remove devices with these devices in its list (chosen in the device status).
    bool removeTheseDevices(const QStringList& imeis);
    /// Asks (MessageSeam::confirm, naming the campaign and the outcome) and cancels.
    void cancelCampaign();
    /// Shows a campaign value without loading (e.g. the answer of a create or dates change).
    void showCampaign(const fotadesk::wire::Campaign& campaign);
    /// Opens the add/remove-devices dialog (the draft's mode) with a device-list draft of this
    /// campaign restored — now, or as soon as the campaign has loaded. False when the draft
    /// cannot be read or is not for this campaign; when the campaign no longer allows it, the
    /// page says so and the draft is kept.
    bool reopenDeviceDraft(qint64 draftId);

Q_SIGNALS:
    /// Each time the campaign was (re)loaded or changed by an action.
    void campaignLoaded(const fotadesk::wire::Campaign& campaign);
    void loadFailed(const fotadesk::ApiError& error);
    /// The cancel call finished (ok or not).
    void cancelFinished(bool ok);
    /// An action of this page changed the campaign on the server (or may have: a cancel without
    /// an answer, a device run): whatever shows it (device status, overview) reads it again.
    void changedOnServer(const QString& campaignId);
    void openCampaignRequested(const QString& campaignId);

private:
    void load();
    void fill(const wire::Campaign& campaign);
    void updateActions();
    void showMessage(const QString& html, bool isError);
    DeviceChangeDialog* openDeviceChange(bool append);
    void openPendingDraft();
    void adoptDialog(QDialog* dialog);

    std::unique_ptr<Ui::CampaignDetailPage> m_ui;
    AppContext& m_context;
    QString m_campaignId;
    std::optional<wire::Campaign> m_campaign;
    QPointer<QDialog> m_dialog;
    bool m_loading = false;
    bool m_cancelling = false;
    qint64 m_pendingDraft = 0; ///< a device-list draft to reopen once the campaign has loaded
};

} // namespace fotadesk
