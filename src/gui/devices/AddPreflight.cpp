// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/devices/AddPreflight.h"

#include "core/Clock.h"
#include "gui/common/InventoryCheckPanel.h"
#include "gui/common/IssueText.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/ConnectionState.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fotadesk {

AddPreflight::AddPreflight(AppContext& context, const wire::Campaign& campaign, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_campaign(campaign)
    , m_panel(new InventoryCheckPanel(context, this))
    , m_state(new QLabel(this))
    , m_backButton(new QPushButton(tr("&Back to the list"), this))
    , m_sendButton(new QPushButton(this))
{
    setObjectName(u"addPreflight"_s);
    m_state->setObjectName(u"addCheckState"_s);
    m_state->setWordWrap(true);
    m_backButton->setObjectName(u"backToListButton"_s);
    m_sendButton->setObjectName(u"addCheckedButton"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backButton);
    buttons->addStretch(1);
    buttons->addWidget(m_sendButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_panel, 1);
    layout->addLayout(buttons);

    connect(m_panel, &InventoryCheckPanel::stateChanged, this, &AddPreflight::onStateChanged);
    connect(m_panel, &InventoryCheckPanel::overrideChanged, this, &AddPreflight::updateButtons);
    connect(m_panel, &InventoryCheckPanel::progress, this, [this](qint64 done, qint64 total) {
        m_state->setText(InventoryCheckPanel::progressText(done, total));
    });
    connect(m_panel, &InventoryCheckPanel::keepAcceptedRequested, this,
            &AddPreflight::onKeepAccepted);
    connect(m_panel, &InventoryCheckPanel::licensesAssigned, this, [this] { check(m_checked); });
    connect(m_backButton, &QPushButton::clicked, this, [this] {
        stop();
        Q_EMIT backRequested();
    });
    connect(m_sendButton, &QPushButton::clicked, this, [this] {
        const InventoryCheckReport* report = m_panel->report();
        if (report && report->allAccepted())
            Q_EMIT sendRequested(report->acceptedDevices());
        else if (m_panel->overridden())
            Q_EMIT sendRequested(m_checked);
    });
    updateButtons();
}

AddPreflight::~AddPreflight() = default;

void AddPreflight::check(const QStringList& deviceIds)
{
    m_checked = deviceIds;
    InventoryCheckRun::Options options;
    options.package = PackageFacts{m_campaign.make, m_campaign.model, m_campaign.firmwareFrom,
                                   m_campaign.firmwareTo, m_campaign.protocol};
    options.now = m_context.clock ? m_context.clock->nowUtc() : QDateTime::currentDateTimeUtc();
    options.autoAssign = m_campaign.autoAssignLicenseFlag.value_or(false);
    m_state->setText(tr("Checking the devices against the account's inventory…"));
    m_state->setStyleSheet(QString());
    m_panel->start(deviceIds, options);
}

void AddPreflight::stop()
{
    m_panel->stop();
}

bool AddPreflight::isChecking() const
{
    return m_panel->state() == InventoryCheckPanel::State::Running;
}

QString AddPreflight::text() const
{
    return m_state->text();
}

void AddPreflight::onStateChanged()
{
    const auto state = m_panel->state();
    const InventoryCheckReport* report = m_panel->report();
    if (state == InventoryCheckPanel::State::Done && report) {
        if (m_context.connection)
            m_context.connection->noteAnswer();
        if (report->allAccepted()) {
            m_state->setText(tr("Every device will be accepted."));
            updateButtons();
            Q_EMIT sendRequested(report->acceptedDevices());
            return;
        }
        m_state->setText(tr("%Ln device(s) would be refused by the service: keep only the "
                            "accepted devices (the others are kept as a draft), assign "
                            "licenses, or go back to the list.",
                            nullptr, int(report->refusedCount())));
        m_state->setStyleSheet(
            u"QLabel { color: %1; font-weight: 600; }"_s.arg(IssueText::errorColor()));
    } else if (state == InventoryCheckPanel::State::Failed) {
        if (m_context.connection)
            m_context.connection->noteError(m_panel->error());
        m_state->setText(tr("The devices could not be checked: see below."));
    }
    updateButtons();
}

void AddPreflight::onKeepAccepted()
{
    const InventoryCheckReport* report = m_panel->report();
    if (!report || report->allAccepted())
        return;
    Draft draft;
    draft.kind = Draft::Kind::DeviceList;
    draft.campaignId = m_campaign.id;
    draft.extra.insert(u"mode"_s, u"add"_s);
    draft.title =
        tr("Add devices — %1 — refused by the check")
            .arg(m_campaign.campaignName.isEmpty() ? m_campaign.id : m_campaign.campaignName);
    m_panel->saveRefusedDraft(draft);
    QStringList refused;
    refused.reserve(report->refusedCount());
    for (const CheckedDevice& d : report->refusedDevices())
        refused << d.deviceId;
    QStringList accepted = report->acceptedDevices();
    Q_EMIT dropRequested(refused);
    check(accepted);
}

void AddPreflight::updateButtons()
{
    const InventoryCheckReport* report = m_panel->report();
    const bool ready =
        (m_panel->state() == InventoryCheckPanel::State::Done && report && report->allAccepted()) ||
        m_panel->overridden();
    const qsizetype n =
        report && report->allAccepted() ? report->acceptedCount() : m_checked.size();
    m_sendButton->setText(tr("&Add %Ln device(s)", nullptr, int(n)));
    m_sendButton->setEnabled(ready);
}

} // namespace fotadesk
