#include "clients/clientdossier.h"

#include "checks/retentioncheck.h"
#include "db/database.h"
#include "itemmodels/applicationlistmodel.h"
#include "repositories/parameterrepository.h"
#include "itemmodels/contractlistmodel.h"
#include "itemmodels/certificatelistmodel.h"
#include "itemmodels/programmelistmodel.h"
#include "itemmodels/reviewlistmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ClientDossier::ClientDossier(QWidget *parent)
    : QWidget(parent), m_applications(new ApplicationListModel(this)), m_reviews(new ReviewListModel(this)),
      m_contracts(new ContractListModel(this)), m_programmes(new ProgrammeListModel(this)), m_programmesHeading(new QLabel(this)),
      m_certificates(new CertificateListModel(this)), m_certificatesHeading(new QLabel(this)),
      m_applicationsHeading(new QLabel(this)), m_reviewsHeading(new QLabel(this)),
      m_contractsHeading(new QLabel(this)), m_new(new QPushButton(this)), m_layout(new QVBoxLayout(this)),
      m_retention(new QLabel(this))
{
    m_retention->setObjectName(QStringLiteral("dossierRetention"));
    m_retention->setWordWrap(true);
    m_retention->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(m_retention);
    m_applications->setStatuses({});
    m_applications->setClient(-1);   // none until a client is shown
    m_reviews->setClient(-1);
    m_contracts->setClient(-1);
    m_programmes->setClient(-1);
    m_certificates->setClient(-1);
    m_applicationView = addList(m_applications, m_applicationsHeading, QStringLiteral("applications"));
    m_applicationView->setObjectName(QStringLiteral("dossierApplications"));
    m_applicationView->setColumnHidden(ApplicationListModel::Client, true);   // it is this client's
    m_reviewView = addList(m_reviews, m_reviewsHeading, QStringLiteral("application_reviews"));
    m_reviewView->setObjectName(QStringLiteral("dossierReviews"));
    m_reviewView->setColumnHidden(ReviewListModel::Client, true);
    m_contractView = addList(m_contracts, m_contractsHeading, QStringLiteral("contracts"));
    m_contractView->setObjectName(QStringLiteral("dossierContracts"));
    m_contractView->setColumnHidden(ContractListModel::Client, true);
    m_programmeView = addList(m_programmes, m_programmesHeading, QStringLiteral("programmes"));
    m_programmeView->setObjectName(QStringLiteral("dossierProgrammes"));
    m_programmeView->setColumnHidden(ProgrammeListModel::Client, true);
    m_certificateView = addList(m_certificates, m_certificatesHeading, QStringLiteral("certificates"));
    m_certificateView->setObjectName(QStringLiteral("dossierCertificates"));
    m_certificateView->setColumnHidden(CertificateListModel::Client, true);
    m_new->setObjectName(QStringLiteral("dossierNewApplication"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch();
    m_layout->addLayout(buttons);
    connect(m_new, &QPushButton::clicked, this, [this] {
        if (m_clientId > 0)
            emit newApplication(m_clientId);
    });
    retranslateUi();
}

QTableView *ClientDossier::addList(RecordListModel *model, QLabel *heading, const QString &table)
{
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *view = new QTableView(this);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    m_layout->addWidget(heading);
    m_layout->addWidget(view, 1);
    connect(view, &QTableView::activated, this, [this, model, table](const QModelIndex &index) {
        if (const qint64 id = model->idAt(index.row()); id > 0)
            emit openRecord(table, id);
    });
    connect(model, &QAbstractItemModel::modelReset, view, [view] { view->resizeColumnsToContents(); });
    return view;
}

void ClientDossier::setDatabase(Database *db)
{
    m_db = db;
    m_applications->setDatabase(db);
    m_reviews->setDatabase(db);
    m_contracts->setDatabase(db);
    m_programmes->setDatabase(db);
    m_certificates->setDatabase(db);
}

void ClientDossier::setClient(qint64 clientId)
{
    m_clientId = clientId;
    const qint64 shown = clientId > 0 ? clientId : -1;
    m_applications->setClient(shown);
    m_reviews->setClient(shown);
    m_contracts->setClient(shown);
    m_programmes->setClient(shown);
    m_certificates->setClient(shown);
    m_new->setEnabled(clientId > 0 && m_new->property("writable").toBool());
    updateRetention();
}

void ClientDossier::setReadOnly(bool readOnly)
{
    m_new->setProperty("writable", !readOnly);
    m_new->setEnabled(!readOnly && m_clientId > 0);
}

void ClientDossier::refresh()
{
    m_applications->refresh();
    m_reviews->refresh();
    m_contracts->refresh();
    m_programmes->refresh();
    m_certificates->refresh();
    updateRetention();
}

int ClientDossier::applicationCount() const { return m_applications->rowCount(); }

int ClientDossier::recordCount() const { return m_applications->rowCount() + m_reviews->rowCount() + m_contracts->rowCount()
                                                  + m_programmes->rowCount() + m_certificates->rowCount(); }

void ClientDossier::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateRetention();   // and retranslateUi()
        m_applications->retranslate();
        m_reviews->retranslate();
        m_contracts->retranslate();
        m_programmes->retranslate();
        m_certificates->retranslate();
    }
    QWidget::changeEvent(event);
}

void ClientDossier::retranslateUi()
{
    m_applicationsHeading->setText(tr("Applications (%1)").arg(m_applications->rowCount()));
    m_reviewsHeading->setText(tr("Reviews (%1)").arg(m_reviews->rowCount()));
    m_contractsHeading->setText(tr("Contracts (%1)").arg(m_contracts->rowCount()));
    m_programmesHeading->setText(tr("Audit programmes (%1)").arg(m_programmes->rowCount()));
    m_certificatesHeading->setText(tr("Certificates (%1)").arg(m_certificates->rowCount()));
    m_new->setText(tr("New application for this client"));
    m_retention->setText(m_retentionText);
}

void ClientDossier::updateRetention()
{
    m_retentionText.clear();
    if (m_db && m_db->isOpen() && m_clientId > 0) {
        try {
            const QList<RetentionCheck::Dossier> dossiers =
                RetentionCheck::dossiers(*m_db, ParameterRepository(*m_db).load(), m_clientId);
            if (!dossiers.isEmpty())
                m_retentionText = RetentionCheck::describe(dossiers.constFirst().keepUntil, QDate::currentDate());
        } catch (const SqlError &e) {
            m_retentionText = tr("The retention date could not be read: %1").arg(e.explanation());
        }
    }
    m_retention->setVisible(!m_retentionText.isEmpty());
    retranslateUi();
}
