#include "contract.h"

#include "domain/textrules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

QString ContractDuty::text() const
{
    return QLocale().language() == QLocale::Chinese ? textZh : textEn;
}

namespace ContractDuties {

const QList<ContractDuty> &shipped()
{
    static const QList<ContractDuty> duties = [] {
        QList<ContractDuty> list;
        QFile file(QStringLiteral(":/reference/contract-duties.json"));
        if (!file.open(QIODevice::ReadOnly))
            return list;
        const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("duties")).toArray();
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            list << ContractDuty{o.value(QLatin1String("code")).toString(), o.value(QLatin1String("party")).toString(),
                                 o.value(QLatin1String("zh")).toString(), o.value(QLatin1String("en")).toString()};
        }
        return list;
    }();
    return duties;
}

QStringList codes()
{
    QStringList c;
    for (const ContractDuty &d : shipped())
        c << d.code;
    return c;
}

} // namespace ContractDuties

qint64 Contract::totalFen() const
{
    qint64 total = 0;
    for (const FeeItem &f : fees)
        total += f.amountFen;
    return total;
}

namespace ContractFields {

const RecordSpec &contract()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Contract"), {
        {"application_id", QT_TRANSLATE_NOOP("Fields", "Application")},
        {"review_id", QT_TRANSLATE_NOOP("Fields", "Review")},
        {"number", QT_TRANSLATE_NOOP("Fields", "Contract number"), 64},
        {"version", QT_TRANSLATE_NOOP("Fields", "Version")},
        {"amends_id", QT_TRANSLATE_NOOP("Fields", "Amends contract")},
        {"client_party", QT_TRANSLATE_NOOP("Fields", "Client (party)"), 200},
        {"body_party", QT_TRANSLATE_NOOP("Fields", "Certification body (party)"), 200},
        {"status", QT_TRANSLATE_NOOP("Fields", "Status")},
        {"signed_on", QT_TRANSLATE_NOOP("Fields", "Signed on")},
        {"terminated_on", QT_TRANSLATE_NOOP("Fields", "Terminated on")},
        {"termination_reason", QT_TRANSLATE_NOOP("Fields", "Reason of termination"), 2000, true},
        {"effective_personnel", QT_TRANSLATE_NOOP("Fields", "Effective personnel")},
        {"table_days", QT_TRANSLATE_NOOP("Fields", "Table days")},
        {"adjusted_days", QT_TRANSLATE_NOOP("Fields", "Adjusted days")},
        {"stage1_days", QT_TRANSLATE_NOOP("Fields", "Stage 1 days")},
        {"stage2_days", QT_TRANSLATE_NOOP("Fields", "Stage 2 days")},
        {"onsite_days", QT_TRANSLATE_NOOP("Fields", "On-site days")},
        {"surveillance_days", QT_TRANSLATE_NOOP("Fields", "Surveillance days")},
        {"recertification_days", QT_TRANSLATE_NOOP("Fields", "Recertification days")},
        {"acknowledged_duties", QT_TRANSLATE_NOOP("Fields", "Duties acknowledged"), 200},
        {"notes", QT_TRANSLATE_NOOP("Fields", "Notes"), 20000, true},
    }, "number"};
    return spec;
}

const RecordSpec &fee()
{
    static const RecordSpec spec{QT_TRANSLATE_NOOP("Fields", "Fee item"), {
        {"item", QT_TRANSLATE_NOOP("Fields", "Item"), 200},
        {"amount_fen", QT_TRANSLATE_NOOP("Fields", "Amount (fen)")},
    }, "item"};
    return spec;
}

} // namespace ContractFields

namespace ContractRules {

QString statusKey(Contract::Status status)
{
    switch (status) {
    case Contract::Status::Signed: return QStringLiteral("signed");
    case Contract::Status::Terminated: return QStringLiteral("terminated");
    case Contract::Status::Draft: break;
    }
    return QStringLiteral("draft");
}

std::optional<Contract::Status> statusFromKey(const QString &key)
{
    for (Contract::Status s : {Contract::Status::Draft, Contract::Status::Signed, Contract::Status::Terminated})
        if (statusKey(s) == key)
            return s;
    return std::nullopt;
}

QString statusText(Contract::Status status)
{
    switch (status) {
    case Contract::Status::Signed: return QCoreApplication::translate("ContractRules", "signed");
    case Contract::Status::Terminated: return QCoreApplication::translate("ContractRules", "terminated");
    case Contract::Status::Draft: break;
    }
    return QCoreApplication::translate("ContractRules", "draft");
}

QString amountText(qint64 fen)
{
    const QLocale locale;
    const QString yuan = locale.toString(double(fen) / 100.0, 'f', 2);
    return QCoreApplication::translate("ContractRules", "¥%1").arg(yuan);
}

std::optional<qint64> parseAmount(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QChar(u'¥')).remove(QChar(0xFFE5)).remove(QStringLiteral("CNY")).remove(QStringLiteral("元"));
    t = t.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    const QLocale locale;
    // Digit groups of the locale, or of C, are allowed; at most two decimals.
    QString plain = t;
    plain.remove(locale.groupSeparator());
    plain.remove(u',');
    plain.remove(u' ');
    plain.replace(locale.decimalPoint(), QStringLiteral("."));
    static const QRegularExpression number(QStringLiteral("^\\d{1,13}(\\.\\d{1,2})?$"));
    if (!number.match(plain).hasMatch())
        return std::nullopt;
    const qsizetype dot = plain.indexOf(u'.');
    const qint64 whole = plain.left(dot < 0 ? plain.size() : dot).toLongLong();
    const QString cents = dot < 0 ? QString() : plain.mid(dot + 1).leftJustified(2, u'0');
    return whole * 100 + (cents.isEmpty() ? 0 : cents.toLongLong());
}

QList<FieldProblem> validate(const Contract &c)
{
    QList<FieldProblem> problems;
    const auto add = [&problems](const QString &field, const QString &message, const QString &rule = {}) {
        problems << FieldProblem{field, message, rule};
    };
    const RecordSpec &spec = ContractFields::contract();
    if (c.applicationId <= 0 || c.reviewId <= 0)
        add(QStringLiteral("review_id"), QCoreApplication::translate("ContractRules", "A contract is made from an accepted review."));
    for (const char *key : {"client_party", "body_party"}) {
        const QString &value = qstrcmp(key, "client_party") == 0 ? c.clientParty : c.bodyParty;
        if (TextRules::isBlank(value))
            add(QLatin1String(key), QCoreApplication::translate("ContractRules", "Name the party as it signs the contract."));
        else if (const QString problem = TextRules::problem(value, spec.maxLength(QLatin1String(key))); !problem.isEmpty())
            add(QLatin1String(key), problem);
    }
    for (const auto &[key, value] : {std::pair<const char *, const QString *>{"notes", &c.notes},
                                     {"termination_reason", &c.terminationReason}})
        if (const QString problem = TextRules::problem(*value, spec.maxLength(QLatin1String(key)), TextRules::Kind::MultiLine);
            !problem.isEmpty())
            add(QLatin1String(key), problem);
    for (int i = 0; i < c.fees.size(); ++i) {
        const FeeItem &f = c.fees.at(i);
        if (TextRules::isBlank(f.item))
            add(QStringLiteral("fees[%1].item").arg(i), QCoreApplication::translate("ContractRules", "Say what the fee is for."));
        else if (const QString problem = TextRules::problem(f.item, 200); !problem.isEmpty())
            add(QStringLiteral("fees[%1].item").arg(i), problem);
        if (f.amountFen < 0)
            add(QStringLiteral("fees[%1].amount").arg(i), QCoreApplication::translate("ContractRules", "An amount cannot be negative."));
    }
    QSet<QString> seen;
    for (const QString &code : c.acknowledged) {
        if (!ContractDuties::codes().contains(code) || seen.contains(code))
            add(QStringLiteral("duties"), QCoreApplication::translate("ContractRules", "“%1” is not a duty of the rules, or is ticked twice.").arg(code));
        seen.insert(code);
    }
    return problems;
}

QList<FieldProblem> signingProblems(const Contract &c, const QDate &signedOn, const QDate &acceptedOn)
{
    QList<FieldProblem> problems = validate(c);
    if (!signedOn.isValid())
        problems << FieldProblem{QStringLiteral("signed_on"), QCoreApplication::translate("ContractRules", "Enter the date the contract was signed.")};
    else if (acceptedOn.isValid() && signedOn < acceptedOn)
        problems << FieldProblem{QStringLiteral("signed_on"),
                                 QCoreApplication::translate("ContractRules", "A contract is signed after the application was accepted "
                                                                              "(%1), not before (5.3.1).").arg(acceptedOn.toString(Qt::ISODate)),
                                 QStringLiteral("5.3.1")};
    else if (signedOn > QDate::currentDate())
        problems << FieldProblem{QStringLiteral("signed_on"), QCoreApplication::translate("ContractRules", "A contract cannot be signed in the future.")};
    if (c.fees.isEmpty())
        problems << FieldProblem{QStringLiteral("fees"), QCoreApplication::translate("ContractRules", "Enter the fee items before signing.")};
    QStringList missing;
    for (const QString &code : ContractDuties::codes())
        if (!c.acknowledged.contains(code))
            missing << code;
    if (!missing.isEmpty())
        problems << FieldProblem{QStringLiteral("duties"),
                                 QCoreApplication::translate("ContractRules", "Every duty of 5.3.2 and 5.3.3 is acknowledged before "
                                                                              "signing; not yet: %1.").arg(missing.join(QStringLiteral(", "))),
                                 QStringLiteral("5.3")};
    return problems;
}

} // namespace ContractRules
