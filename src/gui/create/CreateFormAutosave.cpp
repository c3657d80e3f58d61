// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/create/CreateFormAutosave.h"

#include "gui/create/CampaignForm.h"
#include "gui/create/CreateCampaignWizard.h"
#include "gui/create/CreateSession.h"
#include "gui/devices/DeviceListDraft.h"
#include "models/DeviceListModel.h"
#include "store/AppSettings.h"
#include "store/AutosaveController.h"
#include "store/Draft.h"
#include "store/DraftStore.h"

using namespace Qt::StringLiterals;

namespace fotadesk {

CreateFormAutosave::CreateFormAutosave(CreateCampaignWizard& wizard, DraftStore& drafts,
                                       QString profile, QString account, AppSettings* settings,
                                       QObject* parent)
    : QObject(parent)
    , m_wizard(&wizard)
    , m_drafts(drafts)
    , m_profile(std::move(profile))
    , m_account(std::move(account))
    , m_autosave(new AutosaveController(
          drafts,
          [this] {
              Draft d;
              if (CreateCampaignWizard* wizard = m_wizard.data()) {
                  const DeviceListModel* devices = wizard->session()->devices();
                  d = devices ? toDraft(wizard->form(), *devices) : toDraft(wizard->form());
              }
              d.profile = m_profile;
              d.account = m_account;
              return d;
          },
          this))
{
    // Nothing is saved until the user edits something (lists that load by themselves, like
    // the firmware packages, are no user input); after a created campaign, again.
    m_autosave->setEnabled(false);
    watch(wizard.session());
    // A created campaign, or a form emptied on purpose (Discard form): its draft goes, and no
    // empty "Untitled campaign (0 devices)" one follows until the next edit.
    const auto done = [this] {
        m_autosave->discard();
        m_autosave->setEnabled(false);
    };
    connect(&wizard, &CreateCampaignWizard::campaignCreated, m_autosave, done);
    connect(&wizard, &CreateCampaignWizard::formReset, m_autosave, done);
    // File ▸ Settings… ▸ "Save drafts of forms automatically", at once.
    if (settings) {
        m_autosave->setAllowed(settings->autosaveEnabled());
        connect(settings, &AppSettings::changed, m_autosave,
                [a = m_autosave, settings](AppSettings::Key key) {
                    if (key != AppSettings::Key::AutosaveEnabled)
                        return;
                    a->setAllowed(settings->autosaveEnabled());
                    if (a->isAllowed() && a->isEnabled())
                        a->markChanged(); // the form as it is now
                });
    }
}

CreateFormAutosave::~CreateFormAutosave()
{
    if (m_wizard)
        m_autosave->flush();
}

Draft CreateFormAutosave::toDraft(const CampaignForm& form)
{
    Draft d;
    d.kind = Draft::Kind::CreateCampaign;
    d.campaign = form.draft;
    if (!form.firmwareMake.isEmpty())
        d.extra.insert(u"firmwareMake"_s, form.firmwareMake);
    if (!form.firmwareModel.isEmpty())
        d.extra.insert(u"firmwareModel"_s, form.firmwareModel);
    if (!form.firmwarePackageProtocol.isEmpty())
        d.extra.insert(u"firmwarePackageProtocol"_s, form.firmwarePackageProtocol);
    return d;
}

Draft CreateFormAutosave::toDraft(const CampaignForm& form, const DeviceListModel& devices)
{
    Draft d = toDraft(form);
    DeviceListDraft::write(devices, d);
    return d;
}

CampaignForm CreateFormAutosave::toForm(const Draft& draft)
{
    CampaignForm form;
    form.draft = draft.campaign;
    form.firmwareMake = draft.extra.value(u"firmwareMake"_s).toString();
    form.firmwareModel = draft.extra.value(u"firmwareModel"_s).toString();
    form.firmwarePackageProtocol = draft.extra.value(u"firmwarePackageProtocol"_s).toString();
    return form;
}

bool CreateFormAutosave::restore(qint64 draftId)
{
    const auto draft = m_drafts.load(draftId);
    if (!draft || !m_wizard)
        return false;
    m_autosave->setEnabled(false); // filling the form is not a user change
    m_wizard->setForm(toForm(*draft));
    // The form's devices are its IMEIs; the rows around them come back as they were.
    if (DeviceListDraft::hasRowDetails(*draft)) {
        m_wizard->session()->reloadDevices([&draft](DeviceListModel& devices) {
            devices.clear();
            DeviceListDraft::append(devices, *draft);
        });
    }
    m_autosave->setDraftId(draftId); // the next user edit saves into this draft
    return true;
}

void CreateFormAutosave::watch(CreateSession* session)
{
    // One signal for every change of the form, whatever the input path (a key, a click in the
    // firmware list, a calendar, a spin box arrow, a file dialog, a drop, a paste): the form's
    // session says it. Listening to chosen widget signals instead (textEdited, activated, ...)
    // missed a firmware picked and a CSV imported by mouse, so no draft was left after a
    // crash. The first edit switches autosave on; load() (a restored draft, a new form) and
    // lists that load by themselves are no edits.
    AutosaveController* a = m_autosave;
    connect(session, &CreateSession::edited, a, [a] {
        a->setEnabled(true);
        a->markChanged();
    });
}

} // namespace fotadesk
