// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <functional>
#include <memory>

class QTimer;

namespace fotadesk {

/// The seam for "call me back in N ms": QtSingleShotTimer in the app, a hand-driven fake in
/// tests (so that no test waits on real time).
class SingleShotTimer
{
public:
    virtual ~SingleShotTimer() = default;
    /// (Re)starts: `callback` runs once after `ms` unless stop() or start() comes first.
    virtual void start(int ms, std::function<void()> callback) = 0;
    virtual void stop() = 0;
    [[nodiscard]] virtual bool isActive() const = 0;
};

/// A SingleShotTimer on a QTimer (the calling thread's event loop).
class QtSingleShotTimer final : public SingleShotTimer
{
public:
    QtSingleShotTimer();
    ~QtSingleShotTimer() override;
    QtSingleShotTimer(const QtSingleShotTimer&) = delete;
    QtSingleShotTimer& operator=(const QtSingleShotTimer&) = delete;

    void start(int ms, std::function<void()> callback) override;
    void stop() override;
    [[nodiscard]] bool isActive() const override;

private:
    std::unique_ptr<QTimer> m_timer;
    std::function<void()> m_callback;
};

} // namespace fotadesk
