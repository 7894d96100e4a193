#include "reviews/revieweditor.h"

#include "common/fielddelegate.h"
#include "common/optionaldateedit.h"
#include "common/subrecordtable.h"
#include "domain/displayformat.h"
#include "editing/edits.h"
#include "editing/session.h"
#include "repositories/applicationrepository.h"
#include "repositories/auditorrepository.h"
#include "repositories/clientrepository.h"
#include "repositories/contractrepository.h"
#include "repositories/parameterrepository.h"
#include "repositories/referencerepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using Decision = ApplicationReview::Decision;

namespace {


// A number typed in the user's locale or in C notation; empty is none.
std::optional<double> parseNumber(const QString &text, bool *ok)
{
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    double value = QLocale().toDouble(t, ok);
    if (!*ok)
        value = t.toDouble(ok);
    return *ok ? std::optional<double>(value) : std::nullopt;
}

QString numberText(const std::optional<double> &v) { return v ? QString::number(*v, 'g', 10) : QString(); }

const char *const kNumberFields[] = {"onsite_percent", "stage1_days", "manual_table_days"};

} // namespace

ReviewEditor::ReviewEditor(QWidget *parent) : ReviewEditorBase(parent)
{
    m_application = new QLabel;
    m_application->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addField(QStringLiteral("application_id"), m_application, 0);
    auto *reviewer = new QLineEdit;
    reviewer->setReadOnly(true);
    addField(QStringLiteral("reviewer"), reviewer, 0);
    addField(QStringLiteral("reviewed_on"), new OptionalDateEdit, 0, Labelled, Qt::AlignLeft);
    addField(QStringLiteral("planned_from"), new OptionalDateEdit, 0, Labelled, Qt::AlignLeft);
    addField(QStringLiteral("planned_to"), new OptionalDateEdit, 0, Labelled, Qt::AlignLeft);
    addField(QStringLiteral("parties_agreed"), new QCheckBox, 1, Unlabelled);
    addField(QStringLiteral("agreed_on"), new OptionalDateEdit, 1, Labelled, Qt::AlignLeft);
    m_decision = new QComboBox;
    for (Decision d : ReviewRules::decisions())
        m_decision->addItem(QString(), ReviewRules::decisionKey(d));
    addField(QStringLiteral("decision"), m_decision, 1, Labelled, Qt::AlignLeft);
    m_reasons = new QPlainTextEdit;
    addField(QStringLiteral("reasons"), m_reasons, 1);
    m_notes = new QPlainTextEdit;
    addNotesField(QStringLiteral("notes"), m_notes, 2);

    addFieldsTab();
    for (const char *key : kNumberFields) {
        auto *edit = new QLineEdit;
        edit->setMaxLength(12);
        addField(QString::fromLatin1(key), edit, 0, Labelled, Qt::AlignLeft);
    }
    m_figures = new QLabel;
    m_figures->setObjectName(QStringLiteral("figures"));
    m_figures->setTextFormat(Qt::PlainText);
    m_figures->setWordWrap(true);
    addField(QStringLiteral("figures"), m_figures, 1, Unlabelled);

    m_adjustments = new SubRecordTable(2);
    auto *percent = new FieldDelegate(FieldDelegate::Number, this);
    percent->setRange(-99, 100, 1);
    m_adjustments->table()->setItemDelegateForColumn(0, percent);
    m_adjustments->setColumnWidthsInCharacters({6});
    addSubRecordTab(QStringLiteral("adjustments"), m_adjustments);

    auto *pane = new QWidget;
    m_checksTitle = new QLabel(pane);
    QFont bold = m_checksTitle->font();
    bold.setBold(true);
    m_checksTitle->setFont(bold);
    m_checks = new QListWidget(pane);
    m_checks->setObjectName(QStringLiteral("checks"));
    m_checks->setWordWrap(true);
    m_checks->setSelectionMode(QAbstractItemView::NoSelection);
    m_checks->setFocusPolicy(Qt::NoFocus);
    m_finalise = new QPushButton(pane);
    m_finalise->setObjectName(QStringLiteral("finalise"));
    m_correct = new QPushButton(pane);
    m_correct->setObjectName(QStringLiteral("correct"));
    auto *paneLayout = new QVBoxLayout(pane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->addWidget(m_checksTitle);
    paneLayout->addWidget(m_checks, 1);
    paneLayout->addWidget(m_finalise);
    paneLayout->addWidget(m_correct);
    m_contract = new QPushButton(pane);
    m_contract->setObjectName(QStringLiteral("makeContract"));
    paneLayout->addWidget(m_contract);
    connect(m_contract, &QPushButton::clicked, this, &ReviewEditor::makeContract);
    pane->setMinimumWidth(fontMetrics().horizontalAdvance(QChar(0x4E2D)) * 16);
    setSidePane(pane);
    connect(m_finalise, &QPushButton::clicked, this, &ReviewEditor::askFinalise);
    connect(m_correct, &QPushButton::clicked, this, &ReviewEditor::startCorrection);
    finishBuilding();
}

RecordEditor::Texts ReviewEditor::texts() const
{
    return {
        tr("Select a review in the list to see it here. A review is started from its application: Start review on "
           "the Applications page."),
        tr("No reviews yet. Open a submitted application on the Applications page and choose Start review."),
        tr("New review"),
        tr("new review"),
        tr("Save the review (Ctrl+S)"),
        tr("The review “%1” has changes that are not saved yet. Save them?"),
        tr("Add review “%1”"),
        tr("Edit review “%1”"),
        tr("The review could not be read: %1"),
    };
}

void ReviewEditor::retranslateFields()
{
    setLabelText(QStringLiteral("application_id"), tr("Application:"));
    setLabelText(QStringLiteral("reviewer"), tr("Reviewer:"));
    setLabelText(QStringLiteral("reviewed_on"), tr("Reviewed &on:"));
    setLabelText(QStringLiteral("planned_from"), tr("Audit planned fro&m:"));
    setLabelText(QStringLiteral("planned_to"), tr("Audit planned &until:"));
    setLabelText(QStringLiteral("agreed_on"), tr("A&greed on:"));
    setLabelText(QStringLiteral("decision"), tr("De&cision:"));
    setLabelText(QStringLiteral("reasons"), tr("Reaso&ns:"));
    setLabelText(QStringLiteral("notes"), tr("Remar&ks:"));
    field<QCheckBox>(QStringLiteral("parties_agreed"))->setText(tr("The parties &agree on the certification (R-5.2.3 (3))"));
    for (int i = 0; i < m_decision->count(); ++i)
        m_decision->setItemText(i, ReviewRules::decisionText(ReviewRules::decisions().at(i)));
    field<OptionalDateEdit>(QStringLiteral("planned_from"))->setToolTip(tr("The auditors' competence is checked over the planned audit period (R-5.2.3 (2))"));
    m_reasons->setPlaceholderText(tr("Why: the applicant is told (R-5.2.5)"));
    setLabelText(QStringLiteral("onsite_percent"), tr("On-&site share (%):"));
    setLabelText(QStringLiteral("stage1_days"), tr("Stage &1 days (empty: the usual share):"));
    setLabelText(QStringLiteral("manual_table_days"), tr("&Table days set by hand:"));
    field<QLineEdit>(QStringLiteral("manual_table_days"))
        ->setToolTip(tr("Only beyond the audit-time table's last row (AT-table): the body's figure, with the reason in the remarks"));
    m_adjustments->setHeaders({tr("Percent"), tr("Reason")});
    m_adjustments->setButtonTexts(tr("Add adjustment"), tr("Remove adjustment"));
    m_adjustments->table()->horizontalHeaderItem(0)->setToolTip(tr("Negative: a reduction; the net reduction is at most the parameter (AT-reduction)"));
    m_checksTitle->setText(tr("Checks (rules 5.2, as of today)"));
    m_finalise->setText(tr("Finalise the review…"));
    m_finalise->setToolTip(tr("Makes the review a record with its decision: never edited again"));
    m_correct->setText(tr("Correct: new review"));
    m_correct->setToolTip(tr("A finalised review is corrected by a new review that supersedes it; both are kept"));
    m_contract->setText(tr("Make the contract"));
    m_contract->setToolTip(tr("The certification contract (5.3) from this review: its audit time carried over"));
}

QString ReviewEditor::ownTabTitle(int tab) const
{
    switch (tab) {
    case AuditTimeTab: return tr("Audit time");
    case AdjustmentsTab: return tr("Adjustments (%1)").arg(m_adjustments->table()->rowCount());
    }
    return {};
}

QString ReviewEditor::storedTitle() const
{
    const QString state = stored().isFinal() ? tr("finalised %1").arg(DisplayFormat::date(stored().finalisedOn)) : tr("draft");
    return tr("Review of %1 (%2)").arg(m_applicationText, state);
}

QString ReviewEditor::nameOf(const ApplicationReview &review) const
{
    return review.reviewedOn.isValid() ? QStringLiteral("%1 %2").arg(m_applicationText, review.reviewedOn.toString(Qt::ISODate))
                                       : m_applicationText;
}

QString ReviewEditor::subRecordProblemText(const FieldProblem &problem) const
{
    return tr("Row %1: %2").arg(rowOfField(problem.field) + 1).arg(problem.message);
}

void ReviewEditor::sessionChanged() {}

void ReviewEditor::loadContext(const ApplicationReview &review)
{
    m_app = {};
    m_auditors.clear();
    m_rows = ReferenceRepository::shippedAuditTimeRows();
    m_parameters = RuleParameters::defaults();
    m_applicationText.clear();
    Database *db = database();
    if (!db)
        return;
    try {
        if (const std::optional<Application> a = ApplicationRepository(*db).load(review.applicationId))
            m_app = *a;
        m_auditors = AuditorRepository(*db).loadAll(false);
        m_rows = ReferenceRepository(*db).auditTimeRows();
        m_parameters = ParameterRepository(*db).load();
        const QString client = db->scalar(QStringLiteral("SELECT name_zh FROM clients WHERE id = ?"), {m_app.clientId}).toString();
        m_applicationText = QStringLiteral("%1 %2").arg(m_app.number, client);
    } catch (const SqlError &e) {
        showStatus(tr("The application of this review could not be read: %1").arg(e.message()), true);
    }
}

ReviewRules::Checks ReviewEditor::checksOf(const ApplicationReview &review) const
{
    return ReviewRules::check(review, m_app, m_auditors, m_rows, m_parameters);
}

QList<FieldProblem> ReviewEditor::currentProblems() const
{
    // A finalised review is a record: what the checks say today is no problem of its fields.
    if (!hasRecord() || stored().isFinal())
        return {};
    const ApplicationReview review = current();
    return ReviewRules::validate(review, checksOf(review)) + fieldProblems(review);
}

void ReviewEditor::showFields(const ApplicationReview &r)
{
    loadContext(r);
    m_application->setText(m_applicationText);
    field<QLineEdit>(QStringLiteral("reviewer"))->setText(r.reviewer);
    field<OptionalDateEdit>(QStringLiteral("reviewed_on"))->setValue(r.reviewedOn);
    field<OptionalDateEdit>(QStringLiteral("planned_from"))->setValue(r.plannedFrom);
    field<OptionalDateEdit>(QStringLiteral("planned_to"))->setValue(r.plannedTo);
    field<QCheckBox>(QStringLiteral("parties_agreed"))->setChecked(r.partiesAgreed);
    field<OptionalDateEdit>(QStringLiteral("agreed_on"))->setValue(r.agreedOn);
    m_decision->setCurrentIndex(qMax(0, m_decision->findData(ReviewRules::decisionKey(r.decision))));
    m_reasons->setPlainText(r.reasons);
    m_notes->setPlainText(r.notes);
    field<QLineEdit>(QStringLiteral("onsite_percent"))->setText(QString::number(r.onsitePercent, 'g', 10));
    field<QLineEdit>(QStringLiteral("stage1_days"))->setText(numberText(r.stage1Days));
    field<QLineEdit>(QStringLiteral("manual_table_days"))->setText(numberText(r.manualTableDays));
    QList<SubRecordRow> rows;
    for (const ReviewAdjustment &a : r.adjustments)
        rows << SubRecordRow{a.id, {QString::number(a.percent, 'g', 10), a.reason}};
    m_adjustments->setRows(rows);
    // A finalised review only shows.
    const bool editable = !r.isFinal() && !isReadOnly();
    for (const char *key : {"reviewed_on", "planned_from", "planned_to", "parties_agreed", "agreed_on", "decision"})
        if (QWidget *w = field<QWidget>(QString::fromLatin1(key)))
            w->setEnabled(editable);
    for (const char *key : kNumberFields)
        field<QLineEdit>(QString::fromLatin1(key))->setReadOnly(!editable);
    m_reasons->setReadOnly(!editable);
    m_notes->setReadOnly(!editable);
    m_adjustments->setReadOnly(!editable);
}

ApplicationReview ReviewEditor::readFields(ApplicationReview r) const
{
    r.reviewedOn = field<OptionalDateEdit>(QStringLiteral("reviewed_on"))->value();
    r.plannedFrom = field<OptionalDateEdit>(QStringLiteral("planned_from"))->value();
    r.plannedTo = field<OptionalDateEdit>(QStringLiteral("planned_to"))->value();
    r.partiesAgreed = field<QCheckBox>(QStringLiteral("parties_agreed"))->isChecked();
    r.agreedOn = field<OptionalDateEdit>(QStringLiteral("agreed_on"))->value();
    r.decision = ReviewRules::decisionFromKey(m_decision->currentData().toString()).value_or(Decision::None);
    r.reasons = m_reasons->toPlainText();
    r.notes = m_notes->toPlainText();
    bool ok = true;
    if (const std::optional<double> onsite = parseNumber(field<QLineEdit>(QStringLiteral("onsite_percent"))->text(), &ok); ok)
        r.onsitePercent = onsite.value_or(100);
    r.stage1Days = parseNumber(field<QLineEdit>(QStringLiteral("stage1_days"))->text(), &ok);
    r.manualTableDays = parseNumber(field<QLineEdit>(QStringLiteral("manual_table_days"))->text(), &ok);
    r.adjustments.clear();
    for (const SubRecordRow &row : m_adjustments->rows())
        r.adjustments << ReviewAdjustment{row.id, row.values.value(0).toDouble(), row.values.value(1)};
    return r;
}

void ReviewEditor::clearFields()
{
    m_checks->clear();
    m_figures->clear();
    m_application->clear();
    m_applicationText.clear();
}

bool ReviewEditor::modifiedBeyondRecord() const
{
    // Text that is not a number does not show in the record.
    const QString onsite = field<QLineEdit>(QStringLiteral("onsite_percent"))->text().trimmed();
    return onsite != QString::number(stored().onsitePercent, 'g', 10)
           && onsite != QLocale().toString(stored().onsitePercent, 'g', 10);
}

QList<FieldProblem> ReviewEditor::fieldProblems(const ApplicationReview &) const
{
    QList<FieldProblem> problems;
    for (const char *key : kNumberFields) {
        bool ok = true;
        const QString text = field<QLineEdit>(QString::fromLatin1(key))->text();
        parseNumber(text, &ok);
        if (!ok)
            problems << FieldProblem{QString::fromLatin1(key), tr("“%1” is not a number; enter one such as 85 or 2.5.").arg(text.trimmed())};
    }
    if (field<QLineEdit>(QStringLiteral("onsite_percent"))->text().trimmed().isEmpty())
        problems << FieldProblem{QStringLiteral("onsite_percent"), tr("Enter the on-site share, e.g. 100.")};
    return problems;
}

void ReviewEditor::stateUpdated()
{
    const bool stored = hasRecord() && !isNew();
    const bool final = stored && this->stored().isFinal();
    m_finalise->setVisible(stored && !final);
    m_finalise->setEnabled(!isReadOnly());
    m_correct->setVisible(final);
    m_correct->setEnabled(!isReadOnly());
    m_contract->setVisible(final && this->stored().decision == Decision::Accept);
    m_contract->setEnabled(!isReadOnly());
    if (hasRecord())
        updateChecks(current());
}

void ReviewEditor::updateChecks(const ApplicationReview &review)
{
    m_checks->clear();
    const ReviewRules::Checks checks = checksOf(review);
    const QColor bad(0xb0, 0x00, 0x20), warn(0xa0, 0x52, 0x00), good(0x1b, 0x6e, 0x20);
    const auto add = [this](const QString &text, const QColor &colour) {
        auto *item = new QListWidgetItem(text, m_checks);
        if (colour.isValid())
            item->setForeground(colour);
    };
    for (const ApplicantEligibility::Condition &c : checks.conditions) {
        using ApplicantEligibility::State;
        add(ApplicantEligibility::conditionLine(c),
            c.state == State::NotMet ? bad : c.state == State::Unknown ? warn : good);
    }
    for (const ReviewRules::Competence &k : checks.competence)
        add(k.qualified.isEmpty() ? tr("✗ %1: no qualified auditor (R-5.2.3 (2))").arg(k.scopeClass)
                                  : tr("✓ %1: %2 (R-5.2.3 (2))").arg(k.scopeClass, k.qualified.join(QStringLiteral("、"))),
            k.qualified.isEmpty() ? bad : good);
    for (const RuleFinding &f : checks.findings)
        if (!f.rule.startsWith(QLatin1String("R-5.2.3")) || !f.message.contains(QLatin1String("(E")))
            add(QStringLiteral("[%1] %2").arg(f.rule, f.message), f.severity == RuleFinding::Error ? bad : warn);
    const QList<RuleFinding> blocking = checks.blocking();
    add(blocking.isEmpty() ? tr("No check fails: the application may be accepted.")
                           : tr("%n check(s) keep the application from being accepted.", nullptr, int(blocking.size())),
        blocking.isEmpty() ? good : bad);
    if (checks.auditTime) {
        const AuditTime::Result &t = *checks.auditTime;
        using AuditTime::daysText;
        m_figures->setText(tr("Effective personnel: %1\nTable days: %2\nAdjustment: %3 %\nAdjusted days: %4\n"
                              "Stage 1: %5   Stage 2: %6\nOn-site: %7\nSurveillance: %8   Recertification: %9")
                               .arg(t.effectivePersonnel).arg(daysText(t.tableDays))
                               .arg(QLocale().toString(t.netAdjustmentPercent, 'g', 6)).arg(daysText(t.adjustedDays))
                               .arg(daysText(t.stage1Days), daysText(t.stage2Days), daysText(t.onsiteDays),
                                    daysText(t.surveillanceDays), daysText(t.recertificationDays)));
    } else {
        m_figures->setText(checks.auditTimeProblems.isEmpty() ? QString() : checks.auditTimeProblems.first().message);
    }
}

QStringList ReviewEditor::checkTexts() const
{
    QStringList lines;
    for (int i = 0; i < m_checks->count(); ++i)
        lines << m_checks->item(i)->text();
    return lines;
}

QString ReviewEditor::figuresText() const { return m_figures->text(); }

void ReviewEditor::askFinalise()
{
    const Decision decision = current().decision;
    const auto answer = QMessageBox::question(
        this, tr("Finalise the review"),
        tr("Finalise the review of %1 with the decision “%2”?\n\nThe review becomes a record and is never edited again "
           "(a correction is a new review); the application becomes %3.")
            .arg(m_applicationText, ReviewRules::decisionText(decision),
                 ReviewRules::statusAfter(decision) ? ApplicationRules::statusText(*ReviewRules::statusAfter(decision)) : QString()),
        QMessageBox::Yes | QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        finalise();
}

bool ReviewEditor::finalise()
{
    if (!hasRecord() || isNew() || !session())
        return false;
    if (isModified() && !save())
        return false;
    const qint64 id = recordId();
    Session *writer = session();
    const QString by = writer->user() ? writer->user()->name : writer->accountName();
    const QString name = nameOf(stored());
    const WriteResult result = writer->edits().run(
        [name] { return QCoreApplication::translate("ReviewEditor", "Finalise review “%1”").arg(name); },
        [writer, id, by] { return ReviewRepository(writer->database()).finalise(id, by); });
    if (!result) {
        showStatus(result.message, true);
        return false;
    }
    openRecord(id);
    showStatus(tr("The review is finalised: a record from now on."), false);
    return true;
}

bool ReviewEditor::startCorrection()
{
    if (!hasRecord() || !stored().isFinal() || !session())
        return false;
    const qint64 id = recordId();
    Session *writer = session();
    const QString by = writer->user() ? writer->user()->name : writer->accountName();
    const QString name = nameOf(stored());
    const WriteResult result = writer->edits().run(
        [name] { return QCoreApplication::translate("ReviewEditor", "Correct review “%1”").arg(name); },
        [writer, id, by] { return ReviewRepository(writer->database()).startCorrection(id, by); });
    if (!result) {
        showStatus(result.message, true);
        return false;
    }
    emit openReview(result.id);
    return true;
}

bool ReviewEditor::makeContract()
{
    if (!hasRecord() || !stored().isFinal() || !session())
        return false;
    const qint64 id = recordId();
    Session *writer = session();
    const QString name = nameOf(stored());
    const WriteResult result = writer->edits().run(
        [name] { return QCoreApplication::translate("ReviewEditor", "Make the contract of review “%1”").arg(name); },
        [writer, id] { return ContractRepository(writer->database()).createFromReview(id); });
    if (!result && result.id <= 0) {
        showStatus(result.message, true);
        return false;
    }
    emit openContract(result.id);   // made now, or the one made before
    return true;
}
