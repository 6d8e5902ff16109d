<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AgreementLabels</name>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>Sindicación</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Inscripción en curso</translation>
    </message>
    <message>
        <source>Pending signature</source>
        <translation>Firma pendiente</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>No inscrito</translation>
    </message>
    <message>
        <source>To sign</source>
        <translation>Por firmar</translation>
    </message>
    <message>
        <source>New version to sign</source>
        <translation>Nueva versión por firmar</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>contract status</comment>
        <translation>Activo</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Inquiring</source>
        <translation>En consulta</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>support case state: waiting for support</comment>
        <translation>Pendiente</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Descripción breve</translation>
    </message>
    <message>
        <source>Detailed overview</source>
        <translation>Descripción detallada</translation>
    </message>
    <message>
        <source>Service description</source>
        <translation>Descripción del servicio</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Download links</source>
        <translation>Enlaces de descarga</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentación</translation>
    </message>
    <message>
        <source>Action URL</source>
        <translation>URL de la acción</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>MPN</source>
        <translation>MPN</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Período de facturación</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Restricciones</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Action ID</source>
        <translation>ID de la acción</translation>
    </message>
</context>
<context>
    <name>IntegrationLabels</name>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Por vencer</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renovado</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>Fulfillment requests</source>
        <translation>Solicitudes de aprovisionamiento</translation>
    </message>
    <message>
        <source>Tier configuration requests</source>
        <translation>Solicitudes de configuración de Tier</translation>
    </message>
    <message>
        <source>Tier account requests</source>
        <translation>Solicitudes de cuenta de Tier</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>Solicitudes de listado</translation>
    </message>
    <message>
        <source>Billing requests</source>
        <translation>Solicitudes de facturación</translation>
    </message>
    <message>
        <source>Usage files</source>
        <translation>Archivos de uso</translation>
    </message>
    <message>
        <source>Any change (event)</source>
        <translation>Cualquier cambio (evento)</translation>
    </message>
    <message>
        <source>Draft validation</source>
        <translation>Validación de borrador</translation>
    </message>
    <message>
        <source>Inquiring validation</source>
        <translation>Validación de consulta</translation>
    </message>
    <message>
        <source>Change validation</source>
        <translation>Validación de cambio</translation>
    </message>
    <message>
        <source>Change inquiring validation</source>
        <translation>Validación de consulta de cambio</translation>
    </message>
    <message>
        <source>Renewal validation</source>
        <translation>Validación de renovación</translation>
    </message>
    <message>
        <source>Renewal inquiring validation</source>
        <translation>Validación de consulta de renovación</translation>
    </message>
    <message>
        <source>Transfer validation</source>
        <translation>Validación de transferencia</translation>
    </message>
    <message>
        <source>Transfer inquiring validation</source>
        <translation>Validación de consulta de transferencia</translation>
    </message>
    <message>
        <source>Draft tier 1 configuration validation</source>
        <translation>Validación del borrador de configuración de Tier 1</translation>
    </message>
    <message>
        <source>Draft tier 2 configuration validation</source>
        <translation>Validación del borrador de configuración de Tier 2</translation>
    </message>
    <message>
        <source>Tier 1 setup inquiring validation</source>
        <translation>Validación de consulta de configuración de Tier 1</translation>
    </message>
    <message>
        <source>Tier 2 setup inquiring validation</source>
        <translation>Validación de consulta de configuración de Tier 2</translation>
    </message>
    <message>
        <source>Tier 1 update validation</source>
        <translation>Validación de actualización de Tier 1</translation>
    </message>
    <message>
        <source>Tier 2 update validation</source>
        <translation>Validación de actualización de Tier 2</translation>
    </message>
    <message>
        <source>Tier 1 update inquiring validation</source>
        <translation>Validación de consulta de actualización de Tier 1</translation>
    </message>
    <message>
        <source>Tier 2 update inquiring validation</source>
        <translation>Validación de consulta de actualización de Tier 2</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>Esperando sincronización</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>Choose one of the list.</source>
        <translation>Elija un valor de la lista.</translation>
    </message>
    <message>
        <source>Enter a full http:// or https:// address, e.g. https://hooks.example.com/connect.</source>
        <translation>Introduzca una dirección http:// o https:// completa, p. ej., https://hooks.example.com/connect.</translation>
    </message>
    <message>
        <source>Line %1: write each header as &quot;Name: value&quot;.</source>
        <translation>Línea %1: escriba cada encabezado como «Nombre: valor».</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a header name (letters, digits and - only).</source>
        <translation>Línea %1: «%2» no es un nombre de encabezado (solo letras, dígitos y -).</translation>
    </message>
    <message>
        <source>Connect says: %1</source>
        <translation>Connect indica: %1</translation>
    </message>
    <message>
        <source>Connect did not accept the API key (401). Check the key in the account settings.</source>
        <translation>Connect no aceptó la clave de API (401). Compruebe la clave en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>Not allowed: the API key this app uses has no permission for this (Connect answered 403). Give the key&apos;s token this module&apos;s permission, or use another key. %1</source>
        <translation>No permitido: la clave de API que usa esta aplicación no tiene permiso para esto (Connect respondió 403). Conceda al token de la clave el permiso de este módulo o use otra clave. %1</translation>
    </message>
    <message>
        <source>Connect no longer has this object (404): it was deleted elsewhere. %1</source>
        <translation>Connect ya no tiene este objeto (404): se eliminó en otro lugar. %1</translation>
    </message>
    <message>
        <source>Conflict: someone changed this on Connect at the same time (409). %1</source>
        <translation>Conflicto: alguien cambió esto en Connect al mismo tiempo (409). %1</translation>
    </message>
    <message>
        <source>Connect refused this change (%1): %2 Change it and save again, or Dismiss to keep Connect&apos;s version.</source>
        <translation>Connect rechazó este cambio (%1): %2 Modifíquelo y guarde de nuevo, o elija Descartar para conservar la versión de Connect.</translation>
    </message>
    <message>
        <source>Connect refused this change: %1</source>
        <translation>Connect rechazó este cambio: %1</translation>
    </message>
    <message>
        <source>Valid: the token is signed with this webhook&apos;s secret and the body matches it.</source>
        <translation>Válido: el token está firmado con el secreto de este webhook y el cuerpo coincide.</translation>
    </message>
    <message>
        <source>Choose a webhook whose secret to check with (or paste the secret).</source>
        <translation>Elija el webhook con cuyo secreto se comprobará (o pegue el secreto).</translation>
    </message>
    <message>
        <source>Refused: the delivery has no Authorization header.</source>
        <translation>Rechazado: la entrega no tiene encabezado Authorization.</translation>
    </message>
    <message>
        <source>Refused: the Authorization header is not &quot;Bearer &lt;token&gt;&quot;.</source>
        <translation>Rechazado: el encabezado Authorization no tiene la forma «Bearer &lt;token&gt;».</translation>
    </message>
    <message>
        <source>Refused: the Bearer token is not a JSON Web Token (%1).</source>
        <translation>Rechazado: el token Bearer no es un JSON Web Token (%1).</translation>
    </message>
    <message>
        <source>Refused: the token is signed with &quot;%1&quot;; Connect signs with HS256 only.</source>
        <translation>Rechazado: el token está firmado con «%1»; Connect solo firma con HS256.</translation>
    </message>
    <message>
        <source>Refused: the signature does not match. The token was changed on the way, or signed with another secret.</source>
        <translation>Rechazado: la firma no coincide. El token se modificó por el camino o se firmó con otro secreto.</translation>
    </message>
    <message>
        <source>Refused: the token expired at %1 (UTC).</source>
        <translation>Rechazado: el token caducó el %1 (UTC).</translation>
    </message>
    <message>
        <source>Refused: the token is not valid before %1 (UTC).</source>
        <translation>Rechazado: el token no es válido antes del %1 (UTC).</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>status of a token or webhook</comment>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>status of a token or webhook</comment>
        <translation>Pendiente</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Use como máximo %n carácter.</numerusform>
            <numerusform>Use como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: the body is not a JSON object, so it cannot be checked against the signed token.</source>
        <translation>Rechazado: el cuerpo no es un objeto JSON, así que no se puede comprobar con el token firmado.</translation>
    </message>
    <message>
        <source>Refused: the body does not match the signed token. These fields have other values than the signed ones: %1.</source>
        <extracomment>%1 lists the body&apos;s fields, e.g. &quot;id, status&quot;.</extracomment>
        <translation>Rechazado: el cuerpo no coincide con el token firmado. Estos campos tienen valores distintos de los firmados: %1.</translation>
    </message>
</context>
<context>
    <name>ListingLabels</name>
    <message>
        <source>Listed</source>
        <translation>Listado</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>No listado</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>Nuevo listado</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Desplegando</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>The distribution contract is not active yet (%1).</source>
        <translation>El contrato de distribución aún no está activo (%1).</translation>
    </message>
    <message>
        <source>Already listed (%1).</source>
        <translation>Ya está listado (%1).</translation>
    </message>
    <message>
        <source>A listing request is already open (%1).</source>
        <translation>Ya hay una solicitud de listado abierta (%1).</translation>
    </message>
    <message>
        <source>%1 is not in this account&apos;s data.</source>
        <translation>%1 no está en los datos de esta cuenta.</translation>
    </message>
    <message>
        <source>Only published products can be listed (this one is %1).</source>
        <translation>Solo se pueden listar productos publicados (este está %1).</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>No se pudo guardar el cambio: %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>listing: a request to list the product waits for review</comment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>No active distribution contract: enroll in the marketplace&apos;s distribution agreement under Agreements first.</source>
        <translation>No hay ningún contrato de distribución activo: inscríbase primero en el acuerdo de distribución del marketplace en Acuerdos.</translation>
    </message>
    <message>
        <source>Not possible while its state is “%1”.</source>
        <translation>No es posible mientras su estado sea «%1».</translation>
    </message>
</context>
<context>
    <name>ModuleInfo</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Aprovisionamiento</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listados</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Help &amp; Support</source>
        <translation>Ayuda y soporte</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Every module at a glance.</source>
        <translation>Todos los módulos de un vistazo.</translation>
    </message>
    <message>
        <source>Process orders from resellers: purchases, changes, suspensions and cancellations.</source>
        <translation>Procesar los pedidos de los revendedores: compras, cambios, suspensiones y cancelaciones.</translation>
    </message>
    <message>
        <source>Your account details and the users who can access it.</source>
        <translation>Los datos de su cuenta y los usuarios que tienen acceso a ella.</translation>
    </message>
    <message>
        <source>Tokens and webhooks to integrate Connect with your own systems.</source>
        <translation>Tokens y webhooks para integrar Connect con sus propios sistemas.</translation>
    </message>
    <message>
        <source>Program and distribution agreements with your providers.</source>
        <translation>Acuerdos de programa y de distribución con sus distribuidores.</translation>
    </message>
    <message>
        <source>List your products on marketplaces you have a distribution agreement with.</source>
        <translation>Listar sus productos en los marketplaces con los que tiene un acuerdo de distribución.</translation>
    </message>
    <message>
        <source>Report pay-as-you-go consumption of your products.</source>
        <translation>Informar del consumo de pago por uso de sus productos.</translation>
    </message>
    <message>
        <source>Knowledge base, release notes and support cases.</source>
        <translation>Base de conocimientos, notas de la versión y casos de soporte.</translation>
    </message>
    <message>
        <source>Define, preview and publish your products.</source>
        <translation>Definir, previsualizar y publicar sus productos.</translation>
    </message>
    <message>
        <source>Reports on orders, subscriptions, billing and usage, made from the synced data.</source>
        <translation>Informes de pedidos, suscripciones, facturación y consumo a partir de los datos sincronizados.</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>Connect refused this value: %1</source>
        <translation>Connect rechazó este valor: %1</translation>
    </message>
    <message>
        <source>Your API key has no permission for this change. Ask an administrator of the account to grant it, or use a key that has it. Your change is kept here.</source>
        <translation>Su clave de API no tiene permiso para este cambio. Pida a un administrador de la cuenta que lo conceda o use una clave que lo tenga. Su cambio se conserva aquí.</translation>
    </message>
    <message>
        <source>Connect said: %1</source>
        <translation>Connect indicó: %1</translation>
    </message>
    <message>
        <source>Changed on Connect too since your edit: open the conflicts in the status bar to choose which version to keep.</source>
        <translation>También se cambió en Connect desde su edición: abra los conflictos en la barra de estado para elegir qué versión conservar.</translation>
    </message>
    <message>
        <source>Connect cannot be reached: your change is saved on this computer and is sent on the next sync.</source>
        <translation>No se puede conectar con Connect: su cambio está guardado en este equipo y se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>This no longer exists on Connect (someone may have removed it).</source>
        <translation>Esto ya no existe en Connect (puede que alguien lo haya eliminado).</translation>
    </message>
    <message>
        <source>Connect refused this change.</source>
        <translation>Connect rechazó este cambio.</translation>
    </message>
    <message>
        <source>Connect refused this change: %1</source>
        <translation>Connect rechazó este cambio: %1</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting for sync (Connect cannot be reached now, it is sent when the connection is back)</source>
        <translation>Guardado en este equipo; esperando sincronización (no se puede conectar con Connect ahora; se enviará cuando vuelva la conexión)</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>Esperando sincronización</translation>
    </message>
    <message>
        <source>Waiting for sync (offline)</source>
        <translation>Esperando sincronización (sin conexión)</translation>
    </message>
    <message>
        <source>Waiting for sync: saved on this computer, sent with the next sync (F5 syncs now)</source>
        <translation>Esperando la sincronización: guardado en este equipo, se envía con la próxima sincronización (F5 sincroniza ahora)</translation>
    </message>
</context>
<context>
    <name>ProductLabels</name>
    <message>
        <source>Reservation</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation>Pago por uso</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Único</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Anual</translation>
    </message>
    <message>
        <source>Monthly trial</source>
        <translation>Prueba mensual</translation>
    </message>
    <message>
        <source>7-day trial</source>
        <translation>Prueba de 7 días</translation>
    </message>
    <message>
        <source>14-day trial</source>
        <translation>Prueba de 14 días</translation>
    </message>
    <message>
        <source>30-day trial</source>
        <translation>Prueba de 30 días</translation>
    </message>
    <message>
        <source>Integer (whole units)</source>
        <translation>Entero (unidades enteras)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>1 billing period</source>
        <translation>1 período de facturación</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>Single line text</source>
        <translation>Texto de una línea</translation>
    </message>
    <message>
        <source>Drop-down list</source>
        <translation>Lista desplegable</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Checkboxes</source>
        <translation>Casillas de verificación</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation>Subdominio</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>Objeto JSON</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Radio buttons (choice)</source>
        <translation>Botones de opción (elección)</translation>
    </message>
    <message>
        <source>Heading (form section title)</source>
        <translation>Encabezado (título de sección del formulario)</translation>
    </message>
    <message>
        <source>Content (read-only text)</source>
        <translation>Contenido (texto de solo lectura)</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Asset (subscription)</source>
        <translation>Asset (suscripción)</translation>
    </message>
    <message>
        <source>Tier 1 (reseller)</source>
        <translation>Tier 1 (revendedor)</translation>
    </message>
    <message>
        <source>Tier 2 (reseller)</source>
        <translation>Tier 2 (revendedor)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Item and marketplace</source>
        <translation>Artículo y marketplace</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Inquire</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Tier setup</source>
        <translation>Configuración de Tier</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>End of sale</source>
        <translation>Fin de venta</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Buzones</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Booleano</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Cajas</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Direcciones IP</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>Kbit/s</source>
        <translation>Kbit/s</translation>
    </message>
    <message>
        <source>MB-hours (pay-as-you-go)</source>
        <translation>MB-hora (pago por uso)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <source>MHz-hours (pay-as-you-go)</source>
        <translation>MHz-hora (pago por uso)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Mobile devices</source>
        <translation>Dispositivos móviles</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Tiendas</translation>
    </message>
    <message>
        <source>Unit-hours (pay-as-you-go)</source>
        <translation>Unidades-hora (pago por uso)</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sitios web</translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <extracomment>A billing period of several years; %n is the number of years (2 or more).</extracomment>
        <translation>
            <numerusform>Cada %n año</numerusform>
            <numerusform>Cada %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>Decimal, 1 digit</source>
        <translation>Decimal, 1 dígito</translation>
    </message>
    <message numerus="yes">
        <source>Decimal, %n digits</source>
        <extracomment>%n is how many digits after the decimal point.</extracomment>
        <translation>
            <numerusform>Decimal, %n dígito</numerusform>
            <numerusform>Decimal, %n dígitos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n billing periods</source>
        <translation>
            <numerusform>%n periodo de facturación</numerusform>
            <numerusform>%n periodos de facturación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <comment>parameter phase: asked while the vendor fulfills the request</comment>
        <translation>Aprovisionamiento</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>template type: shown while a subscription request waits</comment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>unit of measure</comment>
        <translation>Artículos</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Fulfillment requests</source>
        <translation>Solicitudes de aprovisionamiento</translation>
    </message>
    <message>
        <source>Fulfillment requests: line items</source>
        <translation>Solicitudes de aprovisionamiento: líneas de artículos</translation>
    </message>
    <message>
        <source>Requests failed with a vendor reason</source>
        <translation>Solicitudes fallidas con motivo del proveedor</translation>
    </message>
    <message>
        <source>Billing requests</source>
        <translation>Solicitudes de facturación</translation>
    </message>
    <message>
        <source>Billing requests: line items</source>
        <translation>Solicitudes de facturación: líneas de artículos</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <source>Tier configuration requests</source>
        <translation>Solicitudes de configuración de Tier</translation>
    </message>
    <message>
        <source>Tier configurations</source>
        <translation>Configuraciones de Tier</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>Solicitudes de listado</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listados</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>Usage per subscription</source>
        <translation>Uso por suscripción</translation>
    </message>
    <message>
        <source>SLA of pending requests</source>
        <translation>SLA de solicitudes pendientes</translation>
    </message>
    <message>
        <source>Helpdesk cases</source>
        <translation>Casos de soporte</translation>
    </message>
    <message>
        <source>One row per request: customer and tiers, product, marketplace, connection, items and parameters.</source>
        <translation>Una fila por solicitud: cliente y Tiers, producto, marketplace, conexión, artículos y parámetros.</translation>
    </message>
    <message>
        <source>One row per item of each request, with its quantity and the previous one.</source>
        <translation>Una fila por artículo de cada solicitud, con su cantidad y la anterior.</translation>
    </message>
    <message>
        <source>Failed requests and the reason the vendor gave.</source>
        <translation>Solicitudes fallidas y el motivo que indicó el proveedor.</translation>
    </message>
    <message>
        <source>Vendor and provider billing requests with their period.</source>
        <translation>Solicitudes de facturación de proveedores y distribuidores con su período.</translation>
    </message>
    <message>
        <source>One row per billed item and cycle.</source>
        <translation>Una fila por artículo facturado y ciclo.</translation>
    </message>
    <message>
        <source>Subscriptions (assets) with their customer, billing period and next billing date.</source>
        <translation>Suscripciones (assets) con su cliente, período de facturación y próxima fecha de facturación.</translation>
    </message>
    <message>
        <source>Tier configuration requests of resellers.</source>
        <translation>Solicitudes de configuración de Tier de revendedores.</translation>
    </message>
    <message>
        <source>Tier configurations and their accounts.</source>
        <translation>Configuraciones de Tier y sus cuentas.</translation>
    </message>
    <message>
        <source>Requests to list products in marketplaces.</source>
        <translation>Solicitudes para listar productos en marketplaces.</translation>
    </message>
    <message>
        <source>Where the products are listed.</source>
        <translation>Dónde están listados los productos.</translation>
    </message>
    <message>
        <source>Customers and resellers (tier accounts) with their contacts.</source>
        <translation>Clientes y revendedores (cuentas de Tier) con sus contactos.</translation>
    </message>
    <message>
        <source>Program and distribution contracts.</source>
        <translation>Contratos de programa y de distribución.</translation>
    </message>
    <message>
        <source>Usage records grouped by subscription.</source>
        <translation>Registros de uso agrupados por suscripción.</translation>
    </message>
    <message>
        <source>Open requests with the days they have waited: ok up to 2 days, warning up to 5, then overdue.</source>
        <translation>Solicitudes abiertas con los días que llevan esperando: correcto hasta 2 días, aviso hasta 5 y después vencido.</translation>
    </message>
    <message>
        <source>Support cases with their state and dates.</source>
        <translation>Casos de soporte con su estado y fechas.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Inquiring</source>
        <translation>En consulta</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Tiers setup</source>
        <translation>Configuración de Tiers</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Revoking</source>
        <translation>Revocando</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspensión</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Finalizando</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Distribuidor</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listado</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>No listado</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Desplegando</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendedor</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Inscripción en curso</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Tier account requests</source>
        <translation>Solicitudes de cuenta de Tier</translation>
    </message>
    <message>
        <source>Changes of customer and reseller accounts sent to you to accept or ignore.</source>
        <translation>Cambios de cuentas de clientes y revendedores que se le envían para aceptarlos o ignorarlos.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>No admitido</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <source>Tiers setup</source>
        <translation>Configuración de Tiers</translation>
    </message>
    <message>
        <source>Inquiring</source>
        <translation>En consulta</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Revoking</source>
        <translation>Revocando</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <source>The request is no longer in the cache.</source>
        <translation>La solicitud ya no está en la caché.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Elija una plantilla.</translation>
    </message>
    <message>
        <source>The template is not one of this product&apos;s templates for this action.</source>
        <translation>La plantilla no es una de las plantillas de este producto para esta acción.</translation>
    </message>
    <message>
        <source>Give a reason for the customer.</source>
        <translation>Indique un motivo para el cliente.</translation>
    </message>
    <message>
        <source>Choose an inquire template or write a message on at least one parameter.</source>
        <translation>Elija una plantilla de consulta o escriba un mensaje en al menos un parámetro.</translation>
    </message>
    <message>
        <source>Your user is not known yet; sync first.</source>
        <translation>Su usuario aún no es conocido; sincronice primero.</translation>
    </message>
    <message>
        <source>The change could not be saved in the local cache: %1</source>
        <translation>No se pudo guardar el cambio en la caché local: %1</translation>
    </message>
    <message>
        <source>Purchase</source>
        <comment>request type</comment>
        <translation>Compra</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>request type: the customer changes a subscription</comment>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Suspend</source>
        <comment>request type: the customer suspends a subscription</comment>
        <translation>Suspensión</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>request type: the customer resumes a subscription</comment>
        <translation>Reanudación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>request type: the customer cancels a subscription</comment>
        <translation>Cancelación</translation>
    </message>
    <message>
        <source>Renew</source>
        <comment>request type: the subscription is renewed</comment>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <comment>request type</comment>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>request status: waiting for the vendor</comment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Preview</source>
        <comment>environment of a request (test, preview, production)</comment>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column: when the request was created</comment>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Not possible while the request&apos;s status is “%1”.</source>
        <extracomment>%1 is the request&apos;s status as shown in the Status column (&quot;Approved&quot;, &quot;Failed&quot;…).</extracomment>
        <translation>No es posible mientras el estado de la solicitud sea «%1».</translation>
    </message>
    <message>
        <source>Fill in the required parameters first: %1.</source>
        <translation>Rellene primero los parámetros obligatorios: %1.</translation>
    </message>
</context>
<context>
    <name>UsageLabels</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Pending acceptance</source>
        <translation>Aceptación pendiente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Subir…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Aceptar…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <source>Close file</source>
        <translation>Cerrar archivo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos;, row %2: %3</source>
        <translation>Hoja &apos;%1&apos;, fila %2: %3</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos;, row %2, column %3 (%4): %5</source>
        <translation>Hoja &apos;%1&apos;, fila %2, columna %3 (%4): %5</translation>
    </message>
</context>
<context>
    <name>UserFacingErrors</name>
    <message>
        <source>“%1” is not a web address. Enter the API endpoint, for example https://api.connect.cloudblue.com/public/v1.</source>
        <translation>«%1» no es una dirección web. Introduzca el punto de conexión de la API, por ejemplo https://api.connect.cloudblue.com/public/v1.</translation>
    </message>
    <message>
        <source>Could not reach the endpoint: %1. Check the address and your connection.</source>
        <translation>No se pudo conectar con el punto de conexión: %1. Compruebe la dirección y su conexión.</translation>
    </message>
    <message>
        <source>Connect refused this API key (HTTP %1). Check that it is complete and not revoked.</source>
        <translation>Connect rechazó esta clave de API (HTTP %1). Compruebe que esté completa y no revocada.</translation>
    </message>
    <message>
        <source>The endpoint answered, but not like the Connect API: %1. Check the address.</source>
        <translation>El punto de conexión respondió, pero no como la API de Connect: %1. Compruebe la dirección.</translation>
    </message>
    <message>
        <source>The endpoint failed to answer (%1). Try again later.</source>
        <translation>El punto de conexión no respondió (%1). Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>No API key is stored for this account.</source>
        <translation>No hay ninguna clave de API guardada para esta cuenta.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>El llavero del sistema informó de un error: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>No se pudo iniciar el entorno de pruebas: %1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s key could not be read from the system keychain: %1</source>
        <translation>No se pudo leer la clave del entorno de pruebas del llavero del sistema: %1</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the API key was not saved. Start or unlock your desktop&apos;s keyring (e.g. GNOME Keyring or KWallet) and add the account again, or keep the key in memory for this run when asked.</source>
        <translation>No hay ningún llavero del sistema disponible (%1), por lo que no se guardó la clave de API. Inicie o desbloquee el depósito de claves de su escritorio (p. ej., GNOME Keyring o KWallet) y vuelva a añadir la cuenta, o conserve la clave en memoria durante esta sesión cuando se le pregunte.</translation>
    </message>
    <message>
        <source>The system keychain refused access (for example, its password prompt was canceled), so the API key was not saved. Add the account again and unlock the keyring when your desktop asks, or keep the key in memory for this run when asked.</source>
        <translation>El llavero del sistema denegó el acceso (por ejemplo, se canceló su solicitud de contraseña), por lo que la clave de API no se guardó. Vuelva a añadir la cuenta y desbloquee el depósito de claves cuando el escritorio lo pida, o conserve la clave en memoria para esta sesión cuando se le pregunte.</translation>
    </message>
</context>
<context>
    <name>cv::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>A desktop client for CloudBlue Connect vendors: products, fulfilment, agreements, listings, usage and reports, online or offline.</source>
        <translation>Un cliente de escritorio para proveedores de CloudBlue Connect: productos, aprovisionamiento, acuerdos, listados, uso e informes, con o sin conexión.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Creado con:</translation>
    </message>
    <message>
        <source>Libraries, versions and licences</source>
        <translation>Bibliotecas, versiones y licencias</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>&amp;Copiar información de diagnóstico</translation>
    </message>
    <message>
        <source>Versions, system and account ids for a bug report; no keys or secrets</source>
        <translation>Versiones, sistema e IDs de cuenta para un informe de errores; sin claves ni secretos</translation>
    </message>
    <message>
        <source>Copied to the clipboard: paste it into a support case or a bug report.</source>
        <translation>Copiado al portapapeles: péguelo en un caso de soporte o un informe de errores.</translation>
    </message>
</context>
<context>
    <name>cv::ui::AccountNavigator</name>
    <message>
        <source>No account</source>
        <translation>Sin cuenta</translation>
    </message>
    <message>
        <source>Account navigator: switch accounts or sign out</source>
        <translation>Navegador de cuentas: cambiar de cuenta o cerrar sesión</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation>Cambiar de cuenta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Añadir cuenta…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>%1
Vendor account %2</source>
        <extracomment>%1 is the account&apos;s name, %2 its ID (VA-…).</extracomment>
        <translation>%1
Cuenta de proveedor %2</translation>
    </message>
    <message>
        <source>%1
Provider account %2</source>
        <extracomment>%1 is the account&apos;s name, %2 its ID (PA-…).</extracomment>
        <translation>%1
Cuenta de distribuidor %2</translation>
    </message>
    <message>
        <source>%1
Account %2 (%3)</source>
        <extracomment>%1 is the account&apos;s name, %2 its ID, %3 its type as Connect names it.</extracomment>
        <translation>%1
Cuenta %2 (%3)</translation>
    </message>
    <message>
        <source>About Connect Vendor Desktop</source>
        <translation>Acerca de Connect Vendor Desktop</translation>
    </message>
</context>
<context>
    <name>cv::ui::AccountPage</name>
    <message>
        <source>Account details</source>
        <translation>Datos de la cuenta</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>ID de la cuenta:</translation>
    </message>
    <message>
        <source>Brand ID:</source>
        <translation>ID de la marca:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Save name</source>
        <translation>&amp;Guardar nombre</translation>
    </message>
    <message>
        <source>Saved on this computer at once and sent to Connect on the next sync.</source>
        <translation>Se guarda en este equipo al instante y se envía a Connect en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Once the cause is fixed (e.g. the permission granted), send the change with the next sync.</source>
        <translation>Una vez corregida la causa (p. ej., concedido el permiso), enviar el cambio con la próxima sincronización.</translation>
    </message>
    <message>
        <source>&amp;Discard my change</source>
        <translation>&amp;Descartar mi cambio</translation>
    </message>
    <message>
        <source>Show the name Connect has again and forget the change.</source>
        <translation>Volver a mostrar el nombre que tiene Connect y olvidar el cambio.</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Añadir usuario</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinc.</translation>
    </message>
    <message>
        <source>(named on registration)</source>
        <translation>(nombrado al registrarse)</translation>
    </message>
    <message>
        <source>(after the first sync)</source>
        <translation>(tras la primera sincronización)</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Distributor (provider)</source>
        <translation>Distribuidor (provider)</translation>
    </message>
    <message>
        <source>The account was closed; open it again to add the user.</source>
        <translation>La cuenta se cerró; vuelva a abrirla para añadir el usuario.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Quitar usuario</translation>
    </message>
    <message>
        <source>Cancel the invitation of %1? It has not reached Connect, so nothing is sent.</source>
        <translation>¿Cancelar la invitación de %1? No ha llegado a Connect, así que no se envía nada.</translation>
    </message>
    <message>
        <source>Remove %1 from the account? They lose access to it once the change is synced.</source>
        <translation>¿Quitar a %1 de la cuenta? Perderá el acceso cuando se sincronice el cambio.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>Enviar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Search users by name, email or role (Ctrl+F)</source>
        <translation>Buscar usuarios por nombre, correo electrónico o rol (Ctrl+F)</translation>
    </message>
    <message>
        <source>Re&amp;move user</source>
        <translation>&amp;Quitar usuario</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>user status</comment>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Buscar usuarios</translation>
    </message>
    <message>
        <source>Matches the user&apos;s name, email or role</source>
        <translation>Coincide con el nombre, el correo electrónico o el rol del usuario</translation>
    </message>
    <message>
        <source>User status filter</source>
        <translation>Filtro de estado de usuario</translation>
    </message>
</context>
<context>
    <name>cv::ui::ActionDialog</name>
    <message>
        <source>Edit Action</source>
        <translation>Editar acción</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <source>e.g. sso_login</source>
        <translation>p. ej., sso_login</translation>
    </message>
    <message>
        <source>Button text, e.g. Open admin panel</source>
        <translation>Texto del botón, p. ej., Abrir panel de administración</translation>
    </message>
    <message>
        <source>Action &amp;ID:</source>
        <translation>&amp;ID de la acción:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>Á&amp;mbito:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Eliminar acción</translation>
    </message>
    <message>
        <source>%1: This field is required.</source>
        <translation>%1: este campo es obligatorio.</translation>
    </message>
</context>
<context>
    <name>cv::ui::ActionsTab</name>
    <message>
        <source>&amp;Add Action</source>
        <translation>&amp;Añadir acción</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Action ID</source>
        <translation>ID de la acción</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>https://your-service.example.com/sso</source>
        <translation>https://your-service.example.com/sso</translation>
    </message>
    <message>
        <source>Actions are buttons customers see on their subscription; a click opens your target URL with a signed JWT.</source>
        <translation>Las acciones son botones que los clientes ven en su suscripción; al hacer clic se abre su URL de destino con un JWT firmado.</translation>
    </message>
    <message>
        <source>Action link</source>
        <translation>Enlace de la acción</translation>
    </message>
    <message>
        <source>Target &amp;URL:</source>
        <translation>&amp;URL de destino:</translation>
    </message>
    <message>
        <source>JWT secret:</source>
        <translation>Secreto JWT:</translation>
    </message>
    <message>
        <source>The secret is only shown while it is known from the server; it is never stored on this computer.</source>
        <translation>El secreto solo se muestra mientras se conoce del servidor; nunca se guarda en este equipo.</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Copiar el secreto al portapapeles</translation>
    </message>
    <message>
        <source>A new secret was requested. It appears after the next sync from the server; update your service with it then.</source>
        <translation>Se solicitó un nuevo secreto. Aparecerá tras la próxima sincronización desde el servidor; actualice entonces su servicio con él.</translation>
    </message>
    <message>
        <source>Change the action URL</source>
        <translation>Cambiar la URL de la acción</translation>
    </message>
    <message>
        <source>Add action %1</source>
        <translation>Añadir acción %1</translation>
    </message>
    <message>
        <source>Edit action %1</source>
        <translation>Editar acción %1</translation>
    </message>
    <message>
        <source>Delete action %1</source>
        <translation>Eliminar acción %1</translation>
    </message>
    <message>
        <source>Read from Connect; kept in memory only, never stored on this computer.</source>
        <translation>Leído de Connect; solo se conserva en memoria, nunca se guarda en este equipo.</translation>
    </message>
    <message>
        <source>Action “%1” deleted.</source>
        <translation>Acción «%1» eliminada.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Copy works once the secret has been read from Connect: when the app is online and the product is on Connect. It is kept in memory only, never stored on this computer.</source>
        <translation>Copiar funciona una vez leído el secreto de Connect: cuando la aplicación está en línea y el producto está en Connect. Solo se guarda en memoria, nunca en este equipo.</translation>
    </message>
</context>
<context>
    <name>cv::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nombre@empresa.com</translation>
    </message>
    <message>
        <source>Admin (the one role Connect offers vendor accounts today)</source>
        <translation>Administrador (el único rol que Connect ofrece hoy a las cuentas de proveedor)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Invitar</translation>
    </message>
    <message>
        <source>Connect emails an invitation to this address. The new user enters their name when registering and gets access to the account&apos;s products, fulfillment queue and settings.</source>
        <translation>Connect envía una invitación a esta dirección. El nuevo usuario introduce su nombre al registrarse y obtiene acceso a los productos, la cola de aprovisionamiento y la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
</context>
<context>
    <name>cv::ui::AgreementDetailPage</name>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Version %1 on %2 by %3</source>
        <translation>Versión %1 el %2 por %3</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>un usuario desconocido</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <source>Sign version %1…</source>
        <translation>Firmar la versión %1…</translation>
    </message>
    <message>
        <source>The provider published version %1; you signed version %2. Read the changes under Versions, then sign.</source>
        <translation>El distribuidor publicó la versión %1; usted firmó la versión %2. Lea los cambios en Versiones y luego firme.</translation>
    </message>
    <message>
        <source>Version %1 published</source>
        <translation>Versión %1 publicada</translation>
    </message>
    <message>
        <source>Contract created</source>
        <translation>Contrato creado</translation>
    </message>
    <message>
        <source>Signed (contract on version %1)</source>
        <translation>Firmado (contrato sobre la versión %1)</translation>
    </message>
    <message>
        <source>Countersigned by the provider</source>
        <translation>Refrendado por el distribuidor</translation>
    </message>
    <message>
        <source>Contract terminated</source>
        <translation>Contrato finalizado</translation>
    </message>
    <message>
        <source>Signed from this app</source>
        <translation>Firmado desde esta aplicación</translation>
    </message>
    <message>
        <source>Enrolled from this app</source>
        <translation>Inscrito desde esta aplicación</translation>
    </message>
    <message>
        <source>on Connect</source>
        <translation>en Connect</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>enviado el %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <source>waiting for sync</source>
        <translation>esperando sincronización</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>Cargando las versiones…</translation>
    </message>
    <message>
        <source>Loading the document…</source>
        <translation>Cargando el documento…</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>No se pudieron leer las versiones: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>signed by you</source>
        <translation>firmada por usted</translation>
    </message>
    <message>
        <source>version %1 is not known</source>
        <translation>la versión %1 no es conocida</translation>
    </message>
    <message>
        <source>This agreement has no document.</source>
        <translation>Este acuerdo no tiene documento.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation>Elija dos versiones distintas.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>The documents could not be downloaded: %1</source>
        <translation>No se pudieron descargar los documentos: %1</translation>
    </message>
    <message>
        <source>These documents have no text to compare (open them to read them).</source>
        <translation>Estos documentos no tienen texto que comparar (ábralos para leerlos).</translation>
    </message>
    <message>
        <source>The texts of versions %1 and %2 are the same.</source>
        <translation>Los textos de las versiones %1 y %2 son iguales.</translation>
    </message>
    <message>
        <source>Sign version %1 of &quot;%2&quot; on behalf of %3? This accepts the agreement&apos;s terms.</source>
        <translation>¿Firmar la versión %1 de «%2» en nombre de %3? Con ello acepta las condiciones del acuerdo.</translation>
    </message>
    <message>
        <source>Sign agreement</source>
        <translation>Firmar acuerdo</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <source>← All agreements</source>
        <translation>← Todos los acuerdos</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Active version:</source>
        <translation>Versión activa:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Firmado:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Contrato:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Sent to Connect</source>
        <translation>Enviado a Connect</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Mostrar cambios</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <extracomment>One part of the agreement&apos;s subtitle (parts are separated by &quot; · &quot;); %1 is the provider&apos;s name.</extracomment>
        <translation>Distribuidor: %1</translation>
    </message>
    <message>
        <source>Marketplace: %1</source>
        <extracomment>One part of the agreement&apos;s subtitle (parts are separated by &quot; · &quot;); %1 is the marketplace&apos;s name.</extracomment>
        <translation>Marketplace: %1</translation>
    </message>
    <message>
        <source>Your enrollment is waiting for the provider&apos;s approval.</source>
        <translation>Su inscripción espera la aprobación del distribuidor.</translation>
    </message>
    <message>
        <source>Enroll to list products on %1.</source>
        <translation>Inscríbase para listar productos en %1.</translation>
    </message>
    <message>
        <source>Enrollment completed</source>
        <translation>Inscripción completada</translation>
    </message>
    <message>
        <source>Action from this app: %1</source>
        <extracomment>%1 is the action&apos;s name as Connect&apos;s API writes it (or the error Connect gave for it).</extracomment>
        <translation>Acción desde esta aplicación: %1</translation>
    </message>
    <message>
        <source>Enroll in agreement</source>
        <translation>Inscribirse en el acuerdo</translation>
    </message>
    <message>
        <source>Enroll in this agreement…</source>
        <translation>Inscribirse en este acuerdo…</translation>
    </message>
    <message>
        <source>Signing and enrolling need a connection to Connect, which records them.</source>
        <translation>Firmar e inscribirse requieren conexión con Connect, que lo registra.</translation>
    </message>
    <message>
        <source>A signature saved by an earlier version of this app is sent to Connect with the next sync. It takes effect once Connect confirms it.</source>
        <translation>Una firma guardada por una versión anterior de esta aplicación se envía a Connect con la próxima sincronización. Surte efecto cuando Connect la confirma.</translation>
    </message>
    <message>
        <source>Connect cannot be reached. The versions and the document are kept on this computer once this page has been opened online; this agreement&apos;s have not been read yet.</source>
        <translation>No se puede conectar con Connect. Las versiones y el documento se guardan en este equipo una vez que esta página se ha abierto con conexión; los de este acuerdo aún no se han leído.</translation>
    </message>
    <message>
        <source>Connect cannot be reached: versions and documents as of %1, as kept on this computer.</source>
        <extracomment>%1 is the date and time the versions were read from Connect.</extracomment>
        <translation>No se puede conectar con Connect: versiones y documentos a fecha de %1, tal como se guardan en este equipo.</translation>
    </message>
    <message>
        <source>The versions could not be read (%1): shown as of %2, as kept on this computer.</source>
        <translation>No se pudieron leer las versiones (%1): se muestran a fecha de %2, tal como se guardan en este equipo.</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2: &lt;span class=&quot;removed&quot;&gt;removed&lt;/span&gt;, &lt;span class=&quot;added&quot;&gt;added&lt;/span&gt;.</source>
        <translation>Cambios de la versión %1 a la versión %2: &lt;span class=&quot;removed&quot;&gt;eliminado&lt;/span&gt;, &lt;span class=&quot;added&quot;&gt;añadido&lt;/span&gt;.</translation>
    </message>
    <message>
        <source>Connect records your signature as soon as you click Sign, so this needs a connection to Connect.</source>
        <translation>Connect registra su firma en cuanto hace clic en Firmar, por lo que esto requiere conexión con Connect.</translation>
    </message>
    <message>
        <source>Enroll in &quot;%1&quot; to list products on %2. Connect records your enrollment as soon as you click OK. A note for the provider (optional):</source>
        <translation>Inscríbase en «%1» para listar productos en %2. Connect registra su inscripción en cuanto hace clic en Aceptar. Una nota para el distribuidor (opcional):</translation>
    </message>
    <message>
        <source>Signing needs a connection to Connect: a signature is a legal act that Connect records when you sign, so it is not saved on this computer to be sent later. Connect cannot be reached now. Check your connection, then click &quot;%1&quot; again.</source>
        <extracomment>%1 is the label of the Sign or Enroll button.</extracomment>
        <translation>Firmar requiere conexión con Connect: una firma es un acto jurídico que Connect registra cuando usted firma, por lo que no se guarda en este equipo para enviarla más tarde. Ahora no se puede conectar con Connect. Compruebe su conexión y vuelva a hacer clic en «%1».</translation>
    </message>
    <message>
        <source>Enrolling needs a connection to Connect: an enrollment is a contractual act that Connect records when you enroll, so it is not saved on this computer to be sent later. Connect cannot be reached now. Check your connection, then click &quot;%1&quot; again.</source>
        <translation>Inscribirse requiere conexión con Connect: una inscripción es un acto contractual que Connect registra cuando usted se inscribe, por lo que no se guarda en este equipo para enviarla más tarde. Ahora no se puede conectar con Connect. Compruebe su conexión y vuelva a hacer clic en «%1».</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Firmando…</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Inscribiendo…</translation>
    </message>
    <message>
        <source>Sending your signature to Connect…</source>
        <translation>Enviando su firma a Connect…</translation>
    </message>
    <message>
        <source>Sending your enrollment to Connect…</source>
        <translation>Enviando su inscripción a Connect…</translation>
    </message>
    <message>
        <source>Connect recorded your signature on %1.</source>
        <extracomment>%1 is the date and time Connect recorded the signature.</extracomment>
        <translation>Connect registró su firma el %1.</translation>
    </message>
    <message>
        <source>Connect recorded your enrollment on %1.</source>
        <translation>Connect registró su inscripción el %1.</translation>
    </message>
    <message>
        <source>The connection to Connect broke while your signature was being sent, so it is not known whether Connect recorded it. Nothing is saved to be sent later: the next sync shows whether it did. If it did not, sign again once Connect can be reached.</source>
        <translation>La conexión con Connect se interrumpió mientras se enviaba su firma, por lo que no se sabe si Connect la registró. No se guarda nada para enviarlo más tarde: la próxima sincronización mostrará si la registró. Si no fue así, vuelva a firmar cuando se pueda conectar con Connect.</translation>
    </message>
    <message>
        <source>The connection to Connect broke while your enrollment was being sent, so it is not known whether Connect recorded it. Nothing is saved to be sent later: the next sync shows whether it did. If it did not, enroll again once Connect can be reached.</source>
        <translation>La conexión con Connect se interrumpió mientras se enviaba su inscripción, por lo que no se sabe si Connect la registró. No se guarda nada para enviarlo más tarde: la próxima sincronización mostrará si la registró. Si no fue así, vuelva a inscribirse cuando se pueda conectar con Connect.</translation>
    </message>
    <message>
        <source>Connect refused the signature: %1</source>
        <extracomment>%1 is Connect&apos;s reason in plain words.</extracomment>
        <translation>Connect rechazó la firma: %1</translation>
    </message>
    <message>
        <source>Connect refused the enrollment: %1</source>
        <translation>Connect rechazó la inscripción: %1</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Double-click a version to read its document.</source>
        <translation>Haga doble clic en una versión para leer su documento.</translation>
    </message>
    <message>
        <source>Compare from version</source>
        <translation>Comparar desde la versión</translation>
    </message>
    <message>
        <source>Compare to version</source>
        <translation>Comparar con la versión</translation>
    </message>
    <message>
        <source>Changes between the versions</source>
        <translation>Cambios entre las versiones</translation>
    </message>
</context>
<context>
    <name>cv::ui::AgreementsPage</name>
    <message>
        <source>Open an account to see its agreements.</source>
        <translation>Abra una cuenta para ver sus acuerdos.</translation>
    </message>
    <message>
        <source>No agreement matches the search and filters.</source>
        <translation>Ningún acuerdo coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <source>No agreements yet. They appear here after a sync once a provider invites the account.</source>
        <translation>Aún no hay acuerdos. Aparecerán aquí tras una sincronización, cuando un distribuidor invite a la cuenta.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Distribuidor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Active version</source>
        <translation>Versión activa</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Search agreements by name or ID</source>
        <translation>Buscar acuerdos por nombre o ID</translation>
    </message>
    <message>
        <source>Search contracts by name or ID</source>
        <translation>Buscar contratos por nombre o ID</translation>
    </message>
    <message>
        <source>Search agreements</source>
        <translation>Buscar acuerdos</translation>
    </message>
    <message>
        <source>Matches the agreement&apos;s name or ID</source>
        <translation>Coincide con el nombre o el ID del acuerdo</translation>
    </message>
    <message>
        <source>Search contracts</source>
        <translation>Buscar contratos</translation>
    </message>
    <message>
        <source>Matches the contract&apos;s name or ID</source>
        <translation>Coincide con el nombre o el ID del contrato</translation>
    </message>
    <message>
        <source>Agreement type filter</source>
        <translation>Filtro de tipo de acuerdo</translation>
    </message>
    <message>
        <source>Agreement status filter</source>
        <translation>Filtro de estado de acuerdo</translation>
    </message>
    <message>
        <source>Contract type filter</source>
        <translation>Filtro de tipo de contrato</translation>
    </message>
    <message>
        <source>Contract status filter</source>
        <translation>Filtro de estado de contrato</translation>
    </message>
</context>
<context>
    <name>cv::ui::ApiPage</name>
    <message>
        <source>No account is open.</source>
        <translation>No hay ninguna cuenta abierta.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Verify a delivery</source>
        <translation>Verificar una entrega</translation>
    </message>
    <message>
        <source>API address of this account</source>
        <translation>Dirección de API de esta cuenta</translation>
    </message>
    <message>
        <source>How to authenticate</source>
        <translation>Cómo autenticarse</translation>
    </message>
    <message>
        <source>Every call carries the header &quot;Authorization: ApiKey &lt;token&gt;&quot;, where the token is the one shown once when you generate it on the Tokens page (it starts with its id, SU-…). Give each script its own token so that each can be turned off alone. Connect answers 401 to a wrong or inactive token and 403 when the token lacks the module&apos;s permission.</source>
        <translation>Cada llamada lleva el encabezado «Authorization: ApiKey &lt;token&gt;», donde el token es el que se muestra una sola vez al generarlo en la página Tokens (empieza por su ID, SU-…). Dé a cada script su propio token para poder desactivarlos por separado. Connect responde 401 a un token incorrecto o inactivo y 403 cuando el token no tiene el permiso del módulo.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Connect API documentation&lt;/a&gt; (opens in your browser)</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Documentación de la API de Connect&lt;/a&gt; (se abre en su navegador)</translation>
    </message>
    <message>
        <source>Try it: list your products</source>
        <translation>Pruébelo: liste sus productos</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Copiar comando</translation>
    </message>
    <message>
        <source>API sections</source>
        <translation>Secciones de la API</translation>
    </message>
</context>
<context>
    <name>cv::ui::ApproveDialog</name>
    <message numerus="yes">
        <source>Approve %Ln requests</source>
        <translation>
            <numerusform>Aprobar %Ln solicitud</numerusform>
            <numerusform>Aprobar %Ln solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>Aprobar solicitud</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %Ln</source>
        <translation>
            <numerusform>&amp;Aprobar %Ln</numerusform>
            <numerusform>&amp;Aprobar %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Activation &amp;template:</source>
        <translation>&amp;Plantilla de activación:</translation>
    </message>
    <message>
        <source>The template (values are filled in for each request):</source>
        <translation>La plantilla (los valores se rellenan para cada solicitud):</translation>
    </message>
    <message>
        <source>What the customer will receive:</source>
        <translation>Lo que recibirá el cliente:</translation>
    </message>
    <message>
        <source>This product has no activation template in the local cache. Create one in Inventory, then sync.</source>
        <translation>Este producto no tiene plantilla de activación en la caché local. Cree una en Inventario y luego sincronice.</translation>
    </message>
    <message>
        <source>The request is approved in the local cache at once and on Connect at the next sync.</source>
        <translation>La solicitud se aprueba al instante en la caché local y en Connect en la próxima sincronización.</translation>
    </message>
</context>
<context>
    <name>cv::ui::BulkResultDialog</name>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln done; the changes reach Connect at the next sync.</source>
        <extracomment>%1 is how many of the %n selected requests were done.</extracomment>
        <translation>
            <numerusform>%1 de %Ln hecha; los cambios llegan a Connect en la próxima sincronización.</numerusform>
            <numerusform>%1 de %Ln hechas; los cambios llegan a Connect en la próxima sincronización.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::CapabilitiesPage</name>
    <message>
        <source>Subscription lifecycle</source>
        <translation>Ciclo de vida de la suscripción</translation>
    </message>
    <message>
        <source>Suspend and resume</source>
        <translation>Suspender y reanudar</translation>
    </message>
    <message>
        <source>Administrative hold</source>
        <translation>Retención administrativa</translation>
    </message>
    <message>
        <source>Providers may put a subscription on hold for administrative reasons.</source>
        <translation>Los distribuidores pueden retener una suscripción por motivos administrativos.</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation>Pago por uso</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>QT: quantity (usage is reported as amounts)</source>
        <translation>QT: cantidad (el uso se informa como cantidades)</translation>
    </message>
    <message>
        <source>TR: tiered rates</source>
        <translation>TR: tarifas escalonadas</translation>
    </message>
    <message>
        <source>PR: provider rating</source>
        <translation>PR: tarificación del distribuidor</translation>
    </message>
    <message>
        <source>CR: cost rating (usage is reported as costs)</source>
        <translation>CR: tarificación por coste (el uso se informa como costes)</translation>
    </message>
    <message>
        <source>Dynamic items (created from usage reports)</source>
        <translation>Artículos dinámicos (creados a partir de informes de uso)</translation>
    </message>
    <message>
        <source>Future charges</source>
        <translation>Cargos futuros</translation>
    </message>
    <message>
        <source>Late charges</source>
        <translation>Cargos tardíos</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>Esquema:</translation>
    </message>
    <message>
        <source>Reporting and validation</source>
        <translation>Informes y validación</translation>
    </message>
    <message>
        <source>Consumption reporting for reservation items</source>
        <translation>Informe de consumo para artículos de reserva</translation>
    </message>
    <message>
        <source>Dynamic validation of draft requests (your service checks orders before they are placed)</source>
        <translation>Validación dinámica de solicitudes en borrador (su servicio comprueba los pedidos antes de que se realicen)</translation>
    </message>
    <message>
        <source>Dynamic validation of the inquiring form</source>
        <translation>Validación dinámica del formulario de consulta</translation>
    </message>
    <message>
        <source>Resellers (tiers)</source>
        <translation>Revendedores (Tiers)</translation>
    </message>
    <message>
        <source>Level 1 (tier 1 reseller)</source>
        <translation>Nivel 1 (revendedor de Tier 1)</translation>
    </message>
    <message>
        <source>Level 2 (tier 1 and tier 2 resellers)</source>
        <translation>Nivel 2 (revendedores de Tier 1 y Tier 2)</translation>
    </message>
    <message>
        <source>Tier accounts sync</source>
        <translation>Sincronización de cuentas de Tier</translation>
    </message>
    <message>
        <source>Reseller authorization level:</source>
        <translation>Nivel de autorización de revendedores:</translation>
    </message>
    <message>
        <source>Choose a pay-as-you-go schema first.</source>
        <translation>Elija primero un esquema de pago por uso.</translation>
    </message>
    <message>
        <source>Change capabilities</source>
        <translation>Cambiar capacidades</translation>
    </message>
    <message>
        <source>Subscriptions can be suspended (e.g. for non-payment) and resumed later without being canceled; your service receives suspend and resume requests.</source>
        <translation>Las suscripciones se pueden suspender (p. ej., por impago) y reanudar más tarde sin cancelarlas; su servicio recibe solicitudes de suspensión y reanudación.</translation>
    </message>
</context>
<context>
    <name>cv::ui::CasePage</name>
    <message>
        <source>Attach a file to the case</source>
        <translation>Adjuntar un archivo al caso</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Write a reply to the case (sent on the next sync)</source>
        <translation>Escriba una respuesta al caso (se envía en la próxima sincronización)</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>Enviar &amp;respuesta</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Volver a enviar</translation>
    </message>
    <message>
        <source>Once the cause is fixed, send the refused change with the next sync.</source>
        <translation>Una vez corregida la causa, enviar el cambio rechazado con la próxima sincronización.</translation>
    </message>
    <message>
        <source>&amp;Discard the refused change</source>
        <translation>&amp;Descartar el cambio rechazado</translation>
    </message>
    <message>
        <source>Forget the change Connect refused; a case opened here goes with its replies and files.</source>
        <translation>Olvidar el cambio que Connect rechazó; un caso abierto aquí se elimina con sus respuestas y archivos.</translation>
    </message>
    <message>
        <source>Ask for information</source>
        <translation>Solicitar información</translation>
    </message>
    <message>
        <source>Back to pending</source>
        <translation>Volver a pendiente</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Marcar como resuelto</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Cerrar caso</translation>
    </message>
    <message>
        <source>Case %1 is not in the offline data.</source>
        <translation>El caso %1 no está en los datos sin conexión.</translation>
    </message>
    <message>
        <source>(given by Connect after sync)</source>
        <translation>(asignado por Connect tras la sincronización)</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Adjuntos: %1</translation>
    </message>
    <message>
        <source>Attachments waiting for sync: %1</source>
        <translation>Adjuntos esperando sincronización: %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>waiting for sync</source>
        <translation>esperando sincronización</translation>
    </message>
    <message>
        <source>No replies yet. Replies from the support team appear here after a sync.</source>
        <translation>Aún no hay respuestas. Las respuestas del equipo de soporte aparecerán aquí tras una sincronización.</translation>
    </message>
    <message>
        <source>← All cases</source>
        <translation>← Todos los casos</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Adjuntar &amp;archivo…</translation>
    </message>
    <message>
        <source>Case ID: %1 · State: %2 · Priority: %3</source>
        <extracomment>%1 is the case&apos;s ID, %2 its state (&quot;Pending&quot;…), %3 its priority (&quot;High&quot;…).</extracomment>
        <translation>ID del caso: %1 · Estado: %2 · Prioridad: %3</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Sent to the case on the next sync</source>
        <translation>Se envía al caso en la próxima sincronización</translation>
    </message>
</context>
<context>
    <name>cv::ui::CcpPreview</name>
    <message>
        <source>Customer control panel preview</source>
        <translation>Vista previa del panel de control del cliente</translation>
    </message>
    <message>
        <source>This is what the customer sees after signing in to the customer control panel.</source>
        <translation>Esto es lo que ve el cliente tras iniciar sesión en el panel de control del cliente.</translation>
    </message>
    <message>
        <source>The customer control panel needs a connection to Connect.</source>
        <translation>El panel de control del cliente necesita conexión con Connect.</translation>
    </message>
    <message>
        <source>The customer control panel of %1 could not be loaded: %2</source>
        <translation>No se pudo cargar el panel de control del cliente de %1: %2</translation>
    </message>
    <message>
        <source>Asset %1 as the customer sees it. Links open in your browser.</source>
        <translation>Asset %1 tal como lo ve el cliente. Los enlaces se abren en su navegador.</translation>
    </message>
    <message>
        <source>Show the panel in one of the product&apos;s languages</source>
        <translation>Mostrar el panel en uno de los idiomas del producto</translation>
    </message>
    <message>
        <source>English (source)</source>
        <translation>Inglés (origen)</translation>
    </message>
    <message>
        <source>Loading the customer control panel of %1…</source>
        <translation>Cargando el panel de control del cliente de %1…</translation>
    </message>
</context>
<context>
    <name>cv::ui::ChoicesEditor</name>
    <message>
        <source>Add choice</source>
        <translation>Añadir opción</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Label (shown)</source>
        <translation>Etiqueta (visible)</translation>
    </message>
    <message>
        <source>Value (sent)</source>
        <translation>Valor (enviado)</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Opción %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::CommandPalette</name>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Listado</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>approve</source>
        <extracomment>The word a user types in the command palette to approve a request (&quot;approve PR-1234&quot;), in lower case; matched in any case.</extracomment>
        <translation>aprobar</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Send local changes and fetch what changed</source>
        <translation>Enviar los cambios locales y obtener lo que ha cambiado</translation>
    </message>
    <message>
        <source>Approve a pending request…</source>
        <translation>Aprobar una solicitud pendiente…</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; and the request&apos;s id or customer</source>
        <extracomment>%1 is the word that starts an approval in the palette (&quot;approve&quot;).</extracomment>
        <translation>Escriba «%1» y el ID o el cliente de la solicitud</translation>
    </message>
    <message>
        <source>New support case</source>
        <translation>Nuevo caso de soporte</translation>
    </message>
    <message>
        <source>Write to CloudBlue support (Help &amp; Support)</source>
        <translation>Escribir al soporte de CloudBlue (Ayuda y soporte)</translation>
    </message>
    <message>
        <source>Show sync conflicts</source>
        <translation>Mostrar conflictos de sincronización</translation>
    </message>
    <message>
        <source>Decide between your changes and Connect&apos;s</source>
        <translation>Elegir entre sus cambios y los de Connect</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Mostrar notificaciones</translation>
    </message>
    <message>
        <source>The emails Connect sent you</source>
        <translation>Los correos electrónicos que Connect le ha enviado</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <extracomment>%1 is a module&apos;s title (&quot;Usage&quot;, &quot;Help &amp; Support&quot;).</extracomment>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <extracomment>%1 is a request&apos;s id (&quot;PR-1234-5678-9012-001&quot;).</extracomment>
        <translation>Aprobar %1</translation>
    </message>
    <message>
        <source>Find a request, product, customer, case… or a command</source>
        <translation>Buscar una solicitud, un producto, un cliente, un caso… o un comando</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <source>Type an id, a name or an email, or a command. Up and Down choose, Enter runs, Escape closes.</source>
        <translation>Escriba un ID, un nombre, un correo electrónico o un comando. Arriba y Abajo eligen, Intro ejecuta, Escape cierra.</translation>
    </message>
    <message>
        <source>Command palette results</source>
        <translation>Resultados de la paleta de comandos</translation>
    </message>
    <message>
        <source>Nothing in the offline data matches.</source>
        <translation>Nada en los datos sin conexión coincide.</translation>
    </message>
    <message>
        <source>1 result · Enter runs · Esc closes</source>
        <translation>1 resultado · Intro ejecuta · Esc cierra</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results · Enter runs · Esc closes</source>
        <translation>
            <numerusform>%Ln resultado · Intro ejecuta · Esc cierra</numerusform>
            <numerusform>%Ln resultados · Intro ejecuta · Esc cierra</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::ConflictsDialog</name>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Conservar la del &amp;servidor</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Keep mine for all</source>
        <translation>Conservar la mía en todos</translation>
    </message>
    <message>
        <source>Keep theirs for all</source>
        <translation>Conservar la del servidor en todos</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mía</translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation>Del servidor</translation>
    </message>
    <message>
        <source>No conflicts: everything you changed offline could be merged.</source>
        <translation>No hay conflictos: todo lo que cambió sin conexión se pudo combinar.</translation>
    </message>
    <message>
        <source>One field changed both here and on the server since the last sync.</source>
        <translation>Un campo cambió aquí y en el servidor desde la última sincronización.</translation>
    </message>
    <message>
        <source>Choose which value to keep; your other changes to these objects wait until you decide.</source>
        <translation>Elija qué valor conservar; sus demás cambios en estos objetos esperan hasta que decida.</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>No se pudo guardar la decisión: %1</translation>
    </message>
    <message>
        <source>The decisions could not be saved: %1</source>
        <translation>No se pudieron guardar las decisiones: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Mine: %1
Theirs: %2

Value to keep:</source>
        <translation>Mía: %1
Del servidor: %2

Valor que se conservará:</translation>
    </message>
    <message>
        <source>The value could not be saved: %1</source>
        <translation>No se pudo guardar el valor: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fields changed both here and on the server since the last sync.</source>
        <translation>
            <numerusform>%n campo cambió aquí y en el servidor desde la última sincronización.</numerusform>
            <numerusform>%n campos cambiaron aquí y en el servidor desde la última sincronización.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::ContractDetailPage</name>
    <message>
        <source>Contract:</source>
        <translation>Contrato:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source> (waiting for sync)</source>
        <translation> (esperando sincronización)</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Acuerdo:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Firmado:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>%1 (%2) · distribution agreement: %3</source>
        <translation>%1 (%2) · acuerdo de distribución: %3</translation>
    </message>
    <message>
        <source>Version %1 published</source>
        <translation>Versión %1 publicada</translation>
    </message>
    <message>
        <source>Contract created</source>
        <translation>Contrato creado</translation>
    </message>
    <message>
        <source>Signed (version %1)</source>
        <translation>Firmado (versión %1)</translation>
    </message>
    <message>
        <source>Countersigned by the provider</source>
        <translation>Refrendado por el distribuidor</translation>
    </message>
    <message>
        <source>Contract terminated</source>
        <translation>Contrato finalizado</translation>
    </message>
    <message>
        <source>Signed from this app</source>
        <translation>Firmado desde esta aplicación</translation>
    </message>
    <message>
        <source>Enrolled from this app</source>
        <translation>Inscrito desde esta aplicación</translation>
    </message>
    <message>
        <source>on Connect</source>
        <translation>en Connect</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>enviado el %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <source>waiting for sync</source>
        <translation>esperando sincronización</translation>
    </message>
    <message>
        <source>No distribution agreement under this program yet.</source>
        <translation>Aún no hay ningún acuerdo de distribución en este programa.</translation>
    </message>
    <message>
        <source>No marketplace.</source>
        <translation>Ningún marketplace.</translation>
    </message>
    <message>
        <source>← All contracts</source>
        <translation>← Todos los contratos</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>Marketplaces</translation>
    </message>
    <message>
        <source>Open the agreement</source>
        <translation>Abrir el acuerdo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Sent to Connect</source>
        <translation>Enviado a Connect</translation>
    </message>
    <message>
        <source>Enrollment completed</source>
        <translation>Inscripción completada</translation>
    </message>
    <message>
        <source>Action from this app: %1</source>
        <extracomment>%1 is the action&apos;s name as Connect&apos;s API writes it (or the error Connect gave for it).</extracomment>
        <translation>Acción desde esta aplicación: %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::CreateListingDialog</name>
    <message>
        <source>Submit for review now (otherwise it stays a draft)</source>
        <translation>Enviar a revisión ahora (si no, queda como borrador)</translation>
    </message>
    <message>
        <source>Create listing</source>
        <translation>Crear listado</translation>
    </message>
    <message>
        <source>What the marketplace asks for: support contact, local contact, notes for the reviewer</source>
        <translation>Lo que pide el marketplace: contacto de soporte, contacto local, notas para el revisor</translation>
    </message>
    <message>
        <source>You are offline: the request is saved on this computer and sent to Connect at the next sync.</source>
        <translation>Está sin conexión: la solicitud está guardada en este equipo y se enviará a Connect en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Create request</source>
        <translation>Crear solicitud</translation>
    </message>
    <message>
        <source>Product (published):</source>
        <translation>Producto (publicado):</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marketplace:</translation>
    </message>
    <message>
        <source>Details for the marketplace:</source>
        <translation>Datos para el marketplace:</translation>
    </message>
    <message>
        <source>No published product: publish one under Inventory first.</source>
        <translation>No hay ningún producto publicado: publique uno primero en Inventario.</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <extracomment>%1 is a marketplace&apos;s name.</extracomment>
        <translation>%1 (no disponible)</translation>
    </message>
    <message>
        <source>Choose a marketplace to create the request.</source>
        <translation>Elija un marketplace para crear la solicitud.</translation>
    </message>
    <message>
        <source>This product cannot be listed on any marketplace now: the reasons are under each marketplace above.</source>
        <translation>Este producto no se puede listar ahora en ningún marketplace: los motivos figuran bajo cada marketplace, arriba.</translation>
    </message>
</context>
<context>
    <name>cv::ui::CreateUsageFileDialog</name>
    <message>
        <source>Create usage file</source>
        <translation>Crear archivo de uso</translation>
    </message>
    <message>
        <source>Usage %1</source>
        <translation>Uso %1</translation>
    </message>
    <message>
        <source>You are offline: the usage file is saved on this computer and created on Connect at the next sync.</source>
        <translation>Está sin conexión: el archivo de uso se guarda en este equipo y se crea en Connect en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>%1 (%2, contract %3)</source>
        <translation>%1 (%2, contrato %3)</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Producto:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marketplace:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Period (UTC):</source>
        <translation>Periodo (UTC):</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Download &amp;template…</source>
        <translation>Descargar &amp;plantilla…</translation>
    </message>
    <message>
        <source>The usage template (.xlsx) for this product and period, to fill in offline</source>
        <translation>La plantilla de uso (.xlsx) de este producto y periodo, para rellenar sin conexión</translation>
    </message>
    <message>
        <source>Save usage template</source>
        <translation>Guardar plantilla de uso</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>Plantilla guardada en %1.</translation>
    </message>
    <message>
        <source>The template could not be made: %1</source>
        <translation>No se pudo crear la plantilla: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>cv::ui::DashboardPage</name>
    <message>
        <source>Short description and detailed overview are filled in.</source>
        <translation>La descripción breve y la descripción detallada están rellenadas.</translation>
    </message>
    <message>
        <source>Fill in the short description and the detailed overview; add a logo.</source>
        <translation>Rellene la descripción breve y la descripción detallada; añada un logotipo.</translation>
    </message>
    <message>
        <source>Add at least one item (SKU) that customers can buy.</source>
        <translation>Añada al menos un artículo (SKU) que los clientes puedan comprar.</translation>
    </message>
    <message>
        <source>Add at least one parameter, e.g. the administrator&apos;s email asked when ordering.</source>
        <translation>Añada al menos un parámetro, p. ej., el correo electrónico del administrador que se pide al hacer el pedido.</translation>
    </message>
    <message>
        <source>The customer description or getting started text is filled in.</source>
        <translation>La descripción para el cliente o el texto de primeros pasos está rellenado.</translation>
    </message>
    <message>
        <source>Describe the service and how to get started for customers; edit the templates and actions.</source>
        <translation>Describa el servicio y cómo empezar para los clientes; edite las plantillas y las acciones.</translation>
    </message>
    <message>
        <source>A version of this product is published.</source>
        <translation>Hay una versión de este producto publicada.</translation>
    </message>
    <message>
        <source>Publish a version so it can be listed in marketplaces. Publishing needs a connection to Connect.</source>
        <translation>Publique una versión para poder listarla en marketplaces. Publicar requiere conexión con Connect.</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Hecho</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <extracomment>%1 is the name of a product page (&quot;Items&quot;, &quot;Parameters&quot;…).</extracomment>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>A preview request was run.</source>
        <translation>Se ejecutó una solicitud de vista previa.</translation>
    </message>
    <message>
        <source>Check how customers will see the product before you publish it (recommended), once the rest is done and synced.</source>
        <translation>Compruebe cómo verán los clientes el producto antes de publicarlo (recomendado), una vez que el resto esté hecho y sincronizado.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n steps done. Everything is saved on this computer as you type and sent to Connect by the next sync.</source>
        <extracomment>%1 is how many of the %n steps are done.</extracomment>
        <translation>
            <numerusform>%1 de %n paso hecho. Todo se guarda en este equipo mientras escribe y se envía a Connect en la próxima sincronización.</numerusform>
            <numerusform>%1 de %n pasos hechos. Todo se guarda en este equipo mientras escribe y se envía a Connect en la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 item defined.</source>
        <translation>1 artículo definido.</translation>
    </message>
    <message numerus="yes">
        <source>%n items defined.</source>
        <translation>
            <numerusform>%n artículo definido.</numerusform>
            <numerusform>%n artículos definidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 parameter defined.</source>
        <translation>1 parámetro definido.</translation>
    </message>
    <message numerus="yes">
        <source>%n parameters defined.</source>
        <translation>
            <numerusform>%n parámetro definido.</numerusform>
            <numerusform>%n parámetros definidos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::DocumentView</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln coincidencia</numerusform>
            <numerusform>%Ln coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation>Coincidencia %1 de %2</translation>
    </message>
    <message>
        <source>The document cannot be shown while Connect cannot be reached.</source>
        <translation>El documento no se puede mostrar mientras no se pueda conectar con Connect.</translation>
    </message>
    <message>
        <source>The document could not be downloaded: %1</source>
        <translation>No se pudo descargar el documento: %1</translation>
    </message>
    <message>
        <source>This version&apos;s document is a web page of the provider:
%1</source>
        <translation>El documento de esta versión es una página web del distribuidor:
%1</translation>
    </message>
    <message>
        <source>Open in browser…</source>
        <translation>Abrir en el navegador…</translation>
    </message>
    <message>
        <source>The PDF document could not be read (%1).</source>
        <translation>No se pudo leer el documento PDF (%1).</translation>
    </message>
    <message>
        <source>This document (%1, %2) cannot be shown here. You can save it and open it with the program your system uses for it.</source>
        <translation>Este documento (%1, %2) no se puede mostrar aquí. Puede guardarlo y abrirlo con el programa que su sistema usa para este tipo de archivo.</translation>
    </message>
    <message>
        <source>Open with system viewer…</source>
        <translation>Abrir con el visor del sistema…</translation>
    </message>
    <message>
        <source>Open %1 in your web browser?</source>
        <translation>¿Abrir %1 en su navegador web?</translation>
    </message>
    <message>
        <source>Save %1 and open it with your system&apos;s viewer? Files from the internet can be harmful; open it only if you trust the provider.</source>
        <translation>¿Guardar %1 y abrirlo con el visor de su sistema? Los archivos de Internet pueden ser dañinos; ábralo solo si confía en el distribuidor.</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Abrir documento</translation>
    </message>
    <message>
        <source>The document could not be saved to %1.</source>
        <translation>No se pudo guardar el documento en %1.</translation>
    </message>
    <message>
        <source>Search the document</source>
        <translation>Buscar en el documento</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 coincidencia</translation>
    </message>
</context>
<context>
    <name>cv::ui::FirstRunPage</name>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>Enter the API key of your Connect account (API module › Tokens in the portal).</source>
        <translation>Introduzca la clave de API de su cuenta de Connect (módulo API › Tokens en el portal).</translation>
    </message>
    <message>
        <source>Welcome to Connect Vendor Desktop</source>
        <translation>Bienvenido a Connect Vendor Desktop</translation>
    </message>
    <message>
        <source>Add a Connect account</source>
        <translation>Añadir una cuenta de Connect</translation>
    </message>
    <message>
        <source>API &amp;endpoint:</source>
        <translation>&amp;Punto de conexión de la API:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>The key is checked with Connect and kept only in your system keychain.</source>
        <translation>La clave se comprueba con Connect y solo se guarda en el llavero de su sistema.</translation>
    </message>
    <message>
        <source>Explore offline with the sandbox</source>
        <translation>Explorar sin conexión con el entorno de pruebas</translation>
    </message>
    <message>
        <source>Try every module against a local sandbox account with demo data. No Connect account needed.</source>
        <translation>Pruebe cada módulo con una cuenta local del entorno de pruebas con datos de demostración. No necesita una cuenta de Connect.</translation>
    </message>
    <message>
        <source>Explore offline</source>
        <translation>Explorar sin conexión</translation>
    </message>
    <message>
        <source>Continue with an empty offline workspace</source>
        <translation>Continuar con un espacio de trabajo sin conexión vacío</translation>
    </message>
    <message>
        <source>The built-in sandbox is not available.</source>
        <translation>El entorno de pruebas integrado no está disponible.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Back to where you were, without adding an account (Esc)</source>
        <translation>Volver a donde estaba, sin añadir una cuenta (Esc)</translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation>Añadir otra cuenta</translation>
    </message>
    <message>
        <source>Define products, fulfill orders and publish to marketplaces, online or offline. Everything you do is saved on this computer first and synced with Connect.</source>
        <translation>Defina productos, aprovisione pedidos y publique en marketplaces, con o sin conexión. Todo lo que hace se guarda primero en este equipo y se sincroniza con Connect.</translation>
    </message>
</context>
<context>
    <name>cv::ui::FulfillmentPage</name>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Aprovisionamiento</translation>
    </message>
    <message>
        <source>Process the requests of your customers: approve, inquire or reject.</source>
        <translation>Procese las solicitudes de sus clientes: aprobar, solicitar información o rechazar.</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Search by request ID, customer or product (Ctrl+F)</source>
        <translation>Buscar por ID de solicitud, cliente o producto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any assignee</source>
        <translation>Cualquier responsable</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>Cualquier producto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>%1: any</source>
        <extracomment>A filter button: %1 is the filter&apos;s name (&quot;Type&quot;, &quot;Status&quot;, &quot;Environment&quot;).</extracomment>
        <translation>%1: cualquiera</translation>
    </message>
    <message>
        <source>Sign in to an account to see its requests.</source>
        <translation>Inicie sesión en una cuenta para ver sus solicitudes.</translation>
    </message>
    <message>
        <source>No requests in the local cache yet. Sync to fetch them.</source>
        <translation>Aún no hay solicitudes en la caché local. Sincronice para obtenerlas.</translation>
    </message>
    <message>
        <source>No request matches these filters.</source>
        <translation>Ninguna solicitud coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Select pending requests to approve or reject several at once.</source>
        <translation>Seleccione solicitudes pendientes para aprobar o rechazar varias a la vez.</translation>
    </message>
    <message>
        <source>Approved, waiting for sync</source>
        <translation>Aprobada, esperando sincronización</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>Aprobar seleccionadas</translation>
    </message>
    <message>
        <source>Rejected, waiting for sync</source>
        <translation>Rechazada, esperando sincronización</translation>
    </message>
    <message>
        <source>Reject selected</source>
        <translation>Rechazar seleccionadas</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>filter: requests created between two dates</comment>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Approve selected…</source>
        <translation>Aprobar seleccionadas…</translation>
    </message>
    <message>
        <source>Reject selected…</source>
        <translation>Rechazar seleccionadas…</translation>
    </message>
    <message>
        <source>Show only requests with the status “%1”</source>
        <extracomment>%1 is a request status as shown in the Status column (&quot;Pending&quot;, &quot;Approved&quot;…).</extracomment>
        <translation>Mostrar solo las solicitudes con el estado «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln selected</source>
        <translation>
            <numerusform>%1: %Ln seleccionada</numerusform>
            <numerusform>%1: %Ln seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>All · %1</source>
        <extracomment>The filter chip showing every request; %1 is how many there are.</extracomment>
        <translation>Todas · %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is &quot;N selected&quot; (requests), %2 is &quot;N pending&quot; (of the selected requests).</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <comment>requests</comment>
        <translation>
            <numerusform>%Ln seleccionada</numerusform>
            <numerusform>%Ln seleccionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <comment>selected requests</comment>
        <translation>
            <numerusform>%Ln pendiente</numerusform>
            <numerusform>%Ln pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %Ln selected…</source>
        <translation>
            <numerusform>Aprobar %Ln seleccionada…</numerusform>
            <numerusform>Aprobar %Ln seleccionadas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %Ln selected…</source>
        <translation>
            <numerusform>Rechazar %Ln seleccionada…</numerusform>
            <numerusform>Rechazar %Ln seleccionadas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Buscar solicitudes</translation>
    </message>
    <message>
        <source>Matches the request ID, the customer&apos;s name or the product&apos;s name</source>
        <translation>Coincide con el ID de la solicitud, el nombre del cliente o el nombre del producto</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Filtro de responsable</translation>
    </message>
    <message>
        <source>Product filter</source>
        <translation>Filtro de producto</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Creada desde</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Creada hasta</translation>
    </message>
    <message>
        <source>Fulfillment requests</source>
        <translation>Solicitudes de aprovisionamiento</translation>
    </message>
    <message>
        <source>Enter opens the request; Shift or Ctrl with the arrows selects several</source>
        <translation>Intro abre la solicitud; Mayús o Ctrl con las flechas selecciona varias</translation>
    </message>
    <message>
        <source>Loading requests: %1 of %2</source>
        <translation>Cargando solicitudes: %1 de %2</translation>
    </message>
</context>
<context>
    <name>cv::ui::HelpSupportPage</name>
    <message>
        <source>Getting started with Connect</source>
        <translation>Primeros pasos con Connect</translation>
    </message>
    <message>
        <source>Portals, accounts and users; the supply chain flows.</source>
        <translation>Portales, cuentas y usuarios; los flujos de la cadena de suministro.</translation>
    </message>
    <message>
        <source>Account module</source>
        <translation>Módulo Cuenta</translation>
    </message>
    <message>
        <source>Account details, users and invitations (lab: Account Module).</source>
        <translation>Datos de la cuenta, usuarios e invitaciones (laboratorio: Account Module).</translation>
    </message>
    <message>
        <source>Processing fulfillment requests (tutorial)</source>
        <translation>Procesar solicitudes de aprovisionamiento (tutorial)</translation>
    </message>
    <message>
        <source>Step by step: fill the fulfillment parameters and approve a request (lab: Fulfillment).</source>
        <translation>Paso a paso: rellenar los parámetros de aprovisionamiento y aprobar una solicitud (laboratorio: Fulfillment).</translation>
    </message>
    <message>
        <source>Requests management</source>
        <translation>Gestión de solicitudes</translation>
    </message>
    <message>
        <source>Request details, approve, inquire and reject.</source>
        <translation>Detalles de la solicitud, aprobar, solicitar información y rechazar.</translation>
    </message>
    <message>
        <source>Listings (video tutorial)</source>
        <translation>Listados (tutorial en vídeo)</translation>
    </message>
    <message>
        <source>Listing products in a distributor&apos;s marketplaces.</source>
        <translation>Listar productos en los marketplaces de un distribuidor.</translation>
    </message>
    <message>
        <source>Localization</source>
        <translation>Localización</translation>
    </message>
    <message>
        <source>Translating product content (lab: Inventory, product profile).</source>
        <translation>Traducir el contenido del producto (laboratorio: Inventory, perfil del producto).</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>Tokens de API</translation>
    </message>
    <message>
        <source>Tokens and their module permissions (lab: API Module).</source>
        <translation>Los tokens y sus permisos por módulo (laboratorio: API Module).</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Soporte técnico</translation>
    </message>
    <message>
        <source>Support cases: states, attachments, comments (lab: Help &amp; Support).</source>
        <translation>Casos de soporte: estados, adjuntos, comentarios (laboratorio: Help &amp; Support).</translation>
    </message>
    <message>
        <source>SDKs and developer tools</source>
        <translation>SDK y herramientas para desarrolladores</translation>
    </message>
    <message>
        <source>Libraries and tools for the Connect API.</source>
        <translation>Bibliotecas y herramientas para la API de Connect.</translation>
    </message>
    <message>
        <source>Connect Community (all documentation)</source>
        <translation>Connect Community (toda la documentación)</translation>
    </message>
    <message>
        <source>Every module, guide and release note.</source>
        <translation>Cada módulo, guía y nota de versión.</translation>
    </message>
    <message>
        <source>Opens %1 in your browser</source>
        <translation>Abre %1 en su navegador</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de conocimientos</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Novedades</translation>
    </message>
    <message>
        <source>Support cases</source>
        <translation>Casos de soporte</translation>
    </message>
    <message>
        <source>Connect&apos;s documentation and tutorials, grouped by the lab&apos;s topics. Click a topic to open it in your web browser.</source>
        <translation>La documentación y los tutoriales de Connect, agrupados por los temas del laboratorio. Haga clic en un tema para abrirlo en su navegador web.</translation>
    </message>
    <message>
        <source>Search cases by subject or ID (Ctrl+F)</source>
        <translation>Buscar casos por asunto o ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nuevo caso</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>ID del caso</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinc.</translation>
    </message>
    <message>
        <source>(after sync)</source>
        <translation>(tras sincronizar)</translation>
    </message>
    <message>
        <source>The account was closed; open it again to write the case.</source>
        <translation>La cuenta se cerró; vuelva a abrirla para escribir el caso.</translation>
    </message>
    <message>
        <source>Search support cases</source>
        <translation>Buscar casos de soporte</translation>
    </message>
    <message>
        <source>Matches the case&apos;s subject or ID</source>
        <translation>Coincide con el asunto o el ID del caso</translation>
    </message>
    <message>
        <source>Case state filter</source>
        <translation>Filtro de estado del caso</translation>
    </message>
</context>
<context>
    <name>cv::ui::InquireDialog</name>
    <message>
        <source>Inquire: ask the customer</source>
        <translation>Consulta: preguntar al cliente</translation>
    </message>
    <message>
        <source>(no template: the parameter messages only)</source>
        <translation>(sin plantilla: solo los mensajes de los parámetros)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Valor actual</translation>
    </message>
    <message>
        <source>Message for the customer</source>
        <translation>Mensaje para el cliente</translation>
    </message>
    <message>
        <source>&amp;Inquire</source>
        <translation>&amp;Consultar</translation>
    </message>
    <message>
        <source>Inquire &amp;template:</source>
        <translation>&amp;Plantilla de consulta:</translation>
    </message>
    <message>
        <source>Write a message next to each parameter the customer must correct:</source>
        <translation>Escriba un mensaje junto a cada parámetro que el cliente deba corregir:</translation>
    </message>
    <message>
        <source>Messages per parameter</source>
        <translation>Mensajes por parámetro</translation>
    </message>
</context>
<context>
    <name>cv::ui::InventoryPage</name>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Create a product from a definition file exported before</source>
        <translation>Crear un producto a partir de un archivo de definición exportado antes</translation>
    </message>
    <message>
        <source>Save the selected product&apos;s definition to a file (JSON in the Connect API shapes)</source>
        <translation>Guardar la definición del producto seleccionado en un archivo (JSON con la estructura de la API de Connect)</translation>
    </message>
    <message>
        <source>Create Product</source>
        <translation>Crear producto</translation>
    </message>
    <message>
        <source>Name of the new product (you can change it until the product is published):</source>
        <translation>Nombre del nuevo producto (puede cambiarlo hasta que el producto se publique):</translation>
    </message>
    <message>
        <source>%1

Name of the new product:</source>
        <translation>%1

Nombre del nuevo producto:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>El nombre no puede estar vacío.</translation>
    </message>
    <message>
        <source>The product was not created: %1</source>
        <translation>No se creó el producto: %1</translation>
    </message>
    <message>
        <source>Open an account (or the sandbox) to see its products.</source>
        <translation>Abra una cuenta (o el entorno de pruebas) para ver sus productos.</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>Ningún producto coincide con «%1».</translation>
    </message>
    <message>
        <source>No products yet.
Click “Create Product” to define your first one; it is saved on this computer and sent to Connect with the next sync.</source>
        <translation>Aún no hay productos.
Haga clic en «Crear producto» para definir el primero; se guarda en este equipo y se envía a Connect con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Search by name or ID (Ctrl+F)</source>
        <translation>Buscar por nombre o ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Define a new product (Ctrl+N)</source>
        <translation>Definir un nuevo producto (Ctrl+N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Sin publicar</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>No product to export.</source>
        <translation>No hay ningún producto para exportar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>No hay ninguna cuenta abierta.</translation>
    </message>
    <message>
        <source>%1 is not a product definition: %2 at byte %3.</source>
        <translation>%1 no es una definición de producto: %2 en el byte %3.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 no se importó: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Select a product to export first.</source>
        <translation>Seleccione primero un producto para exportar.</translation>
    </message>
    <message>
        <source>Export product definition</source>
        <translation>Exportar definición de producto</translation>
    </message>
    <message>
        <source>Product definition (*.json)</source>
        <translation>Definición de producto (*.json)</translation>
    </message>
    <message>
        <source>Import product definition</source>
        <translation>Importar definición de producto</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Buscar productos</translation>
    </message>
    <message>
        <source>Matches the product&apos;s name or ID</source>
        <translation>Coincide con el nombre o el ID del producto</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
</context>
<context>
    <name>cv::ui::ItemDialog</name>
    <message>
        <source>Edit Item</source>
        <translation>Editar artículo</translation>
    </message>
    <message>
        <source>New Item</source>
        <translation>Nuevo artículo</translation>
    </message>
    <message>
        <source>e.g. SKU Users</source>
        <translation>p. ej., SKU Usuarios</translation>
    </message>
    <message>
        <source>Manufacturer part number, unique in the product</source>
        <translation>Número de pieza del fabricante, único en el producto</translation>
    </message>
    <message>
        <source>Optional: what the customer gets with this item</source>
        <translation>Opcional: lo que obtiene el cliente con este artículo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;MPN:</source>
        <translation>&amp;MPN:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>A quantity the customer buys in advance (licenses, users)</source>
        <translation>Una cantidad que el cliente compra por adelantado (licencias, usuarios)</translation>
    </message>
    <message>
        <source>Billed from reported usage, always monthly</source>
        <translation>Se factura según el uso informado, siempre mensualmente</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Billing &amp;period:</source>
        <translation>&amp;Período de facturación:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>P&amp;recision:</source>
        <translation>P&amp;recisión:</translation>
    </message>
    <message>
        <source>&amp;Commitment:</source>
        <translation>&amp;Compromiso:</translation>
    </message>
    <message>
        <source>This item is published: only its name, MPN and description can change.</source>
        <translation>Este artículo está publicado: solo pueden cambiar su nombre, su MPN y su descripción.</translation>
    </message>
    <message>
        <source>Name and MPN</source>
        <translation>Nombre y MPN</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Eliminar artículo</translation>
    </message>
    <message>
        <source>Only draft items can be deleted.</source>
        <translation>Solo se pueden eliminar artículos en borrador.</translation>
    </message>
    <message>
        <source>Pay-as-you-go items have no commitment.</source>
        <translation>Los artículos de pago por uso no tienen compromiso.</translation>
    </message>
    <message>
        <source>%1 (not allowed for this period)</source>
        <translation>%1 (no permitido para este período)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ItemsPage</name>
    <message>
        <source>&amp;New Item</source>
        <translation>&amp;Nuevo artículo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>MPN</source>
        <translation>MPN</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Período de facturación</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>The SKUs customers buy. Reservation items are bought in advance (users, licenses); pay-as-you-go items are billed monthly from reported usage.</source>
        <translation>Los SKU que compran los clientes. Los artículos de reserva se compran por adelantado (usuarios, licencias); los de pago por uso se facturan mensualmente según el uso informado.</translation>
    </message>
    <message>
        <source>Add an item (Ctrl+N)</source>
        <translation>Añadir un artículo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter by name or MPN</source>
        <translation>Filtrar por nombre o MPN</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add item %1</source>
        <translation>Añadir artículo %1</translation>
    </message>
    <message>
        <source>Edit item %1</source>
        <translation>Editar artículo %1</translation>
    </message>
    <message>
        <source>Delete item %1</source>
        <translation>Eliminar artículo %1</translation>
    </message>
    <message>
        <source>Item “%1” deleted.</source>
        <translation>Artículo «%1» eliminado.</translation>
    </message>
    <message>
        <source>Filter items</source>
        <translation>Filtrar artículos</translation>
    </message>
    <message>
        <source>Matches the item&apos;s name or MPN</source>
        <translation>Coincide con el nombre o el MPN del artículo</translation>
    </message>
</context>
<context>
    <name>cv::ui::KeychainNotice</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
    <message>
        <source>Opening the system keychain for the sandbox account&apos;s API key.</source>
        <translation>Abriendo el llavero del sistema para la clave de API de la cuenta del entorno de pruebas.</translation>
    </message>
    <message>
        <source>Opening the system keychain for the account&apos;s API key.</source>
        <translation>Abriendo el llavero del sistema para la clave de API de la cuenta.</translation>
    </message>
    <message>
        <source>Opening the system keychain for the API key of %1.</source>
        <translation>Abriendo el llavero del sistema para la clave de API de %1.</translation>
    </message>
    <message>
        <source>If your desktop now asks for a keyring password (or to create a keyring), that window comes from the system keychain (e.g. GNOME Keyring or KWallet), which keeps saved passwords locked; Connect Vendor Desktop never sees that password. Unlock it to keep the key there.</source>
        <translation>Si su escritorio le pide ahora una contraseña del depósito de claves (o crear uno), esa ventana procede del llavero del sistema (p. ej., GNOME Keyring o KWallet), que mantiene bloqueadas las contraseñas guardadas; Connect Vendor Desktop nunca ve esa contraseña. Desbloquéelo para guardar allí la clave.</translation>
    </message>
    <message>
        <source>If you cancel it, the sandbox still opens, with a key kept in memory for this run.</source>
        <translation>Si lo cancela, el entorno de pruebas se abre igualmente, con una clave que se conserva en memoria durante esta sesión.</translation>
    </message>
    <message>
        <source>If you cancel it, the account works offline until you unlock the keychain or enter the key.</source>
        <translation>Si lo cancela, la cuenta funciona sin conexión hasta que desbloquee el llavero o introduzca la clave.</translation>
    </message>
    <message>
        <source>The API key of %1 could not be read from the system keychain (%2). You can keep working offline: changes are saved on this computer. To sync, unlock your keychain (your desktop&apos;s keyring or password manager) and choose Try again, or enter the key for this run only.</source>
        <translation>No se pudo leer la clave de API de %1 del llavero del sistema (%2). Puede seguir trabajando sin conexión: los cambios se guardan en este equipo. Para sincronizar, desbloquee su llavero (el depósito de claves o el gestor de contraseñas de su escritorio) y elija Reintentar, o introduzca la clave solo para esta sesión.</translation>
    </message>
    <message>
        <source>declined or not available</source>
        <translation>rechazado o no disponible</translation>
    </message>
    <message>
        <source>&amp;Enter key…</source>
        <translation>&amp;Introducir clave…</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>El llavero del sistema denegó el acceso.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s key could not be read from the system keychain (it stayed locked, or the key was never stored there).</source>
        <translation>No se pudo leer la clave del entorno de pruebas desde el llavero del sistema (siguió bloqueado o la clave nunca se guardó allí).</translation>
    </message>
    <message>
        <source>No system keychain could be used (none available, or its prompt was canceled).</source>
        <translation>No se pudo usar ningún llavero del sistema (no hay ninguno disponible o se canceló su solicitud).</translation>
    </message>
    <message>
        <source>The sandbox account therefore runs with a memory-only key: a local, throw-away key that opens only the sandbox on this computer. It is not stored in any keychain; the sandbox hands it over again at the next start.</source>
        <translation>Por eso la cuenta del entorno de pruebas funciona con una clave solo en memoria: una clave local y desechable que solo abre el entorno de pruebas de este equipo. No se guarda en ningún llavero; el entorno de pruebas la entrega de nuevo en el próximo inicio.</translation>
    </message>
</context>
<context>
    <name>cv::ui::LandingPage</name>
    <message>
        <source>Welcome to Connect</source>
        <translation>Bienvenido a Connect</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Bienvenido, %1</translation>
    </message>
    <message>
        <source>Choose a module to get started. Ctrl+1 to Ctrl+0 switch modules from anywhere.</source>
        <translation>Elija un módulo para empezar. Ctrl+1 a Ctrl+0 cambian de módulo desde cualquier lugar.</translation>
    </message>
</context>
<context>
    <name>cv::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The language of the interface</source>
        <translation>El idioma de la interfaz</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
</context>
<context>
    <name>cv::ui::LinkListEditor</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nuevo enlace</translation>
    </message>
</context>
<context>
    <name>cv::ui::ListingRequestPage</name>
    <message>
        <source>Request:</source>
        <translation>Solicitud:</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>aún no enviada</translation>
    </message>
    <message>
        <source>%1 (not confirmed by Connect yet)</source>
        <extracomment>%1 is the listing request&apos;s state (&quot;In review&quot;…).</extracomment>
        <translation>%1 (aún no confirmado por Connect)</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Producto:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marketplace:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Contrato:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Actualizado:</translation>
    </message>
    <message>
        <source>Saved; it is sent to Connect with the next sync.</source>
        <translation>Guardada; se enviará a Connect con la próxima sincronización.</translation>
    </message>
    <message>
        <source>You are offline: this request is saved on this computer and sent to Connect at the next sync.</source>
        <translation>Está sin conexión: esta solicitud está guardada en este equipo y se enviará a Connect en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s provider reviews the request; its state follows the provider&apos;s decision at each sync.</source>
        <translation>El distribuidor del marketplace revisa la solicitud; su estado sigue la decisión del distribuidor en cada sincronización.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancelar solicitud</translation>
    </message>
    <message>
        <source>Cancel this listing request?</source>
        <translation>¿Cancelar esta solicitud de listado?</translation>
    </message>
    <message>
        <source>Listing request</source>
        <translation>Solicitud de listado</translation>
    </message>
    <message>
        <source>← All listing requests</source>
        <translation>← Todas las solicitudes de listado</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Volver a borrador</translation>
    </message>
    <message>
        <source>Cancel request…</source>
        <translation>Cancelar solicitud…</translation>
    </message>
    <message>
        <source>New listing request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Nueva solicitud de listado para %1</translation>
    </message>
    <message>
        <source>Update request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Solicitud de actualización para %1</translation>
    </message>
    <message>
        <source>Removal request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Solicitud de retirada para %1</translation>
    </message>
    <message>
        <source>Listing request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Solicitud de listado para %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::ListingsPage</name>
    <message>
        <source>Request removal</source>
        <translation>Solicitar retirada</translation>
    </message>
    <message>
        <source>Request update</source>
        <translation>Solicitar actualización</translation>
    </message>
    <message>
        <source>Ask the provider to remove listing %1 from its marketplace. Reason (optional):</source>
        <translation>Pedir al distribuidor que retire el listado %1 de su marketplace. Motivo (opcional):</translation>
    </message>
    <message>
        <source>Ask the provider to update listing %1 to the product&apos;s latest version. Note (optional):</source>
        <translation>Pedir al distribuidor que actualice el listado %1 a la última versión del producto. Nota (opcional):</translation>
    </message>
    <message>
        <source>Listing request</source>
        <translation>Solicitud de listado</translation>
    </message>
    <message>
        <source>Create listing…</source>
        <translation>Crear listado…</translation>
    </message>
    <message>
        <source>Request update…</source>
        <translation>Solicitar actualización…</translation>
    </message>
    <message>
        <source>Request removal…</source>
        <translation>Solicitar retirada…</translation>
    </message>
    <message>
        <source>Select a listed product to ask the provider to update it to its latest version.</source>
        <translation>Seleccione un producto listado para pedir al distribuidor que lo actualice a su última versión.</translation>
    </message>
    <message>
        <source>Select a listed product to ask the provider to remove it from the marketplace.</source>
        <translation>Seleccione un producto listado para pedir al distribuidor que lo retire del marketplace.</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listados</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Products × marketplaces</source>
        <translation>Productos × marketplaces</translation>
    </message>
    <message>
        <source>Where each published product is listed. Green: listed; yellow: a request is pending; grey: can be listed; red: not allowed (no active distribution contract).</source>
        <translation>Dónde está listado cada producto publicado. Verde: listado; amarillo: hay una solicitud pendiente; gris: se puede listar; rojo: no permitido (sin contrato de distribución activo).</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Pending request</source>
        <translation>Solicitud pendiente</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Search by product, marketplace or ID</source>
        <translation>Buscar por producto, marketplace o ID</translation>
    </message>
    <message>
        <source>Search listings</source>
        <translation>Buscar listados</translation>
    </message>
    <message>
        <source>Matches the product, the marketplace or the ID</source>
        <translation>Coincide con el producto, el marketplace o el ID</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>Solicitudes de listado</translation>
    </message>
    <message>
        <source>Products by marketplace</source>
        <translation>Productos por marketplace</translation>
    </message>
    <message>
        <source>Listing status filter</source>
        <translation>Filtro de estado de listado</translation>
    </message>
    <message>
        <source>Request state filter</source>
        <translation>Filtro de estado de solicitud</translation>
    </message>
    <message>
        <source>Request type filter</source>
        <translation>Filtro de tipo de solicitud</translation>
    </message>
</context>
<context>
    <name>cv::ui::LocalContentPage</name>
    <message>
        <source>Open link</source>
        <translation>Abrir enlace</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>¿Abrir esta dirección en su navegador web?

%1</translation>
    </message>
</context>
<context>
    <name>cv::ui::LocalizationTab</name>
    <message>
        <source>Download .po</source>
        <translation>Descargar .po</translation>
    </message>
    <message>
        <source>Gettext catalogs (*.po)</source>
        <translation>Catálogos gettext (*.po)</translation>
    </message>
    <message>
        <source>Download .ts</source>
        <translation>Descargar .ts</translation>
    </message>
    <message>
        <source>Qt Linguist files (*.ts)</source>
        <translation>Archivos de Qt Linguist (*.ts)</translation>
    </message>
    <message>
        <source>Upload translations</source>
        <translation>Subir traducciones</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nombre del producto</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Descripción breve</translation>
    </message>
    <message>
        <source>Detailed description</source>
        <translation>Descripción detallada</translation>
    </message>
    <message>
        <source>Service description</source>
        <translation>Descripción del servicio</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Provisioning message</source>
        <translation>Mensaje de aprovisionamiento</translation>
    </message>
    <message>
        <source>Download link title</source>
        <translation>Título del enlace de descarga</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Título del documento</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Nombre del artículo</translation>
    </message>
    <message>
        <source>Item description</source>
        <translation>Descripción del artículo</translation>
    </message>
    <message>
        <source>Parameter title</source>
        <translation>Título del parámetro</translation>
    </message>
    <message>
        <source>Parameter description</source>
        <translation>Descripción del parámetro</translation>
    </message>
    <message>
        <source>Parameter hint</source>
        <translation>Sugerencia del parámetro</translation>
    </message>
    <message>
        <source>Parameter placeholder</source>
        <translation>Texto de ejemplo del parámetro</translation>
    </message>
    <message>
        <source>Choice label</source>
        <translation>Etiqueta de la opción</translation>
    </message>
    <message>
        <source>Template title</source>
        <translation>Título de la plantilla</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>Cuerpo de la plantilla</translation>
    </message>
    <message>
        <source>Action title</source>
        <translation>Título de la acción</translation>
    </message>
    <message>
        <source>Action description</source>
        <translation>Descripción de la acción</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Translate what customers see of this product. Edits are saved at once and sent with the next sync; translators can work on a .po (gettext) or .ts (Qt Linguist) file.</source>
        <translation>Traduzca lo que los clientes ven de este producto. Los cambios se guardan al momento y se envían con la próxima sincronización; los traductores pueden trabajar con un archivo .po (gettext) o .ts (Qt Linguist).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Search fields and texts</source>
        <translation>Buscar campos y textos</translation>
    </message>
    <message>
        <source>&amp;Untranslated first</source>
        <translation>Sin traducir &amp;primero</translation>
    </message>
    <message>
        <source>Source (English)</source>
        <translation>Origen (inglés)</translation>
    </message>
    <message>
        <source>&amp;Download .po</source>
        <translation>&amp;Descargar .po</translation>
    </message>
    <message>
        <source>Download .&amp;ts</source>
        <translation>Descargar .&amp;ts</translation>
    </message>
    <message>
        <source>This product was created on this computer: it can be translated once it has reached Connect (after the next sync).</source>
        <translation>Este producto se creó en este equipo: podrá traducirse cuando haya llegado a Connect (tras la próxima sincronización).</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>(not translated)</source>
        <translation>(sin traducir)</translation>
    </message>
    <message>
        <source>Not translated: customers see the English text.</source>
        <translation>Sin traducir: los clientes ven el texto en inglés.</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>Placeholders and links match the source.</source>
        <translation>Los marcadores y los enlaces coinciden con el origen.</translation>
    </message>
    <message>
        <source>missing placeholder %1</source>
        <translation>falta el marcador %1</translation>
    </message>
    <message>
        <source>missing link target %1</source>
        <translation>falta el destino de enlace %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1: the file has %2 MB; files of more than %3 MB are refused.</source>
        <translation>%1: el archivo tiene %2 MB; se rechazan los archivos de más de %3 MB.</translation>
    </message>
    <message>
        <source>Nothing was applied. Problems in %1:</source>
        <translation>No se aplicó nada. Problemas en %1:</translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>No se aplicó nada: %1</translation>
    </message>
    <message>
        <source>%1: %2 translations applied; %3 outdated ones left out. They are sent with the next sync.</source>
        <translation>%1: %2 traducciones aplicadas; %3 obsoletas omitidas. Se envían con la próxima sincronización.</translation>
    </message>
    <message>
        <source>%1: %2 translations applied. They are sent with the next sync.</source>
        <translation>%1: %2 traducciones aplicadas. Se envían con la próxima sincronización.</translation>
    </message>
    <message>
        <source>U&amp;pload .po…</source>
        <translation>S&amp;ubir .po…</translation>
    </message>
    <message>
        <source>Upload .ts…</source>
        <translation>Subir .ts…</translation>
    </message>
    <message>
        <source>Add a language…</source>
        <translation>Añadir un idioma…</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>Nothing to apply: every translation in %1 is already there.</source>
        <translation>Nada que aplicar: todas las traducciones de %1 ya están presentes.</translation>
    </message>
    <message>
        <source>Upload of %1 canceled; nothing was applied.</source>
        <translation>Subida de %1 cancelada; no se aplicó nada.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>Idioma que añadir</translation>
    </message>
    <message>
        <source>Texts and their translations</source>
        <translation>Textos y sus traducciones</translation>
    </message>
    <message>
        <source>1 text written to %1.</source>
        <translation>1 texto escrito en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n texts written to %1.</source>
        <translation>
            <numerusform>%n texto escrito en %1.</numerusform>
            <numerusform>%n textos escritos en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::MainWindow</name>
    <message>
        <source>Add a Connect account</source>
        <translation>Añadir una cuenta de Connect</translation>
    </message>
    <message>
        <source>Offline workspace</source>
        <translation>Espacio de trabajo sin conexión</translation>
    </message>
    <message>
        <source>Connect Vendor Desktop</source>
        <translation>Connect Vendor Desktop</translation>
    </message>
    <message>
        <source>Sandbox on this computer (%1)</source>
        <translation>Entorno de pruebas en este equipo (%1)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Offline workspace: no account</source>
        <translation>Espacio de trabajo sin conexión: sin cuenta</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún no sincronizado</translation>
    </message>
    <message>
        <source>Nothing to sync</source>
        <translation>Nada que sincronizar</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Send local changes and fetch what changed (F5)</source>
        <translation>Enviar los cambios locales y obtener lo que ha cambiado (F5)</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Iniciando el entorno de pruebas…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>No key for %1 could be read from the system keychain (%2).
Enter the key to use it for this run only; it is not saved.</source>
        <translation>No se pudo leer ninguna clave para %1 del llavero del sistema (%2).
Introduzca la clave para usarla solo durante esta sesión; no se guardará.</translation>
    </message>
    <message>
        <source>No system keychain</source>
        <translation>Sin llavero del sistema</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out of %1? Its API key is removed from this computer&apos;s keychain.</source>
        <translation>¿Cerrar la sesión de %1? Su clave de API se elimina del llavero de este equipo.</translation>
    </message>
    <message>
        <source>The offline data of the account can stay for when you sign in again, or be deleted now. Changes not yet sent are lost if you delete it.</source>
        <translation>Los datos sin conexión de la cuenta pueden conservarse para cuando vuelva a iniciar sesión, o eliminarse ahora. Si los elimina, se pierden los cambios aún no enviados.</translation>
    </message>
    <message>
        <source>Sign out and delete offline data</source>
        <translation>Cerrar sesión y eliminar los datos sin conexión</translation>
    </message>
    <message>
        <source>The system keychain could not store the API key (%1).

Keep the key in memory for this run only? You will need to enter it again next time; to keep it, unlock or set up your desktop&apos;s keyring and add the account again.</source>
        <translation>El llavero del sistema no pudo guardar la clave de API (%1).

¿Conservar la clave en memoria solo durante esta sesión? Tendrá que introducirla de nuevo la próxima vez; para conservarla, desbloquee o configure el depósito de claves de su escritorio y vuelva a añadir la cuenta.</translation>
    </message>
    <message>
        <source>access declined</source>
        <translation>acceso denegado</translation>
    </message>
    <message>
        <source>Notifications: the emails Connect sent you (Ctrl+Shift+N)</source>
        <translation>Notificaciones: los correos electrónicos que Connect le ha enviado (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Theme, sync, proxy, notifications and offline data (Ctrl+,)</source>
        <translation>Tema, sincronización, proxy, notificaciones y datos sin conexión (Ctrl+,)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ModuleNavigator</name>
    <message>
        <source>Switch module (Ctrl+1 to Ctrl+0)</source>
        <translation>Cambiar de módulo (Ctrl+1 a Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ModulePage</name>
    <message>
        <source>The %1 screens are not built yet in this version of Connect Vendor Desktop.
The module&apos;s data is already synced with Connect and kept on this computer for them.</source>
        <translation>Las pantallas de %1 aún no están disponibles en esta versión de Connect Vendor Desktop.
Los datos del módulo ya se sincronizan con Connect y se guardan en este equipo para ellas.</translation>
    </message>
</context>
<context>
    <name>cv::ui::NewCaseDialog</name>
    <message>
        <source>Re&amp;move file</source>
        <translation>&amp;Quitar archivo</translation>
    </message>
    <message>
        <source>New support case</source>
        <translation>Nuevo caso de soporte</translation>
    </message>
    <message>
        <source>What is the problem, in one line</source>
        <translation>Cuál es el problema, en una línea</translation>
    </message>
    <message>
        <source>What happened, what you expected, and the IDs involved (product, request)</source>
        <translation>Qué ocurrió, qué esperaba y los ID implicados (producto, solicitud)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Logs or screenshots, up to %1 each.</source>
        <translation>Registros o capturas de pantalla, hasta %1 cada uno.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>A&amp;sunto:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>Ad&amp;juntos:</translation>
    </message>
    <message>
        <source>The case is saved on this computer at once and sent to Connect on the next sync.</source>
        <translation>El caso se guarda en este equipo al instante y se envía a Connect en la próxima sincronización.</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Abrir &amp;caso</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Añadir &amp;archivo…</translation>
    </message>
    <message>
        <source>Discard this case?</source>
        <translation>¿Descartar este caso?</translation>
    </message>
    <message>
        <source>The subject, description and files you entered are not kept.</source>
        <translation>El asunto, la descripción y los archivos que ha introducido no se conservan.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
</context>
<context>
    <name>cv::ui::NotificationsPanel</name>
    <message>
        <source>Notifications are read from Connect: they show when the app is online.</source>
        <translation>Las notificaciones se leen de Connect: se muestran cuando la aplicación está conectada.</translation>
    </message>
    <message>
        <source>The notifications could not be loaded: %1</source>
        <translation>No se pudieron cargar las notificaciones: %1</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Aún no hay notificaciones.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>To the customer, %1 · %2</source>
        <translation>Al cliente, %1 · %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Show the request this email is about in Fulfillment</source>
        <translation>Mostrar en Aprovisionamiento la solicitud a la que se refiere este correo</translation>
    </message>
    <message>
        <source>1 notification</source>
        <translation>1 notificación</translation>
    </message>
    <message numerus="yes">
        <source>%Ln notifications</source>
        <translation>
            <numerusform>%Ln notificación</numerusform>
            <numerusform>%Ln notificaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::ParameterDialog</name>
    <message>
        <source>Required: the customer must fill it in</source>
        <translation>Obligatorio: el cliente debe rellenarlo</translation>
    </message>
    <message>
        <source>Unique: no two subscriptions may share a value</source>
        <translation>Único: dos suscripciones no pueden compartir un valor</translation>
    </message>
    <message>
        <source>Hidden: not shown to the customer</source>
        <translation>Oculto: no se muestra al cliente</translation>
    </message>
    <message>
        <source>Edit Parameter</source>
        <translation>Editar parámetro</translation>
    </message>
    <message>
        <source>Add Parameter</source>
        <translation>Añadir parámetro</translation>
    </message>
    <message>
        <source>Used in requests and templates as {{ id }}. Letters, digits, &quot;_&quot; and &quot;-&quot; only.</source>
        <translation>Se usa en solicitudes y plantillas como {{ id }}. Solo letras, dígitos, «_» y «-».</translation>
    </message>
    <message>
        <source>e.g. Administrator email</source>
        <translation>p. ej., Correo electrónico del administrador</translation>
    </message>
    <message>
        <source>Help text shown under the field</source>
        <translation>Texto de ayuda que se muestra bajo el campo</translation>
    </message>
    <message>
        <source>Asked from the customer when ordering</source>
        <translation>Se pide al cliente al hacer el pedido</translation>
    </message>
    <message>
        <source>Filled in by the vendor while fulfilling the request</source>
        <translation>Lo rellena el proveedor al procesar la solicitud</translation>
    </message>
    <message>
        <source>Set by the vendor or provider per product, item or marketplace</source>
        <translation>Lo establece el proveedor o el distribuidor por producto, artículo o marketplace</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>Á&amp;mbito:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>Choices:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Constraints:</source>
        <translation>Restricciones:</translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation>Visibilidad:</translation>
    </message>
    <message>
        <source>Type, phase and scope are fixed once the parameter exists.</source>
        <translation>El tipo, la fase y el ámbito quedan fijos una vez creado el parámetro.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Type and constraints</source>
        <translation>Tipo y restricciones</translation>
    </message>
    <message>
        <source>Delete parameter</source>
        <translation>Eliminar parámetro</translation>
    </message>
    <message>
        <source>title: Give the parameter a title.</source>
        <translation>title: asigne un título al parámetro.</translation>
    </message>
    <message>
        <source>name: Complete the ID after the &quot;param_&quot; prefix.</source>
        <translation>name: complete el ID después del prefijo «param_».</translation>
    </message>
    <message>
        <source>Type, phase and scope are fixed once the parameter exists: to change them, add a new parameter and delete this one.</source>
        <translation>El tipo, la fase y el ámbito quedan fijos una vez creado el parámetro: para cambiarlos, añada un parámetro nuevo y elimine este.</translation>
    </message>
</context>
<context>
    <name>cv::ui::ParametersPage</name>
    <message>
        <source>&amp;Add Parameter</source>
        <translation>&amp;Añadir parámetro</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Ordering parameters are asked from the customer; fulfillment parameters are filled in by you while processing the request. Use an ID in templates as {{ id }}.</source>
        <translation>Los parámetros de pedido se piden al cliente; los parámetros de aprovisionamiento los rellena usted al procesar la solicitud. Use un ID en las plantillas como {{ id }}.</translation>
    </message>
    <message>
        <source>Add a parameter (Ctrl+N)</source>
        <translation>Añadir un parámetro (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter by ID</source>
        <translation>Filtrar por ID</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Parámetros</translation>
    </message>
    <message>
        <source>&amp;Capabilities</source>
        <translation>&amp;Capacidades</translation>
    </message>
    <message>
        <source>Add parameter %1</source>
        <translation>Añadir parámetro %1</translation>
    </message>
    <message>
        <source>Edit parameter %1</source>
        <translation>Editar parámetro %1</translation>
    </message>
    <message>
        <source>Delete parameter %1</source>
        <translation>Eliminar parámetro %1</translation>
    </message>
    <message>
        <source>Parameter “%1” deleted.</source>
        <translation>Parámetro «%1» eliminado.</translation>
    </message>
    <message>
        <source>Filter parameters</source>
        <translation>Filtrar parámetros</translation>
    </message>
    <message>
        <source>Matches the parameter&apos;s ID</source>
        <translation>Coincide con el ID del parámetro</translation>
    </message>
</context>
<context>
    <name>cv::ui::PreviewPage</name>
    <message>
        <source>Previews run in Connect: open an account first.</source>
        <translation>Las vistas previas se ejecutan en Connect: abra primero una cuenta.</translation>
    </message>
    <message>
        <source>Previews run in Connect, so they need a connection: this works again once the app is online and synced.</source>
        <translation>Las vistas previas se ejecutan en Connect, por lo que necesitan conexión: volverá a funcionar cuando la aplicación esté conectada y sincronizada.</translation>
    </message>
    <message>
        <source>This product has not reached Connect yet: sync first, then start the preview.</source>
        <translation>Este producto aún no ha llegado a Connect: sincronice primero y luego inicie la vista previa.</translation>
    </message>
    <message>
        <source>Add at least one item to the product before previewing it.</source>
        <translation>Añada al menos un artículo al producto antes de previsualizarlo.</translation>
    </message>
    <message>
        <source>The preview could not start: %1</source>
        <translation>No se pudo iniciar la vista previa: %1</translation>
    </message>
    <message>
        <source>The account was closed.</source>
        <translation>La cuenta se cerró.</translation>
    </message>
    <message>
        <source>The preview status could not be read: %1</source>
        <translation>No se pudo leer el estado de la vista previa: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>Asset %1 is ready for %2. &lt;a href=&quot;request:%3&quot;&gt;Manual processing is required for the purchase request %3: open it in Fulfillment&lt;/a&gt;</source>
        <translation>El asset %1 está listo para %2. &lt;a href=&quot;request:%3&quot;&gt;La solicitud de compra %3 requiere procesamiento manual: ábrala en Aprovisionamiento&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Simulate how the product is ordered, fulfilled and seen by the customer. Connect creates a customer and a reseller account, a subscription and a purchase request on the preview connection. Keep the generated details, or turn on Customize to edit them.</source>
        <translation>Simule cómo se pide, se aprovisiona y ve el cliente el producto. Connect crea una cuenta de cliente y una de revendedor, una suscripción y una solicitud de compra en la conexión de vista previa. Conserve los datos generados o active Personalizar para editarlos.</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Datos de la cuenta</translation>
    </message>
    <message>
        <source>C&amp;ustomize account details</source>
        <translation>&amp;Personalizar datos de la cuenta</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Reseller (tier 1)</source>
        <translation>Revendedor (Tier 1)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Contact first name</source>
        <translation>Nombre del contacto</translation>
    </message>
    <message>
        <source>Contact last name</source>
        <translation>Apellidos del contacto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Asset details</source>
        <translation>Datos del asset</translation>
    </message>
    <message>
        <source>Customize &amp;asset details</source>
        <translation>Personalizar datos del &amp;asset</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ordering parameters:&lt;/b&gt; none</source>
        <translation>&lt;b&gt;Parámetros de pedido:&lt;/b&gt; ninguno</translation>
    </message>
    <message>
        <source>&lt;b&gt;Item quantities&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cantidades de artículos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Start Preview</source>
        <translation>&amp;Iniciar vista previa</translation>
    </message>
    <message>
        <source>Start the simulation in the preview environment (Ctrl+Return)</source>
        <translation>Iniciar la simulación en el entorno de vista previa (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview status&lt;/b&gt;</source>
        <translation>&lt;b&gt;Estado de la vista previa&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ordering parameters&lt;/b&gt;&lt;br&gt;Example values, as a customer would enter them. Leave a required one (*) empty to preview an order that waits for the customer: the request is Inquiring and you fill the value in on the customer&apos;s behalf, as in the lab.</source>
        <translation>&lt;b&gt;Parámetros de pedido&lt;/b&gt;&lt;br&gt;Valores de ejemplo, tal como los introduciría un cliente. Deje vacío uno obligatorio (*) para previsualizar un pedido que espera al cliente: la solicitud queda En consulta y usted rellena el valor en nombre del cliente, como en el laboratorio.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>in progress…</source>
        <translation>en curso…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last preview&lt;/b&gt; (%1): </source>
        <extracomment>Before the result of a preview started earlier (not on this page now); %1 is its date.</extracomment>
        <translation>&lt;b&gt;Última vista previa&lt;/b&gt; (%1): </translation>
    </message>
    <message>
        <source>&lt;b&gt;The preview is ready.&lt;/b&gt; Purchase request %1 was approved and asset %2 is active for %3. Sign in to the customer panel to see the product as the customer does.</source>
        <translation>&lt;b&gt;La vista previa está lista.&lt;/b&gt; La solicitud de compra %1 fue aprobada y el activo %2 está activo para %3. Inicie sesión en el panel del cliente para ver el producto como lo ve el cliente.</translation>
    </message>
    <message>
        <source>Purchase request %1 is approved on this computer. The preview is ready once the approval has reached Connect: sync (F5).</source>
        <translation>La solicitud de compra %1 está aprobada en este equipo. La vista previa estará lista cuando la aprobación llegue a Connect: sincronice (F5).</translation>
    </message>
    <message>
        <source>Purchase request %1 was rejected, so this preview ends without a subscription. Start Preview again for a new one.</source>
        <translation>La solicitud de compra %1 fue rechazada, así que esta vista previa termina sin suscripción. Inicie la vista previa de nuevo para crear otra.</translation>
    </message>
    <message>
        <source>Open %1 in Fulfillment</source>
        <extracomment>%1 is a request ID.</extracomment>
        <translation>Abrir %1 en Fulfillment</translation>
    </message>
    <message>
        <source>Sign in to the customer &amp;panel</source>
        <translation>Iniciar sesión en el &amp;panel del cliente</translation>
    </message>
    <message>
        <source>See the product as the customer sees it in the customer control panel (CCP; needs a connection)</source>
        <translation>Ver el producto como lo ve el cliente en su panel de control (CCP; requiere conexión)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ProductListDelegate</name>
    <message>
        <source>%1 · not synced</source>
        <translation>%1 · sin sincronizar</translation>
    </message>
    <message>
        <source>(assigned at the next sync)</source>
        <translation>(se asigna en la próxima sincronización)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ProductPage</name>
    <message>
        <source>New product (its ID comes with the next sync)</source>
        <translation>Nuevo producto (su ID llega con la próxima sincronización)</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Sin publicar</translation>
    </message>
    <message>
        <source>● Changes saved on this computer, not synced yet</source>
        <translation>● Cambios guardados en este equipo, aún sin sincronizar</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>The next sync sends these changes to Connect (F5 syncs now).</source>
        <translation>La próxima sincronización envía estos cambios a Connect (F5 sincroniza ahora).</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>UI</source>
        <translation>IU</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Back to all products (Alt+Left)</source>
        <translation>Volver a todos los productos (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+%1</source>
        <translation>Ctrl+Alt+%1</translation>
    </message>
    <message>
        <source>The %1 page of the product comes here.</source>
        <translation>Aquí aparecerá la página %1 del producto.</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>product page: the items (SKUs) the product sells</comment>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Preview</source>
        <comment>product page: try the product as a customer</comment>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>← All products</source>
        <translation>← Todos los productos</translation>
    </message>
    <message>
        <source>Product pages</source>
        <translation>Páginas del producto</translation>
    </message>
</context>
<context>
    <name>cv::ui::ProfilePage</name>
    <message>
        <source>Assigned by Connect at the next sync</source>
        <translation>Connect lo asigna en la próxima sincronización</translation>
    </message>
    <message>
        <source>Changes are saved as you type.</source>
        <translation>Los cambios se guardan mientras escribe.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <source>Saved on this computer; sent with the next sync.</source>
        <translation>Guardado en este equipo; se envía con la próxima sincronización.</translation>
    </message>
    <message>
        <source>This change was not saved: %1</source>
        <translation>Este cambio no se guardó: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation>Bloqueado: %1</translation>
    </message>
    <message>
        <source>No logo.
Drop a PNG or JPEG here.</source>
        <translation>Sin logotipo.
Suelte aquí un PNG o JPEG.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Logo saved on this computer; uploaded with the next sync.</source>
        <translation>Logotipo guardado en este equipo; se sube con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Choose the product logo</source>
        <translation>Elegir el logotipo del producto</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>ID del producto</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Elegir &amp;logotipo…</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB; a square image of at least 120 × 120 pixels looks best. You can also drop a file on the logo.</source>
        <translation>PNG o JPEG, 1 MB como máximo; una imagen cuadrada de al menos 120 × 120 píxeles se ve mejor. También puede soltar un archivo sobre el logotipo.</translation>
    </message>
    <message>
        <source>&amp;Short description</source>
        <translation>Descripción &amp;breve</translation>
    </message>
    <message>
        <source>One or two sentences shown in catalogs and search results.</source>
        <translation>Una o dos frases que se muestran en catálogos y resultados de búsqueda.</translation>
    </message>
    <message>
        <source>&amp;Detailed overview</source>
        <translation>Descripción &amp;detallada</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, # headings, lists, tables and links. The preview on the right shows it as customers will see it.</source>
        <translation>Markdown: **negrita**, *cursiva*, # encabezados, listas, tablas y enlaces. La vista previa de la derecha lo muestra como lo verán los clientes.</translation>
    </message>
    <message>
        <source>What the product does, who it is for, what is included…</source>
        <translation>Qué hace el producto, para quién es, qué incluye…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Descripción breve</translation>
    </message>
    <message>
        <source>Detailed overview</source>
        <translation>Descripción detallada</translation>
    </message>
    <message>
        <source>“%1” was changed meanwhile (a sync or a conflict decision) while you were typing in it; your text is not saved yet. &lt;a href=&quot;theirs:%2&quot;&gt;Use the new text&lt;/a&gt; · &lt;a href=&quot;mine:%2&quot;&gt;Keep mine&lt;/a&gt;</source>
        <translation>«%1» se modificó entretanto (por una sincronización o una decisión sobre un conflicto) mientras escribía en él; su texto aún no está guardado. &lt;a href=&quot;theirs:%2&quot;&gt;Usar el texto nuevo&lt;/a&gt; · &lt;a href=&quot;mine:%2&quot;&gt;Conservar el mío&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Logo stored on Connect (shown when online).
Drop an image here to replace it.</source>
        <translation>Logotipo guardado en Connect (se muestra con conexión).
Suelte una imagen aquí para reemplazarlo.</translation>
    </message>
    <message numerus="yes">
        <source>The short description is limited to %n characters; shorten it to save it.</source>
        <translation>
            <numerusform>La descripción breve está limitada a %n carácter; acórtela para guardarla.</numerusform>
            <numerusform>La descripción breve está limitada a %n caracteres; acórtela para guardarla.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::PublishPage</name>
    <message>
        <source>Publishing needs a connection to Connect. The checklist and the changes are shown from this computer.</source>
        <translation>Publicar requiere conexión con Connect. La lista de comprobación y los cambios se muestran desde este equipo.</translation>
    </message>
    <message>
        <source>Complete the required steps (marked ✗) to publish.</source>
        <translation>Complete los pasos obligatorios (marcados con ✗) para publicar.</translation>
    </message>
    <message>
        <source>Profile: short and detailed descriptions are filled in</source>
        <translation>Perfil: las descripciones breve y detallada están rellenadas</translation>
    </message>
    <message>
        <source>Items: at least one item is defined</source>
        <translation>Artículos: hay al menos un artículo definido</translation>
    </message>
    <message>
        <source>Items: add at least one item (required)</source>
        <translation>Artículos: añada al menos un artículo (obligatorio)</translation>
    </message>
    <message>
        <source>Parameters: defined</source>
        <translation>Parámetros: definidos</translation>
    </message>
    <message>
        <source>Parameters: none defined yet</source>
        <translation>Parámetros: aún no hay ninguno definido</translation>
    </message>
    <message>
        <source>Templates: the activation template uses only known parameters</source>
        <translation>Plantillas: la plantilla de activación solo usa parámetros conocidos</translation>
    </message>
    <message>
        <source>Templates: there is no activation (asset fulfillment) template</source>
        <translation>Plantillas: no hay plantilla de activación (aprovisionamiento del asset)</translation>
    </message>
    <message>
        <source>Preview: a preview request was run</source>
        <translation>Vista previa: se ejecutó una solicitud de vista previa</translation>
    </message>
    <message>
        <source>Preview: not run yet (recommended)</source>
        <translation>Vista previa: aún no ejecutada (recomendado)</translation>
    </message>
    <message>
        <source>Synced: Connect has every change of the product</source>
        <translation>Sincronizado: Connect tiene todos los cambios del producto</translation>
    </message>
    <message>
        <source>Synced: changes wait on this computer; sync first (F5) (required)</source>
        <translation>Sincronizado: hay cambios esperando en este equipo; sincronice primero (F5) (obligatorio)</translation>
    </message>
    <message>
        <source>• The product name cannot be changed after the first version is published.
• Published items cannot be removed, and only their name, MPN and description can be edited.</source>
        <translation>• El nombre del producto no se puede cambiar después de publicar la primera versión.
• Los artículos publicados no se pueden eliminar, y solo se pueden editar su nombre, su MPN y su descripción.</translation>
    </message>
    <message>
        <source>Changes since the last published version (loading…)</source>
        <translation>Cambios desde la última versión publicada (cargando…)</translation>
    </message>
    <message>
        <source>Changes: first version (compared with nothing)</source>
        <translation>Cambios: primera versión (sin nada con qué comparar)</translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <translation>Cambios desde la versión %1</translation>
    </message>
    <message>
        <source>General attributes</source>
        <translation>Atributos generales</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nombre del producto</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Descripción breve</translation>
    </message>
    <message>
        <source>Detailed description</source>
        <translation>Descripción detallada</translation>
    </message>
    <message>
        <source>Customer UI settings</source>
        <translation>Configuración de la IU del cliente</translation>
    </message>
    <message>
        <source>versioned (takes effect when published)</source>
        <translation>con versión (surte efecto al publicar)</translation>
    </message>
    <message>
        <source>live at once (not versioned)</source>
        <translation>inmediato (sin versión)</translation>
    </message>
    <message>
        <source>No changes since version %1</source>
        <translation>Sin cambios desde la versión %1</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Publish a new version of “%1”?</source>
        <translation>¿Publicar una nueva versión de «%1»?</translation>
    </message>
    <message>
        <source>Publishing failed: %1</source>
        <translation>Error al publicar: %1</translation>
    </message>
    <message>
        <source>Version %1 of the product is published. The inventory shows it after this sync.</source>
        <translation>La versión %1 del producto está publicada. El inventario la mostrará tras esta sincronización.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source>Before you publish</source>
        <translation>Antes de publicar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Surte efecto</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>Publish the next version of the product (Ctrl+Shift+P)</source>
        <translation>Publicar la siguiente versión del producto (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <source>Publishing the new version…</source>
        <translation>Publicando la nueva versión…</translation>
    </message>
    <message>
        <source>Publish Successful!</source>
        <translation>¡Publicación correcta!</translation>
    </message>
    <message>
        <source>Back to the checklist</source>
        <translation>Volver a la lista de comprobación</translation>
    </message>
    <message>
        <source>Connect to compare this draft with version %1.</source>
        <translation>Conéctese a Connect para comparar este borrador con la versión %1.</translation>
    </message>
    <message>
        <source>Templates: unknown or broken placeholders in the activation template: %1</source>
        <translation>Plantillas: marcadores desconocidos o incorrectos en la plantilla de activación: %1</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Changes since version %1: not known, because the published version is read from Connect and there is no connection now</source>
        <extracomment>%1 is the number of the last published version of the product.</extracomment>
        <translation>Cambios desde la versión %1: desconocidos, porque la versión publicada se lee de Connect y ahora no hay conexión</translation>
    </message>
    <message>
        <source>Profile: add the short description</source>
        <translation>Perfil: añada la descripción breve</translation>
    </message>
    <message>
        <source>Profile: add the detailed description</source>
        <translation>Perfil: añada la descripción detallada</translation>
    </message>
    <message>
        <source>Profile: add the short and detailed descriptions</source>
        <translation>Perfil: añada la descripción breve y la detallada</translation>
    </message>
    <message>
        <source>Changes since version %1: not known, because Connect did not answer: %2</source>
        <extracomment>%1 is the number of the last published version, %2 the error Connect (or the network) gave.</extracomment>
        <translation>Cambios desde la versión %1: desconocidos, porque Connect no respondió: %2</translation>
    </message>
    <message>
        <source>Changes since version %1: not known, because its contents could not be read from Connect</source>
        <extracomment>%1 is the number of the last published version of the product.</extracomment>
        <translation>Cambios desde la versión %1: desconocidos, porque su contenido no se pudo leer de Connect</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>column: added, changed or removed</comment>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Publish checklist</source>
        <translation>Lista de comprobación de publicación</translation>
    </message>
    <message>
        <source>Changes since the last published version</source>
        <translation>Cambios desde la última versión publicada</translation>
    </message>
</context>
<context>
    <name>cv::ui::ReasonDialog</name>
    <message numerus="yes">
        <source>Reject %Ln requests</source>
        <translation>
            <numerusform>Rechazar %Ln solicitud</numerusform>
            <numerusform>Rechazar %Ln solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Rechazar solicitud</translation>
    </message>
    <message>
        <source>Tell the customer why the request is rejected</source>
        <translation>Indique al cliente por qué se rechaza la solicitud</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reject %Ln</source>
        <translation>
            <numerusform>&amp;Rechazar %Ln</numerusform>
            <numerusform>&amp;Rechazar %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>&amp;Reason (required, the customer sees it):</source>
        <translation>&amp;Motivo (obligatorio, lo ve el cliente):</translation>
    </message>
</context>
<context>
    <name>cv::ui::ReportCharts</name>
    <message>
        <source>Requests per day by status</source>
        <translation>Solicitudes por día según estado</translation>
    </message>
    <message>
        <source>Requests per day by product</source>
        <translation>Solicitudes por día según producto</translation>
    </message>
    <message>
        <source>Requests per day by type</source>
        <translation>Solicitudes por día según tipo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Time to fulfill (approved requests; median in days: %1)</source>
        <translation>Tiempo de aprovisionamiento (solicitudes aprobadas; mediana en días: %1)</translation>
    </message>
    <message>
        <source>Approved requests</source>
        <translation>Solicitudes aprobadas</translation>
    </message>
    <message>
        <source>up to %1 d</source>
        <translation>hasta %1 d</translation>
    </message>
    <message>
        <source>%1-%2 d</source>
        <translation>%1-%2 d</translation>
    </message>
    <message>
        <source>over %1 d</source>
        <translation>más de %1 d</translation>
    </message>
    <message>
        <source>Requests from %1 to %2: %3; approved: %4.</source>
        <translation>Solicitudes del %1 al %2: %3; aprobadas: %4.</translation>
    </message>
    <message>
        <source>No requests in the cache yet.</source>
        <translation>Aún no hay solicitudes en la caché.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
</context>
<context>
    <name>cv::ui::ReportsPage</name>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Producto:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marketplace:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Entorno:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>Exportar E&amp;xcel…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>Ejecutar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Every export, with its parameters and file. Double-click one or press &quot;Run again&quot; to compute it again from the cache.</source>
        <translation>Cada exportación, con sus parámetros y su archivo. Haga doble clic en una o pulse «Ejecutar de nuevo» para volver a calcularla desde la caché.</translation>
    </message>
    <message>
        <source>Ran at</source>
        <translation>Ejecutado el</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation>Completado en %1 s</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any environment</source>
        <translation>Cualquier entorno</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>Cualquier producto</translation>
    </message>
    <message>
        <source>Any marketplace</source>
        <translation>Cualquier marketplace</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>Exportando %1 a %2…</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>Calculando %1…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>, %1 in all: %2</source>
        <translation>, %1 en total: %2</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>No se pudo calcular el informe: %1</translation>
    </message>
    <message>
        <source>Canceled. Nothing was written.</source>
        <translation>Cancelado. No se escribió nada.</translation>
    </message>
    <message>
        <source>Exported %1 to %2 in %3 s.</source>
        <translation>%1 exportado a %2 en %3 s.</translation>
    </message>
    <message>
        <source>%1, computed from the cache in %2 s%3.</source>
        <translation>%1, calculado desde la caché en %2 s%3.</translation>
    </message>
    <message numerus="yes">
        <source>; the first %Ln are shown</source>
        <translation>
            <numerusform>; se muestra %Ln</numerusform>
            <numerusform>; se muestran las primeras %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>Report history</source>
        <translation>Historial de informes</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 on average: %2</source>
        <translation>, %1 de media: %2</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Solicitante:</translation>
    </message>
    <message>
        <source>The provider whose marketplace sent the request</source>
        <translation>El proveedor cuyo marketplace envió la solicitud</translation>
    </message>
    <message>
        <source>Any requester</source>
        <translation>Cualquier solicitante</translation>
    </message>
</context>
<context>
    <name>cv::ui::RequestPage</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externo</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>ID fiscal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>Esperando sincronización</translation>
    </message>
    <message>
        <source>Switch to &amp;Pending</source>
        <translation>Pasar a &amp;Pendiente</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Asignár&amp;mela</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>Guardar &amp;nota</translation>
    </message>
    <message>
        <source>Changed offline; Connect receives the change at the next sync.</source>
        <translation>Modificado sin conexión; Connect recibirá el cambio en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Volver a la lista (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>MPN</source>
        <translation>MPN</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Previous quantity</source>
        <translation>Cantidad anterior</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Write a note for this request</source>
        <translation>Escribir una nota para esta solicitud</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>The request&apos;s no&amp;te, shared with your team and the distributor:</source>
        <translation>No&amp;ta de la solicitud, compartida con su equipo y el distribuidor:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Requests chain</source>
        <translation>Cadena de solicitudes</translation>
    </message>
    <message>
        <source>Sign in to &amp;CCP</source>
        <translation>&amp;Iniciar sesión en el CCP</translation>
    </message>
    <message>
        <source>See the product as the customer sees it in the customer control panel (needs a connection)</source>
        <translation>Ver el producto como lo ve el cliente en el panel de control del cliente (requiere conexión)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · created %4</source>
        <extracomment>%1 is the product (name and ID), %2 the customer (or &quot;no customer&quot;), %3 the environment, %4 the date.</extracomment>
        <translation>%1 · %2 · %3 · creada el %4</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>sin cliente</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Fecha de entrada en vigor</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>External UID</source>
        <translation>UID externo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Distribuidor</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Marketplace and contract</source>
        <translation>Marketplace y contrato</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Activation message</source>
        <translation>Mensaje de activación</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Tier 1 (reseller)</source>
        <translation>Tier 1 (revendedor)</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>Tier 2</translation>
    </message>
    <message>
        <source>No tier accounts on this request.</source>
        <translation>No hay cuentas de Tier en esta solicitud.</translation>
    </message>
    <message>
        <source>No note yet.</source>
        <translation>Aún no hay ninguna nota.</translation>
    </message>
    <message>
        <source>Your user is not known yet; sync first.</source>
        <translation>Su usuario aún no es conocido; sincronice primero.</translation>
    </message>
    <message>
        <source>Required before approval.</source>
        <translation>Obligatorio antes de aprobar.</translation>
    </message>
    <message>
        <source>Switch to Pending</source>
        <translation>Pasar a Pendiente</translation>
    </message>
    <message>
        <source>Switch %1 to Pending? The request moves to your processing queue.</source>
        <translation>¿Pasar %1 a Pendiente? La solicitud pasa a su cola de procesamiento.</translation>
    </message>
    <message>
        <source>Switched to Pending.</source>
        <translation>Pasada a Pendiente.</translation>
    </message>
    <message>
        <source>Approved. Waiting for sync.</source>
        <translation>Aprobada. Esperando sincronización.</translation>
    </message>
    <message>
        <source>The customer is asked for more information.</source>
        <translation>Se pide más información al cliente.</translation>
    </message>
    <message>
        <source>Rejected. Waiting for sync.</source>
        <translation>Rechazada. Esperando sincronización.</translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Asignada a usted.</translation>
    </message>
    <message>
        <source>Parameters saved. Waiting for sync.</source>
        <translation>Parámetros guardados. Esperando sincronización.</translation>
    </message>
    <message>
        <source>Note saved. Waiting for sync.</source>
        <translation>Nota guardada. Esperando sincronización.</translation>
    </message>
    <message>
        <source>Correct the highlighted parameter before approving.</source>
        <translation>Corrija el parámetro resaltado antes de aprobar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>You entered parameter values that are not saved yet. Save them and approve with them?</source>
        <translation>Ha introducido valores de parámetros que aún no están guardados. ¿Guardarlos y aprobar con ellos?</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Inquire…</source>
        <translation>&amp;Solicitar información…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>request tab: the items the customer orders</comment>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>&amp;Save and approve…</source>
        <translation>&amp;Guardar y aprobar…</translation>
    </message>
    <message>
        <source>Items of the request</source>
        <translation>Artículos de la solicitud</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Detalles de la solicitud</translation>
    </message>
    <message>
        <source>Customer and reseller tiers</source>
        <translation>Tiers de cliente y revendedor</translation>
    </message>
    <message>
        <source>Notes history</source>
        <translation>Historial de notas</translation>
    </message>
    <message>
        <source>Requests of the same subscription</source>
        <translation>Solicitudes de la misma suscripción</translation>
    </message>
    <message>
        <source>Enter opens the request</source>
        <translation>Intro abre la solicitud</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Todas las solicitudes</translation>
    </message>
</context>
<context>
    <name>cv::ui::RequestParametersTab</name>
    <message>
        <source>Fulfillment parameters</source>
        <translation>Parámetros de aprovisionamiento</translation>
    </message>
    <message>
        <source>Ordering parameters (given by the customer)</source>
        <translation>Parámetros de pedido (indicados por el cliente)</translation>
    </message>
    <message>
        <source>&amp;Save parameters</source>
        <translation>&amp;Guardar parámetros</translation>
    </message>
    <message>
        <source>Parameters marked * are required before the request can be approved.</source>
        <translation>Los parámetros marcados con * son obligatorios para poder aprobar la solicitud.</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(sin elegir)</translation>
    </message>
    <message>
        <source>Asked of the customer: %1</source>
        <translation>Preguntado al cliente: %1</translation>
    </message>
    <message>
        <source>This product has no fulfillment parameters.</source>
        <translation>Este producto no tiene parámetros de aprovisionamiento.</translation>
    </message>
    <message>
        <source>The parameters cannot be changed in this status.</source>
        <translation>Los parámetros no se pueden cambiar en este estado.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <extracomment>Read by screen readers for a required parameter; %1 is the parameter&apos;s description (may be empty).</extracomment>
        <translation>Obligatorio. %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::RequestRowDelegate</name>
    <message>
        <source>%1 · not synced</source>
        <translation>%1 · sin sincronizar</translation>
    </message>
</context>
<context>
    <name>cv::ui::ServiceTab</name>
    <message>
        <source>One sentence shown to customers in the subscription&apos;s service tab</source>
        <translation>Una frase que se muestra a los clientes en la pestaña de servicio de la suscripción</translation>
    </message>
    <message>
        <source>Markdown: the first steps after the subscription is activated</source>
        <translation>Markdown: los primeros pasos tras activar la suscripción</translation>
    </message>
    <message>
        <source>What customers see about the service in their portal. Changes are saved as you type and sent to Connect by the next sync.</source>
        <translation>Lo que ven los clientes sobre el servicio en su portal. Los cambios se guardan mientras escribe y se envían a Connect en la próxima sincronización.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Getting started:</source>
        <translation>&amp;Primeros pasos:</translation>
    </message>
    <message>
        <source>Download links:</source>
        <translation>Enlaces de descarga:</translation>
    </message>
    <message>
        <source>Documentation:</source>
        <translation>Documentación:</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Edit service texts</source>
        <translation>Editar los textos del servicio</translation>
    </message>
    <message>
        <source>Download links</source>
        <translation>Enlaces de descarga</translation>
    </message>
    <message>
        <source>Documentation links</source>
        <translation>Enlaces de documentación</translation>
    </message>
</context>
<context>
    <name>cv::ui::SettingsDialog</name>
    <message>
        <source>Enter the proxy&apos;s host name and a port from 1 to 65535. Until then the previous setting stays in use.</source>
        <translation>Introduzca el nombre de host del proxy y un puerto de 1 a 65535. Hasta entonces se sigue usando la configuración anterior.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The offline data of %1 is cleared.</source>
        <translation>Se han borrado los datos sin conexión de %1.</translation>
    </message>
    <message>
        <source>Some files of %1 could not be deleted: %2</source>
        <translation>No se pudieron eliminar algunos archivos de %1: %2</translation>
    </message>
    <message>
        <source>Clear offline data</source>
        <translation>Borrar datos sin conexión</translation>
    </message>
    <message>
        <source>The changes waiting to be sent for %1 could not be counted.</source>
        <translation>No se pudieron contar los cambios pendientes de envío de %1.</translation>
    </message>
    <message>
        <source>Clearing the offline data deletes them for good. The rest comes back with the next sync.</source>
        <translation>Al borrar los datos sin conexión se eliminan definitivamente. El resto vuelve con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Clear and lose the changes</source>
        <translation>Borrar y perder los cambios</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Offline data</source>
        <translation>Datos sin conexión</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Igual que el sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Seguir en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>The tray icon shows the pending requests and has Sync now, Pause sync and Quit.</source>
        <translation>El icono de la bandeja muestra las solicitudes pendientes y ofrece Sincronizar ahora, Pausar sincronización y Salir.</translation>
    </message>
    <message>
        <source>This desktop shows no tray icon, so closing the window quits.</source>
        <translation>Este escritorio no muestra icono en la bandeja, así que cerrar la ventana cierra la aplicación.</translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>Sincronizar &amp;automáticamente</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sincronizar &amp;cada:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sync when an account &amp;opens</source>
        <translation>Sincronizar al a&amp;brir una cuenta</translation>
    </message>
    <message>
        <source>While automatic sync is off, nothing is sent or fetched until you choose Sync now (F5). Changes made here are kept on this computer meanwhile.</source>
        <translation>Mientras la sincronización automática esté desactivada, no se envía ni se obtiene nada hasta que elija Sincronizar ahora (F5). Los cambios hechos aquí se conservan mientras tanto en este equipo.</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Usar la configuración de proxy del &amp;sistema</translation>
    </message>
    <message>
        <source>Use this HTTP &amp;proxy:</source>
        <translation>Usar este &amp;proxy HTTP:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>Used for Connect endpoints. The sandbox on this computer is reached directly.</source>
        <translation>Se usa para los endpoints de Connect. El entorno de pruebas de este equipo se alcanza directamente.</translation>
    </message>
    <message>
        <source>New &amp;pending requests after a sync</source>
        <translation>Nuevas solicitudes &amp;pendientes tras una sincronización</translation>
    </message>
    <message>
        <source>Sync &amp;failures that need you (a refused API key, offline data that cannot be written)</source>
        <translation>&amp;Errores de sincronización que requieren su intervención (una clave de API rechazada, datos sin conexión que no se pueden escribir)</translation>
    </message>
    <message>
        <source>New &amp;conflicts</source>
        <translation>Nuevos &amp;conflictos</translation>
    </message>
    <message>
        <source>Publish &amp;finished</source>
        <translation>Publicación &amp;terminada</translation>
    </message>
    <message>
        <source>Shown as desktop notifications from the tray icon. Being offline is never notified: the app retries by itself.</source>
        <translation>Se muestran como notificaciones de escritorio desde el icono de la bandeja. Nunca se notifica la falta de conexión: la aplicación reintenta por sí sola.</translation>
    </message>
    <message>
        <source>Offline data is kept in:</source>
        <translation>Los datos sin conexión se guardan en:</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Changes not sent</source>
        <translation>Cambios no enviados</translation>
    </message>
    <message>
        <source>C&amp;lear offline data…</source>
        <translation>&amp;Borrar datos sin conexión…</translation>
    </message>
    <message>
        <source>Delete the selected account&apos;s offline data; the next sync fetches it again</source>
        <translation>Eliminar los datos sin conexión de la cuenta seleccionada; la próxima sincronización los vuelve a obtener</translation>
    </message>
    <message>
        <source>1 change made on this computer for %1 has not been sent to Connect yet.</source>
        <translation>1 cambio hecho en este equipo para %1 aún no se ha enviado a Connect.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes made on this computer for %1 have not been sent to Connect yet.</source>
        <translation>
            <numerusform>%n cambio hecho en este equipo para %1 aún no se ha enviado a Connect.</numerusform>
            <numerusform>%n cambios hechos en este equipo para %1 aún no se han enviado a Connect.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline data per account</source>
        <translation>Datos sin conexión por cuenta</translation>
    </message>
    <message>
        <source>Light and Dark use the Fusion style with a light or dark palette; the previews of Markdown, templates and the customer panel follow the theme.</source>
        <translation>Claro y Oscuro usan el estilo Fusion con una paleta clara u oscura; las vistas previas de Markdown, de las plantillas y del panel del cliente siguen el tema.</translation>
    </message>
</context>
<context>
    <name>cv::ui::StepDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;ñadir</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <extracomment>Beside a disabled Add/Next button; %1 lists form fields (&quot;Description, Name&quot;).</extracomment>
        <translation>Falta: %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::SyncStatusWidget</name>
    <message>
        <source>Enter key…</source>
        <translation>Introducir clave…</translation>
    </message>
    <message>
        <source>sending changes %1/%2</source>
        <extracomment>Sync progress: %1 changes of %2 sent so far.</extracomment>
        <translation>enviando cambios %1/%2</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source> · 1 change waiting to be sent</source>
        <extracomment>Added after the sync state in the status bar (&quot;Synced at 14:05 · 1 change waiting to be sent&quot;).</extracomment>
        <translation> · 1 cambio pendiente de envío</translation>
    </message>
    <message>
        <source>Nothing to sync</source>
        <translation>Nada que sincronizar</translation>
    </message>
    <message>
        <source>Opening the account…</source>
        <extracomment>%1 is the progress, e.g. &quot;upgrading the offline data: 40%&quot;.</extracomment>
        <translation>Abriendo la cuenta…</translation>
    </message>
    <message>
        <source>No API key available: working offline</source>
        <translation>No hay clave de API disponible: trabajando sin conexión</translation>
    </message>
    <message>
        <source>Syncing… %1</source>
        <extracomment>%1 is the progress, e.g. &quot;sending changes 3/10&quot;.</extracomment>
        <translation>Sincronizando… %1</translation>
    </message>
    <message>
        <source>Offline: changes are saved here and sent when the connection is back</source>
        <translation>Sin conexión: los cambios se guardan aquí y se envían cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <extracomment>%1 is the error, as Connect or the network gave it.</extracomment>
        <translation>Error de sincronización: %1</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <extracomment>%1 is the time of the last sync.</extracomment>
        <translation>Sincronizado a las %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún no sincronizado</translation>
    </message>
    <message>
        <source>⚠ 1 conflict</source>
        <translation>⚠ 1 conflicto</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln changes waiting to be sent</source>
        <translation>
            <numerusform> · %Ln cambio pendiente de envío</numerusform>
            <numerusform> · %Ln cambios pendientes de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflicts</source>
        <translation>
            <numerusform>⚠ %n conflicto</numerusform>
            <numerusform>⚠ %n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>upgrading the offline data: %1%</source>
        <extracomment>Shown while an older build&apos;s offline data is converted; %1 is how far, in percent.</extracomment>
        <translation>actualizando los datos sin conexión: %1 %</translation>
    </message>
    <message>
        <source> · 1 change refused by Connect</source>
        <extracomment>Added after the sync state in the status bar (&quot;Synced at 14:05 · 1 change refused by Connect&quot;).</extracomment>
        <translation> · 1 cambio rechazado por Connect</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln changes refused by Connect</source>
        <translation>
            <numerusform> · %Ln cambio rechazado por Connect</numerusform>
            <numerusform> · %Ln cambios rechazados por Connect</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the account… %1</source>
        <translation>Abriendo la cuenta… %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::TemplatesTab</name>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>All templates</source>
        <translation>Todas las plantillas</translation>
    </message>
    <message>
        <source>Subscription: activation</source>
        <translation>Suscripción: activación</translation>
    </message>
    <message>
        <source>Subscription: inquire</source>
        <translation>Suscripción: consulta</translation>
    </message>
    <message>
        <source>Subscription: pending</source>
        <translation>Suscripción: pendiente</translation>
    </message>
    <message>
        <source>Tier 1 setup</source>
        <translation>Configuración de Tier 1</translation>
    </message>
    <message>
        <source>Tier 2 setup</source>
        <translation>Configuración de Tier 2</translation>
    </message>
    <message>
        <source>Markdown. Type {{ to insert a parameter.</source>
        <translation>Markdown. Escriba {{ para insertar un parámetro.</translation>
    </message>
    <message>
        <source>Insert parameter</source>
        <translation>Insertar parámetro</translation>
    </message>
    <message>
        <source>Insert {{ parameter_id }} at the cursor</source>
        <translation>Insertar {{ parameter_id }} en el cursor</translation>
    </message>
    <message>
        <source>Render with example values (Ctrl+P)</source>
        <translation>Mostrar con valores de ejemplo (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>A default template (cannot be deleted)</source>
        <translation>Una plantilla predeterminada (no se puede eliminar)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Default templates cannot be deleted.</source>
        <translation>Las plantillas predeterminadas no se pueden eliminar.</translation>
    </message>
    <message>
        <source>Not available in this template&apos;s phase</source>
        <translation>No disponible en la fase de esta plantilla</translation>
    </message>
    <message>
        <source>Activation form link (%1)</source>
        <translation>Enlace al formulario de activación (%1)</translation>
    </message>
    <message>
        <source>The product has no parameters yet</source>
        <translation>El producto aún no tiene parámetros</translation>
    </message>
    <message>
        <source>Unknown parameter: %1</source>
        <translation>Parámetro desconocido: %1</translation>
    </message>
    <message>
        <source>✓ Every parameter is known.</source>
        <translation>✓ Todos los parámetros son conocidos.</translation>
    </message>
    <message>
        <source>Variables used: none</source>
        <translation>Variables usadas: ninguna</translation>
    </message>
    <message>
        <source>Variables used: %1</source>
        <translation>Variables usadas: %1</translation>
    </message>
    <message>
        <source>Edit template %1</source>
        <translation>Editar plantilla %1</translation>
    </message>
    <message>
        <source># Thank you for your order

</source>
        <translation># Gracias por su pedido

</translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation>Nueva plantilla %1</translation>
    </message>
    <message>
        <source>Add template %1</source>
        <translation>Añadir plantilla %1</translation>
    </message>
    <message>
        <source>Delete template %1</source>
        <translation>Eliminar plantilla %1</translation>
    </message>
    <message>
        <source>“{{ %1 }}” is not a parameter: put exactly one parameter ID between {{ and }}.</source>
        <translation>«{{ %1 }}» no es un parámetro: ponga exactamente un ID de parámetro entre {{ y }}.</translation>
    </message>
    <message>
        <source>“{{ %1” is not closed: end it with }}.</source>
        <translation>«{{ %1» no está cerrado: termínelo con }}.</translation>
    </message>
    <message>
        <source>Template “%1” deleted.</source>
        <translation>Plantilla «%1» eliminada.</translation>
    </message>
    <message>
        <source>%1 is a configuration parameter; this template can use ordering and fulfillment parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 es un parámetro de configuración; esta plantilla puede usar parámetros de pedido y de aprovisionamiento.</translation>
    </message>
    <message>
        <source>%1 is not an ordering or fulfillment parameter; this template can use only those.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 no es un parámetro de pedido ni de aprovisionamiento; esta plantilla solo puede usar esos.</translation>
    </message>
    <message>
        <source>%1 is a fulfillment parameter; this template can use only ordering parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 es un parámetro de aprovisionamiento; esta plantilla solo puede usar parámetros de pedido.</translation>
    </message>
    <message>
        <source>%1 is a configuration parameter; this template can use only ordering parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 es un parámetro de configuración; esta plantilla solo puede usar parámetros de pedido.</translation>
    </message>
    <message>
        <source>%1 is not an ordering parameter; this template can use only ordering parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 no es un parámetro de pedido; esta plantilla solo puede usar parámetros de pedido.</translation>
    </message>
    <message>
        <source>Preview the template in this language</source>
        <translation>Vista previa de la plantilla en este idioma</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>A parameter in the Insert menu: %1 its title, %2 its ID, %3 its phase (&quot;Ordering&quot;…).</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>English (source)</source>
        <translation>Inglés (origen)</translation>
    </message>
    <message>
        <source>Template kind filter</source>
        <translation>Filtro de tipo de plantilla</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>Cuerpo de la plantilla</translation>
    </message>
    <message>
        <source>Preview language</source>
        <translation>Idioma de la vista previa</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <extracomment>The preview window&apos;s title; %1 is the template&apos;s name.</extracomment>
        <translation>Vista previa: %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::TokenDialog</name>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copiar token</translation>
    </message>
    <message>
        <source>Copy header</source>
        <translation>Copiar encabezado</translation>
    </message>
    <message>
        <source>I have copied it</source>
        <translation>Ya lo he copiado</translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation>Generar token</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>The token may only call the API of the modules ticked here.</source>
        <translation>El token solo puede llamar a la API de los módulos marcados aquí.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Copy the token now. Connect shows it only this once and this app does not keep it: when you close this window it is gone. If you lose it, generate a new token and delete this one.</source>
        <translation>Copie el token ahora. Connect solo lo muestra esta vez y esta aplicación no lo conserva: al cerrar esta ventana, desaparece. Si lo pierde, genere un token nuevo y elimine este.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Authorization header for your scripts</source>
        <translation>Encabezado Authorization para sus scripts</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>No account is open: a token is generated by Connect for an account.</source>
        <translation>No hay ninguna cuenta abierta: Connect genera un token para una cuenta.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <source>Could not reach Connect, so no secret can be shown: Connect makes it and shows it only in its answer. Try again when online; if a token of this name shows up after the next sync (the answer was lost on the way), delete it. (%1)</source>
        <translation>No se pudo conectar con Connect, así que no se puede mostrar ningún secreto: Connect lo crea y solo lo muestra en su respuesta. Inténtelo de nuevo con conexión; si tras la próxima sincronización aparece un token con este nombre (la respuesta se perdió por el camino), elimínelo. (%1)</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; (%2) is ready</source>
        <translation>El token «%1» (%2) está listo</translation>
    </message>
</context>
<context>
    <name>cv::ui::TokensView</name>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>The change could not be saved in the offline cache, so nothing was changed: %1</source>
        <translation>No se pudo guardar el cambio en la caché sin conexión, así que no se modificó nada: %1</translation>
    </message>
    <message>
        <source>Delete token</source>
        <translation>Eliminar token</translation>
    </message>
    <message>
        <source>Delete the token &quot;%1&quot; (%2)? Scripts and extensions using it can no longer call Connect.</source>
        <translation>¿Eliminar el token «%1» (%2)? Los scripts y extensiones que lo usen ya no podrán llamar a Connect.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>%1: waiting for sync. The change is saved here and goes to Connect with the next sync.</source>
        <translation>%1: esperando sincronización. El cambio está guardado aquí y se enviará a Connect con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Select a token to see its details. Generate one for each script or system that calls Connect, so that each can be turned off on its own.</source>
        <translation>Seleccione un token para ver sus detalles. Genere uno para cada script o sistema que llame a Connect, para poder desactivarlos por separado.</translation>
    </message>
    <message>
        <source>%1 · owner %2 · extension %3 · modules: %4</source>
        <translation>%1 · propietario %2 · extensión %3 · módulos: %4</translation>
    </message>
    <message>
        <source>all (no restriction)</source>
        <translation>todos (sin restricción)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation>Generar token</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinc.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Todos los módulos</translation>
    </message>
    <message>
        <source>Search by name, ID, description…</source>
        <translation>Buscar por nombre, ID, descripción…</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>Buscar tokens</translation>
    </message>
    <message>
        <source>Matches the token&apos;s name, ID or description</source>
        <translation>Coincide con el nombre, el ID o la descripción del token</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>Tokens de API</translation>
    </message>
    <message>
        <source>Token status filter</source>
        <translation>Filtro de estado de token</translation>
    </message>
</context>
<context>
    <name>cv::ui::TranslationImportDialog</name>
    <message>
        <source>Upload translations: %1</source>
        <translation>Subir traducciones: %1</translation>
    </message>
    <message>
        <source>Fields of %1 that will change: %2.</source>
        <translation>Campos de %1 que cambiarán: %2.</translation>
    </message>
    <message>
        <source>Left as they are: %1 unchanged, %2 empty (not translated), %3 fuzzy, %4 obsolete.</source>
        <translation>Se dejan como están: %1 sin cambios, %2 vacíos (sin traducir), %3 aproximados, %4 obsoletos.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>After the upload</source>
        <translation>Tras la subida</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>(not translated)</source>
        <translation>(sin traducir)</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Obsoleta</translation>
    </message>
    <message>
        <source>New translation</source>
        <translation>Traducción nueva</translation>
    </message>
    <message>
        <source>The file translated &quot;%1&quot;; the text is now &quot;%2&quot;.</source>
        <translation>El archivo traducía «%1»; el texto ahora es «%2».</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Apply the outdated translation too (its source text changed since)</source>
        <translation>Aplicar también la traducción obsoleta (su texto de origen ha cambiado desde entonces)</translation>
    </message>
    <message numerus="yes">
        <source>Apply the %n outdated translations too (their source text changed since)</source>
        <translation>
            <numerusform>Aplicar también la %n traducción obsoleta (su texto de origen ha cambiado desde entonces)</numerusform>
            <numerusform>Aplicar también las %n traducciones obsoletas (su texto de origen ha cambiado desde entonces)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::TrayController</name>
    <message>
        <source>Open Connect Vendor Desktop</source>
        <translation>Abrir Connect Vendor Desktop</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Pause sync</source>
        <translation>Pausar sincronización</translation>
    </message>
    <message>
        <source>Resume sync</source>
        <translation>Reanudar sincronización</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>%1: %2 for %3</source>
        <translation>%1: %2 para %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>New pending request</source>
        <translation>Nueva solicitud pendiente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new pending requests</source>
        <translation>
            <numerusform>%Ln nueva solicitud pendiente</numerusform>
            <numerusform>%Ln nuevas solicitudes pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>New conflict</source>
        <translation>Nuevo conflicto</translation>
    </message>
    <message numerus="yes">
        <source>%n new conflicts</source>
        <translation>
            <numerusform>%n nuevo conflicto</numerusform>
            <numerusform>%n nuevos conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the same fields were changed here and on Connect. Open the window to choose what to keep.</source>
        <translation>%1: los mismos campos se cambiaron aquí y en Connect. Abra la ventana para elegir qué conservar.</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Sincronización detenida</translation>
    </message>
    <message>
        <source>The offline data of %1 could not be written: %2</source>
        <translation>No se pudieron escribir los datos sin conexión de %1: %2</translation>
    </message>
    <message>
        <source>Sync needs you</source>
        <translation>La sincronización le necesita</translation>
    </message>
    <message>
        <source>Connect refused the API key of %1. Sign in again with a valid key.</source>
        <translation>Connect rechazó la clave de API de %1. Vuelva a iniciar sesión con una clave válida.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Publish finished</source>
        <translation>Publicación terminada</translation>
    </message>
    <message>
        <source>Version %1 of %2 is published.</source>
        <translation>La versión %1 de %2 está publicada.</translation>
    </message>
    <message>
        <source>Connect Vendor Desktop: 1 pending request</source>
        <translation>Connect Vendor Desktop: 1 solicitud pendiente</translation>
    </message>
    <message numerus="yes">
        <source>Connect Vendor Desktop: %Ln pending requests</source>
        <translation>
            <numerusform>Connect Vendor Desktop: %Ln solicitud pendiente</numerusform>
            <numerusform>Connect Vendor Desktop: %Ln solicitudes pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect Vendor Desktop: no pending requests</source>
        <translation>Connect Vendor Desktop: no hay solicitudes pendientes</translation>
    </message>
    <message>
        <source>%1 (sync paused)</source>
        <translation>%1 (sincronización en pausa)</translation>
    </message>
</context>
<context>
    <name>cv::ui::UiPage</name>
    <message>
        <source>Customer UI</source>
        <translation>IU del cliente</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Servicio</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Plantillas</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Acciones</translation>
    </message>
    <message>
        <source>&amp;Localization</source>
        <translation>&amp;Localización</translation>
    </message>
</context>
<context>
    <name>cv::ui::UndoToast</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Bring it back (Ctrl+Z)</source>
        <translation>Recuperarlo (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>cv::ui::UploadCheckDialog</name>
    <message>
        <source>Usage file not uploaded</source>
        <translation>Archivo de uso no subido</translation>
    </message>
    <message>
        <source>%1 cannot be uploaded: %2. Nothing was sent.</source>
        <translation>No se puede subir %1: %2. No se envió nada.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>1 problem in %1; nothing was sent. Correct it in the spreadsheet and upload it again. Click the problem to see its cell.</source>
        <translation>1 problema en %1; no se envió nada. Corríjalo en la hoja de cálculo y vuelva a subirla. Haga clic en el problema para ver su celda.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems in %1; nothing was sent. Correct them in the spreadsheet and upload it again. Click a problem to see its cell.</source>
        <translation>
            <numerusform>%n problema en %1; no se envió nada. Corríjalo en la hoja de cálculo y vuelva a subirla. Haga clic en el problema para ver su celda.</numerusform>
            <numerusform>%n problemas en %1; no se envió nada. Corríjalos en la hoja de cálculo y vuelva a subirla. Haga clic en un problema para ver su celda.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::UsageFilePage</name>
    <message>
        <source>← Usage files</source>
        <translation>← Archivos de uso</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Descargar plantilla…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Inicio (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Fin (UTC)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 · waiting for sync</source>
        <translation>%1 · esperando sincronización</translation>
    </message>
    <message>
        <source>%1 · product %2 (%3) · marketplace %4 · contract %5
Period %6 to %7 (UTC) · schema %8 · currency %9 · records: %10 valid, %11 invalid, %12 closed</source>
        <translation>%1 · producto %2 (%3) · marketplace %4 · contrato %5
Periodo del %6 al %7 (UTC) · esquema %8 · moneda %9 · registros: %10 válidos, %11 no válidos, %12 cerrados</translation>
    </message>
    <message>
        <source>Acceptance note: %1</source>
        <translation>Nota de aceptación: %1</translation>
    </message>
    <message>
        <source>Rejection note: %1</source>
        <translation>Nota de rechazo: %1</translation>
    </message>
    <message>
        <source>Connect found problems in the upload:
%1</source>
        <translation>Connect encontró problemas en la subida:
%1</translation>
    </message>
    <message>
        <source>Usage records</source>
        <translation>Registros de uso</translation>
    </message>
</context>
<context>
    <name>cv::ui::UsagePage</name>
    <message>
        <source>No account is open.</source>
        <translation>No hay ninguna cuenta abierta.</translation>
    </message>
    <message>
        <source>The template could not be made: %1</source>
        <translation>No se pudo crear la plantilla: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a usage file (%2 MB).</source>
        <translation>%1 es demasiado grande para un archivo de uso (%2 MB).</translation>
    </message>
    <message>
        <source>The upload was not queued: %1</source>
        <translation>La subida no se puso en cola: %1</translation>
    </message>
    <message>
        <source>Save usage template</source>
        <translation>Guardar plantilla de uso</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Usage template</source>
        <translation>Plantilla de uso</translation>
    </message>
    <message>
        <source>Upload usage file</source>
        <translation>Subir archivo de uso</translation>
    </message>
    <message>
        <source>Why is the usage rejected? (required)</source>
        <translation>¿Por qué se rechaza el uso? (obligatorio)</translation>
    </message>
    <message>
        <source>Acceptance note (optional):</source>
        <translation>Nota de aceptación (opcional):</translation>
    </message>
    <message>
        <source>Usage file</source>
        <translation>Archivo de uso</translation>
    </message>
    <message>
        <source>Search by name, product, marketplace or id</source>
        <translation>Buscar por nombre, producto, marketplace o ID</translation>
    </message>
    <message>
        <source>Create usage file…</source>
        <translation>Crear archivo de uso…</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Descargar plantilla…</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Subir…</translation>
    </message>
    <message>
        <source>Select a file to download its template or upload its filled spreadsheet; open it for its records and actions.</source>
        <translation>Seleccione un archivo para descargar su plantilla o subir su hoja de cálculo rellenada; ábralo para ver sus registros y acciones.</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Search usage files</source>
        <translation>Buscar archivos de uso</translation>
    </message>
    <message>
        <source>Matches the file&apos;s name, product, marketplace or ID</source>
        <translation>Coincide con el nombre, el producto, el marketplace o el ID del archivo</translation>
    </message>
    <message>
        <source>Usage files</source>
        <translation>Archivos de uso</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>Plantilla guardada en %1.</translation>
    </message>
</context>
<context>
    <name>cv::ui::VerifierView</name>
    <message>
        <source>Could not reach Connect to read the secret; paste it instead.</source>
        <translation>No se pudo conectar con Connect para leer el secreto; péguelo en su lugar.</translation>
    </message>
    <message>
        <source>Secret read from Connect.</source>
        <translation>Secreto leído de Connect.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Paste a call Connect made to your handler: the header lines (at least Authorization), a blank line, then the body. The check uses the webhook&apos;s secret: its Bearer token must be signed with it (JWT, HS256), not expired, and carry the same values as the body.</source>
        <translation>Pegue una llamada que Connect hizo a su controlador: las líneas de encabezado (al menos Authorization), una línea en blanco y luego el cuerpo. La comprobación usa el secreto del webhook: su token Bearer debe estar firmado con él (JWT, HS256), no haber caducado y contener los mismos valores que el cuerpo.</translation>
    </message>
    <message>
        <source>Webhook and its secret</source>
        <translation>Webhook y su secreto</translation>
    </message>
    <message>
        <source>JWT secret (read it from Connect or paste it)</source>
        <translation>Secreto JWT (léalo de Connect o péguelo)</translation>
    </message>
    <message>
        <source>Read from Connect</source>
        <translation>Leer de Connect</translation>
    </message>
    <message>
        <source>Received call</source>
        <translation>Llamada recibida</translation>
    </message>
    <message>
        <source>Decoded token</source>
        <translation>Token decodificado</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Secreto del webhook</translation>
    </message>
    <message>
        <source>The JWT secret the webhook&apos;s calls are signed with</source>
        <translation>El secreto JWT con el que se firman las llamadas del webhook</translation>
    </message>
</context>
<context>
    <name>cv::ui::WebhookWizard</name>
    <message>
        <source>Copied. Paste it into your handler&apos;s configuration: it verifies each call with it.</source>
        <translation>Copiado. Péguelo en la configuración de su controlador: comprueba cada llamada con él.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Name the webhook after what it does, so the team recognises it in the list.</source>
        <translation>Ponga al webhook un nombre según lo que hace, para que el equipo lo reconozca en la lista.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Connect calls your URL when objects of this class change for this product.</source>
        <translation>Connect llama a su URL cuando cambian objetos de esta clase para este producto.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Desencadenante</translation>
    </message>
    <message>
        <source>External URL</source>
        <translation>URL externa</translation>
    </message>
    <message>
        <source>JWT secret</source>
        <translation>Secreto JWT</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Encabezados adicionales</translation>
    </message>
    <message>
        <source>One &quot;Name: value&quot; per line, added to every call.</source>
        <translation>Un «Nombre: valor» por línea, añadido a cada llamada.</translation>
    </message>
    <message>
        <source>kept as Connect holds it</source>
        <translation>se conserva como lo tiene Connect</translation>
    </message>
    <message>
        <source>(copy it in step 3)</source>
        <translation>(cópielo en el paso 3)</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>Editar webhook</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Nuevo webhook</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Create webhook</source>
        <translation>Crear webhook</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Nuevo secreto</translation>
    </message>
    <message>
        <source>Connect keeps this webhook&apos;s secret. Select the webhook and use &quot;Copy secret&quot; to read it.</source>
        <translation>Connect conserva el secreto de este webhook. Seleccione el webhook y use «Copiar secreto» para leerlo.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>Connect signs each call with this secret (JWT, HS256). Copy it now into your handler; the app does not write it anywhere.</source>
        <translation>Connect firma cada llamada con este secreto (JWT, HS256). Cópielo ahora en su controlador; la aplicación no lo escribe en ningún sitio.</translation>
    </message>
    <message>
        <source>Save keeps the changes here at once; the next sync sends them to Connect.</source>
        <translation>Guardar conserva los cambios aquí al instante; la próxima sincronización los envía a Connect.</translation>
    </message>
    <message>
        <source>Create webhook saves it here at once; the next sync creates it on Connect.</source>
        <translation>Crear webhook lo guarda aquí al instante; la próxima sincronización lo crea en Connect.</translation>
    </message>
</context>
<context>
    <name>cv::ui::WebhooksView</name>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>The webhook could not be saved in the offline cache, so nothing was changed: %1</source>
        <translation>No se pudo guardar el webhook en la caché sin conexión, así que no se modificó nada: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>No se pudo guardar el cambio: %1</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Eliminar webhook</translation>
    </message>
    <message>
        <source>Delete the webhook &quot;%1&quot;? Connect stops calling %2.</source>
        <translation>¿Eliminar el webhook «%1»? Connect dejará de llamar a %2.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>This webhook is not on Connect yet: sync first, then send the test.</source>
        <translation>Este webhook aún no está en Connect: sincronice primero y luego envíe la prueba.</translation>
    </message>
    <message>
        <source>Sending the test…</source>
        <translation>Enviando la prueba…</translation>
    </message>
    <message>
        <source>Test refused at %1 UTC. %2</source>
        <translation>Prueba rechazada a las %1 UTC. %2</translation>
    </message>
    <message>
        <source>Could not reach Connect at %1 UTC: the test needs a connection. (%2)</source>
        <translation>No se pudo conectar con Connect a las %1 UTC: la prueba requiere conexión. (%2)</translation>
    </message>
    <message>
        <source>Test sent at %1 UTC. Connect answered %2 after %3 ms and calls %4 now.</source>
        <translation>Prueba enviada a las %1 UTC. Connect respondió %2 tras %3 ms y ahora llama a %4.</translation>
    </message>
    <message>
        <source>No answer from your handler recorded yet.</source>
        <translation>Aún no se ha registrado ninguna respuesta de su controlador.</translation>
    </message>
    <message>
        <source>Your handler answered %1 at %2 UTC (%3 ms).</source>
        <translation>Su controlador respondió %1 a las %2 UTC (%3 ms).</translation>
    </message>
    <message>
        <source>The call failed at %1 UTC: %2 %3</source>
        <translation>La llamada falló a las %1 UTC: %2 %3</translation>
    </message>
    <message>
        <source>Secret copied (%1). It goes to Connect with the next sync.</source>
        <translation>Secreto copiado (%1). Se enviará a Connect con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Connect makes this webhook&apos;s secret when the webhook reaches it: sync first.</source>
        <translation>Connect crea el secreto de este webhook cuando el webhook le llega: sincronice primero.</translation>
    </message>
    <message>
        <source>Could not read the secret from Connect: %1</source>
        <translation>No se pudo leer el secreto de Connect: %1</translation>
    </message>
    <message>
        <source>Secret copied (%1). Connect keeps it; this app does not write it anywhere.</source>
        <translation>Secreto copiado (%1). Connect lo conserva; esta aplicación no lo escribe en ningún sitio.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deshabilitar</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Habilitar</translation>
    </message>
    <message>
        <source>Waiting for sync: this webhook&apos;s change is saved here and goes to Connect with the next sync.</source>
        <translation>Esperando sincronización: el cambio de este webhook está guardado aquí y se enviará a Connect con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Select a webhook to see where Connect sends it, test it, or copy its secret.</source>
        <translation>Seleccione un webhook para ver adónde lo envía Connect, probarlo o copiar su secreto.</translation>
    </message>
    <message>
        <source>new, not on Connect yet</source>
        <translation>nuevo, aún no está en Connect</translation>
    </message>
    <message>
        <source>Search by label, product, URL…</source>
        <translation>Buscar por etiqueta, producto, URL…</translation>
    </message>
    <message>
        <source>Enabled and disabled</source>
        <translation>Habilitados y deshabilitados</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Nuevo webhook</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Enviar prueba</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Copiar secreto</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinc.</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Desencadenante</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Última llamada</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>The call failed at %1 UTC: no answer. %2</source>
        <translation>La llamada falló a las %1 UTC: sin respuesta. %2</translation>
    </message>
    <message>
        <source>Could not read the secret from Connect: there is no connection.</source>
        <translation>No se pudo leer el secreto de Connect: no hay conexión.</translation>
    </message>
    <message>
        <source>1 call, %1 failed</source>
        <translation>1 llamada, %1 fallidas</translation>
    </message>
    <message numerus="yes">
        <source>%n calls, %1 failed</source>
        <extracomment>How often Connect called the webhook; %1 is how many of those failed.</extracomment>
        <translation>
            <numerusform>%n llamada, %1 fallidas</numerusform>
            <numerusform>%n llamadas, %1 fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · calls %2 · %3</source>
        <extracomment>%1 is the webhook&apos;s ID (or &quot;new, not on Connect yet&quot;), %2 the URL Connect calls, %3 the call counts.</extracomment>
        <translation>%1 · llamadas %2 · %3</translation>
    </message>
    <message>
        <source>Search webhooks</source>
        <translation>Buscar webhooks</translation>
    </message>
    <message>
        <source>Matches the webhook&apos;s label, product or URL</source>
        <translation>Coincide con la etiqueta, el producto o la URL del webhook</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Webhook status filter</source>
        <translation>Filtro de estado de webhook</translation>
    </message>
</context>
<context>
    <name>cv::ui::WordingProxyModel</name>
    <message>
        <source>Changed here; sent to Connect by the next sync</source>
        <translation>Modificado aquí; se envía a Connect con la próxima sincronización</translation>
    </message>
</context>
</TS>
