// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace fotadesk::wire {

/// Why a JSON document could not be decoded into a wire type: the JSON path
/// of the offending value (e.g. "$.deviceList[3].deviceId") and what was wrong.
struct DecodeError
{
    QString path;
    QString message;

    /// "$.campaignList[2].status: required field is missing"
    [[nodiscard]] QString toString() const
    {
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }
    friend bool operator==(const DecodeError&, const DecodeError&) = default;
};

/// Either a decoded value or a DecodeError (C++20 has no std::expected).
template <typename T> class Decoded
{
public:
    Decoded(T value)
        : m_value(std::move(value))
    {} // NOLINT: implicit by design
    Decoded(DecodeError error)
        : m_error(std::move(error))
    {} // NOLINT: implicit by design

    [[nodiscard]] bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T& value() const& { return *m_value; }
    [[nodiscard]] T& value() & { return *m_value; }
    [[nodiscard]] T&& value() && { return std::move(*m_value); }
    [[nodiscard]] const T* operator->() const { return &*m_value; }
    [[nodiscard]] const T& operator*() const { return *m_value; }
    [[nodiscard]] const DecodeError& error() const { return m_error; }

private:
    std::optional<T> m_value;
    DecodeError m_error;
};

} // namespace fotadesk::wire
