// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ClientOptions.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fotadesk::ctl {

namespace {
// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotactl)
};
} // namespace

const QList<ClientOptions::Spec>& ClientOptions::connectionOptions()
{
    static const QList<Spec> table{
        {"profile", "NAME", QT_TRANSLATE_NOOP("fotactl", "production (default), demo or custom")},
        {"base-url", "URL",
         QT_TRANSLATE_NOOP("fotactl", "FOTA v3 base URL, e.g. https://thingspace.verizon.com/api "
                                      "(implies --profile custom)")},
        {"account", "NAME",
         QT_TRANSLATE_NOOP("fotactl", "ThingSpace account name (or FOTA_ACCOUNT)")},
        {"ca-file", "FILE",
         QT_TRANSLATE_NOOP("fotactl",
                           "extra CA certificate (PEM or DER) to trust besides the system CAs")},
        {"timeout", "SECONDS", QT_TRANSLATE_NOOP("fotactl", "per request (default 30)")},
        {"deadline", "SECONDS",
         QT_TRANSLATE_NOOP("fotactl", "overall limit of one request, however steadily its "
                                      "answer arrives (default 300)")},
        {"json", "", QT_TRANSLATE_NOOP("fotactl", "print one JSON document on stdout")},
        {"demo", "",
         QT_TRANSLATE_NOOP("fotactl", "start an embedded fotasim with demo data and use it")},
    };
    return table;
}

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("fotactl", text);
}

/// "  --name VALUE   help", the help wrapped below at 79 columns.
void appendHelpLine(QString& out, const QString& option, const QString& help, qsizetype column)
{
    QString line = u"  "_s + option.leftJustified(column - 2);
    const QStringList words = help.split(u' ', Qt::SkipEmptyParts);
    bool first = true;
    for (const QString& word : words) {
        if (!first && line.size() + 1 + word.size() > 79) {
            out += line + u'\n';
            line = QString(column, u' ') + word;
        } else {
            line += (first ? QString() : u" "_s) + word;
        }
        first = false;
    }
    out += line + u'\n';
}

} // namespace

void ClientOptions::addTo(QCommandLineParser& parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({{u"h"_s, u"help"_s}, Tr::tr("Show this help.")});
    for (const Spec& o : connectionOptions())
        parser.addOption(
            {QString::fromLatin1(o.name), translated(o.help), QString::fromLatin1(o.valueName)});
}

qsizetype ClientOptions::leadingCount(const QStringList& args, qsizetype from)
{
    const auto find = [](const QString& name) -> const Spec* {
        for (const Spec& o : connectionOptions()) {
            if (name == QLatin1String(o.name))
                return &o;
        }
        return nullptr;
    };
    qsizetype i = from;
    while (i < args.size()) {
        const QString& a = args.at(i);
        if (!a.startsWith(u'-') || a == u"-" || a == u"--")
            break;
        // ParseAsLongOptions: -name is --name.
        QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
        const qsizetype eq = name.indexOf(u'=');
        const bool inlineValue = eq >= 0;
        if (inlineValue)
            name.truncate(eq);
        const Spec* spec = find(name);
        if (!spec)
            break;
        if (!*spec->valueName) { // a flag
            if (inlineValue)
                break;
            i += 1;
        } else if (inlineValue) {
            i += 1;
        } else if (i + 1 < args.size()) {
            i += 2;
        } else {
            break; // the value is missing: the command's parser says so
        }
    }
    return i - from;
}

QString ClientOptions::helpText()
{
    qsizetype column = 0;
    const auto optionText = [](const Spec& o) -> QString {
        return u"--"_s + QLatin1String(o.name) +
               (*o.valueName ? u" "_s + QLatin1String(o.valueName) : QString());
    };
    for (const Spec& o : connectionOptions())
        column = std::max(column, optionText(o).size());
    column += 4; // two spaces before, two after
    QString text =
        Tr::tr("Connection options (they may also stand before the command words):") + u'\n';
    for (const Spec& o : connectionOptions())
        appendHelpLine(text, optionText(o), translated(o.help), column);
    appendHelpLine(text, u"-h, --help"_s, Tr::tr("show this help"), column);
    return text +
           Tr::tr("\n"
                  "Credentials come from the environment only: FOTA_CLIENT_ID, "
                  "FOTA_CLIENT_SECRET\n"
                  "(OAuth client credentials), FOTA_USERNAME, FOTA_PASSWORD (M2M session).\n"
                  "They are never written anywhere.\n"
                  "\n"
                  "Exit codes: 0 ok; 1 the API said no (errorCode/errorMessage printed); 2 "
                  "usage\n"
                  "or input error; 3 network, TLS or sign-in failure, or no usable answer.\n");
}

QStringList ClientOptions::names()
{
    QStringList out;
    for (const Spec& o : connectionOptions())
        out << u"--"_s + QLatin1String(o.name);
    return out;
}

std::optional<ClientOptions> ClientOptions::read(const QCommandLineParser& parser, QString* error)
{
    ClientOptions options;
    options.json = parser.isSet(QStringLiteral("json"));
    options.demo = parser.isSet(QStringLiteral("demo"));

    Environment::Profile profile = Environment::Profile::Production;
    if (parser.isSet(QStringLiteral("profile"))) {
        if (!Environment::parseProfile(parser.value(QStringLiteral("profile")), &profile)) {
            *error = Tr::tr("--profile must be production, demo or custom, not '%1'.")
                         .arg(parser.value(QStringLiteral("profile")));
            return std::nullopt;
        }
    }
    if (options.demo)
        profile = Environment::Profile::Demo;
    else if (profile == Environment::Profile::Demo)
        options.demo = true;
    if (parser.isSet(QStringLiteral("base-url"))) {
        if (options.demo) {
            *error = Tr::tr("--base-url and --demo exclude each other: the demo simulator chooses "
                            "its own address.");
            return std::nullopt;
        }
        profile = Environment::Profile::Custom;
    } else if (profile == Environment::Profile::Custom) {
        *error = Tr::tr("--profile custom needs --base-url URL.");
        return std::nullopt;
    }

    QString account = parser.value(QStringLiteral("account"));
    if (account.isEmpty())
        account = qEnvironmentVariable("FOTA_ACCOUNT");
    if (account.isEmpty() && options.demo)
        account = QStringLiteral("0000123456-00001");
    if (account.isEmpty()) {
        *error = Tr::tr("No account: give --account NAME (or set FOTA_ACCOUNT).");
        return std::nullopt;
    }

    switch (profile) {
    case Environment::Profile::Production:
        options.environment = Environment::production(account);
        break;
    case Environment::Profile::Demo:
        options.environment = Environment::demo(QUrl(), account); // the URL is known once started
        break;
    case Environment::Profile::Custom: {
        const QUrl url(parser.value(QStringLiteral("base-url")));
        options.environment = Environment::custom(url, account);
        if (const QString problem = options.environment.validationError(); !problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
        break;
    }
    }
    options.environment.extraCaFile = parser.value(QStringLiteral("ca-file"));

    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            *error = Tr::tr("--timeout must be a number of seconds between 0 and 3600.");
            return std::nullopt;
        }
        options.timeoutMs = static_cast<int>(seconds * 1000);
    }

    if (parser.isSet(QStringLiteral("deadline"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("deadline")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 86400) {
            *error = Tr::tr("--deadline must be a number of seconds between 0 and 86400.");
            return std::nullopt;
        }
        options.deadlineMs = static_cast<int>(seconds * 1000);
    }

    options.credentials.clientId = qEnvironmentVariable("FOTA_CLIENT_ID");
    options.credentials.clientSecret = qEnvironmentVariable("FOTA_CLIENT_SECRET");
    options.credentials.username = qEnvironmentVariable("FOTA_USERNAME");
    options.credentials.password = qEnvironmentVariable("FOTA_PASSWORD");
    // Where fotactl's credentials enter: from here on no log line, audit entry or message of
    // this run shows them (nor their Basic or encoded forms).
    registerWithRedactor(options.credentials);
    return options;
}

} // namespace fotadesk::ctl
