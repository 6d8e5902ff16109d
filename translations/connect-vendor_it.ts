<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AgreementLabels</name>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribuzione</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>Syndication</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Segnalazione</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Adesione in corso</translation>
    </message>
    <message>
        <source>Pending signature</source>
        <translation>Firma in sospeso</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminato</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Non aderente</translation>
    </message>
    <message>
        <source>To sign</source>
        <translation>Da firmare</translation>
    </message>
    <message>
        <source>New version to sign</source>
        <translation>Nuova versione da firmare</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmato</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>contract status</comment>
        <translation>Attivo</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Inquiring</source>
        <translation>Richiesta informazioni</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
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
        <translation>In sospeso</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Descrizione breve</translation>
    </message>
    <message>
        <source>Detailed overview</source>
        <translation>Panoramica dettagliata</translation>
    </message>
    <message>
        <source>Service description</source>
        <translation>Descrizione del servizio</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Per iniziare</translation>
    </message>
    <message>
        <source>Download links</source>
        <translation>Link di download</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentazione</translation>
    </message>
    <message>
        <source>Action URL</source>
        <translation>URL dell&apos;azione</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
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
        <translation>Periodo di fatturazione</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisione</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Impegno</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Vincoli</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Action ID</source>
        <translation>ID azione</translation>
    </message>
</context>
<context>
    <name>IntegrationLabels</name>
    <message>
        <source>Inactive</source>
        <translation>Inattivo</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminato</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>In scadenza</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Scaduto</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Rinnovato</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Abilitato</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabilitato</translation>
    </message>
    <message>
        <source>Fulfillment requests</source>
        <translation>Richieste di evasione</translation>
    </message>
    <message>
        <source>Tier configuration requests</source>
        <translation>Richieste di configurazione Tier</translation>
    </message>
    <message>
        <source>Tier account requests</source>
        <translation>Richieste di account Tier</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>Richieste di inserzione</translation>
    </message>
    <message>
        <source>Billing requests</source>
        <translation>Richieste di fatturazione</translation>
    </message>
    <message>
        <source>Usage files</source>
        <translation>File di utilizzo</translation>
    </message>
    <message>
        <source>Any change (event)</source>
        <translation>Qualsiasi modifica (evento)</translation>
    </message>
    <message>
        <source>Draft validation</source>
        <translation>Convalida della bozza</translation>
    </message>
    <message>
        <source>Inquiring validation</source>
        <translation>Convalida della richiesta informazioni</translation>
    </message>
    <message>
        <source>Change validation</source>
        <translation>Convalida della modifica</translation>
    </message>
    <message>
        <source>Change inquiring validation</source>
        <translation>Convalida della richiesta informazioni sulla modifica</translation>
    </message>
    <message>
        <source>Renewal validation</source>
        <translation>Convalida del rinnovo</translation>
    </message>
    <message>
        <source>Renewal inquiring validation</source>
        <translation>Convalida della richiesta informazioni sul rinnovo</translation>
    </message>
    <message>
        <source>Transfer validation</source>
        <translation>Convalida del trasferimento</translation>
    </message>
    <message>
        <source>Transfer inquiring validation</source>
        <translation>Convalida della richiesta informazioni sul trasferimento</translation>
    </message>
    <message>
        <source>Draft tier 1 configuration validation</source>
        <translation>Convalida della bozza di configurazione Tier 1</translation>
    </message>
    <message>
        <source>Draft tier 2 configuration validation</source>
        <translation>Convalida della bozza di configurazione Tier 2</translation>
    </message>
    <message>
        <source>Tier 1 setup inquiring validation</source>
        <translation>Convalida della richiesta informazioni sulla configurazione Tier 1</translation>
    </message>
    <message>
        <source>Tier 2 setup inquiring validation</source>
        <translation>Convalida della richiesta informazioni sulla configurazione Tier 2</translation>
    </message>
    <message>
        <source>Tier 1 update validation</source>
        <translation>Convalida dell&apos;aggiornamento Tier 1</translation>
    </message>
    <message>
        <source>Tier 2 update validation</source>
        <translation>Convalida dell&apos;aggiornamento Tier 2</translation>
    </message>
    <message>
        <source>Tier 1 update inquiring validation</source>
        <translation>Convalida della richiesta informazioni sull&apos;aggiornamento Tier 1</translation>
    </message>
    <message>
        <source>Tier 2 update inquiring validation</source>
        <translation>Convalida della richiesta informazioni sull&apos;aggiornamento Tier 2</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>In attesa di sincronizzazione</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obbligatorio.</translation>
    </message>
    <message>
        <source>Choose one of the list.</source>
        <translation>Scegliere un valore dall&apos;elenco.</translation>
    </message>
    <message>
        <source>Enter a full http:// or https:// address, e.g. https://hooks.example.com/connect.</source>
        <translation>Inserire un indirizzo http:// o https:// completo, ad es. https://hooks.example.com/connect.</translation>
    </message>
    <message>
        <source>Line %1: write each header as &quot;Name: value&quot;.</source>
        <translation>Riga %1: scrivere ogni intestazione nella forma &quot;Nome: valore&quot;.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a header name (letters, digits and - only).</source>
        <translation>Riga %1: &quot;%2&quot; non è un nome di intestazione (solo lettere, cifre e -).</translation>
    </message>
    <message>
        <source>Connect says: %1</source>
        <translation>Connect segnala: %1</translation>
    </message>
    <message>
        <source>Connect did not accept the API key (401). Check the key in the account settings.</source>
        <translation>Connect non ha accettato la chiave API (401). Controllare la chiave nelle impostazioni dell&apos;account.</translation>
    </message>
    <message>
        <source>Not allowed: the API key this app uses has no permission for this (Connect answered 403). Give the key&apos;s token this module&apos;s permission, or use another key. %1</source>
        <translation>Non consentito: la chiave API usata da questa app non ha l&apos;autorizzazione necessaria (Connect ha risposto 403). Concedere al token della chiave l&apos;autorizzazione per questo modulo, oppure usare un&apos;altra chiave. %1</translation>
    </message>
    <message>
        <source>Connect no longer has this object (404): it was deleted elsewhere. %1</source>
        <translation>Questo oggetto non esiste più su Connect (404): è stato eliminato altrove. %1</translation>
    </message>
    <message>
        <source>Conflict: someone changed this on Connect at the same time (409). %1</source>
        <translation>Conflitto: qualcuno ha modificato questo elemento su Connect nello stesso momento (409). %1</translation>
    </message>
    <message>
        <source>Connect refused this change (%1): %2 Change it and save again, or Dismiss to keep Connect&apos;s version.</source>
        <translation>Connect ha rifiutato questa modifica (%1): %2 Modificarla e salvare di nuovo, oppure scegliere Ignora per mantenere la versione di Connect.</translation>
    </message>
    <message>
        <source>Connect refused this change: %1</source>
        <translation>Connect ha rifiutato questa modifica: %1</translation>
    </message>
    <message>
        <source>Valid: the token is signed with this webhook&apos;s secret and the body matches it.</source>
        <translation>Valido: il token è firmato con il segreto di questo webhook e il corpo corrisponde.</translation>
    </message>
    <message>
        <source>Choose a webhook whose secret to check with (or paste the secret).</source>
        <translation>Scegliere il webhook con il cui segreto eseguire il controllo (oppure incollare il segreto).</translation>
    </message>
    <message>
        <source>Refused: the delivery has no Authorization header.</source>
        <translation>Rifiutato: la consegna non ha un&apos;intestazione Authorization.</translation>
    </message>
    <message>
        <source>Refused: the Authorization header is not &quot;Bearer &lt;token&gt;&quot;.</source>
        <translation>Rifiutato: l&apos;intestazione Authorization non è nella forma &quot;Bearer &lt;token&gt;&quot;.</translation>
    </message>
    <message>
        <source>Refused: the Bearer token is not a JSON Web Token (%1).</source>
        <translation>Rifiutato: il token Bearer non è un JSON Web Token (%1).</translation>
    </message>
    <message>
        <source>Refused: the token is signed with &quot;%1&quot;; Connect signs with HS256 only.</source>
        <translation>Rifiutato: il token è firmato con &quot;%1&quot;; Connect firma solo con HS256.</translation>
    </message>
    <message>
        <source>Refused: the signature does not match. The token was changed on the way, or signed with another secret.</source>
        <translation>Rifiutato: la firma non corrisponde. Il token è stato modificato durante il percorso o firmato con un altro segreto.</translation>
    </message>
    <message>
        <source>Refused: the token expired at %1 (UTC).</source>
        <translation>Rifiutato: il token è scaduto il %1 (UTC).</translation>
    </message>
    <message>
        <source>Refused: the token is not valid before %1 (UTC).</source>
        <translation>Rifiutato: il token non è valido prima del %1 (UTC).</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>status of a token or webhook</comment>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>status of a token or webhook</comment>
        <translation>In sospeso</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Usare al massimo %n carattere.</numerusform>
            <numerusform>Usare al massimo %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: the body is not a JSON object, so it cannot be checked against the signed token.</source>
        <translation>Rifiutato: il corpo non è un oggetto JSON, quindi non può essere confrontato con il token firmato.</translation>
    </message>
    <message>
        <source>Refused: the body does not match the signed token. These fields have other values than the signed ones: %1.</source>
        <extracomment>%1 lists the body&apos;s fields, e.g. &quot;id, status&quot;.</extracomment>
        <translation>Rifiutato: il corpo non corrisponde al token firmato. Questi campi hanno valori diversi da quelli firmati: %1.</translation>
    </message>
</context>
<context>
    <name>ListingLabels</name>
    <message>
        <source>Listed</source>
        <translation>Inserito</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Non inserito</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>Nuova inserzione</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aggiornamento</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Rimozione</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In revisione</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>In distribuzione</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non consentito</translation>
    </message>
    <message>
        <source>The distribution contract is not active yet (%1).</source>
        <translation>Il contratto di distribuzione non è ancora attivo (%1).</translation>
    </message>
    <message>
        <source>Already listed (%1).</source>
        <translation>Già inserito (%1).</translation>
    </message>
    <message>
        <source>A listing request is already open (%1).</source>
        <translation>È già aperta una richiesta di inserzione (%1).</translation>
    </message>
    <message>
        <source>%1 is not in this account&apos;s data.</source>
        <translation>%1 non è presente nei dati di questo account.</translation>
    </message>
    <message>
        <source>Only published products can be listed (this one is %1).</source>
        <translation>Solo i prodotti pubblicati possono essere inseriti (questo è %1).</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Impossibile salvare la modifica: %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>listing: a request to list the product waits for review</comment>
        <translation>In sospeso</translation>
    </message>
    <message>
        <source>No active distribution contract: enroll in the marketplace&apos;s distribution agreement under Agreements first.</source>
        <translation>Nessun contratto di distribuzione attivo: aderire prima all&apos;accordo di distribuzione del marketplace in Accordi.</translation>
    </message>
    <message>
        <source>Not possible while its state is “%1”.</source>
        <translation>Non possibile finché il suo stato è &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ModuleInfo</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Evasione ordini</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accordi</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Inserzioni</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilizzo</translation>
    </message>
    <message>
        <source>Help &amp; Support</source>
        <translation>Guida e supporto</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Every module at a glance.</source>
        <translation>Tutti i moduli a colpo d&apos;occhio.</translation>
    </message>
    <message>
        <source>Process orders from resellers: purchases, changes, suspensions and cancellations.</source>
        <translation>Evadere gli ordini dei rivenditori: acquisti, modifiche, sospensioni e cancellazioni.</translation>
    </message>
    <message>
        <source>Your account details and the users who can access it.</source>
        <translation>I dati dell&apos;account e gli utenti che vi hanno accesso.</translation>
    </message>
    <message>
        <source>Tokens and webhooks to integrate Connect with your own systems.</source>
        <translation>Token e webhook per integrare Connect con i propri sistemi.</translation>
    </message>
    <message>
        <source>Program and distribution agreements with your providers.</source>
        <translation>Accordi di programma e di distribuzione con i distributori.</translation>
    </message>
    <message>
        <source>List your products on marketplaces you have a distribution agreement with.</source>
        <translation>Inserire i prodotti nei marketplace con cui si ha un accordo di distribuzione.</translation>
    </message>
    <message>
        <source>Report pay-as-you-go consumption of your products.</source>
        <translation>Dichiarare il consumo a consumo dei propri prodotti.</translation>
    </message>
    <message>
        <source>Knowledge base, release notes and support cases.</source>
        <translation>Knowledge base, note di rilascio e casi di supporto.</translation>
    </message>
    <message>
        <source>Define, preview and publish your products.</source>
        <translation>Definire, visualizzare in anteprima e pubblicare i prodotti.</translation>
    </message>
    <message>
        <source>Reports on orders, subscriptions, billing and usage, made from the synced data.</source>
        <translation>Report su ordini, abbonamenti, fatturazione e consumi, dai dati sincronizzati.</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>Connect refused this value: %1</source>
        <translation>Connect ha rifiutato questo valore: %1</translation>
    </message>
    <message>
        <source>Your API key has no permission for this change. Ask an administrator of the account to grant it, or use a key that has it. Your change is kept here.</source>
        <translation>La chiave API non ha l&apos;autorizzazione per questa modifica. Chiedere a un amministratore dell&apos;account di concederla, oppure usare una chiave che la possiede. La modifica viene conservata qui.</translation>
    </message>
    <message>
        <source>Connect said: %1</source>
        <translation>Connect ha segnalato: %1</translation>
    </message>
    <message>
        <source>Changed on Connect too since your edit: open the conflicts in the status bar to choose which version to keep.</source>
        <translation>Modificato anche su Connect dopo la modifica locale: aprire i conflitti nella barra di stato per scegliere quale versione mantenere.</translation>
    </message>
    <message>
        <source>Connect cannot be reached: your change is saved on this computer and is sent on the next sync.</source>
        <translation>Connect non è raggiungibile: la modifica è salvata su questo computer e verrà inviata alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>This no longer exists on Connect (someone may have removed it).</source>
        <translation>Questo elemento non esiste più su Connect (potrebbe essere stato rimosso).</translation>
    </message>
    <message>
        <source>Connect refused this change.</source>
        <translation>Connect ha rifiutato questa modifica.</translation>
    </message>
    <message>
        <source>Connect refused this change: %1</source>
        <translation>Connect ha rifiutato questa modifica: %1</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting for sync (Connect cannot be reached now, it is sent when the connection is back)</source>
        <translation>Salvato su questo computer; in attesa di sincronizzazione (Connect non è raggiungibile ora, l&apos;invio avverrà al ripristino della connessione)</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>In attesa di sincronizzazione</translation>
    </message>
    <message>
        <source>Waiting for sync (offline)</source>
        <translation>In attesa di sincronizzazione (offline)</translation>
    </message>
    <message>
        <source>Waiting for sync: saved on this computer, sent with the next sync (F5 syncs now)</source>
        <translation>In attesa di sincronizzazione: salvato su questo computer, inviato con la prossima sincronizzazione (F5 sincronizza ora)</translation>
    </message>
</context>
<context>
    <name>ProductLabels</name>
    <message>
        <source>Reservation</source>
        <translation>Prenotazione</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation>A consumo</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Una tantum</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensile</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Annuale</translation>
    </message>
    <message>
        <source>Monthly trial</source>
        <translation>Prova mensile</translation>
    </message>
    <message>
        <source>7-day trial</source>
        <translation>Prova di 7 giorni</translation>
    </message>
    <message>
        <source>14-day trial</source>
        <translation>Prova di 14 giorni</translation>
    </message>
    <message>
        <source>30-day trial</source>
        <translation>Prova di 30 giorni</translation>
    </message>
    <message>
        <source>Integer (whole units)</source>
        <translation>Intero (unità intere)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>1 billing period</source>
        <translation>1 periodo di fatturazione</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 anno</translation>
    </message>
    <message>
        <source>Single line text</source>
        <translation>Testo a riga singola</translation>
    </message>
    <message>
        <source>Drop-down list</source>
        <translation>Elenco a discesa</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Indirizzo e-mail</translation>
    </message>
    <message>
        <source>Checkboxes</source>
        <translation>Caselle di controllo</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation>Sottodominio</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Indirizzo postale</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numero di telefono</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>Oggetto JSON</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Radio buttons (choice)</source>
        <translation>Pulsanti di opzione (scelta)</translation>
    </message>
    <message>
        <source>Heading (form section title)</source>
        <translation>Intestazione (titolo di sezione del modulo)</translation>
    </message>
    <message>
        <source>Content (read-only text)</source>
        <translation>Contenuto (testo di sola lettura)</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configurazione</translation>
    </message>
    <message>
        <source>Asset (subscription)</source>
        <translation>Asset (abbonamento)</translation>
    </message>
    <message>
        <source>Tier 1 (reseller)</source>
        <translation>Tier 1 (rivenditore)</translation>
    </message>
    <message>
        <source>Tier 2 (reseller)</source>
        <translation>Tier 2 (rivenditore)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Item and marketplace</source>
        <translation>Articolo e marketplace</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Attivazione</translation>
    </message>
    <message>
        <source>Inquire</source>
        <translation>Richiesta informazioni</translation>
    </message>
    <message>
        <source>Tier setup</source>
        <translation>Configurazione Tier</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <source>End of sale</source>
        <translation>Fine vendita</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licenze</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Caselle di posta</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Booleano</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chiamate</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connessioni</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crediti</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Dipendenti</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Immagini</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Fatture</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Indirizzi IP</translation>
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
        <translation>MB-ora (a consumo)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <source>MHz-hours (pay-as-you-go)</source>
        <translation>MHz-ora (a consumo)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <source>Mobile devices</source>
        <translation>Dispositivi mobili</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Negozi</translation>
    </message>
    <message>
        <source>Unit-hours (pay-as-you-go)</source>
        <translation>Unità-ora (a consumo)</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Siti web</translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <extracomment>A billing period of several years; %n is the number of years (2 or more).</extracomment>
        <translation>
            <numerusform>Ogni %n anno</numerusform>
            <numerusform>Ogni %n anni</numerusform>
        </translation>
    </message>
    <message>
        <source>Decimal, 1 digit</source>
        <translation>Decimale, 1 cifra</translation>
    </message>
    <message numerus="yes">
        <source>Decimal, %n digits</source>
        <extracomment>%n is how many digits after the decimal point.</extracomment>
        <translation>
            <numerusform>Decimale, %n cifra</numerusform>
            <numerusform>Decimale, %n cifre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n billing periods</source>
        <translation>
            <numerusform>%n periodo di fatturazione</numerusform>
            <numerusform>%n periodi di fatturazione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n anno</numerusform>
            <numerusform>%n anni</numerusform>
        </translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <comment>parameter phase: asked while the vendor fulfills the request</comment>
        <translation>Evasione</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>template type: shown while a subscription request waits</comment>
        <translation>In sospeso</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>unit of measure</comment>
        <translation>Articoli</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Fulfillment requests</source>
        <translation>Richieste di evasione</translation>
    </message>
    <message>
        <source>Fulfillment requests: line items</source>
        <translation>Richieste di evasione: righe degli articoli</translation>
    </message>
    <message>
        <source>Requests failed with a vendor reason</source>
        <translation>Richieste non riuscite con motivo del fornitore</translation>
    </message>
    <message>
        <source>Billing requests</source>
        <translation>Richieste di fatturazione</translation>
    </message>
    <message>
        <source>Billing requests: line items</source>
        <translation>Richieste di fatturazione: righe degli articoli</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abbonamenti</translation>
    </message>
    <message>
        <source>Tier configuration requests</source>
        <translation>Richieste di configurazione Tier</translation>
    </message>
    <message>
        <source>Tier configurations</source>
        <translation>Configurazioni Tier</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>Richieste di inserzione</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Inserzioni</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratti</translation>
    </message>
    <message>
        <source>Usage per subscription</source>
        <translation>Utilizzo per abbonamento</translation>
    </message>
    <message>
        <source>SLA of pending requests</source>
        <translation>SLA delle richieste in sospeso</translation>
    </message>
    <message>
        <source>Helpdesk cases</source>
        <translation>Casi di helpdesk</translation>
    </message>
    <message>
        <source>One row per request: customer and tiers, product, marketplace, connection, items and parameters.</source>
        <translation>Una riga per richiesta: cliente e Tier, prodotto, marketplace, connessione, articoli e parametri.</translation>
    </message>
    <message>
        <source>One row per item of each request, with its quantity and the previous one.</source>
        <translation>Una riga per articolo di ogni richiesta, con la quantità e quella precedente.</translation>
    </message>
    <message>
        <source>Failed requests and the reason the vendor gave.</source>
        <translation>Richieste non riuscite e il motivo indicato dal fornitore.</translation>
    </message>
    <message>
        <source>Vendor and provider billing requests with their period.</source>
        <translation>Richieste di fatturazione di fornitori e distributori con il relativo periodo.</translation>
    </message>
    <message>
        <source>One row per billed item and cycle.</source>
        <translation>Una riga per articolo fatturato e ciclo.</translation>
    </message>
    <message>
        <source>Subscriptions (assets) with their customer, billing period and next billing date.</source>
        <translation>Abbonamenti (asset) con cliente, periodo di fatturazione e data della prossima fatturazione.</translation>
    </message>
    <message>
        <source>Tier configuration requests of resellers.</source>
        <translation>Richieste di configurazione Tier dei rivenditori.</translation>
    </message>
    <message>
        <source>Tier configurations and their accounts.</source>
        <translation>Configurazioni Tier e i relativi account.</translation>
    </message>
    <message>
        <source>Requests to list products in marketplaces.</source>
        <translation>Richieste di inserzione dei prodotti nei marketplace.</translation>
    </message>
    <message>
        <source>Where the products are listed.</source>
        <translation>Dove sono inseriti i prodotti.</translation>
    </message>
    <message>
        <source>Customers and resellers (tier accounts) with their contacts.</source>
        <translation>Clienti e rivenditori (account Tier) con i relativi contatti.</translation>
    </message>
    <message>
        <source>Program and distribution contracts.</source>
        <translation>Contratti di programma e di distribuzione.</translation>
    </message>
    <message>
        <source>Usage records grouped by subscription.</source>
        <translation>Record di utilizzo raggruppati per abbonamento.</translation>
    </message>
    <message>
        <source>Open requests with the days they have waited: ok up to 2 days, warning up to 5, then overdue.</source>
        <translation>Richieste aperte con i giorni di attesa: ok fino a 2 giorni, avviso fino a 5, poi in ritardo.</translation>
    </message>
    <message>
        <source>Support cases with their state and dates.</source>
        <translation>Casi di supporto con stato e date.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In sospeso</translation>
    </message>
    <message>
        <source>Inquiring</source>
        <translation>Richiesta informazioni</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approvato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Tiers setup</source>
        <translation>Configurazione Tier</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Pianificato</translation>
    </message>
    <message>
        <source>Revoking</source>
        <translation>Revoca in corso</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocato</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Acquisto</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Sospensione</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Ripristino</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancellazione</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Rettifica</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Rinnovo</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Trasferimento</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In elaborazione</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Terminazione in corso</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Sospeso</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminato</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fornitore</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Distributore</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Configurazione</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aggiornamento</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Inserito</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Non inserito</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>In revisione</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>In distribuzione</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Rivenditore</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribuzione</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Segnalazione</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Adesione in corso</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valido</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valido</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Tecnico</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Commerciale</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produzione</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>da %1 a %2</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inizio</translation>
    </message>
    <message>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tutto</translation>
    </message>
    <message>
        <source>Tier account requests</source>
        <translation>Richieste di account Tier</translation>
    </message>
    <message>
        <source>Changes of customer and reseller accounts sent to you to accept or ignore.</source>
        <translation>Modifiche agli account di clienti e rivenditori ricevute da accettare o ignorare.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettato</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorato</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>Non supportato</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <source>Tiers setup</source>
        <translation>Configurazione Tier</translation>
    </message>
    <message>
        <source>Inquiring</source>
        <translation>Richiesta informazioni</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approvato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Pianificato</translation>
    </message>
    <message>
        <source>Revoking</source>
        <translation>Revoca in corso</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocato</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produzione</translation>
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
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
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
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assegnatario</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornata</translation>
    </message>
    <message>
        <source>The request is no longer in the cache.</source>
        <translation>La richiesta non è più nella cache.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Scegliere un modello.</translation>
    </message>
    <message>
        <source>The template is not one of this product&apos;s templates for this action.</source>
        <translation>Il modello non è tra i modelli di questo prodotto per questa azione.</translation>
    </message>
    <message>
        <source>Give a reason for the customer.</source>
        <translation>Indicare un motivo per il cliente.</translation>
    </message>
    <message>
        <source>Choose an inquire template or write a message on at least one parameter.</source>
        <translation>Scegliere un modello di richiesta informazioni o scrivere un messaggio su almeno un parametro.</translation>
    </message>
    <message>
        <source>Your user is not known yet; sync first.</source>
        <translation>L&apos;utente non è ancora noto; sincronizzare prima.</translation>
    </message>
    <message>
        <source>The change could not be saved in the local cache: %1</source>
        <translation>Impossibile salvare la modifica nella cache locale: %1</translation>
    </message>
    <message>
        <source>Purchase</source>
        <comment>request type</comment>
        <translation>Acquisto</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>request type: the customer changes a subscription</comment>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Suspend</source>
        <comment>request type: the customer suspends a subscription</comment>
        <translation>Sospensione</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>request type: the customer resumes a subscription</comment>
        <translation>Ripristino</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>request type: the customer cancels a subscription</comment>
        <translation>Cancellazione</translation>
    </message>
    <message>
        <source>Renew</source>
        <comment>request type: the subscription is renewed</comment>
        <translation>Rinnovo</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <comment>request type</comment>
        <translation>Rettifica</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>request status: waiting for the vendor</comment>
        <translation>In sospeso</translation>
    </message>
    <message>
        <source>Preview</source>
        <comment>environment of a request (test, preview, production)</comment>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column: when the request was created</comment>
        <translation>Creata</translation>
    </message>
    <message>
        <source>Not possible while the request&apos;s status is “%1”.</source>
        <extracomment>%1 is the request&apos;s status as shown in the Status column (&quot;Approved&quot;, &quot;Failed&quot;…).</extracomment>
        <translation>Non possibile finché lo stato della richiesta è &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Fill in the required parameters first: %1.</source>
        <translation>Compila prima i parametri obbligatori: %1.</translation>
    </message>
</context>
<context>
    <name>UsageLabels</name>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Caricamento in corso</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Caricato</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In elaborazione</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valido</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Pending acceptance</source>
        <translation>In attesa di accettazione</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettato</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuso</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminato</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valido</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approvato</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Carica…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Accetta…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rifiuta…</translation>
    </message>
    <message>
        <source>Close file</source>
        <translation>Chiudi file</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos;, row %2: %3</source>
        <translation>Foglio &apos;%1&apos;, riga %2: %3</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos;, row %2, column %3 (%4): %5</source>
        <translation>Foglio &apos;%1&apos;, riga %2, colonna %3 (%4): %5</translation>
    </message>
</context>
<context>
    <name>UserFacingErrors</name>
    <message>
        <source>“%1” is not a web address. Enter the API endpoint, for example https://api.connect.cloudblue.com/public/v1.</source>
        <translation>&quot;%1&quot; non è un indirizzo web. Inserire l&apos;endpoint API, ad esempio https://api.connect.cloudblue.com/public/v1.</translation>
    </message>
    <message>
        <source>Could not reach the endpoint: %1. Check the address and your connection.</source>
        <translation>Impossibile raggiungere l&apos;endpoint: %1. Controllare l&apos;indirizzo e la connessione.</translation>
    </message>
    <message>
        <source>Connect refused this API key (HTTP %1). Check that it is complete and not revoked.</source>
        <translation>Connect ha rifiutato questa chiave API (HTTP %1). Verificare che sia completa e non revocata.</translation>
    </message>
    <message>
        <source>The endpoint answered, but not like the Connect API: %1. Check the address.</source>
        <translation>L&apos;endpoint ha risposto, ma non come l&apos;API di Connect: %1. Controllare l&apos;indirizzo.</translation>
    </message>
    <message>
        <source>The endpoint failed to answer (%1). Try again later.</source>
        <translation>L&apos;endpoint non ha risposto (%1). Riprovare più tardi.</translation>
    </message>
    <message>
        <source>No API key is stored for this account.</source>
        <translation>Nessuna chiave API memorizzata per questo account.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Il portachiavi di sistema ha segnalato un errore: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Impossibile avviare la sandbox: %1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s key could not be read from the system keychain: %1</source>
        <translation>Impossibile leggere la chiave della sandbox dal portachiavi di sistema: %1</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the API key was not saved. Start or unlock your desktop&apos;s keyring (e.g. GNOME Keyring or KWallet) and add the account again, or keep the key in memory for this run when asked.</source>
        <translation>Nessun portachiavi di sistema disponibile (%1), quindi la chiave API non è stata salvata. Avviare o sbloccare il portachiavi del desktop (ad es. GNOME Keyring o KWallet) e aggiungere di nuovo l&apos;account, oppure, quando richiesto, mantenere la chiave in memoria per questa sessione.</translation>
    </message>
    <message>
        <source>The system keychain refused access (for example, its password prompt was canceled), so the API key was not saved. Add the account again and unlock the keyring when your desktop asks, or keep the key in memory for this run when asked.</source>
        <translation>Il portachiavi di sistema ha negato l&apos;accesso (ad esempio, la richiesta della password è stata annullata), quindi la chiave API non è stata salvata. Aggiungere di nuovo l&apos;account e sbloccare il portachiavi del desktop quando richiesto, oppure, se proposto, tenere la chiave in memoria per questa sessione.</translation>
    </message>
</context>
<context>
    <name>cv::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Informazioni su %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versione %1</translation>
    </message>
    <message>
        <source>A desktop client for CloudBlue Connect vendors: products, fulfilment, agreements, listings, usage and reports, online or offline.</source>
        <translation>Un client desktop per i fornitori di CloudBlue Connect: prodotti, evasione ordini, accordi, inserzioni, utilizzo e report, online o offline.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Realizzato con:</translation>
    </message>
    <message>
        <source>Libraries, versions and licences</source>
        <translation>Librerie, versioni e licenze</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Libreria</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Usata per</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(non indicato)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>&amp;Copia informazioni diagnostiche</translation>
    </message>
    <message>
        <source>Versions, system and account ids for a bug report; no keys or secrets</source>
        <translation>Versioni, sistema e ID account per una segnalazione di bug; nessuna chiave o segreto</translation>
    </message>
    <message>
        <source>Copied to the clipboard: paste it into a support case or a bug report.</source>
        <translation>Copiato negli appunti: incollarlo in un caso di supporto o in una segnalazione di bug.</translation>
    </message>
</context>
<context>
    <name>cv::ui::AccountNavigator</name>
    <message>
        <source>No account</source>
        <translation>Nessun account</translation>
    </message>
    <message>
        <source>Account navigator: switch accounts or sign out</source>
        <translation>Navigatore account: cambiare account o disconnettersi</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Accesso non effettuato</translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation>Cambia account</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Aggiungi account…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>%1
Vendor account %2</source>
        <extracomment>%1 is the account&apos;s name, %2 its ID (VA-…).</extracomment>
        <translation>%1
Account fornitore %2</translation>
    </message>
    <message>
        <source>%1
Provider account %2</source>
        <extracomment>%1 is the account&apos;s name, %2 its ID (PA-…).</extracomment>
        <translation>%1
Account distributore %2</translation>
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
        <translation>Informazioni su Connect Vendor Desktop</translation>
    </message>
</context>
<context>
    <name>cv::ui::AccountPage</name>
    <message>
        <source>Account details</source>
        <translation>Dati dell&apos;account</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>ID account:</translation>
    </message>
    <message>
        <source>Brand ID:</source>
        <translation>ID brand:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Save name</source>
        <translation>&amp;Salva nome</translation>
    </message>
    <message>
        <source>Saved on this computer at once and sent to Connect on the next sync.</source>
        <translation>Salvato subito su questo computer e inviato a Connect alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Once the cause is fixed (e.g. the permission granted), send the change with the next sync.</source>
        <translation>Una volta risolta la causa (ad es. concessa l&apos;autorizzazione), inviare la modifica con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>&amp;Discard my change</source>
        <translation>&amp;Annulla la mia modifica</translation>
    </message>
    <message>
        <source>Show the name Connect has again and forget the change.</source>
        <translation>Mostrare di nuovo il nome presente su Connect e dimenticare la modifica.</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>A&amp;ggiungi utente</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitato</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloccato</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Ultima attività</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincr.</translation>
    </message>
    <message>
        <source>(named on registration)</source>
        <translation>(indicato alla registrazione)</translation>
    </message>
    <message>
        <source>(after the first sync)</source>
        <translation>(dopo la prima sincronizzazione)</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fornitore</translation>
    </message>
    <message>
        <source>Distributor (provider)</source>
        <translation>Distributore (provider)</translation>
    </message>
    <message>
        <source>The account was closed; open it again to add the user.</source>
        <translation>L&apos;account è stato chiuso; riaprirlo per aggiungere l&apos;utente.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Rimuovi utente</translation>
    </message>
    <message>
        <source>Cancel the invitation of %1? It has not reached Connect, so nothing is sent.</source>
        <translation>Annullare l&apos;invito di %1? Non ha raggiunto Connect, quindi non viene inviato nulla.</translation>
    </message>
    <message>
        <source>Remove %1 from the account? They lose access to it once the change is synced.</source>
        <translation>Rimuovere %1 dall&apos;account? L&apos;accesso termina quando la modifica viene sincronizzata.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>Invia di &amp;nuovo</translation>
    </message>
    <message>
        <source>Search users by name, email or role (Ctrl+F)</source>
        <translation>Cerca utenti per nome, e-mail o ruolo (Ctrl+F)</translation>
    </message>
    <message>
        <source>Re&amp;move user</source>
        <translation>Ri&amp;muovi utente</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>user status</comment>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Cerca utenti</translation>
    </message>
    <message>
        <source>Matches the user&apos;s name, email or role</source>
        <translation>Corrisponde a nome, e-mail o ruolo dell&apos;utente</translation>
    </message>
    <message>
        <source>User status filter</source>
        <translation>Filtro per stato utente</translation>
    </message>
</context>
<context>
    <name>cv::ui::ActionDialog</name>
    <message>
        <source>Edit Action</source>
        <translation>Modifica azione</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Aggiungi azione</translation>
    </message>
    <message>
        <source>e.g. sso_login</source>
        <translation>ad es. sso_login</translation>
    </message>
    <message>
        <source>Button text, e.g. Open admin panel</source>
        <translation>Testo del pulsante, ad es. Apri pannello di amministrazione</translation>
    </message>
    <message>
        <source>Action &amp;ID:</source>
        <translation>&amp;ID azione:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>A&amp;mbito:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Elimina azione</translation>
    </message>
    <message>
        <source>%1: This field is required.</source>
        <translation>%1: questo campo è obbligatorio.</translation>
    </message>
</context>
<context>
    <name>cv::ui::ActionsTab</name>
    <message>
        <source>&amp;Add Action</source>
        <translation>&amp;Aggiungi azione</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Rigenera</translation>
    </message>
    <message>
        <source>Action ID</source>
        <translation>ID azione</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>https://your-service.example.com/sso</source>
        <translation>https://your-service.example.com/sso</translation>
    </message>
    <message>
        <source>Actions are buttons customers see on their subscription; a click opens your target URL with a signed JWT.</source>
        <translation>Le azioni sono pulsanti che i clienti vedono nel proprio abbonamento; un clic apre l&apos;URL di destinazione con un JWT firmato.</translation>
    </message>
    <message>
        <source>Action link</source>
        <translation>Link dell&apos;azione</translation>
    </message>
    <message>
        <source>Target &amp;URL:</source>
        <translation>&amp;URL di destinazione:</translation>
    </message>
    <message>
        <source>JWT secret:</source>
        <translation>Segreto JWT:</translation>
    </message>
    <message>
        <source>The secret is only shown while it is known from the server; it is never stored on this computer.</source>
        <translation>Il segreto viene mostrato solo finché è noto dal server; non viene mai memorizzato su questo computer.</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Copia il segreto negli appunti</translation>
    </message>
    <message>
        <source>A new secret was requested. It appears after the next sync from the server; update your service with it then.</source>
        <translation>È stato richiesto un nuovo segreto. Comparirà dopo la prossima sincronizzazione dal server; aggiornare allora il servizio con il nuovo segreto.</translation>
    </message>
    <message>
        <source>Change the action URL</source>
        <translation>Modifica l&apos;URL dell&apos;azione</translation>
    </message>
    <message>
        <source>Add action %1</source>
        <translation>Aggiungi azione %1</translation>
    </message>
    <message>
        <source>Edit action %1</source>
        <translation>Modifica azione %1</translation>
    </message>
    <message>
        <source>Delete action %1</source>
        <translation>Elimina azione %1</translation>
    </message>
    <message>
        <source>Read from Connect; kept in memory only, never stored on this computer.</source>
        <translation>Letto da Connect; conservato solo in memoria, mai memorizzato su questo computer.</translation>
    </message>
    <message>
        <source>Action “%1” deleted.</source>
        <translation>Azione &quot;%1&quot; eliminata.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Copy works once the secret has been read from Connect: when the app is online and the product is on Connect. It is kept in memory only, never stored on this computer.</source>
        <translation>Copia funziona dopo che il segreto è stato letto da Connect: quando l&apos;app è online e il prodotto è su Connect. È tenuto solo in memoria, mai salvato su questo computer.</translation>
    </message>
</context>
<context>
    <name>cv::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Aggiungi utente</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nome@azienda.it</translation>
    </message>
    <message>
        <source>Admin (the one role Connect offers vendor accounts today)</source>
        <translation>Amministratore (l&apos;unico ruolo che Connect offre oggi agli account fornitore)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Ruolo:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Invita</translation>
    </message>
    <message>
        <source>Connect emails an invitation to this address. The new user enters their name when registering and gets access to the account&apos;s products, fulfillment queue and settings.</source>
        <translation>Connect invia un invito a questo indirizzo. Il nuovo utente inserisce il proprio nome durante la registrazione e ottiene accesso ai prodotti, alla coda di evasione e alle impostazioni dell&apos;account.</translation>
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
        <translation>Versione %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>Version %1 on %2 by %3</source>
        <translation>Versione %1 il %2 da %3</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>un utente sconosciuto</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non firmato</translation>
    </message>
    <message>
        <source>Sign version %1…</source>
        <translation>Firma la versione %1…</translation>
    </message>
    <message>
        <source>The provider published version %1; you signed version %2. Read the changes under Versions, then sign.</source>
        <translation>Il distributore ha pubblicato la versione %1; è stata firmata la versione %2. Leggere le modifiche in Versioni, quindi firmare.</translation>
    </message>
    <message>
        <source>Version %1 published</source>
        <translation>Versione %1 pubblicata</translation>
    </message>
    <message>
        <source>Contract created</source>
        <translation>Contratto creato</translation>
    </message>
    <message>
        <source>Signed (contract on version %1)</source>
        <translation>Firmato (contratto sulla versione %1)</translation>
    </message>
    <message>
        <source>Countersigned by the provider</source>
        <translation>Controfirmato dal distributore</translation>
    </message>
    <message>
        <source>Contract terminated</source>
        <translation>Contratto terminato</translation>
    </message>
    <message>
        <source>Signed from this app</source>
        <translation>Firmato da questa app</translation>
    </message>
    <message>
        <source>Enrolled from this app</source>
        <translation>Adesione da questa app</translation>
    </message>
    <message>
        <source>on Connect</source>
        <translation>su Connect</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>inviato il %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rifiutato: %1</translation>
    </message>
    <message>
        <source>waiting for sync</source>
        <translation>in attesa di sincronizzazione</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>Caricamento delle versioni…</translation>
    </message>
    <message>
        <source>Loading the document…</source>
        <translation>Caricamento del documento…</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>Impossibile leggere le versioni: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attiva</translation>
    </message>
    <message>
        <source>signed by you</source>
        <translation>firmata da Lei</translation>
    </message>
    <message>
        <source>version %1 is not known</source>
        <translation>la versione %1 non è nota</translation>
    </message>
    <message>
        <source>This agreement has no document.</source>
        <translation>Questo accordo non ha un documento.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versione %2</translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation>Scegliere due versioni diverse.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Confronto in corso…</translation>
    </message>
    <message>
        <source>The documents could not be downloaded: %1</source>
        <translation>Impossibile scaricare i documenti: %1</translation>
    </message>
    <message>
        <source>These documents have no text to compare (open them to read them).</source>
        <translation>Questi documenti non contengono testo da confrontare (aprirli per leggerli).</translation>
    </message>
    <message>
        <source>The texts of versions %1 and %2 are the same.</source>
        <translation>I testi delle versioni %1 e %2 sono identici.</translation>
    </message>
    <message>
        <source>Sign version %1 of &quot;%2&quot; on behalf of %3? This accepts the agreement&apos;s terms.</source>
        <translation>Firmare la versione %1 di &quot;%2&quot; per conto di %3? In questo modo si accettano i termini dell&apos;accordo.</translation>
    </message>
    <message>
        <source>Sign agreement</source>
        <translation>Firma accordo</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>← All agreements</source>
        <translation>← Tutti gli accordi</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Active version:</source>
        <translation>Versione attiva:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Firmato:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Contratto:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versioni</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Sent to Connect</source>
        <translation>Inviato a Connect</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creata</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Confronta</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Mostra modifiche</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <extracomment>One part of the agreement&apos;s subtitle (parts are separated by &quot; · &quot;); %1 is the provider&apos;s name.</extracomment>
        <translation>Distributore: %1</translation>
    </message>
    <message>
        <source>Marketplace: %1</source>
        <extracomment>One part of the agreement&apos;s subtitle (parts are separated by &quot; · &quot;); %1 is the marketplace&apos;s name.</extracomment>
        <translation>Marketplace: %1</translation>
    </message>
    <message>
        <source>Your enrollment is waiting for the provider&apos;s approval.</source>
        <translation>L&apos;adesione è in attesa dell&apos;approvazione del distributore.</translation>
    </message>
    <message>
        <source>Enroll to list products on %1.</source>
        <translation>Aderire per inserire prodotti su %1.</translation>
    </message>
    <message>
        <source>Enrollment completed</source>
        <translation>Adesione completata</translation>
    </message>
    <message>
        <source>Action from this app: %1</source>
        <extracomment>%1 is the action&apos;s name as Connect&apos;s API writes it (or the error Connect gave for it).</extracomment>
        <translation>Azione da questa app: %1</translation>
    </message>
    <message>
        <source>Enroll in agreement</source>
        <translation>Aderisci all&apos;accordo</translation>
    </message>
    <message>
        <source>Enroll in this agreement…</source>
        <translation>Aderisci a questo accordo…</translation>
    </message>
    <message>
        <source>Signing and enrolling need a connection to Connect, which records them.</source>
        <translation>La firma e l&apos;adesione richiedono una connessione a Connect, che le registra.</translation>
    </message>
    <message>
        <source>A signature saved by an earlier version of this app is sent to Connect with the next sync. It takes effect once Connect confirms it.</source>
        <translation>Una firma salvata da una versione precedente di questa app viene inviata a Connect alla prossima sincronizzazione. Diventa effettiva quando Connect la conferma.</translation>
    </message>
    <message>
        <source>Connect cannot be reached. The versions and the document are kept on this computer once this page has been opened online; this agreement&apos;s have not been read yet.</source>
        <translation>Connect non è raggiungibile. Le versioni e il documento vengono conservati su questo computer dopo che questa pagina è stata aperta online; quelli di questo accordo non sono ancora stati letti.</translation>
    </message>
    <message>
        <source>Connect cannot be reached: versions and documents as of %1, as kept on this computer.</source>
        <extracomment>%1 is the date and time the versions were read from Connect.</extracomment>
        <translation>Connect non è raggiungibile: versioni e documenti al %1, come conservati su questo computer.</translation>
    </message>
    <message>
        <source>The versions could not be read (%1): shown as of %2, as kept on this computer.</source>
        <translation>Impossibile leggere le versioni (%1): visualizzazione al %2, come conservata su questo computer.</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2: &lt;span class=&quot;removed&quot;&gt;removed&lt;/span&gt;, &lt;span class=&quot;added&quot;&gt;added&lt;/span&gt;.</source>
        <translation>Modifiche dalla versione %1 alla versione %2: &lt;span class=&quot;removed&quot;&gt;rimosso&lt;/span&gt;, &lt;span class=&quot;added&quot;&gt;aggiunto&lt;/span&gt;.</translation>
    </message>
    <message>
        <source>Connect records your signature as soon as you click Sign, so this needs a connection to Connect.</source>
        <translation>Connect registra la firma non appena si fa clic su Firma, quindi è necessaria una connessione a Connect.</translation>
    </message>
    <message>
        <source>Enroll in &quot;%1&quot; to list products on %2. Connect records your enrollment as soon as you click OK. A note for the provider (optional):</source>
        <translation>Aderire a &quot;%1&quot; per inserire prodotti su %2. Connect registra l&apos;adesione non appena si fa clic su OK. Una nota per il distributore (facoltativa):</translation>
    </message>
    <message>
        <source>Signing needs a connection to Connect: a signature is a legal act that Connect records when you sign, so it is not saved on this computer to be sent later. Connect cannot be reached now. Check your connection, then click &quot;%1&quot; again.</source>
        <extracomment>%1 is the label of the Sign or Enroll button.</extracomment>
        <translation>La firma richiede una connessione a Connect: una firma è un atto legale che Connect registra al momento della firma, quindi non viene salvata su questo computer per essere inviata in seguito. Connect non è raggiungibile ora. Verificare la connessione, quindi fare di nuovo clic su &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enrolling needs a connection to Connect: an enrollment is a contractual act that Connect records when you enroll, so it is not saved on this computer to be sent later. Connect cannot be reached now. Check your connection, then click &quot;%1&quot; again.</source>
        <translation>L&apos;adesione richiede una connessione a Connect: un&apos;adesione è un atto contrattuale che Connect registra al momento dell&apos;adesione, quindi non viene salvata su questo computer per essere inviata in seguito. Connect non è raggiungibile ora. Verificare la connessione, quindi fare di nuovo clic su &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Firma in corso…</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Adesione in corso…</translation>
    </message>
    <message>
        <source>Sending your signature to Connect…</source>
        <translation>Invio della firma a Connect…</translation>
    </message>
    <message>
        <source>Sending your enrollment to Connect…</source>
        <translation>Invio dell&apos;adesione a Connect…</translation>
    </message>
    <message>
        <source>Connect recorded your signature on %1.</source>
        <extracomment>%1 is the date and time Connect recorded the signature.</extracomment>
        <translation>Connect ha registrato la firma il %1.</translation>
    </message>
    <message>
        <source>Connect recorded your enrollment on %1.</source>
        <translation>Connect ha registrato l&apos;adesione il %1.</translation>
    </message>
    <message>
        <source>The connection to Connect broke while your signature was being sent, so it is not known whether Connect recorded it. Nothing is saved to be sent later: the next sync shows whether it did. If it did not, sign again once Connect can be reached.</source>
        <translation>La connessione a Connect si è interrotta durante l&apos;invio della firma, quindi non è noto se Connect l&apos;abbia registrata. Non viene salvato nulla da inviare in seguito: la prossima sincronizzazione mostrerà se è stata registrata. In caso contrario, firmare di nuovo quando Connect è raggiungibile.</translation>
    </message>
    <message>
        <source>The connection to Connect broke while your enrollment was being sent, so it is not known whether Connect recorded it. Nothing is saved to be sent later: the next sync shows whether it did. If it did not, enroll again once Connect can be reached.</source>
        <translation>La connessione a Connect si è interrotta durante l&apos;invio dell&apos;adesione, quindi non è noto se Connect l&apos;abbia registrata. Non viene salvato nulla da inviare in seguito: la prossima sincronizzazione mostrerà se è stata registrata. In caso contrario, aderire di nuovo quando Connect è raggiungibile.</translation>
    </message>
    <message>
        <source>Connect refused the signature: %1</source>
        <extracomment>%1 is Connect&apos;s reason in plain words.</extracomment>
        <translation>Connect ha rifiutato la firma: %1</translation>
    </message>
    <message>
        <source>Connect refused the enrollment: %1</source>
        <translation>Connect ha rifiutato l&apos;adesione: %1</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situazione</translation>
    </message>
    <message>
        <source>Double-click a version to read its document.</source>
        <translation>Fare doppio clic su una versione per leggerne il documento.</translation>
    </message>
    <message>
        <source>Compare from version</source>
        <translation>Confronta dalla versione</translation>
    </message>
    <message>
        <source>Compare to version</source>
        <translation>Confronta con la versione</translation>
    </message>
    <message>
        <source>Changes between the versions</source>
        <translation>Modifiche tra le versioni</translation>
    </message>
</context>
<context>
    <name>cv::ui::AgreementsPage</name>
    <message>
        <source>Open an account to see its agreements.</source>
        <translation>Aprire un account per vederne gli accordi.</translation>
    </message>
    <message>
        <source>No agreement matches the search and filters.</source>
        <translation>Nessun accordo corrisponde alla ricerca e ai filtri.</translation>
    </message>
    <message>
        <source>No agreements yet. They appear here after a sync once a provider invites the account.</source>
        <translation>Ancora nessun accordo. Compariranno qui dopo una sincronizzazione, quando un distributore invita l&apos;account.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accordi</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratti</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Distributore</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Active version</source>
        <translation>Versione attiva</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmato il</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contratto</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Search agreements by name or ID</source>
        <translation>Cerca accordi per nome o ID</translation>
    </message>
    <message>
        <source>Search contracts by name or ID</source>
        <translation>Cerca contratti per nome o ID</translation>
    </message>
    <message>
        <source>Search agreements</source>
        <translation>Cerca accordi</translation>
    </message>
    <message>
        <source>Matches the agreement&apos;s name or ID</source>
        <translation>Corrisponde al nome o all&apos;ID dell&apos;accordo</translation>
    </message>
    <message>
        <source>Search contracts</source>
        <translation>Cerca contratti</translation>
    </message>
    <message>
        <source>Matches the contract&apos;s name or ID</source>
        <translation>Corrisponde al nome o all&apos;ID del contratto</translation>
    </message>
    <message>
        <source>Agreement type filter</source>
        <translation>Filtro per tipo di accordo</translation>
    </message>
    <message>
        <source>Agreement status filter</source>
        <translation>Filtro per stato dell&apos;accordo</translation>
    </message>
    <message>
        <source>Contract type filter</source>
        <translation>Filtro per tipo di contratto</translation>
    </message>
    <message>
        <source>Contract status filter</source>
        <translation>Filtro per stato del contratto</translation>
    </message>
</context>
<context>
    <name>cv::ui::ApiPage</name>
    <message>
        <source>No account is open.</source>
        <translation>Nessun account aperto.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Verify a delivery</source>
        <translation>Verifica una consegna</translation>
    </message>
    <message>
        <source>API address of this account</source>
        <translation>Indirizzo API di questo account</translation>
    </message>
    <message>
        <source>How to authenticate</source>
        <translation>Come autenticarsi</translation>
    </message>
    <message>
        <source>Every call carries the header &quot;Authorization: ApiKey &lt;token&gt;&quot;, where the token is the one shown once when you generate it on the Tokens page (it starts with its id, SU-…). Give each script its own token so that each can be turned off alone. Connect answers 401 to a wrong or inactive token and 403 when the token lacks the module&apos;s permission.</source>
        <translation>Ogni chiamata contiene l&apos;intestazione &quot;Authorization: ApiKey &lt;token&gt;&quot;, dove il token è quello mostrato una sola volta quando viene generato nella pagina Token (inizia con il suo ID, SU-…). Assegnare a ogni script un proprio token, così che ciascuno possa essere disattivato singolarmente. Connect risponde 401 a un token errato o inattivo e 403 quando il token non ha l&apos;autorizzazione per il modulo.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Connect API documentation&lt;/a&gt; (opens in your browser)</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Documentazione dell&apos;API di Connect&lt;/a&gt; (si apre nel browser)</translation>
    </message>
    <message>
        <source>Try it: list your products</source>
        <translation>Prova: elencare i propri prodotti</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Copia comando</translation>
    </message>
    <message>
        <source>API sections</source>
        <translation>Sezioni API</translation>
    </message>
</context>
<context>
    <name>cv::ui::ApproveDialog</name>
    <message numerus="yes">
        <source>Approve %Ln requests</source>
        <translation>
            <numerusform>Approva %Ln richiesta</numerusform>
            <numerusform>Approva %Ln richieste</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>Approva richiesta</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %Ln</source>
        <translation>
            <numerusform>&amp;Approva %Ln</numerusform>
            <numerusform>&amp;Approva %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approva</translation>
    </message>
    <message>
        <source>Activation &amp;template:</source>
        <translation>&amp;Modello di attivazione:</translation>
    </message>
    <message>
        <source>The template (values are filled in for each request):</source>
        <translation>Il modello (i valori vengono inseriti per ogni richiesta):</translation>
    </message>
    <message>
        <source>What the customer will receive:</source>
        <translation>Cosa riceverà il cliente:</translation>
    </message>
    <message>
        <source>This product has no activation template in the local cache. Create one in Inventory, then sync.</source>
        <translation>Questo prodotto non ha un modello di attivazione nella cache locale. Crearne uno in Inventario, quindi sincronizzare.</translation>
    </message>
    <message>
        <source>The request is approved in the local cache at once and on Connect at the next sync.</source>
        <translation>La richiesta viene approvata subito nella cache locale e su Connect alla prossima sincronizzazione.</translation>
    </message>
</context>
<context>
    <name>cv::ui::BulkResultDialog</name>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln done; the changes reach Connect at the next sync.</source>
        <extracomment>%1 is how many of the %n selected requests were done.</extracomment>
        <translation>
            <numerusform>%1 di %Ln completata; le modifiche raggiungono Connect alla prossima sincronizzazione.</numerusform>
            <numerusform>%1 di %Ln completate; le modifiche raggiungono Connect alla prossima sincronizzazione.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::CapabilitiesPage</name>
    <message>
        <source>Subscription lifecycle</source>
        <translation>Ciclo di vita dell&apos;abbonamento</translation>
    </message>
    <message>
        <source>Suspend and resume</source>
        <translation>Sospensione e ripristino</translation>
    </message>
    <message>
        <source>Administrative hold</source>
        <translation>Blocco amministrativo</translation>
    </message>
    <message>
        <source>Providers may put a subscription on hold for administrative reasons.</source>
        <translation>I distributori possono bloccare un abbonamento per motivi amministrativi.</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation>A consumo</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabilitato</translation>
    </message>
    <message>
        <source>QT: quantity (usage is reported as amounts)</source>
        <translation>QT: quantità (l&apos;utilizzo viene dichiarato come quantità)</translation>
    </message>
    <message>
        <source>TR: tiered rates</source>
        <translation>TR: tariffe a scaglioni</translation>
    </message>
    <message>
        <source>PR: provider rating</source>
        <translation>PR: tariffazione del distributore</translation>
    </message>
    <message>
        <source>CR: cost rating (usage is reported as costs)</source>
        <translation>CR: tariffazione a costo (l&apos;utilizzo viene dichiarato come costi)</translation>
    </message>
    <message>
        <source>Dynamic items (created from usage reports)</source>
        <translation>Articoli dinamici (creati dai report di utilizzo)</translation>
    </message>
    <message>
        <source>Future charges</source>
        <translation>Addebiti futuri</translation>
    </message>
    <message>
        <source>Late charges</source>
        <translation>Addebiti tardivi</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>Schema:</translation>
    </message>
    <message>
        <source>Reporting and validation</source>
        <translation>Dichiarazione e convalida</translation>
    </message>
    <message>
        <source>Consumption reporting for reservation items</source>
        <translation>Dichiarazione dei consumi per gli articoli in prenotazione</translation>
    </message>
    <message>
        <source>Dynamic validation of draft requests (your service checks orders before they are placed)</source>
        <translation>Convalida dinamica delle richieste in bozza (il servizio verifica gli ordini prima che vengano effettuati)</translation>
    </message>
    <message>
        <source>Dynamic validation of the inquiring form</source>
        <translation>Convalida dinamica del modulo di richiesta informazioni</translation>
    </message>
    <message>
        <source>Resellers (tiers)</source>
        <translation>Rivenditori (Tier)</translation>
    </message>
    <message>
        <source>Level 1 (tier 1 reseller)</source>
        <translation>Livello 1 (rivenditore Tier 1)</translation>
    </message>
    <message>
        <source>Level 2 (tier 1 and tier 2 resellers)</source>
        <translation>Livello 2 (rivenditori Tier 1 e Tier 2)</translation>
    </message>
    <message>
        <source>Tier accounts sync</source>
        <translation>Sincronizzazione degli account Tier</translation>
    </message>
    <message>
        <source>Reseller authorization level:</source>
        <translation>Livello di autorizzazione dei rivenditori:</translation>
    </message>
    <message>
        <source>Choose a pay-as-you-go schema first.</source>
        <translation>Scegliere prima uno schema a consumo.</translation>
    </message>
    <message>
        <source>Change capabilities</source>
        <translation>Modifica funzionalità</translation>
    </message>
    <message>
        <source>Subscriptions can be suspended (e.g. for non-payment) and resumed later without being canceled; your service receives suspend and resume requests.</source>
        <translation>Gli abbonamenti possono essere sospesi (ad es. per mancato pagamento) e ripristinati in seguito senza essere cancellati; il servizio riceve richieste di sospensione e ripristino.</translation>
    </message>
</context>
<context>
    <name>cv::ui::CasePage</name>
    <message>
        <source>Attach a file to the case</source>
        <translation>Allega un file al caso</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Write a reply to the case (sent on the next sync)</source>
        <translation>Scrivere una risposta al caso (inviata alla prossima sincronizzazione)</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>Invia &amp;risposta</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Invia di nuovo</translation>
    </message>
    <message>
        <source>Once the cause is fixed, send the refused change with the next sync.</source>
        <translation>Una volta risolta la causa, inviare la modifica rifiutata con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>&amp;Discard the refused change</source>
        <translation>&amp;Annulla la modifica rifiutata</translation>
    </message>
    <message>
        <source>Forget the change Connect refused; a case opened here goes with its replies and files.</source>
        <translation>Dimenticare la modifica rifiutata da Connect; un caso aperto qui viene rimosso insieme alle risposte e ai file.</translation>
    </message>
    <message>
        <source>Ask for information</source>
        <translation>Richiedi informazioni</translation>
    </message>
    <message>
        <source>Back to pending</source>
        <translation>Torna in sospeso</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Segna come risolto</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Chiudi caso</translation>
    </message>
    <message>
        <source>Case %1 is not in the offline data.</source>
        <translation>Il caso %1 non è presente nei dati offline.</translation>
    </message>
    <message>
        <source>(given by Connect after sync)</source>
        <translation>(assegnato da Connect dopo la sincronizzazione)</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Allegati: %1</translation>
    </message>
    <message>
        <source>Attachments waiting for sync: %1</source>
        <translation>Allegati in attesa di sincronizzazione: %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>waiting for sync</source>
        <translation>in attesa di sincronizzazione</translation>
    </message>
    <message>
        <source>No replies yet. Replies from the support team appear here after a sync.</source>
        <translation>Ancora nessuna risposta. Le risposte del team di supporto compariranno qui dopo una sincronizzazione.</translation>
    </message>
    <message>
        <source>← All cases</source>
        <translation>← Tutti i casi</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Allega &amp;file…</translation>
    </message>
    <message>
        <source>Case ID: %1 · State: %2 · Priority: %3</source>
        <extracomment>%1 is the case&apos;s ID, %2 its state (&quot;Pending&quot;…), %3 its priority (&quot;High&quot;…).</extracomment>
        <translation>ID caso: %1 · Stato: %2 · Priorità: %3</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <source>Sent to the case on the next sync</source>
        <translation>Inviato al caso alla prossima sincronizzazione</translation>
    </message>
</context>
<context>
    <name>cv::ui::CcpPreview</name>
    <message>
        <source>Customer control panel preview</source>
        <translation>Anteprima del pannello di controllo del cliente</translation>
    </message>
    <message>
        <source>This is what the customer sees after signing in to the customer control panel.</source>
        <translation>Questo è ciò che il cliente vede dopo aver effettuato l&apos;accesso al pannello di controllo del cliente.</translation>
    </message>
    <message>
        <source>The customer control panel needs a connection to Connect.</source>
        <translation>Il pannello di controllo del cliente richiede una connessione a Connect.</translation>
    </message>
    <message>
        <source>The customer control panel of %1 could not be loaded: %2</source>
        <translation>Impossibile caricare il pannello di controllo del cliente di %1: %2</translation>
    </message>
    <message>
        <source>Asset %1 as the customer sees it. Links open in your browser.</source>
        <translation>Asset %1 come lo vede il cliente. I link si aprono nel browser.</translation>
    </message>
    <message>
        <source>Show the panel in one of the product&apos;s languages</source>
        <translation>Mostra il pannello in una delle lingue del prodotto</translation>
    </message>
    <message>
        <source>English (source)</source>
        <translation>Inglese (origine)</translation>
    </message>
    <message>
        <source>Loading the customer control panel of %1…</source>
        <translation>Caricamento del pannello di controllo cliente di %1…</translation>
    </message>
</context>
<context>
    <name>cv::ui::ChoicesEditor</name>
    <message>
        <source>Add choice</source>
        <translation>Aggiungi scelta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Label (shown)</source>
        <translation>Etichetta (mostrata)</translation>
    </message>
    <message>
        <source>Value (sent)</source>
        <translation>Valore (inviato)</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Opzione %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::CommandPalette</name>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Inserzione</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accordo</translation>
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
        <translation>approva</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Send local changes and fetch what changed</source>
        <translation>Invia le modifiche locali e recupera ciò che è cambiato</translation>
    </message>
    <message>
        <source>Approve a pending request…</source>
        <translation>Approva una richiesta in sospeso…</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; and the request&apos;s id or customer</source>
        <extracomment>%1 is the word that starts an approval in the palette (&quot;approve&quot;).</extracomment>
        <translation>Digitare &quot;%1&quot; e l&apos;ID o il cliente della richiesta</translation>
    </message>
    <message>
        <source>New support case</source>
        <translation>Nuovo caso di supporto</translation>
    </message>
    <message>
        <source>Write to CloudBlue support (Help &amp; Support)</source>
        <translation>Scrivi al supporto CloudBlue (Guida e supporto)</translation>
    </message>
    <message>
        <source>Show sync conflicts</source>
        <translation>Mostra i conflitti di sincronizzazione</translation>
    </message>
    <message>
        <source>Decide between your changes and Connect&apos;s</source>
        <translation>Scegliere tra le proprie modifiche e quelle di Connect</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Mostra notifiche</translation>
    </message>
    <message>
        <source>The emails Connect sent you</source>
        <translation>Le e-mail inviate da Connect</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <extracomment>%1 is a module&apos;s title (&quot;Usage&quot;, &quot;Help &amp; Support&quot;).</extracomment>
        <translation>Vai a %1</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <extracomment>%1 is a request&apos;s id (&quot;PR-1234-5678-9012-001&quot;).</extracomment>
        <translation>Approva %1</translation>
    </message>
    <message>
        <source>Find a request, product, customer, case… or a command</source>
        <translation>Cerca una richiesta, un prodotto, un cliente, un caso… o un comando</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Tavolozza comandi</translation>
    </message>
    <message>
        <source>Type an id, a name or an email, or a command. Up and Down choose, Enter runs, Escape closes.</source>
        <translation>Digitare un ID, un nome, un&apos;e-mail o un comando. Su e Giù per scegliere, Invio per eseguire, Esc per chiudere.</translation>
    </message>
    <message>
        <source>Command palette results</source>
        <translation>Risultati della tavolozza comandi</translation>
    </message>
    <message>
        <source>Nothing in the offline data matches.</source>
        <translation>Nessuna corrispondenza nei dati offline.</translation>
    </message>
    <message>
        <source>1 result · Enter runs · Esc closes</source>
        <translation>1 risultato · Invio esegue · Esc chiude</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results · Enter runs · Esc closes</source>
        <translation>
            <numerusform>%Ln risultato · Invio esegue · Esc chiude</numerusform>
            <numerusform>%Ln risultati · Invio esegue · Esc chiude</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::ConflictsDialog</name>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Mantieni la &amp;mia</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Mantieni la &amp;loro</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modi&amp;fica…</translation>
    </message>
    <message>
        <source>Keep mine for all</source>
        <translation>Mantieni la mia per tutti</translation>
    </message>
    <message>
        <source>Keep theirs for all</source>
        <translation>Mantieni la loro per tutti</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflitti di sincronizzazione</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Ultima sincronizzazione</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mia</translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation>Loro (server)</translation>
    </message>
    <message>
        <source>No conflicts: everything you changed offline could be merged.</source>
        <translation>Nessun conflitto: tutto ciò che è stato modificato offline è stato unito.</translation>
    </message>
    <message>
        <source>One field changed both here and on the server since the last sync.</source>
        <translation>Un campo è stato modificato sia qui sia sul server dall&apos;ultima sincronizzazione.</translation>
    </message>
    <message>
        <source>Choose which value to keep; your other changes to these objects wait until you decide.</source>
        <translation>Scegliere quale valore mantenere; le altre modifiche a questi oggetti restano in attesa della decisione.</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>Impossibile salvare la decisione: %1</translation>
    </message>
    <message>
        <source>The decisions could not be saved: %1</source>
        <translation>Impossibile salvare le decisioni: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifica %1</translation>
    </message>
    <message>
        <source>Mine: %1
Theirs: %2

Value to keep:</source>
        <translation>Mia: %1
Loro: %2

Valore da mantenere:</translation>
    </message>
    <message>
        <source>The value could not be saved: %1</source>
        <translation>Impossibile salvare il valore: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fields changed both here and on the server since the last sync.</source>
        <translation>
            <numerusform>%n campo è stato modificato qui e sul server dall&apos;ultima sincronizzazione.</numerusform>
            <numerusform>%n campi sono stati modificati qui e sul server dall&apos;ultima sincronizzazione.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::ContractDetailPage</name>
    <message>
        <source>Contract:</source>
        <translation>Contratto:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source> (waiting for sync)</source>
        <translation> (in attesa di sincronizzazione)</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Accordo:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versione:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Firmato:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 da %2</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non firmato</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emesso da:</translation>
    </message>
    <message>
        <source>%1 (%2) · distribution agreement: %3</source>
        <translation>%1 (%2) · accordo di distribuzione: %3</translation>
    </message>
    <message>
        <source>Version %1 published</source>
        <translation>Versione %1 pubblicata</translation>
    </message>
    <message>
        <source>Contract created</source>
        <translation>Contratto creato</translation>
    </message>
    <message>
        <source>Signed (version %1)</source>
        <translation>Firmato (versione %1)</translation>
    </message>
    <message>
        <source>Countersigned by the provider</source>
        <translation>Controfirmato dal distributore</translation>
    </message>
    <message>
        <source>Contract terminated</source>
        <translation>Contratto terminato</translation>
    </message>
    <message>
        <source>Signed from this app</source>
        <translation>Firmato da questa app</translation>
    </message>
    <message>
        <source>Enrolled from this app</source>
        <translation>Adesione da questa app</translation>
    </message>
    <message>
        <source>on Connect</source>
        <translation>su Connect</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>inviato il %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rifiutato: %1</translation>
    </message>
    <message>
        <source>waiting for sync</source>
        <translation>in attesa di sincronizzazione</translation>
    </message>
    <message>
        <source>No distribution agreement under this program yet.</source>
        <translation>Ancora nessun accordo di distribuzione in questo programma.</translation>
    </message>
    <message>
        <source>No marketplace.</source>
        <translation>Nessun marketplace.</translation>
    </message>
    <message>
        <source>← All contracts</source>
        <translation>← Tutti i contratti</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Open the agreement</source>
        <translation>Apri l&apos;accordo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Sent to Connect</source>
        <translation>Inviato a Connect</translation>
    </message>
    <message>
        <source>Enrollment completed</source>
        <translation>Adesione completata</translation>
    </message>
    <message>
        <source>Action from this app: %1</source>
        <extracomment>%1 is the action&apos;s name as Connect&apos;s API writes it (or the error Connect gave for it).</extracomment>
        <translation>Azione da questa app: %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::CreateListingDialog</name>
    <message>
        <source>Submit for review now (otherwise it stays a draft)</source>
        <translation>Invia subito per la revisione (altrimenti resta una bozza)</translation>
    </message>
    <message>
        <source>Create listing</source>
        <translation>Crea inserzione</translation>
    </message>
    <message>
        <source>What the marketplace asks for: support contact, local contact, notes for the reviewer</source>
        <translation>Cosa richiede il marketplace: contatto di supporto, contatto locale, note per il revisore</translation>
    </message>
    <message>
        <source>You are offline: the request is saved on this computer and sent to Connect at the next sync.</source>
        <translation>Offline: la richiesta è salvata su questo computer e verrà inviata a Connect alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Create request</source>
        <translation>Crea richiesta</translation>
    </message>
    <message>
        <source>Product (published):</source>
        <translation>Prodotto (pubblicato):</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marketplace:</translation>
    </message>
    <message>
        <source>Details for the marketplace:</source>
        <translation>Dettagli per il marketplace:</translation>
    </message>
    <message>
        <source>No published product: publish one under Inventory first.</source>
        <translation>Nessun prodotto pubblicato: pubblicarne prima uno in Inventario.</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <extracomment>%1 is a marketplace&apos;s name.</extracomment>
        <translation>%1 (non disponibile)</translation>
    </message>
    <message>
        <source>Choose a marketplace to create the request.</source>
        <translation>Scegliere un marketplace per creare la richiesta.</translation>
    </message>
    <message>
        <source>This product cannot be listed on any marketplace now: the reasons are under each marketplace above.</source>
        <translation>Al momento questo prodotto non può essere inserito in nessun marketplace: i motivi sono indicati sotto ciascun marketplace qui sopra.</translation>
    </message>
</context>
<context>
    <name>cv::ui::CreateUsageFileDialog</name>
    <message>
        <source>Create usage file</source>
        <translation>Crea file di utilizzo</translation>
    </message>
    <message>
        <source>Usage %1</source>
        <translation>Utilizzo %1</translation>
    </message>
    <message>
        <source>You are offline: the usage file is saved on this computer and created on Connect at the next sync.</source>
        <translation>Si è offline: il file di utilizzo viene salvato su questo computer e creato su Connect alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <source>%1 (%2, contract %3)</source>
        <translation>%1 (%2, contratto %3)</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Prodotto:</translation>
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
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrizione:</translation>
    </message>
    <message>
        <source>Download &amp;template…</source>
        <translation>Scarica &amp;modello…</translation>
    </message>
    <message>
        <source>The usage template (.xlsx) for this product and period, to fill in offline</source>
        <translation>Il modello di utilizzo (.xlsx) per questo prodotto e periodo, da compilare offline</translation>
    </message>
    <message>
        <source>Save usage template</source>
        <translation>Salva modello di utilizzo</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>Modello salvato in %1.</translation>
    </message>
    <message>
        <source>The template could not be made: %1</source>
        <translation>Impossibile creare il modello: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>cv::ui::DashboardPage</name>
    <message>
        <source>Short description and detailed overview are filled in.</source>
        <translation>La descrizione breve e la panoramica dettagliata sono compilate.</translation>
    </message>
    <message>
        <source>Fill in the short description and the detailed overview; add a logo.</source>
        <translation>Compilare la descrizione breve e la panoramica dettagliata; aggiungere un logo.</translation>
    </message>
    <message>
        <source>Add at least one item (SKU) that customers can buy.</source>
        <translation>Aggiungere almeno un articolo (SKU) acquistabile dai clienti.</translation>
    </message>
    <message>
        <source>Add at least one parameter, e.g. the administrator&apos;s email asked when ordering.</source>
        <translation>Aggiungere almeno un parametro, ad es. l&apos;e-mail dell&apos;amministratore richiesta al momento dell&apos;ordine.</translation>
    </message>
    <message>
        <source>The customer description or getting started text is filled in.</source>
        <translation>La descrizione per il cliente o il testo &quot;Per iniziare&quot; è compilato.</translation>
    </message>
    <message>
        <source>Describe the service and how to get started for customers; edit the templates and actions.</source>
        <translation>Descrivere il servizio e come iniziare per i clienti; modificare i modelli e le azioni.</translation>
    </message>
    <message>
        <source>A version of this product is published.</source>
        <translation>È pubblicata una versione di questo prodotto.</translation>
    </message>
    <message>
        <source>Publish a version so it can be listed in marketplaces. Publishing needs a connection to Connect.</source>
        <translation>Pubblicare una versione per poterla inserire nei marketplace. La pubblicazione richiede una connessione a Connect.</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Fatto</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <extracomment>%1 is the name of a product page (&quot;Items&quot;, &quot;Parameters&quot;…).</extracomment>
        <translation>Vai a %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>A preview request was run.</source>
        <translation>È stata eseguita una richiesta di anteprima.</translation>
    </message>
    <message>
        <source>Check how customers will see the product before you publish it (recommended), once the rest is done and synced.</source>
        <translation>Verificare come i clienti vedranno il prodotto prima di pubblicarlo (consigliato), una volta completato e sincronizzato il resto.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n steps done. Everything is saved on this computer as you type and sent to Connect by the next sync.</source>
        <extracomment>%1 is how many of the %n steps are done.</extracomment>
        <translation>
            <numerusform>%1 di %n passaggio completato. Tutto viene salvato su questo computer durante la digitazione e inviato a Connect alla prossima sincronizzazione.</numerusform>
            <numerusform>%1 di %n passaggi completati. Tutto viene salvato su questo computer durante la digitazione e inviato a Connect alla prossima sincronizzazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 item defined.</source>
        <translation>1 articolo definito.</translation>
    </message>
    <message numerus="yes">
        <source>%n items defined.</source>
        <translation>
            <numerusform>%n articolo definito.</numerusform>
            <numerusform>%n articoli definiti.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 parameter defined.</source>
        <translation>1 parametro definito.</translation>
    </message>
    <message numerus="yes">
        <source>%n parameters defined.</source>
        <translation>
            <numerusform>%n parametro definito.</numerusform>
            <numerusform>%n parametri definiti.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::DocumentView</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln corrispondenza</numerusform>
            <numerusform>%Ln corrispondenze</numerusform>
        </translation>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation>Corrispondenza %1 di %2</translation>
    </message>
    <message>
        <source>The document cannot be shown while Connect cannot be reached.</source>
        <translation>Il documento non può essere mostrato finché Connect non è raggiungibile.</translation>
    </message>
    <message>
        <source>The document could not be downloaded: %1</source>
        <translation>Impossibile scaricare il documento: %1</translation>
    </message>
    <message>
        <source>This version&apos;s document is a web page of the provider:
%1</source>
        <translation>Il documento di questa versione è una pagina web del distributore:
%1</translation>
    </message>
    <message>
        <source>Open in browser…</source>
        <translation>Apri nel browser…</translation>
    </message>
    <message>
        <source>The PDF document could not be read (%1).</source>
        <translation>Impossibile leggere il documento PDF (%1).</translation>
    </message>
    <message>
        <source>This document (%1, %2) cannot be shown here. You can save it and open it with the program your system uses for it.</source>
        <translation>Questo documento (%1, %2) non può essere mostrato qui. È possibile salvarlo e aprirlo con il programma che il sistema usa per questo tipo di file.</translation>
    </message>
    <message>
        <source>Open with system viewer…</source>
        <translation>Apri con il visualizzatore di sistema…</translation>
    </message>
    <message>
        <source>Open %1 in your web browser?</source>
        <translation>Aprire %1 nel browser web?</translation>
    </message>
    <message>
        <source>Save %1 and open it with your system&apos;s viewer? Files from the internet can be harmful; open it only if you trust the provider.</source>
        <translation>Salvare %1 e aprirlo con il visualizzatore di sistema? I file provenienti da Internet possono essere dannosi; aprirlo solo se si considera affidabile il distributore.</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Apri documento</translation>
    </message>
    <message>
        <source>The document could not be saved to %1.</source>
        <translation>Impossibile salvare il documento in %1.</translation>
    </message>
    <message>
        <source>Search the document</source>
        <translation>Cerca nel documento</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Corrispondenza precedente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Corrispondenza successiva</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 corrispondenza</translation>
    </message>
</context>
<context>
    <name>cv::ui::FirstRunPage</name>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Aggiungi account</translation>
    </message>
    <message>
        <source>Enter the API key of your Connect account (API module › Tokens in the portal).</source>
        <translation>Inserire la chiave API dell&apos;account Connect (modulo API › Token nel portale).</translation>
    </message>
    <message>
        <source>Welcome to Connect Vendor Desktop</source>
        <translation>Benvenuto in Connect Vendor Desktop</translation>
    </message>
    <message>
        <source>Add a Connect account</source>
        <translation>Aggiungi un account Connect</translation>
    </message>
    <message>
        <source>API &amp;endpoint:</source>
        <translation>&amp;Endpoint API:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chiave API:</translation>
    </message>
    <message>
        <source>The key is checked with Connect and kept only in your system keychain.</source>
        <translation>La chiave viene verificata con Connect e conservata solo nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>Explore offline with the sandbox</source>
        <translation>Esplora offline con la sandbox</translation>
    </message>
    <message>
        <source>Try every module against a local sandbox account with demo data. No Connect account needed.</source>
        <translation>Provare ogni modulo con un account sandbox locale con dati dimostrativi. Non serve un account Connect.</translation>
    </message>
    <message>
        <source>Explore offline</source>
        <translation>Esplora offline</translation>
    </message>
    <message>
        <source>Continue with an empty offline workspace</source>
        <translation>Continua con un&apos;area di lavoro offline vuota</translation>
    </message>
    <message>
        <source>The built-in sandbox is not available.</source>
        <translation>La sandbox integrata non è disponibile.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Avvio in corso…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Back to where you were, without adding an account (Esc)</source>
        <translation>Torna alla schermata precedente senza aggiungere un account (Esc)</translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation>Aggiungi un altro account</translation>
    </message>
    <message>
        <source>Define products, fulfill orders and publish to marketplaces, online or offline. Everything you do is saved on this computer first and synced with Connect.</source>
        <translation>Definire prodotti, evadere ordini e pubblicare sui marketplace, online o offline. Tutto viene salvato prima su questo computer e poi sincronizzato con Connect.</translation>
    </message>
</context>
<context>
    <name>cv::ui::FulfillmentPage</name>
    <message>
        <source>Clear filters</source>
        <translation>Cancella filtri</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Evasione ordini</translation>
    </message>
    <message>
        <source>Process the requests of your customers: approve, inquire or reject.</source>
        <translation>Elaborare le richieste dei clienti: approvare, richiedere informazioni o rifiutare.</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assegnatario</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Search by request ID, customer or product (Ctrl+F)</source>
        <translation>Cerca per ID richiesta, cliente o prodotto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any assignee</source>
        <translation>Qualsiasi assegnatario</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assegnata</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>Qualsiasi prodotto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>%1: any</source>
        <extracomment>A filter button: %1 is the filter&apos;s name (&quot;Type&quot;, &quot;Status&quot;, &quot;Environment&quot;).</extracomment>
        <translation>%1: qualsiasi</translation>
    </message>
    <message>
        <source>Sign in to an account to see its requests.</source>
        <translation>Accedere a un account per vederne le richieste.</translation>
    </message>
    <message>
        <source>No requests in the local cache yet. Sync to fetch them.</source>
        <translation>Ancora nessuna richiesta nella cache locale. Sincronizzare per recuperarle.</translation>
    </message>
    <message>
        <source>No request matches these filters.</source>
        <translation>Nessuna richiesta corrisponde a questi filtri.</translation>
    </message>
    <message>
        <source>Select pending requests to approve or reject several at once.</source>
        <translation>Selezionare richieste in sospeso per approvarne o rifiutarne diverse contemporaneamente.</translation>
    </message>
    <message>
        <source>Approved, waiting for sync</source>
        <translation>Approvata, in attesa di sincronizzazione</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>Approva selezionate</translation>
    </message>
    <message>
        <source>Rejected, waiting for sync</source>
        <translation>Rifiutata, in attesa di sincronizzazione</translation>
    </message>
    <message>
        <source>Reject selected</source>
        <translation>Rifiuta selezionate</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>filter: requests created between two dates</comment>
        <translation>Creata</translation>
    </message>
    <message>
        <source>Approve selected…</source>
        <translation>Approva selezionate…</translation>
    </message>
    <message>
        <source>Reject selected…</source>
        <translation>Rifiuta selezionate…</translation>
    </message>
    <message>
        <source>Show only requests with the status “%1”</source>
        <extracomment>%1 is a request status as shown in the Status column (&quot;Pending&quot;, &quot;Approved&quot;…).</extracomment>
        <translation>Mostra solo le richieste con stato &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln selected</source>
        <translation>
            <numerusform>%1: %Ln selezionata</numerusform>
            <numerusform>%1: %Ln selezionate</numerusform>
        </translation>
    </message>
    <message>
        <source>All · %1</source>
        <extracomment>The filter chip showing every request; %1 is how many there are.</extracomment>
        <translation>Tutte · %1</translation>
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
            <numerusform>%Ln selezionata</numerusform>
            <numerusform>%Ln selezionate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <comment>selected requests</comment>
        <translation>
            <numerusform>%Ln in sospeso</numerusform>
            <numerusform>%Ln in sospeso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %Ln selected…</source>
        <translation>
            <numerusform>Approva %Ln selezionata…</numerusform>
            <numerusform>Approva %Ln selezionate…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %Ln selected…</source>
        <translation>
            <numerusform>Rifiuta %Ln selezionata…</numerusform>
            <numerusform>Rifiuta %Ln selezionate…</numerusform>
        </translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Cerca richieste</translation>
    </message>
    <message>
        <source>Matches the request ID, the customer&apos;s name or the product&apos;s name</source>
        <translation>Corrisponde all&apos;ID della richiesta, al nome del cliente o al nome del prodotto</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Filtro per assegnatario</translation>
    </message>
    <message>
        <source>Product filter</source>
        <translation>Filtro per prodotto</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Creata dal</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Creata fino al</translation>
    </message>
    <message>
        <source>Fulfillment requests</source>
        <translation>Richieste di evasione</translation>
    </message>
    <message>
        <source>Enter opens the request; Shift or Ctrl with the arrows selects several</source>
        <translation>Invio apre la richiesta; Maiusc o Ctrl con le frecce ne seleziona più di una</translation>
    </message>
    <message>
        <source>Loading requests: %1 of %2</source>
        <translation>Caricamento delle richieste: %1 di %2</translation>
    </message>
</context>
<context>
    <name>cv::ui::HelpSupportPage</name>
    <message>
        <source>Getting started with Connect</source>
        <translation>Introduzione a Connect</translation>
    </message>
    <message>
        <source>Portals, accounts and users; the supply chain flows.</source>
        <translation>Portali, account e utenti; i flussi della supply chain.</translation>
    </message>
    <message>
        <source>Account module</source>
        <translation>Modulo Account</translation>
    </message>
    <message>
        <source>Account details, users and invitations (lab: Account Module).</source>
        <translation>Dati dell&apos;account, utenti e inviti (lab: Account Module).</translation>
    </message>
    <message>
        <source>Processing fulfillment requests (tutorial)</source>
        <translation>Elaborazione delle richieste di evasione (tutorial)</translation>
    </message>
    <message>
        <source>Step by step: fill the fulfillment parameters and approve a request (lab: Fulfillment).</source>
        <translation>Passo per passo: compilare i parametri di evasione e approvare una richiesta (lab: Fulfillment).</translation>
    </message>
    <message>
        <source>Requests management</source>
        <translation>Gestione delle richieste</translation>
    </message>
    <message>
        <source>Request details, approve, inquire and reject.</source>
        <translation>Dettagli della richiesta, approvazione, richiesta di informazioni e rifiuto.</translation>
    </message>
    <message>
        <source>Listings (video tutorial)</source>
        <translation>Inserzioni (video tutorial)</translation>
    </message>
    <message>
        <source>Listing products in a distributor&apos;s marketplaces.</source>
        <translation>Inserire prodotti nei marketplace di un distributore.</translation>
    </message>
    <message>
        <source>Localization</source>
        <translation>Localizzazione</translation>
    </message>
    <message>
        <source>Translating product content (lab: Inventory, product profile).</source>
        <translation>Tradurre i contenuti del prodotto (lab: Inventory, profilo del prodotto).</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>Token API</translation>
    </message>
    <message>
        <source>Tokens and their module permissions (lab: API Module).</source>
        <translation>I token e le loro autorizzazioni per modulo (lab: API Module).</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Support cases: states, attachments, comments (lab: Help &amp; Support).</source>
        <translation>Casi di supporto: stati, allegati, commenti (lab: Help &amp; Support).</translation>
    </message>
    <message>
        <source>SDKs and developer tools</source>
        <translation>SDK e strumenti per sviluppatori</translation>
    </message>
    <message>
        <source>Libraries and tools for the Connect API.</source>
        <translation>Librerie e strumenti per l&apos;API di Connect.</translation>
    </message>
    <message>
        <source>Connect Community (all documentation)</source>
        <translation>Connect Community (tutta la documentazione)</translation>
    </message>
    <message>
        <source>Every module, guide and release note.</source>
        <translation>Ogni modulo, guida e nota di rilascio.</translation>
    </message>
    <message>
        <source>Opens %1 in your browser</source>
        <translation>Apre %1 nel browser</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Novità</translation>
    </message>
    <message>
        <source>Support cases</source>
        <translation>Casi di supporto</translation>
    </message>
    <message>
        <source>Connect&apos;s documentation and tutorials, grouped by the lab&apos;s topics. Click a topic to open it in your web browser.</source>
        <translation>La documentazione e i tutorial di Connect, raggruppati per argomenti del lab. Fare clic su un argomento per aprirlo nel browser web.</translation>
    </message>
    <message>
        <source>Search cases by subject or ID (Ctrl+F)</source>
        <translation>Cerca casi per oggetto o ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nuovo caso</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>ID caso</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincr.</translation>
    </message>
    <message>
        <source>(after sync)</source>
        <translation>(dopo la sincronizzazione)</translation>
    </message>
    <message>
        <source>The account was closed; open it again to write the case.</source>
        <translation>L&apos;account è stato chiuso; riaprirlo per scrivere il caso.</translation>
    </message>
    <message>
        <source>Search support cases</source>
        <translation>Cerca casi di supporto</translation>
    </message>
    <message>
        <source>Matches the case&apos;s subject or ID</source>
        <translation>Corrisponde all&apos;oggetto o all&apos;ID del caso</translation>
    </message>
    <message>
        <source>Case state filter</source>
        <translation>Filtro per stato del caso</translation>
    </message>
</context>
<context>
    <name>cv::ui::InquireDialog</name>
    <message>
        <source>Inquire: ask the customer</source>
        <translation>Richiesta informazioni al cliente</translation>
    </message>
    <message>
        <source>(no template: the parameter messages only)</source>
        <translation>(nessun modello: solo i messaggi dei parametri)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parametro</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Valore attuale</translation>
    </message>
    <message>
        <source>Message for the customer</source>
        <translation>Messaggio per il cliente</translation>
    </message>
    <message>
        <source>&amp;Inquire</source>
        <translation>&amp;Richiedi informazioni</translation>
    </message>
    <message>
        <source>Inquire &amp;template:</source>
        <translation>&amp;Modello di richiesta informazioni:</translation>
    </message>
    <message>
        <source>Write a message next to each parameter the customer must correct:</source>
        <translation>Scrivere un messaggio accanto a ogni parametro che il cliente deve correggere:</translation>
    </message>
    <message>
        <source>Messages per parameter</source>
        <translation>Messaggi per parametro</translation>
    </message>
</context>
<context>
    <name>cv::ui::InventoryPage</name>
    <message>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Create a product from a definition file exported before</source>
        <translation>Crea un prodotto da un file di definizione esportato in precedenza</translation>
    </message>
    <message>
        <source>Save the selected product&apos;s definition to a file (JSON in the Connect API shapes)</source>
        <translation>Salva in un file la definizione del prodotto selezionato (JSON nel formato dell&apos;API di Connect)</translation>
    </message>
    <message>
        <source>Create Product</source>
        <translation>Crea prodotto</translation>
    </message>
    <message>
        <source>Name of the new product (you can change it until the product is published):</source>
        <translation>Nome del nuovo prodotto (modificabile fino alla pubblicazione del prodotto):</translation>
    </message>
    <message>
        <source>%1

Name of the new product:</source>
        <translation>%1

Nome del nuovo prodotto:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Il nome non può essere vuoto.</translation>
    </message>
    <message>
        <source>The product was not created: %1</source>
        <translation>Il prodotto non è stato creato: %1</translation>
    </message>
    <message>
        <source>Open an account (or the sandbox) to see its products.</source>
        <translation>Aprire un account (o la sandbox) per vederne i prodotti.</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>Nessun prodotto corrisponde a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No products yet.
Click “Create Product” to define your first one; it is saved on this computer and sent to Connect with the next sync.</source>
        <translation>Ancora nessun prodotto.
Fare clic su &quot;Crea prodotto&quot; per definire il primo; viene salvato su questo computer e inviato a Connect con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Search by name or ID (Ctrl+F)</source>
        <translation>Cerca per nome o ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Define a new product (Ctrl+N)</source>
        <translation>Definisci un nuovo prodotto (Ctrl+N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Non pubblicato</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>No product to export.</source>
        <translation>Nessun prodotto da esportare.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>Nessun account aperto.</translation>
    </message>
    <message>
        <source>%1 is not a product definition: %2 at byte %3.</source>
        <translation>%1 non è una definizione di prodotto: %2 al byte %3.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 non è stato importato: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Select a product to export first.</source>
        <translation>Selezionare prima un prodotto da esportare.</translation>
    </message>
    <message>
        <source>Export product definition</source>
        <translation>Esporta definizione prodotto</translation>
    </message>
    <message>
        <source>Product definition (*.json)</source>
        <translation>Definizione prodotto (*.json)</translation>
    </message>
    <message>
        <source>Import product definition</source>
        <translation>Importa definizione prodotto</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Cerca prodotti</translation>
    </message>
    <message>
        <source>Matches the product&apos;s name or ID</source>
        <translation>Corrisponde al nome o all&apos;ID del prodotto</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Prodotti</translation>
    </message>
</context>
<context>
    <name>cv::ui::ItemDialog</name>
    <message>
        <source>Edit Item</source>
        <translation>Modifica articolo</translation>
    </message>
    <message>
        <source>New Item</source>
        <translation>Nuovo articolo</translation>
    </message>
    <message>
        <source>e.g. SKU Users</source>
        <translation>ad es. SKU Utenti</translation>
    </message>
    <message>
        <source>Manufacturer part number, unique in the product</source>
        <translation>Codice articolo del produttore, univoco nel prodotto</translation>
    </message>
    <message>
        <source>Optional: what the customer gets with this item</source>
        <translation>Facoltativo: cosa ottiene il cliente con questo articolo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;MPN:</source>
        <translation>&amp;MPN:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>A quantity the customer buys in advance (licenses, users)</source>
        <translation>Una quantità che il cliente acquista in anticipo (licenze, utenti)</translation>
    </message>
    <message>
        <source>Billed from reported usage, always monthly</source>
        <translation>Fatturato in base all&apos;utilizzo dichiarato, sempre mensilmente</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Billing &amp;period:</source>
        <translation>&amp;Periodo di fatturazione:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unità:</translation>
    </message>
    <message>
        <source>P&amp;recision:</source>
        <translation>P&amp;recisione:</translation>
    </message>
    <message>
        <source>&amp;Commitment:</source>
        <translation>&amp;Impegno:</translation>
    </message>
    <message>
        <source>This item is published: only its name, MPN and description can change.</source>
        <translation>Questo articolo è pubblicato: possono cambiare solo nome, MPN e descrizione.</translation>
    </message>
    <message>
        <source>Name and MPN</source>
        <translation>Nome e MPN</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fatturazione</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Elimina articolo</translation>
    </message>
    <message>
        <source>Only draft items can be deleted.</source>
        <translation>Solo gli articoli in bozza possono essere eliminati.</translation>
    </message>
    <message>
        <source>Pay-as-you-go items have no commitment.</source>
        <translation>Gli articoli a consumo non hanno impegno.</translation>
    </message>
    <message>
        <source>%1 (not allowed for this period)</source>
        <translation>%1 (non consentito per questo periodo)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ItemsPage</name>
    <message>
        <source>&amp;New Item</source>
        <translation>&amp;Nuovo articolo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Periodo di fatturazione</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>The SKUs customers buy. Reservation items are bought in advance (users, licenses); pay-as-you-go items are billed monthly from reported usage.</source>
        <translation>Gli SKU acquistati dai clienti. Gli articoli in prenotazione si acquistano in anticipo (utenti, licenze); gli articoli a consumo vengono fatturati mensilmente in base all&apos;utilizzo dichiarato.</translation>
    </message>
    <message>
        <source>Add an item (Ctrl+N)</source>
        <translation>Aggiungi un articolo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter by name or MPN</source>
        <translation>Filtra per nome o MPN</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add item %1</source>
        <translation>Aggiungi articolo %1</translation>
    </message>
    <message>
        <source>Edit item %1</source>
        <translation>Modifica articolo %1</translation>
    </message>
    <message>
        <source>Delete item %1</source>
        <translation>Elimina articolo %1</translation>
    </message>
    <message>
        <source>Item “%1” deleted.</source>
        <translation>Articolo &quot;%1&quot; eliminato.</translation>
    </message>
    <message>
        <source>Filter items</source>
        <translation>Filtra articoli</translation>
    </message>
    <message>
        <source>Matches the item&apos;s name or MPN</source>
        <translation>Corrisponde al nome o all&apos;MPN dell&apos;articolo</translation>
    </message>
</context>
<context>
    <name>cv::ui::KeychainNotice</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Nascondi questo messaggio</translation>
    </message>
    <message>
        <source>Opening the system keychain for the sandbox account&apos;s API key.</source>
        <translation>Apertura del portachiavi di sistema per la chiave API dell&apos;account sandbox.</translation>
    </message>
    <message>
        <source>Opening the system keychain for the account&apos;s API key.</source>
        <translation>Apertura del portachiavi di sistema per la chiave API dell&apos;account.</translation>
    </message>
    <message>
        <source>Opening the system keychain for the API key of %1.</source>
        <translation>Apertura del portachiavi di sistema per la chiave API di %1.</translation>
    </message>
    <message>
        <source>If your desktop now asks for a keyring password (or to create a keyring), that window comes from the system keychain (e.g. GNOME Keyring or KWallet), which keeps saved passwords locked; Connect Vendor Desktop never sees that password. Unlock it to keep the key there.</source>
        <translation>Se ora il desktop chiede una password del portachiavi (o di crearne uno), quella finestra proviene dal portachiavi di sistema (ad es. GNOME Keyring o KWallet), che tiene bloccate le password salvate; Connect Vendor Desktop non vede mai quella password. Sbloccarlo per conservarvi la chiave.</translation>
    </message>
    <message>
        <source>If you cancel it, the sandbox still opens, with a key kept in memory for this run.</source>
        <translation>Annullando, la sandbox si apre comunque, con una chiave conservata in memoria per questa sessione.</translation>
    </message>
    <message>
        <source>If you cancel it, the account works offline until you unlock the keychain or enter the key.</source>
        <translation>Annullando, l&apos;account funziona offline finché non si sblocca il portachiavi o si inserisce la chiave.</translation>
    </message>
    <message>
        <source>The API key of %1 could not be read from the system keychain (%2). You can keep working offline: changes are saved on this computer. To sync, unlock your keychain (your desktop&apos;s keyring or password manager) and choose Try again, or enter the key for this run only.</source>
        <translation>Impossibile leggere la chiave API di %1 dal portachiavi di sistema (%2). È possibile continuare a lavorare offline: le modifiche vengono salvate su questo computer. Per sincronizzare, sbloccare il portachiavi (il portachiavi o il gestore di password del desktop) e scegliere Riprova, oppure inserire la chiave solo per questa sessione.</translation>
    </message>
    <message>
        <source>declined or not available</source>
        <translation>rifiutato o non disponibile</translation>
    </message>
    <message>
        <source>&amp;Enter key…</source>
        <translation>&amp;Inserisci chiave…</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>Il portachiavi di sistema ha negato l&apos;accesso.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s key could not be read from the system keychain (it stayed locked, or the key was never stored there).</source>
        <translation>Impossibile leggere la chiave della sandbox dal portachiavi di sistema (è rimasto bloccato, oppure la chiave non vi è mai stata salvata).</translation>
    </message>
    <message>
        <source>No system keychain could be used (none available, or its prompt was canceled).</source>
        <translation>Non è stato possibile usare alcun portachiavi di sistema (nessuno disponibile, oppure la sua richiesta è stata annullata).</translation>
    </message>
    <message>
        <source>The sandbox account therefore runs with a memory-only key: a local, throw-away key that opens only the sandbox on this computer. It is not stored in any keychain; the sandbox hands it over again at the next start.</source>
        <translation>L&apos;account sandbox funziona quindi con una chiave solo in memoria: una chiave locale e usa e getta che apre solo la sandbox su questo computer. Non viene salvata in alcun portachiavi; la sandbox la fornisce di nuovo all&apos;avvio successivo.</translation>
    </message>
</context>
<context>
    <name>cv::ui::LandingPage</name>
    <message>
        <source>Welcome to Connect</source>
        <translation>Benvenuto in Connect</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Benvenuto, %1</translation>
    </message>
    <message>
        <source>Choose a module to get started. Ctrl+1 to Ctrl+0 switch modules from anywhere.</source>
        <translation>Scegliere un modulo per iniziare. I tasti da Ctrl+1 a Ctrl+0 cambiano modulo da qualsiasi punto.</translation>
    </message>
</context>
<context>
    <name>cv::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>The language of the interface</source>
        <translation>La lingua dell&apos;interfaccia</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Lingua di sistema (%1)</translation>
    </message>
</context>
<context>
    <name>cv::ui::LinkListEditor</name>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Su</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Giù</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nuovo link</translation>
    </message>
</context>
<context>
    <name>cv::ui::ListingRequestPage</name>
    <message>
        <source>Request:</source>
        <translation>Richiesta:</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>non ancora inviata</translation>
    </message>
    <message>
        <source>%1 (not confirmed by Connect yet)</source>
        <extracomment>%1 is the listing request&apos;s state (&quot;In review&quot;…).</extracomment>
        <translation>%1 (non ancora confermato da Connect)</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Prodotto:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Marketplace:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Contratto:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aggiornato:</translation>
    </message>
    <message>
        <source>Saved; it is sent to Connect with the next sync.</source>
        <translation>Salvata; verrà inviata a Connect con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>You are offline: this request is saved on this computer and sent to Connect at the next sync.</source>
        <translation>Offline: questa richiesta è salvata su questo computer e verrà inviata a Connect alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s provider reviews the request; its state follows the provider&apos;s decision at each sync.</source>
        <translation>Il distributore del marketplace esamina la richiesta; il suo stato segue la decisione del distributore a ogni sincronizzazione.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Annulla richiesta</translation>
    </message>
    <message>
        <source>Cancel this listing request?</source>
        <translation>Annullare questa richiesta di inserzione?</translation>
    </message>
    <message>
        <source>Listing request</source>
        <translation>Richiesta di inserzione</translation>
    </message>
    <message>
        <source>← All listing requests</source>
        <translation>← Tutte le richieste di inserzione</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Invia per la revisione</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Torna alla bozza</translation>
    </message>
    <message>
        <source>Cancel request…</source>
        <translation>Annulla richiesta…</translation>
    </message>
    <message>
        <source>New listing request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Nuova richiesta di inserzione per %1</translation>
    </message>
    <message>
        <source>Update request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Richiesta di aggiornamento per %1</translation>
    </message>
    <message>
        <source>Removal request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Richiesta di rimozione per %1</translation>
    </message>
    <message>
        <source>Listing request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Richiesta di inserzione per %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::ListingsPage</name>
    <message>
        <source>Request removal</source>
        <translation>Richiedi rimozione</translation>
    </message>
    <message>
        <source>Request update</source>
        <translation>Richiedi aggiornamento</translation>
    </message>
    <message>
        <source>Ask the provider to remove listing %1 from its marketplace. Reason (optional):</source>
        <translation>Chiedere al distributore di rimuovere l&apos;inserzione %1 dal suo marketplace. Motivo (facoltativo):</translation>
    </message>
    <message>
        <source>Ask the provider to update listing %1 to the product&apos;s latest version. Note (optional):</source>
        <translation>Chiedere al distributore di aggiornare l&apos;inserzione %1 all&apos;ultima versione del prodotto. Nota (facoltativa):</translation>
    </message>
    <message>
        <source>Listing request</source>
        <translation>Richiesta di inserzione</translation>
    </message>
    <message>
        <source>Create listing…</source>
        <translation>Crea inserzione…</translation>
    </message>
    <message>
        <source>Request update…</source>
        <translation>Richiedi aggiornamento…</translation>
    </message>
    <message>
        <source>Request removal…</source>
        <translation>Richiedi rimozione…</translation>
    </message>
    <message>
        <source>Select a listed product to ask the provider to update it to its latest version.</source>
        <translation>Selezionare un prodotto inserito per chiedere al distributore di aggiornarlo all&apos;ultima versione.</translation>
    </message>
    <message>
        <source>Select a listed product to ask the provider to remove it from the marketplace.</source>
        <translation>Selezionare un prodotto inserito per chiedere al distributore di rimuoverlo dal marketplace.</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Inserzioni</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Products × marketplaces</source>
        <translation>Prodotti × marketplace</translation>
    </message>
    <message>
        <source>Where each published product is listed. Green: listed; yellow: a request is pending; grey: can be listed; red: not allowed (no active distribution contract).</source>
        <translation>Dove è inserito ogni prodotto pubblicato. Verde: inserito; giallo: una richiesta è in sospeso; grigio: può essere inserito; rosso: non consentito (nessun contratto di distribuzione attivo).</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Qualsiasi tipo</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contratto</translation>
    </message>
    <message>
        <source>Pending request</source>
        <translation>Richiesta in sospeso</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Search by product, marketplace or ID</source>
        <translation>Cerca per prodotto, marketplace o ID</translation>
    </message>
    <message>
        <source>Search listings</source>
        <translation>Cerca inserzioni</translation>
    </message>
    <message>
        <source>Matches the product, the marketplace or the ID</source>
        <translation>Corrisponde al prodotto, al marketplace o all&apos;ID</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>Richieste di inserzione</translation>
    </message>
    <message>
        <source>Products by marketplace</source>
        <translation>Prodotti per marketplace</translation>
    </message>
    <message>
        <source>Listing status filter</source>
        <translation>Filtro per stato dell&apos;inserzione</translation>
    </message>
    <message>
        <source>Request state filter</source>
        <translation>Filtro per stato della richiesta</translation>
    </message>
    <message>
        <source>Request type filter</source>
        <translation>Filtro per tipo di richiesta</translation>
    </message>
</context>
<context>
    <name>cv::ui::LocalContentPage</name>
    <message>
        <source>Open link</source>
        <translation>Apri link</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Aprire questo indirizzo nel browser web?

%1</translation>
    </message>
</context>
<context>
    <name>cv::ui::LocalizationTab</name>
    <message>
        <source>Download .po</source>
        <translation>Scarica .po</translation>
    </message>
    <message>
        <source>Gettext catalogs (*.po)</source>
        <translation>Cataloghi gettext (*.po)</translation>
    </message>
    <message>
        <source>Download .ts</source>
        <translation>Scarica .ts</translation>
    </message>
    <message>
        <source>Qt Linguist files (*.ts)</source>
        <translation>File Qt Linguist (*.ts)</translation>
    </message>
    <message>
        <source>Upload translations</source>
        <translation>Carica traduzioni</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nome del prodotto</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Descrizione breve</translation>
    </message>
    <message>
        <source>Detailed description</source>
        <translation>Descrizione dettagliata</translation>
    </message>
    <message>
        <source>Service description</source>
        <translation>Descrizione del servizio</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Guida introduttiva</translation>
    </message>
    <message>
        <source>Provisioning message</source>
        <translation>Messaggio di provisioning</translation>
    </message>
    <message>
        <source>Download link title</source>
        <translation>Titolo del link di download</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Titolo del documento</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Nome dell&apos;articolo</translation>
    </message>
    <message>
        <source>Item description</source>
        <translation>Descrizione dell&apos;articolo</translation>
    </message>
    <message>
        <source>Parameter title</source>
        <translation>Titolo del parametro</translation>
    </message>
    <message>
        <source>Parameter description</source>
        <translation>Descrizione del parametro</translation>
    </message>
    <message>
        <source>Parameter hint</source>
        <translation>Suggerimento del parametro</translation>
    </message>
    <message>
        <source>Parameter placeholder</source>
        <translation>Testo segnaposto del parametro</translation>
    </message>
    <message>
        <source>Choice label</source>
        <translation>Etichetta della scelta</translation>
    </message>
    <message>
        <source>Template title</source>
        <translation>Titolo del modello</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>Corpo del modello</translation>
    </message>
    <message>
        <source>Action title</source>
        <translation>Titolo dell&apos;azione</translation>
    </message>
    <message>
        <source>Action description</source>
        <translation>Descrizione dell&apos;azione</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Translate what customers see of this product. Edits are saved at once and sent with the next sync; translators can work on a .po (gettext) or .ts (Qt Linguist) file.</source>
        <translation>Tradurre ciò che i clienti vedono di questo prodotto. Le modifiche vengono salvate subito e inviate alla prossima sincronizzazione; i traduttori possono lavorare su un file .po (gettext) o .ts (Qt Linguist).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduzione</translation>
    </message>
    <message>
        <source>Search fields and texts</source>
        <translation>Cerca campi e testi</translation>
    </message>
    <message>
        <source>&amp;Untranslated first</source>
        <translation>&amp;Prima i non tradotti</translation>
    </message>
    <message>
        <source>Source (English)</source>
        <translation>Origine (inglese)</translation>
    </message>
    <message>
        <source>&amp;Download .po</source>
        <translation>&amp;Scarica .po</translation>
    </message>
    <message>
        <source>Download .&amp;ts</source>
        <translation>Scarica .&amp;ts</translation>
    </message>
    <message>
        <source>This product was created on this computer: it can be translated once it has reached Connect (after the next sync).</source>
        <translation>Questo prodotto è stato creato su questo computer: potrà essere tradotto quando avrà raggiunto Connect (dopo la prossima sincronizzazione).</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>(not translated)</source>
        <translation>(non tradotto)</translation>
    </message>
    <message>
        <source>Not translated: customers see the English text.</source>
        <translation>Non tradotto: i clienti vedono il testo inglese.</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Salvato durante la digitazione.</translation>
    </message>
    <message>
        <source>Placeholders and links match the source.</source>
        <translation>Segnaposto e link corrispondono all&apos;origine.</translation>
    </message>
    <message>
        <source>missing placeholder %1</source>
        <translation>segnaposto %1 mancante</translation>
    </message>
    <message>
        <source>missing link target %1</source>
        <translation>destinazione del link %1 mancante</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1: the file has %2 MB; files of more than %3 MB are refused.</source>
        <translation>%1: il file è di %2 MB; i file di oltre %3 MB vengono rifiutati.</translation>
    </message>
    <message>
        <source>Nothing was applied. Problems in %1:</source>
        <translation>Non è stato applicato nulla. Problemi in %1:</translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>Non è stato applicato nulla: %1</translation>
    </message>
    <message>
        <source>%1: %2 translations applied; %3 outdated ones left out. They are sent with the next sync.</source>
        <translation>%1: %2 traduzioni applicate; %3 obsolete tralasciate. Vengono inviate alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>%1: %2 translations applied. They are sent with the next sync.</source>
        <translation>%1: %2 traduzioni applicate. Vengono inviate alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>U&amp;pload .po…</source>
        <translation>Ca&amp;rica .po…</translation>
    </message>
    <message>
        <source>Upload .ts…</source>
        <translation>Carica .ts…</translation>
    </message>
    <message>
        <source>Add a language…</source>
        <translation>Aggiungi una lingua…</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… e altri %1</translation>
    </message>
    <message>
        <source>Nothing to apply: every translation in %1 is already there.</source>
        <translation>Niente da applicare: tutte le traduzioni in %1 sono già presenti.</translation>
    </message>
    <message>
        <source>Upload of %1 canceled; nothing was applied.</source>
        <translation>Caricamento di %1 annullato; non è stato applicato nulla.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>Lingua da aggiungere</translation>
    </message>
    <message>
        <source>Texts and their translations</source>
        <translation>Testi e relative traduzioni</translation>
    </message>
    <message>
        <source>1 text written to %1.</source>
        <translation>1 testo scritto in %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n texts written to %1.</source>
        <translation>
            <numerusform>%n testo scritto in %1.</numerusform>
            <numerusform>%n testi scritti in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::MainWindow</name>
    <message>
        <source>Add a Connect account</source>
        <translation>Aggiungi un account Connect</translation>
    </message>
    <message>
        <source>Offline workspace</source>
        <translation>Area di lavoro offline</translation>
    </message>
    <message>
        <source>Connect Vendor Desktop</source>
        <translation>Connect Vendor Desktop</translation>
    </message>
    <message>
        <source>Sandbox on this computer (%1)</source>
        <translation>Sandbox su questo computer (%1)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>Offline workspace: no account</source>
        <translation>Area di lavoro offline: nessun account</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Non ancora sincronizzato</translation>
    </message>
    <message>
        <source>Nothing to sync</source>
        <translation>Niente da sincronizzare</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Send local changes and fetch what changed (F5)</source>
        <translation>Invia le modifiche locali e recupera le novità (F5)</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Avvio della sandbox…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <source>No key for %1 could be read from the system keychain (%2).
Enter the key to use it for this run only; it is not saved.</source>
        <translation>Impossibile leggere dal portachiavi di sistema una chiave per %1 (%2).
Inserire la chiave per usarla solo in questa sessione; non verrà salvata.</translation>
    </message>
    <message>
        <source>No system keychain</source>
        <translation>Nessun portachiavi di sistema</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Sign out of %1? Its API key is removed from this computer&apos;s keychain.</source>
        <translation>Uscire da %1? La sua chiave API viene rimossa dal portachiavi di questo computer.</translation>
    </message>
    <message>
        <source>The offline data of the account can stay for when you sign in again, or be deleted now. Changes not yet sent are lost if you delete it.</source>
        <translation>I dati offline dell&apos;account possono essere conservati per il prossimo accesso oppure eliminati ora. Eliminandoli, le modifiche non ancora inviate vanno perse.</translation>
    </message>
    <message>
        <source>Sign out and delete offline data</source>
        <translation>Esci ed elimina i dati offline</translation>
    </message>
    <message>
        <source>The system keychain could not store the API key (%1).

Keep the key in memory for this run only? You will need to enter it again next time; to keep it, unlock or set up your desktop&apos;s keyring and add the account again.</source>
        <translation>Il portachiavi di sistema non ha potuto memorizzare la chiave API (%1).

Mantenere la chiave in memoria solo per questa sessione? Sarà necessario inserirla di nuovo la prossima volta; per conservarla, sbloccare o configurare il portachiavi del desktop e aggiungere di nuovo l&apos;account.</translation>
    </message>
    <message>
        <source>access declined</source>
        <translation>accesso negato</translation>
    </message>
    <message>
        <source>Notifications: the emails Connect sent you (Ctrl+Shift+N)</source>
        <translation>Notifiche: le e-mail inviate da Connect (Ctrl+Maiusc+N)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Impostazioni…</translation>
    </message>
    <message>
        <source>Theme, sync, proxy, notifications and offline data (Ctrl+,)</source>
        <translation>Tema, sincronizzazione, proxy, notifiche e dati offline (Ctrl+,)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ModuleNavigator</name>
    <message>
        <source>Switch module (Ctrl+1 to Ctrl+0)</source>
        <translation>Cambia modulo (da Ctrl+1 a Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ModulePage</name>
    <message>
        <source>The %1 screens are not built yet in this version of Connect Vendor Desktop.
The module&apos;s data is already synced with Connect and kept on this computer for them.</source>
        <translation>Le schermate di %1 non sono ancora disponibili in questa versione di Connect Vendor Desktop.
I dati del modulo sono già sincronizzati con Connect e conservati su questo computer per quando lo saranno.</translation>
    </message>
</context>
<context>
    <name>cv::ui::NewCaseDialog</name>
    <message>
        <source>Re&amp;move file</source>
        <translation>Ri&amp;muovi file</translation>
    </message>
    <message>
        <source>New support case</source>
        <translation>Nuovo caso di supporto</translation>
    </message>
    <message>
        <source>What is the problem, in one line</source>
        <translation>Qual è il problema, in una riga</translation>
    </message>
    <message>
        <source>What happened, what you expected, and the IDs involved (product, request)</source>
        <translation>Cosa è successo, cosa ci si aspettava e gli ID coinvolti (prodotto, richiesta)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
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
        <translation>Log o screenshot, fino a %1 ciascuno.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Oggetto:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorità:</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>A&amp;llegati:</translation>
    </message>
    <message>
        <source>The case is saved on this computer at once and sent to Connect on the next sync.</source>
        <translation>Il caso viene salvato subito su questo computer e inviato a Connect alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Apri &amp;caso</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Allega file</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Aggiungi &amp;file…</translation>
    </message>
    <message>
        <source>Discard this case?</source>
        <translation>Scartare questo caso?</translation>
    </message>
    <message>
        <source>The subject, description and files you entered are not kept.</source>
        <translation>L&apos;oggetto, la descrizione e i file inseriti non vengono conservati.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Scarta</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continua a modificare</translation>
    </message>
</context>
<context>
    <name>cv::ui::NotificationsPanel</name>
    <message>
        <source>Notifications are read from Connect: they show when the app is online.</source>
        <translation>Le notifiche vengono lette da Connect: compaiono quando l&apos;app è online.</translation>
    </message>
    <message>
        <source>The notifications could not be loaded: %1</source>
        <translation>Impossibile caricare le notifiche: %1</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Ancora nessuna notifica.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>To the customer, %1 · %2</source>
        <translation>Al cliente, %1 · %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Apri %1</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Da:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Oggetto:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Show the request this email is about in Fulfillment</source>
        <translation>Mostra in Evasione ordini la richiesta a cui si riferisce questa e-mail</translation>
    </message>
    <message>
        <source>1 notification</source>
        <translation>1 notifica</translation>
    </message>
    <message numerus="yes">
        <source>%Ln notifications</source>
        <translation>
            <numerusform>%Ln notifica</numerusform>
            <numerusform>%Ln notifiche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::ParameterDialog</name>
    <message>
        <source>Required: the customer must fill it in</source>
        <translation>Obbligatorio: il cliente deve compilarlo</translation>
    </message>
    <message>
        <source>Unique: no two subscriptions may share a value</source>
        <translation>Univoco: due abbonamenti non possono avere lo stesso valore</translation>
    </message>
    <message>
        <source>Hidden: not shown to the customer</source>
        <translation>Nascosto: non mostrato al cliente</translation>
    </message>
    <message>
        <source>Edit Parameter</source>
        <translation>Modifica parametro</translation>
    </message>
    <message>
        <source>Add Parameter</source>
        <translation>Aggiungi parametro</translation>
    </message>
    <message>
        <source>Used in requests and templates as {{ id }}. Letters, digits, &quot;_&quot; and &quot;-&quot; only.</source>
        <translation>Usato in richieste e modelli come {{ id }}. Solo lettere, cifre, &quot;_&quot; e &quot;-&quot;.</translation>
    </message>
    <message>
        <source>e.g. Administrator email</source>
        <translation>ad es. E-mail dell&apos;amministratore</translation>
    </message>
    <message>
        <source>Help text shown under the field</source>
        <translation>Testo di aiuto mostrato sotto il campo</translation>
    </message>
    <message>
        <source>Asked from the customer when ordering</source>
        <translation>Richiesto al cliente al momento dell&apos;ordine</translation>
    </message>
    <message>
        <source>Filled in by the vendor while fulfilling the request</source>
        <translation>Compilato dal fornitore durante l&apos;evasione della richiesta</translation>
    </message>
    <message>
        <source>Set by the vendor or provider per product, item or marketplace</source>
        <translation>Impostato dal fornitore o dal distributore per prodotto, articolo o marketplace</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>A&amp;mbito:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>Choices:</source>
        <translation>Scelte:</translation>
    </message>
    <message>
        <source>Constraints:</source>
        <translation>Vincoli:</translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation>Visibilità:</translation>
    </message>
    <message>
        <source>Type, phase and scope are fixed once the parameter exists.</source>
        <translation>Tipo, fase e ambito sono fissi una volta creato il parametro.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identità</translation>
    </message>
    <message>
        <source>Type and constraints</source>
        <translation>Tipo e vincoli</translation>
    </message>
    <message>
        <source>Delete parameter</source>
        <translation>Elimina parametro</translation>
    </message>
    <message>
        <source>title: Give the parameter a title.</source>
        <translation>title: assegnare un titolo al parametro.</translation>
    </message>
    <message>
        <source>name: Complete the ID after the &quot;param_&quot; prefix.</source>
        <translation>name: completare l&apos;ID dopo il prefisso &quot;param_&quot;.</translation>
    </message>
    <message>
        <source>Type, phase and scope are fixed once the parameter exists: to change them, add a new parameter and delete this one.</source>
        <translation>Tipo, fase e ambito sono fissi una volta creato il parametro: per cambiarli, aggiungi un nuovo parametro ed elimina questo.</translation>
    </message>
</context>
<context>
    <name>cv::ui::ParametersPage</name>
    <message>
        <source>&amp;Add Parameter</source>
        <translation>&amp;Aggiungi parametro</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
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
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obbligatorio</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facoltativo</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametri</translation>
    </message>
    <message>
        <source>Ordering parameters are asked from the customer; fulfillment parameters are filled in by you while processing the request. Use an ID in templates as {{ id }}.</source>
        <translation>I parametri d&apos;ordine vengono richiesti al cliente; i parametri di evasione vengono compilati dal fornitore durante l&apos;elaborazione della richiesta. Usare un ID nei modelli come {{ id }}.</translation>
    </message>
    <message>
        <source>Add a parameter (Ctrl+N)</source>
        <translation>Aggiungi un parametro (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter by ID</source>
        <translation>Filtra per ID</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Parametri</translation>
    </message>
    <message>
        <source>&amp;Capabilities</source>
        <translation>&amp;Funzionalità</translation>
    </message>
    <message>
        <source>Add parameter %1</source>
        <translation>Aggiungi parametro %1</translation>
    </message>
    <message>
        <source>Edit parameter %1</source>
        <translation>Modifica parametro %1</translation>
    </message>
    <message>
        <source>Delete parameter %1</source>
        <translation>Elimina parametro %1</translation>
    </message>
    <message>
        <source>Parameter “%1” deleted.</source>
        <translation>Parametro &quot;%1&quot; eliminato.</translation>
    </message>
    <message>
        <source>Filter parameters</source>
        <translation>Filtra parametri</translation>
    </message>
    <message>
        <source>Matches the parameter&apos;s ID</source>
        <translation>Corrisponde all&apos;ID del parametro</translation>
    </message>
</context>
<context>
    <name>cv::ui::PreviewPage</name>
    <message>
        <source>Previews run in Connect: open an account first.</source>
        <translation>Le anteprime vengono eseguite in Connect: aprire prima un account.</translation>
    </message>
    <message>
        <source>Previews run in Connect, so they need a connection: this works again once the app is online and synced.</source>
        <translation>Le anteprime vengono eseguite in Connect e richiedono quindi una connessione: funzionerà di nuovo quando l&apos;app sarà online e sincronizzata.</translation>
    </message>
    <message>
        <source>This product has not reached Connect yet: sync first, then start the preview.</source>
        <translation>Questo prodotto non ha ancora raggiunto Connect: sincronizzare prima, quindi avviare l&apos;anteprima.</translation>
    </message>
    <message>
        <source>Add at least one item to the product before previewing it.</source>
        <translation>Aggiungere almeno un articolo al prodotto prima di visualizzarne l&apos;anteprima.</translation>
    </message>
    <message>
        <source>The preview could not start: %1</source>
        <translation>Impossibile avviare l&apos;anteprima: %1</translation>
    </message>
    <message>
        <source>The account was closed.</source>
        <translation>L&apos;account è stato chiuso.</translation>
    </message>
    <message>
        <source>The preview status could not be read: %1</source>
        <translation>Impossibile leggere lo stato dell&apos;anteprima: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completato</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>Asset %1 is ready for %2. &lt;a href=&quot;request:%3&quot;&gt;Manual processing is required for the purchase request %3: open it in Fulfillment&lt;/a&gt;</source>
        <translation>L&apos;asset %1 è pronto per %2. &lt;a href=&quot;request:%3&quot;&gt;La richiesta di acquisto %3 richiede un&apos;elaborazione manuale: aprirla in Evasione ordini&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Simulate how the product is ordered, fulfilled and seen by the customer. Connect creates a customer and a reseller account, a subscription and a purchase request on the preview connection. Keep the generated details, or turn on Customize to edit them.</source>
        <translation>Simulare come il prodotto viene ordinato, evaso e visto dal cliente. Connect crea un account cliente e un account rivenditore, un abbonamento e una richiesta di acquisto sulla connessione di anteprima. Mantenere i dati generati oppure attivare Personalizza per modificarli.</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Dati dell&apos;account</translation>
    </message>
    <message>
        <source>C&amp;ustomize account details</source>
        <translation>&amp;Personalizza i dati dell&apos;account</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Reseller (tier 1)</source>
        <translation>Rivenditore (Tier 1)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Contact first name</source>
        <translation>Nome del contatto</translation>
    </message>
    <message>
        <source>Contact last name</source>
        <translation>Cognome del contatto</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Asset details</source>
        <translation>Dati dell&apos;asset</translation>
    </message>
    <message>
        <source>Customize &amp;asset details</source>
        <translation>Personalizza i dati dell&apos;&amp;asset</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ordering parameters:&lt;/b&gt; none</source>
        <translation>&lt;b&gt;Parametri d&apos;ordine:&lt;/b&gt; nessuno</translation>
    </message>
    <message>
        <source>&lt;b&gt;Item quantities&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quantità degli articoli&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Start Preview</source>
        <translation>A&amp;vvia anteprima</translation>
    </message>
    <message>
        <source>Start the simulation in the preview environment (Ctrl+Return)</source>
        <translation>Avvia la simulazione nell&apos;ambiente di anteprima (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview status&lt;/b&gt;</source>
        <translation>&lt;b&gt;Stato dell&apos;anteprima&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ordering parameters&lt;/b&gt;&lt;br&gt;Example values, as a customer would enter them. Leave a required one (*) empty to preview an order that waits for the customer: the request is Inquiring and you fill the value in on the customer&apos;s behalf, as in the lab.</source>
        <translation>&lt;b&gt;Parametri d&apos;ordine&lt;/b&gt;&lt;br&gt;Valori di esempio, come li inserirebbe un cliente. Lasciare vuoto un parametro obbligatorio (*) per visualizzare in anteprima un ordine in attesa del cliente: la richiesta passa allo stato Richiesta informazioni e il valore viene compilato per conto del cliente, come nel lab.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparazione dell&apos;anteprima…</translation>
    </message>
    <message>
        <source>in progress…</source>
        <translation>in corso…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last preview&lt;/b&gt; (%1): </source>
        <extracomment>Before the result of a preview started earlier (not on this page now); %1 is its date.</extracomment>
        <translation>&lt;b&gt;Ultima anteprima&lt;/b&gt; (%1): </translation>
    </message>
    <message>
        <source>&lt;b&gt;The preview is ready.&lt;/b&gt; Purchase request %1 was approved and asset %2 is active for %3. Sign in to the customer panel to see the product as the customer does.</source>
        <translation>&lt;b&gt;L&apos;anteprima è pronta.&lt;/b&gt; La richiesta di acquisto %1 è stata approvata e l&apos;asset %2 è attivo per %3. Accedi al pannello cliente per vedere il prodotto come lo vede il cliente.</translation>
    </message>
    <message>
        <source>Purchase request %1 is approved on this computer. The preview is ready once the approval has reached Connect: sync (F5).</source>
        <translation>La richiesta di acquisto %1 è approvata su questo computer. L&apos;anteprima sarà pronta quando l&apos;approvazione avrà raggiunto Connect: sincronizza (F5).</translation>
    </message>
    <message>
        <source>Purchase request %1 was rejected, so this preview ends without a subscription. Start Preview again for a new one.</source>
        <translation>La richiesta di acquisto %1 è stata rifiutata, quindi questa anteprima termina senza abbonamento. Avvia di nuovo l&apos;anteprima per crearne una nuova.</translation>
    </message>
    <message>
        <source>Open %1 in Fulfillment</source>
        <extracomment>%1 is a request ID.</extracomment>
        <translation>Apri %1 in Fulfillment</translation>
    </message>
    <message>
        <source>Sign in to the customer &amp;panel</source>
        <translation>Accedi al &amp;pannello cliente</translation>
    </message>
    <message>
        <source>See the product as the customer sees it in the customer control panel (CCP; needs a connection)</source>
        <translation>Vedi il prodotto come lo vede il cliente nel pannello di controllo (CCP; richiede una connessione)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ProductListDelegate</name>
    <message>
        <source>%1 · not synced</source>
        <translation>%1 · non sincronizzato</translation>
    </message>
    <message>
        <source>(assigned at the next sync)</source>
        <translation>(assegnato alla prossima sincronizzazione)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ProductPage</name>
    <message>
        <source>New product (its ID comes with the next sync)</source>
        <translation>Nuovo prodotto (il suo ID arriva con la prossima sincronizzazione)</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Non pubblicato</translation>
    </message>
    <message>
        <source>● Changes saved on this computer, not synced yet</source>
        <translation>● Modifiche salvate su questo computer, non ancora sincronizzate</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizzato</translation>
    </message>
    <message>
        <source>The next sync sends these changes to Connect (F5 syncs now).</source>
        <translation>La prossima sincronizzazione invia queste modifiche a Connect (F5 sincronizza ora).</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametri</translation>
    </message>
    <message>
        <source>UI</source>
        <translation>UI</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Pubblica</translation>
    </message>
    <message>
        <source>Back to all products (Alt+Left)</source>
        <translation>Torna a tutti i prodotti (Alt+Sinistra)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+%1</source>
        <translation>Ctrl+Alt+%1</translation>
    </message>
    <message>
        <source>The %1 page of the product comes here.</source>
        <translation>Qui comparirà la pagina %1 del prodotto.</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>product page: the items (SKUs) the product sells</comment>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>Preview</source>
        <comment>product page: try the product as a customer</comment>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>← All products</source>
        <translation>← Tutti i prodotti</translation>
    </message>
    <message>
        <source>Product pages</source>
        <translation>Pagine del prodotto</translation>
    </message>
</context>
<context>
    <name>cv::ui::ProfilePage</name>
    <message>
        <source>Assigned by Connect at the next sync</source>
        <translation>Assegnato da Connect alla prossima sincronizzazione</translation>
    </message>
    <message>
        <source>Changes are saved as you type.</source>
        <translation>Le modifiche vengono salvate durante la digitazione.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Modifica profilo</translation>
    </message>
    <message>
        <source>Saved on this computer; sent with the next sync.</source>
        <translation>Salvato su questo computer; inviato con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>This change was not saved: %1</source>
        <translation>Questa modifica non è stata salvata: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation>Bloccato: %1</translation>
    </message>
    <message>
        <source>No logo.
Drop a PNG or JPEG here.</source>
        <translation>Nessun logo.
Trascinare qui un PNG o un JPEG.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Logo saved on this computer; uploaded with the next sync.</source>
        <translation>Logo salvato su questo computer; caricato con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Choose the product logo</source>
        <translation>Scegli il logo del prodotto</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Immagini (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>ID prodotto</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Scegli &amp;logo…</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB; a square image of at least 120 × 120 pixels looks best. You can also drop a file on the logo.</source>
        <translation>PNG o JPEG, al massimo 1 MB; un&apos;immagine quadrata di almeno 120 × 120 pixel offre il risultato migliore. È anche possibile trascinare un file sul logo.</translation>
    </message>
    <message>
        <source>&amp;Short description</source>
        <translation>Descrizione &amp;breve</translation>
    </message>
    <message>
        <source>One or two sentences shown in catalogs and search results.</source>
        <translation>Una o due frasi mostrate nei cataloghi e nei risultati di ricerca.</translation>
    </message>
    <message>
        <source>&amp;Detailed overview</source>
        <translation>Panoramica &amp;dettagliata</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, # headings, lists, tables and links. The preview on the right shows it as customers will see it.</source>
        <translation>Markdown: **grassetto**, *corsivo*, # titoli, elenchi, tabelle e link. L&apos;anteprima a destra lo mostra come lo vedranno i clienti.</translation>
    </message>
    <message>
        <source>What the product does, who it is for, what is included…</source>
        <translation>Cosa fa il prodotto, a chi è rivolto, cosa include…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Descrizione breve</translation>
    </message>
    <message>
        <source>Detailed overview</source>
        <translation>Panoramica dettagliata</translation>
    </message>
    <message>
        <source>“%1” was changed meanwhile (a sync or a conflict decision) while you were typing in it; your text is not saved yet. &lt;a href=&quot;theirs:%2&quot;&gt;Use the new text&lt;/a&gt; · &lt;a href=&quot;mine:%2&quot;&gt;Keep mine&lt;/a&gt;</source>
        <translation>&quot;%1&quot; è stato modificato nel frattempo (da una sincronizzazione o da una decisione su un conflitto) durante la digitazione; il testo non è ancora salvato. &lt;a href=&quot;theirs:%2&quot;&gt;Usa il nuovo testo&lt;/a&gt; · &lt;a href=&quot;mine:%2&quot;&gt;Mantieni il mio&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Logo stored on Connect (shown when online).
Drop an image here to replace it.</source>
        <translation>Logo memorizzato su Connect (mostrato quando si è online).
Trascinare qui un&apos;immagine per sostituirlo.</translation>
    </message>
    <message numerus="yes">
        <source>The short description is limited to %n characters; shorten it to save it.</source>
        <translation>
            <numerusform>La descrizione breve è limitata a %n carattere; accorciarla per salvarla.</numerusform>
            <numerusform>La descrizione breve è limitata a %n caratteri; accorciarla per salvarla.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::PublishPage</name>
    <message>
        <source>Publishing needs a connection to Connect. The checklist and the changes are shown from this computer.</source>
        <translation>La pubblicazione richiede una connessione a Connect. La checklist e le modifiche vengono mostrate da questo computer.</translation>
    </message>
    <message>
        <source>Complete the required steps (marked ✗) to publish.</source>
        <translation>Completare i passaggi obbligatori (contrassegnati con ✗) per pubblicare.</translation>
    </message>
    <message>
        <source>Profile: short and detailed descriptions are filled in</source>
        <translation>Profilo: le descrizioni breve e dettagliata sono compilate</translation>
    </message>
    <message>
        <source>Items: at least one item is defined</source>
        <translation>Articoli: è definito almeno un articolo</translation>
    </message>
    <message>
        <source>Items: add at least one item (required)</source>
        <translation>Articoli: aggiungere almeno un articolo (obbligatorio)</translation>
    </message>
    <message>
        <source>Parameters: defined</source>
        <translation>Parametri: definiti</translation>
    </message>
    <message>
        <source>Parameters: none defined yet</source>
        <translation>Parametri: nessuno ancora definito</translation>
    </message>
    <message>
        <source>Templates: the activation template uses only known parameters</source>
        <translation>Modelli: il modello di attivazione usa solo parametri noti</translation>
    </message>
    <message>
        <source>Templates: there is no activation (asset fulfillment) template</source>
        <translation>Modelli: non esiste un modello di attivazione (evasione dell&apos;asset)</translation>
    </message>
    <message>
        <source>Preview: a preview request was run</source>
        <translation>Anteprima: è stata eseguita una richiesta di anteprima</translation>
    </message>
    <message>
        <source>Preview: not run yet (recommended)</source>
        <translation>Anteprima: non ancora eseguita (consigliato)</translation>
    </message>
    <message>
        <source>Synced: Connect has every change of the product</source>
        <translation>Sincronizzato: Connect ha tutte le modifiche del prodotto</translation>
    </message>
    <message>
        <source>Synced: changes wait on this computer; sync first (F5) (required)</source>
        <translation>Sincronizzato: alcune modifiche attendono su questo computer; sincronizzare prima (F5) (obbligatorio)</translation>
    </message>
    <message>
        <source>• The product name cannot be changed after the first version is published.
• Published items cannot be removed, and only their name, MPN and description can be edited.</source>
        <translation>• Il nome del prodotto non può essere modificato dopo la pubblicazione della prima versione.
• Gli articoli pubblicati non possono essere rimossi e se ne possono modificare solo nome, MPN e descrizione.</translation>
    </message>
    <message>
        <source>Changes since the last published version (loading…)</source>
        <translation>Modifiche dall&apos;ultima versione pubblicata (caricamento…)</translation>
    </message>
    <message>
        <source>Changes: first version (compared with nothing)</source>
        <translation>Modifiche: prima versione (nessun confronto)</translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <translation>Modifiche dalla versione %1</translation>
    </message>
    <message>
        <source>General attributes</source>
        <translation>Attributi generali</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametri</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Funzionalità</translation>
    </message>
    <message>
        <source>added</source>
        <translation>aggiunto</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>rimosso</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificato</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nome del prodotto</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Descrizione breve</translation>
    </message>
    <message>
        <source>Detailed description</source>
        <translation>Descrizione dettagliata</translation>
    </message>
    <message>
        <source>Customer UI settings</source>
        <translation>Impostazioni dell&apos;interfaccia cliente</translation>
    </message>
    <message>
        <source>versioned (takes effect when published)</source>
        <translation>con versione (ha effetto alla pubblicazione)</translation>
    </message>
    <message>
        <source>live at once (not versioned)</source>
        <translation>immediato (senza versione)</translation>
    </message>
    <message>
        <source>No changes since version %1</source>
        <translation>Nessuna modifica dalla versione %1</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Pubblica</translation>
    </message>
    <message>
        <source>Publish a new version of “%1”?</source>
        <translation>Pubblicare una nuova versione di &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Publishing failed: %1</source>
        <translation>Pubblicazione non riuscita: %1</translation>
    </message>
    <message>
        <source>Version %1 of the product is published. The inventory shows it after this sync.</source>
        <translation>La versione %1 del prodotto è pubblicata. L&apos;inventario la mostrerà dopo questa sincronizzazione.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Before you publish</source>
        <translation>Prima di pubblicare</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Effetto</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Pubblica</translation>
    </message>
    <message>
        <source>Publish the next version of the product (Ctrl+Shift+P)</source>
        <translation>Pubblica la prossima versione del prodotto (Ctrl+Maiusc+P)</translation>
    </message>
    <message>
        <source>Publishing the new version…</source>
        <translation>Pubblicazione della nuova versione…</translation>
    </message>
    <message>
        <source>Publish Successful!</source>
        <translation>Pubblicazione riuscita!</translation>
    </message>
    <message>
        <source>Back to the checklist</source>
        <translation>Torna alla checklist</translation>
    </message>
    <message>
        <source>Connect to compare this draft with version %1.</source>
        <translation>Connettersi a Connect per confrontare questa bozza con la versione %1.</translation>
    </message>
    <message>
        <source>Templates: unknown or broken placeholders in the activation template: %1</source>
        <translation>Modelli: segnaposto sconosciuti o non validi nel modello di attivazione: %1</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Changes since version %1: not known, because the published version is read from Connect and there is no connection now</source>
        <extracomment>%1 is the number of the last published version of the product.</extracomment>
        <translation>Modifiche dalla versione %1: non note, perché la versione pubblicata viene letta da Connect e ora non c&apos;è connessione</translation>
    </message>
    <message>
        <source>Profile: add the short description</source>
        <translation>Profilo: aggiungere la descrizione breve</translation>
    </message>
    <message>
        <source>Profile: add the detailed description</source>
        <translation>Profilo: aggiungere la descrizione dettagliata</translation>
    </message>
    <message>
        <source>Profile: add the short and detailed descriptions</source>
        <translation>Profilo: aggiungere la descrizione breve e quella dettagliata</translation>
    </message>
    <message>
        <source>Changes since version %1: not known, because Connect did not answer: %2</source>
        <extracomment>%1 is the number of the last published version, %2 the error Connect (or the network) gave.</extracomment>
        <translation>Modifiche dalla versione %1: non note, perché Connect non ha risposto: %2</translation>
    </message>
    <message>
        <source>Changes since version %1: not known, because its contents could not be read from Connect</source>
        <extracomment>%1 is the number of the last published version of the product.</extracomment>
        <translation>Modifiche dalla versione %1: non note, perché il suo contenuto non è stato letto da Connect</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>column: added, changed or removed</comment>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Publish checklist</source>
        <translation>Checklist di pubblicazione</translation>
    </message>
    <message>
        <source>Changes since the last published version</source>
        <translation>Modifiche dall&apos;ultima versione pubblicata</translation>
    </message>
</context>
<context>
    <name>cv::ui::ReasonDialog</name>
    <message numerus="yes">
        <source>Reject %Ln requests</source>
        <translation>
            <numerusform>Rifiuta %Ln richiesta</numerusform>
            <numerusform>Rifiuta %Ln richieste</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Rifiuta richiesta</translation>
    </message>
    <message>
        <source>Tell the customer why the request is rejected</source>
        <translation>Indicare al cliente perché la richiesta viene rifiutata</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reject %Ln</source>
        <translation>
            <numerusform>&amp;Rifiuta %Ln</numerusform>
            <numerusform>&amp;Rifiuta %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rifiuta</translation>
    </message>
    <message>
        <source>&amp;Reason (required, the customer sees it):</source>
        <translation>&amp;Motivo (obbligatorio, visibile al cliente):</translation>
    </message>
</context>
<context>
    <name>cv::ui::ReportCharts</name>
    <message>
        <source>Requests per day by status</source>
        <translation>Richieste al giorno per stato</translation>
    </message>
    <message>
        <source>Requests per day by product</source>
        <translation>Richieste al giorno per prodotto</translation>
    </message>
    <message>
        <source>Requests per day by type</source>
        <translation>Richieste al giorno per tipo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Time to fulfill (approved requests; median in days: %1)</source>
        <translation>Tempo di evasione (richieste approvate; mediana in giorni: %1)</translation>
    </message>
    <message>
        <source>Approved requests</source>
        <translation>Richieste approvate</translation>
    </message>
    <message>
        <source>up to %1 d</source>
        <translation>fino a %1 g</translation>
    </message>
    <message>
        <source>%1-%2 d</source>
        <translation>%1-%2 g</translation>
    </message>
    <message>
        <source>over %1 d</source>
        <translation>oltre %1 g</translation>
    </message>
    <message>
        <source>Requests from %1 to %2: %3; approved: %4.</source>
        <translation>Richieste dal %1 al %2: %3; approvate: %4.</translation>
    </message>
    <message>
        <source>No requests in the cache yet.</source>
        <translation>Ancora nessuna richiesta nella cache.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafico</translation>
    </message>
</context>
<context>
    <name>cv::ui::ReportsPage</name>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dal:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Al:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Prodotto:</translation>
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
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Ambiente:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualsiasi</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Esegui</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>Esporta E&amp;xcel…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>Esegui di &amp;nuovo</translation>
    </message>
    <message>
        <source>Every export, with its parameters and file. Double-click one or press &quot;Run again&quot; to compute it again from the cache.</source>
        <translation>Ogni esportazione, con i relativi parametri e file. Fare doppio clic su una voce o premere &quot;Esegui di nuovo&quot; per ricalcolarla dalla cache.</translation>
    </message>
    <message>
        <source>Ran at</source>
        <translation>Eseguito il</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametri</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation>Completato in %1 s</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Non riuscito: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Qualsiasi tipo</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Any environment</source>
        <translation>Qualsiasi ambiente</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>Qualsiasi prodotto</translation>
    </message>
    <message>
        <source>Any marketplace</source>
        <translation>Qualsiasi marketplace</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>Esportazione di %1 in %2…</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>Calcolo di %1…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Esporta report</translation>
    </message>
    <message>
        <source>, %1 in all: %2</source>
        <translation>, %1 in totale: %2</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>Impossibile calcolare il report: %1</translation>
    </message>
    <message>
        <source>Canceled. Nothing was written.</source>
        <translation>Annullato. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>Exported %1 to %2 in %3 s.</source>
        <translation>%1 esportato in %2 in %3 s.</translation>
    </message>
    <message>
        <source>%1, computed from the cache in %2 s%3.</source>
        <translation>%1, calcolato dalla cache in %2 s%3.</translation>
    </message>
    <message numerus="yes">
        <source>; the first %Ln are shown</source>
        <translation>
            <numerusform>; viene mostrata %Ln</numerusform>
            <numerusform>; vengono mostrate le prime %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Anteprima del report</translation>
    </message>
    <message>
        <source>Report history</source>
        <translation>Cronologia dei report</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 riga</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln riga</numerusform>
            <numerusform>%Ln righe</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 on average: %2</source>
        <translation>, %1 in media: %2</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Richiedente:</translation>
    </message>
    <message>
        <source>The provider whose marketplace sent the request</source>
        <translation>Il provider il cui marketplace ha inviato la richiesta</translation>
    </message>
    <message>
        <source>Any requester</source>
        <translation>Qualsiasi richiedente</translation>
    </message>
</context>
<context>
    <name>cv::ui::RequestPage</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID esterno</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>In attesa di sincronizzazione</translation>
    </message>
    <message>
        <source>Switch to &amp;Pending</source>
        <translation>&amp;Passa a In sospeso</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Assegna a &amp;me</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>Salva &amp;nota</translation>
    </message>
    <message>
        <source>Changed offline; Connect receives the change at the next sync.</source>
        <translation>Modificato offline; Connect riceverà la modifica alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Torna all&apos;elenco (Alt+Sinistra)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>MPN</source>
        <translation>MPN</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Previous quantity</source>
        <translation>Quantità precedente</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Write a note for this request</source>
        <translation>Scrivi una nota per questa richiesta</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creata</translation>
    </message>
    <message>
        <source>The request&apos;s no&amp;te, shared with your team and the distributor:</source>
        <translation>No&amp;ta della richiesta, condivisa con il team e con il distributore:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametri</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Requests chain</source>
        <translation>Catena di richieste</translation>
    </message>
    <message>
        <source>Sign in to &amp;CCP</source>
        <translation>Accedi al &amp;CCP</translation>
    </message>
    <message>
        <source>See the product as the customer sees it in the customer control panel (needs a connection)</source>
        <translation>Vedere il prodotto come lo vede il cliente nel pannello di controllo del cliente (richiede una connessione)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · created %4</source>
        <extracomment>%1 is the product (name and ID), %2 the customer (or &quot;no customer&quot;), %3 the environment, %4 the date.</extracomment>
        <translation>%1 · %2 · %3 · creata il %4</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>nessun cliente</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assegnata</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Assegnatario: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornata</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Data di decorrenza</translation>
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
        <translation>UID esterno</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Distributore</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fornitore</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Marketplace and contract</source>
        <translation>Marketplace e contratto</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contratto</translation>
    </message>
    <message>
        <source>Activation message</source>
        <translation>Messaggio di attivazione</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Tier 1 (reseller)</source>
        <translation>Tier 1 (rivenditore)</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>Tier 2</translation>
    </message>
    <message>
        <source>No tier accounts on this request.</source>
        <translation>Nessun account Tier in questa richiesta.</translation>
    </message>
    <message>
        <source>No note yet.</source>
        <translation>Ancora nessuna nota.</translation>
    </message>
    <message>
        <source>Your user is not known yet; sync first.</source>
        <translation>L&apos;utente non è ancora noto; sincronizzare prima.</translation>
    </message>
    <message>
        <source>Required before approval.</source>
        <translation>Obbligatorio prima dell&apos;approvazione.</translation>
    </message>
    <message>
        <source>Switch to Pending</source>
        <translation>Passa a In sospeso</translation>
    </message>
    <message>
        <source>Switch %1 to Pending? The request moves to your processing queue.</source>
        <translation>Passare %1 a In sospeso? La richiesta viene spostata nella coda di elaborazione.</translation>
    </message>
    <message>
        <source>Switched to Pending.</source>
        <translation>Passata a In sospeso.</translation>
    </message>
    <message>
        <source>Approved. Waiting for sync.</source>
        <translation>Approvata. In attesa di sincronizzazione.</translation>
    </message>
    <message>
        <source>The customer is asked for more information.</source>
        <translation>Al cliente vengono richieste ulteriori informazioni.</translation>
    </message>
    <message>
        <source>Rejected. Waiting for sync.</source>
        <translation>Rifiutata. In attesa di sincronizzazione.</translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Assegnata a Lei.</translation>
    </message>
    <message>
        <source>Parameters saved. Waiting for sync.</source>
        <translation>Parametri salvati. In attesa di sincronizzazione.</translation>
    </message>
    <message>
        <source>Note saved. Waiting for sync.</source>
        <translation>Nota salvata. In attesa di sincronizzazione.</translation>
    </message>
    <message>
        <source>Correct the highlighted parameter before approving.</source>
        <translation>Correggere il parametro evidenziato prima di approvare.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approva</translation>
    </message>
    <message>
        <source>You entered parameter values that are not saved yet. Save them and approve with them?</source>
        <translation>Sono stati inseriti valori di parametri non ancora salvati. Salvarli e approvare con questi valori?</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Inquire…</source>
        <translation>Richiedi &amp;informazioni…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approva…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rifiuta…</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>request tab: the items the customer orders</comment>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>&amp;Save and approve…</source>
        <translation>&amp;Salva e approva…</translation>
    </message>
    <message>
        <source>Items of the request</source>
        <translation>Articoli della richiesta</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Dettagli della richiesta</translation>
    </message>
    <message>
        <source>Customer and reseller tiers</source>
        <translation>Tier cliente e rivenditore</translation>
    </message>
    <message>
        <source>Notes history</source>
        <translation>Cronologia delle note</translation>
    </message>
    <message>
        <source>Requests of the same subscription</source>
        <translation>Richieste dello stesso abbonamento</translation>
    </message>
    <message>
        <source>Enter opens the request</source>
        <translation>Invio apre la richiesta</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Tutte le richieste</translation>
    </message>
</context>
<context>
    <name>cv::ui::RequestParametersTab</name>
    <message>
        <source>Fulfillment parameters</source>
        <translation>Parametri di evasione</translation>
    </message>
    <message>
        <source>Ordering parameters (given by the customer)</source>
        <translation>Parametri d&apos;ordine (forniti dal cliente)</translation>
    </message>
    <message>
        <source>&amp;Save parameters</source>
        <translation>&amp;Salva parametri</translation>
    </message>
    <message>
        <source>Parameters marked * are required before the request can be approved.</source>
        <translation>I parametri contrassegnati con * sono obbligatori per poter approvare la richiesta.</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(non scelto)</translation>
    </message>
    <message>
        <source>Asked of the customer: %1</source>
        <translation>Richiesto al cliente: %1</translation>
    </message>
    <message>
        <source>This product has no fulfillment parameters.</source>
        <translation>Questo prodotto non ha parametri di evasione.</translation>
    </message>
    <message>
        <source>The parameters cannot be changed in this status.</source>
        <translation>I parametri non possono essere modificati in questo stato.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <extracomment>Read by screen readers for a required parameter; %1 is the parameter&apos;s description (may be empty).</extracomment>
        <translation>Obbligatorio. %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::RequestRowDelegate</name>
    <message>
        <source>%1 · not synced</source>
        <translation>%1 · non sincronizzata</translation>
    </message>
</context>
<context>
    <name>cv::ui::ServiceTab</name>
    <message>
        <source>One sentence shown to customers in the subscription&apos;s service tab</source>
        <translation>Una frase mostrata ai clienti nella scheda Servizio dell&apos;abbonamento</translation>
    </message>
    <message>
        <source>Markdown: the first steps after the subscription is activated</source>
        <translation>Markdown: i primi passi dopo l&apos;attivazione dell&apos;abbonamento</translation>
    </message>
    <message>
        <source>What customers see about the service in their portal. Changes are saved as you type and sent to Connect by the next sync.</source>
        <translation>Ciò che i clienti vedono del servizio nel proprio portale. Le modifiche vengono salvate durante la digitazione e inviate a Connect alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>&amp;Getting started:</source>
        <translation>&amp;Per iniziare:</translation>
    </message>
    <message>
        <source>Download links:</source>
        <translation>Link di download:</translation>
    </message>
    <message>
        <source>Documentation:</source>
        <translation>Documentazione:</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Edit service texts</source>
        <translation>Modifica i testi del servizio</translation>
    </message>
    <message>
        <source>Download links</source>
        <translation>Link di download</translation>
    </message>
    <message>
        <source>Documentation links</source>
        <translation>Link alla documentazione</translation>
    </message>
</context>
<context>
    <name>cv::ui::SettingsDialog</name>
    <message>
        <source>Enter the proxy&apos;s host name and a port from 1 to 65535. Until then the previous setting stays in use.</source>
        <translation>Inserire il nome host del proxy e una porta da 1 a 65535. Fino ad allora resta in uso l&apos;impostazione precedente.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>The offline data of %1 is cleared.</source>
        <translation>I dati offline di %1 sono stati cancellati.</translation>
    </message>
    <message>
        <source>Some files of %1 could not be deleted: %2</source>
        <translation>Impossibile eliminare alcuni file di %1: %2</translation>
    </message>
    <message>
        <source>Clear offline data</source>
        <translation>Cancella dati offline</translation>
    </message>
    <message>
        <source>The changes waiting to be sent for %1 could not be counted.</source>
        <translation>Impossibile contare le modifiche in attesa di invio per %1.</translation>
    </message>
    <message>
        <source>Clearing the offline data deletes them for good. The rest comes back with the next sync.</source>
        <translation>Cancellando i dati offline, queste vengono eliminate definitivamente. Il resto torna con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Clear and lose the changes</source>
        <translation>Cancella e perdi le modifiche</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>Offline data</source>
        <translation>Dati offline</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Come il sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Continua nell&apos;area di notifica quando la finestra viene chiusa</translation>
    </message>
    <message>
        <source>The tray icon shows the pending requests and has Sync now, Pause sync and Quit.</source>
        <translation>L&apos;icona nell&apos;area di notifica mostra le richieste in sospeso e offre Sincronizza ora, Sospendi sincronizzazione ed Esci.</translation>
    </message>
    <message>
        <source>This desktop shows no tray icon, so closing the window quits.</source>
        <translation>Questo desktop non mostra l&apos;icona nell&apos;area di notifica, quindi chiudere la finestra termina l&apos;app.</translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>Sincronizza &amp;automaticamente</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sincronizza &amp;ogni:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sync when an account &amp;opens</source>
        <translation>Sincronizza all&apos;a&amp;pertura di un account</translation>
    </message>
    <message>
        <source>While automatic sync is off, nothing is sent or fetched until you choose Sync now (F5). Changes made here are kept on this computer meanwhile.</source>
        <translation>Finché la sincronizzazione automatica è disattivata, non viene inviato né recuperato nulla finché non si sceglie Sincronizza ora (F5). Le modifiche fatte qui restano nel frattempo su questo computer.</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Usa le impostazioni proxy di &amp;sistema</translation>
    </message>
    <message>
        <source>Use this HTTP &amp;proxy:</source>
        <translation>Usa questo &amp;proxy HTTP:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>Used for Connect endpoints. The sandbox on this computer is reached directly.</source>
        <translation>Usato per gli endpoint di Connect. La sandbox su questo computer viene raggiunta direttamente.</translation>
    </message>
    <message>
        <source>New &amp;pending requests after a sync</source>
        <translation>Nuove richieste in &amp;sospeso dopo una sincronizzazione</translation>
    </message>
    <message>
        <source>Sync &amp;failures that need you (a refused API key, offline data that cannot be written)</source>
        <translation>&amp;Errori di sincronizzazione che richiedono un intervento (chiave API rifiutata, dati offline che non possono essere scritti)</translation>
    </message>
    <message>
        <source>New &amp;conflicts</source>
        <translation>Nuovi &amp;conflitti</translation>
    </message>
    <message>
        <source>Publish &amp;finished</source>
        <translation>Pubblicazione &amp;terminata</translation>
    </message>
    <message>
        <source>Shown as desktop notifications from the tray icon. Being offline is never notified: the app retries by itself.</source>
        <translation>Mostrate come notifiche desktop dall&apos;icona nell&apos;area di notifica. L&apos;assenza di connessione non viene mai notificata: l&apos;app riprova da sola.</translation>
    </message>
    <message>
        <source>Offline data is kept in:</source>
        <translation>I dati offline sono conservati in:</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Apri &amp;cartella</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Changes not sent</source>
        <translation>Modifiche non inviate</translation>
    </message>
    <message>
        <source>C&amp;lear offline data…</source>
        <translation>Cance&amp;lla dati offline…</translation>
    </message>
    <message>
        <source>Delete the selected account&apos;s offline data; the next sync fetches it again</source>
        <translation>Elimina i dati offline dell&apos;account selezionato; la prossima sincronizzazione li recupera di nuovo</translation>
    </message>
    <message>
        <source>1 change made on this computer for %1 has not been sent to Connect yet.</source>
        <translation>1 modifica fatta su questo computer per %1 non è ancora stata inviata a Connect.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes made on this computer for %1 have not been sent to Connect yet.</source>
        <translation>
            <numerusform>%n modifica fatta su questo computer per %1 non è ancora stata inviata a Connect.</numerusform>
            <numerusform>%n modifiche fatte su questo computer per %1 non sono ancora state inviate a Connect.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline data per account</source>
        <translation>Dati offline per account</translation>
    </message>
    <message>
        <source>Light and Dark use the Fusion style with a light or dark palette; the previews of Markdown, templates and the customer panel follow the theme.</source>
        <translation>Chiaro e Scuro usano lo stile Fusion con una tavolozza chiara o scura; le anteprime di Markdown, dei modelli e del pannello cliente seguono il tema.</translation>
    </message>
</context>
<context>
    <name>cv::ui::StepDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avanti &gt;</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fine</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;ggiungi</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Passaggio %1 di %2: %3</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <extracomment>Beside a disabled Add/Next button; %1 lists form fields (&quot;Description, Name&quot;).</extracomment>
        <translation>Ancora necessario: %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::SyncStatusWidget</name>
    <message>
        <source>Enter key…</source>
        <translation>Inserisci chiave…</translation>
    </message>
    <message>
        <source>sending changes %1/%2</source>
        <extracomment>Sync progress: %1 changes of %2 sent so far.</extracomment>
        <translation>invio delle modifiche %1/%2</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source> · 1 change waiting to be sent</source>
        <extracomment>Added after the sync state in the status bar (&quot;Synced at 14:05 · 1 change waiting to be sent&quot;).</extracomment>
        <translation> · 1 modifica in attesa di invio</translation>
    </message>
    <message>
        <source>Nothing to sync</source>
        <translation>Niente da sincronizzare</translation>
    </message>
    <message>
        <source>Opening the account…</source>
        <extracomment>%1 is the progress, e.g. &quot;upgrading the offline data: 40%&quot;.</extracomment>
        <translation>Apertura dell&apos;account…</translation>
    </message>
    <message>
        <source>No API key available: working offline</source>
        <translation>Nessuna chiave API disponibile: lavoro offline</translation>
    </message>
    <message>
        <source>Syncing… %1</source>
        <extracomment>%1 is the progress, e.g. &quot;sending changes 3/10&quot;.</extracomment>
        <translation>Sincronizzazione… %1</translation>
    </message>
    <message>
        <source>Offline: changes are saved here and sent when the connection is back</source>
        <translation>Offline: le modifiche vengono salvate qui e inviate al ripristino della connessione</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <extracomment>%1 is the error, as Connect or the network gave it.</extracomment>
        <translation>Sincronizzazione non riuscita: %1</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <extracomment>%1 is the time of the last sync.</extracomment>
        <translation>Sincronizzato alle %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Non ancora sincronizzato</translation>
    </message>
    <message>
        <source>⚠ 1 conflict</source>
        <translation>⚠ 1 conflitto</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln changes waiting to be sent</source>
        <translation>
            <numerusform> · %Ln modifica in attesa di invio</numerusform>
            <numerusform> · %Ln modifiche in attesa di invio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflicts</source>
        <translation>
            <numerusform>⚠ %n conflitto</numerusform>
            <numerusform>⚠ %n conflitti</numerusform>
        </translation>
    </message>
    <message>
        <source>upgrading the offline data: %1%</source>
        <extracomment>Shown while an older build&apos;s offline data is converted; %1 is how far, in percent.</extracomment>
        <translation>aggiornamento dei dati offline: %1%</translation>
    </message>
    <message>
        <source> · 1 change refused by Connect</source>
        <extracomment>Added after the sync state in the status bar (&quot;Synced at 14:05 · 1 change refused by Connect&quot;).</extracomment>
        <translation> · 1 modifica rifiutata da Connect</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln changes refused by Connect</source>
        <translation>
            <numerusform> · %Ln modifica rifiutata da Connect</numerusform>
            <numerusform> · %Ln modifiche rifiutate da Connect</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the account… %1</source>
        <translation>Apertura dell&apos;account… %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::TemplatesTab</name>
    <message>
        <source>New template</source>
        <translation>Nuovo modello</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Anteprima</translation>
    </message>
    <message>
        <source>All templates</source>
        <translation>Tutti i modelli</translation>
    </message>
    <message>
        <source>Subscription: activation</source>
        <translation>Abbonamento: attivazione</translation>
    </message>
    <message>
        <source>Subscription: inquire</source>
        <translation>Abbonamento: richiesta informazioni</translation>
    </message>
    <message>
        <source>Subscription: pending</source>
        <translation>Abbonamento: in sospeso</translation>
    </message>
    <message>
        <source>Tier 1 setup</source>
        <translation>Configurazione Tier 1</translation>
    </message>
    <message>
        <source>Tier 2 setup</source>
        <translation>Configurazione Tier 2</translation>
    </message>
    <message>
        <source>Markdown. Type {{ to insert a parameter.</source>
        <translation>Markdown. Digitare {{ per inserire un parametro.</translation>
    </message>
    <message>
        <source>Insert parameter</source>
        <translation>Inserisci parametro</translation>
    </message>
    <message>
        <source>Insert {{ parameter_id }} at the cursor</source>
        <translation>Inserisci {{ parameter_id }} alla posizione del cursore</translation>
    </message>
    <message>
        <source>Render with example values (Ctrl+P)</source>
        <translation>Mostra con valori di esempio (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>A default template (cannot be deleted)</source>
        <translation>Un modello predefinito (non può essere eliminato)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Default templates cannot be deleted.</source>
        <translation>I modelli predefiniti non possono essere eliminati.</translation>
    </message>
    <message>
        <source>Not available in this template&apos;s phase</source>
        <translation>Non disponibile nella fase di questo modello</translation>
    </message>
    <message>
        <source>Activation form link (%1)</source>
        <translation>Link al modulo di attivazione (%1)</translation>
    </message>
    <message>
        <source>The product has no parameters yet</source>
        <translation>Il prodotto non ha ancora parametri</translation>
    </message>
    <message>
        <source>Unknown parameter: %1</source>
        <translation>Parametro sconosciuto: %1</translation>
    </message>
    <message>
        <source>✓ Every parameter is known.</source>
        <translation>✓ Tutti i parametri sono noti.</translation>
    </message>
    <message>
        <source>Variables used: none</source>
        <translation>Variabili usate: nessuna</translation>
    </message>
    <message>
        <source>Variables used: %1</source>
        <translation>Variabili usate: %1</translation>
    </message>
    <message>
        <source>Edit template %1</source>
        <translation>Modifica modello %1</translation>
    </message>
    <message>
        <source># Thank you for your order

</source>
        <translation># Grazie per l&apos;ordine

</translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation>Nuovo modello %1</translation>
    </message>
    <message>
        <source>Add template %1</source>
        <translation>Aggiungi modello %1</translation>
    </message>
    <message>
        <source>Delete template %1</source>
        <translation>Elimina modello %1</translation>
    </message>
    <message>
        <source>“{{ %1 }}” is not a parameter: put exactly one parameter ID between {{ and }}.</source>
        <translation>&quot;{{ %1 }}&quot; non è un parametro: inserire esattamente un ID parametro tra {{ e }}.</translation>
    </message>
    <message>
        <source>“{{ %1” is not closed: end it with }}.</source>
        <translation>&quot;{{ %1&quot; non è chiuso: terminarlo con }}.</translation>
    </message>
    <message>
        <source>Template “%1” deleted.</source>
        <translation>Modello &quot;%1&quot; eliminato.</translation>
    </message>
    <message>
        <source>%1 is a configuration parameter; this template can use ordering and fulfillment parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 è un parametro di configurazione; questo modello può usare parametri di ordine e di evasione.</translation>
    </message>
    <message>
        <source>%1 is not an ordering or fulfillment parameter; this template can use only those.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 non è un parametro di ordine o di evasione; questo modello può usare solo questi.</translation>
    </message>
    <message>
        <source>%1 is a fulfillment parameter; this template can use only ordering parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 è un parametro di evasione; questo modello può usare solo parametri di ordine.</translation>
    </message>
    <message>
        <source>%1 is a configuration parameter; this template can use only ordering parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 è un parametro di configurazione; questo modello può usare solo parametri di ordine.</translation>
    </message>
    <message>
        <source>%1 is not an ordering parameter; this template can use only ordering parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 non è un parametro di ordine; questo modello può usare solo parametri di ordine.</translation>
    </message>
    <message>
        <source>Preview the template in this language</source>
        <translation>Anteprima del modello in questa lingua</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>A parameter in the Insert menu: %1 its title, %2 its ID, %3 its phase (&quot;Ordering&quot;…).</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>English (source)</source>
        <translation>Inglese (origine)</translation>
    </message>
    <message>
        <source>Template kind filter</source>
        <translation>Filtro per tipo di modello</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>Corpo del modello</translation>
    </message>
    <message>
        <source>Preview language</source>
        <translation>Lingua dell&apos;anteprima</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <extracomment>The preview window&apos;s title; %1 is the template&apos;s name.</extracomment>
        <translation>Anteprima: %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::TokenDialog</name>
    <message>
        <source>Generate</source>
        <translation>Genera</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copia token</translation>
    </message>
    <message>
        <source>Copy header</source>
        <translation>Copia intestazione</translation>
    </message>
    <message>
        <source>I have copied it</source>
        <translation>L&apos;ho copiato</translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation>Genera token</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Moduli</translation>
    </message>
    <message>
        <source>The token may only call the API of the modules ticked here.</source>
        <translation>Il token può chiamare solo l&apos;API dei moduli selezionati qui.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Copy the token now. Connect shows it only this once and this app does not keep it: when you close this window it is gone. If you lose it, generate a new token and delete this one.</source>
        <translation>Copiare subito il token. Connect lo mostra solo questa volta e questa app non lo conserva: chiudendo questa finestra va perso. In caso di smarrimento, generare un nuovo token ed eliminare questo.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Authorization header for your scripts</source>
        <translation>Intestazione Authorization per i propri script</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
    <message>
        <source>No account is open: a token is generated by Connect for an account.</source>
        <translation>Nessun account aperto: un token viene generato da Connect per un account.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Generazione…</translation>
    </message>
    <message>
        <source>Could not reach Connect, so no secret can be shown: Connect makes it and shows it only in its answer. Try again when online; if a token of this name shows up after the next sync (the answer was lost on the way), delete it. (%1)</source>
        <translation>Impossibile raggiungere Connect, quindi non è possibile mostrare alcun segreto: Connect lo crea e lo mostra solo nella sua risposta. Riprovare quando si è online; se dopo la prossima sincronizzazione compare un token con questo nome (la risposta è andata persa), eliminarlo. (%1)</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; (%2) is ready</source>
        <translation>Il token &quot;%1&quot; (%2) è pronto</translation>
    </message>
</context>
<context>
    <name>cv::ui::TokensView</name>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>The change could not be saved in the offline cache, so nothing was changed: %1</source>
        <translation>Impossibile salvare la modifica nella cache offline, quindi non è stato modificato nulla: %1</translation>
    </message>
    <message>
        <source>Delete token</source>
        <translation>Elimina token</translation>
    </message>
    <message>
        <source>Delete the token &quot;%1&quot; (%2)? Scripts and extensions using it can no longer call Connect.</source>
        <translation>Eliminare il token &quot;%1&quot; (%2)? Gli script e le estensioni che lo usano non potranno più chiamare Connect.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>%1: waiting for sync. The change is saved here and goes to Connect with the next sync.</source>
        <translation>%1: in attesa di sincronizzazione. La modifica è salvata qui e verrà inviata a Connect con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Select a token to see its details. Generate one for each script or system that calls Connect, so that each can be turned off on its own.</source>
        <translation>Selezionare un token per vederne i dettagli. Generarne uno per ogni script o sistema che chiama Connect, così che ciascuno possa essere disattivato singolarmente.</translation>
    </message>
    <message>
        <source>%1 · owner %2 · extension %3 · modules: %4</source>
        <translation>%1 · proprietario %2 · estensione %3 · moduli: %4</translation>
    </message>
    <message>
        <source>all (no restriction)</source>
        <translation>tutti (nessuna restrizione)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation>Genera token</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincr.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Moduli</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Estensione</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Tutti i moduli</translation>
    </message>
    <message>
        <source>Search by name, ID, description…</source>
        <translation>Cerca per nome, ID, descrizione…</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>Cerca token</translation>
    </message>
    <message>
        <source>Matches the token&apos;s name, ID or description</source>
        <translation>Corrisponde al nome, all&apos;ID o alla descrizione del token</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>Token API</translation>
    </message>
    <message>
        <source>Token status filter</source>
        <translation>Filtro per stato del token</translation>
    </message>
</context>
<context>
    <name>cv::ui::TranslationImportDialog</name>
    <message>
        <source>Upload translations: %1</source>
        <translation>Carica traduzioni: %1</translation>
    </message>
    <message>
        <source>Fields of %1 that will change: %2.</source>
        <translation>Campi di %1 che cambieranno: %2.</translation>
    </message>
    <message>
        <source>Left as they are: %1 unchanged, %2 empty (not translated), %3 fuzzy, %4 obsolete.</source>
        <translation>Lasciati invariati: %1 uguali, %2 vuoti (non tradotti), %3 approssimativi, %4 obsoleti.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>After the upload</source>
        <translation>Dopo il caricamento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>(not translated)</source>
        <translation>(non tradotto)</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Obsoleta</translation>
    </message>
    <message>
        <source>New translation</source>
        <translation>Nuova traduzione</translation>
    </message>
    <message>
        <source>The file translated &quot;%1&quot;; the text is now &quot;%2&quot;.</source>
        <translation>Il file traduceva &quot;%1&quot;; ora il testo è &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Applica</translation>
    </message>
    <message>
        <source>Apply the outdated translation too (its source text changed since)</source>
        <translation>Applica anche la traduzione obsoleta (il testo di origine è cambiato nel frattempo)</translation>
    </message>
    <message numerus="yes">
        <source>Apply the %n outdated translations too (their source text changed since)</source>
        <translation>
            <numerusform>Applica anche %n traduzione obsoleta (il testo di origine è cambiato nel frattempo)</numerusform>
            <numerusform>Applica anche le %n traduzioni obsolete (il testo di origine è cambiato nel frattempo)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::TrayController</name>
    <message>
        <source>Open Connect Vendor Desktop</source>
        <translation>Apri Connect Vendor Desktop</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Pause sync</source>
        <translation>Sospendi sincronizzazione</translation>
    </message>
    <message>
        <source>Resume sync</source>
        <translation>Riprendi sincronizzazione</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>%1: %2 for %3</source>
        <translation>%1: %2 per %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e altri %n</numerusform>
            <numerusform>e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>New pending request</source>
        <translation>Nuova richiesta in sospeso</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new pending requests</source>
        <translation>
            <numerusform>%Ln nuova richiesta in sospeso</numerusform>
            <numerusform>%Ln nuove richieste in sospeso</numerusform>
        </translation>
    </message>
    <message>
        <source>New conflict</source>
        <translation>Nuovo conflitto</translation>
    </message>
    <message numerus="yes">
        <source>%n new conflicts</source>
        <translation>
            <numerusform>%n nuovo conflitto</numerusform>
            <numerusform>%n nuovi conflitti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the same fields were changed here and on Connect. Open the window to choose what to keep.</source>
        <translation>%1: gli stessi campi sono stati modificati qui e su Connect. Aprire la finestra per scegliere cosa mantenere.</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Sincronizzazione interrotta</translation>
    </message>
    <message>
        <source>The offline data of %1 could not be written: %2</source>
        <translation>Impossibile scrivere i dati offline di %1: %2</translation>
    </message>
    <message>
        <source>Sync needs you</source>
        <translation>La sincronizzazione richiede un intervento</translation>
    </message>
    <message>
        <source>Connect refused the API key of %1. Sign in again with a valid key.</source>
        <translation>Connect ha rifiutato la chiave API di %1. Accedere di nuovo con una chiave valida.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Publish finished</source>
        <translation>Pubblicazione terminata</translation>
    </message>
    <message>
        <source>Version %1 of %2 is published.</source>
        <translation>La versione %1 di %2 è pubblicata.</translation>
    </message>
    <message>
        <source>Connect Vendor Desktop: 1 pending request</source>
        <translation>Connect Vendor Desktop: 1 richiesta in sospeso</translation>
    </message>
    <message numerus="yes">
        <source>Connect Vendor Desktop: %Ln pending requests</source>
        <translation>
            <numerusform>Connect Vendor Desktop: %Ln richiesta in sospeso</numerusform>
            <numerusform>Connect Vendor Desktop: %Ln richieste in sospeso</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect Vendor Desktop: no pending requests</source>
        <translation>Connect Vendor Desktop: nessuna richiesta in sospeso</translation>
    </message>
    <message>
        <source>%1 (sync paused)</source>
        <translation>%1 (sincronizzazione sospesa)</translation>
    </message>
</context>
<context>
    <name>cv::ui::UiPage</name>
    <message>
        <source>Customer UI</source>
        <translation>UI cliente</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Servizio</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Modelli</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Azioni</translation>
    </message>
    <message>
        <source>&amp;Localization</source>
        <translation>&amp;Localizzazione</translation>
    </message>
</context>
<context>
    <name>cv::ui::UndoToast</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Bring it back (Ctrl+Z)</source>
        <translation>Ripristina (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>cv::ui::UploadCheckDialog</name>
    <message>
        <source>Usage file not uploaded</source>
        <translation>File di utilizzo non caricato</translation>
    </message>
    <message>
        <source>%1 cannot be uploaded: %2. Nothing was sent.</source>
        <translation>Impossibile caricare %1: %2. Non è stato inviato nulla.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Foglio</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>1 problem in %1; nothing was sent. Correct it in the spreadsheet and upload it again. Click the problem to see its cell.</source>
        <translation>1 problema in %1; non è stato inviato nulla. Correggerlo nel foglio di calcolo e caricarlo di nuovo. Fare clic sul problema per vederne la cella.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems in %1; nothing was sent. Correct them in the spreadsheet and upload it again. Click a problem to see its cell.</source>
        <translation>
            <numerusform>%n problema in %1; non è stato inviato nulla. Correggerlo nel foglio di calcolo e caricarlo di nuovo. Fare clic sul problema per vederne la cella.</numerusform>
            <numerusform>%n problemi in %1; non è stato inviato nulla. Correggerli nel foglio di calcolo e caricarlo di nuovo. Fare clic su un problema per vederne la cella.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::UsageFilePage</name>
    <message>
        <source>← Usage files</source>
        <translation>← File di utilizzo</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Scarica modello…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abbonamento</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Inizio (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Fine (UTC)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>%1 · waiting for sync</source>
        <translation>%1 · in attesa di sincronizzazione</translation>
    </message>
    <message>
        <source>%1 · product %2 (%3) · marketplace %4 · contract %5
Period %6 to %7 (UTC) · schema %8 · currency %9 · records: %10 valid, %11 invalid, %12 closed</source>
        <translation>%1 · prodotto %2 (%3) · marketplace %4 · contratto %5
Periodo da %6 a %7 (UTC) · schema %8 · valuta %9 · record: %10 validi, %11 non validi, %12 chiusi</translation>
    </message>
    <message>
        <source>Acceptance note: %1</source>
        <translation>Nota di accettazione: %1</translation>
    </message>
    <message>
        <source>Rejection note: %1</source>
        <translation>Nota di rifiuto: %1</translation>
    </message>
    <message>
        <source>Connect found problems in the upload:
%1</source>
        <translation>Connect ha trovato problemi nel caricamento:
%1</translation>
    </message>
    <message>
        <source>Usage records</source>
        <translation>Record di utilizzo</translation>
    </message>
</context>
<context>
    <name>cv::ui::UsagePage</name>
    <message>
        <source>No account is open.</source>
        <translation>Nessun account aperto.</translation>
    </message>
    <message>
        <source>The template could not be made: %1</source>
        <translation>Impossibile creare il modello: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a usage file (%2 MB).</source>
        <translation>%1 è troppo grande per un file di utilizzo (%2 MB).</translation>
    </message>
    <message>
        <source>The upload was not queued: %1</source>
        <translation>Il caricamento non è stato accodato: %1</translation>
    </message>
    <message>
        <source>Save usage template</source>
        <translation>Salva modello di utilizzo</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Usage template</source>
        <translation>Modello di utilizzo</translation>
    </message>
    <message>
        <source>Upload usage file</source>
        <translation>Carica file di utilizzo</translation>
    </message>
    <message>
        <source>Why is the usage rejected? (required)</source>
        <translation>Perché l&apos;utilizzo viene rifiutato? (obbligatorio)</translation>
    </message>
    <message>
        <source>Acceptance note (optional):</source>
        <translation>Nota di accettazione (facoltativa):</translation>
    </message>
    <message>
        <source>Usage file</source>
        <translation>File di utilizzo</translation>
    </message>
    <message>
        <source>Search by name, product, marketplace or id</source>
        <translation>Cerca per nome, prodotto, marketplace o ID</translation>
    </message>
    <message>
        <source>Create usage file…</source>
        <translation>Crea file di utilizzo…</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Scarica modello…</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Carica…</translation>
    </message>
    <message>
        <source>Select a file to download its template or upload its filled spreadsheet; open it for its records and actions.</source>
        <translation>Selezionare un file per scaricarne il modello o caricarne il foglio di calcolo compilato; aprirlo per vederne record e azioni.</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
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
        <translation>Schema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Search usage files</source>
        <translation>Cerca file di utilizzo</translation>
    </message>
    <message>
        <source>Matches the file&apos;s name, product, marketplace or ID</source>
        <translation>Corrisponde al nome del file, al prodotto, al marketplace o all&apos;ID</translation>
    </message>
    <message>
        <source>Usage files</source>
        <translation>File di utilizzo</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro per stato</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>Modello salvato in %1.</translation>
    </message>
</context>
<context>
    <name>cv::ui::VerifierView</name>
    <message>
        <source>Could not reach Connect to read the secret; paste it instead.</source>
        <translation>Impossibile raggiungere Connect per leggere il segreto; incollarlo manualmente.</translation>
    </message>
    <message>
        <source>Secret read from Connect.</source>
        <translation>Segreto letto da Connect.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Intestazione</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Paste a call Connect made to your handler: the header lines (at least Authorization), a blank line, then the body. The check uses the webhook&apos;s secret: its Bearer token must be signed with it (JWT, HS256), not expired, and carry the same values as the body.</source>
        <translation>Incollare una chiamata che Connect ha inviato al proprio handler: le righe di intestazione (almeno Authorization), una riga vuota, quindi il corpo. La verifica usa il segreto del webhook: il suo token Bearer deve essere firmato con esso (JWT, HS256), non scaduto e contenere gli stessi valori del corpo.</translation>
    </message>
    <message>
        <source>Webhook and its secret</source>
        <translation>Webhook e relativo segreto</translation>
    </message>
    <message>
        <source>JWT secret (read it from Connect or paste it)</source>
        <translation>Segreto JWT (leggerlo da Connect o incollarlo)</translation>
    </message>
    <message>
        <source>Read from Connect</source>
        <translation>Leggi da Connect</translation>
    </message>
    <message>
        <source>Received call</source>
        <translation>Chiamata ricevuta</translation>
    </message>
    <message>
        <source>Decoded token</source>
        <translation>Token decodificato</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Segreto del webhook</translation>
    </message>
    <message>
        <source>The JWT secret the webhook&apos;s calls are signed with</source>
        <translation>Il segreto JWT con cui vengono firmate le chiamate del webhook</translation>
    </message>
</context>
<context>
    <name>cv::ui::WebhookWizard</name>
    <message>
        <source>Copied. Paste it into your handler&apos;s configuration: it verifies each call with it.</source>
        <translation>Copiato. Incollarlo nella configurazione dell&apos;handler: verifica ogni chiamata con esso.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Name the webhook after what it does, so the team recognises it in the list.</source>
        <translation>Assegnare al webhook un nome in base a ciò che fa, così che il team lo riconosca nell&apos;elenco.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Connect calls your URL when objects of this class change for this product.</source>
        <translation>Connect chiama l&apos;URL quando cambiano oggetti di questa classe per questo prodotto.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Oggetti</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>External URL</source>
        <translation>URL esterno</translation>
    </message>
    <message>
        <source>JWT secret</source>
        <translation>Segreto JWT</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Intestazioni aggiuntive</translation>
    </message>
    <message>
        <source>One &quot;Name: value&quot; per line, added to every call.</source>
        <translation>Un &quot;Nome: valore&quot; per riga, aggiunto a ogni chiamata.</translation>
    </message>
    <message>
        <source>kept as Connect holds it</source>
        <translation>mantenuto come lo conserva Connect</translation>
    </message>
    <message>
        <source>(copy it in step 3)</source>
        <translation>(copiarlo al passaggio 3)</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>Modifica webhook</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Nuovo webhook</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Consegna</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Passaggio %1 di %2: %3</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Create webhook</source>
        <translation>Crea webhook</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Nuovo segreto</translation>
    </message>
    <message>
        <source>Connect keeps this webhook&apos;s secret. Select the webhook and use &quot;Copy secret&quot; to read it.</source>
        <translation>Connect conserva il segreto di questo webhook. Selezionare il webhook e usare &quot;Copia segreto&quot; per leggerlo.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiato.</translation>
    </message>
    <message>
        <source>Connect signs each call with this secret (JWT, HS256). Copy it now into your handler; the app does not write it anywhere.</source>
        <translation>Connect firma ogni chiamata con questo segreto (JWT, HS256). Copiarlo ora nell&apos;handler; l&apos;app non lo scrive da nessuna parte.</translation>
    </message>
    <message>
        <source>Save keeps the changes here at once; the next sync sends them to Connect.</source>
        <translation>Salva conserva subito qui le modifiche; la prossima sincronizzazione le invia a Connect.</translation>
    </message>
    <message>
        <source>Create webhook saves it here at once; the next sync creates it on Connect.</source>
        <translation>Crea webhook lo salva subito qui; la prossima sincronizzazione lo crea su Connect.</translation>
    </message>
</context>
<context>
    <name>cv::ui::WebhooksView</name>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>The webhook could not be saved in the offline cache, so nothing was changed: %1</source>
        <translation>Impossibile salvare il webhook nella cache offline, quindi non è stato modificato nulla: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Impossibile salvare la modifica: %1</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Elimina webhook</translation>
    </message>
    <message>
        <source>Delete the webhook &quot;%1&quot;? Connect stops calling %2.</source>
        <translation>Eliminare il webhook &quot;%1&quot;? Connect smetterà di chiamare %2.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>This webhook is not on Connect yet: sync first, then send the test.</source>
        <translation>Questo webhook non è ancora su Connect: sincronizzare prima, quindi inviare il test.</translation>
    </message>
    <message>
        <source>Sending the test…</source>
        <translation>Invio del test…</translation>
    </message>
    <message>
        <source>Test refused at %1 UTC. %2</source>
        <translation>Test rifiutato alle %1 UTC. %2</translation>
    </message>
    <message>
        <source>Could not reach Connect at %1 UTC: the test needs a connection. (%2)</source>
        <translation>Impossibile raggiungere Connect alle %1 UTC: il test richiede una connessione. (%2)</translation>
    </message>
    <message>
        <source>Test sent at %1 UTC. Connect answered %2 after %3 ms and calls %4 now.</source>
        <translation>Test inviato alle %1 UTC. Connect ha risposto %2 dopo %3 ms e ora chiama %4.</translation>
    </message>
    <message>
        <source>No answer from your handler recorded yet.</source>
        <translation>Ancora nessuna risposta dell&apos;handler registrata.</translation>
    </message>
    <message>
        <source>Your handler answered %1 at %2 UTC (%3 ms).</source>
        <translation>L&apos;handler ha risposto %1 alle %2 UTC (%3 ms).</translation>
    </message>
    <message>
        <source>The call failed at %1 UTC: %2 %3</source>
        <translation>La chiamata non è riuscita alle %1 UTC: %2 %3</translation>
    </message>
    <message>
        <source>Secret copied (%1). It goes to Connect with the next sync.</source>
        <translation>Segreto copiato (%1). Verrà inviato a Connect con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Connect makes this webhook&apos;s secret when the webhook reaches it: sync first.</source>
        <translation>Connect crea il segreto di questo webhook quando il webhook lo raggiunge: sincronizzare prima.</translation>
    </message>
    <message>
        <source>Could not read the secret from Connect: %1</source>
        <translation>Impossibile leggere il segreto da Connect: %1</translation>
    </message>
    <message>
        <source>Secret copied (%1). Connect keeps it; this app does not write it anywhere.</source>
        <translation>Segreto copiato (%1). Connect lo conserva; questa app non lo scrive da nessuna parte.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disabilita</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Abilita</translation>
    </message>
    <message>
        <source>Waiting for sync: this webhook&apos;s change is saved here and goes to Connect with the next sync.</source>
        <translation>In attesa di sincronizzazione: la modifica di questo webhook è salvata qui e verrà inviata a Connect con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Select a webhook to see where Connect sends it, test it, or copy its secret.</source>
        <translation>Selezionare un webhook per vedere dove Connect lo invia, testarlo o copiarne il segreto.</translation>
    </message>
    <message>
        <source>new, not on Connect yet</source>
        <translation>nuovo, non ancora su Connect</translation>
    </message>
    <message>
        <source>Search by label, product, URL…</source>
        <translation>Cerca per etichetta, prodotto, URL…</translation>
    </message>
    <message>
        <source>Enabled and disabled</source>
        <translation>Abilitati e disabilitati</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Abilitato</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabilitato</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Nuovo webhook</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Invia test</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Copia segreto</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincr.</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Oggetti</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Prodotto</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Ultima chiamata</translation>
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
        <translation>non riuscita</translation>
    </message>
    <message>
        <source>The call failed at %1 UTC: no answer. %2</source>
        <translation>La chiamata delle %1 UTC non è riuscita: nessuna risposta. %2</translation>
    </message>
    <message>
        <source>Could not read the secret from Connect: there is no connection.</source>
        <translation>Impossibile leggere il segreto da Connect: nessuna connessione.</translation>
    </message>
    <message>
        <source>1 call, %1 failed</source>
        <translation>1 chiamata, %1 non riuscite</translation>
    </message>
    <message numerus="yes">
        <source>%n calls, %1 failed</source>
        <extracomment>How often Connect called the webhook; %1 is how many of those failed.</extracomment>
        <translation>
            <numerusform>%n chiamata, %1 non riuscite</numerusform>
            <numerusform>%n chiamate, %1 non riuscite</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · calls %2 · %3</source>
        <extracomment>%1 is the webhook&apos;s ID (or &quot;new, not on Connect yet&quot;), %2 the URL Connect calls, %3 the call counts.</extracomment>
        <translation>%1 · chiamate %2 · %3</translation>
    </message>
    <message>
        <source>Search webhooks</source>
        <translation>Cerca webhook</translation>
    </message>
    <message>
        <source>Matches the webhook&apos;s label, product or URL</source>
        <translation>Corrisponde all&apos;etichetta, al prodotto o all&apos;URL del webhook</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Webhook status filter</source>
        <translation>Filtro per stato del webhook</translation>
    </message>
</context>
<context>
    <name>cv::ui::WordingProxyModel</name>
    <message>
        <source>Changed here; sent to Connect by the next sync</source>
        <translation>Modificato qui; inviato a Connect con la prossima sincronizzazione</translation>
    </message>
</context>
</TS>
