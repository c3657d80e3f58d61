// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>

namespace fotadesk {

class AppSettings;
class AutosaveController;
class CreateCampaignWizard;
class DeviceListModel;
class CreateSession;
class DraftStore;
struct CampaignForm;
struct Draft;

/// Autosaves the create-campaign form into a draft (AutosaveController: at most 2 s behind
/// the user) and restores drafts into it. It listens to one signal, CreateSession::edited(),
/// which every change of the form emits whatever its input path (keyboard or mouse, typed,
/// picked, imported); the draft is discarded when the campaign was created. The wizard's form
/// value is CampaignForm; the package's make/model/protocol travel in Draft::extra.
/// With the setting AutosaveEnabled off nothing is saved; switched on again, the form as it
/// is then is saved (when the user had edited it).
class CreateFormAutosave final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateFormAutosave)

public:
    /// `settings` (may be null: always on) outlives it.
    CreateFormAutosave(CreateCampaignWizard& wizard, DraftStore& drafts, QString profile,
                       QString account, AppSettings* settings, QObject* parent = nullptr);
    ~CreateFormAutosave() override;

    /// Loads a draft into the wizard and keeps saving into it. False when it cannot be read.
    bool restore(qint64 draftId);
    [[nodiscard]] AutosaveController* controller() const { return m_autosave; }

    static Draft toDraft(const CampaignForm& form);
    /// The form with every row of its device list (DeviceListDraft: duplicates, rejected
    /// lines, source lines and the file's other columns), what autosave writes.
    static Draft toDraft(const CampaignForm& form, const DeviceListModel& devices);
    static CampaignForm toForm(const Draft& draft);

private:
    void watch(CreateSession* session);

    QPointer<CreateCampaignWizard> m_wizard;
    DraftStore& m_drafts;
    QString m_profile;
    QString m_account;
    AutosaveController* m_autosave;
};

} // namespace fotadesk
