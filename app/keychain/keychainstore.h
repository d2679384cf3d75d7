#pragma once

#include <core/execution/credentialstore.h>
#include <optional>

namespace cs {

// The OS keychain (Secret Service on Linux) through QtKeychain. The insecure fallback stays
// off: without a keychain, reading and writing fail with a message that says so, and nothing
// is ever written to a file instead.
class KeychainStore final : public CredentialStore
{
public:
    // retryOnce: wait briefly and try again when no keychain answers -- right for a desktop session,
    // whose Secret Service may start after the client; a command-line run should not wait.
    explicit KeychainStore(QString service = QStringLiteral("org.countersign.Countersign"), bool retryOnce = false);

    Result<QString> read(const QString& key) override;
    Status write(const QString& key, const QString& secret) override;
    Status remove(const QString& key) override;
    // Asks the keychain once (a read of a key nobody writes); the answer is kept.
    bool canRemember() override;

private:
    QString m_service;
    bool m_retryOnce;
    std::optional<bool> m_available;
};

} // namespace cs
