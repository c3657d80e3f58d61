#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The FotaDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the hand-made seed files of tests/fuzz/corpus/<target>/seed-*.

Run it again after changing a seed here; inputs found by fuzzing (crashes,
hangs, new coverage kept on purpose) live next to the seeds under other names
(regress-*, found-*) and are never touched by this script. JSON seeds start
with one byte choosing the decoder (the index in FuzzJson.cpp's table).
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent / "corpus"
A = "490154203237518"  # the contract's example IMEIs
B = "356938035643809"
ACC = "0000123456-00001"


def write(target, name, data):
    folder = HERE / target
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    (folder / f"seed-{name}").write_bytes(data)


# --- importer: device tables as tools export them ---------------------------
write("importer", "plain.csv", f"IMEI\n{A}\n{B}\n")
write("importer", "excel-semicolon-bom.csv",
      "\ufeffDevice IMEI;Name;Model\r\n"
      f"{A};Depot 7 gate;AX100\r\n{B};Depot 7 pump;AX200\r\n")
write("importer", "excel-unicode-text.txt",
      ("\ufeffName\tIMEI\tNotes\r\nGate\t" + A + "\tok\r\nPump\t" + B + "\t\r\n").encode("utf-16-le"))
write("importer", "utf16be-nobom.tsv", ("IMEI\tSite\n" + A + "\tA\n" + B + "\tB\n").encode("utf-16-be"))
write("importer", "windows-1252.csv",
      "Gerät;IMEI;Straße\n".encode("cp1252") + f"Pumpe;{A};Hauptstr\n".encode("cp1252"))
write("importer", "quoted-multiline.csv",
      f'"Name","IMEI","Note"\n"Gate, north","{A}","line one\nline two"\n'
      f'"Pump ""B""","{B}",""\n')
write("importer", "sep-line.csv", f"sep=|\nimei|site\n{A}|x\n{B}|y\n")
write("importer", "mistakes.csv",
      "IMEI,Comment\n"
      f"{A},ok\n{A},duplicate\n49015420323751,14 digits\n4901542032375181,IMEISV\n"
      "49015420323751X,letter\n490154203237519,bad check digit\n4.90154E+14,Excel scientific\n"
      f"\n , blank\n{B[:8]}-{B[8:14]}-{B[14]},dashes\n")
write("importer", "no-header-pipe.txt", f"{A}|a|1\n{B}|b|2\n")
write("importer", "one-per-line.txt", f"{A}\r\n\r\n{B}\r\n")
write("importer", "xlsx-workbook.xlsx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"[Content_Types].xml" + bytes(range(0, 64)))
write("importer", "unterminated-quote.csv", f'IMEI,Note\n{A},"never closed\n{B},x\n')
write("importer", "long-line.csv", "IMEI," + "x" * 300 + f"\n{A}," + ",".join(["c"] * 40) + "\n")
write("importer", "no-imei-column.csv", "name,site\nGate,North\nPump,South\n")
# Longer than one 4 KiB block (the fuzzer's tight options): rows, quotes and
# multi-byte characters cross the block boundaries.
rows = ["Gerät;IMEI;Notiz"]
for i in range(260):
    serial = 490154200000000 + i * 10
    digits = str(serial)[:14]
    s = sum(int(d) if k % 2 == 0 else sum(divmod(int(d) * 2, 10)) for k, d in enumerate(digits))
    imei = digits + str((10 - s % 10) % 10)
    rows.append(f'Pumpe {i} – Straße;{imei};"Größe, {i}"')
write("importer", "many-rows-utf8.csv", "\r\n".join(rows) + "\r\n")
write("importer", "many-rows-utf16le.txt", ("\ufeff" + "\r\n".join(r.replace(";", "\t") for r in rows[:120])).encode("utf-16-le"))

# --- timestamps ---------------------------------------------------------------
for i, t in enumerate([
        "2022-08-05T21:05:27.129Z", "2022-10-06T18:35:00Z", "2022-01-26 03:45:01.608 +0000 UTC",
        "2022-01-26 03:45:01 +0000 UTC", "2022-10-06T18:35:00+02:00", "2022-10-06T18:35:00-05:30",
        "2022-10-06T00:30:00+0100", "2022-07-01 12:00:00.000000123 +0200 CEST",
        "2022-12-31 20:00:00 -0700 MST", "2022-01-26 03:45:01 Z", "2024-02-29T23:59:59.999Z",
        "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2022-13-01T00:00:00Z", "", "not a date",
        "2022-08-05T21:05:27", "2022-08-05"]):
    write("timestamp", f"{i:02d}", t)

# --- JSON decoders (first byte = index in FuzzJson.cpp's table) -------------------
window = {"startTime": 1, "endTime": 5}
fwcampaign = {
    "id": "f1bd1e6e-4b3b-4bd9-a3b2-3f9c7e1a2b11", "accountName": ACC,
    "campaignName": "Depot 7 modem refresh", "firmwareName": "ACMEModems_AX100_R2.1.0_R2.2.0",
    "firmwareFrom": "R2.1.0", "firmwareTo": "R2.2.0", "protocol": "LWM2M", "make": "ACME Modems",
    "model": "AX100", "startDate": "2026-12-01", "endDate": "2026-12-03",
    "campaignTimeWindowList": [window], "status": "CampaignRequestPending"}
campaign = dict(fwcampaign, autoAssignLicenseFlag=False, autoAddDevicesFlag=True)
meta = {k: v for k, v in fwcampaign.items() if k != "protocol"}
status = {"deviceId": A, "status": "UpgradeSuccess", "resultReason": "DownloadInstallSucceeded",
          "updatedTime": "2022-08-05T21:05:27.129Z", "recentAttemptTime": "2022-01-26 03:45:01.608 +0000 UTC",
          "nextAttemptTime": ""}
history = {"deviceId": A, "campaignId": fwcampaign["id"], "accountName": ACC,
           "firmwareName": "ACMEModems_AX100_R2.1.0_R2.2.0", "firmwareFrom": "R2.1.0",
           "firmwareTo": "R2.2.0", "startDate": "2026-12-01",
           "reportUpdatedTime": "2022-10-06T18:35:00Z", "status": "UpgradePending", "reason": "pending"}
package = {"firmwareName": "ACMEModems_AX100_R2.1.0_R2.2.0", "firmwareFrom": "R2.1.0",
           "firmwareTo": "R2.2.0", "launchDate": "2026-01-10T15:00:00Z", "releaseNote": "",
           "model": "AX100", "make": "ACME Modems", "protocol": "LWM2M"}
decoders = [
    ("token", {"access_token": "0d9b2c1e", "token_type": "Bearer", "expires_in": 3600, "scope": "ts.fota"}),
    ("login", {"username": "demo", "password": "demo"}),
    ("session", {"sessionToken": "1b7f3a9c"}),
    ("error", {"errorCode": "CampaignAlreadyStarted", "errorMessage": "The campaign has started."}),
    ("success", {"success": True}),
    ("time-window", window),
    ("campaign-request", {
        "campaignName": "Depot 7 modem refresh", "firmwareName": "ACMEModems_AX100_R2.1.0_R2.2.0",
        "firmwareFrom": "R2.1.0", "firmwareTo": "R2.2.0", "protocol": "LWM2M",
        "startDate": "2026-12-01", "endDate": "2026-12-03", "campaignTimeWindowList": [window],
        "deviceList": [A, B], "autoAssignLicenseFlag": False, "autoAddDevicesFlag": False}),
    ("firmware-campaign", fwcampaign),
    ("campaign", campaign),
    ("campaign-meta-info", meta),
    ("campaign-history", {"hasMoreData": True, "lastSeenCampaignId": fwcampaign["id"],
                          "campaignList": [meta, dict(meta, status="SomeFutureStatus", extra=[1, None])]}),
    ("device-list-change", {"Type": "append", "deviceList": [A, B]}),
    ("device-list-change-result", {"accountName": ACC, "campaignId": fwcampaign["id"], "deviceList": [
        {"deviceId": A, "status": "AddDeviceSucceed", "Reason": "Device added Successfully"},
        {"deviceId": B, "status": "AddDeviceFailed", "reason": "No license attached to device"}]}),
    ("dates-change", {"startDate": "2026-12-02", "endDate": "2026-12-04", "campaignTimeWindowList": []}),
    ("firmware-package", package),
    ("firmware-package-list", [package, dict(package, protocol="OMD-DM", releaseNote="notes")]),
    ("device-list-request", {"deviceList": [A, B]}),
    ("firmware-sync-result", {"accountName": ACC, "deviceFirmwarVersionList": [
        {"deviceId": A, "status": "FirmwareVersionUpdateSuccess", "firmwareVersion": "R2.1.0"}]}),
    ("device-status", status),
    ("campaign-device-page", {"totalDevice": 2, "hasMoreData": False, "lastSeenDeviceId": B,
                              "maxPageSize": 1000, "deviceList": [status, {"deviceId": B, "status": "UpgradePending"}]}),
    ("device-history-entry", history),
    ("device-history", [history, dict(history, status="UpgradeSuccess", reportUpdatedTime="2022-01-26 03:45:01 +0000 UTC")]),
    ("license-summary", {"accountName": ACC, "totalLicenses": 100, "assignedLicenses": 2,
                         "hasMoreData": False, "lastSeenDeviceId": B, "maxPageSize": 1000,
                         "deviceList": [{"deviceId": A, "assignmentTime": "2022-08-05T21:05:27.129Z"}]}),
    ("license-change-result", {"accountName": ACC, "licCount": 100, "licUsedCount": 3, "deviceList": [status]}),
    ("subscription", {"accountName": ACC, "purchaseType": "MRC", "licenseCount": 100,
                      "licenseUsedCount": 3, "updateTime": "2022-10-06T18:35:00Z"}),
    ("callback", {"url": "https://example.invalid/fota/callback"}),
]
for i, (name, doc) in enumerate(decoders):
    write("json", f"{i:02d}-{name}.json", bytes([i]) + json.dumps(doc).encode())
write("json", "99-bad-utf8.json", bytes([3]) + b'{"errorCode": "\xff", "errorMessage": "x"}')
write("json", "98-deep.json", bytes([19]) + b"[" * 70 + b"]" * 70)

# --- fotasim requests ---------------------------------------------------------
def req(method, target, body=None, headers=()):
    head = f"{method} {target} HTTP/1.1\n" + "".join(f"{k}: {v}\n" for k, v in headers)
    if body is not None and not isinstance(body, str):
        body = json.dumps(body)
    return head + "\n" + (body or "")

F = "/api/fota/v3"
RUN = "00000000-0000-4000-8000-000000000001"  # running campaign of FuzzSimRequest.cpp's world
CID = "00000000-0000-4000-8000-000000000002"  # a future one
requests = [
    ("token", req("POST", "/api/ts/v1/oauth2/token", "grant_type=client_credentials",
                  [("Authorization", "Basic ZGVtby1jbGllbnQ6ZGVtby1zZWNyZXQ="),
                   ("Content-Type", "application/x-www-form-urlencoded")])),
    ("login", req("POST", "/api/m2m/v1/session/login", {"username": "demo", "password": "demo"})),
    ("logout", req("POST", "/api/m2m/v1/session/logout")),
    ("create", req("POST", f"{F}/campaigns/firmware/{ACC}", {
        "campaignName": "Depot 7 modem refresh", "firmwareName": "ACMEModems_AX100_R2.1.0_R2.2.0",
        "firmwareFrom": "R2.1.0", "firmwareTo": "R2.2.0", "protocol": "LWM2M",
        "startDate": "2026-12-01", "endDate": "2026-12-03",
        "campaignTimeWindowList": [window], "deviceList": [A, B],
        "autoAssignLicenseFlag": True, "autoAddDevicesFlag": False})),
    ("append", req("PUT", f"{F}/campaigns/firmware/{ACC}/{CID}", {"Type": "append", "deviceList": [A, B]})),
    ("remove", req("PUT", f"{F}/campaigns/{ACC}/{CID}", {"Type": "remove", "deviceList": [A]})),
    ("dates", req("PUT", f"{F}/campaigns/firmware/{ACC}/{CID}/dates",
                  {"startDate": "2026-12-02", "endDate": "2026-12-05", "campaignTimeWindowList": [window]})),
    ("get", req("GET", f"{F}/campaigns/{ACC}/{RUN}")),
    ("cancel-running", req("DELETE", f"{F}/campaigns/{ACC}/{RUN}")),
    ("unknown-campaign", req("GET", f"{F}/campaigns/{ACC}/nope")),
    ("cancel", req("DELETE", f"{F}/campaigns/{ACC}/{CID}")),
    ("firmware", req("GET", f"{F}/firmware/{ACC}?protocol=all")),
    ("firmware-sync", req("PUT", f"{F}/firmware/{ACC}/devices", {"deviceList": [A, B]})),
    ("firmware-async", req("PUT", f"{F}/firmware/{ACC}/async/{A}")),
    ("history", req("GET", f"{F}/reports/{ACC}/firmware/campaigns?campaignStatus=CampaignEnded")),
    ("history-next", req("GET", f"{F}/reports/{ACC}/firmware/campaigns?campaignStatus=CampaignScheduled&lastSeenCampaignId=x")),
    ("devices", req("GET", f"{F}/reports/{ACC}/campaigns/{RUN}/devices?lastSeenDeviceId=0")),
    ("device-history", req("GET", f"{F}/reports/{ACC}/devices/{A}")),
    ("licenses", req("GET", f"{F}/licenses/{ACC}?lastSeenDeviceId={A}")),
    ("assign", req("POST", f"{F}/licenses/{ACC}/assign", {"deviceList": [A, B]})),
    ("unassign", req("POST", f"{F}/licenses/{ACC}/remove", {"deviceList": [B]})),
    ("callback-get", req("GET", f"{F}/callbacks/{ACC}")),
    ("callback-set", req("POST", f"{F}/callbacks/{ACC}", {"url": "https://example.invalid/cb"})),
    ("callback-delete", req("DELETE", f"{F}/callbacks/{ACC}")),
    ("subscription", req("GET", f"{F}/subscriptions/{ACC}")),
    ("admin-clock", req("POST", "/admin/clock", {"advanceSeconds": 86400, "timeScale": 0})),
    ("admin-faults", req("POST", "/admin/faults", {"faults": "error500=0.1,latency=10-20,seed=3"})),
    ("admin-synthetic", req("POST", "/admin/campaigns/synthetic",
                            {"devices": 5, "make": "ACME Modems", "model": "AX100", "startDate": "2026-03-03"})),
    ("admin-health", req("GET", "/admin/health")),
    ("wrong-method", req("PATCH", f"{F}/campaigns/{ACC}/{CID}")),
    ("encoded-path", req("GET", f"{F}/campaigns/{ACC.replace('-', '%2D')}/a%2Fb?x=%zz")),
    ("bad-token", req("GET", f"{F}/subscriptions/{ACC}", None, [("Authorization", "Bearer nope")])),
]
for i, (name, text) in enumerate(requests):
    write("sim_request", f"{i:02d}-{name}.http", text)

# --- fotasim's HTTP layer (first byte: the size of the pieces, 1..17) -------------
http = [
    ("get", b"GET /admin/health HTTP/1.1\r\nHost: x\r\n\r\n"),
    ("http10", b"GET /api/fota/v3/subscriptions/0000123456-00001?a=%C3%A4 HTTP/1.0\r\n"
               b"Authorization: Bearer t\r\n\r\n"),
    ("keep-alive", b"GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n"),
    ("close", b"GET / HTTP/1.1\r\nConnection: close\r\n\r\n"),
    ("post", b'POST /admin/clock HTTP/1.1\r\nContent-Length: 17\r\n\r\n{"timeScale": 0}\n'),
    ("pipelined", b"GET /a HTTP/1.1\r\n\r\nPOST /b HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}GET /c HTTP/1.1\r\n\r\n"),
    ("chunked", b"POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;x=y\r\nhello\r\n0\r\nT: 1\r\n\r\n"),
    ("expect", b"POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n{}"),
    ("bare-lf", b"\r\n\nPUT /x HTTP/1.1\nContent-Length: 3\n\nabc"),
    ("long-line", b"GET /" + b"a" * 199 + b" HTTP/1.1\r\n\r\n"),
    ("big-headers", b"GET / HTTP/1.1\r\nX-Big: " + b"b" * 600 + b"\r\n\r\n"),
    ("big-body", b"POST / HTTP/1.1\r\nContent-Length: 1001\r\n\r\n"),
    ("malformed", b"GET / HTTP/1.1\r\nHost : x\r\n X: folded\r\n\r\n"),
    ("length-and-chunked", b"POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n"),
    ("http2", b"GET / HTTP/2.0\r\n\r\n"),
    # A chunk-size line over 1 KB: refused whole and in pieces alike (a fuzz finding, 6 Dec 2026).
    ("long-chunk-line", b"POST /c HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;x=" + b"y" * 1100
                        + b"\r\nhello\r\n0\r\n\r\n"),
]
for i, (name, data) in enumerate(http):
    write("http_request", f"{i:02d}-{name}.http", bytes([i % 17]) + data)
