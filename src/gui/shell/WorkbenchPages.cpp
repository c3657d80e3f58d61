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

using namespace Qt::StringLiterals;

namespace fotadesk {

void installWorkbenchPages(MainWindow& window, AppContext& context)
{
    auto* workbench = new CampaignWorkbenchPage(context);
    window.addPage(u"workbench"_s, QCoreApplication::translate("WorkbenchPages", "Workbench"),
                   Icons::get(u"workbench"_s), workbench);
    QObject::connect(workbench, &CampaignWorkbenchPage::newCampaignRequested, &window,
                     &MainWindow::newCampaign);
    QObject::connect(workbench, &CampaignWorkbenchPage::openCampaignRequested, &window,
                     &MainWindow::openCampaign);
    QObject::connect(&window, &MainWindow::campaignPageCreated, workbench,
                     [workbench](CampaignDetailPage* page) {
                         QObject::connect(page, &CampaignDetailPage::campaignLoaded, workbench,
                                          &CampaignWorkbenchPage::noteCampaign);
                     });

    auto* wizard = new CreateCampaignWizard(context);
    window.addPage(u"create"_s, QCoreApplication::translate("WorkbenchPages", "New campaign"),
                   Icons::get(u"new-campaign"_s), wizard);
    QObject::connect(wizard, &CreateCampaignWizard::campaignCreated, workbench,
                     &CampaignWorkbenchPage::noteCampaign);
    QObject::connect(wizard, &CreateCampaignWizard::openCampaignRequested, &window,
                     &MainWindow::openCampaign);
}

} // namespace fotadesk
