#include <core/common/canonicaljson.h>
#include <core/common/coretext.h>
#include <core/common/signing.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace cs {

struct SigningKey::Key
{
    EVP_PKEY* pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

SigningKey::SigningKey(std::unique_ptr<Key> key)
    : m_key(std::move(key))
{ }

SigningKey::~SigningKey() = default;
SigningKey::SigningKey(SigningKey&&) noexcept = default;
SigningKey& SigningKey::operator=(SigningKey&&) noexcept = default;

Result<SigningKey> SigningKey::generate()
{
    auto key = std::make_unique<Key>();
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
    const bool made = ctx && EVP_PKEY_keygen_init(ctx) == 1 && EVP_PKEY_keygen(ctx, &key->pkey) == 1;
    EVP_PKEY_CTX_free(ctx);
    if (!made)
        return Error::storage(CoreText::tr("No signing key could be made (OpenSSL's Ed25519 failed)."));
    return SigningKey(std::move(key));
}

Result<SigningKey> SigningKey::fromPrivatePem(const QByteArray& pem)
{
    auto key = std::make_unique<Key>();
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    key->pkey = bio ? PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr) : nullptr;
    BIO_free(bio);
    if (!key->pkey || EVP_PKEY_get_id(key->pkey) != EVP_PKEY_ED25519)
        return Error::invalid(CoreText::tr("The signing key is not an Ed25519 private key in PEM form."));
    return SigningKey(std::move(key));
}

QByteArray SigningKey::privatePem() const
{
    BIO* bio = BIO_new(BIO_s_mem());
    QByteArray out;
    if (bio && PEM_write_bio_PrivateKey(bio, m_key->pkey, nullptr, nullptr, 0, nullptr, nullptr) == 1) {
        char* data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        out = QByteArray(data, int(size));
    }
    BIO_free(bio);
    return out;
}

QByteArray SigningKey::publicKey() const
{
    QByteArray out(32, '\0');
    size_t size = 32;
    if (EVP_PKEY_get_raw_public_key(m_key->pkey, reinterpret_cast<unsigned char*>(out.data()), &size) != 1)
        return {};
    return out.left(int(size));
}

Result<QByteArray> SigningKey::sign(const QByteArray& message) const
{
    QByteArray signature(64, '\0');
    size_t size = 64;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool signedOk = ctx && EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, m_key->pkey) == 1
        && EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(signature.data()), &size,
                          reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size()))
            == 1;
    EVP_MD_CTX_free(ctx);
    if (!signedOk)
        return Error::storage(CoreText::tr("The checkpoint could not be signed (OpenSSL's Ed25519 failed)."));
    return signature.left(int(size));
}

QString SigningKey::keyIdOf(const QByteArray& publicKey)
{
    return sha256Hex(publicKey).left(16);
}

bool SigningKey::verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature)
{
    EVP_PKEY* pkey = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                 reinterpret_cast<const unsigned char*>(publicKey.constData()),
                                                 size_t(publicKey.size()));
    if (!pkey)
        return false;
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool good = ctx && EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, pkey) == 1
        && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(signature.constData()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char*>(message.constData()),
                            size_t(message.size()))
            == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(pkey);
    return good;
}

} // namespace cs
