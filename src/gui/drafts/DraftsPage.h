// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/Draft.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class DraftsPage;
}

class QSortFilterProxyModel;

namespace fotadesk {

class DraftListModel;
class DraftStore;
class MessageSeam;

/// The list of saved drafts (the create-campaign form, device lists) to reopen or discard.
/// Reopening is the caller's job (setReopen): the create form restores a CreateCampaign draft.
/// Discarding asks first. The list is read again whenever the page is shown, and on Refresh.
class DraftsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftsPage)

public:
    /// Opens the draft; false when it could not (the page says so).
    using Reopen = std::function<bool(const DraftInfo& draft)>;

    DraftsPage(DraftStore& drafts, MessageSeam* messages, QWidget* parent = nullptr);
    ~DraftsPage() override;

    /// Which kinds can be reopened here, and how.
    void setReopen(Draft::Kind kind, Reopen reopen);
    /// The profile and account FotaDesk is connected to. A device-list draft saved under
    /// another one is not reopened (its campaign lives there); Reopen says which to connect to.
    void setCurrentAccount(const QString& profile, const QString& account);

    [[nodiscard]] DraftListModel* model() const { return m_model; }

public Q_SLOTS:
    void refresh();
    void reopenSelected();
    void discardSelected();

protected:
    void showEvent(QShowEvent* event) override;

private:
    [[nodiscard]] const DraftInfo* selected() const;
    /// Why `draft` cannot be reopened in this connection; empty when it can.
    [[nodiscard]] QString whyNotHere(const DraftInfo& draft) const;
    void updateButtons();

    std::unique_ptr<Ui::DraftsPage> m_ui;
    DraftStore& m_drafts;
    MessageSeam* m_messages;
    DraftListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    Reopen m_reopenCreate;
    Reopen m_reopenDeviceList;
    QString m_profile;
    QString m_account;
};

} // namespace fotadesk
