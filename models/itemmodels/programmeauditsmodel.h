#pragma once

#include "domain/programme.h"

#include <QAbstractTableModel>

// The audits of the programme open in the editor, one row each in the programme's order:
// kind and place ("Surveillance 2"), status (with text and a mark for colour-blind
// users), the operative dates, days, method, team, and what it covers; the number of rule
// findings about it. Follows the editor's working copy (setProgramme) without a reset
// while the audits stay the same in number, so the selection stays.
class ProgrammeAuditsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Audit, Status, Start, End, Days, Method, Team, Shifts, Services, Sites, Controls, Findings, ColumnCount };
    Q_ENUM(Column)

    explicit ProgrammeAuditsModel(QObject *parent = nullptr);

    void setProgramme(const Programme &programme, const QList<ProgrammeViolation> &violations, int catalogueSize);
    const Programme &programme() const { return m_programme; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Stage 1", "Surveillance 2" (short, for tables and the timeline).
    static QString shortName(const Programme &programme, int index);
    // The status's mark and colour (the timeline uses the same).
    static QString statusMark(ProgrammeAudit::Status status);
    static QColor statusColour(ProgrammeAudit::Status status);

private:
    Programme m_programme;
    QList<ProgrammeViolation> m_violations;
    int m_catalogueSize = 0;
};

// The coverage matrix: the controls of the catalogue (rows, by clause) against the audits
// of the programme (columns, then "Not covered by"): a ticked cell is a control the audit
// covers; unticking or ticking one changes the audit (toggled). A control the initial audit,
// the surveillances together or the recertification audit leaves uncovered is marked in
// its row (P-5.4.1.3), and can be shown alone.
class CoverageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct ControlRow
    {
        QString code;
        QString clause;
        QString title;
    };
    explicit CoverageModel(QObject *parent = nullptr);

    void setCatalogue(const QList<ControlRow> &controls);
    void setProgramme(const Programme &programme);
    // The groups that leave row's control uncovered ("Stage 1 and 2", "Surveillances", …).
    QStringList missing(int row) const;
    int uncoveredCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

signals:
    void toggled(int audit, const QString &control, bool covered);

private:
    QList<ControlRow> m_controls;
    Programme m_programme;
    bool m_readOnly = false;
};
