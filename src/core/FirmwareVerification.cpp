// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/FirmwareVerification.h"

#include "core/StatusGroup.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::FirmwareVerification)
};

constexpr std::array<const char16_t*, FirmwareVerification::VerdictCount> kCodes{
    u"verified", u"mismatch", u"not-reported"};

} // namespace

qint64 FirmwareCheckCounts::of(FirmwareVerdict verdict) const
{
    switch (verdict) {
    case FirmwareVerdict::Verified:
        return verified;
    case FirmwareVerdict::Mismatch:
        return mismatch;
    case FirmwareVerdict::NotReported:
        return notReported;
    }
    return 0;
}

FirmwareCheck FirmwareVerification::classify(const QString& firmwareTo,
                                             const FirmwareReport& report)
{
    FirmwareCheck check;
    check.deviceId = report.deviceId;
    const QString version = report.firmwareVersion.trimmed();
    const StatusGroup group = StatusClassifier::deviceStatusGroup(
        report.status, report.reason, DeviceStatusContext::OperationResult);
    if (group == StatusGroup::Failed || version.isEmpty()) {
        check.verdict = FirmwareVerdict::NotReported;
        check.reason = report.reason.isEmpty() ? report.status : report.reason;
        return check;
    }
    check.reportedFirmware = version;
    check.verdict =
        version == firmwareTo.trimmed() ? FirmwareVerdict::Verified : FirmwareVerdict::Mismatch;
    return check;
}

QList<FirmwareCheck> FirmwareVerification::verify(const QString& firmwareTo,
                                                  const QStringList& deviceIds,
                                                  const QList<FirmwareReport>& reports,
                                                  const QString& missingReason)
{
    QHash<QString, qsizetype> byId;
    byId.reserve(reports.size());
    for (qsizetype i = 0; i < reports.size(); ++i)
        byId.insert(reports.at(i).deviceId, i);
    QList<FirmwareCheck> checks;
    checks.reserve(deviceIds.size());
    for (const QString& id : deviceIds) {
        const auto it = byId.constFind(id);
        if (it == byId.cend()) {
            FirmwareCheck missing;
            missing.deviceId = id;
            missing.reason = missingReason;
            checks.append(missing);
        } else {
            checks.append(classify(firmwareTo, reports.at(it.value())));
        }
    }
    return checks;
}

FirmwareCheckCounts FirmwareVerification::count(const QList<FirmwareCheck>& checks)
{
    FirmwareCheckCounts counts;
    for (const FirmwareCheck& c : checks) {
        switch (c.verdict) {
        case FirmwareVerdict::Verified:
            ++counts.verified;
            break;
        case FirmwareVerdict::Mismatch:
            ++counts.mismatch;
            break;
        case FirmwareVerdict::NotReported:
            ++counts.notReported;
            break;
        }
    }
    return counts;
}

QString FirmwareVerification::code(FirmwareVerdict verdict)
{
    return QString::fromUtf16(kCodes[static_cast<std::size_t>(verdict)]);
}

std::optional<FirmwareVerdict> FirmwareVerification::fromCode(QStringView code)
{
    for (std::size_t i = 0; i < kCodes.size(); ++i) {
        if (code == QStringView(kCodes[i]))
            return static_cast<FirmwareVerdict>(i);
    }
    return std::nullopt;
}

QString FirmwareVerification::label(FirmwareVerdict verdict)
{
    switch (verdict) {
    case FirmwareVerdict::Verified:
        return Tr::tr("Verified");
    case FirmwareVerdict::Mismatch:
        return Tr::tr("Mismatch");
    case FirmwareVerdict::NotReported:
        return Tr::tr("Not reported yet");
    }
    return {};
}

QString FirmwareVerification::explain(const FirmwareCheck& check, const QString& firmwareTo)
{
    switch (check.verdict) {
    case FirmwareVerdict::Verified:
        return Tr::tr("Reports %1").arg(check.reportedFirmware);
    case FirmwareVerdict::Mismatch:
        return Tr::tr("Reports %1, not %2").arg(check.reportedFirmware, firmwareTo);
    case FirmwareVerdict::NotReported:
        return check.reason.isEmpty()
                   ? Tr::tr("No firmware version reported")
                   : Tr::tr("No firmware version reported (%1)").arg(check.reason);
    }
    return {};
}

} // namespace fotadesk
