#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
}

QString LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QStringList LanguageManager::availableLanguages() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }

QString LanguageManager::nativeName(const QString &code)
{
    return code == QLatin1String("zh_CN") ? QStringLiteral("中文") : QStringLiteral("English");
}

QString LanguageManager::normalize(const QString &code)
{
    const QString lower = code.trimmed().toLower().replace(u'-', u'_');
    if (lower == QLatin1String("zh") || lower.startsWith(QLatin1String("zh_")))
        return QStringLiteral("zh_CN");
    if (lower == QLatin1String("en") || lower.startsWith(QLatin1String("en_")))
        return QStringLiteral("en");
    return {};
}

bool LanguageManager::setLanguage(const QString &requested)
{
    const QString code = normalize(requested);
    if (code.isEmpty())
        return false;
    if (code == m_language)
        return true;
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    const QLocale locale(code == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                        : QLocale(QLocale::English, QLocale::UnitedKingdom));
    QLocale::setDefault(locale);
    if (m_appTranslator.load(QStringLiteral(":/i18n/csisms_%1.qm").arg(code)))
        QCoreApplication::installTranslator(&m_appTranslator);
    if (code != QLatin1String("en")
        && m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    m_language = code;
    emit languageChanged(code);
    return true;
}
