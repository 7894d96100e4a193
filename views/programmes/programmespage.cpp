#include "programmes/programmespage.h"

#include "common/optionaldateedit.h"
#include "domain/displayformat.h"
#include "editing/changeset.h"
#include "itemmodels/programmelistmodel.h"
#include "programmes/programmeeditor.h"
#include "repositories/programmerepository.h"
#include "reports/programmereport.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

#include <memory>

ProgrammesPage::ProgrammesPage(QWidget *parent) : RecordListPage(new ProgrammeListModel, new ProgrammeEditor, parent)
{
    setObjectName(QStringLiteral("programmesPage"));
    view()->setObjectName(QStringLiteral("programmeTable"));
    splitter()->setObjectName(QStringLiteral("programmesSplitter"));
    recordEditor()->setObjectName(QStringLiteral("programmeEditor"));
    view()->horizontalHeader()->setStretchLastSection(true);
    m_newProgramme = new QAction(this);
    m_newProgramme->setObjectName(QStringLiteral("newProgramme"));
    connect(m_newProgramme, &QAction::triggered, this, [this] { askNewProgramme(); });
    addActionButton(m_newProgramme);
    finishBuilding();
    newAction()->setVisible(false);   // made from a signed contract: New programme…
    // The programme needs the room: a short list above it (the layout saved later wins).
    splitter()->setStretchFactor(0, 1);
    splitter()->setStretchFactor(1, 4);
    splitter()->setSizes({180, 820});
}

QString ProgrammesPage::title() const { return tr("Programmes"); }

QString ProgrammesPage::description() const
{
    return tr("Three-year audit programmes: the cycle's audits, their windows, teams and coverage, checked against the rules");
}

ProgrammeEditor *ProgrammesPage::editor() const { return static_cast<ProgrammeEditor *>(recordEditor()); }

ProgrammeListModel *ProgrammesPage::model() const { return static_cast<ProgrammeListModel *>(listModel()); }

void ProgrammesPage::setSession(Session *session)
{
    RecordListPage::setSession(session);
    if (!session)
        return;
    // A change of an audit's team, shifts, services or sites names its audit, not the
    // programme: the open programme follows it all the same.
    connect(session, &Session::changed, this, [this](const QList<RecordRef> &records) {
        const QStringList tables = ProgrammeRepository::tables().mid(2);
        for (const RecordRef &ref : records)
            if (tables.contains(ref.table) && editor()->hasRecord()) {
                editor()->recordChanged(editor()->recordId());
                return;
            }
    });
}

bool ProgrammesPage::openRecord(const RecordRef &record)
{
    if (record.table == ProgrammeRepository::rootTable())
        model()->refresh();
    return RecordListPage::openRecord(record);
}

bool ProgrammesPage::newRecordFor(const QString &table, qint64 clientId)
{
    if (table != ProgrammeRepository::rootTable())
        return false;
    askNewProgramme(clientId);
    return true;
}

bool ProgrammesPage::createProgramme(qint64 contractId, const QDate &plannedDecision)
{
    auto made = std::make_shared<qint64>(0);
    const bool ok = write(tr("New programme"),
                          [](const Texts &) { return ProgrammesPage::tr("New audit programme"); },
                          [contractId, plannedDecision, made](Database &db) {
                              WriteResult r = ProgrammeRepository(db).create(contractId, plannedDecision);
                              *made = r.id;
                              return r;
                          });
    if (ok && *made > 0) {
        refreshList();
        openStored(*made);
    }
    return ok;
}

void ProgrammesPage::askNewProgramme(qint64 clientId)
{
    if (!session() || !canWrite() || !editor()->maybeSave())
        return;
    QList<ProgrammeSource> sources;
    try {
        sources = ProgrammeRepository(session()->database()).sources();
    } catch (const SqlError &e) {
        QMessageBox::warning(this, tr("New programme"), e.message());
        return;
    }
    if (clientId > 0) {
        QList<ProgrammeSource> own;
        for (const ProgrammeSource &s : sources)
            if (s.clientId == clientId)
                own << s;
        sources = own;
    }
    if (sources.isEmpty()) {
        QMessageBox::information(this, tr("New programme"),
                                 tr("There is no signed contract without a programme. A programme is made from a "
                                    "signed contract: sign one on the Contracts page first."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New audit programme"));
    auto *contract = new QComboBox(&dialog);
    contract->setObjectName(QStringLiteral("sourceContract"));
    for (const ProgrammeSource &s : sources)
        contract->addItem(tr("%1 — %2 (signed %3, %4)")
                              .arg(s.contractNumber, s.clientName, DisplayFormat::date(s.signedOn), ProgrammeRules::cycleLabel(s.cycle)),
                          s.contractId);
    auto *decision = new OptionalDateEdit(&dialog);
    decision->setObjectName(QStringLiteral("plannedDecision"));
    auto follow = [&] {
        const int i = contract->currentIndex();
        if (i >= 0)
            decision->setValue(std::max(sources.at(i).signedOn, QDate::currentDate()).addDays(90));
    };
    follow();
    QObject::connect(contract, &QComboBox::currentIndexChanged, &dialog, follow);
    auto *form = new QFormLayout(&dialog);
    auto *contractLabel = new QLabel(tr("Signed &contract:"), &dialog);
    contractLabel->setBuddy(contract);
    auto *decisionLabel = new QLabel(tr("Certification decision &planned on:"), &dialog);
    decisionLabel->setBuddy(decision);
    form->addRow(contractLabel, contract);
    form->addRow(decisionLabel, decision);
    auto *hint = new QLabel(tr("Then choose Propose audits: stage 1 and stage 2 before the decision, the surveillances "
                               "and the recertification after it, within the rules."),
                            &dialog);
    hint->setWordWrap(true);
    form->addRow(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    createProgramme(contract->currentData().toLongLong(), decision->value());
}

QStringList ProgrammesPage::recordTables() const { return ProgrammeRepository::tables(); }

QStringList ProgrammesPage::listedTables() const { return ProgrammeRepository::tables() + ProgrammeRepository::readTables(); }

RecordListPage::Texts ProgrammesPage::texts() const
{
    Texts t;
    t.filterPlaceholder = tr("Filter by client or contract (Ctrl+F)");
    t.filterToolTip = tr("Every word typed must appear in the client's name or the contract's number.");
    t.newText = tr("New programme");
    t.newToolTip = tr("A programme is made from a signed contract");
    t.deleteToolTip = tr("Delete the selected programme (only while none of its audits is done)");
    t.deleteTitle = tr("Delete programme");
    t.cannotDelete = tr("“%1” cannot be deleted: %2");
    t.confirmDelete = tr("Delete the programme “%1” with its audits?\n\nYou can bring it back with Edit → Undo.");
    t.deleteStep = tr("Delete programme “%1”");
    return t;
}

QString ProgrammesPage::rowCountText(int rows) const { return tr("%Ln programme(s)", nullptr, rows); }

std::optional<RecordListPage::Removal> ProgrammesPage::removal(Database &db, qint64 id) const
{
    const std::optional<Programme> p = ProgrammeRepository(db).load(id);
    if (!p)
        return std::nullopt;
    QStringList dependents;
    for (const ProgrammeAudit &a : p->audits)
        if (a.status == ProgrammeAudit::Status::Done) {
            dependents << tr("an audit of it is done, so it is a record; cancel the audits that will not take place");
            break;
        }
    return Removal{tr("%1, %2").arg(p->clientName, ProgrammeRules::cycleLabel(p->cycle)), dependents, false};
}

WriteResult ProgrammesPage::remove(Database &db, qint64 id) const { return ProgrammeRepository(db).remove(id); }

qint64 ProgrammesPage::storedCount(Database &db) const { return ProgrammeRepository(db).count(); }

void ProgrammesPage::updateOwnActions() { m_newProgramme->setEnabled(canWrite()); }

void ProgrammesPage::retranslateOwn()
{
    m_newProgramme->setText(tr("&New programme…"));
    m_newProgramme->setToolTip(tr("Make the audit programme of a signed contract"));
}

PageReport ProgrammesPage::report() const
{
    return recordReport(tr("audit-programme-%1.pdf"), [](Database &db, qint64 id, ReportLanguage::Mode mode, QString *error) {
        const std::optional<ProgrammeReportData> data = ProgrammeReportData::readProgramme(db, id, error);
        return data ? ProgrammeReport::build(*data, mode) : ReportDocument();
    });
}
