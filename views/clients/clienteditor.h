#pragma once

#include "common/recordeditor.h"
#include "domain/client.h"
#include "repositories/clientrepository.h"

class ClientDossier;
class QPlainTextEdit;

using ClientEditorBase = RecordEditorOf<Client, ClientRepository, &ClientRules::validate>;

// The editor of one client, shown in place below the client list: its fields, its sites,
// shifts and legal entities, its dossier (applications, newest first, opening on their
// page), and the dossier's change history (RecordEditor has the rest:
// validation as you type, saving that can be undone, the prompts about unsaved changes).
class ClientEditor : public ClientEditorBase
{
    Q_OBJECT

public:
    enum Tab { DetailsTab, SitesTab, ShiftsTab, EntitiesTab, ServicesTab, DossierTab, HistoryTab };

    explicit ClientEditor(QWidget *parent = nullptr);

    SubRecordTable *sites() const { return m_sites; }
    ClientDossier *dossier() const { return m_dossier; }

signals:
    // From the dossier: open one of its records on its page, or start an application.
    void openDossierRecord(const QString &table, qint64 id);
    void newApplication(qint64 clientId);

protected:
    Texts texts() const override;
    void retranslateFields() override;
    QString ownTabTitle(int tab) const override;
    QString storedTitle() const override;
    void sessionChanged() override;
    void stateUpdated() override;

    void showFields(const Client &client) override;
    Client readFields(Client client) const override;
    QString nameOf(const Client &client) const override { return client.nameZh; }
    bool modifiedBeyondRecord() const override;
    QList<FieldProblem> fieldProblems(const Client &client) const override;

private:
    QString text(const QString &key) const;
    void setText(const QString &key, const QString &text);

    QPlainTextEdit *m_notes = nullptr;
    SubRecordTable *m_sites = nullptr;
    SubRecordTable *m_shifts = nullptr;
    SubRecordTable *m_services = nullptr;
    SubRecordTable *m_entities = nullptr;
    ClientDossier *m_dossier = nullptr;
};
