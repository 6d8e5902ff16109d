// Issue 13: the Account and Help & Support tables (models::CachedRowsModel: UsersModel, CasesModel) over a real
// cache. A reload after a sync changes rows in place - no reset - so the selection and scroll of a view stay;
// each row carries its sync state (waiting, refused with the outbox's reason); tombstones show only while their
// removal is refused. Wrapped in QAbstractItemModelTester.
#include "testmain.h"

#include "app/store/cachedatabase.h"
#include "app/store/localchanges.h"
#include "app/store/objectrepository.h"
#include "app/store/outbox.h"
#include "models/account/usersmodel.h"
#include "models/helpdesk/casesmodel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace cv;
using models::CachedRowsModel;
using models::UsersModel;

namespace {
QJsonObject user(const QString &id, const QString &email, const QString &status = QStringLiteral("active"))
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("email"), email },
        { QStringLiteral("name"), email.section(QLatin1Char('@'), 0, 0) }, { QStringLiteral("status"), status },
        { QStringLiteral("role"), QStringLiteral("admin") } };
}
} // namespace

class TestCachedRowsModel final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::CacheDatabase> m_db;
    std::unique_ptr<store::ObjectRepository> m_objects;
    std::unique_ptr<store::Outbox> m_outbox;

private Q_SLOTS:
    void init()
    {
        m_db = std::move(store::CacheDatabase::open(m_dir.filePath(
                             QStringLiteral("cache-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()))))
                   .value();
        m_objects = std::make_unique<store::ObjectRepository>(*m_db);
        m_outbox = std::make_unique<store::Outbox>(*m_db);
        QVERIFY(m_objects->putServer(QStringLiteral("users"), QStringLiteral("VA-1"),
            user(QStringLiteral("UR-1"), QStringLiteral("ada@vendor.example"))));
        QVERIFY(m_objects->putServer(QStringLiteral("users"), QStringLiteral("VA-1"),
            user(QStringLiteral("UR-2"), QStringLiteral("bob@vendor.example"))));
        QVERIFY(m_objects->putServer(QStringLiteral("users"), QStringLiteral("VA-2"),
            user(QStringLiteral("UR-9"), QStringLiteral("other@partner.example"))));
    }

    void cleanup()
    {
        m_outbox.reset();
        m_objects.reset();
        m_db.reset();
    }

    void reloadUpdatesInPlace()
    {
        UsersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload(*m_objects, *m_outbox, QStringLiteral("VA-1"));
        QCOMPARE(model.rowCount(), 2); // the account's users only
        const QPersistentModelIndex bob = model.index(model.rowOf(QStringLiteral("UR-2")), UsersModel::Email);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // A sync: Bob changed, Ada gone, Cy new.
        QJsonObject renamed
            = user(QStringLiteral("UR-2"), QStringLiteral("bob@vendor.example"), QStringLiteral("blocked"));
        QVERIFY(m_objects->putServer(QStringLiteral("users"), QStringLiteral("VA-1"), renamed));
        QVERIFY(m_objects->remove(QStringLiteral("users"), QStringLiteral("UR-1")));
        QVERIFY(m_objects->putServer(QStringLiteral("users"), QStringLiteral("VA-1"),
            user(QStringLiteral("UR-3"), QStringLiteral("cy@vendor.example"))));
        model.reload(*m_objects, *m_outbox, QStringLiteral("VA-1"));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QVERIFY(bob.isValid());
        QCOMPARE(bob.data().toString(), QStringLiteral("bob@vendor.example"));
        QCOMPARE(model.index(bob.row(), UsersModel::Status).data(CachedRowsModel::SortRole).toString(),
            QStringLiteral("blocked"));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.rowOf(QStringLiteral("UR-3")) >= 0);
        QCOMPARE(model.rowOf(QStringLiteral("UR-1")), -1);

        // Nothing changed: nothing signalled.
        model.reload(*m_objects, *m_outbox, QStringLiteral("VA-1"));
        QCOMPARE(changed.size(), 1);
    }

    void syncStateOfEachRow()
    {
        UsersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSyncWording([](CachedRowsModel::SyncState state, const QString &problem, bool full) {
            return QStringLiteral("%1|%2|%3").arg(int(state)).arg(problem).arg(full);
        });
        store::LocalChanges changes(*m_db, *m_objects, *m_outbox);
        store::OutboxEntry invite;
        invite.body = { { QStringLiteral("email"), QStringLiteral("new@vendor.example") } };
        const auto created = changes.create(QStringLiteral("users"), QStringLiteral("VA-1"),
            { { QStringLiteral("email"), QStringLiteral("new@vendor.example") },
                { QStringLiteral("status"), QStringLiteral("invited") } },
            invite);
        QVERIFY(created.ok());
        QVERIFY(changes.remove(QStringLiteral("users"), QStringLiteral("UR-2"), {}).ok());
        model.reload(*m_objects, *m_outbox, QStringLiteral("VA-1"));
        QCOMPARE(model.rowCount(), 2); // Ada and the invitation; Bob's removal is on its way
        const int invited = model.rowOf(created.value().id);
        QCOMPARE(model.index(invited, UsersModel::Sync).data(CachedRowsModel::SyncStateRole).toInt(),
            int(CachedRowsModel::SyncState::Waiting));
        QCOMPARE(model.index(invited, UsersModel::Sync).data().toString(), QStringLiteral("1||0"));
        QCOMPARE(model.index(invited, UsersModel::Sync).data(Qt::ToolTipRole).toString(), QStringLiteral("1||1"));

        // The server refuses the removal: Bob is back in sight, with the reason.
        const QList<store::OutboxEntry> pending = m_outbox->pending();
        QCOMPARE(pending.size(), 2);
        QVERIFY(m_outbox->markFailed(pending.last().seq,
            QStringLiteral(
                "400 AUTH_010: You cannot remove yourself from the account. (DELETE /accounts/VA-1/users/UR-2)"),
            true));
        model.reload(*m_objects, *m_outbox, QStringLiteral("VA-1"));
        QCOMPARE(model.rowCount(), 3);
        const int bob = model.rowOf(QStringLiteral("UR-2"));
        QVERIFY(bob >= 0);
        QCOMPARE(
            model.index(bob, 0).data(CachedRowsModel::SyncStateRole).toInt(), int(CachedRowsModel::SyncState::Refused));
        QVERIFY(model.index(bob, 0)
                    .data(CachedRowsModel::ProblemRole)
                    .toString()
                    .startsWith(QStringLiteral("400 AUTH_010")));
    }

    void casesColumns()
    {
        models::CasesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_objects->putServer(QStringLiteral("cases"), QString(),
            { { QStringLiteral("id"), QStringLiteral("CA-1") },
                { QStringLiteral("subject"), QStringLiteral("Late e-mails") }, { QStringLiteral("priority"), 3 },
                { QStringLiteral("state"), QStringLiteral("pending") },
                { QStringLiteral("events"),
                    QJsonObject { { QStringLiteral("updated"),
                        QJsonObject { { QStringLiteral("at"), QStringLiteral("2026-12-01T10:00:00+00:00") } } } } } }));
        model.setLabels(models::CasesModel::Priority, { { QStringLiteral("3"), QStringLiteral("Urgent") } });
        model.reload(*m_objects, *m_outbox);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, models::CasesModel::Priority).data().toString(), QStringLiteral("Urgent"));
        QCOMPARE(model.index(0, models::CasesModel::Priority).data(CachedRowsModel::SortRole).toInt(), 3);
        QCOMPARE(model.index(0, models::CasesModel::Updated).data(CachedRowsModel::SortRole).toString(),
            QStringLiteral("2026-12-01T10:00:00+00:00"));
        QCOMPARE(model.index(0, models::CasesModel::Id).data().toString(), QStringLiteral("CA-1"));
    }
};

CV_TEST_CORE_MAIN(TestCachedRowsModel)
#include "tst_cachedrowsmodel.moc"
