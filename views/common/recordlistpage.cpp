#include "common/recordlistpage.h"

#include "common/actionbutton.h"
#include "common/columnfitter.h"
#include "common/notebar.h"
#include "common/recordeditor.h"
#include "db/database.h"
#include "editing/changeset.h"
#include "editing/edits.h"
#include "editing/session.h"
#include "itemmodels/recordlistmodel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QMetaObject>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

RecordListPage::RecordListPage(RecordListModel *model, RecordEditor *editor, QWidget *parent)
    : Page(parent), m_model(model), m_editor(editor)
{
    m_model->setParent(this);
    m_readOnlyNote = new NoteBar(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(m_filter->fontMetrics().horizontalAdvance(QChar(0x4E2D)) * 12);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));

    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WindowShortcut);
    m_deleteAction = new QAction(this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);   // Delete in a text field edits text
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    addActions({m_newAction, m_findAction});

    m_filterWidgets = new QHBoxLayout;
    m_actionButtons = new QHBoxLayout;
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 2);
    bar->addLayout(m_filterWidgets);
    bar->addSpacing(12);
    bar->addWidget(new ActionButton(m_newAction, this));
    bar->addLayout(m_actionButtons);
    bar->addWidget(new ActionButton(m_deleteAction, this));
    bar->addStretch(1);
    bar->addWidget(m_count);

    m_view = new QTableView(this);
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
    m_view->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->addAction(m_deleteAction);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_view, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_editor);
    m_splitter->setChildrenCollapsible(false);
    // The list gets most of the height (UI.md, "Room"); the user's own sizes are remembered.
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({440, 300});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_splitter);

    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, m_model, &RecordListModel::setFilter);
    connect(m_model, &RecordListModel::modelReset, this, [this] {
        if (m_editor->recordId() > 0)
            selectRecord(m_editor->recordId());
        updateCount();
        updateActions();
        QTimer::singleShot(0, this, &RecordListPage::fitColumns);
    });
    connect(m_model, &RecordListModel::loadFailed, this, &RecordListPage::statusMessage);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current); });
    connect(m_view, &QTableView::activated, this, [this] { openCurrent(); });

    connect(m_newAction, &QAction::triggered, this, &RecordListPage::newRecord);
    connect(m_deleteAction, &QAction::triggered, this, &RecordListPage::deleteSelected);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    connect(m_editor, &RecordEditor::saved, this, [this](qint64 id) {
        selectRecord(id);
        emit statusMessage(tr("Saved “%1”.").arg(m_editor->displayName()));
    });
    connect(m_editor, &RecordEditor::modificationChanged, this, &RecordListPage::modificationChanged);
    connect(m_editor, &RecordEditor::leaveRequested, this, [this] {
        if (m_editor->isNew()) {
            const qint64 id = selectedId();
            if (id > 0)
                m_editor->openRecord(id);
            else
                m_editor->closeRecord();
        }
        m_view->setFocus(Qt::OtherFocusReason);
    });
}

void RecordListPage::addFilterWidget(QWidget *widget)
{
    widget->setParent(this);
    m_filterWidgets->addWidget(widget);
}

void RecordListPage::addActionButton(QAction *action)
{
    m_actionButtons->addWidget(new ActionButton(action, this));
}

void RecordListPage::finishBuilding()
{
    retranslate();
    setSession(nullptr);
}

void RecordListPage::retranslate()
{
    const Texts t = texts();
    m_filter->setPlaceholderText(t.filterPlaceholder);
    m_filter->setToolTip(t.filterToolTip);
    m_newAction->setText(t.newText);
    m_newAction->setToolTip(t.newToolTip);
    m_deleteAction->setText(tr("&Delete"));
    m_deleteAction->setToolTip(t.deleteToolTip);
    m_findAction->setText(tr("&Find"));
    m_model->retranslate();
    retranslateOwn();
    updateCount();
    updateActions();
    // A translated header must not be cut off; never shrink what the user widened.
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const int wanted = header->sectionSizeHint(column) + 8;
        if (header->sectionSize(column) < wanted)
            header->resizeSection(column, wanted);
    }
    fitColumns();
}

void RecordListPage::fitColumns()
{
    ColumnFitter::fit(m_view, 24);
}

bool RecordListPage::isModified() const { return m_editor->isModified(); }

bool RecordListPage::maybeSave() { return m_editor->maybeSave(); }

QList<QAction *> RecordListPage::editActions() const
{
    return {m_newAction, m_editor->saveAction(), m_editor->revertAction(), m_deleteAction};
}

bool RecordListPage::openRecord(const RecordRef &record)
{
    const QStringList tables = recordTables();
    if (!tables.contains(record.table))
        return false;
    const qint64 id = record.table == tables.first() ? record.row : record.idIn(parentColumn());
    if (id <= 0)
        return false;
    openStored(id);
    return true;
}

void RecordListPage::saveLayout(QSettings &settings) const
{
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("header"), m_view->horizontalHeader()->saveState());
}

void RecordListPage::restoreLayout(QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("header")).toByteArray());
}

void RecordListPage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &Session::closing, this, [this] { setSession(nullptr); });
        connect(session, &Session::changed, this, &RecordListPage::followChanges);
        connect(session, &Session::userChanged, this, &RecordListPage::updateActions);
    }
    m_editor->setSession(session);
    sessionChanged();
    m_model->setDatabase(session ? &session->database() : nullptr);
    setEnabled(session != nullptr);
    updateCount();
    updateActions();
}

void RecordListPage::followChanges(const QList<RecordRef> &records)
{
    const QStringList tables = recordTables();
    const QStringList listed = listedTables();
    bool listChanged = false;
    for (const RecordRef &ref : records) {
        if (ref.table == tables.first()) {
            if (ref.exists)
                m_editor->recordChanged(ref.row);
            else
                m_editor->recordRemoved(ref.row);
            listChanged = true;
        } else if (tables.contains(ref.table)) {
            m_editor->recordChanged(ref.idIn(parentColumn()));
        }
        if (listed.contains(ref.table))
            listChanged = true;
    }
    if (listChanged) {
        refreshList();
        updateActions();
    }
}

bool RecordListPage::confirmStep(const ChangeSet &set, const QString &actionText)
{
    const QStringList tables = recordTables();
    for (const RecordRef &ref : set.records())
        if (tables.contains(ref.table))
            return m_editor->confirmDiscardFor(actionText);
    return true;
}

bool RecordListPage::write(const QString &title, const std::function<QString(const Texts &)> &describe,
                           const std::function<WriteResult(Database &)> &write)
{
    if (!m_session)
        return false;
    Session *session = m_session;
    // The step's text follows the language; should the page be gone, it keeps its words.
    const QString written = describe(texts());
    const QPointer<const RecordListPage> page(this);
    const WriteResult result = session->edits().run(
        [page, describe, written] { return page ? describe(page->texts()) : written; },
        [session, write] { return write(session->database()); });
    if (!result) {
        QMessageBox::warning(this, title, result.message);
        return false;
    }
    return true;
}

void RecordListPage::openStored(qint64 id)
{
    if (id != m_editor->recordId() || m_editor->isNew()) {
        if (!m_editor->maybeSave())
            return;
        m_editor->openRecord(id);
    }
    selectRecord(id);
}

// Makes the list show the record as current without opening anything.
void RecordListPage::selectRecord(qint64 id)
{
    const int row = m_model->rowOf(id);
    m_syncing = true;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clear();
    }
    m_syncing = false;
    updateActions();
}

void RecordListPage::currentRowChanged(const QModelIndex &current)
{
    updateActions();
    if (m_syncing || !current.isValid())
        return;
    const qint64 id = m_model->idAt(current.row());
    if (id <= 0 || id == m_editor->recordId())
        return;
    if (!m_editor->maybeSave()) {
        // Stay with the record being edited. Now, and once more when the click that chose the
        // other row has been handled to its end: a mouse press selects its row after it has
        // made it current, which would leave the other row highlighted above this editor.
        selectRecord(m_editor->recordId());
        QMetaObject::invokeMethod(this, [this] { selectRecord(m_editor->recordId()); }, Qt::QueuedConnection);
        return;
    }
    m_editor->openRecord(id);
    selectRecord(id);
}

void RecordListPage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_model->idAt(current.row());
    if (id > 0 && id != m_editor->recordId()) {
        if (!m_editor->maybeSave())
            return;
        m_editor->openRecord(id);
    }
    m_editor->focusFirstField();
}

void RecordListPage::refreshList()
{
    m_model->refresh();   // the reset handler selects the edited record again
}

WriteResult RecordListPage::setAside(Database &, qint64) const
{
    return {};
}

bool RecordListPage::isRegisterEmpty() const
{
    // Rows listed, or words typed: not empty, without asking the database.
    if (!m_model->database() || m_model->rowCount() > 0 || !m_model->filter().trimmed().isEmpty())
        return false;
    try {
        return storedCount(*m_model->database()) == 0;
    } catch (const SqlError &) {
        return false;   // unreadable is not empty; the list says why
    }
}

QString RecordListPage::countText() const
{
    return m_count->text();
}

void RecordListPage::updateCount()
{
    m_count->setText(rowCountText(m_model->rowCount()));
    m_editor->setListEmpty(m_model->database() && isRegisterEmpty());
}

qint64 RecordListPage::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return m_model->idAt(current.row());
    return m_editor->recordId();
}

void RecordListPage::updateActions()
{
    m_newAction->setEnabled(canWrite());
    m_deleteAction->setEnabled(canWrite() && selectedId() > 0);
    m_readOnlyNote->setText(readOnlyNote());
    updateOwnActions();
}

bool RecordListPage::canWrite() const
{
    return m_session && m_session->hasUser() && m_model->database();
}

QString RecordListPage::readOnlyNote() const
{
    if (!m_session || m_session->hasUser())
        return {};
    return tr("Read only: no user profile is chosen, and every change is recorded under a person's name. "
              "Choose yours with File → Switch user… to make changes.");
}

void RecordListPage::newRecord()
{
    if (!m_model->database() || !m_editor->maybeSave())
        return;
    m_syncing = true;
    m_view->selectionModel()->clear();
    m_syncing = false;
    m_editor->newRecord();
    m_editor->focusFirstField();
    updateActions();
}

void RecordListPage::deleteSelected()
{
    const qint64 id = selectedId();
    Database *db = m_model->database();
    if (id <= 0 || !db)
        return;
    const Texts t = texts();
    std::optional<Removal> record;
    try {
        record = removal(*db, id);
    } catch (const SqlError &e) {
        QMessageBox::warning(this, t.deleteTitle, e.message());
        return;
    }
    if (!record)
        return;
    const QString name = record->name;

    if (!record->dependents.isEmpty()) {
        QMessageBox box(QMessageBox::Information, t.deleteTitle,
                        t.cannotDelete.arg(name, record->dependents.join(QStringLiteral(", "))), QMessageBox::NoButton, this);
        QPushButton *aside = record->setAside || t.setAside.isEmpty() ? nullptr
                                                                       : box.addButton(t.setAside, QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (!aside || box.clickedButton() != aside)
            return;
        if (id == m_editor->recordId() && !m_editor->maybeSave())
            return;
        if (write(t.deleteTitle, [name](const Texts &texts) { return texts.setAsideStep.arg(name); },
                  [this, id](Database &db) { return setAside(db, id); }))
            emit statusMessage(t.setAsideDone.arg(name));
        return;
    }

    QMessageBox box(QMessageBox::Question, t.deleteTitle, t.confirmDelete.arg(name), QMessageBox::Yes | QMessageBox::No, this);
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    box.button(QMessageBox::No)->setText(tr("Keep"));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;
    if (write(t.deleteTitle, [name](const Texts &texts) { return texts.deleteStep.arg(name); },
              [this, id](Database &db) { return remove(db, id); }))
        emit statusMessage(tr("Deleted “%1”.").arg(name));
}

bool RecordListPage::eventFilter(QObject *watched, QEvent *event)
{
    // Down or Enter in the filter moves to the list, so the keyboard never has to leave.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) && m_model->rowCount() > 0) {
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_model->index(0, 0));
            m_view->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void RecordListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

void RecordListPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    QTimer::singleShot(0, this, &RecordListPage::fitColumns);
}

PageReport RecordListPage::recordReport(const QString &fileName, RecordReportBuilder build) const
{
    if (!m_session || !m_editor || !m_editor->hasRecord() || m_editor->recordId() <= 0)
        return {};
    const qint64 id = m_editor->recordId();
    Database *db = &m_session->database();
    return {fileName.arg(id), [db, id, build = std::move(build)](ReportLanguage::Mode mode) {
                QString error;
                ReportDocument document = build(*db, id, mode, &error);
                if (!error.isEmpty())
                    document.paragraph(error);
                return document;
            }};
}
