// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace fotadesk {

/// Search over a FirmwareModel: every word of the search text must appear
/// (case-insensitive) in the name, make, model, versions or release note; an
/// optional protocol ("LWM2M", "OMD-DM") narrows further. Sorts by the raw
/// value role (dates as dates).
class FirmwareFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirmwareFilterModel)

public:
    explicit FirmwareFilterModel(QObject* parent = nullptr);
    ~FirmwareFilterModel() override;

    void setSearchText(const QString& text);
    [[nodiscard]] QString searchText() const { return m_words.join(QLatin1Char(' ')); }
    /// Empty: every protocol.
    void setProtocol(const QString& protocol);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    QString m_protocol;
};

} // namespace fotadesk
