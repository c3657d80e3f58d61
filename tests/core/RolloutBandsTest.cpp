// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/RolloutBands.h"

#include "core/DeviceZones.h"
#include "core/DisplayFormat.h"
#include "core/ImeiImporter.h"
#include "core/RolloutPlan.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fotadesk;
using namespace Qt::StringLiterals;

namespace {

// Valid IMEIs (Luhn check digit) in a fixed order.
QString imei(int n)
{
    const QString body = u"35209900%1"_s.arg(n, 6, 10, QChar(u'0'));
    int sum = 0;
    for (int i = 0; i < 14; ++i) {
        int d = body.at(i).digitValue();
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return body + QString::number((10 - sum % 10) % 10);
}

ImeiImportResult importText(const QByteArray& csv)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(u"devices.csv"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(csv);
    f.close();
    ImeiImportOptions options;
    options.keepSourceDetails = true;
    return ImeiImporter(options).importFile(path);
}

QDate date(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QString hours(const QList<TimeWindow>& windows)
{
    QStringList out;
    for (const TimeWindow& w : windows)
        out << u"%1-%2"_s.arg(w.startTime).arg(w.endTime);
    return out.join(u',');
}

const QByteArray kZonedPlan = R"({
  "name": "Meters",
  "firmware": {"name": "FW-A"},
  "devices": "devices.csv",
  "schedule": {"durationDays": 3, "localWindows": ["1-5"]},
  "waves": [{"count": 3}, {"rest": true, "localWindows": ["22-2"]}],
  "sites": {"Berlin plant": "Europe/Berlin", "Osaka": "+09:00"},
  "defaultZone": "UTC"
})";

} // namespace

class RolloutBandsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalisesZoneTexts_data();
    void normalisesZoneTexts();
    void readsATimezoneColumn();
    void readsASiteColumnThroughTheSitesMap();
    void aDeviceWithoutZoneNamesItsLine();
    void defaultZoneFillsTheGaps();
    void threeZonesMakeThreeBandsWithUtcWindows();
    void sameOffsetsShareABand();
    void daylightSavingIsReportedPerBand();
    void aWindowAcrossMidnightStaysOneRange();
    void aDeviceWithoutZoneIsAnError();
    void planParsesLocalWindowsAndSites();
    void planErrorsForZones_data();
    void planErrorsForZones();
    void zonesChangeTheHashOnlyWhenGiven();
};

void RolloutBandsTest::normalisesZoneTexts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("iana") << u"Europe/Berlin"_s << u"Europe/Berlin"_s;
    QTest::newRow("iana-spaces") << u"  Asia/Tokyo "_s << u"Asia/Tokyo"_s;
    QTest::newRow("offset") << u"+01:00"_s << u"UTC+01:00"_s;
    QTest::newRow("offset-compact") << u"-0530"_s << u"UTC-05:30"_s;
    QTest::newRow("utc-offset") << u"UTC+1"_s << u"UTC+01:00"_s;
    QTest::newRow("gmt-offset") << u"GMT-05:00"_s << u"UTC-05:00"_s;
    QTest::newRow("zero-offset") << u"+00:00"_s << u"UTC"_s;
    QTest::newRow("utc") << u"utc"_s << u"UTC"_s;
    QTest::newRow("unknown") << u"Europe/Atlantis"_s << QString();
    QTest::newRow("city") << u"Berlin"_s << QString();
    QTest::newRow("too-far") << u"+15:00"_s << QString();
    QTest::newRow("odd-minutes") << u"+01:07"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void RolloutBandsTest::normalisesZoneTexts()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(DeviceZones::normalise(text).value_or(QString()), expected);
    if (!expected.isEmpty())
        QVERIFY(DeviceZones::zoneFor(expected).isValid());
}

void RolloutBandsTest::readsATimezoneColumn()
{
    const ImeiImportResult import = importText(
        u"IMEI,Time zone,Name\n%1,Europe/Berlin,a\n%2,+09:00,b\n%3,America/New_York,c\n"_s
            .arg(imei(1), imei(2), imei(3))
            .toUtf8());
    QVERIFY(import.ok());
    const DeviceZones zones = DeviceZones::read(import, {}, {}, true, u"devices.csv"_s);
    QVERIFY2(zones.errors.isEmpty(), qPrintable(zones.errors.join(u'\n')));
    QCOMPARE(zones.columnName, u"Time zone"_s);
    QVERIFY(!zones.bySite);
    QCOMPARE(zones.zoneOf.value(imei(1)), u"Europe/Berlin"_s);
    QCOMPARE(zones.zoneOf.value(imei(2)), u"UTC+09:00"_s);
    QCOMPARE(zones.zoneOf.value(imei(3)), u"America/New_York"_s);
}

void RolloutBandsTest::readsASiteColumnThroughTheSitesMap()
{
    const ImeiImportResult import = importText(
        u"imei;site\n%1;Berlin plant\n%2;osaka\n%3;Lyon\n"_s.arg(imei(1), imei(2), imei(3))
            .toUtf8());
    QVERIFY(import.ok());
    const QMap<QString, QString> sites{{u"Berlin plant"_s, u"Europe/Berlin"_s},
                                       {u"Osaka"_s, u"+09:00"_s}};
    const DeviceZones zones = DeviceZones::read(import, sites, {}, true, u"devices.csv"_s);
    QVERIFY(zones.bySite);
    QCOMPARE(zones.zoneOf.value(imei(1)), u"Europe/Berlin"_s);
    QCOMPARE(zones.zoneOf.value(imei(2)), u"UTC+09:00"_s); // site names ignore case
    QCOMPARE(zones.errors.size(), 1);
    QCOMPARE(zones.errors.first(),
             u"devices.csv:4: device %1: the site \"Lyon\" is not in the plan's \"sites\"; add "
             "\"Lyon\": \"Europe/Berlin\" (its time zone) to \"sites\"."_s.arg(imei(3)));
}

void RolloutBandsTest::aDeviceWithoutZoneNamesItsLine()
{
    const ImeiImportResult import = importText(
        u"IMEI,tz\n%1,Europe/Berlin\n%2,\n%3,Mars/Olympus\n"_s.arg(imei(1), imei(2), imei(3))
            .toUtf8());
    const DeviceZones zones = DeviceZones::read(import, {}, {}, true, u"devices.csv"_s);
    QCOMPARE(zones.errors,
             QStringList({u"devices.csv:3: device %1 has no time zone; fill in its time zone, or "
                          "set the plan's \"defaultZone\" for devices without one."_s.arg(imei(2)),
                          u"devices.csv:4: device %1: \"Mars/Olympus\" is not a time zone; write "
                          "an IANA zone such as Europe/Berlin or America/New_York, or an offset "
                          "such as +01:00."_s.arg(imei(3))}));
    // Without a zone column at all: one error saying which column to add.
    const ImeiImportResult bare = importText(u"IMEI\n%1\n"_s.arg(imei(1)).toUtf8());
    const DeviceZones none = DeviceZones::read(bare, {}, {}, true, u"devices.csv"_s);
    QCOMPARE(none.errors.size(), 1);
    QVERIFY2(none.errors.first().contains(u"no time zone column; add a column \"timezone\""_s),
             qPrintable(none.errors.first()));
    // Not required (no local windows): no error.
    QVERIFY(DeviceZones::read(bare, {}, {}, false, u"devices.csv"_s).errors.isEmpty());
}

void RolloutBandsTest::defaultZoneFillsTheGaps()
{
    const ImeiImportResult import =
        importText(u"IMEI,tz\n%1,Asia/Tokyo\n%2,\n"_s.arg(imei(1), imei(2)).toUtf8());
    const DeviceZones zones =
        DeviceZones::read(import, {}, u"Europe/Berlin"_s, true, u"devices.csv"_s);
    QVERIFY(zones.errors.isEmpty());
    QCOMPARE(zones.zoneOf.value(imei(1)), u"Asia/Tokyo"_s);
    QCOMPARE(zones.zoneOf.value(imei(2)), u"Europe/Berlin"_s);
}

void RolloutBandsTest::threeZonesMakeThreeBandsWithUtcWindows()
{
    const QStringList devices{imei(1), imei(2), imei(3), imei(4)};
    const QHash<QString, QString> zoneOf{{imei(1), u"Europe/Berlin"_s},
                                         {imei(2), u"America/New_York"_s},
                                         {imei(3), u"Asia/Tokyo"_s},
                                         {imei(4), u"Europe/Berlin"_s}};
    const RolloutBands b = RolloutBands::compute(devices, zoneOf, {TimeWindow{1, 5}},
                                                 date("2026-12-10"), date("2026-12-12"));
    QVERIFY2(b.errors.isEmpty(), qPrintable(b.errors.join(u'\n')));
    QCOMPARE(b.bands.size(), 3);
    // West to east; 01–05 local is 06–10 UTC in New York, 00–04 in Berlin, 16–20 in Tokyo.
    QCOMPARE(b.bands.at(0).label, u"UTC-05:00"_s);
    QCOMPARE(hours(b.bands.at(0).utcWindows), u"6-10"_s);
    QCOMPARE(b.bands.at(0).devices, QStringList{imei(2)});
    QCOMPARE(b.bands.at(1).label, u"UTC+01:00"_s);
    QCOMPARE(hours(b.bands.at(1).utcWindows), u"0-4"_s);
    QCOMPARE(b.bands.at(1).devices, QStringList({imei(1), imei(4)}));
    QCOMPARE(b.bands.at(2).label, u"UTC+09:00"_s);
    QCOMPARE(hours(b.bands.at(2).utcWindows), u"16-20"_s);
    for (const RolloutBand& band : b.bands)
        QVERIFY(band.warnings.isEmpty());
}

void RolloutBandsTest::sameOffsetsShareABand()
{
    // In December Berlin, Paris, Lagos and a fixed +01:00 all keep UTC+01:00: one band.
    const QStringList devices{imei(1), imei(2), imei(3), imei(4)};
    const QHash<QString, QString> zoneOf{{imei(1), u"Europe/Berlin"_s},
                                         {imei(2), u"Europe/Paris"_s},
                                         {imei(3), u"Africa/Lagos"_s},
                                         {imei(4), u"UTC+01:00"_s}};
    const RolloutBands b = RolloutBands::compute(devices, zoneOf, {TimeWindow{1, 5}},
                                                 date("2026-12-10"), date("2026-12-16"));
    QCOMPARE(b.bands.size(), 1);
    QCOMPARE(b.bands.first().zones, QStringList({u"Africa/Lagos"_s, u"Europe/Berlin"_s,
                                                 u"Europe/Paris"_s, u"UTC+01:00"_s}));
    QCOMPARE(b.bands.first().devices, devices);
}

void RolloutBandsTest::daylightSavingIsReportedPerBand()
{
    // Berlin moves to UTC+02:00 on 29 March 2026; Lagos stays at UTC+01:00: two bands now.
    const QStringList devices{imei(1), imei(2)};
    const QHash<QString, QString> zoneOf{{imei(1), u"Europe/Berlin"_s},
                                         {imei(2), u"Africa/Lagos"_s}};
    const RolloutBands b = RolloutBands::compute(devices, zoneOf, {TimeWindow{1, 5}},
                                                 date("2026-03-27"), date("2026-03-31"));
    QVERIFY2(b.errors.isEmpty(), qPrintable(b.errors.join(u'\n')));
    QCOMPARE(b.bands.size(), 2);
    const RolloutBand& lagos = b.bands.at(0);
    const RolloutBand& berlin = b.bands.at(1);
    QCOMPARE(lagos.label, u"UTC+01:00"_s);
    QVERIFY(lagos.warnings.isEmpty());
    QCOMPARE(berlin.label, u"UTC+01:00/+02:00"_s);
    QCOMPARE(berlin.devices, QStringList{imei(1)});
    // Only the hours inside the local night on EVERY date are sent: 00–03 UTC.
    QCOMPARE(hours(berlin.utcWindows), u"0-3"_s);
    // The change day itself (00–03 UTC), then the summer hours (23–24 and 00–03 UTC), then
    // what is sent.
    QCOMPARE(berlin.warnings.size(), 3);
    QVERIFY2(berlin.warnings.at(1).contains(DisplayFormat::date(date("2026-03-30"))),
             qPrintable(berlin.warnings.at(1)));
    QVERIFY2(berlin.warnings.at(0).contains(DisplayFormat::date(date("2026-03-29"))),
             qPrintable(berlin.warnings.at(0)));
    QVERIFY2(berlin.warnings.at(0).contains(u"Europe/Berlin"_s), qPrintable(berlin.warnings.at(0)));
    QCOMPARE(berlin.warnings.at(2), u"The band's campaign sends 00:00–03:00 UTC: the hours inside "
                                    "the local window on every date of the campaign."_s);
    // A one-hour local window that the change moves entirely: refused, saying how to fix it.
    const RolloutBands none = RolloutBands::compute({imei(1)}, zoneOf, {TimeWindow{3, 4}},
                                                    date("2026-03-27"), date("2026-03-31"));
    QVERIFY(none.bands.isEmpty());
    QCOMPARE(none.errors.size(), 1);
    QVERIFY2(none.errors.first().startsWith(u"The band UTC+01:00/+02:00 (Europe/Berlin) has no "
                                            "UTC hour inside the local window"_s),
             qPrintable(none.errors.first()));
}

void RolloutBandsTest::aWindowAcrossMidnightStaysOneRange()
{
    // 22–02 local in Tokyo (+09:00) is 13–17 UTC; in New York (-05:00) 03–07 UTC.
    const QHash<QString, QString> zoneOf{{imei(1), u"Asia/Tokyo"_s},
                                         {imei(2), u"America/New_York"_s}};
    const RolloutBands b =
        RolloutBands::compute({imei(1), imei(2)}, zoneOf, {TimeWindow{0, 2}, TimeWindow{22, 24}},
                              date("2026-12-10"), date("2026-12-12"));
    QCOMPARE(b.bands.size(), 2);
    QCOMPARE(hours(b.bands.at(0).utcWindows), u"3-7"_s);
    QCOMPARE(hours(b.bands.at(1).utcWindows), u"13-17"_s);
}

void RolloutBandsTest::aDeviceWithoutZoneIsAnError()
{
    const RolloutBands b =
        RolloutBands::compute({imei(1), imei(2)}, {{imei(1), u"Asia/Tokyo"_s}}, {TimeWindow{1, 5}},
                              date("2026-12-10"), date("2026-12-12"));
    QVERIFY(b.bands.isEmpty());
    QCOMPARE(b.errors,
             QStringList{u"1 device(s) have no time zone (%1); give each a time zone or site in "
                         "the device list, or set the plan's \"defaultZone\"."_s.arg(imei(2))});
}

void RolloutBandsTest::planParsesLocalWindowsAndSites()
{
    const RolloutPlanParsed parsed = RolloutPlan::parse(kZonedPlan, u"plan.json"_s);
    QVERIFY2(parsed.plan, qPrintable(parsed.errors.join(u'\n')));
    const RolloutPlan& plan = *parsed.plan;
    QVERIFY(plan.usesLocalWindows());
    QCOMPARE(plan.sites.value(u"Berlin plant"_s), u"Europe/Berlin"_s);
    QCOMPARE(plan.defaultZone, u"UTC"_s);
    QCOMPARE(hours(*plan.scheduleOf(0).localWindows), u"1-5"_s);
    QVERIFY(!plan.scheduleOf(0).windows);
    // "22-2" crosses midnight: two ranges, as the create form splits it.
    QCOMPARE(hours(*plan.scheduleOf(1).localWindows), u"0-2,22-24"_s);
    QCOMPARE(plan.campaignName(2, u"UTC+01:00"_s), u"Meters \u2014 wave 2 (UTC+01:00)"_s);
    QCOMPARE(plan.campaignName(2), u"Meters \u2014 wave 2"_s);
    // Canonical JSON round trip keeps the zones.
    const RolloutPlanParsed again =
        RolloutPlan::parse(QJsonDocument(plan.toJson()).toJson(), u"canonical"_s);
    QVERIFY2(again.plan, qPrintable(again.errors.join(u'\n')));
    QCOMPARE(again.plan->toJson(), plan.toJson());
}

void RolloutBandsTest::planErrorsForZones_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray head =
        R"({"name": "M", "firmware": {"name": "F"}, "devices": "d.csv", "waves": [{"rest": true}], )";
    QTest::newRow("both-windows")
        << head + R"("schedule": {"windows": ["1-5"], "localWindows": ["1-5"]}})"
        << u"plan.json: schedule.localWindows: cannot be given together with \"windows\" (UTC "
           "hours): keep one of them."_s;
    QTest::newRow("bad-local")
        << head + R"("schedule": {"localWindows": ["1-1"]}})"
        << u"plan.json: schedule.localWindows: must be a list of local hour ranges such as "
           "[\"1-5\"] or [\"22-2\"] (0 to 24; a range across midnight is allowed)."_s;
    QTest::newRow("overlap") << head + R"("schedule": {"localWindows": ["1-5", "4-6"]}})"
                             << u"plan.json: schedule.localWindows: has windows that overlap; "
                                "merge them into one range."_s;
    QTest::newRow("bad-site")
        << head + R"("schedule": {"localWindows": ["1-5"]}, "sites": {"Lyon": "Paris"}})"
        << u"plan.json: sites.\"Lyon\": must be a time zone such as \"Europe/Berlin\" or "
           "\"+01:00\"."_s;
    QTest::newRow("bad-default")
        << head + R"("schedule": {"localWindows": ["1-5"]}, "defaultZone": "CET-ish"})"
        << u"plan.json: defaultZone: must be a time zone such as \"Europe/Berlin\" or "
           "\"+01:00\"."_s;
    QTest::newRow("sites-without-local")
        << head + R"("sites": {"Lyon": "Europe/Paris"}})"
        << u"plan.json: sites/defaultZone: only a plan with \"localWindows\" uses time zones; "
           "add \"localWindows\" to the schedule or remove them."_s;
}

void RolloutBandsTest::planErrorsForZones()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const RolloutPlanParsed parsed = RolloutPlan::parse(json, u"plan.json"_s);
    QVERIFY(!parsed.plan);
    QVERIFY2(parsed.errors.contains(error), qPrintable(parsed.errors.join(u'\n')));
}

void RolloutBandsTest::zonesChangeTheHashOnlyWhenGiven()
{
    const RolloutPlan plan = *RolloutPlan::parse(kZonedPlan, u"plan.json"_s).plan;
    const QStringList devices{imei(1), imei(2)};
    const QHash<QString, QString> a{{imei(1), u"Europe/Berlin"_s}, {imei(2), u"Asia/Tokyo"_s}};
    QHash<QString, QString> b = a;
    b.insert(imei(2), u"Asia/Seoul"_s);
    QCOMPARE(plan.hash(devices, {}), plan.hash(devices));
    QVERIFY(plan.hash(devices, a) != plan.hash(devices));
    QVERIFY(plan.hash(devices, a) != plan.hash(devices, b));
    QCOMPARE(plan.hash(devices, a), plan.hash(devices, QHash<QString, QString>(a)));
}

QTEST_GUILESS_MAIN(RolloutBandsTest)
#include "RolloutBandsTest.moc"
