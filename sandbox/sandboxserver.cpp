#include "sandbox/sandboxserver.h"

#include "app/core/datapaths.h"
#include "sandbox/api/apiroutes.h"
#include "sandbox/api/productfactory.h"
#include "sandbox/api/sandboxcontext.h"
#include "sandbox/api/tokenpermissions.h"
#include "sandbox/api/webhookdispatcher.h"
#include "sandbox/seed/demoseed.h"
#include "sandbox/seed/jsonloader.h"
#include "sandbox/seed/requestgenerator.h"
#include "sandbox/store/sandboxstore.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSandbox, "cv.sandbox")

namespace cv::sandbox {

namespace {

const QString kBasePath = QStringLiteral("/public/v1");

Method methodOf(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: return Method::Get;
    case QHttpServerRequest::Method::Post: return Method::Post;
    case QHttpServerRequest::Method::Put: return Method::Put;
    case QHttpServerRequest::Method::Delete: return Method::Delete;
    case QHttpServerRequest::Method::Head: return Method::Head;
    case QHttpServerRequest::Method::Options: return Method::Options;
    case QHttpServerRequest::Method::Patch: return Method::Patch;
    default: return Method::Other;
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return {};
    }
}

/// Writes a response with headers chosen at run time (Content-Range, Retry-After) in one socket write:
/// QHttpServerResponder writes the status line, each header and the body separately, and the socket sends
/// each as its own segment, so a large page waited for the delayed ACK of its headers (~40 ms, issue 12).
/// `headersOnly` answers HEAD: the headers a GET would carry, Content-Length included, and no body.
void writeReply(
    QHttpServerResponder &responder, const ApiReply &reply, bool cutMidBody = false, bool headersOnly = false)
{
    QTcpSocket *socket = responder.socket();
    const QByteArray body = cutMidBody ? reply.body.left(reply.body.size() / 2) : reply.body;
    QByteArray message;
    message.reserve(body.size() + 512);
    message += "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (!reply.contentType.isEmpty())
        message += "Content-Type: " + reply.contentType + "\r\n";
    for (const auto &[name, value] : reply.headers)
        message += name + ": " + value + "\r\n";
    // With cutMidBody the whole length is promised and half is sent: a "connection closed mid-body" fault.
    message += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
    if (!headersOnly)
        message += body;
    socket->write(message);
    if (cutMidBody) {
        socket->flush();
        socket->abort();
    }
}

/// Largest request body the sandbox accepts (the logo limit is 1 MB; usage files are a few MB).
constexpr qint64 kMaxRequestBytes = 32 * 1024 * 1024;

/// QHttpServer (6.4) buffers a whole request body, however large, before a handler sees it. This server
/// reads the head of each request first and answers 413 to a Content-Length above the limit without
/// reading the body.
class BodyLimitedTcpServer final : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        // TCP_NODELAY: a response leaves at once instead of waiting for the client's ACK of the previous one.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // Connected before QHttpServer's own handler (it connects once it takes the socket), so this runs first.
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            const QByteArray head = socket->peek(16 * 1024);
            const qsizetype end = head.indexOf("\r\n\r\n");
            static const QRegularExpression requestLine(QStringLiteral("^[A-Z]+ \\S+ HTTP/1\\.[01]\r\n"));
            if (end < 0 || !requestLine.match(QString::fromLatin1(head.left(end + 2))).hasMatch())
                return; // a body chunk, or a head still arriving
            static const QRegularExpression length(
                QStringLiteral("\r\ncontent-length:[ \t]*(\\d+)"), QRegularExpression::CaseInsensitiveOption);
            const auto match = length.match(QString::fromLatin1(head.left(end + 2)));
            if (!match.hasMatch() || match.captured(1).toLongLong() <= kMaxRequestBytes)
                return;
            const QByteArray body = QJsonDocument(
                QJsonObject { { QStringLiteral("error_code"), QStringLiteral("REQ_413") },
                    { QStringLiteral("errors"),
                        QJsonArray { QStringLiteral("The request body (%1 bytes) exceeds the limit of %2 bytes.")
                                         .arg(match.captured(1))
                                         .arg(kMaxRequestBytes) } } })
                                        .toJson(QJsonDocument::Compact);
            socket->readAll();
            socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nConnection: "
                          "close\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
        addPendingConnection(socket);
    }
};

QString randomDigits(int count)
{
    QString digits;
    for (int i = 0; i < count; ++i)
        digits += QChar(u'0' + QRandomGenerator::global()->bounded(10));
    return digits;
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<SandboxStore>())
{ }

SandboxServer::~SandboxServer() = default;

QString SandboxServer::defaultDataFile()
{
    return core::DataPaths::dataDir() + QStringLiteral("/sandbox.sqlite");
}

QString SandboxServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(kBasePath);
}

QString SandboxServer::apiKey() const
{
    return m_store->meta(QStringLiteral("api_key"));
}

core::Result<quint16, QString> SandboxServer::start(const SandboxOptions &options)
{
    auto faults = Faults::parse(options.faults);
    if (!faults)
        return faults.error();
    m_faults = faults.value();

    const auto opened = m_store->open(options.dataFile.isEmpty() ? defaultDataFile() : options.dataFile);
    if (!opened)
        return opened.error();
    m_webhooks = std::make_unique<WebhookDispatcher>(*m_store, QString());
    m_context = std::make_unique<SandboxContext>(*m_store, m_webhooks.get());
    registerApiRoutes(m_router, *m_context, *m_webhooks);

    const auto boot = bootstrap(options);
    if (!boot)
        return boot.error();

    m_http = std::make_unique<QHttpServer>();
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
    auto *tcp = new BodyLimitedTcpServer(m_http.get());
    m_port = tcp->listen(QHostAddress::LocalHost, options.port) ? tcp->serverPort() : 0;
    if (m_port != 0)
        m_http->bind(tcp);
    if (m_port == 0)
        return QStringLiteral("cannot listen on 127.0.0.1:%1 (port in use or not allowed)").arg(options.port);
    m_webhooks->setApiUrl(baseUrl());
    qCInfo(lcSandbox).noquote() << "listening on" << baseUrl() << "faults:" << m_faults.describe();
    return m_port;
}

core::Result<bool, QString> SandboxServer::bootstrap(const SandboxOptions &options)
{
    if (m_store->meta(QStringLiteral("account_id")).isEmpty()) {
        if (!m_store->transaction())
            return QStringLiteral("cannot write the sandbox database");
        createDemoAccount(*m_context);
        productfactory::ensureCatalogues(*m_context);
        m_store->commit();
    }
    if (!options.apiKey.isEmpty()) {
        static const QRegularExpression keyShape(QStringLiteral("^SU-\\d{3}-\\d{3}-\\d{3}:\\S+$"));
        if (!keyShape.match(options.apiKey).hasMatch())
            return QStringLiteral("--api-key: expected SU-xxx-xxx-xxx:<secret> (three groups of three digits)");
        setDemoApiKey(*m_context, options.apiKey);
    } else if (apiKey().isEmpty()) {
        setDemoApiKey(*m_context,
            QStringLiteral("SU-%1-%2-%3:%4")
                .arg(randomDigits(3), randomDigits(3), randomDigits(3),
                    QString::number(QRandomGenerator::global()->generate64(), 16)
                        + QString::number(QRandomGenerator::global()->generate64(), 16)));
    }
    if (options.seed == QLatin1String("demo")) {
        if (m_store->meta(QStringLiteral("seeded")).isEmpty()) {
            m_store->transaction();
            seedDemo(*m_context);
            m_store->setMeta(QStringLiteral("seeded"), QStringLiteral("demo"));
            m_store->commit();
        }
    } else if (!options.seed.isEmpty()) {
        return QStringLiteral("--seed: unknown data set '%1' (known: demo)").arg(options.seed);
    }
    if (options.seedRequests > 0) {
        const auto generated = generateRequests(*m_context, options.seedRequests);
        if (!generated)
            return generated.error();
    }
    if (!options.loadDir.isEmpty()) {
        const auto loaded = loadJsonDirectory(*m_context, options.loadDir);
        if (!loaded)
            return loaded.error();
        // The server starts with what could be loaded; what could not is said once per file.
        m_loadRejections = loaded.value().rejected;
        for (const QString &rejected : m_loadRejections)
            qCWarning(lcSandbox).noquote() << "--load: skipped" << rejected;
    }
    return true;
}

bool SandboxServer::authorized(const QByteArray &authorization) const
{
    if (!authorization.startsWith("ApiKey "))
        return false;
    const QString key = QString::fromUtf8(authorization.mid(7).trimmed());
    if (key.isEmpty())
        return false;
    if (key == apiKey())
        return true;
    // Tokens created through /auth/tokens authenticate too, while active.
    for (const QJsonObject &token : m_store->findBy(QStringLiteral("tokens"), QStringLiteral("token"), key)) {
        if (token.value(QStringLiteral("status")).toString() == QLatin1String("active"))
            return true;
    }
    return false;
}

void SandboxServer::handle(const QHttpServerRequest &httpRequest, QHttpServerResponder &&responder)
{
    ApiRequest request;
    request.method = methodOf(httpRequest);
    const QString fullPath = httpRequest.url().path();
    request.rawQuery = httpRequest.url().query(QUrl::FullyEncoded).toUtf8();
    request.query = httpRequest.query();
    request.body = httpRequest.body();
    for (const auto &[name, value] : httpRequest.headers())
        request.headers.insert(name.toLower(), value);

    ApiReply reply;
    if (fullPath.startsWith(QStringLiteral("/media/")) && request.method == Method::Get) {
        // Media (logos, thumbnails) are public, as on the portal host.
        const auto blob = m_store->blob(fullPath);
        reply = blob ? ApiReply::raw(blob->second, blob->first) : ApiReply::notFound(QStringLiteral("Media"), fullPath);
        writeReply(responder, reply);
        return;
    }
    if (!fullPath.startsWith(kBasePath + QLatin1Char('/'))) {
        writeReply(responder,
            ApiReply::error(404, QStringLiteral("GEN_404"),
                { QStringLiteral("Not a Connect API path: %1 (the API is under %2)").arg(fullPath, kBasePath) }),
            false, request.method == Method::Head);
        return;
    }
    request.path = fullPath.mid(kBasePath.size());
    while (request.path.endsWith(QLatin1Char('/')) && request.path.size() > 1)
        request.path.chop(1); // old SDKs add a trailing slash

    const Faults::Decision fault = m_faults.next();
    if (!authorized(request.header("authorization"))) {
        reply = ApiReply::unauthorized();
    } else if (auto forbidden
        = refuseWithoutPermission(*m_store, apiKey(), request.header("authorization"), request.method, request.path)) {
        reply = *forbidden;
    } else if (fault.kind == Faults::Kind::ServerError) {
        reply = ApiReply::error(
            fault.status, QStringLiteral("SYS_001"), { QStringLiteral("Injected fault: server error.") });
    } else if (fault.kind == Faults::Kind::Throttle) {
        reply
            = ApiReply::error(429, QStringLiteral("SYS_429"), { QStringLiteral("Injected fault: too many requests.") });
        reply.headers.append({ "Retry-After", QByteArray::number(fault.retryAfterSec) });
    } else {
        request.accountId = m_store->meta(QStringLiteral("account_id"));
        reply = m_router.dispatch(request);
    }
    qCDebug(lcSandbox).noquote() << Router::methodName(request.method) << request.path << reply.status;
    for (const auto &[name, value] : reply.headers) {
        if (name == "Content-Range") { // items first-last/total
            const QList<QByteArray> range = value.mid(6).split('/').value(0).split('-');
            if (range.size() == 2)
                m_largestPage = qMax(m_largestPage, int(range.at(1).toLongLong() - range.at(0).toLongLong() + 1));
        }
    }

    const bool cut = fault.kind == Faults::Kind::Cut;
    const bool head = request.method == Method::Head;
    if (fault.latencyMs > 0) {
        m_maxInFlight = qMax(m_maxInFlight, ++m_inFlight);
        // The client may go away during the delay (a killed sync): its socket is deleted then, and the
        // responder's pointer to it dangles, so the reply is written only while the socket lives.
        const QPointer<QTcpSocket> socket = responder.socket();
        auto delayed = std::make_shared<QHttpServerResponder>(std::move(responder));
        QTimer::singleShot(fault.latencyMs, this, [this, socket, delayed, reply, cut, head] {
            --m_inFlight;
            if (socket && socket->state() == QAbstractSocket::ConnectedState)
                writeReply(*delayed, reply, cut, head);
        });
        return;
    }
    m_maxInFlight = qMax(m_maxInFlight, 1);
    writeReply(responder, reply, cut, head);
}

} // namespace cv::sandbox
