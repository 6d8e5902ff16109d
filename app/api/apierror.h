#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cv::api {

/// Why a Connect API call failed, as a value (no exceptions across the event loop). `app/` code branches on
/// `kind`, `httpStatus` and `errorCode`; the UI words them. summary() is English for logs and the CLI.
struct ApiError
{
    enum class Kind {
        None, ///< no error
        Network, ///< no (complete) HTTP answer: refused, reset, DNS, TLS, connection cut mid-body
        Timeout, ///< no data for RetryPolicy::timeoutMs
        Http, ///< the server answered with a status >= 400 (`errorCode`/`errors` from its body when present)
        InvalidResponse, ///< 2xx but unusable: not JSON, not a list, missing/malformed Content-Range
        Cancelled, ///< cancel() or ApiClient::cancelAll()
        InvalidRequest, ///< refused before sending: e.g. an RQL value that cannot be quoted, no endpoint
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString errorCode; ///< Connect's "error_code", e.g. "VAL_001", "AUTH_001"
    QStringList errors; ///< Connect's "errors", e.g. "mpn: Item with same mpn already exists for the product."
    QByteArray method; ///< "GET", "POST", ...
    QUrl url; ///< the request URL, never with user info (credentials travel in a header, not in the URL)
    QString path; ///< the API path relative to the endpoint, with its query ("/products/PRD-1/items")
    QString detail; ///< technical detail: Qt's error string, the status reason, what was wrong with the body

    bool ok() const { return kind == Kind::None; }
    /// Network errors, timeouts, 5xx and 429 - failures a later attempt may not see.
    bool isRetryable() const;
    /// "400 VAL_001: mpn: Item with same mpn already exists for the product. (POST /products/PRD-1/items)"
    QString summary() const;

    /// Fills `errorCode`/`errors` from a Connect error body {"error_code": "...", "errors": [...]}. Extra keys are
    /// ignored; a non-JSON body or one without those keys leaves them empty and returns false.
    bool parseBody(const QByteArray &body);

    static QString kindName(Kind kind);
};

} // namespace cv::api
