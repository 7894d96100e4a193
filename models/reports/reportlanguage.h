#pragma once

#include <QDate>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

// The language a printed report is written in, chosen per report and independent of the
// window's language: Chinese, English, or both side by side. A report is built once per
// language it holds, each time inside a Scope: while a Scope lives, every tr() of the
// program (the report's own texts, and the domain's labels and rule messages alike) answers
// in the Scope's language, and the window is not told (it keeps its language). Dates are
// written in the language's form.
class ReportLanguage
{
public:
    enum class Mode { Chinese, English, Bilingual };

    // "zh_CN" (also zh, zh-CN), "en", "bilingual"; nullopt for anything else.
    static std::optional<Mode> fromKey(const QString &key);
    static QString key(Mode mode);
    // The languages one report in `mode` is built in: Chinese first.
    static QList<Mode> singleLanguages(Mode mode);

    // Makes tr() answer in `single` (Chinese or English) until destroyed. Scopes do not
    // nest; build reports on the thread that owns the application object.
    class Scope
    {
    public:
        explicit Scope(Mode single);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        struct Private;
        std::unique_ptr<Private> d;
    };

    // A date as the language writes it: 2026年3月31日, 31 Mar 2026 (ISO when both).
    static QString date(const QDate &date, Mode mode);
    // Date and time of day: 2026年3月31日 14:05, 31 Mar 2026 14:05.
    static QString dateTime(const QDateTime &when, Mode mode);
};
