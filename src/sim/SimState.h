// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sim/SimTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace fotadesk::sim {

/// Everything the simulated service knows: accounts, device models, firmware
/// packages, the fleet with its licenses, and the campaigns with their devices.
/// It holds data and keeps its indexes consistent; the rules of the API live in
/// the endpoint classes and CampaignLifecycle. Not thread-safe: one SimServer
/// (one thread) owns it.
class SimState final
{
public:
    SimState();
    ~SimState();
    SimState(SimState&&) noexcept;
    SimState& operator=(SimState&&) noexcept;
    SimState(const SimState&) = delete;
    SimState& operator=(const SimState&) = delete;

    quint64 seed = 1;

    // --- accounts ---
    int addAccount(const SimAccount& account);
    [[nodiscard]] int accountIndex(const QString& name) const;
    [[nodiscard]] const std::vector<SimAccount>& accounts() const { return m_accounts; }
    SimAccount& account(int index) { return m_accounts[static_cast<size_t>(index)]; }

    // --- models and firmware ---
    int addModel(const DeviceModel& model);
    [[nodiscard]] const std::vector<DeviceModel>& models() const { return m_models; }
    [[nodiscard]] int modelIndex(const QString& make, const QString& model) const;
    void addFirmware(const FirmwareRecord& firmware);
    [[nodiscard]] const std::vector<FirmwareRecord>& firmware() const { return m_firmware; }
    [[nodiscard]] const FirmwareRecord* findFirmware(const QString& name) const;

    // --- fleet ---
    /// Adds a device; false when the IMEI is already in the fleet.
    bool addDevice(const SimDevice& device);
    [[nodiscard]] SimDevice* device(Imei imei);
    [[nodiscard]] const SimDevice* device(Imei imei) const;
    [[nodiscard]] const std::vector<SimDevice>& devices() const { return m_devices; }
    /// The firmware a device runs now (after the upgrades of its campaigns).
    [[nodiscard]] QString currentFirmware(const SimDevice& device, qint64 nowMs) const;
    /// The firmware the inventory shows: what the device last reported (see SimDevice).
    [[nodiscard]] static QString reportedFirmware(const SimDevice& device);
    /// The device reports its firmware now (a sync or an async request): returns it.
    QString reportFirmware(SimDevice& device, qint64 nowMs);
    /// The device's protocol as the inventory spells it (LWM2M, OMADM, HTTP, NONE).
    [[nodiscard]] QString inventoryProtocol(const SimDevice& device) const;
    /// A fresh IMEI for synthesized devices (TAC 86427699, 86427698, ...).
    Imei nextSyntheticImei();

    // --- licenses ---
    void setLicensed(SimDevice& device, qint64 atMs);
    void clearLicense(SimDevice& device);
    /// Licensed IMEIs of an account, sorted (cached until the next change).
    [[nodiscard]] const std::vector<quint64>& licensedSorted(int account) const;
    [[nodiscard]] qint64 licensedCount(int account) const;

    // --- campaigns ---
    [[nodiscard]] SimCampaign* campaign(const QString& id);
    [[nodiscard]] const std::vector<std::unique_ptr<SimCampaign>>& campaigns() const
    {
        return m_campaigns;
    }
    /// Takes the campaign, gives it an id and seed (unless set), sorts and indexes its devices.
    SimCampaign& addCampaign(SimCampaign campaign);
    /// Adds devices (IMEIs not yet in the campaign) keeping the IMEI order.
    void addCampaignDevices(SimCampaign& campaign, std::vector<CampaignDevice> devices);
    /// Removes the given IMEIs; returns how many were removed.
    int removeCampaignDevices(SimCampaign& campaign, const std::vector<quint64>& imeis);
    [[nodiscard]] static const CampaignDevice* findCampaignDevice(const SimCampaign& campaign,
                                                                  Imei imei);

    /// Bumped by every change: caches compare it.
    [[nodiscard]] quint64 revision() const { return m_revision; }
    void touch() { ++m_revision; }

    // --- persistence ---
    [[nodiscard]] QJsonObject toJson() const;
    /// Rebuilds a state from toJson(); nullopt and *error on a malformed document.
    static std::optional<SimState> fromJson(const QJsonObject& json, QString* error);

private:
    int campaignIndexOf(const SimCampaign& campaign) const;

    std::vector<SimAccount> m_accounts;
    std::vector<DeviceModel> m_models;
    std::vector<FirmwareRecord> m_firmware;
    std::vector<SimDevice> m_devices;
    QHash<quint64, int> m_deviceIndex;
    std::vector<std::unique_ptr<SimCampaign>> m_campaigns;
    QHash<QString, int> m_campaignIndex;
    quint64 m_nextCampaignNumber = 1;
    quint64 m_nextSynthetic = 0;
    quint64 m_revision = 0;
    mutable std::vector<std::vector<quint64>> m_licensedCache;
    mutable std::vector<bool> m_licensedDirty;
    std::vector<qint64> m_licensedCounts; ///< per account
};

} // namespace fotadesk::sim
