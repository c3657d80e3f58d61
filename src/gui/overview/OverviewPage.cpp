// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/overview/OverviewPage.h"

#include "core/Clock.h"
#include "core/DisplayFormat.h"
#include "gui/common/ApiErrorText.h"
#include "gui/common/ColumnFit.h"
#include "gui/common/MessageArea.h"
#include "gui/common/PageTitle.h"
#include "gui/common/StatusChart.h"
#include "gui/overview/CampaignDeviceSummaryLoader.h"
#include "gui/overview/OverviewBadgeDelegate.h"
#include "gui/overview/OverviewLoader.h"
#include "gui/overview/StatusTile.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/WindowStateStore.h"
#include "models/CampaignFilterModel.h"
#include "models/CampaignModel.h"
#include "models/StatusGroupStyle.h"
#include "store/AppSettings.h"
#include "ui_OverviewPage.h"

#include <QHeaderView>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

/// The groups a campaign can be in, in tile order (no campaign status means "Succeeded").
constexpr std::array<StatusGroup, 6> kCampaignGroups = {
    StatusGroup::Pending, StatusGroup::InProgress, StatusGroup::Ended,
    StatusGroup::Failed,  StatusGroup::Cancelled,  StatusGroup::Unknown};

} // namespace

OverviewPage::OverviewPage(AppContext& context, CampaignModel* campaigns, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OverviewPage>())
    , m_context(context)
    , m_model(campaigns)
{
    m_ui->setupUi(this);
    // The .ui says yyyy-MM-dd for the designer; people read and type the locale's form.
    m_ui->fromDateEdit->setDisplayFormat(DisplayFormat::dateFormat());
    m_ui->toDateEdit->setDisplayFormat(DisplayFormat::dateFormat());
    stylePageTitle(m_ui->titleLabel);
    m_ui->titleLabel->setText(tr("Campaigns — %1").arg(context.environment.accountName));
    // On a narrow window (1024 px, German) the title and the refresh state give up room
    // instead of making the window wider than the screen; with room they show in full.
    // (Word wrap would wrap them at every width: a wrapping label in a row asks for little.)
    m_ui->titleLabel->setMinimumWidth(160);
    m_ui->updatedLabel->setMinimumWidth(80);

    m_filter = new CampaignFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_loader = new OverviewLoader(context.client, m_model,
                                  context.clock ? *context.clock : Clock::system(), this);
    m_loader->setConnectionState(context.connection);
    // The Devices, Progress and Success columns: each campaign's device report, counted after
    // every refresh (only what can still change is read again).
    m_summaries = new CampaignDeviceSummaryLoader(context.client, m_model, this);
    connect(m_loader, &OverviewLoader::refreshFinished, m_summaries,
            &CampaignDeviceSummaryLoader::update);

    for (StatusGroup g : kCampaignGroups) {
        auto* tile = new StatusTile(g, this);
        m_ui->tilesLayout->addWidget(tile);
        m_tiles.append(tile);
        connect(tile, &QAbstractButton::clicked, this, [this, tile](bool checked) {
            applyGroupFilter(checked ? QList<StatusGroup>{tile->group()} : QList<StatusGroup>{});
        });
    }
    m_ui->tilesLayout->addStretch(1);

    m_chart = new StatusChart(StatusChart::Style::Bars, m_ui->chartHost);
    m_chart->setTitle(tr("Campaigns by status"));
    m_chart->setMinimumSize(300, 260);
    m_ui->chartLayout->addWidget(m_chart);
    // The chart takes a third of the width, the table the rest (at 1920 px every column fits);
    // the user's split is kept by WindowStateStore ("splitter" under the page).
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 1);

    setUpTable();
    setUpFilters();

    // Coalesce bursts of pages into one tile/chart update per event-loop turn.
    auto* countsTimer = new QTimer(this);
    countsTimer->setSingleShot(true);
    countsTimer->setInterval(0);
    connect(countsTimer, &QTimer::timeout, this, [this] {
        updateTiles();
        updateChart();
        updateShownLabel();
    });
    const auto later = [countsTimer] { countsTimer->start(); };
    connect(m_model, &CampaignModel::countsChanged, countsTimer, later);
    connect(m_model, &QAbstractItemModel::rowsInserted, countsTimer, later);
    connect(m_model, &QAbstractItemModel::rowsRemoved, countsTimer, later);
    connect(m_model, &QAbstractItemModel::dataChanged, countsTimer, later);
    connect(m_model, &QAbstractItemModel::modelReset, countsTimer, later);
    connect(m_filter, &QAbstractItemModel::rowsInserted, countsTimer, later);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, countsTimer, later);
    connect(m_filter, &QAbstractItemModel::modelReset, countsTimer, later);
    connect(m_filter, &QAbstractItemModel::layoutChanged, countsTimer, later);

    connect(m_loader, &OverviewLoader::refreshStarted, this, [this] {
        m_ui->refreshButton->setEnabled(false);
        m_ui->updatedLabel->setText(tr("Refreshing…"));
    });
    connect(m_loader, &OverviewLoader::progress, this, [this](int pages, qint64 campaigns) {
        Q_UNUSED(pages) // the user counts campaigns, not the pages they came in
        m_ui->updatedLabel->setText(
            tr("Refreshing… %Ln campaign(s) read", nullptr, int(campaigns)));
    });
    connect(m_loader, &OverviewLoader::refreshFinished, this, [this] {
        m_ui->refreshButton->setEnabled(true);
        updateUpdatedLabel();
        updateStale();
    });
    connect(m_loader, &OverviewLoader::licenseUsageChanged, this, &OverviewPage::updateLicense);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &OverviewPage::refresh);

    // A minute tick keeps "updated 3 min ago" honest.
    auto* clockTimer = new QTimer(this);
    clockTimer->setInterval(30 * 1000);
    connect(clockTimer, &QTimer::timeout, this, &OverviewPage::updateUpdatedLabel);
    clockTimer->start();

    updateTiles();
    updateChart();
    updateShownLabel();
}

OverviewPage::~OverviewPage() = default;

QTableView* OverviewPage::table() const
{
    return m_ui->campaignTable;
}

StatusTile* OverviewPage::tile(StatusGroup group) const
{
    for (StatusTile* t : m_tiles) {
        if (t->group() == group)
            return t;
    }
    return nullptr;
}

void OverviewPage::setUpTable()
{
    QTableView* view = m_ui->campaignTable;
    view->setModel(m_filter);
    view->setItemDelegateForColumn(CampaignModel::StatusColumn, new OverviewBadgeDelegate(view));
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->setColumnHidden(CampaignModel::IdColumn, true);
    // Columns as wide as what they show (translated statuses included), once campaigns came.
    QList<int> fitted;
    for (int c = 0; c < CampaignModel::ColumnCount; ++c) {
        if (c != CampaignModel::IdColumn)
            fitted.append(c);
    }
    ColumnFit::onFirstRows(view, fitted, 40, 360);
    // Once more after the first complete load: the first rows were one status's page.
    connect(m_loader, &OverviewLoader::refreshFinished, view, [this, view, fitted](bool ok) {
        if (ok && !m_fittedAfterLoad) {
            m_fittedAfterLoad = true;
            ColumnFit::grow(view, fitted, 40, 360);
        }
    });
    // Make/model, time windows and protocol are one right-click away (the header's or the
    // table's Columns menu): with them the table does not fit two thirds of a 1920 px screen.
    for (int c : {CampaignModel::MakeModelColumn, CampaignModel::WindowsColumn,
                  CampaignModel::ProtocolColumn})
        view->setColumnHidden(c, true);
    view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this, view](const QPoint& pos) {
                QMenu menu(view);
                addColumnsMenu(&menu);
                menu.exec(view->horizontalHeader()->viewport()->mapToGlobal(pos));
            });
    view->sortByColumn(CampaignModel::StartColumn, Qt::DescendingOrder);
    view->setToolTip(tr("Double-click a campaign (or press Enter) to open it"));
    connect(view, &QAbstractItemView::activated, this, &OverviewPage::openIndex);
    connect(view, &QAbstractItemView::doubleClicked, this, &OverviewPage::openIndex);
}

void OverviewPage::addColumnsMenu(QMenu* menu)
{
    QMenu* columns = menu->addMenu(tr("&Columns"));
    QTableView* view = m_ui->campaignTable;
    for (int c = 0; c < CampaignModel::ColumnCount; ++c) {
        if (c == CampaignModel::IdColumn || c == CampaignModel::NameColumn)
            continue;
        QAction* action = columns->addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!view->isColumnHidden(c));
        connect(action, &QAction::toggled, view, [view, c](bool on) {
            view->setColumnHidden(c, !on);
            if (on)
                ColumnFit::now(view, {c}, 40, 360);
        });
    }
}

void OverviewPage::setUpFilters()
{
    m_ui->groupCombo->addItem(tr("All"), -1);
    for (StatusGroup g : kCampaignGroups)
        m_ui->groupCombo->addItem(StatusClassifier::groupLabel(g), int(g));
    connect(m_ui->groupCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_syncingFilter)
            return;
        const int g = m_ui->groupCombo->itemData(index).toInt();
        applyGroupFilter(g < 0 ? QList<StatusGroup>{} : QList<StatusGroup>{StatusGroup(g)});
    });

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter,
            &CampaignFilterModel::setSearchText);

    const QDate today =
        (m_context.clock ? m_context.clock->nowUtc() : QDateTime::currentDateTimeUtc())
            .toTimeZone(m_context.siteZone)
            .date();
    m_ui->fromDateEdit->setDate(today.addDays(-30));
    m_ui->toDateEdit->setDate(today.addDays(30));
    const auto applyDates = [this] {
        const bool on = m_ui->dateFilterCheck->isChecked();
        m_ui->fromDateEdit->setEnabled(on);
        m_ui->toDateEdit->setEnabled(on);
        if (on)
            m_filter->setDateRange(m_ui->fromDateEdit->date(), m_ui->toDateEdit->date());
        else
            m_filter->setDateRange({}, {});
    };
    connect(m_ui->dateFilterCheck, &QCheckBox::toggled, this, applyDates);
    connect(m_ui->fromDateEdit, &QDateEdit::dateChanged, this, applyDates);
    connect(m_ui->toDateEdit, &QDateEdit::dateChanged, this, applyDates);

    // The interval is the setting RefreshIntervalMinutes: the combo and File ▸ Settings… edit
    // it, and a change from either restarts the timer at once.
    for (int m : AppSettings::refreshMinutesChoices())
        addIntervalChoice(m);
    applyRefreshMinutes(
        m_context.settings
            ? m_context.settings->refreshIntervalMinutes()
            : AppSettings::definition(AppSettings::Key::RefreshIntervalMinutes).fallback.toInt());
    connect(m_ui->intervalCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { setRefreshMinutes(m_ui->intervalCombo->itemData(index).toInt()); });
    if (m_context.settings)
        connect(m_context.settings, &AppSettings::changed, this, [this](AppSettings::Key key) {
            if (key == AppSettings::Key::RefreshIntervalMinutes)
                applyRefreshMinutes(m_context.settings->refreshIntervalMinutes());
        });
}

int OverviewPage::addIntervalChoice(int minutes)
{
    QComboBox* combo = m_ui->intervalCombo;
    int at = 0;
    while (at < combo->count() && combo->itemData(at).toInt() < minutes)
        ++at;
    if (at < combo->count() && combo->itemData(at).toInt() == minutes)
        return at;
    const QSignalBlocker quiet(combo);
    combo->insertItem(at, minutes == 0 ? tr("off") : tr("every %Ln min", nullptr, minutes),
                      minutes);
    return at;
}

void OverviewPage::setRefreshMinutes(int minutes)
{
    if (m_context.settings)
        m_context.settings->setValue(AppSettings::Key::RefreshIntervalMinutes, minutes);
    else
        applyRefreshMinutes(minutes);
}

void OverviewPage::applyRefreshMinutes(int minutes)
{
    {
        const QSignalBlocker quiet(m_ui->intervalCombo);
        m_ui->intervalCombo->setCurrentIndex(addIntervalChoice(minutes));
    }
    m_loader->setIntervalMs(minutes * 60 * 1000);
}

void OverviewPage::setSearchText(const QString& text)
{
    m_ui->searchEdit->setText(text);
}

void OverviewPage::setStatusGroupFilter(const QList<StatusGroup>& groups)
{
    applyGroupFilter(groups);
}

void OverviewPage::setDateRange(QDate from, QDate to)
{
    const bool on = from.isValid() || to.isValid();
    if (from.isValid())
        m_ui->fromDateEdit->setDate(from);
    else
        m_ui->fromDateEdit->setDate(m_ui->fromDateEdit->minimumDate());
    if (to.isValid())
        m_ui->toDateEdit->setDate(to);
    else
        m_ui->toDateEdit->setDate(m_ui->toDateEdit->maximumDate());
    m_ui->dateFilterCheck->setChecked(on);
    m_filter->setDateRange(on ? from : QDate(), on ? to : QDate());
}

void OverviewPage::applyGroupFilter(const QList<StatusGroup>& groups)
{
    m_syncingFilter = true;
    m_filter->setStatusGroups(groups);
    for (StatusTile* t : std::as_const(m_tiles))
        t->setChecked(groups.size() == 1 && groups.front() == t->group());
    const int comboIndex = groups.size() == 1 ? m_ui->groupCombo->findData(int(groups.front())) : 0;
    m_ui->groupCombo->setCurrentIndex(std::max(0, comboIndex));
    m_syncingFilter = false;
    updateShownLabel();
}

void OverviewPage::refresh()
{
    m_loadedOnce = true;
    m_loader->refresh();
}

void OverviewPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The chart a third of the width, at the width the page first has (laid out by now) —
    // unless the user's split was restored (WindowStateStore).
    if (!m_splitLaidOut) {
        m_splitLaidOut = true;
        QSplitter* split = m_ui->splitter;
        if (!split->property(WindowStateStore::RestoredProperty).toBool()) {
            const int width = split->width() - split->handleWidth();
            split->setSizes({width - width / 3, width / 3});
        }
    }
    if (!m_loadedOnce)
        refresh();
}

void OverviewPage::openIndex(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QString id = proxyIndex.data(CampaignModel::CampaignIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT openCampaignRequested(id);
}

void OverviewPage::updateTiles()
{
    const int total = m_model->rowCount();
    for (StatusTile* t : std::as_const(m_tiles)) {
        t->setCount(m_model->count(t->group()));
        t->setCaption(tr("of %1").arg(QLocale().toString(total)));
        // An empty Unknown tile is noise; show it only when a status nobody knows appears.
        if (t->group() == StatusGroup::Unknown)
            t->setVisible(t->count() > 0);
    }
}

void OverviewPage::updateChart()
{
    // One bar per status as the server names it (labelled), in the groups' display order,
    // of the campaigns the table shows (the search, status and date filters apply).
    QMap<QString, std::pair<StatusGroup, qint64>> byStatus;
    for (int shown = 0; shown < m_filter->rowCount(); ++shown) {
        const int row = m_filter->mapToSource(m_filter->index(shown, 0)).row();
        const wire::Campaign& c = m_model->campaignAt(row);
        auto& entry = byStatus[c.status];
        entry.first = m_model->groupAt(row);
        ++entry.second;
    }
    m_chart->setTitle(m_filter->rowCount() == m_model->rowCount()
                          ? tr("Campaigns by status")
                          : tr("Campaigns by status: the %1 shown of %2")
                                .arg(QLocale().toString(m_filter->rowCount()),
                                     QLocale().toString(m_model->rowCount())));
    QList<StatusChart::Entry> entries;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        entries.append({StatusClassifier::campaignStatusLabel(it.key()), it->first, it->second});
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
        return StatusGroupStyle::slot(a.group) < StatusGroupStyle::slot(b.group);
    });
    // Bars are drawn bottom-up: reverse so the first group is on top.
    std::reverse(entries.begin(), entries.end());
    m_chart->setEntries(entries);
}

void OverviewPage::updateShownLabel()
{
    m_ui->shownLabel->setText(tr("%1 of %2 shown")
                                  .arg(QLocale().toString(m_filter->rowCount()),
                                       QLocale().toString(m_model->rowCount())));
}

void OverviewPage::updateUpdatedLabel()
{
    if (m_loader->isRefreshing())
        return;
    const QDateTime updated = m_loader->updatedUtc();
    if (!updated.isValid()) {
        m_ui->updatedLabel->setText(m_loader->isStale() ? tr("Not loaded") : tr("Not loaded yet"));
        return;
    }
    const QDateTime local = updated.toTimeZone(m_context.siteZone);
    m_ui->updatedLabel->setText(
        tr("Updated at %1").arg(DisplayFormat::time(local.time(), DisplayFormat::Seconds::Show)));
    m_ui->updatedLabel->setToolTip(tr("Last successful refresh: %1")
                                       .arg(DisplayFormat::withUtc(updated, m_context.siteZone,
                                                                   DisplayFormat::Seconds::Show)));
}

void OverviewPage::updateStale()
{
    const bool stale = m_loader->isStale();
    if (!stale) {
        m_ui->messageArea->clearMessage();
        m_ui->campaignTable->setStyleSheet({});
        return;
    }
    const QDateTime updated = m_loader->updatedUtc();
    const QString since =
        updated.isValid() ? tr("STALE — showing data from %1; the last refresh failed.")
                                .arg(DisplayFormat::dateTime(updated.toTimeZone(m_context.siteZone),
                                                             DisplayFormat::Seconds::Show))
                          : tr("No data — the overview could not be loaded.");
    const int next = m_loader->nextDelayMs();
    const QString retry = next > 0 ? tr("Next try in %1.")
                                         .arg(next >= 60000 ? tr("%Ln min", nullptr, next / 60000)
                                                            : tr("%Ln s", nullptr, next / 1000))
                                   : tr("Press Refresh now to try again.");
    m_ui->messageArea->showMessage(
        MessageArea::Severity::Warning,
        u"<b>"_s + since.toHtmlEscaped() + u"</b> "_s +
            (m_loader->lastError()
                 ? ApiErrorText::html(tr("Refreshing the overview failed."), *m_loader->lastError())
                 : QString()) +
            u" "_s + retry.toHtmlEscaped(),
        {{tr("Try again"), [this] { refresh(); }, tr("Load every campaign again now")}});
    m_ui->campaignTable->setStyleSheet(u"QTableView { color: palette(mid); }"_s);
}

void OverviewPage::updateLicense()
{
    const auto& usage = m_loader->licenseUsage();
    const QLocale locale;
    qint64 total = usage.totalLicenses.value_or(0);
    qint64 assigned = usage.assignedLicenses;
    if (!usage.totalLicenses && usage.subscription) {
        total = usage.subscription->licenseCount;
        assigned = usage.subscription->licenseUsedCount;
    }
    m_ui->licenseBar->setRange(0, int(std::min<qint64>(std::max<qint64>(total, 1), INT_MAX)));
    m_ui->licenseBar->setValue(int(std::min<qint64>(assigned, INT_MAX)));
    m_ui->licenseBar->setFormat(
        total > 0 ? tr("%1 of %2 assigned (%3%)")
                        .arg(locale.toString(assigned), locale.toString(total),
                             locale.toString(100.0 * double(assigned) / double(total), 'f', 1))
                  : tr("%1 assigned").arg(locale.toString(assigned)));
    QStringList lines;
    lines.append(tr("Licenses: %1 assigned, %2 free.")
                     .arg(locale.toString(assigned),
                          locale.toString(std::max<qint64>(0, total - assigned))));
    if (usage.subscription) {
        const auto& s = *usage.subscription;
        QString line =
            tr("Subscription: %1, %2 of %3 licenses used")
                .arg(s.purchaseType.isEmpty() ? tr("type not stated") : s.purchaseType,
                     locale.toString(s.licenseUsedCount), locale.toString(s.licenseCount));
        if (s.updateTime.isValid())
            line +=
                tr(" (as of %1)")
                    .arg(DisplayFormat::dateTime(s.updateTime.utc.toTimeZone(m_context.siteZone)));
        lines.append(line + u'.');
    }
    m_ui->licenseLabel->setText(lines.join(u'\n'));
}

QString OverviewPage::updatedText() const
{
    return m_ui->updatedLabel->text();
}

QString OverviewPage::staleText() const
{
    return m_loader->isStale() ? m_ui->messageArea->text() : QString();
}

bool OverviewPage::isShowingStale() const
{
    return m_loader->isStale() && m_ui->messageArea->hasMessage();
}

MessageArea* OverviewPage::messageArea() const
{
    return m_ui->messageArea;
}

QSplitter* OverviewPage::splitter() const
{
    return m_ui->splitter;
}

QString OverviewPage::licenseText() const
{
    return m_ui->licenseLabel->text();
}

} // namespace fotadesk
