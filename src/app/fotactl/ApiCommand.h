// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ClientOptions.h"
#include "ClientSession.h"
#include "CommandOutput.h"

#include <QCommandLineParser>
#include <QStringList>

#include <memory>
#include <optional>

namespace fotadesk {
class FotaClient;
}

namespace fotadesk::ctl {

/// The frame every fotactl command over the FOTA client shares: its parser
/// (the shared connection options plus its own), --help, the positional
/// argument count, the output mode, and the connected ClientSession.
///
///     ApiCommand cmd(u"fotactl campaign get"_s, helpText);
///     if (auto code = cmd.parse(args, 1, 1)) return *code;
///     if (auto code = cmd.connect()) return *code;
///     auto* job = cmd.client().campaign(cmd.positional().at(0)); ...
class ApiCommand final
{
public:
    /// `help` is the command's own usage text; the shared options are appended.
    ApiCommand(QString name, QString help);
    ~ApiCommand();

    QCommandLineParser& parser() { return m_parser; }
    /// Parses; an exit code means stop (0 after --help, 2 on a usage error).
    std::optional<int> parse(const QStringList& arguments, qsizetype minPositional,
                             qsizetype maxPositional);
    [[nodiscard]] QStringList positional() const { return m_parser.positionalArguments(); }
    [[nodiscard]] const CommandOutput& output() const { return m_output; }
    [[nodiscard]] const ClientOptions& options() const { return *m_options; }

    /// Starts the session (and the demo simulator); an exit code means stop.
    std::optional<int> connect();
    FotaClient& client();
    ClientSession& session() { return *m_session; }

private:
    QString m_name;
    QString m_help;
    QCommandLineParser m_parser;
    CommandOutput m_output;
    std::optional<ClientOptions> m_options;
    std::unique_ptr<ClientSession> m_session;
};

} // namespace fotadesk::ctl
