// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Black-box tests of `fotactl imei check`: the built program run with QProcess.
#include "core/Imei.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using fotadesk::Imei;
using fotadesk::test::TestFiles;
using namespace Qt::StringLiterals;

namespace {

QByteArray imei(int i)
{
    return Imei::completeFrom14(35693803564380ULL + static_cast<std::uint64_t>(i))
        .toString()
        .toLatin1();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run fotactl(const QStringList& arguments)
{
    const QString bin = qEnvironmentVariable("FOTADESK_BIN_DIR");
    QProcess p;
    p.setProgram(QDir(bin).filePath(u"fotactl"_s));
    p.setArguments(arguments);
    p.start();
    Run r;
    if (!p.waitForStarted(30000) || !p.waitForFinished(120000)) {
        qWarning("fotactl did not run: %s", qPrintable(p.errorString()));
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QJsonObject json(const Run& r)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("not one JSON object: %s", r.out.constData());
    return doc.object();
}

} // namespace

class FotactlImeiTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void jsonShape();
    void jsonError_data();
    void jsonError();
    void validOut();
    void plainSummaryIsReadable();
    void help();
    void usageErrors_data();
    void usageErrors();
};

void FotactlImeiTest::initTestCase()
{
    const QString bin = qEnvironmentVariable("FOTADESK_BIN_DIR");
    QVERIFY2(!bin.isEmpty(), "FOTADESK_BIN_DIR is not set (run through ctest)");
    QVERIFY2(QFile::exists(QDir(bin).filePath(u"fotactl"_s)), qPrintable(bin));
}

void FotactlImeiTest::exitCodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("all valid") << "IMEI\n" + imei(0) + "\n" + imei(1) + "\n" << 0;
    QTest::newRow("all valid with duplicates") << imei(0) + "\n" + imei(0) + "\n" << 0;
    QTest::newRow("one rejected") << "IMEI\n" + imei(0) + "\n" + imei(1).left(14) + "\n" << 1;
    QTest::newRow("header only: no valid IMEI") << "IMEI\n"_ba << 1;
    QTest::newRow("all rejected") << "IMEI\nabc\n"_ba << 1;
    QTest::newRow("empty") << QByteArray() << 2;
    QTest::newRow("binary") << "\x00\x01\x02\x03\xff\xfe"_ba << 2;
    QTest::newRow("no IMEI column") << "Name,City\nA,B\n"_ba << 2;
}

void FotactlImeiTest::exitCodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, exitCode);
    TestFiles files;
    const QString path = files.write(u"in.csv"_s, bytes);
    QCOMPARE(fotactl({u"imei"_s, u"check"_s, path}).exitCode, exitCode);
    QCOMPARE(fotactl({u"imei"_s, u"check"_s, path, u"--json"_s}).exitCode, exitCode);
}

void FotactlImeiTest::jsonShape()
{
    TestFiles files;
    const QString path = files.write(u"devices.csv"_s, "\xef\xbb\xbfName;Model;Ger\xc3\xa4te-IMEI\n"
                                                       "A;X;" +
                                                           imei(0) +
                                                           "\n"
                                                           "B;Y;" +
                                                           imei(0) +
                                                           "\n"
                                                           "C;Z;" +
                                                           imei(1).left(14) +
                                                           "\n"
                                                           "D;\"multi\nline\";3.56938E+14\n"
                                                           "E;W;" +
                                                           imei(2) + "\n");
    const Run r = fotactl({u"imei"_s, u"check"_s, path, u"--json"_s});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = json(r);
    QCOMPARE(o.value(u"file"_s).toString(), path);
    QCOMPARE(o.value(u"encoding"_s).toString(), u"utf-8-bom"_s);
    QCOMPARE(o.value(u"delimiter"_s).toString(), u";"_s);
    QCOMPARE(o.value(u"column"_s).toObject().value(u"index"_s).toInt(), 3);
    QCOMPARE(o.value(u"column"_s).toObject().value(u"header"_s).toString(), u"Ger\u00e4te-IMEI"_s);
    QCOMPARE(o.value(u"valid"_s).toInt(), 2);
    QCOMPARE(o.value(u"duplicates"_s).toInt(), 1);
    const QJsonArray rejected = o.value(u"rejected"_s).toArray();
    QCOMPARE(rejected.size(), 2);
    const QJsonObject first = rejected.at(0).toObject();
    QCOMPARE(first.value(u"line"_s).toInt(), 4);
    QCOMPARE(first.value(u"text"_s).toString(), QString::fromLatin1(imei(1).left(14)));
    QCOMPARE(first.value(u"reason"_s).toString(), u"missing-check-digit"_s);
    QVERIFY(first.value(u"message"_s).toString().contains(QString::fromLatin1(imei(1))));
    QCOMPARE(first.value(u"suggestion"_s).toString(), QString::fromLatin1(imei(1)));
    const QJsonObject second = rejected.at(1).toObject();
    QCOMPARE(second.value(u"line"_s).toInt(), 5);
    QCOMPARE(second.value(u"reason"_s).toString(), u"scientific-notation"_s);
    QVERIFY(!second.value(u"message"_s).toString().isEmpty());
    QVERIFY(!second.contains(u"suggestion"_s));

    // A single-column file has no delimiter: null.
    const QString txt = files.write(u"one.txt"_s, imei(5) + "\n");
    const QJsonObject t = json(fotactl({u"imei"_s, u"check"_s, u"--json"_s, txt}));
    QVERIFY(t.value(u"delimiter"_s).isNull());
    QVERIFY(t.value(u"column"_s).toObject().value(u"header"_s).isNull());
    QCOMPARE(t.value(u"rejected"_s).toArray().size(), 0);
}

void FotactlImeiTest::jsonError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("special");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QByteArray() << QString() << u"empty"_s;
    QTest::newRow("binary") << QByteArray(4096, '\0') << QString() << u"binary"_s;
    QTest::newRow("no imei column") << "a,b\nc,d\n"_ba << QString() << u"no-imei-column"_s;
    QTest::newRow("unreadable") << QByteArray() << u"missing"_s << u"unreadable"_s;
}

void FotactlImeiTest::jsonError()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, special);
    QFETCH(QString, code);
    TestFiles files;
    const QString path =
        special.isEmpty() ? files.write(u"x.csv"_s, bytes) : files.path(u"missing.csv"_s);
    const Run r = fotactl({u"imei"_s, u"check"_s, path, u"--json"_s});
    QCOMPARE(r.exitCode, 2);
    const QJsonObject o = json(r);
    // The one error shape of fotactl (docs/fotactl.md), with the file problem as its code.
    QCOMPARE(o.keys(), (QStringList{u"error"_s, u"exitCode"_s}));
    QCOMPARE(o.value(u"exitCode"_s).toInt(), 2);
    const QJsonObject error = o.value(u"error"_s).toObject();
    QCOMPARE(error.value(u"kind"_s).toString(), u"input"_s);
    QCOMPARE(error.value(u"code"_s).toString(), code);
    QVERIFY(error.value(u"message"_s).toString().contains(path));

    // Without --json the message goes to stderr, nothing to stdout.
    const Run plain = fotactl({u"imei"_s, u"check"_s, path});
    QCOMPARE(plain.exitCode, 2);
    QVERIFY(plain.out.isEmpty());
    QVERIFY(plain.err.contains(path.toUtf8()));
}

void FotactlImeiTest::validOut()
{
    TestFiles files;
    const QString path = files.write(u"in.csv"_s, "IMEI\n" + imei(2) + "\n" + imei(0) + "\nbad\n" +
                                                      imei(2) + "\n" + imei(1) + "\n");
    const QString out = files.path(u"valid.txt"_s);
    const Run r = fotactl({u"imei"_s, u"check"_s, path, u"--valid-out"_s, out});
    QCOMPARE(r.exitCode, 1);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), imei(2) + "\n" + imei(0) + "\n" + imei(1) + "\n");

    const QString out2 = files.path(u"valid2.txt"_s);
    QCOMPARE(fotactl({u"imei"_s, u"check"_s, u"--valid-out="_s + out2, u"--json"_s, path}).exitCode,
             1);
    QVERIFY(QFile::exists(out2));

    // An unwritable output is a usage error (2).
    const Run bad = fotactl({u"imei"_s, u"check"_s, path, u"--valid-out"_s,
                             files.path(u"no/such/dir/v.txt"_s), u"--json"_s});
    QCOMPARE(bad.exitCode, 2);
    const QJsonObject error = json(bad).value(u"error"_s).toObject();
    QCOMPARE(error.value(u"kind"_s).toString(), u"write"_s);
    QCOMPARE(error.value(u"code"_s).toString(), u"unwritable-output"_s);
}

void FotactlImeiTest::plainSummaryIsReadable()
{
    TestFiles files;
    const QString path = files.write(u"in.csv"_s, "Name,IMEI\nA," + imei(0) + "\nB," + imei(0) +
                                                      "\nC," + imei(3).left(14) + "\n");
    const Run r = fotactl({u"imei"_s, u"check"_s, path});
    QCOMPARE(r.exitCode, 1);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(u"Valid:       1 unique IMEIs"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Duplicates:  1"_s), qPrintable(text));
    QVERIFY2(text.contains(u"line 4"_s), qPrintable(text));
    QVERIFY2(text.contains(u"missing-check-digit"_s), qPrintable(text));
    QVERIFY2(text.contains(u"fix: "_s + QString::fromLatin1(imei(3))), qPrintable(text));
    QVERIFY2(text.contains(u"Hint:"_s), qPrintable(text));
    QVERIFY2(text.contains(u"comma"_s), qPrintable(text));
}

void FotactlImeiTest::help()
{
    const Run r = fotactl({u"imei"_s, u"check"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--valid-out PATH"));
    QVERIFY(r.out.contains("Exit codes"));
    const Run all = fotactl({u"--help"_s});
    QVERIFY(all.out.contains("imei check FILE"));
}

void FotactlImeiTest::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no file") << QStringList{u"imei"_s, u"check"_s};
    QTest::newRow("unknown option") << QStringList{u"imei"_s, u"check"_s, u"x.csv"_s, u"--frob"_s};
    QTest::newRow("two files") << QStringList{u"imei"_s, u"check"_s, u"a.csv"_s, u"b.csv"_s};
    QTest::newRow("valid-out without path")
        << QStringList{u"imei"_s, u"check"_s, u"a.csv"_s, u"--valid-out"_s};
}

void FotactlImeiTest::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = fotactl(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(FotactlImeiTest)
#include "FotactlImeiTest.moc"
