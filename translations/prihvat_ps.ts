<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ps">
<context>
    <name>Accounts</name>
    <message>
        <source>Only an administrator can manage users.</source>
        <translation>یوازې اداره کوونکی کولای شي کاروونکي اداره کړي.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. An administrator can unlock it.</source>
        <translation>دا حساب د ډېرو ناسمو پټنومونو له امله قلف شوی دی. اداره کوونکی یې خلاصولای شي.</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>کارن نوم یا پټنوم سم نه دی.</translation>
    </message>
    <message>
        <source>The keys of this data folder were destroyed (the device was revoked). Nothing in it can be opened any more.</source>
        <translation>د معلوماتو د دې فولډر کیلي له منځه وړل شوې دي (وسیله لغوه شوې وه). په دې فولډر کې هېڅ شی نور نه شي پرانیستل کېدای.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a user name: use 1 to 64 letters, digits, dots, hyphens or underscores.</source>
        <translation>&quot;%1&quot; کارن نوم نه شي کېدای: له 1 څخه تر 64 پورې توري، شمېرې، ټکي، لنډې کرښې (-) یا لاندې کرښې (_) وکاروئ.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>پټنوم باید لږ تر لږه %1 توري ولري.</translation>
    </message>
    <message>
        <source>A password can have at most 1024 characters.</source>
        <translation>پټنوم تر ټولو ډېر 1024 توري لرلای شي.</translation>
    </message>
    <message>
        <source>Reading the users</source>
        <translation>د کاروونکو لوستل</translation>
    </message>
    <message>
        <source>The user %1 has an unknown role &quot;%2&quot;.</source>
        <translation>کاروونکی %1 ناپېژندل شوی رول &quot;%2&quot; لري.</translation>
    </message>
    <message>
        <source>Saving the user</source>
        <translation>د کاروونکي خوندي کول</translation>
    </message>
    <message>
        <source>This data folder already has users; an administrator adds new ones.</source>
        <translation>دا د معلوماتو فولډر دمخه کاروونکي لري؛ نوي کاروونکي اداره کوونکی زیاتوي.</translation>
    </message>
    <message>
        <source>The stored password of the user %1 is damaged.</source>
        <translation>د کاروونکي %1 خوندي شوی پټنوم زیانمن دی.</translation>
    </message>
    <message>
        <source>Recording the login</source>
        <translation>د ننوتو ثبتول</translation>
    </message>
    <message>
        <source>The data key of the user %1 is damaged and does not open.</source>
        <translation>د کاروونکي %1 د معلوماتو کیلي زیانمنه ده او نه خلاصېږي.</translation>
    </message>
    <message>
        <source>There is already a user %1.</source>
        <translation>کاروونکی %1 دمخه شته.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>کاروونکی %1 نشته.</translation>
    </message>
    <message>
        <source>%1 is the last administrator and cannot be removed.</source>
        <translation>%1 وروستی اداره کوونکی دی او نه شي لرې کېدای.</translation>
    </message>
    <message>
        <source>Removing the user</source>
        <translation>د کاروونکي لرې کول</translation>
    </message>
    <message>
        <source>%1 is the last administrator; make another user an administrator first.</source>
        <translation>%1 وروستی اداره کوونکی دی؛ لومړی بل کاروونکی اداره کوونکی کړئ.</translation>
    </message>
    <message>
        <source>Only an administrator can set the password of another user.</source>
        <translation>یوازې اداره کوونکی کولای شي د بل کاروونکي پټنوم وټاکي.</translation>
    </message>
    <message>
        <source>Saving the new password</source>
        <translation>د نوي پټنوم خوندي کول</translation>
    </message>
    <message>
        <source>Destroying the keys</source>
        <translation>د کیلیو له منځه وړل</translation>
    </message>
    <message>
        <source>The keys were destroyed, but another program holds the database open, so old copies may remain in its log until it closes.</source>
        <translation>کیلي له منځه یوړل شوې، خو بل پروګرام ډېټابېس پرانیستی ساتلی دی، نو ښایي د کیلیو زړې کاپي د هغه پروګرام په لاګ فایل کې تر هغه پاتې وي چې پروګرام بند شي.</translation>
    </message>
    <message>
        <source>The password of this user is hashed with &quot;%1&quot;, which this version does not accept.</source>
        <translation>د دې کاروونکي پټنوم د &quot;%1&quot; په طریقه هش شوی، چې دا نسخه یې نه مني.</translation>
    </message>
    <message>
        <source>The stored password parameters of this user are weaker than the minimum; the account is refused. An administrator must set a new password.</source>
        <translation>د دې کاروونکي د خوندي شوي پټنوم پارامیټرونه له لږ تر لږه اندازې کمزوري دي؛ حساب نه منل کېږي. اداره کوونکی باید نوی پټنوم وټاکي.</translation>
    </message>
    <message>
        <source>The stored password parameters of this user are out of range; the account is refused.</source>
        <translation>د دې کاروونکي د خوندي شوي پټنوم پارامیټرونه له منل شوي حد څخه بهر دي؛ حساب نه منل کېږي.</translation>
    </message>
    <message>
        <source>The stored password salt of this user is damaged.</source>
        <translation>د دې کاروونکي د خوندي شوي پټنوم salt زیانمن دی.</translation>
    </message>
    <message>
        <source>There is not enough memory to check the password (Argon2id needs %1 MiB).</source>
        <translation>د پټنوم د کتلو لپاره بسنه کوونکې حافظه نشته (Argon2id ته %1 MiB اړین دي).</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>اداره کوونکی</translation>
    </message>
    <message>
        <source>mobile team</source>
        <translation>ګرځنده ټیم</translation>
    </message>
    <message>
        <source>reception desk</source>
        <translation>د هرکلي مېز</translation>
    </message>
    <message>
        <source>protection officer</source>
        <translation>د ساتنې افسر</translation>
    </message>
    <message>
        <source>Your access to the data is being renewed: another user of this data folder must log in first.</source>
        <translation>معلوماتو ته ستاسو لاسرسی نوی کېږي: لومړی باید د دې معلوماتو فولډر بل کاروونکی ننوځي.</translation>
    </message>
    <message>
        <source>The recovery secret is not right.</source>
        <translation>د بیا راګرځولو پټ کوډ سم نه دی.</translation>
    </message>
    <message>
        <source>This data folder has no recovery secret.</source>
        <translation>دا د معلوماتو فولډر د بیا راګرځولو پټ کوډ نه لري.</translation>
    </message>
    <message>
        <source>Only an administrator&apos;s account can be recovered with the recovery secret.</source>
        <translation>د بیا راګرځولو په پټ کوډ یوازې د اداره کوونکي حساب بیرته ترلاسه کېدای شي.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;prihvat-cli --help&quot; for the commands.</source>
        <translation>د کمانډونو لپاره &quot;prihvat-cli --help&quot; وچلوئ.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 نه شي لوستل کېدای: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; a record is never that large.</source>
        <translation>%1 له 16 MiB څخه لوی دی؛ هېڅ ریکارډ دومره لوی نه وي.</translation>
    </message>
    <message>
        <source>The input is larger than 16 MiB; a record is never that large.</source>
        <translation>ننوتی له 16 MiB څخه لوی دی؛ هېڅ ریکارډ دومره لوی نه وي.</translation>
    </message>
    <message>
        <source>The input is not valid JSON (%1 at byte %2).</source>
        <translation>ننوتی سم JSON نه دی (%1 په %2 بایټ کې).</translation>
    </message>
    <message>
        <source>The input must be a JSON object of field names and values.</source>
        <translation>ننوتی باید د فیلډونو د نومونو او ارزښتونو JSON څیز وي.</translation>
    </message>
    <message>
        <source>The site code of this device (see the reference data).</source>
        <translation>د دې وسیلې د ځای کوډ (مرجع معلومات وګورئ).</translation>
    </message>
    <message>
        <source>Initialised %1 for site %2; device %3.</source>
        <translation>%1 د %2 ځای لپاره برابر شو؛ وسیله %3.</translation>
    </message>
    <message>
        <source>The record&apos;s values as a JSON object, from FILE or - for standard input.</source>
        <translation>د ریکارډ ارزښتونه د JSON څیز په بڼه، له FILE څخه یا - د معیاري ننوتو لپاره.</translation>
    </message>
    <message>
        <source>The form id: person, screening, assistance, transport, referral.</source>
        <translation>د فورمې پېژند: person، screening، assistance، transport، referral.</translation>
    </message>
    <message>
        <source>Usage: add FORM --json FILE</source>
        <translation>د کارولو بڼه: add FORM --json FILE</translation>
    </message>
    <message>
        <source>The fields to change as a JSON object, from FILE or - for standard input.</source>
        <translation>هغه فیلډونه چې بدلېږي، د JSON څیز په بڼه، له FILE څخه یا - د معیاري ننوتو لپاره.</translation>
    </message>
    <message>
        <source>The record id.</source>
        <translation>د ریکارډ پېژند.</translation>
    </message>
    <message>
        <source>Usage: update ID --json FILE</source>
        <translation>د کارولو بڼه: update ID --json FILE</translation>
    </message>
    <message>
        <source>Usage: delete ID</source>
        <translation>د کارولو بڼه: delete ID</translation>
    </message>
    <message>
        <source>Usage: get ID</source>
        <translation>د کارولو بڼه: get ID</translation>
    </message>
    <message>
        <source>No record has the id %1.</source>
        <translation>هېڅ ریکارډ د %1 پېژند نه لري.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>هو</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نه</translation>
    </message>
    <message>
        <source>Print the records as a JSON array.</source>
        <translation>ریکارډونه د JSON لړۍ په بڼه چاپوي.</translation>
    </message>
    <message>
        <source>At most N records (default 1000).</source>
        <translation>تر ټولو ډېر N ریکارډونه (اصلي ارزښت: 1000).</translation>
    </message>
    <message>
        <source>Skip the first N records.</source>
        <translation>لومړي N ریکارډونه پرېږدي.</translation>
    </message>
    <message>
        <source>The form id.</source>
        <translation>د فورمې پېژند.</translation>
    </message>
    <message>
        <source>Usage: list FORM [--json] [--limit N] [--offset N]</source>
        <translation>د کارولو بڼه: list FORM [--json] [--limit N] [--offset N]</translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;. The forms are: %2</source>
        <translation>فورمه &quot;%1&quot; ناپېژندل شوې ده. فورمې دا دي: %2</translation>
    </message>
    <message>
        <source>Usage: count FORM</source>
        <translation>د کارولو بڼه: count FORM</translation>
    </message>
    <message>
        <source>OK: %1; %2 changes waiting to sync.</source>
        <translation>سم دی: %1؛ %2 بدلونونه د همغږۍ په تمه دي.</translation>
    </message>
    <message>
        <source>How many persons to create.</source>
        <translation>څو کسان دې جوړ شي.</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same data.</source>
        <translation>د تصادف پیلیز عدد (seed): ورته عدد ورته معلومات جوړوي.</translation>
    </message>
    <message>
        <source>Usage: seed --persons N [--seed S], N from 1 to 10,000,000</source>
        <translation>د کارولو بڼه: seed --persons N [--seed S]، N له 1 څخه تر 10,000,000 پورې</translation>
    </message>
    <message>
        <source>Seeded %1 records (%2 persons) in %3 s: %4 records per second.</source>
        <translation>%1 ریکارډونه (%2 کسان) په %3 ثانیو کې جوړ شول: په یوه ثانیه کې %4 ریکارډونه.</translation>
    </message>
    <message>
        <source>The headquarters address, such as https://hq.example.org.</source>
        <translation>د مرکزي دفتر پته، لکه https://hq.example.org.</translation>
    </message>
    <message>
        <source>The one-time enrolment code from headquarters.</source>
        <translation>له مرکزي دفتر څخه د نوم لیکنې یو ځلی کوډ.</translation>
    </message>
    <message>
        <source>A name for this device (default: the computer&apos;s name).</source>
        <translation>د دې وسیلې لپاره یو نوم (اصلي ارزښت: د کمپیوټر نوم).</translation>
    </message>
    <message>
        <source>Usage: enroll --server URL --code CODE [--name NAME]</source>
        <translation>د کارولو بڼه: enroll --server URL --code CODE [--name NAME]</translation>
    </message>
    <message>
        <source>Enrolled with %1 as device %2 for sites %3.</source>
        <translation>په %1 کې نوم لیکنه وشوه: وسیله %2 د %3 ځایونو لپاره.</translation>
    </message>
    <message>
        <source>Send each request at most N times when the server cannot be reached (default 4).</source>
        <translation>کله چې سرور ته لاسرسی نه وي، هره غوښتنه تر ټولو ډېر N ځله لېږل کېږي (اصلي ارزښت: 4).</translation>
    </message>
    <message>
        <source>Give up on a request after S seconds without an answer (default 30).</source>
        <translation>که تر S ثانیو پورې ځواب را نه شي، غوښتنه پرېښودل کېږي (اصلي ارزښت: 30).</translation>
    </message>
    <message>
        <source>Print the counts as a JSON object.</source>
        <translation>شمېرې د JSON څیز په بڼه چاپوي.</translation>
    </message>
    <message>
        <source>Usage: sync [--attempts N] [--timeout S] [--json]</source>
        <translation>د کارولو بڼه: sync [--attempts N] [--timeout S] [--json]</translation>
    </message>
    <message>
        <source>This data folder is not enrolled with headquarters. Run &quot;prihvat-cli enroll --server URL --code CODE&quot; first.</source>
        <translation>دا د معلوماتو فولډر په مرکزي دفتر کې نوم لیکنه نه لري. لومړی &quot;prihvat-cli enroll --server URL --code CODE&quot; وچلوئ.</translation>
    </message>
    <message>
        <source>Attempt %1 failed: %2 Trying again in %3 s.</source>
        <translation>%1 هڅه ناکامه شوه: %2 په %3 ثانیو کې بیا هڅه کېږي.</translation>
    </message>
    <message>
        <source>Pushed %1, pulled %2, conflicts %3, rejected %4.</source>
        <translation>لېږل شوي %1، ترلاسه شوي %2، ټکرونه %3، رد شوي %4.</translation>
    </message>
    <message>
        <source>%1 changes are kept on this device and will be sent by the next sync.</source>
        <translation>%1 بدلونونه په دې وسیله کې ساتل شوي او د راتلونکې همغږۍ پر مهال به ولېږل شي.</translation>
    </message>
    <message>
        <source>The data folder (default: %1).</source>
        <translation>د معلوماتو فولډر (اصلي ارزښت: %1).</translation>
    </message>
    <message>
        <source>The language of messages: en, bs, ar, fa, ps, ur, fr.</source>
        <translation>د پیغامونو ژبه: en، bs، ar، fa، ps، ur، fr.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>څه باید وشي (پورته وګورئ).</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of en, bs, ar, fa, ps, ur, fr.</source>
        <translation>ناپېژندل شوې ژبه &quot;%1&quot;؛ له en، bs، ar، fa، ps، ur، fr څخه یوه وکاروئ.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>هېڅ کمانډ نه دی ورکړل شوی.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>ناپېژندل شوی کمانډ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Audit trail: %1 entries, hash chain intact.</source>
        <translation>د پلټنې ریکارډ: %1 ننوتونه، د هش ځنځیر روغ دی.</translation>
    </message>
    <message>
        <source>Print the entries as a JSON array.</source>
        <translation>ننوتونه د JSON لړۍ په بڼه چاپوي.</translation>
    </message>
    <message>
        <source>At most N entries, newest first (default 100).</source>
        <translation>تر ټولو ډېر N ننوتونه، تر ټولو نوي لومړی (اصلي ارزښت: 100).</translation>
    </message>
    <message>
        <source>Usage: audit [--limit N] [--json]</source>
        <translation>د کارولو بڼه: audit [--limit N] [--json]</translation>
    </message>
    <message>
        <source>No password given: set %1 or run the command in a terminal.</source>
        <translation>هېڅ پټنوم نه دی ورکړل شوی: %1 وټاکئ یا کمانډ په ټرمینل کې وچلوئ.</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>هماغه پټنوم بیا: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>دواړه پټنومونه یو شان نه دي؛ هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>This data folder has no user yet. Create its administrator first: prihvat-cli --data-dir DIR user add NAME --role admin</source>
        <translation>دا د معلوماتو فولډر لا هېڅ کاروونکی نه لري. لومړی یې اداره کوونکی جوړ کړئ: prihvat-cli --data-dir DIR user add NAME --role admin</translation>
    </message>
    <message>
        <source>Give --user NAME: every command on this data folder needs a user and their password (from %1 or typed when asked).</source>
        <translation>--user NAME ورکړئ: د معلوماتو پر دې فولډر هر کمانډ یو کاروونکي او د هغه پټنوم ته اړتیا لري (له %1 څخه، یا کله چې وپوښتل شي ولیکل شي).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>د %1 پټنوم: </translation>
    </message>
    <message>
        <source>The administrator to create (password from PRIHVAT_PASSWORD, or asked twice).</source>
        <translation>هغه اداره کوونکی چې جوړېږي (پټنوم له PRIHVAT_PASSWORD څخه، یا دوه ځله پوښتل کېږي).</translation>
    </message>
    <message>
        <source>init needs --site CODE and --user NAME.</source>
        <translation>init ته --site CODE او --user NAME اړین دي.</translation>
    </message>
    <message>
        <source>A password for the administrator %1: </source>
        <translation>د اداره کوونکي %1 لپاره پټنوم: </translation>
    </message>
    <message>
        <source>Only a protection officer can see or change %1. Nothing was saved.</source>
        <translation>یوازې د ساتنې افسر کولای شي %1 وویني یا بدل یې کړي. هېڅ شی خوندي نه شو.</translation>
    </message>
    <message>
        <source>Only an administrator can read the audit trail.</source>
        <translation>یوازې اداره کوونکی کولای شي د پلټنې ریکارډ ولولي.</translation>
    </message>
    <message>
        <source>Reference data from headquarters: %1 changes.</source>
        <translation>له مرکزي دفتر څخه مرجع معلومات: %1 بدلونونه.</translation>
    </message>
    <message>
        <source>The role: admin, mobile, desk or protection.</source>
        <translation>رول: admin، mobile، desk یا protection.</translation>
    </message>
    <message>
        <source>Print the users as a JSON array.</source>
        <translation>کاروونکي د JSON لړۍ په بڼه چاپوي.</translation>
    </message>
    <message>
        <source>add, list, passwd, remove, role or unlock.</source>
        <translation>add، list، passwd، remove، role یا unlock.</translation>
    </message>
    <message>
        <source>Usage: user add NAME --role ROLE | user list [--json] | user passwd [NAME] | user remove NAME | user role NAME ROLE | user unlock NAME</source>
        <translation>د کارولو بڼه: user add NAME --role ROLE | user list [--json] | user passwd [NAME] | user remove NAME | user role NAME ROLE | user unlock NAME</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use one of %2.</source>
        <translation>ناپېژندل شوی رول &quot;%1&quot;؛ له %2 څخه یو وکاروئ.</translation>
    </message>
    <message>
        <source>This data folder has no user yet: the first one must be an administrator (--role admin).</source>
        <translation>دا د معلوماتو فولډر لا هېڅ کاروونکی نه لري: لومړی کاروونکی باید اداره کوونکی وي (--role admin).</translation>
    </message>
    <message>
        <source>A password for %1: </source>
        <translation>د %1 لپاره پټنوم: </translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 (%2) زیات شو.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>قلف شوی</translation>
    </message>
    <message>
        <source>A new password for %1: </source>
        <translation>د %1 لپاره نوی پټنوم: </translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>د %1 پټنوم بدل شو.</translation>
    </message>
    <message>
        <source>Removed %1; their key to this data folder is destroyed.</source>
        <translation>%1 لرې شو؛ د معلوماتو دې فولډر ته یې کیلي له منځه یوړل شوه.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 اوس %2 دی.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 بیا ننوتلای شي.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>هغه CSV فایل چې لیکل کېږي.</translation>
    </message>
    <message>
        <source>Usage: export --form FORM --out FILE</source>
        <translation>د کارولو بڼه: export --form FORM --out FILE</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 نه شي لیکل کېدای: %2</translation>
    </message>
    <message>
        <source>Exported %1 records of %2 to %3.</source>
        <translation>د %2 فورمې %1 ریکارډونه په %3 کې صادر شول.</translation>
    </message>
    <message>
        <source>%1 protection-sensitive fields were left out (protection officers only).</source>
        <translation>د ساتنې له پلوه %1 حساس فیلډونه پرېښودل شول (یوازې د ساتنې افسرانو لپاره دي).</translation>
    </message>
    <message>
        <source>Who is working: every command on a data folder needs a user and their password (from PRIHVAT_PASSWORD, or typed when asked).</source>
        <translation>څوک کار کوي: د معلوماتو پر فولډر هر کمانډ یو کاروونکي او د هغه پټنوم ته اړتیا لري (له PRIHVAT_PASSWORD څخه، یا کله چې وپوښتل شي ولیکل شي).</translation>
    </message>
    <message>
        <source>The keys of this data folder are destroyed: its records can no longer be opened by anyone.</source>
        <translation>د دې معلوماتو فولډر کیلي له منځه لاړې: نور هېڅوک یې ریکارډونه نشي خلاصولی.</translation>
    </message>
    <message>
        <source>Removed %1 records past their retention period.</source>
        <translation>%1 ریکارډونه چې د ساتلو موده یې تېره شوې وه لرې شول.</translation>
    </message>
    <message>
        <source>Load form definitions from DIR instead of the built-in ones; their forms, fields and sensitivities must be the built-in ones.</source>
        <translation>د فورمو تعریفونه د دننني تعریفونو پر ځای له DIR څخه پورته کړه؛ د هغوی فورمې، ساحې او حساسیت باید هماغه دننني وي.</translation>
    </message>
    <message>
        <source>Allow a plain http server address that is not on this computer (for tests only: the credential and the data would cross the network readable).</source>
        <translation>د داسې ساده http سرور پته اجازه ورکړئ چې پر دې کمپیوټر نه وي (یوازې د ازموینو لپاره: باورلیک او معلومات به د لوستلو وړ له شبکې تېرېږي).</translation>
    </message>
    <message>
        <source>Recovery secret of this data folder, shown only this once (write it down or print it, and keep it apart from this laptop): %1</source>
        <translation>د دې معلوماتو فولډر د بیا راګرځولو پټ کوډ، چې یوازې همدا یو ځل ښودل کېږي (ویې لیکئ یا یې چاپ کړئ، او له دې لپ ټاپ څخه جلا یې وساتئ): %1</translation>
    </message>
    <message>
        <source>Usage: --user NAME recover</source>
        <translation>کارونه: --user NAME recover</translation>
    </message>
    <message>
        <source>Recovery secret: </source>
        <translation>د بیا راګرځولو پټ کوډ: </translation>
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
        <translation>د Prihvat کمانډ کرښه: د معلوماتو پر فولډر باندې پرته له کړکۍ کارونه.

کمانډونه:
  init --site CODE --user NAME  په یوه ځای کې د یوې وسیلې د معلوماتو فولډر او د هغه
                              اداره کوونکی جوړوي
  add FORM --json FILE|-      نوی ریکارډ کتي او خوندي کوي؛ پېژند یې چاپوي
  update ID --json FILE|-     د یوه ریکارډ ورکړل شوي فیلډونه بدلوي
  delete ID                   یو ریکارډ ړنګوي (د ړنګېدو نښه ساتل کېږي)
  get ID                      یو ریکارډ د JSON په بڼه چاپوي
  list FORM [--json]          د یوې فورمې ژوندي (نه ړنګ شوي) ریکارډونه لېست کوي
  count FORM                  د یوې فورمې ژوندي ریکارډونه شمېري
  verify                      بشپړتیا، سمون او د پلټنې ریکارډ کتي
  audit [--limit N] [--json]  د پلټنې ریکارډ چاپوي، تر ټولو نوي لومړی
  seed --persons N [--seed S] واقعي ښکارېدونکي ازمایښتي معلومات زیاتوي
  forms                       فورمې لېست کوي
  enroll --server URL --code CODE  دا وسیله په مرکزي دفتر کې نوم لیکنه کوي
  sync [--json]               د لېږلو په تمه بدلونونه لېږي او نوي بدلونونه ترلاسه کوي
  export --form FORM --out FILE  د یوې فورمې ژوندي ریکارډونه د CSV په بڼه لیکي
  user add NAME --role ROLE   کاروونکی زیاتوي (admin، mobile، desk، protection)
  user list | passwd [NAME] | remove NAME | role NAME ROLE | unlock NAME
  recover                     د اداره کوونکي --user NAME لپاره نوی پټنوم، د
                              init پر مهال ښودل شوي د بیا راګرځولو پټ کوډ سره (PRIHVAT_RECOVERY)

د معلوماتو پر فولډر هر کمانډ --user NAME (له کمانډ مخکې) او پټنوم ته اړتیا لري،
چې له PRIHVAT_PASSWORD څخه اخیستل کېږي یا کله چې وپوښتل شي لیکل کېږي؛ د نوي کاروونکي پټنوم
له PRIHVAT_NEW_PASSWORD څخه اخیستل کېږي یا دوه ځله پوښتل کېږي.

د وتلو کوډونه: 0 ترسره شو، 1 ناکام شو، 2 ناسم ننوتی (هېڅ شی بدل نه شو).</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Set-up was cancelled.</source>
        <translation>د وسیلې برابرول لغوه شول.</translation>
    </message>
    <message>
        <source>The data folder %1 is not set up.</source>
        <translation>د معلوماتو فولډر %1 لا نه دی برابر شوی.</translation>
    </message>
    <message>
        <source>The keys of this data folder were destroyed because headquarters revoked this device. Its records cannot be opened any more.</source>
        <translation>د معلوماتو د دې فولډر کیلي له منځه یوړل شوې، ځکه چې مرکزي دفتر دا وسیله لغوه کړه. د دې فولډر ریکارډونه نور نه شي پرانیستل کېدای.</translation>
    </message>
    <message>
        <source>This data folder has no administrator yet. Start Prihvat without options to create one.</source>
        <translation>دا د معلوماتو فولډر لا اداره کوونکی نه لري. د اداره کوونکي د جوړولو لپاره Prihvat پرته له اختیارونو (options) پیل کړئ.</translation>
    </message>
    <message>
        <source>The session was locked. Log in to go on.</source>
        <translation>دوره قلف شوه. د دوام لپاره ننوځئ.</translation>
    </message>
    <message>
        <source>This device was revoked</source>
        <translation>د دې وسیلې نوم لیکنه لغوه شوه</translation>
    </message>
    <message>
        <source>The keys of this data folder are destroyed now: its records can no longer be opened by anyone.</source>
        <translation>د دې معلوماتو فولډر کیلي اوس له منځه ځي: وروسته به هېڅوک یې ریکارډونه خلاص نشي کړای.</translation>
    </message>
    <message>
        <source>Recovery secret</source>
        <translation>د بیا راګرځولو پټ کوډ</translation>
    </message>
    <message>
        <source>Write down or print this recovery secret and keep it apart from this laptop. With it, an administrator who forgot their password can set a new one (prihvat-cli recover). It is shown only this once.

%1</source>
        <translation>دا د بیا راګرځولو پټ کوډ ولیکئ یا یې چاپ کړئ، او له دې لپ ټاپ څخه جلا یې وساتئ. د دې په مرسته هغه اداره کوونکی چې خپل پټنوم یې هېر کړی وي، نوی پټنوم ټاکلی شي (prihvat-cli recover). یوازې همدا یو ځل ښودل کېږي.

%1</translation>
    </message>
    <message>
        <source>You were filling in “%1” when the session was locked. It is not saved yet.</source>
        <translation>کله چې ناسته قلف شوه، تاسو «%1» ډکوله. لا تر اوسه نه دی خوندي شوی.</translation>
    </message>
    <message>
        <source>You were filling in “%1” for %2 when the session was locked. It is not saved yet.</source>
        <translation>کله چې ناسته قلف شوه، تاسو د %2 لپاره «%1» ډکوله. لا تر اوسه نه دی خوندي شوی.</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>ناخوندي کار</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>دوام ورکړئ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>لرې یې کړئ</translation>
    </message>
    <message>
        <source>The record of this unsaved work no longer exists here.</source>
        <translation>د دې ناخوندي کار ریکارډ نور دلته نشته.</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>malformed number &apos;%1&apos; at position %2</source>
        <translation>ناسم عدد &apos;%1&apos; د %2 په موقعیت کې</translation>
    </message>
    <message>
        <source>number out of range at position %1</source>
        <translation>له حد څخه بهر عدد د %1 په موقعیت کې</translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos; at position %2</source>
        <translation>ناسمه ځانګړې نښه &apos;\%1&apos; د %2 په موقعیت کې</translation>
    </message>
    <message>
        <source>unterminated string at position %1</source>
        <translation>نه تړل شوی متن د %1 په موقعیت کې</translation>
    </message>
    <message>
        <source>expected &apos;{&apos; after &apos;$&apos; at position %1</source>
        <translation>له &apos;$&apos; وروسته باید &apos;{&apos; راشي، د %1 په موقعیت کې</translation>
    </message>
    <message>
        <source>unterminated field reference at position %1</source>
        <translation>فیلډ ته نه تړل شوې اشاره د %1 په موقعیت کې</translation>
    </message>
    <message>
        <source>invalid field name &apos;%1&apos; at position %2</source>
        <translation>د فیلډ ناسم نوم &apos;%1&apos; د %2 په موقعیت کې</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; at position %2</source>
        <translation>غیر متوقع توری &apos;%1&apos; د %2 په موقعیت کې</translation>
    </message>
    <message>
        <source>unexpected end of expression</source>
        <translation>د افادې غیر متوقع پای</translation>
    </message>
    <message>
        <source>unexpected string %1 at position %2</source>
        <translation>غیر متوقع متن %1 د %2 په موقعیت کې</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>غیر متوقع &apos;%1&apos; د %2 په موقعیت کې</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes no arguments, got %2 at position %3</source>
        <translation>فنکشن &apos;%1&apos; هېڅ ارګومنټ نه اخلي، خو %2 ورکړل شوي، د %3 په موقعیت کې</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes 1 argument, got %2 at position %3</source>
        <translation>فنکشن &apos;%1&apos; یو ارګومنټ اخلي، خو %2 ورکړل شوي، د %3 په موقعیت کې</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes %4 arguments, got %2 at position %3</source>
        <translation>فنکشن &apos;%1&apos; %4 ارګومنټونه اخلي، خو %2 ورکړل شوي، د %3 په موقعیت کې</translation>
    </message>
    <message>
        <source>expression nested too deeply at position %1</source>
        <translation>افاده له حده زیاته تو در تو ده، د %1 په موقعیت کې</translation>
    </message>
    <message>
        <source>expression too long at position %1</source>
        <translation>افاده له حده زیاته اوږده ده، د %1 په موقعیت کې</translation>
    </message>
    <message>
        <source>comparisons cannot be chained: &apos;%1&apos; at position %2</source>
        <translation>پرتلې یو په بل پسې نه شي تړل کېدای: &apos;%1&apos; د %2 په موقعیت کې</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; at position %2 must be followed by &apos;(&apos;</source>
        <translation>د %2 په موقعیت کې له فنکشن &apos;%1&apos; وروسته باید &apos;(&apos; راشي</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; at position %2 (fields are written ${%1})</source>
        <translation>ناپېژندل شوی نوم &apos;%1&apos; د %2 په موقعیت کې (فیلډونه داسې لیکل کېږي: ${%1})</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; at position %2</source>
        <translation>ناپېژندل شوی فنکشن &apos;%1&apos; د %2 په موقعیت کې</translation>
    </message>
    <message>
        <source>empty expression</source>
        <translation>تشه افاده</translation>
    </message>
</context>
<context>
    <name>FormLoader</name>
    <message>
        <source>%1 has an unknown key &quot;%2&quot;</source>
        <translation>%1 ناپېژندل شوې کیلي &quot;%2&quot; لري</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>choices must be a non-empty list</source>
        <translation>انتخابونه باید لېست وي او تش نه وي</translation>
    </message>
    <message>
        <source>a choice</source>
        <translation>یو انتخاب</translation>
    </message>
    <message>
        <source>choice value &quot;%1&quot; must use only a-z, 0-9 and _</source>
        <translation>د انتخاب ارزښت &quot;%1&quot; باید یوازې له a-z، 0-9 او _ څخه جوړ وي</translation>
    </message>
    <message>
        <source>choice value &quot;%1&quot; appears twice</source>
        <translation>د انتخاب ارزښت &quot;%1&quot; دوه ځله راغلی دی</translation>
    </message>
    <message>
        <source>the label of choice &quot;%1&quot;</source>
        <translation>د &quot;%1&quot; انتخاب لیبل</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 باید متن وي</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; must be a number</source>
        <translation>محدودیت &quot;%1&quot; باید عدد وي</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; must be a date YYYY-MM-DD</source>
        <translation>محدودیت &quot;%1&quot; باید د YYYY-MM-DD په بڼه نېټه وي</translation>
    </message>
    <message>
        <source>a constraint must be an object</source>
        <translation>هر محدودیت باید څیز وي</translation>
    </message>
    <message>
        <source>a constraint</source>
        <translation>یو محدودیت</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; belongs on a field, not on the form</source>
        <translation>محدودیت &quot;%1&quot; د فیلډ لپاره دی، نه د فورمې لپاره</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; does not apply to a %2 field</source>
        <translation>محدودیت &quot;%1&quot; پر %2 ډول فیلډ نه تطبیقېږي</translation>
    </message>
    <message>
        <source>constraint &quot;range&quot; needs &quot;min&quot; or &quot;max&quot;</source>
        <translation>محدودیت &quot;range&quot; ته &quot;min&quot; یا &quot;max&quot; اړین دی</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; needs &quot;min&quot; or &quot;max&quot;</source>
        <translation>محدودیت &quot;%1&quot; ته &quot;min&quot; یا &quot;max&quot; اړین دی</translation>
    </message>
    <message>
        <source>constraint &quot;pattern&quot; needs a &quot;regex&quot;</source>
        <translation>محدودیت &quot;pattern&quot; ته &quot;regex&quot; اړین دی</translation>
    </message>
    <message>
        <source>constraint &quot;pattern&quot; has an invalid regular expression: %1</source>
        <translation>محدودیت &quot;pattern&quot; ناسمه منظمه افاده لري: %1</translation>
    </message>
    <message>
        <source>constraint expression</source>
        <translation>د محدودیت افاده</translation>
    </message>
    <message>
        <source>constraint &quot;expression&quot; needs a &quot;message&quot;</source>
        <translation>محدودیت &quot;expression&quot; ته &quot;message&quot; اړین دی</translation>
    </message>
    <message>
        <source>unknown constraint kind &quot;%1&quot;</source>
        <translation>د محدودیت ناپېژندل شوی ډول &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the constraint message</source>
        <translation>د محدودیت پیغام</translation>
    </message>
    <message>
        <source>&quot;field&quot; belongs only on form-level constraints</source>
        <translation>&quot;field&quot; یوازې د فورمې په کچه محدودیتونو کې ځای لري</translation>
    </message>
    <message>
        <source>the default value does not fit a %1 field</source>
        <translation>اصلي ارزښت له %1 ډول فیلډ سره سمون نه خوري</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: نه شي لوستل کېدای: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: په %2 بایټ کې ناسم JSON: %3</translation>
    </message>
    <message>
        <source>%1: the definition must be a JSON object</source>
        <translation>%1: تعریف باید JSON څیز وي</translation>
    </message>
    <message>
        <source>the form</source>
        <translation>فورمه</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a name of a-z, 0-9 and _</source>
        <translation>&quot;id&quot; باید له a-z، 0-9 او _ څخه جوړ نوم وي</translation>
    </message>
    <message>
        <source>&quot;id&quot; is &quot;%1&quot; but the file should then be named %2</source>
        <translation>&quot;id&quot; &quot;%1&quot; دی، نو د فایل نوم باید %2 وي</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number of at least 1</source>
        <translation>&quot;version&quot; باید بشپړ عدد او لږ تر لږه 1 وي</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>سرلیک</translation>
    </message>
    <message>
        <source>&quot;fields&quot; must be a non-empty list</source>
        <translation>&quot;fields&quot; باید لېست وي او تش نه وي</translation>
    </message>
    <message>
        <source>the field name must be made of a-z, 0-9 and _, starting with a letter</source>
        <translation>د فیلډ نوم باید له a-z، 0-9 او _ څخه جوړ وي او په یوه توري پیل شي</translation>
    </message>
    <message>
        <source>the field name is used twice</source>
        <translation>د فیلډ نوم دوه ځله کارول شوی</translation>
    </message>
    <message>
        <source>the field</source>
        <translation>فیلډ</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>ناپېژندل شوی ډول &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the label</source>
        <translation>لیبل</translation>
    </message>
    <message>
        <source>the hint</source>
        <translation>لارښوونه</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; باید هو یا نه (true یا false) وي</translation>
    </message>
    <message>
        <source>&quot;sensitivity&quot; must be identifying, protection or facet</source>
        <translation>&quot;sensitivity&quot; باید identifying، protection یا facet وي</translation>
    </message>
    <message>
        <source>%1 needs exactly one of &quot;choices&quot;, &quot;choice_list&quot; or &quot;reference&quot;</source>
        <translation>%1 ته د &quot;choices&quot;، &quot;choice_list&quot; یا &quot;reference&quot; څخه دقیقاً یو اړین دی</translation>
    </message>
    <message>
        <source>unknown choice list &quot;%1&quot;</source>
        <translation>د انتخابونو ناپېژندل شوی لېست &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown reference data &quot;%1&quot;</source>
        <translation>ناپېژندل شوي مرجع معلومات &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only select_one and select_multiple fields have choices</source>
        <translation>یوازې select_one او select_multiple فیلډونه انتخابونه لري</translation>
    </message>
    <message>
        <source>a note holds no value, so it cannot be required or have a default</source>
        <translation>یادښت هېڅ ارزښت نه لري، نو نه اړین کېدای شي او نه اصلي ارزښت لرلای شي</translation>
    </message>
    <message>
        <source>&quot;relevant&quot;</source>
        <translation>&quot;relevant&quot;</translation>
    </message>
    <message>
        <source>&quot;constraints&quot; must be a list</source>
        <translation>&quot;constraints&quot; باید لېست وي</translation>
    </message>
    <message>
        <source>form-level constraints must be of kind &quot;expression&quot;</source>
        <translation>د فورمې په کچه محدودیتونه باید د &quot;expression&quot; ډول وي</translation>
    </message>
    <message>
        <source>form-level constraint names unknown field &quot;%1&quot;</source>
        <translation>د فورمې په کچه محدودیت ناپېژندل شوی فیلډ &quot;%1&quot; یادوي</translation>
    </message>
    <message>
        <source>the expression &quot;%1&quot; refers to unknown field &quot;%2&quot;</source>
        <translation>افاده &quot;%1&quot; ناپېژندل شوي فیلډ &quot;%2&quot; ته اشاره کوي</translation>
    </message>
    <message>
        <source>the expression &quot;%1&quot; refers to note &quot;%2&quot;, which has no value</source>
        <translation>افاده &quot;%1&quot; یادښت &quot;%2&quot; ته اشاره کوي، چې هېڅ ارزښت نه لري</translation>
    </message>
    <message>
        <source>&quot;keys&quot;</source>
        <translation>&quot;keys&quot;</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must name a field</source>
        <translation>کیلي &quot;%1&quot; باید د یوه فیلډ نوم وي</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; names unknown field &quot;%2&quot;</source>
        <translation>کیلي &quot;%1&quot; ناپېژندل شوی فیلډ &quot;%2&quot; یادوي</translation>
    </message>
    <message>
        <source>cannot be key &quot;%1&quot;: it is a %2 field</source>
        <translation>کیلي &quot;%1&quot; نه شي کېدای: دا د %2 ډول فیلډ دی</translation>
    </message>
    <message>
        <source>cannot be key &quot;site&quot;: a choice of site must use the reference data &quot;sites&quot;</source>
        <translation>کیلي &quot;site&quot; نه شي کېدای: د ځای انتخاب باید مرجع معلومات &quot;sites&quot; وکاروي</translation>
    </message>
    <message>
        <source>&quot;states&quot;</source>
        <translation>&quot;states&quot;</translation>
    </message>
    <message>
        <source>the state field must be a select_one field with choices</source>
        <translation>د حالت فیلډ باید select_one فیلډ وي چې انتخابونه ولري</translation>
    </message>
    <message>
        <source>the initial state &quot;%1&quot; is not one of the field&apos;s choices</source>
        <translation>لومړنی حالت &quot;%1&quot; د فیلډ له انتخابونو څخه نه دی</translation>
    </message>
    <message>
        <source>state &quot;%1&quot; has no entry in &quot;transitions&quot;</source>
        <translation>حالت &quot;%1&quot; په &quot;transitions&quot; کې هېڅ ثبت نه لري</translation>
    </message>
    <message>
        <source>&quot;transitions&quot; names unknown state &quot;%1&quot;</source>
        <translation>&quot;transitions&quot; ناپېژندل شوی حالت &quot;%1&quot; یادوي</translation>
    </message>
    <message>
        <source>&quot;stamps&quot; names unknown state &quot;%1&quot;</source>
        <translation>&quot;stamps&quot; ناپېژندل شوی حالت &quot;%1&quot; یادوي</translation>
    </message>
    <message>
        <source>&quot;stamps&quot; must name datetime fields, not &quot;%1&quot;</source>
        <translation>&quot;stamps&quot; باید datetime فیلډونه یاد کړي، نه &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1: فیلډ &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>must be an object with a text for each language</source>
        <translation>باید داسې څیز وي چې د هرې ژبې لپاره متن ولري</translation>
    </message>
    <message>
        <source>has no text in language &quot;%1&quot;</source>
        <translation>په &quot;%1&quot; ژبه متن نه لري</translation>
    </message>
    <message>
        <source>has an unknown language &quot;%1&quot;</source>
        <translation>نامعلومه ژبه &quot;%1&quot; لري</translation>
    </message>
    <message>
        <source>&quot;records_actor_of&quot; belongs on a read-only text field and lists field names</source>
        <translation>&quot;records_actor_of&quot; یوازې په داسې متني فیلډ کې ځای لري چې یوازې د لوستلو وړ وي، او د فیلډونو نومونه لېست کوي</translation>
    </message>
    <message>
        <source>&quot;records_actor_of&quot; names unknown field &quot;%1&quot;</source>
        <translation>&quot;records_actor_of&quot; ناپېژندل شوی فیلډ &quot;%1&quot; یادوي</translation>
    </message>
    <message>
        <source>cannot be key &quot;%1&quot;: its sensitivity is &quot;%2&quot;, and keys are stored in clear</source>
        <translation>کیلي &quot;%1&quot; نه شي کېدای: حساسیت یې &quot;%2&quot; دی، او کیلي بې کوډه ساتل کېږي</translation>
    </message>
</context>
<context>
    <name>FormRegistry</name>
    <message>
        <source>No form definitions found in %1</source>
        <translation>په %1 کې د فورمو هېڅ تعریف ونه موندل شو</translation>
    </message>
    <message>
        <source>the built-in form &quot;%1&quot; is missing; a folder of form definitions must hold every built-in form.</source>
        <translation>دننۍ فورمه «%1» نشته؛ د فورمو د تعریفونو په پوښۍ کې باید ټولې دننۍ فورمې وي.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a built-in form; only the built-in forms can be loaded from a folder.</source>
        <translation>«%1» دننۍ فورمه نه ده؛ له پوښۍ څخه یوازې دننۍ فورمې پورته کېدای شي.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not in the built-in form; fields and their sensitivity come only with a new version of Prihvat.</source>
        <translation>ساحه «%1» په دننۍ فورمه کې نشته؛ ساحې او د هغوی حساسیت یوازې د Prihvat له نوې نسخې سره راځي.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must stay %2 and &quot;%3&quot; as in the built-in form; sensitivity comes only with a new version of Prihvat.</source>
        <translation>ساحه «%1» باید د دننۍ فورمې په څېر د %2 ډول او د «%3» حساسیت ولري؛ حساسیت یوازې د Prihvat له نوې نسخې سره راځي.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; of the built-in form is missing.</source>
        <translation>د دننۍ فورمې ساحه «%1» نشته.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>(no name kept: no consent)</source>
        <translation>(نوم نه دی ساتل شوی: رضایت نشته)</translation>
    </message>
</context>
<context>
    <name>ProtectionUpgrade</name>
    <message>
        <source>Could not look for protection categories to move</source>
        <translation>د ساتنې هغه ډولونه چې باید ولېږدول شي ونه لټول شول</translation>
    </message>
</context>
<context>
    <name>RecordService</name>
    <message>
        <source>The %1 record was not saved:</source>
        <translation>د %1 ریکارډ خوندي نه شو:</translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;. The forms are: %2</source>
        <translation>فورمه &quot;%1&quot; ناپېژندل شوې ده. فورمې دا دي: %2</translation>
    </message>
    <message>
        <source>Is set by the application, not typed.</source>
        <translation>پروګرام یې ټاکي، لیکل یې نه غواړي.</translation>
    </message>
    <message>
        <source>A new record starts as &quot;%1&quot;.</source>
        <translation>نوی ریکارډ په &quot;%1&quot; حالت پیلېږي.</translation>
    </message>
    <message>
        <source>Record %1 has been deleted and cannot be changed.</source>
        <translation>ریکارډ %1 ړنګ شوی او نور نه شي بدلېدای.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is final; the state cannot change any more.</source>
        <translation>&quot;%1&quot; وروستی حالت دی؛ حالت نور نه شي بدلېدای.</translation>
    </message>
    <message>
        <source>Cannot go from &quot;%1&quot; to &quot;%2&quot;; allowed next: %3.</source>
        <translation>له &quot;%1&quot; څخه &quot;%2&quot; ته تګ نه شي کېدای؛ اجازه لرونکي راتلونکي حالتونه: %3.</translation>
    </message>
    <message>
        <source>Record %1 is already deleted.</source>
        <translation>ریکارډ %1 دمخه ړنګ شوی دی.</translation>
    </message>
    <message>
        <source>No record has the id %1.</source>
        <translation>هېڅ ریکارډ د %1 پېژند نه لري.</translation>
    </message>
    <message>
        <source>This person has not given consent (or has withdrawn it), so only answers for counting can be kept; leave this empty.</source>
        <translation>دې کس رضایت نه دی ورکړی (یا یې بېرته اخیستی دی)، نو یوازې د شمېرنې لپاره ځوابونه ساتل کېدای شي؛ دا خالي پرېږدئ.</translation>
    </message>
    <message>
        <source>Only a protection officer can see or change %1. Nothing was saved.</source>
        <translation>یوازې د ساتنې مسؤل کولای شي %1 وویني یا بدل یې کړي. هېڅ څه خوندي نه شول.</translation>
    </message>
    <message>
        <source>This change would clear answers that only a protection officer can see or change. Nothing was saved: ask a protection officer to make this change.</source>
        <translation>دا بدلون به هغه ځوابونه پاک کړي چې یوازې د ساتنې مسؤل یې لیدلای یا بدلولای شي. هېڅ څه خوندي نه شول: له یوه د ساتنې مسؤل څخه وغواړئ چې دا بدلون وکړي.</translation>
    </message>
    <message>
        <source>This record holds answers that only a protection officer can see; only a protection officer can delete it. Nothing was deleted.</source>
        <translation>په دې ریکارډ کې داسې ځوابونه دي چې یوازې د ساتنې مسؤل یې لیدلای شي؛ یوازې د ساتنې مسؤل یې ړنګولای شي. هېڅ څه ړنګ نه شول.</translation>
    </message>
</context>
<context>
    <name>RecordSummary</name>
    <message>
        <source>yes</source>
        <translation>هو</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نه</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Reference data %1 cannot be read: %2</source>
        <translation>مرجع معلومات %1 نه شي لوستل کېدای: %2</translation>
    </message>
    <message>
        <source>Reference data %1 is not valid JSON: %2</source>
        <translation>مرجع معلومات %1 سم JSON نه دي: %2</translation>
    </message>
    <message>
        <source>Reference data %1: %2</source>
        <translation>مرجع معلومات %1: %2</translation>
    </message>
    <message>
        <source>every site needs a code, a name and a kind (centre or outreach)</source>
        <translation>هر ځای ته کوډ، نوم او ډول (centre یا outreach) اړین دي</translation>
    </message>
    <message>
        <source>every entry needs a code and a name</source>
        <translation>هر ثبت ته کوډ او نوم اړین دي</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: %2</source>
        <translation>توکی &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>service &quot;%1&quot;: %2</source>
        <translation>خدمت &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>every provider needs a code and a name</source>
        <translation>هر خدمت وړاندې کوونکي ته کوډ او نوم اړین دي</translation>
    </message>
    <message>
        <source>the set is empty</source>
        <translation>ټولګه تشه ده</translation>
    </message>
    <message>
        <source>it needs an assistance type</source>
        <translation>د مرستې ډول ته اړتیا لري</translation>
    </message>
    <message>
        <source>a retention period needs a form and a whole number of days from 1 to 36500</source>
        <translation>د ساتلو موده یوې فورمې او د ورځو یو بشپړ عدد ته اړتیا لري چې له 1 څخه تر 36500 پورې وي</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a set headquarters manages</source>
        <translation>&quot;%1&quot; داسې ټولګه نه ده چې مرکزي دفتر یې اداره کوي</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; appears twice</source>
        <translation>کوډ &quot;%1&quot; دوه ځله راغلی دی</translation>
    </message>
</context>
<context>
    <name>Reseal</name>
    <message>
        <source>Re-sealing answers under the newest keys: %1 of %2 rows.</source>
        <translation>ځوابونه د تر ټولو نویو کلیلونو سره بیا مهر کېږي: له %2 قطارونو څخه %1.</translation>
    </message>
</context>
<context>
    <name>RetentionPurge</name>
    <message>
        <source>Could not start the purge</source>
        <translation>د زړو ریکارډونو پاکول پیل نه شول</translation>
    </message>
    <message>
        <source>Could not prepare the purge</source>
        <translation>د زړو ریکارډونو د پاکولو چمتو کول ونه شول</translation>
    </message>
    <message>
        <source>Could not find old records</source>
        <translation>زاړه ریکارډونه ونه موندل شول</translation>
    </message>
    <message>
        <source>Could not remove an old record</source>
        <translation>یو زوړ ریکارډ لرې نه شو</translation>
    </message>
    <message>
        <source>Could not finish the purge</source>
        <translation>د زړو ریکارډونو پاکول پای ته ونه رسېدل</translation>
    </message>
    <message>
        <source>Could not clear the journal after the purge</source>
        <translation>له پاکولو وروسته ژورنال پاک نه شو</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>There is not enough memory to hold a key.</source>
        <translation>د کیلي د ساتلو لپاره بسنه کوونکې حافظه نشته.</translation>
    </message>
    <message>
        <source>The data is locked.</source>
        <translation>معلومات قلف دي.</translation>
    </message>
    <message>
        <source>A sealed answer is not in the sealed format.</source>
        <translation>یو کوډ شوی ځواب د کوډ شوي ځواب په بڼه نه دی.</translation>
    </message>
    <message>
        <source>A sealed answer is damaged.</source>
        <translation>یو کوډ شوی ځواب زیانمن دی.</translation>
    </message>
    <message>
        <source>A sealed answer does not open with this key.</source>
        <translation>یو کوډ شوی ځواب په دې کیلي نه خلاصېږي.</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>د کوډ کولو کتابتون پیل نه شو.</translation>
    </message>
    <message>
        <source>A key has the wrong length.</source>
        <translation>یوه کیلي ناسم اوږدوالی لري.</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The seeder needs &quot;%1&quot; in the reference set &quot;%2&quot;, which does not have it.</source>
        <translation>د ازمایښتي معلوماتو جوړونکي ته په &quot;%2&quot; مرجع ټولګه کې &quot;%1&quot; اړین دی، خو دا ټولګه یې نه لري.</translation>
    </message>
    <message>
        <source>The seeder needs at least one reception centre and one outreach site in the reference data.</source>
        <translation>د ازمایښتي معلوماتو جوړونکي ته په مرجع معلوماتو کې لږ تر لږه یو د هرکلي مرکز او یو د ګرځنده ټیم ځای اړین دی.</translation>
    </message>
    <message>
        <source>The seeder made a %1 record that does not pass validation; the seeder needs fixing. %2</source>
        <translation>د ازمایښتي معلوماتو جوړونکي یو %1 ریکارډ جوړ کړ چې د سموالي کتنه نه پوره کوي؛ جوړونکی باید سم شي. %2</translation>
    </message>
    <message>
        <source>The number of persons to seed must be at least 1.</source>
        <translation>د جوړېدونکو کسانو شمېر باید لږ تر لږه 1 وي.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 فایل دی، فولډر نه دی.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>د معلوماتو فولډر %1 نه شي جوړېدای.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be made private.</source>
        <translation>د معلوماتو فولډر %1 نه شي شخصي کېدای.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Prihvat (schema %1; this version knows up to %2). Update Prihvat.</source>
        <translation>ډېټابېس د Prihvat د یوې نوې نسخې له خوا لیکل شوی (جوړښت %1؛ دا نسخه یوازې تر %2 جوړښت پورې پېژني). Prihvat تازه کړئ.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>ډېټابېس جوړښت %1 ته لوړول ناکام شول: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>ډېټابېس %1 نه شي پرانیستل کېدای: %2</translation>
    </message>
    <message>
        <source>%1: the disk is full. Nothing was saved; free some space and try again.</source>
        <translation>%1: ډیسک ډک دی. هېڅ شی خوندي نه شو؛ یو څه ځای خالي کړئ او بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>%1: the database file is damaged (%2).</source>
        <translation>%1: د ډېټابېس فایل زیانمن شوی دی (%2).</translation>
    </message>
    <message>
        <source>%1: the disk reported an error (%2). Nothing was saved.</source>
        <translation>%1: ډیسک یوه تېروتنه راپور کړه (%2). هېڅ شی خوندي نه شو.</translation>
    </message>
    <message>
        <source>%1: the database is busy in another program. Try again.</source>
        <translation>%1: ډېټابېس په بل پروګرام کې بوخت دی. بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>%1: the database cannot be written to (%2).</source>
        <translation>%1: په ډېټابېس کې لیکل نه شي کېدای (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Writing settings</source>
        <translation>د امستنو لیکل</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>د امستنو لوستل</translation>
    </message>
    <message>
        <source>The database has no device id or site: it was not made by &quot;init&quot; or is damaged.</source>
        <translation>ډېټابېس د وسیلې پېژند یا ځای نه لري: یا د &quot;init&quot; له خوا نه دی جوړ شوی یا زیانمن دی.</translation>
    </message>
    <message>
        <source>Unknown site code &quot;%1&quot;. Known sites: %2</source>
        <translation>د ځای ناپېژندل شوی کوډ &quot;%1&quot;. پېژندل شوي ځایونه: %2</translation>
    </message>
    <message>
        <source>%1 already holds a Prihvat database; nothing was changed.</source>
        <translation>%1 دمخه د Prihvat ډېټابېس لري؛ هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>%1 holds no Prihvat database. Create one with &quot;init&quot;.</source>
        <translation>%1 د Prihvat ډېټابېس نه لري. د &quot;init&quot; په کارولو یو جوړ کړئ.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It has not been changed. Keep a copy of the folder and restore the latest backup, or ask headquarters for help.</source>
        <translation>ډېټابېس %1 زیانمن دی (%2). بدل شوی نه دی. د فولډر یوه کاپي وساتئ او وروستی بیک اپ بېرته راوګرځوئ، یا له مرکزي دفتر څخه مرسته وغواړئ.</translation>
    </message>
    <message>
        <source>it does not start like an SQLite database</source>
        <translation>لکه د SQLite ډېټابېس نه پیلېږي</translation>
    </message>
    <message>
        <source>it holds no Prihvat schema; &quot;init&quot; was probably interrupted. Move the file away and run &quot;init&quot; again</source>
        <translation>د Prihvat جوړښت پکې نشته؛ ښایي &quot;init&quot; نیمګړی پاتې شوی وي. فایل بل ځای ته یوسئ او &quot;init&quot; بیا وچلوئ</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Prihvat (schema %1; this version knows up to %2). Update Prihvat; the file has not been changed.</source>
        <translation>ډېټابېس د Prihvat د یوې نوې نسخې له خوا لیکل شوی (جوړښت %1؛ دا نسخه یوازې تر %2 جوړښت پورې پېژني). Prihvat تازه کړئ؛ فایل نه دی بدل شوی.</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>د ډېټابېس پرانیستل</translation>
    </message>
    <message>
        <source>Reading a record</source>
        <translation>د یوه ریکارډ لوستل</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>خوندي کول</translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;.</source>
        <translation>ناپېژندل شوې فورمه &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The device id &quot;%1&quot; from headquarters is not a UUID.</source>
        <translation>له مرکزي دفتر څخه راغلی د وسیلې پېژند &quot;%1&quot; UUID نه دی.</translation>
    </message>
    <message>
        <source>Saving the enrolment</source>
        <translation>د نوم لیکنې خوندي کول</translation>
    </message>
    <message>
        <source>Listing records</source>
        <translation>د ریکارډونو لېست کول</translation>
    </message>
    <message>
        <source>Counting records</source>
        <translation>د ریکارډونو شمېرل</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>د ډېټابېس کتل</translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>د SQLite بشپړتیا: %1</translation>
    </message>
    <message>
        <source>Schema version %1, expected %2.</source>
        <translation>د جوړښت نسخه %1 ده، خو %2 تمه کېده.</translation>
    </message>
    <message>
        <source>Record %1: the id is not a UUID.</source>
        <translation>ریکارډ %1: پېژند UUID نه دی.</translation>
    </message>
    <message>
        <source>Record %1: unknown form &quot;%2&quot;.</source>
        <translation>ریکارډ %1: ناپېژندل شوې فورمه &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Record %1: its values or stamps are not valid JSON.</source>
        <translation>ریکارډ %1: ارزښتونه یا د وخت ټاپې یې سم JSON نه دي.</translation>
    </message>
    <message>
        <source>Record %1: its clock stamp is malformed.</source>
        <translation>ریکارډ %1: د وخت ټاپه یې ناسمه ده.</translation>
    </message>
    <message>
        <source>Record %1: the index column for &quot;%2&quot; does not match its value.</source>
        <translation>ریکارډ %1: د &quot;%2&quot; د انډکس ستون له ارزښت سره سمون نه خوري.</translation>
    </message>
    <message>
        <source>Record %1: value for unknown field &quot;%2&quot;.</source>
        <translation>ریکارډ %1: د ناپېژندل شوي فیلډ &quot;%2&quot; لپاره ارزښت.</translation>
    </message>
    <message>
        <source>Checking records</source>
        <translation>د ریکارډونو کتل</translation>
    </message>
    <message>
        <source>%1 outbox changes belong to no record.</source>
        <translation>د لېږلو په صندوق کې %1 بدلونونه له هېڅ ریکارډ سره تړاو نه لري.</translation>
    </message>
    <message>
        <source>%1 outbox changes belong to a push batch that is not kept.</source>
        <translation>د لېږلو په صندوق کې %1 بدلونونه د لېږلو یوې داسې ډلې پورې اړه لري چې نه ده ساتل شوې.</translation>
    </message>
    <message>
        <source>%1 outbox changes have a malformed clock stamp.</source>
        <translation>د لېږلو په صندوق کې %1 بدلونونه د وخت ناسمه ټاپه لري.</translation>
    </message>
    <message>
        <source>Writing the audit trail</source>
        <translation>د پلټنې ریکارډ لیکل</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>د پلټنې ریکارډ لوستل</translation>
    </message>
    <message>
        <source>Checking the audit trail</source>
        <translation>د پلټنې ریکارډ کتل</translation>
    </message>
    <message>
        <source>The audit trail is missing: its table was removed.</source>
        <translation>د پلټنې ریکارډ نشته: جدول یې لرې شوی دی.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s protection was removed: its entries could be edited.</source>
        <translation>د پلټنې ریکارډ ساتنه لرې شوې ده: ننوتونه یې سمول کېدای شول.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: they were deleted.</source>
        <translation>د پلټنې ننوتونه %1 تر %2 پورې نشته: ړنګ شوي دي.</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: it was deleted.</source>
        <translation>د پلټنې ننوت %1 نشته: ړنګ شوی دی.</translation>
    </message>
    <message>
        <source>Audit entry %1 is out of sequence.</source>
        <translation>د پلټنې ننوت %1 له ترتیب څخه بهر دی.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed: its contents do not match its hash.</source>
        <translation>د پلټنې ننوت %1 بدل شوی دی: منځپانګه یې له خپل هش سره سمون نه خوري.</translation>
    </message>
    <message>
        <source>Audit entry 1 does not start the chain: entries were inserted, removed or moved.</source>
        <translation>د پلټنې ننوت 1 ځنځیر نه پیلوي: ننوتونه زیات شوي، لرې شوي یا یې ځای بدل شوی دی.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: entries were inserted, removed, changed or moved.</source>
        <translation>د پلټنې ننوت %1 له %2 ننوت وروسته نه راځي: ننوتونه زیات شوي، لرې شوي، بدل شوي یا یې ځای بدل شوی دی.</translation>
    </message>
    <message>
        <source>The recorded end of the audit trail is malformed; its last entry is %1.</source>
        <translation>د پلټنې ریکارډ ثبت شوی پای ناسم دی؛ وروستی ننوت یې %1 دی.</translation>
    </message>
    <message>
        <source>The recorded end of the audit trail is missing: entries after %1 may have been removed.</source>
        <translation>د پلټنې ریکارډ ثبت شوی پای نشته: ښایي له %1 وروسته ننوتونه لرې شوي وي.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: they were removed from the end of the trail.</source>
        <translation>د پلټنې ننوتونه %1 تر %2 پورې نشته: د ریکارډ له پای څخه لرې شوي دي.</translation>
    </message>
    <message>
        <source>Audit entries from %1 on were not written by Prihvat: the trail ended at %2.</source>
        <translation>د پلټنې ننوتونه له %1 څخه نیولې وروسته Prihvat نه دي لیکلي: ریکارډ په %2 پای ته رسېدلی و.</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the last entry Prihvat wrote: it was replaced.</source>
        <translation>د پلټنې ننوت %1 هغه وروستی ننوت نه دی چې Prihvat لیکلی و: ځای یې بل ننوت نیولی دی.</translation>
    </message>
    <message>
        <source>The data is locked: names, contact details and protection notes cannot be read or saved until it is unlocked. Nothing was changed.</source>
        <translation>معلومات قلف دي: نومونه، د اړیکې جزئیات او د ساتنې یادښتونه تر هغه نه شي لوستل کېدای یا خوندي کېدای چې معلومات خلاص شي. هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>A sealed answer of record %1 (&quot;%2&quot;) is damaged.</source>
        <translation>د ریکارډ %1 یو کوډ شوی ځواب (&quot;%2&quot;) زیانمن دی.</translation>
    </message>
    <message>
        <source>Record %1: the answer to &quot;%2&quot; is stored in clear, not sealed.</source>
        <translation>ریکارډ %1: &quot;%2&quot; ته ځواب بې کوډه ساتل شوی، کوډ شوی نه دی.</translation>
    </message>
    <message>
        <source>Record %1: the sealed answer to &quot;%2&quot; does not open with this key.</source>
        <translation>ریکارډ %1: &quot;%2&quot; ته کوډ شوی ځواب په دې کیلي نه خلاصېږي.</translation>
    </message>
    <message>
        <source>%1 entries of &quot;%2&quot; hold an identifying or protection answer in clear.</source>
        <translation>د &quot;%2&quot; %1 ثبتونه د پېژندنې یا ساتنې ځواب بې کوډه لري.</translation>
    </message>
    <message>
        <source>Saving the reference data from headquarters failed: %1</source>
        <translation>له مرکزي دفتر څخه د مرجع معلوماتو خوندي کول ناکام شول: %1</translation>
    </message>
    <message>
        <source>Record %1: its values are not valid JSON; nothing was sealed.</source>
        <translation>ریکارډ %1: ارزښتونه یې سم JSON نه دي؛ هېڅ شی کوډ نه شو.</translation>
    </message>
    <message>
        <source>This key does not open the sealed answers of this data folder. Nothing was changed.</source>
        <translation>دا کیلي د معلوماتو د دې فولډر کوډ شوي ځوابونه نه خلاصوي. هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s seal does not hold under the current key, so it is not sealed again with the new one.</source>
        <translation>د پلټنې ریکارډ مهر په اوسنۍ کیلي سم نه دی، نو په نوې کیلي بیا نه مهرېږي.</translation>
    </message>
    <message>
        <source>The seal of the audit trail is malformed: it was edited outside Prihvat.</source>
        <translation>د پلټنې ریکارډ مهر خراب دی: له Prihvat بهر سمول شوی دی.</translation>
    </message>
    <message>
        <source>The seal of the audit trail does not match this data folder&apos;s key: the trail was rewritten outside Prihvat.</source>
        <translation>د پلټنې ریکارډ مهر د معلوماتو د دې فولډر له کیلي سره سمون نه خوري: ریکارډ له Prihvat بهر بیا لیکل شوی دی.</translation>
    </message>
    <message>
        <source>The audit trail carries no seal of this data folder&apos;s key: it was removed outside Prihvat, or the trail did not hold when it was to be sealed.</source>
        <translation>د پلټنې ریکارډ د معلوماتو د دې فولډر د کیلي مهر نه لري: مهر له Prihvat بهر لرې شوی، یا ریکارډ هغه وخت روغ نه و چې باید مهر شوی وای.</translation>
    </message>
    <message>
        <source>The audit trail no longer holds its sealed entry %1: entries up to it were changed or removed outside Prihvat.</source>
        <translation>د پلټنې ریکارډ نور خپل مهر شوی ننوت %1 نه لري: تر هغه پورې ننوتونه له Prihvat بهر بدل یا لرې شوي دي.</translation>
    </message>
    <message>
        <source>Audit entry %1 was added without this data folder&apos;s key, although only a logged-in user writes such entries.</source>
        <translation>د پلټنې ننوت %1 د معلوماتو د دې فولډر له کیلي پرته ور زیات شوی دی، که څه هم داسې ننوتونه یوازې ننوتی کاروونکی لیکي.</translation>
    </message>
    <message>
        <source>The data folder is locked: log in to keep or open unsaved work.</source>
        <translation>د معلوماتو فولډر قلف دی: د ناخوندي کار ساتلو یا پرانیستلو لپاره ننوځئ.</translation>
    </message>
    <message>
        <source>Keeping unsaved work</source>
        <translation>د ناخوندي کار ساتل</translation>
    </message>
    <message>
        <source>Reading unsaved work</source>
        <translation>د ناخوندي کار لوستل</translation>
    </message>
    <message>
        <source>Discarding unsaved work</source>
        <translation>د ناخوندي کار لرې کول</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Saving the sync state</source>
        <translation>د همغږۍ د حالت خوندي کول</translation>
    </message>
    <message>
        <source>Reading the changes to send</source>
        <translation>د لېږلو وړ بدلونونو لوستل</translation>
    </message>
    <message>
        <source>Preparing the changes to send</source>
        <translation>د لېږلو وړ بدلونونو چمتو کول</translation>
    </message>
    <message>
        <source>Headquarters answered %1 changes with %2 results.</source>
        <translation>مرکزي دفتر %1 بدلونونو ته د %2 پایلو سره ځواب ورکړ.</translation>
    </message>
    <message>
        <source>Saving the answer from headquarters</source>
        <translation>د مرکزي دفتر د ځواب خوندي کول</translation>
    </message>
    <message>
        <source>Refused by headquarters without a reason.</source>
        <translation>مرکزي دفتر پرته له کوم لامل رد کړ.</translation>
    </message>
    <message>
        <source>Saving the changes from headquarters</source>
        <translation>له مرکزي دفتر څخه د راغلو بدلونونو خوندي کول</translation>
    </message>
    <message>
        <source>Reading the refused changes</source>
        <translation>د رد شویو بدلونونو لوستل</translation>
    </message>
    <message>
        <source>Reading the conflicts</source>
        <translation>د ټکرونو لوستل</translation>
    </message>
    <message>
        <source>Saving the conflict</source>
        <translation>د ټکر خوندي کول</translation>
    </message>
    <message>
        <source>No conflict has the id %1.</source>
        <translation>هېڅ ټکر د %1 پېژند نه لري.</translation>
    </message>
    <message>
        <source>This device is not enrolled with headquarters yet, so it cannot sync.</source>
        <translation>دا وسیله لا په مرکزي دفتر کې نوم لیکنه نه لري، نو همغږي نه شي کولای.</translation>
    </message>
    <message>
        <source>Log in to sync: this device&apos;s credential for headquarters opens only with a user&apos;s password.</source>
        <translation>د همغږۍ لپاره ننوځئ: د مرکزي دفتر لپاره د دې وسیلې باورلیک یوازې د یو کاروونکي په پټنوم خلاصېږي.</translation>
    </message>
    <message>
        <source>Log in before enrolling: the device&apos;s credential is kept sealed with the data key.</source>
        <translation>د وسیلې له نوم لیکنې مخکې ننوځئ: د وسیلې باورلیک د معلوماتو په کیلي کوډ شوی ساتل کېږي.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>This form has no such field.</source>
        <translation>دا فورمه داسې فیلډ نه لري.</translation>
    </message>
    <message>
        <source>This is a note; it takes no answer.</source>
        <translation>دا یادښت دی؛ ځواب نه اخلي.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>باید متن وي.</translation>
    </message>
    <message>
        <source>Is too long: %1 characters, at most %2 allowed.</source>
        <translation>ډېر اوږد دی: %1 توري؛ تر ټولو ډېر %2 توري منل کېږي.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>باید بشپړ عدد وي.</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <translation>باید عدد وي.</translation>
    </message>
    <message>
        <source>Must be a date written as YYYY-MM-DD.</source>
        <translation>باید د YYYY-MM-DD په بڼه نېټه وي.</translation>
    </message>
    <message>
        <source>Must be a date and time in ISO 8601 form.</source>
        <translation>باید د ISO 8601 په بڼه نېټه او وخت وي.</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>باید هو یا نه وي.</translation>
    </message>
    <message>
        <source>Must be one of the choices.</source>
        <translation>باید له انتخابونو څخه یو وي.</translation>
    </message>
    <message>
        <source>Must be a list of different choices.</source>
        <translation>باید د بېلابېلو انتخابونو لېست وي.</translation>
    </message>
    <message>
        <source>Must be the id of a person.</source>
        <translation>باید د یوه کس پېژند وي.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices.</source>
        <translation>&quot;%1&quot; له انتخابونو څخه نه دی.</translation>
    </message>
    <message>
        <source>No person with the id %1 is registered.</source>
        <translation>د %1 پېژند سره هېڅ کس نه دی ثبت شوی.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>باید د %1 او %2 ترمنځ وي.</translation>
    </message>
    <message>
        <source>Must be on or after %1.</source>
        <translation>باید %1 یا له هغې وروسته وي.</translation>
    </message>
    <message>
        <source>Must be on or before %1.</source>
        <translation>باید %1 یا له هغې مخکې وي.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>باید لږ تر لږه %1 وي.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>باید تر ټولو ډېر %1 وي.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2 characters long.</source>
        <translation>اوږدوالی یې باید د %1 او %2 تورو ترمنځ وي.</translation>
    </message>
    <message>
        <source>Must be at least %1 characters long.</source>
        <translation>باید لږ تر لږه %1 توري وي.</translation>
    </message>
    <message>
        <source>Must be at most %1 characters long.</source>
        <translation>باید تر ټولو ډېر %1 توري وي.</translation>
    </message>
    <message>
        <source>Choose between %1 and %2 options.</source>
        <translation>د %1 او %2 ترمنځ انتخابونه وټاکئ.</translation>
    </message>
    <message>
        <source>Choose at least %1 options.</source>
        <translation>لږ تر لږه %1 انتخابونه وټاکئ.</translation>
    </message>
    <message>
        <source>Choose at most %1 options.</source>
        <translation>تر ټولو ډېر %1 انتخابونه وټاکئ.</translation>
    </message>
    <message>
        <source>Is not written in the expected form.</source>
        <translation>په تمه شوې بڼه نه دی لیکل شوی.</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>په راتلونکي وخت کې نه شي کېدای.</translation>
    </message>
    <message>
        <source>Does not apply, given the other answers.</source>
        <translation>د نورو ځوابونو له مخې دا پوښتنه نه تطبیقېږي.</translation>
    </message>
    <message>
        <source>An answer is required.</source>
        <translation>ځواب اړین دی.</translation>
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
        <translation>Prihvat نه شي پیلېدای</translation>
    </message>
</context>
<context>
    <name>prihvat::AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>د پلټنې ریکارډ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ګڼه</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کله</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>څوک</translation>
    </message>
    <message>
        <source>What</source>
        <translation>څه</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارډ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>نوي</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>زاړه</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>بیا یې وګورئ</translation>
    </message>
    <message>
        <source>The trail is intact: no entry was changed or removed.</source>
        <translation>د پلټنې ریکارډ روغ دی: هېڅ ننوت نه دی بدل شوی او نه لرې شوی.</translation>
    </message>
    <message>
        <source>The trail is broken at entry %1: %2</source>
        <translation>د پلټنې ریکارډ په %1 ننوت کې مات دی: %2</translation>
    </message>
    <message>
        <source>Entries %1 to %2 of %3 (newest first)</source>
        <translation>له %3 څخه %1 تر %2 ننوتونه (تر ټولو نوي لومړی)</translation>
    </message>
    <message>
        <source>Data folder created</source>
        <translation>د معلوماتو فولډر جوړ شو</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>ریکارډ جوړ شو</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>ریکارډ بدل شو</translation>
    </message>
    <message>
        <source>Record deleted</source>
        <translation>ریکارډ ړنګ شو</translation>
    </message>
    <message>
        <source>Protection details viewed</source>
        <translation>د ساتنې جزئیات وکتل شول</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>معلومات صادر شول</translation>
    </message>
    <message>
        <source>Synced with headquarters</source>
        <translation>له مرکزي دفتر سره همغږي وشوه</translation>
    </message>
    <message>
        <source>Records purged</source>
        <translation>زاړه ریکارډونه پاک شول</translation>
    </message>
    <message>
        <source>Demonstration data added</source>
        <translation>د ښودنې معلومات زیات شول</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>ننوتنه وشوه</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>ننوتنه رد شوه</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>دوره قلف شوه</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>رول بدل شو</translation>
    </message>
    <message>
        <source>Account locked out</source>
        <translation>حساب قلف شو</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>کاروونکی زیات شو</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>کاروونکی لرې شو</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>حساب خلاص شو</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>پټنوم بدل شو</translation>
    </message>
    <message>
        <source>Keys destroyed</source>
        <translation>کیلي له منځه یوړل شوې</translation>
    </message>
    <message>
        <source>Trail found without its seal</source>
        <translation>د پلټنې ریکارډ له خپل مهر پرته وموندل شو</translation>
    </message>
</context>
<context>
    <name>prihvat::ConflictsPage</name>
    <message>
        <source>Record %1 (not on this device)</source>
        <translation>ریکارډ %1 (په دې وسیله کې نشته)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(ړنګ شوی)</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>دا وسیله</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>وسیله %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>ړنګ شوی</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(ځواب نشته)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>ړنګ شوی</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>نه دی ړنګ شوی</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>د کتلو وړ ټکرونه</translation>
    </message>
    <message>
        <source>Two devices changed the same answer before either had seen the other&apos;s change. The later change was kept everywhere; the other value is kept here so nothing is lost. Choose the value that is right: your choice is saved as an ordinary edit and sent with the next sync.</source>
        <translation>دوو وسیلو یو ځواب بدل کړ، مخکې له دې چې یوې هم د بلې بدلون لیدلی وي. وروستی بدلون په ټولو ځایونو کې وساتل شو؛ بل ارزښت دلته ساتل شوی چې هېڅ شی ورک نه شي. سم ارزښت وټاکئ: ستاسو انتخاب د یوې عادي سمونې په توګه خوندي کېږي او د راتلونکې همغږۍ سره لېږل کېږي.</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>د کتلو لپاره هېڅ ټکر نشته.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارډ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>پوښتنه</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>ساتل شوی ارزښت</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>بل ارزښت</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>د بدلون وخت</translation>
    </message>
    <message>
        <source>Kept everywhere</source>
        <translation>په ټولو ځایونو کې ساتل شوی</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>دا ارزښت وساتئ</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>له %1 څخه، %2</translation>
    </message>
    <message>
        <source>The record is not on this device yet; sync first.</source>
        <translation>ریکارډ لا په دې وسیله کې نشته؛ لومړی همغږي وکړئ.</translation>
    </message>
    <message>
        <source>A deleted record cannot be restored here.</source>
        <translation>ړنګ شوی ریکارډ دلته بېرته نه شي راګرځول کېدای.</translation>
    </message>
    <message>
        <source>The record has been deleted; there is nothing to change.</source>
        <translation>ریکارډ ړنګ شوی دی؛ د بدلولو لپاره هېڅ شی نشته.</translation>
    </message>
    <message>
        <source>This version of Prihvat does not know the question &quot;%1&quot;.</source>
        <translation>د Prihvat دا نسخه پوښتنه &quot;%1&quot; نه پېژني.</translation>
    </message>
    <message>
        <source>Kept &quot;%1&quot; for %2. It is sent with the next sync.</source>
        <translation>&quot;%1&quot; د %2 لپاره وساتل شو. د راتلونکې همغږۍ سره لېږل کېږي.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ټکرونه</translation>
    </message>
    <message>
        <source>Only a protection officer can decide this conflict.</source>
        <translation>یوازې د ساتنې افسر کولای شي د دې ټکر پرېکړه وکړي.</translation>
    </message>
</context>
<context>
    <name>prihvat::DistributionPage</name>
    <message>
        <source>Distribution</source>
        <translation>وېش</translation>
    </message>
    <message>
        <source>&amp;Assistance:</source>
        <translation>مرسته (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>توکی (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>شمېر (&amp;Q):</translation>
    </message>
    <message>
        <source>Type a name or an id, then press Enter to record</source>
        <translation>نوم یا پېژند ولیکئ، بیا د ثبتولو لپاره Enter کېکاږئ</translation>
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
        <translation>لومړی نوم یا پېژند ولیکئ.</translation>
    </message>
    <message>
        <source>No one matches &quot;%1&quot;. Check the spelling, or register the person on the People page.</source>
        <translation>هېڅوک له &quot;%1&quot; سره سمون نه خوري. لیکدود وګورئ، یا کس د کسانو په پاڼه کې ثبت کړئ.</translation>
    </message>
    <message>
        <source>Choose the type of assistance first.</source>
        <translation>لومړی د مرستې ډول وټاکئ.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already received %2 today (%n time(s)). Press Enter again to record it once more, or choose another person.</source>
        <translation>
            <numerusform>د %1 لپاره نن دمخه د %2 ثبت شته (%n ځل). د بیا ثبتولو لپاره یو ځل بیا Enter کېکاږئ، یا بل کس وټاکئ.</numerusform>
            <numerusform>د %1 لپاره نن دمخه د %2 ثبت شته (%n ځله). د بیا ثبتولو لپاره یو ځل بیا Enter کېکاږئ، یا بل کس وټاکئ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded: %1 for %2</source>
        <translation>ثبت شو: %1 د %2 لپاره</translation>
    </message>
    <message>
        <source>&amp;Recorded in this session: %1</source>
        <translation>په دې دوره کې ثبت شوي (&amp;R): %1</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <translation>%1  %2 — %3</translation>
    </message>
    <message>
        <source>Recorded for the wrong person</source>
        <translation>د غلط کس لپاره ثبت شو</translation>
    </message>
    <message>
        <source>Recorded twice</source>
        <translation>دوه ځله ثبت شو</translation>
    </message>
    <message>
        <source>Not handed out</source>
        <translation>نه دی ورکړل شوی</translation>
    </message>
    <message>
        <source>Wrong item or quantity</source>
        <translation>غلط توکی یا مقدار</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>بېرته واخیستل شو</translation>
    </message>
    <message>
        <source>Double-click an entry to correct it; Delete voids it.</source>
        <translation>د سمولو لپاره پر یوه کرښه دوه ځله کلیک وکړئ؛ Delete یې باطلوي.</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>باطلول… (&amp;V)</translation>
    </message>
    <message>
        <source>Choose what is handed out, then for each person: type the name, check the match, press Enter. Ctrl+Z takes back the last one.</source>
        <translation>هغه څه وټاکئ چې وېشل کېږي، بیا د هر کس لپاره: نوم ولیکئ، پایله وګورئ او Enter کېکاږئ. ‏Ctrl+Z وروستی یې بېرته اخلي.</translation>
    </message>
    <message>
        <source>%1 (void: %2)</source>
        <translation>%1 (باطل: %2)</translation>
    </message>
    <message>
        <source>Nothing to take back.</source>
        <translation>د بېرته اخیستلو لپاره څه نشته.</translation>
    </message>
    <message numerus="yes">
        <source>The last hand-out was recorded more than %n second(s) ago: choose it in the list and use Void… instead.</source>
        <translation>
            <numerusform>وروستۍ ورکړه له %n ثانیې ډېر وړاندې ثبت شوې: هغه په لېست کې وټاکئ او پر ځای یې «باطلول…» وکاروئ.</numerusform>
            <numerusform>وروستۍ ورکړه له %n ثانیو ډېر وړاندې ثبت شوې: هغه په لېست کې وټاکئ او پر ځای یې «باطلول…» وکاروئ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken back: %1 for %2</source>
        <translation>بېرته واخیستل شو: %1 د %2 لپاره</translation>
    </message>
    <message>
        <source>This hand-out is void already.</source>
        <translation>دا ورکړه لا دمخه باطله شوې ده.</translation>
    </message>
    <message>
        <source>Void a hand-out</source>
        <translation>د یوې ورکړې باطلول</translation>
    </message>
    <message>
        <source>Why is %1 for %2 void?</source>
        <translation>ولې د %2 لپاره %1 باطل دی؟</translation>
    </message>
    <message>
        <source>Void: %1 for %2 (%3)</source>
        <translation>باطل شو: %1 د %2 لپاره (%3)</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>لا هېڅ نه</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Today at %1: %2
This session: %3</source>
        <translation>نن په %1 کې: %2
په دې ناسته کې: %3</translation>
    </message>
</context>
<context>
    <name>prihvat::FieldEditor</name>
    <message>
        <source>Filter: type a name</source>
        <translation>چاڼګر: یو نوم ولیکئ</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>عمر %1</translation>
    </message>
    <message>
        <source>registered at %1 on %2</source>
        <translation>په %1 کې په %2 ثبت شوی</translation>
    </message>
</context>
<context>
    <name>prihvat::FormView</name>
    <message>
        <source>Required</source>
        <translation>اړین</translation>
    </message>
    <message>
        <source>Visible to protection officers only</source>
        <translation>یوازې د ساتنې افسرانو ته ښکاري</translation>
    </message>
    <message>
        <source>Names and contact details are kept only with the person&apos;s consent.</source>
        <translation>نومونه او د اړیکې معلومات یوازې د کس په رضایت ساتل کېږي.</translation>
    </message>
</context>
<context>
    <name>prihvat::LoginWindow</name>
    <message>
        <source>Prihvat — log in</source>
        <translation>Prihvat — ننوتل</translation>
    </message>
    <message>
        <source>Prihvat</source>
        <translation>Prihvat</translation>
    </message>
    <message>
        <source>Log in to work with the records of this device.</source>
        <translation>د دې وسیلې له ریکارډونو سره د کار لپاره ننوځئ.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ژبه</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>کارن نوم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>پټنوم</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>ننوځئ</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>پټنوم کتل کېږي…</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>په %n ثانیه کې بیا هڅه وکړئ.</numerusform>
            <numerusform>په %n ثانیو کې بیا هڅه وکړئ.</numerusform>
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
        <translation>ځای: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>ژبه: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>همغږي روانه ده…</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>وروستۍ همغږي: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لا همغږي نه ده شوې</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>قلف کړئ (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock now: the records are hidden until someone logs in again.</source>
        <translation>اوس یې قلف کړئ: ریکارډونه تر هغه پټ پاتې کېږي چې څوک بیا ننوځي.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to sync: %n change(s) in %1</source>
        <translation>
            <numerusform>د همغږي په تمه: په %1 کې %n بدلون</numerusform>
            <numerusform>د همغږي په تمه: په %1 کې %n بدلونونه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n ریکارډ</numerusform>
            <numerusform>%n ریکارډونه</numerusform>
        </translation>
    </message>
    <message>
        <source>Respondent:</source>
        <translation>ځواب ورکوونکی:</translation>
    </message>
</context>
<context>
    <name>prihvat::PeopleModel</name>
    <message>
        <source>male</source>
        <translation>نارینه</translation>
    </message>
    <message>
        <source>female</source>
        <translation>ښځینه</translation>
    </message>
    <message>
        <source>other</source>
        <translation>نور</translation>
    </message>
    <message>
        <source>about %1 years</source>
        <translation>نږدې %1 کاله</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نوم</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>نوم په خپل لیکدود</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>زېږېدنه / عمر</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>اصلي هېواد</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>پېژند</translation>
    </message>
</context>
<context>
    <name>prihvat::PeoplePage</name>
    <message>
        <source>People</source>
        <translation>کسان</translation>
    </message>
    <message>
        <source>Type a name or an id (Latin or Arabic script)…</source>
        <translation>نوم یا پېژند ولیکئ (په لاتیني یا پښتو/عربي لیکدود)…</translation>
    </message>
    <message>
        <source>Register new person</source>
        <translation>نوی کس ثبت کړئ</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) registered on this device.</source>
        <translation>
            <numerusform>په دې وسیله کې %n کس ثبت شوی دی.</numerusform>
            <numerusform>په دې وسیله کې %n کسان ثبت شوي دي.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one found. Press Enter to register &quot;%1&quot; as a new person.</source>
        <translation>هېڅوک ونه موندل شو. د &quot;%1&quot; د نوي کس په توګه د ثبتولو لپاره Enter کېکاږئ.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es). Enter opens the first; arrow keys choose.</source>
        <translation>
            <numerusform>%n کس وموندل شو. Enter لومړنی پرانیزي؛ د غشو تڼۍ یې ټاکي.</numerusform>
            <numerusform>%n کسان وموندل شول. Enter لومړنی پرانیزي؛ د غشو تڼۍ یې ټاکي.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prihvat::PersonProfilePage</name>
    <message>
        <source>Edit details</source>
        <translation>جزئیات سم کړئ</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>ارزونه وکړئ</translation>
    </message>
    <message>
        <source>Record assistance</source>
        <translation>مرسته ثبت کړئ</translation>
    </message>
    <message>
        <source>Request transport</source>
        <translation>ټرانسپورټ وغواړئ</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>ارجاع کړئ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>نېټه</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارډ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>ځای</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>پېژند: %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>کس</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ثبتوونکی</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>نوم لیکنه</translation>
    </message>
</context>
<context>
    <name>prihvat::RecordEditorPage</name>
    <message>
        <source>Record</source>
        <translation>ریکارډ</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>خوندي کړئ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کړئ</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>هېڅ شی نه دی بدل شوی.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n answer(s) need attention.</source>
        <translation>
            <numerusform>خوندي نه شو: %n ځواب پاملرنې ته اړتیا لري.</numerusform>
            <numerusform>خوندي نه شو: %n ځوابونه پاملرنې ته اړتیا لري.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>خوندي شو.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>نه خوندي شوي بدلونونه</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them before leaving?</source>
        <translation>په دې ریکارډ کې داسې بدلونونه شته چې نه دي خوندي شوي. له وتلو مخکې یې خوندي کوئ؟</translation>
    </message>
    <message>
        <source>&amp;Respondent&apos;s language:</source>
        <translation>د ځواب ورکوونکي ژبه (&amp;R):</translation>
    </message>
    <message>
        <source>Your unsaved answers are back. They are not saved yet: Ctrl+S saves them.</source>
        <translation>ستاسو ناخوندي ځوابونه بېرته راغلل. لا نه دي خوندي شوي: ‏Ctrl+S یې خوندي کوي.</translation>
    </message>
</context>
<context>
    <name>prihvat::RecordListModel</name>
    <message>
        <source>There is no form &quot;%1&quot;.</source>
        <translation>فورمه &quot;%1&quot; نشته.</translation>
    </message>
    <message>
        <source>Person id: %1</source>
        <translation>د کس پېژند: %1</translation>
    </message>
    <message>
        <source>Record id: %1</source>
        <translation>د ریکارډ پېژند: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>نېټه</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>کس</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>ځای</translation>
    </message>
    <message>
        <source>State</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
</context>
<context>
    <name>prihvat::RecordListPage</name>
    <message>
        <source>Screenings</source>
        <translation>ارزونې</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>مرستې</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>ارجاعونه</translation>
    </message>
    <message>
        <source>Transport requests</source>
        <translation>د ټرانسپورټ غوښتنې</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>نوی ثبت: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>نوی ثبت</translation>
    </message>
    <message>
        <source>Starts a new record with today&apos;s date and this site.</source>
        <translation>د نن ورځې نېټې او همدې ځای سره نوی ریکارډ پیلوي.</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>ځای (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>له (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>تر (&amp;T):</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>ټول ځایونه</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>حالت (&amp;S):</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>ټول حالتونه</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>پوله نشته</translation>
    </message>
    <message>
        <source>Earliest date shown; the first date means no limit.</source>
        <translation>تر ټولو لومړۍ نېټه چې ښودل کېږي؛ لومړنۍ ممکنه نېټه یعنې پوله نشته.</translation>
    </message>
    <message>
        <source>Latest date shown; the first date means no limit.</source>
        <translation>تر ټولو وروستۍ نېټه چې ښودل کېږي؛ لومړنۍ ممکنه نېټه یعنې پوله نشته.</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>ریکارډونه ونه لوستل شول: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n ریکارډ</numerusform>
            <numerusform>%n ریکارډونه</numerusform>
        </translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>نن (&amp;D)</translation>
    </message>
    <message>
        <source>What was recorded today at this site</source>
        <translation>هغه څه چې نن په دې ځای کې ثبت شول</translation>
    </message>
</context>
<context>
    <name>prihvat::RespondentLanguagePicker</name>
    <message>
        <source>None</source>
        <translation>هېڅ</translation>
    </message>
    <message>
        <source>The respondent&apos;s language, shown beside each question</source>
        <translation>د ځواب ورکوونکي ژبه چې د هرې پوښتنې تر څنګ ښودل کېږي</translation>
    </message>
</context>
<context>
    <name>prihvat::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>امستنې</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>دا وسیله</translation>
    </message>
    <message>
        <source>None</source>
        <translation>هېڅ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقې</translation>
    </message>
    <message>
        <source>Site %1 (%2) · device %3 · data in %4</source>
        <translation>ځای %1 (%2) · وسیله %3 · معلومات په %4 کې</translation>
    </message>
    <message>
        <source>&amp;Language of the application</source>
        <translation>د پروګرام ژبه (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Respondent&apos;s language, shown beside each question</source>
        <translation>د ځواب ورکوونکي ژبه، چې د هرې پوښتنې تر څنګ ښودل کېږي (&amp;R)</translation>
    </message>
    <message>
        <source>Lock after this many &amp;idle minutes</source>
        <translation>له دومره دقیقو بې کارۍ وروسته قلفېږي (&amp;I)</translation>
    </message>
</context>
<context>
    <name>prihvat::SetupDialog</name>
    <message>
        <source>Set up this device</source>
        <translation>دا وسیله برابره کړئ</translation>
    </message>
    <message>
        <source>This laptop has no Prihvat data yet. Choose the site it works at; its records will be kept in %1.</source>
        <translation>په دې لپټاپ کې لا د Prihvat معلومات نشته. هغه ځای وټاکئ چې پکې کار کوي؛ ریکارډونه به یې په %1 کې وساتل شي.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>ځای</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ژبه</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>اداره کوونکی جوړ کړئ</translation>
    </message>
    <message>
        <source>The data folder %1 has no user yet. Create its administrator.</source>
        <translation>د معلوماتو فولډر %1 لا هېڅ کاروونکی نه لري. اداره کوونکی یې جوړ کړئ.</translation>
    </message>
    <message>
        <source>The first user is the administrator, who adds the other users. Choose a user name and a password of at least %1 characters; it cannot be recovered.</source>
        <translation>لومړی کاروونکی اداره کوونکی دی، چې نور کاروونکي زیاتوي. یو کارن نوم او لږ تر لږه %1 توري پټنوم وټاکئ؛ پټنوم که هېر شي بېرته نه شي ترلاسه کېدای.</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation>د اداره کوونکي کارن نوم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>پټنوم</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>پټنوم بیا ولیکئ</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>دواړه پټنومونه یو شان نه دي.</translation>
    </message>
</context>
<context>
    <name>prihvat::SyncClient</name>
    <message>
        <source>The answer from headquarters arrived damaged.</source>
        <translation>د مرکزي دفتر ځواب زیانمن راورسېد.</translation>
    </message>
    <message>
        <source>Headquarters did not answer in time.</source>
        <translation>مرکزي دفتر په وخت ځواب ورنه کړ.</translation>
    </message>
    <message>
        <source>Headquarters cannot be reached (%1).</source>
        <translation>مرکزي دفتر ته لاسرسی نه کېږي (%1).</translation>
    </message>
    <message>
        <source>The answer from headquarters was cut off (%1).</source>
        <translation>د مرکزي دفتر ځواب نیمګړی پرې شو (%1).</translation>
    </message>
    <message>
        <source>Headquarters refused this device&apos;s credential: it may have been revoked. Ask headquarters to enrol the device again.</source>
        <translation>مرکزي دفتر د دې وسیلې باورلیک ونه مانه: ښایي لغوه شوی وي. له مرکزي دفتر وغواړئ چې وسیله بیا نوم لیکنه کړي.</translation>
    </message>
    <message>
        <source>Headquarters found the request too large.</source>
        <translation>مرکزي دفتر غوښتنه ډېره لویه وبلله.</translation>
    </message>
    <message>
        <source>Headquarters is busy and asked this device to wait.</source>
        <translation>مرکزي دفتر بوخت دی او له دې وسیلې یې وغوښتل چې انتظار وکړي.</translation>
    </message>
    <message>
        <source>Headquarters has a problem (HTTP %1).</source>
        <translation>مرکزي دفتر کومه ستونزه لري (HTTP %1).</translation>
    </message>
    <message>
        <source>Headquarters refused the request (HTTP %1). Sync stopped; ask headquarters for help.</source>
        <translation>مرکزي دفتر غوښتنه رد کړه (HTTP %1). همغږي ودرېده؛ له مرکزي دفتر څخه مرسته وغواړئ.</translation>
    </message>
    <message>
        <source>Headquarters refused the request (HTTP %1: %2). Sync stopped; ask headquarters for help.</source>
        <translation>مرکزي دفتر غوښتنه رد کړه (HTTP %1: %2). همغږي ودرېده؛ له مرکزي دفتر څخه مرسته وغواړئ.</translation>
    </message>
    <message>
        <source>Too many enrolment attempts; try again in %1 seconds.</source>
        <translation>د نوم لیکنې ډېرې هڅې شوې؛ په %1 ثانیو کې بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>Too many enrolment attempts; try again later.</source>
        <translation>د نوم لیکنې ډېرې هڅې شوې؛ وروسته بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>Too large for headquarters to accept.</source>
        <translation>دومره لوی دی چې مرکزي دفتر یې نه شي منلای.</translation>
    </message>
    <message>
        <source>The enrolment code is wrong, already used or expired. Ask headquarters for a new one.</source>
        <translation>د نوم لیکنې کوډ ناسم دی، دمخه کارول شوی یا یې موده تېره شوې. له مرکزي دفتر څخه نوی کوډ وغواړئ.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>%1 %n هڅه وشوه، نوره هڅه نه کېږي.</numerusform>
            <numerusform>%1 %n هڅې وشوې، نوره هڅه نه کېږي.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s); your changes are kept for the next sync.</source>
        <translation>
            <numerusform>%1 %n هڅه وشوه، نوره هڅه نه کېږي؛ ستاسو بدلونونه د راتلونکې همغږۍ لپاره ساتل شوي دي.</numerusform>
            <numerusform>%1 %n هڅې وشوې، نوره هڅه نه کېږي؛ ستاسو بدلونونه د راتلونکې همغږۍ لپاره ساتل شوي دي.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Your changes are kept and sync will try again.</source>
        <translation>%1 ستاسو بدلونونه ساتل شوي او همغږي به بیا هڅه وکړي.</translation>
    </message>
    <message>
        <source>A sync is under way; enrol when it is done.</source>
        <translation>همغږي روانه ده؛ کله چې پای ته ورسېده، نوم لیکنه وکړئ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; it looks like https://hq.example.org.</source>
        <translation>&quot;%1&quot; د سرور پته نه ده؛ د سرور پته داسې ښکاري: https://hq.example.org.</translation>
    </message>
    <message>
        <source>The enrolment code is empty.</source>
        <translation>د نوم لیکنې کوډ تش دی.</translation>
    </message>
    <message>
        <source>Headquarters answered the enrolment with something this device cannot read.</source>
        <translation>مرکزي دفتر نوم لیکنې ته داسې ځواب ورکړ چې دا وسیله یې نه شي لوستلای.</translation>
    </message>
    <message>
        <source>This device is not enrolled with headquarters yet, so it cannot sync.</source>
        <translation>دا وسیله لا په مرکزي دفتر کې نوم لیکنه نه لري، نو همغږي نه شي کولای.</translation>
    </message>
    <message>
        <source>Enrolment was cancelled.</source>
        <translation>نوم لیکنه لغوه شوه.</translation>
    </message>
    <message>
        <source>Sync was stopped before it finished. Your changes are kept.</source>
        <translation>همغږي له پای ته رسېدو مخکې ودرول شوه. ستاسو بدلونونه ساتل شوي دي.</translation>
    </message>
    <message>
        <source>The answer from headquarters could not be read.</source>
        <translation>د مرکزي دفتر ځواب ونه لوستل شو.</translation>
    </message>
    <message>
        <source>No network access is available to reach headquarters.</source>
        <translation>مرکزي دفتر ته د رسېدو لپاره شبکې ته لاسرسی نشته.</translation>
    </message>
    <message>
        <source>Headquarters did not show the certificate this device was enrolled with, so nothing was sent. Someone may be intercepting the connection; tell headquarters.</source>
        <translation>مرکزي دفتر هغه سند (certificate) ونه ښود چې دا وسیله ورسره نوم لیکنه شوې وه، نو هېڅ شی ونه لېږل شو. ښایي څوک په اړیکه کې لاسوهنه کوي؛ مرکزي دفتر ته خبر ورکړئ.</translation>
    </message>
    <message>
        <source>This device talks to headquarters only over https with the certificate it was enrolled with, and the server address is not https. Nothing was sent.</source>
        <translation>دا وسیله له مرکزي دفتر سره یوازې د https له لارې او د هغه سند (certificate) سره اړیکه نیسي چې ورسره نوم لیکنه شوې وه، خو د سرور پته https نه ده. هېڅ شی ونه لېږل شو.</translation>
    </message>
    <message>
        <source>The part of the enrolment code after &quot;@&quot; is damaged; copy the whole code from headquarters again.</source>
        <translation>د نوم لیکنې د کوډ هغه برخه چې له &quot;@&quot; وروسته ده زیانمنه ده؛ ټول کوډ له مرکزي دفتر څخه بیا کاپي کړئ.</translation>
    </message>
    <message>
        <source>This enrolment code is for a server with a certificate: its address must start with https://.</source>
        <translation>دا د نوم لیکنې کوډ د داسې سرور لپاره دی چې سند (certificate) لري: پته یې باید په https:// پیل شي.</translation>
    </message>
    <message>
        <source>Headquarters has revoked this device: it may no longer sync. Ask headquarters what to do.</source>
        <translation>مرکزي دفتر د دې وسیلې نوم لیکنه لغوه کړې ده: نور همغږي نشي کولی. له مرکزي دفتر څخه وپوښتئ چې څه وکړئ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a plain http address: the device&apos;s credential and every answer would cross the network readable by anyone on the way. Use the https address of headquarters.</source>
        <translation>&quot;%1&quot; یوه ساده http پته ده: د وسیلې باورلیک او هر ځواب به له شبکې داسې تېرېږي چې په لاره کې هر څوک یې لوستلای شي. د مرکزي دفتر https پته وکاروئ.</translation>
    </message>
</context>
<context>
    <name>prihvat::SyncPage</name>
    <message>
        <source>Sync with headquarters</source>
        <translation>له مرکزي دفتر سره همغږي</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>مرکزي دفتر</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>وروستۍ بریالۍ همغږي</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>د لېږلو په تمه بدلونونه</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>د کتلو وړ ټکرونه</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>اوس همغږي وکړئ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارډ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>پوښتنه</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ارزښت</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>لامل</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>د ردولو وخت</translation>
    </message>
    <message>
        <source>Done: %1 sent, %2 received, %3 new conflicts, %4 refused.</source>
        <translation>ترسره شو: %1 ولېږل شول، %2 ترلاسه شول، %3 نوي ټکرونه، %4 رد شول.</translation>
    </message>
    <message>
        <source>Not finished: %1</source>
        <translation>پای ته ونه رسېد: %1</translation>
    </message>
    <message>
        <source>This device is not enrolled yet. Ask headquarters for a one-time code, then run: prihvat-cli enroll --server ADDRESS --code CODE</source>
        <translation>دا وسیله لا نوم لیکنه نه لري. له مرکزي دفتر څخه یو ځلی کوډ وغواړئ، بیا دا وچلوئ: prihvat-cli enroll --server ADDRESS --code CODE</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>هېڅکله</translation>
    </message>
    <message>
        <source>Sync is not available in this window.</source>
        <translation>همغږي په دې کړکۍ کې نشته.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>نوم لیکنه روانه ده…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>بدلونونه لېږل کېږي…</translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation>بدلونونه ترلاسه کېږي…</translation>
    </message>
    <message>
        <source>Waiting to try again…</source>
        <translation>د بیا هڅې په تمه…</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>چمتو</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>ړنګ شوی</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(ځواب نشته)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>ړنګ شوی</translation>
    </message>
    <message>
        <source>Changes headquarters refused (%1)</source>
        <translation>هغه بدلونونه چې مرکزي دفتر رد کړل (%1)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>همغږي</translation>
    </message>
</context>
<context>
    <name>prihvat::TransportBoardPage</name>
    <message>
        <source>Transport requests</source>
        <translation>د ټرانسپورټ غوښتنې</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>نوې غوښتنه (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>منظور یې کړئ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Depart (in transit)</source>
        <translation>حرکت (په لاره کې) (&amp;D)</translation>
    </message>
    <message>
        <source>Co&amp;mplete (arrived)</source>
        <translation>بشپړ (ورسېدل) (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>غوښتنه لغوه کړئ (&amp;C)</translation>
    </message>
    <message>
        <source>Approve the selected request.</source>
        <translation>ټاکل شوې غوښتنه منظوره کړئ.</translation>
    </message>
    <message>
        <source>The vehicle has left with the selected request&apos;s people.</source>
        <translation>موټر د ټاکل شوې غوښتنې له کسانو سره روان شوی دی.</translation>
    </message>
    <message>
        <source>The people of the selected request have arrived.</source>
        <translation>د ټاکل شوې غوښتنې کسان رسېدلي دي.</translation>
    </message>
    <message>
        <source>Cancel the selected request. A reason can be added by opening it.</source>
        <translation>ټاکل شوې غوښتنه لغوه کړئ. د پرانیستلو سره یې لامل ورزیاتولای شئ.</translation>
    </message>
    <message>
        <source>Select a request with the arrow keys (left and right change column); Enter opens it. The buttons move it to its next state.</source>
        <translation>د غشو په تڼیو یوه غوښتنه وټاکئ (کیڼ او ښي غشي ستون بدلوي)؛ Enter یې پرانیزي. تڼۍ یې راتلونکي حالت ته وړي.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… او %n نوره غوښتنه</numerusform>
            <numerusform>… او %n نورې غوښتنې</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 او %n بل کس</numerusform>
            <numerusform>%1 او %n نور کسان</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>غوښتنه %1</translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation>غوښتنې ونه لوستل شوې: %1</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>ټاکل شوې: %1</translation>
    </message>
    <message>
        <source>No request selected.</source>
        <translation>هېڅ غوښتنه نه ده ټاکل شوې.</translation>
    </message>
    <message>
        <source>This transport request no longer exists.</source>
        <translation>د ټرانسپورټ دا غوښتنه نوره نشته.</translation>
    </message>
    <message>
        <source>The request for %1 is &quot;%2&quot; and cannot become &quot;%3&quot;.</source>
        <translation>د %1 غوښتنه په &quot;%2&quot; حالت کې ده او &quot;%3&quot; نه شي کېدای.</translation>
    </message>
    <message>
        <source>The request for %1 is now &quot;%2&quot;.</source>
        <translation>د %1 غوښتنه اوس په &quot;%2&quot; حالت کې ده.</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>ټرانسپورټ</translation>
    </message>
</context>
<context>
    <name>prihvat::UserDialog</name>
    <message>
        <source>User name</source>
        <translation>کارن نوم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>رول</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>لومړنی پټنوم</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>نوی پټنوم</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>پټنوم بیا ولیکئ</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>کاروونکی زیات کړئ</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>د %1 رول بدل کړئ</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>د %1 لپاره نوی پټنوم</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>دواړه پټنومونه یو شان نه دي.</translation>
    </message>
</context>
<context>
    <name>prihvat::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>کاروونکي</translation>
    </message>
    <message>
        <source>The people who can log in on this device. Only protection officers see protection details; an account locked after wrong passwords opens again when you unlock it.</source>
        <translation>هغه کسان چې په دې وسیله کې ننوتلای شي. د ساتنې جزئیات یوازې د ساتنې افسران ویني؛ هغه حساب چې د ناسمو پټنومونو له امله قلف شوی، کله چې یې خلاص کړئ بیا کارېدای شي.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>کارن نوم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>رول</translation>
    </message>
    <message>
        <source>Wrong passwords</source>
        <translation>ناسم پټنومونه</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>قلف</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>کاروونکی زیات کړئ…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>رول بدل کړئ…</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>نوی پټنوم…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>خلاص یې کړئ</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>لرې یې کړئ…</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>قلف شوی</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>%1 د %2 په توګه زیات شو.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 اوس %2 دی.</translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation>%1 اوس نوی پټنوم لري.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 بیا ننوتلای شي.</translation>
    </message>
    <message>
        <source>Remove a user</source>
        <translation>کاروونکی لرې کړئ</translation>
    </message>
    <message>
        <source>Remove %1? They will no longer be able to log in on this device. This cannot be undone.</source>
        <translation>%1 لرې کوئ؟ هغه به نور په دې وسیله کې ننوتلای نه شي. دا کار بېرته نه شي ګرځول کېدای.</translation>
    </message>
    <message>
        <source>%1 was not removed.</source>
        <translation>%1 لرې نه شو.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 لرې شو.</translation>
    </message>
</context>
</TS>
