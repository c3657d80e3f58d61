// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/drafts/DraftsPage.h"

#include "gui/common/MessageSeam.h"
#include "gui/drafts/DraftListModel.h"
#include "store/DraftStore.h"
#include "ui_DraftsPage.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace fotadesk {

DraftsPage::DraftsPage(DraftStore& drafts, MessageSeam* messages, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DraftsPage>())
    , m_drafts(drafts)
    , m_messages(messages)
    , m_model(new DraftListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DraftListModel::RawValueRole);
    m_ui->table->setModel(m_proxy);
    m_ui->table->sortByColumn(DraftListModel::SavedColumn, Qt::DescendingOrder);
    m_ui->table->horizontalHeader()->setSectionResizeMode(DraftListModel::TitleColumn,
                                                          QHeaderView::Stretch);
    m_ui->table->verticalHeader()->hide();
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DraftsPage::updateButtons);
    connect(m_ui->table, &QAbstractItemView::doubleClicked, this, &DraftsPage::reopenSelected);
    connect(m_ui->reopenButton, &QPushButton::clicked, this, &DraftsPage::reopenSelected);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &DraftsPage::discardSelected);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &DraftsPage::refresh);
    refresh();
}

DraftsPage::~DraftsPage() = default;

void DraftsPage::setReopen(Draft::Kind kind, Reopen reopen)
{
    (kind == Draft::Kind::CreateCampaign ? m_reopenCreate : m_reopenDeviceList) = std::move(reopen);
    updateButtons();
}

void DraftsPage::refresh()
{
    m_model->setDrafts(m_drafts.list());
    m_ui->table->resizeColumnsToContents();
    m_ui->table->horizontalHeader()->setSectionResizeMode(DraftListModel::TitleColumn,
                                                          QHeaderView::Stretch);
    const bool empty = m_model->rowCount() == 0;
    m_ui->emptyLabel->setVisible(empty);
    m_ui->table->setVisible(!empty);
    if (!empty)
        m_ui->table->selectRow(0);
    updateButtons();
}

const DraftInfo* DraftsPage::selected() const
{
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->draftAt(m_proxy->mapToSource(rows.first()).row());
}

void DraftsPage::setCurrentAccount(const QString& profile, const QString& account)
{
    m_profile = profile;
    m_account = account;
    updateButtons();
}

QString DraftsPage::whyNotHere(const DraftInfo& draft) const
{
    const bool handled =
        draft.kind == Draft::Kind::CreateCampaign ? bool(m_reopenCreate) : bool(m_reopenDeviceList);
    if (!handled)
        return tr("This kind of draft cannot be reopened here.");
    // A device list belongs to a campaign of the account it was saved under.
    if (draft.kind == Draft::Kind::DeviceList && !m_account.isEmpty() && !draft.account.isEmpty() &&
        (draft.account != m_account || draft.profile != m_profile))
        return tr("This device list was saved for campaign %1 of account %2 (%3 profile); "
                  "FotaDesk is connected to account %4 (%5 profile). Start FotaDesk on the "
                  "%3 profile with --account %2 to reopen it there; the draft is kept.")
            .arg(draft.campaignId, draft.account, draft.profile, m_account, m_profile);
    return {};
}

void DraftsPage::updateButtons()
{
    const DraftInfo* d = selected();
    const QString why = d ? whyNotHere(*d) : QString();
    m_ui->reopenButton->setEnabled(d && why.isEmpty());
    m_ui->reopenButton->setToolTip(why);
    m_ui->discardButton->setEnabled(d != nullptr);
}

void DraftsPage::reopenSelected()
{
    const DraftInfo* d = selected();
    if (!d)
        return;
    const Reopen& reopen =
        d->kind == Draft::Kind::CreateCampaign ? m_reopenCreate : m_reopenDeviceList;
    if (!reopen)
        return;
    const DraftInfo draft = *d;
    if (const QString why = whyNotHere(draft); !why.isEmpty()) {
        // Double-click reaches here even where the button is disabled.
        if (m_messages)
            m_messages->message(this, MessageSeam::Severity::Information, tr("Draft not reopened"),
                                why);
        return;
    }
    if (!reopen(draft) && m_messages)
        m_messages->message(this, MessageSeam::Severity::Warning, tr("Draft not reopened"),
                            tr("The draft \"%1\" could not be read from the workspace. It is "
                               "kept; the log in the data directory says why.")
                                .arg(draft.title));
}

void DraftsPage::discardSelected()
{
    const DraftInfo* d = selected();
    if (!d)
        return;
    const DraftInfo draft = *d;
    if (m_messages &&
        !m_messages->confirm(this, tr("Discard draft"),
                             tr("Discard the draft \"%1\" (%2, %Ln device(s))? This cannot be "
                                "undone.",
                                nullptr, int(draft.deviceCount))
                                 .arg(draft.title, DraftListModel::kindLabel(draft.kind)),
                             tr("Discard")))
        return;
    if (!m_drafts.discard(draft.id) && m_messages)
        m_messages->message(
            this, MessageSeam::Severity::Error, tr("Draft not discarded"),
            tr("The workspace did not remove the draft \"%1\"; it is kept.").arg(draft.title));
    refresh();
}

void DraftsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

} // namespace fotadesk
