// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/KeychainSecretStore.h"

#include "store/StoreLog.h"

#include <QCoreApplication>
#include <QTimer>

#ifdef FOTADESK_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif
#if defined(FOTADESK_HAVE_QTKEYCHAIN) && defined(FOTADESK_HAVE_QTDBUS)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#endif

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::KeychainSecretStore)
};

#ifdef FOTADESK_HAVE_QTKEYCHAIN
SecretResult resultOf(QKeychain::Job* job)
{
    SecretResult r;
    switch (job->error()) {
    case QKeychain::NoError:
        r.status = SecretResult::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        r.status = SecretResult::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.status = SecretResult::Status::NoService;
        break;
    case QKeychain::OtherError:
        // No Secret Service on the session bus shows up as a D-Bus error.
        r.status = job->errorString().contains(u"org.freedesktop"_s) ||
                           job->errorString().contains(u"D-Bus"_s, Qt::CaseInsensitive) ||
                           job->errorString().contains(u"DBus"_s, Qt::CaseInsensitive)
                       ? SecretResult::Status::NoService
                       : SecretResult::Status::Failed;
        break;
    default:
        r.status = SecretResult::Status::Failed;
        break;
    }
    if (r.status != SecretResult::Status::Ok && r.status != SecretResult::Status::NotFound)
        r.error = Tr::tr("The keychain said: %1").arg(job->errorString());
    return r;
}

/// Linux: is there a Secret Service (GNOME keyring, KeePassXC, ...) or KWallet on the session
/// bus, running or activatable? Without one QtKeychain only answers "Unknown error".
bool keychainServiceExists()
{
#if defined(FOTADESK_HAVE_QTDBUS)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusConnectionInterface* iface = bus.interface();
    if (!iface)
        return false;
    const QStringList services{u"org.freedesktop.secrets"_s, u"org.kde.kwalletd5"_s,
                               u"org.kde.kwalletd6"_s, u"org.kde.kwalletd"_s};
    const QDBusReply<QStringList> activatable = iface->activatableServiceNames();
    for (const QString& service : services) {
        const QDBusReply<bool> registered = iface->isServiceRegistered(service);
        if ((registered.isValid() && registered.value()) ||
            (activatable.isValid() && activatable.value().contains(service)))
            return true;
    }
    return false;
#else
    return true; // macOS, Windows: the keychain is part of the system
#endif
}

template <typename JobT> void prepare(JobT* job, const QString& key)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(key);
}
#endif

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::name() const
{
#ifdef Q_OS_MACOS
    return Tr::tr("the macOS keychain");
#elif defined(Q_OS_WIN)
    return Tr::tr("the Windows Credential Manager");
#else
    return Tr::tr("the desktop keyring (Secret Service)");
#endif
}

#ifdef FOTADESK_HAVE_QTKEYCHAIN

bool KeychainSecretStore::hasService()
{
    if (!m_serviceChecked) {
        m_serviceExists = keychainServiceExists();
        m_serviceChecked = true;
    }
    return m_serviceExists;
}

bool KeychainSecretStore::noService(Done& done)
{
    if (hasService())
        return false;
    QTimer::singleShot(0, this, [done = std::move(done)] {
        done({SecretResult::Status::NoService,
              {},
              Tr::tr("No keychain service (Secret Service or KWallet) runs in this session.")});
    });
    return true;
}

void KeychainSecretStore::read(const QString& key, Done done)
{
    if (noService(done))
        return;
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    prepare(job, key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* j) {
        SecretResult r = resultOf(j);
        if (r.status == SecretResult::Status::Ok)
            r.value = static_cast<QKeychain::ReadPasswordJob*>(j)->textData();
        done(r);
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QString& secret, Done done)
{
    if (noService(done))
        return;
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    prepare(job, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job* j) { done(resultOf(j)); });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, Done done)
{
    if (noService(done))
        return;
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    prepare(job, key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* j) {
        SecretResult r = resultOf(j);
        if (r.status == SecretResult::Status::NotFound)
            r.status = SecretResult::Status::Ok; // gone is gone
        done(r);
    });
    job->start();
}

#else

namespace {
void answerNoService(QObject* context, SecretStore::Done done)
{
    QTimer::singleShot(0, context, [done = std::move(done)] {
        done({SecretResult::Status::NoService,
              {},
              Tr::tr("FotaDesk was built without keychain support (QtKeychain).")});
    });
}
} // namespace

bool KeychainSecretStore::hasService()
{
    return false; // built without QtKeychain
}

void KeychainSecretStore::read(const QString&, Done done)
{
    answerNoService(this, std::move(done));
}

void KeychainSecretStore::write(const QString&, const QString&, Done done)
{
    answerNoService(this, std::move(done));
}

void KeychainSecretStore::remove(const QString&, Done done)
{
    answerNoService(this, std::move(done));
}

#endif

} // namespace fotadesk
