<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DashboardPages</name>
    <message numerus="yes">
        <location filename="../src/gui/shell/DashboardPages.cpp" line="+218"/>
        <source>%Ln device(s) of %1</source>
        <translation>
            <numerusform>%Ln device of %1</numerusform>
            <numerusform>%Ln devices of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message numerus="yes">
        <location filename="../src/gui/campaign/ReportExporter.cpp" line="+241"/>
        <source>%Ln device(s) in the report: %1 succeeded (%2%), %3 failed (%4%), %5 not finished yet.</source>
        <translation>
            <numerusform>%Ln device in the report: %1 succeeded (%2%), %3 failed (%4%), %5 not finished yet.</numerusform>
            <numerusform>%Ln devices in the report: %1 succeeded (%2%), %3 failed (%4%), %5 not finished yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Note: the service said the campaign has %Ln device(s); the report read holds %1.</source>
        <translation>
            <numerusform>Note: the service said the campaign has %Ln device; the report read holds %1.</numerusform>
            <numerusform>Note: the service said the campaign has %Ln devices; the report read holds %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>The first %1 of %Ln failed device(s) (all of them are in the CSV report):</source>
        <translation>
            <numerusform>The first %1 of %Ln failed device (all of them are in the CSV report):</numerusform>
            <numerusform>The first %1 of %Ln failed devices (all of them are in the CSV report):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>The first %1 of %Ln device(s) that did not verify (all of them are in the CSV report):</source>
        <translation>
            <numerusform>The first %1 of %Ln device that did not verify (all of them are in the CSV report):</numerusform>
            <numerusform>The first %1 of %Ln devices that did not verify (all of them are in the CSV report):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolloutTimeline</name>
    <message numerus="yes">
        <location filename="../src/gui/rollouts/RolloutTimeline.cpp" line="+64"/>
        <source>Read %Ln hour(s) after the wave ends.</source>
        <translation>
            <numerusform>Read %Ln hour after the wave ends.</numerusform>
            <numerusform>Read %Ln hours after the wave ends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%Ln device(s) behind it: %1</source>
        <translation>
            <numerusform>%Ln device behind it: %1</numerusform>
            <numerusform>%Ln devices behind it: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotactl::campaign</name>
    <message numerus="yes">
        <location filename="../src/app/fotactl/CampaignIo.cpp" line="+126"/>
        <source>%1: %n line(s) hold no valid IMEI (fix them, or pass --skip-invalid):</source>
        <translation>
            <numerusform>%1: %n line holds no valid IMEI (fix it, or pass --skip-invalid):</numerusform>
            <numerusform>%1: %n lines hold no valid IMEI (fix them, or pass --skip-invalid):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: skipping %n line(s) without a valid IMEI.</source>
        <translation>
            <numerusform>%1: skipping %n line without a valid IMEI.</numerusform>
            <numerusform>%1: skipping %n lines without a valid IMEI.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %n repeated IMEI(s) sent once.
</source>
        <translation>
            <numerusform>%1: %n repeated IMEI sent once.
</numerusform>
            <numerusform>%1: %n repeated IMEIs sent once.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotactl::devices</name>
    <message numerus="yes">
        <location filename="../src/app/fotactl/DeviceCommands.cpp" line="+223"/>
        <source>  ... and %n more (see --refused-out or --json)
</source>
        <translation>
            <numerusform>  ... and %n more (see --refused-out or --json)
</numerusform>
            <numerusform>  ... and %n more (see --refused-out or --json)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Auto-assign gives %n device(s) a license from the account&apos;s pool (%1 left before, %2 after).
</source>
        <translation>
            <numerusform>Auto-assign gives %n device a license from the account&apos;s pool (%1 left before, %2 after).
</numerusform>
            <numerusform>Auto-assign gives %n devices a license from the account&apos;s pool (%1 left before, %2 after).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Warning: %n device(s) will be accepted but have not connected for more than %1 days.
</source>
        <translation>
            <numerusform>Warning: %n device will be accepted but has not connected for more than %1 days.
</numerusform>
            <numerusform>Warning: %n devices will be accepted but have not connected for more than %1 days.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Result: all %n device(s) will be accepted.
</source>
        <translation>
            <numerusform>Result: the %n device will be accepted.
</numerusform>
            <numerusform>Result: all %n devices will be accepted.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+126"/>
        <source>%n device(s)
</source>
        <translation>
            <numerusform>%n device
</numerusform>
            <numerusform>%n devices
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotactl::firmware</name>
    <message numerus="yes">
        <location filename="../src/app/fotactl/FirmwareCommands.cpp" line="+56"/>
        <source>%n package(s)
</source>
        <translation>
            <numerusform>%n package
</numerusform>
            <numerusform>%n packages
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotactl::licenses</name>
    <message numerus="yes">
        <location filename="../src/app/fotactl/LicenseCommands.cpp" line="+97"/>
        <source>%n licensed device(s)
</source>
        <translation>
            <numerusform>%n licensed device
</numerusform>
            <numerusform>%n licensed devices
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotactl::report</name>
    <message numerus="yes">
        <location filename="../src/app/fotactl/ReportCommands.cpp" line="+78"/>
        <source>%n campaign(s)
</source>
        <translation>
            <numerusform>%n campaign
</numerusform>
            <numerusform>%n campaigns
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <source>%n device(s)
</source>
        <translation>
            <numerusform>%n device
</numerusform>
            <numerusform>%n devices
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n entr(y/ies)
</source>
        <translation>
            <numerusform>%n entry
</numerusform>
            <numerusform>%n entries
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotactl::verify</name>
    <message numerus="yes">
        <location filename="../src/app/fotactl/VerifyCommand.cpp" line="+111"/>
        <source>Campaign %1: %n successful device(s) checked against firmware %2
</source>
        <translation>
            <numerusform>Campaign %1: %n successful device checked against firmware %2
</numerusform>
            <numerusform>Campaign %1: %n successful devices checked against firmware %2
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>  ... and %n more (see --csv or --json)
</source>
        <translation>
            <numerusform>  ... and %n more (see --csv or --json)
</numerusform>
            <numerusform>  ... and %n more (see --csv or --json)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Result: all %n device(s) run %1.
</source>
        <translation>
            <numerusform>Result: the %n device runs %1.
</numerusform>
            <numerusform>Result: all %n devices run %1.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::AccountDevicesPage</name>
    <message numerus="yes">
        <location filename="../src/gui/inventory/AccountDevicesPage.cpp" line="+269"/>
        <source>Loading stopped: the table shows the %Ln device(s) read so far.</source>
        <translation>
            <numerusform>Loading stopped: the table shows the %Ln device read so far.</numerusform>
            <numerusform>Loading stopped: the table shows the %Ln devices read so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Loading… %Ln device(s) (%1)</source>
        <translation>
            <numerusform>Loading… %Ln device (%1)</numerusform>
            <numerusform>Loading… %Ln devices (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln device(s) in the account (%1)</source>
        <translation>
            <numerusform>%Ln device in the account (%1)</numerusform>
            <numerusform>%Ln devices in the account (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 of %Ln device(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln device shown</numerusform>
            <numerusform>%1 of %Ln devices shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%1 (%Ln device(s))</source>
        <translation>
            <numerusform>%1 (%Ln device)</numerusform>
            <numerusform>%1 (%Ln devices)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%Ln device(s) added to the draft “%1” (now %2 in all). Reopen it on the Drafts page.</source>
        <translation>
            <numerusform>%Ln device added to the draft “%1” (now %2 in all). Reopen it on the Drafts page.</numerusform>
            <numerusform>%Ln devices added to the draft “%1” (now %2 in all). Reopen it on the Drafts page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln of them were in it already.</source>
        <translation>
            <numerusform>%Ln of them was in it already.</numerusform>
            <numerusform>%Ln of them were in it already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln device(s) written to %1.</source>
        <translation>
            <numerusform>%Ln device written to %1.</numerusform>
            <numerusform>%Ln devices written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::ActivityLogPage</name>
    <message numerus="yes">
        <location filename="../src/gui/activitylog/ActivityLogPage.cpp" line="+210"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::ActivityPanel</name>
    <message numerus="yes">
        <location filename="../src/gui/notifications/ActivityPanel.cpp" line="+48"/>
        <source>Watching %Ln campaign(s): %1</source>
        <translation>
            <numerusform>Watching %Ln campaign: %1</numerusform>
            <numerusform>Watching %Ln campaigns: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::AddPreflight</name>
    <message numerus="yes">
        <location filename="../src/gui/devices/AddPreflight.cpp" line="+110"/>
        <source>%Ln device(s) would be refused by the service: keep only the accepted devices (the others are kept as a draft), assign licenses, or go back to the list.</source>
        <translation>
            <numerusform>%Ln device would be refused by the service: keep only the accepted devices (the other is kept as a draft), assign a license, or go back to the list.</numerusform>
            <numerusform>%Ln devices would be refused by the service: keep only the accepted devices (the others are kept as a draft), assign licenses, or go back to the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>&amp;Add %Ln device(s)</source>
        <translation>
            <numerusform>&amp;Add %Ln device</numerusform>
            <numerusform>&amp;Add %Ln devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::ApiError</name>
    <message numerus="yes">
        <location filename="../src/api/ApiError.cpp" line="+312"/>
        <source>The service asked to come back at %1 (in %Ln minute(s)), later than this client waits: try again after that time.</source>
        <translation>
            <numerusform>The service asked to come back at %1 (in %Ln minute), later than this client waits: try again after that time.</numerusform>
            <numerusform>The service asked to come back at %1 (in %Ln minutes), later than this client waits: try again after that time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::AuditHook</name>
    <message numerus="yes">
        <location filename="../src/workflow/AuditHook.cpp" line="+111"/>
        <source>Create campaign “%1”: firmware %2 %3 → %4, %5, %6 to %7, windows %8, %Ln device(s)%9, auto-assign licenses %10, auto-add devices %11</source>
        <translation>
            <numerusform>Create campaign “%1”: firmware %2 %3 → %4, %5, %6 to %7, windows %8, %Ln device%9, auto-assign licenses %10, auto-add devices %11</numerusform>
            <numerusform>Create campaign “%1”: firmware %2 %3 → %4, %5, %6 to %7, windows %8, %Ln devices%9, auto-assign licenses %10, auto-add devices %11</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Add %Ln device(s) to campaign %1%2</source>
        <translation>
            <numerusform>Add %Ln device to campaign %1%2</numerusform>
            <numerusform>Add %Ln devices to campaign %1%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove %Ln device(s) from campaign %1%2</source>
        <translation>
            <numerusform>Remove %Ln device from campaign %1%2</numerusform>
            <numerusform>Remove %Ln devices from campaign %1%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Assign FOTA licenses to %Ln device(s)%1</source>
        <translation>
            <numerusform>Assign FOTA licenses to %Ln device%1</numerusform>
            <numerusform>Assign FOTA licenses to %Ln devices%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove FOTA licenses from %Ln device(s)%1</source>
        <translation>
            <numerusform>Remove FOTA licenses from %Ln device%1</numerusform>
            <numerusform>Remove FOTA licenses from %Ln devices%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::CampaignDetailPage</name>
    <message numerus="yes">
        <location filename="../src/gui/campaign/CampaignDetailPage.cpp" line="+282"/>
        <source>the %Ln selected device(s)</source>
        <translation>
            <numerusform>the %Ln selected device</numerusform>
            <numerusform>the %Ln selected devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::CampaignModel</name>
    <message numerus="yes">
        <location filename="../src/models/CampaignModel.cpp" line="+155"/>
        <source>%1 of %Ln device(s) in a final state</source>
        <translation>
            <numerusform>%1 of %Ln device in a final state</numerusform>
            <numerusform>%1 of %Ln devices in a final state</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %Ln finished device(s) succeeded</source>
        <translation>
            <numerusform>%1 of %Ln finished device succeeded</numerusform>
            <numerusform>%1 of %Ln finished devices succeeded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::CampaignStatusHistoryChart</name>
    <message numerus="yes">
        <location filename="../src/gui/campaign/CampaignStatusHistoryChart.cpp" line="+57"/>
        <source>Progress over time (%Ln snapshot(s))</source>
        <translation>
            <numerusform>Progress over time (%Ln snapshot)</numerusform>
            <numerusform>Progress over time (%Ln snapshots)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::CampaignStatusPanel</name>
    <message numerus="yes">
        <location filename="../src/gui/campaign/CampaignStatusPanel.cpp" line="+398"/>
        <source>The service said the campaign has %Ln device(s), but its report listed %1. Refresh to read it again; if it stays different, the service&apos;s report is inconsistent.</source>
        <translation>
            <numerusform>The service said the campaign has %Ln device, but its report listed %1. Refresh to read it again; if it stays different, the service&apos;s report is inconsistent.</numerusform>
            <numerusform>The service said the campaign has %Ln devices, but its report listed %1. Refresh to read it again; if it stays different, the service&apos;s report is inconsistent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Loading… %1 of %Ln device(s)</source>
        <translation>
            <numerusform>Loading… %1 of %Ln device</numerusform>
            <numerusform>Loading… %1 of %Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Loading… %Ln device(s)</source>
        <translation>
            <numerusform>Loading… %Ln device</numerusform>
            <numerusform>Loading… %Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln device(s) · read at %1</source>
        <translation>
            <numerusform>%Ln device · read at %1</numerusform>
            <numerusform>%Ln devices · read at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+173"/>
        <source>CSV report (%Ln device(s)) written to %1.</source>
        <translation>
            <numerusform>CSV report (%Ln device) written to %1.</numerusform>
            <numerusform>CSV report (%Ln devices) written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>PDF report (%Ln page(s)) written to %1.</source>
        <translation>
            <numerusform>PDF report (%Ln page) written to %1.</numerusform>
            <numerusform>PDF report (%Ln pages) written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The table shows %1 of the campaign&apos;s %Ln device(s) (filtered).</source>
        <translation>
            <numerusform>The table shows %1 of the campaign&apos;s %Ln device (filtered).</numerusform>
            <numerusform>The table shows %1 of the campaign&apos;s %Ln devices (filtered).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The %Ln &amp;shown device(s)</source>
        <translation>
            <numerusform>The %Ln &amp;shown device</numerusform>
            <numerusform>The %Ln &amp;shown devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;All %Ln device(s)</source>
        <translation>
            <numerusform>&amp;All %Ln device</numerusform>
            <numerusform>&amp;All %Ln devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateCheckPage</name>
    <message numerus="yes">
        <location filename="../src/gui/create/CreateCheckPage.cpp" line="+145"/>
        <source>%Ln row(s) of the device list repeat an IMEI listed earlier: each IMEI is sent once.</source>
        <translation>
            <numerusform>%Ln row of the device list repeats an IMEI listed earlier: each IMEI is sent once.</numerusform>
            <numerusform>%Ln rows of the device list repeat an IMEI listed earlier: each IMEI is sent once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln line(s) of the device list are not IMEIs and are left out (go back to Devices to fix them).</source>
        <translation>
            <numerusform>%Ln line of the device list is not an IMEI and is left out (go back to Devices to fix it).</numerusform>
            <numerusform>%Ln lines of the device list are not IMEIs and are left out (go back to Devices to fix them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%Ln device(s) would be refused by the service: they never enter a wave (the Waves step lists them with their reasons).</source>
        <translation>
            <numerusform>%Ln device would be refused by the service: it never enters a wave (the Waves step lists it with its reason).</numerusform>
            <numerusform>%Ln devices would be refused by the service: they never enter a wave (the Waves step lists them with their reasons).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln device(s) would be refused by the service (see the counts below). Keep only the accepted devices — the others are kept as a draft —, assign licenses, or go Back to change the list.</source>
        <translation>
            <numerusform>%Ln device would be refused by the service (see the counts below). Keep only the accepted devices — the other is kept as a draft —, assign a license, or go Back to change the list.</numerusform>
            <numerusform>%Ln devices would be refused by the service (see the counts below). Keep only the accepted devices — the others are kept as a draft —, assign licenses, or go Back to change the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Auto-assign gives %Ln device(s) a license from the account&apos;s pool.</source>
        <translation>
            <numerusform>Auto-assign gives %Ln device a license from the account&apos;s pool.</numerusform>
            <numerusform>Auto-assign gives %Ln devices a license from the account&apos;s pool.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln device(s) have not connected for more than %1 days: the service accepts them, but they may not upgrade before the campaign ends.</source>
        <translation>
            <numerusform>%Ln device has not connected for more than %1 days: the service accepts it, but it may not upgrade before the campaign ends.</numerusform>
            <numerusform>%Ln devices have not connected for more than %1 days: the service accepts them, but they may not upgrade before the campaign ends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%Ln device(s) that would be refused were moved to the draft &quot;%1&quot; (Drafts page; Export refused devices writes them with their reasons).</source>
        <translation>
            <numerusform>%Ln device that would be refused was moved to the draft &quot;%1&quot; (Drafts page; Export refused devices writes it with its reason).</numerusform>
            <numerusform>%Ln devices that would be refused were moved to the draft &quot;%1&quot; (Drafts page; Export refused devices writes them with their reasons).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln device(s) that would be refused were removed from the list (Undo on the Devices page brings them back).</source>
        <translation>
            <numerusform>%Ln device that would be refused was removed from the list (Undo on the Devices page brings it back).</numerusform>
            <numerusform>%Ln devices that would be refused were removed from the list (Undo on the Devices page brings them back).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Not ready: %Ln error(s) must be fixed before the campaign can be scheduled.</source>
        <translation>
            <numerusform>Not ready: %Ln error must be fixed before the campaign can be scheduled.</numerusform>
            <numerusform>Not ready: %Ln errors must be fixed before the campaign can be scheduled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Ready: %Ln device(s) go into the waves; the refused ones are left out.</source>
        <translation>
            <numerusform>Ready: %Ln device goes into the waves; the refused ones are left out.</numerusform>
            <numerusform>Ready: %Ln devices go into the waves; the refused ones are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Ready to schedule: every device will be accepted; %Ln warning(s) to consider.</source>
        <translation>
            <numerusform>Ready to schedule: every device will be accepted; %Ln warning to consider.</numerusform>
            <numerusform>Ready to schedule: every device will be accepted; %Ln warnings to consider.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateDevicesPage</name>
    <message numerus="yes">
        <location filename="../src/gui/create/CreateDevicesPage.cpp" line="+57"/>
        <source>%Ln line(s) are not IMEIs and will not be sent (see Rejected lines).</source>
        <translation>
            <numerusform>%Ln line is not an IMEI and will not be sent (see Rejected lines).</numerusform>
            <numerusform>%Ln lines are not IMEIs and will not be sent (see Rejected lines).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateFirmwarePage</name>
    <message numerus="yes">
        <location filename="../src/gui/create/CreateFirmwarePage.cpp" line="+210"/>
        <source>%Ln firmware package(s) of every protocol: the firmware service lists LWM2M and OMD-DM packages only, none for HTTP.</source>
        <translation>
            <numerusform>%Ln firmware package of every protocol: the firmware service lists LWM2M and OMD-DM packages only, none for HTTP.</numerusform>
            <numerusform>%Ln firmware packages of every protocol: the firmware service lists LWM2M and OMD-DM packages only, none for HTTP.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln firmware package(s) for %1.</source>
        <translation>
            <numerusform>%Ln firmware package for %1.</numerusform>
            <numerusform>%Ln firmware packages for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateFollowUps</name>
    <message numerus="yes">
        <location filename="../src/workflow/CreateFollowUps.cpp" line="+67"/>
        <source>the local workspace could not journal the %Ln device(s) to add to campaign %1</source>
        <translation>
            <numerusform>the local workspace could not journal the %Ln device to add to campaign %1</numerusform>
            <numerusform>the local workspace could not journal the %Ln devices to add to campaign %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateReconciler</name>
    <message numerus="yes">
        <location filename="../src/workflow/CreateReconciler.cpp" line="+82"/>
        <source>All its %Ln device(s) are in it.</source>
        <translation>
            <numerusform>Its %Ln device is in it.</numerusform>
            <numerusform>All its %Ln devices are in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln of its devices are still to be added: batch %1 (FotaDesk offers it at the start; &apos;fotactl campaign resume %1&apos;, or the same create command again, completes it).</source>
        <translation>
            <numerusform>%Ln of its devices is still to be added: batch %1 (FotaDesk offers it at the start; &apos;fotactl campaign resume %1&apos;, or the same create command again, completes it).</numerusform>
            <numerusform>%Ln of its devices are still to be added: batch %1 (FotaDesk offers it at the start; &apos;fotactl campaign resume %1&apos;, or the same create command again, completes it).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateResultPage</name>
    <message numerus="yes">
        <location filename="../src/gui/create/CreateResultPage.cpp" line="+133"/>
        <source>Reading the campaign&apos;s device report: %Ln device(s)…</source>
        <translation>
            <numerusform>Reading the campaign&apos;s device report: %Ln device…</numerusform>
            <numerusform>Reading the campaign&apos;s device report: %Ln devices…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reading the campaign&apos;s device report: %1 of %Ln device(s)…</source>
        <translation>
            <numerusform>Reading the campaign&apos;s device report: %1 of %Ln device…</numerusform>
            <numerusform>Reading the campaign&apos;s device report: %1 of %Ln devices…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%1 of %Ln device(s) are in the campaign&apos;s report: %2 pending, %3 in progress, %4 succeeded, %5 failed, %6 other.</source>
        <translation>
            <numerusform>%1 of %Ln device is in the campaign&apos;s report: %2 pending, %3 in progress, %4 succeeded, %5 failed, %6 other.</numerusform>
            <numerusform>%1 of %Ln devices are in the campaign&apos;s report: %2 pending, %3 in progress, %4 succeeded, %5 failed, %6 other.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateSubmitPage</name>
    <message numerus="yes">
        <location filename="../src/gui/create/CreateSubmitPage.cpp" line="+90"/>
        <source>Sending the campaign &quot;%1&quot; with %Ln device(s)…</source>
        <translation>
            <numerusform>Sending the campaign &quot;%1&quot; with %Ln device…</numerusform>
            <numerusform>Sending the campaign &quot;%1&quot; with %Ln devices…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%Ln campaigns look like this request (older ones may be identical). Pick the one it created; nothing is sent again.</source>
        <translation>
            <numerusform>%Ln campaign looks like this request (older ones may be identical). Pick the one it created; nothing is sent again.</numerusform>
            <numerusform>%Ln campaigns look like this request (older ones may be identical). Pick the one it created; nothing is sent again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceChangeDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/devices/DeviceChangeDialog.cpp" line="+347"/>
        <source>Adding %Ln device(s) in %1 request(s)…</source>
        <translation>
            <numerusform>Adding %Ln device in %1 request(s)…</numerusform>
            <numerusform>Adding %Ln devices in %1 request(s)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Removing %Ln device(s) in %1 request(s)…</source>
        <translation>
            <numerusform>Removing %Ln device in %1 request(s)…</numerusform>
            <numerusform>Removing %Ln devices in %1 request(s)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Assigning licenses to %Ln device(s) in %1 request(s)…</source>
        <translation>
            <numerusform>Assigning licenses to %Ln device in %1 request(s)…</numerusform>
            <numerusform>Assigning licenses to %Ln devices in %1 request(s)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Removing the licenses of %Ln device(s) in %1 request(s)…</source>
        <translation>
            <numerusform>Removing the license of %Ln device in %1 request(s)…</numerusform>
            <numerusform>Removing the licenses of %Ln devices in %1 request(s)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>&quot;Retry&quot; sends only the %Ln device(s) without an answer.</source>
        <translation>
            <numerusform>&quot;Retry&quot; sends only the %Ln device without an answer.</numerusform>
            <numerusform>&quot;Retry&quot; sends only the %Ln devices without an answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln device(s) not in the campaign were left out (not sent; marked in the list): %1.</source>
        <translation>
            <numerusform>%Ln device not in the campaign was left out (not sent; marked in the list): %1.</numerusform>
            <numerusform>%Ln devices not in the campaign were left out (not sent; marked in the list): %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%Ln device(s) answered with a status FotaDesk does not know (shown as it came).</source>
        <translation>
            <numerusform>%Ln device answered with a status FotaDesk does not know (shown as it came).</numerusform>
            <numerusform>%Ln devices answered with a status FotaDesk does not know (shown as it came).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>A&amp;dd %Ln device(s)</source>
        <translation>
            <numerusform>A&amp;dd %Ln device</numerusform>
            <numerusform>A&amp;dd %Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remo&amp;ve %Ln device(s)</source>
        <translation>
            <numerusform>Remo&amp;ve %Ln device</numerusform>
            <numerusform>Remo&amp;ve %Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A&amp;ssign licenses to %Ln device(s)</source>
        <translation>
            <numerusform>A&amp;ssign a license to %Ln device</numerusform>
            <numerusform>A&amp;ssign licenses to %Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remo&amp;ve the licenses of %Ln device(s)</source>
        <translation>
            <numerusform>Remo&amp;ve the license of %Ln device</numerusform>
            <numerusform>Remo&amp;ve the licenses of %Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>&amp;Retry %Ln device(s) without an answer</source>
        <translation>
            <numerusform>&amp;Retry %Ln device without an answer</numerusform>
            <numerusform>&amp;Retry %Ln devices without an answer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceInventoryCheck</name>
    <message numerus="yes">
        <location filename="../src/core/DeviceInventoryCheck.cpp" line="+124"/>
        <source>not connected for %Ln day(s)</source>
        <translation>
            <numerusform>not connected for %Ln day</numerusform>
            <numerusform>not connected for %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceInventoryLine</name>
    <message numerus="yes">
        <location filename="../src/gui/lookup/DeviceInventoryLine.cpp" line="+104"/>
        <source>%1 (%Ln day(s) ago)</source>
        <translation>
            <numerusform>%1 (%Ln day ago)</numerusform>
            <numerusform>%1 (%Ln days ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceListEditor</name>
    <message numerus="yes">
        <location filename="../src/gui/devices/DeviceListEditor.cpp" line="+337"/>
        <source>%Ln duplicate line(s) (%1 listed below, the other %2 merged on import)</source>
        <translation>
            <numerusform>%Ln duplicate line (%1 listed below, the other %2 merged on import)</numerusform>
            <numerusform>%Ln duplicate lines (%1 listed below, the other %2 merged on import)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln duplicate line(s)</source>
        <translation>
            <numerusform>%Ln duplicate line</numerusform>
            <numerusform>%Ln duplicate lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
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
            <numerusform>%Ln rejected line</numerusform>
            <numerusform>%Ln rejected lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Only the first %Ln rejected line(s) are listed.</source>
        <translation>
            <numerusform>Only the first %Ln rejected line is listed.</numerusform>
            <numerusform>Only the first %Ln rejected lines are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>The list holds %Ln row(s). Append %1 to them, or replace them with %1?</source>
        <translation>
            <numerusform>The list holds %Ln row. Append %1 to it, or replace it with %1?</numerusform>
            <numerusform>The list holds %Ln rows. Append %1 to them, or replace them with %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>Removed %Ln row(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Removed %Ln row. Undo with Ctrl+Z.</numerusform>
            <numerusform>Removed %Ln rows. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Merged %Ln duplicate row(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Merged %Ln duplicate row. Undo with Ctrl+Z.</numerusform>
            <numerusform>Merged %Ln duplicate rows. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>Exported %Ln IMEI(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln IMEI to %1.</numerusform>
            <numerusform>Exported %Ln IMEIs to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Exported %Ln rejected line(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln rejected line to %1.</numerusform>
            <numerusform>Exported %Ln rejected lines to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Remove all %Ln row(s) from the list? This cannot be undone.</source>
        <translation>
            <numerusform>Remove the %Ln row from the list? This cannot be undone.</numerusform>
            <numerusform>Remove all %Ln rows from the list? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceListWindow</name>
    <message numerus="yes">
        <location filename="../src/gui/devices/DeviceListWindow.cpp" line="+89"/>
        <source>&amp;New campaign with these %Ln devices</source>
        <translation>
            <numerusform>&amp;New campaign with this %Ln device</numerusform>
            <numerusform>&amp;New campaign with these %Ln devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceLookupPage</name>
    <message numerus="yes">
        <location filename="../src/gui/lookup/DeviceLookupPage.cpp" line="+348"/>
        <source>&lt;b&gt;%1&lt;/b&gt; has been in %Ln campaign(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; has been in %Ln campaign.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; has been in %Ln campaigns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceTableActions</name>
    <message numerus="yes">
        <location filename="../src/gui/devices/DeviceTableActions.cpp" line="+68"/>
        <source>&amp;Copy %Ln IMEI(s)</source>
        <translation>
            <numerusform>&amp;Copy %Ln IMEI</numerusform>
            <numerusform>&amp;Copy %Ln IMEIs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Put %Ln device(s) into a &amp;new campaign…</source>
        <translation>
            <numerusform>Put %Ln device into a &amp;new campaign…</numerusform>
            <numerusform>Put %Ln devices into a &amp;new campaign…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Remove %Ln device(s) from the campaign…</source>
        <translation>
            <numerusform>&amp;Remove %Ln device from the campaign…</numerusform>
            <numerusform>&amp;Remove %Ln devices from the campaign…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Export %Ln device(s) as CSV…</source>
        <translation>
            <numerusform>&amp;Export %Ln device as CSV…</numerusform>
            <numerusform>&amp;Export %Ln devices as CSV…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::DraftsPage</name>
    <message numerus="yes">
        <location filename="../src/gui/drafts/DraftsPage.cpp" line="+135"/>
        <source>Discard the draft &quot;%1&quot; (%2, %Ln device(s))? This cannot be undone.</source>
        <translation>
            <numerusform>Discard the draft &quot;%1&quot; (%2, %Ln device)? This cannot be undone.</numerusform>
            <numerusform>Discard the draft &quot;%1&quot; (%2, %Ln devices)? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::FirmwareVerifyBar</name>
    <message numerus="yes">
        <location filename="../src/gui/campaign/FirmwareVerifyBar.cpp" line="+108"/>
        <source>Verifying firmware… %1 of %Ln device(s) asked</source>
        <translation>
            <numerusform>Verifying firmware… %1 of %Ln device asked</numerusform>
            <numerusform>Verifying firmware… %1 of %Ln devices asked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Of the %Ln device(s) the report called successful.</source>
        <translation>
            <numerusform>Of the %Ln device the report called successful.</numerusform>
            <numerusform>Of the %Ln devices the report called successful.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::InventoryCheckPanel</name>
    <message numerus="yes">
        <location filename="../src/gui/common/InventoryCheckPanel.cpp" line="+211"/>
        <source>All %Ln device(s) will be accepted: each is in the account, of the package&apos;s make and model, FOTA-eligible, on its protocol, licensed and on firmware %1.</source>
        <translation>
            <numerusform>The %Ln device will be accepted: it is in the account, of the package&apos;s make and model, FOTA-eligible, on its protocol, licensed and on firmware %1.</numerusform>
            <numerusform>All %Ln devices will be accepted: each is in the account, of the package&apos;s make and model, FOTA-eligible, on its protocol, licensed and on firmware %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %Ln device(s) will not be accepted by the service (%2 will).</source>
        <translation>
            <numerusform>%1 of %Ln device will not be accepted by the service (%2 will).</numerusform>
            <numerusform>%1 of %Ln devices will not be accepted by the service (%2 will).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Auto-assign gives %Ln device(s) a license from the account&apos;s pool (%1 left now, %2 after).</source>
        <translation>
            <numerusform>Auto-assign gives %Ln device a license from the account&apos;s pool (%1 left now, %2 after).</numerusform>
            <numerusform>Auto-assign gives %Ln devices a license from the account&apos;s pool (%1 left now, %2 after).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The account has %Ln license(s) left.</source>
        <translation>
            <numerusform>The account has %Ln license left.</numerusform>
            <numerusform>The account has %Ln licenses left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Will be accepted, but not connected for more than %Ln day(s)</source>
        <translation>
            <numerusform>Will be accepted, but not connected for more than %Ln day</numerusform>
            <numerusform>Will be accepted, but not connected for more than %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Assign &amp;licenses to %Ln device(s)…</source>
        <translation>
            <numerusform>Assign a &amp;license to %Ln device…</numerusform>
            <numerusform>Assign &amp;licenses to %Ln devices…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Assign a FOTA license to %Ln device(s) that lack nothing else? The account has %1 left.</source>
        <translation>
            <numerusform>Assign a FOTA license to %Ln device that lacks nothing else? The account has %1 left.</numerusform>
            <numerusform>Assign a FOTA license to %Ln devices that lack nothing else? The account has %1 left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Only the first %Ln device(s) of the list get one; the others stay refused.</source>
        <translation>
            <numerusform>Only the first device of the list gets one; the others stay refused.</numerusform>
            <numerusform>Only the first %Ln devices of the list get one; the others stay refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Assigning licenses to %Ln device(s)…</source>
        <translation>
            <numerusform>Assigning a license to %Ln device…</numerusform>
            <numerusform>Assigning licenses to %Ln devices…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::LicensesPage</name>
    <message numerus="yes">
        <location filename="../src/gui/licenses/LicensesPage.cpp" line="+116"/>
        <source>The list shows the %Ln device(s) read so far.</source>
        <translation>
            <numerusform>The list shows the %Ln device read so far.</numerusform>
            <numerusform>The list shows the %Ln devices read so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%Ln device(s) selected on the Licenses page</source>
        <translation>
            <numerusform>%Ln device selected on the Licenses page</numerusform>
            <numerusform>%Ln devices selected on the Licenses page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Exported %Ln device(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln device to %1.</numerusform>
            <numerusform>Exported %Ln devices to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Remove the licenses of the %Ln selected device(s)</source>
        <translation>
            <numerusform>Remove the license of the %Ln selected device</numerusform>
            <numerusform>Remove the licenses of the %Ln selected devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/gui/shell/MainWindow.cpp" line="+399"/>
        <source>%Ln devices are in the new campaign&apos;s device list (step Devices)</source>
        <translation>
            <numerusform>%Ln device is in the new campaign&apos;s device list (step Devices)</numerusform>
            <numerusform>%Ln devices are in the new campaign&apos;s device list (step Devices)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::Notifier</name>
    <message numerus="yes">
        <location filename="../src/gui/notifications/Notifier.cpp" line="+52"/>
        <location line="+29"/>
        <source>FotaDesk — watching %Ln campaign(s)</source>
        <translation>
            <numerusform>FotaDesk — watching %Ln campaign</numerusform>
            <numerusform>FotaDesk — watching %Ln campaigns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::OverviewPage</name>
    <message numerus="yes">
        <location filename="../src/gui/overview/OverviewPage.cpp" line="+122"/>
        <source>Refreshing… %Ln campaign(s) read</source>
        <translation>
            <numerusform>Refreshing… %Ln campaign read</numerusform>
            <numerusform>Refreshing… %Ln campaigns read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+157"/>
        <source>every %Ln min</source>
        <translation>
            <numerusform>every minute</numerusform>
            <numerusform>every %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+171"/>
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
</context>
<context>
    <name>fotadesk::RemovePreflight</name>
    <message numerus="yes">
        <location filename="../src/gui/devices/RemovePreflight.cpp" line="+105"/>
        <source>Dropped %Ln device(s) that are not in the campaign from the list (Undo in the list brings them back).</source>
        <translation>
            <numerusform>Dropped %Ln device that is not in the campaign from the list (Undo in the list brings it back).</numerusform>
            <numerusform>Dropped %Ln devices that are not in the campaign from the list (Undo in the list brings them back).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Checking which of the %Ln device(s) are in the campaign (reading its device report)…</source>
        <translation>
            <numerusform>Checking whether the %Ln device is in the campaign (reading its device report)…</numerusform>
            <numerusform>Checking which of the %Ln devices are in the campaign (reading its device report)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>The campaign&apos;s device report could not be read, so the %Ln device(s) were not checked against it and nothing was sent. Try again, or remove without the check (the service refuses devices that are not in the campaign).</source>
        <translation>
            <numerusform>The campaign&apos;s device report could not be read, so the %Ln device was not checked against it and nothing was sent. Try again, or remove without the check (the service refuses devices that are not in the campaign).</numerusform>
            <numerusform>The campaign&apos;s device report could not be read, so the %Ln devices were not checked against it and nothing was sent. Try again, or remove without the check (the service refuses devices that are not in the campaign).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source> and %Ln more</source>
        <translation>
            <numerusform> and %Ln more</numerusform>
            <numerusform> and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%Ln of the %1 device(s) are not in this campaign&lt;/b&gt; (its device report does not list them; marked in the list): %2.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln of the %1 devices is not in this campaign&lt;/b&gt; (its device report does not list it; marked in the list): %2.</numerusform>
            <numerusform>&lt;b&gt;%Ln of the %1 devices are not in this campaign&lt;/b&gt; (its device report does not list them; marked in the list): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Remove only the &amp;other %Ln device(s)</source>
        <translation>
            <numerusform>Remove only the &amp;other %Ln device</numerusform>
            <numerusform>Remove only the &amp;other %Ln devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::RolloutBands</name>
    <message numerus="yes">
        <location filename="../src/core/RolloutBands.cpp" line="+113"/>
        <source>%n device(s) have no time zone (%1); give each a time zone or site in the device list, or set the plan&apos;s &quot;defaultZone&quot;.</source>
        <translation>
            <numerusform>%n device has no time zone (%1); give it a time zone or site in the device list, or set the plan&apos;s &quot;defaultZone&quot;.</numerusform>
            <numerusform>%n devices have no time zone (%1); give each a time zone or site in the device list, or set the plan&apos;s &quot;defaultZone&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::RolloutPlanDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/rollouts/RolloutPlanDialog.cpp" line="+51"/>
        <source>  %Ln device(s); first: %1</source>
        <translation>
            <numerusform>  %Ln device; first: %1</numerusform>
            <numerusform>  %Ln devices; first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>soak %Ln hour(s)</source>
        <translation>
            <numerusform>soak %Ln hour</numerusform>
            <numerusform>soak %Ln hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::RolloutWavesPage</name>
    <message numerus="yes">
        <location filename="../src/gui/rollouts/RolloutWavesPage.cpp" line="+311"/>
        <source>%Ln device(s) in %1 wave(s); the devices were not checked: the check runs again when the rollout is created.</source>
        <translation>
            <numerusform>%Ln device in %1 wave(s); the devices were not checked: the check runs again when the rollout is created.</numerusform>
            <numerusform>%Ln devices in %1 wave(s); the devices were not checked: the check runs again when the rollout is created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln device(s) in %1 wave(s); %2 of the %3 listed devices refused by the check.</source>
        <translation>
            <numerusform>%Ln device in %1 wave(s); %2 of the %3 listed devices refused by the check.</numerusform>
            <numerusform>%Ln devices in %1 wave(s); %2 of the %3 listed devices refused by the check.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::RolloutWizard</name>
    <message numerus="yes">
        <location filename="../src/gui/rollouts/RolloutWizard.cpp" line="+131"/>
        <source>Creating the rollout: checking %Ln device(s) against the account&apos;s inventory again, then storing its waves…</source>
        <translation>
            <numerusform>Creating the rollout: checking %Ln device against the account&apos;s inventory again, then storing its waves…</numerusform>
            <numerusform>Creating the rollout: checking %Ln devices against the account&apos;s inventory again, then storing its waves…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::RolloutsPage</name>
    <message numerus="yes">
        <location filename="../src/gui/rollouts/RolloutsPage.cpp" line="+250"/>
        <source>Rollout &lt;b&gt;%1&lt;/b&gt; created: %Ln device(s) in %2 wave(s). Nothing is sent yet: Advance now starts wave 1.</source>
        <translation>
            <numerusform>Rollout &lt;b&gt;%1&lt;/b&gt; created: %Ln device in %2 wave(s). Nothing is sent yet: Advance now starts wave 1.</numerusform>
            <numerusform>Rollout &lt;b&gt;%1&lt;/b&gt; created: %Ln devices in %2 wave(s). Nothing is sent yet: Advance now starts wave 1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %Ln device(s) in %3 wave(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, %Ln device in %3 wave(s)</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, %Ln devices in %3 wave(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Held at the gate after wave %1: %2, %Ln device(s) behind it.</source>
        <translation>
            <numerusform>Held at the gate after wave %1: %2, %Ln device behind it.</numerusform>
            <numerusform>Held at the gate after wave %1: %2, %Ln devices behind it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+190"/>
        <source>%Ln device(s) written to %1.</source>
        <translation>
            <numerusform>%Ln device written to %1.</numerusform>
            <numerusform>%Ln devices written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::SettingsDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/settings/SettingsDialog.cpp" line="+122"/>
        <location line="+85"/>
        <source>every %Ln min</source>
        <translation>
            <numerusform>every %Ln min</numerusform>
            <numerusform>every %Ln min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::WorkspaceStartup</name>
    <message numerus="yes">
        <location filename="../src/gui/shell/WorkspaceStartup.cpp" line="+71"/>
        <source>%1 %Ln device(s)%2</source>
        <translation>
            <numerusform>%1 %Ln device%2</numerusform>
            <numerusform>%1 %Ln devices%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>The campaign form “%1” (%Ln device(s)) was saved on %2 but not submitted. Restore it?</source>
        <translation>
            <numerusform>The campaign form “%1” (%Ln device) was saved on %2 but not submitted. Restore it?</numerusform>
            <numerusform>The campaign form “%1” (%Ln devices) was saved on %2 but not submitted. Restore it?</numerusform>
        </translation>
    </message>
</context>
</TS>
