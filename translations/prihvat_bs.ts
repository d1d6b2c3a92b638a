<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bs">
<context>
    <name>Accounts</name>
    <message>
        <source>Only an administrator can manage users.</source>
        <translation>Samo administrator može upravljati korisnicima.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. An administrator can unlock it.</source>
        <translation>Ovaj korisnički račun je zaključan nakon previše pogrešnih lozinki. Administrator ga može otključati.</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>Korisničko ime ili lozinka nisu ispravni.</translation>
    </message>
    <message>
        <source>The keys of this data folder were destroyed (the device was revoked). Nothing in it can be opened any more.</source>
        <translation>Ključevi ovog foldera s podacima su uništeni (uređaj je opozvan). Ništa u njemu se više ne može otvoriti.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a user name: use 1 to 64 letters, digits, dots, hyphens or underscores.</source>
        <translation>&quot;%1&quot; ne može biti korisničko ime: koristite od 1 do 64 slova, cifre, tačke, crtice ili donje crte.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Lozinka mora imati najmanje %1 znakova.</translation>
    </message>
    <message>
        <source>A password can have at most 1024 characters.</source>
        <translation>Lozinka može imati najviše 1024 znaka.</translation>
    </message>
    <message>
        <source>Reading the users</source>
        <translation>Čitanje korisnika</translation>
    </message>
    <message>
        <source>The user %1 has an unknown role &quot;%2&quot;.</source>
        <translation>Korisnik %1 ima nepoznatu ulogu &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Saving the user</source>
        <translation>Čuvanje korisnika</translation>
    </message>
    <message>
        <source>This data folder already has users; an administrator adds new ones.</source>
        <translation>Ovaj folder s podacima već ima korisnike; nove korisnike dodaje administrator.</translation>
    </message>
    <message>
        <source>The stored password of the user %1 is damaged.</source>
        <translation>Sačuvana lozinka korisnika %1 je oštećena.</translation>
    </message>
    <message>
        <source>Recording the login</source>
        <translation>Bilježenje prijave</translation>
    </message>
    <message>
        <source>The data key of the user %1 is damaged and does not open.</source>
        <translation>Ključ podataka korisnika %1 je oštećen i ne može se otvoriti.</translation>
    </message>
    <message>
        <source>There is already a user %1.</source>
        <translation>Korisnik %1 već postoji.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Korisnik %1 ne postoji.</translation>
    </message>
    <message>
        <source>%1 is the last administrator and cannot be removed.</source>
        <translation>%1 je posljednji administrator i ne može se ukloniti.</translation>
    </message>
    <message>
        <source>Removing the user</source>
        <translation>Uklanjanje korisnika</translation>
    </message>
    <message>
        <source>%1 is the last administrator; make another user an administrator first.</source>
        <translation>%1 je posljednji administrator; prvo dodijelite ulogu administratora drugom korisniku.</translation>
    </message>
    <message>
        <source>Only an administrator can set the password of another user.</source>
        <translation>Samo administrator može postaviti lozinku drugom korisniku.</translation>
    </message>
    <message>
        <source>Saving the new password</source>
        <translation>Čuvanje nove lozinke</translation>
    </message>
    <message>
        <source>Destroying the keys</source>
        <translation>Uništavanje ključeva</translation>
    </message>
    <message>
        <source>The keys were destroyed, but another program holds the database open, so old copies may remain in its log until it closes.</source>
        <translation>Ključevi su uništeni, ali drugi program drži bazu podataka otvorenom, pa stare kopije mogu ostati u njenom dnevniku dok se program ne zatvori.</translation>
    </message>
    <message>
        <source>The password of this user is hashed with &quot;%1&quot;, which this version does not accept.</source>
        <translation>Lozinka ovog korisnika je heširana algoritmom &quot;%1&quot;, koji ova verzija ne prihvata.</translation>
    </message>
    <message>
        <source>The stored password parameters of this user are weaker than the minimum; the account is refused. An administrator must set a new password.</source>
        <translation>Parametri sačuvane lozinke ovog korisnika slabiji su od minimalnih; račun je odbijen. Administrator mora postaviti novu lozinku.</translation>
    </message>
    <message>
        <source>The stored password parameters of this user are out of range; the account is refused.</source>
        <translation>Parametri sačuvane lozinke ovog korisnika su izvan dozvoljenog opsega; račun je odbijen.</translation>
    </message>
    <message>
        <source>The stored password salt of this user is damaged.</source>
        <translation>Salt sačuvane lozinke ovog korisnika je oštećen.</translation>
    </message>
    <message>
        <source>There is not enough memory to check the password (Argon2id needs %1 MiB).</source>
        <translation>Nema dovoljno memorije za provjeru lozinke (Argon2id treba %1 MiB).</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>mobile team</source>
        <translation>mobilni tim</translation>
    </message>
    <message>
        <source>reception desk</source>
        <translation>recepcija</translation>
    </message>
    <message>
        <source>protection officer</source>
        <translation>službenik za zaštitu</translation>
    </message>
    <message>
        <source>Your access to the data is being renewed: another user of this data folder must log in first.</source>
        <translation>Vaš pristup podacima se obnavlja: prvo se mora prijaviti neki drugi korisnik ovog foldera s podacima.</translation>
    </message>
    <message>
        <source>The recovery secret is not right.</source>
        <translation>Tajna za oporavak nije ispravna.</translation>
    </message>
    <message>
        <source>This data folder has no recovery secret.</source>
        <translation>Ovaj folder s podacima nema tajnu za oporavak.</translation>
    </message>
    <message>
        <source>Only an administrator&apos;s account can be recovered with the recovery secret.</source>
        <translation>Tajnom za oporavak može se vratiti samo račun administratora.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;prihvat-cli --help&quot; for the commands.</source>
        <translation>Pokrenite &quot;prihvat-cli --help&quot; za popis komandi.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 nije moguće pročitati: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; a record is never that large.</source>
        <translation>%1 je veći od 16 MiB; zapis nikada nije toliko velik.</translation>
    </message>
    <message>
        <source>The input is larger than 16 MiB; a record is never that large.</source>
        <translation>Ulaz je veći od 16 MiB; zapis nikada nije toliko velik.</translation>
    </message>
    <message>
        <source>The input is not valid JSON (%1 at byte %2).</source>
        <translation>Ulaz nije ispravan JSON (%1 na bajtu %2).</translation>
    </message>
    <message>
        <source>The input must be a JSON object of field names and values.</source>
        <translation>Ulaz mora biti JSON objekat s nazivima polja i vrijednostima.</translation>
    </message>
    <message>
        <source>The site code of this device (see the reference data).</source>
        <translation>Šifra lokacije ovog uređaja (vidi referentne podatke).</translation>
    </message>
    <message>
        <source>Initialised %1 for site %2; device %3.</source>
        <translation>Folder %1 je pripremljen za lokaciju %2; uređaj %3.</translation>
    </message>
    <message>
        <source>The record&apos;s values as a JSON object, from FILE or - for standard input.</source>
        <translation>Vrijednosti zapisa kao JSON objekat, iz datoteke FILE ili - za standardni ulaz.</translation>
    </message>
    <message>
        <source>The form id: person, screening, assistance, transport, referral.</source>
        <translation>ID obrasca: person, screening, assistance, transport, referral.</translation>
    </message>
    <message>
        <source>Usage: add FORM --json FILE</source>
        <translation>Upotreba: add FORM --json FILE</translation>
    </message>
    <message>
        <source>The fields to change as a JSON object, from FILE or - for standard input.</source>
        <translation>Polja koja se mijenjaju, kao JSON objekat, iz datoteke FILE ili - za standardni ulaz.</translation>
    </message>
    <message>
        <source>The record id.</source>
        <translation>ID zapisa.</translation>
    </message>
    <message>
        <source>Usage: update ID --json FILE</source>
        <translation>Upotreba: update ID --json FILE</translation>
    </message>
    <message>
        <source>Usage: delete ID</source>
        <translation>Upotreba: delete ID</translation>
    </message>
    <message>
        <source>Usage: get ID</source>
        <translation>Upotreba: get ID</translation>
    </message>
    <message>
        <source>No record has the id %1.</source>
        <translation>Nema zapisa s ID-om %1.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>Print the records as a JSON array.</source>
        <translation>Ispiši zapise kao JSON niz.</translation>
    </message>
    <message>
        <source>At most N records (default 1000).</source>
        <translation>Najviše N zapisa (podrazumijevano 1000).</translation>
    </message>
    <message>
        <source>Skip the first N records.</source>
        <translation>Preskoči prvih N zapisa.</translation>
    </message>
    <message>
        <source>The form id.</source>
        <translation>ID obrasca.</translation>
    </message>
    <message>
        <source>Usage: list FORM [--json] [--limit N] [--offset N]</source>
        <translation>Upotreba: list FORM [--json] [--limit N] [--offset N]</translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;. The forms are: %2</source>
        <translation>Nepoznat obrazac &quot;%1&quot;. Postojeći obrasci: %2</translation>
    </message>
    <message>
        <source>Usage: count FORM</source>
        <translation>Upotreba: count FORM</translation>
    </message>
    <message>
        <source>OK: %1; %2 changes waiting to sync.</source>
        <translation>U redu: %1; promjena koje čekaju sinhronizaciju: %2.</translation>
    </message>
    <message>
        <source>How many persons to create.</source>
        <translation>Broj osoba koje treba kreirati.</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same data.</source>
        <translation>Početna vrijednost generatora slučajnih brojeva: ista vrijednost daje iste podatke.</translation>
    </message>
    <message>
        <source>Usage: seed --persons N [--seed S], N from 1 to 10,000,000</source>
        <translation>Upotreba: seed --persons N [--seed S], N od 1 do 10.000.000</translation>
    </message>
    <message>
        <source>Seeded %1 records (%2 persons) in %3 s: %4 records per second.</source>
        <translation>Generisano zapisa: %1 (osoba: %2) za %3 s; brzina: %4 zapisa u sekundi.</translation>
    </message>
    <message>
        <source>The headquarters address, such as https://hq.example.org.</source>
        <translation>Adresa sjedišta, npr. https://hq.example.org.</translation>
    </message>
    <message>
        <source>The one-time enrolment code from headquarters.</source>
        <translation>Jednokratni kod za prijavu uređaja dobijen od sjedišta.</translation>
    </message>
    <message>
        <source>A name for this device (default: the computer&apos;s name).</source>
        <translation>Naziv ovog uređaja (podrazumijevano: naziv računara).</translation>
    </message>
    <message>
        <source>Usage: enroll --server URL --code CODE [--name NAME]</source>
        <translation>Upotreba: enroll --server URL --code CODE [--name NAME]</translation>
    </message>
    <message>
        <source>Enrolled with %1 as device %2 for sites %3.</source>
        <translation>Uređaj je prijavljen u sjedištu %1 pod ID-om %2 za lokacije %3.</translation>
    </message>
    <message>
        <source>Send each request at most N times when the server cannot be reached (default 4).</source>
        <translation>Pošalji svaki zahtjev najviše N puta kada server nije dostupan (podrazumijevano 4).</translation>
    </message>
    <message>
        <source>Give up on a request after S seconds without an answer (default 30).</source>
        <translation>Odustani od zahtjeva nakon S sekundi bez odgovora (podrazumijevano 30).</translation>
    </message>
    <message>
        <source>Print the counts as a JSON object.</source>
        <translation>Ispiši brojeve kao JSON objekat.</translation>
    </message>
    <message>
        <source>Usage: sync [--attempts N] [--timeout S] [--json]</source>
        <translation>Upotreba: sync [--attempts N] [--timeout S] [--json]</translation>
    </message>
    <message>
        <source>This data folder is not enrolled with headquarters. Run &quot;prihvat-cli enroll --server URL --code CODE&quot; first.</source>
        <translation>Ovaj folder s podacima nije prijavljen u sjedištu. Prvo pokrenite &quot;prihvat-cli enroll --server URL --code CODE&quot;.</translation>
    </message>
    <message>
        <source>Attempt %1 failed: %2 Trying again in %3 s.</source>
        <translation>Pokušaj %1 nije uspio: %2 Novi pokušaj za %3 s.</translation>
    </message>
    <message>
        <source>Pushed %1, pulled %2, conflicts %3, rejected %4.</source>
        <translation>Poslano: %1, preuzeto: %2, konflikti: %3, odbijeno: %4.</translation>
    </message>
    <message>
        <source>%1 changes are kept on this device and will be sent by the next sync.</source>
        <translation>Promjene koje ostaju na ovom uređaju i bit će poslane pri sljedećoj sinhronizaciji: %1.</translation>
    </message>
    <message>
        <source>The data folder (default: %1).</source>
        <translation>Folder s podacima (podrazumijevano: %1).</translation>
    </message>
    <message>
        <source>The language of messages: en, bs, ar, fa, ps, ur, fr.</source>
        <translation>Jezik poruka: en, bs, ar, fa, ps, ur, fr.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Šta uraditi (vidi gore).</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of en, bs, ar, fa, ps, ur, fr.</source>
        <translation>Nepoznat jezik &quot;%1&quot;; koristite jedan od ovih: en, bs, ar, fa, ps, ur, fr.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Komanda nije navedena.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Nepoznata komanda &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Audit trail: %1 entries, hash chain intact.</source>
        <translation>Revizijski trag (broj unosa: %1): lanac heševa je neoštećen.</translation>
    </message>
    <message>
        <source>Print the entries as a JSON array.</source>
        <translation>Ispiši unose kao JSON niz.</translation>
    </message>
    <message>
        <source>At most N entries, newest first (default 100).</source>
        <translation>Najviše N unosa, najnoviji prvi (podrazumijevano 100).</translation>
    </message>
    <message>
        <source>Usage: audit [--limit N] [--json]</source>
        <translation>Upotreba: audit [--limit N] [--json]</translation>
    </message>
    <message>
        <source>No password given: set %1 or run the command in a terminal.</source>
        <translation>Lozinka nije navedena: postavite %1 ili pokrenite komandu u terminalu.</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Ponovite istu lozinku: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Dvije lozinke se razlikuju; ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>This data folder has no user yet. Create its administrator first: prihvat-cli --data-dir DIR user add NAME --role admin</source>
        <translation>Ovaj folder s podacima još nema korisnika. Prvo kreirajte njegovog administratora: prihvat-cli --data-dir DIR user add NAME --role admin</translation>
    </message>
    <message>
        <source>Give --user NAME: every command on this data folder needs a user and their password (from %1 or typed when asked).</source>
        <translation>Navedite --user NAME: svaka komanda nad ovim folderom s podacima zahtijeva korisnika i njegovu lozinku (iz %1 ili upisanu kada se zatraži).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Lozinka za %1: </translation>
    </message>
    <message>
        <source>The administrator to create (password from PRIHVAT_PASSWORD, or asked twice).</source>
        <translation>Administrator kojeg treba kreirati (lozinka iz PRIHVAT_PASSWORD ili se traži dvaput).</translation>
    </message>
    <message>
        <source>init needs --site CODE and --user NAME.</source>
        <translation>init zahtijeva --site CODE i --user NAME.</translation>
    </message>
    <message>
        <source>A password for the administrator %1: </source>
        <translation>Lozinka za administratora %1: </translation>
    </message>
    <message>
        <source>Only a protection officer can see or change %1. Nothing was saved.</source>
        <translation>Samo službenik za zaštitu može vidjeti ili mijenjati %1. Ništa nije sačuvano.</translation>
    </message>
    <message>
        <source>Only an administrator can read the audit trail.</source>
        <translation>Samo administrator može čitati revizijski trag.</translation>
    </message>
    <message>
        <source>Reference data from headquarters: %1 changes.</source>
        <translation>Promjene referentnih podataka iz sjedišta: %1.</translation>
    </message>
    <message>
        <source>The role: admin, mobile, desk or protection.</source>
        <translation>Uloga: admin, mobile, desk ili protection.</translation>
    </message>
    <message>
        <source>Print the users as a JSON array.</source>
        <translation>Ispiši korisnike kao JSON niz.</translation>
    </message>
    <message>
        <source>add, list, passwd, remove, role or unlock.</source>
        <translation>add, list, passwd, remove, role ili unlock.</translation>
    </message>
    <message>
        <source>Usage: user add NAME --role ROLE | user list [--json] | user passwd [NAME] | user remove NAME | user role NAME ROLE | user unlock NAME</source>
        <translation>Upotreba: user add NAME --role ROLE | user list [--json] | user passwd [NAME] | user remove NAME | user role NAME ROLE | user unlock NAME</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use one of %2.</source>
        <translation>Nepoznata uloga &quot;%1&quot;; koristite jednu od ovih: %2.</translation>
    </message>
    <message>
        <source>This data folder has no user yet: the first one must be an administrator (--role admin).</source>
        <translation>Ovaj folder s podacima još nema korisnika: prvi korisnik mora biti administrator (--role admin).</translation>
    </message>
    <message>
        <source>A password for %1: </source>
        <translation>Lozinka za %1: </translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Dodan korisnik %1 (%2).</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>zaključan</translation>
    </message>
    <message>
        <source>A new password for %1: </source>
        <translation>Nova lozinka za %1: </translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Lozinka korisnika %1 je promijenjena.</translation>
    </message>
    <message>
        <source>Removed %1; their key to this data folder is destroyed.</source>
        <translation>Korisnik %1 je uklonjen; njegov ključ za ovaj folder s podacima je uništen.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>Korisnik %1 sada ima ulogu: %2.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>Korisnik %1 se ponovo može prijaviti.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>CSV datoteka u koju se upisuje.</translation>
    </message>
    <message>
        <source>Usage: export --form FORM --out FILE</source>
        <translation>Upotreba: export --form FORM --out FILE</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 nije moguće upisati: %2</translation>
    </message>
    <message>
        <source>Exported %1 records of %2 to %3.</source>
        <translation>Izvezeni zapisi obrasca %2 (broj: %1) u %3.</translation>
    </message>
    <message>
        <source>%1 protection-sensitive fields were left out (protection officers only).</source>
        <translation>Izostavljena osjetljiva polja o zaštiti (samo za službenike za zaštitu): %1.</translation>
    </message>
    <message>
        <source>Who is working: every command on a data folder needs a user and their password (from PRIHVAT_PASSWORD, or typed when asked).</source>
        <translation>Ko radi: svaka komanda nad folderom s podacima zahtijeva korisnika i njegovu lozinku (iz PRIHVAT_PASSWORD ili upisanu kada se zatraži).</translation>
    </message>
    <message>
        <source>The keys of this data folder are destroyed: its records can no longer be opened by anyone.</source>
        <translation>Ključevi ovog foldera s podacima su uništeni: niko više ne može otvoriti njegove zapise.</translation>
    </message>
    <message>
        <source>Removed %1 records past their retention period.</source>
        <translation>Uklonjeno je %1 zapisa kojima je istekao rok čuvanja.</translation>
    </message>
    <message>
        <source>Load form definitions from DIR instead of the built-in ones; their forms, fields and sensitivities must be the built-in ones.</source>
        <translation>Učitaj definicije obrazaca iz DIR umjesto ugrađenih; njihovi obrasci, polja i osjetljivost moraju biti isti kao ugrađeni.</translation>
    </message>
    <message>
        <source>Allow a plain http server address that is not on this computer (for tests only: the credential and the data would cross the network readable).</source>
        <translation>Dozvoli običnu http adresu servera koji nije na ovom računaru (samo za testove: pristupni podaci i podaci bi kroz mrežu prolazili čitljivi).</translation>
    </message>
    <message>
        <source>Recovery secret of this data folder, shown only this once (write it down or print it, and keep it apart from this laptop): %1</source>
        <translation>Tajna za oporavak ovog foldera s podacima, prikazana samo ovaj put (zapišite je ili odštampajte i čuvajte odvojeno od ovog laptopa): %1</translation>
    </message>
    <message>
        <source>Usage: --user NAME recover</source>
        <translation>Upotreba: --user NAME recover</translation>
    </message>
    <message>
        <source>Recovery secret: </source>
        <translation>Tajna za oporavak: </translation>
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
        <translation>Prihvat komandna linija: operacije bez grafičkog sučelja nad folderom s podacima.

Komande:
  init --site CODE --user NAME  kreira folder s podacima uređaja na lokaciji i njegovog
                              administratora
  add FORM --json FILE|-      provjerava i čuva novi zapis; ispisuje njegov ID
  update ID --json FILE|-     mijenja navedena polja zapisa
  delete ID                   briše zapis (čuva se oznaka brisanja)
  get ID                      ispisuje zapis kao JSON
  list FORM [--json]          izlistava aktivne zapise obrasca
  count FORM                  broji aktivne zapise obrasca
  verify                      provjerava integritet, dosljednost i revizijski trag
  audit [--limit N] [--json]  ispisuje revizijski trag, najnoviji unosi prvi
  seed --persons N [--seed S] dodaje realistične sintetičke podatke
  forms                       izlistava obrasce
  enroll --server URL --code CODE  prijavljuje ovaj uređaj u sjedištu
  sync [--json]               šalje promjene koje čekaju i preuzima nove
  export --form FORM --out FILE  upisuje aktivne zapise obrasca u CSV
  user add NAME --role ROLE   dodaje korisnika (admin, mobile, desk, protection)
  user list | passwd [NAME] | remove NAME | role NAME ROLE | unlock NAME
  recover                     nova lozinka za administratora --user NAME, pomoću
                              tajne za oporavak prikazane pri init (PRIHVAT_RECOVERY)

Svaka komanda nad folderom s podacima zahtijeva --user NAME (prije komande) i
lozinku, iz PRIHVAT_PASSWORD ili upisanu kada se zatraži; lozinka novog korisnika
uzima se iz PRIHVAT_NEW_PASSWORD ili se traži dvaput.

Izlazni kodovi: 0 završeno, 1 neuspjeh, 2 neispravan ulaz (ništa nije promijenjeno).</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Set-up was cancelled.</source>
        <translation>Podešavanje je otkazano.</translation>
    </message>
    <message>
        <source>The data folder %1 is not set up.</source>
        <translation>Folder s podacima %1 nije podešen.</translation>
    </message>
    <message>
        <source>The keys of this data folder were destroyed because headquarters revoked this device. Its records cannot be opened any more.</source>
        <translation>Ključevi ovog foldera s podacima su uništeni jer je sjedište opozvalo ovaj uređaj. Njegovi zapisi se više ne mogu otvoriti.</translation>
    </message>
    <message>
        <source>This data folder has no administrator yet. Start Prihvat without options to create one.</source>
        <translation>Ovaj folder s podacima još nema administratora. Pokrenite Prihvat bez opcija da ga kreirate.</translation>
    </message>
    <message>
        <source>The session was locked. Log in to go on.</source>
        <translation>Sesija je zaključana. Prijavite se da nastavite.</translation>
    </message>
    <message>
        <source>This device was revoked</source>
        <translation>Ovaj uređaj je opozvan</translation>
    </message>
    <message>
        <source>The keys of this data folder are destroyed now: its records can no longer be opened by anyone.</source>
        <translation>Ključevi ovog foldera s podacima sada se uništavaju: niko više neće moći otvoriti njegove zapise.</translation>
    </message>
    <message>
        <source>Recovery secret</source>
        <translation>Tajna za oporavak</translation>
    </message>
    <message>
        <source>Write down or print this recovery secret and keep it apart from this laptop. With it, an administrator who forgot their password can set a new one (prihvat-cli recover). It is shown only this once.

%1</source>
        <translation>Zapišite ili odštampajte ovu tajnu za oporavak i čuvajte je odvojeno od ovog laptopa. Pomoću nje administrator koji je zaboravio lozinku može postaviti novu (prihvat-cli recover). Prikazuje se samo ovaj put.

%1</translation>
    </message>
    <message>
        <source>You were filling in “%1” when the session was locked. It is not saved yet.</source>
        <translation>Popunjavali ste „%1” kada je sesija zaključana. Još nije sačuvano.</translation>
    </message>
    <message>
        <source>You were filling in “%1” for %2 when the session was locked. It is not saved yet.</source>
        <translation>Popunjavali ste „%1” za %2 kada je sesija zaključana. Još nije sačuvano.</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>Nesačuvan rad</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Nastavi</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odbaci</translation>
    </message>
    <message>
        <source>The record of this unsaved work no longer exists here.</source>
        <translation>Zapis ovog nesačuvanog rada ovdje više ne postoji.</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>malformed number &apos;%1&apos; at position %2</source>
        <translation>neispravan broj &apos;%1&apos; na poziciji %2</translation>
    </message>
    <message>
        <source>number out of range at position %1</source>
        <translation>broj izvan dozvoljenog opsega na poziciji %1</translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos; at position %2</source>
        <translation>neispravna izlazna sekvenca &apos;\%1&apos; na poziciji %2</translation>
    </message>
    <message>
        <source>unterminated string at position %1</source>
        <translation>nezatvoren tekstualni niz na poziciji %1</translation>
    </message>
    <message>
        <source>expected &apos;{&apos; after &apos;$&apos; at position %1</source>
        <translation>očekuje se &apos;{&apos; iza &apos;$&apos; na poziciji %1</translation>
    </message>
    <message>
        <source>unterminated field reference at position %1</source>
        <translation>nezatvorena referenca na polje na poziciji %1</translation>
    </message>
    <message>
        <source>invalid field name &apos;%1&apos; at position %2</source>
        <translation>neispravan naziv polja &apos;%1&apos; na poziciji %2</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; at position %2</source>
        <translation>neočekivan znak &apos;%1&apos; na poziciji %2</translation>
    </message>
    <message>
        <source>unexpected end of expression</source>
        <translation>neočekivan kraj izraza</translation>
    </message>
    <message>
        <source>unexpected string %1 at position %2</source>
        <translation>neočekivan tekstualni niz %1 na poziciji %2</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>neočekivano &apos;%1&apos; na poziciji %2</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes no arguments, got %2 at position %3</source>
        <translation>funkcija &apos;%1&apos; ne prima argumente (navedeno: %2) na poziciji %3</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes 1 argument, got %2 at position %3</source>
        <translation>funkcija &apos;%1&apos; prima jedan argument (navedeno: %2) na poziciji %3</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes %4 arguments, got %2 at position %3</source>
        <translation>broj argumenata funkcije &apos;%1&apos; mora biti %4 (navedeno: %2) na poziciji %3</translation>
    </message>
    <message>
        <source>expression nested too deeply at position %1</source>
        <translation>izraz je previše ugniježđen na poziciji %1</translation>
    </message>
    <message>
        <source>expression too long at position %1</source>
        <translation>izraz je predug na poziciji %1</translation>
    </message>
    <message>
        <source>comparisons cannot be chained: &apos;%1&apos; at position %2</source>
        <translation>poređenja se ne mogu nizati: &apos;%1&apos; na poziciji %2</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; at position %2 must be followed by &apos;(&apos;</source>
        <translation>iza funkcije &apos;%1&apos; na poziciji %2 mora slijediti &apos;(&apos;</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; at position %2 (fields are written ${%1})</source>
        <translation>nepoznat naziv &apos;%1&apos; na poziciji %2 (polja se pišu ${%1})</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; at position %2</source>
        <translation>nepoznata funkcija &apos;%1&apos; na poziciji %2</translation>
    </message>
    <message>
        <source>empty expression</source>
        <translation>prazan izraz</translation>
    </message>
</context>
<context>
    <name>FormLoader</name>
    <message>
        <source>%1 has an unknown key &quot;%2&quot;</source>
        <translation>%1 sadrži nepoznat ključ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>choices must be a non-empty list</source>
        <translation>choices mora biti lista koja nije prazna</translation>
    </message>
    <message>
        <source>a choice</source>
        <translation>ponuđeni odgovor</translation>
    </message>
    <message>
        <source>choice value &quot;%1&quot; must use only a-z, 0-9 and _</source>
        <translation>vrijednost ponuđenog odgovora &quot;%1&quot; smije sadržavati samo a-z, 0-9 i _</translation>
    </message>
    <message>
        <source>choice value &quot;%1&quot; appears twice</source>
        <translation>vrijednost ponuđenog odgovora &quot;%1&quot; pojavljuje se dvaput</translation>
    </message>
    <message>
        <source>the label of choice &quot;%1&quot;</source>
        <translation>oznaka ponuđenog odgovora &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 mora biti tekstualni niz</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; must be a number</source>
        <translation>ograničenje &quot;%1&quot; mora biti broj</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; must be a date YYYY-MM-DD</source>
        <translation>ograničenje &quot;%1&quot; mora biti datum u obliku GGGG-MM-DD</translation>
    </message>
    <message>
        <source>a constraint must be an object</source>
        <translation>ograničenje mora biti objekat</translation>
    </message>
    <message>
        <source>a constraint</source>
        <translation>ograničenje</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; belongs on a field, not on the form</source>
        <translation>ograničenje &quot;%1&quot; se postavlja na polje, a ne na obrazac</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; does not apply to a %2 field</source>
        <translation>ograničenje &quot;%1&quot; ne važi za polje tipa %2</translation>
    </message>
    <message>
        <source>constraint &quot;range&quot; needs &quot;min&quot; or &quot;max&quot;</source>
        <translation>ograničenje &quot;range&quot; zahtijeva &quot;min&quot; ili &quot;max&quot;</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; needs &quot;min&quot; or &quot;max&quot;</source>
        <translation>ograničenje &quot;%1&quot; zahtijeva &quot;min&quot; ili &quot;max&quot;</translation>
    </message>
    <message>
        <source>constraint &quot;pattern&quot; needs a &quot;regex&quot;</source>
        <translation>ograničenje &quot;pattern&quot; zahtijeva &quot;regex&quot;</translation>
    </message>
    <message>
        <source>constraint &quot;pattern&quot; has an invalid regular expression: %1</source>
        <translation>ograničenje &quot;pattern&quot; ima neispravan regularni izraz: %1</translation>
    </message>
    <message>
        <source>constraint expression</source>
        <translation>izraz ograničenja</translation>
    </message>
    <message>
        <source>constraint &quot;expression&quot; needs a &quot;message&quot;</source>
        <translation>ograničenje &quot;expression&quot; zahtijeva &quot;message&quot;</translation>
    </message>
    <message>
        <source>unknown constraint kind &quot;%1&quot;</source>
        <translation>nepoznata vrsta ograničenja &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the constraint message</source>
        <translation>poruka ograničenja</translation>
    </message>
    <message>
        <source>&quot;field&quot; belongs only on form-level constraints</source>
        <translation>&quot;field&quot; se koristi samo u ograničenjima na nivou obrasca</translation>
    </message>
    <message>
        <source>the default value does not fit a %1 field</source>
        <translation>podrazumijevana vrijednost ne odgovara polju tipa %1</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: nije moguće pročitati: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: neispravan JSON na bajtu %2: %3</translation>
    </message>
    <message>
        <source>%1: the definition must be a JSON object</source>
        <translation>%1: definicija mora biti JSON objekat</translation>
    </message>
    <message>
        <source>the form</source>
        <translation>obrazac</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a name of a-z, 0-9 and _</source>
        <translation>&quot;id&quot; mora biti naziv sastavljen od a-z, 0-9 i _</translation>
    </message>
    <message>
        <source>&quot;id&quot; is &quot;%1&quot; but the file should then be named %2</source>
        <translation>&quot;id&quot; je &quot;%1&quot;, pa bi se datoteka trebala zvati %2</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number of at least 1</source>
        <translation>&quot;version&quot; mora biti cijeli broj, najmanje 1</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>naslov</translation>
    </message>
    <message>
        <source>&quot;fields&quot; must be a non-empty list</source>
        <translation>&quot;fields&quot; mora biti lista koja nije prazna</translation>
    </message>
    <message>
        <source>the field name must be made of a-z, 0-9 and _, starting with a letter</source>
        <translation>naziv polja smije sadržavati samo a-z, 0-9 i _ i mora počinjati slovom</translation>
    </message>
    <message>
        <source>the field name is used twice</source>
        <translation>naziv polja je upotrijebljen dvaput</translation>
    </message>
    <message>
        <source>the field</source>
        <translation>polje</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>nepoznat tip &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the label</source>
        <translation>oznaka</translation>
    </message>
    <message>
        <source>the hint</source>
        <translation>uputa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; mora biti true ili false</translation>
    </message>
    <message>
        <source>&quot;sensitivity&quot; must be identifying, protection or facet</source>
        <translation>&quot;sensitivity&quot; mora biti identifying, protection ili facet</translation>
    </message>
    <message>
        <source>%1 needs exactly one of &quot;choices&quot;, &quot;choice_list&quot; or &quot;reference&quot;</source>
        <translation>%1 zahtijeva tačno jedno od sljedećeg: &quot;choices&quot;, &quot;choice_list&quot; ili &quot;reference&quot;</translation>
    </message>
    <message>
        <source>unknown choice list &quot;%1&quot;</source>
        <translation>nepoznata lista ponuđenih odgovora &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown reference data &quot;%1&quot;</source>
        <translation>nepoznati referentni podaci &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only select_one and select_multiple fields have choices</source>
        <translation>samo polja select_one i select_multiple imaju ponuđene odgovore</translation>
    </message>
    <message>
        <source>a note holds no value, so it cannot be required or have a default</source>
        <translation>polje tipa note nema vrijednost, pa ne može biti obavezno niti imati podrazumijevanu vrijednost</translation>
    </message>
    <message>
        <source>&quot;relevant&quot;</source>
        <translation>&quot;relevant&quot;</translation>
    </message>
    <message>
        <source>&quot;constraints&quot; must be a list</source>
        <translation>&quot;constraints&quot; mora biti lista</translation>
    </message>
    <message>
        <source>form-level constraints must be of kind &quot;expression&quot;</source>
        <translation>ograničenja na nivou obrasca moraju biti vrste &quot;expression&quot;</translation>
    </message>
    <message>
        <source>form-level constraint names unknown field &quot;%1&quot;</source>
        <translation>ograničenje na nivou obrasca navodi nepoznato polje &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the expression &quot;%1&quot; refers to unknown field &quot;%2&quot;</source>
        <translation>izraz &quot;%1&quot; upućuje na nepoznato polje &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the expression &quot;%1&quot; refers to note &quot;%2&quot;, which has no value</source>
        <translation>izraz &quot;%1&quot; upućuje na napomenu &quot;%2&quot;, koja nema vrijednost</translation>
    </message>
    <message>
        <source>&quot;keys&quot;</source>
        <translation>&quot;keys&quot;</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must name a field</source>
        <translation>ključ &quot;%1&quot; mora navoditi polje</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; names unknown field &quot;%2&quot;</source>
        <translation>ključ &quot;%1&quot; navodi nepoznato polje &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cannot be key &quot;%1&quot;: it is a %2 field</source>
        <translation>ne može biti ključ &quot;%1&quot;: to je polje tipa %2</translation>
    </message>
    <message>
        <source>cannot be key &quot;site&quot;: a choice of site must use the reference data &quot;sites&quot;</source>
        <translation>ne može biti ključ &quot;site&quot;: izbor lokacije mora koristiti referentne podatke &quot;sites&quot;</translation>
    </message>
    <message>
        <source>&quot;states&quot;</source>
        <translation>&quot;states&quot;</translation>
    </message>
    <message>
        <source>the state field must be a select_one field with choices</source>
        <translation>polje statusa mora biti polje select_one s ponuđenim odgovorima</translation>
    </message>
    <message>
        <source>the initial state &quot;%1&quot; is not one of the field&apos;s choices</source>
        <translation>početni status &quot;%1&quot; nije među ponuđenim odgovorima polja</translation>
    </message>
    <message>
        <source>state &quot;%1&quot; has no entry in &quot;transitions&quot;</source>
        <translation>status &quot;%1&quot; nema unos u &quot;transitions&quot;</translation>
    </message>
    <message>
        <source>&quot;transitions&quot; names unknown state &quot;%1&quot;</source>
        <translation>&quot;transitions&quot; navodi nepoznat status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;stamps&quot; names unknown state &quot;%1&quot;</source>
        <translation>&quot;stamps&quot; navodi nepoznat status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;stamps&quot; must name datetime fields, not &quot;%1&quot;</source>
        <translation>&quot;stamps&quot; mora navoditi polja tipa datetime, a ne &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1: polje &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>must be an object with a text for each language</source>
        <translation>mora biti objekat s tekstom za svaki jezik</translation>
    </message>
    <message>
        <source>has no text in language &quot;%1&quot;</source>
        <translation>nema teksta na jeziku &quot;%1&quot;</translation>
    </message>
    <message>
        <source>has an unknown language &quot;%1&quot;</source>
        <translation>sadrži nepoznat jezik &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;records_actor_of&quot; belongs on a read-only text field and lists field names</source>
        <translation>&quot;records_actor_of&quot; se stavlja na tekstualno polje samo za čitanje i navodi nazive polja</translation>
    </message>
    <message>
        <source>&quot;records_actor_of&quot; names unknown field &quot;%1&quot;</source>
        <translation>&quot;records_actor_of&quot; navodi nepoznato polje &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot be key &quot;%1&quot;: its sensitivity is &quot;%2&quot;, and keys are stored in clear</source>
        <translation>ne može biti ključ &quot;%1&quot;: njegova osjetljivost je &quot;%2&quot;, a ključevi se čuvaju nešifrovani</translation>
    </message>
</context>
<context>
    <name>FormRegistry</name>
    <message>
        <source>No form definitions found in %1</source>
        <translation>U %1 nisu pronađene definicije obrazaca</translation>
    </message>
    <message>
        <source>the built-in form &quot;%1&quot; is missing; a folder of form definitions must hold every built-in form.</source>
        <translation>nedostaje ugrađeni obrazac „%1“; folder s definicijama obrazaca mora sadržavati sve ugrađene obrasce.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a built-in form; only the built-in forms can be loaded from a folder.</source>
        <translation>„%1“ nije ugrađeni obrazac; iz foldera se mogu učitati samo ugrađeni obrasci.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not in the built-in form; fields and their sensitivity come only with a new version of Prihvat.</source>
        <translation>polje „%1“ ne postoji u ugrađenom obrascu; polja i njihova osjetljivost dolaze samo s novom verzijom Prihvata.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must stay %2 and &quot;%3&quot; as in the built-in form; sensitivity comes only with a new version of Prihvat.</source>
        <translation>polje „%1“ mora ostati %2 i „%3“ kao u ugrađenom obrascu; osjetljivost dolazi samo s novom verzijom Prihvata.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; of the built-in form is missing.</source>
        <translation>nedostaje polje „%1“ ugrađenog obrasca.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>(no name kept: no consent)</source>
        <translation>(ime nije sačuvano: nema saglasnosti)</translation>
    </message>
</context>
<context>
    <name>ProtectionUpgrade</name>
    <message>
        <source>Could not look for protection categories to move</source>
        <translation>Nije bilo moguće potražiti kategorije zaštite koje treba premjestiti</translation>
    </message>
</context>
<context>
    <name>RecordService</name>
    <message>
        <source>The %1 record was not saved:</source>
        <translation>Zapis obrasca %1 nije sačuvan:</translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;. The forms are: %2</source>
        <translation>Nepoznat obrazac &quot;%1&quot;. Postojeći obrasci: %2</translation>
    </message>
    <message>
        <source>Is set by the application, not typed.</source>
        <translation>Vrijednost postavlja aplikacija; ne unosi se ručno.</translation>
    </message>
    <message>
        <source>A new record starts as &quot;%1&quot;.</source>
        <translation>Novi zapis počinje sa statusom &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Record %1 has been deleted and cannot be changed.</source>
        <translation>Zapis %1 je obrisan i ne može se mijenjati.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is final; the state cannot change any more.</source>
        <translation>&quot;%1&quot; je konačan status; više se ne može mijenjati.</translation>
    </message>
    <message>
        <source>Cannot go from &quot;%1&quot; to &quot;%2&quot;; allowed next: %3.</source>
        <translation>Prelazak iz statusa &quot;%1&quot; u &quot;%2&quot; nije moguć; dozvoljeni sljedeći statusi: %3.</translation>
    </message>
    <message>
        <source>Record %1 is already deleted.</source>
        <translation>Zapis %1 je već obrisan.</translation>
    </message>
    <message>
        <source>No record has the id %1.</source>
        <translation>Nema zapisa s ID-om %1.</translation>
    </message>
    <message>
        <source>This person has not given consent (or has withdrawn it), so only answers for counting can be kept; leave this empty.</source>
        <translation>Ova osoba nije dala saglasnost (ili ju je povukla), pa se mogu čuvati samo odgovori za statistiku; ostavite ovo polje prazno.</translation>
    </message>
    <message>
        <source>Only a protection officer can see or change %1. Nothing was saved.</source>
        <translation>Samo službenik za zaštitu može vidjeti ili mijenjati %1. Ništa nije sačuvano.</translation>
    </message>
    <message>
        <source>This change would clear answers that only a protection officer can see or change. Nothing was saved: ask a protection officer to make this change.</source>
        <translation>Ova izmjena bi izbrisala odgovore koje može vidjeti ili mijenjati samo službenik za zaštitu. Ništa nije sačuvano: zamolite službenika za zaštitu da napravi ovu izmjenu.</translation>
    </message>
    <message>
        <source>This record holds answers that only a protection officer can see; only a protection officer can delete it. Nothing was deleted.</source>
        <translation>Ovaj zapis sadrži odgovore koje može vidjeti samo službenik za zaštitu; samo ga službenik za zaštitu može izbrisati. Ništa nije izbrisano.</translation>
    </message>
</context>
<context>
    <name>RecordSummary</name>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Reference data %1 cannot be read: %2</source>
        <translation>Referentne podatke %1 nije moguće pročitati: %2</translation>
    </message>
    <message>
        <source>Reference data %1 is not valid JSON: %2</source>
        <translation>Referentni podaci %1 nisu ispravan JSON: %2</translation>
    </message>
    <message>
        <source>Reference data %1: %2</source>
        <translation>Referentni podaci %1: %2</translation>
    </message>
    <message>
        <source>every site needs a code, a name and a kind (centre or outreach)</source>
        <translation>svaka lokacija mora imati šifru, naziv i vrstu (centre ili outreach)</translation>
    </message>
    <message>
        <source>every entry needs a code and a name</source>
        <translation>svaki unos mora imati šifru i naziv</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: %2</source>
        <translation>artikal &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>service &quot;%1&quot;: %2</source>
        <translation>usluga &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>every provider needs a code and a name</source>
        <translation>svaki pružalac usluga mora imati šifru i naziv</translation>
    </message>
    <message>
        <source>the set is empty</source>
        <translation>skup je prazan</translation>
    </message>
    <message>
        <source>it needs an assistance type</source>
        <translation>potrebna je vrsta pomoći</translation>
    </message>
    <message>
        <source>a retention period needs a form and a whole number of days from 1 to 36500</source>
        <translation>period čuvanja zahtijeva obrazac i cijeli broj dana od 1 do 36.500</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a set headquarters manages</source>
        <translation>&quot;%1&quot; nije skup kojim upravlja sjedište</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; appears twice</source>
        <translation>šifra &quot;%1&quot; se pojavljuje dvaput</translation>
    </message>
</context>
<context>
    <name>Reseal</name>
    <message>
        <source>Re-sealing answers under the newest keys: %1 of %2 rows.</source>
        <translation>Odgovori se ponovo zaključavaju najnovijim ključevima: %1 od %2 redova.</translation>
    </message>
</context>
<context>
    <name>RetentionPurge</name>
    <message>
        <source>Could not start the purge</source>
        <translation>Nije moguće pokrenuti brisanje starih zapisa</translation>
    </message>
    <message>
        <source>Could not prepare the purge</source>
        <translation>Nije moguće pripremiti brisanje starih zapisa</translation>
    </message>
    <message>
        <source>Could not find old records</source>
        <translation>Nije moguće pronaći stare zapise</translation>
    </message>
    <message>
        <source>Could not remove an old record</source>
        <translation>Nije moguće ukloniti stari zapis</translation>
    </message>
    <message>
        <source>Could not finish the purge</source>
        <translation>Nije moguće završiti brisanje starih zapisa</translation>
    </message>
    <message>
        <source>Could not clear the journal after the purge</source>
        <translation>Nije moguće očistiti dnevnik baze podataka nakon brisanja starih zapisa</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>There is not enough memory to hold a key.</source>
        <translation>Nema dovoljno memorije za čuvanje ključa.</translation>
    </message>
    <message>
        <source>The data is locked.</source>
        <translation>Podaci su zaključani.</translation>
    </message>
    <message>
        <source>A sealed answer is not in the sealed format.</source>
        <translation>Šifrovani odgovor nije u formatu za šifrovane odgovore.</translation>
    </message>
    <message>
        <source>A sealed answer is damaged.</source>
        <translation>Šifrovani odgovor je oštećen.</translation>
    </message>
    <message>
        <source>A sealed answer does not open with this key.</source>
        <translation>Šifrovani odgovor se ne može otvoriti ovim ključem.</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>Biblioteku za šifrovanje nije moguće pokrenuti.</translation>
    </message>
    <message>
        <source>A key has the wrong length.</source>
        <translation>Ključ ima pogrešnu dužinu.</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The seeder needs &quot;%1&quot; in the reference set &quot;%2&quot;, which does not have it.</source>
        <translation>Generatoru test podataka potrebno je &quot;%1&quot; u referentnom skupu &quot;%2&quot;, ali ga tamo nema.</translation>
    </message>
    <message>
        <source>The seeder needs at least one reception centre and one outreach site in the reference data.</source>
        <translation>Generatoru test podataka potreban je barem jedan prihvatni centar i jedna lokacija terenskog rada u referentnim podacima.</translation>
    </message>
    <message>
        <source>The seeder made a %1 record that does not pass validation; the seeder needs fixing. %2</source>
        <translation>Generator test podataka napravio je zapis obrasca %1 koji ne prolazi provjeru; generator treba ispraviti. %2</translation>
    </message>
    <message>
        <source>The number of persons to seed must be at least 1.</source>
        <translation>Broj osoba za generisanje mora biti najmanje 1.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 je datoteka, a ne folder.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>Folder s podacima %1 nije moguće kreirati.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be made private.</source>
        <translation>Folder s podacima %1 nije moguće zaštititi od pristupa drugih korisnika.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Prihvat (schema %1; this version knows up to %2). Update Prihvat.</source>
        <translation>Bazu podataka je zapisala novija verzija aplikacije Prihvat (šema %1; ova verzija poznaje šeme do %2). Ažurirajte Prihvat.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Nadogradnja baze podataka na šemu %1 nije uspjela: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>Bazu podataka %1 nije moguće otvoriti: %2</translation>
    </message>
    <message>
        <source>%1: the disk is full. Nothing was saved; free some space and try again.</source>
        <translation>%1: disk je pun. Ništa nije sačuvano; oslobodite prostor i pokušajte ponovo.</translation>
    </message>
    <message>
        <source>%1: the database file is damaged (%2).</source>
        <translation>%1: datoteka baze podataka je oštećena (%2).</translation>
    </message>
    <message>
        <source>%1: the disk reported an error (%2). Nothing was saved.</source>
        <translation>%1: disk je prijavio grešku (%2). Ništa nije sačuvano.</translation>
    </message>
    <message>
        <source>%1: the database is busy in another program. Try again.</source>
        <translation>%1: bazu podataka trenutno koristi drugi program. Pokušajte ponovo.</translation>
    </message>
    <message>
        <source>%1: the database cannot be written to (%2).</source>
        <translation>%1: u bazu podataka nije moguće upisivati (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Writing settings</source>
        <translation>Upisivanje postavki</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>Čitanje postavki</translation>
    </message>
    <message>
        <source>The database has no device id or site: it was not made by &quot;init&quot; or is damaged.</source>
        <translation>Baza podataka nema ID uređaja ili lokaciju: nije napravljena komandom &quot;init&quot; ili je oštećena.</translation>
    </message>
    <message>
        <source>Unknown site code &quot;%1&quot;. Known sites: %2</source>
        <translation>Nepoznata šifra lokacije &quot;%1&quot;. Poznate lokacije: %2</translation>
    </message>
    <message>
        <source>%1 already holds a Prihvat database; nothing was changed.</source>
        <translation>%1 već sadrži bazu podataka aplikacije Prihvat; ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>%1 holds no Prihvat database. Create one with &quot;init&quot;.</source>
        <translation>%1 ne sadrži bazu podataka aplikacije Prihvat. Kreirajte je komandom &quot;init&quot;.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It has not been changed. Keep a copy of the folder and restore the latest backup, or ask headquarters for help.</source>
        <translation>Baza podataka %1 je oštećena (%2). Nije mijenjana. Sačuvajte kopiju foldera i vratite posljednju rezervnu kopiju ili se obratite sjedištu za pomoć.</translation>
    </message>
    <message>
        <source>it does not start like an SQLite database</source>
        <translation>ne počinje kao SQLite baza podataka</translation>
    </message>
    <message>
        <source>it holds no Prihvat schema; &quot;init&quot; was probably interrupted. Move the file away and run &quot;init&quot; again</source>
        <translation>ne sadrži šemu aplikacije Prihvat; &quot;init&quot; je vjerovatno prekinut. Premjestite datoteku na drugo mjesto i ponovo pokrenite &quot;init&quot;</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Prihvat (schema %1; this version knows up to %2). Update Prihvat; the file has not been changed.</source>
        <translation>Bazu podataka je zapisala novija verzija aplikacije Prihvat (šema %1; ova verzija poznaje šeme do %2). Ažurirajte Prihvat; datoteka nije mijenjana.</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Otvaranje baze podataka</translation>
    </message>
    <message>
        <source>Reading a record</source>
        <translation>Čitanje zapisa</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Čuvanje</translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;.</source>
        <translation>Nepoznat obrazac &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The device id &quot;%1&quot; from headquarters is not a UUID.</source>
        <translation>ID uređaja &quot;%1&quot; dobijen od sjedišta nije UUID.</translation>
    </message>
    <message>
        <source>Saving the enrolment</source>
        <translation>Čuvanje prijave uređaja</translation>
    </message>
    <message>
        <source>Listing records</source>
        <translation>Izlistavanje zapisa</translation>
    </message>
    <message>
        <source>Counting records</source>
        <translation>Brojanje zapisa</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Provjera baze podataka</translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>Integritet SQLite baze: %1</translation>
    </message>
    <message>
        <source>Schema version %1, expected %2.</source>
        <translation>Verzija šeme je %1, a očekivana %2.</translation>
    </message>
    <message>
        <source>Record %1: the id is not a UUID.</source>
        <translation>Zapis %1: ID nije UUID.</translation>
    </message>
    <message>
        <source>Record %1: unknown form &quot;%2&quot;.</source>
        <translation>Zapis %1: nepoznat obrazac &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Record %1: its values or stamps are not valid JSON.</source>
        <translation>Zapis %1: vrijednosti ili vremenske oznake nisu ispravan JSON.</translation>
    </message>
    <message>
        <source>Record %1: its clock stamp is malformed.</source>
        <translation>Zapis %1: vremenska oznaka je neispravna.</translation>
    </message>
    <message>
        <source>Record %1: the index column for &quot;%2&quot; does not match its value.</source>
        <translation>Zapis %1: kolona indeksa za &quot;%2&quot; ne odgovara vrijednosti.</translation>
    </message>
    <message>
        <source>Record %1: value for unknown field &quot;%2&quot;.</source>
        <translation>Zapis %1: vrijednost za nepoznato polje &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Checking records</source>
        <translation>Provjera zapisa</translation>
    </message>
    <message>
        <source>%1 outbox changes belong to no record.</source>
        <translation>Promjene u izlaznom redu koje ne pripadaju nijednom zapisu: %1.</translation>
    </message>
    <message>
        <source>%1 outbox changes belong to a push batch that is not kept.</source>
        <translation>Promjene u izlaznom redu koje pripadaju nesačuvanom paketu za slanje: %1.</translation>
    </message>
    <message>
        <source>%1 outbox changes have a malformed clock stamp.</source>
        <translation>Promjene u izlaznom redu s neispravnom vremenskom oznakom: %1.</translation>
    </message>
    <message>
        <source>Writing the audit trail</source>
        <translation>Upisivanje u revizijski trag</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>Čitanje revizijskog traga</translation>
    </message>
    <message>
        <source>Checking the audit trail</source>
        <translation>Provjera revizijskog traga</translation>
    </message>
    <message>
        <source>The audit trail is missing: its table was removed.</source>
        <translation>Revizijski trag nedostaje: njegova tabela je uklonjena.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s protection was removed: its entries could be edited.</source>
        <translation>Zaštita revizijskog traga je uklonjena: njegovi unosi su mogli biti izmijenjeni.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: they were deleted.</source>
        <translation>Unosi revizijskog traga od %1 do %2 nedostaju: obrisani su.</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: it was deleted.</source>
        <translation>Unos revizijskog traga %1 nedostaje: obrisan je.</translation>
    </message>
    <message>
        <source>Audit entry %1 is out of sequence.</source>
        <translation>Unos revizijskog traga %1 je izvan redoslijeda.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed: its contents do not match its hash.</source>
        <translation>Unos revizijskog traga %1 je izmijenjen: njegov sadržaj ne odgovara njegovom hešu.</translation>
    </message>
    <message>
        <source>Audit entry 1 does not start the chain: entries were inserted, removed or moved.</source>
        <translation>Unos revizijskog traga 1 ne započinje lanac: unosi su umetnuti, uklonjeni ili premješteni.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: entries were inserted, removed, changed or moved.</source>
        <translation>Unos revizijskog traga %1 ne nastavlja se na unos %2: unosi su umetnuti, uklonjeni, izmijenjeni ili premješteni.</translation>
    </message>
    <message>
        <source>The recorded end of the audit trail is malformed; its last entry is %1.</source>
        <translation>Zabilježeni kraj revizijskog traga je neispravan; njegov posljednji unos je %1.</translation>
    </message>
    <message>
        <source>The recorded end of the audit trail is missing: entries after %1 may have been removed.</source>
        <translation>Zabilježeni kraj revizijskog traga nedostaje: unosi nakon %1 su možda uklonjeni.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: they were removed from the end of the trail.</source>
        <translation>Unosi revizijskog traga od %1 do %2 nedostaju: uklonjeni su s kraja traga.</translation>
    </message>
    <message>
        <source>Audit entries from %1 on were not written by Prihvat: the trail ended at %2.</source>
        <translation>Unose revizijskog traga od %1 nadalje nije upisala aplikacija Prihvat: trag se završavao unosom %2.</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the last entry Prihvat wrote: it was replaced.</source>
        <translation>Unos revizijskog traga %1 nije posljednji unos koji je upisala aplikacija Prihvat: zamijenjen je.</translation>
    </message>
    <message>
        <source>The data is locked: names, contact details and protection notes cannot be read or saved until it is unlocked. Nothing was changed.</source>
        <translation>Podaci su zaključani: imena, kontakt podaci i bilješke o zaštiti ne mogu se čitati niti čuvati dok se podaci ne otključaju. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>A sealed answer of record %1 (&quot;%2&quot;) is damaged.</source>
        <translation>Šifrovani odgovor u zapisu %1 (&quot;%2&quot;) je oštećen.</translation>
    </message>
    <message>
        <source>Record %1: the answer to &quot;%2&quot; is stored in clear, not sealed.</source>
        <translation>Zapis %1: odgovor na &quot;%2&quot; je sačuvan nešifrovan.</translation>
    </message>
    <message>
        <source>Record %1: the sealed answer to &quot;%2&quot; does not open with this key.</source>
        <translation>Zapis %1: šifrovani odgovor na &quot;%2&quot; ne može se otvoriti ovim ključem.</translation>
    </message>
    <message>
        <source>%1 entries of &quot;%2&quot; hold an identifying or protection answer in clear.</source>
        <translation>Unosi u &quot;%2&quot; koji sadrže nešifrovan identifikacijski odgovor ili odgovor o zaštiti: %1.</translation>
    </message>
    <message>
        <source>Saving the reference data from headquarters failed: %1</source>
        <translation>Čuvanje referentnih podataka iz sjedišta nije uspjelo: %1</translation>
    </message>
    <message>
        <source>Record %1: its values are not valid JSON; nothing was sealed.</source>
        <translation>Zapis %1: vrijednosti nisu ispravan JSON; ništa nije šifrovano.</translation>
    </message>
    <message>
        <source>This key does not open the sealed answers of this data folder. Nothing was changed.</source>
        <translation>Ovaj ključ ne otvara šifrovane odgovore u ovom folderu s podacima. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s seal does not hold under the current key, so it is not sealed again with the new one.</source>
        <translation>Pečat revizijskog traga ne važi pod trenutnim ključem, pa se ne pečati ponovo novim ključem.</translation>
    </message>
    <message>
        <source>The seal of the audit trail is malformed: it was edited outside Prihvat.</source>
        <translation>Pečat revizijskog traga je neispravan: izmijenjen je izvan Prihvata.</translation>
    </message>
    <message>
        <source>The seal of the audit trail does not match this data folder&apos;s key: the trail was rewritten outside Prihvat.</source>
        <translation>Pečat revizijskog traga ne odgovara ključu ovog foldera s podacima: trag je prepisan izvan Prihvata.</translation>
    </message>
    <message>
        <source>The audit trail carries no seal of this data folder&apos;s key: it was removed outside Prihvat, or the trail did not hold when it was to be sealed.</source>
        <translation>Revizijski trag nema pečat ključa ovog foldera s podacima: pečat je uklonjen izvan Prihvata ili trag nije bio ispravan kada ga je trebalo zapečatiti.</translation>
    </message>
    <message>
        <source>The audit trail no longer holds its sealed entry %1: entries up to it were changed or removed outside Prihvat.</source>
        <translation>Revizijski trag više ne sadrži svoj zapečaćeni unos %1: unosi do njega su izmijenjeni ili uklonjeni izvan Prihvata.</translation>
    </message>
    <message>
        <source>Audit entry %1 was added without this data folder&apos;s key, although only a logged-in user writes such entries.</source>
        <translation>Unos revizijskog traga %1 dodan je bez ključa ovog foldera s podacima, iako takve unose upisuje samo prijavljeni korisnik.</translation>
    </message>
    <message>
        <source>The data folder is locked: log in to keep or open unsaved work.</source>
        <translation>Mapa s podacima je zaključana: prijavite se da biste zadržali ili otvorili nesačuvan rad.</translation>
    </message>
    <message>
        <source>Keeping unsaved work</source>
        <translation>Čuvanje nesačuvanog rada</translation>
    </message>
    <message>
        <source>Reading unsaved work</source>
        <translation>Čitanje nesačuvanog rada</translation>
    </message>
    <message>
        <source>Discarding unsaved work</source>
        <translation>Odbacivanje nesačuvanog rada</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Saving the sync state</source>
        <translation>Čuvanje stanja sinhronizacije</translation>
    </message>
    <message>
        <source>Reading the changes to send</source>
        <translation>Čitanje promjena za slanje</translation>
    </message>
    <message>
        <source>Preparing the changes to send</source>
        <translation>Priprema promjena za slanje</translation>
    </message>
    <message>
        <source>Headquarters answered %1 changes with %2 results.</source>
        <translation>Sjedište je na poslane promjene (%1) odgovorilo drugačijim brojem rezultata (%2).</translation>
    </message>
    <message>
        <source>Saving the answer from headquarters</source>
        <translation>Čuvanje odgovora iz sjedišta</translation>
    </message>
    <message>
        <source>Refused by headquarters without a reason.</source>
        <translation>Sjedište je odbilo bez navođenja razloga.</translation>
    </message>
    <message>
        <source>Saving the changes from headquarters</source>
        <translation>Čuvanje promjena iz sjedišta</translation>
    </message>
    <message>
        <source>Reading the refused changes</source>
        <translation>Čitanje odbijenih promjena</translation>
    </message>
    <message>
        <source>Reading the conflicts</source>
        <translation>Čitanje konflikata</translation>
    </message>
    <message>
        <source>Saving the conflict</source>
        <translation>Čuvanje konflikta</translation>
    </message>
    <message>
        <source>No conflict has the id %1.</source>
        <translation>Nema konflikta s ID-om %1.</translation>
    </message>
    <message>
        <source>This device is not enrolled with headquarters yet, so it cannot sync.</source>
        <translation>Ovaj uređaj još nije prijavljen u sjedištu, pa se ne može sinhronizovati.</translation>
    </message>
    <message>
        <source>Log in to sync: this device&apos;s credential for headquarters opens only with a user&apos;s password.</source>
        <translation>Prijavite se da biste sinhronizovali: pristupni podaci ovog uređaja za sjedište otvaraju se samo lozinkom korisnika.</translation>
    </message>
    <message>
        <source>Log in before enrolling: the device&apos;s credential is kept sealed with the data key.</source>
        <translation>Prijavite se prije prijave uređaja u sjedištu: pristupni podaci uređaja čuvaju se šifrovani ključem podataka.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>This form has no such field.</source>
        <translation>Ovaj obrazac nema takvo polje.</translation>
    </message>
    <message>
        <source>This is a note; it takes no answer.</source>
        <translation>Ovo je napomena; ne unosi se odgovor.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>Mora biti tekst.</translation>
    </message>
    <message>
        <source>Is too long: %1 characters, at most %2 allowed.</source>
        <translation>Predugo: broj znakova je %1, a dozvoljeno je najviše %2.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Mora biti cijeli broj.</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <translation>Mora biti broj.</translation>
    </message>
    <message>
        <source>Must be a date written as YYYY-MM-DD.</source>
        <translation>Mora biti datum u obliku GGGG-MM-DD.</translation>
    </message>
    <message>
        <source>Must be a date and time in ISO 8601 form.</source>
        <translation>Mora biti datum i vrijeme u formatu ISO 8601.</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>Mora biti da ili ne.</translation>
    </message>
    <message>
        <source>Must be one of the choices.</source>
        <translation>Mora biti jedan od ponuđenih odgovora.</translation>
    </message>
    <message>
        <source>Must be a list of different choices.</source>
        <translation>Mora biti lista različitih ponuđenih odgovora.</translation>
    </message>
    <message>
        <source>Must be the id of a person.</source>
        <translation>Mora biti ID osobe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices.</source>
        <translation>&quot;%1&quot; nije među ponuđenim odgovorima.</translation>
    </message>
    <message>
        <source>No person with the id %1 is registered.</source>
        <translation>Nije registrovana nijedna osoba s ID-om %1.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>Mora biti između %1 i %2.</translation>
    </message>
    <message>
        <source>Must be on or after %1.</source>
        <translation>Mora biti %1 ili kasnije.</translation>
    </message>
    <message>
        <source>Must be on or before %1.</source>
        <translation>Mora biti %1 ili ranije.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>Mora biti najmanje %1.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>Mora biti najviše %1.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2 characters long.</source>
        <translation>Broj znakova mora biti između %1 i %2.</translation>
    </message>
    <message>
        <source>Must be at least %1 characters long.</source>
        <translation>Broj znakova mora biti najmanje %1.</translation>
    </message>
    <message>
        <source>Must be at most %1 characters long.</source>
        <translation>Broj znakova mora biti najviše %1.</translation>
    </message>
    <message>
        <source>Choose between %1 and %2 options.</source>
        <translation>Broj odabranih odgovora mora biti između %1 i %2.</translation>
    </message>
    <message>
        <source>Choose at least %1 options.</source>
        <translation>Broj odabranih odgovora mora biti najmanje %1.</translation>
    </message>
    <message>
        <source>Choose at most %1 options.</source>
        <translation>Broj odabranih odgovora mora biti najviše %1.</translation>
    </message>
    <message>
        <source>Is not written in the expected form.</source>
        <translation>Nije napisano u očekivanom obliku.</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>Ne može biti u budućnosti.</translation>
    </message>
    <message>
        <source>Does not apply, given the other answers.</source>
        <translation>Ne primjenjuje se s obzirom na ostale odgovore.</translation>
    </message>
    <message>
        <source>An answer is required.</source>
        <translation>Odgovor je obavezan.</translation>
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
        <translation>Prihvat se ne može pokrenuti</translation>
    </message>
</context>
<context>
    <name>prihvat::AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Revizijski trag</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Br.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Šta</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalji</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>Novije</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Starije</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Provjeri ponovo</translation>
    </message>
    <message>
        <source>The trail is intact: no entry was changed or removed.</source>
        <translation>Trag je neoštećen: nijedan unos nije izmijenjen niti uklonjen.</translation>
    </message>
    <message>
        <source>The trail is broken at entry %1: %2</source>
        <translation>Trag je prekinut kod unosa %1: %2</translation>
    </message>
    <message>
        <source>Entries %1 to %2 of %3 (newest first)</source>
        <translation>Unosi od %1 do %2 od ukupno %3 (najnoviji prvi)</translation>
    </message>
    <message>
        <source>Data folder created</source>
        <translation>Folder s podacima kreiran</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Zapis kreiran</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>Zapis izmijenjen</translation>
    </message>
    <message>
        <source>Record deleted</source>
        <translation>Zapis obrisan</translation>
    </message>
    <message>
        <source>Protection details viewed</source>
        <translation>Pregledani podaci o zaštiti</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Podaci izvezeni</translation>
    </message>
    <message>
        <source>Synced with headquarters</source>
        <translation>Sinhronizovano sa sjedištem</translation>
    </message>
    <message>
        <source>Records purged</source>
        <translation>Stari zapisi obrisani</translation>
    </message>
    <message>
        <source>Demonstration data added</source>
        <translation>Dodani demonstracijski podaci</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Prijava</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Prijava odbijena</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>Sesija zaključana</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Uloga promijenjena</translation>
    </message>
    <message>
        <source>Account locked out</source>
        <translation>Račun zaključan</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Korisnik dodan</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>Korisnik uklonjen</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Račun otključan</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Lozinka promijenjena</translation>
    </message>
    <message>
        <source>Keys destroyed</source>
        <translation>Ključevi uništeni</translation>
    </message>
    <message>
        <source>Trail found without its seal</source>
        <translation>Revizijski trag pronađen bez pečata</translation>
    </message>
</context>
<context>
    <name>prihvat::ConflictsPage</name>
    <message>
        <source>Record %1 (not on this device)</source>
        <translation>Zapis %1 (nije na ovom uređaju)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(obrisan)</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>ovaj uređaj</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>uređaj %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Brisanje zapisa</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(bez odgovora)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>obrisan</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>nije obrisan</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Konflikti za pregled</translation>
    </message>
    <message>
        <source>Two devices changed the same answer before either had seen the other&apos;s change. The later change was kept everywhere; the other value is kept here so nothing is lost. Choose the value that is right: your choice is saved as an ordinary edit and sent with the next sync.</source>
        <translation>Dva uređaja su promijenila isti odgovor prije nego što je bilo koji od njih vidio promjenu onog drugog. Kasnija promjena je zadržana svuda; druga vrijednost se čuva ovdje kako se ništa ne bi izgubilo. Odaberite ispravnu vrijednost: vaš izbor se čuva kao obična izmjena i šalje pri sljedećoj sinhronizaciji.</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>Nema konflikata za pregled.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pitanje</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Zadržana vrijednost</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Druga vrijednost</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Izmijenjeno</translation>
    </message>
    <message>
        <source>Kept everywhere</source>
        <translation>Zadržano svuda</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Zadrži ovu vrijednost</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>Izvor: %1, %2</translation>
    </message>
    <message>
        <source>The record is not on this device yet; sync first.</source>
        <translation>Zapis još nije na ovom uređaju; prvo pokrenite sinhronizaciju.</translation>
    </message>
    <message>
        <source>A deleted record cannot be restored here.</source>
        <translation>Obrisani zapis se ovdje ne može vratiti.</translation>
    </message>
    <message>
        <source>The record has been deleted; there is nothing to change.</source>
        <translation>Zapis je obrisan; nema se šta mijenjati.</translation>
    </message>
    <message>
        <source>This version of Prihvat does not know the question &quot;%1&quot;.</source>
        <translation>Ova verzija aplikacije Prihvat ne poznaje pitanje &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Kept &quot;%1&quot; for %2. It is sent with the next sync.</source>
        <translation>Zadržana je vrijednost &quot;%1&quot; za %2. Bit će poslana pri sljedećoj sinhronizaciji.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikti</translation>
    </message>
    <message>
        <source>Only a protection officer can decide this conflict.</source>
        <translation>Samo službenik za zaštitu može riješiti ovaj konflikt.</translation>
    </message>
</context>
<context>
    <name>prihvat::DistributionPage</name>
    <message>
        <source>Distribution</source>
        <translation>Podjela</translation>
    </message>
    <message>
        <source>&amp;Assistance:</source>
        <translation>&amp;Vrsta pomoći:</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Artikal:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Količina:</translation>
    </message>
    <message>
        <source>Type a name or an id, then press Enter to record</source>
        <translation>Upišite ime ili ID, pa pritisnite Enter za evidentiranje</translation>
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
        <translation>Prvo upišite ime ili ID.</translation>
    </message>
    <message>
        <source>No one matches &quot;%1&quot;. Check the spelling, or register the person on the People page.</source>
        <translation>Nijedna osoba ne odgovara upitu &quot;%1&quot;. Provjerite kako je napisano ili registrujte osobu na stranici Osobe.</translation>
    </message>
    <message>
        <source>Choose the type of assistance first.</source>
        <translation>Prvo odaberite vrstu pomoći.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already received %2 today (%n time(s)). Press Enter again to record it once more, or choose another person.</source>
        <translation>
            <numerusform>Za osobu %1 danas je već evidentirano: %2 (%n put). Pritisnite Enter ponovo da to evidentirate još jednom ili odaberite drugu osobu.</numerusform>
            <numerusform>Za osobu %1 danas je već evidentirano: %2 (%n puta). Pritisnite Enter ponovo da to evidentirate još jednom ili odaberite drugu osobu.</numerusform>
            <numerusform>Za osobu %1 danas je već evidentirano: %2 (%n puta). Pritisnite Enter ponovo da to evidentirate još jednom ili odaberite drugu osobu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded: %1 for %2</source>
        <translation>Evidentirano: %1 za osobu %2</translation>
    </message>
    <message>
        <source>&amp;Recorded in this session: %1</source>
        <translation>&amp;Evidentirano u ovoj sesiji: %1</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <translation>%1  %2 — %3</translation>
    </message>
    <message>
        <source>Recorded for the wrong person</source>
        <translation>Evidentirano za pogrešnu osobu</translation>
    </message>
    <message>
        <source>Recorded twice</source>
        <translation>Evidentirano dvaput</translation>
    </message>
    <message>
        <source>Not handed out</source>
        <translation>Nije podijeljeno</translation>
    </message>
    <message>
        <source>Wrong item or quantity</source>
        <translation>Pogrešan artikal ili količina</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Poništeno</translation>
    </message>
    <message>
        <source>Double-click an entry to correct it; Delete voids it.</source>
        <translation>Dvaput kliknite unos da ga ispravite; tipka Delete ga poništava.</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Poništi…</translation>
    </message>
    <message>
        <source>Choose what is handed out, then for each person: type the name, check the match, press Enter. Ctrl+Z takes back the last one.</source>
        <translation>Odaberite šta se dijeli, a zatim za svaku osobu: upišite ime, provjerite pogodak, pritisnite Enter. Ctrl+Z vraća posljednji unos.</translation>
    </message>
    <message>
        <source>%1 (void: %2)</source>
        <translation>%1 (poništeno: %2)</translation>
    </message>
    <message>
        <source>Nothing to take back.</source>
        <translation>Nema šta da se vrati.</translation>
    </message>
    <message numerus="yes">
        <source>The last hand-out was recorded more than %n second(s) ago: choose it in the list and use Void… instead.</source>
        <translation>
            <numerusform>Posljednja podjela je evidentirana prije više od %n sekunde: odaberite je na listi i upotrijebite Poništi….</numerusform>
            <numerusform>Posljednja podjela je evidentirana prije više od %n sekunde: odaberite je na listi i upotrijebite Poništi….</numerusform>
            <numerusform>Posljednja podjela je evidentirana prije više od %n sekundi: odaberite je na listi i upotrijebite Poništi….</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken back: %1 for %2</source>
        <translation>Vraćeno: %1 za %2</translation>
    </message>
    <message>
        <source>This hand-out is void already.</source>
        <translation>Ova podjela je već poništena.</translation>
    </message>
    <message>
        <source>Void a hand-out</source>
        <translation>Poništi podjelu</translation>
    </message>
    <message>
        <source>Why is %1 for %2 void?</source>
        <translation>Zašto je %1 za %2 poništeno?</translation>
    </message>
    <message>
        <source>Void: %1 for %2 (%3)</source>
        <translation>Poništeno: %1 za %2 (%3)</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>još ništa</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Today at %1: %2
This session: %3</source>
        <translation>Danas na lokaciji %1: %2
U ovoj sesiji: %3</translation>
    </message>
</context>
<context>
    <name>prihvat::FieldEditor</name>
    <message>
        <source>Filter: type a name</source>
        <translation>Filter: upišite naziv</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>dob %1</translation>
    </message>
    <message>
        <source>registered at %1 on %2</source>
        <translation>registrovan/a u %1, %2</translation>
    </message>
</context>
<context>
    <name>prihvat::FormView</name>
    <message>
        <source>Required</source>
        <translation>Obavezno</translation>
    </message>
    <message>
        <source>Visible to protection officers only</source>
        <translation>Vidljivo samo službenicima za zaštitu</translation>
    </message>
    <message>
        <source>Names and contact details are kept only with the person&apos;s consent.</source>
        <translation>Imena i kontakt podaci čuvaju se samo uz saglasnost osobe.</translation>
    </message>
</context>
<context>
    <name>prihvat::LoginWindow</name>
    <message>
        <source>Prihvat — log in</source>
        <translation>Prihvat — prijava</translation>
    </message>
    <message>
        <source>Prihvat</source>
        <translation>Prihvat</translation>
    </message>
    <message>
        <source>Log in to work with the records of this device.</source>
        <translation>Prijavite se da biste radili sa zapisima na ovom uređaju.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Korisničko ime</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lozinka</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Prijavi se</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Provjera lozinke…</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Pokušajte ponovo za %n sekundu.</numerusform>
            <numerusform>Pokušajte ponovo za %n sekunde.</numerusform>
            <numerusform>Pokušajte ponovo za %n sekundi.</numerusform>
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
        <translation>Lokacija: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Jezik: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sinhronizacija u toku…</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Posljednja sinhronizacija: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Još nije sinhronizovano</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Zaključaj (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock now: the records are hidden until someone logs in again.</source>
        <translation>Zaključaj sada: zapisi su skriveni dok se neko ponovo ne prijavi.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to sync: %n change(s) in %1</source>
        <translation>
            <numerusform>Čeka sinhronizaciju: %n izmjena u %1</numerusform>
            <numerusform>Čeka sinhronizaciju: %n izmjene u %1</numerusform>
            <numerusform>Čeka sinhronizaciju: %n izmjena u %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n zapis</numerusform>
            <numerusform>%n zapisa</numerusform>
            <numerusform>%n zapisa</numerusform>
        </translation>
    </message>
    <message>
        <source>Respondent:</source>
        <translation>Sagovornik:</translation>
    </message>
</context>
<context>
    <name>prihvat::PeopleModel</name>
    <message>
        <source>male</source>
        <translation>muški</translation>
    </message>
    <message>
        <source>female</source>
        <translation>ženski</translation>
    </message>
    <message>
        <source>other</source>
        <translation>drugo</translation>
    </message>
    <message>
        <source>about %1 years</source>
        <translation>oko %1 god.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Ime na izvornom pismu</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Spol</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>Datum rođenja / dob</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Porijeklo</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>prihvat::PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Osobe</translation>
    </message>
    <message>
        <source>Type a name or an id (Latin or Arabic script)…</source>
        <translation>Upišite ime ili ID (latinicom ili arapskim pismom)…</translation>
    </message>
    <message>
        <source>Register new person</source>
        <translation>Registruj novu osobu</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) registered on this device.</source>
        <translation>
            <numerusform>Na ovom uređaju registrovana je %n osoba.</numerusform>
            <numerusform>Na ovom uređaju registrovane su %n osobe.</numerusform>
            <numerusform>Na ovom uređaju registrovano je %n osoba.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one found. Press Enter to register &quot;%1&quot; as a new person.</source>
        <translation>Nijedna osoba nije pronađena. Pritisnite Enter da registrujete &quot;%1&quot; kao novu osobu.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es). Enter opens the first; arrow keys choose.</source>
        <translation>
            <numerusform>%n rezultat. Enter otvara prvi; strelicama birate.</numerusform>
            <numerusform>%n rezultata. Enter otvara prvi; strelicama birate.</numerusform>
            <numerusform>%n rezultata. Enter otvara prvi; strelicama birate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prihvat::PersonProfilePage</name>
    <message>
        <source>Edit details</source>
        <translation>Uredi podatke</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Procijeni ranjivost</translation>
    </message>
    <message>
        <source>Record assistance</source>
        <translation>Evidentiraj pomoć</translation>
    </message>
    <message>
        <source>Request transport</source>
        <translation>Zatraži prijevoz</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Uputi</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Hronologija</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalji</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokacija</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Unio/la</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrovan/a</translation>
    </message>
</context>
<context>
    <name>prihvat::RecordEditorPage</name>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Sačuvaj (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Ništa nije promijenjeno.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n answer(s) need attention.</source>
        <translation>
            <numerusform>Nije sačuvano: %n odgovor treba provjeriti.</numerusform>
            <numerusform>Nije sačuvano: %n odgovora treba provjeriti.</numerusform>
            <numerusform>Nije sačuvano: %n odgovora treba provjeriti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sačuvano.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nesačuvane promjene</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them before leaving?</source>
        <translation>Ovaj zapis ima promjene koje nisu sačuvane. Sačuvati ih prije izlaska?</translation>
    </message>
    <message>
        <source>&amp;Respondent&apos;s language:</source>
        <translation>&amp;Jezik sagovornika:</translation>
    </message>
    <message>
        <source>Your unsaved answers are back. They are not saved yet: Ctrl+S saves them.</source>
        <translation>Vaši nesačuvani odgovori su vraćeni. Još nisu sačuvani: Ctrl+S ih čuva.</translation>
    </message>
</context>
<context>
    <name>prihvat::RecordListModel</name>
    <message>
        <source>There is no form &quot;%1&quot;.</source>
        <translation>Ne postoji obrazac &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Person id: %1</source>
        <translation>ID osobe: %1</translation>
    </message>
    <message>
        <source>Record id: %1</source>
        <translation>ID zapisa: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokacija</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalji</translation>
    </message>
</context>
<context>
    <name>prihvat::RecordListPage</name>
    <message>
        <source>Screenings</source>
        <translation>Procjene ranjivosti</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Pomoć</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Upućivanja</translation>
    </message>
    <message>
        <source>Transport requests</source>
        <translation>Zahtjevi za prijevoz</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Novi zapis: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novi zapis</translation>
    </message>
    <message>
        <source>Starts a new record with today&apos;s date and this site.</source>
        <translation>Započinje novi zapis s današnjim datumom i ovom lokacijom.</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Lokacija:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Sve lokacije</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Svi statusi</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>bez ograničenja</translation>
    </message>
    <message>
        <source>Earliest date shown; the first date means no limit.</source>
        <translation>Najraniji prikazani datum; prvi mogući datum znači bez ograničenja.</translation>
    </message>
    <message>
        <source>Latest date shown; the first date means no limit.</source>
        <translation>Najkasniji prikazani datum; prvi mogući datum znači bez ograničenja.</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>Zapise nije moguće pročitati: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n zapis</numerusform>
            <numerusform>%n zapisa</numerusform>
            <numerusform>%n zapisa</numerusform>
        </translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>&amp;Danas</translation>
    </message>
    <message>
        <source>What was recorded today at this site</source>
        <translation>Šta je danas evidentirano na ovoj lokaciji</translation>
    </message>
</context>
<context>
    <name>prihvat::RespondentLanguagePicker</name>
    <message>
        <source>None</source>
        <translation>Nijedan</translation>
    </message>
    <message>
        <source>The respondent&apos;s language, shown beside each question</source>
        <translation>Jezik sagovornika, prikazan pored svakog pitanja</translation>
    </message>
</context>
<context>
    <name>prihvat::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Postavke</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Ovaj uređaj</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nijedan</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Site %1 (%2) · device %3 · data in %4</source>
        <translation>Lokacija %1 (%2) · uređaj %3 · podaci u %4</translation>
    </message>
    <message>
        <source>&amp;Language of the application</source>
        <translation>&amp;Jezik aplikacije</translation>
    </message>
    <message>
        <source>&amp;Respondent&apos;s language, shown beside each question</source>
        <translation>Jezik &amp;ispitanika, prikazan uz svako pitanje</translation>
    </message>
    <message>
        <source>Lock after this many &amp;idle minutes</source>
        <translation>Zaključaj nakon ovoliko minuta &amp;neaktivnosti</translation>
    </message>
</context>
<context>
    <name>prihvat::SetupDialog</name>
    <message>
        <source>Set up this device</source>
        <translation>Podešavanje uređaja</translation>
    </message>
    <message>
        <source>This laptop has no Prihvat data yet. Choose the site it works at; its records will be kept in %1.</source>
        <translation>Na ovom laptopu još nema podataka aplikacije Prihvat. Odaberite lokaciju na kojoj se koristi; zapisi će se čuvati u %1.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lokacija</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Kreirajte administratora</translation>
    </message>
    <message>
        <source>The data folder %1 has no user yet. Create its administrator.</source>
        <translation>Folder s podacima %1 još nema korisnika. Kreirajte njegovog administratora.</translation>
    </message>
    <message>
        <source>The first user is the administrator, who adds the other users. Choose a user name and a password of at least %1 characters; it cannot be recovered.</source>
        <translation>Prvi korisnik je administrator, koji dodaje ostale korisnike. Odaberite korisničko ime i lozinku od najmanje %1 znakova; izgubljena lozinka se ne može povratiti.</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation>Korisničko ime administratora</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lozinka</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Ponovite lozinku</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Dvije lozinke nisu iste.</translation>
    </message>
</context>
<context>
    <name>prihvat::SyncClient</name>
    <message>
        <source>The answer from headquarters arrived damaged.</source>
        <translation>Odgovor iz sjedišta je stigao oštećen.</translation>
    </message>
    <message>
        <source>Headquarters did not answer in time.</source>
        <translation>Sjedište nije odgovorilo na vrijeme.</translation>
    </message>
    <message>
        <source>Headquarters cannot be reached (%1).</source>
        <translation>Sjedište nije dostupno (%1).</translation>
    </message>
    <message>
        <source>The answer from headquarters was cut off (%1).</source>
        <translation>Odgovor iz sjedišta je prekinut (%1).</translation>
    </message>
    <message>
        <source>Headquarters refused this device&apos;s credential: it may have been revoked. Ask headquarters to enrol the device again.</source>
        <translation>Sjedište je odbilo pristupne podatke ovog uređaja: uređaj je možda opozvan. Zatražite od sjedišta da ponovo prijavi uređaj.</translation>
    </message>
    <message>
        <source>Headquarters found the request too large.</source>
        <translation>Sjedište je ocijenilo da je zahtjev prevelik.</translation>
    </message>
    <message>
        <source>Headquarters is busy and asked this device to wait.</source>
        <translation>Sjedište je zauzeto i zatražilo je od ovog uređaja da sačeka.</translation>
    </message>
    <message>
        <source>Headquarters has a problem (HTTP %1).</source>
        <translation>U sjedištu je došlo do problema (HTTP %1).</translation>
    </message>
    <message>
        <source>Headquarters refused the request (HTTP %1). Sync stopped; ask headquarters for help.</source>
        <translation>Sjedište je odbilo zahtjev (HTTP %1). Sinhronizacija je zaustavljena; obratite se sjedištu za pomoć.</translation>
    </message>
    <message>
        <source>Headquarters refused the request (HTTP %1: %2). Sync stopped; ask headquarters for help.</source>
        <translation>Sjedište je odbilo zahtjev (HTTP %1: %2). Sinhronizacija je zaustavljena; obratite se sjedištu za pomoć.</translation>
    </message>
    <message>
        <source>Too many enrolment attempts; try again in %1 seconds.</source>
        <translation>Previše pokušaja prijave uređaja; pokušajte ponovo za %1 s.</translation>
    </message>
    <message>
        <source>Too many enrolment attempts; try again later.</source>
        <translation>Previše pokušaja prijave uređaja; pokušajte ponovo kasnije.</translation>
    </message>
    <message>
        <source>Too large for headquarters to accept.</source>
        <translation>Promjena je prevelika da bi je sjedište prihvatilo.</translation>
    </message>
    <message>
        <source>The enrolment code is wrong, already used or expired. Ask headquarters for a new one.</source>
        <translation>Kod za prijavu uređaja je pogrešan, već iskorišten ili je istekao. Zatražite novi kod od sjedišta.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>%1 Prekinuto nakon %n pokušaja.</numerusform>
            <numerusform>%1 Prekinuto nakon %n pokušaja.</numerusform>
            <numerusform>%1 Prekinuto nakon %n pokušaja.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s); your changes are kept for the next sync.</source>
        <translation>
            <numerusform>%1 Prekinuto nakon %n pokušaja; vaše promjene su sačuvane za sljedeću sinhronizaciju.</numerusform>
            <numerusform>%1 Prekinuto nakon %n pokušaja; vaše promjene su sačuvane za sljedeću sinhronizaciju.</numerusform>
            <numerusform>%1 Prekinuto nakon %n pokušaja; vaše promjene su sačuvane za sljedeću sinhronizaciju.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Your changes are kept and sync will try again.</source>
        <translation>%1 Vaše promjene su sačuvane i sinhronizacija će pokušati ponovo.</translation>
    </message>
    <message>
        <source>A sync is under way; enrol when it is done.</source>
        <translation>Sinhronizacija je u toku; prijavite uređaj kada se završi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; it looks like https://hq.example.org.</source>
        <translation>&quot;%1&quot; nije adresa servera; adresa izgleda ovako: https://hq.example.org.</translation>
    </message>
    <message>
        <source>The enrolment code is empty.</source>
        <translation>Kod za prijavu uređaja nije unesen.</translation>
    </message>
    <message>
        <source>Headquarters answered the enrolment with something this device cannot read.</source>
        <translation>Sjedište je na prijavu uređaja odgovorilo nečim što ovaj uređaj ne može pročitati.</translation>
    </message>
    <message>
        <source>This device is not enrolled with headquarters yet, so it cannot sync.</source>
        <translation>Ovaj uređaj još nije prijavljen u sjedištu, pa se ne može sinhronizovati.</translation>
    </message>
    <message>
        <source>Enrolment was cancelled.</source>
        <translation>Prijava uređaja je otkazana.</translation>
    </message>
    <message>
        <source>Sync was stopped before it finished. Your changes are kept.</source>
        <translation>Sinhronizacija je zaustavljena prije završetka. Vaše promjene su sačuvane.</translation>
    </message>
    <message>
        <source>The answer from headquarters could not be read.</source>
        <translation>Odgovor iz sjedišta nije moguće pročitati.</translation>
    </message>
    <message>
        <source>No network access is available to reach headquarters.</source>
        <translation>Nema mrežnog pristupa za vezu sa sjedištem.</translation>
    </message>
    <message>
        <source>Headquarters did not show the certificate this device was enrolled with, so nothing was sent. Someone may be intercepting the connection; tell headquarters.</source>
        <translation>Sjedište nije pokazalo certifikat s kojim je ovaj uređaj prijavljen, pa ništa nije poslano. Moguće je da neko presreće vezu; obavijestite sjedište.</translation>
    </message>
    <message>
        <source>This device talks to headquarters only over https with the certificate it was enrolled with, and the server address is not https. Nothing was sent.</source>
        <translation>Ovaj uređaj komunicira sa sjedištem samo preko https veze s certifikatom s kojim je prijavljen, a adresa servera nije https. Ništa nije poslano.</translation>
    </message>
    <message>
        <source>The part of the enrolment code after &quot;@&quot; is damaged; copy the whole code from headquarters again.</source>
        <translation>Dio koda za prijavu uređaja iza &quot;@&quot; je oštećen; ponovo kopirajte cijeli kod dobijen od sjedišta.</translation>
    </message>
    <message>
        <source>This enrolment code is for a server with a certificate: its address must start with https://.</source>
        <translation>Ovaj kod za prijavu uređaja je za server s certifikatom: njegova adresa mora počinjati sa https://.</translation>
    </message>
    <message>
        <source>Headquarters has revoked this device: it may no longer sync. Ask headquarters what to do.</source>
        <translation>Sjedište je opozvalo ovaj uređaj: više se ne može sinhronizovati. Pitajte sjedište šta da radite.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a plain http address: the device&apos;s credential and every answer would cross the network readable by anyone on the way. Use the https address of headquarters.</source>
        <translation>&quot;%1&quot; je obična http adresa: pristupni podaci uređaja i svaki odgovor prolazili bi kroz mrežu čitljivi svakome usput. Koristite https adresu sjedišta.</translation>
    </message>
</context>
<context>
    <name>prihvat::SyncPage</name>
    <message>
        <source>Sync with headquarters</source>
        <translation>Sinhronizacija sa sjedištem</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Sjedište</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Posljednja uspješna sinhronizacija</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Promjene koje čekaju slanje</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Konflikti za pregled</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinhronizuj sada</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pitanje</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vrijednost</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odbijeno</translation>
    </message>
    <message>
        <source>Done: %1 sent, %2 received, %3 new conflicts, %4 refused.</source>
        <translation>Završeno. Poslano: %1, primljeno: %2, novi konflikti: %3, odbijeno: %4.</translation>
    </message>
    <message>
        <source>Not finished: %1</source>
        <translation>Nije završeno: %1</translation>
    </message>
    <message>
        <source>This device is not enrolled yet. Ask headquarters for a one-time code, then run: prihvat-cli enroll --server ADDRESS --code CODE</source>
        <translation>Ovaj uređaj još nije prijavljen. Zatražite od sjedišta jednokratni kod, a zatim pokrenite: prihvat-cli enroll --server ADDRESS --code CODE</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nikad</translation>
    </message>
    <message>
        <source>Sync is not available in this window.</source>
        <translation>Sinhronizacija nije dostupna u ovom prozoru.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Prijava uređaja…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>Slanje promjena…</translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation>Prijem promjena…</translation>
    </message>
    <message>
        <source>Waiting to try again…</source>
        <translation>Čekanje na novi pokušaj…</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>U mirovanju</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>obrisan</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(bez odgovora)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Brisanje zapisa</translation>
    </message>
    <message>
        <source>Changes headquarters refused (%1)</source>
        <translation>Promjene koje je sjedište odbilo (%1)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinhronizacija</translation>
    </message>
</context>
<context>
    <name>prihvat::TransportBoardPage</name>
    <message>
        <source>Transport requests</source>
        <translation>Zahtjevi za prijevoz</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Novi zahtjev</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Odobri</translation>
    </message>
    <message>
        <source>&amp;Depart (in transit)</source>
        <translation>&amp;Polazak (u prijevozu)</translation>
    </message>
    <message>
        <source>Co&amp;mplete (arrived)</source>
        <translation>&amp;Završi (stigli)</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>O&amp;tkaži zahtjev</translation>
    </message>
    <message>
        <source>Approve the selected request.</source>
        <translation>Odobri odabrani zahtjev.</translation>
    </message>
    <message>
        <source>The vehicle has left with the selected request&apos;s people.</source>
        <translation>Vozilo je krenulo s osobama iz odabranog zahtjeva.</translation>
    </message>
    <message>
        <source>The people of the selected request have arrived.</source>
        <translation>Osobe iz odabranog zahtjeva su stigle.</translation>
    </message>
    <message>
        <source>Cancel the selected request. A reason can be added by opening it.</source>
        <translation>Otkaži odabrani zahtjev. Razlog se može dodati kada se zahtjev otvori.</translation>
    </message>
    <message>
        <source>Select a request with the arrow keys (left and right change column); Enter opens it. The buttons move it to its next state.</source>
        <translation>Odaberite zahtjev strelicama (lijevo i desno mijenjaju kolonu); Enter ga otvara. Dugmad ga premještaju u sljedeći status.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… i još %n zahtjev</numerusform>
            <numerusform>… i još %n zahtjeva</numerusform>
            <numerusform>… i još %n zahtjeva</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 i još %n osoba</numerusform>
            <numerusform>%1 i još %n osobe</numerusform>
            <numerusform>%1 i još %n osoba</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Zahtjev %1</translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation>Zahtjeve nije moguće pročitati: %1</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Odabrano: %1</translation>
    </message>
    <message>
        <source>No request selected.</source>
        <translation>Nijedan zahtjev nije odabran.</translation>
    </message>
    <message>
        <source>This transport request no longer exists.</source>
        <translation>Ovaj zahtjev za prijevoz više ne postoji.</translation>
    </message>
    <message>
        <source>The request for %1 is &quot;%2&quot; and cannot become &quot;%3&quot;.</source>
        <translation>Zahtjev (%1) ima status &quot;%2&quot; i ne može preći u status &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The request for %1 is now &quot;%2&quot;.</source>
        <translation>Zahtjev (%1) sada ima status &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Prijevoz</translation>
    </message>
</context>
<context>
    <name>prihvat::UserDialog</name>
    <message>
        <source>User name</source>
        <translation>Korisničko ime</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Početna lozinka</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova lozinka</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Ponovite lozinku</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Dodaj korisnika</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>Promijeni ulogu korisnika %1</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Nova lozinka za korisnika %1</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Dvije lozinke nisu iste.</translation>
    </message>
</context>
<context>
    <name>prihvat::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Korisnici</translation>
    </message>
    <message>
        <source>The people who can log in on this device. Only protection officers see protection details; an account locked after wrong passwords opens again when you unlock it.</source>
        <translation>Osobe koje se mogu prijaviti na ovaj uređaj. Samo službenici za zaštitu vide podatke o zaštiti; račun zaključan nakon pogrešnih lozinki ponovo se može koristiti kada ga otključate.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Korisničko ime</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Uloga</translation>
    </message>
    <message>
        <source>Wrong passwords</source>
        <translation>Pogrešne lozinke</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Zaključan</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>Dodaj korisnika…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Promijeni ulogu…</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>Nova lozinka…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Otključaj</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Ukloni…</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Zaključan</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>Korisnik %1 je dodan s ulogom: %2.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>Korisnik %1 sada ima ulogu: %2.</translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation>Korisnik %1 ima novu lozinku.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>Korisnik %1 se ponovo može prijaviti.</translation>
    </message>
    <message>
        <source>Remove a user</source>
        <translation>Ukloni korisnika</translation>
    </message>
    <message>
        <source>Remove %1? They will no longer be able to log in on this device. This cannot be undone.</source>
        <translation>Ukloniti korisnika %1? Više se neće moći prijaviti na ovaj uređaj. Ovo se ne može poništiti.</translation>
    </message>
    <message>
        <source>%1 was not removed.</source>
        <translation>Korisnik %1 nije uklonjen.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>Korisnik %1 je uklonjen.</translation>
    </message>
</context>
</TS>
