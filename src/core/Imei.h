// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>
#include <optional>

namespace fotadesk {

/// Why a piece of text is not a usable 15-digit IMEI. The order is stable; the
/// kebab-case code() of each value is part of fotactl's JSON output.
enum class ImeiError : std::uint8_t
{
    None,
    Empty,              ///< nothing left after normalisation
    NonDigit,           ///< a character that is not a digit or an accepted separator
    TooShort,           ///< fewer than 14 digits
    MissingCheckDigit,  ///< exactly 14 digits: the Luhn digit is missing (fix offered)
    Imeisv,             ///< exactly 16 digits: an IMEISV (software version), not an IMEI
    TooLong,            ///< more than 16 digits
    BadCheckDigit,      ///< 15 digits whose last digit fails the Luhn check
    ScientificNotation, ///< e.g. 3.56938E+14: Excel dropped digits
};

/// The stable kebab-case code of an error, e.g. "bad-check-digit".
QString imeiErrorCode(ImeiError error);

class Imei;

/// The outcome of Imei::parse(): either a valid IMEI or a precise reason.
struct ImeiParseResult
{
    ImeiError error = ImeiError::Empty;
    std::uint64_t value = 0;     ///< the IMEI when error == None
    QString digits;              ///< the normalised digits (may be empty or partial)
    int expectedCheckDigit = -1; ///< for BadCheckDigit and MissingCheckDigit
    QString suggestion;          ///< a corrected 15-digit IMEI where one can be computed

    [[nodiscard]] bool isValid() const { return error == ImeiError::None; }
    [[nodiscard]] Imei imei() const;
    /// A sentence a field engineer can act on: what is wrong and how to fix it.
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString code() const { return imeiErrorCode(error); }
};

/// A 15-digit IMEI (8-digit TAC, 6-digit serial, Luhn check digit), stored as
/// one 64-bit integer. A default-constructed Imei is null (not a device).
class Imei
{
public:
    constexpr Imei() = default;

    /// Parses user or file input. Spaces (including no-break spaces), tabs,
    /// dashes, dots and slashes between digits and a leading Excel text
    /// apostrophe are removed before checking.
    static ImeiParseResult parse(QStringView text);
    /// The same rules over 8-bit text (ASCII/UTF-8/Latin-1), without allocating
    /// for the common valid case.
    static ImeiParseResult parse(QByteArrayView text);

    /// A valid IMEI from its 15-digit numeric value, or nullopt.
    static std::optional<Imei> fromValue(std::uint64_t value);
    /// A valid IMEI from exactly 15 digits of text, or nullopt.
    static std::optional<Imei> fromString(QStringView text);

    /// The Luhn check digit for the first 14 digits (given as a number < 10^14).
    static int checkDigit(std::uint64_t first14);
    /// True for a 15-digit number whose last digit is its Luhn check digit.
    static bool isValidValue(std::uint64_t value);
    /// Appends the Luhn digit to a 14-digit body.
    static Imei completeFrom14(std::uint64_t first14);

    [[nodiscard]] constexpr bool isNull() const { return m_value == 0; }
    [[nodiscard]] constexpr std::uint64_t value() const { return m_value; }
    /// The 8-digit Type Allocation Code.
    [[nodiscard]] constexpr std::uint32_t tac() const
    {
        return static_cast<std::uint32_t>(m_value / 10'000'000ULL);
    }
    [[nodiscard]] QString toString() const;
    /// Writes exactly 15 ASCII digits to out (no terminator).
    void writeDigits(char* out) const;

    friend constexpr auto operator<=>(Imei, Imei) = default;

private:
    constexpr explicit Imei(std::uint64_t value)
        : m_value(value)
    {}
    std::uint64_t m_value = 0;
    friend struct ImeiParseResult;
};

inline size_t qHash(Imei imei, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<quint64>(imei.value()), seed);
}

} // namespace fotadesk
