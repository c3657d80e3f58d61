// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/lookup/DeviceInventoryLine.h"

#include "core/DisplayFormat.h"
#include "gui/common/ApiErrorText.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

QString escaped(const QString& text)
{
    return text.isEmpty() ? u"—"_s : text.toHtmlEscaped();
}

/// "yes", or a "no" that stands out (the service refuses such a device in a campaign).
QString flag(const std::optional<bool>& value, const QString& yes, const QString& no,
             const QString& unknown)
{
    if (!value)
        return unknown.toHtmlEscaped();
    return *value ? yes.toHtmlEscaped()
                  : u"<span style=\"color:#c62828\"><b>%1</b></span>"_s.arg(no.toHtmlEscaped());
}

} // namespace

DeviceInventoryLine::DeviceInventoryLine(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    m_label->setObjectName(u"inventoryLabel"_s);
    m_label->setAccessibleName(tr("Device inventory"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

DeviceInventoryLine::~DeviceInventoryLine() = default;

void DeviceInventoryLine::show(State state, const QString& html)
{
    m_state = state;
    m_label->setText(html);
    setVisible(state != State::Empty);
}

QString DeviceInventoryLine::text() const
{
    return m_label->text();
}

void DeviceInventoryLine::showLoading(const QString& imei)
{
    show(State::Loading, tr("Reading the account's device inventory for %1…").arg(imei));
}

void DeviceInventoryLine::showAbsent(const QString& imei, const QString& accountName)
{
    show(State::Absent,
         tr("<b>%1</b> is <b>not in this account</b> (%2): the account's device inventory does "
            "not list it, so no campaign of this account can upgrade it. Check the IMEI, or "
            "sign in to the account the device belongs to.")
             .arg(imei.toHtmlEscaped(), accountName.toHtmlEscaped()));
}

void DeviceInventoryLine::showError(const QString& imei, const ApiError& error)
{
    show(State::Failed,
         ApiErrorText::html(
             tr("The account's inventory entry of %1 could not be read; the upgrade history "
                "below does not depend on it. Look the device up again to retry.")
                 .arg(imei),
             error));
}

QString DeviceInventoryLine::lastConnectionText(const Timestamp& time,
                                                const QDateTime& nowUtc) const
{
    if (time.isNull())
        return tr("not reported");
    if (!time.isValid())
        return time.raw.toHtmlEscaped(); // shown as it came
    const QString when = DisplayFormat::dateTime(time.utc.toTimeZone(m_zone)).toHtmlEscaped();
    if (!nowUtc.isValid())
        return when;
    const qint64 days = time.utc.daysTo(nowUtc);
    if (days <= 0)
        return tr("%1 (today)").arg(when);
    return tr("%1 (%Ln day(s) ago)", nullptr, int(std::min<qint64>(days, INT_MAX))).arg(when);
}

void DeviceInventoryLine::showDevice(const wire::InventoryDevice& d, const QDateTime& nowUtc)
{
    const QString row = u"<tr><td style=\"padding-right:6px\">%1</td>"
                        "<td style=\"padding-right:18px\">%2</td>"
                        "<td style=\"padding-right:6px\">%3</td><td>%4</td></tr>"_s;
    const QString makeModel = QString(d.make + u' ' + d.model).trimmed();
    QString html = u"<b>%1</b><table cellspacing=\"0\" cellpadding=\"1\">"_s.arg(
        tr("In the account's device inventory").toHtmlEscaped());
    html += row.arg(tr("Make and model:").toHtmlEscaped(), u"<b>%1</b>"_s.arg(escaped(makeModel)),
                    tr("FOTA-eligible:").toHtmlEscaped(),
                    flag(d.fotaEligible, tr("yes"), tr("no"), tr("not reported")));
    html += row.arg(tr("Current firmware:").toHtmlEscaped(),
                    u"<b>%1</b>"_s.arg(escaped(d.firmware)), tr("Licensed:").toHtmlEscaped(),
                    flag(d.licenseAssigned, tr("yes"), tr("no"), tr("not reported")));
    html += row.arg(tr("Protocol:").toHtmlEscaped(), escaped(d.protocol),
                    tr("Status:").toHtmlEscaped(), escaped(d.status));
    html += row.arg(tr("Last connection:").toHtmlEscaped(),
                    lastConnectionText(d.lastConnectionTime, nowUtc), QString(), QString());
    html += u"</table>"_s;
    show(State::Found, html);
}

} // namespace fotadesk
