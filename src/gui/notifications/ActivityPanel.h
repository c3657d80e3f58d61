// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ActivityPanel;
}

namespace fotadesk {

class Notifier;

/// The Activity page: the notifier's entries, newest first (double-click an entry
/// of a campaign to open it), and which campaigns are watched.
class ActivityPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityPanel)

public:
    explicit ActivityPanel(Notifier* notifier, QWidget* parent = nullptr);
    ~ActivityPanel() override;

    [[nodiscard]] QString watchedText() const;

Q_SIGNALS:
    void openCampaignRequested(const QString& campaignId);

private:
    void updateWatched();

    std::unique_ptr<Ui::ActivityPanel> m_ui;
    Notifier* m_notifier;
};

} // namespace fotadesk
