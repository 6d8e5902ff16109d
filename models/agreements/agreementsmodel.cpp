#include "models/agreements/agreementsmodel.h"

#include "app/store/objectrepository.h"

namespace cv::models {

AgreementsModel::AgreementsModel(QObject *parent)
    : CachedTableModel(ColumnCount, parent)
{
    m_wording.type = [](const QString &type) { return type; };
    m_wording.status = [](const agreements::AgreementView &view) { return view.contractStatus; };
    m_wording.date = [](const QDateTime &time) { return time.toString(Qt::ISODate); };
}

void AgreementsModel::setRepository(store::ObjectRepository *objects)
{
    m_objects = objects;
    reload();
}

void AgreementsModel::setTypeFilter(const QString &type)
{
    if (type == m_type)
        return;
    m_type = type;
    reload();
}

void AgreementsModel::setStandingFilter(int standing)
{
    if (standing == m_standing)
        return;
    m_standing = standing;
    reload();
}

void AgreementsModel::setFilterText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    reload();
}

void AgreementsModel::setWording(Wording wording)
{
    m_wording = std::move(wording);
    reload();
}

agreements::AgreementView AgreementsModel::viewOf(const QString &id) const
{
    for (const agreements::AgreementView &view : m_views) {
        if (view.id == id)
            return view;
    }
    return {};
}

void AgreementsModel::reload()
{
    QList<agreements::AgreementView> views;
    if (m_objects) {
        QList<QJsonObject> contracts;
        for (const store::CachedObject &contract : m_objects->list(QStringLiteral("contracts"), QString()))
            contracts << contract.json;
        store::ObjectQuery query;
        if (!m_type.isEmpty())
            query.where(QStringLiteral("type"), m_type);
        if (!m_text.isEmpty())
            query.containing(m_text, { QStringLiteral("name"), QStringLiteral("id") });
        query.sortBy(QStringLiteral("name"), Qt::AscendingOrder, true);
        for (const store::CachedObject &object : m_objects->list(QStringLiteral("agreements"), QString(), query)) {
            const agreements::AgreementView view = agreements::viewOf(object.json, contracts);
            if (m_standing >= 0 && int(view.standing) != m_standing)
                continue;
            views << view;
        }
    }
    QList<Row> rows;
    rows.reserve(views.size());
    for (const agreements::AgreementView &view : views) {
        Row row;
        row.id = view.id;
        row.kind = QString::number(int(view.standing));
        const QString provider = view.marketplaceName.isEmpty()
            ? view.providerName
            : QStringLiteral("%1 · %2").arg(view.providerName, view.marketplaceName);
        row.cells = { m_wording.type(view.type), view.name, provider, m_wording.status(view),
            view.activeVersion > 0 ? QStringLiteral("v%1").arg(view.activeVersion) : QString(),
            view.signedAt.isValid() ? m_wording.date(view.signedAt) : QString() };
        row.sortValues = { view.type, view.name, provider, int(view.standing), view.activeVersion, view.signedAt };
        if (m_objects && !view.contractId.isEmpty()) {
            const auto contract = m_objects->get(QStringLiteral("contracts"), view.contractId);
            row.dirty = contract && contract->dirty;
        }
        rows << row;
    }
    m_views = views;
    setRows(std::move(rows));
}

} // namespace cv::models
