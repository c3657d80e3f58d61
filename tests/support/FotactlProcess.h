// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace fotadesk::test {

/// The built fotactl ($FOTADESK_BIN_DIR/fotactl).
QString fotactlPath();

/// The environment a fotactl process of a test runs in: the system's, the demo credentials of
/// fotasim (FOTA_CLIENT_ID, FOTA_CLIENT_SECRET, FOTA_USERNAME, FOTA_PASSWORD) and the workspace
/// it shares with the test (FOTADESK_WORKSPACE).
QProcessEnvironment fotactlEnvironment(const QString& workspace);

} // namespace fotadesk::test
