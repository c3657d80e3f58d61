// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/create/CreateCampaignWizard.h"

#include "gui/common/MessageSeam.h"
#include "gui/create/CreateCheckPage.h"
#include "gui/create/CreateDevicesPage.h"
#include "gui/create/CreateFirmwarePage.h"
#include "gui/create/CreateResultPage.h"
#include "gui/create/CreateSchedulePage.h"
#include "gui/create/CreateSession.h"
#include "gui/create/CreateSubmitPage.h"
#include "gui/devices/DeviceListEditor.h"
#include "gui/shell/AppContext.h"

#include <QAbstractButton>

using namespace Qt::StringLiterals;

namespace fotadesk {

CreateCampaignWizard::CreateCampaignWizard(AppContext& context, QWidget* parent)
    : FormWizard(parent)
    , m_context(context)
    , m_session(new CreateSession(this))
    , m_firmware(new CreateFirmwarePage(context, *m_session))
    , m_schedule(new CreateSchedulePage(context, *m_session))
    , m_devices(new CreateDevicesPage(context, *m_session))
    , m_check(new CreateCheckPage(context, *m_session))
    , m_submit(new CreateSubmitPage(context, *m_session))
    , m_result(new CreateResultPage(context, *m_session))
{
    setWindowFlags(Qt::Widget);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setWindowTitle(tr("New campaign"));
    setAccessibleName(tr("New campaign form"));
    setPage(FirmwarePageId, m_firmware);
    setPage(SchedulePageId, m_schedule);
    setPage(DevicesPageId, m_devices);
    setPage(CheckPageId, m_check);
    setPage(SubmitPageId, m_submit);
    setPage(ResultPageId, m_result);
    setButtonText(QWizard::FinishButton, tr("&New campaign"));
    setButtonText(QWizard::CancelButton, tr("&Discard form"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Discard form"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Start a new campaign form"));
    button(QWizard::CommitButton)->setAccessibleName(tr("Show the result"));
    setUpSteps();

    connect(m_submit, &CreateSubmitPage::campaignCreated, this,
            &CreateCampaignWizard::campaignCreated);
    connect(m_result, &CreateResultPage::openCampaignRequested, this,
            &CreateCampaignWizard::openCampaignRequested);
}

CreateCampaignWizard::~CreateCampaignWizard() = default;

CampaignForm CreateCampaignWizard::form() const
{
    return m_session->form();
}

void CreateCampaignWizard::setForm(const CampaignForm& form)
{
    m_submit->reset();
    restart();
    m_session->load(form);
}

void CreateCampaignWizard::resetForm()
{
    m_submit->reset();
    restart();
    m_session->load(CampaignForm{}); // the steps show their defaults
    Q_EMIT formReset();
}

void CreateCampaignWizard::done(int result)
{
    if (result == QDialog::Rejected) {
        if (currentId() == ResultPageId) {
            resetForm();
            return;
        }
        if (m_context.messages &&
            !m_context.messages->confirm(this, tr("Discard the form"),
                                         tr("Discard everything entered in this campaign form?"),
                                         tr("Discard")))
            return;
    }
    resetForm();
}

} // namespace fotadesk
