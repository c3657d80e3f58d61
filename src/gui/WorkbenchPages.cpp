#include "gui/WorkbenchPages.h"

#include "gui/AppContext.h"
#include "gui/CampaignDetailPage.h"
#include "gui/CampaignWorkbenchPage.h"
#include "gui/CreateCampaignWizard.h"
#include "gui/Icons.h"
#include "gui/MainWindow.h"

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
