#pragma once

#include <QLocale>
#include <QString>

// What the two source files of ApplicationEditor share (applicationeditor.cpp and the
// Documents tab in applicationdocuments.cpp).
namespace ApplicationEditorParts {

// Columns of the documents table; the last four are hidden and carry the attached file.
enum DocumentColumn { DocKind, DocEntity, DocReceived, DocReference, DocFile, DocAttachmentId, DocSha, DocSize, DocFileName, DocColumns };

inline QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace ApplicationEditorParts
