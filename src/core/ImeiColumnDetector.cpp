// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/ImeiColumnDetector.h"

#include "core/Imei.h"

#include <algorithm>
#include <vector>

namespace fotadesk {

namespace {

/// Lower-case letters and digits only, umlauts folded ("Geräte-IMEI" -> "gerateimei").
QString normalisedName(QStringView name)
{
    QString out;
    out.reserve(name.size());
    const QString decomposed = name.toString().normalized(QString::NormalizationForm_D);
    for (QChar c : decomposed) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            out.append(c.toLower());
    }
    return out;
}

bool hasLetter(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
}

} // namespace

int ImeiColumnDetector::headerNameScore(QStringView name)
{
    const QString n = normalisedName(name);
    if (n.isEmpty())
        return 0;
    if (n == u"imei" || n == u"imeis")
        return 3;
    if (n.contains(u"imei"))
        return 2;
    static const QStringList deviceIds = {
        QStringLiteral("deviceid"),         QStringLiteral("deviceids"),
        QStringLiteral("deviceidentifier"), QStringLiteral("devid"),
        QStringLiteral("geraeteid"),        QStringLiteral("gerateid"),
        QStringLiteral("geratekennung"),    QStringLiteral("identifiantappareil"),
        QStringLiteral("hardwareid"),       QStringLiteral("equipmentid"),
    };
    return deviceIds.contains(n) ? 1 : 0;
}

int ImeiColumnDetector::cellScore(QStringView cell)
{
    if (cell.size() > 64)
        return 0;
    const ImeiParseResult r = Imei::parse(cell);
    switch (r.error) {
    case ImeiError::None:
        return 2;
    case ImeiError::MissingCheckDigit:
    case ImeiError::Imeisv:
    case ImeiError::BadCheckDigit:
    case ImeiError::ScientificNotation:
        return 1;
    default:
        return 0;
    }
}

ImeiColumnChoice ImeiColumnDetector::choose(const QList<QStringList>& rows)
{
    ImeiColumnChoice choice;
    if (rows.isEmpty())
        return choice;

    const QStringList& first = rows.first();
    const bool firstIsHeader =
        std::none_of(first.begin(), first.end(),
                     [](const QString& c) { return cellScore(c) > 0; }) &&
        std::any_of(first.begin(), first.end(), [](const QString& c) { return hasLetter(c); });

    qsizetype columns = 0;
    for (const auto& row : rows)
        columns = std::max(columns, row.size());

    // Content: the share of IMEI-like values per column (valid ones count double).
    const qsizetype dataStart = firstIsHeader ? 1 : 0;
    const qsizetype dataRows = rows.size() - dataStart;
    std::vector<double> content(static_cast<size_t>(columns), 0.0);
    if (dataRows > 0) {
        for (qsizetype r = dataStart; r < rows.size(); ++r) {
            const QStringList& row = rows.at(r);
            for (qsizetype c = 0; c < row.size(); ++c)
                content[static_cast<size_t>(c)] += cellScore(row.at(c));
        }
        for (auto& v : content)
            v /= 2.0 * double(dataRows);
    }
    const auto bestContent = std::max_element(content.begin(), content.end());
    const int contentColumn =
        bestContent == content.end() ? -1 : static_cast<int>(bestContent - content.begin());
    const double contentValue = bestContent == content.end() ? 0.0 : *bestContent;

    if (firstIsHeader) {
        choice.hasHeader = true;
        int named = -1;
        int namedScore = 0;
        for (qsizetype c = 0; c < first.size(); ++c) {
            const int s = headerNameScore(first.at(c));
            if (s > namedScore) {
                namedScore = s;
                named = static_cast<int>(c);
            }
        }
        // A column named IMEI is trusted; a generic "device id" only when
        // no other column clearly holds the IMEIs.
        const bool trustName =
            namedScore >= 2 || (namedScore == 1 && (content[static_cast<size_t>(named)] > 0 ||
                                                    contentValue < 0.5 || dataRows == 0));
        if (named >= 0 && trustName) {
            choice.column = named;
            choice.headerName = first.at(named).trimmed();
            choice.byHeaderName = true;
            return choice;
        }
    }
    if (contentColumn >= 0 && contentValue >= 0.1) {
        choice.column = contentColumn;
        if (choice.hasHeader && contentColumn < first.size())
            choice.headerName = first.at(contentColumn).trimmed();
    }
    return choice;
}

} // namespace fotadesk
