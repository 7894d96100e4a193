#include "auditorlistmodel.h"
#include "domain/displayformat.h"

#include "db/database.h"
#include "repositories/parameterrepository.h"

#include <QColor>
#include <QCollator>
#include <QLocale>

#include <algorithm>

AuditorListModel::AuditorListModel(QObject *parent) : RecordListModel(parent)
{
    const RuleParameters defaults;
    m_warningDays = defaults.registrationWarningDays();
    m_minimumHours = defaults.educationMinHours();
}

void AuditorListModel::setDatabase(Database *db)
{
    beginResetModel();
    m_db = db;
    requery();
    endResetModel();
}

int AuditorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditorListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDate AuditorListModel::today() const
{
    return m_query.today.isValid() ? m_query.today : QDate::currentDate();
}

bool AuditorListModel::belowMinimum(const AuditorListRow &row) const
{
    return row.active && row.level != AuditorLevel::TechnicalExpert && row.educationHours < m_minimumHours;
}

QString AuditorListModel::validToText(const AuditorListRow &row, bool longForm) const
{
    if (!row.registrationValidTo.isValid())
        return longForm ? tr("No registration recorded") : QString();
    const QString date = DisplayFormat::date(row.registrationValidTo);
    const qint64 days = today().daysTo(row.registrationValidTo);
    if (days < 0)
        return tr("%1 (expired)", "registration end date").arg(date);
    if (days <= m_warningDays)
        return tr("%1 (expires in %n day(s))", "registration end date", int(days)).arg(date);
    return date;
}

QVariant AuditorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditorListRow &r = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case NameZh:
            if (!r.active)
                return tr("[inactive] %1", "marker before the name of an auditor who left").arg(r.nameZh);
            return r.nameZh;
        case NameEn: return r.nameEn;
        case RegistrationNumber: return r.registrationNumber;
        case Level: return AuditorRules::levelLabel(r.level);
        case ValidTo: return validToText(r, role == Qt::ToolTipRole);
        case ScopeClasses: return r.scopeClasses.join(QStringLiteral(", "));
        case EducationHours: {
            const QString hours = locale.toString(r.educationHours, 'g', 6);
            if (!belowMinimum(r))
                return hours;
            if (role == Qt::ToolTipRole)
                return tr("%1 hours this year: below the body's minimum of %2 hours (A-4.4)")
                    .arg(hours, locale.toString(m_minimumHours, 'g', 6));
            return tr("%1 (below %2)", "education hours, minimum").arg(hours, locale.toString(m_minimumHours, 'g', 6));
        }
        case ColumnCount: break;
        }
        return {};
    case Qt::EditRole:
        switch (Column(index.column())) {
        case NameZh: return r.nameZh;
        case NameEn: return r.nameEn;
        case RegistrationNumber: return r.registrationNumber;
        case Level: return AuditorRules::levelKey(r.level);
        case ValidTo: return r.registrationValidTo;
        case ScopeClasses: return r.scopeClasses;
        case EducationHours: return r.educationHours;
        case ColumnCount: break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == EducationHours)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (!r.active)
            return QColor(Qt::darkGray);
        if (index.column() == ValidTo && r.registrationValidTo.isValid()) {
            const qint64 days = today().daysTo(r.registrationValidTo);
            if (days < 0)
                return QColor(0xb0, 0x00, 0x20);
            if (days <= m_warningDays)
                return QColor(0xa0, 0x52, 0x00);
        }
        if (index.column() == EducationHours && belowMinimum(r))
            return QColor(0xa0, 0x52, 0x00);
        return {};
    case IdRole: return r.id;
    case ActiveRole: return r.active;
    case ValidToRole: return r.registrationValidTo;
    case DaysLeftRole:
        return r.registrationValidTo.isValid() ? QVariant(int(today().daysTo(r.registrationValidTo))) : QVariant();
    case BelowMinimumRole: return belowMinimum(r);
    default: return {};
    }
}

QVariant AuditorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == EducationHours)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (Column(section)) {
    case NameZh: return tr("Name");
    case NameEn: return tr("English name");
    case RegistrationNumber: return tr("Registration no.");
    case Level: return tr("Level");
    case ValidTo: return tip ? tr("Last day of the registration") : tr("Registered until");
    case ScopeClasses: return tip ? tr("Scope classes with a competence on record") : tr("Scope classes");
    case EducationHours:
        return tip ? tr("Continuing-education hours in %1 (minimum %2)")
                         .arg(QString::number(today().year()), QLocale().toString(m_minimumHours, 'g', 6))
                   : tr("Education %1 (h)").arg(QString::number(today().year()));
    case ColumnCount: break;
    }
    return {};
}

QHash<int, QByteArray> AuditorListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "auditorId");
    names.insert(ActiveRole, "active");
    names.insert(ValidToRole, "validTo");
    names.insert(DaysLeftRole, "daysLeft");
    names.insert(BelowMinimumRole, "belowMinimum");
    return names;
}

void AuditorListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = NameZh;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &index : before)
        ids << idAt(index.row());
    m_sortColumn = column;
    m_order = order;
    applySort();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const int row = rowOf(ids.at(i));
        after << (row >= 0 ? index(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void AuditorListModel::applySort()
{
    if (m_sortColumn < 0)
        return;
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setNumericMode(true);
    const auto text = [](const AuditorListRow &r, int column) -> QString {
        switch (column) {
        case NameZh: return r.nameZh;
        case NameEn: return r.nameEn;
        case RegistrationNumber: return r.registrationNumber;
        case ScopeClasses: return r.scopeClasses.join(u',');
        default: return QString();
        }
    };
    const int column = m_sortColumn;
    const auto less = [&](const AuditorListRow &a, const AuditorListRow &b) {
        int c = 0;
        switch (column) {
        case Level: c = int(a.level) - int(b.level); break;
        case ValidTo:
            // Rows without a registration sort last.
            if (a.registrationValidTo.isValid() != b.registrationValidTo.isValid())
                c = a.registrationValidTo.isValid() ? -1 : 1;
            else
                c = a.registrationValidTo < b.registrationValidTo ? -1 : (b.registrationValidTo < a.registrationValidTo ? 1 : 0);
            break;
        case EducationHours: c = a.educationHours < b.educationHours ? -1 : (b.educationHours < a.educationHours ? 1 : 0); break;
        default: c = collator.compare(text(a, column), text(b, column)); break;
        }
        if (c == 0)
            return a.id < b.id;   // stable, whatever the direction
        return m_order == Qt::AscendingOrder ? c < 0 : c > 0;
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), less);
}

void AuditorListModel::setFilter(const QString &text)
{
    if (text == m_query.filter)
        return;
    beginResetModel();
    m_query.filter = text;
    requery();
    endResetModel();
}

void AuditorListModel::setShowInactive(bool show)
{
    if (show == m_query.includeInactive)
        return;
    beginResetModel();
    m_query.includeInactive = show;
    requery();
    endResetModel();
}

void AuditorListModel::setExpiresWithinDays(int days)
{
    days = qMax(-1, days);
    if (days == m_query.expiresWithinDays)
        return;
    beginResetModel();
    m_query.expiresWithinDays = days;
    requery();
    endResetModel();
}

void AuditorListModel::setToday(const QDate &today)
{
    beginResetModel();
    m_query.today = today;
    requery();
    endResetModel();
}

void AuditorListModel::refresh()
{
    beginResetModel();
    requery();
    endResetModel();
}

void AuditorListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

void AuditorListModel::requery()
{
    m_rows.clear();
    if (!m_db)
        return;
    try {
        const RuleParameters parameters = ParameterRepository(*m_db).load();
        m_warningDays = parameters.registrationWarningDays();
        m_minimumHours = parameters.educationMinHours();
        m_rows = AuditorRepository(*m_db).list(m_query);
    } catch (const SqlError &e) {
        m_rows.clear();
        emit loadFailed(tr("The auditor list could not be read: %1").arg(e.message()));
    }
    applySort();
}

qint64 AuditorListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int AuditorListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}
