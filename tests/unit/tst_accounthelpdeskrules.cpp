// Issue 13: the Account and Help & Support rules (pure functions) and the sorting of API errors into problems
// shown next to what caused them (point 4).
#include "testmain.h"

#include "app/account/accountrules.h"
#include "app/api/problem.h"
#include "app/helpdesk/caserules.h"

#include <QJsonObject>

using namespace cv;
using api::Problem;

class TestAccountHelpdeskRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountName()
    {
        QCOMPARE(account::rules::validateAccountName(QStringLiteral("  ")),
            QStringList { QStringLiteral("name: This field is required.") });
        QVERIFY(account::rules::validateAccountName(QString(64, QLatin1Char('a'))).isEmpty());
        QCOMPARE(account::rules::validateAccountName(QString(65, QLatin1Char('a'))).size(), 1);
        QVERIFY(account::rules::validateAccountName(QString(65, QLatin1Char('a')))
                    .first()
                    .startsWith(QStringLiteral("name: ")));
    }

    void inviteEmail_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("error");
        QTest::newRow("valid") << "new.user@vendor.example"
                               << "";
        QTest::newRow("spaces around") << "  new.user@vendor.example "
                                       << "";
        QTest::newRow("empty") << ""
                               << "email: This field is required.";
        QTest::newRow("no at") << "vendor.example"
                               << "email: Enter a valid email address.";
        QTest::newRow("no dot in domain") << "a@localhost"
                                          << "email: Enter a valid email address.";
        QTest::newRow("two ats") << "a@b@c.example"
                                 << "email: Enter a valid email address.";
        QTest::newRow("space inside") << "a b@c.example"
                                      << "email: Enter a valid email address.";
        QTest::newRow("trailing dot") << "a@c.example."
                                      << "email: Enter a valid email address.";
        QTest::newRow("already there, other case") << "ADMIN@lab-vendor.example"
                                                   << "email: A user with this email already exists in the account.";
    }

    void inviteEmail()
    {
        QFETCH(QString, email);
        QFETCH(QString, error);
        const QStringList errors
            = account::rules::validateInviteEmail(email, { QStringLiteral("admin@lab-vendor.example") });
        QCOMPARE(errors.join(QLatin1Char('|')), error);
    }

    void roleAndActivity()
    {
        QCOMPARE(
            account::rules::roleOf({ { QStringLiteral("role"), QStringLiteral("admin") } }), QStringLiteral("Admin"));
        QCOMPARE(account::rules::roleOf({ { QStringLiteral("role"), QStringLiteral("technical_contact") } }),
            QStringLiteral("Technical contact"));
        QCOMPARE(account::rules::roleOf({}), QString());
        const QJsonObject user { { QStringLiteral("events"),
            QJsonObject { { QStringLiteral("created"),
                              QJsonObject { { QStringLiteral("at"), QStringLiteral("2026-01-01T10:00:00+00:00") } } },
                { QStringLiteral("activated"),
                    QJsonObject { { QStringLiteral("at"), QStringLiteral("2026-03-01T10:00:00+00:00") } } },
                { QStringLiteral("invited"),
                    QJsonObject { { QStringLiteral("at"), QStringLiteral("2026-02-01T10:00:00+00:00") } } } } } };
        QCOMPARE(account::rules::lastActivityOf(user), QStringLiteral("2026-03-01T10:00:00+00:00"));
    }

    void caseStates()
    {
        using namespace helpdesk::rules;
        QCOMPARE(actionsFrom(QStringLiteral("pending")),
            (QStringList { QStringLiteral("inquire"), QStringLiteral("resolve") }));
        QCOMPARE(actionsFrom(QStringLiteral("inquiring")), QStringList { QStringLiteral("pend") });
        QCOMPARE(
            actionsFrom(QStringLiteral("resolved")), (QStringList { QStringLiteral("pend"), QStringLiteral("close") }));
        QVERIFY(actionsFrom(QStringLiteral("closed")).isEmpty());
        for (const QString &action :
            { QStringLiteral("inquire"), QStringLiteral("pend"), QStringLiteral("resolve"), QStringLiteral("close") })
            QVERIFY(!stateAfter(action).isEmpty());
    }

    void caseFields()
    {
        using namespace helpdesk::rules;
        QVERIFY(validateCase(QStringLiteral("Subject"), QStringLiteral("Description"), 2).isEmpty());
        const QStringList errors = validateCase(QString(), QString(kMaxDescriptionLength + 1, QLatin1Char('x')), 4);
        QCOMPARE(errors.size(), 3);
        QVERIFY(errors.at(0).startsWith(QStringLiteral("subject: ")));
        QVERIFY(errors.at(1).startsWith(QStringLiteral("description: ")));
        QVERIFY(errors.at(2).startsWith(QStringLiteral("priority: ")));
        QVERIFY(validateAttachment(QStringLiteral("log.txt"), kMaxAttachmentBytes).isEmpty());
        QVERIFY(validateAttachment(QStringLiteral("big.bin"), kMaxAttachmentBytes + 1)
                    .first()
                    .startsWith(QStringLiteral("attachments: big.bin")));
        QVERIFY(!validateAttachment(QStringLiteral("empty.txt"), 0).isEmpty());
        QVERIFY(!validateReply(QStringLiteral("  \n")).isEmpty());
    }

    void problemsOfAnApiError()
    {
        api::ApiError error;
        error.kind = api::ApiError::Kind::Http;
        error.httpStatus = 400;
        error.errorCode = QStringLiteral("VAL_001");
        error.errors = { QStringLiteral("email: Enter a valid email address."),
            QStringLiteral("Something about the whole case.") };
        const QList<Problem> problems = api::problemsOf(error);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).kind, Problem::Kind::Validation);
        QCOMPARE(problems.at(0).field, QStringLiteral("email"));
        QCOMPARE(problems.at(0).message, QStringLiteral("Enter a valid email address."));
        QCOMPARE(problems.at(1).kind, Problem::Kind::Refused);
        QCOMPARE(problems.at(1).field, QString());

        error.httpStatus = 403;
        error.errorCode = QStringLiteral("AUTH_003");
        error.errors = { QStringLiteral("You do not have permission to perform this action.") };
        QCOMPARE(api::problemsOf(error).first().kind, Problem::Kind::Forbidden);
        error.httpStatus = 409;
        QCOMPARE(api::problemsOf(error).first().kind, Problem::Kind::Conflict);

        api::ApiError offline;
        offline.kind = api::ApiError::Kind::Network;
        offline.detail = QStringLiteral("Connection refused");
        QCOMPARE(api::problemsOf(offline).first().kind, Problem::Kind::Offline);
    }

    // The outbox keeps a refused change's reason as ApiError::summary(): it must sort the same way.
    void problemsOfAStoredSummary()
    {
        api::ApiError error;
        error.kind = api::ApiError::Kind::Http;
        error.httpStatus = 403;
        error.errorCode = QStringLiteral("AUTH_003");
        error.errors = { QStringLiteral("You do not have permission: the token has no 'account' module permission.") };
        error.method = "PUT";
        error.path = QStringLiteral("/accounts/VA-000-001");
        const QList<Problem> fromSummary = api::problemsOfSummary(error.summary());
        QCOMPARE(fromSummary, api::problemsOf(error));

        error.httpStatus = 400;
        error.errorCode = QStringLiteral("VAL_001");
        error.errors = { QStringLiteral("email: A user with this email already exists in the account."),
            QStringLiteral("name: Too long.") };
        QCOMPARE(api::problemsOfSummary(error.summary()), api::problemsOf(error));

        api::ApiError offline;
        offline.kind = api::ApiError::Kind::Timeout;
        offline.method = "POST";
        offline.path = QStringLiteral("/helpdesk/cases");
        QCOMPARE(api::problemsOfSummary(offline.summary()).first().kind, Problem::Kind::Offline);
        QCOMPARE(api::problemsOfSummary(QStringLiteral("needs attention: the answer was lost")).first().kind,
            Problem::Kind::Refused);
    }
};

CV_TEST_CORE_MAIN(TestAccountHelpdeskRules)
#include "tst_accounthelpdeskrules.moc"
