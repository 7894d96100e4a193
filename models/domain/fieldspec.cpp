#include "fieldspec.h"

#include <QCoreApplication>

QString FieldSpec::labelText() const { return QCoreApplication::translate("Fields", label); }

QString RecordSpec::nounText() const { return QCoreApplication::translate("Fields", noun); }

const FieldSpec *RecordSpec::field(const QString &key) const
{
    for (const FieldSpec &f : fields)
        if (key == QLatin1String(f.key))
            return &f;
    return nullptr;
}

QStringList RecordSpec::keys() const
{
    QStringList list;
    for (const FieldSpec &f : fields)
        list << f.keyText();
    return list;
}

QString RecordSpec::label(const QString &key) const
{
    const FieldSpec *f = field(key);
    return f ? f->labelText() : key;
}

int RecordSpec::maxLength(const QString &key) const
{
    const FieldSpec *f = field(key);
    return f ? f->maxLength : 0;
}
