#include "programmereport.h"

#include "db/database.h"
#include "repositories/applicationrepository.h"
#include "reports/reportframe.h"
#include "repositories/certificaterepository.h"
#include "repositories/clientrepository.h"
#include "repositories/contractrepository.h"
#include "reports/programmetimeline.h"

#include <QPainter>

#include <algorithm>

namespace ProgrammeReport {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ProgrammeReport", text, disambiguation, n);
}

using Kind = ProgrammeAudit::Kind;
using Mode = ReportLanguage::Mode;

const QColor kGood(0x2e, 0x7d, 0x32);
const QColor kBad(0xb7, 0x1c, 0x1c);
const QColor kMutedText(0x75, 0x75, 0x75);

QString span(const QDate &from, const QDate &to, Mode mode)
{
    if (!from.isValid() && !to.isValid())
        return QStringLiteral("—");
    return QStringLiteral("%1 – %2").arg(from.isValid() ? ReportLanguage::date(from, mode) : QStringLiteral("…"),
                                        to.isValid() ? ReportLanguage::date(to, mode) : QStringLiteral("…"));
}

QString days(const std::optional<double> &d)
{
    return d ? QString::number(*d, 'g', 4) : QStringLiteral("—");
}

// "A1" … a short name of each audit for the coverage columns: its kind and place.
QString shortName(const Programme &p, int index)
{
    const ProgrammeAudit &a = p.audits.at(index);
    QString letter;
    switch (a.kind) {
    case Kind::Stage1: letter = tr("S1", "short for stage 1 audit"); break;
    case Kind::Stage2: letter = tr("S2", "short for stage 2 audit"); break;
    case Kind::Surveillance: letter = tr("SV", "short for surveillance audit"); break;
    case Kind::Recertification: letter = tr("RC", "short for recertification audit"); break;
    case Kind::Special: letter = tr("SP", "short for special audit"); break;
    }
    int n = 0;
    for (int i = 0; i <= index; ++i)
        if (p.audits.at(i).kind == a.kind)
            ++n;
    return a.kind == Kind::Surveillance || a.kind == Kind::Special ? letter + QString::number(n) : letter;
}

QString team(const ProgrammeAudit &a, const ProgrammeCheckContext &context)
{
    QList<TeamMember> members = a.team;
    std::stable_sort(members.begin(), members.end(),
                     [](const TeamMember &x, const TeamMember &y) { return int(x.role) < int(y.role); });
    QStringList lines;
    for (const TeamMember &m : std::as_const(members)) {
        const Auditor *auditor = context.auditor(m.auditorId);
        const QString registration = auditor ? auditor->registrationNumber : QString();
        lines << (registration.isEmpty() ? QStringLiteral("%1 (%2)").arg(m.name, ProgrammeRules::roleLabel(m.role))
                                         : QStringLiteral("%1 (%2) %3").arg(m.name, ProgrammeRules::roleLabel(m.role), registration));
    }
    return lines.isEmpty() ? tr("not yet named") : lines.join(u'\n');
}

QString shifts(const ProgrammeAudit &a, const Programme &p)
{
    if (p.clientShifts.isEmpty())
        return tr("no shifts");
    QStringList lines;
    if (!a.shifts.isEmpty())
        lines << tr("covered: %1").arg(a.shifts.join(QStringLiteral(", ")));
    for (auto it = a.shiftReasons.cbegin(); it != a.shiftReasons.cend(); ++it)
        if (!a.shifts.contains(it.key()))
            lines << tr("not covered: %1 (%2)").arg(it.key(), it.value());
    for (const QString &s : p.clientShifts)
        if (!a.shifts.contains(s) && !a.shiftReasons.contains(s))
            lines << tr("not covered: %1 (no reason given)").arg(s);
    return lines.join(u'\n');
}

QString findings(const ProgrammeAudit &a)
{
    int major = 0, minor = 0, observations = 0;
    for (const AuditFinding &f : a.findings) {
        switch (f.grade) {
        case AuditFinding::Grade::Major: ++major; break;
        case AuditFinding::Grade::Minor: ++minor; break;
        case AuditFinding::Grade::Observation: ++observations; break;
        }
    }
    if (major + minor + observations == 0)
        return a.status == ProgrammeAudit::Status::Done ? tr("none") : QStringLiteral("—");
    return tr("%1 major, %2 minor, %3 observations").arg(major).arg(minor).arg(observations);
}

QColor statusColour(ProgrammeAudit::Status status)
{
    switch (status) {
    case ProgrammeAudit::Status::Done: return kGood;
    case ProgrammeAudit::Status::Cancelled: return kMutedText;
    default: return QColor();
    }
}

// The cycle's timeline, drawn in the language of the document it belongs to.
void addTimeline(ReportDocument &doc, const Programme &p, const QList<ProgrammeViolation> &violations,
                 const RuleParameters &parameters, Mode single)
{
    // The height the drawing wants for its lanes at 10 px per line of text, in millimetres.
    QFont font = ReportRenderer::baseFont();
    font.setPixelSize(10);
    ProgrammeTimeline sized;
    sized.programme = p;
    const double heightMm = sized.heightFor(font) * 25.4 / 96.0 + 2;
    doc.picture(heightMm, [p, violations, parameters, single](QPainter &painter, const QRectF &area) {
        const ReportLanguage::Scope scope(single);
        ProgrammeTimeline timeline = ProgrammeTimeline::of(p, violations, parameters);
        // The drawing measures its text with the font alone (as on screen, at 96 dpi): it
        // is drawn in those units, scaled to the page's resolution, with a font in pixels.
        const double scale = painter.device() ? painter.device()->logicalDpiY() / 96.0 : 1.0;
        QFont font = ReportRenderer::baseFont();
        font.setPixelSize(10);
        timeline.font = font;
        painter.save();
        painter.scale(scale, scale);
        timeline.paint(painter, QRectF(area.topLeft() / scale, area.size() / scale));
        painter.restore();
    });
}

} // namespace

ReportDocument build(const ProgrammeReportData &data, Mode mode)
{
    return ReportDocument::inLanguage(mode, [&](Mode single) {
        const bool zh = single == Mode::Chinese;
        const Programme &p = data.programme;
        const QList<ProgrammeViolation> violations = ProgrammeRepository::check(p, data.context);
        const RuleParameters &parameters = data.context.parameters;
        ReportDocument doc;
        data.frame.apply(doc, tr("Audit programme"),
                         tr("Report AP-%1 · version %2").arg(p.id, 6, 10, QLatin1Char('0')).arg(data.version),
                         data.generated, mode, single);

        // 1 The client and the scope.
        doc.heading(tr("1 Client and scope of certification"));
        QStringList sites;
        for (const ClientSite &s : data.client.sites)
            sites << (s.headcount ? tr("%1 — %2 (%3 people)").arg(s.name, s.address).arg(*s.headcount)
                                  : tr("%1 — %2").arg(s.name, s.address));
        QStringList clientShifts;
        for (const ClientShift &s : data.client.shifts)
            clientShifts << (s.hours.isEmpty() ? s.name : QStringLiteral("%1 %2").arg(s.name, s.hours));
        QStringList services;
        for (const ClientService &s : data.client.services)
            services << (s.typical ? tr("%1 (typical)").arg(s.name) : s.name);
        const Application *application = data.application ? &*data.application : nullptr;
        const QString scopeText = application ? (zh || application->scopeEn.isEmpty() ? application->scopeZh : application->scopeEn)
                                              : QString();
        const QString clientName = zh || data.client.nameEn.isEmpty() ? data.client.nameZh : data.client.nameEn;
        doc.fields({
            {tr("Client"), clientName},
            {tr("Unified social credit code"), data.client.creditCode},
            {tr("Address"), data.client.address},
            {tr("Headcount"), data.client.headcount ? QString::number(*data.client.headcount) : QString()},
            {tr("Sites"), sites.join(u'\n')},
            {tr("Shifts"), clientShifts.isEmpty() ? tr("no shifts") : clientShifts.join(u'\n')},
            {tr("Scope"), scopeText},
            {tr("Scope classes"), application ? application->scopeClasses.join(QStringLiteral(", ")) : QString()},
            {tr("Cloud services"), services.join(u'\n')},
            {tr("Standard"), data.certificate && !data.certificate->standard.isEmpty() ? data.certificate->standard
                                                                                         : QStringLiteral("ISO/IEC 27017:2015")},
        });

        // 2 The cycle and the certificate.
        doc.heading(tr("2 Cycle and certificate"));
        QString certificate = tr("not issued yet");
        if (data.certificate) {
            const CertificateState state = CertificateRules::stateOn(*data.certificate, data.generated.date());
            certificate = tr("%1, issued %2, expires %3; %4")
                              .arg(data.certificate->number, ReportLanguage::date(data.certificate->issuedOn, mode),
                                   ReportLanguage::date(data.certificate->expiresOn, mode),
                                   CertificateRules::statusLabel(state.status));
        }
        doc.fields({
            {tr("Cycle"), ProgrammeRules::cycleLabel(p.cycle)},
            {tr("Contract"), data.contractNumber.isEmpty()
                                 ? QString()
                                 : tr("%1, signed %2").arg(data.contractNumber, ReportLanguage::date(p.contractSignedOn, mode))},
            {tr("Certification decision"), p.actualDecision.isValid()
                                               ? tr("taken %1").arg(ReportLanguage::date(p.actualDecision, mode))
                                               : tr("planned for %1").arg(ReportLanguage::date(p.plannedDecision, mode))},
            {tr("Expiry of the cycle"), ReportLanguage::date(p.expiryDate(parameters.cycleYears()), mode)},
            {tr("Certificate"), certificate},
        });

        // 3 The timeline.
        doc.heading(tr("3 Timeline of the cycle"));
        addTimeline(doc, p, violations, parameters, single);

        // 4 The audits: their schedule, then who does them and what they cover.
        doc.heading(tr("4 Audits"));
        QList<QList<ReportCell>> schedule, content;
        for (int i = 0; i < p.audits.size(); ++i) {
            const ProgrammeAudit &a = p.audits.at(i);
            const ProgrammeRules::Window w = ProgrammeRules::window(p, i, parameters);
            const QString name = QStringLiteral("%1 %2").arg(shortName(p, i), ProgrammeRules::auditName(p, i));
            schedule << QList<ReportCell>{
                {name, true, QColor()},
                {ProgrammeRules::statusLabel(a.status), false, statusColour(a.status)},
                {a.kind == Kind::Special ? tr("any time in the cycle") : span(w.from, w.to, mode), false, QColor()},
                {span(a.plannedStart, a.plannedEnd, mode), false, QColor()},
                {a.actualStart.isValid() ? span(a.actualStart, a.actualEnd, mode) : QStringLiteral("—"), false, QColor()},
                {days(a.days), false, QColor()},
                {ProgrammeRules::methodLabel(a.method), false, QColor()},
            };
            const int total = int(data.context.catalogue.ids.size());
            const int covered = a.allControls ? total : int(a.controls.size());
            content << QList<ReportCell>{
                {shortName(p, i), true, QColor()},
                {team(a, data.context), false, QColor()},
                {shifts(a, p), false, QColor()},
                {a.services.isEmpty() ? QStringLiteral("—") : a.services.join(u'\n'), false, QColor()},
                {a.allControls ? tr("all %1 controls").arg(total) : tr("%1 of %2 controls").arg(covered).arg(total), false,
                 QColor()},
                {findings(a), false, QColor()},
            };
        }
        doc.table({tr("Audit"), tr("Status"), tr("Window the rules allow"), tr("Planned"), tr("Done"), tr("Days"), tr("Method")},
                  {2.4, 0.9, 2.0, 2.0, 2.0, 0.7, 1.2}, schedule);
        doc.table({tr("Audit"), tr("Team (leader first)"), tr("Shifts"), tr("Services sampled"), tr("Coverage"), tr("Findings")},
                  {0.8, 2.6, 2.0, 1.8, 1.2, 1.4}, content);

        // 5 Coverage of the catalogue, clause by clause.
        doc.heading(tr("5 Coverage of ISO/IEC 27017 by clause"));
        QStringList clauses;
        QHash<QString, QStringList> controlsOf;
        for (qsizetype c = 0; c < data.context.catalogue.ids.size(); ++c) {
            const QString clause = data.context.catalogue.clauses.value(c);
            if (!controlsOf.contains(clause))
                clauses << clause;
            controlsOf[clause] << data.context.catalogue.ids.at(c);
        }
        QStringList coverageHeader{tr("Clause"), tr("Controls")};
        QList<double> coverageWidths{1.4, 1.0};
        for (int i = 0; i < p.audits.size(); ++i) {
            coverageHeader << shortName(p, i);
            coverageWidths << 0.8;
        }
        coverageHeader << tr("Cycle");
        coverageWidths << 0.9;
        QList<QList<ReportCell>> coverage;
        for (const QString &clause : std::as_const(clauses)) {
            const QStringList &ids = controlsOf.value(clause);
            QList<ReportCell> row{{clause, true, QColor()}, {QString::number(ids.size()), false, QColor()}};
            QSet<QString> cycle;
            for (const ProgrammeAudit &a : p.audits) {
                int n = 0;
                for (const QString &id : ids)
                    if (a.counts() && a.covers(id)) {
                        ++n;
                        cycle.insert(id);
                    }
                row << ReportCell{QString::number(n), false, n == 0 ? kMutedText : QColor()};
            }
            row << ReportCell{QString::number(cycle.size()), true, cycle.size() < ids.size() ? kBad : kGood};
            coverage << row;
        }
        doc.table(coverageHeader, coverageWidths, coverage);

        // 6 The rule check.
        doc.heading(tr("6 Rule check"));
        if (violations.isEmpty()) {
            doc.paragraph(tr("✓ The programme passes every rule."), kGood);
        } else {
            int errors = 0;
            for (const ProgrammeViolation &v : violations)
                errors += v.finding.severity == RuleFinding::Error ? 1 : 0;
            doc.paragraph(tr("%1 errors and %2 warnings:").arg(errors).arg(violations.size() - errors),
                          errors > 0 ? kBad : QColor());
            QList<QList<ReportCell>> rows;
            for (const ProgrammeViolation &v : violations)
                rows << QList<ReportCell>{
                    {v.finding.rule, true, QColor()},
                    {v.finding.severity == RuleFinding::Error ? tr("error") : tr("warning"), false,
                     v.finding.severity == RuleFinding::Error ? kBad : QColor()},
                    {v.audit >= 0 && v.audit < p.audits.size() ? shortName(p, v.audit) : tr("programme"), false, QColor()},
                    {v.finding.message, false, QColor()},
                };
            doc.table({tr("Rule"), tr("Severity"), tr("Audit"), tr("Finding")}, {1.3, 0.9, 0.9, 6.0}, rows);
        }

        // 7 Sign-offs.
        doc.heading(tr("7 Sign-off"));
        doc.signatures({tr("Prepared by (programme manager)"), tr("Reviewed by"), tr("Approved by")}, tr("Signature"),
                       tr("Date"));
        return doc;
    });
}

} // namespace ProgrammeReport

namespace {
QString trData(const char *text) { return QCoreApplication::translate("ProgrammeReport", text); }
} // namespace

std::optional<ProgrammeReportData> ProgrammeReportData::readProgramme(Database &db, qint64 programmeId, QString *error)
{
    ProgrammeRepository programmes(db);
    const std::optional<Programme> programme = programmes.load(programmeId);
    if (!programme) {
        *error = trData("There is no programme %1.").arg(programmeId);
        return std::nullopt;
    }
    ProgrammeReportData data;
    data.programme = *programme;
    const std::optional<Client> client = ClientRepository(db).load(programme->clientId);
    if (!client) {
        *error = trData("There is no client %1.").arg(programme->clientId);
        return std::nullopt;
    }
    data.client = *client;
    data.frame = ReportFrame::read(db);
    if (const std::optional<Contract> contract = ContractRepository(db).load(programme->contractId)) {
        data.contractNumber = contract->version > 1 ? QStringLiteral("%1 v%2").arg(contract->number).arg(contract->version)
                                                    : contract->number;
        data.application = ApplicationRepository(db).load(contract->applicationId);
    }
    CertificateRepository certificates(db);
    if (const qint64 certificate = certificates.ofProgramme(programmeId))
        data.certificate = certificates.load(certificate);
    data.context = ProgrammeCheckContext::load(db);
    data.version = int(programmes.history(programmeId).size());
    data.generated = QDateTime::currentDateTime();
    return data;
}

std::optional<ProgrammeReportData> ProgrammeReportData::read(Database &db, qint64 clientId, QString *error)
{
    if (!ClientRepository(db).load(clientId)) {
        *error = trData("There is no client %1.").arg(clientId);
        return std::nullopt;
    }
    const qint64 programme = ProgrammeRepository(db).currentOf(clientId);
    if (programme == 0) {
        *error = trData("The client %1 has no audit programme yet.").arg(clientId);
        return std::nullopt;
    }
    return readProgramme(db, programme, error);
}
