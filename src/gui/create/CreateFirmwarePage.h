// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiJob.h"
#include "gui/create/CampaignForm.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>
#include <optional>

class QTableView;

namespace Ui {
class CreateFirmwarePage;
}

namespace fotadesk {

struct AppContext;
class CreateSession;
class FirmwareFilterModel;
class FirmwareModel;

/// Create-campaign step 1: campaign name, protocol, and the firmware picker
/// filled from GET /firmware for the protocol (search, make, model, from → to,
/// launch date, release note). Complete when the name and protocol pass the
/// core rules and a package is chosen.
class CreateFirmwarePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateFirmwarePage)

public:
    CreateFirmwarePage(AppContext& context, CreateSession& session, QWidget* parent = nullptr);
    ~CreateFirmwarePage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    /// The listing protocol asked for a campaign protocol: LWM2M -> LWM2M, OMA -> OMD-DM,
    /// anything else -> all.
    static QString listingProtocolFor(const QString& campaignProtocol);

    [[nodiscard]] FirmwareModel* firmwareModel() const { return m_model; }
    [[nodiscard]] QTableView* firmwareView() const;
    [[nodiscard]] bool isLoading() const { return m_loading; }
    /// Selects the package with this name (and versions); false when it is not listed.
    bool selectPackage(const QString& firmwareName, const QString& from = {},
                       const QString& to = {});
    [[nodiscard]] std::optional<wire::FirmwarePackage> selectedPackage() const;
    /// Hides the campaign name (a form whose campaigns are named elsewhere: a rollout's waves).
    void hideCampaignName();

public Q_SLOTS:
    /// GET /firmware?protocol=… for the chosen protocol.
    void loadFirmware();

Q_SIGNALS:
    void firmwareLoaded(bool ok);

private:
    /// Writes this step's fields (name, protocol, the chosen package) into the session.
    void store();
    void writeTo(CampaignForm& form) const;
    /// Shows the session's form (a restored draft, an empty form).
    void readFrom(const CampaignForm& form);
    void validateName();
    void validateProtocol();
    void onSelectionChanged();
    void showDetails(const std::optional<wire::FirmwarePackage>& package);

    std::unique_ptr<Ui::CreateFirmwarePage> m_ui;
    CreateSession& m_session;
    AppContext& m_context;
    FirmwareModel* m_model;
    FirmwareFilterModel* m_filter;
    QPointer<ApiJob> m_job;
    /// A package to select once the list arrives (restored form).
    std::optional<CampaignForm> m_pendingSelection;
    bool m_loading = false;
    bool m_loadedOnce = false;
    /// A package was chosen in this form once: from then on "none chosen" is an error shown
    /// in red; before, a neutral hint (no red on a page the user has not touched).
    bool m_packageChosen = false;
    bool m_nameOk = true;
    bool m_protocolOk = true;
};

} // namespace fotadesk
