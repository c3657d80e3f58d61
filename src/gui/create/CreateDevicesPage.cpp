// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/create/CreateDevicesPage.h"

#include "gui/common/IssueText.h"
#include "gui/create/CreateSession.h"
#include "gui/devices/DeviceListEditor.h"
#include "gui/shell/AppContext.h"
#include "ui_CreateDevicesPage.h"

namespace fotadesk {

CreateDevicesPage::CreateDevicesPage(AppContext& context, CreateSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::CreateDevicesPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->editor->setMessageSeam(context.messages);
    m_ui->editor->setModel(session.devices());
    connect(&m_session, &CreateSession::licenseStateChanged, m_ui->editor,
            &DeviceListEditor::setLicenseChecked);
    connect(&m_session, &CreateSession::loaded, this, &CreateDevicesPage::validate);
    connect(m_ui->editor, &DeviceListEditor::countsChanged, this, &CreateDevicesPage::validate);
    connect(m_ui->editor, &DeviceListEditor::importFinished, this, &CreateDevicesPage::validate);
    validate();
}

CreateDevicesPage::~CreateDevicesPage() = default;

DeviceListEditor* CreateDevicesPage::editor() const
{
    return m_ui->editor;
}

bool CreateDevicesPage::isComplete() const
{
    return !m_ui->editor->isImporting() && m_ui->editor->counts().valid > 0;
}

void CreateDevicesPage::validate()
{
    DraftIssues issues;
    const DeviceListCounts c = m_ui->editor->counts();
    if (c.valid == 0) {
        issues = CampaignDraft::validateDevices({});
    } else if (c.valid > CampaignDraft::kPilotGateDevices) {
        const auto imeis = m_ui->editor->validImeis();
        issues = CampaignDraft::validateDevices(QList<Imei>(imeis.begin(), imeis.end()));
    }
    if (c.rejected > 0) {
        DraftIssue issue;
        issue.field = DraftField::Devices;
        issue.severity = IssueSeverity::Warning;
        issue.code = QStringLiteral("gui-rejected");
        issue.message = tr("%Ln line(s) are not IMEIs and will not be sent (see Rejected lines).",
                           nullptr, int(c.rejected));
        issues.append(issue);
    }
    IssueText::apply(m_ui->issuesLabel, issues);
    Q_EMIT completeChanged();
}

} // namespace fotadesk
