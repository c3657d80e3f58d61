// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/create/CreateSchedulePage.h"

#include "core/CampaignDraft.h"
#include "core/Clock.h"
#include "core/DisplayFormat.h"
#include "gui/common/IssueText.h"
#include "gui/create/CreateSession.h"
#include "gui/create/TimeWindowEditor.h"
#include "gui/shell/AppContext.h"
#include "ui_CreateSchedulePage.h"

#include <QCheckBox>

namespace fotadesk {

CreateSchedulePage::CreateSchedulePage(AppContext& context, CreateSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::CreateSchedulePage>())
    , m_session(session)
    , m_context(context)
{
    m_ui->setupUi(this);
    // The .ui says yyyy-MM-dd for the designer; people read and type the locale's form.
    m_ui->startDateEdit->setDisplayFormat(DisplayFormat::dateFormat());
    m_ui->endDateEdit->setDisplayFormat(DisplayFormat::dateFormat());
    m_ui->windowEditor->setSiteTimeZone(context.siteZone);
    connect(m_ui->startDateEdit, &QDateEdit::dateChanged, this, &CreateSchedulePage::validate);
    connect(m_ui->endDateEdit, &QDateEdit::dateChanged, this, &CreateSchedulePage::validate);
    connect(m_ui->windowEditor, &TimeWindowEditor::windowsChanged, this,
            &CreateSchedulePage::validate);
    connect(m_ui->autoAssignCheck, &QCheckBox::toggled, this, &CreateSchedulePage::store);
    connect(m_ui->autoAddCheck, &QCheckBox::toggled, this, &CreateSchedulePage::store);
    connect(&m_session, &CreateSession::loaded, this, [this] {
        const CampaignForm form = m_session.fields(); // a copy: store() changes the session's
        readFrom(form);
    });
    resetToDefaults();
}

CreateSchedulePage::~CreateSchedulePage() = default;

TimeWindowEditor* CreateSchedulePage::windowEditor() const
{
    return m_ui->windowEditor;
}

void CreateSchedulePage::resetToDefaults()
{
    const QDate today = m_context.clock->nowUtc().date();
    m_ui->startDateEdit->setMinimumDate(today.addYears(-1));
    m_ui->endDateEdit->setMinimumDate(today.addYears(-1));
    setDates(today.addDays(1), today.addDays(4));
    m_ui->windowEditor->setWindows({TimeWindow{1, 5}});
    m_ui->autoAssignCheck->setChecked(false);
    m_ui->autoAddCheck->setChecked(false);
    validate();
}

void CreateSchedulePage::setDates(QDate start, QDate end)
{
    m_ui->startDateEdit->setDate(start);
    m_ui->endDateEdit->setDate(end);
}

void CreateSchedulePage::initializePage()
{
    validate(); // the protocol chosen on the firmware step may have changed
}

bool CreateSchedulePage::isComplete() const
{
    return m_datesOk && !m_ui->windowEditor->hasErrors();
}

void CreateSchedulePage::writeTo(CampaignForm& form) const
{
    form.draft.startDate = m_ui->startDateEdit->date();
    form.draft.endDate = m_ui->endDateEdit->date();
    form.draft.timeWindows = m_ui->windowEditor->windows();
    form.draft.autoAssignLicenseFlag = m_ui->autoAssignCheck->isChecked();
    form.draft.autoAddDevicesFlag = m_ui->autoAddCheck->isChecked();
}

void CreateSchedulePage::readFrom(const CampaignForm& form)
{
    if (!form.draft.startDate.isValid() || !form.draft.endDate.isValid()) {
        resetToDefaults();
        return;
    }
    setDates(form.draft.startDate, form.draft.endDate);
    m_ui->windowEditor->setWindows(form.draft.timeWindows);
    m_ui->autoAssignCheck->setChecked(form.draft.autoAssignLicenseFlag);
    m_ui->autoAddCheck->setChecked(form.draft.autoAddDevicesFlag);
    validate();
}

void CreateSchedulePage::store()
{
    m_session.updateFields([this](CampaignForm& form) { writeTo(form); });
}

void CreateSchedulePage::validate()
{
    const QDate start = m_ui->startDateEdit->date();
    const QDate end = m_ui->endDateEdit->date();
    const DraftIssues dates = CampaignDraft::validateDates(start, end, *m_context.clock);
    const QString protocol = m_session.fields().draft.protocol;
    // An LWM2M campaign starting today may lose its first day: said here, where it is chosen.
    IssueText::apply(m_ui->startIssueLabel,
                     issuesFor(dates, DraftField::StartDate) +
                         CampaignDraft::validateProtocolStart(protocol, start, *m_context.clock));
    IssueText::apply(m_ui->endIssueLabel, issuesFor(dates, DraftField::EndDate));
    m_datesOk = !hasErrors(dates);
    m_ui->windowEditor->setDateRange(start, end);
    DraftIssues timing;
    if (!protocol.isEmpty()) {
        timing = issuesFor(CampaignDraft::validateProtocol(protocol, m_ui->windowEditor->windows()),
                           DraftField::Protocol);
    }
    IssueText::apply(m_ui->protocolTimingLabel, timing);
    store();
    Q_EMIT completeChanged();
}

} // namespace fotadesk
