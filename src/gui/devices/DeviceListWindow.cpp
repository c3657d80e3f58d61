// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/devices/DeviceListWindow.h"

#include "gui/common/FolderMemorySeam.h"
#include "gui/common/Icons.h"
#include "gui/devices/DeviceListEditor.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QMimeData>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fotadesk {

DeviceListWindow::DeviceListWindow(MessageSeam* messages, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_editor(new DeviceListEditor(this))
    , m_newCampaignButton(nullptr)
{
    setObjectName(u"deviceListWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Device list"));
    setWindowIcon(Icons::get(u"devices"_s));
    resize(820, 640);
    m_editor->setObjectName(u"deviceListEditor"_s);
    m_editor->setMessageSeam(messages);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_newCampaignButton =
        buttons->addButton(tr("&New campaign with these devices"), QDialogButtonBox::AcceptRole);
    m_newCampaignButton->setObjectName(u"newCampaignButton"_s);
    m_newCampaignButton->setIcon(Icons::get(u"new-campaign"_s));
    m_newCampaignButton->setToolTip(
        tr("Start the create-campaign form with the valid IMEIs of this list"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    connect(m_newCampaignButton, &QPushButton::clicked, this, [this] {
        Q_EMIT newCampaignRequested(m_editor->model()->table().validDeviceIds(),
                                    QFileInfo(m_file).fileName());
        close();
    });
    connect(m_editor, &DeviceListEditor::countsChanged, this, &DeviceListWindow::updateButton);
    connect(m_editor, &DeviceListEditor::importFinished, this, &DeviceListWindow::updateButton);

    auto* closeAction = new QAction(this);
    closeAction->setShortcuts(QKeySequence::Close);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    updateButton();
}

DeviceListWindow::~DeviceListWindow() = default;

bool DeviceListWindow::openFile(const QString& path)
{
    m_file = path;
    setWindowTitle(tr("Device list — %1").arg(QFileInfo(path).fileName()));
    setWindowFilePath(path);
    return m_editor->importFile(path);
}

QStringList DeviceListWindow::deviceListFiles(const QMimeData* mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && FolderMemorySeam::isDeviceListFile(url.toLocalFile()))
            out.append(url.toLocalFile());
    }
    return out;
}

void DeviceListWindow::updateButton()
{
    const int valid = int(m_editor->counts().valid);
    m_newCampaignButton->setEnabled(valid > 0 && !m_editor->isImporting());
    m_newCampaignButton->setText(valid > 0
                                     ? tr("&New campaign with these %Ln devices", nullptr, valid)
                                     : tr("&New campaign with these devices"));
}

} // namespace fotadesk
