// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/campaign/FirmwareVerifyBar.h"

#include "core/Clock.h"
#include "core/DisplayFormat.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/ConnectionState.h"
#include "store/AppSettings.h"
#include "workflow/FirmwareVerifyRun.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace fotadesk {

FirmwareVerifyBar::FirmwareVerifyBar(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_run(new FirmwareVerifyRun(context.client, context.journal,
                                  context.clock ? *context.clock : Clock::system(), this))
    , m_verify(new QPushButton(tr("Ver&ify firmware"), this))
    , m_stop(new QPushButton(tr("Stop verifying"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"firmwareVerifyBar"_s);
    m_verify->setObjectName(u"verifyFirmwareButton"_s);
    m_verify->setAccessibleName(tr("Verify firmware"));
    m_stop->setObjectName(u"stopVerifyButton"_s);
    m_stop->setAccessibleName(tr("Stop verifying firmware"));
    m_progress->setObjectName(u"verifyProgress"_s);
    m_progress->setAccessibleName(tr("Firmware verification progress"));
    m_progress->setMaximumWidth(200);
    m_summary->setObjectName(u"verifySummaryLabel"_s);
    m_summary->setAccessibleName(tr("Firmware verification result"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_summary->setText(tr("Not verified yet: Verify firmware asks every device the report calls "
                          "successful which firmware it runs."));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_verify);
    layout->addWidget(m_stop);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary, 1);

    connect(m_verify, &QPushButton::clicked, this, &FirmwareVerifyBar::verifyRequested);
    connect(m_stop, &QPushButton::clicked, this, &FirmwareVerifyBar::cancel);
    connect(m_run, &FirmwareVerifyRun::progress, this, &FirmwareVerifyBar::onProgress);
    connect(m_run, &FirmwareVerifyRun::finished, this, &FirmwareVerifyBar::onFinished);
    updateButtons();
}

FirmwareVerifyBar::~FirmwareVerifyBar() = default;

bool FirmwareVerifyBar::isRunning() const
{
    return m_run->isRunning();
}

QString FirmwareVerifyBar::summaryText() const
{
    return m_summary->text();
}

void FirmwareVerifyBar::setAvailable(bool available, const QString& whyNot)
{
    m_available = available;
    m_whyNot = whyNot;
    updateButtons();
}

bool FirmwareVerifyBar::start(const QString& campaignId, const QString& firmwareTo,
                              const QStringList& deviceIds, QString* error)
{
    if (m_context.settings)
        m_run->setMaxConcurrent(m_context.settings->batchConcurrency());
    if (!m_run->start(campaignId, firmwareTo, deviceIds, error))
        return false;
    m_error.reset();
    onProgress(0, deviceIds.size());
    updateButtons();
    return true;
}

void FirmwareVerifyBar::cancel()
{
    m_run->cancel();
}

void FirmwareVerifyBar::onProgress(qint64 done, qint64 total)
{
    m_progress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
    m_progress->setValue(int(std::min<qint64>(done, INT_MAX)));
    const QLocale locale;
    m_summary->setText(tr("Verifying firmware… %1 of %Ln device(s) asked", nullptr, int(total))
                           .arg(locale.toString(done)));
}

void FirmwareVerifyBar::onFinished()
{
    m_result = m_run->result();
    m_error = m_run->error();
    if (m_error && m_context.connection && m_error->kind() != ApiError::Kind::Cancelled)
        m_context.connection->noteError(*m_error);
    showSummary();
    updateButtons();
    Q_EMIT finished(*m_result);
}

void FirmwareVerifyBar::showSummary()
{
    if (!m_result)
        return;
    const QLocale locale;
    const FirmwareCheckCounts& n = m_result->counts;
    m_summary->setText(
        tr("Firmware %1, checked %2: %3 verified · %4 mismatch · %5 not reported yet")
            .arg(m_result->firmwareTo,
                 DisplayFormat::withUtc(m_result->checkedUtc, m_context.siteZone),
                 locale.toString(n.verified), locale.toString(n.mismatch),
                 locale.toString(n.notReported)) +
        (m_run->journalProblem().isEmpty()
             ? QString()
             : u' ' + tr("(Not journaled: %1)").arg(m_run->journalProblem())));
    m_summary->setToolTip(tr("Of the %Ln device(s) the report called successful.", nullptr,
                             int(std::min<qint64>(n.total(), INT_MAX))));
}

void FirmwareVerifyBar::updateButtons()
{
    const bool running = m_run->isRunning();
    const bool focusOnVerify = m_verify->hasFocus();
    const bool focusOnStop = m_stop->hasFocus();
    m_verify->setVisible(!running);
    m_stop->setVisible(running);
    m_progress->setVisible(running);
    m_verify->setEnabled(!running && m_available && m_context.client);
    m_verify->setToolTip(m_available
                             ? tr("Ask every device the report calls successful which firmware "
                                  "it runs (firmware sync, 100 devices a request) and compare "
                                  "it with the campaign's target firmware")
                             : m_whyNot);
    if (running && focusOnVerify)
        m_stop->setFocus(Qt::OtherFocusReason);
    else if (!running && focusOnStop)
        m_verify->setFocus(Qt::OtherFocusReason);
}

} // namespace fotadesk
