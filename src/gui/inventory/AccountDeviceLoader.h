// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/wire/WireTypes.h"
#include "gui/common/SliceQueue.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace fotadesk {

class AccountDeviceModel;
class AccountDevicePager;
class FotaClient;

/// Reads the account's inventory into an AccountDeviceModel without freezing the window: one
/// AccountDevicePager per protocol (GET /devices/{acc}?protocol=…, the listing is per
/// protocol), one after the other, each page appended in slices of at most sliceRows() rows,
/// one slice per turn of the event loop (100,000 devices are a few hundred short turns).
///
/// progress() counts the devices appended (the listing states no total). finished() comes
/// once: after the last protocol's last page is in the model, on the first error (the rows
/// appended stay) or after cancel() (what was not appended yet is dropped).
class AccountDeviceLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDeviceLoader)

public:
    /// The ?protocol= filters read by default: LWM2M, OMD-DM, HTTP (devices of protocol NONE
    /// are in no listing).
    static QStringList defaultProtocols();

    explicit AccountDeviceLoader(FotaClient* client, QObject* parent = nullptr);
    ~AccountDeviceLoader() override;

    void setProtocols(const QStringList& protocols) { m_protocols = protocols; }
    [[nodiscard]] const QStringList& protocols() const { return m_protocols; }
    /// Rows appended per event-loop turn (default 250: a few ms with a sorted, filtered view).
    void setSliceRows(int rows) { m_queue.setSliceRows(rows); }

    /// Starts reading into `model` (appends; clear it first). A running load is cancelled.
    void load(AccountDeviceModel* model);
    void cancel();

    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] qint64 appended() const { return m_queue.appended(); }
    [[nodiscard]] int pages() const { return m_pages; }
    /// The protocol being read now (empty when not loading).
    [[nodiscard]] QString currentProtocol() const;
    [[nodiscard]] const std::optional<ApiError>& error() const { return m_error; }
    /// The longest slice of the last load in ms (the loader's share of a GUI stall).
    [[nodiscard]] double longestSliceMs() const { return m_queue.longestSliceMs(); }

Q_SIGNALS:
    void progress(qint64 appended);
    /// `ok` false: error() says why (Cancelled after cancel()).
    void finished(bool ok);

private:
    void startProtocol();
    void drainSlice();
    void maybeFinish();

    FotaClient* m_client;
    QStringList m_protocols;
    QPointer<AccountDeviceModel> m_model;
    QPointer<AccountDevicePager> m_pager;
    SliceQueue<wire::AccountDevice> m_queue{250};
    QTimer m_drain;
    QElapsedTimer m_elapsed;
    std::optional<ApiError> m_error;
    int m_pages = 0;
    int m_protocolIndex = 0;
    bool m_loading = false;
    bool m_pagerDone = false; ///< every protocol read (or failed / cancelled)
};

} // namespace fotadesk
