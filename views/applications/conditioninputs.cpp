#include "applications/conditioninputs.h"

#include "common/optionaldateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

using ApplicantEligibility::DateFact;
using ApplicantEligibility::State;
using ApplicantEligibility::Stated;

namespace {

QHBoxLayout *rowLayout(QWidget *widget)
{
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

} // namespace

StatedInput::StatedInput(bool mayBeNotApplicable, QWidget *parent)
    : QWidget(parent), m_mayBeNotApplicable(mayBeNotApplicable), m_state(new QComboBox(this)), m_evidence(new QLineEdit(this))
{
    m_state->addItem(QString());   // not stated
    QList<State> states{State::Met, State::NotMet};
    if (mayBeNotApplicable)
        states << State::NotApplicable;
    states << State::Unknown;
    for (State s : states)
        m_state->addItem(QString(), ApplicantEligibility::stateKey(s));
    m_state->setObjectName(QStringLiteral("state"));
    m_evidence->setObjectName(QStringLiteral("evidence"));
    QHBoxLayout *layout = rowLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_evidence, 1);
    setFocusProxy(m_state);
    connect(m_state, &QComboBox::activated, this, &StatedInput::edited);
    connect(m_evidence, &QLineEdit::textEdited, this, &StatedInput::edited);
    retranslate();
}

void StatedInput::setValue(const Stated &value)
{
    m_state->setCurrentIndex(value.state ? qMax(0, m_state->findData(ApplicantEligibility::stateKey(*value.state))) : 0);
    m_evidence->setText(value.evidence);
}

Stated StatedInput::value() const
{
    Stated s;
    const QString key = m_state->currentData().toString();
    if (!key.isEmpty())
        s.state = ApplicantEligibility::stateFromKey(key);
    s.evidence = m_evidence->text();
    return s;
}

void StatedInput::retranslate()
{
    m_state->setItemText(0, tr("not stated"));
    for (int i = 1; i < m_state->count(); ++i)
        m_state->setItemText(i, ApplicantEligibility::stateText(
                                    ApplicantEligibility::stateFromKey(m_state->itemData(i).toString()).value_or(State::Unknown)));
    m_evidence->setPlaceholderText(tr("Evidence (document, register entry …)"));
    Q_UNUSED(m_mayBeNotApplicable);
}

DateFactInput::DateFactInput(bool withRectified, QWidget *parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_date(new OptionalDateEdit(this))
{
    m_kind->addItem(QString());   // not stated
    m_kind->addItem(QString());   // never
    m_kind->addItem(QString());   // on a date
    m_kind->setObjectName(QStringLiteral("kind"));
    m_date->setObjectName(QStringLiteral("date"));
    QHBoxLayout *layout = rowLayout(this);
    layout->addWidget(m_kind);
    layout->addWidget(m_date);
    if (withRectified) {
        m_rectified = new QCheckBox(this);
        m_rectified->setObjectName(QStringLiteral("rectified"));
        layout->addWidget(m_rectified);
        connect(m_rectified, &QCheckBox::clicked, this, &DateFactInput::edited);
    }
    layout->addStretch();
    setFocusProxy(m_kind);
    connect(m_kind, &QComboBox::activated, this, [this] {
        updateEnabled();
        emit edited();
    });
    connect(m_date, &OptionalDateEdit::valueChanged, this, [this] {
        // Typing a date says the event happened.
        if (m_date->value().isValid() && m_kind->currentIndex() != 2) {
            m_kind->setCurrentIndex(2);
            updateEnabled();
        }
        emit edited();
    });
    retranslate();
    updateEnabled();
}

void DateFactInput::setValue(const DateFact &value, bool rectified)
{
    const QSignalBlocker blocker(m_date);
    m_kind->setCurrentIndex(!value.given ? 0 : (value.date.isValid() ? 2 : 1));
    m_date->setValue(value.date);
    if (m_rectified)
        m_rectified->setChecked(rectified);
    updateEnabled();
}

DateFact DateFactInput::value() const
{
    switch (m_kind->currentIndex()) {
    case 1: return DateFact::none();
    case 2: return DateFact::on(m_date->value());
    default: return DateFact::absent();
    }
}

bool DateFactInput::rectified() const { return m_rectified && m_rectified->isChecked(); }

void DateFactInput::updateEnabled()
{
    if (m_rectified)
        m_rectified->setEnabled(m_kind->currentIndex() == 2);
}

void DateFactInput::retranslate()
{
    m_kind->setItemText(0, tr("not stated"));
    m_kind->setItemText(1, tr("never"));
    m_kind->setItemText(2, tr("on"));
    if (m_rectified)
        m_rectified->setText(tr("rectified"));
}

FlagInput::FlagInput(QWidget *parent) : QWidget(parent), m_box(new QComboBox(this))
{
    m_box->addItem(QString());
    m_box->addItem(QString(), false);
    m_box->addItem(QString(), true);
    QHBoxLayout *layout = rowLayout(this);
    layout->addWidget(m_box);
    layout->addStretch();
    setFocusProxy(m_box);
    connect(m_box, &QComboBox::activated, this, &FlagInput::edited);
    retranslate();
}

void FlagInput::setValue(const std::optional<bool> &value)
{
    m_box->setCurrentIndex(!value ? 0 : (*value ? 2 : 1));
}

std::optional<bool> FlagInput::value() const
{
    switch (m_box->currentIndex()) {
    case 1: return false;
    case 2: return true;
    default: return std::nullopt;
    }
}

void FlagInput::retranslate()
{
    m_box->setItemText(0, tr("not stated"));
    m_box->setItemText(1, tr("no"));
    m_box->setItemText(2, tr("yes"));
}
