#pragma once

#include "app/apimodule/deliveryverifier.h"
#include "app/apimodule/integrationrules.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace cv::ui {

/// The words of the API module: statuses, object classes, triggers, permissions, and field problems and
/// refusals in plain words (issue 13 point 4: never a raw code only).
class IntegrationLabels final
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationLabels)

public:
    static QHash<QString, QString> tokenStatuses();
    static QHash<QString, QString> webhookStatuses();
    static QHash<QString, QString> objectClasses();
    static QHash<QString, QString> triggerTypes();
    static QHash<QString, QString> permissions();
    static QHash<QString, QString> syncStates();

    /// One field problem, found by the client or named by Connect.
    static QString problem(const apimodule::FieldProblem &problem);
    /// A refusal the outbox recorded, for the row it belongs to: what happened and what to do.
    static QString refusal(const QString &recorded);
    /// Why the verifier refused a delivery (or that it accepted it).
    static QString verdict(const apimodule::DeliveryVerdict &verdict);
};

} // namespace cv::ui
