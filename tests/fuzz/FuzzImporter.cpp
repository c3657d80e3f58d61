// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Fuzz entry point: bytes of a device table file -> ImeiImporter -> result.
// Runs each input with the default limits (with the fast lane's best instructions and with
// the baseline ones: the same result) and with tight ones (the smallest block, short records,
// few fields, few kept lines), and checks the result's own promises: unique valid IMEIs, kept
// lists within their limits, counts that add up, an explained error.

#include "FuzzSupport.h"
#include "core/ImeiImporter.h"

#include <QBuffer>
#include <QSet>

using namespace fotadesk;
using fotadesk::fuzz::check;

namespace {

void checkResult(const ImeiImportResult& r, const ImeiImportOptions& options, qsizetype inputSize)
{
    if (!r.ok()) {
        check(!r.errorMessage.isEmpty(), "an import error without a message");
        check(r.imeis.isEmpty(), "IMEIs returned with an error");
        return;
    }
    check(r.bytes == inputSize, "bytes read differ from the input size",
          QString::number(r.bytes) + u" != " + QString::number(inputSize));
    check(r.column >= 0, "ok result without an IMEI column");
    QSet<quint64> seen;
    for (const Imei& imei : r.imeis) {
        check(Imei::isValidValue(imei.value()), "an invalid IMEI in the result",
              QString::number(imei.value()));
        check(!seen.contains(imei.value()), "a duplicate IMEI in the result",
              QString::number(imei.value()));
        seen.insert(imei.value());
    }
    check(r.rejected.size() <= r.rejectedCount, "more rejected lines kept than counted");
    check(r.rejected.size() <= options.maxRejectedKept, "more rejected lines kept than allowed");
    check(r.duplicates.size() <= r.duplicateCount, "more duplicates kept than counted");
    check(r.duplicates.size() <= options.maxDuplicatesKept, "more duplicates kept than allowed");
    check(r.dataLines == r.imeis.size() + r.duplicateCount + r.rejectedCount,
          "data lines do not add up to valid + duplicate + rejected",
          QString::number(r.dataLines) + u" vs " + QString::number(r.imeis.size()) + u" + " +
              QString::number(r.duplicateCount) + u" + " + QString::number(r.rejectedCount));
    for (const ImeiRejectedLine& line : r.rejected) {
        check(line.line >= 1 && line.line <= r.lines, "a rejected line number out of range",
              QString::number(line.line));
        // +1: a cut text ends with an ellipsis.
        check(line.text.size() <= options.maxRejectedTextChars + 1, "a rejected text not cut",
              QString::number(line.text.size()));
        check(!line.code().isEmpty() && !line.message().isEmpty(), "a rejected line unexplained");
        (void)line.suggestion();
    }
    for (const ImeiDuplicateLine& d : r.duplicates) {
        check(d.line >= 1 && d.line <= r.lines, "a duplicate line number out of range");
        check(seen.contains(d.imei.value()), "a duplicate of an IMEI that is not in the result");
    }
    (void)r.delimiterName();
    (void)r.delimiterText();
    (void)r.encodingName();
}

ImeiImportResult importOnce(const QByteArray& input, const ImeiImportOptions& options)
{
    const ImeiImporter importer(options);
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    ImeiImportResult result = importer.importDevice(buffer, QStringLiteral("fuzz.csv"));
    checkResult(result, importer.options(), input.size());
    return result;
}

/// The fast lane with the CPU's best instructions (AVX2 where it has them) and with the baseline
/// ones (SSE2) take the same lines the same way.
void checkSameResult(const ImeiImportResult& a, const ImeiImportResult& b)
{
    check(a.error == b.error && a.errorMessage == b.errorMessage, "the two lanes' errors differ");
    check(a.imeis == b.imeis, "the two lanes' IMEIs differ");
    check(a.dataLines == b.dataLines && a.lines == b.lines, "the two lanes' line counts differ");
    check(a.duplicateCount == b.duplicateCount && a.rejectedCount == b.rejectedCount,
          "the two lanes' duplicate or rejected counts differ");
    check(a.rejected.size() == b.rejected.size(), "the two lanes kept other rejected lines");
    for (qsizetype i = 0; i < a.rejected.size() && i < b.rejected.size(); ++i) {
        check(a.rejected.at(i).line == b.rejected.at(i).line &&
                  a.rejected.at(i).text == b.rejected.at(i).text &&
                  a.rejected.at(i).reason == b.rejected.at(i).reason,
              "the two lanes rejected a line differently", QString::number(a.rejected.at(i).line));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    // The default options, with 64 KiB blocks instead of 1 MiB: the same
    // single-block import for any input up to -max_len (16 KiB in 30-fuzz.sh),
    // without zeroing 1 MiB per run (a 40x slower fuzzer under ASan).
    ImeiImportOptions defaults;
    defaults.blockSize = 64 * 1024;
    const ImeiImportResult best = importOnce(input, defaults);
    defaults.baselineSimd = true;
    checkSameResult(best, importOnce(input, defaults));

    ImeiImportOptions tight;
    tight.blockSize = 1; // raised to the importer's minimum block
    tight.maxRecordBytes = 64;
    tight.maxFields = 8;
    tight.maxRejectedKept = 3;
    tight.maxDuplicatesKept = 2;
    tight.maxRejectedTextChars = 16;
    importOnce(input, tight);
    return 0;
}
