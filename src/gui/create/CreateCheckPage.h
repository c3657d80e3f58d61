// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/DraftIssue.h"
#include "gui/create/CampaignForm.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class CreateCheckPage;
}

namespace fotadesk {

struct AppContext;
class CreateSession;
class InventoryCheckPanel;
class InventoryCheckReport;

/// Create-campaign step 4: the pre-submit check. Runs every rule of the core
/// validation (CampaignDraft::validate: dates, windows, the 00:00 UTC start of
/// LWM2M campaigns, ...), notes duplicate and rejected lines, and checks
/// **every** device against the account's inventory (InventoryCheckPanel: in
/// the account, make/model, FOTA-eligible, protocol, licence — or covered by
/// auto-assign within the licences left —, firmware = the package's
/// firmwareFrom). Shows the exact request that will be sent. Complete ("Ready
/// to schedule") only when no error remains and the inventory check says every
/// device will be accepted (or, after a failed check, the user chose to go on
/// without it). "Keep only the accepted devices" moves the others to a draft.
class CreateCheckPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateCheckPage)

public:
    CreateCheckPage(AppContext& context, CreateSession& session, QWidget* parent = nullptr);
    ~CreateCheckPage() override;

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;

    /// Everything found so far: the core rules' issues plus the page's own (codes prefixed
    /// "check-"; the inventory check's "check-inventory-...": -refused and -failed are errors).
    [[nodiscard]] const DraftIssues& issues() const { return m_issues; }
    [[nodiscard]] bool isChecking() const;
    [[nodiscard]] QString requestText() const;
    /// The inventory check's report once it is done (nullptr before, or when it failed).
    [[nodiscard]] const InventoryCheckReport* inventoryReport() const;
    /// A rollout's check: devices the service would refuse are left out of its waves, so they
    /// are a warning, not an error; the step is complete when at least one is accepted.
    void setRefusedAllowed(bool allowed) { m_refusedAllowed = allowed; }

public Q_SLOTS:
    void runChecks();

Q_SIGNALS:
    /// All checks (including the network ones) finished.
    void checksFinished();

private:
    void startInventoryCheck();
    void onInventoryState();
    void keepAccepted();
    void show();
    void addIssue(IssueSeverity severity, const QString& code, const QString& message);
    [[nodiscard]] bool inventoryAllows() const;

    std::unique_ptr<Ui::CreateCheckPage> m_ui;
    CreateSession& m_session;
    AppContext& m_context;
    CampaignForm m_form;
    DraftIssues m_ruleIssues; ///< the rules' findings
    DraftIssues m_issues;     ///< the rules' and the inventory check's
    InventoryCheckPanel* m_inventory;
    QString m_keptNote; ///< what "keep only the accepted devices" did, until the next edit
    bool m_refusedAllowed = false;
};

} // namespace fotadesk
