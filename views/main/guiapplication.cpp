#include "main/guiapplication.h"

#include "db/database.h"
#include "i18n/language.h"
#include "main/mainwindow.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

GuiApplication::GuiApplication(int &argc, char **argv) : QApplication(argc, argv) {}

bool GuiApplication::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const SqlError &e) {
        report(tr("The database reported an error: %1. What was being saved was not stored; check the "
                  "record and try again.").arg(e.explanation()));
    } catch (const std::bad_alloc &) {
        report(tr("There was not enough memory for the last action; it was not completed. Close other "
                  "programs and try again."));
    } catch (const std::exception &e) {
        report(tr("An unexpected error stopped the last action: %1. It was not completed.")
                   .arg(QString::fromLocal8Bit(e.what())));
    }
    return false;
}

void GuiApplication::report(const QString &what)
{
    qWarning("%s", qPrintable(what));
    if (m_reporting)
        return;   // one message at a time
    m_reporting = true;
    // Shown from the event loop, not from inside the handler that failed.
    QTimer::singleShot(0, this, [this, what] {
        QMessageBox::critical(activeWindow(), tr("CSISMS Desk"), what);
        m_reporting = false;
    });
}

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
