<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AgreementLabels</name>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>Syndizierung</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Beitritt läuft</translation>
    </message>
    <message>
        <source>Pending signature</source>
        <translation>Unterschrift ausstehend</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Nicht beigetreten</translation>
    </message>
    <message>
        <source>To sign</source>
        <translation>Zu unterzeichnen</translation>
    </message>
    <message>
        <source>New version to sign</source>
        <translation>Neue Version zu unterzeichnen</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>contract status</comment>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Inquiring</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>support case state: waiting for support</comment>
        <translation>Ausstehend</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <source>Detailed overview</source>
        <translation>Ausführliche Übersicht</translation>
    </message>
    <message>
        <source>Service description</source>
        <translation>Servicebeschreibung</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Download links</source>
        <translation>Download-Links</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Action URL</source>
        <translation>Aktions-URL</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>MPN</source>
        <translation>MPN</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Abrechnungszeitraum</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Mindestlaufzeit</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Action ID</source>
        <translation>Aktions-ID</translation>
    </message>
</context>
<context>
    <name>IntegrationLabels</name>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Verlängert</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Fulfillment requests</source>
        <translation>Fulfillment-Anfragen</translation>
    </message>
    <message>
        <source>Tier configuration requests</source>
        <translation>Tier-Konfigurationsanfragen</translation>
    </message>
    <message>
        <source>Tier account requests</source>
        <translation>Tier-Kontoanfragen</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>Listing-Anfragen</translation>
    </message>
    <message>
        <source>Billing requests</source>
        <translation>Abrechnungsanfragen</translation>
    </message>
    <message>
        <source>Usage files</source>
        <translation>Nutzungsdateien</translation>
    </message>
    <message>
        <source>Any change (event)</source>
        <translation>Jede Änderung (Ereignis)</translation>
    </message>
    <message>
        <source>Draft validation</source>
        <translation>Entwurfsvalidierung</translation>
    </message>
    <message>
        <source>Inquiring validation</source>
        <translation>Rückfragevalidierung</translation>
    </message>
    <message>
        <source>Change validation</source>
        <translation>Änderungsvalidierung</translation>
    </message>
    <message>
        <source>Change inquiring validation</source>
        <translation>Validierung der Änderungsrückfrage</translation>
    </message>
    <message>
        <source>Renewal validation</source>
        <translation>Verlängerungsvalidierung</translation>
    </message>
    <message>
        <source>Renewal inquiring validation</source>
        <translation>Validierung der Verlängerungsrückfrage</translation>
    </message>
    <message>
        <source>Transfer validation</source>
        <translation>Übertragungsvalidierung</translation>
    </message>
    <message>
        <source>Transfer inquiring validation</source>
        <translation>Validierung der Übertragungsrückfrage</translation>
    </message>
    <message>
        <source>Draft tier 1 configuration validation</source>
        <translation>Validierung der Tier-1-Konfiguration im Entwurf</translation>
    </message>
    <message>
        <source>Draft tier 2 configuration validation</source>
        <translation>Validierung der Tier-2-Konfiguration im Entwurf</translation>
    </message>
    <message>
        <source>Tier 1 setup inquiring validation</source>
        <translation>Validierung der Tier-1-Einrichtungsrückfrage</translation>
    </message>
    <message>
        <source>Tier 2 setup inquiring validation</source>
        <translation>Validierung der Tier-2-Einrichtungsrückfrage</translation>
    </message>
    <message>
        <source>Tier 1 update validation</source>
        <translation>Validierung der Tier-1-Aktualisierung</translation>
    </message>
    <message>
        <source>Tier 2 update validation</source>
        <translation>Validierung der Tier-2-Aktualisierung</translation>
    </message>
    <message>
        <source>Tier 1 update inquiring validation</source>
        <translation>Validierung der Tier-1-Aktualisierungsrückfrage</translation>
    </message>
    <message>
        <source>Tier 2 update inquiring validation</source>
        <translation>Validierung der Tier-2-Aktualisierungsrückfrage</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>Wartet auf Synchronisierung</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <source>Choose one of the list.</source>
        <translation>Wählen Sie einen Eintrag aus der Liste.</translation>
    </message>
    <message>
        <source>Enter a full http:// or https:// address, e.g. https://hooks.example.com/connect.</source>
        <translation>Geben Sie eine vollständige http://- oder https://-Adresse ein, z. B. https://hooks.example.com/connect.</translation>
    </message>
    <message>
        <source>Line %1: write each header as &quot;Name: value&quot;.</source>
        <translation>Zeile %1: Schreiben Sie jeden Header als „Name: Wert“.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a header name (letters, digits and - only).</source>
        <translation>Zeile %1: „%2“ ist kein Header-Name (nur Buchstaben, Ziffern und -).</translation>
    </message>
    <message>
        <source>Connect says: %1</source>
        <translation>Connect meldet: %1</translation>
    </message>
    <message>
        <source>Connect did not accept the API key (401). Check the key in the account settings.</source>
        <translation>Connect hat den API-Schlüssel nicht akzeptiert (401). Prüfen Sie den Schlüssel in den Kontoeinstellungen.</translation>
    </message>
    <message>
        <source>Not allowed: the API key this app uses has no permission for this (Connect answered 403). Give the key&apos;s token this module&apos;s permission, or use another key. %1</source>
        <translation>Nicht erlaubt: Der API-Schlüssel dieser App hat dafür keine Berechtigung (Connect antwortete mit 403). Erteilen Sie dem Token des Schlüssels die Berechtigung für dieses Modul oder verwenden Sie einen anderen Schlüssel. %1</translation>
    </message>
    <message>
        <source>Connect no longer has this object (404): it was deleted elsewhere. %1</source>
        <translation>Dieses Objekt existiert auf Connect nicht mehr (404): Es wurde an anderer Stelle gelöscht. %1</translation>
    </message>
    <message>
        <source>Conflict: someone changed this on Connect at the same time (409). %1</source>
        <translation>Konflikt: Jemand hat dies gleichzeitig auf Connect geändert (409). %1</translation>
    </message>
    <message>
        <source>Connect refused this change (%1): %2 Change it and save again, or Dismiss to keep Connect&apos;s version.</source>
        <translation>Connect hat diese Änderung abgelehnt (%1): %2 Ändern Sie sie und speichern Sie erneut, oder wählen Sie „Verwerfen“, um die Version von Connect zu behalten.</translation>
    </message>
    <message>
        <source>Connect refused this change: %1</source>
        <translation>Connect hat diese Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Valid: the token is signed with this webhook&apos;s secret and the body matches it.</source>
        <translation>Gültig: Das Token ist mit dem Secret dieses Webhooks signiert und der Body stimmt damit überein.</translation>
    </message>
    <message>
        <source>Choose a webhook whose secret to check with (or paste the secret).</source>
        <translation>Wählen Sie einen Webhook, mit dessen Secret geprüft werden soll (oder fügen Sie das Secret ein).</translation>
    </message>
    <message>
        <source>Refused: the delivery has no Authorization header.</source>
        <translation>Abgelehnt: Die Zustellung hat keinen Authorization-Header.</translation>
    </message>
    <message>
        <source>Refused: the Authorization header is not &quot;Bearer &lt;token&gt;&quot;.</source>
        <translation>Abgelehnt: Der Authorization-Header hat nicht die Form „Bearer &lt;token&gt;“.</translation>
    </message>
    <message>
        <source>Refused: the Bearer token is not a JSON Web Token (%1).</source>
        <translation>Abgelehnt: Das Bearer-Token ist kein JSON Web Token (%1).</translation>
    </message>
    <message>
        <source>Refused: the token is signed with &quot;%1&quot;; Connect signs with HS256 only.</source>
        <translation>Abgelehnt: Das Token ist mit „%1“ signiert; Connect signiert nur mit HS256.</translation>
    </message>
    <message>
        <source>Refused: the signature does not match. The token was changed on the way, or signed with another secret.</source>
        <translation>Abgelehnt: Die Signatur stimmt nicht überein. Das Token wurde unterwegs verändert oder mit einem anderen Secret signiert.</translation>
    </message>
    <message>
        <source>Refused: the token expired at %1 (UTC).</source>
        <translation>Abgelehnt: Das Token ist am %1 (UTC) abgelaufen.</translation>
    </message>
    <message>
        <source>Refused: the token is not valid before %1 (UTC).</source>
        <translation>Abgelehnt: Das Token ist erst ab %1 (UTC) gültig.</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>status of a token or webhook</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>status of a token or webhook</comment>
        <translation>Ausstehend</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Verwenden Sie höchstens %n Zeichen.</numerusform>
            <numerusform>Verwenden Sie höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: the body is not a JSON object, so it cannot be checked against the signed token.</source>
        <translation>Abgelehnt: Der Body ist kein JSON-Objekt und kann daher nicht mit dem signierten Token verglichen werden.</translation>
    </message>
    <message>
        <source>Refused: the body does not match the signed token. These fields have other values than the signed ones: %1.</source>
        <extracomment>%1 lists the body&apos;s fields, e.g. &quot;id, status&quot;.</extracomment>
        <translation>Abgelehnt: Der Body stimmt nicht mit dem signierten Token überein. Diese Felder haben andere Werte als die signierten: %1.</translation>
    </message>
</context>
<context>
    <name>ListingLabels</name>
    <message>
        <source>Listed</source>
        <translation>Gelistet</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Nicht gelistet</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>Neues Listing</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Wird bereitgestellt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>The distribution contract is not active yet (%1).</source>
        <translation>Der Vertriebsvertrag ist noch nicht aktiv (%1).</translation>
    </message>
    <message>
        <source>Already listed (%1).</source>
        <translation>Bereits gelistet (%1).</translation>
    </message>
    <message>
        <source>A listing request is already open (%1).</source>
        <translation>Es ist bereits eine Listing-Anfrage offen (%1).</translation>
    </message>
    <message>
        <source>%1 is not in this account&apos;s data.</source>
        <translation>%1 ist nicht in den Daten dieses Kontos.</translation>
    </message>
    <message>
        <source>Only published products can be listed (this one is %1).</source>
        <translation>Nur veröffentlichte Produkte können gelistet werden (dieses ist %1).</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>listing: a request to list the product waits for review</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>No active distribution contract: enroll in the marketplace&apos;s distribution agreement under Agreements first.</source>
        <translation>Kein aktiver Vertriebsvertrag: Treten Sie zuerst unter „Vereinbarungen“ der Vertriebsvereinbarung des Marktplatzes bei.</translation>
    </message>
    <message>
        <source>Not possible while its state is “%1”.</source>
        <translation>Nicht möglich im Status „%1“.</translation>
    </message>
</context>
<context>
    <name>ModuleInfo</name>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Fulfillment</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Help &amp; Support</source>
        <translation>Hilfe &amp; Support</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>Every module at a glance.</source>
        <translation>Alle Module auf einen Blick.</translation>
    </message>
    <message>
        <source>Process orders from resellers: purchases, changes, suspensions and cancellations.</source>
        <translation>Bestellungen von Resellern bearbeiten: Käufe, Änderungen, Sperren und Kündigungen.</translation>
    </message>
    <message>
        <source>Your account details and the users who can access it.</source>
        <translation>Ihre Kontodaten und die Benutzer mit Zugriff darauf.</translation>
    </message>
    <message>
        <source>Tokens and webhooks to integrate Connect with your own systems.</source>
        <translation>Tokens und Webhooks, um Connect mit Ihren eigenen Systemen zu verbinden.</translation>
    </message>
    <message>
        <source>Program and distribution agreements with your providers.</source>
        <translation>Programm- und Vertriebsvereinbarungen mit Ihren Providern.</translation>
    </message>
    <message>
        <source>List your products on marketplaces you have a distribution agreement with.</source>
        <translation>Ihre Produkte auf Marktplätzen mit Vertriebsvereinbarung listen.</translation>
    </message>
    <message>
        <source>Report pay-as-you-go consumption of your products.</source>
        <translation>Den nutzungsabhängigen Verbrauch Ihrer Produkte melden.</translation>
    </message>
    <message>
        <source>Knowledge base, release notes and support cases.</source>
        <translation>Wissensdatenbank, Versionshinweise und Supportfälle.</translation>
    </message>
    <message>
        <source>Define, preview and publish your products.</source>
        <translation>Produkte definieren, in der Vorschau prüfen und veröffentlichen.</translation>
    </message>
    <message>
        <source>Reports on orders, subscriptions, billing and usage, made from the synced data.</source>
        <translation>Berichte zu Bestellungen, Abonnements, Abrechnung und Nutzung aus den synchronisierten Daten.</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>Connect refused this value: %1</source>
        <translation>Connect hat diesen Wert abgelehnt: %1</translation>
    </message>
    <message>
        <source>Your API key has no permission for this change. Ask an administrator of the account to grant it, or use a key that has it. Your change is kept here.</source>
        <translation>Ihr API-Schlüssel hat keine Berechtigung für diese Änderung. Bitten Sie einen Administrator des Kontos, sie zu erteilen, oder verwenden Sie einen Schlüssel mit dieser Berechtigung. Ihre Änderung bleibt hier erhalten.</translation>
    </message>
    <message>
        <source>Connect said: %1</source>
        <translation>Connect meldete: %1</translation>
    </message>
    <message>
        <source>Changed on Connect too since your edit: open the conflicts in the status bar to choose which version to keep.</source>
        <translation>Seit Ihrer Bearbeitung auch auf Connect geändert: Öffnen Sie die Konflikte in der Statusleiste, um zu wählen, welche Version behalten wird.</translation>
    </message>
    <message>
        <source>Connect cannot be reached: your change is saved on this computer and is sent on the next sync.</source>
        <translation>Connect ist nicht erreichbar: Ihre Änderung ist auf diesem Computer gespeichert und wird bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>This no longer exists on Connect (someone may have removed it).</source>
        <translation>Dies existiert auf Connect nicht mehr (möglicherweise wurde es entfernt).</translation>
    </message>
    <message>
        <source>Connect refused this change.</source>
        <translation>Connect hat diese Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>Connect refused this change: %1</source>
        <translation>Connect hat diese Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting for sync (Connect cannot be reached now, it is sent when the connection is back)</source>
        <translation>Auf diesem Computer gespeichert; wartet auf Synchronisierung (Connect ist derzeit nicht erreichbar, die Änderung wird gesendet, sobald die Verbindung wieder besteht)</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>Wartet auf Synchronisierung</translation>
    </message>
    <message>
        <source>Waiting for sync (offline)</source>
        <translation>Wartet auf Synchronisierung (offline)</translation>
    </message>
    <message>
        <source>Waiting for sync: saved on this computer, sent with the next sync (F5 syncs now)</source>
        <translation>Wartet auf Synchronisierung: auf diesem Computer gespeichert, wird mit der nächsten Synchronisierung gesendet (F5 synchronisiert jetzt)</translation>
    </message>
</context>
<context>
    <name>ProductLabels</name>
    <message>
        <source>Reservation</source>
        <translation>Reservierung</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation>Nutzungsbasiert</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Monthly trial</source>
        <translation>Monatliche Testphase</translation>
    </message>
    <message>
        <source>7-day trial</source>
        <translation>7-tägige Testphase</translation>
    </message>
    <message>
        <source>14-day trial</source>
        <translation>14-tägige Testphase</translation>
    </message>
    <message>
        <source>30-day trial</source>
        <translation>30-tägige Testphase</translation>
    </message>
    <message>
        <source>Integer (whole units)</source>
        <translation>Ganzzahl (ganze Einheiten)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>1 billing period</source>
        <translation>1 Abrechnungszeitraum</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>Single line text</source>
        <translation>Einzeiliger Text</translation>
    </message>
    <message>
        <source>Drop-down list</source>
        <translation>Dropdown-Liste</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Checkboxes</source>
        <translation>Kontrollkästchen</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation>Subdomain</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON-Objekt</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Radio buttons (choice)</source>
        <translation>Optionsfelder (Auswahl)</translation>
    </message>
    <message>
        <source>Heading (form section title)</source>
        <translation>Überschrift (Titel eines Formularabschnitts)</translation>
    </message>
    <message>
        <source>Content (read-only text)</source>
        <translation>Inhalt (schreibgeschützter Text)</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Asset (subscription)</source>
        <translation>Asset (Abonnement)</translation>
    </message>
    <message>
        <source>Tier 1 (reseller)</source>
        <translation>Tier 1 (Reseller)</translation>
    </message>
    <message>
        <source>Tier 2 (reseller)</source>
        <translation>Tier 2 (Reseller)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Item and marketplace</source>
        <translation>Artikel und Marktplatz</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Inquire</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>Tier setup</source>
        <translation>Tier-Einrichtung</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>End of sale</source>
        <translation>Verkaufsende</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Boolesch</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Boxen</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
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
        <translation>MB-Stunden (nutzungsbasiert)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <source>MHz-hours (pay-as-you-go)</source>
        <translation>MHz-Stunden (nutzungsbasiert)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Mobile devices</source>
        <translation>Mobilgeräte</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <source>Unit-hours (pay-as-you-go)</source>
        <translation>Einheitenstunden (nutzungsbasiert)</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Websites</translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <extracomment>A billing period of several years; %n is the number of years (2 or more).</extracomment>
        <translation>
            <numerusform>Alle %n Jahre</numerusform>
            <numerusform>Alle %n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>Decimal, 1 digit</source>
        <translation>Dezimal, 1 Stelle</translation>
    </message>
    <message numerus="yes">
        <source>Decimal, %n digits</source>
        <extracomment>%n is how many digits after the decimal point.</extracomment>
        <translation>
            <numerusform>Dezimal, %n Stelle</numerusform>
            <numerusform>Dezimal, %n Stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n billing periods</source>
        <translation>
            <numerusform>%n Abrechnungszeitraum</numerusform>
            <numerusform>%n Abrechnungszeiträume</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <comment>parameter phase: asked while the vendor fulfills the request</comment>
        <translation>Fulfillment</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>template type: shown while a subscription request waits</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>unit of measure</comment>
        <translation>Stück</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Fulfillment requests</source>
        <translation>Fulfillment-Anfragen</translation>
    </message>
    <message>
        <source>Fulfillment requests: line items</source>
        <translation>Fulfillment-Anfragen: Artikelpositionen</translation>
    </message>
    <message>
        <source>Requests failed with a vendor reason</source>
        <translation>Fehlgeschlagene Anfragen mit Begründung des Anbieters</translation>
    </message>
    <message>
        <source>Billing requests</source>
        <translation>Abrechnungsanfragen</translation>
    </message>
    <message>
        <source>Billing requests: line items</source>
        <translation>Abrechnungsanfragen: Artikelpositionen</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Tier configuration requests</source>
        <translation>Tier-Konfigurationsanfragen</translation>
    </message>
    <message>
        <source>Tier configurations</source>
        <translation>Tier-Konfigurationen</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>Listing-Anfragen</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>Usage per subscription</source>
        <translation>Nutzung pro Abonnement</translation>
    </message>
    <message>
        <source>SLA of pending requests</source>
        <translation>SLA ausstehender Anfragen</translation>
    </message>
    <message>
        <source>Helpdesk cases</source>
        <translation>Helpdesk-Fälle</translation>
    </message>
    <message>
        <source>One row per request: customer and tiers, product, marketplace, connection, items and parameters.</source>
        <translation>Eine Zeile pro Anfrage: Kunde und Tiers, Produkt, Marktplatz, Verbindung, Artikel und Parameter.</translation>
    </message>
    <message>
        <source>One row per item of each request, with its quantity and the previous one.</source>
        <translation>Eine Zeile pro Artikel jeder Anfrage, mit Menge und vorheriger Menge.</translation>
    </message>
    <message>
        <source>Failed requests and the reason the vendor gave.</source>
        <translation>Fehlgeschlagene Anfragen und die Begründung des Anbieters.</translation>
    </message>
    <message>
        <source>Vendor and provider billing requests with their period.</source>
        <translation>Abrechnungsanfragen von Anbietern und Providern mit ihrem Zeitraum.</translation>
    </message>
    <message>
        <source>One row per billed item and cycle.</source>
        <translation>Eine Zeile pro abgerechnetem Artikel und Zyklus.</translation>
    </message>
    <message>
        <source>Subscriptions (assets) with their customer, billing period and next billing date.</source>
        <translation>Abonnements (Assets) mit Kunde, Abrechnungszeitraum und nächstem Abrechnungsdatum.</translation>
    </message>
    <message>
        <source>Tier configuration requests of resellers.</source>
        <translation>Tier-Konfigurationsanfragen von Resellern.</translation>
    </message>
    <message>
        <source>Tier configurations and their accounts.</source>
        <translation>Tier-Konfigurationen und ihre Konten.</translation>
    </message>
    <message>
        <source>Requests to list products in marketplaces.</source>
        <translation>Anfragen, Produkte auf Marktplätzen zu listen.</translation>
    </message>
    <message>
        <source>Where the products are listed.</source>
        <translation>Wo die Produkte gelistet sind.</translation>
    </message>
    <message>
        <source>Customers and resellers (tier accounts) with their contacts.</source>
        <translation>Kunden und Reseller (Tier-Konten) mit ihren Kontakten.</translation>
    </message>
    <message>
        <source>Program and distribution contracts.</source>
        <translation>Programm- und Vertriebsverträge.</translation>
    </message>
    <message>
        <source>Usage records grouped by subscription.</source>
        <translation>Nutzungsdatensätze nach Abonnement gruppiert.</translation>
    </message>
    <message>
        <source>Open requests with the days they have waited: ok up to 2 days, warning up to 5, then overdue.</source>
        <translation>Offene Anfragen mit ihrer Wartezeit in Tagen: OK bis 2 Tage, Warnung bis 5, danach überfällig.</translation>
    </message>
    <message>
        <source>Support cases with their state and dates.</source>
        <translation>Supportfälle mit Status und Daten.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Inquiring</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Tiers setup</source>
        <translation>Tier-Einrichtung</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Revoking</source>
        <translation>Wird widerrufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Sperrung</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kündigung</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Anpassung</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Wird verarbeitet</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Gelistet</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Nicht gelistet</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Wird bereitgestellt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Reseller</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Beitritt läuft</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technisch</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Geschäftlich</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Tier account requests</source>
        <translation>Tier-Kontoanfragen</translation>
    </message>
    <message>
        <source>Changes of customer and reseller accounts sent to you to accept or ignore.</source>
        <translation>Änderungen an Kunden- und Reseller-Konten, die Ihnen zum Annehmen oder Ignorieren gesendet werden.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>Nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <source>Tiers setup</source>
        <translation>Tier-Einrichtung</translation>
    </message>
    <message>
        <source>Inquiring</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Revoking</source>
        <translation>Wird widerrufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>The request is no longer in the cache.</source>
        <translation>Die Anfrage ist nicht mehr im Cache.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Wählen Sie eine Vorlage.</translation>
    </message>
    <message>
        <source>The template is not one of this product&apos;s templates for this action.</source>
        <translation>Die Vorlage gehört nicht zu den Vorlagen dieses Produkts für diese Aktion.</translation>
    </message>
    <message>
        <source>Give a reason for the customer.</source>
        <translation>Geben Sie einen Grund für den Kunden an.</translation>
    </message>
    <message>
        <source>Choose an inquire template or write a message on at least one parameter.</source>
        <translation>Wählen Sie eine Rückfragevorlage oder schreiben Sie eine Nachricht zu mindestens einem Parameter.</translation>
    </message>
    <message>
        <source>Your user is not known yet; sync first.</source>
        <translation>Ihr Benutzer ist noch nicht bekannt; synchronisieren Sie zuerst.</translation>
    </message>
    <message>
        <source>The change could not be saved in the local cache: %1</source>
        <translation>Die Änderung konnte nicht im lokalen Cache gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Purchase</source>
        <comment>request type</comment>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>request type: the customer changes a subscription</comment>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Suspend</source>
        <comment>request type: the customer suspends a subscription</comment>
        <translation>Sperrung</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>request type: the customer resumes a subscription</comment>
        <translation>Fortsetzung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>request type: the customer cancels a subscription</comment>
        <translation>Kündigung</translation>
    </message>
    <message>
        <source>Renew</source>
        <comment>request type: the subscription is renewed</comment>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <comment>request type</comment>
        <translation>Anpassung</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>request status: waiting for the vendor</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Preview</source>
        <comment>environment of a request (test, preview, production)</comment>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column: when the request was created</comment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Not possible while the request&apos;s status is “%1”.</source>
        <extracomment>%1 is the request&apos;s status as shown in the Status column (&quot;Approved&quot;, &quot;Failed&quot;…).</extracomment>
        <translation>Nicht möglich, solange die Anfrage den Status „%1“ hat.</translation>
    </message>
    <message>
        <source>Fill in the required parameters first: %1.</source>
        <translation>Füllen Sie zuerst die Pflichtparameter aus: %1.</translation>
    </message>
</context>
<context>
    <name>UsageLabels</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Wird verarbeitet</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Pending acceptance</source>
        <translation>Annahme ausstehend</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Hochladen…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Einreichen</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Annehmen…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Close file</source>
        <translation>Datei schließen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos;, row %2: %3</source>
        <translation>Blatt &apos;%1&apos;, Zeile %2: %3</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos;, row %2, column %3 (%4): %5</source>
        <translation>Blatt &apos;%1&apos;, Zeile %2, Spalte %3 (%4): %5</translation>
    </message>
</context>
<context>
    <name>UserFacingErrors</name>
    <message>
        <source>“%1” is not a web address. Enter the API endpoint, for example https://api.connect.cloudblue.com/public/v1.</source>
        <translation>„%1“ ist keine Webadresse. Geben Sie den API-Endpunkt ein, zum Beispiel https://api.connect.cloudblue.com/public/v1.</translation>
    </message>
    <message>
        <source>Could not reach the endpoint: %1. Check the address and your connection.</source>
        <translation>Der Endpunkt war nicht erreichbar: %1. Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>Connect refused this API key (HTTP %1). Check that it is complete and not revoked.</source>
        <translation>Connect hat diesen API-Schlüssel abgelehnt (HTTP %1). Prüfen Sie, ob er vollständig und nicht widerrufen ist.</translation>
    </message>
    <message>
        <source>The endpoint answered, but not like the Connect API: %1. Check the address.</source>
        <translation>Der Endpunkt hat geantwortet, aber nicht wie die Connect-API: %1. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The endpoint failed to answer (%1). Try again later.</source>
        <translation>Der Endpunkt hat nicht geantwortet (%1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>No API key is stored for this account.</source>
        <translation>Für dieses Konto ist kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der System-Schlüsselbund meldete einen Fehler: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s key could not be read from the system keychain: %1</source>
        <translation>Der Schlüssel der Sandbox konnte nicht aus dem System-Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the API key was not saved. Start or unlock your desktop&apos;s keyring (e.g. GNOME Keyring or KWallet) and add the account again, or keep the key in memory for this run when asked.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar (%1), daher wurde der API-Schlüssel nicht gespeichert. Starten oder entsperren Sie den Schlüsselring Ihres Desktops (z. B. GNOME Keyring oder KWallet) und fügen Sie das Konto erneut hinzu, oder behalten Sie den Schlüssel auf Nachfrage für diese Sitzung im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The system keychain refused access (for example, its password prompt was canceled), so the API key was not saved. Add the account again and unlock the keyring when your desktop asks, or keep the key in memory for this run when asked.</source>
        <translation>Der System-Schlüsselbund hat den Zugriff verweigert (zum Beispiel wurde die Passwortabfrage abgebrochen), daher wurde der API-Schlüssel nicht gespeichert. Fügen Sie das Konto erneut hinzu und entsperren Sie den Schlüsselring, wenn Ihr Desktop danach fragt, oder behalten Sie den Schlüssel auf Nachfrage für diese Sitzung im Speicher.</translation>
    </message>
</context>
<context>
    <name>cv::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>A desktop client for CloudBlue Connect vendors: products, fulfilment, agreements, listings, usage and reports, online or offline.</source>
        <translation>Ein Desktop-Client für Anbieter auf CloudBlue Connect: Produkte, Fulfillment, Vereinbarungen, Listings, Nutzung und Berichte, online oder offline.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <source>Libraries, versions and licences</source>
        <translation>Bibliotheken, Versionen und Lizenzen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>Diagnoseinformationen &amp;kopieren</translation>
    </message>
    <message>
        <source>Versions, system and account ids for a bug report; no keys or secrets</source>
        <translation>Versionen, System- und Konto-IDs für einen Fehlerbericht; keine Schlüssel oder Secrets</translation>
    </message>
    <message>
        <source>Copied to the clipboard: paste it into a support case or a bug report.</source>
        <translation>In die Zwischenablage kopiert: Fügen Sie es in einen Supportfall oder Fehlerbericht ein.</translation>
    </message>
</context>
<context>
    <name>cv::ui::AccountNavigator</name>
    <message>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
    <message>
        <source>Account navigator: switch accounts or sign out</source>
        <translation>Kontonavigation: Konten wechseln oder abmelden</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation>Konto wechseln</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>%1
Vendor account %2</source>
        <extracomment>%1 is the account&apos;s name, %2 its ID (VA-…).</extracomment>
        <translation>%1
Anbieterkonto %2</translation>
    </message>
    <message>
        <source>%1
Provider account %2</source>
        <extracomment>%1 is the account&apos;s name, %2 its ID (PA-…).</extracomment>
        <translation>%1
Provider-Konto %2</translation>
    </message>
    <message>
        <source>%1
Account %2 (%3)</source>
        <extracomment>%1 is the account&apos;s name, %2 its ID, %3 its type as Connect names it.</extracomment>
        <translation>%1
Konto %2 (%3)</translation>
    </message>
    <message>
        <source>About Connect Vendor Desktop</source>
        <translation>Über Connect Vendor Desktop</translation>
    </message>
</context>
<context>
    <name>cv::ui::AccountPage</name>
    <message>
        <source>Account details</source>
        <translation>Kontodaten</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>Konto-ID:</translation>
    </message>
    <message>
        <source>Brand ID:</source>
        <translation>Marken-ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Save name</source>
        <translation>Namen &amp;speichern</translation>
    </message>
    <message>
        <source>Saved on this computer at once and sent to Connect on the next sync.</source>
        <translation>Sofort auf diesem Computer gespeichert und bei der nächsten Synchronisierung an Connect gesendet.</translation>
    </message>
    <message>
        <source>Once the cause is fixed (e.g. the permission granted), send the change with the next sync.</source>
        <translation>Sobald die Ursache behoben ist (z. B. die Berechtigung erteilt wurde), die Änderung mit der nächsten Synchronisierung senden.</translation>
    </message>
    <message>
        <source>&amp;Discard my change</source>
        <translation>Meine Änderung &amp;verwerfen</translation>
    </message>
    <message>
        <source>Show the name Connect has again and forget the change.</source>
        <translation>Wieder den Namen von Connect anzeigen und die Änderung verwerfen.</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>(named on registration)</source>
        <translation>(bei der Registrierung benannt)</translation>
    </message>
    <message>
        <source>(after the first sync)</source>
        <translation>(nach der ersten Synchronisierung)</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Distributor (provider)</source>
        <translation>Distributor (Provider)</translation>
    </message>
    <message>
        <source>The account was closed; open it again to add the user.</source>
        <translation>Das Konto wurde geschlossen; öffnen Sie es erneut, um den Benutzer hinzuzufügen.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <source>Cancel the invitation of %1? It has not reached Connect, so nothing is sent.</source>
        <translation>Die Einladung von %1 zurückziehen? Sie hat Connect noch nicht erreicht, daher wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Remove %1 from the account? They lose access to it once the change is synced.</source>
        <translation>%1 aus dem Konto entfernen? Der Zugriff endet, sobald die Änderung synchronisiert ist.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>Erneut &amp;senden</translation>
    </message>
    <message>
        <source>Search users by name, email or role (Ctrl+F)</source>
        <translation>Benutzer nach Name, E-Mail oder Rolle suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Re&amp;move user</source>
        <translation>Benutzer &amp;entfernen</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>user status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Matches the user&apos;s name, email or role</source>
        <translation>Durchsucht Name, E-Mail-Adresse und Rolle des Benutzers</translation>
    </message>
    <message>
        <source>User status filter</source>
        <translation>Filter nach Benutzerstatus</translation>
    </message>
</context>
<context>
    <name>cv::ui::ActionDialog</name>
    <message>
        <source>Edit Action</source>
        <translation>Aktion bearbeiten</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Aktion hinzufügen</translation>
    </message>
    <message>
        <source>e.g. sso_login</source>
        <translation>z. B. sso_login</translation>
    </message>
    <message>
        <source>Button text, e.g. Open admin panel</source>
        <translation>Schaltflächentext, z. B. Admin-Bereich öffnen</translation>
    </message>
    <message>
        <source>Action &amp;ID:</source>
        <translation>Aktions-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Geltungsbereich:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Aktion löschen</translation>
    </message>
    <message>
        <source>%1: This field is required.</source>
        <translation>%1: Dieses Feld ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>cv::ui::ActionsTab</name>
    <message>
        <source>&amp;Add Action</source>
        <translation>Aktion &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Action ID</source>
        <translation>Aktions-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>https://your-service.example.com/sso</source>
        <translation>https://your-service.example.com/sso</translation>
    </message>
    <message>
        <source>Actions are buttons customers see on their subscription; a click opens your target URL with a signed JWT.</source>
        <translation>Aktionen sind Schaltflächen, die Kunden in ihrem Abonnement sehen; ein Klick öffnet Ihre Ziel-URL mit einem signierten JWT.</translation>
    </message>
    <message>
        <source>Action link</source>
        <translation>Aktionslink</translation>
    </message>
    <message>
        <source>Target &amp;URL:</source>
        <translation>Ziel-&amp;URL:</translation>
    </message>
    <message>
        <source>JWT secret:</source>
        <translation>JWT-Secret:</translation>
    </message>
    <message>
        <source>The secret is only shown while it is known from the server; it is never stored on this computer.</source>
        <translation>Das Secret wird nur angezeigt, solange es vom Server bekannt ist; es wird nie auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Secret in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>A new secret was requested. It appears after the next sync from the server; update your service with it then.</source>
        <translation>Ein neues Secret wurde angefordert. Es erscheint nach der nächsten Synchronisierung vom Server; aktualisieren Sie dann Ihren Service damit.</translation>
    </message>
    <message>
        <source>Change the action URL</source>
        <translation>Aktions-URL ändern</translation>
    </message>
    <message>
        <source>Add action %1</source>
        <translation>Aktion %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit action %1</source>
        <translation>Aktion %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete action %1</source>
        <translation>Aktion %1 löschen</translation>
    </message>
    <message>
        <source>Read from Connect; kept in memory only, never stored on this computer.</source>
        <translation>Von Connect gelesen; nur im Arbeitsspeicher gehalten, nie auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Action “%1” deleted.</source>
        <translation>Aktion „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Copy works once the secret has been read from Connect: when the app is online and the product is on Connect. It is kept in memory only, never stored on this computer.</source>
        <translation>Kopieren funktioniert, sobald das Geheimnis aus Connect gelesen wurde: wenn die App online ist und das Produkt in Connect existiert. Es wird nur im Arbeitsspeicher gehalten, nie auf diesem Computer gespeichert.</translation>
    </message>
</context>
<context>
    <name>cv::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@firma.de</translation>
    </message>
    <message>
        <source>Admin (the one role Connect offers vendor accounts today)</source>
        <translation>Admin (die einzige Rolle, die Connect Anbieterkonten derzeit bietet)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>E&amp;inladen</translation>
    </message>
    <message>
        <source>Connect emails an invitation to this address. The new user enters their name when registering and gets access to the account&apos;s products, fulfillment queue and settings.</source>
        <translation>Connect sendet eine Einladung an diese Adresse. Der neue Benutzer gibt bei der Registrierung seinen Namen ein und erhält Zugriff auf die Produkte, die Fulfillment-Warteschlange und die Einstellungen des Kontos.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
</context>
<context>
    <name>cv::ui::AgreementDetailPage</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Version %1 on %2 by %3</source>
        <translation>Version %1 am %2 von %3</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>einem unbekannten Benutzer</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht unterzeichnet</translation>
    </message>
    <message>
        <source>Sign version %1…</source>
        <translation>Version %1 unterzeichnen…</translation>
    </message>
    <message>
        <source>The provider published version %1; you signed version %2. Read the changes under Versions, then sign.</source>
        <translation>Der Provider hat Version %1 veröffentlicht; Sie haben Version %2 unterzeichnet. Lesen Sie die Änderungen unter „Versionen“ und unterzeichnen Sie dann.</translation>
    </message>
    <message>
        <source>Version %1 published</source>
        <translation>Version %1 veröffentlicht</translation>
    </message>
    <message>
        <source>Contract created</source>
        <translation>Vertrag erstellt</translation>
    </message>
    <message>
        <source>Signed (contract on version %1)</source>
        <translation>Unterzeichnet (Vertrag auf Version %1)</translation>
    </message>
    <message>
        <source>Countersigned by the provider</source>
        <translation>Vom Provider gegengezeichnet</translation>
    </message>
    <message>
        <source>Contract terminated</source>
        <translation>Vertrag beendet</translation>
    </message>
    <message>
        <source>Signed from this app</source>
        <translation>In dieser App unterzeichnet</translation>
    </message>
    <message>
        <source>Enrolled from this app</source>
        <translation>In dieser App beigetreten</translation>
    </message>
    <message>
        <source>on Connect</source>
        <translation>auf Connect</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>gesendet am %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>waiting for sync</source>
        <translation>wartet auf Synchronisierung</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>Versionen werden geladen…</translation>
    </message>
    <message>
        <source>Loading the document…</source>
        <translation>Dokument wird geladen…</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>Die Versionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>signed by you</source>
        <translation>von Ihnen unterzeichnet</translation>
    </message>
    <message>
        <source>version %1 is not known</source>
        <translation>Version %1 ist nicht bekannt</translation>
    </message>
    <message>
        <source>This agreement has no document.</source>
        <translation>Diese Vereinbarung hat kein Dokument.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation>Wählen Sie zwei verschiedene Versionen.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>The documents could not be downloaded: %1</source>
        <translation>Die Dokumente konnten nicht heruntergeladen werden: %1</translation>
    </message>
    <message>
        <source>These documents have no text to compare (open them to read them).</source>
        <translation>Diese Dokumente enthalten keinen vergleichbaren Text (öffnen Sie sie, um sie zu lesen).</translation>
    </message>
    <message>
        <source>The texts of versions %1 and %2 are the same.</source>
        <translation>Die Texte der Versionen %1 und %2 sind identisch.</translation>
    </message>
    <message>
        <source>Sign version %1 of &quot;%2&quot; on behalf of %3? This accepts the agreement&apos;s terms.</source>
        <translation>Version %1 von „%2“ im Namen von %3 unterzeichnen? Damit akzeptieren Sie die Bedingungen der Vereinbarung.</translation>
    </message>
    <message>
        <source>Sign agreement</source>
        <translation>Vereinbarung unterzeichnen</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Unterzeichnen</translation>
    </message>
    <message>
        <source>← All agreements</source>
        <translation>← Alle Vereinbarungen</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Active version:</source>
        <translation>Aktive Version:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Unterzeichnet:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Vertrag:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Sent to Connect</source>
        <translation>An Connect gesendet</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Änderungen anzeigen</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <extracomment>One part of the agreement&apos;s subtitle (parts are separated by &quot; · &quot;); %1 is the provider&apos;s name.</extracomment>
        <translation>Provider: %1</translation>
    </message>
    <message>
        <source>Marketplace: %1</source>
        <extracomment>One part of the agreement&apos;s subtitle (parts are separated by &quot; · &quot;); %1 is the marketplace&apos;s name.</extracomment>
        <translation>Marktplatz: %1</translation>
    </message>
    <message>
        <source>Your enrollment is waiting for the provider&apos;s approval.</source>
        <translation>Ihr Beitritt wartet auf die Genehmigung des Providers.</translation>
    </message>
    <message>
        <source>Enroll to list products on %1.</source>
        <translation>Treten Sie bei, um Produkte auf %1 zu listen.</translation>
    </message>
    <message>
        <source>Enrollment completed</source>
        <translation>Beitritt abgeschlossen</translation>
    </message>
    <message>
        <source>Action from this app: %1</source>
        <extracomment>%1 is the action&apos;s name as Connect&apos;s API writes it (or the error Connect gave for it).</extracomment>
        <translation>Aktion aus dieser App: %1</translation>
    </message>
    <message>
        <source>Enroll in agreement</source>
        <translation>Vereinbarung beitreten</translation>
    </message>
    <message>
        <source>Enroll in this agreement…</source>
        <translation>Dieser Vereinbarung beitreten…</translation>
    </message>
    <message>
        <source>Signing and enrolling need a connection to Connect, which records them.</source>
        <translation>Unterzeichnung und Beitritt benötigen eine Verbindung zu Connect, da Connect sie erfasst.</translation>
    </message>
    <message>
        <source>A signature saved by an earlier version of this app is sent to Connect with the next sync. It takes effect once Connect confirms it.</source>
        <translation>Eine von einer früheren Version dieser App gespeicherte Unterschrift wird mit der nächsten Synchronisierung an Connect gesendet. Sie wird wirksam, sobald Connect sie bestätigt.</translation>
    </message>
    <message>
        <source>Connect cannot be reached. The versions and the document are kept on this computer once this page has been opened online; this agreement&apos;s have not been read yet.</source>
        <translation>Connect ist nicht erreichbar. Die Versionen und das Dokument werden auf diesem Computer gespeichert, sobald diese Seite einmal online geöffnet wurde; die dieser Vereinbarung wurden noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Connect cannot be reached: versions and documents as of %1, as kept on this computer.</source>
        <extracomment>%1 is the date and time the versions were read from Connect.</extracomment>
        <translation>Connect ist nicht erreichbar: Versionen und Dokumente mit Stand %1, wie auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>The versions could not be read (%1): shown as of %2, as kept on this computer.</source>
        <translation>Die Versionen konnten nicht gelesen werden (%1): Anzeige mit Stand %2, wie auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2: &lt;span class=&quot;removed&quot;&gt;removed&lt;/span&gt;, &lt;span class=&quot;added&quot;&gt;added&lt;/span&gt;.</source>
        <translation>Änderungen von Version %1 zu Version %2: &lt;span class=&quot;removed&quot;&gt;entfernt&lt;/span&gt;, &lt;span class=&quot;added&quot;&gt;hinzugefügt&lt;/span&gt;.</translation>
    </message>
    <message>
        <source>Connect records your signature as soon as you click Sign, so this needs a connection to Connect.</source>
        <translation>Connect erfasst Ihre Unterschrift, sobald Sie auf „Unterzeichnen“ klicken; dafür ist daher eine Verbindung zu Connect nötig.</translation>
    </message>
    <message>
        <source>Enroll in &quot;%1&quot; to list products on %2. Connect records your enrollment as soon as you click OK. A note for the provider (optional):</source>
        <translation>Treten Sie „%1“ bei, um Produkte auf %2 zu listen. Connect erfasst Ihren Beitritt, sobald Sie auf „OK“ klicken. Eine Notiz für den Provider (optional):</translation>
    </message>
    <message>
        <source>Signing needs a connection to Connect: a signature is a legal act that Connect records when you sign, so it is not saved on this computer to be sent later. Connect cannot be reached now. Check your connection, then click &quot;%1&quot; again.</source>
        <extracomment>%1 is the label of the Sign or Enroll button.</extracomment>
        <translation>Zum Unterzeichnen ist eine Verbindung zu Connect nötig: Eine Unterschrift ist ein Rechtsakt, den Connect beim Unterzeichnen erfasst; sie wird daher nicht auf diesem Computer gespeichert, um später gesendet zu werden. Connect ist derzeit nicht erreichbar. Prüfen Sie Ihre Verbindung und klicken Sie dann erneut auf „%1“.</translation>
    </message>
    <message>
        <source>Enrolling needs a connection to Connect: an enrollment is a contractual act that Connect records when you enroll, so it is not saved on this computer to be sent later. Connect cannot be reached now. Check your connection, then click &quot;%1&quot; again.</source>
        <translation>Zum Beitreten ist eine Verbindung zu Connect nötig: Ein Beitritt ist ein vertraglicher Akt, den Connect beim Beitreten erfasst; er wird daher nicht auf diesem Computer gespeichert, um später gesendet zu werden. Connect ist derzeit nicht erreichbar. Prüfen Sie Ihre Verbindung und klicken Sie dann erneut auf „%1“.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Wird unterzeichnet…</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Beitritt läuft…</translation>
    </message>
    <message>
        <source>Sending your signature to Connect…</source>
        <translation>Ihre Unterschrift wird an Connect gesendet…</translation>
    </message>
    <message>
        <source>Sending your enrollment to Connect…</source>
        <translation>Ihr Beitritt wird an Connect gesendet…</translation>
    </message>
    <message>
        <source>Connect recorded your signature on %1.</source>
        <extracomment>%1 is the date and time Connect recorded the signature.</extracomment>
        <translation>Connect hat Ihre Unterschrift am %1 erfasst.</translation>
    </message>
    <message>
        <source>Connect recorded your enrollment on %1.</source>
        <translation>Connect hat Ihren Beitritt am %1 erfasst.</translation>
    </message>
    <message>
        <source>The connection to Connect broke while your signature was being sent, so it is not known whether Connect recorded it. Nothing is saved to be sent later: the next sync shows whether it did. If it did not, sign again once Connect can be reached.</source>
        <translation>Die Verbindung zu Connect ist beim Senden Ihrer Unterschrift abgebrochen, daher ist nicht bekannt, ob Connect sie erfasst hat. Es wird nichts für ein späteres Senden gespeichert: Die nächste Synchronisierung zeigt, ob es geschehen ist. Falls nicht, unterzeichnen Sie erneut, sobald Connect erreichbar ist.</translation>
    </message>
    <message>
        <source>The connection to Connect broke while your enrollment was being sent, so it is not known whether Connect recorded it. Nothing is saved to be sent later: the next sync shows whether it did. If it did not, enroll again once Connect can be reached.</source>
        <translation>Die Verbindung zu Connect ist beim Senden Ihres Beitritts abgebrochen, daher ist nicht bekannt, ob Connect ihn erfasst hat. Es wird nichts für ein späteres Senden gespeichert: Die nächste Synchronisierung zeigt, ob es geschehen ist. Falls nicht, treten Sie erneut bei, sobald Connect erreichbar ist.</translation>
    </message>
    <message>
        <source>Connect refused the signature: %1</source>
        <extracomment>%1 is Connect&apos;s reason in plain words.</extracomment>
        <translation>Connect hat die Unterschrift abgelehnt: %1</translation>
    </message>
    <message>
        <source>Connect refused the enrollment: %1</source>
        <translation>Connect hat den Beitritt abgelehnt: %1</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Double-click a version to read its document.</source>
        <translation>Doppelklicken Sie auf eine Version, um ihr Dokument zu lesen.</translation>
    </message>
    <message>
        <source>Compare from version</source>
        <translation>Vergleichen ab Version</translation>
    </message>
    <message>
        <source>Compare to version</source>
        <translation>Vergleichen mit Version</translation>
    </message>
    <message>
        <source>Changes between the versions</source>
        <translation>Änderungen zwischen den Versionen</translation>
    </message>
</context>
<context>
    <name>cv::ui::AgreementsPage</name>
    <message>
        <source>Open an account to see its agreements.</source>
        <translation>Öffnen Sie ein Konto, um seine Vereinbarungen zu sehen.</translation>
    </message>
    <message>
        <source>No agreement matches the search and filters.</source>
        <translation>Keine Vereinbarung entspricht der Suche und den Filtern.</translation>
    </message>
    <message>
        <source>No agreements yet. They appear here after a sync once a provider invites the account.</source>
        <translation>Noch keine Vereinbarungen. Sie erscheinen hier nach einer Synchronisierung, sobald ein Provider das Konto einlädt.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active version</source>
        <translation>Aktive Version</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Search agreements by name or ID</source>
        <translation>Vereinbarungen nach Name oder ID suchen</translation>
    </message>
    <message>
        <source>Search contracts by name or ID</source>
        <translation>Verträge nach Name oder ID suchen</translation>
    </message>
    <message>
        <source>Search agreements</source>
        <translation>Vereinbarungen suchen</translation>
    </message>
    <message>
        <source>Matches the agreement&apos;s name or ID</source>
        <translation>Durchsucht Name und ID der Vereinbarung</translation>
    </message>
    <message>
        <source>Search contracts</source>
        <translation>Verträge suchen</translation>
    </message>
    <message>
        <source>Matches the contract&apos;s name or ID</source>
        <translation>Durchsucht Name und ID des Vertrags</translation>
    </message>
    <message>
        <source>Agreement type filter</source>
        <translation>Filter nach Vereinbarungstyp</translation>
    </message>
    <message>
        <source>Agreement status filter</source>
        <translation>Filter nach Vereinbarungsstatus</translation>
    </message>
    <message>
        <source>Contract type filter</source>
        <translation>Filter nach Vertragstyp</translation>
    </message>
    <message>
        <source>Contract status filter</source>
        <translation>Filter nach Vertragsstatus</translation>
    </message>
</context>
<context>
    <name>cv::ui::ApiPage</name>
    <message>
        <source>No account is open.</source>
        <translation>Es ist kein Konto geöffnet.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
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
        <translation>Zustellung prüfen</translation>
    </message>
    <message>
        <source>API address of this account</source>
        <translation>API-Adresse dieses Kontos</translation>
    </message>
    <message>
        <source>How to authenticate</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Every call carries the header &quot;Authorization: ApiKey &lt;token&gt;&quot;, where the token is the one shown once when you generate it on the Tokens page (it starts with its id, SU-…). Give each script its own token so that each can be turned off alone. Connect answers 401 to a wrong or inactive token and 403 when the token lacks the module&apos;s permission.</source>
        <translation>Jeder Aufruf enthält den Header „Authorization: ApiKey &lt;token&gt;“, wobei das Token dasjenige ist, das beim Erzeugen auf der Seite „Tokens“ einmalig angezeigt wird (es beginnt mit seiner ID, SU-…). Geben Sie jedem Skript ein eigenes Token, damit jedes einzeln deaktiviert werden kann. Connect antwortet mit 401 auf ein falsches oder inaktives Token und mit 403, wenn dem Token die Berechtigung für das Modul fehlt.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Connect API documentation&lt;/a&gt; (opens in your browser)</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Connect-API-Dokumentation&lt;/a&gt; (öffnet sich in Ihrem Browser)</translation>
    </message>
    <message>
        <source>Try it: list your products</source>
        <translation>Ausprobieren: Ihre Produkte auflisten</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <source>API sections</source>
        <translation>API-Bereiche</translation>
    </message>
</context>
<context>
    <name>cv::ui::ApproveDialog</name>
    <message numerus="yes">
        <source>Approve %Ln requests</source>
        <translation>
            <numerusform>%Ln Anfrage genehmigen</numerusform>
            <numerusform>%Ln Anfragen genehmigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>Anfrage genehmigen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %Ln</source>
        <translation>
            <numerusform>%Ln &amp;genehmigen</numerusform>
            <numerusform>%Ln &amp;genehmigen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Activation &amp;template:</source>
        <translation>Aktivierungs&amp;vorlage:</translation>
    </message>
    <message>
        <source>The template (values are filled in for each request):</source>
        <translation>Die Vorlage (Werte werden für jede Anfrage eingesetzt):</translation>
    </message>
    <message>
        <source>What the customer will receive:</source>
        <translation>Was der Kunde erhält:</translation>
    </message>
    <message>
        <source>This product has no activation template in the local cache. Create one in Inventory, then sync.</source>
        <translation>Dieses Produkt hat keine Aktivierungsvorlage im lokalen Cache. Erstellen Sie eine unter „Inventar“ und synchronisieren Sie dann.</translation>
    </message>
    <message>
        <source>The request is approved in the local cache at once and on Connect at the next sync.</source>
        <translation>Die Anfrage wird sofort im lokalen Cache und bei der nächsten Synchronisierung auf Connect genehmigt.</translation>
    </message>
</context>
<context>
    <name>cv::ui::BulkResultDialog</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln done; the changes reach Connect at the next sync.</source>
        <extracomment>%1 is how many of the %n selected requests were done.</extracomment>
        <translation>
            <numerusform>%1 von %Ln erledigt; die Änderungen erreichen Connect bei der nächsten Synchronisierung.</numerusform>
            <numerusform>%1 von %Ln erledigt; die Änderungen erreichen Connect bei der nächsten Synchronisierung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::CapabilitiesPage</name>
    <message>
        <source>Subscription lifecycle</source>
        <translation>Abonnement-Lebenszyklus</translation>
    </message>
    <message>
        <source>Suspend and resume</source>
        <translation>Sperren und fortsetzen</translation>
    </message>
    <message>
        <source>Administrative hold</source>
        <translation>Administrative Sperre</translation>
    </message>
    <message>
        <source>Providers may put a subscription on hold for administrative reasons.</source>
        <translation>Provider können ein Abonnement aus administrativen Gründen sperren.</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation>Nutzungsbasiert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>QT: quantity (usage is reported as amounts)</source>
        <translation>QT: Menge (Nutzung wird als Mengen gemeldet)</translation>
    </message>
    <message>
        <source>TR: tiered rates</source>
        <translation>TR: gestaffelte Tarife</translation>
    </message>
    <message>
        <source>PR: provider rating</source>
        <translation>PR: Provider-Bewertung</translation>
    </message>
    <message>
        <source>CR: cost rating (usage is reported as costs)</source>
        <translation>CR: Kostenbewertung (Nutzung wird als Kosten gemeldet)</translation>
    </message>
    <message>
        <source>Dynamic items (created from usage reports)</source>
        <translation>Dynamische Artikel (aus Nutzungsberichten erstellt)</translation>
    </message>
    <message>
        <source>Future charges</source>
        <translation>Zukünftige Gebühren</translation>
    </message>
    <message>
        <source>Late charges</source>
        <translation>Nachträgliche Gebühren</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>Schema:</translation>
    </message>
    <message>
        <source>Reporting and validation</source>
        <translation>Meldung und Validierung</translation>
    </message>
    <message>
        <source>Consumption reporting for reservation items</source>
        <translation>Verbrauchsmeldung für Reservierungsartikel</translation>
    </message>
    <message>
        <source>Dynamic validation of draft requests (your service checks orders before they are placed)</source>
        <translation>Dynamische Validierung von Entwurfsanfragen (Ihr Service prüft Bestellungen, bevor sie aufgegeben werden)</translation>
    </message>
    <message>
        <source>Dynamic validation of the inquiring form</source>
        <translation>Dynamische Validierung des Rückfrageformulars</translation>
    </message>
    <message>
        <source>Resellers (tiers)</source>
        <translation>Reseller (Tiers)</translation>
    </message>
    <message>
        <source>Level 1 (tier 1 reseller)</source>
        <translation>Stufe 1 (Tier-1-Reseller)</translation>
    </message>
    <message>
        <source>Level 2 (tier 1 and tier 2 resellers)</source>
        <translation>Stufe 2 (Tier-1- und Tier-2-Reseller)</translation>
    </message>
    <message>
        <source>Tier accounts sync</source>
        <translation>Synchronisierung der Tier-Konten</translation>
    </message>
    <message>
        <source>Reseller authorization level:</source>
        <translation>Autorisierungsstufe der Reseller:</translation>
    </message>
    <message>
        <source>Choose a pay-as-you-go schema first.</source>
        <translation>Wählen Sie zuerst ein nutzungsbasiertes Schema.</translation>
    </message>
    <message>
        <source>Change capabilities</source>
        <translation>Funktionen ändern</translation>
    </message>
    <message>
        <source>Subscriptions can be suspended (e.g. for non-payment) and resumed later without being canceled; your service receives suspend and resume requests.</source>
        <translation>Abonnements können gesperrt (z. B. bei Nichtzahlung) und später fortgesetzt werden, ohne gekündigt zu werden; Ihr Dienst erhält Sperrungs- und Fortsetzungsanfragen.</translation>
    </message>
</context>
<context>
    <name>cv::ui::CasePage</name>
    <message>
        <source>Attach a file to the case</source>
        <translation>Datei an den Fall anhängen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Write a reply to the case (sent on the next sync)</source>
        <translation>Antwort auf den Fall schreiben (wird bei der nächsten Synchronisierung gesendet)</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>&amp;Antwort senden</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Once the cause is fixed, send the refused change with the next sync.</source>
        <translation>Sobald die Ursache behoben ist, die abgelehnte Änderung mit der nächsten Synchronisierung senden.</translation>
    </message>
    <message>
        <source>&amp;Discard the refused change</source>
        <translation>Abgelehnte Änderung &amp;verwerfen</translation>
    </message>
    <message>
        <source>Forget the change Connect refused; a case opened here goes with its replies and files.</source>
        <translation>Die von Connect abgelehnte Änderung verwerfen; ein hier eröffneter Fall wird mit seinen Antworten und Dateien entfernt.</translation>
    </message>
    <message>
        <source>Ask for information</source>
        <translation>Informationen anfordern</translation>
    </message>
    <message>
        <source>Back to pending</source>
        <translation>Zurück auf „Ausstehend“</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Als gelöst markieren</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Fall schließen</translation>
    </message>
    <message>
        <source>Case %1 is not in the offline data.</source>
        <translation>Fall %1 ist nicht in den Offline-Daten.</translation>
    </message>
    <message>
        <source>(given by Connect after sync)</source>
        <translation>(wird nach der Synchronisierung von Connect vergeben)</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Anhänge: %1</translation>
    </message>
    <message>
        <source>Attachments waiting for sync: %1</source>
        <translation>Anhänge, die auf Synchronisierung warten: %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>waiting for sync</source>
        <translation>wartet auf Synchronisierung</translation>
    </message>
    <message>
        <source>No replies yet. Replies from the support team appear here after a sync.</source>
        <translation>Noch keine Antworten. Antworten des Supportteams erscheinen hier nach einer Synchronisierung.</translation>
    </message>
    <message>
        <source>← All cases</source>
        <translation>← Alle Supportfälle</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>&amp;Datei anhängen…</translation>
    </message>
    <message>
        <source>Case ID: %1 · State: %2 · Priority: %3</source>
        <extracomment>%1 is the case&apos;s ID, %2 its state (&quot;Pending&quot;…), %3 its priority (&quot;High&quot;…).</extracomment>
        <translation>Fall-ID: %1 · Zustand: %2 · Priorität: %3</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Sent to the case on the next sync</source>
        <translation>Wird bei der nächsten Synchronisierung an den Fall gesendet</translation>
    </message>
</context>
<context>
    <name>cv::ui::CcpPreview</name>
    <message>
        <source>Customer control panel preview</source>
        <translation>Vorschau des Kundenportals</translation>
    </message>
    <message>
        <source>This is what the customer sees after signing in to the customer control panel.</source>
        <translation>So sieht der Kunde es nach der Anmeldung im Kundenportal.</translation>
    </message>
    <message>
        <source>The customer control panel needs a connection to Connect.</source>
        <translation>Das Kundenportal benötigt eine Verbindung zu Connect.</translation>
    </message>
    <message>
        <source>The customer control panel of %1 could not be loaded: %2</source>
        <translation>Das Kundenportal von %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Asset %1 as the customer sees it. Links open in your browser.</source>
        <translation>Asset %1 aus Sicht des Kunden. Links öffnen sich in Ihrem Browser.</translation>
    </message>
    <message>
        <source>Show the panel in one of the product&apos;s languages</source>
        <translation>Das Panel in einer der Sprachen des Produkts anzeigen</translation>
    </message>
    <message>
        <source>English (source)</source>
        <translation>Englisch (Quelle)</translation>
    </message>
    <message>
        <source>Loading the customer control panel of %1…</source>
        <translation>Das Kunden-Control-Panel von %1 wird geladen…</translation>
    </message>
</context>
<context>
    <name>cv::ui::ChoicesEditor</name>
    <message>
        <source>Add choice</source>
        <translation>Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Label (shown)</source>
        <translation>Beschriftung (angezeigt)</translation>
    </message>
    <message>
        <source>Value (sent)</source>
        <translation>Wert (gesendet)</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::CommandPalette</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Listing</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Supportfall</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>approve</source>
        <extracomment>The word a user types in the command palette to approve a request (&quot;approve PR-1234&quot;), in lower case; matched in any case.</extracomment>
        <translation>genehmigen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Send local changes and fetch what changed</source>
        <translation>Lokale Änderungen senden und Geändertes abrufen</translation>
    </message>
    <message>
        <source>Approve a pending request…</source>
        <translation>Eine ausstehende Anfrage genehmigen…</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; and the request&apos;s id or customer</source>
        <extracomment>%1 is the word that starts an approval in the palette (&quot;approve&quot;).</extracomment>
        <translation>Geben Sie „%1“ und die ID oder den Kunden der Anfrage ein</translation>
    </message>
    <message>
        <source>New support case</source>
        <translation>Neuer Supportfall</translation>
    </message>
    <message>
        <source>Write to CloudBlue support (Help &amp; Support)</source>
        <translation>An den CloudBlue-Support schreiben (Hilfe &amp; Support)</translation>
    </message>
    <message>
        <source>Show sync conflicts</source>
        <translation>Synchronisierungskonflikte anzeigen</translation>
    </message>
    <message>
        <source>Decide between your changes and Connect&apos;s</source>
        <translation>Zwischen Ihren Änderungen und denen von Connect entscheiden</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>The emails Connect sent you</source>
        <translation>Die E-Mails, die Connect Ihnen gesendet hat</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <extracomment>%1 is a module&apos;s title (&quot;Usage&quot;, &quot;Help &amp; Support&quot;).</extracomment>
        <translation>Zu %1</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <extracomment>%1 is a request&apos;s id (&quot;PR-1234-5678-9012-001&quot;).</extracomment>
        <translation>%1 genehmigen</translation>
    </message>
    <message>
        <source>Find a request, product, customer, case… or a command</source>
        <translation>Anfrage, Produkt, Kunde, Supportfall… oder Befehl suchen</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type an id, a name or an email, or a command. Up and Down choose, Enter runs, Escape closes.</source>
        <translation>Geben Sie eine ID, einen Namen, eine E-Mail-Adresse oder einen Befehl ein. Pfeil hoch/runter wählt, Enter führt aus, Escape schließt.</translation>
    </message>
    <message>
        <source>Command palette results</source>
        <translation>Ergebnisse der Befehlspalette</translation>
    </message>
    <message>
        <source>Nothing in the offline data matches.</source>
        <translation>Nichts in den Offline-Daten passt.</translation>
    </message>
    <message>
        <source>1 result · Enter runs · Esc closes</source>
        <translation>1 Ergebnis · Enter führt aus · Esc schließt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results · Enter runs · Esc closes</source>
        <translation>
            <numerusform>%Ln Ergebnis · Enter führt aus · Esc schließt</numerusform>
            <numerusform>%Ln Ergebnisse · Enter führt aus · Esc schließt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::ConflictsDialog</name>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Server-Version behalten</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Keep mine for all</source>
        <translation>Meine für alle behalten</translation>
    </message>
    <message>
        <source>Keep theirs for all</source>
        <translation>Server-Version für alle behalten</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Synchronisierungskonflikte</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation>Server-Version</translation>
    </message>
    <message>
        <source>No conflicts: everything you changed offline could be merged.</source>
        <translation>Keine Konflikte: Alles, was Sie offline geändert haben, konnte zusammengeführt werden.</translation>
    </message>
    <message>
        <source>One field changed both here and on the server since the last sync.</source>
        <translation>Ein Feld wurde seit der letzten Synchronisierung sowohl hier als auch auf dem Server geändert.</translation>
    </message>
    <message>
        <source>Choose which value to keep; your other changes to these objects wait until you decide.</source>
        <translation>Wählen Sie, welcher Wert behalten wird; Ihre anderen Änderungen an diesen Objekten warten, bis Sie entschieden haben.</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>Die Entscheidung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The decisions could not be saved: %1</source>
        <translation>Die Entscheidungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Mine: %1
Theirs: %2

Value to keep:</source>
        <translation>Meine: %1
Server: %2

Zu behaltender Wert:</translation>
    </message>
    <message>
        <source>The value could not be saved: %1</source>
        <translation>Der Wert konnte nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fields changed both here and on the server since the last sync.</source>
        <translation>
            <numerusform>%n Feld wurde seit der letzten Synchronisierung hier und auf dem Server geändert.</numerusform>
            <numerusform>%n Felder wurden seit der letzten Synchronisierung hier und auf dem Server geändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::ContractDetailPage</name>
    <message>
        <source>Contract:</source>
        <translation>Vertrag:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source> (waiting for sync)</source>
        <translation> (wartet auf Synchronisierung)</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Vereinbarung:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Unterzeichnet:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht unterzeichnet</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>%1 (%2) · distribution agreement: %3</source>
        <translation>%1 (%2) · Vertriebsvereinbarung: %3</translation>
    </message>
    <message>
        <source>Version %1 published</source>
        <translation>Version %1 veröffentlicht</translation>
    </message>
    <message>
        <source>Contract created</source>
        <translation>Vertrag erstellt</translation>
    </message>
    <message>
        <source>Signed (version %1)</source>
        <translation>Unterzeichnet (Version %1)</translation>
    </message>
    <message>
        <source>Countersigned by the provider</source>
        <translation>Vom Provider gegengezeichnet</translation>
    </message>
    <message>
        <source>Contract terminated</source>
        <translation>Vertrag beendet</translation>
    </message>
    <message>
        <source>Signed from this app</source>
        <translation>In dieser App unterzeichnet</translation>
    </message>
    <message>
        <source>Enrolled from this app</source>
        <translation>In dieser App beigetreten</translation>
    </message>
    <message>
        <source>on Connect</source>
        <translation>auf Connect</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>gesendet am %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>waiting for sync</source>
        <translation>wartet auf Synchronisierung</translation>
    </message>
    <message>
        <source>No distribution agreement under this program yet.</source>
        <translation>Unter diesem Programm gibt es noch keine Vertriebsvereinbarung.</translation>
    </message>
    <message>
        <source>No marketplace.</source>
        <translation>Kein Marktplatz.</translation>
    </message>
    <message>
        <source>← All contracts</source>
        <translation>← Alle Verträge</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>Marktplätze</translation>
    </message>
    <message>
        <source>Open the agreement</source>
        <translation>Vereinbarung öffnen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Sent to Connect</source>
        <translation>An Connect gesendet</translation>
    </message>
    <message>
        <source>Enrollment completed</source>
        <translation>Beitritt abgeschlossen</translation>
    </message>
    <message>
        <source>Action from this app: %1</source>
        <extracomment>%1 is the action&apos;s name as Connect&apos;s API writes it (or the error Connect gave for it).</extracomment>
        <translation>Aktion aus dieser App: %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::CreateListingDialog</name>
    <message>
        <source>Submit for review now (otherwise it stays a draft)</source>
        <translation>Jetzt zur Prüfung einreichen (sonst bleibt es ein Entwurf)</translation>
    </message>
    <message>
        <source>Create listing</source>
        <translation>Listing erstellen</translation>
    </message>
    <message>
        <source>What the marketplace asks for: support contact, local contact, notes for the reviewer</source>
        <translation>Was der Marktplatz verlangt: Support-Kontakt, lokaler Kontakt, Hinweise für den Prüfer</translation>
    </message>
    <message>
        <source>You are offline: the request is saved on this computer and sent to Connect at the next sync.</source>
        <translation>Sie sind offline: Die Anfrage ist auf diesem Computer gespeichert und wird bei der nächsten Synchronisierung an Connect gesendet.</translation>
    </message>
    <message>
        <source>Create request</source>
        <translation>Anfrage erstellen</translation>
    </message>
    <message>
        <source>Product (published):</source>
        <translation>Produkt (veröffentlicht):</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marktplatz:</translation>
    </message>
    <message>
        <source>Details for the marketplace:</source>
        <translation>Angaben für den Marktplatz:</translation>
    </message>
    <message>
        <source>No published product: publish one under Inventory first.</source>
        <translation>Kein veröffentlichtes Produkt: Veröffentlichen Sie zuerst eines unter „Inventar“.</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <extracomment>%1 is a marketplace&apos;s name.</extracomment>
        <translation>%1 (nicht verfügbar)</translation>
    </message>
    <message>
        <source>Choose a marketplace to create the request.</source>
        <translation>Wählen Sie einen Marktplatz, um die Anfrage zu erstellen.</translation>
    </message>
    <message>
        <source>This product cannot be listed on any marketplace now: the reasons are under each marketplace above.</source>
        <translation>Dieses Produkt kann derzeit auf keinem Marktplatz gelistet werden: Die Gründe stehen oben unter dem jeweiligen Marktplatz.</translation>
    </message>
</context>
<context>
    <name>cv::ui::CreateUsageFileDialog</name>
    <message>
        <source>Create usage file</source>
        <translation>Nutzungsdatei erstellen</translation>
    </message>
    <message>
        <source>Usage %1</source>
        <translation>Nutzung %1</translation>
    </message>
    <message>
        <source>You are offline: the usage file is saved on this computer and created on Connect at the next sync.</source>
        <translation>Sie sind offline: Die Nutzungsdatei wird auf diesem Computer gespeichert und bei der nächsten Synchronisierung auf Connect erstellt.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>%1 (%2, contract %3)</source>
        <translation>%1 (%2, Vertrag %3)</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marktplatz:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Period (UTC):</source>
        <translation>Zeitraum (UTC):</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Download &amp;template…</source>
        <translation>&amp;Vorlage herunterladen…</translation>
    </message>
    <message>
        <source>The usage template (.xlsx) for this product and period, to fill in offline</source>
        <translation>Die Nutzungsvorlage (.xlsx) für dieses Produkt und diesen Zeitraum, offline auszufüllen</translation>
    </message>
    <message>
        <source>Save usage template</source>
        <translation>Nutzungsvorlage speichern</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>Vorlage gespeichert unter %1.</translation>
    </message>
    <message>
        <source>The template could not be made: %1</source>
        <translation>Die Vorlage konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>cv::ui::DashboardPage</name>
    <message>
        <source>Short description and detailed overview are filled in.</source>
        <translation>Kurzbeschreibung und ausführliche Übersicht sind ausgefüllt.</translation>
    </message>
    <message>
        <source>Fill in the short description and the detailed overview; add a logo.</source>
        <translation>Füllen Sie die Kurzbeschreibung und die ausführliche Übersicht aus; fügen Sie ein Logo hinzu.</translation>
    </message>
    <message>
        <source>Add at least one item (SKU) that customers can buy.</source>
        <translation>Fügen Sie mindestens einen Artikel (SKU) hinzu, den Kunden kaufen können.</translation>
    </message>
    <message>
        <source>Add at least one parameter, e.g. the administrator&apos;s email asked when ordering.</source>
        <translation>Fügen Sie mindestens einen Parameter hinzu, z. B. die E-Mail-Adresse des Administrators, die bei der Bestellung abgefragt wird.</translation>
    </message>
    <message>
        <source>The customer description or getting started text is filled in.</source>
        <translation>Die Kundenbeschreibung oder der Text „Erste Schritte“ ist ausgefüllt.</translation>
    </message>
    <message>
        <source>Describe the service and how to get started for customers; edit the templates and actions.</source>
        <translation>Beschreiben Sie den Service und die ersten Schritte für Kunden; bearbeiten Sie die Vorlagen und Aktionen.</translation>
    </message>
    <message>
        <source>A version of this product is published.</source>
        <translation>Eine Version dieses Produkts ist veröffentlicht.</translation>
    </message>
    <message>
        <source>Publish a version so it can be listed in marketplaces. Publishing needs a connection to Connect.</source>
        <translation>Veröffentlichen Sie eine Version, damit sie auf Marktplätzen gelistet werden kann. Zum Veröffentlichen ist eine Verbindung zu Connect nötig.</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Erledigt</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <extracomment>%1 is the name of a product page (&quot;Items&quot;, &quot;Parameters&quot;…).</extracomment>
        <translation>Zu %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>A preview request was run.</source>
        <translation>Eine Vorschauanfrage wurde ausgeführt.</translation>
    </message>
    <message>
        <source>Check how customers will see the product before you publish it (recommended), once the rest is done and synced.</source>
        <translation>Prüfen Sie vor dem Veröffentlichen, wie Kunden das Produkt sehen werden (empfohlen), sobald alles andere erledigt und synchronisiert ist.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n steps done. Everything is saved on this computer as you type and sent to Connect by the next sync.</source>
        <extracomment>%1 is how many of the %n steps are done.</extracomment>
        <translation>
            <numerusform>%1 von %n Schritt erledigt. Alles wird beim Tippen auf diesem Computer gespeichert und bei der nächsten Synchronisierung an Connect gesendet.</numerusform>
            <numerusform>%1 von %n Schritten erledigt. Alles wird beim Tippen auf diesem Computer gespeichert und bei der nächsten Synchronisierung an Connect gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 item defined.</source>
        <translation>1 Artikel definiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n items defined.</source>
        <translation>
            <numerusform>%n Artikel definiert.</numerusform>
            <numerusform>%n Artikel definiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 parameter defined.</source>
        <translation>1 Parameter definiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n parameters defined.</source>
        <translation>
            <numerusform>%n Parameter definiert.</numerusform>
            <numerusform>%n Parameter definiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::DocumentView</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation>Treffer %1 von %2</translation>
    </message>
    <message>
        <source>The document cannot be shown while Connect cannot be reached.</source>
        <translation>Das Dokument kann nicht angezeigt werden, solange Connect nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>The document could not be downloaded: %1</source>
        <translation>Das Dokument konnte nicht heruntergeladen werden: %1</translation>
    </message>
    <message>
        <source>This version&apos;s document is a web page of the provider:
%1</source>
        <translation>Das Dokument dieser Version ist eine Webseite des Providers:
%1</translation>
    </message>
    <message>
        <source>Open in browser…</source>
        <translation>Im Browser öffnen…</translation>
    </message>
    <message>
        <source>The PDF document could not be read (%1).</source>
        <translation>Das PDF-Dokument konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>This document (%1, %2) cannot be shown here. You can save it and open it with the program your system uses for it.</source>
        <translation>Dieses Dokument (%1, %2) kann hier nicht angezeigt werden. Sie können es speichern und mit dem Programm öffnen, das Ihr System dafür verwendet.</translation>
    </message>
    <message>
        <source>Open with system viewer…</source>
        <translation>Mit Systemanzeige öffnen…</translation>
    </message>
    <message>
        <source>Open %1 in your web browser?</source>
        <translation>%1 in Ihrem Webbrowser öffnen?</translation>
    </message>
    <message>
        <source>Save %1 and open it with your system&apos;s viewer? Files from the internet can be harmful; open it only if you trust the provider.</source>
        <translation>%1 speichern und mit der Anzeige Ihres Systems öffnen? Dateien aus dem Internet können schädlich sein; öffnen Sie sie nur, wenn Sie dem Provider vertrauen.</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <source>The document could not be saved to %1.</source>
        <translation>Das Dokument konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Search the document</source>
        <translation>Dokument durchsuchen</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
</context>
<context>
    <name>cv::ui::FirstRunPage</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Enter the API key of your Connect account (API module › Tokens in the portal).</source>
        <translation>Geben Sie den API-Schlüssel Ihres Connect-Kontos ein (Modul API › Tokens im Portal).</translation>
    </message>
    <message>
        <source>Welcome to Connect Vendor Desktop</source>
        <translation>Willkommen bei Connect Vendor Desktop</translation>
    </message>
    <message>
        <source>Add a Connect account</source>
        <translation>Connect-Konto hinzufügen</translation>
    </message>
    <message>
        <source>API &amp;endpoint:</source>
        <translation>API-&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>The key is checked with Connect and kept only in your system keychain.</source>
        <translation>Der Schlüssel wird bei Connect geprüft und nur in Ihrem System-Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>Explore offline with the sandbox</source>
        <translation>Offline mit der Sandbox erkunden</translation>
    </message>
    <message>
        <source>Try every module against a local sandbox account with demo data. No Connect account needed.</source>
        <translation>Probieren Sie jedes Modul mit einem lokalen Sandbox-Konto mit Demodaten aus. Kein Connect-Konto nötig.</translation>
    </message>
    <message>
        <source>Explore offline</source>
        <translation>Offline erkunden</translation>
    </message>
    <message>
        <source>Continue with an empty offline workspace</source>
        <translation>Mit leerem Offline-Arbeitsbereich fortfahren</translation>
    </message>
    <message>
        <source>The built-in sandbox is not available.</source>
        <translation>Die integrierte Sandbox ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Back to where you were, without adding an account (Esc)</source>
        <translation>Zurück zur vorherigen Ansicht, ohne ein Konto hinzuzufügen (Esc)</translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation>Weiteres Konto hinzufügen</translation>
    </message>
    <message>
        <source>Define products, fulfill orders and publish to marketplaces, online or offline. Everything you do is saved on this computer first and synced with Connect.</source>
        <translation>Definieren Sie Produkte, erfüllen Sie Bestellungen und veröffentlichen Sie auf Marktplätzen, online oder offline. Alles wird zuerst auf diesem Computer gespeichert und mit Connect synchronisiert.</translation>
    </message>
</context>
<context>
    <name>cv::ui::FulfillmentPage</name>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Fulfillment</translation>
    </message>
    <message>
        <source>Process the requests of your customers: approve, inquire or reject.</source>
        <translation>Bearbeiten Sie die Anfragen Ihrer Kunden: genehmigen, Rückfrage stellen oder ablehnen.</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Search by request ID, customer or product (Ctrl+F)</source>
        <translation>Nach Anfrage-ID, Kunde oder Produkt suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Any assignee</source>
        <translation>Beliebiger Bearbeiter</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>Beliebiges Produkt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>%1: any</source>
        <extracomment>A filter button: %1 is the filter&apos;s name (&quot;Type&quot;, &quot;Status&quot;, &quot;Environment&quot;).</extracomment>
        <translation>%1: beliebig</translation>
    </message>
    <message>
        <source>Sign in to an account to see its requests.</source>
        <translation>Melden Sie sich bei einem Konto an, um seine Anfragen zu sehen.</translation>
    </message>
    <message>
        <source>No requests in the local cache yet. Sync to fetch them.</source>
        <translation>Noch keine Anfragen im lokalen Cache. Synchronisieren Sie, um sie abzurufen.</translation>
    </message>
    <message>
        <source>No request matches these filters.</source>
        <translation>Keine Anfrage entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>Select pending requests to approve or reject several at once.</source>
        <translation>Wählen Sie ausstehende Anfragen aus, um mehrere gleichzeitig zu genehmigen oder abzulehnen.</translation>
    </message>
    <message>
        <source>Approved, waiting for sync</source>
        <translation>Genehmigt, wartet auf Synchronisierung</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>Auswahl genehmigen</translation>
    </message>
    <message>
        <source>Rejected, waiting for sync</source>
        <translation>Abgelehnt, wartet auf Synchronisierung</translation>
    </message>
    <message>
        <source>Reject selected</source>
        <translation>Auswahl ablehnen</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>filter: requests created between two dates</comment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Approve selected…</source>
        <translation>Ausgewählte genehmigen…</translation>
    </message>
    <message>
        <source>Reject selected…</source>
        <translation>Ausgewählte ablehnen…</translation>
    </message>
    <message>
        <source>Show only requests with the status “%1”</source>
        <extracomment>%1 is a request status as shown in the Status column (&quot;Pending&quot;, &quot;Approved&quot;…).</extracomment>
        <translation>Nur Anfragen mit dem Status „%1“ anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln selected</source>
        <translation>
            <numerusform>%1: %Ln ausgewählt</numerusform>
            <numerusform>%1: %Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>All · %1</source>
        <extracomment>The filter chip showing every request; %1 is how many there are.</extracomment>
        <translation>Alle · %1</translation>
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
            <numerusform>%Ln ausgewählt</numerusform>
            <numerusform>%Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <comment>selected requests</comment>
        <translation>
            <numerusform>%Ln ausstehend</numerusform>
            <numerusform>%Ln ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %Ln selected…</source>
        <translation>
            <numerusform>%Ln ausgewählte genehmigen…</numerusform>
            <numerusform>%Ln ausgewählte genehmigen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %Ln selected…</source>
        <translation>
            <numerusform>%Ln ausgewählte ablehnen…</numerusform>
            <numerusform>%Ln ausgewählte ablehnen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Anfragen suchen</translation>
    </message>
    <message>
        <source>Matches the request ID, the customer&apos;s name or the product&apos;s name</source>
        <translation>Durchsucht Anfrage-ID, Kundennamen und Produktnamen</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Filter nach Bearbeiter</translation>
    </message>
    <message>
        <source>Product filter</source>
        <translation>Filter nach Produkt</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Erstellt bis</translation>
    </message>
    <message>
        <source>Fulfillment requests</source>
        <translation>Fulfillment-Anfragen</translation>
    </message>
    <message>
        <source>Enter opens the request; Shift or Ctrl with the arrows selects several</source>
        <translation>Enter öffnet die Anfrage; Umschalt oder Strg mit den Pfeiltasten wählt mehrere aus</translation>
    </message>
    <message>
        <source>Loading requests: %1 of %2</source>
        <translation>Anfragen werden geladen: %1 von %2</translation>
    </message>
</context>
<context>
    <name>cv::ui::HelpSupportPage</name>
    <message>
        <source>Getting started with Connect</source>
        <translation>Erste Schritte mit Connect</translation>
    </message>
    <message>
        <source>Portals, accounts and users; the supply chain flows.</source>
        <translation>Portale, Konten und Benutzer; die Abläufe der Lieferkette.</translation>
    </message>
    <message>
        <source>Account module</source>
        <translation>Modul „Konto“</translation>
    </message>
    <message>
        <source>Account details, users and invitations (lab: Account Module).</source>
        <translation>Kontodaten, Benutzer und Einladungen (Lab: Account Module).</translation>
    </message>
    <message>
        <source>Processing fulfillment requests (tutorial)</source>
        <translation>Fulfillment-Anfragen bearbeiten (Tutorial)</translation>
    </message>
    <message>
        <source>Step by step: fill the fulfillment parameters and approve a request (lab: Fulfillment).</source>
        <translation>Schritt für Schritt: Fulfillment-Parameter ausfüllen und eine Anfrage genehmigen (Lab: Fulfillment).</translation>
    </message>
    <message>
        <source>Requests management</source>
        <translation>Anfragenverwaltung</translation>
    </message>
    <message>
        <source>Request details, approve, inquire and reject.</source>
        <translation>Anfragedetails, genehmigen, Rückfrage stellen und ablehnen.</translation>
    </message>
    <message>
        <source>Listings (video tutorial)</source>
        <translation>Listings (Video-Tutorial)</translation>
    </message>
    <message>
        <source>Listing products in a distributor&apos;s marketplaces.</source>
        <translation>Produkte auf den Marktplätzen eines Distributors listen.</translation>
    </message>
    <message>
        <source>Localization</source>
        <translation>Lokalisierung</translation>
    </message>
    <message>
        <source>Translating product content (lab: Inventory, product profile).</source>
        <translation>Produktinhalte übersetzen (Lab: Inventory, Produktprofil).</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API-Tokens</translation>
    </message>
    <message>
        <source>Tokens and their module permissions (lab: API Module).</source>
        <translation>Tokens und ihre Modulberechtigungen (Lab: API Module).</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Support cases: states, attachments, comments (lab: Help &amp; Support).</source>
        <translation>Supportfälle: Status, Anhänge, Kommentare (Lab: Help &amp; Support).</translation>
    </message>
    <message>
        <source>SDKs and developer tools</source>
        <translation>SDKs und Entwicklerwerkzeuge</translation>
    </message>
    <message>
        <source>Libraries and tools for the Connect API.</source>
        <translation>Bibliotheken und Werkzeuge für die Connect-API.</translation>
    </message>
    <message>
        <source>Connect Community (all documentation)</source>
        <translation>Connect Community (gesamte Dokumentation)</translation>
    </message>
    <message>
        <source>Every module, guide and release note.</source>
        <translation>Alle Module, Leitfäden und Versionshinweise.</translation>
    </message>
    <message>
        <source>Opens %1 in your browser</source>
        <translation>Öffnet %1 in Ihrem Browser</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Wissensdatenbank</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <source>Support cases</source>
        <translation>Supportfälle</translation>
    </message>
    <message>
        <source>Connect&apos;s documentation and tutorials, grouped by the lab&apos;s topics. Click a topic to open it in your web browser.</source>
        <translation>Dokumentation und Tutorials zu Connect, gruppiert nach den Themen des Labs. Klicken Sie auf ein Thema, um es in Ihrem Webbrowser zu öffnen.</translation>
    </message>
    <message>
        <source>Search cases by subject or ID (Ctrl+F)</source>
        <translation>Fälle nach Betreff oder ID suchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Neuer Fall</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>Fall-ID</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>(after sync)</source>
        <translation>(nach der Synchronisierung)</translation>
    </message>
    <message>
        <source>The account was closed; open it again to write the case.</source>
        <translation>Das Konto wurde geschlossen; öffnen Sie es erneut, um den Fall zu schreiben.</translation>
    </message>
    <message>
        <source>Search support cases</source>
        <translation>Supportfälle suchen</translation>
    </message>
    <message>
        <source>Matches the case&apos;s subject or ID</source>
        <translation>Durchsucht Betreff und ID des Falls</translation>
    </message>
    <message>
        <source>Case state filter</source>
        <translation>Filter nach Fallstatus</translation>
    </message>
</context>
<context>
    <name>cv::ui::InquireDialog</name>
    <message>
        <source>Inquire: ask the customer</source>
        <translation>Rückfrage: den Kunden fragen</translation>
    </message>
    <message>
        <source>(no template: the parameter messages only)</source>
        <translation>(keine Vorlage: nur die Parameternachrichten)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Aktueller Wert</translation>
    </message>
    <message>
        <source>Message for the customer</source>
        <translation>Nachricht für den Kunden</translation>
    </message>
    <message>
        <source>&amp;Inquire</source>
        <translation>&amp;Rückfrage senden</translation>
    </message>
    <message>
        <source>Inquire &amp;template:</source>
        <translation>Rückfrage&amp;vorlage:</translation>
    </message>
    <message>
        <source>Write a message next to each parameter the customer must correct:</source>
        <translation>Schreiben Sie neben jeden Parameter, den der Kunde korrigieren muss, eine Nachricht:</translation>
    </message>
    <message>
        <source>Messages per parameter</source>
        <translation>Nachrichten pro Parameter</translation>
    </message>
</context>
<context>
    <name>cv::ui::InventoryPage</name>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Create a product from a definition file exported before</source>
        <translation>Ein Produkt aus einer zuvor exportierten Definitionsdatei erstellen</translation>
    </message>
    <message>
        <source>Save the selected product&apos;s definition to a file (JSON in the Connect API shapes)</source>
        <translation>Die Definition des ausgewählten Produkts in einer Datei speichern (JSON im Format der Connect-API)</translation>
    </message>
    <message>
        <source>Create Product</source>
        <translation>Produkt erstellen</translation>
    </message>
    <message>
        <source>Name of the new product (you can change it until the product is published):</source>
        <translation>Name des neuen Produkts (Sie können ihn ändern, bis das Produkt veröffentlicht ist):</translation>
    </message>
    <message>
        <source>%1

Name of the new product:</source>
        <translation>%1

Name des neuen Produkts:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The product was not created: %1</source>
        <translation>Das Produkt wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Open an account (or the sandbox) to see its products.</source>
        <translation>Öffnen Sie ein Konto (oder die Sandbox), um seine Produkte zu sehen.</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>Kein Produkt entspricht „%1“.</translation>
    </message>
    <message>
        <source>No products yet.
Click “Create Product” to define your first one; it is saved on this computer and sent to Connect with the next sync.</source>
        <translation>Noch keine Produkte.
Klicken Sie auf „Produkt erstellen“, um Ihr erstes zu definieren; es wird auf diesem Computer gespeichert und bei der nächsten Synchronisierung an Connect gesendet.</translation>
    </message>
    <message>
        <source>Search by name or ID (Ctrl+F)</source>
        <translation>Nach Name oder ID suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Define a new product (Ctrl+N)</source>
        <translation>Neues Produkt definieren (Strg+N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Unveröffentlicht</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>No product to export.</source>
        <translation>Kein Produkt zum Exportieren.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>Es ist kein Konto geöffnet.</translation>
    </message>
    <message>
        <source>%1 is not a product definition: %2 at byte %3.</source>
        <translation>%1 ist keine Produktdefinition: %2 bei Byte %3.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Select a product to export first.</source>
        <translation>Wählen Sie zuerst ein Produkt zum Exportieren aus.</translation>
    </message>
    <message>
        <source>Export product definition</source>
        <translation>Produktdefinition exportieren</translation>
    </message>
    <message>
        <source>Product definition (*.json)</source>
        <translation>Produktdefinition (*.json)</translation>
    </message>
    <message>
        <source>Import product definition</source>
        <translation>Produktdefinition importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Produkte suchen</translation>
    </message>
    <message>
        <source>Matches the product&apos;s name or ID</source>
        <translation>Durchsucht Name und ID des Produkts</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
</context>
<context>
    <name>cv::ui::ItemDialog</name>
    <message>
        <source>Edit Item</source>
        <translation>Artikel bearbeiten</translation>
    </message>
    <message>
        <source>New Item</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>e.g. SKU Users</source>
        <translation>z. B. SKU Benutzer</translation>
    </message>
    <message>
        <source>Manufacturer part number, unique in the product</source>
        <translation>Herstellerteilenummer, eindeutig im Produkt</translation>
    </message>
    <message>
        <source>Optional: what the customer gets with this item</source>
        <translation>Optional: was der Kunde mit diesem Artikel erhält</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;MPN:</source>
        <translation>&amp;MPN:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>A quantity the customer buys in advance (licenses, users)</source>
        <translation>Eine Menge, die der Kunde im Voraus kauft (Lizenzen, Benutzer)</translation>
    </message>
    <message>
        <source>Billed from reported usage, always monthly</source>
        <translation>Abrechnung nach gemeldeter Nutzung, immer monatlich</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Billing &amp;period:</source>
        <translation>Abrechnungs&amp;zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>P&amp;recision:</source>
        <translation>&amp;Genauigkeit:</translation>
    </message>
    <message>
        <source>&amp;Commitment:</source>
        <translation>Mindest&amp;laufzeit:</translation>
    </message>
    <message>
        <source>This item is published: only its name, MPN and description can change.</source>
        <translation>Dieser Artikel ist veröffentlicht: Nur Name, MPN und Beschreibung können geändert werden.</translation>
    </message>
    <message>
        <source>Name and MPN</source>
        <translation>Name und MPN</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Artikel löschen</translation>
    </message>
    <message>
        <source>Only draft items can be deleted.</source>
        <translation>Nur Artikel im Entwurf können gelöscht werden.</translation>
    </message>
    <message>
        <source>Pay-as-you-go items have no commitment.</source>
        <translation>Nutzungsbasierte Artikel haben keine Mindestlaufzeit.</translation>
    </message>
    <message>
        <source>%1 (not allowed for this period)</source>
        <translation>%1 (für diesen Zeitraum nicht erlaubt)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ItemsPage</name>
    <message>
        <source>&amp;New Item</source>
        <translation>&amp;Neuer Artikel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>MPN</source>
        <translation>MPN</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Abrechnungszeitraum</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>The SKUs customers buy. Reservation items are bought in advance (users, licenses); pay-as-you-go items are billed monthly from reported usage.</source>
        <translation>Die SKUs, die Kunden kaufen. Reservierungsartikel werden im Voraus gekauft (Benutzer, Lizenzen); nutzungsbasierte Artikel werden monatlich nach gemeldeter Nutzung abgerechnet.</translation>
    </message>
    <message>
        <source>Add an item (Ctrl+N)</source>
        <translation>Artikel hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Filter by name or MPN</source>
        <translation>Nach Name oder MPN filtern</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add item %1</source>
        <translation>Artikel %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit item %1</source>
        <translation>Artikel %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete item %1</source>
        <translation>Artikel %1 löschen</translation>
    </message>
    <message>
        <source>Item “%1” deleted.</source>
        <translation>Artikel „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Filter items</source>
        <translation>Artikel filtern</translation>
    </message>
    <message>
        <source>Matches the item&apos;s name or MPN</source>
        <translation>Durchsucht Name und MPN des Artikels</translation>
    </message>
</context>
<context>
    <name>cv::ui::KeychainNotice</name>
    <message>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Opening the system keychain for the sandbox account&apos;s API key.</source>
        <translation>Der System-Schlüsselbund wird für den API-Schlüssel des Sandbox-Kontos geöffnet.</translation>
    </message>
    <message>
        <source>Opening the system keychain for the account&apos;s API key.</source>
        <translation>Der System-Schlüsselbund wird für den API-Schlüssel des Kontos geöffnet.</translation>
    </message>
    <message>
        <source>Opening the system keychain for the API key of %1.</source>
        <translation>Der System-Schlüsselbund wird für den API-Schlüssel von %1 geöffnet.</translation>
    </message>
    <message>
        <source>If your desktop now asks for a keyring password (or to create a keyring), that window comes from the system keychain (e.g. GNOME Keyring or KWallet), which keeps saved passwords locked; Connect Vendor Desktop never sees that password. Unlock it to keep the key there.</source>
        <translation>Wenn Ihr Desktop jetzt nach einem Schlüsselring-Passwort fragt (oder einen Schlüsselring anlegen möchte), stammt dieses Fenster vom System-Schlüsselbund (z. B. GNOME Keyring oder KWallet), der gespeicherte Passwörter verschlossen hält; Connect Vendor Desktop sieht dieses Passwort nie. Entsperren Sie ihn, um den Schlüssel dort aufzubewahren.</translation>
    </message>
    <message>
        <source>If you cancel it, the sandbox still opens, with a key kept in memory for this run.</source>
        <translation>Wenn Sie abbrechen, öffnet sich die Sandbox trotzdem, mit einem Schlüssel, der für diese Sitzung im Arbeitsspeicher gehalten wird.</translation>
    </message>
    <message>
        <source>If you cancel it, the account works offline until you unlock the keychain or enter the key.</source>
        <translation>Wenn Sie abbrechen, arbeitet das Konto offline, bis Sie den Schlüsselbund entsperren oder den Schlüssel eingeben.</translation>
    </message>
    <message>
        <source>The API key of %1 could not be read from the system keychain (%2). You can keep working offline: changes are saved on this computer. To sync, unlock your keychain (your desktop&apos;s keyring or password manager) and choose Try again, or enter the key for this run only.</source>
        <translation>Der API-Schlüssel von %1 konnte nicht aus dem System-Schlüsselbund gelesen werden (%2). Sie können offline weiterarbeiten: Änderungen werden auf diesem Computer gespeichert. Zum Synchronisieren entsperren Sie Ihren Schlüsselbund (den Schlüsselring oder Passwortmanager Ihres Desktops) und wählen „Erneut versuchen“, oder geben Sie den Schlüssel nur für diese Sitzung ein.</translation>
    </message>
    <message>
        <source>declined or not available</source>
        <translation>abgelehnt oder nicht verfügbar</translation>
    </message>
    <message>
        <source>&amp;Enter key…</source>
        <translation>Schlüssel &amp;eingeben…</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>Der System-Schlüsselbund hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s key could not be read from the system keychain (it stayed locked, or the key was never stored there).</source>
        <translation>Der Schlüssel der Sandbox konnte nicht aus dem System-Schlüsselbund gelesen werden (er blieb gesperrt, oder der Schlüssel wurde dort nie gespeichert).</translation>
    </message>
    <message>
        <source>No system keychain could be used (none available, or its prompt was canceled).</source>
        <translation>Es konnte kein System-Schlüsselbund verwendet werden (keiner verfügbar, oder seine Abfrage wurde abgebrochen).</translation>
    </message>
    <message>
        <source>The sandbox account therefore runs with a memory-only key: a local, throw-away key that opens only the sandbox on this computer. It is not stored in any keychain; the sandbox hands it over again at the next start.</source>
        <translation>Das Sandbox-Konto läuft daher mit einem Schlüssel nur im Speicher: einem lokalen Einwegschlüssel, der nur die Sandbox auf diesem Computer öffnet. Er wird in keinem Schlüsselbund gespeichert; die Sandbox übergibt ihn beim nächsten Start erneut.</translation>
    </message>
</context>
<context>
    <name>cv::ui::LandingPage</name>
    <message>
        <source>Welcome to Connect</source>
        <translation>Willkommen bei Connect</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Willkommen, %1</translation>
    </message>
    <message>
        <source>Choose a module to get started. Ctrl+1 to Ctrl+0 switch modules from anywhere.</source>
        <translation>Wählen Sie ein Modul, um zu beginnen. Mit Strg+1 bis Strg+0 wechseln Sie von überall zwischen den Modulen.</translation>
    </message>
</context>
<context>
    <name>cv::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The language of the interface</source>
        <translation>Die Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
</context>
<context>
    <name>cv::ui::LinkListEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten verschieben</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Neuer Link</translation>
    </message>
</context>
<context>
    <name>cv::ui::ListingRequestPage</name>
    <message>
        <source>Request:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message>
        <source>%1 (not confirmed by Connect yet)</source>
        <extracomment>%1 is the listing request&apos;s state (&quot;In review&quot;…).</extracomment>
        <translation>%1 (noch nicht von Connect bestätigt)</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marktplatz:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Vertrag:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Saved; it is sent to Connect with the next sync.</source>
        <translation>Gespeichert; wird mit der nächsten Synchronisierung an Connect gesendet.</translation>
    </message>
    <message>
        <source>You are offline: this request is saved on this computer and sent to Connect at the next sync.</source>
        <translation>Sie sind offline: Diese Anfrage ist auf diesem Computer gespeichert und wird bei der nächsten Synchronisierung an Connect gesendet.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s provider reviews the request; its state follows the provider&apos;s decision at each sync.</source>
        <translation>Der Provider des Marktplatzes prüft die Anfrage; ihr Status folgt bei jeder Synchronisierung der Entscheidung des Providers.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Anfrage stornieren</translation>
    </message>
    <message>
        <source>Cancel this listing request?</source>
        <translation>Diese Listing-Anfrage stornieren?</translation>
    </message>
    <message>
        <source>Listing request</source>
        <translation>Listing-Anfrage</translation>
    </message>
    <message>
        <source>← All listing requests</source>
        <translation>← Alle Listing-Anfragen</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Zurück zum Entwurf</translation>
    </message>
    <message>
        <source>Cancel request…</source>
        <translation>Anfrage stornieren…</translation>
    </message>
    <message>
        <source>New listing request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Neue Listing-Anfrage für %1</translation>
    </message>
    <message>
        <source>Update request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Aktualisierungsanfrage für %1</translation>
    </message>
    <message>
        <source>Removal request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Entfernungsanfrage für %1</translation>
    </message>
    <message>
        <source>Listing request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Listing-Anfrage für %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::ListingsPage</name>
    <message>
        <source>Request removal</source>
        <translation>Entfernung anfordern</translation>
    </message>
    <message>
        <source>Request update</source>
        <translation>Aktualisierung anfordern</translation>
    </message>
    <message>
        <source>Ask the provider to remove listing %1 from its marketplace. Reason (optional):</source>
        <translation>Den Provider bitten, Listing %1 von seinem Marktplatz zu entfernen. Grund (optional):</translation>
    </message>
    <message>
        <source>Ask the provider to update listing %1 to the product&apos;s latest version. Note (optional):</source>
        <translation>Den Provider bitten, Listing %1 auf die neueste Version des Produkts zu aktualisieren. Notiz (optional):</translation>
    </message>
    <message>
        <source>Listing request</source>
        <translation>Listing-Anfrage</translation>
    </message>
    <message>
        <source>Create listing…</source>
        <translation>Listing erstellen…</translation>
    </message>
    <message>
        <source>Request update…</source>
        <translation>Aktualisierung anfordern…</translation>
    </message>
    <message>
        <source>Request removal…</source>
        <translation>Entfernung anfordern…</translation>
    </message>
    <message>
        <source>Select a listed product to ask the provider to update it to its latest version.</source>
        <translation>Wählen Sie ein gelistetes Produkt, um den Provider zu bitten, es auf die neueste Version zu aktualisieren.</translation>
    </message>
    <message>
        <source>Select a listed product to ask the provider to remove it from the marketplace.</source>
        <translation>Wählen Sie ein gelistetes Produkt, um den Provider zu bitten, es vom Marktplatz zu entfernen.</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Products × marketplaces</source>
        <translation>Produkte × Marktplätze</translation>
    </message>
    <message>
        <source>Where each published product is listed. Green: listed; yellow: a request is pending; grey: can be listed; red: not allowed (no active distribution contract).</source>
        <translation>Wo jedes veröffentlichte Produkt gelistet ist. Grün: gelistet; Gelb: eine Anfrage ist ausstehend; Grau: kann gelistet werden; Rot: nicht erlaubt (kein aktiver Vertriebsvertrag).</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Beliebiger Typ</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Pending request</source>
        <translation>Ausstehende Anfrage</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Search by product, marketplace or ID</source>
        <translation>Nach Produkt, Marktplatz oder ID suchen</translation>
    </message>
    <message>
        <source>Search listings</source>
        <translation>Listings suchen</translation>
    </message>
    <message>
        <source>Matches the product, the marketplace or the ID</source>
        <translation>Durchsucht Produkt, Marktplatz und ID</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>Listing-Anfragen</translation>
    </message>
    <message>
        <source>Products by marketplace</source>
        <translation>Produkte nach Marktplatz</translation>
    </message>
    <message>
        <source>Listing status filter</source>
        <translation>Filter nach Listing-Status</translation>
    </message>
    <message>
        <source>Request state filter</source>
        <translation>Filter nach Anfragestatus</translation>
    </message>
    <message>
        <source>Request type filter</source>
        <translation>Filter nach Anfragetyp</translation>
    </message>
</context>
<context>
    <name>cv::ui::LocalContentPage</name>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Diese Adresse in Ihrem Webbrowser öffnen?

%1</translation>
    </message>
</context>
<context>
    <name>cv::ui::LocalizationTab</name>
    <message>
        <source>Download .po</source>
        <translation>.po herunterladen</translation>
    </message>
    <message>
        <source>Gettext catalogs (*.po)</source>
        <translation>Gettext-Kataloge (*.po)</translation>
    </message>
    <message>
        <source>Download .ts</source>
        <translation>.ts herunterladen</translation>
    </message>
    <message>
        <source>Qt Linguist files (*.ts)</source>
        <translation>Qt-Linguist-Dateien (*.ts)</translation>
    </message>
    <message>
        <source>Upload translations</source>
        <translation>Übersetzungen hochladen</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <source>Detailed description</source>
        <translation>Ausführliche Beschreibung</translation>
    </message>
    <message>
        <source>Service description</source>
        <translation>Servicebeschreibung</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Provisioning message</source>
        <translation>Bereitstellungsnachricht</translation>
    </message>
    <message>
        <source>Download link title</source>
        <translation>Titel des Download-Links</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Dokumenttitel</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Artikelname</translation>
    </message>
    <message>
        <source>Item description</source>
        <translation>Artikelbeschreibung</translation>
    </message>
    <message>
        <source>Parameter title</source>
        <translation>Parametertitel</translation>
    </message>
    <message>
        <source>Parameter description</source>
        <translation>Parameterbeschreibung</translation>
    </message>
    <message>
        <source>Parameter hint</source>
        <translation>Parameterhinweis</translation>
    </message>
    <message>
        <source>Parameter placeholder</source>
        <translation>Parameter-Platzhalter</translation>
    </message>
    <message>
        <source>Choice label</source>
        <translation>Beschriftung der Auswahl</translation>
    </message>
    <message>
        <source>Template title</source>
        <translation>Vorlagentitel</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>Vorlagentext</translation>
    </message>
    <message>
        <source>Action title</source>
        <translation>Aktionstitel</translation>
    </message>
    <message>
        <source>Action description</source>
        <translation>Aktionsbeschreibung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Translate what customers see of this product. Edits are saved at once and sent with the next sync; translators can work on a .po (gettext) or .ts (Qt Linguist) file.</source>
        <translation>Übersetzen Sie, was Kunden von diesem Produkt sehen. Änderungen werden sofort gespeichert und mit der nächsten Synchronisierung gesendet; Übersetzer können mit einer .po-Datei (gettext) oder .ts-Datei (Qt Linguist) arbeiten.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Search fields and texts</source>
        <translation>Felder und Texte suchen</translation>
    </message>
    <message>
        <source>&amp;Untranslated first</source>
        <translation>&amp;Unübersetzte zuerst</translation>
    </message>
    <message>
        <source>Source (English)</source>
        <translation>Quelle (Englisch)</translation>
    </message>
    <message>
        <source>&amp;Download .po</source>
        <translation>.po &amp;herunterladen</translation>
    </message>
    <message>
        <source>Download .&amp;ts</source>
        <translation>.&amp;ts herunterladen</translation>
    </message>
    <message>
        <source>This product was created on this computer: it can be translated once it has reached Connect (after the next sync).</source>
        <translation>Dieses Produkt wurde auf diesem Computer erstellt: Es kann übersetzt werden, sobald es Connect erreicht hat (nach der nächsten Synchronisierung).</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>(not translated)</source>
        <translation>(nicht übersetzt)</translation>
    </message>
    <message>
        <source>Not translated: customers see the English text.</source>
        <translation>Nicht übersetzt: Kunden sehen den englischen Text.</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Placeholders and links match the source.</source>
        <translation>Platzhalter und Links stimmen mit der Quelle überein.</translation>
    </message>
    <message>
        <source>missing placeholder %1</source>
        <translation>Platzhalter %1 fehlt</translation>
    </message>
    <message>
        <source>missing link target %1</source>
        <translation>Linkziel %1 fehlt</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the file has %2 MB; files of more than %3 MB are refused.</source>
        <translation>%1: Die Datei hat %2 MB; Dateien über %3 MB werden abgelehnt.</translation>
    </message>
    <message>
        <source>Nothing was applied. Problems in %1:</source>
        <translation>Nichts wurde übernommen. Probleme in %1:</translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>Nichts wurde übernommen: %1</translation>
    </message>
    <message>
        <source>%1: %2 translations applied; %3 outdated ones left out. They are sent with the next sync.</source>
        <translation>%1: %2 Übersetzungen übernommen; %3 veraltete ausgelassen. Sie werden mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>%1: %2 translations applied. They are sent with the next sync.</source>
        <translation>%1: %2 Übersetzungen übernommen. Sie werden mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>U&amp;pload .po…</source>
        <translation>.po hoch&amp;laden…</translation>
    </message>
    <message>
        <source>Upload .ts…</source>
        <translation>.ts hochladen…</translation>
    </message>
    <message>
        <source>Add a language…</source>
        <translation>Sprache hinzufügen…</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Nothing to apply: every translation in %1 is already there.</source>
        <translation>Nichts anzuwenden: Jede Übersetzung in %1 ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Upload of %1 canceled; nothing was applied.</source>
        <translation>Hochladen von %1 abgebrochen; es wurde nichts angewendet.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>Hinzuzufügende Sprache</translation>
    </message>
    <message>
        <source>Texts and their translations</source>
        <translation>Texte und ihre Übersetzungen</translation>
    </message>
    <message>
        <source>1 text written to %1.</source>
        <translation>1 Text in %1 geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n texts written to %1.</source>
        <translation>
            <numerusform>%n Text in %1 geschrieben.</numerusform>
            <numerusform>%n Texte in %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::MainWindow</name>
    <message>
        <source>Add a Connect account</source>
        <translation>Connect-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Offline workspace</source>
        <translation>Offline-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Connect Vendor Desktop</source>
        <translation>Connect Vendor Desktop</translation>
    </message>
    <message>
        <source>Sandbox on this computer (%1)</source>
        <translation>Sandbox auf diesem Computer (%1)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Offline workspace: no account</source>
        <translation>Offline-Arbeitsbereich: kein Konto</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Nothing to sync</source>
        <translation>Nichts zu synchronisieren</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Send local changes and fetch what changed (F5)</source>
        <translation>Lokale Änderungen senden und Neues abrufen (F5)</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>No key for %1 could be read from the system keychain (%2).
Enter the key to use it for this run only; it is not saved.</source>
        <translation>Für %1 konnte kein Schlüssel aus dem System-Schlüsselbund gelesen werden (%2).
Geben Sie den Schlüssel ein, um ihn nur für diese Sitzung zu verwenden; er wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>No system keychain</source>
        <translation>Kein System-Schlüsselbund</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of %1? Its API key is removed from this computer&apos;s keychain.</source>
        <translation>Von %1 abmelden? Der API-Schlüssel wird aus dem Schlüsselbund dieses Computers entfernt.</translation>
    </message>
    <message>
        <source>The offline data of the account can stay for when you sign in again, or be deleted now. Changes not yet sent are lost if you delete it.</source>
        <translation>Die Offline-Daten des Kontos können für die nächste Anmeldung erhalten bleiben oder jetzt gelöscht werden. Noch nicht gesendete Änderungen gehen beim Löschen verloren.</translation>
    </message>
    <message>
        <source>Sign out and delete offline data</source>
        <translation>Abmelden und Offline-Daten löschen</translation>
    </message>
    <message>
        <source>The system keychain could not store the API key (%1).

Keep the key in memory for this run only? You will need to enter it again next time; to keep it, unlock or set up your desktop&apos;s keyring and add the account again.</source>
        <translation>Der System-Schlüsselbund konnte den API-Schlüssel nicht speichern (%1).

Den Schlüssel nur für diese Sitzung im Arbeitsspeicher behalten? Sie müssen ihn beim nächsten Mal erneut eingeben; um ihn dauerhaft zu speichern, entsperren oder richten Sie den Schlüsselring Ihres Desktops ein und fügen Sie das Konto erneut hinzu.</translation>
    </message>
    <message>
        <source>access declined</source>
        <translation>Zugriff abgelehnt</translation>
    </message>
    <message>
        <source>Notifications: the emails Connect sent you (Ctrl+Shift+N)</source>
        <translation>Benachrichtigungen: die E-Mails, die Connect Ihnen gesendet hat (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Theme, sync, proxy, notifications and offline data (Ctrl+,)</source>
        <translation>Design, Synchronisierung, Proxy, Benachrichtigungen und Offline-Daten (Strg+,)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ModuleNavigator</name>
    <message>
        <source>Switch module (Ctrl+1 to Ctrl+0)</source>
        <translation>Modul wechseln (Strg+1 bis Strg+0)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ModulePage</name>
    <message>
        <source>The %1 screens are not built yet in this version of Connect Vendor Desktop.
The module&apos;s data is already synced with Connect and kept on this computer for them.</source>
        <translation>Die Ansichten für %1 sind in dieser Version von Connect Vendor Desktop noch nicht umgesetzt.
Die Daten des Moduls werden bereits mit Connect synchronisiert und für sie auf diesem Computer gespeichert.</translation>
    </message>
</context>
<context>
    <name>cv::ui::NewCaseDialog</name>
    <message>
        <source>Re&amp;move file</source>
        <translation>Datei ent&amp;fernen</translation>
    </message>
    <message>
        <source>New support case</source>
        <translation>Neuer Supportfall</translation>
    </message>
    <message>
        <source>What is the problem, in one line</source>
        <translation>Worum geht es, in einer Zeile</translation>
    </message>
    <message>
        <source>What happened, what you expected, and the IDs involved (product, request)</source>
        <translation>Was passiert ist, was Sie erwartet haben, und die betroffenen IDs (Produkt, Anfrage)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Logs or screenshots, up to %1 each.</source>
        <translation>Protokolle oder Screenshots, jeweils bis zu %1.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Be&amp;schreibung:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>&amp;Anhänge:</translation>
    </message>
    <message>
        <source>The case is saved on this computer at once and sent to Connect on the next sync.</source>
        <translation>Der Fall wird sofort auf diesem Computer gespeichert und bei der nächsten Synchronisierung an Connect gesendet.</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Fall &amp;eröffnen</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>&amp;Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Discard this case?</source>
        <translation>Diesen Fall verwerfen?</translation>
    </message>
    <message>
        <source>The subject, description and files you entered are not kept.</source>
        <translation>Betreff, Beschreibung und Dateien, die Sie eingegeben haben, werden nicht behalten.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>cv::ui::NotificationsPanel</name>
    <message>
        <source>Notifications are read from Connect: they show when the app is online.</source>
        <translation>Benachrichtigungen werden von Connect gelesen: Sie erscheinen, wenn die App online ist.</translation>
    </message>
    <message>
        <source>The notifications could not be loaded: %1</source>
        <translation>Die Benachrichtigungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Noch keine Benachrichtigungen.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>To the customer, %1 · %2</source>
        <translation>An den Kunden, %1 · %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Show the request this email is about in Fulfillment</source>
        <translation>Die Anfrage, um die es in dieser E-Mail geht, im Fulfillment anzeigen</translation>
    </message>
    <message>
        <source>1 notification</source>
        <translation>1 Benachrichtigung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln notifications</source>
        <translation>
            <numerusform>%Ln Benachrichtigung</numerusform>
            <numerusform>%Ln Benachrichtigungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::ParameterDialog</name>
    <message>
        <source>Required: the customer must fill it in</source>
        <translation>Erforderlich: Der Kunde muss es ausfüllen</translation>
    </message>
    <message>
        <source>Unique: no two subscriptions may share a value</source>
        <translation>Eindeutig: Keine zwei Abonnements dürfen denselben Wert haben</translation>
    </message>
    <message>
        <source>Hidden: not shown to the customer</source>
        <translation>Versteckt: wird dem Kunden nicht angezeigt</translation>
    </message>
    <message>
        <source>Edit Parameter</source>
        <translation>Parameter bearbeiten</translation>
    </message>
    <message>
        <source>Add Parameter</source>
        <translation>Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Used in requests and templates as {{ id }}. Letters, digits, &quot;_&quot; and &quot;-&quot; only.</source>
        <translation>Wird in Anfragen und Vorlagen als {{ id }} verwendet. Nur Buchstaben, Ziffern, „_“ und „-“.</translation>
    </message>
    <message>
        <source>e.g. Administrator email</source>
        <translation>z. B. E-Mail des Administrators</translation>
    </message>
    <message>
        <source>Help text shown under the field</source>
        <translation>Hilfetext unter dem Feld</translation>
    </message>
    <message>
        <source>Asked from the customer when ordering</source>
        <translation>Wird bei der Bestellung vom Kunden abgefragt</translation>
    </message>
    <message>
        <source>Filled in by the vendor while fulfilling the request</source>
        <translation>Wird vom Anbieter bei der Bearbeitung der Anfrage ausgefüllt</translation>
    </message>
    <message>
        <source>Set by the vendor or provider per product, item or marketplace</source>
        <translation>Wird vom Anbieter oder Provider pro Produkt, Artikel oder Marktplatz festgelegt</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Geltungsbereich:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Choices:</source>
        <translation>Auswahlmöglichkeiten:</translation>
    </message>
    <message>
        <source>Constraints:</source>
        <translation>Einschränkungen:</translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation>Sichtbarkeit:</translation>
    </message>
    <message>
        <source>Type, phase and scope are fixed once the parameter exists.</source>
        <translation>Typ, Phase und Geltungsbereich sind festgelegt, sobald der Parameter existiert.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Type and constraints</source>
        <translation>Typ und Einschränkungen</translation>
    </message>
    <message>
        <source>Delete parameter</source>
        <translation>Parameter löschen</translation>
    </message>
    <message>
        <source>title: Give the parameter a title.</source>
        <translation>title: Geben Sie dem Parameter einen Titel.</translation>
    </message>
    <message>
        <source>name: Complete the ID after the &quot;param_&quot; prefix.</source>
        <translation>name: Vervollständigen Sie die ID nach dem Präfix „param_“.</translation>
    </message>
    <message>
        <source>Type, phase and scope are fixed once the parameter exists: to change them, add a new parameter and delete this one.</source>
        <translation>Typ, Phase und Bereich stehen fest, sobald der Parameter existiert: Um sie zu ändern, fügen Sie einen neuen Parameter hinzu und löschen Sie diesen.</translation>
    </message>
</context>
<context>
    <name>cv::ui::ParametersPage</name>
    <message>
        <source>&amp;Add Parameter</source>
        <translation>Parameter &amp;hinzufügen</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Ordering parameters are asked from the customer; fulfillment parameters are filled in by you while processing the request. Use an ID in templates as {{ id }}.</source>
        <translation>Bestellparameter werden vom Kunden abgefragt; Fulfillment-Parameter füllen Sie bei der Bearbeitung der Anfrage aus. Verwenden Sie eine ID in Vorlagen als {{ id }}.</translation>
    </message>
    <message>
        <source>Add a parameter (Ctrl+N)</source>
        <translation>Parameter hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Filter by ID</source>
        <translation>Nach ID filtern</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <source>&amp;Capabilities</source>
        <translation>&amp;Funktionen</translation>
    </message>
    <message>
        <source>Add parameter %1</source>
        <translation>Parameter %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit parameter %1</source>
        <translation>Parameter %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete parameter %1</source>
        <translation>Parameter %1 löschen</translation>
    </message>
    <message>
        <source>Parameter “%1” deleted.</source>
        <translation>Parameter „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Filter parameters</source>
        <translation>Parameter filtern</translation>
    </message>
    <message>
        <source>Matches the parameter&apos;s ID</source>
        <translation>Durchsucht die ID des Parameters</translation>
    </message>
</context>
<context>
    <name>cv::ui::PreviewPage</name>
    <message>
        <source>Previews run in Connect: open an account first.</source>
        <translation>Vorschauen laufen in Connect: Öffnen Sie zuerst ein Konto.</translation>
    </message>
    <message>
        <source>Previews run in Connect, so they need a connection: this works again once the app is online and synced.</source>
        <translation>Vorschauen laufen in Connect und benötigen daher eine Verbindung: Dies funktioniert wieder, sobald die App online und synchronisiert ist.</translation>
    </message>
    <message>
        <source>This product has not reached Connect yet: sync first, then start the preview.</source>
        <translation>Dieses Produkt hat Connect noch nicht erreicht: Synchronisieren Sie zuerst und starten Sie dann die Vorschau.</translation>
    </message>
    <message>
        <source>Add at least one item to the product before previewing it.</source>
        <translation>Fügen Sie dem Produkt mindestens einen Artikel hinzu, bevor Sie die Vorschau anzeigen.</translation>
    </message>
    <message>
        <source>The preview could not start: %1</source>
        <translation>Die Vorschau konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The account was closed.</source>
        <translation>Das Konto wurde geschlossen.</translation>
    </message>
    <message>
        <source>The preview status could not be read: %1</source>
        <translation>Der Vorschaustatus konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Asset %1 is ready for %2. &lt;a href=&quot;request:%3&quot;&gt;Manual processing is required for the purchase request %3: open it in Fulfillment&lt;/a&gt;</source>
        <translation>Asset %1 ist für %2 bereit. &lt;a href=&quot;request:%3&quot;&gt;Für die Kaufanfrage %3 ist eine manuelle Bearbeitung nötig: Öffnen Sie sie im Fulfillment&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Simulate how the product is ordered, fulfilled and seen by the customer. Connect creates a customer and a reseller account, a subscription and a purchase request on the preview connection. Keep the generated details, or turn on Customize to edit them.</source>
        <translation>Simulieren Sie, wie das Produkt bestellt, ausgeführt und vom Kunden gesehen wird. Connect erstellt auf der Vorschauverbindung ein Kunden- und ein Reseller-Konto, ein Abonnement und eine Kaufanfrage. Behalten Sie die erzeugten Angaben oder aktivieren Sie „Anpassen“, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Kontodaten</translation>
    </message>
    <message>
        <source>C&amp;ustomize account details</source>
        <translation>Kontodaten an&amp;passen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Reseller (tier 1)</source>
        <translation>Reseller (Tier 1)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Contact first name</source>
        <translation>Vorname des Kontakts</translation>
    </message>
    <message>
        <source>Contact last name</source>
        <translation>Nachname des Kontakts</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Asset details</source>
        <translation>Asset-Details</translation>
    </message>
    <message>
        <source>Customize &amp;asset details</source>
        <translation>&amp;Asset-Details anpassen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ordering parameters:&lt;/b&gt; none</source>
        <translation>&lt;b&gt;Bestellparameter:&lt;/b&gt; keine</translation>
    </message>
    <message>
        <source>&lt;b&gt;Item quantities&lt;/b&gt;</source>
        <translation>&lt;b&gt;Artikelmengen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Start Preview</source>
        <translation>Vorschau &amp;starten</translation>
    </message>
    <message>
        <source>Start the simulation in the preview environment (Ctrl+Return)</source>
        <translation>Die Simulation in der Vorschauumgebung starten (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview status&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vorschaustatus&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ordering parameters&lt;/b&gt;&lt;br&gt;Example values, as a customer would enter them. Leave a required one (*) empty to preview an order that waits for the customer: the request is Inquiring and you fill the value in on the customer&apos;s behalf, as in the lab.</source>
        <translation>&lt;b&gt;Bestellparameter&lt;/b&gt;&lt;br&gt;Beispielwerte, wie ein Kunde sie eingeben würde. Lassen Sie einen erforderlichen (*) leer, um eine Bestellung in der Vorschau zu sehen, die auf den Kunden wartet: Die Anfrage hat den Status „Rückfrage“, und Sie tragen den Wert im Namen des Kunden ein, wie im Lab.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <source>in progress…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last preview&lt;/b&gt; (%1): </source>
        <extracomment>Before the result of a preview started earlier (not on this page now); %1 is its date.</extracomment>
        <translation>&lt;b&gt;Letzte Vorschau&lt;/b&gt; (%1): </translation>
    </message>
    <message>
        <source>&lt;b&gt;The preview is ready.&lt;/b&gt; Purchase request %1 was approved and asset %2 is active for %3. Sign in to the customer panel to see the product as the customer does.</source>
        <translation>&lt;b&gt;Die Vorschau ist bereit.&lt;/b&gt; Kaufanfrage %1 wurde genehmigt und Asset %2 ist für %3 aktiv. Melden Sie sich im Kundenportal an, um das Produkt so zu sehen wie der Kunde.</translation>
    </message>
    <message>
        <source>Purchase request %1 is approved on this computer. The preview is ready once the approval has reached Connect: sync (F5).</source>
        <translation>Kaufanfrage %1 ist auf diesem Computer genehmigt. Die Vorschau ist bereit, sobald die Genehmigung Connect erreicht hat: synchronisieren (F5).</translation>
    </message>
    <message>
        <source>Purchase request %1 was rejected, so this preview ends without a subscription. Start Preview again for a new one.</source>
        <translation>Kaufanfrage %1 wurde abgelehnt, daher endet diese Vorschau ohne Abonnement. Starten Sie die Vorschau erneut für eine neue.</translation>
    </message>
    <message>
        <source>Open %1 in Fulfillment</source>
        <extracomment>%1 is a request ID.</extracomment>
        <translation>%1 in Fulfillment öffnen</translation>
    </message>
    <message>
        <source>Sign in to the customer &amp;panel</source>
        <translation>Im Kunden&amp;portal anmelden</translation>
    </message>
    <message>
        <source>See the product as the customer sees it in the customer control panel (CCP; needs a connection)</source>
        <translation>Das Produkt so sehen, wie der Kunde es im Kundenportal (CCP) sieht (benötigt eine Verbindung)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ProductListDelegate</name>
    <message>
        <source>%1 · not synced</source>
        <translation>%1 · nicht synchronisiert</translation>
    </message>
    <message>
        <source>(assigned at the next sync)</source>
        <translation>(wird bei der nächsten Synchronisierung vergeben)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ProductPage</name>
    <message>
        <source>New product (its ID comes with the next sync)</source>
        <translation>Neues Produkt (seine ID kommt mit der nächsten Synchronisierung)</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Unveröffentlicht</translation>
    </message>
    <message>
        <source>● Changes saved on this computer, not synced yet</source>
        <translation>● Änderungen auf diesem Computer gespeichert, noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>The next sync sends these changes to Connect (F5 syncs now).</source>
        <translation>Die nächste Synchronisierung sendet diese Änderungen an Connect (F5 synchronisiert sofort).</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>UI</source>
        <translation>UI</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Back to all products (Alt+Left)</source>
        <translation>Zurück zu allen Produkten (Alt+Links)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+%1</source>
        <translation>Strg+Alt+%1</translation>
    </message>
    <message>
        <source>The %1 page of the product comes here.</source>
        <translation>Die Seite „%1“ des Produkts erscheint hier.</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>product page: the items (SKUs) the product sells</comment>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Preview</source>
        <comment>product page: try the product as a customer</comment>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>← All products</source>
        <translation>← Alle Produkte</translation>
    </message>
    <message>
        <source>Product pages</source>
        <translation>Produktseiten</translation>
    </message>
</context>
<context>
    <name>cv::ui::ProfilePage</name>
    <message>
        <source>Assigned by Connect at the next sync</source>
        <translation>Wird bei der nächsten Synchronisierung von Connect vergeben</translation>
    </message>
    <message>
        <source>Changes are saved as you type.</source>
        <translation>Änderungen werden beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>Saved on this computer; sent with the next sync.</source>
        <translation>Auf diesem Computer gespeichert; wird mit der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <source>This change was not saved: %1</source>
        <translation>Diese Änderung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation>Gesperrt: %1</translation>
    </message>
    <message>
        <source>No logo.
Drop a PNG or JPEG here.</source>
        <translation>Kein Logo.
Legen Sie hier ein PNG oder JPEG ab.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Logo saved on this computer; uploaded with the next sync.</source>
        <translation>Logo auf diesem Computer gespeichert; wird mit der nächsten Synchronisierung hochgeladen.</translation>
    </message>
    <message>
        <source>Choose the product logo</source>
        <translation>Produktlogo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>&amp;Logo auswählen…</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB; a square image of at least 120 × 120 pixels looks best. You can also drop a file on the logo.</source>
        <translation>PNG oder JPEG, höchstens 1 MB; am besten wirkt ein quadratisches Bild mit mindestens 120 × 120 Pixeln. Sie können eine Datei auch auf dem Logo ablegen.</translation>
    </message>
    <message>
        <source>&amp;Short description</source>
        <translation>&amp;Kurzbeschreibung</translation>
    </message>
    <message>
        <source>One or two sentences shown in catalogs and search results.</source>
        <translation>Ein oder zwei Sätze, die in Katalogen und Suchergebnissen angezeigt werden.</translation>
    </message>
    <message>
        <source>&amp;Detailed overview</source>
        <translation>&amp;Ausführliche Übersicht</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, # headings, lists, tables and links. The preview on the right shows it as customers will see it.</source>
        <translation>Markdown: **fett**, *kursiv*, # Überschriften, Listen, Tabellen und Links. Die Vorschau rechts zeigt es so, wie Kunden es sehen werden.</translation>
    </message>
    <message>
        <source>What the product does, who it is for, what is included…</source>
        <translation>Was das Produkt leistet, für wen es gedacht ist, was enthalten ist…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <source>Detailed overview</source>
        <translation>Ausführliche Übersicht</translation>
    </message>
    <message>
        <source>“%1” was changed meanwhile (a sync or a conflict decision) while you were typing in it; your text is not saved yet. &lt;a href=&quot;theirs:%2&quot;&gt;Use the new text&lt;/a&gt; · &lt;a href=&quot;mine:%2&quot;&gt;Keep mine&lt;/a&gt;</source>
        <translation>„%1“ wurde zwischenzeitlich geändert (durch eine Synchronisierung oder eine Konfliktentscheidung), während Sie darin getippt haben; Ihr Text ist noch nicht gespeichert. &lt;a href=&quot;theirs:%2&quot;&gt;Neuen Text verwenden&lt;/a&gt; · &lt;a href=&quot;mine:%2&quot;&gt;Meinen behalten&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Logo stored on Connect (shown when online).
Drop an image here to replace it.</source>
        <translation>Logo auf Connect gespeichert (wird online angezeigt).
Legen Sie hier ein Bild ab, um es zu ersetzen.</translation>
    </message>
    <message numerus="yes">
        <source>The short description is limited to %n characters; shorten it to save it.</source>
        <translation>
            <numerusform>Die Kurzbeschreibung ist auf %n Zeichen begrenzt; kürzen Sie sie, um sie zu speichern.</numerusform>
            <numerusform>Die Kurzbeschreibung ist auf %n Zeichen begrenzt; kürzen Sie sie, um sie zu speichern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::PublishPage</name>
    <message>
        <source>Publishing needs a connection to Connect. The checklist and the changes are shown from this computer.</source>
        <translation>Zum Veröffentlichen ist eine Verbindung zu Connect nötig. Die Checkliste und die Änderungen werden von diesem Computer angezeigt.</translation>
    </message>
    <message>
        <source>Complete the required steps (marked ✗) to publish.</source>
        <translation>Erledigen Sie die erforderlichen Schritte (mit ✗ markiert), um zu veröffentlichen.</translation>
    </message>
    <message>
        <source>Profile: short and detailed descriptions are filled in</source>
        <translation>Profil: Kurz- und ausführliche Beschreibung sind ausgefüllt</translation>
    </message>
    <message>
        <source>Items: at least one item is defined</source>
        <translation>Artikel: mindestens ein Artikel ist definiert</translation>
    </message>
    <message>
        <source>Items: add at least one item (required)</source>
        <translation>Artikel: mindestens einen Artikel hinzufügen (erforderlich)</translation>
    </message>
    <message>
        <source>Parameters: defined</source>
        <translation>Parameter: definiert</translation>
    </message>
    <message>
        <source>Parameters: none defined yet</source>
        <translation>Parameter: noch keine definiert</translation>
    </message>
    <message>
        <source>Templates: the activation template uses only known parameters</source>
        <translation>Vorlagen: Die Aktivierungsvorlage verwendet nur bekannte Parameter</translation>
    </message>
    <message>
        <source>Templates: there is no activation (asset fulfillment) template</source>
        <translation>Vorlagen: Es gibt keine Aktivierungsvorlage (Asset-Fulfillment)</translation>
    </message>
    <message>
        <source>Preview: a preview request was run</source>
        <translation>Vorschau: Eine Vorschauanfrage wurde ausgeführt</translation>
    </message>
    <message>
        <source>Preview: not run yet (recommended)</source>
        <translation>Vorschau: noch nicht ausgeführt (empfohlen)</translation>
    </message>
    <message>
        <source>Synced: Connect has every change of the product</source>
        <translation>Synchronisiert: Connect hat jede Änderung des Produkts</translation>
    </message>
    <message>
        <source>Synced: changes wait on this computer; sync first (F5) (required)</source>
        <translation>Synchronisiert: Änderungen warten auf diesem Computer; synchronisieren Sie zuerst (F5) (erforderlich)</translation>
    </message>
    <message>
        <source>• The product name cannot be changed after the first version is published.
• Published items cannot be removed, and only their name, MPN and description can be edited.</source>
        <translation>• Der Produktname kann nach der Veröffentlichung der ersten Version nicht mehr geändert werden.
• Veröffentlichte Artikel können nicht entfernt werden, und nur ihr Name, ihre MPN und ihre Beschreibung können bearbeitet werden.</translation>
    </message>
    <message>
        <source>Changes since the last published version (loading…)</source>
        <translation>Änderungen seit der letzten veröffentlichten Version (wird geladen…)</translation>
    </message>
    <message>
        <source>Changes: first version (compared with nothing)</source>
        <translation>Änderungen: erste Version (mit nichts verglichen)</translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <translation>Änderungen seit Version %1</translation>
    </message>
    <message>
        <source>General attributes</source>
        <translation>Allgemeine Attribute</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <source>Detailed description</source>
        <translation>Ausführliche Beschreibung</translation>
    </message>
    <message>
        <source>Customer UI settings</source>
        <translation>Einstellungen der Kunden-UI</translation>
    </message>
    <message>
        <source>versioned (takes effect when published)</source>
        <translation>versioniert (wirksam bei Veröffentlichung)</translation>
    </message>
    <message>
        <source>live at once (not versioned)</source>
        <translation>sofort wirksam (nicht versioniert)</translation>
    </message>
    <message>
        <source>No changes since version %1</source>
        <translation>Keine Änderungen seit Version %1</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish a new version of “%1”?</source>
        <translation>Eine neue Version von „%1“ veröffentlichen?</translation>
    </message>
    <message>
        <source>Publishing failed: %1</source>
        <translation>Veröffentlichung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Version %1 of the product is published. The inventory shows it after this sync.</source>
        <translation>Version %1 des Produkts ist veröffentlicht. Das Inventar zeigt sie nach dieser Synchronisierung.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Before you publish</source>
        <translation>Vor dem Veröffentlichen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish the next version of the product (Ctrl+Shift+P)</source>
        <translation>Die nächste Version des Produkts veröffentlichen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Publishing the new version…</source>
        <translation>Neue Version wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Publish Successful!</source>
        <translation>Veröffentlichung erfolgreich!</translation>
    </message>
    <message>
        <source>Back to the checklist</source>
        <translation>Zurück zur Checkliste</translation>
    </message>
    <message>
        <source>Connect to compare this draft with version %1.</source>
        <translation>Verbinden Sie sich mit Connect, um diesen Entwurf mit Version %1 zu vergleichen.</translation>
    </message>
    <message>
        <source>Templates: unknown or broken placeholders in the activation template: %1</source>
        <translation>Vorlagen: unbekannte oder fehlerhafte Platzhalter in der Aktivierungsvorlage: %1</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Changes since version %1: not known, because the published version is read from Connect and there is no connection now</source>
        <extracomment>%1 is the number of the last published version of the product.</extracomment>
        <translation>Änderungen seit Version %1: unbekannt, da die veröffentlichte Version von Connect gelesen wird und derzeit keine Verbindung besteht</translation>
    </message>
    <message>
        <source>Profile: add the short description</source>
        <translation>Profil: Kurzbeschreibung hinzufügen</translation>
    </message>
    <message>
        <source>Profile: add the detailed description</source>
        <translation>Profil: ausführliche Beschreibung hinzufügen</translation>
    </message>
    <message>
        <source>Profile: add the short and detailed descriptions</source>
        <translation>Profil: Kurz- und ausführliche Beschreibung hinzufügen</translation>
    </message>
    <message>
        <source>Changes since version %1: not known, because Connect did not answer: %2</source>
        <extracomment>%1 is the number of the last published version, %2 the error Connect (or the network) gave.</extracomment>
        <translation>Änderungen seit Version %1: unbekannt, da Connect nicht geantwortet hat: %2</translation>
    </message>
    <message>
        <source>Changes since version %1: not known, because its contents could not be read from Connect</source>
        <extracomment>%1 is the number of the last published version of the product.</extracomment>
        <translation>Änderungen seit Version %1: unbekannt, da ihr Inhalt nicht von Connect gelesen werden konnte</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>column: added, changed or removed</comment>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Publish checklist</source>
        <translation>Checkliste zur Veröffentlichung</translation>
    </message>
    <message>
        <source>Changes since the last published version</source>
        <translation>Änderungen seit der letzten veröffentlichten Version</translation>
    </message>
</context>
<context>
    <name>cv::ui::ReasonDialog</name>
    <message numerus="yes">
        <source>Reject %Ln requests</source>
        <translation>
            <numerusform>%Ln Anfrage ablehnen</numerusform>
            <numerusform>%Ln Anfragen ablehnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Anfrage ablehnen</translation>
    </message>
    <message>
        <source>Tell the customer why the request is rejected</source>
        <translation>Teilen Sie dem Kunden mit, warum die Anfrage abgelehnt wird</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reject %Ln</source>
        <translation>
            <numerusform>%Ln &amp;ablehnen</numerusform>
            <numerusform>%Ln &amp;ablehnen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>&amp;Reason (required, the customer sees it):</source>
        <translation>&amp;Grund (erforderlich, für den Kunden sichtbar):</translation>
    </message>
</context>
<context>
    <name>cv::ui::ReportCharts</name>
    <message>
        <source>Requests per day by status</source>
        <translation>Anfragen pro Tag nach Status</translation>
    </message>
    <message>
        <source>Requests per day by product</source>
        <translation>Anfragen pro Tag nach Produkt</translation>
    </message>
    <message>
        <source>Requests per day by type</source>
        <translation>Anfragen pro Tag nach Typ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Time to fulfill (approved requests; median in days: %1)</source>
        <translation>Bearbeitungszeit (genehmigte Anfragen; Median in Tagen: %1)</translation>
    </message>
    <message>
        <source>Approved requests</source>
        <translation>Genehmigte Anfragen</translation>
    </message>
    <message>
        <source>up to %1 d</source>
        <translation>bis %1 Tg.</translation>
    </message>
    <message>
        <source>%1-%2 d</source>
        <translation>%1-%2 Tg.</translation>
    </message>
    <message>
        <source>over %1 d</source>
        <translation>über %1 Tg.</translation>
    </message>
    <message>
        <source>Requests from %1 to %2: %3; approved: %4.</source>
        <translation>Anfragen vom %1 bis %2: %3; genehmigt: %4.</translation>
    </message>
    <message>
        <source>No requests in the cache yet.</source>
        <translation>Noch keine Anfragen im Cache.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
</context>
<context>
    <name>cv::ui::ReportsPage</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marktplatz:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>&amp;Excel exportieren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>Er&amp;neut ausführen</translation>
    </message>
    <message>
        <source>Every export, with its parameters and file. Double-click one or press &quot;Run again&quot; to compute it again from the cache.</source>
        <translation>Jeder Export mit seinen Parametern und seiner Datei. Doppelklicken Sie auf einen Eintrag oder klicken Sie auf „Erneut ausführen“, um ihn erneut aus dem Cache zu berechnen.</translation>
    </message>
    <message>
        <source>Ran at</source>
        <translation>Ausgeführt am</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation>Fertig in %1 s</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Beliebiger Typ</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Any environment</source>
        <translation>Beliebige Umgebung</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>Beliebiges Produkt</translation>
    </message>
    <message>
        <source>Any marketplace</source>
        <translation>Beliebiger Marktplatz</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>%1 wird nach %2 exportiert…</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>%1 wird berechnet…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>, %1 in all: %2</source>
        <translation>, %1 insgesamt: %2</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>Der Bericht konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Canceled. Nothing was written.</source>
        <translation>Abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Exported %1 to %2 in %3 s.</source>
        <translation>%1 in %3 s nach %2 exportiert.</translation>
    </message>
    <message>
        <source>%1, computed from the cache in %2 s%3.</source>
        <translation>%1, aus dem Cache berechnet in %2 s%3.</translation>
    </message>
    <message numerus="yes">
        <source>; the first %Ln are shown</source>
        <translation>
            <numerusform>; davon wird %Ln angezeigt</numerusform>
            <numerusform>; die ersten %Ln werden angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>Report history</source>
        <translation>Berichtsverlauf</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 on average: %2</source>
        <translation>, %1 im Durchschnitt: %2</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Anforderer:</translation>
    </message>
    <message>
        <source>The provider whose marketplace sent the request</source>
        <translation>Der Provider, dessen Marktplatz die Anfrage gesendet hat</translation>
    </message>
    <message>
        <source>Any requester</source>
        <translation>Alle Anforderer</translation>
    </message>
</context>
<context>
    <name>cv::ui::RequestPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Steuer-ID</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>Wartet auf Synchronisierung</translation>
    </message>
    <message>
        <source>Switch to &amp;Pending</source>
        <translation>A&amp;uf „Ausstehend“ setzen</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>&amp;Notiz speichern</translation>
    </message>
    <message>
        <source>Changed offline; Connect receives the change at the next sync.</source>
        <translation>Offline geändert; Connect erhält die Änderung bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Zurück zur Liste (Alt+Links)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>MPN</source>
        <translation>MPN</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Previous quantity</source>
        <translation>Vorherige Menge</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Write a note for this request</source>
        <translation>Notiz zu dieser Anfrage schreiben</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>The request&apos;s no&amp;te, shared with your team and the distributor:</source>
        <translation>No&amp;tiz der Anfrage, geteilt mit Ihrem Team und dem Distributor:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Requests chain</source>
        <translation>Anfragekette</translation>
    </message>
    <message>
        <source>Sign in to &amp;CCP</source>
        <translation>Im &amp;CCP anmelden</translation>
    </message>
    <message>
        <source>See the product as the customer sees it in the customer control panel (needs a connection)</source>
        <translation>Das Produkt so sehen, wie der Kunde es im Kundenportal sieht (benötigt eine Verbindung)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · created %4</source>
        <extracomment>%1 is the product (name and ID), %2 the customer (or &quot;no customer&quot;), %3 the environment, %4 the date.</extracomment>
        <translation>%1 · %2 · %3 · erstellt am %4</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>kein Kunde</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Bearbeiter: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Wirksamkeitsdatum</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>External UID</source>
        <translation>Externe UID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Marketplace and contract</source>
        <translation>Marktplatz und Vertrag</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Activation message</source>
        <translation>Aktivierungsnachricht</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Tier 1 (reseller)</source>
        <translation>Tier 1 (Reseller)</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>Tier 2</translation>
    </message>
    <message>
        <source>No tier accounts on this request.</source>
        <translation>Keine Tier-Konten in dieser Anfrage.</translation>
    </message>
    <message>
        <source>No note yet.</source>
        <translation>Noch keine Notiz.</translation>
    </message>
    <message>
        <source>Your user is not known yet; sync first.</source>
        <translation>Ihr Benutzer ist noch nicht bekannt; synchronisieren Sie zuerst.</translation>
    </message>
    <message>
        <source>Required before approval.</source>
        <translation>Vor der Genehmigung erforderlich.</translation>
    </message>
    <message>
        <source>Switch to Pending</source>
        <translation>Auf „Ausstehend“ setzen</translation>
    </message>
    <message>
        <source>Switch %1 to Pending? The request moves to your processing queue.</source>
        <translation>%1 auf „Ausstehend“ setzen? Die Anfrage wird in Ihre Bearbeitungswarteschlange verschoben.</translation>
    </message>
    <message>
        <source>Switched to Pending.</source>
        <translation>Auf „Ausstehend“ gesetzt.</translation>
    </message>
    <message>
        <source>Approved. Waiting for sync.</source>
        <translation>Genehmigt. Wartet auf Synchronisierung.</translation>
    </message>
    <message>
        <source>The customer is asked for more information.</source>
        <translation>Der Kunde wird um weitere Informationen gebeten.</translation>
    </message>
    <message>
        <source>Rejected. Waiting for sync.</source>
        <translation>Abgelehnt. Wartet auf Synchronisierung.</translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Ihnen zugewiesen.</translation>
    </message>
    <message>
        <source>Parameters saved. Waiting for sync.</source>
        <translation>Parameter gespeichert. Wartet auf Synchronisierung.</translation>
    </message>
    <message>
        <source>Note saved. Waiting for sync.</source>
        <translation>Notiz gespeichert. Wartet auf Synchronisierung.</translation>
    </message>
    <message>
        <source>Correct the highlighted parameter before approving.</source>
        <translation>Korrigieren Sie vor der Genehmigung den markierten Parameter.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>You entered parameter values that are not saved yet. Save them and approve with them?</source>
        <translation>Sie haben Parameterwerte eingegeben, die noch nicht gespeichert sind. Speichern und damit genehmigen?</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Inquire…</source>
        <translation>&amp;Rückfrage…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>request tab: the items the customer orders</comment>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>&amp;Save and approve…</source>
        <translation>&amp;Speichern und genehmigen…</translation>
    </message>
    <message>
        <source>Items of the request</source>
        <translation>Artikel der Anfrage</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Anfragedetails</translation>
    </message>
    <message>
        <source>Customer and reseller tiers</source>
        <translation>Kunden- und Reseller-Tiers</translation>
    </message>
    <message>
        <source>Notes history</source>
        <translation>Notizverlauf</translation>
    </message>
    <message>
        <source>Requests of the same subscription</source>
        <translation>Anfragen desselben Abonnements</translation>
    </message>
    <message>
        <source>Enter opens the request</source>
        <translation>Enter öffnet die Anfrage</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alle Anfragen</translation>
    </message>
</context>
<context>
    <name>cv::ui::RequestParametersTab</name>
    <message>
        <source>Fulfillment parameters</source>
        <translation>Fulfillment-Parameter</translation>
    </message>
    <message>
        <source>Ordering parameters (given by the customer)</source>
        <translation>Bestellparameter (vom Kunden angegeben)</translation>
    </message>
    <message>
        <source>&amp;Save parameters</source>
        <translation>Parameter &amp;speichern</translation>
    </message>
    <message>
        <source>Parameters marked * are required before the request can be approved.</source>
        <translation>Mit * markierte Parameter sind erforderlich, bevor die Anfrage genehmigt werden kann.</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(nicht ausgewählt)</translation>
    </message>
    <message>
        <source>Asked of the customer: %1</source>
        <translation>Vom Kunden abgefragt: %1</translation>
    </message>
    <message>
        <source>This product has no fulfillment parameters.</source>
        <translation>Dieses Produkt hat keine Fulfillment-Parameter.</translation>
    </message>
    <message>
        <source>The parameters cannot be changed in this status.</source>
        <translation>Die Parameter können in diesem Status nicht geändert werden.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <extracomment>Read by screen readers for a required parameter; %1 is the parameter&apos;s description (may be empty).</extracomment>
        <translation>Erforderlich. %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::RequestRowDelegate</name>
    <message>
        <source>%1 · not synced</source>
        <translation>%1 · nicht synchronisiert</translation>
    </message>
</context>
<context>
    <name>cv::ui::ServiceTab</name>
    <message>
        <source>One sentence shown to customers in the subscription&apos;s service tab</source>
        <translation>Ein Satz, der Kunden im Service-Tab des Abonnements angezeigt wird</translation>
    </message>
    <message>
        <source>Markdown: the first steps after the subscription is activated</source>
        <translation>Markdown: die ersten Schritte nach der Aktivierung des Abonnements</translation>
    </message>
    <message>
        <source>What customers see about the service in their portal. Changes are saved as you type and sent to Connect by the next sync.</source>
        <translation>Was Kunden in ihrem Portal über den Service sehen. Änderungen werden beim Tippen gespeichert und bei der nächsten Synchronisierung an Connect gesendet.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Getting started:</source>
        <translation>&amp;Erste Schritte:</translation>
    </message>
    <message>
        <source>Download links:</source>
        <translation>Download-Links:</translation>
    </message>
    <message>
        <source>Documentation:</source>
        <translation>Dokumentation:</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Edit service texts</source>
        <translation>Servicetexte bearbeiten</translation>
    </message>
    <message>
        <source>Download links</source>
        <translation>Download-Links</translation>
    </message>
    <message>
        <source>Documentation links</source>
        <translation>Dokumentations-Links</translation>
    </message>
</context>
<context>
    <name>cv::ui::SettingsDialog</name>
    <message>
        <source>Enter the proxy&apos;s host name and a port from 1 to 65535. Until then the previous setting stays in use.</source>
        <translation>Geben Sie den Hostnamen des Proxys und einen Port von 1 bis 65535 ein. Bis dahin bleibt die bisherige Einstellung in Gebrauch.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The offline data of %1 is cleared.</source>
        <translation>Die Offline-Daten von %1 wurden gelöscht.</translation>
    </message>
    <message>
        <source>Some files of %1 could not be deleted: %2</source>
        <translation>Einige Dateien von %1 konnten nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Clear offline data</source>
        <translation>Offline-Daten löschen</translation>
    </message>
    <message>
        <source>The changes waiting to be sent for %1 could not be counted.</source>
        <translation>Die noch zu sendenden Änderungen für %1 konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>Clearing the offline data deletes them for good. The rest comes back with the next sync.</source>
        <translation>Beim Löschen der Offline-Daten gehen sie endgültig verloren. Der Rest kommt mit der nächsten Synchronisierung zurück.</translation>
    </message>
    <message>
        <source>Clear and lose the changes</source>
        <translation>Löschen und Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Offline data</source>
        <translation>Offline-Daten</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im Infobereich &amp;weiterlaufen</translation>
    </message>
    <message>
        <source>The tray icon shows the pending requests and has Sync now, Pause sync and Quit.</source>
        <translation>Das Symbol im Infobereich zeigt die ausstehenden Anfragen und bietet „Jetzt synchronisieren“, „Synchronisierung pausieren“ und „Beenden“.</translation>
    </message>
    <message>
        <source>This desktop shows no tray icon, so closing the window quits.</source>
        <translation>Dieser Desktop zeigt kein Symbol im Infobereich, daher beendet das Schließen des Fensters die App.</translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>&amp;Automatisch synchronisieren</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchronisieren a&amp;lle:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Sync when an account &amp;opens</source>
        <translation>Synchronisieren, wenn ein Konto ge&amp;öffnet wird</translation>
    </message>
    <message>
        <source>While automatic sync is off, nothing is sent or fetched until you choose Sync now (F5). Changes made here are kept on this computer meanwhile.</source>
        <translation>Solange die automatische Synchronisierung aus ist, wird nichts gesendet oder abgerufen, bis Sie „Jetzt synchronisieren“ (F5) wählen. Hier vorgenommene Änderungen bleiben so lange auf diesem Computer.</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des &amp;Systems verwenden</translation>
    </message>
    <message>
        <source>Use this HTTP &amp;proxy:</source>
        <translation>Diesen HTTP-&amp;Proxy verwenden:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Used for Connect endpoints. The sandbox on this computer is reached directly.</source>
        <translation>Wird für Connect-Endpunkte verwendet. Die Sandbox auf diesem Computer wird direkt erreicht.</translation>
    </message>
    <message>
        <source>New &amp;pending requests after a sync</source>
        <translation>Neue &amp;ausstehende Anfragen nach einer Synchronisierung</translation>
    </message>
    <message>
        <source>Sync &amp;failures that need you (a refused API key, offline data that cannot be written)</source>
        <translation>Synchronisierungs&amp;fehler, die Sie betreffen (ein abgelehnter API-Schlüssel, Offline-Daten, die nicht geschrieben werden können)</translation>
    </message>
    <message>
        <source>New &amp;conflicts</source>
        <translation>Neue &amp;Konflikte</translation>
    </message>
    <message>
        <source>Publish &amp;finished</source>
        <translation>&amp;Veröffentlichung abgeschlossen</translation>
    </message>
    <message>
        <source>Shown as desktop notifications from the tray icon. Being offline is never notified: the app retries by itself.</source>
        <translation>Werden als Desktop-Benachrichtigungen vom Symbol im Infobereich angezeigt. Offline zu sein wird nie gemeldet: Die App versucht es selbst erneut.</translation>
    </message>
    <message>
        <source>Offline data is kept in:</source>
        <translation>Offline-Daten werden gespeichert in:</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Changes not sent</source>
        <translation>Nicht gesendete Änderungen</translation>
    </message>
    <message>
        <source>C&amp;lear offline data…</source>
        <translation>Offline-Daten &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected account&apos;s offline data; the next sync fetches it again</source>
        <translation>Offline-Daten des ausgewählten Kontos löschen; die nächste Synchronisierung ruft sie erneut ab</translation>
    </message>
    <message>
        <source>1 change made on this computer for %1 has not been sent to Connect yet.</source>
        <translation>1 auf diesem Computer vorgenommene Änderung für %1 wurde noch nicht an Connect gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes made on this computer for %1 have not been sent to Connect yet.</source>
        <translation>
            <numerusform>%n auf diesem Computer vorgenommene Änderung für %1 wurde noch nicht an Connect gesendet.</numerusform>
            <numerusform>%n auf diesem Computer vorgenommene Änderungen für %1 wurden noch nicht an Connect gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline data per account</source>
        <translation>Offline-Daten pro Konto</translation>
    </message>
    <message>
        <source>Light and Dark use the Fusion style with a light or dark palette; the previews of Markdown, templates and the customer panel follow the theme.</source>
        <translation>Hell und Dunkel verwenden den Fusion-Stil mit heller oder dunkler Palette; die Vorschauen von Markdown, Vorlagen und Kundenportal folgen dem Design.</translation>
    </message>
</context>
<context>
    <name>cv::ui::StepDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <extracomment>Beside a disabled Add/Next button; %1 lists form fields (&quot;Description, Name&quot;).</extracomment>
        <translation>Noch erforderlich: %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::SyncStatusWidget</name>
    <message>
        <source>Enter key…</source>
        <translation>Schlüssel eingeben…</translation>
    </message>
    <message>
        <source>sending changes %1/%2</source>
        <extracomment>Sync progress: %1 changes of %2 sent so far.</extracomment>
        <translation>Änderungen werden gesendet %1/%2</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source> · 1 change waiting to be sent</source>
        <extracomment>Added after the sync state in the status bar (&quot;Synced at 14:05 · 1 change waiting to be sent&quot;).</extracomment>
        <translation> · 1 Änderung wartet auf das Senden</translation>
    </message>
    <message>
        <source>Nothing to sync</source>
        <translation>Nichts zu synchronisieren</translation>
    </message>
    <message>
        <source>Opening the account…</source>
        <extracomment>%1 is the progress, e.g. &quot;upgrading the offline data: 40%&quot;.</extracomment>
        <translation>Konto wird geöffnet…</translation>
    </message>
    <message>
        <source>No API key available: working offline</source>
        <translation>Kein API-Schlüssel verfügbar: Offline-Betrieb</translation>
    </message>
    <message>
        <source>Syncing… %1</source>
        <extracomment>%1 is the progress, e.g. &quot;sending changes 3/10&quot;.</extracomment>
        <translation>Synchronisierung… %1</translation>
    </message>
    <message>
        <source>Offline: changes are saved here and sent when the connection is back</source>
        <translation>Offline: Änderungen werden hier gespeichert und gesendet, sobald die Verbindung wieder besteht</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <extracomment>%1 is the error, as Connect or the network gave it.</extracomment>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <extracomment>%1 is the time of the last sync.</extracomment>
        <translation>Synchronisiert um %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>⚠ 1 conflict</source>
        <translation>⚠ 1 Konflikt</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln changes waiting to be sent</source>
        <translation>
            <numerusform> · %Ln Änderung wartet auf das Senden</numerusform>
            <numerusform> · %Ln Änderungen warten auf das Senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflicts</source>
        <translation>
            <numerusform>⚠ %n Konflikt</numerusform>
            <numerusform>⚠ %n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>upgrading the offline data: %1%</source>
        <extracomment>Shown while an older build&apos;s offline data is converted; %1 is how far, in percent.</extracomment>
        <translation>Offline-Daten werden aktualisiert: %1 %</translation>
    </message>
    <message>
        <source> · 1 change refused by Connect</source>
        <extracomment>Added after the sync state in the status bar (&quot;Synced at 14:05 · 1 change refused by Connect&quot;).</extracomment>
        <translation> · 1 Änderung von Connect abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln changes refused by Connect</source>
        <translation>
            <numerusform> · %Ln Änderung von Connect abgelehnt</numerusform>
            <numerusform> · %Ln Änderungen von Connect abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the account… %1</source>
        <translation>Konto wird geöffnet… %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::TemplatesTab</name>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>All templates</source>
        <translation>Alle Vorlagen</translation>
    </message>
    <message>
        <source>Subscription: activation</source>
        <translation>Abonnement: Aktivierung</translation>
    </message>
    <message>
        <source>Subscription: inquire</source>
        <translation>Abonnement: Rückfrage</translation>
    </message>
    <message>
        <source>Subscription: pending</source>
        <translation>Abonnement: ausstehend</translation>
    </message>
    <message>
        <source>Tier 1 setup</source>
        <translation>Tier-1-Einrichtung</translation>
    </message>
    <message>
        <source>Tier 2 setup</source>
        <translation>Tier-2-Einrichtung</translation>
    </message>
    <message>
        <source>Markdown. Type {{ to insert a parameter.</source>
        <translation>Markdown. Tippen Sie {{, um einen Parameter einzufügen.</translation>
    </message>
    <message>
        <source>Insert parameter</source>
        <translation>Parameter einfügen</translation>
    </message>
    <message>
        <source>Insert {{ parameter_id }} at the cursor</source>
        <translation>{{ parameter_id }} an der Cursorposition einfügen</translation>
    </message>
    <message>
        <source>Render with example values (Ctrl+P)</source>
        <translation>Mit Beispielwerten darstellen (Strg+P)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A default template (cannot be deleted)</source>
        <translation>Eine Standardvorlage (kann nicht gelöscht werden)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Default templates cannot be deleted.</source>
        <translation>Standardvorlagen können nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Not available in this template&apos;s phase</source>
        <translation>In der Phase dieser Vorlage nicht verfügbar</translation>
    </message>
    <message>
        <source>Activation form link (%1)</source>
        <translation>Link zum Aktivierungsformular (%1)</translation>
    </message>
    <message>
        <source>The product has no parameters yet</source>
        <translation>Das Produkt hat noch keine Parameter</translation>
    </message>
    <message>
        <source>Unknown parameter: %1</source>
        <translation>Unbekannter Parameter: %1</translation>
    </message>
    <message>
        <source>✓ Every parameter is known.</source>
        <translation>✓ Alle Parameter sind bekannt.</translation>
    </message>
    <message>
        <source>Variables used: none</source>
        <translation>Verwendete Variablen: keine</translation>
    </message>
    <message>
        <source>Variables used: %1</source>
        <translation>Verwendete Variablen: %1</translation>
    </message>
    <message>
        <source>Edit template %1</source>
        <translation>Vorlage %1 bearbeiten</translation>
    </message>
    <message>
        <source># Thank you for your order

</source>
        <translation># Vielen Dank für Ihre Bestellung

</translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation>Neue Vorlage %1</translation>
    </message>
    <message>
        <source>Add template %1</source>
        <translation>Vorlage %1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete template %1</source>
        <translation>Vorlage %1 löschen</translation>
    </message>
    <message>
        <source>“{{ %1 }}” is not a parameter: put exactly one parameter ID between {{ and }}.</source>
        <translation>„{{ %1 }}“ ist kein Parameter: Setzen Sie genau eine Parameter-ID zwischen {{ und }}.</translation>
    </message>
    <message>
        <source>“{{ %1” is not closed: end it with }}.</source>
        <translation>„{{ %1“ ist nicht geschlossen: Beenden Sie es mit }}.</translation>
    </message>
    <message>
        <source>Template “%1” deleted.</source>
        <translation>Vorlage „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>%1 is a configuration parameter; this template can use ordering and fulfillment parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 ist ein Konfigurationsparameter; diese Vorlage kann Bestell- und Fulfillment-Parameter verwenden.</translation>
    </message>
    <message>
        <source>%1 is not an ordering or fulfillment parameter; this template can use only those.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 ist kein Bestell- oder Fulfillment-Parameter; diese Vorlage kann nur diese verwenden.</translation>
    </message>
    <message>
        <source>%1 is a fulfillment parameter; this template can use only ordering parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 ist ein Fulfillment-Parameter; diese Vorlage kann nur Bestellparameter verwenden.</translation>
    </message>
    <message>
        <source>%1 is a configuration parameter; this template can use only ordering parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 ist ein Konfigurationsparameter; diese Vorlage kann nur Bestellparameter verwenden.</translation>
    </message>
    <message>
        <source>%1 is not an ordering parameter; this template can use only ordering parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 ist kein Bestellparameter; diese Vorlage kann nur Bestellparameter verwenden.</translation>
    </message>
    <message>
        <source>Preview the template in this language</source>
        <translation>Vorschau der Vorlage in dieser Sprache</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>A parameter in the Insert menu: %1 its title, %2 its ID, %3 its phase (&quot;Ordering&quot;…).</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>English (source)</source>
        <translation>Englisch (Quelle)</translation>
    </message>
    <message>
        <source>Template kind filter</source>
        <translation>Filter nach Vorlagenart</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>Vorlagentext</translation>
    </message>
    <message>
        <source>Preview language</source>
        <translation>Vorschausprache</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <extracomment>The preview window&apos;s title; %1 is the template&apos;s name.</extracomment>
        <translation>Vorschau: %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::TokenDialog</name>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Copy header</source>
        <translation>Header kopieren</translation>
    </message>
    <message>
        <source>I have copied it</source>
        <translation>Ich habe es kopiert</translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation>Token erzeugen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>The token may only call the API of the modules ticked here.</source>
        <translation>Das Token darf nur die API der hier angehakten Module aufrufen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy the token now. Connect shows it only this once and this app does not keep it: when you close this window it is gone. If you lose it, generate a new token and delete this one.</source>
        <translation>Kopieren Sie das Token jetzt. Connect zeigt es nur dieses eine Mal an, und diese App speichert es nicht: Wenn Sie dieses Fenster schließen, ist es weg. Wenn Sie es verlieren, erzeugen Sie ein neues Token und löschen Sie dieses.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Authorization header for your scripts</source>
        <translation>Authorization-Header für Ihre Skripte</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>No account is open: a token is generated by Connect for an account.</source>
        <translation>Es ist kein Konto geöffnet: Ein Token wird von Connect für ein Konto erzeugt.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird erzeugt…</translation>
    </message>
    <message>
        <source>Could not reach Connect, so no secret can be shown: Connect makes it and shows it only in its answer. Try again when online; if a token of this name shows up after the next sync (the answer was lost on the way), delete it. (%1)</source>
        <translation>Connect war nicht erreichbar, daher kann kein Secret angezeigt werden: Connect erzeugt es und zeigt es nur in seiner Antwort. Versuchen Sie es erneut, wenn Sie online sind; falls nach der nächsten Synchronisierung ein Token mit diesem Namen erscheint (die Antwort ging unterwegs verloren), löschen Sie es. (%1)</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; (%2) is ready</source>
        <translation>Token „%1“ (%2) ist bereit</translation>
    </message>
</context>
<context>
    <name>cv::ui::TokensView</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The change could not be saved in the offline cache, so nothing was changed: %1</source>
        <translation>Die Änderung konnte nicht im Offline-Cache gespeichert werden, daher wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>Delete token</source>
        <translation>Token löschen</translation>
    </message>
    <message>
        <source>Delete the token &quot;%1&quot; (%2)? Scripts and extensions using it can no longer call Connect.</source>
        <translation>Das Token „%1“ (%2) löschen? Skripte und Erweiterungen, die es verwenden, können Connect nicht mehr aufrufen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1: waiting for sync. The change is saved here and goes to Connect with the next sync.</source>
        <translation>%1: wartet auf Synchronisierung. Die Änderung ist hier gespeichert und wird mit der nächsten Synchronisierung an Connect gesendet.</translation>
    </message>
    <message>
        <source>Select a token to see its details. Generate one for each script or system that calls Connect, so that each can be turned off on its own.</source>
        <translation>Wählen Sie ein Token aus, um seine Details zu sehen. Erzeugen Sie eines für jedes Skript oder System, das Connect aufruft, damit jedes einzeln deaktiviert werden kann.</translation>
    </message>
    <message>
        <source>%1 · owner %2 · extension %3 · modules: %4</source>
        <translation>%1 · Besitzer %2 · Erweiterung %3 · Module: %4</translation>
    </message>
    <message>
        <source>all (no restriction)</source>
        <translation>alle (keine Einschränkung)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation>Token erzeugen</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Erweiterung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Alle Module</translation>
    </message>
    <message>
        <source>Search by name, ID, description…</source>
        <translation>Nach Name, ID, Beschreibung suchen…</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>Tokens suchen</translation>
    </message>
    <message>
        <source>Matches the token&apos;s name, ID or description</source>
        <translation>Durchsucht Name, ID und Beschreibung des Tokens</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API-Tokens</translation>
    </message>
    <message>
        <source>Token status filter</source>
        <translation>Filter nach Token-Status</translation>
    </message>
</context>
<context>
    <name>cv::ui::TranslationImportDialog</name>
    <message>
        <source>Upload translations: %1</source>
        <translation>Übersetzungen hochladen: %1</translation>
    </message>
    <message>
        <source>Fields of %1 that will change: %2.</source>
        <translation>Felder von %1, die sich ändern: %2.</translation>
    </message>
    <message>
        <source>Left as they are: %1 unchanged, %2 empty (not translated), %3 fuzzy, %4 obsolete.</source>
        <translation>Unverändert gelassen: %1 gleich, %2 leer (nicht übersetzt), %3 unscharf, %4 veraltet.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After the upload</source>
        <translation>Nach dem Hochladen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(not translated)</source>
        <translation>(nicht übersetzt)</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>New translation</source>
        <translation>Neue Übersetzung</translation>
    </message>
    <message>
        <source>The file translated &quot;%1&quot;; the text is now &quot;%2&quot;.</source>
        <translation>Die Datei hat „%1“ übersetzt; der Text lautet jetzt „%2“.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Apply the outdated translation too (its source text changed since)</source>
        <translation>Auch die veraltete Übersetzung übernehmen (ihr Quelltext hat sich seitdem geändert)</translation>
    </message>
    <message numerus="yes">
        <source>Apply the %n outdated translations too (their source text changed since)</source>
        <translation>
            <numerusform>Auch die %n veraltete Übersetzung übernehmen (ihr Quelltext hat sich seitdem geändert)</numerusform>
            <numerusform>Auch die %n veralteten Übersetzungen übernehmen (ihr Quelltext hat sich seitdem geändert)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::TrayController</name>
    <message>
        <source>Open Connect Vendor Desktop</source>
        <translation>Connect Vendor Desktop öffnen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Pause sync</source>
        <translation>Synchronisierung pausieren</translation>
    </message>
    <message>
        <source>Resume sync</source>
        <translation>Synchronisierung fortsetzen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>%1: %2 for %3</source>
        <translation>%1: %2 für %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>New pending request</source>
        <translation>Neue ausstehende Anfrage</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new pending requests</source>
        <translation>
            <numerusform>%Ln neue ausstehende Anfrage</numerusform>
            <numerusform>%Ln neue ausstehende Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>New conflict</source>
        <translation>Neuer Konflikt</translation>
    </message>
    <message numerus="yes">
        <source>%n new conflicts</source>
        <translation>
            <numerusform>%n neuer Konflikt</numerusform>
            <numerusform>%n neue Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the same fields were changed here and on Connect. Open the window to choose what to keep.</source>
        <translation>%1: Dieselben Felder wurden hier und auf Connect geändert. Öffnen Sie das Fenster, um zu wählen, was behalten wird.</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Synchronisierung angehalten</translation>
    </message>
    <message>
        <source>The offline data of %1 could not be written: %2</source>
        <translation>Die Offline-Daten von %1 konnten nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Sync needs you</source>
        <translation>Synchronisierung braucht Sie</translation>
    </message>
    <message>
        <source>Connect refused the API key of %1. Sign in again with a valid key.</source>
        <translation>Connect hat den API-Schlüssel von %1 abgelehnt. Melden Sie sich mit einem gültigen Schlüssel erneut an.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Publish finished</source>
        <translation>Veröffentlichung abgeschlossen</translation>
    </message>
    <message>
        <source>Version %1 of %2 is published.</source>
        <translation>Version %1 von %2 ist veröffentlicht.</translation>
    </message>
    <message>
        <source>Connect Vendor Desktop: 1 pending request</source>
        <translation>Connect Vendor Desktop: 1 ausstehende Anfrage</translation>
    </message>
    <message numerus="yes">
        <source>Connect Vendor Desktop: %Ln pending requests</source>
        <translation>
            <numerusform>Connect Vendor Desktop: %Ln ausstehende Anfrage</numerusform>
            <numerusform>Connect Vendor Desktop: %Ln ausstehende Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect Vendor Desktop: no pending requests</source>
        <translation>Connect Vendor Desktop: keine ausstehenden Anfragen</translation>
    </message>
    <message>
        <source>%1 (sync paused)</source>
        <translation>%1 (Synchronisierung pausiert)</translation>
    </message>
</context>
<context>
    <name>cv::ui::UiPage</name>
    <message>
        <source>Customer UI</source>
        <translation>Kunden-UI</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Aktionen</translation>
    </message>
    <message>
        <source>&amp;Localization</source>
        <translation>&amp;Lokalisierung</translation>
    </message>
</context>
<context>
    <name>cv::ui::UndoToast</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Bring it back (Ctrl+Z)</source>
        <translation>Wiederherstellen (Strg+Z)</translation>
    </message>
</context>
<context>
    <name>cv::ui::UploadCheckDialog</name>
    <message>
        <source>Usage file not uploaded</source>
        <translation>Nutzungsdatei nicht hochgeladen</translation>
    </message>
    <message>
        <source>%1 cannot be uploaded: %2. Nothing was sent.</source>
        <translation>%1 kann nicht hochgeladen werden: %2. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>1 problem in %1; nothing was sent. Correct it in the spreadsheet and upload it again. Click the problem to see its cell.</source>
        <translation>1 Problem in %1; es wurde nichts gesendet. Korrigieren Sie es in der Tabelle und laden Sie sie erneut hoch. Klicken Sie auf das Problem, um seine Zelle zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems in %1; nothing was sent. Correct them in the spreadsheet and upload it again. Click a problem to see its cell.</source>
        <translation>
            <numerusform>%n Problem in %1; es wurde nichts gesendet. Korrigieren Sie es in der Tabelle und laden Sie sie erneut hoch. Klicken Sie auf das Problem, um seine Zelle zu sehen.</numerusform>
            <numerusform>%n Probleme in %1; es wurde nichts gesendet. Korrigieren Sie sie in der Tabelle und laden Sie sie erneut hoch. Klicken Sie auf ein Problem, um seine Zelle zu sehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::UsageFilePage</name>
    <message>
        <source>← Usage files</source>
        <translation>← Nutzungsdateien</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Vorlage herunterladen…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Ende (UTC)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 · waiting for sync</source>
        <translation>%1 · wartet auf Synchronisierung</translation>
    </message>
    <message>
        <source>%1 · product %2 (%3) · marketplace %4 · contract %5
Period %6 to %7 (UTC) · schema %8 · currency %9 · records: %10 valid, %11 invalid, %12 closed</source>
        <translation>%1 · Produkt %2 (%3) · Marktplatz %4 · Vertrag %5
Zeitraum %6 bis %7 (UTC) · Schema %8 · Währung %9 · Datensätze: %10 gültig, %11 ungültig, %12 geschlossen</translation>
    </message>
    <message>
        <source>Acceptance note: %1</source>
        <translation>Annahmenotiz: %1</translation>
    </message>
    <message>
        <source>Rejection note: %1</source>
        <translation>Ablehnungsnotiz: %1</translation>
    </message>
    <message>
        <source>Connect found problems in the upload:
%1</source>
        <translation>Connect hat Probleme im Upload gefunden:
%1</translation>
    </message>
    <message>
        <source>Usage records</source>
        <translation>Nutzungsdatensätze</translation>
    </message>
</context>
<context>
    <name>cv::ui::UsagePage</name>
    <message>
        <source>No account is open.</source>
        <translation>Es ist kein Konto geöffnet.</translation>
    </message>
    <message>
        <source>The template could not be made: %1</source>
        <translation>Die Vorlage konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a usage file (%2 MB).</source>
        <translation>%1 ist zu groß für eine Nutzungsdatei (%2 MB).</translation>
    </message>
    <message>
        <source>The upload was not queued: %1</source>
        <translation>Der Upload wurde nicht eingereiht: %1</translation>
    </message>
    <message>
        <source>Save usage template</source>
        <translation>Nutzungsvorlage speichern</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Usage template</source>
        <translation>Nutzungsvorlage</translation>
    </message>
    <message>
        <source>Upload usage file</source>
        <translation>Nutzungsdatei hochladen</translation>
    </message>
    <message>
        <source>Why is the usage rejected? (required)</source>
        <translation>Warum wird die Nutzung abgelehnt? (erforderlich)</translation>
    </message>
    <message>
        <source>Acceptance note (optional):</source>
        <translation>Annahmenotiz (optional):</translation>
    </message>
    <message>
        <source>Usage file</source>
        <translation>Nutzungsdatei</translation>
    </message>
    <message>
        <source>Search by name, product, marketplace or id</source>
        <translation>Nach Name, Produkt, Marktplatz oder ID suchen</translation>
    </message>
    <message>
        <source>Create usage file…</source>
        <translation>Nutzungsdatei erstellen…</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Vorlage herunterladen…</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Hochladen…</translation>
    </message>
    <message>
        <source>Select a file to download its template or upload its filled spreadsheet; open it for its records and actions.</source>
        <translation>Wählen Sie eine Datei, um ihre Vorlage herunterzuladen oder die ausgefüllte Tabelle hochzuladen; öffnen Sie sie für ihre Datensätze und Aktionen.</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Search usage files</source>
        <translation>Nutzungsdateien suchen</translation>
    </message>
    <message>
        <source>Matches the file&apos;s name, product, marketplace or ID</source>
        <translation>Durchsucht Name, Produkt, Marktplatz und ID der Datei</translation>
    </message>
    <message>
        <source>Usage files</source>
        <translation>Nutzungsdateien</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>Vorlage gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>cv::ui::VerifierView</name>
    <message>
        <source>Could not reach Connect to read the secret; paste it instead.</source>
        <translation>Connect war nicht erreichbar, um das Secret zu lesen; fügen Sie es stattdessen ein.</translation>
    </message>
    <message>
        <source>Secret read from Connect.</source>
        <translation>Secret von Connect gelesen.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Paste a call Connect made to your handler: the header lines (at least Authorization), a blank line, then the body. The check uses the webhook&apos;s secret: its Bearer token must be signed with it (JWT, HS256), not expired, and carry the same values as the body.</source>
        <translation>Fügen Sie einen Aufruf ein, den Connect an Ihren Handler gesendet hat: die Header-Zeilen (mindestens Authorization), eine Leerzeile, dann den Body. Die Prüfung verwendet das Secret des Webhooks: Sein Bearer-Token muss damit signiert sein (JWT, HS256), darf nicht abgelaufen sein und muss dieselben Werte wie der Body enthalten.</translation>
    </message>
    <message>
        <source>Webhook and its secret</source>
        <translation>Webhook und sein Secret</translation>
    </message>
    <message>
        <source>JWT secret (read it from Connect or paste it)</source>
        <translation>JWT-Secret (von Connect lesen oder einfügen)</translation>
    </message>
    <message>
        <source>Read from Connect</source>
        <translation>Von Connect lesen</translation>
    </message>
    <message>
        <source>Received call</source>
        <translation>Empfangener Aufruf</translation>
    </message>
    <message>
        <source>Decoded token</source>
        <translation>Dekodiertes Token</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Webhook-Secret</translation>
    </message>
    <message>
        <source>The JWT secret the webhook&apos;s calls are signed with</source>
        <translation>Das JWT-Secret, mit dem die Aufrufe des Webhooks signiert werden</translation>
    </message>
</context>
<context>
    <name>cv::ui::WebhookWizard</name>
    <message>
        <source>Copied. Paste it into your handler&apos;s configuration: it verifies each call with it.</source>
        <translation>Kopiert. Fügen Sie es in die Konfiguration Ihres Handlers ein: Er prüft damit jeden Aufruf.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Name the webhook after what it does, so the team recognises it in the list.</source>
        <translation>Benennen Sie den Webhook nach seiner Aufgabe, damit das Team ihn in der Liste erkennt.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Connect calls your URL when objects of this class change for this product.</source>
        <translation>Connect ruft Ihre URL auf, wenn sich Objekte dieser Klasse für dieses Produkt ändern.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>External URL</source>
        <translation>Externe URL</translation>
    </message>
    <message>
        <source>JWT secret</source>
        <translation>JWT-Secret</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Zusätzliche Header</translation>
    </message>
    <message>
        <source>One &quot;Name: value&quot; per line, added to every call.</source>
        <translation>Ein „Name: Wert“ pro Zeile, wird jedem Aufruf hinzugefügt.</translation>
    </message>
    <message>
        <source>kept as Connect holds it</source>
        <translation>wie von Connect gespeichert beibehalten</translation>
    </message>
    <message>
        <source>(copy it in step 3)</source>
        <translation>(in Schritt 3 kopieren)</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>Webhook bearbeiten</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Neuer Webhook</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Create webhook</source>
        <translation>Webhook erstellen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Neues Secret</translation>
    </message>
    <message>
        <source>Connect keeps this webhook&apos;s secret. Select the webhook and use &quot;Copy secret&quot; to read it.</source>
        <translation>Connect verwahrt das Secret dieses Webhooks. Wählen Sie den Webhook aus und verwenden Sie „Secret kopieren“, um es zu lesen.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>Connect signs each call with this secret (JWT, HS256). Copy it now into your handler; the app does not write it anywhere.</source>
        <translation>Connect signiert jeden Aufruf mit diesem Secret (JWT, HS256). Kopieren Sie es jetzt in Ihren Handler; die App speichert es nirgends.</translation>
    </message>
    <message>
        <source>Save keeps the changes here at once; the next sync sends them to Connect.</source>
        <translation>Speichern behält die Änderungen sofort hier; die nächste Synchronisierung sendet sie an Connect.</translation>
    </message>
    <message>
        <source>Create webhook saves it here at once; the next sync creates it on Connect.</source>
        <translation>Webhook erstellen speichert ihn sofort hier; die nächste Synchronisierung legt ihn in Connect an.</translation>
    </message>
</context>
<context>
    <name>cv::ui::WebhooksView</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The webhook could not be saved in the offline cache, so nothing was changed: %1</source>
        <translation>Der Webhook konnte nicht im Offline-Cache gespeichert werden, daher wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Webhook löschen</translation>
    </message>
    <message>
        <source>Delete the webhook &quot;%1&quot;? Connect stops calling %2.</source>
        <translation>Den Webhook „%1“ löschen? Connect ruft %2 dann nicht mehr auf.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>This webhook is not on Connect yet: sync first, then send the test.</source>
        <translation>Dieser Webhook ist noch nicht auf Connect: Synchronisieren Sie zuerst und senden Sie dann den Test.</translation>
    </message>
    <message>
        <source>Sending the test…</source>
        <translation>Test wird gesendet…</translation>
    </message>
    <message>
        <source>Test refused at %1 UTC. %2</source>
        <translation>Test um %1 UTC abgelehnt. %2</translation>
    </message>
    <message>
        <source>Could not reach Connect at %1 UTC: the test needs a connection. (%2)</source>
        <translation>Connect war um %1 UTC nicht erreichbar: Der Test benötigt eine Verbindung. (%2)</translation>
    </message>
    <message>
        <source>Test sent at %1 UTC. Connect answered %2 after %3 ms and calls %4 now.</source>
        <translation>Test um %1 UTC gesendet. Connect antwortete %2 nach %3 ms und ruft jetzt %4 auf.</translation>
    </message>
    <message>
        <source>No answer from your handler recorded yet.</source>
        <translation>Noch keine Antwort Ihres Handlers aufgezeichnet.</translation>
    </message>
    <message>
        <source>Your handler answered %1 at %2 UTC (%3 ms).</source>
        <translation>Ihr Handler antwortete %1 um %2 UTC (%3 ms).</translation>
    </message>
    <message>
        <source>The call failed at %1 UTC: %2 %3</source>
        <translation>Der Aufruf ist um %1 UTC fehlgeschlagen: %2 %3</translation>
    </message>
    <message>
        <source>Secret copied (%1). It goes to Connect with the next sync.</source>
        <translation>Secret kopiert (%1). Es wird mit der nächsten Synchronisierung an Connect gesendet.</translation>
    </message>
    <message>
        <source>Connect makes this webhook&apos;s secret when the webhook reaches it: sync first.</source>
        <translation>Connect erzeugt das Secret dieses Webhooks, wenn der Webhook dort ankommt: Synchronisieren Sie zuerst.</translation>
    </message>
    <message>
        <source>Could not read the secret from Connect: %1</source>
        <translation>Das Secret konnte nicht von Connect gelesen werden: %1</translation>
    </message>
    <message>
        <source>Secret copied (%1). Connect keeps it; this app does not write it anywhere.</source>
        <translation>Secret kopiert (%1). Connect verwahrt es; diese App speichert es nirgends.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Waiting for sync: this webhook&apos;s change is saved here and goes to Connect with the next sync.</source>
        <translation>Wartet auf Synchronisierung: Die Änderung dieses Webhooks ist hier gespeichert und wird mit der nächsten Synchronisierung an Connect gesendet.</translation>
    </message>
    <message>
        <source>Select a webhook to see where Connect sends it, test it, or copy its secret.</source>
        <translation>Wählen Sie einen Webhook aus, um zu sehen, wohin Connect ihn sendet, ihn zu testen oder sein Secret zu kopieren.</translation>
    </message>
    <message>
        <source>new, not on Connect yet</source>
        <translation>neu, noch nicht auf Connect</translation>
    </message>
    <message>
        <source>Search by label, product, URL…</source>
        <translation>Nach Bezeichnung, Produkt, URL suchen…</translation>
    </message>
    <message>
        <source>Enabled and disabled</source>
        <translation>Aktiviert und deaktiviert</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Neuer Webhook</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Test senden</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Secret kopieren</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Letzter Aufruf</translation>
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
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>The call failed at %1 UTC: no answer. %2</source>
        <translation>Der Aufruf um %1 UTC ist fehlgeschlagen: keine Antwort. %2</translation>
    </message>
    <message>
        <source>Could not read the secret from Connect: there is no connection.</source>
        <translation>Das Secret konnte nicht von Connect gelesen werden: Es besteht keine Verbindung.</translation>
    </message>
    <message>
        <source>1 call, %1 failed</source>
        <translation>1 Aufruf, %1 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n calls, %1 failed</source>
        <extracomment>How often Connect called the webhook; %1 is how many of those failed.</extracomment>
        <translation>
            <numerusform>%n Aufruf, %1 fehlgeschlagen</numerusform>
            <numerusform>%n Aufrufe, %1 fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · calls %2 · %3</source>
        <extracomment>%1 is the webhook&apos;s ID (or &quot;new, not on Connect yet&quot;), %2 the URL Connect calls, %3 the call counts.</extracomment>
        <translation>%1 · Aufrufe %2 · %3</translation>
    </message>
    <message>
        <source>Search webhooks</source>
        <translation>Webhooks suchen</translation>
    </message>
    <message>
        <source>Matches the webhook&apos;s label, product or URL</source>
        <translation>Durchsucht Bezeichnung, Produkt und URL des Webhooks</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Webhook status filter</source>
        <translation>Filter nach Webhook-Status</translation>
    </message>
</context>
<context>
    <name>cv::ui::WordingProxyModel</name>
    <message>
        <source>Changed here; sent to Connect by the next sync</source>
        <translation>Hier geändert; wird mit der nächsten Synchronisierung an Connect gesendet</translation>
    </message>
</context>
</TS>
