#pragma once

#include <QWidget>

class ApplicationListModel;
class Database;
class QLabel;
class QPushButton;
class QTableView;

// The dossier tab of a client's editor (UI.md): the client's applications, newest first,
// each with its status in words and colour; Enter or a double click opens one on the
// Applications page, and New application starts one for this client there. (Reviews,
// contracts, programmes and certificates join the dossier as they come.)
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
    ApplicationListModel *applications() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    void openApplication(qint64 id);
    void newApplication(qint64 clientId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void openCurrent();

    qint64 m_clientId = 0;
    ApplicationListModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QPushButton *m_new;
    QPushButton *m_open;
};
