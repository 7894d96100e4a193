#include "programmes/auditform.h"

#include "domain/displayformat.h"
#include "programmes/findingdialog.h"

#include <QHeaderView>
#include <QMessageBox>

#include "common/optionaldateedit.h"
#include "domain/eligibility.h"
#include "itemmodels/programmeauditsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QLabel *label(QWidget *buddy)
{
    auto *l = new QLabel;
    l->setBuddy(buddy);
    return l;
}
} // namespace

AuditForm::AuditForm(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("auditKind"));
    for (ProgrammeAudit::Kind k : ProgrammeRules::kinds())
        m_kind->addItem(QString(), int(k));
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("auditStatus"));
    for (ProgrammeAudit::Status s : ProgrammeRules::statuses())
        m_status->addItem(QString(), int(s));
    m_method = new QComboBox;
    for (ProgrammeAudit::Method m : ProgrammeRules::methods())
        m_method->addItem(QString(), int(m));
    m_plannedStart = new OptionalDateEdit;
    m_plannedStart->setObjectName(QStringLiteral("plannedStart"));
    m_plannedEnd = new OptionalDateEdit;
    m_plannedEnd->setObjectName(QStringLiteral("plannedEnd"));
    m_actualStart = new OptionalDateEdit;
    m_actualStart->setObjectName(QStringLiteral("actualStart"));
    m_actualStart->setOptional(true);
    m_actualEnd = new OptionalDateEdit;
    m_actualEnd->setObjectName(QStringLiteral("actualEnd"));
    m_actualEnd->setOptional(true);
    m_days = new QDoubleSpinBox;
    m_days->setObjectName(QStringLiteral("auditDays"));
    m_days->setRange(-0.5, 999);
    m_days->setSingleStep(0.5);
    m_days->setDecimals(1);
    m_allControls = new QCheckBox;
    m_allControls->setObjectName(QStringLiteral("allControls"));
    m_shifts = new QTableWidget(0, 2);
    m_shifts->setObjectName(QStringLiteral("auditShifts"));
    m_shifts->horizontalHeader()->setStretchLastSection(true);
    m_shifts->verticalHeader()->hide();
    m_shifts->setMaximumHeight(120);
    m_services = new QListWidget;
    m_services->setObjectName(QStringLiteral("auditServices"));
    m_services->setMaximumHeight(100);
    m_sites = new QListWidget;
    m_sites->setObjectName(QStringLiteral("auditSites"));
    m_sites->setMaximumHeight(100);
    m_team = new QTableWidget(0, 3);
    m_team->setObjectName(QStringLiteral("auditTeam"));
    m_team->horizontalHeader()->setStretchLastSection(true);
    m_team->verticalHeader()->hide();
    m_team->setMaximumHeight(140);
    m_team->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_addMember = new QPushButton;
    m_addMember->setObjectName(QStringLiteral("addMember"));
    m_removeMember = new QPushButton;
    m_removeMember->setObjectName(QStringLiteral("removeMember"));
    m_eligibility = new QLabel;
    m_eligibility->setObjectName(QStringLiteral("eligibility"));
    m_eligibility->setWordWrap(true);
    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("auditProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_problems->hide();
    m_notes = new QPlainTextEdit;
    m_notes->setMaximumHeight(60);

    m_kindLabel = label(m_kind);
    m_statusLabel = label(m_status);
    m_methodLabel = label(m_method);
    m_plannedLabel = label(m_plannedStart);
    m_actualLabel = label(m_actualStart);
    m_daysLabel = label(m_days);
    m_shiftsLabel = label(m_shifts);
    m_servicesLabel = label(m_services);
    m_sitesLabel = label(m_sites);
    m_teamLabel = label(m_team);
    m_notesLabel = label(m_notes);

    auto *grid = new QGridLayout;
    auto dates = [](QWidget *a, QWidget *b) {
        auto *box = new QHBoxLayout;
        box->setContentsMargins(0, 0, 0, 0);
        box->addWidget(a);
        box->addWidget(new QLabel(QStringLiteral("–")));
        box->addWidget(b);
        box->addStretch();
        return box;
    };
    grid->addWidget(m_kindLabel, 0, 0);
    grid->addWidget(m_kind, 0, 1);
    grid->addWidget(m_statusLabel, 0, 2);
    grid->addWidget(m_status, 0, 3);
    grid->addWidget(m_methodLabel, 1, 0);
    grid->addWidget(m_method, 1, 1);
    grid->addWidget(m_daysLabel, 1, 2);
    grid->addWidget(m_days, 1, 3);
    grid->addWidget(m_plannedLabel, 2, 0);
    grid->addLayout(dates(m_plannedStart, m_plannedEnd), 2, 1);
    grid->addWidget(m_actualLabel, 2, 2);
    grid->addLayout(dates(m_actualStart, m_actualEnd), 2, 3);
    grid->addWidget(m_shiftsLabel, 3, 0, Qt::AlignTop);
    grid->addWidget(m_shifts, 3, 1);
    grid->addWidget(m_teamLabel, 3, 2, Qt::AlignTop);
    auto *teamBox = new QVBoxLayout;
    teamBox->addWidget(m_team);
    auto *teamButtons = new QHBoxLayout;
    teamButtons->addWidget(m_addMember);
    teamButtons->addWidget(m_removeMember);
    teamButtons->addStretch();
    teamBox->addLayout(teamButtons);
    teamBox->addWidget(m_eligibility);
    grid->addLayout(teamBox, 3, 3, 2, 1);
    grid->addWidget(m_servicesLabel, 4, 0, Qt::AlignTop);
    grid->addWidget(m_services, 4, 1);
    grid->addWidget(m_sitesLabel, 5, 0, Qt::AlignTop);
    grid->addWidget(m_sites, 5, 1);
    grid->addWidget(m_allControls, 5, 3, Qt::AlignTop);
    grid->addWidget(m_notesLabel, 6, 0, Qt::AlignTop);
    grid->addWidget(m_notes, 6, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    // Findings (审核发现): nonconformities and observations, each edited in its dialog.
    m_findingsLabel = new QLabel;
    m_findings = new QTableWidget(0, 5);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findings->verticalHeader()->hide();
    m_findings->horizontalHeader()->setStretchLastSection(true);
    m_findings->setMinimumHeight(110);
    m_findingsLabel->setBuddy(m_findings);
    m_addFinding = new QPushButton;
    m_addFinding->setObjectName(QStringLiteral("addFinding"));
    m_editFinding = new QPushButton;
    m_editFinding->setObjectName(QStringLiteral("editFinding"));
    m_removeFinding = new QPushButton;
    m_removeFinding->setObjectName(QStringLiteral("removeFinding"));
    auto *findingButtons = new QHBoxLayout;
    findingButtons->addWidget(m_findingsLabel);
    findingButtons->addStretch();
    findingButtons->addWidget(m_addFinding);
    findingButtons->addWidget(m_editFinding);
    findingButtons->addWidget(m_removeFinding);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_problems);
    layout->addLayout(grid);
    layout->addLayout(findingButtons);
    layout->addWidget(m_findings);
    layout->addStretch();
    connect(m_addFinding, &QPushButton::clicked, this, [this] { editFinding(-1); });
    connect(m_editFinding, &QPushButton::clicked, this, [this] { editFinding(m_findings->currentRow()); });
    connect(m_removeFinding, &QPushButton::clicked, this, &AuditForm::removeFinding);
    connect(m_findings, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { editFinding(row); });

    for (QComboBox *box : {m_kind, m_status, m_method})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditForm::changed);
    for (OptionalDateEdit *edit : {m_plannedStart, m_plannedEnd, m_actualStart, m_actualEnd})
        connect(edit, &OptionalDateEdit::valueChanged, this, &AuditForm::changed);
    connect(m_days, &QDoubleSpinBox::valueChanged, this, &AuditForm::changed);
    connect(m_allControls, &QCheckBox::toggled, this, &AuditForm::changed);
    connect(m_shifts, &QTableWidget::itemChanged, this, &AuditForm::changed);
    connect(m_services, &QListWidget::itemChanged, this, &AuditForm::changed);
    connect(m_sites, &QListWidget::itemChanged, this, &AuditForm::changed);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &AuditForm::changed);
    connect(m_addMember, &QPushButton::clicked, this, [this] {
        addMember(0, m_team->rowCount() == 0 ? TeamMember::Role::Leader : TeamMember::Role::Member);
        changed();
        m_team->setFocus();
        m_team->setCurrentCell(m_team->rowCount() - 1, 0);
    });
    connect(m_removeMember, &QPushButton::clicked, this, [this] {
        const int row = m_team->currentRow();
        if (row < 0)
            return;
        m_team->removeRow(row);
        changed();
    });
    retranslate();
    clear();
}

void AuditForm::addMember(qint64 auditorId, TeamMember::Role role)
{
    const int row = m_team->rowCount();
    m_team->insertRow(row);
    auto *person = new QComboBox;
    person->addItem(tr("— choose —"), 0);
    for (const Auditor &a : std::as_const(m_auditors))
        if (a.active || a.id == auditorId)
            person->addItem(a.displayName(), a.id);
    person->setCurrentIndex(std::max(0, person->findData(auditorId)));
    auto *roleBox = new QComboBox;
    for (TeamMember::Role r : {TeamMember::Role::Leader, TeamMember::Role::Member, TeamMember::Role::Expert})
        roleBox->addItem(ProgrammeRules::roleLabel(r), int(r));
    roleBox->setCurrentIndex(roleBox->findData(int(role)));
    m_team->setCellWidget(row, 0, person);
    m_team->setCellWidget(row, 1, roleBox);
    m_team->setItem(row, 2, new QTableWidgetItem);
    m_team->item(row, 2)->setFlags(Qt::ItemIsEnabled);
    connect(person, &QComboBox::currentIndexChanged, this, &AuditForm::changed);
    connect(roleBox, &QComboBox::currentIndexChanged, this, &AuditForm::changed);
}

void AuditForm::setAudit(const Programme &programme, int index, const QList<Auditor> &auditors,
                         const RuleParameters &parameters)
{
    m_filling = true;
    m_programme = programme;
    m_auditors = auditors;
    m_parameters = parameters;
    m_index = index;
    m_audit = programme.audits.at(index);
    const ProgrammeAudit &a = m_audit;
    setEnabled(true);
    m_title->setText(ProgrammeRules::auditName(programme, index).replace(0, 1, ProgrammeRules::auditName(programme, index).at(0).toUpper()));
    m_kind->setCurrentIndex(m_kind->findData(int(a.kind)));
    m_status->setCurrentIndex(m_status->findData(int(a.status)));
    m_method->setCurrentIndex(m_method->findData(int(a.method)));
    m_plannedStart->setValue(a.plannedStart);
    m_plannedEnd->setValue(a.plannedEnd);
    m_actualStart->setValue(a.actualStart);
    m_actualEnd->setValue(a.actualEnd);
    m_days->setValue(a.days ? *a.days : -0.5);
    m_allControls->setChecked(a.allControls);
    m_shifts->setRowCount(0);
    for (const QString &s : programme.clientShifts) {
        const int row = m_shifts->rowCount();
        m_shifts->insertRow(row);
        auto *shift = new QTableWidgetItem(s);
        shift->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        shift->setCheckState(a.shifts.contains(s) ? Qt::Checked : Qt::Unchecked);
        m_shifts->setItem(row, 0, shift);
        m_shifts->setItem(row, 1, new QTableWidgetItem(a.shiftReasons.value(s)));
    }
    auto fillList = [](QListWidget *list, const QStringList &all, const QStringList &ticked, const QStringList &typical) {
        list->clear();
        for (const QString &s : all) {
            auto *item = new QListWidgetItem(typical.contains(s) ? QStringLiteral("%1 ★").arg(s) : s, list);
            item->setData(Qt::UserRole, s);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(ticked.contains(s) ? Qt::Checked : Qt::Unchecked);
        }
    };
    QStringList services, typical;
    for (const CloudService &s : programme.services) {
        services << s.name;
        if (s.typical)
            typical << s.name;
    }
    fillList(m_services, services, a.services, typical);
    fillList(m_sites, programme.clientSites, a.sites, {});
    m_team->setRowCount(0);
    for (const TeamMember &m : a.team)
        addMember(m.auditorId, m.role);
    m_notes->setPlainText(a.notes);
    showFindings();
    m_filling = false;
    updateEligibility();
}

void AuditForm::showFindings()
{
    m_findings->setRowCount(int(m_audit.findings.size()));
    for (int i = 0; i < m_audit.findings.size(); ++i) {
        const AuditFinding &f = m_audit.findings.at(i);
        const QDate due = FindingRules::deadline(f, m_parameters);
        const bool late = FindingRules::overdue(f, QDate::currentDate(), m_parameters);
        const QStringList cells{FindingRules::gradeLabel(f.grade), f.requirement, f.statement,
                                due.isValid() ? (late ? tr("⚠ %1 (overdue)").arg(DisplayFormat::date(due)) : DisplayFormat::date(due))
                                              : QString(),
                                f.verdict == AuditFinding::Verdict::Open
                                    ? FindingRules::verdictLabel(f.verdict, f.grade)
                                    : tr("%1, %2, %3").arg(FindingRules::verdictLabel(f.verdict, f.grade),
                                                           DisplayFormat::date(f.verifiedOn), f.verifierName)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (c == 3 && late)
                item->setForeground(QColor(0xb0, 0x1c, 0x1c));
            m_findings->setItem(i, c, item);
        }
    }
    m_findings->resizeColumnsToContents();
    const bool any = !m_audit.findings.isEmpty();
    m_editFinding->setEnabled(any && m_addFinding->isEnabled());
    m_removeFinding->setEnabled(any && m_addFinding->isEnabled());
}

bool AuditForm::editFinding(int row)
{
    if (m_index < 0 || !m_addFinding->isEnabled() || row >= m_audit.findings.size())
        return false;
    AuditFinding finding;
    if (row >= 0) {
        finding = m_audit.findings.at(row);
    } else {
        const ProgrammeAudit a = audit();
        finding.raisedOn = a.end();
    }
    QList<qint64> team;
    for (const TeamMember &m : audit().team)
        team << m.auditorId;
    FindingDialog dialog(finding, m_catalogue, m_auditors, team, m_parameters, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const AuditFinding edited = dialog.finding();
    if (row >= 0 && edited == m_audit.findings.at(row))
        return false;
    if (row >= 0)
        m_audit.findings[row] = edited;
    else
        m_audit.findings << edited;
    showFindings();
    m_findings->selectRow(row >= 0 ? row : int(m_audit.findings.size()) - 1);
    changed();
    return true;
}

void AuditForm::removeFinding()
{
    const int row = m_findings->currentRow();
    if (m_index < 0 || row < 0 || row >= m_audit.findings.size())
        return;
    const AuditFinding &f = m_audit.findings.at(row);
    if (QMessageBox::question(this, tr("Remove finding"),
                              tr("Remove the %1 against %2? Until the programme is saved, Ctrl+Z brings it back.")
                                  .arg(FindingRules::gradeLabel(f.grade).toLower(), f.requirement))
        != QMessageBox::Yes)
        return;
    m_audit.findings.removeAt(row);
    showFindings();
    changed();
}

void AuditForm::clear()
{
    m_filling = true;
    m_index = -1;
    m_title->setText(tr("Select an audit in the table or on the timeline, or add one."));
    m_shifts->setRowCount(0);
    m_services->clear();
    m_sites->clear();
    m_team->setRowCount(0);
    m_notes->clear();
    m_audit = ProgrammeAudit();
    m_findings->setRowCount(0);
    m_eligibility->clear();
    m_problems->hide();
    m_filling = false;
    for (QWidget *w : findChildren<QWidget *>())
        if (w != m_title)
            w->setEnabled(false);
}

void AuditForm::setReadOnly(bool readOnly)
{
    for (QWidget *w : findChildren<QWidget *>())
        if (w != m_title && w != m_eligibility && w != m_problems)
            w->setEnabled(!readOnly && m_index >= 0);
}

void AuditForm::setProblems(const QStringList &messages)
{
    m_problems->setText(messages.join(u'\n'));
    m_problems->setVisible(!messages.isEmpty());
}

ProgrammeAudit AuditForm::audit() const
{
    ProgrammeAudit a = m_audit;
    a.kind = ProgrammeAudit::Kind(m_kind->currentData().toInt());
    a.status = ProgrammeAudit::Status(m_status->currentData().toInt());
    a.method = ProgrammeAudit::Method(m_method->currentData().toInt());
    a.plannedStart = m_plannedStart->value();
    a.plannedEnd = m_plannedEnd->value();
    a.actualStart = m_actualStart->value();
    a.actualEnd = m_actualEnd->value();
    a.days = m_days->value() < 0 ? std::nullopt : std::optional<double>(m_days->value());
    a.allControls = m_allControls->isChecked();
    a.shifts.clear();
    a.shiftReasons.clear();
    for (int r = 0; r < m_shifts->rowCount(); ++r) {
        const QString name = m_shifts->item(r, 0)->text();
        if (m_shifts->item(r, 0)->checkState() == Qt::Checked)
            a.shifts << name;
        else if (m_shifts->item(r, 1) && !m_shifts->item(r, 1)->text().trimmed().isEmpty())
            a.shiftReasons.insert(name, m_shifts->item(r, 1)->text());
    }
    auto ticked = [](QListWidget *list) {
        QStringList names;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                names << list->item(i)->data(Qt::UserRole).toString();
        return names;
    };
    a.services = ticked(m_services);
    a.sites = ticked(m_sites);
    a.team.clear();
    for (int r = 0; r < m_team->rowCount(); ++r) {
        auto *person = qobject_cast<QComboBox *>(m_team->cellWidget(r, 0));
        auto *role = qobject_cast<QComboBox *>(m_team->cellWidget(r, 1));
        if (!person || person->currentData().toLongLong() <= 0)
            continue;
        a.team << TeamMember{person->currentData().toLongLong(), person->currentText(),
                             TeamMember::Role(role ? role->currentData().toInt() : 1)};
    }
    a.notes = m_notes->toPlainText();
    return a;
}

void AuditForm::updateEligibility()
{
    const ProgrammeAudit a = audit();
    QStringList lines;
    if (!a.start().isValid() || !a.end().isValid() || a.start() > a.end()) {
        m_eligibility->setText(tr("Enter the audit's dates to see who may work on it."));
        return;
    }
    const EligibilityRequest request{m_programme.clientId, m_programme.scopeClasses, a.start(), a.end(), {}};
    for (int r = 0; r < m_team->rowCount(); ++r) {
        auto *person = qobject_cast<QComboBox *>(m_team->cellWidget(r, 0));
        const qint64 id = person ? person->currentData().toLongLong() : 0;
        QString text;
        for (const Auditor &auditor : std::as_const(m_auditors)) {
            if (auditor.id != id)
                continue;
            const AuditorEligibility e = Eligibility::evaluate(auditor, request, m_parameters);
            QStringList reasons;
            for (const EligibilityReason &reason : e.reasons)
                if (reason.kind != EligibilityReason::CompetenceMissing)
                    reasons << reason.message;
            text = reasons.isEmpty() ? tr("✓ may work on this audit") : tr("✗ %1").arg(reasons.join(QStringLiteral(" ")));
            if (reasons.isEmpty())
                for (const QString &c : m_programme.scopeClasses)
                    if (const AuditorCompetence *k = auditor.competence(c); k && k->confirmedOn.isValid())
                        text += QStringLiteral(" · %1").arg(c);
        }
        if (QTableWidgetItem *item = m_team->item(r, 2)) {
            item->setText(text);
            item->setToolTip(text);
            item->setForeground(text.startsWith(QStringLiteral("✗")) ? QColor(0xb0, 0x1c, 0x1c) : QColor(0x1b, 0x6e, 0x20));
        }
    }
    if (!m_programme.scopeClasses.isEmpty())
        lines << tr("Scope classes the team covers together: %1").arg(m_programme.scopeClasses.join(tr(", ")));
    m_eligibility->setText(lines.join(u'\n'));
}

void AuditForm::changed()
{
    if (m_filling || m_index < 0)
        return;
    updateEligibility();
    emit edited();
}

void AuditForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditForm::retranslate()
{
    m_kindLabel->setText(tr("&Kind:"));
    m_statusLabel->setText(tr("Stat&us:"));
    m_methodLabel->setText(tr("&Method:"));
    m_plannedLabel->setText(tr("Pla&nned:"));
    m_actualLabel->setText(tr("Actua&l:"));
    m_daysLabel->setText(tr("Da&ys:"));
    m_shiftsLabel->setText(tr("Shifts &covered:"));
    m_servicesLabel->setText(tr("Services sampled:"));
    m_sitesLabel->setText(tr("Sites visited:"));
    m_teamLabel->setText(tr("&Team:"));
    m_notesLabel->setText(tr("Notes:"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, ProgrammeRules::kindLabel(ProgrammeAudit::Kind(m_kind->itemData(i).toInt())));
    for (int i = 0; i < m_status->count(); ++i) {
        const auto s = ProgrammeAudit::Status(m_status->itemData(i).toInt());
        m_status->setItemText(i, QStringLiteral("%1 %2").arg(ProgrammeAuditsModel::statusMark(s), ProgrammeRules::statusLabel(s)));
    }
    for (int i = 0; i < m_method->count(); ++i)
        m_method->setItemText(i, ProgrammeRules::methodLabel(ProgrammeAudit::Method(m_method->itemData(i).toInt())));
    m_days->setSpecialValueText(tr("not set"));
    m_days->setSuffix(tr(" days"));
    m_allControls->setText(tr("Covers the &whole catalogue"));
    m_shifts->setHorizontalHeaderLabels({tr("Shift covered"), tr("Reason when not covered")});
    m_team->setHorizontalHeaderLabels({tr("Person"), tr("Role"), tr("May work on it? (A-4.2, A-4.3)")});
    m_addMember->setText(tr("Add to team"));
    m_findingsLabel->setText(tr("Findings (nonconformities and observations):"));
    m_findings->setHorizontalHeaderLabels({tr("Grade"), tr("Requirement"), tr("Finding"), tr("Correction due"), tr("Verification")});
    m_addFinding->setText(tr("Add findin&g…"));
    m_editFinding->setText(tr("Edit finding…"));
    m_removeFinding->setText(tr("Remove finding"));
    m_removeMember->setText(tr("Remove from team"));
    m_services->setToolTip(tr("★ typical services (典型产品和服务): the initial and the recertification audit sample each one"));
}
