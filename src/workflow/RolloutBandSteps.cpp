// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// RolloutAdvance's steps for a wave of several time-zone band campaigns (docs/rollouts.md,
// "Sites in several time zones"). Every band's create is journaled, with the others, before
// the first is sent; a pass that finds the wave Creating looks each band without a campaign up
// by its own name and sends it only when it is known not to exist. So a kill -9 between two
// band creates neither creates a band twice nor loses one.

#include "api/wire/JsonCodec.h"
#include "core/Clock.h"
#include "core/TimeWindowList.h"
#include "store/RolloutStore.h"
#include "workflow/RolloutAdvance.h"
#include "workflow/RolloutService.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS: call Tr::tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fotadesk::RolloutAdvance)
};

using Kind = RolloutAdvance::Outcome::Kind;

/// A band's journaled create with its devices, as it is sent (again).
std::optional<wire::CampaignRequest> requestOf(const RolloutBandCampaign& band)
{
    const auto decoded = wire::decodeCampaignRequest(band.request);
    if (!decoded)
        return std::nullopt;
    wire::CampaignRequest request = decoded.value();
    request.deviceList = band.devices;
    return request;
}

} // namespace

bool RolloutAdvance::startBands(RolloutRecord& r, const RolloutWaveRecord& w, Outcome& out)
{
    QString error;
    const QList<BandRequest> requests = bandRequests(r, w.number, m_clock.nowUtc().date(), &error);
    if (!error.isEmpty() || requests.isEmpty()) {
        out = finish(r, out, RolloutRecord::State::Held, Kind::Held, error);
        return false;
    }
    QList<RolloutBandCampaign> bands;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        wire::CampaignRequest journaled = requests.at(i).request;
        journaled.deviceList.clear();
        bands << RolloutBandCampaign{w.number,
                                     int(i),
                                     requests.at(i).label,
                                     requests.at(i).request.deviceList,
                                     wire::toJson(journaled),
                                     {}};
    }
    // The wave keeps the dates all its bands share (the next wave starts after them): the
    // first band's create under the wave's own name.
    QJsonObject shared = bands.first().request;
    shared.insert(u"campaignName"_s, r.plan.campaignName(w.number));
    if (!m_store.journalBands(r.id, w.number, bands, shared, m_user)) {
        out = fail(out, Tr::tr("The workspace could not journal wave %1's creates, so none was "
                               "sent: %2")
                            .arg(w.number)
                            .arg(m_store.lastError()));
        return false;
    }
    for (const BandRequest& b : requests) {
        out.steps << u"wave %1: create journaled: %2"_s.arg(w.number).arg(b.request.campaignName);
        for (const QString& warning : b.warnings)
            out.steps << u"wave %1: %2: %3"_s.arg(w.number).arg(b.label, warning);
    }
    crash(u"journaled"_s);
    reload(r);
    return resolveBands(r, w, out);
}

bool RolloutAdvance::resolveBands(RolloutRecord& r, const RolloutWaveRecord& w, Outcome& out)
{
    const QList<RolloutBandCampaign> bands = r.bandsOf(w.number);
    for (const RolloutBandCampaign& band : bands) {
        if (!band.campaignId.isEmpty())
            continue;
        const auto request = requestOf(band);
        if (!request) {
            out = fail(out, Tr::tr("Wave %1's journaled create of band %2 cannot be read.")
                                .arg(w.number)
                                .arg(band.label));
            return false;
        }
        QString id;
        if (!findEarlierCreate(*request, w.number,
                               Tr::tr("Wave %1's create of band %2 may have been sent by an "
                                      "earlier run, and the campaign history could not be read "
                                      "(%3); nothing is sent. Run 'rollout advance' again.")
                                   .arg(w.number)
                                   .arg(band.label),
                               &id, out))
            return false;
        if (!id.isEmpty()) {
            if (!m_store.setBandCampaign(r.id, w.number, band.band, id)) {
                out = fail(out, m_store.lastError());
                return false;
            }
            note(r, u"wave-found"_s, w.number,
                 u"campaign %1 (%2; made by an earlier run; not sent again)"_s.arg(id, band.label),
                 out);
            continue;
        }
        if (!sendBand(r, w, band, *request, out))
            return false;
    }
    reload(r);
    const QList<RolloutBandCampaign> done = r.bandsOf(w.number);
    if (done.isEmpty() || !m_store.setCampaign(r.id, w.number, done.first().campaignId)) {
        out = fail(out, m_store.lastError());
        return false;
    }
    return true;
}

bool RolloutAdvance::sendBand(RolloutRecord& r, const RolloutWaveRecord& w,
                              const RolloutBandCampaign& band, const wire::CampaignRequest& request,
                              Outcome& out)
{
    wire::Campaign campaign;
    ApiError error;
    switch (m_service.create(request, &campaign, &error)) {
    case RolloutService::CreateOutcome::Created:
        crash(u"created"_s);
        if (!m_store.setBandCampaign(r.id, w.number, band.band, campaign.id)) {
            out = fail(out, m_store.lastError());
            return false;
        }
        note(r, u"wave-started"_s, w.number,
             u"campaign %1 (%2), %3 devices, %4 to %5, %6"_s.arg(campaign.id, band.label)
                 .arg(request.deviceList.size())
                 .arg(request.startDate.toString(Qt::ISODate),
                      request.endDate.toString(Qt::ISODate),
                      TimeWindowList::toDisplayString(request.timeWindows)),
             out);
        crash(u"band-recorded"_s);
        return true;
    case RolloutService::CreateOutcome::Refused: {
        note(r, u"wave-refused"_s, w.number, u"%1: %2"_s.arg(band.label, error.message()), out);
        // Only while no band exists can the wave go back to planned (and be journaled afresh);
        // else the refused band stays journaled and is looked up and sent again next pass.
        if (r.campaignIdsOf(w.number).isEmpty())
            m_store.unjournalCreate(r.id, w.number);
        out = fail(out, Tr::tr("Wave %1's campaign of band %2 was not created: %3")
                            .arg(w.number)
                            .arg(band.label, error.message()));
        return false;
    }
    case RolloutService::CreateOutcome::Unknown:
        break;
    }
    out = fail(out, Tr::tr("The answer to wave %1's create of band %2 was lost (%3). Run "
                           "'rollout advance' again: it looks the campaign up before sending "
                           "anything.")
                        .arg(w.number)
                        .arg(band.label, error.message()));
    return false;
}

bool RolloutAdvance::resolveBandsForAbort(RolloutRecord& r, const RolloutWaveRecord& w,
                                          Outcome& out)
{
    // Each band whose create may have been sent is looked up: one found is cancelled with the
    // others; none made at all puts the wave back to planned.
    for (const RolloutBandCampaign& band : r.bandsOf(w.number)) {
        if (!band.campaignId.isEmpty())
            continue;
        const auto request = requestOf(band);
        ApiError error;
        const auto found = request ? m_service.findCreated(*request, &error) : std::nullopt;
        if (!found || found->size() > 1) {
            out = fail(out, Tr::tr("Wave %1's create of band %2 may have made a campaign that "
                                   "cannot be looked up now; the rollout is not aborted; try "
                                   "again.")
                                .arg(w.number)
                                .arg(band.label));
            return false;
        }
        if (found->size() == 1 &&
            !m_store.setBandCampaign(r.id, w.number, band.band, found->first().id))
            return false;
    }
    reload(r);
    const QStringList ids = r.campaignIdsOf(w.number);
    if (ids.isEmpty())
        return m_store.unjournalCreate(r.id, w.number);
    return m_store.setCampaign(r.id, w.number, ids.first());
}

} // namespace fotadesk
