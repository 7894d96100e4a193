#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One field of a record type, declared once: its stable key (the column, the import and
// JSON key, the field a FieldProblem names), its label in the user's language, its Chinese
// label where import files may use it, and the most characters it holds. The repository
// takes its column list from here, the record labels and check messages their field names,
// the validation its limits, the editors their labels.
struct FieldSpec
{
    const char *key = "";
    const char *label = "";          // English source text, translated in the context "Fields"
    int maxLength = 0;               // characters; 0: not text, or unlimited
    bool multiLine = false;          // line breaks and tabs allowed (notes)
    const char *importLabel = nullptr; // Chinese header an import file may use instead of the key

    QString labelText() const;       // in the user's language
    QString keyText() const { return QString::fromLatin1(key); }
};

// A record type's fields, in column order, and what it is called.
struct RecordSpec
{
    const char *noun = "";           // "Client", translated in the context "Fields"
    QList<FieldSpec> fields;
    // The field that names a record in messages and the history ("Complaint “张三”");
    // nullptr: the usual keys (name_zh, name, code, …).
    const char *nameKey = nullptr;

    QString nounText() const;
    const FieldSpec *field(const QString &key) const;
    QStringList keys() const;
    // The label of a field, or the key itself when the record has no such field.
    QString label(const QString &key) const;
    int maxLength(const QString &key) const;
};
