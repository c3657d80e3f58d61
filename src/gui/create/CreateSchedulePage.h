// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gui/create/CampaignForm.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class CreateSchedulePage;
}

namespace fotadesk {

struct AppContext;
class CreateSession;
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
    CreateSchedulePage(AppContext& context, CreateSession& session, QWidget* parent = nullptr);
    ~CreateSchedulePage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] TimeWindowEditor* windowEditor() const;
    void setDates(QDate start, QDate end);

private:
    /// The defaults: start tomorrow (UTC), end three days later, windows 01–05 UTC.
    void resetToDefaults();
    /// Writes this step's fields (dates, windows, flags) into the session.
    void store();
    void writeTo(CampaignForm& form) const;
    /// Shows the session's form; one without dates (an empty form) gets the defaults.
    void readFrom(const CampaignForm& form);
    void validate();

    std::unique_ptr<Ui::CreateSchedulePage> m_ui;
    CreateSession& m_session;
    AppContext& m_context;
    bool m_datesOk = true;
};

} // namespace fotadesk
