#include "auditors/auditorspage.h"

#include "auditors/auditoreditor.h"
#include "editing/edits.h"
#include "editing/session.h"
#include "common/columnfitter.h"
#include "db/database.h"
#include "itemmodels/auditorlistmodel.h"
#include "repositories/parameterrepository.h"

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
#include <QSpinBox>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

AuditorsPage::AuditorsPage(QWidget *parent) : Page(parent), m_model(new AuditorListModel(this))
{
    setObjectName(QStringLiteral("auditorsPage"));
    buildUi();
    retranslateUi();
    setSession(nullptr);
}

QString AuditorsPage::title() const { return tr("Auditors"); }

QString AuditorsPage::description() const
{
    return tr("The body's auditors: registrations, competences, continuing education, conflicts of interest");
}

bool AuditorsPage::isModified() const { return m_editor->isModified(); }

bool AuditorsPage::openRecord(const RecordRef &record)
{
    if (!AuditorRepository::tables().contains(record.table))
        return false;
    const qint64 id = record.table == AuditorRepository::rootTable() ? record.row : record.idIn("auditor_id");
    if (id <= 0)
        return false;
    openAuditor(id);
    return true;
}

void AuditorsPage::saveLayout(QSettings &settings) const
{
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
}

void AuditorsPage::restoreLayout(QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
}

void AuditorsPage::followChanges(const QList<RecordRef> &records)
{
    bool listChanged = false;
    for (const RecordRef &ref : records) {
        if (ref.table == AuditorRepository::rootTable()) {
            if (ref.exists)
                m_editor->auditorChanged(ref.row);
            else
                m_editor->auditorRemoved(ref.row);
            listChanged = true;
        } else if (AuditorRepository::tables().contains(ref.table)) {
            m_editor->auditorChanged(ref.idIn("auditor_id"));
            listChanged = true;
        } else if (AuditorRepository::readTables().contains(ref.table)) {
            listChanged = true;   // scope classes, parameters and clients the list and editor show
        }
    }
    if (listChanged)
        m_model->refresh();
}

bool AuditorsPage::write(const QString &title, const std::function<QString()> &describe,
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

void AuditorsPage::buildUi()
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(m_filter->fontMetrics().horizontalAdvance(QChar(0x4E2D)) * 12);
    m_showInactive = new QCheckBox(this);
    m_showInactive->setObjectName(QStringLiteral("showInactive"));
    m_expiring = new QCheckBox(this);
    m_expiring->setObjectName(QStringLiteral("expiring"));
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("expiringDays"));
    m_days->setRange(0, 3650);
    m_days->setValue(RuleParameters().registrationWarningDays());
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));

    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WindowShortcut);
    m_deleteAction = new QAction(this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);   // Delete in a field edits text
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    addActions({m_newAction, m_findAction});

    const auto makeButton = [this](QAction *action) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    m_newButton = makeButton(m_newAction);
    m_deleteButton = makeButton(m_deleteAction);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 2);
    bar->addWidget(m_showInactive);
    bar->addSpacing(12);
    bar->addWidget(m_expiring);
    bar->addWidget(m_days);
    bar->addSpacing(12);
    bar->addWidget(m_newButton);
    bar->addWidget(m_deleteButton);
    bar->addStretch(1);
    bar->addWidget(m_count);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditorTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicator(AuditorListModel::NameZh, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->addAction(m_deleteAction);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_view, 1);

    m_editor = new AuditorEditor(this);
    m_editor->setObjectName(QStringLiteral("auditorEditor"));

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("auditorsSplitter"));
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_editor);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({420, 320});   // the list gets most of the height until the user says otherwise

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, m_model, &AuditorListModel::setFilter);
    connect(m_showInactive, &QCheckBox::toggled, m_model, &AuditorListModel::setShowInactive);
    connect(m_expiring, &QCheckBox::toggled, this, &AuditorsPage::updateExpiring);
    connect(m_days, &QSpinBox::valueChanged, this, [this] {
        m_daysFromParameter = false;
        updateExpiring();
    });
    connect(m_model, &AuditorListModel::modelReset, this, [this] {
        if (m_editor->auditorId() > 0)
            selectAuditor(m_editor->auditorId());
        updateCount();
        updateActions();
        ColumnFitter::fit(m_view, 24);
    });
    connect(m_model, &AuditorListModel::loadFailed, this, &AuditorsPage::statusMessage);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current); });
    connect(m_view, &QTableView::activated, this, [this] { m_editor->focusFirstField(); });

    connect(m_newAction, &QAction::triggered, this, &AuditorsPage::newAuditor);
    connect(m_deleteAction, &QAction::triggered, this, &AuditorsPage::deleteSelected);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    connect(m_editor, &AuditorEditor::saved, this, [this](qint64 id) {
        selectAuditor(id);
        emit statusMessage(tr("Saved “%1”.").arg(m_editor->displayName()));
    });
    connect(m_editor, &AuditorEditor::modificationChanged, this, &AuditorsPage::modificationChanged);
    connect(m_editor, &AuditorEditor::leaveRequested, this, [this] {
        if (m_editor->isNew()) {
            const qint64 id = selectedId();
            if (id > 0)
                m_editor->openAuditor(id);
            else
                m_editor->closeAuditor();
        }
        m_view->setFocus(Qt::OtherFocusReason);
    });
}

void AuditorsPage::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter by name or registration number (Ctrl+F)"));
    m_filter->setToolTip(tr("Every word typed must appear in the Chinese or English name or the registration number."));
    m_showInactive->setText(tr("Show ina&ctive"));
    m_showInactive->setToolTip(tr("Also list auditors who no longer work for the body"));
    m_expiring->setText(tr("Registration e&xpires within"));
    m_expiring->setToolTip(tr("Only auditors whose registration ends between today and the number of days given"));
    m_days->setSuffix(tr(" days"));
    m_newAction->setText(tr("&New auditor"));
    m_newAction->setToolTip(tr("Add an auditor (Ctrl+N)"));
    m_deleteAction->setText(tr("&Delete"));
    m_deleteAction->setToolTip(tr("Delete the selected auditor (only one no other record refers to)"));
    m_findAction->setText(tr("&Find"));
    m_model->retranslate();
    ColumnFitter::fit(m_view, 24);
    updateCount();
    updateActions();
}

void AuditorsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Page::changeEvent(event);
}

void AuditorsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Parameters, classes and auditors may have changed elsewhere.
    if (!m_editor->isModified())
        m_model->refresh();
}

void AuditorsPage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    Database *db = session ? &session->database() : nullptr;
    if (session) {
        connect(session, &Session::closing, this, [this] { setSession(nullptr); });
        connect(session, &Session::changed, this, &AuditorsPage::followChanges);
    }
    m_editor->setSession(session);
    if (db && m_daysFromParameter) {
        try {
            const QSignalBlocker blocker(m_days);
            m_days->setValue(ParameterRepository(*db).load().registrationWarningDays());
        } catch (const SqlError &) {
        }
    }
    m_model->setDatabase(db);
    updateExpiring();
    setEnabled(db != nullptr);
    updateCount();
    updateActions();
}

void AuditorsPage::updateExpiring()
{
    m_days->setEnabled(m_expiring->isChecked());
    m_model->setExpiresWithinDays(m_expiring->isChecked() ? m_days->value() : -1);
    if (m_expiring->isChecked())
        m_view->sortByColumn(AuditorListModel::ValidTo, Qt::AscendingOrder);
}

QString AuditorsPage::countText() const
{
    return m_count->text();
}

void AuditorsPage::updateCount()
{
    const int rows = m_model->rowCount();
    // The check box beside says which auditors are listed; the count stays short.
    m_count->setText(tr("%Ln auditor(s)", nullptr, rows));
}

QList<QAction *> AuditorsPage::editActions() const
{
    return {m_newAction, m_editor->saveAction(), m_editor->revertAction(), m_deleteAction};
}

bool AuditorsPage::maybeSave()
{
    return m_editor->maybeSave();
}

bool AuditorsPage::confirmStep(const ChangeSet &set, const QString &actionText)
{
    for (const RecordRef &ref : set.records())
        if (AuditorRepository::tables().contains(ref.table))
            return m_editor->confirmDiscardFor(actionText);
    return true;
}

void AuditorsPage::openAuditor(qint64 id)
{
    if (id != m_editor->auditorId() || m_editor->isNew()) {
        if (!m_editor->maybeSave())
            return;
        m_editor->openAuditor(id);
    }
    selectAuditor(id);
}

void AuditorsPage::selectAuditor(qint64 id)
{
    const int row = m_model->rowOf(id);
    m_syncing = true;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, AuditorListModel::NameZh);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clear();
    }
    m_syncing = false;
    updateActions();
}

void AuditorsPage::currentRowChanged(const QModelIndex &current)
{
    updateActions();
    if (m_syncing || !current.isValid())
        return;
    const qint64 id = m_model->idAt(current.row());
    if (id <= 0 || id == m_editor->auditorId())
        return;
    if (!m_editor->maybeSave()) {
        selectAuditor(m_editor->auditorId());
        return;
    }
    m_editor->openAuditor(id);
    selectAuditor(id);
}

qint64 AuditorsPage::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return m_model->idAt(current.row());
    return m_editor->auditorId();
}

void AuditorsPage::updateActions()
{
    const bool hasDb = m_model->database() != nullptr;
    m_newAction->setEnabled(hasDb);
    m_deleteAction->setEnabled(hasDb && selectedId() > 0);
}

void AuditorsPage::newAuditor()
{
    if (!m_model->database() || !m_editor->maybeSave())
        return;
    m_syncing = true;
    m_view->selectionModel()->clear();
    m_syncing = false;
    m_editor->newAuditor();
    m_editor->focusFirstField();
    updateActions();
}

void AuditorsPage::deleteSelected()
{
    const qint64 id = selectedId();
    Database *db = m_model->database();
    if (id <= 0 || !db)
        return;
    std::optional<Auditor> auditor;
    QStringList records;
    try {
        AuditorRepository repository(*db);
        auditor = repository.load(id);
        records = repository.dependentRecords(id);
    } catch (const SqlError &e) {
        QMessageBox::warning(this, tr("Delete auditor"), e.message());
        return;
    }
    if (!auditor)
        return;
    const QString name = auditor->nameZh;
    if (!records.isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("Delete auditor"),
                        tr("“%1” cannot be deleted: other records refer to this auditor (%2).\n\n"
                           "Mark the auditor inactive instead: they are then no longer listed or proposed, "
                           "and the records are kept.").arg(name, records.join(QStringLiteral(", "))),
                        QMessageBox::NoButton, this);
        QPushButton *deactivate = auditor->active ? box.addButton(tr("Mark inactive"), QMessageBox::AcceptRole) : nullptr;
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (deactivate && box.clickedButton() == deactivate) {
            if (id == m_editor->auditorId() && !m_editor->maybeSave())
                return;
            Session *session = m_session;
            if (write(tr("Delete auditor"), [name] { return tr("Mark auditor “%1” inactive").arg(name); },
                      [session, id] { return AuditorRepository(session->database()).setActive(id, false); }))
                emit statusMessage(tr("“%1” is marked inactive. Tick “Show inactive” to see them in the list.").arg(name));
        }
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Delete auditor"),
                    tr("Delete “%1” with their competences, continuing education and conflict declarations?\n\n"
                       "You can bring them back with Edit → Undo.").arg(name),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    box.button(QMessageBox::No)->setText(tr("Keep"));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;
    Session *session = m_session;
    if (!write(tr("Delete auditor"), [name] { return tr("Delete auditor “%1”").arg(name); },
               [session, id] { return AuditorRepository(session->database()).remove(id); }))
        return;
    emit statusMessage(tr("Deleted “%1”.").arg(name));
}

bool AuditorsPage::eventFilter(QObject *watched, QEvent *event)
{
    // Down or Enter in the filter moves to the list.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) && m_model->rowCount() > 0) {
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_model->index(0, AuditorListModel::NameZh));
            m_view->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
