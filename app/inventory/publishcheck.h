#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cv::store {
class ObjectRepository;
class Outbox;
} // namespace cv::store

namespace cv::inventory {

/// What a product's publish checklist and diff are computed from: the draft as the cache holds it.
struct PublishDraft
{
    QString productId;
    QJsonObject product;
    QList<QJsonObject> items, parameters, templates, actions;
    /// Ids of parameters with local edits not yet synced (they go live at the next sync).
    QStringList dirtyParameters;
    bool previewRun = false; ///< the cache holds a request on the preview connection for this product
    bool synced = false; ///< the product has its server id and nothing of it waits in the outbox
};

/// One line of the publish checklist. The UI words it (app/ returns codes, not sentences).
struct PublishCheckItem
{
    enum Key { Profile, Items, Parameters, Templates, Preview, Synced };
    Key key = Profile;
    bool done = false;
    /// Publishing is refused while a blocking item is not done (no item; the product not synced).
    bool blocking = false;
    /// What is missing: for Profile "short_description"/"detailed_description"; for Templates
    /// "no_activation_template" or the unknown `{{ variables }}`.
    QStringList missing;

    bool operator==(const PublishCheckItem &) const = default;
};

/// The published version the draft is compared with (its snapshot from /versions/{v}/...).
struct PublishedVersion
{
    int version = 0;
    QJsonObject product; ///< the version object (the product as it was published)
    QList<QJsonObject> items, templates, actions;
};

/// One difference between the draft and the last published version.
struct PublishDiffEntry
{
    enum Section { General, Items, Templates, Parameters, Capabilities, Actions };
    enum Change { Added, Changed, Removed };
    Section section = General;
    Change change = Changed;
    QString id; ///< object id (for General/Capabilities: the field name)
    QString label; ///< the object's name (or the field name)
    QStringList fields; ///< the fields that changed
    /// True: takes effect when published. False: live at once (parameters, capabilities are not versioned).
    bool versioned = true;

    bool operator==(const PublishDiffEntry &) const = default;
};

struct PublishDiff
{
    bool firstVersion = true; ///< nothing to compare with (never published, or offline)
    int baseVersion = 0;
    QList<PublishDiffEntry> entries;
};

/// Reads the draft of `productId` from the cache.
PublishDraft readPublishDraft(
    const store::ObjectRepository &objects, const store::Outbox &outbox, const QString &productId);

/// The checklist, in display order: Profile, Items, Parameters, Templates, Preview, Synced.
QList<PublishCheckItem> publishChecklist(const PublishDraft &draft);
/// False while a blocking checklist item is not done.
bool canPublish(const QList<PublishCheckItem> &checklist);

/// Whether `productId` has local edits the server has not confirmed: the product itself, its queued pushes,
/// or any of its items, parameters, templates, actions or media (a product created offline always has).
bool hasUnsyncedChanges(const store::ObjectRepository &objects, const store::Outbox &outbox, const QString &productId);

/// Whether the cache holds a request on the preview connection for `productId` (the one answer to "was a
/// preview run", for the dashboard and the checklist alike).
bool previewWasRun(const store::ObjectRepository &objects, const QString &productId);

/// The draft against `last` (nullopt: first version, everything is new). Pure.
/// Items, templates and actions are matched by id; general attributes are name, short/detailed description
/// and customer UI settings (versioned); parameters changed since the version was published (their
/// events.updated later than the version's) or edited locally, and capabilities, are live at once.
/// Like is compared with like: the version's secret fields (which the cache never holds) are left out, and
/// a field the version does not carry is not called changed.
PublishDiff publishDiff(const PublishDraft &draft, const std::optional<PublishedVersion> &last);

} // namespace cv::inventory
