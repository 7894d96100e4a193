#include "clients/clientdossier.h"

#include "itemmodels/applicationlistmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ClientDossier::ClientDossier(QWidget *parent)
    : QWidget(parent), m_model(new ApplicationListModel(this)), m_view(new QTableView(this)), m_empty(new QLabel(this)),
      m_new(new QPushButton(this)), m_open(new QPushButton(this))
{
    m_model->setStatuses({});
    m_model->setClient(-1);   // none until a client is shown
    m_view->setObjectName(QStringLiteral("dossierApplications"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnHidden(ApplicationListModel::Client, true);   // it is this client's
    m_view->installEventFilter(this);
    m_new->setObjectName(QStringLiteral("dossierNewApplication"));
    m_open->setObjectName(QStringLiteral("dossierOpenApplication"));
    m_empty->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    connect(m_view, &QTableView::activated, this, &ClientDossier::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &ClientDossier::openCurrent);
    connect(m_new, &QPushButton::clicked, this, [this] {
        if (m_clientId > 0)
            emit newApplication(m_clientId);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_empty->setVisible(m_model->rowCount() == 0);
        m_open->setEnabled(m_model->rowCount() > 0);
        m_view->resizeColumnsToContents();
    });
    retranslateUi();
}

void ClientDossier::setDatabase(Database *db) { m_model->setDatabase(db); }

void ClientDossier::setClient(qint64 clientId)
{
    m_clientId = clientId;
    m_model->setClient(clientId > 0 ? clientId : -1);
    m_new->setEnabled(clientId > 0 && m_new->property("writable").toBool());
}

void ClientDossier::setReadOnly(bool readOnly)
{
    m_new->setProperty("writable", !readOnly);
    m_new->setEnabled(!readOnly && m_clientId > 0);
}

void ClientDossier::refresh() { m_model->refresh(); }

int ClientDossier::applicationCount() const { return m_model->rowCount(); }

void ClientDossier::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = m_model->idAt(current.isValid() ? current.row() : 0);
    if (id > 0)
        emit openApplication(id);
}

void ClientDossier::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void ClientDossier::retranslateUi()
{
    m_new->setText(tr("New application for this client"));
    m_open->setText(tr("Open on the Applications page"));
    m_empty->setText(tr("No applications yet. Record the client's application with the button below."));
}
