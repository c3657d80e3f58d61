#include "gui/create/CreateCheckPage.h"

#include "api/FotaClient.h"
#include "api/LicensePager.h"
#include "core/CampaignDraft.h"
#include "core/Clock.h"
#include "gui/common/Icons.h"
#include "gui/common/IssueText.h"
#include "gui/create/CreateSession.h"
#include "gui/shell/AppContext.h"
#include "gui/shell/ConnectionState.h"
#include "models/DeviceListModel.h"
#include "ui_CreateCheckPage.h"

#include <QHash>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace fotadesk {

CreateCheckPage::CreateCheckPage(AppContext& context, CreateSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::CreateCheckPage>())
    , m_session(session)
    , m_context(context)
{
    m_ui->setupUi(this);
    m_ui->recheckButton->setIcon(Icons::get(u"refresh"_s));
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_ui->requestEdit->setFont(mono);
    setButtonText(QWizard::NextButton, tr("&Schedule campaign"));
    connect(m_ui->recheckButton, &QPushButton::clicked, this, &CreateCheckPage::runChecks);
}

CreateCheckPage::~CreateCheckPage()
{
    stopRunning();
}

void CreateCheckPage::initializePage()
{
    runChecks();
}

void CreateCheckPage::cleanupPage()
{
    stopRunning();
}

bool CreateCheckPage::isComplete() const
{
    return m_pending == 0 && !hasErrors(m_issues);
}

QString CreateCheckPage::requestText() const
{
    return m_ui->requestEdit->toPlainText();
}

void CreateCheckPage::stopRunning()
{
    ++m_generation;
    if (m_licensePager)
        m_licensePager->cancel();
    for (const auto& job : std::as_const(m_historyJobs)) {
        if (job)
            job->cancel();
    }
    m_historyJobs.clear();
    m_pending = 0;
}

void CreateCheckPage::addIssue(IssueSeverity severity, const QString& code, const QString& message)
{
    DraftIssue issue;
    issue.severity = severity;
    issue.code = code;
    issue.message = message;
    m_issues.append(issue);
}

void CreateCheckPage::runChecks()
{
    stopRunning();
    m_form = m_session.form();
    m_issues = m_form.draft.validate(*m_context.clock);
    m_issues.append(CampaignDraft::validatePackageProtocol(
        m_form.draft.firmwareName, m_form.firmwarePackageProtocol, m_form.draft.protocol));

    const DeviceListCounts counts = m_session.devices()->counts();
    if (counts.duplicates > 0) {
        addIssue(IssueSeverity::Warning, u"check-duplicates"_s,
                 tr("%n row(s) of the device list repeat an IMEI listed earlier: each IMEI is "
                    "sent once.",
                    nullptr, int(counts.duplicates)));
    }
    if (counts.rejected > 0) {
        addIssue(IssueSeverity::Warning, u"check-rejected-lines"_s,
                 tr("%n line(s) of the device list are not IMEIs and are left out (go back to "
                    "Devices to fix them).",
                    nullptr, int(counts.rejected)));
    }
    m_ui->requestEdit->setPlainText(m_form.requestSummary());

    if (m_context.client && !m_form.draft.devices.isEmpty()) {
        if (m_form.draft.autoAssignLicenseFlag) {
            addIssue(IssueSeverity::Warning, u"check-licenses-auto"_s,
                     tr("Auto-assign is on: devices without a FOTA license get one from the "
                        "account's pool (licenses were not checked)."));
        } else {
            startLicenseCheck();
        }
        startHistoryCheck();
    }
    show();
}

void CreateCheckPage::startLicenseCheck()
{
    ++m_pending;
    auto* pager = new LicensePager(m_context.client, this);
    pager->setCollect(true);
    m_licensePager = pager;
    const int generation = m_generation;
    connect(pager, &Pager::progress, this, [this](qint64 items, qint64 total, int) {
        m_ui->stateLabel->setText(tr("Reading the licenses report: %1 of %2 licensed devices…")
                                      .arg(items)
                                      .arg(total < 0 ? tr("?") : QString::number(total)));
        if (total > 0) {
            m_ui->progressBar->setRange(0, 1000);
            m_ui->progressBar->setValue(int(std::min<qint64>(1000, items * 1000 / total)));
        }
    });
    connect(pager, &ApiJob::finished, this, [this, pager, generation] {
        pager->deleteLater();
        if (generation != m_generation)
            return;
        if (pager->succeeded()) {
            if (m_context.connection)
                m_context.connection->noteAnswer();
            std::vector<Imei> licensed;
            licensed.reserve(std::size_t(pager->devices().size()));
            for (const auto& d : pager->devices()) {
                if (auto imei = Imei::fromString(d.deviceId))
                    licensed.push_back(*imei);
            }
            m_session.setLicensedImeis(licensed);
            const qint64 unlicensed = m_session.devices()->counts().unlicensed;
            if (unlicensed > 0) {
                addIssue(IssueSeverity::Warning, u"check-unlicensed"_s,
                         tr("%n device(s) have no FOTA license and would be refused (\"No "
                            "license attached to device\"). Turn on auto-assign on the Dates "
                            "page, or license them first; the Devices page marks them.",
                            nullptr, int(unlicensed)));
            } else {
                addIssue(IssueSeverity::Warning, u"check-licensed"_s,
                         tr("Every listed device has a FOTA license."));
            }
        } else if (!pager->succeeded()) {
            if (m_context.connection)
                m_context.connection->noteError(pager->error());
            addIssue(IssueSeverity::Warning, u"check-licenses-unknown"_s,
                     tr("The licenses report could not be read (%1): devices without a license "
                        "are not known. Check again, or go on.")
                         .arg(pager->error().message()));
        }
        finishOne();
    });
    pager->start();
}

void CreateCheckPage::startHistoryCheck()
{
    if (m_form.firmwareMake.isEmpty())
        return;
    // firmware name -> (make, model), from the firmware list of step 1.
    QHash<QString, QPair<QString, QString>> makeModel;
    for (const auto& p : m_session.firmwarePackages())
        makeModel.insert(p.firmwareName, {p.make, p.model});

    struct Tally
    {
        int checked = 0;
        int known = 0;
        QStringList mismatched;
        QStringList otherVersion;
        int left = 0;
    };
    auto tally = std::make_shared<Tally>();
    const int sample = int(std::min<qsizetype>(kHistorySample, m_form.draft.devices.size()));
    tally->left = sample;
    const int generation = m_generation;
    for (int i = 0; i < sample; ++i) {
        ++m_pending;
        const QString imei = m_form.draft.devices.at(i).toString();
        auto* job = m_context.client->deviceHistory(imei);
        m_historyJobs.append(job);
        connect(job, &ApiJob::finished, this, [this, job, imei, tally, makeModel, generation] {
            if (generation != m_generation)
                return;
            ++tally->checked;
            if (job->succeeded() && !job->result().isEmpty()) {
                // The newest entry says what the device runs / ran.
                auto entries = job->result();
                std::sort(entries.begin(), entries.end(),
                          [](const auto& a, const auto& b) { return a.startDate < b.startDate; });
                const auto& last = entries.last();
                const auto mm = makeModel.value(last.firmwareName);
                if (!mm.first.isEmpty()) {
                    ++tally->known;
                    if (mm.first != m_form.firmwareMake || mm.second != m_form.firmwareModel)
                        tally->mismatched << tr("%1 (%2 %3)").arg(imei, mm.first, mm.second);
                }
            }
            if (--tally->left == 0) {
                if (!tally->mismatched.isEmpty()) {
                    addIssue(IssueSeverity::Warning, u"check-make-model"_s,
                             tr("%1 of %2 devices checked are known as another make/model than "
                                "the firmware (%3 %4): %5. The service refuses or skips them.")
                                 .arg(tally->mismatched.size())
                                 .arg(tally->checked)
                                 .arg(m_form.firmwareMake, m_form.firmwareModel,
                                      tally->mismatched.mid(0, 5).join(u", "_s)));
                } else {
                    addIssue(IssueSeverity::Warning, u"check-make-model-ok"_s,
                             tr("Make/model: %1 of the first %2 devices have an upgrade history; "
                                "none is known as another make/model than %3 %4.")
                                 .arg(tally->known)
                                 .arg(tally->checked)
                                 .arg(m_form.firmwareMake, m_form.firmwareModel));
                }
            }
            finishOne();
        });
    }
}

void CreateCheckPage::finishOne()
{
    if (m_pending > 0)
        --m_pending;
    show();
    if (m_pending == 0)
        Q_EMIT checksFinished();
}

void CreateCheckPage::show()
{
    m_ui->issueList->clear();
    int errors = 0;
    int warnings = 0;
    // Errors first, then warnings; informational "ok" findings last.
    auto isInfo = [](const DraftIssue& i) {
        return i.code == u"check-licensed"_s || i.code == u"check-make-model-ok"_s;
    };
    QList<DraftIssue> ordered;
    for (const auto& i : m_issues)
        if (i.isError())
            ordered << i;
    for (const auto& i : m_issues)
        if (i.isWarning() && !isInfo(i))
            ordered << i;
    for (const auto& i : m_issues)
        if (isInfo(i))
            ordered << i;
    for (const DraftIssue& issue : ordered) {
        const bool info = isInfo(issue);
        auto* item =
            new QListWidgetItem(Icons::get(issue.isError() ? u"error"_s
                                           : info          ? u"check"_s
                                                           : u"warning"_s),
                                issue.field == DraftField::None
                                    ? issue.message
                                    : tr("%1: %2").arg(draftFieldId(issue.field), issue.message));
        item->setData(Qt::UserRole, issue.code);
        item->setToolTip(issue.code);
        m_ui->issueList->addItem(item);
        errors += issue.isError() ? 1 : 0;
        warnings += issue.isWarning() && !info ? 1 : 0;
    }
    if (ordered.isEmpty()) {
        auto* item = new QListWidgetItem(Icons::get(u"check"_s), tr("No problems found."));
        m_ui->issueList->addItem(item);
    }
    m_ui->progressBar->setVisible(m_pending > 0);
    if (m_pending > 0) {
        if (!m_licensePager)
            m_ui->stateLabel->setText(tr("Checking the devices' upgrade history…"));
        if (m_ui->progressBar->maximum() == 100)
            m_ui->progressBar->setRange(0, 0);
    } else {
        m_ui->stateLabel->setText(
            errors > 0 ? tr("%n error(s) must be fixed before the campaign can be scheduled "
                            "(use Back).",
                            nullptr, errors)
                       : tr("Ready to schedule: %n warning(s) to consider.", nullptr, warnings));
        m_ui->stateLabel->setStyleSheet(
            errors > 0 ? u"QLabel { color: %1; font-weight: 600; }"_s.arg(IssueText::errorColor())
                       : QString());
    }
    Q_EMIT completeChanged();
}

} // namespace fotadesk
