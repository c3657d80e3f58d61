// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/FotactlProcess.h"

using namespace Qt::StringLiterals;

namespace fotadesk::test {

QString fotactlPath()
{
    return qEnvironmentVariable("FOTADESK_BIN_DIR") + u"/fotactl"_s;
}

QProcessEnvironment fotactlEnvironment(const QString& workspace)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FOTA_CLIENT_ID"_s, u"demo-client"_s);
    env.insert(u"FOTA_CLIENT_SECRET"_s, u"demo-secret"_s);
    env.insert(u"FOTA_USERNAME"_s, u"demo"_s);
    env.insert(u"FOTA_PASSWORD"_s, u"demo"_s);
    env.insert(u"FOTADESK_WORKSPACE"_s, workspace);
    return env;
}

} // namespace fotadesk::test
