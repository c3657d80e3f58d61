// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/ImportTextDecoder.h"

#include <array>
#include <cstring>

namespace fotadesk {

namespace {

constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

bool isAscii(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = p + bytes.size();
    while (end - p >= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        if (word & 0x8080808080808080ULL)
            return false;
        p += 8;
    }
    for (; p != end; ++p) {
        if (*p & 0x80)
            return false;
    }
    return true;
}

} // namespace

QString importEncodingName(ImportEncoding encoding)
{
    switch (encoding) {
    case ImportEncoding::Utf8:
        return QStringLiteral("utf-8");
    case ImportEncoding::Utf8Bom:
        return QStringLiteral("utf-8-bom");
    case ImportEncoding::Utf16Le:
        return QStringLiteral("utf-16le");
    case ImportEncoding::Utf16Be:
        return QStringLiteral("utf-16be");
    case ImportEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return QStringLiteral("unknown");
}

ImportEncodingGuess ImportTextDecoder::detect(QByteArrayView head, bool atEnd)
{
    const auto* b = reinterpret_cast<const unsigned char*>(head.data());
    const qsizetype n = head.size();
    if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        return {ImportEncoding::Utf8Bom, 3};
    if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        return {ImportEncoding::Utf16Le, 2};
    if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        return {ImportEncoding::Utf16Be, 2};

    // UTF-16 without BOM: text of ASCII characters has a zero in every other byte.
    const qsizetype pairs = std::min<qsizetype>(n / 2, 4096);
    if (pairs >= 2) {
        qsizetype zeroEven = 0;
        qsizetype zeroOdd = 0;
        for (qsizetype i = 0; i < pairs; ++i) {
            zeroEven += b[2 * i] == 0;
            zeroOdd += b[2 * i + 1] == 0;
        }
        if (zeroOdd * 10 >= pairs * 9 && zeroEven * 10 < pairs)
            return {ImportEncoding::Utf16Le, 0};
        if (zeroEven * 10 >= pairs * 9 && zeroOdd * 10 < pairs)
            return {ImportEncoding::Utf16Be, 0};
    }
    if (!isValidUtf8(head, !atEnd))
        return {ImportEncoding::Windows1252, 0};
    return {ImportEncoding::Utf8, 0};
}

bool ImportTextDecoder::looksBinary(QByteArrayView decoded)
{
    if (decoded.isEmpty())
        return false;
    if (std::memchr(decoded.data(), 0, static_cast<size_t>(decoded.size())))
        return true;
    qsizetype control = 0;
    for (char ch : decoded) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F)
            ++control;
    }
    return control * 50 > decoded.size();
}

bool ImportTextDecoder::isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = p + bytes.size();
    while (p != end) {
        if (end - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            if (!(word & 0x8080808080808080ULL)) {
                p += 8;
                continue;
            }
        }
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        char32_t min = 0;
        char32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            min = 0x80;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            min = 0x800;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            min = 0x10000;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p < length) {
            // Incomplete at the end: fine if the rest is in the next chunk.
            for (const unsigned char* q = p + 1; q != end; ++q) {
                if ((*q & 0xC0) != 0x80)
                    return false;
            }
            return allowTruncatedEnd;
        }
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += length;
    }
    return true;
}

QString ImportTextDecoder::fromWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    auto* dst = out.data();
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        *dst++ = (c >= 0x80 && c < 0xA0) ? QChar(kWindows1252High[c - 0x80]) : QChar(char16_t(c));
    }
    return out;
}

QString ImportTextDecoder::decodeCell(QByteArrayView bytes, ImportEncoding encoding)
{
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    if (encoding != ImportEncoding::Windows1252 && isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    // A Windows-1252 file, or a stray non-UTF-8 cell in a mostly UTF-8 file.
    return fromWindows1252(bytes);
}

ImportTextDecoder::ImportTextDecoder(ImportEncoding encoding)
    : m_encoding(encoding)
    , m_utf16(encoding == ImportEncoding::Utf16Be ? QStringDecoder::Utf16BE
                                                  : QStringDecoder::Utf16LE,
              QStringDecoder::Flag::Default)
{}

QByteArrayView ImportTextDecoder::decode(QByteArrayView chunk)
{
    if (m_encoding != ImportEncoding::Utf16Le && m_encoding != ImportEncoding::Utf16Be)
        return chunk;
    m_text.clear();
    if (m_pendingHigh)
        m_text.append(QChar(m_pendingHigh));
    m_pendingHigh = 0;
    m_text.append(m_utf16.decode(chunk));
    if (!m_text.isEmpty() && m_text.back().isHighSurrogate()) {
        m_pendingHigh = m_text.back().unicode();
        m_text.chop(1);
    }
    m_out = m_text.toUtf8();
    return m_out;
}

} // namespace fotadesk
