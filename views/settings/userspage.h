#pragma once

#include "domain/user.h"

#include <QSet>
#include <QWidget>

class Database;
class Edits;
class NoteBar;
class StatusLine;
class QAction;
class QLabel;
class QModelIndex;
class QPushButton;
class QTableView;
class QToolButton;
class RecordForm;
class UserListModel;

// Settings → Users: the local user profiles (name, role, linked auditor, active) in a
// table above the form of the selected profile. An administrator adds and edits profiles
// through UserRepository (logged); profiles are never deleted, only made inactive, and the
// last active administrator cannot be demoted or made inactive. Read only, with a note,
// for anyone else.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPage(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // Reads the profiles (and the auditors to link) again unless the form has changes.
    void refresh();
    // The write path the profile changes go through (one undoable step each).
    void setEdits(Edits *edits) { m_edits = edits; }
    void setEditable(bool editable, const QString &note);
    bool isEditable() const { return m_editable; }

    UserListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    RecordForm *form() const { return m_form; }
    QString statusText() const;
    QString noteText() const;
    QList<QAction *> editActions() const;
    QAction *newAction() const { return m_newAction; }
    QAction *saveAction() const { return m_saveAction; }

    bool isModified() const;
    bool maybeSave();
    void selectUser(qint64 id);

public slots:
    void newUser();
    bool save();
    void revert();

signals:
    void modificationChanged(bool modified);
    void statusMessage(const QString &text);
    // A profile was added or changed (the window's current profile may need reloading).
    void usersChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void currentRowChanged(const QModelIndex &current);
    void showUser(const User &user);
    User currentUser() const;
    QList<FieldProblem> problems() const;
    void updateState();
    void showStatus(const QString &text, bool isError);
    QList<QPair<QVariant, QString>> auditorChoices() const;

    UserListModel *m_model;
    Database *m_db = nullptr;
    Edits *m_edits = nullptr;
    bool m_editable = false;
    bool m_hasUser = false;
    bool m_showAll = false;
    bool m_syncing = false;
    bool m_wasModified = false;
    User m_original;
    QSet<QString> m_touched;

    NoteBar *m_note = nullptr;
    QLabel *m_description = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_title = nullptr;
    RecordForm *m_form = nullptr;
    StatusLine *m_status = nullptr;
    QToolButton *m_newButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
};
