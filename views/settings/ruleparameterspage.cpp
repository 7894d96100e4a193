#include "settings/ruleparameterspage.h"

#include "common/entrypane.h"
#include "common/escapekey.h"

#include "common/columnfitter.h"
#include "itemmodels/ruleparametermodel.h"
#include "common/notebar.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

RuleParametersPage::RuleParametersPage(QWidget *parent) : QWidget(parent), m_model(new RuleParameterModel(this))
{
    buildUi();
    retranslateUi();
    updateState();
    EscapeKey::install(this, m_view, [this] { return isModified(); }, [this] { revert(); });
}

void RuleParametersPage::buildUi()
{
    m_note = new NoteBar(this);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("parameterTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(RuleParameterModel::Meaning, QHeaderView::Stretch);
    // Meanings wrap; rows follow the width of the column (21 rows: cheap).
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *detail = new QWidget(this);
    m_meaning = new QLabel(detail);
    m_meaning->setWordWrap(true);
    m_meaning->setTextFormat(Qt::PlainText);
    QFont bold = m_meaning->font();
    bold.setBold(true);
    m_meaning->setFont(bold);
    m_details = new QLabel(detail);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_valueLabel = new QLabel(detail);
    m_value = new QLineEdit(detail);
    m_value->setObjectName(QStringLiteral("value"));
    m_value->setMaximumWidth(m_value->fontMetrics().horizontalAdvance(QStringLiteral("0000000000000")));
    m_valueLabel->setBuddy(m_value);
    m_unit = new QLabel(detail);
    m_message = new QLabel(detail);
    m_message->setObjectName(QStringLiteral("value_message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    m_resetButton = new QPushButton(detail);
    m_status = new StatusLine(detail);
    m_revertButton = new QPushButton(detail);
    m_saveButton = new QPushButton(detail);
    m_resetAllButton = new QPushButton(this);

    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_valueLabel);
    valueRow->addWidget(m_value);
    valueRow->addWidget(m_unit);
    valueRow->addSpacing(12);
    valueRow->addWidget(m_resetButton);
    valueRow->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_meaning);
    detailLayout->addWidget(m_details);
    detailLayout->addLayout(valueRow);
    detailLayout->addWidget(m_message);
    detailLayout->addStretch(1);
    detailLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_description, 1);
    top->addWidget(m_resetAllButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WindowShortcut);
    m_revertAction = new QAction(this);
    m_resetAction = new QAction(this);
    m_resetAllAction = new QAction(this);
    addAction(m_saveAction);

    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    connect(m_revertAction, &QAction::triggered, this, &RuleParametersPage::revert);
    connect(m_resetAction, &QAction::triggered, this, &RuleParametersPage::resetToDefault);
    connect(m_resetAllAction, &QAction::triggered, this, &RuleParametersPage::resetAll);
    connect(m_saveButton, &QPushButton::clicked, m_saveAction, &QAction::trigger);
    connect(m_revertButton, &QPushButton::clicked, m_revertAction, &QAction::trigger);
    connect(m_resetButton, &QPushButton::clicked, m_resetAction, &QAction::trigger);
    connect(m_resetAllButton, &QPushButton::clicked, m_resetAllAction, &QAction::trigger);
    connect(m_value, &QLineEdit::textEdited, this, [this] {
        m_status->clear();
        updateState();
    });
    connect(m_value, &QLineEdit::returnPressed, this, [this] { save(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current); });
    connect(m_view, &QTableView::activated, this, [this] {
        m_value->setFocus(Qt::OtherFocusReason);
        m_value->selectAll();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_key.isEmpty())
            selectParameter(m_key);
    });
    connect(m_model, &RuleParameterModel::loadFailed, this, &RuleParametersPage::statusMessage);
}

void RuleParametersPage::retranslateUi()
{
    m_description->setText(tr("The numbers the certification rules apply. A changed value (bold) applies to every "
                              "check from then on; the change log records who changed it and when."));
    m_valueLabel->setText(tr("Val&ue:"));
    m_saveAction->setText(tr("&Save"));
    m_saveAction->setToolTip(tr("Save the value (Ctrl+S); the change log records it"));
    m_revertAction->setText(tr("&Discard changes"));
    m_revertAction->setToolTip(tr("Show the value in force again"));
    m_resetAction->setText(tr("Reset t&o default"));
    m_resetAction->setToolTip(tr("Store the program's default for this parameter"));
    m_resetAllAction->setText(tr("Reset all to defaults…"));
    m_resetAllAction->setToolTip(tr("Store the program's default for every parameter (asks first)"));
    m_saveButton->setText(m_saveAction->text());
    m_saveButton->setToolTip(m_saveAction->toolTip());
    m_revertButton->setText(m_revertAction->text());
    m_resetButton->setText(m_resetAction->text());
    m_resetButton->setToolTip(m_resetAction->toolTip());
    m_resetAllButton->setText(m_resetAllAction->text());
    m_resetAllButton->setToolTip(m_resetAllAction->toolTip());
    m_model->retranslate();
    // The short columns as wide as their content (with room to spare); the meaning takes the rest.
    const auto *view = static_cast<const QAbstractItemView *>(m_view);
    for (const int column : {int(RuleParameterModel::Section), int(RuleParameterModel::Value), int(RuleParameterModel::Unit),
                             int(RuleParameterModel::Default), int(RuleParameterModel::Rules)})
        m_view->setColumnWidth(column, qMax(view->sizeHintForColumn(column), m_view->horizontalHeader()->sectionSizeHint(column)) + 12);
    m_status->clear();
    if (!m_key.isEmpty() && !isModified())
        showParameter(m_key);   // numbers in the new locale
    updateState();
}

void RuleParametersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RuleParametersPage::setEditable(bool editable, const QString &note)
{
    m_editable = editable;
    m_note->setText(editable ? QString() : note);
    if (!editable && isModified())
        revert();
    updateState();
}

QString RuleParametersPage::valueMessage() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString RuleParametersPage::statusText() const
{
    return m_status->text();
}

QString RuleParametersPage::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

QList<QAction *> RuleParametersPage::editActions() const
{
    return {m_saveAction, m_revertAction, m_resetAction, m_resetAllAction};
}

void RuleParametersPage::selectParameter(const QString &key)
{
    const int row = m_model->rowOf(key);
    m_syncing = true;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, RuleParameterModel::Meaning);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
    m_syncing = false;
    if (row >= 0 && !isModified())
        showParameter(key);
}

void RuleParametersPage::currentRowChanged(const QModelIndex &current)
{
    if (m_syncing || !current.isValid())
        return;
    const QString key = current.data(RuleParameterModel::KeyRole).toString();
    if (key == m_key)
        return;
    if (!maybeSave()) {
        selectParameter(m_key);
        return;
    }
    showParameter(key);
}

void RuleParametersPage::showParameter(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return;
    const ParameterDefinition &d = m_model->definition(row);
    m_key = key;
    m_meaning->setText(d.meaning());
    // A limit of the program itself is read by no rule.
    m_details->setText(d.rules.isEmpty()
                           ? tr("%1 · a limit of the program, used by no rule · allowed %2 to %3 · default %4 · key %5")
                                 .arg(d.sectionText(), d.format(d.minimum), d.format(d.maximum), d.format(d.defaultValue),
                                      d.key)
                           : tr("%1 · rules %2 · allowed %3 to %4 · default %5 · key %6")
                                 .arg(d.sectionText(), d.rules.join(QStringLiteral(", ")), d.format(d.minimum),
                                      d.format(d.maximum), d.format(d.defaultValue), d.key));
    m_unit->setText(d.unitText());
    m_loadedText = d.format(m_model->parameters().value(key));
    m_value->setText(m_loadedText);
    m_status->clear();
    updateState();
}

QString RuleParametersPage::problem() const
{
    const ParameterDefinition *d = ParameterDefinitions::find(m_key);
    if (!d)
        return QString();
    const QString text = m_value->text().trimmed();
    const std::optional<double> value = ParameterDefinition::parse(text);
    if (!value)
        return text.isEmpty() ? tr("Enter a value; the default is %1.").arg(d->format(d->defaultValue))
                              : tr("“%1” is not a number; enter a number such as %2.").arg(text, d->format(d->defaultValue));
    return d->validate(*value);
}

bool RuleParametersPage::isModified() const
{
    return !m_key.isEmpty() && m_value->text().trimmed() != m_loadedText;
}

void RuleParametersPage::updateState()
{
    const bool has = !m_key.isEmpty();
    const bool modified = isModified();
    if (!has) {
        m_meaning->setText(tr("Select a parameter to see what it means and change its value."));
        m_details->clear();
        m_unit->clear();
    }
    const QString message = has ? problem() : QString();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_value->setAccessibleDescription(message);
    m_value->setEnabled(has);
    m_value->setReadOnly(!m_editable);
    const bool isDefault = has && m_model->index(m_model->rowOf(m_key), 0).data(RuleParameterModel::IsDefaultRole).toBool();
    m_saveAction->setEnabled(m_editable && modified);
    m_revertAction->setEnabled(m_editable && modified);
    m_resetAction->setEnabled(m_editable && has && (!isDefault || modified));
    m_resetAllAction->setEnabled(m_editable && m_model->database());
    m_saveButton->setEnabled(m_saveAction->isEnabled());
    m_revertButton->setEnabled(m_revertAction->isEnabled());
    m_resetButton->setEnabled(m_resetAction->isEnabled());
    m_resetAllButton->setEnabled(m_resetAllAction->isEnabled());
    for (QWidget *button : {static_cast<QWidget *>(m_saveButton), static_cast<QWidget *>(m_revertButton),
                            static_cast<QWidget *>(m_resetButton), static_cast<QWidget *>(m_resetAllButton)})
        button->setVisible(m_editable);
    if (modified != m_wasModified) {
        m_wasModified = modified;
        emit modificationChanged(modified);
    }
}

void RuleParametersPage::showStatus(const QString &text, bool isError)
{
    m_status->showText(text, isError);
}

bool RuleParametersPage::save()
{
    if (!m_editable || m_key.isEmpty())
        return false;
    if (!isModified())
        return true;
    const QString message = problem();
    if (!message.isEmpty()) {
        showStatus(tr("Not saved: %1").arg(message), true);
        m_value->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const double value = *ParameterDefinition::parse(m_value->text());
    const WriteResult result = m_model->setValue(m_key, value);
    if (!result) {
        showStatus(result.message, true);
        return false;
    }
    const QString key = m_key;
    m_loadedText = m_value->text().trimmed();   // so that showing the stored value is not blocked
    showParameter(key);
    showStatus(tr("Saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)), false);
    emit statusMessage(tr("“%1” is now %2 %3.").arg(m_meaning->text(), m_value->text(), m_unit->text()));
    return true;
}

void RuleParametersPage::revert()
{
    if (!m_key.isEmpty()) {
        m_value->setText(m_loadedText);
        showParameter(m_key);
    }
}

bool RuleParametersPage::maybeSave()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("The new value of “%1” is not saved yet. Save it?").arg(m_meaning->text()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard:
        revert();
        return true;
    default: return false;
    }
}

void RuleParametersPage::resetToDefault()
{
    if (!m_editable || m_key.isEmpty())
        return;
    const WriteResult result = m_model->resetToDefault(m_key);
    if (!result) {
        showStatus(result.message, true);
        return;
    }
    m_value->setText(m_loadedText);
    showParameter(m_key);
    showStatus(tr("The default is in force again."), false);
}

void RuleParametersPage::resetAll()
{
    if (!m_editable || !maybeSave())
        return;
    QMessageBox box(QMessageBox::Question, tr("Reset all to defaults"),
                    tr("Store the program's default for every rule parameter? Values the body changed are "
                       "replaced; the change log records each change."),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.button(QMessageBox::Yes)->setText(tr("Reset all"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    const WriteResult result = m_model->resetAll();
    if (!result) {
        QMessageBox::warning(this, tr("Reset all to defaults"), result.message);
        return;
    }
    emit statusMessage(tr("Every rule parameter has its default value again."));
}
