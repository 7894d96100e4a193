#pragma once

#include "reports/reportdocument.h"
#include "reports/reportlanguage.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class ChangeSet;
struct RecordRef;
class QAction;
class QSettings;
class Session;

// A page of the main window (after Tiled's Editor): the window keeps a list of pages and
// never names one. A page shows the session's database (or is disabled without one),
// asks about its own unsaved changes, offers its actions for the Edit menu, remembers its
// layout, and follows a language change itself.
// A printed report a page offers for what it shows (File → Print preview): the name its PDF
// is suggested under, and how to build it in a language. Invalid when there is none now.
struct PageReport
{
    QString fileName;
    std::function<ReportDocument(ReportLanguage::Mode)> build;
    bool isValid() const { return bool(build); }
};

class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Its name in the navigation list, and a line about it, in the current language.
    virtual QString title() const = 0;
    virtual QString description() const = 0;

    // The session shown (nullptr: no database; the page is disabled). A page lets go of a
    // session when the session says it is closing.
    virtual void setSession(Session *session) = 0;

    // Unsaved changes on the page, and the prompt about them (false: the user cancelled,
    // or a save was refused).
    virtual bool isModified() const = 0;
    virtual bool maybeSave() = 0;
    // Before a step is undone or redone: when the step concerns what the page edits and
    // would overwrite unsaved changes, asks to discard them. True when the step may go on.
    virtual bool confirmStep(const ChangeSet &set, const QString &actionText) = 0;

    // The page's actions for the Edit menu (those of the part shown).
    virtual QList<QAction *> editActions() const = 0;

    // Opens a stored record the page shows (a check finding double-clicked); false when the
    // record is not one of the page's.
    virtual bool openRecord(const RecordRef &record);
    // Starts a new record of this table for a client, when the page holds that table.
    virtual bool newRecordFor(const QString &table, qint64 clientId);

    // The layout remembered between runs (splitters, column widths), in the settings group
    // the window opens for the page.
    // The report of what the page shows now (the selected programme's audit programme
    // report …); none by default.
    virtual PageReport report() const;
    virtual void saveLayout(QSettings &settings) const;
    virtual void restoreLayout(QSettings &settings);

signals:
    void modificationChanged(bool modified);
    void statusMessage(const QString &text);
    // Other actions apply now (another part of the page is shown).
    void editActionsChanged();
    // A record held by another page should open there (the client's dossier → an
    // application), or a new one start there for a client.
    void openRequested(const RecordRef &record);
    void newRecordRequested(const QString &table, qint64 clientId);
};
