// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/common/StatusBadge.h"

#include "core/StatusGroup.h"
#include "models/StatusGroupStyle.h"

using namespace Qt::StringLiterals;

namespace fotadesk {

StatusBadge::StatusBadge(QWidget* parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    setAccessibleName(tr("Status"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStatus({});
}

void StatusBadge::setStatus(const QString& status, Kind kind)
{
    m_status = status;
    if (status.isEmpty()) {
        setText(tr("—"));
        setStyleSheet({});
        setToolTip({});
        return;
    }
    const StatusGroup group = kind == Kind::Campaign ? StatusClassifier::campaignStatusGroup(status)
                                                     : StatusClassifier::deviceStatusGroup(status);
    const QString label = kind == Kind::Campaign ? StatusClassifier::campaignStatusLabel(status)
                                                 : StatusClassifier::deviceStatusLabel(status);
    const QColor bg = StatusGroupStyle::color(group);
    const QColor fg = bg.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
    setText(label);
    setToolTip(tr("%1 — %2 (%3)").arg(label, StatusClassifier::groupLabel(group), status));
    setAccessibleDescription(toolTip());
    setStyleSheet(u"QLabel { background-color: %1; color: %2; border-radius: 9px;"
                  u" padding: 2px 10px; font-weight: 600; }"_s.arg(bg.name(), fg.name()));
}

} // namespace fotadesk
