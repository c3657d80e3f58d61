// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// `fotactl imei check` byte for byte on the importer's corpus (issue 20): every file of
// support/ImeiCorpus run as a text summary, with --json, with --valid-out and (some) from
// standard input; exit code, stdout, stderr and the written file are compared with what the
// build before the importer's fast path printed (recorded in kExpected below). A faster importer
// must not change one byte of any of them.
//
// To record the table again after a deliberate change of the output, run the test with
// FOTADESK_RECORD_IMEI_CORPUS=FILE: it writes the new table to FILE (and fails, so that a
// recording is never mistaken for a pass).
#include "support/FotactlProcess.h"
#include "support/ImeiCorpus.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using fotadesk::test::ImeiCorpusFile;
using namespace Qt::StringLiterals;

namespace {

struct Expected
{
    const char* file;
    const char* mode;
    int exitCode;
    const char* out;   ///< first 16 hex digits of the SHA-256 of stdout
    const char* err;   ///< ... of stderr
    const char* valid; ///< ... of the --valid-out file ("-": none written)
};

// clang-format off
constexpr Expected kExpected[] = {
#include "FotactlImeiCorpusExpected.inc"
};
// clang-format on

QByteArray digest(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16);
}

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray valid;
    bool wroteValid = false;
};

const QStringList kModes = {u"plain"_s, u"json"_s, u"valid-out"_s, u"stdin"_s};

/// Runs fotactl in dir on file (given by its bare name, so that no temporary path is printed).
Outcome run(const QString& dir, const QString& file, const QString& mode)
{
    QStringList args{u"imei"_s, u"check"_s};
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessEnvironment(fotadesk::test::fotactlEnvironment(dir));
    if (mode == u"stdin") {
        p.setStandardInputFile(QDir(dir).filePath(file));
        args << u"-"_s;
    } else {
        args << file;
    }
    if (mode == u"json")
        args << u"--json"_s;
    const QString validName = u"valid-"_s + file + u".txt"_s;
    QFile::remove(QDir(dir).filePath(validName));
    if (mode == u"valid-out" || mode == u"stdin")
        args << u"--valid-out"_s << validName;
    p.start(fotadesk::test::fotactlPath(), args);
    const fotadesk::test::FotactlRun r = fotadesk::test::finishFotactl(p, 120000);
    Outcome o;
    o.exitCode = r.exitCode;
    o.out = r.out;
    o.err = r.err;
    QFile valid(QDir(dir).filePath(validName));
    if (valid.open(QIODevice::ReadOnly)) {
        o.wroteValid = true;
        o.valid = valid.readAll();
    }
    return o;
}

bool usesStdin(const QString& file)
{
    // Standard input is sequential (no size known): a few files cover it.
    return file.startsWith(u"plain"_s) || file.startsWith(u"table-comma"_s) ||
           file.startsWith(u"big-table"_s) || file.contains(u"across-block"_s) ||
           file.startsWith(u"utf16"_s) || file.startsWith(u"empty"_s);
}

} // namespace

class FotactlImeiCorpusTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outputsAreUnchanged();
};

void FotactlImeiCorpusTest::outputsAreUnchanged()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString recordTo = qEnvironmentVariable("FOTADESK_RECORD_IMEI_CORPUS");
    if (!recordTo.isEmpty()) {
        dir.setAutoRemove(false); // the corpus files stay for a look at what was recorded
        qInfo("corpus files in %s", qPrintable(dir.path()));
    }
    const QList<ImeiCorpusFile> corpus = fotadesk::test::imeiCorpus();
    for (const ImeiCorpusFile& f : corpus) {
        QFile out(dir.filePath(f.name));
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(f.bytes), f.bytes.size());
    }

    QByteArray recorded;
    int compared = 0;
    QStringList differences;
    for (const ImeiCorpusFile& f : corpus) {
        for (const QString& mode : kModes) {
            if (mode == u"stdin" && !usesStdin(f.name))
                continue;
            const Outcome o = run(dir.path(), f.name, mode);
            QVERIFY2(o.exitCode >= 0, qPrintable(f.name + u' ' + mode));
            const QByteArray valid = o.wroteValid ? digest(o.valid) : QByteArray("-");
            if (!recordTo.isEmpty()) {
                recorded += "    {\"" + f.name.toLatin1() + "\", \"" + mode.toLatin1() + "\", " +
                            QByteArray::number(o.exitCode) + ", \"" + digest(o.out) + "\", \"" +
                            digest(o.err) + "\", \"" + valid + "\"},\n";
                continue;
            }
            const auto e =
                std::find_if(std::begin(kExpected), std::end(kExpected), [&](const Expected& x) {
                    return f.name == QLatin1String(x.file) && mode == QLatin1String(x.mode);
                });
            if (e == std::end(kExpected)) {
                differences.append(f.name + u' ' + mode + u": not in the recorded table"_s);
                continue;
            }
            ++compared;
            if (o.exitCode != e->exitCode || digest(o.out) != e->out || digest(o.err) != e->err ||
                valid != e->valid) {
                differences.append(
                    QStringLiteral("%1 %2: exit %3 (recorded %4), stdout %5 (%6), stderr %7 (%8), "
                                   "valid-out %9 (%10)\n--- stdout ---\n%11\n--- stderr ---\n%12")
                        .arg(f.name, mode)
                        .arg(o.exitCode)
                        .arg(e->exitCode)
                        .arg(QString::fromLatin1(digest(o.out)), QLatin1String(e->out),
                             QString::fromLatin1(digest(o.err)), QLatin1String(e->err),
                             QString::fromLatin1(valid), QLatin1String(e->valid),
                             QString::fromUtf8(o.out.left(3000)),
                             QString::fromUtf8(o.err.left(1000))));
            }
        }
    }
    if (!recordTo.isEmpty()) {
        QFile table(recordTo);
        QVERIFY(table.open(QIODevice::WriteOnly));
        table.write(
            "// SPDX-FileCopyrightText: 2026 The FotaDesk authors\n"
            "// SPDX-License-Identifier: GPL-3.0-or-later\n"
            "// Recorded by FotactlImeiCorpusTest (FOTADESK_RECORD_IMEI_CORPUS): file, mode, "
            "exit code,\n// SHA-256 prefixes of stdout, stderr and the --valid-out file.\n");
        table.write(recorded);
        QFAIL(qPrintable(u"recorded the outputs to "_s + recordTo + u" (not a test run)"_s));
    }
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"\n\n"_s)));
    QCOMPARE(compared, static_cast<int>(std::size(kExpected)));
}

QTEST_GUILESS_MAIN(FotactlImeiCorpusTest)
#include "FotactlImeiCorpusTest.moc"
