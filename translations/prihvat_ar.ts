<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>DesktopApp</name>
    <message>
        <source>Set-up was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>malformed number &apos;%1&apos; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number out of range at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;{&apos; after &apos;$&apos; at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated field reference at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid field name &apos;%1&apos; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected string %1 at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes no arguments, got %2 at position %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes 1 argument, got %2 at position %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes %4 arguments, got %2 at position %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expression nested too deeply at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expression too long at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparisons cannot be chained: &apos;%1&apos; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function &apos;%1&apos; at position %2 must be followed by &apos;(&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; at position %2 (fields are written ${%1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty expression</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormRegistry</name>
    <message>
        <source>No form definitions found in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSummary</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 cannot be made private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer version of Prihvat (schema %1; this version knows up to %2). Update Prihvat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Prihvat cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prihvat</name>
    <message>
        <source>The site code of this device (see the reference data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs --site CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialised %1 for site %2; device %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s values as a JSON object, from FILE or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form id: person, screening, assistance, transport, referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: add FORM --json FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields to change as a JSON object, from FILE or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: update ID --json FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: delete ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: get ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the records as a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N records (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the first N records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: list FORM [--json] [--limit N] [--offset N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;. The forms are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: count FORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: %1; %2 changes waiting to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many persons to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: seed --persons N [--seed S], N from 1 to 10,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeded %1 records (%2 persons) in %3 s: %4 records per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headquarters address, such as https://hq.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-time enrolment code from headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this device (default: the computer&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: enroll --server URL --code CODE [--name NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled with %1 as device %2 for sites %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send each request at most N times when the server cannot be reached (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on a request after S seconds without an answer (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the counts as a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sync [--attempts N] [--timeout S] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder is not enrolled with headquarters. Run &quot;prihvat-cli enroll --server URL --code CODE&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 failed: %2 Trying again in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed %1, pulled %2, conflicts %3, rejected %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes are kept on this device and will be sent by the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choices must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice value &quot;%1&quot; must use only a-z, 0-9 and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice value &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label of choice &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; must be a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a constraint must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; belongs on a field, not on the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; does not apply to a %2 field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint &quot;range&quot; needs &quot;min&quot; or &quot;max&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; needs &quot;min&quot; or &quot;max&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint &quot;pattern&quot; needs a &quot;regex&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint &quot;pattern&quot; has an invalid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraint &quot;expression&quot; needs a &quot;message&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown constraint kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the constraint message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;field&quot; belongs only on form-level constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default value does not fit a %1 field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seeder made a %1 record that does not pass validation; the seeder needs fixing. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prihvat::Cli</name>
    <message>
        <source>Prihvat command line: headless operations on a data folder.

Commands:
  init --site CODE            create the data folder of a device at a site
  add FORM --json FILE|-      validate and save a new record; prints its id
  update ID --json FILE|-     change the given fields of a record
  delete ID                   delete a record (a tombstone is kept)
  get ID                      print a record as JSON
  list FORM [--json]          list the live records of a form
  count FORM                  count the live records of a form
  verify                      check integrity and consistency
  seed --persons N [--seed S] add realistic synthetic data
  forms                       list the forms
  enroll --server URL --code CODE  enrol this device with headquarters
  sync [--json]               push waiting changes and pull new ones

Exit codes: 0 done, 1 failed, 2 invalid input (nothing changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of messages: en, bs, ar, fa, ps, ur, fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load form definitions from DIR instead of the built-in ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of en, bs, ar, fa, ps, ur, fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prihvat::ConflictsPage</name>
    <message>
        <source>Record %1 (not on this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two devices changed the same answer before either had seen the other&apos;s change. The later change was kept everywhere; the other value is kept here so nothing is lost. Choose the value that is right: your choice is saved as an ordinary edit and sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is not on this device yet; sync first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted record cannot be restored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has been deleted; there is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Prihvat does not know the question &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept &quot;%1&quot; for %2. It is sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prihvat::Context</name>
    <message>
        <source>Run &quot;prihvat-cli --help&quot; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; a record is never that large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is larger than 16 MiB; a record is never that large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input must be a JSON object of field names and values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prihvat::DistributionPage</name>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assistance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or an id, then press Enter to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an entry to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what is handed out, then for each person: type the name, check the match, press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or an id first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches &quot;%1&quot;. Check the spelling, or register the person on the People page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of assistance first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 already received %2 today (%n time(s)). Press Enter again to record it once more, or choose another person.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded: %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recorded in this session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prihvat::FormLoader</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the definition must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a name of a-z, 0-9 and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; is &quot;%1&quot; but the file should then be named %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fields&quot; must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field name must be made of a-z, 0-9 and _, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field name is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;sensitivity&quot; must be identifying, protection or facet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs exactly one of &quot;choices&quot;, &quot;choice_list&quot; or &quot;reference&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown choice list &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reference data &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only select_one and select_multiple fields have choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note holds no value, so it cannot be required or have a default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;relevant&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;constraints&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form-level constraints must be of kind &quot;expression&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form-level constraint names unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression &quot;%1&quot; refers to unknown field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expression &quot;%1&quot; refers to note &quot;%2&quot;, which has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;keys&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must name a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1&quot; names unknown field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be key &quot;%1&quot;: it is a %2 field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be key &quot;site&quot;: a choice of site must use the reference data &quot;sites&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;states&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state field must be a select_one field with choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the initial state &quot;%1&quot; is not one of the field&apos;s choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state &quot;%1&quot; has no entry in &quot;transitions&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;transitions&quot; names unknown state &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;stamps&quot; names unknown state &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;stamps&quot; must name datetime fields, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prihvat::FormView</name>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prihvat::LocalStore</name>
    <message>
        <source>%1: the disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database file is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the disk reported an error (%2). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database is busy in another program. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database cannot be written to (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no device id or site: it was not made by &quot;init&quot; or is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown site code &quot;%1&quot;. Known sites: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a Prihvat database; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Prihvat database. Create one with &quot;init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It has not been changed. Keep a copy of the folder and restore the latest backup, or ask headquarters for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start like an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no Prihvat schema; &quot;init&quot; was probably interrupted. Move the file away and run &quot;init&quot; again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer version of Prihvat (schema %1; this version knows up to %2). Update Prihvat; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device id &quot;%1&quot; from headquarters is not a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1, expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1: the id is not a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1: unknown form &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1: its values or stamps are not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1: its clock stamp is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1: the index column for &quot;%2&quot; does not match its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1: value for unknown field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 outbox changes belong to no record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 outbox changes belong to a push batch that is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 outbox changes have a malformed clock stamp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prihvat::MainWindow</name>
    <message>
        <source>Prihvat — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prihvat::PeopleModel</name>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prihvat::PeoplePage</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or an id (Latin or Arabic script)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) registered on this device.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No one found. Press Enter to register &quot;%1&quot; as a new person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es). Enter opens the first; arrow keys choose.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prihvat::PersonProfilePage</name>
    <message>
        <source>Edit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prihvat::RecordEditorPage</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n answer(s) need attention.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them before leaving?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prihvat::RecordListModel</name>
    <message>
        <source>There is no form &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prihvat::RecordListPage</name>
    <message>
        <source>Screenings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a new record with today&apos;s date and this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest date shown; the first date means no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest date shown; the first date means no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prihvat::RecordService</name>
    <message>
        <source>The %1 record was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;. The forms are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is set by the application, not typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new record starts as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 has been deleted and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is final; the state cannot change any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot go from &quot;%1&quot; to &quot;%2&quot;; allowed next: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is already deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prihvat::RecordValidator</name>
    <message>
        <source>This form has no such field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a note; it takes no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is too long: %1 characters, at most %2 allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a date written as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a date and time in ISO 8601 form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be a list of different choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be the id of a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person with the id %1 is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be on or after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be on or before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be between %1 and %2 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at least %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between %1 and %2 options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least %1 options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at most %1 options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is not written in the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply, given the other answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prihvat::ReferenceData</name>
    <message>
        <source>Reference data %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every site needs a code, a name and a kind (centre or outreach)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every entry needs a code and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every provider needs a code and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the set is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prihvat::Seeder</name>
    <message>
        <source>The number of persons to seed must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prihvat::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent&apos;s language, shown beside each question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 (%2) · device %3 · data in %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prihvat::SetupDialog</name>
    <message>
        <source>Set up this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop has no Prihvat data yet. Choose the site it works at; its records will be kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prihvat::SyncClient</name>
    <message>
        <source>The sync cannot run: no network access is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from headquarters arrived damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters cannot be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from headquarters was cut off (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters refused this device&apos;s credential: it may have been revoked. Ask headquarters to enrol the device again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters found the request too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters is busy and asked this device to wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters has a problem (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters refused the request (HTTP %1). Sync stopped; ask headquarters for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters refused the request (HTTP %1: %2). Sync stopped; ask headquarters for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many enrolment attempts; try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many enrolment attempts; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large for headquarters to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment code is wrong, already used or expired. Ask headquarters for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s); your changes are kept for the next sync.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Your changes are kept and sync will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is under way; enrol when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; it looks like https://hq.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters answered the enrolment with something this device cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not enrolled with headquarters yet, so it cannot sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync was stopped before it finished. Your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from headquarters could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prihvat::SyncPage</name>
    <message>
        <source>Sync with headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 sent, %2 received, %3 new conflicts, %4 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not enrolled yet. Ask headquarters for a one-time code, then run: prihvat-cli enroll --server ADDRESS --code CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not available in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to try again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(protection-sensitive, not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes headquarters refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prihvat::SyncState</name>
    <message>
        <source>Saving the sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the changes to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the changes to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters answered %1 changes with %2 results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the answer from headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by headquarters without a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the changes from headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prihvat::TransportBoardPage</name>
    <message>
        <source>Transport requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Depart (in transit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mplete (arrived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vehicle has left with the selected request&apos;s people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people of the selected request have arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected request. A reason can be added by opening it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request with the arrow keys (left and right change column); Enter opens it. The buttons move it to its next state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transport request no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for %1 is &quot;%2&quot; and cannot become &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for %1 is now &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prihvat::seed::SeedCatalogue</name>
    <message>
        <source>The seeder needs &quot;%1&quot; in the reference set &quot;%2&quot;, which does not have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seeder needs at least one reception centre and one outreach site in the reference data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
