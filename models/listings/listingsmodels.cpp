#include "models/listings/listingsmodels.h"

#include "app/store/objectrepository.h"

namespace cv::models {

namespace {

using fields::nameAt;

QString marketplaceNameOf(const QJsonObject &object)
{
    const QString own = nameAt(object, "marketplace");
    return own.isEmpty() ? object.value(QStringLiteral("contract"))
                               .toObject()
                               .value(QStringLiteral("marketplace"))
                               .toObject()
                               .value(QStringLiteral("name"))
                               .toString()
                         : own;
}

QDateTime updatedOf(const QJsonObject &object)
{
    return fields::timeOf(object.value(QStringLiteral("updated")).toString());
}

QList<QJsonObject> jsonOf(const QList<store::CachedObject> &objects)
{
    QList<QJsonObject> list;
    for (const store::CachedObject &object : objects)
        list << object.json;
    return list;
}

} // namespace

ListingsModel::ListingsModel(QObject *parent)
    : CollectionTableModel(QStringLiteral("listings"), ColumnCount, parent)
{ }

bool ListingsModel::fillRow(const store::CachedObject &object, Row &row) const
{
    const QJsonObject &l = object.json;
    const QString product = nameAt(l, "product");
    const QString marketplace = marketplaceNameOf(l);
    if (!matchesFilterText({ object.id, product, marketplace, listings::productIdOf(l) }))
        return false;
    const QJsonObject pending = l.value(QStringLiteral("pending_request")).toObject();
    const QString pendingText = pending.isEmpty() ? QString()
                                                  : QStringLiteral("%1 · %2 (%3)")
                                                        .arg(word(pending.value(QStringLiteral("type")).toString()),
                                                            word(pending.value(QStringLiteral("status")).toString()),
                                                            pending.value(QStringLiteral("id")).toString());
    const QDateTime updated = updatedOf(l);
    row.kind = l.value(QStringLiteral("status")).toString();
    // The contract by id: its name repeats the agreement's and would crowd the table.
    row.cells = { product, marketplace, word(row.kind),
        l.value(QStringLiteral("contract")).toObject().value(QStringLiteral("id")).toString(), pendingText,
        dateText(updated) };
    row.sortValues = { product, marketplace, row.kind, row.cells.at(ContractColumn), pendingText, updated };
    return true;
}

ListingRequestsModel::ListingRequestsModel(QObject *parent)
    : CollectionTableModel(QStringLiteral("listing_requests"), ColumnCount, parent)
{ }

bool ListingRequestsModel::fillRow(const store::CachedObject &object, Row &row) const
{
    const QJsonObject &r = object.json;
    const QString product = nameAt(r, "product");
    const QString marketplace = marketplaceNameOf(r);
    if (!matchesFilterText({ object.id, product, marketplace }))
        return false;
    const QDateTime updated = updatedOf(r);
    row.kind = r.value(QStringLiteral("state")).toString();
    const QString type = r.value(QStringLiteral("type")).toString();
    row.cells = { object.id, word(type), product, marketplace, word(row.kind), dateText(updated) };
    row.sortValues = { object.id, type, product, marketplace, row.kind, updated };
    return true;
}

ListingMatrixModel::ListingMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ListingMatrixModel::setRepository(store::ObjectRepository *objects)
{
    m_objects = objects;
    reload();
}

void ListingMatrixModel::setCellWords(std::function<QString(listings::Cell)> words)
{
    m_words = std::move(words);
    if (!m_products.isEmpty() && !m_marketplaces.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ListingMatrixModel::reload()
{
    QList<QPair<QString, QString>> marketplaces;
    QList<Product> products;
    if (m_objects) {
        const QList<QJsonObject> mps = jsonOf(m_objects->list(QStringLiteral("marketplaces"), QString(),
            store::ObjectQuery().sortBy(QStringLiteral("name"), Qt::AscendingOrder, true)));
        const QList<QJsonObject> contracts = jsonOf(m_objects->list(QStringLiteral("contracts"), QString()));
        const QList<QJsonObject> listingObjects = jsonOf(m_objects->list(QStringLiteral("listings"), QString()));
        const QList<QJsonObject> requests = jsonOf(m_objects->list(QStringLiteral("listing_requests"), QString()));
        const auto productRows = m_objects->list(QStringLiteral("products"), QString(),
            store::ObjectQuery()
                .where(QStringLiteral("status"), QStringLiteral("published"))
                .sortBy(QStringLiteral("name"), Qt::AscendingOrder, true));
        for (const QJsonObject &mp : mps)
            marketplaces.append(
                { mp.value(QStringLiteral("id")).toString(), mp.value(QStringLiteral("name")).toString() });
        for (const store::CachedObject &object : productRows) {
            Product product;
            product.id = object.id;
            product.name = object.json.value(QStringLiteral("name")).toString();
            const QList<listings::MarketplaceChoice> choices
                = listings::marketplaceChoices(object.id, mps, contracts, listingObjects, requests);
            for (const auto &mp : marketplaces) {
                for (const listings::MarketplaceChoice &choice : choices) {
                    if (choice.marketplaceId == mp.first)
                        product.choices << choice;
                }
            }
            products << product;
        }
    }
    const bool sameShape = marketplaces == m_marketplaces && products.size() == m_products.size();
    bool sameProducts = sameShape;
    for (qsizetype i = 0; sameProducts && i < products.size(); ++i)
        sameProducts = products.at(i).id == m_products.at(i).id && products.at(i).name == m_products.at(i).name;
    if (sameProducts) {
        // Same rows and columns: update the cells in place (a sync does not reset the view).
        m_products = products;
        if (!m_products.isEmpty() && !m_marketplaces.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_marketplaces = marketplaces;
    m_products = products;
    endResetModel();
}

int ListingMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ListingMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_marketplaces.size());
}

QVariant ListingMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product &product = m_products.at(index.row());
    if (index.column() >= product.choices.size())
        return {};
    const listings::MarketplaceChoice &choice = product.choices.at(index.column());
    const listings::Cell cell = listings::cellOf(choice, false);
    switch (role) {
    case Qt::DisplayRole: return m_words ? m_words(cell) : QVariant(int(cell));
    case CellRole: return int(cell);
    case ReasonRole: return int(choice.refusal);
    case DetailRole: return choice.detail;
    case ProductIdRole: return product.id;
    case MarketplaceIdRole: return choice.marketplaceId;
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    default: return {};
    }
}

QVariant ListingMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_marketplaces.size() ? m_marketplaces.at(section).second : QVariant();
    return section >= 0 && section < m_products.size() ? m_products.at(section).name : QVariant();
}

} // namespace cv::models
