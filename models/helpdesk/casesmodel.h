#pragma once

#include "models/common/cachedrowsmodel.h"

namespace cv::models {

/// The support cases (REFERENCE §3.26) as cached, with the sync state of each (opened or changed here and
/// waiting for sync, or refused).
class CasesModel final : public CachedRowsModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CasesModel)

public:
    enum Column { Subject, Id, Priority, State, Updated, Sync, ColumnCount };

    explicit CasesModel(QObject *parent = nullptr);
    void reload(const store::ObjectRepository &objects, const store::Outbox &outbox);

protected:
    QVariant value(const Row &row, int column) const override;
    int syncColumn() const override { return Sync; }
    int columns() const override { return ColumnCount; }
    bool isDateColumn(int column) const override { return column == Updated; }
};

} // namespace cv::models
