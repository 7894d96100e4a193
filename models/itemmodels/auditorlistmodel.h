#pragma once

#include "repositories/auditorrepository.h"

#include "itemmodels/memorylistmodel.h"
#include <QDate>
#include <QList>

class Database;

// The auditor list of the Auditors page: the body's auditors over AuditorRepository,
// filtered by name or registration number, optionally with inactive ones, or only those
// whose registration expires within N days. The register of a body's own auditors is
// small (hundreds at most), so a query reads its rows at once; sorting sorts them in
// memory. Registration status and the yearly education total carry text as well as colour.
using AuditorListModelBase = MemoryListModel<AuditorListRow>;

class AuditorListModel : public AuditorListModelBase
{
    Q_OBJECT

public:
    // Columns, in display order.
    enum Column {
        NameZh,              // Chinese name; "[inactive]" marker when no longer active
        NameEn,              // English name (pinyin)
        RegistrationNumber,  // CCAA registration number
        Level,               // intern / auditor / senior auditor / technical expert
        ValidTo,             // last day of the registration, with "expired" / "expires in N days"
        EducationHours,      // continuing-education hours this year, "below minimum" marked
        ScopeClasses,        // codes of the scope classes with a competence
        ColumnCount
    };
    Q_ENUM(Column)

    // Roles beyond Qt's, valid on every column of a row.
    enum Role {
        ActiveRole = RecordListModel::IdRole + 1,   // bool: still works for the body
        ValidToRole,                // QDate: last day of the registration (null: none)
        DaysLeftRole,               // int: days from today to ValidTo (negative: expired); null when none
        BelowMinimumRole,           // bool: this year's education below the body's minimum
    };
    Q_ENUM(Role)

    explicit AuditorListModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Words that must all match the Chinese or English name or the registration number.
    void setFilter(const QString &text) override;
    QString filter() const override { return m_query.filter; }
    void setShowInactive(bool show);
    bool showInactive() const { return m_query.includeInactive; }
    // -1: every auditor; N >= 0: only registrations ending from today to today + N days.
    void setExpiresWithinDays(int days);
    int expiresWithinDays() const { return m_query.expiresWithinDays; }
    // The day counted from (default: the current date; tests set their own).
    void setToday(const QDate &today);
    QDate today() const;

protected:
    int columns() const override { return ColumnCount; }
    QList<AuditorListRow> read(Database &db) override;
    QString readFailedText(const QString &reason) const override;
    QString sortText(const AuditorListRow &row, int column) const override;
    int compare(const AuditorListRow &a, const AuditorListRow &b, int column) const override;

private:
    QString validToText(const AuditorListRow &row, bool longForm) const;
    bool belowMinimum(const AuditorListRow &row) const;

    AuditorListQuery m_query;
    int m_warningDays = 60;         // registration_warning_days in force
    double m_minimumHours = 20;     // education_min_hours in force
};
