// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/lookup/DeviceLookupPage.h"

#include "api/DeviceLookup.h"
#include "api/FotaClient.h"
#include "core/Clock.h"
#include "core/DisplayFormat.h"
#include "core/Imei.h"
#include "core/StatusGroup.h"
#include "gui/common/ApiErrorText.h"
#include "gui/common/PageTitle.h"
#include "gui/lookup/DeviceInventoryLine.h"
#include "gui/overview/OverviewBadgeDelegate.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/ConnectionState.h"
#include "models/CampaignModel.h"
#include "models/StatusGroupStyle.h"
#include "ui_DeviceLookupPage.h"

#include <QHeaderView>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

enum HistoryColumn
{
    CampaignCol,
    StatusCol,
    ReasonCol,
    FirmwareCol,
    StartCol,
    UpdatedCol,
    ColumnCount
};

/// A table item that sorts by a raw value (dates, times) instead of its text.
class SortItem final : public QTableWidgetItem
{
public:
    SortItem(const QString& text, QVariant key)
        : QTableWidgetItem(text)
        , m_key(std::move(key))
    {}
    bool operator<(const QTableWidgetItem& other) const override
    {
        const auto* o = dynamic_cast<const SortItem*>(&other);
        if (!o)
            return QTableWidgetItem::operator<(other);
        return QVariant::compare(m_key, o->m_key) == QPartialOrdering::Less;
    }

private:
    QVariant m_key;
};

} // namespace

DeviceLookupPage::DeviceLookupPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DeviceLookupPage>())
    , m_context(context)
{
    m_ui->setupUi(this);
    stylePageTitle(m_ui->titleLabel);

    QTableWidget* table = m_ui->historyTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Campaign"), tr("Status"), tr("Reason"), tr("Firmware"),
                                      tr("Start"), tr("Report updated")});
    table->setItemDelegateForColumn(StatusCol, new OverviewBadgeDelegate(table));
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(CampaignCol, 200);
    table->setColumnWidth(
        StatusCol, std::max(170, OverviewBadgeDelegate::widestKnownBadge(table->font(), false)));
    table->setColumnWidth(ReasonCol, 220);
    table->setColumnWidth(FirmwareCol, 220);
    table->setColumnWidth(StartCol, 95);
    connect(table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const QString id =
            m_ui->historyTable->item(row, CampaignCol)->data(Qt::UserRole).toString();
        if (!id.isEmpty())
            Q_EMIT openCampaignRequested(id);
    });

    connect(m_ui->imeiEdit, &QLineEdit::textChanged, this, &DeviceLookupPage::validate);
    connect(m_ui->imeiEdit, &QLineEdit::returnPressed, this, &DeviceLookupPage::start);
    connect(m_ui->lookupButton, &QPushButton::clicked, this, &DeviceLookupPage::start);
    connect(m_ui->suggestionButton, &QPushButton::clicked, this, [this] {
        const ImeiParseResult parsed = Imei::parse(m_ui->imeiEdit->text());
        if (!parsed.suggestion.isEmpty()) {
            m_ui->imeiEdit->setText(parsed.suggestion);
            start();
        }
    });
    m_ui->inventoryLine->setTimeZone(m_context.siteZone);
    validate();
    updateSummary();
}

DeviceLookupPage::~DeviceLookupPage() = default;

void DeviceLookupPage::lookUp(const QString& text)
{
    m_ui->imeiEdit->setText(text);
    start();
}

void DeviceLookupPage::validate()
{
    const QString text = m_ui->imeiEdit->text();
    m_ui->suggestionButton->setVisible(false);
    if (text.trimmed().isEmpty()) {
        m_ui->validationLabel->setText(tr("Enter or paste the device's 15-digit IMEI."));
        m_ui->validationLabel->setStyleSheet({});
        m_ui->lookupButton->setEnabled(false);
        return;
    }
    const ImeiParseResult parsed = Imei::parse(text);
    m_ui->lookupButton->setEnabled(parsed.isValid() && m_context.client);
    if (parsed.isValid()) {
        m_ui->validationLabel->setText(
            tr("✓ %1 is a valid IMEI (TAC %2).").arg(parsed.digits, parsed.digits.left(8)));
        m_ui->validationLabel->setStyleSheet(u"QLabel { color: #2e7d32; }"_s);
        return;
    }
    m_ui->validationLabel->setText(parsed.message());
    m_ui->validationLabel->setStyleSheet(u"QLabel { color: #c62828; }"_s);
    if (!parsed.suggestion.isEmpty()) {
        m_ui->suggestionButton->setText(tr("Use %1").arg(parsed.suggestion));
        m_ui->suggestionButton->setVisible(true);
    }
}

void DeviceLookupPage::start()
{
    const ImeiParseResult parsed = Imei::parse(m_ui->imeiEdit->text());
    if (!parsed.isValid() || !m_context.client) {
        validate();
        return;
    }
    const int generation = ++m_generation; // answers of an older lookup are ignored
    m_imei = parsed.imei().toString();
    m_history.clear();
    m_historyError.reset();
    m_licenseError.reset();
    m_license = License::Unknown;
    m_licensedAt = {};
    m_inventoryError.reset();
    m_pending = 3;
    m_ui->lookupButton->setEnabled(false);
    m_ui->historyTable->setRowCount(0);
    m_ui->summaryLabel->setText(tr("Looking up %1…").arg(m_imei));
    lookUpInventory(generation);

    auto* history = m_context.client->deviceHistory(m_imei);
    connect(history, &ApiJob::finished, this, [this, history, generation] {
        if (generation != m_generation)
            return;
        if (history->succeeded())
            m_history = history->result();
        else
            m_historyError = history->error();
        partDone();
    });

    // The license report is ordered by IMEI and lists only IMEIs greater than the cursor:
    // with the cursor one below this IMEI, its first entry is this IMEI exactly when licensed.
    const std::uint64_t value = parsed.imei().value();
    const QString cursor = u"%1"_s.arg(value - 1, 15, 10, QLatin1Char('0'));
    auto* license = m_context.client->licensePage(cursor);
    const QString imei = m_imei;
    connect(license, &ApiJob::finished, this, [this, license, generation, imei] {
        if (generation != m_generation)
            return;
        if (license->succeeded()) {
            const auto& page = license->result();
            if (!page.deviceList.isEmpty() && page.deviceList.front().deviceId == imei) {
                m_license = License::Licensed;
                m_licensedAt = page.deviceList.front().assignmentTime;
            } else {
                m_license = License::NotLicensed;
            }
        } else {
            m_licenseError = license->error();
        }
        partDone();
    });
}

void DeviceLookupPage::lookUpInventory(int generation)
{
    m_ui->inventoryLine->showLoading(m_imei);
    auto* job = m_context.client->lookupDevices({m_imei});
    const QString imei = m_imei;
    connect(job, &ApiJob::finished, this, [this, job, generation, imei] {
        if (generation != m_generation)
            return;
        if (!job->succeeded()) {
            m_inventoryError = job->error();
            m_ui->inventoryLine->showError(imei, job->error());
            partDone();
            return;
        }
        // An entry with just an id and a reason is no inventory line: the account lacks it.
        const wire::InventoryDevice* found = nullptr;
        for (const wire::InventoryDevice& d : job->result().deviceList) {
            if (d.deviceId == imei && DeviceLookup::hasFacts(d))
                found = &d;
        }
        if (found)
            m_ui->inventoryLine->showDevice(*found, m_context.clock ? m_context.clock->nowUtc()
                                                                    : QDateTime());
        else
            m_ui->inventoryLine->showAbsent(imei, m_context.environment.accountName);
        partDone();
    });
}

void DeviceLookupPage::partDone()
{
    if (--m_pending > 0)
        return;
    const bool ok = !m_historyError && !m_licenseError && !m_inventoryError;
    if (m_context.connection) {
        if (m_historyError)
            m_context.connection->noteError(*m_historyError);
        else
            m_context.connection->noteAnswer();
    }
    m_ui->lookupButton->setEnabled(true);
    fillTable();
    updateSummary();
    Q_EMIT lookupFinished(ok);
}

void DeviceLookupPage::fillTable()
{
    QTableWidget* table = m_ui->historyTable;
    table->setSortingEnabled(false);
    table->setRowCount(int(m_history.size()));
    for (int row = 0; row < m_history.size(); ++row) {
        const wire::DeviceHistoryEntry& e = m_history.at(row);
        // The campaign's name; until it is known, a short id that says so.
        const QString known = knownCampaignName(e.campaignId);
        auto* campaign = new QTableWidgetItem(
            known.isEmpty() ? tr("Campaign %1…").arg(e.campaignId.left(8)) : known);
        campaign->setData(Qt::UserRole, e.campaignId);
        campaign->setToolTip(tr("Double-click to open campaign %1").arg(e.campaignId));
        table->setItem(row, CampaignCol, campaign);

        const StatusGroup group = StatusClassifier::deviceStatusGroup(e.status, e.reason);
        auto* status = new SortItem(StatusClassifier::deviceStatusLabel(e.status), int(group));
        status->setData(Qt::DecorationRole, StatusGroupStyle::color(group));
        status->setToolTip(tr("%1 (%2)").arg(e.status, StatusClassifier::groupLabel(group)));
        table->setItem(row, StatusCol, status);
        table->setItem(row, ReasonCol, new QTableWidgetItem(e.reason));
        const QString firmware =
            e.firmwareFrom.isEmpty() && e.firmwareTo.isEmpty()
                ? e.firmwareName
                : tr("%1 (%2 → %3)").arg(e.firmwareName, e.firmwareFrom, e.firmwareTo);
        table->setItem(row, FirmwareCol, new QTableWidgetItem(firmware));
        table->setItem(row, StartCol, new SortItem(DisplayFormat::date(e.startDate), e.startDate));
        QString updated = e.reportUpdatedTime.raw;
        if (e.reportUpdatedTime.isValid()) {
            updated = DisplayFormat::withUtc(e.reportUpdatedTime.utc, m_context.siteZone);
        }
        table->setItem(row, UpdatedCol,
                       new SortItem(updated, e.reportUpdatedTime.isValid()
                                                 ? QVariant(e.reportUpdatedTime.utc)
                                                 : QVariant(e.reportUpdatedTime.raw)));
    }
    table->setSortingEnabled(true);
    table->sortByColumn(StartCol, Qt::DescendingOrder);
    fetchCampaignNames();
}

QString DeviceLookupPage::knownCampaignName(const QString& campaignId) const
{
    if (const auto it = m_campaignNames.constFind(campaignId); it != m_campaignNames.cend())
        return *it;
    if (m_context.campaigns) {
        // Named as the overview names it when the campaign is listed there.
        const int row = m_context.campaigns->rowOf(campaignId);
        if (row >= 0)
            return m_context.campaigns->campaignAt(row).campaignName;
    }
    return {};
}

void DeviceLookupPage::fetchCampaignNames()
{
    if (!m_context.client)
        return;
    // A device's history names few campaigns; a bound keeps a long one from flooding.
    constexpr int kMaxAsked = 25;
    QStringList ask;
    for (const wire::DeviceHistoryEntry& e : std::as_const(m_history)) {
        if (ask.size() < kMaxAsked && !ask.contains(e.campaignId) &&
            knownCampaignName(e.campaignId).isEmpty())
            ask << e.campaignId;
    }
    for (const QString& id : std::as_const(ask)) {
        auto* job = m_context.client->campaign(id);
        connect(job, &ApiJob::finished, this, [this, job, id] {
            if (!job->succeeded())
                return; // the short id stays, the tooltip gives the whole one
            const QString name = job->result().campaignName;
            // A campaign without a name is named by its id, whole.
            m_campaignNames.insert(id, name.isEmpty() ? id : name);
            showCampaignName(id, m_campaignNames.value(id));
        });
    }
}

void DeviceLookupPage::showCampaignName(const QString& campaignId, const QString& name)
{
    QTableWidget* table = m_ui->historyTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        QTableWidgetItem* item = table->item(row, CampaignCol);
        if (item && item->data(Qt::UserRole).toString() == campaignId)
            item->setText(name);
    }
}

void DeviceLookupPage::updateSummary()
{
    if (m_imei.isEmpty()) {
        m_ui->summaryLabel->setText(
            tr("The device's line in the account's inventory, its upgrade history across "
               "campaigns and its FOTA license state will be shown here."));
        return;
    }
    QStringList parts;
    if (m_historyError) {
        parts.append(ApiErrorText::html(
            tr("The upgrade history of %1 could not be read.").arg(m_imei), *m_historyError));
    } else if (m_history.isEmpty()) {
        parts.append(tr("<b>%1</b> is in no campaign of account %2.")
                         .arg(m_imei, m_context.environment.accountName.toHtmlEscaped()));
    } else {
        parts.append(tr("<b>%1</b> has been in %Ln campaign(s).", nullptr, int(m_history.size()))
                         .arg(m_imei));
    }
    switch (m_license) {
    case License::Licensed:
        parts.append(
            m_licensedAt.isValid()
                ? tr("FOTA license: <b>assigned</b> since %1.")
                      .arg(DisplayFormat::dateTime(m_licensedAt.utc.toTimeZone(m_context.siteZone)))
                : tr("FOTA license: <b>assigned</b>."));
        break;
    case License::NotLicensed:
        parts.append(tr("FOTA license: <b>none</b> — the device cannot join a campaign until a "
                        "license is assigned (or the campaign auto-assigns licenses)."));
        break;
    case License::Unknown:
        if (m_licenseError)
            parts.append(
                ApiErrorText::html(tr("The license state could not be read."), *m_licenseError));
        break;
    }
    m_ui->summaryLabel->setText(parts.join(u"<br>"_s));
}

QString DeviceLookupPage::validationText() const
{
    return m_ui->validationLabel->text();
}

QString DeviceLookupPage::summaryText() const
{
    return m_ui->summaryLabel->text();
}

QString DeviceLookupPage::inventoryText() const
{
    return m_ui->inventoryLine->text();
}

} // namespace fotadesk
