// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/DeviceStatusPager.h"
#include "api/wire/WireTypes.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>
#include <optional>

class QTableView;

namespace Ui {
class CreateResultPage;
}

namespace fotadesk {

struct AppContext;
class CreateSession;
class DeviceStatusFilterModel;
class DeviceStatusModel;

/// Create-campaign step 6: the new campaign (id, name, status badge, firmware,
/// dates, windows) and how each device stands in it, read from the campaign's
/// device report (DeviceStatusModel: pending, failed with the server's reason,
/// ...). A device the report does not list is added with the reason "not in
/// the campaign's device report". Filterable by IMEI or reason; "failed only".
class CreateResultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateResultPage)

public:
    CreateResultPage(AppContext& context, CreateSession& session, QWidget* parent = nullptr);
    ~CreateResultPage() override;

    void initializePage() override;

    [[nodiscard]] DeviceStatusModel* resultModel() const { return m_results; }
    [[nodiscard]] QTableView* resultView() const;
    [[nodiscard]] bool isLoading() const { return m_pager != nullptr; }
    [[nodiscard]] QString campaignText() const;

Q_SIGNALS:
    void openCampaignRequested(const QString& campaignId);
    /// The device report was read (ok or not).
    void outcomesLoaded(bool ok);

private:
    void loadOutcomes(const wire::Campaign& campaign, const QStringList& sent);

    std::unique_ptr<Ui::CreateResultPage> m_ui;
    CreateSession& m_session;
    AppContext& m_context;
    DeviceStatusModel* m_results;
    DeviceStatusFilterModel* m_filter;
    QPointer<DeviceStatusPager> m_pager;
    QString m_campaignId;
};

} // namespace fotadesk
