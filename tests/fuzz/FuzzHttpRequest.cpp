// SPDX-FileCopyrightText: 2026 The FotaDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Fuzz entry point for fotasim's HTTP layer: bytes -> HttpRequestParser (small
// limits), fed whole and again in pieces whose sizes come from the input's
// first byte, as TCP may deliver them. Checks: both ways read the same
// requests and end the same way (how bytes arrive never changes what a
// request means); a refusal has one of the documented statuses and a
// message; every request read has a method, a path starting with '/' (or
// none for '*'), and a body within the limit.

#include "FuzzSupport.h"
#include "sim/HttpRequestParser.h"

#include <QList>

#include <algorithm>

using namespace fotadesk;
using namespace fotadesk::sim;
using fotadesk::fuzz::check;

namespace {

HttpLimits fuzzLimits()
{
    HttpLimits limits;
    limits.maxRequestLineBytes = 200;
    limits.maxHeaderBytes = 600;
    limits.maxBodyBytes = 1000;
    return limits;
}

/// What a parser made of the input: each request as text, then the end.
QList<QByteArray> run(const QByteArray& input, qsizetype piece)
{
    HttpRequestParser parser(fuzzLimits());
    QList<QByteArray> out;
    for (qsizetype at = 0; at < input.size(); at += piece) {
        parser.append(QByteArrayView(input).sliced(at, qMin(piece, input.size() - at)));
        for (;;) {
            const HttpRequestParser::Status status = parser.parse();
            if (status == HttpRequestParser::Status::Failed) {
                const int code = parser.errorStatus();
                check(code == 400 || code == 413 || code == 414 || code == 417 || code == 431 ||
                          code == 501 || code == 505,
                      "a refusal with an undocumented status", QString::number(code));
                check(!parser.errorMessage().isEmpty(), "a refusal without a message");
                out.append(QByteArray("failed " + QByteArray::number(code)));
                return out;
            }
            if (status == HttpRequestParser::Status::NeedMore)
                break;
            const bool keepAlive = parser.keepAlive();
            const SimRequest r = parser.takeRequest();
            check(!r.method.isEmpty(), "a request without a method");
            check(r.body.size() <= fuzzLimits().maxBodyBytes, "a body over the limit");
            QByteArray text = r.method + ' ' + r.path.toUtf8() + '?' +
                              r.query.toString(QUrl::FullyEncoded).toUtf8() +
                              (keepAlive ? " keep-alive\n" : " close\n");
            QList<QByteArray> names = r.headers.keys();
            std::sort(names.begin(), names.end());
            for (const QByteArray& name : names)
                text += name + ": " + r.headers.value(name) + '\n';
            out.append(QByteArray(text + '\n' + r.body));
        }
    }
    out.append(parser.hasPartialRequest() ? "incomplete" : "idle");
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype piece = data[0] % 17 + 1;
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    const QList<QByteArray> whole = run(input, qMax<qsizetype>(input.size(), 1));
    const QList<QByteArray> pieces = run(input, piece);
    check(whole == pieces, "fed in pieces, the parser read something else",
          QString::fromUtf8(QByteArray(whole.join("|") + " <> " + pieces.join("|"))));
    return 0;
}
