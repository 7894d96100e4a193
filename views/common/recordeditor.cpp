#include "common/recordeditor.h"

#include "common/entrypane.h"

#include "common/fieldmessage.h"
#include "common/fieldundorouter.h"
#include "common/optionaldateedit.h"
#include "common/subrecordtable.h"
#include "itemmodels/changehistorymodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTime>
#include <QVBoxLayout>

int RecordEditor::rowOfField(const QString &key)
{
    const qsizetype open = key.indexOf(u'[');
    const qsizetype close = key.indexOf(u']');
    return open >= 0 && close > open ? key.mid(open + 1, close - open - 1).toInt() : -1;
}

RecordEditor::RecordEditor(QWidget *parent) : QWidget(parent)
{
    m_undoRouter = new FieldUndoRouter(this);
    m_stack = new QStackedWidget(this);
    m_placeholder = new QLabel(m_stack);
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_placeholder);

    auto *page = new QWidget(m_stack);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs = new QTabWidget(page);
    // Details: two columns of fields, each with its message line below it, and the notes.
    m_tabs->addTab(newFieldPage(), QString());

    m_body = new QHBoxLayout;
    m_body->addWidget(m_tabs, 3);

    m_status = new StatusLine(page);
    m_revertButton = new QPushButton(page);
    m_saveButton = new QPushButton(page);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_title);
    pageLayout->addLayout(m_body, 1);
    pageLayout->addLayout(buttons);
    m_stack->addWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_saveAction);
    m_revertAction = new QAction(this);
    addAction(m_revertAction);
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    connect(m_revertAction, &QAction::triggered, this, [this] { revert(); });
    connect(m_saveButton, &QPushButton::clicked, m_saveAction, &QAction::trigger);
    connect(m_revertButton, &QPushButton::clicked, m_revertAction, &QAction::trigger);
}

QWidget *RecordEditor::newFieldPage()
{
    auto *details = new QWidget;
    m_grid = new QGridLayout(details);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, 1);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(1);
    m_nextRow[0] = m_nextRow[1] = 0;
    auto *scroll = new QScrollArea;
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

int RecordEditor::addFieldsTab(FieldColumns columns)
{
    m_fieldsTab = m_tabs->addTab(newFieldPage(), QString());
    if (columns == OneColumn)
        m_grid->setColumnStretch(3, 0);   // the fields take the width
    return m_fieldsTab;
}

void RecordEditor::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &Session::userChanged, this, [this] {
            applyReadOnly();
            updateState();
        });
    closeRecord();
    sessionChanged();
    applyReadOnly();
}

void RecordEditor::applyReadOnly()
{
    const bool readOnly = isReadOnly();
    for (QWidget *field : std::as_const(m_fields)) {
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->setReadOnly(readOnly);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
            text->setReadOnly(readOnly);
        else
            field->setEnabled(!readOnly);
    }
    for (const SubRecordTab &tab : std::as_const(m_subRecordTabs))
        tab.table->setReadOnly(readOnly);
}

void RecordEditor::addField(const QString &key, QWidget *editor, int column, LabelKind label, Qt::Alignment alignment)
{
    QWidget *details = m_grid->parentWidget();
    editor->setParent(details);
    editor->setObjectName(key);
    editor->installEventFilter(m_undoRouter);
    const auto edited = [this, key] { fieldEdited(key); };
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        connect(edit, &QLineEdit::textChanged, this, edited);
    else if (auto *date = qobject_cast<OptionalDateEdit *>(editor))
        connect(date, &OptionalDateEdit::valueChanged, this, edited);
    else if (auto *box = qobject_cast<QComboBox *>(editor))
        connect(box, &QComboBox::currentIndexChanged, this, edited);
    else if (auto *check = qobject_cast<QCheckBox *>(editor))
        connect(check, &QCheckBox::toggled, this, edited);
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        connect(spin, &QSpinBox::valueChanged, this, edited);
    else if (auto *list = qobject_cast<QListWidget *>(editor))
        connect(list, &QListWidget::itemChanged, this, edited);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        text->setTabChangesFocus(true);
        const int line = text->fontMetrics().lineSpacing();
        text->setMinimumHeight(line * 2 + 12);
        text->setMaximumHeight(line * 4 + 12);
        connect(text, &QPlainTextEdit::textChanged, this, edited);
    }
    if (m_fieldsTab > 0)
        m_fieldTabs.insert(key, m_fieldsTab);

    const int row = m_nextRow[column];
    const int col = column * 2;
    if (label == Labelled) {
        auto *text = new QLabel(details);
        text->setBuddy(editor);
        m_labels.insert(key, text);
        m_grid->addWidget(text, row, col, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_grid->addWidget(editor, row, col + 1, alignment);
    auto *message = new FieldMessage(key, details);
    m_grid->addWidget(message, row + 1, col + 1);
    m_messages.insert(key, message);
    m_fields.insert(key, editor);
    m_fieldOrder << key;
    m_nextRow[column] += 2;
}

void RecordEditor::addNotesField(const QString &key, QPlainTextEdit *notes, int minimumLines)
{
    QWidget *details = m_grid->parentWidget();
    notes->setParent(details);
    notes->setObjectName(key);
    notes->setTabChangesFocus(true);
    // Room for a few lines: the list above gets the height (it scrolls).
    const int line = notes->fontMetrics().lineSpacing();
    notes->setMinimumHeight(line * minimumLines + 12);
    notes->setMaximumHeight(line * 5 + 12);
    notes->installEventFilter(m_undoRouter);
    auto *label = new QLabel(details);
    label->setBuddy(notes);
    m_labels.insert(key, label);
    const int row = qMax(m_nextRow[0], m_nextRow[1]);
    m_grid->addWidget(label, row, 0, Qt::AlignRight | Qt::AlignTop);
    m_grid->addWidget(notes, row, 1, 1, 3);
    m_grid->setRowStretch(row, 1);
    m_nextRow[0] = m_nextRow[1] = row + 1;
    m_fields.insert(key, notes);
    m_fieldOrder << key;
    connect(notes, &QPlainTextEdit::textChanged, this, [this, key] { fieldEdited(key); });
}

void RecordEditor::addSubRecordTab(const QString &key, SubRecordTable *table, QWidget *page)
{
    table->setObjectName(key);
    const int tab = m_tabs->addTab(page ? page : table, QString());
    m_subRecordTabs << SubRecordTab{tab, key, table};
    connect(table, &SubRecordTable::edited, this, [this, key] { fieldEdited(key); });
}

void RecordEditor::setSidePane(QWidget *pane)
{
    m_body->addWidget(pane, 1);
}

void RecordEditor::finishBuilding()
{
    m_history = new ChangeHistoryModel(this);
    m_historyView = new QTableView;
    m_historyView->setObjectName(QStringLiteral("history"));
    m_historyView->setModel(m_history);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setWordWrap(true);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->verticalHeader()->setVisible(false);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    const int character = m_historyView->fontMetrics().horizontalAdvance(QChar(0x4E2D));
    m_historyView->setColumnWidth(ChangeHistoryModel::When, character * 9 + 16);
    m_historyView->setColumnWidth(ChangeHistoryModel::Who, character * 6 + 16);
    m_historyView->setColumnWidth(ChangeHistoryModel::Record, character * 14 + 16);
    m_historyView->setColumnWidth(ChangeHistoryModel::Action, character * 4 + 16);
    m_historyTab = m_tabs->addTab(m_historyView, QString());
    connect(m_history, &ChangeHistoryModel::modelReset, m_historyView, &QTableView::resizeRowsToContents);
    connect(m_history, &ChangeHistoryModel::loadFailed, this, [this](const QString &message) { showStatus(message, true); });
    connect(m_historyView->horizontalHeader(), &QHeaderView::sectionResized, m_historyView,
            [this] { m_historyView->resizeRowsToContents(); });

    retranslateFields();
    retranslateFrame();
    closeRecord();
}

void RecordEditor::setLabelText(const QString &key, const QString &text)
{
    if (QLabel *label = m_labels.value(key))
        label->setText(text);
}

QString RecordEditor::tabTitle(int tab) const
{
    if (tab == 0)
        return tr("Details");
    if (tab == m_historyTab)
        return tr("History");
    return ownTabTitle(tab);
}

QString RecordEditor::ownTabTitle(int) const
{
    return {};
}

QString RecordEditor::subRecordProblemText(const FieldProblem &problem) const
{
    return problem.message;
}

void RecordEditor::setListEmpty(bool empty)
{
    if (empty == m_listEmpty)
        return;
    m_listEmpty = empty;
    m_placeholder->setText(m_listEmpty ? texts().emptyPlaceholder : texts().placeholder);
}

void RecordEditor::retranslateFrame()
{
    const Texts t = texts();
    m_placeholder->setText(m_listEmpty ? t.emptyPlaceholder : t.placeholder);
    m_saveAction->setText(tr("&Save"));
    m_saveAction->setToolTip(t.saveToolTip);
    m_revertAction->setText(tr("&Discard changes"));
    m_revertAction->setToolTip(tr("Forget the changes since the last save"));
    m_saveButton->setText(m_saveAction->text());
    m_saveButton->setToolTip(m_saveAction->toolTip());
    m_revertButton->setText(m_revertAction->text());
    m_revertButton->setToolTip(m_revertAction->toolTip());
    m_history->retranslate();
    m_historyView->resizeRowsToContents();
    m_status->clear();   // a message of the old language
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        m_tabs->setTabText(tab, tabTitle(tab));
    updateState();
}

void RecordEditor::clearWidgets()
{
    for (QWidget *editor : std::as_const(m_fields)) {
        if (auto *edit = qobject_cast<QLineEdit *>(editor))
            edit->clear();
        else if (auto *date = qobject_cast<OptionalDateEdit *>(editor))
            date->setValue(QDate());
        else if (auto *notes = qobject_cast<QPlainTextEdit *>(editor))
            notes->clear();
    }
    for (const SubRecordTab &tab : std::as_const(m_subRecordTabs))
        tab.table->setRows({});
}

void RecordEditor::endLoading(bool shown, bool storedRecord)
{
    m_loading = false;
    m_touched.clear();
    // A stored record shows all its problems; a new one only those of fields touched.
    m_showAllProblems = storedRecord;
    m_status->clear();
    m_stack->setCurrentIndex(shown ? 1 : 0);
    if (shown && !storedRecord)
        m_tabs->setCurrentIndex(0);
    m_historyView->resizeRowsToContents();
    updateState();
}

void RecordEditor::setHistory(qint64 id, std::function<QList<ChangeEntry>(qint64)> loader)
{
    if (!loader || id <= 0) {
        m_history->setRecord(nullptr, 0, {});
        return;
    }
    m_history->setRecord(database(), id, [loader](const Database &, qint64 row) { return loader(row); });
}

void RecordEditor::refreshHistory()
{
    m_history->refresh();
}

void RecordEditor::fieldEdited(const QString &key)
{
    if (m_loading)
        return;
    m_touched.insert(key);
    if (!m_status->text().isEmpty())
        m_status->clear();
    updateState();
}

void RecordEditor::updateState()
{
    const bool modified = isModified();
    if (hasRecord()) {
        QString title = isNew() ? texts().newTitle : storedTitle();
        if (modified)
            title = tr("%1 — unsaved changes").arg(title);
        m_title->setText(title);
        showProblems(currentProblems());
        stateUpdated();
        // Titles that count rows (sub-records, a type's own tabs) follow.
        for (int tab = 1; tab < m_tabs->count(); ++tab)
            m_tabs->setTabText(tab, tabTitle(tab));
    }
    m_saveAction->setEnabled(hasRecord() && (modified || isNew()) && !isReadOnly());
    m_revertAction->setEnabled(hasRecord() && modified);
    m_saveButton->setEnabled(m_saveAction->isEnabled());
    m_revertButton->setEnabled(m_revertAction->isEnabled());
    if (modified != m_wasModified) {
        m_wasModified = modified;
        emit modificationChanged(modified);
    }
}

int RecordEditor::tabOfField(const QString &name) const
{
    const QString key = m_aliases.value(name, name);
    if (const auto it = m_fieldTabs.constFind(key); it != m_fieldTabs.constEnd())
        return *it;
    for (const SubRecordTab &tab : m_subRecordTabs)
        if (key.startsWith(tab.key + u'['))
            return tab.tab;
    return 0;
}

QString RecordEditor::problemText(const FieldProblem &problem) const
{
    return tabOfField(problem.field) == 0 || m_fieldTabs.contains(m_aliases.value(problem.field, problem.field)) ? problem.message
                                                                                  : subRecordProblemText(problem);
}

void RecordEditor::showProblems(const QList<FieldProblem> &shown)
{
    QHash<QString, QStringList> byField;
    QHash<int, QStringList> byTab;
    QList<FieldProblem> problems = shown;
    for (FieldProblem &p : problems)
        p.field = m_aliases.value(p.field, p.field);
    for (const FieldProblem &p : problems) {
        const int tab = tabOfField(p.field);
        if (tab == 0)
            byField[p.field] << p.message;
        else
            byTab[tab] << subRecordProblemText(p);
    }
    for (auto it = m_messages.constBegin(); it != m_messages.constEnd(); ++it) {
        const bool shown = m_showAllProblems || m_touched.contains(it.key());
        const QString text = shown ? byField.value(it.key()).join(u'\n') : QString();
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
        if (QWidget *editor = m_fields.value(it.key()))
            editor->setAccessibleDescription(text);
    }
    for (const SubRecordTab &tab : std::as_const(m_subRecordTabs)) {
        const bool shown = m_showAllProblems || m_touched.contains(tab.key);
        const QStringList messages = shown ? byTab.value(tab.tab) : QStringList();
        tab.table->setProblems(messages);
        m_tabs->setTabIcon(tab.tab, messages.isEmpty() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    // A tab of fields is marked when one of its fields shows a message.
    QSet<int> marked;
    for (auto it = m_fieldTabs.constBegin(); it != m_fieldTabs.constEnd(); ++it)
        if (const QLabel *message = m_messages.value(it.key()); message && !message->text().isEmpty())
            marked.insert(it.value());
    for (const int tab : QSet<int>(m_fieldTabs.cbegin(), m_fieldTabs.cend()))
        m_tabs->setTabIcon(tab, marked.contains(tab) ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
}

void RecordEditor::focusProblem(const FieldProblem &shown)
{
    FieldProblem problem = shown;
    problem.field = m_aliases.value(problem.field, problem.field);
    const int tab = tabOfField(problem.field);
    m_tabs->setCurrentIndex(tab);
    if (tab == 0 || m_fieldTabs.contains(problem.field)) {
        if (QWidget *editor = m_fields.value(problem.field))
            editor->setFocus(Qt::OtherFocusReason);
        return;
    }
    const int row = rowOfField(problem.field);
    for (const SubRecordTab &t : std::as_const(m_subRecordTabs)) {
        if (t.tab == tab && row >= 0) {
            t.table->table()->setCurrentCell(row, 0);
            t.table->table()->setFocus(Qt::OtherFocusReason);
        }
    }
}

void RecordEditor::showStatus(const QString &text, bool isError)
{
    m_status->showText(text, isError);
}

bool RecordEditor::save()
{
    if (!hasRecord())
        return false;
    for (const SubRecordTab &tab : std::as_const(m_subRecordTabs))
        tab.table->commitEditing();   // Ctrl+S while a cell is being edited keeps what was typed
    m_showAllProblems = true;
    const QList<FieldProblem> problems = currentProblems();
    showProblems(problems);
    if (!problems.isEmpty()) {
        showStatus(tr("Not saved: %1").arg(problemText(problems.first())), true);
        focusProblem(problems.first());
        return false;
    }
    if (!isModified() && !isNew())
        return true;
    if (!m_session)
        return false;
    const WriteResult result = writeRecord();
    if (!result) {
        showProblems(result.problems);
        showStatus(result.message, true);
        if (!result.problems.isEmpty())
            focusProblem(result.problems.first());
        return false;
    }
    openRecord(result.id);
    showStatus(tr("Saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)), false);
    emit saved(result.id);
    return true;
}

void RecordEditor::focusFirstField()
{
    if (!hasRecord() || m_fieldOrder.isEmpty())
        return;
    m_tabs->setCurrentIndex(0);
    QWidget *first = m_fields.value(m_fieldOrder.first());
    first->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(first))
        edit->selectAll();
}

bool RecordEditor::maybeSave()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"), texts().saveQuestion.arg(displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        revert();
        return true;
    default:
        return false;
    }
}

bool RecordEditor::confirmDiscardFor(const QString &actionText)
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("%1 discards the unsaved changes to “%2”. Continue?").arg(actionText, displayName()),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    revert();
    return true;
}

QString RecordEditor::fieldMessage(const QString &key) const
{
    const QLabel *label = m_messages.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

void RecordEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_history) {
        retranslateFields();
        retranslateFrame();
    }
    QWidget::changeEvent(event);
}

void RecordEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Escape || event->modifiers() != Qt::NoModifier) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (isModified()) {
        const auto answer = QMessageBox::question(
            this, tr("Discard changes"),
            tr("Discard the changes to “%1”? What you typed since the last save is lost.").arg(displayName()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
        revert();
    }
    emit leaveRequested();
}
