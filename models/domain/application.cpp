#include "application.h"

#include <QRegularExpression>

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
