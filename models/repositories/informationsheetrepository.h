#pragma once

#include "domain/informationsheet.h"
#include "repositories/writeresult.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Database;

// All SQL of the public information sheet (information_items, CSISMS certification rules
// 5.1.1): the eleven items in order, each edited in both languages, restorable to the
// shipped texts (resources/reference/information-sheet.json). Seeded and restored as one of
// the reference tables (ReferenceRepository::Table::InformationItems); every write logged.
class InformationSheetRepository
{
    Q_DECLARE_TR_FUNCTIONS(InformationSheetRepository)

public:
    explicit InformationSheetRepository(Database &db);

    static QString tableName();
    static QList<InformationItem> shipped();

    // The items, by item number.
    QList<InformationItem> items() const;
    std::optional<InformationItem> item(qint64 id) const;
    QList<FieldProblem> validate(const InformationItem &item) const;
    // Updates an item (or inserts one whose number the table lacks). The number of a
    // stored item does not change.
    WriteResult save(const InformationItem &item);

    // Inside the caller's transaction: writes the shipped items (missing ones inserted,
    // changed ones given their shipped texts; only real changes are logged).
    void writeShipped();

private:
    Database &m_db;
};
