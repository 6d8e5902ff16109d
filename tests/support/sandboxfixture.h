#pragma once
// An in-process connect-sandbox for integration tests, and a small blocking HTTP client that talks to it
// over real HTTP on loopback (QNetworkAccessManager; waits spin the event loop, which the in-process
// server needs to answer).

#include "sandbox/sandboxserver.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace cv::test {

struct HttpResponse
{
    int status = 0; ///< 0 when no HTTP answer came (network error)
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; ///< lower-cased names

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    /// "items a-b/total" -> total, or -1.
    qint64 total() const
    {
        const QByteArray range = header("content-range");
        const int slash = range.lastIndexOf('/');
        return slash < 0 ? -1 : range.mid(slash + 1).toLongLong();
    }
    QString errorCode() const { return object().value(QStringLiteral("error_code")).toString(); }
    QString errors() const
    {
        QStringList list;
        for (const QJsonValue &e : object().value(QStringLiteral("errors")).toArray())
            list << e.toString();
        return list.join(QStringLiteral(" | "));
    }
};

class SandboxFixture final
{
public:
    /// Starts a sandbox on a free port with its own data file (in `dataDir` if given, else a temp dir).
    explicit SandboxFixture(sandbox::SandboxOptions options = {}, const QString &dataDir = {})
    {
        if (options.dataFile.isEmpty())
            options.dataFile = (dataDir.isEmpty() ? m_dir.path() : dataDir) + QStringLiteral("/sandbox.sqlite");
        m_options = options;
        m_server = std::make_unique<sandbox::SandboxServer>();
        const auto started = m_server->start(options);
        m_error = started ? QString() : started.error();
    }

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    sandbox::SandboxServer &server() { return *m_server; }
    QString baseUrl() const { return m_server->baseUrl(); }
    QByteArray apiKey() const { return m_server->apiKey().toUtf8(); }
    QString dataFile() const { return m_options.dataFile; }

    /// Stops the server and starts a new one on the same data file (restart persistence).
    bool restart()
    {
        m_server.reset();
        m_server = std::make_unique<sandbox::SandboxServer>();
        const auto started = m_server->start(m_options);
        m_error = started ? QString() : started.error();
        return ok();
    }

    HttpResponse send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
        const QByteArray &contentType = "application/json", const QByteArray &apiKeyOverride = {}, bool withAuth = true)
    {
        QNetworkRequest request(QUrl(baseUrl() + pathAndQuery));
        if (withAuth)
            request.setRawHeader("Authorization", "ApiKey " + (apiKeyOverride.isEmpty() ? apiKey() : apiKeyOverride));
        if (!body.isEmpty() || verb == "POST" || verb == "PUT")
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        return finish(reply);
    }

    HttpResponse get(const QString &path) { return send("GET", path); }
    HttpResponse post(const QString &path, const QJsonObject &json = {})
    {
        return send("POST", path, QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
    HttpResponse put(const QString &path, const QJsonObject &json)
    {
        return send("PUT", path, QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
    HttpResponse del(const QString &path) { return send("DELETE", path); }

    /// multipart/form-data: `parts` are (name, fileName (empty for a plain field), contentType, data).
    struct Part
    {
        QByteArray name;
        QByteArray fileName;
        QByteArray contentType;
        QByteArray data;
    };
    HttpResponse multipart(const QByteArray &verb, const QString &path, const QList<Part> &parts)
    {
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const Part &p : parts) {
            QHttpPart part;
            QByteArray disposition = "form-data; name=\"" + p.name + '"';
            if (!p.fileName.isEmpty())
                disposition += "; filename=\"" + p.fileName + '"';
            part.setRawHeader("Content-Disposition", disposition);
            if (!p.contentType.isEmpty())
                part.setRawHeader("Content-Type", p.contentType);
            part.setBody(p.data);
            multi->append(part);
        }
        QNetworkRequest request(QUrl(baseUrl() + path));
        request.setRawHeader("Authorization", "ApiKey " + apiKey());
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, multi);
        multi->setParent(reply);
        return finish(reply);
    }

private:
    HttpResponse finish(QNetworkReply *reply)
    {
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
            reply->abort();
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        response.error = reply->error();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            response.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return response;
    }

    QTemporaryDir m_dir;
    sandbox::SandboxOptions m_options;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_network;
    QString m_error;
};

} // namespace cv::test
