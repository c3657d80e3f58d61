// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiJob.h"
#include "api/wire/WireTypes.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace fotadesk {

class FotaClient;
class HttpJob;

/// Looks up a whole device list in the account's inventory: POST /devices/{acc} in chunks of
/// at most 1,000 IMEIs, several at once (default: 6, the connections Qt opens to one host),
/// each through the client (so with its retries). progress() after every chunk; cancel()
/// stops every request. A chunk that still fails finishes the lookup with its error (a check
/// on part of the list would say "ready" for devices it never saw). On success found() holds
/// the devices the account has, by IMEI; the others are absent (not in this account). A
/// device the answer lists with nothing but a reason counts as absent too (the contract leaves
/// that case open).
class DeviceLookup final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceLookup)

public:
    static constexpr int MaxChunk = 1000;
    static constexpr int DefaultConcurrency = 6;

    DeviceLookup(FotaClient* client, QStringList deviceIds, QObject* parent = nullptr);
    ~DeviceLookup() override;

    void setChunkSize(int devices);
    void setMaxConcurrent(int requests);
    [[nodiscard]] int chunkCount() const;
    [[nodiscard]] const QStringList& deviceIds() const { return m_deviceIds; }
    [[nodiscard]] qint64 devicesDone() const { return m_devicesDone; }
    [[nodiscard]] int runningRequests() const;
    [[nodiscard]] int maxRunningSeen() const { return m_maxRunningSeen; }
    [[nodiscard]] const QHash<QString, wire::InventoryDevice>& found() const { return m_found; }
    /// Hands one device's answer over (and forgets it): a caller that consumes the answers
    /// chunk by chunk (chunkDone) keeps the lookup from holding, and later freeing in one go,
    /// every device of a large list. nullopt: not found (or already taken).
    std::optional<wire::InventoryDevice> takeFound(const QString& deviceId);

    /// Whether an answer's entry carries the device's facts (not just an id and a reason).
    static bool hasFacts(const wire::InventoryDevice& device);

Q_SIGNALS:
    /// The devices deviceIds()[first, first + count) have their answer in found() (chunks
    /// finish in any order); emitted before progress().
    void chunkDone(qsizetype first, qsizetype count);
    void progress(qint64 devicesDone, qint64 devicesTotal);

protected:
    void run() override;
    void abort() override;

private:
    void schedule();
    void onChunkFinished(int index, HttpJob* job);

    FotaClient* m_client;
    QStringList m_deviceIds;
    int m_chunkSize = MaxChunk;
    int m_maxConcurrent = DefaultConcurrency;
    int m_nextChunk = 0;
    int m_chunksDone = 0;
    int m_maxRunningSeen = 0;
    qint64 m_devicesDone = 0;
    QList<QPointer<HttpJob>> m_running;
    QHash<QString, wire::InventoryDevice> m_found;
};

} // namespace fotadesk
