// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/wire/WireTypes.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CampaignWorkbenchPage;
}

namespace fotadesk {

struct AppContext;

/// The "workbench" page: start a new campaign, open one by id, and the
/// campaigns created or opened in this session.
class CampaignWorkbenchPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignWorkbenchPage)

public:
    explicit CampaignWorkbenchPage(AppContext& context, QWidget* parent = nullptr);
    ~CampaignWorkbenchPage() override;

    /// The ids listed under "Campaigns of this session", newest first.
    [[nodiscard]] QStringList recentCampaignIds() const;

public Q_SLOTS:
    /// Lists (or moves to the top) a campaign created or opened in this session.
    void noteCampaign(const fotadesk::wire::Campaign& campaign);

Q_SIGNALS:
    void newCampaignRequested();
    void openCampaignRequested(const QString& campaignId);

private:
    void openTyped();

    std::unique_ptr<Ui::CampaignWorkbenchPage> m_ui;
    AppContext& m_context;
};

} // namespace fotadesk
