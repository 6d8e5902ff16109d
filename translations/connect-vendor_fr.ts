<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AgreementLabels</name>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Syndication</source>
        <translation>Syndication</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Adhésion en cours</translation>
    </message>
    <message>
        <source>Pending signature</source>
        <translation>Signature en attente</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Non adhérent</translation>
    </message>
    <message>
        <source>To sign</source>
        <translation>À signer</translation>
    </message>
    <message>
        <source>New version to sign</source>
        <translation>Nouvelle version à signer</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>contract status</comment>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Inquiring</source>
        <translation>Informations requises</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>support case state: waiting for support</comment>
        <translation>En attente</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Description courte</translation>
    </message>
    <message>
        <source>Detailed overview</source>
        <translation>Présentation détaillée</translation>
    </message>
    <message>
        <source>Service description</source>
        <translation>Description du service</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>Download links</source>
        <translation>Liens de téléchargement</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <source>Action URL</source>
        <translation>URL de l&apos;action</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
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
        <translation>Période de facturation</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Contraintes</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Action ID</source>
        <translation>ID de l&apos;action</translation>
    </message>
</context>
<context>
    <name>IntegrationLabels</name>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renouvelé</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Fulfillment requests</source>
        <translation>Demandes de traitement</translation>
    </message>
    <message>
        <source>Tier configuration requests</source>
        <translation>Demandes de configuration de Tier</translation>
    </message>
    <message>
        <source>Tier account requests</source>
        <translation>Demandes de compte Tier</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>Demandes de référencement</translation>
    </message>
    <message>
        <source>Billing requests</source>
        <translation>Demandes de facturation</translation>
    </message>
    <message>
        <source>Usage files</source>
        <translation>Fichiers d&apos;utilisation</translation>
    </message>
    <message>
        <source>Any change (event)</source>
        <translation>Toute modification (événement)</translation>
    </message>
    <message>
        <source>Draft validation</source>
        <translation>Validation du brouillon</translation>
    </message>
    <message>
        <source>Inquiring validation</source>
        <translation>Validation de la demande d&apos;informations</translation>
    </message>
    <message>
        <source>Change validation</source>
        <translation>Validation de la modification</translation>
    </message>
    <message>
        <source>Change inquiring validation</source>
        <translation>Validation de la demande d&apos;informations de modification</translation>
    </message>
    <message>
        <source>Renewal validation</source>
        <translation>Validation du renouvellement</translation>
    </message>
    <message>
        <source>Renewal inquiring validation</source>
        <translation>Validation de la demande d&apos;informations de renouvellement</translation>
    </message>
    <message>
        <source>Transfer validation</source>
        <translation>Validation du transfert</translation>
    </message>
    <message>
        <source>Transfer inquiring validation</source>
        <translation>Validation de la demande d&apos;informations de transfert</translation>
    </message>
    <message>
        <source>Draft tier 1 configuration validation</source>
        <translation>Validation du brouillon de configuration Tier 1</translation>
    </message>
    <message>
        <source>Draft tier 2 configuration validation</source>
        <translation>Validation du brouillon de configuration Tier 2</translation>
    </message>
    <message>
        <source>Tier 1 setup inquiring validation</source>
        <translation>Validation de la demande d&apos;informations de configuration Tier 1</translation>
    </message>
    <message>
        <source>Tier 2 setup inquiring validation</source>
        <translation>Validation de la demande d&apos;informations de configuration Tier 2</translation>
    </message>
    <message>
        <source>Tier 1 update validation</source>
        <translation>Validation de la mise à jour Tier 1</translation>
    </message>
    <message>
        <source>Tier 2 update validation</source>
        <translation>Validation de la mise à jour Tier 2</translation>
    </message>
    <message>
        <source>Tier 1 update inquiring validation</source>
        <translation>Validation de la demande d&apos;informations de mise à jour Tier 1</translation>
    </message>
    <message>
        <source>Tier 2 update inquiring validation</source>
        <translation>Validation de la demande d&apos;informations de mise à jour Tier 2</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>En attente de synchronisation</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Choose one of the list.</source>
        <translation>Choisissez une valeur de la liste.</translation>
    </message>
    <message>
        <source>Enter a full http:// or https:// address, e.g. https://hooks.example.com/connect.</source>
        <translation>Saisissez une adresse http:// ou https:// complète, par ex. https://hooks.example.com/connect.</translation>
    </message>
    <message>
        <source>Line %1: write each header as &quot;Name: value&quot;.</source>
        <translation>Ligne %1&#xa0;: écrivez chaque en-tête sous la forme «&#xa0;Nom: valeur&#xa0;».</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a header name (letters, digits and - only).</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nom d&apos;en-tête (lettres, chiffres et - uniquement).</translation>
    </message>
    <message>
        <source>Connect says: %1</source>
        <translation>Connect indique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connect did not accept the API key (401). Check the key in the account settings.</source>
        <translation>Connect n&apos;a pas accepté la clé API (401). Vérifiez la clé dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>Not allowed: the API key this app uses has no permission for this (Connect answered 403). Give the key&apos;s token this module&apos;s permission, or use another key. %1</source>
        <translation>Non autorisé&#xa0;: la clé API utilisée par cette application n&apos;a pas l&apos;autorisation requise (Connect a répondu 403). Accordez au jeton de la clé l&apos;autorisation de ce module, ou utilisez une autre clé. %1</translation>
    </message>
    <message>
        <source>Connect no longer has this object (404): it was deleted elsewhere. %1</source>
        <translation>Connect ne contient plus cet objet (404)&#xa0;: il a été supprimé ailleurs. %1</translation>
    </message>
    <message>
        <source>Conflict: someone changed this on Connect at the same time (409). %1</source>
        <translation>Conflit&#xa0;: quelqu&apos;un a modifié cet élément sur Connect en même temps (409). %1</translation>
    </message>
    <message>
        <source>Connect refused this change (%1): %2 Change it and save again, or Dismiss to keep Connect&apos;s version.</source>
        <translation>Connect a refusé cette modification (%1)&#xa0;: %2 Modifiez-la et enregistrez de nouveau, ou choisissez Ignorer pour conserver la version de Connect.</translation>
    </message>
    <message>
        <source>Connect refused this change: %1</source>
        <translation>Connect a refusé cette modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid: the token is signed with this webhook&apos;s secret and the body matches it.</source>
        <translation>Valide&#xa0;: le jeton est signé avec le secret de ce webhook et le corps y correspond.</translation>
    </message>
    <message>
        <source>Choose a webhook whose secret to check with (or paste the secret).</source>
        <translation>Choisissez le webhook dont le secret servira à la vérification (ou collez le secret).</translation>
    </message>
    <message>
        <source>Refused: the delivery has no Authorization header.</source>
        <translation>Refusé&#xa0;: la livraison n&apos;a pas d&apos;en-tête Authorization.</translation>
    </message>
    <message>
        <source>Refused: the Authorization header is not &quot;Bearer &lt;token&gt;&quot;.</source>
        <translation>Refusé&#xa0;: l&apos;en-tête Authorization n&apos;est pas de la forme «&#xa0;Bearer &lt;token&gt;&#xa0;».</translation>
    </message>
    <message>
        <source>Refused: the Bearer token is not a JSON Web Token (%1).</source>
        <translation>Refusé&#xa0;: le jeton Bearer n&apos;est pas un JSON Web Token (%1).</translation>
    </message>
    <message>
        <source>Refused: the token is signed with &quot;%1&quot;; Connect signs with HS256 only.</source>
        <translation>Refusé&#xa0;: le jeton est signé avec «&#xa0;%1&#xa0;»&#xa0;; Connect signe uniquement en HS256.</translation>
    </message>
    <message>
        <source>Refused: the signature does not match. The token was changed on the way, or signed with another secret.</source>
        <translation>Refusé&#xa0;: la signature ne correspond pas. Le jeton a été modifié en chemin, ou signé avec un autre secret.</translation>
    </message>
    <message>
        <source>Refused: the token expired at %1 (UTC).</source>
        <translation>Refusé&#xa0;: le jeton a expiré le %1 (UTC).</translation>
    </message>
    <message>
        <source>Refused: the token is not valid before %1 (UTC).</source>
        <translation>Refusé&#xa0;: le jeton n&apos;est pas valide avant le %1 (UTC).</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>status of a token or webhook</comment>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>status of a token or webhook</comment>
        <translation>En attente</translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Utilisez au plus %n caractère.</numerusform>
            <numerusform>Utilisez au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: the body is not a JSON object, so it cannot be checked against the signed token.</source>
        <translation>Refusé&#xa0;: le corps n&apos;est pas un objet JSON, il ne peut donc pas être comparé au jeton signé.</translation>
    </message>
    <message>
        <source>Refused: the body does not match the signed token. These fields have other values than the signed ones: %1.</source>
        <extracomment>%1 lists the body&apos;s fields, e.g. &quot;id, status&quot;.</extracomment>
        <translation>Refusé&#xa0;: le corps ne correspond pas au jeton signé. Ces champs ont d&apos;autres valeurs que celles signées&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ListingLabels</name>
    <message>
        <source>Listed</source>
        <translation>Référencé</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Non référencé</translation>
    </message>
    <message>
        <source>New listing</source>
        <translation>Nouveau référencement</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revue</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Déploiement en cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>The distribution contract is not active yet (%1).</source>
        <translation>Le contrat de distribution n&apos;est pas encore actif (%1).</translation>
    </message>
    <message>
        <source>Already listed (%1).</source>
        <translation>Déjà référencé (%1).</translation>
    </message>
    <message>
        <source>A listing request is already open (%1).</source>
        <translation>Une demande de référencement est déjà ouverte (%1).</translation>
    </message>
    <message>
        <source>%1 is not in this account&apos;s data.</source>
        <translation>%1 ne figure pas dans les données de ce compte.</translation>
    </message>
    <message>
        <source>Only published products can be listed (this one is %1).</source>
        <translation>Seuls les produits publiés peuvent être référencés (celui-ci est %1).</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>La modification n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>listing: a request to list the product waits for review</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>No active distribution contract: enroll in the marketplace&apos;s distribution agreement under Agreements first.</source>
        <translation>Aucun contrat de distribution actif&#xa0;: adhérez d&apos;abord à l&apos;accord de distribution de la place de marché sous Accords.</translation>
    </message>
    <message>
        <source>Not possible while its state is “%1”.</source>
        <translation>Impossible tant que son état est «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ModuleInfo</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Référencements</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Help &amp; Support</source>
        <translation>Aide et support</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Every module at a glance.</source>
        <translation>Tous les modules en un coup d&apos;œil.</translation>
    </message>
    <message>
        <source>Process orders from resellers: purchases, changes, suspensions and cancellations.</source>
        <translation>Traitez les commandes des revendeurs&#xa0;: achats, modifications, suspensions et résiliations.</translation>
    </message>
    <message>
        <source>Your account details and the users who can access it.</source>
        <translation>Les informations de votre compte et les utilisateurs qui y ont accès.</translation>
    </message>
    <message>
        <source>Tokens and webhooks to integrate Connect with your own systems.</source>
        <translation>Jetons et webhooks pour intégrer Connect à vos propres systèmes.</translation>
    </message>
    <message>
        <source>Program and distribution agreements with your providers.</source>
        <translation>Accords de programme et de distribution avec vos fournisseurs.</translation>
    </message>
    <message>
        <source>List your products on marketplaces you have a distribution agreement with.</source>
        <translation>Référencez vos produits sur les places de marché avec lesquelles vous avez un accord de distribution.</translation>
    </message>
    <message>
        <source>Report pay-as-you-go consumption of your products.</source>
        <translation>Déclarez la consommation à l&apos;usage de vos produits.</translation>
    </message>
    <message>
        <source>Knowledge base, release notes and support cases.</source>
        <translation>Base de connaissances, notes de version et tickets de support.</translation>
    </message>
    <message>
        <source>Define, preview and publish your products.</source>
        <translation>Définissez, prévisualisez et publiez vos produits.</translation>
    </message>
    <message>
        <source>Reports on orders, subscriptions, billing and usage, made from the synced data.</source>
        <translation>Rapports sur les commandes, abonnements, facturation et consommation, à partir des données synchronisées.</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>Connect refused this value: %1</source>
        <translation>Connect a refusé cette valeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your API key has no permission for this change. Ask an administrator of the account to grant it, or use a key that has it. Your change is kept here.</source>
        <translation>Votre clé API n&apos;a pas l&apos;autorisation pour cette modification. Demandez à un administrateur du compte de l&apos;accorder, ou utilisez une clé qui la possède. Votre modification est conservée ici.</translation>
    </message>
    <message>
        <source>Connect said: %1</source>
        <translation>Connect a indiqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changed on Connect too since your edit: open the conflicts in the status bar to choose which version to keep.</source>
        <translation>Également modifié sur Connect depuis votre modification&#xa0;: ouvrez les conflits dans la barre d&apos;état pour choisir la version à conserver.</translation>
    </message>
    <message>
        <source>Connect cannot be reached: your change is saved on this computer and is sent on the next sync.</source>
        <translation>Connect est injoignable&#xa0;: votre modification est enregistrée sur cet ordinateur et sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>This no longer exists on Connect (someone may have removed it).</source>
        <translation>Cet élément n&apos;existe plus sur Connect (quelqu&apos;un l&apos;a peut-être supprimé).</translation>
    </message>
    <message>
        <source>Connect refused this change.</source>
        <translation>Connect a refusé cette modification.</translation>
    </message>
    <message>
        <source>Connect refused this change: %1</source>
        <translation>Connect a refusé cette modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting for sync (Connect cannot be reached now, it is sent when the connection is back)</source>
        <translation>Enregistré sur cet ordinateur&#xa0;; en attente de synchronisation (Connect est injoignable pour le moment, l&apos;envoi aura lieu au retour de la connexion)</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>En attente de synchronisation</translation>
    </message>
    <message>
        <source>Waiting for sync (offline)</source>
        <translation>En attente de synchronisation (hors ligne)</translation>
    </message>
    <message>
        <source>Waiting for sync: saved on this computer, sent with the next sync (F5 syncs now)</source>
        <translation>En attente de synchronisation : enregistré sur cet ordinateur, envoyé à la prochaine synchronisation (F5 synchronise maintenant)</translation>
    </message>
</context>
<context>
    <name>ProductLabels</name>
    <message>
        <source>Reservation</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation>À l&apos;usage</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Unique</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <source>Monthly trial</source>
        <translation>Essai mensuel</translation>
    </message>
    <message>
        <source>7-day trial</source>
        <translation>Essai de 7 jours</translation>
    </message>
    <message>
        <source>14-day trial</source>
        <translation>Essai de 14 jours</translation>
    </message>
    <message>
        <source>30-day trial</source>
        <translation>Essai de 30 jours</translation>
    </message>
    <message>
        <source>Integer (whole units)</source>
        <translation>Entier (unités entières)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>1 billing period</source>
        <translation>1 période de facturation</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>Single line text</source>
        <translation>Texte sur une ligne</translation>
    </message>
    <message>
        <source>Drop-down list</source>
        <translation>Liste déroulante</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Checkboxes</source>
        <translation>Cases à cocher</translation>
    </message>
    <message>
        <source>Subdomain</source>
        <translation>Sous-domaine</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>Objet JSON</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Radio buttons (choice)</source>
        <translation>Boutons radio (choix)</translation>
    </message>
    <message>
        <source>Heading (form section title)</source>
        <translation>Titre (titre de section du formulaire)</translation>
    </message>
    <message>
        <source>Content (read-only text)</source>
        <translation>Contenu (texte en lecture seule)</translation>
    </message>
    <message>
        <source>Ordering</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Asset (subscription)</source>
        <translation>Asset (abonnement)</translation>
    </message>
    <message>
        <source>Tier 1 (reseller)</source>
        <translation>Tier 1 (revendeur)</translation>
    </message>
    <message>
        <source>Tier 2 (reseller)</source>
        <translation>Tier 2 (revendeur)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <source>Item and marketplace</source>
        <translation>Article et place de marché</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>Inquire</source>
        <translation>Demande d&apos;informations</translation>
    </message>
    <message>
        <source>Tier setup</source>
        <translation>Configuration de Tier</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>End of sale</source>
        <translation>Fin de commercialisation</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Boîtes aux lettres</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>Booléen</translation>
    </message>
    <message>
        <source>Boxes</source>
        <translation>Boîtes</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Ordinateurs</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employés</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Adresses IP</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>Kbit/s</source>
        <translation>Kbit/s</translation>
    </message>
    <message>
        <source>MB-hours (pay-as-you-go)</source>
        <translation>Mo-heures (à l&apos;usage)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>MHz</source>
        <translation>MHz</translation>
    </message>
    <message>
        <source>MHz-hours (pay-as-you-go)</source>
        <translation>MHz-heures (à l&apos;usage)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Mobile devices</source>
        <translation>Appareils mobiles</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Boutiques</translation>
    </message>
    <message>
        <source>Unit-hours (pay-as-you-go)</source>
        <translation>Unités-heures (à l&apos;usage)</translation>
    </message>
    <message>
        <source>Websites</source>
        <translation>Sites web</translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <extracomment>A billing period of several years; %n is the number of years (2 or more).</extracomment>
        <translation>
            <numerusform>Tous les %n ans</numerusform>
            <numerusform>Tous les %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Decimal, 1 digit</source>
        <translation>Décimal, 1 chiffre</translation>
    </message>
    <message numerus="yes">
        <source>Decimal, %n digits</source>
        <extracomment>%n is how many digits after the decimal point.</extracomment>
        <translation>
            <numerusform>Décimal, %n chiffre</numerusform>
            <numerusform>Décimal, %n chiffres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n billing periods</source>
        <translation>
            <numerusform>%n période de facturation</numerusform>
            <numerusform>%n périodes de facturation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <comment>parameter phase: asked while the vendor fulfills the request</comment>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>template type: shown while a subscription request waits</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>unit of measure</comment>
        <translation>Articles</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Fulfillment requests</source>
        <translation>Demandes de traitement</translation>
    </message>
    <message>
        <source>Fulfillment requests: line items</source>
        <translation>Demandes de traitement&#xa0;: lignes d&apos;articles</translation>
    </message>
    <message>
        <source>Requests failed with a vendor reason</source>
        <translation>Demandes en échec avec motif de l&apos;éditeur</translation>
    </message>
    <message>
        <source>Billing requests</source>
        <translation>Demandes de facturation</translation>
    </message>
    <message>
        <source>Billing requests: line items</source>
        <translation>Demandes de facturation&#xa0;: lignes d&apos;articles</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Tier configuration requests</source>
        <translation>Demandes de configuration de Tier</translation>
    </message>
    <message>
        <source>Tier configurations</source>
        <translation>Configurations de Tier</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>Demandes de référencement</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Référencements</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>Usage per subscription</source>
        <translation>Utilisation par abonnement</translation>
    </message>
    <message>
        <source>SLA of pending requests</source>
        <translation>SLA des demandes en attente</translation>
    </message>
    <message>
        <source>Helpdesk cases</source>
        <translation>Tickets d&apos;assistance</translation>
    </message>
    <message>
        <source>One row per request: customer and tiers, product, marketplace, connection, items and parameters.</source>
        <translation>Une ligne par demande&#xa0;: client et Tiers, produit, place de marché, connexion, articles et paramètres.</translation>
    </message>
    <message>
        <source>One row per item of each request, with its quantity and the previous one.</source>
        <translation>Une ligne par article de chaque demande, avec sa quantité et la précédente.</translation>
    </message>
    <message>
        <source>Failed requests and the reason the vendor gave.</source>
        <translation>Demandes en échec et le motif donné par l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Vendor and provider billing requests with their period.</source>
        <translation>Demandes de facturation des éditeurs et fournisseurs avec leur période.</translation>
    </message>
    <message>
        <source>One row per billed item and cycle.</source>
        <translation>Une ligne par article facturé et par cycle.</translation>
    </message>
    <message>
        <source>Subscriptions (assets) with their customer, billing period and next billing date.</source>
        <translation>Abonnements (assets) avec leur client, leur période de facturation et leur prochaine date de facturation.</translation>
    </message>
    <message>
        <source>Tier configuration requests of resellers.</source>
        <translation>Demandes de configuration de Tier des revendeurs.</translation>
    </message>
    <message>
        <source>Tier configurations and their accounts.</source>
        <translation>Configurations de Tier et leurs comptes.</translation>
    </message>
    <message>
        <source>Requests to list products in marketplaces.</source>
        <translation>Demandes de référencement de produits sur des places de marché.</translation>
    </message>
    <message>
        <source>Where the products are listed.</source>
        <translation>Où les produits sont référencés.</translation>
    </message>
    <message>
        <source>Customers and resellers (tier accounts) with their contacts.</source>
        <translation>Clients et revendeurs (comptes Tier) avec leurs contacts.</translation>
    </message>
    <message>
        <source>Program and distribution contracts.</source>
        <translation>Contrats de programme et de distribution.</translation>
    </message>
    <message>
        <source>Usage records grouped by subscription.</source>
        <translation>Enregistrements d&apos;utilisation regroupés par abonnement.</translation>
    </message>
    <message>
        <source>Open requests with the days they have waited: ok up to 2 days, warning up to 5, then overdue.</source>
        <translation>Demandes ouvertes avec leur nombre de jours d&apos;attente&#xa0;: OK jusqu&apos;à 2 jours, avertissement jusqu&apos;à 5, puis en retard.</translation>
    </message>
    <message>
        <source>Support cases with their state and dates.</source>
        <translation>Tickets de support avec leur état et leurs dates.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Inquiring</source>
        <translation>Informations requises</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Tiers setup</source>
        <translation>Configuration des Tiers</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Revoking</source>
        <translation>Révocation en cours</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Résiliation</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Résiliation en cours</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Référencé</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Non référencé</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>En cours d&apos;examen</translation>
    </message>
    <message>
        <source>Deploying</source>
        <translation>Déploiement en cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendeur</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Adhésion en cours</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Tier account requests</source>
        <translation>Demandes de compte Tier</translation>
    </message>
    <message>
        <source>Changes of customer and reseller accounts sent to you to accept or ignore.</source>
        <translation>Modifications de comptes clients et revendeurs qui vous sont envoyées pour que vous les acceptiez ou les ignoriez.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>Non pris en charge</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <source>Tiers setup</source>
        <translation>Configuration des Tiers</translation>
    </message>
    <message>
        <source>Inquiring</source>
        <translation>Informations requises</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Revoking</source>
        <translation>Révocation en cours</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
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
        <translation>Statut</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>The request is no longer in the cache.</source>
        <translation>La demande ne figure plus dans le cache.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Choisissez un modèle.</translation>
    </message>
    <message>
        <source>The template is not one of this product&apos;s templates for this action.</source>
        <translation>Ce modèle ne fait pas partie des modèles de ce produit pour cette action.</translation>
    </message>
    <message>
        <source>Give a reason for the customer.</source>
        <translation>Indiquez un motif pour le client.</translation>
    </message>
    <message>
        <source>Choose an inquire template or write a message on at least one parameter.</source>
        <translation>Choisissez un modèle de demande d&apos;informations ou écrivez un message sur au moins un paramètre.</translation>
    </message>
    <message>
        <source>Your user is not known yet; sync first.</source>
        <translation>Votre utilisateur n&apos;est pas encore connu&#xa0;; synchronisez d&apos;abord.</translation>
    </message>
    <message>
        <source>The change could not be saved in the local cache: %1</source>
        <translation>La modification n&apos;a pas pu être enregistrée dans le cache local&#xa0;: %1</translation>
    </message>
    <message>
        <source>Purchase</source>
        <comment>request type</comment>
        <translation>Achat</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>request type: the customer changes a subscription</comment>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Suspend</source>
        <comment>request type: the customer suspends a subscription</comment>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>request type: the customer resumes a subscription</comment>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>request type: the customer cancels a subscription</comment>
        <translation>Résiliation</translation>
    </message>
    <message>
        <source>Renew</source>
        <comment>request type: the subscription is renewed</comment>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <comment>request type</comment>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>request status: waiting for the vendor</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Preview</source>
        <comment>environment of a request (test, preview, production)</comment>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column: when the request was created</comment>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Not possible while the request&apos;s status is “%1”.</source>
        <extracomment>%1 is the request&apos;s status as shown in the Status column (&quot;Approved&quot;, &quot;Failed&quot;…).</extracomment>
        <translation>Impossible tant que le statut de la demande est «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Fill in the required parameters first: %1.</source>
        <translation>Renseignez d’abord les paramètres obligatoires : %1.</translation>
    </message>
</context>
<context>
    <name>UsageLabels</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Pending acceptance</source>
        <translation>Acceptation en attente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Accepter…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rejeter…</translation>
    </message>
    <message>
        <source>Close file</source>
        <translation>Clôturer le fichier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos;, row %2: %3</source>
        <translation>Feuille &apos;%1&apos;, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Sheet &apos;%1&apos;, row %2, column %3 (%4): %5</source>
        <translation>Feuille &apos;%1&apos;, ligne %2, colonne %3 (%4)&#xa0;: %5</translation>
    </message>
</context>
<context>
    <name>UserFacingErrors</name>
    <message>
        <source>“%1” is not a web address. Enter the API endpoint, for example https://api.connect.cloudblue.com/public/v1.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web. Saisissez le point de terminaison de l&apos;API, par exemple https://api.connect.cloudblue.com/public/v1.</translation>
    </message>
    <message>
        <source>Could not reach the endpoint: %1. Check the address and your connection.</source>
        <translation>Impossible de joindre le point de terminaison&#xa0;: %1. Vérifiez l&apos;adresse et votre connexion.</translation>
    </message>
    <message>
        <source>Connect refused this API key (HTTP %1). Check that it is complete and not revoked.</source>
        <translation>Connect a refusé cette clé API (HTTP %1). Vérifiez qu&apos;elle est complète et non révoquée.</translation>
    </message>
    <message>
        <source>The endpoint answered, but not like the Connect API: %1. Check the address.</source>
        <translation>Le point de terminaison a répondu, mais pas comme l&apos;API Connect&#xa0;: %1. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>The endpoint failed to answer (%1). Try again later.</source>
        <translation>Le point de terminaison n&apos;a pas répondu (%1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>No API key is stored for this account.</source>
        <translation>Aucune clé API n&apos;est enregistrée pour ce compte.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Le trousseau système a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sandbox&apos;s key could not be read from the system keychain: %1</source>
        <translation>La clé du bac à sable n&apos;a pas pu être lue dans le trousseau système&#xa0;: %1</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the API key was not saved. Start or unlock your desktop&apos;s keyring (e.g. GNOME Keyring or KWallet) and add the account again, or keep the key in memory for this run when asked.</source>
        <translation>Aucun trousseau système n&apos;est disponible (%1), la clé API n&apos;a donc pas été enregistrée. Démarrez ou déverrouillez le trousseau de clés de votre bureau (par ex. GNOME Keyring ou KWallet) et ajoutez de nouveau le compte, ou conservez la clé en mémoire pour cette session lorsque cela vous est proposé.</translation>
    </message>
    <message>
        <source>The system keychain refused access (for example, its password prompt was canceled), so the API key was not saved. Add the account again and unlock the keyring when your desktop asks, or keep the key in memory for this run when asked.</source>
        <translation>Le trousseau système a refusé l&apos;accès (par exemple, sa demande de mot de passe a été annulée)&#xa0;: la clé API n&apos;a donc pas été enregistrée. Ajoutez de nouveau le compte et déverrouillez le trousseau de clés du bureau lorsqu&apos;il le demande, ou gardez la clé en mémoire pour cette session lorsque cela vous est proposé.</translation>
    </message>
</context>
<context>
    <name>cv::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>A desktop client for CloudBlue Connect vendors: products, fulfilment, agreements, listings, usage and reports, online or offline.</source>
        <translation>Un client de bureau pour les éditeurs CloudBlue Connect&#xa0;: produits, traitement, accords, référencements, utilisation et rapports, en ligne ou hors ligne.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Réalisé avec&#xa0;:</translation>
    </message>
    <message>
        <source>Libraries, versions and licences</source>
        <translation>Bibliothèques, versions et licences</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Utilisée pour</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>&amp;Copier les informations de diagnostic</translation>
    </message>
    <message>
        <source>Versions, system and account ids for a bug report; no keys or secrets</source>
        <translation>Versions, système et IDs de compte pour un rapport de bogue&#xa0;; ni clés ni secrets</translation>
    </message>
    <message>
        <source>Copied to the clipboard: paste it into a support case or a bug report.</source>
        <translation>Copié dans le presse-papiers&#xa0;: collez-le dans un ticket de support ou un rapport de bogue.</translation>
    </message>
</context>
<context>
    <name>cv::ui::AccountNavigator</name>
    <message>
        <source>No account</source>
        <translation>Aucun compte</translation>
    </message>
    <message>
        <source>Account navigator: switch accounts or sign out</source>
        <translation>Navigateur de comptes&#xa0;: changer de compte ou se déconnecter</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Switch account</source>
        <translation>Changer de compte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>%1
Vendor account %2</source>
        <extracomment>%1 is the account&apos;s name, %2 its ID (VA-…).</extracomment>
        <translation>%1
Compte éditeur %2</translation>
    </message>
    <message>
        <source>%1
Provider account %2</source>
        <extracomment>%1 is the account&apos;s name, %2 its ID (PA-…).</extracomment>
        <translation>%1
Compte fournisseur %2</translation>
    </message>
    <message>
        <source>%1
Account %2 (%3)</source>
        <extracomment>%1 is the account&apos;s name, %2 its ID, %3 its type as Connect names it.</extracomment>
        <translation>%1
Compte %2 (%3)</translation>
    </message>
    <message>
        <source>About Connect Vendor Desktop</source>
        <translation>À propos de Connect Vendor Desktop</translation>
    </message>
</context>
<context>
    <name>cv::ui::AccountPage</name>
    <message>
        <source>Account details</source>
        <translation>Informations du compte</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Account ID:</source>
        <translation>ID du compte&#xa0;:</translation>
    </message>
    <message>
        <source>Brand ID:</source>
        <translation>ID de la marque&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save name</source>
        <translation>&amp;Enregistrer le nom</translation>
    </message>
    <message>
        <source>Saved on this computer at once and sent to Connect on the next sync.</source>
        <translation>Enregistré immédiatement sur cet ordinateur et envoyé à Connect à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Once the cause is fixed (e.g. the permission granted), send the change with the next sync.</source>
        <translation>Une fois la cause corrigée (par ex. l&apos;autorisation accordée), envoyer la modification à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>&amp;Discard my change</source>
        <translation>Annuler &amp;ma modification</translation>
    </message>
    <message>
        <source>Show the name Connect has again and forget the change.</source>
        <translation>Afficher de nouveau le nom connu de Connect et oublier la modification.</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>(named on registration)</source>
        <translation>(nommé lors de l&apos;inscription)</translation>
    </message>
    <message>
        <source>(after the first sync)</source>
        <translation>(après la première synchronisation)</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Distributor (provider)</source>
        <translation>Distributeur (fournisseur)</translation>
    </message>
    <message>
        <source>The account was closed; open it again to add the user.</source>
        <translation>Le compte a été fermé&#xa0;; rouvrez-le pour ajouter l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Retirer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Cancel the invitation of %1? It has not reached Connect, so nothing is sent.</source>
        <translation>Annuler l&apos;invitation de %1&#xa0;? Elle n&apos;a pas atteint Connect, rien ne sera donc envoyé.</translation>
    </message>
    <message>
        <source>Remove %1 from the account? They lose access to it once the change is synced.</source>
        <translation>Retirer %1 du compte&#xa0;? Son accès prend fin une fois la modification synchronisée.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>Renvoy&amp;er</translation>
    </message>
    <message>
        <source>Search users by name, email or role (Ctrl+F)</source>
        <translation>Rechercher des utilisateurs par nom, e-mail ou rôle (Ctrl+F)</translation>
    </message>
    <message>
        <source>Re&amp;move user</source>
        <translation>Supp&amp;rimer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>user status</comment>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>Matches the user&apos;s name, email or role</source>
        <translation>Correspond au nom, à l&apos;e-mail ou au rôle de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>User status filter</source>
        <translation>Filtre de statut des utilisateurs</translation>
    </message>
</context>
<context>
    <name>cv::ui::ActionDialog</name>
    <message>
        <source>Edit Action</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>e.g. sso_login</source>
        <translation>par ex. sso_login</translation>
    </message>
    <message>
        <source>Button text, e.g. Open admin panel</source>
        <translation>Texte du bouton, par ex. Ouvrir le panneau d&apos;administration</translation>
    </message>
    <message>
        <source>Action &amp;ID:</source>
        <translation>&amp;ID de l&apos;action&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Portée&#xa0;:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message>
        <source>%1: This field is required.</source>
        <translation>%1&#xa0;: ce champ est obligatoire.</translation>
    </message>
</context>
<context>
    <name>cv::ui::ActionsTab</name>
    <message>
        <source>&amp;Add Action</source>
        <translation>&amp;Ajouter une action</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Action ID</source>
        <translation>ID de l&apos;action</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>https://your-service.example.com/sso</source>
        <translation>https://your-service.example.com/sso</translation>
    </message>
    <message>
        <source>Actions are buttons customers see on their subscription; a click opens your target URL with a signed JWT.</source>
        <translation>Les actions sont des boutons que les clients voient dans leur abonnement&#xa0;; un clic ouvre votre URL cible avec un JWT signé.</translation>
    </message>
    <message>
        <source>Action link</source>
        <translation>Lien de l&apos;action</translation>
    </message>
    <message>
        <source>Target &amp;URL:</source>
        <translation>&amp;URL cible&#xa0;:</translation>
    </message>
    <message>
        <source>JWT secret:</source>
        <translation>Secret JWT&#xa0;:</translation>
    </message>
    <message>
        <source>The secret is only shown while it is known from the server; it is never stored on this computer.</source>
        <translation>Le secret n&apos;est affiché que tant qu&apos;il est connu du serveur&#xa0;; il n&apos;est jamais enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Copier le secret dans le presse-papiers</translation>
    </message>
    <message>
        <source>A new secret was requested. It appears after the next sync from the server; update your service with it then.</source>
        <translation>Un nouveau secret a été demandé. Il apparaîtra après la prochaine synchronisation depuis le serveur&#xa0;; mettez alors à jour votre service avec celui-ci.</translation>
    </message>
    <message>
        <source>Change the action URL</source>
        <translation>Modifier l&apos;URL de l&apos;action</translation>
    </message>
    <message>
        <source>Add action %1</source>
        <translation>Ajouter l&apos;action %1</translation>
    </message>
    <message>
        <source>Edit action %1</source>
        <translation>Modifier l&apos;action %1</translation>
    </message>
    <message>
        <source>Delete action %1</source>
        <translation>Supprimer l&apos;action %1</translation>
    </message>
    <message>
        <source>Read from Connect; kept in memory only, never stored on this computer.</source>
        <translation>Lu depuis Connect&#xa0;; conservé uniquement en mémoire, jamais enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Action “%1” deleted.</source>
        <translation>Action «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Copy works once the secret has been read from Connect: when the app is online and the product is on Connect. It is kept in memory only, never stored on this computer.</source>
        <translation>Copier fonctionne une fois le secret lu depuis Connect : quand l&apos;application est en ligne et que le produit est sur Connect. Il est gardé en mémoire uniquement, jamais enregistré sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>cv::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nom@entreprise.fr</translation>
    </message>
    <message>
        <source>Admin (the one role Connect offers vendor accounts today)</source>
        <translation>Admin (le seul rôle que Connect propose aujourd&apos;hui aux comptes éditeur)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Inviter</translation>
    </message>
    <message>
        <source>Connect emails an invitation to this address. The new user enters their name when registering and gets access to the account&apos;s products, fulfillment queue and settings.</source>
        <translation>Connect envoie une invitation à cette adresse. Le nouvel utilisateur saisit son nom lors de l&apos;inscription et obtient l&apos;accès aux produits, à la file de traitement et aux paramètres du compte.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
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
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Version %1 on %2 by %3</source>
        <translation>Version %1 le %2 par %3</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>un utilisateur inconnu</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>Sign version %1…</source>
        <translation>Signer la version %1…</translation>
    </message>
    <message>
        <source>The provider published version %1; you signed version %2. Read the changes under Versions, then sign.</source>
        <translation>Le fournisseur a publié la version %1&#xa0;; vous avez signé la version %2. Lisez les modifications sous Versions, puis signez.</translation>
    </message>
    <message>
        <source>Version %1 published</source>
        <translation>Version %1 publiée</translation>
    </message>
    <message>
        <source>Contract created</source>
        <translation>Contrat créé</translation>
    </message>
    <message>
        <source>Signed (contract on version %1)</source>
        <translation>Signé (contrat sur la version %1)</translation>
    </message>
    <message>
        <source>Countersigned by the provider</source>
        <translation>Contresigné par le fournisseur</translation>
    </message>
    <message>
        <source>Contract terminated</source>
        <translation>Contrat résilié</translation>
    </message>
    <message>
        <source>Signed from this app</source>
        <translation>Signé depuis cette application</translation>
    </message>
    <message>
        <source>Enrolled from this app</source>
        <translation>Adhésion depuis cette application</translation>
    </message>
    <message>
        <source>on Connect</source>
        <translation>sur Connect</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>envoyé le %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>waiting for sync</source>
        <translation>en attente de synchronisation</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>Chargement des versions…</translation>
    </message>
    <message>
        <source>Loading the document…</source>
        <translation>Chargement du document…</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>Les versions n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>signed by you</source>
        <translation>signée par vous</translation>
    </message>
    <message>
        <source>version %1 is not known</source>
        <translation>la version %1 est inconnue</translation>
    </message>
    <message>
        <source>This agreement has no document.</source>
        <translation>Cet accord n&apos;a pas de document.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation>Choisissez deux versions différentes.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>The documents could not be downloaded: %1</source>
        <translation>Les documents n&apos;ont pas pu être téléchargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>These documents have no text to compare (open them to read them).</source>
        <translation>Ces documents ne contiennent pas de texte à comparer (ouvrez-les pour les lire).</translation>
    </message>
    <message>
        <source>The texts of versions %1 and %2 are the same.</source>
        <translation>Les textes des versions %1 et %2 sont identiques.</translation>
    </message>
    <message>
        <source>Sign version %1 of &quot;%2&quot; on behalf of %3? This accepts the agreement&apos;s terms.</source>
        <translation>Signer la version %1 de «&#xa0;%2&#xa0;» au nom de %3&#xa0;? Vous acceptez ainsi les conditions de l&apos;accord.</translation>
    </message>
    <message>
        <source>Sign agreement</source>
        <translation>Signer l&apos;accord</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>← All agreements</source>
        <translation>← Tous les accords</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Active version:</source>
        <translation>Version active&#xa0;:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Signé&#xa0;:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Contrat&#xa0;:</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Sent to Connect</source>
        <translation>Envoyé à Connect</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Afficher les modifications</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <extracomment>One part of the agreement&apos;s subtitle (parts are separated by &quot; · &quot;); %1 is the provider&apos;s name.</extracomment>
        <translation>Fournisseur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Marketplace: %1</source>
        <extracomment>One part of the agreement&apos;s subtitle (parts are separated by &quot; · &quot;); %1 is the marketplace&apos;s name.</extracomment>
        <translation>Place de marché&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your enrollment is waiting for the provider&apos;s approval.</source>
        <translation>Votre adhésion attend l&apos;approbation du fournisseur.</translation>
    </message>
    <message>
        <source>Enroll to list products on %1.</source>
        <translation>Adhérez pour référencer des produits sur %1.</translation>
    </message>
    <message>
        <source>Enrollment completed</source>
        <translation>Adhésion terminée</translation>
    </message>
    <message>
        <source>Action from this app: %1</source>
        <extracomment>%1 is the action&apos;s name as Connect&apos;s API writes it (or the error Connect gave for it).</extracomment>
        <translation>Action depuis cette application&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enroll in agreement</source>
        <translation>Adhérer à l&apos;accord</translation>
    </message>
    <message>
        <source>Enroll in this agreement…</source>
        <translation>Adhérer à cet accord…</translation>
    </message>
    <message>
        <source>Signing and enrolling need a connection to Connect, which records them.</source>
        <translation>La signature et l&apos;adhésion nécessitent une connexion à Connect, qui les enregistre.</translation>
    </message>
    <message>
        <source>A signature saved by an earlier version of this app is sent to Connect with the next sync. It takes effect once Connect confirms it.</source>
        <translation>Une signature enregistrée par une version antérieure de cette application est envoyée à Connect à la prochaine synchronisation. Elle prend effet dès que Connect la confirme.</translation>
    </message>
    <message>
        <source>Connect cannot be reached. The versions and the document are kept on this computer once this page has been opened online; this agreement&apos;s have not been read yet.</source>
        <translation>Connect est injoignable. Les versions et le document sont conservés sur cet ordinateur une fois cette page ouverte en ligne&#xa0;; ceux de cet accord n&apos;ont pas encore été lus.</translation>
    </message>
    <message>
        <source>Connect cannot be reached: versions and documents as of %1, as kept on this computer.</source>
        <extracomment>%1 is the date and time the versions were read from Connect.</extracomment>
        <translation>Connect est injoignable&#xa0;: versions et documents au %1, tels que conservés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The versions could not be read (%1): shown as of %2, as kept on this computer.</source>
        <translation>Les versions n&apos;ont pas pu être lues (%1)&#xa0;: affichage au %2, tel que conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2: &lt;span class=&quot;removed&quot;&gt;removed&lt;/span&gt;, &lt;span class=&quot;added&quot;&gt;added&lt;/span&gt;.</source>
        <translation>Modifications de la version %1 à la version %2&#xa0;: &lt;span class=&quot;removed&quot;&gt;supprimé&lt;/span&gt;, &lt;span class=&quot;added&quot;&gt;ajouté&lt;/span&gt;.</translation>
    </message>
    <message>
        <source>Connect records your signature as soon as you click Sign, so this needs a connection to Connect.</source>
        <translation>Connect enregistre votre signature dès que vous cliquez sur Signer&#xa0;: une connexion à Connect est donc nécessaire.</translation>
    </message>
    <message>
        <source>Enroll in &quot;%1&quot; to list products on %2. Connect records your enrollment as soon as you click OK. A note for the provider (optional):</source>
        <translation>Adhérez à «&#xa0;%1&#xa0;» pour référencer des produits sur %2. Connect enregistre votre adhésion dès que vous cliquez sur OK. Une note pour le fournisseur (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Signing needs a connection to Connect: a signature is a legal act that Connect records when you sign, so it is not saved on this computer to be sent later. Connect cannot be reached now. Check your connection, then click &quot;%1&quot; again.</source>
        <extracomment>%1 is the label of the Sign or Enroll button.</extracomment>
        <translation>La signature nécessite une connexion à Connect&#xa0;: une signature est un acte juridique que Connect enregistre au moment où vous signez&#xa0;; elle n&apos;est donc pas enregistrée sur cet ordinateur pour être envoyée plus tard. Connect est injoignable pour le moment. Vérifiez votre connexion, puis cliquez de nouveau sur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Enrolling needs a connection to Connect: an enrollment is a contractual act that Connect records when you enroll, so it is not saved on this computer to be sent later. Connect cannot be reached now. Check your connection, then click &quot;%1&quot; again.</source>
        <translation>L&apos;adhésion nécessite une connexion à Connect&#xa0;: une adhésion est un acte contractuel que Connect enregistre au moment où vous adhérez&#xa0;; elle n&apos;est donc pas enregistrée sur cet ordinateur pour être envoyée plus tard. Connect est injoignable pour le moment. Vérifiez votre connexion, puis cliquez de nouveau sur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signature…</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Adhésion…</translation>
    </message>
    <message>
        <source>Sending your signature to Connect…</source>
        <translation>Envoi de votre signature à Connect…</translation>
    </message>
    <message>
        <source>Sending your enrollment to Connect…</source>
        <translation>Envoi de votre adhésion à Connect…</translation>
    </message>
    <message>
        <source>Connect recorded your signature on %1.</source>
        <extracomment>%1 is the date and time Connect recorded the signature.</extracomment>
        <translation>Connect a enregistré votre signature le %1.</translation>
    </message>
    <message>
        <source>Connect recorded your enrollment on %1.</source>
        <translation>Connect a enregistré votre adhésion le %1.</translation>
    </message>
    <message>
        <source>The connection to Connect broke while your signature was being sent, so it is not known whether Connect recorded it. Nothing is saved to be sent later: the next sync shows whether it did. If it did not, sign again once Connect can be reached.</source>
        <translation>La connexion à Connect a été interrompue pendant l&apos;envoi de votre signature&#xa0;: on ne sait donc pas si Connect l&apos;a enregistrée. Rien n&apos;est conservé pour un envoi ultérieur&#xa0;: la prochaine synchronisation indiquera si c&apos;est le cas. Sinon, signez de nouveau dès que Connect sera joignable.</translation>
    </message>
    <message>
        <source>The connection to Connect broke while your enrollment was being sent, so it is not known whether Connect recorded it. Nothing is saved to be sent later: the next sync shows whether it did. If it did not, enroll again once Connect can be reached.</source>
        <translation>La connexion à Connect a été interrompue pendant l&apos;envoi de votre adhésion&#xa0;: on ne sait donc pas si Connect l&apos;a enregistrée. Rien n&apos;est conservé pour un envoi ultérieur&#xa0;: la prochaine synchronisation indiquera si c&apos;est le cas. Sinon, adhérez de nouveau dès que Connect sera joignable.</translation>
    </message>
    <message>
        <source>Connect refused the signature: %1</source>
        <extracomment>%1 is Connect&apos;s reason in plain words.</extracomment>
        <translation>Connect a refusé la signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connect refused the enrollment: %1</source>
        <translation>Connect a refusé l&apos;adhésion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Double-click a version to read its document.</source>
        <translation>Double-cliquez sur une version pour lire son document.</translation>
    </message>
    <message>
        <source>Compare from version</source>
        <translation>Comparer à partir de la version</translation>
    </message>
    <message>
        <source>Compare to version</source>
        <translation>Comparer avec la version</translation>
    </message>
    <message>
        <source>Changes between the versions</source>
        <translation>Modifications entre les versions</translation>
    </message>
</context>
<context>
    <name>cv::ui::AgreementsPage</name>
    <message>
        <source>Open an account to see its agreements.</source>
        <translation>Ouvrez un compte pour voir ses accords.</translation>
    </message>
    <message>
        <source>No agreement matches the search and filters.</source>
        <translation>Aucun accord ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>No agreements yet. They appear here after a sync once a provider invites the account.</source>
        <translation>Aucun accord pour l&apos;instant. Ils apparaissent ici après une synchronisation, dès qu&apos;un fournisseur invite le compte.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Active version</source>
        <translation>Version active</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Search agreements by name or ID</source>
        <translation>Rechercher des accords par nom ou ID</translation>
    </message>
    <message>
        <source>Search contracts by name or ID</source>
        <translation>Rechercher des contrats par nom ou ID</translation>
    </message>
    <message>
        <source>Search agreements</source>
        <translation>Rechercher des accords</translation>
    </message>
    <message>
        <source>Matches the agreement&apos;s name or ID</source>
        <translation>Correspond au nom ou à l&apos;ID de l&apos;accord</translation>
    </message>
    <message>
        <source>Search contracts</source>
        <translation>Rechercher des contrats</translation>
    </message>
    <message>
        <source>Matches the contract&apos;s name or ID</source>
        <translation>Correspond au nom ou à l&apos;ID du contrat</translation>
    </message>
    <message>
        <source>Agreement type filter</source>
        <translation>Filtre de type d&apos;accord</translation>
    </message>
    <message>
        <source>Agreement status filter</source>
        <translation>Filtre de statut d&apos;accord</translation>
    </message>
    <message>
        <source>Contract type filter</source>
        <translation>Filtre de type de contrat</translation>
    </message>
    <message>
        <source>Contract status filter</source>
        <translation>Filtre de statut de contrat</translation>
    </message>
</context>
<context>
    <name>cv::ui::ApiPage</name>
    <message>
        <source>No account is open.</source>
        <translation>Aucun compte n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Verify a delivery</source>
        <translation>Vérifier une livraison</translation>
    </message>
    <message>
        <source>API address of this account</source>
        <translation>Adresse API de ce compte</translation>
    </message>
    <message>
        <source>How to authenticate</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Every call carries the header &quot;Authorization: ApiKey &lt;token&gt;&quot;, where the token is the one shown once when you generate it on the Tokens page (it starts with its id, SU-…). Give each script its own token so that each can be turned off alone. Connect answers 401 to a wrong or inactive token and 403 when the token lacks the module&apos;s permission.</source>
        <translation>Chaque appel comporte l&apos;en-tête «&#xa0;Authorization: ApiKey &lt;token&gt;&#xa0;», où le jeton est celui affiché une seule fois lors de sa génération sur la page Jetons (il commence par son ID, SU-…). Donnez à chaque script son propre jeton afin de pouvoir les désactiver séparément. Connect répond 401 à un jeton erroné ou inactif et 403 lorsque le jeton n&apos;a pas l&apos;autorisation du module.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Connect API documentation&lt;/a&gt; (opens in your browser)</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Documentation de l&apos;API Connect&lt;/a&gt; (s&apos;ouvre dans votre navigateur)</translation>
    </message>
    <message>
        <source>Try it: list your products</source>
        <translation>Essayer&#xa0;: lister vos produits</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Copier la commande</translation>
    </message>
    <message>
        <source>API sections</source>
        <translation>Sections de l&apos;API</translation>
    </message>
</context>
<context>
    <name>cv::ui::ApproveDialog</name>
    <message numerus="yes">
        <source>Approve %Ln requests</source>
        <translation>
            <numerusform>Approuver %Ln demande</numerusform>
            <numerusform>Approuver %Ln demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve request</source>
        <translation>Approuver la demande</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %Ln</source>
        <translation>
            <numerusform>&amp;Approuver %Ln</numerusform>
            <numerusform>&amp;Approuver %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Activation &amp;template:</source>
        <translation>&amp;Modèle d&apos;activation&#xa0;:</translation>
    </message>
    <message>
        <source>The template (values are filled in for each request):</source>
        <translation>Le modèle (les valeurs sont renseignées pour chaque demande)&#xa0;:</translation>
    </message>
    <message>
        <source>What the customer will receive:</source>
        <translation>Ce que le client recevra&#xa0;:</translation>
    </message>
    <message>
        <source>This product has no activation template in the local cache. Create one in Inventory, then sync.</source>
        <translation>Ce produit n&apos;a pas de modèle d&apos;activation dans le cache local. Créez-en un dans Inventaire, puis synchronisez.</translation>
    </message>
    <message>
        <source>The request is approved in the local cache at once and on Connect at the next sync.</source>
        <translation>La demande est approuvée immédiatement dans le cache local et sur Connect à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>cv::ui::BulkResultDialog</name>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln done; the changes reach Connect at the next sync.</source>
        <extracomment>%1 is how many of the %n selected requests were done.</extracomment>
        <translation>
            <numerusform>%1 sur %Ln effectuée&#xa0;; les modifications parviennent à Connect à la prochaine synchronisation.</numerusform>
            <numerusform>%1 sur %Ln effectuées&#xa0;; les modifications parviennent à Connect à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::CapabilitiesPage</name>
    <message>
        <source>Subscription lifecycle</source>
        <translation>Cycle de vie de l&apos;abonnement</translation>
    </message>
    <message>
        <source>Suspend and resume</source>
        <translation>Suspension et reprise</translation>
    </message>
    <message>
        <source>Administrative hold</source>
        <translation>Blocage administratif</translation>
    </message>
    <message>
        <source>Providers may put a subscription on hold for administrative reasons.</source>
        <translation>Les fournisseurs peuvent bloquer un abonnement pour des raisons administratives.</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <translation>À l&apos;usage</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>QT: quantity (usage is reported as amounts)</source>
        <translation>QT&#xa0;: quantité (l&apos;utilisation est déclarée en quantités)</translation>
    </message>
    <message>
        <source>TR: tiered rates</source>
        <translation>TR&#xa0;: tarifs par paliers</translation>
    </message>
    <message>
        <source>PR: provider rating</source>
        <translation>PR&#xa0;: tarification par le fournisseur</translation>
    </message>
    <message>
        <source>CR: cost rating (usage is reported as costs)</source>
        <translation>CR&#xa0;: tarification par coût (l&apos;utilisation est déclarée en coûts)</translation>
    </message>
    <message>
        <source>Dynamic items (created from usage reports)</source>
        <translation>Articles dynamiques (créés à partir des rapports d&apos;utilisation)</translation>
    </message>
    <message>
        <source>Future charges</source>
        <translation>Frais futurs</translation>
    </message>
    <message>
        <source>Late charges</source>
        <translation>Frais tardifs</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>Schéma&#xa0;:</translation>
    </message>
    <message>
        <source>Reporting and validation</source>
        <translation>Déclaration et validation</translation>
    </message>
    <message>
        <source>Consumption reporting for reservation items</source>
        <translation>Déclaration de consommation pour les articles de réservation</translation>
    </message>
    <message>
        <source>Dynamic validation of draft requests (your service checks orders before they are placed)</source>
        <translation>Validation dynamique des demandes en brouillon (votre service vérifie les commandes avant qu&apos;elles ne soient passées)</translation>
    </message>
    <message>
        <source>Dynamic validation of the inquiring form</source>
        <translation>Validation dynamique du formulaire de demande d&apos;informations</translation>
    </message>
    <message>
        <source>Resellers (tiers)</source>
        <translation>Revendeurs (Tiers)</translation>
    </message>
    <message>
        <source>Level 1 (tier 1 reseller)</source>
        <translation>Niveau 1 (revendeur Tier 1)</translation>
    </message>
    <message>
        <source>Level 2 (tier 1 and tier 2 resellers)</source>
        <translation>Niveau 2 (revendeurs Tier 1 et Tier 2)</translation>
    </message>
    <message>
        <source>Tier accounts sync</source>
        <translation>Synchronisation des comptes Tier</translation>
    </message>
    <message>
        <source>Reseller authorization level:</source>
        <translation>Niveau d&apos;autorisation des revendeurs&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a pay-as-you-go schema first.</source>
        <translation>Choisissez d&apos;abord un schéma à l&apos;usage.</translation>
    </message>
    <message>
        <source>Change capabilities</source>
        <translation>Modifier les fonctionnalités</translation>
    </message>
    <message>
        <source>Subscriptions can be suspended (e.g. for non-payment) and resumed later without being canceled; your service receives suspend and resume requests.</source>
        <translation>Les abonnements peuvent être suspendus (p. ex. pour défaut de paiement) puis repris sans être résiliés&#xa0;; votre service reçoit des demandes de suspension et de reprise.</translation>
    </message>
</context>
<context>
    <name>cv::ui::CasePage</name>
    <message>
        <source>Attach a file to the case</source>
        <translation>Joindre un fichier au ticket</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Write a reply to the case (sent on the next sync)</source>
        <translation>Écrire une réponse au ticket (envoyée à la prochaine synchronisation)</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>Envoyer la &amp;réponse</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Ren&amp;voyer</translation>
    </message>
    <message>
        <source>Once the cause is fixed, send the refused change with the next sync.</source>
        <translation>Une fois la cause corrigée, envoyer la modification refusée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>&amp;Discard the refused change</source>
        <translation>&amp;Annuler la modification refusée</translation>
    </message>
    <message>
        <source>Forget the change Connect refused; a case opened here goes with its replies and files.</source>
        <translation>Oublier la modification refusée par Connect&#xa0;; un ticket ouvert ici est supprimé avec ses réponses et ses fichiers.</translation>
    </message>
    <message>
        <source>Ask for information</source>
        <translation>Demander des informations</translation>
    </message>
    <message>
        <source>Back to pending</source>
        <translation>Remettre en attente</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Marquer comme résolu</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Fermer le ticket</translation>
    </message>
    <message>
        <source>Case %1 is not in the offline data.</source>
        <translation>Le ticket %1 ne figure pas dans les données hors ligne.</translation>
    </message>
    <message>
        <source>(given by Connect after sync)</source>
        <translation>(attribué par Connect après synchronisation)</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Pièces jointes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attachments waiting for sync: %1</source>
        <translation>Pièces jointes en attente de synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>waiting for sync</source>
        <translation>en attente de synchronisation</translation>
    </message>
    <message>
        <source>No replies yet. Replies from the support team appear here after a sync.</source>
        <translation>Aucune réponse pour l&apos;instant. Les réponses de l&apos;équipe de support apparaissent ici après une synchronisation.</translation>
    </message>
    <message>
        <source>← All cases</source>
        <translation>← Tous les tickets</translation>
    </message>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Joindre un &amp;fichier…</translation>
    </message>
    <message>
        <source>Case ID: %1 · State: %2 · Priority: %3</source>
        <extracomment>%1 is the case&apos;s ID, %2 its state (&quot;Pending&quot;…), %3 its priority (&quot;High&quot;…).</extracomment>
        <translation>ID du ticket&#xa0;: %1 · État&#xa0;: %2 · Priorité&#xa0;: %3</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Sent to the case on the next sync</source>
        <translation>Envoyé au ticket à la prochaine synchronisation</translation>
    </message>
</context>
<context>
    <name>cv::ui::CcpPreview</name>
    <message>
        <source>Customer control panel preview</source>
        <translation>Aperçu du panneau de contrôle client</translation>
    </message>
    <message>
        <source>This is what the customer sees after signing in to the customer control panel.</source>
        <translation>Voici ce que voit le client après s&apos;être connecté au panneau de contrôle client.</translation>
    </message>
    <message>
        <source>The customer control panel needs a connection to Connect.</source>
        <translation>Le panneau de contrôle client nécessite une connexion à Connect.</translation>
    </message>
    <message>
        <source>The customer control panel of %1 could not be loaded: %2</source>
        <translation>Le panneau de contrôle client de %1 n&apos;a pas pu être chargé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Asset %1 as the customer sees it. Links open in your browser.</source>
        <translation>L&apos;asset %1 tel que le client le voit. Les liens s&apos;ouvrent dans votre navigateur.</translation>
    </message>
    <message>
        <source>Show the panel in one of the product&apos;s languages</source>
        <translation>Afficher le panneau dans l&apos;une des langues du produit</translation>
    </message>
    <message>
        <source>English (source)</source>
        <translation>Anglais (source)</translation>
    </message>
    <message>
        <source>Loading the customer control panel of %1…</source>
        <translation>Chargement du panneau de contrôle client de %1…</translation>
    </message>
</context>
<context>
    <name>cv::ui::ChoicesEditor</name>
    <message>
        <source>Add choice</source>
        <translation>Ajouter un choix</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Label (shown)</source>
        <translation>Libellé (affiché)</translation>
    </message>
    <message>
        <source>Value (sent)</source>
        <translation>Valeur (envoyée)</translation>
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
        <translation>Demande</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Référencement</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>approve</source>
        <extracomment>The word a user types in the command palette to approve a request (&quot;approve PR-1234&quot;), in lower case; matched in any case.</extracomment>
        <translation>approuver</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send local changes and fetch what changed</source>
        <translation>Envoyer les modifications locales et récupérer ce qui a changé</translation>
    </message>
    <message>
        <source>Approve a pending request…</source>
        <translation>Approuver une demande en attente…</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; and the request&apos;s id or customer</source>
        <extracomment>%1 is the word that starts an approval in the palette (&quot;approve&quot;).</extracomment>
        <translation>Tapez «&#xa0;%1&#xa0;» puis l&apos;ID ou le client de la demande</translation>
    </message>
    <message>
        <source>New support case</source>
        <translation>Nouveau ticket de support</translation>
    </message>
    <message>
        <source>Write to CloudBlue support (Help &amp; Support)</source>
        <translation>Écrire au support CloudBlue (Aide et support)</translation>
    </message>
    <message>
        <source>Show sync conflicts</source>
        <translation>Afficher les conflits de synchronisation</translation>
    </message>
    <message>
        <source>Decide between your changes and Connect&apos;s</source>
        <translation>Choisir entre vos modifications et celles de Connect</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Afficher les notifications</translation>
    </message>
    <message>
        <source>The emails Connect sent you</source>
        <translation>Les e-mails que Connect vous a envoyés</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <extracomment>%1 is a module&apos;s title (&quot;Usage&quot;, &quot;Help &amp; Support&quot;).</extracomment>
        <translation>Aller à %1</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <extracomment>%1 is a request&apos;s id (&quot;PR-1234-5678-9012-001&quot;).</extracomment>
        <translation>Approuver %1</translation>
    </message>
    <message>
        <source>Find a request, product, customer, case… or a command</source>
        <translation>Rechercher une demande, un produit, un client, un ticket… ou une commande</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Type an id, a name or an email, or a command. Up and Down choose, Enter runs, Escape closes.</source>
        <translation>Tapez un ID, un nom, un e-mail ou une commande. Haut et Bas pour choisir, Entrée pour exécuter, Échap pour fermer.</translation>
    </message>
    <message>
        <source>Command palette results</source>
        <translation>Résultats de la palette de commandes</translation>
    </message>
    <message>
        <source>Nothing in the offline data matches.</source>
        <translation>Rien dans les données hors ligne ne correspond.</translation>
    </message>
    <message>
        <source>1 result · Enter runs · Esc closes</source>
        <translation>1 résultat · Entrée exécute · Échap ferme</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results · Enter runs · Esc closes</source>
        <translation>
            <numerusform>%Ln résultat · Entrée exécute · Échap ferme</numerusform>
            <numerusform>%Ln résultats · Entrée exécute · Échap ferme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::ConflictsDialog</name>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Garder la &amp;leur</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Mo&amp;difier…</translation>
    </message>
    <message>
        <source>Keep mine for all</source>
        <translation>Garder la mienne pour tout</translation>
    </message>
    <message>
        <source>Keep theirs for all</source>
        <translation>Garder la leur pour tout</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Theirs (server)</source>
        <translation>La leur (serveur)</translation>
    </message>
    <message>
        <source>No conflicts: everything you changed offline could be merged.</source>
        <translation>Aucun conflit&#xa0;: tout ce que vous avez modifié hors ligne a pu être fusionné.</translation>
    </message>
    <message>
        <source>One field changed both here and on the server since the last sync.</source>
        <translation>Un champ a été modifié à la fois ici et sur le serveur depuis la dernière synchronisation.</translation>
    </message>
    <message>
        <source>Choose which value to keep; your other changes to these objects wait until you decide.</source>
        <translation>Choisissez la valeur à conserver&#xa0;; vos autres modifications de ces objets attendent votre décision.</translation>
    </message>
    <message>
        <source>The decision could not be saved: %1</source>
        <translation>La décision n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The decisions could not be saved: %1</source>
        <translation>Les décisions n&apos;ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Mine: %1
Theirs: %2

Value to keep:</source>
        <translation>La mienne&#xa0;: %1
La leur&#xa0;: %2

Valeur à conserver&#xa0;:</translation>
    </message>
    <message>
        <source>The value could not be saved: %1</source>
        <translation>La valeur n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n fields changed both here and on the server since the last sync.</source>
        <translation>
            <numerusform>%n champ a été modifié ici et sur le serveur depuis la dernière synchronisation.</numerusform>
            <numerusform>%n champs ont été modifiés ici et sur le serveur depuis la dernière synchronisation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::ContractDetailPage</name>
    <message>
        <source>Contract:</source>
        <translation>Contrat&#xa0;:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source> (waiting for sync)</source>
        <translation> (en attente de synchronisation)</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Accord&#xa0;:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Signé&#xa0;:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Émis par&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2) · distribution agreement: %3</source>
        <translation>%1 (%2) · accord de distribution&#xa0;: %3</translation>
    </message>
    <message>
        <source>Version %1 published</source>
        <translation>Version %1 publiée</translation>
    </message>
    <message>
        <source>Contract created</source>
        <translation>Contrat créé</translation>
    </message>
    <message>
        <source>Signed (version %1)</source>
        <translation>Signé (version %1)</translation>
    </message>
    <message>
        <source>Countersigned by the provider</source>
        <translation>Contresigné par le fournisseur</translation>
    </message>
    <message>
        <source>Contract terminated</source>
        <translation>Contrat résilié</translation>
    </message>
    <message>
        <source>Signed from this app</source>
        <translation>Signé depuis cette application</translation>
    </message>
    <message>
        <source>Enrolled from this app</source>
        <translation>Adhésion depuis cette application</translation>
    </message>
    <message>
        <source>on Connect</source>
        <translation>sur Connect</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>envoyé le %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>waiting for sync</source>
        <translation>en attente de synchronisation</translation>
    </message>
    <message>
        <source>No distribution agreement under this program yet.</source>
        <translation>Aucun accord de distribution dans ce programme pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No marketplace.</source>
        <translation>Aucune place de marché.</translation>
    </message>
    <message>
        <source>← All contracts</source>
        <translation>← Tous les contrats</translation>
    </message>
    <message>
        <source>Marketplaces</source>
        <translation>Places de marché</translation>
    </message>
    <message>
        <source>Open the agreement</source>
        <translation>Ouvrir l&apos;accord</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Sent to Connect</source>
        <translation>Envoyé à Connect</translation>
    </message>
    <message>
        <source>Enrollment completed</source>
        <translation>Adhésion terminée</translation>
    </message>
    <message>
        <source>Action from this app: %1</source>
        <extracomment>%1 is the action&apos;s name as Connect&apos;s API writes it (or the error Connect gave for it).</extracomment>
        <translation>Action depuis cette application&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::CreateListingDialog</name>
    <message>
        <source>Submit for review now (otherwise it stays a draft)</source>
        <translation>Soumettre à la revue maintenant (sinon, reste un brouillon)</translation>
    </message>
    <message>
        <source>Create listing</source>
        <translation>Créer un référencement</translation>
    </message>
    <message>
        <source>What the marketplace asks for: support contact, local contact, notes for the reviewer</source>
        <translation>Ce que demande la place de marché&#xa0;: contact support, contact local, notes pour le réviseur</translation>
    </message>
    <message>
        <source>You are offline: the request is saved on this computer and sent to Connect at the next sync.</source>
        <translation>Vous êtes hors ligne&#xa0;: la demande est enregistrée sur cet ordinateur et sera envoyée à Connect à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Create request</source>
        <translation>Créer la demande</translation>
    </message>
    <message>
        <source>Product (published):</source>
        <translation>Produit (publié)&#xa0;:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Place de marché&#xa0;:</translation>
    </message>
    <message>
        <source>Details for the marketplace:</source>
        <translation>Détails pour la place de marché&#xa0;:</translation>
    </message>
    <message>
        <source>No published product: publish one under Inventory first.</source>
        <translation>Aucun produit publié&#xa0;: publiez-en d&apos;abord un dans Inventaire.</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <extracomment>%1 is a marketplace&apos;s name.</extracomment>
        <translation>%1 (non disponible)</translation>
    </message>
    <message>
        <source>Choose a marketplace to create the request.</source>
        <translation>Choisissez une place de marché pour créer la demande.</translation>
    </message>
    <message>
        <source>This product cannot be listed on any marketplace now: the reasons are under each marketplace above.</source>
        <translation>Ce produit ne peut être référencé sur aucune place de marché pour le moment&#xa0;: les raisons sont indiquées sous chaque place de marché ci-dessus.</translation>
    </message>
</context>
<context>
    <name>cv::ui::CreateUsageFileDialog</name>
    <message>
        <source>Create usage file</source>
        <translation>Créer un fichier d&apos;utilisation</translation>
    </message>
    <message>
        <source>Usage %1</source>
        <translation>Utilisation %1</translation>
    </message>
    <message>
        <source>You are offline: the usage file is saved on this computer and created on Connect at the next sync.</source>
        <translation>Vous êtes hors ligne&#xa0;: le fichier d&apos;utilisation est enregistré sur cet ordinateur et créé sur Connect à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>%1 (%2, contract %3)</source>
        <translation>%1 (%2, contrat %3)</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produit&#xa0;:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Place de marché&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Period (UTC):</source>
        <translation>Période (UTC)&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Download &amp;template…</source>
        <translation>Télécharger le &amp;modèle…</translation>
    </message>
    <message>
        <source>The usage template (.xlsx) for this product and period, to fill in offline</source>
        <translation>Le modèle d&apos;utilisation (.xlsx) pour ce produit et cette période, à remplir hors ligne</translation>
    </message>
    <message>
        <source>Save usage template</source>
        <translation>Enregistrer le modèle d&apos;utilisation</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>Modèle enregistré dans %1.</translation>
    </message>
    <message>
        <source>The template could not be made: %1</source>
        <translation>Le modèle n&apos;a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>cv::ui::DashboardPage</name>
    <message>
        <source>Short description and detailed overview are filled in.</source>
        <translation>La description courte et la présentation détaillée sont renseignées.</translation>
    </message>
    <message>
        <source>Fill in the short description and the detailed overview; add a logo.</source>
        <translation>Renseignez la description courte et la présentation détaillée&#xa0;; ajoutez un logo.</translation>
    </message>
    <message>
        <source>Add at least one item (SKU) that customers can buy.</source>
        <translation>Ajoutez au moins un article (SKU) que les clients peuvent acheter.</translation>
    </message>
    <message>
        <source>Add at least one parameter, e.g. the administrator&apos;s email asked when ordering.</source>
        <translation>Ajoutez au moins un paramètre, par ex. l&apos;e-mail de l&apos;administrateur demandé à la commande.</translation>
    </message>
    <message>
        <source>The customer description or getting started text is filled in.</source>
        <translation>La description client ou le texte de prise en main est renseigné.</translation>
    </message>
    <message>
        <source>Describe the service and how to get started for customers; edit the templates and actions.</source>
        <translation>Décrivez le service et sa prise en main pour les clients&#xa0;; modifiez les modèles et les actions.</translation>
    </message>
    <message>
        <source>A version of this product is published.</source>
        <translation>Une version de ce produit est publiée.</translation>
    </message>
    <message>
        <source>Publish a version so it can be listed in marketplaces. Publishing needs a connection to Connect.</source>
        <translation>Publiez une version pour pouvoir la référencer sur des places de marché. La publication nécessite une connexion à Connect.</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Terminé</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non terminé</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <extracomment>%1 is the name of a product page (&quot;Items&quot;, &quot;Parameters&quot;…).</extracomment>
        <translation>Aller à %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>A preview request was run.</source>
        <translation>Une demande d&apos;aperçu a été exécutée.</translation>
    </message>
    <message>
        <source>Check how customers will see the product before you publish it (recommended), once the rest is done and synced.</source>
        <translation>Vérifiez comment les clients verront le produit avant de le publier (recommandé), une fois le reste terminé et synchronisé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n steps done. Everything is saved on this computer as you type and sent to Connect by the next sync.</source>
        <extracomment>%1 is how many of the %n steps are done.</extracomment>
        <translation>
            <numerusform>%1 étape sur %n effectuée. Tout est enregistré sur cet ordinateur pendant la saisie et envoyé à Connect à la prochaine synchronisation.</numerusform>
            <numerusform>%1 étapes sur %n effectuées. Tout est enregistré sur cet ordinateur pendant la saisie et envoyé à Connect à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 item defined.</source>
        <translation>1 article défini.</translation>
    </message>
    <message numerus="yes">
        <source>%n items defined.</source>
        <translation>
            <numerusform>%n article défini.</numerusform>
            <numerusform>%n articles définis.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 parameter defined.</source>
        <translation>1 paramètre défini.</translation>
    </message>
    <message numerus="yes">
        <source>%n parameters defined.</source>
        <translation>
            <numerusform>%n paramètre défini.</numerusform>
            <numerusform>%n paramètres définis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::DocumentView</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln correspondance</numerusform>
            <numerusform>%Ln correspondances</numerusform>
        </translation>
    </message>
    <message>
        <source>Match %1 of %2</source>
        <translation>Correspondance %1 sur %2</translation>
    </message>
    <message>
        <source>The document cannot be shown while Connect cannot be reached.</source>
        <translation>Le document ne peut pas être affiché tant que Connect est injoignable.</translation>
    </message>
    <message>
        <source>The document could not be downloaded: %1</source>
        <translation>Le document n&apos;a pas pu être téléchargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>This version&apos;s document is a web page of the provider:
%1</source>
        <translation>Le document de cette version est une page web du fournisseur&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Open in browser…</source>
        <translation>Ouvrir dans le navigateur…</translation>
    </message>
    <message>
        <source>The PDF document could not be read (%1).</source>
        <translation>Le document PDF n&apos;a pas pu être lu (%1).</translation>
    </message>
    <message>
        <source>This document (%1, %2) cannot be shown here. You can save it and open it with the program your system uses for it.</source>
        <translation>Ce document (%1, %2) ne peut pas être affiché ici. Vous pouvez l&apos;enregistrer et l&apos;ouvrir avec le programme que votre système utilise pour ce type de fichier.</translation>
    </message>
    <message>
        <source>Open with system viewer…</source>
        <translation>Ouvrir avec la visionneuse du système…</translation>
    </message>
    <message>
        <source>Open %1 in your web browser?</source>
        <translation>Ouvrir %1 dans votre navigateur web&#xa0;?</translation>
    </message>
    <message>
        <source>Save %1 and open it with your system&apos;s viewer? Files from the internet can be harmful; open it only if you trust the provider.</source>
        <translation>Enregistrer %1 et l&apos;ouvrir avec la visionneuse de votre système&#xa0;? Les fichiers provenant d&apos;Internet peuvent être dangereux&#xa0;; ne l&apos;ouvrez que si vous faites confiance au fournisseur.</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Ouvrir le document</translation>
    </message>
    <message>
        <source>The document could not be saved to %1.</source>
        <translation>Le document n&apos;a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <source>Search the document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Correspondance précédente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Correspondance suivante</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 résultat</translation>
    </message>
</context>
<context>
    <name>cv::ui::FirstRunPage</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Enter the API key of your Connect account (API module › Tokens in the portal).</source>
        <translation>Saisissez la clé API de votre compte Connect (module API › Jetons dans le portail).</translation>
    </message>
    <message>
        <source>Welcome to Connect Vendor Desktop</source>
        <translation>Bienvenue dans Connect Vendor Desktop</translation>
    </message>
    <message>
        <source>Add a Connect account</source>
        <translation>Ajouter un compte Connect</translation>
    </message>
    <message>
        <source>API &amp;endpoint:</source>
        <translation>&amp;Point de terminaison de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé API&#xa0;:</translation>
    </message>
    <message>
        <source>The key is checked with Connect and kept only in your system keychain.</source>
        <translation>La clé est vérifiée auprès de Connect et conservée uniquement dans votre trousseau système.</translation>
    </message>
    <message>
        <source>Explore offline with the sandbox</source>
        <translation>Explorer hors ligne avec le bac à sable</translation>
    </message>
    <message>
        <source>Try every module against a local sandbox account with demo data. No Connect account needed.</source>
        <translation>Essayez chaque module avec un compte de bac à sable local et des données de démonstration. Aucun compte Connect nécessaire.</translation>
    </message>
    <message>
        <source>Explore offline</source>
        <translation>Explorer hors ligne</translation>
    </message>
    <message>
        <source>Continue with an empty offline workspace</source>
        <translation>Continuer avec un espace de travail hors ligne vide</translation>
    </message>
    <message>
        <source>The built-in sandbox is not available.</source>
        <translation>Le bac à sable intégré n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Back to where you were, without adding an account (Esc)</source>
        <translation>Revenir où vous étiez, sans ajouter de compte (Échap)</translation>
    </message>
    <message>
        <source>Add another account</source>
        <translation>Ajouter un autre compte</translation>
    </message>
    <message>
        <source>Define products, fulfill orders and publish to marketplaces, online or offline. Everything you do is saved on this computer first and synced with Connect.</source>
        <translation>Définissez des produits, traitez des commandes et publiez sur des places de marché, en ligne ou hors ligne. Tout ce que vous faites est d&apos;abord enregistré sur cet ordinateur, puis synchronisé avec Connect.</translation>
    </message>
</context>
<context>
    <name>cv::ui::FulfillmentPage</name>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Process the requests of your customers: approve, inquire or reject.</source>
        <translation>Traitez les demandes de vos clients&#xa0;: approuver, demander des informations ou rejeter.</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Search by request ID, customer or product (Ctrl+F)</source>
        <translation>Rechercher par ID de demande, client ou produit (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any assignee</source>
        <translation>Tout responsable</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>Tout produit</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>%1: any</source>
        <extracomment>A filter button: %1 is the filter&apos;s name (&quot;Type&quot;, &quot;Status&quot;, &quot;Environment&quot;).</extracomment>
        <translation>%1&#xa0;: tous</translation>
    </message>
    <message>
        <source>Sign in to an account to see its requests.</source>
        <translation>Connectez-vous à un compte pour voir ses demandes.</translation>
    </message>
    <message>
        <source>No requests in the local cache yet. Sync to fetch them.</source>
        <translation>Aucune demande dans le cache local pour l&apos;instant. Synchronisez pour les récupérer.</translation>
    </message>
    <message>
        <source>No request matches these filters.</source>
        <translation>Aucune demande ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Select pending requests to approve or reject several at once.</source>
        <translation>Sélectionnez des demandes en attente pour en approuver ou rejeter plusieurs à la fois.</translation>
    </message>
    <message>
        <source>Approved, waiting for sync</source>
        <translation>Approuvée, en attente de synchronisation</translation>
    </message>
    <message>
        <source>Approve selected</source>
        <translation>Approuver la sélection</translation>
    </message>
    <message>
        <source>Rejected, waiting for sync</source>
        <translation>Rejetée, en attente de synchronisation</translation>
    </message>
    <message>
        <source>Reject selected</source>
        <translation>Rejeter la sélection</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>filter: requests created between two dates</comment>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Approve selected…</source>
        <translation>Approuver la sélection…</translation>
    </message>
    <message>
        <source>Reject selected…</source>
        <translation>Rejeter la sélection…</translation>
    </message>
    <message>
        <source>Show only requests with the status “%1”</source>
        <extracomment>%1 is a request status as shown in the Status column (&quot;Pending&quot;, &quot;Approved&quot;…).</extracomment>
        <translation>Afficher uniquement les demandes au statut «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln selected</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln sélectionnée</numerusform>
            <numerusform>%1&#xa0;: %Ln sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>All · %1</source>
        <extracomment>The filter chip showing every request; %1 is how many there are.</extracomment>
        <translation>Toutes · %1</translation>
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
            <numerusform>%Ln sélectionnée</numerusform>
            <numerusform>%Ln sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <comment>selected requests</comment>
        <translation>
            <numerusform>%Ln en attente</numerusform>
            <numerusform>%Ln en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %Ln selected…</source>
        <translation>
            <numerusform>Approuver %Ln demande sélectionnée…</numerusform>
            <numerusform>Approuver %Ln demandes sélectionnées…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %Ln selected…</source>
        <translation>
            <numerusform>Rejeter %Ln demande sélectionnée…</numerusform>
            <numerusform>Rejeter %Ln demandes sélectionnées…</numerusform>
        </translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Rechercher des demandes</translation>
    </message>
    <message>
        <source>Matches the request ID, the customer&apos;s name or the product&apos;s name</source>
        <translation>Correspond à l&apos;ID de la demande, au nom du client ou au nom du produit</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Filtre de responsable</translation>
    </message>
    <message>
        <source>Product filter</source>
        <translation>Filtre de produit</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Créée à partir du</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Créée jusqu&apos;au</translation>
    </message>
    <message>
        <source>Fulfillment requests</source>
        <translation>Demandes de traitement</translation>
    </message>
    <message>
        <source>Enter opens the request; Shift or Ctrl with the arrows selects several</source>
        <translation>Entrée ouvre la demande&#xa0;; Maj ou Ctrl avec les flèches en sélectionne plusieurs</translation>
    </message>
    <message>
        <source>Loading requests: %1 of %2</source>
        <translation>Chargement des demandes&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>cv::ui::HelpSupportPage</name>
    <message>
        <source>Getting started with Connect</source>
        <translation>Bien démarrer avec Connect</translation>
    </message>
    <message>
        <source>Portals, accounts and users; the supply chain flows.</source>
        <translation>Portails, comptes et utilisateurs&#xa0;; les flux de la chaîne d&apos;approvisionnement.</translation>
    </message>
    <message>
        <source>Account module</source>
        <translation>Module Compte</translation>
    </message>
    <message>
        <source>Account details, users and invitations (lab: Account Module).</source>
        <translation>Informations du compte, utilisateurs et invitations (lab&#xa0;: Account Module).</translation>
    </message>
    <message>
        <source>Processing fulfillment requests (tutorial)</source>
        <translation>Traiter les demandes de traitement (tutoriel)</translation>
    </message>
    <message>
        <source>Step by step: fill the fulfillment parameters and approve a request (lab: Fulfillment).</source>
        <translation>Pas à pas&#xa0;: renseigner les paramètres de traitement et approuver une demande (lab&#xa0;: Fulfillment).</translation>
    </message>
    <message>
        <source>Requests management</source>
        <translation>Gestion des demandes</translation>
    </message>
    <message>
        <source>Request details, approve, inquire and reject.</source>
        <translation>Détails d&apos;une demande, approuver, demander des informations et rejeter.</translation>
    </message>
    <message>
        <source>Listings (video tutorial)</source>
        <translation>Référencements (tutoriel vidéo)</translation>
    </message>
    <message>
        <source>Listing products in a distributor&apos;s marketplaces.</source>
        <translation>Référencer des produits sur les places de marché d&apos;un distributeur.</translation>
    </message>
    <message>
        <source>Localization</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Translating product content (lab: Inventory, product profile).</source>
        <translation>Traduire le contenu des produits (lab&#xa0;: Inventory, profil du produit).</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>Jetons API</translation>
    </message>
    <message>
        <source>Tokens and their module permissions (lab: API Module).</source>
        <translation>Les jetons et leurs autorisations par module (lab&#xa0;: API Module).</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Support cases: states, attachments, comments (lab: Help &amp; Support).</source>
        <translation>Tickets de support&#xa0;: états, pièces jointes, commentaires (lab&#xa0;: Help &amp; Support).</translation>
    </message>
    <message>
        <source>SDKs and developer tools</source>
        <translation>SDK et outils de développement</translation>
    </message>
    <message>
        <source>Libraries and tools for the Connect API.</source>
        <translation>Bibliothèques et outils pour l&apos;API Connect.</translation>
    </message>
    <message>
        <source>Connect Community (all documentation)</source>
        <translation>Connect Community (toute la documentation)</translation>
    </message>
    <message>
        <source>Every module, guide and release note.</source>
        <translation>Chaque module, guide et note de version.</translation>
    </message>
    <message>
        <source>Opens %1 in your browser</source>
        <translation>Ouvre %1 dans votre navigateur</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Nouveautés</translation>
    </message>
    <message>
        <source>Support cases</source>
        <translation>Tickets de support</translation>
    </message>
    <message>
        <source>Connect&apos;s documentation and tutorials, grouped by the lab&apos;s topics. Click a topic to open it in your web browser.</source>
        <translation>La documentation et les tutoriels de Connect, regroupés selon les thèmes du lab. Cliquez sur un thème pour l&apos;ouvrir dans votre navigateur web.</translation>
    </message>
    <message>
        <source>Search cases by subject or ID (Ctrl+F)</source>
        <translation>Rechercher des tickets par objet ou ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nouveau ticket</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Case ID</source>
        <translation>ID du ticket</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>(after sync)</source>
        <translation>(après synchronisation)</translation>
    </message>
    <message>
        <source>The account was closed; open it again to write the case.</source>
        <translation>Le compte a été fermé&#xa0;; rouvrez-le pour rédiger le ticket.</translation>
    </message>
    <message>
        <source>Search support cases</source>
        <translation>Rechercher des tickets de support</translation>
    </message>
    <message>
        <source>Matches the case&apos;s subject or ID</source>
        <translation>Correspond à l&apos;objet ou à l&apos;ID du ticket</translation>
    </message>
    <message>
        <source>Case state filter</source>
        <translation>Filtre d&apos;état des tickets</translation>
    </message>
</context>
<context>
    <name>cv::ui::InquireDialog</name>
    <message>
        <source>Inquire: ask the customer</source>
        <translation>Demande d&apos;informations au client</translation>
    </message>
    <message>
        <source>(no template: the parameter messages only)</source>
        <translation>(aucun modèle&#xa0;: uniquement les messages des paramètres)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <source>Message for the customer</source>
        <translation>Message pour le client</translation>
    </message>
    <message>
        <source>&amp;Inquire</source>
        <translation>&amp;Demander</translation>
    </message>
    <message>
        <source>Inquire &amp;template:</source>
        <translation>&amp;Modèle de demande d&apos;informations&#xa0;:</translation>
    </message>
    <message>
        <source>Write a message next to each parameter the customer must correct:</source>
        <translation>Écrivez un message à côté de chaque paramètre que le client doit corriger&#xa0;:</translation>
    </message>
    <message>
        <source>Messages per parameter</source>
        <translation>Messages par paramètre</translation>
    </message>
</context>
<context>
    <name>cv::ui::InventoryPage</name>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Create a product from a definition file exported before</source>
        <translation>Créer un produit à partir d&apos;un fichier de définition exporté auparavant</translation>
    </message>
    <message>
        <source>Save the selected product&apos;s definition to a file (JSON in the Connect API shapes)</source>
        <translation>Enregistrer la définition du produit sélectionné dans un fichier (JSON au format de l&apos;API Connect)</translation>
    </message>
    <message>
        <source>Create Product</source>
        <translation>Créer un produit</translation>
    </message>
    <message>
        <source>Name of the new product (you can change it until the product is published):</source>
        <translation>Nom du nouveau produit (modifiable jusqu&apos;à la publication du produit)&#xa0;:</translation>
    </message>
    <message>
        <source>%1

Name of the new product:</source>
        <translation>%1

Nom du nouveau produit&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Le nom ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The product was not created: %1</source>
        <translation>Le produit n&apos;a pas été créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open an account (or the sandbox) to see its products.</source>
        <translation>Ouvrez un compte (ou le bac à sable) pour voir ses produits.</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>Aucun produit ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No products yet.
Click “Create Product” to define your first one; it is saved on this computer and sent to Connect with the next sync.</source>
        <translation>Aucun produit pour l&apos;instant.
Cliquez sur «&#xa0;Créer un produit&#xa0;» pour définir le premier&#xa0;; il est enregistré sur cet ordinateur et envoyé à Connect à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Search by name or ID (Ctrl+F)</source>
        <translation>Rechercher par nom ou ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Define a new product (Ctrl+N)</source>
        <translation>Définir un nouveau produit (Ctrl+N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Non publié</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>No product to export.</source>
        <translation>Aucun produit à exporter.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No account is open.</source>
        <translation>Aucun compte n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>%1 is not a product definition: %2 at byte %3.</source>
        <translation>%1 n&apos;est pas une définition de produit&#xa0;: %2 à l&apos;octet %3.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n&apos;a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Select a product to export first.</source>
        <translation>Sélectionnez d&apos;abord un produit à exporter.</translation>
    </message>
    <message>
        <source>Export product definition</source>
        <translation>Exporter la définition du produit</translation>
    </message>
    <message>
        <source>Product definition (*.json)</source>
        <translation>Définition de produit (*.json)</translation>
    </message>
    <message>
        <source>Import product definition</source>
        <translation>Importer une définition de produit</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Rechercher des produits</translation>
    </message>
    <message>
        <source>Matches the product&apos;s name or ID</source>
        <translation>Correspond au nom ou à l&apos;ID du produit</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
</context>
<context>
    <name>cv::ui::ItemDialog</name>
    <message>
        <source>Edit Item</source>
        <translation>Modifier l&apos;article</translation>
    </message>
    <message>
        <source>New Item</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>e.g. SKU Users</source>
        <translation>par ex. SKU Utilisateurs</translation>
    </message>
    <message>
        <source>Manufacturer part number, unique in the product</source>
        <translation>Référence fabricant (MPN), unique dans le produit</translation>
    </message>
    <message>
        <source>Optional: what the customer gets with this item</source>
        <translation>Facultatif&#xa0;: ce que le client obtient avec cet article</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;MPN:</source>
        <translation>&amp;MPN&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>A quantity the customer buys in advance (licenses, users)</source>
        <translation>Une quantité que le client achète à l&apos;avance (licences, utilisateurs)</translation>
    </message>
    <message>
        <source>Billed from reported usage, always monthly</source>
        <translation>Facturé selon l&apos;utilisation déclarée, toujours mensuellement</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Billing &amp;period:</source>
        <translation>&amp;Période de facturation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;recision:</source>
        <translation>P&amp;récision&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Commitment:</source>
        <translation>&amp;Engagement&#xa0;:</translation>
    </message>
    <message>
        <source>This item is published: only its name, MPN and description can change.</source>
        <translation>Cet article est publié&#xa0;: seuls son nom, son MPN et sa description peuvent changer.</translation>
    </message>
    <message>
        <source>Name and MPN</source>
        <translation>Nom et MPN</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Supprimer l&apos;article</translation>
    </message>
    <message>
        <source>Only draft items can be deleted.</source>
        <translation>Seuls les articles en brouillon peuvent être supprimés.</translation>
    </message>
    <message>
        <source>Pay-as-you-go items have no commitment.</source>
        <translation>Les articles à l&apos;usage n&apos;ont pas d&apos;engagement.</translation>
    </message>
    <message>
        <source>%1 (not allowed for this period)</source>
        <translation>%1 (non autorisé pour cette période)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ItemsPage</name>
    <message>
        <source>&amp;New Item</source>
        <translation>&amp;Nouvel article</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Période de facturation</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>The SKUs customers buy. Reservation items are bought in advance (users, licenses); pay-as-you-go items are billed monthly from reported usage.</source>
        <translation>Les SKU que les clients achètent. Les articles de réservation sont achetés à l&apos;avance (utilisateurs, licences)&#xa0;; les articles à l&apos;usage sont facturés chaque mois selon l&apos;utilisation déclarée.</translation>
    </message>
    <message>
        <source>Add an item (Ctrl+N)</source>
        <translation>Ajouter un article (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter by name or MPN</source>
        <translation>Filtrer par nom ou MPN</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add item %1</source>
        <translation>Ajouter l&apos;article %1</translation>
    </message>
    <message>
        <source>Edit item %1</source>
        <translation>Modifier l&apos;article %1</translation>
    </message>
    <message>
        <source>Delete item %1</source>
        <translation>Supprimer l&apos;article %1</translation>
    </message>
    <message>
        <source>Item “%1” deleted.</source>
        <translation>Article «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Filter items</source>
        <translation>Filtrer les articles</translation>
    </message>
    <message>
        <source>Matches the item&apos;s name or MPN</source>
        <translation>Correspond au nom ou au MPN de l&apos;article</translation>
    </message>
</context>
<context>
    <name>cv::ui::KeychainNotice</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Opening the system keychain for the sandbox account&apos;s API key.</source>
        <translation>Ouverture du trousseau système pour la clé API du compte du bac à sable.</translation>
    </message>
    <message>
        <source>Opening the system keychain for the account&apos;s API key.</source>
        <translation>Ouverture du trousseau système pour la clé API du compte.</translation>
    </message>
    <message>
        <source>Opening the system keychain for the API key of %1.</source>
        <translation>Ouverture du trousseau système pour la clé API de %1.</translation>
    </message>
    <message>
        <source>If your desktop now asks for a keyring password (or to create a keyring), that window comes from the system keychain (e.g. GNOME Keyring or KWallet), which keeps saved passwords locked; Connect Vendor Desktop never sees that password. Unlock it to keep the key there.</source>
        <translation>Si votre bureau demande maintenant un mot de passe de trousseau (ou de créer un trousseau), cette fenêtre provient du trousseau système (par ex. GNOME Keyring ou KWallet), qui garde les mots de passe enregistrés verrouillés&#xa0;; Connect Vendor Desktop ne voit jamais ce mot de passe. Déverrouillez-le pour y conserver la clé.</translation>
    </message>
    <message>
        <source>If you cancel it, the sandbox still opens, with a key kept in memory for this run.</source>
        <translation>Si vous annulez, le bac à sable s&apos;ouvre quand même, avec une clé conservée en mémoire pour cette session.</translation>
    </message>
    <message>
        <source>If you cancel it, the account works offline until you unlock the keychain or enter the key.</source>
        <translation>Si vous annulez, le compte fonctionne hors ligne jusqu&apos;à ce que vous déverrouilliez le trousseau ou saisissiez la clé.</translation>
    </message>
    <message>
        <source>The API key of %1 could not be read from the system keychain (%2). You can keep working offline: changes are saved on this computer. To sync, unlock your keychain (your desktop&apos;s keyring or password manager) and choose Try again, or enter the key for this run only.</source>
        <translation>La clé API de %1 n&apos;a pas pu être lue dans le trousseau système (%2). Vous pouvez continuer à travailler hors ligne&#xa0;: les modifications sont enregistrées sur cet ordinateur. Pour synchroniser, déverrouillez votre trousseau (le trousseau de clés ou le gestionnaire de mots de passe de votre bureau) et choisissez Réessayer, ou saisissez la clé pour cette session uniquement.</translation>
    </message>
    <message>
        <source>declined or not available</source>
        <translation>refusé ou non disponible</translation>
    </message>
    <message>
        <source>&amp;Enter key…</source>
        <translation>Saisir la &amp;clé…</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>Le trousseau système a refusé l&apos;accès.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s key could not be read from the system keychain (it stayed locked, or the key was never stored there).</source>
        <translation>La clé du bac à sable n&apos;a pas pu être lue dans le trousseau système (il est resté verrouillé, ou la clé n&apos;y a jamais été enregistrée).</translation>
    </message>
    <message>
        <source>No system keychain could be used (none available, or its prompt was canceled).</source>
        <translation>Aucun trousseau système n&apos;a pu être utilisé (aucun disponible, ou sa demande a été annulée).</translation>
    </message>
    <message>
        <source>The sandbox account therefore runs with a memory-only key: a local, throw-away key that opens only the sandbox on this computer. It is not stored in any keychain; the sandbox hands it over again at the next start.</source>
        <translation>Le compte du bac à sable fonctionne donc avec une clé en mémoire uniquement&#xa0;: une clé locale et jetable qui n&apos;ouvre que le bac à sable de cet ordinateur. Elle n&apos;est stockée dans aucun trousseau&#xa0;; le bac à sable la fournit de nouveau au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>cv::ui::LandingPage</name>
    <message>
        <source>Welcome to Connect</source>
        <translation>Bienvenue dans Connect</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Bienvenue, %1</translation>
    </message>
    <message>
        <source>Choose a module to get started. Ctrl+1 to Ctrl+0 switch modules from anywhere.</source>
        <translation>Choisissez un module pour commencer. Ctrl+1 à Ctrl+0 permettent de changer de module depuis n&apos;importe où.</translation>
    </message>
</context>
<context>
    <name>cv::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The language of the interface</source>
        <translation>La langue de l&apos;interface</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
</context>
<context>
    <name>cv::ui::LinkListEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nouveau lien</translation>
    </message>
</context>
<context>
    <name>cv::ui::ListingRequestPage</name>
    <message>
        <source>Request:</source>
        <translation>Demande&#xa0;:</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>pas encore envoyée</translation>
    </message>
    <message>
        <source>%1 (not confirmed by Connect yet)</source>
        <extracomment>%1 is the listing request&apos;s state (&quot;In review&quot;…).</extracomment>
        <translation>%1 (pas encore confirmé par Connect)</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produit&#xa0;:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Place de marché&#xa0;:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Contrat&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mis à jour&#xa0;:</translation>
    </message>
    <message>
        <source>Saved; it is sent to Connect with the next sync.</source>
        <translation>Enregistrée&#xa0;; elle sera envoyée à Connect à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>You are offline: this request is saved on this computer and sent to Connect at the next sync.</source>
        <translation>Vous êtes hors ligne&#xa0;: cette demande est enregistrée sur cet ordinateur et sera envoyée à Connect à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s provider reviews the request; its state follows the provider&apos;s decision at each sync.</source>
        <translation>Le fournisseur de la place de marché examine la demande&#xa0;; son état suit la décision du fournisseur à chaque synchronisation.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <source>Cancel this listing request?</source>
        <translation>Annuler cette demande de référencement&#xa0;?</translation>
    </message>
    <message>
        <source>Listing request</source>
        <translation>Demande de référencement</translation>
    </message>
    <message>
        <source>← All listing requests</source>
        <translation>← Toutes les demandes de référencement</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Soumettre à la revue</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Revenir au brouillon</translation>
    </message>
    <message>
        <source>Cancel request…</source>
        <translation>Annuler la demande…</translation>
    </message>
    <message>
        <source>New listing request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Nouvelle demande de référencement pour %1</translation>
    </message>
    <message>
        <source>Update request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Demande de mise à jour pour %1</translation>
    </message>
    <message>
        <source>Removal request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Demande de retrait pour %1</translation>
    </message>
    <message>
        <source>Listing request for %1</source>
        <extracomment>%1 is the product&apos;s name.</extracomment>
        <translation>Demande de référencement pour %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::ListingsPage</name>
    <message>
        <source>Request removal</source>
        <translation>Demander le retrait</translation>
    </message>
    <message>
        <source>Request update</source>
        <translation>Demander la mise à jour</translation>
    </message>
    <message>
        <source>Ask the provider to remove listing %1 from its marketplace. Reason (optional):</source>
        <translation>Demander au fournisseur de retirer le référencement %1 de sa place de marché. Motif (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Ask the provider to update listing %1 to the product&apos;s latest version. Note (optional):</source>
        <translation>Demander au fournisseur de mettre à jour le référencement %1 vers la dernière version du produit. Note (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Listing request</source>
        <translation>Demande de référencement</translation>
    </message>
    <message>
        <source>Create listing…</source>
        <translation>Créer un référencement…</translation>
    </message>
    <message>
        <source>Request update…</source>
        <translation>Demander la mise à jour…</translation>
    </message>
    <message>
        <source>Request removal…</source>
        <translation>Demander le retrait…</translation>
    </message>
    <message>
        <source>Select a listed product to ask the provider to update it to its latest version.</source>
        <translation>Sélectionnez un produit référencé pour demander au fournisseur de le mettre à jour vers sa dernière version.</translation>
    </message>
    <message>
        <source>Select a listed product to ask the provider to remove it from the marketplace.</source>
        <translation>Sélectionnez un produit référencé pour demander au fournisseur de le retirer de la place de marché.</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Référencements</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Products × marketplaces</source>
        <translation>Produits × places de marché</translation>
    </message>
    <message>
        <source>Where each published product is listed. Green: listed; yellow: a request is pending; grey: can be listed; red: not allowed (no active distribution contract).</source>
        <translation>Où chaque produit publié est référencé. Vert&#xa0;: référencé&#xa0;; jaune&#xa0;: une demande est en attente&#xa0;; gris&#xa0;: peut être référencé&#xa0;; rouge&#xa0;: non autorisé (aucun contrat de distribution actif).</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Pending request</source>
        <translation>Demande en attente</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Search by product, marketplace or ID</source>
        <translation>Rechercher par produit, place de marché ou ID</translation>
    </message>
    <message>
        <source>Search listings</source>
        <translation>Rechercher des référencements</translation>
    </message>
    <message>
        <source>Matches the product, the marketplace or the ID</source>
        <translation>Correspond au produit, à la place de marché ou à l&apos;ID</translation>
    </message>
    <message>
        <source>Listing requests</source>
        <translation>Demandes de référencement</translation>
    </message>
    <message>
        <source>Products by marketplace</source>
        <translation>Produits par place de marché</translation>
    </message>
    <message>
        <source>Listing status filter</source>
        <translation>Filtre de statut des référencements</translation>
    </message>
    <message>
        <source>Request state filter</source>
        <translation>Filtre d&apos;état des demandes</translation>
    </message>
    <message>
        <source>Request type filter</source>
        <translation>Filtre de type de demande</translation>
    </message>
</context>
<context>
    <name>cv::ui::LocalContentPage</name>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Ouvrir cette adresse dans votre navigateur web&#xa0;?

%1</translation>
    </message>
</context>
<context>
    <name>cv::ui::LocalizationTab</name>
    <message>
        <source>Download .po</source>
        <translation>Télécharger le .po</translation>
    </message>
    <message>
        <source>Gettext catalogs (*.po)</source>
        <translation>Catalogues gettext (*.po)</translation>
    </message>
    <message>
        <source>Download .ts</source>
        <translation>Télécharger le .ts</translation>
    </message>
    <message>
        <source>Qt Linguist files (*.ts)</source>
        <translation>Fichiers Qt Linguist (*.ts)</translation>
    </message>
    <message>
        <source>Upload translations</source>
        <translation>Envoyer des traductions</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nom du produit</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Description courte</translation>
    </message>
    <message>
        <source>Detailed description</source>
        <translation>Description détaillée</translation>
    </message>
    <message>
        <source>Service description</source>
        <translation>Description du service</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <source>Provisioning message</source>
        <translation>Message de provisionnement</translation>
    </message>
    <message>
        <source>Download link title</source>
        <translation>Titre du lien de téléchargement</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Titre du document</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Nom de l&apos;article</translation>
    </message>
    <message>
        <source>Item description</source>
        <translation>Description de l&apos;article</translation>
    </message>
    <message>
        <source>Parameter title</source>
        <translation>Titre du paramètre</translation>
    </message>
    <message>
        <source>Parameter description</source>
        <translation>Description du paramètre</translation>
    </message>
    <message>
        <source>Parameter hint</source>
        <translation>Indication du paramètre</translation>
    </message>
    <message>
        <source>Parameter placeholder</source>
        <translation>Texte indicatif du paramètre</translation>
    </message>
    <message>
        <source>Choice label</source>
        <translation>Libellé du choix</translation>
    </message>
    <message>
        <source>Template title</source>
        <translation>Titre du modèle</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>Corps du modèle</translation>
    </message>
    <message>
        <source>Action title</source>
        <translation>Titre de l&apos;action</translation>
    </message>
    <message>
        <source>Action description</source>
        <translation>Description de l&apos;action</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Translate what customers see of this product. Edits are saved at once and sent with the next sync; translators can work on a .po (gettext) or .ts (Qt Linguist) file.</source>
        <translation>Traduisez ce que les clients voient de ce produit. Les modifications sont enregistrées aussitôt et envoyées à la prochaine synchronisation&#xa0;; les traducteurs peuvent travailler sur un fichier .po (gettext) ou .ts (Qt Linguist).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Search fields and texts</source>
        <translation>Rechercher dans les champs et les textes</translation>
    </message>
    <message>
        <source>&amp;Untranslated first</source>
        <translation>Non traduits en &amp;premier</translation>
    </message>
    <message>
        <source>Source (English)</source>
        <translation>Source (anglais)</translation>
    </message>
    <message>
        <source>&amp;Download .po</source>
        <translation>Télé&amp;charger le .po</translation>
    </message>
    <message>
        <source>Download .&amp;ts</source>
        <translation>Télécharger le .&amp;ts</translation>
    </message>
    <message>
        <source>This product was created on this computer: it can be translated once it has reached Connect (after the next sync).</source>
        <translation>Ce produit a été créé sur cet ordinateur&#xa0;: il pourra être traduit une fois arrivé sur Connect (après la prochaine synchronisation).</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>(not translated)</source>
        <translation>(non traduit)</translation>
    </message>
    <message>
        <source>Not translated: customers see the English text.</source>
        <translation>Non traduit&#xa0;: les clients voient le texte anglais.</translation>
    </message>
    <message>
        <source>Saved as you type.</source>
        <translation>Enregistré pendant la saisie.</translation>
    </message>
    <message>
        <source>Placeholders and links match the source.</source>
        <translation>Les espaces réservés et les liens correspondent à la source.</translation>
    </message>
    <message>
        <source>missing placeholder %1</source>
        <translation>espace réservé %1 manquant</translation>
    </message>
    <message>
        <source>missing link target %1</source>
        <translation>cible de lien %1 manquante</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the file has %2 MB; files of more than %3 MB are refused.</source>
        <translation>%1&#xa0;: le fichier fait %2 Mo&#xa0;; les fichiers de plus de %3 Mo sont refusés.</translation>
    </message>
    <message>
        <source>Nothing was applied. Problems in %1:</source>
        <translation>Rien n&apos;a été appliqué. Problèmes dans %1&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation>Rien n&apos;a été appliqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 translations applied; %3 outdated ones left out. They are sent with the next sync.</source>
        <translation>%1&#xa0;: %2 traductions appliquées&#xa0;; %3 obsolètes laissées de côté. Elles sont envoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>%1: %2 translations applied. They are sent with the next sync.</source>
        <translation>%1&#xa0;: %2 traductions appliquées. Elles sont envoyées à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>U&amp;pload .po…</source>
        <translation>&amp;Envoyer le .po…</translation>
    </message>
    <message>
        <source>Upload .ts…</source>
        <translation>Envoyer le .ts…</translation>
    </message>
    <message>
        <source>Add a language…</source>
        <translation>Ajouter une langue…</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Nothing to apply: every translation in %1 is already there.</source>
        <translation>Rien à appliquer&#xa0;: toutes les traductions de %1 sont déjà présentes.</translation>
    </message>
    <message>
        <source>Upload of %1 canceled; nothing was applied.</source>
        <translation>Envoi de %1 annulé&#xa0;; rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Language to add</source>
        <translation>Langue à ajouter</translation>
    </message>
    <message>
        <source>Texts and their translations</source>
        <translation>Textes et leurs traductions</translation>
    </message>
    <message>
        <source>1 text written to %1.</source>
        <translation>1 texte écrit dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n texts written to %1.</source>
        <translation>
            <numerusform>%n texte écrit dans %1.</numerusform>
            <numerusform>%n textes écrits dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::MainWindow</name>
    <message>
        <source>Add a Connect account</source>
        <translation>Ajouter un compte Connect</translation>
    </message>
    <message>
        <source>Offline workspace</source>
        <translation>Espace de travail hors ligne</translation>
    </message>
    <message>
        <source>Connect Vendor Desktop</source>
        <translation>Connect Vendor Desktop</translation>
    </message>
    <message>
        <source>Sandbox on this computer (%1)</source>
        <translation>Bac à sable sur cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Offline workspace: no account</source>
        <translation>Espace de travail hors ligne&#xa0;: aucun compte</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Nothing to sync</source>
        <translation>Rien à synchroniser</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Send local changes and fetch what changed (F5)</source>
        <translation>Envoyer les modifications locales et récupérer les nouveautés (F5)</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Démarrage du bac à sable…</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>No key for %1 could be read from the system keychain (%2).
Enter the key to use it for this run only; it is not saved.</source>
        <translation>Aucune clé pour %1 n&apos;a pu être lue dans le trousseau système (%2).
Saisissez la clé pour l&apos;utiliser pendant cette session uniquement&#xa0;; elle n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <source>No system keychain</source>
        <translation>Aucun trousseau système</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign out of %1? Its API key is removed from this computer&apos;s keychain.</source>
        <translation>Se déconnecter de %1&#xa0;? Sa clé API est supprimée du trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>The offline data of the account can stay for when you sign in again, or be deleted now. Changes not yet sent are lost if you delete it.</source>
        <translation>Les données hors ligne du compte peuvent être conservées pour votre prochaine connexion, ou supprimées maintenant. Les modifications non encore envoyées sont perdues si vous les supprimez.</translation>
    </message>
    <message>
        <source>Sign out and delete offline data</source>
        <translation>Se déconnecter et supprimer les données hors ligne</translation>
    </message>
    <message>
        <source>The system keychain could not store the API key (%1).

Keep the key in memory for this run only? You will need to enter it again next time; to keep it, unlock or set up your desktop&apos;s keyring and add the account again.</source>
        <translation>Le trousseau système n&apos;a pas pu enregistrer la clé API (%1).

Conserver la clé en mémoire pour cette session uniquement&#xa0;? Vous devrez la saisir de nouveau la prochaine fois&#xa0;; pour la conserver, déverrouillez ou configurez le trousseau de clés de votre bureau et ajoutez de nouveau le compte.</translation>
    </message>
    <message>
        <source>access declined</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>Notifications: the emails Connect sent you (Ctrl+Shift+N)</source>
        <translation>Notifications&#xa0;: les e-mails que Connect vous a envoyés (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Theme, sync, proxy, notifications and offline data (Ctrl+,)</source>
        <translation>Thème, synchronisation, proxy, notifications et données hors ligne (Ctrl+,)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ModuleNavigator</name>
    <message>
        <source>Switch module (Ctrl+1 to Ctrl+0)</source>
        <translation>Changer de module (Ctrl+1 à Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ModulePage</name>
    <message>
        <source>The %1 screens are not built yet in this version of Connect Vendor Desktop.
The module&apos;s data is already synced with Connect and kept on this computer for them.</source>
        <translation>Les écrans %1 ne sont pas encore disponibles dans cette version de Connect Vendor Desktop.
Les données du module sont déjà synchronisées avec Connect et conservées sur cet ordinateur en vue de ces écrans.</translation>
    </message>
</context>
<context>
    <name>cv::ui::NewCaseDialog</name>
    <message>
        <source>Re&amp;move file</source>
        <translation>Re&amp;tirer le fichier</translation>
    </message>
    <message>
        <source>New support case</source>
        <translation>Nouveau ticket de support</translation>
    </message>
    <message>
        <source>What is the problem, in one line</source>
        <translation>Quel est le problème, en une ligne</translation>
    </message>
    <message>
        <source>What happened, what you expected, and the IDs involved (product, request)</source>
        <translation>Ce qui s&apos;est passé, ce que vous attendiez et les ID concernés (produit, demande)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Logs or screenshots, up to %1 each.</source>
        <translation>Journaux ou captures d&apos;écran, jusqu&apos;à %1 chacun.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>Pièces &amp;jointes&#xa0;:</translation>
    </message>
    <message>
        <source>The case is saved on this computer at once and sent to Connect on the next sync.</source>
        <translation>Le ticket est enregistré immédiatement sur cet ordinateur et envoyé à Connect à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Ouv&amp;rir le ticket</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Ajouter un &amp;fichier…</translation>
    </message>
    <message>
        <source>Discard this case?</source>
        <translation>Abandonner ce ticket ?</translation>
    </message>
    <message>
        <source>The subject, description and files you entered are not kept.</source>
        <translation>L’objet, la description et les fichiers saisis ne seront pas conservés.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>cv::ui::NotificationsPanel</name>
    <message>
        <source>Notifications are read from Connect: they show when the app is online.</source>
        <translation>Les notifications sont lues depuis Connect&#xa0;: elles s&apos;affichent lorsque l&apos;application est en ligne.</translation>
    </message>
    <message>
        <source>The notifications could not be loaded: %1</source>
        <translation>Les notifications n&apos;ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Aucune notification pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>To the customer, %1 · %2</source>
        <translation>Au client, %1 · %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Show the request this email is about in Fulfillment</source>
        <translation>Afficher dans Traitement la demande dont parle cet e-mail</translation>
    </message>
    <message>
        <source>1 notification</source>
        <translation>1 notification</translation>
    </message>
    <message numerus="yes">
        <source>%Ln notifications</source>
        <translation>
            <numerusform>%Ln notification</numerusform>
            <numerusform>%Ln notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::ParameterDialog</name>
    <message>
        <source>Required: the customer must fill it in</source>
        <translation>Obligatoire&#xa0;: le client doit le renseigner</translation>
    </message>
    <message>
        <source>Unique: no two subscriptions may share a value</source>
        <translation>Unique&#xa0;: deux abonnements ne peuvent pas partager la même valeur</translation>
    </message>
    <message>
        <source>Hidden: not shown to the customer</source>
        <translation>Masqué&#xa0;: non affiché au client</translation>
    </message>
    <message>
        <source>Edit Parameter</source>
        <translation>Modifier le paramètre</translation>
    </message>
    <message>
        <source>Add Parameter</source>
        <translation>Ajouter un paramètre</translation>
    </message>
    <message>
        <source>Used in requests and templates as {{ id }}. Letters, digits, &quot;_&quot; and &quot;-&quot; only.</source>
        <translation>Utilisé dans les demandes et les modèles sous la forme {{ id }}. Lettres, chiffres, «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;» uniquement.</translation>
    </message>
    <message>
        <source>e.g. Administrator email</source>
        <translation>par ex. E-mail de l&apos;administrateur</translation>
    </message>
    <message>
        <source>Help text shown under the field</source>
        <translation>Texte d&apos;aide affiché sous le champ</translation>
    </message>
    <message>
        <source>Asked from the customer when ordering</source>
        <translation>Demandé au client lors de la commande</translation>
    </message>
    <message>
        <source>Filled in by the vendor while fulfilling the request</source>
        <translation>Renseigné par l&apos;éditeur pendant le traitement de la demande</translation>
    </message>
    <message>
        <source>Set by the vendor or provider per product, item or marketplace</source>
        <translation>Défini par l&apos;éditeur ou le fournisseur par produit, article ou place de marché</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>P&amp;hase&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Portée&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Choices:</source>
        <translation>Choix&#xa0;:</translation>
    </message>
    <message>
        <source>Constraints:</source>
        <translation>Contraintes&#xa0;:</translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation>Visibilité&#xa0;:</translation>
    </message>
    <message>
        <source>Type, phase and scope are fixed once the parameter exists.</source>
        <translation>Le type, la phase et la portée sont figés une fois le paramètre créé.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Type and constraints</source>
        <translation>Type et contraintes</translation>
    </message>
    <message>
        <source>Delete parameter</source>
        <translation>Supprimer le paramètre</translation>
    </message>
    <message>
        <source>title: Give the parameter a title.</source>
        <translation>title&#xa0;: donnez un titre au paramètre.</translation>
    </message>
    <message>
        <source>name: Complete the ID after the &quot;param_&quot; prefix.</source>
        <translation>name&#xa0;: complétez l&apos;ID après le préfixe «&#xa0;param_&#xa0;».</translation>
    </message>
    <message>
        <source>Type, phase and scope are fixed once the parameter exists: to change them, add a new parameter and delete this one.</source>
        <translation>Le type, la phase et la portée sont fixés une fois le paramètre créé : pour les changer, ajoutez un nouveau paramètre et supprimez celui-ci.</translation>
    </message>
</context>
<context>
    <name>cv::ui::ParametersPage</name>
    <message>
        <source>&amp;Add Parameter</source>
        <translation>&amp;Ajouter un paramètre</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Ordering parameters are asked from the customer; fulfillment parameters are filled in by you while processing the request. Use an ID in templates as {{ id }}.</source>
        <translation>Les paramètres de commande sont demandés au client&#xa0;; les paramètres de traitement sont renseignés par vous pendant le traitement de la demande. Utilisez un ID dans les modèles sous la forme {{ id }}.</translation>
    </message>
    <message>
        <source>Add a parameter (Ctrl+N)</source>
        <translation>Ajouter un paramètre (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter by ID</source>
        <translation>Filtrer par ID</translation>
    </message>
    <message>
        <source>&amp;Parameters</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Capabilities</source>
        <translation>&amp;Fonctionnalités</translation>
    </message>
    <message>
        <source>Add parameter %1</source>
        <translation>Ajouter le paramètre %1</translation>
    </message>
    <message>
        <source>Edit parameter %1</source>
        <translation>Modifier le paramètre %1</translation>
    </message>
    <message>
        <source>Delete parameter %1</source>
        <translation>Supprimer le paramètre %1</translation>
    </message>
    <message>
        <source>Parameter “%1” deleted.</source>
        <translation>Paramètre «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Filter parameters</source>
        <translation>Filtrer les paramètres</translation>
    </message>
    <message>
        <source>Matches the parameter&apos;s ID</source>
        <translation>Correspond à l&apos;ID du paramètre</translation>
    </message>
</context>
<context>
    <name>cv::ui::PreviewPage</name>
    <message>
        <source>Previews run in Connect: open an account first.</source>
        <translation>Les aperçus s&apos;exécutent dans Connect&#xa0;: ouvrez d&apos;abord un compte.</translation>
    </message>
    <message>
        <source>Previews run in Connect, so they need a connection: this works again once the app is online and synced.</source>
        <translation>Les aperçus s&apos;exécutent dans Connect et nécessitent donc une connexion&#xa0;: cela fonctionnera de nouveau une fois l&apos;application en ligne et synchronisée.</translation>
    </message>
    <message>
        <source>This product has not reached Connect yet: sync first, then start the preview.</source>
        <translation>Ce produit n&apos;a pas encore atteint Connect&#xa0;: synchronisez d&apos;abord, puis lancez l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Add at least one item to the product before previewing it.</source>
        <translation>Ajoutez au moins un article au produit avant d&apos;en afficher l&apos;aperçu.</translation>
    </message>
    <message>
        <source>The preview could not start: %1</source>
        <translation>L&apos;aperçu n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The account was closed.</source>
        <translation>Le compte a été fermé.</translation>
    </message>
    <message>
        <source>The preview status could not be read: %1</source>
        <translation>Le statut de l&apos;aperçu n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Asset %1 is ready for %2. &lt;a href=&quot;request:%3&quot;&gt;Manual processing is required for the purchase request %3: open it in Fulfillment&lt;/a&gt;</source>
        <translation>L&apos;asset %1 est prêt pour %2. &lt;a href=&quot;request:%3&quot;&gt;Un traitement manuel est requis pour la demande d&apos;achat %3&#xa0;: ouvrez-la dans Traitement&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Simulate how the product is ordered, fulfilled and seen by the customer. Connect creates a customer and a reseller account, a subscription and a purchase request on the preview connection. Keep the generated details, or turn on Customize to edit them.</source>
        <translation>Simulez la commande du produit, son traitement et ce que voit le client. Connect crée un compte client et un compte revendeur, un abonnement et une demande d&apos;achat sur la connexion d&apos;aperçu. Conservez les informations générées, ou activez Personnaliser pour les modifier.</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Informations du compte</translation>
    </message>
    <message>
        <source>C&amp;ustomize account details</source>
        <translation>&amp;Personnaliser les informations du compte</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Reseller (tier 1)</source>
        <translation>Revendeur (Tier 1)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Contact first name</source>
        <translation>Prénom du contact</translation>
    </message>
    <message>
        <source>Contact last name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Asset details</source>
        <translation>Informations de l&apos;asset</translation>
    </message>
    <message>
        <source>Customize &amp;asset details</source>
        <translation>Personnaliser les informations de l&apos;&amp;asset</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ordering parameters:&lt;/b&gt; none</source>
        <translation>&lt;b&gt;Paramètres de commande&#xa0;:&lt;/b&gt; aucun</translation>
    </message>
    <message>
        <source>&lt;b&gt;Item quantities&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quantités des articles&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Start Preview</source>
        <translation>&amp;Lancer l&apos;aperçu</translation>
    </message>
    <message>
        <source>Start the simulation in the preview environment (Ctrl+Return)</source>
        <translation>Lancer la simulation dans l&apos;environnement d&apos;aperçu (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview status&lt;/b&gt;</source>
        <translation>&lt;b&gt;Statut de l&apos;aperçu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ordering parameters&lt;/b&gt;&lt;br&gt;Example values, as a customer would enter them. Leave a required one (*) empty to preview an order that waits for the customer: the request is Inquiring and you fill the value in on the customer&apos;s behalf, as in the lab.</source>
        <translation>&lt;b&gt;Paramètres de commande&lt;/b&gt;&lt;br&gt;Des valeurs d&apos;exemple, telles qu&apos;un client les saisirait. Laissez vide un paramètre obligatoire (*) pour prévisualiser une commande qui attend le client&#xa0;: la demande passe au statut Informations requises et vous renseignez la valeur au nom du client, comme dans le lab.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>in progress…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last preview&lt;/b&gt; (%1): </source>
        <extracomment>Before the result of a preview started earlier (not on this page now); %1 is its date.</extracomment>
        <translation>&lt;b&gt;Dernier aperçu&lt;/b&gt; (%1) : </translation>
    </message>
    <message>
        <source>&lt;b&gt;The preview is ready.&lt;/b&gt; Purchase request %1 was approved and asset %2 is active for %3. Sign in to the customer panel to see the product as the customer does.</source>
        <translation>&lt;b&gt;L&apos;aperçu est prêt.&lt;/b&gt; La demande d&apos;achat %1 a été approuvée et l&apos;actif %2 est actif pour %3. Connectez-vous au panneau client pour voir le produit comme le client.</translation>
    </message>
    <message>
        <source>Purchase request %1 is approved on this computer. The preview is ready once the approval has reached Connect: sync (F5).</source>
        <translation>La demande d&apos;achat %1 est approuvée sur cet ordinateur. L&apos;aperçu sera prêt une fois l&apos;approbation arrivée sur Connect : synchronisez (F5).</translation>
    </message>
    <message>
        <source>Purchase request %1 was rejected, so this preview ends without a subscription. Start Preview again for a new one.</source>
        <translation>La demande d&apos;achat %1 a été rejetée : cet aperçu se termine sans abonnement. Relancez l&apos;aperçu pour en créer un nouveau.</translation>
    </message>
    <message>
        <source>Open %1 in Fulfillment</source>
        <extracomment>%1 is a request ID.</extracomment>
        <translation>Ouvrir %1 dans Fulfillment</translation>
    </message>
    <message>
        <source>Sign in to the customer &amp;panel</source>
        <translation>Se connecter au &amp;panneau client</translation>
    </message>
    <message>
        <source>See the product as the customer sees it in the customer control panel (CCP; needs a connection)</source>
        <translation>Voir le produit tel que le client le voit dans son panneau de contrôle (CCP ; connexion requise)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ProductListDelegate</name>
    <message>
        <source>%1 · not synced</source>
        <translation>%1 · non synchronisé</translation>
    </message>
    <message>
        <source>(assigned at the next sync)</source>
        <translation>(attribué à la prochaine synchronisation)</translation>
    </message>
</context>
<context>
    <name>cv::ui::ProductPage</name>
    <message>
        <source>New product (its ID comes with the next sync)</source>
        <translation>Nouveau produit (son ID arrive avec la prochaine synchronisation)</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Non publié</translation>
    </message>
    <message>
        <source>● Changes saved on this computer, not synced yet</source>
        <translation>● Modifications enregistrées sur cet ordinateur, pas encore synchronisées</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>The next sync sends these changes to Connect (F5 syncs now).</source>
        <translation>La prochaine synchronisation envoie ces modifications à Connect (F5 pour synchroniser maintenant).</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>UI</source>
        <translation>UI</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Back to all products (Alt+Left)</source>
        <translation>Retour à tous les produits (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+%1</source>
        <translation>Ctrl+Alt+%1</translation>
    </message>
    <message>
        <source>The %1 page of the product comes here.</source>
        <translation>La page %1 du produit s&apos;affichera ici.</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>product page: the items (SKUs) the product sells</comment>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Preview</source>
        <comment>product page: try the product as a customer</comment>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>← All products</source>
        <translation>← Tous les produits</translation>
    </message>
    <message>
        <source>Product pages</source>
        <translation>Pages du produit</translation>
    </message>
</context>
<context>
    <name>cv::ui::ProfilePage</name>
    <message>
        <source>Assigned by Connect at the next sync</source>
        <translation>Attribué par Connect à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>Changes are saved as you type.</source>
        <translation>Les modifications sont enregistrées au fil de la saisie.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Modifier le profil</translation>
    </message>
    <message>
        <source>Saved on this computer; sent with the next sync.</source>
        <translation>Enregistré sur cet ordinateur&#xa0;; envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>This change was not saved: %1</source>
        <translation>Cette modification n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation>Verrouillé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No logo.
Drop a PNG or JPEG here.</source>
        <translation>Aucun logo.
Déposez un PNG ou un JPEG ici.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Logo saved on this computer; uploaded with the next sync.</source>
        <translation>Logo enregistré sur cet ordinateur&#xa0;; téléversé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Choose the product logo</source>
        <translation>Choisir le logo du produit</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>ID du produit</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Choisir le &amp;logo…</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB; a square image of at least 120 × 120 pixels looks best. You can also drop a file on the logo.</source>
        <translation>PNG ou JPEG, 1 Mo au maximum&#xa0;; une image carrée d&apos;au moins 120 × 120 pixels donne le meilleur résultat. Vous pouvez aussi déposer un fichier sur le logo.</translation>
    </message>
    <message>
        <source>&amp;Short description</source>
        <translation>Description &amp;courte</translation>
    </message>
    <message>
        <source>One or two sentences shown in catalogs and search results.</source>
        <translation>Une ou deux phrases affichées dans les catalogues et les résultats de recherche.</translation>
    </message>
    <message>
        <source>&amp;Detailed overview</source>
        <translation>Présentation &amp;détaillée</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, # headings, lists, tables and links. The preview on the right shows it as customers will see it.</source>
        <translation>Markdown&#xa0;: **gras**, *italique*, # titres, listes, tableaux et liens. L&apos;aperçu à droite l&apos;affiche tel que les clients le verront.</translation>
    </message>
    <message>
        <source>What the product does, who it is for, what is included…</source>
        <translation>Ce que fait le produit, à qui il s&apos;adresse, ce qui est inclus…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Description courte</translation>
    </message>
    <message>
        <source>Detailed overview</source>
        <translation>Présentation détaillée</translation>
    </message>
    <message>
        <source>“%1” was changed meanwhile (a sync or a conflict decision) while you were typing in it; your text is not saved yet. &lt;a href=&quot;theirs:%2&quot;&gt;Use the new text&lt;/a&gt; · &lt;a href=&quot;mine:%2&quot;&gt;Keep mine&lt;/a&gt;</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié entre-temps (par une synchronisation ou une décision de conflit) pendant votre saisie&#xa0;; votre texte n&apos;est pas encore enregistré. &lt;a href=&quot;theirs:%2&quot;&gt;Utiliser le nouveau texte&lt;/a&gt; · &lt;a href=&quot;mine:%2&quot;&gt;Garder le mien&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Logo stored on Connect (shown when online).
Drop an image here to replace it.</source>
        <translation>Logo enregistré sur Connect (affiché en ligne).
Déposez une image ici pour le remplacer.</translation>
    </message>
    <message numerus="yes">
        <source>The short description is limited to %n characters; shorten it to save it.</source>
        <translation>
            <numerusform>La description courte est limitée à %n caractère&#xa0;; raccourcissez-la pour l&apos;enregistrer.</numerusform>
            <numerusform>La description courte est limitée à %n caractères&#xa0;; raccourcissez-la pour l&apos;enregistrer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::PublishPage</name>
    <message>
        <source>Publishing needs a connection to Connect. The checklist and the changes are shown from this computer.</source>
        <translation>La publication nécessite une connexion à Connect. La liste de contrôle et les modifications sont affichées depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>Complete the required steps (marked ✗) to publish.</source>
        <translation>Effectuez les étapes obligatoires (marquées ✗) pour publier.</translation>
    </message>
    <message>
        <source>Profile: short and detailed descriptions are filled in</source>
        <translation>Profil&#xa0;: les descriptions courte et détaillée sont renseignées</translation>
    </message>
    <message>
        <source>Items: at least one item is defined</source>
        <translation>Articles&#xa0;: au moins un article est défini</translation>
    </message>
    <message>
        <source>Items: add at least one item (required)</source>
        <translation>Articles&#xa0;: ajoutez au moins un article (obligatoire)</translation>
    </message>
    <message>
        <source>Parameters: defined</source>
        <translation>Paramètres&#xa0;: définis</translation>
    </message>
    <message>
        <source>Parameters: none defined yet</source>
        <translation>Paramètres&#xa0;: aucun défini pour l&apos;instant</translation>
    </message>
    <message>
        <source>Templates: the activation template uses only known parameters</source>
        <translation>Modèles&#xa0;: le modèle d&apos;activation n&apos;utilise que des paramètres connus</translation>
    </message>
    <message>
        <source>Templates: there is no activation (asset fulfillment) template</source>
        <translation>Modèles&#xa0;: il n&apos;y a pas de modèle d&apos;activation (traitement de l&apos;asset)</translation>
    </message>
    <message>
        <source>Preview: a preview request was run</source>
        <translation>Aperçu&#xa0;: une demande d&apos;aperçu a été exécutée</translation>
    </message>
    <message>
        <source>Preview: not run yet (recommended)</source>
        <translation>Aperçu&#xa0;: pas encore exécuté (recommandé)</translation>
    </message>
    <message>
        <source>Synced: Connect has every change of the product</source>
        <translation>Synchronisé&#xa0;: Connect dispose de toutes les modifications du produit</translation>
    </message>
    <message>
        <source>Synced: changes wait on this computer; sync first (F5) (required)</source>
        <translation>Synchronisé&#xa0;: des modifications attendent sur cet ordinateur&#xa0;; synchronisez d&apos;abord (F5) (obligatoire)</translation>
    </message>
    <message>
        <source>• The product name cannot be changed after the first version is published.
• Published items cannot be removed, and only their name, MPN and description can be edited.</source>
        <translation>• Le nom du produit ne peut plus être modifié après la publication de la première version.
• Les articles publiés ne peuvent pas être supprimés, et seuls leur nom, leur MPN et leur description peuvent être modifiés.</translation>
    </message>
    <message>
        <source>Changes since the last published version (loading…)</source>
        <translation>Modifications depuis la dernière version publiée (chargement…)</translation>
    </message>
    <message>
        <source>Changes: first version (compared with nothing)</source>
        <translation>Modifications&#xa0;: première version (rien à comparer)</translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <translation>Modifications depuis la version %1</translation>
    </message>
    <message>
        <source>General attributes</source>
        <translation>Attributs généraux</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nom du produit</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Description courte</translation>
    </message>
    <message>
        <source>Detailed description</source>
        <translation>Description détaillée</translation>
    </message>
    <message>
        <source>Customer UI settings</source>
        <translation>Paramètres de l&apos;interface client</translation>
    </message>
    <message>
        <source>versioned (takes effect when published)</source>
        <translation>versionné (prend effet à la publication)</translation>
    </message>
    <message>
        <source>live at once (not versioned)</source>
        <translation>immédiat (non versionné)</translation>
    </message>
    <message>
        <source>No changes since version %1</source>
        <translation>Aucune modification depuis la version %1</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Publish a new version of “%1”?</source>
        <translation>Publier une nouvelle version de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Publishing failed: %1</source>
        <translation>Échec de la publication&#xa0;: %1</translation>
    </message>
    <message>
        <source>Version %1 of the product is published. The inventory shows it after this sync.</source>
        <translation>La version %1 du produit est publiée. L&apos;inventaire l&apos;affichera après cette synchronisation.</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Before you publish</source>
        <translation>Avant de publier</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Prise d&apos;effet</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Publish the next version of the product (Ctrl+Shift+P)</source>
        <translation>Publier la prochaine version du produit (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Publishing the new version…</source>
        <translation>Publication de la nouvelle version…</translation>
    </message>
    <message>
        <source>Publish Successful!</source>
        <translation>Publication réussie&#xa0;!</translation>
    </message>
    <message>
        <source>Back to the checklist</source>
        <translation>Retour à la liste de contrôle</translation>
    </message>
    <message>
        <source>Connect to compare this draft with version %1.</source>
        <translation>Connectez-vous à Connect pour comparer ce brouillon à la version %1.</translation>
    </message>
    <message>
        <source>Templates: unknown or broken placeholders in the activation template: %1</source>
        <translation>Modèles&#xa0;: espaces réservés inconnus ou incorrects dans le modèle d&apos;activation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Changes since version %1: not known, because the published version is read from Connect and there is no connection now</source>
        <extracomment>%1 is the number of the last published version of the product.</extracomment>
        <translation>Modifications depuis la version %1&#xa0;: inconnues, car la version publiée est lue depuis Connect et il n&apos;y a pas de connexion actuellement</translation>
    </message>
    <message>
        <source>Profile: add the short description</source>
        <translation>Profil&#xa0;: ajoutez la description courte</translation>
    </message>
    <message>
        <source>Profile: add the detailed description</source>
        <translation>Profil&#xa0;: ajoutez la description détaillée</translation>
    </message>
    <message>
        <source>Profile: add the short and detailed descriptions</source>
        <translation>Profil&#xa0;: ajoutez les descriptions courte et détaillée</translation>
    </message>
    <message>
        <source>Changes since version %1: not known, because Connect did not answer: %2</source>
        <extracomment>%1 is the number of the last published version, %2 the error Connect (or the network) gave.</extracomment>
        <translation>Modifications depuis la version %1&#xa0;: inconnues, car Connect n&apos;a pas répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Changes since version %1: not known, because its contents could not be read from Connect</source>
        <extracomment>%1 is the number of the last published version of the product.</extracomment>
        <translation>Modifications depuis la version %1&#xa0;: inconnues, car son contenu n&apos;a pas pu être lu depuis Connect</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>column: added, changed or removed</comment>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Publish checklist</source>
        <translation>Liste de contrôle de publication</translation>
    </message>
    <message>
        <source>Changes since the last published version</source>
        <translation>Modifications depuis la dernière version publiée</translation>
    </message>
</context>
<context>
    <name>cv::ui::ReasonDialog</name>
    <message numerus="yes">
        <source>Reject %Ln requests</source>
        <translation>
            <numerusform>Rejeter %Ln demande</numerusform>
            <numerusform>Rejeter %Ln demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Rejeter la demande</translation>
    </message>
    <message>
        <source>Tell the customer why the request is rejected</source>
        <translation>Indiquez au client pourquoi la demande est rejetée</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reject %Ln</source>
        <translation>
            <numerusform>&amp;Rejeter %Ln</numerusform>
            <numerusform>&amp;Rejeter %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>&amp;Reason (required, the customer sees it):</source>
        <translation>&amp;Motif (obligatoire, visible par le client)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cv::ui::ReportCharts</name>
    <message>
        <source>Requests per day by status</source>
        <translation>Demandes par jour selon l&apos;état</translation>
    </message>
    <message>
        <source>Requests per day by product</source>
        <translation>Demandes par jour selon le produit</translation>
    </message>
    <message>
        <source>Requests per day by type</source>
        <translation>Demandes par jour selon le type</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Time to fulfill (approved requests; median in days: %1)</source>
        <translation>Délai de traitement (demandes approuvées&#xa0;; médiane en jours&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Approved requests</source>
        <translation>Demandes approuvées</translation>
    </message>
    <message>
        <source>up to %1 d</source>
        <translation>jusqu&apos;à %1 j</translation>
    </message>
    <message>
        <source>%1-%2 d</source>
        <translation>%1-%2 j</translation>
    </message>
    <message>
        <source>over %1 d</source>
        <translation>plus de %1 j</translation>
    </message>
    <message>
        <source>Requests from %1 to %2: %3; approved: %4.</source>
        <translation>Demandes du %1 au %2&#xa0;: %3&#xa0;; approuvées&#xa0;: %4.</translation>
    </message>
    <message>
        <source>No requests in the cache yet.</source>
        <translation>Aucune demande dans le cache pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
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
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Produit&#xa0;:</translation>
    </message>
    <message>
        <source>Marketplace:</source>
        <translation>Place de marché&#xa0;:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Excel…</source>
        <translation>Exporter en &amp;Excel…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Run &amp;again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Every export, with its parameters and file. Double-click one or press &quot;Run again&quot; to compute it again from the cache.</source>
        <translation>Chaque export, avec ses paramètres et son fichier. Double-cliquez sur un export ou cliquez sur «&#xa0;Relancer&#xa0;» pour le recalculer à partir du cache.</translation>
    </message>
    <message>
        <source>Ran at</source>
        <translation>Exécuté le</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation>Terminé en %1 s</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Any environment</source>
        <translation>Tous les environnements</translation>
    </message>
    <message>
        <source>Any product</source>
        <translation>Tous les produits</translation>
    </message>
    <message>
        <source>Any marketplace</source>
        <translation>Toutes les places de marché</translation>
    </message>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>Export de %1 vers %2…</translation>
    </message>
    <message>
        <source>Computing %1…</source>
        <translation>Calcul de %1…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>, %1 in all: %2</source>
        <translation>, %1 au total&#xa0;: %2</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>Le rapport n&apos;a pas pu être calculé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Canceled. Nothing was written.</source>
        <translation>Annulé. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Exported %1 to %2 in %3 s.</source>
        <translation>%1 exporté vers %2 en %3 s.</translation>
    </message>
    <message>
        <source>%1, computed from the cache in %2 s%3.</source>
        <translation>%1, calculé à partir du cache en %2 s%3.</translation>
    </message>
    <message numerus="yes">
        <source>; the first %Ln are shown</source>
        <translation>
            <numerusform>; %Ln seule est affichée</numerusform>
            <numerusform>; les %Ln premières sont affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>Report history</source>
        <translation>Historique des rapports</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 on average: %2</source>
        <translation>, %1 en moyenne&#xa0;: %2</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Demandeur :</translation>
    </message>
    <message>
        <source>The provider whose marketplace sent the request</source>
        <translation>Le fournisseur dont la place de marché a envoyé la demande</translation>
    </message>
    <message>
        <source>Any requester</source>
        <translation>Tout demandeur</translation>
    </message>
</context>
<context>
    <name>cv::ui::RequestPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Numéro fiscal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Waiting for sync</source>
        <translation>En attente de synchronisation</translation>
    </message>
    <message>
        <source>Switch to &amp;Pending</source>
        <translation>&amp;Mettre en attente</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>M&apos;attri&amp;buer</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>Enregistrer la &amp;note</translation>
    </message>
    <message>
        <source>Changed offline; Connect receives the change at the next sync.</source>
        <translation>Modifié hors ligne&#xa0;; Connect recevra la modification à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>Retour à la liste (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>MPN</source>
        <translation>MPN</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Previous quantity</source>
        <translation>Quantité précédente</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Write a note for this request</source>
        <translation>Écrire une note pour cette demande</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>The request&apos;s no&amp;te, shared with your team and the distributor:</source>
        <translation>No&amp;te de la demande, partagée avec votre équipe et le distributeur&#xa0;:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Requests chain</source>
        <translation>Chaîne de demandes</translation>
    </message>
    <message>
        <source>Sign in to &amp;CCP</source>
        <translation>Se connecter au &amp;CCP</translation>
    </message>
    <message>
        <source>See the product as the customer sees it in the customer control panel (needs a connection)</source>
        <translation>Voir le produit tel que le client le voit dans le panneau de contrôle client (nécessite une connexion)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · created %4</source>
        <extracomment>%1 is the product (name and ID), %2 the customer (or &quot;no customer&quot;), %3 the environment, %4 the date.</extracomment>
        <translation>%1 · %2 · %3 · créée le %4</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>aucun client</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Date d&apos;effet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>External UID</source>
        <translation>UID externe</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Marketplace and contract</source>
        <translation>Place de marché et contrat</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Activation message</source>
        <translation>Message d&apos;activation</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Tier 1 (reseller)</source>
        <translation>Tier 1 (revendeur)</translation>
    </message>
    <message>
        <source>Tier 2</source>
        <translation>Tier 2</translation>
    </message>
    <message>
        <source>No tier accounts on this request.</source>
        <translation>Aucun compte Tier dans cette demande.</translation>
    </message>
    <message>
        <source>No note yet.</source>
        <translation>Aucune note pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Your user is not known yet; sync first.</source>
        <translation>Votre utilisateur n&apos;est pas encore connu&#xa0;; synchronisez d&apos;abord.</translation>
    </message>
    <message>
        <source>Required before approval.</source>
        <translation>Obligatoire avant l&apos;approbation.</translation>
    </message>
    <message>
        <source>Switch to Pending</source>
        <translation>Mettre en attente</translation>
    </message>
    <message>
        <source>Switch %1 to Pending? The request moves to your processing queue.</source>
        <translation>Mettre %1 en attente&#xa0;? La demande passe dans votre file de traitement.</translation>
    </message>
    <message>
        <source>Switched to Pending.</source>
        <translation>Mise en attente effectuée.</translation>
    </message>
    <message>
        <source>Approved. Waiting for sync.</source>
        <translation>Approuvée. En attente de synchronisation.</translation>
    </message>
    <message>
        <source>The customer is asked for more information.</source>
        <translation>Des informations complémentaires sont demandées au client.</translation>
    </message>
    <message>
        <source>Rejected. Waiting for sync.</source>
        <translation>Rejetée. En attente de synchronisation.</translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Attribuée à vous.</translation>
    </message>
    <message>
        <source>Parameters saved. Waiting for sync.</source>
        <translation>Paramètres enregistrés. En attente de synchronisation.</translation>
    </message>
    <message>
        <source>Note saved. Waiting for sync.</source>
        <translation>Note enregistrée. En attente de synchronisation.</translation>
    </message>
    <message>
        <source>Correct the highlighted parameter before approving.</source>
        <translation>Corrigez le paramètre mis en évidence avant d&apos;approuver.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>You entered parameter values that are not saved yet. Save them and approve with them?</source>
        <translation>Vous avez saisi des valeurs de paramètres qui ne sont pas encore enregistrées. Les enregistrer et approuver avec celles-ci&#xa0;?</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Inquire…</source>
        <translation>Demander des &amp;informations…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <source>Items</source>
        <comment>request tab: the items the customer orders</comment>
        <translation>Articles</translation>
    </message>
    <message>
        <source>&amp;Save and approve…</source>
        <translation>&amp;Enregistrer et approuver…</translation>
    </message>
    <message>
        <source>Items of the request</source>
        <translation>Articles de la demande</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Détails de la demande</translation>
    </message>
    <message>
        <source>Customer and reseller tiers</source>
        <translation>Tiers client et revendeur</translation>
    </message>
    <message>
        <source>Notes history</source>
        <translation>Historique des notes</translation>
    </message>
    <message>
        <source>Requests of the same subscription</source>
        <translation>Demandes du même abonnement</translation>
    </message>
    <message>
        <source>Enter opens the request</source>
        <translation>Entrée ouvre la demande</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Toutes les demandes</translation>
    </message>
</context>
<context>
    <name>cv::ui::RequestParametersTab</name>
    <message>
        <source>Fulfillment parameters</source>
        <translation>Paramètres de traitement</translation>
    </message>
    <message>
        <source>Ordering parameters (given by the customer)</source>
        <translation>Paramètres de commande (fournis par le client)</translation>
    </message>
    <message>
        <source>&amp;Save parameters</source>
        <translation>&amp;Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Parameters marked * are required before the request can be approved.</source>
        <translation>Les paramètres marqués * sont obligatoires avant de pouvoir approuver la demande.</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(non choisi)</translation>
    </message>
    <message>
        <source>Asked of the customer: %1</source>
        <translation>Demandé au client&#xa0;: %1</translation>
    </message>
    <message>
        <source>This product has no fulfillment parameters.</source>
        <translation>Ce produit n&apos;a pas de paramètres de traitement.</translation>
    </message>
    <message>
        <source>The parameters cannot be changed in this status.</source>
        <translation>Les paramètres ne peuvent pas être modifiés dans ce statut.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <extracomment>Read by screen readers for a required parameter; %1 is the parameter&apos;s description (may be empty).</extracomment>
        <translation>Obligatoire. %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::RequestRowDelegate</name>
    <message>
        <source>%1 · not synced</source>
        <translation>%1 · non synchronisée</translation>
    </message>
</context>
<context>
    <name>cv::ui::ServiceTab</name>
    <message>
        <source>One sentence shown to customers in the subscription&apos;s service tab</source>
        <translation>Une phrase affichée aux clients dans l&apos;onglet Service de l&apos;abonnement</translation>
    </message>
    <message>
        <source>Markdown: the first steps after the subscription is activated</source>
        <translation>Markdown&#xa0;: les premières étapes après l&apos;activation de l&apos;abonnement</translation>
    </message>
    <message>
        <source>What customers see about the service in their portal. Changes are saved as you type and sent to Connect by the next sync.</source>
        <translation>Ce que les clients voient du service dans leur portail. Les modifications sont enregistrées au fil de la saisie et envoyées à Connect à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Getting started:</source>
        <translation>&amp;Prise en main&#xa0;:</translation>
    </message>
    <message>
        <source>Download links:</source>
        <translation>Liens de téléchargement&#xa0;:</translation>
    </message>
    <message>
        <source>Documentation:</source>
        <translation>Documentation&#xa0;:</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Edit service texts</source>
        <translation>Modifier les textes du service</translation>
    </message>
    <message>
        <source>Download links</source>
        <translation>Liens de téléchargement</translation>
    </message>
    <message>
        <source>Documentation links</source>
        <translation>Liens de documentation</translation>
    </message>
</context>
<context>
    <name>cv::ui::SettingsDialog</name>
    <message>
        <source>Enter the proxy&apos;s host name and a port from 1 to 65535. Until then the previous setting stays in use.</source>
        <translation>Saisissez le nom d&apos;hôte du proxy et un port de 1 à 65535. D&apos;ici là, le paramètre précédent reste utilisé.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The offline data of %1 is cleared.</source>
        <translation>Les données hors ligne de %1 ont été effacées.</translation>
    </message>
    <message>
        <source>Some files of %1 could not be deleted: %2</source>
        <translation>Certains fichiers de %1 n&apos;ont pas pu être supprimés&#xa0;: %2</translation>
    </message>
    <message>
        <source>Clear offline data</source>
        <translation>Effacer les données hors ligne</translation>
    </message>
    <message>
        <source>The changes waiting to be sent for %1 could not be counted.</source>
        <translation>Les modifications en attente d&apos;envoi pour %1 n&apos;ont pas pu être comptées.</translation>
    </message>
    <message>
        <source>Clearing the offline data deletes them for good. The rest comes back with the next sync.</source>
        <translation>Effacer les données hors ligne les supprime définitivement. Le reste revient à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Clear and lose the changes</source>
        <translation>Effacer et perdre les modifications</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Offline data</source>
        <translation>Données hors ligne</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Continuer dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>The tray icon shows the pending requests and has Sync now, Pause sync and Quit.</source>
        <translation>L&apos;icône de la zone de notification affiche les demandes en attente et propose Synchroniser maintenant, Suspendre la synchronisation et Quitter.</translation>
    </message>
    <message>
        <source>This desktop shows no tray icon, so closing the window quits.</source>
        <translation>Ce bureau n&apos;affiche pas d&apos;icône dans la zone de notification&#xa0;: fermer la fenêtre quitte donc l&apos;application.</translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation>Synchroniser &amp;automatiquement</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchroniser &amp;toutes les&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sync when an account &amp;opens</source>
        <translation>Synchroniser à l&apos;&amp;ouverture d&apos;un compte</translation>
    </message>
    <message>
        <source>While automatic sync is off, nothing is sent or fetched until you choose Sync now (F5). Changes made here are kept on this computer meanwhile.</source>
        <translation>Tant que la synchronisation automatique est désactivée, rien n&apos;est envoyé ni récupéré avant que vous choisissiez Synchroniser maintenant (F5). Les modifications faites ici restent entre-temps sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Utiliser les paramètres proxy du &amp;système</translation>
    </message>
    <message>
        <source>Use this HTTP &amp;proxy:</source>
        <translation>Utiliser ce &amp;proxy HTTP&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>Used for Connect endpoints. The sandbox on this computer is reached directly.</source>
        <translation>Utilisé pour les points de terminaison Connect. Le bac à sable de cet ordinateur est joint directement.</translation>
    </message>
    <message>
        <source>New &amp;pending requests after a sync</source>
        <translation>Nouvelles demandes en &amp;attente après une synchronisation</translation>
    </message>
    <message>
        <source>Sync &amp;failures that need you (a refused API key, offline data that cannot be written)</source>
        <translation>Éc&amp;hecs de synchronisation qui nécessitent votre action (clé API refusée, données hors ligne impossibles à écrire)</translation>
    </message>
    <message>
        <source>New &amp;conflicts</source>
        <translation>Nouveaux &amp;conflits</translation>
    </message>
    <message>
        <source>Publish &amp;finished</source>
        <translation>Publication &amp;terminée</translation>
    </message>
    <message>
        <source>Shown as desktop notifications from the tray icon. Being offline is never notified: the app retries by itself.</source>
        <translation>Affichées comme notifications de bureau depuis l&apos;icône de la zone de notification. Le passage hors ligne n&apos;est jamais notifié&#xa0;: l&apos;application réessaie d&apos;elle-même.</translation>
    </message>
    <message>
        <source>Offline data is kept in:</source>
        <translation>Les données hors ligne sont conservées dans&#xa0;:</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Changes not sent</source>
        <translation>Modifications non envoyées</translation>
    </message>
    <message>
        <source>C&amp;lear offline data…</source>
        <translation>&amp;Effacer les données hors ligne…</translation>
    </message>
    <message>
        <source>Delete the selected account&apos;s offline data; the next sync fetches it again</source>
        <translation>Supprimer les données hors ligne du compte sélectionné&#xa0;; la prochaine synchronisation les récupère de nouveau</translation>
    </message>
    <message>
        <source>1 change made on this computer for %1 has not been sent to Connect yet.</source>
        <translation>1 modification faite sur cet ordinateur pour %1 n&apos;a pas encore été envoyée à Connect.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes made on this computer for %1 have not been sent to Connect yet.</source>
        <translation>
            <numerusform>%n modification faite sur cet ordinateur pour %1 n&apos;a pas encore été envoyée à Connect.</numerusform>
            <numerusform>%n modifications faites sur cet ordinateur pour %1 n&apos;ont pas encore été envoyées à Connect.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline data per account</source>
        <translation>Données hors ligne par compte</translation>
    </message>
    <message>
        <source>Light and Dark use the Fusion style with a light or dark palette; the previews of Markdown, templates and the customer panel follow the theme.</source>
        <translation>Clair et Sombre utilisent le style Fusion avec une palette claire ou sombre&#xa0;; les aperçus du Markdown, des modèles et du panneau client suivent le thème.</translation>
    </message>
</context>
<context>
    <name>cv::ui::StepDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <extracomment>Beside a disabled Add/Next button; %1 lists form fields (&quot;Description, Name&quot;).</extracomment>
        <translation>Encore requis : %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::SyncStatusWidget</name>
    <message>
        <source>Enter key…</source>
        <translation>Saisir la clé…</translation>
    </message>
    <message>
        <source>sending changes %1/%2</source>
        <extracomment>Sync progress: %1 changes of %2 sent so far.</extracomment>
        <translation>envoi des modifications %1/%2</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source> · 1 change waiting to be sent</source>
        <extracomment>Added after the sync state in the status bar (&quot;Synced at 14:05 · 1 change waiting to be sent&quot;).</extracomment>
        <translation> · 1 modification en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Nothing to sync</source>
        <translation>Rien à synchroniser</translation>
    </message>
    <message>
        <source>Opening the account…</source>
        <extracomment>%1 is the progress, e.g. &quot;upgrading the offline data: 40%&quot;.</extracomment>
        <translation>Ouverture du compte…</translation>
    </message>
    <message>
        <source>No API key available: working offline</source>
        <translation>Aucune clé API disponible&#xa0;: travail hors ligne</translation>
    </message>
    <message>
        <source>Syncing… %1</source>
        <extracomment>%1 is the progress, e.g. &quot;sending changes 3/10&quot;.</extracomment>
        <translation>Synchronisation… %1</translation>
    </message>
    <message>
        <source>Offline: changes are saved here and sent when the connection is back</source>
        <translation>Hors ligne&#xa0;: les modifications sont enregistrées ici et envoyées au retour de la connexion</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <extracomment>%1 is the error, as Connect or the network gave it.</extracomment>
        <translation>Échec de la synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <extracomment>%1 is the time of the last sync.</extracomment>
        <translation>Synchronisé à %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>⚠ 1 conflict</source>
        <translation>⚠ 1 conflit</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln changes waiting to be sent</source>
        <translation>
            <numerusform> · %Ln modification en attente d&apos;envoi</numerusform>
            <numerusform> · %Ln modifications en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflicts</source>
        <translation>
            <numerusform>⚠ %n conflit</numerusform>
            <numerusform>⚠ %n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>upgrading the offline data: %1%</source>
        <extracomment>Shown while an older build&apos;s offline data is converted; %1 is how far, in percent.</extracomment>
        <translation>mise à niveau des données hors ligne&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source> · 1 change refused by Connect</source>
        <extracomment>Added after the sync state in the status bar (&quot;Synced at 14:05 · 1 change refused by Connect&quot;).</extracomment>
        <translation> · 1 modification refusée par Connect</translation>
    </message>
    <message numerus="yes">
        <source> · %Ln changes refused by Connect</source>
        <translation>
            <numerusform> · %Ln modification refusée par Connect</numerusform>
            <numerusform> · %Ln modifications refusées par Connect</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the account… %1</source>
        <translation>Ouverture du compte… %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::TemplatesTab</name>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>All templates</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <source>Subscription: activation</source>
        <translation>Abonnement&#xa0;: activation</translation>
    </message>
    <message>
        <source>Subscription: inquire</source>
        <translation>Abonnement&#xa0;: demande d&apos;informations</translation>
    </message>
    <message>
        <source>Subscription: pending</source>
        <translation>Abonnement&#xa0;: en attente</translation>
    </message>
    <message>
        <source>Tier 1 setup</source>
        <translation>Configuration Tier 1</translation>
    </message>
    <message>
        <source>Tier 2 setup</source>
        <translation>Configuration Tier 2</translation>
    </message>
    <message>
        <source>Markdown. Type {{ to insert a parameter.</source>
        <translation>Markdown. Tapez {{ pour insérer un paramètre.</translation>
    </message>
    <message>
        <source>Insert parameter</source>
        <translation>Insérer un paramètre</translation>
    </message>
    <message>
        <source>Insert {{ parameter_id }} at the cursor</source>
        <translation>Insérer {{ parameter_id }} à la position du curseur</translation>
    </message>
    <message>
        <source>Render with example values (Ctrl+P)</source>
        <translation>Afficher avec des valeurs d&apos;exemple (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>A default template (cannot be deleted)</source>
        <translation>Un modèle par défaut (ne peut pas être supprimé)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Default templates cannot be deleted.</source>
        <translation>Les modèles par défaut ne peuvent pas être supprimés.</translation>
    </message>
    <message>
        <source>Not available in this template&apos;s phase</source>
        <translation>Non disponible dans la phase de ce modèle</translation>
    </message>
    <message>
        <source>Activation form link (%1)</source>
        <translation>Lien du formulaire d&apos;activation (%1)</translation>
    </message>
    <message>
        <source>The product has no parameters yet</source>
        <translation>Le produit n&apos;a pas encore de paramètres</translation>
    </message>
    <message>
        <source>Unknown parameter: %1</source>
        <translation>Paramètre inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>✓ Every parameter is known.</source>
        <translation>✓ Tous les paramètres sont connus.</translation>
    </message>
    <message>
        <source>Variables used: none</source>
        <translation>Variables utilisées&#xa0;: aucune</translation>
    </message>
    <message>
        <source>Variables used: %1</source>
        <translation>Variables utilisées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit template %1</source>
        <translation>Modifier le modèle %1</translation>
    </message>
    <message>
        <source># Thank you for your order

</source>
        <translation># Merci pour votre commande

</translation>
    </message>
    <message>
        <source>New template %1</source>
        <translation>Nouveau modèle %1</translation>
    </message>
    <message>
        <source>Add template %1</source>
        <translation>Ajouter le modèle %1</translation>
    </message>
    <message>
        <source>Delete template %1</source>
        <translation>Supprimer le modèle %1</translation>
    </message>
    <message>
        <source>“{{ %1 }}” is not a parameter: put exactly one parameter ID between {{ and }}.</source>
        <translation>«&#xa0;{{ %1 }}&#xa0;» n&apos;est pas un paramètre&#xa0;: placez exactement un ID de paramètre entre {{ et }}.</translation>
    </message>
    <message>
        <source>“{{ %1” is not closed: end it with }}.</source>
        <translation>«&#xa0;{{ %1&#xa0;» n&apos;est pas fermé&#xa0;: terminez-le par }}.</translation>
    </message>
    <message>
        <source>Template “%1” deleted.</source>
        <translation>Modèle «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>%1 is a configuration parameter; this template can use ordering and fulfillment parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 est un paramètre de configuration&#xa0;; ce modèle peut utiliser les paramètres de commande et de traitement.</translation>
    </message>
    <message>
        <source>%1 is not an ordering or fulfillment parameter; this template can use only those.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 n&apos;est pas un paramètre de commande ou de traitement&#xa0;; ce modèle ne peut utiliser que ceux-ci.</translation>
    </message>
    <message>
        <source>%1 is a fulfillment parameter; this template can use only ordering parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 est un paramètre de traitement&#xa0;; ce modèle ne peut utiliser que des paramètres de commande.</translation>
    </message>
    <message>
        <source>%1 is a configuration parameter; this template can use only ordering parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 est un paramètre de configuration&#xa0;; ce modèle ne peut utiliser que des paramètres de commande.</translation>
    </message>
    <message>
        <source>%1 is not an ordering parameter; this template can use only ordering parameters.</source>
        <extracomment>%1 is a parameter ID written in the template between {{ and }}.</extracomment>
        <translation>%1 n&apos;est pas un paramètre de commande&#xa0;; ce modèle ne peut utiliser que des paramètres de commande.</translation>
    </message>
    <message>
        <source>Preview the template in this language</source>
        <translation>Prévisualiser le modèle dans cette langue</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <extracomment>A parameter in the Insert menu: %1 its title, %2 its ID, %3 its phase (&quot;Ordering&quot;…).</extracomment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>English (source)</source>
        <translation>Anglais (source)</translation>
    </message>
    <message>
        <source>Template kind filter</source>
        <translation>Filtre de type de modèle</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>Corps du modèle</translation>
    </message>
    <message>
        <source>Preview language</source>
        <translation>Langue de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <extracomment>The preview window&apos;s title; %1 is the template&apos;s name.</extracomment>
        <translation>Aperçu : %1</translation>
    </message>
</context>
<context>
    <name>cv::ui::TokenDialog</name>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>Copy header</source>
        <translation>Copier l&apos;en-tête</translation>
    </message>
    <message>
        <source>I have copied it</source>
        <translation>Je l&apos;ai copié</translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation>Générer un jeton</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>The token may only call the API of the modules ticked here.</source>
        <translation>Le jeton ne peut appeler que l&apos;API des modules cochés ici.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Copy the token now. Connect shows it only this once and this app does not keep it: when you close this window it is gone. If you lose it, generate a new token and delete this one.</source>
        <translation>Copiez le jeton maintenant. Connect ne l&apos;affiche qu&apos;une seule fois et cette application ne le conserve pas&#xa0;: une fois cette fenêtre fermée, il est perdu. Si vous le perdez, générez un nouveau jeton et supprimez celui-ci.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Authorization header for your scripts</source>
        <translation>En-tête Authorization pour vos scripts</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>No account is open: a token is generated by Connect for an account.</source>
        <translation>Aucun compte n&apos;est ouvert&#xa0;: un jeton est généré par Connect pour un compte.</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Génération…</translation>
    </message>
    <message>
        <source>Could not reach Connect, so no secret can be shown: Connect makes it and shows it only in its answer. Try again when online; if a token of this name shows up after the next sync (the answer was lost on the way), delete it. (%1)</source>
        <translation>Connect est injoignable, aucun secret ne peut donc être affiché&#xa0;: Connect le crée et ne l&apos;affiche que dans sa réponse. Réessayez une fois en ligne&#xa0;; si un jeton portant ce nom apparaît après la prochaine synchronisation (la réponse s&apos;est perdue en chemin), supprimez-le. (%1)</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; (%2) is ready</source>
        <translation>Le jeton «&#xa0;%1&#xa0;» (%2) est prêt</translation>
    </message>
</context>
<context>
    <name>cv::ui::TokensView</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The change could not be saved in the offline cache, so nothing was changed: %1</source>
        <translation>La modification n&apos;a pas pu être enregistrée dans le cache hors ligne, rien n&apos;a donc été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete token</source>
        <translation>Supprimer le jeton</translation>
    </message>
    <message>
        <source>Delete the token &quot;%1&quot; (%2)? Scripts and extensions using it can no longer call Connect.</source>
        <translation>Supprimer le jeton «&#xa0;%1&#xa0;» (%2)&#xa0;? Les scripts et extensions qui l&apos;utilisent ne pourront plus appeler Connect.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1: waiting for sync. The change is saved here and goes to Connect with the next sync.</source>
        <translation>%1&#xa0;: en attente de synchronisation. La modification est enregistrée ici et sera envoyée à Connect à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Select a token to see its details. Generate one for each script or system that calls Connect, so that each can be turned off on its own.</source>
        <translation>Sélectionnez un jeton pour voir ses détails. Générez-en un pour chaque script ou système qui appelle Connect, afin de pouvoir les désactiver séparément.</translation>
    </message>
    <message>
        <source>%1 · owner %2 · extension %3 · modules: %4</source>
        <translation>%1 · propriétaire %2 · extension %3 · modules&#xa0;: %4</translation>
    </message>
    <message>
        <source>all (no restriction)</source>
        <translation>tous (aucune restriction)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Generate token</source>
        <translation>Générer un jeton</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Tous les modules</translation>
    </message>
    <message>
        <source>Search by name, ID, description…</source>
        <translation>Rechercher par nom, ID, description…</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>Rechercher des jetons</translation>
    </message>
    <message>
        <source>Matches the token&apos;s name, ID or description</source>
        <translation>Correspond au nom, à l&apos;ID ou à la description du jeton</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>Jetons API</translation>
    </message>
    <message>
        <source>Token status filter</source>
        <translation>Filtre de statut des jetons</translation>
    </message>
</context>
<context>
    <name>cv::ui::TranslationImportDialog</name>
    <message>
        <source>Upload translations: %1</source>
        <translation>Envoyer des traductions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fields of %1 that will change: %2.</source>
        <translation>Champs de %1 qui vont changer&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Left as they are: %1 unchanged, %2 empty (not translated), %3 fuzzy, %4 obsolete.</source>
        <translation>Laissés tels quels&#xa0;: %1 inchangés, %2 vides (non traduits), %3 approximatifs, %4 obsolètes.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>After the upload</source>
        <translation>Après l&apos;envoi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>(not translated)</source>
        <translation>(non traduit)</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>New translation</source>
        <translation>Nouvelle traduction</translation>
    </message>
    <message>
        <source>The file translated &quot;%1&quot;; the text is now &quot;%2&quot;.</source>
        <translation>Le fichier traduisait «&#xa0;%1&#xa0;»&#xa0;; le texte est maintenant «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Apply the outdated translation too (its source text changed since)</source>
        <translation>Appliquer aussi la traduction obsolète (son texte source a changé depuis)</translation>
    </message>
    <message numerus="yes">
        <source>Apply the %n outdated translations too (their source text changed since)</source>
        <translation>
            <numerusform>Appliquer aussi %n traduction obsolète (son texte source a changé depuis)</numerusform>
            <numerusform>Appliquer aussi les %n traductions obsolètes (leur texte source a changé depuis)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::TrayController</name>
    <message>
        <source>Open Connect Vendor Desktop</source>
        <translation>Ouvrir Connect Vendor Desktop</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Pause sync</source>
        <translation>Suspendre la synchronisation</translation>
    </message>
    <message>
        <source>Resume sync</source>
        <translation>Reprendre la synchronisation</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>%1: %2 for %3</source>
        <translation>%1&#xa0;: %2 pour %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>New pending request</source>
        <translation>Nouvelle demande en attente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new pending requests</source>
        <translation>
            <numerusform>%Ln nouvelle demande en attente</numerusform>
            <numerusform>%Ln nouvelles demandes en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>New conflict</source>
        <translation>Nouveau conflit</translation>
    </message>
    <message numerus="yes">
        <source>%n new conflicts</source>
        <translation>
            <numerusform>%n nouveau conflit</numerusform>
            <numerusform>%n nouveaux conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the same fields were changed here and on Connect. Open the window to choose what to keep.</source>
        <translation>%1&#xa0;: les mêmes champs ont été modifiés ici et sur Connect. Ouvrez la fenêtre pour choisir ce qu&apos;il faut garder.</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Synchronisation arrêtée</translation>
    </message>
    <message>
        <source>The offline data of %1 could not be written: %2</source>
        <translation>Les données hors ligne de %1 n&apos;ont pas pu être écrites&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sync needs you</source>
        <translation>La synchronisation a besoin de vous</translation>
    </message>
    <message>
        <source>Connect refused the API key of %1. Sign in again with a valid key.</source>
        <translation>Connect a refusé la clé API de %1. Reconnectez-vous avec une clé valide.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Publish finished</source>
        <translation>Publication terminée</translation>
    </message>
    <message>
        <source>Version %1 of %2 is published.</source>
        <translation>La version %1 de %2 est publiée.</translation>
    </message>
    <message>
        <source>Connect Vendor Desktop: 1 pending request</source>
        <translation>Connect Vendor Desktop&#xa0;: 1 demande en attente</translation>
    </message>
    <message numerus="yes">
        <source>Connect Vendor Desktop: %Ln pending requests</source>
        <translation>
            <numerusform>Connect Vendor Desktop&#xa0;: %Ln demande en attente</numerusform>
            <numerusform>Connect Vendor Desktop&#xa0;: %Ln demandes en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect Vendor Desktop: no pending requests</source>
        <translation>Connect Vendor Desktop&#xa0;: aucune demande en attente</translation>
    </message>
    <message>
        <source>%1 (sync paused)</source>
        <translation>%1 (synchronisation suspendue)</translation>
    </message>
</context>
<context>
    <name>cv::ui::UiPage</name>
    <message>
        <source>Customer UI</source>
        <translation>Interface client</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>&amp;Localization</source>
        <translation>&amp;Localisation</translation>
    </message>
</context>
<context>
    <name>cv::ui::UndoToast</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Bring it back (Ctrl+Z)</source>
        <translation>Rétablir (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>cv::ui::UploadCheckDialog</name>
    <message>
        <source>Usage file not uploaded</source>
        <translation>Fichier d&apos;utilisation non envoyé</translation>
    </message>
    <message>
        <source>%1 cannot be uploaded: %2. Nothing was sent.</source>
        <translation>%1 ne peut pas être envoyé&#xa0;: %2. Rien n&apos;a été transmis.</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>1 problem in %1; nothing was sent. Correct it in the spreadsheet and upload it again. Click the problem to see its cell.</source>
        <translation>1 problème dans %1&#xa0;; rien n&apos;a été envoyé. Corrigez-le dans la feuille de calcul et envoyez-la de nouveau. Cliquez sur le problème pour voir sa cellule.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems in %1; nothing was sent. Correct them in the spreadsheet and upload it again. Click a problem to see its cell.</source>
        <translation>
            <numerusform>%n problème dans %1&#xa0;; rien n&apos;a été envoyé. Corrigez-le dans la feuille de calcul et envoyez-la de nouveau. Cliquez sur le problème pour voir sa cellule.</numerusform>
            <numerusform>%n problèmes dans %1&#xa0;; rien n&apos;a été envoyé. Corrigez-les dans la feuille de calcul et envoyez-la de nouveau. Cliquez sur un problème pour voir sa cellule.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cv::ui::UsageFilePage</name>
    <message>
        <source>← Usage files</source>
        <translation>← Fichiers d&apos;utilisation</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Télécharger le modèle…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Fin (UTC)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 · waiting for sync</source>
        <translation>%1 · en attente de synchronisation</translation>
    </message>
    <message>
        <source>%1 · product %2 (%3) · marketplace %4 · contract %5
Period %6 to %7 (UTC) · schema %8 · currency %9 · records: %10 valid, %11 invalid, %12 closed</source>
        <translation>%1 · produit %2 (%3) · place de marché %4 · contrat %5
Période du %6 au %7 (UTC) · schéma %8 · devise %9 · enregistrements&#xa0;: %10 valides, %11 non valides, %12 clôturés</translation>
    </message>
    <message>
        <source>Acceptance note: %1</source>
        <translation>Note d&apos;acceptation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rejection note: %1</source>
        <translation>Note de rejet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connect found problems in the upload:
%1</source>
        <translation>Connect a trouvé des problèmes dans l&apos;envoi&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Usage records</source>
        <translation>Enregistrements d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>cv::ui::UsagePage</name>
    <message>
        <source>No account is open.</source>
        <translation>Aucun compte n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>The template could not be made: %1</source>
        <translation>Le modèle n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a usage file (%2 MB).</source>
        <translation>%1 est trop volumineux pour un fichier d&apos;utilisation (%2 Mo).</translation>
    </message>
    <message>
        <source>The upload was not queued: %1</source>
        <translation>L&apos;envoi n&apos;a pas été mis en file d&apos;attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save usage template</source>
        <translation>Enregistrer le modèle d&apos;utilisation</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Usage template</source>
        <translation>Modèle d&apos;utilisation</translation>
    </message>
    <message>
        <source>Upload usage file</source>
        <translation>Envoyer un fichier d&apos;utilisation</translation>
    </message>
    <message>
        <source>Why is the usage rejected? (required)</source>
        <translation>Pourquoi l&apos;utilisation est-elle rejetée&#xa0;? (obligatoire)</translation>
    </message>
    <message>
        <source>Acceptance note (optional):</source>
        <translation>Note d&apos;acceptation (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Usage file</source>
        <translation>Fichier d&apos;utilisation</translation>
    </message>
    <message>
        <source>Search by name, product, marketplace or id</source>
        <translation>Rechercher par nom, produit, place de marché ou ID</translation>
    </message>
    <message>
        <source>Create usage file…</source>
        <translation>Créer un fichier d&apos;utilisation…</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Télécharger le modèle…</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Envoyer…</translation>
    </message>
    <message>
        <source>Select a file to download its template or upload its filled spreadsheet; open it for its records and actions.</source>
        <translation>Sélectionnez un fichier pour télécharger son modèle ou envoyer sa feuille de calcul remplie&#xa0;; ouvrez-le pour voir ses enregistrements et actions.</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Place de marché</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Search usage files</source>
        <translation>Rechercher des fichiers d&apos;utilisation</translation>
    </message>
    <message>
        <source>Matches the file&apos;s name, product, marketplace or ID</source>
        <translation>Correspond au nom du fichier, au produit, à la place de marché ou à l&apos;ID</translation>
    </message>
    <message>
        <source>Usage files</source>
        <translation>Fichiers d&apos;utilisation</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>Modèle enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>cv::ui::VerifierView</name>
    <message>
        <source>Could not reach Connect to read the secret; paste it instead.</source>
        <translation>Impossible de joindre Connect pour lire le secret&#xa0;; collez-le à la place.</translation>
    </message>
    <message>
        <source>Secret read from Connect.</source>
        <translation>Secret lu depuis Connect.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Paste a call Connect made to your handler: the header lines (at least Authorization), a blank line, then the body. The check uses the webhook&apos;s secret: its Bearer token must be signed with it (JWT, HS256), not expired, and carry the same values as the body.</source>
        <translation>Collez un appel que Connect a envoyé à votre gestionnaire&#xa0;: les lignes d&apos;en-tête (au moins Authorization), une ligne vide, puis le corps. La vérification utilise le secret du webhook&#xa0;: son jeton Bearer doit être signé avec celui-ci (JWT, HS256), ne pas être expiré et porter les mêmes valeurs que le corps.</translation>
    </message>
    <message>
        <source>Webhook and its secret</source>
        <translation>Webhook et son secret</translation>
    </message>
    <message>
        <source>JWT secret (read it from Connect or paste it)</source>
        <translation>Secret JWT (à lire depuis Connect ou à coller)</translation>
    </message>
    <message>
        <source>Read from Connect</source>
        <translation>Lire depuis Connect</translation>
    </message>
    <message>
        <source>Received call</source>
        <translation>Appel reçu</translation>
    </message>
    <message>
        <source>Decoded token</source>
        <translation>Jeton décodé</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Webhook secret</source>
        <translation>Secret du webhook</translation>
    </message>
    <message>
        <source>The JWT secret the webhook&apos;s calls are signed with</source>
        <translation>Le secret JWT avec lequel les appels du webhook sont signés</translation>
    </message>
</context>
<context>
    <name>cv::ui::WebhookWizard</name>
    <message>
        <source>Copied. Paste it into your handler&apos;s configuration: it verifies each call with it.</source>
        <translation>Copié. Collez-le dans la configuration de votre gestionnaire&#xa0;: il vérifie chaque appel avec celui-ci.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Name the webhook after what it does, so the team recognises it in the list.</source>
        <translation>Nommez le webhook d&apos;après ce qu&apos;il fait, pour que l&apos;équipe le reconnaisse dans la liste.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Connect calls your URL when objects of this class change for this product.</source>
        <translation>Connect appelle votre URL lorsque des objets de cette classe changent pour ce produit.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>External URL</source>
        <translation>URL externe</translation>
    </message>
    <message>
        <source>JWT secret</source>
        <translation>Secret JWT</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>En-têtes supplémentaires</translation>
    </message>
    <message>
        <source>One &quot;Name: value&quot; per line, added to every call.</source>
        <translation>Un «&#xa0;Nom: valeur&#xa0;» par ligne, ajouté à chaque appel.</translation>
    </message>
    <message>
        <source>kept as Connect holds it</source>
        <translation>conservé tel que Connect le détient</translation>
    </message>
    <message>
        <source>(copy it in step 3)</source>
        <translation>(copiez-le à l&apos;étape 3)</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>Modifier le webhook</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Nouveau webhook</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Create webhook</source>
        <translation>Créer le webhook</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Nouveau secret</translation>
    </message>
    <message>
        <source>Connect keeps this webhook&apos;s secret. Select the webhook and use &quot;Copy secret&quot; to read it.</source>
        <translation>Connect conserve le secret de ce webhook. Sélectionnez le webhook et utilisez «&#xa0;Copier le secret&#xa0;» pour le lire.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
    <message>
        <source>Connect signs each call with this secret (JWT, HS256). Copy it now into your handler; the app does not write it anywhere.</source>
        <translation>Connect signe chaque appel avec ce secret (JWT, HS256). Copiez-le maintenant dans votre gestionnaire&#xa0;; l&apos;application ne l&apos;écrit nulle part.</translation>
    </message>
    <message>
        <source>Save keeps the changes here at once; the next sync sends them to Connect.</source>
        <translation>Enregistrer garde les modifications ici immédiatement ; la prochaine synchronisation les envoie à Connect.</translation>
    </message>
    <message>
        <source>Create webhook saves it here at once; the next sync creates it on Connect.</source>
        <translation>Créer le webhook l&apos;enregistre ici immédiatement ; la prochaine synchronisation le crée sur Connect.</translation>
    </message>
</context>
<context>
    <name>cv::ui::WebhooksView</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The webhook could not be saved in the offline cache, so nothing was changed: %1</source>
        <translation>Le webhook n&apos;a pas pu être enregistré dans le cache hors ligne, rien n&apos;a donc été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>La modification n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Supprimer le webhook</translation>
    </message>
    <message>
        <source>Delete the webhook &quot;%1&quot;? Connect stops calling %2.</source>
        <translation>Supprimer le webhook «&#xa0;%1&#xa0;»&#xa0;? Connect cessera d&apos;appeler %2.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>This webhook is not on Connect yet: sync first, then send the test.</source>
        <translation>Ce webhook n&apos;est pas encore sur Connect&#xa0;: synchronisez d&apos;abord, puis envoyez le test.</translation>
    </message>
    <message>
        <source>Sending the test…</source>
        <translation>Envoi du test…</translation>
    </message>
    <message>
        <source>Test refused at %1 UTC. %2</source>
        <translation>Test refusé à %1 UTC. %2</translation>
    </message>
    <message>
        <source>Could not reach Connect at %1 UTC: the test needs a connection. (%2)</source>
        <translation>Impossible de joindre Connect à %1 UTC&#xa0;: le test nécessite une connexion. (%2)</translation>
    </message>
    <message>
        <source>Test sent at %1 UTC. Connect answered %2 after %3 ms and calls %4 now.</source>
        <translation>Test envoyé à %1 UTC. Connect a répondu %2 après %3 ms et appelle maintenant %4.</translation>
    </message>
    <message>
        <source>No answer from your handler recorded yet.</source>
        <translation>Aucune réponse de votre gestionnaire enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Your handler answered %1 at %2 UTC (%3 ms).</source>
        <translation>Votre gestionnaire a répondu %1 à %2 UTC (%3 ms).</translation>
    </message>
    <message>
        <source>The call failed at %1 UTC: %2 %3</source>
        <translation>L&apos;appel a échoué à %1 UTC&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>Secret copied (%1). It goes to Connect with the next sync.</source>
        <translation>Secret copié (%1). Il sera envoyé à Connect à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Connect makes this webhook&apos;s secret when the webhook reaches it: sync first.</source>
        <translation>Connect crée le secret de ce webhook lorsque le webhook lui parvient&#xa0;: synchronisez d&apos;abord.</translation>
    </message>
    <message>
        <source>Could not read the secret from Connect: %1</source>
        <translation>Impossible de lire le secret depuis Connect&#xa0;: %1</translation>
    </message>
    <message>
        <source>Secret copied (%1). Connect keeps it; this app does not write it anywhere.</source>
        <translation>Secret copié (%1). Connect le conserve&#xa0;; cette application ne l&apos;écrit nulle part.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Waiting for sync: this webhook&apos;s change is saved here and goes to Connect with the next sync.</source>
        <translation>En attente de synchronisation&#xa0;: la modification de ce webhook est enregistrée ici et sera envoyée à Connect à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Select a webhook to see where Connect sends it, test it, or copy its secret.</source>
        <translation>Sélectionnez un webhook pour voir où Connect l&apos;envoie, le tester ou copier son secret.</translation>
    </message>
    <message>
        <source>new, not on Connect yet</source>
        <translation>nouveau, pas encore sur Connect</translation>
    </message>
    <message>
        <source>Search by label, product, URL…</source>
        <translation>Rechercher par libellé, produit, URL…</translation>
    </message>
    <message>
        <source>Enabled and disabled</source>
        <translation>Activés et désactivés</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Nouveau webhook</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Send test</source>
        <translation>Envoyer un test</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Copier le secret</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Dernier appel</translation>
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
        <translation>échec</translation>
    </message>
    <message>
        <source>The call failed at %1 UTC: no answer. %2</source>
        <translation>L&apos;appel a échoué à %1 UTC&#xa0;: aucune réponse. %2</translation>
    </message>
    <message>
        <source>Could not read the secret from Connect: there is no connection.</source>
        <translation>Impossible de lire le secret depuis Connect&#xa0;: aucune connexion.</translation>
    </message>
    <message>
        <source>1 call, %1 failed</source>
        <translation>1 appel, %1 en échec</translation>
    </message>
    <message numerus="yes">
        <source>%n calls, %1 failed</source>
        <extracomment>How often Connect called the webhook; %1 is how many of those failed.</extracomment>
        <translation>
            <numerusform>%n appel, %1 en échec</numerusform>
            <numerusform>%n appels, %1 en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · calls %2 · %3</source>
        <extracomment>%1 is the webhook&apos;s ID (or &quot;new, not on Connect yet&quot;), %2 the URL Connect calls, %3 the call counts.</extracomment>
        <translation>%1 · appels %2 · %3</translation>
    </message>
    <message>
        <source>Search webhooks</source>
        <translation>Rechercher des webhooks</translation>
    </message>
    <message>
        <source>Matches the webhook&apos;s label, product or URL</source>
        <translation>Correspond au libellé, au produit ou à l&apos;URL du webhook</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Webhook status filter</source>
        <translation>Filtre de statut des webhooks</translation>
    </message>
</context>
<context>
    <name>cv::ui::WordingProxyModel</name>
    <message>
        <source>Changed here; sent to Connect by the next sync</source>
        <translation>Modifié ici&#xa0;; envoyé à Connect à la prochaine synchronisation</translation>
    </message>
</context>
</TS>
