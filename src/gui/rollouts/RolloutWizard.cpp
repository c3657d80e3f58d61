// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/rollouts/RolloutWizard.h"

#include "gui/common/ApiErrorText.h"
#include "gui/create/CreateCheckPage.h"
#include "gui/create/CreateDevicesPage.h"
#include "gui/create/CreateFirmwarePage.h"
#include "gui/create/CreateSchedulePage.h"
#include "gui/create/CreateSession.h"
#include "gui/rollouts/RolloutRunner.h"
#include "gui/rollouts/RolloutWavesPage.h"
#include "gui/shell/AppContext.h"
#include "models/DeviceListModel.h"
#include "store/RolloutStore.h"

#include <QAbstractButton>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QScreen>

using namespace Qt::StringLiterals;

namespace fotadesk {

RolloutWizard::RolloutWizard(AppContext& context, RolloutRunner& runner, QWidget* parent)
    : FormWizard(parent)
    , m_context(context)
    , m_runner(runner)
    , m_session(new CreateSession(this))
    , m_firmware(new CreateFirmwarePage(context, *m_session))
    , m_schedule(new CreateSchedulePage(context, *m_session))
    , m_devices(new CreateDevicesPage(context, *m_session))
    , m_check(new CreateCheckPage(context, *m_session))
    , m_waves(new RolloutWavesPage(
          [this] { return devices(); }, [this] { return m_check->inventoryReport(); },
          [this](const QString& name) {
              return m_context.workspace && RolloutStore(*m_context.workspace).nameTaken(name);
          }))
{
    setObjectName(u"rolloutWizard"_s);
    setWindowTitle(tr("New rollout"));
    setAccessibleName(tr("New rollout form"));
    setWindowModality(Qt::ApplicationModal);
    // The waves' campaigns are named after the rollout (its Waves step), not here.
    m_firmware->hideCampaignName();
    m_firmware->setTitle(tr("Firmware"));
    m_firmware->setSubTitle(tr("Choose the protocol and the firmware upgrade every wave "
                               "installs."));
    m_schedule->setTitle(tr("Dates and time windows"));
    m_schedule->setSubTitle(tr("Each wave's campaign starts on the start date or when the wave "
                               "before it passed its gate, whichever is later, runs as many days "
                               "as this range, in these daily windows."));
    m_devices->setSubTitle(tr("Every device the rollout may reach; the Waves step cuts them "
                              "into waves."));
    m_check->setRefusedAllowed(true);
    m_check->setSubTitle(tr("Every device is checked against the account's inventory: refused "
                            "devices never enter a wave."));
    m_check->setButtonText(QWizard::NextButton, buttonText(QWizard::NextButton));
    setPage(FirmwarePageId, m_firmware);
    setPage(SchedulePageId, m_schedule);
    setPage(DevicesPageId, m_devices);
    setPage(CheckPageId, m_check);
    setPage(WavesPageId, m_waves);
    setButtonText(QWizard::FinishButton, tr("&Create rollout"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Create the rollout"));
    setUpSteps();
    m_session->load(CampaignForm{}); // the steps show their defaults
    connect(&m_runner, &RolloutRunner::createFinished, this, &RolloutWizard::onCreateFinished);

    // Fits a 1024×768 screen (each step scrolls when its content does not).
    QSize size(900, 700);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() - QSize(24, 48));
    resize(size);
}

RolloutWizard::~RolloutWizard() = default;

QStringList RolloutWizard::devices() const
{
    QStringList ids;
    const auto imeis = m_session->devices()->validImeis();
    ids.reserve(qsizetype(imeis.size()));
    for (const Imei& imei : imeis)
        ids << imei.toString();
    return ids;
}

RolloutPlan RolloutWizard::plan() const
{
    const CampaignForm& form = m_session->fields();
    RolloutPlan plan;
    plan.firmwareName = form.draft.firmwareName;
    plan.firmwareFrom = form.draft.firmwareFrom;
    plan.firmwareTo = form.draft.firmwareTo;
    plan.protocol = form.draft.protocol;
    plan.autoAssignLicense = form.draft.autoAssignLicenseFlag;
    // The workspace keeps the checked list itself; the plan only names where it came from.
    plan.devicesFile = u"fotadesk: New rollout"_s;
    if (form.draft.startDate.isValid()) {
        plan.schedule.startDate = form.draft.startDate;
        if (form.draft.endDate.isValid())
            plan.schedule.durationDays =
                std::max<qint64>(1, form.draft.startDate.daysTo(form.draft.endDate));
    }
    plan.schedule.windows = form.draft.timeWindows;
    m_waves->writeTo(plan);
    return plan;
}

void RolloutWizard::accept()
{
    if (m_creating)
        return;
    const RolloutPlan p = plan();
    // What the workspace keeps is read back from its JSON: a plan that would not read back is
    // refused here, before anything is checked or stored.
    const RolloutPlanParsed parsed =
        RolloutPlan::parse(QJsonDocument(p.toJson()).toJson(), tr("the plan"));
    if (!parsed.plan) {
        m_waves->showError(tr("Not created: %1").arg(parsed.errors.join(u' ')), false);
        return;
    }
    const QStringList list = devices();
    if (!m_runner.create(p, list))
        return;
    m_creating = true;
    m_waves->setCreating(true, tr("Creating the rollout: checking %Ln device(s) against the "
                                  "account's inventory again, then storing its waves…",
                                  nullptr, int(list.size())));
}

void RolloutWizard::reject()
{
    if (!m_creating)
        FormWizard::reject();
}

void RolloutWizard::onCreateFinished(const RolloutCreate::Result& result)
{
    if (!m_creating)
        return;
    m_creating = false;
    m_waves->setCreating(false);
    if (result.record) {
        Q_EMIT rolloutCreated(result.record->id);
        FormWizard::accept();
        return;
    }
    const RolloutCreate::Error error = result.error.value_or(RolloutCreate::Error{});
    m_waves->showError(errorText(error), error.kind == RolloutCreate::Error::Kind::NameTaken);
}

QString RolloutWizard::errorText(const RolloutCreate::Error& error)
{
    using Kind = RolloutCreate::Error::Kind;
    switch (error.kind) {
    case Kind::NameTaken:
        return tr("Not created: a rollout of this name exists already (its waves' campaigns are "
                  "named after it). Change the rollout name above and create it again.");
    case Kind::NoFirmware:
        return tr("Not created: the account has no such firmware package any more. Go Back to "
                  "the Firmware step, reload the list and choose a package.");
    case Kind::Protocol:
        return tr("Not created: the protocol does not fit the firmware package (%1). Go Back to "
                  "the Firmware step and choose another protocol or package.")
            .arg(error.message);
    case Kind::Service:
        return ApiErrorText::plain(tr("Not created: the service could not be asked (nothing was "
                                      "stored; Create rollout tries again)."),
                                   error.apiError);
    case Kind::Split:
        return tr("Not created: the waves cannot be formed from the devices the check accepts "
                  "now: %1 Change the waves above.")
            .arg(error.splitErrors.join(u' '));
    case Kind::Store:
        return tr("Not created: the workspace could not keep the rollout: %1").arg(error.message);
    }
    return error.message;
}

} // namespace fotadesk
