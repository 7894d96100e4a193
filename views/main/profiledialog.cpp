#include "main/profiledialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ProfileDialog::ProfileDialog(Mode mode, const QList<User> &users, qint64 currentId, const QString &databaseName,
                             QWidget *parent)
    : QDialog(parent), m_mode(mode)
{
    setObjectName(QStringLiteral("profileDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    if (mode == CreateFirst) {
        setWindowTitle(tr("Create the first user profile"));
        intro->setText(tr("%1 has no user profiles yet. Every change is recorded with the name of the profile at "
                          "work, so enter yours. The first profile is an administrator: it can add the others "
                          "under Settings → Users.").arg(databaseName));
        auto *label = new QLabel(tr("Your &name:"), this);
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("name"));
        m_name->setMaxLength(100);
        m_name->setPlaceholderText(tr("e.g. 陈静"));
        label->setBuddy(m_name);
        layout->addWidget(label);
        layout->addWidget(m_name);
        connect(m_name, &QLineEdit::textChanged, this, [this] {
            m_message->hide();
            updateOk();
        });
    } else {
        setWindowTitle(tr("Choose your user profile"));
        intro->setText(tr("Who is working with %1? Your name is recorded with every change you make, and your role "
                          "decides what the program offers. Not listed? An administrator adds profiles under "
                          "Settings → Users.").arg(databaseName));
        m_list = new QListWidget(this);
        m_list->setObjectName(QStringLiteral("profiles"));
        for (const User &user : users) {
            auto *item = new QListWidgetItem(tr("%1 (%2)").arg(user.name, UserRules::roleLabel(user.role)), m_list);
            item->setData(Qt::UserRole, user.id);
            if (user.id == currentId)
                m_list->setCurrentItem(item);
        }
        if (!m_list->currentItem() && m_list->count() > 0)
            m_list->setCurrentRow(0);
        // As tall as the profiles (up to eight; more scroll).
        const int rowHeight = qMax(m_list->sizeHintForRow(0), m_list->fontMetrics().height() + 4);
        m_list->setFixedHeight(rowHeight * qBound(3, int(m_list->count()), 8) + 2 * m_list->frameWidth() + 4);
        layout->addWidget(m_list, 1);
        connect(m_list, &QListWidget::itemActivated, this, [this] { accept(); });
        connect(m_list, &QListWidget::currentRowChanged, this, &ProfileDialog::updateOk);
    }
    layout->addWidget(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    setMinimumWidth(fontMetrics().horizontalAdvance(QChar(0x4E2D)) * 28);
    updateOk();
}

QString ProfileDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

qint64 ProfileDialog::chosenId() const
{
    return m_list && m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
}

void ProfileDialog::updateOk()
{
    const bool ok = m_mode == CreateFirst ? !m_name->text().trimmed().isEmpty() : chosenId() > 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void ProfileDialog::accept()
{
    if (m_mode == CreateFirst) {
        const QList<FieldProblem> problems = UserRules::validate(User{0, m_name->text(), UserRole::Administrator, true, 0});
        QString problem = problems.isEmpty() ? QString() : problems.first().message;
        if (problem.isEmpty() && m_create)
            problem = m_create(m_name->text().trimmed());
        if (!problem.isEmpty()) {
            m_message->setText(problem);
            m_message->show();
            m_name->setFocus();
            return;
        }
    } else if (chosenId() <= 0) {
        return;
    }
    QDialog::accept();
}
