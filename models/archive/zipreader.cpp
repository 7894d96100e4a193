#include "zipreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ZipReader", text); }

constexpr qint64 kPiece = 1 << 20;

} // namespace

ZipReader::ZipReader(const QString &path, qint64 maxEntryBytes) : m_path(path), m_maxEntryBytes(maxEntryBytes) {}

ZipReader::~ZipReader()
{
    if (m_archive)
        archive_read_free(m_archive);
}

bool ZipReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

QString ZipReader::pathProblem(const QString &path)
{
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (path.isEmpty())
        return tr("an entry has no name");
    if (path.startsWith(u'/') || drive.match(path).hasMatch())
        return tr("the entry “%1” has an absolute path").arg(path);
    if (path.contains(u'\\'))
        return tr("the entry “%1” has a backslash in its path").arg(path);
    for (const QString &part : path.split(u'/'))
        if (part == QLatin1String("..") || part == QLatin1String(".") || part.isEmpty())
            return tr("the entry “%1” leaves its folder or has an empty part").arg(path);
    for (const QChar c : path)
        if (c.unicode() < 0x20)
            return tr("the entry “%1” has a control character in its name").arg(path);
    return {};
}

bool ZipReader::forEach(const std::function<bool(const Entry &, const ReadPiece &)> &entry)
{
    m_archive = archive_read_new();
    archive_read_support_format_zip_seekable(m_archive);
    if (archive_read_open_filename(m_archive, QFile::encodeName(m_path).constData(), 1 << 16) != ARCHIVE_OK)
        return fail(tr("%1 is not a zip file that can be read: %2")
                        .arg(QDir::toNativeSeparators(m_path), QString::fromLocal8Bit(archive_error_string(m_archive))));
    QSet<QString> seen;
    for (;;) {
        archive_entry *header = nullptr;
        const int status = archive_read_next_header(m_archive, &header);
        if (status == ARCHIVE_EOF)
            return true;
        if (status != ARCHIVE_OK && status != ARCHIVE_WARN)
            return fail(tr("The zip file is damaged or cut short: %1").arg(QString::fromLocal8Bit(archive_error_string(m_archive))));
        const char *utf8 = archive_entry_pathname_utf8(header);
        const QString path = utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(archive_entry_pathname(header));
        if (const QString problem = pathProblem(path); !problem.isEmpty())
            return fail(tr("The zip file is refused: %1.").arg(problem));
        if (archive_entry_filetype(header) != AE_IFREG)
            return fail(tr("The zip file is refused: the entry “%1” is not a plain file (a link or a folder).").arg(path));
        if (seen.contains(path))
            return fail(tr("The zip file is refused: it holds “%1” twice.").arg(path));
        seen.insert(path);
        Entry e{path, archive_entry_size_is_set(header) ? qint64(archive_entry_size(header)) : -1};
        const qint64 limit = e.declaredSize >= 0 ? std::min(e.declaredSize, m_maxEntryBytes) : m_maxEntryBytes;
        qint64 read = 0;
        bool broken = false;
        const ReadPiece piece = [&]() -> QByteArray {
            if (broken)
                return {};
            QByteArray buffer(kPiece, Qt::Uninitialized);
            const la_ssize_t n = archive_read_data(m_archive, buffer.data(), size_t(buffer.size()));
            if (n < 0) {
                broken = true;
                fail(tr("The entry “%1” is damaged: %2").arg(path, QString::fromLocal8Bit(archive_error_string(m_archive))));
                return {};
            }
            read += n;
            if (read > limit) {
                broken = true;
                fail(tr("The zip file is refused: the entry “%1” holds more than its %2 bytes (a zip bomb?).")
                         .arg(path)
                         .arg(limit));
                return {};
            }
            buffer.truncate(n);
            return buffer;
        };
        if (!entry(e, piece))
            return fail(tr("The zip file was not read to its end."));
        if (broken)
            return false;
    }
}
