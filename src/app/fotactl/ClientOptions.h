// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/CredentialSource.h"
#include "api/Environment.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <optional>

namespace fotadesk::ctl {

/// The options every fotactl command that talks to FOTA v3 shares, declared once
/// (connectionOptions(): the parser's options, the leading form and --help come from it):
///
///   --profile production|demo|custom   (default production; custom needs --base-url)
///   --base-url URL                     any FOTA v3 base (implies custom)
///   --account NAME                     the ThingSpace account (FOTA_ACCOUNT)
///   --ca-file FILE                     an extra CA certificate (PEM/DER) to trust
///   --timeout SECONDS                  per request (default 30): inactivity
///   --deadline SECONDS                 per request (default 300): overall
///   --json                             one JSON document on stdout
///   --demo                             start an embedded fotasim (demo data) and use it
///
/// Credentials come from the environment only (never from arguments, which
/// other users can see): FOTA_CLIENT_ID, FOTA_CLIENT_SECRET, FOTA_USERNAME,
/// FOTA_PASSWORD. With --demo the simulator's own demo credentials are used.
struct ClientOptions
{
    /// One connection option: its name, its value's name ("" for a flag) and its help.
    struct Spec
    {
        const char* name;      ///< "base-url"
        const char* valueName; ///< "URL"; "" for a flag
        const char* help;      ///< QT_TRANSLATE_NOOP("fotactl", ...)
    };
    /// The one table of connection options.
    static const QList<Spec>& connectionOptions();

    Environment environment;
    Credentials credentials;
    bool demo = false;
    bool json = false;
    int timeoutMs = 30'000;
    int deadlineMs = 300'000; ///< JobContext::DefaultDeadlineMs

    /// Adds the shared options (and -h/--help) to a command's parser.
    static void addTo(QCommandLineParser& parser);
    /// The help text of the shared options, for a command's --help (from the table).
    static QString helpText();
    /// "--profile", "--base-url", ... in table order (fotactl's usage).
    static QStringList names();
    /// How many of `args` from index `from` on are shared options written before the command
    /// words (`fotactl --demo firmware list`, `fotactl --account A --json report campaigns`): a
    /// value option takes the next argument unless written `--name=value`. Stops at the first
    /// argument that is not a shared option.
    static qsizetype leadingCount(const QStringList& args, qsizetype from);
    /// Reads the shared options and the FOTA_* variables. nullopt with *error on a usage error.
    static std::optional<ClientOptions> read(const QCommandLineParser& parser, QString* error);
};

} // namespace fotadesk::ctl
