#pragma once

#include "domain/client.h"

#include <QList>
#include <QString>

// The outcome of a repository write: ok, or the problems per field and a message for
// the user (in the user's language). Nothing was written when ok is false.
struct WriteResult
{
    bool ok = false;
    qint64 id = 0;
    QString message;
    QList<FieldProblem> problems;
    explicit operator bool() const { return ok; }
};
