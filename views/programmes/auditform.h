#pragma once

#include "domain/auditor.h"
#include "domain/programme.h"

#include <QWidget>

class OptionalDateEdit;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// The form of the audit selected on the programme page: kind, status, method, planned and
// actual dates, days, the client's shifts it covers (a reason for each one it does not),
// the cloud services it samples, the sites it visits, its team (the auditors of the
// register, each with whether they may work on this audit and why not, A-4.2/A-4.3) and
// notes. It edits a copy; the editor takes the audit back on every change (edited).
class AuditForm : public QWidget
{
    Q_OBJECT

public:
    explicit AuditForm(QWidget *parent = nullptr);

    // The audit at `index` of the programme, with the register the team is chosen from.
    void setAudit(const Programme &programme, int index, const QList<Auditor> &auditors, const RuleParameters &parameters);
    void clear();
    int index() const { return m_index; }
    ProgrammeAudit audit() const;
    void setReadOnly(bool readOnly);
    // The problems of this audit that keep the programme from being saved.
    void setProblems(const QStringList &messages);

    OptionalDateEdit *plannedStart() const { return m_plannedStart; }
    OptionalDateEdit *plannedEnd() const { return m_plannedEnd; }
    QComboBox *status() const { return m_status; }
    QTableWidget *team() const { return m_team; }
    QTableWidget *shifts() const { return m_shifts; }
    QPushButton *addMemberButton() const { return m_addMember; }
    QTableWidget *findings() const { return m_findings; }
    QPushButton *addFindingButton() const { return m_addFinding; }
    // The catalogue's control IDs, offered for a finding's requirement.
    void setCatalogue(const QStringList &ids) { m_catalogue = ids; }
    // Opens the finding at `row` (-1: a new one) in its dialog; true when it was changed.
    bool editFinding(int row);

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void addMember(qint64 auditorId, TeamMember::Role role);
    void updateEligibility();
    void changed();
    void showFindings();
    void removeFinding();

    Programme m_programme;
    QList<Auditor> m_auditors;
    RuleParameters m_parameters;
    int m_index = -1;
    bool m_filling = false;
    ProgrammeAudit m_audit;
    QLabel *m_title;
    QLabel *m_kindLabel, *m_statusLabel, *m_methodLabel, *m_plannedLabel, *m_actualLabel, *m_daysLabel;
    QLabel *m_shiftsLabel, *m_servicesLabel, *m_sitesLabel, *m_teamLabel, *m_notesLabel;
    QComboBox *m_kind;
    QComboBox *m_status;
    QComboBox *m_method;
    OptionalDateEdit *m_plannedStart;
    OptionalDateEdit *m_plannedEnd;
    OptionalDateEdit *m_actualStart;
    OptionalDateEdit *m_actualEnd;
    QDoubleSpinBox *m_days;
    QCheckBox *m_allControls;
    QTableWidget *m_shifts;
    QListWidget *m_services;
    QListWidget *m_sites;
    QTableWidget *m_team;
    QPushButton *m_addMember;
    QLabel *m_findingsLabel;
    QTableWidget *m_findings;
    QPushButton *m_addFinding, *m_editFinding, *m_removeFinding;
    QStringList m_catalogue;
    QPushButton *m_removeMember;
    QLabel *m_eligibility;
    QLabel *m_problems;
    QPlainTextEdit *m_notes;
};
