#include "sandbox/api/notificationemails.h"

#include "sandbox/api/sandboxcontext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cv::sandbox::notificationemails {

namespace {

const QString kFrom = u"CloudBlue Connect <no-reply@connect.cloudblue.com>"_s;

QString requestUrl(const QString &requestId)
{
    return u"https://vendor.sandbox.connect.cloudblue.com/fulfillment/requests/"_s + requestId;
}

/// The vendor account's active users as recipients, and a greeting naming the first one. A user invited but not
/// yet signed up (`active: false`) gets no notifications, as on Connect (the walk saw a preview's e-mail
/// addressed to a user invited a minute before).
QJsonArray vendorRecipients(SandboxContext &context, QString &greeting)
{
    QJsonArray to;
    greeting = u"Hello"_s;
    for (const QJsonObject &user : context.store().all(u"users"_s, context.accountId())) {
        if (!user.value(u"active"_s).toBool(true))
            continue;
        to.append(QJsonObject { { u"name"_s, user.value(u"name"_s) }, { u"email"_s, user.value(u"email"_s) } });
        if (greeting == QLatin1String("Hello"))
            greeting += u' ' + user.value(u"name"_s).toString();
    }
    return to;
}

QJsonObject customerOf(const QJsonObject &request)
{
    return request.value(u"asset"_s).toObject().value(u"tiers"_s).toObject().value(u"customer"_s).toObject();
}

QJsonObject contactOf(const QJsonObject &account)
{
    return account.value(u"contact_info"_s).toObject().value(u"contact"_s).toObject();
}

/// "- 5 x Cloud Storage 100 GB" lines of the request's items.
QString itemLines(const QJsonObject &request)
{
    QStringList lines;
    for (const QJsonValue &value : request.value(u"asset"_s).toObject().value(u"items"_s).toArray()) {
        const QJsonObject item = value.toObject();
        lines << u"- %1 x %2"_s.arg(item.value(u"quantity"_s).toVariant().toString(),
            item.value(u"display_name"_s).toString(item.value(u"mpn"_s).toString()));
    }
    return lines.join(u'\n');
}

/// "- Title: value" lines of the parameters that have a value (passwords left out, as in the portal).
QString parameterLines(const QJsonObject &request)
{
    QStringList lines;
    for (const QJsonValue &value : request.value(u"asset"_s).toObject().value(u"params"_s).toArray()) {
        const QJsonObject param = value.toObject();
        const QString v = param.value(u"value"_s).toString();
        if (v.isEmpty() || param.value(u"type"_s).toString() == QLatin1String("password"))
            continue;
        lines << u"- %1: %2"_s.arg(param.value(u"title"_s).toString(param.value(u"id"_s).toString()), v);
    }
    return lines.join(u'\n');
}

QJsonObject productOf(const QJsonObject &request)
{
    const QJsonObject product = request.value(u"asset"_s).toObject().value(u"product"_s).toObject();
    return { { u"id"_s, product.value(u"id"_s) }, { u"name"_s, product.value(u"name"_s) } };
}

QJsonObject store(SandboxContext &context, const QString &type, const QJsonArray &to, const QString &subject,
    const QString &body, const QJsonArray &links, const QString &requestId, const QJsonObject &product)
{
    QJsonObject email { { u"id"_s, u"EM-%1"_s.arg(context.store().nextCounter(u"emails"_s), 6, 10, QLatin1Char('0')) },
        { u"type"_s, type }, { u"to"_s, to }, { u"from"_s, kFrom }, { u"subject"_s, subject }, { u"body"_s, body },
        { u"links"_s, links }, { u"request"_s, QJsonObject { { u"id"_s, requestId } } }, { u"product"_s, product },
        { u"created"_s, context.now() } };
    context.store().put(u"emails"_s, email);
    return email;
}

} // namespace

QJsonObject recordNewRequest(SandboxContext &context, const QJsonObject &preview)
{
    const QString requestId = preview.value(u"request"_s).toObject().value(u"id"_s).toString();
    const QJsonObject product = preview.value(u"product"_s).toObject();
    const auto request = context.store().get(u"requests"_s, requestId).value_or(QJsonObject());
    const QJsonObject customer = customerOf(request);
    QString greeting;
    const QJsonArray to = vendorRecipients(context, greeting);
    const QString url = requestUrl(requestId);
    const QString linkText = u"Manual processing is required: open request %1 in the Vendor Portal"_s.arg(requestId);
    const QString body = u"%1,\n\nA new purchase request %2 for %3 was created on the preview connection.\n\n"
                         "Customer: %4 (%5)\n\nItems:\n%6\n\n[%7](%8)\n"_s.arg(greeting, requestId,
                             product.value(u"name"_s).toString(), customer.value(u"name"_s).toString(),
                             contactOf(customer).value(u"email"_s).toString(), itemLines(request), linkText, url);
    return store(context, u"request_created"_s, to,
        u"New purchase request %1 for %2"_s.arg(requestId, product.value(u"name"_s).toString()), body,
        QJsonArray { QJsonObject { { u"text"_s, linkText }, { u"url"_s, url } } }, requestId, product);
}

void recordApproval(SandboxContext &context, const QJsonObject &request)
{
    const QString requestId = request.value(u"id"_s).toString();
    const QJsonObject product = productOf(request);
    const QString productName = product.value(u"name"_s).toString();
    const QJsonObject customer = customerOf(request);
    const QJsonObject contact = contactOf(customer);
    const QString environment
        = request.value(u"asset"_s).toObject().value(u"connection"_s).toObject().value(u"type"_s).toString();

    // The vendor's copy: the details of what was approved.
    QString greeting;
    const QJsonArray vendors = vendorRecipients(context, greeting);
    const QString url = requestUrl(requestId);
    const QString linkText = u"Open request %1 in the Vendor Portal"_s.arg(requestId);
    const QString parameters = parameterLines(request);
    const QString vendorBody
        = u"%1,\n\nThe %2 request **%3** for **%4** was approved%5.\n\nCustomer: %6 (%7)\n\nItems:\n%8\n\n%9[%10](%11)\n"_s
              .arg(greeting, request.value(u"type"_s).toString(u"purchase"_s), requestId, productName,
                  environment.isEmpty() ? QString() : u" on the %1 connection"_s.arg(environment),
                  customer.value(u"name"_s).toString(), contact.value(u"email"_s).toString(), itemLines(request),
                  parameters.isEmpty() ? QString() : u"Parameters:\n"_s + parameters + u"\n\n"_s, linkText, url);
    store(context, u"request_approved"_s, vendors, u"Request %1 for %2 was approved"_s.arg(requestId, productName),
        vendorBody, QJsonArray { QJsonObject { { u"text"_s, linkText }, { u"url"_s, url } } }, requestId, product);

    // The customer's activation e-mail: the activation template as rendered for this request.
    const QString message = request.value(u"template"_s)
                                .toObject()
                                .value(u"message"_s)
                                .toString(request.value(u"activation_key"_s).toString());
    const QString customerEmail = contact.value(u"email"_s).toString();
    if (message.isEmpty() || customerEmail.isEmpty())
        return;
    const QString contactName
        = u"%1 %2"_s.arg(contact.value(u"first_name"_s).toString(), contact.value(u"last_name"_s).toString()).trimmed();
    store(context, u"activation"_s,
        QJsonArray {
            QJsonObject { { u"name"_s, contactName.isEmpty() ? customer.value(u"name"_s).toString() : contactName },
                { u"email"_s, customerEmail } } },
        u"Your %1 subscription is active"_s.arg(productName), message, QJsonArray(), requestId, product);
}

} // namespace cv::sandbox::notificationemails
