#pragma once

#include "domain/fieldproblem.h"
#include "domain/fieldspec.h"

#include <QByteArray>
#include <QList>
#include <QString>

// One of the eleven items the body makes public to the client (CSISMS certification rules
// 5.1.1): the item's number and title as the rules give them, and the body's own text, in
// both languages. Reference data the body edits (Settings → Reference data → Public
// information), printed as the public information sheet; not per-client data.
struct InformationItem
{
    qint64 id = 0;
    int item = 0;        // 1 … 11, as numbered in 5.1.1
    QString titleZh;
    QString titleEn;
    QString textZh;
    QString textEn;
    bool operator==(const InformationItem &) const = default;
};

namespace InformationSheet {

inline constexpr int kItemCount = 11;   // 5.1.1 (1) … (11)

// Reads the shipped file (resources/reference/information-sheet.json); on a format error
// the list is empty and *error says why.
QList<InformationItem> parse(const QByteArray &json, QString *error = nullptr);

// Field keys: item, title_zh, title_en, text_zh, text_en. Both languages are required
// (the sheet prints in either); texts hold several lines.
QList<FieldProblem> validate(const InformationItem &item);

// The title and text in Chinese (`chinese`) or English; an empty side falls back to the other.
QString title(const InformationItem &item, bool chinese);
QString text(const InformationItem &item, bool chinese);

} // namespace InformationSheet

namespace InformationSheetFields {
const RecordSpec &item();   // information_items: item, title_zh, title_en, text_zh, text_en
} // namespace InformationSheetFields
