#pragma once

#include "common/page.h"

#include <QPointer>
#include <QStringList>

#include <optional>
#include <tuple>

class DueListModel;
class NoteBar;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSpinBox;
class QTableView;
class QToolButton;

// The Due page, where the window starts: what needs a person within the coming N days, and
// what is late (DueList) — audits to hold, windows closing or missed, corrections, decisions
// waiting, suspensions at their limit, certificates expiring, unsigned contracts, auditors'
// registrations. The horizon defaults to the database's due_days parameter and is kept for
// the session while the page lives; the list narrows by kind and by words, and Enter or a
// double click opens the row's record on its page (openRequested). Nothing is edited here;
// the list follows every write to the tables it shows (read again when next shown if the
// page is hidden), keeping the selected item.
class DuePage : public Page
{
    Q_OBJECT

public:
    explicit DuePage(QWidget *parent = nullptr);

    QString title() const override;
    QString description() const override;
    void setSession(Session *session) override;
    bool isModified() const override { return false; }
    bool maybeSave() override { return true; }
    bool confirmStep(const ChangeSet &, const QString &) override { return true; }
    QList<QAction *> editActions() const override { return {}; }
    // The table's header: column widths, order and the sort column.
    // The due list of the days shown, printed.
    PageReport report() const override;
    void saveLayout(QSettings &settings) const override;
    void restoreLayout(QSettings &settings) override;

    // The tables whose writes change the list.
    static QStringList followedTables();

    DueListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QSpinBox *daysBox() const { return m_days; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *filterEdit() const { return m_filter; }
    QToolButton *refreshButton() const { return m_refreshButton; }
    QAction *refreshAction() const { return m_refreshAction; }
    // "12 due, 3 late" (with what the filters hide), or why the list could not be read.
    QString summaryText() const;
    // Why the last reading failed ("" when it did not).
    QString failureText() const;

public slots:
    // Computes the list again, keeping the selected item.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // What identifies an item across readings (it has no id of its own).
    using ItemKey = std::tuple<int, QString, qint64, QString>;
    ItemKey keyOf(int row) const;
    void retranslate();
    void updateKinds();
    void updateSummary();
    void updateDaysSuffix();
    void fitColumns();
    void followChanges(const QList<RecordRef> &records);
    void openRow(const QModelIndex &index);
    void loadDefaultDays();
    void remember();
    void restoreSelection();

    Session *m_session = nullptr;
    DueListModel *m_model = nullptr;
    // The session whose horizon the user chose (kept while both live), and whether they did.
    QPointer<Session> m_daysSession;
    bool m_daysChosen = false;
    bool m_stale = false;          // a followed table changed while the page was hidden
    bool m_fitting = false;
    bool m_userSized = false;      // a column was sized by hand (or restored): fitting only widens
    bool m_retranslatePending = false;
    int m_fittedTo = -1;           // the model's computation the columns were fitted to
    std::optional<ItemKey> m_selected;   // across a reset
    QString m_failure;

    NoteBar *m_note = nullptr;
    QLabel *m_daysLabel = nullptr;
    QSpinBox *m_days = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_filterLabel = nullptr;
    QLineEdit *m_filter = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QToolButton *m_refreshButton = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
};
