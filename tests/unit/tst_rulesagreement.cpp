// The client and the sandbox each hold their own copy of Connect's request state machine, on purpose (see
// docs/architecture.md, "Rules kept apart on purpose"): the sandbox is the oracle the client's tests run
// against, so a rule shared with the client could not catch the client's mistake. This test is what keeps
// the two copies from drifting apart unnoticed: every action the client offers must be allowed from exactly
// the statuses the sandbox (the server's stand-in) allows it from.
#include "testmain.h"

#include "app/fulfillment/requestactions.h"
#include "app/helpdesk/caserules.h"
#include "app/listings/listingrules.h"
#include "app/usage/usagerules.h"
#include "sandbox/api/apiroutes.h"
#include "sandbox/api/marketparts.h"
#include "sandbox/api/requesttransitions.h"
#include "sandbox/api/usagefileactions.h"

namespace {

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestRulesAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestActions_data()
    {
        QTest::addColumn<QString>("action");
        for (const char *action : { "pend", "approve", "inquire", "fail", "assign", "unassign" })
            QTest::newRow(action) << QString::fromLatin1(action);
    }

    void requestActions()
    {
        QFETCH(QString, action);
        const auto *server = cv::sandbox::requesttransitions::find(action);
        QVERIFY2(server, qPrintable(QStringLiteral("the sandbox has no action '%1'").arg(action)));
        const QStringList client = cv::fulfillment::allowedFrom(action);
        QVERIFY2(!client.isEmpty(), qPrintable(QStringLiteral("the client has no action '%1'").arg(action)));
        QCOMPARE(sorted(client), sorted(server->from));
    }

    void parameterUpdates()
    {
        // PUT /requests/{id}: the client's "update" against the statuses in which the sandbox lets values change.
        QCOMPARE(sorted(cv::fulfillment::allowedFrom(QStringLiteral("update"))),
            sorted(cv::sandbox::requesttransitions::editableStatuses()));
    }

    // Issue 13: the largest case attachment, kept apart in the client (refused before sending) and the sandbox
    // (refused on upload).
    void caseAttachmentLimit()
    {
        QCOMPARE(cv::helpdesk::rules::kMaxAttachmentBytes, cv::sandbox::maxCaseAttachmentBytes());
    }

    // Issue 15: the usage file actions the client offers (ui/usage shows the buttons a status allows) against the
    // statuses the sandbox accepts each from.
    void usageFileActions_data()
    {
        QTest::addColumn<int>("action");
        using cv::usage::FileAction;
        for (const FileAction action : { FileAction::Upload, FileAction::Submit, FileAction::Accept, FileAction::Reject,
                 FileAction::Close, FileAction::Delete })
            QTest::newRow(qPrintable(cv::usage::actionName(action))) << int(action);
    }
    void usageFileActions()
    {
        QFETCH(int, action);
        const auto fileAction = cv::usage::FileAction(action);
        QStringList client;
        for (const QString &status : cv::usage::fileStatuses()) {
            if (cv::usage::isAllowed(fileAction, status))
                client << status;
        }
        const QStringList server = cv::sandbox::usageFileActionFrom(cv::usage::actionName(fileAction));
        QVERIFY2(!server.isEmpty(), qPrintable(cv::usage::actionName(fileAction)));
        QCOMPARE(sorted(client), sorted(server));
    }

    // Issue 14: the listing request actions a vendor has (POST /listing-requests/{id}/<action>), kept apart in the
    // client (app/listings/listingrules.cpp, what the Listings page offers) and the sandbox (listingsapi.cpp).
    void listingRequestActions_data()
    {
        QTest::addColumn<QString>("action");
        for (const char *action : { "submit", "refine", "cancel" })
            QTest::newRow(action) << QString::fromLatin1(action);
    }

    void listingRequestActions()
    {
        QFETCH(QString, action);
        QVERIFY2(cv::sandbox::market::listingRequestActions().contains(action),
            qPrintable(QStringLiteral("the sandbox has no listing request action '%1'").arg(action)));
        const QStringList client = cv::listings::allowedFrom(action);
        QVERIFY2(!client.isEmpty(), qPrintable(QStringLiteral("the client has no action '%1'").arg(action)));
        QCOMPARE(sorted(client), sorted(cv::sandbox::market::listingRequestAllowedFrom(action)));
    }

    // State by state: what the client offers on a request in that state is what the sandbox lets a vendor do.
    // The provider's own actions (deploy, complete, assign, unassign) are never offered by the client.
    void listingRequestActionsPerState()
    {
        const QStringList vendorActions { QStringLiteral("submit"), QStringLiteral("refine"),
            QStringLiteral("cancel") };
        QStringList states;
        for (const QString &action : cv::sandbox::market::listingRequestActions())
            states << cv::sandbox::market::listingRequestAllowedFrom(action);
        states << QStringLiteral("completed") << QStringLiteral("canceled");
        states.removeDuplicates();
        for (const QString &state : std::as_const(states)) {
            QStringList client, server;
            for (const QString &action : cv::sandbox::market::listingRequestActions()) {
                if (cv::listings::isAllowed(action, state))
                    client << action;
                if (vendorActions.contains(action)
                    && cv::sandbox::market::listingRequestAllowedFrom(action).contains(state))
                    server << action;
            }
            QVERIFY2(sorted(client) == sorted(server),
                qPrintable(QStringLiteral("state %1: the client offers [%2], the sandbox allows [%3]")
                               .arg(state, client.join(QLatin1Char(',')), server.join(QLatin1Char(',')))));
        }
        for (const char *provider : { "deploy", "complete", "assign", "unassign" }) {
            QVERIFY(cv::sandbox::market::listingRequestActions().contains(QLatin1String(provider)));
            QVERIFY(cv::listings::allowedFrom(QLatin1String(provider)).isEmpty());
        }
    }

    void unknownActionsAreRefusedByBoth()
    {
        QVERIFY(cv::sandbox::usageFileActionFrom(QStringLiteral("teleport")).isEmpty());
        QVERIFY(cv::fulfillment::allowedFrom(QStringLiteral("teleport")).isEmpty());
        QVERIFY(!cv::sandbox::requesttransitions::find(QStringLiteral("teleport")));
        QVERIFY(cv::listings::allowedFrom(QStringLiteral("teleport")).isEmpty());
        QVERIFY(!cv::sandbox::market::listingRequestActions().contains(QStringLiteral("teleport")));
    }
};

CV_TEST_CORE_MAIN(TestRulesAgreement)
#include "tst_rulesagreement.moc"
