// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/activitylog/AuditLogModel.h"

#include "core/DisplayFormat.h"

#include <QBrush>
#include <QColor>
#include <QHash>

namespace fotadesk {

namespace {

QString resultText(const AuditEntry& e)
{
    if (e.errorKind.isEmpty())
        return e.result;
    QString text = e.errorCode.isEmpty() ? e.errorMessage
                                         : e.errorCode + QStringLiteral(": ") + e.errorMessage;
    if (e.httpStatus)
        text = QStringLiteral("HTTP %1 ").arg(e.httpStatus) + text;
    if (!e.result.isEmpty())
        text = e.result + QStringLiteral(" — ") + text;
    return text;
}

} // namespace

AuditLogModel::AuditLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

AuditLogModel::~AuditLogModel() = default;

void AuditLogModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::outcomeLabel(AuditEntry::Outcome outcome)
{
    switch (outcome) {
    case AuditEntry::Outcome::Pending:
        return tr("Pending");
    case AuditEntry::Outcome::Success:
        return tr("Success");
    case AuditEntry::Outcome::Partial:
        return tr("Partly done");
    case AuditEntry::Outcome::Failed:
        return tr("Failed");
    case AuditEntry::Outcome::Unknown:
        return tr("Unknown — may or may not have happened");
    case AuditEntry::Outcome::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString AuditLogModel::operationLabel(const QString& operation)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("create-campaign"), QT_TR_NOOP("Create campaign")},
        {QStringLiteral("add-devices"), QT_TR_NOOP("Add devices")},
        {QStringLiteral("remove-devices"), QT_TR_NOOP("Remove devices")},
        {QStringLiteral("change-dates"), QT_TR_NOOP("Change dates")},
        {QStringLiteral("cancel-campaign"), QT_TR_NOOP("Cancel campaign")},
        {QStringLiteral("assign-licenses"), QT_TR_NOOP("Assign licenses")},
        {QStringLiteral("remove-licenses"), QT_TR_NOOP("Remove licenses")},
        {QStringLiteral("set-callback"), QT_TR_NOOP("Register callback")},
        {QStringLiteral("delete-callback"), QT_TR_NOOP("Delete callback")},
        {QStringLiteral("rollout"), QT_TR_NOOP("Rollout step")},
    };
    const char* label = labels.value(operation, nullptr);
    return label ? tr(label) : operation;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    if (role == EntryIdRole)
        return e.id;
    if (role == RawValueRole) {
        switch (index.column()) {
        case StartedColumn:
            return e.id; // entries are numbered as they start: ties of the same ms keep order
        case DevicesColumn:
            return e.deviceCount;
        case OutcomeColumn:
            return static_cast<int>(e.outcome);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StartedColumn:
            return DisplayFormat::dateTime(e.startedUtc.toLocalTime(),
                                           DisplayFormat::Seconds::Show);
        case OriginColumn:
            return e.origin;
        case AccountColumn:
            return e.profile.isEmpty()
                       ? e.account
                       : e.account + QStringLiteral(" (") + e.profile + QLatin1Char(')');
        case OperationColumn:
            return operationLabel(e.operation);
        case CampaignColumn:
            return e.campaignId;
        case DevicesColumn:
            return e.deviceCount > 0 ? QVariant(e.deviceCount) : QVariant();
        case OutcomeColumn:
            return outcomeLabel(e.outcome);
        case ResultColumn:
            return resultText(e);
        case SummaryColumn:
            return e.summary;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == StartedColumn)
            return tr("Started %1; finished %2")
                .arg(DisplayFormat::withUtc(e.startedUtc, QTimeZone::systemTimeZone(),
                                            DisplayFormat::Seconds::Show),
                     e.finishedUtc.isValid()
                         ? DisplayFormat::withUtc(e.finishedUtc, QTimeZone::systemTimeZone(),
                                                  DisplayFormat::Seconds::Show)
                         : tr("not (yet)"));
        if (index.column() == ResultColumn || index.column() == SummaryColumn)
            return data(index, Qt::DisplayRole);
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn) {
        switch (e.outcome) {
        case AuditEntry::Outcome::Failed:
            return QBrush(QColor(0xb0, 0x20, 0x20));
        case AuditEntry::Outcome::Unknown:
        case AuditEntry::Outcome::Partial:
            return QBrush(QColor(0xa0, 0x60, 0x00));
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == DevicesColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case OriginColumn:
        return tr("Program");
    case AccountColumn:
        return tr("Account");
    case OperationColumn:
        return tr("Operation");
    case CampaignColumn:
        return tr("Campaign");
    case DevicesColumn:
        return tr("Devices");
    case OutcomeColumn:
        return tr("Outcome");
    case ResultColumn:
        return tr("Result / error");
    case SummaryColumn:
        return tr("Request");
    default:
        return {};
    }
}

} // namespace fotadesk
