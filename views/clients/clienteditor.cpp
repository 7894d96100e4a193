#include "clients/clienteditor.h"

#include "editing/edits.h"
#include "editing/session.h"

#include "db/database.h"
#include "domain/creditcode.h"
#include "itemmodels/changehistorymodel.h"
#include "repositories/clientrepository.h"
#include "common/subrecordtable.h"

#include <QAction>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocument>
#include <QStyle>
#include <QTime>

namespace {

enum Tab { DetailsTab, SitesTab, ShiftsTab, EntitiesTab, HistoryTab };

QString headcountText(const std::optional<int> &headcount)
{
    return headcount ? QString::number(*headcount) : QString();
}

// Which tab shows the problems of a field key ("sites[2].name" -> Sites).
int tabOfField(const QString &key)
{
    if (key.startsWith(QLatin1String("sites[")))
        return SitesTab;
    if (key.startsWith(QLatin1String("shifts[")))
        return ShiftsTab;
    if (key.startsWith(QLatin1String("legal_entities[")))
        return EntitiesTab;
    return DetailsTab;
}

// Row of a sub-record field key ("sites[2].name" -> 2), -1 for client fields.
int rowOfField(const QString &key)
{
    const qsizetype open = key.indexOf(u'[');
    const qsizetype close = key.indexOf(u']');
    return open >= 0 && close > open ? key.mid(open + 1, close - open - 1).toInt() : -1;
}

} // namespace

ClientEditor::ClientEditor(QWidget *parent) : RecordEditor(parent)
{
    buildUi();
    retranslateUi();
    closeClient();
}

void ClientEditor::setSession(Session *session)
{
    m_session = session;
    closeClient();
}

void ClientEditor::setRegisterEmpty(bool empty)
{
    if (empty == m_registerEmpty)
        return;
    m_registerEmpty = empty;
    retranslateUi();
}

Database *ClientEditor::database() const
{
    return m_session ? &m_session->database() : nullptr;
}

void ClientEditor::openClient(qint64 id)
{
    std::optional<Client> client;
    if (Database *db = database()) {
        try {
            client = ClientRepository(*db).load(id);
        } catch (const SqlError &e) {
            showStatus(tr("The client could not be read: %1").arg(e.message()), true);
        }
    }
    if (!client) {
        closeClient();
        return;
    }
    load(*client);
}

void ClientEditor::newClient()
{
    load(Client{});
    m_tabs->setCurrentIndex(DetailsTab);
}

void ClientEditor::closeClient()
{
    m_loading = true;
    m_original = Client{};
    m_hasClient = false;
    for (QLineEdit *edit : std::as_const(m_fields))
        edit->clear();
    m_notes->clear();
    m_sites->setRows({});
    m_shifts->setRows({});
    m_entities->setRows({});
    m_history->setClient(nullptr, 0);
    m_loading = false;
    m_stack->setCurrentIndex(0);
    updateState();
}

void ClientEditor::load(const Client &client)
{
    m_loading = true;
    m_original = client;
    m_hasClient = true;
    m_touched.clear();
    m_showAllProblems = client.id > 0;
    m_fields.value(QStringLiteral("name_zh"))->setText(client.nameZh);
    m_fields.value(QStringLiteral("name_en"))->setText(client.nameEn);
    m_fields.value(QStringLiteral("credit_code"))->setText(client.creditCode);
    m_fields.value(QStringLiteral("address"))->setText(client.address);
    m_fields.value(QStringLiteral("legal_representative"))->setText(client.legalRepresentative);
    m_fields.value(QStringLiteral("contact"))->setText(client.contact);
    m_fields.value(QStringLiteral("phone"))->setText(client.phone);
    m_fields.value(QStringLiteral("email"))->setText(client.email);
    m_fields.value(QStringLiteral("headcount"))->setText(headcountText(client.headcount));
    m_notes->setPlainText(client.notes);

    QList<SubRecordRow> rows;
    for (const ClientSite &s : client.sites)
        rows << SubRecordRow{s.id, {s.name, s.address, headcountText(s.headcount)}};
    m_sites->setRows(rows);
    rows.clear();
    for (const ClientShift &s : client.shifts)
        rows << SubRecordRow{s.id, {s.name, s.hours, headcountText(s.headcount)}};
    m_shifts->setRows(rows);
    rows.clear();
    for (const LegalEntity &e : client.legalEntities)
        rows << SubRecordRow{e.id, {e.name, e.creditCode}};
    m_entities->setRows(rows);

    m_history->setClient(database(), client.id);
    m_historyView->resizeRowsToContents();
    m_loading = false;
    m_status->clear();
    m_stack->setCurrentIndex(1);
    updateState();
}

Client ClientEditor::currentClient() const
{
    Client c = m_original;
    if (!m_hasClient)
        return c;
    c.nameZh = m_fields.value(QStringLiteral("name_zh"))->text();
    c.nameEn = m_fields.value(QStringLiteral("name_en"))->text();
    c.creditCode = CreditCode::normalized(m_fields.value(QStringLiteral("credit_code"))->text());
    c.address = m_fields.value(QStringLiteral("address"))->text();
    c.legalRepresentative = m_fields.value(QStringLiteral("legal_representative"))->text();
    c.contact = m_fields.value(QStringLiteral("contact"))->text();
    c.phone = m_fields.value(QStringLiteral("phone"))->text().trimmed();
    c.email = m_fields.value(QStringLiteral("email"))->text().trimmed();
    bool ok = true;
    c.headcount = ClientRules::parseHeadcount(m_fields.value(QStringLiteral("headcount"))->text(), &ok);
    c.notes = m_notes->toPlainText();

    c.sites.clear();
    for (const SubRecordRow &row : m_sites->rows())
        c.sites << ClientSite{row.id, row.values.value(0), row.values.value(1), ClientRules::parseHeadcount(row.values.value(2), &ok)};
    c.shifts.clear();
    for (const SubRecordRow &row : m_shifts->rows())
        c.shifts << ClientShift{row.id, row.values.value(0), row.values.value(1), ClientRules::parseHeadcount(row.values.value(2), &ok)};
    c.legalEntities.clear();
    for (const SubRecordRow &row : m_entities->rows())
        c.legalEntities << LegalEntity{row.id, row.values.value(0), CreditCode::normalized(row.values.value(1))};
    return c;
}

bool ClientEditor::isModified() const
{
    if (!m_hasClient)
        return false;
    if (currentClient() != m_original)
        return true;
    // Text that does not parse as a number does not show in currentClient().
    return m_fields.value(QStringLiteral("headcount"))->text().trimmed() != headcountText(m_original.headcount);
}

QString ClientEditor::displayName() const
{
    const QString name = m_fields.value(QStringLiteral("name_zh"))->text().trimmed();
    if (!name.isEmpty())
        return name;
    return m_original.nameZh.isEmpty() ? tr("new client") : m_original.nameZh;
}

QList<FieldProblem> ClientEditor::currentProblems() const
{
    if (!m_hasClient)
        return {};
    const Client client = currentClient();
    QList<FieldProblem> problems;
    bool checked = false;
    if (Database *db = database()) {
        try {
            problems = ClientRepository(*db).validate(client);
            checked = true;
        } catch (const SqlError &) {
        }
    }
    if (!checked)
        problems = ClientRules::validate(client);

    const QString notANumber = tr("“%1” is not a number of people; enter a whole number such as 120.");
    bool ok = true;
    const QString headcount = m_fields.value(QStringLiteral("headcount"))->text();
    ClientRules::parseHeadcount(headcount, &ok);
    if (!ok)
        problems << FieldProblem{QStringLiteral("headcount"), notANumber.arg(headcount.trimmed())};
    const auto checkRows = [&](SubRecordTable *table, const QString &key, const QString &format) {
        const QList<SubRecordRow> rows = table->rows();
        for (int i = 0; i < rows.size(); ++i) {
            const QString text = rows.at(i).values.value(2);
            ClientRules::parseHeadcount(text, &ok);
            if (!ok)
                problems << FieldProblem{QStringLiteral("%1[%2].headcount").arg(key).arg(i),
                                         format.arg(i + 1).arg(text.trimmed())};
        }
    };
    checkRows(m_sites, QStringLiteral("sites"), tr("Site %1: “%2” is not a number of people; enter a whole number."));
    checkRows(m_shifts, QStringLiteral("shifts"), tr("Shift %1: “%2” is not a number of people; enter a whole number."));
    return problems;
}

void ClientEditor::showProblems(const QList<FieldProblem> &problems)
{
    QHash<QString, QStringList> byField;
    QStringList byTab[EntitiesTab + 1];
    for (const FieldProblem &p : problems) {
        const int tab = tabOfField(p.field);
        if (tab == DetailsTab)
            byField[p.field] << p.message;
        else
            byTab[tab] << p.message;
    }
    for (auto it = m_messages.constBegin(); it != m_messages.constEnd(); ++it) {
        const bool shown = m_showAllProblems || m_touched.contains(it.key());
        const QString text = shown ? byField.value(it.key()).join(u'\n') : QString();
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
        if (QLineEdit *edit = m_fields.value(it.key()))
            edit->setAccessibleDescription(text);
    }
    const QPair<SubRecordTable *, QString> tables[] = {{m_sites, QStringLiteral("sites")},
                                                       {m_shifts, QStringLiteral("shifts")},
                                                       {m_entities, QStringLiteral("legal_entities")}};
    for (int tab = SitesTab; tab <= EntitiesTab; ++tab) {
        const auto &[table, key] = tables[tab - SitesTab];
        const bool shown = m_showAllProblems || m_touched.contains(key);
        table->setProblems(shown ? byTab[tab] : QStringList());
        m_tabs->setTabIcon(tab, shown && !byTab[tab].isEmpty() ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                                               : QIcon());
    }
}

void ClientEditor::fieldEdited(const QString &key)
{
    if (m_loading)
        return;
    m_touched.insert(key);
    if (!m_status->text().isEmpty())
        m_status->clear();
    updateState();
}

void ClientEditor::updateState()
{
    const bool modified = isModified();
    if (m_hasClient) {
        QString title = isNew() ? tr("New client") : m_original.nameZh;
        if (m_original.archived)
            title = tr("%1 (archived)").arg(title);
        if (modified)
            title = tr("%1 — unsaved changes").arg(title);
        m_title->setText(title);
        showProblems(currentProblems());
        for (int tab = DetailsTab; tab <= HistoryTab; ++tab)
            m_tabs->setTabText(tab, tabTitle(tab));
    }
    m_saveAction->setEnabled(m_hasClient && (modified || isNew()));
    m_revertAction->setEnabled(m_hasClient && modified);
    m_saveButton->setEnabled(m_saveAction->isEnabled());
    m_revertButton->setEnabled(m_revertAction->isEnabled());
    if (modified != m_wasModified) {
        m_wasModified = modified;
        emit modificationChanged(modified);
    }
}

bool ClientEditor::save()
{
    if (!m_hasClient)
        return false;
    m_showAllProblems = true;
    const QList<FieldProblem> problems = currentProblems();
    showProblems(problems);
    if (!problems.isEmpty()) {
        showStatus(tr("Not saved: %1").arg(problems.first().message), true);
        focusProblem(problems.first());
        return false;
    }
    if (!isModified() && !isNew())
        return true;
    if (!m_session)
        return false;
    const Client client = currentClient();
    const bool adding = client.id == 0;
    const QString name = client.nameZh.trimmed();
    Session *session = m_session;
    const WriteResult result = m_session->edits().run(
        [adding, name] { return adding ? tr("Add client “%1”").arg(name) : tr("Edit client “%1”").arg(name); },
        [session, client] { return ClientRepository(session->database()).save(client); });
    if (!result) {
        showProblems(result.problems);
        showStatus(result.message, true);
        if (!result.problems.isEmpty())
            focusProblem(result.problems.first());
        return false;
    }
    openClient(result.id);
    showStatus(tr("Saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)), false);
    emit saved(result.id);
    return true;
}

void ClientEditor::revert()
{
    if (!m_hasClient)
        return;
    if (isNew())
        load(Client{});
    else
        openClient(m_original.id);
}

void ClientEditor::focusFirstField()
{
    if (!m_hasClient)
        return;
    m_tabs->setCurrentIndex(DetailsTab);
    QLineEdit *name = m_fields.value(QStringLiteral("name_zh"));
    name->setFocus(Qt::OtherFocusReason);
    name->selectAll();
}

void ClientEditor::focusProblem(const FieldProblem &problem)
{
    const int tab = tabOfField(problem.field);
    m_tabs->setCurrentIndex(tab);
    if (tab == DetailsTab) {
        if (QLineEdit *edit = m_fields.value(problem.field))
            edit->setFocus(Qt::OtherFocusReason);
        return;
    }
    SubRecordTable *table = tab == SitesTab ? m_sites : tab == ShiftsTab ? m_shifts : m_entities;
    const int row = rowOfField(problem.field);
    if (row >= 0) {
        table->table()->setCurrentCell(row, 0);
        table->table()->setFocus(Qt::OtherFocusReason);
    }
}

void ClientEditor::showStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
}

void ClientEditor::clientChanged(qint64 id)
{
    if (!m_hasClient || id != m_original.id)
        return;
    if (!isModified()) {
        openClient(id);
        return;
    }
    // Keep what was typed; only the stored state under it (and the history) follows.
    if (Database *db = database()) {
        try {
            if (const std::optional<Client> stored = ClientRepository(*db).load(id))
                m_original = *stored;
        } catch (const SqlError &) {
        }
    }
    m_history->refresh();
    updateState();
}

void ClientEditor::clientRemoved(qint64 id)
{
    if (m_hasClient && id == m_original.id)
        closeClient();
}

QString ClientEditor::saveQuestion() const
{
    return tr("The client “%1” has changes that are not saved yet. Save them?").arg(displayName());
}
