#include "due/duepage.h"

#include "common/actionbutton.h"
#include "common/columnfitter.h"
#include "common/notebar.h"
#include "db/database.h"
#include "editing/changeset.h"
#include "editing/session.h"
#include "itemmodels/duelistmodel.h"
#include "repositories/parameterrepository.h"
#include "reports/listreports.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

DuePage::DuePage(QWidget *parent) : Page(parent), m_model(new DueListModel(this))
{
    setObjectName(QStringLiteral("duePage"));
    m_note = new NoteBar(this);
    m_note->setObjectName(QStringLiteral("dueFailure"));

    m_daysLabel = new QLabel(this);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("dueDays"));
    m_days->setRange(0, 3650);
    m_days->setValue(m_model->days());
    // Each value computes the list again: on Enter, leaving the field or a step, not per digit.
    m_days->setKeyboardTracking(false);
    m_daysLabel->setBuddy(m_days);

    m_kindLabel = new QLabel(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("dueKind"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind->addItem(QString(), -1);
    for (const DueItem::Kind kind : DueList::kinds())
        m_kind->addItem(QString(), int(kind));
    m_kindLabel->setBuddy(m_kind);

    m_filterLabel = new QLabel(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("dueFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(m_filter->fontMetrics().horizontalAdvance(QChar(0x4E2D)) * 12);
    m_filterLabel->setBuddy(m_filter);

    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(QStringLiteral("dueRefreshAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setShortcutContext(Qt::WindowShortcut);
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    addActions({m_refreshAction, m_findAction});
    m_refreshButton = new ActionButton(m_refreshAction, this);
    m_refreshButton->setObjectName(QStringLiteral("dueRefresh"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dueSummary"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_daysLabel);
    bar->addWidget(m_days);
    bar->addSpacing(12);
    bar->addWidget(m_kindLabel);
    bar->addWidget(m_kind);
    bar->addSpacing(12);
    bar->addWidget(m_filterLabel);
    bar->addWidget(m_filter, 2);
    bar->addSpacing(12);
    bar->addWidget(m_refreshButton);
    bar->addStretch(1);
    bar->addWidget(m_summary);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("dueTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    // Fitting measures the rows in view and some around them, not a thousand (ColumnFitter
    // asks the view, which asks this; a row of Chinese text takes ~30 µs a column to
    // measure): the list of a large register stays quick to show.
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSortIndicator(DueListModel::DueDate, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_days, &QSpinBox::valueChanged, this, [this](int days) {
        m_daysChosen = true;
        m_daysSession = m_session;
        updateDaysSuffix();
        m_model->setDays(days);
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int kind = m_kind->itemData(index).toInt();
        m_model->setKindFilter(kind < 0 ? std::nullopt : std::optional<DueItem::Kind>(DueItem::Kind(kind)));
    });
    connect(m_filter, &QLineEdit::textChanged, m_model, &DueListModel::setFilter);
    m_filter->installEventFilter(this);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        refresh();
        if (m_failure.isEmpty())
            emit statusMessage(tr("Read again: %1").arg(summaryText()));
    });
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    connect(m_view, &QTableView::activated, this, &DuePage::openRow);

    connect(m_model, &DueListModel::modelAboutToBeReset, this, &DuePage::remember);
    connect(m_model, &DueListModel::modelReset, this, [this] {
        if (m_model->isComputed() || !m_model->database()) {
            m_failure.clear();
            m_note->setText(QString());
        }
        restoreSelection();
        updateKinds();
        updateSummary();
        // Widths follow a new list; a filter only narrows it, so they stay (and do not jump
        // while typing).
        if (isVisible() && m_model->computations() != m_fittedTo)
            fitColumns();
    });
    connect(m_model, &DueListModel::loadFailed, this, [this](const QString &message) {
        m_failure = message;
        m_note->setText(message);
        emit statusMessage(message);
    });
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        // The last column stretches with the view: that is not the user's choice.
        if (!m_fitting && logical != DueListModel::Detail)
            m_userSized = true;
    });

    retranslate();
    setSession(nullptr);
}

QString DuePage::title() const { return tr("Due"); }

QString DuePage::description() const { return tr("What needs a person within the coming days, and what is late"); }

QStringList DuePage::followedTables()
{
    // What DueList reads: the audits, their windows and findings, decisions, certificates
    // and their suspensions, draft contracts (through their applications), registrations;
    // the clients' names it shows, and the rule parameters behind windows, deadlines and
    // the default horizon.
    return {QStringLiteral("audits"),       QStringLiteral("programmes"),   QStringLiteral("audit_findings"),
            QStringLiteral("certificates"), QStringLiteral("certificate_events"), QStringLiteral("decisions"),
            QStringLiteral("contracts"),    QStringLiteral("applications"), QStringLiteral("auditors"),
            QStringLiteral("clients"),      QStringLiteral("rule_parameters")};
}

void DuePage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    // The horizon the user chose stays with its session (while the page is without one too);
    // another database starts from its own parameter.
    if (session && session != m_daysSession) {
        m_daysSession = session;
        m_daysChosen = false;
    }
    m_model->setDatabase(nullptr);
    if (session) {
        connect(session, &Session::closing, this, [this] { setSession(nullptr); });
        connect(session, &Session::changed, this, &DuePage::followChanges);
        if (!m_daysChosen)
            loadDefaultDays();
        m_model->setDays(m_days->value());
        m_model->setDatabase(&session->database());
    }
    m_stale = false;
    setEnabled(session != nullptr);
    updateSummary();
}

void DuePage::loadDefaultDays()
{
    if (!m_session)
        return;
    int days = m_days->value();
    try {
        days = ParameterRepository(m_session->database()).load().dueDays();
    } catch (const SqlError &) {
        return;   // the list's own reading says what is wrong
    }
    const QSignalBlocker blocker(m_days);
    m_days->setValue(days);
    updateDaysSuffix();
}

void DuePage::refresh()
{
    if (!m_session)
        return;
    m_stale = false;
    if (!m_daysChosen)
        loadDefaultDays();   // the parameter may have changed
    if (m_model->days() != m_days->value())
        m_model->setDays(m_days->value());   // computes
    else
        m_model->refresh();
}

void DuePage::followChanges(const QList<RecordRef> &records)
{
    const QStringList tables = followedTables();
    const bool concerned = std::any_of(records.begin(), records.end(),
                                       [&tables](const RecordRef &ref) { return tables.contains(ref.table); });
    if (!concerned)
        return;
    // A hidden page reads again when it is next shown: a save elsewhere stays quick.
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

DuePage::ItemKey DuePage::keyOf(int row) const
{
    const DueItem item = m_model->item(row);
    return {int(item.kind), item.table, item.row, item.subject};
}

void DuePage::remember()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        m_selected = keyOf(current.row());
    else
        m_selected.reset();
}

void DuePage::restoreSelection()
{
    if (!m_selected)
        return;
    const ItemKey wanted = *m_selected;
    m_selected.reset();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (keyOf(row) == wanted) {
            const QModelIndex index = m_model->index(row, 0);
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            return;
        }
    }
}

void DuePage::openRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const DueItem item = m_model->item(index.row());
    if (item.table.isEmpty() || item.row <= 0)
        return;
    emit openRequested(RecordRef{item.table, item.row, item.clientId});
}

void DuePage::updateKinds()
{
    const QLocale locale;
    m_kind->setItemText(0, tr("All (%1)", "due kinds").arg(locale.toString(m_model->count())));
    const QList<DueItem::Kind> kinds = DueList::kinds();
    for (int i = 0; i < kinds.size(); ++i)
        m_kind->setItemText(i + 1, tr("%1 (%2)", "due kind, count")
                                       .arg(DueList::kindLabel(kinds.at(i)), locale.toString(m_model->count(kinds.at(i)))));
}

void DuePage::updateSummary()
{
    m_summary->setText(summaryText());
}

QString DuePage::summaryText() const
{
    if (!m_session)
        return QString();
    if (!m_failure.isEmpty())
        return tr("Not read");
    const QLocale locale;
    const int rows = m_model->rowCount();
    const int late = m_model->lateCount();
    QString text = tr("%1 due within %n day(s), %2 late", "due summary", m_model->days())
                       .arg(locale.toString(rows - late), locale.toString(late));
    const int all = int(m_model->computed().size());
    if (rows != all)
        text = tr("%1 — %2 of %3 shown", "due summary, filtered").arg(text, locale.toString(rows), locale.toString(all));
    return text;
}

QString DuePage::failureText() const { return m_failure; }

void DuePage::updateDaysSuffix()
{
    m_days->setSuffix(QLatin1Char(' ') + tr("day(s)", "within N days", m_days->value()));
}

void DuePage::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    m_fittedTo = m_model->computations();
    m_fitting = true;
    QList<int> before;
    for (int column = 0; column < header->count(); ++column)
        before << header->sectionSize(column);
    ColumnFitter::fit(m_view, 24);
    // Widths the user gave (or that were restored) only grow, so Chinese text is not cut off.
    if (m_userSized)
        for (int column = 0; column < header->count(); ++column)
            if (header->sectionSize(column) < before.at(column))
                header->resizeSection(column, before.at(column));
    m_fitting = false;
}

void DuePage::retranslate()
{
    m_daysLabel->setText(tr("&Within", "within N days"));
    m_days->setToolTip(tr("List what is due from today to this many days ahead; what is late is always listed"));
    updateDaysSuffix();
    m_kindLabel->setText(tr("&Show", "which kind of due item"));
    m_kind->setToolTip(tr("Only one kind of item, or all"));
    m_filterLabel->setText(tr("Fi&nd"));
    m_filter->setPlaceholderText(tr("Client, subject or detail (Ctrl+F)"));
    m_filter->setToolTip(tr("Every word typed must appear in the client's name, the subject or the detail."));
    m_refreshAction->setText(tr("Refresh"));
    m_refreshAction->setToolTip(tr("Compute the list again from the database (F5)"));
    m_findAction->setText(tr("Find"));
    // The items' texts are DueList's, in the language: computed again, now when shown, else
    // when next shown.
    if (isVisible() || !m_session)
        m_model->retranslate();
    else
        m_stale = true;
    updateKinds();
    updateSummary();
    fitColumns();
}

void DuePage::saveLayout(QSettings &settings) const
{
    settings.setValue(QStringLiteral("header"), m_view->horizontalHeader()->saveState());
}

void DuePage::restoreLayout(QSettings &settings)
{
    const QByteArray state = settings.value(QStringLiteral("header")).toByteArray();
    if (state.isEmpty())
        return;
    m_fitting = true;
    if (m_view->horizontalHeader()->restoreState(state))
        m_userSized = true;
    m_fitting = false;
}

void DuePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        // A switch of language sends several of these (one per translator): read once.
        m_retranslatePending = true;
        QMetaObject::invokeMethod(
            this, [this] {
                m_retranslatePending = false;
                retranslate();
            },
            Qt::QueuedConnection);
    }
    Page::changeEvent(event);
}

void DuePage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    // Writes made while hidden, or a new day since the list was computed.
    if (m_session && (m_stale || (m_model->isComputed() && m_model->today() != QDate::currentDate())))
        refresh();
    fitColumns();
}

bool DuePage::eventFilter(QObject *watched, QEvent *event)
{
    // Down or Enter in the filter moves to the list, so the keyboard never has to leave.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) && m_model->rowCount() > 0) {
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_model->index(0, 0));
            m_view->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

PageReport DuePage::report() const
{
    if (!m_session)
        return {};
    Database *db = &m_session->database();
    const QDate from = QDate::currentDate(), to = from.addDays(m_days->value());
    return {tr("due-%1-%2.pdf").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
            [db, from, to](ReportLanguage::Mode mode) { return ListReports::dueList(*db, from, to, mode); }};
}
