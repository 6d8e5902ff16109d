<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ModuleInfo</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help &amp; Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every module at a glance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process orders from resellers: purchases, changes, suspensions and cancellations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account details and the users who can access it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download reports of every order placed for your products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens and webhooks to integrate Connect with your own systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program and distribution agreements with your providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List your products on marketplaces you have a distribution agreement with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report pay-as-you-go consumption of your products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge base, release notes and support cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define, preview and publish your products.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cv::ui::FirstRunPage</name>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key of your Connect account (API module › Tokens in the portal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Connect Vendor Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define products, fulfil orders and publish to marketplaces, online or offline. Everything you do is saved on this computer first and synced with Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Connect account</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with an empty offline workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cv::ui::LandingPage</name>
    <message>
        <source>Welcome to Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Vendor Desktop</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to sync</source>
        <translation type="unfinished"></translation>
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
