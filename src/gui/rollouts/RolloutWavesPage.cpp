// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/rollouts/RolloutWavesPage.h"

#include "core/DeviceInventoryCheck.h"
#include "core/InventoryCheckReport.h"
#include "core/RolloutWaveText.h"
#include "gui/common/GroupedNumber.h"
#include "gui/common/IssueText.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

/// Refused devices listed one by one in the preview (the count says how many there are).
constexpr int MaxRefusedRows = 500;
/// IMEIs shown beside each wave.
constexpr int FirstImeis = 3;

QLabel* issueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(u"QLabel { color: %1; }"_s.arg(IssueText::errorColor()));
    label->hide();
    return label;
}

void showIssue(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString firstOf(const QStringList& devices)
{
    QString text = devices.mid(0, FirstImeis).join(u", "_s);
    if (devices.size() > FirstImeis)
        text += u", …"_s;
    return text;
}

} // namespace

RolloutWavesPage::RolloutWavesPage(std::function<QStringList()> devices,
                                   std::function<const InventoryCheckReport*()> report,
                                   std::function<bool(const QString&)> nameTaken, QWidget* parent)
    : QWizardPage(parent)
    , m_devices(std::move(devices))
    , m_report(std::move(report))
    , m_nameTaken(std::move(nameTaken))
    , m_name(new QLineEdit(this))
    , m_nameIssue(issueLabel(this))
    , m_waves(new QLineEdit(this))
    , m_wavesIssue(issueLabel(this))
    , m_auto(new QRadioButton(tr("Start the next wave by &itself"), this))
    , m_manual(new QRadioButton(tr("Wait for a &person to approve it"), this))
    , m_fourEyes(new QCheckBox(tr("A second engineer app&roves the plan before it starts "
                                  "(four eyes)"),
                               this))
    , m_previewTree(new QTreeWidget(this))
    , m_previewState(new QLabel(this))
    , m_state(new QLabel(this))
{
    setObjectName(u"rolloutWavesPage"_s);
    setTitle(tr("Waves"));
    setSubTitle(tr("Name the rollout, cut the checked devices into waves and set the gate "
                   "between two waves. Nothing is sent before Advance now."));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name->setObjectName(u"rolloutNameEdit"_s);
    m_name->setAccessibleName(tr("Rollout name"));
    m_name->setPlaceholderText(tr("e.g. Depot 7 modem refresh"));
    m_name->setMaxLength(100);
    m_name->setClearButtonEnabled(true);
    auto* nameLabel = new QLabel(tr("Rollout na&me:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    form->addRow(static_cast<QWidget*>(nullptr), m_nameIssue);
    m_waves->setObjectName(u"wavesEdit"_s);
    m_waves->setAccessibleName(tr("Waves"));
    m_waves->setText(tr("pilot 10, 50 %, rest", "the default waves; the keywords as "
                                                "RolloutWaveText reads them"));
    auto* wavesLabel = new QLabel(tr("&Waves:"), this);
    wavesLabel->setBuddy(m_waves);
    form->addRow(wavesLabel, m_waves);
    auto* hint = new QLabel(tr("Comma-separated, in order: a number of devices, a percentage of "
                               "the devices that remain, or rest (the last wave); words before "
                               "it name the wave. Own dates: pilot 20 from 2026-12-10 3 days."),
                            this);
    hint->setWordWrap(true);
    form->addRow(static_cast<QWidget*>(nullptr), hint);
    form->addRow(static_cast<QWidget*>(nullptr), m_wavesIssue);
    layout->addLayout(form);
    layout->addWidget(buildGate());

    auto* advance = new QHBoxLayout;
    advance->addWidget(new QLabel(tr("When a gate passes:"), this));
    auto* group = new QButtonGroup(this);
    group->addButton(m_auto);
    group->addButton(m_manual);
    m_auto->setObjectName(u"autoAdvanceRadio"_s);
    m_manual->setObjectName(u"approveEachRadio"_s);
    m_auto->setChecked(true);
    advance->addWidget(m_auto);
    advance->addWidget(m_manual);
    advance->addStretch();
    layout->addLayout(advance);
    m_fourEyes->setObjectName(u"fourEyesCheck"_s);
    layout->addWidget(m_fourEyes);

    // What Create rollout is doing, or why it failed: above the preview, seen without scrolling.
    m_state->setObjectName(u"createState"_s);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->hide();
    layout->addWidget(m_state);

    auto* previewLabel = new QLabel(tr("Pre&view of the waves:"), this);
    previewLabel->setBuddy(m_previewTree);
    layout->addWidget(previewLabel);
    m_previewTree->setObjectName(u"wavePreview"_s);
    m_previewTree->setAccessibleName(tr("Preview of the waves"));
    m_previewTree->setHeaderLabels({tr("Wave"), tr("Devices"), tr("First devices / reason")});
    m_previewTree->setAllColumnsShowFocus(true);
    m_previewTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_previewTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_previewTree->setMinimumHeight(120);
    layout->addWidget(m_previewTree, 1);
    m_previewState->setObjectName(u"previewState"_s);
    m_previewState->setWordWrap(true);
    layout->addWidget(m_previewState);

    connect(m_name, &QLineEdit::textChanged, this, &RolloutWavesPage::updatePreview);
    connect(m_waves, &QLineEdit::textChanged, this, &RolloutWavesPage::updatePreview);
}

RolloutWavesPage::~RolloutWavesPage() = default;

QWidget* RolloutWavesPage::buildGate()
{
    auto* box = new QGroupBox(tr("Gate between two waves (read from the wave before)"), this);
    box->setObjectName(u"gateBox"_s);
    auto* grid = new QGridLayout(box);
    const auto add = [&](int row, int column, const QString& text, QWidget* field) {
        auto* label = new QLabel(text, box);
        label->setBuddy(field);
        grid->addWidget(label, row, column * 2);
        grid->addWidget(field, row, column * 2 + 1);
    };
    m_minFinal = new QSpinBox(box);
    m_minFinal->setObjectName(u"minFinalSpin"_s);
    m_minFinal->setRange(0, 1000000000);
    m_minFinal->setToolTip(tr("Devices of the wave in a final state (succeeded or failed); a "
                              "smaller wave needs all of its devices."));
    m_minSuccess = new QSpinBox(box);
    m_minSuccess->setObjectName(u"minSuccessSpin"_s);
    m_minSuccess->setRange(0, 100);
    m_minSuccess->setSuffix(u" %"_s);
    m_minSuccess->setSpecialValueText(tr("not checked"));
    m_minSuccess->setToolTip(tr("Of the final devices."));
    m_maxFailure = new QSpinBox(box);
    m_maxFailure->setObjectName(u"maxFailureSpin"_s);
    m_maxFailure->setRange(0, 100);
    m_maxFailure->setSuffix(u" %"_s);
    m_maxFailure->setValue(10);
    m_maxFailure->setToolTip(tr("Of the final devices, the excluded reasons left out; 100 % "
                                "is not checked."));
    m_excluded = new QLineEdit(box);
    m_excluded->setObjectName(u"excludedReasonsEdit"_s);
    m_excluded->setPlaceholderText(tr("e.g. unreachable, timeout"));
    m_excluded->setToolTip(tr("Comma-separated failure reasons that are not the firmware's "
                              "fault: they count neither as success nor as failure."));
    m_soak = new QSpinBox(box);
    m_soak->setObjectName(u"soakSpin"_s);
    m_soak->setRange(0, 24 * 365);
    m_soak->setSuffix(tr(" h", "hours"));
    m_soak->setToolTip(tr("How long to wait after a wave's campaign ended before its gate is "
                          "read."));
    add(0, 0, tr("Minimum &final devices:"), m_minFinal);
    add(0, 1, tr("S&oak time:"), m_soak);
    add(1, 0, tr("Minimum s&uccess:"), m_minSuccess);
    add(1, 1, tr("Maximum f&ailure:"), m_maxFailure);
    auto* excludedLabel = new QLabel(tr("E&xcluded reasons:"), box);
    excludedLabel->setBuddy(m_excluded);
    grid->addWidget(excludedLabel, 2, 0);
    grid->addWidget(m_excluded, 2, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    return box;
}

void RolloutWavesPage::initializePage()
{
    updatePreview(); // the devices or the check may have changed
}

bool RolloutWavesPage::isComplete() const
{
    return !m_creating && m_nameOk && m_split.errors.isEmpty() && !m_split.waves.isEmpty();
}

void RolloutWavesPage::writeTo(RolloutPlan& plan) const
{
    plan.name = m_name->text().trimmed();
    plan.waves = RolloutWaveText::parse(m_waves->text()).waves;
    RolloutGate gate;
    gate.minFinalDevices = m_minFinal->value();
    if (m_minSuccess->value() > 0)
        gate.minSuccessPercent = m_minSuccess->value();
    if (m_maxFailure->value() < 100)
        gate.maxFailurePercent = m_maxFailure->value();
    for (const QString& reason : m_excluded->text().split(u',', Qt::SkipEmptyParts)) {
        if (!reason.trimmed().isEmpty())
            gate.excludedReasons << reason.trimmed();
    }
    gate.soakSeconds = qint64(m_soak->value()) * 3600;
    plan.gate = gate;
    plan.autoAdvance = m_auto->isChecked();
    plan.requireApproval = m_fourEyes->isChecked();
}

void RolloutWavesPage::updatePreview()
{
    const QString name = m_name->text().trimmed();
    QString nameIssue;
    if (name.isEmpty())
        nameIssue = tr("Give the rollout a name: its waves' campaigns are named after it.");
    else if (m_nameTaken && m_nameTaken(name))
        nameIssue = tr("A rollout named \"%1\" exists already; its waves' campaigns are named "
                       "after it: give this one another name.")
                        .arg(name);
    m_nameOk = nameIssue.isEmpty();
    // No red on a name not typed yet: a neutral hint.
    showIssue(m_nameIssue, name.isEmpty() ? QString() : nameIssue);

    const RolloutWaveText waves = RolloutWaveText::parse(m_waves->text());
    showIssue(m_wavesIssue, waves.errors.join(u'\n'));
    RolloutPlan plan;
    plan.name = name.isEmpty() ? tr("New rollout") : name;
    plan.waves = waves.waves;
    const QStringList devices = m_devices ? m_devices() : QStringList();
    m_refused.clear();
    if (const InventoryCheckReport* report = m_report ? m_report() : nullptr) {
        for (const CheckedDevice& d : report->refusedDevices())
            m_refused.insert(d.deviceId);
    }
    m_split = waves.errors.isEmpty() ? RolloutSplit::split(plan, devices, m_refused)
                                     : RolloutSplit{{}, waves.errors};
    fillPreview(plan, devices);
    Q_EMIT completeChanged();
}

void RolloutWavesPage::fillPreview(const RolloutPlan& plan, const QStringList& devices)
{
    m_previewTree->clear();
    qint64 accepted = 0;
    for (qsizetype i = 0; i < m_split.waves.size(); ++i) {
        const QStringList& wave = m_split.waves.at(i);
        accepted += wave.size();
        const QString own = plan.waves.value(i).name;
        auto* item = new QTreeWidgetItem(
            m_previewTree,
            {own.isEmpty() ? tr("Wave %1").arg(i + 1) : tr("Wave %1 (%2)").arg(i + 1).arg(own),
             number(wave.size()), firstOf(wave)});
        item->setData(1, Qt::UserRole, qint64(wave.size()));
        item->setData(0, Qt::UserRole, wave);
        item->setToolTip(0, tr("Campaign: %1").arg(plan.campaignName(int(i + 1))));
    }
    const InventoryCheckReport* report = m_report ? m_report() : nullptr;
    if (report && !report->refusedDevices().isEmpty()) {
        const QList<CheckedDevice>& refused = report->refusedDevices();
        auto* item = new QTreeWidgetItem(m_previewTree, {tr("Refused by the check (in no wave)"),
                                                         number(refused.size()), QString()});
        item->setData(0, Qt::UserRole + 1, u"refused"_s);
        item->setData(1, Qt::UserRole, qint64(refused.size()));
        for (qsizetype i = 0; i < refused.size() && i < MaxRefusedRows; ++i) {
            auto* child = new QTreeWidgetItem(
                item, {refused.at(i).deviceId, QString(),
                       DeviceInventoryCheck::label(refused.at(i).check.verdict)});
            child->setData(0, Qt::UserRole, refused.at(i).deviceId);
        }
        item->setExpanded(true);
    }
    if (!m_split.errors.isEmpty())
        m_previewState->setText(
            tr("The waves cannot be formed: %1").arg(m_split.errors.join(u' ')));
    else if (!report)
        m_previewState->setText(tr("%Ln device(s) in %1 wave(s); the devices were not checked: "
                                   "the check runs again when the rollout is created.",
                                   nullptr, int(accepted))
                                    .arg(m_split.waves.size()));
    else
        m_previewState->setText(
            tr("%Ln device(s) in %1 wave(s); %2 of the %3 listed devices refused by the check.",
               nullptr, int(accepted))
                .arg(m_split.waves.size())
                .arg(number(m_refused.size()), number(devices.size())));
}

void RolloutWavesPage::setCreating(bool creating, const QString& state)
{
    // The fields are read-only meanwhile; the focus comes back to where it was.
    if (creating && isAncestorOf(QApplication::focusWidget()))
        m_focusBefore = QApplication::focusWidget();
    m_creating = creating;
    for (QWidget* w : findChildren<QWidget*>()) {
        if (qobject_cast<QLineEdit*>(w) || qobject_cast<QSpinBox*>(w) ||
            qobject_cast<QRadioButton*>(w) || qobject_cast<QCheckBox*>(w))
            w->setEnabled(!creating);
    }
    if (creating) {
        m_state->setStyleSheet(QString());
        m_state->setText(state);
        m_state->show();
    } else if (m_focusBefore) {
        m_focusBefore->setFocus(Qt::OtherFocusReason);
    }
    Q_EMIT completeChanged();
}

void RolloutWavesPage::showError(const QString& message, bool focusName)
{
    m_state->setStyleSheet(
        u"QLabel { color: %1; font-weight: 600; }"_s.arg(IssueText::errorColor()));
    m_state->setText(message);
    m_state->show();
    updatePreview(); // a name taken meanwhile shows at the name too
    if (focusName)
        m_name->setFocus(Qt::OtherFocusReason);
}

} // namespace fotadesk
