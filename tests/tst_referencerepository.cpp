// Reference data: seeding from the shipped resources with change-log entries, editing
// controls, scope classes, audit-time rows and the public information items (5.1.1),
// retiring a scope class in use, restoring the shipped values per table; the change log
// stays complete and intact throughout.

#include "db/changelog.h"
#include "repositories/auditorrepository.h"
#include "repositories/informationsheetrepository.h"
#include "repositories/parameterrepository.h"
#include "repositories/rowwriter.h"
#include "db/database.h"
#include "repositories/referencerepository.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTest>

namespace {

int logCount(Database &db) { return db.scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt(); }

void verifyLog(Database &db)
{
    const QList<LogFinding> records = ChangeLog::verifyRecords(db);
    QVERIFY2(records.isEmpty(), records.isEmpty() ? "" : qPrintable(records.first().message));
    const QList<LogFinding> chain = ChangeLog::verifyChain(db);
    QVERIFY2(chain.isEmpty(), chain.isEmpty() ? "" : qPrintable(chain.first().message));
}

} // namespace

class TestReferenceRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void shippedDataParses()
    {
        QCOMPARE(ReferenceRepository::shippedControls().size(), 121);
        QCOMPARE(ReferenceRepository::shippedScopeClasses().size(), 10);
        QCOMPARE(ReferenceRepository::shippedAuditTimeRows().size(), 22);
        const QList<InformationItem> items = InformationSheetRepository::shipped();
        QCOMPARE(items.size(), InformationSheet::kItemCount);
        for (int i = 0; i < items.size(); ++i) {
            QCOMPARE(items.at(i).item, i + 1);
            QVERIFY2(InformationSheet::validate(items.at(i)).isEmpty(), qPrintable(items.at(i).titleEn));
        }
        QCOMPARE(items.at(6).titleZh, QStringLiteral("认证证书有效、暂停、注销或者撤销的状态"));
        QString error;
        QVERIFY(ReferenceData::parseControls("not json", &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void seedsOnceWithChangeLog()
    {
        TestSupport::TempDatabase db;
        QCOMPARE(logCount(*db), 0);
        QVERIFY(ReferenceRepository::seedIfEmpty(*db));
        ReferenceRepository repo(*db);
        const QList<Control> controls = repo.controls();
        QCOMPARE(controls.size(), 121);
        QCOMPARE(controls.first().code, QStringLiteral("5.1.1"));
        QCOMPARE(controls.first().titleZh, QStringLiteral("信息安全策略"));
        QCOMPARE(controls.first().titleEn, QStringLiteral("Policies for information security"));
        QCOMPARE(controls.last().code, QStringLiteral("CLD.13.1.4"));
        QCOMPARE(std::count_if(controls.cbegin(), controls.cend(), [](const Control &c) { return c.extended; }), 7);
        QCOMPARE(std::count_if(controls.cbegin(), controls.cend(), [](const Control &c) { return c.cloudGuidance; }), 44);
        QCOMPARE(repo.scopeClasses().size(), 10);
        QCOMPARE(repo.scopeClassByCode(QStringLiteral("CS-03"))->nameZh, QStringLiteral("软件即服务（SaaS）"));
        const QList<AuditTimeRow> rows = repo.auditTimeRows();
        QCOMPARE(rows.size(), 22);
        QCOMPARE(ReferenceData::auditDays(rows, 30), 8.5);
        QCOMPARE(ReferenceData::auditDays(rows, 10700), 28.0);
        QVERIFY(!ReferenceData::auditDays(rows, 10701));
        QCOMPARE(ParameterRepository(*db).load(), RuleParameters::defaults());

        QCOMPARE(InformationSheetRepository(*db).items(), [] {
            QList<InformationItem> shipped = InformationSheetRepository::shipped();
            for (int i = 0; i < shipped.size(); ++i)
                shipped[i].id = i + 1;
            return shipped;
        }());
        const int entries = 121 + 10 + 22 + 11 + int(ParameterDefinitions::all().size());
        QCOMPARE(logCount(*db), entries);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE user_name = 'tester' AND action = 'insert'")).toInt(), entries);
        verifyLog(*db);

        // Seeding again writes nothing.
        QVERIFY(ReferenceRepository::seedIfEmpty(*db));
        QCOMPARE(logCount(*db), entries);
    }

    void emptiedTableIsNotSeededAgain()
    {
        TestSupport::TempDatabase db;
        QVERIFY(ReferenceRepository::seedIfEmpty(*db));
        ReferenceRepository repo(*db);
        for (const AuditTimeRow &row : repo.auditTimeRows())
            QVERIFY(repo.removeAuditTimeRow(row.id));
        QVERIFY(ReferenceRepository::seedIfEmpty(*db));
        QCOMPARE(repo.auditTimeRows().size(), 0);   // the body emptied it on purpose
        verifyLog(*db);
    }

    void editsControls()
    {
        TestSupport::TempDatabase db;
        QVERIFY(ReferenceRepository::seedIfEmpty(*db));
        ReferenceRepository repo(*db);
        Control c = repo.controls().first();
        c.titleZh = QStringLiteral("信息安全方针");
        const WriteResult saved = repo.saveControl(c);
        QVERIFY2(saved, qPrintable(saved.message));
        QCOMPARE(repo.control(c.id)->titleZh, QStringLiteral("信息安全方针"));
        const QList<ChangeEntry> history = ChangeLog::history(*db, QStringLiteral("controls"), c.id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().action, QStringLiteral("update"));
        QCOMPARE(history.first().changedFields(), QStringList{QStringLiteral("title_zh")});

        // Saving unchanged values writes no entry.
        const int before = logCount(*db);
        QVERIFY(repo.saveControl(*repo.control(c.id)));
        QCOMPARE(logCount(*db), before);

        Control added{0, QStringLiteral("CLD.99.1.1"), QStringLiteral("99"), QStringLiteral("本机构补充控制"),
                      QStringLiteral("Body's additional control"), true, true, true, 0};
        const WriteResult inserted = repo.saveControl(added);
        QVERIFY2(inserted, qPrintable(inserted.message));
        QCOMPARE(repo.control(inserted.id)->sortOrder, 122);

        Control duplicate = added;
        duplicate.titleEn = QStringLiteral("Other");
        const WriteResult refused = repo.saveControl(duplicate);
        QVERIFY(!refused);
        QCOMPARE(refused.problems.first().field, QStringLiteral("code"));
        Control untitled{0, QStringLiteral("X.1"), QStringLiteral("1"), QString(), QStringLiteral("x"), false, false, true, 0};
        QCOMPARE(repo.saveControl(untitled).problems.first().field, QStringLiteral("title_zh"));

        QVERIFY(repo.setControlActive(inserted.id, false));
        QCOMPARE(repo.controls(false).size(), 121);
        QCOMPARE(repo.controls(true).size(), 122);
        verifyLog(*db);
    }

    void scopeClassInUseCanOnlyBeRetired()
    {
        TestSupport::TempDatabase db;
        QVERIFY(ReferenceRepository::seedIfEmpty(*db));
        ReferenceRepository repo(*db);
        const WriteResult added = repo.saveScopeClass(ScopeClass{0, QStringLiteral("CS-11"), QStringLiteral("云桌面服务"),
                                                                 QStringLiteral("Desktop as a Service"), QStringLiteral("medium"), true, 0});
        QVERIFY2(added, qPrintable(added.message));
        QCOMPARE(repo.scopeClass(added.id)->sortOrder, 11);
        QCOMPARE(repo.scopeClassUseCount(QStringLiteral("CS-11")), 0);

        Auditor a;
        a.nameZh = QStringLiteral("王晓明");
        a.competences << AuditorCompetence{0, QStringLiteral("CS-11"), QDate(2025, 1, 1), QString()};
        const WriteResult auditorSaved = AuditorRepository(*db).save(a);
        QVERIFY2(auditorSaved, qPrintable(auditorSaved.message));
        QCOMPARE(repo.scopeClassUseCount(QStringLiteral("CS-11")), 1);

        const WriteResult removal = repo.removeScopeClass(added.id);
        QVERIFY(!removal);
        QVERIFY2(removal.message.contains(QStringLiteral("Retire")), qPrintable(removal.message));
        QVERIFY(repo.scopeClass(added.id));

        ScopeClass renamed = *repo.scopeClass(added.id);
        renamed.code = QStringLiteral("CS-12");
        const WriteResult rename = repo.saveScopeClass(renamed);
        QVERIFY(!rename);
        QCOMPARE(rename.problems.first().field, QStringLiteral("code"));

        QVERIFY(repo.setScopeClassActive(added.id, false));
        QVERIFY(!repo.scopeClass(added.id)->active);
        QCOMPARE(repo.scopeClasses(false).size(), 10);
        QCOMPARE(repo.scopeClasses(true).size(), 11);

        // An unused class can be deleted, and renamed.
        ScopeClass unused = *repo.scopeClassByCode(QStringLiteral("CS-10"));
        unused.code = QStringLiteral("CS-10A");
        QVERIFY(repo.saveScopeClass(unused));
        QVERIFY(repo.removeScopeClass(unused.id));
        QVERIFY(!repo.scopeClassByCode(QStringLiteral("CS-10A")));

        const WriteResult invalid = repo.saveScopeClass(ScopeClass{0, QStringLiteral("bad code"), QStringLiteral("甲"),
                                                                   QStringLiteral("A"), QStringLiteral("extreme"), true, 0});
        QCOMPARE(invalid.problems.size(), 2);
        verifyLog(*db);
    }

    void auditTimeRowsDoNotOverlap()
    {
        TestSupport::TempDatabase db;
        QVERIFY(ReferenceRepository::seedIfEmpty(*db));
        ReferenceRepository repo(*db);
        const WriteResult overlap = repo.saveAuditTimeRow(AuditTimeRow{0, 10700, 12000, 29});
        QVERIFY(!overlap);
        QVERIFY2(overlap.message.contains(QStringLiteral("8501")), qPrintable(overlap.message));
        const WriteResult added = repo.saveAuditTimeRow(AuditTimeRow{0, 10701, 13500, 29});
        QVERIFY2(added, qPrintable(added.message));
        AuditTimeRow changed = repo.auditTimeRows().first();
        changed.days = 5.5;
        QVERIFY(repo.saveAuditTimeRow(changed));   // its own range is no overlap
        QCOMPARE(ReferenceData::auditDays(repo.auditTimeRows(), 5), 5.5);
        QVERIFY(!repo.saveAuditTimeRow(AuditTimeRow{0, 20, 10, 3}));
        QVERIFY(!repo.saveAuditTimeRow(AuditTimeRow{0, 20000, 20010, 0}));
        verifyLog(*db);
    }

    void restoresShippedValues_data()
    {
        QTest::addColumn<int>("table");
        QTest::newRow("controls") << int(ReferenceRepository::Table::Controls);
        QTest::newRow("scope classes") << int(ReferenceRepository::Table::ScopeClasses);
        QTest::newRow("audit time") << int(ReferenceRepository::Table::AuditTime);
        QTest::newRow("public information") << int(ReferenceRepository::Table::InformationItems);
    }

    void restoresShippedValues()
    {
        QFETCH(int, table);
        TestSupport::TempDatabase db;
        QVERIFY(ReferenceRepository::seedIfEmpty(*db));
        ReferenceRepository repo(*db);

        // Change every table the same way: edit a shipped entry, add one.
        Control c = repo.controls().at(3);
        c.titleEn = QStringLiteral("changed");
        c.active = false;
        QVERIFY(repo.saveControl(c));
        const qint64 addedControl = repo.saveControl(Control{0, QStringLiteral("X.1"), QStringLiteral("X"), QStringLiteral("甲"),
                                                             QStringLiteral("A"), false, false, true, 0}).id;
        ScopeClass s = repo.scopeClasses().first();
        s.nameEn = QStringLiteral("changed");
        QVERIFY(repo.saveScopeClass(s));
        const qint64 usedClass = repo.saveScopeClass(ScopeClass{0, QStringLiteral("X-1"), QStringLiteral("甲"), QStringLiteral("A"),
                                                                QStringLiteral("low"), true, 0}).id;
        const qint64 unusedClass = repo.saveScopeClass(ScopeClass{0, QStringLiteral("X-2"), QStringLiteral("乙"), QStringLiteral("B"),
                                                                  QStringLiteral("low"), true, 0}).id;
        Auditor a;
        a.nameZh = QStringLiteral("李娜");
        a.competences << AuditorCompetence{0, QStringLiteral("X-1"), QDate(), QString()};
        QVERIFY(AuditorRepository(*db).save(a));
        AuditTimeRow r = repo.auditTimeRows().first();
        r.days = 4;
        QVERIFY(repo.saveAuditTimeRow(r));
        InformationSheetRepository sheet(*db);
        InformationItem fees = sheet.items().at(4);
        fees.textZh = QStringLiteral("审核费每人日 3000 元。\n差旅费据实结算。");
        QVERIFY(sheet.save(fees));
        const qint64 eleventh = sheet.items().at(10).id;
        {
            Transaction transaction(*db);
            RowWriter::remove(*db, InformationSheetRepository::tableName(), eleventh);   // an item gone
            transaction.commit();
        }

        const WriteResult restored = repo.restoreShipped(ReferenceRepository::Table(table));
        QVERIFY2(restored, qPrintable(restored.message));
        switch (ReferenceRepository::Table(table)) {
        case ReferenceRepository::Table::Controls:
            QCOMPARE(repo.control(c.id)->titleEn, ReferenceRepository::shippedControls().at(3).titleEn);
            QVERIFY(repo.control(c.id)->active);
            QVERIFY(!repo.control(addedControl)->active);     // retired, not deleted
            QCOMPARE(repo.controls(false).size(), 121);
            QCOMPARE(repo.scopeClasses().first().nameEn, QStringLiteral("changed"));   // other tables untouched
            break;
        case ReferenceRepository::Table::ScopeClasses:
            QCOMPARE(repo.scopeClasses().first().nameEn, ReferenceRepository::shippedScopeClasses().first().nameEn);
            QVERIFY(!repo.scopeClass(usedClass)->active);    // in use: retired
            QVERIFY(!repo.scopeClass(unusedClass));          // unused: deleted
            QCOMPARE(repo.scopeClasses(false).size(), 10);
            break;
        case ReferenceRepository::Table::AuditTime: {
            QList<AuditTimeRow> rows = repo.auditTimeRows();
            for (AuditTimeRow &row : rows)
                row.id = 0;
            QCOMPARE(rows, ReferenceRepository::shippedAuditTimeRows());
            break;
        }
        case ReferenceRepository::Table::InformationItems: {
            QList<InformationItem> items = sheet.items();
            QCOMPARE(items.size(), 11);
            QCOMPARE(items.at(4).id, fees.id);   // the same row, its shipped text back
            for (InformationItem &i : items)
                i.id = 0;
            QCOMPARE(items, InformationSheetRepository::shipped());
            QCOMPARE(repo.auditTimeRows().first().days, 4.0);   // other tables untouched
            break;
        }
        }
        if (ReferenceRepository::Table(table) == ReferenceRepository::Table::InformationItems)   // the item put back, logged
            QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE table_name = 'information_items' "
                                               "AND action = 'insert'")).toInt(), 12);
        verifyLog(*db);

        // Restoring again changes nothing and writes no entry.
        const int entries = logCount(*db);
        QVERIFY(repo.restoreShipped(ReferenceRepository::Table(table)));
        QCOMPARE(logCount(*db), entries);
    }

    void informationItemsAreEditedInBothLanguages()
    {
        TestSupport::TempDatabase db;
        QVERIFY(ReferenceRepository::seedIfEmpty(*db));
        InformationSheetRepository sheet(*db);
        InformationItem item = sheet.items().at(4);
        QCOMPARE(item.item, 5);
        // Both languages are required; texts keep their lines; titles are one line.
        InformationItem blank = item;
        blank.textEn = QStringLiteral(" \u200B ");
        WriteResult result = sheet.save(blank);
        QVERIFY(!result);
        QCOMPARE(result.problems.first().field, QStringLiteral("text_en"));
        InformationItem twoLineTitle = item;
        twoLineTitle.titleZh = QStringLiteral("认证\n收费");
        QCOMPARE(sheet.save(twoLineTitle).problems.first().field, QStringLiteral("title_zh"));
        InformationItem renumbered = item;
        renumbered.item = 6;
        QCOMPARE(sheet.save(renumbered).problems.first().field, QStringLiteral("item"));
        InformationItem twelfth;
        twelfth.item = 12;
        twelfth.titleZh = twelfth.titleEn = twelfth.textZh = twelfth.textEn = QStringLiteral("x");
        QCOMPARE(sheet.save(twelfth).problems.first().field, QStringLiteral("item"));
        InformationItem tooLong = item;
        tooLong.textZh = QString(4001, QChar(u'费'));
        QCOMPARE(sheet.save(tooLong).problems.first().field, QStringLiteral("text_zh"));
        QCOMPARE(sheet.items().at(4), item);   // nothing of the refused saves was stored

        item.textZh = QStringLiteral("审核费每人日 3000 元。\n差旅费据实结算。");
        item.textEn = QStringLiteral("Audits cost CNY 3,000 per auditor-day.\nTravel at cost.");
        const int before = logCount(*db);
        QVERIFY(sheet.save(item));
        QCOMPARE(sheet.items().at(4), item);
        QCOMPARE(logCount(*db), before + 1);
        verifyLog(*db);
    }

    void labelsAreTranslatable()
    {
        QCOMPARE(ReferenceRepository::tableLabel(ReferenceRepository::Table::Controls), QStringLiteral("ISO/IEC 27017 controls"));
        QCOMPARE(ReferenceData::riskLabel(QStringLiteral("high")), QStringLiteral("high"));
        QCOMPARE(ReferenceData::displayName(ScopeClass{0, QStringLiteral("A"), QStringLiteral("甲"), QString(), QStringLiteral("low"), true, 0}),
                 QStringLiteral("甲"));   // falls back to the other language
    }
};

QTEST_GUILESS_MAIN(TestReferenceRepository)
#include "tst_referencerepository.moc"
