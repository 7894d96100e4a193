#pragma once

#include <QByteArray>

#include <memory>

// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA instructions: the
// archive bundles hash every byte they hold (a gigabyte for a large database), and
// QCryptographicHash (Qt 6.4's own code) hashes about ten times slower.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(const QByteArray &data);
    // The digest (32 bytes); the hash starts again afterwards.
    QByteArray result();
    // The digest of `data` in hex, as the manifests hold it.
    static QByteArray hex(const QByteArray &data);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};
