// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

namespace fotadesk::sim {

/// What one HTTP connection of fotasim may cost (docs/fotasim.md, "HTTP
/// connections and limits"). Even on loopback a server needs them: without,
/// twenty 10 MB bodies took 227 MB and a request that never ended held its
/// connection for ever.
struct HttpLimits
{
    /// Request line (method, target, version): longer answers 414.
    qsizetype maxRequestLineBytes = 8 * 1024;
    /// Request line and all header lines together (also the trailers of a
    /// chunked body): more answers 431, never a request with headers missing.
    qsizetype maxHeaderBytes = 32 * 1024;
    /// Request body: more answers 413 (as soon as Content-Length says so).
    /// The largest legal call, a campaign of 100,000 devices, is about 2 MB.
    qsizetype maxBodyBytes = 4 * 1024 * 1024;
    /// From the first byte of a request until its last: later answers 408
    /// and closes (a slow or stalled client, a Content-Length larger than
    /// what arrives).
    int requestTimeoutMs = 10'000;
    /// A connection without a request in progress (new, or kept alive after
    /// an answer) is closed, without an answer, after this long.
    int idleTimeoutMs = 30'000;
    /// After an answer that closes the connection, the rest of what the
    /// client still sends is read and discarded for at most this long, so
    /// that the answer (e.g. a 413) is not lost to a reset.
    int lingerMs = 2'000;
};

} // namespace fotadesk::sim
