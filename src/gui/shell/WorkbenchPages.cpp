// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/shell/WorkbenchPages.h"

#include "gui/campaign/CampaignDetailPage.h"
#include "gui/common/Icons.h"
#include "gui/create/CreateCampaignWizard.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/MainWindow.h"
#include "gui/workbench/CampaignWorkbenchPage.h"

#include <QCoreApplication>

#include <memory>

using namespace Qt::StringLiterals;

namespace fotadesk {

void installWorkbenchPages(MainWindow& window, AppContext& context)
{
    // Both pages are built when first shown (bench/cold_start). Campaigns opened or created
    // before the workbench exists are kept here and listed in it when it is built.
    auto noted = std::make_shared<QList<wire::Campaign>>();
    const auto note = [&window, noted](const wire::Campaign& campaign) {
        if (!window.isPageBuilt(u"workbench"_s)) {
            noted->append(campaign);
            return;
        }
        if (auto* workbench = qobject_cast<CampaignWorkbenchPage*>(window.page(u"workbench"_s)))
            workbench->noteCampaign(campaign);
    };
    window.addPage(u"workbench"_s, QCoreApplication::translate("WorkbenchPages", "Workbench"),
                   Icons::get(u"workbench"_s), [&window, &context, noted] {
                       auto* workbench = new CampaignWorkbenchPage(context);
                       QObject::connect(workbench, &CampaignWorkbenchPage::newCampaignRequested,
                                        &window, &MainWindow::newCampaign);
                       QObject::connect(workbench, &CampaignWorkbenchPage::openCampaignRequested,
                                        &window, &MainWindow::openCampaign);
                       for (const wire::Campaign& campaign : std::as_const(*noted))
                           workbench->noteCampaign(campaign);
                       noted->clear();
                       return workbench;
                   });
    QObject::connect(&window, &MainWindow::campaignPageCreated, &window,
                     [note](CampaignDetailPage* page) {
                         QObject::connect(page, &CampaignDetailPage::campaignLoaded, page, note);
                     });

    window.addPage(u"create"_s, QCoreApplication::translate("WorkbenchPages", "New campaign"),
                   Icons::get(u"new-campaign"_s), [&window, &context, note] {
                       auto* wizard = new CreateCampaignWizard(context);
                       QObject::connect(wizard, &CreateCampaignWizard::campaignCreated, wizard,
                                        note);
                       QObject::connect(wizard, &CreateCampaignWizard::openCampaignRequested,
                                        &window, &MainWindow::openCampaign);
                       return wizard;
                   });
}

} // namespace fotadesk
