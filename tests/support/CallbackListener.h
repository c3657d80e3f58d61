// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

class QTcpServer;

namespace fotadesk::test {

/// A loopback HTTP listener standing in for a user's callback server: accepts POSTs on
/// 127.0.0.1 (any path), keeps each JSON body, answers 200 (or `status`). It lives in the test's
/// thread, so the test's event loop (QTRY_*, a synchronous HttpTestClient call) serves it.
class CallbackListener final : public QObject
{
    Q_OBJECT

public:
    explicit CallbackListener(int status = 200, QObject* parent = nullptr);
    ~CallbackListener() override;

    [[nodiscard]] bool isListening() const;
    /// "http://127.0.0.1:PORT/hook"
    [[nodiscard]] QString url() const;
    /// Every body received so far, in arrival order (a body that is not a JSON object is kept
    /// as {"unparsable": "<text>"}).
    [[nodiscard]] const QList<QJsonObject>& bodies() const { return m_bodies; }
    /// Every event of every body, in order.
    [[nodiscard]] QList<QJsonObject> events() const;
    /// The request lines and headers of each POST ("POST /hook HTTP/1.1\r\n...").
    [[nodiscard]] const QList<QByteArray>& heads() const { return m_heads; }

private:
    void onConnection();

    QTcpServer* m_server;
    int m_status;
    QList<QJsonObject> m_bodies;
    QList<QByteArray> m_heads;
};

} // namespace fotadesk::test
