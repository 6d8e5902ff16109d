#include "sandbox/api/subcollection.h"

#include "sandbox/api/sandboxcontext.h"

namespace cv::sandbox {

namespace {
// Fields a client may send back unchanged but never set: they belong to the server.
const QStringList kServerFields { QStringLiteral("id"), QStringLiteral("events"), QStringLiteral("local_id"),
    QStringLiteral("status") };
} // namespace

SubCollection SubCollection::underProduct(const QString &kind, const QString &what, const QString &idParam)
{
    SubCollection collection;
    collection.kind = kind;
    collection.what = what;
    collection.parentParam = QStringLiteral("product_product_id");
    collection.idParam = idParam;
    collection.listPath = QStringLiteral("/products/{product_product_id}/") + kind;
    collection.objectPath = collection.listPath + QStringLiteral("/{%1}").arg(idParam);
    return collection;
}

void registerSubCollection(Router &router, SandboxContext &context, const SubCollection &c)
{
    auto parentOr404 = [&context, c](const ApiRequest &request, ApiReply &error) -> std::optional<QJsonObject> {
        const QString parentId = request.param(c.parentParam);
        auto parent = context.store().get(c.parentKind, parentId);
        if (!parent)
            error = ApiReply::notFound(c.parentWhat, parentId);
        return parent;
    };

    router.add(Method::Get, c.listPath, [&context, c, parentOr404](ApiRequest &request) {
        ApiReply error;
        if (!parentOr404(request, error))
            return error;
        return context.list(request, c.kind, request.param(c.parentParam));
    });

    router.add(Method::Post, c.listPath, [&context, c, parentOr404](ApiRequest &request) {
        ApiReply error;
        if (!parentOr404(request, error))
            return error;
        const auto body = context.jsonBody(request, error);
        if (!body)
            return error;
        const QString parentId = request.param(c.parentParam);
        QJsonObject candidate = *body;
        for (const QString &field : kServerFields)
            candidate.remove(field);
        const QStringList errors
            = c.validate ? c.validate(candidate, context.store().all(c.kind, parentId)) : QStringList();
        if (!errors.isEmpty())
            return ApiReply::validation(errors);
        const QJsonObject created = c.create(context, parentId, candidate);
        if (c.changed)
            c.changed(parentId);
        return ApiReply::json(created, 201);
    });

    router.add(Method::Get, c.objectPath, [&context, c, parentOr404](ApiRequest &request) {
        ApiReply error;
        if (!parentOr404(request, error))
            return error;
        const auto object = context.store().get(c.kind, request.param(c.idParam));
        return object ? ApiReply::json(*object) : ApiReply::notFound(c.what, request.param(c.idParam));
    });

    router.add(Method::Put, c.objectPath, [&context, c, parentOr404](ApiRequest &request) {
        ApiReply error;
        if (!parentOr404(request, error))
            return error;
        const auto before = context.store().get(c.kind, request.param(c.idParam));
        if (!before)
            return ApiReply::notFound(c.what, request.param(c.idParam));
        const auto body = context.jsonBody(request, error);
        if (!body)
            return error;
        QJsonObject patch = *body;
        for (const QString &field : kServerFields)
            patch.remove(field);
        QJsonObject after = SandboxContext::merged(*before, patch);
        const QString parentId = request.param(c.parentParam);
        QStringList errors = c.validate ? c.validate(after, context.store().all(c.kind, parentId)) : QStringList();
        if (c.checkUpdate)
            errors += c.checkUpdate(*before, after);
        if (!errors.isEmpty())
            return ApiReply::validation(errors);
        context.stamp(after, QStringLiteral("updated"));
        context.store().put(c.kind, after, parentId);
        if (c.changed)
            c.changed(parentId);
        return ApiReply::json(after);
    });

    router.add(Method::Delete, c.objectPath, [&context, c, parentOr404](ApiRequest &request) {
        ApiReply error;
        if (!parentOr404(request, error))
            return error;
        const auto object = context.store().get(c.kind, request.param(c.idParam));
        if (!object)
            return ApiReply::notFound(c.what, request.param(c.idParam));
        if (c.checkDelete) {
            if (auto refusal = c.checkDelete(*object))
                return *refusal;
        }
        context.store().remove(c.kind, request.param(c.idParam));
        if (c.changed)
            c.changed(request.param(c.parentParam));
        return ApiReply::noContent();
    });
}

} // namespace cv::sandbox
