// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace fotadesk {

/// What a program of FotaDesk says about itself: its version line and the licence it is
/// distributed under (GPL-3.0-or-later, issue 21). One text for `fotactl --version`,
/// `fotadesk --version`, `fotasim --version` (help2man puts it into the man pages) and the
/// About dialog, so that they cannot disagree.
namespace ProgramInfo {

/// "2026 The FotaDesk authors".
QString copyrightHolder();

/// The SPDX identifier of FotaDesk's licence: "GPL-3.0-or-later".
QString licenseId();

/// The full answer to `--version` for @p program ("fotactl"): the version line with the Qt
/// version it runs on, the copyright line, the licence and the absence of warranty, in the form
/// GNU programs use (the man pages' COPYRIGHT section is made from it).
QString versionText(const QString& program);

} // namespace ProgramInfo
} // namespace fotadesk
