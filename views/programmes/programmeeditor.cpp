#include "programmes/programmeeditor.h"

#include "common/optionaldateedit.h"
#include "domain/displayformat.h"
#include "itemmodels/programmeauditsmodel.h"
#include "programmes/auditform.h"
#include "programmes/decisiondialog.h"
#include "programmes/timelinewidget.h"
#include "editing/edits.h"
#include "editing/session.h"
#include "repositories/auditorrepository.h"
#include "repositories/certificaterepository.h"
#include "repositories/parameterrepository.h"
#include "repositories/referencerepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using Kind = ProgrammeAudit::Kind;

ProgrammeEditor::ProgrammeEditor(QWidget *parent) : ProgrammeEditorBase(parent)
{
    m_client = new QLineEdit;
    m_client->setReadOnly(true);
    addField(QStringLiteral("client_id"), m_client, 0);
    m_contract = new QLineEdit;
    m_contract->setReadOnly(true);
    addField(QStringLiteral("contract_id"), m_contract, 0);
    m_cycle = new QComboBox;
    m_cycle->addItem(QString(), int(Programme::Cycle::Initial));
    m_cycle->addItem(QString(), int(Programme::Cycle::Recertification));
    addField(QStringLiteral("cycle"), m_cycle, 0);
    m_plannedDecision = new OptionalDateEdit;
    m_plannedDecision->setObjectName(QStringLiteral("plannedDecision"));
    addField(QStringLiteral("planned_decision_on"), m_plannedDecision, 1);
    m_decided = new OptionalDateEdit;
    m_decided->setOptional(true);
    m_decided->setEnabled(false);   // set by the decision record (Decide…)
    addField(QStringLiteral("decided_on"), m_decided, 1);
    auto *decision = new QWidget;
    auto *decisionLayout = new QHBoxLayout(decision);
    decisionLayout->setContentsMargins(0, 0, 0, 0);
    m_decision = new QLabel;
    m_decision->setObjectName(QStringLiteral("decisionText"));
    m_decision->setWordWrap(true);
    m_decide = new QPushButton;
    m_decide->setObjectName(QStringLiteral("decide"));
    decisionLayout->addWidget(m_decision, 1);
    decisionLayout->addWidget(m_decide);
    addField(QStringLiteral("decision"), decision, 1);
    connect(m_decide, &QPushButton::clicked, this, [this] { decide(); });
    m_expires = new OptionalDateEdit;
    m_expires->setOptional(true);
    addField(QStringLiteral("expires_on"), m_expires, 1);
    m_cycleDates = new QLabel;
    m_cycleDates->setObjectName(QStringLiteral("cycleDates"));
    m_cycleDates->setWordWrap(true);
    addField(QStringLiteral("cycle_dates"), m_cycleDates, 1);
    m_notes = new QPlainTextEdit;
    addNotesField(QStringLiteral("notes"), m_notes, 2);

    // Audits: timeline, table, the selected audit's form.
    auto *auditsPage = new QWidget;
    auto *buttons = new QHBoxLayout;
    m_propose = new QPushButton(auditsPage);
    m_propose->setObjectName(QStringLiteral("propose"));
    m_addAudit = new QToolButton(auditsPage);
    m_addAudit->setObjectName(QStringLiteral("addAudit"));
    m_addAudit->setPopupMode(QToolButton::InstantPopup);
    m_addAudit->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_addAudit);
    for (Kind k : ProgrammeRules::kinds())
        menu->addAction(QString())->setData(int(k));
    m_addAudit->setMenu(menu);
    connect(menu, &QMenu::triggered, this, [this](QAction *a) { addAudit(Kind(a->data().toInt())); });
    m_removeAudit = new QPushButton(auditsPage);
    m_removeAudit->setObjectName(QStringLiteral("removeAudit"));
    buttons->addWidget(m_propose);
    buttons->addWidget(m_addAudit);
    buttons->addWidget(m_removeAudit);
    buttons->addStretch();
    m_timeline = new TimelineWidget(auditsPage);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_auditsModel = new ProgrammeAuditsModel(this);
    m_auditsView = new QTableView;
    m_auditsView->setObjectName(QStringLiteral("audits"));
    m_auditsView->setModel(m_auditsModel);
    m_auditsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_auditsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_auditsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_auditsView->verticalHeader()->hide();
    m_auditsView->horizontalHeader()->setStretchLastSection(true);
    m_form = new AuditForm;
    m_form->setObjectName(QStringLiteral("auditForm"));
    auto *formScroll = new QScrollArea;
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("auditsSplitter"));
    split->addWidget(m_auditsView);
    split->addWidget(formScroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({170, 330});   // the table shows a cycle's five or six audits
    auto *auditsLayout = new QVBoxLayout(auditsPage);
    auditsLayout->addLayout(buttons);
    auditsLayout->addWidget(m_timeline);
    auditsLayout->addWidget(split, 1);
    tabs()->addTab(auditsPage, QString());

    // Coverage: controls × audits.
    auto *coveragePage = new QWidget;
    m_coverage = new CoverageModel(this);
    m_coverageView = new QTableView;
    m_coverageView->setObjectName(QStringLiteral("coverage"));
    m_coverageView->setModel(m_coverage);
    m_coverageView->verticalHeader()->hide();
    m_coverageView->horizontalHeader()->setStretchLastSection(true);
    m_uncoveredOnly = new QCheckBox;
    m_uncoveredOnly->setObjectName(QStringLiteral("uncoveredOnly"));
    m_coverageSummary = new QLabel;
    m_coverageSummary->setObjectName(QStringLiteral("coverageSummary"));
    auto *coverageTop = new QHBoxLayout;
    coverageTop->addWidget(m_coverageSummary, 1);
    coverageTop->addWidget(m_uncoveredOnly);
    auto *coverageLayout = new QVBoxLayout(coveragePage);
    coverageLayout->addLayout(coverageTop);
    coverageLayout->addWidget(m_coverageView, 1);
    tabs()->addTab(coveragePage, QString());
    connect(m_uncoveredOnly, &QCheckBox::toggled, this, &ProgrammeEditor::refreshViews);
    connect(m_coverage, &CoverageModel::toggled, this, [this](int audit, const QString &control, bool covered) {
        if (audit < 0 || audit >= m_audits.size())
            return;
        m_undo << m_audits;
        m_redo.clear();
        ProgrammeAudit &a = m_audits[audit];
        if (a.allControls && !covered) {
            a.allControls = false;
            a.controls = m_catalogue.ids;
        }
        if (covered)
            a.controls << control;
        else
            a.controls.removeAll(control);
        if (!a.allControls && ProgrammeRules::uncovered(Programme{.audits = {a}}, {0}, m_catalogue.ids).isEmpty()) {
            a.allControls = true;
            a.controls.clear();
        }
        fieldEdited(QStringLiteral("audits"));
    });

    // The rule check beside the tabs.
    auto *pane = new QWidget;
    m_checkTitle = new QLabel(pane);
    QFont bold = m_checkTitle->font();
    bold.setBold(true);
    m_checkTitle->setFont(bold);
    m_violations = new QListWidget(pane);
    m_violations->setObjectName(QStringLiteral("violations"));
    m_violations->setWordWrap(true);
    m_violations->setMinimumWidth(260);
    auto *paneLayout = new QVBoxLayout(pane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->addWidget(m_checkTitle);
    paneLayout->addWidget(m_violations, 1);
    setSidePane(pane);
    connect(m_violations, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_found.size() && m_found.at(row).audit >= 0)
            selectAudit(m_found.at(row).audit);
    });
    connect(m_violations, &QListWidget::itemActivated, this, [this](QListWidgetItem *) {
        const int row = m_violations->currentRow();
        if (row >= 0 && row < m_found.size() && m_found.at(row).audit >= 0) {
            tabs()->setCurrentIndex(AuditsTab);
            m_form->setFocus();
        }
    });

    connect(m_propose, &QPushButton::clicked, this, &ProgrammeEditor::propose);
    connect(m_removeAudit, &QPushButton::clicked, this, &ProgrammeEditor::removeSelectedAudit);
    connect(m_timeline, &TimelineWidget::auditSelected, this, &ProgrammeEditor::selectAudit);
    connect(m_timeline, &TimelineWidget::auditMoved, this, &ProgrammeEditor::moveAudit);
    connect(m_auditsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_filling && current.isValid())
                    selectAudit(current.row());
            });
    connect(m_form, &AuditForm::edited, this, &ProgrammeEditor::auditEdited);
    watchForUndo(auditsPage);
    watchForUndo(coveragePage);
    finishBuilding();
}

void ProgrammeEditor::watchForUndo(QWidget *root)
{
    root->installEventFilter(this);
    for (QWidget *w : root->findChildren<QWidget *>())
        w->installEventFilter(this);
}

bool ProgrammeEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Z / Ctrl+Shift+Z on the audits undo their unsaved edits; with none left the
    // keys reach Edit → Undo (the saved steps), as in every editor.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if ((undo && !m_undo.isEmpty()) || (redo && !m_redo.isEmpty())) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                undo ? undoAuditEdit() : redoAuditEdit();
            return true;
        }
    }
    return ProgrammeEditorBase::eventFilter(watched, event);
}

bool ProgrammeEditor::undoAuditEdit()
{
    if (m_undo.isEmpty())
        return false;
    m_redo << m_audits;
    const int selected = m_form->index();
    setAudits(m_undo.takeLast(), selected);
    return true;
}

bool ProgrammeEditor::redoAuditEdit()
{
    if (m_redo.isEmpty())
        return false;
    m_undo << m_audits;
    const int selected = m_form->index();
    setAudits(m_redo.takeLast(), selected);
    return true;
}

void ProgrammeEditor::setAudits(const QList<ProgrammeAudit> &audits, int select)
{
    m_audits = audits;
    fieldEdited(QStringLiteral("audits"));
    selectAudit(select < m_audits.size() ? select : int(m_audits.size()) - 1);
}

void ProgrammeEditor::loadReference()
{
    m_catalogue = {};
    m_auditors.clear();
    m_parameters = RuleParameters();
    QList<CoverageModel::ControlRow> rows;
    if (Database *db = database()) {
        try {
            m_catalogue = ProgrammeRepository(*db).catalogue();
            m_form->setCatalogue(m_catalogue.ids);
            m_auditors = AuditorRepository(*db).loadAll();
            m_parameters = ParameterRepository(*db).load();
            for (const Control &c : ReferenceRepository(*db).controls())
                if (c.active)
                    rows << CoverageModel::ControlRow{c.code, c.clause, ReferenceData::displayTitle(c)};
        } catch (const SqlError &e) {
            showStatus(texts().readFailed.arg(e.message()), true);
        }
    }
    m_coverage->setCatalogue(rows);
    m_context = ProgrammeCheckContext(m_catalogue, m_auditors, m_parameters);
}

void ProgrammeEditor::sessionChanged() { loadReference(); }

void ProgrammeEditor::showFields(const Programme &p)
{
    m_filling = true;
    loadReference();
    m_client->setText(p.clientName);
    QString contract;
    if (Database *db = database())
        try {
            contract = db->scalar(QStringLiteral("SELECT number FROM contracts WHERE id = ?"), {p.contractId}).toString();
        } catch (const SqlError &) {
        }
    m_contract->setText(p.contractSignedOn.isValid() ? tr("%1, signed on %2").arg(contract, DisplayFormat::date(p.contractSignedOn))
                                                     : contract);
    m_cycle->setCurrentIndex(m_cycle->findData(int(p.cycle)));
    m_plannedDecision->setValue(p.plannedDecision);
    m_decided->setValue(p.actualDecision);
    m_expires->setValue(p.expiry);
    m_notes->setPlainText(p.notes);
    showDecision();
    m_audits = p.audits;
    m_undo.clear();
    m_redo.clear();
    m_filling = false;
    m_form->clear();
    m_timeline->setSelected(-1);
}

Programme ProgrammeEditor::readFields(Programme p) const
{
    p.cycle = Programme::Cycle(m_cycle->currentData().toInt());
    p.plannedDecision = m_plannedDecision->value();
    p.actualDecision = m_decided->value();
    p.expiry = m_expires->value();
    p.notes = m_notes->toPlainText();
    p.audits = m_audits;
    return p;
}

void ProgrammeEditor::showDecision()
{
    if (!m_decision)
        return;
    std::optional<CertificationDecision> decision;
    QString certificate;
    Database *db = database();
    if (db && hasRecord() && recordId() > 0)
        try {
            CertificateRepository repository(*db);
            decision = repository.decisionOf(recordId());
            if (const qint64 id = repository.ofProgramme(recordId()))
                certificate = db->scalar(QStringLiteral("SELECT number FROM certificates WHERE id = ?"), {id}).toString();
        } catch (const SqlError &) {
        }
    if (decision)
        m_decision->setText(certificate.isEmpty()
                                ? tr("%1 on %2 by %3.").arg(CertificateRules::outcomeLabel(decision->outcome),
                                                            DisplayFormat::date(decision->decidedOn), decision->deciderName)
                                : tr("%1 on %2 by %3; certificate %4.")
                                      .arg(CertificateRules::outcomeLabel(decision->outcome),
                                           DisplayFormat::date(decision->decidedOn), decision->deciderName, certificate));
    else
        m_decision->setText(hasRecord() ? tr("Not decided yet.") : QString());
    const bool canAsk = hasRecord() && recordId() > 0 && !decision && session() && session()->hasUser();
    m_decide->setEnabled(canAsk);
}

bool ProgrammeEditor::decide()
{
    Session *s = session();
    if (!s || !hasRecord() || recordId() <= 0 || !s->user())
        return false;
    if (isModified() && !maybeSave())
        return false;
    Database &db = s->database();
    const qint64 id = recordId();
    const QDate today = QDate::currentDate();
    DecisionBasis basis;
    try {
        basis = CertificateRepository(db).basis(id, *s->user(), today);
    } catch (const SqlError &e) {
        QMessageBox::warning(this, tr("Certification decision"), e.explanation());
        return false;
    }
    DecisionDialog dialog(basis, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const CertificationDecision decision = dialog.decision();
    const User user = *s->user();
    const WriteResult result = s->edits().record([&] { return CertificateRepository(db).decide(decision, user, today); });
    if (!result) {
        QMessageBox::warning(this, tr("Certification decision"), result.message);
        return false;
    }
    recordChanged(id);
    showDecision();
    return true;
}

void ProgrammeEditor::clearFields()
{
    m_audits.clear();
    m_undo.clear();
    m_redo.clear();
    m_found.clear();
    m_form->clear();
    m_violations->clear();
    m_auditsModel->setProgramme(Programme(), {}, 0);
    m_coverage->setProgramme(Programme());
    m_timeline->setTimeline(ProgrammeTimeline());
}

QString ProgrammeEditor::nameOf(const Programme &p) const
{
    if (p.clientName.isEmpty())
        return {};
    return tr("%1, %2").arg(p.clientName, ProgrammeRules::cycleLabel(p.cycle));
}

QString ProgrammeEditor::storedTitle() const { return tr("Audit programme: %1").arg(nameOf(stored())); }

RecordEditor::Texts ProgrammeEditor::texts() const
{
    return {
        tr("Select a programme in the list to see it here, or make one from a signed contract with New programme."),
        tr("No audit programmes yet. A programme is made from a signed contract: choose New programme."),
        tr("New programme"),
        tr("new programme"),
        tr("Save the programme (Ctrl+S)"),
        tr("The programme “%1” has changes that are not saved yet. Save them?"),
        tr("Add programme “%1”"),
        tr("Edit programme “%1”"),
        tr("The programme could not be read: %1"),
    };
}

void ProgrammeEditor::retranslateFields()
{
    setLabelText(QStringLiteral("client_id"), tr("Client:"));
    setLabelText(QStringLiteral("contract_id"), tr("Contract:"));
    setLabelText(QStringLiteral("cycle"), tr("C&ycle:"));
    setLabelText(QStringLiteral("planned_decision_on"), tr("Decision p&lanned:"));
    setLabelText(QStringLiteral("decided_on"), tr("Decision recorded:"));
    setLabelText(QStringLiteral("decision"), tr("Certification decision:"));
    m_decide->setText(tr("Dec&ide…"));
    m_decide->setToolTip(tr("Take the certification decision on this cycle (decision-makers not on an audit team of it)"));
    showDecision();
    setLabelText(QStringLiteral("expires_on"), tr("E&xpiry:"));
    setLabelText(QStringLiteral("cycle_dates"), tr("Cycle runs:"));
    setLabelText(QStringLiteral("notes"), tr("&Notes:"));
    m_cycle->setItemText(0, ProgrammeRules::cycleLabel(Programme::Cycle::Initial));
    m_cycle->setItemText(1, ProgrammeRules::cycleLabel(Programme::Cycle::Recertification));
    m_expires->setToolTip(tr("Empty: the decision plus the cycle's years, less a day (RULES.md); a recertification "
                             "decided before the expiry continues from the expiry."));
    m_decided->setToolTip(tr("The date the certification decision was taken; until then the planned date counts."));
    m_propose->setText(tr("Pr&opose audits"));
    m_propose->setToolTip(tr("Adds the audits this programme lacks, with dates, shifts, services, sites and controls "
                             "that pass every rule; the audits already here are kept."));
    m_addAudit->setText(tr("&Add audit"));
    const QList<QAction *> actions = m_addAudit->menu()->actions();
    for (QAction *a : actions)
        a->setText(ProgrammeRules::kindLabel(Kind(a->data().toInt())));
    m_removeAudit->setText(tr("Remove aud&it"));
    m_uncoveredOnly->setText(tr("Only controls not &covered"));
    m_checkTitle->setText(tr("Rule check (RULES.md 5.4, A-4.2)"));
    m_timeline->setToolTip(QString());
    m_timeline->setAccessibleName(tr("Timeline of the cycle"));
    refreshViews();
}

QString ProgrammeEditor::ownTabTitle(int tab) const
{
    switch (tab) {
    case AuditsTab: return tr("Audits (%1)").arg(m_audits.size());
    case CoverageTab: {
        const int n = m_coverage->uncoveredCount();
        return n ? tr("Coverage (%1 not covered)").arg(n) : tr("Coverage");
    }
    }
    return {};
}

void ProgrammeEditor::stateUpdated()
{
    if (m_filling)
        return;
    refreshViews();
}

void ProgrammeEditor::refreshViews()
{
    if (!hasRecord()) {
        m_violations->clear();
        return;
    }
    const Programme p = current();
    m_found = ProgrammeRepository::check(p, m_context);
    m_filling = true;
    const int selected = m_form->index();
    const bool rowsChanged = m_auditsModel->rowCount() != p.audits.size();
    m_auditsModel->setProgramme(p, m_found, int(m_catalogue.ids.size()));
    if (rowsChanged)
        m_auditsView->resizeColumnsToContents();
    const bool columnsChanged = m_coverage->columnCount() != p.audits.size() + 2;
    m_coverage->setProgramme(p);
    m_coverage->setReadOnly(isReadOnly());
    if (columnsChanged)
        m_coverageView->resizeColumnsToContents();
    for (int r = 0; r < m_coverage->rowCount(); ++r)
        m_coverageView->setRowHidden(r, m_uncoveredOnly->isChecked() && m_coverage->missing(r).isEmpty());
    const int uncovered = m_coverage->uncoveredCount();
    m_coverageSummary->setText(uncovered ? tr("✗ %n control(s) not covered where the rules ask for them (P-5.4.1.3).", nullptr, uncovered)
                                         : tr("✓ Every control is covered at stage 1 and 2, by the surveillances "
                                              "together and at the recertification (P-5.4.1.3)."));
    ProgrammeTimeline t = ProgrammeTimeline::of(p, m_found, m_parameters);
    t.selected = selected;
    m_timeline->setTimeline(t);
    m_timeline->setSelected(selected);
    m_timeline->setReadOnly(isReadOnly());
    if (selected >= 0 && selected < m_auditsModel->rowCount())
        m_auditsView->selectRow(selected);
    m_filling = false;

    const int row = m_violations->currentRow();
    m_violations->clear();
    int errors = 0;
    for (const ProgrammeViolation &v : std::as_const(m_found)) {
        const bool error = v.finding.severity == RuleFinding::Error;
        errors += error;
        auto *item = new QListWidgetItem(QStringLiteral("%1 %2").arg(error ? QStringLiteral("✗") : QStringLiteral("⚠"),
                                                                    v.finding.message),
                                         m_violations);
        item->setData(Qt::UserRole, v.finding.rule);
        item->setForeground(error ? QColor(0xb0, 0x1c, 0x1c) : QColor(0x8a, 0x5a, 0x00));
    }
    if (m_found.isEmpty())
        new QListWidgetItem(tr("✓ The programme passes every rule."), m_violations);
    m_violations->blockSignals(true);
    m_violations->setCurrentRow(std::min(row, m_violations->count() - 1));
    m_violations->blockSignals(false);
    m_checkTitle->setText(tr("Rule check: %n error(s)", nullptr, errors)
                          + tr(", %n warning(s)", nullptr, int(m_found.size()) - errors));

    const QDate D = p.decisionDate(), E = p.expiryDate(m_parameters.cycleYears());
    m_cycleDates->setText(D.isValid() ? tr("%1 to %2").arg(DisplayFormat::date(D), DisplayFormat::date(E)) : QString());
    m_propose->setEnabled(!isReadOnly() && D.isValid());
    m_addAudit->setEnabled(!isReadOnly());
    m_removeAudit->setEnabled(!isReadOnly() && selected >= 0);
    if (selected >= 0)
        m_form->setProblems(problemsOf(selected));
    m_form->setReadOnly(isReadOnly());
}

QStringList ProgrammeEditor::problemsOf(int audit) const
{
    // What the frame shows under the fields, for the selected audit's form (the rules' own
    // checks, without reading the database again).
    QStringList problems;
    const QString prefix = QStringLiteral("audits[%1]").arg(audit);
    for (const FieldProblem &f : ProgrammeRules::validate(current()))
        if (f.field.startsWith(prefix))
            problems << f.message;
    return problems;
}

void ProgrammeEditor::selectAudit(int index)
{
    if (index < 0 || index >= m_audits.size()) {
        m_form->clear();
        m_timeline->setSelected(-1);
        return;
    }
    m_filling = true;
    m_form->setAudit(current(), index, m_auditors, m_parameters);
    m_timeline->setSelected(index);
    m_auditsView->selectRow(index);
    m_filling = false;
    m_form->setReadOnly(isReadOnly());
    m_removeAudit->setEnabled(!isReadOnly());
    m_form->setProblems(problemsOf(index));
}

void ProgrammeEditor::auditEdited()
{
    const int index = m_form->index();
    if (m_filling || index < 0 || index >= m_audits.size())
        return;
    const ProgrammeAudit edited = m_form->audit();
    if (edited == m_audits.at(index))
        return;
    m_undo << m_audits;
    m_redo.clear();
    m_audits[index] = edited;
    fieldEdited(QStringLiteral("audits"));
}

void ProgrammeEditor::moveAudit(int index, int days)
{
    if (index < 0 || index >= m_audits.size() || days == 0 || isReadOnly())
        return;
    m_undo << m_audits;
    m_redo.clear();
    ProgrammeAudit &a = m_audits[index];
    if (a.actualEnd.isValid()) {
        a.actualStart = a.actualStart.addDays(days);
        a.actualEnd = a.actualEnd.addDays(days);
    } else {
        a.plannedStart = a.plannedStart.addDays(days);
        a.plannedEnd = a.plannedEnd.addDays(days);
    }
    fieldEdited(QStringLiteral("audits"));
    selectAudit(index);
}

void ProgrammeEditor::propose()
{
    if (!hasRecord() || isReadOnly())
        return;
    const Programme proposed = ProgrammePlanner::propose(current(), m_catalogue, m_parameters);
    if (proposed.audits.size() == m_audits.size()) {
        showStatus(tr("Nothing to add: the programme has every audit the rules ask for."), false);
        return;
    }
    const int added = int(proposed.audits.size() - m_audits.size());
    m_undo << m_audits;
    m_redo.clear();
    setAudits(proposed.audits, -1);
    showStatus(tr("%n audit(s) proposed; check them, then save (Ctrl+S). Ctrl+Z takes them back.", nullptr, added), false);
}

void ProgrammeEditor::addAudit(Kind kind)
{
    if (!hasRecord() || isReadOnly())
        return;
    const Programme p = current();
    const QDate D = p.decisionDate().isValid() ? p.decisionDate() : QDate::currentDate();
    ProgrammeAudit a;
    a.kind = kind;
    QDate start;
    switch (kind) {
    case Kind::Stage1: start = D.addDays(-60); break;
    case Kind::Stage2: start = D.addDays(-30); break;
    case Kind::Surveillance: {
        start = D.addMonths(11);
        for (const ProgrammeAudit &x : p.audits)
            if (x.kind == Kind::Surveillance && x.counts() && x.end().isValid())
                start = std::max(start, x.end().addMonths(12));
        break;
    }
    case Kind::Recertification: start = p.expiryDate(m_parameters.cycleYears()).addDays(-90); break;
    case Kind::Special: start = QDate::currentDate(); break;
    }
    a.plannedStart = start;
    a.plannedEnd = start.addDays(1);
    a.days = p.reviewDays.forKind(kind);
    a.shifts = p.clientShifts;
    a.allControls = kind != Kind::Surveillance && kind != Kind::Special;
    m_undo << m_audits;
    m_redo.clear();
    QList<ProgrammeAudit> audits = m_audits;
    audits << a;
    setAudits(audits, int(audits.size()) - 1);
    tabs()->setCurrentIndex(AuditsTab);
    m_form->plannedStart()->setFocus();
}

void ProgrammeEditor::removeSelectedAudit()
{
    const int index = m_form->index();
    if (index < 0 || index >= m_audits.size() || isReadOnly())
        return;
    if (m_audits.at(index).status == ProgrammeAudit::Status::Done) {
        QMessageBox::information(this, tr("Remove audit"),
                                 tr("A done audit is a record and stays. An audit that will not take place is set to "
                                    "Cancelled instead."));
        return;
    }
    if (QMessageBox::question(this, tr("Remove audit"),
                              tr("Remove %1 from the programme?\n\nCtrl+Z brings it back until you save.")
                                  .arg(ProgrammeRules::auditName(current(), index)))
        != QMessageBox::Yes)
        return;
    m_undo << m_audits;
    m_redo.clear();
    QList<ProgrammeAudit> audits = m_audits;
    audits.removeAt(index);
    setAudits(audits, std::min(index, int(audits.size()) - 1));
}
