// Open and save dialogs start where the user last put a file of the same kind, else in Documents — never in the
// process's working directory (where a bare suggested file name used to put them).
#include "ui/shell/filedialogs.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <QFileInfo>

using cv::ui::FileDialogs;

class TstFileDialogs : public QObject
{
    Q_OBJECT

private:
    struct Seen
    {
        QString directory;
        QString fileName;
    };

    /// Answers the next modal file dialog: records where it opened and what name it suggested, then chooses
    /// `choose` (empty = cancel).
    static void answerNextDialog(Seen *seen, const QString &choose)
    {
        QTimer::singleShot(0, [seen, choose] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog) { // not shown yet
                answerNextDialog(seen, choose);
                return;
            }
            seen->directory = QDir(dialog->directory()).absolutePath();
            const auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            seen->fileName = name ? name->text() : QString();
            if (choose.isEmpty()) {
                dialog->reject();
                return;
            }
            dialog->selectFile(choose);
            QMetaObject::invokeMethod(dialog, "accept"); // protected in QFileDialog, a slot of QDialog
        });
    }

    QTemporaryDir m_config;
    QTemporaryDir m_work;
    QString m_documents;

private Q_SLOTS:
    void initTestCase()
    {
        // A home and QSettings of this test only (Documents is made in that home); no native dialog (the widget
        // one can be driven).
        qputenv("HOME", m_config.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", QDir(m_config.path()).filePath(QStringLiteral(".config")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("cv-test-filedialogs"));
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        QSettings().clear();
        m_documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (m_documents.isEmpty())
            m_documents = QDir::homePath();
        QDir().mkpath(m_documents);
        // The trap: the process runs in another folder than the user's.
        QVERIFY(QDir::setCurrent(m_work.path()));
    }

    void aSaveDialogStartsInDocumentsNotTheWorkingDirectory()
    {
        Seen seen;
        answerNextDialog(&seen, {});
        const QString path = FileDialogs::saveFileName(
            nullptr, QStringLiteral("reports"), QStringLiteral("Export report"), QStringLiteral("Requests.csv"), {});
        QVERIFY(path.isEmpty()); // cancelled
        QCOMPARE(seen.directory, QDir(m_documents).absolutePath());
        QCOMPARE(seen.fileName, QStringLiteral("Requests.csv"));
        QVERIFY(seen.directory != QDir(m_work.path()).absolutePath());
    }

    void theFolderChosenLastIsWhereTheNextDialogOfThatKindOpens()
    {
        QTemporaryDir chosen;
        const QString target = QDir(chosen.path()).filePath(QStringLiteral("Requests.csv"));
        Seen first;
        answerNextDialog(&first, target);
        const QString path = FileDialogs::saveFileName(
            nullptr, QStringLiteral("reports"), QStringLiteral("Export report"), QStringLiteral("Requests.csv"), {});
        QCOMPARE(QFileInfo(path).absoluteFilePath(), QFileInfo(target).absoluteFilePath());

        // The next report opens there, an open dialog of the same kind too; another kind still starts in Documents.
        Seen again;
        answerNextDialog(&again, {});
        FileDialogs::saveFileName(
            nullptr, QStringLiteral("reports"), QStringLiteral("Export report"), QStringLiteral("Lines.csv"), {});
        QCOMPARE(again.directory, QDir(chosen.path()).absolutePath());
        QCOMPARE(again.fileName, QStringLiteral("Lines.csv"));
        Seen open;
        answerNextDialog(&open, {});
        FileDialogs::openFileName(nullptr, QStringLiteral("reports"), QStringLiteral("Open"));
        QCOMPARE(open.directory, QDir(chosen.path()).absolutePath());
        Seen other;
        answerNextDialog(&other, {});
        FileDialogs::openFileName(nullptr, QStringLiteral("usage"), QStringLiteral("Upload usage file"));
        QCOMPARE(other.directory, QDir(m_documents).absolutePath());
    }

    void withoutADocumentsFolderTheHomeFolder()
    {
        QDir documents(m_documents);
        QVERIFY(documents.removeRecursively());
        Seen seen;
        answerNextDialog(&seen, {});
        FileDialogs::openFileName(nullptr, QStringLiteral("images"), QStringLiteral("Choose the product logo"));
        QCOMPARE(seen.directory, QDir::home().absolutePath());
        QCOMPARE(seen.fileName, QString()); // not "Documents"
        QVERIFY(QDir().mkpath(m_documents));
    }

    void aRememberedFolderThatWasRemovedFallsBackToDocuments()
    {
        QString removed;
        {
            QTemporaryDir gone;
            removed = gone.path();
            FileDialogs::remember(QStringLiteral("images"), QDir(removed).filePath(QStringLiteral("logo.png")));
            QCOMPARE(FileDialogs::folder(QStringLiteral("images")), QDir(removed).absolutePath());
        }
        QCOMPARE(FileDialogs::folder(QStringLiteral("images")), m_documents);
    }
};

QTEST_MAIN(TstFileDialogs)
#include "tst_filedialogs.moc"
