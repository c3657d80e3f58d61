#include "gui/CreateResultPage.h"

#include "api/DeviceStatusPager.h"
#include "api/FotaClient.h"
#include "core/TimeWindowList.h"
#include "gui/ApiErrorText.h"
#include "gui/AppContext.h"
#include "gui/ConnectionState.h"
#include "gui/CreateCampaignWizard.h"
#include "gui/CreateSubmitPage.h"
#include "gui/Icons.h"
#include "models/DeviceResultFilterModel.h"
#include "models/DeviceResultModel.h"
#include "ui_CreateResultPage.h"

#include <QHeaderView>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fotadesk {

CreateResultPage::CreateResultPage(AppContext& context, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::CreateResultPage>())
    , m_context(context)
    , m_results(new DeviceResultModel(this))
    , m_filter(new DeviceResultFilterModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_results);
    m_ui->resultView->setModel(m_filter);
    m_ui->resultView->verticalHeader()->hide();
    m_ui->resultView->horizontalHeader()->setStretchLastSection(true);
    m_ui->resultView->setColumnWidth(DeviceResultModel::ImeiColumn, 170);
    m_ui->resultView->setColumnWidth(DeviceResultModel::StatusColumn, 180);
    m_ui->resultView->setColumnWidth(DeviceResultModel::ReasonColumn, 320);
    m_ui->openButton->setIcon(Icons::get(u"campaign"_s));
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter,
            &DeviceResultFilterModel::setSearchText);
    connect(m_ui->failedOnlyCheck, &QCheckBox::toggled, m_filter,
            &DeviceResultFilterModel::setFailedOnly);
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] {
        if (!m_campaignId.isEmpty())
            Q_EMIT openCampaignRequested(m_campaignId);
    });
}

CreateResultPage::~CreateResultPage()
{
    if (m_pager)
        m_pager->cancel();
}

QTableView* CreateResultPage::resultView() const
{
    return m_ui->resultView;
}

QString CreateResultPage::campaignText() const
{
    return m_ui->campaignLabel->text();
}

void CreateResultPage::initializePage()
{
    auto* wizard = qobject_cast<CreateCampaignWizard*>(this->wizard());
    if (!wizard || !wizard->submitPage()->createdCampaign())
        return;
    const wire::Campaign c = *wizard->submitPage()->createdCampaign();
    m_campaignId = c.id;
    m_ui->statusBadge->setStatus(c.status);
    m_ui->campaignLabel->setText(
        tr("<b>%1</b> (id %2)<br>%3 %4: %5 → %6 (%7)<br>%8 to %9, %10")
            .arg((c.campaignName.isEmpty() ? tr("Campaign") : c.campaignName).toHtmlEscaped(),
                 c.id.toHtmlEscaped(), c.make.toHtmlEscaped(), c.model.toHtmlEscaped(),
                 c.firmwareFrom.toHtmlEscaped(), c.firmwareTo.toHtmlEscaped(),
                 c.protocol.toHtmlEscaped(), c.startDate.toString(Qt::ISODate),
                 c.endDate.toString(Qt::ISODate),
                 TimeWindowList::toDisplayString(c.timeWindows).toHtmlEscaped()));
    loadOutcomes(c, wizard->form().toRequest().deviceList);
}

void CreateResultPage::loadOutcomes(const wire::Campaign& campaign, const QStringList& sent)
{
    if (m_pager)
        m_pager->cancel();
    m_results->clear();
    if (!m_context.client)
        return;
    auto* pager = new DeviceStatusPager(m_context.client, campaign.id, this);
    m_pager = pager;
    auto seen = std::make_shared<QSet<QString>>();
    m_ui->devicesStateLabel->setText(tr("Reading the campaign's device report…"));
    connect(pager, &DeviceStatusPager::pageArrived, this,
            [this, seen](const QList<wire::DeviceStatus>& devices) {
                QList<wire::DeviceListItem> items;
                items.reserve(devices.size());
                for (const auto& d : devices) {
                    seen->insert(d.deviceId);
                    items.append({d.deviceId, d.status, d.resultReason, {}});
                }
                m_results->appendResults(items);
            });
    connect(pager, &Pager::progress, this, [this](qint64 items, qint64 total, int) {
        m_ui->devicesStateLabel->setText(tr("Reading the campaign's device report: %1 of %2…")
                                             .arg(items)
                                             .arg(total < 0 ? tr("?") : QString::number(total)));
    });
    connect(pager, &ApiJob::finished, this, [this, pager, seen, sent] {
        pager->deleteLater();
        m_pager = nullptr;
        if (!pager->succeeded()) {
            if (m_context.connection)
                m_context.connection->noteError(pager->error());
            m_ui->devicesStateLabel->setText(ApiErrorText::html(
                tr("The device report could not be read; the campaign page shows it later."),
                pager->error()));
            Q_EMIT outcomesLoaded(false);
            return;
        }
        QStringList missing;
        for (const QString& id : sent) {
            if (!seen->contains(id))
                missing << id;
        }
        if (!missing.isEmpty())
            m_results->appendBatchFailure(missing, tr("not in the campaign's device report"));
        const auto counts = m_results->counts();
        m_ui->devicesStateLabel->setText(
            tr("%1 of %2 devices are in the campaign: %3 succeeded or waiting, %4 failed, %5 "
               "unknown.")
                .arg(sent.size() - missing.size())
                .arg(sent.size())
                .arg(counts.succeeded)
                .arg(counts.failed)
                .arg(counts.unknown));
        Q_EMIT outcomesLoaded(true);
    });
    pager->start();
}

} // namespace fotadesk
