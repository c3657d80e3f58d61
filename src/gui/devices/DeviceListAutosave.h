// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/Draft.h"

#include <QObject>
#include <QPointer>

namespace fotadesk {

class AppSettings;
class AutosaveController;
class DeviceListModel;
class DraftStore;

/// Autosaves the device list of an add/remove-devices dialog (DeviceChangeDialog) into a
/// DeviceList draft (AutosaveController: at most 2 s behind the user) and restores drafts
/// into it — the device-list counterpart of CreateFormAutosave.
///
/// The draft keeps every row of the list in order (DeviceListDraft): valid and duplicate
/// rows as IMEIs, rejected rows verbatim with their line, reason and suggestion, every row's
/// source line and the file's other columns. Draft::campaignId names the campaign, Draft::extra
/// "mode" says add or remove. An empty list is no draft: clearing the list discards it. Nothing is
/// saved until the list changes; restoring is no change. discard() after the change was sent
/// successfully (DeviceChangeDialog does that). With the setting AutosaveEnabled off nothing
/// is saved; switched on again, the list as it is then is saved.
class DeviceListAutosave final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceListAutosave)

public:
    enum class Mode
    {
        Add,
        Remove
    };

    /// Watches `model` (the dialog's editor model); `title` names the draft in the list.
    /// `settings` (may be null: always on) outlives it.
    DeviceListAutosave(DeviceListModel& model, DraftStore& drafts, QString campaignId, Mode mode,
                       QString title, QString profile, QString account, AppSettings* settings,
                       QObject* parent = nullptr);
    ~DeviceListAutosave() override;

    /// Loads a DeviceList draft into the model (replacing its rows) and keeps saving into it.
    /// False when it cannot be read or is no device-list draft.
    bool restore(qint64 draftId);
    /// The work is done (sent successfully) or thrown away: the draft goes, saving stops.
    void discard();
    /// Saves a pending change now (the dialog closes).
    void flushNow();
    [[nodiscard]] AutosaveController* controller() const { return m_autosave; }

    /// The model's rows as a draft (kind DeviceList; campaignId, mode; no profile/title).
    static Draft toDraft(const DeviceListModel& model, const QString& campaignId, Mode mode);
    /// Appends a draft's rows to `model` in their saved order (duplicates stay duplicates,
    /// rejected rows keep line, reason and suggestion).
    static void appendTo(DeviceListModel& model, const Draft& draft);
    /// The mode a draft was saved for (Add when it does not say).
    static Mode modeOf(const Draft& draft);

private:
    void onChanged();

    QPointer<DeviceListModel> m_model;
    DraftStore& m_drafts;
    QString m_campaignId;
    Mode m_mode;
    QString m_title;
    QString m_profile;
    QString m_account;
    AutosaveController* m_autosave;
    bool m_restoring = false;
};

} // namespace fotadesk
