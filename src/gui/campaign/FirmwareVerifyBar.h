// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "core/FirmwareVerification.h"

#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace fotadesk {

struct AppContext;
class FirmwareVerifyRun;

/// The "Verify firmware" row of a campaign's device status: the button, the run's progress
/// and Stop while it runs, then the counts of the last verification (verified, mismatch, not
/// reported yet) with the firmware and the time it was checked. It runs FirmwareVerifyRun
/// (journaled in the workspace when there is one); the device status panel says which devices
/// (verifyRequested() → start()) and shows the verdicts (finished()).
class FirmwareVerifyBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirmwareVerifyBar)

public:
    explicit FirmwareVerifyBar(AppContext& context, QWidget* parent = nullptr);
    ~FirmwareVerifyBar() override;

    [[nodiscard]] QPushButton* verifyButton() const { return m_verify; }
    [[nodiscard]] QPushButton* stopButton() const { return m_stop; }
    [[nodiscard]] bool isRunning() const;
    /// The counts line ("R2.2.0 checked …: 12 verified · 1 mismatch · 0 not reported yet").
    [[nodiscard]] QString summaryText() const;
    /// The last finished verification (nullopt before one).
    [[nodiscard]] const std::optional<FirmwareVerificationResult>& result() const
    {
        return m_result;
    }
    /// Why the last run did not reach every device (a cancel included); nullopt when it did.
    [[nodiscard]] const std::optional<ApiError>& lastError() const { return m_error; }

    /// Enables Verify firmware, or disables it with the reason as its tooltip.
    void setAvailable(bool available, const QString& whyNot = {});
    /// Starts verifying; false with *error (what, and what to do) when it cannot.
    bool start(const QString& campaignId, const QString& firmwareTo, const QStringList& deviceIds,
               QString* error);

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    /// The user asked for a verification.
    void verifyRequested();
    /// A run ended (complete, failed or stopped); every device it was to verify has a verdict.
    void finished(const fotadesk::FirmwareVerificationResult& result);

private:
    void onProgress(qint64 done, qint64 total);
    void onFinished();
    void updateButtons();
    void showSummary();

    AppContext& m_context;
    FirmwareVerifyRun* m_run;
    QPushButton* m_verify;
    QPushButton* m_stop;
    QProgressBar* m_progress;
    QLabel* m_summary;
    std::optional<FirmwareVerificationResult> m_result;
    std::optional<ApiError> m_error;
    bool m_available = false;
    QString m_whyNot;
};

} // namespace fotadesk
