#include "sandbox/sandboxoptions.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace cv::sandbox {

namespace {
void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "connect-sandbox: a local server that speaks the CloudBlue Connect public API v1 on 127.0.0.1."));
    parser.addOption({ { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help and exit.") });
    parser.addOption(
        { { QStringLiteral("v"), QStringLiteral("version") }, QStringLiteral("Show the version and exit.") });
    parser.addOption({ QStringLiteral("port"), QStringLiteral("Port to listen on (0 = any free port)."),
        QStringLiteral("port"), QStringLiteral("0") });
    parser.addOption(
        { QStringLiteral("data"), QStringLiteral("SQLite file holding the sandbox data."), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("api-key"),
        QStringLiteral("API key of the demo account (SU-xxx-xxx-xxx:secret)."), QStringLiteral("key") });
    parser.addOption({ QStringLiteral("seed"), QStringLiteral("Seed data set to create on first start: demo."),
        QStringLiteral("name") });
    parser.addOption({ QStringLiteral("seed-requests"), QStringLiteral("Generate <n> more fulfilment requests."),
        QStringLiteral("n") });
    parser.addOption({ QStringLiteral("load"),
        QStringLiteral("Import JSON files in Connect response shapes from <dir>."), QStringLiteral("dir") });
    parser.addOption({ QStringLiteral("routes"),
        QStringLiteral("List the API routes served (METHOD path, as in the OpenAPI spec) and exit.") });
    parser.addOption({ QStringLiteral("faults"),
        QStringLiteral("Inject faults, e.g. latency=50,error=0.1,throttle=0.05,cut=0.02,seed=7."),
        QStringLiteral("spec") });
}
} // namespace

QString SandboxOptions::helpText()
{
    QCommandLineParser parser;
    addOptions(parser);
    QString text = parser.helpText();
    text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")), QStringLiteral("Usage: connect-sandbox"));
    return text;
}

SandboxOptions SandboxOptions::parse(const QStringList &arguments, Action &action, QString &error)
{
    QCommandLineParser parser;
    addOptions(parser);
    SandboxOptions options;
    if (!parser.parse(arguments)) {
        action = Action::Error;
        error = parser.errorText();
        return options;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        action = Action::Help;
        return options;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        action = Action::Version;
        return options;
    }
    if (parser.isSet(QStringLiteral("routes"))) {
        action = Action::Routes;
        return options;
    }
    bool ok = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535) {
        action = Action::Error;
        error = QStringLiteral("--port: '%1' is not a port number (0-65535)").arg(parser.value(QStringLiteral("port")));
        return options;
    }
    options.port = quint16(port);
    options.dataFile = parser.value(QStringLiteral("data"));
    options.apiKey = parser.value(QStringLiteral("api-key"));
    options.seed = parser.value(QStringLiteral("seed"));
    if (parser.isSet(QStringLiteral("seed-requests"))) {
        options.seedRequests = parser.value(QStringLiteral("seed-requests")).toInt(&ok);
        if (!ok || options.seedRequests < 0) {
            action = Action::Error;
            error = QStringLiteral("--seed-requests: '%1' is not a non-negative number")
                        .arg(parser.value(QStringLiteral("seed-requests")));
            return options;
        }
    }
    options.loadDir = parser.value(QStringLiteral("load"));
    options.faults = parser.value(QStringLiteral("faults"));
    action = Action::Serve;
    return options;
}

} // namespace cv::sandbox
