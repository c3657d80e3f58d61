// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/Draft.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace fotadesk {

class Workspace;

/// Saves, loads, lists and discards drafts in the workspace (table drafts).
///
/// Compact: the form's fields are a small JSON object; the devices are one
/// BLOB of little-endian uint64 IMEIs (1,000,000 devices = 8 MB, no text
/// rows). Re-saving a draft whose device list did not change rewrites only
/// the form (the blob is compared by a hash first), so autosave while typing
/// in a form with a million devices stays cheap.
class DraftStore final
{
public:
    explicit DraftStore(Workspace& workspace);

    /// Inserts (id 0: sets draft.id) or updates the draft; sets updatedUtc (and createdUtc on
    /// insert). Returns false on a database error (logged; the draft stays as it was).
    bool save(Draft& draft);
    [[nodiscard]] std::optional<Draft> load(qint64 id) const;
    /// Every draft, newest first; `kind` filters when given.
    [[nodiscard]] QList<DraftInfo> list(std::optional<Draft::Kind> kind = std::nullopt) const;
    /// Removes a draft (after it was submitted, or when the user discards it).
    bool discard(qint64 id);

    /// The device BLOB: 8 bytes a device, little-endian.
    static QByteArray encodeDevices(const QList<Imei>& devices);
    /// nullopt when the bytes are not a whole number of valid IMEIs.
    static std::optional<QList<Imei>> decodeDevices(const QByteArray& bytes);

private:
    Workspace& m_workspace;
};

} // namespace fotadesk
