// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/CampaignModel.h"

#include "core/DisplayFormat.h"
#include "core/DisplayText.h"
#include "core/TimeWindowList.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace fotadesk {

namespace {

/// `part` of `whole` in percent, rounded down to a tenth: 100 % only when all are.
QString percentText(qint64 part, qint64 whole)
{
    if (part >= whole)
        return CampaignModel::tr("%1%").arg(QLocale().toString(100));
    const double tenths = std::floor(1000.0 * double(part) / double(whole));
    const int decimals = std::fmod(tenths, 10.0) == 0.0 ? 0 : 1; // "0%", "37.5%"
    return CampaignModel::tr("%1%").arg(QLocale().toString(tenths / 10.0, 'f', decimals));
}

} // namespace

CampaignModel::CampaignModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

CampaignModel::~CampaignModel() = default;

int CampaignModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const wire::Campaign& c = row.campaign;
    if (index.column() >= DevicesColumn && index.column() <= SuccessColumn &&
        role != StatusGroupRole && role != StatusRole && role != CampaignIdRole &&
        role != CampaignRole)
        return summaryData(c.id, index.column(), role);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        // Text from the server with its control characters and bidi overrides shown escaped.
        case NameColumn:
            return DisplayText::escapeControls(c.campaignName.isEmpty() ? c.id : c.campaignName);
        case IdColumn:
            return DisplayText::escapeControls(c.id);
        case StatusColumn:
            return StatusClassifier::campaignStatusLabel(c.status);
        case FirmwareColumn: {
            // The versions are what a reader compares; the package's name (often the versions
            // again, with make and model) is in the tooltip, so the column fits at 1920 px.
            const QString versions = c.firmwareFrom.isEmpty() && c.firmwareTo.isEmpty()
                                         ? QString()
                                         : tr("%1 → %2").arg(c.firmwareFrom, c.firmwareTo);
            return DisplayText::escapeControls(versions.isEmpty() ? c.firmwareName : versions);
        }
        case MakeModelColumn:
            return DisplayText::escapeControls(
                QStringList{c.make, c.model}.join(QLatin1Char(' ')).trimmed());
        case StartColumn:
            return DisplayFormat::date(c.startDate);
        case EndColumn:
            return DisplayFormat::date(c.endDate);
        case WindowsColumn:
            return TimeWindowList::toDisplayString(c.timeWindows);
        case ProtocolColumn:
            return c.protocol;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return StatusGroupStyle::color(row.group);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return tr("%1 (%2)").arg(c.status, StatusClassifier::groupLabel(row.group));
        if (index.column() == FirmwareColumn && !c.firmwareName.isEmpty()) {
            const QString versions = c.firmwareFrom.isEmpty() && c.firmwareTo.isEmpty()
                                         ? QString()
                                         : tr("%1 → %2").arg(c.firmwareFrom, c.firmwareTo);
            return DisplayText::escapeControls(
                versions.isEmpty() ? c.firmwareName : tr("%1 (%2)").arg(c.firmwareName, versions));
        }
        return {};
    case RawValueRole:
        switch (index.column()) {
        case StatusColumn:
            return int(row.group);
        case StartColumn:
            return c.startDate;
        case EndColumn:
            return c.endDate;
        case WindowsColumn:
            return int(c.timeWindows.size());
        default:
            return data(index, Qt::DisplayRole);
        }
    case StatusGroupRole:
        return int(row.group);
    case StatusRole:
        return c.status;
    case CampaignIdRole:
        return c.id;
    case CampaignRole:
        return QVariant::fromValue(c);
    default:
        return {};
    }
}

QVariant CampaignModel::summaryData(const QString& id, int column, int role) const
{
    const auto it = m_summaries.constFind(id);
    const bool known = it != m_summaries.cend();
    const bool counted = known && it->countsKnown;
    const bool rated = counted && it->finished > 0;
    switch (role) {
    case Qt::DisplayRole:
        if (column == DevicesColumn && known)
            return QLocale().toString(it->devices);
        if (column == ProgressColumn && counted)
            return it->devices > 0 ? percentText(it->finished, it->devices) : tr("—");
        if (column == SuccessColumn && rated)
            return percentText(it->succeeded, it->finished);
        return tr("—");
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (!known)
            return tr("Not known yet: the campaign's device report is being read.");
        if (!counted && column != DevicesColumn)
            return tr("The device report is too long to count here; open the campaign to "
                      "see its devices.");
        if (column == ProgressColumn)
            return tr("%1 of %Ln device(s) in a final state", nullptr, int(it->devices))
                .arg(QLocale().toString(it->finished));
        if (column == SuccessColumn)
            return rated ? tr("%1 of %Ln finished device(s) succeeded", nullptr, int(it->finished))
                               .arg(QLocale().toString(it->succeeded))
                         : tr("No device has finished yet.");
        return {};
    case RawValueRole:
        // Invalid while unknown: sorts after every number (QSortFilterProxyModel).
        if (column == DevicesColumn && known)
            return it->devices;
        if (column == ProgressColumn && counted && it->devices > 0)
            return double(it->finished) / double(it->devices);
        if (column == SuccessColumn && rated)
            return double(it->succeeded) / double(it->finished);
        return {};
    default:
        return {};
    }
}

void CampaignModel::setDeviceSummary(const QString& id, const DeviceSummary& summary)
{
    const auto it = m_summaries.constFind(id);
    if (it != m_summaries.cend() && *it == summary)
        return;
    m_summaries.insert(id, summary);
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, DevicesColumn), index(row, SuccessColumn));
}

std::optional<CampaignModel::DeviceSummary> CampaignModel::deviceSummary(const QString& id) const
{
    const auto it = m_summaries.constFind(id);
    if (it == m_summaries.cend())
        return std::nullopt;
    return *it;
}

QVariant CampaignModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case DevicesColumn:
            return tr("Devices in the campaign, from its device report.");
        case ProgressColumn:
            return tr("Done: devices in a final state (succeeded, failed or cancelled) of "
                      "all the campaign's devices.");
        case SuccessColumn:
            return tr("Success rate: devices that succeeded of the devices in a final state "
                      "(succeeded, failed or cancelled). \"—\" while none is final.");
        default:
            return {};
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DevicesColumn:
        return tr("Devices");
    case ProgressColumn:
        return tr("Done"); // short: at 1920 px every column fits beside the chart
    case SuccessColumn:
        return tr("Success");
    case NameColumn:
        return tr("Campaign");
    case IdColumn:
        return tr("Id");
    case StatusColumn:
        return tr("Status");
    case FirmwareColumn:
        return tr("Firmware");
    case MakeModelColumn:
        return tr("Make / model");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case WindowsColumn:
        return tr("Time windows");
    case ProtocolColumn:
        return tr("Protocol");
    default:
        return {};
    }
}

void CampaignModel::appendPage(const QList<wire::Campaign>& campaigns)
{
    QList<Row> fresh;
    QHash<QString, int> freshIds;
    int lo = -1;
    int hi = -1;
    for (const wire::Campaign& c : campaigns) {
        Row row{c, StatusClassifier::campaignStatusGroup(c.status)};
        if (const auto it = m_byId.constFind(c.id); it != m_byId.cend()) {
            m_rows[it.value()] = std::move(row);
            lo = lo < 0 ? it.value() : std::min(lo, it.value());
            hi = std::max(hi, it.value());
        } else if (const auto f = freshIds.constFind(c.id); f != freshIds.cend()) {
            fresh[f.value()] = std::move(row); // twice in one page: keep the later
        } else {
            freshIds.insert(c.id, int(fresh.size()));
            fresh.append(std::move(row));
        }
    }
    if (hi >= 0)
        Q_EMIT dataChanged(index(lo, 0), index(hi, ColumnCount - 1));
    if (!fresh.isEmpty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (Row& row : fresh) {
            m_byId.insert(row.campaign.id, int(m_rows.size()));
            m_rows.append(std::move(row));
        }
        endInsertRows();
    }
    recount();
}

void CampaignModel::upsert(const wire::Campaign& campaign)
{
    appendPage({campaign});
}

int CampaignModel::retainOnly(const QSet<QString>& ids)
{
    int removed = 0;
    for (int r = rowCount() - 1; r >= 0; --r) {
        if (ids.contains(m_rows.at(r).campaign.id))
            continue;
        beginRemoveRows({}, r, r);
        m_summaries.remove(m_rows.at(r).campaign.id);
        m_rows.removeAt(r);
        endRemoveRows();
        ++removed;
    }
    if (removed > 0) {
        m_byId.clear();
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            m_byId.insert(m_rows.at(i).campaign.id, int(i));
        recount();
    }
    return removed;
}

void CampaignModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_byId.clear();
    m_summaries.clear();
    endResetModel();
    recount();
}

void CampaignModel::recount()
{
    GroupCounts counts{};
    for (const Row& row : std::as_const(m_rows))
        ++counts[std::size_t(StatusGroupStyle::slot(row.group))];
    if (counts == m_counts)
        return;
    m_counts = counts;
    Q_EMIT countsChanged();
}

} // namespace fotadesk
