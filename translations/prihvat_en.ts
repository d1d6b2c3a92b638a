<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Accounts</name>
    <message>
        <source>Only an administrator can manage users.</source>
        <translation>Only an administrator can manage users.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. An administrator can unlock it.</source>
        <translation>This account is locked after too many wrong passwords. An administrator can unlock it.</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>The user name or the password is not right.</translation>
    </message>
    <message>
        <source>The keys of this data folder were destroyed (the device was revoked). Nothing in it can be opened any more.</source>
        <translation>The keys of this data folder were destroyed (the device was revoked). Nothing in it can be opened any more.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a user name: use 1 to 64 letters, digits, dots, hyphens or underscores.</source>
        <translation>&quot;%1&quot; cannot be a user name: use 1 to 64 letters, digits, dots, hyphens or underscores.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>A password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>A password can have at most 1024 characters.</source>
        <translation>A password can have at most 1024 characters.</translation>
    </message>
    <message>
        <source>Reading the users</source>
        <translation>Reading the users</translation>
    </message>
    <message>
        <source>The user %1 has an unknown role &quot;%2&quot;.</source>
        <translation>The user %1 has an unknown role &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Saving the user</source>
        <translation>Saving the user</translation>
    </message>
    <message>
        <source>This data folder already has users; an administrator adds new ones.</source>
        <translation>This data folder already has users; an administrator adds new ones.</translation>
    </message>
    <message>
        <source>The stored password of the user %1 is damaged.</source>
        <translation>The stored password of the user %1 is damaged.</translation>
    </message>
    <message>
        <source>Recording the login</source>
        <translation>Recording the login</translation>
    </message>
    <message>
        <source>The data key of the user %1 is damaged and does not open.</source>
        <translation>The data key of the user %1 is damaged and does not open.</translation>
    </message>
    <message>
        <source>There is already a user %1.</source>
        <translation>There is already a user %1.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>There is no user %1.</translation>
    </message>
    <message>
        <source>%1 is the last administrator and cannot be removed.</source>
        <translation>%1 is the last administrator and cannot be removed.</translation>
    </message>
    <message>
        <source>Removing the user</source>
        <translation>Removing the user</translation>
    </message>
    <message>
        <source>%1 is the last administrator; make another user an administrator first.</source>
        <translation>%1 is the last administrator; make another user an administrator first.</translation>
    </message>
    <message>
        <source>Only an administrator can set the password of another user.</source>
        <translation>Only an administrator can set the password of another user.</translation>
    </message>
    <message>
        <source>Saving the new password</source>
        <translation>Saving the new password</translation>
    </message>
    <message>
        <source>Destroying the keys</source>
        <translation>Destroying the keys</translation>
    </message>
    <message>
        <source>The keys were destroyed, but another program holds the database open, so old copies may remain in its log until it closes.</source>
        <translation>The keys were destroyed, but another program holds the database open, so old copies may remain in its log until it closes.</translation>
    </message>
    <message>
        <source>The password of this user is hashed with &quot;%1&quot;, which this version does not accept.</source>
        <translation>The password of this user is hashed with &quot;%1&quot;, which this version does not accept.</translation>
    </message>
    <message>
        <source>The stored password parameters of this user are weaker than the minimum; the account is refused. An administrator must set a new password.</source>
        <translation>The stored password parameters of this user are weaker than the minimum; the account is refused. An administrator must set a new password.</translation>
    </message>
    <message>
        <source>The stored password parameters of this user are out of range; the account is refused.</source>
        <translation>The stored password parameters of this user are out of range; the account is refused.</translation>
    </message>
    <message>
        <source>The stored password salt of this user is damaged.</source>
        <translation>The stored password salt of this user is damaged.</translation>
    </message>
    <message>
        <source>There is not enough memory to check the password (Argon2id needs %1 MiB).</source>
        <translation>There is not enough memory to check the password (Argon2id needs %1 MiB).</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>mobile team</source>
        <translation>mobile team</translation>
    </message>
    <message>
        <source>reception desk</source>
        <translation>reception desk</translation>
    </message>
    <message>
        <source>protection officer</source>
        <translation>protection officer</translation>
    </message>
    <message>
        <source>Your access to the data is being renewed: another user of this data folder must log in first.</source>
        <translation>Your access to the data is being renewed: another user of this data folder must log in first.</translation>
    </message>
    <message>
        <source>The recovery secret is not right.</source>
        <translation>The recovery secret is not right.</translation>
    </message>
    <message>
        <source>This data folder has no recovery secret.</source>
        <translation>This data folder has no recovery secret.</translation>
    </message>
    <message>
        <source>Only an administrator&apos;s account can be recovered with the recovery secret.</source>
        <translation>Only an administrator&apos;s account can be recovered with the recovery secret.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;prihvat-cli --help&quot; for the commands.</source>
        <translation>Run &quot;prihvat-cli --help&quot; for the commands.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; a record is never that large.</source>
        <translation>%1 is larger than 16 MiB; a record is never that large.</translation>
    </message>
    <message>
        <source>The input is larger than 16 MiB; a record is never that large.</source>
        <translation>The input is larger than 16 MiB; a record is never that large.</translation>
    </message>
    <message>
        <source>The input is not valid JSON (%1 at byte %2).</source>
        <translation>The input is not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>The input must be a JSON object of field names and values.</source>
        <translation>The input must be a JSON object of field names and values.</translation>
    </message>
    <message>
        <source>The site code of this device (see the reference data).</source>
        <translation>The site code of this device (see the reference data).</translation>
    </message>
    <message>
        <source>Initialised %1 for site %2; device %3.</source>
        <translation>Initialised %1 for site %2; device %3.</translation>
    </message>
    <message>
        <source>The record&apos;s values as a JSON object, from FILE or - for standard input.</source>
        <translation>The record&apos;s values as a JSON object, from FILE or - for standard input.</translation>
    </message>
    <message>
        <source>The form id: person, screening, assistance, transport, referral.</source>
        <translation>The form id: person, screening, assistance, transport, referral.</translation>
    </message>
    <message>
        <source>Usage: add FORM --json FILE</source>
        <translation>Usage: add FORM --json FILE</translation>
    </message>
    <message>
        <source>The fields to change as a JSON object, from FILE or - for standard input.</source>
        <translation>The fields to change as a JSON object, from FILE or - for standard input.</translation>
    </message>
    <message>
        <source>The record id.</source>
        <translation>The record id.</translation>
    </message>
    <message>
        <source>Usage: update ID --json FILE</source>
        <translation>Usage: update ID --json FILE</translation>
    </message>
    <message>
        <source>Usage: delete ID</source>
        <translation>Usage: delete ID</translation>
    </message>
    <message>
        <source>Usage: get ID</source>
        <translation>Usage: get ID</translation>
    </message>
    <message>
        <source>No record has the id %1.</source>
        <translation>No record has the id %1.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Print the records as a JSON array.</source>
        <translation>Print the records as a JSON array.</translation>
    </message>
    <message>
        <source>At most N records (default 1000).</source>
        <translation>At most N records (default 1000).</translation>
    </message>
    <message>
        <source>Skip the first N records.</source>
        <translation>Skip the first N records.</translation>
    </message>
    <message>
        <source>The form id.</source>
        <translation>The form id.</translation>
    </message>
    <message>
        <source>Usage: list FORM [--json] [--limit N] [--offset N]</source>
        <translation>Usage: list FORM [--json] [--limit N] [--offset N]</translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;. The forms are: %2</source>
        <translation>Unknown form &quot;%1&quot;. The forms are: %2</translation>
    </message>
    <message>
        <source>Usage: count FORM</source>
        <translation>Usage: count FORM</translation>
    </message>
    <message>
        <source>OK: %1; %2 changes waiting to sync.</source>
        <translation>OK: %1; %2 changes waiting to sync.</translation>
    </message>
    <message>
        <source>How many persons to create.</source>
        <translation>How many persons to create.</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same data.</source>
        <translation>The random seed: the same seed gives the same data.</translation>
    </message>
    <message>
        <source>Usage: seed --persons N [--seed S], N from 1 to 10,000,000</source>
        <translation>Usage: seed --persons N [--seed S], N from 1 to 10,000,000</translation>
    </message>
    <message>
        <source>Seeded %1 records (%2 persons) in %3 s: %4 records per second.</source>
        <translation>Seeded %1 records (%2 persons) in %3 s: %4 records per second.</translation>
    </message>
    <message>
        <source>The headquarters address, such as https://hq.example.org.</source>
        <translation>The headquarters address, such as https://hq.example.org.</translation>
    </message>
    <message>
        <source>The one-time enrolment code from headquarters.</source>
        <translation>The one-time enrolment code from headquarters.</translation>
    </message>
    <message>
        <source>A name for this device (default: the computer&apos;s name).</source>
        <translation>A name for this device (default: the computer&apos;s name).</translation>
    </message>
    <message>
        <source>Usage: enroll --server URL --code CODE [--name NAME]</source>
        <translation>Usage: enroll --server URL --code CODE [--name NAME]</translation>
    </message>
    <message>
        <source>Enrolled with %1 as device %2 for sites %3.</source>
        <translation>Enrolled with %1 as device %2 for sites %3.</translation>
    </message>
    <message>
        <source>Send each request at most N times when the server cannot be reached (default 4).</source>
        <translation>Send each request at most N times when the server cannot be reached (default 4).</translation>
    </message>
    <message>
        <source>Give up on a request after S seconds without an answer (default 30).</source>
        <translation>Give up on a request after S seconds without an answer (default 30).</translation>
    </message>
    <message>
        <source>Print the counts as a JSON object.</source>
        <translation>Print the counts as a JSON object.</translation>
    </message>
    <message>
        <source>Usage: sync [--attempts N] [--timeout S] [--json]</source>
        <translation>Usage: sync [--attempts N] [--timeout S] [--json]</translation>
    </message>
    <message>
        <source>This data folder is not enrolled with headquarters. Run &quot;prihvat-cli enroll --server URL --code CODE&quot; first.</source>
        <translation>This data folder is not enrolled with headquarters. Run &quot;prihvat-cli enroll --server URL --code CODE&quot; first.</translation>
    </message>
    <message>
        <source>Attempt %1 failed: %2 Trying again in %3 s.</source>
        <translation>Attempt %1 failed: %2 Trying again in %3 s.</translation>
    </message>
    <message>
        <source>Pushed %1, pulled %2, conflicts %3, rejected %4.</source>
        <translation>Pushed %1, pulled %2, conflicts %3, rejected %4.</translation>
    </message>
    <message>
        <source>%1 changes are kept on this device and will be sent by the next sync.</source>
        <translation>%1 changes are kept on this device and will be sent by the next sync.</translation>
    </message>
    <message>
        <source>The data folder (default: %1).</source>
        <translation>The data folder (default: %1).</translation>
    </message>
    <message>
        <source>The language of messages: en, bs, ar, fa, ps, ur, fr.</source>
        <translation>The language of messages: en, bs, ar, fa, ps, ur, fr.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>What to do (see above).</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of en, bs, ar, fa, ps, ur, fr.</source>
        <translation>Unknown language &quot;%1&quot;; use one of en, bs, ar, fa, ps, ur, fr.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No command given.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Audit trail: %1 entries, hash chain intact.</source>
        <translation>Audit trail: %1 entries, hash chain intact.</translation>
    </message>
    <message>
        <source>Print the entries as a JSON array.</source>
        <translation>Print the entries as a JSON array.</translation>
    </message>
    <message>
        <source>At most N entries, newest first (default 100).</source>
        <translation>At most N entries, newest first (default 100).</translation>
    </message>
    <message>
        <source>Usage: audit [--limit N] [--json]</source>
        <translation>Usage: audit [--limit N] [--json]</translation>
    </message>
    <message>
        <source>No password given: set %1 or run the command in a terminal.</source>
        <translation>No password given: set %1 or run the command in a terminal.</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>The same password again: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>The two passwords differ; nothing was changed.</translation>
    </message>
    <message>
        <source>This data folder has no user yet. Create its administrator first: prihvat-cli --data-dir DIR user add NAME --role admin</source>
        <translation>This data folder has no user yet. Create its administrator first: prihvat-cli --data-dir DIR user add NAME --role admin</translation>
    </message>
    <message>
        <source>Give --user NAME: every command on this data folder needs a user and their password (from %1 or typed when asked).</source>
        <translation>Give --user NAME: every command on this data folder needs a user and their password (from %1 or typed when asked).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>The administrator to create (password from PRIHVAT_PASSWORD, or asked twice).</source>
        <translation>The administrator to create (password from PRIHVAT_PASSWORD, or asked twice).</translation>
    </message>
    <message>
        <source>init needs --site CODE and --user NAME.</source>
        <translation>init needs --site CODE and --user NAME.</translation>
    </message>
    <message>
        <source>A password for the administrator %1: </source>
        <translation>A password for the administrator %1: </translation>
    </message>
    <message>
        <source>Only a protection officer can see or change %1. Nothing was saved.</source>
        <translation>Only a protection officer can see or change %1. Nothing was saved.</translation>
    </message>
    <message>
        <source>Only an administrator can read the audit trail.</source>
        <translation>Only an administrator can read the audit trail.</translation>
    </message>
    <message>
        <source>Reference data from headquarters: %1 changes.</source>
        <translation>Reference data from headquarters: %1 changes.</translation>
    </message>
    <message>
        <source>The role: admin, mobile, desk or protection.</source>
        <translation>The role: admin, mobile, desk or protection.</translation>
    </message>
    <message>
        <source>Print the users as a JSON array.</source>
        <translation>Print the users as a JSON array.</translation>
    </message>
    <message>
        <source>add, list, passwd, remove, role or unlock.</source>
        <translation>add, list, passwd, remove, role or unlock.</translation>
    </message>
    <message>
        <source>Usage: user add NAME --role ROLE | user list [--json] | user passwd [NAME] | user remove NAME | user role NAME ROLE | user unlock NAME</source>
        <translation>Usage: user add NAME --role ROLE | user list [--json] | user passwd [NAME] | user remove NAME | user role NAME ROLE | user unlock NAME</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use one of %2.</source>
        <translation>Unknown role &quot;%1&quot;; use one of %2.</translation>
    </message>
    <message>
        <source>This data folder has no user yet: the first one must be an administrator (--role admin).</source>
        <translation>This data folder has no user yet: the first one must be an administrator (--role admin).</translation>
    </message>
    <message>
        <source>A password for %1: </source>
        <translation>A password for %1: </translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Added %1 (%2).</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>A new password for %1: </source>
        <translation>A new password for %1: </translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>The password of %1 was changed.</translation>
    </message>
    <message>
        <source>Removed %1; their key to this data folder is destroyed.</source>
        <translation>Removed %1; their key to this data folder is destroyed.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 can log in again.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>The CSV file to write.</translation>
    </message>
    <message>
        <source>Usage: export --form FORM --out FILE</source>
        <translation>Usage: export --form FORM --out FILE</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Exported %1 records of %2 to %3.</source>
        <translation>Exported %1 records of %2 to %3.</translation>
    </message>
    <message>
        <source>%1 protection-sensitive fields were left out (protection officers only).</source>
        <translation>%1 protection-sensitive fields were left out (protection officers only).</translation>
    </message>
    <message>
        <source>Who is working: every command on a data folder needs a user and their password (from PRIHVAT_PASSWORD, or typed when asked).</source>
        <translation>Who is working: every command on a data folder needs a user and their password (from PRIHVAT_PASSWORD, or typed when asked).</translation>
    </message>
    <message>
        <source>The keys of this data folder are destroyed: its records can no longer be opened by anyone.</source>
        <translation>The keys of this data folder are destroyed: its records can no longer be opened by anyone.</translation>
    </message>
    <message>
        <source>Removed %1 records past their retention period.</source>
        <translation>Removed %1 records past their retention period.</translation>
    </message>
    <message>
        <source>Load form definitions from DIR instead of the built-in ones; their forms, fields and sensitivities must be the built-in ones.</source>
        <translation>Load form definitions from DIR instead of the built-in ones; their forms, fields and sensitivities must be the built-in ones.</translation>
    </message>
    <message>
        <source>Allow a plain http server address that is not on this computer (for tests only: the credential and the data would cross the network readable).</source>
        <translation>Allow a plain http server address that is not on this computer (for tests only: the credential and the data would cross the network readable).</translation>
    </message>
    <message>
        <source>Recovery secret of this data folder, shown only this once (write it down or print it, and keep it apart from this laptop): %1</source>
        <translation>Recovery secret of this data folder, shown only this once (write it down or print it, and keep it apart from this laptop): %1</translation>
    </message>
    <message>
        <source>Usage: --user NAME recover</source>
        <translation>Usage: --user NAME recover</translation>
    </message>
    <message>
        <source>Recovery secret: </source>
        <translation>Recovery secret: </translation>
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
        <translation>Prihvat command line: headless operations on a data folder.

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

Exit codes: 0 done, 1 failed, 2 invalid input (nothing changed).</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Set-up was cancelled.</source>
        <translation>Set-up was cancelled.</translation>
    </message>
    <message>
        <source>The data folder %1 is not set up.</source>
        <translation>The data folder %1 is not set up.</translation>
    </message>
    <message>
        <source>The keys of this data folder were destroyed because headquarters revoked this device. Its records cannot be opened any more.</source>
        <translation>The keys of this data folder were destroyed because headquarters revoked this device. Its records cannot be opened any more.</translation>
    </message>
    <message>
        <source>This data folder has no administrator yet. Start Prihvat without options to create one.</source>
        <translation>This data folder has no administrator yet. Start Prihvat without options to create one.</translation>
    </message>
    <message>
        <source>The session was locked. Log in to go on.</source>
        <translation>The session was locked. Log in to go on.</translation>
    </message>
    <message>
        <source>This device was revoked</source>
        <translation>This device was revoked</translation>
    </message>
    <message>
        <source>The keys of this data folder are destroyed now: its records can no longer be opened by anyone.</source>
        <translation>The keys of this data folder are destroyed now: its records can no longer be opened by anyone.</translation>
    </message>
    <message>
        <source>Recovery secret</source>
        <translation>Recovery secret</translation>
    </message>
    <message>
        <source>Write down or print this recovery secret and keep it apart from this laptop. With it, an administrator who forgot their password can set a new one (prihvat-cli recover). It is shown only this once.

%1</source>
        <translation>Write down or print this recovery secret and keep it apart from this laptop. With it, an administrator who forgot their password can set a new one (prihvat-cli recover). It is shown only this once.

%1</translation>
    </message>
    <message>
        <source>You were filling in “%1” when the session was locked. It is not saved yet.</source>
        <translation>You were filling in “%1” when the session was locked. It is not saved yet.</translation>
    </message>
    <message>
        <source>You were filling in “%1” for %2 when the session was locked. It is not saved yet.</source>
        <translation>You were filling in “%1” for %2 when the session was locked. It is not saved yet.</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>Unsaved work</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>The record of this unsaved work no longer exists here.</source>
        <translation>The record of this unsaved work no longer exists here.</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>malformed number &apos;%1&apos; at position %2</source>
        <translation>malformed number &apos;%1&apos; at position %2</translation>
    </message>
    <message>
        <source>number out of range at position %1</source>
        <translation>number out of range at position %1</translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos; at position %2</source>
        <translation>invalid escape &apos;\%1&apos; at position %2</translation>
    </message>
    <message>
        <source>unterminated string at position %1</source>
        <translation>unterminated string at position %1</translation>
    </message>
    <message>
        <source>expected &apos;{&apos; after &apos;$&apos; at position %1</source>
        <translation>expected &apos;{&apos; after &apos;$&apos; at position %1</translation>
    </message>
    <message>
        <source>unterminated field reference at position %1</source>
        <translation>unterminated field reference at position %1</translation>
    </message>
    <message>
        <source>invalid field name &apos;%1&apos; at position %2</source>
        <translation>invalid field name &apos;%1&apos; at position %2</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; at position %2</source>
        <translation>unexpected character &apos;%1&apos; at position %2</translation>
    </message>
    <message>
        <source>unexpected end of expression</source>
        <translation>unexpected end of expression</translation>
    </message>
    <message>
        <source>unexpected string %1 at position %2</source>
        <translation>unexpected string %1 at position %2</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>unexpected &apos;%1&apos; at position %2</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes no arguments, got %2 at position %3</source>
        <translation>function &apos;%1&apos; takes no arguments, got %2 at position %3</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes 1 argument, got %2 at position %3</source>
        <translation>function &apos;%1&apos; takes 1 argument, got %2 at position %3</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes %4 arguments, got %2 at position %3</source>
        <translation>function &apos;%1&apos; takes %4 arguments, got %2 at position %3</translation>
    </message>
    <message>
        <source>expression nested too deeply at position %1</source>
        <translation>expression nested too deeply at position %1</translation>
    </message>
    <message>
        <source>expression too long at position %1</source>
        <translation>expression too long at position %1</translation>
    </message>
    <message>
        <source>comparisons cannot be chained: &apos;%1&apos; at position %2</source>
        <translation>comparisons cannot be chained: &apos;%1&apos; at position %2</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; at position %2 must be followed by &apos;(&apos;</source>
        <translation>function &apos;%1&apos; at position %2 must be followed by &apos;(&apos;</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; at position %2 (fields are written ${%1})</source>
        <translation>unknown name &apos;%1&apos; at position %2 (fields are written ${%1})</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; at position %2</source>
        <translation>unknown function &apos;%1&apos; at position %2</translation>
    </message>
    <message>
        <source>empty expression</source>
        <translation>empty expression</translation>
    </message>
</context>
<context>
    <name>FormLoader</name>
    <message>
        <source>%1 has an unknown key &quot;%2&quot;</source>
        <translation>%1 has an unknown key &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>choices must be a non-empty list</source>
        <translation>choices must be a non-empty list</translation>
    </message>
    <message>
        <source>a choice</source>
        <translation>a choice</translation>
    </message>
    <message>
        <source>choice value &quot;%1&quot; must use only a-z, 0-9 and _</source>
        <translation>choice value &quot;%1&quot; must use only a-z, 0-9 and _</translation>
    </message>
    <message>
        <source>choice value &quot;%1&quot; appears twice</source>
        <translation>choice value &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>the label of choice &quot;%1&quot;</source>
        <translation>the label of choice &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 must be a string</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; must be a number</source>
        <translation>constraint &quot;%1&quot; must be a number</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; must be a date YYYY-MM-DD</source>
        <translation>constraint &quot;%1&quot; must be a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a constraint must be an object</source>
        <translation>a constraint must be an object</translation>
    </message>
    <message>
        <source>a constraint</source>
        <translation>a constraint</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; belongs on a field, not on the form</source>
        <translation>constraint &quot;%1&quot; belongs on a field, not on the form</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; does not apply to a %2 field</source>
        <translation>constraint &quot;%1&quot; does not apply to a %2 field</translation>
    </message>
    <message>
        <source>constraint &quot;range&quot; needs &quot;min&quot; or &quot;max&quot;</source>
        <translation>constraint &quot;range&quot; needs &quot;min&quot; or &quot;max&quot;</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; needs &quot;min&quot; or &quot;max&quot;</source>
        <translation>constraint &quot;%1&quot; needs &quot;min&quot; or &quot;max&quot;</translation>
    </message>
    <message>
        <source>constraint &quot;pattern&quot; needs a &quot;regex&quot;</source>
        <translation>constraint &quot;pattern&quot; needs a &quot;regex&quot;</translation>
    </message>
    <message>
        <source>constraint &quot;pattern&quot; has an invalid regular expression: %1</source>
        <translation>constraint &quot;pattern&quot; has an invalid regular expression: %1</translation>
    </message>
    <message>
        <source>constraint expression</source>
        <translation>constraint expression</translation>
    </message>
    <message>
        <source>constraint &quot;expression&quot; needs a &quot;message&quot;</source>
        <translation>constraint &quot;expression&quot; needs a &quot;message&quot;</translation>
    </message>
    <message>
        <source>unknown constraint kind &quot;%1&quot;</source>
        <translation>unknown constraint kind &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the constraint message</source>
        <translation>the constraint message</translation>
    </message>
    <message>
        <source>&quot;field&quot; belongs only on form-level constraints</source>
        <translation>&quot;field&quot; belongs only on form-level constraints</translation>
    </message>
    <message>
        <source>the default value does not fit a %1 field</source>
        <translation>the default value does not fit a %1 field</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: not valid JSON at byte %2: %3</translation>
    </message>
    <message>
        <source>%1: the definition must be a JSON object</source>
        <translation>%1: the definition must be a JSON object</translation>
    </message>
    <message>
        <source>the form</source>
        <translation>the form</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a name of a-z, 0-9 and _</source>
        <translation>&quot;id&quot; must be a name of a-z, 0-9 and _</translation>
    </message>
    <message>
        <source>&quot;id&quot; is &quot;%1&quot; but the file should then be named %2</source>
        <translation>&quot;id&quot; is &quot;%1&quot; but the file should then be named %2</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number of at least 1</source>
        <translation>&quot;version&quot; must be a whole number of at least 1</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>the title</translation>
    </message>
    <message>
        <source>&quot;fields&quot; must be a non-empty list</source>
        <translation>&quot;fields&quot; must be a non-empty list</translation>
    </message>
    <message>
        <source>the field name must be made of a-z, 0-9 and _, starting with a letter</source>
        <translation>the field name must be made of a-z, 0-9 and _, starting with a letter</translation>
    </message>
    <message>
        <source>the field name is used twice</source>
        <translation>the field name is used twice</translation>
    </message>
    <message>
        <source>the field</source>
        <translation>the field</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>unknown type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the label</source>
        <translation>the label</translation>
    </message>
    <message>
        <source>the hint</source>
        <translation>the hint</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; must be true or false</translation>
    </message>
    <message>
        <source>&quot;sensitivity&quot; must be identifying, protection or facet</source>
        <translation>&quot;sensitivity&quot; must be identifying, protection or facet</translation>
    </message>
    <message>
        <source>%1 needs exactly one of &quot;choices&quot;, &quot;choice_list&quot; or &quot;reference&quot;</source>
        <translation>%1 needs exactly one of &quot;choices&quot;, &quot;choice_list&quot; or &quot;reference&quot;</translation>
    </message>
    <message>
        <source>unknown choice list &quot;%1&quot;</source>
        <translation>unknown choice list &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown reference data &quot;%1&quot;</source>
        <translation>unknown reference data &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only select_one and select_multiple fields have choices</source>
        <translation>only select_one and select_multiple fields have choices</translation>
    </message>
    <message>
        <source>a note holds no value, so it cannot be required or have a default</source>
        <translation>a note holds no value, so it cannot be required or have a default</translation>
    </message>
    <message>
        <source>&quot;relevant&quot;</source>
        <translation>&quot;relevant&quot;</translation>
    </message>
    <message>
        <source>&quot;constraints&quot; must be a list</source>
        <translation>&quot;constraints&quot; must be a list</translation>
    </message>
    <message>
        <source>form-level constraints must be of kind &quot;expression&quot;</source>
        <translation>form-level constraints must be of kind &quot;expression&quot;</translation>
    </message>
    <message>
        <source>form-level constraint names unknown field &quot;%1&quot;</source>
        <translation>form-level constraint names unknown field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the expression &quot;%1&quot; refers to unknown field &quot;%2&quot;</source>
        <translation>the expression &quot;%1&quot; refers to unknown field &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the expression &quot;%1&quot; refers to note &quot;%2&quot;, which has no value</source>
        <translation>the expression &quot;%1&quot; refers to note &quot;%2&quot;, which has no value</translation>
    </message>
    <message>
        <source>&quot;keys&quot;</source>
        <translation>&quot;keys&quot;</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must name a field</source>
        <translation>key &quot;%1&quot; must name a field</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; names unknown field &quot;%2&quot;</source>
        <translation>key &quot;%1&quot; names unknown field &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cannot be key &quot;%1&quot;: it is a %2 field</source>
        <translation>cannot be key &quot;%1&quot;: it is a %2 field</translation>
    </message>
    <message>
        <source>cannot be key &quot;site&quot;: a choice of site must use the reference data &quot;sites&quot;</source>
        <translation>cannot be key &quot;site&quot;: a choice of site must use the reference data &quot;sites&quot;</translation>
    </message>
    <message>
        <source>&quot;states&quot;</source>
        <translation>&quot;states&quot;</translation>
    </message>
    <message>
        <source>the state field must be a select_one field with choices</source>
        <translation>the state field must be a select_one field with choices</translation>
    </message>
    <message>
        <source>the initial state &quot;%1&quot; is not one of the field&apos;s choices</source>
        <translation>the initial state &quot;%1&quot; is not one of the field&apos;s choices</translation>
    </message>
    <message>
        <source>state &quot;%1&quot; has no entry in &quot;transitions&quot;</source>
        <translation>state &quot;%1&quot; has no entry in &quot;transitions&quot;</translation>
    </message>
    <message>
        <source>&quot;transitions&quot; names unknown state &quot;%1&quot;</source>
        <translation>&quot;transitions&quot; names unknown state &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;stamps&quot; names unknown state &quot;%1&quot;</source>
        <translation>&quot;stamps&quot; names unknown state &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;stamps&quot; must name datetime fields, not &quot;%1&quot;</source>
        <translation>&quot;stamps&quot; must name datetime fields, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1: field &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>must be an object with a text for each language</source>
        <translation>must be an object with a text for each language</translation>
    </message>
    <message>
        <source>has no text in language &quot;%1&quot;</source>
        <translation>has no text in language &quot;%1&quot;</translation>
    </message>
    <message>
        <source>has an unknown language &quot;%1&quot;</source>
        <translation>has an unknown language &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;records_actor_of&quot; belongs on a read-only text field and lists field names</source>
        <translation>&quot;records_actor_of&quot; belongs on a read-only text field and lists field names</translation>
    </message>
    <message>
        <source>&quot;records_actor_of&quot; names unknown field &quot;%1&quot;</source>
        <translation>&quot;records_actor_of&quot; names unknown field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot be key &quot;%1&quot;: its sensitivity is &quot;%2&quot;, and keys are stored in clear</source>
        <translation>cannot be key &quot;%1&quot;: its sensitivity is &quot;%2&quot;, and keys are stored in clear</translation>
    </message>
</context>
<context>
    <name>FormRegistry</name>
    <message>
        <source>No form definitions found in %1</source>
        <translation>No form definitions found in %1</translation>
    </message>
    <message>
        <source>the built-in form &quot;%1&quot; is missing; a folder of form definitions must hold every built-in form.</source>
        <translation>the built-in form &quot;%1&quot; is missing; a folder of form definitions must hold every built-in form.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a built-in form; only the built-in forms can be loaded from a folder.</source>
        <translation>&quot;%1&quot; is not a built-in form; only the built-in forms can be loaded from a folder.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not in the built-in form; fields and their sensitivity come only with a new version of Prihvat.</source>
        <translation>field &quot;%1&quot; is not in the built-in form; fields and their sensitivity come only with a new version of Prihvat.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must stay %2 and &quot;%3&quot; as in the built-in form; sensitivity comes only with a new version of Prihvat.</source>
        <translation>field &quot;%1&quot; must stay %2 and &quot;%3&quot; as in the built-in form; sensitivity comes only with a new version of Prihvat.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; of the built-in form is missing.</source>
        <translation>field &quot;%1&quot; of the built-in form is missing.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>(no name kept: no consent)</source>
        <translation>(no name kept: no consent)</translation>
    </message>
</context>
<context>
    <name>ProtectionUpgrade</name>
    <message>
        <source>Could not look for protection categories to move</source>
        <translation>Could not look for protection categories to move</translation>
    </message>
</context>
<context>
    <name>RecordService</name>
    <message>
        <source>The %1 record was not saved:</source>
        <translation>The %1 record was not saved:</translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;. The forms are: %2</source>
        <translation>Unknown form &quot;%1&quot;. The forms are: %2</translation>
    </message>
    <message>
        <source>Is set by the application, not typed.</source>
        <translation>Is set by the application, not typed.</translation>
    </message>
    <message>
        <source>A new record starts as &quot;%1&quot;.</source>
        <translation>A new record starts as &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Record %1 has been deleted and cannot be changed.</source>
        <translation>Record %1 has been deleted and cannot be changed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is final; the state cannot change any more.</source>
        <translation>&quot;%1&quot; is final; the state cannot change any more.</translation>
    </message>
    <message>
        <source>Cannot go from &quot;%1&quot; to &quot;%2&quot;; allowed next: %3.</source>
        <translation>Cannot go from &quot;%1&quot; to &quot;%2&quot;; allowed next: %3.</translation>
    </message>
    <message>
        <source>Record %1 is already deleted.</source>
        <translation>Record %1 is already deleted.</translation>
    </message>
    <message>
        <source>No record has the id %1.</source>
        <translation>No record has the id %1.</translation>
    </message>
    <message>
        <source>This person has not given consent (or has withdrawn it), so only answers for counting can be kept; leave this empty.</source>
        <translation>This person has not given consent (or has withdrawn it), so only answers for counting can be kept; leave this empty.</translation>
    </message>
    <message>
        <source>Only a protection officer can see or change %1. Nothing was saved.</source>
        <translation>Only a protection officer can see or change %1. Nothing was saved.</translation>
    </message>
    <message>
        <source>This change would clear answers that only a protection officer can see or change. Nothing was saved: ask a protection officer to make this change.</source>
        <translation>This change would clear answers that only a protection officer can see or change. Nothing was saved: ask a protection officer to make this change.</translation>
    </message>
    <message>
        <source>This record holds answers that only a protection officer can see; only a protection officer can delete it. Nothing was deleted.</source>
        <translation>This record holds answers that only a protection officer can see; only a protection officer can delete it. Nothing was deleted.</translation>
    </message>
</context>
<context>
    <name>RecordSummary</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Reference data %1 cannot be read: %2</source>
        <translation>Reference data %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Reference data %1 is not valid JSON: %2</source>
        <translation>Reference data %1 is not valid JSON: %2</translation>
    </message>
    <message>
        <source>Reference data %1: %2</source>
        <translation>Reference data %1: %2</translation>
    </message>
    <message>
        <source>every site needs a code, a name and a kind (centre or outreach)</source>
        <translation>every site needs a code, a name and a kind (centre or outreach)</translation>
    </message>
    <message>
        <source>every entry needs a code and a name</source>
        <translation>every entry needs a code and a name</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: %2</source>
        <translation>item &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>service &quot;%1&quot;: %2</source>
        <translation>service &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>every provider needs a code and a name</source>
        <translation>every provider needs a code and a name</translation>
    </message>
    <message>
        <source>the set is empty</source>
        <translation>the set is empty</translation>
    </message>
    <message>
        <source>it needs an assistance type</source>
        <translation>it needs an assistance type</translation>
    </message>
    <message>
        <source>a retention period needs a form and a whole number of days from 1 to 36500</source>
        <translation>a retention period needs a form and a whole number of days from 1 to 36500</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a set headquarters manages</source>
        <translation>&quot;%1&quot; is not a set headquarters manages</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; appears twice</source>
        <translation>the code &quot;%1&quot; appears twice</translation>
    </message>
</context>
<context>
    <name>Reseal</name>
    <message>
        <source>Re-sealing answers under the newest keys: %1 of %2 rows.</source>
        <translation>Re-sealing answers under the newest keys: %1 of %2 rows.</translation>
    </message>
</context>
<context>
    <name>RetentionPurge</name>
    <message>
        <source>Could not start the purge</source>
        <translation>Could not start the purge</translation>
    </message>
    <message>
        <source>Could not prepare the purge</source>
        <translation>Could not prepare the purge</translation>
    </message>
    <message>
        <source>Could not find old records</source>
        <translation>Could not find old records</translation>
    </message>
    <message>
        <source>Could not remove an old record</source>
        <translation>Could not remove an old record</translation>
    </message>
    <message>
        <source>Could not finish the purge</source>
        <translation>Could not finish the purge</translation>
    </message>
    <message>
        <source>Could not clear the journal after the purge</source>
        <translation>Could not clear the journal after the purge</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>There is not enough memory to hold a key.</source>
        <translation>There is not enough memory to hold a key.</translation>
    </message>
    <message>
        <source>The data is locked.</source>
        <translation>The data is locked.</translation>
    </message>
    <message>
        <source>A sealed answer is not in the sealed format.</source>
        <translation>A sealed answer is not in the sealed format.</translation>
    </message>
    <message>
        <source>A sealed answer is damaged.</source>
        <translation>A sealed answer is damaged.</translation>
    </message>
    <message>
        <source>A sealed answer does not open with this key.</source>
        <translation>A sealed answer does not open with this key.</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>The encryption library could not be started.</translation>
    </message>
    <message>
        <source>A key has the wrong length.</source>
        <translation>A key has the wrong length.</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The seeder needs &quot;%1&quot; in the reference set &quot;%2&quot;, which does not have it.</source>
        <translation>The seeder needs &quot;%1&quot; in the reference set &quot;%2&quot;, which does not have it.</translation>
    </message>
    <message>
        <source>The seeder needs at least one reception centre and one outreach site in the reference data.</source>
        <translation>The seeder needs at least one reception centre and one outreach site in the reference data.</translation>
    </message>
    <message>
        <source>The seeder made a %1 record that does not pass validation; the seeder needs fixing. %2</source>
        <translation>The seeder made a %1 record that does not pass validation; the seeder needs fixing. %2</translation>
    </message>
    <message>
        <source>The number of persons to seed must be at least 1.</source>
        <translation>The number of persons to seed must be at least 1.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is a file, not a folder.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>The data folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be made private.</source>
        <translation>The data folder %1 cannot be made private.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Prihvat (schema %1; this version knows up to %2). Update Prihvat.</source>
        <translation>The database was written by a newer version of Prihvat (schema %1; this version knows up to %2). Update Prihvat.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Upgrading the database to schema %1 failed: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>The database %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1: the disk is full. Nothing was saved; free some space and try again.</source>
        <translation>%1: the disk is full. Nothing was saved; free some space and try again.</translation>
    </message>
    <message>
        <source>%1: the database file is damaged (%2).</source>
        <translation>%1: the database file is damaged (%2).</translation>
    </message>
    <message>
        <source>%1: the disk reported an error (%2). Nothing was saved.</source>
        <translation>%1: the disk reported an error (%2). Nothing was saved.</translation>
    </message>
    <message>
        <source>%1: the database is busy in another program. Try again.</source>
        <translation>%1: the database is busy in another program. Try again.</translation>
    </message>
    <message>
        <source>%1: the database cannot be written to (%2).</source>
        <translation>%1: the database cannot be written to (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Writing settings</source>
        <translation>Writing settings</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>Reading settings</translation>
    </message>
    <message>
        <source>The database has no device id or site: it was not made by &quot;init&quot; or is damaged.</source>
        <translation>The database has no device id or site: it was not made by &quot;init&quot; or is damaged.</translation>
    </message>
    <message>
        <source>Unknown site code &quot;%1&quot;. Known sites: %2</source>
        <translation>Unknown site code &quot;%1&quot;. Known sites: %2</translation>
    </message>
    <message>
        <source>%1 already holds a Prihvat database; nothing was changed.</source>
        <translation>%1 already holds a Prihvat database; nothing was changed.</translation>
    </message>
    <message>
        <source>%1 holds no Prihvat database. Create one with &quot;init&quot;.</source>
        <translation>%1 holds no Prihvat database. Create one with &quot;init&quot;.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It has not been changed. Keep a copy of the folder and restore the latest backup, or ask headquarters for help.</source>
        <translation>The database %1 is damaged (%2). It has not been changed. Keep a copy of the folder and restore the latest backup, or ask headquarters for help.</translation>
    </message>
    <message>
        <source>it does not start like an SQLite database</source>
        <translation>it does not start like an SQLite database</translation>
    </message>
    <message>
        <source>it holds no Prihvat schema; &quot;init&quot; was probably interrupted. Move the file away and run &quot;init&quot; again</source>
        <translation>it holds no Prihvat schema; &quot;init&quot; was probably interrupted. Move the file away and run &quot;init&quot; again</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Prihvat (schema %1; this version knows up to %2). Update Prihvat; the file has not been changed.</source>
        <translation>The database was written by a newer version of Prihvat (schema %1; this version knows up to %2). Update Prihvat; the file has not been changed.</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Opening the database</translation>
    </message>
    <message>
        <source>Reading a record</source>
        <translation>Reading a record</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;.</source>
        <translation>Unknown form &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The device id &quot;%1&quot; from headquarters is not a UUID.</source>
        <translation>The device id &quot;%1&quot; from headquarters is not a UUID.</translation>
    </message>
    <message>
        <source>Saving the enrolment</source>
        <translation>Saving the enrolment</translation>
    </message>
    <message>
        <source>Listing records</source>
        <translation>Listing records</translation>
    </message>
    <message>
        <source>Counting records</source>
        <translation>Counting records</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Checking the database</translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>SQLite integrity: %1</translation>
    </message>
    <message>
        <source>Schema version %1, expected %2.</source>
        <translation>Schema version %1, expected %2.</translation>
    </message>
    <message>
        <source>Record %1: the id is not a UUID.</source>
        <translation>Record %1: the id is not a UUID.</translation>
    </message>
    <message>
        <source>Record %1: unknown form &quot;%2&quot;.</source>
        <translation>Record %1: unknown form &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Record %1: its values or stamps are not valid JSON.</source>
        <translation>Record %1: its values or stamps are not valid JSON.</translation>
    </message>
    <message>
        <source>Record %1: its clock stamp is malformed.</source>
        <translation>Record %1: its clock stamp is malformed.</translation>
    </message>
    <message>
        <source>Record %1: the index column for &quot;%2&quot; does not match its value.</source>
        <translation>Record %1: the index column for &quot;%2&quot; does not match its value.</translation>
    </message>
    <message>
        <source>Record %1: value for unknown field &quot;%2&quot;.</source>
        <translation>Record %1: value for unknown field &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Checking records</source>
        <translation>Checking records</translation>
    </message>
    <message>
        <source>%1 outbox changes belong to no record.</source>
        <translation>%1 outbox changes belong to no record.</translation>
    </message>
    <message>
        <source>%1 outbox changes belong to a push batch that is not kept.</source>
        <translation>%1 outbox changes belong to a push batch that is not kept.</translation>
    </message>
    <message>
        <source>%1 outbox changes have a malformed clock stamp.</source>
        <translation>%1 outbox changes have a malformed clock stamp.</translation>
    </message>
    <message>
        <source>Writing the audit trail</source>
        <translation>Writing the audit trail</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>Reading the audit trail</translation>
    </message>
    <message>
        <source>Checking the audit trail</source>
        <translation>Checking the audit trail</translation>
    </message>
    <message>
        <source>The audit trail is missing: its table was removed.</source>
        <translation>The audit trail is missing: its table was removed.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s protection was removed: its entries could be edited.</source>
        <translation>The audit trail&apos;s protection was removed: its entries could be edited.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: they were deleted.</source>
        <translation>Audit entries %1 to %2 are missing: they were deleted.</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: it was deleted.</source>
        <translation>Audit entry %1 is missing: it was deleted.</translation>
    </message>
    <message>
        <source>Audit entry %1 is out of sequence.</source>
        <translation>Audit entry %1 is out of sequence.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed: its contents do not match its hash.</source>
        <translation>Audit entry %1 was changed: its contents do not match its hash.</translation>
    </message>
    <message>
        <source>Audit entry 1 does not start the chain: entries were inserted, removed or moved.</source>
        <translation>Audit entry 1 does not start the chain: entries were inserted, removed or moved.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: entries were inserted, removed, changed or moved.</source>
        <translation>Audit entry %1 does not follow entry %2: entries were inserted, removed, changed or moved.</translation>
    </message>
    <message>
        <source>The recorded end of the audit trail is malformed; its last entry is %1.</source>
        <translation>The recorded end of the audit trail is malformed; its last entry is %1.</translation>
    </message>
    <message>
        <source>The recorded end of the audit trail is missing: entries after %1 may have been removed.</source>
        <translation>The recorded end of the audit trail is missing: entries after %1 may have been removed.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: they were removed from the end of the trail.</source>
        <translation>Audit entries %1 to %2 are missing: they were removed from the end of the trail.</translation>
    </message>
    <message>
        <source>Audit entries from %1 on were not written by Prihvat: the trail ended at %2.</source>
        <translation>Audit entries from %1 on were not written by Prihvat: the trail ended at %2.</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the last entry Prihvat wrote: it was replaced.</source>
        <translation>Audit entry %1 is not the last entry Prihvat wrote: it was replaced.</translation>
    </message>
    <message>
        <source>The data is locked: names, contact details and protection notes cannot be read or saved until it is unlocked. Nothing was changed.</source>
        <translation>The data is locked: names, contact details and protection notes cannot be read or saved until it is unlocked. Nothing was changed.</translation>
    </message>
    <message>
        <source>A sealed answer of record %1 (&quot;%2&quot;) is damaged.</source>
        <translation>A sealed answer of record %1 (&quot;%2&quot;) is damaged.</translation>
    </message>
    <message>
        <source>Record %1: the answer to &quot;%2&quot; is stored in clear, not sealed.</source>
        <translation>Record %1: the answer to &quot;%2&quot; is stored in clear, not sealed.</translation>
    </message>
    <message>
        <source>Record %1: the sealed answer to &quot;%2&quot; does not open with this key.</source>
        <translation>Record %1: the sealed answer to &quot;%2&quot; does not open with this key.</translation>
    </message>
    <message>
        <source>%1 entries of &quot;%2&quot; hold an identifying or protection answer in clear.</source>
        <translation>%1 entries of &quot;%2&quot; hold an identifying or protection answer in clear.</translation>
    </message>
    <message>
        <source>Saving the reference data from headquarters failed: %1</source>
        <translation>Saving the reference data from headquarters failed: %1</translation>
    </message>
    <message>
        <source>Record %1: its values are not valid JSON; nothing was sealed.</source>
        <translation>Record %1: its values are not valid JSON; nothing was sealed.</translation>
    </message>
    <message>
        <source>This key does not open the sealed answers of this data folder. Nothing was changed.</source>
        <translation>This key does not open the sealed answers of this data folder. Nothing was changed.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s seal does not hold under the current key, so it is not sealed again with the new one.</source>
        <translation>The audit trail&apos;s seal does not hold under the current key, so it is not sealed again with the new one.</translation>
    </message>
    <message>
        <source>The seal of the audit trail is malformed: it was edited outside Prihvat.</source>
        <translation>The seal of the audit trail is malformed: it was edited outside Prihvat.</translation>
    </message>
    <message>
        <source>The seal of the audit trail does not match this data folder&apos;s key: the trail was rewritten outside Prihvat.</source>
        <translation>The seal of the audit trail does not match this data folder&apos;s key: the trail was rewritten outside Prihvat.</translation>
    </message>
    <message>
        <source>The audit trail carries no seal of this data folder&apos;s key: it was removed outside Prihvat, or the trail did not hold when it was to be sealed.</source>
        <translation>The audit trail carries no seal of this data folder&apos;s key: it was removed outside Prihvat, or the trail did not hold when it was to be sealed.</translation>
    </message>
    <message>
        <source>The audit trail no longer holds its sealed entry %1: entries up to it were changed or removed outside Prihvat.</source>
        <translation>The audit trail no longer holds its sealed entry %1: entries up to it were changed or removed outside Prihvat.</translation>
    </message>
    <message>
        <source>Audit entry %1 was added without this data folder&apos;s key, although only a logged-in user writes such entries.</source>
        <translation>Audit entry %1 was added without this data folder&apos;s key, although only a logged-in user writes such entries.</translation>
    </message>
    <message>
        <source>The data folder is locked: log in to keep or open unsaved work.</source>
        <translation>The data folder is locked: log in to keep or open unsaved work.</translation>
    </message>
    <message>
        <source>Keeping unsaved work</source>
        <translation>Keeping unsaved work</translation>
    </message>
    <message>
        <source>Reading unsaved work</source>
        <translation>Reading unsaved work</translation>
    </message>
    <message>
        <source>Discarding unsaved work</source>
        <translation>Discarding unsaved work</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Saving the sync state</source>
        <translation>Saving the sync state</translation>
    </message>
    <message>
        <source>Reading the changes to send</source>
        <translation>Reading the changes to send</translation>
    </message>
    <message>
        <source>Preparing the changes to send</source>
        <translation>Preparing the changes to send</translation>
    </message>
    <message>
        <source>Headquarters answered %1 changes with %2 results.</source>
        <translation>Headquarters answered %1 changes with %2 results.</translation>
    </message>
    <message>
        <source>Saving the answer from headquarters</source>
        <translation>Saving the answer from headquarters</translation>
    </message>
    <message>
        <source>Refused by headquarters without a reason.</source>
        <translation>Refused by headquarters without a reason.</translation>
    </message>
    <message>
        <source>Saving the changes from headquarters</source>
        <translation>Saving the changes from headquarters</translation>
    </message>
    <message>
        <source>Reading the refused changes</source>
        <translation>Reading the refused changes</translation>
    </message>
    <message>
        <source>Reading the conflicts</source>
        <translation>Reading the conflicts</translation>
    </message>
    <message>
        <source>Saving the conflict</source>
        <translation>Saving the conflict</translation>
    </message>
    <message>
        <source>No conflict has the id %1.</source>
        <translation>No conflict has the id %1.</translation>
    </message>
    <message>
        <source>This device is not enrolled with headquarters yet, so it cannot sync.</source>
        <translation>This device is not enrolled with headquarters yet, so it cannot sync.</translation>
    </message>
    <message>
        <source>Log in to sync: this device&apos;s credential for headquarters opens only with a user&apos;s password.</source>
        <translation>Log in to sync: this device&apos;s credential for headquarters opens only with a user&apos;s password.</translation>
    </message>
    <message>
        <source>Log in before enrolling: the device&apos;s credential is kept sealed with the data key.</source>
        <translation>Log in before enrolling: the device&apos;s credential is kept sealed with the data key.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>This form has no such field.</source>
        <translation>This form has no such field.</translation>
    </message>
    <message>
        <source>This is a note; it takes no answer.</source>
        <translation>This is a note; it takes no answer.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>Must be text.</translation>
    </message>
    <message>
        <source>Is too long: %1 characters, at most %2 allowed.</source>
        <translation>Is too long: %1 characters, at most %2 allowed.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Must be a whole number.</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <translation>Must be a number.</translation>
    </message>
    <message>
        <source>Must be a date written as YYYY-MM-DD.</source>
        <translation>Must be a date written as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Must be a date and time in ISO 8601 form.</source>
        <translation>Must be a date and time in ISO 8601 form.</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>Must be true or false.</translation>
    </message>
    <message>
        <source>Must be one of the choices.</source>
        <translation>Must be one of the choices.</translation>
    </message>
    <message>
        <source>Must be a list of different choices.</source>
        <translation>Must be a list of different choices.</translation>
    </message>
    <message>
        <source>Must be the id of a person.</source>
        <translation>Must be the id of a person.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices.</source>
        <translation>&quot;%1&quot; is not one of the choices.</translation>
    </message>
    <message>
        <source>No person with the id %1 is registered.</source>
        <translation>No person with the id %1 is registered.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>Must be between %1 and %2.</translation>
    </message>
    <message>
        <source>Must be on or after %1.</source>
        <translation>Must be on or after %1.</translation>
    </message>
    <message>
        <source>Must be on or before %1.</source>
        <translation>Must be on or before %1.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>Must be at least %1.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>Must be at most %1.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2 characters long.</source>
        <translation>Must be between %1 and %2 characters long.</translation>
    </message>
    <message>
        <source>Must be at least %1 characters long.</source>
        <translation>Must be at least %1 characters long.</translation>
    </message>
    <message>
        <source>Must be at most %1 characters long.</source>
        <translation>Must be at most %1 characters long.</translation>
    </message>
    <message>
        <source>Choose between %1 and %2 options.</source>
        <translation>Choose between %1 and %2 options.</translation>
    </message>
    <message>
        <source>Choose at least %1 options.</source>
        <translation>Choose at least %1 options.</translation>
    </message>
    <message>
        <source>Choose at most %1 options.</source>
        <translation>Choose at most %1 options.</translation>
    </message>
    <message>
        <source>Is not written in the expected form.</source>
        <translation>Is not written in the expected form.</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>Cannot be in the future.</translation>
    </message>
    <message>
        <source>Does not apply, given the other answers.</source>
        <translation>Does not apply, given the other answers.</translation>
    </message>
    <message>
        <source>An answer is required.</source>
        <translation>An answer is required.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Prihvat cannot start</source>
        <translation>Prihvat cannot start</translation>
    </message>
</context>
<context>
    <name>prihvat::AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>Newer</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Older</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>The trail is intact: no entry was changed or removed.</source>
        <translation>The trail is intact: no entry was changed or removed.</translation>
    </message>
    <message>
        <source>The trail is broken at entry %1: %2</source>
        <translation>The trail is broken at entry %1: %2</translation>
    </message>
    <message>
        <source>Entries %1 to %2 of %3 (newest first)</source>
        <translation>Entries %1 to %2 of %3 (newest first)</translation>
    </message>
    <message>
        <source>Data folder created</source>
        <translation>Data folder created</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Record created</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>Record changed</translation>
    </message>
    <message>
        <source>Record deleted</source>
        <translation>Record deleted</translation>
    </message>
    <message>
        <source>Protection details viewed</source>
        <translation>Protection details viewed</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Data exported</translation>
    </message>
    <message>
        <source>Synced with headquarters</source>
        <translation>Synced with headquarters</translation>
    </message>
    <message>
        <source>Records purged</source>
        <translation>Records purged</translation>
    </message>
    <message>
        <source>Demonstration data added</source>
        <translation>Demonstration data added</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Login refused</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>Session locked</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <source>Account locked out</source>
        <translation>Account locked out</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>User added</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>User removed</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Keys destroyed</source>
        <translation>Keys destroyed</translation>
    </message>
    <message>
        <source>Trail found without its seal</source>
        <translation>Trail found without its seal</translation>
    </message>
</context>
<context>
    <name>prihvat::ConflictsPage</name>
    <message>
        <source>Record %1 (not on this device)</source>
        <translation>Record %1 (not on this device)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>this device</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>device %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(no answer)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>not deleted</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflicts to review</translation>
    </message>
    <message>
        <source>Two devices changed the same answer before either had seen the other&apos;s change. The later change was kept everywhere; the other value is kept here so nothing is lost. Choose the value that is right: your choice is saved as an ordinary edit and sent with the next sync.</source>
        <translation>Two devices changed the same answer before either had seen the other&apos;s change. The later change was kept everywhere; the other value is kept here so nothing is lost. Choose the value that is right: your choice is saved as an ordinary edit and sent with the next sync.</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>No conflicts to review.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Kept value</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Kept everywhere</source>
        <translation>Kept everywhere</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Keep this value</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>From %1, %2</translation>
    </message>
    <message>
        <source>The record is not on this device yet; sync first.</source>
        <translation>The record is not on this device yet; sync first.</translation>
    </message>
    <message>
        <source>A deleted record cannot be restored here.</source>
        <translation>A deleted record cannot be restored here.</translation>
    </message>
    <message>
        <source>The record has been deleted; there is nothing to change.</source>
        <translation>The record has been deleted; there is nothing to change.</translation>
    </message>
    <message>
        <source>This version of Prihvat does not know the question &quot;%1&quot;.</source>
        <translation>This version of Prihvat does not know the question &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Kept &quot;%1&quot; for %2. It is sent with the next sync.</source>
        <translation>Kept &quot;%1&quot; for %2. It is sent with the next sync.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Only a protection officer can decide this conflict.</source>
        <translation>Only a protection officer can decide this conflict.</translation>
    </message>
</context>
<context>
    <name>prihvat::DistributionPage</name>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>&amp;Assistance:</source>
        <translation>&amp;Assistance:</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Item:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>Type a name or an id, then press Enter to record</source>
        <translation>Type a name or an id, then press Enter to record</translation>
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
        <translation>Type a name or an id first.</translation>
    </message>
    <message>
        <source>No one matches &quot;%1&quot;. Check the spelling, or register the person on the People page.</source>
        <translation>No one matches &quot;%1&quot;. Check the spelling, or register the person on the People page.</translation>
    </message>
    <message>
        <source>Choose the type of assistance first.</source>
        <translation>Choose the type of assistance first.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already received %2 today (%n time(s)). Press Enter again to record it once more, or choose another person.</source>
        <translation>
            <numerusform>%1 already received %2 today (%n time). Press Enter again to record it once more, or choose another person.</numerusform>
            <numerusform>%1 already received %2 today (%n times). Press Enter again to record it once more, or choose another person.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded: %1 for %2</source>
        <translation>Recorded: %1 for %2</translation>
    </message>
    <message>
        <source>&amp;Recorded in this session: %1</source>
        <translation>&amp;Recorded in this session: %1</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <translation>%1  %2 — %3</translation>
    </message>
    <message>
        <source>Recorded for the wrong person</source>
        <translation>Recorded for the wrong person</translation>
    </message>
    <message>
        <source>Recorded twice</source>
        <translation>Recorded twice</translation>
    </message>
    <message>
        <source>Not handed out</source>
        <translation>Not handed out</translation>
    </message>
    <message>
        <source>Wrong item or quantity</source>
        <translation>Wrong item or quantity</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Double-click an entry to correct it; Delete voids it.</source>
        <translation>Double-click an entry to correct it; Delete voids it.</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Void…</translation>
    </message>
    <message>
        <source>Choose what is handed out, then for each person: type the name, check the match, press Enter. Ctrl+Z takes back the last one.</source>
        <translation>Choose what is handed out, then for each person: type the name, check the match, press Enter. Ctrl+Z takes back the last one.</translation>
    </message>
    <message>
        <source>%1 (void: %2)</source>
        <translation>%1 (void: %2)</translation>
    </message>
    <message>
        <source>Nothing to take back.</source>
        <translation>Nothing to take back.</translation>
    </message>
    <message numerus="yes">
        <source>The last hand-out was recorded more than %n second(s) ago: choose it in the list and use Void… instead.</source>
        <translation>
            <numerusform>The last hand-out was recorded more than %n second ago: choose it in the list and use Void… instead.</numerusform>
            <numerusform>The last hand-out was recorded more than %n seconds ago: choose it in the list and use Void… instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken back: %1 for %2</source>
        <translation>Taken back: %1 for %2</translation>
    </message>
    <message>
        <source>This hand-out is void already.</source>
        <translation>This hand-out is void already.</translation>
    </message>
    <message>
        <source>Void a hand-out</source>
        <translation>Void a hand-out</translation>
    </message>
    <message>
        <source>Why is %1 for %2 void?</source>
        <translation>Why is %1 for %2 void?</translation>
    </message>
    <message>
        <source>Void: %1 for %2 (%3)</source>
        <translation>Void: %1 for %2 (%3)</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nothing yet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Today at %1: %2
This session: %3</source>
        <translation>Today at %1: %2
This session: %3</translation>
    </message>
</context>
<context>
    <name>prihvat::FieldEditor</name>
    <message>
        <source>Filter: type a name</source>
        <translation>Filter: type a name</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>age %1</translation>
    </message>
    <message>
        <source>registered at %1 on %2</source>
        <translation>registered at %1 on %2</translation>
    </message>
</context>
<context>
    <name>prihvat::FormView</name>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Visible to protection officers only</source>
        <translation>Visible to protection officers only</translation>
    </message>
    <message>
        <source>Names and contact details are kept only with the person&apos;s consent.</source>
        <translation>Names and contact details are kept only with the person&apos;s consent.</translation>
    </message>
</context>
<context>
    <name>prihvat::LoginWindow</name>
    <message>
        <source>Prihvat — log in</source>
        <translation>Prihvat — log in</translation>
    </message>
    <message>
        <source>Prihvat</source>
        <translation>Prihvat</translation>
    </message>
    <message>
        <source>Log in to work with the records of this device.</source>
        <translation>Log in to work with the records of this device.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Checking the password…</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
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
        <translation>Site: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Language: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock now: the records are hidden until someone logs in again.</source>
        <translation>Lock now: the records are hidden until someone logs in again.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to sync: %n change(s) in %1</source>
        <translation>
            <numerusform>Waiting to sync: %n change in %1</numerusform>
            <numerusform>Waiting to sync: %n changes in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Respondent:</source>
        <translation>Respondent:</translation>
    </message>
</context>
<context>
    <name>prihvat::PeopleModel</name>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>about %1 years</source>
        <translation>about %1 years</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Name in own script</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>Born / age</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
</context>
<context>
    <name>prihvat::PeoplePage</name>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Type a name or an id (Latin or Arabic script)…</source>
        <translation>Type a name or an id (Latin or Arabic script)…</translation>
    </message>
    <message>
        <source>Register new person</source>
        <translation>Register new person</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) registered on this device.</source>
        <translation>
            <numerusform>%n person registered on this device.</numerusform>
            <numerusform>%n people registered on this device.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one found. Press Enter to register &quot;%1&quot; as a new person.</source>
        <translation>No one found. Press Enter to register &quot;%1&quot; as a new person.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es). Enter opens the first; arrow keys choose.</source>
        <translation>
            <numerusform>%n match. Enter opens the first; arrow keys choose.</numerusform>
            <numerusform>%n matches. Enter opens the first; arrow keys choose.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prihvat::PersonProfilePage</name>
    <message>
        <source>Edit details</source>
        <translation>Edit details</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Screen</translation>
    </message>
    <message>
        <source>Record assistance</source>
        <translation>Record assistance</translation>
    </message>
    <message>
        <source>Request transport</source>
        <translation>Request transport</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Refer</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
</context>
<context>
    <name>prihvat::RecordEditorPage</name>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n answer(s) need attention.</source>
        <translation>
            <numerusform>Not saved: %n answer need attention.</numerusform>
            <numerusform>Not saved: %n answers need attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them before leaving?</source>
        <translation>This record has changes that are not saved. Save them before leaving?</translation>
    </message>
    <message>
        <source>&amp;Respondent&apos;s language:</source>
        <translation>&amp;Respondent&apos;s language:</translation>
    </message>
    <message>
        <source>Your unsaved answers are back. They are not saved yet: Ctrl+S saves them.</source>
        <translation>Your unsaved answers are back. They are not saved yet: Ctrl+S saves them.</translation>
    </message>
</context>
<context>
    <name>prihvat::RecordListModel</name>
    <message>
        <source>There is no form &quot;%1&quot;.</source>
        <translation>There is no form &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Person id: %1</source>
        <translation>Person id: %1</translation>
    </message>
    <message>
        <source>Record id: %1</source>
        <translation>Record id: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>prihvat::RecordListPage</name>
    <message>
        <source>Screenings</source>
        <translation>Screenings</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Transport requests</source>
        <translation>Transport requests</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Starts a new record with today&apos;s date and this site.</source>
        <translation>Starts a new record with today&apos;s date and this site.</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;State:</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Earliest date shown; the first date means no limit.</source>
        <translation>Earliest date shown; the first date means no limit.</translation>
    </message>
    <message>
        <source>Latest date shown; the first date means no limit.</source>
        <translation>Latest date shown; the first date means no limit.</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>The records could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>To&amp;day</translation>
    </message>
    <message>
        <source>What was recorded today at this site</source>
        <translation>What was recorded today at this site</translation>
    </message>
</context>
<context>
    <name>prihvat::RespondentLanguagePicker</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>The respondent&apos;s language, shown beside each question</source>
        <translation>The respondent&apos;s language, shown beside each question</translation>
    </message>
</context>
<context>
    <name>prihvat::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language of the application</source>
        <translation>&amp;Language of the application</translation>
    </message>
    <message>
        <source>&amp;Respondent&apos;s language, shown beside each question</source>
        <translation>&amp;Respondent&apos;s language, shown beside each question</translation>
    </message>
    <message>
        <source>Lock after this many &amp;idle minutes</source>
        <translation>Lock after this many &amp;idle minutes</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Site %1 (%2) · device %3 · data in %4</source>
        <translation>Site %1 (%2) · device %3 · data in %4</translation>
    </message>
</context>
<context>
    <name>prihvat::SetupDialog</name>
    <message>
        <source>Set up this device</source>
        <translation>Set up this device</translation>
    </message>
    <message>
        <source>This laptop has no Prihvat data yet. Choose the site it works at; its records will be kept in %1.</source>
        <translation>This laptop has no Prihvat data yet. Choose the site it works at; its records will be kept in %1.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <source>The data folder %1 has no user yet. Create its administrator.</source>
        <translation>The data folder %1 has no user yet. Create its administrator.</translation>
    </message>
    <message>
        <source>The first user is the administrator, who adds the other users. Choose a user name and a password of at least %1 characters; it cannot be recovered.</source>
        <translation>The first user is the administrator, who adds the other users. Choose a user name and a password of at least %1 characters; it cannot be recovered.</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation>Administrator&apos;s user name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>prihvat::SyncClient</name>
    <message>
        <source>The answer from headquarters arrived damaged.</source>
        <translation>The answer from headquarters arrived damaged.</translation>
    </message>
    <message>
        <source>Headquarters did not answer in time.</source>
        <translation>Headquarters did not answer in time.</translation>
    </message>
    <message>
        <source>Headquarters cannot be reached (%1).</source>
        <translation>Headquarters cannot be reached (%1).</translation>
    </message>
    <message>
        <source>The answer from headquarters was cut off (%1).</source>
        <translation>The answer from headquarters was cut off (%1).</translation>
    </message>
    <message>
        <source>Headquarters refused this device&apos;s credential: it may have been revoked. Ask headquarters to enrol the device again.</source>
        <translation>Headquarters refused this device&apos;s credential: it may have been revoked. Ask headquarters to enrol the device again.</translation>
    </message>
    <message>
        <source>Headquarters found the request too large.</source>
        <translation>Headquarters found the request too large.</translation>
    </message>
    <message>
        <source>Headquarters is busy and asked this device to wait.</source>
        <translation>Headquarters is busy and asked this device to wait.</translation>
    </message>
    <message>
        <source>Headquarters has a problem (HTTP %1).</source>
        <translation>Headquarters has a problem (HTTP %1).</translation>
    </message>
    <message>
        <source>Headquarters refused the request (HTTP %1). Sync stopped; ask headquarters for help.</source>
        <translation>Headquarters refused the request (HTTP %1). Sync stopped; ask headquarters for help.</translation>
    </message>
    <message>
        <source>Headquarters refused the request (HTTP %1: %2). Sync stopped; ask headquarters for help.</source>
        <translation>Headquarters refused the request (HTTP %1: %2). Sync stopped; ask headquarters for help.</translation>
    </message>
    <message>
        <source>Too many enrolment attempts; try again in %1 seconds.</source>
        <translation>Too many enrolment attempts; try again in %1 seconds.</translation>
    </message>
    <message>
        <source>Too many enrolment attempts; try again later.</source>
        <translation>Too many enrolment attempts; try again later.</translation>
    </message>
    <message>
        <source>Too large for headquarters to accept.</source>
        <translation>Too large for headquarters to accept.</translation>
    </message>
    <message>
        <source>The enrolment code is wrong, already used or expired. Ask headquarters for a new one.</source>
        <translation>The enrolment code is wrong, already used or expired. Ask headquarters for a new one.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>%1 Gave up after %n attempt.</numerusform>
            <numerusform>%1 Gave up after %n attempts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s); your changes are kept for the next sync.</source>
        <translation>
            <numerusform>%1 Gave up after %n attempt; your changes are kept for the next sync.</numerusform>
            <numerusform>%1 Gave up after %n attempts; your changes are kept for the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Your changes are kept and sync will try again.</source>
        <translation>%1 Your changes are kept and sync will try again.</translation>
    </message>
    <message>
        <source>A sync is under way; enrol when it is done.</source>
        <translation>A sync is under way; enrol when it is done.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; it looks like https://hq.example.org.</source>
        <translation>&quot;%1&quot; is not a server address; it looks like https://hq.example.org.</translation>
    </message>
    <message>
        <source>The enrolment code is empty.</source>
        <translation>The enrolment code is empty.</translation>
    </message>
    <message>
        <source>Headquarters answered the enrolment with something this device cannot read.</source>
        <translation>Headquarters answered the enrolment with something this device cannot read.</translation>
    </message>
    <message>
        <source>This device is not enrolled with headquarters yet, so it cannot sync.</source>
        <translation>This device is not enrolled with headquarters yet, so it cannot sync.</translation>
    </message>
    <message>
        <source>Enrolment was cancelled.</source>
        <translation>Enrolment was cancelled.</translation>
    </message>
    <message>
        <source>Sync was stopped before it finished. Your changes are kept.</source>
        <translation>Sync was stopped before it finished. Your changes are kept.</translation>
    </message>
    <message>
        <source>The answer from headquarters could not be read.</source>
        <translation>The answer from headquarters could not be read.</translation>
    </message>
    <message>
        <source>No network access is available to reach headquarters.</source>
        <translation>No network access is available to reach headquarters.</translation>
    </message>
    <message>
        <source>Headquarters did not show the certificate this device was enrolled with, so nothing was sent. Someone may be intercepting the connection; tell headquarters.</source>
        <translation>Headquarters did not show the certificate this device was enrolled with, so nothing was sent. Someone may be intercepting the connection; tell headquarters.</translation>
    </message>
    <message>
        <source>This device talks to headquarters only over https with the certificate it was enrolled with, and the server address is not https. Nothing was sent.</source>
        <translation>This device talks to headquarters only over https with the certificate it was enrolled with, and the server address is not https. Nothing was sent.</translation>
    </message>
    <message>
        <source>The part of the enrolment code after &quot;@&quot; is damaged; copy the whole code from headquarters again.</source>
        <translation>The part of the enrolment code after &quot;@&quot; is damaged; copy the whole code from headquarters again.</translation>
    </message>
    <message>
        <source>This enrolment code is for a server with a certificate: its address must start with https://.</source>
        <translation>This enrolment code is for a server with a certificate: its address must start with https://.</translation>
    </message>
    <message>
        <source>Headquarters has revoked this device: it may no longer sync. Ask headquarters what to do.</source>
        <translation>Headquarters has revoked this device: it may no longer sync. Ask headquarters what to do.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a plain http address: the device&apos;s credential and every answer would cross the network readable by anyone on the way. Use the https address of headquarters.</source>
        <translation>&quot;%1&quot; is a plain http address: the device&apos;s credential and every answer would cross the network readable by anyone on the way. Use the https address of headquarters.</translation>
    </message>
</context>
<context>
    <name>prihvat::SyncPage</name>
    <message>
        <source>Sync with headquarters</source>
        <translation>Sync with headquarters</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Headquarters</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Changes waiting to be sent</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflicts to review</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Done: %1 sent, %2 received, %3 new conflicts, %4 refused.</source>
        <translation>Done: %1 sent, %2 received, %3 new conflicts, %4 refused.</translation>
    </message>
    <message>
        <source>Not finished: %1</source>
        <translation>Not finished: %1</translation>
    </message>
    <message>
        <source>This device is not enrolled yet. Ask headquarters for a one-time code, then run: prihvat-cli enroll --server ADDRESS --code CODE</source>
        <translation>This device is not enrolled yet. Ask headquarters for a one-time code, then run: prihvat-cli enroll --server ADDRESS --code CODE</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Sync is not available in this window.</source>
        <translation>Sync is not available in this window.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>Sending changes…</translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation>Receiving changes…</translation>
    </message>
    <message>
        <source>Waiting to try again…</source>
        <translation>Waiting to try again…</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(no answer)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Changes headquarters refused (%1)</source>
        <translation>Changes headquarters refused (%1)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>prihvat::TransportBoardPage</name>
    <message>
        <source>Transport requests</source>
        <translation>Transport requests</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;New request</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Depart (in transit)</source>
        <translation>&amp;Depart (in transit)</translation>
    </message>
    <message>
        <source>Co&amp;mplete (arrived)</source>
        <translation>Co&amp;mplete (arrived)</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>&amp;Cancel request</translation>
    </message>
    <message>
        <source>Approve the selected request.</source>
        <translation>Approve the selected request.</translation>
    </message>
    <message>
        <source>The vehicle has left with the selected request&apos;s people.</source>
        <translation>The vehicle has left with the selected request&apos;s people.</translation>
    </message>
    <message>
        <source>The people of the selected request have arrived.</source>
        <translation>The people of the selected request have arrived.</translation>
    </message>
    <message>
        <source>Cancel the selected request. A reason can be added by opening it.</source>
        <translation>Cancel the selected request. A reason can be added by opening it.</translation>
    </message>
    <message>
        <source>Select a request with the arrow keys (left and right change column); Enter opens it. The buttons move it to its next state.</source>
        <translation>Select a request with the arrow keys (left and right change column); Enter opens it. The buttons move it to its next state.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Request %1</translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation>The requests could not be read: %1</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Selected: %1</translation>
    </message>
    <message>
        <source>No request selected.</source>
        <translation>No request selected.</translation>
    </message>
    <message>
        <source>This transport request no longer exists.</source>
        <translation>This transport request no longer exists.</translation>
    </message>
    <message>
        <source>The request for %1 is &quot;%2&quot; and cannot become &quot;%3&quot;.</source>
        <translation>The request for %1 is &quot;%2&quot; and cannot become &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The request for %1 is now &quot;%2&quot;.</source>
        <translation>The request for %1 is now &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
</context>
<context>
    <name>prihvat::UserDialog</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>Change the role of %1</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>prihvat::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>The people who can log in on this device. Only protection officers see protection details; an account locked after wrong passwords opens again when you unlock it.</source>
        <translation>The people who can log in on this device. Only protection officers see protection details; an account locked after wrong passwords opens again when you unlock it.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Wrong passwords</source>
        <translation>Wrong passwords</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>Add a user…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>New password…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Locked out</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>%1 was added as %2.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation>%1 has a new password.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 can log in again.</translation>
    </message>
    <message>
        <source>Remove a user</source>
        <translation>Remove a user</translation>
    </message>
    <message>
        <source>Remove %1? They will no longer be able to log in on this device. This cannot be undone.</source>
        <translation>Remove %1? They will no longer be able to log in on this device. This cannot be undone.</translation>
    </message>
    <message>
        <source>%1 was not removed.</source>
        <translation>%1 was not removed.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 was removed.</translation>
    </message>
</context>
</TS>
