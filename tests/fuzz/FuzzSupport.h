// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shared by the fuzz entry points in tests/fuzz/: each FuzzFoo.cpp defines
// LLVMFuzzerTestOneInput and is linked either to libFuzzer (clang, the asan
// preset with FOTADESK_FUZZ) or to FuzzReplayMain.cpp (any compiler: the
// fuzz_replay_* ctests run every committed corpus file through it).

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fotadesk::fuzz {

/// Silences Qt's debug/info/warning output (the code under test may warn on
/// hostile input; printing it slows fuzzing down). qFatal and qCritical still
/// reach stderr.
inline void quietQtMessages()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& text) {
        if (type == QtCriticalMsg || type == QtFatalMsg)
            std::fprintf(stderr, "%s\n", qPrintable(text));
        if (type == QtFatalMsg)
            std::abort();
    });
}

/// A broken invariant: print what and abort, which libFuzzer reports as a
/// crash with the input that caused it (and the replay test as a failure).
[[noreturn]] inline void fail(const char* what, const QString& detail = {})
{
    std::fprintf(stderr, "fuzz invariant broken: %s%s%s\n", what, detail.isEmpty() ? "" : ": ",
                 qPrintable(detail));
    std::abort();
}

inline void check(bool condition, const char* what, const QString& detail = {})
{
    if (!condition)
        fail(what, detail);
}

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

} // namespace fotadesk::fuzz
