#include "clients/importclientsdialog.h"

#include "db/database.h"
#include "editing/edits.h"
#include "editing/session.h"
#include "io/clientimport.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

ImportClientsDialog::ImportClientsDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_db(session.database())
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setReadOnly(true);
    m_browseButton = new QPushButton(this);
    connect(m_browseButton, &QPushButton::clicked, this, &ImportClientsDialog::browse);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_problemsView = new QPlainTextEdit(this);
    m_problemsView->setReadOnly(true);
    m_problemsView->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        if (importNow())
            accept();
    });

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_problemsView, 1);
    layout->addWidget(m_buttons);
    resize(720, 440);
    retranslateUi();
    showState();
}

void ImportClientsDialog::browse()
{
    QSettings settings;
    const QString start = settings.value(QStringLiteral("import/lastFolder"), QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import clients"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastFolder"), QFileInfo(path).absolutePath());
    setFile(path);
}

void ImportClientsDialog::setFile(const QString &path)
{
    m_path = path;
    m_problems.clear();
    m_problemCount = 0;
    m_valid = -1;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        QByteArray bytes;
        ImportProblem problem;
        if (!ClientImport::readFile(path, ClientImport::maxFileBytes(m_db), &bytes, &problem)) {
            m_problems << problem.text();
            m_problemCount = 1;
        } else {
            QList<Client> clients;
            const ImportProblems problems = ClientImport::parse(m_db, bytes, &clients);
            m_problems = problems.lines();
            m_problemCount = problems.total;
            if (problems.isEmpty())
                m_valid = int(clients.size());
        }
    } catch (const SqlError &e) {
        m_problems << tr("The file could not be checked against the register: %1").arg(e.explanation());
        m_problemCount = 1;
    }
    QApplication::restoreOverrideCursor();
    showState();
}

QString ImportClientsDialog::problemsText() const { return m_problems.join(u'\n'); }

bool ImportClientsDialog::canImport() const { return m_valid > 0; }

bool ImportClientsDialog::importNow()
{
    if (!canImport())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ImportResult result;
    const QString path = m_path;
    const int count = m_valid;
    Database &db = m_db;
    const WriteResult written = m_session.edits().run(
        [count] { return tr("Import %n client(s)", nullptr, count); },
        [&result, &db, path] {
            result = ClientImport::importFile(db, path);
            return WriteResult{result.ok, 0, result.message, {}};
        });
    QApplication::restoreOverrideCursor();
    if (!written && result.outcome == ImportResult::Rejected && result.problems.isEmpty()) {
        // The write path could not even begin (another program holds the database).
        result.outcome = ImportResult::Failed;
        result.message = written.message;
    }
    switch (result.outcome) {
    case ImportResult::Imported:
        m_imported = result.imported;
        emit imported(result.imported);
        return true;
    case ImportResult::Rejected:
        // The file changed since it was checked, or the register did: show why, nothing was written.
        m_problems = result.problems.lines();
        m_problemCount = result.problems.total;
        m_valid = -1;
        showState();
        return false;
    case ImportResult::Busy:
    case ImportResult::Failed:
        // The file is fine; the database could not take it now. It can be tried again.
        QMessageBox::warning(this, tr("Import clients"), result.message);
        return false;
    }
    return false;
}

void ImportClientsDialog::showState()
{
    m_fileEdit->setText(QDir::toNativeSeparators(m_path));
    m_problemsView->setPlainText(problemsText());
    m_problemsView->setVisible(!m_problems.isEmpty());
    m_importButton->setEnabled(canImport());
    if (m_path.isEmpty())
        m_summary->setText(tr("Choose a file to see what it holds before anything is imported."));
    else if (!m_problems.isEmpty())
        m_summary->setText(tr("%Ln problem(s) found. Nothing will be imported until the file is corrected; "
                              "each line below says where and what.", nullptr, m_problemCount));
    else
        m_summary->setText(tr("%Ln client(s) ready to import. All are written together, or none.", nullptr, m_valid));
}

void ImportClientsDialog::retranslateUi()
{
    setWindowTitle(tr("Import clients"));
    m_intro->setText(tr("A CSV file with a header row naming its columns (keys such as name_zh, credit_code, "
                        "or Chinese names such as 名称, 统一社会信用代码), one client per row, separated by commas, "
                        "semicolons or tabs. UTF-8 and GB18030 (as Chinese Excel saves) are both read."));
    m_browseButton->setText(tr("Choose file…"));
    m_importButton->setText(tr("Import"));
    showState();
}

void ImportClientsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
