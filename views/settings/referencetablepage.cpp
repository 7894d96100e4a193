#include "settings/referencetablepage.h"

#include "common/actionbutton.h"
#include "common/entrypane.h"
#include "common/escapekey.h"
#include "itemmodels/referencefiltermodel.h"

#include "common/columnfitter.h"
#include "itemmodels/referencetablemodel.h"
#include "common/notebar.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

ReferenceTablePage::ReferenceTablePage(ReferenceTableModel *model, const QList<RecordForm::Field> &fields, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new ReferenceFilterModel(this))
{
    m_model->setParent(this);
    m_proxy->setSourceModel(m_model);
    buildUi(fields);
    retranslateUi();
    clearEntry();
    EscapeKey::install(this, m_view, [this] { return isModified(); }, [this] { revert(); });
}

void ReferenceTablePage::buildUi(const QList<RecordForm::Field> &fields)
{
    m_note = new NoteBar(this);
    m_descriptionLabel = new QLabel(this);
    m_descriptionLabel->setWordWrap(true);
    m_descriptionLabel->setForegroundRole(QPalette::PlaceholderText);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setClearButtonEnabled(true);
    m_count = new QLabel(this);

    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WindowShortcut);
    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WindowShortcut);
    m_revertAction = new QAction(this);
    m_retireAction = new QAction(this);
    m_deleteAction = new QAction(this);
    m_restoreAction = new QAction(this);
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    addActions({m_newAction, m_saveAction, m_findAction});

    const auto makeButton = [this](QAction *action) { return new ActionButton(action, this); };
    m_newButton = makeButton(m_newAction);
    m_retireButton = makeButton(m_retireAction);
    m_deleteButton = makeButton(m_deleteAction);
    m_restoreButton = makeButton(m_restoreAction);
    m_retireButton->setVisible(m_model->canRetire());
    m_deleteButton->setVisible(m_model->canRemove());

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 2);
    bar->addSpacing(12);
    bar->addWidget(m_newButton);
    bar->addWidget(m_retireButton);
    bar->addWidget(m_deleteButton);
    bar->addStretch(1);
    bar->addWidget(m_restoreButton);
    bar->addSpacing(12);
    bar->addWidget(m_count);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("referenceTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_view, 1);

    auto *entryPane = new EntryPane(this);
    m_form = new RecordForm(fields, entryPane);
    entryPane->setContent(m_form);
    m_title = entryPane->title();
    m_status = entryPane->status();
    m_revertButton = entryPane->revertButton();
    m_saveButton = entryPane->saveButton();

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(entryPane);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_descriptionLabel);
    layout->addWidget(m_splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterWords(text);
        updateCount();
        selectEntry(entryId());
    });
    // The last column takes the spare width, unless it holds numbers (they would drift right).
    const QVariant lastAlignment = m_model->headerData(m_model->columnCount() - 1, Qt::Horizontal, Qt::TextAlignmentRole);
    m_view->horizontalHeader()->setStretchLastSection(!(lastAlignment.value<Qt::Alignment>() & Qt::AlignRight));
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        ColumnFitter::fit(m_view, 36);
        updateCount();
        if (entryId() > 0)
            selectEntry(entryId());
        updateActions();
    });
    connect(m_model, &ReferenceTableModel::loadFailed, this, &ReferenceTablePage::statusMessage);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReferenceTablePage::updateActions);
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_hasEntry && !m_form->keys().isEmpty())
            m_form->focusField(m_form->keys().constFirst());
    });
    connect(m_form, &RecordForm::edited, this, &ReferenceTablePage::fieldEdited);
    connect(m_newAction, &QAction::triggered, this, &ReferenceTablePage::newEntry);
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    connect(m_revertAction, &QAction::triggered, this, &ReferenceTablePage::revert);
    connect(m_retireAction, &QAction::triggered, this, &ReferenceTablePage::toggleRetired);
    connect(m_deleteAction, &QAction::triggered, this, &ReferenceTablePage::removeSelected);
    connect(m_restoreAction, &QAction::triggered, this, &ReferenceTablePage::restoreShipped);
    connect(m_saveButton, &QPushButton::clicked, m_saveAction, &QAction::trigger);
    connect(m_revertButton, &QPushButton::clicked, m_revertAction, &QAction::trigger);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
}

void ReferenceTablePage::setTexts(std::function<QString(const QString &)> fieldLabel, std::function<QString()> description)
{
    m_fieldLabel = std::move(fieldLabel);
    m_description = std::move(description);
    retranslateUi();
}

void ReferenceTablePage::retranslateUi()
{
    if (m_fieldLabel)
        for (const QString &key : m_form->keys())
            m_form->setLabel(key, m_fieldLabel(key));
    m_descriptionLabel->setText(m_description ? m_description() : QString());
    m_descriptionLabel->setVisible(!m_descriptionLabel->text().isEmpty());
    m_form->refreshChoices();
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_newAction->setText(tr("&New entry"));
    m_newAction->setToolTip(tr("Add an entry to %1 (Ctrl+N)").arg(m_model->title()));
    m_saveAction->setText(tr("&Save"));
    m_saveAction->setToolTip(tr("Save the entry (Ctrl+S); the change log records it"));
    m_revertAction->setText(tr("&Discard changes"));
    m_revertAction->setToolTip(tr("Forget the changes since the last save"));
    m_deleteAction->setText(tr("&Delete"));
    m_deleteAction->setToolTip(tr("Delete the selected entry (only one that no record uses)"));
    m_restoreAction->setText(tr("Restore &shipped values…"));
    m_restoreAction->setToolTip(tr("Give %1 the values shipped with the program again (asks first)").arg(m_model->title()));
    m_findAction->setText(tr("&Find"));
    m_saveButton->setText(m_saveAction->text());
    m_saveButton->setToolTip(m_saveAction->toolTip());
    m_revertButton->setText(m_revertAction->text());
    m_revertButton->setToolTip(m_revertAction->toolTip());
    m_model->retranslate();
    ColumnFitter::fit(m_view, 36);
    m_status->clear();
    updateCount();
    updateState();
    updateActions();
}

void ReferenceTablePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReferenceTablePage::setEditable(bool editable, const QString &note)
{
    m_editable = editable;
    m_note->setText(editable ? QString() : note);
    m_form->setReadOnly(!editable);
    if (!editable && isModified())
        revert();
    updateState();
    updateActions();
}

QString ReferenceTablePage::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

QString ReferenceTablePage::statusText() const
{
    return m_status->text();
}

QList<QAction *> ReferenceTablePage::editActions() const
{
    QList<QAction *> actions;
    if (m_model->canAdd())
        actions << m_newAction;
    actions << m_saveAction << m_revertAction;
    if (m_model->canRetire())
        actions << m_retireAction;
    if (m_model->canRemove())
        actions << m_deleteAction;
    actions << m_restoreAction;
    return actions;
}

qint64 ReferenceTablePage::entryId() const
{
    return m_hasEntry ? m_original.value(QStringLiteral("id")).toLongLong() : 0;
}

bool ReferenceTablePage::isModified() const
{
    if (!m_hasEntry)
        return false;
    const QVariantMap current = m_form->values();
    for (const QString &key : m_form->keys())
        if (current.value(key) != m_original.value(key))
            return true;
    return false;
}

QString ReferenceTablePage::entryName(const QVariantMap &entry) const
{
    for (const char *key : {"code", "name_zh", "title_zh"})
        if (const QString text = entry.value(QLatin1String(key)).toString(); !text.isEmpty())
            return text;
    const int from = entry.value(QStringLiteral("min_personnel")).toInt();
    if (from > 0)
        return tr("%1–%2 personnel").arg(from).arg(entry.value(QStringLiteral("max_personnel")).toInt());
    return tr("new entry");
}

int ReferenceTablePage::selectedRow() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return -1;
    return m_proxy->mapToSource(current).row();
}

void ReferenceTablePage::selectEntry(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    const QModelIndex index = sourceRow >= 0 ? m_proxy->mapFromSource(m_model->index(sourceRow, 0)) : QModelIndex();
    m_syncing = true;
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clear();
    }
    m_syncing = false;
    if (sourceRow >= 0 && !isModified())   // never over what was typed
        showEntry(sourceRow);
    updateActions();
}

void ReferenceTablePage::currentRowChanged(const QModelIndex &current)
{
    updateActions();
    if (m_syncing || !current.isValid())
        return;
    const int row = m_proxy->mapToSource(current).row();
    const qint64 id = m_model->idAt(row);
    if (m_hasEntry && id == entryId())
        return;
    if (!maybeSave()) {
        const qint64 kept = entryId();
        m_syncing = true;
        const int keptRow = m_model->rowOf(kept);
        if (keptRow >= 0)
            m_view->selectionModel()->setCurrentIndex(m_proxy->mapFromSource(m_model->index(keptRow, 0)),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        else
            m_view->selectionModel()->clear();
        m_syncing = false;
        return;
    }
    showEntry(m_model->rowOf(id));
}

void ReferenceTablePage::showEntry(int row)
{
    if (row < 0) {
        clearEntry();
        return;
    }
    m_original = m_model->entry(row);
    m_hasEntry = true;
    m_showAll = true;
    m_touched.clear();
    m_form->setValues(m_original);
    m_status->clear();
    updateState();
    updateActions();
}

void ReferenceTablePage::clearEntry()
{
    m_hasEntry = false;
    m_original = m_model->entry(-1);
    m_form->setValues(m_original);
    m_form->setProblems({});
    m_form->setEnabled(false);
    updateState();
    updateActions();
}

void ReferenceTablePage::newEntry()
{
    if (!m_editable || !m_model->canAdd() || !maybeSave())
        return;
    m_syncing = true;
    m_view->selectionModel()->clear();
    m_syncing = false;
    m_original = m_model->entry(-1);
    m_hasEntry = true;
    m_showAll = false;
    m_touched.clear();
    m_form->setValues(m_original);
    m_status->clear();
    updateState();
    updateActions();
    if (!m_form->keys().isEmpty())
        m_form->focusField(m_form->keys().constFirst());
}

void ReferenceTablePage::fieldEdited(const QString &key)
{
    m_touched.insert(key);
    if (!m_status->text().isEmpty())
        m_status->clear();
    updateState();
}

void ReferenceTablePage::updateState()
{
    m_form->setEnabled(m_hasEntry);
    const bool modified = isModified();
    if (m_hasEntry) {
        const bool isNew = entryId() == 0;
        QString title = isNew ? tr("New entry") : entryName(m_original);
        if (!isNew && m_model->canRetire() && !m_original.value(QStringLiteral("active"), true).toBool())
            title = tr("%1 (retired)").arg(title);
        if (modified)
            title = tr("%1 — unsaved changes").arg(title);
        m_title->setText(title);
        QList<FieldProblem> problems = m_model->validate(m_form->values());
        if (!m_showAll)
            problems.removeIf([this](const FieldProblem &p) { return !m_touched.contains(p.field); });
        m_form->setProblems(problems);
    } else {
        m_title->setText(m_editable && m_model->canAdd() ? tr("Select an entry to see it here, or add one with New entry.")
                                    : tr("Select an entry to see it here."));
        m_form->setProblems({});
    }
    const bool isNew = m_hasEntry && entryId() == 0;
    m_saveAction->setEnabled(m_editable && m_hasEntry && (modified || isNew));
    m_revertAction->setEnabled(m_editable && modified);
    m_saveButton->setEnabled(m_saveAction->isEnabled());
    m_revertButton->setEnabled(m_revertAction->isEnabled());
    m_saveButton->setVisible(m_editable);
    m_revertButton->setVisible(m_editable);
    if (modified != m_wasModified) {
        m_wasModified = modified;
        emit modificationChanged(modified);
    }
}

void ReferenceTablePage::updateActions()
{
    const bool hasDb = m_model->database() != nullptr;
    const int row = selectedRow();
    const bool active = row >= 0 && m_model->index(row, 0).data(ReferenceTableModel::ActiveRole).toBool();
    m_newAction->setEnabled(m_editable && hasDb && m_model->canAdd());
    m_retireAction->setEnabled(m_editable && row >= 0);
    m_deleteAction->setEnabled(m_editable && row >= 0);
    m_restoreAction->setEnabled(m_editable && hasDb);
    m_retireAction->setText(row >= 0 && !active ? tr("Re&instate") : tr("Re&tire"));
    m_retireAction->setToolTip(row >= 0 && !active ? tr("Offer the entry again")
                                                   : tr("No longer offer the entry; it is kept for the records"));
    m_newButton->setVisible(m_editable && m_model->canAdd());
    m_retireButton->setVisible(m_editable && m_model->canRetire());
    m_deleteButton->setVisible(m_editable && m_model->canRemove());
    m_restoreButton->setVisible(m_editable);
}

void ReferenceTablePage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%Ln entry(s)", nullptr, total)
                                    : tr("%1 of %Ln entry(s)", nullptr, total).arg(QLocale().toString(shown)));
}

void ReferenceTablePage::showStatus(const QString &text, bool isError)
{
    m_status->showText(text, isError);
}

bool ReferenceTablePage::save()
{
    if (!m_hasEntry || !m_editable)
        return false;
    m_showAll = true;
    const QVariantMap entry = m_form->values();
    const QList<FieldProblem> problems = m_model->validate(entry);
    m_form->setProblems(problems);
    if (!problems.isEmpty()) {
        showStatus(tr("Not saved: %1").arg(problems.first().message), true);
        m_form->focusField(problems.first().field);
        return false;
    }
    if (!isModified() && entryId() > 0)
        return true;
    const WriteResult result = m_model->save(entry);
    if (!result) {
        m_form->setProblems(result.problems);
        showStatus(result.message, true);
        if (!result.problems.isEmpty())
            m_form->focusField(result.problems.first().field);
        return false;
    }
    m_hasEntry = false;   // show the stored entry, not what was typed
    selectEntry(result.id);
    showStatus(tr("Saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)), false);
    emit statusMessage(tr("Saved “%1” in %2.").arg(entryName(m_original), m_model->title()));
    return true;
}

void ReferenceTablePage::revert()
{
    if (!m_hasEntry)
        return;
    const qint64 id = entryId();
    if (id == 0) {
        m_form->setValues(m_original);
        m_touched.clear();
        updateState();
        return;
    }
    m_form->setValues(m_original);
    showEntry(m_model->rowOf(id));
}

bool ReferenceTablePage::maybeSave()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("The entry “%1” has changes that are not saved yet. Save them?").arg(entryName(m_form->values())),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard:
        revert();
        return true;
    default: return false;
    }
}

void ReferenceTablePage::toggleRetired()
{
    const int row = selectedRow();
    if (!m_editable || row < 0 || !maybeSave())
        return;
    const qint64 id = m_model->idAt(row);
    const bool active = m_model->index(row, 0).data(ReferenceTableModel::ActiveRole).toBool();
    const QString name = entryName(m_model->entry(row));
    const WriteResult result = m_model->setActive(id, !active);
    if (!result) {
        QMessageBox::warning(this, m_model->title(), result.message);
        return;
    }
    m_hasEntry = false;
    selectEntry(id);
    emit statusMessage(active ? tr("Retired “%1”: it is no longer offered, and kept for the records.").arg(name)
                              : tr("“%1” is offered again.").arg(name));
}

void ReferenceTablePage::removeSelected()
{
    const int row = selectedRow();
    if (!m_editable || row < 0)
        return;
    const qint64 id = m_model->idAt(row);
    const QString name = entryName(m_model->entry(row));
    QMessageBox box(QMessageBox::Question, tr("Delete entry"),
                    tr("Delete “%1” from %2? The change log keeps a record of it.").arg(name, m_model->title()),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    box.button(QMessageBox::No)->setText(tr("Keep"));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;
    const WriteResult result = m_model->remove(id);
    if (!result) {
        QMessageBox::information(this, tr("Delete entry"), result.message);
        return;
    }
    if (id == entryId())
        clearEntry();
    emit statusMessage(tr("Deleted “%1”.").arg(name));
}

void ReferenceTablePage::restoreShipped()
{
    if (!m_editable || !maybeSave())
        return;
    QMessageBox box(QMessageBox::Question, tr("Restore shipped values"),
                    tr("Restore the shipped values of %1?\n\nEntries you changed get their shipped values back; "
                       "entries you added are retired (or deleted when no record uses them). The change log "
                       "records every change.").arg(m_model->title()),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.button(QMessageBox::Yes)->setText(tr("Restore"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    const qint64 id = entryId();
    const WriteResult result = m_model->restoreShipped();
    if (!result) {
        QMessageBox::warning(this, tr("Restore shipped values"), result.message);
        return;
    }
    m_hasEntry = false;
    if (m_model->rowOf(id) >= 0)
        selectEntry(id);
    else
        clearEntry();
    emit statusMessage(tr("Restored the shipped values of %1.").arg(m_model->title()));
}
