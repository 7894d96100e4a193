#pragma once

#include "common/page.h"
#include "repositories/writeresult.h"

#include <functional>

class ClientEditor;
class ClientListModel;
class Database;
struct RecordRef;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSplitter;
class QTableView;
class QToolButton;

// The Clients page: the client register as a filterable, sortable list (lazy, fast at
// 20,000 clients) above the editor of the selected client. It owns its model and view;
// every write goes through the session's write path, so it can be undone, and the page
// follows every change to a client, by whatever made it.
class ClientsPage : public Page
{
    Q_OBJECT

public:
    explicit ClientsPage(QWidget *parent = nullptr);

    QString title() const override;
    QString description() const override;
    // The session shown (nullptr: none; the page is disabled). Closes the editor.
    void setSession(Session *session) override;
    bool isModified() const override;
    // Asks about unsaved changes in the editor; false when the user cancels.
    bool maybeSave() override;
    // Before an undo or redo of a step that concerns clients: unsaved changes would be
    // overwritten, so ask to discard them. False when the user keeps them.
    bool confirmStep(const ChangeSet &set, const QString &actionText) override;
    QList<QAction *> editActions() const override;
    bool openRecord(const RecordRef &record) override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(QSettings &settings) override;

    ClientEditor *editor() const { return m_editor; }
    ClientListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *showArchivedBox() const { return m_showArchived; }
    QAction *newAction() const { return m_newAction; }
    QAction *archiveAction() const { return m_archiveAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QSplitter *splitter() const { return m_splitter; }

    // Opens the client in the editor (asking about unsaved changes first) and selects
    // its row when the list shows it.
    void openClient(qint64 id);

public slots:
    void newClient();
    // Reads the list again (after writes made elsewhere, such as an import).
    void refreshList();
    void archiveSelected();
    void deleteSelected();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void setInitialColumnWidths();
    void growColumnsToVisibleRows();
    void selectClient(qint64 id);
    void currentRowChanged(const QModelIndex &current);
    void openCurrent();
    void updateCount();
    void updateActions();
    qint64 selectedId() const;
    QString nameOf(qint64 id) const;

    void followChanges(const QList<RecordRef> &records);
    // Runs a write through the session's write path; false (with a message box titled
    // `title`) when it was refused.
    bool write(const QString &title, const std::function<QString()> &describe,
               const std::function<WriteResult()> &write);

    Session *m_session = nullptr;
    ClientListModel *m_model;
    bool m_syncing = false;

    QLineEdit *m_filter = nullptr;
    QCheckBox *m_showArchived = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    ClientEditor *m_editor = nullptr;
    QToolButton *m_newButton = nullptr;
    QToolButton *m_archiveButton = nullptr;
    QToolButton *m_deleteButton = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_archiveAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
};
