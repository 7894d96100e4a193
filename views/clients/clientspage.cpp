#include "clients/clientspage.h"

#include "clients/clienteditor.h"
#include "editing/edits.h"
#include "editing/session.h"
#include "db/database.h"
#include "itemmodels/clientlistmodel.h"
#include "repositories/clientrepository.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

ClientsPage::ClientsPage(QWidget *parent) : Page(parent), m_model(new ClientListModel(this))
{
    setObjectName(QStringLiteral("clientsPage"));
    buildUi();
    retranslateUi();
    setInitialColumnWidths();
    setSession(nullptr);
}

QString ClientsPage::title() const { return tr("Clients"); }

QString ClientsPage::description() const { return tr("The client register (认证委托人)"); }

bool ClientsPage::isModified() const { return m_editor->isModified(); }

QList<QAction *> ClientsPage::editActions() const
{
    return {m_newAction, m_editor->saveAction(), m_editor->revertAction(), m_archiveAction};
}

bool ClientsPage::openRecord(const RecordRef &record)
{
    if (!ClientRepository::tables().contains(record.table))
        return false;
    const qint64 id = record.table == ClientRepository::rootTable() ? record.row : record.idIn("client_id");
    if (id <= 0)
        return false;
    openClient(id);
    return true;
}

void ClientsPage::saveLayout(QSettings &settings) const
{
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("header"), m_view->horizontalHeader()->saveState());
}

void ClientsPage::restoreLayout(QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("header")).toByteArray());
}

void ClientsPage::followChanges(const QList<RecordRef> &records)
{
    bool listChanged = false;
    for (const RecordRef &ref : records) {
        if (ref.table == ClientRepository::rootTable()) {
            if (ref.exists)
                m_editor->clientChanged(ref.row);
            else
                m_editor->clientRemoved(ref.row);
            listChanged = true;
        } else if (ClientRepository::tables().contains(ref.table)) {
            m_editor->clientChanged(ref.clientId);
        }
    }
    if (listChanged) {
        refreshList();
        updateActions();
    }
}

bool ClientsPage::write(const QString &title, const std::function<QString()> &describe,
                        const std::function<WriteResult()> &write)
{
    if (!m_session)
        return false;
    const WriteResult result = m_session->edits().run(describe, write);
    if (!result) {
        QMessageBox::warning(this, title, result.message);
        return false;
    }
    return true;
}

void ClientsPage::buildUi()
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setClearButtonEnabled(true);
    m_showArchived = new QCheckBox(this);
    m_showArchived->setObjectName(QStringLiteral("showArchived"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));

    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WindowShortcut);
    m_archiveAction = new QAction(this);
    m_deleteAction = new QAction(this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);  // Delete in a text field edits text
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_newAction);
    addAction(m_findAction);

    const auto makeButton = [this](QAction *action) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    m_newButton = makeButton(m_newAction);
    m_archiveButton = makeButton(m_archiveAction);
    m_deleteButton = makeButton(m_deleteAction);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 2);
    bar->addWidget(m_showArchived);
    bar->addSpacing(12);
    bar->addWidget(m_newButton);
    bar->addWidget(m_archiveButton);
    bar->addWidget(m_deleteButton);
    bar->addStretch(1);
    bar->addWidget(m_count);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("clientTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setSortIndicator(ClientListModel::NameZh, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->addAction(m_deleteAction);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_view, 1);

    m_editor = new ClientEditor(this);
    m_editor->setObjectName(QStringLiteral("clientEditor"));

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("clientsSplitter"));
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_editor);
    m_splitter->setChildrenCollapsible(false);
    // The list gets most of the height (UI.md, "Room"); the user's own sizes are remembered.
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({440, 300});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, m_model, &ClientListModel::setFilter);
    connect(m_showArchived, &QCheckBox::toggled, m_model, &ClientListModel::setShowArchived);
    connect(m_model, &ClientListModel::modelReset, this, [this] {
        if (m_editor->clientId() > 0)
            selectClient(m_editor->clientId());
        updateCount();
        updateActions();
        QTimer::singleShot(0, this, &ClientsPage::growColumnsToVisibleRows);
    });
    connect(m_model, &ClientListModel::loadFailed, this, &ClientsPage::statusMessage);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current); });
    connect(m_view, &QTableView::activated, this, [this] { openCurrent(); });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &ClientsPage::growColumnsToVisibleRows);

    connect(m_newAction, &QAction::triggered, this, &ClientsPage::newClient);
    connect(m_archiveAction, &QAction::triggered, this, &ClientsPage::archiveSelected);
    connect(m_deleteAction, &QAction::triggered, this, &ClientsPage::deleteSelected);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    connect(m_editor, &ClientEditor::saved, this, [this](qint64 id) {
        selectClient(id);
        emit statusMessage(tr("Saved “%1”.").arg(m_editor->displayName()));
    });
    connect(m_editor, &ClientEditor::modificationChanged, this, &ClientsPage::modificationChanged);
    connect(m_editor, &ClientEditor::leaveRequested, this, [this] {
        if (m_editor->isNew()) {
            const qint64 id = selectedId();
            if (id > 0)
                m_editor->openClient(id);
            else
                m_editor->closeClient();
        }
        m_view->setFocus(Qt::OtherFocusReason);
    });
}

void ClientsPage::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter by name, credit code or contact (Ctrl+F)"));
    m_filter->setToolTip(tr("Every word typed must appear in the Chinese or English name, the credit code or "
                            "the contact person."));
    m_showArchived->setText(tr("Sho&w archived"));
    m_showArchived->setToolTip(tr("Also list archived clients (marked “archived”)"));
    m_newAction->setText(tr("&New client"));
    m_newAction->setToolTip(tr("Add a client (Ctrl+N)"));
    m_deleteAction->setText(tr("&Delete"));
    m_deleteAction->setToolTip(tr("Delete the selected client (only a client without dossier records)"));
    m_findAction->setText(tr("&Find"));
    m_model->retranslate();
    updateCount();
    updateActions();
    // A translated header must not be cut off; never shrink what the user widened.
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < ClientListModel::ColumnCount; ++column) {
        const int wanted = header->sectionSizeHint(column) + 8;
        if (header->sectionSize(column) < wanted)
            header->resizeSection(column, wanted);
    }
}

void ClientsPage::setInitialColumnWidths()
{
    // Widths from the font, not from the rows (that would read the whole table):
    // room for a typical Chinese company name, the 18-character code, a phone number.
    const QFontMetrics fm = m_view->fontMetrics();
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
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < ClientListModel::ColumnCount; ++column)
        header->resizeSection(column, qMax(widths[column], header->sectionSizeHint(column) + 8));
}

void ClientsPage::growColumnsToVisibleRows()
{
    // Names are never cut off on screen: widen the name, English name and contact columns to
    // the rows in view (only those: the rest of the table stays unread), never
    // narrower than now and never wider than a very long name.
    if (!m_view->isVisible())
        return;
    const int first = m_view->rowAt(0);
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (first < 0)
        return;
    if (last < 0)
        last = m_model->rowCount() - 1;
    const QFontMetrics fm = m_view->fontMetrics();
    const int widest = std::max(fm.horizontalAdvance(QChar(0x4E2D)) * 28, fm.averageCharWidth() * 60);
    QHeaderView *header = m_view->horizontalHeader();
    for (const int column : {int(ClientListModel::NameZh), int(ClientListModel::Contact), int(ClientListModel::NameEn)}) {
        int wanted = 0;
        for (int row = first; row <= last; ++row)
            wanted = qMax(wanted, fm.horizontalAdvance(m_model->index(row, column).data().toString()) + 16);
        wanted = qMin(wanted, widest);
        if (column == ClientListModel::NameEn) {
            // The English name takes the room left in the view (long ones are common), but
            // does not push the table into scrolling sideways for it.
            int others = 0;
            for (int c = 0; c < ClientListModel::ColumnCount; ++c)
                others += c == column ? 0 : header->sectionSize(c);
            wanted = qMin(wanted, qMax(header->sectionSize(column), m_view->viewport()->width() - others));
        }
        if (wanted > header->sectionSize(column))
            header->resizeSection(column, wanted);
    }
}

void ClientsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &ClientsPage::growColumnsToVisibleRows);
}

void ClientsPage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_editor->setSession(session);
    m_model->setDatabase(session ? &session->database() : nullptr);
    if (session) {
        connect(session, &Session::closing, this, [this] { setSession(nullptr); });
        connect(session, &Session::changed, this, &ClientsPage::followChanges);
    }
    setEnabled(session != nullptr);
    updateCount();
    updateActions();
}

bool ClientsPage::maybeSave()
{
    return m_editor->maybeSave();
}

bool ClientsPage::confirmStep(const ChangeSet &set, const QString &actionText)
{
    for (const RecordRef &ref : set.records())
        if (ClientRepository::tables().contains(ref.table))
            return m_editor->confirmDiscardFor(actionText);
    return true;
}

void ClientsPage::openClient(qint64 id)
{
    if (id != m_editor->clientId() || m_editor->isNew()) {
        if (!m_editor->maybeSave())
            return;
        m_editor->openClient(id);
    }
    selectClient(id);
}

// Makes the list show the client as current without opening anything.
void ClientsPage::selectClient(qint64 id)
{
    const int row = m_model->rowOf(id);
    m_syncing = true;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, ClientListModel::NameZh);
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clear();
    }
    m_syncing = false;
    updateActions();
}

void ClientsPage::currentRowChanged(const QModelIndex &current)
{
    updateActions();
    if (m_syncing || !current.isValid())
        return;
    const qint64 id = m_model->idAt(current.row());
    if (id <= 0 || id == m_editor->clientId())
        return;
    if (!m_editor->maybeSave()) {
        selectClient(m_editor->clientId());  // stay with the client being edited
        return;
    }
    m_editor->openClient(id);
    selectClient(id);
}

void ClientsPage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_model->idAt(current.row());
    if (id != m_editor->clientId()) {
        if (!m_editor->maybeSave())
            return;
        m_editor->openClient(id);
    }
    m_editor->focusFirstField();
}

void ClientsPage::refreshList()
{
    m_model->refresh();  // the reset handler selects the edited client again
}

void ClientsPage::updateCount()
{
    m_count->setText(tr("%Ln client(s)", nullptr, m_model->rowCount()));
    bool empty = false;
    if (m_model->database() && m_model->rowCount() == 0 && m_model->filter().trimmed().isEmpty()) {
        try {
            empty = ClientRepository(*m_model->database()).totalCount() == 0;
        } catch (const SqlError &) {
        }
    }
    m_editor->setRegisterEmpty(empty);
}

qint64 ClientsPage::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return m_model->idAt(current.row());
    return m_editor->clientId();
}

void ClientsPage::updateActions()
{
    const bool hasDb = m_model->database() != nullptr;
    const qint64 id = selectedId();
    bool archived = false;
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_model->idAt(current.row()) == id)
        archived = current.data(ClientListModel::ArchivedRole).toBool();
    else if (id > 0 && id == m_editor->clientId())
        archived = m_editor->currentClient().archived;
    m_newAction->setEnabled(hasDb);
    m_archiveAction->setEnabled(hasDb && id > 0);
    m_deleteAction->setEnabled(hasDb && id > 0);
    m_archiveAction->setText(archived ? tr("Un&archive") : tr("&Archive"));
    m_archiveAction->setToolTip(archived ? tr("Show the client in the list again")
                                         : tr("Hide the client from the list; its records are kept"));
    m_archiveAction->setData(archived);
}

void ClientsPage::newClient()
{
    if (!m_model->database() || !m_editor->maybeSave())
        return;
    m_syncing = true;
    m_view->selectionModel()->clear();
    m_syncing = false;
    m_editor->newClient();
    m_editor->focusFirstField();
    updateActions();
}

void ClientsPage::archiveSelected()
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    if (id == m_editor->clientId() && !m_editor->maybeSave())
        return;
    const bool archive = !m_archiveAction->data().toBool();
    const QString name = nameOf(id);
    Session *session = m_session;
    if (!write(tr("Archive"),
               [archive, name] { return archive ? tr("Archive client “%1”").arg(name) : tr("Unarchive client “%1”").arg(name); },
               [session, id, archive] { return ClientRepository(session->database()).setArchived(id, archive); }))
        return;
    emit statusMessage(archive ? tr("Archived “%1”. Tick “Show archived” to see it in the list.").arg(name)
                               : tr("“%1” is no longer archived.").arg(name));
    updateActions();
}

void ClientsPage::deleteSelected()
{
    const qint64 id = selectedId();
    Database *db = m_model->database();
    if (id <= 0 || !db)
        return;
    QString name;
    std::optional<Client> client;
    QStringList records;
    try {
        ClientRepository repository(*db);
        client = repository.load(id);
        records = repository.dependentRecords(id);
    } catch (const SqlError &e) {
        QMessageBox::warning(this, tr("Delete client"), e.message());
        return;
    }
    if (!client)
        return;
    name = client->nameZh;

    if (!records.isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("Delete client"),
                        tr("“%1” cannot be deleted: dossier records refer to it (%2).\n\n"
                           "Archive it instead: it is then hidden from the list, and kept with its records.")
                            .arg(name, records.join(QStringLiteral(", "))),
                        QMessageBox::NoButton, this);
        QPushButton *archive = client->archived ? nullptr : box.addButton(tr("Archive"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (archive && box.clickedButton() == archive) {
            Session *session = m_session;
            write(tr("Archive"), [name] { return tr("Archive client “%1”").arg(name); },
                  [session, id] { return ClientRepository(session->database()).setArchived(id, true); });
        }
        return;
    }

    QMessageBox box(QMessageBox::Question, tr("Delete client"),
                    tr("Delete “%1” with its sites, shifts and legal entities?\n\n"
                       "You can bring it back with Edit → Undo.").arg(name),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    box.button(QMessageBox::No)->setText(tr("Keep"));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;
    Session *session = m_session;
    if (!write(tr("Delete client"), [name] { return tr("Delete client “%1”").arg(name); },
               [session, id] { return ClientRepository(session->database()).remove(id); }))
        return;
    emit statusMessage(tr("Deleted “%1”.").arg(name));
}

QString ClientsPage::nameOf(qint64 id) const
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_model->idAt(current.row()) == id)
        return m_model->index(current.row(), ClientListModel::NameZh).data(Qt::EditRole).toString();
    return id == m_editor->clientId() ? m_editor->displayName() : QString();
}

bool ClientsPage::eventFilter(QObject *watched, QEvent *event)
{
    // Down or Enter in the filter moves to the list, so the keyboard never has to leave.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) && m_model->rowCount() > 0) {
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_model->index(0, ClientListModel::NameZh));
            m_view->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ClientsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}
