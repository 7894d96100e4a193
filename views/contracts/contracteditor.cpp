#include "contracts/contracteditor.h"

#include "common/subrecordtable.h"
#include "domain/displayformat.h"
#include "editing/edits.h"
#include "editing/session.h"
#include "repositories/applicationrepository.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include "common/optionaldateedit.h"

namespace {


// Amounts typed as the user writes them ("12,345.60", "¥8000"), kept as typed until saved.
QString amountCell(qint64 fen)
{
    return QLocale().toString(double(fen) / 100.0, 'f', 2);
}

} // namespace

ContractEditor::ContractEditor(QWidget *parent) : ContractEditorBase(parent)
{
    auto *number = new QLineEdit;
    number->setReadOnly(true);
    addField(QStringLiteral("number"), number, 0);
    m_application = new QLabel;
    m_application->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addField(QStringLiteral("application_id"), m_application, 0);
    addField(QStringLiteral("client_party"), new QLineEdit, 0);
    addField(QStringLiteral("body_party"), new QLineEdit, 0);
    m_statusText = new QLabel;
    m_statusText->setObjectName(QStringLiteral("statusText"));
    QFont bold = m_statusText->font();
    bold.setBold(true);
    m_statusText->setFont(bold);
    addField(QStringLiteral("status"), m_statusText, 1);
    m_figures = new QLabel;
    m_figures->setObjectName(QStringLiteral("figures"));
    m_figures->setWordWrap(true);
    addField(QStringLiteral("figures"), m_figures, 1);
    m_notes = new QPlainTextEdit;
    addNotesField(QStringLiteral("notes"), m_notes, 2);

    auto *feesTab = new QWidget;
    m_fees = new SubRecordTable(2, feesTab);
    m_fees->setColumnWidthsInCharacters({20, 10});
    m_total = new QLabel(feesTab);
    m_total->setObjectName(QStringLiteral("total"));
    m_total->setContentsMargins(9, 0, 9, 9);
    auto *feesLayout = new QVBoxLayout(feesTab);
    feesLayout->setContentsMargins(0, 0, 0, 0);
    feesLayout->addWidget(m_fees, 1);
    feesLayout->addWidget(m_total);
    addSubRecordTab(QStringLiteral("fees"), m_fees, feesTab);

    m_duties = new QListWidget;
    m_duties->setObjectName(QStringLiteral("duties"));
    m_duties->setWordWrap(true);
    for (const ContractDuty &d : ContractDuties::shipped()) {
        auto *item = new QListWidgetItem(m_duties);
        item->setData(Qt::UserRole, d.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    tabs()->addTab(m_duties, QString());
    connect(m_duties, &QListWidget::itemChanged, this, [this] { fieldEdited(QStringLiteral("duties")); });

    auto *pane = new QWidget;
    m_sign = new QPushButton(pane);
    m_sign->setObjectName(QStringLiteral("sign"));
    m_terminate = new QPushButton(pane);
    m_terminate->setObjectName(QStringLiteral("terminate"));
    m_amend = new QPushButton(pane);
    m_amend->setObjectName(QStringLiteral("amend"));
    auto *paneLayout = new QVBoxLayout(pane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->addWidget(m_sign);
    paneLayout->addWidget(m_terminate);
    paneLayout->addWidget(m_amend);
    paneLayout->addStretch();
    setSidePane(pane);
    connect(m_sign, &QPushButton::clicked, this, &ContractEditor::askSign);
    connect(m_terminate, &QPushButton::clicked, this, &ContractEditor::askTerminate);
    connect(m_amend, &QPushButton::clicked, this, &ContractEditor::amend);
    finishBuilding();
}

RecordEditor::Texts ContractEditor::texts() const
{
    return {
        tr("Select a contract in the list to see it here. A contract is made from an accepted review: Make the "
           "contract on the Reviews page."),
        tr("No contracts yet. Finalise a review that accepts an application, then choose Make the contract."),
        tr("New contract"),
        tr("new contract"),
        tr("Save the contract (Ctrl+S)"),
        tr("The contract “%1” has changes that are not saved yet. Save them?"),
        tr("Add contract “%1”"),
        tr("Edit contract “%1”"),
        tr("The contract could not be read: %1"),
    };
}

void ContractEditor::retranslateFields()
{
    setLabelText(QStringLiteral("number"), tr("Number:"));
    setLabelText(QStringLiteral("application_id"), tr("Application:"));
    setLabelText(QStringLiteral("client_party"), tr("&Client (party):"));
    setLabelText(QStringLiteral("body_party"), tr("Certification &body (party):"));
    setLabelText(QStringLiteral("status"), tr("Status:"));
    setLabelText(QStringLiteral("figures"), tr("Audit time (from the review):"));
    setLabelText(QStringLiteral("notes"), tr("Remar&ks:"));
    field<QLineEdit>(QStringLiteral("body_party"))->setPlaceholderText(tr("The body's name (Settings → Numbering holds the usual one)"));
    m_fees->setHeaders({tr("Fee item"), tr("Amount (CNY)")});
    m_fees->setButtonTexts(tr("Add fee item"), tr("Remove fee item"));
    m_fees->table()->horizontalHeaderItem(1)->setToolTip(tr("In yuan, e.g. 36,000.00"));
    for (int i = 0; i < m_duties->count(); ++i) {
        const QString code = m_duties->item(i)->data(Qt::UserRole).toString();
        for (const ContractDuty &d : ContractDuties::shipped())
            if (d.code == code)
                m_duties->item(i)->setText(QStringLiteral("%1 %2 — %3")
                                               .arg(code, d.party == QLatin1String("body") ? tr("The body:") : tr("The client:"), d.text()));
    }
    m_sign->setText(tr("Sign the contract…"));
    m_sign->setToolTip(tr("Records the signing date; the contract is read only from then on"));
    m_terminate->setText(tr("Terminate…"));
    m_amend->setText(tr("Amend: new version"));
    m_amend->setToolTip(tr("A signed contract is changed by an amendment: a new version naming this one"));
}

QString ContractEditor::ownTabTitle(int tab) const
{
    switch (tab) {
    case FeesTab: return tr("Fees (%1)").arg(m_fees->table()->rowCount());
    case DutiesTab: {
        int ticked = 0;
        for (int i = 0; i < m_duties->count(); ++i)
            ticked += m_duties->item(i)->checkState() == Qt::Checked ? 1 : 0;
        return tr("Duties (%1 of %2)").arg(ticked).arg(m_duties->count());
    }
    }
    return {};
}

QString ContractEditor::storedTitle() const
{
    return tr("Contract %1 v%2 — %3 (%4)").arg(stored().number).arg(stored().version).arg(m_applicationText,
                                                                                          ContractRules::statusText(stored().status));
}

QString ContractEditor::nameOf(const Contract &contract) const
{
    return contract.version > 1 ? QStringLiteral("%1 v%2").arg(contract.number).arg(contract.version) : contract.number;
}

QString ContractEditor::subRecordProblemText(const FieldProblem &problem) const
{
    return tr("Row %1: %2").arg(rowOfField(problem.field) + 1).arg(problem.message);
}

void ContractEditor::showFields(const Contract &c)
{
    m_applicationText.clear();
    if (Database *db = database()) {
        try {
            if (const std::optional<Application> a = ApplicationRepository(*db).load(c.applicationId))
                m_applicationText = QStringLiteral("%1 %2").arg(
                    a->number, db->scalar(QStringLiteral("SELECT name_zh FROM clients WHERE id = ?"), {a->clientId}).toString());
        } catch (const SqlError &) {
        }
    }
    m_application->setText(m_applicationText);
    field<QLineEdit>(QStringLiteral("number"))->setText(c.version > 1 ? tr("%1, version %2").arg(c.number).arg(c.version) : c.number);
    field<QLineEdit>(QStringLiteral("client_party"))->setText(c.clientParty);
    field<QLineEdit>(QStringLiteral("body_party"))->setText(c.bodyParty);
    QString status = ContractRules::statusText(c.status);
    if (c.signedOn.isValid())
        status = tr("%1 on %2").arg(status, DisplayFormat::date(c.signedOn));
    if (c.terminatedOn.isValid())
        status += tr("; terminated on %1: %2").arg(DisplayFormat::date(c.terminatedOn), c.terminationReason);
    m_statusText->setText(status);
    if (c.figures) {
        using AuditTime::daysText;
        m_figures->setText(tr("%1 effective personnel; %2 (stage 1 %3, stage 2 %4; on site %5); surveillance %6, "
                              "recertification %7")
                               .arg(c.figures->effectivePersonnel).arg(daysText(c.figures->adjustedDays),
                                    daysText(c.figures->stage1Days), daysText(c.figures->stage2Days),
                                    daysText(c.figures->onsiteDays), daysText(c.figures->surveillanceDays),
                                    daysText(c.figures->recertificationDays)));
    } else {
        m_figures->setText(tr("none kept"));
    }
    m_notes->setPlainText(c.notes);
    QList<SubRecordRow> rows;
    for (const FeeItem &f : c.fees)
        rows << SubRecordRow{f.id, {f.item, amountCell(f.amountFen)}};
    m_fees->setRows(rows);
    {
        const QSignalBlocker blocker(m_duties);
        for (int i = 0; i < m_duties->count(); ++i)
            m_duties->item(i)->setCheckState(c.acknowledged.contains(m_duties->item(i)->data(Qt::UserRole).toString())
                                                 ? Qt::Checked : Qt::Unchecked);
    }
    const bool editable = !c.isReadOnly() && !isReadOnly();
    field<QLineEdit>(QStringLiteral("client_party"))->setReadOnly(!editable);
    field<QLineEdit>(QStringLiteral("body_party"))->setReadOnly(!editable);
    m_notes->setReadOnly(!editable);
    m_fees->setReadOnly(!editable);
    m_duties->setEnabled(editable);
}

Contract ContractEditor::readFields(Contract c) const
{
    c.clientParty = field<QLineEdit>(QStringLiteral("client_party"))->text();
    c.bodyParty = field<QLineEdit>(QStringLiteral("body_party"))->text();
    c.notes = m_notes->toPlainText();
    c.fees.clear();
    for (const SubRecordRow &row : m_fees->rows())
        c.fees << FeeItem{row.id, row.values.value(0), ContractRules::parseAmount(row.values.value(1)).value_or(-1)};
    c.acknowledged.clear();
    for (int i = 0; i < m_duties->count(); ++i)
        if (m_duties->item(i)->checkState() == Qt::Checked)
            c.acknowledged << m_duties->item(i)->data(Qt::UserRole).toString();
    return c;
}

void ContractEditor::clearFields()
{
    m_application->clear();
    m_statusText->clear();
    m_figures->clear();
    m_total->clear();
}

QList<FieldProblem> ContractEditor::fieldProblems(const Contract &) const
{
    QList<FieldProblem> problems;
    const QList<SubRecordRow> rows = m_fees->rows();
    for (int i = 0; i < rows.size(); ++i)
        if (!ContractRules::parseAmount(rows.at(i).values.value(1)))
            problems << FieldProblem{QStringLiteral("fees[%1].amount").arg(i),
                                     tr("“%1” is not an amount in yuan; enter one such as 36,000.00.").arg(rows.at(i).values.value(1).trimmed())};
    return problems;
}

QString ContractEditor::totalText() const { return m_total->text(); }

void ContractEditor::stateUpdated()
{
    const bool stored = hasRecord() && !isNew();
    const Contract::Status status = stored ? this->stored().status : Contract::Status::Draft;
    m_sign->setVisible(stored && status == Contract::Status::Draft);
    // A version amended by a later one is replaced by it: nothing more happens to it.
    bool amended = false;
    if (stored && status == Contract::Status::Signed)
        if (Database *db = database()) {
            try {
                amended = db->scalar(QStringLiteral("SELECT 1 FROM contracts WHERE amends_id = ?"), {recordId()}).isValid();
            } catch (const SqlError &) {
            }
        }
    m_terminate->setVisible(stored && status == Contract::Status::Signed && !amended);
    m_amend->setVisible(stored && status == Contract::Status::Signed && !amended);
    for (QPushButton *b : {m_sign, m_terminate, m_amend})
        b->setEnabled(!isReadOnly());
    if (hasRecord()) {
        qint64 total = 0;
        bool complete = true;
        for (const SubRecordRow &row : m_fees->rows()) {
            const std::optional<qint64> fen = ContractRules::parseAmount(row.values.value(1));
            complete = complete && fen.has_value();
            total += fen.value_or(0);
        }
        m_total->setText(complete ? tr("Total: %1").arg(ContractRules::amountText(total))
                                  : tr("Total: %1 (an amount is not a number yet)").arg(ContractRules::amountText(total)));
    }
}

bool ContractEditor::runStep(const QString &what, const std::function<WriteResult(Database &)> &step)
{
    if (!hasRecord() || isNew() || !session())
        return false;
    if (isModified() && !save())
        return false;
    Session *writer = session();
    const WriteResult result = writer->edits().run([what] { return what; }, [writer, step] { return step(writer->database()); });
    if (!result) {
        showStatus(result.message, true);
        return false;
    }
    if (result.id != recordId())
        emit openContract(result.id);
    else
        openRecord(result.id);
    return true;
}

bool ContractEditor::sign(const QDate &on)
{
    const qint64 id = recordId();
    return runStep(tr("Sign contract “%1”").arg(nameOf(stored())),
                   [id, on](Database &db) { return ContractRepository(db).sign(id, on); });
}

bool ContractEditor::terminate(const QDate &on, const QString &reason)
{
    const qint64 id = recordId();
    return runStep(tr("Terminate contract “%1”").arg(nameOf(stored())),
                   [id, on, reason](Database &db) { return ContractRepository(db).terminate(id, on, reason); });
}

bool ContractEditor::amend()
{
    const qint64 id = recordId();
    return runStep(tr("Amend contract “%1”").arg(nameOf(stored())), [id](Database &db) { return ContractRepository(db).amend(id); });
}

void ContractEditor::askSign()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Sign the contract"));
    auto *date = new OptionalDateEdit(&dialog);
    date->setObjectName(QStringLiteral("signedOn"));
    date->setOptional(false);
    date->setValue(QDate::currentDate());
    auto *text = new QLabel(tr("The date both parties signed %1. The contract is read only from then on; a change is "
                               "an amendment.").arg(nameOf(stored())), &dialog);
    text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QFormLayout(&dialog);
    layout->addRow(text);
    layout->addRow(tr("Signed on:"), date);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        sign(date->value());
}

void ContractEditor::askTerminate()
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(this, tr("Terminate the contract"),
                                                          tr("The contract %1 ends today and is kept as a record.\n\nReason:")
                                                              .arg(nameOf(stored())), QString(), &ok);
    if (ok)
        terminate(QDate::currentDate(), reason);
}
