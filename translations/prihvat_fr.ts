<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Accounts</name>
    <message>
        <source>Only an administrator can manage users.</source>
        <translation>Seul un administrateur peut gérer les utilisateurs.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. An administrator can unlock it.</source>
        <translation>Ce compte est verrouillé après trop de mots de passe erronés. Un administrateur peut le déverrouiller.</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The keys of this data folder were destroyed (the device was revoked). Nothing in it can be opened any more.</source>
        <translation>Les clés de ce dossier de données ont été détruites (l&apos;appareil a été révoqué). Plus rien ne peut y être ouvert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a user name: use 1 to 64 letters, digits, dots, hyphens or underscores.</source>
        <translation>&quot;%1&quot; ne peut pas être un nom d&apos;utilisateur&#xa0;: utilisez de 1 à 64 lettres, chiffres, points, traits d&apos;union ou tirets bas.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Un mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>A password can have at most 1024 characters.</source>
        <translation>Un mot de passe peut comporter au plus 1024 caractères.</translation>
    </message>
    <message>
        <source>Reading the users</source>
        <translation>Lecture des utilisateurs</translation>
    </message>
    <message>
        <source>The user %1 has an unknown role &quot;%2&quot;.</source>
        <translation>L&apos;utilisateur %1 a un rôle inconnu &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Saving the user</source>
        <translation>Enregistrement de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>This data folder already has users; an administrator adds new ones.</source>
        <translation>Ce dossier de données a déjà des utilisateurs&#xa0;; c&apos;est un administrateur qui en ajoute de nouveaux.</translation>
    </message>
    <message>
        <source>The stored password of the user %1 is damaged.</source>
        <translation>Le mot de passe enregistré de l&apos;utilisateur %1 est endommagé.</translation>
    </message>
    <message>
        <source>Recording the login</source>
        <translation>Enregistrement de la connexion</translation>
    </message>
    <message>
        <source>The data key of the user %1 is damaged and does not open.</source>
        <translation>La clé de données de l&apos;utilisateur %1 est endommagée et ne s&apos;ouvre pas.</translation>
    </message>
    <message>
        <source>There is already a user %1.</source>
        <translation>L&apos;utilisateur %1 existe déjà.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>L&apos;utilisateur %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is the last administrator and cannot be removed.</source>
        <translation>%1 est le dernier administrateur et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Removing the user</source>
        <translation>Suppression de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>%1 is the last administrator; make another user an administrator first.</source>
        <translation>%1 est le dernier administrateur&#xa0;; donnez d&apos;abord le rôle d&apos;administrateur à un autre utilisateur.</translation>
    </message>
    <message>
        <source>Only an administrator can set the password of another user.</source>
        <translation>Seul un administrateur peut définir le mot de passe d&apos;un autre utilisateur.</translation>
    </message>
    <message>
        <source>Saving the new password</source>
        <translation>Enregistrement du nouveau mot de passe</translation>
    </message>
    <message>
        <source>Destroying the keys</source>
        <translation>Destruction des clés</translation>
    </message>
    <message>
        <source>The keys were destroyed, but another program holds the database open, so old copies may remain in its log until it closes.</source>
        <translation>Les clés ont été détruites, mais un autre programme garde la base de données ouverte&#xa0;: d&apos;anciennes copies peuvent rester dans son journal jusqu&apos;à sa fermeture.</translation>
    </message>
    <message>
        <source>The password of this user is hashed with &quot;%1&quot;, which this version does not accept.</source>
        <translation>Le mot de passe de cet utilisateur est haché avec &quot;%1&quot;, que cette version n&apos;accepte pas.</translation>
    </message>
    <message>
        <source>The stored password parameters of this user are weaker than the minimum; the account is refused. An administrator must set a new password.</source>
        <translation>Les paramètres du mot de passe enregistré de cet utilisateur sont plus faibles que le minimum&#xa0;; le compte est refusé. Un administrateur doit définir un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The stored password parameters of this user are out of range; the account is refused.</source>
        <translation>Les paramètres du mot de passe enregistré de cet utilisateur sont hors limites&#xa0;; le compte est refusé.</translation>
    </message>
    <message>
        <source>The stored password salt of this user is damaged.</source>
        <translation>Le sel du mot de passe enregistré de cet utilisateur est endommagé.</translation>
    </message>
    <message>
        <source>There is not enough memory to check the password (Argon2id needs %1 MiB).</source>
        <translation>Mémoire insuffisante pour vérifier le mot de passe (Argon2id a besoin de %1 Mio).</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>mobile team</source>
        <translation>équipe mobile</translation>
    </message>
    <message>
        <source>reception desk</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source>protection officer</source>
        <translation>agent de protection</translation>
    </message>
    <message>
        <source>Your access to the data is being renewed: another user of this data folder must log in first.</source>
        <translation>Votre accès aux données est en cours de renouvellement&#xa0;: un autre utilisateur de ce dossier de données doit d&apos;abord se connecter.</translation>
    </message>
    <message>
        <source>The recovery secret is not right.</source>
        <translation>Le secret de récupération n’est pas le bon.</translation>
    </message>
    <message>
        <source>This data folder has no recovery secret.</source>
        <translation>Ce dossier de données n’a pas de secret de récupération.</translation>
    </message>
    <message>
        <source>Only an administrator&apos;s account can be recovered with the recovery secret.</source>
        <translation>Seul le compte d’un administrateur peut être récupéré avec le secret de récupération.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;prihvat-cli --help&quot; for the commands.</source>
        <translation>Lancez &quot;prihvat-cli --help&quot; pour la liste des commandes.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; a record is never that large.</source>
        <translation>%1 dépasse 16 Mio&#xa0;; une fiche n&apos;est jamais aussi volumineuse.</translation>
    </message>
    <message>
        <source>The input is larger than 16 MiB; a record is never that large.</source>
        <translation>L&apos;entrée dépasse 16 Mio&#xa0;; une fiche n&apos;est jamais aussi volumineuse.</translation>
    </message>
    <message>
        <source>The input is not valid JSON (%1 at byte %2).</source>
        <translation>L&apos;entrée n&apos;est pas un JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The input must be a JSON object of field names and values.</source>
        <translation>L&apos;entrée doit être un objet JSON associant des noms de champs à des valeurs.</translation>
    </message>
    <message>
        <source>The site code of this device (see the reference data).</source>
        <translation>Le code du lieu de cet appareil (voir les données de référence).</translation>
    </message>
    <message>
        <source>Initialised %1 for site %2; device %3.</source>
        <translation>%1 initialisé pour le lieu %2&#xa0;; appareil %3.</translation>
    </message>
    <message>
        <source>The record&apos;s values as a JSON object, from FILE or - for standard input.</source>
        <translation>Les valeurs de la fiche sous forme d&apos;objet JSON, depuis FILE ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The form id: person, screening, assistance, transport, referral.</source>
        <translation>L&apos;identifiant du formulaire&#xa0;: person, screening, assistance, transport, referral.</translation>
    </message>
    <message>
        <source>Usage: add FORM --json FILE</source>
        <translation>Utilisation&#xa0;: add FORM --json FILE</translation>
    </message>
    <message>
        <source>The fields to change as a JSON object, from FILE or - for standard input.</source>
        <translation>Les champs à modifier sous forme d&apos;objet JSON, depuis FILE ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The record id.</source>
        <translation>L&apos;identifiant de la fiche.</translation>
    </message>
    <message>
        <source>Usage: update ID --json FILE</source>
        <translation>Utilisation&#xa0;: update ID --json FILE</translation>
    </message>
    <message>
        <source>Usage: delete ID</source>
        <translation>Utilisation&#xa0;: delete ID</translation>
    </message>
    <message>
        <source>Usage: get ID</source>
        <translation>Utilisation&#xa0;: get ID</translation>
    </message>
    <message>
        <source>No record has the id %1.</source>
        <translation>Aucune fiche n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Print the records as a JSON array.</source>
        <translation>Afficher les fiches sous forme de tableau JSON.</translation>
    </message>
    <message>
        <source>At most N records (default 1000).</source>
        <translation>Au plus N fiches (1000 par défaut).</translation>
    </message>
    <message>
        <source>Skip the first N records.</source>
        <translation>Ignorer les N premières fiches.</translation>
    </message>
    <message>
        <source>The form id.</source>
        <translation>L&apos;identifiant du formulaire.</translation>
    </message>
    <message>
        <source>Usage: list FORM [--json] [--limit N] [--offset N]</source>
        <translation>Utilisation&#xa0;: list FORM [--json] [--limit N] [--offset N]</translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;. The forms are: %2</source>
        <translation>Formulaire &quot;%1&quot; inconnu. Les formulaires sont&#xa0;: %2</translation>
    </message>
    <message>
        <source>Usage: count FORM</source>
        <translation>Utilisation&#xa0;: count FORM</translation>
    </message>
    <message>
        <source>OK: %1; %2 changes waiting to sync.</source>
        <translation>OK&#xa0;: %1&#xa0;; modifications en attente de synchronisation&#xa0;: %2.</translation>
    </message>
    <message>
        <source>How many persons to create.</source>
        <translation>Nombre de personnes à créer.</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same data.</source>
        <translation>La graine aléatoire&#xa0;: la même graine donne les mêmes données.</translation>
    </message>
    <message>
        <source>Usage: seed --persons N [--seed S], N from 1 to 10,000,000</source>
        <translation>Utilisation&#xa0;: seed --persons N [--seed S], N de 1 à 10&#xa0;000&#xa0;000</translation>
    </message>
    <message>
        <source>Seeded %1 records (%2 persons) in %3 s: %4 records per second.</source>
        <translation>%1 fiches générées (%2 personnes) en %3 s&#xa0;: %4 fiches par seconde.</translation>
    </message>
    <message>
        <source>The headquarters address, such as https://hq.example.org.</source>
        <translation>L&apos;adresse du siège, par exemple https://hq.example.org.</translation>
    </message>
    <message>
        <source>The one-time enrolment code from headquarters.</source>
        <translation>Le code d&apos;inscription à usage unique fourni par le siège.</translation>
    </message>
    <message>
        <source>A name for this device (default: the computer&apos;s name).</source>
        <translation>Un nom pour cet appareil (par défaut&#xa0;: le nom de l&apos;ordinateur).</translation>
    </message>
    <message>
        <source>Usage: enroll --server URL --code CODE [--name NAME]</source>
        <translation>Utilisation&#xa0;: enroll --server URL --code CODE [--name NAME]</translation>
    </message>
    <message>
        <source>Enrolled with %1 as device %2 for sites %3.</source>
        <translation>Appareil inscrit auprès de %1 sous l&apos;identifiant %2 pour les lieux %3.</translation>
    </message>
    <message>
        <source>Send each request at most N times when the server cannot be reached (default 4).</source>
        <translation>Envoyer chaque requête au plus N fois si le serveur est injoignable (4 par défaut).</translation>
    </message>
    <message>
        <source>Give up on a request after S seconds without an answer (default 30).</source>
        <translation>Abandonner une requête après S secondes sans réponse (30 par défaut).</translation>
    </message>
    <message>
        <source>Print the counts as a JSON object.</source>
        <translation>Afficher les totaux sous forme d&apos;objet JSON.</translation>
    </message>
    <message>
        <source>Usage: sync [--attempts N] [--timeout S] [--json]</source>
        <translation>Utilisation&#xa0;: sync [--attempts N] [--timeout S] [--json]</translation>
    </message>
    <message>
        <source>This data folder is not enrolled with headquarters. Run &quot;prihvat-cli enroll --server URL --code CODE&quot; first.</source>
        <translation>Ce dossier de données n&apos;est pas inscrit auprès du siège. Lancez d&apos;abord &quot;prihvat-cli enroll --server URL --code CODE&quot;.</translation>
    </message>
    <message>
        <source>Attempt %1 failed: %2 Trying again in %3 s.</source>
        <translation>La tentative %1 a échoué&#xa0;: %2 Nouvelle tentative dans %3 s.</translation>
    </message>
    <message>
        <source>Pushed %1, pulled %2, conflicts %3, rejected %4.</source>
        <translation>Envoyées&#xa0;: %1, reçues&#xa0;: %2, conflits&#xa0;: %3, refusées&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1 changes are kept on this device and will be sent by the next sync.</source>
        <translation>Modifications conservées sur cet appareil, qui seront envoyées à la prochaine synchronisation&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The data folder (default: %1).</source>
        <translation>Le dossier de données (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The language of messages: en, bs, ar, fa, ps, ur, fr.</source>
        <translation>La langue des messages&#xa0;: en, bs, ar, fa, ps, ur, fr.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>L&apos;action à effectuer (voir ci-dessus).</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of en, bs, ar, fa, ps, ur, fr.</source>
        <translation>Langue &quot;%1&quot; inconnue&#xa0;; utilisez l&apos;une des suivantes&#xa0;: en, bs, ar, fa, ps, ur, fr.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande &quot;%1&quot; inconnue.</translation>
    </message>
    <message>
        <source>Audit trail: %1 entries, hash chain intact.</source>
        <translation>Journal d&apos;audit (nombre d&apos;entrées&#xa0;: %1)&#xa0;: chaîne de hachage intacte.</translation>
    </message>
    <message>
        <source>Print the entries as a JSON array.</source>
        <translation>Afficher les entrées sous forme de tableau JSON.</translation>
    </message>
    <message>
        <source>At most N entries, newest first (default 100).</source>
        <translation>Au plus N entrées, les plus récentes en premier (100 par défaut).</translation>
    </message>
    <message>
        <source>Usage: audit [--limit N] [--json]</source>
        <translation>Utilisation&#xa0;: audit [--limit N] [--json]</translation>
    </message>
    <message>
        <source>No password given: set %1 or run the command in a terminal.</source>
        <translation>Aucun mot de passe fourni&#xa0;: définissez %1 ou lancez la commande dans un terminal.</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Le même mot de passe, une deuxième fois&#xa0;: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Les deux mots de passe sont différents&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This data folder has no user yet. Create its administrator first: prihvat-cli --data-dir DIR user add NAME --role admin</source>
        <translation>Ce dossier de données n&apos;a encore aucun utilisateur. Créez d&apos;abord son administrateur&#xa0;: prihvat-cli --data-dir DIR user add NAME --role admin</translation>
    </message>
    <message>
        <source>Give --user NAME: every command on this data folder needs a user and their password (from %1 or typed when asked).</source>
        <translation>Indiquez --user NAME&#xa0;: chaque commande sur ce dossier de données nécessite un utilisateur et son mot de passe (depuis %1 ou saisi à la demande).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1&#xa0;: </translation>
    </message>
    <message>
        <source>The administrator to create (password from PRIHVAT_PASSWORD, or asked twice).</source>
        <translation>L&apos;administrateur à créer (mot de passe depuis PRIHVAT_PASSWORD, ou demandé deux fois).</translation>
    </message>
    <message>
        <source>init needs --site CODE and --user NAME.</source>
        <translation>init nécessite --site CODE et --user NAME.</translation>
    </message>
    <message>
        <source>A password for the administrator %1: </source>
        <translation>Mot de passe pour l&apos;administrateur %1&#xa0;: </translation>
    </message>
    <message>
        <source>Only a protection officer can see or change %1. Nothing was saved.</source>
        <translation>Seul un agent de protection peut voir ou modifier %1. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Only an administrator can read the audit trail.</source>
        <translation>Seul un administrateur peut lire le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Reference data from headquarters: %1 changes.</source>
        <translation>Modifications des données de référence reçues du siège&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The role: admin, mobile, desk or protection.</source>
        <translation>Le rôle&#xa0;: admin, mobile, desk ou protection.</translation>
    </message>
    <message>
        <source>Print the users as a JSON array.</source>
        <translation>Afficher les utilisateurs sous forme de tableau JSON.</translation>
    </message>
    <message>
        <source>add, list, passwd, remove, role or unlock.</source>
        <translation>add, list, passwd, remove, role ou unlock.</translation>
    </message>
    <message>
        <source>Usage: user add NAME --role ROLE | user list [--json] | user passwd [NAME] | user remove NAME | user role NAME ROLE | user unlock NAME</source>
        <translation>Utilisation&#xa0;: user add NAME --role ROLE | user list [--json] | user passwd [NAME] | user remove NAME | user role NAME ROLE | user unlock NAME</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use one of %2.</source>
        <translation>Rôle &quot;%1&quot; inconnu&#xa0;; utilisez l&apos;un des suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>This data folder has no user yet: the first one must be an administrator (--role admin).</source>
        <translation>Ce dossier de données n&apos;a encore aucun utilisateur&#xa0;: le premier doit être un administrateur (--role admin).</translation>
    </message>
    <message>
        <source>A password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Utilisateur %1 ajouté (%2).</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>A new password for %1: </source>
        <translation>Nouveau mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Le mot de passe de %1 a été modifié.</translation>
    </message>
    <message>
        <source>Removed %1; their key to this data folder is destroyed.</source>
        <translation>Utilisateur %1 supprimé&#xa0;; sa clé d&apos;accès à ce dossier de données est détruite.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 a maintenant le rôle&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Le fichier CSV à écrire.</translation>
    </message>
    <message>
        <source>Usage: export --form FORM --out FILE</source>
        <translation>Utilisation&#xa0;: export --form FORM --out FILE</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported %1 records of %2 to %3.</source>
        <translation>%1 fiches du formulaire %2 exportées vers %3.</translation>
    </message>
    <message>
        <source>%1 protection-sensitive fields were left out (protection officers only).</source>
        <translation>Champs sensibles de protection laissés de côté (réservés aux agents de protection)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Who is working: every command on a data folder needs a user and their password (from PRIHVAT_PASSWORD, or typed when asked).</source>
        <translation>Qui travaille&#xa0;: chaque commande sur un dossier de données nécessite un utilisateur et son mot de passe (depuis PRIHVAT_PASSWORD, ou saisi à la demande).</translation>
    </message>
    <message>
        <source>The keys of this data folder are destroyed: its records can no longer be opened by anyone.</source>
        <translation>Les clés de ce dossier de données sont détruites : plus personne ne peut ouvrir ses fiches.</translation>
    </message>
    <message>
        <source>Removed %1 records past their retention period.</source>
        <translation>%1 fiches dont la durée de conservation était dépassée ont été supprimées.</translation>
    </message>
    <message>
        <source>Load form definitions from DIR instead of the built-in ones; their forms, fields and sensitivities must be the built-in ones.</source>
        <translation>Charger les définitions de formulaires depuis DIR au lieu des définitions intégrées ; leurs formulaires, champs et niveaux de sensibilité doivent être ceux des définitions intégrées.</translation>
    </message>
    <message>
        <source>Allow a plain http server address that is not on this computer (for tests only: the credential and the data would cross the network readable).</source>
        <translation>Autoriser une adresse de serveur en http simple qui n&apos;est pas sur cet ordinateur (pour les tests uniquement : les identifiants et les données traverseraient le réseau en clair).</translation>
    </message>
    <message>
        <source>Recovery secret of this data folder, shown only this once (write it down or print it, and keep it apart from this laptop): %1</source>
        <translation>Secret de récupération de ce dossier de données, affiché cette seule fois (notez-le ou imprimez-le, et gardez-le à l’écart de cet ordinateur portable)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Usage: --user NAME recover</source>
        <translation>Utilisation&#xa0;: --user NAME recover</translation>
    </message>
    <message>
        <source>Recovery secret: </source>
        <translation>Secret de récupération&#xa0;: </translation>
    </message>
    <message>
        <source>Prihvat command line: headless operations on a data folder.

Commands:
  init --site CODE --user NAME  create the data folder of a device at a site, and its
                              administrator
  add FORM --json FILE|-      validate and save a new record; prints its id
  update ID --json FILE|-     change the given fields of a record
  delete ID                   delete a record (a tombstone is kept)
  get ID                      print a record as JSON
  list FORM [--json]          list the live records of a form
  count FORM                  count the live records of a form
  verify                      check integrity, consistency and the audit trail
  audit [--limit N] [--json]  print the audit trail, newest first
  seed --persons N [--seed S] add realistic synthetic data
  forms                       list the forms
  enroll --server URL --code CODE  enrol this device with headquarters
  sync [--json]               push waiting changes and pull new ones
  export --form FORM --out FILE  write the live records of a form as CSV
  user add NAME --role ROLE   add a user (admin, mobile, desk, protection)
  user list | passwd [NAME] | remove NAME | role NAME ROLE | unlock NAME
  recover                     a new password for the administrator --user NAME, with
                              the recovery secret shown at init (PRIHVAT_RECOVERY)

Every command on a data folder needs --user NAME (before the command) and the
password, from PRIHVAT_PASSWORD or typed when asked; a new user&apos;s password comes
from PRIHVAT_NEW_PASSWORD or is asked twice.

Exit codes: 0 done, 1 failed, 2 invalid input (nothing changed).</source>
        <translation>Ligne de commande Prihvat&#xa0;: opérations sans interface graphique sur un dossier de données.

Commandes&#xa0;:
  init --site CODE --user NAME  crée le dossier de données d&apos;un appareil sur un lieu, et son
                              administrateur
  add FORM --json FILE|-      valide et enregistre une nouvelle fiche&#xa0;; affiche son identifiant
  update ID --json FILE|-     modifie les champs indiqués d&apos;une fiche
  delete ID                   supprime une fiche (une trace de suppression est conservée)
  get ID                      affiche une fiche en JSON
  list FORM [--json]          liste les fiches actives d&apos;un formulaire
  count FORM                  compte les fiches actives d&apos;un formulaire
  verify                      vérifie l&apos;intégrité, la cohérence et le journal d&apos;audit
  audit [--limit N] [--json]  affiche le journal d&apos;audit, les plus récentes en premier
  seed --persons N [--seed S] ajoute des données synthétiques réalistes
  forms                       liste les formulaires
  enroll --server URL --code CODE  inscrit cet appareil auprès du siège
  sync [--json]               envoie les modifications en attente et reçoit les nouvelles
  export --form FORM --out FILE  écrit les fiches actives d&apos;un formulaire en CSV
  user add NAME --role ROLE   ajoute un utilisateur (admin, mobile, desk, protection)
  user list | passwd [NAME] | remove NAME | role NAME ROLE | unlock NAME
  recover                     un nouveau mot de passe pour l’administrateur --user NAME,
                              avec le secret de récupération affiché à init (PRIHVAT_RECOVERY)

Chaque commande sur un dossier de données nécessite --user NAME (avant la commande) et le
mot de passe, depuis PRIHVAT_PASSWORD ou saisi à la demande&#xa0;; le mot de passe d&apos;un nouvel
utilisateur vient de PRIHVAT_NEW_PASSWORD ou est demandé deux fois.

Codes de sortie&#xa0;: 0 terminé, 1 échec, 2 entrée invalide (rien n&apos;a été modifié).</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Set-up was cancelled.</source>
        <translation>La configuration a été annulée.</translation>
    </message>
    <message>
        <source>The data folder %1 is not set up.</source>
        <translation>Le dossier de données %1 n&apos;est pas configuré.</translation>
    </message>
    <message>
        <source>The keys of this data folder were destroyed because headquarters revoked this device. Its records cannot be opened any more.</source>
        <translation>Les clés de ce dossier de données ont été détruites, car le siège a révoqué cet appareil. Ses fiches ne peuvent plus être ouvertes.</translation>
    </message>
    <message>
        <source>This data folder has no administrator yet. Start Prihvat without options to create one.</source>
        <translation>Ce dossier de données n&apos;a pas encore d&apos;administrateur. Lancez Prihvat sans options pour en créer un.</translation>
    </message>
    <message>
        <source>The session was locked. Log in to go on.</source>
        <translation>La session a été verrouillée. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>This device was revoked</source>
        <translation>Cet appareil a été révoqué</translation>
    </message>
    <message>
        <source>The keys of this data folder are destroyed now: its records can no longer be opened by anyone.</source>
        <translation>Les clés de ce dossier de données sont détruites maintenant : plus personne ne pourra ouvrir ses fiches.</translation>
    </message>
    <message>
        <source>Recovery secret</source>
        <translation>Secret de récupération</translation>
    </message>
    <message>
        <source>Write down or print this recovery secret and keep it apart from this laptop. With it, an administrator who forgot their password can set a new one (prihvat-cli recover). It is shown only this once.

%1</source>
        <translation>Notez ou imprimez ce secret de récupération et gardez-le à l’écart de cet ordinateur portable. Grâce à lui, un administrateur qui a oublié son mot de passe peut en choisir un nouveau (prihvat-cli recover). Il n’est affiché que cette seule fois.

%1</translation>
    </message>
    <message>
        <source>You were filling in “%1” when the session was locked. It is not saved yet.</source>
        <translation>Vous remplissiez « %1 » quand la session a été verrouillée. Ce n’est pas encore enregistré.</translation>
    </message>
    <message>
        <source>You were filling in “%1” for %2 when the session was locked. It is not saved yet.</source>
        <translation>Vous remplissiez « %1 » pour %2 quand la session a été verrouillée. Ce n’est pas encore enregistré.</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>Travail non enregistré</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>The record of this unsaved work no longer exists here.</source>
        <translation>La fiche de ce travail non enregistré n’existe plus ici.</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>malformed number &apos;%1&apos; at position %2</source>
        <translation>nombre mal formé &apos;%1&apos; à la position %2</translation>
    </message>
    <message>
        <source>number out of range at position %1</source>
        <translation>nombre hors limites à la position %1</translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos; at position %2</source>
        <translation>séquence d&apos;échappement invalide &apos;\%1&apos; à la position %2</translation>
    </message>
    <message>
        <source>unterminated string at position %1</source>
        <translation>chaîne non fermée à la position %1</translation>
    </message>
    <message>
        <source>expected &apos;{&apos; after &apos;$&apos; at position %1</source>
        <translation>&apos;{&apos; attendu après &apos;$&apos; à la position %1</translation>
    </message>
    <message>
        <source>unterminated field reference at position %1</source>
        <translation>référence de champ non fermée à la position %1</translation>
    </message>
    <message>
        <source>invalid field name &apos;%1&apos; at position %2</source>
        <translation>nom de champ invalide &apos;%1&apos; à la position %2</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; at position %2</source>
        <translation>caractère inattendu &apos;%1&apos; à la position %2</translation>
    </message>
    <message>
        <source>unexpected end of expression</source>
        <translation>fin d&apos;expression inattendue</translation>
    </message>
    <message>
        <source>unexpected string %1 at position %2</source>
        <translation>chaîne inattendue %1 à la position %2</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>&apos;%1&apos; inattendu à la position %2</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes no arguments, got %2 at position %3</source>
        <translation>la fonction &apos;%1&apos; ne prend aucun argument (reçus&#xa0;: %2) à la position %3</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes 1 argument, got %2 at position %3</source>
        <translation>la fonction &apos;%1&apos; prend 1 argument (reçus&#xa0;: %2) à la position %3</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes %4 arguments, got %2 at position %3</source>
        <translation>la fonction &apos;%1&apos; prend %4 arguments (reçus&#xa0;: %2) à la position %3</translation>
    </message>
    <message>
        <source>expression nested too deeply at position %1</source>
        <translation>expression trop imbriquée à la position %1</translation>
    </message>
    <message>
        <source>expression too long at position %1</source>
        <translation>expression trop longue à la position %1</translation>
    </message>
    <message>
        <source>comparisons cannot be chained: &apos;%1&apos; at position %2</source>
        <translation>les comparaisons ne peuvent pas être enchaînées&#xa0;: &apos;%1&apos; à la position %2</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; at position %2 must be followed by &apos;(&apos;</source>
        <translation>la fonction &apos;%1&apos; à la position %2 doit être suivie de &apos;(&apos;</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; at position %2 (fields are written ${%1})</source>
        <translation>nom inconnu &apos;%1&apos; à la position %2 (les champs s&apos;écrivent ${%1})</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; at position %2</source>
        <translation>fonction inconnue &apos;%1&apos; à la position %2</translation>
    </message>
    <message>
        <source>empty expression</source>
        <translation>expression vide</translation>
    </message>
</context>
<context>
    <name>FormLoader</name>
    <message>
        <source>%1 has an unknown key &quot;%2&quot;</source>
        <translation>%1 contient une clé inconnue &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>choices must be a non-empty list</source>
        <translation>choices doit être une liste non vide</translation>
    </message>
    <message>
        <source>a choice</source>
        <translation>un choix</translation>
    </message>
    <message>
        <source>choice value &quot;%1&quot; must use only a-z, 0-9 and _</source>
        <translation>la valeur de choix &quot;%1&quot; ne doit contenir que a-z, 0-9 et _</translation>
    </message>
    <message>
        <source>choice value &quot;%1&quot; appears twice</source>
        <translation>la valeur de choix &quot;%1&quot; apparaît deux fois</translation>
    </message>
    <message>
        <source>the label of choice &quot;%1&quot;</source>
        <translation>le libellé du choix &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; must be a number</source>
        <translation>la contrainte &quot;%1&quot; doit être un nombre</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; must be a date YYYY-MM-DD</source>
        <translation>la contrainte &quot;%1&quot; doit être une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>a constraint must be an object</source>
        <translation>une contrainte doit être un objet</translation>
    </message>
    <message>
        <source>a constraint</source>
        <translation>une contrainte</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; belongs on a field, not on the form</source>
        <translation>la contrainte &quot;%1&quot; se place sur un champ, pas sur le formulaire</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; does not apply to a %2 field</source>
        <translation>la contrainte &quot;%1&quot; ne s&apos;applique pas à un champ de type %2</translation>
    </message>
    <message>
        <source>constraint &quot;range&quot; needs &quot;min&quot; or &quot;max&quot;</source>
        <translation>la contrainte &quot;range&quot; nécessite &quot;min&quot; ou &quot;max&quot;</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; needs &quot;min&quot; or &quot;max&quot;</source>
        <translation>la contrainte &quot;%1&quot; nécessite &quot;min&quot; ou &quot;max&quot;</translation>
    </message>
    <message>
        <source>constraint &quot;pattern&quot; needs a &quot;regex&quot;</source>
        <translation>la contrainte &quot;pattern&quot; nécessite un &quot;regex&quot;</translation>
    </message>
    <message>
        <source>constraint &quot;pattern&quot; has an invalid regular expression: %1</source>
        <translation>la contrainte &quot;pattern&quot; contient une expression régulière invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>constraint expression</source>
        <translation>l&apos;expression de la contrainte</translation>
    </message>
    <message>
        <source>constraint &quot;expression&quot; needs a &quot;message&quot;</source>
        <translation>la contrainte &quot;expression&quot; nécessite un &quot;message&quot;</translation>
    </message>
    <message>
        <source>unknown constraint kind &quot;%1&quot;</source>
        <translation>type de contrainte inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the constraint message</source>
        <translation>le message de la contrainte</translation>
    </message>
    <message>
        <source>&quot;field&quot; belongs only on form-level constraints</source>
        <translation>&quot;field&quot; n&apos;est admis que dans les contraintes au niveau du formulaire</translation>
    </message>
    <message>
        <source>the default value does not fit a %1 field</source>
        <translation>la valeur par défaut ne convient pas à un champ de type %1</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1&#xa0;: JSON invalide à l&apos;octet %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: the definition must be a JSON object</source>
        <translation>%1&#xa0;: la définition doit être un objet JSON</translation>
    </message>
    <message>
        <source>the form</source>
        <translation>le formulaire</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a name of a-z, 0-9 and _</source>
        <translation>&quot;id&quot; doit être un nom composé de a-z, 0-9 et _</translation>
    </message>
    <message>
        <source>&quot;id&quot; is &quot;%1&quot; but the file should then be named %2</source>
        <translation>&quot;id&quot; vaut &quot;%1&quot;&#xa0;: le fichier devrait alors s&apos;appeler %2</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number of at least 1</source>
        <translation>&quot;version&quot; doit être un nombre entier supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>&quot;fields&quot; must be a non-empty list</source>
        <translation>&quot;fields&quot; doit être une liste non vide</translation>
    </message>
    <message>
        <source>the field name must be made of a-z, 0-9 and _, starting with a letter</source>
        <translation>le nom du champ doit être composé de a-z, 0-9 et _, et commencer par une lettre</translation>
    </message>
    <message>
        <source>the field name is used twice</source>
        <translation>le nom du champ est utilisé deux fois</translation>
    </message>
    <message>
        <source>the field</source>
        <translation>le champ</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>type &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>the label</source>
        <translation>le libellé</translation>
    </message>
    <message>
        <source>the hint</source>
        <translation>l&apos;indication</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;sensitivity&quot; must be identifying, protection or facet</source>
        <translation>&quot;sensitivity&quot; doit valoir identifying, protection ou facet</translation>
    </message>
    <message>
        <source>%1 needs exactly one of &quot;choices&quot;, &quot;choice_list&quot; or &quot;reference&quot;</source>
        <translation>%1 nécessite exactement un élément parmi &quot;choices&quot;, &quot;choice_list&quot; ou &quot;reference&quot;</translation>
    </message>
    <message>
        <source>unknown choice list &quot;%1&quot;</source>
        <translation>liste de choix &quot;%1&quot; inconnue</translation>
    </message>
    <message>
        <source>unknown reference data &quot;%1&quot;</source>
        <translation>données de référence &quot;%1&quot; inconnues</translation>
    </message>
    <message>
        <source>only select_one and select_multiple fields have choices</source>
        <translation>seuls les champs select_one et select_multiple ont des choix</translation>
    </message>
    <message>
        <source>a note holds no value, so it cannot be required or have a default</source>
        <translation>un champ de type note ne contient aucune valeur&#xa0;: il ne peut donc être ni obligatoire ni avoir de valeur par défaut</translation>
    </message>
    <message>
        <source>&quot;relevant&quot;</source>
        <translation>&quot;relevant&quot;</translation>
    </message>
    <message>
        <source>&quot;constraints&quot; must be a list</source>
        <translation>&quot;constraints&quot; doit être une liste</translation>
    </message>
    <message>
        <source>form-level constraints must be of kind &quot;expression&quot;</source>
        <translation>les contraintes au niveau du formulaire doivent être de type &quot;expression&quot;</translation>
    </message>
    <message>
        <source>form-level constraint names unknown field &quot;%1&quot;</source>
        <translation>une contrainte au niveau du formulaire désigne un champ inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the expression &quot;%1&quot; refers to unknown field &quot;%2&quot;</source>
        <translation>l&apos;expression &quot;%1&quot; fait référence au champ inconnu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the expression &quot;%1&quot; refers to note &quot;%2&quot;, which has no value</source>
        <translation>l&apos;expression &quot;%1&quot; fait référence à la note &quot;%2&quot;, qui n&apos;a pas de valeur</translation>
    </message>
    <message>
        <source>&quot;keys&quot;</source>
        <translation>&quot;keys&quot;</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must name a field</source>
        <translation>la clé &quot;%1&quot; doit désigner un champ</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; names unknown field &quot;%2&quot;</source>
        <translation>la clé &quot;%1&quot; désigne un champ inconnu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cannot be key &quot;%1&quot;: it is a %2 field</source>
        <translation>ne peut pas être la clé &quot;%1&quot;&#xa0;: c&apos;est un champ de type %2</translation>
    </message>
    <message>
        <source>cannot be key &quot;site&quot;: a choice of site must use the reference data &quot;sites&quot;</source>
        <translation>ne peut pas être la clé &quot;site&quot;&#xa0;: le choix d&apos;un lieu doit utiliser les données de référence &quot;sites&quot;</translation>
    </message>
    <message>
        <source>&quot;states&quot;</source>
        <translation>&quot;states&quot;</translation>
    </message>
    <message>
        <source>the state field must be a select_one field with choices</source>
        <translation>le champ d&apos;état doit être un champ select_one avec des choix</translation>
    </message>
    <message>
        <source>the initial state &quot;%1&quot; is not one of the field&apos;s choices</source>
        <translation>l&apos;état initial &quot;%1&quot; ne fait pas partie des choix du champ</translation>
    </message>
    <message>
        <source>state &quot;%1&quot; has no entry in &quot;transitions&quot;</source>
        <translation>l&apos;état &quot;%1&quot; n&apos;a pas d&apos;entrée dans &quot;transitions&quot;</translation>
    </message>
    <message>
        <source>&quot;transitions&quot; names unknown state &quot;%1&quot;</source>
        <translation>&quot;transitions&quot; désigne un état inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;stamps&quot; names unknown state &quot;%1&quot;</source>
        <translation>&quot;stamps&quot; désigne un état inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;stamps&quot; must name datetime fields, not &quot;%1&quot;</source>
        <translation>&quot;stamps&quot; doit désigner des champs de type datetime, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1&#xa0;: champ &quot;%2&quot;&#xa0;: %3</translation>
    </message>
    <message>
        <source>must be an object with a text for each language</source>
        <translation>doit être un objet avec un texte pour chaque langue</translation>
    </message>
    <message>
        <source>has no text in language &quot;%1&quot;</source>
        <translation>n’a pas de texte dans la langue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>has an unknown language &quot;%1&quot;</source>
        <translation>contient une langue inconnue &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;records_actor_of&quot; belongs on a read-only text field and lists field names</source>
        <translation>&quot;records_actor_of&quot; doit figurer sur un champ texte en lecture seule et lister des noms de champs</translation>
    </message>
    <message>
        <source>&quot;records_actor_of&quot; names unknown field &quot;%1&quot;</source>
        <translation>&quot;records_actor_of&quot; désigne un champ inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot be key &quot;%1&quot;: its sensitivity is &quot;%2&quot;, and keys are stored in clear</source>
        <translation>ne peut pas être la clé &quot;%1&quot;&#xa0;: sa sensibilité est &quot;%2&quot;, et les clés sont stockées en clair</translation>
    </message>
</context>
<context>
    <name>FormRegistry</name>
    <message>
        <source>No form definitions found in %1</source>
        <translation>Aucune définition de formulaire trouvée dans %1</translation>
    </message>
    <message>
        <source>the built-in form &quot;%1&quot; is missing; a folder of form definitions must hold every built-in form.</source>
        <translation>le formulaire intégré « %1 » manque ; un dossier de définitions doit contenir tous les formulaires intégrés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a built-in form; only the built-in forms can be loaded from a folder.</source>
        <translation>« %1 » n&apos;est pas un formulaire intégré ; seuls les formulaires intégrés peuvent être chargés depuis un dossier.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not in the built-in form; fields and their sensitivity come only with a new version of Prihvat.</source>
        <translation>le champ « %1 » n&apos;est pas dans le formulaire intégré ; les champs et leur sensibilité ne viennent qu&apos;avec une nouvelle version de Prihvat.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must stay %2 and &quot;%3&quot; as in the built-in form; sensitivity comes only with a new version of Prihvat.</source>
        <translation>le champ « %1 » doit rester %2 et « %3 » comme dans le formulaire intégré ; la sensibilité ne vient qu&apos;avec une nouvelle version de Prihvat.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; of the built-in form is missing.</source>
        <translation>le champ « %1 » du formulaire intégré manque.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>(no name kept: no consent)</source>
        <translation>(nom non conservé : pas de consentement)</translation>
    </message>
</context>
<context>
    <name>ProtectionUpgrade</name>
    <message>
        <source>Could not look for protection categories to move</source>
        <translation>Impossible de rechercher les catégories de protection à déplacer</translation>
    </message>
</context>
<context>
    <name>RecordService</name>
    <message>
        <source>The %1 record was not saved:</source>
        <translation>La fiche du formulaire %1 n&apos;a pas été enregistrée&#xa0;:</translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;. The forms are: %2</source>
        <translation>Formulaire &quot;%1&quot; inconnu. Les formulaires sont&#xa0;: %2</translation>
    </message>
    <message>
        <source>Is set by the application, not typed.</source>
        <translation>Renseigné par l&apos;application, pas saisi à la main.</translation>
    </message>
    <message>
        <source>A new record starts as &quot;%1&quot;.</source>
        <translation>Une nouvelle fiche commence à l&apos;état &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Record %1 has been deleted and cannot be changed.</source>
        <translation>La fiche %1 a été supprimée et ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is final; the state cannot change any more.</source>
        <translation>&quot;%1&quot; est un état final&#xa0;; il ne peut plus changer.</translation>
    </message>
    <message>
        <source>Cannot go from &quot;%1&quot; to &quot;%2&quot;; allowed next: %3.</source>
        <translation>Impossible de passer de &quot;%1&quot; à &quot;%2&quot;&#xa0;; états suivants autorisés&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Record %1 is already deleted.</source>
        <translation>La fiche %1 est déjà supprimée.</translation>
    </message>
    <message>
        <source>No record has the id %1.</source>
        <translation>Aucune fiche n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>This person has not given consent (or has withdrawn it), so only answers for counting can be kept; leave this empty.</source>
        <translation>Cette personne n&apos;a pas donné son consentement (ou l&apos;a retiré)&#xa0;: seules les réponses servant aux statistiques peuvent être conservées. Laissez ce champ vide.</translation>
    </message>
    <message>
        <source>Only a protection officer can see or change %1. Nothing was saved.</source>
        <translation>Seul·e un·e chargé·e de protection peut voir ou modifier %1. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This change would clear answers that only a protection officer can see or change. Nothing was saved: ask a protection officer to make this change.</source>
        <translation>Cette modification effacerait des réponses que seul·e un·e chargé·e de protection peut voir ou modifier. Rien n&apos;a été enregistré : demandez à un·e chargé·e de protection de faire cette modification.</translation>
    </message>
    <message>
        <source>This record holds answers that only a protection officer can see; only a protection officer can delete it. Nothing was deleted.</source>
        <translation>Cette fiche contient des réponses que seul·e un·e chargé·e de protection peut voir ; seul·e un·e chargé·e de protection peut la supprimer. Rien n&apos;a été supprimé.</translation>
    </message>
</context>
<context>
    <name>RecordSummary</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Reference data %1 cannot be read: %2</source>
        <translation>Impossible de lire les données de référence %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reference data %1 is not valid JSON: %2</source>
        <translation>Les données de référence %1 ne sont pas un JSON valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reference data %1: %2</source>
        <translation>Données de référence %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>every site needs a code, a name and a kind (centre or outreach)</source>
        <translation>chaque lieu doit avoir un code, un nom et un type (centre ou outreach)</translation>
    </message>
    <message>
        <source>every entry needs a code and a name</source>
        <translation>chaque entrée doit avoir un code et un nom</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: %2</source>
        <translation>article &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>service &quot;%1&quot;: %2</source>
        <translation>service &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>every provider needs a code and a name</source>
        <translation>chaque prestataire doit avoir un code et un nom</translation>
    </message>
    <message>
        <source>the set is empty</source>
        <translation>l&apos;ensemble est vide</translation>
    </message>
    <message>
        <source>it needs an assistance type</source>
        <translation>il faut un type d&apos;aide</translation>
    </message>
    <message>
        <source>a retention period needs a form and a whole number of days from 1 to 36500</source>
        <translation>une durée de conservation nécessite un formulaire et un nombre entier de jours de 1 à 36&#xa0;500</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a set headquarters manages</source>
        <translation>&quot;%1&quot; n&apos;est pas un ensemble géré par le siège</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; appears twice</source>
        <translation>le code &quot;%1&quot; apparaît deux fois</translation>
    </message>
</context>
<context>
    <name>Reseal</name>
    <message>
        <source>Re-sealing answers under the newest keys: %1 of %2 rows.</source>
        <translation>Rescellement des réponses avec les clés les plus récentes&#xa0;: %1 lignes sur %2.</translation>
    </message>
</context>
<context>
    <name>RetentionPurge</name>
    <message>
        <source>Could not start the purge</source>
        <translation>Impossible de lancer la suppression des anciennes fiches</translation>
    </message>
    <message>
        <source>Could not prepare the purge</source>
        <translation>Impossible de préparer la suppression des anciennes fiches</translation>
    </message>
    <message>
        <source>Could not find old records</source>
        <translation>Impossible de trouver les anciennes fiches</translation>
    </message>
    <message>
        <source>Could not remove an old record</source>
        <translation>Impossible de supprimer une ancienne fiche</translation>
    </message>
    <message>
        <source>Could not finish the purge</source>
        <translation>Impossible de terminer la suppression des anciennes fiches</translation>
    </message>
    <message>
        <source>Could not clear the journal after the purge</source>
        <translation>Impossible de vider le journal de la base de données après la suppression des anciennes fiches</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>There is not enough memory to hold a key.</source>
        <translation>Mémoire insuffisante pour conserver une clé.</translation>
    </message>
    <message>
        <source>The data is locked.</source>
        <translation>Les données sont verrouillées.</translation>
    </message>
    <message>
        <source>A sealed answer is not in the sealed format.</source>
        <translation>Une réponse chiffrée n&apos;est pas au format chiffré attendu.</translation>
    </message>
    <message>
        <source>A sealed answer is damaged.</source>
        <translation>Une réponse chiffrée est endommagée.</translation>
    </message>
    <message>
        <source>A sealed answer does not open with this key.</source>
        <translation>Une réponse chiffrée ne s&apos;ouvre pas avec cette clé.</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>Impossible de démarrer la bibliothèque de chiffrement.</translation>
    </message>
    <message>
        <source>A key has the wrong length.</source>
        <translation>Une clé n&apos;a pas la bonne longueur.</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The seeder needs &quot;%1&quot; in the reference set &quot;%2&quot;, which does not have it.</source>
        <translation>Le générateur de données a besoin de &quot;%1&quot; dans le jeu de référence &quot;%2&quot;, qui ne le contient pas.</translation>
    </message>
    <message>
        <source>The seeder needs at least one reception centre and one outreach site in the reference data.</source>
        <translation>Le générateur de données a besoin d&apos;au moins un centre d&apos;accueil et d&apos;un lieu d&apos;intervention mobile dans les données de référence.</translation>
    </message>
    <message>
        <source>The seeder made a %1 record that does not pass validation; the seeder needs fixing. %2</source>
        <translation>Le générateur de données a produit une fiche du formulaire %1 qui ne passe pas la validation&#xa0;; le générateur doit être corrigé. %2</translation>
    </message>
    <message>
        <source>The number of persons to seed must be at least 1.</source>
        <translation>Le nombre de personnes à générer doit être d&apos;au moins 1.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be made private.</source>
        <translation>Impossible de rendre le dossier de données %1 inaccessible aux autres utilisateurs.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Prihvat (schema %1; this version knows up to %2). Update Prihvat.</source>
        <translation>La base de données a été écrite par une version plus récente de Prihvat (schéma %1&#xa0;; cette version connaît les schémas jusqu&apos;au %2). Mettez Prihvat à jour.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>La mise à niveau de la base de données vers le schéma %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the disk is full. Nothing was saved; free some space and try again.</source>
        <translation>%1&#xa0;: le disque est plein. Rien n&apos;a été enregistré&#xa0;; libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>%1: the database file is damaged (%2).</source>
        <translation>%1&#xa0;: le fichier de la base de données est endommagé (%2).</translation>
    </message>
    <message>
        <source>%1: the disk reported an error (%2). Nothing was saved.</source>
        <translation>%1&#xa0;: le disque a signalé une erreur (%2). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1: the database is busy in another program. Try again.</source>
        <translation>%1&#xa0;: la base de données est occupée par un autre programme. Réessayez.</translation>
    </message>
    <message>
        <source>%1: the database cannot be written to (%2).</source>
        <translation>%1&#xa0;: impossible d&apos;écrire dans la base de données (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Writing settings</source>
        <translation>Écriture des paramètres</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>Lecture des paramètres</translation>
    </message>
    <message>
        <source>The database has no device id or site: it was not made by &quot;init&quot; or is damaged.</source>
        <translation>La base de données n&apos;a pas d&apos;identifiant d&apos;appareil ou de lieu&#xa0;: elle n&apos;a pas été créée par &quot;init&quot; ou elle est endommagée.</translation>
    </message>
    <message>
        <source>Unknown site code &quot;%1&quot;. Known sites: %2</source>
        <translation>Code de lieu &quot;%1&quot; inconnu. Lieux connus&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already holds a Prihvat database; nothing was changed.</source>
        <translation>%1 contient déjà une base de données Prihvat&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 holds no Prihvat database. Create one with &quot;init&quot;.</source>
        <translation>%1 ne contient aucune base de données Prihvat. Créez-en une avec &quot;init&quot;.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It has not been changed. Keep a copy of the folder and restore the latest backup, or ask headquarters for help.</source>
        <translation>La base de données %1 est endommagée (%2). Elle n&apos;a pas été modifiée. Conservez une copie du dossier et restaurez la dernière sauvegarde, ou demandez de l&apos;aide au siège.</translation>
    </message>
    <message>
        <source>it does not start like an SQLite database</source>
        <translation>elle ne commence pas comme une base de données SQLite</translation>
    </message>
    <message>
        <source>it holds no Prihvat schema; &quot;init&quot; was probably interrupted. Move the file away and run &quot;init&quot; again</source>
        <translation>elle ne contient aucun schéma Prihvat&#xa0;; &quot;init&quot; a probablement été interrompu. Déplacez le fichier ailleurs et relancez &quot;init&quot;</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Prihvat (schema %1; this version knows up to %2). Update Prihvat; the file has not been changed.</source>
        <translation>La base de données a été écrite par une version plus récente de Prihvat (schéma %1&#xa0;; cette version connaît les schémas jusqu&apos;au %2). Mettez Prihvat à jour&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Ouverture de la base de données</translation>
    </message>
    <message>
        <source>Reading a record</source>
        <translation>Lecture d&apos;une fiche</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;.</source>
        <translation>Formulaire &quot;%1&quot; inconnu.</translation>
    </message>
    <message>
        <source>The device id &quot;%1&quot; from headquarters is not a UUID.</source>
        <translation>L&apos;identifiant d&apos;appareil &quot;%1&quot; fourni par le siège n&apos;est pas un UUID.</translation>
    </message>
    <message>
        <source>Saving the enrolment</source>
        <translation>Enregistrement de l&apos;inscription</translation>
    </message>
    <message>
        <source>Listing records</source>
        <translation>Lecture de la liste des fiches</translation>
    </message>
    <message>
        <source>Counting records</source>
        <translation>Comptage des fiches</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Vérification de la base de données</translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>Intégrité SQLite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Schema version %1, expected %2.</source>
        <translation>Version du schéma&#xa0;: %1, version attendue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Record %1: the id is not a UUID.</source>
        <translation>Fiche %1&#xa0;: l&apos;identifiant n&apos;est pas un UUID.</translation>
    </message>
    <message>
        <source>Record %1: unknown form &quot;%2&quot;.</source>
        <translation>Fiche %1&#xa0;: formulaire &quot;%2&quot; inconnu.</translation>
    </message>
    <message>
        <source>Record %1: its values or stamps are not valid JSON.</source>
        <translation>Fiche %1&#xa0;: ses valeurs ou ses horodatages ne sont pas un JSON valide.</translation>
    </message>
    <message>
        <source>Record %1: its clock stamp is malformed.</source>
        <translation>Fiche %1&#xa0;: son horodatage est mal formé.</translation>
    </message>
    <message>
        <source>Record %1: the index column for &quot;%2&quot; does not match its value.</source>
        <translation>Fiche %1&#xa0;: la colonne d&apos;index de &quot;%2&quot; ne correspond pas à sa valeur.</translation>
    </message>
    <message>
        <source>Record %1: value for unknown field &quot;%2&quot;.</source>
        <translation>Fiche %1&#xa0;: valeur pour un champ inconnu &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Checking records</source>
        <translation>Vérification des fiches</translation>
    </message>
    <message>
        <source>%1 outbox changes belong to no record.</source>
        <translation>Modifications en file d&apos;envoi sans fiche associée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 outbox changes belong to a push batch that is not kept.</source>
        <translation>Modifications en file d&apos;envoi rattachées à un lot d&apos;envoi non conservé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 outbox changes have a malformed clock stamp.</source>
        <translation>Modifications en file d&apos;envoi dont l&apos;horodatage est mal formé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Writing the audit trail</source>
        <translation>Écriture dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>Lecture du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Checking the audit trail</source>
        <translation>Vérification du journal d&apos;audit</translation>
    </message>
    <message>
        <source>The audit trail is missing: its table was removed.</source>
        <translation>Le journal d&apos;audit est absent&#xa0;: sa table a été supprimée.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s protection was removed: its entries could be edited.</source>
        <translation>La protection du journal d&apos;audit a été supprimée&#xa0;: ses entrées ont pu être modifiées.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: they were deleted.</source>
        <translation>Les entrées %1 à %2 du journal d&apos;audit sont absentes&#xa0;: elles ont été supprimées.</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: it was deleted.</source>
        <translation>L&apos;entrée %1 du journal d&apos;audit est absente&#xa0;: elle a été supprimée.</translation>
    </message>
    <message>
        <source>Audit entry %1 is out of sequence.</source>
        <translation>L&apos;entrée %1 du journal d&apos;audit est hors séquence.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed: its contents do not match its hash.</source>
        <translation>L&apos;entrée %1 du journal d&apos;audit a été modifiée&#xa0;: son contenu ne correspond pas à son hachage.</translation>
    </message>
    <message>
        <source>Audit entry 1 does not start the chain: entries were inserted, removed or moved.</source>
        <translation>L&apos;entrée 1 du journal d&apos;audit n&apos;ouvre pas la chaîne&#xa0;: des entrées ont été insérées, retirées ou déplacées.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: entries were inserted, removed, changed or moved.</source>
        <translation>L&apos;entrée %1 du journal d&apos;audit ne fait pas suite à l&apos;entrée %2&#xa0;: des entrées ont été insérées, retirées, modifiées ou déplacées.</translation>
    </message>
    <message>
        <source>The recorded end of the audit trail is malformed; its last entry is %1.</source>
        <translation>La fin enregistrée du journal d&apos;audit est mal formée&#xa0;; sa dernière entrée est %1.</translation>
    </message>
    <message>
        <source>The recorded end of the audit trail is missing: entries after %1 may have been removed.</source>
        <translation>La fin enregistrée du journal d&apos;audit est absente&#xa0;: les entrées postérieures à %1 ont peut-être été retirées.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: they were removed from the end of the trail.</source>
        <translation>Les entrées %1 à %2 du journal d&apos;audit sont absentes&#xa0;: elles ont été retirées de la fin du journal.</translation>
    </message>
    <message>
        <source>Audit entries from %1 on were not written by Prihvat: the trail ended at %2.</source>
        <translation>Les entrées du journal d&apos;audit à partir de %1 n&apos;ont pas été écrites par Prihvat&#xa0;: le journal s&apos;arrêtait à l&apos;entrée %2.</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the last entry Prihvat wrote: it was replaced.</source>
        <translation>L&apos;entrée %1 du journal d&apos;audit n&apos;est pas la dernière entrée écrite par Prihvat&#xa0;: elle a été remplacée.</translation>
    </message>
    <message>
        <source>The data is locked: names, contact details and protection notes cannot be read or saved until it is unlocked. Nothing was changed.</source>
        <translation>Les données sont verrouillées&#xa0;: les noms, les coordonnées et les notes de protection ne peuvent être ni lus ni enregistrés tant qu&apos;elles ne sont pas déverrouillées. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A sealed answer of record %1 (&quot;%2&quot;) is damaged.</source>
        <translation>Une réponse chiffrée de la fiche %1 (&quot;%2&quot;) est endommagée.</translation>
    </message>
    <message>
        <source>Record %1: the answer to &quot;%2&quot; is stored in clear, not sealed.</source>
        <translation>Fiche %1&#xa0;: la réponse à &quot;%2&quot; est stockée en clair, sans chiffrement.</translation>
    </message>
    <message>
        <source>Record %1: the sealed answer to &quot;%2&quot; does not open with this key.</source>
        <translation>Fiche %1&#xa0;: la réponse chiffrée à &quot;%2&quot; ne s&apos;ouvre pas avec cette clé.</translation>
    </message>
    <message>
        <source>%1 entries of &quot;%2&quot; hold an identifying or protection answer in clear.</source>
        <translation>Entrées de &quot;%2&quot; contenant en clair une réponse identifiante ou de protection&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Saving the reference data from headquarters failed: %1</source>
        <translation>L&apos;enregistrement des données de référence du siège a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record %1: its values are not valid JSON; nothing was sealed.</source>
        <translation>Fiche %1&#xa0;: ses valeurs ne sont pas un JSON valide&#xa0;; rien n&apos;a été chiffré.</translation>
    </message>
    <message>
        <source>This key does not open the sealed answers of this data folder. Nothing was changed.</source>
        <translation>Cette clé n&apos;ouvre pas les réponses chiffrées de ce dossier de données. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s seal does not hold under the current key, so it is not sealed again with the new one.</source>
        <translation>Le sceau du journal d&apos;audit n&apos;est pas valide avec la clé actuelle ; il n&apos;est donc pas scellé à nouveau avec la nouvelle clé.</translation>
    </message>
    <message>
        <source>The seal of the audit trail is malformed: it was edited outside Prihvat.</source>
        <translation>Le sceau du journal d&apos;audit est mal formé : il a été modifié en dehors de Prihvat.</translation>
    </message>
    <message>
        <source>The seal of the audit trail does not match this data folder&apos;s key: the trail was rewritten outside Prihvat.</source>
        <translation>Le sceau du journal d&apos;audit ne correspond pas à la clé de ce dossier de données : le journal a été réécrit en dehors de Prihvat.</translation>
    </message>
    <message>
        <source>The audit trail carries no seal of this data folder&apos;s key: it was removed outside Prihvat, or the trail did not hold when it was to be sealed.</source>
        <translation>Le journal d&apos;audit ne porte aucun sceau de la clé de ce dossier de données : il a été supprimé en dehors de Prihvat, ou le journal n&apos;était pas intact quand il devait être scellé.</translation>
    </message>
    <message>
        <source>The audit trail no longer holds its sealed entry %1: entries up to it were changed or removed outside Prihvat.</source>
        <translation>Le journal d&apos;audit ne contient plus son entrée scellée %1 : des entrées jusqu&apos;à celle-ci ont été modifiées ou supprimées en dehors de Prihvat.</translation>
    </message>
    <message>
        <source>Audit entry %1 was added without this data folder&apos;s key, although only a logged-in user writes such entries.</source>
        <translation>L&apos;entrée %1 du journal d&apos;audit a été ajoutée sans la clé de ce dossier de données, alors que seul un utilisateur connecté écrit de telles entrées.</translation>
    </message>
    <message>
        <source>The data folder is locked: log in to keep or open unsaved work.</source>
        <translation>Le dossier de données est verrouillé : connectez-vous pour garder ou ouvrir le travail non enregistré.</translation>
    </message>
    <message>
        <source>Keeping unsaved work</source>
        <translation>Conservation du travail non enregistré</translation>
    </message>
    <message>
        <source>Reading unsaved work</source>
        <translation>Lecture du travail non enregistré</translation>
    </message>
    <message>
        <source>Discarding unsaved work</source>
        <translation>Abandon du travail non enregistré</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Saving the sync state</source>
        <translation>Enregistrement de l&apos;état de synchronisation</translation>
    </message>
    <message>
        <source>Reading the changes to send</source>
        <translation>Lecture des modifications à envoyer</translation>
    </message>
    <message>
        <source>Preparing the changes to send</source>
        <translation>Préparation des modifications à envoyer</translation>
    </message>
    <message>
        <source>Headquarters answered %1 changes with %2 results.</source>
        <translation>Le siège a répondu à %1 modifications par %2 résultats.</translation>
    </message>
    <message>
        <source>Saving the answer from headquarters</source>
        <translation>Enregistrement de la réponse du siège</translation>
    </message>
    <message>
        <source>Refused by headquarters without a reason.</source>
        <translation>Refusée par le siège sans motif.</translation>
    </message>
    <message>
        <source>Saving the changes from headquarters</source>
        <translation>Enregistrement des modifications du siège</translation>
    </message>
    <message>
        <source>Reading the refused changes</source>
        <translation>Lecture des modifications refusées</translation>
    </message>
    <message>
        <source>Reading the conflicts</source>
        <translation>Lecture des conflits</translation>
    </message>
    <message>
        <source>Saving the conflict</source>
        <translation>Enregistrement du conflit</translation>
    </message>
    <message>
        <source>No conflict has the id %1.</source>
        <translation>Aucun conflit n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>This device is not enrolled with headquarters yet, so it cannot sync.</source>
        <translation>Cet appareil n&apos;est pas encore inscrit auprès du siège&#xa0;; il ne peut donc pas se synchroniser.</translation>
    </message>
    <message>
        <source>Log in to sync: this device&apos;s credential for headquarters opens only with a user&apos;s password.</source>
        <translation>Connectez-vous pour synchroniser : les identifiants de cet appareil auprès du siège ne s&apos;ouvrent qu&apos;avec le mot de passe d&apos;un utilisateur.</translation>
    </message>
    <message>
        <source>Log in before enrolling: the device&apos;s credential is kept sealed with the data key.</source>
        <translation>Connectez-vous avant d&apos;inscrire l&apos;appareil : ses identifiants sont conservés chiffrés avec la clé des données.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>This form has no such field.</source>
        <translation>Ce formulaire ne contient pas ce champ.</translation>
    </message>
    <message>
        <source>This is a note; it takes no answer.</source>
        <translation>Ceci est une note&#xa0;; elle n&apos;attend pas de réponse.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>Doit être du texte.</translation>
    </message>
    <message>
        <source>Is too long: %1 characters, at most %2 allowed.</source>
        <translation>Trop long&#xa0;: %1 caractères, %2 au maximum.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Doit être un nombre entier.</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <translation>Doit être un nombre.</translation>
    </message>
    <message>
        <source>Must be a date written as YYYY-MM-DD.</source>
        <translation>Doit être une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Must be a date and time in ISO 8601 form.</source>
        <translation>Doit être une date et une heure au format ISO 8601.</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>Doit être oui ou non.</translation>
    </message>
    <message>
        <source>Must be one of the choices.</source>
        <translation>Doit être l&apos;un des choix proposés.</translation>
    </message>
    <message>
        <source>Must be a list of different choices.</source>
        <translation>Doit être une liste de choix différents.</translation>
    </message>
    <message>
        <source>Must be the id of a person.</source>
        <translation>Doit être l&apos;identifiant d&apos;une personne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices.</source>
        <translation>&quot;%1&quot; ne fait pas partie des choix proposés.</translation>
    </message>
    <message>
        <source>No person with the id %1 is registered.</source>
        <translation>Aucune personne enregistrée n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>Doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <source>Must be on or after %1.</source>
        <translation>Doit être le %1 ou après.</translation>
    </message>
    <message>
        <source>Must be on or before %1.</source>
        <translation>Doit être le %1 ou avant.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>Doit être supérieur ou égal à %1.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>Doit être inférieur ou égal à %1.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2 characters long.</source>
        <translation>Doit comporter entre %1 et %2 caractères.</translation>
    </message>
    <message>
        <source>Must be at least %1 characters long.</source>
        <translation>Doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Must be at most %1 characters long.</source>
        <translation>Doit comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Choose between %1 and %2 options.</source>
        <translation>Choisissez entre %1 et %2 options.</translation>
    </message>
    <message>
        <source>Choose at least %1 options.</source>
        <translation>Choisissez au moins %1 options.</translation>
    </message>
    <message>
        <source>Choose at most %1 options.</source>
        <translation>Choisissez au plus %1 options.</translation>
    </message>
    <message>
        <source>Is not written in the expected form.</source>
        <translation>N&apos;est pas écrit sous la forme attendue.</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>Ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Does not apply, given the other answers.</source>
        <translation>Ne s&apos;applique pas, compte tenu des autres réponses.</translation>
    </message>
    <message>
        <source>An answer is required.</source>
        <translation>Une réponse est obligatoire.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Prihvat cannot start</source>
        <translation>Prihvat ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>prihvat::AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
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
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>Plus récentes</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Plus anciennes</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>The trail is intact: no entry was changed or removed.</source>
        <translation>Le journal est intact&#xa0;: aucune entrée n&apos;a été modifiée ni retirée.</translation>
    </message>
    <message>
        <source>The trail is broken at entry %1: %2</source>
        <translation>Le journal est rompu à l&apos;entrée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Entries %1 to %2 of %3 (newest first)</source>
        <translation>Entrées %1 à %2 sur %3 (les plus récentes en premier)</translation>
    </message>
    <message>
        <source>Data folder created</source>
        <translation>Dossier de données créé</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Fiche créée</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>Fiche modifiée</translation>
    </message>
    <message>
        <source>Record deleted</source>
        <translation>Fiche supprimée</translation>
    </message>
    <message>
        <source>Protection details viewed</source>
        <translation>Informations de protection consultées</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Données exportées</translation>
    </message>
    <message>
        <source>Synced with headquarters</source>
        <translation>Synchronisation avec le siège</translation>
    </message>
    <message>
        <source>Records purged</source>
        <translation>Anciennes fiches supprimées</translation>
    </message>
    <message>
        <source>Demonstration data added</source>
        <translation>Données de démonstration ajoutées</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>Session verrouillée</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rôle modifié</translation>
    </message>
    <message>
        <source>Account locked out</source>
        <translation>Compte verrouillé</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Utilisateur ajouté</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>Utilisateur supprimé</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Compte déverrouillé</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <source>Keys destroyed</source>
        <translation>Clés détruites</translation>
    </message>
    <message>
        <source>Trail found without its seal</source>
        <translation>Journal d&apos;audit trouvé sans son sceau</translation>
    </message>
</context>
<context>
    <name>prihvat::ConflictsPage</name>
    <message>
        <source>Record %1 (not on this device)</source>
        <translation>Fiche %1 (absente de cet appareil)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimée)</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>cet appareil</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>appareil %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression de la fiche</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(sans réponse)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>non supprimée</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflits à examiner</translation>
    </message>
    <message>
        <source>Two devices changed the same answer before either had seen the other&apos;s change. The later change was kept everywhere; the other value is kept here so nothing is lost. Choose the value that is right: your choice is saved as an ordinary edit and sent with the next sync.</source>
        <translation>Deux appareils ont modifié la même réponse avant que l&apos;un ait vu la modification de l&apos;autre. La modification la plus récente a été conservée partout&#xa0;; l&apos;autre valeur est gardée ici pour que rien ne soit perdu. Choisissez la bonne valeur&#xa0;: votre choix est enregistré comme une modification ordinaire et envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Aucun conflit à examiner.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valeur conservée</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Kept everywhere</source>
        <translation>Conservée partout</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Garder cette valeur</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>Source&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>The record is not on this device yet; sync first.</source>
        <translation>La fiche n&apos;est pas encore sur cet appareil&#xa0;; synchronisez d&apos;abord.</translation>
    </message>
    <message>
        <source>A deleted record cannot be restored here.</source>
        <translation>Une fiche supprimée ne peut pas être restaurée ici.</translation>
    </message>
    <message>
        <source>The record has been deleted; there is nothing to change.</source>
        <translation>La fiche a été supprimée&#xa0;; il n&apos;y a rien à modifier.</translation>
    </message>
    <message>
        <source>This version of Prihvat does not know the question &quot;%1&quot;.</source>
        <translation>Cette version de Prihvat ne connaît pas la question &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Kept &quot;%1&quot; for %2. It is sent with the next sync.</source>
        <translation>Valeur &quot;%1&quot; conservée pour %2. Elle sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Only a protection officer can decide this conflict.</source>
        <translation>Seul un agent de protection peut trancher ce conflit.</translation>
    </message>
</context>
<context>
    <name>prihvat::DistributionPage</name>
    <message>
        <source>Distribution</source>
        <translation>Distributions</translation>
    </message>
    <message>
        <source>&amp;Assistance:</source>
        <translation>&amp;Type d&apos;aide&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Article&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité&#xa0;:</translation>
    </message>
    <message>
        <source>Type a name or an id, then press Enter to record</source>
        <translation>Saisissez un nom ou un identifiant, puis appuyez sur Entrée pour enregistrer</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Type a name or an id first.</source>
        <translation>Saisissez d&apos;abord un nom ou un identifiant.</translation>
    </message>
    <message>
        <source>No one matches &quot;%1&quot;. Check the spelling, or register the person on the People page.</source>
        <translation>Aucune personne ne correspond à &quot;%1&quot;. Vérifiez l&apos;orthographe ou enregistrez la personne dans la page Personnes.</translation>
    </message>
    <message>
        <source>Choose the type of assistance first.</source>
        <translation>Choisissez d&apos;abord le type d&apos;aide.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already received %2 today (%n time(s)). Press Enter again to record it once more, or choose another person.</source>
        <translation>
            <numerusform>%1 a déjà reçu %2 aujourd&apos;hui (%n fois). Appuyez de nouveau sur Entrée pour l&apos;enregistrer une fois de plus, ou choisissez une autre personne.</numerusform>
            <numerusform>%1 a déjà reçu %2 aujourd&apos;hui (%n fois). Appuyez de nouveau sur Entrée pour l&apos;enregistrer une fois de plus, ou choisissez une autre personne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded: %1 for %2</source>
        <translation>Enregistré&#xa0;: %1 pour %2</translation>
    </message>
    <message>
        <source>&amp;Recorded in this session: %1</source>
        <translation>&amp;Enregistrements de cette session&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <translation>%1  %2 — %3</translation>
    </message>
    <message>
        <source>Recorded for the wrong person</source>
        <translation>Enregistré pour la mauvaise personne</translation>
    </message>
    <message>
        <source>Recorded twice</source>
        <translation>Enregistré deux fois</translation>
    </message>
    <message>
        <source>Not handed out</source>
        <translation>Non remis</translation>
    </message>
    <message>
        <source>Wrong item or quantity</source>
        <translation>Mauvais article ou mauvaise quantité</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Double-click an entry to correct it; Delete voids it.</source>
        <translation>Double-cliquez sur une ligne pour la corriger ; Suppr l’annule.</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Annuler…</translation>
    </message>
    <message>
        <source>Choose what is handed out, then for each person: type the name, check the match, press Enter. Ctrl+Z takes back the last one.</source>
        <translation>Choisissez ce qui est distribué, puis pour chaque personne : tapez le nom, vérifiez la correspondance, appuyez sur Entrée. Ctrl+Z reprend la dernière remise.</translation>
    </message>
    <message>
        <source>%1 (void: %2)</source>
        <translation>%1 (annulé : %2)</translation>
    </message>
    <message>
        <source>Nothing to take back.</source>
        <translation>Rien à reprendre.</translation>
    </message>
    <message numerus="yes">
        <source>The last hand-out was recorded more than %n second(s) ago: choose it in the list and use Void… instead.</source>
        <translation>
            <numerusform>La dernière remise date de plus de %n seconde : choisissez-la dans la liste et utilisez Annuler… à la place.</numerusform>
            <numerusform>La dernière remise date de plus de %n secondes : choisissez-la dans la liste et utilisez Annuler… à la place.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken back: %1 for %2</source>
        <translation>Repris : %1 pour %2</translation>
    </message>
    <message>
        <source>This hand-out is void already.</source>
        <translation>Cette remise est déjà annulée.</translation>
    </message>
    <message>
        <source>Void a hand-out</source>
        <translation>Annuler une remise</translation>
    </message>
    <message>
        <source>Why is %1 for %2 void?</source>
        <translation>Pourquoi %1 pour %2 est-il annulé ?</translation>
    </message>
    <message>
        <source>Void: %1 for %2 (%3)</source>
        <translation>Annulé : %1 pour %2 (%3)</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>rien pour l’instant</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Today at %1: %2
This session: %3</source>
        <translation>Aujourd’hui à %1 : %2
Cette session : %3</translation>
    </message>
</context>
<context>
    <name>prihvat::FieldEditor</name>
    <message>
        <source>Filter: type a name</source>
        <translation>Filtrer : tapez un nom</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>registered at %1 on %2</source>
        <translation>enregistré à %1 le %2</translation>
    </message>
</context>
<context>
    <name>prihvat::FormView</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Visible to protection officers only</source>
        <translation>Visible uniquement par les agents de protection</translation>
    </message>
    <message>
        <source>Names and contact details are kept only with the person&apos;s consent.</source>
        <translation>Les noms et les coordonnées ne sont conservés qu’avec le consentement de la personne.</translation>
    </message>
</context>
<context>
    <name>prihvat::LoginWindow</name>
    <message>
        <source>Prihvat — log in</source>
        <translation>Prihvat — connexion</translation>
    </message>
    <message>
        <source>Prihvat</source>
        <translation>Prihvat</translation>
    </message>
    <message>
        <source>Log in to work with the records of this device.</source>
        <translation>Connectez-vous pour travailler sur les fiches de cet appareil.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Vérification du mot de passe…</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Réessayez dans %n seconde.</numerusform>
            <numerusform>Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prihvat::MainWindow</name>
    <message>
        <source>Prihvat — %1</source>
        <translation>Prihvat — %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Lieu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Verrouiller (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock now: the records are hidden until someone logs in again.</source>
        <translation>Verrouiller maintenant&#xa0;: les fiches restent masquées jusqu&apos;à la prochaine connexion.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to sync: %n change(s) in %1</source>
        <translation>
            <numerusform>En attente de synchronisation : %n modification dans %1</numerusform>
            <numerusform>En attente de synchronisation : %n modifications dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Respondent:</source>
        <translation>Répondant :</translation>
    </message>
</context>
<context>
    <name>prihvat::PeopleModel</name>
    <message>
        <source>male</source>
        <translation>homme</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femme</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>about %1 years</source>
        <translation>environ %1 ans</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Nom dans son écriture</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>Naissance / âge</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
</context>
<context>
    <name>prihvat::PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Type a name or an id (Latin or Arabic script)…</source>
        <translation>Saisissez un nom ou un identifiant (alphabet latin ou arabe)…</translation>
    </message>
    <message>
        <source>Register new person</source>
        <translation>Enregistrer une nouvelle personne</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) registered on this device.</source>
        <translation>
            <numerusform>%n personne enregistrée sur cet appareil.</numerusform>
            <numerusform>%n personnes enregistrées sur cet appareil.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one found. Press Enter to register &quot;%1&quot; as a new person.</source>
        <translation>Aucune personne trouvée. Appuyez sur Entrée pour enregistrer &quot;%1&quot; comme nouvelle personne.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es). Enter opens the first; arrow keys choose.</source>
        <translation>
            <numerusform>%n résultat. Entrée ouvre le premier&#xa0;; les touches fléchées permettent de choisir.</numerusform>
            <numerusform>%n résultats. Entrée ouvre le premier&#xa0;; les touches fléchées permettent de choisir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prihvat::PersonProfilePage</name>
    <message>
        <source>Edit details</source>
        <translation>Modifier les informations</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Évaluer la vulnérabilité</translation>
    </message>
    <message>
        <source>Record assistance</source>
        <translation>Enregistrer une aide</translation>
    </message>
    <message>
        <source>Request transport</source>
        <translation>Demander un transport</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Orienter</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Identifiant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistrement</translation>
    </message>
</context>
<context>
    <name>prihvat::RecordEditorPage</name>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n answer(s) need attention.</source>
        <translation>
            <numerusform>Non enregistré&#xa0;: %n réponse à vérifier.</numerusform>
            <numerusform>Non enregistré&#xa0;: %n réponses à vérifier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them before leaving?</source>
        <translation>Cette fiche contient des modifications non enregistrées. Les enregistrer avant de quitter&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Respondent&apos;s language:</source>
        <translation>Langue du &amp;répondant :</translation>
    </message>
    <message>
        <source>Your unsaved answers are back. They are not saved yet: Ctrl+S saves them.</source>
        <translation>Vos réponses non enregistrées sont revenues. Elles ne sont pas encore enregistrées : Ctrl+S les enregistre.</translation>
    </message>
</context>
<context>
    <name>prihvat::RecordListModel</name>
    <message>
        <source>There is no form &quot;%1&quot;.</source>
        <translation>Le formulaire &quot;%1&quot; n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Person id: %1</source>
        <translation>Identifiant de la personne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record id: %1</source>
        <translation>Identifiant de la fiche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>prihvat::RecordListPage</name>
    <message>
        <source>Screenings</source>
        <translation>Évaluations de vulnérabilité</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Transport requests</source>
        <translation>Demandes de transport</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nouvelle fiche&#xa0;: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>Starts a new record with today&apos;s date and this site.</source>
        <translation>Crée une nouvelle fiche avec la date du jour et ce lieu.</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les lieux</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Earliest date shown; the first date means no limit.</source>
        <translation>Date la plus ancienne affichée&#xa0;; la toute première date signifie sans limite.</translation>
    </message>
    <message>
        <source>Latest date shown; the first date means no limit.</source>
        <translation>Date la plus récente affichée&#xa0;; la toute première date signifie sans limite.</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>Impossible de lire les fiches&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>Aujour&amp;d’hui</translation>
    </message>
    <message>
        <source>What was recorded today at this site</source>
        <translation>Ce qui a été enregistré aujourd’hui sur ce site</translation>
    </message>
</context>
<context>
    <name>prihvat::RespondentLanguagePicker</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>The respondent&apos;s language, shown beside each question</source>
        <translation>La langue du répondant, affichée à côté de chaque question</translation>
    </message>
</context>
<context>
    <name>prihvat::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Site %1 (%2) · device %3 · data in %4</source>
        <translation>Lieu %1 (%2) · appareil %3 · données dans %4</translation>
    </message>
    <message>
        <source>&amp;Language of the application</source>
        <translation>&amp;Langue de l&apos;application</translation>
    </message>
    <message>
        <source>&amp;Respondent&apos;s language, shown beside each question</source>
        <translation>Langue de la &amp;personne interrogée, affichée à côté de chaque question</translation>
    </message>
    <message>
        <source>Lock after this many &amp;idle minutes</source>
        <translation>Verrouiller après ce nombre de minutes d&apos;&amp;inactivité</translation>
    </message>
</context>
<context>
    <name>prihvat::SetupDialog</name>
    <message>
        <source>Set up this device</source>
        <translation>Configurer cet appareil</translation>
    </message>
    <message>
        <source>This laptop has no Prihvat data yet. Choose the site it works at; its records will be kept in %1.</source>
        <translation>Cet ordinateur portable ne contient pas encore de données Prihvat. Choisissez le lieu où il est utilisé&#xa0;; ses fiches seront conservées dans %1.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Créer l&apos;administrateur</translation>
    </message>
    <message>
        <source>The data folder %1 has no user yet. Create its administrator.</source>
        <translation>Le dossier de données %1 n&apos;a encore aucun utilisateur. Créez son administrateur.</translation>
    </message>
    <message>
        <source>The first user is the administrator, who adds the other users. Choose a user name and a password of at least %1 characters; it cannot be recovered.</source>
        <translation>Le premier utilisateur est l&apos;administrateur, qui ajoute les autres utilisateurs. Choisissez un nom d&apos;utilisateur et un mot de passe d&apos;au moins %1 caractères&#xa0;; le mot de passe ne pourra pas être récupéré.</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation>Nom d&apos;utilisateur de l&apos;administrateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>prihvat::SyncClient</name>
    <message>
        <source>The answer from headquarters arrived damaged.</source>
        <translation>La réponse du siège est arrivée endommagée.</translation>
    </message>
    <message>
        <source>Headquarters did not answer in time.</source>
        <translation>Le siège n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Headquarters cannot be reached (%1).</source>
        <translation>Le siège est injoignable (%1).</translation>
    </message>
    <message>
        <source>The answer from headquarters was cut off (%1).</source>
        <translation>La réponse du siège a été interrompue (%1).</translation>
    </message>
    <message>
        <source>Headquarters refused this device&apos;s credential: it may have been revoked. Ask headquarters to enrol the device again.</source>
        <translation>Le siège a refusé les identifiants de cet appareil&#xa0;: l&apos;appareil a peut-être été révoqué. Demandez au siège de l&apos;inscrire à nouveau.</translation>
    </message>
    <message>
        <source>Headquarters found the request too large.</source>
        <translation>Le siège a jugé la requête trop volumineuse.</translation>
    </message>
    <message>
        <source>Headquarters is busy and asked this device to wait.</source>
        <translation>Le siège est occupé et a demandé à cet appareil de patienter.</translation>
    </message>
    <message>
        <source>Headquarters has a problem (HTTP %1).</source>
        <translation>Le siège rencontre un problème (HTTP %1).</translation>
    </message>
    <message>
        <source>Headquarters refused the request (HTTP %1). Sync stopped; ask headquarters for help.</source>
        <translation>Le siège a refusé la requête (HTTP %1). Synchronisation arrêtée&#xa0;; demandez de l&apos;aide au siège.</translation>
    </message>
    <message>
        <source>Headquarters refused the request (HTTP %1: %2). Sync stopped; ask headquarters for help.</source>
        <translation>Le siège a refusé la requête (HTTP %1&#xa0;: %2). Synchronisation arrêtée&#xa0;; demandez de l&apos;aide au siège.</translation>
    </message>
    <message>
        <source>Too many enrolment attempts; try again in %1 seconds.</source>
        <translation>Trop de tentatives d&apos;inscription&#xa0;; réessayez dans %1 secondes.</translation>
    </message>
    <message>
        <source>Too many enrolment attempts; try again later.</source>
        <translation>Trop de tentatives d&apos;inscription&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Too large for headquarters to accept.</source>
        <translation>Modification trop volumineuse pour être acceptée par le siège.</translation>
    </message>
    <message>
        <source>The enrolment code is wrong, already used or expired. Ask headquarters for a new one.</source>
        <translation>Le code d&apos;inscription est erroné, déjà utilisé ou expiré. Demandez-en un nouveau au siège.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>%1 Abandon après %n tentative.</numerusform>
            <numerusform>%1 Abandon après %n tentatives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s); your changes are kept for the next sync.</source>
        <translation>
            <numerusform>%1 Abandon après %n tentative&#xa0;; vos modifications sont conservées pour la prochaine synchronisation.</numerusform>
            <numerusform>%1 Abandon après %n tentatives&#xa0;; vos modifications sont conservées pour la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Your changes are kept and sync will try again.</source>
        <translation>%1 Vos modifications sont conservées et la synchronisation sera relancée.</translation>
    </message>
    <message>
        <source>A sync is under way; enrol when it is done.</source>
        <translation>Une synchronisation est en cours&#xa0;; inscrivez l&apos;appareil quand elle sera terminée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; it looks like https://hq.example.org.</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse de serveur&#xa0;; une adresse ressemble à https://hq.example.org.</translation>
    </message>
    <message>
        <source>The enrolment code is empty.</source>
        <translation>Le code d&apos;inscription est vide.</translation>
    </message>
    <message>
        <source>Headquarters answered the enrolment with something this device cannot read.</source>
        <translation>Le siège a répondu à l&apos;inscription par un contenu que cet appareil ne peut pas lire.</translation>
    </message>
    <message>
        <source>This device is not enrolled with headquarters yet, so it cannot sync.</source>
        <translation>Cet appareil n&apos;est pas encore inscrit auprès du siège&#xa0;; il ne peut donc pas se synchroniser.</translation>
    </message>
    <message>
        <source>Enrolment was cancelled.</source>
        <translation>L&apos;inscription a été annulée.</translation>
    </message>
    <message>
        <source>Sync was stopped before it finished. Your changes are kept.</source>
        <translation>La synchronisation a été arrêtée avant la fin. Vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>The answer from headquarters could not be read.</source>
        <translation>La réponse du siège est illisible.</translation>
    </message>
    <message>
        <source>No network access is available to reach headquarters.</source>
        <translation>Aucun accès réseau n’est disponible pour joindre le siège.</translation>
    </message>
    <message>
        <source>Headquarters did not show the certificate this device was enrolled with, so nothing was sent. Someone may be intercepting the connection; tell headquarters.</source>
        <translation>Le siège n&apos;a pas présenté le certificat avec lequel cet appareil a été inscrit&#xa0;; rien n&apos;a donc été envoyé. Quelqu&apos;un intercepte peut-être la connexion&#xa0;; prévenez le siège.</translation>
    </message>
    <message>
        <source>This device talks to headquarters only over https with the certificate it was enrolled with, and the server address is not https. Nothing was sent.</source>
        <translation>Cet appareil communique avec le siège uniquement en https, avec le certificat utilisé lors de son inscription, et l&apos;adresse du serveur n&apos;est pas en https. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The part of the enrolment code after &quot;@&quot; is damaged; copy the whole code from headquarters again.</source>
        <translation>La partie du code d&apos;inscription après &quot;@&quot; est endommagée&#xa0;; recopiez le code complet fourni par le siège.</translation>
    </message>
    <message>
        <source>This enrolment code is for a server with a certificate: its address must start with https://.</source>
        <translation>Ce code d&apos;inscription concerne un serveur avec certificat&#xa0;: son adresse doit commencer par https://.</translation>
    </message>
    <message>
        <source>Headquarters has revoked this device: it may no longer sync. Ask headquarters what to do.</source>
        <translation>Le siège a révoqué cet appareil : il ne peut plus se synchroniser. Demandez au siège quoi faire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a plain http address: the device&apos;s credential and every answer would cross the network readable by anyone on the way. Use the https address of headquarters.</source>
        <translation>« %1 » est une adresse en http simple : les identifiants de l&apos;appareil et chaque réponse traverseraient le réseau en clair, lisibles par quiconque sur le trajet. Utilisez l&apos;adresse https du siège.</translation>
    </message>
</context>
<context>
    <name>prihvat::SyncPage</name>
    <message>
        <source>Sync with headquarters</source>
        <translation>Synchronisation avec le siège</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Dernière synchronisation réussie</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Modifications en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflits à examiner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé le</translation>
    </message>
    <message>
        <source>Done: %1 sent, %2 received, %3 new conflicts, %4 refused.</source>
        <translation>Terminé. Envoyées&#xa0;: %1, reçues&#xa0;: %2, nouveaux conflits&#xa0;: %3, refusées&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Not finished: %1</source>
        <translation>Non terminé&#xa0;: %1</translation>
    </message>
    <message>
        <source>This device is not enrolled yet. Ask headquarters for a one-time code, then run: prihvat-cli enroll --server ADDRESS --code CODE</source>
        <translation>Cet appareil n&apos;est pas encore inscrit. Demandez un code à usage unique au siège, puis lancez&#xa0;: prihvat-cli enroll --server ADDRESS --code CODE</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Sync is not available in this window.</source>
        <translation>La synchronisation n&apos;est pas disponible dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Inscription…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>Envoi des modifications…</translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation>Réception des modifications…</translation>
    </message>
    <message>
        <source>Waiting to try again…</source>
        <translation>En attente d&apos;une nouvelle tentative…</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>En veille</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(sans réponse)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression de la fiche</translation>
    </message>
    <message>
        <source>Changes headquarters refused (%1)</source>
        <translation>Modifications refusées par le siège (%1)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
</context>
<context>
    <name>prihvat::TransportBoardPage</name>
    <message>
        <source>Transport requests</source>
        <translation>Demandes de transport</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Nouvelle demande</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>&amp;Depart (in transit)</source>
        <translation>&amp;Départ (en route)</translation>
    </message>
    <message>
        <source>Co&amp;mplete (arrived)</source>
        <translation>&amp;Terminer (arrivés)</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>Annu&amp;ler la demande</translation>
    </message>
    <message>
        <source>Approve the selected request.</source>
        <translation>Approuver la demande sélectionnée.</translation>
    </message>
    <message>
        <source>The vehicle has left with the selected request&apos;s people.</source>
        <translation>Le véhicule est parti avec les personnes de la demande sélectionnée.</translation>
    </message>
    <message>
        <source>The people of the selected request have arrived.</source>
        <translation>Les personnes de la demande sélectionnée sont arrivées.</translation>
    </message>
    <message>
        <source>Cancel the selected request. A reason can be added by opening it.</source>
        <translation>Annuler la demande sélectionnée. Un motif peut être ajouté en l&apos;ouvrant.</translation>
    </message>
    <message>
        <source>Select a request with the arrow keys (left and right change column); Enter opens it. The buttons move it to its next state.</source>
        <translation>Sélectionnez une demande avec les touches fléchées (gauche et droite changent de colonne)&#xa0;; Entrée l&apos;ouvre. Les boutons la font passer à l&apos;état suivant.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre demande</numerusform>
            <numerusform>… et %n autres demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 et %n autre personne</numerusform>
            <numerusform>%1 et %n autres personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Demande %1</translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation>Impossible de lire les demandes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Sélection&#xa0;: %1</translation>
    </message>
    <message>
        <source>No request selected.</source>
        <translation>Aucune demande sélectionnée.</translation>
    </message>
    <message>
        <source>This transport request no longer exists.</source>
        <translation>Cette demande de transport n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The request for %1 is &quot;%2&quot; and cannot become &quot;%3&quot;.</source>
        <translation>La demande pour %1 est à l&apos;état &quot;%2&quot; et ne peut pas passer à &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The request for %1 is now &quot;%2&quot;.</source>
        <translation>La demande pour %1 est maintenant à l&apos;état &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transports</translation>
    </message>
</context>
<context>
    <name>prihvat::UserDialog</name>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Mot de passe initial</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>Modifier le rôle de %1</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Nouveau mot de passe pour %1</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>prihvat::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>The people who can log in on this device. Only protection officers see protection details; an account locked after wrong passwords opens again when you unlock it.</source>
        <translation>Les personnes qui peuvent se connecter sur cet appareil. Seuls les agents de protection voient les informations de protection&#xa0;; un compte verrouillé après des mots de passe erronés redevient utilisable quand vous le déverrouillez.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Wrong passwords</source>
        <translation>Mots de passe erronés</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Modifier le rôle…</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>Nouveau mot de passe…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>Utilisateur %1 ajouté avec le rôle&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 a maintenant le rôle&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation>%1 a un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>Remove a user</source>
        <translation>Supprimer un utilisateur</translation>
    </message>
    <message>
        <source>Remove %1? They will no longer be able to log in on this device. This cannot be undone.</source>
        <translation>Supprimer %1&#xa0;? Cette personne ne pourra plus se connecter sur cet appareil. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>%1 was not removed.</source>
        <translation>Le compte %1 n&apos;a pas été supprimé.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>Le compte %1 a été supprimé.</translation>
    </message>
</context>
</TS>
