// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/rollouts/RolloutPlanDialog.h"

#include "api/wire/JsonCodec.h"
#include "core/Clock.h"
#include "gui/rollouts/RolloutText.h"
#include "workflow/RolloutAdvance.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fotadesk {

QString RolloutPlanDialog::review(const RolloutRecord& r, const QDate& today)
{
    QStringList out;
    out << tr("Rollout %1: %2").arg(r.id).arg(r.plan.name);
    out << tr("Plan hash: %1").arg(r.planHash);
    if (const QString approval = RolloutText::approval(r); !approval.isEmpty())
        out << approval;
    out << tr("Automatic advance after a passed gate: %1")
               .arg(r.plan.autoAdvance ? tr("yes") : tr("no, a person approves each wave"));
    out << QString() << tr("Firmware:")
        << QString::fromUtf8(QJsonDocument(r.firmware).toJson(QJsonDocument::Indented)).trimmed();
    const QJsonArray refused = r.preflight.value(u"refused"_s).toArray();
    out << QString()
        << tr("Pre-flight check: %1 checked, %2 accepted, %3 refused (they enter no wave)")
               .arg(r.preflight.value(u"checked"_s).toInteger())
               .arg(r.preflight.value(u"accepted"_s).toInteger())
               .arg(refused.size());
    for (qsizetype i = 0; i < refused.size() && i < 20; ++i)
        out << u"  %1: %2"_s.arg(refused.at(i).toObject().value(u"deviceId"_s).toString(),
                                 refused.at(i).toObject().value(u"reason"_s).toString());
    for (const RolloutWaveRecord& w : r.waves) {
        if (w.retryOf != 0)
            continue; // retries are decisions taken later, each recorded
        QString error;
        const wire::CampaignRequest request =
            RolloutAdvance::waveRequest(r, w.number, today, &error);
        out << QString() << RolloutText::waveTitle(r, w)
            << tr("  %Ln device(s); first: %1", "", int(w.devices.size()))
                   .arg(w.devices.mid(0, 5).join(u", "_s));
        if (!error.isEmpty())
            out << u"  "_s + error;
        out << tr("  Request it sends (dates as of today; a later wave starts when its gate lets "
                  "it):");
        if (!RolloutAdvance::isBanded(r, w.number)) {
            out << QString::fromUtf8(
                       QJsonDocument(wire::toJson(request)).toJson(QJsonDocument::Indented))
                       .trimmed();
        } else {
            // Local windows: one campaign per time-zone band, each with its daylight-saving
            // shifts.
            QString bandError;
            const auto bands = RolloutAdvance::bandRequests(r, w.number, today, &bandError);
            if (!bandError.isEmpty() && bandError != error)
                out << u"  "_s + bandError;
            for (const RolloutAdvance::BandRequest& b : bands) {
                out << tr("  Time zone %1 (%2):").arg(b.label, b.zones.join(u", "_s));
                for (const QString& warning : b.warnings)
                    out << u"    "_s + warning;
                out << QString::fromUtf8(
                           QJsonDocument(wire::toJson(b.request)).toJson(QJsonDocument::Indented))
                           .trimmed();
            }
        }
        if (w.number < r.waves.size()) {
            const RolloutGate g = r.plan.gateAfter(w.number - 1);
            QStringList figures;
            if (g.minFinalDevices > 0)
                figures << tr("at least %1 devices final").arg(g.minFinalDevices);
            if (g.minSuccessPercent)
                figures << tr("success ≥ %1 %").arg(*g.minSuccessPercent);
            if (g.maxFailurePercent)
                figures << tr("failures ≤ %1 %").arg(*g.maxFailurePercent);
            if (!g.excludedReasons.isEmpty())
                figures << tr("not counted: %1").arg(g.excludedReasons.join(u", "_s));
            if (g.soakSeconds > 0)
                figures << tr("soak %Ln hour(s)", "", int(g.soakSeconds / 3600));
            out << tr("  Gate after it: %1")
                       .arg(figures.isEmpty() ? tr("none") : figures.join(u"; "_s));
        }
    }
    return out.join(u'\n');
}

RolloutPlanDialog::RolloutPlanDialog(const RolloutRecord& rollout, const QString& user,
                                     QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"rolloutPlanDialog"_s);
    setWindowTitle(tr("Review plan — %1").arg(rollout.plan.name));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("What every wave will send. Approving records your name, the time "
                                "and the plan's hash; a changed plan needs a new approval. The "
                                "engineer who created the rollout cannot approve it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"planReview"_s);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(review(rollout, Clock::system().nowUtc().date()));
    layout->addWidget(m_text, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_approve =
        buttons->addButton(tr("&Approve plan as %1").arg(user), QDialogButtonBox::AcceptRole);
    m_approve->setObjectName(u"approvePlanButton"_s);
    m_approve->setEnabled(
        !(rollout.approvedHash == rollout.planHash && !rollout.approvedBy.isEmpty()));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 560);
    m_text->setFocus();
}

QString RolloutPlanDialog::reviewText() const
{
    return m_text->toPlainText();
}

} // namespace fotadesk
