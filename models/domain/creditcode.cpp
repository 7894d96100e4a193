#include "creditcode.h"

namespace {

const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
const int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

} // namespace

namespace CreditCode {

QStringView alphabet() { return kAlphabet; }

QChar checkCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int value = kAlphabet.indexOf(first17.at(i));
        if (value < 0)
            return {};
        sum += value * kWeights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return kAlphabet.at(check);
}

QString normalized(const QString &input)
{
    QString out;
    out.reserve(input.size());
    for (const QChar c : input)
        if (!c.isSpace())
            out += c.toUpper();
    return out;
}

Problem validate(QStringView code)
{
    if (code.isEmpty())
        return Problem::Empty;
    if (code.size() != 18)
        return Problem::WrongLength;
    for (const QChar c : code)
        if (!kAlphabet.contains(c))
            return Problem::BadCharacter;
    return checkCharacter(code.first(17)) == code.at(17) ? Problem::None : Problem::BadCheckCharacter;
}

QString problemText(Problem problem, QStringView code)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate("CreditCode", "Enter the 18-character unified social credit code.");
    case Problem::WrongLength:
        return QCoreApplication::translate("CreditCode",
                                           "The credit code has %1 characters; it must have exactly 18.")
            .arg(code.size());
    case Problem::BadCharacter:
        return QCoreApplication::translate("CreditCode",
                                           "The credit code may only contain digits and capital letters "
                                           "other than I, O, S, V and Z.");
    case Problem::BadCheckCharacter: {
        const QChar expected = checkCharacter(code.first(17));
        return QCoreApplication::translate("CreditCode",
                                           "The check character (the last one) does not match: with these first 17 "
                                           "characters it should be %1. Check the code for a typing error.")
            .arg(expected);
    }
    }
    return {};
}

} // namespace CreditCode
