// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/CampaignDraft.h"

#include "core/Clock.h"
#include "core/DisplayFormat.h"
#include "core/DisplayText.h"
#include "core/TimeWindowList.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>
#include <vector>

namespace fotadesk {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::CampaignDraft)
};

DraftIssue issue(DraftField field, IssueSeverity severity, const QString& code,
                 const QString& message, int index = -1, int otherIndex = -1,
                 const QString& detail = {})
{
    DraftIssue i;
    i.field = field;
    i.severity = severity;
    i.code = code;
    i.message = message;
    i.index = index;
    i.otherIndex = otherIndex;
    i.detail = detail;
    return i;
}

const QString kLwm2m = QStringLiteral("LWM2M");
const QString kOma = QStringLiteral("OMA");
const QString kHttp = QStringLiteral("HTTP");
const QString kOmdDm = QStringLiteral("OMD-DM");

/// User text inside a message, shortened so a pasted megabyte never lands in one.
QString quoted(const QString& text)
{
    constexpr int kMax = 40;
    const QString shown = text.size() > kMax ? text.left(kMax) + QStringLiteral("\u2026") : text;
    return QStringLiteral("\u201c") + shown + QStringLiteral("\u201d");
}

/// Collects per-device issues up to the cap, then counts the rest into one summary issue.
class DeviceIssueSink
{
public:
    explicit DeviceIssueSink(DraftIssues& out)
        : m_out(out)
    {}

    void invalid(DraftIssue i)
    {
        if (m_invalid++ < CampaignDraft::kMaxDeviceIssues)
            m_out.append(std::move(i));
    }
    void duplicate(int index, int firstIndex, const QString& imei)
    {
        if (m_duplicates++ < CampaignDraft::kMaxDeviceIssues) {
            m_out.append(issue(DraftField::Devices, IssueSeverity::Warning,
                               QStringLiteral("device-duplicate"),
                               Tr::tr("Device %1 (%2) is listed twice (first as device %3): it is "
                                      "sent once.")
                                   .arg(index + 1)
                                   .arg(imei)
                                   .arg(firstIndex + 1),
                               index, firstIndex));
        }
    }
    void finish()
    {
        const int k = CampaignDraft::kMaxDeviceIssues;
        if (m_invalid > k) {
            m_out.append(issue(DraftField::Devices, IssueSeverity::Error,
                               QStringLiteral("devices-more-invalid"),
                               Tr::tr("%1 more devices are not valid IMEIs (%2 in all); only the "
                                      "first %3 are listed.")
                                   .arg(m_invalid - k)
                                   .arg(m_invalid)
                                   .arg(k)));
        }
        if (m_duplicates > k) {
            m_out.append(issue(DraftField::Devices, IssueSeverity::Warning,
                               QStringLiteral("devices-more-duplicates"),
                               Tr::tr("%1 more devices are listed more than once (%2 in all); only "
                                      "the first %3 are listed.")
                                   .arg(m_duplicates - k)
                                   .arg(m_duplicates)
                                   .arg(k)));
        }
    }
    [[nodiscard]] int invalidCount() const { return m_invalid; }
    [[nodiscard]] int duplicateCount() const { return m_duplicates; }

private:
    DraftIssues& m_out;
    int m_invalid = 0;
    int m_duplicates = 0;
};

void appendCountChecks(DraftIssues& out, qsizetype uniqueValid, qsizetype given)
{
    if (given == 0) {
        out.append(issue(DraftField::Devices, IssueSeverity::Error,
                         QStringLiteral("devices-required"),
                         Tr::tr("No device: add at least one device IMEI to the campaign.")));
        return;
    }
    if (uniqueValid > CampaignDraft::kPilotGateDevices) {
        out.append(issue(DraftField::Devices, IssueSeverity::Warning,
                         QStringLiteral("devices-pilot-gate"),
                         Tr::tr("%1 devices: the platform may limit a new campaign to %2 devices "
                                "until 5 or more devices reach a 50% success rate (pilot gate). If "
                                "the server refuses, start with %2 devices and add the rest later.")
                             .arg(uniqueValid)
                             .arg(CampaignDraft::kPilotGateDevices)));
    }
}

/// For valid IMEIs in input order (values[pos], from input index inputIndex[pos]): marks the
/// repeats in `repeat` and reports each as (input index, input index of its first occurrence)
/// in input order. Sort-based: about 0.1 s for a million devices, no hash table.
void findDuplicates(const std::vector<std::uint64_t>& values, const std::vector<int>& inputIndex,
                    std::vector<char>& repeat, DeviceIssueSink& sink,
                    const std::vector<Imei>& imeis)
{
    const std::size_t n = values.size();
    repeat.assign(n, 0);
    std::vector<std::pair<std::uint64_t, std::uint32_t>> sorted(n); // (value, pos)
    for (std::size_t k = 0; k < n; ++k)
        sorted[k] = {values[k], static_cast<std::uint32_t>(k)};
    std::sort(sorted.begin(), sorted.end()); // equal values: the first occurrence first
    std::vector<std::pair<std::uint32_t, std::uint32_t>> repeats; // (pos, pos of first)
    for (std::size_t k = 0; k < n;) {
        std::size_t g = k + 1;
        while (g < n && sorted[g].first == sorted[k].first) {
            repeat[sorted[g].second] = 1;
            repeats.emplace_back(sorted[g].second, sorted[k].second);
            ++g;
        }
        k = g;
    }
    std::sort(repeats.begin(), repeats.end());
    for (const auto& [pos, first] : repeats)
        sink.duplicate(inputIndex[pos], inputIndex[first], imeis[pos].toString());
}

/// Every rule but the devices', in field order.
DraftIssues validateAllButDevices(const CampaignDraft& d, const Clock& clock)
{
    DraftIssues out = CampaignDraft::validateCampaignName(d.campaignName);
    out.append(CampaignDraft::validateFirmware(d.firmwareName, d.firmwareFrom, d.firmwareTo));
    out.append(CampaignDraft::validateProtocol(d.protocol, d.timeWindows));
    out.append(CampaignDraft::validateDates(d.startDate, d.endDate, clock));
    out.append(CampaignDraft::validateProtocolStart(d.protocol, d.startDate, clock));
    out.append(TimeWindowList::validate(d.timeWindows));
    return out;
}

} // namespace

DraftIssues CampaignDraft::validate(const Clock& clock) const
{
    DraftIssues out = validateAllButDevices(*this, clock);
    out.append(validateDevices(devices));
    return out;
}

DraftIssues CampaignDraft::validateWithDeviceIds(const CampaignDraft& draft,
                                                 const QStringList& deviceIds, const Clock& clock,
                                                 DeviceIdMode mode)
{
    DraftIssues out = validateAllButDevices(draft, clock);
    out.append(checkDeviceIds(deviceIds, mode).issues);
    return out;
}

DraftIssues CampaignDraft::validateCampaignName(const QString& name)
{
    DraftIssues out;
    if (name.size() > kMaxCampaignNameLength) {
        out.append(issue(DraftField::CampaignName, IssueSeverity::Error,
                         QStringLiteral("campaign-name-too-long"),
                         Tr::tr("The campaign name has %1 characters: use at most %2.")
                             .arg(name.size())
                             .arg(kMaxCampaignNameLength)));
    }
    if (DisplayText::containsControl(name)) {
        out.append(issue(DraftField::CampaignName, IssueSeverity::Error,
                         QStringLiteral("campaign-name-control-characters"),
                         Tr::tr("The campaign name contains a line break, tab or other control "
                                "character: write it on one line.")));
    } else if (DisplayText::containsBidiControl(name)) {
        // Same rule (and code) as the other controls: an invisible right-to-left override makes
        // a name read differently from what it is, in every list that shows it.
        out.append(issue(DraftField::CampaignName, IssueSeverity::Error,
                         QStringLiteral("campaign-name-control-characters"),
                         Tr::tr("The campaign name contains an invisible text-direction control "
                                "(such as a right-to-left override): remove it.")));
    }
    return out;
}

DraftIssues CampaignDraft::validateFirmware(const QString& name, const QString& from,
                                            const QString& to)
{
    DraftIssues out;
    if (name.trimmed().isEmpty()) {
        out.append(issue(DraftField::FirmwareName, IssueSeverity::Error,
                         QStringLiteral("firmware-name-required"),
                         Tr::tr("No firmware chosen: pick a firmware package from the account's "
                                "firmware list.")));
    }
    if (from.trimmed().isEmpty()) {
        out.append(issue(DraftField::FirmwareFrom, IssueSeverity::Error,
                         QStringLiteral("firmware-from-required"),
                         Tr::tr("The current firmware version (from) is missing: it comes with the "
                                "chosen firmware package.")));
    }
    if (to.trimmed().isEmpty()) {
        out.append(issue(DraftField::FirmwareTo, IssueSeverity::Error,
                         QStringLiteral("firmware-to-required"),
                         Tr::tr("The target firmware version (to) is missing: it comes with the "
                                "chosen firmware package.")));
    } else if (to.trimmed() == from.trimmed()) {
        out.append(issue(DraftField::FirmwareTo, IssueSeverity::Warning,
                         QStringLiteral("firmware-same-version"),
                         Tr::tr("The target version %1 is the current version: the devices would "
                                "not change.")
                             .arg(quoted(to.trimmed()))));
    }
    return out;
}

DraftIssues CampaignDraft::validateProtocolStart(const QString& protocol, QDate startDate,
                                                 const Clock& clock)
{
    DraftIssues out;
    const QDate today = clock.nowUtc().date();
    if (protocol.trimmed() != kLwm2m || startDate != today) // in the past: start-date-in-past
        return out;
    out.append(
        issue(DraftField::StartDate, IssueSeverity::Warning, QStringLiteral("lwm2m-start-today"),
              Tr::tr("LWM2M campaigns start around 00:00 UTC: the next start is %1 00:00 "
                     "UTC, after the start date %2. The first day may be lost or the "
                     "campaign may run on demand within about 2 hours.")
                  .arg(DisplayFormat::date(today.addDays(1)), DisplayFormat::date(startDate))));
    return out;
}

DraftIssues CampaignDraft::validatePackageProtocol(const QString& firmwareName,
                                                   const QString& packageProtocol,
                                                   const QString& protocol)
{
    DraftIssues out;
    const QString fits = campaignProtocolFor(packageProtocol);
    if (fits.isEmpty() || protocol.isEmpty() || fits == protocol)
        return out;
    out.append(issue(DraftField::Protocol, IssueSeverity::Warning,
                     QStringLiteral("protocol-package-mismatch"),
                     Tr::tr("The firmware package %1 is listed for %2, but the campaign protocol "
                            "is %3: the service may refuse the campaign (ProtocolMismatch). "
                            "Choose protocol %4, or a package that suits %3.")
                         .arg(firmwareName, packageProtocol, protocol, fits)));
    return out;
}

DraftIssues CampaignDraft::validateProtocol(const QString& protocol,
                                            const QList<TimeWindow>& windows)
{
    DraftIssues out;
    const QString p = protocol.trimmed();
    if (p.isEmpty()) {
        out.append(issue(DraftField::Protocol, IssueSeverity::Error,
                         QStringLiteral("protocol-required"),
                         Tr::tr("No protocol: choose LWM2M, OMA or HTTP.")));
        return out;
    }
    if (p.compare(kOmdDm, Qt::CaseInsensitive) == 0) {
        out.append(
            issue(DraftField::Protocol, IssueSeverity::Error,
                  QStringLiteral("protocol-not-for-campaigns"),
                  Tr::tr("OMD-DM is how the firmware list names the protocol; a campaign "
                         "takes LWM2M, OMA or HTTP. For an OMD-DM firmware package use OMA.")));
        return out;
    }
    if (!campaignProtocols().contains(p)) {
        const bool wrongCase = campaignProtocols().contains(p, Qt::CaseInsensitive);
        out.append(issue(
            DraftField::Protocol, IssueSeverity::Error, QStringLiteral("protocol-unknown"),
            wrongCase
                ? Tr::tr("%1 is not a campaign protocol as written: use %2 "
                         "(capital letters).")
                      .arg(quoted(p), p.toUpper())
                : Tr::tr("%1 is not a campaign protocol: use LWM2M, OMA or HTTP.").arg(quoted(p))));
        return out;
    }
    if (p == kLwm2m && !windows.isEmpty()) {
        const auto hours = TimeWindowList::coverage(windows);
        if (hours.any() && !hours.test(0) && !hours.test(4)) {
            out.append(
                issue(DraftField::Protocol, IssueSeverity::Warning,
                      QStringLiteral("lwm2m-windows-miss-start-hours"),
                      Tr::tr("LWM2M campaigns start around 00:00 UTC and retry around 04:00 "
                             "UTC, and the time windows (%1) cover neither hour: devices may "
                             "wait a long time. Consider a window that includes 00:00 or "
                             "04:00 UTC.")
                          .arg(TimeWindowList::toDisplayString(windows))));
        }
    }
    return out;
}

DraftIssues CampaignDraft::validateDates(QDate startDate, QDate endDate, const Clock& clock)
{
    DraftIssues out;
    const QDate today = clock.nowUtc().toUTC().date();
    if (!startDate.isValid()) {
        out.append(issue(DraftField::StartDate, IssueSeverity::Error,
                         QStringLiteral("start-date-required"),
                         Tr::tr("No start date: choose the first day of the campaign (today or "
                                "later, UTC).")));
    } else if (startDate < today) {
        out.append(
            issue(DraftField::StartDate, IssueSeverity::Error, QStringLiteral("start-date-in-past"),
                  Tr::tr("The start date %1 is in the past (today is %2 in UTC): choose today "
                         "or a later date.")
                      .arg(DisplayFormat::date(startDate), DisplayFormat::date(today))));
    }
    if (!endDate.isValid()) {
        out.append(issue(DraftField::EndDate, IssueSeverity::Error,
                         QStringLiteral("end-date-required"),
                         Tr::tr("No end date: choose the last day of the campaign (the start date "
                                "or later).")));
    } else if (startDate.isValid() && endDate < startDate) {
        out.append(
            issue(DraftField::EndDate, IssueSeverity::Error, QStringLiteral("end-before-start"),
                  Tr::tr("The end date %1 is before the start date %2: choose an end date on "
                         "or after the start date.")
                      .arg(DisplayFormat::date(endDate), DisplayFormat::date(startDate))));
    }
    return out;
}

DraftIssues CampaignDraft::validateDevices(const QList<Imei>& devices)
{
    DraftIssues out;
    DeviceIssueSink sink(out);
    std::vector<std::uint64_t> values;
    std::vector<int> inputIndex;
    std::vector<Imei> imeis;
    values.reserve(std::size_t(devices.size()));
    inputIndex.reserve(std::size_t(devices.size()));
    imeis.reserve(std::size_t(devices.size()));
    for (int i = 0; i < devices.size(); ++i) {
        const Imei imei = devices.at(i);
        if (imei.isNull()) {
            sink.invalid(issue(
                DraftField::Devices, IssueSeverity::Error, QStringLiteral("device-invalid"),
                Tr::tr("Device %1 is empty: remove it or enter its 15-digit IMEI.").arg(i + 1), i,
                -1, imeiErrorCode(ImeiError::Empty)));
            continue;
        }
        values.push_back(imei.value());
        inputIndex.push_back(i);
        imeis.push_back(imei);
    }
    std::vector<char> repeat;
    findDuplicates(values, inputIndex, repeat, sink, imeis);
    sink.finish();
    appendCountChecks(out, qsizetype(values.size()) - sink.duplicateCount(), devices.size());
    return out;
}

DeviceIdCheck CampaignDraft::checkDeviceIds(const QStringList& deviceIds, DeviceIdMode mode)
{
    DeviceIdCheck check;
    DeviceIssueSink sink(check.issues);
    std::vector<std::uint64_t> values;
    std::vector<int> inputIndex;
    std::vector<Imei> imeis;
    values.reserve(std::size_t(deviceIds.size()));
    inputIndex.reserve(std::size_t(deviceIds.size()));
    imeis.reserve(std::size_t(deviceIds.size()));
    auto offend = [&check](int index, const QString& code, const ImeiParseResult& result) {
        if (check.firstInvalidIndex < 0) {
            check.firstInvalidIndex = index;
            check.firstInvalidCode = code;
            check.firstInvalidResult = result;
        }
    };
    for (int i = 0; i < deviceIds.size(); ++i) {
        const QString& text = deviceIds.at(i);
        std::optional<Imei> imei;
        if (mode == DeviceIdMode::Wire)
            imei = Imei::fromString(text);
        if (!imei) {
            const ImeiParseResult r = Imei::parse(QStringView(text));
            if (r.isValid() && mode == DeviceIdMode::UserInput) {
                imei = r.imei();
            } else if (r.isValid()) {
                offend(i, QStringLiteral("not-canonical"), r);
                sink.invalid(issue(DraftField::Devices, IssueSeverity::Error,
                                   QStringLiteral("device-not-canonical"),
                                   Tr::tr("Device %1 (%2) is not written as 15 plain digits: send "
                                          "%3.")
                                       .arg(i + 1)
                                       .arg(quoted(text), r.imei().toString()),
                                   i, -1, QStringLiteral("not-canonical")));
                continue;
            } else {
                offend(i, r.code(), r);
                sink.invalid(issue(DraftField::Devices, IssueSeverity::Error,
                                   QStringLiteral("device-invalid"),
                                   Tr::tr("Device %1 (%2) is not a valid IMEI: %3")
                                       .arg(i + 1)
                                       .arg(quoted(text), r.message()),
                                   i, -1, r.code()));
                continue;
            }
        }
        values.push_back(imei->value());
        inputIndex.push_back(i);
        imeis.push_back(*imei);
    }
    std::vector<char> repeat;
    findDuplicates(values, inputIndex, repeat, sink, imeis);
    check.devices.reserve(qsizetype(imeis.size()) - sink.duplicateCount());
    for (std::size_t k = 0; k < imeis.size(); ++k) {
        if (!repeat[k])
            check.devices.append(imeis[k]);
    }
    sink.finish();
    check.invalidCount = sink.invalidCount();
    check.duplicateCount = sink.duplicateCount();
    appendCountChecks(check.issues, check.devices.size(), deviceIds.size());
    return check;
}

QStringList CampaignDraft::campaignProtocols()
{
    return {kLwm2m, kOma, kHttp};
}

QString CampaignDraft::campaignProtocolFor(const QString& firmwareProtocol)
{
    const QString p = firmwareProtocol.trimmed();
    if (p.compare(kOmdDm, Qt::CaseInsensitive) == 0)
        return kOma;
    for (const QString& known : {kLwm2m, kOma, kHttp}) {
        if (p.compare(known, Qt::CaseInsensitive) == 0)
            return known;
    }
    return {};
}

} // namespace fotadesk
