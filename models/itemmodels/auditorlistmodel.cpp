#include "auditorlistmodel.h"
#include "domain/displayformat.h"

#include "db/database.h"
#include "repositories/parameterrepository.h"

#include <QColor>
#include <QLocale>


AuditorListModel::AuditorListModel(QObject *parent) : AuditorListModelBase(parent)
{
    const RuleParameters defaults;
    m_warningDays = defaults.registrationWarningDays();
    m_minimumHours = defaults.educationMinHours();
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
    const AuditorListRow &r = row(index.row());
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

QString AuditorListModel::sortText(const AuditorListRow &r, int column) const
{
    switch (column) {
    case NameZh: return r.nameZh;
    case NameEn: return r.nameEn;
    case RegistrationNumber: return r.registrationNumber;
    case ScopeClasses: return r.scopeClasses.join(u',');
    default: return QString();
    }
}

int AuditorListModel::compare(const AuditorListRow &a, const AuditorListRow &b, int column) const
{
    const auto order = [](const auto &x, const auto &y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (column) {
    case Level:
        return int(a.level) - int(b.level);
    case ValidTo:
        // Rows without a registration sort last.
        if (a.registrationValidTo.isValid() != b.registrationValidTo.isValid())
            return a.registrationValidTo.isValid() ? -1 : 1;
        return order(a.registrationValidTo, b.registrationValidTo);
    case EducationHours:
        return order(a.educationHours, b.educationHours);
    default:
        return AuditorListModelBase::compare(a, b, column);
    }
}

void AuditorListModel::setFilter(const QString &text)
{
    if (text == m_query.filter)
        return;
    m_query.filter = text;
    reread();
}

void AuditorListModel::setShowInactive(bool show)
{
    if (show == m_query.includeInactive)
        return;
    m_query.includeInactive = show;
    reread();
}

void AuditorListModel::setExpiresWithinDays(int days)
{
    days = qMax(-1, days);
    if (days == m_query.expiresWithinDays)
        return;
    m_query.expiresWithinDays = days;
    reread();
}

void AuditorListModel::setToday(const QDate &today)
{
    m_query.today = today;
    reread();
}

QList<AuditorListRow> AuditorListModel::read(Database &db)
{
    const RuleParameters parameters = ParameterRepository(db).load();
    m_warningDays = parameters.registrationWarningDays();
    m_minimumHours = parameters.educationMinHours();
    return AuditorRepository(db).list(m_query);
}

QString AuditorListModel::readFailedText(const QString &reason) const
{
    return tr("The auditor list could not be read: %1").arg(reason);
}
