#pragma once

#include "common/page.h"
#include "domain/certificate.h"

#include <optional>

class CertificateListModel;
class OptionalDateEdit;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTableWidget;

// The certificate register (证书): every certificate with its status today, filtered by
// status, by expiry and by text; the selected one with its scope, dates, decision and its
// whole status history, never rewritten. Record event… adds the next event (suspend,
// restore, withdraw, cancel, expire, scope change, or the reversal of a mistaken one); it is
// a record of its own, logged and not undoable.
class CertificatesPage : public Page
{
    Q_OBJECT

public:
    explicit CertificatesPage(QWidget *parent = nullptr);

    QString title() const override;
    QString description() const override;
    void setSession(Session *session) override;
    bool isModified() const override { return false; }
    bool maybeSave() override { return true; }
    bool confirmStep(const ChangeSet &, const QString &) override { return true; }
    QList<QAction *> editActions() const override { return {}; }
    bool openRecord(const RecordRef &record) override;
    // The certificate register with each status today, printed.
    PageReport report() const override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(QSettings &settings) override;

    CertificateListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTableWidget *events() const { return m_events; }
    QComboBox *statusFilter() const { return m_status; }
    QCheckBox *expiringBox() const { return m_expiring; }
    OptionalDateEdit *expiringDate() const { return m_expiringBy; }
    QLineEdit *search() const { return m_search; }
    QPushButton *recordEventButton() const { return m_recordEvent; }
    QLabel *statusText() const { return m_statusText; }
    // The certificate shown (nullopt: none selected).
    const std::optional<Certificate> &shown() const { return m_shown; }
    // For tests: the day statuses and events are for.
    void setToday(const QDate &day);
    // Asks for the next event of the shown certificate and records it (the dialog's answer
    // comes from the user; false when cancelled or refused).
    bool recordEvent();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilters();
    void showSelected();
    void showCertificate(qint64 id);
    void updateActions();
    QDate today() const;

    Session *m_session = nullptr;
    CertificateListModel *m_model;
    QLabel *m_statusLabel, *m_searchLabel;
    QComboBox *m_status;
    QCheckBox *m_expiring;
    OptionalDateEdit *m_expiringBy;
    QLineEdit *m_search;
    QSplitter *m_splitter;
    QTableView *m_view;
    QLabel *m_title;
    QLabel *m_statusText;
    QLabel *m_details;
    QLabel *m_historyLabel;
    QTableWidget *m_events;
    QPushButton *m_recordEvent, *m_openProgramme, *m_openClient;
    QLabel *m_count;
    std::optional<Certificate> m_shown;
    QDate m_today;
};
