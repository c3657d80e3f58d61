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
class DeviceResultFilterModel;
class DeviceResultModel;

/// Create-campaign step 6: the new campaign (id, name, status badge, firmware,
/// dates, windows) and the per-device outcomes, read from the campaign's
/// device report (a device the report does not list is shown as failed with
/// "not in the campaign's device report"). Filterable; "failed only".
class CreateResultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateResultPage)

public:
    explicit CreateResultPage(AppContext& context, QWidget* parent = nullptr);
    ~CreateResultPage() override;

    void initializePage() override;

    [[nodiscard]] DeviceResultModel* resultModel() const { return m_results; }
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
    AppContext& m_context;
    DeviceResultModel* m_results;
    DeviceResultFilterModel* m_filter;
    QPointer<DeviceStatusPager> m_pager;
    QString m_campaignId;
};

} // namespace fotadesk
