#pragma once

#include "models/common/cachedrowsmodel.h"

namespace cv::models {

/// The users of one account (REFERENCE §3.24) as cached, with the sync state of each (an invitation or a
/// removal waiting for sync, or refused).
class UsersModel final : public CachedRowsModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersModel)

public:
    enum Column { Name, Email, Role, Status, LastActivity, Sync, ColumnCount };

    explicit UsersModel(QObject *parent = nullptr);
    /// Re-reads the users of `accountId` in place.
    void reload(const store::ObjectRepository &objects, const store::Outbox &outbox, const QString &accountId);

protected:
    QVariant value(const Row &row, int column) const override;
    int syncColumn() const override { return Sync; }
    int columns() const override { return ColumnCount; }
    bool isDateColumn(int column) const override { return column == LastActivity; }
};

} // namespace cv::models
