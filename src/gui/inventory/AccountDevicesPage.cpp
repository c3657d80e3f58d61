// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/inventory/AccountDevicesPage.h"

#include "core/Clock.h"
#include "core/CsvWriter.h"
#include "core/DisplayFormat.h"
#include "core/FileWriter.h"
#include "core/Imei.h"
#include "gui/common/ApiErrorText.h"
#include "gui/common/ColumnFit.h"
#include "gui/common/Icons.h"
#include "gui/common/MessageArea.h"
#include "gui/common/MessageSeam.h"
#include "gui/common/PageTitle.h"
#include "gui/inventory/AccountDeviceLoader.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/ConnectionState.h"
#include "models/AccountDeviceFilterModel.h"
#include "models/AccountDeviceModel.h"
#include "store/Draft.h"
#include "store/DraftStore.h"
#include "ui_AccountDevicesPage.h"

#include <QDir>
#include <QFontMetrics>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSet>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

using Field = AccountDeviceModel::Field;

const Clock& clockOf(const AppContext& context)
{
    return context.clock ? *context.clock : Clock::system();
}

QList<int> fittedColumns()
{
    return {AccountDeviceModel::ImeiColumn,     AccountDeviceModel::MakeColumn,
            AccountDeviceModel::ModelColumn,    AccountDeviceModel::FirmwareColumn,
            AccountDeviceModel::ProtocolColumn, AccountDeviceModel::EligibleColumn,
            AccountDeviceModel::LicensedColumn};
}

/// A yes/no/any combo box's value.
std::optional<bool> triState(const QComboBox* combo)
{
    const QVariant v = combo->currentData();
    return v.isValid() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

} // namespace

AccountDevicesPage::AccountDevicesPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AccountDevicesPage>())
    , m_context(context)
    , m_model(new AccountDeviceModel(this))
    , m_filter(new AccountDeviceFilterModel(this))
    , m_loader(new AccountDeviceLoader(context.client, this))
    , m_choicesTimer(new QTimer(this))
    , m_shownTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(u"accountDevicesPage"_s);
    stylePageTitle(m_ui->titleLabel);
    m_ui->refreshButton->setIcon(Icons::get(u"refresh"_s));
    m_ui->exportButton->setIcon(Icons::get(u"export"_s));
    m_ui->newCampaignButton->setIcon(Icons::get(u"new-campaign"_s));
    m_ui->addToDraftButton->setIcon(Icons::get(u"drafts"_s));

    m_model->setDisplayTimeZone(context.siteZone);
    m_filter->setSourceModel(m_model);
    m_filter->setDynamicSortFilter(true);

    QTableView* view = m_ui->table;
    view->setModel(m_filter);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->sortByColumn(AccountDeviceModel::ImeiColumn, Qt::AscendingOrder);
    // Where the keyboard is: a frame in the highlight colour, like the navigation list's.
    view->setStyleSheet(u"QTableView:focus { border: 2px solid palette(highlight); }"_s);
    // Columns as wide as what they show (translated headers included), once rows are there;
    // wider when later pages bring longer values (onFinished).
    ColumnFit::onFirstRows(view, fittedColumns());

    setUpFilters();

    // Choices and counts follow the rows at most every 200 ms while pages arrive.
    m_choicesTimer->setSingleShot(true);
    m_choicesTimer->setInterval(200);
    connect(m_choicesTimer, &QTimer::timeout, this, &AccountDevicesPage::fillChoices);
    connect(m_model, &AccountDeviceModel::valuesChanged, this, [this] {
        if (!m_choicesTimer->isActive())
            m_choicesTimer->start();
    });
    m_shownTimer->setSingleShot(true);
    m_shownTimer->setInterval(100);
    connect(m_shownTimer, &QTimer::timeout, this, [this] {
        updateState();
        updateShown();
    });
    connect(m_loader, &AccountDeviceLoader::progress, this, [this] {
        if (!m_shownTimer->isActive())
            m_shownTimer->start();
    });
    connect(m_loader, &AccountDeviceLoader::finished, this, &AccountDevicesPage::onFinished);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountDevicesPage::updateShown);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AccountDevicesPage::updateActions);

    connect(m_ui->refreshButton, &QPushButton::clicked, this, &AccountDevicesPage::refresh);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &AccountDevicesPage::cancelLoad);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AccountDevicesPage::chooseAndExport);
    connect(m_ui->newCampaignButton, &QPushButton::clicked, this,
            &AccountDevicesPage::newCampaignFromSelection);
    connect(m_ui->addToDraftButton, &QPushButton::clicked, this,
            &AccountDevicesPage::addToChosenDraft);
    m_ui->draftCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->draftCombo->setMinimumContentsLength(18);
    // The drafts are listed when the page is shown: the workspace may open after the window.
    m_ui->draftCombo->addItem(tr("A new draft"), qint64(0));
    updateState();
    updateShown();
}

AccountDevicesPage::~AccountDevicesPage()
{
    m_loader->cancel();
}

QTableView* AccountDevicesPage::table() const
{
    return m_ui->table;
}

bool AccountDevicesPage::isLoading() const
{
    return m_loader->isLoading();
}

void AccountDevicesPage::setUpFilters()
{
    for (QComboBox* combo :
         {m_ui->protocolCombo, m_ui->makeCombo, m_ui->modelCombo, m_ui->firmwareCombo}) {
        // Long firmware names must not widen the window: the list shows them in full.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        combo->addItem(tr("Any"), QString());
        connect(combo, &QComboBox::currentIndexChanged, this, &AccountDevicesPage::applyFilters);
    }
    for (QComboBox* combo : {m_ui->eligibleCombo, m_ui->licensedCombo}) {
        combo->addItem(tr("Any"));
        combo->addItem(tr("Yes"), true);
        combo->addItem(tr("No"), false);
        connect(combo, &QComboBox::currentIndexChanged, this, &AccountDevicesPage::applyFilters);
    }
    m_ui->notConnectedSpin->setSuffix(tr(" days"));
    m_ui->notConnectedSpin->setEnabled(false);
    connect(m_ui->notConnectedCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->notConnectedSpin->setEnabled(on);
        applyFilters();
    });
    connect(m_ui->notConnectedSpin, &QSpinBox::valueChanged, this,
            &AccountDevicesPage::applyFilters);
    connect(m_ui->imeiFilterEdit, &QLineEdit::textChanged, this, &AccountDevicesPage::applyFilters);
}

void AccountDevicesPage::fillChoices()
{
    const std::pair<QComboBox*, Field> combos[] = {{m_ui->protocolCombo, Field::Protocol},
                                                   {m_ui->makeCombo, Field::Make},
                                                   {m_ui->modelCombo, Field::Model},
                                                   {m_ui->firmwareCombo, Field::Firmware}};
    for (const auto& [combo, field] : combos) {
        const QString current = combo->currentData().toString();
        QStringList values = m_model->distinctValues(field);
        // A chosen value stays offered while it is not (or no longer) in the rows.
        if (!current.isEmpty() && !values.contains(current))
            values.append(current);
        QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("Any"), QString());
        for (const QString& v : std::as_const(values))
            combo->addItem(v.isEmpty() ? tr("(none)") : v, v);
        combo->setCurrentIndex(std::max(0, current.isEmpty() ? 0 : combo->findData(current)));
    }
}

void AccountDevicesPage::setFilterValue(QComboBox* combo, const QString& value)
{
    fillChoices(); // what was loaded until now is offered
    const int index = value.isEmpty() ? 0 : combo->findData(value);
    combo->setCurrentIndex(std::max(0, index));
}

void AccountDevicesPage::applyFilters()
{
    m_filter->setValue(Field::Protocol, m_ui->protocolCombo->currentData().toString());
    m_filter->setValue(Field::Make, m_ui->makeCombo->currentData().toString());
    m_filter->setValue(Field::Model, m_ui->modelCombo->currentData().toString());
    m_filter->setValue(Field::Firmware, m_ui->firmwareCombo->currentData().toString());
    m_filter->setEligible(triState(m_ui->eligibleCombo));
    m_filter->setLicensed(triState(m_ui->licensedCombo));
    m_filter->setNotConnectedFor(
        m_ui->notConnectedCheck->isChecked() ? m_ui->notConnectedSpin->value() : -1,
        clockOf(m_context).nowUtc());
    m_filter->setImeiText(m_ui->imeiFilterEdit->text());
    updateShown();
}

void AccountDevicesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reloadDrafts(); // the Drafts page or the create form may have changed them
    if (!m_loadedOnce && m_loadOnShow)
        refresh();
}

void AccountDevicesPage::refresh()
{
    if (!m_context.client)
        return;
    m_loadedOnce = true;
    if (m_loader->isLoading())
        return;
    showMessage({}, false);
    m_model->clear();
    m_loader->load(m_model);
    updateState();
    updateShown();
}

void AccountDevicesPage::cancelLoad()
{
    m_loader->cancel();
}

void AccountDevicesPage::onFinished(bool ok)
{
    m_shownTimer->stop();
    m_lastFailed = !ok;
    fillChoices();
    fitToValues();
    if (ok) {
        if (m_context.connection)
            m_context.connection->noteAnswer();
    } else {
        const ApiError& error = *m_loader->error();
        const bool cancelled = error.kind() == ApiError::Kind::Cancelled;
        if (m_context.connection && !cancelled)
            m_context.connection->noteError(error);
        showMessage(cancelled ? tr("Loading stopped: the table shows the %Ln device(s) read so "
                                   "far.",
                                   nullptr, m_model->rowCount())
                                    .toHtmlEscaped()
                              : ApiErrorText::html(m_model->rowCount() > 0
                                                       ? tr("The account's devices could not be "
                                                            "read completely; the table shows "
                                                            "those read before the error.")
                                                       : tr("The account's devices could not be "
                                                            "read."),
                                                   error),
                    !cancelled, true);
    }
    updateState();
    updateShown();
    Q_EMIT loadFinished(ok);
}

void AccountDevicesPage::fitToValues()
{
    // The view sizes columns from the rows it samples (the first ~1000 by the sort order,
    // one make's); the distinct values are few, so measure them all, and never narrow a column.
    const std::pair<int, Field> columns[] = {{AccountDeviceModel::MakeColumn, Field::Make},
                                             {AccountDeviceModel::ModelColumn, Field::Model},
                                             {AccountDeviceModel::FirmwareColumn, Field::Firmware},
                                             {AccountDeviceModel::ProtocolColumn, Field::Protocol}};
    const QFontMetrics metrics(m_ui->table->font());
    const int padding = 2 * m_ui->table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12;
    for (const auto& [column, field] : columns) {
        int wanted = 0;
        for (const QString& value : m_model->distinctValues(field))
            wanted = std::max(wanted, metrics.horizontalAdvance(value) + padding);
        wanted = std::min(wanted, 420);
        if (wanted > m_ui->table->columnWidth(column))
            m_ui->table->setColumnWidth(column, wanted);
    }
}

void AccountDevicesPage::updateState()
{
    const bool loading = m_loader->isLoading();
    // Refresh and Stop take turns in one place; the keyboard focus goes along.
    const bool focusOnRefresh = m_ui->refreshButton->hasFocus();
    const bool focusOnStop = m_ui->stopButton->hasFocus();
    m_ui->stopButton->setVisible(loading);
    m_ui->refreshButton->setVisible(!loading);
    m_ui->refreshButton->setEnabled(m_context.client != nullptr);
    if (loading && focusOnRefresh)
        m_ui->stopButton->setFocus(Qt::OtherFocusReason);
    else if (!loading && focusOnStop)
        m_ui->refreshButton->setFocus(Qt::OtherFocusReason);
    m_ui->progressBar->setVisible(loading);
    const QLocale locale;
    QString text;
    if (loading) {
        text = tr("Loading… %Ln device(s) (%1)", nullptr, int(m_loader->appended()))
                   .arg(m_loader->currentProtocol());
    } else if (m_loadedOnce) {
        text = tr("%Ln device(s) in the account (%1)", nullptr, m_model->rowCount())
                   .arg(m_loader->protocols().join(u", "_s));
        if (m_lastFailed)
            text += u" · "_s + tr("incomplete");
    } else {
        text = tr("Not loaded yet");
    }
    m_ui->stateLabel->setText(text);
    updateActions();
}

void AccountDevicesPage::updateShown()
{
    const QLocale locale;
    const int selected = int(m_ui->table->selectionModel()->selectedRows().size());
    QString text = tr("%1 of %Ln device(s) shown", nullptr, m_model->rowCount())
                       .arg(locale.toString(m_filter->rowCount()));
    if (selected > 0)
        text += u" · "_s + tr("%1 selected").arg(locale.toString(selected));
    m_ui->shownLabel->setText(text);
    updateActions();
}

void AccountDevicesPage::updateActions()
{
    const QLocale locale;
    const int selected = int(m_ui->table->selectionModel()->selectedRows().size());
    const int shown = m_filter->rowCount();
    const int count = selected > 0 ? selected : shown;
    const bool any = count > 0;
    if (selected > 0) {
        m_ui->newCampaignButton->setText(
            tr("New campai&gn from %1 selected").arg(locale.toString(selected)));
        m_ui->newCampaignButton->setToolTip(
            tr("Open the New campaign form with the selected devices in its device list"));
        m_ui->addToDraftButton->setText(
            tr("Add %1 &selected to draft:").arg(locale.toString(selected)));
    } else {
        m_ui->newCampaignButton->setText(
            tr("New campai&gn from all %1 shown").arg(locale.toString(shown)));
        m_ui->newCampaignButton->setToolTip(
            tr("Nothing is selected: the New campaign form gets every device the table shows"));
        m_ui->addToDraftButton->setText(
            tr("Add all %1 &shown to draft:").arg(locale.toString(shown)));
    }
    m_ui->newCampaignButton->setEnabled(any);
    const bool drafts = m_context.drafts != nullptr;
    m_ui->addToDraftButton->setEnabled(any && drafts);
    m_ui->draftCombo->setEnabled(drafts);
    m_ui->addToDraftButton->setToolTip(
        drafts ? tr("Append these devices to the create-form draft chosen beside (a new one, or "
                    "one of the Drafts page); devices already in it are not added twice")
               : tr("There is no local workspace: drafts cannot be kept"));
    m_ui->exportButton->setEnabled(shown > 0 && m_context.messages);
}

QStringList AccountDevicesPage::actionDeviceIds() const
{
    QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return m_filter->shownDeviceIds();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList ids;
    ids.reserve(rows.size());
    for (const QModelIndex& index : std::as_const(rows))
        ids.append(index.data(AccountDeviceModel::DeviceIdRole).toString());
    return ids;
}

QString AccountDevicesPage::sourceName() const
{
    QStringList parts;
    const std::pair<Field, QString> named[] = {{Field::Make, tr("make %1")},
                                               {Field::Model, tr("model %1")},
                                               {Field::Firmware, tr("firmware %1")},
                                               {Field::Protocol, tr("protocol %1")}};
    for (const auto& [field, pattern] : named) {
        const QString value = m_filter->value(field);
        if (!value.isEmpty())
            parts.append(pattern.arg(value));
    }
    const int selected = int(m_ui->table->selectionModel()->selectedRows().size());
    if (selected > 0)
        parts.append(tr("%Ln selected", nullptr, selected));
    else if (parts.isEmpty() && m_filter->isFiltering())
        parts.append(tr("filtered"));
    if (parts.isEmpty())
        parts.append(tr("all"));
    return tr("Account devices: %1").arg(parts.join(u", "_s));
}

void AccountDevicesPage::newCampaignFromSelection()
{
    const QStringList ids = actionDeviceIds();
    if (ids.isEmpty())
        return;
    Q_EMIT newCampaignRequested(ids, sourceName());
}

void AccountDevicesPage::reloadDrafts()
{
    QComboBox* combo = m_ui->draftCombo;
    const qint64 current = combo->currentData().toLongLong();
    QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(tr("A new draft"), qint64(0));
    if (!m_context.drafts)
        return;
    const QString account = m_context.environment.accountName;
    const QLocale locale;
    for (const DraftInfo& d : m_context.drafts->list(Draft::Kind::CreateCampaign)) {
        if (!d.account.isEmpty() && !account.isEmpty() && d.account != account)
            continue; // another account's devices do not belong in it
        const QString title = d.title.isEmpty() ? tr("Untitled campaign") : d.title;
        combo->addItem(tr("%1 (%Ln device(s))", nullptr, int(d.deviceCount)).arg(title), d.id);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void AccountDevicesPage::addToChosenDraft()
{
    addToDraft(m_ui->draftCombo->currentData().toLongLong());
}

qint64 AccountDevicesPage::addToDraft(qint64 draftId)
{
    if (!m_context.drafts)
        return 0;
    const QStringList ids = actionDeviceIds();
    if (ids.isEmpty())
        return 0;
    Draft draft;
    if (draftId != 0) {
        const auto loaded = m_context.drafts->load(draftId);
        if (!loaded) {
            showMessage(tr("The draft could not be read; it may have been discarded. Choose "
                           "another one.")
                            .toHtmlEscaped(),
                        true);
            reloadDrafts();
            return 0;
        }
        draft = *loaded;
    } else {
        draft.kind = Draft::Kind::CreateCampaign;
        draft.title = sourceName();
        draft.profile = Environment::profileName(m_context.environment.profile);
        draft.account = m_context.environment.accountName;
    }
    QSet<std::uint64_t> present;
    for (const Imei& imei : std::as_const(draft.campaign.devices))
        present.insert(imei.value());
    int added = 0;
    for (const QString& id : ids) {
        const auto imei = Imei::fromString(id);
        if (!imei || present.contains(imei->value()))
            continue;
        present.insert(imei->value());
        draft.campaign.devices.append(*imei);
        ++added;
    }
    if (!m_context.drafts->save(draft)) {
        showMessage(tr("The draft could not be saved in the workspace.").toHtmlEscaped(), true);
        return 0;
    }
    const int already = int(ids.size()) - added;
    QString text =
        tr("%Ln device(s) added to the draft “%1” (now %2 in all). Reopen it on the "
           "Drafts page.",
           nullptr, added)
            .arg(draft.displayTitle(), QLocale().toString(qint64(draft.campaign.devices.size())));
    if (already > 0)
        text += u' ' + tr("%Ln of them were in it already.", nullptr, already);
    showMessage(text.toHtmlEscaped(), false);
    reloadDrafts();
    m_ui->draftCombo->setCurrentIndex(std::max(0, m_ui->draftCombo->findData(draft.id)));
    Q_EMIT draftSaved(draft.id);
    return draft.id;
}

bool AccountDevicesPage::exportCsv(const QString& path)
{
    CsvWriter out;
    AccountDeviceModel::writeCsvHeader(out);
    for (int r = 0; r < m_filter->rowCount(); ++r)
        m_model->writeCsvRow(out, m_filter->mapToSource(m_filter->index(r, 0)).row());
    QString error;
    if (!FileWriter::writeFile(path, out.take(), &error)) {
        showMessage(error.toHtmlEscaped(), true); // names the file, the cause, the old file kept
        return false;
    }
    showMessage(tr("%Ln device(s) written to %1.", nullptr, m_filter->rowCount())
                    .arg(QDir::toNativeSeparators(path))
                    .toHtmlEscaped(),
                false);
    return true;
}

void AccountDevicesPage::chooseAndExport()
{
    if (!m_context.messages)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        u"account-devices-%1.csv"_s.arg(clockOf(m_context).nowUtc().toString(u"yyyyMMdd-HHmm"_s));
    const QString path = m_context.messages->saveFileName(
        this, tr("Export the devices shown"), QDir(dir).filePath(name), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void AccountDevicesPage::showMessage(const QString& html, bool isError, bool offerRetry)
{
    QList<MessageArea::Action> actions;
    if (offerRetry && m_context.client)
        actions.append(
            {tr("Re&try"), [this] { refresh(); }, tr("Read the account's devices again")});
    m_ui->messageArea->showMessage(
        isError ? MessageArea::Severity::Error : MessageArea::Severity::Info, html, actions);
}

QString AccountDevicesPage::messageText() const
{
    return m_ui->messageArea->text();
}

QString AccountDevicesPage::shownText() const
{
    return m_ui->shownLabel->text();
}

} // namespace fotadesk
