// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fotactl imei check FILE [--json] [--valid-out PATH]
#include "Command.h"
#include "CommandOutput.h"
#include "JsonEmitter.h"
#include "core/DeviceTable.h"
#include "core/FileWriter.h"
#include "core/HugePageBuffer.h"
#include "core/ImeiImporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <optional>
#include <span>
#include <vector>

namespace fotadesk::ctl {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotactl::imei)
};

constexpr qsizetype kPlainRejectedShown = 20;

QString helpText()
{
    return Tr::tr(
        "Usage: fotactl imei check FILE [--json] [--valid-out PATH]\n"
        "\n"
        "Reads a device list exported from Excel or another tool (CSV, TSV or TXT;\n"
        "UTF-8, UTF-16 or Windows-1252; comma, semicolon, tab or pipe separated) and\n"
        "checks every IMEI: 15 digits with a valid Luhn check digit. The IMEI column is\n"
        "found by its header (IMEI, Device IMEI, Device ID, ...) or by its content.\n"
        "\n"
        "Options:\n"
        "  --json             print one JSON object:\n"
        "                     {\"file\", \"encoding\", \"delimiter\", \"column\", \"valid\",\n"
        "                      \"duplicates\", \"rejected\": [{\"line\", \"text\", \"reason\",\n"
        "                      \"message\"}]}; on exit code 2: {\"error\": {\"kind\", \"code\",\n"
        "                      \"message\"}, \"exitCode\": 2}\n"
        "  --valid-out PATH   write the unique valid IMEIs to PATH, one per line, in the\n"
        "                     order they first appear\n"
        "  -h, --help         show this help\n"
        "\n"
        "Exit codes:\n"
        "  0  every data line holds a valid IMEI\n"
        "  1  some lines were rejected, or no valid IMEI was found\n"
        "  2  the file cannot be used (unreadable, empty, binary, no IMEI column), the\n"
        "     --valid-out file could not be written whole (the previous one is kept),\n"
        "     or a usage error\n");
}

int failWith(bool json, const QString& code, const QString& message)
{
    const QString kind = code == u"usage"               ? QStringLiteral("usage")
                         : code == u"unwritable-output" ? QStringLiteral("write")
                                                        : QStringLiteral("input");
    QJsonObject error = JsonEmitter::errorObject(kind, message);
    error.insert(QStringLiteral("code"), code);
    CommandOutput::writeStderr(QStringLiteral("fotactl imei check: %1\n").arg(message));
    if (json) {
        JsonEmitter::instance().setEnabled(true);
        JsonEmitter::instance().setError(error);
    }
    return ExitUsage;
}

QJsonObject toJson(const QString& file, const ImeiImportResult& r)
{
    QJsonArray rejected;
    for (const auto& line : r.rejected) {
        QJsonObject o{{QStringLiteral("line"), line.line},
                      {QStringLiteral("text"), line.text},
                      {QStringLiteral("reason"), line.code()},
                      {QStringLiteral("message"), line.message()}};
        const QString suggestion = line.suggestion();
        if (!suggestion.isEmpty())
            o.insert(QStringLiteral("suggestion"), suggestion);
        rejected.append(o);
    }
    QJsonObject column{{QStringLiteral("index"), r.column + 1},
                       {QStringLiteral("header"),
                        r.hasHeader ? QJsonValue(r.columnName) : QJsonValue(QJsonValue::Null)}};
    QJsonObject o{
        {QStringLiteral("file"), file},
        {QStringLiteral("encoding"), r.encodingName()},
        {QStringLiteral("delimiter"),
         r.delimiter ? QJsonValue(r.delimiterText()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("column"), column},
        {QStringLiteral("valid"), r.uniqueCount},
        {QStringLiteral("duplicates"), r.duplicateCount},
        {QStringLiteral("rejected"), rejected},
    };
    if (r.rejectedCount > r.rejected.size())
        o.insert(QStringLiteral("rejectedOmitted"), r.rejectedCount - r.rejected.size());
    return o;
}

QString plainSummary(const QString& file, const ImeiImportResult& r)
{
    QString s;
    QTextStream out(&s);
    out << Tr::tr("File:        %1\n").arg(file);
    out << Tr::tr("Format:      %1, %2 separated, %3\n")
               .arg(r.encodingName(), r.delimiterName(),
                    r.hasHeader ? Tr::tr("with a header row") : Tr::tr("no header row"));
    out << Tr::tr("IMEI column: %1%2\n")
               .arg(r.column + 1)
               .arg(r.columnName.isEmpty() ? QString()
                                           : QStringLiteral(" (\u201c%1\u201d)").arg(r.columnName));
    out << Tr::tr("Data lines:  %1\n").arg(r.dataLines);
    out << Tr::tr("Valid:       %1 unique IMEIs\n").arg(r.uniqueCount);
    if (r.duplicateCount > 0) {
        QStringList lines;
        for (qsizetype i = 0; i < std::min<qsizetype>(r.duplicates.size(), 10); ++i)
            lines.append(QString::number(r.duplicates.at(i).line));
        out << Tr::tr("Duplicates:  %1 (each IMEI kept once; repeated on line(s) %2%3)\n")
                   .arg(r.duplicateCount)
                   .arg(lines.join(QStringLiteral(", ")))
                   .arg(r.duplicateCount > lines.size() ? QStringLiteral(", \u2026") : QString());
    } else {
        out << Tr::tr("Duplicates:  0\n");
    }
    out << Tr::tr("Rejected:    %1\n").arg(r.rejectedCount);
    // The lines the device list's "Fix check digits" would complete.
    qsizetype fixable = 0;
    for (const auto& line : r.rejected) {
        if (line.reason == ImeiRejectReason::InvalidImei &&
            DeviceTable::checkDigitFix(line.imeiError, line.text))
            ++fixable;
    }
    for (qsizetype i = 0; i < std::min(r.rejected.size(), kPlainRejectedShown); ++i) {
        const auto& line = r.rejected.at(i);
        out << Tr::tr("  line %1: \u201c%2\u201d %3\n      %4\n")
                   .arg(line.line)
                   .arg(line.text, line.code(), line.message());
        const QString fix = line.suggestion();
        if (!fix.isEmpty())
            out << Tr::tr("      fix: %1\n").arg(fix);
    }
    if (r.rejectedCount > kPlainRejectedShown)
        out << Tr::tr("  \u2026 and %1 more (run with --json for the full list)\n")
                   .arg(r.rejectedCount - kPlainRejectedShown);
    if (fixable > 0)
        out << Tr::tr("Hint: %1 value(s) have 14 digits: the Luhn check digit is missing. The "
                      "“fix” lines show the complete IMEI; correct them in the source "
                      "and check again.\n")
                   .arg(fixable);
    if (r.uniqueCount == 0) {
        out << (r.dataLines == 0
                    ? Tr::tr("Result: no data rows below the header: nothing to import.\n")
                    : Tr::tr("Result: no valid IMEI found.\n"));
    } else if (r.rejectedCount == 0) {
        out << Tr::tr("Result: OK, every line holds a valid IMEI.\n");
    } else {
        out << Tr::tr("Result: %1 line(s) need attention.\n").arg(r.rejectedCount);
    }
    out.flush();
    return s;
}

/// --valid-out: the unique valid IMEIs, one a line, through FileWriter (whole or not at all),
/// written while the import runs (ImeiImportOptions::uniqueImeis, on the import's second
/// thread), so that writing the file overlaps reading the next lines. A failed import leaves
/// the temporary file to FileWriter, which removes it: the previous file stays as it was.
class ValidOut final
{
public:
    /// `inputBytes`: the size of the file being checked (-1: unknown, standard input).
    ValidOut(const QString& path, qint64 inputBytes)
        : m_out(path)
        // A file under one block's size (at most one block of IMEIs) writes into a few pages
        // of heap memory; a larger one into a huge page: one page fault, not 64.
        , m_block(kLines * 16, inputBytes >= 0 && inputBytes < kLines * 16
                                   ? HugePageBuffer::Memory::Heap
                                   : HugePageBuffer::Memory::HugePages)
    {
        m_ok = m_out.open(QIODevice::WriteOnly);
    }

    void add(std::span<const Imei> imeis)
    {
        for (const Imei imei : imeis) {
            if (!m_ok)
                return; // FileWriter's first error is the one reported
            char* at = static_cast<char*>(m_block.data()) + m_used * 16;
            imei.writeDigits(at);
            at[15] = '\n';
            if (++m_used == kLines)
                writeBlock();
        }
    }

    /// The rest, then the rename over PATH; false with *error naming the file and the cause.
    bool commit(QString* error)
    {
        if (m_ok && m_used > 0)
            writeBlock();
        if (m_ok && m_out.commit())
            return true;
        *error = m_out.errorString();
        return false;
    }

private:
    // 16,384 lines (256 KB) at a time: one write per block instead of one per IMEI, and as
    // large as FileWriter's buffer, so that it passes each block on without copying it.
    static constexpr qsizetype kLines = 16384;

    void writeBlock()
    {
        m_ok = m_out.write(QByteArrayView(static_cast<const char*>(m_block.data()), m_used * 16));
        m_used = 0;
    }

    FileWriter m_out;
    HugePageBuffer m_block;
    qsizetype m_used = 0;
    bool m_ok = false;
};

int runCheck(const QStringList& arguments)
{
    bool json = false;
    QString validOut;
    QString file;
    const bool wantsJson = arguments.contains(QStringLiteral("--json"));
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == u"-h" || a == u"--help") {
            CommandOutput::writeStdout(helpText());
            return ExitOk;
        }
        if (a == u"--json") {
            json = true;
        } else if (a == u"--valid-out" || a.startsWith(u"--valid-out=")) {
            if (a.startsWith(u"--valid-out=")) {
                validOut = a.mid(12);
            } else if (i + 1 < arguments.size()) {
                validOut = arguments.at(++i);
            }
            if (validOut.isEmpty())
                return failWith(wantsJson, QStringLiteral("usage"),
                                Tr::tr("--valid-out needs a path: --valid-out PATH."));
        } else if (a.startsWith(u"-") && a.size() > 1) {
            return failWith(wantsJson, QStringLiteral("usage"),
                            Tr::tr("unknown option '%1'. Run 'fotactl imei check --help'.").arg(a));
        } else if (file.isEmpty()) {
            file = a;
        } else {
            return failWith(wantsJson, QStringLiteral("usage"),
                            Tr::tr("one FILE only (got '%1' and '%2').").arg(file, a));
        }
    }
    if (file.isEmpty())
        return failWith(wantsJson, QStringLiteral("usage"),
                        Tr::tr("no FILE given. Usage: fotactl imei check FILE [--json] "
                               "[--valid-out PATH]"));

    std::optional<ValidOut> valid;
    ImeiImportOptions options;
    options.keepImeis = false; // the count and --valid-out are all this command needs
    if (!validOut.isEmpty()) {
        valid.emplace(validOut, file == u"-" ? qint64(-1) : QFileInfo(file).size());
        options.uniqueImeis = [&valid](std::span<const Imei> imeis) { valid->add(imeis); };
    }
    const ImeiImporter importer(std::move(options));
    ImeiImportResult result;
    if (file == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return failWith(json, QStringLiteral("unreadable"),
                            Tr::tr("cannot read standard input."));
        result = importer.importDevice(in, Tr::tr("standard input"));
    } else {
        result = importer.importFile(file);
    }
    if (!result.ok())
        return failWith(json, imeiImportErrorCode(result.error), result.errorMessage);

    if (valid) {
        QString error;
        if (!valid->commit(&error))
            return failWith(json, QStringLiteral("unwritable-output"), error);
    }

    const CommandOutput out(QStringLiteral("fotactl imei check"), json);
    if (json) {
        out.json(toJson(file, result));
    } else {
        out.text(plainSummary(file, result));
        if (!validOut.isEmpty())
            out.text(Tr::tr("Wrote %1 IMEI(s) to %2\n").arg(result.uniqueCount).arg(validOut));
    }
    return (result.rejectedCount == 0 && result.uniqueCount > 0) ? ExitOk : ExitRefused;
}

const bool registered = registerCommand(
    {{QStringLiteral("imei"), QStringLiteral("check")},
     QStringLiteral("imei check FILE [--json] [--valid-out PATH]"),
     QStringLiteral("check the IMEIs of a device list (CSV/TSV/TXT); exit 0 all valid, 1 some "
                    "rejected, 2 unusable file"),
     runCheck});

} // namespace

} // namespace fotadesk::ctl
