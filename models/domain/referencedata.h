#pragma once

#include "domain/client.h"   // FieldProblem

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// One control of the ISO/IEC 27017 catalogue (ISO/IEC 27002 controls as applied to cloud
// services, plus the CLD extended set). `code` is the catalogue ID ("5.1.1", "CLD.6.3.1").
struct Control
{
    qint64 id = 0;
    QString code;
    QString clause;
    QString titleZh;
    QString titleEn;
    bool cloudGuidance = false;
    bool extended = false;
    bool active = true;
    int sortOrder = 0;
    bool operator==(const Control &) const = default;
};

// One business-scope class (the rules' Appendix A); codes are data, never enums.
struct ScopeClass
{
    qint64 id = 0;
    QString code;
    QString nameZh;
    QString nameEn;
    QString risk = QStringLiteral("medium");   // high, medium, low
    bool active = true;                        // false: retired, kept for the records
    int sortOrder = 0;
    bool operator==(const ScopeClass &) const = default;
};

// One row of the ISO/IEC 27006 initial audit-time table: effective personnel from
// minPersonnel to maxPersonnel take `days` auditor days (stage 1 + stage 2).
struct AuditTimeRow
{
    qint64 id = 0;
    int minPersonnel = 1;
    int maxPersonnel = 1;
    double days = 0;
    bool operator==(const AuditTimeRow &) const = default;
};

// Pure helpers for the reference data: reading the shipped JSON, labels, validation and
// the audit-time lookup.
namespace ReferenceData {

// Parse the shipped files (resources/reference/*.json); on a format error the list is
// empty and *error says why.
QList<Control> parseControls(const QByteArray &json, QString *error = nullptr);
QList<ScopeClass> parseScopeClasses(const QByteArray &json, QString *error = nullptr);
QList<AuditTimeRow> parseAuditTimeRows(const QByteArray &json, QString *error = nullptr);

QStringList riskKeys();                 // high, medium, low
QString riskLabel(const QString &key);  // in the user's language

// Field keys: code, clause, title_zh, title_en / code, name_zh, name_en, risk /
// min_personnel, max_personnel, days.
QList<FieldProblem> validate(const Control &control);
QList<FieldProblem> validate(const ScopeClass &scopeClass);
// `others` are the other rows of the table (a row with the same id is ignored).
QList<FieldProblem> validate(const AuditTimeRow &row, const QList<AuditTimeRow> &others);

// Initial audit days for an effective number of personnel; nullopt above the last row
// (the table says: extrapolate and ask for a manual figure) or below the first.
std::optional<double> auditDays(const QList<AuditTimeRow> &rows, int personnel);

// The name of a scope class or control in the current language (Chinese when the UI
// language is Chinese, else English; falls back to the other).
QString displayName(const ScopeClass &scopeClass);
QString displayTitle(const Control &control);

} // namespace ReferenceData
