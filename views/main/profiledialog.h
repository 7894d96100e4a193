#pragma once

#include "domain/user.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

// Asks who is working. On a database without user profiles: the name of the first
// profile, which is an administrator (who then adds the others under Settings → Users).
// Otherwise: one of the active profiles, by name and role. The chosen profile's name is
// what the change log records.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    enum Mode { CreateFirst, Choose };
    // Creates the profile; returns "" on success, else what is wrong (shown in place).
    using Creator = std::function<QString(const QString &name)>;

    // CreateFirst: `create` is called on OK. Choose: `users` are offered, `currentId` preselected.
    ProfileDialog(Mode mode, const QList<User> &users, qint64 currentId, const QString &databaseName,
                  QWidget *parent = nullptr);
    void setCreator(Creator create) { m_create = std::move(create); }

    Mode mode() const { return m_mode; }
    QLineEdit *nameEdit() const { return m_name; }
    QListWidget *list() const { return m_list; }
    QString message() const;
    // The chosen profile's id (Choose).
    qint64 chosenId() const;

    void accept() override;

private:
    void updateOk();

    Mode m_mode;
    Creator m_create;
    QLineEdit *m_name = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
