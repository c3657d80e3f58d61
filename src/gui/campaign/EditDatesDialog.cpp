// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/campaign/EditDatesDialog.h"

#include "api/FotaClient.h"
#include "core/CampaignDraft.h"
#include "core/Clock.h"
#include "core/DisplayFormat.h"
#include "core/TimeWindowList.h"
#include "gui/common/ApiErrorText.h"
#include "gui/common/IssueText.h"
#include "gui/create/TimeWindowEditor.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/ConnectionState.h"
#include "ui_EditDatesDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fotadesk {

EditDatesDialog::EditDatesDialog(AppContext& context, const wire::Campaign& campaign,
                                 QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EditDatesDialog>())
    , m_context(context)
    , m_campaign(campaign)
{
    m_ui->setupUi(this);
    // The .ui says yyyy-MM-dd for the designer; people read and type the locale's form.
    m_ui->startDateEdit->setDisplayFormat(DisplayFormat::dateFormat());
    m_ui->endDateEdit->setDisplayFormat(DisplayFormat::dateFormat());
    const QDate today = context.clock->nowUtc().date();
    m_started = campaign.startDate.isValid() && today >= campaign.startDate;
    const QString name = campaign.campaignName.isEmpty() ? campaign.id : campaign.campaignName;
    setWindowTitle(tr("Edit dates — %1").arg(name));
    m_ui->campaignLabel->setText(
        tr("<b>%1</b> (id %2): %3 to %4, %5")
            .arg(name.toHtmlEscaped(), campaign.id.toHtmlEscaped(),
                 DisplayFormat::date(campaign.startDate), DisplayFormat::date(campaign.endDate),
                 TimeWindowList::toDisplayString(campaign.timeWindows).toHtmlEscaped()));
    m_ui->ruleLabel->setText(
        m_started ? tr("The campaign started on %1: only a later end date can be set now (at "
                       "least 24 hours from now). The start date and the time windows stay as "
                       "they are and are sent unchanged.")
                        .arg(DisplayFormat::date(campaign.startDate))
                  : tr("The campaign has not started: dates and windows may all change. "
                       "Unchanged fields are sent too, as the service requires."));
    m_ui->windowEditor->setSiteTimeZone(context.siteZone);
    m_ui->windowEditor->setWindows(campaign.timeWindows);
    m_ui->startDateEdit->setMinimumDate(std::min(campaign.startDate, today).addYears(-1));
    m_ui->endDateEdit->setMinimumDate(std::min(campaign.endDate, today).addYears(-1));
    setDates(campaign.startDate, campaign.endDate);
    if (m_started) {
        m_ui->startDateEdit->setEnabled(false);
        m_ui->startDateEdit->setToolTip(tr("The campaign has started: its start date is fixed."));
        m_ui->windowEditor->setEnabled(false);
        m_ui->windowEditor->setToolTip(
            tr("The campaign has started: only the end date can change."));
        m_ui->endDateEdit->setMinimumDate(minimumEndDate());
        m_ui->endDateEdit->setDate(minimumEndDate());
    }
    auto* saveButton = m_ui->buttonBox->button(QDialogButtonBox::Save);
    saveButton->setAccessibleName(tr("Save dates"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EditDatesDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->startDateEdit, &QDateEdit::dateChanged, this, &EditDatesDialog::validate);
    connect(m_ui->endDateEdit, &QDateEdit::dateChanged, this, &EditDatesDialog::validate);
    connect(m_ui->windowEditor, &TimeWindowEditor::windowsChanged, this,
            &EditDatesDialog::validate);
    m_ui->errorLabel->hide();
    validate();
}

EditDatesDialog::~EditDatesDialog() = default;

TimeWindowEditor* EditDatesDialog::windowEditor() const
{
    return m_ui->windowEditor;
}

QString EditDatesDialog::errorText() const
{
    return m_ui->errorLabel->isVisible() ? m_ui->errorLabel->text() : QString();
}

void EditDatesDialog::setDates(QDate start, QDate end)
{
    m_ui->startDateEdit->setDate(start);
    m_ui->endDateEdit->setDate(end);
}

QDate EditDatesDialog::minimumEndDate() const
{
    const QDate in24h = m_context.clock->nowUtc().addSecs(24 * 3600).date();
    if (!m_started)
        return {};
    return std::max(m_campaign.endDate.addDays(1), in24h);
}

wire::DatesChange EditDatesDialog::change() const
{
    wire::DatesChange c;
    c.startDate = m_started ? m_campaign.startDate : m_ui->startDateEdit->date();
    c.endDate = m_ui->endDateEdit->date();
    c.timeWindows = m_started ? m_campaign.timeWindows : m_ui->windowEditor->windows();
    return c;
}

void EditDatesDialog::validate()
{
    const wire::DatesChange c = change();
    DraftIssues issues;
    if (m_started) {
        if (c.endDate < minimumEndDate()) {
            DraftIssue issue;
            issue.field = DraftField::EndDate;
            issue.code = u"gui-end-not-later"_s;
            issue.message = tr("After the start only a later end date can be set: choose %1 or "
                               "later.")
                                .arg(DisplayFormat::date(minimumEndDate()));
            issues.append(issue);
        }
    } else {
        issues = CampaignDraft::validateDates(c.startDate, c.endDate, *m_context.clock);
    }
    IssueText::apply(m_ui->startIssueLabel, issuesFor(issues, DraftField::StartDate));
    IssueText::apply(m_ui->endIssueLabel, issuesFor(issues, DraftField::EndDate));
    m_ui->windowEditor->setDateRange(c.startDate, c.endDate);
    m_valid = !hasErrors(issues) && (m_started || !m_ui->windowEditor->hasErrors());
    const bool changed = c.startDate != m_campaign.startDate || c.endDate != m_campaign.endDate ||
                         c.timeWindows != m_campaign.timeWindows;
    m_ui->changeLabel->setText(tr("Will send: start %1, end %2, time windows %3%4")
                                   .arg(DisplayFormat::date(c.startDate),
                                        DisplayFormat::date(c.endDate),
                                        TimeWindowList::toDisplayString(c.timeWindows),
                                        changed ? QString() : tr(" (nothing changed)")));
    m_ui->buttonBox->button(QDialogButtonBox::Save)
        ->setEnabled(m_valid && changed && m_job == nullptr);
}

void EditDatesDialog::save()
{
    if (!m_valid || m_job || !m_context.client)
        return;
    m_ui->errorLabel->hide();
    auto* job = m_context.client->changeCampaignDates(m_campaign.id, change());
    m_job = job;
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Saving…"));
    connect(job, &ApiJob::finished, this, [this, job] {
        m_job = nullptr;
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
        if (job->succeeded()) {
            if (m_context.connection)
                m_context.connection->noteAnswer();
            Q_EMIT campaignChanged(job->result());
            accept();
            return;
        }
        if (m_context.connection)
            m_context.connection->noteError(job->error());
        m_ui->errorLabel->setText(
            ApiErrorText::html(tr("The dates were not changed. Your entries are kept: correct "
                                  "them and save again."),
                               job->error()));
        m_ui->errorLabel->setStyleSheet(u"QLabel { border: 1px solid #c62828; border-radius: "
                                        u"4px; padding: 6px; }"_s);
        m_ui->errorLabel->show();
        validate();
    });
}

} // namespace fotadesk
