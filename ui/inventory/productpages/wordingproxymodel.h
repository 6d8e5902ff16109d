#pragma once

#include <QHash>
#include <QIdentityProxyModel>

#include <functional>

namespace cv::ui {

/// Shows readable words for the wire values of a ProductCollectionModel column (the model keeps the raw
/// value in RawValueRole; the view words it here, since models carry no tr()).
class WordingProxyModel final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    /// Words a cell from its raw value; `shown` is what the model would display.
    using Wording = std::function<QString(const QVariant &raw, const QString &shown)>;

    explicit WordingProxyModel(QObject *parent = nullptr);
    void setWording(int column, Wording wording);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QHash<int, Wording> m_wordings;
};

} // namespace cv::ui
