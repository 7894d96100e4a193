#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

// Chooses the language of the program's texts at run time: installs the application's
// and Qt's own translators and sets the default locale for dates and numbers. Every
// widget then receives QEvent::LanguageChange, so switching needs no restart.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // "zh_CN" when the system locale is Chinese, else "en".
    static QString systemLanguage();
    // The languages the program ships: "zh_CN", "en".
    static QStringList availableLanguages();
    // The name of a language in that language (中文, English).
    static QString nativeName(const QString &code);
    // Accepts zh_CN, zh, zh-CN, en, en_GB ...; returns "" for anything else.
    static QString normalize(const QString &code);

    bool setLanguage(const QString &code);
    QString language() const { return m_language; }

signals:
    void languageChanged(const QString &code);

private:
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QString m_language;
};
