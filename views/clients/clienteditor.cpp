#include "clients/clienteditor.h"

#include "clients/clientdossier.h"
#include "editing/session.h"
#include "itemmodels/applicationlistmodel.h"

#include "common/subrecordtable.h"
#include "domain/creditcode.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>

namespace {

QString headcountText(const std::optional<int> &headcount)
{
    return headcount ? QString::number(*headcount) : QString();
}

// The client's fields in tab order, with their column in the form. Their limits are those
// of the field declarations (ClientFields); a value over one is shown beside the field by
// the validation, never cut off while typing.
const QPair<const char *, int> kFields[] = {
    {"name_zh", 0}, {"name_en", 0}, {"credit_code", 0}, {"address", 0}, {"legal_representative", 0},
    {"contact", 1}, {"phone", 1},   {"email", 1},       {"headcount", 1},
};

} // namespace

ClientEditor::ClientEditor(QWidget *parent) : ClientEditorBase(parent)
{
    for (const auto &[key, column] : kFields) {
        auto *edit = new QLineEdit;
        if (qstrcmp(key, "headcount") == 0)
            edit->setMaxLength(9);   // digits only; anything longer is no headcount
        addField(QString::fromLatin1(key), edit, column);
    }
    m_notes = new QPlainTextEdit;
    addNotesField(QStringLiteral("notes"), m_notes, 3);

    m_sites = new SubRecordTable(3);
    m_shifts = new SubRecordTable(3);
    m_entities = new SubRecordTable(2);
    m_sites->setColumnWidthsInCharacters({12, 24});
    m_shifts->setColumnWidthsInCharacters({8, 12});
    m_entities->setColumnWidthsInCharacters({16});
    addSubRecordTab(QStringLiteral("sites"), m_sites);
    addSubRecordTab(QStringLiteral("shifts"), m_shifts);
    addSubRecordTab(QStringLiteral("legal_entities"), m_entities);
    m_services = new SubRecordTable(2);
    m_services->setCheckColumn(1);
    m_services->setColumnWidthsInCharacters({24, 10});
    addSubRecordTab(QStringLiteral("services"), m_services);
    m_dossier = new ClientDossier;
    m_dossier->setObjectName(QStringLiteral("dossier"));
    tabs()->addTab(m_dossier, QString());
    connect(m_dossier, &ClientDossier::openRecord, this, &ClientEditor::openDossierRecord);
    connect(m_dossier, &ClientDossier::newApplication, this, [this](qint64 clientId) {
        if (maybeSave())
            emit newApplication(clientId);
    });
    finishBuilding();
}

RecordEditor::Texts ClientEditor::texts() const
{
    return {
        tr("Select a client in the list to see it here, or add one with New (Ctrl+N)."),
        tr("The register is empty. Add a client with New client (Ctrl+N), or bring in a list with File → Import "
           "clients… (a CSV file from a spreadsheet). To try the program first, fill a new database with demo "
           "data: csisms --db demo.sqlite demo."),
        tr("New client"),
        tr("new client"),
        tr("Save the client (Ctrl+S)"),
        tr("The client “%1” has changes that are not saved yet. Save them?"),
        tr("Add client “%1”"),
        tr("Edit client “%1”"),
        tr("The client could not be read: %1"),
    };
}

void ClientEditor::retranslateFields()
{
    setLabelText(QStringLiteral("name_zh"), tr("&Name (Chinese):"));
    setLabelText(QStringLiteral("name_en"), tr("Name (En&glish):"));
    setLabelText(QStringLiteral("credit_code"), tr("&Credit code:"));
    setLabelText(QStringLiteral("address"), tr("&Address:"));
    setLabelText(QStringLiteral("legal_representative"), tr("&Legal representative:"));
    setLabelText(QStringLiteral("contact"), tr("C&ontact person:"));
    setLabelText(QStringLiteral("phone"), tr("&Telephone:"));
    setLabelText(QStringLiteral("email"), tr("E-&mail:"));
    setLabelText(QStringLiteral("headcount"), tr("Headco&unt:"));
    setLabelText(QStringLiteral("notes"), tr("Remar&ks:"));
    field<QLineEdit>(QStringLiteral("name_zh"))->setPlaceholderText(tr("Required, e.g. 上海示例云计算有限公司"));
    field<QLineEdit>(QStringLiteral("credit_code"))->setPlaceholderText(tr("18 characters, e.g. 91350100M000100Y43"));
    field<QLineEdit>(QStringLiteral("credit_code"))->setToolTip(tr("Unified social credit code (GB 32100-2015)"));
    field<QLineEdit>(QStringLiteral("phone"))->setPlaceholderText(tr("e.g. 0591-87654321"));
    field<QLineEdit>(QStringLiteral("email"))->setPlaceholderText(tr("name@example.com"));
    field<QLineEdit>(QStringLiteral("headcount"))->setPlaceholderText(tr("Total number of people, e.g. 120"));

    m_sites->setHeaders({tr("Name"), tr("Address"), tr("Headcount")});
    m_sites->setButtonTexts(tr("Add site"), tr("Remove site"));
    m_shifts->setHeaders({tr("Name"), tr("Hours"), tr("Headcount")});
    m_shifts->setButtonTexts(tr("Add shift"), tr("Remove shift"));
    m_entities->setHeaders({tr("Name"), tr("Credit code")});
    m_entities->setButtonTexts(tr("Add legal entity"), tr("Remove legal entity"));
    m_services->setHeaders({tr("Cloud service"), tr("Typical")});
    m_services->setButtonTexts(tr("Add service"), tr("Remove service"));
    m_services->table()->setToolTip(tr("The cloud services in the scope; the typical ones (典型产品和服务) are sampled by "
                                       "the initial and the recertification audit (P-5.4.1.3-services)."));
}

QString ClientEditor::ownTabTitle(int tab) const
{
    switch (tab) {
    case SitesTab: return tr("Sites (%1)").arg(m_sites->table()->rowCount());
    case ShiftsTab: return tr("Shifts (%1)").arg(m_shifts->table()->rowCount());
    case EntitiesTab: return tr("Legal entities (%1)").arg(m_entities->table()->rowCount());
    case ServicesTab: return tr("Cloud services (%1)").arg(m_services->table()->rowCount());
    case DossierTab: return tr("Dossier (%1)").arg(m_dossier->recordCount());
    }
    return {};
}

QString ClientEditor::storedTitle() const
{
    return stored().archived ? tr("%1 (archived)").arg(stored().nameZh) : stored().nameZh;
}

QString ClientEditor::text(const QString &key) const
{
    return field<QLineEdit>(key)->text();
}

void ClientEditor::setText(const QString &key, const QString &text)
{
    field<QLineEdit>(key)->setText(text);
}

void ClientEditor::showFields(const Client &client)
{
    setText(QStringLiteral("name_zh"), client.nameZh);
    setText(QStringLiteral("name_en"), client.nameEn);
    setText(QStringLiteral("credit_code"), client.creditCode);
    setText(QStringLiteral("address"), client.address);
    setText(QStringLiteral("legal_representative"), client.legalRepresentative);
    setText(QStringLiteral("contact"), client.contact);
    setText(QStringLiteral("phone"), client.phone);
    setText(QStringLiteral("email"), client.email);
    setText(QStringLiteral("headcount"), headcountText(client.headcount));
    m_notes->setPlainText(client.notes);

    QList<SubRecordRow> rows;
    for (const ClientSite &s : client.sites)
        rows << SubRecordRow{s.id, {s.name, s.address, headcountText(s.headcount)}};
    m_sites->setRows(rows);
    rows.clear();
    for (const ClientShift &s : client.shifts)
        rows << SubRecordRow{s.id, {s.name, s.hours, headcountText(s.headcount)}};
    m_shifts->setRows(rows);
    rows.clear();
    for (const LegalEntity &e : client.legalEntities)
        rows << SubRecordRow{e.id, {e.name, e.creditCode}};
    m_entities->setRows(rows);
    rows.clear();
    for (const ClientService &s : client.services)
        rows << SubRecordRow{s.id, {s.name, s.typical ? QStringLiteral("1") : QString()}};
    m_services->setRows(rows);
}

Client ClientEditor::readFields(Client c) const
{
    c.nameZh = text(QStringLiteral("name_zh"));
    c.nameEn = text(QStringLiteral("name_en"));
    c.creditCode = CreditCode::normalized(text(QStringLiteral("credit_code")));
    c.address = text(QStringLiteral("address"));
    c.legalRepresentative = text(QStringLiteral("legal_representative"));
    c.contact = text(QStringLiteral("contact"));
    c.phone = text(QStringLiteral("phone")).trimmed();
    c.email = text(QStringLiteral("email")).trimmed();
    bool ok = true;
    c.headcount = ClientRules::parseHeadcount(text(QStringLiteral("headcount")), &ok);
    c.notes = m_notes->toPlainText();

    c.sites.clear();
    for (const SubRecordRow &row : m_sites->rows())
        c.sites << ClientSite{row.id, row.values.value(0), row.values.value(1), ClientRules::parseHeadcount(row.values.value(2), &ok)};
    c.shifts.clear();
    for (const SubRecordRow &row : m_shifts->rows())
        c.shifts << ClientShift{row.id, row.values.value(0), row.values.value(1), ClientRules::parseHeadcount(row.values.value(2), &ok)};
    c.legalEntities.clear();
    for (const SubRecordRow &row : m_entities->rows())
        c.legalEntities << LegalEntity{row.id, row.values.value(0), CreditCode::normalized(row.values.value(1))};
    c.services.clear();
    for (const SubRecordRow &row : m_services->rows())
        c.services << ClientService{row.id, row.values.value(0), !row.values.value(1).isEmpty()};
    return c;
}

bool ClientEditor::modifiedBeyondRecord() const
{
    // Text that does not parse as a number does not show in the record.
    return text(QStringLiteral("headcount")).trimmed() != headcountText(stored().headcount);
}

QList<FieldProblem> ClientEditor::fieldProblems(const Client &) const
{
    QList<FieldProblem> problems;
    bool ok = true;
    const QString headcount = text(QStringLiteral("headcount"));
    ClientRules::parseHeadcount(headcount, &ok);
    if (!ok)
        problems << FieldProblem{QStringLiteral("headcount"),
                                 tr("“%1” is not a number of people; enter a whole number such as 120.").arg(headcount.trimmed())};
    const auto checkRows = [&](SubRecordTable *table, const QString &key, const QString &format) {
        const QList<SubRecordRow> rows = table->rows();
        for (int i = 0; i < rows.size(); ++i) {
            const QString text = rows.at(i).values.value(2);
            ClientRules::parseHeadcount(text, &ok);
            if (!ok)
                problems << FieldProblem{QStringLiteral("%1[%2].headcount").arg(key).arg(i), format.arg(i + 1).arg(text.trimmed())};
        }
    };
    checkRows(m_sites, QStringLiteral("sites"), tr("Site %1: “%2” is not a number of people; enter a whole number."));
    checkRows(m_shifts, QStringLiteral("shifts"), tr("Shift %1: “%2” is not a number of people; enter a whole number."));
    return problems;
}

void ClientEditor::sessionChanged()
{
    m_dossier->setDatabase(database());
    if (Session *s = session())
        connect(s, &Session::changed, m_dossier, [this](const QList<RecordRef> &records) {
            for (const RecordRef &r : records)
                if (r.table.startsWith(QLatin1String("application")) || r.table.startsWith(QLatin1String("contract"))
                    || r.table == QLatin1String("programmes") || r.table.startsWith(QLatin1String("audit"))) {
                    m_dossier->refresh();
                    updateState();
                    return;
                }
        });
}

void ClientEditor::stateUpdated()
{
    const qint64 client = hasRecord() ? stored().id : 0;
    if (m_dossier->applications()->query().clientId != (client > 0 ? client : -1))
        m_dossier->setClient(client);
    m_dossier->setReadOnly(isReadOnly());
}
