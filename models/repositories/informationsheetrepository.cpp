#include "informationsheetrepository.h"

#include "db/database.h"
#include "repositories/rowwriter.h"
#include "repositories/sqlvalues.h"

#include <QFile>
#include <QHash>
#include <QSqlQuery>

namespace {

const QStringList kColumns{QStringLiteral("item"), QStringLiteral("title_zh"), QStringLiteral("title_en"),
                           QStringLiteral("text_zh"), QStringLiteral("text_en")};
const QString kSelect = QStringLiteral("SELECT id, item, title_zh, title_en, text_zh, text_en FROM information_items");

QVariantList values(const InformationItem &i)
{
    using SqlValues::text;
    return {i.item, text(i.titleZh), text(i.titleEn), text(i.textZh), text(i.textEn)};
}

InformationItem itemFrom(const QSqlQuery &q)
{
    return InformationItem{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toString(), q.value(5).toString()};
}

} // namespace

InformationSheetRepository::InformationSheetRepository(Database &db) : m_db(db) {}

QString InformationSheetRepository::tableName() { return QStringLiteral("information_items"); }

QList<InformationItem> InformationSheetRepository::shipped()
{
    QFile file(QStringLiteral(":/reference/information-sheet.json"));
    return InformationSheet::parse(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
}

QList<InformationItem> InformationSheetRepository::items() const
{
    QList<InformationItem> list;
    QSqlQuery q = m_db.exec(kSelect + QStringLiteral(" ORDER BY item"));
    while (q.next())
        list << itemFrom(q);
    return list;
}

std::optional<InformationItem> InformationSheetRepository::item(qint64 id) const
{
    QSqlQuery q = m_db.exec(kSelect + QStringLiteral(" WHERE id = ?"), {id});
    return q.next() ? std::optional<InformationItem>(itemFrom(q)) : std::nullopt;
}

QList<FieldProblem> InformationSheetRepository::validate(const InformationItem &item) const
{
    QList<FieldProblem> problems = InformationSheet::validate(item);
    const std::optional<InformationItem> stored = item.id > 0 ? this->item(item.id) : std::nullopt;
    if (stored && stored->item != item.item)
        problems << FieldProblem{QStringLiteral("item"), tr("The items keep the numbers rule 5.1.1 gives them.")};
    else if (!stored && m_db.scalar(QStringLiteral("SELECT 1 FROM information_items WHERE item = ?"), {item.item}).isValid())
        problems << FieldProblem{QStringLiteral("item"), tr("The sheet already has item %1; each appears once.").arg(item.item)};
    return problems;
}

WriteResult InformationSheetRepository::save(const InformationItem &item)
{
    WriteResult result;
    try {
        result.problems = validate(item);
        if (!result.problems.isEmpty()) {
            result.message = tr("The item was not saved: %1").arg(result.problems.first().message);
            return result;
        }
        Transaction transaction(m_db);
        if (item.id > 0 && this->item(item.id)) {
            RowWriter::update(m_db, tableName(), item.id, kColumns, values(item));
            result.id = item.id;
        } else {
            result.id = RowWriter::insert(m_db, tableName(), kColumns, values(item));
        }
        transaction.commit();
        result.ok = true;
    } catch (const SqlError &e) {
        result.message = tr("The item could not be saved, and nothing was changed: %1").arg(e.message());
    }
    return result;
}

void InformationSheetRepository::writeShipped()
{
    QHash<int, qint64> current;
    for (const InformationItem &i : items())
        current.insert(i.item, i.id);
    for (const InformationItem &s : shipped()) {
        if (const qint64 id = current.value(s.item))
            RowWriter::update(m_db, tableName(), id, kColumns, values(s));
        else
            RowWriter::insert(m_db, tableName(), kColumns, values(s));
    }
}
