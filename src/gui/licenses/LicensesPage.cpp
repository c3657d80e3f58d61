// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/licenses/LicensesPage.h"

#include "api/LicensePager.h"
#include "core/FileWriter.h"
#include "gui/common/ApiErrorText.h"
#include "gui/common/ColumnFit.h"
#include "gui/common/GroupedNumber.h"
#include "gui/common/MessageSeam.h"
#include "gui/common/PageTitle.h"
#include "gui/devices/DeviceChangeDialog.h"
#include "gui/devices/DeviceListEditor.h"
#include "gui/shell/AppContext.h"
#include "models/LicensedDeviceModel.h"
#include "ui_LicensesPage.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

namespace fotadesk {

LicensesPage::LicensesPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LicensesPage>())
    , m_context(context)
    , m_model(new LicensedDeviceModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"licensesPage"_s);
    stylePageTitle(m_ui->titleLabel);

    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(LicensedDeviceModel::SortRole);
    m_filter->setFilterKeyColumn(LicensedDeviceModel::ImeiColumn);
    m_ui->table->setModel(m_filter);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->sortByColumn(LicensedDeviceModel::ImeiColumn, Qt::AscendingOrder);
    ColumnFit::onFirstRows(m_ui->table, {LicensedDeviceModel::ImeiColumn});

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        // Spaces and dashes as people paste IMEIs: only the digits filter.
        QString digits;
        for (QChar c : text)
            if (c.isDigit())
                digits += c;
        m_filter->setFilterFixedString(digits);
        updateShown();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &LicensesPage::updateShown);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &LicensesPage::updateShown);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LicensesPage::updateButtons);
    connect(m_ui->assignButton, &QPushButton::clicked, this, &LicensesPage::assignLicenses);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &LicensesPage::removeLicenses);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &LicensesPage::exportClicked);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &LicensesPage::refresh);
    updateShown();
    updateButtons();
}

LicensesPage::~LicensesPage() = default;

void LicensesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Read when first shown: the window does not wait for every licensed device.
    if (!m_loaded)
        refresh();
}

void LicensesPage::refresh()
{
    if (!m_context.client)
        return;
    m_loaded = true;
    if (m_pager)
        m_pager->cancel();
    m_model->clear();
    m_ui->summaryLabel->setText(tr("Reading the licensed devices…"));
    auto* pager = new LicensePager(m_context.client, this);
    m_pager = pager;
    connect(pager, &LicensePager::pageArrived, this,
            [this](const QList<wire::LicensedDevice>& devices) { m_model->append(devices); });
    connect(pager, &Pager::restarted, this, [this] { m_model->clear(); });
    connect(pager, &Pager::progress, this, [this](qint64 received, qint64 total) {
        m_ui->summaryLabel->setText(
            total >= 0
                ? tr("Reading the licensed devices… %1 of %2").arg(number(received), number(total))
                : tr("Reading the licensed devices… %1").arg(number(received)));
    });
    connect(pager, &ApiJob::finished, this, [this, pager] {
        if (m_pager != pager)
            return; // a newer read replaced it
        const bool ok = pager->succeeded();
        const wire::LicenseSummary& s = pager->summary();
        QString text;
        if (ok) {
            text =
                s.totalLicenses
                    ? tr("%1 of %2 licenses assigned; %3 free.")
                          .arg(number(s.assignedLicenses), number(*s.totalLicenses),
                               number(std::max<qint64>(0, *s.totalLicenses - s.assignedLicenses)))
                    : tr("%1 licenses assigned.").arg(number(s.assignedLicenses));
        } else if (pager->error().kind() != ApiError::Kind::Cancelled) {
            text =
                ApiErrorText::plain(tr("Reading the licensed devices"), pager->error()) + u' ' +
                tr("The list shows the %Ln device(s) read so far.", nullptr, m_model->rowCount());
        }
        if (!text.isEmpty())
            m_ui->summaryLabel->setText(text);
        m_pager = nullptr;
        updateButtons();
        Q_EMIT loaded(ok);
    });
    updateButtons();
    pager->start();
}

QString LicensesPage::summaryText() const
{
    return m_ui->summaryLabel->text();
}

QStringList LicensesPage::selectedDevices() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_ui->table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (int row : rows)
        ids << m_filter->index(row, LicensedDeviceModel::ImeiColumn).data().toString();
    return ids;
}

DeviceChangeDialog* LicensesPage::assignLicenses()
{
    return openDialog(true, {});
}

DeviceChangeDialog* LicensesPage::removeLicenses()
{
    return openDialog(false, selectedDevices());
}

DeviceChangeDialog* LicensesPage::openDialog(bool assign, const QStringList& devices)
{
    if (!m_context.client || m_dialog)
        return m_dialog;
    auto* dialog = new DeviceChangeDialog(m_context, wire::Campaign{},
                                          assign ? DeviceChangeDialog::Mode::AssignLicenses
                                                 : DeviceChangeDialog::Mode::RemoveLicenses,
                                          this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!devices.isEmpty())
        dialog->editor()->importText(devices.join(u'\n'),
                                     tr("%Ln device(s) selected on the Licenses page", nullptr,
                                        static_cast<int>(devices.size())));
    // A run changed who holds a license: read the list again.
    connect(dialog, &DeviceChangeDialog::runFinished, this, &LicensesPage::refresh);
    connect(dialog, &QDialog::finished, this, [this] { updateButtons(); });
    m_dialog = dialog;
    dialog->open();
    updateButtons();
    return dialog;
}

bool LicensesPage::exportShown(const QString& path, QString* error) const
{
    QList<int> rows;
    rows.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        rows << m_filter->mapToSource(m_filter->index(row, 0)).row();
    return FileWriter::writeFile(path, m_model->toCsv(rows), error);
}

void LicensesPage::exportClicked()
{
    if (!m_context.messages)
        return;
    const QString path = m_context.messages->saveFileName(
        this, tr("Export licensed devices"), u"licensed-devices.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportShown(path, &error))
        m_ui->summaryLabel->setText(
            tr("Exported %Ln device(s) to %1.", nullptr, m_filter->rowCount()).arg(path));
    else
        m_context.messages->message(this, MessageSeam::Severity::Warning,
                                    tr("Export licensed devices"), error);
}

void LicensesPage::updateShown()
{
    m_ui->shownLabel->setText(
        tr("%1 of %2 shown").arg(number(m_filter->rowCount()), number(m_model->rowCount())));
    updateButtons();
}

void LicensesPage::updateButtons()
{
    const bool free = m_context.client && !m_dialog;
    const int selected = static_cast<int>(m_ui->table->selectionModel()->selectedRows().size());
    m_ui->assignButton->setEnabled(free);
    m_ui->removeButton->setEnabled(free);
    m_ui->removeButton->setToolTip(
        selected > 0 ? tr("Remove the licenses of the %Ln selected device(s)", nullptr, selected)
                     : tr("Remove the licenses of the devices of a list (import a file or "
                          "paste IMEIs)"));
    m_ui->exportButton->setEnabled(m_filter->rowCount() > 0);
    m_ui->refreshButton->setEnabled(m_context.client != nullptr);
}

} // namespace fotadesk
