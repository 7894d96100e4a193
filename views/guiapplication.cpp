#include "guiapplication.h"

#include "db/database.h"
#include "i18n/language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QSettings>

int runGui(QApplication &app, const QString &databasePath, const QString &language)
{
    QSettings settings;
    LanguageManager languages;
    QString code = LanguageManager::normalize(language);
    if (code.isEmpty())
        code = LanguageManager::normalize(settings.value(QStringLiteral("ui/language")).toString());
    if (code.isEmpty())
        code = LanguageManager::systemLanguage();
    languages.setLanguage(code);

    QString path = databasePath;
    if (path.isEmpty()) {
        const QString last = settings.value(QStringLiteral("database/last")).toString();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : Database::defaultPath();
    }

    MainWindow window(languages);
    window.readSettings();
    window.show();
    window.openDatabaseAsUser(path);
    return app.exec();
}
