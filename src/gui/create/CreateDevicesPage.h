#pragma once

#include "gui/create/CampaignForm.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class CreateDevicesPage;
}

namespace fotadesk {

struct AppContext;
class DeviceListEditor;

/// Create-campaign step 3: the device list (DeviceListEditor). Complete when
/// at least one valid IMEI is listed and no import is running.
class CreateDevicesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateDevicesPage)

public:
    explicit CreateDevicesPage(AppContext& context, QWidget* parent = nullptr);
    ~CreateDevicesPage() override;

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] DeviceListEditor* editor() const;

    void writeTo(CampaignForm& form) const;
    void readFrom(const CampaignForm& form);

private:
    void validate();

    std::unique_ptr<Ui::CreateDevicesPage> m_ui;
};

} // namespace fotadesk
