// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/AppContext.h"

#include <QCoreApplication>

namespace fotadesk {

QString AppContext::environmentLabel() const
{
    switch (environment.profile) {
    case Environment::Profile::Demo:
        return QCoreApplication::translate("AppContext", "Demo");
    case Environment::Profile::Production:
        return QCoreApplication::translate("AppContext", "Production");
    case Environment::Profile::Custom:
        return QCoreApplication::translate("AppContext", "Custom");
    }
    return {};
}

} // namespace fotadesk
