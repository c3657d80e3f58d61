// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QtGlobal>

namespace fotadesk {

/// The most an answer of one kind may hold. HttpJob stops reading (and fails the request)
/// as soon as more arrived, or when the server announces more (Content-Length), so that a
/// server that does not stop talking cannot exhaust memory. The limits are generous: many
/// times what the largest real answer of each kind holds (documented in docs/fotactl.md).
struct BodyLimit
{
    qint64 bytes = 0;
    const char* kind = nullptr; ///< QT_TRANSLATE_NOOP("fotadesk::BodyLimit", "a report page")

    /// A single object: a campaign, a token, a session, a subscription, a result (1 MiB).
    static BodyLimit object();
    /// One page of a report, or an answer listing up to 1,000 devices (16 MiB; a page of
    /// 1,000 devices is well under 1 MiB).
    static BodyLimit page();
    /// The firmware list, which is not paged (32 MiB; thousands of packages are a few MiB).
    static BodyLimit firmwareList();
    /// The body of an error answer (non-2xx: 256 KiB; only an excerpt is ever shown).
    static BodyLimit errorBody();

    /// The kind, translated ("a report page").
    [[nodiscard]] QString kindText() const;
    /// "16 MiB", "512 KiB", "123 bytes": sizes in messages.
    static QString formatBytes(qint64 bytes);
};

} // namespace fotadesk
