// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/create/CreateSubmitPage.h"

#include "api/FotaClient.h"
#include "api/ReconcileCreateJob.h"
#include "core/StatusGroup.h"
#include "gui/common/ApiErrorText.h"
#include "gui/common/GuiLogging.h"
#include "gui/common/Icons.h"
#include "gui/create/CreateSession.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/ConnectionState.h"
#include "ui_CreateSubmitPage.h"

using namespace Qt::StringLiterals;

namespace fotadesk {

CreateSubmitPage::CreateSubmitPage(AppContext& context, CreateSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::CreateSubmitPage>())
    , m_session(session)
    , m_context(context)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Show &result"));
    m_ui->reconcileButton->setIcon(Icons::get(u"refresh"_s));
    m_ui->resendButton->setIcon(Icons::get(u"submit"_s));
    connect(m_ui->reconcileButton, &QPushButton::clicked, this, &CreateSubmitPage::reconcile);
    connect(m_ui->resendButton, &QPushButton::clicked, this, &CreateSubmitPage::submit);
    connect(m_ui->openMatchButton, &QPushButton::clicked, this,
            &CreateSubmitPage::useSelectedMatch);
    connect(m_ui->matchList, &QListWidget::itemActivated, this,
            &CreateSubmitPage::useSelectedMatch);
    setState(State::Idle, {});
}

CreateSubmitPage::~CreateSubmitPage() = default;

void CreateSubmitPage::reset()
{
    if (m_job)
        m_job->cancel();
    m_created.reset();
    m_error.reset();
    m_matches.clear();
    setState(State::Idle, {});
}

void CreateSubmitPage::initializePage()
{
    if (m_state == State::Sending || m_state == State::Reconciling || m_state == State::Created)
        return;
    if (m_state == State::Unknown || m_state == State::Ambiguous) {
        // The earlier attempt may have created the campaign: never send blindly.
        return;
    }
    submit();
}

void CreateSubmitPage::cleanupPage()
{
    // Going back: keep what happened; an unknown outcome stays unknown (and is shown again).
}

bool CreateSubmitPage::isComplete() const
{
    return m_state == State::Created;
}

QString CreateSubmitPage::errorText() const
{
    return m_ui->errorLabel->text();
}

void CreateSubmitPage::submit()
{

    if (!m_context.client)
        return;
    if (m_state == State::Sending || m_state == State::Reconciling || m_state == State::Created)
        return;
    if ((m_state == State::Unknown || m_state == State::Ambiguous))
        return; // reconcile first
    m_request = m_session.form().toRequest();
    m_error.reset();
    setState(State::Sending, tr("Sending the campaign \"%1\" with %Ln device(s)…", nullptr,
                                int(m_request.deviceList.size()))
                                 .arg(m_request.campaignName));
    auto* job = m_context.client->createCampaign(m_request);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job->succeeded()) {
            if (m_context.connection)
                m_context.connection->noteAnswer();
            accept(job->result());
            return;
        }
        const ApiError error = job->error();
        m_error = error;
        if (m_context.connection)
            m_context.connection->noteError(error);
        qCInfo(lcGui) << "create campaign failed:" << error.toString();
        m_ui->errorLabel->setText(ApiErrorText::html(
            error.kind() == ApiError::Kind::OutcomeUnknown
                ? tr("No answer came: the campaign may or may not have been created.")
                : tr("The campaign was not created."),
            error));
        if (error.kind() == ApiError::Kind::OutcomeUnknown) {
            setState(State::Unknown,
                     tr("Do not send it again yet: look for the campaign first. FotaDesk "
                        "searches the campaign history for one with this name, firmware and "
                        "dates."));
        } else {
            setState(State::Refused,
                     tr("Nothing was created. Every field is as you left it: use Back to "
                        "change what the server refused, then schedule again."));
        }
    });
}

void CreateSubmitPage::reconcile()
{
    if (!m_context.client || m_state == State::Reconciling)
        return;
    setState(State::Reconciling, tr("Looking for the campaign in the campaign history…"));
    auto* job = m_context.client->reconcileCreate(m_request);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!job->succeeded()) {
            if (m_context.connection)
                m_context.connection->noteError(job->error());
            m_ui->errorLabel->setText(ApiErrorText::html(
                tr("The campaign history could not be searched; try again."), job->error()));
            setState(State::Unknown, tr("Whether the campaign was created is still unknown."));
            return;
        }
        m_matches = job->matches();
        m_ui->matchList->clear();
        if (m_matches.isEmpty()) {
            m_ui->errorLabel->clear();
            setState(State::NotCreated,
                     tr("No campaign matches the request: it was not created. Sending it again "
                        "is safe."));
        } else if (m_matches.size() == 1) {
            accept(m_matches.first());
        } else {
            for (const wire::Campaign& c : std::as_const(m_matches)) {
                auto* item =
                    new QListWidgetItem(tr("%1 — %2 — %3")
                                            .arg(c.id, c.campaignName,
                                                 StatusClassifier::campaignStatusLabel(c.status)));
                item->setData(Qt::UserRole, c.id);
                m_ui->matchList->addItem(item);
            }
            m_ui->matchList->setCurrentRow(0);
            setState(State::Ambiguous,
                     tr("%Ln campaigns look like this request (older ones may be identical). "
                        "Pick the one it created; nothing is sent again.",
                        nullptr, int(m_matches.size())));
        }
    });
}

void CreateSubmitPage::useSelectedMatch()
{
    const int row = m_ui->matchList->currentRow();
    if (m_state != State::Ambiguous || row < 0 || row >= m_matches.size())
        return;
    accept(m_matches.at(row));
}

void CreateSubmitPage::accept(const wire::Campaign& campaign)
{
    m_created = campaign;
    m_session.setCreatedCampaign(campaign);
    m_error.reset();
    m_ui->errorLabel->clear();
    setState(State::Created,
             tr("Campaign %1 was created (status: %2).")
                 .arg(campaign.id, StatusClassifier::campaignStatusLabel(campaign.status)));
    Q_EMIT campaignCreated(campaign);
    if (wizard() && wizard()->currentPage() == this)
        wizard()->next();
}

void CreateSubmitPage::setState(State state, const QString& text)
{
    m_state = state;
    m_ui->stateLabel->setText(text);
    const bool busy = state == State::Sending || state == State::Reconciling;
    m_ui->progressBar->setVisible(busy);
    m_ui->errorLabel->setVisible(!m_ui->errorLabel->text().isEmpty() && state != State::Created);
    m_ui->errorLabel->setStyleSheet(u"QLabel { border: 1px solid #c62828; border-radius: 4px; "
                                    u"padding: 6px; }"_s);
    m_ui->reconcileButton->setVisible(state == State::Unknown || state == State::Ambiguous ||
                                      state == State::NotCreated || state == State::Reconciling);
    m_ui->reconcileButton->setEnabled(state == State::Unknown);
    m_ui->resendButton->setVisible(state == State::NotCreated || state == State::Refused);
    m_ui->resendButton->setEnabled(state == State::NotCreated || state == State::Refused);
    m_ui->matchList->setVisible(state == State::Ambiguous);
    m_ui->openMatchButton->setVisible(state == State::Ambiguous);
    Q_EMIT completeChanged();
    Q_EMIT stateChanged(state);
}

} // namespace fotadesk
