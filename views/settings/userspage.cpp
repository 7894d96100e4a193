#include "settings/userspage.h"

#include "common/actionbutton.h"
#include "common/entrypane.h"
#include "common/escapekey.h"

#include "editing/edits.h"

#include "common/columnfitter.h"
#include "db/database.h"
#include "itemmodels/userlistmodel.h"
#include "common/notebar.h"
#include "common/recordform.h"
#include "repositories/auditorrepository.h"
#include "repositories/userrepository.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>

UsersPage::UsersPage(QWidget *parent) : QWidget(parent), m_model(new UserListModel(this))
{
    buildUi();
    retranslateUi();
    showUser(User{});
    m_hasUser = false;
    updateState();
    EscapeKey::install(this, m_view, [this] { return isModified(); }, [this] { revert(); });
}

void UsersPage::buildUi()
{
    m_note = new NoteBar(this);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);

    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WindowShortcut);
    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WindowShortcut);
    m_revertAction = new QAction(this);
    addActions({m_newAction, m_saveAction});
    m_newButton = new ActionButton(m_newAction, this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("userTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);

    const QList<RecordForm::Field> fields{
        {QStringLiteral("name"), RecordForm::Text, 100},
        {QStringLiteral("role"), RecordForm::Choice, 0, 0, 0, 0,
         [] {
             QList<QPair<QVariant, QString>> choices;
             for (UserRole role : UserRules::roles())
                 choices << qMakePair(QVariant(UserRules::roleKey(role)), UserRules::roleLabel(role));
             return choices;
         }},
        {QStringLiteral("auditor_id"), RecordForm::Choice, 0, 0, 0, 0, [this] { return auditorChoices(); }},
        {QStringLiteral("active"), RecordForm::Check},
    };
    auto *entry = new EntryPane(this);
    m_form = new RecordForm(fields, entry);
    entry->setContent(m_form);
    m_title = entry->title();
    m_status = entry->status();
    m_revertButton = entry->revertButton();
    m_saveButton = entry->saveButton();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(entry);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_description, 1);
    top->addWidget(m_newButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_newAction, &QAction::triggered, this, &UsersPage::newUser);
    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    connect(m_revertAction, &QAction::triggered, this, &UsersPage::revert);
    connect(m_saveButton, &QPushButton::clicked, m_saveAction, &QAction::trigger);
    connect(m_revertButton, &QPushButton::clicked, m_revertAction, &QAction::trigger);
    connect(m_form, &RecordForm::edited, this, [this](const QString &key) {
        m_touched.insert(key);
        m_status->clear();
        updateState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        ColumnFitter::fit(m_view, 20);
        if (m_hasUser && m_original.id > 0)
            selectUser(m_original.id);
    });
    connect(m_model, &UserListModel::loadFailed, this, &UsersPage::statusMessage);
}

void UsersPage::retranslateUi()
{
    m_description->setText(tr("Who works with this database. The chosen profile's name is recorded with every change; "
                              "its role decides what the program offers. Profiles are never deleted, only made inactive."));
    m_form->setLabel(QStringLiteral("name"), tr("&Name:"));
    m_form->setLabel(QStringLiteral("role"), tr("R&ole:"));
    m_form->setLabel(QStringLiteral("auditor_id"), tr("Linked a&uditor:"));
    m_form->setLabel(QStringLiteral("active"), tr("A&ctive (offered when choosing a profile)"));
    m_form->setPlaceholder(QStringLiteral("name"), tr("e.g. 李娜"));
    m_form->refreshChoices();
    m_newAction->setText(tr("&New user"));
    m_newAction->setToolTip(tr("Add a user profile (Ctrl+N)"));
    m_saveAction->setText(tr("&Save"));
    m_saveAction->setToolTip(tr("Save the profile (Ctrl+S)"));
    m_revertAction->setText(tr("&Discard changes"));
    m_revertAction->setToolTip(tr("Forget the changes since the last save"));
    m_saveButton->setText(m_saveAction->text());
    m_saveButton->setToolTip(m_saveAction->toolTip());
    m_revertButton->setText(m_revertAction->text());
    m_model->retranslate();
    ColumnFitter::fit(m_view, 20);
    m_status->clear();
    updateState();
}

void UsersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UsersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Profiles and auditors may have been added since (a first profile, Auditors page).
    refresh();
}

void UsersPage::refresh()
{
    if (!isModified()) {
        m_model->refresh();
        m_form->refreshChoices();
        if (m_hasUser)
            m_form->setValues(m_form->values());
    }
}

void UsersPage::setDatabase(Database *db)
{
    m_db = db;
    m_hasUser = false;
    m_original = User{};
    m_model->setDatabase(db);
    m_form->refreshChoices();
    showUser(User{});
    m_hasUser = false;
    updateState();
}

void UsersPage::setEditable(bool editable, const QString &note)
{
    m_editable = editable;
    m_note->setText(editable ? QString() : note);
    m_form->setReadOnly(!editable);
    if (!editable && isModified())
        revert();
    updateState();
}

QString UsersPage::statusText() const { return m_status->text(); }

QString UsersPage::noteText() const { return m_note->isHidden() ? QString() : m_note->text(); }

QList<QAction *> UsersPage::editActions() const { return {m_newAction, m_saveAction, m_revertAction}; }

QList<QPair<QVariant, QString>> UsersPage::auditorChoices() const
{
    QList<QPair<QVariant, QString>> choices{qMakePair(QVariant(qint64(0)), tr("(not an auditor)"))};
    if (!m_db)
        return choices;
    try {
        AuditorListQuery query;
        query.includeInactive = true;
        for (const AuditorListRow &row : AuditorRepository(*m_db).list(query))
            choices << qMakePair(QVariant(row.id), row.registrationNumber.isEmpty()
                                                       ? row.nameZh
                                                       : QStringLiteral("%1 (%2)").arg(row.nameZh, row.registrationNumber));
    } catch (const SqlError &) {
    }
    return choices;
}

void UsersPage::selectUser(qint64 id)
{
    const int row = m_model->rowOf(id);
    m_syncing = true;
    if (row >= 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        m_view->selectionModel()->clear();
    m_syncing = false;
    if (row >= 0 && !isModified())
        showUser(m_model->user(row));
}

void UsersPage::currentRowChanged(const QModelIndex &current)
{
    if (m_syncing || !current.isValid())
        return;
    const qint64 id = m_model->idAt(current.row());
    if (m_hasUser && id == m_original.id)
        return;
    if (!maybeSave()) {
        selectUser(m_original.id);
        return;
    }
    showUser(m_model->user(current.row()));
}

void UsersPage::showUser(const User &user)
{
    m_original = user;
    m_hasUser = true;
    m_showAll = user.id > 0;
    m_touched.clear();
    m_form->setValues({{QStringLiteral("id"), user.id},
                       {QStringLiteral("name"), user.name},
                       {QStringLiteral("role"), UserRules::roleKey(user.role)},
                       {QStringLiteral("auditor_id"), user.auditorId},
                       {QStringLiteral("active"), user.active}});
    m_status->clear();
    updateState();
}

User UsersPage::currentUser() const
{
    const QVariantMap values = m_form->values();
    User user = m_original;
    user.name = values.value(QStringLiteral("name")).toString().trimmed();
    user.role = UserRules::roleFromKey(values.value(QStringLiteral("role")).toString()).value_or(UserRole::Reviewer);
    user.auditorId = values.value(QStringLiteral("auditor_id")).toLongLong();
    user.active = values.value(QStringLiteral("active")).toBool();
    return user;
}

bool UsersPage::isModified() const
{
    return m_hasUser && (currentUser() != m_original || m_form->values().value(QStringLiteral("name")).toString() != m_original.name);
}

QList<FieldProblem> UsersPage::problems() const
{
    if (!m_hasUser)
        return {};
    if (m_db) {
        try {
            return UserRepository(*m_db).validate(currentUser());
        } catch (const SqlError &) {
        }
    }
    return UserRules::validate(currentUser());
}

void UsersPage::updateState()
{
    const bool modified = isModified();
    m_form->setEnabled(m_hasUser);
    if (m_hasUser) {
        QString title = m_original.id == 0 ? tr("New user profile") : m_original.name;
        if (modified)
            title = tr("%1 — unsaved changes").arg(title);
        m_title->setText(title);
        QList<FieldProblem> shown = problems();
        if (!m_showAll)
            shown.removeIf([this](const FieldProblem &p) { return !m_touched.contains(p.field); });
        const QList<FieldProblem> other = m_form->setProblems(shown);
        if (!other.isEmpty() && m_status->text().isEmpty())
            showStatus(other.first().message, true);
    } else {
        m_title->setText(tr("Select a profile to see it here."));
        m_form->setProblems({});
    }
    m_newAction->setEnabled(m_editable && m_db);
    m_newButton->setVisible(m_editable);
    m_saveAction->setEnabled(m_editable && m_hasUser && (modified || m_original.id == 0));
    m_revertAction->setEnabled(m_editable && modified);
    m_saveButton->setEnabled(m_saveAction->isEnabled());
    m_revertButton->setEnabled(m_revertAction->isEnabled());
    m_saveButton->setVisible(m_editable);
    m_revertButton->setVisible(m_editable);
    if (modified != m_wasModified) {
        m_wasModified = modified;
        emit modificationChanged(modified);
    }
}

void UsersPage::showStatus(const QString &text, bool isError)
{
    m_status->showText(text, isError);
}

void UsersPage::newUser()
{
    if (!m_editable || !m_db || !maybeSave())
        return;
    m_syncing = true;
    m_view->selectionModel()->clear();
    m_syncing = false;
    showUser(User{});
    m_showAll = false;
    updateState();
    m_form->focusField(QStringLiteral("name"));
}

bool UsersPage::save()
{
    if (!m_editable || !m_hasUser || !m_db)
        return false;
    m_showAll = true;
    const QList<FieldProblem> found = problems();
    m_form->setProblems(found);
    if (!found.isEmpty()) {
        showStatus(tr("Not saved: %1").arg(found.first().message), true);
        m_form->focusField(found.first().field);
        return false;
    }
    if (!isModified() && m_original.id > 0)
        return true;
    const User user = currentUser();
    Database *db = m_db;
    const bool adding = user.id == 0;
    const WriteResult result = Edits::runOn(
        m_edits,
        [adding, name = user.name] {
            return adding ? tr("Add the user profile “%1”").arg(name) : tr("Edit the user profile “%1”").arg(name);
        },
        [db, user] { return UserRepository(*db).save(user); });
    if (!result) {
        m_form->setProblems(result.problems);
        showStatus(result.message, true);
        return false;
    }
    m_hasUser = false;
    m_model->refresh();
    selectUser(result.id);
    showStatus(tr("Saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)), false);
    emit statusMessage(tr("Saved the user profile “%1”.").arg(user.name));
    emit usersChanged();
    return true;
}

void UsersPage::revert()
{
    if (m_hasUser)
        showUser(m_original);
}

bool UsersPage::maybeSave()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("The user profile “%1” has changes that are not saved yet. Save them?")
                        .arg(m_original.id ? m_original.name : currentUser().name),
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
