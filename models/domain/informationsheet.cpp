#include "informationsheet.h"

#include "domain/textrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace InformationSheet {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("InformationSheet", text); }

} // namespace

QList<InformationItem> parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonValue items = document.object().value(QLatin1String("items"));
    if (parseError.error != QJsonParseError::NoError || !items.isArray()) {
        if (error)
            *error = tr("not a JSON object with the member “items”");
        return {};
    }
    QList<InformationItem> list;
    for (const QJsonValue &value : items.toArray()) {
        const QJsonObject o = value.toObject();
        InformationItem i;
        i.item = o.value(QLatin1String("item")).toInt();
        i.titleZh = o.value(QLatin1String("title_zh")).toString();
        i.titleEn = o.value(QLatin1String("title_en")).toString();
        i.textZh = o.value(QLatin1String("text_zh")).toString();
        i.textEn = o.value(QLatin1String("text_en")).toString();
        list << i;
    }
    return list;
}

QList<FieldProblem> validate(const InformationItem &item)
{
    QList<FieldProblem> problems;
    const RecordSpec &spec = InformationSheetFields::item();
    if (item.item < 1 || item.item > kItemCount)
        problems << FieldProblem{QStringLiteral("item"), tr("Rule 5.1.1 numbers its items 1 to 11.")};
    const struct {
        const char *key;
        const QString &value;
        TextRules::Kind kind;
        const char *missing;
    } texts[] = {
        {"title_zh", item.titleZh, TextRules::Kind::SingleLine, QT_TRANSLATE_NOOP("InformationSheet", "Enter the item's Chinese title; the sheet prints in both languages.")},
        {"title_en", item.titleEn, TextRules::Kind::SingleLine, QT_TRANSLATE_NOOP("InformationSheet", "Enter the item's English title; the sheet prints in both languages.")},
        {"text_zh", item.textZh, TextRules::Kind::MultiLine, QT_TRANSLATE_NOOP("InformationSheet", "Enter what the body publishes under this item, in Chinese.")},
        {"text_en", item.textEn, TextRules::Kind::MultiLine, QT_TRANSLATE_NOOP("InformationSheet", "Enter what the body publishes under this item, in English.")},
    };
    for (const auto &t : texts) {
        const QString key = QString::fromLatin1(t.key);
        if (TextRules::isBlank(t.value))
            problems << FieldProblem{key, tr(t.missing)};
        else if (const QString problem = TextRules::problem(t.value, spec.maxLength(key), t.kind); !problem.isEmpty())
            problems << FieldProblem{key, problem};
    }
    return problems;
}

QString title(const InformationItem &item, bool chinese)
{
    const QString &first = chinese ? item.titleZh : item.titleEn;
    return first.trimmed().isEmpty() ? (chinese ? item.titleEn : item.titleZh) : first;
}

QString text(const InformationItem &item, bool chinese)
{
    const QString &first = chinese ? item.textZh : item.textEn;
    return first.trimmed().isEmpty() ? (chinese ? item.textEn : item.textZh) : first;
}

} // namespace InformationSheet

namespace InformationSheetFields {

const RecordSpec &item()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Public information item"), {
        {"item", QT_TRANSLATE_NOOP("Fields", "Item")},
        {"title_zh", QT_TRANSLATE_NOOP("Fields", "Title (Chinese)"), 300},
        {"title_en", QT_TRANSLATE_NOOP("Fields", "Title (English)"), 300},
        {"text_zh", QT_TRANSLATE_NOOP("Fields", "Text (Chinese)"), 4000, true},
        {"text_en", QT_TRANSLATE_NOOP("Fields", "Text (English)"), 4000, true},
    }, "title_zh"};
    return spec;
}

} // namespace InformationSheetFields
