#pragma once

#include "common/page.h"
#include "repositories/writeresult.h"

#include <functional>

class AuditorEditor;
class AuditorListModel;
class Database;
struct RecordRef;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSpinBox;
class QSplitter;
class QTableView;
class QToolButton;

// The Auditors page: the body's auditors as a filterable, sortable list (name in either
// language or registration number; inactive ones on request; or only registrations that
// expire within N days, N defaulting to the registration-warning parameter) above the
// editor of the selected auditor. It owns its model and view; every write goes through
// the session's write path, so it can be undone, and the page follows every change to an
// auditor, by whatever made it.
class AuditorsPage : public Page
{
    Q_OBJECT

public:
    explicit AuditorsPage(QWidget *parent = nullptr);

    QString title() const override;
    QString description() const override;
    // The session shown (nullptr: none; the page is disabled). Closes the editor.
    void setSession(Session *session) override;
    bool isModified() const override;
    bool maybeSave() override;
    // Before an undo or redo of a step that concerns auditors: unsaved changes would be
    // overwritten, so ask to discard them. False when the user keeps them.
    bool confirmStep(const ChangeSet &set, const QString &actionText) override;
    QList<QAction *> editActions() const override;
    bool openRecord(const RecordRef &record) override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(QSettings &settings) override;

    AuditorEditor *editor() const { return m_editor; }
    AuditorListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *showInactiveBox() const { return m_showInactive; }
    QCheckBox *expiringBox() const { return m_expiring; }
    QSpinBox *expiringDays() const { return m_days; }
    QSplitter *splitter() const { return m_splitter; }
    QAction *newAction() const { return m_newAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QString countText() const;

    // Opens the auditor in the editor (asking about unsaved changes first).
    void openAuditor(qint64 id);

public slots:
    void newAuditor();
    void deleteSelected();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void selectAuditor(qint64 id);
    void currentRowChanged(const QModelIndex &current);
    void updateExpiring();
    void updateCount();
    void updateActions();
    qint64 selectedId() const;

    void followChanges(const QList<RecordRef> &records);
    bool write(const QString &title, const std::function<QString()> &describe, const std::function<WriteResult()> &write);

    Session *m_session = nullptr;
    AuditorListModel *m_model;
    bool m_syncing = false;
    bool m_daysFromParameter = true;

    QLineEdit *m_filter = nullptr;
    QCheckBox *m_showInactive = nullptr;
    QCheckBox *m_expiring = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    AuditorEditor *m_editor = nullptr;
    QToolButton *m_newButton = nullptr;
    QToolButton *m_deleteButton = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
};
