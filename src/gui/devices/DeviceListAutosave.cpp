// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/devices/DeviceListAutosave.h"

#include "models/DeviceListModel.h"
#include "store/AppSettings.h"
#include "store/AutosaveController.h"
#include "store/DraftStore.h"

#include <QJsonArray>

#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {
constexpr auto kMode = "mode";
constexpr auto kRejected = "rejected";
} // namespace

DeviceListAutosave::DeviceListAutosave(DeviceListModel& model, DraftStore& drafts,
                                       QString campaignId, Mode mode, QString title,
                                       QString profile, QString account, AppSettings* settings,
                                       QObject* parent)
    : QObject(parent)
    , m_model(&model)
    , m_drafts(drafts)
    , m_campaignId(std::move(campaignId))
    , m_mode(mode)
    , m_title(std::move(title))
    , m_profile(std::move(profile))
    , m_account(std::move(account))
    , m_autosave(new AutosaveController(
          drafts,
          [this] {
              Draft d = m_model ? toDraft(*m_model, m_campaignId, m_mode) : Draft{};
              d.title = m_title;
              d.profile = m_profile;
              d.account = m_account;
              return d;
          },
          this))
{
    // Every change of the list is the user's (typing, importing, pasting, removing, fixing);
    // restore() fills it without counting.
    connect(&model, &QAbstractItemModel::rowsInserted, this, &DeviceListAutosave::onChanged);
    connect(&model, &QAbstractItemModel::rowsRemoved, this, &DeviceListAutosave::onChanged);
    connect(&model, &QAbstractItemModel::modelReset, this, &DeviceListAutosave::onChanged);
    connect(&model, &QAbstractItemModel::dataChanged, this, &DeviceListAutosave::onChanged);
    // File ▸ Settings… ▸ "Save drafts of forms automatically", at once.
    if (settings) {
        m_autosave->setAllowed(settings->autosaveEnabled());
        connect(settings, &AppSettings::changed, this, [this, settings](AppSettings::Key key) {
            if (key != AppSettings::Key::AutosaveEnabled)
                return;
            m_autosave->setAllowed(settings->autosaveEnabled());
            if (m_autosave->isAllowed())
                onChanged(); // the list as it is now (none when empty)
        });
    }
}

DeviceListAutosave::~DeviceListAutosave()
{
    if (m_model)
        m_autosave->flush();
}

void DeviceListAutosave::onChanged()
{
    if (m_restoring || !m_model)
        return;
    if (m_model->rowCount() == 0) {
        m_autosave->discard(); // an empty list is nothing to keep
        return;
    }
    m_autosave->markChanged();
}

void DeviceListAutosave::flushNow()
{
    if (m_model)
        m_autosave->flush();
}

void DeviceListAutosave::discard()
{
    m_autosave->discard();
    m_autosave->setEnabled(false);
}

bool DeviceListAutosave::restore(qint64 draftId)
{
    const auto draft = m_drafts.load(draftId);
    if (!draft || draft->kind != Draft::Kind::DeviceList || !m_model)
        return false;
    m_restoring = true;
    m_autosave->setEnabled(false); // filling the list is not a user change
    m_model->clear();
    appendTo(*m_model, *draft);
    m_autosave->setEnabled(true);
    m_autosave->setDraftId(draftId); // the next change saves into this draft
    m_restoring = false;
    return true;
}

DeviceListAutosave::Mode DeviceListAutosave::modeOf(const Draft& draft)
{
    return draft.extra.value(QLatin1String(kMode)).toString() == u"remove" ? Mode::Remove
                                                                           : Mode::Add;
}

Draft DeviceListAutosave::toDraft(const DeviceListModel& model, const QString& campaignId,
                                  Mode mode)
{
    Draft d;
    d.kind = Draft::Kind::DeviceList;
    d.campaignId = campaignId;
    d.extra.insert(QLatin1String(kMode), mode == Mode::Remove ? u"remove"_s : u"add"_s);
    QJsonArray rejected;
    const int rows = model.rowCount();
    d.campaign.devices.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        if (model.kindAt(row) != DeviceListModel::Kind::Rejected) {
            d.campaign.devices.append(model.imeiAt(row));
            continue;
        }
        const RejectedDevice* r = model.rejectedAt(row);
        if (!r)
            continue;
        d.rejectedRows.append(r->text);
        rejected.append(QJsonObject{
            {u"row"_s, row},
            {u"line"_s, r->line},
            {u"error"_s, int(r->error)},
            {u"code"_s, r->code},
            {u"message"_s, r->message},
            {u"suggestion"_s, r->suggestion},
        });
    }
    if (!rejected.isEmpty())
        d.extra.insert(QLatin1String(kRejected), rejected);
    return d;
}

void DeviceListAutosave::appendTo(DeviceListModel& model, const Draft& draft)
{
    const QJsonArray details = draft.extra.value(QLatin1String(kRejected)).toArray();
    const QList<Imei>& devices = draft.campaign.devices;
    std::vector<Imei> imeis;
    QList<RejectedDevice> rejected;
    // DeviceListModel::appendImport() appends IMEIs, then rejected rows: one call per run of
    // IMEIs followed by rejected rows puts every row back where it was.
    const auto flush = [&] {
        model.appendImport(imeis, rejected);
        imeis.clear();
        rejected.clear();
    };
    qsizetype next = 0;
    for (qsizetype i = 0; i < draft.rejectedRows.size(); ++i) {
        const QJsonObject o = details.at(i).toObject();
        const qint64 row = o.value(u"row"_s).toInteger(std::numeric_limits<qint64>::max());
        while (next < devices.size() && next + i < row) {
            if (!rejected.isEmpty())
                flush();
            imeis.push_back(devices.at(next++));
        }
        RejectedDevice r;
        r.text = draft.rejectedRows.at(i);
        if (o.isEmpty()) {
            r = RejectedDevice::fromParse(Imei::parse(QStringView(r.text)), r.text);
        } else {
            r.line = o.value(u"line"_s).toInt();
            const int error = o.value(u"error"_s).toInt();
            r.error = error > 0 && error <= int(ImeiError::ScientificNotation) ? ImeiError(error)
                                                                               : ImeiError::Empty;
            r.code = o.value(u"code"_s).toString();
            r.message = o.value(u"message"_s).toString();
            r.suggestion = o.value(u"suggestion"_s).toString();
        }
        rejected.append(r);
    }
    while (next < devices.size()) {
        if (!rejected.isEmpty())
            flush();
        imeis.push_back(devices.at(next++));
    }
    flush();
}

} // namespace fotadesk
