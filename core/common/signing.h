#pragma once

#include <QByteArray>
#include <QString>
#include <core/common/result.h>
#include <memory>

namespace cs {

// An Ed25519 key pair through OpenSSL's libcrypto: what signs audit checkpoints. The private half
// travels only as PEM text (a keychain entry or a key file); the public half as 32 raw bytes.
class SigningKey
{
public:
    ~SigningKey();
    SigningKey(SigningKey&&) noexcept;
    SigningKey& operator=(SigningKey&&) noexcept;

    static Result<SigningKey> generate();
    static Result<SigningKey> fromPrivatePem(const QByteArray& pem);

    QByteArray privatePem() const;
    QByteArray publicKey() const; // 32 raw bytes
    QString keyId() const { return keyIdOf(publicKey()); }
    Result<QByteArray> sign(const QByteArray& message) const;

    // A public key's short name: the first 16 hex digits of its SHA-256.
    static QString keyIdOf(const QByteArray& publicKey);
    static bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

private:
    struct Key;
    explicit SigningKey(std::unique_ptr<Key> key);
    std::unique_ptr<Key> m_key;
};

} // namespace cs
