#pragma once

#include <QCoreApplication>
#include <QString>

// Checks every stored text value passes, whether typed in an editor or read from a file:
// no control characters (NUL, bell, escape, ...; line breaks and tabs only where a field
// holds several lines), no characters that reorder the text around them (bidirectional
// overrides), no broken UTF-16, and no more characters than the column holds. A required
// name must hold something visible: spaces and invisible characters such as U+200B
// ZERO WIDTH SPACE alone are not a name.
namespace TextRules {

enum class Kind { SingleLine, MultiLine };

// What is wrong with the value (a phrase such as "holds the control character U+0007;
// remove it", in the user's language), or an empty string when nothing is.
QString problem(const QString &value, int maxLength, Kind kind = Kind::SingleLine);

// True when the text holds nothing visible: only white space and invisible characters.
bool isBlank(const QString &value);

// Length in characters (Unicode code points), as SQL's VARCHAR counts it.
qsizetype length(const QString &value);

// The value as a message may show it: control and invisible characters as U+XXXX, and
// cut to `maxShown` characters with an ellipsis.
QString shown(const QString &value, int maxShown = 40);

} // namespace TextRules
