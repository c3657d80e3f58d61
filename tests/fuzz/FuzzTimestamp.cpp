// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Fuzz entry point: bytes (as UTF-8 text) -> Timestamp::parse. Checks that
// the raw text is always kept, parse() and parseUtc() agree, a parsed value is
// UTC, and what format() writes parses back to the same instant.

#include "FuzzSupport.h"
#include "core/Timestamp.h"

using namespace fotadesk;
using fotadesk::fuzz::check;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const Timestamp t = Timestamp::parse(text);
    check(t.raw == text, "the raw text was not kept");
    check(t.isNull() == text.isEmpty(), "isNull() disagrees with the text");
    const QDateTime utc = Timestamp::parseUtc(text);
    check(utc == t.utc && utc.isValid() == t.isValid(), "parse() and parseUtc() disagree", text);
    if (!t.isValid())
        return 0;
    check(t.utc.timeSpec() == Qt::UTC, "a parsed timestamp that is not UTC", text);
    const int year = t.utc.date().year();
    if (year >= 1 && year <= 9999) {
        const QString formatted = Timestamp::format(t.utc);
        const QDateTime back = Timestamp::parseUtc(formatted);
        check(back == t.utc, "format() does not parse back to the same instant",
              text + u" -> " + formatted);
    }
    return 0;
}
