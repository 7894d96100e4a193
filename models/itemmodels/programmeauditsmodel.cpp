#include "programmeauditsmodel.h"

#include "domain/displayformat.h"

#include <QColor>
#include <QSet>

ProgrammeAuditsModel::ProgrammeAuditsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProgrammeAuditsModel::setProgramme(const Programme &programme, const QList<ProgrammeViolation> &violations,
                                        int catalogueSize)
{
    const bool sameRows = programme.audits.size() == m_programme.audits.size();
    if (!sameRows)
        beginResetModel();
    m_programme = programme;
    m_violations = violations;
    m_catalogueSize = catalogueSize;
    if (!sameRows)
        endResetModel();
    else if (!m_programme.audits.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ProgrammeAuditsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_programme.audits.size());
}

int ProgrammeAuditsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString ProgrammeAuditsModel::shortName(const Programme &p, int index)
{
    const ProgrammeAudit &a = p.audits.at(index);
    int n = 0, of = 0;
    for (int i = 0; i < p.audits.size(); ++i)
        if (p.audits.at(i).kind == a.kind) {
            ++of;
            if (i <= index)
                ++n;
        }
    const QString label = ProgrammeRules::kindLabel(a.kind);
    return of > 1 || a.kind == ProgrammeAudit::Kind::Surveillance ? tr("%1 %2").arg(label).arg(n) : label;
}

QString ProgrammeAuditsModel::statusMark(ProgrammeAudit::Status status)
{
    switch (status) {
    case ProgrammeAudit::Status::Planned: return QStringLiteral("○");
    case ProgrammeAudit::Status::Confirmed: return QStringLiteral("◐");
    case ProgrammeAudit::Status::Done: return QStringLiteral("●");
    case ProgrammeAudit::Status::Cancelled: return QStringLiteral("✕");
    }
    return {};
}

QColor ProgrammeAuditsModel::statusColour(ProgrammeAudit::Status status)
{
    switch (status) {
    case ProgrammeAudit::Status::Planned: return QColor(0x6d, 0x8f, 0xc9);
    case ProgrammeAudit::Status::Confirmed: return QColor(0x2f, 0x6d, 0xb5);
    case ProgrammeAudit::Status::Done: return QColor(0x3a, 0x8a, 0x4a);
    case ProgrammeAudit::Status::Cancelled: return QColor(0x9e, 0x9e, 0x9e);
    }
    return {};
}

QVariant ProgrammeAuditsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProgrammeAudit &a = m_programme.audits.at(index.row());
    int errors = 0, warnings = 0;
    for (const ProgrammeViolation &v : m_violations)
        if (v.audit == index.row())
            (v.finding.severity == RuleFinding::Error ? errors : warnings)++;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Audit: return shortName(m_programme, index.row());
        case Status: return QStringLiteral("%1 %2").arg(statusMark(a.status), ProgrammeRules::statusLabel(a.status));
        case Start: return DisplayFormat::date(a.start());
        case End: return DisplayFormat::date(a.end());
        case Days: return a.days ? tr("%L1 days").arg(*a.days) : QString();
        case Method: return ProgrammeRules::methodLabel(a.method);
        case Team: {
            QStringList names;
            for (const TeamMember &m : a.team)
                names << (m.role == TeamMember::Role::Leader ? tr("%1 (leader)").arg(m.name) : m.name);
            return names.join(tr(", "));
        }
        case Shifts: return a.shifts.join(tr(", "));
        case Services: return a.services.join(tr(", "));
        case Sites: return a.sites.join(tr(", "));
        case Controls:
            return a.allControls ? tr("all %1").arg(m_catalogueSize) : QString::number(a.controls.size());
        case Findings:
            if (errors == 0 && warnings == 0)
                return tr("✓ none");
            return tr("✗ %1 · ⚠ %2").arg(errors).arg(warnings);
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Status)
            return statusColour(a.status);
        if (index.column() == Findings)
            return errors ? QColor(0xb0, 0x1c, 0x1c) : warnings ? QColor(0x9a, 0x6a, 0x00) : QColor(0x1b, 0x6e, 0x20);
        if (index.column() == Start || index.column() == End)
            if (a.actualEnd.isValid())
                return QColor(0x1b, 0x4e, 0x20);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Days || index.column() == Controls))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ProgrammeAuditsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Audit: return tr("Audit");
    case Status: return tr("Status");
    case Start: return tr("Start");
    case End: return tr("End");
    case Days: return tr("Days");
    case Method: return tr("Method");
    case Team: return tr("Team");
    case Shifts: return tr("Shifts");
    case Services: return tr("Services sampled");
    case Sites: return tr("Sites");
    case Controls: return tr("Controls");
    case Findings: return tr("Findings");
    case ColumnCount: break;
    }
    return {};
}

// --- coverage

CoverageModel::CoverageModel(QObject *parent) : QAbstractTableModel(parent) {}

void CoverageModel::setCatalogue(const QList<ControlRow> &controls)
{
    beginResetModel();
    m_controls = controls;
    endResetModel();
}

void CoverageModel::setProgramme(const Programme &programme)
{
    const bool sameColumns = programme.audits.size() == m_programme.audits.size();
    if (!sameColumns)
        beginResetModel();
    m_programme = programme;
    if (!sameColumns)
        endResetModel();
    else if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (sameColumns)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int CoverageModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_controls.size()); }

int CoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_programme.audits.size()) + 2;   // control, audits…, not covered by
}

QStringList CoverageModel::missing(int row) const
{
    using Kind = ProgrammeAudit::Kind;
    const QString code = m_controls.at(row).code;
    bool hasInitial = false, initial = false, hasSurveillance = false, surveillance = false, hasRecert = false, recert = true;
    for (const ProgrammeAudit &a : m_programme.audits) {
        if (!a.counts())
            continue;
        switch (a.kind) {
        case Kind::Stage1:
        case Kind::Stage2:
            hasInitial = true;
            initial = initial || a.covers(code);
            break;
        case Kind::Surveillance:
            hasSurveillance = true;
            surveillance = surveillance || a.covers(code);
            break;
        case Kind::Recertification:
            hasRecert = true;
            recert = recert && a.covers(code);
            break;
        case Kind::Special:
            break;
        }
    }
    QStringList groups;
    if (m_programme.cycle == Programme::Cycle::Initial && hasInitial && !initial)
        groups << tr("stage 1 and 2");
    if (hasSurveillance && !surveillance)
        groups << tr("the surveillances");
    if (hasRecert && !recert)
        groups << tr("the recertification");
    return groups;
}

int CoverageModel::uncoveredCount() const
{
    int n = 0;
    for (int r = 0; r < m_controls.size(); ++r)
        n += !missing(r).isEmpty();
    return n;
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ControlRow &c = m_controls.at(index.row());
    const int last = columnCount() - 1;
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1  %2").arg(c.code, c.title);
        if (role == Qt::ToolTipRole)
            return tr("%1 %2 (clause %3)").arg(c.code, c.title, c.clause);
    } else if (index.column() == last) {
        const QStringList groups = missing(index.row());
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return groups.isEmpty() ? QString() : tr("✗ %1").arg(groups.join(tr(", ")));
        if (role == Qt::ForegroundRole && !groups.isEmpty())
            return QColor(0xb0, 0x1c, 0x1c);
    } else {
        const ProgrammeAudit &a = m_programme.audits.at(index.column() - 1);
        if (role == Qt::CheckStateRole)
            return a.covers(c.code) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return (a.covers(c.code) ? tr("%1 covers %2") : tr("%1 does not cover %2"))
                .arg(ProgrammeAuditsModel::shortName(m_programme, index.column() - 1), c.code);
    }
    if (role == Qt::BackgroundRole && !missing(index.row()).isEmpty())
        return QColor(0xfd, 0xec, 0xec);
    return {};
}

bool CoverageModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || m_readOnly || index.column() < 1 || index.column() > m_programme.audits.size())
        return false;
    emit toggled(index.column() - 1, m_controls.at(index.row()).code, value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags CoverageModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() >= 1 && index.column() <= m_programme.audits.size() && !m_readOnly)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= columnCount() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (section == 0)
        return tr("Control");
    if (section == columnCount() - 1)
        return tr("Not covered by");
    return ProgrammeAuditsModel::shortName(m_programme, section - 1);
}
