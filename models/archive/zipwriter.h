#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

// A .zip written with libarchive (deflate), whole or not at all: the entries go to a
// QSaveFile that replaces the target only when close() succeeds, so an interrupted or
// cancelled write leaves no partial file and any earlier file as it was. Each entry's
// SHA-256 and size are kept for the manifest. Entries are written one after another, an
// entry's data in as many pieces as needed (its size need not be known first).
//
// Compressing and hashing run on a thread of their own, fed through a short queue, so that
// the caller prepares the next piece while the last one is compressed; a failure there is
// reported by the next call (and by close()).
class ZipWriter
{
public:
    struct Entry
    {
        QString path;
        qint64 size = 0;
        QByteArray sha256;   // hex
    };

    explicit ZipWriter(const QString &path);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    // False, with errorString(), when the file cannot be created.
    bool open();
    // An entry written in pieces: begin, write …, end.
    bool begin(const QString &path);
    bool write(QByteArray data);
    bool end();
    // A whole entry.
    bool add(const QString &path, const QByteArray &data);
    // Waits until everything written so far is in the file (entries() then holds it);
    // false when something failed.
    bool flush();
    // Finishes the zip and puts it in place; false (and no file) on any earlier failure.
    bool close();
    // Drops everything written: the target stays as it was.
    void cancel();

    // The entries written (complete after close()).
    QList<Entry> entries() const;
    QString errorString() const;

private:
    struct Worker;
    std::unique_ptr<Worker> m_worker;
    QString m_path;
    bool m_inEntry = false;
};
