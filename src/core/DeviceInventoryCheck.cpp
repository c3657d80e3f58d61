// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/DeviceInventoryCheck.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::DeviceInventoryCheck)
};

constexpr std::array<const char16_t*, DeviceInventoryCheck::VerdictCount> kCodes{
    u"will-be-accepted", u"not-in-account", u"other-model",       u"not-eligible",
    u"other-protocol",   u"no-license",     u"already-at-target", u"firmware-not-from",
};

constexpr qint64 DayMs = 86'400'000;

} // namespace

QString DeviceInventoryCheck::normalizedProtocol(QStringView protocol)
{
    const QString p = protocol.trimmed().toString().toUpper();
    if (p == u"OMD-DM"_s || p == u"OMDADM"_s || p == u"OMADM"_s || p == u"OMA"_s ||
        p == u"OMA-DM"_s)
        return u"OMADM"_s;
    return p;
}

DeviceCheck DeviceInventoryCheck::classify(const PackageFacts& package,
                                           const InventoryRecord* record, const QDateTime& now,
                                           int staleDays)
{
    DeviceCheck check;
    if (!record) {
        check.verdict = DeviceVerdict::NotInAccount;
        return check;
    }
    check.firmware = record->firmware;
    if (record->lastConnection.isValid() && now.isValid()) {
        const qint64 ms = record->lastConnection.msecsTo(now);
        check.daysSinceConnection = ms < 0 ? 0 : ms / DayMs;
        check.notConnectedLong = ms > static_cast<qint64>(staleDays) * DayMs;
    }
    if (record->make != package.make || record->model != package.model)
        check.verdict = DeviceVerdict::OtherModel;
    else if (!record->fotaEligible.value_or(false))
        check.verdict = DeviceVerdict::NotEligible;
    else if (normalizedProtocol(record->protocol) != normalizedProtocol(package.protocol))
        check.verdict = DeviceVerdict::OtherProtocol;
    else if (!record->licenseAssigned.value_or(false))
        check.verdict = DeviceVerdict::NoLicense;
    else if (record->firmware == package.firmwareFrom)
        check.verdict = DeviceVerdict::WillBeAccepted;
    else if (record->firmware == package.firmwareTo)
        check.verdict = DeviceVerdict::AlreadyAtTarget;
    else
        check.verdict = DeviceVerdict::FirmwareNotFrom;
    return check;
}

QString DeviceInventoryCheck::code(DeviceVerdict verdict)
{
    return QString::fromUtf16(kCodes[static_cast<size_t>(verdict)]);
}

std::optional<DeviceVerdict> DeviceInventoryCheck::fromCode(QStringView code)
{
    for (size_t i = 0; i < kCodes.size(); ++i) {
        if (code == QStringView(kCodes[i]))
            return static_cast<DeviceVerdict>(i);
    }
    return std::nullopt;
}

QString DeviceInventoryCheck::label(DeviceVerdict verdict)
{
    switch (verdict) {
    case DeviceVerdict::WillBeAccepted:
        return Tr::tr("Will be accepted");
    case DeviceVerdict::NotInAccount:
        return Tr::tr("Not in this account");
    case DeviceVerdict::OtherModel:
        return Tr::tr("Other make or model than the package");
    case DeviceVerdict::NotEligible:
        return Tr::tr("Not FOTA-eligible");
    case DeviceVerdict::OtherProtocol:
        return Tr::tr("Other protocol than the package");
    case DeviceVerdict::NoLicense:
        return Tr::tr("No license");
    case DeviceVerdict::AlreadyAtTarget:
        return Tr::tr("Already at the target firmware");
    case DeviceVerdict::FirmwareNotFrom:
        return Tr::tr("Firmware is not the package's starting version");
    }
    return {};
}

QString DeviceInventoryCheck::explain(const DeviceCheck& check, const PackageFacts& package)
{
    QString text;
    switch (check.verdict) {
    case DeviceVerdict::FirmwareNotFrom:
        text = Tr::tr("Reports firmware %1, not %2").arg(check.firmware, package.firmwareFrom);
        break;
    case DeviceVerdict::AlreadyAtTarget:
        text = Tr::tr("Already reports %1").arg(package.firmwareTo);
        break;
    default:
        text = label(check.verdict);
        break;
    }
    if (check.notConnectedLong)
        text += u"; "_s + Tr::tr("not connected for %Ln day(s)", nullptr,
                                 static_cast<int>(check.daysSinceConnection));
    return text;
}

} // namespace fotadesk
