<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountDevicesPage</name>
    <message>
        <location filename="../ui/inventory/AccountDevicesPage.ui" line="+10"/>
        <location line="+141"/>
        <source>Account devices</source>
        <translation>Kontogeräte</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Every device of the account, as the server lists it for each protocol. Filter by model and firmware, select devices (or none: then every device shown counts), and start a campaign with them or add them to a draft.</source>
        <translation>Alle Geräte des Kontos, wie der Server sie für jedes Protokoll auflistet. Filtern Sie nach Modell und Firmware, wählen Sie Geräte aus (oder keine: dann zählt jedes angezeigte Gerät) und starten Sie damit eine Kampagne oder fügen Sie sie einem Entwurf hinzu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not loaded yet</source>
        <translation>Noch nicht geladen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Refresh</source>
        <translation>Neu &amp;lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the account&apos;s devices again (F5)</source>
        <translation>Die Geräte des Kontos neu lesen (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop loading: the devices read so far stay in the table</source>
        <translation>Laden anhalten: Die bisher gelesenen Geräte bleiben in der Tabelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the devices the table shows to a CSV file</source>
        <translation>Die in der Tabelle angezeigten Geräte in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Make:</source>
        <translation>Hers&amp;teller:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>M&amp;odel:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Firm&amp;ware:</source>
        <translation>&amp;Firmware:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Eligible:</source>
        <translation>F&amp;OTA-fähig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FOTA-eligible: the server allows firmware upgrades over the air for the device</source>
        <translation>FOTA-fähig: Der Server erlaubt Firmware-Upgrades per Funk (over the air) für das Gerät</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Licensed:</source>
        <translation>Lizenzie&amp;rt:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Not connected for more than</source>
        <translation>&amp;Nicht verbunden seit mehr als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only devices whose last connection (their last report to the server) is older than this</source>
        <translation>Nur Geräte, deren letzte Verbindung (ihre letzte Meldung an den Server) länger zurückliegt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days not connected</source>
        <translation>Tage ohne Verbindung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;IMEI:</source>
        <translation>&amp;IMEI:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Part of an IMEI</source>
        <translation>Teil einer IMEI</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New campai&amp;gn</source>
        <translation>Neue Kampa&amp;gne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;selection to draft:</source>
        <translation>Au&amp;swahl zu Entwurf hinzufügen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../ui/account/AccountPage.ui" line="+11"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Purchase type:</source>
        <translation>Kaufart:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FOTA licenses:</source>
        <translation>FOTA-Lizenzen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FOTA licenses used</source>
        <translation>Verwendete FOTA-Lizenzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subscription updated:</source>
        <translation>Abonnement geändert:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Neu lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the subscription and the callback URL</source>
        <translation>Abonnement und Callback-URL neu lesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ThingSpace POSTs the status changes of this account&apos;s campaigns and devices to the callback URL. It must be a server of yours that the Internet can reach: FotaDesk cannot receive callbacks itself, and reads the same statuses from the reports.</source>
        <translation>ThingSpace sendet die Statusänderungen der Kampagnen und Geräte dieses Kontos per POST an die Callback-URL. Sie muss ein Server von Ihnen sein, den das Internet erreicht: FotaDesk kann selbst keine Callbacks empfangen und liest dieselben Status aus den Berichten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registered callback URL</source>
        <translation>Registrierte Callback-URL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>https://hooks.example.com/fota</source>
        <translation>https://hooks.example.com/fota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback URL to register</source>
        <translation>Zu registrierende Callback-URL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;gister</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register the callback URL</source>
        <translation>Callback-URL registrieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the registered callback URL</source>
        <translation>Registrierte Callback-URL löschen</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <location filename="../ui/notifications/ActivityPanel.ui" line="+13"/>
        <source>What the dashboards noticed: status changes of watched campaigns, device changes since your last look, connection problems, exports.</source>
        <translation>Was die Dashboards bemerkt haben: Statusänderungen beobachteter Kampagnen, Geräteänderungen seit Ihrem letzten Blick, Verbindungsprobleme, Exporte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear activity</source>
        <translation>Aktivität leeren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watched campaigns</source>
        <translation>Beobachtete Kampagnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
</context>
<context>
    <name>ApiErrorText</name>
    <message>
        <location filename="../src/gui/common/ApiErrorText.cpp" line="+27"/>
        <source>The server refused it: %1 — %2</source>
        <translation>Der Server hat abgelehnt: %1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no error code)</source>
        <translation>(kein Fehlercode)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server refused it:</source>
        <translation>Der Server hat abgelehnt:</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../src/gui/shell/AppContext.cpp" line="+14"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>CampaignDetailPage</name>
    <message>
        <location filename="../ui/campaign/CampaignDetailPage.ui" line="+13"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign name</source>
        <translation>Kampagnenname</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading state</source>
        <translation>Ladezustand</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit &amp;dates and windows…</source>
        <translation>&amp;Zeitplan bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit dates and time windows</source>
        <translation>Daten und Zeitfenster bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add devices…</source>
        <translation>Geräte h&amp;inzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add devices</source>
        <translation>Geräte hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove devices…</source>
        <translation>Geräte &amp;entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove devices</source>
        <translation>Geräte entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ca&amp;ncel campaign…</source>
        <translation>Ka&amp;mpagne abbrechen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel campaign</source>
        <translation>Kampagne abbrechen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload campaign</source>
        <translation>Kampagne neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the campaign again from the server (F5)</source>
        <translation>Die Kampagne erneut vom Server laden (F5)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Campaign tabs</source>
        <translation>Kampagnen-Registerkarten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign id:</source>
        <translation>Kampagnen-ID:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign id</source>
        <translation>Kampagnen-ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make:</source>
        <translation>Hersteller:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Firmware:</source>
        <translation>Firmware:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From → to:</source>
        <translation>Von → nach:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From → to</source>
        <translation>Von → nach</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start date:</source>
        <translation>Startdatum:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End date:</source>
        <translation>Enddatum:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time windows (UTC):</source>
        <translation>Zeitfenster (UTC):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time windows (UTC)</source>
        <translation>Zeitfenster (UTC)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Site-local time:</source>
        <translation>Ortszeit am Standort:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site-local time</source>
        <translation>Ortszeit am Standort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auto-assign license:</source>
        <translation>Lizenz automatisch zuweisen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auto-assign license</source>
        <translation>Lizenz automatisch zuweisen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auto-add devices:</source>
        <translation>Geräte automatisch hinzufügen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auto-add devices</source>
        <translation>Geräte automatisch hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other fields:</source>
        <translation>Weitere Felder:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other fields</source>
        <translation>Weitere Felder</translation>
    </message>
    <message>
        <location filename="../src/gui/campaign/CampaignDetailPage.cpp" line="+39"/>
        <source>not stated by the server</source>
        <translation>vom Server nicht angegeben</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <location filename="../src/gui/create/CampaignForm.cpp" line="+32"/>
        <source>
(deviceList shortened here: the request carries all %1 IMEIs; %2 more are not shown)</source>
        <translation>
(deviceList hier gekürzt: die Anfrage enthält alle %1 IMEIs; %2 weitere werden nicht angezeigt)</translation>
    </message>
</context>
<context>
    <name>CampaignStatusPanel</name>
    <message>
        <location filename="../ui/campaign/CampaignStatusPanel.ui" line="+13"/>
        <source>Device report loading progress</source>
        <translation>Ladefortschritt des Geräteberichts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device report state</source>
        <translation>Zustand des Geräteberichts</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh device report</source>
        <translation>Gerätebericht aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read every device&apos;s status again; each complete read is kept as a snapshot</source>
        <translation>Den Status jedes Geräts erneut lesen; jeder vollständige Lesevorgang wird als Momentaufnahme gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop loading</source>
        <translation>Laden stoppen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Refresh repor&amp;t</source>
        <translation>Bericht ak&amp;tualisieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export device report as CSV</source>
        <translation>Gerätebericht als CSV exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export &amp;PDF report…</source>
        <translation>&amp;PDF-Bericht exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export handover report as PDF</source>
        <translation>Übergabebericht als PDF exportieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changes since the last look</source>
        <translation>Änderungen seit dem letzten Blick</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status group filter</source>
        <translation>Filter nach Statusgruppe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason or status text…</source>
        <translation>Grund oder Statustext…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason filter</source>
        <translation>Filter nach Grund</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IMEI (part)…</source>
        <translation>IMEI (Teil)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMEI filter</source>
        <translation>IMEI-Filter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Devices shown</source>
        <translation>Angezeigte Geräte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
</context>
<context>
    <name>CampaignWorkbenchPage</name>
    <message>
        <location filename="../ui/workbench/CampaignWorkbenchPage.ui" line="+11"/>
        <source>Campaign workbench</source>
        <translation>Kampagnen-Werkbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schedule a new firmware campaign, or open an existing one by its id to change its dates, time windows or devices, or to cancel it.</source>
        <translation>Planen Sie eine neue Firmware-Kampagne oder öffnen Sie eine bestehende über ihre ID, um ihre Daten, Zeitfenster oder Geräte zu ändern oder sie abzubrechen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;New campaign…</source>
        <translation>&amp;Neue Kampagne…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the guided form that schedules a firmware upgrade campaign (Ctrl+N)</source>
        <translation>Das geführte Formular öffnen, das eine Firmware-Upgrade-Kampagne plant (Strg+N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick firmware, dates, time windows and devices; the form checks everything before anything is sent.</source>
        <translation>Firmware, Daten, Zeitfenster und Geräte wählen; das Formular prüft alles, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a campaign</source>
        <translation>Kampagne öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign &amp;id:</source>
        <translation>Kampagnen-&amp;ID:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Campaign id</source>
        <translation>Kampagnen-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. f6a1c7e0-…</source>
        <translation>z. B. f6a1c7e0-…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open campaign</source>
        <translation>Kampagne öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Campaigns of this session</source>
        <translation>Kampagnen dieser Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns created or opened since FotaDesk started; press Enter or double-click to open one</source>
        <translation>Seit dem Start von FotaDesk erstellte oder geöffnete Kampagnen; Eingabetaste oder Doppelklick öffnet eine</translation>
    </message>
</context>
<context>
    <name>CreateCheckPage</name>
    <message>
        <location filename="../ui/create/CreateCheckPage.ui" line="+8"/>
        <source>Check before scheduling</source>
        <translation>Vor dem Planen prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every rule the service applies, and every device against the account&apos;s inventory. Errors must be fixed; warnings are for you to judge.</source>
        <translation>Jede Regel des Dienstes und jedes Gerät gegen den Gerätebestand des Kontos. Fehler müssen behoben werden; Warnungen beurteilen Sie selbst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check state</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check progress</source>
        <translation>Prüffortschritt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;top checking</source>
        <translation>Prüfung a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the inventory check</source>
        <translation>Bestandsprüfung abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the checks again</source>
        <translation>Die Prüfungen erneut ausführen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check results</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Request that will be sent (POST /campaigns/firmware/{account}):</source>
        <translation>Anf&amp;rage, die gesendet wird (POST /campaigns/firmware/{account}):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request summary</source>
        <translation>Zusammenfassung der Anfrage</translation>
    </message>
</context>
<context>
    <name>CreateDevicesPage</name>
    <message>
        <location filename="../ui/create/CreateDevicesPage.ui" line="+8"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IMEIs to upgrade: import a file, paste a column from a spreadsheet, or type and scan them.</source>
        <translation>Die zu aktualisierenden IMEIs: eine Datei importieren, eine Spalte aus einer Tabelle einfügen oder eintippen und scannen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device list editor</source>
        <translation>Geräteliste bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Device list problems</source>
        <translation>Probleme der Geräteliste</translation>
    </message>
</context>
<context>
    <name>CreateFirmwarePage</name>
    <message>
        <location filename="../ui/create/CreateFirmwarePage.ui" line="+8"/>
        <source>Campaign and firmware</source>
        <translation>Kampagne und Firmware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the campaign, choose the protocol and the firmware upgrade it installs.</source>
        <translation>Benennen Sie die Kampagne, wählen Sie das Protokoll und das Firmware-Upgrade, das sie installiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Campaign na&amp;me:</source>
        <translation>Kampagnen&amp;name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Campaign name</source>
        <translation>Kampagnenname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, e.g. Depot 7 modem refresh</source>
        <translation>optional, z. B. Depot 7 Modem-Erneuerung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Campaign name problem</source>
        <translation>Problem mit dem Kampagnennamen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protocol problem</source>
        <translation>Problem mit dem Protokoll</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Search firmware:</source>
        <translation>Firmware &amp;suchen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search firmware</source>
        <translation>Firmware suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words of the name, make, model, version or release note</source>
        <translation>Wörter aus Name, Hersteller, Modell, Version oder Versionshinweis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;load list</source>
        <translation>Liste neu &amp;laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the firmware list</source>
        <translation>Die Firmware-Liste neu laden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Firmware list state</source>
        <translation>Zustand der Firmware-Liste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Firmware packages</source>
        <translation>Firmware-Pakete</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Firmware details</source>
        <translation>Firmware-Details</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Firmware problem</source>
        <translation>Problem mit der Firmware</translation>
    </message>
</context>
<context>
    <name>CreateResultPage</name>
    <message>
        <location filename="../ui/create/CreateResultPage.ui" line="+8"/>
        <source>Campaign scheduled</source>
        <translation>Kampagne geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new campaign and how each device stands in it.</source>
        <translation>Die neue Kampagne und wie jedes Gerät darin steht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open campaign page</source>
        <translation>Kampagnenseite &amp;öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the campaign page</source>
        <translation>Die Kampagnenseite öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device outcomes state</source>
        <translation>Zustand der Geräteergebnisse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filt&amp;er:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Failed on&amp;ly</source>
        <translation>Nur fehlgeschla&amp;gene</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Filter device outcomes</source>
        <translation>Geräteergebnisse filtern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show failed devices only</source>
        <translation>Nur fehlgeschlagene Geräte anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Per-device outcomes</source>
        <translation>Ergebnisse je Gerät</translation>
    </message>
</context>
<context>
    <name>CreateSchedulePage</name>
    <message>
        <location filename="../ui/create/CreateSchedulePage.ui" line="+8"/>
        <source>Dates, time windows and options</source>
        <translation>Daten, Zeitfenster und Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the campaign runs, at which hours devices may be upgraded, and how it treats devices.</source>
        <translation>Wann die Kampagne läuft, zu welchen Stunden Geräte aktualisiert werden dürfen und wie sie mit Geräten umgeht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start date (UTC):</source>
        <translation>&amp;Startdatum (UTC):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Start date problem</source>
        <translation>Problem mit dem Startdatum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;End date (UTC):</source>
        <translation>&amp;Enddatum (UTC):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End date problem</source>
        <translation>Problem mit dem Enddatum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dates are whole UTC days. LWM2M campaigns start around 00:00 UTC and retry around 04:00 UTC for up to 3 days.</source>
        <translation>Daten sind ganze UTC-Tage. LWM2M-Kampagnen starten gegen 00:00 UTC und wiederholen gegen 04:00 UTC bis zu 3 Tage lang.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time windows</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time windows editor</source>
        <translation>Zeitfenster-Editor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protocol timing warning</source>
        <translation>Warnung zum Protokoll-Timing</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign FOTA &amp;licenses automatically</source>
        <translation>FOTA-&amp;Lizenzen automatisch zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-assign license</source>
        <translation>Lizenz automatisch zuweisen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A device needs a FOTA license to be upgraded. On: devices without one get a license from your account&apos;s pool when the campaign takes them. Off: such devices are refused (the check page lists them).</source>
        <translation>Ein Gerät braucht eine FOTA-Lizenz, um aktualisiert zu werden. Ein: Geräte ohne Lizenz erhalten eine aus dem Pool Ihres Kontos, wenn die Kampagne sie übernimmt. Aus: solche Geräte werden abgelehnt (die Prüfseite listet sie auf).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add matching devices auto&amp;matically</source>
        <translation>Passende Geräte auto&amp;matisch hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-add devices</source>
        <translation>Geräte automatisch hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On: devices of the same make, model, firmware and protocol on your billing account join the campaign while it runs, even if they are not in your list. Off: only the listed devices are upgraded.</source>
        <translation>Ein: Geräte mit demselben Hersteller, Modell, derselben Firmware und demselben Protokoll in Ihrem Abrechnungskonto treten der Kampagne während der Laufzeit bei, auch wenn sie nicht in Ihrer Liste stehen. Aus: nur die aufgeführten Geräte werden aktualisiert.</translation>
    </message>
</context>
<context>
    <name>CreateSubmitPage</name>
    <message>
        <location filename="../ui/create/CreateSubmitPage.ui" line="+8"/>
        <source>Scheduling the campaign</source>
        <translation>Kampagne wird geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is sent once. If no answer comes, FotaDesk looks for the campaign instead of sending it again.</source>
        <translation>Die Anfrage wird einmal gesendet. Kommt keine Antwort, sucht FotaDesk nach der Kampagne, statt sie erneut zu senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submit state</source>
        <translation>Sendestatus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submit progress</source>
        <translation>Sendefortschritt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Campaigns that match the request</source>
        <translation>Kampagnen, die zur Anfrage passen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Look for the campaign</source>
        <translation>Nach der Kampagne &amp;suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for the campaign</source>
        <translation>Nach der Kampagne suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the campaign history for a campaign this request created</source>
        <translation>Den Kampagnenverlauf nach einer Kampagne durchsuchen, die diese Anfrage erstellt hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Use this campaign</source>
        <translation>Diese Kampagne &amp;verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the selected campaign</source>
        <translation>Die ausgewählte Kampagne verwenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send &amp;again</source>
        <translation>Erneut se&amp;nden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the request again</source>
        <translation>Die Anfrage erneut senden</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../ui/signin/CredentialsDialog.ui" line="+8"/>
        <source>Sign in to ThingSpace FOTA</source>
        <translation>Bei ThingSpace FOTA anmelden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Intro</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service URL</source>
        <translation>Dienst-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0000123456-00001</source>
        <translation>0000123456-00001</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client id</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client secret</source>
        <translation>OAuth-Client-Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remember the secret and password in the system keychain</source>
        <translation>Secret und Passwort im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember in keychain</source>
        <translation>Im Schlüsselbund merken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keychain state</source>
        <translation>Zustand des Schlüsselbunds</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>DashboardPages</name>
    <message>
        <location filename="../src/gui/shell/DashboardPages.cpp" line="+137"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The overview is stale: %1</source>
        <translation>Die Übersicht ist veraltet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the refresh failed</source>
        <translation>die Aktualisierung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The overview is up to date again.</source>
        <translation>Die Übersicht ist wieder aktuell.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open campaign</source>
        <translation>Kampagne &amp;öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Watch for status changes</source>
        <translation>Auf Statusänderungen &amp;achten</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Device lookup</source>
        <translation>Gerätesuche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account devices</source>
        <translation>Kontogeräte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Device status</source>
        <translation>Gerätestatus</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%Ln device(s) of %1</source>
        <translation>
            <numerusform>%Ln Gerät aus %1</numerusform>
            <numerusform>%Ln Geräte aus %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../src/gui/shell/DesktopApp.cpp" line="+117"/>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rollouts</source>
        <translation>Rollouts</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
</context>
<context>
    <name>DeviceChangeDialog</name>
    <message>
        <location filename="../ui/devices/DeviceChangeDialog.ui" line="+8"/>
        <source>Add or remove devices</source>
        <translation>Geräte hinzufügen oder entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Device list editor</source>
        <translation>Geräteliste bearbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devices processed</source>
        <translation>Verarbeitete Geräte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stop</source>
        <translation>St&amp;opp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sending</source>
        <translation>Senden stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the requests in flight; what was not sent is listed as failed and can be retried</source>
        <translation>Nach den laufenden Anfragen stoppen; nicht Gesendetes wird als fehlgeschlagen aufgeführt und kann wiederholt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter results</source>
        <translation>Ergebnisse filtern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failed &amp;only</source>
        <translation>&amp;Nur fehlgeschlagene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show failed devices only</source>
        <translation>Nur fehlgeschlagene Geräte anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Retry failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the failed devices</source>
        <translation>Die fehlgeschlagenen Geräte wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send only the devices that failed again</source>
        <translation>Nur die fehlgeschlagenen Geräte erneut senden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Per-device results</source>
        <translation>Ergebnisse je Gerät</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the device list</source>
        <translation>Die Geräteliste senden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>DeviceListEditor</name>
    <message>
        <location filename="../ui/devices/DeviceListEditor.ui" line="+18"/>
        <source>&amp;Import file…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a device file</source>
        <translation>Gerätedatei importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read IMEIs from a CSV, TSV or TXT file (Ctrl+I); you can also drop files here</source>
        <translation>IMEIs aus einer CSV-, TSV- oder TXT-Datei lesen (Strg+I); Sie können Dateien auch hier ablegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Paste</source>
        <translation>Ei&amp;nfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste IMEIs from the clipboard</source>
        <translation>IMEIs aus der Zwischenablage einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the IMEIs on the clipboard, e.g. a column copied from Excel (Ctrl+Shift+V)</source>
        <translation>Die IMEIs aus der Zwischenablage hinzufügen, z. B. eine aus Excel kopierte Spalte (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Type or scan:</source>
        <translation>&amp;Tippen oder scannen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type or scan an IMEI</source>
        <translation>IMEI eintippen oder scannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15-digit IMEI, then Enter</source>
        <translation>15-stellige IMEI, dann Eingabetaste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the typed IMEI</source>
        <translation>Die eingetippte IMEI hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problem with the typed IMEI</source>
        <translation>Problem mit der eingetippten IMEI</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the import</source>
        <translation>Den Import abbrechen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import summary</source>
        <translation>Importzusammenfassung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device counts</source>
        <translation>Geräteanzahlen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filter the device list</source>
        <translation>Die Geräteliste filtern</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Put the rows of the last removal back, or undo the last correction of a rejected line (Ctrl+Z)</source>
        <translation>Die Zeilen der letzten Entfernung zurückholen oder die letzte Korrektur einer abgelehnten Zeile rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the valid IMEIs (the list that would be sent) with their line numbers and the file&apos;s other columns as a CSV file</source>
        <translation>Die gültigen IMEIs (die Liste, die gesendet würde) mit Zeilennummern und den übrigen Spalten der Datei als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Show rows in state</source>
        <translation>Zeilen mit Zustand anzeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+29"/>
        <source>Rejected lines</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>&amp;Add</source>
        <translation>Hinzuf&amp;ügen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Filt&amp;er:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>digits of an IMEI, or a word of the state, reason or another column</source>
        <translation>Ziffern einer IMEI oder ein Wort aus Zustand, Grund oder einer anderen Spalte</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>These lines are not IMEIs and will not be sent. Correct one here (double-click its text or press F2), fix them in the source, or let FotaDesk complete 14-digit IMEIs.</source>
        <translation>Diese Zeilen sind keine IMEIs und werden nicht gesendet. Korrigieren Sie eine hier (Doppelklick auf den Text oder F2), korrigieren Sie sie in der Quelle, oder lassen Sie FotaDesk 14-stellige IMEIs vervollständigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fix 14-di&amp;git IMEIs</source>
        <translation>14-stellige IMEIs &amp;vervollständigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix 14-digit IMEIs</source>
        <translation>14-stellige IMEIs vervollständigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Append the computed check digit to every 14-digit IMEI</source>
        <translation>Jeder 14-stelligen IMEI die berechnete Prüfziffer anhängen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export re&amp;jected…</source>
        <translation>Ab&amp;gelehnte exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the rejected lines as CSV</source>
        <translation>Die abgelehnten Zeilen als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the rejected lines with their line numbers, reasons and the file&apos;s other columns as a CSV file</source>
        <translation>Die abgelehnten Zeilen mit Zeilennummer, Grund und den übrigen Spalten der Datei als CSV-Datei speichern</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Remove selected</source>
        <translation>Auswahl &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected rows</source>
        <translation>Die ausgewählten Zeilen entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected rows from the list (Delete)</source>
        <translation>Die ausgewählten Zeilen aus der Liste entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo removal</source>
        <translation>Entfernen &amp;rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last removal</source>
        <translation>Das letzte Entfernen rückgängig machen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Merge duplicates</source>
        <translation>Du&amp;plikate zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge duplicates</source>
        <translation>Duplikate zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the rows that repeat an IMEI listed earlier</source>
        <translation>Die Zeilen entfernen, die eine weiter oben stehende IMEI wiederholen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the list as CSV</source>
        <translation>Die Liste als CSV exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every row (asks first)</source>
        <translation>Jede Zeile entfernen (fragt vorher)</translation>
    </message>
</context>
<context>
    <name>DeviceLookupPage</name>
    <message>
        <location filename="../ui/lookup/DeviceLookupPage.ui" line="+11"/>
        <source>Device lookup</source>
        <translation>Gerätesuche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;IMEI:</source>
        <translation>&amp;IMEI:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>15 digits, e.g. 490154203237518 (spaces and dashes are fine)</source>
        <translation>15 Ziffern, z. B. 490154203237518 (Leerzeichen und Bindestriche sind in Ordnung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMEI to look up</source>
        <translation>Zu suchende IMEI</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Look up</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up device</source>
        <translation>Gerät suchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IMEI check</source>
        <translation>IMEI-Prüfung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use the suggested IMEI</source>
        <translation>Die vorgeschlagene IMEI verwenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device inventory</source>
        <translation>Geräteinventar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Device summary</source>
        <translation>Geräteübersicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Upgrade history</source>
        <translation>Upgrade-Verlauf</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <location filename="../ui/drafts/DraftsPage.ui" line="+11"/>
        <source>Unfinished work is saved as you type, at most two seconds behind you. Reopen a draft to go on with it, or discard what you no longer need.</source>
        <translation>Unfertige Arbeit wird während der Eingabe gespeichert, höchstens zwei Sekunden hinter Ihnen. Öffnen Sie einen Entwurf erneut, um daran weiterzuarbeiten, oder verwerfen Sie, was Sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No drafts: everything you started was finished or discarded.</source>
        <translation>Keine Entwürfe: alles Begonnene wurde abgeschlossen oder verworfen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reopen</source>
        <translation>Erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>R&amp;efresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
</context>
<context>
    <name>EditDatesDialog</name>
    <message>
        <location filename="../ui/campaign/EditDatesDialog.ui" line="+8"/>
        <source>Edit dates and time windows</source>
        <translation>Daten und Zeitfenster bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What can change</source>
        <translation>Was sich ändern kann</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Start date (UTC):</source>
        <translation>&amp;Startdatum (UTC):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Start date problem</source>
        <translation>Problem mit dem Startdatum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;End date (UTC):</source>
        <translation>&amp;Enddatum (UTC):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End date problem</source>
        <translation>Problem mit dem Enddatum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time windows</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time windows editor</source>
        <translation>Zeitfenster-Editor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What will be sent</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>LicensesPage</name>
    <message>
        <location filename="../ui/licenses/LicensesPage.ui" line="+11"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>License summary</source>
        <translation>Lizenzübersicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;IMEI contains:</source>
        <translation>&amp;IMEI enthält:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>digits of an IMEI</source>
        <translation>Ziffern einer IMEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only IMEIs containing</source>
        <translation>Nur IMEIs anzeigen, die diese Ziffern enthalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Licensed devices shown</source>
        <translation>Angezeigte lizenzierte Geräte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Licensed devices</source>
        <translation>Lizenzierte Geräte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Assign licenses…</source>
        <translation>Lizenzen &amp;zuweisen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give FOTA licenses to the devices of a list (import a file or paste IMEIs)</source>
        <translation>Den Geräten einer Liste FOTA-Lizenzen zuweisen (eine Datei importieren oder IMEIs einfügen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move licenses…</source>
        <translation>Lizenzen &amp;entfernen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Refresh</source>
        <translation>Neu &amp;lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the licensed devices again</source>
        <translation>Die lizenzierten Geräte neu lesen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.ui" line="+11"/>
        <source>FotaDesk</source>
        <translation>FotaDesk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pages of FotaDesk: select one to show it</source>
        <translation>Die Seiten von FotaDesk: eine auswählen, um sie anzuzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Campaign</source>
        <translation>&amp;Kampagne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close FotaDesk</source>
        <translation>FotaDesk schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New campaign…</source>
        <translation>&amp;Neue Kampagne…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule a new firmware upgrade campaign</source>
        <translation>Eine neue Firmware-Upgrade-Kampagne planen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open campaign by id…</source>
        <translation>Kampagne über ID &amp;öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a campaign&apos;s details by its id</source>
        <translation>Die Details einer Kampagne über ihre ID anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the current page again from the server</source>
        <translation>Die aktuelle Seite erneut vom Server laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close campaign page</source>
        <translation>Kampagnenseite s&amp;chließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the campaign page that is shown</source>
        <translation>Die angezeigte Kampagnenseite schließen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Navigation list</source>
        <translation>&amp;Navigationsliste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles, account, CA file, refresh and batch settings</source>
        <translation>Profile, Konto, CA-Datei, Aktualisierungs- und Stapeleinstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open device list…</source>
        <translation>Geräteliste &amp;öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a CSV, TSV or TXT list of IMEIs in the device list editor</source>
        <translation>Eine CSV-, TSV- oder TXT-Liste von IMEIs im Geräteliste-Editor öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the filter or search field of the page shown</source>
        <translation>Zum Filter- oder Suchfeld der angezeigten Seite springen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FotaDesk &amp;user guide</source>
        <translation>FotaDesk-&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to do each task in FotaDesk, step by step</source>
        <translation>Wie Sie jede Aufgabe in FotaDesk erledigen, Schritt für Schritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About FotaDesk</source>
        <translation>&amp;Über FotaDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/overview/OverviewPage.ui" line="+13"/>
        <source>Campaigns overview</source>
        <translation>Kampagnenübersicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+128"/>
        <source>Not loaded yet</source>
        <translation>Noch nicht geladen</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Updated at</source>
        <translation>Aktualisiert um</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auto-&amp;refresh:</source>
        <translation>Automatisch akt&amp;ualisieren:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auto-refresh interval</source>
        <translation>Intervall der automatischen Aktualisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the overview reloads by itself. After a failed refresh it waits longer each time, up to 10 minutes.</source>
        <translation>Wie oft sich die Übersicht selbst neu lädt. Nach einer fehlgeschlagenen Aktualisierung wartet sie jedes Mal länger, bis zu 10 Minuten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh &amp;now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load every campaign and the license usage again (F5)</source>
        <translation>Alle Kampagnen und die Lizenznutzung erneut laden (F5)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Search name, id, status, firmware, make/model…</source>
        <translation>Name, ID, Status, Firmware, Hersteller/Modell suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search campaigns</source>
        <translation>Kampagnen suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status group filter</source>
        <translation>Filter nach Statusgruppe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running &amp;between</source>
        <translation>Laufend &amp;zwischen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only campaigns whose start–end dates overlap this range</source>
        <translation>Nur Kampagnen anzeigen, deren Start- und Enddatum diesen Zeitraum überschneiden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To date</source>
        <translation>Bis-Datum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Campaigns shown</source>
        <translation>Angezeigte Kampagnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+12"/>
        <source>License usage</source>
        <translation>Lizenznutzung</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Licenses assigned</source>
        <translation>Zugewiesene Lizenzen</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../src/gui/common/DialogMessageSeam.cpp" line="+18"/>
        <source>Keep as it is</source>
        <translation>So lassen</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../src/gui/campaign/ReportExporter.cpp" line="+63"/>
        <source>%1 could not be written to %2: %3. Choose a folder you can write to (and check the free space), then export again.</source>
        <translation>%1 konnte nicht nach %2 geschrieben werden: %3. Wählen Sie einen Ordner, in den Sie schreiben dürfen (und prüfen Sie den freien Speicher), und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a folder you can write to (and check the free space), then export again.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen (und prüfen Sie den freien Speicher), und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../src/gui/campaign/PdfFlow.cpp" line="+328"/>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <location filename="../src/gui/campaign/ReportExporter.cpp" line="+92"/>
        <location line="+43"/>
        <source>There is no device report to export yet: load the campaign&apos;s device status first.</source>
        <translation>Es gibt noch keinen Gerätebericht zum Exportieren: Laden Sie zuerst den Gerätestatus der Kampagne.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The PDF report</source>
        <translation>Der PDF-Bericht</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%Ln device(s) in the report: %1 succeeded (%2%), %3 failed (%4%), %5 not finished yet.</source>
        <translation>
            <numerusform>%Ln Gerät im Bericht: %1 erfolgreich (%2 %), %3 fehlgeschlagen (%4 %), %5 noch nicht abgeschlossen.</numerusform>
            <numerusform>%Ln Geräte im Bericht: %1 erfolgreich (%2 %), %3 fehlgeschlagen (%4 %), %5 noch nicht abgeschlossen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Note: the service said the campaign has %Ln device(s); the report read holds %1.</source>
        <translation>
            <numerusform>Hinweis: Der Dienst gab an, die Kampagne habe %Ln Gerät; der gelesene Bericht enthält %1.</numerusform>
            <numerusform>Hinweis: Der Dienst gab an, die Kampagne habe %Ln Geräte; der gelesene Bericht enthält %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <source>Campaign report — %1</source>
        <translation>Kampagnenbericht — %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the PDF writer could not start</source>
        <translation>der PDF-Writer konnte nicht starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FotaDesk · campaign %1 · generated %2 UTC</source>
        <translation>FotaDesk · Kampagne %1 · erstellt %2 UTC</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>Devices by status group</source>
        <translation>Geräte nach Statusgruppe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status breakdown</source>
        <translation>Statusaufschlüsselung</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+196"/>
        <location line="+49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>As sent by the server</source>
        <translation>Wie vom Server gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="-214"/>
        <location line="+31"/>
        <location line="+184"/>
        <location line="+18"/>
        <location line="+57"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Site time zone</source>
        <translation>Zeitzone des Standorts</translation>
    </message>
    <message>
        <location line="+181"/>
        <location line="+75"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No device failed.</source>
        <translation>Kein Gerät ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Failed devices:</source>
        <translation>Fehlgeschlagene Geräte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Last attempt</source>
        <translation>Letzter Versuch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Firmware verification</source>
        <translation>Firmware-Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified: use Verify firmware on the device status to ask the successful devices which firmware they run.</source>
        <translation>Nicht geprüft: Mit „Firmware prüfen“ im Gerätestatus werden die erfolgreichen Geräte nach ihrer Firmware gefragt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked %1: the devices the report called successful were asked which firmware they run (firmware sync) and compared with %2.</source>
        <translation>Geprüft %1: Die Geräte, die der Bericht als erfolgreich führte, wurden nach ihrer Firmware gefragt (Firmware-Synchronisierung) und mit %2 verglichen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <source>Firmware check</source>
        <translation>Firmware-Prüfung</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Devices that did not verify:</source>
        <translation>Nicht bestätigte Geräte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Campaign parameters</source>
        <translation>Kampagnenparameter</translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+19"/>
        <source>Campaign id</source>
        <translation>Kampagnen-ID</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+33"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Firmware package</source>
        <translation>Firmware-Paket</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make / model</source>
        <translation>Hersteller / Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time windows</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any hour</source>
        <translation>jede Stunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (hours in UTC as the service states them)</source>
        <translation> (Stunden in UTC, wie der Dienst sie angibt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-assign licenses</source>
        <translation>Lizenzen automatisch zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-add devices</source>
        <translation>Geräte automatisch hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+223"/>
        <source>The first %1 of %Ln failed device(s) (all of them are in the CSV report):</source>
        <translation>
            <numerusform>Die ersten %1 von %Ln fehlgeschlagenen Gerät (alle stehen im CSV-Bericht):</numerusform>
            <numerusform>Die ersten %1 von %Ln fehlgeschlagenen Geräten (alle stehen im CSV-Bericht):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>The first %1 of %Ln device(s) that did not verify (all of them are in the CSV report):</source>
        <translation>
            <numerusform>Die ersten %1 von %Ln Gerät, das nicht bestätigt wurde (alle stehen im CSV-Bericht):</numerusform>
            <numerusform>Die ersten %1 von %Ln Geräten, die nicht bestätigt wurden (alle stehen im CSV-Bericht):</numerusform>
        </translation>
    </message>
    <message>
        <location line="-310"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign itself could not be loaded; only the device report is included.</source>
        <translation>Die Kampagne selbst konnte nicht geladen werden; nur der Gerätebericht ist enthalten.</translation>
    </message>
</context>
<context>
    <name>RolloutText</name>
    <message>
        <location filename="../src/gui/rollouts/RolloutText.cpp" line="+20"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting for the plan&apos;s approval</source>
        <translation>wartet auf die Genehmigung des Plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for gate</source>
        <translation>wartet auf Gate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for approval</source>
        <translation>wartet auf Freigabe</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>held: %1</source>
        <translation>angehalten: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>held</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wave %1: retry of wave %2</source>
        <translation>Welle %1: Wiederholung von Welle %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wave %1: %2</source>
        <translation>Welle %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave %1</source>
        <translation>Welle %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no device counted</source>
        <translation>kein Gerät gezählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices in a final state: %1 (at least %2 required)</source>
        <translation>Geräte im Endzustand: %1 (mindestens %2 erforderlich)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Success rate: %1 % (at least %2 % required)</source>
        <translation>Erfolgsquote: %1 % (mindestens %2 % erforderlich)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure rate: %1 % (at most %2 % allowed)</source>
        <translation>Fehlerquote: %1 % (höchstens %2 % erlaubt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan approved by %1 on %2</source>
        <translation>Plan genehmigt von %1 am %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan not approved yet (a second engineer must approve it)</source>
        <translation>Plan noch nicht genehmigt (ein zweiter Techniker muss ihn genehmigen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan approved</source>
        <translation>Plan genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave&apos;s create written down</source>
        <translation>Anlegen der Welle vermerkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave started</source>
        <translation>Welle gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave&apos;s campaign found</source>
        <translation>Kampagne der Welle gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave&apos;s campaign not created</source>
        <translation>Kampagne der Welle nicht angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave refused</source>
        <translation>Welle abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave ended</source>
        <translation>Welle beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave cancelled</source>
        <translation>Welle abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gate passed</source>
        <translation>Gate bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gate failed</source>
        <translation>Gate nicht bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next wave approved</source>
        <translation>Nächste Welle freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed gate overridden</source>
        <translation>Nicht bestandenes Gate übergangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry checked</source>
        <translation>Wiederholung geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry of failed devices</source>
        <translation>Wiederholung fehlgeschlagener Geräte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry wave added</source>
        <translation>Wiederholungswelle hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>RolloutTimeline</name>
    <message>
        <location filename="../src/gui/rollouts/RolloutTimeline.cpp" line="+27"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>being created</source>
        <translation>wird angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended, gate waits</source>
        <translation>beendet, Gate wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gate passed</source>
        <translation>Gate bestanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gate failed</source>
        <translation>Gate nicht bestanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next wave approved</source>
        <translation>nächste Welle freigegeben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gate after wave %1</source>
        <translation>Gate nach Welle %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Read %Ln hour(s) after the wave ends.</source>
        <translation>
            <numerusform>Wird %Ln Stunde nach Ende der Welle gelesen.</numerusform>
            <numerusform>Wird %Ln Stunden nach Ende der Welle gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%Ln device(s) behind it: %1</source>
        <translation>
            <numerusform>%Ln Gerät dahinter: %1</numerusform>
            <numerusform>%Ln Geräte dahinter: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Gate after wave %1: passed</source>
        <translation>Gate nach Welle %1: bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gate after wave %1: FAILED</source>
        <translation>Gate nach Welle %1: NICHT BESTANDEN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 succeeded, %2 failed, %3 excluded, %4 not final</source>
        <translation>%1 erfolgreich, %2 fehlgeschlagen, %3 ausgenommen, %4 nicht final</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ok: %1</source>
        <translation>ok: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED: %1</source>
        <translation>NICHT BESTANDEN: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>one campaign per time-zone band (%1)</source>
        <translation>eine Kampagne je Zeitzonenband (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time zone %1</source>
        <translation>Zeitzone %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wave or gate</source>
        <translation>Welle oder Gate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+48"/>
        <source>not created yet</source>
        <translation>noch nicht angelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 final: %3 succeeded, %4 failed</source>
        <translation>%1 von %2 final: %3 erfolgreich, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 succeeded, %2 failed</source>
        <translation>%1 erfolgreich, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+61"/>
        <source>Enter or double-click opens the campaign.</source>
        <translation>Eingabe oder Doppelklick öffnet die Kampagne.</translation>
    </message>
</context>
<context>
    <name>TimeWindowEditor</name>
    <message>
        <location filename="../ui/create/TimeWindowEditor.ui" line="+17"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time window preset</source>
        <translation>Zeitfenster-Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the windows with a common choice</source>
        <translation>Die Fenster durch eine gängige Auswahl ersetzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;rom (UTC):</source>
        <translation>V&amp;on (UTC):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New window start hour (UTC)</source>
        <translation>Startstunde des neuen Fensters (UTC)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;to:</source>
        <translation>&amp;bis:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New window end hour (UTC)</source>
        <translation>Endstunde des neuen Fensters (UTC)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add window</source>
        <translation>Fenster h&amp;inzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add time window</source>
        <translation>Zeitfenster hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the window; one across midnight (22 → 2) becomes two windows</source>
        <translation>Das Fenster hinzufügen; eines über Mitternacht (22 → 2) wird zu zwei Fenstern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove &amp;window</source>
        <translation>Fenster ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected time window</source>
        <translation>Ausgewähltes Zeitfenster entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time windows</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time zone note</source>
        <translation>Hinweis zur Zeitzone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time window problems</source>
        <translation>Probleme mit den Zeitfenstern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mer&amp;ge overlapping windows</source>
        <translation>Überlappende Fenster zusamme&amp;nführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge overlapping time windows</source>
        <translation>Überlappende Zeitfenster zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces the overlapping windows by the windows that cover the same hours</source>
        <translation>Ersetzt die überlappenden Fenster durch Fenster, die dieselben Stunden abdecken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Daylight-saving time warning</source>
        <translation>Warnung zur Sommerzeit</translation>
    </message>
</context>
<context>
    <name>WorkbenchPages</name>
    <message>
        <location filename="../src/gui/shell/WorkbenchPages.cpp" line="+34"/>
        <source>Workbench</source>
        <translation>Werkbank</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
</context>
<context>
    <name>fotactl</name>
    <message>
        <location filename="../src/app/fotactl/ApiCommand.cpp" line="+36"/>
        <source>wrong number of arguments.
%1</source>
        <translation>falsche Anzahl von Argumenten.
%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>credentials missing (%1): set FOTA_CLIENT_ID, FOTA_CLIENT_SECRET, FOTA_USERNAME and FOTA_PASSWORD, or use --demo.</source>
        <translation>Zugangsdaten fehlen (%1): Setzen Sie FOTA_CLIENT_ID, FOTA_CLIENT_SECRET, FOTA_USERNAME und FOTA_PASSWORD oder verwenden Sie --demo.</translation>
    </message>
    <message>
        <location filename="../src/app/fotactl/ClientOptions.cpp" line="+75"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>production (default), demo or custom</source>
        <translation>production (Standard), demo oder custom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FOTA v3 base URL, e.g. https://thingspace.verizon.com/api (implies --profile custom)</source>
        <translation>FOTA-v3-Basis-URL, z. B. https://thingspace.verizon.com/api (setzt --profile custom voraus)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ThingSpace account name (or FOTA_ACCOUNT)</source>
        <translation>ThingSpace-Kontoname (oder FOTA_ACCOUNT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extra CA certificate (PEM or DER) to trust besides the system CAs</source>
        <translation>zusätzliches CA-Zertifikat (PEM oder DER), dem neben den System-CAs vertraut wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per request (default 30)</source>
        <translation>pro Anfrage (Standard 30)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overall limit of one request, however steadily its answer arrives (default 300)</source>
        <translation>Gesamtgrenze einer Anfrage, wie stetig ihre Antwort auch eintrifft (Vorgabe 300)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print one JSON document on stdout</source>
        <translation>ein JSON-Dokument auf stdout ausgeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start an embedded fotasim with demo data and use it</source>
        <translation>ein eingebettetes fotasim mit Demodaten starten und nutzen</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Connection options (they may also stand before the command words):</source>
        <translation>Verbindungsoptionen (sie dürfen auch vor den Befehlswörtern stehen):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show this help</source>
        <translation>diese Hilfe anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Credentials come from the environment only: FOTA_CLIENT_ID, FOTA_CLIENT_SECRET
(OAuth client credentials), FOTA_USERNAME, FOTA_PASSWORD (M2M session).
They are never written anywhere.

Exit codes: 0 ok; 1 the API said no (errorCode/errorMessage printed); 2 usage
or input error; 3 network, TLS or sign-in failure, or no usable answer.
</source>
        <translation>
Zugangsdaten kommen nur aus der Umgebung: FOTA_CLIENT_ID, FOTA_CLIENT_SECRET
(OAuth-Client-Zugangsdaten), FOTA_USERNAME, FOTA_PASSWORD (M2M-Sitzung).
Sie werden nirgends gespeichert.

Exit-Codes: 0 ok; 1 die API hat abgelehnt (errorCode/errorMessage ausgegeben);
2 Aufruf- oder Eingabefehler; 3 Netzwerk-, TLS- oder Anmeldefehler oder keine
verwertbare Antwort.
</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--profile must be production, demo or custom, not &apos;%1&apos;.</source>
        <translation>--profile muss production, demo oder custom sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--base-url and --demo exclude each other: the demo simulator chooses its own address.</source>
        <translation>--base-url und --demo schließen sich aus: der Demo-Simulator wählt seine eigene Adresse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--profile custom needs --base-url URL.</source>
        <translation>--profile custom benötigt --base-url URL.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No account: give --account NAME (or set FOTA_ACCOUNT).</source>
        <translation>Kein Konto: Geben Sie --account NAME an (oder setzen Sie FOTA_ACCOUNT).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--timeout must be a number of seconds between 0 and 3600.</source>
        <translation>--timeout muss eine Anzahl Sekunden zwischen 0 und 3600 sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--deadline must be a number of seconds between 0 and 86400.</source>
        <translation>--deadline muss eine Zahl von Sekunden zwischen 0 und 86400 sein.</translation>
    </message>
    <message>
        <location filename="../src/app/fotactl/ClientSession.cpp" line="+42"/>
        <source>The demo simulator did not start: %1</source>
        <translation>Der Demo-Simulator ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location filename="../src/app/fotactl/main.cpp" line="+22"/>
        <source>Usage: fotactl [--help] [--version] COMMAND [ARGS...]

ThingSpace FOTA v3 from the command line, through the same service layer as FotaDesk.

Commands:
</source>
        <translation>Aufruf: fotactl [--help] [--version] BEFEHL [ARGUMENTE...]

ThingSpace FOTA v3 auf der Kommandozeile, über dieselbe Dienstschicht wie FotaDesk.

Befehle:
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>
Exit codes: 0 ok; 1 the API (or the check) said no; 2 usage or input error, a
file not written whole, or a change the workspace could not record first;
3 network or authentication failure; 130/143 interrupted (SIGINT/SIGTERM).
Run &apos;fotactl COMMAND --help&apos; for the options of one command. The connection
options may also stand before COMMAND: &apos;fotactl --demo firmware list&apos;:
%1
</source>
        <translation>
Exit-Codes: 0 ok; 1 die API (oder die Prüfung) hat abgelehnt; 2 Aufruf- oder
Eingabefehler, eine nicht vollständig geschriebene Datei oder eine Änderung, die der
Arbeitsbereich nicht zuerst festhalten konnte; 3 Netzwerk- oder
Authentifizierungsfehler; 130/143 unterbrochen (SIGINT/SIGTERM).
&apos;fotactl BEFEHL --help&apos; zeigt die Optionen eines Befehls. Die Verbindungsoptionen
dürfen auch vor dem BEFEHL stehen: &apos;fotactl --demo firmware list&apos;:
%1
</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&apos;%1&apos; names no command.</source>
        <translation>&apos;%1&apos; ist kein Befehl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../src/app/fotactl/CtlMain.cpp" line="+81"/>
        <source>internal error: %1</source>
        <translation>interner Fehler: %1</translation>
    </message>
    <message>
        <location filename="../src/app/fotactl/JsonEmitter.cpp" line="+124"/>
        <source>interrupted by %1.</source>
        <translation>unterbrochen durch %1.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>fotactl ended with exit code %1.</source>
        <translation>fotactl wurde mit Exit-Code %1 beendet.</translation>
    </message>
    <message>
        <location filename="../src/app/fotactl/front/main.cpp" line="+46"/>
        <source>cannot start %1. Reinstall FotaDesk: the package installs it with fotactl.</source>
        <translation>kann %1 nicht starten. Installieren Sie FotaDesk neu: das Paket installiert es mit fotactl.</translation>
    </message>
</context>
<context>
    <name>fotactl::audit</name>
    <message>
        <location filename="../src/app/fotactl/AuditCommands.cpp" line="+32"/>
        <source>Usage: fotactl audit [--json] [--since WHEN] [--until WHEN] [--campaign ID]
                     [--operation OP] [--outcome OUTCOME] [--account NAME]
                     [--search TEXT] [--limit N] [--csv FILE]

Prints the audit log: every mutating call (create, add/remove devices, dates,
cancel, license and callback changes) FotaDesk and fotactl sent from this
computer, recorded before it was sent and completed with its outcome.
  --since WHEN       entries started at or after WHEN: an ISO date or time
                     (2026-03-01, 2026-03-01T08:00Z) or an age (30m, 12h, 7d)
  --until WHEN       entries started before WHEN (same forms)
  --campaign ID      one campaign
  --operation OP     %1
  --outcome OUTCOME  pending, success, partial, failed, unknown, cancelled
  --account NAME     one account
  --search TEXT      text in the summary, result or error
  --limit N          the newest N entries
  --csv FILE         also write the entries as CSV to FILE
  --json             one JSON document on stdout
</source>
        <translation>Aufruf: fotactl audit [--json] [--since WANN] [--until WANN] [--campaign ID]
                      [--operation OP] [--outcome ERGEBNIS] [--account NAME]
                      [--search TEXT] [--limit N] [--csv DATEI]

Gibt das Audit-Protokoll aus: jeden ändernden Aufruf (Erstellen, Geräte hinzufügen/
entfernen, Daten, Abbrechen, Lizenz- und Callback-Änderungen), den FotaDesk und
fotactl von diesem Computer gesendet haben, erfasst vor dem Senden und mit seinem
Ergebnis vervollständigt.
  --since WANN        Einträge ab WANN: ein ISO-Datum oder eine ISO-Zeit
                      (2026-03-01, 2026-03-01T08:00Z) oder ein Alter (30m, 12h, 7d)
  --until WANN        Einträge vor WANN (gleiche Formen)
  --campaign ID       eine Kampagne
  --operation OP      %1
  --outcome ERGEBNIS  pending, success, partial, failed, unknown, cancelled
  --account NAME      ein Konto
  --search TEXT       Text in Zusammenfassung, Ergebnis oder Fehler
  --limit N           die neuesten N Einträge
  --csv DATEI         die Einträge zusätzlich als CSV in DATEI schreiben
  --json              ein JSON-Dokument auf stdout
</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON output.</source>
        <translation>JSON-Ausgabe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From.</source>
        <translation>Von.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until.</source>
        <translation>Bis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign.</source>
        <translation>Kampagne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation.</source>
        <translation>Vorgang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome.</source>
        <translation>Ergebnis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account.</source>
        <translation>Konto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text.</source>
        <translation>Text.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest N.</source>
        <translation>Neueste N.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file.</source>
        <translation>CSV-Datei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected argument &apos;%1&apos;.
%2</source>
        <translation>unerwartetes Argument &apos;%1&apos;.
%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 &apos;%2&apos; is neither an ISO date/time (2026-03-01, 2026-03-01T08:00Z) nor an age (30m, 12h, 7d).</source>
        <translation>--%1 &apos;%2&apos; ist weder ein ISO-Datum bzw. eine ISO-Zeit (2026-03-01, 2026-03-01T08:00Z) noch ein Alter (30m, 12h, 7d).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--operation must be one of: %1.</source>
        <translation>--operation muss eines von folgenden sein: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--outcome must be one of: pending, success, partial, failed, unknown, cancelled.</source>
        <translation>--outcome muss eines von folgenden sein: pending, success, partial, failed, unknown, cancelled.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--limit must be a positive number.</source>
        <translation>--limit muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the audit log cannot be read: %1</source>
        <translation>das Audit-Protokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No audit entries%1 (workspace %2).
</source>
        <translation>Keine Audit-Einträge%1 (Arbeitsbereich %2).
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> match</source>
        <translation> passen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STARTED (UTC)</source>
        <translation>BEGONNEN (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OPERATION</source>
        <translation>VORGANG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CAMPAIGN</source>
        <translation>KAMPAGNE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DEVICES</source>
        <translation>GERÄTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RESULT / ERROR</source>
        <translation>ERGEBNIS / FEHLER</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show the audit log of changes sent from this computer.</source>
        <translation>Das Audit-Protokoll der von diesem Computer gesendeten Änderungen anzeigen.</translation>
    </message>
</context>
<context>
    <name>fotactl::callbacks</name>
    <message>
        <location filename="../src/app/fotactl/CallbackCommands.cpp" line="+29"/>
        <source>ThingSpace POSTs the status changes of the account&apos;s campaigns and devices
to the callback URL: it must be a server of yours that the Internet can
reach. FotaDesk and fotactl cannot receive callbacks themselves; they read
the same statuses from the reports.
</source>
        <translation>ThingSpace sendet die Statusänderungen der Kampagnen und Geräte des Kontos
per POST an die Callback-URL: Sie muss ein Server von Ihnen sein, den das
Internet erreicht. FotaDesk und fotactl können selbst keine Callbacks
empfangen; sie lesen dieselben Status aus den Berichten.
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: fotactl callbacks show [options]

The callback URL registered for the account, if any.

</source>
        <translation>Aufruf: fotactl callbacks show [Optionen]

Die für das Konto registrierte Callback-URL, falls es eine gibt.

</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No callback URL is registered.
</source>
        <translation>Es ist keine Callback-URL registriert.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>callback URL      %1
</source>
        <translation>Callback-URL      %1
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: fotactl callbacks set URL [options]

Registers URL (http or https) as the account&apos;s callback URL, replacing
the one registered before.

</source>
        <translation>Aufruf: fotactl callbacks set URL [Optionen]

Registriert URL (http oder https) als Callback-URL des Kontos und ersetzt
die zuvor registrierte.

</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not an absolute http or https URL: write it whole, for example https://hooks.example.com/fota.</source>
        <translation>„%1“ ist keine absolute http- oder https-URL: Schreiben Sie sie vollständig, zum Beispiel https://hooks.example.com/fota.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The callback URL must not contain a user name or password (&apos;%1@&apos;): the service would store them in clear.</source>
        <translation>Die Callback-URL darf weder Benutzernamen noch Passwort enthalten („%1@“): Der Dienst würde sie im Klartext speichern.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Registered callback URL %1
</source>
        <translation>Callback-URL %1 registriert
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: fotactl callbacks delete [options]

Deletes the account&apos;s callback URL: the service stops POSTing status
changes.
</source>
        <translation>Aufruf: fotactl callbacks delete [Optionen]

Löscht die Callback-URL des Kontos: Der Dienst sendet keine
Statusänderungen mehr.
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No callback URL is registered now.
</source>
        <translation>Jetzt ist keine Callback-URL registriert.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the account&apos;s callback URL.</source>
        <translation>Die Callback-URL des Kontos anzeigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Register the account&apos;s callback URL.</source>
        <translation>Die Callback-URL des Kontos registrieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the account&apos;s callback URL.</source>
        <translation>Die Callback-URL des Kontos löschen.</translation>
    </message>
</context>
<context>
    <name>fotactl::campaign</name>
    <message>
        <location filename="../src/app/fotactl/CampaignIo.cpp" line="+34"/>
        <source>any hour</source>
        <translation>jede Stunde</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device model</source>
        <translation>Gerätemodell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time windows</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto license</source>
        <translation>Auto-Lizenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>auto add</source>
        <translation>Auto-Hinzufügen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--window &apos;%1&apos; must be START-END in whole UTC hours, e.g. 1-5.</source>
        <translation>--window &apos;%1&apos; muss START-ENDE in ganzen UTC-Stunden sein, z. B. 1-5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--window &apos;%1&apos;: %2</source>
        <translation>--window &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1 &apos;%2&apos; must be a date YYYY-MM-DD.</source>
        <translation>--%1 &apos;%2&apos; muss ein Datum JJJJ-MM-TT sein.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1: %n line(s) hold no valid IMEI (fix them, or pass --skip-invalid):</source>
        <translation>
            <numerusform>%1: %n Zeile enthält keine gültige IMEI (korrigieren Sie sie oder geben Sie --skip-invalid an):</numerusform>
            <numerusform>%1: %n Zeilen enthalten keine gültige IMEI (korrigieren Sie sie oder geben Sie --skip-invalid an):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: skipping %n line(s) without a valid IMEI.</source>
        <translation>
            <numerusform>%1: %n Zeile ohne gültige IMEI wird übersprungen.</numerusform>
            <numerusform>%1: %n Zeilen ohne gültige IMEI werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %n repeated IMEI(s) sent once.
</source>
        <translation>
            <numerusform>%1: %n wiederholte IMEI einmal gesendet.
</numerusform>
            <numerusform>%1: %n wiederholte IMEIs je einmal gesendet.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds no valid IMEI.</source>
        <translation>%1 enthält keine gültige IMEI.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>already in the campaign</source>
        <translation>bereits in der Kampagne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not in the campaign</source>
        <translation>nicht in der Kampagne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already licensed</source>
        <translation>bereits lizenziert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>had no license</source>
        <translation>hatte keine Lizenz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already done</source>
        <translation>bereits erledigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  done: %1 · %2: %3 · refused by the server: %4 · no answer: %5</source>
        <translation>  erledigt: %1 · %2: %3 · vom Server abgelehnt: %4 · keine Antwort: %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · unknown status: %1</source>
        <translation> · unbekannter Status: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>chunk %1 (devices %2–%3): outcome unknown — no definite answer after %4 sends (%5); &apos;fotactl campaign resume&apos; sends it again (devices already done count as done)
</source>
        <translation>Block %1 (Geräte %2–%3): Ergebnis unbekannt — keine eindeutige Antwort nach %4 Sendungen (%5); &apos;fotactl campaign resume&apos; sendet ihn erneut (bereits erledigte Geräte zählen als erledigt)
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>chunk %1 (devices %2–%3) failed: %4
</source>
        <translation>Block %1 (Geräte %2–%3) fehlgeschlagen: %4
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2 of %3 device(s).
</source>
        <translation>%1 %2 von %3 Gerät(en).
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  %1 of them: outcome unknown at first (an answer was lost), then confirmed — the service already had them.
</source>
        <translation>  %1 davon: Ergebnis zunächst unbekannt (eine Antwort ging verloren), dann bestätigt — der Dienst hatte sie bereits.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1 device(s): outcome still unknown (see above).
</source>
        <translation>  %1 Gerät(e): Ergebnis weiterhin unbekannt (siehe oben).
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  … and %1 more (use --json for all)
</source>
        <translation>  … und %1 weitere (--json zeigt alle)
</translation>
    </message>
    <message>
        <location filename="../src/app/fotactl/CampaignCommands.cpp" line="+44"/>
        <source>Usage: fotactl campaign get CAMPAIGN-ID [options]

Shows one campaign.
</source>
        <translation>Aufruf: fotactl campaign get KAMPAGNEN-ID [Optionen]

Zeigt eine Kampagne.
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Usage: fotactl campaign cancel CAMPAIGN-ID [options]

Cancels a campaign (before its start it ends as CampaignCancelled, after
it as CampaignAborted; the service may refuse a started campaign).
</source>
        <translation>Aufruf: fotactl campaign cancel KAMPAGNEN-ID [Optionen]

Bricht eine Kampagne ab (vor ihrem Start endet sie als CampaignCancelled, danach
als CampaignAborted; der Dienst kann eine gestartete Kampagne ablehnen).
</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Campaign %1 cancelled.
</source>
        <translation>Kampagne %1 abgebrochen.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign %1 cancelled: %2
</source>
        <translation>Kampagne %1 abgebrochen: %2
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: fotactl campaign dates CAMPAIGN-ID [--start DATE] [--end DATE]
                             [--window H-H]... [--no-windows] [options]

Changes a campaign&apos;s dates and time windows; what is not given stays as
it is (the current values are read first and sent along).
  --start DATE       new start date (YYYY-MM-DD)
  --end DATE         new end date
  --window H-H       a daily window in UTC hours, e.g. 1-5 (repeatable;
                     replaces the current windows)
  --no-windows       remove every window (any hour)
</source>
        <translation>Aufruf: fotactl campaign dates KAMPAGNEN-ID [--start DATUM] [--end DATUM]
                              [--window H-H]... [--no-windows] [Optionen]

Ändert Daten und Zeitfenster einer Kampagne; was nicht angegeben ist, bleibt wie
es ist (die aktuellen Werte werden zuerst gelesen und mitgesendet).
  --start DATUM      neues Startdatum (JJJJ-MM-TT)
  --end DATUM        neues Enddatum
  --window H-H       ein tägliches Fenster in UTC-Stunden, z. B. 1-5 (wiederholbar;
                     ersetzt die aktuellen Fenster)
  --no-windows       jedes Fenster entfernen (jede Stunde)
</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../src/app/fotactl/CampaignCreateCommand.cpp" line="+160"/>
        <source>Start date.</source>
        <translation>Startdatum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/app/fotactl/CampaignCreateCommand.cpp" line="+1"/>
        <source>End date.</source>
        <translation>Enddatum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/app/fotactl/CampaignCreateCommand.cpp" line="+1"/>
        <source>Time window.</source>
        <translation>Zeitfenster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No time windows.</source>
        <translation>Keine Zeitfenster.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>nothing to change: give --start, --end, --window or --no-windows.</source>
        <translation>nichts zu ändern: Geben Sie --start, --end, --window oder --no-windows an.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the end date %1 is before the start date %2.</source>
        <translation>das Enddatum %1 liegt vor dem Startdatum %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Usage: fotactl campaign devices add|remove CAMPAIGN-ID --file FILE
                             [--chunk-size N] [--plain-path] [--skip-invalid]
                             [options]

Adds devices to (or removes them from) a campaign that is not scheduled
yet, in chunks of N devices (default 1000). The file is a device list
(CSV, TSV or TXT; see &apos;fotactl imei check&apos;). Per-device results are
printed; exit code 1 when a device was refused.
  --file FILE        the device list
  --chunk-size N     devices per request (default 1000)
  --plain-path       use PUT /campaigns/{acc}/{id} (the portal&apos;s path)
  --skip-invalid     ignore lines without a valid IMEI
  --resume           complete an interrupted run of the same devices: only its
                     remaining chunks are sent (see &apos;fotactl campaign resume&apos;)
</source>
        <translation>Aufruf: fotactl campaign devices add|remove KAMPAGNEN-ID --file DATEI
                              [--chunk-size N] [--plain-path] [--skip-invalid]
                              [Optionen]

Fügt einer noch nicht geplanten Kampagne Geräte hinzu (oder entfernt sie) in
Blöcken von N Geräten (Standard 1000). Die Datei ist eine Geräteliste
(CSV, TSV oder TXT; siehe &apos;fotactl imei check&apos;). Ergebnisse je Gerät werden
ausgegeben; Exit-Code 1, wenn ein Gerät abgelehnt wurde.
  --file DATEI       die Geräteliste
  --chunk-size N     Geräte pro Anfrage (Standard 1000)
  --plain-path       PUT /campaigns/{acc}/{id} verwenden (der Pfad des Portals)
  --skip-invalid     Zeilen ohne gültige IMEI ignorieren
  --resume           einen unterbrochenen Lauf mit denselben Geräten abschließen:
                     nur die restlichen Blöcke werden gesendet (siehe
                     &apos;fotactl campaign resume&apos;)
</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../src/app/fotactl/CampaignCreateCommand.cpp" line="+1"/>
        <source>Device list.</source>
        <translation>Geräteliste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/app/fotactl/CampaignCreateCommand.cpp" line="+3"/>
        <source>Devices per request.</source>
        <translation>Geräte pro Anfrage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/app/fotactl/CampaignCreateCommand.cpp" line="+2"/>
        <source>Use the path without /firmware.</source>
        <translation>Den Pfad ohne /firmware verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/app/fotactl/CampaignCreateCommand.cpp" line="+1"/>
        <source>Skip invalid lines.</source>
        <translation>Ungültige Zeilen überspringen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume an interrupted run.</source>
        <translation>Einen unterbrochenen Lauf fortsetzen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--file FILE is required.</source>
        <translation>--file DATEI ist erforderlich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../src/app/fotactl/CampaignCreateCommand.cpp" line="+63"/>
        <source>--chunk-size must be a number from 1 to 10000.</source>
        <translation>--chunk-size muss eine Zahl von 1 bis 10000 sein.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../src/app/fotactl/CampaignCreateCommand.cpp" line="-107"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location filename="../src/app/fotactl/CampaignCreateCommand.cpp" line="-35"/>
        <source>The campaign %1 exists; %2 of its devices were not sent: %3
Add them with &apos;fotactl campaign resume&apos; or &apos;fotactl campaign devices add %1 --file FILE&apos;.
</source>
        <translation>Die Kampagne %1 existiert; %2 ihrer Geräte wurden nicht gesendet: %3
Fügen Sie sie mit &apos;fotactl campaign resume&apos; oder &apos;fotactl campaign devices add %1 --file DATEI&apos; hinzu.
</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not every device was added; the batch is journaled as %1: &apos;fotactl campaign resume %1&apos; (or this same command) sends the chunks that did not succeed.
</source>
        <translation>Nicht jedes Gerät wurde hinzugefügt; der Stapel ist als %1 protokolliert: &apos;fotactl campaign resume %1&apos; (oder derselbe Befehl noch einmal) sendet die Blöcke, die nicht erfolgreich waren.
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: fotactl campaign create [--file CAMPAIGN.json] [--name NAME]
         [--firmware NAME] [--from V] [--to V] [--protocol P]
         [--start DATE] [--end DATE] [--window H-H]... --devices FILE
         [--auto-assign-license] [--auto-add-devices] [--chunk-size N]
         [--plain-path] [--skip-invalid] [options]

Schedules a firmware upgrade campaign. The campaign comes from a JSON file
(CampaignFirmwareUpgrade, as in the FOTA v3 contract) and/or the flags (flags
win). Devices come from --devices (CSV/TSV/TXT through the IMEI importer) or
the JSON file&apos;s deviceList. --from/--to/--protocol default to the firmware
package of that name. The draft is checked with the same rules as the GUI
before anything is sent. More devices than one chunk (default 1000) are
added after the campaign is created, journaled chunk by chunk: when that
run is interrupted, &apos;fotactl campaign resume&apos; sends the remaining chunks.
--plain-path sends those adds through PUT /campaigns/{acc}/{id} (the
portal&apos;s path), as &apos;campaign devices add --plain-path&apos;; resume keeps it.

Creating is never repeated automatically: if the answer is lost, fotactl
looks the campaign up in the campaign history (name, firmware, dates)
instead of creating a second one, and says what it found.
</source>
        <translation>Aufruf: fotactl campaign create [--file KAMPAGNE.json] [--name NAME]
         [--firmware NAME] [--from V] [--to V] [--protocol P]
         [--start DATUM] [--end DATUM] [--window H-H]... --devices DATEI
         [--auto-assign-license] [--auto-add-devices] [--chunk-size N]
         [--plain-path] [--skip-invalid] [Optionen]

Plant eine Firmware-Upgrade-Kampagne. Die Kampagne kommt aus einer JSON-Datei
(CampaignFirmwareUpgrade, wie im FOTA-v3-Vertrag) und/oder den Optionen (die
Optionen haben Vorrang). Geräte kommen aus --devices (CSV/TSV/TXT über den
IMEI-Import) oder der deviceList der JSON-Datei. --from/--to/--protocol kommen
standardmäßig aus dem Firmware-Paket dieses Namens. Der Entwurf wird mit
denselben Regeln wie in der GUI geprüft, bevor etwas gesendet wird. Mehr Geräte
als ein Block (Standard 1000) werden nach dem Erstellen der Kampagne hinzugefügt,
Block für Block protokolliert: Wird dieser Lauf unterbrochen, sendet
&apos;fotactl campaign resume&apos; die restlichen Blöcke.
--plain-path sendet dieses Hinzufügen über PUT /campaigns/{acc}/{id} (den Pfad
des Portals), wie &apos;campaign devices add --plain-path&apos;; resume behält ihn bei.

Das Erstellen wird nie automatisch wiederholt: Geht die Antwort verloren, sucht
fotactl die Kampagne im Kampagnenverlauf (Name, Firmware, Daten), statt eine
zweite zu erstellen, und meldet, was es gefunden hat.
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Campaign JSON.</source>
        <translation>Kampagnen-JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign name.</source>
        <translation>Kampagnenname.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware package name.</source>
        <translation>Name des Firmware-Pakets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current firmware version.</source>
        <translation>Aktuelle Firmware-Version.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target firmware version.</source>
        <translation>Ziel-Firmware-Version.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWM2M, OMA or HTTP.</source>
        <translation>LWM2M, OMA oder HTTP.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>License unlicensed devices.</source>
        <translation>Unlizenzierte Geräte lizenzieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let matching devices join.</source>
        <translation>Passende Geräte beitreten lassen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a campaign: %2</source>
        <translation>%1 ist keine Kampagne: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>--firmware NAME is required (see &apos;fotactl firmware list&apos;).</source>
        <translation>--firmware NAME ist erforderlich (siehe &apos;fotactl firmware list&apos;).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the account has no firmware package named &apos;%1&apos; (see &apos;fotactl firmware list&apos;).</source>
        <translation>das Konto hat kein Firmware-Paket namens &apos;%1&apos; (siehe &apos;fotactl firmware list&apos;).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the campaign is not valid:
  %1</source>
        <translation>die Kampagne ist nicht gültig:
  %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This create was already made by an earlier run: campaign %1. It is not sent again; its devices are completed.
</source>
        <translation>Diese Kampagne wurde bereits von einem früheren Lauf angelegt: Kampagne %1. Sie wird nicht erneut gesendet; ihre Geräte werden vervollständigt.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An earlier run sent this same create and its outcome is still not known (see above); nothing is sent, so that no second campaign is made. Run the command again once the campaign list can be read, or check the campaigns named &quot;%1&quot; first.
</source>
        <translation>Ein früherer Lauf hat dieselbe Kampagne gesendet, und ihr Ergebnis ist noch unbekannt (siehe oben); es wird nichts gesendet, damit keine zweite Kampagne entsteht. Führen Sie den Befehl erneut aus, sobald die Kampagnenliste lesbar ist, oder prüfen Sie zuerst die Kampagnen mit dem Namen &quot;%1&quot;.
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The answer to the create request was lost (%1). Looking the campaign up in the campaign history instead of sending it again…
</source>
        <translation>Die Antwort auf die Erstell-Anfrage ging verloren (%1). Die Kampagne wird im Kampagnenverlauf gesucht, statt sie erneut zu senden…
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No such campaign exists: it was not created. It is safe to run the same command again.
</source>
        <translation>Es gibt keine solche Kampagne: sie wurde nicht erstellt. Derselbe Befehl kann gefahrlos erneut ausgeführt werden.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Several campaigns match (%1); check which one is new before doing anything else.
</source>
        <translation>Mehrere Kampagnen passen (%1); prüfen Sie, welche neu ist, bevor Sie etwas anderes tun.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The campaign was created: %1
</source>
        <translation>Die Kampagne wurde erstellt: %1
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Schedule a firmware upgrade campaign.</source>
        <translation>Eine Firmware-Upgrade-Kampagne planen.</translation>
    </message>
    <message>
        <location filename="../src/app/fotactl/CampaignCommands.cpp" line="+9"/>
        <source>Show one campaign.</source>
        <translation>Eine Kampagne anzeigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change a campaign&apos;s dates and time windows.</source>
        <translation>Daten und Zeitfenster einer Kampagne ändern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the devices of a file to a campaign.</source>
        <translation>Die Geräte einer Datei zu einer Kampagne hinzufügen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the devices of a file from a campaign.</source>
        <translation>Die Geräte einer Datei aus einer Kampagne entfernen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel a campaign.</source>
        <translation>Eine Kampagne abbrechen.</translation>
    </message>
</context>
<context>
    <name>fotactl::devices</name>
    <message>
        <location filename="../src/app/fotactl/DeviceCommands.cpp" line="+70"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: fotactl devices check FILE --firmware NAME [--accepted-out PATH]
         [--refused-out PATH] [--stale-days N] [--auto-assign] [--skip-invalid]
         [options]

Checks every device of FILE (CSV/TSV/TXT) against the account&apos;s device
inventory before a campaign of firmware package NAME is sent: will it be
accepted, or is it not in this account, of another make or model, not
FOTA-eligible, on another protocol, without a license, already at the
target firmware, or on another firmware than the package starts from.
A device not connected for more than N days (default 30) is a warning.
  --auto-assign        the campaign will give unlicensed devices a license
                       from the account&apos;s pool: count those it covers
  --accepted-out PATH  write the devices that will be accepted, one per line
  --refused-out PATH   write the others as CSV: deviceId,reason,detail
Exit status: 0 every device will be accepted, 1 some will not, 2 unusable
file or options, 3 network.
</source>
        <translation>Aufruf: fotactl devices check DATEI --firmware NAME [--accepted-out PFAD]
         [--refused-out PFAD] [--stale-days N] [--auto-assign] [--skip-invalid]
         [Optionen]

Prüft jedes Gerät von DATEI (CSV/TSV/TXT) gegen den Gerätebestand des
Kontos, bevor eine Kampagne des Firmware-Pakets NAME gesendet wird: wird es
angenommen, oder ist es nicht in diesem Konto, von anderem Hersteller oder
Modell, nicht FOTA-fähig, auf einem anderen Protokoll, ohne Lizenz, schon auf
der Ziel-Firmware oder auf einer anderen Firmware als der Ausgangsversion?
Ein Gerät, das sich seit mehr als N Tagen (Standard 30) nicht gemeldet hat,
ist eine Warnung.
  --auto-assign        die Kampagne gibt Geräten ohne Lizenz eine aus dem
                       Vorrat des Kontos: die so abgedeckten zählen als angenommen
  --accepted-out PFAD  die angenommenen Geräte schreiben, eines je Zeile
  --refused-out PFAD   die übrigen als CSV schreiben: deviceId,reason,detail
Exit-Status: 0 jedes Gerät wird angenommen, 1 manche nicht, 2 unbrauchbare
Datei oder Optionen, 3 Netzwerk.
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Firmware package name.</source>
        <translation>Name des Firmwarepakets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to write the accepted devices.</source>
        <translation>Wohin die angenommenen Geräte geschrieben werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where to write the refused devices.</source>
        <translation>Wohin die abgelehnten Geräte geschrieben werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days without a connection that warn.</source>
        <translation>Tage ohne Verbindung, ab denen gewarnt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip invalid lines.</source>
        <translation>Ungültige Zeilen überspringen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The campaign will assign licenses from the account&apos;s pool.</source>
        <translation>Die Kampagne weist Lizenzen aus dem Vorrat des Kontos zu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--firmware NAME is required (see &apos;fotactl firmware list&apos;).</source>
        <translation>--firmware NAME ist erforderlich (siehe &apos;fotactl firmware list&apos;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--stale-days must be a whole number of days, at least 1.</source>
        <translation>--stale-days muss eine ganze Zahl von Tagen sein, mindestens 1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the account has no firmware package named &apos;%1&apos; (see &apos;fotactl firmware list&apos;).</source>
        <translation>das Konto hat kein Firmwarepaket namens &apos;%1&apos; (siehe &apos;fotactl firmware list&apos;).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>looked up %1 of %2 devices
</source>
        <translation>%1 von %2 Geräten nachgeschlagen
</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 against %2 (%3 %4, %5 -&gt; %6)
</source>
        <translation>%1 gegen %2 (%3 %4, %5 -&gt; %6)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DEVICES</source>
        <translation>GERÄTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>  ... and %n more (see --refused-out or --json)
</source>
        <translation>
            <numerusform>  ... und %n weiteres (siehe --refused-out oder --json)
</numerusform>
            <numerusform>  ... und %n weitere (siehe --refused-out oder --json)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Auto-assign gives %n device(s) a license from the account&apos;s pool (%1 left before, %2 after).
</source>
        <translation>
            <numerusform>Die automatische Zuweisung gibt %n Gerät eine Lizenz aus dem Vorrat des Kontos (vorher %1 frei, danach %2).
</numerusform>
            <numerusform>Die automatische Zuweisung gibt %n Geräten eine Lizenz aus dem Vorrat des Kontos (vorher %1 frei, danach %2).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Warning: %n device(s) will be accepted but have not connected for more than %1 days.
</source>
        <translation>
            <numerusform>Warnung: %n Gerät wird angenommen, war aber seit mehr als %1 Tagen nicht verbunden.
</numerusform>
            <numerusform>Warnung: %n Geräte werden angenommen, waren aber seit mehr als %1 Tagen nicht verbunden.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Result: all %n device(s) will be accepted.
</source>
        <translation>
            <numerusform>Ergebnis: Das %n Gerät wird angenommen.
</numerusform>
            <numerusform>Ergebnis: Alle %n Geräte werden angenommen.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result: %1 of %2 devices will not be accepted.
</source>
        <translation>Ergebnis: %1 von %2 Geräten werden nicht angenommen.
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: fotactl devices show IMEI [options]

The device&apos;s line in the account&apos;s inventory: make, model, the
firmware it last reported, FOTA eligibility, license, protocol and
last connection. Exit status 1 when the account does not have it.
</source>
        <translation>Aufruf: fotactl devices show IMEI [Optionen]

Die Zeile des Geräts im Gerätebestand des Kontos: Hersteller, Modell, die
zuletzt gemeldete Firmware, FOTA-Fähigkeit, Lizenz, Protokoll und
letzte Verbindung. Exit-Status 1, wenn das Konto das Gerät nicht hat.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a valid 15-digit IMEI.</source>
        <translation>&apos;%1&apos; ist keine gültige 15-stellige IMEI.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: not in this account.
</source>
        <translation>%1: nicht in diesem Konto.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>device            %1
</source>
        <translation>Gerät             %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>make / model      %1 %2
</source>
        <translation>Hersteller/Modell %1 %2
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>firmware          %1
</source>
        <translation>Firmware          %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FOTA-eligible     %1
</source>
        <translation>FOTA-fähig        %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licensed          %1
</source>
        <translation>lizenziert        %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol          %1
</source>
        <translation>Protokoll         %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status            %1
</source>
        <translation>Status            %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last connection   %1
</source>
        <translation>letzte Verbindung %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last report       %1
</source>
        <translation>letzte Meldung    %1
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: fotactl devices list [--protocol P] [--csv FILE] [options]

Every device of the account&apos;s inventory for one protocol (all pages).
  --protocol P       LWM2M (default), OMD-DM (or OMDADM, OMADM), HTTP
  --csv FILE         write the devices to FILE as CSV
</source>
        <translation>Aufruf: fotactl devices list [--protocol P] [--csv DATEI] [Optionen]

Jedes Gerät im Gerätebestand des Kontos für ein Protokoll (alle Seiten).
  --protocol P       LWM2M (Standard), OMD-DM (oder OMDADM, OMADM), HTTP
  --csv DATEI        die Geräte als CSV in DATEI schreiben
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Protocol filter.</source>
        <translation>Protokollfilter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file.</source>
        <translation>CSV-Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--protocol must be LWM2M, OMD-DM, OMDADM, OMADM or HTTP.</source>
        <translation>--protocol muss LWM2M, OMD-DM, OMDADM, OMADM oder HTTP sein.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MAKE</source>
        <translation>HERSTELLER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FIRMWARE</source>
        <translation>FIRMWARE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ELIGIBLE</source>
        <translation>FÄHIG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LICENSED</source>
        <translation>LIZENZIERT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROTOCOL</source>
        <translation>PROTOKOLL</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n device(s)
</source>
        <translation>
            <numerusform>%n Gerät
</numerusform>
            <numerusform>%n Geräte
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check a device list against the account&apos;s inventory.</source>
        <translation>Eine Geräteliste mit dem Gerätebestand des Kontos abgleichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show a device&apos;s inventory line.</source>
        <translation>Die Bestandszeile eines Geräts anzeigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the account&apos;s devices.</source>
        <translation>Die Geräte des Kontos auflisten.</translation>
    </message>
</context>
<context>
    <name>fotactl::firmware</name>
    <message>
        <location filename="../src/app/fotactl/FirmwareCommands.cpp" line="+29"/>
        <source>Usage: fotactl firmware list [--protocol LWM2M|OMD-DM|all] [options]

Lists the firmware packages the account may use in a campaign.
  --protocol P       LWM2M, OMD-DM or all (default all)
</source>
        <translation>Aufruf: fotactl firmware list [--protocol LWM2M|OMD-DM|all] [Optionen]

Listet die Firmware-Pakete, die das Konto in einer Kampagne verwenden darf.
  --protocol P       LWM2M, OMD-DM oder all (Standard all)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protocol filter.</source>
        <translation>Protokollfilter.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>FIRMWARE</source>
        <translation>FIRMWARE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TO</source>
        <translation>NACH</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MAKE</source>
        <translation>HERSTELLER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROTOCOL</source>
        <translation>PROTOKOLL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAUNCHED</source>
        <translation>VERÖFFENTLICHT</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n package(s)
</source>
        <translation>
            <numerusform>%n Paket
</numerusform>
            <numerusform>%n Pakete
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List the firmware packages of the account.</source>
        <translation>Die Firmware-Pakete des Kontos auflisten.</translation>
    </message>
</context>
<context>
    <name>fotactl::imei</name>
    <message>
        <location filename="../src/app/fotactl/ImeiCommands.cpp" line="+38"/>
        <source>Usage: fotactl imei check FILE [--json] [--valid-out PATH]

Reads a device list exported from Excel or another tool (CSV, TSV or TXT;
UTF-8, UTF-16 or Windows-1252; comma, semicolon, tab or pipe separated) and
checks every IMEI: 15 digits with a valid Luhn check digit. The IMEI column is
found by its header (IMEI, Device IMEI, Device ID, ...) or by its content.

Options:
  --json             print one JSON object:
                     {&quot;file&quot;, &quot;encoding&quot;, &quot;delimiter&quot;, &quot;column&quot;, &quot;valid&quot;,
                      &quot;duplicates&quot;, &quot;rejected&quot;: [{&quot;line&quot;, &quot;text&quot;, &quot;reason&quot;,
                      &quot;message&quot;}]}; on exit code 2: {&quot;error&quot;: {&quot;kind&quot;, &quot;code&quot;,
                      &quot;message&quot;}, &quot;exitCode&quot;: 2}
  --valid-out PATH   write the unique valid IMEIs to PATH, one per line, in the
                     order they first appear
  -h, --help         show this help

Exit codes:
  0  every data line holds a valid IMEI
  1  some lines were rejected, or no valid IMEI was found
  2  the file cannot be used (unreadable, empty, binary, no IMEI column), the
     --valid-out file could not be written whole (the previous one is kept),
     or a usage error
</source>
        <translation>Aufruf: fotactl imei check DATEI [--json] [--valid-out PFAD]

Liest eine aus Excel oder anderswo exportierte Geräteliste (CSV, TSV oder TXT;
UTF-8, UTF-16 oder Windows-1252; Komma, Semikolon, Tab oder Pipe als Trenner)
und prüft jede IMEI: 15 Ziffern mit gültiger Luhn-Prüfziffer. Die IMEI-Spalte
wird am Spaltenkopf (IMEI, Device IMEI, Device ID, ...) oder am Inhalt erkannt.

Optionen:
  --json             ein JSON-Objekt ausgeben:
                     {&quot;file&quot;, &quot;encoding&quot;, &quot;delimiter&quot;, &quot;column&quot;, &quot;valid&quot;,
                      &quot;duplicates&quot;, &quot;rejected&quot;: [{&quot;line&quot;, &quot;text&quot;, &quot;reason&quot;,
                      &quot;message&quot;}]}; bei Exit-Code 2: {&quot;error&quot;: {&quot;kind&quot;, &quot;code&quot;,
                      &quot;message&quot;}, &quot;exitCode&quot;: 2}
  --valid-out PFAD   die eindeutigen gültigen IMEIs nach PFAD schreiben, eine je
                     Zeile, in der Reihenfolge ihres ersten Auftretens
  -h, --help         diese Hilfe anzeigen

Exit-Codes:
  0  jede Datenzeile enthält eine gültige IMEI
  1  einige Zeilen wurden abgelehnt oder es wurde keine gültige IMEI gefunden
  2  die Datei ist unbrauchbar (unlesbar, leer, binär, keine IMEI-Spalte), die
     --valid-out-Datei konnte nicht vollständig geschrieben werden (die vorige
     bleibt erhalten) oder ein Aufruffehler
</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>File:        %1
</source>
        <translation>Datei:       %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:      %1, %2 separated, %3
</source>
        <translation>Format:      %1, getrennt durch %2, %3
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with a header row</source>
        <translation>mit Kopfzeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no header row</source>
        <translation>ohne Kopfzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMEI column: %1%2
</source>
        <translation>IMEI-Spalte: %1%2
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data lines:  %1
</source>
        <translation>Datenzeilen: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid:       %1 unique IMEIs
</source>
        <translation>Gültig:      %1 eindeutige IMEIs
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicates:  %1 (each IMEI kept once; repeated on line(s) %2%3)
</source>
        <translation>Duplikate:   %1 (jede IMEI einmal behalten; wiederholt in Zeile(n) %2%3)
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicates:  0
</source>
        <translation>Duplikate:   0
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected:    %1
</source>
        <translation>Abgelehnt:   %1
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  line %1: “%2” %3
      %4
</source>
        <translation>  Zeile %1: „%2“ %3
      %4
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>      fix: %1
</source>
        <translation>      Korrektur: %1
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  … and %1 more (run with --json for the full list)
</source>
        <translation>  … und %1 weitere (mit --json für die vollständige Liste)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hint: %1 value(s) have 14 digits: the Luhn check digit is missing. The “fix” lines show the complete IMEI; correct them in the source and check again.
</source>
        <translation>Hinweis: %1 Wert(e) haben 14 Ziffern: die Luhn-Prüfziffer fehlt. Die Zeilen „Korrektur“ zeigen die vollständige IMEI; korrigieren Sie sie in der Quelle und prüfen Sie erneut.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result: no data rows below the header: nothing to import.
</source>
        <translation>Ergebnis: keine Datenzeilen unter der Kopfzeile: nichts zu importieren.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: no valid IMEI found.
</source>
        <translation>Ergebnis: keine gültige IMEI gefunden.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result: OK, every line holds a valid IMEI.
</source>
        <translation>Ergebnis: OK, jede Zeile enthält eine gültige IMEI.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result: %1 line(s) need attention.
</source>
        <translation>Ergebnis: %1 Zeile(n) erfordern Aufmerksamkeit.
</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>--valid-out needs a path: --valid-out PATH.</source>
        <translation>--valid-out benötigt einen Pfad: --valid-out PFAD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown option &apos;%1&apos;. Run &apos;fotactl imei check --help&apos;.</source>
        <translation>unbekannte Option &apos;%1&apos;. Führen Sie &apos;fotactl imei check --help&apos; aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one FILE only (got &apos;%1&apos; and &apos;%2&apos;).</source>
        <translation>nur eine DATEI (erhalten: &apos;%1&apos; und &apos;%2&apos;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no FILE given. Usage: fotactl imei check FILE [--json] [--valid-out PATH]</source>
        <translation>keine DATEI angegeben. Aufruf: fotactl imei check DATEI [--json] [--valid-out PFAD]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read standard input.</source>
        <translation>Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrote %1 IMEI(s) to %2
</source>
        <translation>%1 IMEI(s) nach %2 geschrieben
</translation>
    </message>
</context>
<context>
    <name>fotactl::licenses</name>
    <message>
        <location filename="../src/app/fotactl/LicenseCommands.cpp" line="+31"/>
        <source>Usage: fotactl licenses [--devices] [options]

The account&apos;s FOTA licenses: subscription, counts, and with --devices
every licensed device (all pages).
  --devices          list the licensed devices too
</source>
        <translation>Aufruf: fotactl licenses [--devices] [Optionen]

Die FOTA-Lizenzen des Kontos: Abonnement, Anzahlen und mit --devices jedes
lizenzierte Gerät (alle Seiten).
  --devices          auch die lizenzierten Geräte auflisten
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the licensed devices.</source>
        <translation>Die lizenzierten Geräte auflisten.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>account           %1
</source>
        <translation>Konto             %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purchase type     %1
</source>
        <translation>Kaufart           %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>licenses          %1 used of %2
</source>
        <translation>Lizenzen          %1 von %2 genutzt
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>license report    %1 assigned of %2
</source>
        <translation>Lizenzbericht     %1 von %2 zugewiesen
</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n licensed device(s)
</source>
        <translation>
            <numerusform>%n lizenziertes Gerät
</numerusform>
            <numerusform>%n lizenzierte Geräte
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account&apos;s FOTA licenses.</source>
        <translation>Die FOTA-Lizenzen des Kontos.</translation>
    </message>
    <message>
        <location filename="../src/app/fotactl/LicenseChangeCommand.cpp" line="+52"/>
        <source>Usage: fotactl licenses assign --file FILE [--csv FILE] [--chunk-size N]
         [--skip-invalid] [--resume] [options]

Assigns a FOTA license to every device of FILE (CSV, TSV or TXT; see
&apos;fotactl imei check&apos;), in chunks of N devices (default 1000), journaled
so that an interrupted run can be completed (&apos;fotactl campaign resume&apos;).
Prints every device&apos;s result and the licenses the account has left
before and after; a device already licensed counts as done.
</source>
        <translation>Aufruf: fotactl licenses assign --file DATEI [--csv DATEI] [--chunk-size N]
         [--skip-invalid] [--resume] [Optionen]

Weist jedem Gerät aus DATEI (CSV, TSV oder TXT; siehe
&apos;fotactl imei check&apos;) eine FOTA-Lizenz zu, in Blöcken von N Geräten (Standard
1000), protokolliert, damit ein unterbrochener Lauf abgeschlossen werden kann
(&apos;fotactl campaign resume&apos;). Gibt das Ergebnis jedes Geräts aus und wie viele
Lizenzen das Konto vorher und nachher übrig hat; ein bereits lizenziertes Gerät
gilt als erledigt.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: fotactl licenses remove --file FILE [--csv FILE] [--chunk-size N]
         [--skip-invalid] [--resume] [options]

Removes the FOTA license of every device of FILE (CSV, TSV or TXT),
in chunks of N devices (default 1000), journaled so that an interrupted
run can be completed (&apos;fotactl campaign resume&apos;). Prints every device&apos;s
result and the licenses the account has left before and after; a
device without a license counts as done.
</source>
        <translation>Aufruf: fotactl licenses remove --file DATEI [--csv DATEI] [--chunk-size N]
         [--skip-invalid] [--resume] [Optionen]

Entfernt die FOTA-Lizenz jedes Geräts aus DATEI (CSV, TSV oder TXT), in
Blöcken von N Geräten (Standard 1000), protokolliert, damit ein unterbrochener
Lauf abgeschlossen werden kann (&apos;fotactl campaign resume&apos;). Gibt das Ergebnis
jedes Geräts aus und wie viele Lizenzen das Konto vorher und nachher übrig hat;
ein Gerät ohne Lizenz gilt als erledigt.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  --file FILE        the device list
  --csv FILE         also write every device&apos;s result as CSV:
                     deviceId,status,reason
  --chunk-size N     devices per request (default 1000)
  --skip-invalid     ignore lines without a valid IMEI
  --resume           complete an interrupted run of the same devices: only
                     its remaining chunks are sent
Exit status: 0 every device done, 1 some devices failed, 2 unusable file or
options, 3 network.
</source>
        <translation>  --file DATEI       die Geräteliste
  --csv DATEI        das Ergebnis jedes Geräts auch als CSV schreiben:
                     deviceId,status,reason
  --chunk-size N     Geräte pro Anfrage (Standard 1000)
  --skip-invalid     Zeilen ohne gültige IMEI ignorieren
  --resume           einen unterbrochenen Lauf mit denselben Geräten abschließen:
                     nur die restlichen Blöcke werden gesendet
Exit-Status: 0 jedes Gerät erledigt, 1 einige Geräte fehlgeschlagen, 2 unbrauchbare
Datei oder Optionen, 3 Netzwerk.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Device list.</source>
        <translation>Geräteliste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every device&apos;s result as CSV.</source>
        <translation>Das Ergebnis jedes Geräts als CSV schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices per request.</source>
        <translation>Geräte pro Anfrage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip invalid lines.</source>
        <translation>Ungültige Zeilen überspringen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume an interrupted run.</source>
        <translation>Einen unterbrochenen Lauf fortsetzen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--file FILE is required: the devices to assign licenses to.</source>
        <translation>--file DATEI ist erforderlich: die Geräte, denen Lizenzen zugewiesen werden sollen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--file FILE is required: the devices whose licenses to remove.</source>
        <translation>--file DATEI ist erforderlich: die Geräte, deren Lizenzen entfernt werden sollen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--chunk-size must be a number from 1 to 10000.</source>
        <translation>--chunk-size muss eine Zahl von 1 bis 10000 sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 The licenses were changed as shown.</source>
        <translation>%1 Die Lizenzen wurden wie angezeigt geändert.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>note: the account has %1 license(s) left for %2 device(s); devices beyond them that have no license yet will be refused.
</source>
        <translation>Hinweis: Das Konto hat noch %1 Lizenz(en) für %2 Gerät(e); darüber hinausgehende Geräte ohne Lizenz werden abgelehnt.
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>note: the licenses left afterwards could not be read: %1
</source>
        <translation>Hinweis: Die danach verbleibenden Lizenzen konnten nicht gelesen werden: %1
</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Assign FOTA licenses to the devices of a file.</source>
        <translation>Den Geräten einer Datei FOTA-Lizenzen zuweisen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the FOTA licenses of the devices of a file.</source>
        <translation>Die FOTA-Lizenzen der Geräte einer Datei entfernen.</translation>
    </message>
    <message>
        <location filename="../src/app/fotactl/LicenseChangeReport.cpp" line="+69"/>
        <source>No definite answer (%1); &apos;fotactl campaign resume&apos; sends it again.</source>
        <translation>Keine eindeutige Antwort (%1); &apos;fotactl campaign resume&apos; sendet es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent: the run was stopped.</source>
        <translation>Nicht gesendet: der Lauf wurde angehalten.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>assigned</source>
        <translation>zugewiesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already licensed</source>
        <translation>bereits lizenziert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>had no license</source>
        <translation>hatte keine Lizenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NO ANSWER</source>
        <translation>KEINE ANTWORT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(%1 of %2 devices shown; --csv FILE or --json lists every device)
</source>
        <translation>(%1 von %2 Geräten angezeigt; --csv DATEI oder --json listet jedes Gerät)
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Licenses assigned to %1 of %2 device(s): %3 newly, %4 already licensed; %5 failed.
</source>
        <translation>Lizenzen für %1 von %2 Gerät(en) zugewiesen: %3 neu, %4 bereits lizenziert; %5 fehlgeschlagen.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licenses removed from %1 of %2 device(s): %3 removed, %4 had none; %5 failed.
</source>
        <translation>Lizenzen von %1 von %2 Gerät(en) entfernt: %3 entfernt, %4 hatten keine; %5 fehlgeschlagen.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Licenses left: %1 before, %2 after (of %3).
</source>
        <translation>Verbleibende Lizenzen: %1 vorher, %2 nachher (von %3).
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licenses left before: %1 (of %2); afterwards unknown.
</source>
        <translation>Verbleibende Lizenzen vorher: %1 (von %2); danach unbekannt.
</translation>
    </message>
</context>
<context>
    <name>fotactl::report</name>
    <message>
        <location filename="../src/app/fotactl/ReportCommands.cpp" line="+50"/>
        <source>Usage: fotactl report campaigns [--status STATUS]... [options]

Lists the campaign history. Without --status: every known status, read
concurrently and merged (a campaign appears once).
  --status STATUS    e.g. CampaignScheduled (repeatable)
</source>
        <translation>Aufruf: fotactl report campaigns [--status STATUS]... [Optionen]

Listet den Kampagnenverlauf. Ohne --status: jeder bekannte Status, parallel
gelesen und zusammengeführt (eine Kampagne erscheint einmal).
  --status STATUS    z. B. CampaignScheduled (wiederholbar)
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaign status.</source>
        <translation>Kampagnenstatus.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+113"/>
        <location line="+28"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+141"/>
        <source>FIRMWARE</source>
        <translation>FIRMWARE</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+141"/>
        <source>START</source>
        <translation>START</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>END</source>
        <translation>ENDE</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n campaign(s)
</source>
        <translation>
            <numerusform>%n Kampagne
</numerusform>
            <numerusform>%n Kampagnen
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: fotactl report devices CAMPAIGN-ID [--csv FILE] [--sequential]
                              [--concurrency N] [options]

The upgrade status of every device of a campaign (all pages), in IMEI
order. The report is read range-parallel: the first page, then the rest
of the IMEI space in ranges read concurrently (checked against the
report&apos;s totalDevice; if the server&apos;s pages do not fit, it is read again
page after page).
  --csv FILE         write deviceId,status,resultReason,updatedTime,
                     recentAttemptTime,nextAttemptTime to FILE (replaced
                     only when the report is complete)
  --sequential       read page after page, as the vendor SDK does
  --concurrency N    requests at once, 1..16 (default 8)
</source>
        <translation>Aufruf: fotactl report devices KAMPAGNEN-ID [--csv DATEI] [--sequential]
                              [--concurrency N] [Optionen]

Der Upgrade-Status jedes Geräts einer Kampagne (alle Seiten), nach IMEI
sortiert. Der Bericht wird in parallelen Bereichen gelesen: die erste Seite,
dann der Rest des IMEI-Raums in gleichzeitig gelesenen Bereichen (geprüft gegen
totalDevice des Berichts; passen die Seiten des Servers nicht, wird er erneut
Seite für Seite gelesen).
  --csv DATEI        deviceId,status,resultReason,updatedTime,
                     recentAttemptTime,nextAttemptTime nach DATEI schreiben
                     (erst ersetzt, wenn der Bericht vollständig ist)
  --sequential       Seite für Seite lesen, wie das SDK des Herstellers
  --concurrency N    gleichzeitige Anfragen, 1..16 (Standard 8)
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CSV file.</source>
        <translation>CSV-Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read page after page.</source>
        <translation>Seite für Seite lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests at once.</source>
        <translation>Gleichzeitige Anfragen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--concurrency takes a number from 1 to 16, got &apos;%1&apos;.</source>
        <translation>--concurrency erwartet eine Zahl von 1 bis 16, erhalten: &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>note: the server&apos;s pages did not fit range-parallel reading (%1); the report was read page after page.
</source>
        <translation>Hinweis: die Seiten des Servers passten nicht zum Lesen in parallelen Bereichen (%1); der Bericht wurde Seite für Seite gelesen.
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>warning: the report says %1 devices but %2 arrived.
</source>
        <translation>Warnung: der Bericht nennt %1 Geräte, aber %2 sind angekommen.
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 device(s) written to %2
</source>
        <translation>%1 Gerät(e) nach %2 geschrieben
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>UPDATED</source>
        <translation>AKTUALISIERT</translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <source>%n device(s)
</source>
        <translation>
            <numerusform>%n Gerät
</numerusform>
            <numerusform>%n Geräte
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: fotactl report device IMEI [options]

One device&apos;s firmware upgrade history.
</source>
        <translation>Aufruf: fotactl report device IMEI [Optionen]

Der Firmware-Upgrade-Verlauf eines Geräts.
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CAMPAIGN</source>
        <translation>KAMPAGNE</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n entr(y/ies)
</source>
        <translation>
            <numerusform>%n Eintrag
</numerusform>
            <numerusform>%n Einträge
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List the campaign history (all statuses by default).</source>
        <translation>Den Kampagnenverlauf auflisten (standardmäßig alle Status).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The status of every device of a campaign.</source>
        <translation>Der Status jedes Geräts einer Kampagne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One device&apos;s upgrade history.</source>
        <translation>Der Upgrade-Verlauf eines Geräts.</translation>
    </message>
</context>
<context>
    <name>fotactl::resume</name>
    <message>
        <location filename="../src/app/fotactl/ResumeCommands.cpp" line="+46"/>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assign licenses</source>
        <translation>Lizenzen zuweisen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove licenses</source>
        <translation>Lizenzen entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sync firmware</source>
        <translation>Firmware synchronisieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 device(s)</source>
        <translation>%1 %2 Gerät(e)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — campaign %1</source>
        <translation> — Kampagne %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (plain path)</source>
        <translation> (einfacher Pfad)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the batch journals cannot be read: %1</source>
        <translation>die Stapel-Journale können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No interrupted batch for account %1.
</source>
        <translation>Kein unterbrochener Stapel für Konto %1.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BATCH</source>
        <translation>STAPEL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHUNKS DONE</source>
        <translation>BLÖCKE FERTIG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DEVICES DONE</source>
        <translation>GERÄTE FERTIG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPDATED</source>
        <translation>AKTUALISIERT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>running (process %1)</source>
        <translation>läuft (Prozess %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: fotactl campaign resume [JOURNAL-ID] [--list] [options]

Completes device batches (&apos;campaign devices add|remove&apos;) that were interrupted by
a crash, a kill, a lost network or a cancel: only the chunks that had not
succeeded are sent; devices already handled count as done, so the campaign ends
with exactly the intended devices. Without JOURNAL-ID every interrupted batch of
the account is resumed, oldest first. Create requests whose outcome was never
seen are looked up first (never sent again). Each batch goes on through the
path it was started with, as its journal records (&apos;--plain-path&apos; batches
through PUT /campaigns/{acc}/{id}).
  --list             show the interrupted batches, send nothing
  --plain-path       for a batch whose journal has no path (older workspace):
                     send through PUT /campaigns/{acc}/{id}; a batch journaled
                     with the firmware path is refused rather than switched
</source>
        <translation>Aufruf: fotactl campaign resume [JOURNAL-ID] [--list] [Optionen]

Schließt Gerätestapel (&apos;campaign devices add|remove&apos;) ab, die durch einen Absturz,
ein Beenden, ein verlorenes Netzwerk oder einen Abbruch unterbrochen wurden: nur
die Blöcke, die nicht erfolgreich waren, werden gesendet; bereits bearbeitete
Geräte zählen als erledigt, sodass die Kampagne genau die beabsichtigten Geräte
enthält. Ohne JOURNAL-ID wird jeder unterbrochene Stapel des Kontos fortgesetzt,
der älteste zuerst. Erstell-Anfragen, deren Ergebnis nie gesehen wurde, werden
zuerst nachgeschlagen (nie erneut gesendet). Jeder Stapel läuft über den Pfad
weiter, mit dem er begonnen wurde, wie sein Journal festhält (&apos;--plain-path&apos;-Stapel
über PUT /campaigns/{acc}/{id}).
  --list             die unterbrochenen Stapel anzeigen, nichts senden
  --plain-path       für einen Stapel, dessen Journal keinen Pfad kennt (älterer
                     Arbeitsbereich): über PUT /campaigns/{acc}/{id} senden; ein mit
                     dem Firmware-Pfad protokollierter Stapel wird abgelehnt statt
                     umgestellt
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>List interrupted batches.</source>
        <translation>Unterbrochene Stapel auflisten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the path without /firmware.</source>
        <translation>Den Pfad ohne /firmware verwenden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>JOURNAL-ID must be a number (see &apos;fotactl campaign resume --list&apos;).</source>
        <translation>JOURNAL-ID muss eine Zahl sein (siehe &apos;fotactl campaign resume --list&apos;).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing to resume: no interrupted batch for account %1.
</source>
        <translation>Nichts fortzusetzen: kein unterbrochener Stapel für Konto %1.
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>batch %1: %2
</source>
        <translation>Stapel %1: %2
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch %1 (%2): %3 of %4 chunks were done, sending %5.
</source>
        <translation>Stapel %1 (%2): %3 von %4 Blöcken waren fertig, sende %5.
</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>chunk %1 (devices %2–%3) failed again: %4
</source>
        <translation>Block %1 (Geräte %2–%3) erneut fehlgeschlagen: %4
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Batch %1 complete: %2 of %3 device(s) done, %4 refused.
</source>
        <translation>Stapel %1 abgeschlossen: %2 von %3 Gerät(en) erledigt, %4 abgelehnt.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch %1 is still incomplete: %2 of %3 chunks done. Run &apos;fotactl campaign resume %1&apos; again.
</source>
        <translation>Stapel %1 ist noch unvollständig: %2 von %3 Blöcken fertig. Führen Sie &apos;fotactl campaign resume %1&apos; erneut aus.
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Complete interrupted device batches (only the remaining chunks).</source>
        <translation>Unterbrochene Gerätestapel abschließen (nur die restlichen Blöcke).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>note: batch %1 for the same devices was interrupted (%2 of %3 chunks done); add --resume to send only the rest. Starting a new batch.
</source>
        <translation>Hinweis: Stapel %1 für dieselben Geräte wurde unterbrochen (%2 von %3 Blöcken fertig); geben Sie --resume an, um nur den Rest zu senden. Ein neuer Stapel wird gestartet.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resuming batch %1: %2 of %3 chunks were done, sending %4.
</source>
        <translation>Setze Stapel %1 fort: %2 von %3 Blöcken waren fertig, sende %4.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>batch %1 cannot be resumed: %2
</source>
        <translation>Stapel %1 kann nicht fortgesetzt werden: %2
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to resume for these devices: starting a new batch.
</source>
        <translation>Für diese Geräte gibt es nichts fortzusetzen: ein neuer Stapel wird gestartet.
</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no workspace is open</source>
        <translation>es ist kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing was sent: %1. A change is sent only once the workspace has recorded it (the record prevents a duplicate and lets an interrupted run be resumed). Free space on the disk or make the workspace writable, then run the command again.</source>
        <translation>es wurde nichts gesendet: %1. Eine Änderung wird erst gesendet, wenn der Arbeitsbereich sie festgehalten hat (der Eintrag verhindert ein Duplikat und erlaubt es, einen unterbrochenen Lauf fortzusetzen). Geben Sie Speicherplatz auf dem Datenträger frei oder machen Sie den Arbeitsbereich beschreibbar und führen Sie den Befehl dann erneut aus.</translation>
    </message>
</context>
<context>
    <name>fotactl::verify</name>
    <message>
        <location filename="../src/app/fotactl/VerifyCommand.cpp" line="+59"/>
        <source>note: the report was read page after page (%1).
</source>
        <translation>Hinweis: Der Bericht wurde Seite für Seite gelesen (%1).
</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Campaign %1: %n successful device(s) checked against firmware %2
</source>
        <translation>
            <numerusform>Kampagne %1: %n erfolgreiches Gerät mit Firmware %2 abgeglichen
</numerusform>
            <numerusform>Kampagne %1: %n erfolgreiche Geräte mit Firmware %2 abgeglichen
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DEVICES</source>
        <translation>GERÄTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>FIRMWARE CHECK</source>
        <translation>FIRMWARE-PRÜFUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>  ... and %n more (see --csv or --json)
</source>
        <translation>
            <numerusform>  ... und %n weiteres (siehe --csv oder --json)
</numerusform>
            <numerusform>  ... und %n weitere (siehe --csv oder --json)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Result: all %n device(s) run %1.
</source>
        <translation>
            <numerusform>Ergebnis: Das %n Gerät läuft mit %1.
</numerusform>
            <numerusform>Ergebnis: Alle %n Geräte laufen mit %1.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result: %1 of %2 devices are not verified to run %3.
</source>
        <translation>Ergebnis: Für %1 von %2 Geräten ist nicht bestätigt, dass sie %3 ausführen.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: fotactl campaign verify CAMPAIGN-ID [--csv FILE] [options]

Verifies the upgrade: every device the campaign&apos;s report calls successful
is asked which firmware it runs (PUT /firmware/{acc}/devices, 100 devices a
request, journaled), and is &apos;verified&apos; (it runs the campaign&apos;s firmwareTo),
a &apos;mismatch&apos; (it runs another version) or &apos;not-reported&apos; (it did not say).
Exit status 0 when every device is verified, 1 when some are not, 3 on a
network failure.
  --csv FILE         write deviceId,firmwareCheck,reportedFirmware,reason
                     to FILE
</source>
        <translation>Aufruf: fotactl campaign verify KAMPAGNEN-ID [--csv DATEI] [Optionen]

Prüft das Upgrade: Jedes Gerät, das der Bericht der Kampagne als erfolgreich
führt, wird nach seiner Firmware gefragt (PUT /firmware/{acc}/devices, 100
Geräte je Anfrage, protokolliert) und ist &apos;verified&apos; (es läuft mit firmwareTo
der Kampagne), &apos;mismatch&apos; (es läuft mit einer anderen Version) oder
&apos;not-reported&apos; (es hat nicht geantwortet).
Exit-Status 0, wenn jedes Gerät bestätigt ist, 1, wenn einige es nicht sind,
3 bei einem Netzwerkfehler.
  --csv DATEI        deviceId,firmwareCheck,reportedFirmware,reason in DATEI
                     schreiben
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CSV file.</source>
        <translation>CSV-Datei.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>note: no device of campaign %1 has succeeded yet; nothing to verify.
</source>
        <translation>Hinweis: Noch kein Gerät der Kampagne %1 war erfolgreich; nichts zu prüfen.
</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>note: not journaled: %1
</source>
        <translation>Hinweis: nicht protokolliert: %1
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verify that a campaign&apos;s successful devices run its firmware.</source>
        <translation>Prüfen, ob die erfolgreichen Geräte einer Kampagne deren Firmware ausführen.</translation>
    </message>
</context>
<context>
    <name>fotadesk::AboutDialog</name>
    <message>
        <location filename="../src/gui/shell/AboutDialog.cpp" line="+30"/>
        <source>About FotaDesk</source>
        <translation>Über FotaDesk</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Schedule, change and watch firmware-over-the-air campaigns on ThingSpace (FOTA v3).</source>
        <translation>Firmware-Over-the-Air-Kampagnen auf ThingSpace (FOTA v3) planen, ändern und beobachten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (erstellt mit Qt %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Environment: %1 — %2</source>
        <translation>Umgebung: %1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data and logs: %1</source>
        <translation>Daten und Protokolle: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright © %1</source>
        <translation>Copyright © %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FotaDesk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1).</source>
        <translation>FotaDesk ist freie Software: Sie können sie unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (%1), weitergeben und/oder verändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It comes with NO WARRANTY, to the extent permitted by law.</source>
        <translation>Sie wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt, soweit gesetzlich zulässig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses Qt (LGPL 3; Qt Charts under GPL 3), QtKeychain (BSD 3-clause) and SQLite (public domain): see Third-party notices.</source>
        <translation>Verwendet Qt (LGPL 3; Qt Charts unter GPL 3), QtKeychain (BSD 3-clause) und SQLite (gemeinfrei): siehe Hinweise zu Drittanbietern.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;License…</source>
        <translation>&amp;Lizenz…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GNU General Public License</source>
        <translation>GNU General Public License</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Third-party notices…</source>
        <translation>&amp;Hinweise zu Drittanbietern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Third-party notices</source>
        <translation>Hinweise zu Drittanbietern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>FotaDesk %1 — Qt %2 (built with %3)</source>
        <translation>FotaDesk %1 — Qt %2 (erstellt mit %3)</translation>
    </message>
</context>
<context>
    <name>fotadesk::AccountDeviceModel</name>
    <message>
        <location filename="../src/models/AccountDeviceModel.cpp" line="+166"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (MDN %2)</source>
        <translation>%1 (MDN %2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>When the device last reported to the server. The inventory states no other connection time.</source>
        <translation>Wann sich das Gerät zuletzt beim Server gemeldet hat. Das Inventar nennt keine andere Verbindungszeit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FOTA-eligible</source>
        <translation>FOTA-fähig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licensed</source>
        <translation>Lizenziert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last connection</source>
        <translation>Letzte Verbindung</translation>
    </message>
</context>
<context>
    <name>fotadesk::AccountDevicesPage</name>
    <message>
        <location filename="../src/gui/inventory/AccountDevicesPage.cpp" line="+138"/>
        <location line="+295"/>
        <source>A new draft</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <location line="-268"/>
        <location line="+4"/>
        <location line="+30"/>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The account&apos;s devices could not be read completely; the table shows those read before the error.</source>
        <translation>Die Geräte des Kontos konnten nicht vollständig gelesen werden; die Tabelle zeigt die vor dem Fehler gelesenen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account&apos;s devices could not be read.</source>
        <translation>Die Geräte des Kontos konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not loaded yet</source>
        <translation>Noch nicht geladen</translation>
    </message>
    <message numerus="yes">
        <location line="-63"/>
        <source>Loading stopped: the table shows the %Ln device(s) read so far.</source>
        <translation>
            <numerusform>Laden angehalten: Die Tabelle zeigt das bisher gelesene %Ln Gerät.</numerusform>
            <numerusform>Laden angehalten: Die Tabelle zeigt die bisher gelesenen %Ln Geräte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Loading… %Ln device(s) (%1)</source>
        <translation>
            <numerusform>Laden… %Ln Gerät (%1)</numerusform>
            <numerusform>Laden… %Ln Geräte (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln device(s) in the account (%1)</source>
        <translation>
            <numerusform>%Ln Gerät im Konto (%1)</numerusform>
            <numerusform>%Ln Geräte im Konto (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 of %Ln device(s) shown</source>
        <translation>
            <numerusform>%1 von %Ln Gerät angezeigt</numerusform>
            <numerusform>%1 von %Ln Geräten angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New campai&amp;gn from %1 selected</source>
        <translation>Neue Kampa&amp;gne: %1 ausgewählte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the New campaign form with the selected devices in its device list</source>
        <translation>Das Formular für neue Kampagne mit den ausgewählten Geräten in seiner Geräteliste öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add %1 &amp;selected to draft:</source>
        <translation>%1 ausgewählte &amp;zum Entwurf:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New campai&amp;gn from all %1 shown</source>
        <translation>Neue Kampa&amp;gne: alle %1 angezeigten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is selected: the New campaign form gets every device the table shows</source>
        <translation>Nichts ist ausgewählt: das Formular für neue Kampagne erhält jedes Gerät, das die Tabelle anzeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add all %1 &amp;shown to draft:</source>
        <translation>Alle %1 angezeigten &amp;zum Entwurf:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Append these devices to the create-form draft chosen beside (a new one, or one of the Drafts page); devices already in it are not added twice</source>
        <translation>Diese Geräte an den daneben gewählten Entwurf des Anlegeformulars anhängen (einen neuen oder einen der Seite Entwürfe); Geräte, die schon darin sind, werden nicht doppelt hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no local workspace: drafts cannot be kept</source>
        <translation>Es gibt keinen lokalen Arbeitsbereich: Entwürfe können nicht aufbewahrt werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>make %1</source>
        <translation>Hersteller %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>firmware %1</source>
        <translation>Firmware %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol %1</source>
        <translation>Protokoll %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>filtered</source>
        <translation>gefiltert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account devices: %1</source>
        <translation>Geräte des Kontos: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Untitled campaign</source>
        <translation>Unbenannte Kampagne</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%Ln device(s))</source>
        <translation>
            <numerusform>%1 (%Ln Gerät)</numerusform>
            <numerusform>%1 (%Ln Geräte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%Ln device(s) added to the draft “%1” (now %2 in all). Reopen it on the Drafts page.</source>
        <translation>
            <numerusform>%Ln Gerät zum Entwurf „%1“ hinzugefügt (jetzt %2 insgesamt). Öffnen Sie ihn auf der Seite Entwürfe.</numerusform>
            <numerusform>%Ln Geräte zum Entwurf „%1“ hinzugefügt (jetzt %2 insgesamt). Öffnen Sie ihn auf der Seite Entwürfe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln of them were in it already.</source>
        <translation>
            <numerusform>%Ln davon war bereits darin.</numerusform>
            <numerusform>%Ln davon waren bereits darin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln device(s) written to %1.</source>
        <translation>
            <numerusform>%Ln Gerät in %1 geschrieben.</numerusform>
            <numerusform>%Ln Geräte in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Re&amp;try</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the account&apos;s devices again</source>
        <translation>Die Geräte des Kontos erneut lesen</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The draft could not be read; it may have been discarded. Choose another one.</source>
        <translation>Der Entwurf konnte nicht gelesen werden; möglicherweise wurde er verworfen. Wählen Sie einen anderen.</translation>
    </message>
    <message numerus="yes">
        <location line="-52"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln ausgewählt</numerusform>
            <numerusform>%Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The draft could not be saved in the workspace.</source>
        <translation>Der Entwurf konnte nicht im Arbeitsbereich gespeichert werden.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Export the devices shown</source>
        <translation>Die angezeigten Geräte exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>fotadesk::AccountPage</name>
    <message>
        <location filename="../src/gui/account/AccountPage.cpp" line="+60"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 used of %2 (%3 free)</source>
        <translation>%1 von %2 verwendet (%3 frei)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the subscription</source>
        <translation>Abonnement lesen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the callback URL</source>
        <translation>Callback-URL lesen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the URL of your server first, e.g. https://hooks.example.com/fota.</source>
        <translation>Geben Sie zuerst die URL Ihres Servers ein, z. B. https://hooks.example.com/fota.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not an absolute http or https URL: write it whole, for example https://hooks.example.com/fota.</source>
        <translation>„%1“ ist keine absolute http- oder https-URL: Schreiben Sie sie vollständig, zum Beispiel https://hooks.example.com/fota.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The callback URL must not contain a user name or password (&apos;%1@&apos;): the service would store them in clear.</source>
        <translation>Die Callback-URL darf weder Benutzernamen noch Passwort enthalten („%1@“): Der Dienst würde sie im Klartext speichern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registering %1…</source>
        <translation>%1 wird registriert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registered. ThingSpace now POSTs status changes to %1.</source>
        <translation>Registriert. ThingSpace sendet Statusänderungen jetzt per POST an %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registering the callback URL</source>
        <translation>Callback-URL registrieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the callback URL</source>
        <translation>Callback-URL löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ThingSpace will stop POSTing status changes to %1.</source>
        <translation>ThingSpace sendet dann keine Statusänderungen mehr an %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete callback URL</source>
        <translation>Callback-URL löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted: nothing is POSTed to %1 any more.</source>
        <translation>Gelöscht: An %1 wird nichts mehr gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleting the callback URL</source>
        <translation>Callback-URL löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No callback URL is registered.</source>
        <translation>Es ist keine Callback-URL registriert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered: %1</source>
        <translation>Registriert: %1</translation>
    </message>
</context>
<context>
    <name>fotadesk::ActivityLogPage</name>
    <message>
        <location filename="../src/gui/activitylog/ActivityLogPage.cpp" line="+57"/>
        <source>Search summary, result, error, campaign…</source>
        <translation>Zusammenfassung, Ergebnis, Fehler, Kampagne suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All operations</source>
        <translation>Alle Vorgänge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Selected entry</source>
        <translation>Gewählter Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an entry to see all it recorded.</source>
        <translation>Wählen Sie einen Eintrag, um alles zu sehen, was er festhält.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The newest %1 entries (narrow the filter for older ones).</source>
        <translation>Die neuesten %1 Einträge (Filter eingrenzen für ältere).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the activity log</source>
        <translation>Das Aktivitätsprotokoll exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>fotadesk::ActivityModel</name>
    <message>
        <location filename="../src/gui/notifications/ActivityModel.cpp" line="+82"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>fotadesk::ActivityPanel</name>
    <message>
        <location filename="../src/gui/notifications/ActivityPanel.cpp" line="+45"/>
        <source>No campaign is watched. Tick &quot;Watch&quot; on a campaign&apos;s device status tab (or use the overview&apos;s context menu) to be notified when its status changes.</source>
        <translation>Keine Kampagne wird beobachtet. Setzen Sie auf der Registerkarte Gerätestatus einer Kampagne das Häkchen bei „Beobachten“ (oder nutzen Sie das Kontextmenü der Übersicht), um bei Statusänderungen benachrichtigt zu werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Watching %Ln campaign(s): %1</source>
        <translation>
            <numerusform>Beobachte %Ln Kampagne: %1</numerusform>
            <numerusform>Beobachte %Ln Kampagnen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::AddPreflight</name>
    <message>
        <location filename="../src/gui/devices/AddPreflight.cpp" line="+27"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Zurück zur Liste</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Checking the devices against the account&apos;s inventory…</source>
        <translation>Geräte werden gegen den Bestand des Kontos geprüft…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Every device will be accepted.</source>
        <translation>Jedes Gerät wird angenommen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln device(s) would be refused by the service: keep only the accepted devices (the others are kept as a draft), assign licenses, or go back to the list.</source>
        <translation>
            <numerusform>%Ln Gerät würde vom Dienst abgelehnt: nur die angenommenen Geräte behalten (das andere wird als Entwurf aufbewahrt), Lizenzen zuweisen oder zurück zur Liste.</numerusform>
            <numerusform>%Ln Geräte würden vom Dienst abgelehnt: nur die angenommenen Geräte behalten (die übrigen werden als Entwurf aufbewahrt), Lizenzen zuweisen oder zurück zur Liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>&amp;Add %Ln device(s)</source>
        <translation>
            <numerusform>%Ln Gerät h&amp;inzufügen</numerusform>
            <numerusform>%Ln Geräte h&amp;inzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The devices could not be checked: see below.</source>
        <translation>Die Geräte konnten nicht geprüft werden: siehe unten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add devices — %1 — refused by the check</source>
        <translation>Geräte hinzufügen — %1 — von der Prüfung abgelehnt</translation>
    </message>
</context>
<context>
    <name>fotadesk::ApiError</name>
    <message>
        <location filename="../src/api/ApiError.cpp" line="+47"/>
        <source>(no error message)</source>
        <translation>(keine Fehlermeldung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The FOTA service refused the request: %1 — %2 Correct what it names and send the request again.</source>
        <translation>Der FOTA-Dienst hat die Anfrage abgelehnt: %1 — %2 Korrigieren Sie, was er nennt, und senden Sie die Anfrage erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no error code)</source>
        <translation>(kein Fehlercode)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The FOTA service did not accept the sign-in (HTTP 401), even after renewing the token. Check the client id/secret and the user name/password of this environment.</source>
        <translation>Der FOTA-Dienst hat die Anmeldung nicht akzeptiert (HTTP 401), auch nicht nach Erneuerung des Tokens. Prüfen Sie Client-ID/-Secret sowie Benutzername/Passwort dieser Umgebung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The FOTA service denied access (HTTP 403). Check that the account name is right and that these credentials may use FOTA for it.</source>
        <translation>Der FOTA-Dienst hat den Zugriff verweigert (HTTP 403). Prüfen Sie, ob der Kontoname stimmt und ob diese Zugangsdaten FOTA dafür nutzen dürfen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The FOTA service does not know this resource (HTTP 404). Check the account name, the campaign id or device id, and the base URL.</source>
        <translation>Der FOTA-Dienst kennt diese Ressource nicht (HTTP 404). Prüfen Sie den Kontonamen, die Kampagnen- oder Geräte-ID und die Basis-URL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The FOTA service is limiting the request rate (HTTP 429). Wait a moment and try again.</source>
        <translation>Der FOTA-Dienst begrenzt die Anfragerate (HTTP 429). Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The FOTA service is temporarily unavailable (HTTP %1). Try again in a few minutes.</source>
        <translation>Der FOTA-Dienst ist vorübergehend nicht verfügbar (HTTP %1). Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The FOTA service failed with an internal error (HTTP %1). Try again later; if it keeps failing, report it to Verizon support with the time of the request.</source>
        <translation>Der FOTA-Dienst ist mit einem internen Fehler gescheitert (HTTP %1). Versuchen Sie es später erneut; wenn es weiterhin fehlschlägt, melden Sie es dem Verizon-Support mit der Uhrzeit der Anfrage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The FOTA service answered HTTP %1, which this client does not expect for this request.</source>
        <translation>Der FOTA-Dienst hat mit HTTP %1 geantwortet, was dieser Client für diese Anfrage nicht erwartet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The host %1 could not be found. Check the base URL and your DNS, VPN or proxy settings.</source>
        <translation>Der Host %1 wurde nicht gefunden. Prüfen Sie die Basis-URL und Ihre DNS-, VPN- oder Proxy-Einstellungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to %1 was refused. Check the base URL and port, and that the service (or fotasim) is running.</source>
        <translation>Die Verbindung zu %1 wurde abgelehnt. Prüfen Sie Basis-URL und Port und ob der Dienst (oder fotasim) läuft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The request to %1 could not be sent (%2). Check the base URL.</source>
        <translation>Die Anfrage an %1 konnte nicht gesendet werden (%2). Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 failed (%2). Check your network connection and try again.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen (%2). Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No answer from %1 within %2 s. The connection or the service is slow: try again, or raise the request timeout.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 s. Die Verbindung oder der Dienst ist langsam: versuchen Sie es erneut oder erhöhen Sie das Zeitlimit für Anfragen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The answer of %1 to %2 did not end within the overall limit of %3 s for one request; the request was stopped. The connection or the service is too slow: try again later, or raise the overall limit.</source>
        <translation>Die Antwort von %1 auf %2 endete nicht innerhalb der Gesamtgrenze von %3 s für eine Anfrage; die Anfrage wurde abgebrochen. Die Verbindung oder der Dienst ist zu langsam: Versuchen Sie es später erneut oder erhöhen Sie die Gesamtgrenze.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>announced %1, limit %2</source>
        <translation>%1 angekündigt, Grenze %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 arrived, limit %2</source>
        <translation>%1 eingetroffen, Grenze %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer to %1 announced %2, more than the limit of %3 for %4; it was not read. The service is misbehaving: report this with the log.</source>
        <translation>Die Antwort auf %1 kündigte %2 an, mehr als die Grenze von %3 für %4; sie wurde nicht gelesen. Der Dienst verhält sich fehlerhaft: Melden Sie dies mit dem Protokoll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer to %1 passed the limit of %2 for %3: %4 arrived before reading stopped. The service is misbehaving: report this with the log.</source>
        <translation>Die Antwort auf %1 überschritt die Grenze von %2 für %3: %4 trafen ein, bevor das Lesen beendet wurde. Der Dienst verhält sich fehlerhaft: Melden Sie dies mit dem Protokoll.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The certificate of %1 could not be trusted: %2. The connection was not used. If your organisation inspects TLS with its own certificate authority, add that CA as the environment&apos;s extra CA file; otherwise do not continue on this network.</source>
        <translation>Dem Zertifikat von %1 konnte nicht vertraut werden: %2. Die Verbindung wurde nicht verwendet. Wenn Ihre Organisation TLS mit einer eigenen Zertifizierungsstelle prüft, fügen Sie diese CA als zusätzliche CA-Datei der Umgebung hinzu; andernfalls fahren Sie in diesem Netzwerk nicht fort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLS is not set up correctly: %1</source>
        <translation>TLS ist nicht richtig eingerichtet: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The FOTA service&apos;s answer does not match the FOTA v3 contract (%1). The service may have changed: report this with the log; retrying will not help.</source>
        <translation>Die Antwort des FOTA-Dienstes entspricht nicht dem FOTA-v3-Vertrag (%1). Der Dienst hat sich möglicherweise geändert: melden Sie dies mit dem Protokoll; ein erneuter Versuch hilft nicht.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Check the base URL and the network, then try again.</source>
        <translation>Prüfen Sie die Basis-URL und das Netzwerk und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the credentials of this environment (client id and secret for the token, user name and password for the session).</source>
        <translation>Prüfen Sie die Zugangsdaten dieser Umgebung (Client-ID und -Secret für das Token, Benutzername und Passwort für die Sitzung).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in failed at the %1 step: %2 %3</source>
        <translation>Die Anmeldung ist beim Schritt %1 fehlgeschlagen: %2 %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign-in failed at the session login step: the service did not accept the user name or password. Check the credentials of this environment (user name and password for the session).</source>
        <translation>Die Anmeldung ist beim Schritt Sitzungsanmeldung fehlgeschlagen: Der Dienst hat den Benutzernamen oder das Passwort nicht akzeptiert. Prüfen Sie die Zugangsdaten dieser Umgebung (Benutzername und Passwort für die Sitzung).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The request was sent but its answer was lost (%1). It may or may not have taken effect: do not send it again. Look the result up first (for a new campaign: reconcile, which searches the campaign history by name, firmware and dates).</source>
        <translation>Die Anfrage wurde gesendet, aber ihre Antwort ging verloren (%1). Sie hat möglicherweise gewirkt oder auch nicht: senden Sie sie nicht erneut. Prüfen Sie zuerst das Ergebnis (bei einer neuen Kampagne: abgleichen, was den Kampagnenverlauf nach Name, Firmware und Daten durchsucht).</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The service asked to come back at %1 (in %Ln minute(s)), later than this client waits: try again after that time.</source>
        <translation>
            <numerusform>Der Dienst hat darum gebeten, es um %1 erneut zu versuchen (in %Ln Minute), später als dieser Client wartet: Versuchen Sie es nach diesem Zeitpunkt erneut.</numerusform>
            <numerusform>Der Dienst hat darum gebeten, es um %1 erneut zu versuchen (in %Ln Minuten), später als dieser Client wartet: Versuchen Sie es nach diesem Zeitpunkt erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::AuditHook</name>
    <message>
        <location filename="../src/workflow/AuditHook.cpp" line="+41"/>
        <source>any hour</source>
        <translation>jede Stunde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(an invalid URL)</source>
        <translation>(eine ungültige URL)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Create a campaign</source>
        <translation>Eine Kampagne erstellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the dates of campaign %1</source>
        <translation>Die Daten der Kampagne %1 ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the dates of campaign %1 to %2 – %3, windows %4</source>
        <translation>Die Daten der Kampagne %1 ändern auf %2 – %3, Fenster %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel campaign %1</source>
        <translation>Kampagne %1 abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>Create campaign “%1”: firmware %2 %3 → %4, %5, %6 to %7, windows %8, %Ln device(s)%9, auto-assign licenses %10, auto-add devices %11</source>
        <translation>
            <numerusform>Kampagne „%1“ erstellen: Firmware %2 %3 → %4, %5, %6 bis %7, Fenster %8, %Ln Gerät%9, Lizenzen automatisch zuweisen %10, Geräte automatisch hinzufügen %11</numerusform>
            <numerusform>Kampagne „%1“ erstellen: Firmware %2 %3 → %4, %5, %6 bis %7, Fenster %8, %Ln Geräte%9, Lizenzen automatisch zuweisen %10, Geräte automatisch hinzufügen %11</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Add %Ln device(s) to campaign %1%2</source>
        <translation>
            <numerusform>%Ln Gerät zu Kampagne %1 hinzufügen%2</numerusform>
            <numerusform>%Ln Geräte zu Kampagne %1 hinzufügen%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove %Ln device(s) from campaign %1%2</source>
        <translation>
            <numerusform>%Ln Gerät aus Kampagne %1 entfernen%2</numerusform>
            <numerusform>%Ln Geräte aus Kampagne %1 entfernen%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Assign FOTA licenses to %Ln device(s)%1</source>
        <translation>
            <numerusform>FOTA-Lizenzen %Ln Gerät zuweisen%1</numerusform>
            <numerusform>FOTA-Lizenzen %Ln Geräten zuweisen%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove FOTA licenses from %Ln device(s)%1</source>
        <translation>
            <numerusform>FOTA-Lizenzen von %Ln Gerät entfernen%1</numerusform>
            <numerusform>FOTA-Lizenzen von %Ln Geräten entfernen%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the callback URL %1</source>
        <translation>Die Callback-URL %1 registrieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the callback URL</source>
        <translation>Die Callback-URL löschen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This change was not sent: it could not be recorded in the workspace first (%1). Nothing is sent that the workspace cannot record. Free space on the disk or make the workspace writable, then try again.</source>
        <translation>Diese Änderung wurde nicht gesendet: sie konnte nicht zuerst im Arbeitsbereich festgehalten werden (%1). Nichts wird gesendet, was der Arbeitsbereich nicht festhalten kann. Geben Sie Speicherplatz auf der Festplatte frei oder machen Sie den Arbeitsbereich beschreibbar und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 of %2 devices %3</source>
        <translation>%1 von %2 Geräten %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 not: first %2</source>
        <translation>; %1 nicht: zuerst %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not in the answer)</source>
        <translation>(nicht in der Antwort)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Campaign %1 created (%2)</source>
        <translation>Kampagne %1 erstellt (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>licensed</source>
        <translation>lizenziert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unlicensed</source>
        <translation>Lizenz entzogen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dates now %1 – %2 (%3)</source>
        <translation>Daten jetzt %1 – %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The service answered success = false</source>
        <translation>Der Dienst hat success = false geantwortet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Callback registered</source>
        <translation>Callback registriert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Callback deleted</source>
        <translation>Callback gelöscht</translation>
    </message>
</context>
<context>
    <name>fotadesk::AuditLog</name>
    <message>
        <location filename="../src/store/AuditLog.cpp" line="+274"/>
        <source>The program ended before the answer arrived: the change may or may not have been made. Check the campaign (a journaled device batch can be resumed).</source>
        <translation>Das Programm wurde beendet, bevor die Antwort eintraf: die Änderung wurde möglicherweise vorgenommen oder auch nicht. Prüfen Sie die Kampagne (ein protokollierter Gerätestapel kann fortgesetzt werden).</translation>
    </message>
</context>
<context>
    <name>fotadesk::AuditLogModel</name>
    <message>
        <location filename="../src/gui/activitylog/AuditLogModel.cpp" line="+58"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly done</source>
        <translation>Teilweise erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown — may or may not have happened</source>
        <translation>Unbekannt — vielleicht geschehen, vielleicht nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create campaign</source>
        <translation>Kampagne anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add devices</source>
        <translation>Geräte hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove devices</source>
        <translation>Geräte entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change dates</source>
        <translation>Zeitplan ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel campaign</source>
        <translation>Kampagne abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign licenses</source>
        <translation>Lizenzen zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove licenses</source>
        <translation>Lizenzen entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register callback</source>
        <translation>Callback registrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete callback</source>
        <translation>Callback löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollout step</source>
        <translation>Rollout-Schritt</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Started %1; finished %2</source>
        <translation>Begonnen %1; beendet %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not (yet)</source>
        <translation>(noch) nicht</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result / error</source>
        <translation>Ergebnis / Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
</context>
<context>
    <name>fotadesk::Authenticator</name>
    <message>
        <location filename="../src/api/Authenticator.cpp" line="+96"/>
        <source>No credentials are set for this environment.</source>
        <translation>Für diese Umgebung sind keine Zugangsdaten gesetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot sign in: %1 Provide the client id, client secret, user name and password of the ThingSpace account.</source>
        <translation>Anmeldung nicht möglich: %1 Geben Sie Client-ID, Client-Secret, Benutzername und Passwort des ThingSpace-Kontos an.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>session login</source>
        <translation>Sitzungsanmeldung</translation>
    </message>
</context>
<context>
    <name>fotadesk::AutosaveController</name>
    <message>
        <location filename="../src/store/AutosaveController.cpp" line="+87"/>
        <source>The draft could not be saved in the workspace (see the log); your input is still in the form.</source>
        <translation>Der Entwurf konnte nicht im Arbeitsbereich gespeichert werden (siehe Protokoll); Ihre Eingaben sind noch im Formular.</translation>
    </message>
</context>
<context>
    <name>fotadesk::BatchJournal</name>
    <message>
        <location filename="../src/store/BatchJournal.cpp" line="+279"/>
        <source>batch %1 has no chunk %2</source>
        <translation>Stapel %1 hat keinen Block %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is no batch journal %1.</source>
        <translation>Es gibt kein Stapel-Journal %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch %1 is complete: every chunk succeeded.</source>
        <translation>Stapel %1 ist abgeschlossen: jeder Block war erfolgreich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch %1 was abandoned.</source>
        <translation>Stapel %1 wurde aufgegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch %1 is being run by another program (process %2). Wait for it to end, or end it, then resume.</source>
        <translation>Stapel %1 wird von einem anderen Programm ausgeführt (Prozess %2). Warten Sie, bis es endet, oder beenden Sie es, und setzen Sie dann fort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch %1 cannot be resumed while %2; nothing was sent.</source>
        <translation>Stapel %1 kann nicht fortgesetzt werden, solange %2; nichts wurde gesendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Batch %1 cannot be resumed: its journal cannot be written (%2); nothing was sent.</source>
        <translation>Stapel %1 kann nicht fortgesetzt werden: sein Journal kann nicht geschrieben werden (%2); nichts wurde gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch %1 was just taken over by another program.</source>
        <translation>Stapel %1 wurde gerade von einem anderen Programm übernommen.</translation>
    </message>
</context>
<context>
    <name>fotadesk::BatchRunner</name>
    <message>
        <location filename="../src/workflow/BatchRunner.cpp" line="+65"/>
        <source>The batch could not be journaled in the workspace (%1), so nothing was sent: a batch that could not be resumed is not started. Free space on the disk or make the workspace writable, then try again.</source>
        <translation>Der Stapel konnte nicht im Arbeitsbereich protokolliert werden (%1), daher wurde nichts gesendet: ein Stapel, der nicht fortgesetzt werden könnte, wird nicht gestartet. Geben Sie Speicherplatz auf der Festplatte frei oder machen Sie den Arbeitsbereich beschreibbar und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no workspace to resume a batch from.</source>
        <translation>Es gibt keinen Arbeitsbereich, aus dem ein Stapel fortgesetzt werden kann.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no readable batch journal %1.</source>
        <translation>Es gibt kein lesbares Stapel-Journal %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batch %1 belongs to account %2 (%3 profile); connect to that account to resume it.</source>
        <translation>Stapel %1 gehört zu Konto %2 (Profil %3); verbinden Sie sich mit diesem Konto, um ihn fortzusetzen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Batch %1 was sent through %2; its remaining chunks go the same way, not through %3. Resume it without choosing a path.</source>
        <translation>Stapel %1 wurde über %2 gesendet; seine restlichen Blöcke gehen denselben Weg, nicht über %3. Setzen Sie ihn fort, ohne einen Pfad zu wählen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>Batch %1&apos;s chunk plan does not match its journal.</source>
        <translation>Der Blockplan von Stapel %1 passt nicht zu seinem Journal.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The batch journal could not be written (%1), so the batch was stopped: %2 of %3 device(s) were sent, the other %4 were not. Once the workspace can be written again (free space on the disk), resume batch %5 (&apos;fotactl campaign resume %5&apos;, or restart FotaDesk) to send the rest; devices already handled count as done.</source>
        <translation>Das Stapel-Journal konnte nicht geschrieben werden (%1), daher wurde der Stapel gestoppt: %2 von %3 Gerät(en) wurden gesendet, die anderen %4 nicht. Sobald der Arbeitsbereich wieder beschrieben werden kann (Speicherplatz auf der Festplatte freigeben), setzen Sie Stapel %5 fort (&apos;fotactl campaign resume %5&apos; oder FotaDesk neu starten), um den Rest zu senden; bereits bearbeitete Geräte zählen als erledigt.</translation>
    </message>
</context>
<context>
    <name>fotadesk::BodyLimit</name>
    <message>
        <location filename="../src/api/BodyLimit.cpp" line="+23"/>
        <source>an answer</source>
        <translation>eine Antwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a report page</source>
        <translation>eine Berichtsseite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a firmware list</source>
        <translation>eine Firmwareliste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an error answer</source>
        <translation>eine Fehlerantwort</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MiB (%2 bytes)</source>
        <translation>%1 MiB (%2 Byte)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 KiB (%2 bytes)</source>
        <translation>%1 KiB (%2 Byte)</translation>
    </message>
</context>
<context>
    <name>fotadesk::CampaignDetailPage</name>
    <message>
        <location filename="../src/gui/campaign/CampaignDetailPage.cpp" line="+18"/>
        <location line="+105"/>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Loading…</source>
        <translation>Lade…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loaded %1</source>
        <translation>Geladen %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The campaign %1 could not be loaded.</source>
        <translation>Die Kampagne %1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The device list draft is kept on the Drafts page; reopen it from there once the campaign loads.</source>
        <translation>Der Entwurf der Geräteliste bleibt auf der Seite Entwürfe; öffnen Sie ihn von dort erneut, sobald die Kampagne geladen ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load the campaign again</source>
        <translation>Die Kampagne neu laden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>any hour</source>
        <translation>jede Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, on %3)</source>
        <translation>%1 (%2, auf %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes — devices without a FOTA license get one automatically</source>
        <translation>Ja — Geräte ohne FOTA-Lizenz erhalten automatisch eine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No — devices without a FOTA license are refused</source>
        <translation>Nein — Geräte ohne FOTA-Lizenz werden abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes — devices of the same make, model, firmware and protocol join while it runs</source>
        <translation>Ja — Geräte mit demselben Hersteller, Modell, derselben Firmware und demselben Protokoll treten während der Laufzeit bei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No — only the listed devices take part</source>
        <translation>Nein — nur die aufgeführten Geräte nehmen teil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wait until the campaign has loaded.</source>
        <translation>Warten Sie, bis die Kampagne geladen ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign is not loaded: use Reload.</source>
        <translation>Die Kampagne ist nicht geladen: verwenden Sie „Neu laden“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish the open dialog or running action first.</source>
        <translation>Schließen Sie zuerst den offenen Dialog oder beenden Sie die laufende Aktion.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the start and end date and the time windows</source>
        <translation>Start- und Enddatum sowie die Zeitfenster ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign is %1: its dates and windows can no longer change.</source>
        <translation>Die Kampagne ist %1: ihre Daten und Fenster können sich nicht mehr ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The campaign is %1: devices can only be added or removed before it is scheduled.</source>
        <translation>Die Kampagne ist %1: Geräte können nur hinzugefügt oder entfernt werden, bevor sie geplant ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add devices to this campaign</source>
        <translation>Geräte zu dieser Kampagne hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove devices from this campaign</source>
        <translation>Geräte aus dieser Kampagne entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the campaign (it ends as %1)</source>
        <translation>Die Kampagne abbrechen (sie endet als %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The campaign is %1: it has already ended and cannot be cancelled.</source>
        <translation>Die Kampagne ist %1: sie ist bereits beendet und kann nicht abgebrochen werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The dates and time windows were changed (status now %1).</source>
        <translation>Die Daten und Zeitfenster wurden geändert (Status jetzt %1).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The devices cannot be removed now: %1</source>
        <translation>Die Geräte können jetzt nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finish the open dialog first.</source>
        <translation>schließen Sie zuerst den offenen Dialog.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>the %Ln selected device(s)</source>
        <translation>
            <numerusform>das %Ln gewählte Gerät</numerusform>
            <numerusform>die %Ln gewählten Geräte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Finish the open dialog first, then reopen the device list draft from the Drafts page.</source>
        <translation>Schließen Sie zuerst den offenen Dialog ab und öffnen Sie dann den Entwurf der Geräteliste erneut über die Seite Entwürfe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The device list draft “%1” was not reopened: %2 It is kept on the Drafts page.</source>
        <translation>Der Entwurf der Geräteliste „%1“ wurde nicht erneut geöffnet: %2 Er bleibt auf der Seite Entwürfe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The device list draft “%1” could not be read from the workspace; it is kept, the log in the data directory says why.</source>
        <translation>Der Entwurf der Geräteliste „%1“ konnte nicht aus dem Arbeitsbereich gelesen werden; er bleibt erhalten, das Protokoll im Datenverzeichnis nennt den Grund.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancel the campaign &quot;%1&quot; (%2)?

It has not started yet (start date %3), so it ends as Cancelled and no device is upgraded.</source>
        <translation>Die Kampagne „%1“ (%2) abbrechen?

Sie hat noch nicht begonnen (Startdatum %3) und endet daher als „Abgebrochen“; kein Gerät wird aktualisiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the campaign &quot;%1&quot; (%2)?

It has already started (start date %3), so it ends as Aborted: devices already upgraded keep the new firmware, the others are not upgraded.</source>
        <translation>Die Kampagne „%1“ (%2) abbrechen?

Sie hat bereits begonnen (Startdatum %3) und endet daher als „Abgebrochen nach Start“: bereits aktualisierte Geräte behalten die neue Firmware, die anderen werden nicht aktualisiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel campaign</source>
        <translation>Kampagne abbrechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The campaign &quot;%1&quot; was cancelled.</source>
        <translation>Die Kampagne „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered that the campaign &quot;%1&quot; was not cancelled (success: false). Reload to see its status.</source>
        <translation>Der Server hat geantwortet, dass die Kampagne „%1“ nicht abgebrochen wurde (success: false). Laden Sie neu, um ihren Status zu sehen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No answer came to the cancel request: whether &quot;%1&quot; was cancelled is unknown. Reload to see its status before trying again.</source>
        <translation>Auf die Abbruch-Anfrage kam keine Antwort: ob „%1“ abgebrochen wurde, ist unbekannt. Laden Sie neu, um ihren Status zu sehen, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The campaign &quot;%1&quot; was not cancelled.</source>
        <translation>Die Kampagne „%1“ wurde nicht abgebrochen.</translation>
    </message>
</context>
<context>
    <name>fotadesk::CampaignDraft</name>
    <message>
        <location filename="../src/core/CampaignDraft.cpp" line="+73"/>
        <source>Device %1 (%2) is listed twice (first as device %3): it is sent once.</source>
        <translation>Gerät %1 (%2) ist doppelt aufgeführt (zuerst als Gerät %3): es wird einmal gesendet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 more devices are not valid IMEIs (%2 in all); only the first %3 are listed.</source>
        <translation>%1 weitere Geräte sind keine gültigen IMEIs (%2 insgesamt); nur die ersten %3 werden aufgeführt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 more devices are listed more than once (%2 in all); only the first %3 are listed.</source>
        <translation>%1 weitere Geräte sind mehrfach aufgeführt (%2 insgesamt); nur die ersten %3 werden aufgeführt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No device: add at least one device IMEI to the campaign.</source>
        <translation>Kein Gerät: fügen Sie der Kampagne mindestens eine Geräte-IMEI hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 devices: the platform may limit a new campaign to %2 devices until 5 or more devices reach a 50% success rate (pilot gate). If the server refuses, start with %2 devices and add the rest later.</source>
        <translation>%1 Geräte: die Plattform kann eine neue Kampagne auf %2 Geräte begrenzen, bis 5 oder mehr Geräte eine Erfolgsquote von 50 % erreichen (Pilot-Schwelle). Lehnt der Server ab, beginnen Sie mit %2 Geräten und fügen Sie den Rest später hinzu.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The campaign name has %1 characters: use at most %2.</source>
        <translation>Der Kampagnenname hat %1 Zeichen: verwenden Sie höchstens %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The campaign name contains a line break, tab or other control character: write it on one line.</source>
        <translation>Der Kampagnenname enthält einen Zeilenumbruch, Tabulator oder ein anderes Steuerzeichen: schreiben Sie ihn in eine Zeile.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The campaign name contains an invisible text-direction control (such as a right-to-left override): remove it.</source>
        <translation>Der Kampagnenname enthält ein unsichtbares Steuerzeichen für die Textrichtung (etwa einen Rechts-nach-links-Override): entfernen Sie es.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No firmware chosen: pick a firmware package from the account&apos;s firmware list.</source>
        <translation>Keine Firmware gewählt: wählen Sie ein Firmware-Paket aus der Firmware-Liste des Kontos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The current firmware version (from) is missing: it comes with the chosen firmware package.</source>
        <translation>Die aktuelle Firmware-Version (von) fehlt: sie kommt mit dem gewählten Firmware-Paket.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The target firmware version (to) is missing: it comes with the chosen firmware package.</source>
        <translation>Die Ziel-Firmware-Version (nach) fehlt: sie kommt mit dem gewählten Firmware-Paket.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target version %1 is the current version: the devices would not change.</source>
        <translation>Die Zielversion %1 ist die aktuelle Version: die Geräte würden sich nicht ändern.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>LWM2M campaigns start around 00:00 UTC: the next start is %1 00:00 UTC, after the start date %2. The first day may be lost or the campaign may run on demand within about 2 hours.</source>
        <translation>LWM2M-Kampagnen starten gegen 00:00 UTC: der nächste Start ist %1 00:00 UTC, nach dem Startdatum %2. Der erste Tag kann verloren gehen, oder die Kampagne läuft bei Bedarf innerhalb von etwa 2 Stunden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The firmware package %1 is listed for %2, but the campaign protocol is %3: the service may refuse the campaign (ProtocolMismatch). Choose protocol %4, or a package that suits %3.</source>
        <translation>Das Firmware-Paket %1 ist für %2 gelistet, das Kampagnenprotokoll ist aber %3: der Dienst lehnt die Kampagne womöglich ab (ProtocolMismatch). Wählen Sie Protokoll %4 oder ein Paket, das zu %3 passt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No protocol: choose LWM2M, OMA or HTTP.</source>
        <translation>Kein Protokoll: wählen Sie LWM2M, OMA oder HTTP.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OMD-DM is how the firmware list names the protocol; a campaign takes LWM2M, OMA or HTTP. For an OMD-DM firmware package use OMA.</source>
        <translation>OMD-DM ist der Name des Protokolls in der Firmware-Liste; eine Kampagne nimmt LWM2M, OMA oder HTTP. Für ein OMD-DM-Firmware-Paket verwenden Sie OMA.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a campaign protocol as written: use %2 (capital letters).</source>
        <translation>%1 ist in dieser Schreibweise kein Kampagnenprotokoll: verwenden Sie %2 (Großbuchstaben).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a campaign protocol: use LWM2M, OMA or HTTP.</source>
        <translation>%1 ist kein Kampagnenprotokoll: verwenden Sie LWM2M, OMA oder HTTP.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>LWM2M campaigns start around 00:00 UTC and retry around 04:00 UTC, and the time windows (%1) cover neither hour: devices may wait a long time. Consider a window that includes 00:00 or 04:00 UTC.</source>
        <translation>LWM2M-Kampagnen starten gegen 00:00 UTC und wiederholen gegen 04:00 UTC, und die Zeitfenster (%1) decken keine dieser Stunden ab: Geräte warten womöglich lange. Erwägen Sie ein Fenster, das 00:00 oder 04:00 UTC einschließt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No start date: choose the first day of the campaign (today or later, UTC).</source>
        <translation>Kein Startdatum: wählen Sie den ersten Tag der Kampagne (heute oder später, UTC).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The start date %1 is in the past (today is %2 in UTC): choose today or a later date.</source>
        <translation>Das Startdatum %1 liegt in der Vergangenheit (heute ist %2 in UTC): wählen Sie heute oder ein späteres Datum.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No end date: choose the last day of the campaign (the start date or later).</source>
        <translation>Kein Enddatum: wählen Sie den letzten Tag der Kampagne (das Startdatum oder später).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The end date %1 is before the start date %2: choose an end date on or after the start date.</source>
        <translation>Das Enddatum %1 liegt vor dem Startdatum %2: wählen Sie ein Enddatum am oder nach dem Startdatum.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Device %1 is empty: remove it or enter its 15-digit IMEI.</source>
        <translation>Gerät %1 ist leer: entfernen Sie es oder geben Sie seine 15-stellige IMEI ein.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Device %1 (%2) is not written as 15 plain digits: send %3.</source>
        <translation>Gerät %1 (%2) ist nicht als 15 reine Ziffern geschrieben: senden Sie %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Device %1 (%2) is not a valid IMEI: %3</source>
        <translation>Gerät %1 (%2) ist keine gültige IMEI: %3</translation>
    </message>
</context>
<context>
    <name>fotadesk::CampaignModel</name>
    <message>
        <location filename="../src/models/CampaignModel.cpp" line="+24"/>
        <location line="+3"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+27"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+3"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not known yet: the campaign&apos;s device report is being read.</source>
        <translation>Noch nicht bekannt: Der Gerätebericht der Kampagne wird gelesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device report is too long to count here; open the campaign to see its devices.</source>
        <translation>Der Gerätebericht ist zu lang, um ihn hier zu zählen; öffnen Sie die Kampagne, um ihre Geräte zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %Ln device(s) in a final state</source>
        <translation>
            <numerusform>%1 von %Ln Gerät in einem Endzustand</numerusform>
            <numerusform>%1 von %Ln Geräten in einem Endzustand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %Ln finished device(s) succeeded</source>
        <translation>
            <numerusform>%1 von %Ln abgeschlossenen Gerät erfolgreich</numerusform>
            <numerusform>%1 von %Ln abgeschlossenen Geräten erfolgreich</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No device has finished yet.</source>
        <translation>Noch kein Gerät ist abgeschlossen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Devices in the campaign, from its device report.</source>
        <translation>Geräte der Kampagne, laut ihrem Gerätebericht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: devices in a final state (succeeded, failed or cancelled) of all the campaign&apos;s devices.</source>
        <translation>Fortschritt: Geräte in einem Endzustand (erfolgreich, fehlgeschlagen oder abgebrochen) von allen Geräten der Kampagne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Success rate: devices that succeeded of the devices in a final state (succeeded, failed or cancelled). &quot;—&quot; while none is final.</source>
        <translation>Erfolgsquote: erfolgreiche Geräte von den Geräten in einem Endzustand (erfolgreich, fehlgeschlagen oder abgebrochen). „—“, solange keines abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make / model</source>
        <translation>Hersteller / Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time windows</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>fotadesk::CampaignStatusHistoryChart</name>
    <message>
        <location filename="../src/gui/campaign/CampaignStatusHistoryChart.cpp" line="+37"/>
        <source>Progress over time</source>
        <translation>Fortschritt über die Zeit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Progress over time: no snapshot yet</source>
        <translation>Fortschritt über die Zeit: noch keine Momentaufnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress over time: one snapshot so far — each refresh adds one</source>
        <translation>Fortschritt über die Zeit: bisher eine Momentaufnahme — jede Aktualisierung fügt eine hinzu</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Progress over time (%Ln snapshot(s))</source>
        <translation>
            <numerusform>Fortschritt über die Zeit (%Ln Momentaufnahme)</numerusform>
            <numerusform>Fortschritt über die Zeit (%Ln Momentaufnahmen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Snapshot time (local, %1)</source>
        <translation>Aufnahmezeit (lokal, %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshot time (local)</source>
        <translation>Zeitpunkt der Momentaufnahme (lokal)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
</context>
<context>
    <name>fotadesk::CampaignStatusPanel</name>
    <message>
        <location filename="../src/gui/campaign/CampaignStatusPanel.cpp" line="+78"/>
        <source>Devices by status group</source>
        <translation>Geräte nach Statusgruppe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Watch</source>
        <translation>&amp;Beobachten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify me (system tray and Activity) when this campaign&apos;s status changes</source>
        <translation>Mich benachrichtigen (Infobereich und Aktivität), wenn sich der Status dieser Kampagne ändert</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server&apos;s report did not fit reading in parallel ranges; it is read again page by page.</source>
        <translation>Der Bericht des Servers ließ sich nicht in parallelen Bereichen lesen; er wird erneut Seite für Seite gelesen.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>The campaign&apos;s details have not been read yet, so its target firmware is unknown. Open the Details tab (or reload the campaign), then verify again.</source>
        <translation>Die Details der Kampagne sind noch nicht gelesen, ihre Ziel-Firmware ist daher unbekannt. Öffnen Sie den Reiter Details (oder laden Sie die Kampagne neu) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Verification stopped: the devices not asked yet show as not reported yet. Verify again to ask them.</source>
        <translation>Prüfung angehalten: Die noch nicht gefragten Geräte erscheinen als „Noch nicht gemeldet“. Prüfen Sie erneut, um sie zu fragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The firmware sync did not answer for every device; those devices show as not reported yet.</source>
        <translation>Die Firmware-Synchronisierung hat nicht für jedes Gerät geantwortet; diese Geräte erscheinen als „Noch nicht gemeldet“.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Loading stopped: the table shows what was read so far.</source>
        <translation>Laden gestoppt: die Tabelle zeigt, was bisher gelesen wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device report could not be read completely; the table shows the last data read (stale).</source>
        <translation>Der Gerätebericht konnte nicht vollständig gelesen werden; die Tabelle zeigt die zuletzt gelesenen Daten (veraltet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The device report could not be read.</source>
        <translation>Der Gerätebericht konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the device report again</source>
        <translation>Den Gerätebericht erneut lesen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Wait until the device report is read.</source>
        <translation>Warten Sie, bis der Gerätebericht gelesen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the device report first: its successful devices are verified.</source>
        <translation>Lesen Sie zuerst den Gerätebericht: Geprüft werden seine erfolgreichen Geräte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No device of this campaign has succeeded yet.</source>
        <translation>Noch kein Gerät dieser Kampagne war erfolgreich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The campaign&apos;s details (its target firmware) have not been read yet.</source>
        <translation>Die Details der Kampagne (ihre Ziel-Firmware) sind noch nicht gelesen.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln device(s) · read at %1</source>
        <translation>
            <numerusform>%Ln Gerät · gelesen %1</numerusform>
            <numerusform>%Ln Geräte · gelesen %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>STALE: the last refresh failed</source>
        <translation>VERALTET: die letzte Aktualisierung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not loaded yet</source>
        <translation>Noch nicht geladen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Snapshots are not kept (no local workspace): progress over time is not available.</source>
        <translation>Momentaufnahmen werden nicht gespeichert (kein lokaler Arbeitsbereich): der Fortschritt über die Zeit ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Since your last look: nothing to compare yet — each complete read is kept, the next one will be compared with it.</source>
        <translation>Seit Ihrem letzten Blick: noch nichts zu vergleichen — jeder vollständige Lesevorgang wird gespeichert, der nächste wird damit verglichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Since your last look: no change.</source>
        <translation>Seit Ihrem letzten Blick: keine Änderung.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Since your last look (%1): %2 changed, %3 new, %4 left the campaign.</source>
        <translation>Seit Ihrem letzten Blick (%1): %2 geändert, %3 neu, %4 haben die Kampagne verlassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>earlier</source>
        <translation>früher</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Since your last look (%1): no change.</source>
        <translation>Seit Ihrem letzten Blick (%1): keine Änderung.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Export the selected devices</source>
        <translation>Die gewählten Geräte exportieren</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>The table shows %1 of the campaign&apos;s %Ln device(s) (filtered).</source>
        <translation>
            <numerusform>Die Tabelle zeigt %1 von %Ln Gerät der Kampagne (gefiltert).</numerusform>
            <numerusform>Die Tabelle zeigt %1 von %Ln Geräten der Kampagne (gefiltert).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export PDF report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>Export CSV report</source>
        <translation>CSV-Bericht exportieren</translation>
    </message>
    <message numerus="yes">
        <location line="-291"/>
        <source>The service said the campaign has %Ln device(s), but its report listed %1. Refresh to read it again; if it stays different, the service&apos;s report is inconsistent.</source>
        <translation>
            <numerusform>Der Dienst gab an, die Kampagne habe %Ln Gerät, ihr Bericht listete aber %1. Aktualisieren Sie, um ihn erneut zu lesen; bleibt die Zahl anders, ist der Bericht des Dienstes widersprüchlich.</numerusform>
            <numerusform>Der Dienst gab an, die Kampagne habe %Ln Geräte, ihr Bericht listete aber %1. Aktualisieren Sie, um ihn erneut zu lesen; bleibt die Zahl anders, ist der Bericht des Dienstes widersprüchlich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Loading… %1 of %Ln device(s)</source>
        <translation>
            <numerusform>Laden… %1 von %Ln Gerät</numerusform>
            <numerusform>Laden… %1 von %Ln Geräten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Loading… %Ln device(s)</source>
        <translation>
            <numerusform>Laden… %Ln Gerät</numerusform>
            <numerusform>Laden… %Ln Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+176"/>
        <source>CSV report (%Ln device(s)) written to %1.</source>
        <translation>
            <numerusform>CSV-Bericht (%Ln Gerät) nach %1 geschrieben.</numerusform>
            <numerusform>CSV-Bericht (%Ln Geräte) nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>PDF report (%Ln page(s)) written to %1.</source>
        <translation>
            <numerusform>PDF-Bericht (%Ln Seite) nach %1 geschrieben.</numerusform>
            <numerusform>PDF-Bericht (%Ln Seiten) nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The %Ln &amp;shown device(s)</source>
        <translation>
            <numerusform>Das &amp;angezeigte %Ln Gerät</numerusform>
            <numerusform>Die %Ln &amp;angezeigten Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;All %Ln device(s)</source>
        <translation>
            <numerusform>A&amp;lle %Ln Gerät</numerusform>
            <numerusform>A&amp;lle %Ln Geräte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+66"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>fotadesk::CampaignWorkbenchPage</name>
    <message>
        <location filename="../src/gui/workbench/CampaignWorkbenchPage.cpp" line="+62"/>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2 — %3 → %4 — %5</source>
        <translation>%1 — %2 — %3 → %4 — %5</translation>
    </message>
</context>
<context>
    <name>fotadesk::CheckedDeviceModel</name>
    <message>
        <location filename="../src/models/CheckedDeviceModel.cpp" line="+56"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>fotadesk::ConnectionState</name>
    <message>
        <location filename="../src/gui/shell/ConnectionState.cpp" line="+27"/>
        <source>Not connected yet</source>
        <translation>Noch nicht verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Signing in to the FOTA service failed: check the credentials of this environment.</source>
        <translation>Die Anmeldung beim FOTA-Dienst ist fehlgeschlagen: prüfen Sie die Zugangsdaten dieser Umgebung.</translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateCampaignWizard</name>
    <message>
        <location filename="../src/gui/create/CreateCampaignWizard.cpp" line="+36"/>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New campaign form</source>
        <translation>Formular für neue Kampagne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New campaign</source>
        <translation>&amp;Neue Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard form</source>
        <translation>Form&amp;ular verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard form</source>
        <translation>Formular verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new campaign form</source>
        <translation>Ein neues Kampagnenformular beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the result</source>
        <translation>Das Ergebnis anzeigen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Discard the form</source>
        <translation>Das Formular verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard everything entered in this campaign form?</source>
        <translation>Alles verwerfen, was in diesem Kampagnenformular eingegeben wurde?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../src/gui/create/FormWizard.cpp" line="+34"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateCheckPage</name>
    <message>
        <location filename="../src/gui/create/CreateCheckPage.cpp" line="+47"/>
        <source>&amp;Schedule campaign</source>
        <translation>Kampagne &amp;planen</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>The devices could not be checked against the account&apos;s inventory (%1). Check again, or tick &quot;Schedule without the inventory check&quot;.</source>
        <translation>Die Geräte konnten nicht gegen den Bestand des Kontos geprüft werden (%1). Erneut prüfen, oder „Ohne Bestandsprüfung planen“ ankreuzen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scheduled without the inventory check: the service may refuse devices.</source>
        <translation>Ohne Bestandsprüfung geplant: der Dienst kann Geräte ablehnen.</translation>
    </message>
    <message numerus="yes">
        <location line="-56"/>
        <source>%Ln row(s) of the device list repeat an IMEI listed earlier: each IMEI is sent once.</source>
        <translation>
            <numerusform>%Ln Zeile der Geräteliste wiederholt eine weiter oben aufgeführte IMEI: jede IMEI wird einmal gesendet.</numerusform>
            <numerusform>%Ln Zeilen der Geräteliste wiederholen eine weiter oben aufgeführte IMEI: jede IMEI wird einmal gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln line(s) of the device list are not IMEIs and are left out (go back to Devices to fix them).</source>
        <translation>
            <numerusform>%Ln Zeile der Geräteliste ist keine IMEI und wird ausgelassen (gehen Sie zurück zu „Geräte“, um sie zu korrigieren).</numerusform>
            <numerusform>%Ln Zeilen der Geräteliste sind keine IMEIs und werden ausgelassen (gehen Sie zurück zu „Geräte“, um sie zu korrigieren).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%Ln device(s) would be refused by the service: they never enter a wave (the Waves step lists them with their reasons).</source>
        <translation>
            <numerusform>%Ln Gerät würde vom Dienst abgelehnt: Es kommt in keine Welle (der Schritt Wellen listet es mit Grund).</numerusform>
            <numerusform>%Ln Geräte würden vom Dienst abgelehnt: Sie kommen in keine Welle (der Schritt Wellen listet sie mit Gründen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln device(s) would be refused by the service (see the counts below). Keep only the accepted devices — the others are kept as a draft —, assign licenses, or go Back to change the list.</source>
        <translation>
            <numerusform>%Ln Gerät würde vom Dienst abgelehnt (siehe die Zahlen unten). Nur die angenommenen Geräte behalten — die übrigen werden als Entwurf aufbewahrt —, Lizenzen zuweisen oder mit Zurück die Liste ändern.</numerusform>
            <numerusform>%Ln Geräte würden vom Dienst abgelehnt (siehe die Zahlen unten). Nur die angenommenen Geräte behalten — die übrigen werden als Entwurf aufbewahrt —, Lizenzen zuweisen oder mit Zurück die Liste ändern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Auto-assign gives %Ln device(s) a license from the account&apos;s pool.</source>
        <translation>
            <numerusform>Die automatische Zuweisung gibt %Ln Gerät eine Lizenz aus dem Vorrat des Kontos.</numerusform>
            <numerusform>Die automatische Zuweisung gibt %Ln Geräten eine Lizenz aus dem Vorrat des Kontos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln device(s) have not connected for more than %1 days: the service accepts them, but they may not upgrade before the campaign ends.</source>
        <translation>
            <numerusform>%Ln Gerät hat sich seit mehr als %1 Tagen nicht gemeldet: der Dienst nimmt es an, aber es wird vielleicht nicht vor dem Ende der Kampagne aktualisiert.</numerusform>
            <numerusform>%Ln Geräte haben sich seit mehr als %1 Tagen nicht gemeldet: der Dienst nimmt sie an, aber sie werden vielleicht nicht vor dem Ende der Kampagne aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every device is in the account&apos;s inventory and will be accepted.</source>
        <translation>Jedes Gerät ist im Bestand des Kontos und wird angenommen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Untitled campaign</source>
        <translation>Unbenannte Kampagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — refused by the check</source>
        <translation>%1 — von der Prüfung abgelehnt</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln device(s) that would be refused were moved to the draft &quot;%1&quot; (Drafts page; Export refused devices writes them with their reasons).</source>
        <translation>
            <numerusform>%Ln Gerät, das abgelehnt würde, wurde in den Entwurf „%1“ verschoben (Seite Entwürfe; „Abgelehnte Geräte exportieren“ schreibt es mit seinem Grund).</numerusform>
            <numerusform>%Ln Geräte, die abgelehnt würden, wurden in den Entwurf „%1“ verschoben (Seite Entwürfe; „Abgelehnte Geräte exportieren“ schreibt sie mit ihren Gründen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln device(s) that would be refused were removed from the list (Undo on the Devices page brings them back).</source>
        <translation>
            <numerusform>%Ln Gerät, das abgelehnt würde, wurde aus der Liste entfernt (Rückgängig auf der Seite Geräte holt es zurück).</numerusform>
            <numerusform>%Ln Geräte, die abgelehnt würden, wurden aus der Liste entfernt (Rückgängig auf der Seite Geräte holt sie zurück).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Not ready: %Ln error(s) must be fixed before the campaign can be scheduled.</source>
        <translation>
            <numerusform>Nicht bereit: %Ln Fehler muss behoben werden, bevor die Kampagne geplant werden kann.</numerusform>
            <numerusform>Nicht bereit: %Ln Fehler müssen behoben werden, bevor die Kampagne geplant werden kann.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Ready: %Ln device(s) go into the waves; the refused ones are left out.</source>
        <translation>
            <numerusform>Bereit: %Ln Gerät kommt in die Wellen; die abgelehnten bleiben draußen.</numerusform>
            <numerusform>Bereit: %Ln Geräte kommen in die Wellen; die abgelehnten bleiben draußen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Ready to schedule: every device will be accepted; %Ln warning(s) to consider.</source>
        <translation>
            <numerusform>Bereit zum Planen: jedes Gerät wird angenommen; %Ln Warnung zu beachten.</numerusform>
            <numerusform>Bereit zum Planen: jedes Gerät wird angenommen; %Ln Warnungen zu beachten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Checking the devices against the account&apos;s inventory…</source>
        <translation>Geräte werden gegen den Bestand des Kontos geprüft…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not ready: the devices have not been checked (Check again).</source>
        <translation>Nicht bereit: die Geräte wurden nicht geprüft (Erneut prüfen).</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateDeviceAudit</name>
    <message>
        <location filename="../src/workflow/CreateDeviceAudit.cpp" line="+44"/>
        <source>%1 of %2 devices added</source>
        <translation>%1 von %2 Geräten hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused by the server</source>
        <translation>%1 vom Server abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 without an answer</source>
        <translation>%1 ohne Antwort</translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateDevicesPage</name>
    <message numerus="yes">
        <location filename="../src/gui/create/CreateDevicesPage.cpp" line="+57"/>
        <source>%Ln line(s) are not IMEIs and will not be sent (see Rejected lines).</source>
        <translation>
            <numerusform>%Ln Zeile ist keine IMEI und wird nicht gesendet (siehe „Abgelehnte Zeilen“).</numerusform>
            <numerusform>%Ln Zeilen sind keine IMEIs und werden nicht gesendet (siehe „Abgelehnte Zeilen“).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateFirmwarePage</name>
    <message>
        <location filename="../src/gui/create/CreateFirmwarePage.cpp" line="+53"/>
        <source>Lightweight M2M: the usual protocol of IoT modules</source>
        <translation>Lightweight M2M: das übliche Protokoll von IoT-Modulen</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Loading the firmware of every protocol…</source>
        <translation>Lade die Firmware aller Protokolle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the firmware for %1…</source>
        <translation>Lade die Firmware für %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln firmware package(s) of every protocol: the firmware service lists LWM2M and OMD-DM packages only, none for HTTP.</source>
        <translation>
            <numerusform>%Ln Firmware-Paket aller Protokolle: der Firmware-Dienst listet nur LWM2M- und OMD-DM-Pakete, keine für HTTP.</numerusform>
            <numerusform>%Ln Firmware-Pakete aller Protokolle: der Firmware-Dienst listet nur LWM2M- und OMD-DM-Pakete, keine für HTTP.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln firmware package(s) for %1.</source>
        <translation>
            <numerusform>%Ln Firmware-Paket für %1.</numerusform>
            <numerusform>%Ln Firmware-Pakete für %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The firmware list could not be loaded (Reload list tries again).</source>
        <translation>Die Firmware-Liste konnte nicht geladen werden („Liste neu laden“ versucht es erneut).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Choose the firmware package in the list (Tab to it, then Space or a click).</source>
        <translation>Wählen Sie das Firmware-Paket in der Liste (mit Tab dorthin, dann Leertaste oder ein Klick).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;i&gt;Choose a firmware package on the left: its make, model, versions and release note appear here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie links ein Firmware-Paket: Hersteller, Modell, Versionen und Versionshinweis erscheinen hier.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;br&gt;Make: %2&lt;br&gt;Model: %3&lt;br&gt;Upgrades: %4 → %5&lt;br&gt;Protocol: %6&lt;br&gt;Launched: %7&lt;br&gt;&lt;br&gt;&lt;b&gt;Release note&lt;/b&gt;&lt;br&gt;%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;br&gt;Hersteller: %2&lt;br&gt;Modell: %3&lt;br&gt;Upgrades: %4 → %5&lt;br&gt;Protokoll: %6&lt;br&gt;Veröffentlicht: %7&lt;br&gt;&lt;br&gt;&lt;b&gt;Versionshinweis&lt;/b&gt;&lt;br&gt;%8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateFollowUps</name>
    <message numerus="yes">
        <location filename="../src/workflow/CreateFollowUps.cpp" line="+67"/>
        <source>the local workspace could not journal the %Ln device(s) to add to campaign %1</source>
        <translation>
            <numerusform>der lokale Arbeitsbereich konnte das %Ln hinzuzufügende Gerät für Kampagne %1 nicht protokollieren</numerusform>
            <numerusform>der lokale Arbeitsbereich konnte die %Ln hinzuzufügenden Geräte für Kampagne %1 nicht protokollieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateReconciler</name>
    <message>
        <location filename="../src/workflow/CreateReconciler.cpp" line="+35"/>
        <source>(no name) %1 → %2</source>
        <translation>(kein Name) %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The campaign “%1” (%2 to %3) sent on %4</source>
        <translation>Die Kampagne „%1“ (%2 bis %3), gesendet am %4,</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>All its %Ln device(s) are in it.</source>
        <translation>
            <numerusform>Ihr %Ln Gerät ist darin.</numerusform>
            <numerusform>Alle ihre %Ln Geräte sind darin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln of its devices are still to be added: batch %1 (FotaDesk offers it at the start; &apos;fotactl campaign resume %1&apos;, or the same create command again, completes it).</source>
        <translation>
            <numerusform>%Ln ihrer Geräte muss noch hinzugefügt werden: Stapel %1 (FotaDesk bietet ihn beim Start an; &apos;fotactl campaign resume %1&apos; oder derselbe Befehl noch einmal vervollständigt ihn).</numerusform>
            <numerusform>%Ln ihrer Geräte müssen noch hinzugefügt werden: Stapel %1 (FotaDesk bietet ihn beim Start an; &apos;fotactl campaign resume %1&apos; oder derselbe Befehl noch einmal vervollständigt ihn).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source> may or may not have been created: the campaign list could not be read (%1). FotaDesk checks again at the next start; do not create it again before that.</source>
        <translation> wurde möglicherweise erstellt oder auch nicht: die Kampagnenliste konnte nicht gelesen werden (%1). FotaDesk prüft beim nächsten Start erneut; erstellen Sie sie vorher nicht noch einmal.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source> was created: campaign %1 (%2). Nothing was sent again.</source>
        <translation> wurde erstellt: Kampagne %1 (%2). Nichts wurde erneut gesendet.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source> was created: campaign %1.</source>
        <translation> wurde angelegt: Kampagne %1.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Campaign %1 created (found by the check after an unknown outcome)</source>
        <translation>Kampagne %1 erstellt (gefunden durch die Prüfung nach einem unbekannten Ergebnis)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> was not created (it is not in the campaign list). Create it again if you still need it.</source>
        <translation> wurde nicht erstellt (sie steht nicht in der Kampagnenliste). Erstellen Sie sie erneut, wenn Sie sie noch brauchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not created (checked against the campaign list after an unknown outcome)</source>
        <translation>Nicht erstellt (nach einem unbekannten Ergebnis mit der Kampagnenliste abgeglichen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> may have been created: %1 campaigns look the same (%2). Check which one is yours before creating it again.</source>
        <translation> wurde möglicherweise erstellt: %1 Kampagnen sehen gleich aus (%2). Prüfen Sie, welche Ihre ist, bevor Sie sie erneut erstellen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Several look-alike campaigns: %1</source>
        <translation>Mehrere ähnliche Kampagnen: %1</translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateResultPage</name>
    <message>
        <location filename="../src/gui/create/CreateResultPage.cpp" line="+57"/>
        <source>digits of an IMEI, or words of the reason</source>
        <translation>Ziffern einer IMEI oder Wörter des Grundes</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (id %2)&lt;br&gt;%3 %4: %5 → %6 (%7)&lt;br&gt;%8 to %9, %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (ID %2)&lt;br&gt;%3 %4: %5 → %6 (%7)&lt;br&gt;%8 bis %9, %10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the campaign&apos;s device report…</source>
        <translation>Lese den Gerätebericht der Kampagne…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Reading the campaign&apos;s device report: %Ln device(s)…</source>
        <translation>
            <numerusform>Geräteliste der Kampagne wird gelesen: %Ln Gerät…</numerusform>
            <numerusform>Geräteliste der Kampagne wird gelesen: %Ln Geräte…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reading the campaign&apos;s device report: %1 of %Ln device(s)…</source>
        <translation>
            <numerusform>Geräteliste der Kampagne wird gelesen: %1 von %Ln Gerät…</numerusform>
            <numerusform>Geräteliste der Kampagne wird gelesen: %1 von %Ln Geräten…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%1 of %Ln device(s) are in the campaign&apos;s report: %2 pending, %3 in progress, %4 succeeded, %5 failed, %6 other.</source>
        <translation>
            <numerusform>%1 von %Ln Gerät steht im Bericht der Kampagne: %2 ausstehend, %3 in Arbeit, %4 erfolgreich, %5 fehlgeschlagen, %6 sonstige.</numerusform>
            <numerusform>%1 von %Ln Geräten stehen im Bericht der Kampagne: %2 ausstehend, %3 in Arbeit, %4 erfolgreich, %5 fehlgeschlagen, %6 sonstige.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The device report could not be read; the campaign page shows it later.</source>
        <translation>Der Gerätebericht konnte nicht gelesen werden; die Kampagnenseite zeigt ihn später.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not in the campaign&apos;s device report</source>
        <translation>nicht im Gerätebericht der Kampagne</translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateSubmitPage</name>
    <message>
        <location filename="../src/gui/create/CreateSubmitPage.cpp" line="+29"/>
        <source>Show &amp;result</source>
        <translation>&amp;Ergebnis anzeigen</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>Sending the campaign &quot;%1&quot; with %Ln device(s)…</source>
        <translation>
            <numerusform>Sende die Kampagne „%1“ mit %Ln Gerät…</numerusform>
            <numerusform>Sende die Kampagne „%1“ mit %Ln Geräten…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No answer came: the campaign may or may not have been created.</source>
        <translation>Keine Antwort: die Kampagne wurde möglicherweise erstellt oder auch nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign was not created.</source>
        <translation>Die Kampagne wurde nicht erstellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not send it again yet: look for the campaign first. FotaDesk searches the campaign history for one with this name, firmware and dates.</source>
        <translation>Senden Sie sie noch nicht erneut: suchen Sie zuerst nach der Kampagne. FotaDesk durchsucht den Kampagnenverlauf nach einer mit diesem Namen, dieser Firmware und diesen Daten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was created. Every field is as you left it: use Back to change what the server refused, then schedule again.</source>
        <translation>Nichts wurde erstellt. Jedes Feld ist so, wie Sie es verlassen haben: ändern Sie mit „Zurück“, was der Server abgelehnt hat, und planen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looking for the campaign in the campaign history…</source>
        <translation>Suche die Kampagne im Kampagnenverlauf…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The campaign history could not be searched; try again.</source>
        <translation>Der Kampagnenverlauf konnte nicht durchsucht werden; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the campaign was created is still unknown.</source>
        <translation>Ob die Kampagne erstellt wurde, ist noch unbekannt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No campaign matches the request: it was not created. Sending it again is safe.</source>
        <translation>Keine Kampagne passt zur Anfrage: sie wurde nicht erstellt. Erneutes Senden ist sicher.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln campaigns look like this request (older ones may be identical). Pick the one it created; nothing is sent again.</source>
        <translation>
            <numerusform>%Ln Kampagne sieht wie diese Anfrage aus (ältere können identisch sein). Wählen Sie die, die sie erstellt hat; nichts wird erneut gesendet.</numerusform>
            <numerusform>%Ln Kampagnen sehen wie diese Anfrage aus (ältere können identisch sein). Wählen Sie die, die sie erstellt hat; nichts wird erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Campaign %1 was created (status: %2).</source>
        <translation>Kampagne %1 wurde erstellt (Status: %2).</translation>
    </message>
</context>
<context>
    <name>fotadesk::Credentials</name>
    <message>
        <location filename="../src/api/CredentialSource.cpp" line="+21"/>
        <source>client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>fotadesk::CredentialsDialog</name>
    <message>
        <location filename="../src/gui/signin/CredentialsDialog.cpp" line="+21"/>
        <source>Sign in to the %1 environment. The client secret and the password are kept in memory for this run, and in the system keychain only if you tick the box below: never in a file, the settings or a log.</source>
        <translation>Melden Sie sich bei der Umgebung %1 an. Client-Secret und Passwort werden für diesen Lauf im Speicher gehalten und nur dann im System-Schlüsselbund, wenn Sie das Kästchen unten ankreuzen: nie in einer Datei, den Einstellungen oder einem Protokoll.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still missing: %1.</source>
        <translation>Es fehlt noch: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceBatcher</name>
    <message>
        <location filename="../src/api/DeviceBatcher.cpp" line="+251"/>
        <source>The service&apos;s answer does not mention this device.</source>
        <translation>Die Antwort des Dienstes erwähnt dieses Gerät nicht.</translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceChangeDialog</name>
    <message>
        <location filename="../src/gui/devices/DeviceChangeDialog.cpp" line="+63"/>
        <source>Add devices — %1</source>
        <translation>Geräte hinzufügen — %1</translation>
    </message>
    <message>
        <location filename="../src/app/screenshots/ScreenshotDriver.cpp" line="+582"/>
        <location filename="../src/gui/devices/DeviceChangeDialog.cpp" line="+1"/>
        <source>Remove devices — %1</source>
        <translation>Geräte entfernen — %1</translation>
    </message>
    <message>
        <location filename="../src/gui/devices/DeviceChangeDialog.cpp" line="+3"/>
        <source>Devices to &lt;b&gt;add&lt;/b&gt; to &lt;b&gt;%1&lt;/b&gt; (id %2, %3 %4). List them below, then send.</source>
        <translation>Geräte, die zu &lt;b&gt;%1&lt;/b&gt; &lt;b&gt;hinzugefügt&lt;/b&gt; werden (ID %2, %3 %4). Listen Sie sie unten auf und senden Sie dann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices to &lt;b&gt;remove&lt;/b&gt; from &lt;b&gt;%1&lt;/b&gt; (id %2, %3 %4). List them below, then send.</source>
        <translation>Geräte, die aus &lt;b&gt;%1&lt;/b&gt; &lt;b&gt;entfernt&lt;/b&gt; werden (ID %2, %3 %4). Listen Sie sie unten auf und senden Sie dann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assign licenses</source>
        <translation>Lizenzen zuweisen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices to &lt;b&gt;give a FOTA license&lt;/b&gt; from the account&apos;s pool. List them below, then send.</source>
        <translation>Geräte, die aus dem Vorrat des Kontos &lt;b&gt;eine FOTA-Lizenz erhalten&lt;/b&gt;. Listen Sie sie unten auf und senden Sie dann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove licenses</source>
        <translation>Lizenzen entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices whose FOTA license to &lt;b&gt;remove&lt;/b&gt; (it returns to the account&apos;s pool). List them below, then send.</source>
        <translation>Geräte, deren FOTA-Lizenz &lt;b&gt;entfernt&lt;/b&gt; wird (sie geht in den Vorrat des Kontos zurück). Listen Sie sie unten auf und senden Sie dann.</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Not in this campaign: not sent</source>
        <translation>Nicht in dieser Kampagne: nicht gesendet</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Adding %Ln device(s) in %1 request(s)…</source>
        <translation>
            <numerusform>Füge %Ln Gerät in %1 Anfrage(n) hinzu…</numerusform>
            <numerusform>Füge %Ln Geräte in %1 Anfrage(n) hinzu…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Removing %Ln device(s) in %1 request(s)…</source>
        <translation>
            <numerusform>Entferne %Ln Gerät in %1 Anfrage(n)…</numerusform>
            <numerusform>Entferne %Ln Geräte in %1 Anfrage(n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Assigning licenses to %Ln device(s) in %1 request(s)…</source>
        <translation>
            <numerusform>Weise %Ln Gerät in %1 Anfrage(n) eine Lizenz zu…</numerusform>
            <numerusform>Weise %Ln Geräten in %1 Anfrage(n) Lizenzen zu…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Removing the licenses of %Ln device(s) in %1 request(s)…</source>
        <translation>
            <numerusform>Entferne die Lizenz von %Ln Gerät in %1 Anfrage(n)…</numerusform>
            <numerusform>Entferne die Lizenzen von %Ln Geräten in %1 Anfrage(n)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Refused devices are not sent again: the server gave a reason that sending them again would not change.</source>
        <translation>Abgelehnte Geräte werden nicht erneut gesendet: Der Server nannte einen Grund, den erneutes Senden nicht ändern würde.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&quot;Retry&quot; sends only the %Ln device(s) without an answer.</source>
        <translation>
            <numerusform>„Erneut senden“ sendet nur das %Ln Gerät ohne Antwort.</numerusform>
            <numerusform>„Erneut senden“ sendet nur die %Ln Geräte ohne Antwort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln device(s) not in the campaign were left out (not sent; marked in the list): %1.</source>
        <translation>
            <numerusform>%Ln Gerät, das nicht in der Kampagne ist, wurde ausgelassen (nicht gesendet; in der Liste markiert): %1.</numerusform>
            <numerusform>%Ln Geräte, die nicht in der Kampagne sind, wurden ausgelassen (nicht gesendet; in der Liste markiert): %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Done: %1 added, %2 already in the campaign, %3 refused by the server, %4 without an answer.</source>
        <translation>Fertig: %1 hinzugefügt, %2 bereits in der Kampagne, %3 vom Server abgelehnt, %4 ohne Antwort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: %1 removed, %2 not in the campaign, %3 refused by the server, %4 without an answer.</source>
        <translation>Fertig: %1 entfernt, %2 nicht in der Kampagne, %3 vom Server abgelehnt, %4 ohne Antwort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: %1 licensed, %2 already licensed, %3 refused by the server, %4 without an answer.</source>
        <translation>Fertig: %1 lizenziert, %2 bereits lizenziert, %3 vom Server abgelehnt, %4 ohne Antwort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: %1 licenses removed, %2 had no license, %3 refused by the server, %4 without an answer.</source>
        <translation>Fertig: %1 Lizenzen entfernt, %2 hatten keine Lizenz, %3 vom Server abgelehnt, %4 ohne Antwort.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln device(s) answered with a status FotaDesk does not know (shown as it came).</source>
        <translation>
            <numerusform>%Ln Gerät antwortete mit einem Status, den FotaDesk nicht kennt (so angezeigt, wie er kam).</numerusform>
            <numerusform>%Ln Geräte antworteten mit einem Status, den FotaDesk nicht kennt (so angezeigt, wie er kam).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>A&amp;dd %Ln device(s)</source>
        <translation>
            <numerusform>%Ln Gerät &amp;hinzufügen</numerusform>
            <numerusform>%Ln Geräte &amp;hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remo&amp;ve %Ln device(s)</source>
        <translation>
            <numerusform>%Ln &amp;Gerät entfernen</numerusform>
            <numerusform>%Ln &amp;Geräte entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A&amp;ssign licenses to %Ln device(s)</source>
        <translation>
            <numerusform>%Ln Gerät eine Lizenz &amp;zuweisen</numerusform>
            <numerusform>%Ln Geräten Lizenzen &amp;zuweisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remo&amp;ve the licenses of %Ln device(s)</source>
        <translation>
            <numerusform>Die Lizenz von %Ln Gerät &amp;entfernen</numerusform>
            <numerusform>Die Lizenzen von %Ln Geräten &amp;entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>&amp;Retry %Ln device(s) without an answer</source>
        <translation>
            <numerusform>&amp;Erneut senden: %Ln Gerät ohne Antwort</numerusform>
            <numerusform>&amp;Erneut senden: %Ln Geräte ohne Antwort</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send again only the devices that got no answer; refused devices and devices that needed no change are not sent.</source>
        <translation>Sendet nur die Geräte erneut, die keine Antwort erhalten haben; abgelehnte Geräte und Geräte, die keine Änderung brauchten, werden nicht gesendet.</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Stopping…</source>
        <translation>Stoppe…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not sent: the run was stopped.</source>
        <translation>Nicht gesendet: der Lauf wurde gestoppt.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The requests without an answer are kept as batch %1: the next start offers to send them (or run &apos;fotactl campaign resume %1&apos;).</source>
        <translation>Die Anfragen ohne Antwort bleiben als Stapel %1 erhalten: der nächste Start bietet an, sie zu senden (oder führen Sie &apos;fotactl campaign resume %1&apos; aus).</translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceInventoryCheck</name>
    <message>
        <location filename="../src/core/DeviceInventoryCheck.cpp" line="+90"/>
        <source>Will be accepted</source>
        <translation>Wird angenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in this account</source>
        <translation>Nicht in diesem Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other make or model than the package</source>
        <translation>Anderer Hersteller oder anderes Modell als das Paket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not FOTA-eligible</source>
        <translation>Nicht FOTA-fähig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other protocol than the package</source>
        <translation>Anderes Protokoll als das Paket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No license</source>
        <translation>Keine Lizenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already at the target firmware</source>
        <translation>Bereits auf der Zielfirmware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware is not the package&apos;s starting version</source>
        <translation>Firmware ist nicht die Ausgangsversion des Pakets</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reports firmware %1, not %2</source>
        <translation>Meldet Firmware %1, nicht %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already reports %1</source>
        <translation>Meldet bereits %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>not connected for %Ln day(s)</source>
        <translation>
            <numerusform>seit %Ln Tag nicht verbunden</numerusform>
            <numerusform>seit %Ln Tagen nicht verbunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceInventoryLine</name>
    <message>
        <location filename="../src/gui/lookup/DeviceInventoryLine.cpp" line="+46"/>
        <source>Device inventory</source>
        <translation>Geräteinventar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the account&apos;s device inventory for %1…</source>
        <translation>Geräteinventar des Kontos für %1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is &lt;b&gt;not in this account&lt;/b&gt; (%2): the account&apos;s device inventory does not list it, so no campaign of this account can upgrade it. Check the IMEI, or sign in to the account the device belongs to.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist &lt;b&gt;nicht in diesem Konto&lt;/b&gt; (%2): Das Geräteinventar des Kontos führt es nicht, daher kann keine Kampagne dieses Kontos es aktualisieren. Prüfen Sie die IMEI oder melden Sie sich bei dem Konto an, zu dem das Gerät gehört.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The account&apos;s inventory entry of %1 could not be read; the upgrade history below does not depend on it. Look the device up again to retry.</source>
        <translation>Der Inventareintrag von %1 im Konto konnte nicht gelesen werden; der Upgrade-Verlauf unten hängt nicht davon ab. Suchen Sie das Gerät erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+22"/>
        <location line="+3"/>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 (today)</source>
        <translation>%1 (heute)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%Ln day(s) ago)</source>
        <translation>
            <numerusform>%1 (vor %Ln Tag)</numerusform>
            <numerusform>%1 (vor %Ln Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In the account&apos;s device inventory</source>
        <translation>Im Geräteinventar des Kontos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make and model:</source>
        <translation>Hersteller und Modell:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FOTA-eligible:</source>
        <translation>FOTA-fähig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Current firmware:</source>
        <translation>Aktuelle Firmware:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licensed:</source>
        <translation>Lizenziert:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last connection:</source>
        <translation>Letzte Verbindung:</translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceListEditor</name>
    <message>
        <location filename="../src/gui/devices/DeviceListEditor.cpp" line="+78"/>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlicensed</source>
        <translation>Ohne Lizenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>the pasted text</source>
        <translation>der eingefügte Text</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An import is running: wait for it or cancel it before adding more.</source>
        <translation>Ein Import läuft: warten Sie darauf oder brechen Sie ihn ab, bevor Sie mehr hinzufügen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing %1…</source>
        <translation>Importiere %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import of %1 cancelled: nothing was added.</source>
        <translation>Import von %1 abgebrochen: nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be imported: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one value per line</source>
        <translation>ein Wert pro Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1-separated</source>
        <translation>getrennt durch %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, column &quot;%1&quot;</source>
        <translation>, Spalte „%1“</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln duplicate line(s) (%1 listed below, the other %2 merged on import)</source>
        <translation>
            <numerusform>%Ln doppelte Zeile (%1 unten aufgeführt, die übrigen %2 beim Import zusammengeführt)</numerusform>
            <numerusform>%Ln doppelte Zeilen (%1 unten aufgeführt, die übrigen %2 beim Import zusammengeführt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln duplicate line(s)</source>
        <translation>
            <numerusform>%Ln doppelte Zeile</numerusform>
            <numerusform>%Ln doppelte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1 (%2): %3, %4, %5.</source>
        <translation>%1 importiert (%2): %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln IMEI(s)</source>
        <translation>
            <numerusform>%Ln IMEI</numerusform>
            <numerusform>%Ln IMEIs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln rejected line(s)</source>
        <translation>
            <numerusform>%Ln abgelehnte Zeile</numerusform>
            <numerusform>%Ln abgelehnte Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Only the first %Ln rejected line(s) are listed.</source>
        <translation>
            <numerusform>Nur die erste %Ln abgelehnte Zeile wird aufgeführt.</numerusform>
            <numerusform>Nur die ersten %Ln abgelehnten Zeilen werden aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import devices</source>
        <translation>Geräte importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device lists (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Gerätelisten (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The list already holds devices</source>
        <translation>Die Liste enthält schon Geräte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Append to it</source>
        <translation>&amp;Anhängen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Replace the list</source>
        <translation>Liste &amp;ersetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported from %1: the list stays as it was.</source>
        <translation>Aus %1 wurde nichts importiert: die Liste bleibt, wie sie war.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The clipboard holds no text to paste.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Einfügen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>the clipboard</source>
        <translation>die Zwischenablage</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+1"/>
        <source>the dropped text</source>
        <translation>der abgelegte Text</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The last removal was undone.</source>
        <translation>Das letzte Entfernen wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Completed %1 14-digit IMEI(s) with their check digit; %2 of them were already listed and were merged.</source>
        <translation>%1 14-stellige IMEI(s) mit ihrer Prüfziffer vervollständigt; %2 davon waren bereits aufgeführt und wurden zusammengeführt.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Export devices</source>
        <translation>Geräte exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>Exported %Ln IMEI(s) to %1.</source>
        <translation>
            <numerusform>%Ln IMEI nach %1 exportiert.</numerusform>
            <numerusform>%Ln IMEIs nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Remove all %Ln row(s) from the list? This cannot be undone.</source>
        <translation>
            <numerusform>Die %Ln Zeile aus der Liste entfernen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Alle %Ln Zeilen aus der Liste entfernen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Clear the device list</source>
        <translation>Die Geräteliste leeren</translation>
    </message>
    <message numerus="yes">
        <location line="-250"/>
        <source>The list holds %Ln row(s). Append %1 to them, or replace them with %1?</source>
        <translation>
            <numerusform>Die Liste enthält %Ln Zeile. %1 anhängen oder die Liste durch %1 ersetzen?</numerusform>
            <numerusform>Die Liste enthält %Ln Zeilen. %1 anhängen oder die Liste durch %1 ersetzen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>Removed %Ln row(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%Ln Zeile entfernt. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%Ln Zeilen entfernt. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last correction was undone: the line is rejected again.</source>
        <translation>Die letzte Korrektur wurde rückgängig gemacht: Die Zeile ist wieder abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Merged %Ln duplicate row(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%Ln doppelte Zeile zusammengeführt. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%Ln doppelte Zeilen zusammengeführt. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Export rejected lines</source>
        <translation>Abgelehnte Zeilen exportieren</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %Ln rejected line(s) to %1.</source>
        <translation>
            <numerusform>%Ln abgelehnte Zeile nach %1 exportiert.</numerusform>
            <numerusform>%Ln abgelehnte Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list was cleared.</source>
        <translation>Die Liste wurde geleert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid: %1   ·   Rejected: %2   ·   Duplicates: %3   ·   Unlicensed: %4</source>
        <translation>Gültig: %1   ·   Abgelehnt: %2   ·   Duplikate: %3   ·   Ohne Lizenz: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>   ·   Failed: %1</source>
        <translation>   ·   Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlicensed devices are found on the check page, from the licenses report.</source>
        <translation>Geräte ohne Lizenz werden auf der Prüfseite aus dem Lizenzbericht ermittelt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fix 14-di&amp;git IMEIs (%1)</source>
        <translation>14-stellige IMEIs &amp;vervollständigen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected lines (%1)</source>
        <translation>Abgelehnte Zeilen (%1)</translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceListModel</name>
    <message>
        <location filename="../src/models/DeviceListModel.cpp" line="+72"/>
        <source>Suggested: %1</source>
        <translation>Vorschlag: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No license</source>
        <translation>Keine Lizenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This IMEI is already in the list: merge duplicates to keep one row.</source>
        <translation>Diese IMEI steht bereits in der Liste: führen Sie Duplikate zusammen, um eine Zeile zu behalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No FOTA license is attached to this device: assign one first, or turn on automatic license assignment.</source>
        <translation>Diesem Gerät ist keine FOTA-Lizenz zugeordnet: weisen Sie zuerst eine zu oder schalten Sie die automatische Lizenzzuweisung ein.</translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceListWindow</name>
    <message>
        <location filename="../src/gui/devices/DeviceListWindow.cpp" line="+29"/>
        <source>Device list</source>
        <translation>Geräteliste</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+53"/>
        <source>&amp;New campaign with these devices</source>
        <translation>Neue &amp;Kampagne mit diesen Geräten</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Start the create-campaign form with the valid IMEIs of this list</source>
        <translation>Das Formular zum Erstellen einer Kampagne mit den gültigen IMEIs dieser Liste beginnen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Device list — %1</source>
        <translation>Geräteliste — %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>&amp;New campaign with these %Ln devices</source>
        <translation>
            <numerusform>Neue &amp;Kampagne mit diesem %Ln Gerät</numerusform>
            <numerusform>Neue &amp;Kampagne mit diesen %Ln Geräten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceLookupPage</name>
    <message>
        <location filename="../src/gui/lookup/DeviceLookupPage.cpp" line="+74"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report updated</source>
        <translation>Bericht aktualisiert</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter or paste the device&apos;s 15-digit IMEI.</source>
        <translation>Geben Sie die 15-stellige IMEI des Geräts ein oder fügen Sie sie ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ %1 is a valid IMEI (TAC %2).</source>
        <translation>✓ %1 ist eine gültige IMEI (TAC %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Looking up %1…</source>
        <translation>Suche %1…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Campaign %1…</source>
        <translation>Kampagne %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to open campaign %1</source>
        <translation>Doppelklicken, um Kampagne %1 zu öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2 → %3)</source>
        <translation>%1 (%2 → %3)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The device&apos;s line in the account&apos;s inventory, its upgrade history across campaigns and its FOTA license state will be shown here.</source>
        <translation>Hier erscheinen der Eintrag des Geräts im Inventar des Kontos, sein Upgrade-Verlauf über alle Kampagnen und sein FOTA-Lizenzstatus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The upgrade history of %1 could not be read.</source>
        <translation>Der Upgrade-Verlauf von %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is in no campaign of account %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist in keiner Kampagne des Kontos %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; has been in %Ln campaign(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; war in %Ln Kampagne.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; war in %Ln Kampagnen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>FOTA license: &lt;b&gt;assigned&lt;/b&gt; since %1.</source>
        <translation>FOTA-Lizenz: &lt;b&gt;zugewiesen&lt;/b&gt; seit %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FOTA license: &lt;b&gt;assigned&lt;/b&gt;.</source>
        <translation>FOTA-Lizenz: &lt;b&gt;zugewiesen&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FOTA license: &lt;b&gt;none&lt;/b&gt; — the device cannot join a campaign until a license is assigned (or the campaign auto-assigns licenses).</source>
        <translation>FOTA-Lizenz: &lt;b&gt;keine&lt;/b&gt; — das Gerät kann keiner Kampagne beitreten, bis eine Lizenz zugewiesen ist (oder die Kampagne Lizenzen automatisch zuweist).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The license state could not be read.</source>
        <translation>Der Lizenzstatus konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceResultModel</name>
    <message>
        <location filename="../src/models/DeviceResultModel.cpp" line="+59"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already in the campaign</source>
        <translation>Bereits in der Kampagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in the campaign</source>
        <translation>Nicht in der Kampagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already licensed</source>
        <translation>Bereits lizenziert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Had no license</source>
        <translation>Hatte keine Lizenz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already done</source>
        <translation>Bereits erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceStatusModel</name>
    <message>
        <location filename="../src/models/DeviceStatusModel.cpp" line="+176"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last attempt</source>
        <translation>Letzter Versuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware check</source>
        <translation>Firmware-Prüfung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mismatch: %1</source>
        <translation>Abweichung: %1</translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceTableActions</name>
    <message>
        <location filename="../src/gui/devices/DeviceTableActions.cpp" line="+24"/>
        <source>&amp;Copy IMEIs</source>
        <translation>IMEIs &amp;kopieren</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>&amp;Copy %Ln IMEI(s)</source>
        <translation>
            <numerusform>%Ln IMEI &amp;kopieren</numerusform>
            <numerusform>%Ln IMEIs &amp;kopieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Look up this device</source>
        <translation>Dieses Gerät &amp;nachschlagen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Put %Ln device(s) into a &amp;new campaign…</source>
        <translation>
            <numerusform>%Ln Gerät in eine n&amp;eue Kampagne…</numerusform>
            <numerusform>%Ln Geräte in eine n&amp;eue Kampagne…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Remove %Ln device(s) from the campaign…</source>
        <translation>
            <numerusform>%Ln Gerät aus der Kampagne &amp;entfernen…</numerusform>
            <numerusform>%Ln Geräte aus der Kampagne &amp;entfernen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Export %Ln device(s) as CSV…</source>
        <translation>
            <numerusform>%Ln Gerät als CSV e&amp;xportieren…</numerusform>
            <numerusform>%Ln Geräte als CSV e&amp;xportieren…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceZones</name>
    <message>
        <location filename="../src/core/DeviceZones.cpp" line="+133"/>
        <source>device %1: the site &quot;%2&quot; is not in the plan&apos;s &quot;sites&quot;; add &quot;%2&quot;: &quot;Europe/Berlin&quot; (its time zone) to &quot;sites&quot;.</source>
        <translation>Gerät %1: Der Standort &quot;%2&quot; fehlt in &quot;sites&quot; des Plans; ergänzen Sie &quot;%2&quot;: &quot;Europe/Berlin&quot; (seine Zeitzone) in &quot;sites&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>device %1: &quot;%2&quot; is not a time zone; write an IANA zone such as Europe/Berlin or America/New_York, or an offset such as +01:00.</source>
        <translation>Gerät %1: &quot;%2&quot; ist keine Zeitzone; schreiben Sie eine IANA-Zone wie Europe/Berlin oder America/New_York oder einen Versatz wie +01:00.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the plan asks for local windows but the device list has no time zone column; add a column &quot;timezone&quot; (e.g. Europe/Berlin) or &quot;site&quot; (with the plan&apos;s &quot;sites&quot;), or set the plan&apos;s &quot;defaultZone&quot;.</source>
        <translation>Der Plan verlangt lokale Zeitfenster, aber die Geräteliste hat keine Zeitzonenspalte; fügen Sie eine Spalte &quot;timezone&quot; (z. B. Europe/Berlin) oder &quot;site&quot; (mit &quot;sites&quot; im Plan) hinzu oder setzen Sie &quot;defaultZone&quot; im Plan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>device %1 has no %2; fill in its %2, or set the plan&apos;s &quot;defaultZone&quot; for devices without one.</source>
        <translation>Gerät %1 hat keine Angabe für %2; tragen Sie %2 ein oder setzen Sie &quot;defaultZone&quot; im Plan für Geräte ohne Angabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: … and %2 more lines like these.</source>
        <translation>%1: … und %2 weitere solche Zeilen.</translation>
    </message>
</context>
<context>
    <name>fotadesk::DisplayFormat</name>
    <message>
        <location filename="../src/core/DisplayFormat.cpp" line="+80"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
</context>
<context>
    <name>fotadesk::Draft</name>
    <message>
        <location filename="../src/store/DraftStore.cpp" line="+102"/>
        <source>Untitled device list</source>
        <translation>Unbenannte Geräteliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices for campaign %1</source>
        <translation>Geräte für Kampagne %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untitled campaign</source>
        <translation>Unbenannte Kampagne</translation>
    </message>
</context>
<context>
    <name>fotadesk::DraftListModel</name>
    <message>
        <location filename="../src/gui/drafts/DraftListModel.cpp" line="+32"/>
        <source>Create campaign</source>
        <translation>Kampagne erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device list</source>
        <translation>Geräteliste</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>For campaign %1</source>
        <translation>Für Kampagne %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last saved</source>
        <translation>Zuletzt gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
</context>
<context>
    <name>fotadesk::DraftsPage</name>
    <message>
        <location filename="../src/gui/drafts/DraftsPage.cpp" line="+83"/>
        <source>This kind of draft cannot be reopened here.</source>
        <translation>Diese Art von Entwurf kann hier nicht erneut geöffnet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device list was saved for campaign %1 of account %2 (%3 profile); FotaDesk is connected to account %4 (%5 profile). Start FotaDesk on the %3 profile with --account %2 to reopen it there; the draft is kept.</source>
        <translation>Diese Geräteliste wurde für Kampagne %1 des Kontos %2 (Profil %3) gespeichert; FotaDesk ist mit Konto %4 (Profil %5) verbunden. Starten Sie FotaDesk mit dem Profil %3 und --account %2, um sie dort erneut zu öffnen; der Entwurf bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+5"/>
        <source>Draft not reopened</source>
        <translation>Entwurf nicht erneut geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft &quot;%1&quot; could not be read from the workspace. It is kept; the log in the data directory says why.</source>
        <translation>Der Entwurf „%1“ konnte nicht aus dem Arbeitsbereich gelesen werden. Er bleibt erhalten; das Protokoll im Datenverzeichnis nennt den Grund.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Discard the draft &quot;%1&quot; (%2, %Ln device(s))? This cannot be undone.</source>
        <translation>
            <numerusform>Den Entwurf „%1“ (%2, %Ln Gerät) verwerfen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Den Entwurf „%1“ (%2, %Ln Geräte) verwerfen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft not discarded</source>
        <translation>Entwurf nicht verworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace did not remove the draft &quot;%1&quot;; it is kept.</source>
        <translation>Der Arbeitsbereich hat den Entwurf „%1“ nicht entfernt; er bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>fotadesk::EditDatesDialog</name>
    <message>
        <location filename="../src/gui/campaign/EditDatesDialog.cpp" line="+38"/>
        <source>Edit dates — %1</source>
        <translation>Daten bearbeiten — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (id %2): %3 to %4, %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (ID %2): %3 bis %4, %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The campaign started on %1: only a later end date can be set now (at least 24 hours from now). The start date and the time windows stay as they are and are sent unchanged.</source>
        <translation>Die Kampagne hat am %1 begonnen: jetzt kann nur noch ein späteres Enddatum gesetzt werden (mindestens 24 Stunden ab jetzt). Startdatum und Zeitfenster bleiben, wie sie sind, und werden unverändert gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The campaign has not started: dates and windows may all change. Unchanged fields are sent too, as the service requires.</source>
        <translation>Die Kampagne hat noch nicht begonnen: Daten und Fenster können sich alle ändern. Unveränderte Felder werden ebenfalls gesendet, wie es der Dienst verlangt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The campaign has started: its start date is fixed.</source>
        <translation>Die Kampagne hat begonnen: ihr Startdatum steht fest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The campaign has started: only the end date can change.</source>
        <translation>Die Kampagne hat begonnen: nur das Enddatum kann sich ändern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save dates</source>
        <translation>Daten speichern</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>After the start only a later end date can be set: choose %1 or later.</source>
        <translation>Nach dem Start kann nur ein späteres Enddatum gesetzt werden: wählen Sie %1 oder später.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Will send: start %1, end %2, time windows %3%4</source>
        <translation>Wird gesendet: Beginn %1, Ende %2, Zeitfenster %3%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (nothing changed)</source>
        <translation> (nichts geändert)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving…</source>
        <translation>Speichere…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The dates were not changed. Your entries are kept: correct them and save again.</source>
        <translation>Die Daten wurden nicht geändert. Ihre Eingaben bleiben erhalten: korrigieren Sie sie und speichern Sie erneut.</translation>
    </message>
</context>
<context>
    <name>fotadesk::Environment</name>
    <message>
        <location filename="../src/api/Environment.cpp" line="+65"/>
        <source>The base URL &apos;%1&apos; is not a valid URL; give one like https://thingspace.verizon.com/api.</source>
        <translation>Die Basis-URL &apos;%1&apos; ist keine gültige URL; geben Sie eine wie https://thingspace.verizon.com/api an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The base URL &apos;%1&apos; must start with https:// (or http:// for a local simulator).</source>
        <translation>Die Basis-URL &apos;%1&apos; muss mit https:// beginnen (oder http:// für einen lokalen Simulator).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No account name is set: give the ThingSpace account (for example 0000123456-00001).</source>
        <translation>Kein Kontoname gesetzt: geben Sie das ThingSpace-Konto an (zum Beispiel 0000123456-00001).</translation>
    </message>
</context>
<context>
    <name>fotadesk::FileWriter</name>
    <message>
        <location filename="../src/core/FileWriter.cpp" line="+47"/>
        <source>a file is written only whole, never read or appended</source>
        <translation>eine Datei wird nur vollständig geschrieben, nie gelesen oder ergänzt</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write %1: %2. The previous file is unchanged.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2. No file was created.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Es wurde keine Datei angelegt.</translation>
    </message>
</context>
<context>
    <name>fotadesk::FirmwareModel</name>
    <message>
        <location filename="../src/models/FirmwareModel.cpp" line="+38"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From → to</source>
        <translation>Von → nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Launch date</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release note</source>
        <translation>Versionshinweis</translation>
    </message>
</context>
<context>
    <name>fotadesk::FirmwareVerification</name>
    <message>
        <location filename="../src/core/FirmwareVerification.cpp" line="+124"/>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mismatch</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reported yet</source>
        <translation>Noch nicht gemeldet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reports %1</source>
        <translation>Meldet %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports %1, not %2</source>
        <translation>Meldet %1, nicht %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No firmware version reported</source>
        <translation>Keine Firmware-Version gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No firmware version reported (%1)</source>
        <translation>Keine Firmware-Version gemeldet (%1)</translation>
    </message>
</context>
<context>
    <name>fotadesk::FirmwareVerifyBar</name>
    <message>
        <location filename="../src/gui/campaign/FirmwareVerifyBar.cpp" line="+31"/>
        <source>Ver&amp;ify firmware</source>
        <translation>&amp;Firmware prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop verifying</source>
        <translation>Prüfung anhalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verify firmware</source>
        <translation>Firmware prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop verifying firmware</source>
        <translation>Firmware-Prüfung anhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware verification progress</source>
        <translation>Fortschritt der Firmware-Prüfung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Firmware verification result</source>
        <translation>Ergebnis der Firmware-Prüfung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not verified yet: Verify firmware asks every device the report calls successful which firmware it runs.</source>
        <translation>Noch nicht geprüft: „Firmware prüfen“ fragt jedes Gerät, das der Bericht als erfolgreich führt, welche Firmware es ausführt.</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>Verifying firmware… %1 of %Ln device(s) asked</source>
        <translation>
            <numerusform>Firmware wird geprüft… %1 von %Ln Gerät gefragt</numerusform>
            <numerusform>Firmware wird geprüft… %1 von %Ln Geräten gefragt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Firmware %1, checked %2: %3 verified · %4 mismatch · %5 not reported yet</source>
        <translation>Firmware %1, geprüft %2: %3 bestätigt · %4 Abweichung · %5 noch nicht gemeldet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(Not journaled: %1)</source>
        <translation>(Nicht protokolliert: %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Of the %Ln device(s) the report called successful.</source>
        <translation>
            <numerusform>Von dem %Ln Gerät, das der Bericht als erfolgreich führte.</numerusform>
            <numerusform>Von den %Ln Geräten, die der Bericht als erfolgreich führte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ask every device the report calls successful which firmware it runs (firmware sync, 100 devices a request) and compare it with the campaign&apos;s target firmware</source>
        <translation>Jedes Gerät, das der Bericht als erfolgreich führt, nach seiner Firmware fragen (Firmware-Synchronisierung, 100 Geräte je Anfrage) und sie mit der Ziel-Firmware der Kampagne vergleichen</translation>
    </message>
</context>
<context>
    <name>fotadesk::FirmwareVerifyRun</name>
    <message>
        <location filename="../src/workflow/FirmwareVerifyRun.cpp" line="+55"/>
        <source>A verification of this campaign is running already.</source>
        <translation>Für diese Kampagne läuft bereits eine Prüfung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign %1 states no target firmware, so there is nothing to compare the devices&apos; firmware with. Reload the campaign and try again.</source>
        <translation>Kampagne %1 nennt keine Ziel-Firmware; es gibt nichts, womit die Firmware der Geräte verglichen werden kann. Laden Sie die Kampagne neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No device of campaign %1 has succeeded yet, so there is nothing to verify. Refresh the device status once devices report success.</source>
        <translation>Noch kein Gerät der Kampagne %1 war erfolgreich, es gibt also nichts zu prüfen. Aktualisieren Sie den Gerätestatus, sobald Geräte Erfolg melden.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>stopped before this device was asked</source>
        <translation>angehalten, bevor dieses Gerät gefragt wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the firmware sync did not answer for this device</source>
        <translation>die Firmware-Synchronisierung hat für dieses Gerät nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>fotadesk::HttpJob</name>
    <message>
        <location filename="../src/api/HttpJob.cpp" line="+65"/>
        <source> (certificate of &apos;%1&apos;, issued by &apos;%2&apos;, valid until %3)</source>
        <translation> (Zertifikat von &apos;%1&apos;, ausgestellt von &apos;%2&apos;, gültig bis %3)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>This request needs a signed-in client, but none is set up.</source>
        <translation>Diese Anfrage braucht einen angemeldeten Client, aber keiner ist eingerichtet.</translation>
    </message>
</context>
<context>
    <name>fotadesk::Imei</name>
    <message>
        <location filename="../src/core/Imei.cpp" line="+186"/>
        <source>Valid IMEI.</source>
        <translation>Gültige IMEI.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No IMEI given: the value is empty.</source>
        <translation>Keine IMEI angegeben: der Wert ist leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contains “%1”, which is not a digit: an IMEI is exactly 15 digits (spaces and dashes are allowed between them).</source>
        <translation>Enthält „%1“, das keine Ziffer ist: eine IMEI besteht aus genau 15 Ziffern (Leerzeichen und Bindestriche dazwischen sind erlaubt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only %1 digits: an IMEI has exactly 15. Check that the value was not cut short or that leading digits were not dropped.</source>
        <translation>Nur %1 Ziffern: eine IMEI hat genau 15. Prüfen Sie, ob der Wert abgeschnitten wurde oder führende Ziffern verloren gingen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>14 digits: the Luhn check digit is missing. The complete IMEI is %1 (check digit %2 appended).</source>
        <translation>14 Ziffern: die Luhn-Prüfziffer fehlt. Die vollständige IMEI ist %1 (Prüfziffer %2 angehängt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>16 digits: this is an IMEISV (IMEI with a 2-digit software version), not an IMEI. The device&apos;s IMEI is %1.</source>
        <translation>16 Ziffern: das ist eine IMEISV (IMEI mit 2-stelliger Softwareversion), keine IMEI. Die IMEI des Geräts ist %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 digits is too many: an IMEI has exactly 15. Check that two values were not joined together.</source>
        <translation>%1 Ziffern sind zu viele: eine IMEI hat genau 15. Prüfen Sie, ob zwei Werte zusammengefügt wurden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong check digit: the last digit is %1 but these first 14 digits need %2. Look for a mistyped or swapped digit.</source>
        <translation>Falsche Prüfziffer: die letzte Ziffer ist %1, aber diese ersten 14 Ziffern erfordern %2. Suchen Sie nach einer vertippten oder vertauschten Ziffer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written in scientific notation (such as 3.56938E+14): the spreadsheet has already dropped digits and they cannot be recovered. Format the IMEI column as Text before exporting (Excel: Format Cells → Text) and export again.</source>
        <translation>In wissenschaftlicher Schreibweise (etwa 3.56938E+14): die Tabellenkalkulation hat bereits Ziffern verworfen, die nicht wiederhergestellt werden können. Formatieren Sie die IMEI-Spalte vor dem Export als Text (Excel: Zellen formatieren → Text) und exportieren Sie erneut.</translation>
    </message>
</context>
<context>
    <name>fotadesk::ImeiImporter</name>
    <message>
        <location filename="../src/core/ImeiImporter.cpp" line="+300"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>“%1” is a folder, not a file: give the path of the exported device list (CSV, TSV or TXT).</source>
        <translation>„%1“ ist ein Ordner, keine Datei: geben Sie den Pfad der exportierten Geräteliste an (CSV, TSV oder TXT).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read “%1”: %2. Check that you have permission to read it.</source>
        <translation>„%1“ kann nicht gelesen werden: %2. Prüfen Sie, ob Sie Leserechte dafür haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read “%1”: %2. Check the path and the file name.</source>
        <translation>„%1“ kann nicht gelesen werden: %2. Prüfen Sie Pfad und Dateinamen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The import of “%1” was cancelled.</source>
        <translation>Der Import von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read “%1”: it is not open for reading.</source>
        <translation>„%1“ kann nicht gelesen werden: die Datei ist nicht zum Lesen geöffnet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is empty. Export the device list again and check that the export wrote the rows.</source>
        <translation>„%1“ ist leer. Exportieren Sie die Geräteliste erneut und prüfen Sie, ob der Export die Zeilen geschrieben hat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is a spreadsheet workbook (.xlsx or .ods), not a text table. Open it and save the device list as CSV (Excel: File → Save As → CSV UTF-8) or as Unicode text.</source>
        <translation>„%1“ ist eine Tabellenkalkulations-Arbeitsmappe (.xlsx oder .ods), keine Texttabelle. Öffnen Sie sie und speichern Sie die Geräteliste als CSV (Excel: Datei → Speichern unter → CSV UTF-8) oder als Unicode-Text.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a text table: it contains binary data (NUL bytes or control characters). Export the device list as CSV, TSV or plain text.</source>
        <translation>„%1“ ist keine Texttabelle: sie enthält Binärdaten (NUL-Bytes oder Steuerzeichen). Exportieren Sie die Geräteliste als CSV, TSV oder reinen Text.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No IMEI column found in “%1”: no column header is named IMEI (or “Device IMEI”, “Device ID”, ...) and no column holds 15-digit IMEI values. Add a header named IMEI above the column of device IMEIs, or check that this is the right file.</source>
        <translation>Keine IMEI-Spalte in „%1“ gefunden: keine Spaltenüberschrift heißt IMEI (oder „Device IMEI“, „Device ID“, ...) und keine Spalte enthält 15-stellige IMEI-Werte. Fügen Sie über der Spalte mit den Geräte-IMEIs eine Überschrift IMEI hinzu oder prüfen Sie, ob dies die richtige Datei ist.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading “%1” failed after %2 bytes: %3.</source>
        <translation>Das Lesen von „%1“ ist nach %2 Bytes fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” holds only blank lines: there is no device to import. Export the device list again.</source>
        <translation>„%1“ enthält nur leere Zeilen: es gibt kein Gerät zu importieren. Exportieren Sie die Geräteliste erneut.</translation>
    </message>
    <message>
        <location filename="../src/core/ImeiImportResult.cpp" line="+65"/>
        <source>The row has no cell in the IMEI column: check for a missing delimiter or a row that belongs to another table.</source>
        <translation>Die Zeile hat keine Zelle in der IMEI-Spalte: prüfen Sie auf ein fehlendes Trennzeichen oder eine Zeile, die zu einer anderen Tabelle gehört.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The row is too long to be a device entry and was skipped: check that the file is the right one and that its line ends were not lost.</source>
        <translation>Die Zeile ist zu lang für einen Geräteeintrag und wurde übersprungen: prüfen Sie, ob es die richtige Datei ist und ob ihre Zeilenenden nicht verloren gingen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A quoted value starts here and is never closed, so the rest of the file was read as one value: add the missing closing quote (&quot;).</source>
        <translation>Hier beginnt ein Wert in Anführungszeichen, der nie geschlossen wird, sodass der Rest der Datei als ein Wert gelesen wurde: fügen Sie das fehlende schließende Anführungszeichen (&quot;) hinzu.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pipe</source>
        <translation>senkrechten Strich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <comment>delimiter</comment>
        <translation>keines</translation>
    </message>
</context>
<context>
    <name>fotadesk::InMemoryCredentialSource</name>
    <message>
        <location filename="../src/api/InMemoryCredentialSource.cpp" line="+38"/>
        <source>The credentials are incomplete: %1 missing.</source>
        <translation>Die Zugangsdaten sind unvollständig: %1 fehlt.</translation>
    </message>
</context>
<context>
    <name>fotadesk::InventoryCheckPanel</name>
    <message>
        <location filename="../src/gui/common/InventoryCheckPanel.cpp" line="+46"/>
        <source>Devices behind the selected c&amp;ount:</source>
        <translation>&amp;Geräte hinter der gewählten Zahl:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep only the accepted devices</source>
        <translation>&amp;Nur die angenommenen Geräte behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign &amp;licenses…</source>
        <translation>&amp;Lizenzen zuweisen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport refused devices…</source>
        <translation>Abgelehnte Geräte e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule &amp;without the inventory check (the service may refuse devices)</source>
        <translation>&amp;Ohne Bestandsprüfung planen (der Dienst kann Geräte ablehnen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Devices by verdict</source>
        <translation>Geräte nach Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devices behind the selected count</source>
        <translation>Geräte hinter der gewählten Zahl</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Checking the devices against the account&apos;s inventory: %1 of %2…</source>
        <translation>Geräte werden gegen den Bestand des Kontos geprüft: %1 von %2…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Looking up every device in the account&apos;s inventory…</source>
        <translation>Jedes Gerät wird im Bestand des Kontos nachgeschlagen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account&apos;s device inventory could not be read (%1), so it is not known which devices the service will accept. Check again, or schedule without the check.</source>
        <translation>Der Gerätebestand des Kontos konnte nicht gelesen werden (%1); daher ist nicht bekannt, welche Geräte der Dienst annimmt. Erneut prüfen oder ohne die Prüfung planen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not checked against the account&apos;s inventory yet.</source>
        <translation>Noch nicht gegen den Bestand des Kontos geprüft.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>All %Ln device(s) will be accepted: each is in the account, of the package&apos;s make and model, FOTA-eligible, on its protocol, licensed and on firmware %1.</source>
        <translation>
            <numerusform>%Ln Gerät wird angenommen: es ist im Konto, von Hersteller und Modell des Pakets, FOTA-fähig, auf seinem Protokoll, lizenziert und auf Firmware %1.</numerusform>
            <numerusform>Alle %Ln Geräte werden angenommen: jedes ist im Konto, von Hersteller und Modell des Pakets, FOTA-fähig, auf seinem Protokoll, lizenziert und auf Firmware %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Auto-assign gives %Ln device(s) a license from the account&apos;s pool (%1 left now, %2 after).</source>
        <translation>
            <numerusform>Die automatische Zuweisung gibt %Ln Gerät eine Lizenz aus dem Vorrat des Kontos (jetzt %1 frei, danach %2).</numerusform>
            <numerusform>Die automatische Zuweisung gibt %Ln Geräten eine Lizenz aus dem Vorrat des Kontos (jetzt %1 frei, danach %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The account has %Ln license(s) left.</source>
        <translation>
            <numerusform>Das Konto hat noch %Ln freie Lizenz.</numerusform>
            <numerusform>Das Konto hat noch %Ln freie Lizenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Will be accepted, but not connected for more than %Ln day(s)</source>
        <translation>
            <numerusform>Wird angenommen, aber seit mehr als %Ln Tag nicht gemeldet</numerusform>
            <numerusform>Wird angenommen, aber seit mehr als %Ln Tagen nicht gemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Assign &amp;licenses to %Ln device(s)…</source>
        <translation>
            <numerusform>&amp;Lizenz an %Ln Gerät zuweisen…</numerusform>
            <numerusform>&amp;Lizenzen an %Ln Geräte zuweisen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Assign a FOTA license to %Ln device(s) that lack nothing else? The account has %1 left.</source>
        <translation>
            <numerusform>Einem Gerät, dem sonst nichts fehlt, eine FOTA-Lizenz zuweisen? Das Konto hat noch %1 frei.</numerusform>
            <numerusform>%Ln Geräten, denen sonst nichts fehlt, eine FOTA-Lizenz zuweisen? Das Konto hat noch %1 frei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Only the first %Ln device(s) of the list get one; the others stay refused.</source>
        <translation>
            <numerusform>Nur das erste Gerät der Liste bekommt eine; die übrigen bleiben abgelehnt.</numerusform>
            <numerusform>Nur die ersten %Ln Geräte der Liste bekommen eine; die übrigen bleiben abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Assigning licenses to %Ln device(s)…</source>
        <translation>
            <numerusform>Lizenz wird %Ln Gerät zugewiesen…</numerusform>
            <numerusform>Lizenzen werden %Ln Geräten zugewiesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-158"/>
        <source>%1 of %Ln device(s) will not be accepted by the service (%2 will).</source>
        <translation>
            <numerusform>%1 von %Ln Gerät wird vom Dienst nicht angenommen (%2 schon).</numerusform>
            <numerusform>%1 von %Ln Geräten werden vom Dienst nicht angenommen (%2 schon).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+113"/>
        <location line="+6"/>
        <source>Export refused devices</source>
        <translation>Abgelehnte Geräte exportieren</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 will be left afterwards.</source>
        <translation>Danach sind noch %1 frei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <location line="+19"/>
        <location line="+12"/>
        <source>Assign licenses</source>
        <translation>Lizenzen zuweisen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 device(s) got a license; %2 did not.</source>
        <translation>%1 Gerät(e) haben eine Lizenz bekommen; %2 nicht.</translation>
    </message>
</context>
<context>
    <name>fotadesk::IssueText</name>
    <message>
        <location filename="../src/gui/common/IssueText.cpp" line="+37"/>
        <source>Campaign name</source>
        <translation>Kampagnenname</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time windows</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
</context>
<context>
    <name>fotadesk::KeychainCredentialSource</name>
    <message>
        <location filename="../src/store/KeychainCredentialSource.cpp" line="+62"/>
        <source>There is no keychain on this computer: enter the client secret and password for this run (they are kept in memory only, never written to disk).</source>
        <translation>Auf diesem Computer gibt es keinen Schlüsselbund: geben Sie Client-Secret und Passwort für diesen Lauf ein (sie werden nur im Speicher gehalten, nie auf die Festplatte geschrieben).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No saved sign-in for %1 in %2: enter the client secret and password.</source>
        <translation>Keine gespeicherte Anmeldung für %1 in %2: geben Sie Client-Secret und Passwort ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved sign-in could not be read from %1 (%2). Enter the client secret and password.</source>
        <translation>Die gespeicherte Anmeldung konnte nicht aus %1 gelesen werden (%2). Geben Sie Client-Secret und Passwort ein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the client id, client secret, user name and password of the account %1.</source>
        <translation>Geben Sie Client-ID, Client-Secret, Benutzername und Passwort des Kontos %1 ein.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The sign-in was not saved in %1 (%2); it is used for this run only.</source>
        <translation>Die Anmeldung wurde nicht in %1 gespeichert (%2); sie wird nur für diesen Lauf verwendet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sign-in was saved in %1.</source>
        <translation>Die Anmeldung wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password was not saved in %1 (%2); it is used for this run only.</source>
        <translation>Das Passwort wurde nicht in %1 gespeichert (%2); es wird nur für diesen Lauf verwendet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sign in to %1: %2 missing.</source>
        <translation>Bei %1 anmelden: %2 fehlt.</translation>
    </message>
</context>
<context>
    <name>fotadesk::KeychainSecretStore</name>
    <message>
        <location filename="../src/store/KeychainSecretStore.cpp" line="+59"/>
        <source>The keychain said: %1</source>
        <translation>Der Schlüsselbund meldete: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the macOS keychain</source>
        <translation>der macOS-Schlüsselbund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Windows Credential Manager</source>
        <translation>die Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the desktop keyring (Secret Service)</source>
        <translation>der Desktop-Schlüsselbund (Secret Service)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No keychain service (Secret Service or KWallet) runs in this session.</source>
        <translation>In dieser Sitzung läuft kein Schlüsselbunddienst (Secret Service oder KWallet).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>FotaDesk was built without keychain support (QtKeychain).</source>
        <translation>FotaDesk wurde ohne Schlüsselbund-Unterstützung (QtKeychain) erstellt.</translation>
    </message>
</context>
<context>
    <name>fotadesk::LicensedDeviceModel</name>
    <message>
        <location filename="../src/models/LicensedDeviceModel.cpp" line="+53"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licensed since</source>
        <translation>Lizenziert seit</translation>
    </message>
</context>
<context>
    <name>fotadesk::LicensesPage</name>
    <message>
        <location filename="../src/gui/licenses/LicensesPage.cpp" line="+88"/>
        <source>Reading the licensed devices…</source>
        <translation>Lese die lizenzierten Geräte…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the licensed devices… %1 of %2</source>
        <translation>Lese die lizenzierten Geräte… %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the licensed devices… %1</source>
        <translation>Lese die lizenzierten Geräte… %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2 licenses assigned; %3 free.</source>
        <translation>%1 von %2 Lizenzen zugewiesen; %3 frei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 licenses assigned.</source>
        <translation>%1 Lizenzen zugewiesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the licensed devices</source>
        <translation>Lesen der lizenzierten Geräte</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The list shows the %Ln device(s) read so far.</source>
        <translation>
            <numerusform>Die Liste zeigt das %Ln bisher gelesene Gerät.</numerusform>
            <numerusform>Die Liste zeigt die %Ln bisher gelesenen Geräte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%Ln device(s) selected on the Licenses page</source>
        <translation>
            <numerusform>%Ln Gerät auf der Seite Lizenzen ausgewählt</numerusform>
            <numerusform>%Ln Geräte auf der Seite Lizenzen ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Exported %Ln device(s) to %1.</source>
        <translation>
            <numerusform>%Ln Gerät nach %1 exportiert.</numerusform>
            <numerusform>%Ln Geräte nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Remove the licenses of the %Ln selected device(s)</source>
        <translation>
            <numerusform>Die Lizenz des %Ln ausgewählten Geräts entfernen</numerusform>
            <numerusform>Die Lizenzen der %Ln ausgewählten Geräte entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+9"/>
        <source>Export licensed devices</source>
        <translation>Lizenzierte Geräte exportieren</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove the licenses of the devices of a list (import a file or paste IMEIs)</source>
        <translation>Die Lizenzen der Geräte einer Liste entfernen (eine Datei importieren oder IMEIs einfügen)</translation>
    </message>
</context>
<context>
    <name>fotadesk::LogFile</name>
    <message>
        <location filename="../src/store/LogFile.cpp" line="+139"/>
        <source>The log file %1 cannot be written: %2</source>
        <translation>Die Protokolldatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>fotadesk::MainWindow</name>
    <message>
        <location filename="../src/gui/shell/MainWindow.cpp" line="+137"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>FotaDesk — %1 (%2)</source>
        <translation>FotaDesk — %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection: not monitored</source>
        <translation>Verbindung: nicht überwacht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Opened %1 in the device list editor</source>
        <translation>%1 im Geräteliste-Editor geöffnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open device list</source>
        <translation>Geräteliste öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device lists (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Gerätelisten (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln devices are in the new campaign&apos;s device list (step Devices)</source>
        <translation>
            <numerusform>%Ln Gerät steht in der Geräteliste der neuen Kampagne (Schritt „Geräte“)</numerusform>
            <numerusform>%Ln Geräte stehen in der Geräteliste der neuen Kampagne (Schritt „Geräte“)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+1"/>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (campaign %2)</source>
        <translation>%1 (Kampagne %2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open campaign</source>
        <translation>Kampagne öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign id (as the server gave it):</source>
        <translation>Kampagnen-ID (wie vom Server vergeben):</translation>
    </message>
</context>
<context>
    <name>fotadesk::MessageArea</name>
    <message>
        <location filename="../src/gui/common/MessageArea.cpp" line="+25"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this message (Esc)</source>
        <translation>Diese Meldung schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>fotadesk::Notifier</name>
    <message numerus="yes">
        <location filename="../src/gui/notifications/Notifier.cpp" line="+52"/>
        <location line="+29"/>
        <source>FotaDesk — watching %Ln campaign(s)</source>
        <translation>
            <numerusform>FotaDesk — beobachtet %Ln Kampagne</numerusform>
            <numerusform>FotaDesk — beobachtet %Ln Kampagnen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status changed from %1 to %2.</source>
        <translation>Status von %1 zu %2 geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
</context>
<context>
    <name>fotadesk::OverviewPage</name>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="+55"/>
        <source>Campaigns — %1</source>
        <translation>Kampagnen — %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+311"/>
        <source>Campaigns by status</source>
        <translation>Kampagnen nach Status</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>Refreshing…</source>
        <translation>Aktualisiere…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Refreshing… %Ln campaign(s) read</source>
        <translation>
            <numerusform>Aktualisieren… %Ln Kampagne gelesen</numerusform>
            <numerusform>Aktualisieren… %Ln Kampagnen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Double-click a campaign (or press Enter) to open it</source>
        <translation>Doppelklicken Sie auf eine Kampagne (oder drücken Sie die Eingabetaste), um sie zu öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>every %Ln min</source>
        <translation>
            <numerusform>jede Minute</numerusform>
            <numerusform>alle %Ln Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+96"/>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Campaigns by status: the %1 shown of %2</source>
        <translation>Kampagnen nach Status: die %1 angezeigten von %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not loaded yet</source>
        <translation>Noch nicht geladen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated at %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful refresh: %1</source>
        <translation>Letzte erfolgreiche Aktualisierung: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>STALE — showing data from %1; the last refresh failed.</source>
        <translation>VERALTET — zeige Daten von %1; die letzte Aktualisierung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No data — the overview could not be loaded.</source>
        <translation>Keine Daten — die Übersicht konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next try in %1.</source>
        <translation>Nächster Versuch in %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln s</source>
        <translation>
            <numerusform>%Ln s</numerusform>
            <numerusform>%Ln s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Refresh now to try again.</source>
        <translation>Klicken Sie auf „Jetzt aktualisieren“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refreshing the overview failed.</source>
        <translation>Die Aktualisierung der Übersicht ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load every campaign again now</source>
        <translation>Alle Kampagnen jetzt neu laden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2 assigned (%3%)</source>
        <translation>%1 von %2 zugewiesen (%3 %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 assigned</source>
        <translation>%1 zugewiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licenses: %1 assigned, %2 free.</source>
        <translation>Lizenzen: %1 zugewiesen, %2 frei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subscription: %1, %2 of %3 licenses used</source>
        <translation>Abonnement: %1, %2 von %3 Lizenzen genutzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type not stated</source>
        <translation>Art nicht angegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (as of %1)</source>
        <translation> (Stand %1)</translation>
    </message>
</context>
<context>
    <name>fotadesk::Pager</name>
    <message>
        <location filename="../src/api/Pager.cpp" line="+92"/>
        <source>the ranges delivered %1 items but the report&apos;s total is %2</source>
        <translation>die Bereiche lieferten %1 Einträge, aber die Gesamtzahl des Berichts ist %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the start</source>
        <translation>der Anfang</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a page asked for keys after %1 (%2) begins with %3</source>
        <translation>eine Seite, die Schlüssel nach %1 (%2) anforderte, beginnt mit %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a page (%1, after %2) is not in key order: %3 follows %4</source>
        <translation>eine Seite (%1, nach %2) ist nicht nach Schlüsseln sortiert: %3 folgt auf %4</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the server refused the cursor %1 of %2: %3</source>
        <translation>der Server hat den Cursor %1 von %2 abgelehnt: %3</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the page says there is more data, but its cursor &apos;%1&apos; does not advance; paging stopped to avoid a loop</source>
        <translation>die Seite meldet weitere Daten, aber ihr Cursor &apos;%1&apos; rückt nicht vor; das Blättern wurde gestoppt, um eine Endlosschleife zu vermeiden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 items arrived, more than the report&apos;s total of %2, and the server still says there is more; paging stopped</source>
        <translation>%1 Einträge sind eingetroffen, mehr als die Gesamtzahl %2 des Berichts, und der Server meldet weiterhin mehr; das Blättern wurde beendet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the cursor &apos;%1&apos; repeats (%2 asked for it before); paging stopped to avoid a loop</source>
        <translation>der Cursor „%1“ wiederholt sich (%2 hat ihn schon angefragt); das Blättern wurde beendet, um eine Schleife zu vermeiden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the report took %1 pages, the most one report may take, and the server still says there is more; paging stopped</source>
        <translation>der Bericht umfasste %1 Seiten, das Höchste für einen Bericht, und der Server meldet weiterhin mehr; das Blättern wurde beendet</translation>
    </message>
</context>
<context>
    <name>fotadesk::RecentFilesMenu</name>
    <message>
        <location filename="../src/gui/shell/RecentFilesMenu.cpp" line="+16"/>
        <source>Recent device &amp;lists</source>
        <translation>Zuletzt verwendete Geräte&amp;listen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open %1 in the device list editor</source>
        <translation>%1 in der Geräteliste öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>fotadesk::RemovePreflight</name>
    <message>
        <location filename="../src/gui/devices/RemovePreflight.cpp" line="+29"/>
        <source>&amp;Drop them from the list</source>
        <translation>Aus der Liste &amp;nehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove &amp;without the check</source>
        <translation>&amp;Ohne Prüfung entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Devices not in the campaign</source>
        <translation>Geräte nicht in der Kampagne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the devices that are not in the campaign from this list (Undo in the list brings them back)</source>
        <translation>Die Geräte, die nicht in der Kampagne sind, aus dieser Liste nehmen (Rückgängig in der Liste holt sie zurück)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send the whole list; the service refuses the devices that are not in the campaign</source>
        <translation>Die ganze Liste senden; der Dienst lehnt die Geräte ab, die nicht in der Kampagne sind</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>Dropped %Ln device(s) that are not in the campaign from the list (Undo in the list brings them back).</source>
        <translation>
            <numerusform>%Ln Gerät, das nicht in der Kampagne ist, aus der Liste genommen (Rückgängig in der Liste holt es zurück).</numerusform>
            <numerusform>%Ln Geräte, die nicht in der Kampagne sind, aus der Liste genommen (Rückgängig in der Liste holt sie zurück).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Checking which of the %Ln device(s) are in the campaign (reading its device report)…</source>
        <translation>
            <numerusform>Es wird geprüft, ob das %Ln Gerät in der Kampagne ist (ihr Gerätebericht wird gelesen)…</numerusform>
            <numerusform>Es wird geprüft, welche der %Ln Geräte in der Kampagne sind (ihr Gerätebericht wird gelesen)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>The campaign&apos;s device report could not be read, so the %Ln device(s) were not checked against it and nothing was sent. Try again, or remove without the check (the service refuses devices that are not in the campaign).</source>
        <translation>
            <numerusform>Der Gerätebericht der Kampagne konnte nicht gelesen werden, daher wurde das %Ln Gerät nicht damit abgeglichen und nichts gesendet. Versuchen Sie es erneut oder entfernen Sie ohne Prüfung (der Dienst lehnt Geräte ab, die nicht in der Kampagne sind).</numerusform>
            <numerusform>Der Gerätebericht der Kampagne konnte nicht gelesen werden, daher wurden die %Ln Geräte nicht damit abgeglichen und nichts gesendet. Versuchen Sie es erneut oder entfernen Sie ohne Prüfung (der Dienst lehnt Geräte ab, die nicht in der Kampagne sind).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source> and %Ln more</source>
        <translation>
            <numerusform> und %Ln weiteres</numerusform>
            <numerusform> und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%Ln of the %1 device(s) are not in this campaign&lt;/b&gt; (its device report does not list them; marked in the list): %2.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln der %1 Geräte ist nicht in dieser Kampagne&lt;/b&gt; (ihr Gerätebericht führt es nicht; in der Liste markiert): %2.</numerusform>
            <numerusform>&lt;b&gt;%Ln der %1 Geräte sind nicht in dieser Kampagne&lt;/b&gt; (ihr Gerätebericht führt sie nicht; in der Liste markiert): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Remove only the &amp;other %Ln device(s)</source>
        <translation>
            <numerusform>Nur das &amp;andere %Ln Gerät entfernen</numerusform>
            <numerusform>Nur die &amp;anderen %Ln Geräte entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>None of the devices is in the campaign: there is nothing to remove.</source>
        <translation>Keines der Geräte ist in der Kampagne: Es gibt nichts zu entfernen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They will not be sent: drop them from the list, or remove only the others (the devices left out stay in the list).</source>
        <translation>Sie werden nicht gesendet: Nehmen Sie sie aus der Liste oder entfernen Sie nur die anderen (die ausgelassenen Geräte bleiben in der Liste).</translation>
    </message>
</context>
<context>
    <name>fotadesk::RolloutAdvance</name>
    <message>
        <location filename="../src/workflow/RolloutAdvance.cpp" line="+61"/>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 cannot start: its end date %2 is before its first possible day %3. Change the plan&apos;s dates and create the rollout again.</source>
        <translation>%1 kann nicht beginnen: Ihr Enddatum %2 liegt vor ihrem frühestmöglichen Tag %3. Ändern Sie die Daten des Plans und legen Sie das Rollout neu an.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 cannot start: %2</source>
        <translation>%1 kann nicht starten: %2</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The workspace could not record the rollout&apos;s state: %1</source>
        <translation>Der Arbeitsbereich konnte den Zustand des Rollouts nicht speichern: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../src/workflow/RolloutDecisions.cpp" line="+38"/>
        <location line="+18"/>
        <location line="+16"/>
        <location line="+66"/>
        <location line="+44"/>
        <source>There is no rollout %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es kein Rollout %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../src/workflow/RolloutDecisions.cpp" line="-136"/>
        <source>The rollout is paused; &apos;rollout resume&apos; lets it go on.</source>
        <translation>Das Rollout ist angehalten; &apos;rollout resume&apos; lässt es weiterlaufen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan needs an approval before anything is sent: a second engineer runs &apos;fotactl rollout approve&apos; on it.</source>
        <translation>Der Plan braucht eine Freigabe, bevor etwas gesendet wird: Ein zweiter Techniker führt &apos;fotactl rollout approve&apos; dafür aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The approved plan is not this plan (its hash differs): nothing is sent. Have the plan as it is now approved.</source>
        <translation>Der freigegebene Plan ist nicht dieser Plan (sein Hash weicht ab): Es wird nichts gesendet. Lassen Sie den Plan in seiner jetzigen Form freigeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored plan of this rollout does not match its hash: it was changed after it was created. Nothing is sent.</source>
        <translation>Der gespeicherte Plan dieses Rollouts passt nicht zu seinem Hash: Er wurde nach dem Anlegen geändert. Es wird nichts gesendet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every wave ended and passed its gate.</source>
        <translation>Alle Wellen sind beendet und haben ihr Gate bestanden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workspace could not be read: %1</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rollout did not settle in one pass; run &apos;rollout advance&apos; again.</source>
        <translation>Das Rollout kam in einem Durchgang nicht zur Ruhe; führen Sie &apos;rollout advance&apos; erneut aus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The gate after wave %1 passed; wave %2 starts once a person approves it (&apos;rollout approve-gate&apos;).</source>
        <translation>Das Gate nach Welle %1 ist bestanden; Welle %2 beginnt, sobald eine Person sie freigibt (&apos;rollout approve-gate&apos;).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Wave %1 runs but the workspace has no campaign of it.</source>
        <translation>Welle %1 läuft, aber der Arbeitsbereich kennt keine Kampagne von ihr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wave %1&apos;s campaign %2 could not be read: %3</source>
        <translation>Die Kampagne %2 der Welle %1 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wave %1 runs: %2 of its %3 campaigns ended; campaign %4 is %5.</source>
        <translation>Welle %1 läuft: %2 ihrer %3 Kampagnen sind beendet; Kampagne %4 ist %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wave %1 runs: campaign %2 is %3.</source>
        <translation>Welle %1 läuft: Kampagne %2 ist %3.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Wave %1 ended; its gate is read after the soak time, at %2.</source>
        <translation>Welle %1 ist beendet; ihr Gate wird nach der Beobachtungszeit gelesen, um %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The gate after wave %1 failed.</source>
        <translation>Das Gate nach Welle %1 ist nicht bestanden.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The workspace could not journal wave %1&apos;s create, so it was not sent: %2</source>
        <translation>Der Arbeitsbereich konnte das Anlegen der Welle %1 nicht protokollieren, daher wurde es nicht gesendet: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Wave %1&apos;s campaign was not created: %2</source>
        <translation>Die Kampagne der Welle %1 wurde nicht angelegt: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer to wave %1&apos;s create was lost (%2). Run &apos;rollout advance&apos; again: it looks the campaign up before sending anything.</source>
        <translation>Die Antwort auf das Anlegen der Welle %1 ging verloren (%2). Führen Sie &apos;rollout advance&apos; erneut aus: Es sucht die Kampagne, bevor es etwas sendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wave %1&apos;s journaled create cannot be read.</source>
        <translation>Das protokollierte Anlegen der Welle %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wave %1&apos;s create was sent by an earlier run whose outcome is not known, and the campaign history could not be read (%2); nothing is sent. Run &apos;rollout advance&apos; again.</source>
        <translation>Das Anlegen der Welle %1 wurde von einem früheren Lauf mit unbekanntem Ausgang gesendet, und der Kampagnenverlauf konnte nicht gelesen werden (%2); es wird nichts gesendet. Führen Sie &apos;rollout advance&apos; erneut aus.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location filename="../src/workflow/RolloutDecisions.cpp" line="+149"/>
        <source>Wave %1&apos;s device report could not be read: %2</source>
        <translation>Der Gerätebericht der Welle %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Held at the gate after wave %1: %2. Devices behind it: %3</source>
        <translation>Am Gate nach Welle %1 angehalten: %2. Betroffene Geräte: %3</translation>
    </message>
    <message>
        <location filename="../src/workflow/RolloutDecisions.cpp" line="-119"/>
        <source>The rollout has already ended.</source>
        <translation>Das Rollout ist bereits beendet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wave %1&apos;s campaign %2 could not be cancelled: %3. The rollout is not aborted; try again.</source>
        <translation>Die Kampagne %2 der Welle %1 konnte nicht storniert werden: %3. Das Rollout ist nicht abgebrochen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Aborted by %1.</source>
        <translation>Abgebrochen von %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wave %1&apos;s create may have made a campaign that cannot be looked up now; the rollout is not aborted; try again.</source>
        <translation>Das Anlegen der Welle %1 hat möglicherweise eine Kampagne erzeugt, die sich gerade nicht nachschlagen lässt; das Rollout ist nicht abgebrochen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No gate waits for an approval or has failed.</source>
        <translation>Kein Gate wartet auf eine Freigabe oder ist nicht bestanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No passed gate waits for an approval (a failed one needs --override).</source>
        <translation>Kein bestandenes Gate wartet auf eine Freigabe (ein nicht bestandenes braucht --override).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wave %1 has not ended yet: its failed devices are retried once its campaign has ended.</source>
        <translation>Welle %1 ist noch nicht beendet: Ihre fehlgeschlagenen Geräte werden erneut versucht, sobald ihre Kampagne beendet ist.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wave %1 has no failed device with a retryable reason.</source>
        <translation>Welle %1 hat kein fehlgeschlagenes Gerät mit einem wiederholbaren Grund.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pre-flight check of the devices to retry failed: %1</source>
        <translation>Die Vorabprüfung der erneut zu versuchenden Geräte ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The pre-flight check refused every device to retry.</source>
        <translation>Die Vorabprüfung hat alle erneut zu versuchenden Geräte abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/workflow/RolloutBandSteps.cpp" line="+70"/>
        <source>The workspace could not journal wave %1&apos;s creates, so none was sent: %2</source>
        <translation>Der Arbeitsbereich konnte die Anlagen von Welle %1 nicht protokollieren, daher wurde keine gesendet: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wave %1&apos;s journaled create of band %2 cannot be read.</source>
        <translation>Die protokollierte Anlage des Bands %2 von Welle %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wave %1&apos;s create of band %2 may have been sent by an earlier run, and the campaign history could not be read (%3); nothing is sent. Run &apos;rollout advance&apos; again.</source>
        <translation>Die Anlage des Bands %2 von Welle %1 wurde möglicherweise von einem früheren Lauf gesendet, und der Kampagnenverlauf konnte nicht gelesen werden (%3); nichts wird gesendet. Führen Sie &apos;rollout advance&apos; erneut aus.</translation>
    </message>
    <message>
        <location filename="../src/workflow/RolloutAdvance.cpp" line="-39"/>
        <source>Several campaigns are named &quot;%1&quot; (%2); check which one is wave %3&apos;s before going on.</source>
        <translation>Mehrere Kampagnen heißen &quot;%1&quot; (%2); prüfen Sie, welche zu Welle %3 gehört, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <location filename="../src/workflow/RolloutBandSteps.cpp" line="+57"/>
        <source>Wave %1&apos;s campaign of band %2 was not created: %3</source>
        <translation>Die Kampagne des Bands %2 von Welle %1 wurde nicht angelegt: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer to wave %1&apos;s create of band %2 was lost (%3). Run &apos;rollout advance&apos; again: it looks the campaign up before sending anything.</source>
        <translation>Die Antwort auf die Anlage des Bands %2 von Welle %1 ging verloren (%3). Führen Sie &apos;rollout advance&apos; erneut aus: Es sucht die Kampagne, bevor es etwas sendet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wave %1&apos;s create of band %2 may have made a campaign that cannot be looked up now; the rollout is not aborted; try again.</source>
        <translation>Die Anlage des Bands %2 von Welle %1 hat möglicherweise eine Kampagne erzeugt, die jetzt nicht gefunden werden kann; das Rollout wird nicht abgebrochen; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>fotadesk::RolloutBands</name>
    <message>
        <location filename="../src/core/RolloutBands.cpp" line="+86"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n device(s) have no time zone (%1); give each a time zone or site in the device list, or set the plan&apos;s &quot;defaultZone&quot;.</source>
        <translation>
            <numerusform>%n Gerät hat keine Zeitzone (%1); geben Sie jedem Gerät in der Geräteliste eine Zeitzone oder einen Standort oder setzen Sie &quot;defaultZone&quot; im Plan.</numerusform>
            <numerusform>%n Geräte haben keine Zeitzone (%1); geben Sie jedem Gerät in der Geräteliste eine Zeitzone oder einen Standort oder setzen Sie &quot;defaultZone&quot; im Plan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The band %1 (%2) has no UTC hour inside the local window %3 on every date from %4 to %5: a clock change moves it. Give the wave dates on one side of the change, or a wider local window.</source>
        <translation>Das Band %1 (%2) hat vom %4 bis %5 keine UTC-Stunde, die an jedem Tag im lokalen Fenster %3 liegt: Eine Zeitumstellung verschiebt es. Legen Sie die Daten der Welle auf eine Seite der Umstellung oder wählen Sie ein breiteres lokales Fenster.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The band&apos;s campaign sends %1: the hours inside the local window on every date of the campaign.</source>
        <translation>Die Kampagne des Bands sendet %1: die Stunden, die an jedem Tag der Kampagne im lokalen Fenster liegen.</translation>
    </message>
</context>
<context>
    <name>fotadesk::RolloutPlan</name>
    <message>
        <location filename="../src/core/RolloutPlan.cpp" line="+59"/>
        <source>is missing; add &quot;%1&quot;: &quot;…&quot;.</source>
        <translation>fehlt; fügen Sie &quot;%1&quot;: &quot;…&quot; hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a non-empty text in quotes.</source>
        <translation>muss ein nicht leerer Text in Anführungszeichen sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be true or false (without quotes).</source>
        <translation>muss true oder false sein (ohne Anführungszeichen).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a whole number from %1 to %2.</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a number from %1 to %2.</source>
        <translation>muss eine Zahl von %1 bis %2 sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a date written &quot;YYYY-MM-DD&quot;.</source>
        <translation>muss ein Datum in der Form &quot;JJJJ-MM-TT&quot; sein.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>must be a list of texts, e.g. [&quot;device unreachable&quot;].</source>
        <translation>muss eine Liste von Texten sein, z. B. [&quot;device unreachable&quot;].</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be an object { … }.</source>
        <translation>muss ein Objekt { … } sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is not a member of a rollout plan here; remove it or correct its spelling (known here: %1).</source>
        <translation>ist hier kein Bestandteil eines Rollout-Plans; entfernen Sie es oder korrigieren Sie die Schreibweise (hier bekannt: %1).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>must be a list of UTC hour ranges such as [&quot;1-5&quot;, &quot;22-24&quot;] (start before end, 0 to 24).</source>
        <translation>muss eine Liste von UTC-Stundenbereichen wie [&quot;1-5&quot;, &quot;22-24&quot;] sein (Beginn vor Ende, 0 bis 24).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>has windows that overlap; merge them into one range.</source>
        <translation>enthält sich überschneidende Fenster; fassen Sie sie zu einem Bereich zusammen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a list of local hour ranges such as [&quot;1-5&quot;] or [&quot;22-2&quot;] (0 to 24; a range across midnight is allowed).</source>
        <translation>muss eine Liste lokaler Stundenbereiche wie [&quot;1-5&quot;] oder [&quot;22-2&quot;] sein (0 bis 24; ein Bereich über Mitternacht ist erlaubt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be given together with &quot;windows&quot; (UTC hours): keep one of them.</source>
        <translation>kann nicht zusammen mit &quot;windows&quot; (UTC-Stunden) angegeben werden: Behalten Sie eines davon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is before startDate; swap them or correct one.</source>
        <translation>liegt vor startDate; vertauschen Sie beide oder korrigieren Sie eines.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1:%2:%3: not valid JSON: %4. Check the quotes, commas and brackets around this place.</source>
        <translation>%1:%2:%3: kein gültiges JSON: %4. Prüfen Sie Anführungszeichen, Kommas und Klammern an dieser Stelle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: a rollout plan is one JSON object { … }.</source>
        <translation>%1: Ein Rollout-Plan ist ein JSON-Objekt { … }.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is longer than 100 characters; shorten it.</source>
        <translation>ist länger als 100 Zeichen; kürzen Sie ihn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be LWM2M, OMA or HTTP (or left out: the package&apos;s).</source>
        <translation>muss LWM2M, OMA oder HTTP sein (oder weggelassen: das des Pakets).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is missing; add &quot;firmware&quot;: {&quot;name&quot;: &quot;PACKAGE&quot;}.</source>
        <translation>fehlt; fügen Sie &quot;firmware&quot;: {&quot;name&quot;: &quot;PAKET&quot;} hinzu.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: must be a time zone such as &quot;Europe/Berlin&quot; or &quot;+01:00&quot;.</source>
        <translation>%1: muss eine Zeitzone wie &quot;Europe/Berlin&quot; oder &quot;+01:00&quot; sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a time zone such as &quot;Europe/Berlin&quot; or &quot;+01:00&quot;.</source>
        <translation>muss eine Zeitzone wie &quot;Europe/Berlin&quot; oder &quot;+01:00&quot; sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a list of at least one wave, e.g. [{&quot;count&quot;: 20}, {&quot;percent&quot;: 25}, {&quot;rest&quot;: true}].</source>
        <translation>muss eine Liste von mindestens einer Welle sein, z. B. [{&quot;count&quot;: 20}, {&quot;percent&quot;: 25}, {&quot;rest&quot;: true}].</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: must be an object such as {&quot;count&quot;: 20}.</source>
        <translation>%1: muss ein Objekt wie {&quot;count&quot;: 20} sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: give exactly one of &quot;count&quot; (devices), &quot;percent&quot; (of the devices that remain) or &quot;rest&quot;: true.</source>
        <translation>%1: Geben Sie genau eines an: &quot;count&quot; (Geräte), &quot;percent&quot; (der verbleibenden Geräte) oder &quot;rest&quot;: true.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only the last wave can take the rest.</source>
        <translation>nur die letzte Welle kann den Rest nehmen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sites/defaultZone: only a plan with &quot;localWindows&quot; uses time zones; add &quot;localWindows&quot; to the schedule or remove them.</source>
        <translation>sites/defaultZone: Nur ein Plan mit &quot;localWindows&quot; verwendet Zeitzonen; fügen Sie &quot;localWindows&quot; zum Zeitplan hinzu oder entfernen Sie sie.</translation>
    </message>
    <message>
        <location filename="../src/core/RolloutSplit.cpp" line="+54"/>
        <source>No device passed the pre-flight check: there is nothing to roll out.</source>
        <translation>Kein Gerät hat die Vorabprüfung bestanden: Es gibt nichts auszurollen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 would be empty: the waves before it take every device. Remove it or make the waves before it smaller.</source>
        <translation>%1 wäre leer: Die Wellen davor nehmen alle Geräte. Entfernen Sie sie oder verkleinern Sie die Wellen davor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 devices would be in no wave; make the last wave {&quot;rest&quot;: true} or add a wave.</source>
        <translation>%1 Geräte wären in keiner Welle; machen Sie die letzte Welle zu {&quot;rest&quot;: true} oder fügen Sie eine Welle hinzu.</translation>
    </message>
</context>
<context>
    <name>fotadesk::RolloutPlanDialog</name>
    <message>
        <location filename="../src/gui/rollouts/RolloutPlanDialog.cpp" line="+27"/>
        <source>Rollout %1: %2</source>
        <translation>Rollout %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan hash: %1</source>
        <translation>Plan-Hash: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic advance after a passed gate: %1</source>
        <translation>Automatisch weiter nach bestandenem Gate: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no, a person approves each wave</source>
        <translation>nein, eine Person gibt jede Welle frei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firmware:</source>
        <translation>Firmware:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre-flight check: %1 checked, %2 accepted, %3 refused (they enter no wave)</source>
        <translation>Vorabprüfung: %1 geprüft, %2 angenommen, %3 abgelehnt (sie kommen in keine Welle)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>  %Ln device(s); first: %1</source>
        <translation>
            <numerusform>  %Ln Gerät; erstes: %1</numerusform>
            <numerusform>  %Ln Geräte; erste: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>soak %Ln hour(s)</source>
        <translation>
            <numerusform>Wartezeit %Ln Stunde</numerusform>
            <numerusform>Wartezeit %Ln Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="-34"/>
        <source>  Request it sends (dates as of today; a later wave starts when its gate lets it):</source>
        <translation>  Anfrage, die sie sendet (Daten Stand heute; eine spätere Welle startet, wenn ihr Gate es zulässt):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>  Time zone %1 (%2):</source>
        <translation>  Zeitzone %1 (%2):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>at least %1 devices final</source>
        <translation>mindestens %1 Geräte final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>success ≥ %1 %</source>
        <translation>Erfolg ≥ %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failures ≤ %1 %</source>
        <translation>Fehler ≤ %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not counted: %1</source>
        <translation>nicht gezählt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Gate after it: %1</source>
        <translation>  Gate danach: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Review plan — %1</source>
        <translation>Plan prüfen — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What every wave will send. Approving records your name, the time and the plan&apos;s hash; a changed plan needs a new approval. The engineer who created the rollout cannot approve it.</source>
        <translation>Was jede Welle senden wird. Die Genehmigung hält Ihren Namen, die Zeit und den Hash des Plans fest; ein geänderter Plan braucht eine neue Genehmigung. Wer das Rollout angelegt hat, kann es nicht genehmigen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Approve plan as %1</source>
        <translation>Plan als %1 &amp;genehmigen</translation>
    </message>
</context>
<context>
    <name>fotadesk::RolloutRunner</name>
    <message>
        <location filename="../src/gui/rollouts/RolloutRunner.cpp" line="+41"/>
        <source>The plan changed since it was shown: review it again before approving it.</source>
        <translation>Der Plan hat sich seit der Anzeige geändert: Prüfen Sie ihn erneut, bevor Sie ihn genehmigen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 created this rollout and cannot approve its plan too: a second engineer approves it (four eyes).</source>
        <translation>%1 hat dieses Rollout angelegt und kann den Plan nicht auch genehmigen: Ein zweiter Techniker genehmigt ihn (Vier-Augen-Prinzip).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plan approved by %1.</source>
        <translation>Plan von %1 genehmigt.</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+71"/>
        <source>The workspace cannot keep a rollout&apos;s steps now.</source>
        <translation>Der Arbeitsbereich kann die Schritte eines Rollouts derzeit nicht speichern.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>No rollout %1.</source>
        <translation>Kein Rollout %1.</translation>
    </message>
</context>
<context>
    <name>fotadesk::RolloutWaveText</name>
    <message>
        <location filename="../src/core/RolloutWaveText.cpp" line="+45"/>
        <source>from</source>
        <comment>a wave&apos;s own start date: pilot 20 from 2026-12-10</comment>
        <translation>ab</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is not a date; write it as 2026-12-24.</source>
        <translation>%1: %2 ist kein Datum; schreiben Sie es als 2026-12-24.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>days</source>
        <comment>a wave&apos;s own duration: pilot 20 3 days</comment>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: a wave&apos;s campaign runs 1 to 365 days.</source>
        <translation>%1: Die Kampagne einer Welle läuft 1 bis 365 Tage.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: a percentage is more than 0 and at most 100.</source>
        <translation>%1: Ein Prozentsatz ist größer als 0 und höchstens 100.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rest</source>
        <comment>the last wave takes the rest</comment>
        <translation>Rest</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: a number of devices is at least 1.</source>
        <translation>%1: Eine Geräteanzahl ist mindestens 1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: give its size: a number of devices (20), a percentage of the devices that remain (25 %) or rest.</source>
        <translation>%1: Geben Sie ihre Größe an: eine Geräteanzahl (20), einen Prozentsatz der verbleibenden Geräte (25 %) oder Rest.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: give one size only: a number, a percentage or rest.</source>
        <translation>%1: Geben Sie nur eine Größe an: eine Zahl, einen Prozentsatz oder Rest.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wave %1</source>
        <translation>Welle %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave %1 (&quot;%2&quot;)</source>
        <translation>Welle %1 („%2“)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is empty: remove the extra comma.</source>
        <translation>%1 ist leer: Entfernen Sie das überzählige Komma.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: only the last wave can take the rest.</source>
        <translation>%1: Nur die letzte Welle kann den Rest nehmen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give at least one wave, e.g. pilot 20, 25 %, rest.</source>
        <translation>Geben Sie mindestens eine Welle an, z. B. Pilot 20, 25 %, Rest.</translation>
    </message>
</context>
<context>
    <name>fotadesk::RolloutWavesPage</name>
    <message>
        <location filename="../src/gui/rollouts/RolloutWavesPage.cpp" line="+74"/>
        <source>Start the next wave by &amp;itself</source>
        <translation>Nächste Welle &amp;selbst starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for a &amp;person to approve it</source>
        <translation>Auf die Freigabe durch eine &amp;Person warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second engineer app&amp;roves the plan before it starts (four eyes)</source>
        <translation>Ein zweiter Techniker gibt den Plan vor dem Start f&amp;rei (Vier-Augen-Prinzip)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <source>Waves</source>
        <translation>Wellen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Name the rollout, cut the checked devices into waves and set the gate between two waves. Nothing is sent before Advance now.</source>
        <translation>Benennen Sie das Rollout, teilen Sie die geprüften Geräte in Wellen und legen Sie das Gate zwischen zwei Wellen fest. Vor „Jetzt weiterschalten“ wird nichts gesendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rollout name</source>
        <translation>Rollout-Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Depot 7 modem refresh</source>
        <translation>z. B. Depot 7 Modem-Erneuerung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rollout na&amp;me:</source>
        <translation>Rollout-Na&amp;me:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pilot 10, 50 %, rest</source>
        <comment>the default waves; the keywords as RolloutWaveText reads them</comment>
        <translation>Pilot 10, 50 %, Rest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Waves:</source>
        <translation>&amp;Wellen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated, in order: a number of devices, a percentage of the devices that remain, or rest (the last wave); words before it name the wave. Own dates: pilot 20 from 2026-12-10 3 days.</source>
        <translation>Durch Kommas getrennt, der Reihe nach: eine Geräteanzahl, ein Prozentsatz der verbleibenden Geräte oder Rest (die letzte Welle); Wörter davor benennen die Welle. Eigene Daten: Pilot 20 ab 2026-12-10 3 Tage.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When a gate passes:</source>
        <translation>Wenn ein Gate bestanden ist:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pre&amp;view of the waves:</source>
        <translation>&amp;Vorschau der Wellen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview of the waves</source>
        <translation>Vorschau der Wellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave</source>
        <translation>Welle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First devices / reason</source>
        <translation>Erste Geräte / Grund</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Gate between two waves (read from the wave before)</source>
        <translation>Gate zwischen zwei Wellen (aus der Welle davor gelesen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Devices of the wave in a final state (succeeded or failed); a smaller wave needs all of its devices.</source>
        <translation>Geräte der Welle in einem Endzustand (erfolgreich oder fehlgeschlagen); eine kleinere Welle braucht alle ihre Geräte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the final devices.</source>
        <translation>Der abgeschlossenen Geräte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Of the final devices, the excluded reasons left out; 100 % is not checked.</source>
        <translation>Der abgeschlossenen Geräte, ohne die ausgenommenen Gründe; 100 % wird nicht geprüft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. unreachable, timeout</source>
        <translation>z. B. nicht erreichbar, Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated failure reasons that are not the firmware&apos;s fault: they count neither as success nor as failure.</source>
        <translation>Durch Kommas getrennte Fehlergründe, die nicht an der Firmware liegen: Sie zählen weder als Erfolg noch als Fehlschlag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> h</source>
        <comment>hours</comment>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long to wait after a wave&apos;s campaign ended before its gate is read.</source>
        <translation>Wie lange nach dem Ende der Kampagne einer Welle gewartet wird, bevor ihr Gate gelesen wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum &amp;final devices:</source>
        <translation>Mindestens abgeschlossene &amp;Geräte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;oak time:</source>
        <translation>Wartezei&amp;t:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum s&amp;uccess:</source>
        <translation>Mindest-&amp;Erfolg:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum f&amp;ailure:</source>
        <translation>Höchstens &amp;Fehlschläge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xcluded reasons:</source>
        <translation>A&amp;usgenommene Gründe:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Give the rollout a name: its waves&apos; campaigns are named after it.</source>
        <translation>Geben Sie dem Rollout einen Namen: Die Kampagnen seiner Wellen tragen ihn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rollout named &quot;%1&quot; exists already; its waves&apos; campaigns are named after it: give this one another name.</source>
        <translation>Ein Rollout namens „%1“ gibt es schon; die Kampagnen seiner Wellen tragen den Namen: Geben Sie diesem einen anderen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New rollout</source>
        <translation>Neues Rollout</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wave %1</source>
        <translation>Welle %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wave %1 (%2)</source>
        <translation>Welle %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign: %1</source>
        <translation>Kampagne: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused by the check (in no wave)</source>
        <translation>Von der Prüfung abgelehnt (in keiner Welle)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The waves cannot be formed: %1</source>
        <translation>Die Wellen lassen sich nicht bilden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln device(s) in %1 wave(s); the devices were not checked: the check runs again when the rollout is created.</source>
        <translation>
            <numerusform>%Ln Gerät in %1 Welle(n); die Geräte wurden nicht geprüft: Die Prüfung läuft beim Anlegen erneut.</numerusform>
            <numerusform>%Ln Geräte in %1 Welle(n); die Geräte wurden nicht geprüft: Die Prüfung läuft beim Anlegen erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln device(s) in %1 wave(s); %2 of the %3 listed devices refused by the check.</source>
        <translation>
            <numerusform>%Ln Gerät in %1 Welle(n); %2 der %3 aufgeführten Geräte von der Prüfung abgelehnt.</numerusform>
            <numerusform>%Ln Geräte in %1 Welle(n); %2 der %3 aufgeführten Geräte von der Prüfung abgelehnt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::RolloutWizard</name>
    <message>
        <location filename="../src/gui/rollouts/RolloutWizard.cpp" line="+43"/>
        <source>New rollout</source>
        <translation>Neues Rollout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New rollout form</source>
        <translation>Formular Neues Rollout</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the protocol and the firmware upgrade every wave installs.</source>
        <translation>Wählen Sie das Protokoll und das Firmware-Upgrade, das jede Welle installiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates and time windows</source>
        <translation>Daten und Zeitfenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each wave&apos;s campaign starts on the start date or when the wave before it passed its gate, whichever is later, runs as many days as this range, in these daily windows.</source>
        <translation>Die Kampagne jeder Welle beginnt am Startdatum oder wenn die Welle davor ihr Gate bestanden hat, je nachdem, was später ist, und läuft so viele Tage wie dieser Zeitraum, in diesen täglichen Fenstern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every device the rollout may reach; the Waves step cuts them into waves.</source>
        <translation>Alle Geräte, die das Rollout erreichen darf; der Schritt Wellen teilt sie in Wellen auf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every device is checked against the account&apos;s inventory: refused devices never enter a wave.</source>
        <translation>Jedes Gerät wird gegen den Bestand des Kontos geprüft: abgelehnte Geräte kommen in keine Welle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Create rollout</source>
        <translation>Rollout &amp;anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the rollout</source>
        <translation>Das Rollout anlegen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the plan</source>
        <translation>der Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not created: %1</source>
        <translation>Nicht angelegt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Creating the rollout: checking %Ln device(s) against the account&apos;s inventory again, then storing its waves…</source>
        <translation>
            <numerusform>Rollout wird angelegt: %Ln Gerät wird erneut gegen den Bestand geprüft, dann werden die Wellen gespeichert…</numerusform>
            <numerusform>Rollout wird angelegt: %Ln Geräte werden erneut gegen den Bestand geprüft, dann werden die Wellen gespeichert…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not created: a rollout of this name exists already (its waves&apos; campaigns are named after it). Change the rollout name above and create it again.</source>
        <translation>Nicht angelegt: Ein Rollout dieses Namens gibt es schon (die Kampagnen seiner Wellen tragen ihn). Ändern Sie oben den Namen und legen Sie es erneut an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not created: the account has no such firmware package any more. Go Back to the Firmware step, reload the list and choose a package.</source>
        <translation>Nicht angelegt: Das Konto hat dieses Firmware-Paket nicht mehr. Gehen Sie zurück zum Schritt Firmware, laden Sie die Liste neu und wählen Sie ein Paket.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not created: the protocol does not fit the firmware package (%1). Go Back to the Firmware step and choose another protocol or package.</source>
        <translation>Nicht angelegt: Das Protokoll passt nicht zum Firmware-Paket (%1). Gehen Sie zurück zum Schritt Firmware und wählen Sie ein anderes Protokoll oder Paket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not created: the service could not be asked (nothing was stored; Create rollout tries again).</source>
        <translation>Nicht angelegt: Der Dienst war nicht zu erreichen (nichts gespeichert; „Rollout anlegen“ versucht es erneut).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not created: the waves cannot be formed from the devices the check accepts now: %1 Change the waves above.</source>
        <translation>Nicht angelegt: Aus den Geräten, die die Prüfung jetzt annimmt, lassen sich die Wellen nicht bilden: %1 Ändern Sie oben die Wellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not created: the workspace could not keep the rollout: %1</source>
        <translation>Nicht angelegt: Der Arbeitsbereich konnte das Rollout nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>fotadesk::RolloutsPage</name>
    <message>
        <location filename="../src/gui/rollouts/RolloutsPage.cpp" line="+106"/>
        <source>Rollout</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current wave</source>
        <translation>Aktuelle Welle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rollouts</source>
        <translation>Rollouts</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Advance &amp;now</source>
        <translation>&amp;Jetzt weiterschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the current wave and its gate once and starts what is due.</source>
        <translation>Liest die aktuelle Welle und ihr Gate einmal und startet, was fällig ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No further wave starts until you resume.</source>
        <translation>Keine weitere Welle startet, bis Sie fortsetzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lets the rollout go on.</source>
        <translation>Lässt das Rollout weiterlaufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;bort…</source>
        <translation>A&amp;bbrechen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops the rollout and cancels the running wave&apos;s campaign.</source>
        <translation>Stoppt das Rollout und bricht die Kampagne der laufenden Welle ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appr&amp;ove next wave</source>
        <translation>Nächste &amp;Welle freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts the next wave after a passed gate.</source>
        <translation>Startet nach einem bestandenen Gate die nächste Welle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ove&amp;rride failed gate…</source>
        <translation>&amp;Gate übergehen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts the next wave although its gate failed.</source>
        <translation>Startet die nächste Welle, obwohl ihr Gate nicht bestanden ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry fa&amp;iled devices…</source>
        <translation>&amp;Erneut versuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new wave of the selected wave&apos;s failed devices (retryable reasons), checked again first.</source>
        <translation>Eine neue Welle aus den fehlgeschlagenen Geräten der gewählten Welle (wiederholbare Gründe), zuvor erneut geprüft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review p&amp;lan…</source>
        <translation>P&amp;lan prüfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan&apos;s waves, exact requests, pre-flight summary and hash; a second engineer approves it here.</source>
        <translation>Wellen, genaue Anfragen, Vorabprüfung und Hash des Plans; ein zweiter Techniker genehmigt ihn hier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport held devices…</source>
        <translation>Geräte e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the devices behind the failed gate figure, one IMEI a line.</source>
        <translation>Speichert die Geräte hinter dem nicht bestandenen Gate-Wert, eine IMEI pro Zeile.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waves and gates</source>
        <translation>Wellen und Gates</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wave</source>
        <translation>Welle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>Rollout &lt;b&gt;%1&lt;/b&gt; created: %Ln device(s) in %2 wave(s). Nothing is sent yet: Advance now starts wave 1.</source>
        <translation>
            <numerusform>Rollout &lt;b&gt;%1&lt;/b&gt; angelegt: %Ln Gerät in %2 Welle(n). Noch wird nichts gesendet: „Jetzt weiterschalten“ startet Welle 1.</numerusform>
            <numerusform>Rollout &lt;b&gt;%1&lt;/b&gt; angelegt: %Ln Geräte in %2 Welle(n). Noch wird nichts gesendet: „Jetzt weiterschalten“ startet Welle 1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %Ln device(s) in %3 wave(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, %Ln Gerät in %3 Welle(n)</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, %Ln Geräte in %3 Welle(n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Held at the gate after wave %1: %2, %Ln device(s) behind it.</source>
        <translation>
            <numerusform>Angehalten am Gate nach Welle %1: %2, %Ln Gerät dahinter.</numerusform>
            <numerusform>Angehalten am Gate nach Welle %1: %2, %Ln Geräte dahinter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+190"/>
        <source>%Ln device(s) written to %1.</source>
        <translation>
            <numerusform>%Ln Gerät in %1 geschrieben.</numerusform>
            <numerusform>%Ln Geräte in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-197"/>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>New rollou&amp;t…</source>
        <translation>Neues Rollou&amp;t…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates a rollout: firmware, dates, devices, the pre-flight check, then its waves and gates (Ctrl+Shift+N). Nothing is sent before Advance now.</source>
        <translation>Legt ein Rollout an: Firmware, Daten, Geräte, die Vorabprüfung, dann seine Wellen und Gates (Strg+Umschalt+N). Vor „Jetzt weiterschalten“ wird nichts gesendet.</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>No rollouts yet. Create one with New rollout… (Ctrl+Shift+N) or &apos;fotactl rollout create --plan FILE&apos; (docs/rollouts.md); it shows here.</source>
        <translation>Noch keine Rollouts. Legen Sie eines mit „Neues Rollout…“ (Strg+Umschalt+N) oder &apos;fotactl rollout create --plan DATEI&apos; an (docs/rollouts.md); es erscheint hier.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>A step of a rollout is under way: wait until it ends.</source>
        <translation>Ein Schritt eines Rollouts läuft: Warten Sie, bis er endet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Held at the gate after wave %1: %2. The devices behind it are in the timeline (Export held devices saves them).</source>
        <translation>Angehalten am Gate nach Welle %1: %2. Die Geräte dahinter stehen in der Zeitleiste („Angehaltene Geräte exportieren“ speichert sie).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The rollout&apos;s step did not complete: %1</source>
        <translation>Der Schritt des Rollouts wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Abort rollout &apos;%1&apos;? No further wave starts. This cannot be undone.</source>
        <translation>Rollout „%1“ abbrechen? Keine weitere Welle startet. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abort rollout &apos;%1&apos;? This cancels the running wave&apos;s campaign %2 on the service (its devices that have not upgraded yet stay on their firmware), and no further wave starts. This cannot be undone.</source>
        <translation>Rollout „%1“ abbrechen? Damit wird die Kampagne %2 der laufenden Welle beim Dienst abgebrochen (ihre noch nicht aktualisierten Geräte bleiben auf ihrer Firmware), und keine weitere Welle startet. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Abort rollout</source>
        <translation>Rollout abbrechen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The gate after wave %1 failed: %2. Start the next wave anyway? Your decision is recorded with your name.</source>
        <translation>Das Gate nach Welle %1 ist nicht bestanden: %2. Die nächste Welle trotzdem starten? Ihre Entscheidung wird mit Ihrem Namen festgehalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Override failed gate</source>
        <translation>Nicht bestandenes Gate übergehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start next wave</source>
        <translation>Nächste Welle starten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>every failure</source>
        <translation>jeder Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Retry failed devices</source>
        <translation>Fehlgeschlagene Geräte erneut versuchen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Make a new wave of the failed devices of wave %1 (retryable: %2)? They are checked again first; it runs next.</source>
        <translation>Eine neue Welle aus den fehlgeschlagenen Geräten von Welle %1 bilden (wiederholbar: %2)? Sie werden zuerst erneut geprüft; sie läuft als Nächstes.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export held devices</source>
        <translation>Angehaltene Geräte exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>fotadesk::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settings/SettingsDialog.cpp" line="+68"/>
        <source>Remember the client secret and password in the keychain</source>
        <translation>Client-Secret und Passwort im Schlüsselbund merken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-3"/>
        <source> devices</source>
        <translation> Geräte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> requests</source>
        <translation> Anfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save drafts of forms automatically</source>
        <translation>Entwürfe von Formularen automatisch speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo (built-in simulator, no account needed)</source>
        <translation>Demo (integrierter Simulator, kein Konto nötig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production (ThingSpace)</source>
        <translation>Produktion (ThingSpace)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom base URL</source>
        <translation>Benutzerdefinierte Basis-URL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use:</source>
        <translation>Verwenden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo account:</source>
        <translation>Demo-Konto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production account:</source>
        <translation>Produktionskonto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production client id:</source>
        <translation>Produktions-Client-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production user name:</source>
        <translation>Produktions-Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom base URL:</source>
        <translation>Benutzerdefinierte Basis-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom account:</source>
        <translation>Benutzerdefiniertes Konto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom client id:</source>
        <translation>Benutzerdefinierte Client-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom user name:</source>
        <translation>Benutzerdefinierter Benutzername:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra CA certificate:</source>
        <translation>Zusätzliches CA-Zertifikat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The environment, its account and the CA certificate are used from the next start of FotaDesk.</source>
        <translation>Umgebung, Konto und CA-Zertifikat gelten ab dem nächsten Start von FotaDesk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overview refresh:</source>
        <translation>Übersicht aktualisieren:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warn about silent devices after:</source>
        <translation>Warnen bei Funkstille ab:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Site time zone:</source>
        <translation>Zeitzone des Standorts:</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Devices per request:</source>
        <translation>Geräte pro Anfrage:</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <location line="+85"/>
        <source>every %Ln min</source>
        <translation>
            <numerusform>alle %Ln Min.</numerusform>
            <numerusform>alle %Ln Min.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Requests in parallel:</source>
        <translation>Parallele Anfragen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request timeout:</source>
        <translation>Zeitlimit für Anfragen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log file size:</source>
        <translation>Größe der Protokolldatei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old log files kept:</source>
        <translation>Aufbewahrte alte Protokolldateien:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System time zone (%1)</source>
        <translation>Systemzeitzone (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site time zone and language take effect when FotaDesk starts again.</source>
        <translation>Zeitzone des Standorts und Sprache gelten, wenn FotaDesk neu startet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Client secrets and passwords are never stored here: they are asked for at sign-in and kept in the keychain (or, without one, in memory for the run).</source>
        <translation>Client-Secrets und Passwörter werden hier nie gespeichert: sie werden bei der Anmeldung abgefragt und im Schlüsselbund aufbewahrt (oder, ohne Schlüsselbund, für den Lauf im Speicher).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Extra CA certificate</source>
        <translation>Zusätzliches CA-Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The custom base URL must be an http(s) URL, e.g. https://fota.example.com/api.</source>
        <translation>Die benutzerdefinierte Basis-URL muss eine http(s)-URL sein, z. B. https://fota.example.com/api.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the account of the custom environment.</source>
        <translation>Geben Sie das Konto der benutzerdefinierten Umgebung ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the production account, e.g. 0000123456-00001.</source>
        <translation>Geben Sie das Produktionskonto ein, z. B. 0000123456-00001.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA certificate %1 cannot be read: choose a readable PEM or DER file, or leave it empty.</source>
        <translation>Das CA-Zertifikat %1 kann nicht gelesen werden: wählen Sie eine lesbare PEM- oder DER-Datei oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FotaDesk will use %1 from its next start. Close and start it again to switch now.</source>
        <translation>FotaDesk verwendet ab dem nächsten Start %1. Schließen und starten Sie FotaDesk neu, um jetzt zu wechseln.</translation>
    </message>
</context>
<context>
    <name>fotadesk::SignInFlow</name>
    <message>
        <location filename="../src/app/screenshots/ScreenshotDriver.cpp" line="+25"/>
        <location filename="../src/gui/signin/SignInFlow.cpp" line="+21"/>
        <source>ThingSpace production</source>
        <translation>ThingSpace-Produktion</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/SignInFlow.cpp" line="+2"/>
        <source>custom</source>
        <translation>benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Signed in with the sign-in saved in %1.</source>
        <translation>Angemeldet mit der in %1 gespeicherten Anmeldung.</translation>
    </message>
    <message>
        <location filename="../src/app/screenshots/ScreenshotDriver.cpp" line="+6"/>
        <location filename="../src/gui/signin/SignInFlow.cpp" line="+11"/>
        <source>Kept in: %1.</source>
        <translation>Aufbewahrt in: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/SignInFlow.cpp" line="+1"/>
        <source>There is no keychain service on this computer: you will be asked again at the next start.</source>
        <translation>Auf diesem Computer gibt es keinen Schlüsselbunddienst: Sie werden beim nächsten Start erneut gefragt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Signed in; the secret and password are kept in memory for this run only.</source>
        <translation>Angemeldet; Secret und Passwort werden nur für diesen Lauf im Speicher gehalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in; the secret and password are saved in %1.</source>
        <translation>Angemeldet; Secret und Passwort sind in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>fotadesk::StatusBadge</name>
    <message>
        <location filename="../src/gui/common/StatusBadge.cpp" line="+18"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>fotadesk::StatusChart</name>
    <message>
        <location filename="../src/gui/common/StatusChart.cpp" line="+99"/>
        <source>%1 %2 · %3%</source>
        <translation>%1 %2 · %3 %</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No devices yet</source>
        <translation>Noch keine Geräte</translation>
    </message>
</context>
<context>
    <name>fotadesk::StatusGroup</name>
    <message>
        <location filename="../src/core/StatusGroup.cpp" line="+32"/>
        <source>Request pending</source>
        <translation>Anfrage ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request queued</source>
        <translation>Anfrage in Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-scheduled</source>
        <translation>Vorgeplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request failed</source>
        <translation>Anfrage fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+194"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-192"/>
        <location line="+194"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Aborted (cancelled after the start)</source>
        <translation>Abgebrochen (nach dem Start)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+192"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Upgrade pending</source>
        <translation>Upgrade ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade succeeded</source>
        <translation>Upgrade erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded and installed</source>
        <translation>Heruntergeladen und installiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware version updated</source>
        <translation>Firmware-Version aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device added</source>
        <translation>Gerät hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device does not exist</source>
        <translation>Gerät existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No FOTA license</source>
        <translation>Keine FOTA-Lizenz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installing</source>
        <translation>Wird installiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade failed</source>
        <translation>Upgrade fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade cancelled</source>
        <translation>Upgrade abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not added</source>
        <translation>Nicht hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device removed</source>
        <translation>Gerät entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not removed</source>
        <translation>Nicht entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware version not updated</source>
        <translation>Firmware-Version nicht aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>License assigned</source>
        <translation>Lizenz zugewiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>License not assigned</source>
        <translation>Lizenz nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>License removed</source>
        <translation>Lizenz entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>License not removed</source>
        <translation>Lizenz nicht entfernt</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Added to campaign</source>
        <translation>Zur Kampagne hinzugefügt</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+14"/>
        <source>Unknown status</source>
        <translation>Unbekannter Status</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
</context>
<context>
    <name>fotadesk::StatusTile</name>
    <message>
        <location filename="../src/gui/overview/StatusTile.cpp" line="+51"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 — click to show only these (click again to show all)</source>
        <translation>%1: %2 — klicken, um nur diese anzuzeigen (erneut klicken, um alle anzuzeigen)</translation>
    </message>
</context>
<context>
    <name>fotadesk::TimeWindow</name>
    <message>
        <location filename="../src/core/TimeWindow.cpp" line="+16"/>
        <source>Start hour %1 is out of range: use a whole hour from 0 to 23 (UTC).</source>
        <translation>Die Startstunde %1 liegt außerhalb des Bereichs: verwenden Sie eine ganze Stunde von 0 bis 23 (UTC).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End hour %1 is out of range: use a whole hour from 1 to 24 (UTC).</source>
        <translation>Die Endstunde %1 liegt außerhalb des Bereichs: verwenden Sie eine ganze Stunde von 1 bis 24 (UTC).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The window %1–%2 is empty: the end hour must be later than the start hour. For the whole day use 0–24.</source>
        <translation>Das Fenster %1–%2 ist leer: die Endstunde muss nach der Startstunde liegen. Für den ganzen Tag verwenden Sie 0–24.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The window %1–%2 ends before it starts: the end hour must be later than the start hour. A window across midnight must be split in two (e.g. 22–24 and 0–2).</source>
        <translation>Das Fenster %1–%2 endet, bevor es beginnt: die Endstunde muss nach der Startstunde liegen. Ein Fenster über Mitternacht muss in zwei geteilt werden (z. B. 22–24 und 0–2).</translation>
    </message>
</context>
<context>
    <name>fotadesk::TimeWindowEditor</name>
    <message>
        <location filename="../src/gui/create/TimeWindowEditor.cpp" line="+31"/>
        <source>Nights 01:00–05:00 UTC</source>
        <translation>Nachts 01:00–05:00 UTC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nights 22:00–06:00 UTC (split at midnight)</source>
        <translation>Nachts 22:00–06:00 UTC (an Mitternacht geteilt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LWM2M start and retry 00:00–05:00 UTC</source>
        <translation>LWM2M-Start und -Wiederholung 00:00–05:00 UTC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business hours 09:00–17:00 UTC</source>
        <translation>Geschäftszeiten 09:00–17:00 UTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any hour (no window)</source>
        <translation>Jede Stunde (kein Fenster)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a preset…</source>
        <translation>Vorlage wählen…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>From %1:00 to %2:00 is no window: choose different hours (for &quot;any hour&quot; use the preset Any hour).</source>
        <translation>Von %1:00 bis %2:00 ist kein Fenster: wählen Sie andere Stunden (für „jede Stunde“ die Vorlage „Jede Stunde“).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1:00 to %2:00 is not a window of whole hours.</source>
        <translation>%1:00 bis %2:00 ist kein Fenster aus ganzen Stunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The window crossed midnight and was split into two.</source>
        <translation>Das Fenster überquerte Mitternacht und wurde in zwei geteilt.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Hours are UTC (the service does not say which zone it uses, FotaDesk sends UTC). Local time is shown for %1.</source>
        <translation>Stunden sind UTC (der Dienst sagt nicht, welche Zone er verwendet; FotaDesk sendet UTC). Die Ortszeit wird für %1 angezeigt.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Daylight-saving time changes in %1 during the campaign: from %2 on, the same UTC hours are %3 local time instead of %4. The hours sent stay UTC.</source>
        <translation>In %1 wechselt während der Kampagne die Sommerzeit: ab %2 entsprechen dieselben UTC-Stunden %3 Ortszeit statt %4. Die gesendeten Stunden bleiben UTC.</translation>
    </message>
</context>
<context>
    <name>fotadesk::TimeWindowList</name>
    <message>
        <location filename="../src/core/TimeWindowList.cpp" line="+185"/>
        <source>%1 (next day)</source>
        <translation>%1 (nächster Tag)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No time window: devices may be upgraded at any hour of the day (UTC).</source>
        <translation>Kein Zeitfenster: Geräte können zu jeder Stunde des Tages aktualisiert werden (UTC).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Window %1: %2</source>
        <translation>Fenster %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window %1 (%2 to %3) crosses midnight: split it into %4.</source>
        <translation>Fenster %1 (%2 bis %3) überquert Mitternacht: teilen Sie es in %4.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Window %1 (%2) is the same as window %3: remove one of them.</source>
        <translation>Fenster %1 (%2) ist gleich Fenster %3: entfernen Sie eines davon.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Window %1 (%2) overlaps window %3 (%4): merge them into one window (%5).</source>
        <translation>Fenster %1 (%2) überschneidet Fenster %3 (%4): fassen Sie sie zu einem Fenster zusammen (%5).</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>any hour (no time window)</source>
        <translation>jede Stunde (kein Zeitfenster)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The site&apos;s time zone is not known: choose a zone such as Europe/Berlin or America/New_York.</source>
        <translation>Die Zeitzone des Standorts ist nicht bekannt: wählen Sie eine Zone wie Europe/Berlin oder America/New_York.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The local time window cannot be converted: give a start date and an end date that is not before it.</source>
        <translation>Das lokale Zeitfenster kann nicht umgerechnet werden: geben Sie ein Startdatum und ein Enddatum an, das nicht davor liegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date range %1 to %2 is longer than %3 days: shorten the campaign.</source>
        <translation>Der Zeitraum %1 bis %2 ist länger als %3 Tage: verkürzen Sie die Kampagne.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The time zone %1 is %2, not a whole number of hours from UTC: the UTC windows were narrowed to the whole UTC hours inside the local window.</source>
        <translation>Die Zeitzone %1 ist %2, keine ganze Zahl von Stunden gegenüber UTC: die UTC-Fenster wurden auf die ganzen UTC-Stunden innerhalb des lokalen Fensters verkleinert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Window %1 (%2 %3) holds no whole UTC hour: make it longer.</source>
        <translation>Fenster %1 (%2 %3) enthält keine ganze UTC-Stunde: verlängern Sie es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window %1 (%2 %3) does not exist on %4 day(s) from %5 (a clock change skips those hours): devices get no upgrade slot from it then.</source>
        <translation>Fenster %1 (%2 %3) existiert an %4 Tag(en) ab %5 nicht (eine Zeitumstellung überspringt diese Stunden): Geräte erhalten dann daraus kein Upgrade-Zeitfenster.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The UTC hours change during the campaign (daylight-saving time in %1): from %2, the local window %3 is %4 instead of %5 (%6 instead of %7).</source>
        <translation>Die UTC-Stunden ändern sich während der Kampagne (Sommerzeit in %1): ab %2 ist das lokale Fenster %3 gleich %4 statt %5 (%6 statt %7).</translation>
    </message>
</context>
<context>
    <name>fotadesk::TimeWindowModel</name>
    <message>
        <location filename="../src/models/TimeWindowModel.cpp" line="+79"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Start (UTC)</source>
        <translation>Start (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End (UTC)</source>
        <translation>Ende (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local time (%1)</source>
        <translation>Ortszeit (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>%1; from %2: %3 (daylight-saving time)</source>
        <translation>%1; ab %2: %3 (Sommerzeit)</translation>
    </message>
</context>
<context>
    <name>fotadesk::TlsSetup</name>
    <message>
        <location filename="../src/api/TlsSetup.cpp" line="+24"/>
        <source>the extra CA file &apos;%1&apos; cannot be read (%2). Fix the path in the environment settings or remove it.</source>
        <translation>die zusätzliche CA-Datei &apos;%1&apos; kann nicht gelesen werden (%2). Korrigieren Sie den Pfad in den Umgebungseinstellungen oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the extra CA file &apos;%1&apos; holds no certificate in PEM or DER form. Export the CA certificate (not a key) and try again.</source>
        <translation>die zusätzliche CA-Datei &apos;%1&apos; enthält kein Zertifikat in PEM- oder DER-Form. Exportieren Sie das CA-Zertifikat (keinen Schlüssel) und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>fotadesk::UserGuideWindow</name>
    <message>
        <location filename="../src/gui/shell/UserGuideWindow.cpp" line="+40"/>
        <source>FotaDesk user guide</source>
        <translation>FotaDesk-Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Find in the guide</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This guide is written in English; FotaDesk itself follows the language chosen in File ▸ Settings.</source>
        <translation>Diese Anleitung gibt es nur auf Englisch; FotaDesk selbst folgt der Sprache, die unter Datei ▸ Einstellungen gewählt ist.</translation>
    </message>
</context>
<context>
    <name>fotadesk::Workspace</name>
    <message>
        <location filename="../src/store/Workspace.cpp" line="+232"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is not a regular file.</source>
        <translation>Es ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read (no permission).</source>
        <translation>Die Datei kann nicht gelesen werden (keine Berechtigung).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The schema version cannot be read.</source>
        <translation>Die Schemaversion kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>the file system is read-only</source>
        <translation>das Dateisystem ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk is full: %1 free</source>
        <translation>die Festplatte ist voll: %1 frei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is not writable</source>
        <translation>die Datei ist nicht beschreibbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its folder is not writable</source>
        <translation>ihr Ordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1; SQLite: %2</source>
        <translation>%1; SQLite: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the workspace %1 is not open</source>
        <translation>der Arbeitsbereich %1 ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workspace %1 cannot be opened: %2</source>
        <translation>der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workspace %1 is open read-only: %2</source>
        <translation>der Arbeitsbereich %1 ist schreibgeschützt geöffnet: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workspace is kept in memory only, not on disk (see the message at start)</source>
        <translation>der Arbeitsbereich wird nur im Speicher gehalten, nicht auf der Festplatte (siehe die Meldung beim Start)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Schema step %1 (%2) failed: %3</source>
        <translation>Schemaschritt %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>It could not be renamed to %1.</source>
        <translation>Sie konnte nicht in %1 umbenannt werden.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The workspace %1 cannot be written (%2). It was opened read-only: what it holds (audit log, journals, drafts) can be read, but nothing that must be recorded first (a campaign create, a device batch, any other change) is sent, and nothing is saved, until it can be written again. Nothing was moved or changed.</source>
        <translation>Der Arbeitsbereich %1 kann nicht beschrieben werden (%2). Er wurde schreibgeschützt geöffnet: sein Inhalt (Audit-Protokoll, Journale, Entwürfe) kann gelesen werden, aber nichts, was zuerst festgehalten werden muss (das Anlegen einer Kampagne, ein Gerätestapel, jede andere Änderung), wird gesendet, und nichts wird gespeichert, bis er wieder beschrieben werden kann. Nichts wurde verschoben oder geändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The workspace %1 cannot be opened (%2). It was left as it is: nothing was moved or changed, and nothing that must be recorded first (a campaign create, a device batch, any other change) is sent until it can be. Free space on the disk or fix the file&apos;s permissions, then start again.</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden (%2). Er wurde unverändert gelassen: nichts wurde verschoben oder geändert, und nichts, was zuerst festgehalten werden muss (das Anlegen einer Kampagne, ein Gerätestapel, jede andere Änderung), wird gesendet, bis er geöffnet werden kann. Geben Sie Speicherplatz auf der Festplatte frei oder korrigieren Sie die Berechtigungen der Datei und starten Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The workspace %1 cannot be used (%2) and could not be moved aside: %3 FotaDesk runs without saving drafts, the audit log or journals until you move or delete that file.</source>
        <translation>Der Arbeitsbereich %1 kann nicht verwendet werden (%2) und konnte nicht beiseitegelegt werden: %3 FotaDesk läuft ohne Speichern von Entwürfen, Audit-Protokoll oder Journalen, bis Sie diese Datei verschieben oder löschen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The workspace %1 was damaged or unreadable (%2). It was kept as %3 and a new, empty workspace was started; drafts, audit entries and journals of the old one are in that file.</source>
        <translation>Der Arbeitsbereich %1 war beschädigt oder unlesbar (%2). Er wurde als %3 aufbewahrt und ein neuer, leerer Arbeitsbereich wurde angelegt; Entwürfe, Audit-Einträge und Journale des alten stehen in dieser Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace %1 could not be created (%2). A new one was started.</source>
        <translation>Der Arbeitsbereich %1 konnte nicht angelegt werden (%2). Ein neuer wurde angelegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new workspace cannot be used either (%1): FotaDesk runs without saving until this is fixed.</source>
        <translation>Auch der neue Arbeitsbereich kann nicht verwendet werden (%1): FotaDesk läuft ohne Speichern, bis dies behoben ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The workspace %1 was written by a newer FotaDesk (schema %2, this version knows up to %3). It was left as it is; FotaDesk runs without saving until you use the newer version again.</source>
        <translation>Der Arbeitsbereich %1 wurde von einem neueren FotaDesk geschrieben (Schema %2, diese Version kennt bis %3). Er wurde unverändert gelassen; FotaDesk läuft ohne Speichern, bis Sie wieder die neuere Version verwenden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The workspace cannot be stored: %1 FotaDesk runs without saving drafts, the audit log or journals.</source>
        <translation>Der Arbeitsbereich kann nicht gespeichert werden: %1 FotaDesk läuft ohne Speichern von Entwürfen, Audit-Protokoll oder Journalen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The workspace %1 could not be brought up to date (%2). It was left as it is; FotaDesk runs without saving until this is fixed.</source>
        <translation>Der Arbeitsbereich %1 konnte nicht aktualisiert werden (%2). Er wurde unverändert gelassen; FotaDesk läuft ohne Speichern, bis dies behoben ist.</translation>
    </message>
</context>
<context>
    <name>fotadesk::WorkspaceStartup</name>
    <message>
        <location filename="../src/gui/shell/WorkspaceStartup.cpp" line="+33"/>
        <source>Local workspace</source>
        <translation>Lokaler Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A campaign create with an unknown outcome</source>
        <translation>Eine Kampagnenerstellung mit unbekanntem Ergebnis</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 %Ln device(s)%2</source>
        <translation>
            <numerusform>%1 %Ln Gerät%2</numerusform>
            <numerusform>%1 %Ln Geräte%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — campaign %1</source>
        <translation> — Kampagne %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <location line="+20"/>
        <source>Interrupted device batch</source>
        <translation>Unterbrochener Gerätestapel</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>The batch “%1” was interrupted on %2 with %3 of %4 chunks done. Complete it now? Only the remaining chunks are sent; devices already handled count as done.</source>
        <translation>Der Stapel „%1“ wurde am %2 unterbrochen, %3 von %4 Blöcken waren fertig. Jetzt abschließen? Nur die restlichen Blöcke werden gesendet; bereits bearbeitete Geräte zählen als erledigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Complete it</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unfinished campaign</source>
        <translation>Nicht abgeschlossene Kampagne</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The campaign form “%1” (%Ln device(s)) was saved on %2 but not submitted. Restore it?</source>
        <translation>
            <numerusform>Das Kampagnenformular „%1“ (%Ln Gerät) wurde am %2 gespeichert, aber nicht gesendet. Wiederherstellen?</numerusform>
            <numerusform>Das Kampagnenformular „%1“ (%Ln Geräte) wurde am %2 gespeichert, aber nicht gesendet. Wiederherstellen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Batch %1 is complete.</source>
        <translation>Stapel %1 ist abgeschlossen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batch %1 is still incomplete; it is offered again at the next start (or run &apos;fotactl campaign resume %1&apos;).</source>
        <translation>Stapel %1 ist noch unvollständig; er wird beim nächsten Start erneut angeboten (oder führen Sie &apos;fotactl campaign resume %1&apos; aus).</translation>
    </message>
</context>
<context>
    <name>fotadesk::wire::JsonReader</name>
    <message>
        <location filename="../src/api/wire/JsonCodec.cpp" line="+67"/>
        <source>the body is not valid UTF-8 (byte offset %1)</source>
        <translation>der Inhalt ist kein gültiges UTF-8 (Byte-Offset %1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the JSON is nested deeper than %1 levels (byte offset %2)</source>
        <translation>das JSON ist tiefer als %1 Ebenen verschachtelt (Byte-Offset %2)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>empty body (expected JSON)</source>
        <translation>leerer Inhalt (JSON erwartet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid JSON at byte offset %1: %2</source>
        <translation>ungültiges JSON bei Byte-Offset %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a JSON object or array at the top level</source>
        <translation>auf oberster Ebene ein JSON-Objekt oder -Array erwartet</translation>
    </message>
    <message>
        <location filename="../src/api/wire/JsonCodecCampaigns.cpp" line="+145"/>
        <source>&quot;append&quot; or &quot;remove&quot;</source>
        <translation>&quot;append&quot; oder &quot;remove&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/api/wire/JsonReader.cpp" line="+172"/>
        <location line="+138"/>
        <source>required field is missing (expected %1)</source>
        <translation>Pflichtfeld fehlt (erwartet %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../src/api/wire/JsonReader.cpp" line="-220"/>
        <location line="+240"/>
        <source>expected %1, got %2</source>
        <translation>%1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <location filename="../src/api/wire/JsonReader.cpp" line="-279"/>
        <location line="+22"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>a boolean</source>
        <translation>ein boolescher Wert</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+34"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+28"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+32"/>
        <location filename="../src/api/wire/JsonReader.h" line="+112"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+164"/>
        <location line="+43"/>
        <source>expected an integer, got %1</source>
        <translation>Ganzzahl erwartet, %1 erhalten</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>expected an integer from %1 to %2, got %3</source>
        <translation>Ganzzahl von %1 bis %2 erwartet, %3 erhalten</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>a date YYYY-MM-DD</source>
        <translation>ein Datum JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date YYYY-MM-DD or an ISO 8601 date-time</source>
        <translation>ein Datum JJJJ-MM-TT oder ein ISO-8601-Datum mit Uhrzeit</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/fotadesk/main.cpp" line="+51"/>
        <source>FotaDesk cannot start</source>
        <translation>FotaDesk kann nicht starten</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Administer ThingSpace FOTA v3 firmware campaigns.
Without options FotaDesk runs on its embedded demo backend (no account needed).</source>
        <translation>Firmware-Kampagnen von ThingSpace FOTA v3 verwalten.
Ohne Optionen läuft FotaDesk mit seinem eingebetteten Demo-Backend (kein Konto nötig).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Displays version and licence information.</source>
        <translation>Zeigt Version und Lizenz an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the embedded demo backend (the default when nothing is configured).</source>
        <translation>Das eingebettete Demo-Backend verwenden (Standard, wenn nichts eingerichtet ist).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the ThingSpace production service (asks for credentials).</source>
        <translation>Den ThingSpace-Produktionsdienst verwenden (fragt nach Zugangsdaten).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a custom service at &lt;url&gt; (e.g. http://127.0.0.1:8080/api).</source>
        <translation>Einen benutzerdefinierten Dienst unter &lt;url&gt; verwenden (z. B. http://127.0.0.1:8080/api).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account name, e.g. 0000123456-00001.</source>
        <translation>Der Kontoname, z. B. 0000123456-00001.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the user-interface language &lt;code&gt;: en, de or es (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Die Sprache der Benutzeroberfläche &lt;code&gt; verwenden: en, de oder es (Standard: die in den Einstellungen gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose one of --demo, --production and --base-url.</source>
        <translation>Wählen Sie eines von --demo, --production und --base-url.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The custom profile has no base URL: set it in File ▸ Settings… or start with --base-url &lt;url&gt;.</source>
        <translation>Das benutzerdefinierte Profil hat keine Basis-URL: setzen Sie sie unter Datei ▸ Einstellungen… oder starten Sie mit --base-url &lt;url&gt;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in cancelled. Start with --demo to use the demo backend without an account.</source>
        <translation>Anmeldung abgebrochen. Starten Sie mit --demo, um das Demo-Backend ohne Konto zu verwenden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The embedded demo backend did not start: %1</source>
        <translation>Das eingebettete Demo-Backend ist nicht gestartet: %1</translation>
    </message>
</context>
</TS>
