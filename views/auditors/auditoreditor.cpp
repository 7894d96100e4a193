#include "auditors/auditoreditor.h"

#include "common/fielddelegate.h"
#include "common/optionaldateedit.h"
#include "common/subrecordtable.h"
#include "domain/displayformat.h"
#include "domain/eligibility.h"
#include "repositories/parameterrepository.h"
#include "repositories/referencerepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate fromIso(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}


// The date fields of the Details tab, right column, in tab order (the limits of all fields
// come from the field declarations, AuditorFields, through the validation).
const char *const kDates[] = {"registration_valid_from", "registration_valid_to", "qualification_confirmed_on"};

} // namespace

AuditorEditor::AuditorEditor(QWidget *parent) : AuditorEditorBase(parent)
{
    addField(QStringLiteral("name_zh"), new QLineEdit, 0);
    addField(QStringLiteral("name_en"), new QLineEdit, 0);
    addField(QStringLiteral("registration_number"), new QLineEdit, 0);
    m_level = new QComboBox;
    for (AuditorLevel level : AuditorRules::levels())
        m_level->addItem(QString(), AuditorRules::levelKey(level));
    addField(QStringLiteral("level"), m_level, 0, Labelled, Qt::AlignLeft);
    addField(QStringLiteral("active"), new QCheckBox, 0, Unlabelled);
    for (const char *key : kDates)
        addField(QString::fromLatin1(key), new OptionalDateEdit, 1, Labelled, Qt::AlignLeft);
    addField(QStringLiteral("qualification_confirmed_by"), new QLineEdit, 1);
    addField(QStringLiteral("impartiality_signed_on"), new OptionalDateEdit, 1, Labelled, Qt::AlignLeft);
    m_notes = new QPlainTextEdit;
    addNotesField(QStringLiteral("notes"), m_notes, 2);
    buildTabs();
    finishBuilding();
}

void AuditorEditor::buildTabs()
{
    // Competences: scope class (from the reference table), confirmed on, evidence.
    m_competences = new SubRecordTable(3);
    auto *scopeClass = new FieldDelegate(FieldDelegate::Choice, this);
    scopeClass->setChoices([this] { return m_scopeClasses; });
    m_competences->table()->setItemDelegateForColumn(0, scopeClass);
    auto *confirmedOn = new FieldDelegate(FieldDelegate::OptionalDate, this);
    confirmedOn->setEmptyText([] { return tr("not confirmed"); });
    m_competences->table()->setItemDelegateForColumn(1, confirmedOn);
    m_competences->setColumnWidthsInCharacters({16, 8});
    addSubRecordTab(QStringLiteral("competences"), m_competences);

    // Continuing education: date, hours, topic; the yearly totals below.
    auto *educationTab = new QWidget;
    m_education = new SubRecordTable(3, educationTab);
    m_education->table()->setItemDelegateForColumn(0, new FieldDelegate(FieldDelegate::Date, this));
    auto *hours = new FieldDelegate(FieldDelegate::Number, this);
    hours->setRange(0, 500, 1);
    m_education->table()->setItemDelegateForColumn(1, hours);
    m_education->setColumnWidthsInCharacters({8, 4});
    m_educationTotals = new QLabel(educationTab);
    m_educationTotals->setObjectName(QStringLiteral("educationTotals"));
    m_educationTotals->setTextFormat(Qt::RichText);
    m_educationTotals->setWordWrap(true);
    m_educationTotals->setContentsMargins(9, 0, 9, 9);
    auto *educationLayout = new QVBoxLayout(educationTab);
    educationLayout->setContentsMargins(0, 0, 0, 0);
    educationLayout->addWidget(m_education, 1);
    educationLayout->addWidget(m_educationTotals);
    addSubRecordTab(QStringLiteral("education"), m_education, educationTab);

    // Conflicts of interest: client (searched in the register), relation, from, to, note.
    m_conflicts = new SubRecordTable(5);
    m_clientDelegate = new FieldDelegate(FieldDelegate::Client, this);
    auto *relation = new FieldDelegate(FieldDelegate::Choice, this);
    relation->setChoices([] {
        QList<QPair<QString, QString>> choices;
        for (ConflictRelation relation : AuditorRules::relations())
            choices << qMakePair(AuditorRules::relationKey(relation), AuditorRules::relationLabel(relation));
        return choices;
    });
    m_conflicts->table()->setItemDelegateForColumn(0, m_clientDelegate);
    m_conflicts->table()->setItemDelegateForColumn(1, relation);
    m_conflicts->table()->setItemDelegateForColumn(2, new FieldDelegate(FieldDelegate::Date, this));
    auto *relationEnds = new FieldDelegate(FieldDelegate::OptionalDate, this);
    relationEnds->setEmptyText([] { return tr("ongoing"); });
    m_conflicts->table()->setItemDelegateForColumn(3, relationEnds);
    m_conflicts->setColumnWidthsInCharacters({16, 6, 8, 8});
    addSubRecordTab(QStringLiteral("conflicts"), m_conflicts);

    // The findings of the people rules for this auditor, beside the tabs.
    auto *findingsPane = new QWidget;
    m_findingsTitle = new QLabel(findingsPane);
    QFont bold = m_findingsTitle->font();
    bold.setBold(true);
    m_findingsTitle->setFont(bold);
    m_findings = new QListWidget(findingsPane);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setWordWrap(true);
    m_findings->setSelectionMode(QAbstractItemView::NoSelection);
    m_findings->setFocusPolicy(Qt::NoFocus);
    auto *findingsLayout = new QVBoxLayout(findingsPane);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(m_findingsTitle);
    findingsLayout->addWidget(m_findings, 1);
    findingsPane->setMinimumWidth(fontMetrics().horizontalAdvance(QChar(0x4E2D)) * 14);
    setSidePane(findingsPane);
}

RecordEditor::Texts AuditorEditor::texts() const
{
    return {
        tr("Select an auditor in the list to see it here, or add one with New auditor (Ctrl+N)."),
        tr("No auditors yet. Add the body's auditors one by one with New auditor (Ctrl+N); to try the program "
           "first, fill a new database with demo data: csisms --db demo.sqlite demo."),
        tr("New auditor"),
        tr("new auditor"),
        tr("Save the auditor (Ctrl+S)"),
        tr("The auditor “%1” has changes that are not saved yet. Save them?"),
        tr("Add auditor “%1”"),
        tr("Edit auditor “%1”"),
        tr("The auditor could not be read: %1"),
    };
}

void AuditorEditor::retranslateFields()
{
    setLabelText(QStringLiteral("name_zh"), tr("&Name (Chinese):"));
    setLabelText(QStringLiteral("name_en"), tr("Name (En&glish):"));
    setLabelText(QStringLiteral("registration_number"), tr("Registrat&ion no.:"));
    setLabelText(QStringLiteral("level"), tr("&Level:"));
    setLabelText(QStringLiteral("registration_valid_from"), tr("Registered fr&om:"));
    setLabelText(QStringLiteral("registration_valid_to"), tr("Registered &until:"));
    setLabelText(QStringLiteral("qualification_confirmed_on"), tr("&Qualification confirmed on:"));
    setLabelText(QStringLiteral("qualification_confirmed_by"), tr("Confirmed &by:"));
    setLabelText(QStringLiteral("impartiality_signed_on"), tr("I&mpartiality statement signed:"));
    setLabelText(QStringLiteral("notes"), tr("Remar&ks:"));
    field<QCheckBox>(QStringLiteral("active"))->setText(tr("&Active (works for the body)"));
    for (int i = 0; i < m_level->count(); ++i)
        m_level->setItemText(i, AuditorRules::levelLabel(AuditorRules::levels().at(i)));
    field<QLineEdit>(QStringLiteral("name_zh"))->setPlaceholderText(tr("Required, e.g. 王晓明"));
    field<QLineEdit>(QStringLiteral("name_en"))->setPlaceholderText(tr("e.g. Wang Xiaoming"));
    field<QLineEdit>(QStringLiteral("registration_number"))->setPlaceholderText(tr("CCAA registration number"));
    field<QLineEdit>(QStringLiteral("qualification_confirmed_by"))->setPlaceholderText(tr("Who confirmed it for the body"));
    field<OptionalDateEdit>(QStringLiteral("qualification_confirmed_on"))
        ->setToolTip(tr("The body's confirmation of the auditor's qualification (资格确认); empty: not confirmed."));
    field<OptionalDateEdit>(QStringLiteral("impartiality_signed_on"))
        ->setToolTip(tr("Date the auditor signed the impartiality statement (公正性声明); empty: not signed."));

    m_competences->setHeaders({tr("Scope class"), tr("Confirmed on"), tr("Evidence")});
    m_competences->setButtonTexts(tr("Add competence"), tr("Remove competence"));
    m_education->setHeaders({tr("Date"), tr("Hours"), tr("Topic")});
    m_education->setButtonTexts(tr("Add training"), tr("Remove training"));
    m_conflicts->setHeaders({tr("Client"), tr("Relation"), tr("From"), tr("To"), tr("Note")});
    m_conflicts->setButtonTexts(tr("Declare a conflict"), tr("Remove declaration"));
    m_conflicts->table()->horizontalHeaderItem(0)->setToolTip(
        tr("Type part of the client's name or credit code, then choose it from the list"));
    m_conflicts->table()->horizontalHeaderItem(3)->setToolTip(tr("Empty while the relation lasts"));
    m_findingsTitle->setText(tr("Findings (people rules)"));
    loadReferenceData();   // scope-class names in the new language
}

QString AuditorEditor::ownTabTitle(int tab) const
{
    switch (tab) {
    case CompetencesTab: return tr("Competences (%1)").arg(m_competences->table()->rowCount());
    case EducationTab: return tr("Continuing education (%1)").arg(m_education->table()->rowCount());
    case ConflictsTab: return tr("Conflicts of interest (%1)").arg(m_conflicts->table()->rowCount());
    }
    return {};
}

QString AuditorEditor::storedTitle() const
{
    return stored().active ? stored().displayName() : tr("%1 (inactive)").arg(stored().displayName());
}

QString AuditorEditor::subRecordProblemText(const FieldProblem &problem) const
{
    return tr("Row %1: %2").arg(rowOfField(problem.field) + 1).arg(problem.message);
}

void AuditorEditor::sessionChanged()
{
    m_clientDelegate->setDatabase(database());
    loadReferenceData();
}

void AuditorEditor::newRecord()
{
    loadReferenceData();
    AuditorEditorBase::newRecord();
}

void AuditorEditor::loadReferenceData()
{
    m_parameters = RuleParameters::defaults();
    m_scopeClasses.clear();
    Database *db = database();
    if (!db)
        return;
    try {
        m_parameters = ParameterRepository(*db).load();
        for (const ScopeClass &s : ReferenceRepository(*db).scopeClasses(true)) {
            QString label = QStringLiteral("%1 %2").arg(s.code, ReferenceData::displayName(s));
            if (!s.active)
                label = tr("%1 (retired)").arg(label);
            m_scopeClasses << qMakePair(s.code, label);
        }
    } catch (const SqlError &e) {
        showStatus(tr("The scope classes could not be read: %1").arg(e.message()), true);
    }
}

void AuditorEditor::showFields(const Auditor &a)
{
    field<QLineEdit>(QStringLiteral("name_zh"))->setText(a.nameZh);
    field<QLineEdit>(QStringLiteral("name_en"))->setText(a.nameEn);
    field<QLineEdit>(QStringLiteral("registration_number"))->setText(a.registrationNumber);
    field<QLineEdit>(QStringLiteral("qualification_confirmed_by"))->setText(a.qualificationConfirmedBy);
    m_level->setCurrentIndex(qMax(0, m_level->findData(AuditorRules::levelKey(a.level))));
    field<QCheckBox>(QStringLiteral("active"))->setChecked(a.active);
    field<OptionalDateEdit>(QStringLiteral("registration_valid_from"))->setValue(a.registrationValidFrom);
    field<OptionalDateEdit>(QStringLiteral("registration_valid_to"))->setValue(a.registrationValidTo);
    field<OptionalDateEdit>(QStringLiteral("qualification_confirmed_on"))->setValue(a.qualificationConfirmedOn);
    field<OptionalDateEdit>(QStringLiteral("impartiality_signed_on"))->setValue(a.impartialitySignedOn);
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
}

Auditor AuditorEditor::readFields(Auditor a) const
{
    a.nameZh = field<QLineEdit>(QStringLiteral("name_zh"))->text();
    a.nameEn = field<QLineEdit>(QStringLiteral("name_en"))->text();
    a.registrationNumber = field<QLineEdit>(QStringLiteral("registration_number"))->text().trimmed();
    a.qualificationConfirmedBy = field<QLineEdit>(QStringLiteral("qualification_confirmed_by"))->text();
    a.level = AuditorRules::levelFromKey(m_level->currentData().toString()).value_or(AuditorLevel::Auditor);
    a.active = field<QCheckBox>(QStringLiteral("active"))->isChecked();
    a.registrationValidFrom = field<OptionalDateEdit>(QStringLiteral("registration_valid_from"))->value();
    a.registrationValidTo = field<OptionalDateEdit>(QStringLiteral("registration_valid_to"))->value();
    a.qualificationConfirmedOn = field<OptionalDateEdit>(QStringLiteral("qualification_confirmed_on"))->value();
    a.impartialitySignedOn = field<OptionalDateEdit>(QStringLiteral("impartiality_signed_on"))->value();
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

void AuditorEditor::clearFields()
{
    m_findings->clear();
}

QList<FieldProblem> AuditorEditor::fieldProblems(const Auditor &) const
{
    // A new declaration's relation cell starts empty; the record would silently say
    // "consultancy" otherwise.
    QList<FieldProblem> problems;
    const QList<SubRecordRow> rows = m_conflicts->rows();
    for (int i = 0; i < rows.size(); ++i)
        if (!AuditorRules::relationFromKey(rows.at(i).values.value(1)))
            problems << FieldProblem{QStringLiteral("conflicts[%1].relation").arg(i),
                                     tr("Choose the relation (consultancy, employment, financial interest …).")};
    return problems;
}

void AuditorEditor::stateUpdated()
{
    const Auditor auditor = current();
    updateFindings(auditor);
    updateEducationTotals(auditor);
}

void AuditorEditor::updateFindings(const Auditor &auditor)
{
    m_findings->clear();
    if (!hasRecord())
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
