// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/devices/RemovePreflight.h"

#include "api/DeviceStatusPager.h"
#include "gui/common/ApiErrorText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {
/// IMEIs named in the panel's text; the list has them all, marked.
constexpr int NamedDevices = 5;
} // namespace

RemovePreflight::RemovePreflight(FotaClient* client, QString campaignId, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_campaignId(std::move(campaignId))
    , m_label(new QLabel(this))
    , m_dropButton(new QPushButton(tr("&Drop them from the list"), this))
    , m_sendOthersButton(new QPushButton(this))
    , m_sendUncheckedButton(new QPushButton(tr("Remove &without the check"), this))
{
    m_label->setObjectName(u"removeCheckLabel"_s);
    m_label->setAccessibleName(tr("Devices not in the campaign"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dropButton->setObjectName(u"dropNotInCampaignButton"_s);
    m_dropButton->setToolTip(
        tr("Remove the devices that are not in the campaign from this list (Undo in the list "
           "brings them back)"));
    m_sendOthersButton->setObjectName(u"sendInCampaignButton"_s);
    m_sendUncheckedButton->setObjectName(u"sendUncheckedButton"_s);
    m_sendUncheckedButton->setToolTip(
        tr("Send the whole list; the service refuses the devices that are not in the campaign"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_dropButton);
    buttons->addWidget(m_sendOthersButton);
    buttons->addWidget(m_sendUncheckedButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addLayout(buttons);

    connect(m_dropButton, &QPushButton::clicked, this, [this] { Q_EMIT dropRequested(m_notIn); });
    connect(m_sendOthersButton, &QPushButton::clicked, this,
            [this] { Q_EMIT sendRequested(m_in); });
    connect(m_sendUncheckedButton, &QPushButton::clicked, this,
            [this] { Q_EMIT sendRequested(m_checked); });
    showButtons(false, false, false);
    setVisible(false);
}

RemovePreflight::~RemovePreflight()
{
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->cancel();
    }
}

bool RemovePreflight::isChecking() const
{
    return m_pager != nullptr;
}

QString RemovePreflight::text() const
{
    return m_label->text();
}

void RemovePreflight::showButtons(bool drop, bool sendOthers, bool sendUnchecked)
{
    m_dropButton->setVisible(drop);
    m_sendOthersButton->setVisible(sendOthers);
    m_sendUncheckedButton->setVisible(sendUnchecked);
}

void RemovePreflight::reset()
{
    if (isChecking())
        return;
    m_in.clear();
    m_notIn.clear();
    setVisible(false);
}

void RemovePreflight::showDropped(int count)
{
    m_in.clear();
    m_notIn.clear();
    showButtons(false, false, false);
    m_label->setText(tr("Dropped %Ln device(s) that are not in the campaign from the list (Undo "
                        "in the list brings them back).",
                        nullptr, count));
    setVisible(true);
}

void RemovePreflight::check(const QStringList& deviceIds)
{
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->cancel();
    }
    m_checked = deviceIds;
    m_wanted = QSet<QString>(deviceIds.cbegin(), deviceIds.cend());
    m_found.clear();
    m_in.clear();
    m_notIn.clear();
    showButtons(false, false, false);
    m_label->setText(tr("Checking which of the %Ln device(s) are in the campaign (reading its "
                        "device report)…",
                        nullptr, int(deviceIds.size())));
    setVisible(true);

    m_pager = new DeviceStatusPager(m_client, m_campaignId, this);
    connect(m_pager, &DeviceStatusPager::pageArrived, this,
            [this](const QList<wire::DeviceStatus>& page) {
                for (const wire::DeviceStatus& d : page) {
                    if (m_wanted.contains(d.deviceId))
                        m_found.insert(d.deviceId);
                }
            });
    // Read again from the start: what arrived before does not count.
    connect(m_pager, &Pager::restarted, this, [this] { m_found.clear(); });
    connect(m_pager, &ApiJob::finished, this, &RemovePreflight::onFinished);
    m_pager->start();
}

void RemovePreflight::onFinished()
{
    DeviceStatusPager* pager = m_pager;
    m_pager = nullptr;
    if (!pager)
        return;
    Q_EMIT checkFinished();
    if (!pager->succeeded()) {
        m_label->setText(ApiErrorText::html(
            tr("The campaign's device report could not be read, so the %Ln device(s) were not "
               "checked against it and nothing was sent. Try again, or remove without the "
               "check (the service refuses devices that are not in the campaign).",
               nullptr, int(m_checked.size())),
            pager->error()));
        showButtons(false, false, true);
        return;
    }
    for (const QString& id : std::as_const(m_checked))
        (m_found.contains(id) ? m_in : m_notIn).append(id);
    if (m_notIn.isEmpty()) {
        setVisible(false);
        Q_EMIT sendRequested(m_in);
        return;
    }
    QString named = m_notIn.mid(0, NamedDevices).join(u", "_s);
    if (m_notIn.size() > NamedDevices)
        named += tr(" and %Ln more", nullptr, int(m_notIn.size() - NamedDevices));
    QString text = tr("<b>%Ln of the %1 device(s) are not in this campaign</b> (its device report "
                      "does not list them; marked in the list): %2.",
                      nullptr, int(m_notIn.size()))
                       .arg(QLocale().toString(qint64(m_checked.size())), named.toHtmlEscaped());
    if (m_in.isEmpty()) {
        text += u' ' + tr("None of the devices is in the campaign: there is nothing to remove.");
    } else {
        text += u' ' + tr("They will not be sent: drop them from the list, or remove only the "
                          "others (the devices left out stay in the list).");
        m_sendOthersButton->setText(
            tr("Remove only the &other %Ln device(s)", nullptr, int(m_in.size())));
    }
    m_label->setText(text);
    showButtons(true, !m_in.isEmpty(), false);
    Q_EMIT notInCampaignFound(m_notIn);
}

} // namespace fotadesk
