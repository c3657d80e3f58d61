// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/campaign/ReportExporter.h"

#include "core/CsvWriter.h"
#include "core/DisplayFormat.h"
#include "core/FileWriter.h"
#include "core/StatusGroup.h"
#include "gui/common/GuiLogging.h"
#include "gui/common/StatusChart.h"
#include "models/DeviceStatusModel.h"
#include "models/StatusGroupStyle.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

#include <algorithm>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace fotadesk {

namespace {

/// Row indices of the model in device order (IMEIs numerically, other ids after them).
std::vector<int> deviceOrder(const DeviceStatusModel& model)
{
    std::vector<int> order(std::size_t(model.rowCount()));
    std::iota(order.begin(), order.end(), 0);
    bool sorted = true;
    for (std::size_t i = 1; sorted && i < order.size(); ++i) {
        const auto a = model.imeiValueAt(int(i - 1));
        const auto b = model.imeiValueAt(int(i));
        sorted = a != 0 && b != 0 && a < b;
    }
    if (sorted)
        return order;
    std::stable_sort(order.begin(), order.end(), [&model](int l, int r) {
        const auto a = model.imeiValueAt(l);
        const auto b = model.imeiValueAt(r);
        if (a != 0 && b != 0)
            return a < b;
        if ((a != 0) != (b != 0))
            return a != 0;
        return model.deviceIdAt(l) < model.deviceIdAt(r);
    });
    return order;
}

QString fileError(const QString& what, const QString& path, const QString& detail)
{
    return ReportExporter::tr("%1 could not be written to %2: %3. Choose a folder you can write "
                              "to (and check the free space), then export again.")
        .arg(what, QDir::toNativeSeparators(path), detail);
}

/// FileWriter's sentence (the file, the cause, the previous file kept) and what to do.
QString writeError(const FileWriter& file)
{
    return file.errorString() + u' ' +
           ReportExporter::tr("Choose a folder you can write to (and check the free space), then "
                              "export again.");
}

QString siteAndUtc(const QDateTime& utc, const QTimeZone& zone)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(zone);
    return ReportExporter::tr("%1 %2 (%3 UTC)")
        .arg(DisplayFormat::dateTime(local), QString::fromUtf8(zone.id()),
             DisplayFormat::dateTime(utc.toUTC()));
}

/// A top-to-bottom writer over the pages of a QPdfWriter: text, key/value and
/// column tables that break across pages (repeating their header), and a footer.
class PdfFlow
{
public:
    PdfFlow(QPdfWriter& writer, QPainter& painter, QString footerLeft)
        : m_writer(writer)
        , m_painter(painter)
        , m_footerLeft(std::move(footerLeft))
    {
        m_width = writer.width();
        m_base.setFamily(u"DejaVu Sans"_s);
        m_base.setPointSizeF(9.5);
        m_painter.setFont(m_base);
        m_footerHeight = lineHeight(m_base) * 2.0;
        m_bottom = writer.height() - m_footerHeight;
    }

    [[nodiscard]] qreal width() const { return m_width; }
    [[nodiscard]] qreal y() const { return m_y; }
    [[nodiscard]] int pages() const { return m_page; }
    [[nodiscard]] qreal mm(qreal v) const { return v * m_writer.resolution() / 25.4; }
    [[nodiscard]] qreal lineHeight(const QFont& f) const
    {
        return QFontMetricsF(f, &m_writer).height() * 1.25;
    }
    [[nodiscard]] QFont font(qreal scale = 1.0, bool bold = false) const
    {
        QFont f = m_base;
        f.setPointSizeF(m_base.pointSizeF() * scale);
        f.setBold(bold);
        return f;
    }

    void space(qreal h) { m_y += h; }

    void ensure(qreal h)
    {
        if (m_y + h > m_bottom && m_y > 0)
            newPage();
    }

    void newPage()
    {
        drawFooter();
        m_writer.newPage();
        ++m_page;
        m_y = 0;
    }

    void finish() { drawFooter(); }

    void title(const QString& text)
    {
        const QFont f = font(1.9, true);
        text_(text, f, QColor(0x20, 0x30, 0x48));
        m_painter.setPen(QPen(QColor(0x2a, 0x6f, 0xb0), mm(0.6)));
        m_painter.drawLine(QPointF(0, m_y + mm(1)), QPointF(m_width, m_y + mm(1)));
        m_y += mm(4);
    }

    void heading(const QString& text)
    {
        const QFont f = font(1.3, true);
        ensure(lineHeight(f) * 3); // never a heading alone at the bottom of a page
        m_y += mm(3);
        text_(text, f, QColor(0x20, 0x30, 0x48));
        m_y += mm(1);
    }

    void paragraph(const QString& text, qreal scale = 1.0, QColor color = Qt::black)
    {
        text_(text, font(scale), color);
    }

    /// A two-column table of names and values.
    void keyValues(const QList<QPair<QString, QString>>& rows)
    {
        const QFont key = font(1.0, true);
        const QFont value = font();
        const qreal keyWidth = m_width * 0.32;
        for (const auto& [k, v] : rows) {
            m_painter.setFont(value);
            const QRectF need = m_painter.boundingRect(QRectF(0, 0, m_width - keyWidth, 1e6),
                                                       Qt::TextWordWrap, v.isEmpty() ? u"–"_s : v);
            const qreal h = std::max(lineHeight(value), need.height() + lineHeight(value) * 0.25);
            ensure(h);
            m_painter.setPen(QColor(0x40, 0x40, 0x40));
            m_painter.setFont(key);
            m_painter.drawText(QRectF(0, m_y, keyWidth, h), Qt::AlignLeft | Qt::AlignTop, k);
            m_painter.setPen(Qt::black);
            m_painter.setFont(value);
            m_painter.drawText(QRectF(keyWidth, m_y, m_width - keyWidth, h),
                               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                               v.isEmpty() ? u"–"_s : v);
            m_y += h;
        }
    }

    struct Column
    {
        QString title;
        qreal fraction = 0.25; ///< of the page width
        Qt::Alignment align = Qt::AlignLeft;
    };

    /// A table with a header row (repeated on every page it spans); `swatch` (optional) is a
    /// colour drawn before the first cell of each row.
    void table(const QList<Column>& columns, const QList<QStringList>& rows,
               const QList<QColor>& swatches = {})
    {
        const QFont head = font(0.95, true);
        const QFont body = font(0.95);
        const qreal rowH = lineHeight(body) * 1.1;
        const qreal pad = mm(1.2);
        auto drawHeader = [&] {
            m_painter.fillRect(QRectF(0, m_y, m_width, rowH), QColor(0xe8, 0xee, 0xf5));
            m_painter.setFont(head);
            m_painter.setPen(QColor(0x20, 0x30, 0x48));
            qreal x = 0;
            for (const Column& c : columns) {
                const qreal w = m_width * c.fraction;
                m_painter.drawText(QRectF(x + pad, m_y, w - 2 * pad, rowH),
                                   c.align | Qt::AlignVCenter, c.title);
                x += w;
            }
            m_y += rowH;
        };
        ensure(rowH * 2);
        drawHeader();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (m_y + rowH > m_bottom) {
                newPage();
                drawHeader();
            }
            if (r % 2 == 1)
                m_painter.fillRect(QRectF(0, m_y, m_width, rowH), QColor(0xf6, 0xf8, 0xfa));
            m_painter.setFont(body);
            m_painter.setPen(Qt::black);
            const QFontMetricsF fm(body, &m_writer);
            qreal x = 0;
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const qreal w = m_width * columns[c].fraction;
                qreal left = x + pad;
                if (c == 0 && r < swatches.size()) {
                    const qreal s = rowH * 0.5;
                    m_painter.fillRect(QRectF(left, m_y + (rowH - s) / 2, s, s), swatches[r]);
                    left += s + pad;
                }
                const QString cell = c < rows[r].size() ? rows[r][c] : QString();
                const qreal avail = x + w - pad - left;
                m_painter.drawText(QRectF(left, m_y, avail, rowH),
                                   columns[c].align | Qt::AlignVCenter,
                                   fm.elidedText(cell, Qt::ElideRight, avail));
                x += w;
            }
            m_y += rowH;
        }
        m_painter.setPen(QPen(QColor(0xc0, 0xc8, 0xd0), mm(0.2)));
        m_painter.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
        m_y += mm(2);
    }

    /// A block of fixed height (a chart); returns its rectangle.
    QRectF block(qreal height)
    {
        ensure(height);
        const QRectF r(0, m_y, m_width, height);
        m_y += height;
        return r;
    }

private:
    void text_(const QString& text, const QFont& f, const QColor& color)
    {
        m_painter.setFont(f);
        const QRectF need =
            m_painter.boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap, text);
        const qreal h = std::max(lineHeight(f), need.height() + lineHeight(f) * 0.2);
        ensure(h);
        m_painter.setPen(color);
        m_painter.drawText(QRectF(0, m_y, m_width, h), Qt::AlignLeft | Qt::TextWordWrap, text);
        m_y += h;
    }

    void drawFooter()
    {
        const QFont f = font(0.8);
        m_painter.setFont(f);
        m_painter.setPen(QColor(0x70, 0x70, 0x70));
        const qreal top = m_bottom + m_footerHeight * 0.35;
        m_painter.drawLine(QPointF(0, top), QPointF(m_width, top));
        const QRectF r(0, top, m_width, m_footerHeight * 0.65);
        const QFontMetricsF fm(f, &m_writer);
        m_painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                           fm.elidedText(m_footerLeft, Qt::ElideMiddle, m_width * 0.82));
        m_painter.drawText(r, Qt::AlignRight | Qt::AlignVCenter,
                           ReportExporter::tr("Page %1").arg(m_page));
    }

    QPdfWriter& m_writer;
    QPainter& m_painter;
    QString m_footerLeft;
    QFont m_base;
    qreal m_width = 0;
    qreal m_bottom = 0;
    qreal m_footerHeight = 0;
    qreal m_y = 0;
    int m_page = 1;
};

} // namespace

QString ReportExporter::suggestedFileName(const Input& input, const QString& suffix)
{
    // Named after the campaign as people name it ("Depot 7 modem refresh"); its id when it
    // has no name or is not loaded.
    const QString name = input.campaign ? input.campaign->campaignName.trimmed() : QString();
    QString base = name.isEmpty() ? u"campaign-"_s + input.campaignId : name;
    base.replace(QRegularExpression(u"[^\\w.-]+"_s, QRegularExpression::UseUnicodePropertiesOption),
                 u"-"_s);
    base.replace(QRegularExpression(u"-{2,}"_s), u"-"_s);
    base = base.left(80);
    while (base.endsWith(u'-') || base.endsWith(u'.'))
        base.chop(1);
    const QDateTime when =
        (input.generatedUtc.isValid() ? input.generatedUtc : QDateTime::currentDateTimeUtc())
            .toTimeZone(input.siteZone);
    return u"%1-report-%2.%3"_s.arg(base, when.toString(u"yyyyMMdd-HHmm"_s), suffix);
}

bool ReportExporter::writeCsv(const Input& input, const QString& path, QString* error)
{
    if (!input.devices) {
        if (error)
            *error = tr("There is no device report to export yet: load the campaign's device "
                        "status first.");
        return false;
    }
    const DeviceStatusModel& model = *input.devices;
    FileWriter file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = writeError(file);
        return false;
    }
    CsvWriter csv;
    DeviceStatusModel::writeCsvHeader(csv);
    std::vector<int> order = deviceOrder(model);
    if (!input.rows.empty()) {
        // What the view shows: the chosen rows, in the same (IMEI) order as a whole export.
        std::vector<char> wanted(std::size_t(model.rowCount()), 0);
        for (const int r : input.rows) {
            if (r >= 0 && r < model.rowCount())
                wanted[std::size_t(r)] = 1;
        }
        std::erase_if(order, [&wanted](int r) { return !wanted[std::size_t(r)]; });
    }
    for (int row : order) {
        model.writeCsvRow(csv, row);
        if (csv.size() > (1 << 20) && !file.write(csv.take()))
            break;
    }
    if (!file.write(csv.take()) || !file.commit()) {
        if (error)
            *error = writeError(file);
        return false;
    }
    qCInfo(lcGui) << "CSV report of campaign" << input.campaignId << "written:" << order.size()
                  << "devices";
    return true;
}

bool ReportExporter::writePdf(const Input& input, const QString& path, QString* error, int* pages)
{
    const QString what = tr("The PDF report");
    if (!input.devices) {
        if (error)
            *error = tr("There is no device report to export yet: load the campaign's device "
                        "status first.");
        return false;
    }
    const DeviceStatusModel& model = *input.devices;
    const QLocale locale;
    const QDateTime generated =
        input.generatedUtc.isValid() ? input.generatedUtc : QDateTime::currentDateTimeUtc();
    const QString name = input.campaign && !input.campaign->campaignName.isEmpty()
                             ? input.campaign->campaignName
                             : input.campaignId;

    // --- figures -------------------------------------------------------------------------
    const int rows = model.rowCount();
    const auto groupCounts = model.countsByGroup();
    QHash<std::uint32_t, qint64> byStatus; // interned status id -> devices
    QHash<QString, qint64> failureReasons; // reason (or status) -> devices
    std::vector<int> failures;
    for (int row = 0; row < rows; ++row) {
        ++byStatus[model.statusIdAt(row)];
        if (model.groupAt(row) == StatusGroup::Failed) {
            const QString& reason = model.strings().at(model.reasonIdAt(row));
            ++failureReasons[reason.isEmpty() ? model.strings().at(model.statusIdAt(row)) : reason];
            failures.push_back(row);
        }
    }

    // --- the file --------------------------------------------------------------------------
    // QPdfWriter does not report a failed write: FileWriter remembers it, and commit() refuses.
    FileWriter file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = writeError(file);
        return false;
    }
    int pageCount = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
        writer.setTitle(tr("Campaign report — %1").arg(name));
        writer.setCreator(u"FotaDesk "_s + QStringLiteral(FOTADESK_VERSION));
        QPainter painter(&writer);
        if (!painter.isActive()) {
            if (error)
                *error = fileError(what, path, tr("the PDF writer could not start"));
            return false;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        PdfFlow flow(writer, painter,
                     tr("FotaDesk · campaign %1 · generated %2 UTC")
                         .arg(input.campaignId, DisplayFormat::dateTime(generated.toUTC())));

        flow.title(tr("Campaign report — %1").arg(name));
        flow.paragraph(tr("Generated %1 for account %2 (%3).")
                           .arg(siteAndUtc(generated, input.siteZone),
                                input.accountName.isEmpty() ? tr("unknown") : input.accountName,
                                input.environmentLabel.isEmpty() ? tr("unknown environment")
                                                                 : input.environmentLabel),
                       1.0, QColor(0x40, 0x40, 0x40));

        // Summary.
        flow.heading(tr("Summary"));
        const qint64 succeeded =
            groupCounts[std::size_t(StatusGroupStyle::slot(StatusGroup::Succeeded))];
        const qint64 failed = groupCounts[std::size_t(StatusGroupStyle::slot(StatusGroup::Failed))];
        const auto pct = [&](qint64 n) {
            return rows > 0 ? locale.toString(100.0 * double(n) / double(rows), 'f', 1) : u"0"_s;
        };
        QString summary =
            tr("%1 devices in the report: %2 succeeded (%3%), %4 failed (%5%), %6 not finished "
               "yet. Campaign status: %7.")
                .arg(locale.toString(rows), locale.toString(succeeded), pct(succeeded),
                     locale.toString(failed), pct(failed),
                     locale.toString(qint64(rows) - succeeded - failed),
                     input.campaign ? StatusClassifier::campaignStatusLabel(input.campaign->status)
                                    : tr("not loaded"));
        if (input.serverTotal && *input.serverTotal != rows)
            summary += u' ' + tr("Note: the server stated %1 devices (totalDevice); the report "
                                 "read holds %2.")
                                  .arg(locale.toString(*input.serverTotal), locale.toString(rows));
        flow.paragraph(summary);

        // Chart.
        {
            StatusChart chart(StatusChart::Style::Donut);
            chart.setTitle(tr("Devices by status group"));
            chart.setEntries(StatusChart::groupEntries(groupCounts));
            chart.resize(640, 300);
            const QRectF area = flow.block(flow.mm(80));
            chart.renderTo(&painter, area);
        }

        // Status breakdown.
        flow.heading(tr("Status breakdown"));
        QList<std::pair<std::uint32_t, qint64>> statuses;
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
            statuses.append({it.key(), it.value()});
        std::sort(statuses.begin(), statuses.end(), [&](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second
                                        : model.strings().at(a.first) < model.strings().at(b.first);
        });
        QList<QStringList> statusRows;
        QList<QColor> swatches;
        for (const auto& [id, n] : std::as_const(statuses)) {
            const QString& raw = model.strings().at(id);
            const StatusGroup g = StatusClassifier::deviceStatusGroup(raw);
            statusRows.append({StatusClassifier::deviceStatusLabel(raw), raw,
                               StatusClassifier::groupLabel(g), locale.toString(n), pct(n) + u'%'});
            swatches.append(StatusGroupStyle::color(g));
        }
        flow.table({{tr("Status"), 0.28},
                    {tr("As sent by the server"), 0.30},
                    {tr("Group"), 0.16},
                    {tr("Devices"), 0.13, Qt::AlignRight},
                    {tr("Share"), 0.13, Qt::AlignRight}},
                   statusRows, swatches);

        // Failures.
        flow.heading(tr("Failures"));
        if (failures.empty()) {
            flow.paragraph(tr("No device failed."));
        } else {
            QList<std::pair<QString, qint64>> reasons;
            for (auto it = failureReasons.cbegin(); it != failureReasons.cend(); ++it)
                reasons.append({it.key(), it.value()});
            std::sort(reasons.begin(), reasons.end(), [](const auto& a, const auto& b) {
                return a.second != b.second ? a.second > b.second : a.first < b.first;
            });
            QList<QStringList> reasonRows;
            for (const auto& [reason, n] : std::as_const(reasons))
                reasonRows.append({reason, locale.toString(n)});
            flow.table({{tr("Reason"), 0.8}, {tr("Devices"), 0.2, Qt::AlignRight}}, reasonRows);

            std::stable_sort(failures.begin(), failures.end(), [&model](int l, int r) {
                return model.imeiValueAt(l) < model.imeiValueAt(r);
            });
            const int listed = std::min<int>(int(failures.size()), input.maxListedFailures);
            QList<QStringList> deviceRows;
            deviceRows.reserve(listed);
            for (int i = 0; i < listed; ++i) {
                const int row = failures[std::size_t(i)];
                const qint64 recent = model.timeAt(row, DeviceStatusModel::Time::RecentAttempt);
                deviceRows.append(
                    {model.deviceIdAt(row),
                     StatusClassifier::deviceStatusLabel(model.strings().at(model.statusIdAt(row))),
                     model.strings().at(model.reasonIdAt(row)),
                     recent == DeviceStatusModel::NoTime
                         ? QString()
                         : DisplayFormat::dateTime(
                               QDateTime::fromMSecsSinceEpoch(recent, QTimeZone::utc())) +
                               u" UTC"_s});
            }
            flow.paragraph(
                int(failures.size()) > listed
                    ? tr("The first %1 of %2 failed devices (all of them are in the CSV report):")
                          .arg(locale.toString(listed), locale.toString(qint64(failures.size())))
                    : tr("Failed devices:"));
            flow.table({{tr("IMEI"), 0.22},
                        {tr("Status"), 0.22},
                        {tr("Reason"), 0.34},
                        {tr("Last attempt"), 0.22}},
                       deviceRows);
        }

        // Firmware verification.
        flow.heading(tr("Firmware verification"));
        if (!input.verification) {
            flow.paragraph(tr("Not verified: use Verify firmware on the device status to ask "
                              "the successful devices which firmware they run."));
        } else {
            const FirmwareVerificationResult& v = *input.verification;
            const FirmwareCheckCounts& n = v.counts;
            flow.paragraph(tr("Checked %1: the devices the report called successful were "
                              "asked which firmware they run (firmware sync) and compared with "
                              "%2.")
                               .arg(siteAndUtc(v.checkedUtc, input.siteZone), v.firmwareTo));
            const auto share = [&](qint64 k) {
                return n.total() > 0
                           ? locale.toString(100.0 * double(k) / double(n.total()), 'f', 1) + u'%'
                           : QString();
            };
            QList<QStringList> verdictRows;
            QList<FirmwareCheck> unverified;
            for (int i = 0; i < FirmwareVerification::VerdictCount; ++i) {
                const auto verdict = FirmwareVerdict(i);
                verdictRows.append({FirmwareVerification::label(verdict),
                                    locale.toString(n.of(verdict)), share(n.of(verdict))});
            }
            flow.table({{tr("Firmware check"), 0.6},
                        {tr("Devices"), 0.2, Qt::AlignRight},
                        {tr("Share"), 0.2, Qt::AlignRight}},
                       verdictRows);
            for (const FirmwareCheck& c : v.devices) {
                if (c.verdict != FirmwareVerdict::Verified)
                    unverified.append(c);
            }
            if (!unverified.isEmpty()) {
                const int listed = std::min<int>(int(unverified.size()), input.maxListedFailures);
                QList<QStringList> deviceRows;
                for (int i = 0; i < listed; ++i)
                    deviceRows.append(
                        {unverified.at(i).deviceId,
                         FirmwareVerification::label(unverified.at(i).verdict),
                         FirmwareVerification::explain(unverified.at(i), v.firmwareTo)});
                flow.paragraph(
                    int(unverified.size()) > listed
                        ? tr("The first %1 of %2 devices that did not verify (all of "
                             "them are in the CSV report):")
                              .arg(locale.toString(listed), locale.toString(unverified.size()))
                        : tr("Devices that did not verify:"));
                flow.table({{tr("IMEI"), 0.22}, {tr("Firmware check"), 0.22}, {tr("Detail"), 0.56}},
                           deviceRows);
            }
        }

        // Parameters.
        flow.heading(tr("Campaign parameters"));
        QList<QPair<QString, QString>> params;
        params.append({tr("Campaign id"), input.campaignId});
        if (input.campaign) {
            const wire::Campaign& c = *input.campaign;
            QStringList windows;
            for (const TimeWindow& w : c.timeWindows)
                windows.append(w.toDisplayString());
            const auto flag = [](const std::optional<bool>& f) {
                return !f ? tr("not stated") : (*f ? tr("yes") : tr("no"));
            };
            params.append({tr("Name"), c.campaignName});
            params.append({tr("Account"), c.accountName});
            params.append(
                {tr("Status"), StatusClassifier::campaignStatusLabel(c.status) +
                                   (StatusClassifier::campaignStatusLabel(c.status) == c.status
                                        ? QString()
                                        : u" ("_s + c.status + u')')});
            params.append({tr("Firmware package"), c.firmwareName});
            params.append({tr("Firmware"), tr("%1 → %2").arg(c.firmwareFrom, c.firmwareTo)});
            params.append({tr("Protocol"), c.protocol});
            params.append({tr("Make / model"), tr("%1 %2").arg(c.make, c.model)});
            params.append({tr("Start date"), DisplayFormat::date(c.startDate)});
            params.append({tr("End date"), DisplayFormat::date(c.endDate)});
            params.append({tr("Time windows"),
                           windows.isEmpty()
                               ? tr("any hour")
                               : windows.join(u", "_s) + tr(" (hours in UTC as the service "
                                                            "states them)")});
            params.append({tr("Auto-assign licenses"), flag(c.autoAssignLicenseFlag)});
            params.append({tr("Auto-add devices"), flag(c.autoAddDevicesFlag)});
        } else {
            params.append({tr("Parameters"), tr("The campaign itself could not be loaded; only "
                                                "the device report is included.")});
        }
        flow.keyValues(params);
        flow.finish();
        pageCount = flow.pages();
    }
    if (!file.commit()) {
        if (error)
            *error = writeError(file);
        return false;
    }
    if (pages)
        *pages = pageCount;
    qCInfo(lcGui) << "PDF report of campaign" << input.campaignId << "written:" << pageCount
                  << "pages";
    return true;
}

} // namespace fotadesk
