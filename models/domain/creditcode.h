#pragma once

#include <QCoreApplication>
#include <QString>

// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from
// 0-9 and A-Z without I, O, S, V and Z; the last one is a check character over the
// first 17 (weights 3^i mod 31). Pure functions, no I/O.
namespace CreditCode {

enum class Problem { None, Empty, WrongLength, BadCharacter, BadCheckCharacter };

// The 31 characters of the code's alphabet, in value order.
QStringView alphabet();

// The check character for the first 17 characters, or a null QChar when they are not
// all from the alphabet or not 17 long.
QChar checkCharacter(QStringView first17);

// Uppercases and removes spaces, as users paste codes with them.
QString normalized(const QString &input);

Problem validate(QStringView code);
inline bool isValid(QStringView code) { return validate(code) == Problem::None; }

// What is wrong and what to do, in the user's language (empty for None).
QString problemText(Problem problem, QStringView code = {});

} // namespace CreditCode
