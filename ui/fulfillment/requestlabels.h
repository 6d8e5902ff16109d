#pragma once

#include "app/fulfillment/requestactions.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace cv::ui {

/// The words shown for the raw values of fulfillment requests (statuses, types, environments) and for
/// refused actions. One place, so the list, the request page and the dialogs agree.
class RequestLabels final
{
    Q_DECLARE_TR_FUNCTIONS(RequestLabels)

public:
    static QStringList types();
    static QStringList statuses();
    static QStringList environments();
    static QHash<QString, QString> typeLabels();
    static QHash<QString, QString> statusLabels();
    static QHash<QString, QString> environmentLabels();
    static QString status(const QString &raw) { return statusLabels().value(raw, raw); }
    static QString type(const QString &raw) { return typeLabels().value(raw, raw); }
    static QString environment(const QString &raw) { return environmentLabels().value(raw, raw); }
    /// Column titles of models::RequestsModel.
    static QStringList headers();
    /// A sentence for a refused action; `titles` maps parameter ids to their titles.
    static QString error(const fulfillment::ActionError &error, const QHash<QString, QString> &titles = {});
};

} // namespace cv::ui
