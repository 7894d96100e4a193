#pragma once

#include <QLineEdit>

class Database;
class QCompleter;
class QStandardItemModel;

// A field that finds a client of the register as you type: every word must match the
// Chinese or English name, the credit code or the contact (ClientRepository's filter),
// and the first matches drop down; choosing one sets clientId(). Text that was not chosen
// from the list leaves no client (clientId() 0). For records that refer to a client, such
// as a conflict-of-interest declaration.
class ClientPicker : public QLineEdit
{
    Q_OBJECT

public:
    // Matches offered at most (the register may hold tens of thousands of clients).
    static constexpr int MaxMatches = 20;

    explicit ClientPicker(Database *db, QWidget *parent = nullptr);

    // The register searched (nullptr: none; no suggestions).
    void setDatabase(Database *db);
    qint64 clientId() const { return m_clientId; }
    // Shows a client as chosen (id 0: none).
    void setClient(qint64 id, const QString &name);
    QCompleter *completer() const { return m_completer; }
    // The matches offered for the text typed last (for tests).
    int matchCount() const;

signals:
    void clientChosen(qint64 id, const QString &name);

private:
    void search(const QString &text);
    void choose(qint64 id, const QString &name);

    Database *m_db;
    QCompleter *m_completer;
    QStandardItemModel *m_matches;
    qint64 m_clientId = 0;
    QString m_chosenName;
};
