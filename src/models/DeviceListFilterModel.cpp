// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/DeviceListFilterModel.h"

#include "models/ImeiDigits.h"

#include <algorithm>

namespace fotadesk {

namespace {

using RowState = DeviceListModel::RowState;
using Kind = DeviceListModel::Kind;

bool isSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('/');
}

/// The filter's digits when the text is only digits and separators; empty otherwise.
QByteArray digitsOf(const QString& text)
{
    QByteArray digits;
    for (QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(char(c.unicode()));
        else if (!isSeparator(c))
            return {};
    }
    return digits;
}

} // namespace

/// The row predicate for one filter text and state mask, with every per-text
/// decision taken once: per state byte (256 entries), per interned reason and
/// per rejected line. Only the IMEI digit search runs per row.
struct DeviceListFilterModel::Matcher
{
    const DeviceListModel& model;
    std::array<bool, 256> stateOk{};
    std::array<bool, 256> labelMatch{};      ///< the state label of that state byte matches
    std::array<bool, 256> reasonTextMatch{}; ///< its row-independent reason matches
    std::vector<bool> reasonMatch;
    std::vector<bool> rejectedMatch;
    QByteArray digits;
    QString text;
    const std::vector<QStringList>* extras = nullptr; ///< the file's other cells (none: null)
    bool anyText = false;

    Matcher(const DeviceListModel& m, const QString& filterText, std::uint32_t stateMask)
        : model(m)
        , text(filterText)
    {
        anyText = !text.isEmpty();
        if (anyText && !m.table().extraCells().empty())
            extras = &m.table().extraCells();
        digits = digitsOf(text);
        for (int s = 0; s < 256; ++s) {
            const auto byte = static_cast<std::uint8_t>(s);
            const RowState state = DeviceListModel::rowStateOf(byte);
            stateOk[std::size_t(s)] =
                stateMask == 0 || (stateMask & (1U << static_cast<unsigned>(state))) != 0;
            if (anyText) {
                labelMatch[std::size_t(s)] =
                    DeviceListModel::rowStateLabel(state).contains(text, Qt::CaseInsensitive);
                reasonTextMatch[std::size_t(s)] =
                    DeviceListModel::stateReasonText(byte).contains(text, Qt::CaseInsensitive);
            }
        }
        if (!anyText)
            return;
        const QStringList& reasons = m.reasonTable();
        reasonMatch.resize(std::size_t(reasons.size()));
        for (qsizetype i = 1; i < reasons.size(); ++i)
            reasonMatch[std::size_t(i)] = reasons.at(i).contains(text, Qt::CaseInsensitive);
        const std::vector<RejectedDevice>& rejected = m.rejectedTable();
        rejectedMatch.resize(rejected.size());
        for (std::size_t i = 0; i < rejected.size(); ++i) {
            rejectedMatch[i] = rejected[i].text.contains(text, Qt::CaseInsensitive) ||
                               rejected[i].message.contains(text, Qt::CaseInsensitive);
        }
    }

    bool operator()(int row) const
    {
        const std::uint8_t s = model.stateByteAt(row);
        if (!stateOk[s])
            return false;
        if (!anyText || labelMatch[s])
            return true;
        // The reason column: the operation's reason, the rejection, or the state's note.
        const std::uint16_t reasonId = model.reasonIdAt(row);
        if ((s & (DeviceListModel::OpSucceededBit | DeviceListModel::OpFailedBit)) && reasonId) {
            if (reasonMatch[reasonId])
                return true;
        } else if (reasonTextMatch[s]) {
            return true;
        }
        if ((s & DeviceListModel::KindMask) == std::uint8_t(Kind::Rejected)) {
            if (rejectedMatch[model.valueAt(row)])
                return true;
        } else if (!digits.isEmpty() && containsDigits(model.valueAt(row))) {
            return true;
        }
        return extras && extraMatches(row);
    }

    /// The file's other cells of the row ("Site", "Device name"): only lists
    /// imported with such columns pay for this per-row text search.
    bool extraMatches(int row) const
    {
        const QStringList& cells = (*extras)[std::size_t(row)];
        return std::any_of(cells.begin(), cells.end(), [this](const QString& cell) {
            return cell.contains(text, Qt::CaseInsensitive);
        });
    }

    /// Whether the 15 digits of `value` contain `digits`: a first-digit scan
    /// and an inline compare (no library call for 15 bytes).
    bool containsDigits(std::uint64_t value) const
    {
        const auto len = int(digits.size());
        if (len > ImeiDigits::Length)
            return false;
        char buf[ImeiDigits::Length];
        ImeiDigits::write(value, buf);
        const char* d = digits.constData();
        for (int i = 0; i + len <= ImeiDigits::Length; ++i) {
            if (buf[i] != d[0])
                continue;
            int j = 1;
            while (j < len && buf[i + j] == d[j])
                ++j;
            if (j == len)
                return true;
        }
        return false;
    }
};

DeviceListFilterModel::DeviceListFilterModel(QObject* parent)
    : QAbstractProxyModel(parent)
{}

DeviceListFilterModel::~DeviceListFilterModel() = default;

void DeviceListFilterModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    auto* model = qobject_cast<DeviceListModel*>(sourceModel);
    Q_ASSERT_X(model || !sourceModel, "DeviceListFilterModel::setSourceModel",
               "the source must be a DeviceListModel");
    beginResetModel();
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_model = model;
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        m_connections = {
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                    [this] { beginResetModel(); }),
            connect(model, &QAbstractItemModel::modelReset, this,
                    [this] {
                        rebuild(false);
                        endResetModel();
                    }),
            connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                    &DeviceListFilterModel::onRowsAboutToBeInserted),
            connect(model, &QAbstractItemModel::rowsInserted, this,
                    &DeviceListFilterModel::onRowsInserted),
            connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    &DeviceListFilterModel::onRowsAboutToBeRemoved),
            connect(model, &QAbstractItemModel::rowsRemoved, this,
                    &DeviceListFilterModel::onRowsRemoved),
            connect(model, &QAbstractItemModel::dataChanged, this,
                    &DeviceListFilterModel::onDataChanged),
            connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                    [this] { beginResetModel(); }),
            connect(model, &QAbstractItemModel::layoutChanged, this,
                    [this] {
                        rebuild(false);
                        endResetModel();
                    }),
        };
    }
    rebuild(false);
    endResetModel();
}

// --- filter and sort ------------------------------------------------------------------

void DeviceListFilterModel::setFilterText(const QString& text)
{
    if (text == m_text)
        return;
    // A longer text in the same mode can only match a subset of the rows.
    const bool sameMode = digitsOf(text).isEmpty() == digitsOf(m_text).isEmpty();
    const bool narrow = !m_text.isEmpty() && sameMode && text.contains(m_text, Qt::CaseInsensitive);
    m_text = text;
    resetWith(narrow);
}

void DeviceListFilterModel::setStateFilter(const QList<DeviceListModel::RowState>& states)
{
    std::uint32_t mask = 0;
    for (RowState s : states)
        mask |= 1U << static_cast<unsigned>(s);
    if (mask == m_stateMask)
        return;
    const bool narrow = m_stateMask != 0 && mask != 0 && (mask & ~m_stateMask) == 0;
    m_stateMask = mask;
    resetWith(narrow);
}

QList<DeviceListModel::RowState> DeviceListFilterModel::stateFilter() const
{
    QList<RowState> states;
    for (int s = 0; s < DeviceListModel::RowStateCount; ++s) {
        if (m_stateMask & (1U << unsigned(s)))
            states.append(RowState(s));
    }
    return states;
}

void DeviceListFilterModel::sort(int column, Qt::SortOrder order)
{
    if (!m_model || column >= m_model->columnCount())
        column = -1;
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    resetWith(false);
}

void DeviceListFilterModel::resetWith(bool narrowOnly)
{
    beginResetModel();
    rebuild(narrowOnly);
    endResetModel();
}

bool DeviceListFilterModel::isIdentity() const
{
    return m_text.isEmpty() && m_stateMask == 0 && m_sortColumn < 0;
}

void DeviceListFilterModel::rebuild(bool narrowOnly)
{
    invalidateInverse();
    if (!m_model) {
        m_rows = {};
        return;
    }
    const Matcher match(*m_model, m_text, m_stateMask);
    const int n = m_model->rowCount();
    if (narrowOnly) {
        // Filtering a sorted list keeps it sorted.
        if (m_sortColumn < 0) {
            std::erase_if(m_rows, [&](int row) { return !match(row); });
            return;
        }
        // Sorted rows jump around the storage: test them in storage order
        // (sequential reads), then drop the failures in proxy order.
        std::vector<std::uint8_t> keep(static_cast<std::size_t>(n), 0);
        for (int row : m_rows)
            keep[std::size_t(row)] = 1;
        for (int row = 0; row < n; ++row) {
            if (keep[std::size_t(row)] && !match(row))
                keep[std::size_t(row)] = 0;
        }
        std::erase_if(m_rows, [&](int row) { return keep[std::size_t(row)] == 0; });
        return;
    }
    m_rows.clear();
    if (m_sortColumn < 0) {
        m_rows.reserve(std::size_t(n));
        for (int row = 0; row < n; ++row) {
            if (match(row))
                m_rows.push_back(row);
        }
        return;
    }
    std::vector<std::uint8_t> matched(static_cast<std::size_t>(n));
    for (int row = 0; row < n; ++row)
        matched[std::size_t(row)] = match(row) ? 1 : 0;
    orderRows(matched);
}

void DeviceListFilterModel::orderRows(std::vector<std::uint8_t>& matched)
{
    const DeviceListModel& m = *m_model;
    const int n = m.rowCount();
    if (m_sortColumn == DeviceListModel::ImeiColumn) {
        for (std::uint32_t row : m.rowsByImei()) {
            if (matched[row])
                m_rows.push_back(int(row));
        }
    } else if (m_sortColumn == DeviceListModel::StateColumn) {
        // Counting sort: few states, stable.
        std::array<std::vector<int>, DeviceListModel::RowStateCount> buckets;
        for (int row = 0; row < n; ++row) {
            if (matched[std::size_t(row)])
                buckets[std::size_t(m.rowStateAt(row))].push_back(row);
        }
        for (const std::vector<int>& b : buckets)
            m_rows.insert(m_rows.end(), b.begin(), b.end());
    } else if (m_sortColumn >= DeviceListModel::ColumnCount) {
        // One of the file's other columns: by its text.
        const int extra = m_sortColumn - DeviceListModel::ColumnCount;
        for (int row = 0; row < n; ++row) {
            if (matched[std::size_t(row)])
                m_rows.push_back(row);
        }
        const DeviceTable& table = m.table();
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](int a, int b) {
            return QString::localeAwareCompare(table.extraCellAt(a, extra),
                                               table.extraCellAt(b, extra)) < 0;
        });
    } else {
        // Reason or line: one integer key a row, then a stable sort.
        std::vector<std::uint32_t> rank(std::size_t(n), 0);
        if (m_sortColumn == DeviceListModel::ReasonColumn) {
            // Rank the distinct reason texts once.
            QStringList texts;
            for (int s = 0; s < 256; ++s)
                texts.append(DeviceListModel::stateReasonText(std::uint8_t(s)));
            const qsizetype reasonsAt = texts.size();
            texts.append(m.reasonTable());
            const qsizetype rejectedAt = texts.size();
            for (const RejectedDevice& r : m.rejectedTable())
                texts.append(r.message);
            std::vector<std::uint32_t> order(std::size_t(texts.size()));
            for (std::size_t i = 0; i < order.size(); ++i)
                order[i] = std::uint32_t(i);
            std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
                return QString::localeAwareCompare(texts.at(a), texts.at(b)) < 0;
            });
            std::vector<std::uint32_t> textRank(order.size());
            for (std::size_t i = 0; i < order.size(); ++i) {
                const bool same = i > 0 && texts.at(order[i]) == texts.at(order[i - 1]);
                textRank[order[i]] = same ? textRank[order[i - 1]] : std::uint32_t(i);
            }
            for (int row = 0; row < n; ++row) {
                const std::uint8_t s = m.stateByteAt(row);
                std::size_t t = s;
                if ((s & (DeviceListModel::OpSucceededBit | DeviceListModel::OpFailedBit)) &&
                    m.reasonIdAt(row) != 0)
                    t = std::size_t(reasonsAt) + m.reasonIdAt(row);
                else if ((s & DeviceListModel::KindMask) == std::uint8_t(Kind::Rejected))
                    t = std::size_t(rejectedAt) + m.valueAt(row);
                rank[std::size_t(row)] = textRank[t];
            }
        } else {
            for (int row = 0; row < n; ++row)
                rank[std::size_t(row)] = m.table().lineAt(row);
        }
        for (int row = 0; row < n; ++row) {
            if (matched[std::size_t(row)])
                m_rows.push_back(row);
        }
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [&](int a, int b) { return rank[std::size_t(a)] < rank[std::size_t(b)]; });
    }
    if (m_sortOrder == Qt::DescendingOrder)
        std::reverse(m_rows.begin(), m_rows.end());
}

QList<int> DeviceListFilterModel::sourceRows(const QModelIndexList& proxyIndexes) const
{
    QList<int> rows;
    rows.reserve(proxyIndexes.size());
    for (const QModelIndex& idx : proxyIndexes) {
        if (idx.isValid() && idx.model() == this && idx.row() < int(m_rows.size()))
            rows.append(m_rows[std::size_t(idx.row())]);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

QList<int> DeviceListFilterModel::allSourceRows() const
{
    QList<int> rows(m_rows.begin(), m_rows.end());
    std::sort(rows.begin(), rows.end());
    return rows;
}

// --- source changes -----------------------------------------------------------------------

void DeviceListFilterModel::onRowsAboutToBeInserted(const QModelIndex& parent, int first, int)
{
    if (parent.isValid())
        return;
    if (first == m_model->rowCount() && m_sortColumn < 0) {
        m_appending = true; // new rows pass or not; nothing moves
        return;
    }
    m_pendingReset = true;
    beginResetModel();
}

void DeviceListFilterModel::onRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    invalidateInverse();
    if (m_pendingReset) {
        m_pendingReset = false;
        rebuild(false);
        endResetModel();
        return;
    }
    if (!m_appending)
        return;
    m_appending = false;
    const Matcher match(*m_model, m_text, m_stateMask);
    std::vector<int> fresh;
    for (int row = first; row <= last; ++row) {
        if (match(row))
            fresh.push_back(row);
    }
    if (fresh.empty())
        return;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at + int(fresh.size()) - 1);
    m_rows.insert(m_rows.end(), fresh.begin(), fresh.end());
    endInsertRows();
}

void DeviceListFilterModel::onRowsAboutToBeRemoved()
{
    beginResetModel();
}

void DeviceListFilterModel::onRowsRemoved()
{
    rebuild(false);
    endResetModel();
}

void DeviceListFilterModel::onDataChanged(const QModelIndex& topLeft,
                                          const QModelIndex& bottomRight, const QList<int>& roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    if (isIdentity()) {
        Q_EMIT dataChanged(index(topLeft.row(), topLeft.column()),
                           index(bottomRight.row(), bottomRight.column()), roles);
        return;
    }
    // Unsorted: if no row enters or leaves the filter, forward the change.
    if (m_sortColumn < 0) {
        const Matcher match(*m_model, m_text, m_stateMask);
        bool same = true;
        int lo = -1;
        int hi = -1;
        for (int row = topLeft.row(); row <= bottomRight.row() && same; ++row) {
            const int p = mapFromSource(m_model->index(row, 0)).row();
            same = (p >= 0) == match(row);
            if (p >= 0) {
                lo = lo < 0 ? p : std::min(lo, p);
                hi = std::max(hi, p);
            }
        }
        if (same) {
            if (lo >= 0)
                Q_EMIT dataChanged(index(lo, topLeft.column()), index(hi, bottomRight.column()),
                                   roles);
            return;
        }
    }
    resetWith(false);
}

// --- QAbstractProxyModel ----------------------------------------------------------------------

QModelIndex DeviceListFilterModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= int(m_rows.size()) ||
        column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex DeviceListFilterModel::parent(const QModelIndex&) const
{
    return {};
}

int DeviceListFilterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeviceListFilterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool DeviceListFilterModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex DeviceListFilterModel::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

QModelIndex DeviceListFilterModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.row() >= int(m_rows.size()))
        return {};
    return m_model->index(m_rows[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex DeviceListFilterModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model)
        return {};
    const int sourceRow = sourceIndex.row();
    if (isIdentity())
        return sourceRow < int(m_rows.size()) ? createIndex(sourceRow, sourceIndex.column())
                                              : QModelIndex();
    if (!m_inverseValid) {
        m_inverse.assign(std::size_t(m_model->rowCount()), -1);
        for (std::size_t p = 0; p < m_rows.size(); ++p) {
            if (m_rows[p] < int(m_inverse.size()))
                m_inverse[std::size_t(m_rows[p])] = int(p);
        }
        m_inverseValid = true;
    }
    if (sourceRow < 0 || sourceRow >= int(m_inverse.size()) ||
        m_inverse[std::size_t(sourceRow)] < 0)
        return {};
    return createIndex(m_inverse[std::size_t(sourceRow)], sourceIndex.column());
}

} // namespace fotadesk
