#pragma once

#include "gui/create/CampaignForm.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class CreateSchedulePage;
}

namespace fotadesk {

struct AppContext;
class TimeWindowEditor;

/// Create-campaign step 2: start and end date (calendar pickers; defaults:
/// tomorrow in UTC, for three days — the LWM2M retry period), the time
/// windows (TimeWindowEditor) and the two flags with plain explanations.
/// Complete when dates and windows pass the core rules (warnings allowed).
class CreateSchedulePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateSchedulePage)

public:
    explicit CreateSchedulePage(AppContext& context, QWidget* parent = nullptr);
    ~CreateSchedulePage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    void writeTo(CampaignForm& form) const;
    void readFrom(const CampaignForm& form);
    /// The defaults: start tomorrow (UTC), end three days later, windows 01–05 UTC.
    void resetToDefaults();

    [[nodiscard]] TimeWindowEditor* windowEditor() const;
    void setDates(QDate start, QDate end);

private:
    void validate();

    std::unique_ptr<Ui::CreateSchedulePage> m_ui;
    AppContext& m_context;
    QString m_protocol;
    bool m_datesOk = true;
};

} // namespace fotadesk
