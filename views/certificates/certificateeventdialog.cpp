#include "certificates/certificateeventdialog.h"

#include "common/optionaldateedit.h"
#include "domain/cncacodes.h"
#include "domain/displayformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using Kind = CertificateEvent::Kind;

CertificateEventDialog::CertificateEventDialog(const Certificate &certificate, const QDate &today, QWidget *parent)
    : QDialog(parent), m_certificate(certificate), m_today(today), m_state(CertificateRules::stateOn(certificate, today)),
      m_kind(new QComboBox(this)), m_date(new OptionalDateEdit(this)), m_reason(new QComboBox(this)),
      m_reasonLabel(new QLabel(tr("&Reason:"), this)), m_note(new QPlainTextEdit(this)),
      m_scopeZhLabel(new QLabel(tr("Scope (&Chinese):"), this)), m_scopeEnLabel(new QLabel(tr("Scope (En&glish):"), this)),
      m_scopeZh(new QPlainTextEdit(this)), m_scopeEn(new QPlainTextEdit(this)), m_reverses(new QLabel(this)),
      m_problems(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Record an event of certificate %1").arg(certificate.number));
    setObjectName(QStringLiteral("certificateEventDialog"));
    m_kind->setObjectName(QStringLiteral("eventKind"));
    m_date->setObjectName(QStringLiteral("eventDate"));
    m_reason->setObjectName(QStringLiteral("eventReason"));
    m_note->setObjectName(QStringLiteral("eventNote"));
    m_scopeZh->setObjectName(QStringLiteral("eventScopeZh"));
    m_scopeEn->setObjectName(QStringLiteral("eventScopeEn"));
    m_problems->setObjectName(QStringLiteral("eventProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_reverses->setWordWrap(true);
    m_note->setTabChangesFocus(true);
    m_scopeZh->setTabChangesFocus(true);
    m_scopeEn->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().height() * 4);
    m_scopeZh->setFixedHeight(m_note->fontMetrics().height() * 3);
    m_scopeEn->setFixedHeight(m_note->fontMetrics().height() * 3);
    m_date->setValue(today);

    // What may follow now: the state machine's events, expiry once the date has passed, and
    // the reversal of the latest event that stands.
    QList<Kind> kinds = CertificateRules::allowedEvents(m_state.status);
    if (m_state.expiredByDate)
        kinds = {Kind::Expire};
    else
        kinds.removeAll(Kind::Expire);
    const bool reversible = !m_state.effective.isEmpty()
                            && certificate.events.at(m_state.effective.constLast()).kind != Kind::Issue;
    if (reversible)
        kinds << Kind::Reverse;
    for (Kind k : std::as_const(kinds))
        m_kind->addItem(k == Kind::Reverse ? tr("Reverse the latest event") : CertificateRules::eventLabel(k), int(k));
    if (reversible) {
        const CertificateEvent &last = certificate.events.at(m_state.effective.constLast());
        m_reverses->setText(tr("Reverses: %1 of %2 (%3)")
                                .arg(CertificateRules::eventLabel(last.kind), DisplayFormat::date(last.occurredOn), last.note));
    }

    auto *form = new QFormLayout;
    auto *kindLabel = new QLabel(tr("&Event:"), this);
    kindLabel->setBuddy(m_kind);
    auto *dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_date);
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    m_reasonLabel->setBuddy(m_reason);
    m_scopeZhLabel->setBuddy(m_scopeZh);
    m_scopeEnLabel->setBuddy(m_scopeEn);
    form->addRow(kindLabel, m_kind);
    form->addRow(QString(), m_reverses);
    form->addRow(dateLabel, m_date);
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(m_scopeZhLabel, m_scopeZh);
    form->addRow(m_scopeEnLabel, m_scopeEn);
    form->addRow(noteLabel, m_note);
    auto *status = new QLabel(tr("The certificate is %1 since %2; events are only ever added, and a mistaken one is "
                                 "reversed by another.")
                                  .arg(CertificateRules::statusLabel(m_state.status).toLower(), DisplayFormat::date(m_state.since)),
                              this);
    status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(status);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CertificateEventDialog::kindChanged);
    connect(m_date, &OptionalDateEdit::valueChanged, this, &CertificateEventDialog::update);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &CertificateEventDialog::update);
    connect(m_note, &QPlainTextEdit::textChanged, this, &CertificateEventDialog::update);
    connect(m_scopeZh, &QPlainTextEdit::textChanged, this, &CertificateEventDialog::update);
    connect(m_scopeEn, &QPlainTextEdit::textChanged, this, &CertificateEventDialog::update);
    resize(620, sizeHint().height());
    kindChanged();
}

void CertificateEventDialog::kindChanged()
{
    const Kind kind = Kind(m_kind->currentData().toInt());
    const QString list = CertificateRules::reasonList(kind);
    {
        const QSignalBlocker blocker(m_reason);
        m_reason->clear();
        if (kind == Kind::Extend || kind == Kind::Reduce) {
            const QString code = kind == Kind::Extend ? QStringLiteral("05") : QStringLiteral("06");
            m_reason->addItem(CncaCodes::shipped().find(list, code).shown(), code);
        } else if (!list.isEmpty()) {
            m_reason->addItem(tr("(choose)"), QString());
            for (const CncaCode &c : CncaCodes::shipped().list(list))
                m_reason->addItem(c.shown(), c.code);
        }
    }
    m_reason->setVisible(!list.isEmpty());
    m_reasonLabel->setVisible(!list.isEmpty());
    const bool scope = kind == Kind::Extend || kind == Kind::Reduce;
    for (QWidget *w : {static_cast<QWidget *>(m_scopeZh), static_cast<QWidget *>(m_scopeEn),
                       static_cast<QWidget *>(m_scopeZhLabel), static_cast<QWidget *>(m_scopeEnLabel)})
        w->setVisible(scope);
    if (scope && m_scopeZh->toPlainText().isEmpty() && m_scopeEn->toPlainText().isEmpty()) {
        const QSignalBlocker a(m_scopeZh), b(m_scopeEn);
        m_scopeZh->setPlainText(m_state.scopeZh);
        m_scopeEn->setPlainText(m_state.scopeEn);
    }
    m_reverses->setVisible(kind == Kind::Reverse);
    if (kind == Kind::Expire && m_date->value() == m_today && m_certificate.expiresOn.isValid())
        m_date->setValue(m_certificate.expiresOn.addDays(1));
    update();
}

CertificateEvent CertificateEventDialog::event() const
{
    CertificateEvent e;
    e.kind = Kind(m_kind->currentData().toInt());
    e.occurredOn = m_date->value();
    e.reasonCode = CertificateRules::reasonList(e.kind).isEmpty() ? QString() : m_reason->currentData().toString();
    e.note = m_note->toPlainText();
    if (e.kind == Kind::Extend || e.kind == Kind::Reduce) {
        e.scopeZh = m_scopeZh->toPlainText();
        e.scopeEn = m_scopeEn->toPlainText();
    }
    if (e.kind == Kind::Reverse && !m_state.effective.isEmpty())
        e.reverses = m_certificate.events.at(m_state.effective.constLast()).id;
    return e;
}

void CertificateEventDialog::update()
{
    if (m_kind->count() == 0) {
        m_problems->setText(tr("Nothing can follow: the certificate is %1.").arg(CertificateRules::statusLabel(m_state.status).toLower()));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    const CertificateEvent e = event();
    const QString list = CertificateRules::reasonList(e.kind);
    const QList<FieldProblem> problems =
        CertificateRules::eventProblems(m_certificate, e, m_today, list.isEmpty() ? QStringList() : CncaCodes::shipped().codes(list));
    QStringList lines;
    for (const FieldProblem &p : problems)
        lines << p.message;
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}
