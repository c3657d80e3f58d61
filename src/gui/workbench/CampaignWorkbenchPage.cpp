// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/workbench/CampaignWorkbenchPage.h"

#include "core/StatusGroup.h"
#include "gui/common/Icons.h"
#include "gui/common/PageTitle.h"
#include "gui/shell/AppContext.h"
#include "ui_CampaignWorkbenchPage.h"

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

CampaignWorkbenchPage::CampaignWorkbenchPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CampaignWorkbenchPage>())
    , m_context(context)
{
    m_ui->setupUi(this);
    stylePageTitle(m_ui->titleLabel);
    m_ui->newCampaignButton->setIcon(Icons::get(u"new-campaign"_s));
    m_ui->openButton->setIcon(Icons::get(u"open"_s));

    connect(m_ui->newCampaignButton, &QPushButton::clicked, this,
            &CampaignWorkbenchPage::newCampaignRequested);
    connect(m_ui->campaignIdEdit, &QLineEdit::textChanged, this,
            [this](const QString& t) { m_ui->openButton->setEnabled(!t.trimmed().isEmpty()); });
    connect(m_ui->campaignIdEdit, &QLineEdit::returnPressed, this,
            &CampaignWorkbenchPage::openTyped);
    connect(m_ui->openButton, &QPushButton::clicked, this, &CampaignWorkbenchPage::openTyped);
    connect(m_ui->recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT openCampaignRequested(item->data(kIdRole).toString());
    });
}

CampaignWorkbenchPage::~CampaignWorkbenchPage() = default;

QStringList CampaignWorkbenchPage::recentCampaignIds() const
{
    QStringList ids;
    for (int i = 0; i < m_ui->recentList->count(); ++i)
        ids << m_ui->recentList->item(i)->data(kIdRole).toString();
    return ids;
}

void CampaignWorkbenchPage::noteCampaign(const wire::Campaign& campaign)
{
    if (campaign.id.isEmpty())
        return;
    for (int i = 0; i < m_ui->recentList->count(); ++i) {
        if (m_ui->recentList->item(i)->data(kIdRole).toString() == campaign.id) {
            delete m_ui->recentList->takeItem(i);
            break;
        }
    }
    const QString name = campaign.campaignName.isEmpty() ? tr("(no name)") : campaign.campaignName;
    auto* item =
        new QListWidgetItem(Icons::get(u"campaign"_s),
                            tr("%1 — %2 — %3 → %4 — %5")
                                .arg(name, campaign.id, campaign.firmwareFrom, campaign.firmwareTo,
                                     StatusClassifier::campaignStatusLabel(campaign.status)));
    item->setData(kIdRole, campaign.id);
    m_ui->recentList->insertItem(0, item);
}

void CampaignWorkbenchPage::openTyped()
{
    const QString id = m_ui->campaignIdEdit->text().trimmed();
    if (!id.isEmpty())
        Q_EMIT openCampaignRequested(id);
}

} // namespace fotadesk
