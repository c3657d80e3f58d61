// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The rule of "Verify firmware": one row per way a sync answer can read, the order and counts
// of a whole verification, and the codes.

#include "core/FirmwareVerification.h"

#include <QTest>

using namespace fotadesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(fotadesk::FirmwareVerdict)

namespace {

const QString kTo = u"R2.2.0"_s;

FirmwareReport report(const QString& id, const QString& status, const QString& version,
                      const QString& reason = {})
{
    return FirmwareReport{id, status, version, reason};
}

} // namespace

class FirmwareVerificationTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<FirmwareVerdict>("verdict");
        QTest::addColumn<QString>("reported");
        using V = FirmwareVerdict;
        const QString ok = u"FirmwareVersionUpdateSuccess"_s;
        QTest::newRow("reports firmwareTo") << ok << kTo << QString() << V::Verified << kTo;
        QTest::newRow("white space around it")
            << ok << u" R2.2.0 "_s << QString() << V::Verified << kTo;
        QTest::newRow("a newer version")
            << ok << u"R2.3.0"_s << QString() << V::Mismatch << u"R2.3.0"_s;
        QTest::newRow("still the old version")
            << ok << u"R2.1.0"_s << QString() << V::Mismatch << u"R2.1.0"_s;
        QTest::newRow("case differs: not the same version")
            << ok << u"r2.2.0"_s << QString() << V::Mismatch << u"r2.2.0"_s;
        QTest::newRow("unknown status with a version")
            << u"SomethingNew"_s << kTo << QString() << V::Verified << kTo;
        QTest::newRow("success without a version")
            << ok << QString() << QString() << V::NotReported << QString();
        QTest::newRow("blank version") << ok << u"  "_s << QString() << V::NotReported << QString();
        QTest::newRow("failure status")
            << u"FirmwareVersionUpdateFailed"_s << QString() << u"Device did not respond"_s
            << V::NotReported << QString();
        QTest::newRow("failure status with a stale version")
            << u"FirmwareVersionUpdateFailed"_s << kTo << QString() << V::NotReported << QString();
        QTest::newRow("device does not exist")
            << QString() << QString() << u"Device does not exist."_s << V::NotReported << QString();
    }
    void classify()
    {
        QFETCH(QString, status);
        QFETCH(QString, version);
        QFETCH(QString, reason);
        QFETCH(FirmwareVerdict, verdict);
        QFETCH(QString, reported);
        const FirmwareCheck c = FirmwareVerification::classify(
            kTo, report(u"490154203237518"_s, status, version, reason));
        QCOMPARE(c.deviceId, u"490154203237518"_s);
        QCOMPARE(c.verdict, verdict);
        QCOMPARE(c.reportedFirmware, reported);
        if (verdict == FirmwareVerdict::NotReported && !(reason.isEmpty() && status.isEmpty()))
            QCOMPARE(c.reason, reason.isEmpty() ? status : reason);
    }

    void verifyKeepsTheDeviceOrderAndCounts()
    {
        const QStringList ids{u"3"_s, u"1"_s, u"2"_s, u"4"_s};
        const QList<FirmwareReport> reports{
            report(u"1"_s, u"FirmwareVersionUpdateSuccess"_s, kTo),
            report(u"2"_s, u"FirmwareVersionUpdateSuccess"_s, u"R2.3.0"_s),
            report(u"3"_s, u"FirmwareVersionUpdateSuccess"_s, kTo),
            report(u"9"_s, u"FirmwareVersionUpdateSuccess"_s, kTo), // not asked for
        };
        const QList<FirmwareCheck> checks =
            FirmwareVerification::verify(kTo, ids, reports, u"no answer"_s);
        QCOMPARE(checks.size(), 4);
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(checks.at(i).deviceId, ids.at(i));
        QCOMPARE(checks.at(0).verdict, FirmwareVerdict::Verified);
        QCOMPARE(checks.at(2).verdict, FirmwareVerdict::Mismatch);
        QCOMPARE(checks.at(3).verdict, FirmwareVerdict::NotReported);
        QCOMPARE(checks.at(3).reason, u"no answer"_s);
        const FirmwareCheckCounts counts = FirmwareVerification::count(checks);
        QCOMPARE(counts.verified, 2);
        QCOMPARE(counts.mismatch, 1);
        QCOMPARE(counts.notReported, 1);
        QCOMPARE(counts.total(), 4);
        QVERIFY(!counts.allVerified());
        QCOMPARE(counts.of(FirmwareVerdict::Mismatch), 1);
        QVERIFY(FirmwareVerification::count({checks.at(0), checks.at(1)}).allVerified());
        QVERIFY(FirmwareVerification::verify(kTo, {}, reports).isEmpty());
    }

    void codesRoundTrip()
    {
        QStringList codes;
        for (int i = 0; i < FirmwareVerification::VerdictCount; ++i) {
            const auto v = static_cast<FirmwareVerdict>(i);
            const QString code = FirmwareVerification::code(v);
            QCOMPARE(FirmwareVerification::fromCode(code), v);
            QVERIFY(!FirmwareVerification::label(v).isEmpty());
            codes << code;
        }
        QCOMPARE(codes, (QStringList{u"verified"_s, u"mismatch"_s, u"not-reported"_s}));
        QCOMPARE(FirmwareVerification::fromCode(u"Verified"), std::nullopt);
    }

    void explainNamesBothVersions()
    {
        const FirmwareCheck mismatch = FirmwareVerification::classify(
            kTo, report(u"1"_s, u"FirmwareVersionUpdateSuccess"_s, u"R2.3.0"_s));
        const QString text = FirmwareVerification::explain(mismatch, kTo);
        QVERIFY2(text.contains(u"R2.3.0"_s) && text.contains(kTo), qPrintable(text));
        const FirmwareCheck silent = FirmwareVerification::classify(
            kTo, report(u"1"_s, u"FirmwareVersionUpdateFailed"_s, {}, u"Device did not respond"_s));
        QVERIFY(FirmwareVerification::explain(silent, kTo).contains(u"Device did not respond"_s));
    }
};

QTEST_GUILESS_MAIN(FirmwareVerificationTest)
#include "FirmwareVerificationTest.moc"
