#pragma once

#include "domain/ruleparameters.h"
#include "repositories/writeresult.h"

#include <QAbstractTableModel>

class Database;
class Edits;

// The rule parameters as Settings → Rule parameters shows them: one row per parameter
// definition (always all of them, in display order), with its meaning in the user's
// language, the value in force, unit, default and the rule IDs that read it. Values
// change through setValue()/resetToDefault(), which go through ParameterRepository
// (validated and logged) and then update the row.
class RuleParameterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Columns, in display order.
    enum Column {
        Section,  // group of rules (application, audit time, audit programme ...)
        Meaning,  // what the parameter means, in the user's language
        Value,    // value in force, in the user's locale; bold when not the default
        Unit,     // years, months, days, hours, %, fraction
        Default,  // the program's default
        Rules,    // rule IDs of RULES.md that read the parameter
        ColumnCount
    };
    Q_ENUM(Column)

    // Roles beyond Qt's, valid on every column of a row.
    enum Role {
        KeyRole = Qt::UserRole + 1,  // QString parameter key, e.g. "cycle_years"
        ValueRole,                   // double: value in force
        DefaultRole,                 // double: default value
        IsDefaultRole,               // bool: the value in force is the default
    };
    Q_ENUM(Role)

    explicit RuleParameterModel(QObject *parent = nullptr);

    // The database whose values to show (nullptr: the defaults, nothing can be written).
    // Resets the model.
    void setDatabase(Database *db);
    // The write path the changes go through, so each is one undoable step.
    void setEdits(Edits *edits) { m_edits = edits; }
    Database *database() const { return m_db; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const ParameterDefinition &definition(int row) const;
    int rowOf(const QString &key) const;
    RuleParameters parameters() const { return m_values; }

    // Validates and stores a value (nothing written when invalid: result.message says
    // why); updates the row.
    WriteResult setValue(const QString &key, double value);
    WriteResult resetToDefault(const QString &key);
    // Every parameter back to its default, in one transaction (the caller asks first).
    WriteResult resetAll();

    // Reads the values again; resets the model.
    void refresh();
    // Texts depend on the language: headers and most cells change.
    void retranslate();

signals:
    // The values could not be read; the defaults are shown. message is for the user.
    void loadFailed(const QString &message);

private:
    void load();
    void rowChanged(const QString &key);

    Database *m_db = nullptr;
    Edits *m_edits = nullptr;
    RuleParameters m_values;
};
