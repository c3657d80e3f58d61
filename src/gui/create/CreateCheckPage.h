#pragma once

#include "api/ApiJob.h"
#include "api/LicensePager.h"
#include "core/DraftIssue.h"
#include "gui/create/CampaignForm.h"

#include <QList>
#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class CreateCheckPage;
}

namespace fotadesk {

struct AppContext;
class CreateSession;

/// Create-campaign step 4: the pre-submit check. Runs every rule of the core
/// validation (CampaignDraft::validate) and adds what the API would only say
/// later: devices without a FOTA license (licenses report; skipped when
/// auto-assign is on), duplicate and rejected lines, devices whose make/model
/// (from their upgrade history, for the first kHistorySample devices) does not
/// match the firmware, an empty window list, and a start date before the next
/// 00:00 UTC start of LWM2M campaigns. Shows the exact request that will be
/// sent. Complete when no error remains and the checks have finished.
class CreateCheckPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateCheckPage)

public:
    static constexpr int kHistorySample = 25;

    CreateCheckPage(AppContext& context, CreateSession& session, QWidget* parent = nullptr);
    ~CreateCheckPage() override;

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;

    /// Everything found so far (core issues plus the page's own, codes prefixed "check-").
    [[nodiscard]] const DraftIssues& issues() const { return m_issues; }
    [[nodiscard]] bool isChecking() const { return m_pending > 0; }
    [[nodiscard]] QString requestText() const;

public Q_SLOTS:
    void runChecks();

Q_SIGNALS:
    /// All checks (including the network ones) finished.
    void checksFinished();

private:
    void startLicenseCheck();
    void startHistoryCheck();
    void finishOne();
    void show();
    void addIssue(IssueSeverity severity, const QString& code, const QString& message);
    void stopRunning();

    std::unique_ptr<Ui::CreateCheckPage> m_ui;
    CreateSession& m_session;
    AppContext& m_context;
    CampaignForm m_form;
    DraftIssues m_issues;
    QPointer<LicensePager> m_licensePager;
    QList<QPointer<ApiJob>> m_historyJobs;
    int m_pending = 0;
    int m_generation = 0;
};

} // namespace fotadesk
