#include "changehistorymodel.h"
#include "domain/displayformat.h"

#include "db/recordlabels.h"

#include "db/database.h"
#include "domain/auditor.h"

#include <QDateTime>
#include <QJsonValue>
#include <QLocale>

#include <algorithm>

namespace {

// Longest value shown in a change line before it is shortened.
constexpr int kMaxValueLength = 80;

QDateTime timestampOf(const ChangeEntry &entry)
{
    QDateTime when = QDateTime::fromString(entry.loggedAt, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(entry.loggedAt, Qt::ISODate);
    return when;
}

// Fields in the order a reader expects them (the form's order); others follow by name.
QStringList inReadingOrder(QStringList fields)
{
    static const QStringList order{
        QStringLiteral("name_zh"), QStringLiteral("name_en"), QStringLiteral("name"), QStringLiteral("credit_code"),
        QStringLiteral("address"), QStringLiteral("legal_representative"), QStringLiteral("contact"),
        QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("hours"), QStringLiteral("headcount"),
        QStringLiteral("notes"), QStringLiteral("archived")};
    const auto rank = [](const QString &field) {
        const qsizetype index = order.indexOf(field);
        return index < 0 ? order.size() : index;
    };
    std::sort(fields.begin(), fields.end(), [&rank](const QString &a, const QString &b) {
        const qsizetype ra = rank(a);
        const qsizetype rb = rank(b);
        return ra != rb ? ra < rb : a < b;
    });
    return fields;
}

bool isBookkeepingField(const QString &field)
{
    return field == QLatin1String("id") || field == QLatin1String("client_id") || field == QLatin1String("auditor_id");
}

bool isEmptyValue(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty());
}

QString valueText(const QString &field, const QJsonValue &value)
{
    if (isEmptyValue(value))
        return ChangeHistoryModel::tr("(empty)");
    if (field == QLatin1String("archived") || field == QLatin1String("active"))
        return value.toInteger() ? ChangeHistoryModel::tr("yes") : ChangeHistoryModel::tr("no");
    if (field == QLatin1String("level"))
        if (const auto level = AuditorRules::levelFromKey(value.toString()))
            return AuditorRules::levelLabel(*level);
    if (field == QLatin1String("relation"))
        if (const auto relation = AuditorRules::relationFromKey(value.toString()))
            return AuditorRules::relationLabel(*relation);
    if (value.isDouble())   // whole numbers without decimals; education hours may have them
        return QLocale().toString(value.toDouble(), 'g', 12);
    if (value.isBool())
        return value.toBool() ? ChangeHistoryModel::tr("yes") : ChangeHistoryModel::tr("no");
    QString text = value.toString().simplified();
    if (text.size() > kMaxValueLength)
        text = text.left(kMaxValueLength - 1) + QChar(0x2026);
    return text;
}

} // namespace

ChangeHistoryModel::ChangeHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChangeHistoryModel::setClient(const Database *db, qint64 clientId)
{
    setRecord(db, clientId, {});
}

void ChangeHistoryModel::setRecord(const Database *db, qint64 id, Loader loader)
{
    beginResetModel();
    m_db = db;
    m_clientId = id;
    m_loader = std::move(loader);
    load();
    endResetModel();
}

void ChangeHistoryModel::refresh()
{
    beginResetModel();
    load();
    endResetModel();
}

void ChangeHistoryModel::load()
{
    m_entries.clear();
    if (!m_db || m_clientId <= 0)
        return;
    try {
        m_entries = m_loader ? m_loader(*m_db, m_clientId) : ChangeLog::clientHistory(*m_db, m_clientId);
    } catch (const SqlError &e) {
        emit loadFailed(tr("The history could not be read: %1").arg(e.message()));
    }
}

void ChangeHistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

int ChangeHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ChangeHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case When: {
            const QDateTime when = timestampOf(e);
            if (!when.isValid())
                return e.loggedAt;
            return role == Qt::ToolTipRole ? QLocale().toString(when.toLocalTime(), QLocale::LongFormat)
                                           : DisplayFormat::dateTime(when);
        }
        case Who: return e.user;
        case Record: return recordText(e);
        case Action: return ChangeLog::actionText(e);
        case Changes: return changeLines(e).join(u'\n');
        case ColumnCount: break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    case EntryIdRole:
        return e.id;
    case TimestampRole:
        return timestampOf(e);
    default:
        return {};
    }
}

QVariant ChangeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When: return tr("When");
    case Who: return tr("Who");
    case Record: return tr("Record");
    case Action: return tr("Action");
    case Changes: return tr("Changes");
    case ColumnCount: break;
    }
    return {};
}

QString ChangeHistoryModel::tableLabel(const QString &table) { return RecordLabels::table(table); }

QString ChangeHistoryModel::fieldLabel(const QString &field) { return RecordLabels::field(QString(), field); }

QStringList ChangeHistoryModel::changeLines(const ChangeEntry &entry)
{
    QStringList lines;
    if (entry.action == QLatin1String("update")) {
        for (const QString &field : inReadingOrder(entry.changedFields())) {
            if (isBookkeepingField(field))
                continue;
            lines << tr("%1: %2 → %3", "field: old value → new value")
                         .arg(RecordLabels::field(entry.table, field), valueText(field, entry.before.value(field)),
                              valueText(field, entry.after.value(field)));
        }
        return lines;
    }
    // An added record lists what it was added with, a deleted one what it held.
    const QJsonObject &values = entry.action == QLatin1String("delete") ? entry.before : entry.after;
    for (const QString &field : inReadingOrder(values.keys())) {
        const QJsonValue value = values.value(field);
        if (isBookkeepingField(field) || isEmptyValue(value)
            || (field == QLatin1String("archived") && value.toInteger() == 0))
            continue;
        lines << tr("%1: %2", "field: value").arg(RecordLabels::field(entry.table, field), valueText(field, value));
    }
    return lines;
}

QString ChangeHistoryModel::recordText(const ChangeEntry &entry) const
{
    const QJsonObject &values = entry.after.isEmpty() ? entry.before : entry.after;
    QString name = values.value(QLatin1String("name_zh")).toString();
    if (name.isEmpty())
        name = values.value(QLatin1String("name")).toString();
    if (name.isEmpty())
        return tr("%1 #%2", "record kind, record number").arg(tableLabel(entry.table)).arg(entry.rowId);
    return tr("%1 “%2”", "record kind, record name").arg(tableLabel(entry.table), name);
}
