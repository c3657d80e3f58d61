// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace fotadesk {

struct AppContext;
class MainWindow;
class ScriptedMessageSeam;

/// Drives a running window (on the demo backend) through every workbench
/// screen and the desktop windows (device list, settings, user guide, About)
/// and saves a PNG of each into a folder: `fotadesk-screenshots
/// DIR` (scripts/screenshots.sh runs it under Xvfb). Steps poll their
/// condition on a timer, so the event loop keeps running throughout.
class ScreenshotDriver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotDriver)

public:
    ScreenshotDriver(MainWindow& window, AppContext& context, ScriptedMessageSeam& messages,
                     QString directory, QObject* parent = nullptr);

    void start();
    [[nodiscard]] QStringList savedFiles() const { return m_saved; }

Q_SIGNALS:
    /// ok false: a step did not complete in time (the error went to stderr).
    void finished(bool ok);

private:
    struct Step
    {
        QString name;
        std::function<void()> enter;
        std::function<bool()> done;
    };

    void buildSteps();
    /// A campaign of the demo history after Verify firmware (for docs/user-guide.md).
    void buildVerifySteps();
    /// Desktop integration: a device list opened on its own, activity log, settings, user
    /// guide, About (for docs/user-guide.md).
    void buildDesktopSteps(const std::function<QStringList()>& devicesOf);
    void tick();
    void shoot(QWidget* widget, const QString& file);

    MainWindow& m_window;
    AppContext& m_context;
    ScriptedMessageSeam& m_messages;
    QString m_directory;
    QList<Step> m_steps;
    QStringList m_saved;
    QTimer m_timer;
    QString m_campaignId;
    int m_index = 0;
    int m_ticks = 0;
    bool m_entered = false;
};

} // namespace fotadesk
