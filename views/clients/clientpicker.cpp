#include "clients/clientpicker.h"

#include "db/database.h"
#include "repositories/clientrepository.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;
} // namespace

ClientPicker::ClientPicker(Database *db, QWidget *parent)
    : QLineEdit(parent), m_db(db), m_completer(new QCompleter(this)), m_matches(new QStandardItemModel(this))
{
    m_completer->setModel(m_matches);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);  // the SQL query filtered
    m_completer->setCompletionRole(kNameRole);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(this);
    // Names and credit codes are long; the field in a table cell is narrow.
    m_completer->popup()->setMinimumWidth(fontMetrics().horizontalAdvance(QChar(0x4E2D)) * 30);
    setClearButtonEnabled(true);
    setPlaceholderText(tr("Type part of a client's name or credit code"));

    connect(this, &QLineEdit::textEdited, this, &ClientPicker::search);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        choose(index.data(kIdRole).toLongLong(), index.data(kNameRole).toString());
    });
}

void ClientPicker::setDatabase(Database *db)
{
    m_db = db;
    m_matches->clear();
}

void ClientPicker::setClient(qint64 id, const QString &name)
{
    m_clientId = id > 0 ? id : 0;
    m_chosenName = m_clientId > 0 ? name : QString();
    setText(m_chosenName);
}

int ClientPicker::matchCount() const
{
    return m_matches->rowCount();
}

void ClientPicker::choose(qint64 id, const QString &name)
{
    m_clientId = id;
    m_chosenName = name;
    setText(name);
    emit clientChosen(id, name);
}

void ClientPicker::search(const QString &text)
{
    // Typing over a chosen client un-chooses it until another one is picked.
    if (text != m_chosenName)
        m_clientId = 0;
    m_matches->clear();
    if (!m_db || text.trimmed().isEmpty())
        return;
    QList<ClientListRow> rows;
    try {
        ClientListQuery query;
        query.filter = text;
        rows = ClientRepository(*m_db).page(query, 0, MaxMatches);
    } catch (const SqlError &) {
        return;   // no suggestions; the field says no client was chosen
    }
    for (const ClientListRow &row : std::as_const(rows)) {
        auto *item = new QStandardItem(row.creditCode.isEmpty() ? row.nameZh
                                                                : QStringLiteral("%1  %2").arg(row.nameZh, row.creditCode));
        item->setData(row.id, kIdRole);
        item->setData(row.nameZh, kNameRole);
        item->setToolTip(row.nameEn);
        m_matches->appendRow(item);
    }
    // Exactly the name of one match: that client, without opening the list.
    if (rows.size() == 1 && rows.constFirst().nameZh == text.trimmed()) {
        m_clientId = rows.constFirst().id;
        m_chosenName = rows.constFirst().nameZh;
    }
    if (!rows.isEmpty())
        m_completer->complete();
}
