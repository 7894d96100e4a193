#pragma once

#include "domain/user.h"

#include "common/page.h"

#include <optional>

class Database;
struct RecordRef;
class QAction;
class QListWidget;
class QStackedWidget;
class ReferenceTablePage;
class RuleParametersPage;
class UsersPage;
class NumberingPage;

// The Settings page: what the certification body maintains itself, in sections chosen
// from a list on the left — Reference data (ISO/IEC 27017 controls, business-scope
// classes, ISO/IEC 27006 audit time, the public information of 5.1.1), Rule parameters,
// Users, and Body and numbering (number patterns; the body's name, address and logo). Its
// report (File → Print preview) is the public information sheet. Only an administrator
// changes them; for anyone else every section is read only, with a note saying why. Each
// section owns its model and writes through its repository, so the change log records
// every change with the user's name.
class SettingsPage : public Page
{
    Q_OBJECT

public:
    enum Section { Controls, ScopeClasses, AuditTime, Information, Parameters, Users, Numbering, SectionCount };
    Q_ENUM(Section)

    explicit SettingsPage(QWidget *parent = nullptr);

    QString title() const override;
    QString description() const override;
    // The session shown (nullptr: none; the page is disabled). Its user decides whether
    // the sections are editable.
    void setSession(Session *session) override;
    // The profile at work (nullopt: none chosen) decides whether the sections are editable.
    void setCurrentUser(const std::optional<User> &user);
    bool isEditable() const { return m_editable; }

    void setSection(Section section);
    Section section() const;
    // Controls, ScopeClasses, AuditTime or Information (else nullptr).
    ReferenceTablePage *referencePage(Section section) const;
    RuleParametersPage *parametersPage() const { return m_parameters; }
    UsersPage *usersPage() const { return m_users; }
    NumberingPage *numberingPage() const { return m_numbering; }
    QListWidget *sectionList() const { return m_sections; }

    bool isModified() const override;
    // Asks about unsaved changes in every section; false when the user cancels.
    bool maybeSave() override;
    // A step that concerns a section with unsaved changes asks to discard them first.
    bool confirmStep(const ChangeSet &set, const QString &actionText) override;
    // The actions of the section shown, for the Edit menu.
    QList<QAction *> editActions() const override;
    // The public information sheet (5.1.1) with the body's texts.
    PageReport report() const override;

signals:
    // Profiles were added or changed (here, or by an undo or redo).
    void usersChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    bool maybeSaveSection(Section section);
    QWidget *sectionWidget(Section section) const;
    static int rowOf(Section section);

    void followChanges(const QList<RecordRef> &records);
    QList<ReferenceTablePage *> referencePages() const;

    Session *m_session = nullptr;
    bool m_editable = false;
    bool m_switching = false;
    std::optional<User> m_user;
    QListWidget *m_sections;
    QStackedWidget *m_stack;
    ReferenceTablePage *m_controls;
    ReferenceTablePage *m_scopeClasses;
    ReferenceTablePage *m_auditTime;
    ReferenceTablePage *m_information;
    RuleParametersPage *m_parameters;
    UsersPage *m_users;
    NumberingPage *m_numbering;
};
