#include "programmes/findingdialog.h"

#include "common/optionaldateedit.h"
#include "domain/displayformat.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

FindingDialog::FindingDialog(const AuditFinding &finding, const QStringList &catalogue, const QList<Auditor> &auditors,
                             const QList<qint64> &team, const RuleParameters &parameters, QWidget *parent)
    : QDialog(parent), m_original(finding), m_parameters(parameters), m_auditors(auditors), m_grade(new QComboBox(this)),
      m_requirement(new QLineEdit(this)), m_statement(new QPlainTextEdit(this)), m_evidence(new QPlainTextEdit(this)),
      m_correction(new QPlainTextEdit(this)), m_action(new QPlainTextEdit(this)), m_raised(new OptionalDateEdit(this)),
      m_due(new OptionalDateEdit(this)), m_verifiedOn(new OptionalDateEdit(this)), m_deadline(new QLabel(this)),
      m_verdict(new QComboBox(this)), m_verifier(new QComboBox(this)), m_problems(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("findingDialog"));
    setWindowTitle(finding.id > 0 || !finding.statement.isEmpty() ? tr("Audit finding") : tr("New audit finding"));
    m_grade->setObjectName(QStringLiteral("findingGrade"));
    m_requirement->setObjectName(QStringLiteral("findingRequirement"));
    m_statement->setObjectName(QStringLiteral("findingStatement"));
    m_evidence->setObjectName(QStringLiteral("findingEvidence"));
    m_correction->setObjectName(QStringLiteral("findingCorrection"));
    m_action->setObjectName(QStringLiteral("findingAction"));
    m_verdict->setObjectName(QStringLiteral("findingVerdict"));
    m_verifiedOn->setObjectName(QStringLiteral("findingVerifiedOn"));
    m_verifier->setObjectName(QStringLiteral("findingVerifier"));
    m_due->setObjectName(QStringLiteral("findingDue"));
    m_problems->setObjectName(QStringLiteral("findingProblems"));
    for (AuditFinding::Grade g : FindingRules::grades())
        m_grade->addItem(FindingRules::gradeLabel(g), int(g));
    m_grade->setCurrentIndex(m_grade->findData(int(finding.grade)));
    m_requirement->setText(finding.requirement);
    m_requirement->setPlaceholderText(tr("A control of the catalogue (CLD.6.3.1) or a clause (ISO/IEC 27001 9.2)"));
    auto *completer = new QCompleter(catalogue, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_requirement->setCompleter(completer);
    for (QPlainTextEdit *e : {m_statement, m_evidence, m_correction, m_action}) {
        e->setTabChangesFocus(true);
        e->setFixedHeight(e->fontMetrics().height() * 3 + 10);
    }
    m_statement->setPlainText(finding.statement);
    m_evidence->setPlainText(finding.evidence);
    m_correction->setPlainText(finding.correction);
    m_action->setPlainText(finding.correctiveAction);
    m_raised->setValue(finding.raisedOn);
    m_due->setOptional(true);
    m_due->setValue(finding.dueOn);
    m_verifiedOn->setOptional(true);
    m_verifiedOn->setValue(finding.verifiedOn);
    m_verifier->addItem(tr("(nobody yet)"), 0);
    for (bool onTeam : {true, false})
        for (const Auditor &a : auditors)
            if (team.contains(a.id) == onTeam && (a.active || a.id == finding.verifiedBy))
                m_verifier->addItem(onTeam ? tr("%1 (team)").arg(a.displayName()) : a.displayName(), a.id);
    m_verifier->setCurrentIndex(std::max(0, m_verifier->findData(finding.verifiedBy)));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_deadline->setObjectName(QStringLiteral("findingDeadline"));

    auto *form = new QFormLayout;
    const auto row = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&Grade:"), m_grade);
    row(tr("&Requirement:"), m_requirement);
    row(tr("&Finding:"), m_statement);
    row(tr("E&vidence:"), m_evidence);
    row(tr("Raised &on:"), m_raised);
    row(tr("Correction d&ue:"), m_due);
    form->addRow(QString(), m_deadline);
    row(tr("&Correction:"), m_correction);
    row(tr("Correc&tive action:"), m_action);
    row(tr("Verific&ation:"), m_verdict);
    row(tr("Verified o&n:"), m_verifiedOn);
    row(tr("Verified &by:"), m_verifier);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_grade, &QComboBox::currentIndexChanged, this, &FindingDialog::update);
    connect(m_verdict, &QComboBox::currentIndexChanged, this, &FindingDialog::update);
    connect(m_verifier, &QComboBox::currentIndexChanged, this, &FindingDialog::update);
    connect(m_requirement, &QLineEdit::textChanged, this, &FindingDialog::update);
    for (QPlainTextEdit *e : {m_statement, m_evidence, m_correction, m_action})
        connect(e, &QPlainTextEdit::textChanged, this, &FindingDialog::update);
    for (OptionalDateEdit *d : {m_raised, m_due, m_verifiedOn})
        connect(d, &OptionalDateEdit::valueChanged, this, &FindingDialog::update);
    resize(640, sizeHint().height());
    update();
}

AuditFinding FindingDialog::finding() const
{
    AuditFinding f = m_original;
    f.grade = AuditFinding::Grade(m_grade->currentData().toInt());
    f.requirement = m_requirement->text().trimmed();
    f.statement = m_statement->toPlainText();
    f.evidence = m_evidence->toPlainText();
    f.raisedOn = m_raised->value();
    f.dueOn = m_due->value();
    f.correction = m_correction->toPlainText();
    f.correctiveAction = m_action->toPlainText();
    f.verdict = m_verdict->count() ? AuditFinding::Verdict(m_verdict->currentData().toInt()) : AuditFinding::Verdict::Open;
    f.verifiedOn = m_verifiedOn->value();
    f.verifiedBy = m_verifier->currentData().toLongLong();
    f.verifierName = f.verifiedBy > 0 ? m_verifier->currentText() : QString();
    return f;
}

void FindingDialog::update()
{
    const auto grade = AuditFinding::Grade(m_grade->currentData().toInt());
    {
        // The verdict's words depend on the grade (closed / plan accepted).
        const QVariant current = m_verdict->count() ? m_verdict->currentData() : QVariant(int(m_original.verdict));
        const QSignalBlocker blocker(m_verdict);
        m_verdict->clear();
        for (AuditFinding::Verdict v : FindingRules::verdicts())
            m_verdict->addItem(FindingRules::verdictLabel(v, grade), int(v));
        m_verdict->setCurrentIndex(std::max(0, m_verdict->findData(current)));
    }
    const bool nonconformity = grade != AuditFinding::Grade::Observation;
    for (QWidget *w : {static_cast<QWidget *>(m_due), static_cast<QWidget *>(m_correction), static_cast<QWidget *>(m_action)})
        w->setEnabled(nonconformity);
    const AuditFinding f = finding();
    const QDate deadline = FindingRules::deadline(f, m_parameters);
    m_deadline->setText(!nonconformity ? tr("An observation needs no correction.")
                        : f.dueOn.isValid() ? tr("Due on %1.").arg(DisplayFormat::date(deadline))
                        : deadline.isValid()
                            ? tr("Empty: due %n day(s) after it was raised, on %1.", nullptr,
                                 grade == AuditFinding::Grade::Major ? m_parameters.majorCorrectionDays()
                                                                     : m_parameters.minorCorrectionDays())
                                  .arg(DisplayFormat::date(deadline))
                            : QString());
    QStringList lines;
    for (const FieldProblem &p : FindingRules::validate(f))
        lines << p.message;
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(lines.isEmpty());
}
