#include "ui/agreements/agreementlabels.h"

#include "app/core/displaytime.h"

namespace cv::ui {

QString AgreementLabels::type(const QString &type)
{
    if (type == QLatin1String("program"))
        return tr("Program");
    if (type == QLatin1String("distribution"))
        return tr("Distribution");
    if (type == QLatin1String("service"))
        return tr("Service");
    if (type == QLatin1String("syndication"))
        return tr("Syndication");
    if (type == QLatin1String("referral"))
        return tr("Referral");
    return type;
}

QString AgreementLabels::contractStatus(const QString &status)
{
    if (status == QLatin1String("new"))
        return tr("New");
    if (status == QLatin1String("enrolling"))
        return tr("Enrolling");
    if (status == QLatin1String("pending"))
        return tr("Pending signature");
    if (status == QLatin1String("active"))
        return tr("Active", "contract status");
    if (status == QLatin1String("terminated"))
        return tr("Terminated");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    return status;
}

QString AgreementLabels::standing(const agreements::AgreementView &view)
{
    switch (view.standing) {
    case agreements::Standing::NotEnrolled: return tr("Not enrolled");
    case agreements::Standing::Enrolling: return tr("Enrolling");
    case agreements::Standing::AwaitingSignature: return tr("To sign");
    case agreements::Standing::NewVersionToSign: return tr("New version to sign");
    case agreements::Standing::Signed: return tr("Signed");
    }
    return {};
}

QString AgreementLabels::dateTime(const QDateTime &utc)
{
    return core::displayTime(utc);
}

} // namespace cv::ui
