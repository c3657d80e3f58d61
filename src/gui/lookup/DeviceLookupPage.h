// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/wire/WireTypes.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class DeviceLookupPage;
}

namespace fotadesk {

struct AppContext;
class ApiJob;

/// Enter or paste an IMEI: it is checked as it is typed (core Imei: a precise
/// message — missing check digit with the fix offered, IMEISV, Excel's
/// scientific notation, ...), then Look up shows the device's line in the account's
/// inventory (POST /devices/{acc}: DeviceInventoryLine, or "not in this account"), its
/// upgrade history across campaigns (GET /reports/{acc}/devices/{id}) and its FOTA license
/// state. The license state comes from the IMEI-ordered license report: one
/// page read with the cursor just below the IMEI answers whether the IMEI is
/// listed (and since when).
class DeviceLookupPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceLookupPage)

public:
    enum class License
    {
        Unknown, ///< not asked yet, or the call failed
        Licensed,
        NotLicensed
    };

    explicit DeviceLookupPage(AppContext& context, QWidget* parent = nullptr);
    ~DeviceLookupPage() override;

    /// Puts `text` in the field and looks it up (when valid).
    void lookUp(const QString& text);
    [[nodiscard]] bool isBusy() const { return m_pending > 0; }
    [[nodiscard]] QString validationText() const;
    [[nodiscard]] QString summaryText() const;
    /// The inventory line as shown (rich text).
    [[nodiscard]] QString inventoryText() const;
    [[nodiscard]] const QList<wire::DeviceHistoryEntry>& history() const { return m_history; }
    [[nodiscard]] License license() const { return m_license; }

Q_SIGNALS:
    void lookupFinished(bool ok);
    void openCampaignRequested(const QString& campaignId);

private:
    void validate();
    void start();
    void lookUpInventory(int generation);
    void partDone();
    void fillTable();
    void updateSummary();
    /// The campaign's name when known (this page asked, or the overview has it), else "".
    [[nodiscard]] QString knownCampaignName(const QString& campaignId) const;
    /// Asks the server for the names of the listed campaigns nobody knows yet.
    void fetchCampaignNames();
    void showCampaignName(const QString& campaignId, const QString& name);

    std::unique_ptr<Ui::DeviceLookupPage> m_ui;
    AppContext& m_context;
    QString m_imei; ///< the one being (or last) looked up
    QList<wire::DeviceHistoryEntry> m_history;
    std::optional<ApiError> m_historyError;
    std::optional<ApiError> m_licenseError;
    std::optional<ApiError> m_inventoryError;
    License m_license = License::Unknown;
    Timestamp m_licensedAt;
    int m_pending = 0;
    int m_generation = 0;
    QHash<QString, QString> m_campaignNames; ///< id -> name, as GET /campaigns answered
};

} // namespace fotadesk
