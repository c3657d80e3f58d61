<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DashboardPages</name>
    <message numerus="yes">
        <location filename="../src/gui/shell/DashboardPages.cpp" line="+193"/>
        <source>%n device(s) of %1</source>
        <translation>
            <numerusform>%n device of %1</numerusform>
            <numerusform>%n devices of %1</numerusform>
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
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
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
        <location filename="../src/gui/activitylog/ActivityLogPage.cpp" line="+206"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::ActivityPanel</name>
    <message numerus="yes">
        <location filename="../src/gui/notifications/ActivityPanel.cpp" line="+48"/>
        <source>Watching %n campaign(s): %1</source>
        <translation>
            <numerusform>Watching %n campaign: %1</numerusform>
            <numerusform>Watching %n campaigns: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::AddPreflight</name>
    <message numerus="yes">
        <location filename="../src/gui/devices/AddPreflight.cpp" line="+110"/>
        <source>%n device(s) would be refused by the service: keep only the accepted devices (the others are kept as a draft), assign licenses, or go back to the list.</source>
        <translation>
            <numerusform>%n device would be refused by the service: keep only the accepted devices (the other is kept as a draft), assign a license, or go back to the list.</numerusform>
            <numerusform>%n devices would be refused by the service: keep only the accepted devices (the others are kept as a draft), assign licenses, or go back to the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>&amp;Add %n device(s)</source>
        <translation>
            <numerusform>&amp;Add %n device</numerusform>
            <numerusform>&amp;Add %n devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::ApiError</name>
    <message numerus="yes">
        <location filename="../src/api/ApiError.cpp" line="+312"/>
        <source>The service asked to come back at %1 (in %n minute(s)), later than this client waits: try again after that time.</source>
        <translation>
            <numerusform>The service asked to come back at %1 (in %n minute), later than this client waits: try again after that time.</numerusform>
            <numerusform>The service asked to come back at %1 (in %n minutes), later than this client waits: try again after that time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::AuditHook</name>
    <message numerus="yes">
        <location filename="../src/workflow/AuditHook.cpp" line="+111"/>
        <source>Create campaign “%1”: firmware %2 %3 → %4, %5, %6 to %7, windows %8, %n device(s)%9, auto-assign licenses %10, auto-add devices %11</source>
        <translation>
            <numerusform>Create campaign “%1”: firmware %2 %3 → %4, %5, %6 to %7, windows %8, %n device%9, auto-assign licenses %10, auto-add devices %11</numerusform>
            <numerusform>Create campaign “%1”: firmware %2 %3 → %4, %5, %6 to %7, windows %8, %n devices%9, auto-assign licenses %10, auto-add devices %11</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Add %n device(s) to campaign %1%2</source>
        <translation>
            <numerusform>Add %n device to campaign %1%2</numerusform>
            <numerusform>Add %n devices to campaign %1%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove %n device(s) from campaign %1%2</source>
        <translation>
            <numerusform>Remove %n device from campaign %1%2</numerusform>
            <numerusform>Remove %n devices from campaign %1%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Assign FOTA licenses to %n device(s)%1</source>
        <translation>
            <numerusform>Assign FOTA licenses to %n device%1</numerusform>
            <numerusform>Assign FOTA licenses to %n devices%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove FOTA licenses from %n device(s)%1</source>
        <translation>
            <numerusform>Remove FOTA licenses from %n device%1</numerusform>
            <numerusform>Remove FOTA licenses from %n devices%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::CampaignDetailPage</name>
    <message numerus="yes">
        <location filename="../src/gui/campaign/CampaignDetailPage.cpp" line="+289"/>
        <source>the %n selected device(s)</source>
        <translation>
            <numerusform>the %n selected device</numerusform>
            <numerusform>the %n selected devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::CampaignModel</name>
    <message numerus="yes">
        <location filename="../src/models/CampaignModel.cpp" line="+154"/>
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
        <source>Progress over time (%n snapshot(s))</source>
        <translation>
            <numerusform>Progress over time (%n snapshot)</numerusform>
            <numerusform>Progress over time (%n snapshots)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::CampaignStatusPanel</name>
    <message numerus="yes">
        <location filename="../src/gui/campaign/CampaignStatusPanel.cpp" line="+387"/>
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
        <location line="+4"/>
        <source>%Ln device(s) · read at %1 (%2 UTC)</source>
        <translation>
            <numerusform>%Ln device · read at %1 (%2 UTC)</numerusform>
            <numerusform>%Ln devices · read at %1 (%2 UTC)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+170"/>
        <source>CSV report (%Ln device(s)) written to %1.</source>
        <translation>
            <numerusform>CSV report (%Ln device) written to %1.</numerusform>
            <numerusform>CSV report (%Ln devices) written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>PDF report (%n page(s)) written to %1.</source>
        <translation>
            <numerusform>PDF report (%n page) written to %1.</numerusform>
            <numerusform>PDF report (%n pages) written to %1.</numerusform>
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
        <location filename="../src/gui/create/CreateCheckPage.cpp" line="+138"/>
        <source>%n row(s) of the device list repeat an IMEI listed earlier: each IMEI is sent once.</source>
        <translation>
            <numerusform>%n row of the device list repeats an IMEI listed earlier: each IMEI is sent once.</numerusform>
            <numerusform>%n rows of the device list repeat an IMEI listed earlier: each IMEI is sent once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n line(s) of the device list are not IMEIs and are left out (go back to Devices to fix them).</source>
        <translation>
            <numerusform>%n line of the device list is not an IMEI and is left out (go back to Devices to fix it).</numerusform>
            <numerusform>%n lines of the device list are not IMEIs and are left out (go back to Devices to fix them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n device(s) would be refused by the service (see the counts below). Keep only the accepted devices — the others are kept as a draft —, assign licenses, or go Back to change the list.</source>
        <translation>
            <numerusform>%n device would be refused by the service (see the counts below). Keep only the accepted devices — the other is kept as a draft —, assign a license, or go Back to change the list.</numerusform>
            <numerusform>%n devices would be refused by the service (see the counts below). Keep only the accepted devices — the others are kept as a draft —, assign licenses, or go Back to change the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Auto-assign gives %n device(s) a license from the account&apos;s pool.</source>
        <translation>
            <numerusform>Auto-assign gives %n device a license from the account&apos;s pool.</numerusform>
            <numerusform>Auto-assign gives %n devices a license from the account&apos;s pool.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n device(s) have not connected for more than %1 days: the service accepts them, but they may not upgrade before the campaign ends.</source>
        <translation>
            <numerusform>%n device has not connected for more than %1 days: the service accepts it, but it may not upgrade before the campaign ends.</numerusform>
            <numerusform>%n devices have not connected for more than %1 days: the service accepts them, but they may not upgrade before the campaign ends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n device(s) that would be refused were moved to the draft &quot;%1&quot; (Drafts page; Export refused devices writes them with their reasons).</source>
        <translation>
            <numerusform>%n device that would be refused was moved to the draft &quot;%1&quot; (Drafts page; Export refused devices writes it with its reason).</numerusform>
            <numerusform>%n devices that would be refused were moved to the draft &quot;%1&quot; (Drafts page; Export refused devices writes them with their reasons).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n device(s) that would be refused were removed from the list (Undo on the Devices page brings them back).</source>
        <translation>
            <numerusform>%n device that would be refused was removed from the list (Undo on the Devices page brings it back).</numerusform>
            <numerusform>%n devices that would be refused were removed from the list (Undo on the Devices page brings them back).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Not ready: %n error(s) must be fixed before the campaign can be scheduled.</source>
        <translation>
            <numerusform>Not ready: %n error must be fixed before the campaign can be scheduled.</numerusform>
            <numerusform>Not ready: %n errors must be fixed before the campaign can be scheduled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Ready to schedule: every device will be accepted; %n warning(s) to consider.</source>
        <translation>
            <numerusform>Ready to schedule: every device will be accepted; %n warning to consider.</numerusform>
            <numerusform>Ready to schedule: every device will be accepted; %n warnings to consider.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateDevicesPage</name>
    <message numerus="yes">
        <location filename="../src/gui/create/CreateDevicesPage.cpp" line="+57"/>
        <source>%n line(s) are not IMEIs and will not be sent (see Rejected lines).</source>
        <translation>
            <numerusform>%n line is not an IMEI and will not be sent (see Rejected lines).</numerusform>
            <numerusform>%n lines are not IMEIs and will not be sent (see Rejected lines).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateFirmwarePage</name>
    <message numerus="yes">
        <location filename="../src/gui/create/CreateFirmwarePage.cpp" line="+199"/>
        <source>%n firmware package(s) of every protocol: the firmware service lists LWM2M and OMD-DM packages only, none for HTTP.</source>
        <translation>
            <numerusform>%n firmware package of every protocol: the firmware service lists LWM2M and OMD-DM packages only, none for HTTP.</numerusform>
            <numerusform>%n firmware packages of every protocol: the firmware service lists LWM2M and OMD-DM packages only, none for HTTP.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n firmware package(s) for %1.</source>
        <translation>
            <numerusform>%n firmware package for %1.</numerusform>
            <numerusform>%n firmware packages for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateFollowUps</name>
    <message numerus="yes">
        <location filename="../src/workflow/CreateFollowUps.cpp" line="+67"/>
        <source>the local workspace could not journal the %n device(s) to add to campaign %1</source>
        <translation>
            <numerusform>the local workspace could not journal the %n device to add to campaign %1</numerusform>
            <numerusform>the local workspace could not journal the %n devices to add to campaign %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateReconciler</name>
    <message numerus="yes">
        <location filename="../src/workflow/CreateReconciler.cpp" line="+82"/>
        <source>All its %n device(s) are in it.</source>
        <translation>
            <numerusform>Its %n device is in it.</numerusform>
            <numerusform>All its %n devices are in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n of its devices are still to be added: batch %1 (FotaDesk offers it at the start; &apos;fotactl campaign resume %1&apos;, or the same create command again, completes it).</source>
        <translation>
            <numerusform>%n of its devices is still to be added: batch %1 (FotaDesk offers it at the start; &apos;fotactl campaign resume %1&apos;, or the same create command again, completes it).</numerusform>
            <numerusform>%n of its devices are still to be added: batch %1 (FotaDesk offers it at the start; &apos;fotactl campaign resume %1&apos;, or the same create command again, completes it).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateResultPage</name>
    <message numerus="yes">
        <location filename="../src/gui/create/CreateResultPage.cpp" line="+139"/>
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
        <source>Sending the campaign &quot;%1&quot; with %n device(s)…</source>
        <translation>
            <numerusform>Sending the campaign &quot;%1&quot; with %n device…</numerusform>
            <numerusform>Sending the campaign &quot;%1&quot; with %n devices…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%n campaigns look like this request (older ones may be identical). Pick the one it created; nothing is sent again.</source>
        <translation>
            <numerusform>%n campaign looks like this request (older ones may be identical). Pick the one it created; nothing is sent again.</numerusform>
            <numerusform>%n campaigns look like this request (older ones may be identical). Pick the one it created; nothing is sent again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceChangeDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/devices/DeviceChangeDialog.cpp" line="+338"/>
        <source>Adding %n device(s) in %1 request(s)…</source>
        <translation>
            <numerusform>Adding %n device in %1 request(s)…</numerusform>
            <numerusform>Adding %n devices in %1 request(s)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Removing %n device(s) in %1 request(s)…</source>
        <translation>
            <numerusform>Removing %n device in %1 request(s)…</numerusform>
            <numerusform>Removing %n devices in %1 request(s)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Assigning licenses to %n device(s) in %1 request(s)…</source>
        <translation>
            <numerusform>Assigning licenses to %n device in %1 request(s)…</numerusform>
            <numerusform>Assigning licenses to %n devices in %1 request(s)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Removing the licenses of %n device(s) in %1 request(s)…</source>
        <translation>
            <numerusform>Removing the license of %n device in %1 request(s)…</numerusform>
            <numerusform>Removing the licenses of %n devices in %1 request(s)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%n request(s) got no usable answer or were not sent; their devices are listed as failed.</source>
        <translation>
            <numerusform>%n request got no usable answer or was not sent; its devices are listed as failed.</numerusform>
            <numerusform>%n requests got no usable answer or were not sent; their devices are listed as failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n device(s) not in the campaign were left out (not sent; marked in the list): %1.</source>
        <translation>
            <numerusform>%n device not in the campaign was left out (not sent; marked in the list): %1.</numerusform>
            <numerusform>%n devices not in the campaign were left out (not sent; marked in the list): %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>A&amp;dd %n device(s)</source>
        <translation>
            <numerusform>A&amp;dd %n device</numerusform>
            <numerusform>A&amp;dd %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remo&amp;ve %n device(s)</source>
        <translation>
            <numerusform>Remo&amp;ve %n device</numerusform>
            <numerusform>Remo&amp;ve %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A&amp;ssign licenses to %n device(s)</source>
        <translation>
            <numerusform>A&amp;ssign a license to %n device</numerusform>
            <numerusform>A&amp;ssign licenses to %n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remo&amp;ve the licenses of %n device(s)</source>
        <translation>
            <numerusform>Remo&amp;ve the license of %n device</numerusform>
            <numerusform>Remo&amp;ve the licenses of %n devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceInventoryCheck</name>
    <message numerus="yes">
        <location filename="../src/core/DeviceInventoryCheck.cpp" line="+124"/>
        <source>not connected for %n day(s)</source>
        <translation>
            <numerusform>not connected for %n day</numerusform>
            <numerusform>not connected for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceInventoryLine</name>
    <message numerus="yes">
        <location filename="../src/gui/lookup/DeviceInventoryLine.cpp" line="+104"/>
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n day ago)</numerusform>
            <numerusform>%1 (%n days ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceListEditor</name>
    <message numerus="yes">
        <location filename="../src/gui/devices/DeviceListEditor.cpp" line="+323"/>
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
        <source>The list holds %n row(s). Append %1 to them, or replace them with %1?</source>
        <translation>
            <numerusform>The list holds %n row. Append %1 to it, or replace it with %1?</numerusform>
            <numerusform>The list holds %n rows. Append %1 to them, or replace them with %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>Removed %n row(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Removed %n row. Undo with Ctrl+Z.</numerusform>
            <numerusform>Removed %n rows. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Merged %n duplicate row(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Merged %n duplicate row. Undo with Ctrl+Z.</numerusform>
            <numerusform>Merged %n duplicate rows. Undo with Ctrl+Z.</numerusform>
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
        <source>&amp;New campaign with these %n devices</source>
        <translation>
            <numerusform>&amp;New campaign with this %n device</numerusform>
            <numerusform>&amp;New campaign with these %n devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceLookupPage</name>
    <message numerus="yes">
        <location filename="../src/gui/lookup/DeviceLookupPage.cpp" line="+351"/>
        <source>&lt;b&gt;%1&lt;/b&gt; has been in %n campaign(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; has been in %n campaign.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; has been in %n campaigns.</numerusform>
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
        <source>Discard the draft &quot;%1&quot; (%2, %n device(s))? This cannot be undone.</source>
        <translation>
            <numerusform>Discard the draft &quot;%1&quot; (%2, %n device)? This cannot be undone.</numerusform>
            <numerusform>Discard the draft &quot;%1&quot; (%2, %n devices)? This cannot be undone.</numerusform>
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
        <location line="+31"/>
        <source>Of the %n device(s) the report called successful.</source>
        <translation>
            <numerusform>Of the %n device the report called successful.</numerusform>
            <numerusform>Of the %n devices the report called successful.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::InventoryCheckPanel</name>
    <message numerus="yes">
        <location filename="../src/gui/common/InventoryCheckPanel.cpp" line="+215"/>
        <source>All %n device(s) will be accepted: each is in the account, of the package&apos;s make and model, FOTA-eligible, on its protocol, licensed and on firmware %1.</source>
        <translation>
            <numerusform>The %n device will be accepted: it is in the account, of the package&apos;s make and model, FOTA-eligible, on its protocol, licensed and on firmware %1.</numerusform>
            <numerusform>All %n devices will be accepted: each is in the account, of the package&apos;s make and model, FOTA-eligible, on its protocol, licensed and on firmware %1.</numerusform>
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
        <source>Auto-assign gives %n device(s) a license from the account&apos;s pool (%1 left now, %2 after).</source>
        <translation>
            <numerusform>Auto-assign gives %n device a license from the account&apos;s pool (%1 left now, %2 after).</numerusform>
            <numerusform>Auto-assign gives %n devices a license from the account&apos;s pool (%1 left now, %2 after).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The account has %n license(s) left.</source>
        <translation>
            <numerusform>The account has %n license left.</numerusform>
            <numerusform>The account has %n licenses left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Will be accepted, but not connected for more than %n day(s)</source>
        <translation>
            <numerusform>Will be accepted, but not connected for more than %n day</numerusform>
            <numerusform>Will be accepted, but not connected for more than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Assign &amp;licenses to %n device(s)…</source>
        <translation>
            <numerusform>Assign a &amp;license to %n device…</numerusform>
            <numerusform>Assign &amp;licenses to %n devices…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Assign a FOTA license to %n device(s) that lack nothing else? The account has %1 left.</source>
        <translation>
            <numerusform>Assign a FOTA license to %n device that lacks nothing else? The account has %1 left.</numerusform>
            <numerusform>Assign a FOTA license to %n devices that lack nothing else? The account has %1 left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Only the first %n device(s) of the list get one; the others stay refused.</source>
        <translation>
            <numerusform>Only the first device of the list gets one; the others stay refused.</numerusform>
            <numerusform>Only the first %n devices of the list get one; the others stay refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Assigning licenses to %n device(s)…</source>
        <translation>
            <numerusform>Assigning a license to %n device…</numerusform>
            <numerusform>Assigning licenses to %n devices…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::LicensesPage</name>
    <message numerus="yes">
        <location filename="../src/gui/licenses/LicensesPage.cpp" line="+121"/>
        <source>The list shows the %n device(s) read so far.</source>
        <translation>
            <numerusform>The list shows the %n device read so far.</numerusform>
            <numerusform>The list shows the %n devices read so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n device(s) selected on the Licenses page</source>
        <translation>
            <numerusform>%n device selected on the Licenses page</numerusform>
            <numerusform>%n devices selected on the Licenses page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Exported %n device(s) to %1.</source>
        <translation>
            <numerusform>Exported %n device to %1.</numerusform>
            <numerusform>Exported %n devices to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Remove the licenses of the %n selected device(s)</source>
        <translation>
            <numerusform>Remove the license of the %n selected device</numerusform>
            <numerusform>Remove the licenses of the %n selected devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/gui/shell/MainWindow.cpp" line="+345"/>
        <source>%n devices are in the new campaign&apos;s device list (step Devices)</source>
        <translation>
            <numerusform>%n device is in the new campaign&apos;s device list (step Devices)</numerusform>
            <numerusform>%n devices are in the new campaign&apos;s device list (step Devices)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::Notifier</name>
    <message numerus="yes">
        <location filename="../src/gui/notifications/Notifier.cpp" line="+52"/>
        <location line="+29"/>
        <source>FotaDesk — watching %n campaign(s)</source>
        <translation>
            <numerusform>FotaDesk — watching %n campaign</numerusform>
            <numerusform>FotaDesk — watching %n campaigns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::OverviewPage</name>
    <message numerus="yes">
        <location filename="../src/gui/overview/OverviewPage.cpp" line="+119"/>
        <source>Refreshing… %Ln campaign(s) read</source>
        <translation>
            <numerusform>Refreshing… %Ln campaign read</numerusform>
            <numerusform>Refreshing… %Ln campaigns read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+157"/>
        <source>every %n min</source>
        <translation>
            <numerusform>every minute</numerusform>
            <numerusform>every %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+171"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::RemovePreflight</name>
    <message numerus="yes">
        <location filename="../src/gui/devices/RemovePreflight.cpp" line="+105"/>
        <source>Dropped %n device(s) that are not in the campaign from the list (Undo in the list brings them back).</source>
        <translation>
            <numerusform>Dropped %n device that is not in the campaign from the list (Undo in the list brings it back).</numerusform>
            <numerusform>Dropped %n devices that are not in the campaign from the list (Undo in the list brings them back).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Checking which of the %n device(s) are in the campaign (reading its device report)…</source>
        <translation>
            <numerusform>Checking whether the %n device is in the campaign (reading its device report)…</numerusform>
            <numerusform>Checking which of the %n devices are in the campaign (reading its device report)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>The campaign&apos;s device report could not be read, so the %n device(s) were not checked against it and nothing was sent. Try again, or remove without the check (the service refuses devices that are not in the campaign).</source>
        <translation>
            <numerusform>The campaign&apos;s device report could not be read, so the %n device was not checked against it and nothing was sent. Try again, or remove without the check (the service refuses devices that are not in the campaign).</numerusform>
            <numerusform>The campaign&apos;s device report could not be read, so the %n devices were not checked against it and nothing was sent. Try again, or remove without the check (the service refuses devices that are not in the campaign).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%n of the %1 device(s) are not in this campaign&lt;/b&gt; (its device report does not list them; marked in the list): %2.</source>
        <translation>
            <numerusform>&lt;b&gt;%n of the %1 devices is not in this campaign&lt;/b&gt; (its device report does not list it; marked in the list): %2.</numerusform>
            <numerusform>&lt;b&gt;%n of the %1 devices are not in this campaign&lt;/b&gt; (its device report does not list them; marked in the list): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Remove only the &amp;other %n device(s)</source>
        <translation>
            <numerusform>Remove only the &amp;other %n device</numerusform>
            <numerusform>Remove only the &amp;other %n devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::SettingsDialog</name>
    <message numerus="yes">
        <location filename="../src/gui/settings/SettingsDialog.cpp" line="+122"/>
        <location line="+85"/>
        <source>every %n min</source>
        <translation>
            <numerusform>every %n min</numerusform>
            <numerusform>every %n min</numerusform>
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
        <source>The campaign form “%1” (%n device(s)) was saved on %2 but not submitted. Restore it?</source>
        <translation>
            <numerusform>The campaign form “%1” (%n device) was saved on %2 but not submitted. Restore it?</numerusform>
            <numerusform>The campaign form “%1” (%n devices) was saved on %2 but not submitted. Restore it?</numerusform>
        </translation>
    </message>
</context>
</TS>
