#pragma once

#include "db/database.h"
#include "editing/edits.h"
#include "editing/session.h"
#include "repositories/writeresult.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>
#include <optional>

class ChangeHistoryModel;
class StatusLine;
class QAction;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class SubRecordTable;

// The editor of one record, shown in place below a list (clients, auditors, and every record
// type to come). What all of them share lives here, once: the frame (a title, the tabs, a
// status line, Save and Discard changes), the Details tab of labelled fields with a message
// line under each, tabs of sub-records, the History tab, validation messages that follow the
// typing (a field's message shows once it was touched, all of them after a save was tried),
// saving through the session's one write path so a save can be undone, and the prompts that
// never throw away what was typed without asking (leaving, Esc, an undo that would
// overwrite it).
//
// A record type adds what is particular to it: RecordEditorOf<Record, Repository, rules>
// (below) holds the stored record and does the reading and writing; the editor of the type
// builds its fields in its constructor (addField, addNotesField, addSubRecordTab), puts a
// record into them and reads one back out, and names its texts.
class RecordEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RecordEditor(QWidget *parent = nullptr);

    // The session written to (nullptr: none). Closes the record shown.
    void setSession(Session *session);
    Session *session() const { return m_session; }
    // Whether the fields only show: a session without a chosen profile, whose writes the
    // change log could not put under a person's name, is read only.
    bool isReadOnly() const { return m_session && !m_session->hasUser(); }

    virtual bool hasRecord() const = 0;
    // A record being added, not stored yet.
    virtual bool isNew() const = 0;
    // Id of the stored record shown (0 when new or none).
    virtual qint64 recordId() const = 0;
    virtual bool isModified() const = 0;
    // The record's name in prompts ("new client" when it has none yet).
    virtual QString displayName() const = 0;

    // Shows a stored record (the caller asks about unsaved changes first).
    virtual void openRecord(qint64 id) = 0;
    // Starts a new, empty record.
    virtual void newRecord() = 0;
    // Shows nothing (no record selected).
    virtual void closeRecord() = 0;
    // Restores the stored state (or empties a new record).
    virtual void revert() = 0;
    // The record was written elsewhere (list action, undo, redo): follow it. Unsaved
    // changes are kept; the stored state under them is updated.
    virtual void recordChanged(qint64 id) = 0;
    virtual void recordRemoved(qint64 id) = 0;

    // Validates and writes; false when refused (the messages say why).
    bool save();
    // When modified: asks Save / Discard / Cancel. Returns false when the user cancels or
    // the save was refused, true when it is fine to leave.
    bool maybeSave();
    // Before an action (undo, redo, …) that would discard unsaved changes: asks, and
    // reverts when the user agrees. True when the action may go on.
    bool confirmDiscardFor(const QString &actionText);
    void focusFirstField();

    // Whether the list holds no record at all: the empty editor then says how to begin.
    void setListEmpty(bool empty);

    // The message shown under a field (key as in FieldProblem), "" when none.
    QString fieldMessage(const QString &key) const;
    // The editor widget of a field, as the type it is (nullptr when it is another).
    template <class Widget>
    Widget *field(const QString &key) const { return qobject_cast<Widget *>(m_fields.value(key)); }
    QAction *saveAction() const { return m_saveAction; }
    QAction *revertAction() const { return m_revertAction; }
    QTabWidget *tabs() const { return m_tabs; }
    ChangeHistoryModel *history() const { return m_history; }

signals:
    void modificationChanged(bool modified);
    void saved(qint64 id);
    // Esc (after the changes were discarded or when there were none): leave the editor.
    void leaveRequested();

protected:
    // The texts of the record type, in the current language.
    struct Texts
    {
        QString placeholder;       // nothing selected
        QString emptyPlaceholder;  // the list holds no record at all: how to begin
        QString newTitle;          // "New client"
        QString newName;           // "new client", in prompts
        QString saveToolTip;       // "Save the client (Ctrl+S)"
        QString saveQuestion;      // "The client “%1” has changes that are not saved yet. Save them?"
        QString addDescription;    // "Add client “%1”" (the undo step)
        QString editDescription;   // "Edit client “%1”"
        QString readFailed;        // "The client could not be read: %1"
    };
    virtual Texts texts() const = 0;

    // Building, in the editor's constructor. A field of the Details tab in column 0 (left)
    // or 1 (right), with a label unless it carries its own text (a check box); an edit of
    // a line edit, date, combo box, check box or text field counts as an edit of `key`.
    enum LabelKind { Labelled, Unlabelled };
    void addField(const QString &key, QWidget *editor, int column, LabelKind label = Labelled,
                  Qt::Alignment alignment = {});
    // From here on, addField puts fields on a new tab of their own (two columns, as
    // Details); returns the tab. Their messages show under them, and the tab is marked.
    // A spin box, a list of checkable items (QListWidget) and a text of a few lines
    // (QPlainTextEdit) count as fields too.
    enum FieldColumns { TwoColumns, OneColumn };
    int addFieldsTab(FieldColumns columns = TwoColumns);
    // Messages about `key` show under the field `shownUnder` (a field of several parts:
    // the state and its evidence in one row).
    void showMessagesUnder(const QString &key, const QString &shownUnder) { m_aliases.insert(key, shownUnder); }
    // The notes across both columns below the fields, a few lines high.
    void addNotesField(const QString &key, QPlainTextEdit *notes, int minimumLines);
    // A tab of sub-records: problems of fields "key[row].column" show there. `page` is the
    // tab's widget when it holds more than the table.
    void addSubRecordTab(const QString &key, SubRecordTable *table, QWidget *page = nullptr);
    // A pane beside the tabs (the auditor's findings).
    void setSidePane(QWidget *pane);
    // Adds the History tab, sets the texts and shows no record; the last step of building.
    void finishBuilding();

    void setLabelText(const QString &key, const QString &text);
    QString tabTitle(int tab) const;
    // Titles of the tabs the record type adds ("Sites (3)"); empty for the shared ones.
    virtual QString ownTabTitle(int tab) const;
    // The texts of the record type's own widgets (labels, headers), after a language change.
    virtual void retranslateFields() = 0;

    // The record's title in the frame when it is stored ("name (archived)").
    virtual QString storedTitle() const = 0;
    // The problems of what the fields now say (none without a record).
    virtual QList<FieldProblem> currentProblems() const = 0;
    // The write of the record as the fields now describe it.
    virtual WriteResult writeRecord() = 0;
    // Row of a sub-record field key ("sites[2].name" -> 2), -1 for the record's own fields.
    static int rowOfField(const QString &key);
    // How a sub-record's problem reads on its tab ("Row 2: …"; default: as it is).
    virtual QString subRecordProblemText(const FieldProblem &problem) const;
    // After every edit and load (panels that follow the typing).
    virtual void stateUpdated() {}
    // After the session changed (reference data the fields offer).
    virtual void sessionChanged() {}

    Database *database() const { return m_session ? &m_session->database() : nullptr; }
    // Load and close steps for RecordEditorOf: fields set while loading are no edits.
    void beginLoading() { m_loading = true; }
    void endLoading(bool shown, bool storedRecord);
    void clearWidgets();
    void fieldEdited(const QString &key);
    void updateState();
    void showStatus(const QString &text, bool isError);
    void setHistory(qint64 id, std::function<QList<ChangeEntry>(qint64)> loader);
    void refreshHistory();

    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct SubRecordTab
    {
        int tab;
        QString key;
        SubRecordTable *table;
    };
    int tabOfField(const QString &key) const;
    QString problemText(const FieldProblem &problem) const;
    void showProblems(const QList<FieldProblem> &problems);
    void focusProblem(const FieldProblem &problem);
    void retranslateFrame();
    void applyReadOnly();
    QWidget *newFieldPage();

    Session *m_session = nullptr;
    bool m_loading = false;
    bool m_wasModified = false;
    bool m_showAllProblems = false;
    bool m_listEmpty = false;
    QSet<QString> m_touched;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QTabWidget *m_tabs = nullptr;
    QHBoxLayout *m_body = nullptr;
    QGridLayout *m_grid = nullptr;
    int m_nextRow[2] = {0, 0};
    int m_fieldsTab = 0;               // the tab addField fills (0: Details)
    QHash<QString, int> m_fieldTabs;   // fields on a tab of their own -> that tab
    QHash<QString, QString> m_aliases; // problem key -> the field it shows under
    QObject *m_undoRouter = nullptr;
    QStringList m_fieldOrder;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QLabel *> m_messages;
    QList<SubRecordTab> m_subRecordTabs;
    int m_historyTab = -1;
    QTableView *m_historyView = nullptr;
    ChangeHistoryModel *m_history = nullptr;
    StatusLine *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
};

// The part of an editor that knows the record's type: the stored record, reading it
// through the repository and writing it through the session's write path, validating it
// (by the repository, which also checks against other records; by the domain rules alone
// when the database cannot be read), and following writes made elsewhere. Record has an
// id and operator==; Repository(Database &) has load(id), validate(r), save(r) and
// history(id); rules is the domain's pure check of one record (ClientRules::validate).
// (moc needs the base named by an alias: using ClientEditorBase = RecordEditorOf<…>.)
template <class Record, class Repository, QList<FieldProblem> (*rules)(const Record &)>
class RecordEditorOf : public RecordEditor
{
public:
    using RecordEditor::RecordEditor;

    bool hasRecord() const override { return m_hasRecord; }
    bool isNew() const override { return m_hasRecord && m_original.id == 0; }
    qint64 recordId() const override { return m_hasRecord ? m_original.id : 0; }
    bool isModified() const override { return m_hasRecord && (current() != m_original || modifiedBeyondRecord()); }
    QString displayName() const override
    {
        const QString name = nameOf(current()).trimmed();
        if (!name.isEmpty())
            return name;
        return nameOf(m_original).isEmpty() ? texts().newName : nameOf(m_original);
    }

    // The record as stored, and as the fields now describe it.
    const Record &stored() const { return m_original; }
    Record current() const { return m_hasRecord ? readFields(m_original) : m_original; }

    void openRecord(qint64 id) override
    {
        std::optional<Record> record;
        if (Database *db = database()) {
            try {
                record = Repository(*db).load(id);
            } catch (const SqlError &e) {
                showStatus(texts().readFailed.arg(e.message()), true);
            }
        }
        if (record)
            load(*record);
        else
            closeRecord();
    }
    void newRecord() override { load(Record{}); }
    void closeRecord() override
    {
        beginLoading();
        m_original = Record{};
        m_hasRecord = false;
        clearWidgets();
        clearFields();
        setHistory(0, {});
        endLoading(false, false);
    }
    void revert() override
    {
        if (!m_hasRecord)
            return;
        if (isNew())
            load(Record{});
        else
            openRecord(m_original.id);
    }
    void recordChanged(qint64 id) override
    {
        if (!m_hasRecord || id != m_original.id)
            return;
        if (!isModified()) {
            openRecord(id);
            return;
        }
        // Keep what was typed; only the stored state under it (and the history) follows.
        if (Database *db = database()) {
            try {
                if (const std::optional<Record> record = Repository(*db).load(id))
                    m_original = *record;
            } catch (const SqlError &) {
            }
        }
        refreshHistory();
        updateState();
    }
    void recordRemoved(qint64 id) override
    {
        if (m_hasRecord && id == m_original.id)
            closeRecord();
    }

protected:
    // Puts a record into the fields, and reads the fields back over a copy of the stored one.
    virtual void showFields(const Record &record) = 0;
    virtual Record readFields(Record record) const = 0;
    // Empties what clearWidgets() does not know (lists, panels); default: nothing.
    virtual void clearFields() {}
    // The record's name ("上海示例云计算有限公司").
    virtual QString nameOf(const Record &record) const = 0;
    // Typing that does not show in the record (text that is not a number).
    virtual bool modifiedBeyondRecord() const { return false; }
    // Problems of the fields that the record cannot hold (that text is not a number).
    virtual QList<FieldProblem> fieldProblems(const Record &) const { return {}; }

    QList<FieldProblem> currentProblems() const override
    {
        if (!m_hasRecord)
            return {};
        const Record record = current();
        QList<FieldProblem> problems;
        bool checked = false;
        if (Database *db = database()) {
            try {
                problems = Repository(*db).validate(record);
                checked = true;
            } catch (const SqlError &) {
            }
        }
        if (!checked)
            problems = rules(record);
        return problems + fieldProblems(record);
    }

    WriteResult writeRecord() override
    {
        const Record record = current();
        const bool adding = record.id == 0;
        const QString name = nameOf(record).trimmed();
        // The step's text follows the language (asked again after a change); should the
        // editor be gone by then, it keeps the words of when it was written.
        const QString written = (adding ? texts().addDescription : texts().editDescription).arg(name);
        const QPointer<const RecordEditor> editor(this);
        Session *writer = session();
        return writer->edits().run(
            [editor, adding, name, written] {
                if (!editor)
                    return written;
                const Texts t = static_cast<const RecordEditorOf *>(editor.data())->texts();
                return (adding ? t.addDescription : t.editDescription).arg(name);
            },
            [writer, record] { return Repository(writer->database()).save(record); });
    }

private:
    void load(const Record &record)
    {
        beginLoading();
        m_original = record;
        m_hasRecord = true;
        showFields(record);
        Database *db = database();
        setHistory(record.id, [db](qint64 id) { return Repository(*db).history(id); });
        endLoading(true, record.id > 0);
    }

    Record m_original;
    bool m_hasRecord = false;
};
