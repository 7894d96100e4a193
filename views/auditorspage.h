#pragma once

#include <QWidget>

class AuditorEditor;
class AuditorListModel;
class AuditorWriter;
class Database;
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
// editor of the selected auditor. It owns its model and view; all writes go through the
// shared AuditorWriter so they can be undone from the main undo stack.
class AuditorsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditorsPage(AuditorWriter *writer, QWidget *parent = nullptr);

    // The database shown (nullptr: none; the page is disabled). Closes the editor.
    void setDatabase(Database *db);

    bool maybeSave();
    // Before an undo or redo that concerns auditors: unsaved changes would be overwritten,
    // so ask to discard them. False when the user keeps them.
    bool confirmDiscardFor(const QString &actionText);
    QList<QAction *> editActions() const;

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

signals:
    void modificationChanged(bool modified);
    void statusMessage(const QString &text);

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

    AuditorWriter *m_writer;
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
