#pragma once

#include "common/recordlistpage.h"

class ClientEditor;
class ClientListModel;
class QCheckBox;

// The Clients page: the client register as a filterable, sortable list (lazy, fast at
// 20,000 clients) above the editor of the selected client (RecordListPage has the rest).
// A client is archived rather than deleted once dossier records refer to it; archived
// clients are listed on request.
class ClientsPage : public RecordListPage
{
    Q_OBJECT

public:
    explicit ClientsPage(QWidget *parent = nullptr);

    QString title() const override;
    QString description() const override;
    // New, Save, Discard changes, Archive (Delete is on the list, with the Delete key).
    QList<QAction *> editActions() const override;

    ClientEditor *editor() const;
    ClientListModel *model() const;
    QCheckBox *showArchivedBox() const { return m_showArchived; }
    QAction *archiveAction() const { return m_archiveAction; }

public slots:
    void archiveSelected();

protected:
    QStringList recordTables() const override;
    const char *parentColumn() const override { return "client_id"; }
    QStringList listedTables() const override;
    Texts texts() const override;
    QString rowCountText(int rows) const override;
    std::optional<Removal> removal(Database &db, qint64 id) const override;
    WriteResult remove(Database &db, qint64 id) const override;
    WriteResult setAside(Database &db, qint64 id) const override;
    qint64 storedCount(Database &db) const override;
    void fitColumns() override;
    void updateOwnActions() override;
    void retranslateOwn() override;

private:
    void setInitialColumnWidths();

    QCheckBox *m_showArchived = nullptr;
    QAction *m_archiveAction = nullptr;
};
