// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/devices/DeviceChangeDialog.h"

#include "api/DeviceBatcher.h"
#include "gui/common/ColumnFit.h"
#include "gui/common/Icons.h"
#include "gui/common/MessageSeam.h"
#include "gui/devices/AddPreflight.h"
#include "gui/devices/DeviceListAutosave.h"
#include "gui/devices/DeviceListEditor.h"
#include "gui/devices/RemovePreflight.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/ConnectionState.h"
#include "models/DeviceResultFilterModel.h"
#include "models/DeviceResultModel.h"
#include "store/AppSettings.h"
#include "ui_DeviceChangeDialog.h"
#include "workflow/BatchRunner.h"

#include <QHeaderView>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

DeviceBatcher::Operation operationFor(DeviceChangeDialog::Mode mode)
{
    switch (mode) {
    case DeviceChangeDialog::Mode::Add:
        return DeviceBatcher::Operation::AddToCampaign;
    case DeviceChangeDialog::Mode::Remove:
        return DeviceBatcher::Operation::RemoveFromCampaign;
    case DeviceChangeDialog::Mode::AssignLicenses:
        return DeviceBatcher::Operation::AssignLicenses;
    case DeviceChangeDialog::Mode::RemoveLicenses:
        break;
    }
    return DeviceBatcher::Operation::RemoveLicenses;
}

} // namespace

DeviceChangeDialog::DeviceChangeDialog(AppContext& context, const wire::Campaign& campaign,
                                       Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DeviceChangeDialog>())
    , m_context(context)
    , m_campaign(campaign)
    , m_mode(mode)
    , m_results(new DeviceResultModel(operationFor(mode), this))
    , m_filter(new DeviceResultFilterModel(this))
{
    m_ui->setupUi(this);
    const QString name = campaign.campaignName.isEmpty() ? campaign.id : campaign.campaignName;
    switch (mode) {
    case Mode::Add:
    case Mode::Remove:
        setWindowTitle(mode == Mode::Add ? tr("Add devices — %1").arg(name)
                                         : tr("Remove devices — %1").arg(name));
        m_ui->campaignLabel->setText(
            (mode == Mode::Add
                 ? tr("Devices to <b>add</b> to <b>%1</b> (id %2, %3 %4). List them below, then "
                      "send.")
                 : tr("Devices to <b>remove</b> from <b>%1</b> (id %2, %3 %4). List them below, "
                      "then send."))
                .arg(name.toHtmlEscaped(), campaign.id.toHtmlEscaped(),
                     campaign.make.toHtmlEscaped(), campaign.model.toHtmlEscaped()));
        break;
    case Mode::AssignLicenses:
        setWindowTitle(tr("Assign licenses"));
        m_ui->campaignLabel->setText(
            tr("Devices to <b>give a FOTA license</b> from the account's pool. List them below, "
               "then send."));
        break;
    case Mode::RemoveLicenses:
        setWindowTitle(tr("Remove licenses"));
        m_ui->campaignLabel->setText(
            tr("Devices whose FOTA license to <b>remove</b> (it returns to the account's pool). "
               "List them below, then send."));
        break;
    }
    m_ui->editor->setMessageSeam(context.messages);
    m_filter->setSourceModel(m_results);
    m_ui->resultView->setModel(m_filter);
    m_ui->resultView->verticalHeader()->hide();
    m_ui->resultView->horizontalHeader()->setStretchLastSection(true);
    m_ui->resultView->setColumnWidth(DeviceResultModel::ReasonColumn, 320);
    // IMEIs, statuses and outcomes as wide as they read in the user's language.
    ColumnFit::onFirstRows(m_ui->resultView,
                           {DeviceResultModel::ImeiColumn, DeviceResultModel::StatusColumn,
                            DeviceResultModel::OutcomeColumn});
    m_ui->startButton->setIcon(Icons::get(mode == Mode::Add || mode == Mode::AssignLicenses
                                              ? u"add-devices"_s
                                              : u"remove-devices"_s));
    m_ui->retryButton->setIcon(Icons::get(u"retry"_s));
    m_ui->cancelRunButton->setIcon(Icons::get(u"cancel-campaign"_s));

    connect(m_ui->startButton, &QPushButton::clicked, this, &DeviceChangeDialog::start);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &DeviceChangeDialog::retryFailed);
    connect(m_ui->cancelRunButton, &QPushButton::clicked, this, &DeviceChangeDialog::stop);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &DeviceChangeDialog::reject);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter,
            &DeviceResultFilterModel::setSearchText);
    connect(m_ui->failedOnlyCheck, &QCheckBox::toggled, m_filter,
            &DeviceResultFilterModel::setFailedOnly);
    connect(m_ui->editor, &DeviceListEditor::countsChanged, this,
            &DeviceChangeDialog::updateButtons);
    connect(m_ui->editor, &DeviceListEditor::importFinished, this,
            &DeviceChangeDialog::updateButtons);
    m_ui->stack->setCurrentWidget(m_ui->editPage);
    if (mode == Mode::Remove && context.client)
        setUpRemovePreflight();
    if (mode == Mode::Add && context.client)
        setUpAddPreflight();
    updateButtons();
    // A licence list belongs to no campaign, so it has no device-list draft to come back to.
    if (context.drafts && isCampaignMode())
        m_autosave = new DeviceListAutosave(
            *m_ui->editor->model(), *context.drafts, campaign.id,
            mode == Mode::Add ? DeviceListAutosave::Mode::Add : DeviceListAutosave::Mode::Remove,
            windowTitle(), Environment::profileName(context.environment.profile),
            context.environment.accountName, context.settings, this);
}

DeviceChangeDialog::~DeviceChangeDialog()
{
    if (m_batcher)
        m_batcher->cancel();
    // Closed before the list was sent: it stays a draft (the editor's model goes before the
    // autosave, a child created later, would see it).
    if (m_autosave)
        m_autosave->flushNow();
}

bool DeviceChangeDialog::restoreDraft(qint64 draftId)
{
    return m_autosave && m_autosave->restore(draftId);
}

DeviceListEditor* DeviceChangeDialog::editor() const
{
    return m_ui->editor;
}

bool DeviceChangeDialog::isRunning() const
{
    return m_running;
}

bool DeviceChangeDialog::isCampaignMode() const
{
    return m_mode == Mode::Add || m_mode == Mode::Remove;
}

bool DeviceChangeDialog::isChecking() const
{
    return (m_removePreflight && m_removePreflight->isChecking()) ||
           (m_addPreflight && m_addPreflight->isChecking());
}

RemovePreflight* DeviceChangeDialog::removePreflight() const
{
    return m_removePreflight;
}

QString DeviceChangeDialog::runState() const
{
    return m_ui->runStateLabel->text();
}

void DeviceChangeDialog::start()
{
    if (isRunning() || isChecking())
        return;
    const QStringList ids = m_ui->editor->model()->table().validDeviceIds();
    if (ids.isEmpty())
        return;
    // Remove: first the campaign's device report says which devices it has (sendRequested).
    if (m_removePreflight) {
        m_removePreflight->check(ids);
        updateButtons();
        return;
    }
    // Add: first every device against the account's inventory (sendRequested when all pass).
    if (m_addPreflight) {
        m_ui->stack->setCurrentWidget(m_addPreflight);
        m_addPreflight->check(ids);
        updateButtons();
        return;
    }
    send(ids, {});
}

void DeviceChangeDialog::sendWithoutCheck()
{
    if (isRunning())
        return;
    if (m_addPreflight)
        m_addPreflight->stop();
    const QStringList ids = m_ui->editor->model()->table().validDeviceIds();
    if (!ids.isEmpty())
        send(ids, {});
}

void DeviceChangeDialog::send(QStringList deviceIds, QStringList leftOut)
{
    m_results->clear();
    m_marking = true;
    m_ui->editor->model()->clearOperationResults();
    m_marking = false;
    m_leftOut = std::move(leftOut);
    markNotInCampaign(m_leftOut);
    run(deviceIds);
}

void DeviceChangeDialog::setUpRemovePreflight()
{
    m_removePreflight = new RemovePreflight(m_context.client, m_campaign.id, this);
    m_removePreflight->setObjectName(u"removePreflight"_s);
    m_ui->editLayout->insertWidget(0, m_removePreflight);
    connect(m_removePreflight, &RemovePreflight::checkFinished, this,
            &DeviceChangeDialog::updateButtons);
    connect(m_removePreflight, &RemovePreflight::notInCampaignFound, this,
            [this](const QStringList& ids) {
                m_marking = true;
                m_ui->editor->model()->clearOperationResults();
                markNotInCampaign(ids);
                updateButtons();
            });
    connect(m_removePreflight, &RemovePreflight::sendRequested, this,
            [this](const QStringList& ids) {
                // "Remove only the others": the devices left out are named in the result.
                send(ids, m_removePreflight->notInCampaign());
            });
    connect(m_removePreflight, &RemovePreflight::dropRequested, this,
            [this](const QStringList& ids) {
                std::vector<Imei> imeis;
                for (const QString& id : ids) {
                    if (const auto imei = Imei::fromString(id))
                        imeis.push_back(*imei);
                }
                const int dropped = m_ui->editor->model()->removeImeis(imeis);
                m_removePreflight->showDropped(dropped);
            });
    // A changed list is not what was checked (the marks this dialog sets change nothing).
    connect(m_ui->editor, &DeviceListEditor::countsChanged, this, [this] {
        if (!m_marking)
            m_removePreflight->reset();
    });
}

void DeviceChangeDialog::setUpAddPreflight()
{
    m_addPreflight = new AddPreflight(m_context, m_campaign, this);
    m_ui->stack->addWidget(m_addPreflight);
    connect(m_addPreflight, &AddPreflight::sendRequested, this,
            [this](const QStringList& ids) { send(ids, {}); });
    connect(m_addPreflight, &AddPreflight::dropRequested, this, [this](const QStringList& ids) {
        std::vector<Imei> imeis;
        imeis.reserve(std::size_t(ids.size()));
        for (const QString& id : ids) {
            if (const auto imei = Imei::fromString(id))
                imeis.push_back(*imei);
        }
        m_ui->editor->model()->removeImeis(imeis);
    });
    connect(m_addPreflight, &AddPreflight::backRequested, this, [this] {
        m_ui->stack->setCurrentWidget(m_ui->editPage);
        updateButtons();
    });
}

void DeviceChangeDialog::markNotInCampaign(const QStringList& deviceIds)
{
    QList<DeviceOperationResult> marks;
    const QString reason = tr("Not in this campaign: not sent");
    for (const QString& id : deviceIds) {
        if (const auto imei = Imei::fromString(id))
            marks.append({*imei, false, reason});
    }
    m_marking = true;
    if (!marks.isEmpty())
        m_ui->editor->model()->applyOperationResults(marks);
    m_marking = false;
}

void DeviceChangeDialog::retryFailed()
{
    if (isRunning())
        return;
    // Only the devices without an answer: a refused one would be refused again, an
    // already-applied one needs nothing.
    const QStringList unanswered = m_results->retryableDeviceIds();
    if (!unanswered.isEmpty())
        run(unanswered);
}

void DeviceChangeDialog::run(const QStringList& deviceIds)
{
    if (!m_context.client)
        return;
    if (m_runner)
        m_runner->deleteLater(); // and its batcher with it
    else if (m_batcher)
        m_batcher->deleteLater();
    m_runner = nullptr;
    m_batcher = nullptr;
    const auto operation = operationFor(m_mode);
    // Settings ▸ Devices per request / Requests in parallel, as they are now.
    const AppSettings* settings = m_context.settings;
    const int chunkSize =
        settings ? settings->batchChunkSize() : int(DeviceBatcher::DefaultChunkSize);
    const int concurrency =
        settings ? settings->batchConcurrency()
                 : AppSettings::definition(AppSettings::Key::BatchConcurrency).fallback.toInt();
    // Journaled (a crash or kill mid-run is finished at the next start by WorkspaceStartup or
    // by 'fotactl campaign resume'), or not sent at all: BatchRunner::create, the one rule.
    QString journalProblem;
    BatchRunner* runner =
        BatchRunner::create(m_context.client, m_context.journal, operation, deviceIds,
                            m_campaign.id, chunkSize, this, &journalProblem);
    if (!runner) {
        if (m_context.messages)
            m_context.messages->message(this, MessageSeam::Severity::Warning, windowTitle(),
                                        journalProblem);
        else
            m_ui->runStateLabel->setText(journalProblem);
        return;
    }
    m_runner = runner;
    m_batcher = runner->batcher();
    DeviceBatcher* batcher = m_batcher;
    batcher->setMaxConcurrent(concurrency);
    ++m_runs;
    m_ui->stack->setCurrentWidget(m_ui->runPage);
    m_ui->progressBar->setRange(0, int(std::min<qint64>(deviceIds.size(), INT_MAX)));
    m_ui->progressBar->setValue(0);
    const int count = int(deviceIds.size());
    const QString state = [this, count] {
        switch (m_mode) {
        case Mode::Add:
            return tr("Adding %Ln device(s) in %1 request(s)…", nullptr, count);
        case Mode::Remove:
            return tr("Removing %Ln device(s) in %1 request(s)…", nullptr, count);
        case Mode::AssignLicenses:
            return tr("Assigning licenses to %Ln device(s) in %1 request(s)…", nullptr, count);
        case Mode::RemoveLicenses:
            break;
        }
        return tr("Removing the licenses of %Ln device(s) in %1 request(s)…", nullptr, count);
    }();
    m_ui->runStateLabel->setText(state.arg(batcher->chunks().size()));
    connect(batcher, &DeviceBatcher::progress, this, [this](qint64 done, qint64 total) {
        m_ui->progressBar->setMaximum(int(std::min<qint64>(total, INT_MAX)));
        m_ui->progressBar->setValue(int(std::min<qint64>(done, INT_MAX)));
    });
    // A journaled run ends when the runner has journaled the last chunk.
    connect(m_runner, &BatchRunner::finished, this, &DeviceChangeDialog::onFinished);
    m_running = true;
    updateButtons();
    m_runner->start();
}

void DeviceChangeDialog::stop()
{
    if (isRunning()) {
        m_ui->runStateLabel->setText(tr("Stopping…"));
        if (m_runner)
            m_runner->cancel();
        else
            m_batcher->cancel();
    }
}

void DeviceChangeDialog::onFinished()
{
    DeviceBatcher* batcher = m_batcher;
    m_running = false;
    if (!batcher)
        return;
    // Every device with BatchVerdict's outcome: the answers of the chunks that got one, the
    // devices of chunks that failed as a whole (their error says whether a resend can help)
    // and of chunks never sent because the run was stopped (no answer).
    QList<DeviceResultModel::JudgedResult> items;
    QList<DeviceOperationResult> operationResults;
    for (const auto& o : batcher->judgedDevices(tr("Not sent: the run was stopped."))) {
        items.append({{o.deviceId, o.status, o.reason, {}}, o.outcome});
        if (auto imei = Imei::fromString(o.deviceId))
            operationResults.append({*imei, BatchVerdict::holds(o.outcome), o.reason});
    }
    m_results->appendJudgedResults(items);
    for (const auto& chunk : batcher->chunks()) {
        if (chunk.state != DeviceBatcher::Chunk::State::Succeeded && chunk.error &&
            m_context.connection)
            m_context.connection->noteError(*chunk.error);
    }
    if (batcher->chunksInState(DeviceBatcher::Chunk::State::Succeeded) > 0 && m_context.connection)
        m_context.connection->noteAnswer();
    m_ui->editor->model()->applyOperationResults(operationResults);

    const auto counts = m_results->counts();
    const int failedChunks = int(batcher->chunks().size()) -
                             batcher->chunksInState(DeviceBatcher::Chunk::State::Succeeded);
    QString text = outcomeSummary();
    if (counts.refused > 0)
        text += u' ' + tr("Refused devices are not sent again: the server gave a reason that "
                          "sending them again would not change.");
    if (counts.noAnswer > 0)
        text += u' ' + tr("\"Retry\" sends only the %Ln device(s) without an answer.", nullptr,
                          counts.noAnswer);
    if (!m_leftOut.isEmpty())
        text += u' ' + tr("%Ln device(s) not in the campaign were left out (not sent; marked in "
                          "the list): %1.",
                          nullptr, int(m_leftOut.size()))
                           .arg(m_leftOut.mid(0, 5).join(u", "_s) +
                                (m_leftOut.size() > 5 ? u", …"_s : QString()));
    const BatchRunner* runner = m_runner.data();
    if (runner && !runner->journalError().isEmpty())
        text = runner->journalError() + u' ' + text;
    else if (runner && runner->journalId() > 0 && failedChunks > 0)
        text += u' ' + tr("The requests without an answer are kept as batch %1: the next start "
                          "offers to send them (or run 'fotactl campaign resume %1').")
                           .arg(runner->journalId());
    m_ui->runStateLabel->setText(text);
    // Every device of the change is done: the list is no draft any more.
    if (m_autosave && failedChunks == 0 && counts.notDone() == 0 && counts.unknown == 0)
        m_autosave->discard();
    updateButtons();
    Q_EMIT runFinished();
}

QString DeviceChangeDialog::outcomeSummary() const
{
    const auto c = m_results->counts();
    const QLocale locale;
    const auto n = [&locale](int v) { return locale.toString(v); };
    QString text;
    switch (m_mode) {
    case Mode::Add:
        text = tr("Done: %1 added, %2 already in the campaign, %3 refused by the server, %4 "
                  "without an answer.");
        break;
    case Mode::Remove:
        text = tr("Done: %1 removed, %2 not in the campaign, %3 refused by the server, %4 "
                  "without an answer.");
        break;
    case Mode::AssignLicenses:
        text = tr("Done: %1 licensed, %2 already licensed, %3 refused by the server, %4 without "
                  "an answer.");
        break;
    case Mode::RemoveLicenses:
        text = tr("Done: %1 licenses removed, %2 had no license, %3 refused by the server, %4 "
                  "without an answer.");
        break;
    }
    text = text.arg(n(c.succeeded), n(c.alreadyApplied), n(c.refused), n(c.noAnswer));
    if (c.unknown > 0)
        text += u' ' + tr("%Ln device(s) answered with a status FotaDesk does not know (shown as "
                          "it came).",
                          nullptr, c.unknown);
    return text;
}

void DeviceChangeDialog::reject()
{
    if (isRunning()) {
        stop();
        return;
    }
    QDialog::reject();
}

void DeviceChangeDialog::updateButtons()
{
    const bool running = isRunning();
    const bool onEdit = m_ui->stack->currentWidget() == m_ui->editPage;
    const qint64 valid = m_ui->editor->counts().valid;
    m_ui->startButton->setVisible(onEdit);
    m_ui->startButton->setEnabled(onEdit && valid > 0 && !m_ui->editor->isImporting() &&
                                  !isChecking());
    const int n = int(valid);
    switch (m_mode) {
    case Mode::Add:
        m_ui->startButton->setText(tr("A&dd %Ln device(s)", nullptr, n));
        break;
    case Mode::Remove:
        m_ui->startButton->setText(tr("Remo&ve %Ln device(s)", nullptr, n));
        break;
    case Mode::AssignLicenses:
        m_ui->startButton->setText(tr("A&ssign licenses to %Ln device(s)", nullptr, n));
        break;
    case Mode::RemoveLicenses:
        m_ui->startButton->setText(tr("Remo&ve the licenses of %Ln device(s)", nullptr, n));
        break;
    }
    m_ui->cancelRunButton->setEnabled(running);
    // Only the devices without an answer can succeed when sent again: the button says how
    // many, and is not there when there are none.
    const int unanswered = m_results->counts().noAnswer;
    m_ui->retryButton->setText(tr("&Retry %Ln device(s) without an answer", nullptr, unanswered));
    m_ui->retryButton->setToolTip(
        tr("Send again only the devices that got no answer; refused devices and devices that "
           "needed no change are not sent."));
    m_ui->retryButton->setAccessibleName(m_ui->retryButton->text().remove(u'&'));
    m_ui->retryButton->setVisible(unanswered > 0);
    m_ui->retryButton->setEnabled(!running && unanswered > 0);
    m_ui->closeButton->setEnabled(!running);
}

} // namespace fotadesk
