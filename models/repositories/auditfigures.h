#pragma once

#include "domain/audittime.h"

#include <QSqlQuery>
#include <QVariant>

#include <optional>

// The audit-time figures a review keeps and a contract carries, as eight columns in this
// order: effective_personnel, table_days, adjusted_days, stage 1, stage2_days, onsite_days,
// surveillance_days, recertification_days (all NULL when there are none).
namespace AuditFigures {

inline QVariantList values(const std::optional<AuditTime::Result> &f)
{
    if (!f)
        return {QVariant(QMetaType(QMetaType::Int)), QVariant(QMetaType(QMetaType::Double)), QVariant(QMetaType(QMetaType::Double)),
                QVariant(QMetaType(QMetaType::Double)), QVariant(QMetaType(QMetaType::Double)), QVariant(QMetaType(QMetaType::Double)),
                QVariant(QMetaType(QMetaType::Double)), QVariant(QMetaType(QMetaType::Double))};
    return {f->effectivePersonnel, f->tableDays, f->adjustedDays, f->stage1Days, f->stage2Days, f->onsiteDays,
            f->surveillanceDays, f->recertificationDays};
}

// The figures from the eight columns starting at `first` of the query's row.
inline std::optional<AuditTime::Result> from(const QSqlQuery &q, int first)
{
    if (q.value(first).isNull())
        return std::nullopt;
    AuditTime::Result f;
    f.effectivePersonnel = q.value(first).toInt();
    f.tableDays = q.value(first + 1).toDouble();
    f.adjustedDays = q.value(first + 2).toDouble();
    f.stage1Days = q.value(first + 3).toDouble();
    f.stage2Days = q.value(first + 4).toDouble();
    f.onsiteDays = q.value(first + 5).toDouble();
    f.surveillanceDays = q.value(first + 6).toDouble();
    f.recertificationDays = q.value(first + 7).toDouble();
    return f;
}

} // namespace AuditFigures
