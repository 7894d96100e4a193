#include "programmes/decisiondialog.h"

#include "common/optionaldateedit.h"
#include "domain/displayformat.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

DecisionDialog::DecisionDialog(const DecisionBasis &basis, QWidget *parent)
    : QDialog(parent), m_basis(basis), m_grant(new QRadioButton(this)), m_refuse(new QRadioButton(this)),
      m_date(new OptionalDateEdit(this)), m_reasons(new QPlainTextEdit(this)), m_problems(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("Certification decision — %1").arg(basis.programme.clientName));
    m_grant->setObjectName(QStringLiteral("grant"));
    m_refuse->setObjectName(QStringLiteral("refuse"));
    m_date->setObjectName(QStringLiteral("decisionDate"));
    m_reasons->setObjectName(QStringLiteral("decisionReasons"));
    m_problems->setObjectName(QStringLiteral("decisionProblems"));
    m_refuse->setText(tr("Re&fuse certification"));
    m_grant->setText(tr("&Grant certification"));
    m_grant->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_grant);
    group->addButton(m_refuse);
    m_date->setValue(basis.today);
    m_reasons->setTabChangesFocus(true);
    m_reasons->setFixedHeight(m_reasons->fontMetrics().height() * 5);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems->setTextFormat(Qt::PlainText);

    // What the decision rests on.
    QStringList rests;
    int major = 0, minor = 0, observations = 0;
    for (const ProgrammeAudit &a : basis.decisive) {
        rests << tr("%1: %2, %3 to %4")
                     .arg(ProgrammeRules::kindLabel(a.kind), ProgrammeRules::statusLabel(a.status).toLower(),
                          DisplayFormat::date(a.start()), DisplayFormat::date(a.end()));
        for (const AuditFinding &f : a.findings) {
            if (f.grade == AuditFinding::Grade::Observation)
                ++observations;
            else if (f.isOpen())
                ++(f.grade == AuditFinding::Grade::Major ? major : minor);
        }
    }
    if (rests.isEmpty())
        rests << tr("No audit the decision rests on is recorded.");
    auto *basisLabel = new QLabel(this);
    basisLabel->setObjectName(QStringLiteral("decisionBasis"));
    basisLabel->setWordWrap(true);
    basisLabel->setText(tr("The decision rests on:\n%1\nOpen: %2 major and %3 minor nonconformities; %4 observations.")
                            .arg(rests.join(QLatin1Char('\n')))
                            .arg(major)
                            .arg(minor)
                            .arg(observations));
    auto *decider = new QLabel(tr("Decision-maker: %1 (%2)").arg(basis.decider.name, UserRules::roleLabel(basis.decider.role)), this);
    auto *outcome = new QHBoxLayout;
    outcome->addWidget(m_grant);
    outcome->addWidget(m_refuse);
    outcome->addStretch();
    auto *form = new QFormLayout;
    auto *dateLabel = new QLabel(tr("&Decided on:"), this);
    dateLabel->setBuddy(m_date);
    auto *reasonsLabel = new QLabel(tr("Rea&sons:"), this);
    reasonsLabel->setBuddy(m_reasons);
    form->addRow(tr("Decision:"), outcome);
    form->addRow(dateLabel, m_date);
    form->addRow(reasonsLabel, m_reasons);
    auto *note = new QLabel(tr("A grant issues the certificate at once, numbered by the pattern in Settings. The decision "
                               "is a record: it is not undone, and the programme keeps it."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(basisLabel);
    layout->addWidget(decider);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_grant, &QRadioButton::toggled, this, &DecisionDialog::update);
    connect(m_date, &OptionalDateEdit::valueChanged, this, &DecisionDialog::update);
    connect(m_reasons, &QPlainTextEdit::textChanged, this, &DecisionDialog::update);
    resize(600, sizeHint().height());
    update();
}

CertificationDecision DecisionDialog::decision() const
{
    CertificationDecision d;
    d.programmeId = m_basis.programme.id;
    d.outcome = m_grant->isChecked() ? CertificationDecision::Outcome::Grant : CertificationDecision::Outcome::Refuse;
    d.decidedOn = m_date->value();
    d.decidedBy = m_basis.decider.id;
    d.deciderName = m_basis.decider.name;
    d.reasons = m_reasons->toPlainText();
    return d;
}

void DecisionDialog::update()
{
    const QList<FieldProblem> problems = DecisionRules::problems(m_basis, decision());
    QStringList lines;
    for (const FieldProblem &p : problems)
        lines << (p.rule.isEmpty() ? p.message : QStringLiteral("%1 (%2)").arg(p.message, p.rule));
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_grant->isChecked() ? tr("Grant and issue") : tr("Refuse"));
}
