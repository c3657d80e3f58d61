// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gui/create/CampaignForm.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class CreateDevicesPage;
}

namespace fotadesk {

struct AppContext;
class CreateSession;
class DeviceListEditor;

/// Create-campaign step 3: the device list (DeviceListEditor over the session's device
/// list). Complete when at least one valid IMEI is listed and no import is running.
class CreateDevicesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateDevicesPage)

public:
    CreateDevicesPage(AppContext& context, CreateSession& session, QWidget* parent = nullptr);
    ~CreateDevicesPage() override;

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] DeviceListEditor* editor() const;

private:
    void validate();

    std::unique_ptr<Ui::CreateDevicesPage> m_ui;
    CreateSession& m_session;
};

} // namespace fotadesk
