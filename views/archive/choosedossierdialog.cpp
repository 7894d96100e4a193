#include "archive/choosedossierdialog.h"

#include "clients/clientpicker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

ChooseDossierDialog::ChooseDossierDialog(Database *db, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("chooseDossier"));
    setWindowTitle(tr("Export client dossier"));
    auto *layout = new QFormLayout(this);
    auto *about = new QLabel(tr("One client's dossier as an archive bundle: its applications, reviews, contracts, "
                                "programmes, audits, certificates and change log, with the auditors and users they "
                                "refer to. Another CSISMS Desk database (a laptop, the office) imports it with File → "
                                "Import client dossier…"),
                             this);
    about->setWordWrap(true);
    layout->addRow(about);
    m_picker = new ClientPicker(db, this);
    m_picker->setObjectName(QStringLiteral("client"));
    m_picker->setPlaceholderText(tr("Type part of the name, credit code or contact"));
    auto *label = new QLabel(tr("&Client:"), this);
    label->setBuddy(m_picker);
    layout->addRow(label, m_picker);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Export…"));
    m_ok->setEnabled(false);
    connect(m_picker, &ClientPicker::clientChosen, this, [this](qint64 id) { m_ok->setEnabled(id > 0); });
    connect(m_picker, &QLineEdit::textEdited, this, [this] { m_ok->setEnabled(m_picker->clientId() > 0); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
    resize(520, sizeHint().height());
}

qint64 ChooseDossierDialog::clientId() const { return m_picker->clientId(); }
