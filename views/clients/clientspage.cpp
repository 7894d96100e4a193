#include "clients/clientspage.h"

#include "clients/clienteditor.h"
#include "editing/changeset.h"
#include "editing/session.h"
#include "itemmodels/clientlistmodel.h"
#include "repositories/clientrepository.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>

ClientsPage::ClientsPage(QWidget *parent) : RecordListPage(new ClientListModel, new ClientEditor, parent)
{
    setObjectName(QStringLiteral("clientsPage"));
    view()->setObjectName(QStringLiteral("clientTable"));
    splitter()->setObjectName(QStringLiteral("clientsSplitter"));
    recordEditor()->setObjectName(QStringLiteral("clientEditor"));

    m_showArchived = new QCheckBox;
    m_showArchived->setObjectName(QStringLiteral("showArchived"));
    addFilterWidget(m_showArchived);
    connect(m_showArchived, &QCheckBox::toggled, model(), &ClientListModel::setShowArchived);
    m_archiveAction = new QAction(this);
    addActionButton(m_archiveAction);
    connect(m_archiveAction, &QAction::triggered, this, &ClientsPage::archiveSelected);
    // The list is lazy: widths come from the font first, then from the rows scrolled into view.
    connect(view()->verticalScrollBar(), &QScrollBar::valueChanged, this, &ClientsPage::fitColumns);
    setInitialColumnWidths();
    auto *clientEditor = static_cast<ClientEditor *>(recordEditor());
    connect(clientEditor, &ClientEditor::openDossierRecord, this, [this](const QString &table, qint64 id) {
        emit openRequested(RecordRef{table, id});
    });
    connect(clientEditor, &ClientEditor::newApplication, this, [this](qint64 clientId) {
        emit newRecordRequested(QStringLiteral("applications"), clientId);
    });
    finishBuilding();
}

QString ClientsPage::title() const { return tr("Clients"); }

QString ClientsPage::description() const { return tr("The client register (认证委托人)"); }

QList<QAction *> ClientsPage::editActions() const
{
    return {newAction(), editor()->saveAction(), editor()->revertAction(), m_archiveAction};
}

ClientEditor *ClientsPage::editor() const { return static_cast<ClientEditor *>(recordEditor()); }

ClientListModel *ClientsPage::model() const { return static_cast<ClientListModel *>(listModel()); }

QStringList ClientsPage::recordTables() const { return ClientRepository::tables(); }

QStringList ClientsPage::listedTables() const { return {ClientRepository::rootTable()}; }

RecordListPage::Texts ClientsPage::texts() const
{
    Texts t;
    t.filterPlaceholder = tr("Filter by name, credit code or contact (Ctrl+F)");
    t.filterToolTip = tr("Every word typed must appear in the Chinese or English name, the credit code or "
                         "the contact person.");
    t.newText = tr("&New client");
    t.newToolTip = tr("Add a client (Ctrl+N)");
    t.deleteToolTip = tr("Delete the selected client (only a client without dossier records)");
    t.deleteTitle = tr("Delete client");
    t.cannotDelete = tr("“%1” cannot be deleted: dossier records refer to it (%2).\n\n"
                        "Archive it instead: it is then hidden from the list, and kept with its records.");
    t.setAside = tr("Archive");
    t.setAsideStep = tr("Archive client “%1”");
    t.setAsideDone = tr("Archived “%1”. Tick “Show archived” to see it in the list.");
    t.confirmDelete = tr("Delete “%1” with its sites, shifts and legal entities?\n\n"
                         "You can bring it back with Edit → Undo.");
    t.deleteStep = tr("Delete client “%1”");
    return t;
}

QString ClientsPage::rowCountText(int rows) const { return tr("%Ln client(s)", nullptr, rows); }

std::optional<RecordListPage::Removal> ClientsPage::removal(Database &db, qint64 id) const
{
    ClientRepository repository(db);
    const std::optional<Client> client = repository.load(id);
    if (!client)
        return std::nullopt;
    return Removal{client->nameZh, repository.dependentRecords(id), client->archived};
}

WriteResult ClientsPage::remove(Database &db, qint64 id) const { return ClientRepository(db).remove(id); }

WriteResult ClientsPage::setAside(Database &db, qint64 id) const { return ClientRepository(db).setArchived(id, true); }

qint64 ClientsPage::storedCount(Database &db) const { return ClientRepository(db).totalCount(); }

void ClientsPage::retranslateOwn()
{
    m_showArchived->setText(tr("Sho&w archived"));
    m_showArchived->setToolTip(tr("Also list archived clients (marked “archived”)"));
}

void ClientsPage::updateOwnActions()
{
    const qint64 id = selectedId();
    bool archived = false;
    const QModelIndex current = view()->currentIndex();
    if (current.isValid() && model()->idAt(current.row()) == id)
        archived = current.data(ClientListModel::ArchivedRole).toBool();
    else if (id > 0 && id == editor()->recordId())
        archived = editor()->stored().archived;
    m_archiveAction->setEnabled(canWrite() && id > 0);
    m_archiveAction->setText(archived ? tr("Un&archive") : tr("&Archive"));
    m_archiveAction->setToolTip(archived ? tr("Show the client in the list again")
                                         : tr("Hide the client from the list; its records are kept"));
    m_archiveAction->setData(archived);
}

void ClientsPage::archiveSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    if (id == editor()->recordId() && !editor()->maybeSave())
        return;
    const bool archive = !m_archiveAction->data().toBool();
    QString name;
    try {
        if (const std::optional<Client> client = ClientRepository(session()->database()).load(id))
            name = client->nameZh;
    } catch (const SqlError &) {
    }
    const auto step = [archive, name](const Texts &t) {
        return archive ? t.setAsideStep.arg(name) : tr("Unarchive client “%1”").arg(name);
    };
    if (!write(tr("Archive"), step, [id, archive](Database &db) { return ClientRepository(db).setArchived(id, archive); }))
        return;
    emit statusMessage(archive ? texts().setAsideDone.arg(name) : tr("“%1” is no longer archived.").arg(name));
    updateOwnActions();
}

void ClientsPage::setInitialColumnWidths()
{
    // Widths from the font, not from the rows (that would read the whole table):
    // room for a typical Chinese company name, the 18-character code, a phone number.
    const QFontMetrics fm = view()->fontMetrics();
    const int cjk = fm.horizontalAdvance(QChar(0x4E2D));
    const int padding = 16;
    // A credit code: 2 characters of any kind, 6 digits of the region, 10 of any kind.
    int letter = 0;
    for (const QChar c : QStringLiteral("ABCDEFGHJKLMNPQRTUWXY"))
        letter = qMax(letter, fm.horizontalAdvance(c));
    const int digit = fm.horizontalAdvance(QLatin1Char('0'));
    const int widths[ClientListModel::ColumnCount] = {
        cjk * 16 + padding,
        fm.averageCharWidth() * 30 + padding,
        6 * digit + 12 * letter + padding,
        cjk * 5 + padding,
        fm.horizontalAdvance(QStringLiteral("0591-87654321")) + padding,
        fm.horizontalAdvance(QStringLiteral("100,000")) + padding,
    };
    QHeaderView *header = view()->horizontalHeader();
    for (int column = 0; column < ClientListModel::ColumnCount; ++column)
        header->resizeSection(column, qMax(widths[column], header->sectionSizeHint(column) + 8));
}

void ClientsPage::fitColumns()
{
    // Names are never cut off on screen: widen the name, English name and contact columns to
    // the rows in view (only those: the rest of the table stays unread), never narrower
    // than now and never wider than a very long name.
    QTableView *table = view();
    if (!table->isVisible())
        return;
    const int first = table->rowAt(0);
    int last = table->rowAt(table->viewport()->height() - 1);
    if (first < 0)
        return;
    if (last < 0)
        last = model()->rowCount() - 1;
    const QFontMetrics fm = table->fontMetrics();
    const int widest = std::max(fm.horizontalAdvance(QChar(0x4E2D)) * 28, fm.averageCharWidth() * 60);
    QHeaderView *header = table->horizontalHeader();
    for (const int column : {int(ClientListModel::NameZh), int(ClientListModel::Contact), int(ClientListModel::NameEn)}) {
        int wanted = 0;
        for (int row = first; row <= last; ++row)
            wanted = qMax(wanted, fm.horizontalAdvance(model()->index(row, column).data().toString()) + 16);
        wanted = qMin(wanted, widest);
        if (column == ClientListModel::NameEn) {
            // The English name takes the room left in the view (long ones are common), but
            // does not push the table into scrolling sideways for it.
            int others = 0;
            for (int c = 0; c < ClientListModel::ColumnCount; ++c)
                others += c == column ? 0 : header->sectionSize(c);
            wanted = qMin(wanted, qMax(header->sectionSize(column), table->viewport()->width() - others));
        }
        if (wanted > header->sectionSize(column))
            header->resizeSection(column, wanted);
    }
}
