#pragma once

#include "domain/applicanteligibility.h"
#include "domain/audittime.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

// An application as a file (DESIGN.md `csisms-application/1`): what `application check`
// reads and `application export` writes. The reader is strict: a wrong format tag, a
// missing or impossible date (2026-02-30), a number that is not a whole number where one
// is needed, a negative headcount or a group larger than the total is refused with the
// field it concerns ("personnel.total: …"), and nothing is guessed.
struct ApplicationFile
{
    QString type = QStringLiteral("initial");   // initial, recertification, scope_extension, transfer
    QDate receivedOn;
    QString clientName;
    bool newToBody = false;
    QStringList scopeClasses;
    ApplicantEligibility::Facts eligibility;
    AuditTime::Input auditTime;
};

namespace ApplicationFileFormat {

inline constexpr char FormatTag[] = "csisms-application/1";

QStringList typeKeys();   // initial, recertification, scope_extension, transfer

// The application in `bytes`, or nullopt with *error "field: what is wrong" in the user's
// language (the field as a path: eligibility.E3.operating_since, personnel.identical_groups[0].count).
std::optional<ApplicationFile> parse(const QByteArray &bytes, QString *error);

// The file as DESIGN.md shows it (indented UTF-8 JSON): parse(write(f)) gives f back.
// A condition not stated is left out (it reads back as unknown).
QByteArray write(const ApplicationFile &file);

} // namespace ApplicationFileFormat
