// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/CallbackUrl.h"

#include <QUrl>

namespace fotadesk::CallbackUrl {

Problem check(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Problem::Empty;
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") ||
        url.host().isEmpty())
        return Problem::NotAbsoluteHttp;
    if (!url.userInfo().isEmpty())
        return Problem::HasUserInfo;
    return Problem::None;
}

} // namespace fotadesk::CallbackUrl
