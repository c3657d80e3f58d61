// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/devices/DeviceListAutosave.h"

#include "gui/devices/DeviceListDraft.h"
#include "models/DeviceListModel.h"
#include "store/AppSettings.h"
#include "store/AutosaveController.h"
#include "store/DraftStore.h"

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {
constexpr auto kMode = "mode";
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
    DeviceListDraft::write(model, d);
    return d;
}

void DeviceListAutosave::appendTo(DeviceListModel& model, const Draft& draft)
{
    DeviceListDraft::append(model, draft);
}

} // namespace fotadesk
