// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/create/CreateSession.h"

#include "models/DeviceListModel.h"

#include <QScopedValueRollback>

namespace fotadesk {

CreateSession::CreateSession(QObject* parent)
    : QObject(parent)
    , m_devices(new DeviceListModel(this))
{
    // The device list is edited in the devices step's editor (and by the check step's "keep
    // the accepted"): every change of its rows is a change of the form.
    connect(m_devices, &QAbstractItemModel::rowsInserted, this, &CreateSession::onDevicesChanged);
    connect(m_devices, &QAbstractItemModel::rowsRemoved, this, &CreateSession::onDevicesChanged);
    connect(m_devices, &QAbstractItemModel::modelReset, this, &CreateSession::onDevicesChanged);
    connect(m_devices, &QAbstractItemModel::dataChanged, this, &CreateSession::onDevicesChanged);
    connect(m_devices, &QAbstractItemModel::layoutChanged, this, &CreateSession::onDevicesChanged);
}

CreateSession::~CreateSession() = default;

CampaignForm CreateSession::form() const
{
    CampaignForm f = m_fields;
    const auto imeis = m_devices->validImeis();
    f.draft.devices = QList<Imei>(imeis.begin(), imeis.end());
    return f;
}

void CreateSession::updateFields(const std::function<void(CampaignForm&)>& write)
{
    CampaignForm next = m_fields;
    write(next);
    next.draft.devices.clear(); // the device list is the model's
    if (next == m_fields)
        return;
    m_fields = std::move(next);
    Q_EMIT fieldsChanged();
    if (!m_quiet)
        Q_EMIT edited();
}

void CreateSession::onDevicesChanged()
{
    if (!m_quiet)
        Q_EMIT edited();
}

void CreateSession::setFirmwarePackages(const QList<wire::FirmwarePackage>& packages)
{
    m_packages = packages;
}

void CreateSession::setLicensedImeis(std::span<const Imei> licensed)
{
    {
        const QScopedValueRollback quiet(m_quiet, true); // marks, not an edit of the list
        m_devices->setLicensedImeis(licensed);
    }
    m_licenseChecked = true;
    Q_EMIT licenseStateChanged(true);
}

void CreateSession::clearLicenseState()
{
    {
        const QScopedValueRollback quiet(m_quiet, true);
        m_devices->clearLicenseState();
    }
    m_licenseChecked = false;
    Q_EMIT licenseStateChanged(false);
}

void CreateSession::load(const CampaignForm& form)
{
    // Filling the steps writes their fields back (store()): no edit of the user's.
    const QScopedValueRollback quiet(m_quiet, true);
    m_fields = form;
    m_fields.draft.devices.clear();
    m_created.reset();
    m_devices->clear();
    m_devices->appendImeis(form.draft.devices);
    clearLicenseState();
    Q_EMIT loaded();
    Q_EMIT fieldsChanged();
}

void CreateSession::reloadDevices(const std::function<void(DeviceListModel&)>& fill)
{
    const QScopedValueRollback quiet(m_quiet, true);
    fill(*m_devices);
}

} // namespace fotadesk
