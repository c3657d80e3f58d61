// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiJob.h"
#include "api/wire/WireTypes.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class EditDatesDialog;
}

namespace fotadesk {

struct AppContext;
class TimeWindowEditor;

/// Changes a campaign's dates and time windows (PUT .../{id}/dates), prefilled
/// from the campaign. Every field is sent, changed or not (the contract wants
/// the unchanged ones too). Before the start date everything may change; from
/// the start date on only a later end date (and at least 24 hours from now) is
/// offered — the start date and the windows are read-only then. An API refusal
/// is shown under the form and leaves every field as the user left it.
class EditDatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditDatesDialog)

public:
    EditDatesDialog(AppContext& context, const wire::Campaign& campaign, QWidget* parent = nullptr);
    ~EditDatesDialog() override;

    /// True when the campaign's start date (UTC) has come: only the end date may change.
    [[nodiscard]] bool hasStarted() const { return m_started; }
    /// The body that Save sends.
    [[nodiscard]] wire::DatesChange change() const;
    [[nodiscard]] bool isSaving() const { return m_job != nullptr; }
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] TimeWindowEditor* windowEditor() const;
    void setDates(QDate start, QDate end);
    /// The earliest end date offered.
    [[nodiscard]] QDate minimumEndDate() const;

public Q_SLOTS:
    void save();

Q_SIGNALS:
    void campaignChanged(const fotadesk::wire::Campaign& campaign);

private:
    void validate();

    std::unique_ptr<Ui::EditDatesDialog> m_ui;
    AppContext& m_context;
    wire::Campaign m_campaign;
    QPointer<ApiJob> m_job;
    bool m_started = false;
    bool m_valid = false;
};

} // namespace fotadesk
