// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/StatusGroup.h"

#include <QDate>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace fotadesk {

/// Search and filters over a CampaignModel for the overview:
/// - text: every word must appear (case-insensitive) in the name, id, raw or
///   labelled status, firmware, make/model or protocol;
/// - status groups: a set of StatusGroup (empty: all);
/// - date range: campaigns whose [start, end] overlaps [from, to] (an invalid
///   bound is open).
/// Sorts by CampaignModel::RawValueRole (dates as dates, status by group).
class CampaignFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignFilterModel)

public:
    explicit CampaignFilterModel(QObject* parent = nullptr);
    ~CampaignFilterModel() override;

    void setSearchText(const QString& text);
    void setStatusGroups(const QList<StatusGroup>& groups);
    [[nodiscard]] QList<StatusGroup> statusGroups() const { return m_groups; }
    void setDateRange(QDate from, QDate to);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    QList<StatusGroup> m_groups;
    QDate m_from;
    QDate m_to;
};

} // namespace fotadesk
