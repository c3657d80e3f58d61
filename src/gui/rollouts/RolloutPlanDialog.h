// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/Rollout.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace fotadesk {

/// The plan review (four eyes), the same document 'fotactl rollout plan' writes: the plan's
/// waves (devices, first IMEIs), the exact create request each wave will send as of today, the
/// gates, the pre-flight summary and the plan's hash. "Approve plan" accepts the dialog: the
/// page records who approved which hash, when (as 'fotactl rollout approve').
class RolloutPlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolloutPlanDialog)

public:
    RolloutPlanDialog(const RolloutRecord& rollout, const QString& user, QWidget* parent = nullptr);

    /// The review as shown (plain text).
    [[nodiscard]] QString reviewText() const;
    [[nodiscard]] QPushButton* approveButton() const { return m_approve; }

    /// The review document of `r` for people.
    static QString review(const RolloutRecord& r, const QDate& today);

private:
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_approve = nullptr;
};

} // namespace fotadesk
