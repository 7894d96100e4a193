#include "auditors/auditorspage.h"

#include "auditors/auditoreditor.h"
#include "editing/session.h"
#include "itemmodels/auditorlistmodel.h"
#include "repositories/auditorrepository.h"
#include "repositories/parameterrepository.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>

AuditorsPage::AuditorsPage(QWidget *parent) : RecordListPage(new AuditorListModel, new AuditorEditor, parent)
{
    setObjectName(QStringLiteral("auditorsPage"));
    view()->setObjectName(QStringLiteral("auditorTable"));
    splitter()->setObjectName(QStringLiteral("auditorsSplitter"));
    recordEditor()->setObjectName(QStringLiteral("auditorEditor"));
    view()->horizontalHeader()->setStretchLastSection(true);

    m_showInactive = new QCheckBox;
    m_showInactive->setObjectName(QStringLiteral("showInactive"));
    m_expiring = new QCheckBox;
    m_expiring->setObjectName(QStringLiteral("expiring"));
    m_days = new QSpinBox;
    m_days->setObjectName(QStringLiteral("expiringDays"));
    m_days->setRange(0, 3650);
    m_days->setValue(RuleParameters().registrationWarningDays());
    addFilterWidget(m_showInactive);
    addFilterWidget(m_expiring);
    addFilterWidget(m_days);
    connect(m_showInactive, &QCheckBox::toggled, model(), &AuditorListModel::setShowInactive);
    connect(m_expiring, &QCheckBox::toggled, this, &AuditorsPage::updateExpiring);
    connect(m_days, &QSpinBox::valueChanged, this, [this] {
        m_daysFromParameter = false;
        updateExpiring();
    });
    finishBuilding();
}

QString AuditorsPage::title() const { return tr("Auditors"); }

QString AuditorsPage::description() const
{
    return tr("The body's auditors: registrations, competences, continuing education, conflicts of interest");
}

AuditorEditor *AuditorsPage::editor() const { return static_cast<AuditorEditor *>(recordEditor()); }

AuditorListModel *AuditorsPage::model() const { return static_cast<AuditorListModel *>(listModel()); }

QStringList AuditorsPage::recordTables() const { return AuditorRepository::tables(); }

QStringList AuditorsPage::listedTables() const
{
    // The list shows competences and education, and follows scope classes, parameters and clients.
    return AuditorRepository::tables() + AuditorRepository::readTables();
}

RecordListPage::Texts AuditorsPage::texts() const
{
    Texts t;
    t.filterPlaceholder = tr("Filter by name or registration number (Ctrl+F)");
    t.filterToolTip = tr("Every word typed must appear in the Chinese or English name or the registration number.");
    t.newText = tr("&New auditor");
    t.newToolTip = tr("Add an auditor (Ctrl+N)");
    t.deleteToolTip = tr("Delete the selected auditor (only one no other record refers to)");
    t.deleteTitle = tr("Delete auditor");
    t.cannotDelete = tr("“%1” cannot be deleted: other records refer to this auditor (%2).\n\n"
                        "Mark the auditor inactive instead: they are then no longer listed or proposed, "
                        "and the records are kept.");
    t.setAside = tr("Mark inactive");
    t.setAsideStep = tr("Mark auditor “%1” inactive");
    t.setAsideDone = tr("“%1” is marked inactive. Tick “Show inactive” to see them in the list.");
    t.confirmDelete = tr("Delete “%1” with their competences, continuing education and conflict declarations?\n\n"
                         "You can bring them back with Edit → Undo.");
    t.deleteStep = tr("Delete auditor “%1”");
    return t;
}

QString AuditorsPage::rowCountText(int rows) const
{
    // The check boxes beside say which auditors are listed; the count stays short.
    return tr("%Ln auditor(s)", nullptr, rows);
}

std::optional<RecordListPage::Removal> AuditorsPage::removal(Database &db, qint64 id) const
{
    AuditorRepository repository(db);
    const std::optional<Auditor> auditor = repository.load(id);
    if (!auditor)
        return std::nullopt;
    return Removal{auditor->nameZh, repository.dependentRecords(id), !auditor->active};
}

WriteResult AuditorsPage::remove(Database &db, qint64 id) const { return AuditorRepository(db).remove(id); }

WriteResult AuditorsPage::setAside(Database &db, qint64 id) const { return AuditorRepository(db).setActive(id, false); }

qint64 AuditorsPage::storedCount(Database &db) const { return AuditorRepository(db).count(true); }

void AuditorsPage::retranslateOwn()
{
    m_showInactive->setText(tr("Show ina&ctive"));
    m_showInactive->setToolTip(tr("Also list auditors who no longer work for the body"));
    m_expiring->setText(tr("Registration e&xpires within"));
    m_expiring->setToolTip(tr("Only auditors whose registration ends between today and the number of days given"));
    m_days->setSuffix(tr(" days"));
}

void AuditorsPage::sessionChanged()
{
    if (session() && m_daysFromParameter) {
        try {
            const QSignalBlocker blocker(m_days);
            m_days->setValue(ParameterRepository(session()->database()).load().registrationWarningDays());
        } catch (const SqlError &) {
        }
    }
    updateExpiring();
}

void AuditorsPage::updateExpiring()
{
    m_days->setEnabled(m_expiring->isChecked());
    model()->setExpiresWithinDays(m_expiring->isChecked() ? m_days->value() : -1);
    if (m_expiring->isChecked())
        view()->sortByColumn(AuditorListModel::ValidTo, Qt::AscendingOrder);
}
