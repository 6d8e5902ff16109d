#include "models/agreements/contractsmodel.h"

#include "app/agreements/agreementrules.h"
#include "app/store/objectrepository.h"
#include "models/common/collectiontablemodel.h"

namespace cv::models {

namespace {

using fields::nameAt;

} // namespace

ContractsModel::ContractsModel(QObject *parent)
    : CachedTableModel(ColumnCount, parent)
{
    m_wording.type = [](const QString &type) { return type; };
    m_wording.status = [](const QString &status) { return status; };
    m_wording.date = [](const QDateTime &time) { return time.toString(Qt::ISODate); };
}

void ContractsModel::setRepository(store::ObjectRepository *objects)
{
    m_objects = objects;
    reload();
}

void ContractsModel::setTypeFilter(const QString &type)
{
    if (type != m_type) {
        m_type = type;
        reload();
    }
}

void ContractsModel::setStatusFilter(const QString &status)
{
    if (status != m_status) {
        m_status = status;
        reload();
    }
}

void ContractsModel::setFilterText(const QString &text)
{
    if (text.trimmed() != m_text) {
        m_text = text.trimmed();
        reload();
    }
}

void ContractsModel::setWording(Wording wording)
{
    m_wording = std::move(wording);
    reload();
}

void ContractsModel::reload()
{
    QList<Row> rows;
    if (m_objects) {
        store::ObjectQuery query;
        if (!m_type.isEmpty())
            query.where(QStringLiteral("type"), m_type);
        if (!m_status.isEmpty())
            query.where(QStringLiteral("status"), m_status);
        for (const store::CachedObject &object : m_objects->list(QStringLiteral("contracts"), QString(), query)) {
            const QJsonObject &c = object.json;
            // Names are not indexed for contracts (a few dozen rows): the text filter runs here.
            if (!m_text.isEmpty() && !object.id.contains(m_text, Qt::CaseInsensitive)
                && !c.value(QStringLiteral("name")).toString().contains(m_text, Qt::CaseInsensitive))
                continue;
            Row row;
            row.id = object.id;
            row.dirty = object.dirty;
            row.kind = c.value(QStringLiteral("status")).toString();
            const QDateTime signedAt = agreements::eventTime(c, QStringLiteral("signed"));
            const int version = c.value(QStringLiteral("version")).toInt();
            row.cells = { object.id, c.value(QStringLiteral("name")).toString(),
                m_wording.type(c.value(QStringLiteral("type")).toString()), m_wording.status(row.kind),
                nameAt(c, "agreement"), nameAt(c, "marketplace"),
                version > 0 ? QStringLiteral("v%1").arg(version) : QString(),
                signedAt.isValid() ? m_wording.date(signedAt) : QString() };
            row.sortValues = { object.id, row.cells.at(NameColumn), c.value(QStringLiteral("type")).toString(),
                row.kind, row.cells.at(AgreementColumn), row.cells.at(MarketplaceColumn), version, signedAt };
            rows << row;
        }
    }
    setRows(std::move(rows));
}

} // namespace cv::models
