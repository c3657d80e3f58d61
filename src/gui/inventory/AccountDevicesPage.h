// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

class QComboBox;
class QTableView;
class QTimer;

namespace Ui {
class AccountDevicesPage;
}

namespace fotadesk {

struct AppContext;
class AccountDeviceFilterModel;
class AccountDeviceLoader;
class AccountDeviceModel;

/// The "Devices" page: the account's device inventory (GET /devices/{acc}, every protocol,
/// read page by page with progress and Stop: AccountDeviceLoader), to pick devices by model
/// and firmware instead of a CSV file.
///
/// Filters (AccountDeviceFilterModel): protocol, make, model and firmware (their choices are
/// the values loaded so far, with "Any"), FOTA-eligible and licensed (any / yes / no), "not
/// connected for more than N days", and part of an IMEI; "N of M devices shown". The table
/// takes several rows (Shift/Ctrl).
///
/// Actions on the selected rows, or on every row shown when none is selected (the buttons say
/// which): New campaign (newCampaignRequested: the shell opens the create form with these
/// IMEIs, through the same import as a CSV file), Add to a draft (a create-form draft of the
/// workspace chosen in the combo box beside it, or a new one; the IMEIs are appended, each
/// once) and Export CSV (the rows shown, written whole by FileWriter). Errors show in the message
/// bar above the filters with Retry. The inventory is read when the page is first shown, and on
/// Refresh.
class AccountDevicesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDevicesPage)

public:
    explicit AccountDevicesPage(AppContext& context, QWidget* parent = nullptr);
    ~AccountDevicesPage() override;

    [[nodiscard]] AccountDeviceModel* model() const { return m_model; }
    [[nodiscard]] AccountDeviceFilterModel* filterModel() const { return m_filter; }
    [[nodiscard]] AccountDeviceLoader* loader() const { return m_loader; }
    [[nodiscard]] QTableView* table() const;
    [[nodiscard]] bool isLoading() const;
    /// Whether the first show reads the inventory (default true).
    void setLoadOnShow(bool load) { m_loadOnShow = load; }

    /// The IMEIs the actions take: the selected rows, or every row shown when none is.
    [[nodiscard]] QStringList actionDeviceIds() const;
    /// What the actions' devices are, for a device list's source name and a draft's title:
    /// "Account devices: model BG96, firmware 1.2" (the filters set), with the count
    /// selected when a selection is used.
    [[nodiscard]] QString sourceName() const;
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] QString shownText() const;

    /// Adds actionDeviceIds() to the draft `draftId` (0: a new create-form draft); the draft's
    /// id, or 0 when nothing was saved (the message bar says why).
    qint64 addToDraft(qint64 draftId);
    /// Writes the rows shown; false (and the message bar) when the file cannot be written.
    bool exportCsv(const QString& path);

public Q_SLOTS:
    void refresh();
    void cancelLoad();
    /// The combo boxes' "Any" is an empty value.
    void setFilterValue(QComboBox* combo, const QString& value);
    void newCampaignFromSelection();
    /// Adds to the draft chosen in the combo box.
    void addToChosenDraft();
    /// Asks for a file (MessageSeam) and exports.
    void chooseAndExport();
    /// Reads the workspace's create-form drafts into the draft combo box.
    void reloadDrafts();

Q_SIGNALS:
    /// The shell opens the create form with these devices (MainWindow::newCampaignWithDevices).
    void newCampaignRequested(const QStringList& imeis, const QString& sourceName);
    void loadFinished(bool ok);
    /// A draft was saved with the page's devices (the Drafts page may refresh).
    void draftSaved(qint64 draftId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void setUpFilters();
    void fillChoices();
    void applyFilters();
    void onFinished(bool ok);
    /// Widens the text columns to their longest value (all pages read).
    void fitToValues();
    void updateState();
    void updateShown();
    void updateActions();
    void showMessage(const QString& html, bool isError, bool offerRetry = false);

    std::unique_ptr<Ui::AccountDevicesPage> m_ui;
    AppContext& m_context;
    AccountDeviceModel* m_model;
    AccountDeviceFilterModel* m_filter;
    AccountDeviceLoader* m_loader;
    QTimer* m_choicesTimer;
    QTimer* m_shownTimer;
    bool m_loadedOnce = false;
    bool m_loadOnShow = true;
    bool m_lastFailed = false;
};

} // namespace fotadesk
