#include "auditors/auditoreditor.h"
#include "domain/displayformat.h"

#include "editing/edits.h"
#include "editing/session.h"
#include "repositories/auditorrepository.h"
#include "db/database.h"
#include "domain/eligibility.h"
#include "common/fielddelegate.h"
#include "itemmodels/changehistorymodel.h"
#include "common/optionaldateedit.h"
#include "repositories/parameterrepository.h"
#include "repositories/referencerepository.h"
#include "common/subrecordtable.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocument>
#include <QTime>

namespace {

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate fromIso(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

// Which tab shows the problems of a field key ("education[2].hours" -> Education).
int tabOfField(const QString &key)
{
    if (key.startsWith(QLatin1String("competences[")))
        return AuditorEditor::CompetencesTab;
    if (key.startsWith(QLatin1String("education[")))
        return AuditorEditor::EducationTab;
    if (key.startsWith(QLatin1String("conflicts[")))
        return AuditorEditor::ConflictsTab;
    return AuditorEditor::DetailsTab;
}

int rowOfField(const QString &key)
{
    const qsizetype open = key.indexOf(u'[');
    const qsizetype close = key.indexOf(u']');
    return open >= 0 && close > open ? key.mid(open + 1, close - open - 1).toInt() : -1;
}

// "Row 2: message" for a sub-record problem.
QString rowMessage(const FieldProblem &problem)
{
    return AuditorEditor::tr("Row %1: %2").arg(rowOfField(problem.field) + 1).arg(problem.message);
}

} // namespace

AuditorEditor::AuditorEditor(QWidget *parent) : RecordEditor(parent)
{
    buildUi();
    retranslateUi();
    closeAuditor();
}

void AuditorEditor::setSession(Session *session)
{
    m_session = session;
    Database *db = session ? &session->database() : nullptr;
    closeAuditor();
    m_db = db;
    m_clientDelegate->setDatabase(db);
    loadReferenceData();
}

void AuditorEditor::loadReferenceData()
{
    m_parameters = RuleParameters::defaults();
    m_scopeClasses.clear();
    if (!m_db)
        return;
    try {
        m_parameters = ParameterRepository(*m_db).load();
        for (const ScopeClass &s : ReferenceRepository(*m_db).scopeClasses(true)) {
            QString label = QStringLiteral("%1 %2").arg(s.code, ReferenceData::displayName(s));
            if (!s.active)
                label = tr("%1 (retired)").arg(label);
            m_scopeClasses << qMakePair(s.code, label);
        }
    } catch (const SqlError &e) {
        showStatus(tr("The scope classes could not be read: %1").arg(e.message()), true);
    }
}

void AuditorEditor::openAuditor(qint64 id)
{
    std::optional<Auditor> auditor;
    if (m_db) {
        try {
            auditor = AuditorRepository(*m_db).load(id);
        } catch (const SqlError &e) {
            showStatus(tr("The auditor could not be read: %1").arg(e.message()), true);
        }
    }
    if (!auditor) {
        closeAuditor();
        return;
    }
    load(*auditor);
}

void AuditorEditor::newAuditor()
{
    loadReferenceData();   // classes and parameters may have changed in Settings
    load(Auditor{});
    m_tabs->setCurrentIndex(DetailsTab);
}

void AuditorEditor::closeAuditor()
{
    m_loading = true;
    m_original = Auditor{};
    m_hasAuditor = false;
    for (QLineEdit *edit : std::as_const(m_lineEdits))
        edit->clear();
    for (OptionalDateEdit *edit : std::as_const(m_dateEdits))
        edit->setValue(QDate());
    m_notes->clear();
    m_competences->setRows({});
    m_education->setRows({});
    m_conflicts->setRows({});
    m_history->setClient(nullptr, 0);
    m_findings->clear();
    m_loading = false;
    m_stack->setCurrentIndex(0);
    updateState();
}

void AuditorEditor::load(const Auditor &a)
{
    m_loading = true;
    m_original = a;
    m_hasAuditor = true;
    m_touched.clear();
    m_showAllProblems = a.id > 0;
    m_lineEdits.value(QStringLiteral("name_zh"))->setText(a.nameZh);
    m_lineEdits.value(QStringLiteral("name_en"))->setText(a.nameEn);
    m_lineEdits.value(QStringLiteral("registration_number"))->setText(a.registrationNumber);
    m_lineEdits.value(QStringLiteral("qualification_confirmed_by"))->setText(a.qualificationConfirmedBy);
    m_level->setCurrentIndex(qMax(0, m_level->findData(AuditorRules::levelKey(a.level))));
    m_active->setChecked(a.active);
    m_dateEdits.value(QStringLiteral("registration_valid_from"))->setValue(a.registrationValidFrom);
    m_dateEdits.value(QStringLiteral("registration_valid_to"))->setValue(a.registrationValidTo);
    m_dateEdits.value(QStringLiteral("qualification_confirmed_on"))->setValue(a.qualificationConfirmedOn);
    m_dateEdits.value(QStringLiteral("impartiality_signed_on"))->setValue(a.impartialitySignedOn);
    m_notes->setPlainText(a.notes);

    QList<SubRecordRow> rows;
    for (const AuditorCompetence &c : a.competences)
        rows << SubRecordRow{c.id, {c.scopeClass, isoDate(c.confirmedOn), c.evidence}};
    m_competences->setRows(rows);
    rows.clear();
    for (const EducationEntry &e : a.education)
        rows << SubRecordRow{e.id, {isoDate(e.date), QString::number(e.hours, 'g', 10), e.topic}};
    m_education->setRows(rows);
    rows.clear();
    for (const ConflictDeclaration &c : a.conflicts)
        rows << SubRecordRow{c.id, {QString::number(c.clientId), AuditorRules::relationKey(c.relation), isoDate(c.from),
                                    isoDate(c.to), c.note}};
    m_conflicts->setRows(rows);

    Database *db = m_db;
    m_history->setRecord(db, a.id, [db](const Database &, qint64 id) { return AuditorRepository(*db).history(id); });
    m_historyView->resizeRowsToContents();
    m_loading = false;
    m_status->clear();
    m_stack->setCurrentIndex(1);
    updateState();
}

Auditor AuditorEditor::currentAuditor() const
{
    Auditor a = m_original;
    if (!m_hasAuditor)
        return a;
    a.nameZh = m_lineEdits.value(QStringLiteral("name_zh"))->text();
    a.nameEn = m_lineEdits.value(QStringLiteral("name_en"))->text();
    a.registrationNumber = m_lineEdits.value(QStringLiteral("registration_number"))->text().trimmed();
    a.qualificationConfirmedBy = m_lineEdits.value(QStringLiteral("qualification_confirmed_by"))->text();
    a.level = AuditorRules::levelFromKey(m_level->currentData().toString()).value_or(AuditorLevel::Auditor);
    a.active = m_active->isChecked();
    a.registrationValidFrom = m_dateEdits.value(QStringLiteral("registration_valid_from"))->value();
    a.registrationValidTo = m_dateEdits.value(QStringLiteral("registration_valid_to"))->value();
    a.qualificationConfirmedOn = m_dateEdits.value(QStringLiteral("qualification_confirmed_on"))->value();
    a.impartialitySignedOn = m_dateEdits.value(QStringLiteral("impartiality_signed_on"))->value();
    a.notes = m_notes->toPlainText();

    a.competences.clear();
    for (const SubRecordRow &row : m_competences->rows())
        a.competences << AuditorCompetence{row.id, row.values.value(0).trimmed(), fromIso(row.values.value(1)),
                                           row.values.value(2)};
    a.education.clear();
    for (const SubRecordRow &row : m_education->rows())
        a.education << EducationEntry{row.id, fromIso(row.values.value(0)), row.values.value(1).toDouble(),
                                      row.values.value(2)};
    a.conflicts.clear();
    for (const SubRecordRow &row : m_conflicts->rows())
        a.conflicts << ConflictDeclaration{row.id, row.values.value(0).toLongLong(),
                                           AuditorRules::relationFromKey(row.values.value(1)).value_or(ConflictRelation::Consultancy),
                                           fromIso(row.values.value(2)), fromIso(row.values.value(3)), row.values.value(4)};
    return a;
}

bool AuditorEditor::isModified() const
{
    return m_hasAuditor && currentAuditor() != m_original;
}

QString AuditorEditor::displayName() const
{
    const QString name = m_lineEdits.value(QStringLiteral("name_zh"))->text().trimmed();
    if (!name.isEmpty())
        return name;
    return m_original.nameZh.isEmpty() ? tr("new auditor") : m_original.nameZh;
}

QList<FieldProblem> AuditorEditor::currentProblems() const
{
    if (!m_hasAuditor)
        return {};
    const Auditor auditor = currentAuditor();
    QList<FieldProblem> problems;
    bool checked = false;
    if (m_db) {
        try {
            problems = AuditorRepository(*m_db).validate(auditor);
            checked = true;
        } catch (const SqlError &) {
        }
    }
    if (!checked)
        problems = AuditorRules::validate(auditor);
    // A new declaration's relation cell starts empty; the record would silently say
    // "consultancy" otherwise.
    const QList<SubRecordRow> rows = m_conflicts->rows();
    for (int i = 0; i < rows.size(); ++i)
        if (!AuditorRules::relationFromKey(rows.at(i).values.value(1)))
            problems << FieldProblem{QStringLiteral("conflicts[%1].relation").arg(i),
                                     tr("Choose the relation (consultancy, employment, financial interest …).")};
    return problems;
}

void AuditorEditor::showProblems(const QList<FieldProblem> &problems)
{
    QHash<QString, QStringList> byField;
    QStringList byTab[ConflictsTab + 1];
    for (const FieldProblem &p : problems) {
        const int tab = tabOfField(p.field);
        if (tab == DetailsTab)
            byField[p.field] << p.message;
        else
            byTab[tab] << rowMessage(p);
    }
    for (auto it = m_messages.constBegin(); it != m_messages.constEnd(); ++it) {
        const bool shown = m_showAllProblems || m_touched.contains(it.key());
        const QString text = shown ? byField.value(it.key()).join(u'\n') : QString();
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
    const QPair<SubRecordTable *, QString> tables[] = {{m_competences, QStringLiteral("competences")},
                                                       {m_education, QStringLiteral("education")},
                                                       {m_conflicts, QStringLiteral("conflicts")}};
    for (int tab = CompetencesTab; tab <= ConflictsTab; ++tab) {
        const auto &[table, key] = tables[tab - CompetencesTab];
        const bool shown = m_showAllProblems || m_touched.contains(key);
        table->setProblems(shown ? byTab[tab] : QStringList());
        m_tabs->setTabIcon(tab, shown && !byTab[tab].isEmpty() ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                                               : QIcon());
    }
}

void AuditorEditor::updateFindings(const Auditor &auditor)
{
    m_findings->clear();
    if (!m_hasAuditor)
        return;
    const QDate today = QDate::currentDate();
    QList<RuleFinding> findings = Eligibility::auditorFindings({auditor}, today, m_parameters);
    // This year's education so far is shown in the Continuing education tab; the panel
    // has last year's (the rule's) and the registration ending soon.
    if (auditor.active && auditor.registrationValidTo.isValid() && auditor.registrationValidTo >= today
        && today.daysTo(auditor.registrationValidTo) <= m_parameters.registrationWarningDays())
        findings << RuleFinding{QStringLiteral("A-4.2"), RuleFinding::Warning,
                                tr("The registration ends on %1, in %n day(s): time to renew it.", nullptr,
                                   int(today.daysTo(auditor.registrationValidTo)))
                                    .arg(DisplayFormat::date(auditor.registrationValidTo))};
    if (findings.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No findings: the registration, qualification, impartiality statement and "
                                            "last year's education are in order."), m_findings);
        item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
        return;
    }
    for (const RuleFinding &f : std::as_const(findings)) {
        auto *item = new QListWidgetItem(QStringLiteral("[%1] %2").arg(f.rule, f.message), m_findings);
        item->setIcon(style()->standardIcon(f.severity == RuleFinding::Error ? QStyle::SP_MessageBoxCritical
                                                                            : QStyle::SP_MessageBoxWarning));
        item->setToolTip(f.severity == RuleFinding::Error ? tr("Error: %1").arg(f.message) : tr("Warning: %1").arg(f.message));
    }
}

void AuditorEditor::updateEducationTotals(const Auditor &auditor)
{
    QMap<int, double> totals;
    for (const EducationEntry &e : auditor.education)
        if (e.date.isValid())
            totals[e.date.year()] += e.hours;
    const int thisYear = QDate::currentDate().year();
    totals[thisYear] += 0;   // this year always shows, even with nothing yet
    const double minimum = m_parameters.educationMinHours();
    const QLocale locale;
    const bool required = auditor.isAuditor();
    QStringList lines;
    for (auto it = totals.constEnd(); it != totals.constBegin();) {
        --it;
        const QString hours = locale.toString(it.value(), 'g', 10);
        QString line = it.key() == thisYear ? tr("%1 (so far): %2 hours").arg(it.key()).arg(hours)
                                            : tr("%1: %2 hours").arg(it.key()).arg(hours);
        if (required && it.value() < minimum) {
            line = tr("⚠ %1 — below the minimum of %2 hours (A-4.4)").arg(line, locale.toString(minimum, 'g', 10));
            lines << QStringLiteral("<span style=\"color:#a05200;\">%1</span>").arg(line.toHtmlEscaped());
        } else {
            lines << line.toHtmlEscaped();
        }
    }
    const QString heading = required ? tr("Yearly totals (the body's minimum: %1 hours a year)").arg(locale.toString(minimum, 'g', 10))
                                     : tr("Yearly totals (no minimum for a technical expert)");
    m_educationTotals->setText(QStringLiteral("<b>%1</b><br>%2").arg(heading.toHtmlEscaped(), lines.join(QStringLiteral("<br>"))));
}

QStringList AuditorEditor::findingTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_findings->count(); ++i)
        texts << m_findings->item(i)->text();
    return texts;
}

QString AuditorEditor::educationTotalsText() const
{
    QTextDocument document;
    document.setHtml(m_educationTotals->text());
    return document.toPlainText();
}

void AuditorEditor::fieldEdited(const QString &key)
{
    if (m_loading)
        return;
    m_touched.insert(key);
    if (!m_status->text().isEmpty())
        m_status->clear();
    updateState();
}

void AuditorEditor::updateState()
{
    const bool modified = isModified();
    if (m_hasAuditor) {
        QString title = isNew() ? tr("New auditor") : m_original.displayName();
        if (!m_original.active && !isNew())
            title = tr("%1 (inactive)").arg(title);
        if (modified)
            title = tr("%1 — unsaved changes").arg(title);
        m_title->setText(title);
        const Auditor current = currentAuditor();
        showProblems(currentProblems());
        updateFindings(current);
        updateEducationTotals(current);
        for (int tab = DetailsTab; tab <= HistoryTab; ++tab)
            m_tabs->setTabText(tab, tabTitle(tab));
    }
    m_saveAction->setEnabled(m_hasAuditor && (modified || isNew()));
    m_revertAction->setEnabled(m_hasAuditor && modified);
    m_saveButton->setEnabled(m_saveAction->isEnabled());
    m_revertButton->setEnabled(m_revertAction->isEnabled());
    if (modified != m_wasModified) {
        m_wasModified = modified;
        emit modificationChanged(modified);
    }
}

bool AuditorEditor::save()
{
    if (!m_hasAuditor)
        return false;
    for (SubRecordTable *table : {m_competences, m_education, m_conflicts})
        table->commitEditing();   // Ctrl+S while a cell is being edited keeps what was typed
    m_showAllProblems = true;
    const QList<FieldProblem> problems = currentProblems();
    showProblems(problems);
    if (!problems.isEmpty()) {
        const FieldProblem &first = problems.first();
        showStatus(tr("Not saved: %1").arg(tabOfField(first.field) == DetailsTab ? first.message : rowMessage(first)), true);
        focusProblem(first);
        return false;
    }
    if (!isModified() && !isNew())
        return true;
    if (!m_session)
        return false;
    const Auditor auditor = currentAuditor();
    const bool adding = auditor.id == 0;
    const QString name = auditor.nameZh.trimmed();
    Session *session = m_session;
    const WriteResult result = m_session->edits().run(
        [adding, name] { return adding ? tr("Add auditor “%1”").arg(name) : tr("Edit auditor “%1”").arg(name); },
        [session, auditor] { return AuditorRepository(session->database()).save(auditor); });
    if (!result) {
        showProblems(result.problems);
        showStatus(result.message, true);
        if (!result.problems.isEmpty())
            focusProblem(result.problems.first());
        return false;
    }
    openAuditor(result.id);
    showStatus(tr("Saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)), false);
    emit saved(result.id);
    return true;
}

void AuditorEditor::revert()
{
    if (!m_hasAuditor)
        return;
    if (isNew())
        load(Auditor{});
    else
        openAuditor(m_original.id);
}

void AuditorEditor::focusFirstField()
{
    if (!m_hasAuditor)
        return;
    m_tabs->setCurrentIndex(DetailsTab);
    QLineEdit *name = m_lineEdits.value(QStringLiteral("name_zh"));
    name->setFocus(Qt::OtherFocusReason);
    name->selectAll();
}

void AuditorEditor::focusProblem(const FieldProblem &problem)
{
    const int tab = tabOfField(problem.field);
    m_tabs->setCurrentIndex(tab);
    if (tab == DetailsTab) {
        QWidget *editor = m_lineEdits.value(problem.field);
        if (!editor)
            editor = m_dateEdits.value(problem.field);
        if (editor)
            editor->setFocus(Qt::OtherFocusReason);
        return;
    }
    SubRecordTable *table = tab == CompetencesTab ? m_competences : tab == EducationTab ? m_education : m_conflicts;
    const int row = rowOfField(problem.field);
    if (row >= 0) {
        table->table()->setCurrentCell(row, 0);
        table->table()->setFocus(Qt::OtherFocusReason);
    }
}

void AuditorEditor::showStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
}

void AuditorEditor::auditorChanged(qint64 id)
{
    if (!m_hasAuditor || id != m_original.id)
        return;
    if (!isModified()) {
        openAuditor(id);
        return;
    }
    // Keep what was typed; only the stored state under it (and the history) follows.
    if (m_db) {
        try {
            if (const std::optional<Auditor> stored = AuditorRepository(*m_db).load(id))
                m_original = *stored;
        } catch (const SqlError &) {
        }
    }
    m_history->refresh();
    updateState();
}

void AuditorEditor::auditorRemoved(qint64 id)
{
    if (m_hasAuditor && id == m_original.id)
        closeAuditor();
}

QString AuditorEditor::saveQuestion() const
{
    return tr("The auditor “%1” has changes that are not saved yet. Save them?").arg(displayName());
}
