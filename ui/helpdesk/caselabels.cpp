#include "ui/helpdesk/caselabels.h"

namespace cv::ui {

QHash<QString, QString> CaseLabels::states()
{
    return { { QStringLiteral("pending"), tr("Pending", "support case state: waiting for support") },
        { QStringLiteral("inquiring"), tr("Inquiring") }, { QStringLiteral("resolved"), tr("Resolved") },
        { QStringLiteral("closed"), tr("Closed") } };
}

QHash<QString, QString> CaseLabels::priorities()
{
    return { { QStringLiteral("0"), tr("Low") }, { QStringLiteral("1"), tr("Medium") },
        { QStringLiteral("2"), tr("High") }, { QStringLiteral("3"), tr("Urgent") } };
}

QString CaseLabels::state(const QString &state)
{
    return states().value(state, state);
}

QString CaseLabels::priority(int priority)
{
    return priorities().value(QString::number(priority), QString::number(priority));
}

} // namespace cv::ui
