// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/ImeiImportResult.h"

#include <QCoreApplication>

namespace fotadesk {

namespace {
// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::ImeiImporter)
};
} // namespace

QString imeiImportErrorCode(ImeiImportError error)
{
    switch (error) {
    case ImeiImportError::None:
        return QStringLiteral("ok");
    case ImeiImportError::Unreadable:
        return QStringLiteral("unreadable");
    case ImeiImportError::Empty:
        return QStringLiteral("empty");
    case ImeiImportError::Binary:
        return QStringLiteral("binary");
    case ImeiImportError::NoImeiColumn:
        return QStringLiteral("no-imei-column");
    case ImeiImportError::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString ImeiRejectedLine::code() const
{
    switch (reason) {
    case ImeiRejectReason::InvalidImei:
        return imeiErrorCode(imeiError);
    case ImeiRejectReason::MissingField:
        return QStringLiteral("missing-field");
    case ImeiRejectReason::LineTooLong:
        return QStringLiteral("line-too-long");
    case ImeiRejectReason::UnterminatedQuote:
        return QStringLiteral("unterminated-quote");
    }
    return QStringLiteral("unknown");
}

QString ImeiRejectedLine::message() const
{
    switch (reason) {
    case ImeiRejectReason::InvalidImei: {
        const ImeiParseResult r = Imei::parse(QStringView(text));
        // The stored text may be cut; trust the recorded error.
        if (r.error == imeiError)
            return r.message();
        ImeiParseResult stand;
        stand.error = imeiError;
        return stand.message();
    }
    case ImeiRejectReason::MissingField:
        return Tr::tr("The row has no cell in the IMEI column: check for a missing delimiter or a "
                      "row that belongs to another table.");
    case ImeiRejectReason::LineTooLong:
        return Tr::tr(
            "The row is too long to be a device entry and was skipped: check that the file "
            "is the right one and that its line ends were not lost.");
    case ImeiRejectReason::UnterminatedQuote:
        return Tr::tr("A quoted value starts here and is never closed, so the rest of the file was "
                      "read as one value: add the missing closing quote (\").");
    }
    return {};
}

QString ImeiRejectedLine::suggestion() const
{
    if (reason != ImeiRejectReason::InvalidImei ||
        (imeiError != ImeiError::MissingCheckDigit && imeiError != ImeiError::Imeisv))
        return {};
    return Imei::parse(QStringView(text)).suggestion;
}

QString ImeiImportResult::delimiterText() const
{
    return delimiter ? QString(QLatin1Char(delimiter)) : QString();
}

QString ImeiImportResult::delimiterName() const
{
    switch (delimiter) {
    case ',':
        return Tr::tr("comma");
    case ';':
        return Tr::tr("semicolon");
    case '\t':
        return Tr::tr("tab");
    case '|':
        return Tr::tr("pipe");
    case 0:
        return Tr::tr("none", "delimiter");
    default:
        return QString(QLatin1Char(delimiter));
    }
}

} // namespace fotadesk
