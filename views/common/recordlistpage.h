#pragma once

#include "common/page.h"
#include "editing/session.h"
#include "repositories/writeresult.h"

#include <QStringList>

#include <functional>
#include <optional>

class Database;
class NoteBar;
class RecordEditor;
class RecordListModel;
class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSplitter;
class QTableView;
class QToolButton;

// A page of one record type (clients, auditors, and those to come): a filterable, sortable
// list of the records above the editor of the selected one, in a splitter that remembers
// its place. What every such page does is here, once: the list and the editor follow each
// other (choosing a row opens it, asking about unsaved changes first; saving selects the
// saved row), New, Delete (refused with the reason when other records refer to the record,
// offering to set it aside instead, and asked before), Ctrl+F and the keyboard path from
// the filter to the list, following every write to the record by whatever made it (an
// undo, an import, another page), and the prompts before an undo would overwrite typing.
//
// The page of a record type gives its model and editor, the tables that are its records,
// and its texts; it may add filter widgets and actions of its own to the bar.
class RecordListPage : public Page
{
    Q_OBJECT

public:
    // The page takes both; the record type's constructor calls finishBuilding() last.
    RecordListPage(RecordListModel *model, RecordEditor *editor, QWidget *parent = nullptr);

    void setSession(Session *session) override;
    bool isModified() const override;
    bool maybeSave() override;
    bool confirmStep(const ChangeSet &set, const QString &actionText) override;
    // New, Save, Discard changes, Delete.
    QList<QAction *> editActions() const override;
    bool openRecord(const RecordRef &record) override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(QSettings &settings) override;

    RecordEditor *recordEditor() const { return m_editor; }
    // The report of the record the editor shows (as stored), built by `build` for its id; an
    // error `build` gives is printed as the report. Invalid without a stored record.
    using RecordReportBuilder = std::function<ReportDocument(Database &, qint64, ReportLanguage::Mode, QString *)>;
    PageReport recordReport(const QString &fileName, RecordReportBuilder build) const;
    RecordListModel *listModel() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QSplitter *splitter() const { return m_splitter; }
    QAction *newAction() const { return m_newAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QString countText() const;
    // "Read only: …" while no profile is chosen, else "".
    QString readOnlyNote() const;

    // Opens the record in the editor (asking about unsaved changes first) and selects its
    // row when the list shows it.
    void openStored(qint64 id);

public slots:
    void newRecord();
    void deleteSelected();
    // Reads the list again (after writes made elsewhere, such as an import).
    void refreshList();

protected:
    // The tables of the record (the first is the record's own, the others its sub-records,
    // which hold the record's id in parentColumn()); the tables the list shows beyond them.
    virtual QStringList recordTables() const = 0;
    // (Only a type with sub-records names it; "" reads as no record.)
    virtual const char *parentColumn() const { return ""; }
    virtual QStringList listedTables() const { return {}; }

    // The texts of the record type, in the current language.
    struct Texts
    {
        QString filterPlaceholder;   // "Filter by name … (Ctrl+F)"
        QString filterToolTip;
        QString newText;             // "&New client"
        QString newToolTip;
        QString deleteToolTip;
        QString deleteTitle;         // "Delete client"
        QString cannotDelete;        // "“%1” cannot be deleted: … (%2). … instead …"
        QString setAside;            // the button offered instead ("Archive"); empty: none
        QString setAsideStep;        // "Archive client “%1”" (the undo step)
        QString setAsideDone;        // "Archived “%1”. …"
        QString confirmDelete;       // "Delete “%1” with its …?\n\nYou can bring it back with Edit → Undo."
        QString deleteStep;          // "Delete client “%1”"
    };
    virtual Texts texts() const = 0;
    // "%Ln client(s)".
    virtual QString rowCountText(int rows) const = 0;

    // What deleting a record would meet: its name, the records that refer to it, and
    // whether it is set aside (archived, inactive) already. Throws SqlError.
    struct Removal
    {
        QString name;
        QStringList dependents;
        bool setAside = false;
    };
    virtual std::optional<Removal> removal(Database &db, qint64 id) const = 0;
    virtual WriteResult remove(Database &db, qint64 id) const = 0;
    // Archives or deactivates instead of deleting; called only when texts().setAside names
    // the action (the default, for types that are never set aside, writes nothing).
    virtual WriteResult setAside(Database &db, qint64 id) const;

    // How many records are stored, the ones the list's check boxes hide included (archived,
    // inactive); the empty editor says how to begin when there are none. Throws SqlError.
    virtual qint64 storedCount(Database &db) const = 0;
    // Widths of the columns after the rows changed (default: from the rows, ColumnFitter).
    virtual void fitColumns();
    // The type's own widgets and actions follow the selection (after the shared ones).
    virtual void updateOwnActions() {}
    virtual void retranslateOwn() {}
    // Before the model gets the session's database (reference values the filters use).
    virtual void sessionChanged() {}

    // Building: a widget after the filter (a check box), a button before Delete.
    void addFilterWidget(QWidget *widget);
    void addActionButton(QAction *action);
    void finishBuilding();

    Session *session() const { return m_session; }
    // Whether the session may write (a database is open and a profile is chosen).
    bool canWrite() const;
    // The record of the selected row, or the one in the editor when no row is selected.
    qint64 selectedId() const;
    // Runs a write through the session's write path; false (with a message box titled
    // `title`) when it was refused. `describe` names the undo step, in the current language.
    bool write(const QString &title, const std::function<QString(const Texts &)> &describe,
               const std::function<WriteResult(Database &)> &write);

    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void selectRecord(qint64 id);
    void currentRowChanged(const QModelIndex &current);
    void openCurrent();
    void updateCount();
    // Whether there is no record at all (not just none that the filters let through).
    bool isRegisterEmpty() const;
    void updateActions();
    void followChanges(const QList<RecordRef> &records);

    Session *m_session = nullptr;
    RecordListModel *m_model;
    RecordEditor *m_editor;
    bool m_syncing = false;

    NoteBar *m_readOnlyNote = nullptr;
    QLineEdit *m_filter = nullptr;
    QHBoxLayout *m_filterWidgets = nullptr;
    QHBoxLayout *m_actionButtons = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
};
