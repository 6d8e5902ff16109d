#pragma once

#include <QJsonObject>

namespace cv::sandbox {

class SandboxContext;

/// The e-mails the hosted service sends around a fulfilment request, recorded in the "emails" collection
/// (GET /notifications/emails, a sandbox extension) instead of being sent. Bodies are Markdown, as the
/// service's own mails; every e-mail has {id, type, to [{name, email}], from, subject, body, links
/// [{text, url}], request {id}, product {id, name}, created}.
namespace notificationemails {

/// "New purchase request PR-... for <product>" to the vendor's users, at the end of a preview
/// (type "request_created"); the body ends with the "Manual processing is required" link. Returns it.
QJsonObject recordNewRequest(SandboxContext &context, const QJsonObject &preview);

/// What an approval through the API sends: the vendor's copy with the request's details (type
/// "request_approved", "not the approval that is sent to the customer", as the lab puts it) and the
/// customer's activation e-mail, the rendered activation template, to the customer's contact (type
/// "activation"; left out when the request has no activation message or the customer no e-mail).
void recordApproval(SandboxContext &context, const QJsonObject &request);

} // namespace notificationemails
} // namespace cv::sandbox
