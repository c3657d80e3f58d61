// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/ApiJob.h"
#include "api/wire/WireTypes.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>
#include <optional>

namespace Ui {
class CreateSubmitPage;
}

namespace fotadesk {

struct AppContext;
class CreateSession;

/// Create-campaign step 5 (a commit page): sends the request once, with
/// progress. Success moves on to the result page (no way back: the campaign
/// exists). An API refusal shows errorCode/errorMessage and leaves Back
/// enabled, every field as it was. No answer (OutcomeUnknown) never re-sends
/// blindly: "Look for the campaign" reconciles against the campaign history;
/// "Send again" is offered only when that finds nothing, or after a failure
/// that proves nothing was created.
class CreateSubmitPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateSubmitPage)

public:
    enum class State
    {
        Idle,
        Sending,
        Created,
        Refused, ///< the server answered with an error: nothing was created
        Unknown, ///< no answer: the campaign may exist
        Reconciling,
        NotCreated, ///< reconciliation found nothing: sending again is safe
        Ambiguous   ///< several campaigns match: the user picks one
    };

    CreateSubmitPage(AppContext& context, CreateSession& session, QWidget* parent = nullptr);
    ~CreateSubmitPage() override;

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const std::optional<wire::Campaign>& createdCampaign() const { return m_created; }
    [[nodiscard]] const std::optional<ApiError>& lastError() const { return m_error; }
    /// The text shown for the last error (errorCode/errorMessage verbatim).
    [[nodiscard]] QString errorText() const;
    /// Forgets the outcome (a new form).
    void reset();

public Q_SLOTS:
    void submit();
    void reconcile();

Q_SIGNALS:
    void campaignCreated(const fotadesk::wire::Campaign& campaign);
    void stateChanged(fotadesk::CreateSubmitPage::State state);

private:
    void setState(State state, const QString& text);
    void accept(const wire::Campaign& campaign);
    void useSelectedMatch();

    std::unique_ptr<Ui::CreateSubmitPage> m_ui;
    CreateSession& m_session;
    AppContext& m_context;
    wire::CampaignRequest m_request;
    QList<wire::Campaign> m_matches;
    std::optional<wire::Campaign> m_created;
    std::optional<ApiError> m_error;
    QPointer<ApiJob> m_job;
    State m_state = State::Idle;
};

} // namespace fotadesk
