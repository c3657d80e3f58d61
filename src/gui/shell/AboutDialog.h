// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QLabel;

namespace fotadesk {

struct AppContext;

/// Help ▸ About FotaDesk: the application's version, the Qt version it runs
/// on (qVersion()) and the one it was built with (QT_VERSION_STR), the
/// environment and account in use, where data and logs are kept, the licence
/// (GPL-3.0-or-later, no warranty) with buttons for its full text, the
/// third-party notices and Qt's own About box.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(const AppContext& context, QWidget* parent = nullptr);
    ~AboutDialog() override;

    /// The text shown (rich text), for tests.
    [[nodiscard]] QString text() const;
    /// "FotaDesk 0.1.0 — Qt 6.4.2 (built with 6.4.2)": also in the window's title bar tool tip.
    static QString versionLine();
    /// Opens a window showing the embedded text @p resource (":/legal/LICENSE",
    /// ":/legal/THIRD-PARTY-NOTICES") under @p title; returns it (tests).
    QWidget* showText(const QString& title, const QString& resource);

private:
    QLabel* m_text;
};

} // namespace fotadesk
