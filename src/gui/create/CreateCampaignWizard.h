// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/wire/WireTypes.h"
#include "gui/create/CampaignForm.h"
#include "gui/create/FormWizard.h"

namespace fotadesk {

struct AppContext;
class CreateCheckPage;
class CreateDevicesPage;
class CreateFirmwarePage;
class CreateResultPage;
class CreateSchedulePage;
class CreateSession;
class CreateSubmitPage;

/// The guided create-campaign form, embedded as a page of the main window
/// (not a modal dialog): firmware → dates/windows/options → devices → check →
/// submit → result. One class per step; what the form holds is owned by one CreateSession,
/// handed to every step (no step reaches into another). The whole form state is one value,
/// form() / setForm() (CampaignForm), for drafts.
///
/// Cancel asks (MessageSeam) before it clears the form; Finish (on the result
/// page) starts a new, empty form. Neither hides the widget.
class CreateCampaignWizard final : public FormWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateCampaignWizard)

public:
    enum PageId
    {
        FirmwarePageId,
        SchedulePageId,
        DevicesPageId,
        CheckPageId,
        SubmitPageId,
        ResultPageId
    };

    explicit CreateCampaignWizard(AppContext& context, QWidget* parent = nullptr);
    ~CreateCampaignWizard() override;

    /// Everything the form holds now.
    [[nodiscard]] CampaignForm form() const;
    /// Puts a form (a restored draft) into the pages and returns to the first step.
    void setForm(const CampaignForm& form);
    /// An empty form with the defaults, on the first step.
    void resetForm();

    [[nodiscard]] CreateSession* session() const { return m_session; }
    [[nodiscard]] CreateFirmwarePage* firmwarePage() const { return m_firmware; }
    [[nodiscard]] CreateSchedulePage* schedulePage() const { return m_schedule; }
    [[nodiscard]] CreateDevicesPage* devicesPage() const { return m_devices; }
    [[nodiscard]] CreateCheckPage* checkPage() const { return m_check; }
    [[nodiscard]] CreateSubmitPage* submitPage() const { return m_submit; }
    [[nodiscard]] CreateResultPage* resultPage() const { return m_result; }

    /// Embedded use: Cancel clears (after asking), Finish resets; the widget stays visible.
    void done(int result) override;

Q_SIGNALS:
    void campaignCreated(const fotadesk::wire::Campaign& campaign);
    void openCampaignRequested(const QString& campaignId);
    /// The form was emptied (Discard form, or a new form after a result): what was typed is
    /// gone on purpose, and so is its draft.
    void formReset();

private:
    AppContext& m_context;
    CreateSession* m_session;
    CreateFirmwarePage* m_firmware;
    CreateSchedulePage* m_schedule;
    CreateDevicesPage* m_devices;
    CreateCheckPage* m_check;
    CreateSubmitPage* m_submit;
    CreateResultPage* m_result;
};

} // namespace fotadesk
