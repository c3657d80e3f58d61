// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// fotadesk-hostile-server: a misbehaving FOTA v3 server for the process-level tests of fotactl
// (tests/app/FotactlHostileServerTest.cpp). It listens on 127.0.0.1 only, prints
// "listening PORT" on stdout, then "request METHOD TARGET" for every request it reads. The
// sign-in calls (token, session login) are answered correctly; every other request as
// --mode says:
//
//   chunked-200     200, a chunked body that never ends
//   chunked-500     500, a chunked body that never ends
//   huge-length     200 with Content-Length: 5000000000, then data without end
//   endless-cursor  device report pages: 100 devices after the cursor each, totalDevice 5000,
//                   hasMoreData always true
//   repeat-cursor   account device pages whose lastSeenDeviceId goes A, B, A, B, ...
//   trickle         200, a chunked body of one byte every --interval-ms (default 2000)
//   hostile-names   well-formed answers whose text would drive a terminal: the firmware list,
//                   a campaign (GET /campaigns/acc/ID) and the 400 of anything else carry
//                   ESC ] 0 ; title BEL, ESC [ 2 J, a C1 CSI and U+202E in names and messages
//   status-500      500 with a short JSON body for every FOTA request (retried, then exit 3)
//   refuse-sign-in  the token request is answered 401 invalid_client (bad credentials)

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 QueueHigh = 1 << 20;
constexpr qint64 FirstImei = 350000000000000;

void say(const QByteArray& line)
{
    const QByteArray out = line + '\n';
    std::fputs(out.constData(), stdout);
    std::fflush(stdout);
}

QByteArray chunk(const QByteArray& data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

QByteArray jsonAnswer(int status, const QJsonObject& body)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(status) +
           " X\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(bytes.size()) + "\r\n\r\n" + bytes;
}

QJsonArray devices(qint64 after, int count, bool inventory)
{
    QJsonArray list;
    for (int i = 1; i <= count; ++i) {
        const QString id = QString::number(after + i);
        if (inventory)
            list.append(QJsonObject{{u"deviceId"_s, id},
                                    {u"mdn"_s, u"5550100"_s},
                                    {u"model"_s, u"M"_s},
                                    {u"make"_s, u"X"_s},
                                    {u"firmware"_s, u"A"_s},
                                    {u"fotaEligible"_s, true},
                                    {u"status"_s, u"Active"_s},
                                    {u"licenseAssigned"_s, true},
                                    {u"protocol"_s, u"LWM2M"_s},
                                    {u"softwareList"_s, QJsonArray()}});
        else
            list.append(QJsonObject{{u"deviceId"_s, id}, {u"status"_s, u"UpgradePending"_s}});
    }
    return list;
}

/// A name a hostile server gives: retitles the window, clears the screen, a C1 CSI, and a
/// right-to-left override that would show "exe.txt" as "txt.exe".
QString hostileName(const QString& base)
{
    return base + u"\x1B]0;pwned\x07\x1B[2J"_s + QChar(0x9B) + u"31m\u202Eexe.txt"_s;
}

class Server final : public QObject
{
public:
    Server(QString mode, int intervalMs)
        : m_mode(std::move(mode))
        , m_intervalMs(intervalMs)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }

private:
    void onData(QTcpSocket* s)
    {
        QByteArray& buffer = m_buffers[s];
        buffer += s->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer.left(end);
            qint64 length = 0;
            for (const QByteArray& line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            buffer.remove(0, end + 4 + length);
            const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
            if (requestLine.size() < 2)
                return;
            say("request " + requestLine.at(0) + ' ' + requestLine.at(1));
            answer(s, QUrl(QString::fromLatin1(requestLine.at(1))));
        }
    }

    void answer(QTcpSocket* s, const QUrl& url)
    {
        const QString path = url.path();
        if (path.endsWith(u"/oauth2/token"_s) && m_mode == u"refuse-sign-in"_s) {
            s->write(
                jsonAnswer(401, {{u"error"_s, u"invalid_client"_s},
                                 {u"error_description"_s, u"Client authentication failed"_s}}));
            return;
        }
        if (path.endsWith(u"/oauth2/token"_s)) {
            s->write(jsonAnswer(200, {{u"access_token"_s, u"tok"_s},
                                      {u"token_type"_s, u"Bearer"_s},
                                      {u"expires_in"_s, 3600}}));
            return;
        }
        if (path.endsWith(u"/session/login"_s)) {
            s->write(jsonAnswer(200, {{u"sessionToken"_s, u"sess"_s}}));
            return;
        }
        const QString cursor = QUrlQuery(url).queryItemValue(u"lastSeenDeviceId"_s);
        if (m_mode == u"chunked-200"_s || m_mode == u"chunked-500"_s) {
            s->write("HTTP/1.1 " + QByteArray(m_mode == u"chunked-200"_s ? "200" : "500") +
                     " X\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" +
                     chunk("["));
            pump(s, true);
        } else if (m_mode == u"huge-length"_s) {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                     "5000000000\r\n\r\n[");
            pump(s, false);
        } else if (m_mode == u"endless-cursor"_s) {
            const qint64 after = cursor.isEmpty() ? FirstImei : cursor.toLongLong();
            s->write(jsonAnswer(200, {{u"totalDevice"_s, 5000},
                                      {u"hasMoreData"_s, true},
                                      {u"maxPageSize"_s, 100},
                                      {u"lastSeenDeviceId"_s, QString::number(after + 100)},
                                      {u"deviceList"_s, devices(after, 100, false)}}));
        } else if (m_mode == u"repeat-cursor"_s) {
            const qint64 a = FirstImei + 10;
            const qint64 b = FirstImei + 20;
            const qint64 after = cursor.isEmpty() ? FirstImei : cursor.toLongLong();
            const qint64 next = after == a ? b : a;
            s->write(jsonAnswer(200, {{u"accountName"_s, u"acc"_s},
                                      {u"hasMoreData"_s, true},
                                      {u"maxPageSize"_s, 10},
                                      {u"lastSeenDeviceId"_s, QString::number(next)},
                                      {u"deviceList"_s, devices(next - 10, 10, true)}}));
        } else if (m_mode == u"hostile-names"_s) {
            answerHostileNames(s, path);
        } else if (m_mode == u"status-500"_s) {
            s->write(jsonAnswer(500, {{u"errorCode"_s, u"InternalError"_s},
                                      {u"errorMessage"_s, u"Something broke"_s}}));
        } else if (m_mode == u"trickle"_s) {
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: "
                     "chunked\r\n\r\n");
            auto* timer = new QTimer(s);
            connect(timer, &QTimer::timeout, s, [s] { s->write(chunk(" ")); });
            timer->start(m_intervalMs);
        } else {
            s->write(jsonAnswer(404, {{u"errorCode"_s, u"X"_s}, {u"errorMessage"_s, m_mode}}));
        }
    }

    static void answerHostileNames(QTcpSocket* s, const QString& path)
    {
        const QByteArray body = [&path]() -> QByteArray {
            if (path.contains(u"/fota/v3/firmware/"_s)) {
                const QJsonObject package{{u"firmwareName"_s, hostileName(u"FW_A_B"_s)},
                                          {u"firmwareFrom"_s, u"A"_s},
                                          {u"firmwareTo"_s, u"B"_s},
                                          {u"launchDate"_s, u"2022-08-05T21:05:27.129Z"_s},
                                          {u"releaseNote"_s, u""_s},
                                          {u"model"_s, hostileName(u"M"_s)},
                                          {u"make"_s, u"X"_s},
                                          {u"protocol"_s, u"LWM2M"_s}};
                return QJsonDocument(QJsonArray{package}).toJson(QJsonDocument::Compact);
            }
            if (path.contains(u"/fota/v3/campaigns/"_s)) {
                const QJsonObject campaign{{u"id"_s, u"c1"_s},
                                           {u"accountName"_s, u"acc"_s},
                                           {u"campaignName"_s, hostileName(u"Depot"_s)},
                                           {u"firmwareName"_s, hostileName(u"FW_A_B"_s)},
                                           {u"firmwareFrom"_s, u"A"_s},
                                           {u"firmwareTo"_s, u"B"_s},
                                           {u"protocol"_s, u"LWM2M"_s},
                                           {u"make"_s, u"X"_s},
                                           {u"model"_s, u"M"_s},
                                           {u"startDate"_s, u"2026-03-05"_s},
                                           {u"endDate"_s, u"2026-03-07"_s},
                                           {u"status"_s, u"CampaignRequestPending"_s},
                                           {u"autoAssignLicenseFlag"_s, false},
                                           {u"autoAddDevicesFlag"_s, false}};
                return QJsonDocument(campaign).toJson(QJsonDocument::Compact);
            }
            return {};
        }();
        if (body.isEmpty()) {
            s->write(jsonAnswer(400, {{u"errorCode"_s, hostileName(u"Bad"_s)},
                                      {u"errorMessage"_s, hostileName(u"Refused"_s)}}));
            return;
        }
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    /// Writes filler without end, never more than QueueHigh queued.
    void pump(QTcpSocket* s, bool chunked)
    {
        static const QByteArray filler = [] {
            QByteArray one = R"({"firmwareName":"FW_A_B","firmwareFrom":"A","firmwareTo":"B",)"
                             R"("launchDate":"2022-08-05T21:05:27.129Z","releaseNote":"",)"
                             R"("model":"M","make":"X","protocol":"LWM2M"},)";
            QByteArray many;
            while (many.size() < 64 * 1024)
                many += one;
            return many;
        }();
        auto fill = [s, chunked] {
            while (s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() < QueueHigh)
                s->write(chunked ? chunk(filler) : filler);
        };
        connect(s, &QTcpSocket::bytesWritten, s, fill);
        fill();
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QString m_mode;
    int m_intervalMs;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"mode"_s, u"how to misbehave"_s, u"MODE"_s});
    parser.addOption({u"interval-ms"_s, u"trickle: ms between bytes"_s, u"MS"_s, u"2000"_s});
    parser.process(app);
    Server server(parser.value(u"mode"_s), parser.value(u"interval-ms"_s).toInt());
    if (!server.listen())
        return 1;
    say("listening " + QByteArray::number(server.port()));
    return app.exec();
}
