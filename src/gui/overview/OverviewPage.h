// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/StatusGroup.h"

#include <QList>
#include <QWidget>

#include <memory>

class QMenu;
class QSplitter;
class QTableView;

namespace Ui {
class OverviewPage;
}

namespace fotadesk {

struct AppContext;
class CampaignDeviceSummaryLoader;
class CampaignFilterModel;
class CampaignModel;
class MessageArea;
class OverviewLoader;
class StatusChart;
class StatusTile;

/// The first page of the app: every campaign of the account, with
///
/// - tiles counting campaigns per status group (a checked tile filters the table
///   to its group, like the status combo) and a chart of campaigns by status;
/// - the table (status badges, device count, progress and success rate, firmware,
///   make/model, dates, windows): search,
///   status group and date-range filters; double-click (or Enter) opens the
///   campaign's detail page (openCampaignRequested);
/// - license usage (assigned of total, and the subscription);
/// - auto-refresh at the interval the user picks (AppSettings' RefreshIntervalMinutes, also
///   in File ▸ Settings…; a change from either restarts the timer at once), with
///   backoff after failures (OverviewLoader), a visible "updated at", and —
///   when a refresh fails — the last data kept and clearly marked stale (a
///   message saying since when and why, with Try again, the table greyed).
///
/// The CampaignModel is given (AppContext::campaigns): other pages share it.
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    OverviewPage(AppContext& context, CampaignModel* campaigns, QWidget* parent = nullptr);
    ~OverviewPage() override;

    [[nodiscard]] OverviewLoader* loader() const { return m_loader; }
    [[nodiscard]] CampaignDeviceSummaryLoader* summaryLoader() const { return m_summaries; }
    /// The page's one message area (the stale warning).
    [[nodiscard]] MessageArea* messageArea() const;
    /// Table | chart and license usage.
    [[nodiscard]] QSplitter* splitter() const;
    [[nodiscard]] CampaignFilterModel* filterModel() const { return m_filter; }
    [[nodiscard]] QTableView* table() const;
    [[nodiscard]] StatusChart* chart() const { return m_chart; }
    [[nodiscard]] StatusTile* tile(StatusGroup group) const;
    /// The text of the "updated at" label and of the stale banner (empty when fresh).
    [[nodiscard]] QString updatedText() const;
    [[nodiscard]] QString staleText() const;
    [[nodiscard]] bool isShowingStale() const;
    [[nodiscard]] QString licenseText() const;

    /// Adds "Columns", a submenu to show or hide the table's columns, to `menu` (the table's
    /// and the header's context menu).
    void addColumnsMenu(QMenu* menu);

    /// Search text, status groups (empty: all), date range (invalid: open).
    void setSearchText(const QString& text);
    void setStatusGroupFilter(const QList<StatusGroup>& groups);
    void setDateRange(QDate from, QDate to);
    /// Auto-refresh interval in minutes (0: off): writes the setting (AppContext::settings),
    /// which restarts the timer; without settings, for this page only.
    void setRefreshMinutes(int minutes);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openCampaignRequested(const QString& campaignId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void setUpTable();
    void setUpFilters();
    void updateTiles();
    void updateChart();
    void updateUpdatedLabel();
    void updateStale();
    void updateLicense();
    void updateShownLabel();
    void applyGroupFilter(const QList<StatusGroup>& groups);
    void openIndex(const QModelIndex& proxyIndex);
    /// The combo's index of `minutes`, added in order when it is not offered yet (a value from
    /// an edited settings file).
    int addIntervalChoice(int minutes);
    void applyRefreshMinutes(int minutes);

    std::unique_ptr<Ui::OverviewPage> m_ui;
    AppContext& m_context;
    CampaignModel* m_model;
    CampaignFilterModel* m_filter = nullptr;
    OverviewLoader* m_loader = nullptr;
    CampaignDeviceSummaryLoader* m_summaries = nullptr;
    StatusChart* m_chart = nullptr;
    QList<StatusTile*> m_tiles;
    bool m_loadedOnce = false;
    bool m_fittedAfterLoad = false;
    bool m_splitLaidOut = false;
    bool m_syncingFilter = false;
};

} // namespace fotadesk
