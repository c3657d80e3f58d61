// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class LicensesPage;
}

namespace fotadesk {

struct AppContext;
class DeviceChangeDialog;
class LicensePager;
class LicensedDeviceModel;

/// The account's FOTA licenses on their own (issue 21): every licensed device (GET /licenses,
/// all pages, appended as they arrive), the counts, a filter by IMEI, CSV export of what is
/// shown, and Assign / Remove for a list or the selection — run by the add/remove-devices
/// dialog in its licence modes (DeviceChangeDialog): journaled like every batch, with progress,
/// Stop, per-device results and Retry failed. Read when first shown, after each run, on Refresh.
class LicensesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicensesPage)

public:
    explicit LicensesPage(AppContext& context, QWidget* parent = nullptr);
    ~LicensesPage() override;

    void refresh();
    [[nodiscard]] bool isLoading() const { return !m_pager.isNull(); }
    [[nodiscard]] LicensedDeviceModel* model() const { return m_model; }
    [[nodiscard]] QSortFilterProxyModel* shown() const { return m_filter; }
    [[nodiscard]] QString summaryText() const;
    /// The IMEIs of the selected rows, in the order shown.
    [[nodiscard]] QStringList selectedDevices() const;
    /// Opens the dialog to assign licenses (empty list) or to remove them (the selection).
    DeviceChangeDialog* assignLicenses();
    DeviceChangeDialog* removeLicenses();
    /// Writes the shown rows as CSV to `path`; false with *error (a sentence) when not written.
    bool exportShown(const QString& path, QString* error) const;

Q_SIGNALS:
    /// A read ended (ok: every page arrived).
    void loaded(bool ok);

protected:
    void showEvent(QShowEvent* event) override;

private:
    DeviceChangeDialog* openDialog(bool assign, const QStringList& devices);
    void exportClicked();
    void updateShown();
    void updateButtons();

    std::unique_ptr<Ui::LicensesPage> m_ui;
    AppContext& m_context;
    LicensedDeviceModel* m_model;
    QSortFilterProxyModel* m_filter;
    QPointer<LicensePager> m_pager;
    QPointer<DeviceChangeDialog> m_dialog;
    bool m_loaded = false;
};

} // namespace fotadesk
