#include <QFile>
#include <QFileInfo>
#include <core/audit/checkpointkeyfile.h>
#include <core/common/coretext.h>

namespace cs {

Result<SigningKey> loadOrCreateKeyFile(const QString& path, bool* created)
{
    if (created)
        *created = false;
    QFile file(path);
    if (!file.exists()) {
        auto key = SigningKey::generate();
        CS_TRY(key);
        // Created with its final mode: the key is never readable by others, not even for a moment.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error::storage(
                CoreText::tr("The signing key file %1 could not be created: %2.").arg(path, file.errorString()));
        const QByteArray pem = key->privatePem();
        if (file.write(pem) != pem.size() || !file.flush())
            return Error::storage(
                CoreText::tr("The signing key file %1 could not be written: %2.").arg(path, file.errorString()));
        file.close();
        if (created)
            *created = true;
        return key;
    }
    const QFileDevice::Permissions others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (QFileInfo(path).permissions() & others)
        return Error::forbidden(CoreText::tr("The signing key file %1 can be read or written by other accounts; "
                                             "make it its owner's alone (chmod 600).")
                                    .arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(
            CoreText::tr("The signing key file %1 could not be read: %2.").arg(path, file.errorString()));
    return SigningKey::fromPrivatePem(file.readAll());
}

} // namespace cs
