#pragma once

#include <QWidget>

class ApplicationListModel;
class ContractListModel;
class ProgrammeListModel;
class CertificateListModel;
class Database;
class QLabel;
class QPushButton;
class QTableView;
class RecordListModel;
class ReviewListModel;

// The dossier tab of a client's editor (UI.md): the client's applications, reviews and
// contracts, newest first, each with its status in words and colour; Enter or a double click
// opens one on its page, and New application starts one for this client; the client's
// audit programmes and certificates below; above them, the day until which the dossier is
// kept (rule Records, RetentionCheck).
class ClientDossier : public QWidget
{
    Q_OBJECT

public:
    explicit ClientDossier(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // The client shown (0: none).
    void setClient(qint64 clientId);
    void setReadOnly(bool readOnly);
    void refresh();
    int applicationCount() const;
    int recordCount() const;   // applications, reviews and contracts
    ApplicationListModel *applications() const { return m_applications; }
    ReviewListModel *reviews() const { return m_reviews; }
    ContractListModel *contracts() const { return m_contracts; }
    QTableView *view() const { return m_applicationView; }
    QTableView *reviewView() const { return m_reviewView; }
    QTableView *contractView() const { return m_contractView; }
    QTableView *programmeView() const { return m_programmeView; }
    QTableView *certificateView() const { return m_certificateView; }
    QLabel *retentionLabel() const { return m_retention; }

signals:
    // A record to open on its page: table and id.
    void openRecord(const QString &table, qint64 id);
    void newApplication(qint64 clientId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QTableView *addList(RecordListModel *model, QLabel *heading, const QString &table);
    void retranslateUi();
    void updateRetention();

    qint64 m_clientId = 0;
    ApplicationListModel *m_applications;
    ReviewListModel *m_reviews;
    ContractListModel *m_contracts;
    ProgrammeListModel *m_programmes;
    QLabel *m_programmesHeading;
    QTableView *m_programmeView = nullptr;
    CertificateListModel *m_certificates;
    QLabel *m_certificatesHeading;
    QTableView *m_certificateView = nullptr;
    QLabel *m_applicationsHeading;
    QLabel *m_reviewsHeading;
    QLabel *m_contractsHeading;
    QTableView *m_applicationView = nullptr;
    QTableView *m_reviewView = nullptr;
    QTableView *m_contractView = nullptr;
    QPushButton *m_new;
    class QVBoxLayout *m_layout;
    Database *m_db = nullptr;
    QLabel *m_retention;   // the day the dossier is kept until (rule Records)
    QString m_retentionText;
};
