// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace fotadesk {

/// Device id lists as compact BLOBs: when every id is 15 digits without a leading zero, 8
/// little-endian bytes each ("u64"); otherwise UTF-8 text, one id a line ("text"). Order
/// and repeats are kept exactly.
class DeviceIdBlob
{
public:
    DeviceIdBlob() = delete;

    struct Encoded
    {
        QByteArray bytes;
        QString format; ///< "u64" or "text"
    };

    static Encoded encode(const QStringList& deviceIds);
    /// nullopt when the bytes do not fit the format.
    static std::optional<QStringList> decode(const QByteArray& bytes, const QString& format);
};

} // namespace fotadesk
