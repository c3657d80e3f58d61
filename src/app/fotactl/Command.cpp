// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Command.h"

namespace fotadesk::ctl {

namespace {
QList<CommandSpec>& registry()
{
    static QList<CommandSpec> commands;
    return commands;
}
} // namespace

bool registerCommand(CommandSpec spec)
{
    registry().append(std::move(spec));
    return true;
}

const QList<CommandSpec>& registeredCommands()
{
    return registry();
}

} // namespace fotadesk::ctl
