#include "certificates/certificatespage.h"

#include "certificates/certificateeventdialog.h"
#include "common/columnfitter.h"
#include "common/optionaldateedit.h"
#include "domain/cncacodes.h"
#include "domain/displayformat.h"
#include "editing/changeset.h"
#include "reports/listreports.h"
#include "editing/edits.h"
#include "editing/session.h"
#include "itemmodels/certificatelistmodel.h"
#include "repositories/certificaterepository.h"
#include "repositories/parameterrepository.h"
#include "repositories/programmerepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using Kind = CertificateEvent::Kind;

CertificatesPage::CertificatesPage(QWidget *parent)
    : Page(parent), m_model(new CertificateListModel(this)), m_statusLabel(new QLabel(this)), m_searchLabel(new QLabel(this)),
      m_status(new QComboBox(this)), m_expiring(new QCheckBox(this)), m_expiringBy(new OptionalDateEdit(this)),
      m_search(new QLineEdit(this)), m_splitter(new QSplitter(Qt::Horizontal, this)), m_view(new QTableView(this)),
      m_title(new QLabel(this)), m_statusText(new QLabel(this)), m_details(new QLabel(this)), m_historyLabel(new QLabel(this)),
      m_events(new QTableWidget(this)), m_recordEvent(new QPushButton(this)), m_openProgramme(new QPushButton(this)),
      m_openClient(new QPushButton(this)), m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("certificatesPage"));
    m_view->setObjectName(QStringLiteral("certificateTable"));
    m_splitter->setObjectName(QStringLiteral("certificatesSplitter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_expiring->setObjectName(QStringLiteral("expiringFilter"));
    m_expiringBy->setObjectName(QStringLiteral("expiringBy"));
    m_search->setObjectName(QStringLiteral("certificateSearch"));
    m_events->setObjectName(QStringLiteral("certificateEvents"));
    m_recordEvent->setObjectName(QStringLiteral("recordEvent"));
    m_statusText->setObjectName(QStringLiteral("certificateStatus"));
    m_search->setClearButtonEnabled(true);
    m_statusLabel->setBuddy(m_status);
    m_searchLabel->setBuddy(m_search);
    m_expiringBy->setValue(QDate::currentDate().addDays(90));
    m_expiringBy->setEnabled(false);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->sortByColumn(CertificateListModel::Number, Qt::AscendingOrder);

    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_statusText->setWordWrap(true);
    m_events->setColumnCount(5);
    m_events->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_events->verticalHeader()->hide();
    m_events->horizontalHeader()->setStretchLastSection(true);
    m_events->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_status);
    filters->addSpacing(12);
    filters->addWidget(m_expiring);
    filters->addWidget(m_expiringBy);
    filters->addSpacing(12);
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_count);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_statusText);
    rightLayout->addWidget(m_details);
    rightLayout->addWidget(m_historyLabel);
    rightLayout->addWidget(m_events, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openClient);
    buttons->addWidget(m_openProgramme);
    buttons->addStretch();
    buttons->addWidget(m_recordEvent);
    rightLayout->addLayout(buttons);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] { m_search->setFocus(); m_search->selectAll(); });
    connect(m_status, &QComboBox::currentIndexChanged, this, &CertificatesPage::applyFilters);
    connect(m_expiring, &QCheckBox::toggled, this, [this](bool on) {
        m_expiringBy->setEnabled(on);
        applyFilters();
    });
    connect(m_expiringBy, &OptionalDateEdit::valueChanged, this, &CertificatesPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &CertificatesPage::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CertificatesPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CertificatesPage::showSelected);
    connect(m_model, &RecordListModel::loadFailed, this, &Page::statusMessage);
    connect(m_recordEvent, &QPushButton::clicked, this, [this] { recordEvent(); });
    connect(m_openClient, &QPushButton::clicked, this, [this] {
        if (m_shown)
            emit openRequested(RecordRef{QStringLiteral("clients"), m_shown->clientId, m_shown->clientId, {}, true});
    });
    connect(m_openProgramme, &QPushButton::clicked, this, [this] {
        if (m_shown)
            emit openRequested(RecordRef{ProgrammeRepository::rootTable(), m_shown->programmeId, m_shown->clientId, {}, true});
    });
    retranslate();
    setEnabled(false);
    updateActions();
}

QString CertificatesPage::title() const { return tr("Certificates"); }

QString CertificatesPage::description() const
{
    return tr("The certificate register: status by CNCA code, scope, dates, and every suspension, restoration, withdrawal "
              "and scope change");
}

QDate CertificatesPage::today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

void CertificatesPage::setToday(const QDate &day)
{
    m_today = day;
    m_model->setToday(day);
}

void CertificatesPage::setSession(Session *session)
{
    m_session = session;
    setEnabled(session != nullptr);
    m_shown.reset();
    m_model->setDatabase(session ? &session->database() : nullptr);
    if (session && !m_view->property("fitted").toBool() && m_model->rowCount() > 0) {
        ColumnFitter::fit(m_view, 22);
        m_view->setProperty("fitted", true);
    }
    if (!session) {
        showSelected();
        return;
    }
    connect(session, &Session::closing, this, [this] { setSession(nullptr); });
    connect(session, &Session::userChanged, this, &CertificatesPage::updateActions);
    connect(session, &Session::changed, this, [this](const QList<RecordRef> &records) {
        const QStringList tables = CertificateRepository::tables() + QStringList{QStringLiteral("clients")};
        for (const RecordRef &ref : records)
            if (tables.contains(ref.table)) {
                const qint64 shown = m_shown ? m_shown->id : 0;
                m_model->refresh();
                if (shown)
                    if (const int row = m_model->rowOf(shown); row >= 0)
                        m_view->selectRow(row);
                return;
            }
    });
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

bool CertificatesPage::openRecord(const RecordRef &record)
{
    if (!m_session)
        return false;
    qint64 id = 0;
    if (record.table == CertificateRepository::rootTable())
        id = record.row;
    else if (record.table == QLatin1String("certificate_events"))
        id = record.idIn("certificate_id");
    if (id == 0)
        return false;
    m_model->refresh();
    int row = m_model->rowOf(id);
    if (row < 0) {
        // Hidden by a filter: show the whole register.
        const QSignalBlocker a(m_status), b(m_expiring), c(m_search);
        m_status->setCurrentIndex(0);
        m_expiring->setChecked(false);
        m_expiringBy->setEnabled(false);
        m_search->clear();
        applyFilters();
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    m_view->setFocus();
    return true;
}

void CertificatesPage::applyFilters()
{
    const qint64 shown = m_shown ? m_shown->id : 0;
    const QVariant status = m_status->currentData();
    m_model->setStatus(status.isValid() ? std::optional<CertificateStatus>(CertificateStatus(status.toInt())) : std::nullopt);
    m_model->setExpiringBy(m_expiring->isChecked() ? m_expiringBy->value() : QDate());
    m_model->setFilter(m_search->text());
    if (const int row = shown ? m_model->rowOf(shown) : -1; row >= 0)
        m_view->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    else
        showSelected();
}

void CertificatesPage::showSelected()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? m_model->idAt(current.row()) : 0;
    m_count->setText(tr("%n certificate(s)", nullptr, m_model->rowCount()));
    showCertificate(id);
}

void CertificatesPage::showCertificate(qint64 id)
{
    m_shown.reset();
    if (m_session && id > 0) {
        try {
            m_shown = CertificateRepository(m_session->database()).load(id);
        } catch (const SqlError &e) {
            emit statusMessage(tr("The certificate could not be read: %1").arg(e.message()));
        }
    }
    m_events->setRowCount(0);
    if (!m_shown) {
        m_title->setText(m_session ? tr("No certificate selected") : QString());
        m_statusText->clear();
        m_details->clear();
        updateActions();
        return;
    }
    const Certificate &c = *m_shown;
    const CertificateState state = CertificateRules::stateOn(c, today());
    m_title->setText(tr("%1 · %2").arg(c.number, c.clientName));
    QString status = tr("%1 since %2").arg(CertificateRules::statusLabel(state.status), DisplayFormat::date(state.since));
    if (state.expiredByDate)
        status += tr(" — the expiry date has passed; record the expiry.");
    if (state.status == CertificateStatus::Suspended)
        status += tr(" — to be restored or withdrawn by %1 (C-suspend-max).")
                      .arg(DisplayFormat::date(CertificateRules::suspensionLimit(c, today(), ParameterRepository(m_session->database()).load())));
    m_statusText->setText(QStringLiteral("<b>%1</b>").arg(status.toHtmlEscaped()));
    std::optional<CertificationDecision> decision;
    try {
        decision = CertificateRepository(m_session->database()).loadDecision(c.decisionId);
    } catch (const SqlError &) {
    }
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:12px; color:#555'>%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("Scope (Chinese)"), state.scopeZh);
    html += row(tr("Scope (English)"), state.scopeEn);
    html += row(tr("Scope classes"), c.scopeClasses.join(QStringLiteral(", ")));
    html += row(tr("Sites"), c.sites.join(QLatin1Char('\n')));
    html += row(tr("Standard"), c.standard);
    html += row(tr("Issued"), DisplayFormat::date(c.issuedOn));
    html += row(tr("First issued"), DisplayFormat::date(c.firstIssuedOn));
    html += row(tr("Expires"), DisplayFormat::date(c.expiresOn));
    if (decision)
        html += row(tr("Certification decision"), tr("%1, %2 by %3")
                                                      .arg(CertificateRules::outcomeLabel(decision->outcome),
                                                           DisplayFormat::date(decision->decidedOn), decision->deciderName));
    html += QStringLiteral("</table>");
    m_details->setText(html);

    // The history, in the order recorded; reversed events stay, marked.
    QHash<qint64, qint64> reversedBy;
    for (const CertificateEvent &e : c.events)
        if (e.kind == Kind::Reverse && e.reverses)
            reversedBy.insert(e.reverses, e.id);
    m_events->setRowCount(int(c.events.size()));
    for (int i = 0; i < c.events.size(); ++i) {
        const CertificateEvent &e = c.events.at(i);
        QString what = CertificateRules::eventLabel(e.kind);
        if (e.kind == Kind::Reverse)
            for (const CertificateEvent &o : c.events)
                if (o.id == e.reverses)
                    what = tr("Reversed: %1 of %2").arg(CertificateRules::eventLabel(o.kind), DisplayFormat::date(o.occurredOn));
        if (reversedBy.contains(e.id))
            what += tr(" (reversed)");
        QString reason = e.reasonCode;
        if (const QString list = CertificateRules::reasonList(e.kind); !list.isEmpty() && !e.reasonCode.isEmpty())
            reason = CncaCodes::shipped().find(list, e.reasonCode).shown();
        QString note = e.note;
        if ((e.kind == Kind::Extend || e.kind == Kind::Reduce) && !e.scopeZh.isEmpty())
            note = (note.isEmpty() ? QString() : note + QLatin1Char('\n')) + tr("Scope from then: %1").arg(e.scopeZh);
        const QStringList cells{DisplayFormat::date(e.occurredOn), what, reason, note, e.recordedBy};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            if (reversedBy.contains(e.id)) {
                QFont f = item->font();
                f.setStrikeOut(true);
                item->setFont(f);
            }
            m_events->setItem(i, col, item);
        }
    }
    m_events->resizeColumnsToContents();
    m_events->resizeRowsToContents();
    updateActions();
}

void CertificatesPage::updateActions()
{
    const bool writable = m_session && m_session->hasUser();
    m_recordEvent->setEnabled(writable && m_shown.has_value());
    m_recordEvent->setToolTip(m_session && !m_session->hasUser() ? tr("Choose your user profile first (the status bar's "
                                                                      "profile button).")
                                                                 : QString());
    m_openClient->setEnabled(m_shown.has_value());
    m_openProgramme->setEnabled(m_shown.has_value());
}

bool CertificatesPage::recordEvent()
{
    if (!m_session || !m_shown)
        return false;
    const Certificate certificate = *m_shown;
    CertificateEventDialog dialog(certificate, today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const CertificateEvent event = dialog.event();
    CertificateEvent e = event;
    e.recordedBy = m_session->user() ? m_session->user()->name : m_session->accountName();
    Database &db = m_session->database();
    const QDate day = today();
    const WriteResult result = m_session->edits().record([&] { return CertificateRepository(db).addEvent(certificate.id, e, day); });
    if (!result) {
        QMessageBox::warning(this, tr("Event not recorded"), result.message);
        return false;
    }
    emit statusMessage(tr("%1 recorded for certificate %2.").arg(CertificateRules::eventLabel(e.kind), certificate.number));
    showCertificate(certificate.id);
    return true;
}

void CertificatesPage::saveLayout(QSettings &settings) const
{
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("header"), m_view->horizontalHeader()->saveState());
}

void CertificatesPage::restoreLayout(QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("header")).toByteArray());
}

void CertificatesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

void CertificatesPage::retranslate()
{
    m_statusLabel->setText(tr("S&tatus:"));
    m_searchLabel->setText(tr("Fi&nd:"));
    m_search->setPlaceholderText(tr("Number, client, credit code or scope"));
    m_expiring->setText(tr("E&xpiring by"));
    m_historyLabel->setText(tr("Status history (never rewritten; a mistaken event is reversed by another)"));
    m_recordEvent->setText(tr("Recor&d event…"));
    m_openClient->setText(tr("Open &client"));
    m_openProgramme->setText(tr("Open pro&gramme"));
    m_events->setHorizontalHeaderLabels({tr("Date"), tr("Event"), tr("Reason"), tr("Note"), tr("Recorded by")});
    {
        const QVariant current = m_status->currentData();
        const QSignalBlocker blocker(m_status);
        m_status->clear();
        m_status->addItem(tr("All"));
        for (CertificateStatus s : CertificateRules::statuses())
            m_status->addItem(QStringLiteral("%1 %2").arg(CertificateRules::statusCode(s), CertificateRules::statusLabel(s)), int(s));
        m_status->setCurrentIndex(std::max(0, m_status->findData(current)));
    }
    m_model->retranslate();
    showCertificate(m_shown ? m_shown->id : 0);
}

PageReport CertificatesPage::report() const
{
    if (!m_session)
        return {};
    Database *db = &m_session->database();
    const QDate on = QDate::currentDate();
    return {tr("certificate-register-%1.pdf").arg(on.toString(Qt::ISODate)),
            [db, on](ReportLanguage::Mode mode) { return ListReports::certificateRegister(*db, on, mode); }};
}
