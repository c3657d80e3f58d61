// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace fotadesk {

/// What a firmware sync (PUT /firmware/{acc}/devices) said about one device, as far as the
/// verification reads it.
struct FirmwareReport
{
    QString deviceId;
    QString status;          ///< verbatim (FirmwareVersionUpdateSuccess, ...)
    QString firmwareVersion; ///< what the device reported; empty: no version
    QString reason;          ///< a failure's reason, or why there was no answer at all
};

/// After the upgrade: does a device the campaign report calls successful run the campaign's
/// firmwareTo?
enum class FirmwareVerdict : std::uint8_t
{
    Verified,    ///< it reports firmwareTo
    Mismatch,    ///< it reports another version
    NotReported, ///< the sync answered without a version, with a failure, or not at all
};

/// One device's verdict with what explains it.
struct FirmwareCheck
{
    QString deviceId;
    FirmwareVerdict verdict = FirmwareVerdict::NotReported;
    QString reportedFirmware; ///< what it reports (Verified, Mismatch); empty otherwise
    QString reason;           ///< NotReported: the sync's status or reason (may be empty)
};

/// Devices per verdict.
struct FirmwareCheckCounts
{
    qint64 verified = 0;
    qint64 mismatch = 0;
    qint64 notReported = 0;

    [[nodiscard]] qint64 total() const { return verified + mismatch + notReported; }
    [[nodiscard]] bool allVerified() const { return mismatch == 0 && notReported == 0; }
    [[nodiscard]] qint64 of(FirmwareVerdict verdict) const;
};

/// The outcome of one verification of a campaign.
struct FirmwareVerificationResult
{
    QString campaignId;
    QString firmwareTo;
    QList<FirmwareCheck> devices; ///< in the order they were verified
    FirmwareCheckCounts counts;
    QDateTime checkedUtc;
};

/// The rule of "Verify firmware": a device verifies when its firmware sync answer reports the
/// campaign's firmwareTo (compared exactly, surrounding white space ignored); any other
/// version is a mismatch; an answer with a failure status (StatusClassifier, operation
/// result), without a version, or no answer at all is "not reported yet" — the device did
/// not say, which is not the same as a wrong version. Pure: no network, no clock.
class FirmwareVerification final
{
public:
    static constexpr int VerdictCount = 3;

    [[nodiscard]] static FirmwareCheck classify(const QString& firmwareTo,
                                                const FirmwareReport& report);
    /// Every device of `deviceIds` in that order, each judged by its report in `reports`
    /// (a device without one is NotReported with `missingReason`).
    [[nodiscard]] static QList<FirmwareCheck> verify(const QString& firmwareTo,
                                                     const QStringList& deviceIds,
                                                     const QList<FirmwareReport>& reports,
                                                     const QString& missingReason = {});
    [[nodiscard]] static FirmwareCheckCounts count(const QList<FirmwareCheck>& checks);

    /// A stable machine name for CSV and JSON: "verified", "mismatch", "not-reported".
    [[nodiscard]] static QString code(FirmwareVerdict verdict);
    [[nodiscard]] static std::optional<FirmwareVerdict> fromCode(QStringView code);
    /// A short translated label ("Verified", "Mismatch", "Not reported yet").
    [[nodiscard]] static QString label(FirmwareVerdict verdict);
    /// A translated sentence for one device ("Reports R2.3.0, not R2.2.0").
    [[nodiscard]] static QString explain(const FirmwareCheck& check, const QString& firmwareTo);
};

} // namespace fotadesk
