// The one write path (issue 7): any write of any record type becomes one undoable step;
// undo and redo put the records back through the change log, logged as "undo" and "redo",
// and refuse when a record was changed again since.

#include "checks/databasecheck.h"
#include "db/changelog.h"
#include "editing/edits.h"
#include "repositories/auditorrepository.h"
#include "repositories/clientrepository.h"
#include "repositories/parameterrepository.h"
#include "repositories/referencerepository.h"
#include "repositories/userrepository.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

namespace {

Client sampleClient()
{
    Client c;
    c.nameZh = QStringLiteral("福州示例云科技有限公司");
    c.creditCode = QStringLiteral("91350100M000100Y43");
    c.sites << ClientSite{0, QStringLiteral("总部"), QStringLiteral("福州市鼓楼区"), 80};
    c.shifts << ClientShift{0, QStringLiteral("白班"), QStringLiteral("08:00–20:00"), 60};
    return c;
}

Edits::Describe text(const QString &s)
{
    return [s] { return s; };
}

QStringList origins(Database &db)
{
    QStringList list;
    QSqlQuery q = db.exec(QStringLiteral("SELECT coalesce(origin, '') FROM change_log ORDER BY id"));
    while (q.next())
        list << q.value(0).toString();
    return list;
}

void checkClean(Database &db)
{
    const CheckReport report = DatabaseCheck::run(db);
    for (const CheckFinding &f : report.findings)
        if (f.severity == QLatin1String("error"))
            QFAIL(qPrintable(f.message));
    QVERIFY(report.chainIntact);
}

} // namespace

class TestEdits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void clientEditUndoneAndRedone()
    {
        TestSupport::TempDatabase db;
        QUndoStack stack;
        Edits edits(*db, &stack);
        QSignalSpy changed(&edits, &Edits::changed);
        ClientRepository repo(*db);

        const WriteResult added = edits.run(text(QStringLiteral("add")), [&] { return repo.save(sampleClient()); });
        QVERIFY(added);
        QCOMPARE(stack.count(), 1);
        const Client original = *repo.load(added.id);

        Client edited = original;
        edited.contact = QStringLiteral("林娜");
        edited.sites[0].headcount = 90;
        edited.sites << ClientSite{0, QStringLiteral("数据中心"), QStringLiteral("贵阳"), 20};
        edited.shifts.clear();
        QVERIFY(edits.run(text(QStringLiteral("edit")), [&] { return repo.save(edited); }));
        QCOMPARE(stack.count(), 2);
        const Client after = *repo.load(added.id);
        QCOMPARE(after.sites.size(), 2);

        stack.undo();
        QCOMPARE(*repo.load(added.id), original);
        stack.redo();
        QCOMPARE(*repo.load(added.id), after);
        stack.undo();
        stack.undo();
        QVERIFY(!repo.load(added.id));
        QCOMPARE(repo.totalCount(), 0);
        stack.redo();
        QCOMPARE(*repo.load(added.id), original);   // the same id again, with its sub-records

        // Every undo and redo is logged as such, and the log still verifies.
        const QStringList logged = origins(*db);
        QVERIFY(logged.contains(QStringLiteral("undo")));
        QVERIFY(logged.contains(QStringLiteral("redo")));
        QVERIFY(changed.count() >= 6);
        checkClean(*db);
        const QList<ChangeEntry> history = ChangeLog::clientHistory(*db, added.id);
        QCOMPARE(ChangeLog::actionText(history.first()), QStringLiteral("added (redo)"));
    }

    void deletedClientComesBack()
    {
        TestSupport::TempDatabase db;
        QUndoStack stack;
        Edits edits(*db, &stack);
        ClientRepository repo(*db);
        const qint64 id = edits.run(text(QStringLiteral("add")), [&] { return repo.save(sampleClient()); }).id;
        const Client stored = *repo.load(id);
        QVERIFY(edits.run(text(QStringLiteral("delete")), [&] { return repo.remove(id); }));
        QVERIFY(!repo.load(id));
        stack.undo();
        QCOMPARE(*repo.load(id), stored);
        checkClean(*db);
    }

    // A record changed again since the step (here through another path, or by another
    // program) is not overwritten: the undo is refused and nothing is written.
    void undoRefusedWhenChangedSince()
    {
        TestSupport::TempDatabase db;
        QUndoStack stack;
        Edits edits(*db, &stack);
        QSignalSpy failed(&edits, &Edits::undoFailed);
        ClientRepository repo(*db);
        const qint64 id = edits.run(text(QStringLiteral("add")), [&] { return repo.save(sampleClient()); }).id;
        Client edited = *repo.load(id);
        edited.contact = QStringLiteral("林娜");
        QVERIFY(edits.run(text(QStringLiteral("edit")), [&] { return repo.save(edited); }));
        Client other = *repo.load(id);
        other.contact = QStringLiteral("王磊");   // someone else's later change
        QVERIFY(repo.save(other));
        const qint64 entries = db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toLongLong();
        stack.undo();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("福州示例云科技有限公司")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(repo.load(id)->contact, QStringLiteral("王磊"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).toLongLong(), entries);
        QCOMPARE(stack.count(), 1);   // the step that cannot be undone is gone
    }

    // The same path serves every record type, bulk writes included.
    void everyRecordTypeIsUndoable()
    {
        TestSupport::TempDatabase db;
        QVERIFY(ReferenceRepository::seedIfEmpty(*db));
        QUndoStack stack;
        Edits edits(*db, &stack);

        // A rule parameter.
        ParameterRepository parameters(*db);
        QVERIFY(edits.run(text(QStringLiteral("p")), [&] { return parameters.setValue(QStringLiteral("cycle_years"), 4); }));
        QCOMPARE(parameters.load().cycleYears(), 4);
        stack.undo();
        QCOMPARE(parameters.load().cycleYears(), 3);

        // A user.
        UserRepository users(*db);
        const qint64 userId = edits.run(text(QStringLiteral("u")), [&] {
            return users.save(User{0, QStringLiteral("李娜"), UserRole::Administrator, true, 0});
        }).id;
        QVERIFY(userId > 0);
        stack.undo();
        QVERIFY(!users.load(userId));
        stack.redo();
        QCOMPARE(users.load(userId)->name, QStringLiteral("李娜"));

        // An auditor with competences and education.
        AuditorRepository auditors(*db);
        Auditor a;
        a.nameZh = QStringLiteral("王晓明");
        a.level = AuditorLevel::Auditor;
        a.competences << AuditorCompetence{0, QStringLiteral("CS-01"), QDate(2025, 2, 1), QStringLiteral("记录")};
        a.education << EducationEntry{0, QDate(2025, 4, 10), 8, QStringLiteral("ISO/IEC 27017 解读")};
        const qint64 auditorId = edits.run(text(QStringLiteral("a")), [&] { return auditors.save(a); }).id;
        QVERIFY(auditorId > 0);
        Auditor changed = *auditors.load(auditorId);
        changed.competences.clear();
        QVERIFY(edits.run(text(QStringLiteral("a2")), [&] { return auditors.save(changed); }));
        stack.undo();
        QCOMPARE(auditors.load(auditorId)->competences.size(), 1);

        // A reference table restored to its shipped values, in one step.
        ReferenceRepository reference(*db);
        Control control = reference.controls().first();
        const Control shipped = control;
        control.titleEn = QStringLiteral("Edited title");
        QVERIFY(edits.run(text(QStringLiteral("c")), [&] { return reference.saveControl(control); }));
        QVERIFY(edits.run(text(QStringLiteral("restore")),
                          [&] { return reference.restoreShipped(ReferenceRepository::Table::Controls); }));
        QCOMPARE(reference.control(control.id)->titleEn, shipped.titleEn);
        stack.undo();
        QCOMPARE(reference.control(control.id)->titleEn, QStringLiteral("Edited title"));
        stack.undo();
        QCOMPARE(*reference.control(control.id), shipped);
        checkClean(*db);
    }

    // A failed write pushes nothing; a write that changes nothing pushes nothing.
    void onlyRealChangesAreSteps()
    {
        TestSupport::TempDatabase db;
        QUndoStack stack;
        Edits edits(*db, &stack);
        ClientRepository repo(*db);
        Client nameless;
        QVERIFY(!edits.run(text(QStringLiteral("bad")), [&] { return repo.save(nameless); }));
        QCOMPARE(stack.count(), 0);
        const qint64 id = edits.run(text(QStringLiteral("add")), [&] { return repo.save(sampleClient()); }).id;
        const Client same = *repo.load(id);
        QVERIFY(edits.run(text(QStringLiteral("same")), [&] { return repo.save(same); }));
        QCOMPARE(stack.count(), 1);
    }

    // A tampered log cannot make an undo write into another table or column.
    void tamperedLogIsNotFollowed()
    {
        TestSupport::TempDatabase db;
        QUndoStack stack;
        Edits edits(*db, &stack);
        QSignalSpy failed(&edits, &Edits::undoFailed);
        ClientRepository repo(*db);
        const qint64 id = edits.run(text(QStringLiteral("add")), [&] { return repo.save(sampleClient()); }).id;
        Client edited = *repo.load(id);
        edited.contact = QStringLiteral("林娜");
        QVERIFY(edits.run(text(QStringLiteral("edit")), [&] { return repo.save(edited); }));
        const auto *step = dynamic_cast<const EditCommand *>(stack.command(1));
        QVERIFY(step);
        QList<ChangeEntry> entries = step->changeSet().entries();
        entries.first().before.insert(QStringLiteral("name_zh\" = 'x', archived"), 1);
        ChangeSet forged(entries);
        QVERIFY(!forged.undo(*db));
        QCOMPARE(repo.load(id)->contact, QStringLiteral("林娜"));
        Q_UNUSED(failed);
    }

    void describesInTheLanguageOfTheMoment()
    {
        TestSupport::TempDatabase db;
        QUndoStack stack;
        Edits edits(*db, &stack);
        int asked = 0;
        QVERIFY(edits.run([&asked] { return QStringLiteral("call %1").arg(++asked); },
                          [&] { return ClientRepository(*db).save(sampleClient()); }));
        const auto *step = dynamic_cast<const EditCommand *>(stack.command(0));
        QCOMPARE(step->describe(), QStringLiteral("call 1"));
        QCOMPARE(step->describe(), QStringLiteral("call 2"));
    }
};

QTEST_GUILESS_MAIN(TestEdits)
#include "tst_edits.moc"
