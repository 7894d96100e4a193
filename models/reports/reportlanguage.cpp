#include "reportlanguage.h"

#include "i18n/language.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QLocale>
#include <QTranslator>

namespace {

// English is the source language, so its translator answers every text with the source
// itself (and its .qm only for plurals): a translator of the window's language installed
// below it is never reached.
class SourceTranslator : public QTranslator
{
public:
    // Without its .qm (never: it is a resource) plurals read "(s)" as written.
    SourceTranslator() { m_loaded = m_plurals.load(QStringLiteral(":/i18n/csisms_en.qm")); }
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        if (!sourceText)
            return QString();
        const QString plural = n >= 0 && m_loaded ? m_plurals.translate(context, sourceText, disambiguation, n) : QString();
        if (!plural.isEmpty())
            return plural;
        QString text = QString::fromUtf8(sourceText);
        if (n >= 0)
            text.replace(QLatin1String("%n"), QString::number(n));
        return text;
    }
    bool isEmpty() const override { return false; }

private:
    QTranslator m_plurals;
    bool m_loaded = false;
};

// Eats the LanguageChange that installing and removing a report's translator sends to the
// application, so that the window does not retranslate itself into the report's language.
class LanguageChangeFilter : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        return event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance();
    }
};

} // namespace

struct ReportLanguage::Scope::Private
{
    LanguageChangeFilter filter;
    std::unique_ptr<QTranslator> translator;
    QLocale locale;   // the default before, put back
};

ReportLanguage::Scope::Scope(Mode single) : d(std::make_unique<Private>())
{
    if (single == Mode::English) {
        d->translator = std::make_unique<SourceTranslator>();
    } else {
        d->translator = std::make_unique<QTranslator>();
        // The .qm is a resource of the program; without it the report would be in English.
        if (!d->translator->load(QStringLiteral(":/i18n/csisms_zh_CN.qm")))
            qWarning("ReportLanguage: the Chinese translation is missing from the program");
    }
    if (QCoreApplication *app = QCoreApplication::instance()) {
        app->installEventFilter(&d->filter);
        QCoreApplication::installTranslator(d->translator.get());
    }
    // Dates and numbers the domain formats with the default locale follow as well.
    QLocale::setDefault(single == Mode::English ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                : QLocale(QLocale::Chinese, QLocale::China));
}

ReportLanguage::Scope::~Scope()
{
    QLocale::setDefault(d->locale);
    if (QCoreApplication *app = QCoreApplication::instance()) {
        QCoreApplication::removeTranslator(d->translator.get());
        app->removeEventFilter(&d->filter);
    }
}

std::optional<ReportLanguage::Mode> ReportLanguage::fromKey(const QString &key)
{
    const QString k = key.trimmed();
    if (k.compare(QLatin1String("bilingual"), Qt::CaseInsensitive) == 0)
        return Mode::Bilingual;
    const QString language = LanguageManager::normalize(k);
    if (language == QLatin1String("zh_CN"))
        return Mode::Chinese;
    if (language == QLatin1String("en"))
        return Mode::English;
    return std::nullopt;
}

QString ReportLanguage::key(Mode mode)
{
    switch (mode) {
    case Mode::Chinese: return QStringLiteral("zh_CN");
    case Mode::English: return QStringLiteral("en");
    case Mode::Bilingual: return QStringLiteral("bilingual");
    }
    return QString();
}

QList<ReportLanguage::Mode> ReportLanguage::singleLanguages(Mode mode)
{
    if (mode == Mode::Bilingual)
        return {Mode::Chinese, Mode::English};
    return {mode};
}

QString ReportLanguage::date(const QDate &date, Mode mode)
{
    if (!date.isValid())
        return QString();
    switch (mode) {
    case Mode::Chinese: return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    case Mode::English: return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMM yyyy"));
    case Mode::Bilingual: return date.toString(Qt::ISODate);
    }
    return QString();
}

QString ReportLanguage::dateTime(const QDateTime &when, Mode mode)
{
    return QStringLiteral("%1 %2").arg(date(when.date(), mode), when.time().toString(QStringLiteral("HH:mm")));
}
