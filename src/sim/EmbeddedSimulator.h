// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sim/SimOptions.h"

#include <QString>

#include <memory>

class QThread;
class QObject;

namespace fotadesk::sim {

class SimServer;

/// A fotasim inside the calling process: a SimServer with demo data on its own
/// QThread, listening on 127.0.0.1 (a free port). fotadesk's Demo environment
/// and `fotactl --demo` use it:
///
///     EmbeddedSimulator sim;
///     if (!sim.start(&error)) ...
///     client.setBaseUrl(sim.baseUrl()); // http://127.0.0.1:PORT/api
///
/// The destructor stops the server and joins the thread.
class EmbeddedSimulator final
{
public:
    explicit EmbeddedSimulator(SimOptions options = {});
    ~EmbeddedSimulator();
    EmbeddedSimulator(const EmbeddedSimulator&) = delete;
    EmbeddedSimulator& operator=(const EmbeddedSimulator&) = delete;

    /// Starts the thread and waits until the server listens. False with *error
    /// when it cannot (e.g. a corrupt --state file).
    bool start(QString* error = nullptr);
    /// The same, but returns as soon as the server listens: the demo data is made on the
    /// simulator's thread when prepare() is called or, at the latest, before the first request
    /// is answered (fotadesk maps its window first and then calls prepare(); bench/cold_start).
    bool startListening(QString* error = nullptr);
    /// Makes the demo data now on the simulator's thread (returns at once; no-op when made).
    void prepare();
    /// Stops the server (saving --state) and joins the thread. Idempotent.
    void stop();

    [[nodiscard]] bool isRunning() const { return m_port != 0; }
    /// "http://127.0.0.1:PORT/api" once started, empty before.
    [[nodiscard]] QString baseUrl() const;
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] const SimOptions& options() const { return m_options; }

private:
    bool start(bool withData, QString* error);

    SimOptions m_options;
    std::unique_ptr<QThread> m_thread;
    QObject* m_anchor = nullptr;   ///< lives in m_thread: the context of queued calls
    SimServer* m_server = nullptr; ///< owned by m_thread's side
    quint16 m_port = 0;
};

} // namespace fotadesk::sim
