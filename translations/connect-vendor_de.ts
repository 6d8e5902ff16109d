<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <source>Download reports of every order placed for your products.</source>
        <translation>Berichte über alle Bestellungen Ihrer Produkte herunterladen.</translation>
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
</context>
<context>
    <name>UserFacingErrors</name>
    <message>
        <source>“%1” is not a web address. Enter the API endpoint, for example https://api.connect.cloudblue.com/public/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the endpoint: %1. Check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect refused this API key (HTTP %1). Check that it is complete and not revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint answered, but not like the Connect API: %1. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint failed to answer (%1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is stored for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1). The API key was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cv::ui::AccountNavigator</name>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
    <message>
        <source>Account navigator: switch accounts or sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 account %3</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Connect Vendor Desktop</source>
        <translation>Willkommen bei Connect Vendor Desktop</translation>
    </message>
    <message>
        <source>Define products, fulfil orders and publish to marketplaces, online or offline. Everything you do is saved on this computer first and synced with Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Connect account</source>
        <translation>Connect-Konto hinzufügen</translation>
    </message>
    <message>
        <source>API &amp;endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is checked with Connect and kept only in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore offline with the sandbox</source>
        <translation>Offline mit der Sandbox erkunden</translation>
    </message>
    <message>
        <source>Try every module against a local sandbox account with demo data. No Connect account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox is not part of this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore offline</source>
        <translation>Offline erkunden</translation>
    </message>
    <message>
        <source>Continue with an empty offline workspace</source>
        <translation>Mit leerem Offline-Arbeitsbereich fortfahren</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline workspace: no account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Nothing to sync</source>
        <translation>Nichts zu synchronisieren</translation>
    </message>
</context>
<context>
    <name>cv::ui::ModuleNavigator</name>
    <message>
        <source>Switch module (Ctrl+1 to Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cv::ui::ModulePage</name>
    <message>
        <source>Nothing here yet for this account.
The %1 module fills this page once its data is synced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
