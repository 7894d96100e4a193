#pragma once

#include "common/recordlistpage.h"

class ApplicationEditor;
class ApplicationListModel;
class OptionalDateEdit;
class QComboBox;
class QLabel;

// The Applications page, the reviewers' work queue (认证申请): applications across all
// clients, newest first, filtered by status (the work queue — what waits for the body —,
// every open application, all, or one status), by the received date and by the words typed
// (number or client), above the editor of the selected application (RecordListPage has the
// rest). A draft can be deleted; any other application is a record and is withdrawn instead.
class ApplicationsPage : public RecordListPage
{
    Q_OBJECT

public:
    explicit ApplicationsPage(QWidget *parent = nullptr);

    QString title() const override;
    QString description() const override;

    ApplicationEditor *editor() const;
    ApplicationListModel *model() const;
    QComboBox *statusFilter() const { return m_status; }
    OptionalDateEdit *receivedFrom() const { return m_from; }
    OptionalDateEdit *receivedTo() const { return m_to; }
    // Shows the list of one status filter entry (index into statusFilter()).
    void setStatusFilter(int index);
    // Starts a new application of a client (from the client's dossier).
    void newApplicationFor(qint64 clientId);
    bool newRecordFor(const QString &table, qint64 clientId) override;
    // Opens an application; when the status filter hides it, the list shows all first.
    bool openRecord(const RecordRef &record) override;

protected:
    QStringList recordTables() const override;
    const char *parentColumn() const override { return "application_id"; }
    QStringList listedTables() const override;
    Texts texts() const override;
    QString rowCountText(int rows) const override;
    std::optional<Removal> removal(Database &db, qint64 id) const override;
    WriteResult remove(Database &db, qint64 id) const override;
    WriteResult setAside(Database &db, qint64 id) const override;
    qint64 storedCount(Database &db) const override;
    void retranslateOwn() override;

private:
    void updateFilter();

    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_fromLabel = nullptr;
    OptionalDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    OptionalDateEdit *m_to = nullptr;
};
