<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountDevicesPage</name>
    <message>
        <location filename="../ui/inventory/AccountDevicesPage.ui" line="+10"/>
        <location line="+141"/>
        <source>Account devices</source>
        <translation>Dispositivos de la cuenta</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Every device of the account, as the server lists it for each protocol. Filter by model and firmware, select devices (or none: then every device shown counts), and start a campaign with them or add them to a draft.</source>
        <translation>Todos los dispositivos de la cuenta, tal como el servidor los enumera para cada protocolo. Filtre por modelo y firmware, seleccione dispositivos (o ninguno: entonces cuentan todos los dispositivos mostrados) e inicie una campaña con ellos o añádalos a un borrador.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not loaded yet</source>
        <translation>Aún no cargado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the account&apos;s devices again (F5)</source>
        <translation>Volver a leer los dispositivos de la cuenta (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop loading: the devices read so far stay in the table</source>
        <translation>Detener la carga: los dispositivos leídos hasta ahora permanecen en la tabla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the devices the table shows to a CSV file</source>
        <translation>Escribir en un archivo CSV los dispositivos que muestra la tabla</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocolo:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Make:</source>
        <translation>&amp;Fabricante:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>M&amp;odel:</source>
        <translation>M&amp;odelo:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Firm&amp;ware:</source>
        <translation>Firm&amp;ware:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Eligible:</source>
        <translation>Ap&amp;to para FOTA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FOTA-eligible: the server allows firmware upgrades over the air for the device</source>
        <translation>Apto para FOTA: el servidor permite actualizar el firmware del dispositivo de forma inalámbrica (OTA)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Licensed:</source>
        <translation>Con &amp;licencia:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Not connected for more than</source>
        <translation>&amp;No conectado durante más de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only devices whose last connection (their last report to the server) is older than this</source>
        <translation>Solo los dispositivos cuya última conexión (su último informe al servidor) sea anterior a esto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days not connected</source>
        <translation>Días sin conexión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;IMEI:</source>
        <translation>&amp;IMEI:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Part of an IMEI</source>
        <translation>Parte de un IMEI</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New campai&amp;gn</source>
        <translation>Nueva ca&amp;mpaña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add &amp;selection to draft:</source>
        <translation>Añadir &amp;selección al borrador:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../ui/account/AccountPage.ui" line="+11"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Purchase type:</source>
        <translation>Tipo de compra:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FOTA licenses:</source>
        <translation>Licencias FOTA:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FOTA licenses used</source>
        <translation>Licencias FOTA usadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subscription updated:</source>
        <translation>Suscripción actualizada:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the subscription and the callback URL</source>
        <translation>Volver a leer la suscripción y la URL de callback</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Callback URL</source>
        <translation>URL de callback</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ThingSpace POSTs the status changes of this account&apos;s campaigns and devices to the callback URL. It must be a server of yours that the Internet can reach: FotaDesk cannot receive callbacks itself, and reads the same statuses from the reports.</source>
        <translation>ThingSpace envía por POST los cambios de estado de las campañas y dispositivos de esta cuenta a la URL de callback. Debe ser un servidor suyo accesible desde Internet: FotaDesk no puede recibir callbacks y lee los mismos estados de los informes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registered callback URL</source>
        <translation>URL de callback registrada</translation>
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
        <translation>URL de callback que registrar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;gister</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register the callback URL</source>
        <translation>Registrar la URL de callback</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the registered callback URL</source>
        <translation>Eliminar la URL de callback registrada</translation>
    </message>
</context>
<context>
    <name>ActivityPanel</name>
    <message>
        <location filename="../ui/notifications/ActivityPanel.ui" line="+13"/>
        <source>What the dashboards noticed: status changes of watched campaigns, device changes since your last look, connection problems, exports.</source>
        <translation>Lo que han detectado los paneles: cambios de estado de las campañas vigiladas, cambios de dispositivos desde su última consulta, problemas de conexión, exportaciones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear activity</source>
        <translation>Vaciar la actividad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watched campaigns</source>
        <translation>Campañas vigiladas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
</context>
<context>
    <name>ApiErrorText</name>
    <message>
        <location filename="../src/gui/common/ApiErrorText.cpp" line="+27"/>
        <source>The server refused it: %1 — %2</source>
        <translation>El servidor lo rechazó: %1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no error code)</source>
        <translation>(sin código de error)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no message)</source>
        <translation>(sin mensaje)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server refused it:</source>
        <translation>El servidor lo rechazó:</translation>
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
        <translation>Producción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
</context>
<context>
    <name>CampaignDetailPage</name>
    <message>
        <location filename="../ui/campaign/CampaignDetailPage.ui" line="+13"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign name</source>
        <translation>Nombre de la campaña</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading state</source>
        <translation>Estado de carga</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit &amp;dates and windows…</source>
        <translation>Editar &amp;fechas y ventanas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit dates and time windows</source>
        <translation>Editar fechas y ventanas horarias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add devices…</source>
        <translation>Añadir &amp;dispositivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add devices</source>
        <translation>Añadir dispositivos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove devices…</source>
        <translation>&amp;Quitar dispositivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove devices</source>
        <translation>Quitar dispositivos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ca&amp;ncel campaign…</source>
        <translation>Cancelar ca&amp;mpaña…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel campaign</source>
        <translation>Cancelar campaña</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re&amp;load</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload campaign</source>
        <translation>Recargar la campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the campaign again from the server (F5)</source>
        <translation>Volver a cargar la campaña desde el servidor (F5)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Campaign tabs</source>
        <translation>Pestañas de la campaña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign id:</source>
        <translation>ID de campaña:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign id</source>
        <translation>ID de campaña</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Protocol:</source>
        <translation>Protocolo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make:</source>
        <translation>Fabricante:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model</source>
        <translation>Modelo</translation>
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
        <translation>De → a:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From → to</source>
        <translation>De → a</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start date:</source>
        <translation>Fecha de inicio:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End date:</source>
        <translation>Fecha de fin:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time windows (UTC):</source>
        <translation>Ventanas horarias (UTC):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time windows (UTC)</source>
        <translation>Ventanas horarias (UTC)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Site-local time:</source>
        <translation>Hora local del sitio:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site-local time</source>
        <translation>Hora local del sitio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auto-assign license:</source>
        <translation>Asignar licencia automáticamente:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auto-assign license</source>
        <translation>Asignar licencia automáticamente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auto-add devices:</source>
        <translation>Añadir dispositivos automáticamente:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auto-add devices</source>
        <translation>Añadir dispositivos automáticamente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other fields:</source>
        <translation>Otros campos:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other fields</source>
        <translation>Otros campos</translation>
    </message>
    <message>
        <location filename="../src/gui/campaign/CampaignDetailPage.cpp" line="+39"/>
        <source>not stated by the server</source>
        <translation>no indicado por el servidor</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <location filename="../src/gui/create/CampaignForm.cpp" line="+32"/>
        <source>
(deviceList shortened here: the request carries all %1 IMEIs; %2 more are not shown)</source>
        <translation>
(deviceList abreviada aquí: la solicitud incluye los %1 IMEI; otros %2 no se muestran)</translation>
    </message>
</context>
<context>
    <name>CampaignStatusPanel</name>
    <message>
        <location filename="../ui/campaign/CampaignStatusPanel.ui" line="+13"/>
        <source>Device report loading progress</source>
        <translation>Progreso de carga del informe de dispositivos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device report state</source>
        <translation>Estado del informe de dispositivos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh device report</source>
        <translation>Actualizar el informe de dispositivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read every device&apos;s status again; each complete read is kept as a snapshot</source>
        <translation>Volver a leer el estado de cada dispositivo; cada lectura completa se guarda como instantánea</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop loading</source>
        <translation>Detener la carga</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Refresh repor&amp;t</source>
        <translation>Actualizar &amp;informe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export device report as CSV</source>
        <translation>Exportar el informe de dispositivos como CSV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export &amp;PDF report…</source>
        <translation>Exportar informe &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export handover report as PDF</source>
        <translation>Exportar el informe de entrega como PDF</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changes since the last look</source>
        <translation>Cambios desde la última consulta</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status group filter</source>
        <translation>Filtro por grupo de estado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason or status text…</source>
        <translation>Motivo o texto de estado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason filter</source>
        <translation>Filtro por motivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IMEI (part)…</source>
        <translation>IMEI (parte)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMEI filter</source>
        <translation>Filtro de IMEI</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Devices shown</source>
        <translation>Dispositivos mostrados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
</context>
<context>
    <name>CampaignWorkbenchPage</name>
    <message>
        <location filename="../ui/workbench/CampaignWorkbenchPage.ui" line="+11"/>
        <source>Campaign workbench</source>
        <translation>Mesa de trabajo de campañas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page title</source>
        <translation>Título de la página</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Schedule a new firmware campaign, or open an existing one by its id to change its dates, time windows or devices, or to cancel it.</source>
        <translation>Programe una nueva campaña de firmware o abra una existente por su ID para cambiar sus fechas, ventanas horarias o dispositivos, o para cancelarla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nueva campaña…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the guided form that schedules a firmware upgrade campaign (Ctrl+N)</source>
        <translation>Abrir el formulario guiado que programa una campaña de actualización de firmware (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick firmware, dates, time windows and devices; the form checks everything before anything is sent.</source>
        <translation>Elija firmware, fechas, ventanas horarias y dispositivos; el formulario lo comprueba todo antes de enviar nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open a campaign</source>
        <translation>Abrir una campaña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign &amp;id:</source>
        <translation>&amp;ID de campaña:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Campaign id</source>
        <translation>ID de campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. f6a1c7e0-…</source>
        <translation>p. ej. f6a1c7e0-…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open campaign</source>
        <translation>Abrir campaña</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Campaigns of this session</source>
        <translation>Campañas de esta sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns created or opened since FotaDesk started; press Enter or double-click to open one</source>
        <translation>Campañas creadas o abiertas desde que se inició FotaDesk; pulse Intro o haga doble clic para abrir una</translation>
    </message>
</context>
<context>
    <name>CreateCheckPage</name>
    <message>
        <location filename="../ui/create/CreateCheckPage.ui" line="+8"/>
        <source>Check before scheduling</source>
        <translation>Comprobar antes de programar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every rule the service applies, and every device against the account&apos;s inventory. Errors must be fixed; warnings are for you to judge.</source>
        <translation>Cada regla que aplica el servicio y cada dispositivo contra el inventario de la cuenta. Los errores deben corregirse; los avisos los valora usted.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check state</source>
        <translation>Estado de la comprobación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check progress</source>
        <translation>Progreso de la comprobación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;top checking</source>
        <translation>Detener la compro&amp;bación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the inventory check</source>
        <translation>Detener la comprobación del inventario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the checks again</source>
        <translation>Ejecutar de nuevo las comprobaciones</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check results</source>
        <translation>Resultados de la comprobación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Request that will be sent (POST /campaigns/firmware/{account}):</source>
        <translation>&amp;Solicitud que se enviará (POST /campaigns/firmware/{account}):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request summary</source>
        <translation>Resumen de la solicitud</translation>
    </message>
</context>
<context>
    <name>CreateDevicesPage</name>
    <message>
        <location filename="../ui/create/CreateDevicesPage.ui" line="+8"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The IMEIs to upgrade: import a file, paste a column from a spreadsheet, or type and scan them.</source>
        <translation>Los IMEI que se actualizarán: importe un archivo, pegue una columna de una hoja de cálculo o escríbalos y escanéelos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device list editor</source>
        <translation>Editor de la lista de dispositivos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Device list problems</source>
        <translation>Problemas de la lista de dispositivos</translation>
    </message>
</context>
<context>
    <name>CreateFirmwarePage</name>
    <message>
        <location filename="../ui/create/CreateFirmwarePage.ui" line="+8"/>
        <source>Campaign and firmware</source>
        <translation>Campaña y firmware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the campaign, choose the protocol and the firmware upgrade it installs.</source>
        <translation>Asigne un nombre a la campaña y elija el protocolo y la actualización de firmware que instala.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Campaign na&amp;me:</source>
        <translation>&amp;Nombre de la campaña:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Campaign name</source>
        <translation>Nombre de la campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, e.g. Depot 7 modem refresh</source>
        <translation>opcional, p. ej. Renovación de módems del depósito 7</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Campaign name problem</source>
        <translation>Problema con el nombre de la campaña</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protocolo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protocol problem</source>
        <translation>Problema con el protocolo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Search firmware:</source>
        <translation>&amp;Buscar firmware:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search firmware</source>
        <translation>Buscar firmware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words of the name, make, model, version or release note</source>
        <translation>palabras del nombre, fabricante, modelo, versión o nota de versión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;load list</source>
        <translation>&amp;Recargar lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the firmware list</source>
        <translation>Recargar la lista de firmware</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Firmware list state</source>
        <translation>Estado de la lista de firmware</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Firmware packages</source>
        <translation>Paquetes de firmware</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Firmware details</source>
        <translation>Detalles del firmware</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Firmware problem</source>
        <translation>Problema con el firmware</translation>
    </message>
</context>
<context>
    <name>CreateResultPage</name>
    <message>
        <location filename="../ui/create/CreateResultPage.ui" line="+8"/>
        <source>Campaign scheduled</source>
        <translation>Campaña programada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new campaign and how each device stands in it.</source>
        <translation>La nueva campaña y la situación de cada dispositivo en ella.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open campaign page</source>
        <translation>A&amp;brir la página de la campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the campaign page</source>
        <translation>Abrir la página de la campaña</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device outcomes state</source>
        <translation>Estado de los resultados por dispositivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filt&amp;er:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Failed on&amp;ly</source>
        <translation>Solo fa&amp;llidos</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Filter device outcomes</source>
        <translation>Filtrar los resultados por dispositivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show failed devices only</source>
        <translation>Mostrar solo los dispositivos fallidos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Per-device outcomes</source>
        <translation>Resultados por dispositivo</translation>
    </message>
</context>
<context>
    <name>CreateSchedulePage</name>
    <message>
        <location filename="../ui/create/CreateSchedulePage.ui" line="+8"/>
        <source>Dates, time windows and options</source>
        <translation>Fechas, ventanas horarias y opciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the campaign runs, at which hours devices may be upgraded, and how it treats devices.</source>
        <translation>Cuándo se ejecuta la campaña, a qué horas se pueden actualizar los dispositivos y cómo los trata.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Start date (UTC):</source>
        <translation>Fecha de &amp;inicio (UTC):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Start date problem</source>
        <translation>Problema con la fecha de inicio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;End date (UTC):</source>
        <translation>Fecha de &amp;fin (UTC):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End date problem</source>
        <translation>Problema con la fecha de fin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dates are whole UTC days. LWM2M campaigns start around 00:00 UTC and retry around 04:00 UTC for up to 3 days.</source>
        <translation>Las fechas son días UTC completos. Las campañas LWM2M empiezan hacia las 00:00 UTC y reintentan hacia las 04:00 UTC durante un máximo de 3 días.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time windows</source>
        <translation>Ventanas horarias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time windows editor</source>
        <translation>Editor de ventanas horarias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protocol timing warning</source>
        <translation>Advertencia sobre los tiempos del protocolo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign FOTA &amp;licenses automatically</source>
        <translation>Asignar &amp;licencias FOTA automáticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-assign license</source>
        <translation>Asignar licencia automáticamente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A device needs a FOTA license to be upgraded. On: devices without one get a license from your account&apos;s pool when the campaign takes them. Off: such devices are refused (the check page lists them).</source>
        <translation>Un dispositivo necesita una licencia FOTA para actualizarse. Activado: los dispositivos sin licencia reciben una del grupo de su cuenta cuando la campaña los incorpora. Desactivado: esos dispositivos se rechazan (la página de comprobación los enumera).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add matching devices auto&amp;matically</source>
        <translation>Añadir dispositivos coincidentes auto&amp;máticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-add devices</source>
        <translation>Añadir dispositivos automáticamente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On: devices of the same make, model, firmware and protocol on your billing account join the campaign while it runs, even if they are not in your list. Off: only the listed devices are upgraded.</source>
        <translation>Activado: los dispositivos de la misma marca, modelo, firmware y protocolo de su cuenta de facturación se unen a la campaña mientras se ejecuta, aunque no estén en su lista. Desactivado: solo se actualizan los dispositivos de la lista.</translation>
    </message>
</context>
<context>
    <name>CreateSubmitPage</name>
    <message>
        <location filename="../ui/create/CreateSubmitPage.ui" line="+8"/>
        <source>Scheduling the campaign</source>
        <translation>Programando la campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is sent once. If no answer comes, FotaDesk looks for the campaign instead of sending it again.</source>
        <translation>La solicitud se envía una sola vez. Si no llega respuesta, FotaDesk busca la campaña en lugar de enviarla de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submit state</source>
        <translation>Estado del envío</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submit progress</source>
        <translation>Progreso del envío</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Campaigns that match the request</source>
        <translation>Campañas que coinciden con la solicitud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Look for the campaign</source>
        <translation>&amp;Buscar la campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for the campaign</source>
        <translation>Buscar la campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the campaign history for a campaign this request created</source>
        <translation>Buscar en el historial de campañas una campaña creada por esta solicitud</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Use this campaign</source>
        <translation>&amp;Usar esta campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the selected campaign</source>
        <translation>Usar la campaña seleccionada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send &amp;again</source>
        <translation>&amp;Enviar de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the request again</source>
        <translation>Enviar de nuevo la solicitud</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../ui/signin/CredentialsDialog.ui" line="+8"/>
        <source>Sign in to ThingSpace FOTA</source>
        <translation>Iniciar sesión en ThingSpace FOTA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Intro</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service:</source>
        <translation>Servicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service URL</source>
        <translation>URL del servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>Cue&amp;nta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0000123456-00001</source>
        <translation>0000123456-00001</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;id:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client id</source>
        <translation>ID de cliente OAuth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client secret</source>
        <translation>Secreto de cliente OAuth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remember the secret and password in the system keychain</source>
        <translation>&amp;Recordar el secreto y la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember in keychain</source>
        <translation>Recordar en el llavero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keychain state</source>
        <translation>Estado del llavero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>DashboardPages</name>
    <message>
        <location filename="../src/gui/shell/DashboardPages.cpp" line="+137"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The overview is stale: %1</source>
        <translation>El resumen está desactualizado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the refresh failed</source>
        <translation>la actualización ha fallado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The overview is up to date again.</source>
        <translation>El resumen vuelve a estar actualizado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open campaign</source>
        <translation>&amp;Abrir campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Watch for status changes</source>
        <translation>&amp;Vigilar cambios de estado</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Device lookup</source>
        <translation>Consulta de dispositivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account devices</source>
        <translation>Dispositivos de la cuenta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Device status</source>
        <translation>Estado de dispositivos</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%Ln device(s) of %1</source>
        <translation>
            <numerusform>%Ln dispositivo de %1</numerusform>
            <numerusform>%Ln dispositivos de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../src/gui/shell/DesktopApp.cpp" line="+117"/>
        <source>Activity log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rollouts</source>
        <translation>Despliegues</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
</context>
<context>
    <name>DeviceChangeDialog</name>
    <message>
        <location filename="../ui/devices/DeviceChangeDialog.ui" line="+8"/>
        <source>Add or remove devices</source>
        <translation>Añadir o quitar dispositivos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Device list editor</source>
        <translation>Editor de la lista de dispositivos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devices processed</source>
        <translation>Dispositivos procesados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop sending</source>
        <translation>Detener el envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the requests in flight; what was not sent is listed as failed and can be retried</source>
        <translation>Detener tras las solicitudes en curso; lo no enviado figura como fallido y puede reintentarse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter results</source>
        <translation>Filtrar resultados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Failed &amp;only</source>
        <translation>&amp;Solo fallidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show failed devices only</source>
        <translation>Mostrar solo los dispositivos fallidos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Retry failed</source>
        <translation>&amp;Reintentar fallidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the failed devices</source>
        <translation>Reintentar los dispositivos fallidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send only the devices that failed again</source>
        <translation>Enviar de nuevo solo los dispositivos que fallaron</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Per-device results</source>
        <translation>Resultados por dispositivo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the device list</source>
        <translation>Enviar la lista de dispositivos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>DeviceListEditor</name>
    <message>
        <location filename="../ui/devices/DeviceListEditor.ui" line="+18"/>
        <source>&amp;Import file…</source>
        <translation>&amp;Importar archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a device file</source>
        <translation>Importar un archivo de dispositivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read IMEIs from a CSV, TSV or TXT file (Ctrl+I); you can also drop files here</source>
        <translation>Leer IMEI de un archivo CSV, TSV o TXT (Ctrl+I); también puede soltar archivos aquí</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste IMEIs from the clipboard</source>
        <translation>Pegar IMEI desde el portapapeles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the IMEIs on the clipboard, e.g. a column copied from Excel (Ctrl+Shift+V)</source>
        <translation>Añadir los IMEI del portapapeles, p. ej. una columna copiada de Excel (Ctrl+Mayús+V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Type or scan:</source>
        <translation>&amp;Escribir o escanear:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type or scan an IMEI</source>
        <translation>Escriba o escanee un IMEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15-digit IMEI, then Enter</source>
        <translation>IMEI de 15 dígitos y luego Intro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the typed IMEI</source>
        <translation>Añadir el IMEI escrito</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problem with the typed IMEI</source>
        <translation>Problema con el IMEI escrito</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device counts</source>
        <translation>Recuento de dispositivos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filter the device list</source>
        <translation>Filtrar la lista de dispositivos</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Put the rows of the last removal back, or undo the last correction of a rejected line (Ctrl+Z)</source>
        <translation>Recuperar las filas de la última eliminación o deshacer la última corrección de una línea rechazada (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the valid IMEIs (the list that would be sent) with their line numbers and the file&apos;s other columns as a CSV file</source>
        <translation>Guardar los IMEI válidos (la lista que se enviaría) con su número de línea y las demás columnas del archivo como archivo CSV</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Show rows in state</source>
        <translation>Mostrar filas en estado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+29"/>
        <source>Rejected lines</source>
        <translation>Líneas rechazadas</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>&amp;Add</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Filt&amp;er:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>digits of an IMEI, or a word of the state, reason or another column</source>
        <translation>dígitos de un IMEI, o una palabra del estado, del motivo o de otra columna</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>These lines are not IMEIs and will not be sent. Correct one here (double-click its text or press F2), fix them in the source, or let FotaDesk complete 14-digit IMEIs.</source>
        <translation>Estas líneas no son IMEI y no se enviarán. Corrija una aquí (doble clic en su texto o F2), corríjalas en el origen o deje que FotaDesk complete los IMEI de 14 dígitos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fix 14-di&amp;git IMEIs</source>
        <translation>Co&amp;mpletar IMEI de 14 dígitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix 14-digit IMEIs</source>
        <translation>Completar IMEI de 14 dígitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Append the computed check digit to every 14-digit IMEI</source>
        <translation>Añadir el dígito de control calculado a cada IMEI de 14 dígitos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export re&amp;jected…</source>
        <translation>Exportar recha&amp;zadas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the rejected lines as CSV</source>
        <translation>Exportar las líneas rechazadas como CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the rejected lines with their line numbers, reasons and the file&apos;s other columns as a CSV file</source>
        <translation>Guardar las líneas rechazadas con su número de línea, su motivo y las demás columnas del archivo como archivo CSV</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Remove selected</source>
        <translation>&amp;Quitar seleccionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected rows</source>
        <translation>Quitar las filas seleccionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected rows from the list (Delete)</source>
        <translation>Quitar de la lista las filas seleccionadas (Supr)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo removal</source>
        <translation>Des&amp;hacer eliminación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last removal</source>
        <translation>Deshacer la última eliminación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Merge duplicates</source>
        <translation>Fusionar d&amp;uplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge duplicates</source>
        <translation>Fusionar duplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the rows that repeat an IMEI listed earlier</source>
        <translation>Quitar las filas que repiten un IMEI que ya aparece antes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the list as CSV</source>
        <translation>Exportar la lista como CSV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every row (asks first)</source>
        <translation>Quitar todas las filas (pregunta antes)</translation>
    </message>
</context>
<context>
    <name>DeviceLookupPage</name>
    <message>
        <location filename="../ui/lookup/DeviceLookupPage.ui" line="+11"/>
        <source>Device lookup</source>
        <translation>Consulta de dispositivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;IMEI:</source>
        <translation>&amp;IMEI:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>15 digits, e.g. 490154203237518 (spaces and dashes are fine)</source>
        <translation>15 dígitos, p. ej. 490154203237518 (se admiten espacios y guiones)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMEI to look up</source>
        <translation>IMEI que se consultará</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Look up</source>
        <translation>C&amp;onsultar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up device</source>
        <translation>Consultar dispositivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IMEI check</source>
        <translation>Comprobación del IMEI</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use the suggested IMEI</source>
        <translation>Usar el IMEI sugerido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device inventory</source>
        <translation>Inventario de dispositivos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Device summary</source>
        <translation>Resumen del dispositivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Upgrade history</source>
        <translation>Historial de actualizaciones</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <location filename="../ui/drafts/DraftsPage.ui" line="+11"/>
        <source>Unfinished work is saved as you type, at most two seconds behind you. Reopen a draft to go on with it, or discard what you no longer need.</source>
        <translation>El trabajo sin terminar se guarda mientras escribe, como mucho dos segundos por detrás. Vuelva a abrir un borrador para continuarlo o descarte lo que ya no necesite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No drafts: everything you started was finished or discarded.</source>
        <translation>No hay borradores: todo lo que empezó se terminó o se descartó.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>R&amp;efresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
</context>
<context>
    <name>EditDatesDialog</name>
    <message>
        <location filename="../ui/campaign/EditDatesDialog.ui" line="+8"/>
        <source>Edit dates and time windows</source>
        <translation>Editar fechas y ventanas horarias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What can change</source>
        <translation>Qué puede cambiar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Start date (UTC):</source>
        <translation>Fecha de &amp;inicio (UTC):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Start date problem</source>
        <translation>Problema con la fecha de inicio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;End date (UTC):</source>
        <translation>Fecha de &amp;fin (UTC):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End date problem</source>
        <translation>Problema con la fecha de fin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time windows</source>
        <translation>Ventanas horarias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time windows editor</source>
        <translation>Editor de ventanas horarias</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What will be sent</source>
        <translation>Qué se enviará</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>LicensesPage</name>
    <message>
        <location filename="../ui/licenses/LicensesPage.ui" line="+11"/>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>License summary</source>
        <translation>Resumen de licencias</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;IMEI contains:</source>
        <translation>El &amp;IMEI contiene:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>digits of an IMEI</source>
        <translation>dígitos de un IMEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only IMEIs containing</source>
        <translation>Mostrar solo los IMEI que contienen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Licensed devices shown</source>
        <translation>Dispositivos con licencia mostrados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Licensed devices</source>
        <translation>Dispositivos con licencia</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Assign licenses…</source>
        <translation>Asignar &amp;licencias…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give FOTA licenses to the devices of a list (import a file or paste IMEIs)</source>
        <translation>Dar licencias FOTA a los dispositivos de una lista (importe un archivo o pegue los IMEI)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move licenses…</source>
        <translation>&amp;Quitar licencias…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the licensed devices again</source>
        <translation>Volver a leer los dispositivos con licencia</translation>
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
        <translation>Navegación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pages of FotaDesk: select one to show it</source>
        <translation>Las páginas de FotaDesk: seleccione una para mostrarla</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Campaign</source>
        <translation>&amp;Campaña</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close FotaDesk</source>
        <translation>Cerrar FotaDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nueva campaña…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule a new firmware upgrade campaign</source>
        <translation>Programar una nueva campaña de actualización de firmware</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open campaign by id…</source>
        <translation>&amp;Abrir campaña por ID…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a campaign&apos;s details by its id</source>
        <translation>Mostrar los detalles de una campaña por su ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the current page again from the server</source>
        <translation>Volver a cargar la página actual desde el servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close campaign page</source>
        <translation>&amp;Cerrar la página de la campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the campaign page that is shown</source>
        <translation>Cerrar la página de la campaña que se muestra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Navigation list</source>
        <translation>Lista de &amp;navegación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles, account, CA file, refresh and batch settings</source>
        <translation>Perfiles, cuenta, archivo de CA, ajustes de actualización y de lotes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open device list…</source>
        <translation>Abrir &amp;lista de dispositivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a CSV, TSV or TXT list of IMEIs in the device list editor</source>
        <translation>Abrir una lista de IMEI en CSV, TSV o TXT en el editor de la lista de dispositivos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the filter or search field of the page shown</source>
        <translation>Ir al campo de filtro o búsqueda de la página que se muestra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FotaDesk &amp;user guide</source>
        <translation>&amp;Guía del usuario de FotaDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to do each task in FotaDesk, step by step</source>
        <translation>Cómo realizar cada tarea en FotaDesk, paso a paso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About FotaDesk</source>
        <translation>&amp;Acerca de FotaDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/overview/OverviewPage.ui" line="+13"/>
        <source>Campaigns overview</source>
        <translation>Resumen de campañas</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+128"/>
        <source>Not loaded yet</source>
        <translation>Aún no cargado</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Updated at</source>
        <translation>Actualizado a las</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auto-&amp;refresh:</source>
        <translation>Actualización au&amp;tomática:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auto-refresh interval</source>
        <translation>Intervalo de actualización automática</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the overview reloads by itself. After a failed refresh it waits longer each time, up to 10 minutes.</source>
        <translation>Con qué frecuencia se recarga el resumen por sí solo. Tras una actualización fallida espera cada vez más, hasta 10 minutos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh &amp;now</source>
        <translation>Actualizar a&amp;hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load every campaign and the license usage again (F5)</source>
        <translation>Volver a cargar todas las campañas y el uso de licencias (F5)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Search name, id, status, firmware, make/model…</source>
        <translation>Buscar nombre, ID, estado, firmware, marca/modelo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search campaigns</source>
        <translation>Buscar campañas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status group filter</source>
        <translation>Filtro por grupo de estado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running &amp;between</source>
        <translation>En curso e&amp;ntre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only campaigns whose start–end dates overlap this range</source>
        <translation>Mostrar solo las campañas cuyas fechas de inicio y fin se solapan con este intervalo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From date</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To date</source>
        <translation>Fecha hasta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Campaigns shown</source>
        <translation>Campañas mostradas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+12"/>
        <source>License usage</source>
        <translation>Uso de licencias</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Licenses assigned</source>
        <translation>Licencias asignadas</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../src/gui/common/DialogMessageSeam.cpp" line="+18"/>
        <source>Keep as it is</source>
        <translation>Dejarlo como está</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../src/gui/campaign/ReportExporter.cpp" line="+63"/>
        <source>%1 could not be written to %2: %3. Choose a folder you can write to (and check the free space), then export again.</source>
        <translation>No se pudo escribir %1 en %2: %3. Elija una carpeta en la que pueda escribir (y compruebe el espacio libre) y vuelva a exportar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a folder you can write to (and check the free space), then export again.</source>
        <translation>Elija una carpeta en la que pueda escribir (y compruebe el espacio libre) y vuelva a exportar.</translation>
    </message>
    <message>
        <location filename="../src/gui/campaign/PdfFlow.cpp" line="+328"/>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <location filename="../src/gui/campaign/ReportExporter.cpp" line="+92"/>
        <location line="+43"/>
        <source>There is no device report to export yet: load the campaign&apos;s device status first.</source>
        <translation>Todavía no hay informe de dispositivos que exportar: cargue primero el estado de los dispositivos de la campaña.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The PDF report</source>
        <translation>El informe PDF</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%Ln device(s) in the report: %1 succeeded (%2%), %3 failed (%4%), %5 not finished yet.</source>
        <translation>
            <numerusform>%Ln dispositivo en el informe: %1 correctos (%2 %), %3 fallidos (%4 %), %5 aún sin terminar.</numerusform>
            <numerusform>%Ln dispositivos en el informe: %1 correctos (%2 %), %3 fallidos (%4 %), %5 aún sin terminar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Note: the service said the campaign has %Ln device(s); the report read holds %1.</source>
        <translation>
            <numerusform>Nota: el servicio indicó que la campaña tiene %Ln dispositivo; el informe leído contiene %1.</numerusform>
            <numerusform>Nota: el servicio indicó que la campaña tiene %Ln dispositivos; el informe leído contiene %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <source>Campaign report — %1</source>
        <translation>Informe de campaña — %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the PDF writer could not start</source>
        <translation>no se pudo iniciar el generador de PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FotaDesk · campaign %1 · generated %2 UTC</source>
        <translation>FotaDesk · campaña %1 · generado %2 UTC</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>Devices by status group</source>
        <translation>Dispositivos por grupo de estado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status breakdown</source>
        <translation>Desglose por estado</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+196"/>
        <location line="+49"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>As sent by the server</source>
        <translation>Tal como lo envía el servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="-214"/>
        <location line="+31"/>
        <location line="+184"/>
        <location line="+18"/>
        <location line="+57"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
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
        <translation>Generado</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Site time zone</source>
        <translation>Zona horaria del sitio</translation>
    </message>
    <message>
        <location line="+181"/>
        <location line="+75"/>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No device failed.</source>
        <translation>Ningún dispositivo ha fallado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Failed devices:</source>
        <translation>Dispositivos fallidos:</translation>
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
        <translation>Último intento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Firmware verification</source>
        <translation>Verificación del firmware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not verified: use Verify firmware on the device status to ask the successful devices which firmware they run.</source>
        <translation>Sin verificar: use «Verificar firmware» en el estado de los dispositivos para preguntar a los dispositivos correctos qué firmware ejecutan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked %1: the devices the report called successful were asked which firmware they run (firmware sync) and compared with %2.</source>
        <translation>Comprobado %1: a los dispositivos que el informe dio por correctos se les preguntó qué firmware ejecutan (sincronización de firmware) y se comparó con %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+23"/>
        <source>Firmware check</source>
        <translation>Comprobación de firmware</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Devices that did not verify:</source>
        <translation>Dispositivos no verificados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Campaign parameters</source>
        <translation>Parámetros de la campaña</translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+19"/>
        <source>Campaign id</source>
        <translation>ID de campaña</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+33"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Firmware package</source>
        <translation>Paquete de firmware</translation>
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
        <translation>Protocolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make / model</source>
        <translation>Marca / modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time windows</source>
        <translation>Ventanas horarias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any hour</source>
        <translation>cualquier hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (hours in UTC as the service states them)</source>
        <translation> (horas en UTC tal como las indica el servicio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-assign licenses</source>
        <translation>Asignar licencias automáticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-add devices</source>
        <translation>Añadir dispositivos automáticamente</translation>
    </message>
    <message numerus="yes">
        <location line="+223"/>
        <source>The first %1 of %Ln failed device(s) (all of them are in the CSV report):</source>
        <translation>
            <numerusform>Los primeros %1 de %Ln dispositivo fallido (todos están en el informe CSV):</numerusform>
            <numerusform>Los primeros %1 de %Ln dispositivos fallidos (todos están en el informe CSV):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>The first %1 of %Ln device(s) that did not verify (all of them are in the CSV report):</source>
        <translation>
            <numerusform>Los primeros %1 de %Ln dispositivo que no se verificó (todos están en el informe CSV):</numerusform>
            <numerusform>Los primeros %1 de %Ln dispositivos que no se verificaron (todos están en el informe CSV):</numerusform>
        </translation>
    </message>
    <message>
        <location line="-310"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign itself could not be loaded; only the device report is included.</source>
        <translation>No se pudo cargar la propia campaña; solo se incluye el informe de dispositivos.</translation>
    </message>
</context>
<context>
    <name>RolloutText</name>
    <message>
        <location filename="../src/gui/rollouts/RolloutText.cpp" line="+20"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting for the plan&apos;s approval</source>
        <translation>esperando la aprobación del plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for gate</source>
        <translation>esperando compuerta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for approval</source>
        <translation>esperando aprobación</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>held: %1</source>
        <translation>retenido: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>held</source>
        <translation>retenido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aborted</source>
        <translation>abortado</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wave %1: retry of wave %2</source>
        <translation>Ola %1: reintento de la ola %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wave %1: %2</source>
        <translation>Ola %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave %1</source>
        <translation>Ola %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no device counted</source>
        <translation>ningún dispositivo contado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices in a final state: %1 (at least %2 required)</source>
        <translation>Dispositivos en estado final: %1 (se requieren al menos %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Success rate: %1 % (at least %2 % required)</source>
        <translation>Tasa de éxito: %1 % (se requiere al menos %2 %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure rate: %1 % (at most %2 % allowed)</source>
        <translation>Tasa de fallos: %1 % (se permite como máximo %2 %)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan approved by %1 on %2</source>
        <translation>Plan aprobado por %1 el %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan not approved yet (a second engineer must approve it)</source>
        <translation>Plan aún no aprobado (debe aprobarlo un segundo técnico)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan approved</source>
        <translation>Plan aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave&apos;s create written down</source>
        <translation>Creación de la ola anotada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave started</source>
        <translation>Ola iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave&apos;s campaign found</source>
        <translation>Campaña de la ola encontrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave&apos;s campaign not created</source>
        <translation>Campaña de la ola no creada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave refused</source>
        <translation>Ola rechazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave ended</source>
        <translation>Ola terminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave cancelled</source>
        <translation>Ola cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gate passed</source>
        <translation>Compuerta superada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gate failed</source>
        <translation>Compuerta fallida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next wave approved</source>
        <translation>Siguiente ola aprobada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed gate overridden</source>
        <translation>Compuerta fallida forzada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resumed</source>
        <translation>Reanudado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aborted</source>
        <translation>Abortado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry checked</source>
        <translation>Reintento comprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry of failed devices</source>
        <translation>Reintento de dispositivos fallidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry wave added</source>
        <translation>Ola de reintento añadida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
</context>
<context>
    <name>RolloutTimeline</name>
    <message>
        <location filename="../src/gui/rollouts/RolloutTimeline.cpp" line="+27"/>
        <source>planned</source>
        <translation>planificada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>being created</source>
        <translation>creándose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended, gate waits</source>
        <translation>terminada, la compuerta espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gate passed</source>
        <translation>compuerta superada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gate failed</source>
        <translation>compuerta fallida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next wave approved</source>
        <translation>siguiente ola aprobada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gate after wave %1</source>
        <translation>Compuerta tras la ola %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not read yet</source>
        <translation>aún no leída</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Read %Ln hour(s) after the wave ends.</source>
        <translation>
            <numerusform>Se lee %Ln hora después de terminar la ola.</numerusform>
            <numerusform>Se lee %Ln horas después de terminar la ola.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%Ln device(s) behind it: %1</source>
        <translation>
            <numerusform>%Ln dispositivo detrás: %1</numerusform>
            <numerusform>%Ln dispositivos detrás: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Gate after wave %1: passed</source>
        <translation>Compuerta tras la ola %1: superada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gate after wave %1: FAILED</source>
        <translation>Compuerta tras la ola %1: FALLIDA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 succeeded, %2 failed, %3 excluded, %4 not final</source>
        <translation>%1 correctos, %2 fallidos, %3 excluidos, %4 no finales</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>passed</source>
        <translation>superada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ok: %1</source>
        <translation>ok: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED: %1</source>
        <translation>FALLIDA: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>one campaign per time-zone band (%1)</source>
        <translation>una campaña por banda horaria (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time zone %1</source>
        <translation>Zona horaria %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wave or gate</source>
        <translation>Ola o compuerta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+48"/>
        <source>not created yet</source>
        <translation>aún no creada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 final: %3 succeeded, %4 failed</source>
        <translation>%1 de %2 finales: %3 correctos, %4 fallidos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 succeeded, %2 failed</source>
        <translation>%1 correctos, %2 fallidos</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+61"/>
        <source>Enter or double-click opens the campaign.</source>
        <translation>Intro o doble clic abre la campaña.</translation>
    </message>
</context>
<context>
    <name>TimeWindowEditor</name>
    <message>
        <location filename="../ui/create/TimeWindowEditor.ui" line="+17"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time window preset</source>
        <translation>Plantilla de ventanas horarias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the windows with a common choice</source>
        <translation>Sustituir las ventanas por una opción habitual</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F&amp;rom (UTC):</source>
        <translation>&amp;Desde (UTC):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New window start hour (UTC)</source>
        <translation>Hora de inicio de la nueva ventana (UTC)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;to:</source>
        <translation>&amp;hasta:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New window end hour (UTC)</source>
        <translation>Hora de fin de la nueva ventana (UTC)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add window</source>
        <translation>Añadir ve&amp;ntana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add time window</source>
        <translation>Añadir ventana horaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the window; one across midnight (22 → 2) becomes two windows</source>
        <translation>Añadir la ventana; una que cruza la medianoche (22 → 2) se convierte en dos ventanas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove &amp;window</source>
        <translation>&amp;Quitar ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove selected time window</source>
        <translation>Quitar la ventana horaria seleccionada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time windows</source>
        <translation>Ventanas horarias</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time zone note</source>
        <translation>Nota sobre la zona horaria</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time window problems</source>
        <translation>Problemas con las ventanas horarias</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mer&amp;ge overlapping windows</source>
        <translation>Fusionar ventanas &amp;superpuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge overlapping time windows</source>
        <translation>Fusionar ventanas horarias superpuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces the overlapping windows by the windows that cover the same hours</source>
        <translation>Sustituye las ventanas superpuestas por ventanas que cubren las mismas horas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Daylight-saving time warning</source>
        <translation>Advertencia sobre el horario de verano</translation>
    </message>
</context>
<context>
    <name>WorkbenchPages</name>
    <message>
        <location filename="../src/gui/shell/WorkbenchPages.cpp" line="+34"/>
        <source>Workbench</source>
        <translation>Mesa de trabajo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
</context>
<context>
    <name>fotactl</name>
    <message>
        <location filename="../src/app/fotactl/ApiCommand.cpp" line="+36"/>
        <source>wrong number of arguments.
%1</source>
        <translation>número de argumentos incorrecto.
%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>credentials missing (%1): set FOTA_CLIENT_ID, FOTA_CLIENT_SECRET, FOTA_USERNAME and FOTA_PASSWORD, or use --demo.</source>
        <translation>faltan credenciales (%1): defina FOTA_CLIENT_ID, FOTA_CLIENT_SECRET, FOTA_USERNAME y FOTA_PASSWORD, o use --demo.</translation>
    </message>
    <message>
        <location filename="../src/app/fotactl/ClientOptions.cpp" line="+75"/>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>production (default), demo or custom</source>
        <translation>production (predeterminado), demo o custom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FOTA v3 base URL, e.g. https://thingspace.verizon.com/api (implies --profile custom)</source>
        <translation>URL base de FOTA v3, p. ej. https://thingspace.verizon.com/api (implica --profile custom)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ThingSpace account name (or FOTA_ACCOUNT)</source>
        <translation>nombre de la cuenta de ThingSpace (o FOTA_ACCOUNT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extra CA certificate (PEM or DER) to trust besides the system CAs</source>
        <translation>certificado de CA adicional (PEM o DER) de confianza además de las CA del sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per request (default 30)</source>
        <translation>por solicitud (predeterminado 30)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overall limit of one request, however steadily its answer arrives (default 300)</source>
        <translation>límite total de una solicitud, por constante que llegue su respuesta (predeterminado 300)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print one JSON document on stdout</source>
        <translation>imprimir un documento JSON en stdout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start an embedded fotasim with demo data and use it</source>
        <translation>iniciar un fotasim integrado con datos de demostración y usarlo</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Connection options (they may also stand before the command words):</source>
        <translation>Opciones de conexión (también pueden ir antes de las palabras del comando):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show this help</source>
        <translation>mostrar esta ayuda</translation>
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
Las credenciales proceden solo del entorno: FOTA_CLIENT_ID, FOTA_CLIENT_SECRET
(credenciales de cliente OAuth), FOTA_USERNAME, FOTA_PASSWORD (sesión M2M).
Nunca se escriben en ningún sitio.

Códigos de salida: 0 correcto; 1 la API lo rechazó (se imprimen errorCode/errorMessage);
2 error de uso o de entrada; 3 fallo de red, TLS o inicio de sesión, o ninguna
respuesta utilizable.
</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--profile must be production, demo or custom, not &apos;%1&apos;.</source>
        <translation>--profile debe ser production, demo o custom, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--base-url and --demo exclude each other: the demo simulator chooses its own address.</source>
        <translation>--base-url y --demo se excluyen mutuamente: el simulador de demostración elige su propia dirección.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--profile custom needs --base-url URL.</source>
        <translation>--profile custom necesita --base-url URL.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No account: give --account NAME (or set FOTA_ACCOUNT).</source>
        <translation>No hay cuenta: indique --account NAME (o defina FOTA_ACCOUNT).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--timeout must be a number of seconds between 0 and 3600.</source>
        <translation>--timeout debe ser un número de segundos entre 0 y 3600.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--deadline must be a number of seconds between 0 and 86400.</source>
        <translation>--deadline debe ser un número de segundos entre 0 y 86400.</translation>
    </message>
    <message>
        <location filename="../src/app/fotactl/ClientSession.cpp" line="+42"/>
        <source>The demo simulator did not start: %1</source>
        <translation>El simulador de demostración no se inició: %1</translation>
    </message>
    <message>
        <location filename="../src/app/fotactl/main.cpp" line="+22"/>
        <source>Usage: fotactl [--help] [--version] COMMAND [ARGS...]

ThingSpace FOTA v3 from the command line, through the same service layer as FotaDesk.

Commands:
</source>
        <translation>Uso: fotactl [--help] [--version] COMANDO [ARGUMENTOS...]

ThingSpace FOTA v3 desde la línea de comandos, con la misma capa de servicio que FotaDesk.

Comandos:
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
Códigos de salida: 0 correcto; 1 la API (o la comprobación) lo rechazó; 2 error de
uso o de entrada, un archivo no escrito completo o un cambio que el espacio de trabajo
no pudo registrar antes; 3 fallo de red o de autenticación; 130/143 interrumpido
(SIGINT/SIGTERM).
Ejecute &apos;fotactl COMANDO --help&apos; para ver las opciones de un comando. Las opciones
de conexión pueden ir también antes del COMANDO: &apos;fotactl --demo firmware list&apos;:
%1
</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&apos;%1&apos; names no command.</source>
        <translation>&apos;%1&apos; no es el nombre de ningún comando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>comando desconocido &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../src/app/fotactl/CtlMain.cpp" line="+81"/>
        <source>internal error: %1</source>
        <translation>error interno: %1</translation>
    </message>
    <message>
        <location filename="../src/app/fotactl/JsonEmitter.cpp" line="+124"/>
        <source>interrupted by %1.</source>
        <translation>interrumpido por %1.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>fotactl ended with exit code %1.</source>
        <translation>fotactl terminó con el código de salida %1.</translation>
    </message>
    <message>
        <location filename="../src/app/fotactl/front/main.cpp" line="+46"/>
        <source>cannot start %1. Reinstall FotaDesk: the package installs it with fotactl.</source>
        <translation>no se puede iniciar %1. Reinstale FotaDesk: el paquete lo instala junto con fotactl.</translation>
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
        <translation>Uso: fotactl audit [--json] [--since CUÁNDO] [--until CUÁNDO] [--campaign ID]
                   [--operation OP] [--outcome RESULTADO] [--account NOMBRE]
                   [--search TEXTO] [--limit N] [--csv ARCHIVO]

Imprime el registro de auditoría: cada llamada que modifica algo (crear, añadir/quitar
dispositivos, fechas, cancelar, cambios de licencias y callbacks) que FotaDesk y
fotactl enviaron desde este equipo, registrada antes de enviarse y completada con
su resultado.
  --since CUÁNDO        entradas iniciadas en CUÁNDO o después: una fecha u hora ISO
                        (2026-03-01, 2026-03-01T08:00Z) o una antigüedad (30m, 12h, 7d)
  --until CUÁNDO        entradas iniciadas antes de CUÁNDO (mismas formas)
  --campaign ID         una campaña
  --operation OP        %1
  --outcome RESULTADO   pending, success, partial, failed, unknown, cancelled
  --account NOMBRE      una cuenta
  --search TEXTO        texto en el resumen, el resultado o el error
  --limit N             las N entradas más recientes
  --csv ARCHIVO         escribir también las entradas como CSV en ARCHIVO
  --json                un documento JSON en stdout
</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON output.</source>
        <translation>Salida JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From.</source>
        <translation>Desde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until.</source>
        <translation>Hasta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign.</source>
        <translation>Campaña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation.</source>
        <translation>Operación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome.</source>
        <translation>Resultado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account.</source>
        <translation>Cuenta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text.</source>
        <translation>Texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest N.</source>
        <translation>Las N más recientes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file.</source>
        <translation>Archivo CSV.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected argument &apos;%1&apos;.
%2</source>
        <translation>argumento inesperado &apos;%1&apos;.
%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 &apos;%2&apos; is neither an ISO date/time (2026-03-01, 2026-03-01T08:00Z) nor an age (30m, 12h, 7d).</source>
        <translation>--%1 &apos;%2&apos; no es ni una fecha/hora ISO (2026-03-01, 2026-03-01T08:00Z) ni una antigüedad (30m, 12h, 7d).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--operation must be one of: %1.</source>
        <translation>--operation debe ser uno de: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--outcome must be one of: pending, success, partial, failed, unknown, cancelled.</source>
        <translation>--outcome debe ser uno de: pending, success, partial, failed, unknown, cancelled.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--limit must be a positive number.</source>
        <translation>--limit debe ser un número positivo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the audit log cannot be read: %1</source>
        <translation>no se puede leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No audit entries%1 (workspace %2).
</source>
        <translation>No hay entradas de auditoría%1 (espacio de trabajo %2).
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> match</source>
        <translation> coincidentes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STARTED (UTC)</source>
        <translation>INICIO (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BY</source>
        <translation>POR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ACCOUNT</source>
        <translation>CUENTA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OPERATION</source>
        <translation>OPERACIÓN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CAMPAIGN</source>
        <translation>CAMPAÑA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DEVICES</source>
        <translation>DISPOSITIVOS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUTCOME</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RESULT / ERROR</source>
        <translation>RESULTADO / ERROR</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show the audit log of changes sent from this computer.</source>
        <translation>Mostrar el registro de auditoría de los cambios enviados desde este equipo.</translation>
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
        <translation>ThingSpace envía por POST los cambios de estado de las campañas y
dispositivos de la cuenta a la URL de callback: debe ser un servidor suyo
accesible desde Internet. FotaDesk y fotactl no pueden recibir callbacks;
leen los mismos estados de los informes.
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: fotactl callbacks show [options]

The callback URL registered for the account, if any.

</source>
        <translation>Uso: fotactl callbacks show [opciones]

La URL de callback registrada para la cuenta, si la hay.

</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No callback URL is registered.
</source>
        <translation>No hay ninguna URL de callback registrada.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>callback URL      %1
</source>
        <translation>URL de callback   %1
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: fotactl callbacks set URL [options]

Registers URL (http or https) as the account&apos;s callback URL, replacing
the one registered before.

</source>
        <translation>Uso: fotactl callbacks set URL [opciones]

Registra URL (http o https) como URL de callback de la cuenta y sustituye
la registrada antes.

</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not an absolute http or https URL: write it whole, for example https://hooks.example.com/fota.</source>
        <translation>«%1» no es una URL http o https absoluta: escríbala completa, por ejemplo https://hooks.example.com/fota.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The callback URL must not contain a user name or password (&apos;%1@&apos;): the service would store them in clear.</source>
        <translation>La URL de callback no debe contener usuario ni contraseña («%1@»): el servicio los guardaría en claro.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Registered callback URL %1
</source>
        <translation>URL de callback %1 registrada
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: fotactl callbacks delete [options]

Deletes the account&apos;s callback URL: the service stops POSTing status
changes.
</source>
        <translation>Uso: fotactl callbacks delete [opciones]

Elimina la URL de callback de la cuenta: el servicio deja de enviar
cambios de estado.
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No callback URL is registered now.
</source>
        <translation>Ahora no hay ninguna URL de callback registrada.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the account&apos;s callback URL.</source>
        <translation>Mostrar la URL de callback de la cuenta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Register the account&apos;s callback URL.</source>
        <translation>Registrar la URL de callback de la cuenta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the account&apos;s callback URL.</source>
        <translation>Eliminar la URL de callback de la cuenta.</translation>
    </message>
</context>
<context>
    <name>fotactl::campaign</name>
    <message>
        <location filename="../src/app/fotactl/CampaignIo.cpp" line="+34"/>
        <source>any hour</source>
        <translation>cualquier hora</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>firmware</source>
        <translation>firmware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upgrade</source>
        <translation>actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device model</source>
        <translation>modelo de dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol</source>
        <translation>protocolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dates</source>
        <translation>fechas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time windows</source>
        <translation>ventanas horarias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto license</source>
        <translation>licencia automática</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>auto add</source>
        <translation>añadido automático</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--window &apos;%1&apos; must be START-END in whole UTC hours, e.g. 1-5.</source>
        <translation>--window &apos;%1&apos; debe ser INICIO-FIN en horas UTC enteras, p. ej. 1-5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--window &apos;%1&apos;: %2</source>
        <translation>--window &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1 &apos;%2&apos; must be a date YYYY-MM-DD.</source>
        <translation>--%1 &apos;%2&apos; debe ser una fecha AAAA-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1: %n line(s) hold no valid IMEI (fix them, or pass --skip-invalid):</source>
        <translation>
            <numerusform>%1: %n línea no contiene ningún IMEI válido (corríjala o use --skip-invalid):</numerusform>
            <numerusform>%1: %n líneas no contienen ningún IMEI válido (corríjalas o use --skip-invalid):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: skipping %n line(s) without a valid IMEI.</source>
        <translation>
            <numerusform>%1: se omite %n línea sin IMEI válido.</numerusform>
            <numerusform>%1: se omiten %n líneas sin IMEI válido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %n repeated IMEI(s) sent once.
</source>
        <translation>
            <numerusform>%1: %n IMEI repetido enviado una sola vez.
</numerusform>
            <numerusform>%1: %n IMEI repetidos enviados una sola vez.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds no valid IMEI.</source>
        <translation>%1 no contiene ningún IMEI válido.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>already in the campaign</source>
        <translation>ya en la campaña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not in the campaign</source>
        <translation>no en la campaña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already licensed</source>
        <translation>ya con licencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>had no license</source>
        <translation>no tenía licencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already done</source>
        <translation>ya hecho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  done: %1 · %2: %3 · refused by the server: %4 · no answer: %5</source>
        <translation>  hecho: %1 · %2: %3 · rechazados por el servidor: %4 · sin respuesta: %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · unknown status: %1</source>
        <translation> · estado desconocido: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>chunk %1 (devices %2–%3): outcome unknown — no definite answer after %4 sends (%5); &apos;fotactl campaign resume&apos; sends it again (devices already done count as done)
</source>
        <translation>bloque %1 (dispositivos %2–%3): resultado desconocido — sin respuesta definitiva tras %4 envíos (%5); &apos;fotactl campaign resume&apos; lo envía de nuevo (los dispositivos ya hechos cuentan como hechos)
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>chunk %1 (devices %2–%3) failed: %4
</source>
        <translation>el bloque %1 (dispositivos %2–%3) falló: %4
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2 of %3 device(s).
</source>
        <translation>%1 %2 de %3 dispositivo(s).
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  %1 of them: outcome unknown at first (an answer was lost), then confirmed — the service already had them.
</source>
        <translation>  %1 de ellos: resultado desconocido al principio (se perdió una respuesta), luego confirmado — el servicio ya los tenía.
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1 device(s): outcome still unknown (see above).
</source>
        <translation>  %1 dispositivo(s): resultado aún desconocido (ver arriba).
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  … and %1 more (use --json for all)
</source>
        <translation>  … y %1 más (use --json para verlos todos)
</translation>
    </message>
    <message>
        <location filename="../src/app/fotactl/CampaignCommands.cpp" line="+44"/>
        <source>Usage: fotactl campaign get CAMPAIGN-ID [options]

Shows one campaign.
</source>
        <translation>Uso: fotactl campaign get ID-DE-CAMPAÑA [opciones]

Muestra una campaña.
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Usage: fotactl campaign cancel CAMPAIGN-ID [options]

Cancels a campaign (before its start it ends as CampaignCancelled, after
it as CampaignAborted; the service may refuse a started campaign).
</source>
        <translation>Uso: fotactl campaign cancel ID-DE-CAMPAÑA [opciones]

Cancela una campaña (antes de su inicio termina como CampaignCancelled y después
como CampaignAborted; el servicio puede rechazar una campaña ya iniciada).
</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Campaign %1 cancelled.
</source>
        <translation>Campaña %1 cancelada.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign %1 cancelled: %2
</source>
        <translation>Campaña %1 cancelada: %2
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
        <translation>Uso: fotactl campaign dates ID-DE-CAMPAÑA [--start FECHA] [--end FECHA]
                            [--window H-H]... [--no-windows] [opciones]

Cambia las fechas y ventanas horarias de una campaña; lo que no se indica queda
como está (los valores actuales se leen primero y se envían también).
  --start FECHA      nueva fecha de inicio (AAAA-MM-DD)
  --end FECHA        nueva fecha de fin
  --window H-H       una ventana diaria en horas UTC, p. ej. 1-5 (repetible;
                     sustituye a las ventanas actuales)
  --no-windows       quitar todas las ventanas (cualquier hora)
</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../src/app/fotactl/CampaignCreateCommand.cpp" line="+160"/>
        <source>Start date.</source>
        <translation>Fecha de inicio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/app/fotactl/CampaignCreateCommand.cpp" line="+1"/>
        <source>End date.</source>
        <translation>Fecha de fin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/app/fotactl/CampaignCreateCommand.cpp" line="+1"/>
        <source>Time window.</source>
        <translation>Ventana horaria.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No time windows.</source>
        <translation>Sin ventanas horarias.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>nothing to change: give --start, --end, --window or --no-windows.</source>
        <translation>nada que cambiar: indique --start, --end, --window o --no-windows.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the end date %1 is before the start date %2.</source>
        <translation>la fecha de fin %1 es anterior a la fecha de inicio %2.</translation>
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
        <translation>Uso: fotactl campaign devices add|remove ID-DE-CAMPAÑA --file ARCHIVO
                            [--chunk-size N] [--plain-path] [--skip-invalid]
                            [opciones]

Añade dispositivos a una campaña aún no programada (o los quita de ella), en
bloques de N dispositivos (predeterminado 1000). El archivo es una lista de
dispositivos (CSV, TSV o TXT; vea &apos;fotactl imei check&apos;). Se imprimen los
resultados por dispositivo; código de salida 1 si se rechazó algún dispositivo.
  --file ARCHIVO     la lista de dispositivos
  --chunk-size N     dispositivos por solicitud (predeterminado 1000)
  --plain-path       usar PUT /campaigns/{acc}/{id} (la ruta del portal)
  --skip-invalid     ignorar las líneas sin IMEI válido
  --resume           completar una ejecución interrumpida con los mismos
                     dispositivos: solo se envían los bloques restantes (vea
                     &apos;fotactl campaign resume&apos;)
</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../src/app/fotactl/CampaignCreateCommand.cpp" line="+1"/>
        <source>Device list.</source>
        <translation>Lista de dispositivos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/app/fotactl/CampaignCreateCommand.cpp" line="+3"/>
        <source>Devices per request.</source>
        <translation>Dispositivos por solicitud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/app/fotactl/CampaignCreateCommand.cpp" line="+2"/>
        <source>Use the path without /firmware.</source>
        <translation>Usar la ruta sin /firmware.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/app/fotactl/CampaignCreateCommand.cpp" line="+1"/>
        <source>Skip invalid lines.</source>
        <translation>Omitir las líneas no válidas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume an interrupted run.</source>
        <translation>Reanudar una ejecución interrumpida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--file FILE is required.</source>
        <translation>--file ARCHIVO es obligatorio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../src/app/fotactl/CampaignCreateCommand.cpp" line="+63"/>
        <source>--chunk-size must be a number from 1 to 10000.</source>
        <translation>--chunk-size debe ser un número de 1 a 10000.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../src/app/fotactl/CampaignCreateCommand.cpp" line="-107"/>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>Quitados</translation>
    </message>
    <message>
        <location filename="../src/app/fotactl/CampaignCreateCommand.cpp" line="-35"/>
        <source>The campaign %1 exists; %2 of its devices were not sent: %3
Add them with &apos;fotactl campaign resume&apos; or &apos;fotactl campaign devices add %1 --file FILE&apos;.
</source>
        <translation>La campaña %1 existe; %2 de sus dispositivos no se enviaron: %3
Agréguelos con &apos;fotactl campaign resume&apos; o &apos;fotactl campaign devices add %1 --file ARCHIVO&apos;.
</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not every device was added; the batch is journaled as %1: &apos;fotactl campaign resume %1&apos; (or this same command) sends the chunks that did not succeed.
</source>
        <translation>No se agregaron todos los dispositivos; el lote está registrado como %1: &apos;fotactl campaign resume %1&apos; (o este mismo comando) envía los bloques que no tuvieron éxito.
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
        <translation>Uso: fotactl campaign create [--file CAMPAÑA.json] [--name NOMBRE]
         [--firmware NOMBRE] [--from V] [--to V] [--protocol P]
         [--start FECHA] [--end FECHA] [--window H-H]... --devices ARCHIVO
         [--auto-assign-license] [--auto-add-devices] [--chunk-size N]
         [--plain-path] [--skip-invalid] [opciones]

Programa una campaña de actualización de firmware. La campaña procede de un archivo
JSON (CampaignFirmwareUpgrade, como en el contrato FOTA v3) y/o de las opciones
(las opciones prevalecen). Los dispositivos proceden de --devices (CSV/TSV/TXT a
través del importador de IMEI) o de la deviceList del archivo JSON.
--from/--to/--protocol toman por defecto los valores del paquete de firmware con
ese nombre. El borrador se comprueba con las mismas reglas que en la interfaz
gráfica antes de enviar nada. Los dispositivos que superan un bloque
(predeterminado 1000) se añaden después de crear la campaña, registrados bloque a
bloque en el diario: si esa ejecución se interrumpe, &apos;fotactl campaign resume&apos;
envía los bloques restantes.
--plain-path envía esas altas por PUT /campaigns/{acc}/{id} (la ruta del portal),
como &apos;campaign devices add --plain-path&apos;; resume la conserva.

La creación nunca se repite automáticamente: si se pierde la respuesta, fotactl
busca la campaña en el historial de campañas (nombre, firmware, fechas) en lugar
de crear una segunda, e indica lo que ha encontrado.
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Campaign JSON.</source>
        <translation>JSON de la campaña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign name.</source>
        <translation>Nombre de la campaña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware package name.</source>
        <translation>Nombre del paquete de firmware.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current firmware version.</source>
        <translation>Versión de firmware actual.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target firmware version.</source>
        <translation>Versión de firmware de destino.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LWM2M, OMA or HTTP.</source>
        <translation>LWM2M, OMA o HTTP.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>License unlicensed devices.</source>
        <translation>Asignar licencia a los dispositivos sin licencia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let matching devices join.</source>
        <translation>Permitir que se unan los dispositivos coincidentes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a campaign: %2</source>
        <translation>%1 no es una campaña: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>--firmware NAME is required (see &apos;fotactl firmware list&apos;).</source>
        <translation>--firmware NOMBRE es obligatorio (vea &apos;fotactl firmware list&apos;).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the account has no firmware package named &apos;%1&apos; (see &apos;fotactl firmware list&apos;).</source>
        <translation>la cuenta no tiene ningún paquete de firmware llamado &apos;%1&apos; (vea &apos;fotactl firmware list&apos;).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>warning: %1
</source>
        <translation>advertencia: %1
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the campaign is not valid:
  %1</source>
        <translation>la campaña no es válida:
  %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This create was already made by an earlier run: campaign %1. It is not sent again; its devices are completed.
</source>
        <translation>Una ejecución anterior ya creó esta campaña: campaña %1. No se envía de nuevo; se completan sus dispositivos.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An earlier run sent this same create and its outcome is still not known (see above); nothing is sent, so that no second campaign is made. Run the command again once the campaign list can be read, or check the campaigns named &quot;%1&quot; first.
</source>
        <translation>Una ejecución anterior envió esta misma creación y su resultado aún se desconoce (ver arriba); no se envía nada, para no crear una segunda campaña. Ejecute el comando de nuevo cuando se pueda leer la lista de campañas, o compruebe primero las campañas llamadas &quot;%1&quot;.
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The answer to the create request was lost (%1). Looking the campaign up in the campaign history instead of sending it again…
</source>
        <translation>Se perdió la respuesta a la solicitud de creación (%1). Se busca la campaña en el historial de campañas en lugar de enviarla de nuevo…
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No such campaign exists: it was not created. It is safe to run the same command again.
</source>
        <translation>No existe esa campaña: no se creó. Es seguro volver a ejecutar el mismo comando.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Several campaigns match (%1); check which one is new before doing anything else.
</source>
        <translation>Coinciden varias campañas (%1); compruebe cuál es la nueva antes de hacer nada más.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The campaign was created: %1
</source>
        <translation>Se creó la campaña: %1
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Schedule a firmware upgrade campaign.</source>
        <translation>Programar una campaña de actualización de firmware.</translation>
    </message>
    <message>
        <location filename="../src/app/fotactl/CampaignCommands.cpp" line="+9"/>
        <source>Show one campaign.</source>
        <translation>Mostrar una campaña.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change a campaign&apos;s dates and time windows.</source>
        <translation>Cambiar las fechas y ventanas horarias de una campaña.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the devices of a file to a campaign.</source>
        <translation>Añadir a una campaña los dispositivos de un archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the devices of a file from a campaign.</source>
        <translation>Quitar de una campaña los dispositivos de un archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel a campaign.</source>
        <translation>Cancelar una campaña.</translation>
    </message>
</context>
<context>
    <name>fotactl::devices</name>
    <message>
        <location filename="../src/app/fotactl/DeviceCommands.cpp" line="+70"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
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
        <translation>Uso: fotactl devices check ARCHIVO --firmware NOMBRE [--accepted-out RUTA]
         [--refused-out RUTA] [--stale-days N] [--auto-assign] [--skip-invalid]
         [opciones]

Comprueba cada dispositivo de ARCHIVO (CSV/TSV/TXT) contra el inventario de
dispositivos de la cuenta antes de enviar una campaña del paquete NOMBRE: ¿será
aceptado, o no está en esta cuenta, es de otro fabricante o modelo, no es apto
para FOTA, usa otro protocolo, no tiene licencia, ya tiene el firmware de
destino o tiene otro firmware que el de origen del paquete?
Un dispositivo sin conexión desde hace más de N días (30 por defecto) es un aviso.
  --auto-assign        la campaña dará licencias de la reserva de la cuenta a
                       los dispositivos sin licencia: cuenta los que cubre
  --accepted-out RUTA  escribe los dispositivos aceptados, uno por línea
  --refused-out RUTA   escribe los demás como CSV: deviceId,reason,detail
Código de salida: 0 todos serán aceptados, 1 algunos no, 2 archivo u opciones
inutilizables, 3 red.
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Firmware package name.</source>
        <translation>Nombre del paquete de firmware.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to write the accepted devices.</source>
        <translation>Dónde escribir los dispositivos aceptados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where to write the refused devices.</source>
        <translation>Dónde escribir los dispositivos rechazados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days without a connection that warn.</source>
        <translation>Días sin conexión que generan un aviso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip invalid lines.</source>
        <translation>Omitir las líneas no válidas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The campaign will assign licenses from the account&apos;s pool.</source>
        <translation>La campaña asignará licencias de la reserva de la cuenta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--firmware NAME is required (see &apos;fotactl firmware list&apos;).</source>
        <translation>se requiere --firmware NOMBRE (véase &apos;fotactl firmware list&apos;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--stale-days must be a whole number of days, at least 1.</source>
        <translation>--stale-days debe ser un número entero de días, como mínimo 1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the account has no firmware package named &apos;%1&apos; (see &apos;fotactl firmware list&apos;).</source>
        <translation>la cuenta no tiene ningún paquete de firmware llamado &apos;%1&apos; (véase &apos;fotactl firmware list&apos;).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>looked up %1 of %2 devices
</source>
        <translation>consultados %1 de %2 dispositivos
</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 against %2 (%3 %4, %5 -&gt; %6)
</source>
        <translation>%1 frente a %2 (%3 %4, %5 -&gt; %6)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DEVICES</source>
        <translation>DISPOSITIVOS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>  ... and %n more (see --refused-out or --json)
</source>
        <translation>
            <numerusform>  ... y %n más (véase --refused-out o --json)
</numerusform>
            <numerusform>  ... y %n más (véase --refused-out o --json)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Auto-assign gives %n device(s) a license from the account&apos;s pool (%1 left before, %2 after).
</source>
        <translation>
            <numerusform>La asignación automática da a %n dispositivo una licencia de la reserva de la cuenta (%1 libres antes, %2 después).
</numerusform>
            <numerusform>La asignación automática da a %n dispositivos una licencia de la reserva de la cuenta (%1 libres antes, %2 después).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Warning: %n device(s) will be accepted but have not connected for more than %1 days.
</source>
        <translation>
            <numerusform>Aviso: %n dispositivo será aceptado, pero lleva más de %1 días sin conectarse.
</numerusform>
            <numerusform>Aviso: %n dispositivos serán aceptados, pero llevan más de %1 días sin conectarse.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Result: all %n device(s) will be accepted.
</source>
        <translation>
            <numerusform>Resultado: el %n dispositivo será aceptado.
</numerusform>
            <numerusform>Resultado: los %n dispositivos serán aceptados.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result: %1 of %2 devices will not be accepted.
</source>
        <translation>Resultado: %1 de %2 dispositivos no serán aceptados.
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: fotactl devices show IMEI [options]

The device&apos;s line in the account&apos;s inventory: make, model, the
firmware it last reported, FOTA eligibility, license, protocol and
last connection. Exit status 1 when the account does not have it.
</source>
        <translation>Uso: fotactl devices show IMEI [opciones]

La línea del dispositivo en el inventario de la cuenta: fabricante, modelo, el
firmware que informó por última vez, aptitud para FOTA, licencia, protocolo y
última conexión. Estado de salida 1 si la cuenta no lo tiene.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a valid 15-digit IMEI.</source>
        <translation>&apos;%1&apos; no es un IMEI válido de 15 dígitos.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: not in this account.
</source>
        <translation>%1: no está en esta cuenta.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>device            %1
</source>
        <translation>dispositivo       %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>make / model      %1 %2
</source>
        <translation>fabricante/modelo %1 %2
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>firmware          %1
</source>
        <translation>firmware          %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FOTA-eligible     %1
</source>
        <translation>apto para FOTA    %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>licensed          %1
</source>
        <translation>con licencia      %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol          %1
</source>
        <translation>protocolo         %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status            %1
</source>
        <translation>estado            %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last connection   %1
</source>
        <translation>última conexión   %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last report       %1
</source>
        <translation>último informe    %1
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Usage: fotactl devices list [--protocol P] [--csv FILE] [options]

Every device of the account&apos;s inventory for one protocol (all pages).
  --protocol P       LWM2M (default), OMD-DM (or OMDADM, OMADM), HTTP
  --csv FILE         write the devices to FILE as CSV
</source>
        <translation>Uso: fotactl devices list [--protocol P] [--csv ARCHIVO] [opciones]

Cada dispositivo del inventario de la cuenta para un protocolo (todas las páginas).
  --protocol P       LWM2M (por defecto), OMD-DM (u OMDADM, OMADM), HTTP
  --csv ARCHIVO      escribir los dispositivos en ARCHIVO como CSV
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Protocol filter.</source>
        <translation>Filtro de protocolo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file.</source>
        <translation>Archivo CSV.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--protocol must be LWM2M, OMD-DM, OMDADM, OMADM or HTTP.</source>
        <translation>--protocol debe ser LWM2M, OMD-DM, OMDADM, OMADM o HTTP.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MAKE</source>
        <translation>FABRICANTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MODEL</source>
        <translation>MODELO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FIRMWARE</source>
        <translation>FIRMWARE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ELIGIBLE</source>
        <translation>APTO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LICENSED</source>
        <translation>LICENCIA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROTOCOL</source>
        <translation>PROTOCOLO</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n device(s)
</source>
        <translation>
            <numerusform>%n dispositivo
</numerusform>
            <numerusform>%n dispositivos
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check a device list against the account&apos;s inventory.</source>
        <translation>Comprobar una lista de dispositivos con el inventario de la cuenta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show a device&apos;s inventory line.</source>
        <translation>Mostrar la línea de inventario de un dispositivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>List the account&apos;s devices.</source>
        <translation>Listar los dispositivos de la cuenta.</translation>
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
        <translation>Uso: fotactl firmware list [--protocol LWM2M|OMD-DM|all] [opciones]

Enumera los paquetes de firmware que la cuenta puede usar en una campaña.
  --protocol P       LWM2M, OMD-DM o all (predeterminado all)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protocol filter.</source>
        <translation>Filtro de protocolo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>FIRMWARE</source>
        <translation>FIRMWARE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FROM</source>
        <translation>DE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TO</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MAKE</source>
        <translation>MARCA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MODEL</source>
        <translation>MODELO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PROTOCOL</source>
        <translation>PROTOCOLO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAUNCHED</source>
        <translation>PUBLICADO</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n package(s)
</source>
        <translation>
            <numerusform>%n paquete
</numerusform>
            <numerusform>%n paquetes
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List the firmware packages of the account.</source>
        <translation>Enumerar los paquetes de firmware de la cuenta.</translation>
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
        <translation>Uso: fotactl imei check ARCHIVO [--json] [--valid-out RUTA]

Lee una lista de dispositivos exportada de Excel u otro programa (CSV, TSV o TXT;
UTF-8, UTF-16 o Windows-1252; separada por comas, punto y coma, tabuladores o |)
y comprueba cada IMEI: 15 dígitos con dígito de control Luhn válido. La columna
IMEI se reconoce por su encabezado (IMEI, Device IMEI, Device ID, ...) o contenido.

Opciones:
  --json             imprimir un objeto JSON:
                     {&quot;file&quot;, &quot;encoding&quot;, &quot;delimiter&quot;, &quot;column&quot;, &quot;valid&quot;,
                      &quot;duplicates&quot;, &quot;rejected&quot;: [{&quot;line&quot;, &quot;text&quot;, &quot;reason&quot;,
                      &quot;message&quot;}]}; con código de salida 2: {&quot;error&quot;: {&quot;kind&quot;,
                      &quot;code&quot;, &quot;message&quot;}, &quot;exitCode&quot;: 2}
  --valid-out RUTA   escribir los IMEI válidos únicos en RUTA, uno por línea, en
                     el orden en que aparecen por primera vez
  -h, --help         mostrar esta ayuda

Códigos de salida:
  0  cada línea de datos contiene un IMEI válido
  1  se rechazaron algunas líneas o no se encontró ningún IMEI válido
  2  el archivo no se puede usar (ilegible, vacío, binario, sin columna IMEI), no
     se pudo escribir completo el archivo de --valid-out (se conserva el
     anterior) o hubo un error de uso
</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>File:        %1
</source>
        <translation>Archivo:     %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:      %1, %2 separated, %3
</source>
        <translation>Formato:     %1, separado por %2, %3
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with a header row</source>
        <translation>con fila de encabezado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no header row</source>
        <translation>sin fila de encabezado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMEI column: %1%2
</source>
        <translation>Columna IMEI: %1%2
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data lines:  %1
</source>
        <translation>Líneas de datos: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid:       %1 unique IMEIs
</source>
        <translation>Válidos:     %1 IMEI únicos
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicates:  %1 (each IMEI kept once; repeated on line(s) %2%3)
</source>
        <translation>Duplicados:  %1 (cada IMEI se conserva una vez; repetido en la(s) línea(s) %2%3)
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicates:  0
</source>
        <translation>Duplicados:  0
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected:    %1
</source>
        <translation>Rechazados:  %1
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  line %1: “%2” %3
      %4
</source>
        <translation>  línea %1: «%2» %3
      %4
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>      fix: %1
</source>
        <translation>      corrección: %1
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  … and %1 more (run with --json for the full list)
</source>
        <translation>  … y %1 más (ejecute con --json para ver la lista completa)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hint: %1 value(s) have 14 digits: the Luhn check digit is missing. The “fix” lines show the complete IMEI; correct them in the source and check again.
</source>
        <translation>Sugerencia: %1 valor(es) tienen 14 dígitos: falta el dígito de control Luhn. Las líneas «corrección» muestran el IMEI completo; corríjalos en el origen y vuelva a comprobar.
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result: no data rows below the header: nothing to import.
</source>
        <translation>Resultado: no hay filas de datos bajo el encabezado: nada que importar.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: no valid IMEI found.
</source>
        <translation>Resultado: no se encontró ningún IMEI válido.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result: OK, every line holds a valid IMEI.
</source>
        <translation>Resultado: correcto, cada línea contiene un IMEI válido.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result: %1 line(s) need attention.
</source>
        <translation>Resultado: %1 línea(s) requieren atención.
</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>--valid-out needs a path: --valid-out PATH.</source>
        <translation>--valid-out necesita una ruta: --valid-out RUTA.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown option &apos;%1&apos;. Run &apos;fotactl imei check --help&apos;.</source>
        <translation>opción desconocida &apos;%1&apos;. Ejecute &apos;fotactl imei check --help&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one FILE only (got &apos;%1&apos; and &apos;%2&apos;).</source>
        <translation>solo un ARCHIVO (se recibieron &apos;%1&apos; y &apos;%2&apos;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no FILE given. Usage: fotactl imei check FILE [--json] [--valid-out PATH]</source>
        <translation>no se indicó ningún ARCHIVO. Uso: fotactl imei check ARCHIVO [--json] [--valid-out RUTA]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read standard input.</source>
        <translation>no se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrote %1 IMEI(s) to %2
</source>
        <translation>Se escribieron %1 IMEI en %2
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
        <translation>Uso: fotactl licenses [--devices] [opciones]

Las licencias FOTA de la cuenta: suscripción, recuentos y, con --devices, cada
dispositivo con licencia (todas las páginas).
  --devices          enumerar también los dispositivos con licencia
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the licensed devices.</source>
        <translation>Enumerar los dispositivos con licencia.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>account           %1
</source>
        <translation>cuenta            %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purchase type     %1
</source>
        <translation>tipo de compra    %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>licenses          %1 used of %2
</source>
        <translation>licencias         %1 usadas de %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>license report    %1 assigned of %2
</source>
        <translation>informe licencias %1 asignadas de %2
</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n licensed device(s)
</source>
        <translation>
            <numerusform>%n dispositivo con licencia
</numerusform>
            <numerusform>%n dispositivos con licencia
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account&apos;s FOTA licenses.</source>
        <translation>Las licencias FOTA de la cuenta.</translation>
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
        <translation>Uso: fotactl licenses assign --file ARCHIVO [--csv ARCHIVO] [--chunk-size N]
         [--skip-invalid] [--resume] [opciones]

Asigna una licencia FOTA a cada dispositivo de ARCHIVO (CSV, TSV o TXT; vea
&apos;fotactl imei check&apos;), en bloques de N dispositivos (predeterminado 1000),
registrado para poder completar una ejecución interrumpida (&apos;fotactl campaign
resume&apos;). Imprime el resultado de cada dispositivo y las licencias que le quedan
a la cuenta antes y después; un dispositivo ya con licencia cuenta como hecho.
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
        <translation>Uso: fotactl licenses remove --file ARCHIVO [--csv ARCHIVO] [--chunk-size N]
         [--skip-invalid] [--resume] [opciones]

Quita la licencia FOTA de cada dispositivo de ARCHIVO (CSV, TSV o TXT), en
bloques de N dispositivos (predeterminado 1000), registrado para poder completar
una ejecución interrumpida (&apos;fotactl campaign resume&apos;). Imprime el resultado de
cada dispositivo y las licencias que le quedan a la cuenta antes y después; un
dispositivo sin licencia cuenta como hecho.
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
        <translation>  --file ARCHIVO     la lista de dispositivos
  --csv ARCHIVO      escribir también el resultado de cada dispositivo en CSV:
                     deviceId,status,reason
  --chunk-size N     dispositivos por solicitud (predeterminado 1000)
  --skip-invalid     ignorar las líneas sin IMEI válido
  --resume           completar una ejecución interrumpida con los mismos
                     dispositivos: solo se envían los bloques restantes
Estado de salida: 0 todos los dispositivos hechos, 1 algunos fallaron, 2 archivo u
opciones inutilizables, 3 red.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Device list.</source>
        <translation>Lista de dispositivos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write every device&apos;s result as CSV.</source>
        <translation>Escribir el resultado de cada dispositivo en CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices per request.</source>
        <translation>Dispositivos por solicitud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip invalid lines.</source>
        <translation>Omitir las líneas no válidas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume an interrupted run.</source>
        <translation>Reanudar una ejecución interrumpida.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--file FILE is required: the devices to assign licenses to.</source>
        <translation>--file ARCHIVO es obligatorio: los dispositivos a los que asignar licencias.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--file FILE is required: the devices whose licenses to remove.</source>
        <translation>--file ARCHIVO es obligatorio: los dispositivos cuyas licencias quitar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--chunk-size must be a number from 1 to 10000.</source>
        <translation>--chunk-size debe ser un número de 1 a 10000.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 Nothing was sent.</source>
        <translation>%1 No se envió nada.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 The licenses were changed as shown.</source>
        <translation>%1 Las licencias se cambiaron como se muestra.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>note: the account has %1 license(s) left for %2 device(s); devices beyond them that have no license yet will be refused.
</source>
        <translation>nota: a la cuenta le quedan %1 licencia(s) para %2 dispositivo(s); los dispositivos que excedan sin licencia serán rechazados.
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>note: the licenses left afterwards could not be read: %1
</source>
        <translation>nota: no se pudieron leer las licencias restantes después: %1
</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Assign FOTA licenses to the devices of a file.</source>
        <translation>Asignar licencias FOTA a los dispositivos de un archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the FOTA licenses of the devices of a file.</source>
        <translation>Quitar las licencias FOTA de los dispositivos de un archivo.</translation>
    </message>
    <message>
        <location filename="../src/app/fotactl/LicenseChangeReport.cpp" line="+69"/>
        <source>No definite answer (%1); &apos;fotactl campaign resume&apos; sends it again.</source>
        <translation>Sin respuesta definitiva (%1); &apos;fotactl campaign resume&apos; lo vuelve a enviar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent: the run was stopped.</source>
        <translation>No enviado: la ejecución se detuvo.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>assigned</source>
        <translation>asignada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <translation>quitada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already licensed</source>
        <translation>ya con licencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>had no license</source>
        <translation>no tenía licencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FAILED</source>
        <translation>FALLÓ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NO ANSWER</source>
        <translation>SIN RESPUESTA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DEVICE</source>
        <translation>DISPOSITIVO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RESULT</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(%1 of %2 devices shown; --csv FILE or --json lists every device)
</source>
        <translation>(%1 de %2 dispositivos mostrados; --csv ARCHIVO o --json lista todos)
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Licenses assigned to %1 of %2 device(s): %3 newly, %4 already licensed; %5 failed.
</source>
        <translation>Licencias asignadas a %1 de %2 dispositivo(s): %3 nuevas, %4 ya con licencia; %5 fallaron.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licenses removed from %1 of %2 device(s): %3 removed, %4 had none; %5 failed.
</source>
        <translation>Licencias quitadas de %1 de %2 dispositivo(s): %3 quitadas, %4 no tenían; %5 fallaron.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Licenses left: %1 before, %2 after (of %3).
</source>
        <translation>Licencias restantes: %1 antes, %2 después (de %3).
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licenses left before: %1 (of %2); afterwards unknown.
</source>
        <translation>Licencias restantes antes: %1 (de %2); después, desconocido.
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
        <translation>Uso: fotactl report campaigns [--status ESTADO]... [opciones]

Enumera el historial de campañas. Sin --status: todos los estados conocidos,
leídos en paralelo y combinados (cada campaña aparece una vez).
  --status ESTADO    p. ej. CampaignScheduled (repetible)
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaign status.</source>
        <translation>Estado de la campaña.</translation>
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
        <translation>ESTADO</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
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
        <translation>INICIO</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>END</source>
        <translation>FIN</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n campaign(s)
</source>
        <translation>
            <numerusform>%n campaña
</numerusform>
            <numerusform>%n campañas
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
        <translation>Uso: fotactl report devices ID-DE-CAMPAÑA [--csv ARCHIVO] [--sequential]
                            [--concurrency N] [opciones]

El estado de actualización de cada dispositivo de una campaña (todas las
páginas), en orden de IMEI. El informe se lee en intervalos paralelos: la
primera página y luego el resto del espacio de IMEI en intervalos leídos a la
vez (comprobado con el totalDevice del informe; si las páginas del servidor no
encajan, se vuelve a leer página a página).
  --csv ARCHIVO      escribir deviceId,status,resultReason,updatedTime,
                     recentAttemptTime,nextAttemptTime en ARCHIVO (solo se
                     sustituye cuando el informe está completo)
  --sequential       leer página a página, como hace el SDK del fabricante
  --concurrency N    solicitudes a la vez, 1..16 (predeterminado 8)
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CSV file.</source>
        <translation>Archivo CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read page after page.</source>
        <translation>Leer página a página.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests at once.</source>
        <translation>Solicitudes a la vez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--concurrency takes a number from 1 to 16, got &apos;%1&apos;.</source>
        <translation>--concurrency admite un número de 1 a 16; se recibió &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>note: the server&apos;s pages did not fit range-parallel reading (%1); the report was read page after page.
</source>
        <translation>nota: las páginas del servidor no encajaban en la lectura por intervalos paralelos (%1); el informe se leyó página a página.
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>warning: the report says %1 devices but %2 arrived.
</source>
        <translation>advertencia: el informe indica %1 dispositivos, pero llegaron %2.
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 device(s) written to %2
</source>
        <translation>%1 dispositivo(s) escritos en %2
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>DEVICE</source>
        <translation>DISPOSITIVO</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>UPDATED</source>
        <translation>ACTUALIZADO</translation>
    </message>
    <message numerus="yes">
        <location line="-25"/>
        <source>%n device(s)
</source>
        <translation>
            <numerusform>%n dispositivo
</numerusform>
            <numerusform>%n dispositivos
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: fotactl report device IMEI [options]

One device&apos;s firmware upgrade history.
</source>
        <translation>Uso: fotactl report device IMEI [opciones]

El historial de actualizaciones de firmware de un dispositivo.
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CAMPAIGN</source>
        <translation>CAMPAÑA</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n entr(y/ies)
</source>
        <translation>
            <numerusform>%n entrada
</numerusform>
            <numerusform>%n entradas
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List the campaign history (all statuses by default).</source>
        <translation>Enumerar el historial de campañas (todos los estados por defecto).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The status of every device of a campaign.</source>
        <translation>El estado de cada dispositivo de una campaña.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One device&apos;s upgrade history.</source>
        <translation>El historial de actualizaciones de un dispositivo.</translation>
    </message>
</context>
<context>
    <name>fotactl::resume</name>
    <message>
        <location filename="../src/app/fotactl/ResumeCommands.cpp" line="+46"/>
        <source>add</source>
        <translation>añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove</source>
        <translation>quitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assign licenses</source>
        <translation>asignar licencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove licenses</source>
        <translation>quitar licencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sync firmware</source>
        <translation>sincronizar firmware</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 device(s)</source>
        <translation>%1 %2 dispositivo(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — campaign %1</source>
        <translation> — campaña %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (plain path)</source>
        <translation> (ruta simple)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the batch journals cannot be read: %1</source>
        <translation>no se pueden leer los diarios de lotes: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No interrupted batch for account %1.
</source>
        <translation>No hay ningún lote interrumpido para la cuenta %1.
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
        <translation>LOTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHUNKS DONE</source>
        <translation>BLOQUES HECHOS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DEVICES DONE</source>
        <translation>DISPOSITIVOS HECHOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPDATED</source>
        <translation>ACTUALIZADO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>running (process %1)</source>
        <translation>en curso (proceso %1)</translation>
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
        <translation>Uso: fotactl campaign resume [ID-DE-DIARIO] [--list] [opciones]

Completa los lotes de dispositivos (&apos;campaign devices add|remove&apos;) interrumpidos
por un fallo, una terminación forzada, una pérdida de red o una cancelación: solo
se envían los bloques que no se completaron; los dispositivos ya tratados cuentan
como hechos, de modo que la campaña termina exactamente con los dispositivos
previstos. Sin ID-DE-DIARIO se reanudan todos los lotes interrumpidos de la cuenta,
el más antiguo primero. Las solicitudes de creación cuyo resultado nunca se vio se
consultan primero (nunca se envían de nuevo). Cada lote continúa por la ruta con la
que empezó, como registra su diario (los lotes con &apos;--plain-path&apos; por
PUT /campaigns/{acc}/{id}).
  --list             mostrar los lotes interrumpidos, sin enviar nada
  --plain-path       para un lote cuyo diario no registra la ruta (espacio de
                     trabajo anterior): enviar por PUT /campaigns/{acc}/{id}; un lote
                     registrado con la ruta de firmware se rechaza en lugar de
                     cambiarlo de ruta
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>List interrupted batches.</source>
        <translation>Enumerar los lotes interrumpidos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the path without /firmware.</source>
        <translation>Usar la ruta sin /firmware.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>JOURNAL-ID must be a number (see &apos;fotactl campaign resume --list&apos;).</source>
        <translation>ID-DE-DIARIO debe ser un número (vea &apos;fotactl campaign resume --list&apos;).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing to resume: no interrupted batch for account %1.
</source>
        <translation>Nada que reanudar: no hay ningún lote interrumpido para la cuenta %1.
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>batch %1: %2
</source>
        <translation>lote %1: %2
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch %1 (%2): %3 of %4 chunks were done, sending %5.
</source>
        <translation>Lote %1 (%2): %3 de %4 bloques estaban hechos; se envían %5.
</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>chunk %1 (devices %2–%3) failed again: %4
</source>
        <translation>el bloque %1 (dispositivos %2–%3) volvió a fallar: %4
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Batch %1 complete: %2 of %3 device(s) done, %4 refused.
</source>
        <translation>Lote %1 completado: %2 de %3 dispositivo(s) hechos, %4 rechazados.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch %1 is still incomplete: %2 of %3 chunks done. Run &apos;fotactl campaign resume %1&apos; again.
</source>
        <translation>El lote %1 sigue incompleto: %2 de %3 bloques hechos. Vuelva a ejecutar &apos;fotactl campaign resume %1&apos;.
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Complete interrupted device batches (only the remaining chunks).</source>
        <translation>Completar los lotes de dispositivos interrumpidos (solo los bloques restantes).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>note: batch %1 for the same devices was interrupted (%2 of %3 chunks done); add --resume to send only the rest. Starting a new batch.
</source>
        <translation>nota: el lote %1 para los mismos dispositivos se interrumpió (%2 de %3 bloques hechos); añada --resume para enviar solo el resto. Se inicia un lote nuevo.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resuming batch %1: %2 of %3 chunks were done, sending %4.
</source>
        <translation>Reanudando el lote %1: %2 de %3 bloques estaban hechos; se envían %4.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>batch %1 cannot be resumed: %2
</source>
        <translation>el lote %1 no se puede reanudar: %2
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to resume for these devices: starting a new batch.
</source>
        <translation>Nada que reanudar para estos dispositivos: se inicia un lote nuevo.
</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no workspace is open</source>
        <translation>no hay ningún espacio de trabajo abierto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing was sent: %1. A change is sent only once the workspace has recorded it (the record prevents a duplicate and lets an interrupted run be resumed). Free space on the disk or make the workspace writable, then run the command again.</source>
        <translation>no se envió nada: %1. Un cambio solo se envía cuando el espacio de trabajo lo ha registrado (el registro evita duplicados y permite reanudar una ejecución interrumpida). Libere espacio en el disco o haga que el espacio de trabajo admita escritura y vuelva a ejecutar el comando.</translation>
    </message>
</context>
<context>
    <name>fotactl::verify</name>
    <message>
        <location filename="../src/app/fotactl/VerifyCommand.cpp" line="+59"/>
        <source>note: the report was read page after page (%1).
</source>
        <translation>nota: el informe se leyó página por página (%1).
</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Campaign %1: %n successful device(s) checked against firmware %2
</source>
        <translation>
            <numerusform>Campaña %1: %n dispositivo correcto comparado con el firmware %2
</numerusform>
            <numerusform>Campaña %1: %n dispositivos correctos comparados con el firmware %2
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DEVICES</source>
        <translation>DISPOSITIVOS</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>FIRMWARE CHECK</source>
        <translation>COMPROBACIÓN DE FIRMWARE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DEVICE</source>
        <translation>DISPOSITIVO</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DETAIL</source>
        <translation>DETALLE</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>  ... and %n more (see --csv or --json)
</source>
        <translation>
            <numerusform>  ... y %n más (vea --csv o --json)
</numerusform>
            <numerusform>  ... y %n más (vea --csv o --json)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Result: all %n device(s) run %1.
</source>
        <translation>
            <numerusform>Resultado: el %n dispositivo ejecuta %1.
</numerusform>
            <numerusform>Resultado: los %n dispositivos ejecutan %1.
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result: %1 of %2 devices are not verified to run %3.
</source>
        <translation>Resultado: en %1 de %2 dispositivos no está verificado que ejecuten %3.
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
        <translation>Uso: fotactl campaign verify ID-CAMPAÑA [--csv ARCHIVO] [opciones]

Verifica la actualización: a cada dispositivo que el informe de la campaña da
por correcto se le pregunta qué firmware ejecuta (PUT /firmware/{acc}/devices,
100 dispositivos por petición, registrado en el diario) y queda como &apos;verified&apos;
(ejecuta el firmwareTo de la campaña), &apos;mismatch&apos; (ejecuta otra versión) o
&apos;not-reported&apos; (no respondió).
Estado de salida 0 si todos los dispositivos están verificados, 1 si algunos no,
3 ante un fallo de red.
  --csv ARCHIVO      escribe deviceId,firmwareCheck,reportedFirmware,reason
                     en ARCHIVO
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CSV file.</source>
        <translation>Archivo CSV.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>note: no device of campaign %1 has succeeded yet; nothing to verify.
</source>
        <translation>nota: ningún dispositivo de la campaña %1 ha terminado con éxito todavía; no hay nada que verificar.
</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>note: not journaled: %1
</source>
        <translation>nota: sin registrar en el diario: %1
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verify that a campaign&apos;s successful devices run its firmware.</source>
        <translation>Verificar que los dispositivos correctos de una campaña ejecutan su firmware.</translation>
    </message>
</context>
<context>
    <name>fotadesk::AboutDialog</name>
    <message>
        <location filename="../src/gui/shell/AboutDialog.cpp" line="+30"/>
        <source>About FotaDesk</source>
        <translation>Acerca de FotaDesk</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Schedule, change and watch firmware-over-the-air campaigns on ThingSpace (FOTA v3).</source>
        <translation>Programe, modifique y supervise campañas de actualización de firmware por aire (FOTA v3) en ThingSpace.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (compilado con Qt %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Environment: %1 — %2</source>
        <translation>Entorno: %1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data and logs: %1</source>
        <translation>Datos y registros: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright © %1</source>
        <translation>Copyright © %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FotaDesk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (%1).</source>
        <translation>FotaDesk es software libre: puede redistribuirlo y/o modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It comes with NO WARRANTY, to the extent permitted by law.</source>
        <translation>Se distribuye SIN NINGUNA GARANTÍA, en la medida permitida por la ley.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses Qt (LGPL 3; Qt Charts under GPL 3), QtKeychain (BSD 3-clause) and SQLite (public domain): see Third-party notices.</source>
        <translation>Usa Qt (LGPL 3; Qt Charts bajo GPL 3), QtKeychain (BSD 3-clause) y SQLite (dominio público): vea Avisos de terceros.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;License…</source>
        <translation>&amp;Licencia…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GNU General Public License</source>
        <translation>GNU General Public License</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Third-party notices…</source>
        <translation>A&amp;visos de terceros…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Third-party notices</source>
        <translation>Avisos de terceros</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is missing.</source>
        <translation>Falta %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>FotaDesk %1 — Qt %2 (built with %3)</source>
        <translation>FotaDesk %1 — Qt %2 (compilado con %3)</translation>
    </message>
</context>
<context>
    <name>fotadesk::AccountDeviceModel</name>
    <message>
        <location filename="../src/models/AccountDeviceModel.cpp" line="+166"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (MDN %2)</source>
        <translation>%1 (MDN %2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>When the device last reported to the server. The inventory states no other connection time.</source>
        <translation>Cuándo se comunicó el dispositivo por última vez con el servidor. El inventario no indica ninguna otra hora de conexión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FOTA-eligible</source>
        <translation>Apto para FOTA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licensed</source>
        <translation>Con licencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last connection</source>
        <translation>Última conexión</translation>
    </message>
</context>
<context>
    <name>fotadesk::AccountDevicesPage</name>
    <message>
        <location filename="../src/gui/inventory/AccountDevicesPage.cpp" line="+138"/>
        <location line="+295"/>
        <source>A new draft</source>
        <translation>Un borrador nuevo</translation>
    </message>
    <message>
        <location line="-268"/>
        <location line="+4"/>
        <location line="+30"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The account&apos;s devices could not be read completely; the table shows those read before the error.</source>
        <translation>No se pudieron leer todos los dispositivos de la cuenta; la tabla muestra los leídos antes del error.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account&apos;s devices could not be read.</source>
        <translation>No se pudieron leer los dispositivos de la cuenta.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>incomplete</source>
        <translation>incompleto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not loaded yet</source>
        <translation>Aún no cargado</translation>
    </message>
    <message numerus="yes">
        <location line="-63"/>
        <source>Loading stopped: the table shows the %Ln device(s) read so far.</source>
        <translation>
            <numerusform>Carga detenida: la tabla muestra el %Ln dispositivo leído hasta ahora.</numerusform>
            <numerusform>Carga detenida: la tabla muestra los %Ln dispositivos leídos hasta ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Loading… %Ln device(s) (%1)</source>
        <translation>
            <numerusform>Cargando… %Ln dispositivo (%1)</numerusform>
            <numerusform>Cargando… %Ln dispositivos (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln device(s) in the account (%1)</source>
        <translation>
            <numerusform>%Ln dispositivo en la cuenta (%1)</numerusform>
            <numerusform>%Ln dispositivos en la cuenta (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 of %Ln device(s) shown</source>
        <translation>
            <numerusform>%1 de %Ln dispositivo mostrados</numerusform>
            <numerusform>%1 de %Ln dispositivos mostrados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 selected</source>
        <translation>%1 seleccionados</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New campai&amp;gn from %1 selected</source>
        <translation>N&amp;ueva campaña con los %1 seleccionados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the New campaign form with the selected devices in its device list</source>
        <translation>Abre el formulario Nueva campaña con los dispositivos seleccionados en su lista de dispositivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add %1 &amp;selected to draft:</source>
        <translation>Añadir los %1 seleccionados al &amp;borrador:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New campai&amp;gn from all %1 shown</source>
        <translation>N&amp;ueva campaña con los %1 mostrados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is selected: the New campaign form gets every device the table shows</source>
        <translation>No hay nada seleccionado: el formulario Nueva campaña recibe todos los dispositivos que muestra la tabla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add all %1 &amp;shown to draft:</source>
        <translation>Añadir los %1 mostrados al &amp;borrador:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Append these devices to the create-form draft chosen beside (a new one, or one of the Drafts page); devices already in it are not added twice</source>
        <translation>Añade estos dispositivos al borrador del formulario de creación elegido al lado (uno nuevo o uno de la página Borradores); los dispositivos que ya contiene no se añaden dos veces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no local workspace: drafts cannot be kept</source>
        <translation>No hay espacio de trabajo local: no se pueden guardar borradores</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>make %1</source>
        <translation>fabricante %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model %1</source>
        <translation>modelo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>firmware %1</source>
        <translation>firmware %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol %1</source>
        <translation>protocolo %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>filtered</source>
        <translation>filtrados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account devices: %1</source>
        <translation>Dispositivos de la cuenta: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Untitled campaign</source>
        <translation>Campaña sin título</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%Ln device(s))</source>
        <translation>
            <numerusform>%1 (%Ln dispositivo)</numerusform>
            <numerusform>%1 (%Ln dispositivos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%Ln device(s) added to the draft “%1” (now %2 in all). Reopen it on the Drafts page.</source>
        <translation>
            <numerusform>%Ln dispositivo añadido al borrador «%1» (ahora %2 en total). Ábralo en la página Borradores.</numerusform>
            <numerusform>%Ln dispositivos añadidos al borrador «%1» (ahora %2 en total). Ábralo en la página Borradores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln of them were in it already.</source>
        <translation>
            <numerusform>%Ln de ellos ya estaba en él.</numerusform>
            <numerusform>%Ln de ellos ya estaban en él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln device(s) written to %1.</source>
        <translation>
            <numerusform>%Ln dispositivo escrito en %1.</numerusform>
            <numerusform>%Ln dispositivos escritos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Re&amp;try</source>
        <translation>Rein&amp;tentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the account&apos;s devices again</source>
        <translation>Leer de nuevo los dispositivos de la cuenta</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The draft could not be read; it may have been discarded. Choose another one.</source>
        <translation>No se pudo leer el borrador; puede que se haya descartado. Elija otro.</translation>
    </message>
    <message numerus="yes">
        <location line="-52"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln seleccionado</numerusform>
            <numerusform>%Ln seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The draft could not be saved in the workspace.</source>
        <translation>No se pudo guardar el borrador en el espacio de trabajo.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Export the devices shown</source>
        <translation>Exportar los dispositivos mostrados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>fotadesk::AccountPage</name>
    <message>
        <location filename="../src/gui/account/AccountPage.cpp" line="+60"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 used of %2 (%3 free)</source>
        <translation>%1 usadas de %2 (%3 libres)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the subscription</source>
        <translation>Leer la suscripción</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the callback URL</source>
        <translation>Leer la URL de callback</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the URL of your server first, e.g. https://hooks.example.com/fota.</source>
        <translation>Escriba primero la URL de su servidor, p. ej. https://hooks.example.com/fota.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not an absolute http or https URL: write it whole, for example https://hooks.example.com/fota.</source>
        <translation>«%1» no es una URL http o https absoluta: escríbala completa, por ejemplo https://hooks.example.com/fota.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The callback URL must not contain a user name or password (&apos;%1@&apos;): the service would store them in clear.</source>
        <translation>La URL de callback no debe contener usuario ni contraseña («%1@»): el servicio los guardaría en claro.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registering %1…</source>
        <translation>Registrando %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registered. ThingSpace now POSTs status changes to %1.</source>
        <translation>Registrada. ThingSpace envía ahora los cambios de estado por POST a %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registering the callback URL</source>
        <translation>Registrar la URL de callback</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the callback URL</source>
        <translation>Eliminar la URL de callback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ThingSpace will stop POSTing status changes to %1.</source>
        <translation>ThingSpace dejará de enviar cambios de estado a %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete callback URL</source>
        <translation>Eliminar URL de callback</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted: nothing is POSTed to %1 any more.</source>
        <translation>Eliminada: ya no se envía nada a %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleting the callback URL</source>
        <translation>Eliminar la URL de callback</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No callback URL is registered.</source>
        <translation>No hay ninguna URL de callback registrada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered: %1</source>
        <translation>Registrada: %1</translation>
    </message>
</context>
<context>
    <name>fotadesk::ActivityLogPage</name>
    <message>
        <location filename="../src/gui/activitylog/ActivityLogPage.cpp" line="+57"/>
        <source>Search summary, result, error, campaign…</source>
        <translation>Buscar resumen, resultado, error, campaña…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All operations</source>
        <translation>Todas las operaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All outcomes</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Selected entry</source>
        <translation>Entrada seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an entry to see all it recorded.</source>
        <translation>Seleccione una entrada para ver todo lo que registró.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The newest %1 entries (narrow the filter for older ones).</source>
        <translation>Las %1 entradas más recientes (acote el filtro para ver las anteriores).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the activity log</source>
        <translation>Exportar el registro de actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
</context>
<context>
    <name>fotadesk::ActivityModel</name>
    <message>
        <location filename="../src/gui/notifications/ActivityModel.cpp" line="+82"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
</context>
<context>
    <name>fotadesk::ActivityPanel</name>
    <message>
        <location filename="../src/gui/notifications/ActivityPanel.cpp" line="+45"/>
        <source>No campaign is watched. Tick &quot;Watch&quot; on a campaign&apos;s device status tab (or use the overview&apos;s context menu) to be notified when its status changes.</source>
        <translation>No se vigila ninguna campaña. Marque «Vigilar» en la pestaña de estado de dispositivos de una campaña (o use el menú contextual del resumen) para recibir avisos cuando cambie su estado.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Watching %Ln campaign(s): %1</source>
        <translation>
            <numerusform>Vigilando %Ln campaña: %1</numerusform>
            <numerusform>Vigilando %Ln campañas: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::AddPreflight</name>
    <message>
        <location filename="../src/gui/devices/AddPreflight.cpp" line="+27"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Volver a la lista</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Checking the devices against the account&apos;s inventory…</source>
        <translation>Comprobando los dispositivos contra el inventario de la cuenta…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Every device will be accepted.</source>
        <translation>Todos los dispositivos serán aceptados.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln device(s) would be refused by the service: keep only the accepted devices (the others are kept as a draft), assign licenses, or go back to the list.</source>
        <translation>
            <numerusform>%Ln dispositivo sería rechazado por el servicio: mantenga solo los dispositivos aceptados (el otro se guarda como borrador), asigne licencias o vuelva a la lista.</numerusform>
            <numerusform>%Ln dispositivos serían rechazados por el servicio: mantenga solo los dispositivos aceptados (los demás se guardan como borrador), asigne licencias o vuelva a la lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>&amp;Add %Ln device(s)</source>
        <translation>
            <numerusform>A&amp;ñadir %Ln dispositivo</numerusform>
            <numerusform>A&amp;ñadir %Ln dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The devices could not be checked: see below.</source>
        <translation>No se pudieron comprobar los dispositivos: vea abajo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add devices — %1 — refused by the check</source>
        <translation>Añadir dispositivos — %1 — rechazados por la comprobación</translation>
    </message>
</context>
<context>
    <name>fotadesk::ApiError</name>
    <message>
        <location filename="../src/api/ApiError.cpp" line="+47"/>
        <source>(no error message)</source>
        <translation>(sin mensaje de error)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The FOTA service refused the request: %1 — %2 Correct what it names and send the request again.</source>
        <translation>El servicio FOTA rechazó la solicitud: %1 — %2 Corrija lo que indica y vuelva a enviar la solicitud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no error code)</source>
        <translation>(sin código de error)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The FOTA service did not accept the sign-in (HTTP 401), even after renewing the token. Check the client id/secret and the user name/password of this environment.</source>
        <translation>El servicio FOTA no aceptó el inicio de sesión (HTTP 401), ni siquiera tras renovar el token. Compruebe el ID y el secreto de cliente y el usuario y la contraseña de este entorno.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The FOTA service denied access (HTTP 403). Check that the account name is right and that these credentials may use FOTA for it.</source>
        <translation>El servicio FOTA denegó el acceso (HTTP 403). Compruebe que el nombre de la cuenta es correcto y que estas credenciales pueden usar FOTA para ella.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The FOTA service does not know this resource (HTTP 404). Check the account name, the campaign id or device id, and the base URL.</source>
        <translation>El servicio FOTA no conoce este recurso (HTTP 404). Compruebe el nombre de la cuenta, el ID de la campaña o del dispositivo y la URL base.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The FOTA service is limiting the request rate (HTTP 429). Wait a moment and try again.</source>
        <translation>El servicio FOTA está limitando la frecuencia de solicitudes (HTTP 429). Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The FOTA service is temporarily unavailable (HTTP %1). Try again in a few minutes.</source>
        <translation>El servicio FOTA no está disponible temporalmente (HTTP %1). Vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The FOTA service failed with an internal error (HTTP %1). Try again later; if it keeps failing, report it to Verizon support with the time of the request.</source>
        <translation>El servicio FOTA falló con un error interno (HTTP %1). Vuelva a intentarlo más tarde; si sigue fallando, notifíquelo al soporte de Verizon con la hora de la solicitud.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The FOTA service answered HTTP %1, which this client does not expect for this request.</source>
        <translation>El servicio FOTA respondió HTTP %1, algo que este cliente no espera para esta solicitud.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The host %1 could not be found. Check the base URL and your DNS, VPN or proxy settings.</source>
        <translation>No se encontró el host %1. Compruebe la URL base y su configuración de DNS, VPN o proxy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection to %1 was refused. Check the base URL and port, and that the service (or fotasim) is running.</source>
        <translation>Se rechazó la conexión con %1. Compruebe la URL base y el puerto, y que el servicio (o fotasim) esté en marcha.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The request to %1 could not be sent (%2). Check the base URL.</source>
        <translation>No se pudo enviar la solicitud a %1 (%2). Compruebe la URL base.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 failed (%2). Check your network connection and try again.</source>
        <translation>Falló la conexión con %1 (%2). Compruebe su conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No answer from %1 within %2 s. The connection or the service is slow: try again, or raise the request timeout.</source>
        <translation>Sin respuesta de %1 en %2 s. La conexión o el servicio van lentos: vuelva a intentarlo o aumente el tiempo de espera de las solicitudes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The answer of %1 to %2 did not end within the overall limit of %3 s for one request; the request was stopped. The connection or the service is too slow: try again later, or raise the overall limit.</source>
        <translation>La respuesta de %1 a %2 no terminó dentro del límite total de %3 s para una solicitud; la solicitud se detuvo. La conexión o el servicio es demasiado lento: vuelva a intentarlo más tarde o aumente el límite total.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>announced %1, limit %2</source>
        <translation>%1 anunciados, límite %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 arrived, limit %2</source>
        <translation>%1 recibidos, límite %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer to %1 announced %2, more than the limit of %3 for %4; it was not read. The service is misbehaving: report this with the log.</source>
        <translation>La respuesta a %1 anunció %2, más que el límite de %3 para %4; no se leyó. El servicio no se comporta correctamente: notifíquelo con el registro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer to %1 passed the limit of %2 for %3: %4 arrived before reading stopped. The service is misbehaving: report this with the log.</source>
        <translation>La respuesta a %1 superó el límite de %2 para %3: llegaron %4 antes de detener la lectura. El servicio no se comporta correctamente: notifíquelo con el registro.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The certificate of %1 could not be trusted: %2. The connection was not used. If your organisation inspects TLS with its own certificate authority, add that CA as the environment&apos;s extra CA file; otherwise do not continue on this network.</source>
        <translation>No se pudo confiar en el certificado de %1: %2. No se usó la conexión. Si su organización inspecciona TLS con su propia autoridad de certificación, añada esa CA como archivo de CA adicional del entorno; de lo contrario, no continúe en esta red.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS handshake failed</source>
        <translation>Falló el protocolo de enlace TLS</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLS is not set up correctly: %1</source>
        <translation>TLS no está bien configurado: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The FOTA service&apos;s answer does not match the FOTA v3 contract (%1). The service may have changed: report this with the log; retrying will not help.</source>
        <translation>La respuesta del servicio FOTA no se ajusta al contrato FOTA v3 (%1). Puede que el servicio haya cambiado: notifíquelo junto con el registro; reintentar no servirá.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Check the base URL and the network, then try again.</source>
        <translation>Compruebe la URL base y la red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the credentials of this environment (client id and secret for the token, user name and password for the session).</source>
        <translation>Compruebe las credenciales de este entorno (ID y secreto de cliente para el token, usuario y contraseña para la sesión).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in failed at the %1 step: %2 %3</source>
        <translation>El inicio de sesión falló en el paso %1: %2 %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign-in failed at the session login step: the service did not accept the user name or password. Check the credentials of this environment (user name and password for the session).</source>
        <translation>El inicio de sesión falló en el paso inicio de sesión: el servicio no aceptó el usuario o la contraseña. Compruebe las credenciales de este entorno (usuario y contraseña para la sesión).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The request was sent but its answer was lost (%1). It may or may not have taken effect: do not send it again. Look the result up first (for a new campaign: reconcile, which searches the campaign history by name, firmware and dates).</source>
        <translation>La solicitud se envió, pero se perdió su respuesta (%1). Puede que haya surtido efecto o no: no la envíe de nuevo. Consulte primero el resultado (para una campaña nueva: conciliar, que busca en el historial de campañas por nombre, firmware y fechas).</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The service asked to come back at %1 (in %Ln minute(s)), later than this client waits: try again after that time.</source>
        <translation>
            <numerusform>El servicio pidió volver a intentarlo a las %1 (dentro de %Ln minuto), más tarde de lo que espera este cliente: vuelva a intentarlo después de esa hora.</numerusform>
            <numerusform>El servicio pidió volver a intentarlo a las %1 (dentro de %Ln minutos), más tarde de lo que espera este cliente: vuelva a intentarlo después de esa hora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::AuditHook</name>
    <message>
        <location filename="../src/workflow/AuditHook.cpp" line="+41"/>
        <source>any hour</source>
        <translation>cualquier hora</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(an invalid URL)</source>
        <translation>(una URL no válida)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Create a campaign</source>
        <translation>Crear una campaña</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>on</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>off</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the dates of campaign %1</source>
        <translation>Cambiar las fechas de la campaña %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the dates of campaign %1 to %2 – %3, windows %4</source>
        <translation>Cambiar las fechas de la campaña %1 a %2 – %3, ventanas %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel campaign %1</source>
        <translation>Cancelar la campaña %1</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>Create campaign “%1”: firmware %2 %3 → %4, %5, %6 to %7, windows %8, %Ln device(s)%9, auto-assign licenses %10, auto-add devices %11</source>
        <translation>
            <numerusform>Crear la campaña «%1»: firmware %2 %3 → %4, %5, del %6 al %7, ventanas %8, %Ln dispositivo%9, asignar licencias automáticamente %10, añadir dispositivos automáticamente %11</numerusform>
            <numerusform>Crear la campaña «%1»: firmware %2 %3 → %4, %5, del %6 al %7, ventanas %8, %Ln dispositivos%9, asignar licencias automáticamente %10, añadir dispositivos automáticamente %11</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Add %Ln device(s) to campaign %1%2</source>
        <translation>
            <numerusform>Añadir %Ln dispositivo a la campaña %1%2</numerusform>
            <numerusform>Añadir %Ln dispositivos a la campaña %1%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove %Ln device(s) from campaign %1%2</source>
        <translation>
            <numerusform>Quitar %Ln dispositivo de la campaña %1%2</numerusform>
            <numerusform>Quitar %Ln dispositivos de la campaña %1%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Assign FOTA licenses to %Ln device(s)%1</source>
        <translation>
            <numerusform>Asignar licencias FOTA a %Ln dispositivo%1</numerusform>
            <numerusform>Asignar licencias FOTA a %Ln dispositivos%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove FOTA licenses from %Ln device(s)%1</source>
        <translation>
            <numerusform>Quitar las licencias FOTA de %Ln dispositivo%1</numerusform>
            <numerusform>Quitar las licencias FOTA de %Ln dispositivos%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the callback URL %1</source>
        <translation>Registrar la URL de callback %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the callback URL</source>
        <translation>Eliminar la URL de callback</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This change was not sent: it could not be recorded in the workspace first (%1). Nothing is sent that the workspace cannot record. Free space on the disk or make the workspace writable, then try again.</source>
        <translation>Este cambio no se envió: antes no se pudo registrar en el espacio de trabajo (%1). No se envía nada que el espacio de trabajo no pueda registrar. Libere espacio en el disco o haga que se pueda escribir en el espacio de trabajo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 of %2 devices %3</source>
        <translation>%1 de %2 dispositivos %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 not: first %2</source>
        <translation>; %1 no: primero %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(not in the answer)</source>
        <translation>(no está en la respuesta)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Campaign %1 created (%2)</source>
        <translation>Campaña %1 creada (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>added</source>
        <translation>añadidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <translation>quitados</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>licensed</source>
        <translation>con licencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unlicensed</source>
        <translation>sin licencia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dates now %1 – %2 (%3)</source>
        <translation>Fechas ahora %1 – %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The service answered success = false</source>
        <translation>El servicio respondió success = false</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Callback registered</source>
        <translation>Callback registrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Callback deleted</source>
        <translation>Callback eliminado</translation>
    </message>
</context>
<context>
    <name>fotadesk::AuditLog</name>
    <message>
        <location filename="../src/store/AuditLog.cpp" line="+274"/>
        <source>The program ended before the answer arrived: the change may or may not have been made. Check the campaign (a journaled device batch can be resumed).</source>
        <translation>El programa terminó antes de que llegara la respuesta: puede que el cambio se haya hecho o no. Compruebe la campaña (un lote de dispositivos registrado en el diario puede reanudarse).</translation>
    </message>
</context>
<context>
    <name>fotadesk::AuditLogModel</name>
    <message>
        <location filename="../src/gui/activitylog/AuditLogModel.cpp" line="+58"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly done</source>
        <translation>Hecho en parte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown — may or may not have happened</source>
        <translation>Desconocido — puede que haya ocurrido o no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create campaign</source>
        <translation>Crear campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add devices</source>
        <translation>Añadir dispositivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove devices</source>
        <translation>Quitar dispositivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change dates</source>
        <translation>Cambiar fechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel campaign</source>
        <translation>Cancelar campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign licenses</source>
        <translation>Asignar licencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove licenses</source>
        <translation>Quitar licencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register callback</source>
        <translation>Registrar callback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete callback</source>
        <translation>Eliminar callback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollout step</source>
        <translation>Paso de despliegue</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Started %1; finished %2</source>
        <translation>Iniciado %1; finalizado %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not (yet)</source>
        <translation>(todavía) no</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result / error</source>
        <translation>Resultado / error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
</context>
<context>
    <name>fotadesk::Authenticator</name>
    <message>
        <location filename="../src/api/Authenticator.cpp" line="+96"/>
        <source>No credentials are set for this environment.</source>
        <translation>No hay credenciales definidas para este entorno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot sign in: %1 Provide the client id, client secret, user name and password of the ThingSpace account.</source>
        <translation>No se puede iniciar sesión: %1 Indique el ID de cliente, el secreto de cliente, el usuario y la contraseña de la cuenta de ThingSpace.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>session login</source>
        <translation>inicio de sesión</translation>
    </message>
</context>
<context>
    <name>fotadesk::AutosaveController</name>
    <message>
        <location filename="../src/store/AutosaveController.cpp" line="+87"/>
        <source>The draft could not be saved in the workspace (see the log); your input is still in the form.</source>
        <translation>No se pudo guardar el borrador en el espacio de trabajo (vea el registro); lo introducido sigue en el formulario.</translation>
    </message>
</context>
<context>
    <name>fotadesk::BatchJournal</name>
    <message>
        <location filename="../src/store/BatchJournal.cpp" line="+279"/>
        <source>batch %1 has no chunk %2</source>
        <translation>el lote %1 no tiene el bloque %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is no batch journal %1.</source>
        <translation>No existe el diario de lote %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch %1 is complete: every chunk succeeded.</source>
        <translation>El lote %1 está completo: todos los bloques se completaron correctamente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch %1 was abandoned.</source>
        <translation>El lote %1 se abandonó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch %1 is being run by another program (process %2). Wait for it to end, or end it, then resume.</source>
        <translation>Otro programa está ejecutando el lote %1 (proceso %2). Espere a que termine, o termínelo, y después reanude.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Batch %1 cannot be resumed while %2; nothing was sent.</source>
        <translation>El lote %1 no se puede reanudar mientras %2; no se envió nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Batch %1 cannot be resumed: its journal cannot be written (%2); nothing was sent.</source>
        <translation>El lote %1 no se puede reanudar: no se puede escribir su diario (%2); no se envió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch %1 was just taken over by another program.</source>
        <translation>Otro programa acaba de hacerse cargo del lote %1.</translation>
    </message>
</context>
<context>
    <name>fotadesk::BatchRunner</name>
    <message>
        <location filename="../src/workflow/BatchRunner.cpp" line="+65"/>
        <source>The batch could not be journaled in the workspace (%1), so nothing was sent: a batch that could not be resumed is not started. Free space on the disk or make the workspace writable, then try again.</source>
        <translation>No se pudo registrar el lote en el diario del espacio de trabajo (%1), así que no se envió nada: no se inicia un lote que no se podría reanudar. Libere espacio en el disco o haga que se pueda escribir en el espacio de trabajo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no workspace to resume a batch from.</source>
        <translation>No hay ningún espacio de trabajo desde el que reanudar un lote.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no readable batch journal %1.</source>
        <translation>No existe un diario de lote legible %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batch %1 belongs to account %2 (%3 profile); connect to that account to resume it.</source>
        <translation>El lote %1 pertenece a la cuenta %2 (perfil %3); conéctese a esa cuenta para reanudarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Batch %1 was sent through %2; its remaining chunks go the same way, not through %3. Resume it without choosing a path.</source>
        <translation>El lote %1 se envió por %2; sus bloques restantes van por el mismo camino, no por %3. Reanúdelo sin elegir una ruta.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>Batch %1&apos;s chunk plan does not match its journal.</source>
        <translation>El plan de bloques del lote %1 no coincide con su diario.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The batch journal could not be written (%1), so the batch was stopped: %2 of %3 device(s) were sent, the other %4 were not. Once the workspace can be written again (free space on the disk), resume batch %5 (&apos;fotactl campaign resume %5&apos;, or restart FotaDesk) to send the rest; devices already handled count as done.</source>
        <translation>No se pudo escribir el diario del lote (%1), así que el lote se detuvo: se enviaron %2 de %3 dispositivos; los otros %4, no. Cuando se pueda volver a escribir en el espacio de trabajo (libere espacio en el disco), reanude el lote %5 (&apos;fotactl campaign resume %5&apos;, o reinicie FotaDesk) para enviar el resto; los dispositivos ya procesados cuentan como hechos.</translation>
    </message>
</context>
<context>
    <name>fotadesk::BodyLimit</name>
    <message>
        <location filename="../src/api/BodyLimit.cpp" line="+23"/>
        <source>an answer</source>
        <translation>una respuesta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a report page</source>
        <translation>una página de informe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a firmware list</source>
        <translation>una lista de firmware</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an error answer</source>
        <translation>una respuesta de error</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
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
        <translation>%1 MiB (%2 bytes)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 KiB (%2 bytes)</source>
        <translation>%1 KiB (%2 bytes)</translation>
    </message>
</context>
<context>
    <name>fotadesk::CampaignDetailPage</name>
    <message>
        <location filename="../src/gui/campaign/CampaignDetailPage.cpp" line="+18"/>
        <location line="+105"/>
        <source>Campaign %1</source>
        <translation>Campaña %1</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loaded %1</source>
        <translation>Cargada %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not loaded</source>
        <translation>Sin cargar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The campaign %1 could not be loaded.</source>
        <translation>No se pudo cargar la campaña %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The device list draft is kept on the Drafts page; reopen it from there once the campaign loads.</source>
        <translation>El borrador de la lista de dispositivos se conserva en la página Borradores; vuelva a abrirlo desde allí cuando la campaña se haya cargado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load the campaign again</source>
        <translation>Cargar de nuevo la campaña</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>any hour</source>
        <translation>cualquier hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, on %3)</source>
        <translation>%1 (%2, en %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes — devices without a FOTA license get one automatically</source>
        <translation>Sí — los dispositivos sin licencia FOTA reciben una automáticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No — devices without a FOTA license are refused</source>
        <translation>No — los dispositivos sin licencia FOTA se rechazan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes — devices of the same make, model, firmware and protocol join while it runs</source>
        <translation>Sí — los dispositivos de la misma marca, modelo, firmware y protocolo se unen mientras se ejecuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No — only the listed devices take part</source>
        <translation>No — solo participan los dispositivos de la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wait until the campaign has loaded.</source>
        <translation>Espere a que se cargue la campaña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign is not loaded: use Reload.</source>
        <translation>La campaña no está cargada: use Recargar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish the open dialog or running action first.</source>
        <translation>Termine primero el diálogo abierto o la acción en curso.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the start and end date and the time windows</source>
        <translation>Cambiar las fechas de inicio y fin y las ventanas horarias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign is %1: its dates and windows can no longer change.</source>
        <translation>La campaña está en %1: sus fechas y ventanas ya no pueden cambiar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The campaign is %1: devices can only be added or removed before it is scheduled.</source>
        <translation>La campaña está en %1: solo se pueden añadir o quitar dispositivos antes de que esté programada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add devices to this campaign</source>
        <translation>Añadir dispositivos a esta campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove devices from this campaign</source>
        <translation>Quitar dispositivos de esta campaña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the campaign (it ends as %1)</source>
        <translation>Cancelar la campaña (termina como %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The campaign is %1: it has already ended and cannot be cancelled.</source>
        <translation>La campaña está en %1: ya ha terminado y no se puede cancelar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The dates and time windows were changed (status now %1).</source>
        <translation>Se cambiaron las fechas y las ventanas horarias (estado ahora: %1).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The devices cannot be removed now: %1</source>
        <translation>Los dispositivos no se pueden quitar ahora: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finish the open dialog first.</source>
        <translation>termine primero el diálogo abierto.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>the %Ln selected device(s)</source>
        <translation>
            <numerusform>el %Ln dispositivo seleccionado</numerusform>
            <numerusform>los %Ln dispositivos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Finish the open dialog first, then reopen the device list draft from the Drafts page.</source>
        <translation>Termine primero el diálogo abierto y luego vuelva a abrir el borrador de la lista de dispositivos desde la página Borradores.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The device list draft “%1” was not reopened: %2 It is kept on the Drafts page.</source>
        <translation>El borrador de la lista de dispositivos «%1» no se reabrió: %2 Se conserva en la página Borradores.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The device list draft “%1” could not be read from the workspace; it is kept, the log in the data directory says why.</source>
        <translation>El borrador de la lista de dispositivos «%1» no se pudo leer del espacio de trabajo; se conserva, el registro en la carpeta de datos indica por qué.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancel the campaign &quot;%1&quot; (%2)?

It has not started yet (start date %3), so it ends as Cancelled and no device is upgraded.</source>
        <translation>¿Cancelar la campaña «%1» (%2)?

Todavía no ha empezado (fecha de inicio %3), así que termina como Cancelada y no se actualiza ningún dispositivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the campaign &quot;%1&quot; (%2)?

It has already started (start date %3), so it ends as Aborted: devices already upgraded keep the new firmware, the others are not upgraded.</source>
        <translation>¿Cancelar la campaña «%1» (%2)?

Ya ha empezado (fecha de inicio %3), así que termina como Abortada: los dispositivos ya actualizados conservan el nuevo firmware y los demás no se actualizan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel campaign</source>
        <translation>Cancelar campaña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The campaign &quot;%1&quot; was cancelled.</source>
        <translation>Se canceló la campaña «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered that the campaign &quot;%1&quot; was not cancelled (success: false). Reload to see its status.</source>
        <translation>El servidor respondió que la campaña «%1» no se canceló (success: false). Recargue para ver su estado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No answer came to the cancel request: whether &quot;%1&quot; was cancelled is unknown. Reload to see its status before trying again.</source>
        <translation>No llegó respuesta a la solicitud de cancelación: se desconoce si «%1» se canceló. Recargue para ver su estado antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The campaign &quot;%1&quot; was not cancelled.</source>
        <translation>La campaña «%1» no se canceló.</translation>
    </message>
</context>
<context>
    <name>fotadesk::CampaignDraft</name>
    <message>
        <location filename="../src/core/CampaignDraft.cpp" line="+73"/>
        <source>Device %1 (%2) is listed twice (first as device %3): it is sent once.</source>
        <translation>El dispositivo %1 (%2) aparece dos veces (primero como dispositivo %3): se envía una sola vez.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 more devices are not valid IMEIs (%2 in all); only the first %3 are listed.</source>
        <translation>Otros %1 dispositivos no son IMEI válidos (%2 en total); solo se enumeran los primeros %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 more devices are listed more than once (%2 in all); only the first %3 are listed.</source>
        <translation>Otros %1 dispositivos aparecen más de una vez (%2 en total); solo se enumeran los primeros %3.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No device: add at least one device IMEI to the campaign.</source>
        <translation>Ningún dispositivo: añada al menos un IMEI de dispositivo a la campaña.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 devices: the platform may limit a new campaign to %2 devices until 5 or more devices reach a 50% success rate (pilot gate). If the server refuses, start with %2 devices and add the rest later.</source>
        <translation>%1 dispositivos: la plataforma puede limitar una campaña nueva a %2 dispositivos hasta que 5 o más dispositivos alcancen una tasa de éxito del 50 % (umbral piloto). Si el servidor la rechaza, empiece con %2 dispositivos y añada el resto después.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The campaign name has %1 characters: use at most %2.</source>
        <translation>El nombre de la campaña tiene %1 caracteres: use como máximo %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The campaign name contains a line break, tab or other control character: write it on one line.</source>
        <translation>El nombre de la campaña contiene un salto de línea, un tabulador u otro carácter de control: escríbalo en una sola línea.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The campaign name contains an invisible text-direction control (such as a right-to-left override): remove it.</source>
        <translation>El nombre de la campaña contiene un control invisible de dirección del texto (como un forzado de derecha a izquierda): elimínelo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No firmware chosen: pick a firmware package from the account&apos;s firmware list.</source>
        <translation>No se ha elegido firmware: elija un paquete de firmware de la lista de firmware de la cuenta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The current firmware version (from) is missing: it comes with the chosen firmware package.</source>
        <translation>Falta la versión de firmware actual (de): viene con el paquete de firmware elegido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The target firmware version (to) is missing: it comes with the chosen firmware package.</source>
        <translation>Falta la versión de firmware de destino (a): viene con el paquete de firmware elegido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The target version %1 is the current version: the devices would not change.</source>
        <translation>La versión de destino %1 es la versión actual: los dispositivos no cambiarían.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>LWM2M campaigns start around 00:00 UTC: the next start is %1 00:00 UTC, after the start date %2. The first day may be lost or the campaign may run on demand within about 2 hours.</source>
        <translation>Las campañas LWM2M empiezan hacia las 00:00 UTC: el próximo inicio es el %1 a las 00:00 UTC, después de la fecha de inicio %2. Puede perderse el primer día o la campaña puede ejecutarse bajo demanda en unas 2 horas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The firmware package %1 is listed for %2, but the campaign protocol is %3: the service may refuse the campaign (ProtocolMismatch). Choose protocol %4, or a package that suits %3.</source>
        <translation>El paquete de firmware %1 figura para %2, pero el protocolo de la campaña es %3: el servicio puede rechazar la campaña (ProtocolMismatch). Elija el protocolo %4, o un paquete adecuado para %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No protocol: choose LWM2M, OMA or HTTP.</source>
        <translation>Ningún protocolo: elija LWM2M, OMA o HTTP.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OMD-DM is how the firmware list names the protocol; a campaign takes LWM2M, OMA or HTTP. For an OMD-DM firmware package use OMA.</source>
        <translation>OMD-DM es el nombre que da al protocolo la lista de firmware; una campaña admite LWM2M, OMA o HTTP. Para un paquete de firmware OMD-DM use OMA.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a campaign protocol as written: use %2 (capital letters).</source>
        <translation>%1 no es un protocolo de campaña tal como está escrito: use %2 (en mayúsculas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a campaign protocol: use LWM2M, OMA or HTTP.</source>
        <translation>%1 no es un protocolo de campaña: use LWM2M, OMA o HTTP.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>LWM2M campaigns start around 00:00 UTC and retry around 04:00 UTC, and the time windows (%1) cover neither hour: devices may wait a long time. Consider a window that includes 00:00 or 04:00 UTC.</source>
        <translation>Las campañas LWM2M empiezan hacia las 00:00 UTC y reintentan hacia las 04:00 UTC, y las ventanas horarias (%1) no cubren ninguna de esas horas: los dispositivos pueden esperar mucho. Considere una ventana que incluya las 00:00 o las 04:00 UTC.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No start date: choose the first day of the campaign (today or later, UTC).</source>
        <translation>Sin fecha de inicio: elija el primer día de la campaña (hoy o más tarde, UTC).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The start date %1 is in the past (today is %2 in UTC): choose today or a later date.</source>
        <translation>La fecha de inicio %1 ya ha pasado (hoy es %2 en UTC): elija hoy o una fecha posterior.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No end date: choose the last day of the campaign (the start date or later).</source>
        <translation>Sin fecha de fin: elija el último día de la campaña (la fecha de inicio o posterior).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The end date %1 is before the start date %2: choose an end date on or after the start date.</source>
        <translation>La fecha de fin %1 es anterior a la fecha de inicio %2: elija una fecha de fin igual o posterior a la de inicio.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Device %1 is empty: remove it or enter its 15-digit IMEI.</source>
        <translation>El dispositivo %1 está vacío: quítelo o introduzca su IMEI de 15 dígitos.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Device %1 (%2) is not written as 15 plain digits: send %3.</source>
        <translation>El dispositivo %1 (%2) no está escrito como 15 dígitos sin más: envíe %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Device %1 (%2) is not a valid IMEI: %3</source>
        <translation>El dispositivo %1 (%2) no es un IMEI válido: %3</translation>
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
        <translation>Aún no se sabe: se está leyendo el informe de dispositivos de la campaña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device report is too long to count here; open the campaign to see its devices.</source>
        <translation>El informe de dispositivos es demasiado largo para contarlo aquí; abra la campaña para ver sus dispositivos.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %Ln device(s) in a final state</source>
        <translation>
            <numerusform>%1 de %Ln dispositivo en un estado final</numerusform>
            <numerusform>%1 de %Ln dispositivos en un estado final</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %Ln finished device(s) succeeded</source>
        <translation>
            <numerusform>%1 de %Ln dispositivo terminado con éxito</numerusform>
            <numerusform>%1 de %Ln dispositivos terminados con éxito</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No device has finished yet.</source>
        <translation>Ningún dispositivo ha terminado todavía.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Devices in the campaign, from its device report.</source>
        <translation>Dispositivos de la campaña, según su informe de dispositivos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: devices in a final state (succeeded, failed or cancelled) of all the campaign&apos;s devices.</source>
        <translation>Progreso: dispositivos en un estado final (correcto, fallido o cancelado) del total de dispositivos de la campaña.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Success rate: devices that succeeded of the devices in a final state (succeeded, failed or cancelled). &quot;—&quot; while none is final.</source>
        <translation>Tasa de éxito: dispositivos correctos de los que están en un estado final (correcto, fallido o cancelado). «—» mientras ninguno haya terminado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make / model</source>
        <translation>Marca / modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time windows</source>
        <translation>Ventanas horarias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
</context>
<context>
    <name>fotadesk::CampaignStatusHistoryChart</name>
    <message>
        <location filename="../src/gui/campaign/CampaignStatusHistoryChart.cpp" line="+37"/>
        <source>Progress over time</source>
        <translation>Progreso en el tiempo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Progress over time: no snapshot yet</source>
        <translation>Progreso en el tiempo: todavía no hay instantáneas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress over time: one snapshot so far — each refresh adds one</source>
        <translation>Progreso en el tiempo: por ahora una instantánea — cada actualización añade una</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Progress over time (%Ln snapshot(s))</source>
        <translation>
            <numerusform>Progreso en el tiempo (%Ln instantánea)</numerusform>
            <numerusform>Progreso en el tiempo (%Ln instantáneas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Snapshot time (local, %1)</source>
        <translation>Hora de la instantánea (local, %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshot time (local)</source>
        <translation>Hora de la instantánea (local)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
</context>
<context>
    <name>fotadesk::CampaignStatusPanel</name>
    <message>
        <location filename="../src/gui/campaign/CampaignStatusPanel.cpp" line="+78"/>
        <source>Devices by status group</source>
        <translation>Dispositivos por grupo de estado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Watch</source>
        <translation>Vi&amp;gilar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify me (system tray and Activity) when this campaign&apos;s status changes</source>
        <translation>Avisarme (bandeja del sistema y Actividad) cuando cambie el estado de esta campaña</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The server&apos;s report did not fit reading in parallel ranges; it is read again page by page.</source>
        <translation>El informe del servidor no admitía la lectura en intervalos paralelos; se vuelve a leer página a página.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>The campaign&apos;s details have not been read yet, so its target firmware is unknown. Open the Details tab (or reload the campaign), then verify again.</source>
        <translation>Los detalles de la campaña aún no se han leído, así que se desconoce su firmware de destino. Abra la pestaña Detalles (o vuelva a cargar la campaña) y verifique de nuevo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Verification stopped: the devices not asked yet show as not reported yet. Verify again to ask them.</source>
        <translation>Verificación detenida: los dispositivos a los que aún no se preguntó aparecen como «Aún sin informar». Verifique de nuevo para preguntarles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The firmware sync did not answer for every device; those devices show as not reported yet.</source>
        <translation>La sincronización de firmware no respondió para todos los dispositivos; esos dispositivos aparecen como «Aún sin informar».</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Loading stopped: the table shows what was read so far.</source>
        <translation>Carga detenida: la tabla muestra lo leído hasta ahora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device report could not be read completely; the table shows the last data read (stale).</source>
        <translation>No se pudo leer el informe de dispositivos completo; la tabla muestra los últimos datos leídos (desactualizados).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The device report could not be read.</source>
        <translation>No se pudo leer el informe de dispositivos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the device report again</source>
        <translation>Leer de nuevo el informe de dispositivos</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Wait until the device report is read.</source>
        <translation>Espere a que se lea el informe de dispositivos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the device report first: its successful devices are verified.</source>
        <translation>Lea primero el informe de dispositivos: se verifican sus dispositivos correctos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No device of this campaign has succeeded yet.</source>
        <translation>Ningún dispositivo de esta campaña ha terminado con éxito todavía.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The campaign&apos;s details (its target firmware) have not been read yet.</source>
        <translation>Los detalles de la campaña (su firmware de destino) aún no se han leído.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln device(s) · read at %1</source>
        <translation>
            <numerusform>%Ln dispositivo · leído %1</numerusform>
            <numerusform>%Ln dispositivos · leídos %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>STALE: the last refresh failed</source>
        <translation>DESACTUALIZADO: la última actualización falló</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not loaded</source>
        <translation>Sin cargar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not loaded yet</source>
        <translation>Aún no cargado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostrados</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Snapshots are not kept (no local workspace): progress over time is not available.</source>
        <translation>No se guardan instantáneas (no hay espacio de trabajo local): el progreso en el tiempo no está disponible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Since your last look: nothing to compare yet — each complete read is kept, the next one will be compared with it.</source>
        <translation>Desde su última consulta: aún no hay nada que comparar — cada lectura completa se guarda y la siguiente se comparará con ella.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Since your last look: no change.</source>
        <translation>Desde su última consulta: sin cambios.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Since your last look (%1): %2 changed, %3 new, %4 left the campaign.</source>
        <translation>Desde su última consulta (%1): %2 cambiados, %3 nuevos, %4 han salido de la campaña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>earlier</source>
        <translation>antes</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Since your last look (%1): no change.</source>
        <translation>Desde su última consulta (%1): sin cambios.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Export the selected devices</source>
        <translation>Exportar los dispositivos seleccionados</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>The table shows %1 of the campaign&apos;s %Ln device(s) (filtered).</source>
        <translation>
            <numerusform>La tabla muestra %1 de %Ln dispositivo de la campaña (filtrado).</numerusform>
            <numerusform>La tabla muestra %1 de los %Ln dispositivos de la campaña (filtrado).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export PDF report</source>
        <translation>Exportar informe PDF</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>Export CSV report</source>
        <translation>Exportar informe CSV</translation>
    </message>
    <message numerus="yes">
        <location line="-291"/>
        <source>The service said the campaign has %Ln device(s), but its report listed %1. Refresh to read it again; if it stays different, the service&apos;s report is inconsistent.</source>
        <translation>
            <numerusform>El servicio indicó que la campaña tiene %Ln dispositivo, pero su informe listó %1. Actualice para leerlo de nuevo; si sigue siendo distinto, el informe del servicio es incoherente.</numerusform>
            <numerusform>El servicio indicó que la campaña tiene %Ln dispositivos, pero su informe listó %1. Actualice para leerlo de nuevo; si sigue siendo distinto, el informe del servicio es incoherente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Loading… %1 of %Ln device(s)</source>
        <translation>
            <numerusform>Cargando… %1 de %Ln dispositivo</numerusform>
            <numerusform>Cargando… %1 de %Ln dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Loading… %Ln device(s)</source>
        <translation>
            <numerusform>Cargando… %Ln dispositivo</numerusform>
            <numerusform>Cargando… %Ln dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+176"/>
        <source>CSV report (%Ln device(s)) written to %1.</source>
        <translation>
            <numerusform>Informe CSV (%Ln dispositivo) escrito en %1.</numerusform>
            <numerusform>Informe CSV (%Ln dispositivos) escrito en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>PDF report (%Ln page(s)) written to %1.</source>
        <translation>
            <numerusform>Informe PDF (%Ln página) escrito en %1.</numerusform>
            <numerusform>Informe PDF (%Ln páginas) escrito en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The %Ln &amp;shown device(s)</source>
        <translation>
            <numerusform>El %Ln dispositivo &amp;mostrado</numerusform>
            <numerusform>Los %Ln dispositivos &amp;mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;All %Ln device(s)</source>
        <translation>
            <numerusform>&amp;Todos los %Ln dispositivos</numerusform>
            <numerusform>&amp;Todos los %Ln dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+66"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>fotadesk::CampaignWorkbenchPage</name>
    <message>
        <location filename="../src/gui/workbench/CampaignWorkbenchPage.cpp" line="+62"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
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
        <translation>Por qué</translation>
    </message>
</context>
<context>
    <name>fotadesk::ConnectionState</name>
    <message>
        <location filename="../src/gui/shell/ConnectionState.cpp" line="+27"/>
        <source>Not connected yet</source>
        <translation>Aún no conectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in failed</source>
        <translation>Error de inicio de sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Signing in to the FOTA service failed: check the credentials of this environment.</source>
        <translation>Falló el inicio de sesión en el servicio FOTA: compruebe las credenciales de este entorno.</translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateCampaignWizard</name>
    <message>
        <location filename="../src/gui/create/CreateCampaignWizard.cpp" line="+36"/>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New campaign form</source>
        <translation>Formulario de nueva campaña</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New campaign</source>
        <translation>&amp;Nueva campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard form</source>
        <translation>Descartar f&amp;ormulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard form</source>
        <translation>Descartar formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new campaign form</source>
        <translation>Empezar un nuevo formulario de campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the result</source>
        <translation>Mostrar el resultado</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Discard the form</source>
        <translation>Descartar el formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard everything entered in this campaign form?</source>
        <translation>¿Descartar todo lo introducido en este formulario de campaña?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../src/gui/create/FormWizard.cpp" line="+34"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; A&amp;trás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next &gt;</source>
        <translation>Si&amp;guiente &gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateCheckPage</name>
    <message>
        <location filename="../src/gui/create/CreateCheckPage.cpp" line="+47"/>
        <source>&amp;Schedule campaign</source>
        <translation>&amp;Programar campaña</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>The devices could not be checked against the account&apos;s inventory (%1). Check again, or tick &quot;Schedule without the inventory check&quot;.</source>
        <translation>No se pudieron comprobar los dispositivos contra el inventario de la cuenta (%1). Compruebe de nuevo, o marque «Programar sin la comprobación del inventario».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scheduled without the inventory check: the service may refuse devices.</source>
        <translation>Programada sin la comprobación del inventario: el servicio puede rechazar dispositivos.</translation>
    </message>
    <message numerus="yes">
        <location line="-56"/>
        <source>%Ln row(s) of the device list repeat an IMEI listed earlier: each IMEI is sent once.</source>
        <translation>
            <numerusform>%Ln fila de la lista de dispositivos repite un IMEI que ya aparece antes: cada IMEI se envía una sola vez.</numerusform>
            <numerusform>%Ln filas de la lista de dispositivos repiten un IMEI que ya aparece antes: cada IMEI se envía una sola vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln line(s) of the device list are not IMEIs and are left out (go back to Devices to fix them).</source>
        <translation>
            <numerusform>%Ln línea de la lista de dispositivos no es un IMEI y se omite (vuelva a Dispositivos para corregirla).</numerusform>
            <numerusform>%Ln líneas de la lista de dispositivos no son IMEI y se omiten (vuelva a Dispositivos para corregirlas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>%Ln device(s) would be refused by the service: they never enter a wave (the Waves step lists them with their reasons).</source>
        <translation>
            <numerusform>El servicio rechazaría %Ln dispositivo: nunca entra en una ola (el paso Olas lo lista con su motivo).</numerusform>
            <numerusform>El servicio rechazaría %Ln dispositivos: nunca entran en una ola (el paso Olas los lista con sus motivos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln device(s) would be refused by the service (see the counts below). Keep only the accepted devices — the others are kept as a draft —, assign licenses, or go Back to change the list.</source>
        <translation>
            <numerusform>%Ln dispositivo sería rechazado por el servicio (vea los recuentos abajo). Mantenga solo los dispositivos aceptados —los demás se guardan como borrador—, asigne licencias o vuelva Atrás para cambiar la lista.</numerusform>
            <numerusform>%Ln dispositivos serían rechazados por el servicio (vea los recuentos abajo). Mantenga solo los dispositivos aceptados —los demás se guardan como borrador—, asigne licencias o vuelva Atrás para cambiar la lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Auto-assign gives %Ln device(s) a license from the account&apos;s pool.</source>
        <translation>
            <numerusform>La asignación automática da a %Ln dispositivo una licencia de la reserva de la cuenta.</numerusform>
            <numerusform>La asignación automática da a %Ln dispositivos una licencia de la reserva de la cuenta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln device(s) have not connected for more than %1 days: the service accepts them, but they may not upgrade before the campaign ends.</source>
        <translation>
            <numerusform>%Ln dispositivo no se ha conectado en más de %1 días: el servicio lo acepta, pero puede que no se actualice antes de que termine la campaña.</numerusform>
            <numerusform>%Ln dispositivos no se han conectado en más de %1 días: el servicio los acepta, pero puede que no se actualicen antes de que termine la campaña.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every device is in the account&apos;s inventory and will be accepted.</source>
        <translation>Cada dispositivo está en el inventario de la cuenta y será aceptado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Untitled campaign</source>
        <translation>Campaña sin título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — refused by the check</source>
        <translation>%1 — rechazados por la comprobación</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln device(s) that would be refused were moved to the draft &quot;%1&quot; (Drafts page; Export refused devices writes them with their reasons).</source>
        <translation>
            <numerusform>%Ln dispositivo que sería rechazado se movió al borrador «%1» (página Borradores; «Exportar dispositivos rechazados» lo escribe con su motivo).</numerusform>
            <numerusform>%Ln dispositivos que serían rechazados se movieron al borrador «%1» (página Borradores; «Exportar dispositivos rechazados» los escribe con sus motivos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln device(s) that would be refused were removed from the list (Undo on the Devices page brings them back).</source>
        <translation>
            <numerusform>%Ln dispositivo que sería rechazado se quitó de la lista (Deshacer en la página Dispositivos lo recupera).</numerusform>
            <numerusform>%Ln dispositivos que serían rechazados se quitaron de la lista (Deshacer en la página Dispositivos los recupera).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Not ready: %Ln error(s) must be fixed before the campaign can be scheduled.</source>
        <translation>
            <numerusform>No está lista: hay que corregir %Ln error antes de poder programar la campaña.</numerusform>
            <numerusform>No está lista: hay que corregir %Ln errores antes de poder programar la campaña.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Ready: %Ln device(s) go into the waves; the refused ones are left out.</source>
        <translation>
            <numerusform>Listo: %Ln dispositivo entra en las olas; los rechazados quedan fuera.</numerusform>
            <numerusform>Listo: %Ln dispositivos entran en las olas; los rechazados quedan fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Ready to schedule: every device will be accepted; %Ln warning(s) to consider.</source>
        <translation>
            <numerusform>Lista para programar: todos los dispositivos serán aceptados; %Ln aviso a considerar.</numerusform>
            <numerusform>Lista para programar: todos los dispositivos serán aceptados; %Ln avisos a considerar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Checking the devices against the account&apos;s inventory…</source>
        <translation>Comprobando los dispositivos contra el inventario de la cuenta…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not ready: the devices have not been checked (Check again).</source>
        <translation>No está lista: los dispositivos no se han comprobado (Comprobar de nuevo).</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateDeviceAudit</name>
    <message>
        <location filename="../src/workflow/CreateDeviceAudit.cpp" line="+44"/>
        <source>%1 of %2 devices added</source>
        <translation>%1 de %2 dispositivos añadidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused by the server</source>
        <translation>%1 rechazados por el servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 without an answer</source>
        <translation>%1 sin respuesta</translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateDevicesPage</name>
    <message numerus="yes">
        <location filename="../src/gui/create/CreateDevicesPage.cpp" line="+57"/>
        <source>%Ln line(s) are not IMEIs and will not be sent (see Rejected lines).</source>
        <translation>
            <numerusform>%Ln línea no es un IMEI y no se enviará (vea Líneas rechazadas).</numerusform>
            <numerusform>%Ln líneas no son IMEI y no se enviarán (vea Líneas rechazadas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateFirmwarePage</name>
    <message>
        <location filename="../src/gui/create/CreateFirmwarePage.cpp" line="+53"/>
        <source>Lightweight M2M: the usual protocol of IoT modules</source>
        <translation>Lightweight M2M: el protocolo habitual de los módulos IoT</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Loading the firmware of every protocol…</source>
        <translation>Cargando el firmware de todos los protocolos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the firmware for %1…</source>
        <translation>Cargando el firmware para %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln firmware package(s) of every protocol: the firmware service lists LWM2M and OMD-DM packages only, none for HTTP.</source>
        <translation>
            <numerusform>%Ln paquete de firmware de todos los protocolos: el servicio de firmware solo lista paquetes LWM2M y OMD-DM, ninguno para HTTP.</numerusform>
            <numerusform>%Ln paquetes de firmware de todos los protocolos: el servicio de firmware solo lista paquetes LWM2M y OMD-DM, ninguno para HTTP.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln firmware package(s) for %1.</source>
        <translation>
            <numerusform>%Ln paquete de firmware para %1.</numerusform>
            <numerusform>%Ln paquetes de firmware para %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The firmware list could not be loaded (Reload list tries again).</source>
        <translation>No se pudo cargar la lista de firmware (Recargar lista lo vuelve a intentar).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Choose the firmware package in the list (Tab to it, then Space or a click).</source>
        <translation>Elija el paquete de firmware en la lista (llegue con Tab y pulse Espacio, o haga clic).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;i&gt;Choose a firmware package on the left: its make, model, versions and release note appear here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Elija un paquete de firmware a la izquierda: su marca, modelo, versiones y nota de versión aparecen aquí.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;br&gt;Make: %2&lt;br&gt;Model: %3&lt;br&gt;Upgrades: %4 → %5&lt;br&gt;Protocol: %6&lt;br&gt;Launched: %7&lt;br&gt;&lt;br&gt;&lt;b&gt;Release note&lt;/b&gt;&lt;br&gt;%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;br&gt;Marca: %2&lt;br&gt;Modelo: %3&lt;br&gt;Actualiza: %4 → %5&lt;br&gt;Protocolo: %6&lt;br&gt;Publicado: %7&lt;br&gt;&lt;br&gt;&lt;b&gt;Nota de versión&lt;/b&gt;&lt;br&gt;%8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateFollowUps</name>
    <message numerus="yes">
        <location filename="../src/workflow/CreateFollowUps.cpp" line="+67"/>
        <source>the local workspace could not journal the %Ln device(s) to add to campaign %1</source>
        <translation>
            <numerusform>el espacio de trabajo local no pudo registrar el %Ln dispositivo que se agregará a la campaña %1</numerusform>
            <numerusform>el espacio de trabajo local no pudo registrar los %Ln dispositivos que se agregarán a la campaña %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateReconciler</name>
    <message>
        <location filename="../src/workflow/CreateReconciler.cpp" line="+35"/>
        <source>(no name) %1 → %2</source>
        <translation>(sin nombre) %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The campaign “%1” (%2 to %3) sent on %4</source>
        <translation>La campaña «%1» (del %2 al %3) enviada el %4</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>All its %Ln device(s) are in it.</source>
        <translation>
            <numerusform>Su %Ln dispositivo está en ella.</numerusform>
            <numerusform>Sus %Ln dispositivos están en ella.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln of its devices are still to be added: batch %1 (FotaDesk offers it at the start; &apos;fotactl campaign resume %1&apos;, or the same create command again, completes it).</source>
        <translation>
            <numerusform>Falta agregar %Ln de sus dispositivos: lote %1 (FotaDesk lo ofrece al iniciar; &apos;fotactl campaign resume %1&apos;, o el mismo comando de creación otra vez, lo completa).</numerusform>
            <numerusform>Faltan agregar %Ln de sus dispositivos: lote %1 (FotaDesk lo ofrece al iniciar; &apos;fotactl campaign resume %1&apos;, o el mismo comando de creación otra vez, lo completa).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source> may or may not have been created: the campaign list could not be read (%1). FotaDesk checks again at the next start; do not create it again before that.</source>
        <translation> puede que se haya creado o no: no se pudo leer la lista de campañas (%1). FotaDesk lo comprobará de nuevo en el próximo inicio; no la cree otra vez antes de eso.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source> was created: campaign %1 (%2). Nothing was sent again.</source>
        <translation> se creó: campaña %1 (%2). No se volvió a enviar nada.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source> was created: campaign %1.</source>
        <translation> se creó: campaña %1.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Campaign %1 created (found by the check after an unknown outcome)</source>
        <translation>Campaña %1 creada (encontrada por la comprobación tras un resultado desconocido)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> was not created (it is not in the campaign list). Create it again if you still need it.</source>
        <translation> no se creó (no está en la lista de campañas). Vuelva a crearla si todavía la necesita.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not created (checked against the campaign list after an unknown outcome)</source>
        <translation>No creada (comprobado con la lista de campañas tras un resultado desconocido)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> may have been created: %1 campaigns look the same (%2). Check which one is yours before creating it again.</source>
        <translation> puede que se haya creado: %1 campañas parecen iguales (%2). Compruebe cuál es la suya antes de volver a crearla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Several look-alike campaigns: %1</source>
        <translation>Varias campañas parecidas: %1</translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateResultPage</name>
    <message>
        <location filename="../src/gui/create/CreateResultPage.cpp" line="+57"/>
        <source>digits of an IMEI, or words of the reason</source>
        <translation>dígitos de un IMEI, o palabras del motivo</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (id %2)&lt;br&gt;%3 %4: %5 → %6 (%7)&lt;br&gt;%8 to %9, %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (ID %2)&lt;br&gt;%3 %4: %5 → %6 (%7)&lt;br&gt;del %8 al %9, %10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the campaign&apos;s device report…</source>
        <translation>Leyendo el informe de dispositivos de la campaña…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Reading the campaign&apos;s device report: %Ln device(s)…</source>
        <translation>
            <numerusform>Leyendo el informe de dispositivos de la campaña: %Ln dispositivo…</numerusform>
            <numerusform>Leyendo el informe de dispositivos de la campaña: %Ln dispositivos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reading the campaign&apos;s device report: %1 of %Ln device(s)…</source>
        <translation>
            <numerusform>Leyendo el informe de dispositivos de la campaña: %1 de %Ln dispositivo…</numerusform>
            <numerusform>Leyendo el informe de dispositivos de la campaña: %1 de %Ln dispositivos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%1 of %Ln device(s) are in the campaign&apos;s report: %2 pending, %3 in progress, %4 succeeded, %5 failed, %6 other.</source>
        <translation>
            <numerusform>%1 de %Ln dispositivo está en el informe de la campaña: %2 pendientes, %3 en curso, %4 correctos, %5 fallidos, %6 otros.</numerusform>
            <numerusform>%1 de %Ln dispositivos están en el informe de la campaña: %2 pendientes, %3 en curso, %4 correctos, %5 fallidos, %6 otros.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The device report could not be read; the campaign page shows it later.</source>
        <translation>No se pudo leer el informe de dispositivos; la página de la campaña lo mostrará más tarde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not in the campaign&apos;s device report</source>
        <translation>no está en el informe de dispositivos de la campaña</translation>
    </message>
</context>
<context>
    <name>fotadesk::CreateSubmitPage</name>
    <message>
        <location filename="../src/gui/create/CreateSubmitPage.cpp" line="+29"/>
        <source>Show &amp;result</source>
        <translation>Mostrar &amp;resultado</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>Sending the campaign &quot;%1&quot; with %Ln device(s)…</source>
        <translation>
            <numerusform>Enviando la campaña «%1» con %Ln dispositivo…</numerusform>
            <numerusform>Enviando la campaña «%1» con %Ln dispositivos…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No answer came: the campaign may or may not have been created.</source>
        <translation>No llegó respuesta: puede que la campaña se haya creado o no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign was not created.</source>
        <translation>No se creó la campaña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not send it again yet: look for the campaign first. FotaDesk searches the campaign history for one with this name, firmware and dates.</source>
        <translation>No la envíe de nuevo todavía: busque primero la campaña. FotaDesk busca en el historial de campañas una con este nombre, firmware y fechas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was created. Every field is as you left it: use Back to change what the server refused, then schedule again.</source>
        <translation>No se creó nada. Todos los campos están como los dejó: use Atrás para cambiar lo que rechazó el servidor y vuelva a programar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Looking for the campaign in the campaign history…</source>
        <translation>Buscando la campaña en el historial de campañas…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The campaign history could not be searched; try again.</source>
        <translation>No se pudo buscar en el historial de campañas; vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the campaign was created is still unknown.</source>
        <translation>Todavía se desconoce si se creó la campaña.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No campaign matches the request: it was not created. Sending it again is safe.</source>
        <translation>Ninguna campaña coincide con la solicitud: no se creó. Es seguro enviarla de nuevo.</translation>
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
            <numerusform>%Ln campaña se parece a esta solicitud (las más antiguas pueden ser idénticas). Elija la que creó; no se vuelve a enviar nada.</numerusform>
            <numerusform>%Ln campañas se parecen a esta solicitud (las más antiguas pueden ser idénticas). Elija la que creó; no se vuelve a enviar nada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Campaign %1 was created (status: %2).</source>
        <translation>Se creó la campaña %1 (estado: %2).</translation>
    </message>
</context>
<context>
    <name>fotadesk::Credentials</name>
    <message>
        <location filename="../src/api/CredentialSource.cpp" line="+21"/>
        <source>client id</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client secret</source>
        <translation>secreto de cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
</context>
<context>
    <name>fotadesk::CredentialsDialog</name>
    <message>
        <location filename="../src/gui/signin/CredentialsDialog.cpp" line="+21"/>
        <source>Sign in to the %1 environment. The client secret and the password are kept in memory for this run, and in the system keychain only if you tick the box below: never in a file, the settings or a log.</source>
        <translation>Inicie sesión en el entorno %1. El secreto de cliente y la contraseña se guardan en memoria durante esta ejecución, y en el llavero del sistema solo si marca la casilla de abajo: nunca en un archivo, en la configuración ni en un registro.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still missing: %1.</source>
        <translation>Todavía falta: %1.</translation>
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
        <translation>La respuesta del servicio no menciona este dispositivo.</translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceChangeDialog</name>
    <message>
        <location filename="../src/gui/devices/DeviceChangeDialog.cpp" line="+63"/>
        <source>Add devices — %1</source>
        <translation>Añadir dispositivos — %1</translation>
    </message>
    <message>
        <location filename="../src/app/screenshots/ScreenshotDriver.cpp" line="+582"/>
        <location filename="../src/gui/devices/DeviceChangeDialog.cpp" line="+1"/>
        <source>Remove devices — %1</source>
        <translation>Quitar dispositivos — %1</translation>
    </message>
    <message>
        <location filename="../src/gui/devices/DeviceChangeDialog.cpp" line="+3"/>
        <source>Devices to &lt;b&gt;add&lt;/b&gt; to &lt;b&gt;%1&lt;/b&gt; (id %2, %3 %4). List them below, then send.</source>
        <translation>Dispositivos que se &lt;b&gt;añadirán&lt;/b&gt; a &lt;b&gt;%1&lt;/b&gt; (ID %2, %3 %4). Enumérelos abajo y luego envíe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices to &lt;b&gt;remove&lt;/b&gt; from &lt;b&gt;%1&lt;/b&gt; (id %2, %3 %4). List them below, then send.</source>
        <translation>Dispositivos que se &lt;b&gt;quitarán&lt;/b&gt; de &lt;b&gt;%1&lt;/b&gt; (ID %2, %3 %4). Enumérelos abajo y luego envíe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assign licenses</source>
        <translation>Asignar licencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices to &lt;b&gt;give a FOTA license&lt;/b&gt; from the account&apos;s pool. List them below, then send.</source>
        <translation>Dispositivos a los que se &lt;b&gt;dará una licencia FOTA&lt;/b&gt; de la reserva de la cuenta. Enumérelos abajo y luego envíe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove licenses</source>
        <translation>Quitar licencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices whose FOTA license to &lt;b&gt;remove&lt;/b&gt; (it returns to the account&apos;s pool). List them below, then send.</source>
        <translation>Dispositivos cuya licencia FOTA se &lt;b&gt;quitará&lt;/b&gt; (vuelve a la reserva de la cuenta). Enumérelos abajo y luego envíe.</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Not in this campaign: not sent</source>
        <translation>No está en esta campaña: no enviado</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Adding %Ln device(s) in %1 request(s)…</source>
        <translation>
            <numerusform>Añadiendo %Ln dispositivo en %1 solicitud(es)…</numerusform>
            <numerusform>Añadiendo %Ln dispositivos en %1 solicitud(es)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Removing %Ln device(s) in %1 request(s)…</source>
        <translation>
            <numerusform>Quitando %Ln dispositivo en %1 solicitud(es)…</numerusform>
            <numerusform>Quitando %Ln dispositivos en %1 solicitud(es)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Assigning licenses to %Ln device(s) in %1 request(s)…</source>
        <translation>
            <numerusform>Asignando licencias a %Ln dispositivo en %1 solicitud(es)…</numerusform>
            <numerusform>Asignando licencias a %Ln dispositivos en %1 solicitud(es)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Removing the licenses of %Ln device(s) in %1 request(s)…</source>
        <translation>
            <numerusform>Quitando la licencia de %Ln dispositivo en %1 solicitud(es)…</numerusform>
            <numerusform>Quitando las licencias de %Ln dispositivos en %1 solicitud(es)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Refused devices are not sent again: the server gave a reason that sending them again would not change.</source>
        <translation>Los dispositivos rechazados no se vuelven a enviar: el servidor dio un motivo que un nuevo envío no cambiaría.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&quot;Retry&quot; sends only the %Ln device(s) without an answer.</source>
        <translation>
            <numerusform>«Reintentar» envía solo el %Ln dispositivo sin respuesta.</numerusform>
            <numerusform>«Reintentar» envía solo los %Ln dispositivos sin respuesta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln device(s) not in the campaign were left out (not sent; marked in the list): %1.</source>
        <translation>
            <numerusform>Se omitió %Ln dispositivo que no está en la campaña (no enviado; marcado en la lista): %1.</numerusform>
            <numerusform>Se omitieron %Ln dispositivos que no están en la campaña (no enviados; marcados en la lista): %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Done: %1 added, %2 already in the campaign, %3 refused by the server, %4 without an answer.</source>
        <translation>Terminado: %1 añadidos, %2 ya en la campaña, %3 rechazados por el servidor, %4 sin respuesta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: %1 removed, %2 not in the campaign, %3 refused by the server, %4 without an answer.</source>
        <translation>Terminado: %1 quitados, %2 no estaban en la campaña, %3 rechazados por el servidor, %4 sin respuesta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: %1 licensed, %2 already licensed, %3 refused by the server, %4 without an answer.</source>
        <translation>Terminado: %1 con licencia, %2 ya tenían licencia, %3 rechazados por el servidor, %4 sin respuesta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: %1 licenses removed, %2 had no license, %3 refused by the server, %4 without an answer.</source>
        <translation>Terminado: %1 licencias quitadas, %2 no tenían licencia, %3 rechazados por el servidor, %4 sin respuesta.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln device(s) answered with a status FotaDesk does not know (shown as it came).</source>
        <translation>
            <numerusform>%Ln dispositivo respondió con un estado que FotaDesk no conoce (se muestra tal como llegó).</numerusform>
            <numerusform>%Ln dispositivos respondieron con un estado que FotaDesk no conoce (se muestra tal como llegó).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>A&amp;dd %Ln device(s)</source>
        <translation>
            <numerusform>&amp;Añadir %Ln dispositivo</numerusform>
            <numerusform>&amp;Añadir %Ln dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remo&amp;ve %Ln device(s)</source>
        <translation>
            <numerusform>Quitar %Ln disp&amp;ositivo</numerusform>
            <numerusform>Quitar %Ln disp&amp;ositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A&amp;ssign licenses to %Ln device(s)</source>
        <translation>
            <numerusform>A&amp;signar licencia a %Ln dispositivo</numerusform>
            <numerusform>A&amp;signar licencias a %Ln dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remo&amp;ve the licenses of %Ln device(s)</source>
        <translation>
            <numerusform>Quitar la licencia de %Ln disp&amp;ositivo</numerusform>
            <numerusform>Quitar las licencias de %Ln disp&amp;ositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>&amp;Retry %Ln device(s) without an answer</source>
        <translation>
            <numerusform>&amp;Reintentar %Ln dispositivo sin respuesta</numerusform>
            <numerusform>&amp;Reintentar %Ln dispositivos sin respuesta</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send again only the devices that got no answer; refused devices and devices that needed no change are not sent.</source>
        <translation>Vuelve a enviar solo los dispositivos que no recibieron respuesta; los rechazados y los que no necesitaban cambios no se envían.</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not sent: the run was stopped.</source>
        <translation>No enviado: se detuvo la ejecución.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The requests without an answer are kept as batch %1: the next start offers to send them (or run &apos;fotactl campaign resume %1&apos;).</source>
        <translation>Las solicitudes sin respuesta se guardan como lote %1: el próximo inicio ofrece enviarlas (o ejecute &apos;fotactl campaign resume %1&apos;).</translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceInventoryCheck</name>
    <message>
        <location filename="../src/core/DeviceInventoryCheck.cpp" line="+90"/>
        <source>Will be accepted</source>
        <translation>Será aceptado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in this account</source>
        <translation>No está en esta cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other make or model than the package</source>
        <translation>Otro fabricante o modelo que el paquete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not FOTA-eligible</source>
        <translation>No apto para FOTA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other protocol than the package</source>
        <translation>Otro protocolo que el paquete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No license</source>
        <translation>Sin licencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already at the target firmware</source>
        <translation>Ya tiene el firmware de destino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware is not the package&apos;s starting version</source>
        <translation>El firmware no es la versión de partida del paquete</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reports firmware %1, not %2</source>
        <translation>Informa el firmware %1, no %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already reports %1</source>
        <translation>Ya informa %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>not connected for %Ln day(s)</source>
        <translation>
            <numerusform>sin conexión desde hace %Ln día</numerusform>
            <numerusform>sin conexión desde hace %Ln días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceInventoryLine</name>
    <message>
        <location filename="../src/gui/lookup/DeviceInventoryLine.cpp" line="+46"/>
        <source>Device inventory</source>
        <translation>Inventario de dispositivos</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the account&apos;s device inventory for %1…</source>
        <translation>Leyendo el inventario de dispositivos de la cuenta para %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is &lt;b&gt;not in this account&lt;/b&gt; (%2): the account&apos;s device inventory does not list it, so no campaign of this account can upgrade it. Check the IMEI, or sign in to the account the device belongs to.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;b&gt;no está en esta cuenta&lt;/b&gt; (%2): el inventario de dispositivos de la cuenta no lo incluye, así que ninguna campaña de esta cuenta puede actualizarlo. Compruebe el IMEI o inicie sesión en la cuenta a la que pertenece el dispositivo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The account&apos;s inventory entry of %1 could not be read; the upgrade history below does not depend on it. Look the device up again to retry.</source>
        <translation>No se pudo leer la entrada de inventario de %1 en la cuenta; el historial de actualizaciones de abajo no depende de ella. Vuelva a buscar el dispositivo para reintentarlo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+22"/>
        <location line="+3"/>
        <source>not reported</source>
        <translation>no informado</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 (today)</source>
        <translation>%1 (hoy)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%Ln day(s) ago)</source>
        <translation>
            <numerusform>%1 (hace %Ln día)</numerusform>
            <numerusform>%1 (hace %Ln días)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In the account&apos;s device inventory</source>
        <translation>En el inventario de dispositivos de la cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make and model:</source>
        <translation>Marca y modelo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FOTA-eligible:</source>
        <translation>Apto para FOTA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Current firmware:</source>
        <translation>Firmware actual:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licensed:</source>
        <translation>Con licencia:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol:</source>
        <translation>Protocolo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last connection:</source>
        <translation>Última conexión:</translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceListEditor</name>
    <message>
        <location filename="../src/gui/devices/DeviceListEditor.cpp" line="+78"/>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Válidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlicensed</source>
        <translation>Sin licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>Correctos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>the pasted text</source>
        <translation>el texto pegado</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An import is running: wait for it or cancel it before adding more.</source>
        <translation>Hay una importación en curso: espere a que termine o cancélela antes de añadir más.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import of %1 cancelled: nothing was added.</source>
        <translation>Importación de %1 cancelada: no se añadió nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be imported: %2</source>
        <translation>No se pudo importar %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one value per line</source>
        <translation>un valor por línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1-separated</source>
        <translation>separado por %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, column &quot;%1&quot;</source>
        <translation>, columna «%1»</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln duplicate line(s) (%1 listed below, the other %2 merged on import)</source>
        <translation>
            <numerusform>%Ln línea duplicada (%1 en la lista de abajo, las otras %2 fusionadas al importar)</numerusform>
            <numerusform>%Ln líneas duplicadas (%1 en la lista de abajo, las otras %2 fusionadas al importar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln duplicate line(s)</source>
        <translation>
            <numerusform>%Ln línea duplicada</numerusform>
            <numerusform>%Ln líneas duplicadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1 (%2): %3, %4, %5.</source>
        <translation>%1 importado (%2): %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln IMEI(s)</source>
        <translation>
            <numerusform>%Ln IMEI</numerusform>
            <numerusform>%Ln IMEI</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln rejected line(s)</source>
        <translation>
            <numerusform>%Ln línea rechazada</numerusform>
            <numerusform>%Ln líneas rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Only the first %Ln rejected line(s) are listed.</source>
        <translation>
            <numerusform>Solo se muestra la primera %Ln línea rechazada.</numerusform>
            <numerusform>Solo se muestran las primeras %Ln líneas rechazadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import devices</source>
        <translation>Importar dispositivos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device lists (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Listas de dispositivos (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The list already holds devices</source>
        <translation>La lista ya contiene dispositivos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Append to it</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Replace the list</source>
        <translation>&amp;Sustituir la lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported from %1: the list stays as it was.</source>
        <translation>No se importó nada de %1: la lista queda como estaba.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The clipboard holds no text to paste.</source>
        <translation>El portapapeles no contiene texto que pegar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>the clipboard</source>
        <translation>el portapapeles</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+1"/>
        <source>the dropped text</source>
        <translation>el texto soltado</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The last removal was undone.</source>
        <translation>Se deshizo la última eliminación.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Completed %1 14-digit IMEI(s) with their check digit; %2 of them were already listed and were merged.</source>
        <translation>Se completaron %1 IMEI de 14 dígitos con su dígito de control; %2 de ellos ya estaban en la lista y se fusionaron.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Export devices</source>
        <translation>Exportar dispositivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>Exported %Ln IMEI(s) to %1.</source>
        <translation>
            <numerusform>%Ln IMEI exportado a %1.</numerusform>
            <numerusform>%Ln IMEI exportados a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Remove all %Ln row(s) from the list? This cannot be undone.</source>
        <translation>
            <numerusform>¿Quitar la %Ln fila de la lista? No se puede deshacer.</numerusform>
            <numerusform>¿Quitar las %Ln filas de la lista? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Clear the device list</source>
        <translation>Vaciar la lista de dispositivos</translation>
    </message>
    <message numerus="yes">
        <location line="-250"/>
        <source>The list holds %Ln row(s). Append %1 to them, or replace them with %1?</source>
        <translation>
            <numerusform>La lista contiene %Ln fila. ¿Añadir %1 o sustituir la lista por %1?</numerusform>
            <numerusform>La lista contiene %Ln filas. ¿Añadir %1 o sustituir la lista por %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>Removed %Ln row(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Se quitó %Ln fila. Deshacer con Ctrl+Z.</numerusform>
            <numerusform>Se quitaron %Ln filas. Deshacer con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last correction was undone: the line is rejected again.</source>
        <translation>Se deshizo la última corrección: la línea vuelve a estar rechazada.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Merged %Ln duplicate row(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Se fusionó %Ln fila duplicada. Deshacer con Ctrl+Z.</numerusform>
            <numerusform>Se fusionaron %Ln filas duplicadas. Deshacer con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Export rejected lines</source>
        <translation>Exportar líneas rechazadas</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %Ln rejected line(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %Ln línea rechazada a %1.</numerusform>
            <numerusform>Se exportaron %Ln líneas rechazadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Clear the list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list was cleared.</source>
        <translation>Se vació la lista.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid: %1   ·   Rejected: %2   ·   Duplicates: %3   ·   Unlicensed: %4</source>
        <translation>Válidos: %1   ·   Rechazados: %2   ·   Duplicados: %3   ·   Sin licencia: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not checked</source>
        <translation>no comprobado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>   ·   Failed: %1</source>
        <translation>   ·   Fallidos: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlicensed devices are found on the check page, from the licenses report.</source>
        <translation>Los dispositivos sin licencia se detectan en la página de comprobación a partir del informe de licencias.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fix 14-di&amp;git IMEIs (%1)</source>
        <translation>Co&amp;mpletar IMEI de 14 dígitos (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected lines (%1)</source>
        <translation>Líneas rechazadas (%1)</translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceListModel</name>
    <message>
        <location filename="../src/models/DeviceListModel.cpp" line="+72"/>
        <source>Suggested: %1</source>
        <translation>Sugerido: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No license</source>
        <translation>Sin licencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This IMEI is already in the list: merge duplicates to keep one row.</source>
        <translation>Este IMEI ya está en la lista: fusione los duplicados para conservar una fila.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No FOTA license is attached to this device: assign one first, or turn on automatic license assignment.</source>
        <translation>Este dispositivo no tiene ninguna licencia FOTA asignada: asígnele una primero o active la asignación automática de licencias.</translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceListWindow</name>
    <message>
        <location filename="../src/gui/devices/DeviceListWindow.cpp" line="+29"/>
        <source>Device list</source>
        <translation>Lista de dispositivos</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+53"/>
        <source>&amp;New campaign with these devices</source>
        <translation>&amp;Nueva campaña con estos dispositivos</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Start the create-campaign form with the valid IMEIs of this list</source>
        <translation>Empezar el formulario de creación de campaña con los IMEI válidos de esta lista</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Device list — %1</source>
        <translation>Lista de dispositivos — %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>&amp;New campaign with these %Ln devices</source>
        <translation>
            <numerusform>&amp;Nueva campaña con este %Ln dispositivo</numerusform>
            <numerusform>&amp;Nueva campaña con estos %Ln dispositivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceLookupPage</name>
    <message>
        <location filename="../src/gui/lookup/DeviceLookupPage.cpp" line="+74"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report updated</source>
        <translation>Informe actualizado</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Enter or paste the device&apos;s 15-digit IMEI.</source>
        <translation>Escriba o pegue el IMEI de 15 dígitos del dispositivo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✓ %1 is a valid IMEI (TAC %2).</source>
        <translation>✓ %1 es un IMEI válido (TAC %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Looking up %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Campaign %1…</source>
        <translation>Campaña %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to open campaign %1</source>
        <translation>Haga doble clic para abrir la campaña %1</translation>
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
        <translation>Aquí se mostrarán la línea del dispositivo en el inventario de la cuenta, su historial de actualizaciones en todas las campañas y el estado de su licencia FOTA.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The upgrade history of %1 could not be read.</source>
        <translation>No se pudo leer el historial de actualizaciones de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is in no campaign of account %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; no está en ninguna campaña de la cuenta %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; has been in %Ln campaign(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; ha estado en %Ln campaña.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; ha estado en %Ln campañas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>FOTA license: &lt;b&gt;assigned&lt;/b&gt; since %1.</source>
        <translation>Licencia FOTA: &lt;b&gt;asignada&lt;/b&gt; desde %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FOTA license: &lt;b&gt;assigned&lt;/b&gt;.</source>
        <translation>Licencia FOTA: &lt;b&gt;asignada&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FOTA license: &lt;b&gt;none&lt;/b&gt; — the device cannot join a campaign until a license is assigned (or the campaign auto-assigns licenses).</source>
        <translation>Licencia FOTA: &lt;b&gt;ninguna&lt;/b&gt; — el dispositivo no puede unirse a una campaña hasta que se le asigne una licencia (o la campaña asigne licencias automáticamente).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The license state could not be read.</source>
        <translation>No se pudo leer el estado de la licencia.</translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceResultModel</name>
    <message>
        <location filename="../src/models/DeviceResultModel.cpp" line="+59"/>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already in the campaign</source>
        <translation>Ya está en la campaña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in the campaign</source>
        <translation>No está en la campaña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already licensed</source>
        <translation>Ya tiene licencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Had no license</source>
        <translation>No tenía licencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already done</source>
        <translation>Ya hecho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last attempt</source>
        <translation>Último intento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware check</source>
        <translation>Comprobación de firmware</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mismatch: %1</source>
        <translation>Discrepancia: %1</translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceTableActions</name>
    <message>
        <location filename="../src/gui/devices/DeviceTableActions.cpp" line="+24"/>
        <source>&amp;Copy IMEIs</source>
        <translation>&amp;Copiar IMEI</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>&amp;Copy %Ln IMEI(s)</source>
        <translation>
            <numerusform>&amp;Copiar %Ln IMEI</numerusform>
            <numerusform>&amp;Copiar %Ln IMEI</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Look up this device</source>
        <translation>&amp;Consultar este dispositivo</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Put %Ln device(s) into a &amp;new campaign…</source>
        <translation>
            <numerusform>Poner %Ln dispositivo en una campaña &amp;nueva…</numerusform>
            <numerusform>Poner %Ln dispositivos en una campaña &amp;nueva…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Remove %Ln device(s) from the campaign…</source>
        <translation>
            <numerusform>&amp;Quitar %Ln dispositivo de la campaña…</numerusform>
            <numerusform>&amp;Quitar %Ln dispositivos de la campaña…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>&amp;Export %Ln device(s) as CSV…</source>
        <translation>
            <numerusform>&amp;Exportar %Ln dispositivo como CSV…</numerusform>
            <numerusform>&amp;Exportar %Ln dispositivos como CSV…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::DeviceZones</name>
    <message>
        <location filename="../src/core/DeviceZones.cpp" line="+133"/>
        <source>device %1: the site &quot;%2&quot; is not in the plan&apos;s &quot;sites&quot;; add &quot;%2&quot;: &quot;Europe/Berlin&quot; (its time zone) to &quot;sites&quot;.</source>
        <translation>dispositivo %1: el sitio &quot;%2&quot; no está en &quot;sites&quot; del plan; añada &quot;%2&quot;: &quot;Europe/Berlin&quot; (su zona horaria) a &quot;sites&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>device %1: &quot;%2&quot; is not a time zone; write an IANA zone such as Europe/Berlin or America/New_York, or an offset such as +01:00.</source>
        <translation>dispositivo %1: &quot;%2&quot; no es una zona horaria; escriba una zona IANA como Europe/Berlin o America/New_York, o un desfase como +01:00.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the plan asks for local windows but the device list has no time zone column; add a column &quot;timezone&quot; (e.g. Europe/Berlin) or &quot;site&quot; (with the plan&apos;s &quot;sites&quot;), or set the plan&apos;s &quot;defaultZone&quot;.</source>
        <translation>el plan pide franjas locales pero la lista de dispositivos no tiene columna de zona horaria; añada una columna &quot;timezone&quot; (p. ej. Europe/Berlin) o &quot;site&quot; (con &quot;sites&quot; del plan), o defina &quot;defaultZone&quot; en el plan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>device %1 has no %2; fill in its %2, or set the plan&apos;s &quot;defaultZone&quot; for devices without one.</source>
        <translation>el dispositivo %1 no tiene %2; rellene %2 o defina &quot;defaultZone&quot; en el plan para los dispositivos sin ella.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>site</source>
        <translation>sitio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time zone</source>
        <translation>zona horaria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: … and %2 more lines like these.</source>
        <translation>%1: … y %2 líneas más como estas.</translation>
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
        <translation>Lista de dispositivos sin título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices for campaign %1</source>
        <translation>Dispositivos para la campaña %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untitled campaign</source>
        <translation>Campaña sin título</translation>
    </message>
</context>
<context>
    <name>fotadesk::DraftListModel</name>
    <message>
        <location filename="../src/gui/drafts/DraftListModel.cpp" line="+32"/>
        <source>Create campaign</source>
        <translation>Crear campaña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device list</source>
        <translation>Lista de dispositivos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>For campaign %1</source>
        <translation>Para la campaña %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last saved</source>
        <translation>Guardado por última vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
</context>
<context>
    <name>fotadesk::DraftsPage</name>
    <message>
        <location filename="../src/gui/drafts/DraftsPage.cpp" line="+83"/>
        <source>This kind of draft cannot be reopened here.</source>
        <translation>Este tipo de borrador no se puede reabrir aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This device list was saved for campaign %1 of account %2 (%3 profile); FotaDesk is connected to account %4 (%5 profile). Start FotaDesk on the %3 profile with --account %2 to reopen it there; the draft is kept.</source>
        <translation>Esta lista de dispositivos se guardó para la campaña %1 de la cuenta %2 (perfil %3); FotaDesk está conectado a la cuenta %4 (perfil %5). Inicie FotaDesk con el perfil %3 y --account %2 para reabrirla allí; el borrador se conserva.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+5"/>
        <source>Draft not reopened</source>
        <translation>Borrador no reabierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft &quot;%1&quot; could not be read from the workspace. It is kept; the log in the data directory says why.</source>
        <translation>No se pudo leer el borrador «%1» del espacio de trabajo. Se conserva; el registro del directorio de datos indica el motivo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Discard draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Discard the draft &quot;%1&quot; (%2, %Ln device(s))? This cannot be undone.</source>
        <translation>
            <numerusform>¿Descartar el borrador «%1» (%2, %Ln dispositivo)? No se puede deshacer.</numerusform>
            <numerusform>¿Descartar el borrador «%1» (%2, %Ln dispositivos)? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft not discarded</source>
        <translation>Borrador no descartado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace did not remove the draft &quot;%1&quot;; it is kept.</source>
        <translation>El espacio de trabajo no eliminó el borrador «%1»; se conserva.</translation>
    </message>
</context>
<context>
    <name>fotadesk::EditDatesDialog</name>
    <message>
        <location filename="../src/gui/campaign/EditDatesDialog.cpp" line="+38"/>
        <source>Edit dates — %1</source>
        <translation>Editar fechas — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (id %2): %3 to %4, %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (ID %2): del %3 al %4, %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The campaign started on %1: only a later end date can be set now (at least 24 hours from now). The start date and the time windows stay as they are and are sent unchanged.</source>
        <translation>La campaña empezó el %1: ahora solo se puede fijar una fecha de fin posterior (al menos 24 horas a partir de ahora). La fecha de inicio y las ventanas horarias quedan como están y se envían sin cambios.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The campaign has not started: dates and windows may all change. Unchanged fields are sent too, as the service requires.</source>
        <translation>La campaña no ha empezado: pueden cambiar todas las fechas y ventanas. Los campos sin cambios también se envían, como exige el servicio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The campaign has started: its start date is fixed.</source>
        <translation>La campaña ha empezado: su fecha de inicio es fija.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The campaign has started: only the end date can change.</source>
        <translation>La campaña ha empezado: solo puede cambiar la fecha de fin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save dates</source>
        <translation>Guardar fechas</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>After the start only a later end date can be set: choose %1 or later.</source>
        <translation>Tras el inicio solo se puede fijar una fecha de fin posterior: elija %1 o una fecha posterior.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Will send: start %1, end %2, time windows %3%4</source>
        <translation>Se enviará: inicio %1, fin %2, ventanas horarias %3%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (nothing changed)</source>
        <translation> (sin cambios)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The dates were not changed. Your entries are kept: correct them and save again.</source>
        <translation>No se cambiaron las fechas. Lo introducido se conserva: corríjalo y vuelva a guardar.</translation>
    </message>
</context>
<context>
    <name>fotadesk::Environment</name>
    <message>
        <location filename="../src/api/Environment.cpp" line="+65"/>
        <source>The base URL &apos;%1&apos; is not a valid URL; give one like https://thingspace.verizon.com/api.</source>
        <translation>La URL base &apos;%1&apos; no es una URL válida; indique una como https://thingspace.verizon.com/api.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The base URL &apos;%1&apos; must start with https:// (or http:// for a local simulator).</source>
        <translation>La URL base &apos;%1&apos; debe empezar por https:// (o http:// para un simulador local).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No account name is set: give the ThingSpace account (for example 0000123456-00001).</source>
        <translation>No hay nombre de cuenta: indique la cuenta de ThingSpace (por ejemplo 0000123456-00001).</translation>
    </message>
</context>
<context>
    <name>fotadesk::FileWriter</name>
    <message>
        <location filename="../src/core/FileWriter.cpp" line="+47"/>
        <source>a file is written only whole, never read or appended</source>
        <translation>un archivo solo se escribe completo, nunca se lee ni se añade al final</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write %1: %2. The previous file is unchanged.</source>
        <translation>No se pudo escribir %1: %2. El archivo anterior no ha cambiado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2. No file was created.</source>
        <translation>No se pudo escribir %1: %2. No se creó ningún archivo.</translation>
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
        <translation>Fabricante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From → to</source>
        <translation>De → a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Launch date</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release note</source>
        <translation>Nota de versión</translation>
    </message>
</context>
<context>
    <name>fotadesk::FirmwareVerification</name>
    <message>
        <location filename="../src/core/FirmwareVerification.cpp" line="+124"/>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mismatch</source>
        <translation>Discrepancia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reported yet</source>
        <translation>Aún sin informar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reports %1</source>
        <translation>Informa %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports %1, not %2</source>
        <translation>Informa %1, no %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No firmware version reported</source>
        <translation>No se informó ninguna versión de firmware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No firmware version reported (%1)</source>
        <translation>No se informó ninguna versión de firmware (%1)</translation>
    </message>
</context>
<context>
    <name>fotadesk::FirmwareVerifyBar</name>
    <message>
        <location filename="../src/gui/campaign/FirmwareVerifyBar.cpp" line="+31"/>
        <source>Ver&amp;ify firmware</source>
        <translation>Verificar firm&amp;ware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop verifying</source>
        <translation>Detener la verificación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verify firmware</source>
        <translation>Verificar firmware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop verifying firmware</source>
        <translation>Detener la verificación del firmware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware verification progress</source>
        <translation>Progreso de la verificación del firmware</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Firmware verification result</source>
        <translation>Resultado de la verificación del firmware</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not verified yet: Verify firmware asks every device the report calls successful which firmware it runs.</source>
        <translation>Aún sin verificar: «Verificar firmware» pregunta a cada dispositivo que el informe da por correcto qué firmware ejecuta.</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>Verifying firmware… %1 of %Ln device(s) asked</source>
        <translation>
            <numerusform>Verificando firmware… %1 de %Ln dispositivo consultados</numerusform>
            <numerusform>Verificando firmware… %1 de %Ln dispositivos consultados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Firmware %1, checked %2: %3 verified · %4 mismatch · %5 not reported yet</source>
        <translation>Firmware %1, comprobado %2: %3 verificados · %4 con discrepancia · %5 aún sin informar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(Not journaled: %1)</source>
        <translation>(Sin registrar en el diario: %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Of the %Ln device(s) the report called successful.</source>
        <translation>
            <numerusform>Del %Ln dispositivo que el informe dio por correcto.</numerusform>
            <numerusform>De los %Ln dispositivos que el informe dio por correctos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ask every device the report calls successful which firmware it runs (firmware sync, 100 devices a request) and compare it with the campaign&apos;s target firmware</source>
        <translation>Preguntar a cada dispositivo que el informe da por correcto qué firmware ejecuta (sincronización de firmware, 100 dispositivos por petición) y compararlo con el firmware de destino de la campaña</translation>
    </message>
</context>
<context>
    <name>fotadesk::FirmwareVerifyRun</name>
    <message>
        <location filename="../src/workflow/FirmwareVerifyRun.cpp" line="+55"/>
        <source>A verification of this campaign is running already.</source>
        <translation>Ya hay una verificación de esta campaña en curso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign %1 states no target firmware, so there is nothing to compare the devices&apos; firmware with. Reload the campaign and try again.</source>
        <translation>La campaña %1 no indica firmware de destino, así que no hay nada con lo que comparar el firmware de los dispositivos. Vuelva a cargar la campaña e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No device of campaign %1 has succeeded yet, so there is nothing to verify. Refresh the device status once devices report success.</source>
        <translation>Ningún dispositivo de la campaña %1 ha terminado con éxito todavía, así que no hay nada que verificar. Actualice el estado de los dispositivos cuando informen de éxito.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>stopped before this device was asked</source>
        <translation>detenido antes de preguntar a este dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the firmware sync did not answer for this device</source>
        <translation>la sincronización de firmware no respondió para este dispositivo</translation>
    </message>
</context>
<context>
    <name>fotadesk::HttpJob</name>
    <message>
        <location filename="../src/api/HttpJob.cpp" line="+65"/>
        <source> (certificate of &apos;%1&apos;, issued by &apos;%2&apos;, valid until %3)</source>
        <translation> (certificado de &apos;%1&apos;, emitido por &apos;%2&apos;, válido hasta %3)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>This request needs a signed-in client, but none is set up.</source>
        <translation>Esta solicitud necesita un cliente con sesión iniciada, pero no hay ninguno configurado.</translation>
    </message>
</context>
<context>
    <name>fotadesk::Imei</name>
    <message>
        <location filename="../src/core/Imei.cpp" line="+186"/>
        <source>Valid IMEI.</source>
        <translation>IMEI válido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No IMEI given: the value is empty.</source>
        <translation>No se indicó ningún IMEI: el valor está vacío.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contains “%1”, which is not a digit: an IMEI is exactly 15 digits (spaces and dashes are allowed between them).</source>
        <translation>Contiene «%1», que no es un dígito: un IMEI tiene exactamente 15 dígitos (se admiten espacios y guiones entre ellos).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only %1 digits: an IMEI has exactly 15. Check that the value was not cut short or that leading digits were not dropped.</source>
        <translation>Solo %1 dígitos: un IMEI tiene exactamente 15. Compruebe que el valor no se haya cortado ni se hayan perdido dígitos iniciales.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>14 digits: the Luhn check digit is missing. The complete IMEI is %1 (check digit %2 appended).</source>
        <translation>14 dígitos: falta el dígito de control Luhn. El IMEI completo es %1 (con el dígito de control %2 añadido).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>16 digits: this is an IMEISV (IMEI with a 2-digit software version), not an IMEI. The device&apos;s IMEI is %1.</source>
        <translation>16 dígitos: es un IMEISV (IMEI con una versión de software de 2 dígitos), no un IMEI. El IMEI del dispositivo es %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 digits is too many: an IMEI has exactly 15. Check that two values were not joined together.</source>
        <translation>%1 dígitos son demasiados: un IMEI tiene exactamente 15. Compruebe que no se hayan unido dos valores.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong check digit: the last digit is %1 but these first 14 digits need %2. Look for a mistyped or swapped digit.</source>
        <translation>Dígito de control incorrecto: el último dígito es %1, pero estos 14 primeros dígitos requieren %2. Busque un dígito mal escrito o intercambiado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written in scientific notation (such as 3.56938E+14): the spreadsheet has already dropped digits and they cannot be recovered. Format the IMEI column as Text before exporting (Excel: Format Cells → Text) and export again.</source>
        <translation>Escrito en notación científica (como 3.56938E+14): la hoja de cálculo ya ha perdido dígitos y no se pueden recuperar. Dé formato de texto a la columna de IMEI antes de exportar (Excel: Formato de celdas → Texto) y vuelva a exportar.</translation>
    </message>
</context>
<context>
    <name>fotadesk::ImeiImporter</name>
    <message>
        <location filename="../src/core/ImeiImporter.cpp" line="+300"/>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>“%1” is a folder, not a file: give the path of the exported device list (CSV, TSV or TXT).</source>
        <translation>«%1» es una carpeta, no un archivo: indique la ruta de la lista de dispositivos exportada (CSV, TSV o TXT).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read “%1”: %2. Check that you have permission to read it.</source>
        <translation>No se puede leer «%1»: %2. Compruebe que tiene permiso para leerlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read “%1”: %2. Check the path and the file name.</source>
        <translation>No se puede leer «%1»: %2. Compruebe la ruta y el nombre del archivo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The import of “%1” was cancelled.</source>
        <translation>Se canceló la importación de «%1».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read “%1”: it is not open for reading.</source>
        <translation>No se puede leer «%1»: no está abierto para lectura.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read “%1”: %2.</source>
        <translation>No se puede leer «%1»: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is empty. Export the device list again and check that the export wrote the rows.</source>
        <translation>«%1» está vacío. Vuelva a exportar la lista de dispositivos y compruebe que la exportación escribió las filas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is a spreadsheet workbook (.xlsx or .ods), not a text table. Open it and save the device list as CSV (Excel: File → Save As → CSV UTF-8) or as Unicode text.</source>
        <translation>«%1» es un libro de hoja de cálculo (.xlsx u .ods), no una tabla de texto. Ábralo y guarde la lista de dispositivos como CSV (Excel: Archivo → Guardar como → CSV UTF-8) o como texto Unicode.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a text table: it contains binary data (NUL bytes or control characters). Export the device list as CSV, TSV or plain text.</source>
        <translation>«%1» no es una tabla de texto: contiene datos binarios (bytes NUL o caracteres de control). Exporte la lista de dispositivos como CSV, TSV o texto sin formato.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No IMEI column found in “%1”: no column header is named IMEI (or “Device IMEI”, “Device ID”, ...) and no column holds 15-digit IMEI values. Add a header named IMEI above the column of device IMEIs, or check that this is the right file.</source>
        <translation>No se encontró ninguna columna de IMEI en «%1»: ningún encabezado de columna se llama IMEI (ni «Device IMEI», «Device ID», ...) y ninguna columna contiene valores IMEI de 15 dígitos. Añada un encabezado llamado IMEI sobre la columna de los IMEI de los dispositivos o compruebe que este es el archivo correcto.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading “%1” failed after %2 bytes: %3.</source>
        <translation>La lectura de «%1» falló tras %2 bytes: %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” holds only blank lines: there is no device to import. Export the device list again.</source>
        <translation>«%1» solo contiene líneas en blanco: no hay ningún dispositivo que importar. Vuelva a exportar la lista de dispositivos.</translation>
    </message>
    <message>
        <location filename="../src/core/ImeiImportResult.cpp" line="+65"/>
        <source>The row has no cell in the IMEI column: check for a missing delimiter or a row that belongs to another table.</source>
        <translation>La fila no tiene celda en la columna de IMEI: compruebe si falta un separador o si la fila pertenece a otra tabla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The row is too long to be a device entry and was skipped: check that the file is the right one and that its line ends were not lost.</source>
        <translation>La fila es demasiado larga para ser una entrada de dispositivo y se omitió: compruebe que el archivo es el correcto y que no se han perdido sus finales de línea.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A quoted value starts here and is never closed, so the rest of the file was read as one value: add the missing closing quote (&quot;).</source>
        <translation>Aquí empieza un valor entre comillas que nunca se cierra, así que el resto del archivo se leyó como un solo valor: añada las comillas de cierre que faltan (&quot;).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pipe</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <comment>delimiter</comment>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>fotadesk::InMemoryCredentialSource</name>
    <message>
        <location filename="../src/api/InMemoryCredentialSource.cpp" line="+38"/>
        <source>The credentials are incomplete: %1 missing.</source>
        <translation>Las credenciales están incompletas: falta %1.</translation>
    </message>
</context>
<context>
    <name>fotadesk::InventoryCheckPanel</name>
    <message>
        <location filename="../src/gui/common/InventoryCheckPanel.cpp" line="+46"/>
        <source>Devices behind the selected c&amp;ount:</source>
        <translation>&amp;Dispositivos del recuento elegido:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep only the accepted devices</source>
        <translation>&amp;Mantener solo los dispositivos aceptados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign &amp;licenses…</source>
        <translation>Asignar &amp;licencias…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport refused devices…</source>
        <translation>E&amp;xportar dispositivos rechazados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule &amp;without the inventory check (the service may refuse devices)</source>
        <translation>Programar s&amp;in la comprobación del inventario (el servicio puede rechazar dispositivos)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Devices by verdict</source>
        <translation>Dispositivos por veredicto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devices behind the selected count</source>
        <translation>Dispositivos del recuento elegido</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Checking the devices against the account&apos;s inventory: %1 of %2…</source>
        <translation>Comprobando los dispositivos contra el inventario de la cuenta: %1 de %2…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Looking up every device in the account&apos;s inventory…</source>
        <translation>Buscando cada dispositivo en el inventario de la cuenta…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account&apos;s device inventory could not be read (%1), so it is not known which devices the service will accept. Check again, or schedule without the check.</source>
        <translation>No se pudo leer el inventario de dispositivos de la cuenta (%1), así que no se sabe qué dispositivos aceptará el servicio. Compruebe de nuevo o programe sin la comprobación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not checked against the account&apos;s inventory yet.</source>
        <translation>Aún no se ha comprobado contra el inventario de la cuenta.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>All %Ln device(s) will be accepted: each is in the account, of the package&apos;s make and model, FOTA-eligible, on its protocol, licensed and on firmware %1.</source>
        <translation>
            <numerusform>%Ln dispositivo será aceptado: está en la cuenta, es del fabricante y modelo del paquete, apto para FOTA, en su protocolo, con licencia y con el firmware %1.</numerusform>
            <numerusform>Los %Ln dispositivos serán aceptados: cada uno está en la cuenta, es del fabricante y modelo del paquete, apto para FOTA, en su protocolo, con licencia y con el firmware %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Auto-assign gives %Ln device(s) a license from the account&apos;s pool (%1 left now, %2 after).</source>
        <translation>
            <numerusform>La asignación automática da a %Ln dispositivo una licencia de la reserva de la cuenta (%1 libres ahora, %2 después).</numerusform>
            <numerusform>La asignación automática da a %Ln dispositivos una licencia de la reserva de la cuenta (%1 libres ahora, %2 después).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The account has %Ln license(s) left.</source>
        <translation>
            <numerusform>A la cuenta le queda %Ln licencia.</numerusform>
            <numerusform>A la cuenta le quedan %Ln licencias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Will be accepted, but not connected for more than %Ln day(s)</source>
        <translation>
            <numerusform>Será aceptado, pero sin conexión desde hace más de %Ln día</numerusform>
            <numerusform>Será aceptado, pero sin conexión desde hace más de %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Assign &amp;licenses to %Ln device(s)…</source>
        <translation>
            <numerusform>Asignar &amp;licencia a %Ln dispositivo…</numerusform>
            <numerusform>Asignar &amp;licencias a %Ln dispositivos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Assign a FOTA license to %Ln device(s) that lack nothing else? The account has %1 left.</source>
        <translation>
            <numerusform>¿Asignar una licencia FOTA a %Ln dispositivo al que no le falta nada más? A la cuenta le quedan %1.</numerusform>
            <numerusform>¿Asignar una licencia FOTA a %Ln dispositivos a los que no les falta nada más? A la cuenta le quedan %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Only the first %Ln device(s) of the list get one; the others stay refused.</source>
        <translation>
            <numerusform>Solo el primer dispositivo de la lista recibe una; los demás siguen rechazados.</numerusform>
            <numerusform>Solo los %Ln primeros dispositivos de la lista reciben una; los demás siguen rechazados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Assigning licenses to %Ln device(s)…</source>
        <translation>
            <numerusform>Asignando licencia a %Ln dispositivo…</numerusform>
            <numerusform>Asignando licencias a %Ln dispositivos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-158"/>
        <source>%1 of %Ln device(s) will not be accepted by the service (%2 will).</source>
        <translation>
            <numerusform>%1 de %Ln dispositivo no será aceptado por el servicio (%2 sí).</numerusform>
            <numerusform>%1 de %Ln dispositivos no serán aceptados por el servicio (%2 sí).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+113"/>
        <location line="+6"/>
        <source>Export refused devices</source>
        <translation>Exportar dispositivos rechazados</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 will be left afterwards.</source>
        <translation>Después quedarán %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <location line="+19"/>
        <location line="+12"/>
        <source>Assign licenses</source>
        <translation>Asignar licencias</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 device(s) got a license; %2 did not.</source>
        <translation>%1 dispositivo(s) recibieron licencia; %2 no.</translation>
    </message>
</context>
<context>
    <name>fotadesk::IssueText</name>
    <message>
        <location filename="../src/gui/common/IssueText.cpp" line="+37"/>
        <source>Campaign name</source>
        <translation>Nombre de la campaña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time windows</source>
        <translation>Ventanas horarias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
</context>
<context>
    <name>fotadesk::KeychainCredentialSource</name>
    <message>
        <location filename="../src/store/KeychainCredentialSource.cpp" line="+62"/>
        <source>There is no keychain on this computer: enter the client secret and password for this run (they are kept in memory only, never written to disk).</source>
        <translation>No hay llavero en este equipo: introduzca el secreto de cliente y la contraseña para esta ejecución (solo se guardan en memoria, nunca en disco).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No saved sign-in for %1 in %2: enter the client secret and password.</source>
        <translation>No hay inicio de sesión guardado para %1 en %2: introduzca el secreto de cliente y la contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved sign-in could not be read from %1 (%2). Enter the client secret and password.</source>
        <translation>No se pudo leer el inicio de sesión guardado de %1 (%2). Introduzca el secreto de cliente y la contraseña.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the client id, client secret, user name and password of the account %1.</source>
        <translation>Introduzca el ID de cliente, el secreto de cliente, el usuario y la contraseña de la cuenta %1.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The sign-in was not saved in %1 (%2); it is used for this run only.</source>
        <translation>El inicio de sesión no se guardó en %1 (%2); solo se usa en esta ejecución.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sign-in was saved in %1.</source>
        <translation>El inicio de sesión se guardó en %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password was not saved in %1 (%2); it is used for this run only.</source>
        <translation>La contraseña no se guardó en %1 (%2); solo se usa en esta ejecución.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sign in to %1: %2 missing.</source>
        <translation>Iniciar sesión en %1: falta %2.</translation>
    </message>
</context>
<context>
    <name>fotadesk::KeychainSecretStore</name>
    <message>
        <location filename="../src/store/KeychainSecretStore.cpp" line="+59"/>
        <source>The keychain said: %1</source>
        <translation>El llavero indicó: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the macOS keychain</source>
        <translation>el llavero de macOS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Windows Credential Manager</source>
        <translation>el Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the desktop keyring (Secret Service)</source>
        <translation>el llavero del escritorio (Secret Service)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No keychain service (Secret Service or KWallet) runs in this session.</source>
        <translation>En esta sesión no se ejecuta ningún servicio de llavero (Secret Service o KWallet).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>FotaDesk was built without keychain support (QtKeychain).</source>
        <translation>FotaDesk se compiló sin compatibilidad con llaveros (QtKeychain).</translation>
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
        <translation>Con licencia desde</translation>
    </message>
</context>
<context>
    <name>fotadesk::LicensesPage</name>
    <message>
        <location filename="../src/gui/licenses/LicensesPage.cpp" line="+88"/>
        <source>Reading the licensed devices…</source>
        <translation>Leyendo los dispositivos con licencia…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the licensed devices… %1 of %2</source>
        <translation>Leyendo los dispositivos con licencia… %1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the licensed devices… %1</source>
        <translation>Leyendo los dispositivos con licencia… %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2 licenses assigned; %3 free.</source>
        <translation>%1 de %2 licencias asignadas; %3 libres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 licenses assigned.</source>
        <translation>%1 licencias asignadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the licensed devices</source>
        <translation>Lectura de los dispositivos con licencia</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The list shows the %Ln device(s) read so far.</source>
        <translation>
            <numerusform>La lista muestra el %Ln dispositivo leído hasta ahora.</numerusform>
            <numerusform>La lista muestra los %Ln dispositivos leídos hasta ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%Ln device(s) selected on the Licenses page</source>
        <translation>
            <numerusform>%Ln dispositivo seleccionado en la página Licencias</numerusform>
            <numerusform>%Ln dispositivos seleccionados en la página Licencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Exported %Ln device(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %Ln dispositivo a %1.</numerusform>
            <numerusform>Se exportaron %Ln dispositivos a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Remove the licenses of the %Ln selected device(s)</source>
        <translation>
            <numerusform>Quitar la licencia del %Ln dispositivo seleccionado</numerusform>
            <numerusform>Quitar las licencias de los %Ln dispositivos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+9"/>
        <source>Export licensed devices</source>
        <translation>Exportar dispositivos con licencia</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostrados</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove the licenses of the devices of a list (import a file or paste IMEIs)</source>
        <translation>Quitar las licencias de los dispositivos de una lista (importe un archivo o pegue IMEI)</translation>
    </message>
</context>
<context>
    <name>fotadesk::LogFile</name>
    <message>
        <location filename="../src/store/LogFile.cpp" line="+139"/>
        <source>The log file %1 cannot be written: %2</source>
        <translation>No se puede escribir el archivo de registro %1: %2</translation>
    </message>
</context>
<context>
    <name>fotadesk::MainWindow</name>
    <message>
        <location filename="../src/gui/shell/MainWindow.cpp" line="+137"/>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment: %1</source>
        <translation>Entorno: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>FotaDesk — %1 (%2)</source>
        <translation>FotaDesk — %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection: not monitored</source>
        <translation>Conexión: no supervisada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection: %1</source>
        <translation>Conexión: %1</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Opened %1 in the device list editor</source>
        <translation>Se abrió %1 en el editor de la lista de dispositivos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open device list</source>
        <translation>Abrir lista de dispositivos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device lists (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Listas de dispositivos (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln devices are in the new campaign&apos;s device list (step Devices)</source>
        <translation>
            <numerusform>%Ln dispositivo está en la lista de dispositivos de la nueva campaña (paso Dispositivos)</numerusform>
            <numerusform>%Ln dispositivos están en la lista de dispositivos de la nueva campaña (paso Dispositivos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+1"/>
        <source>Campaign %1</source>
        <translation>Campaña %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (campaign %2)</source>
        <translation>%1 (campaña %2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open campaign</source>
        <translation>Abrir campaña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign id (as the server gave it):</source>
        <translation>ID de campaña (tal como la dio el servidor):</translation>
    </message>
</context>
<context>
    <name>fotadesk::MessageArea</name>
    <message>
        <location filename="../src/gui/common/MessageArea.cpp" line="+25"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this message (Esc)</source>
        <translation>Cerrar este mensaje (Esc)</translation>
    </message>
</context>
<context>
    <name>fotadesk::Notifier</name>
    <message numerus="yes">
        <location filename="../src/gui/notifications/Notifier.cpp" line="+52"/>
        <location line="+29"/>
        <source>FotaDesk — watching %Ln campaign(s)</source>
        <translation>
            <numerusform>FotaDesk — vigilando %Ln campaña</numerusform>
            <numerusform>FotaDesk — vigilando %Ln campañas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status changed from %1 to %2.</source>
        <translation>El estado cambió de %1 a %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign %1</source>
        <translation>Campaña %1</translation>
    </message>
</context>
<context>
    <name>fotadesk::OverviewPage</name>
    <message>
        <location filename="../src/gui/overview/OverviewPage.cpp" line="+55"/>
        <source>Campaigns — %1</source>
        <translation>Campañas — %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+311"/>
        <source>Campaigns by status</source>
        <translation>Campañas por estado</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Refreshing… %Ln campaign(s) read</source>
        <translation>
            <numerusform>Actualizando… %Ln campaña leída</numerusform>
            <numerusform>Actualizando… %Ln campañas leídas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Double-click a campaign (or press Enter) to open it</source>
        <translation>Haga doble clic en una campaña (o pulse Intro) para abrirla</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>every %Ln min</source>
        <translation>
            <numerusform>cada minuto</numerusform>
            <numerusform>cada %Ln minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+96"/>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Campaigns by status: the %1 shown of %2</source>
        <translation>Campañas por estado: las %1 mostradas de %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostrados</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not loaded</source>
        <translation>Sin cargar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not loaded yet</source>
        <translation>Aún no cargado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated at %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful refresh: %1</source>
        <translation>Última actualización correcta: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>STALE — showing data from %1; the last refresh failed.</source>
        <translation>DESACTUALIZADO — se muestran datos de %1; la última actualización falló.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No data — the overview could not be loaded.</source>
        <translation>Sin datos — no se pudo cargar el resumen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next try in %1.</source>
        <translation>Próximo intento en %1.</translation>
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
        <translation>Pulse Actualizar ahora para volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refreshing the overview failed.</source>
        <translation>Falló la actualización del resumen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load every campaign again now</source>
        <translation>Cargar ahora de nuevo todas las campañas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2 assigned (%3%)</source>
        <translation>%1 de %2 asignadas (%3 %)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 assigned</source>
        <translation>%1 asignadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licenses: %1 assigned, %2 free.</source>
        <translation>Licencias: %1 asignadas, %2 libres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subscription: %1, %2 of %3 licenses used</source>
        <translation>Suscripción: %1, %2 de %3 licencias usadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type not stated</source>
        <translation>tipo no indicado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (as of %1)</source>
        <translation> (a fecha de %1)</translation>
    </message>
</context>
<context>
    <name>fotadesk::Pager</name>
    <message>
        <location filename="../src/api/Pager.cpp" line="+92"/>
        <source>the ranges delivered %1 items but the report&apos;s total is %2</source>
        <translation>los intervalos entregaron %1 elementos, pero el total del informe es %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the start</source>
        <translation>el principio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a page asked for keys after %1 (%2) begins with %3</source>
        <translation>una página que pedía claves posteriores a %1 (%2) empieza por %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a page (%1, after %2) is not in key order: %3 follows %4</source>
        <translation>una página (%1, tras %2) no está ordenada por clave: %3 sigue a %4</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the server refused the cursor %1 of %2: %3</source>
        <translation>el servidor rechazó el cursor %1 de %2: %3</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the page says there is more data, but its cursor &apos;%1&apos; does not advance; paging stopped to avoid a loop</source>
        <translation>la página indica que hay más datos, pero su cursor &apos;%1&apos; no avanza; se detuvo la paginación para evitar un bucle</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 items arrived, more than the report&apos;s total of %2, and the server still says there is more; paging stopped</source>
        <translation>llegaron %1 elementos, más que el total de %2 del informe, y el servidor sigue indicando que hay más; se detuvo la paginación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the cursor &apos;%1&apos; repeats (%2 asked for it before); paging stopped to avoid a loop</source>
        <translation>el cursor «%1» se repite (%2 ya lo pidió); se detuvo la paginación para evitar un bucle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the report took %1 pages, the most one report may take, and the server still says there is more; paging stopped</source>
        <translation>el informe ocupó %1 páginas, el máximo para un informe, y el servidor sigue indicando que hay más; se detuvo la paginación</translation>
    </message>
</context>
<context>
    <name>fotadesk::RecentFilesMenu</name>
    <message>
        <location filename="../src/gui/shell/RecentFilesMenu.cpp" line="+16"/>
        <source>Recent device &amp;lists</source>
        <translation>&amp;Listas de dispositivos recientes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open %1 in the device list editor</source>
        <translation>Abrir %1 en el editor de la lista de dispositivos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Clear list</source>
        <translation>&amp;Vaciar lista</translation>
    </message>
</context>
<context>
    <name>fotadesk::RemovePreflight</name>
    <message>
        <location filename="../src/gui/devices/RemovePreflight.cpp" line="+29"/>
        <source>&amp;Drop them from the list</source>
        <translation>&amp;Quitarlos de la lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove &amp;without the check</source>
        <translation>Quitar &amp;sin la comprobación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Devices not in the campaign</source>
        <translation>Dispositivos que no están en la campaña</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the devices that are not in the campaign from this list (Undo in the list brings them back)</source>
        <translation>Quitar de esta lista los dispositivos que no están en la campaña (Deshacer en la lista los recupera)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send the whole list; the service refuses the devices that are not in the campaign</source>
        <translation>Enviar toda la lista; el servicio rechaza los dispositivos que no están en la campaña</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>Dropped %Ln device(s) that are not in the campaign from the list (Undo in the list brings them back).</source>
        <translation>
            <numerusform>Se quitó de la lista %Ln dispositivo que no está en la campaña (Deshacer en la lista lo recupera).</numerusform>
            <numerusform>Se quitaron de la lista %Ln dispositivos que no están en la campaña (Deshacer en la lista los recupera).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Checking which of the %Ln device(s) are in the campaign (reading its device report)…</source>
        <translation>
            <numerusform>Comprobando si el %Ln dispositivo está en la campaña (leyendo su informe de dispositivos)…</numerusform>
            <numerusform>Comprobando cuáles de los %Ln dispositivos están en la campaña (leyendo su informe de dispositivos)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>The campaign&apos;s device report could not be read, so the %Ln device(s) were not checked against it and nothing was sent. Try again, or remove without the check (the service refuses devices that are not in the campaign).</source>
        <translation>
            <numerusform>No se pudo leer el informe de dispositivos de la campaña, así que el %Ln dispositivo no se comprobó con él y no se envió nada. Vuelva a intentarlo o quite sin la comprobación (el servicio rechaza los dispositivos que no están en la campaña).</numerusform>
            <numerusform>No se pudo leer el informe de dispositivos de la campaña, así que los %Ln dispositivos no se comprobaron con él y no se envió nada. Vuelva a intentarlo o quite sin la comprobación (el servicio rechaza los dispositivos que no están en la campaña).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source> and %Ln more</source>
        <translation>
            <numerusform> y %Ln más</numerusform>
            <numerusform> y %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%Ln of the %1 device(s) are not in this campaign&lt;/b&gt; (its device report does not list them; marked in the list): %2.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln de los %1 dispositivos no está en esta campaña&lt;/b&gt; (su informe de dispositivos no lo incluye; marcado en la lista): %2.</numerusform>
            <numerusform>&lt;b&gt;%Ln de los %1 dispositivos no están en esta campaña&lt;/b&gt; (su informe de dispositivos no los incluye; marcados en la lista): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Remove only the &amp;other %Ln device(s)</source>
        <translation>
            <numerusform>Quitar solo el &amp;otro %Ln dispositivo</numerusform>
            <numerusform>Quitar solo los &amp;otros %Ln dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>None of the devices is in the campaign: there is nothing to remove.</source>
        <translation>Ninguno de los dispositivos está en la campaña: no hay nada que quitar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They will not be sent: drop them from the list, or remove only the others (the devices left out stay in the list).</source>
        <translation>No se enviarán: quítelos de la lista o quite solo los demás (los dispositivos omitidos permanecen en la lista).</translation>
    </message>
</context>
<context>
    <name>fotadesk::RolloutAdvance</name>
    <message>
        <location filename="../src/workflow/RolloutAdvance.cpp" line="+61"/>
        <source> and %1 more</source>
        <translation> y %1 más</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 cannot start: its end date %2 is before its first possible day %3. Change the plan&apos;s dates and create the rollout again.</source>
        <translation>%1 no puede empezar: su fecha de fin %2 es anterior a su primer día posible %3. Cambie las fechas del plan y vuelva a crear el despliegue.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 cannot start: %2</source>
        <translation>%1 no puede empezar: %2</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The workspace could not record the rollout&apos;s state: %1</source>
        <translation>El espacio de trabajo no pudo registrar el estado del despliegue: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../src/workflow/RolloutDecisions.cpp" line="+38"/>
        <location line="+18"/>
        <location line="+16"/>
        <location line="+66"/>
        <location line="+44"/>
        <source>There is no rollout %1 in this workspace.</source>
        <translation>No hay ningún despliegue %1 en este espacio de trabajo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../src/workflow/RolloutDecisions.cpp" line="-136"/>
        <source>The rollout is paused; &apos;rollout resume&apos; lets it go on.</source>
        <translation>El despliegue está en pausa; &apos;rollout resume&apos; lo reanuda.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan needs an approval before anything is sent: a second engineer runs &apos;fotactl rollout approve&apos; on it.</source>
        <translation>El plan necesita una aprobación antes de enviar nada: un segundo técnico ejecuta &apos;fotactl rollout approve&apos; sobre él.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The approved plan is not this plan (its hash differs): nothing is sent. Have the plan as it is now approved.</source>
        <translation>El plan aprobado no es este plan (su hash difiere): no se envía nada. Haga aprobar el plan tal como está ahora.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored plan of this rollout does not match its hash: it was changed after it was created. Nothing is sent.</source>
        <translation>El plan guardado de este despliegue no coincide con su hash: se modificó después de crearlo. No se envía nada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every wave ended and passed its gate.</source>
        <translation>Todas las olas terminaron y superaron su compuerta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The workspace could not be read: %1</source>
        <translation>No se pudo leer el espacio de trabajo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rollout did not settle in one pass; run &apos;rollout advance&apos; again.</source>
        <translation>El despliegue no se estabilizó en una pasada; ejecute &apos;rollout advance&apos; de nuevo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The gate after wave %1 passed; wave %2 starts once a person approves it (&apos;rollout approve-gate&apos;).</source>
        <translation>La compuerta tras la ola %1 se superó; la ola %2 empieza cuando una persona la apruebe (&apos;rollout approve-gate&apos;).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Wave %1 runs but the workspace has no campaign of it.</source>
        <translation>La ola %1 está en curso pero el espacio de trabajo no tiene ninguna campaña suya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wave %1&apos;s campaign %2 could not be read: %3</source>
        <translation>No se pudo leer la campaña %2 de la ola %1: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wave %1 runs: %2 of its %3 campaigns ended; campaign %4 is %5.</source>
        <translation>La ola %1 está en curso: %2 de sus %3 campañas han terminado; la campaña %4 está %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wave %1 runs: campaign %2 is %3.</source>
        <translation>La ola %1 está en curso: la campaña %2 está %3.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Wave %1 ended; its gate is read after the soak time, at %2.</source>
        <translation>La ola %1 terminó; su compuerta se lee tras el tiempo de observación, a las %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The gate after wave %1 failed.</source>
        <translation>La compuerta tras la ola %1 no se superó.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The workspace could not journal wave %1&apos;s create, so it was not sent: %2</source>
        <translation>El espacio de trabajo no pudo registrar la creación de la ola %1, así que no se envió: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Wave %1&apos;s campaign was not created: %2</source>
        <translation>La campaña de la ola %1 no se creó: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer to wave %1&apos;s create was lost (%2). Run &apos;rollout advance&apos; again: it looks the campaign up before sending anything.</source>
        <translation>Se perdió la respuesta a la creación de la ola %1 (%2). Ejecute &apos;rollout advance&apos; de nuevo: busca la campaña antes de enviar nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wave %1&apos;s journaled create cannot be read.</source>
        <translation>No se puede leer la creación registrada de la ola %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wave %1&apos;s create was sent by an earlier run whose outcome is not known, and the campaign history could not be read (%2); nothing is sent. Run &apos;rollout advance&apos; again.</source>
        <translation>La creación de la ola %1 la envió una ejecución anterior de resultado desconocido y no se pudo leer el historial de campañas (%2); no se envía nada. Ejecute &apos;rollout advance&apos; de nuevo.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location filename="../src/workflow/RolloutDecisions.cpp" line="+149"/>
        <source>Wave %1&apos;s device report could not be read: %2</source>
        <translation>No se pudo leer el informe de dispositivos de la ola %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Held at the gate after wave %1: %2. Devices behind it: %3</source>
        <translation>Retenido en la compuerta tras la ola %1: %2. Dispositivos afectados: %3</translation>
    </message>
    <message>
        <location filename="../src/workflow/RolloutDecisions.cpp" line="-119"/>
        <source>The rollout has already ended.</source>
        <translation>El despliegue ya ha terminado.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wave %1&apos;s campaign %2 could not be cancelled: %3. The rollout is not aborted; try again.</source>
        <translation>No se pudo cancelar la campaña %2 de la ola %1: %3. El despliegue no se ha abortado; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Aborted by %1.</source>
        <translation>Abortado por %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wave %1&apos;s create may have made a campaign that cannot be looked up now; the rollout is not aborted; try again.</source>
        <translation>La creación de la ola %1 puede haber creado una campaña que ahora no se puede consultar; el despliegue no se ha abortado; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No gate waits for an approval or has failed.</source>
        <translation>Ninguna compuerta espera una aprobación ni ha fallado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No passed gate waits for an approval (a failed one needs --override).</source>
        <translation>Ninguna compuerta superada espera una aprobación (una fallida necesita --override).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Wave %1 has not ended yet: its failed devices are retried once its campaign has ended.</source>
        <translation>La ola %1 aún no ha terminado: sus dispositivos fallidos se reintentan cuando su campaña haya terminado.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wave %1 has no failed device with a retryable reason.</source>
        <translation>La ola %1 no tiene ningún dispositivo fallido con un motivo reintentable.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pre-flight check of the devices to retry failed: %1</source>
        <translation>Falló la comprobación previa de los dispositivos a reintentar: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The pre-flight check refused every device to retry.</source>
        <translation>La comprobación previa rechazó todos los dispositivos a reintentar.</translation>
    </message>
    <message>
        <location filename="../src/workflow/RolloutBandSteps.cpp" line="+70"/>
        <source>The workspace could not journal wave %1&apos;s creates, so none was sent: %2</source>
        <translation>El espacio de trabajo no pudo registrar las creaciones de la ola %1, así que no se envió ninguna: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wave %1&apos;s journaled create of band %2 cannot be read.</source>
        <translation>No se puede leer la creación registrada de la banda %2 de la ola %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wave %1&apos;s create of band %2 may have been sent by an earlier run, and the campaign history could not be read (%3); nothing is sent. Run &apos;rollout advance&apos; again.</source>
        <translation>Es posible que una ejecución anterior enviara la creación de la banda %2 de la ola %1, y no se pudo leer el historial de campañas (%3); no se envía nada. Vuelva a ejecutar &apos;rollout advance&apos;.</translation>
    </message>
    <message>
        <location filename="../src/workflow/RolloutAdvance.cpp" line="-39"/>
        <source>Several campaigns are named &quot;%1&quot; (%2); check which one is wave %3&apos;s before going on.</source>
        <translation>Varias campañas se llaman &quot;%1&quot; (%2); compruebe cuál es la de la ola %3 antes de continuar.</translation>
    </message>
    <message>
        <location filename="../src/workflow/RolloutBandSteps.cpp" line="+57"/>
        <source>Wave %1&apos;s campaign of band %2 was not created: %3</source>
        <translation>No se creó la campaña de la banda %2 de la ola %1: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer to wave %1&apos;s create of band %2 was lost (%3). Run &apos;rollout advance&apos; again: it looks the campaign up before sending anything.</source>
        <translation>Se perdió la respuesta a la creación de la banda %2 de la ola %1 (%3). Vuelva a ejecutar &apos;rollout advance&apos;: busca la campaña antes de enviar nada.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wave %1&apos;s create of band %2 may have made a campaign that cannot be looked up now; the rollout is not aborted; try again.</source>
        <translation>Es posible que la creación de la banda %2 de la ola %1 generara una campaña que ahora no se puede consultar; el despliegue no se cancela; inténtelo de nuevo.</translation>
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
            <numerusform>%n dispositivo no tiene zona horaria (%1); indique a cada uno una zona horaria o un sitio en la lista, o defina &quot;defaultZone&quot; en el plan.</numerusform>
            <numerusform>%n dispositivos no tienen zona horaria (%1); indique a cada uno una zona horaria o un sitio en la lista, o defina &quot;defaultZone&quot; en el plan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The band %1 (%2) has no UTC hour inside the local window %3 on every date from %4 to %5: a clock change moves it. Give the wave dates on one side of the change, or a wider local window.</source>
        <translation>La banda %1 (%2) no tiene ninguna hora UTC dentro de la franja local %3 en todas las fechas del %4 al %5: un cambio de hora la desplaza. Ponga las fechas de la ola a un lado del cambio o use una franja local más amplia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The band&apos;s campaign sends %1: the hours inside the local window on every date of the campaign.</source>
        <translation>La campaña de la banda envía %1: las horas dentro de la franja local en todas las fechas de la campaña.</translation>
    </message>
</context>
<context>
    <name>fotadesk::RolloutPlan</name>
    <message>
        <location filename="../src/core/RolloutPlan.cpp" line="+59"/>
        <source>is missing; add &quot;%1&quot;: &quot;…&quot;.</source>
        <translation>falta; añada &quot;%1&quot;: &quot;…&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a non-empty text in quotes.</source>
        <translation>debe ser un texto no vacío entre comillas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be true or false (without quotes).</source>
        <translation>debe ser true o false (sin comillas).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a whole number from %1 to %2.</source>
        <translation>debe ser un número entero de %1 a %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a number from %1 to %2.</source>
        <translation>debe ser un número de %1 a %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a date written &quot;YYYY-MM-DD&quot;.</source>
        <translation>debe ser una fecha escrita &quot;AAAA-MM-DD&quot;.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>must be a list of texts, e.g. [&quot;device unreachable&quot;].</source>
        <translation>debe ser una lista de textos, p. ej. [&quot;device unreachable&quot;].</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be an object { … }.</source>
        <translation>debe ser un objeto { … }.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is not a member of a rollout plan here; remove it or correct its spelling (known here: %1).</source>
        <translation>no es un miembro de un plan de despliegue aquí; elimínelo o corrija su ortografía (conocidos aquí: %1).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>must be a list of UTC hour ranges such as [&quot;1-5&quot;, &quot;22-24&quot;] (start before end, 0 to 24).</source>
        <translation>debe ser una lista de franjas horarias UTC como [&quot;1-5&quot;, &quot;22-24&quot;] (inicio antes del fin, de 0 a 24).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>has windows that overlap; merge them into one range.</source>
        <translation>tiene franjas que se solapan; únalas en un solo intervalo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a list of local hour ranges such as [&quot;1-5&quot;] or [&quot;22-2&quot;] (0 to 24; a range across midnight is allowed).</source>
        <translation>debe ser una lista de intervalos de horas locales como [&quot;1-5&quot;] o [&quot;22-2&quot;] (0 a 24; se admite un intervalo que cruce la medianoche).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be given together with &quot;windows&quot; (UTC hours): keep one of them.</source>
        <translation>no puede indicarse junto con &quot;windows&quot; (horas UTC): deje solo uno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is before startDate; swap them or correct one.</source>
        <translation>es anterior a startDate; intercámbielos o corrija uno.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1:%2:%3: not valid JSON: %4. Check the quotes, commas and brackets around this place.</source>
        <translation>%1:%2:%3: JSON no válido: %4. Revise las comillas, comas y corchetes en torno a este lugar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: a rollout plan is one JSON object { … }.</source>
        <translation>%1: un plan de despliegue es un objeto JSON { … }.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is longer than 100 characters; shorten it.</source>
        <translation>tiene más de 100 caracteres; acórtelo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be LWM2M, OMA or HTTP (or left out: the package&apos;s).</source>
        <translation>debe ser LWM2M, OMA o HTTP (u omitirse: el del paquete).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is missing; add &quot;firmware&quot;: {&quot;name&quot;: &quot;PACKAGE&quot;}.</source>
        <translation>falta; añada &quot;firmware&quot;: {&quot;name&quot;: &quot;PAQUETE&quot;}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: must be a time zone such as &quot;Europe/Berlin&quot; or &quot;+01:00&quot;.</source>
        <translation>%1: debe ser una zona horaria como &quot;Europe/Berlin&quot; o &quot;+01:00&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a time zone such as &quot;Europe/Berlin&quot; or &quot;+01:00&quot;.</source>
        <translation>debe ser una zona horaria como &quot;Europe/Berlin&quot; o &quot;+01:00&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a list of at least one wave, e.g. [{&quot;count&quot;: 20}, {&quot;percent&quot;: 25}, {&quot;rest&quot;: true}].</source>
        <translation>debe ser una lista de al menos una ola, p. ej. [{&quot;count&quot;: 20}, {&quot;percent&quot;: 25}, {&quot;rest&quot;: true}].</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: must be an object such as {&quot;count&quot;: 20}.</source>
        <translation>%1: debe ser un objeto como {&quot;count&quot;: 20}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: give exactly one of &quot;count&quot; (devices), &quot;percent&quot; (of the devices that remain) or &quot;rest&quot;: true.</source>
        <translation>%1: indique exactamente uno de &quot;count&quot; (dispositivos), &quot;percent&quot; (de los dispositivos restantes) o &quot;rest&quot;: true.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only the last wave can take the rest.</source>
        <translation>solo la última ola puede tomar el resto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sites/defaultZone: only a plan with &quot;localWindows&quot; uses time zones; add &quot;localWindows&quot; to the schedule or remove them.</source>
        <translation>sites/defaultZone: solo un plan con &quot;localWindows&quot; usa zonas horarias; añada &quot;localWindows&quot; al calendario o elimínelos.</translation>
    </message>
    <message>
        <location filename="../src/core/RolloutSplit.cpp" line="+54"/>
        <source>No device passed the pre-flight check: there is nothing to roll out.</source>
        <translation>Ningún dispositivo superó la comprobación previa: no hay nada que desplegar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 would be empty: the waves before it take every device. Remove it or make the waves before it smaller.</source>
        <translation>%1 quedaría vacía: las olas anteriores toman todos los dispositivos. Elimínela o reduzca las olas anteriores.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 devices would be in no wave; make the last wave {&quot;rest&quot;: true} or add a wave.</source>
        <translation>%1 dispositivos no estarían en ninguna ola; haga que la última ola sea {&quot;rest&quot;: true} o añada una ola.</translation>
    </message>
</context>
<context>
    <name>fotadesk::RolloutPlanDialog</name>
    <message>
        <location filename="../src/gui/rollouts/RolloutPlanDialog.cpp" line="+27"/>
        <source>Rollout %1: %2</source>
        <translation>Despliegue %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan hash: %1</source>
        <translation>Hash del plan: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic advance after a passed gate: %1</source>
        <translation>Avance automático tras superar la compuerta: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no, a person approves each wave</source>
        <translation>no, una persona aprueba cada ola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firmware:</source>
        <translation>Firmware:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pre-flight check: %1 checked, %2 accepted, %3 refused (they enter no wave)</source>
        <translation>Comprobación previa: %1 comprobados, %2 aceptados, %3 rechazados (no entran en ninguna ola)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>  %Ln device(s); first: %1</source>
        <translation>
            <numerusform>  %Ln dispositivo; primero: %1</numerusform>
            <numerusform>  %Ln dispositivos; primeros: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>soak %Ln hour(s)</source>
        <translation>
            <numerusform>espera %Ln hora</numerusform>
            <numerusform>espera %Ln horas</numerusform>
        </translation>
    </message>
    <message>
        <location line="-34"/>
        <source>  Request it sends (dates as of today; a later wave starts when its gate lets it):</source>
        <translation>  Petición que envía (fechas a día de hoy; una ola posterior empieza cuando su compuerta lo permite):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>  Time zone %1 (%2):</source>
        <translation>  Zona horaria %1 (%2):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>at least %1 devices final</source>
        <translation>al menos %1 dispositivos finales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>success ≥ %1 %</source>
        <translation>éxito ≥ %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failures ≤ %1 %</source>
        <translation>fallos ≤ %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not counted: %1</source>
        <translation>no contados: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Gate after it: %1</source>
        <translation>  Compuerta después: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Review plan — %1</source>
        <translation>Revisar plan — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What every wave will send. Approving records your name, the time and the plan&apos;s hash; a changed plan needs a new approval. The engineer who created the rollout cannot approve it.</source>
        <translation>Lo que enviará cada ola. Aprobar registra su nombre, la hora y el hash del plan; un plan cambiado necesita una nueva aprobación. Quien creó el despliegue no puede aprobarlo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Approve plan as %1</source>
        <translation>&amp;Aprobar plan como %1</translation>
    </message>
</context>
<context>
    <name>fotadesk::RolloutRunner</name>
    <message>
        <location filename="../src/gui/rollouts/RolloutRunner.cpp" line="+41"/>
        <source>The plan changed since it was shown: review it again before approving it.</source>
        <translation>El plan cambió desde que se mostró: revíselo de nuevo antes de aprobarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 created this rollout and cannot approve its plan too: a second engineer approves it (four eyes).</source>
        <translation>%1 creó este despliegue y no puede aprobar también su plan: lo aprueba un segundo técnico (cuatro ojos).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plan approved by %1.</source>
        <translation>Plan aprobado por %1.</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+71"/>
        <source>The workspace cannot keep a rollout&apos;s steps now.</source>
        <translation>El espacio de trabajo no puede guardar ahora los pasos de un despliegue.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>No rollout %1.</source>
        <translation>No hay despliegue %1.</translation>
    </message>
</context>
<context>
    <name>fotadesk::RolloutWaveText</name>
    <message>
        <location filename="../src/core/RolloutWaveText.cpp" line="+45"/>
        <source>from</source>
        <comment>a wave&apos;s own start date: pilot 20 from 2026-12-10</comment>
        <translation>desde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is not a date; write it as 2026-12-24.</source>
        <translation>%1: %2 no es una fecha; escríbala como 2026-12-24.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>days</source>
        <comment>a wave&apos;s own duration: pilot 20 3 days</comment>
        <translation>días</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: a wave&apos;s campaign runs 1 to 365 days.</source>
        <translation>%1: la campaña de una ola dura de 1 a 365 días.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: a percentage is more than 0 and at most 100.</source>
        <translation>%1: un porcentaje es mayor que 0 y como mucho 100.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rest</source>
        <comment>the last wave takes the rest</comment>
        <translation>resto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: a number of devices is at least 1.</source>
        <translation>%1: un número de dispositivos es al menos 1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: give its size: a number of devices (20), a percentage of the devices that remain (25 %) or rest.</source>
        <translation>%1: indique su tamaño: un número de dispositivos (20), un porcentaje de los que quedan (25 %) o resto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: give one size only: a number, a percentage or rest.</source>
        <translation>%1: indique un solo tamaño: un número, un porcentaje o resto.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wave %1</source>
        <translation>Ola %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave %1 (&quot;%2&quot;)</source>
        <translation>Ola %1 («%2»)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is empty: remove the extra comma.</source>
        <translation>%1 está vacía: quite la coma de más.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: only the last wave can take the rest.</source>
        <translation>%1: solo la última ola puede tomar el resto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give at least one wave, e.g. pilot 20, 25 %, rest.</source>
        <translation>Indique al menos una ola, p. ej. piloto 20, 25 %, resto.</translation>
    </message>
</context>
<context>
    <name>fotadesk::RolloutWavesPage</name>
    <message>
        <location filename="../src/gui/rollouts/RolloutWavesPage.cpp" line="+74"/>
        <source>Start the next wave by &amp;itself</source>
        <translation>Iniciar la siguiente ola &amp;sola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for a &amp;person to approve it</source>
        <translation>Esperar a que una &amp;persona la apruebe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second engineer app&amp;roves the plan before it starts (four eyes)</source>
        <translation>Un segundo técnico ap&amp;rueba el plan antes de empezar (cuatro ojos)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <source>Waves</source>
        <translation>Olas</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Name the rollout, cut the checked devices into waves and set the gate between two waves. Nothing is sent before Advance now.</source>
        <translation>Ponga nombre al despliegue, reparta los dispositivos comprobados en olas y fije la compuerta entre dos olas. No se envía nada antes de «Avanzar ahora».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rollout name</source>
        <translation>Nombre del despliegue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Depot 7 modem refresh</source>
        <translation>p. ej. Renovación de módems depósito 7</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rollout na&amp;me:</source>
        <translation>No&amp;mbre del despliegue:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pilot 10, 50 %, rest</source>
        <comment>the default waves; the keywords as RolloutWaveText reads them</comment>
        <translation>piloto 10, 50 %, resto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Waves:</source>
        <translation>O&amp;las:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated, in order: a number of devices, a percentage of the devices that remain, or rest (the last wave); words before it name the wave. Own dates: pilot 20 from 2026-12-10 3 days.</source>
        <translation>Separadas por comas, en orden: un número de dispositivos, un porcentaje de los que quedan o resto (la última ola); las palabras delante nombran la ola. Fechas propias: piloto 20 desde 2026-12-10 3 días.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When a gate passes:</source>
        <translation>Cuando una compuerta se supera:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pre&amp;view of the waves:</source>
        <translation>&amp;Vista previa de las olas:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview of the waves</source>
        <translation>Vista previa de las olas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wave</source>
        <translation>Ola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First devices / reason</source>
        <translation>Primeros dispositivos / motivo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Gate between two waves (read from the wave before)</source>
        <translation>Compuerta entre dos olas (leída de la ola anterior)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Devices of the wave in a final state (succeeded or failed); a smaller wave needs all of its devices.</source>
        <translation>Dispositivos de la ola en estado final (con éxito o fallidos); una ola más pequeña necesita todos sus dispositivos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the final devices.</source>
        <translation>De los dispositivos finales.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Of the final devices, the excluded reasons left out; 100 % is not checked.</source>
        <translation>De los dispositivos finales, sin los motivos excluidos; 100 % no se comprueba.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. unreachable, timeout</source>
        <translation>p. ej. inalcanzable, tiempo agotado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma-separated failure reasons that are not the firmware&apos;s fault: they count neither as success nor as failure.</source>
        <translation>Motivos de fallo separados por comas que no son culpa del firmware: no cuentan ni como éxito ni como fallo.</translation>
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
        <translation>Cuánto esperar tras terminar la campaña de una ola antes de leer su compuerta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum &amp;final devices:</source>
        <translation>Mínimo de dispositivos &amp;finales:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;oak time:</source>
        <translation>Tiempo de &amp;espera:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum s&amp;uccess:</source>
        <translation>Éxito mí&amp;nimo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum f&amp;ailure:</source>
        <translation>Fall&amp;o máximo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xcluded reasons:</source>
        <translation>Motivos e&amp;xcluidos:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Give the rollout a name: its waves&apos; campaigns are named after it.</source>
        <translation>Dé un nombre al despliegue: las campañas de sus olas lo llevan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rollout named &quot;%1&quot; exists already; its waves&apos; campaigns are named after it: give this one another name.</source>
        <translation>Ya existe un despliegue llamado «%1»; las campañas de sus olas llevan su nombre: dé otro nombre a este.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New rollout</source>
        <translation>Nuevo despliegue</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wave %1</source>
        <translation>Ola %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wave %1 (%2)</source>
        <translation>Ola %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign: %1</source>
        <translation>Campaña: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused by the check (in no wave)</source>
        <translation>Rechazados por la comprobación (en ninguna ola)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The waves cannot be formed: %1</source>
        <translation>No se pueden formar las olas: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln device(s) in %1 wave(s); the devices were not checked: the check runs again when the rollout is created.</source>
        <translation>
            <numerusform>%Ln dispositivo en %1 ola(s); los dispositivos no se comprobaron: la comprobación se repite al crear el despliegue.</numerusform>
            <numerusform>%Ln dispositivos en %1 ola(s); los dispositivos no se comprobaron: la comprobación se repite al crear el despliegue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln device(s) in %1 wave(s); %2 of the %3 listed devices refused by the check.</source>
        <translation>
            <numerusform>%Ln dispositivo en %1 ola(s); %2 de los %3 dispositivos de la lista rechazados por la comprobación.</numerusform>
            <numerusform>%Ln dispositivos en %1 ola(s); %2 de los %3 dispositivos de la lista rechazados por la comprobación.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fotadesk::RolloutWizard</name>
    <message>
        <location filename="../src/gui/rollouts/RolloutWizard.cpp" line="+43"/>
        <source>New rollout</source>
        <translation>Nuevo despliegue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New rollout form</source>
        <translation>Formulario de nuevo despliegue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the protocol and the firmware upgrade every wave installs.</source>
        <translation>Elija el protocolo y la actualización de firmware que instala cada ola.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates and time windows</source>
        <translation>Fechas y franjas horarias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each wave&apos;s campaign starts on the start date or when the wave before it passed its gate, whichever is later, runs as many days as this range, in these daily windows.</source>
        <translation>La campaña de cada ola empieza en la fecha de inicio o cuando la ola anterior pasó su compuerta, lo que sea más tarde, y dura tantos días como este intervalo, en estas franjas diarias.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every device the rollout may reach; the Waves step cuts them into waves.</source>
        <translation>Todos los dispositivos que puede alcanzar el despliegue; el paso Olas los reparte en olas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every device is checked against the account&apos;s inventory: refused devices never enter a wave.</source>
        <translation>Cada dispositivo se comprueba con el inventario de la cuenta: los rechazados nunca entran en una ola.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Create rollout</source>
        <translation>&amp;Crear despliegue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the rollout</source>
        <translation>Crear el despliegue</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the plan</source>
        <translation>el plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not created: %1</source>
        <translation>No creado: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Creating the rollout: checking %Ln device(s) against the account&apos;s inventory again, then storing its waves…</source>
        <translation>
            <numerusform>Creando el despliegue: se comprueba de nuevo %Ln dispositivo con el inventario y luego se guardan sus olas…</numerusform>
            <numerusform>Creando el despliegue: se comprueban de nuevo %Ln dispositivos con el inventario y luego se guardan sus olas…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not created: a rollout of this name exists already (its waves&apos; campaigns are named after it). Change the rollout name above and create it again.</source>
        <translation>No creado: ya existe un despliegue con este nombre (las campañas de sus olas lo llevan). Cambie el nombre arriba y créelo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not created: the account has no such firmware package any more. Go Back to the Firmware step, reload the list and choose a package.</source>
        <translation>No creado: la cuenta ya no tiene ese paquete de firmware. Vuelva al paso Firmware, recargue la lista y elija un paquete.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not created: the protocol does not fit the firmware package (%1). Go Back to the Firmware step and choose another protocol or package.</source>
        <translation>No creado: el protocolo no encaja con el paquete de firmware (%1). Vuelva al paso Firmware y elija otro protocolo o paquete.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not created: the service could not be asked (nothing was stored; Create rollout tries again).</source>
        <translation>No creado: no se pudo consultar el servicio (no se guardó nada; «Crear despliegue» lo intenta de nuevo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not created: the waves cannot be formed from the devices the check accepts now: %1 Change the waves above.</source>
        <translation>No creado: las olas no se pueden formar con los dispositivos que la comprobación acepta ahora: %1 Cambie las olas arriba.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not created: the workspace could not keep the rollout: %1</source>
        <translation>No creado: el espacio de trabajo no pudo guardar el despliegue: %1</translation>
    </message>
</context>
<context>
    <name>fotadesk::RolloutsPage</name>
    <message>
        <location filename="../src/gui/rollouts/RolloutsPage.cpp" line="+106"/>
        <source>Rollout</source>
        <translation>Despliegue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current wave</source>
        <translation>Ola actual</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rollouts</source>
        <translation>Despliegues</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Advance &amp;now</source>
        <translation>Avanzar a&amp;hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the current wave and its gate once and starts what is due.</source>
        <translation>Lee una vez la ola actual y su compuerta e inicia lo que toca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No further wave starts until you resume.</source>
        <translation>No empieza ninguna ola más hasta que reanude.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lets the rollout go on.</source>
        <translation>Deja que el despliegue continúe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;bort…</source>
        <translation>A&amp;bortar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops the rollout and cancels the running wave&apos;s campaign.</source>
        <translation>Detiene el despliegue y cancela la campaña de la ola en curso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appr&amp;ove next wave</source>
        <translation>Aprobar siguiente &amp;ola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts the next wave after a passed gate.</source>
        <translation>Inicia la siguiente ola tras una compuerta superada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ove&amp;rride failed gate…</source>
        <translation>&amp;Forzar compuerta fallida…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts the next wave although its gate failed.</source>
        <translation>Inicia la siguiente ola aunque su compuerta falló.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry fa&amp;iled devices…</source>
        <translation>Re&amp;intentar dispositivos fallidos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new wave of the selected wave&apos;s failed devices (retryable reasons), checked again first.</source>
        <translation>Una nueva ola con los dispositivos fallidos de la ola elegida (motivos reintentables), comprobados de nuevo antes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review p&amp;lan…</source>
        <translation>Revisar p&amp;lan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan&apos;s waves, exact requests, pre-flight summary and hash; a second engineer approves it here.</source>
        <translation>Olas, peticiones exactas, resumen de la comprobación previa y hash del plan; un segundo técnico lo aprueba aquí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport held devices…</source>
        <translation>E&amp;xportar dispositivos retenidos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the devices behind the failed gate figure, one IMEI a line.</source>
        <translation>Guarda los dispositivos detrás de la cifra fallida, un IMEI por línea.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waves and gates</source>
        <translation>Olas y compuertas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wave</source>
        <translation>Ola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>Rollout &lt;b&gt;%1&lt;/b&gt; created: %Ln device(s) in %2 wave(s). Nothing is sent yet: Advance now starts wave 1.</source>
        <translation>
            <numerusform>Despliegue &lt;b&gt;%1&lt;/b&gt; creado: %Ln dispositivo en %2 ola(s). Aún no se envía nada: «Avanzar ahora» inicia la ola 1.</numerusform>
            <numerusform>Despliegue &lt;b&gt;%1&lt;/b&gt; creado: %Ln dispositivos en %2 ola(s). Aún no se envía nada: «Avanzar ahora» inicia la ola 1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>none yet</source>
        <translation>ninguna aún</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %Ln device(s) in %3 wave(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, %Ln dispositivo en %3 ola(s)</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, %Ln dispositivos en %3 ola(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Held at the gate after wave %1: %2, %Ln device(s) behind it.</source>
        <translation>
            <numerusform>Retenido en la compuerta tras la ola %1: %2, %Ln dispositivo detrás.</numerusform>
            <numerusform>Retenido en la compuerta tras la ola %1: %2, %Ln dispositivos detrás.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+190"/>
        <source>%Ln device(s) written to %1.</source>
        <translation>
            <numerusform>%Ln dispositivo escrito en %1.</numerusform>
            <numerusform>%Ln dispositivos escritos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-197"/>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>New rollou&amp;t…</source>
        <translation>N&amp;uevo despliegue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates a rollout: firmware, dates, devices, the pre-flight check, then its waves and gates (Ctrl+Shift+N). Nothing is sent before Advance now.</source>
        <translation>Crea un despliegue: firmware, fechas, dispositivos, la comprobación previa y luego sus olas y compuertas (Ctrl+Mayús+N). No se envía nada antes de «Avanzar ahora».</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>No rollouts yet. Create one with New rollout… (Ctrl+Shift+N) or &apos;fotactl rollout create --plan FILE&apos; (docs/rollouts.md); it shows here.</source>
        <translation>Aún no hay despliegues. Cree uno con «Nuevo despliegue…» (Ctrl+Mayús+N) o &apos;fotactl rollout create --plan ARCHIVO&apos; (docs/rollouts.md); aparecerá aquí.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>A step of a rollout is under way: wait until it ends.</source>
        <translation>Hay un paso de un despliegue en curso: espere a que termine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Held at the gate after wave %1: %2. The devices behind it are in the timeline (Export held devices saves them).</source>
        <translation>Retenido en la compuerta tras la ola %1: %2. Los dispositivos detrás están en la línea de tiempo («Exportar dispositivos retenidos» los guarda).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The rollout&apos;s step did not complete: %1</source>
        <translation>El paso del despliegue no se completó: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Abort rollout &apos;%1&apos;? No further wave starts. This cannot be undone.</source>
        <translation>¿Abortar el despliegue «%1»? No empezará ninguna ola más. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abort rollout &apos;%1&apos;? This cancels the running wave&apos;s campaign %2 on the service (its devices that have not upgraded yet stay on their firmware), and no further wave starts. This cannot be undone.</source>
        <translation>¿Abortar el despliegue «%1»? Esto cancela en el servicio la campaña %2 de la ola en curso (sus dispositivos aún no actualizados conservan su firmware) y no empezará ninguna ola más. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Abort rollout</source>
        <translation>Abortar despliegue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The gate after wave %1 failed: %2. Start the next wave anyway? Your decision is recorded with your name.</source>
        <translation>La compuerta tras la ola %1 falló: %2. ¿Iniciar la siguiente ola de todos modos? Su decisión se registra con su nombre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Override failed gate</source>
        <translation>Forzar compuerta fallida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start next wave</source>
        <translation>Iniciar siguiente ola</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>every failure</source>
        <translation>todo fallo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Retry failed devices</source>
        <translation>Reintentar dispositivos fallidos</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Make a new wave of the failed devices of wave %1 (retryable: %2)? They are checked again first; it runs next.</source>
        <translation>¿Crear una nueva ola con los dispositivos fallidos de la ola %1 (reintentables: %2)? Se comprueban de nuevo antes; se ejecuta a continuación.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export held devices</source>
        <translation>Exportar dispositivos retenidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>fotadesk::SettingsDialog</name>
    <message>
        <location filename="../src/gui/settings/SettingsDialog.cpp" line="+68"/>
        <source>Remember the client secret and password in the keychain</source>
        <translation>Recordar el secreto de cliente y la contraseña en el llavero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-3"/>
        <source> devices</source>
        <translation> dispositivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> requests</source>
        <translation> solicitudes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save drafts of forms automatically</source>
        <translation>Guardar automáticamente borradores de los formularios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> KB</source>
        <translation> KB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo (built-in simulator, no account needed)</source>
        <translation>Demo (simulador integrado, no necesita cuenta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production (ThingSpace)</source>
        <translation>Producción (ThingSpace)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom base URL</source>
        <translation>URL base personalizada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use:</source>
        <translation>Usar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo account:</source>
        <translation>Cuenta de demostración:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production account:</source>
        <translation>Cuenta de producción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production client id:</source>
        <translation>ID de cliente de producción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production user name:</source>
        <translation>Usuario de producción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom base URL:</source>
        <translation>URL base personalizada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom account:</source>
        <translation>Cuenta personalizada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom client id:</source>
        <translation>ID de cliente personalizado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom user name:</source>
        <translation>Usuario personalizado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra CA certificate:</source>
        <translation>Certificado de CA adicional:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The environment, its account and the CA certificate are used from the next start of FotaDesk.</source>
        <translation>El entorno, su cuenta y el certificado de CA se usan a partir del próximo inicio de FotaDesk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Behaviour</source>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overview refresh:</source>
        <translation>Actualizar la vista general:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warn about silent devices after:</source>
        <translation>Avisar de dispositivos sin conexión tras:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Site time zone:</source>
        <translation>Zona horaria del sitio:</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Devices per request:</source>
        <translation>Dispositivos por solicitud:</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <location line="+85"/>
        <source>every %Ln min</source>
        <translation>
            <numerusform>cada %Ln min</numerusform>
            <numerusform>cada %Ln min</numerusform>
        </translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Requests in parallel:</source>
        <translation>Solicitudes en paralelo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request timeout:</source>
        <translation>Tiempo de espera de las solicitudes:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log file size:</source>
        <translation>Tamaño del archivo de registro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old log files kept:</source>
        <translation>Archivos de registro antiguos conservados:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System time zone (%1)</source>
        <translation>Zona horaria del sistema (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site time zone and language take effect when FotaDesk starts again.</source>
        <translation>La zona horaria del sitio y el idioma se aplican cuando FotaDesk se vuelve a iniciar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Client secrets and passwords are never stored here: they are asked for at sign-in and kept in the keychain (or, without one, in memory for the run).</source>
        <translation>Los secretos de cliente y las contraseñas nunca se guardan aquí: se piden al iniciar sesión y se guardan en el llavero (o, si no lo hay, en memoria durante la ejecución).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Extra CA certificate</source>
        <translation>Certificado de CA adicional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The custom base URL must be an http(s) URL, e.g. https://fota.example.com/api.</source>
        <translation>La URL base personalizada debe ser una URL http(s), p. ej. https://fota.example.com/api.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the account of the custom environment.</source>
        <translation>Introduzca la cuenta del entorno personalizado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the production account, e.g. 0000123456-00001.</source>
        <translation>Introduzca la cuenta de producción, p. ej. 0000123456-00001.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA certificate %1 cannot be read: choose a readable PEM or DER file, or leave it empty.</source>
        <translation>No se puede leer el certificado de CA %1: elija un archivo PEM o DER legible o déjelo vacío.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FotaDesk will use %1 from its next start. Close and start it again to switch now.</source>
        <translation>FotaDesk usará %1 a partir del próximo inicio. Ciérrelo y vuelva a iniciarlo para cambiar ahora.</translation>
    </message>
</context>
<context>
    <name>fotadesk::SignInFlow</name>
    <message>
        <location filename="../src/app/screenshots/ScreenshotDriver.cpp" line="+25"/>
        <location filename="../src/gui/signin/SignInFlow.cpp" line="+21"/>
        <source>ThingSpace production</source>
        <translation>producción de ThingSpace</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/SignInFlow.cpp" line="+2"/>
        <source>custom</source>
        <translation>personalizado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Signed in with the sign-in saved in %1.</source>
        <translation>Sesión iniciada con el inicio de sesión guardado en %1.</translation>
    </message>
    <message>
        <location filename="../src/app/screenshots/ScreenshotDriver.cpp" line="+6"/>
        <location filename="../src/gui/signin/SignInFlow.cpp" line="+11"/>
        <source>Kept in: %1.</source>
        <translation>Guardado en: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/signin/SignInFlow.cpp" line="+1"/>
        <source>There is no keychain service on this computer: you will be asked again at the next start.</source>
        <translation>No hay servicio de llavero en este equipo: se le volverá a preguntar en el próximo inicio.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Signed in; the secret and password are kept in memory for this run only.</source>
        <translation>Sesión iniciada; el secreto y la contraseña se guardan en memoria solo durante esta ejecución.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in; the secret and password are saved in %1.</source>
        <translation>Sesión iniciada; el secreto y la contraseña están guardados en %1.</translation>
    </message>
</context>
<context>
    <name>fotadesk::StatusBadge</name>
    <message>
        <location filename="../src/gui/common/StatusBadge.cpp" line="+18"/>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Todavía no hay dispositivos</translation>
    </message>
</context>
<context>
    <name>fotadesk::StatusGroup</name>
    <message>
        <location filename="../src/core/StatusGroup.cpp" line="+32"/>
        <source>Request pending</source>
        <translation>Solicitud pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request queued</source>
        <translation>Solicitud en cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-scheduled</source>
        <translation>Preprogramada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request failed</source>
        <translation>Solicitud fallida</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+194"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location line="-192"/>
        <location line="+194"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Aborted (cancelled after the start)</source>
        <translation>Abortada (cancelada tras el inicio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+192"/>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Upgrade pending</source>
        <translation>Actualización pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade succeeded</source>
        <translation>Actualización correcta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded and installed</source>
        <translation>Descargado e instalado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware version updated</source>
        <translation>Versión de firmware actualizada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device added</source>
        <translation>Dispositivo añadido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device does not exist</source>
        <translation>El dispositivo no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No FOTA license</source>
        <translation>Sin licencia FOTA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installing</source>
        <translation>Instalando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade failed</source>
        <translation>Actualización fallida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade cancelled</source>
        <translation>Actualización cancelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not added</source>
        <translation>No añadido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device removed</source>
        <translation>Dispositivo quitado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not removed</source>
        <translation>No quitado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Firmware version not updated</source>
        <translation>Versión de firmware no actualizada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>License assigned</source>
        <translation>Licencia asignada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>License not assigned</source>
        <translation>Licencia no asignada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>License removed</source>
        <translation>Licencia quitada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>License not removed</source>
        <translation>Licencia no quitada</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Added to campaign</source>
        <translation>Añadido a la campaña</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+14"/>
        <source>Unknown status</source>
        <translation>Estado desconocido</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>Correcto</translation>
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
        <translation>%1: %2 — haga clic para mostrar solo estos (vuelva a hacer clic para mostrar todos)</translation>
    </message>
</context>
<context>
    <name>fotadesk::TimeWindow</name>
    <message>
        <location filename="../src/core/TimeWindow.cpp" line="+16"/>
        <source>Start hour %1 is out of range: use a whole hour from 0 to 23 (UTC).</source>
        <translation>La hora de inicio %1 está fuera de rango: use una hora entera de 0 a 23 (UTC).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End hour %1 is out of range: use a whole hour from 1 to 24 (UTC).</source>
        <translation>La hora de fin %1 está fuera de rango: use una hora entera de 1 a 24 (UTC).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The window %1–%2 is empty: the end hour must be later than the start hour. For the whole day use 0–24.</source>
        <translation>La ventana %1–%2 está vacía: la hora de fin debe ser posterior a la de inicio. Para todo el día use 0–24.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The window %1–%2 ends before it starts: the end hour must be later than the start hour. A window across midnight must be split in two (e.g. 22–24 and 0–2).</source>
        <translation>La ventana %1–%2 termina antes de empezar: la hora de fin debe ser posterior a la de inicio. Una ventana que cruza la medianoche debe dividirse en dos (p. ej. 22–24 y 0–2).</translation>
    </message>
</context>
<context>
    <name>fotadesk::TimeWindowEditor</name>
    <message>
        <location filename="../src/gui/create/TimeWindowEditor.cpp" line="+31"/>
        <source>Nights 01:00–05:00 UTC</source>
        <translation>Noches 01:00–05:00 UTC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nights 22:00–06:00 UTC (split at midnight)</source>
        <translation>Noches 22:00–06:00 UTC (dividida a medianoche)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LWM2M start and retry 00:00–05:00 UTC</source>
        <translation>Inicio y reintento LWM2M 00:00–05:00 UTC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business hours 09:00–17:00 UTC</source>
        <translation>Horario laboral 09:00–17:00 UTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any hour (no window)</source>
        <translation>Cualquier hora (sin ventana)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a preset…</source>
        <translation>Elija una plantilla…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>From %1:00 to %2:00 is no window: choose different hours (for &quot;any hour&quot; use the preset Any hour).</source>
        <translation>De %1:00 a %2:00 no es una ventana: elija otras horas (para «cualquier hora» use la plantilla Cualquier hora).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1:00 to %2:00 is not a window of whole hours.</source>
        <translation>De %1:00 a %2:00 no es una ventana de horas enteras.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The window crossed midnight and was split into two.</source>
        <translation>La ventana cruzaba la medianoche y se dividió en dos.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Hours are UTC (the service does not say which zone it uses, FotaDesk sends UTC). Local time is shown for %1.</source>
        <translation>Las horas son UTC (el servicio no indica qué zona usa; FotaDesk envía UTC). La hora local se muestra para %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Daylight-saving time changes in %1 during the campaign: from %2 on, the same UTC hours are %3 local time instead of %4. The hours sent stay UTC.</source>
        <translation>En %1 cambia el horario de verano durante la campaña: a partir del %2, las mismas horas UTC son las %3 hora local en lugar de las %4. Las horas enviadas siguen siendo UTC.</translation>
    </message>
</context>
<context>
    <name>fotadesk::TimeWindowList</name>
    <message>
        <location filename="../src/core/TimeWindowList.cpp" line="+185"/>
        <source>%1 (next day)</source>
        <translation>%1 (día siguiente)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No time window: devices may be upgraded at any hour of the day (UTC).</source>
        <translation>Sin ventana horaria: los dispositivos pueden actualizarse a cualquier hora del día (UTC).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Window %1: %2</source>
        <translation>Ventana %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window %1 (%2 to %3) crosses midnight: split it into %4.</source>
        <translation>La ventana %1 (de %2 a %3) cruza la medianoche: divídala en %4.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Window %1 (%2) is the same as window %3: remove one of them.</source>
        <translation>La ventana %1 (%2) es igual que la ventana %3: quite una de ellas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Window %1 (%2) overlaps window %3 (%4): merge them into one window (%5).</source>
        <translation>La ventana %1 (%2) se solapa con la ventana %3 (%4): únalas en una sola ventana (%5).</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>any hour (no time window)</source>
        <translation>cualquier hora (sin ventana horaria)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The site&apos;s time zone is not known: choose a zone such as Europe/Berlin or America/New_York.</source>
        <translation>No se conoce la zona horaria del sitio: elija una zona como Europe/Berlin o America/New_York.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The local time window cannot be converted: give a start date and an end date that is not before it.</source>
        <translation>No se puede convertir la ventana horaria local: indique una fecha de inicio y una fecha de fin que no sea anterior.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date range %1 to %2 is longer than %3 days: shorten the campaign.</source>
        <translation>El intervalo del %1 al %2 supera los %3 días: acorte la campaña.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The time zone %1 is %2, not a whole number of hours from UTC: the UTC windows were narrowed to the whole UTC hours inside the local window.</source>
        <translation>La zona horaria %1 es %2, no un número entero de horas respecto a UTC: las ventanas UTC se redujeron a las horas UTC enteras dentro de la ventana local.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Window %1 (%2 %3) holds no whole UTC hour: make it longer.</source>
        <translation>La ventana %1 (%2 %3) no contiene ninguna hora UTC entera: alárguela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window %1 (%2 %3) does not exist on %4 day(s) from %5 (a clock change skips those hours): devices get no upgrade slot from it then.</source>
        <translation>La ventana %1 (%2 %3) no existe durante %4 día(s) a partir del %5 (un cambio de hora se salta esas horas): los dispositivos no reciben entonces ningún turno de actualización de ella.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The UTC hours change during the campaign (daylight-saving time in %1): from %2, the local window %3 is %4 instead of %5 (%6 instead of %7).</source>
        <translation>Las horas UTC cambian durante la campaña (horario de verano en %1): a partir del %2, la ventana local %3 es %4 en lugar de %5 (%6 en lugar de %7).</translation>
    </message>
</context>
<context>
    <name>fotadesk::TimeWindowModel</name>
    <message>
        <location filename="../src/models/TimeWindowModel.cpp" line="+79"/>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Start (UTC)</source>
        <translation>Inicio (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End (UTC)</source>
        <translation>Fin (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local time (%1)</source>
        <translation>Hora local (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>%1; from %2: %3 (daylight-saving time)</source>
        <translation>%1; a partir del %2: %3 (horario de verano)</translation>
    </message>
</context>
<context>
    <name>fotadesk::TlsSetup</name>
    <message>
        <location filename="../src/api/TlsSetup.cpp" line="+24"/>
        <source>the extra CA file &apos;%1&apos; cannot be read (%2). Fix the path in the environment settings or remove it.</source>
        <translation>no se puede leer el archivo de CA adicional &apos;%1&apos; (%2). Corrija la ruta en la configuración del entorno o quítela.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the extra CA file &apos;%1&apos; holds no certificate in PEM or DER form. Export the CA certificate (not a key) and try again.</source>
        <translation>el archivo de CA adicional &apos;%1&apos; no contiene ningún certificado en formato PEM o DER. Exporte el certificado de la CA (no una clave) y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>fotadesk::UserGuideWindow</name>
    <message>
        <location filename="../src/gui/shell/UserGuideWindow.cpp" line="+40"/>
        <source>FotaDesk user guide</source>
        <translation>Guía del usuario de FotaDesk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Find in the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This guide is written in English; FotaDesk itself follows the language chosen in File ▸ Settings.</source>
        <translation>Esta guía solo está en inglés; FotaDesk sigue el idioma elegido en Archivo ▸ Configuración.</translation>
    </message>
</context>
<context>
    <name>fotadesk::Workspace</name>
    <message>
        <location filename="../src/store/Workspace.cpp" line="+232"/>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is not a regular file.</source>
        <translation>No es un archivo normal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file cannot be read (no permission).</source>
        <translation>No se puede leer el archivo (sin permiso).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The schema version cannot be read.</source>
        <translation>No se puede leer la versión del esquema.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>the file system is read-only</source>
        <translation>el sistema de archivos es de solo lectura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk is full: %1 free</source>
        <translation>el disco está lleno: %1 libres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is not writable</source>
        <translation>no se puede escribir en el archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its folder is not writable</source>
        <translation>no se puede escribir en su carpeta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1; SQLite: %2</source>
        <translation>%1; SQLite: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the workspace %1 is not open</source>
        <translation>el espacio de trabajo %1 no está abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workspace %1 cannot be opened: %2</source>
        <translation>no se puede abrir el espacio de trabajo %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the workspace %1 is open read-only: %2</source>
        <translation>el espacio de trabajo %1 está abierto en solo lectura: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the workspace is kept in memory only, not on disk (see the message at start)</source>
        <translation>el espacio de trabajo se mantiene solo en memoria, no en el disco (vea el mensaje del inicio)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Schema step %1 (%2) failed: %3</source>
        <translation>Falló el paso de esquema %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>It could not be renamed to %1.</source>
        <translation>No se pudo cambiar su nombre a %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The workspace %1 cannot be written (%2). It was opened read-only: what it holds (audit log, journals, drafts) can be read, but nothing that must be recorded first (a campaign create, a device batch, any other change) is sent, and nothing is saved, until it can be written again. Nothing was moved or changed.</source>
        <translation>No se puede escribir en el espacio de trabajo %1 (%2). Se abrió en solo lectura: lo que contiene (registro de auditoría, diarios, borradores) se puede leer, pero no se envía nada que deba registrarse antes (la creación de una campaña, un lote de dispositivos, cualquier otro cambio) ni se guarda nada hasta que se pueda volver a escribir en él. No se movió ni se cambió nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The workspace %1 cannot be opened (%2). It was left as it is: nothing was moved or changed, and nothing that must be recorded first (a campaign create, a device batch, any other change) is sent until it can be. Free space on the disk or fix the file&apos;s permissions, then start again.</source>
        <translation>No se puede abrir el espacio de trabajo %1 (%2). Se dejó como estaba: no se movió ni se cambió nada, y no se envía nada que deba registrarse antes (la creación de una campaña, un lote de dispositivos, cualquier otro cambio) hasta que se pueda abrir. Libere espacio en el disco o corrija los permisos del archivo y vuelva a iniciar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The workspace %1 cannot be used (%2) and could not be moved aside: %3 FotaDesk runs without saving drafts, the audit log or journals until you move or delete that file.</source>
        <translation>No se puede usar el espacio de trabajo %1 (%2) y no se pudo apartar: %3 FotaDesk funciona sin guardar borradores, registro de auditoría ni diarios hasta que mueva o elimine ese archivo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The workspace %1 was damaged or unreadable (%2). It was kept as %3 and a new, empty workspace was started; drafts, audit entries and journals of the old one are in that file.</source>
        <translation>El espacio de trabajo %1 estaba dañado o era ilegible (%2). Se conservó como %3 y se inició un espacio de trabajo nuevo y vacío; los borradores, entradas de auditoría y diarios del anterior están en ese archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workspace %1 could not be created (%2). A new one was started.</source>
        <translation>No se pudo crear el espacio de trabajo %1 (%2). Se inició uno nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new workspace cannot be used either (%1): FotaDesk runs without saving until this is fixed.</source>
        <translation>Tampoco se puede usar el nuevo espacio de trabajo (%1): FotaDesk funciona sin guardar hasta que se corrija.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The workspace %1 was written by a newer FotaDesk (schema %2, this version knows up to %3). It was left as it is; FotaDesk runs without saving until you use the newer version again.</source>
        <translation>El espacio de trabajo %1 lo escribió un FotaDesk más reciente (esquema %2; esta versión conoce hasta el %3). Se dejó como estaba; FotaDesk funciona sin guardar hasta que vuelva a usar la versión más reciente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The workspace cannot be stored: %1 FotaDesk runs without saving drafts, the audit log or journals.</source>
        <translation>No se puede guardar el espacio de trabajo: %1 FotaDesk funciona sin guardar borradores, registro de auditoría ni diarios.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The workspace %1 could not be brought up to date (%2). It was left as it is; FotaDesk runs without saving until this is fixed.</source>
        <translation>No se pudo actualizar el espacio de trabajo %1 (%2). Se dejó como estaba; FotaDesk funciona sin guardar hasta que se corrija.</translation>
    </message>
</context>
<context>
    <name>fotadesk::WorkspaceStartup</name>
    <message>
        <location filename="../src/gui/shell/WorkspaceStartup.cpp" line="+33"/>
        <source>Local workspace</source>
        <translation>Espacio de trabajo local</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A campaign create with an unknown outcome</source>
        <translation>Una creación de campaña con resultado desconocido</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%1 %Ln device(s)%2</source>
        <translation>
            <numerusform>%1 %Ln dispositivo%2</numerusform>
            <numerusform>%1 %Ln dispositivos%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — campaign %1</source>
        <translation> — campaña %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+46"/>
        <location line="+20"/>
        <source>Interrupted device batch</source>
        <translation>Lote de dispositivos interrumpido</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>The batch “%1” was interrupted on %2 with %3 of %4 chunks done. Complete it now? Only the remaining chunks are sent; devices already handled count as done.</source>
        <translation>El lote «%1» se interrumpió el %2 con %3 de %4 bloques hechos. ¿Completarlo ahora? Solo se envían los bloques restantes; los dispositivos ya tratados cuentan como hechos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Complete it</source>
        <translation>Completarlo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unfinished campaign</source>
        <translation>Campaña sin terminar</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The campaign form “%1” (%Ln device(s)) was saved on %2 but not submitted. Restore it?</source>
        <translation>
            <numerusform>El formulario de campaña «%1» (%Ln dispositivo) se guardó el %2 pero no se envió. ¿Restaurarlo?</numerusform>
            <numerusform>El formulario de campaña «%1» (%Ln dispositivos) se guardó el %2 pero no se envió. ¿Restaurarlo?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Batch %1 is complete.</source>
        <translation>El lote %1 está completo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batch %1 is still incomplete; it is offered again at the next start (or run &apos;fotactl campaign resume %1&apos;).</source>
        <translation>El lote %1 sigue incompleto; se ofrecerá de nuevo en el próximo inicio (o ejecute &apos;fotactl campaign resume %1&apos;).</translation>
    </message>
</context>
<context>
    <name>fotadesk::wire::JsonReader</name>
    <message>
        <location filename="../src/api/wire/JsonCodec.cpp" line="+67"/>
        <source>the body is not valid UTF-8 (byte offset %1)</source>
        <translation>el cuerpo no es UTF-8 válido (desplazamiento de bytes %1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the JSON is nested deeper than %1 levels (byte offset %2)</source>
        <translation>el JSON está anidado a más de %1 niveles (desplazamiento de bytes %2)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>empty body (expected JSON)</source>
        <translation>cuerpo vacío (se esperaba JSON)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid JSON at byte offset %1: %2</source>
        <translation>JSON no válido en el desplazamiento de bytes %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a JSON object or array at the top level</source>
        <translation>se esperaba un objeto o una matriz JSON en el nivel superior</translation>
    </message>
    <message>
        <location filename="../src/api/wire/JsonCodecCampaigns.cpp" line="+145"/>
        <source>&quot;append&quot; or &quot;remove&quot;</source>
        <translation>&quot;append&quot; o &quot;remove&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/api/wire/JsonReader.cpp" line="+172"/>
        <location line="+138"/>
        <source>required field is missing (expected %1)</source>
        <translation>falta un campo obligatorio (se esperaba %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../src/api/wire/JsonReader.cpp" line="-220"/>
        <location line="+240"/>
        <source>expected %1, got %2</source>
        <translation>se esperaba %1, se recibió %2</translation>
    </message>
    <message>
        <location filename="../src/api/wire/JsonReader.cpp" line="-279"/>
        <location line="+22"/>
        <source>an object</source>
        <translation>un objeto</translation>
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
        <translation>un booleano</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+34"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+28"/>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+32"/>
        <location filename="../src/api/wire/JsonReader.h" line="+112"/>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location line="+164"/>
        <location line="+43"/>
        <source>expected an integer, got %1</source>
        <translation>se esperaba un entero, se recibió %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>expected an integer from %1 to %2, got %3</source>
        <translation>se esperaba un entero de %1 a %2, se recibió %3</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>a date YYYY-MM-DD</source>
        <translation>una fecha AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a date YYYY-MM-DD or an ISO 8601 date-time</source>
        <translation>una fecha AAAA-MM-DD o una fecha y hora ISO 8601</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/fotadesk/main.cpp" line="+51"/>
        <source>FotaDesk cannot start</source>
        <translation>FotaDesk no puede iniciarse</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Administer ThingSpace FOTA v3 firmware campaigns.
Without options FotaDesk runs on its embedded demo backend (no account needed).</source>
        <translation>Administre campañas de firmware de ThingSpace FOTA v3.
Sin opciones, FotaDesk funciona con su backend de demostración integrado (no necesita cuenta).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Displays version and licence information.</source>
        <translation>Muestra la versión y la licencia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the embedded demo backend (the default when nothing is configured).</source>
        <translation>Usar el backend de demostración integrado (lo predeterminado si no hay nada configurado).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the ThingSpace production service (asks for credentials).</source>
        <translation>Usar el servicio de producción de ThingSpace (pide las credenciales).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a custom service at &lt;url&gt; (e.g. http://127.0.0.1:8080/api).</source>
        <translation>Usar un servicio personalizado en &lt;url&gt; (p. ej. http://127.0.0.1:8080/api).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account name, e.g. 0000123456-00001.</source>
        <translation>El nombre de la cuenta, p. ej. 0000123456-00001.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the user-interface language &lt;code&gt;: en, de or es (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Usar el idioma de la interfaz &lt;code&gt;: en, de o es (predeterminado: el elegido en Configuración o, si no, el del sistema).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose one of --demo, --production and --base-url.</source>
        <translation>Elija una de las opciones --demo, --production y --base-url.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The custom profile has no base URL: set it in File ▸ Settings… or start with --base-url &lt;url&gt;.</source>
        <translation>El perfil personalizado no tiene URL base: defínala en Archivo ▸ Configuración… o inicie con --base-url &lt;url&gt;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in cancelled. Start with --demo to use the demo backend without an account.</source>
        <translation>Inicio de sesión cancelado. Inicie con --demo para usar el backend de demostración sin cuenta.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The embedded demo backend did not start: %1</source>
        <translation>El backend de demostración integrado no se inició: %1</translation>
    </message>
</context>
</TS>
