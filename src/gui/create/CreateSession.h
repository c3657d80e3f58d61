// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/wire/WireTypes.h"
#include "gui/create/CampaignForm.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>
#include <span>

namespace fotadesk {

class DeviceListModel;

/// The one owner of what the New campaign form holds: the steps' fields (a CampaignForm
/// without its devices), the device list (a DeviceListModel the devices step's editor shows),
/// the firmware packages the firmware step loaded, whether the device list's licenses were
/// checked, and the campaign the form created. The wizard creates it and hands it to every step; a
/// step reads another step's choice here, never from that step.
///
/// Each step writes its own fields as the user edits them (updateFields); load() replaces
/// everything (a restored draft, an empty form) and tells every step to show it (loaded()).
/// Every change of what the form holds, whatever made it, is one signal: edited().
class CreateSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateSession)

public:
    explicit CreateSession(QObject* parent = nullptr);
    ~CreateSession() override;

    /// Everything the form holds now: the fields and the device list's valid IMEIs.
    [[nodiscard]] CampaignForm form() const;
    /// The steps' fields without the devices (cheap; form().draft.devices is empty here).
    [[nodiscard]] const CampaignForm& fields() const { return m_fields; }
    /// A step writes its fields into the form; fieldsChanged() when something changed.
    void updateFields(const std::function<void(CampaignForm&)>& write);

    /// The device list (owned here).
    [[nodiscard]] DeviceListModel* devices() const { return m_devices; }

    /// The account's firmware packages as the firmware step last loaded them.
    [[nodiscard]] const QList<wire::FirmwarePackage>& firmwarePackages() const
    {
        return m_packages;
    }
    void setFirmwarePackages(const QList<wire::FirmwarePackage>& packages);

    /// Marks the listed devices' licenses (from the licenses report, by the check step).
    void setLicensedImeis(std::span<const Imei> licensed);
    /// Forgets the license state (the device list changed, or a new form).
    void clearLicenseState();
    [[nodiscard]] bool licenseChecked() const { return m_licenseChecked; }

    /// The campaign this form created (the submit step sets it, the result step shows it);
    /// none until then, and again after load().
    [[nodiscard]] const std::optional<wire::Campaign>& createdCampaign() const { return m_created; }
    void setCreatedCampaign(const wire::Campaign& campaign) { m_created = campaign; }

    /// Replaces the whole form (a restored draft; CampaignForm{} for an empty one): the device
    /// list takes the form's devices, the license state is forgotten, and loaded() asks every
    /// step to show the new form.
    void load(const CampaignForm& form);
    /// Refills the device list after load() (a restored draft's rows with their rejected
    /// lines, source lines and other columns): no edit of the user's.
    void reloadDevices(const std::function<void(DeviceListModel&)>& fill);

Q_SIGNALS:
    void fieldsChanged();
    /// What the form holds changed by the user: a field of any step (typed, clicked, picked in
    /// a list or a calendar, chosen in a popup) or the device list (imported, dropped, pasted,
    /// typed, fixed, removed, merged), keyboard or mouse alike. Not for load() (a restored
    /// draft, an empty form) nor the license check, and not when a value was written again
    /// unchanged (a list that loads by itself). The draft autosave listens to this alone, so
    /// that no input path can be forgotten.
    void edited();
    /// load() replaced the form: steps show fields() (and the devices step the device list).
    void loaded();
    void licenseStateChanged(bool checked);

private:
    /// The device list changed: an edit unless load() or the license marks changed it.
    void onDevicesChanged();

    CampaignForm m_fields;
    DeviceListModel* m_devices;
    QList<wire::FirmwarePackage> m_packages;
    std::optional<wire::Campaign> m_created;
    bool m_licenseChecked = false;
    /// load() or a license update is changing the form: no edited().
    bool m_quiet = false;
};

} // namespace fotadesk
