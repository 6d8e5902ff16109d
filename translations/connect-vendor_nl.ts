<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AgreementLabels</name>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distributie</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>Syndicatie</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Inschrijven</translation>
    </message>
    <message>
        <source>Pending signature</source>
        <translation>Wacht op ondertekening</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Niet ingeschreven</translation>
    </message>
    <message>
        <source>To sign</source>
        <translation>Te ondertekenen</translation>
    </message>
    <message>
        <source>New version to sign</source>
        <translation>Nieuwe versie te ondertekenen</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>contract status</comment>
        <translation>Actief</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Inquiring</source>
        <translation>Informatie opgevraagd</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>support case state: waiting for support</comment>
        <translation>In behandeling</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Korte beschrijving</translation>
    </message>
    <message>
        <source>Detailed overview</source>
        <translation>Uitgebreid overzicht</translation>
    </message>
    <message>
        <source>Service description</source>
        <translation>Servicebeschrijving</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Aan de slag</translation>
    </message>
    <message>
        <source>Download links</source>
        <translation>Downloadkoppelingen</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentatie</translation>
    </message>
    <message>
        <source>Action URL</source>
        <translation>Actie-URL</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>MPN</source>
        <translation>MPN</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Factureringsperiode</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisie</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Verplichting</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Beperkingen</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <source>Action ID</source>
        <translation>Actie-ID</translation>
    </message>
</context>
<context>
    <name>IntegrationLabels</name>
    <message>
        <source>Inactive</source>
        <translation>Inactief</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Verloopt binnenkort</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Ingeschakeld</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Fulfillment requests</source>
        <translation>Orderverwerkingsaanvragen</translation>
    </message>
    <message>
        <source>Tier configuration requests</source>
        <translation>Aanvragen voor niveauconfiguratie</translation>
    </message>
    <message>
        <source>Tier account requests</source>
        <translation>Aanvragen voor niveauaccounts</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>Vermeldingsaanvragen</translation>
    </message>
    <message>
        <source>Billing requests</source>
        <translation>Factureringsaanvragen</translation>
    </message>
    <message>
        <source>Usage files</source>
        <translation>Gebruiksbestanden</translation>
    </message>
    <message>
        <source>Any change (event)</source>
        <translation>Elke wijziging (gebeurtenis)</translation>
    </message>
    <message>
        <source>Draft validation</source>
        <translation>Validatie van concept</translation>
    </message>
    <message>
        <source>Inquiring validation</source>
        <translation>Validatie van informatieverzoek</translation>
    </message>
    <message>
        <source>Change validation</source>
        <translation>Validatie van wijziging</translation>
    </message>
    <message>
        <source>Change inquiring validation</source>
        <translation>Validatie van informatieverzoek bij wijziging</translation>
    </message>
    <message>
        <source>Renewal validation</source>
        <translation>Validatie van verlenging</translation>
    </message>
    <message>
        <source>Renewal inquiring validation</source>
        <translation>Validatie van informatieverzoek bij verlenging</translation>
    </message>
    <message>
        <source>Transfer validation</source>
        <translation>Validatie van overdracht</translation>
    </message>
    <message>
        <source>Transfer inquiring validation</source>
        <translation>Validatie van informatieverzoek bij overdracht</translation>
    </message>
    <message>
        <source>Draft tier 1 configuration validation</source>
        <translation>Validatie van conceptconfiguratie niveau 1</translation>
    </message>
    <message>
        <source>Draft tier 2 configuration validation</source>
        <translation>Validatie van conceptconfiguratie niveau 2</translation>
    </message>
    <message>
        <source>Tier 1 setup inquiring validation</source>
        <translation>Validatie van informatieverzoek bij instelling niveau 1</translation>
    </message>
    <message>
        <source>Tier 2 setup inquiring validation</source>
        <translation>Validatie van informatieverzoek bij instelling niveau 2</translation>
    </message>
    <message>
        <source>Tier 1 update validation</source>
        <translation>Validatie van update niveau 1</translation>
    </message>
    <message>
        <source>Tier 2 update validation</source>
        <translation>Validatie van update niveau 2</translation>
    </message>
    <message>
        <source>Tier 1 update inquiring validation</source>
        <translation>Validatie van informatieverzoek bij update niveau 1</translation>
    </message>
    <message>
        <source>Tier 2 update inquiring validation</source>
        <translation>Validatie van informatieverzoek bij update niveau 2</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>Wacht op synchronisatie</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Verplicht.</translation>
    </message>
    <message>
        <source>Choose one of the list.</source>
        <translation>Kies een waarde uit de lijst.</translation>
    </message>
    <message>
        <source>Enter a full http:// or https:// address, e.g. https://hooks.example.com/connect.</source>
        <translation>Voer een volledig http://- of https://-adres in, bijvoorbeeld https://hooks.example.com/connect.</translation>
    </message>
    <message>
        <source>Line %1: write each header as &quot;Name: value&quot;.</source>
        <translation>Regel %1: schrijf elke header als &quot;Naam: waarde&quot;.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a header name (letters, digits and - only).</source>
        <translation>Regel %1: &quot;%2&quot; is geen headernaam (alleen letters, cijfers en -).</translation>
    </message>
    <message>
        <source>Connect says: %1</source>
        <translation>Connect meldt: %1</translation>
    </message>
    <message>
        <source>Connect did not accept the API key (401). Check the key in the account settings.</source>
        <translation>Connect heeft de API-sleutel niet geaccepteerd (401). Controleer de sleutel in de accountinstellingen.</translation>
    </message>
    <message>
        <source>Not allowed: the API key this app uses has no permission for this (Connect answered 403). Give the key&apos;s token this module&apos;s permission, or use another key. %1</source>
        <translation>Niet toegestaan: de API-sleutel die deze app gebruikt, heeft hiervoor geen machtiging (Connect antwoordde 403). Geef het token van de sleutel de machtiging voor deze module of gebruik een andere sleutel. %1</translation>
    </message>
    <message>
        <source>Connect no longer has this object (404): it was deleted elsewhere. %1</source>
        <translation>Dit object bestaat niet meer in Connect (404): het is elders verwijderd. %1</translation>
    </message>
    <message>
        <source>Conflict: someone changed this on Connect at the same time (409). %1</source>
        <translation>Conflict: iemand heeft dit tegelijkertijd in Connect gewijzigd (409). %1</translation>
    </message>
    <message>
        <source>Connect refused this change (%1): %2 Change it and save again, or Dismiss to keep Connect&apos;s version.</source>
        <translation>Connect heeft deze wijziging geweigerd (%1): %2 Pas deze aan en sla opnieuw op, of kies Verwerpen om de versie van Connect te behouden.</translation>
    </message>
    <message>
        <source>Connect refused this change: %1</source>
        <translation>Connect heeft deze wijziging geweigerd: %1</translation>
    </message>
    <message>
        <source>Valid: the token is signed with this webhook&apos;s secret and the body matches it.</source>
        <translation>Geldig: het token is ondertekend met het geheim van deze webhook en de body komt ermee overeen.</translation>
    </message>
    <message>
        <source>Choose a webhook whose secret to check with (or paste the secret).</source>
        <translation>Kies de webhook met het geheim waarmee moet worden gecontroleerd (of plak het geheim).</translation>
    </message>
    <message>
        <source>Refused: the delivery has no Authorization header.</source>
        <translation>Geweigerd: de levering heeft geen Authorization-header.</translation>
    </message>
    <message>
        <source>Refused: the Authorization header is not &quot;Bearer &lt;token&gt;&quot;.</source>
        <translation>Geweigerd: de Authorization-header heeft niet de vorm &quot;Bearer &lt;token&gt;&quot;.</translation>
    </message>
    <message>
        <source>Refused: the Bearer token is not a JSON Web Token (%1).</source>
        <translation>Geweigerd: het Bearer-token is geen JSON Web Token (%1).</translation>
    </message>
    <message>
        <source>Refused: the token is signed with &quot;%1&quot;; Connect signs with HS256 only.</source>
        <translation>Geweigerd: het token is ondertekend met &quot;%1&quot;; Connect ondertekent alleen met HS256.</translation>
    </message>
    <message>
        <source>Refused: the signature does not match. The token was changed on the way, or signed with another secret.</source>
        <translation>Geweigerd: de handtekening komt niet overeen. Het token is onderweg gewijzigd of met een ander geheim ondertekend.</translation>
    </message>
    <message>
        <source>Refused: the token expired at %1 (UTC).</source>
        <translation>Geweigerd: het token is verlopen op %1 (UTC).</translation>
    </message>
    <message>
        <source>Refused: the token is not valid before %1 (UTC).</source>
        <translation>Geweigerd: het token is niet geldig vóór %1 (UTC).</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>status of a token or webhook</comment>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>status of a token or webhook</comment>
        <translation>In behandeling</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Gebruik maximaal %n teken.</numerusform>
            <numerusform>Gebruik maximaal %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: the body is not a JSON object, so it cannot be checked against the signed token.</source>
        <translation>Geweigerd: de body is geen JSON-object en kan dus niet met het ondertekende token worden vergeleken.</translation>
    </message>
    <message>
        <source>Refused: the body does not match the signed token. These fields have other values than the signed ones: %1.</source>
        <extracomment>%1 lists the body&apos;s fields, e.g. &quot;id, status&quot;.</extracomment>
        <translation>Geweigerd: de body komt niet overeen met het ondertekende token. Deze velden hebben andere waarden dan de ondertekende: %1.</translation>
    </message>
</context>
<context>
    <name>ListingLabels</name>
    <message>
        <source>Listed</source>
        <translation>Vermeld</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Niet vermeld</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>Nieuwe vermelding</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Verwijdering</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In beoordeling</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Wordt geïmplementeerd</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Niet toegestaan</translation>
    </message>
    <message>
        <source>The distribution contract is not active yet (%1).</source>
        <translation>Het distributiecontract is nog niet actief (%1).</translation>
    </message>
    <message>
        <source>Already listed (%1).</source>
        <translation>Al vermeld (%1).</translation>
    </message>
    <message>
        <source>A listing request is already open (%1).</source>
        <translation>Er staat al een vermeldingsaanvraag open (%1).</translation>
    </message>
    <message>
        <source>%1 is not in this account&apos;s data.</source>
        <translation>%1 komt niet voor in de gegevens van dit account.</translation>
    </message>
    <message>
        <source>Only published products can be listed (this one is %1).</source>
        <translation>Alleen gepubliceerde producten kunnen worden vermeld (dit product is %1).</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>De wijziging kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>listing: a request to list the product waits for review</comment>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>No active distribution contract: enroll in the marketplace&apos;s distribution agreement under Agreements first.</source>
        <translation>Geen actief distributiecontract: schrijf u eerst in voor de distributieovereenkomst van de marketplace onder Overeenkomsten.</translation>
    </message>
    <message>
        <source>Not possible while its state is “%1”.</source>
        <translation>Niet mogelijk zolang de status “%1” is.</translation>
    </message>
</context>
<context>
    <name>ModuleInfo</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Orderverwerking</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Overeenkomsten</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Vermeldingen</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Gebruik</translation>
    </message>
    <message>
        <source>Help &amp; Support</source>
        <translation>Help en ondersteuning</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaris</translation>
    </message>
    <message>
        <source>Every module at a glance.</source>
        <translation>Alle modules in één oogopslag.</translation>
    </message>
    <message>
        <source>Process orders from resellers: purchases, changes, suspensions and cancellations.</source>
        <translation>Verwerk orders van resellers: aankopen, wijzigingen, onderbrekingen en opzeggingen.</translation>
    </message>
    <message>
        <source>Your account details and the users who can access it.</source>
        <translation>Uw accountgegevens en de gebruikers die er toegang toe hebben.</translation>
    </message>
    <message>
        <source>Tokens and webhooks to integrate Connect with your own systems.</source>
        <translation>Tokens en webhooks om Connect te koppelen aan uw eigen systemen.</translation>
    </message>
    <message>
        <source>Program and distribution agreements with your providers.</source>
        <translation>Programma- en distributieovereenkomsten met uw providers.</translation>
    </message>
    <message>
        <source>List your products on marketplaces you have a distribution agreement with.</source>
        <translation>Vermeld uw producten op marketplaces waarmee u een distributieovereenkomst hebt.</translation>
    </message>
    <message>
        <source>Report pay-as-you-go consumption of your products.</source>
        <translation>Rapporteer het verbruik van uw producten met betalen naar gebruik.</translation>
    </message>
    <message>
        <source>Knowledge base, release notes and support cases.</source>
        <translation>Kennisbank, releaseopmerkingen en supportcases.</translation>
    </message>
    <message>
        <source>Define, preview and publish your products.</source>
        <translation>Definieer, bekijk en publiceer uw producten.</translation>
    </message>
    <message>
        <source>Reports on orders, subscriptions, billing and usage, made from the synced data.</source>
        <translation>Rapporten over bestellingen, abonnementen, facturering en verbruik, uit de gesynchroniseerde gegevens.</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>Connect refused this value: %1</source>
        <translation>Connect heeft deze waarde geweigerd: %1</translation>
    </message>
    <message>
        <source>Your API key has no permission for this change. Ask an administrator of the account to grant it, or use a key that has it. Your change is kept here.</source>
        <translation>Uw API-sleutel heeft geen machtiging voor deze wijziging. Vraag een beheerder van het account om deze toe te kennen of gebruik een sleutel die de machtiging wel heeft. Uw wijziging blijft hier bewaard.</translation>
    </message>
    <message>
        <source>Connect said: %1</source>
        <translation>Connect meldde: %1</translation>
    </message>
    <message>
        <source>Changed on Connect too since your edit: open the conflicts in the status bar to choose which version to keep.</source>
        <translation>Sinds uw bewerking ook in Connect gewijzigd: open de conflicten in de statusbalk om te kiezen welke versie u wilt behouden.</translation>
    </message>
    <message>
        <source>Connect cannot be reached: your change is saved on this computer and is sent on the next sync.</source>
        <translation>Connect is niet bereikbaar: uw wijziging is op deze computer opgeslagen en wordt bij de volgende synchronisatie verzonden.</translation>
    </message>
    <message>
        <source>This no longer exists on Connect (someone may have removed it).</source>
        <translation>Dit bestaat niet meer in Connect (mogelijk heeft iemand het verwijderd).</translation>
    </message>
    <message>
        <source>Connect refused this change.</source>
        <translation>Connect heeft deze wijziging geweigerd.</translation>
    </message>
    <message>
        <source>Connect refused this change: %1</source>
        <translation>Connect heeft deze wijziging geweigerd: %1</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting for sync (Connect cannot be reached now, it is sent when the connection is back)</source>
        <translation>Opgeslagen op deze computer; wacht op synchronisatie (Connect is nu niet bereikbaar, de wijziging wordt verzonden zodra de verbinding terug is)</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>Wacht op synchronisatie</translation>
    </message>
    <message>
        <source>Waiting for sync (offline)</source>
        <translation>Wacht op synchronisatie (offline)</translation>
    </message>
    <message>
        <source>Waiting for sync: saved on this computer, sent with the next sync (F5 syncs now)</source>
        <translation>Wacht op synchronisatie: opgeslagen op deze computer, verzonden bij de volgende synchronisatie (F5 synchroniseert nu)</translation>
    </message>
</context>
<context>
    <name>ProductLabels</name>
    <message>
        <source>Reservation</source>
        <translation>Reservering</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation>Betalen naar gebruik</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Eenmalig</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Maandelijks</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jaarlijks</translation>
    </message>
    <message>
        <source>Monthly trial</source>
        <translation>Maandelijkse proefperiode</translation>
    </message>
    <message>
        <source>7-day trial</source>
        <translation>Proefperiode van 7 dagen</translation>
    </message>
    <message>
        <source>14-day trial</source>
        <translation>Proefperiode van 14 dagen</translation>
    </message>
    <message>
        <source>30-day trial</source>
        <translation>Proefperiode van 30 dagen</translation>
    </message>
    <message>
        <source>Integer (whole units)</source>
        <translation>Geheel getal (hele eenheden)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>1 billing period</source>
        <translation>1 factureringsperiode</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 jaar</translation>
    </message>
    <message>
        <source>Single line text</source>
        <translation>Tekst van één regel</translation>
    </message>
    <message>
        <source>Drop-down list</source>
        <translation>Vervolgkeuzelijst</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Checkboxes</source>
        <translation>Selectievakjes</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation>Subdomein</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>JSON-object</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Radio buttons (choice)</source>
        <translation>Keuzerondjes (keuze)</translation>
    </message>
    <message>
        <source>Heading (form section title)</source>
        <translation>Kop (titel van formuliersectie)</translation>
    </message>
    <message>
        <source>Content (read-only text)</source>
        <translation>Inhoud (alleen-lezentekst)</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>Bestellen</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuratie</translation>
    </message>
    <message>
        <source>Asset (subscription)</source>
        <translation>Asset (abonnement)</translation>
    </message>
    <message>
        <source>Tier 1 (reseller)</source>
        <translation>Niveau 1 (reseller)</translation>
    </message>
    <message>
        <source>Tier 2 (reseller)</source>
        <translation>Niveau 2 (reseller)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Item and marketplace</source>
        <translation>Item en marketplace</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activering</translation>
    </message>
    <message>
        <source>Inquire</source>
        <translation>Informatie opvragen</translation>
    </message>
    <message>
        <source>Tier setup</source>
        <translation>Niveau-instelling</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>End of sale</source>
        <translation>Einde verkoop</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licenties</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Eenheden</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Apparaten</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Postvakken</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Booleaans</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Boxen</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aanroepen</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computers</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindingen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Tegoeden</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-adressen</translation>
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
        <translation>MB-uren (betalen naar gebruik)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <source>MHz-hours (pay-as-you-go)</source>
        <translation>MHz-uren (betalen naar gebruik)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Mobile devices</source>
        <translation>Mobiele apparaten</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servers</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Winkels</translation>
    </message>
    <message>
        <source>Unit-hours (pay-as-you-go)</source>
        <translation>Eenheid-uren (betalen naar gebruik)</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Websites</translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <extracomment>A billing period of several years; %n is the number of years (2 or more).</extracomment>
        <translation>
            <numerusform>Elke %n jaar</numerusform>
            <numerusform>Elke %n jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>Decimal, 1 digit</source>
        <translation>Decimaal, 1 cijfer</translation>
    </message>
    <message numerus="yes">
        <source>Decimal, %n digits</source>
        <extracomment>%n is how many digits after the decimal point.</extracomment>
        <translation>
            <numerusform>Decimaal, %n cijfer</numerusform>
            <numerusform>Decimaal, %n cijfers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n billing periods</source>
        <translation>
            <numerusform>%n factureringsperiode</numerusform>
            <numerusform>%n factureringsperioden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <comment>parameter phase: asked while the vendor fulfills the request</comment>
        <translation>Orderverwerking</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>template type: shown while a subscription request waits</comment>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>unit of measure</comment>
        <translation>Items</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Fulfillment requests</source>
        <translation>Orderverwerkingsaanvragen</translation>
    </message>
    <message>
        <source>Fulfillment requests: line items</source>
        <translation>Orderverwerkingsaanvragen: regelitems</translation>
    </message>
    <message>
        <source>Requests failed with a vendor reason</source>
        <translation>Aanvragen mislukt met een reden van de leverancier</translation>
    </message>
    <message>
        <source>Billing requests</source>
        <translation>Factureringsaanvragen</translation>
    </message>
    <message>
        <source>Billing requests: line items</source>
        <translation>Factureringsaanvragen: regelitems</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnementen</translation>
    </message>
    <message>
        <source>Tier configuration requests</source>
        <translation>Aanvragen voor niveauconfiguratie</translation>
    </message>
    <message>
        <source>Tier configurations</source>
        <translation>Niveauconfiguraties</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>Vermeldingsaanvragen</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Vermeldingen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracten</translation>
    </message>
    <message>
        <source>Usage per subscription</source>
        <translation>Gebruik per abonnement</translation>
    </message>
    <message>
        <source>SLA of pending requests</source>
        <translation>SLA van openstaande aanvragen</translation>
    </message>
    <message>
        <source>Helpdesk cases</source>
        <translation>Supportmeldingen</translation>
    </message>
    <message>
        <source>One row per request: customer and tiers, product, marketplace, connection, items and parameters.</source>
        <translation>Eén rij per aanvraag: klant en niveaus, product, marketplace, verbinding, items en parameters.</translation>
    </message>
    <message>
        <source>One row per item of each request, with its quantity and the previous one.</source>
        <translation>Eén rij per item van elke aanvraag, met de hoeveelheid en de vorige hoeveelheid.</translation>
    </message>
    <message>
        <source>Failed requests and the reason the vendor gave.</source>
        <translation>Mislukte aanvragen en de reden die de leverancier heeft opgegeven.</translation>
    </message>
    <message>
        <source>Vendor and provider billing requests with their period.</source>
        <translation>Factureringsaanvragen van leveranciers en providers met hun periode.</translation>
    </message>
    <message>
        <source>One row per billed item and cycle.</source>
        <translation>Eén rij per gefactureerd item en cyclus.</translation>
    </message>
    <message>
        <source>Subscriptions (assets) with their customer, billing period and next billing date.</source>
        <translation>Abonnementen (assets) met hun klant, factureringsperiode en volgende factuurdatum.</translation>
    </message>
    <message>
        <source>Tier configuration requests of resellers.</source>
        <translation>Aanvragen voor niveauconfiguratie van resellers.</translation>
    </message>
    <message>
        <source>Tier configurations and their accounts.</source>
        <translation>Niveauconfiguraties en hun accounts.</translation>
    </message>
    <message>
        <source>Requests to list products in marketplaces.</source>
        <translation>Aanvragen om producten in marketplaces te vermelden.</translation>
    </message>
    <message>
        <source>Where the products are listed.</source>
        <translation>Waar de producten vermeld zijn.</translation>
    </message>
    <message>
        <source>Customers and resellers (tier accounts) with their contacts.</source>
        <translation>Klanten en resellers (niveauaccounts) met hun contactpersonen.</translation>
    </message>
    <message>
        <source>Program and distribution contracts.</source>
        <translation>Programma- en distributiecontracten.</translation>
    </message>
    <message>
        <source>Usage records grouped by subscription.</source>
        <translation>Gebruiksrecords gegroepeerd per abonnement.</translation>
    </message>
    <message>
        <source>Open requests with the days they have waited: ok up to 2 days, warning up to 5, then overdue.</source>
        <translation>Open aanvragen met het aantal dagen dat ze wachten: in orde tot 2 dagen, waarschuwing tot 5, daarna te laat.</translation>
    </message>
    <message>
        <source>Support cases with their state and dates.</source>
        <translation>Supportmeldingen met hun status en datums.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Inquiring</source>
        <translation>Informatie opgevraagd</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Tiers setup</source>
        <translation>Niveau-instelling</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Revoking</source>
        <translation>Wordt ingetrokken</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Aankoop</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Opschorting</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatting</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Opzegging</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Verlenging</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Verwerken</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Wordt beëindigd</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Opgeschort</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Vermeld</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Niet vermeld</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijdering</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>In beoordeling</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Wordt geïmplementeerd</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Reseller</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distributie</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Doorverwijzing</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Inschrijven</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ongeldig</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technisch</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Zakelijk</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>start</source>
        <translation>begin</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Tier account requests</source>
        <translation>Aanvragen voor niveauaccounts</translation>
    </message>
    <message>
        <source>Changes of customer and reseller accounts sent to you to accept or ignore.</source>
        <translation>Wijzigingen van klant- en reselleraccounts die naar u zijn verzonden om te accepteren of te negeren.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Genegeerd</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>Niet ondersteund</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <source>Tiers setup</source>
        <translation>Niveau-instelling</translation>
    </message>
    <message>
        <source>Inquiring</source>
        <translation>Informatie opgevraagd</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Revoking</source>
        <translation>Wordt ingetrokken</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Productie</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Omgeving</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>The request is no longer in the cache.</source>
        <translation>De aanvraag staat niet meer in de cache.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Kies een sjabloon.</translation>
    </message>
    <message>
        <source>The template is not one of this product&apos;s templates for this action.</source>
        <translation>Het sjabloon is geen sjabloon van dit product voor deze actie.</translation>
    </message>
    <message>
        <source>Give a reason for the customer.</source>
        <translation>Geef een reden op voor de klant.</translation>
    </message>
    <message>
        <source>Choose an inquire template or write a message on at least one parameter.</source>
        <translation>Kies een sjabloon voor het informatieverzoek of schrijf bij ten minste één parameter een bericht.</translation>
    </message>
    <message>
        <source>Your user is not known yet; sync first.</source>
        <translation>Uw gebruiker is nog niet bekend; synchroniseer eerst.</translation>
    </message>
    <message>
        <source>The change could not be saved in the local cache: %1</source>
        <translation>De wijziging kon niet in de lokale cache worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Purchase</source>
        <comment>request type</comment>
        <translation>Aankoop</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>request type: the customer changes a subscription</comment>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Suspend</source>
        <comment>request type: the customer suspends a subscription</comment>
        <translation>Opschorting</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>request type: the customer resumes a subscription</comment>
        <translation>Hervatting</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>request type: the customer cancels a subscription</comment>
        <translation>Opzegging</translation>
    </message>
    <message>
        <source>Renew</source>
        <comment>request type: the subscription is renewed</comment>
        <translation>Verlenging</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <comment>request type</comment>
        <translation>Correctie</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>request status: waiting for the vendor</comment>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Preview</source>
        <comment>environment of a request (test, preview, production)</comment>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column: when the request was created</comment>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Not possible while the request&apos;s status is “%1”.</source>
        <extracomment>%1 is the request&apos;s status as shown in the Status column (&quot;Approved&quot;, &quot;Failed&quot;…).</extracomment>
        <translation>Niet mogelijk zolang de status van de aanvraag “%1” is.</translation>
    </message>
    <message>
        <source>Fill in the required parameters first: %1.</source>
        <translation>Vul eerst de verplichte parameters in: %1.</translation>
    </message>
</context>
<context>
    <name>UsageLabels</name>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Uploaden</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Geüpload</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Verwerken</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ongeldig</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>Pending acceptance</source>
        <translation>Wacht op acceptatie</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Uploaden…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Indienen</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Accepteren…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Afwijzen…</translation>
    </message>
    <message>
        <source>Close file</source>
        <translation>Bestand sluiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos;, row %2: %3</source>
        <translation>Blad &apos;%1&apos;, rij %2: %3</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos;, row %2, column %3 (%4): %5</source>
        <translation>Blad &apos;%1&apos;, rij %2, kolom %3 (%4): %5</translation>
    </message>
</context>
<context>
    <name>UserFacingErrors</name>
    <message>
        <source>“%1” is not a web address. Enter the API endpoint, for example https://api.connect.cloudblue.com/public/v1.</source>
        <translation>“%1” is geen webadres. Voer het API-eindpunt in, bijvoorbeeld https://api.connect.cloudblue.com/public/v1.</translation>
    </message>
    <message>
        <source>Could not reach the endpoint: %1. Check the address and your connection.</source>
        <translation>Kan het eindpunt niet bereiken: %1. Controleer het adres en uw verbinding.</translation>
    </message>
    <message>
        <source>Connect refused this API key (HTTP %1). Check that it is complete and not revoked.</source>
        <translation>Connect heeft deze API-sleutel geweigerd (HTTP %1). Controleer of de sleutel volledig is en niet is ingetrokken.</translation>
    </message>
    <message>
        <source>The endpoint answered, but not like the Connect API: %1. Check the address.</source>
        <translation>Het eindpunt antwoordde, maar niet zoals de Connect-API: %1. Controleer het adres.</translation>
    </message>
    <message>
        <source>The endpoint failed to answer (%1). Try again later.</source>
        <translation>Het eindpunt gaf geen antwoord (%1). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>No API key is stored for this account.</source>
        <translation>Er is geen API-sleutel opgeslagen voor dit account.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>De sleutelhanger van het systeem meldde een fout: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>De sandbox kon niet worden gestart: %1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s key could not be read from the system keychain: %1</source>
        <translation>De sleutel van de sandbox kon niet uit de sleutelhanger van het systeem worden gelezen: %1</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the API key was not saved. Start or unlock your desktop&apos;s keyring (e.g. GNOME Keyring or KWallet) and add the account again, or keep the key in memory for this run when asked.</source>
        <translation>Er is geen sleutelhanger van het systeem beschikbaar (%1), dus de API-sleutel is niet opgeslagen. Start of ontgrendel de sleutelring van uw desktop (bijvoorbeeld GNOME Keyring of KWallet) en voeg het account opnieuw toe, of bewaar de sleutel desgevraagd alleen voor deze sessie in het geheugen.</translation>
    </message>
    <message>
        <source>The system keychain refused access (for example, its password prompt was canceled), so the API key was not saved. Add the account again and unlock the keyring when your desktop asks, or keep the key in memory for this run when asked.</source>
        <translation>De sleutelhanger van het systeem weigerde de toegang (bijvoorbeeld omdat de wachtwoordvraag werd geannuleerd), dus de API-sleutel is niet opgeslagen. Voeg het account opnieuw toe en ontgrendel de sleutelhanger wanneer uw bureaublad erom vraagt, of bewaar de sleutel voor deze sessie in het geheugen wanneer daarom wordt gevraagd.</translation>
    </message>
</context>
<context>
    <name>cv::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Over %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>A desktop client for CloudBlue Connect vendors: products, fulfilment, agreements, listings, usage and reports, online or offline.</source>
        <translation>Een desktopclient voor CloudBlue Connect-leveranciers: producten, orderverwerking, overeenkomsten, vermeldingen, gebruik en rapporten, online of offline.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Gebouwd met:</translation>
    </message>
    <message>
        <source>Libraries, versions and licences</source>
        <translation>Bibliotheken, versies en licenties</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Gebruikt voor</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(niet opgegeven)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>Diagnostische gegevens &amp;kopiëren</translation>
    </message>
    <message>
        <source>Versions, system and account ids for a bug report; no keys or secrets</source>
        <translation>Versies, systeem en account-ID&apos;s voor een bugrapport; geen sleutels of geheimen</translation>
    </message>
    <message>
        <source>Copied to the clipboard: paste it into a support case or a bug report.</source>
        <translation>Naar het klembord gekopieerd: plak het in een supportcase of bugrapport.</translation>
    </message>
</context>
<context>
    <name>cv::ui::AccountNavigator</name>
    <message>
        <source>No account</source>
        <translation>Geen account</translation>
    </message>
    <message>
        <source>Account navigator: switch accounts or sign out</source>
        <translation>Accountnavigator: van account wisselen of afmelden</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Niet aangemeld</translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation>Van account wisselen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Account toevoegen…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>%1
Vendor account %2</source>
        <extracomment>%1 is the account&apos;s name, %2 its ID (VA-…).</extracomment>
        <translation>%1
Leveranciersaccount %2</translation>
    </message>
    <message>
        <source>%1
Provider account %2</source>
        <extracomment>%1 is the account&apos;s name, %2 its ID (PA-…).</extracomment>
        <translation>%1
Provideraccount %2</translation>
    </message>
    <message>
        <source>%1
Account %2 (%3)</source>
        <extracomment>%1 is the account&apos;s name, %2 its ID, %3 its type as Connect names it.</extracomment>
        <translation>%1
Account %2 (%3)</translation>
    </message>
    <message>
        <source>About Connect Vendor Desktop</source>
        <translation>Over Connect Vendor Desktop</translation>
    </message>
</context>
<context>
    <name>cv::ui::AccountPage</name>
    <message>
        <source>Account details</source>
        <translation>Accountgegevens</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>Account-ID:</translation>
    </message>
    <message>
        <source>Brand ID:</source>
        <translation>Merk-ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Save name</source>
        <translation>Naam op&amp;slaan</translation>
    </message>
    <message>
        <source>Saved on this computer at once and sent to Connect on the next sync.</source>
        <translation>Direct op deze computer opgeslagen en bij de volgende synchronisatie naar Connect verzonden.</translation>
    </message>
    <message>
        <source>Once the cause is fixed (e.g. the permission granted), send the change with the next sync.</source>
        <translation>Zodra de oorzaak is opgelost (bijvoorbeeld de machtiging is verleend), wordt de wijziging bij de volgende synchronisatie verzonden.</translation>
    </message>
    <message>
        <source>&amp;Discard my change</source>
        <translation>Mijn wijziging &amp;verwerpen</translation>
    </message>
    <message>
        <source>Show the name Connect has again and forget the change.</source>
        <translation>De naam uit Connect weer tonen en de wijziging vergeten.</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Gebruiker &amp;toevoegen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Laatste activiteit</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>(named on registration)</source>
        <translation>(opgegeven bij registratie)</translation>
    </message>
    <message>
        <source>(after the first sync)</source>
        <translation>(na de eerste synchronisatie)</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <source>Distributor (provider)</source>
        <translation>Distributeur (provider)</translation>
    </message>
    <message>
        <source>The account was closed; open it again to add the user.</source>
        <translation>Het account is gesloten; open het opnieuw om de gebruiker toe te voegen.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Gebruiker verwijderen</translation>
    </message>
    <message>
        <source>Cancel the invitation of %1? It has not reached Connect, so nothing is sent.</source>
        <translation>De uitnodiging van %1 annuleren? Deze is nog niet bij Connect aangekomen, dus er wordt niets verzonden.</translation>
    </message>
    <message>
        <source>Remove %1 from the account? They lose access to it once the change is synced.</source>
        <translation>%1 uit het account verwijderen? De toegang vervalt zodra de wijziging is gesynchroniseerd.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>&amp;Opnieuw verzenden</translation>
    </message>
    <message>
        <source>Search users by name, email or role (Ctrl+F)</source>
        <translation>Gebruikers zoeken op naam, e-mail of rol (Ctrl+F)</translation>
    </message>
    <message>
        <source>Re&amp;move user</source>
        <translation>Gebruiker &amp;verwijderen</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>user status</comment>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Gebruikers zoeken</translation>
    </message>
    <message>
        <source>Matches the user&apos;s name, email or role</source>
        <translation>Zoekt in de naam, het e-mailadres of de rol van de gebruiker</translation>
    </message>
    <message>
        <source>User status filter</source>
        <translation>Filter op gebruikersstatus</translation>
    </message>
</context>
<context>
    <name>cv::ui::ActionDialog</name>
    <message>
        <source>Edit Action</source>
        <translation>Actie bewerken</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>e.g. sso_login</source>
        <translation>bijv. sso_login</translation>
    </message>
    <message>
        <source>Button text, e.g. Open admin panel</source>
        <translation>Knoptekst, bijv. Beheerpaneel openen</translation>
    </message>
    <message>
        <source>Action &amp;ID:</source>
        <translation>Actie-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Bereik:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <source>%1: This field is required.</source>
        <translation>%1: dit veld is verplicht.</translation>
    </message>
</context>
<context>
    <name>cv::ui::ActionsTab</name>
    <message>
        <source>&amp;Add Action</source>
        <translation>Actie &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bewerken</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Opnieuw genereren</translation>
    </message>
    <message>
        <source>Action ID</source>
        <translation>Actie-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>https://your-service.example.com/sso</source>
        <translation>https://your-service.example.com/sso</translation>
    </message>
    <message>
        <source>Actions are buttons customers see on their subscription; a click opens your target URL with a signed JWT.</source>
        <translation>Acties zijn knoppen die klanten bij hun abonnement zien; een klik opent uw doel-URL met een ondertekend JWT.</translation>
    </message>
    <message>
        <source>Action link</source>
        <translation>Actiekoppeling</translation>
    </message>
    <message>
        <source>Target &amp;URL:</source>
        <translation>Doel-&amp;URL:</translation>
    </message>
    <message>
        <source>JWT secret:</source>
        <translation>JWT-geheim:</translation>
    </message>
    <message>
        <source>The secret is only shown while it is known from the server; it is never stored on this computer.</source>
        <translation>Het geheim wordt alleen getoond zolang het van de server bekend is; het wordt nooit op deze computer opgeslagen.</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Het geheim naar het klembord kopiëren</translation>
    </message>
    <message>
        <source>A new secret was requested. It appears after the next sync from the server; update your service with it then.</source>
        <translation>Er is een nieuw geheim aangevraagd. Het verschijnt na de volgende synchronisatie met de server; werk dan uw service ermee bij.</translation>
    </message>
    <message>
        <source>Change the action URL</source>
        <translation>De actie-URL wijzigen</translation>
    </message>
    <message>
        <source>Add action %1</source>
        <translation>Actie %1 toevoegen</translation>
    </message>
    <message>
        <source>Edit action %1</source>
        <translation>Actie %1 bewerken</translation>
    </message>
    <message>
        <source>Delete action %1</source>
        <translation>Actie %1 verwijderen</translation>
    </message>
    <message>
        <source>Read from Connect; kept in memory only, never stored on this computer.</source>
        <translation>Gelezen uit Connect; alleen in het geheugen bewaard, nooit op deze computer opgeslagen.</translation>
    </message>
    <message>
        <source>Action “%1” deleted.</source>
        <translation>Actie “%1” verwijderd.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Copy works once the secret has been read from Connect: when the app is online and the product is on Connect. It is kept in memory only, never stored on this computer.</source>
        <translation>Kopiëren werkt zodra het geheim uit Connect is gelezen: als de app online is en het product in Connect staat. Het blijft alleen in het geheugen en wordt nooit op deze computer opgeslagen.</translation>
    </message>
</context>
<context>
    <name>cv::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Gebruiker toevoegen</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>naam@bedrijf.nl</translation>
    </message>
    <message>
        <source>Admin (the one role Connect offers vendor accounts today)</source>
        <translation>Beheerder (de enige rol die Connect momenteel voor leveranciersaccounts aanbiedt)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Uitnodigen</translation>
    </message>
    <message>
        <source>Connect emails an invitation to this address. The new user enters their name when registering and gets access to the account&apos;s products, fulfillment queue and settings.</source>
        <translation>Connect stuurt een uitnodiging naar dit adres. De nieuwe gebruiker vult bij de registratie zijn naam in en krijgt toegang tot de producten, de orderverwerkingswachtrij en de instellingen van het account.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
</context>
<context>
    <name>cv::ui::AgreementDetailPage</name>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Version %1 on %2 by %3</source>
        <translation>Versie %1 op %2 door %3</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>een onbekende gebruiker</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Niet ondertekend</translation>
    </message>
    <message>
        <source>Sign version %1…</source>
        <translation>Versie %1 ondertekenen…</translation>
    </message>
    <message>
        <source>The provider published version %1; you signed version %2. Read the changes under Versions, then sign.</source>
        <translation>De provider heeft versie %1 gepubliceerd; u hebt versie %2 ondertekend. Lees de wijzigingen onder Versies en onderteken daarna.</translation>
    </message>
    <message>
        <source>Version %1 published</source>
        <translation>Versie %1 gepubliceerd</translation>
    </message>
    <message>
        <source>Contract created</source>
        <translation>Contract gemaakt</translation>
    </message>
    <message>
        <source>Signed (contract on version %1)</source>
        <translation>Ondertekend (contract op versie %1)</translation>
    </message>
    <message>
        <source>Countersigned by the provider</source>
        <translation>Medeondertekend door de provider</translation>
    </message>
    <message>
        <source>Contract terminated</source>
        <translation>Contract beëindigd</translation>
    </message>
    <message>
        <source>Signed from this app</source>
        <translation>Ondertekend vanuit deze app</translation>
    </message>
    <message>
        <source>Enrolled from this app</source>
        <translation>Ingeschreven vanuit deze app</translation>
    </message>
    <message>
        <source>on Connect</source>
        <translation>in Connect</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>verzonden %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>geweigerd: %1</translation>
    </message>
    <message>
        <source>waiting for sync</source>
        <translation>wacht op synchronisatie</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>Versies laden…</translation>
    </message>
    <message>
        <source>Loading the document…</source>
        <translation>Document laden…</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>De versies konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>signed by you</source>
        <translation>door u ondertekend</translation>
    </message>
    <message>
        <source>version %1 is not known</source>
        <translation>versie %1 is niet bekend</translation>
    </message>
    <message>
        <source>This agreement has no document.</source>
        <translation>Deze overeenkomst heeft geen document.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versie %2</translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation>Kies twee verschillende versies.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergelijken…</translation>
    </message>
    <message>
        <source>The documents could not be downloaded: %1</source>
        <translation>De documenten konden niet worden gedownload: %1</translation>
    </message>
    <message>
        <source>These documents have no text to compare (open them to read them).</source>
        <translation>Deze documenten bevatten geen tekst om te vergelijken (open ze om ze te lezen).</translation>
    </message>
    <message>
        <source>The texts of versions %1 and %2 are the same.</source>
        <translation>De teksten van versie %1 en %2 zijn gelijk.</translation>
    </message>
    <message>
        <source>Sign version %1 of &quot;%2&quot; on behalf of %3? This accepts the agreement&apos;s terms.</source>
        <translation>Versie %1 van &quot;%2&quot; ondertekenen namens %3? Hiermee gaat u akkoord met de voorwaarden van de overeenkomst.</translation>
    </message>
    <message>
        <source>Sign agreement</source>
        <translation>Overeenkomst ondertekenen</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ondertekenen</translation>
    </message>
    <message>
        <source>← All agreements</source>
        <translation>← Alle overeenkomsten</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Active version:</source>
        <translation>Actieve versie:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Ondertekend:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Contract:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Sent to Connect</source>
        <translation>Naar Connect verzonden</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Wijzigingen tonen</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <extracomment>One part of the agreement&apos;s subtitle (parts are separated by &quot; · &quot;); %1 is the provider&apos;s name.</extracomment>
        <translation>Provider: %1</translation>
    </message>
    <message>
        <source>Marketplace: %1</source>
        <extracomment>One part of the agreement&apos;s subtitle (parts are separated by &quot; · &quot;); %1 is the marketplace&apos;s name.</extracomment>
        <translation>Marketplace: %1</translation>
    </message>
    <message>
        <source>Your enrollment is waiting for the provider&apos;s approval.</source>
        <translation>Uw inschrijving wacht op goedkeuring door de provider.</translation>
    </message>
    <message>
        <source>Enroll to list products on %1.</source>
        <translation>Schrijf u in om producten op %1 te vermelden.</translation>
    </message>
    <message>
        <source>Enrollment completed</source>
        <translation>Inschrijving voltooid</translation>
    </message>
    <message>
        <source>Action from this app: %1</source>
        <extracomment>%1 is the action&apos;s name as Connect&apos;s API writes it (or the error Connect gave for it).</extracomment>
        <translation>Actie vanuit deze app: %1</translation>
    </message>
    <message>
        <source>Enroll in agreement</source>
        <translation>Inschrijven voor overeenkomst</translation>
    </message>
    <message>
        <source>Enroll in this agreement…</source>
        <translation>Inschrijven voor deze overeenkomst…</translation>
    </message>
    <message>
        <source>Signing and enrolling need a connection to Connect, which records them.</source>
        <translation>Ondertekenen en inschrijven vereisen een verbinding met Connect, dat ze vastlegt.</translation>
    </message>
    <message>
        <source>A signature saved by an earlier version of this app is sent to Connect with the next sync. It takes effect once Connect confirms it.</source>
        <translation>Een handtekening die door een eerdere versie van deze app is opgeslagen, wordt bij de volgende synchronisatie naar Connect verzonden. Deze wordt van kracht zodra Connect haar bevestigt.</translation>
    </message>
    <message>
        <source>Connect cannot be reached. The versions and the document are kept on this computer once this page has been opened online; this agreement&apos;s have not been read yet.</source>
        <translation>Connect is niet bereikbaar. De versies en het document worden op deze computer bewaard zodra deze pagina online is geopend; die van deze overeenkomst zijn nog niet gelezen.</translation>
    </message>
    <message>
        <source>Connect cannot be reached: versions and documents as of %1, as kept on this computer.</source>
        <extracomment>%1 is the date and time the versions were read from Connect.</extracomment>
        <translation>Connect is niet bereikbaar: versies en documenten met de stand van %1, zoals bewaard op deze computer.</translation>
    </message>
    <message>
        <source>The versions could not be read (%1): shown as of %2, as kept on this computer.</source>
        <translation>De versies konden niet worden gelezen (%1): getoond met de stand van %2, zoals bewaard op deze computer.</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2: &lt;span class=&quot;removed&quot;&gt;removed&lt;/span&gt;, &lt;span class=&quot;added&quot;&gt;added&lt;/span&gt;.</source>
        <translation>Wijzigingen van versie %1 naar versie %2: &lt;span class=&quot;removed&quot;&gt;verwijderd&lt;/span&gt;, &lt;span class=&quot;added&quot;&gt;toegevoegd&lt;/span&gt;.</translation>
    </message>
    <message>
        <source>Connect records your signature as soon as you click Sign, so this needs a connection to Connect.</source>
        <translation>Connect legt uw handtekening vast zodra u op Ondertekenen klikt; hiervoor is dus een verbinding met Connect nodig.</translation>
    </message>
    <message>
        <source>Enroll in &quot;%1&quot; to list products on %2. Connect records your enrollment as soon as you click OK. A note for the provider (optional):</source>
        <translation>Schrijf u in voor &quot;%1&quot; om producten op %2 te vermelden. Connect legt uw inschrijving vast zodra u op OK klikt. Een notitie voor de provider (optioneel):</translation>
    </message>
    <message>
        <source>Signing needs a connection to Connect: a signature is a legal act that Connect records when you sign, so it is not saved on this computer to be sent later. Connect cannot be reached now. Check your connection, then click &quot;%1&quot; again.</source>
        <extracomment>%1 is the label of the Sign or Enroll button.</extracomment>
        <translation>Voor ondertekenen is een verbinding met Connect nodig: een handtekening is een rechtshandeling die Connect vastlegt wanneer u ondertekent, en wordt daarom niet op deze computer opgeslagen om later te verzenden. Connect is nu niet bereikbaar. Controleer uw verbinding en klik daarna opnieuw op &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enrolling needs a connection to Connect: an enrollment is a contractual act that Connect records when you enroll, so it is not saved on this computer to be sent later. Connect cannot be reached now. Check your connection, then click &quot;%1&quot; again.</source>
        <translation>Voor inschrijven is een verbinding met Connect nodig: een inschrijving is een contractuele handeling die Connect vastlegt wanneer u zich inschrijft, en wordt daarom niet op deze computer opgeslagen om later te verzenden. Connect is nu niet bereikbaar. Controleer uw verbinding en klik daarna opnieuw op &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Ondertekenen…</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Inschrijven…</translation>
    </message>
    <message>
        <source>Sending your signature to Connect…</source>
        <translation>Uw handtekening wordt naar Connect verzonden…</translation>
    </message>
    <message>
        <source>Sending your enrollment to Connect…</source>
        <translation>Uw inschrijving wordt naar Connect verzonden…</translation>
    </message>
    <message>
        <source>Connect recorded your signature on %1.</source>
        <extracomment>%1 is the date and time Connect recorded the signature.</extracomment>
        <translation>Connect heeft uw handtekening op %1 vastgelegd.</translation>
    </message>
    <message>
        <source>Connect recorded your enrollment on %1.</source>
        <translation>Connect heeft uw inschrijving op %1 vastgelegd.</translation>
    </message>
    <message>
        <source>The connection to Connect broke while your signature was being sent, so it is not known whether Connect recorded it. Nothing is saved to be sent later: the next sync shows whether it did. If it did not, sign again once Connect can be reached.</source>
        <translation>De verbinding met Connect werd verbroken terwijl uw handtekening werd verzonden, dus het is niet bekend of Connect deze heeft vastgelegd. Er wordt niets opgeslagen om later te verzenden: de volgende synchronisatie laat zien of dat is gebeurd. Zo niet, onderteken dan opnieuw zodra Connect bereikbaar is.</translation>
    </message>
    <message>
        <source>The connection to Connect broke while your enrollment was being sent, so it is not known whether Connect recorded it. Nothing is saved to be sent later: the next sync shows whether it did. If it did not, enroll again once Connect can be reached.</source>
        <translation>De verbinding met Connect werd verbroken terwijl uw inschrijving werd verzonden, dus het is niet bekend of Connect deze heeft vastgelegd. Er wordt niets opgeslagen om later te verzenden: de volgende synchronisatie laat zien of dat is gebeurd. Zo niet, schrijf u dan opnieuw in zodra Connect bereikbaar is.</translation>
    </message>
    <message>
        <source>Connect refused the signature: %1</source>
        <extracomment>%1 is Connect&apos;s reason in plain words.</extracomment>
        <translation>Connect heeft de handtekening geweigerd: %1</translation>
    </message>
    <message>
        <source>Connect refused the enrollment: %1</source>
        <translation>Connect heeft de inschrijving geweigerd: %1</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Double-click a version to read its document.</source>
        <translation>Dubbelklik op een versie om het document ervan te lezen.</translation>
    </message>
    <message>
        <source>Compare from version</source>
        <translation>Vergelijken vanaf versie</translation>
    </message>
    <message>
        <source>Compare to version</source>
        <translation>Vergelijken met versie</translation>
    </message>
    <message>
        <source>Changes between the versions</source>
        <translation>Wijzigingen tussen de versies</translation>
    </message>
</context>
<context>
    <name>cv::ui::AgreementsPage</name>
    <message>
        <source>Open an account to see its agreements.</source>
        <translation>Open een account om de overeenkomsten ervan te zien.</translation>
    </message>
    <message>
        <source>No agreement matches the search and filters.</source>
        <translation>Geen overeenkomst voldoet aan de zoekopdracht en filters.</translation>
    </message>
    <message>
        <source>No agreements yet. They appear here after a sync once a provider invites the account.</source>
        <translation>Nog geen overeenkomsten. Ze verschijnen hier na een synchronisatie zodra een provider het account uitnodigt.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Overeenkomsten</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contracten</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle typen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
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
        <translation>Actieve versie</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ondertekend op</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Search agreements by name or ID</source>
        <translation>Overeenkomsten zoeken op naam of ID</translation>
    </message>
    <message>
        <source>Search contracts by name or ID</source>
        <translation>Contracten zoeken op naam of ID</translation>
    </message>
    <message>
        <source>Search agreements</source>
        <translation>Overeenkomsten zoeken</translation>
    </message>
    <message>
        <source>Matches the agreement&apos;s name or ID</source>
        <translation>Zoekt in de naam of de ID van de overeenkomst</translation>
    </message>
    <message>
        <source>Search contracts</source>
        <translation>Contracten zoeken</translation>
    </message>
    <message>
        <source>Matches the contract&apos;s name or ID</source>
        <translation>Zoekt in de naam of de ID van het contract</translation>
    </message>
    <message>
        <source>Agreement type filter</source>
        <translation>Filter op type overeenkomst</translation>
    </message>
    <message>
        <source>Agreement status filter</source>
        <translation>Filter op status van overeenkomst</translation>
    </message>
    <message>
        <source>Contract type filter</source>
        <translation>Filter op contracttype</translation>
    </message>
    <message>
        <source>Contract status filter</source>
        <translation>Filter op contractstatus</translation>
    </message>
</context>
<context>
    <name>cv::ui::ApiPage</name>
    <message>
        <source>No account is open.</source>
        <translation>Er is geen account geopend.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
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
        <translation>Een levering verifiëren</translation>
    </message>
    <message>
        <source>API address of this account</source>
        <translation>API-adres van dit account</translation>
    </message>
    <message>
        <source>How to authenticate</source>
        <translation>Zo authenticeert u</translation>
    </message>
    <message>
        <source>Every call carries the header &quot;Authorization: ApiKey &lt;token&gt;&quot;, where the token is the one shown once when you generate it on the Tokens page (it starts with its id, SU-…). Give each script its own token so that each can be turned off alone. Connect answers 401 to a wrong or inactive token and 403 when the token lacks the module&apos;s permission.</source>
        <translation>Elke aanroep bevat de header &quot;Authorization: ApiKey &lt;token&gt;&quot;, waarbij token het token is dat eenmalig wordt getoond wanneer u het op de pagina Tokens genereert (het begint met zijn ID, SU-…). Geef elk script een eigen token, zodat elk afzonderlijk kan worden uitgeschakeld. Connect antwoordt 401 op een onjuist of inactief token en 403 als het token de machtiging voor de module mist.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Connect API documentation&lt;/a&gt; (opens in your browser)</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Documentatie van de Connect-API&lt;/a&gt; (wordt in uw browser geopend)</translation>
    </message>
    <message>
        <source>Try it: list your products</source>
        <translation>Probeer het: uw producten weergeven</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Opdracht kopiëren</translation>
    </message>
    <message>
        <source>API sections</source>
        <translation>API-onderdelen</translation>
    </message>
</context>
<context>
    <name>cv::ui::ApproveDialog</name>
    <message numerus="yes">
        <source>Approve %Ln requests</source>
        <translation>
            <numerusform>%Ln aanvraag goedkeuren</numerusform>
            <numerusform>%Ln aanvragen goedkeuren</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>Aanvraag goedkeuren</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %Ln</source>
        <translation>
            <numerusform>%Ln &amp;goedkeuren</numerusform>
            <numerusform>%Ln &amp;goedkeuren</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message>
        <source>Activation &amp;template:</source>
        <translation>Activerings&amp;sjabloon:</translation>
    </message>
    <message>
        <source>The template (values are filled in for each request):</source>
        <translation>Het sjabloon (waarden worden per aanvraag ingevuld):</translation>
    </message>
    <message>
        <source>What the customer will receive:</source>
        <translation>Wat de klant ontvangt:</translation>
    </message>
    <message>
        <source>This product has no activation template in the local cache. Create one in Inventory, then sync.</source>
        <translation>Dit product heeft geen activeringssjabloon in de lokale cache. Maak er een in Inventaris en synchroniseer daarna.</translation>
    </message>
    <message>
        <source>The request is approved in the local cache at once and on Connect at the next sync.</source>
        <translation>De aanvraag wordt direct in de lokale cache goedgekeurd en bij de volgende synchronisatie in Connect.</translation>
    </message>
</context>
<context>
    <name>cv::ui::BulkResultDialog</name>
    <message>
        <source>Request</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln done; the changes reach Connect at the next sync.</source>
        <extracomment>%1 is how many of the %n selected requests were done.</extracomment>
        <translation>
            <numerusform>%1 van %Ln gereed; de wijzigingen bereiken Connect bij de volgende synchronisatie.</numerusform>
            <numerusform>%1 van %Ln gereed; de wijzigingen bereiken Connect bij de volgende synchronisatie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::CapabilitiesPage</name>
    <message>
        <source>Subscription lifecycle</source>
        <translation>Levenscyclus van abonnement</translation>
    </message>
    <message>
        <source>Suspend and resume</source>
        <translation>Onderbreken en hervatten</translation>
    </message>
    <message>
        <source>Administrative hold</source>
        <translation>Administratieve blokkering</translation>
    </message>
    <message>
        <source>Providers may put a subscription on hold for administrative reasons.</source>
        <translation>Providers kunnen een abonnement om administratieve redenen blokkeren.</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation>Betalen naar gebruik</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>QT: quantity (usage is reported as amounts)</source>
        <translation>QT: hoeveelheid (gebruik wordt als hoeveelheden gerapporteerd)</translation>
    </message>
    <message>
        <source>TR: tiered rates</source>
        <translation>TR: gestaffelde tarieven</translation>
    </message>
    <message>
        <source>PR: provider rating</source>
        <translation>PR: tarifering door provider</translation>
    </message>
    <message>
        <source>CR: cost rating (usage is reported as costs)</source>
        <translation>CR: kostentarifering (gebruik wordt als kosten gerapporteerd)</translation>
    </message>
    <message>
        <source>Dynamic items (created from usage reports)</source>
        <translation>Dynamische items (gemaakt op basis van gebruiksrapporten)</translation>
    </message>
    <message>
        <source>Future charges</source>
        <translation>Toekomstige kosten</translation>
    </message>
    <message>
        <source>Late charges</source>
        <translation>Late kosten</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>Schema:</translation>
    </message>
    <message>
        <source>Reporting and validation</source>
        <translation>Rapportage en validatie</translation>
    </message>
    <message>
        <source>Consumption reporting for reservation items</source>
        <translation>Verbruiksrapportage voor reserveringsitems</translation>
    </message>
    <message>
        <source>Dynamic validation of draft requests (your service checks orders before they are placed)</source>
        <translation>Dynamische validatie van conceptaanvragen (uw service controleert orders voordat ze worden geplaatst)</translation>
    </message>
    <message>
        <source>Dynamic validation of the inquiring form</source>
        <translation>Dynamische validatie van het formulier voor informatieverzoeken</translation>
    </message>
    <message>
        <source>Resellers (tiers)</source>
        <translation>Resellers (niveaus)</translation>
    </message>
    <message>
        <source>Level 1 (tier 1 reseller)</source>
        <translation>Niveau 1 (reseller van niveau 1)</translation>
    </message>
    <message>
        <source>Level 2 (tier 1 and tier 2 resellers)</source>
        <translation>Niveau 2 (resellers van niveau 1 en 2)</translation>
    </message>
    <message>
        <source>Tier accounts sync</source>
        <translation>Synchronisatie van niveauaccounts</translation>
    </message>
    <message>
        <source>Reseller authorization level:</source>
        <translation>Autorisatieniveau reseller:</translation>
    </message>
    <message>
        <source>Choose a pay-as-you-go schema first.</source>
        <translation>Kies eerst een schema voor betalen naar gebruik.</translation>
    </message>
    <message>
        <source>Change capabilities</source>
        <translation>Mogelijkheden wijzigen</translation>
    </message>
    <message>
        <source>Subscriptions can be suspended (e.g. for non-payment) and resumed later without being canceled; your service receives suspend and resume requests.</source>
        <translation>Abonnementen kunnen worden opgeschort (bijvoorbeeld bij wanbetaling) en later worden hervat zonder te worden opgezegd; uw service ontvangt aanvragen voor opschorten en hervatten.</translation>
    </message>
</context>
<context>
    <name>cv::ui::CasePage</name>
    <message>
        <source>Attach a file to the case</source>
        <translation>Een bestand aan de case toevoegen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Write a reply to the case (sent on the next sync)</source>
        <translation>Schrijf een antwoord op de case (verzonden bij de volgende synchronisatie)</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>Antwoord &amp;verzenden</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Opnieuw &amp;verzenden</translation>
    </message>
    <message>
        <source>Once the cause is fixed, send the refused change with the next sync.</source>
        <translation>Zodra de oorzaak is opgelost, wordt de geweigerde wijziging bij de volgende synchronisatie verzonden.</translation>
    </message>
    <message>
        <source>&amp;Discard the refused change</source>
        <translation>Geweigerde wijziging &amp;verwerpen</translation>
    </message>
    <message>
        <source>Forget the change Connect refused; a case opened here goes with its replies and files.</source>
        <translation>De door Connect geweigerde wijziging vergeten; een hier geopende case verdwijnt samen met de antwoorden en bestanden.</translation>
    </message>
    <message>
        <source>Ask for information</source>
        <translation>Informatie vragen</translation>
    </message>
    <message>
        <source>Back to pending</source>
        <translation>Terug naar In behandeling</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Markeren als opgelost</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Case sluiten</translation>
    </message>
    <message>
        <source>Case %1 is not in the offline data.</source>
        <translation>Case %1 staat niet in de offlinegegevens.</translation>
    </message>
    <message>
        <source>(given by Connect after sync)</source>
        <translation>(toegekend door Connect na synchronisatie)</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Bijlagen: %1</translation>
    </message>
    <message>
        <source>Attachments waiting for sync: %1</source>
        <translation>Bijlagen die wachten op synchronisatie: %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>waiting for sync</source>
        <translation>wacht op synchronisatie</translation>
    </message>
    <message>
        <source>No replies yet. Replies from the support team appear here after a sync.</source>
        <translation>Nog geen antwoorden. Antwoorden van het supportteam verschijnen hier na een synchronisatie.</translation>
    </message>
    <message>
        <source>← All cases</source>
        <translation>← Alle cases</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>&amp;Bestand bijvoegen…</translation>
    </message>
    <message>
        <source>Case ID: %1 · State: %2 · Priority: %3</source>
        <extracomment>%1 is the case&apos;s ID, %2 its state (&quot;Pending&quot;…), %3 its priority (&quot;High&quot;…).</extracomment>
        <translation>Case-ID: %1 · Status: %2 · Prioriteit: %3</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Sent to the case on the next sync</source>
        <translation>Wordt bij de volgende synchronisatie naar de case verzonden</translation>
    </message>
</context>
<context>
    <name>cv::ui::CcpPreview</name>
    <message>
        <source>Customer control panel preview</source>
        <translation>Voorbeeld van het klantconfiguratiescherm</translation>
    </message>
    <message>
        <source>This is what the customer sees after signing in to the customer control panel.</source>
        <translation>Dit ziet de klant na aanmelding bij het klantconfiguratiescherm.</translation>
    </message>
    <message>
        <source>The customer control panel needs a connection to Connect.</source>
        <translation>Het klantconfiguratiescherm heeft een verbinding met Connect nodig.</translation>
    </message>
    <message>
        <source>The customer control panel of %1 could not be loaded: %2</source>
        <translation>Het klantconfiguratiescherm van %1 kon niet worden geladen: %2</translation>
    </message>
    <message>
        <source>Asset %1 as the customer sees it. Links open in your browser.</source>
        <translation>Asset %1 zoals de klant het ziet. Koppelingen worden in uw browser geopend.</translation>
    </message>
    <message>
        <source>Show the panel in one of the product&apos;s languages</source>
        <translation>Het paneel tonen in een van de talen van het product</translation>
    </message>
    <message>
        <source>English (source)</source>
        <translation>Engels (bron)</translation>
    </message>
    <message>
        <source>Loading the customer control panel of %1…</source>
        <translation>Het klantportaal van %1 laden…</translation>
    </message>
</context>
<context>
    <name>cv::ui::ChoicesEditor</name>
    <message>
        <source>Add choice</source>
        <translation>Keuze toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Label (shown)</source>
        <translation>Label (getoond)</translation>
    </message>
    <message>
        <source>Value (sent)</source>
        <translation>Waarde (verzonden)</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Optie %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::CommandPalette</name>
    <message>
        <source>Request</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Vermelding</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>approve</source>
        <extracomment>The word a user types in the command palette to approve a request (&quot;approve PR-1234&quot;), in lower case; matched in any case.</extracomment>
        <translation>goedkeuren</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Send local changes and fetch what changed</source>
        <translation>Lokale wijzigingen verzenden en ophalen wat er is gewijzigd</translation>
    </message>
    <message>
        <source>Approve a pending request…</source>
        <translation>Een aanvraag in behandeling goedkeuren…</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; and the request&apos;s id or customer</source>
        <extracomment>%1 is the word that starts an approval in the palette (&quot;approve&quot;).</extracomment>
        <translation>Typ &quot;%1&quot; en de ID of klant van de aanvraag</translation>
    </message>
    <message>
        <source>New support case</source>
        <translation>Nieuwe supportcase</translation>
    </message>
    <message>
        <source>Write to CloudBlue support (Help &amp; Support)</source>
        <translation>Schrijven naar CloudBlue-support (Help en ondersteuning)</translation>
    </message>
    <message>
        <source>Show sync conflicts</source>
        <translation>Synchronisatieconflicten tonen</translation>
    </message>
    <message>
        <source>Decide between your changes and Connect&apos;s</source>
        <translation>Kiezen tussen uw wijzigingen en die van Connect</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Meldingen tonen</translation>
    </message>
    <message>
        <source>The emails Connect sent you</source>
        <translation>De e-mails die Connect u heeft gestuurd</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <extracomment>%1 is a module&apos;s title (&quot;Usage&quot;, &quot;Help &amp; Support&quot;).</extracomment>
        <translation>Naar %1</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <extracomment>%1 is a request&apos;s id (&quot;PR-1234-5678-9012-001&quot;).</extracomment>
        <translation>%1 goedkeuren</translation>
    </message>
    <message>
        <source>Find a request, product, customer, case… or a command</source>
        <translation>Zoek een aanvraag, product, klant, case… of een opdracht</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Opdrachtenpalet</translation>
    </message>
    <message>
        <source>Type an id, a name or an email, or a command. Up and Down choose, Enter runs, Escape closes.</source>
        <translation>Typ een ID, een naam, een e-mailadres of een opdracht. Omhoog en Omlaag kiezen, Enter voert uit, Escape sluit.</translation>
    </message>
    <message>
        <source>Command palette results</source>
        <translation>Resultaten van het opdrachtenpalet</translation>
    </message>
    <message>
        <source>Nothing in the offline data matches.</source>
        <translation>Niets in de offlinegegevens komt overeen.</translation>
    </message>
    <message>
        <source>1 result · Enter runs · Esc closes</source>
        <translation>1 resultaat · Enter voert uit · Esc sluit</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results · Enter runs · Esc closes</source>
        <translation>
            <numerusform>%Ln resultaat · Enter voert uit · Esc sluit</numerusform>
            <numerusform>%Ln resultaten · Enter voert uit · Esc sluit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::ConflictsDialog</name>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Mijn versie behouden</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Hun versie behouden</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Keep mine for all</source>
        <translation>Overal mijn versie behouden</translation>
    </message>
    <message>
        <source>Keep theirs for all</source>
        <translation>Overal hun versie behouden</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Synchronisatieconflicten</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Laatst gesynchroniseerd</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mijn waarde</translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation>Hun waarde (server)</translation>
    </message>
    <message>
        <source>No conflicts: everything you changed offline could be merged.</source>
        <translation>Geen conflicten: alles wat u offline hebt gewijzigd, kon worden samengevoegd.</translation>
    </message>
    <message>
        <source>One field changed both here and on the server since the last sync.</source>
        <translation>Eén veld is sinds de laatste synchronisatie zowel hier als op de server gewijzigd.</translation>
    </message>
    <message>
        <source>Choose which value to keep; your other changes to these objects wait until you decide.</source>
        <translation>Kies welke waarde u wilt behouden; uw andere wijzigingen aan deze objecten wachten tot u hebt besloten.</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>De beslissing kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The decisions could not be saved: %1</source>
        <translation>De beslissingen konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Mine: %1
Theirs: %2

Value to keep:</source>
        <translation>Mijn waarde: %1
Hun waarde: %2

Te behouden waarde:</translation>
    </message>
    <message>
        <source>The value could not be saved: %1</source>
        <translation>De waarde kon niet worden opgeslagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fields changed both here and on the server since the last sync.</source>
        <translation>
            <numerusform>%n veld is sinds de laatste synchronisatie zowel hier als op de server gewijzigd.</numerusform>
            <numerusform>%n velden zijn sinds de laatste synchronisatie zowel hier als op de server gewijzigd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::ContractDetailPage</name>
    <message>
        <source>Contract:</source>
        <translation>Contract:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source> (waiting for sync)</source>
        <translation> (wacht op synchronisatie)</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Overeenkomst:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versie:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Ondertekend:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Niet ondertekend</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Uitgegeven door:</translation>
    </message>
    <message>
        <source>%1 (%2) · distribution agreement: %3</source>
        <translation>%1 (%2) · distributieovereenkomst: %3</translation>
    </message>
    <message>
        <source>Version %1 published</source>
        <translation>Versie %1 gepubliceerd</translation>
    </message>
    <message>
        <source>Contract created</source>
        <translation>Contract gemaakt</translation>
    </message>
    <message>
        <source>Signed (version %1)</source>
        <translation>Ondertekend (versie %1)</translation>
    </message>
    <message>
        <source>Countersigned by the provider</source>
        <translation>Medeondertekend door de provider</translation>
    </message>
    <message>
        <source>Contract terminated</source>
        <translation>Contract beëindigd</translation>
    </message>
    <message>
        <source>Signed from this app</source>
        <translation>Ondertekend vanuit deze app</translation>
    </message>
    <message>
        <source>Enrolled from this app</source>
        <translation>Ingeschreven vanuit deze app</translation>
    </message>
    <message>
        <source>on Connect</source>
        <translation>in Connect</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>verzonden %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>geweigerd: %1</translation>
    </message>
    <message>
        <source>waiting for sync</source>
        <translation>wacht op synchronisatie</translation>
    </message>
    <message>
        <source>No distribution agreement under this program yet.</source>
        <translation>Nog geen distributieovereenkomst onder dit programma.</translation>
    </message>
    <message>
        <source>No marketplace.</source>
        <translation>Geen marketplace.</translation>
    </message>
    <message>
        <source>← All contracts</source>
        <translation>← Alle contracten</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>Marketplaces</translation>
    </message>
    <message>
        <source>Open the agreement</source>
        <translation>De overeenkomst openen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Sent to Connect</source>
        <translation>Naar Connect verzonden</translation>
    </message>
    <message>
        <source>Enrollment completed</source>
        <translation>Inschrijving voltooid</translation>
    </message>
    <message>
        <source>Action from this app: %1</source>
        <extracomment>%1 is the action&apos;s name as Connect&apos;s API writes it (or the error Connect gave for it).</extracomment>
        <translation>Actie vanuit deze app: %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::CreateListingDialog</name>
    <message>
        <source>Submit for review now (otherwise it stays a draft)</source>
        <translation>Nu ter beoordeling indienen (anders blijft het een concept)</translation>
    </message>
    <message>
        <source>Create listing</source>
        <translation>Vermelding maken</translation>
    </message>
    <message>
        <source>What the marketplace asks for: support contact, local contact, notes for the reviewer</source>
        <translation>Wat de marketplace vraagt: supportcontact, lokaal contact, opmerkingen voor de beoordelaar</translation>
    </message>
    <message>
        <source>You are offline: the request is saved on this computer and sent to Connect at the next sync.</source>
        <translation>U bent offline: de aanvraag is op deze computer opgeslagen en wordt bij de volgende synchronisatie naar Connect verzonden.</translation>
    </message>
    <message>
        <source>Create request</source>
        <translation>Aanvraag maken</translation>
    </message>
    <message>
        <source>Product (published):</source>
        <translation>Product (gepubliceerd):</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marketplace:</translation>
    </message>
    <message>
        <source>Details for the marketplace:</source>
        <translation>Gegevens voor de marketplace:</translation>
    </message>
    <message>
        <source>No published product: publish one under Inventory first.</source>
        <translation>Geen gepubliceerd product: publiceer er eerst een onder Inventaris.</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <extracomment>%1 is a marketplace&apos;s name.</extracomment>
        <translation>%1 (niet beschikbaar)</translation>
    </message>
    <message>
        <source>Choose a marketplace to create the request.</source>
        <translation>Kies een marketplace om de aanvraag te maken.</translation>
    </message>
    <message>
        <source>This product cannot be listed on any marketplace now: the reasons are under each marketplace above.</source>
        <translation>Dit product kan nu op geen enkele marketplace worden vermeld: de redenen staan hierboven bij elke marketplace.</translation>
    </message>
</context>
<context>
    <name>cv::ui::CreateUsageFileDialog</name>
    <message>
        <source>Create usage file</source>
        <translation>Gebruiksbestand maken</translation>
    </message>
    <message>
        <source>Usage %1</source>
        <translation>Gebruik %1</translation>
    </message>
    <message>
        <source>You are offline: the usage file is saved on this computer and created on Connect at the next sync.</source>
        <translation>U bent offline: het gebruiksbestand wordt op deze computer opgeslagen en bij de volgende synchronisatie op Connect aangemaakt.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Maken</translation>
    </message>
    <message>
        <source>%1 (%2, contract %3)</source>
        <translation>%1 (%2, contract %3)</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marketplace:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Period (UTC):</source>
        <translation>Periode (UTC):</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <source>Download &amp;template…</source>
        <translation>&amp;Sjabloon downloaden…</translation>
    </message>
    <message>
        <source>The usage template (.xlsx) for this product and period, to fill in offline</source>
        <translation>Het gebruikssjabloon (.xlsx) voor dit product en deze periode, offline in te vullen</translation>
    </message>
    <message>
        <source>Save usage template</source>
        <translation>Gebruikssjabloon opslaan</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>Sjabloon opgeslagen in %1.</translation>
    </message>
    <message>
        <source>The template could not be made: %1</source>
        <translation>Het sjabloon kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>cv::ui::DashboardPage</name>
    <message>
        <source>Short description and detailed overview are filled in.</source>
        <translation>Korte beschrijving en uitgebreid overzicht zijn ingevuld.</translation>
    </message>
    <message>
        <source>Fill in the short description and the detailed overview; add a logo.</source>
        <translation>Vul de korte beschrijving en het uitgebreide overzicht in; voeg een logo toe.</translation>
    </message>
    <message>
        <source>Add at least one item (SKU) that customers can buy.</source>
        <translation>Voeg ten minste één item (SKU) toe dat klanten kunnen kopen.</translation>
    </message>
    <message>
        <source>Add at least one parameter, e.g. the administrator&apos;s email asked when ordering.</source>
        <translation>Voeg ten minste één parameter toe, bijv. het e-mailadres van de beheerder dat bij het bestellen wordt gevraagd.</translation>
    </message>
    <message>
        <source>The customer description or getting started text is filled in.</source>
        <translation>De klantbeschrijving of de tekst Aan de slag is ingevuld.</translation>
    </message>
    <message>
        <source>Describe the service and how to get started for customers; edit the templates and actions.</source>
        <translation>Beschrijf de service en hoe klanten aan de slag gaan; bewerk de sjablonen en acties.</translation>
    </message>
    <message>
        <source>A version of this product is published.</source>
        <translation>Er is een versie van dit product gepubliceerd.</translation>
    </message>
    <message>
        <source>Publish a version so it can be listed in marketplaces. Publishing needs a connection to Connect.</source>
        <translation>Publiceer een versie zodat het product op marketplaces kan worden vermeld. Voor publiceren is een verbinding met Connect nodig.</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Gereed</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Niet gereed</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <extracomment>%1 is the name of a product page (&quot;Items&quot;, &quot;Parameters&quot;…).</extracomment>
        <translation>Naar %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>A preview request was run.</source>
        <translation>Er is een voorbeeldaanvraag uitgevoerd.</translation>
    </message>
    <message>
        <source>Check how customers will see the product before you publish it (recommended), once the rest is done and synced.</source>
        <translation>Controleer hoe klanten het product zien voordat u het publiceert (aanbevolen), zodra de rest gereed en gesynchroniseerd is.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n steps done. Everything is saved on this computer as you type and sent to Connect by the next sync.</source>
        <extracomment>%1 is how many of the %n steps are done.</extracomment>
        <translation>
            <numerusform>%1 van %n stap voltooid. Alles wordt tijdens het typen op deze computer opgeslagen en bij de volgende synchronisatie naar Connect verzonden.</numerusform>
            <numerusform>%1 van %n stappen voltooid. Alles wordt tijdens het typen op deze computer opgeslagen en bij de volgende synchronisatie naar Connect verzonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 item defined.</source>
        <translation>1 item gedefinieerd.</translation>
    </message>
    <message numerus="yes">
        <source>%n items defined.</source>
        <translation>
            <numerusform>%n item gedefinieerd.</numerusform>
            <numerusform>%n items gedefinieerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 parameter defined.</source>
        <translation>1 parameter gedefinieerd.</translation>
    </message>
    <message numerus="yes">
        <source>%n parameters defined.</source>
        <translation>
            <numerusform>%n parameter gedefinieerd.</numerusform>
            <numerusform>%n parameters gedefinieerd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::DocumentView</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln treffer</numerusform>
            <numerusform>%Ln treffers</numerusform>
        </translation>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation>Treffer %1 van %2</translation>
    </message>
    <message>
        <source>The document cannot be shown while Connect cannot be reached.</source>
        <translation>Het document kan niet worden getoond zolang Connect niet bereikbaar is.</translation>
    </message>
    <message>
        <source>The document could not be downloaded: %1</source>
        <translation>Het document kon niet worden gedownload: %1</translation>
    </message>
    <message>
        <source>This version&apos;s document is a web page of the provider:
%1</source>
        <translation>Het document van deze versie is een webpagina van de provider:
%1</translation>
    </message>
    <message>
        <source>Open in browser…</source>
        <translation>Openen in browser…</translation>
    </message>
    <message>
        <source>The PDF document could not be read (%1).</source>
        <translation>Het pdf-document kon niet worden gelezen (%1).</translation>
    </message>
    <message>
        <source>This document (%1, %2) cannot be shown here. You can save it and open it with the program your system uses for it.</source>
        <translation>Dit document (%1, %2) kan hier niet worden getoond. U kunt het opslaan en openen met het programma dat uw systeem ervoor gebruikt.</translation>
    </message>
    <message>
        <source>Open with system viewer…</source>
        <translation>Openen met systeemviewer…</translation>
    </message>
    <message>
        <source>Open %1 in your web browser?</source>
        <translation>%1 openen in uw webbrowser?</translation>
    </message>
    <message>
        <source>Save %1 and open it with your system&apos;s viewer? Files from the internet can be harmful; open it only if you trust the provider.</source>
        <translation>%1 opslaan en openen met de viewer van uw systeem? Bestanden van internet kunnen schadelijk zijn; open het alleen als u de provider vertrouwt.</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Document openen</translation>
    </message>
    <message>
        <source>The document could not be saved to %1.</source>
        <translation>Het document kon niet worden opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Search the document</source>
        <translation>Zoeken in het document</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorige treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Volgende treffer</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 overeenkomst</translation>
    </message>
</context>
<context>
    <name>cv::ui::FirstRunPage</name>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <source>Enter the API key of your Connect account (API module › Tokens in the portal).</source>
        <translation>Voer de API-sleutel van uw Connect-account in (API-module › Tokens in de portal).</translation>
    </message>
    <message>
        <source>Welcome to Connect Vendor Desktop</source>
        <translation>Welkom bij Connect Vendor Desktop</translation>
    </message>
    <message>
        <source>Add a Connect account</source>
        <translation>Een Connect-account toevoegen</translation>
    </message>
    <message>
        <source>API &amp;endpoint:</source>
        <translation>API-&amp;eindpunt:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;sleutel:</translation>
    </message>
    <message>
        <source>The key is checked with Connect and kept only in your system keychain.</source>
        <translation>De sleutel wordt bij Connect gecontroleerd en alleen in de sleutelhanger van uw systeem bewaard.</translation>
    </message>
    <message>
        <source>Explore offline with the sandbox</source>
        <translation>Offline verkennen met de sandbox</translation>
    </message>
    <message>
        <source>Try every module against a local sandbox account with demo data. No Connect account needed.</source>
        <translation>Probeer elke module uit met een lokaal sandboxaccount met demogegevens. Geen Connect-account nodig.</translation>
    </message>
    <message>
        <source>Explore offline</source>
        <translation>Offline verkennen</translation>
    </message>
    <message>
        <source>Continue with an empty offline workspace</source>
        <translation>Doorgaan met een lege offlinewerkruimte</translation>
    </message>
    <message>
        <source>The built-in sandbox is not available.</source>
        <translation>De ingebouwde sandbox is niet beschikbaar.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Back to where you were, without adding an account (Esc)</source>
        <translation>Terug naar waar u was, zonder een account toe te voegen (Esc)</translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation>Nog een account toevoegen</translation>
    </message>
    <message>
        <source>Define products, fulfill orders and publish to marketplaces, online or offline. Everything you do is saved on this computer first and synced with Connect.</source>
        <translation>Definieer producten, verwerk orders en publiceer op marketplaces, online of offline. Alles wat u doet, wordt eerst op deze computer opgeslagen en met Connect gesynchroniseerd.</translation>
    </message>
</context>
<context>
    <name>cv::ui::FulfillmentPage</name>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Orderverwerking</translation>
    </message>
    <message>
        <source>Process the requests of your customers: approve, inquire or reject.</source>
        <translation>Verwerk de aanvragen van uw klanten: goedkeuren, informatie opvragen of afwijzen.</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Behandelaar</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Search by request ID, customer or product (Ctrl+F)</source>
        <translation>Zoeken op aanvraag-ID, klant of product (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any assignee</source>
        <translation>Elke behandelaar</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>Elk product</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Omgeving</translation>
    </message>
    <message>
        <source>%1: any</source>
        <extracomment>A filter button: %1 is the filter&apos;s name (&quot;Type&quot;, &quot;Status&quot;, &quot;Environment&quot;).</extracomment>
        <translation>%1: alle</translation>
    </message>
    <message>
        <source>Sign in to an account to see its requests.</source>
        <translation>Meld u aan bij een account om de aanvragen ervan te zien.</translation>
    </message>
    <message>
        <source>No requests in the local cache yet. Sync to fetch them.</source>
        <translation>Nog geen aanvragen in de lokale cache. Synchroniseer om ze op te halen.</translation>
    </message>
    <message>
        <source>No request matches these filters.</source>
        <translation>Geen aanvraag voldoet aan deze filters.</translation>
    </message>
    <message>
        <source>Select pending requests to approve or reject several at once.</source>
        <translation>Selecteer aanvragen in behandeling om er meerdere tegelijk goed te keuren of af te wijzen.</translation>
    </message>
    <message>
        <source>Approved, waiting for sync</source>
        <translation>Goedgekeurd, wacht op synchronisatie</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>Selectie goedkeuren</translation>
    </message>
    <message>
        <source>Rejected, waiting for sync</source>
        <translation>Afgewezen, wacht op synchronisatie</translation>
    </message>
    <message>
        <source>Reject selected</source>
        <translation>Selectie afwijzen</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>filter: requests created between two dates</comment>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Approve selected…</source>
        <translation>Selectie goedkeuren…</translation>
    </message>
    <message>
        <source>Reject selected…</source>
        <translation>Selectie afwijzen…</translation>
    </message>
    <message>
        <source>Show only requests with the status “%1”</source>
        <extracomment>%1 is a request status as shown in the Status column (&quot;Pending&quot;, &quot;Approved&quot;…).</extracomment>
        <translation>Alleen aanvragen met de status “%1” tonen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln selected</source>
        <translation>
            <numerusform>%1: %Ln geselecteerd</numerusform>
            <numerusform>%1: %Ln geselecteerd</numerusform>
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
            <numerusform>%Ln geselecteerd</numerusform>
            <numerusform>%Ln geselecteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <comment>selected requests</comment>
        <translation>
            <numerusform>%Ln in behandeling</numerusform>
            <numerusform>%Ln in behandeling</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %Ln selected…</source>
        <translation>
            <numerusform>%Ln geselecteerde goedkeuren…</numerusform>
            <numerusform>%Ln geselecteerde goedkeuren…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %Ln selected…</source>
        <translation>
            <numerusform>%Ln geselecteerde afwijzen…</numerusform>
            <numerusform>%Ln geselecteerde afwijzen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Aanvragen zoeken</translation>
    </message>
    <message>
        <source>Matches the request ID, the customer&apos;s name or the product&apos;s name</source>
        <translation>Zoekt in de aanvraag-ID, de naam van de klant of de naam van het product</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Filter op behandelaar</translation>
    </message>
    <message>
        <source>Product filter</source>
        <translation>Filter op product</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Gemaakt vanaf</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Gemaakt tot</translation>
    </message>
    <message>
        <source>Fulfillment requests</source>
        <translation>Orderverwerkingsaanvragen</translation>
    </message>
    <message>
        <source>Enter opens the request; Shift or Ctrl with the arrows selects several</source>
        <translation>Enter opent de aanvraag; Shift of Ctrl met de pijltoetsen selecteert er meerdere</translation>
    </message>
    <message>
        <source>Loading requests: %1 of %2</source>
        <translation>Aanvragen laden: %1 van %2</translation>
    </message>
</context>
<context>
    <name>cv::ui::HelpSupportPage</name>
    <message>
        <source>Getting started with Connect</source>
        <translation>Aan de slag met Connect</translation>
    </message>
    <message>
        <source>Portals, accounts and users; the supply chain flows.</source>
        <translation>Portals, accounts en gebruikers; de stromen in de toeleveringsketen.</translation>
    </message>
    <message>
        <source>Account module</source>
        <translation>Module Account</translation>
    </message>
    <message>
        <source>Account details, users and invitations (lab: Account Module).</source>
        <translation>Accountgegevens, gebruikers en uitnodigingen (lab: Account Module).</translation>
    </message>
    <message>
        <source>Processing fulfillment requests (tutorial)</source>
        <translation>Orderverwerkingsaanvragen verwerken (tutorial)</translation>
    </message>
    <message>
        <source>Step by step: fill the fulfillment parameters and approve a request (lab: Fulfillment).</source>
        <translation>Stap voor stap: de orderverwerkingsparameters invullen en een aanvraag goedkeuren (lab: Fulfillment).</translation>
    </message>
    <message>
        <source>Requests management</source>
        <translation>Aanvragen beheren</translation>
    </message>
    <message>
        <source>Request details, approve, inquire and reject.</source>
        <translation>Aanvraaggegevens, goedkeuren, informatie opvragen en afwijzen.</translation>
    </message>
    <message>
        <source>Listings (video tutorial)</source>
        <translation>Vermeldingen (videotutorial)</translation>
    </message>
    <message>
        <source>Listing products in a distributor&apos;s marketplaces.</source>
        <translation>Producten vermelden op de marketplaces van een distributeur.</translation>
    </message>
    <message>
        <source>Localization</source>
        <translation>Lokalisatie</translation>
    </message>
    <message>
        <source>Translating product content (lab: Inventory, product profile).</source>
        <translation>Productinhoud vertalen (lab: Inventory, productprofiel).</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API-tokens</translation>
    </message>
    <message>
        <source>Tokens and their module permissions (lab: API Module).</source>
        <translation>Tokens en hun modulemachtigingen (lab: API Module).</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Support cases: states, attachments, comments (lab: Help &amp; Support).</source>
        <translation>Supportcases: statussen, bijlagen, opmerkingen (lab: Help &amp; Support).</translation>
    </message>
    <message>
        <source>SDKs and developer tools</source>
        <translation>SDK&apos;s en ontwikkelaarstools</translation>
    </message>
    <message>
        <source>Libraries and tools for the Connect API.</source>
        <translation>Bibliotheken en tools voor de Connect-API.</translation>
    </message>
    <message>
        <source>Connect Community (all documentation)</source>
        <translation>Connect Community (alle documentatie)</translation>
    </message>
    <message>
        <source>Every module, guide and release note.</source>
        <translation>Alle modules, handleidingen en releaseopmerkingen.</translation>
    </message>
    <message>
        <source>Opens %1 in your browser</source>
        <translation>Opent %1 in uw browser</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Kennisbank</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Wat is er nieuw</translation>
    </message>
    <message>
        <source>Support cases</source>
        <translation>Supportcases</translation>
    </message>
    <message>
        <source>Connect&apos;s documentation and tutorials, grouped by the lab&apos;s topics. Click a topic to open it in your web browser.</source>
        <translation>Documentatie en tutorials van Connect, gegroepeerd volgens de onderwerpen van het lab. Klik op een onderwerp om het in uw webbrowser te openen.</translation>
    </message>
    <message>
        <source>Search cases by subject or ID (Ctrl+F)</source>
        <translation>Cases zoeken op onderwerp of ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nieuwe case</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>Case-ID</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>(after sync)</source>
        <translation>(na synchronisatie)</translation>
    </message>
    <message>
        <source>The account was closed; open it again to write the case.</source>
        <translation>Het account is gesloten; open het opnieuw om de case te schrijven.</translation>
    </message>
    <message>
        <source>Search support cases</source>
        <translation>Supportcases zoeken</translation>
    </message>
    <message>
        <source>Matches the case&apos;s subject or ID</source>
        <translation>Zoekt in het onderwerp of de ID van de case</translation>
    </message>
    <message>
        <source>Case state filter</source>
        <translation>Filter op casestatus</translation>
    </message>
</context>
<context>
    <name>cv::ui::InquireDialog</name>
    <message>
        <source>Inquire: ask the customer</source>
        <translation>Informatie opvragen bij de klant</translation>
    </message>
    <message>
        <source>(no template: the parameter messages only)</source>
        <translation>(geen sjabloon: alleen de parameterberichten)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Huidige waarde</translation>
    </message>
    <message>
        <source>Message for the customer</source>
        <translation>Bericht voor de klant</translation>
    </message>
    <message>
        <source>&amp;Inquire</source>
        <translation>&amp;Informatie opvragen</translation>
    </message>
    <message>
        <source>Inquire &amp;template:</source>
        <translation>&amp;Sjabloon voor informatieverzoek:</translation>
    </message>
    <message>
        <source>Write a message next to each parameter the customer must correct:</source>
        <translation>Schrijf een bericht bij elke parameter die de klant moet corrigeren:</translation>
    </message>
    <message>
        <source>Messages per parameter</source>
        <translation>Berichten per parameter</translation>
    </message>
</context>
<context>
    <name>cv::ui::InventoryPage</name>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Create a product from a definition file exported before</source>
        <translation>Een product maken vanuit een eerder geëxporteerd definitiebestand</translation>
    </message>
    <message>
        <source>Save the selected product&apos;s definition to a file (JSON in the Connect API shapes)</source>
        <translation>De definitie van het geselecteerde product in een bestand opslaan (JSON in de vormen van de Connect-API)</translation>
    </message>
    <message>
        <source>Create Product</source>
        <translation>Product maken</translation>
    </message>
    <message>
        <source>Name of the new product (you can change it until the product is published):</source>
        <translation>Naam van het nieuwe product (te wijzigen totdat het product is gepubliceerd):</translation>
    </message>
    <message>
        <source>%1

Name of the new product:</source>
        <translation>%1

Naam van het nieuwe product:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Maken</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>De naam mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>The product was not created: %1</source>
        <translation>Het product is niet gemaakt: %1</translation>
    </message>
    <message>
        <source>Open an account (or the sandbox) to see its products.</source>
        <translation>Open een account (of de sandbox) om de producten ervan te zien.</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>Geen product voldoet aan “%1”.</translation>
    </message>
    <message>
        <source>No products yet.
Click “Create Product” to define your first one; it is saved on this computer and sent to Connect with the next sync.</source>
        <translation>Nog geen producten.
Klik op “Product maken” om uw eerste product te definiëren; het wordt op deze computer opgeslagen en bij de volgende synchronisatie naar Connect verzonden.</translation>
    </message>
    <message>
        <source>Search by name or ID (Ctrl+F)</source>
        <translation>Zoeken op naam of ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Define a new product (Ctrl+N)</source>
        <translation>Een nieuw product definiëren (Ctrl+N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
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
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Niet gepubliceerd</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>No product to export.</source>
        <translation>Geen product om te exporteren.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>Er is geen account geopend.</translation>
    </message>
    <message>
        <source>%1 is not a product definition: %2 at byte %3.</source>
        <translation>%1 is geen productdefinitie: %2 bij byte %3.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 is niet geïmporteerd: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Select a product to export first.</source>
        <translation>Selecteer eerst een product om te exporteren.</translation>
    </message>
    <message>
        <source>Export product definition</source>
        <translation>Productdefinitie exporteren</translation>
    </message>
    <message>
        <source>Product definition (*.json)</source>
        <translation>Productdefinitie (*.json)</translation>
    </message>
    <message>
        <source>Import product definition</source>
        <translation>Productdefinitie importeren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Producten zoeken</translation>
    </message>
    <message>
        <source>Matches the product&apos;s name or ID</source>
        <translation>Zoekt in de naam of de ID van het product</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Producten</translation>
    </message>
</context>
<context>
    <name>cv::ui::ItemDialog</name>
    <message>
        <source>Edit Item</source>
        <translation>Item bewerken</translation>
    </message>
    <message>
        <source>New Item</source>
        <translation>Nieuw item</translation>
    </message>
    <message>
        <source>e.g. SKU Users</source>
        <translation>bijv. SKU Users</translation>
    </message>
    <message>
        <source>Manufacturer part number, unique in the product</source>
        <translation>Onderdeelnummer van de fabrikant, uniek binnen het product</translation>
    </message>
    <message>
        <source>Optional: what the customer gets with this item</source>
        <translation>Optioneel: wat de klant met dit item krijgt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;MPN:</source>
        <translation>&amp;MPN:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>A quantity the customer buys in advance (licenses, users)</source>
        <translation>Een hoeveelheid die de klant vooraf koopt (licenties, gebruikers)</translation>
    </message>
    <message>
        <source>Billed from reported usage, always monthly</source>
        <translation>Gefactureerd op basis van gerapporteerd gebruik, altijd maandelijks</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Billing &amp;period:</source>
        <translation>Factureringsp&amp;eriode:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Eenheid:</translation>
    </message>
    <message>
        <source>P&amp;recision:</source>
        <translation>P&amp;recisie:</translation>
    </message>
    <message>
        <source>&amp;Commitment:</source>
        <translation>&amp;Verplichting:</translation>
    </message>
    <message>
        <source>This item is published: only its name, MPN and description can change.</source>
        <translation>Dit item is gepubliceerd: alleen de naam, het MPN en de beschrijving kunnen worden gewijzigd.</translation>
    </message>
    <message>
        <source>Name and MPN</source>
        <translation>Naam en MPN</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturering</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Item verwijderen</translation>
    </message>
    <message>
        <source>Only draft items can be deleted.</source>
        <translation>Alleen conceptitems kunnen worden verwijderd.</translation>
    </message>
    <message>
        <source>Pay-as-you-go items have no commitment.</source>
        <translation>Items met betalen naar gebruik hebben geen verplichting.</translation>
    </message>
    <message>
        <source>%1 (not allowed for this period)</source>
        <translation>%1 (niet toegestaan voor deze periode)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ItemsPage</name>
    <message>
        <source>&amp;New Item</source>
        <translation>&amp;Nieuw item</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>MPN</source>
        <translation>MPN</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Factureringsperiode</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>The SKUs customers buy. Reservation items are bought in advance (users, licenses); pay-as-you-go items are billed monthly from reported usage.</source>
        <translation>De SKU&apos;s die klanten kopen. Reserveringsitems worden vooraf gekocht (gebruikers, licenties); items met betalen naar gebruik worden maandelijks gefactureerd op basis van gerapporteerd gebruik.</translation>
    </message>
    <message>
        <source>Add an item (Ctrl+N)</source>
        <translation>Een item toevoegen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter by name or MPN</source>
        <translation>Filteren op naam of MPN</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add item %1</source>
        <translation>Item %1 toevoegen</translation>
    </message>
    <message>
        <source>Edit item %1</source>
        <translation>Item %1 bewerken</translation>
    </message>
    <message>
        <source>Delete item %1</source>
        <translation>Item %1 verwijderen</translation>
    </message>
    <message>
        <source>Item “%1” deleted.</source>
        <translation>Item “%1” verwijderd.</translation>
    </message>
    <message>
        <source>Filter items</source>
        <translation>Items filteren</translation>
    </message>
    <message>
        <source>Matches the item&apos;s name or MPN</source>
        <translation>Zoekt in de naam of het MPN van het item</translation>
    </message>
</context>
<context>
    <name>cv::ui::KeychainNotice</name>
    <message>
        <source>&amp;Try again</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Dit bericht verbergen</translation>
    </message>
    <message>
        <source>Opening the system keychain for the sandbox account&apos;s API key.</source>
        <translation>De sleutelhanger van het systeem wordt geopend voor de API-sleutel van het sandboxaccount.</translation>
    </message>
    <message>
        <source>Opening the system keychain for the account&apos;s API key.</source>
        <translation>De sleutelhanger van het systeem wordt geopend voor de API-sleutel van het account.</translation>
    </message>
    <message>
        <source>Opening the system keychain for the API key of %1.</source>
        <translation>De sleutelhanger van het systeem wordt geopend voor de API-sleutel van %1.</translation>
    </message>
    <message>
        <source>If your desktop now asks for a keyring password (or to create a keyring), that window comes from the system keychain (e.g. GNOME Keyring or KWallet), which keeps saved passwords locked; Connect Vendor Desktop never sees that password. Unlock it to keep the key there.</source>
        <translation>Als uw desktop nu om een wachtwoord voor de sleutelring vraagt (of om een sleutelring te maken), komt dat venster van de sleutelhanger van het systeem (bijv. GNOME Keyring of KWallet), die opgeslagen wachtwoorden vergrendeld bewaart; Connect Vendor Desktop ziet dat wachtwoord nooit. Ontgrendel deze om de sleutel daar te bewaren.</translation>
    </message>
    <message>
        <source>If you cancel it, the sandbox still opens, with a key kept in memory for this run.</source>
        <translation>Als u annuleert, wordt de sandbox toch geopend, met een sleutel die voor deze sessie in het geheugen wordt bewaard.</translation>
    </message>
    <message>
        <source>If you cancel it, the account works offline until you unlock the keychain or enter the key.</source>
        <translation>Als u annuleert, werkt het account offline totdat u de sleutelhanger ontgrendelt of de sleutel invoert.</translation>
    </message>
    <message>
        <source>The API key of %1 could not be read from the system keychain (%2). You can keep working offline: changes are saved on this computer. To sync, unlock your keychain (your desktop&apos;s keyring or password manager) and choose Try again, or enter the key for this run only.</source>
        <translation>De API-sleutel van %1 kon niet uit de sleutelhanger van het systeem worden gelezen (%2). U kunt offline blijven werken: wijzigingen worden op deze computer opgeslagen. Ontgrendel voor synchronisatie uw sleutelhanger (de sleutelring of wachtwoordbeheerder van uw desktop) en kies Opnieuw proberen, of voer de sleutel alleen voor deze sessie in.</translation>
    </message>
    <message>
        <source>declined or not available</source>
        <translation>geweigerd of niet beschikbaar</translation>
    </message>
    <message>
        <source>&amp;Enter key…</source>
        <translation>Sleutel &amp;invoeren…</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>De sleutelhanger van het systeem weigerde de toegang.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s key could not be read from the system keychain (it stayed locked, or the key was never stored there).</source>
        <translation>De sleutel van de sandbox kon niet uit de sleutelhanger van het systeem worden gelezen (die bleef vergrendeld, of de sleutel is er nooit in opgeslagen).</translation>
    </message>
    <message>
        <source>No system keychain could be used (none available, or its prompt was canceled).</source>
        <translation>Er kon geen sleutelhanger van het systeem worden gebruikt (geen beschikbaar, of de vraag werd geannuleerd).</translation>
    </message>
    <message>
        <source>The sandbox account therefore runs with a memory-only key: a local, throw-away key that opens only the sandbox on this computer. It is not stored in any keychain; the sandbox hands it over again at the next start.</source>
        <translation>Het sandboxaccount werkt daarom met een sleutel die alleen in het geheugen staat: een lokale wegwerpsleutel die alleen de sandbox op deze computer opent. Hij wordt in geen enkele sleutelhanger opgeslagen; de sandbox geeft hem bij de volgende start opnieuw.</translation>
    </message>
</context>
<context>
    <name>cv::ui::LandingPage</name>
    <message>
        <source>Welcome to Connect</source>
        <translation>Welkom bij Connect</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Welkom, %1</translation>
    </message>
    <message>
        <source>Choose a module to get started. Ctrl+1 to Ctrl+0 switch modules from anywhere.</source>
        <translation>Kies een module om te beginnen. Met Ctrl+1 tot Ctrl+0 wisselt u overal van module.</translation>
    </message>
</context>
<context>
    <name>cv::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>The language of the interface</source>
        <translation>De taal van de interface</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systeemtaal (%1)</translation>
    </message>
</context>
<context>
    <name>cv::ui::LinkListEditor</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
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
        <translation>Omhoog verplaatsen</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag verplaatsen</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nieuwe koppeling</translation>
    </message>
</context>
<context>
    <name>cv::ui::ListingRequestPage</name>
    <message>
        <source>Request:</source>
        <translation>Aanvraag:</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>nog niet verzonden</translation>
    </message>
    <message>
        <source>%1 (not confirmed by Connect yet)</source>
        <extracomment>%1 is the listing request&apos;s state (&quot;In review&quot;…).</extracomment>
        <translation>%1 (nog niet bevestigd door Connect)</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marketplace:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Contract:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Opmerking:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Bijgewerkt:</translation>
    </message>
    <message>
        <source>Saved; it is sent to Connect with the next sync.</source>
        <translation>Opgeslagen; wordt bij de volgende synchronisatie naar Connect verzonden.</translation>
    </message>
    <message>
        <source>You are offline: this request is saved on this computer and sent to Connect at the next sync.</source>
        <translation>U bent offline: deze aanvraag is op deze computer opgeslagen en wordt bij de volgende synchronisatie naar Connect verzonden.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s provider reviews the request; its state follows the provider&apos;s decision at each sync.</source>
        <translation>De provider van de marketplace beoordeelt de aanvraag; de status volgt bij elke synchronisatie de beslissing van de provider.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Aanvraag annuleren</translation>
    </message>
    <message>
        <source>Cancel this listing request?</source>
        <translation>Deze vermeldingsaanvraag annuleren?</translation>
    </message>
    <message>
        <source>Listing request</source>
        <translation>Vermeldingsaanvraag</translation>
    </message>
    <message>
        <source>← All listing requests</source>
        <translation>← Alle vermeldingsaanvragen</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Ter beoordeling indienen</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Terug naar concept</translation>
    </message>
    <message>
        <source>Cancel request…</source>
        <translation>Aanvraag annuleren…</translation>
    </message>
    <message>
        <source>New listing request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Nieuwe vermeldingsaanvraag voor %1</translation>
    </message>
    <message>
        <source>Update request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Bijwerkingsaanvraag voor %1</translation>
    </message>
    <message>
        <source>Removal request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Verwijderingsaanvraag voor %1</translation>
    </message>
    <message>
        <source>Listing request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Vermeldingsaanvraag voor %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::ListingsPage</name>
    <message>
        <source>Request removal</source>
        <translation>Verwijdering aanvragen</translation>
    </message>
    <message>
        <source>Request update</source>
        <translation>Update aanvragen</translation>
    </message>
    <message>
        <source>Ask the provider to remove listing %1 from its marketplace. Reason (optional):</source>
        <translation>De provider vragen vermelding %1 van zijn marketplace te verwijderen. Reden (optioneel):</translation>
    </message>
    <message>
        <source>Ask the provider to update listing %1 to the product&apos;s latest version. Note (optional):</source>
        <translation>De provider vragen vermelding %1 bij te werken naar de nieuwste versie van het product. Opmerking (optioneel):</translation>
    </message>
    <message>
        <source>Listing request</source>
        <translation>Vermeldingsaanvraag</translation>
    </message>
    <message>
        <source>Create listing…</source>
        <translation>Vermelding maken…</translation>
    </message>
    <message>
        <source>Request update…</source>
        <translation>Update aanvragen…</translation>
    </message>
    <message>
        <source>Request removal…</source>
        <translation>Verwijdering aanvragen…</translation>
    </message>
    <message>
        <source>Select a listed product to ask the provider to update it to its latest version.</source>
        <translation>Selecteer een vermeld product om de provider te vragen het bij te werken naar de nieuwste versie.</translation>
    </message>
    <message>
        <source>Select a listed product to ask the provider to remove it from the marketplace.</source>
        <translation>Selecteer een vermeld product om de provider te vragen het van de marketplace te verwijderen.</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Vermeldingen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Aanvragen</translation>
    </message>
    <message>
        <source>Products × marketplaces</source>
        <translation>Producten × marketplaces</translation>
    </message>
    <message>
        <source>Where each published product is listed. Green: listed; yellow: a request is pending; grey: can be listed; red: not allowed (no active distribution contract).</source>
        <translation>Waar elk gepubliceerd product is vermeld. Groen: vermeld; geel: er loopt een aanvraag; grijs: kan worden vermeld; rood: niet toegestaan (geen actief distributiecontract).</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Elk type</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Pending request</source>
        <translation>Openstaande aanvraag</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Search by product, marketplace or ID</source>
        <translation>Zoeken op product, marketplace of ID</translation>
    </message>
    <message>
        <source>Search listings</source>
        <translation>Vermeldingen zoeken</translation>
    </message>
    <message>
        <source>Matches the product, the marketplace or the ID</source>
        <translation>Zoekt in het product, de marketplace of de ID</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>Vermeldingsaanvragen</translation>
    </message>
    <message>
        <source>Products by marketplace</source>
        <translation>Producten per marketplace</translation>
    </message>
    <message>
        <source>Listing status filter</source>
        <translation>Filter op vermeldingsstatus</translation>
    </message>
    <message>
        <source>Request state filter</source>
        <translation>Filter op aanvraagstatus</translation>
    </message>
    <message>
        <source>Request type filter</source>
        <translation>Filter op aanvraagtype</translation>
    </message>
</context>
<context>
    <name>cv::ui::LocalContentPage</name>
    <message>
        <source>Open link</source>
        <translation>Koppeling openen</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Dit adres openen in uw webbrowser?

%1</translation>
    </message>
</context>
<context>
    <name>cv::ui::LocalizationTab</name>
    <message>
        <source>Download .po</source>
        <translation>.po downloaden</translation>
    </message>
    <message>
        <source>Gettext catalogs (*.po)</source>
        <translation>Gettext-catalogi (*.po)</translation>
    </message>
    <message>
        <source>Download .ts</source>
        <translation>.ts downloaden</translation>
    </message>
    <message>
        <source>Qt Linguist files (*.ts)</source>
        <translation>Qt Linguist-bestanden (*.ts)</translation>
    </message>
    <message>
        <source>Upload translations</source>
        <translation>Vertalingen uploaden</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Productnaam</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Korte beschrijving</translation>
    </message>
    <message>
        <source>Detailed description</source>
        <translation>Uitgebreide beschrijving</translation>
    </message>
    <message>
        <source>Service description</source>
        <translation>Servicebeschrijving</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Aan de slag</translation>
    </message>
    <message>
        <source>Provisioning message</source>
        <translation>Provisioningbericht</translation>
    </message>
    <message>
        <source>Download link title</source>
        <translation>Titel van downloadkoppeling</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Documenttitel</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Itemnaam</translation>
    </message>
    <message>
        <source>Item description</source>
        <translation>Itembeschrijving</translation>
    </message>
    <message>
        <source>Parameter title</source>
        <translation>Parametertitel</translation>
    </message>
    <message>
        <source>Parameter description</source>
        <translation>Parameterbeschrijving</translation>
    </message>
    <message>
        <source>Parameter hint</source>
        <translation>Parameterhint</translation>
    </message>
    <message>
        <source>Parameter placeholder</source>
        <translation>Voorbeeldtekst van parameter</translation>
    </message>
    <message>
        <source>Choice label</source>
        <translation>Label van keuze</translation>
    </message>
    <message>
        <source>Template title</source>
        <translation>Sjabloontitel</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>Sjabloontekst</translation>
    </message>
    <message>
        <source>Action title</source>
        <translation>Actietitel</translation>
    </message>
    <message>
        <source>Action description</source>
        <translation>Actiebeschrijving</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Translate what customers see of this product. Edits are saved at once and sent with the next sync; translators can work on a .po (gettext) or .ts (Qt Linguist) file.</source>
        <translation>Vertaal wat klanten van dit product zien. Wijzigingen worden direct opgeslagen en bij de volgende synchronisatie verzonden; vertalers kunnen met een .po-bestand (gettext) of .ts-bestand (Qt Linguist) werken.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Vertaling</translation>
    </message>
    <message>
        <source>Search fields and texts</source>
        <translation>Velden en teksten zoeken</translation>
    </message>
    <message>
        <source>&amp;Untranslated first</source>
        <translation>&amp;Onvertaalde eerst</translation>
    </message>
    <message>
        <source>Source (English)</source>
        <translation>Bron (Engels)</translation>
    </message>
    <message>
        <source>&amp;Download .po</source>
        <translation>.po &amp;downloaden</translation>
    </message>
    <message>
        <source>Download .&amp;ts</source>
        <translation>.&amp;ts downloaden</translation>
    </message>
    <message>
        <source>This product was created on this computer: it can be translated once it has reached Connect (after the next sync).</source>
        <translation>Dit product is op deze computer gemaakt: het kan worden vertaald zodra het Connect heeft bereikt (na de volgende synchronisatie).</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>(not translated)</source>
        <translation>(niet vertaald)</translation>
    </message>
    <message>
        <source>Not translated: customers see the English text.</source>
        <translation>Niet vertaald: klanten zien de Engelse tekst.</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Opgeslagen tijdens het typen.</translation>
    </message>
    <message>
        <source>Placeholders and links match the source.</source>
        <translation>Plaatsaanduidingen en koppelingen komen overeen met de bron.</translation>
    </message>
    <message>
        <source>missing placeholder %1</source>
        <translation>plaatsaanduiding %1 ontbreekt</translation>
    </message>
    <message>
        <source>missing link target %1</source>
        <translation>koppelingsdoel %1 ontbreekt</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1: the file has %2 MB; files of more than %3 MB are refused.</source>
        <translation>%1: het bestand is %2 MB; bestanden groter dan %3 MB worden geweigerd.</translation>
    </message>
    <message>
        <source>Nothing was applied. Problems in %1:</source>
        <translation>Er is niets toegepast. Problemen in %1:</translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>Er is niets toegepast: %1</translation>
    </message>
    <message>
        <source>%1: %2 translations applied; %3 outdated ones left out. They are sent with the next sync.</source>
        <translation>%1: %2 vertalingen toegepast; %3 verouderde weggelaten. Ze worden bij de volgende synchronisatie verzonden.</translation>
    </message>
    <message>
        <source>%1: %2 translations applied. They are sent with the next sync.</source>
        <translation>%1: %2 vertalingen toegepast. Ze worden bij de volgende synchronisatie verzonden.</translation>
    </message>
    <message>
        <source>U&amp;pload .po…</source>
        <translation>.po &amp;uploaden…</translation>
    </message>
    <message>
        <source>Upload .ts…</source>
        <translation>.ts uploaden…</translation>
    </message>
    <message>
        <source>Add a language…</source>
        <translation>Een taal toevoegen…</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <source>Nothing to apply: every translation in %1 is already there.</source>
        <translation>Niets toe te passen: elke vertaling in %1 is al aanwezig.</translation>
    </message>
    <message>
        <source>Upload of %1 canceled; nothing was applied.</source>
        <translation>Upload van %1 geannuleerd; er is niets toegepast.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>Toe te voegen taal</translation>
    </message>
    <message>
        <source>Texts and their translations</source>
        <translation>Teksten en hun vertalingen</translation>
    </message>
    <message>
        <source>1 text written to %1.</source>
        <translation>1 tekst naar %1 geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>%n texts written to %1.</source>
        <translation>
            <numerusform>%n tekst naar %1 geschreven.</numerusform>
            <numerusform>%n teksten naar %1 geschreven.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::MainWindow</name>
    <message>
        <source>Add a Connect account</source>
        <translation>Een Connect-account toevoegen</translation>
    </message>
    <message>
        <source>Offline workspace</source>
        <translation>Offlinewerkruimte</translation>
    </message>
    <message>
        <source>Connect Vendor Desktop</source>
        <translation>Connect Vendor Desktop</translation>
    </message>
    <message>
        <source>Sandbox on this computer (%1)</source>
        <translation>Sandbox op deze computer (%1)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>Offline workspace: no account</source>
        <translation>Offlinewerkruimte: geen account</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>Nothing to sync</source>
        <translation>Niets te synchroniseren</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Send local changes and fetch what changed (F5)</source>
        <translation>Lokale wijzigingen verzenden en ophalen wat er is gewijzigd (F5)</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Sandbox starten…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-sleutel</translation>
    </message>
    <message>
        <source>No key for %1 could be read from the system keychain (%2).
Enter the key to use it for this run only; it is not saved.</source>
        <translation>Er kon geen sleutel voor %1 uit de sleutelhanger van het systeem worden gelezen (%2).
Voer de sleutel in om deze alleen voor deze sessie te gebruiken; hij wordt niet opgeslagen.</translation>
    </message>
    <message>
        <source>No system keychain</source>
        <translation>Geen sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>Sign out of %1? Its API key is removed from this computer&apos;s keychain.</source>
        <translation>Afmelden bij %1? De API-sleutel wordt uit de sleutelhanger van deze computer verwijderd.</translation>
    </message>
    <message>
        <source>The offline data of the account can stay for when you sign in again, or be deleted now. Changes not yet sent are lost if you delete it.</source>
        <translation>De offlinegegevens van het account kunnen bewaard blijven voor wanneer u zich opnieuw aanmeldt, of nu worden verwijderd. Nog niet verzonden wijzigingen gaan verloren als u ze verwijdert.</translation>
    </message>
    <message>
        <source>Sign out and delete offline data</source>
        <translation>Afmelden en offlinegegevens verwijderen</translation>
    </message>
    <message>
        <source>The system keychain could not store the API key (%1).

Keep the key in memory for this run only? You will need to enter it again next time; to keep it, unlock or set up your desktop&apos;s keyring and add the account again.</source>
        <translation>De sleutelhanger van het systeem kon de API-sleutel niet opslaan (%1).

De sleutel alleen voor deze sessie in het geheugen bewaren? U moet hem de volgende keer opnieuw invoeren; om hem te bewaren, ontgrendelt of configureert u de sleutelring van uw desktop en voegt u het account opnieuw toe.</translation>
    </message>
    <message>
        <source>access declined</source>
        <translation>toegang geweigerd</translation>
    </message>
    <message>
        <source>Notifications: the emails Connect sent you (Ctrl+Shift+N)</source>
        <translation>Meldingen: de e-mails die Connect u heeft gestuurd (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <source>Theme, sync, proxy, notifications and offline data (Ctrl+,)</source>
        <translation>Thema, synchronisatie, proxy, meldingen en offlinegegevens (Ctrl+,)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ModuleNavigator</name>
    <message>
        <source>Switch module (Ctrl+1 to Ctrl+0)</source>
        <translation>Van module wisselen (Ctrl+1 tot Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ModulePage</name>
    <message>
        <source>The %1 screens are not built yet in this version of Connect Vendor Desktop.
The module&apos;s data is already synced with Connect and kept on this computer for them.</source>
        <translation>De schermen voor %1 zijn in deze versie van Connect Vendor Desktop nog niet gebouwd.
De gegevens van de module worden al met Connect gesynchroniseerd en op deze computer bewaard.</translation>
    </message>
</context>
<context>
    <name>cv::ui::NewCaseDialog</name>
    <message>
        <source>Re&amp;move file</source>
        <translation>Bestand ver&amp;wijderen</translation>
    </message>
    <message>
        <source>New support case</source>
        <translation>Nieuwe supportcase</translation>
    </message>
    <message>
        <source>What is the problem, in one line</source>
        <translation>Wat is het probleem, in één regel</translation>
    </message>
    <message>
        <source>What happened, what you expected, and the IDs involved (product, request)</source>
        <translation>Wat er gebeurde, wat u verwachtte en de betrokken ID&apos;s (product, aanvraag)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Logs or screenshots, up to %1 each.</source>
        <translation>Logboeken of schermafbeeldingen, elk maximaal %1.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioriteit:</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>&amp;Bijlagen:</translation>
    </message>
    <message>
        <source>The case is saved on this computer at once and sent to Connect on the next sync.</source>
        <translation>De case wordt direct op deze computer opgeslagen en bij de volgende synchronisatie naar Connect verzonden.</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Case &amp;openen</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Bestanden toevoegen</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>&amp;Bestand toevoegen…</translation>
    </message>
    <message>
        <source>Discard this case?</source>
        <translation>Deze case verwerpen?</translation>
    </message>
    <message>
        <source>The subject, description and files you entered are not kept.</source>
        <translation>Het onderwerp, de beschrijving en de bestanden die u hebt ingevoerd, worden niet bewaard.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerpen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
</context>
<context>
    <name>cv::ui::NotificationsPanel</name>
    <message>
        <source>Notifications are read from Connect: they show when the app is online.</source>
        <translation>Meldingen worden uit Connect gelezen: ze verschijnen wanneer de app online is.</translation>
    </message>
    <message>
        <source>The notifications could not be loaded: %1</source>
        <translation>De meldingen konden niet worden geladen: %1</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Nog geen meldingen.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>To the customer, %1 · %2</source>
        <translation>Aan de klant, %1 · %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Show the request this email is about in Fulfillment</source>
        <translation>De aanvraag waarover deze e-mail gaat tonen in Orderverwerking</translation>
    </message>
    <message>
        <source>1 notification</source>
        <translation>1 melding</translation>
    </message>
    <message numerus="yes">
        <source>%Ln notifications</source>
        <translation>
            <numerusform>%Ln melding</numerusform>
            <numerusform>%Ln meldingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::ParameterDialog</name>
    <message>
        <source>Required: the customer must fill it in</source>
        <translation>Verplicht: de klant moet deze invullen</translation>
    </message>
    <message>
        <source>Unique: no two subscriptions may share a value</source>
        <translation>Uniek: twee abonnementen mogen niet dezelfde waarde hebben</translation>
    </message>
    <message>
        <source>Hidden: not shown to the customer</source>
        <translation>Verborgen: niet zichtbaar voor de klant</translation>
    </message>
    <message>
        <source>Edit Parameter</source>
        <translation>Parameter bewerken</translation>
    </message>
    <message>
        <source>Add Parameter</source>
        <translation>Parameter toevoegen</translation>
    </message>
    <message>
        <source>Used in requests and templates as {{ id }}. Letters, digits, &quot;_&quot; and &quot;-&quot; only.</source>
        <translation>Wordt in aanvragen en sjablonen gebruikt als {{ id }}. Alleen letters, cijfers, &quot;_&quot; en &quot;-&quot;.</translation>
    </message>
    <message>
        <source>e.g. Administrator email</source>
        <translation>bijv. E-mailadres beheerder</translation>
    </message>
    <message>
        <source>Help text shown under the field</source>
        <translation>Helptekst onder het veld</translation>
    </message>
    <message>
        <source>Asked from the customer when ordering</source>
        <translation>Bij het bestellen aan de klant gevraagd</translation>
    </message>
    <message>
        <source>Filled in by the vendor while fulfilling the request</source>
        <translation>Door de leverancier ingevuld tijdens de orderverwerking</translation>
    </message>
    <message>
        <source>Set by the vendor or provider per product, item or marketplace</source>
        <translation>Door de leverancier of provider ingesteld per product, item of marketplace</translation>
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
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Bereik:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Choices:</source>
        <translation>Keuzes:</translation>
    </message>
    <message>
        <source>Constraints:</source>
        <translation>Beperkingen:</translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation>Zichtbaarheid:</translation>
    </message>
    <message>
        <source>Type, phase and scope are fixed once the parameter exists.</source>
        <translation>Type, fase en bereik liggen vast zodra de parameter bestaat.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>Type and constraints</source>
        <translation>Type en beperkingen</translation>
    </message>
    <message>
        <source>Delete parameter</source>
        <translation>Parameter verwijderen</translation>
    </message>
    <message>
        <source>title: Give the parameter a title.</source>
        <translation>title: geef de parameter een titel.</translation>
    </message>
    <message>
        <source>name: Complete the ID after the &quot;param_&quot; prefix.</source>
        <translation>name: vul de ID aan na het voorvoegsel &quot;param_&quot;.</translation>
    </message>
    <message>
        <source>Type, phase and scope are fixed once the parameter exists: to change them, add a new parameter and delete this one.</source>
        <translation>Type, fase en bereik liggen vast zodra de parameter bestaat: voeg een nieuwe parameter toe en verwijder deze om ze te wijzigen.</translation>
    </message>
</context>
<context>
    <name>cv::ui::ParametersPage</name>
    <message>
        <source>&amp;Add Parameter</source>
        <translation>Parameter &amp;toevoegen</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Ordering parameters are asked from the customer; fulfillment parameters are filled in by you while processing the request. Use an ID in templates as {{ id }}.</source>
        <translation>Bestelparameters worden aan de klant gevraagd; orderverwerkingsparameters vult u in tijdens het verwerken van de aanvraag. Gebruik een ID in sjablonen als {{ id }}.</translation>
    </message>
    <message>
        <source>Add a parameter (Ctrl+N)</source>
        <translation>Een parameter toevoegen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter by ID</source>
        <translation>Filteren op ID</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Parameters</translation>
    </message>
    <message>
        <source>&amp;Capabilities</source>
        <translation>&amp;Mogelijkheden</translation>
    </message>
    <message>
        <source>Add parameter %1</source>
        <translation>Parameter %1 toevoegen</translation>
    </message>
    <message>
        <source>Edit parameter %1</source>
        <translation>Parameter %1 bewerken</translation>
    </message>
    <message>
        <source>Delete parameter %1</source>
        <translation>Parameter %1 verwijderen</translation>
    </message>
    <message>
        <source>Parameter “%1” deleted.</source>
        <translation>Parameter “%1” verwijderd.</translation>
    </message>
    <message>
        <source>Filter parameters</source>
        <translation>Parameters filteren</translation>
    </message>
    <message>
        <source>Matches the parameter&apos;s ID</source>
        <translation>Zoekt in de ID van de parameter</translation>
    </message>
</context>
<context>
    <name>cv::ui::PreviewPage</name>
    <message>
        <source>Previews run in Connect: open an account first.</source>
        <translation>Voorbeelden worden in Connect uitgevoerd: open eerst een account.</translation>
    </message>
    <message>
        <source>Previews run in Connect, so they need a connection: this works again once the app is online and synced.</source>
        <translation>Voorbeelden worden in Connect uitgevoerd en hebben dus een verbinding nodig: dit werkt weer zodra de app online en gesynchroniseerd is.</translation>
    </message>
    <message>
        <source>This product has not reached Connect yet: sync first, then start the preview.</source>
        <translation>Dit product is nog niet in Connect aangekomen: synchroniseer eerst en start daarna het voorbeeld.</translation>
    </message>
    <message>
        <source>Add at least one item to the product before previewing it.</source>
        <translation>Voeg ten minste één item aan het product toe voordat u er een voorbeeld van bekijkt.</translation>
    </message>
    <message>
        <source>The preview could not start: %1</source>
        <translation>Het voorbeeld kon niet starten: %1</translation>
    </message>
    <message>
        <source>The account was closed.</source>
        <translation>Het account is gesloten.</translation>
    </message>
    <message>
        <source>The preview status could not be read: %1</source>
        <translation>De status van het voorbeeld kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gereed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wachten</translation>
    </message>
    <message>
        <source>Asset %1 is ready for %2. &lt;a href=&quot;request:%3&quot;&gt;Manual processing is required for the purchase request %3: open it in Fulfillment&lt;/a&gt;</source>
        <translation>Asset %1 is gereed voor %2. &lt;a href=&quot;request:%3&quot;&gt;Aankoopaanvraag %3 moet handmatig worden verwerkt: open deze in Orderverwerking&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Simulate how the product is ordered, fulfilled and seen by the customer. Connect creates a customer and a reseller account, a subscription and a purchase request on the preview connection. Keep the generated details, or turn on Customize to edit them.</source>
        <translation>Simuleer hoe het product wordt besteld, verwerkt en door de klant wordt gezien. Connect maakt een klant- en een reselleraccount, een abonnement en een aankoopaanvraag aan op de voorbeeldverbinding. Behoud de gegenereerde gegevens of schakel Aanpassen in om ze te bewerken.</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Accountgegevens</translation>
    </message>
    <message>
        <source>C&amp;ustomize account details</source>
        <translation>Accountgegevens aan&amp;passen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Reseller (tier 1)</source>
        <translation>Reseller (niveau 1)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Contact first name</source>
        <translation>Voornaam contactpersoon</translation>
    </message>
    <message>
        <source>Contact last name</source>
        <translation>Achternaam contactpersoon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Asset details</source>
        <translation>Assetgegevens</translation>
    </message>
    <message>
        <source>Customize &amp;asset details</source>
        <translation>&amp;Assetgegevens aanpassen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ordering parameters:&lt;/b&gt; none</source>
        <translation>&lt;b&gt;Bestelparameters:&lt;/b&gt; geen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Item quantities&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aantallen per item&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Start Preview</source>
        <translation>Voorbeeld &amp;starten</translation>
    </message>
    <message>
        <source>Start the simulation in the preview environment (Ctrl+Return)</source>
        <translation>De simulatie starten in de voorbeeldomgeving (Ctrl+Return)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview status&lt;/b&gt;</source>
        <translation>&lt;b&gt;Status van voorbeeld&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ordering parameters&lt;/b&gt;&lt;br&gt;Example values, as a customer would enter them. Leave a required one (*) empty to preview an order that waits for the customer: the request is Inquiring and you fill the value in on the customer&apos;s behalf, as in the lab.</source>
        <translation>&lt;b&gt;Bestelparameters&lt;/b&gt;&lt;br&gt;Voorbeeldwaarden, zoals een klant ze zou invoeren. Laat een verplichte (*) leeg om een order te bekijken die op de klant wacht: de aanvraag krijgt de status Informatie opgevraagd en u vult de waarde namens de klant in, zoals in het lab.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Het voorbeeld voorbereiden…</translation>
    </message>
    <message>
        <source>in progress…</source>
        <translation>bezig…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last preview&lt;/b&gt; (%1): </source>
        <extracomment>Before the result of a preview started earlier (not on this page now); %1 is its date.</extracomment>
        <translation>&lt;b&gt;Laatste preview&lt;/b&gt; (%1): </translation>
    </message>
    <message>
        <source>&lt;b&gt;The preview is ready.&lt;/b&gt; Purchase request %1 was approved and asset %2 is active for %3. Sign in to the customer panel to see the product as the customer does.</source>
        <translation>&lt;b&gt;De preview is klaar.&lt;/b&gt; Aankoopverzoek %1 is goedgekeurd en asset %2 is actief voor %3. Meld u aan bij het klantpaneel om het product te zien zoals de klant het ziet.</translation>
    </message>
    <message>
        <source>Purchase request %1 is approved on this computer. The preview is ready once the approval has reached Connect: sync (F5).</source>
        <translation>Aankoopverzoek %1 is op deze computer goedgekeurd. De preview is klaar zodra de goedkeuring Connect heeft bereikt: synchroniseer (F5).</translation>
    </message>
    <message>
        <source>Purchase request %1 was rejected, so this preview ends without a subscription. Start Preview again for a new one.</source>
        <translation>Aankoopverzoek %1 is afgewezen, dus deze preview eindigt zonder abonnement. Start de preview opnieuw voor een nieuwe.</translation>
    </message>
    <message>
        <source>Open %1 in Fulfillment</source>
        <extracomment>%1 is a request ID.</extracomment>
        <translation>%1 openen in Fulfillment</translation>
    </message>
    <message>
        <source>Sign in to the customer &amp;panel</source>
        <translation>Aanmelden bij het klant&amp;paneel</translation>
    </message>
    <message>
        <source>See the product as the customer sees it in the customer control panel (CCP; needs a connection)</source>
        <translation>Het product zien zoals de klant het ziet in het klantbeheerpaneel (CCP; vereist een verbinding)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ProductListDelegate</name>
    <message>
        <source>%1 · not synced</source>
        <translation>%1 · niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>(assigned at the next sync)</source>
        <translation>(toegekend bij de volgende synchronisatie)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ProductPage</name>
    <message>
        <source>New product (its ID comes with the next sync)</source>
        <translation>Nieuw product (de ID volgt bij de volgende synchronisatie)</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Niet gepubliceerd</translation>
    </message>
    <message>
        <source>● Changes saved on this computer, not synced yet</source>
        <translation>● Wijzigingen op deze computer opgeslagen, nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Gesynchroniseerd</translation>
    </message>
    <message>
        <source>The next sync sends these changes to Connect (F5 syncs now).</source>
        <translation>De volgende synchronisatie verzendt deze wijzigingen naar Connect (F5 synchroniseert nu).</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>UI</source>
        <translation>UI</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <source>Back to all products (Alt+Left)</source>
        <translation>Terug naar alle producten (Alt+Left)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+%1</source>
        <translation>Ctrl+Alt+%1</translation>
    </message>
    <message>
        <source>The %1 page of the product comes here.</source>
        <translation>Hier komt de pagina %1 van het product.</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>product page: the items (SKUs) the product sells</comment>
        <translation>Items</translation>
    </message>
    <message>
        <source>Preview</source>
        <comment>product page: try the product as a customer</comment>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>← All products</source>
        <translation>← Alle producten</translation>
    </message>
    <message>
        <source>Product pages</source>
        <translation>Productpagina&apos;s</translation>
    </message>
</context>
<context>
    <name>cv::ui::ProfilePage</name>
    <message>
        <source>Assigned by Connect at the next sync</source>
        <translation>Bij de volgende synchronisatie toegekend door Connect</translation>
    </message>
    <message>
        <source>Changes are saved as you type.</source>
        <translation>Wijzigingen worden tijdens het typen opgeslagen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Profiel bewerken</translation>
    </message>
    <message>
        <source>Saved on this computer; sent with the next sync.</source>
        <translation>Opgeslagen op deze computer; wordt bij de volgende synchronisatie verzonden.</translation>
    </message>
    <message>
        <source>This change was not saved: %1</source>
        <translation>Deze wijziging is niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation>Vergrendeld: %1</translation>
    </message>
    <message>
        <source>No logo.
Drop a PNG or JPEG here.</source>
        <translation>Geen logo.
Sleep hier een PNG of JPEG naartoe.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>Logo saved on this computer; uploaded with the next sync.</source>
        <translation>Logo op deze computer opgeslagen; wordt bij de volgende synchronisatie geüpload.</translation>
    </message>
    <message>
        <source>Choose the product logo</source>
        <translation>Het productlogo kiezen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>Product-ID</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>&amp;Logo kiezen…</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB; a square image of at least 120 × 120 pixels looks best. You can also drop a file on the logo.</source>
        <translation>PNG of JPEG, maximaal 1 MB; een vierkante afbeelding van ten minste 120 × 120 pixels ziet er het best uit. U kunt ook een bestand op het logo slepen.</translation>
    </message>
    <message>
        <source>&amp;Short description</source>
        <translation>&amp;Korte beschrijving</translation>
    </message>
    <message>
        <source>One or two sentences shown in catalogs and search results.</source>
        <translation>Een of twee zinnen die in catalogi en zoekresultaten worden getoond.</translation>
    </message>
    <message>
        <source>&amp;Detailed overview</source>
        <translation>&amp;Uitgebreid overzicht</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, # headings, lists, tables and links. The preview on the right shows it as customers will see it.</source>
        <translation>Markdown: **vet**, *cursief*, # koppen, lijsten, tabellen en koppelingen. Het voorbeeld rechts toont de tekst zoals klanten die zien.</translation>
    </message>
    <message>
        <source>What the product does, who it is for, what is included…</source>
        <translation>Wat het product doet, voor wie het is, wat inbegrepen is…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Korte beschrijving</translation>
    </message>
    <message>
        <source>Detailed overview</source>
        <translation>Uitgebreid overzicht</translation>
    </message>
    <message>
        <source>“%1” was changed meanwhile (a sync or a conflict decision) while you were typing in it; your text is not saved yet. &lt;a href=&quot;theirs:%2&quot;&gt;Use the new text&lt;/a&gt; · &lt;a href=&quot;mine:%2&quot;&gt;Keep mine&lt;/a&gt;</source>
        <translation>“%1” is intussen gewijzigd (door een synchronisatie of een conflictbeslissing) terwijl u erin typte; uw tekst is nog niet opgeslagen. &lt;a href=&quot;theirs:%2&quot;&gt;De nieuwe tekst gebruiken&lt;/a&gt; · &lt;a href=&quot;mine:%2&quot;&gt;Mijn tekst behouden&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Logo stored on Connect (shown when online).
Drop an image here to replace it.</source>
        <translation>Logo opgeslagen in Connect (getoond wanneer online).
Sleep hier een afbeelding naartoe om het te vervangen.</translation>
    </message>
    <message numerus="yes">
        <source>The short description is limited to %n characters; shorten it to save it.</source>
        <translation>
            <numerusform>De korte beschrijving is beperkt tot %n teken; maak hem korter om op te slaan.</numerusform>
            <numerusform>De korte beschrijving is beperkt tot %n tekens; maak hem korter om op te slaan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::PublishPage</name>
    <message>
        <source>Publishing needs a connection to Connect. The checklist and the changes are shown from this computer.</source>
        <translation>Voor publiceren is een verbinding met Connect nodig. De controlelijst en de wijzigingen worden getoond op basis van deze computer.</translation>
    </message>
    <message>
        <source>Complete the required steps (marked ✗) to publish.</source>
        <translation>Voltooi de verplichte stappen (gemarkeerd met ✗) om te publiceren.</translation>
    </message>
    <message>
        <source>Profile: short and detailed descriptions are filled in</source>
        <translation>Profiel: korte en uitgebreide beschrijving zijn ingevuld</translation>
    </message>
    <message>
        <source>Items: at least one item is defined</source>
        <translation>Items: er is ten minste één item gedefinieerd</translation>
    </message>
    <message>
        <source>Items: add at least one item (required)</source>
        <translation>Items: voeg ten minste één item toe (verplicht)</translation>
    </message>
    <message>
        <source>Parameters: defined</source>
        <translation>Parameters: gedefinieerd</translation>
    </message>
    <message>
        <source>Parameters: none defined yet</source>
        <translation>Parameters: nog geen gedefinieerd</translation>
    </message>
    <message>
        <source>Templates: the activation template uses only known parameters</source>
        <translation>Sjablonen: het activeringssjabloon gebruikt alleen bekende parameters</translation>
    </message>
    <message>
        <source>Templates: there is no activation (asset fulfillment) template</source>
        <translation>Sjablonen: er is geen activeringssjabloon (orderverwerking van asset)</translation>
    </message>
    <message>
        <source>Preview: a preview request was run</source>
        <translation>Voorbeeld: er is een voorbeeldaanvraag uitgevoerd</translation>
    </message>
    <message>
        <source>Preview: not run yet (recommended)</source>
        <translation>Voorbeeld: nog niet uitgevoerd (aanbevolen)</translation>
    </message>
    <message>
        <source>Synced: Connect has every change of the product</source>
        <translation>Gesynchroniseerd: Connect heeft elke wijziging van het product</translation>
    </message>
    <message>
        <source>Synced: changes wait on this computer; sync first (F5) (required)</source>
        <translation>Gesynchroniseerd: wijzigingen wachten op deze computer; synchroniseer eerst (F5) (verplicht)</translation>
    </message>
    <message>
        <source>• The product name cannot be changed after the first version is published.
• Published items cannot be removed, and only their name, MPN and description can be edited.</source>
        <translation>• De productnaam kan niet meer worden gewijzigd nadat de eerste versie is gepubliceerd.
• Gepubliceerde items kunnen niet worden verwijderd; alleen hun naam, MPN en beschrijving kunnen worden bewerkt.</translation>
    </message>
    <message>
        <source>Changes since the last published version (loading…)</source>
        <translation>Wijzigingen sinds de laatst gepubliceerde versie (laden…)</translation>
    </message>
    <message>
        <source>Changes: first version (compared with nothing)</source>
        <translation>Wijzigingen: eerste versie (met niets vergeleken)</translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <translation>Wijzigingen sinds versie %1</translation>
    </message>
    <message>
        <source>General attributes</source>
        <translation>Algemene kenmerken</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Mogelijkheden</translation>
    </message>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Productnaam</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Korte beschrijving</translation>
    </message>
    <message>
        <source>Detailed description</source>
        <translation>Uitgebreide beschrijving</translation>
    </message>
    <message>
        <source>Customer UI settings</source>
        <translation>Instellingen voor klant-UI</translation>
    </message>
    <message>
        <source>versioned (takes effect when published)</source>
        <translation>met versiebeheer (van kracht na publicatie)</translation>
    </message>
    <message>
        <source>live at once (not versioned)</source>
        <translation>direct actief (zonder versiebeheer)</translation>
    </message>
    <message>
        <source>No changes since version %1</source>
        <translation>Geen wijzigingen sinds versie %1</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <source>Publish a new version of “%1”?</source>
        <translation>Een nieuwe versie van “%1” publiceren?</translation>
    </message>
    <message>
        <source>Publishing failed: %1</source>
        <translation>Publiceren mislukt: %1</translation>
    </message>
    <message>
        <source>Version %1 of the product is published. The inventory shows it after this sync.</source>
        <translation>Versie %1 van het product is gepubliceerd. De inventaris toont deze na deze synchronisatie.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Controlelijst</translation>
    </message>
    <message>
        <source>Before you publish</source>
        <translation>Voordat u publiceert</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Van kracht</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publiceren</translation>
    </message>
    <message>
        <source>Publish the next version of the product (Ctrl+Shift+P)</source>
        <translation>De volgende versie van het product publiceren (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Publishing the new version…</source>
        <translation>De nieuwe versie wordt gepubliceerd…</translation>
    </message>
    <message>
        <source>Publish Successful!</source>
        <translation>Publiceren gelukt!</translation>
    </message>
    <message>
        <source>Back to the checklist</source>
        <translation>Terug naar de controlelijst</translation>
    </message>
    <message>
        <source>Connect to compare this draft with version %1.</source>
        <translation>Maak verbinding met Connect om dit concept te vergelijken met versie %1.</translation>
    </message>
    <message>
        <source>Templates: unknown or broken placeholders in the activation template: %1</source>
        <translation>Sjablonen: onbekende of defecte plaatsaanduidingen in het activeringssjabloon: %1</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Changes since version %1: not known, because the published version is read from Connect and there is no connection now</source>
        <extracomment>%1 is the number of the last published version of the product.</extracomment>
        <translation>Wijzigingen sinds versie %1: onbekend, omdat de gepubliceerde versie uit Connect wordt gelezen en er nu geen verbinding is</translation>
    </message>
    <message>
        <source>Profile: add the short description</source>
        <translation>Profiel: voeg de korte beschrijving toe</translation>
    </message>
    <message>
        <source>Profile: add the detailed description</source>
        <translation>Profiel: voeg de uitgebreide beschrijving toe</translation>
    </message>
    <message>
        <source>Profile: add the short and detailed descriptions</source>
        <translation>Profiel: voeg de korte en uitgebreide beschrijving toe</translation>
    </message>
    <message>
        <source>Changes since version %1: not known, because Connect did not answer: %2</source>
        <extracomment>%1 is the number of the last published version, %2 the error Connect (or the network) gave.</extracomment>
        <translation>Wijzigingen sinds versie %1: onbekend, omdat Connect niet antwoordde: %2</translation>
    </message>
    <message>
        <source>Changes since version %1: not known, because its contents could not be read from Connect</source>
        <extracomment>%1 is the number of the last published version of the product.</extracomment>
        <translation>Wijzigingen sinds versie %1: onbekend, omdat de inhoud ervan niet uit Connect kon worden gelezen</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>column: added, changed or removed</comment>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Publish checklist</source>
        <translation>Controlelijst voor publicatie</translation>
    </message>
    <message>
        <source>Changes since the last published version</source>
        <translation>Wijzigingen sinds de laatst gepubliceerde versie</translation>
    </message>
</context>
<context>
    <name>cv::ui::ReasonDialog</name>
    <message numerus="yes">
        <source>Reject %Ln requests</source>
        <translation>
            <numerusform>%Ln aanvraag afwijzen</numerusform>
            <numerusform>%Ln aanvragen afwijzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Aanvraag afwijzen</translation>
    </message>
    <message>
        <source>Tell the customer why the request is rejected</source>
        <translation>Vertel de klant waarom de aanvraag wordt afgewezen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reject %Ln</source>
        <translation>
            <numerusform>%Ln af&amp;wijzen</numerusform>
            <numerusform>%Ln af&amp;wijzen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>Af&amp;wijzen</translation>
    </message>
    <message>
        <source>&amp;Reason (required, the customer sees it):</source>
        <translation>&amp;Reden (verplicht, de klant ziet deze):</translation>
    </message>
</context>
<context>
    <name>cv::ui::ReportCharts</name>
    <message>
        <source>Requests per day by status</source>
        <translation>Aanvragen per dag per status</translation>
    </message>
    <message>
        <source>Requests per day by product</source>
        <translation>Aanvragen per dag per product</translation>
    </message>
    <message>
        <source>Requests per day by type</source>
        <translation>Aanvragen per dag per type</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Time to fulfill (approved requests; median in days: %1)</source>
        <translation>Verwerkingstijd (goedgekeurde aanvragen; mediaan in dagen: %1)</translation>
    </message>
    <message>
        <source>Approved requests</source>
        <translation>Goedgekeurde aanvragen</translation>
    </message>
    <message>
        <source>up to %1 d</source>
        <translation>tot %1 d</translation>
    </message>
    <message>
        <source>%1-%2 d</source>
        <translation>%1-%2 d</translation>
    </message>
    <message>
        <source>over %1 d</source>
        <translation>meer dan %1 d</translation>
    </message>
    <message>
        <source>Requests from %1 to %2: %3; approved: %4.</source>
        <translation>Aanvragen van %1 tot %2: %3; goedgekeurd: %4.</translation>
    </message>
    <message>
        <source>No requests in the cache yet.</source>
        <translation>Nog geen aanvragen in de cache.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
</context>
<context>
    <name>cv::ui::ReportsPage</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Tot:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Product:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marketplace:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Omgeving:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Uitvoeren</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporteren naar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>Exporteren naar &amp;Excel…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>Opnieuw uitv&amp;oeren</translation>
    </message>
    <message>
        <source>Every export, with its parameters and file. Double-click one or press &quot;Run again&quot; to compute it again from the cache.</source>
        <translation>Elke export, met de parameters en het bestand. Dubbelklik op een export of klik op &quot;Opnieuw uitvoeren&quot; om deze opnieuw te berekenen uit de cache.</translation>
    </message>
    <message>
        <source>Ran at</source>
        <translation>Uitgevoerd op</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Indeling</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation>Klaar in %1 s</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mislukt: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Elk type</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Any environment</source>
        <translation>Elke omgeving</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>Elk product</translation>
    </message>
    <message>
        <source>Any marketplace</source>
        <translation>Elke marketplace</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>%1 exporteren naar %2…</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>%1 berekenen…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>, %1 in all: %2</source>
        <translation>, %1 in totaal: %2</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>Het rapport kan niet worden berekend: %1</translation>
    </message>
    <message>
        <source>Canceled. Nothing was written.</source>
        <translation>Geannuleerd. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>Exported %1 to %2 in %3 s.</source>
        <translation>%1 geëxporteerd naar %2 in %3 s.</translation>
    </message>
    <message>
        <source>%1, computed from the cache in %2 s%3.</source>
        <translation>%1, berekend uit de cache in %2 s%3.</translation>
    </message>
    <message numerus="yes">
        <source>; the first %Ln are shown</source>
        <translation>
            <numerusform>; de eerste %Ln wordt getoond</numerusform>
            <numerusform>; de eerste %Ln worden getoond</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Rapportvoorbeeld</translation>
    </message>
    <message>
        <source>Report history</source>
        <translation>Rapportgeschiedenis</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 rij</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln rij</numerusform>
            <numerusform>%Ln rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 on average: %2</source>
        <translation>, %1 gemiddeld: %2</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Aanvrager:</translation>
    </message>
    <message>
        <source>The provider whose marketplace sent the request</source>
        <translation>De provider wiens marktplaats het verzoek stuurde</translation>
    </message>
    <message>
        <source>Any requester</source>
        <translation>Elke aanvrager</translation>
    </message>
</context>
<context>
    <name>cv::ui::RequestPage</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Fiscaal nummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>Wacht op synchronisatie</translation>
    </message>
    <message>
        <source>Switch to &amp;Pending</source>
        <translation>Naar In &amp;behandeling zetten</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Aan &amp;mij toewijzen</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>&amp;Notitie opslaan</translation>
    </message>
    <message>
        <source>Changed offline; Connect receives the change at the next sync.</source>
        <translation>Offline gewijzigd; Connect ontvangt de wijziging bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Terug naar de lijst (Alt+Left)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>MPN</source>
        <translation>MPN</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Previous quantity</source>
        <translation>Vorig aantal</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Write a note for this request</source>
        <translation>Schrijf een notitie bij deze aanvraag</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>The request&apos;s no&amp;te, shared with your team and the distributor:</source>
        <translation>No&amp;titie bij de aanvraag, gedeeld met uw team en de distributeur:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Niveaus</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Requests chain</source>
        <translation>Aanvraagketen</translation>
    </message>
    <message>
        <source>Sign in to &amp;CCP</source>
        <translation>Aanmelden bij &amp;CCP</translation>
    </message>
    <message>
        <source>See the product as the customer sees it in the customer control panel (needs a connection)</source>
        <translation>Het product bekijken zoals de klant het in het klantconfiguratiescherm ziet (verbinding nodig)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · created %4</source>
        <extracomment>%1 is the product (name and ID), %2 the customer (or &quot;no customer&quot;), %3 the environment, %4 the date.</extracomment>
        <translation>%1 · %2 · %3 · gemaakt %4</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>geen klant</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Niet toegewezen</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Behandelaar: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Ingangsdatum</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
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
        <translation>Product</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Omgeving</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Marketplace and contract</source>
        <translation>Marketplace en contract</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Activation message</source>
        <translation>Activeringsbericht</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Tier 1 (reseller)</source>
        <translation>Niveau 1 (reseller)</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>Niveau 2</translation>
    </message>
    <message>
        <source>No tier accounts on this request.</source>
        <translation>Geen niveauaccounts bij deze aanvraag.</translation>
    </message>
    <message>
        <source>No note yet.</source>
        <translation>Nog geen notitie.</translation>
    </message>
    <message>
        <source>Your user is not known yet; sync first.</source>
        <translation>Uw gebruiker is nog niet bekend; synchroniseer eerst.</translation>
    </message>
    <message>
        <source>Required before approval.</source>
        <translation>Verplicht vóór goedkeuring.</translation>
    </message>
    <message>
        <source>Switch to Pending</source>
        <translation>Naar In behandeling zetten</translation>
    </message>
    <message>
        <source>Switch %1 to Pending? The request moves to your processing queue.</source>
        <translation>%1 naar In behandeling zetten? De aanvraag gaat naar uw verwerkingswachtrij.</translation>
    </message>
    <message>
        <source>Switched to Pending.</source>
        <translation>Naar In behandeling gezet.</translation>
    </message>
    <message>
        <source>Approved. Waiting for sync.</source>
        <translation>Goedgekeurd. Wacht op synchronisatie.</translation>
    </message>
    <message>
        <source>The customer is asked for more information.</source>
        <translation>De klant is om meer informatie gevraagd.</translation>
    </message>
    <message>
        <source>Rejected. Waiting for sync.</source>
        <translation>Afgewezen. Wacht op synchronisatie.</translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Aan u toegewezen.</translation>
    </message>
    <message>
        <source>Parameters saved. Waiting for sync.</source>
        <translation>Parameters opgeslagen. Wacht op synchronisatie.</translation>
    </message>
    <message>
        <source>Note saved. Waiting for sync.</source>
        <translation>Notitie opgeslagen. Wacht op synchronisatie.</translation>
    </message>
    <message>
        <source>Correct the highlighted parameter before approving.</source>
        <translation>Corrigeer de gemarkeerde parameter voordat u goedkeurt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>You entered parameter values that are not saved yet. Save them and approve with them?</source>
        <translation>U hebt parameterwaarden ingevoerd die nog niet zijn opgeslagen. Opslaan en daarmee goedkeuren?</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Inquire…</source>
        <translation>&amp;Informatie opvragen…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Goedkeuren…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Afwijzen…</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>request tab: the items the customer orders</comment>
        <translation>Items</translation>
    </message>
    <message>
        <source>&amp;Save and approve…</source>
        <translation>Op&amp;slaan en goedkeuren…</translation>
    </message>
    <message>
        <source>Items of the request</source>
        <translation>Items van de aanvraag</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Aanvraaggegevens</translation>
    </message>
    <message>
        <source>Customer and reseller tiers</source>
        <translation>Klant- en resellerniveaus</translation>
    </message>
    <message>
        <source>Notes history</source>
        <translation>Notitiegeschiedenis</translation>
    </message>
    <message>
        <source>Requests of the same subscription</source>
        <translation>Aanvragen van hetzelfde abonnement</translation>
    </message>
    <message>
        <source>Enter opens the request</source>
        <translation>Enter opent de aanvraag</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alle verzoeken</translation>
    </message>
</context>
<context>
    <name>cv::ui::RequestParametersTab</name>
    <message>
        <source>Fulfillment parameters</source>
        <translation>Orderverwerkingsparameters</translation>
    </message>
    <message>
        <source>Ordering parameters (given by the customer)</source>
        <translation>Bestelparameters (opgegeven door de klant)</translation>
    </message>
    <message>
        <source>&amp;Save parameters</source>
        <translation>Parameters op&amp;slaan</translation>
    </message>
    <message>
        <source>Parameters marked * are required before the request can be approved.</source>
        <translation>Parameters met * zijn verplicht voordat de aanvraag kan worden goedgekeurd.</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(niet gekozen)</translation>
    </message>
    <message>
        <source>Asked of the customer: %1</source>
        <translation>Gevraagd aan de klant: %1</translation>
    </message>
    <message>
        <source>This product has no fulfillment parameters.</source>
        <translation>Dit product heeft geen orderverwerkingsparameters.</translation>
    </message>
    <message>
        <source>The parameters cannot be changed in this status.</source>
        <translation>De parameters kunnen in deze status niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <extracomment>Read by screen readers for a required parameter; %1 is the parameter&apos;s description (may be empty).</extracomment>
        <translation>Verplicht. %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::RequestRowDelegate</name>
    <message>
        <source>%1 · not synced</source>
        <translation>%1 · niet gesynchroniseerd</translation>
    </message>
</context>
<context>
    <name>cv::ui::ServiceTab</name>
    <message>
        <source>One sentence shown to customers in the subscription&apos;s service tab</source>
        <translation>Eén zin die klanten zien op het servicetabblad van het abonnement</translation>
    </message>
    <message>
        <source>Markdown: the first steps after the subscription is activated</source>
        <translation>Markdown: de eerste stappen nadat het abonnement is geactiveerd</translation>
    </message>
    <message>
        <source>What customers see about the service in their portal. Changes are saved as you type and sent to Connect by the next sync.</source>
        <translation>Wat klanten in hun portal over de service zien. Wijzigingen worden tijdens het typen opgeslagen en bij de volgende synchronisatie naar Connect verzonden.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>&amp;Getting started:</source>
        <translation>&amp;Aan de slag:</translation>
    </message>
    <message>
        <source>Download links:</source>
        <translation>Downloadkoppelingen:</translation>
    </message>
    <message>
        <source>Documentation:</source>
        <translation>Documentatie:</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Edit service texts</source>
        <translation>Serviceteksten bewerken</translation>
    </message>
    <message>
        <source>Download links</source>
        <translation>Downloadkoppelingen</translation>
    </message>
    <message>
        <source>Documentation links</source>
        <translation>Documentatiekoppelingen</translation>
    </message>
</context>
<context>
    <name>cv::ui::SettingsDialog</name>
    <message>
        <source>Enter the proxy&apos;s host name and a port from 1 to 65535. Until then the previous setting stays in use.</source>
        <translation>Voer de hostnaam van de proxy en een poort van 1 tot 65535 in. Tot dan blijft de vorige instelling in gebruik.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>The offline data of %1 is cleared.</source>
        <translation>De offlinegegevens van %1 zijn gewist.</translation>
    </message>
    <message>
        <source>Some files of %1 could not be deleted: %2</source>
        <translation>Sommige bestanden van %1 konden niet worden verwijderd: %2</translation>
    </message>
    <message>
        <source>Clear offline data</source>
        <translation>Offlinegegevens wissen</translation>
    </message>
    <message>
        <source>The changes waiting to be sent for %1 could not be counted.</source>
        <translation>De wijzigingen die voor %1 op verzending wachten, konden niet worden geteld.</translation>
    </message>
    <message>
        <source>Clearing the offline data deletes them for good. The rest comes back with the next sync.</source>
        <translation>Door de offlinegegevens te wissen, gaan deze definitief verloren. De rest komt terug bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Clear and lose the changes</source>
        <translation>Wissen en de wijzigingen verliezen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Offline data</source>
        <translation>Offlinegegevens</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Zoals het systeem (%1)</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Blijven draaien in het systeemvak wanneer het venster wordt gesloten</translation>
    </message>
    <message>
        <source>The tray icon shows the pending requests and has Sync now, Pause sync and Quit.</source>
        <translation>Het pictogram in het systeemvak toont de aanvragen in behandeling en biedt Nu synchroniseren, Synchronisatie pauzeren en Afsluiten.</translation>
    </message>
    <message>
        <source>This desktop shows no tray icon, so closing the window quits.</source>
        <translation>Dit bureaublad toont geen pictogram in het systeemvak, dus het sluiten van het venster beëindigt de app.</translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>&amp;Automatisch synchroniseren</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>&amp;Synchroniseren elke:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sync when an account &amp;opens</source>
        <translation>Synchroniseren wanneer een account wordt ge&amp;opend</translation>
    </message>
    <message>
        <source>While automatic sync is off, nothing is sent or fetched until you choose Sync now (F5). Changes made here are kept on this computer meanwhile.</source>
        <translation>Zolang automatische synchronisatie uit staat, wordt niets verzonden of opgehaald tot u Nu synchroniseren (F5) kiest. Wijzigingen die u hier maakt, blijven intussen op deze computer bewaard.</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>De proxy-instellingen van het &amp;systeem gebruiken</translation>
    </message>
    <message>
        <source>Use this HTTP &amp;proxy:</source>
        <translation>Deze HTTP-&amp;proxy gebruiken:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <source>Used for Connect endpoints. The sandbox on this computer is reached directly.</source>
        <translation>Gebruikt voor Connect-endpoints. De sandbox op deze computer wordt rechtstreeks bereikt.</translation>
    </message>
    <message>
        <source>New &amp;pending requests after a sync</source>
        <translation>Nieuwe aanvragen in &amp;behandeling na een synchronisatie</translation>
    </message>
    <message>
        <source>Sync &amp;failures that need you (a refused API key, offline data that cannot be written)</source>
        <translation>Synchronisatie&amp;fouten die uw aandacht vragen (een geweigerde API-sleutel, offlinegegevens die niet kunnen worden geschreven)</translation>
    </message>
    <message>
        <source>New &amp;conflicts</source>
        <translation>Nieuwe &amp;conflicten</translation>
    </message>
    <message>
        <source>Publish &amp;finished</source>
        <translation>Publicatie &amp;voltooid</translation>
    </message>
    <message>
        <source>Shown as desktop notifications from the tray icon. Being offline is never notified: the app retries by itself.</source>
        <translation>Getoond als bureaubladmeldingen via het pictogram in het systeemvak. Offline zijn wordt nooit gemeld: de app probeert het zelf opnieuw.</translation>
    </message>
    <message>
        <source>Offline data is kept in:</source>
        <translation>Offlinegegevens worden bewaard in:</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Map openen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Changes not sent</source>
        <translation>Niet-verzonden wijzigingen</translation>
    </message>
    <message>
        <source>C&amp;lear offline data…</source>
        <translation>Offlinegegevens &amp;wissen…</translation>
    </message>
    <message>
        <source>Delete the selected account&apos;s offline data; the next sync fetches it again</source>
        <translation>De offlinegegevens van het geselecteerde account verwijderen; de volgende synchronisatie haalt ze opnieuw op</translation>
    </message>
    <message>
        <source>1 change made on this computer for %1 has not been sent to Connect yet.</source>
        <translation>1 wijziging die op deze computer voor %1 is gemaakt, is nog niet naar Connect verzonden.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes made on this computer for %1 have not been sent to Connect yet.</source>
        <translation>
            <numerusform>%n wijziging die op deze computer voor %1 is gemaakt, is nog niet naar Connect verzonden.</numerusform>
            <numerusform>%n wijzigingen die op deze computer voor %1 zijn gemaakt, zijn nog niet naar Connect verzonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline data per account</source>
        <translation>Offlinegegevens per account</translation>
    </message>
    <message>
        <source>Light and Dark use the Fusion style with a light or dark palette; the previews of Markdown, templates and the customer panel follow the theme.</source>
        <translation>Licht en Donker gebruiken de Fusion-stijl met een licht of donker palet; de voorbeelden van Markdown, sjablonen en het klantconfiguratiescherm volgen het thema.</translation>
    </message>
</context>
<context>
    <name>cv::ui::StepDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Voltooien</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Stap %1 van %2: %3</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Vorige</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <extracomment>Beside a disabled Add/Next button; %1 lists form fields (&quot;Description, Name&quot;).</extracomment>
        <translation>Nog nodig: %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::SyncStatusWidget</name>
    <message>
        <source>Enter key…</source>
        <translation>Sleutel invoeren…</translation>
    </message>
    <message>
        <source>sending changes %1/%2</source>
        <extracomment>Sync progress: %1 changes of %2 sent so far.</extracomment>
        <translation>wijzigingen verzenden %1/%2</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source> · 1 change waiting to be sent</source>
        <extracomment>Added after the sync state in the status bar (&quot;Synced at 14:05 · 1 change waiting to be sent&quot;).</extracomment>
        <translation> · 1 wijziging wacht op verzending</translation>
    </message>
    <message>
        <source>Nothing to sync</source>
        <translation>Niets te synchroniseren</translation>
    </message>
    <message>
        <source>Opening the account…</source>
        <extracomment>%1 is the progress, e.g. &quot;upgrading the offline data: 40%&quot;.</extracomment>
        <translation>Account openen…</translation>
    </message>
    <message>
        <source>No API key available: working offline</source>
        <translation>Geen API-sleutel beschikbaar: offline aan het werk</translation>
    </message>
    <message>
        <source>Syncing… %1</source>
        <extracomment>%1 is the progress, e.g. &quot;sending changes 3/10&quot;.</extracomment>
        <translation>Synchroniseren… %1</translation>
    </message>
    <message>
        <source>Offline: changes are saved here and sent when the connection is back</source>
        <translation>Offline: wijzigingen worden hier opgeslagen en verzonden zodra de verbinding terug is</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <extracomment>%1 is the error, as Connect or the network gave it.</extracomment>
        <translation>Synchronisatie mislukt: %1</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <extracomment>%1 is the time of the last sync.</extracomment>
        <translation>Gesynchroniseerd om %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>⚠ 1 conflict</source>
        <translation>⚠ 1 conflict</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln changes waiting to be sent</source>
        <translation>
            <numerusform> · %Ln wijziging wacht op verzending</numerusform>
            <numerusform> · %Ln wijzigingen wachten op verzending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflicts</source>
        <translation>
            <numerusform>⚠ %n conflict</numerusform>
            <numerusform>⚠ %n conflicten</numerusform>
        </translation>
    </message>
    <message>
        <source>upgrading the offline data: %1%</source>
        <extracomment>Shown while an older build&apos;s offline data is converted; %1 is how far, in percent.</extracomment>
        <translation>offlinegegevens bijwerken: %1%</translation>
    </message>
    <message>
        <source> · 1 change refused by Connect</source>
        <extracomment>Added after the sync state in the status bar (&quot;Synced at 14:05 · 1 change refused by Connect&quot;).</extracomment>
        <translation> · 1 wijziging geweigerd door Connect</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln changes refused by Connect</source>
        <translation>
            <numerusform> · %Ln wijziging geweigerd door Connect</numerusform>
            <numerusform> · %Ln wijzigingen geweigerd door Connect</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the account… %1</source>
        <translation>Account openen… %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::TemplatesTab</name>
    <message>
        <source>New template</source>
        <translation>Nieuw sjabloon</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <source>All templates</source>
        <translation>Alle sjablonen</translation>
    </message>
    <message>
        <source>Subscription: activation</source>
        <translation>Abonnement: activering</translation>
    </message>
    <message>
        <source>Subscription: inquire</source>
        <translation>Abonnement: informatieverzoek</translation>
    </message>
    <message>
        <source>Subscription: pending</source>
        <translation>Abonnement: in behandeling</translation>
    </message>
    <message>
        <source>Tier 1 setup</source>
        <translation>Instelling niveau 1</translation>
    </message>
    <message>
        <source>Tier 2 setup</source>
        <translation>Instelling niveau 2</translation>
    </message>
    <message>
        <source>Markdown. Type {{ to insert a parameter.</source>
        <translation>Markdown. Typ {{ om een parameter in te voegen.</translation>
    </message>
    <message>
        <source>Insert parameter</source>
        <translation>Parameter invoegen</translation>
    </message>
    <message>
        <source>Insert {{ parameter_id }} at the cursor</source>
        <translation>{{ parameter_id }} invoegen bij de cursor</translation>
    </message>
    <message>
        <source>Render with example values (Ctrl+P)</source>
        <translation>Weergeven met voorbeeldwaarden (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>A default template (cannot be deleted)</source>
        <translation>Een standaardsjabloon (kan niet worden verwijderd)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Default templates cannot be deleted.</source>
        <translation>Standaardsjablonen kunnen niet worden verwijderd.</translation>
    </message>
    <message>
        <source>Not available in this template&apos;s phase</source>
        <translation>Niet beschikbaar in de fase van dit sjabloon</translation>
    </message>
    <message>
        <source>Activation form link (%1)</source>
        <translation>Koppeling naar activeringsformulier (%1)</translation>
    </message>
    <message>
        <source>The product has no parameters yet</source>
        <translation>Het product heeft nog geen parameters</translation>
    </message>
    <message>
        <source>Unknown parameter: %1</source>
        <translation>Onbekende parameter: %1</translation>
    </message>
    <message>
        <source>✓ Every parameter is known.</source>
        <translation>✓ Alle parameters zijn bekend.</translation>
    </message>
    <message>
        <source>Variables used: none</source>
        <translation>Gebruikte variabelen: geen</translation>
    </message>
    <message>
        <source>Variables used: %1</source>
        <translation>Gebruikte variabelen: %1</translation>
    </message>
    <message>
        <source>Edit template %1</source>
        <translation>Sjabloon %1 bewerken</translation>
    </message>
    <message>
        <source># Thank you for your order

</source>
        <translation># Bedankt voor uw bestelling

</translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation>Nieuw sjabloon %1</translation>
    </message>
    <message>
        <source>Add template %1</source>
        <translation>Sjabloon %1 toevoegen</translation>
    </message>
    <message>
        <source>Delete template %1</source>
        <translation>Sjabloon %1 verwijderen</translation>
    </message>
    <message>
        <source>“{{ %1 }}” is not a parameter: put exactly one parameter ID between {{ and }}.</source>
        <translation>“{{ %1 }}” is geen parameter: zet precies één parameter-ID tussen {{ en }}.</translation>
    </message>
    <message>
        <source>“{{ %1” is not closed: end it with }}.</source>
        <translation>“{{ %1” is niet gesloten: sluit het af met }}.</translation>
    </message>
    <message>
        <source>Template “%1” deleted.</source>
        <translation>Sjabloon “%1” verwijderd.</translation>
    </message>
    <message>
        <source>%1 is a configuration parameter; this template can use ordering and fulfillment parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 is een configuratieparameter; dit sjabloon kan bestel- en orderverwerkingsparameters gebruiken.</translation>
    </message>
    <message>
        <source>%1 is not an ordering or fulfillment parameter; this template can use only those.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 is geen bestel- of orderverwerkingsparameter; dit sjabloon kan alleen die gebruiken.</translation>
    </message>
    <message>
        <source>%1 is a fulfillment parameter; this template can use only ordering parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 is een orderverwerkingsparameter; dit sjabloon kan alleen bestelparameters gebruiken.</translation>
    </message>
    <message>
        <source>%1 is a configuration parameter; this template can use only ordering parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 is een configuratieparameter; dit sjabloon kan alleen bestelparameters gebruiken.</translation>
    </message>
    <message>
        <source>%1 is not an ordering parameter; this template can use only ordering parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 is geen bestelparameter; dit sjabloon kan alleen bestelparameters gebruiken.</translation>
    </message>
    <message>
        <source>Preview the template in this language</source>
        <translation>Voorbeeld van het sjabloon in deze taal</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>A parameter in the Insert menu: %1 its title, %2 its ID, %3 its phase (&quot;Ordering&quot;…).</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>English (source)</source>
        <translation>Engels (bron)</translation>
    </message>
    <message>
        <source>Template kind filter</source>
        <translation>Filter op sjabloonsoort</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Sjablonen</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>Sjabloontekst</translation>
    </message>
    <message>
        <source>Preview language</source>
        <translation>Voorbeeldtaal</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <extracomment>The preview window&apos;s title; %1 is the template&apos;s name.</extracomment>
        <translation>Preview: %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::TokenDialog</name>
    <message>
        <source>Generate</source>
        <translation>Genereren</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopiëren</translation>
    </message>
    <message>
        <source>Copy header</source>
        <translation>Header kopiëren</translation>
    </message>
    <message>
        <source>I have copied it</source>
        <translation>Ik heb het gekopieerd</translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation>Token genereren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>The token may only call the API of the modules ticked here.</source>
        <translation>Het token mag alleen de API aanroepen van de modules die hier zijn aangevinkt.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Copy the token now. Connect shows it only this once and this app does not keep it: when you close this window it is gone. If you lose it, generate a new token and delete this one.</source>
        <translation>Kopieer het token nu. Connect toont het alleen deze ene keer en deze app bewaart het niet: zodra u dit venster sluit, is het weg. Als u het kwijtraakt, genereert u een nieuw token en verwijdert u dit.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Authorization header for your scripts</source>
        <translation>Authorization-header voor uw scripts</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <source>No account is open: a token is generated by Connect for an account.</source>
        <translation>Er is geen account geopend: een token wordt door Connect voor een account gegenereerd.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Genereren…</translation>
    </message>
    <message>
        <source>Could not reach Connect, so no secret can be shown: Connect makes it and shows it only in its answer. Try again when online; if a token of this name shows up after the next sync (the answer was lost on the way), delete it. (%1)</source>
        <translation>Connect was niet bereikbaar, dus er kan geen geheim worden getoond: Connect maakt het en toont het alleen in zijn antwoord. Probeer het opnieuw wanneer u online bent; als na de volgende synchronisatie een token met deze naam verschijnt (het antwoord ging onderweg verloren), verwijder het dan. (%1)</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; (%2) is ready</source>
        <translation>Token &quot;%1&quot; (%2) is gereed</translation>
    </message>
</context>
<context>
    <name>cv::ui::TokensView</name>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>The change could not be saved in the offline cache, so nothing was changed: %1</source>
        <translation>De wijziging kon niet in de offlinecache worden opgeslagen, dus er is niets gewijzigd: %1</translation>
    </message>
    <message>
        <source>Delete token</source>
        <translation>Token verwijderen</translation>
    </message>
    <message>
        <source>Delete the token &quot;%1&quot; (%2)? Scripts and extensions using it can no longer call Connect.</source>
        <translation>Het token &quot;%1&quot; (%2) verwijderen? Scripts en extensies die het gebruiken, kunnen Connect niet meer aanroepen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>%1: waiting for sync. The change is saved here and goes to Connect with the next sync.</source>
        <translation>%1: wacht op synchronisatie. De wijziging is hier opgeslagen en gaat bij de volgende synchronisatie naar Connect.</translation>
    </message>
    <message>
        <source>Select a token to see its details. Generate one for each script or system that calls Connect, so that each can be turned off on its own.</source>
        <translation>Selecteer een token om de details te zien. Genereer er een voor elk script of systeem dat Connect aanroept, zodat elk afzonderlijk kan worden uitgeschakeld.</translation>
    </message>
    <message>
        <source>%1 · owner %2 · extension %3 · modules: %4</source>
        <translation>%1 · eigenaar %2 · extensie %3 · modules: %4</translation>
    </message>
    <message>
        <source>all (no restriction)</source>
        <translation>alle (geen beperking)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation>Token genereren</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activeren</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactiveren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
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
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Alle modules</translation>
    </message>
    <message>
        <source>Search by name, ID, description…</source>
        <translation>Zoeken op naam, ID, beschrijving…</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>Tokens zoeken</translation>
    </message>
    <message>
        <source>Matches the token&apos;s name, ID or description</source>
        <translation>Zoekt in de naam, de ID of de beschrijving van het token</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API-tokens</translation>
    </message>
    <message>
        <source>Token status filter</source>
        <translation>Filter op tokenstatus</translation>
    </message>
</context>
<context>
    <name>cv::ui::TranslationImportDialog</name>
    <message>
        <source>Upload translations: %1</source>
        <translation>Vertalingen uploaden: %1</translation>
    </message>
    <message>
        <source>Fields of %1 that will change: %2.</source>
        <translation>Velden van %1 die wijzigen: %2.</translation>
    </message>
    <message>
        <source>Left as they are: %1 unchanged, %2 empty (not translated), %3 fuzzy, %4 obsolete.</source>
        <translation>Ongewijzigd gelaten: %1 ongewijzigd, %2 leeg (niet vertaald), %3 fuzzy, %4 verouderd.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>After the upload</source>
        <translation>Na de upload</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(not translated)</source>
        <translation>(niet vertaald)</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Verouderd</translation>
    </message>
    <message>
        <source>New translation</source>
        <translation>Nieuwe vertaling</translation>
    </message>
    <message>
        <source>The file translated &quot;%1&quot;; the text is now &quot;%2&quot;.</source>
        <translation>Het bestand vertaalde &quot;%1&quot;; de tekst is nu &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>Apply the outdated translation too (its source text changed since)</source>
        <translation>Ook de verouderde vertaling toepassen (de brontekst ervan is sindsdien gewijzigd)</translation>
    </message>
    <message numerus="yes">
        <source>Apply the %n outdated translations too (their source text changed since)</source>
        <translation>
            <numerusform>Ook de %n verouderde vertaling toepassen (de brontekst ervan is sindsdien gewijzigd)</numerusform>
            <numerusform>Ook de %n verouderde vertalingen toepassen (de brontekst ervan is sindsdien gewijzigd)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::TrayController</name>
    <message>
        <source>Open Connect Vendor Desktop</source>
        <translation>Connect Vendor Desktop openen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Pause sync</source>
        <translation>Synchronisatie pauzeren</translation>
    </message>
    <message>
        <source>Resume sync</source>
        <translation>Synchronisatie hervatten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>%1: %2 for %3</source>
        <translation>%1: %2 voor %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>New pending request</source>
        <translation>Nieuwe aanvraag in behandeling</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new pending requests</source>
        <translation>
            <numerusform>%Ln nieuwe aanvraag in behandeling</numerusform>
            <numerusform>%Ln nieuwe aanvragen in behandeling</numerusform>
        </translation>
    </message>
    <message>
        <source>New conflict</source>
        <translation>Nieuw conflict</translation>
    </message>
    <message numerus="yes">
        <source>%n new conflicts</source>
        <translation>
            <numerusform>%n nieuw conflict</numerusform>
            <numerusform>%n nieuwe conflicten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the same fields were changed here and on Connect. Open the window to choose what to keep.</source>
        <translation>%1: dezelfde velden zijn hier en op Connect gewijzigd. Open het venster om te kiezen wat u wilt behouden.</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Synchronisatie gestopt</translation>
    </message>
    <message>
        <source>The offline data of %1 could not be written: %2</source>
        <translation>De offlinegegevens van %1 konden niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>Sync needs you</source>
        <translation>Synchronisatie vraagt uw aandacht</translation>
    </message>
    <message>
        <source>Connect refused the API key of %1. Sign in again with a valid key.</source>
        <translation>Connect heeft de API-sleutel van %1 geweigerd. Meld u opnieuw aan met een geldige sleutel.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Publish finished</source>
        <translation>Publicatie voltooid</translation>
    </message>
    <message>
        <source>Version %1 of %2 is published.</source>
        <translation>Versie %1 van %2 is gepubliceerd.</translation>
    </message>
    <message>
        <source>Connect Vendor Desktop: 1 pending request</source>
        <translation>Connect Vendor Desktop: 1 aanvraag in behandeling</translation>
    </message>
    <message numerus="yes">
        <source>Connect Vendor Desktop: %Ln pending requests</source>
        <translation>
            <numerusform>Connect Vendor Desktop: %Ln aanvraag in behandeling</numerusform>
            <numerusform>Connect Vendor Desktop: %Ln aanvragen in behandeling</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect Vendor Desktop: no pending requests</source>
        <translation>Connect Vendor Desktop: geen aanvragen in behandeling</translation>
    </message>
    <message>
        <source>%1 (sync paused)</source>
        <translation>%1 (synchronisatie gepauzeerd)</translation>
    </message>
</context>
<context>
    <name>cv::ui::UiPage</name>
    <message>
        <source>Customer UI</source>
        <translation>Klant-UI</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>S&amp;jablonen</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Acties</translation>
    </message>
    <message>
        <source>&amp;Localization</source>
        <translation>&amp;Lokalisatie</translation>
    </message>
</context>
<context>
    <name>cv::ui::UndoToast</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>Bring it back (Ctrl+Z)</source>
        <translation>Terugzetten (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>cv::ui::UploadCheckDialog</name>
    <message>
        <source>Usage file not uploaded</source>
        <translation>Gebruiksbestand niet geüpload</translation>
    </message>
    <message>
        <source>%1 cannot be uploaded: %2. Nothing was sent.</source>
        <translation>%1 kan niet worden geüpload: %2. Er is niets verzonden.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>1 problem in %1; nothing was sent. Correct it in the spreadsheet and upload it again. Click the problem to see its cell.</source>
        <translation>1 probleem in %1; er is niets verzonden. Corrigeer het in de spreadsheet en upload deze opnieuw. Klik op het probleem om de cel ervan te zien.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems in %1; nothing was sent. Correct them in the spreadsheet and upload it again. Click a problem to see its cell.</source>
        <translation>
            <numerusform>%n probleem in %1; er is niets verzonden. Corrigeer het in de spreadsheet en upload deze opnieuw. Klik op het probleem om de cel ervan te zien.</numerusform>
            <numerusform>%n problemen in %1; er is niets verzonden. Corrigeer ze in de spreadsheet en upload deze opnieuw. Klik op een probleem om de cel ervan te zien.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::UsageFilePage</name>
    <message>
        <source>← Usage files</source>
        <translation>← Gebruiksbestanden</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Sjabloon downloaden…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Begin (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Einde (UTC)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Hoeveelheid</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 · waiting for sync</source>
        <translation>%1 · wacht op synchronisatie</translation>
    </message>
    <message>
        <source>%1 · product %2 (%3) · marketplace %4 · contract %5
Period %6 to %7 (UTC) · schema %8 · currency %9 · records: %10 valid, %11 invalid, %12 closed</source>
        <translation>%1 · product %2 (%3) · marketplace %4 · contract %5
Periode %6 tot %7 (UTC) · schema %8 · valuta %9 · records: %10 geldig, %11 ongeldig, %12 gesloten</translation>
    </message>
    <message>
        <source>Acceptance note: %1</source>
        <translation>Acceptatienotitie: %1</translation>
    </message>
    <message>
        <source>Rejection note: %1</source>
        <translation>Afwijzingsnotitie: %1</translation>
    </message>
    <message>
        <source>Connect found problems in the upload:
%1</source>
        <translation>Connect heeft problemen in de upload gevonden:
%1</translation>
    </message>
    <message>
        <source>Usage records</source>
        <translation>Gebruiksrecords</translation>
    </message>
</context>
<context>
    <name>cv::ui::UsagePage</name>
    <message>
        <source>No account is open.</source>
        <translation>Er is geen account geopend.</translation>
    </message>
    <message>
        <source>The template could not be made: %1</source>
        <translation>Het sjabloon kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a usage file (%2 MB).</source>
        <translation>%1 is te groot voor een gebruiksbestand (%2 MB).</translation>
    </message>
    <message>
        <source>The upload was not queued: %1</source>
        <translation>De upload is niet in de wachtrij gezet: %1</translation>
    </message>
    <message>
        <source>Save usage template</source>
        <translation>Gebruikssjabloon opslaan</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Usage template</source>
        <translation>Gebruikssjabloon</translation>
    </message>
    <message>
        <source>Upload usage file</source>
        <translation>Gebruiksbestand uploaden</translation>
    </message>
    <message>
        <source>Why is the usage rejected? (required)</source>
        <translation>Waarom wordt het gebruik afgewezen? (verplicht)</translation>
    </message>
    <message>
        <source>Acceptance note (optional):</source>
        <translation>Acceptatienotitie (optioneel):</translation>
    </message>
    <message>
        <source>Usage file</source>
        <translation>Gebruiksbestand</translation>
    </message>
    <message>
        <source>Search by name, product, marketplace or id</source>
        <translation>Zoeken op naam, product, marketplace of ID</translation>
    </message>
    <message>
        <source>Create usage file…</source>
        <translation>Gebruiksbestand maken…</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Sjabloon downloaden…</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Uploaden…</translation>
    </message>
    <message>
        <source>Select a file to download its template or upload its filled spreadsheet; open it for its records and actions.</source>
        <translation>Selecteer een bestand om het sjabloon te downloaden of de ingevulde spreadsheet te uploaden; open het voor de records en acties.</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
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
        <translation>Records</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Search usage files</source>
        <translation>Gebruiksbestanden zoeken</translation>
    </message>
    <message>
        <source>Matches the file&apos;s name, product, marketplace or ID</source>
        <translation>Zoekt in de naam, het product, de marketplace of de ID van het bestand</translation>
    </message>
    <message>
        <source>Usage files</source>
        <translation>Gebruiksbestanden</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>Sjabloon opgeslagen in %1.</translation>
    </message>
</context>
<context>
    <name>cv::ui::VerifierView</name>
    <message>
        <source>Could not reach Connect to read the secret; paste it instead.</source>
        <translation>Connect was niet bereikbaar om het geheim te lezen; plak het in plaats daarvan.</translation>
    </message>
    <message>
        <source>Secret read from Connect.</source>
        <translation>Geheim gelezen uit Connect.</translation>
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
        <translation>Plak een aanroep die Connect naar uw handler heeft gedaan: de headerregels (ten minste Authorization), een lege regel en daarna de body. De controle gebruikt het geheim van de webhook: het Bearer-token moet ermee zijn ondertekend (JWT, HS256), mag niet verlopen zijn en moet dezelfde waarden bevatten als de body.</translation>
    </message>
    <message>
        <source>Webhook and its secret</source>
        <translation>Webhook en het bijbehorende geheim</translation>
    </message>
    <message>
        <source>JWT secret (read it from Connect or paste it)</source>
        <translation>JWT-geheim (lees het uit Connect of plak het)</translation>
    </message>
    <message>
        <source>Read from Connect</source>
        <translation>Lezen uit Connect</translation>
    </message>
    <message>
        <source>Received call</source>
        <translation>Ontvangen aanroep</translation>
    </message>
    <message>
        <source>Decoded token</source>
        <translation>Gedecodeerd token</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifiëren</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Webhookgeheim</translation>
    </message>
    <message>
        <source>The JWT secret the webhook&apos;s calls are signed with</source>
        <translation>Het JWT-geheim waarmee de aanroepen van de webhook worden ondertekend</translation>
    </message>
</context>
<context>
    <name>cv::ui::WebhookWizard</name>
    <message>
        <source>Copied. Paste it into your handler&apos;s configuration: it verifies each call with it.</source>
        <translation>Gekopieerd. Plak het in de configuratie van uw handler: die controleert er elke aanroep mee.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Name the webhook after what it does, so the team recognises it in the list.</source>
        <translation>Noem de webhook naar wat hij doet, zodat het team hem in de lijst herkent.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Connect calls your URL when objects of this class change for this product.</source>
        <translation>Connect roept uw URL aan wanneer objecten van deze klasse voor dit product veranderen.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objecten</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>External URL</source>
        <translation>Externe URL</translation>
    </message>
    <message>
        <source>JWT secret</source>
        <translation>JWT-geheim</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Extra headers</translation>
    </message>
    <message>
        <source>One &quot;Name: value&quot; per line, added to every call.</source>
        <translation>Eén &quot;Naam: waarde&quot; per regel, toegevoegd aan elke aanroep.</translation>
    </message>
    <message>
        <source>kept as Connect holds it</source>
        <translation>behouden zoals Connect het heeft</translation>
    </message>
    <message>
        <source>(copy it in step 3)</source>
        <translation>(kopieer het in stap 3)</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>Webhook bewerken</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Nieuwe webhook</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Stap %1 van %2: %3</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Create webhook</source>
        <translation>Webhook maken</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Nieuw geheim</translation>
    </message>
    <message>
        <source>Connect keeps this webhook&apos;s secret. Select the webhook and use &quot;Copy secret&quot; to read it.</source>
        <translation>Connect bewaart het geheim van deze webhook. Selecteer de webhook en gebruik &quot;Geheim kopiëren&quot; om het te lezen.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Gekopieerd.</translation>
    </message>
    <message>
        <source>Connect signs each call with this secret (JWT, HS256). Copy it now into your handler; the app does not write it anywhere.</source>
        <translation>Connect ondertekent elke aanroep met dit geheim (JWT, HS256). Kopieer het nu naar uw handler; de app schrijft het nergens weg.</translation>
    </message>
    <message>
        <source>Save keeps the changes here at once; the next sync sends them to Connect.</source>
        <translation>Opslaan bewaart de wijzigingen hier meteen; de volgende synchronisatie stuurt ze naar Connect.</translation>
    </message>
    <message>
        <source>Create webhook saves it here at once; the next sync creates it on Connect.</source>
        <translation>Webhook maken slaat hem hier meteen op; de volgende synchronisatie maakt hem aan in Connect.</translation>
    </message>
</context>
<context>
    <name>cv::ui::WebhooksView</name>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>The webhook could not be saved in the offline cache, so nothing was changed: %1</source>
        <translation>De webhook kon niet in de offlinecache worden opgeslagen, dus er is niets gewijzigd: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>De wijziging kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Webhook verwijderen</translation>
    </message>
    <message>
        <source>Delete the webhook &quot;%1&quot;? Connect stops calling %2.</source>
        <translation>De webhook &quot;%1&quot; verwijderen? Connect stopt met het aanroepen van %2.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>This webhook is not on Connect yet: sync first, then send the test.</source>
        <translation>Deze webhook staat nog niet in Connect: synchroniseer eerst en verzend daarna de test.</translation>
    </message>
    <message>
        <source>Sending the test…</source>
        <translation>Test verzenden…</translation>
    </message>
    <message>
        <source>Test refused at %1 UTC. %2</source>
        <translation>Test geweigerd om %1 UTC. %2</translation>
    </message>
    <message>
        <source>Could not reach Connect at %1 UTC: the test needs a connection. (%2)</source>
        <translation>Connect was om %1 UTC niet bereikbaar: de test heeft een verbinding nodig. (%2)</translation>
    </message>
    <message>
        <source>Test sent at %1 UTC. Connect answered %2 after %3 ms and calls %4 now.</source>
        <translation>Test verzonden om %1 UTC. Connect antwoordde %2 na %3 ms en roept nu %4 aan.</translation>
    </message>
    <message>
        <source>No answer from your handler recorded yet.</source>
        <translation>Nog geen antwoord van uw handler vastgelegd.</translation>
    </message>
    <message>
        <source>Your handler answered %1 at %2 UTC (%3 ms).</source>
        <translation>Uw handler antwoordde %1 om %2 UTC (%3 ms).</translation>
    </message>
    <message>
        <source>The call failed at %1 UTC: %2 %3</source>
        <translation>De aanroep is mislukt om %1 UTC: %2 %3</translation>
    </message>
    <message>
        <source>Secret copied (%1). It goes to Connect with the next sync.</source>
        <translation>Geheim gekopieerd (%1). Het gaat bij de volgende synchronisatie naar Connect.</translation>
    </message>
    <message>
        <source>Connect makes this webhook&apos;s secret when the webhook reaches it: sync first.</source>
        <translation>Connect maakt het geheim van deze webhook wanneer de webhook daar aankomt: synchroniseer eerst.</translation>
    </message>
    <message>
        <source>Could not read the secret from Connect: %1</source>
        <translation>Het geheim kon niet uit Connect worden gelezen: %1</translation>
    </message>
    <message>
        <source>Secret copied (%1). Connect keeps it; this app does not write it anywhere.</source>
        <translation>Geheim gekopieerd (%1). Connect bewaart het; deze app schrijft het nergens weg.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Uitschakelen</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Inschakelen</translation>
    </message>
    <message>
        <source>Waiting for sync: this webhook&apos;s change is saved here and goes to Connect with the next sync.</source>
        <translation>Wacht op synchronisatie: de wijziging van deze webhook is hier opgeslagen en gaat bij de volgende synchronisatie naar Connect.</translation>
    </message>
    <message>
        <source>Select a webhook to see where Connect sends it, test it, or copy its secret.</source>
        <translation>Selecteer een webhook om te zien waarheen Connect hem verzendt, hem te testen of het geheim te kopiëren.</translation>
    </message>
    <message>
        <source>new, not on Connect yet</source>
        <translation>nieuw, nog niet in Connect</translation>
    </message>
    <message>
        <source>Search by label, product, URL…</source>
        <translation>Zoeken op label, product, URL…</translation>
    </message>
    <message>
        <source>Enabled and disabled</source>
        <translation>Ingeschakeld en uitgeschakeld</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Ingeschakeld</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Nieuwe webhook</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Test verzenden</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Geheim kopiëren</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objecten</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Laatste aanroep</translation>
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
        <translation>mislukt</translation>
    </message>
    <message>
        <source>The call failed at %1 UTC: no answer. %2</source>
        <translation>De aanroep is om %1 UTC mislukt: geen antwoord. %2</translation>
    </message>
    <message>
        <source>Could not read the secret from Connect: there is no connection.</source>
        <translation>Kan het geheim niet uit Connect lezen: er is geen verbinding.</translation>
    </message>
    <message>
        <source>1 call, %1 failed</source>
        <translation>1 aanroep, %1 mislukt</translation>
    </message>
    <message numerus="yes">
        <source>%n calls, %1 failed</source>
        <extracomment>How often Connect called the webhook; %1 is how many of those failed.</extracomment>
        <translation>
            <numerusform>%n aanroep, %1 mislukt</numerusform>
            <numerusform>%n aanroepen, %1 mislukt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · calls %2 · %3</source>
        <extracomment>%1 is the webhook&apos;s ID (or &quot;new, not on Connect yet&quot;), %2 the URL Connect calls, %3 the call counts.</extracomment>
        <translation>%1 · aanroepen %2 · %3</translation>
    </message>
    <message>
        <source>Search webhooks</source>
        <translation>Webhooks zoeken</translation>
    </message>
    <message>
        <source>Matches the webhook&apos;s label, product or URL</source>
        <translation>Zoekt in het label, het product of de URL van de webhook</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Webhook status filter</source>
        <translation>Filter op webhookstatus</translation>
    </message>
</context>
<context>
    <name>cv::ui::WordingProxyModel</name>
    <message>
        <source>Changed here; sent to Connect by the next sync</source>
        <translation>Hier gewijzigd; wordt bij de volgende synchronisatie naar Connect verzonden</translation>
    </message>
</context>
</TS>
