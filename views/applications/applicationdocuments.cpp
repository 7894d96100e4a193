// The Documents tab of the application editor: the attached files of D1–D9 (attach with
// its size limit, open with the desktop's viewer, save elsewhere). The rest of the editor is
// in applicationeditor.cpp.

#include "applications/applicationeditor.h"
#include "applications/applicationeditorparts.h"

#include "common/subrecordtable.h"
#include "repositories/applicationrepository.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>

using namespace ApplicationEditorParts;

int ApplicationEditor::selectedDocumentRow() const
{
    const QList<QTableWidgetItem *> items = m_documents->table()->selectedItems();
    return items.isEmpty() ? m_documents->table()->currentRow() : items.first()->row();
}

QString ApplicationEditor::documentFileText(const QStringList &values) const
{
    if (values.value(DocAttachmentId).isEmpty())
        return tr("no file");
    return QStringLiteral("%1 (%2)").arg(values.value(DocFileName), sizeText(values.value(DocSize).toLongLong()));
}

bool ApplicationEditor::attachFile(int row, const QString &path)
{
    Database *db = database();
    if (!db || row < 0 || row >= m_documents->table()->rowCount() || isReadOnly())
        return false;
    const QFileInfo info(path);
    const qint64 limit = qint64(m_parameters.attachmentMaxMiB()) * 1024 * 1024;
    if (info.size() > limit) {
        // Refused before the file is read whole.
        showStatus(tr("“%1” has %2, more than the %3 MiB a document may hold (rule parameter “%4” in Settings); "
                      "nothing was stored.").arg(info.fileName(), sizeText(info.size())).arg(m_parameters.attachmentMaxMiB())
                       .arg(QLatin1String(ParameterKey::AttachmentMaxMiB)), true);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showStatus(tr("“%1” could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    const QByteArray content = file.readAll();
    QString error;
    const std::optional<StoredAttachment> stored = ApplicationRepository(*db).storeAttachment(content, &error);
    if (!stored) {
        showStatus(error, true);
        return false;
    }
    QTableWidget *table = m_documents->table();
    const auto set = [table, row](int column, const QString &text) {
        if (!table->item(row, column))
            table->setItem(row, column, new QTableWidgetItem);
        table->item(row, column)->setText(text);
    };
    set(DocAttachmentId, QString::number(stored->id));
    set(DocSha, stored->sha256);
    set(DocSize, QString::number(stored->size));
    set(DocFileName, info.fileName());
    if (table->item(row, DocReceived) && table->item(row, DocReceived)->text().isEmpty())
        set(DocReceived, QDate::currentDate().toString(Qt::ISODate));
    QStringList values;
    for (int c = 0; c < DocColumns; ++c)
        values << (table->item(row, c) ? table->item(row, c)->text() : QString());
    set(DocFile, documentFileText(values));
    showStatus(tr("“%1” is attached (SHA-256 %2…); save the application to keep it with the document.")
                   .arg(info.fileName(), stored->sha256.left(12)), false);
    return true;
}

std::optional<QByteArray> ApplicationEditor::attachmentOf(int row)
{
    Database *db = database();
    const qint64 id = m_documents->rows().value(row).values.value(DocAttachmentId).toLongLong();
    if (!db || id <= 0)
        return std::nullopt;
    try {
        return ApplicationRepository(*db).attachmentContent(id);
    } catch (const SqlError &e) {
        showStatus(tr("The file could not be read from the database: %1").arg(e.message()), true);
        return std::nullopt;
    }
}

bool ApplicationEditor::saveAttachmentAs(int row, const QString &path)
{
    const std::optional<QByteArray> content = attachmentOf(row);
    if (!content)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size() || !file.commit()) {
        showStatus(tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    showStatus(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void ApplicationEditor::attachToSelected()
{
    const int row = selectedDocumentRow();
    if (row < 0)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file to the document"));
    if (!path.isEmpty())
        attachFile(row, path);
}

void ApplicationEditor::openSelected()
{
    const int row = selectedDocumentRow();
    const std::optional<QByteArray> content = attachmentOf(row);
    if (!content)
        return;
    const QStringList values = m_documents->rows().value(row).values;
    // A copy in the temporary folder, named by its hash so that two files never mix.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/csisms-attachments");
    QDir().mkpath(dir);
    const QString path = QStringLiteral("%1/%2-%3").arg(dir, values.value(DocSha).left(12), QFileInfo(values.value(DocFileName)).fileName());
    if (!saveAttachmentAs(row, path))
        return;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        showStatus(tr("No viewer opened the file; it is at %1.").arg(QDir::toNativeSeparators(path)), true);
}

void ApplicationEditor::saveSelectedAs()
{
    const int row = selectedDocumentRow();
    if (row < 0)
        return;
    const QString name = m_documents->rows().value(row).values.value(DocFileName);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the document's file as"), name);
    if (!path.isEmpty())
        saveAttachmentAs(row, path);
}
