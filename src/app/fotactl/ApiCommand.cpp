// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ApiCommand.h"

#include "Command.h"
#include "api/FotaClient.h"

#include <QCoreApplication>

namespace fotadesk::ctl {

ApiCommand::ApiCommand(QString name, QString help)
    : m_name(std::move(name))
    , m_help(std::move(help))
    , m_output(m_name, false)
{
    ClientOptions::addTo(m_parser);
}

ApiCommand::~ApiCommand() = default;

std::optional<int> ApiCommand::parse(const QStringList& arguments, qsizetype minPositional,
                                     qsizetype maxPositional)
{
    m_output.setJson(arguments.contains(QStringLiteral("--json")));
    if (!m_parser.parse(arguments))
        return m_output.usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        CommandOutput::writeStdout(m_help + QLatin1Char('\n') + ClientOptions::helpText());
        return ExitOk;
    }
    const qsizetype n = m_parser.positionalArguments().size();
    if (n < minPositional || n > maxPositional)
        return m_output.usageError(
            QCoreApplication::translate("fotactl", "wrong number of arguments.\n%1").arg(m_help));
    QString error;
    m_options = ClientOptions::read(m_parser, &error);
    if (!m_options)
        return m_output.usageError(error);
    m_output.setJson(m_options->json);
    return std::nullopt;
}

std::optional<int> ApiCommand::connect()
{
    if (!m_options->demo) {
        const QStringList missing = m_options->credentials.missingFields();
        if (!missing.isEmpty())
            return m_output.usageError(
                QCoreApplication::translate(
                    "fotactl", "credentials missing (%1): set FOTA_CLIENT_ID, FOTA_CLIENT_SECRET, "
                               "FOTA_USERNAME and FOTA_PASSWORD, or use --demo.")
                    .arg(missing.join(QStringLiteral(", "))));
    }
    m_session = std::make_unique<ClientSession>(*m_options);
    QString error;
    bool inputError = false;
    if (!m_session->start(&error, &inputError)) {
        if (inputError)
            return m_output.usageError(error);
        return m_output.error(QStringLiteral("setup"), error, ExitNetwork);
    }
    return std::nullopt;
}

FotaClient& ApiCommand::client()
{
    return m_session->client();
}

} // namespace fotadesk::ctl
