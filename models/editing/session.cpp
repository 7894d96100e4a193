#include "session.h"

#include "db/database.h"
#include "edits.h"

#include <QUndoStack>

Session::Session(std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent),
      m_db(std::move(db)),
      m_undoStack(new QUndoStack(this)),
      m_edits(new Edits(*m_db, m_undoStack, this)),
      m_accountName(m_db->changeLog().userName())
{
    connect(m_edits, &Edits::changed, this, &Session::changed);
}

Session::~Session()
{
    emit closing();
    // The steps refer to the database: they go before it.
    m_undoStack->clear();
}

void Session::setUser(const std::optional<User> &user)
{
    if (user == m_user)
        return;
    m_user = user;
    m_db->changeLog().setUserName(user ? user->name : m_accountName);
    emit userChanged();
}
