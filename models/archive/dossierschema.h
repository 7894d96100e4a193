#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// Which tables make up a client's dossier, read from the schema's foreign keys (so a
// record type added later joins the dossier by referring to its parent): `clients`, and
// every table with a foreign key to a dossier table (an application, through it its
// review, through that the contract, and so on). The tables a dossier refers to outside
// itself (auditors, users, attachments, scope classes) are its external tables; the
// records that are part of an external record (an auditor's competences and training: a
// NOT NULL key to it) are its external children, and go with it.
class DossierSchema
{
public:
    struct ForeignKey
    {
        QString column;
        QString table;    // the table it refers to
        QString target;   // the column there: "id", or a natural key such as "code"
    };

    static DossierSchema of(const Database &db);

    // Dossier tables, each after the table that owns it (clients first).
    QStringList tables() const { return m_tables; }
    // Tables a dossier refers to outside it, each after those it refers to itself.
    QStringList external() const { return m_external; }
    // Parts of external records, each after the tables it refers to; parentKey() is the key
    // to the record it is part of.
    QStringList externalChildren() const { return m_children; }
    ForeignKey parentKey(const QString &child) const { return m_childOwner.value(child); }
    bool isDossier(const QString &table) const { return m_owner.contains(table); }
    bool isExternal(const QString &table) const { return m_external.contains(table); }
    bool isExternalChild(const QString &table) const { return m_childOwner.contains(table); }

    // The table's columns in schema order, its foreign keys (to other tables; a reference
    // to the same table is in selfKeys) and its UNIQUE column sets (the id's aside).
    QStringList columns(const QString &table) const { return m_columns.value(table); }
    QList<ForeignKey> keys(const QString &table) const { return m_keys.value(table); }
    QList<ForeignKey> selfKeys(const QString &table) const { return m_selfKeys.value(table); }
    QList<QStringList> uniqueKeys(const QString &table) const { return m_unique.value(table); }

    // SQL selecting the ids of the table's rows in the dossier of `clientId`.
    QString ownedIds(const QString &table, qint64 clientId) const;

private:
    QStringList m_tables;
    QStringList m_external;
    QStringList m_children;
    QHash<QString, ForeignKey> m_childOwner;
    QHash<QString, ForeignKey> m_owner;   // the key that ties a dossier table to its owner
    QHash<QString, QStringList> m_columns;
    QHash<QString, QList<ForeignKey>> m_keys;
    QHash<QString, QList<ForeignKey>> m_selfKeys;
    QHash<QString, QList<QStringList>> m_unique;
};
