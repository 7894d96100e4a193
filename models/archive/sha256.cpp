#include "archive/sha256.h"

#include <openssl/evp.h>

#include <new>

struct Sha256::Context
{
    EVP_MD_CTX *ctx = nullptr;
};

Sha256::Sha256() : m_context(std::make_unique<Context>())
{
    m_context->ctx = EVP_MD_CTX_new();
    if (!m_context->ctx || EVP_DigestInit_ex(m_context->ctx, EVP_sha256(), nullptr) != 1)
        throw std::bad_alloc();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context->ctx);
}

void Sha256::addData(const QByteArray &data)
{
    EVP_DigestUpdate(m_context->ctx, data.constData(), size_t(data.size()));
}

QByteArray Sha256::result()
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context->ctx, reinterpret_cast<unsigned char *>(digest.data()), &length);
    digest.resize(int(length));
    EVP_DigestInit_ex(m_context->ctx, EVP_sha256(), nullptr);
    return digest;
}

QByteArray Sha256::hex(const QByteArray &data)
{
    Sha256 hash;
    hash.addData(data);
    return hash.result().toHex();
}
