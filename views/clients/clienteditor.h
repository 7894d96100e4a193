#pragma once

#include "common/recordeditor.h"
#include "domain/client.h"

#include <QHash>
#include <QSet>

class ChangeHistoryModel;
class Database;
class QAction;
class Session;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class SubRecordTable;

// The editor of one client, shown in place below the client list: its fields with
// validation messages beside them that follow the typing, its sites, shifts and legal
// entities, and its change history. It saves explicitly (Save, Ctrl+S) through the
// session's one write path, so a save can be undone; Revert restores the stored state; Esc asks
// before discarding changes. What was typed is never thrown away without asking.
class ClientEditor : public RecordEditor
{
    Q_OBJECT

public:
    explicit ClientEditor(QWidget *parent = nullptr);

    // The session written to (nullptr: none). Closes the client shown.
    void setSession(Session *session);

    // Shows a stored client (the caller asks about unsaved changes first).
    void openClient(qint64 id);
    // Starts a new, empty client.
    void newClient();
    // Shows nothing (no client selected).
    void closeClient();

    bool hasClient() const { return m_hasClient; }
    bool isNew() const { return m_hasClient && m_original.id == 0; }
    // Id of the stored client shown (0 when new or none).
    qint64 clientId() const { return m_hasClient ? m_original.id : 0; }
    bool isModified() const override;
    // The client as the fields now describe it.
    Client currentClient() const;
    // The name to show in prompts ("new client" when it has none yet).
    QString displayName() const override;

    // Validates and writes. Returns false when refused (the messages say why).
    bool save() override;
    // Restores the stored state (or empties a new client).
    void revert() override;
    void focusFirstField();

    // The client was written elsewhere (list action, undo, redo): follow it. Unsaved
    // changes are kept; the stored state under them is updated.
    void clientChanged(qint64 id);
    void clientRemoved(qint64 id);

    // Whether the register holds no client at all: the empty editor then says how to begin.
    void setRegisterEmpty(bool empty);

    QAction *saveAction() const { return m_saveAction; }
    QAction *revertAction() const { return m_revertAction; }
    QLineEdit *field(const QString &key) const { return m_fields.value(key); }

protected:
    QString saveQuestion() const override;
    void retranslateUi() override;

private:
    void buildUi();
    void load(const Client &client);
    void fieldEdited(const QString &key);
    void updateState();
    QList<FieldProblem> currentProblems() const;
    void showProblems(const QList<FieldProblem> &problems);
    void focusProblem(const FieldProblem &problem);
    void showStatus(const QString &text, bool isError);
    QString tabTitle(int tab) const;

    Database *database() const;

    Session *m_session = nullptr;
    Client m_original;
    bool m_hasClient = false;
    bool m_registerEmpty = false;
    bool m_loading = false;
    bool m_wasModified = false;
    bool m_showAllProblems = false;
    QSet<QString> m_touched;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QTabWidget *m_tabs = nullptr;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QLineEdit *> m_fields;
    QLabel *m_notesLabel = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    SubRecordTable *m_sites = nullptr;
    SubRecordTable *m_shifts = nullptr;
    SubRecordTable *m_entities = nullptr;
    QTableView *m_historyView = nullptr;
    ChangeHistoryModel *m_history = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
};
