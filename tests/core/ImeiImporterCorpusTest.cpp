// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// ImeiImporter's whole result on the importer's corpus (issue 20), as the device list editor
// asks for it (keepSourceDetails: each IMEI's line and other cells) and as fotactl does (without),
// compared with what the build before the importer's fast path returned (recorded in
// ImeiImporterCorpusExpected.inc). Also: the smallest read block (4 KB) returns exactly what
// 1 MB blocks return, so records across block ends are handled alike on every path.
//
// To record the table again after a deliberate change, run the test with
// FOTADESK_RECORD_IMEI_CORPUS=FILE: it writes the new table to FILE (and fails).
#include "core/ImeiImporter.h"
#include "support/ImeiCorpus.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using fotadesk::ImeiImporter;
using fotadesk::ImeiImportOptions;
using fotadesk::ImeiImportResult;
using fotadesk::test::ImeiCorpusFile;
using namespace Qt::StringLiterals;

namespace {

struct Expected
{
    const char* file;
    const char* mode;
    const char* result; ///< first 16 hex digits of the SHA-256 of describe(result)
};

// clang-format off
constexpr Expected kExpected[] = {
#include "ImeiImporterCorpusExpected.inc"
};
// clang-format on

QString cells(const QStringList& list)
{
    return u'[' + list.join(u'\x1f') + u']';
}

/// Every field of a result, one per line, in a fixed order.
QByteArray describe(const ImeiImportResult& r)
{
    QString s;
    s += u"error %1 %2\n"_s.arg(int(r.error)).arg(r.errorMessage);
    s += u"encoding %1 delimiter %2 header %3 column %4 name %5 byName %6\n"_s.arg(r.encodingName())
             .arg(int(r.delimiter))
             .arg(r.hasHeader)
             .arg(r.column)
             .arg(r.columnName)
             .arg(r.columnByHeaderName);
    s += u"dataLines %1 lines %2 bytes %3 duplicates %4 rejected %5\n"_s.arg(r.dataLines)
             .arg(r.lines)
             .arg(r.bytes)
             .arg(r.duplicateCount)
             .arg(r.rejectedCount);
    for (qsizetype i = 0; i < r.imeis.size(); ++i)
        s += u"imei %1\n"_s.arg(r.imeis.at(i).toString());
    for (const quint32 line : r.imeiLines)
        s += u"imeiLine %1\n"_s.arg(line);
    s += u"otherColumnNames %1\n"_s.arg(cells(r.otherColumnNames));
    for (const QStringList& c : r.imeiCells)
        s += u"imeiCells %1\n"_s.arg(cells(c));
    for (const auto& d : r.duplicates)
        s += u"duplicate %1 %2\n"_s.arg(d.line).arg(d.imei.toString());
    for (const QStringList& c : r.duplicateCells)
        s += u"duplicateCells %1\n"_s.arg(cells(c));
    for (const auto& x : r.rejected)
        s += u"rejected %1 %2 %3 %4 %5 %6\n"_s.arg(x.line)
                 .arg(x.text, x.code(), x.message(), x.suggestion())
                 .arg(int(x.imeiError));
    for (const QStringList& c : r.rejectedCells)
        s += u"rejectedCells %1\n"_s.arg(cells(c));
    return s.toUtf8();
}

ImeiImportResult import(const QByteArray& bytes, bool details, qsizetype blockSize)
{
    ImeiImportOptions options;
    options.keepSourceDetails = details;
    options.blockSize = blockSize;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return ImeiImporter(options).importDevice(buffer, u"corpus"_s);
}

} // namespace

class ImeiImporterCorpusTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultsAreUnchanged();
};

void ImeiImporterCorpusTest::resultsAreUnchanged()
{
    const QString recordTo = qEnvironmentVariable("FOTADESK_RECORD_IMEI_CORPUS");
    QByteArray recorded;
    QStringList differences;
    int compared = 0;
    for (const ImeiCorpusFile& f : fotadesk::test::imeiCorpus()) {
        for (const bool details : {false, true}) {
            const char* mode = details ? "details" : "plain";
            const QByteArray text = describe(import(f.bytes, details, 1024 * 1024));
            const QByteArray digest =
                QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(16);
            // The same result whatever the block size.
            const QByteArray small = describe(import(f.bytes, details, 4096));
            if (small != text)
                differences.append(f.name + u' ' + QLatin1String(mode) +
                                   u": 4 KB blocks differ from 1 MB blocks"_s);
            if (!recordTo.isEmpty()) {
                recorded +=
                    "    {\"" + f.name.toLatin1() + "\", \"" + mode + "\", \"" + digest + "\"},\n";
                continue;
            }
            const auto e =
                std::find_if(std::begin(kExpected), std::end(kExpected), [&](const Expected& x) {
                    return f.name == QLatin1String(x.file) && qstrcmp(mode, x.mode) == 0;
                });
            if (e == std::end(kExpected)) {
                differences.append(f.name + u' ' + QLatin1String(mode) + u": not recorded"_s);
                continue;
            }
            ++compared;
            if (digest != e->result)
                differences.append(f.name + u' ' + QLatin1String(mode) + u": result "_s +
                                   QString::fromLatin1(digest) + u", recorded "_s +
                                   QLatin1String(e->result) + u"\n"_s +
                                   QString::fromUtf8(text.left(4000)));
        }
    }
    if (!recordTo.isEmpty()) {
        QFile table(recordTo);
        QVERIFY(table.open(QIODevice::WriteOnly));
        table.write("// SPDX-FileCopyrightText: 2026 The FotaDesk authors\n"
                    "// SPDX-License-Identifier: GPL-3.0-or-later\n"
                    "// Recorded by ImeiImporterCorpusTest (FOTADESK_RECORD_IMEI_CORPUS): file, "
                    "mode,\n// SHA-256 prefix of the whole result.\n");
        table.write(recorded);
        QFAIL(qPrintable(u"recorded the results to "_s + recordTo + u" (not a test run)"_s));
    }
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u"\n\n"_s)));
    QCOMPARE(compared, static_cast<int>(std::size(kExpected)));
}

QTEST_GUILESS_MAIN(ImeiImporterCorpusTest)
#include "ImeiImporterCorpusTest.moc"
