#include "gui/create/CreateSession.h"

#include "models/DeviceListModel.h"

namespace fotadesk {

CreateSession::CreateSession(QObject* parent)
    : QObject(parent)
    , m_devices(new DeviceListModel(this))
{}

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
}

void CreateSession::setFirmwarePackages(const QList<wire::FirmwarePackage>& packages)
{
    m_packages = packages;
}

void CreateSession::setLicensedImeis(std::span<const Imei> licensed)
{
    m_devices->setLicensedImeis(licensed);
    m_licenseChecked = true;
    Q_EMIT licenseStateChanged(true);
}

void CreateSession::clearLicenseState()
{
    m_devices->clearLicenseState();
    m_licenseChecked = false;
    Q_EMIT licenseStateChanged(false);
}

void CreateSession::load(const CampaignForm& form)
{
    m_fields = form;
    m_fields.draft.devices.clear();
    m_created.reset();
    m_devices->clear();
    m_devices->appendImeis(form.draft.devices);
    clearLicenseState();
    Q_EMIT loaded();
    Q_EMIT fieldsChanged();
}

} // namespace fotadesk
