#pragma once

#include "common/recordform.h"

#include <QSet>
#include <QVariantMap>
#include <QWidget>

#include <functional>

class NoteBar;
class StatusLine;
class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class ReferenceFilterModel;
class QSplitter;
class QTableView;
class QToolButton;
class ReferenceTableModel;

// One table of Settings → Reference data (controls, scope classes or audit time): the
// entries in a filterable table above the form of the selected entry. An administrator
// adds entries (New), edits them in both languages (Save, Ctrl+S, with a message beside
// each field as they type), retires or reinstates them, deletes those the table allows
// (the repository refuses a scope class in use and the page shows why), and restores
// the shipped values after confirming. Everyone else sees the same, read only, with a
// note saying why. Every write goes through the model to ReferenceRepository (logged).
class ReferenceTablePage : public QWidget
{
    Q_OBJECT

public:
    // Takes the model over (reparents it).
    ReferenceTablePage(ReferenceTableModel *model, const QList<RecordForm::Field> &fields, QWidget *parent = nullptr);

    // The labels of the form's fields in the current language (asked again after each
    // language change), and the table's description under its title.
    void setTexts(std::function<QString(const QString &key)> fieldLabel, std::function<QString()> description);
    // Whether the user may change the table; `note` says why not (shown on top).
    void setEditable(bool editable, const QString &note);
    bool isEditable() const { return m_editable; }

    ReferenceTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    RecordForm *form() const { return m_form; }
    QLineEdit *filterEdit() const { return m_filter; }
    QString noteText() const;
    // The message beside the Save button (saved, or why not).
    QString statusText() const;
    QList<QAction *> editActions() const;
    QAction *newAction() const { return m_newAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *revertAction() const { return m_revertAction; }
    QAction *retireAction() const { return m_retireAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *restoreAction() const { return m_restoreAction; }

    bool hasEntry() const { return m_hasEntry; }
    bool isModified() const;
    // Id of the entry in the form (0 when new or none).
    qint64 entryId() const;
    // When modified: asks Save / Discard / Cancel; false when the user cancels.
    bool maybeSave();
    // Selects an entry and shows it in the form (the caller asks about changes first).
    void selectEntry(qint64 id);

public slots:
    void newEntry();
    bool save();
    void revert();
    void toggleRetired();
    void removeSelected();
    void restoreShipped();

signals:
    void modificationChanged(bool modified);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi(const QList<RecordForm::Field> &fields);
    void retranslateUi();
    void showEntry(int row);
    void clearEntry();
    void currentRowChanged(const QModelIndex &current);
    void fieldEdited(const QString &key);
    void updateState();
    void updateActions();
    void updateCount();
    void showStatus(const QString &text, bool isError);
    int selectedRow() const;
    QString entryName(const QVariantMap &entry) const;

    ReferenceTableModel *m_model;
    ReferenceFilterModel *m_proxy;
    std::function<QString(const QString &)> m_fieldLabel;
    std::function<QString()> m_description;
    bool m_editable = false;
    QVariantMap m_original;
    bool m_hasEntry = false;
    bool m_showAll = false;
    bool m_syncing = false;
    bool m_wasModified = false;
    QSet<QString> m_touched;

    NoteBar *m_note = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_title = nullptr;
    RecordForm *m_form = nullptr;
    StatusLine *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QToolButton *m_newButton = nullptr;
    QToolButton *m_retireButton = nullptr;
    QToolButton *m_deleteButton = nullptr;
    QToolButton *m_restoreButton = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_retireAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_findAction = nullptr;
};
