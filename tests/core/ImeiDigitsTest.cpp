// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The importer's eight-bytes-at-a-time digit code (issue 20) against the plain rules: the check
// of 15 digits and their Luhn sum against Imei::parse, and Imei::writeDigits against one digit
// after the other.
#include "core/ImeiDigits.h"

#include "core/Imei.h"

#include <QTest>

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <cstring>

using fotadesk::Imei;

namespace {

/// Random cells for the digit checks: mostly digits, now and then a byte next to '0'..'9' or
/// any byte at all; every third one gets the right check digit (a valid IMEI).
class RandomCells final
{
public:
    explicit RandomCells(std::uint64_t seed)
        : m_state(seed)
    {}

    template <std::size_t N> void fill(char (&cell)[N], int round)
    {
        static_assert(N >= 15);
        for (char& c : cell) {
            const unsigned pick = next() % 100;
            c = pick < 96   ? static_cast<char>('0' + next() % 10)
                : pick < 98 ? (next() % 2 ? '/' : ':')
                            : static_cast<char>(next() % 256);
        }
        if (round % 3 == 0)
            cell[14] = static_cast<char>('0' + Imei::checkDigit(std::strtoull(
                                                   QByteArray(cell, 14).constData(), nullptr, 10)));
    }

private:
    unsigned next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<unsigned>(m_state >> 33);
    }

    std::uint64_t m_state;
};

} // namespace

class ImeiDigitsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fifteenDigitsMatchParse();
    void sixteenByteLoadMatchesEightByteWords();
    void writeDigitsMatchesDivision();
};

void ImeiDigitsTest::fifteenDigitsMatchParse()
{
    if constexpr (std::endian::native != std::endian::little)
        QSKIP("the importer uses its byte-wise path on big-endian machines");
    RandomCells cells(15);
    int valid = 0;
    for (int round = 0; round < 300000; ++round) {
        char cell[15];
        cells.fill(cell, round);
        const fotadesk::ImeiParseResult expected = Imei::parse(QByteArrayView(cell, 15));
        const std::uint64_t got = fotadesk::imeidigits::fifteenDigitsWithLuhn(cell);
        // Exactly the 15-digit values with a right Luhn digit (0 for all zeros, which parse
        // rejects as empty: the importer then takes the full rules).
        const bool allDigits =
            std::all_of(cell, cell + 15, [](char c) { return c >= '0' && c <= '9'; });
        const std::uint64_t want = expected.isValid() ? expected.value : 0;
        if (allDigits && expected.error == fotadesk::ImeiError::Empty)
            QCOMPARE(got, std::uint64_t(0));
        else
            QVERIFY2(got == want, QByteArray(cell, 15).constData());
        valid += got != 0;
    }
    QVERIFY(valid > 50000); // the valid ones were recognised, not just the rest refused
}

void ImeiDigitsTest::sixteenByteLoadMatchesEightByteWords()
{
#if defined(__SSE2__)
    if constexpr (std::endian::native != std::endian::little)
        QSKIP("the importer uses its byte-wise path on big-endian machines");
    RandomCells cells(17);
    int valid = 0;
    for (int round = 0; round < 300000; ++round) {
        // The 16th byte (the delimiter or line end after the cell) is anything at all.
        char cell[16];
        cells.fill(cell, round);
        if (round % 1000 == 1)
            std::memset(cell, '0', 15); // all zeros: 0, as from the words
        if (round % 1000 == 2)
            std::memcpy(cell, "999999999999994", 15); // the largest value with a right digit
        const std::uint64_t want = fotadesk::imeidigits::fifteenDigitsWithLuhn(cell);
        const std::uint64_t got = fotadesk::imeidigits::fifteenDigitsWithLuhn16(cell);
        QVERIFY2(got == want, QByteArray(cell, 16).toHex().constData());
        valid += got != 0;
    }
    QVERIFY(valid > 50000);
    char largest[16] = "999999999999994";
    QCOMPARE(fotadesk::imeidigits::fifteenDigitsWithLuhn16(largest), 999999999999994ULL);
#else
    QSKIP("SSE2 only");
#endif
}

void ImeiDigitsTest::writeDigitsMatchesDivision()
{
    std::uint64_t state = 16;
    for (int round = 0; round < 300000; ++round) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        const std::uint64_t value =
            round < 1000 ? std::uint64_t(round) : state % 1'000'000'000'000'000ULL;
        const Imei imei = Imei::completeFrom14(value / 10);
        char fast[15];
        imei.writeDigits(fast);
        char slow[15];
        std::uint64_t v = imei.value();
        for (int i = 14; i >= 0; --i) {
            slow[i] = static_cast<char>('0' + v % 10);
            v /= 10;
        }
        QVERIFY2(std::memcmp(fast, slow, 15) == 0, QByteArray(slow, 15).constData());
    }
}

QTEST_GUILESS_MAIN(ImeiDigitsTest)
#include "ImeiDigitsTest.moc"
