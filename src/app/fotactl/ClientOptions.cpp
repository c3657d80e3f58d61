#include "ClientOptions.h"

#include <QCoreApplication>

namespace fotadesk::ctl {

namespace {
// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotactl)
};
} // namespace

void ClientOptions::addTo(QCommandLineParser& parser)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help.")});
    parser.addOption(
        {QStringLiteral("profile"), Tr::tr("production, demo or custom."), QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("base-url"), Tr::tr("FOTA v3 base URL."), QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("account"), Tr::tr("ThingSpace account name."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("ca-file"), Tr::tr("Extra CA certificate to trust."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("timeout"), Tr::tr("Request timeout in seconds."),
                      QStringLiteral("seconds")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Print one JSON document.")});
    parser.addOption({QStringLiteral("demo"), Tr::tr("Use an embedded fotasim with demo data.")});
}

qsizetype ClientOptions::leadingCount(const QStringList& args, qsizetype from)
{
    static const QStringList flags{QStringLiteral("json"), QStringLiteral("demo")};
    static const QStringList withValue{QStringLiteral("profile"), QStringLiteral("base-url"),
                                       QStringLiteral("account"), QStringLiteral("ca-file"),
                                       QStringLiteral("timeout")};
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
        if (flags.contains(name) && !inlineValue) {
            i += 1;
        } else if (withValue.contains(name)) {
            if (inlineValue)
                i += 1;
            else if (i + 1 < args.size())
                i += 2;
            else
                break; // the value is missing: the command's parser says so
        } else {
            break;
        }
    }
    return i - from;
}

QString ClientOptions::helpText()
{
    return Tr::tr("Connection options:\n"
                  "  --profile NAME     production (default), demo or custom\n"
                  "  --base-url URL     FOTA v3 base URL, e.g. https://thingspace.verizon.com/api\n"
                  "                     (implies --profile custom)\n"
                  "  --account NAME     ThingSpace account name (or FOTA_ACCOUNT)\n"
                  "  --ca-file FILE     extra CA certificate (PEM or DER) to trust besides the\n"
                  "                     system CAs\n"
                  "  --timeout SECONDS  per request (default 30)\n"
                  "  --json             print one JSON document on stdout\n"
                  "  --demo             start an embedded fotasim with demo data and use it\n"
                  "  -h, --help         show this help\n"
                  "\n"
                  "Credentials come from the environment only: FOTA_CLIENT_ID, FOTA_CLIENT_SECRET\n"
                  "(OAuth client credentials), FOTA_USERNAME, FOTA_PASSWORD (M2M session).\n"
                  "They are never written anywhere.\n"
                  "\n"
                  "Exit codes: 0 ok; 1 the API said no (errorCode/errorMessage printed); 2 usage\n"
                  "or input error; 3 network, TLS or sign-in failure, or no usable answer.\n");
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

    options.credentials.clientId = qEnvironmentVariable("FOTA_CLIENT_ID");
    options.credentials.clientSecret = qEnvironmentVariable("FOTA_CLIENT_SECRET");
    options.credentials.username = qEnvironmentVariable("FOTA_USERNAME");
    options.credentials.password = qEnvironmentVariable("FOTA_PASSWORD");
    return options;
}

} // namespace fotadesk::ctl
