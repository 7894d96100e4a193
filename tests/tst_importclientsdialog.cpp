// File → Import clients… and Tools → Check database…: what the dialogs show and do.

#include "main/checkdialog.h"
#include "clients/importclientsdialog.h"
#include "repositories/clientrepository.h"

#include <QUndoStack>
#include "testsupport.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QTest>
#include <QTreeWidget>

namespace {
QString writeCsv(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text.toUtf8());
    return path;
}
} // namespace

class TestImportClientsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QStandardPaths::setTestModeEnabled(true);
    }

    void badFileShowsEveryProblemAndImportsNothing()
    {
        TestSupport::TempSession session;
        Database &db = session.db();
        ImportClientsDialog dialog(*session);
        QVERIFY(!dialog.canImport());
        dialog.setFile(writeCsv(session.dir, QStringLiteral("bad.csv"),
                                QStringLiteral("名称,统一社会信用代码\n甲,91350100M000100Y44\n,\n")));
        QVERIFY(!dialog.canImport());
        QVERIFY(dialog.problemsText().contains(QStringLiteral("line 2: 统一社会信用代码:")));
        QVERIFY(dialog.problemsText().contains(QStringLiteral("line 3: 名称:")));
        // The Import button follows: disabled while the file has problems.
        bool importDisabled = false;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Import"))
                importDisabled = !b->isEnabled();
        QVERIFY(importDisabled);
        QVERIFY(!dialog.importNow());
        QCOMPARE(ClientRepository(db).totalCount(), 0);
    }

    void goodFileImportsAll()
    {
        TestSupport::TempSession session;
        Database &db = session.db();
        ImportClientsDialog dialog(*session);
        QSignalSpy spy(&dialog, &ImportClientsDialog::imported);
        dialog.setFile(writeCsv(session.dir, QStringLiteral("good.csv"),
                                QStringLiteral("name_zh,credit_code,headcount\n甲,91350100M000100Y43,10\n乙,,5\n")));
        QVERIFY(dialog.canImport());
        QVERIFY(dialog.importNow());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toInt(), 2);
        QCOMPARE(ClientRepository(db).totalCount(), 2);
        // The same file again: every code is now registered, nothing more is written.
        dialog.setFile(writeCsv(session.dir, QStringLiteral("good.csv"),
                                QStringLiteral("name_zh,credit_code,headcount\n甲,91350100M000100Y43,10\n")));
        QVERIFY(!dialog.canImport());
        QVERIFY(dialog.problemsText().contains(QStringLiteral("already registered")));
        // The import was one step: undone whole, logged as an undo.
        QCOMPARE(session->undoStack()->count(), 1);
        session->undoStack()->undo();
        QCOMPARE(ClientRepository(db).totalCount(), 0);
        QVERIFY(db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE origin = 'undo'")).toInt() >= 2);
    }

    void checkDialogListsFindings()
    {
        TestSupport::TempDatabase db;
        Client c;
        c.nameZh = QStringLiteral("甲");
        QVERIFY(ClientRepository(*db).save(c));
        {
            CheckDialog dialog(*db);
            QCOMPARE(dialog.report().errorCount(), 0);
        }
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(db.path());
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(QStringLiteral("UPDATE clients SET name_zh = '乙'"));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        CheckDialog dialog(*db);
        QCOMPARE(dialog.report().errorCount(), 1);
        auto *tree = dialog.findChild<QTreeWidget *>();
        QVERIFY(tree);
        bool found = false;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            found = found || (tree->topLevelItem(i)->text(0) == QStringLiteral("Error")
                              && tree->topLevelItem(i)->text(3).contains(QStringLiteral("changed outside the application")));
        QVERIFY(found);
        // The finding names the record and opens it (double-click or Enter).
        QTreeWidgetItem *row = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->text(0) == QStringLiteral("Error"))
                row = tree->topLevelItem(i);
        QVERIFY(row);
        QCOMPARE(row->text(2), QStringLiteral("Client “乙”"));
        QSignalSpy open(&dialog, &CheckDialog::openRecord);
        emit tree->itemActivated(row, 0);
        QCOMPARE(open.count(), 1);
        const auto record = open.first().first().value<RecordRef>();
        QCOMPARE(record.table, QStringLiteral("clients"));
        QVERIFY(record.row > 0);
    }
};

QTEST_MAIN(TestImportClientsDialog)
#include "tst_importclientsdialog.moc"
