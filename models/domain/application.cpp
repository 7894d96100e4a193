#include "application.h"

#include "domain/textrules.h"

#include <QRegularExpression>
#include <QSet>

namespace ApplicationRules {

namespace {

const QRegularExpression &fieldPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\{([a-z]+)(?::(\d+))?\})"));
    return re;
}

} // namespace

QList<FieldProblem> validatePattern(const QString &pattern)
{
    QList<FieldProblem> problems;
    const QString key = QStringLiteral("application_number_pattern");
    int seqs = 0;
    QRegularExpressionMatchIterator it = fieldPattern().globalMatch(pattern);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        if (name == QLatin1String("seq")) {
            ++seqs;
            if (!m.captured(2).isEmpty() && (m.captured(2).toInt() < 1 || m.captured(2).toInt() > 9))
                problems << FieldProblem{key, QCoreApplication::translate("ApplicationRules",
                                                                          "{seq:N} pads to 1 to 9 digits.")};
        } else if (name != QLatin1String("yyyy") && name != QLatin1String("yy") && name != QLatin1String("mm")) {
            problems << FieldProblem{key, QCoreApplication::translate("ApplicationRules",
                                                                      "{%1} is not a field of the number; use {yyyy}, "
                                                                      "{yy}, {mm} and {seq} or {seq:N}.").arg(name)};
        } else if (!m.captured(2).isEmpty()) {
            problems << FieldProblem{key, QCoreApplication::translate("ApplicationRules",
                                                                      "Only {seq} takes a width: {%1:%2}.")
                                              .arg(name, m.captured(2))};
        }
    }
    if (seqs != 1)
        problems << FieldProblem{key, QCoreApplication::translate("ApplicationRules",
                                                                  "The pattern needs the running number {seq} exactly "
                                                                  "once, e.g. CSISMS-A-{yyyy}-{seq:4}.")};
    QString rest = pattern;
    rest.remove(fieldPattern());
    if (rest.contains(u'{') || rest.contains(u'}'))
        problems << FieldProblem{key, QCoreApplication::translate("ApplicationRules",
                                                                  "A brace does not belong to a field; fields are "
                                                                  "written {yyyy}, {seq:4} ….")};
    for (const QChar c : rest)
        if (c.category() == QChar::Other_Control || c.isSpace()) {
            problems << FieldProblem{key, QCoreApplication::translate("ApplicationRules",
                                                                      "A number holds no spaces or control characters.")};
            break;
        }
    return problems;
}

QString number(const QString &pattern, const QDate &received, int seq)
{
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = fieldPattern().globalMatch(pattern);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += pattern.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        if (name == QLatin1String("yyyy"))
            out += QStringLiteral("%1").arg(received.year(), 4, 10, QChar(u'0'));
        else if (name == QLatin1String("yy"))
            out += QStringLiteral("%1").arg(received.year() % 100, 2, 10, QChar(u'0'));
        else if (name == QLatin1String("mm"))
            out += QStringLiteral("%1").arg(received.month(), 2, 10, QChar(u'0'));
        else if (name == QLatin1String("seq"))
            out += QStringLiteral("%1").arg(seq, m.captured(2).isEmpty() ? 1 : m.captured(2).toInt(), 10, QChar(u'0'));
        else
            out += m.captured(0);
        last = m.capturedEnd();
    }
    return out + pattern.mid(last);
}

QList<Status> allStatuses()
{
    return {Status::Draft,   Status::Submitted,           Status::UnderReview, Status::Accepted,
            Status::Refused, Status::SupplementRequested, Status::Resubmitted, Status::Withdrawn};
}

QString statusKey(Status status)
{
    switch (status) {
    case Status::Draft: return QStringLiteral("draft");
    case Status::Submitted: return QStringLiteral("submitted");
    case Status::UnderReview: return QStringLiteral("under_review");
    case Status::Accepted: return QStringLiteral("accepted");
    case Status::Refused: return QStringLiteral("refused");
    case Status::SupplementRequested: return QStringLiteral("supplement_requested");
    case Status::Resubmitted: return QStringLiteral("resubmitted");
    case Status::Withdrawn: break;
    }
    return QStringLiteral("withdrawn");
}

std::optional<Status> statusFromKey(const QString &key)
{
    for (Status s : allStatuses())
        if (statusKey(s) == key)
            return s;
    return std::nullopt;
}

QString statusText(Status status)
{
    switch (status) {
    case Status::Draft: return QCoreApplication::translate("ApplicationRules", "draft");
    case Status::Submitted: return QCoreApplication::translate("ApplicationRules", "submitted");
    case Status::UnderReview: return QCoreApplication::translate("ApplicationRules", "under review");
    case Status::Accepted: return QCoreApplication::translate("ApplicationRules", "accepted");
    case Status::Refused: return QCoreApplication::translate("ApplicationRules", "refused");
    case Status::SupplementRequested: return QCoreApplication::translate("ApplicationRules", "supplement requested");
    case Status::Resubmitted: return QCoreApplication::translate("ApplicationRules", "resubmitted");
    case Status::Withdrawn: break;
    }
    return QCoreApplication::translate("ApplicationRules", "withdrawn");
}

QList<Status> nextStatuses(Status from)
{
    switch (from) {
    case Status::Draft: return {Status::Submitted, Status::Withdrawn};
    case Status::Submitted: return {Status::UnderReview, Status::Withdrawn};
    case Status::UnderReview:
        return {Status::Accepted, Status::Refused, Status::SupplementRequested, Status::Withdrawn};
    case Status::SupplementRequested: return {Status::Resubmitted, Status::Withdrawn};
    case Status::Resubmitted: return {Status::UnderReview, Status::Withdrawn};
    case Status::Accepted:
    case Status::Refused:
    case Status::Withdrawn: break;
    }
    return {};
}

bool mayChange(Status from, Status to) { return nextStatuses(from).contains(to); }

QString changeRefusal(Status from, Status to)
{
    if (mayChange(from, to))
        return {};
    if (nextStatuses(from).isEmpty())
        return QCoreApplication::translate("ApplicationRules", "An application that is %1 stays so; start a new "
                                                               "application instead.").arg(statusText(from));
    QStringList next;
    for (Status s : nextStatuses(from))
        next << statusText(s);
    return QCoreApplication::translate("ApplicationRules", "An application that is %1 cannot become %2; it can become: %3.")
        .arg(statusText(from), statusText(to), next.join(QStringLiteral(", ")));
}

} // namespace ApplicationRules

namespace ApplicationTypes {

QStringList keys()
{
    return {QStringLiteral("initial"), QStringLiteral("recertification"), QStringLiteral("scope_extension"),
            QStringLiteral("transfer")};
}

QString text(const QString &key)
{
    if (key == QLatin1String("initial"))
        return QCoreApplication::translate("ApplicationTypes", "initial certification");
    if (key == QLatin1String("recertification"))
        return QCoreApplication::translate("ApplicationTypes", "recertification");
    if (key == QLatin1String("scope_extension"))
        return QCoreApplication::translate("ApplicationTypes", "scope extension");
    if (key == QLatin1String("transfer"))
        return QCoreApplication::translate("ApplicationTypes", "transfer from another body");
    return key;
}

} // namespace ApplicationTypes

namespace ApplicationDocuments {

QStringList kinds()
{
    QStringList k;
    for (int i = 1; i <= 9; ++i)
        k << QStringLiteral("D%1").arg(i);
    return k;
}

QString text(const QString &kind)
{
    const char *texts[] = {
        QT_TRANSLATE_NOOP("ApplicationDocuments", "Application form (name, address, standard, scope, headcount, outsourced processes)"),
        QT_TRANSLATE_NOOP("ApplicationDocuments", "Legal status proof, one per legal entity covered"),
        QT_TRANSLATE_NOOP("ApplicationDocuments", "Permits and qualification certificates for the scope"),
        QT_TRANSLATE_NOOP("ApplicationDocuments", "Organisation chart and responsibilities"),
        QT_TRANSLATE_NOOP("ApplicationDocuments", "Service processes, shifts and rotation"),
        QT_TRANSLATE_NOOP("ApplicationDocuments", "Evidence of at least 3 months of ISMS and CSISMS operation"),
        QT_TRANSLATE_NOOP("ApplicationDocuments", "Penalties and failed spot checks (3 years), other failed checks (1 year), with rectification"),
        QT_TRANSLATE_NOOP("ApplicationDocuments", "CSISMS documented information (when applicable)"),
        QT_TRANSLATE_NOOP("ApplicationDocuments", "Other documents"),
    };
    const int index = kinds().indexOf(kind);
    if (index < 0)
        return kind;
    return QStringLiteral("%1 %2").arg(kind, QCoreApplication::translate("ApplicationDocuments", texts[index]));
}

} // namespace ApplicationDocuments

AuditTime::Input Application::auditTimeInput() const
{
    AuditTime::Input input;
    input.totalPersonnel = personnelTotal.value_or(0);
    for (const PersonnelGroup &g : groups)
        input.groups << AuditTime::Group{g.activity, g.count};
    return input;
}

namespace ApplicationFields {

const RecordSpec &application()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Application"), {
        {"client_id", QT_TRANSLATE_NOOP("Fields", "Client")},
        {"number", QT_TRANSLATE_NOOP("Fields", "Application number"), 64},
        {"application_type", QT_TRANSLATE_NOOP("Fields", "Type of certification")},
        {"received_on", QT_TRANSLATE_NOOP("Fields", "Received on")},
        {"status", QT_TRANSLATE_NOOP("Fields", "Status")},
        {"new_to_body", QT_TRANSLATE_NOOP("Fields", "New to the body")},
        {"standards", QT_TRANSLATE_NOOP("Fields", "Standards"), 200},
        {"scope_zh", QT_TRANSLATE_NOOP("Fields", "Scope (Chinese)"), 4000, true},
        {"scope_en", QT_TRANSLATE_NOOP("Fields", "Scope (English)"), 4000, true},
        {"personnel_total", QT_TRANSLATE_NOOP("Fields", "Personnel in scope")},
        {"operating_since", QT_TRANSLATE_NOOP("Fields", "ISMS and CSISMS operating since (E3)")},
        {"e1_state", QT_TRANSLATE_NOOP("Fields", "Legal person (E1)")},
        {"e1_evidence", QT_TRANSLATE_NOOP("Fields", "Evidence (E1)"), 2000, true},
        {"e2_state", QT_TRANSLATE_NOOP("Fields", "Administrative permits (E2)")},
        {"e2_evidence", QT_TRANSLATE_NOOP("Fields", "Evidence (E2)"), 2000, true},
        {"e4_known", QT_TRANSLATE_NOOP("Fields", "Former certificate suspended or withdrawn stated (E4)")},
        {"e4_date", QT_TRANSLATE_NOOP("Fields", "Former certificate suspended or withdrawn on (E4)")},
        {"e5_known", QT_TRANSLATE_NOOP("Fields", "Former body's qualification lost stated (E5)")},
        {"e5_date", QT_TRANSLATE_NOOP("Fields", "Former body's qualification lost on (E5)")},
        {"e6_ordered_to_suspend", QT_TRANSLATE_NOOP("Fields", "Ordered to suspend business (E6)")},
        {"e7_on_list", QT_TRANSLATE_NOOP("Fields", "On a dishonesty list (E7)")},
        {"e8_known", QT_TRANSLATE_NOOP("Fields", "Major incident stated (E8)")},
        {"e8_date", QT_TRANSLATE_NOOP("Fields", "Major incident on (E8)")},
        {"e9_known", QT_TRANSLATE_NOOP("Fields", "Failed spot check stated (E9)")},
        {"e9_date", QT_TRANSLATE_NOOP("Fields", "Failed spot check on (E9)")},
        {"e9_rectified", QT_TRANSLATE_NOOP("Fields", "Spot check rectified (E9)")},
        {"e10_state", QT_TRANSLATE_NOOP("Fields", "Other conditions (E10)")},
        {"e10_evidence", QT_TRANSLATE_NOOP("Fields", "Evidence (E10)"), 2000, true},
        {"notes", QT_TRANSLATE_NOOP("Fields", "Notes"), 20000, true},
    }, "number"};
    return spec;
}

const RecordSpec &scopeClass()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Scope class of an application"), {
        {"scope_class_code", QT_TRANSLATE_NOOP("Fields", "Scope class"), 32},
    }, "scope_class_code"};
    return spec;
}

const RecordSpec &site()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Site in scope"), {
        {"site_id", QT_TRANSLATE_NOOP("Fields", "Site")},
    }};
    return spec;
}

const RecordSpec &group()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Group doing identical activities"), {
        {"activity", QT_TRANSLATE_NOOP("Fields", "Activity"), 200},
        {"person_count", QT_TRANSLATE_NOOP("Fields", "Persons")},
    }, "activity"};
    return spec;
}

const RecordSpec &outsourced()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Outsourced process"), {
        {"process", QT_TRANSLATE_NOOP("Fields", "Process"), 300},
        {"provider", QT_TRANSLATE_NOOP("Fields", "Provider"), 200},
        {"control", QT_TRANSLATE_NOOP("Fields", "How it is controlled"), 4000, true},
    }, "process"};
    return spec;
}

const RecordSpec &document()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Application document"), {
        {"kind", QT_TRANSLATE_NOOP("Fields", "Document")},
        {"legal_entity_id", QT_TRANSLATE_NOOP("Fields", "Legal entity")},
        {"received_on", QT_TRANSLATE_NOOP("Fields", "Received on")},
        {"reference", QT_TRANSLATE_NOOP("Fields", "Reference"), 200},
        {"attachment_id", QT_TRANSLATE_NOOP("Fields", "Attached file")},
        {"file_name", QT_TRANSLATE_NOOP("Fields", "File name"), 260},
        {"sha256", QT_TRANSLATE_NOOP("Fields", "SHA-256")},
        {"byte_size", QT_TRANSLATE_NOOP("Fields", "Size (bytes)")},
    }, "kind"};
    return spec;
}

const RecordSpec &statusChange()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Status change"), {
        {"status", QT_TRANSLATE_NOOP("Fields", "Status")},
        {"changed_on", QT_TRANSLATE_NOOP("Fields", "Changed on")},
        {"changed_by", QT_TRANSLATE_NOOP("Fields", "Changed by"), 200},
        {"note", QT_TRANSLATE_NOOP("Fields", "Note"), 4000, true},
    }, "status"};
    return spec;
}

const RecordSpec &attachment()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Attached file"), {
        {"sha256", QT_TRANSLATE_NOOP("Fields", "SHA-256")},
        {"byte_size", QT_TRANSLATE_NOOP("Fields", "Size (bytes)")},
    }, "sha256"};
    return spec;
}

} // namespace ApplicationFields

namespace ApplicationRules {

QList<FieldProblem> validate(const Application &a)
{
    QList<FieldProblem> problems;
    auto add = [&problems](const QString &field, const QString &message, const QString &rule = {}) {
        problems << FieldProblem{field, message, rule};
    };
    const RecordSpec &spec = ApplicationFields::application();
    if (a.clientId <= 0)
        add(QStringLiteral("client_id"), QCoreApplication::translate("ApplicationRules", "Choose the client who applies."));
    if (!ApplicationTypes::keys().contains(a.type))
        add(QStringLiteral("application_type"), QCoreApplication::translate("ApplicationRules", "Choose the type of certification applied for."));
    else if (a.newToBody && a.type != QLatin1String("initial"))
        add(QStringLiteral("application_type"),
            QCoreApplication::translate("ApplicationRules", "A client new to the body applies for an initial certification, "
                                                            "whatever certificates it holds (R-5.2.4); choose initial "
                                                            "certification or untick “new to the body”."),
            QStringLiteral("R-5.2.4"));
    if (!a.receivedOn.isValid())
        add(QStringLiteral("received_on"), QCoreApplication::translate("ApplicationRules", "Enter the date the application was received."));
    const struct { const char *key; const QString &value; TextRules::Kind kind; } texts[] = {
        {"standards", a.standards, TextRules::Kind::SingleLine},
        {"scope_zh", a.scopeZh, TextRules::Kind::MultiLine},
        {"scope_en", a.scopeEn, TextRules::Kind::MultiLine},
        {"e1_evidence", a.eligibility.legalPerson.evidence, TextRules::Kind::MultiLine},
        {"e2_evidence", a.eligibility.permits.evidence, TextRules::Kind::MultiLine},
        {"e10_evidence", a.eligibility.other.evidence, TextRules::Kind::MultiLine},
        {"notes", a.notes, TextRules::Kind::MultiLine},
    };
    for (const auto &t : texts)
        if (const QString problem = TextRules::problem(t.value, spec.maxLength(QLatin1String(t.key)), t.kind); !problem.isEmpty())
            add(QLatin1String(t.key), QCoreApplication::translate("ApplicationRules", "%1 %2")
                                          .arg(spec.label(QLatin1String(t.key)), problem));
    if (!a.standards.contains(QLatin1String("27017")))
        add(QStringLiteral("standards"), QCoreApplication::translate("ApplicationRules",
                                                                     "A CSISMS application names ISO/IEC 27017:2015 among its "
                                                                     "standards."));
    if (a.personnelTotal && *a.personnelTotal < 0)
        add(QStringLiteral("personnel_total"), QCoreApplication::translate("ApplicationRules", "The personnel in scope cannot be negative."));
    const QDate received = a.receivedOn;
    const struct { const char *key; const ApplicantEligibility::DateFact &fact; } dates[] = {
        {"e4_date", a.eligibility.formerSuspension}, {"e5_date", a.eligibility.formerBodyWithdrawn},
        {"e8_date", a.eligibility.majorIncident}, {"e9_date", a.eligibility.failedSpotCheck},
    };
    for (const auto &d : dates)
        if (received.isValid() && d.fact.date.isValid() && d.fact.date > received)
            add(QLatin1String(d.key), QCoreApplication::translate("ApplicationRules",
                                                                  "This date is after the application was received; "
                                                                  "check it."));
    if (received.isValid() && a.eligibility.operatingSince.date.isValid() && a.eligibility.operatingSince.date > received)
        add(QStringLiteral("operating_since"), QCoreApplication::translate("ApplicationRules",
                                                                           "The system cannot start operating after the "
                                                                           "application was received; check the date."));

    int grouped = 0;
    for (int i = 0; i < a.groups.size(); ++i) {
        const PersonnelGroup &g = a.groups.at(i);
        if (TextRules::isBlank(g.activity))
            add(QStringLiteral("groups[%1].activity").arg(i), QCoreApplication::translate("ApplicationRules",
                                                                                          "Say what the group does."));
        else if (const QString problem = TextRules::problem(g.activity, 200); !problem.isEmpty())
            add(QStringLiteral("groups[%1].activity").arg(i), problem);
        if (g.count < 1)
            add(QStringLiteral("groups[%1].person_count").arg(i),
                QCoreApplication::translate("ApplicationRules", "A group has at least one person."));
        grouped += qMax(0, g.count);
    }
    if (grouped > 0 && grouped > a.personnelTotal.value_or(0))
        add(QStringLiteral("personnel_total"),
            QCoreApplication::translate("ApplicationRules", "The groups hold %1 persons, more than the %2 in scope; "
                                                            "correct the total or the groups.")
                .arg(grouped).arg(a.personnelTotal.value_or(0)));
    for (int i = 0; i < a.outsourced.size(); ++i) {
        const OutsourcedProcess &o = a.outsourced.at(i);
        if (TextRules::isBlank(o.process))
            add(QStringLiteral("outsourced[%1].process").arg(i),
                QCoreApplication::translate("ApplicationRules", "Name the outsourced process."));
        for (const QString *value : {&o.process, &o.provider})
            if (const QString problem = TextRules::problem(*value, 300); !problem.isEmpty())
                add(QStringLiteral("outsourced[%1].process").arg(i), problem);
    }
    QSet<QString> classes;
    for (int i = 0; i < a.scopeClasses.size(); ++i) {
        if (classes.contains(a.scopeClasses.at(i)))
            add(QStringLiteral("scope_classes"), QCoreApplication::translate("ApplicationRules",
                                                                             "The scope class %1 is chosen twice.")
                                                     .arg(a.scopeClasses.at(i)));
        classes.insert(a.scopeClasses.at(i));
    }
    for (int i = 0; i < a.documents.size(); ++i) {
        const ApplicationDocument &d = a.documents.at(i);
        const QString row = QStringLiteral("documents[%1].").arg(i);
        if (!ApplicationDocuments::kinds().contains(d.kind))
            add(row + QStringLiteral("kind"), QCoreApplication::translate("ApplicationRules", "Choose which document (D1–D9) this is."));
        if (d.kind == QLatin1String("D2") && d.legalEntityId <= 0)
            add(row + QStringLiteral("legal_entity"), QCoreApplication::translate("ApplicationRules",
                                                                                  "Choose the legal entity this proof is for."));
        if (d.kind != QLatin1String("D2") && d.legalEntityId > 0)
            add(row + QStringLiteral("legal_entity"), QCoreApplication::translate("ApplicationRules",
                                                                                  "Only a legal status proof (D2) names a legal entity."));
        if (const QString problem = TextRules::problem(d.reference, 200); !problem.isEmpty())
            add(row + QStringLiteral("reference"), problem);
        if (d.receivedOn.isValid() && d.receivedOn > QDate::currentDate().addDays(1))
            add(row + QStringLiteral("received_on"), QCoreApplication::translate("ApplicationRules",
                                                                                 "A document cannot be received in the future."));
    }
    return problems;
}

QList<FieldProblem> submissionProblems(const Application &a)
{
    QList<FieldProblem> problems;
    if (TextRules::isBlank(a.scopeZh))
        problems << FieldProblem{QStringLiteral("scope_zh"), QCoreApplication::translate("ApplicationRules",
                                                                                         "Describe the scope in Chinese before the application is submitted.")};
    if (a.scopeClasses.isEmpty())
        problems << FieldProblem{QStringLiteral("scope_classes"), QCoreApplication::translate("ApplicationRules",
                                                                                              "Choose at least one scope class before the application is submitted.")};
    if (!a.personnelTotal)
        problems << FieldProblem{QStringLiteral("personnel_total"), QCoreApplication::translate("ApplicationRules",
                                                                                                "Enter the personnel in scope before the application is submitted.")};
    return problems;
}

} // namespace ApplicationRules
