// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/CampaignDraft.h"

#include "core/Clock.h"

#include <QTest>
#include <QTimeZone>

using fotadesk::CampaignDraft;
using fotadesk::DeviceIdCheck;
using fotadesk::DeviceIdMode;
using fotadesk::DraftField;
using fotadesk::DraftIssue;
using fotadesk::DraftIssues;
using fotadesk::Imei;
using fotadesk::IssueSeverity;
using fotadesk::ManualClock;
using fotadesk::TimeWindow;
using namespace Qt::StringLiterals;

namespace {

// "Now" for the tests: late in the UTC day, so that zones east of UTC are already tomorrow.
const QDateTime kNow = QDateTime(QDate(2026, 6, 15), QTime(23, 30), Qt::UTC);

/// The n-th of a family of valid IMEIs (35693803564380x bodies with their check digit).
Imei imei(int n)
{
    return Imei::completeFrom14(35693803500000ULL + std::uint64_t(n));
}

CampaignDraft validDraft()
{
    CampaignDraft d;
    d.campaignName = u"Depot 7 modem refresh"_s;
    d.firmwareName = u"ACMEModems_AX100_R2.1.0_R2.2.0"_s;
    d.firmwareFrom = u"R2.1.0"_s;
    d.firmwareTo = u"R2.2.0"_s;
    d.protocol = u"LWM2M"_s;
    d.startDate = QDate(2026, 6, 16); // tomorrow in UTC
    d.endDate = QDate(2026, 6, 18);
    d.timeWindows = {TimeWindow{1, 5}};
    d.devices = {imei(1), imei(2)};
    return d;
}

/// Applies one "field=value" change. Windows as "1:5,22:24"; devices as "gen:N" (N distinct
/// valid IMEIs), "dup" (a repeated IMEI), "null" (a null Imei in the middle) or "" (none).
void apply(CampaignDraft& d, const QString& field, const QString& value)
{
    if (field == u"campaignName")
        d.campaignName = value;
    else if (field == u"firmwareName")
        d.firmwareName = value;
    else if (field == u"firmwareFrom")
        d.firmwareFrom = value;
    else if (field == u"firmwareTo")
        d.firmwareTo = value;
    else if (field == u"protocol")
        d.protocol = value;
    else if (field == u"startDate")
        d.startDate = QDate::fromString(value, Qt::ISODate);
    else if (field == u"endDate")
        d.endDate = QDate::fromString(value, Qt::ISODate);
    else if (field == u"windows") {
        d.timeWindows.clear();
        for (const QString& p : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList se = p.split(QLatin1Char(':'));
            d.timeWindows.append(TimeWindow{se.at(0).toInt(), se.at(1).toInt()});
        }
    } else if (field == u"devices") {
        d.devices.clear();
        if (value.startsWith(u"gen:")) {
            const int n = value.mid(4).toInt();
            for (int i = 0; i < n; ++i)
                d.devices.append(imei(i));
        } else if (value == u"dup") {
            d.devices = {imei(1), imei(2), imei(1)};
        } else if (value == u"null") {
            d.devices = {imei(1), Imei(), imei(2)};
        }
    } else if (!field.isEmpty()) {
        QTest::qFail("unknown field in test data", __FILE__, __LINE__);
    }
}

/// "code@field@index;..."
QString describe(const DraftIssues& issues)
{
    QStringList parts;
    for (const DraftIssue& i : issues)
        parts.append(
            QStringLiteral("%1@%2@%3").arg(i.code, fotadesk::draftFieldId(i.field)).arg(i.index));
    return parts.join(QLatin1Char(';'));
}

const QStringList kWarnings{
    u"firmware-same-version"_s, u"lwm2m-windows-miss-start-hours"_s,
    u"windows-empty"_s,         u"device-duplicate"_s,
    u"devices-pilot-gate"_s,    u"devices-more-duplicates"_s,
    u"dst-shifts-utc-hours"_s,  u"lwm2m-start-today"_s,
};

} // namespace

class CampaignDraftTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void startDateUsesUtcToday_data();
    void startDateUsesUtcToday();
    void issueMessagesAreSpecific();
    void checkDeviceIds_data();
    void checkDeviceIds();
    void deviceIssuesAreCapped();
    void rawValidationMatchesDraftValidation_data() { validate_data(); }
    void rawValidationMatchesDraftValidation();
    void packageProtocol_data();
    void packageProtocol();
    void campaignProtocolFor_data();
    void campaignProtocolFor();
    void fieldIds();
};

void CampaignDraftTest::validate_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("valid as is") << QString() << QString() << QString();
    // campaign name (optional)
    QTest::newRow("no name is fine") << u"campaignName"_s << QString() << QString();
    QTest::newRow("name 100 chars")
        << u"campaignName"_s << QString(100, QLatin1Char('n')) << QString();
    QTest::newRow("name 101 chars") << u"campaignName"_s << QString(101, QLatin1Char('n'))
                                    << u"campaign-name-too-long@campaignName@-1"_s;
    QTest::newRow("name with line break") << u"campaignName"_s << u"Depot\n7"_s
                                          << u"campaign-name-control-characters@campaignName@-1"_s;
    QTest::newRow("name with right-to-left override")
        << u"campaignName"_s << u"Depot \u202E7 tset"_s
        << u"campaign-name-control-characters@campaignName@-1"_s;
    QTest::newRow("name with left-to-right isolate")
        << u"campaignName"_s << u"Depot \u20667"_s
        << u"campaign-name-control-characters@campaignName@-1"_s;
    QTest::newRow("name with escape sequence")
        << u"campaignName"_s << u"Depot\x1B[2J"_s
        << u"campaign-name-control-characters@campaignName@-1"_s;
    QTest::newRow("name in Arabic (no control)") << u"campaignName"_s << u"مستودع ٧"_s << QString();
    QTest::newRow("name with umlauts") << u"campaignName"_s << u"Gerätetausch Köln"_s << QString();
    // firmware
    QTest::newRow("no firmware name")
        << u"firmwareName"_s << QString() << u"firmware-name-required@firmwareName@-1"_s;
    QTest::newRow("blank firmware name")
        << u"firmwareName"_s << u"   "_s << u"firmware-name-required@firmwareName@-1"_s;
    QTest::newRow("no firmware from")
        << u"firmwareFrom"_s << QString() << u"firmware-from-required@firmwareFrom@-1"_s;
    QTest::newRow("no firmware to")
        << u"firmwareTo"_s << QString() << u"firmware-to-required@firmwareTo@-1"_s;
    QTest::newRow("same version") << u"firmwareTo"_s << u"R2.1.0"_s
                                  << u"firmware-same-version@firmwareTo@-1"_s;
    // protocol
    QTest::newRow("OMA") << u"protocol"_s << u"OMA"_s << QString();
    QTest::newRow("HTTP") << u"protocol"_s << u"HTTP"_s << QString();
    QTest::newRow("no protocol") << u"protocol"_s << QString()
                                 << u"protocol-required@protocol@-1"_s;
    QTest::newRow("lower case") << u"protocol"_s << u"lwm2m"_s << u"protocol-unknown@protocol@-1"_s;
    QTest::newRow("OMD-DM is a listing value")
        << u"protocol"_s << u"OMD-DM"_s << u"protocol-not-for-campaigns@protocol@-1"_s;
    QTest::newRow("MQTT") << u"protocol"_s << u"MQTT"_s << u"protocol-unknown@protocol@-1"_s;
    // dates
    QTest::newRow("start tomorrow") << u"startDate"_s << u"2026-06-16"_s << QString();
    QTest::newRow("LWM2M starting today")
        << u"startDate"_s << u"2026-06-15"_s << u"lwm2m-start-today@startDate@-1"_s;
    QTest::newRow("start yesterday")
        << u"startDate"_s << u"2026-06-14"_s << u"start-date-in-past@startDate@-1"_s;
    QTest::newRow("no start date")
        << u"startDate"_s << QString() << u"start-date-required@startDate@-1"_s;
    QTest::newRow("no end date") << u"endDate"_s << QString() << u"end-date-required@endDate@-1"_s;
    QTest::newRow("end same day") << u"endDate"_s << u"2026-06-16"_s << QString();
    QTest::newRow("end before start")
        << u"endDate"_s << u"2026-06-15"_s << u"end-before-start@endDate@-1"_s;
    // windows (through TimeWindowList) and the LWM2M timing hint
    QTest::newRow("no window") << u"windows"_s << QString()
                               << u"windows-empty@campaignTimeWindowList@-1"_s;
    QTest::newRow("overlap") << u"windows"_s << u"1:5,3:8"_s
                             << u"window-overlap@campaignTimeWindowList@1"_s;
    QTest::newRow("across midnight")
        << u"windows"_s << u"22:2"_s << u"window-crosses-midnight@campaignTimeWindowList@0"_s;
    QTest::newRow("split midnight") << u"windows"_s << u"22:24,0:2"_s << QString();
    QTest::newRow("LWM2M misses 00 and 04")
        << u"windows"_s << u"8:12"_s << u"lwm2m-windows-miss-start-hours@protocol@-1"_s;
    QTest::newRow("LWM2M covers 04") << u"windows"_s << u"3:5"_s << QString();
    // devices
    QTest::newRow("no device") << u"devices"_s << QString() << u"devices-required@deviceList@-1"_s;
    QTest::newRow("duplicate device")
        << u"devices"_s << u"dup"_s << u"device-duplicate@deviceList@2"_s;
    QTest::newRow("null device") << u"devices"_s << u"null"_s << u"device-invalid@deviceList@1"_s;
    QTest::newRow("20 devices") << u"devices"_s << u"gen:20"_s << QString();
    QTest::newRow("21 devices") << u"devices"_s << u"gen:21"_s
                                << u"devices-pilot-gate@deviceList@-1"_s;
}

void CampaignDraftTest::validate()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    CampaignDraft d = validDraft();
    apply(d, field, value);
    const ManualClock clock(kNow);
    const DraftIssues issues = d.validate(clock);
    QCOMPARE(describe(issues), expected);
    for (const DraftIssue& i : issues) {
        QVERIFY2(!i.message.isEmpty(), qPrintable(i.code));
        QCOMPARE(i.severity,
                 kWarnings.contains(i.code) ? IssueSeverity::Warning : IssueSeverity::Error);
    }
}

void CampaignDraftTest::packageProtocol_data()
{
    QTest::addColumn<QString>("packageProtocol");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<bool>("mismatch");
    QTest::newRow("LWM2M package, LWM2M") << u"LWM2M"_s << u"LWM2M"_s << false;
    QTest::newRow("OMD-DM package, OMA") << u"OMD-DM"_s << u"OMA"_s << false;
    QTest::newRow("OMD-DM package, LWM2M") << u"OMD-DM"_s << u"LWM2M"_s << true;
    QTest::newRow("LWM2M package, HTTP") << u"LWM2M"_s << u"HTTP"_s << true;
    QTest::newRow("package protocol unknown") << u"MQTT"_s << u"LWM2M"_s << false;
    QTest::newRow("no package") << QString() << u"LWM2M"_s << false;
    QTest::newRow("no campaign protocol") << u"LWM2M"_s << QString() << false;
}

void CampaignDraftTest::packageProtocol()
{
    QFETCH(QString, packageProtocol);
    QFETCH(QString, protocol);
    QFETCH(bool, mismatch);
    const DraftIssues issues =
        CampaignDraft::validatePackageProtocol(u"FW_1"_s, packageProtocol, protocol);
    QCOMPARE(describe(issues), mismatch ? u"protocol-package-mismatch@protocol@-1"_s : QString());
    if (mismatch) {
        QCOMPARE(issues.first().severity, IssueSeverity::Warning);
        // What, where, how to fix: the package, both protocols and the one that fits.
        for (const QString& part : {u"FW_1"_s, packageProtocol, protocol,
                                    CampaignDraft::campaignProtocolFor(packageProtocol)})
            QVERIFY2(issues.first().message.contains(part), qPrintable(issues.first().message));
    }
}

void CampaignDraftTest::startDateUsesUtcToday_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<bool>("inPast");

    // 22:30 UTC on the 15th is already the 16th in Berlin: the 15th is still allowed.
    QTest::newRow("late UTC evening, today")
        << QDateTime(QDate(2026, 6, 16), QTime(0, 30), QTimeZone("Europe/Berlin"))
        << QDate(2026, 6, 15) << false;
    // 01:00 UTC on the 16th is still the 15th in New York: the 15th is already past.
    QTest::newRow("early UTC morning, yesterday")
        << QDateTime(QDate(2026, 6, 15), QTime(21, 0), QTimeZone("America/New_York"))
        << QDate(2026, 6, 15) << true;
    QTest::newRow("first second of the day")
        << QDateTime(QDate(2026, 6, 15), QTime(0, 0), Qt::UTC) << QDate(2026, 6, 15) << false;
    QTest::newRow("last second of the day")
        << QDateTime(QDate(2026, 6, 15), QTime(23, 59, 59), Qt::UTC) << QDate(2026, 6, 15) << false;
    QTest::newRow("one day late") << QDateTime(QDate(2026, 6, 16), QTime(0, 0), Qt::UTC)
                                  << QDate(2026, 6, 15) << true;
}

void CampaignDraftTest::startDateUsesUtcToday()
{
    QFETCH(QDateTime, now);
    QFETCH(QDate, start);
    QFETCH(bool, inPast);
    const ManualClock clock(now);
    const DraftIssues issues = CampaignDraft::validateDates(start, start.addDays(2), clock);
    QCOMPARE(describe(issues), inPast ? u"start-date-in-past@startDate@-1"_s : QString());
}

void CampaignDraftTest::issueMessagesAreSpecific()
{
    const ManualClock clock(kNow);
    const DraftIssues past =
        CampaignDraft::validateDates(QDate(2026, 6, 1), QDate(2026, 6, 20), clock);
    QCOMPARE(past.size(), 1);
    QVERIFY(past.first().message.contains(u"2026-06-01"_s));
    QVERIFY(past.first().message.contains(u"2026-06-15"_s)); // today (UTC)

    const DraftIssues order =
        CampaignDraft::validateDates(QDate(2026, 6, 20), QDate(2026, 6, 18), clock);
    QVERIFY(order.first().message.contains(u"2026-06-18"_s));
    QVERIFY(order.first().message.contains(u"2026-06-20"_s));

    const DraftIssues lower = CampaignDraft::validateProtocol(u"lwm2m"_s);
    QVERIFY2(lower.first().message.contains(u"LWM2M"_s), qPrintable(lower.first().message));
    const DraftIssues omd = CampaignDraft::validateProtocol(u"OMD-DM"_s);
    QVERIFY2(omd.first().message.contains(u"OMA"_s), qPrintable(omd.first().message));

    const DraftIssues longName = CampaignDraft::validateCampaignName(QString(150, u'x'));
    QVERIFY(longName.first().message.contains(u"150"_s));
    QVERIFY(longName.first().message.contains(u"100"_s));
    const DraftIssues bidi = CampaignDraft::validateCampaignName(u"a\u202Eb"_s);
    QCOMPARE(bidi.size(), 1);
    QVERIFY2(bidi.first().message.contains(u"right-to-left"_s), qPrintable(bidi.first().message));

    DraftIssue i;
    i.field = DraftField::FirmwareName;
    i.message = u"Missing."_s;
    QCOMPARE(i.toString(), u"firmwareName: Missing."_s);
}

void CampaignDraftTest::checkDeviceIds_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<bool>("userInput");
    QTest::addColumn<int>("firstInvalid");
    QTest::addColumn<QString>("firstCode");
    QTest::addColumn<int>("valid");
    QTest::addColumn<QString>("issues"); // code@field@index;... with detail after '#'

    const QString a = u"490154203237518"_s;
    const QString b = u"356938035643809"_s;
    QTest::newRow("two valid") << QStringList{a, b} << false << -1 << QString() << 2 << QString();
    QTest::newRow("14 digits") << QStringList{a, u"35693803564380"_s} << false << 1
                               << u"missing-check-digit"_s << 1
                               << u"device-invalid@deviceList@1#missing-check-digit"_s;
    QTest::newRow("imeisv") << QStringList{u"3569380356438012"_s} << false << 0 << u"imeisv"_s << 0
                            << u"device-invalid@deviceList@0#imeisv"_s;
    QTest::newRow("scientific then bad check")
        << QStringList{a, u"3.56938E+14"_s, u"356938035643808"_s} << false << 1
        << u"scientific-notation"_s << 1
        << u"device-invalid@deviceList@1#scientific-notation;"
           "device-invalid@deviceList@2#bad-check-digit"_s;
    QTest::newRow("wire refuses dashes")
        << QStringList{u"35-693803-564380-9"_s} << false << 0 << u"not-canonical"_s << 0
        << u"device-not-canonical@deviceList@0#not-canonical"_s;
    QTest::newRow("user input accepts dashes")
        << QStringList{u"35-693803-564380-9"_s, u"'490154203237518"_s} << true << -1 << QString()
        << 2 << QString();
    QTest::newRow("user input still checks")
        << QStringList{b, u"35693803564380"_s} << true << 1 << u"missing-check-digit"_s << 1
        << u"device-invalid@deviceList@1#missing-check-digit"_s;
    QTest::newRow("empty entry") << QStringList{QString()} << false << 0 << u"empty"_s << 0
                                 << u"device-invalid@deviceList@0#empty"_s;
    QTest::newRow("no devices") << QStringList{} << false << -1 << QString() << 0
                                << u"devices-required@deviceList@-1#"_s;
    QTest::newRow("duplicate kept once") << QStringList{a, b, a} << false << -1 << QString() << 2
                                         << u"device-duplicate@deviceList@2#"_s;
    QTest::newRow("invalid entries, then repeats")
        << QStringList{a, a, u"123"_s, b, b} << false << 2 << u"too-short"_s << 2
        << u"device-invalid@deviceList@2#too-short;device-duplicate@deviceList@1#;"
           "device-duplicate@deviceList@4#"_s;
    QTest::newRow("duplicate after normalising")
        << QStringList{a, u"49 015420 323751 8"_s} << true << -1 << QString() << 1
        << u"device-duplicate@deviceList@1#"_s;
}

void CampaignDraftTest::checkDeviceIds()
{
    QFETCH(QStringList, ids);
    QFETCH(bool, userInput);
    QFETCH(int, firstInvalid);
    QFETCH(QString, firstCode);
    QFETCH(int, valid);
    QFETCH(QString, issues);

    const DeviceIdCheck check = CampaignDraft::checkDeviceIds(
        ids, userInput ? DeviceIdMode::UserInput : DeviceIdMode::Wire);
    QCOMPARE(check.firstInvalidIndex, firstInvalid);
    QCOMPARE(check.firstInvalidCode, firstCode);
    QCOMPARE(check.devices.size(), valid);
    QStringList parts;
    for (const DraftIssue& i : check.issues) {
        parts.append(QStringLiteral("%1@%2@%3#%4")
                         .arg(i.code, fotadesk::draftFieldId(i.field))
                         .arg(i.index)
                         .arg(i.detail));
        QVERIFY(!i.message.isEmpty());
    }
    QCOMPARE(parts.join(QLatin1Char(';')), issues);
    QCOMPARE(check.isValid(), firstInvalid < 0 && valid > 0);
    if (firstInvalid >= 0 && firstCode != u"not-canonical"_s)
        QCOMPARE(check.firstInvalidResult.code(), firstCode);
    if (firstInvalid >= 0) // the offending text and the Imei reason are in the message
        QVERIFY(check.issues.first().message.contains(ids.at(firstInvalid).left(10)));
    for (const Imei& imei : check.devices)
        QVERIFY(!imei.isNull());
}

void CampaignDraftTest::deviceIssuesAreCapped()
{
    QStringList ids;
    for (int i = 0; i < 60; ++i)
        ids.append(u"12345"_s);
    ids.append(u"490154203237518"_s);
    for (int i = 0; i < 55; ++i)
        ids.append(u"490154203237518"_s);
    const DeviceIdCheck check = CampaignDraft::checkDeviceIds(ids);
    QCOMPARE(check.invalidCount, 60);
    QCOMPARE(check.duplicateCount, 55);
    QCOMPARE(check.firstInvalidIndex, 0);
    QCOMPARE(check.devices.size(), 1);
    const QStringList codes = fotadesk::issueCodes(check.issues);
    QCOMPARE(codes.count(u"device-invalid"_s), CampaignDraft::kMaxDeviceIssues);
    QCOMPARE(codes.count(u"device-duplicate"_s), CampaignDraft::kMaxDeviceIssues);
    QCOMPARE(codes.count(u"devices-more-invalid"_s), 1);
    QCOMPARE(codes.count(u"devices-more-duplicates"_s), 1);
    const DraftIssues more = fotadesk::issuesFor(check.issues, DraftField::Devices);
    QCOMPARE(more.size(), check.issues.size());
    for (const DraftIssue& i : check.issues) {
        if (i.code == u"devices-more-invalid"_s)
            QVERIFY2(i.message.contains(u"10"_s) && i.message.contains(u"60"_s),
                     qPrintable(i.message));
    }
    // A long pasted value is shortened in the message, never copied whole.
    const DeviceIdCheck huge = CampaignDraft::checkDeviceIds({QString(100000, u'9')});
    QVERIFY(huge.issues.first().message.size() < 1000);
}

void CampaignDraftTest::rawValidationMatchesDraftValidation()
{
    // fotasim and fotactl validate raw ids; the GUI validates Imei values: same verdict.
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    if (value == u"null"_s)
        QSKIP("a null Imei has no text form");
    CampaignDraft d = validDraft();
    apply(d, field, value);
    QStringList ids;
    for (const Imei& imei : std::as_const(d.devices))
        ids.append(imei.toString());
    const ManualClock clock(kNow);
    QCOMPARE(describe(CampaignDraft::validateWithDeviceIds(d, ids, clock)), expected);
    QCOMPARE(describe(CampaignDraft::validateWithDeviceIds(d, ids, clock, DeviceIdMode::UserInput)),
             expected);
}

void CampaignDraftTest::campaignProtocolFor_data()
{
    QTest::addColumn<QString>("firmwareProtocol");
    QTest::addColumn<QString>("campaignProtocol");
    QTest::newRow("LWM2M") << u"LWM2M"_s << u"LWM2M"_s;
    QTest::newRow("OMD-DM") << u"OMD-DM"_s << u"OMA"_s;
    QTest::newRow("omd-dm") << u"omd-dm"_s << u"OMA"_s;
    QTest::newRow("HTTP") << u"HTTP"_s << u"HTTP"_s;
    QTest::newRow("unknown") << u"MQTT"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void CampaignDraftTest::campaignProtocolFor()
{
    QFETCH(QString, firmwareProtocol);
    QFETCH(QString, campaignProtocol);
    QCOMPARE(CampaignDraft::campaignProtocolFor(firmwareProtocol), campaignProtocol);
    if (!campaignProtocol.isEmpty())
        QVERIFY(CampaignDraft::validateProtocol(campaignProtocol).isEmpty());
}

void CampaignDraftTest::fieldIds()
{
    QCOMPARE(fotadesk::draftFieldId(DraftField::TimeWindows), u"campaignTimeWindowList"_s);
    QCOMPARE(fotadesk::draftFieldId(DraftField::Devices), u"deviceList"_s);
    QCOMPARE(fotadesk::draftFieldId(DraftField::StartDate), u"startDate"_s);
    QCOMPARE(fotadesk::draftFieldId(DraftField::None), QString());
    QCOMPARE(CampaignDraft::campaignProtocols(), (QStringList{u"LWM2M"_s, u"OMA"_s, u"HTTP"_s}));
    QCOMPARE(CampaignDraft().protocol, u"LWM2M"_s); // the contract's default
}

QTEST_GUILESS_MAIN(CampaignDraftTest)
#include "CampaignDraftTest.moc"
