// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/Imei.h"
#include "core/ImeiImportResult.h"

#include <QString>

namespace fotadesk {

/// A line that is not a usable IMEI, kept verbatim with its reason.
struct RejectedDevice
{
    int line = 0; ///< physical line number in the source; 0 when typed or pasted
    QString text; ///< the text as it came
    ImeiError error = ImeiError::Empty; ///< Empty too for lines rejected for other reasons
    QString code;       ///< stable kebab-case: an Imei error code or an importer reason
    QString message;    ///< what is wrong and how to fix it
    QString suggestion; ///< a corrected IMEI where one can be computed (14/16 digits)

    /// From a failed Imei::parse() of `text`.
    static RejectedDevice fromParse(const ImeiParseResult& result, QString text, int line = 0);
    /// From a line the importer rejected.
    static RejectedDevice fromImport(const ImeiRejectedLine& line);
};

} // namespace fotadesk
