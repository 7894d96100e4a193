#pragma once

#include "repositories/certificaterepository.h"
#include "itemmodels/memorylistmodel.h"

#include <optional>

// The certificate register (证书) of the Certificates page and of a client's dossier: one
// row per certificate with its status today, its dates and its scope as it stands;
// filtered by text, by status and by expiry before a date.
using CertificateListModelBase = MemoryListModel<CertificateListRow>;

class CertificateListModel : public CertificateListModelBase
{
    Q_OBJECT

public:
    enum Column { Number, Client, Status, Issued, Expires, Scope, ColumnCount };
    Q_ENUM(Column)

    explicit CertificateListModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void setFilter(const QString &text) override;
    QString filter() const override { return m_filter; }
    void setStatus(std::optional<CertificateStatus> status);
    void setExpiringBy(const QDate &day);   // null: any expiry
    void setClient(qint64 clientId);
    // The day the statuses are for (today unless set, for tests).
    void setToday(const QDate &day);

protected:
    int columns() const override { return ColumnCount; }
    QList<CertificateListRow> read(Database &db) override;
    QString readFailedText(const QString &reason) const override;
    QString sortText(const CertificateListRow &row, int column) const override;
    int compare(const CertificateListRow &a, const CertificateListRow &b, int column) const override;

private:
    QString m_filter;
    std::optional<CertificateStatus> m_status;
    QDate m_expiringBy;
    QDate m_today;
    qint64 m_clientId = 0;
};
