<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name>Accounts</name>
    <message>
        <source>Only an administrator can manage users.</source>
        <translation>صرف منتظم صارفین کا انتظام کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. An administrator can unlock it.</source>
        <translation>بہت زیادہ غلط پاس ورڈ درج ہونے کی وجہ سے یہ اکاؤنٹ مقفل کر دیا گیا ہے۔ منتظم اسے غیر مقفل کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>صارف نام یا پاس ورڈ درست نہیں۔</translation>
    </message>
    <message>
        <source>The keys of this data folder were destroyed (the device was revoked). Nothing in it can be opened any more.</source>
        <translation>اس ڈیٹا فولڈر کی کلیدیں ختم کر دی گئی ہیں (آلہ منسوخ کر دیا گیا تھا)۔ اب اس میں سے کچھ بھی کھولا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a user name: use 1 to 64 letters, digits, dots, hyphens or underscores.</source>
        <translation>&quot;%1&quot; صارف نام نہیں ہو سکتا: 1 سے 64 تک حروف، ہندسے، نقطے، ڈیش (-) یا انڈر اسکور (_) استعمال کریں۔</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>پاس ورڈ میں کم از کم %1 حروف ہونے چاہییں۔</translation>
    </message>
    <message>
        <source>A password can have at most 1024 characters.</source>
        <translation>پاس ورڈ میں زیادہ سے زیادہ 1024 حروف ہو سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Reading the users</source>
        <translation>صارفین پڑھنا</translation>
    </message>
    <message>
        <source>The user %1 has an unknown role &quot;%2&quot;.</source>
        <translation>صارف %1 کا کردار &quot;%2&quot; نامعلوم ہے۔</translation>
    </message>
    <message>
        <source>Saving the user</source>
        <translation>صارف محفوظ کرنا</translation>
    </message>
    <message>
        <source>This data folder already has users; an administrator adds new ones.</source>
        <translation>اس ڈیٹا فولڈر میں پہلے سے صارفین موجود ہیں؛ نئے صارفین منتظم شامل کرتا ہے۔</translation>
    </message>
    <message>
        <source>The stored password of the user %1 is damaged.</source>
        <translation>صارف %1 کا محفوظ شدہ پاس ورڈ خراب ہے۔</translation>
    </message>
    <message>
        <source>Recording the login</source>
        <translation>لاگ ان درج کرنا</translation>
    </message>
    <message>
        <source>The data key of the user %1 is damaged and does not open.</source>
        <translation>صارف %1 کی ڈیٹا کلید خراب ہے اور کھلتی نہیں۔</translation>
    </message>
    <message>
        <source>There is already a user %1.</source>
        <translation>صارف %1 پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>کوئی صارف %1 موجود نہیں۔</translation>
    </message>
    <message>
        <source>%1 is the last administrator and cannot be removed.</source>
        <translation>%1 آخری منتظم ہے اور اسے ہٹایا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>Removing the user</source>
        <translation>صارف کو ہٹانا</translation>
    </message>
    <message>
        <source>%1 is the last administrator; make another user an administrator first.</source>
        <translation>%1 آخری منتظم ہے؛ پہلے کسی اور صارف کو منتظم بنائیں۔</translation>
    </message>
    <message>
        <source>Only an administrator can set the password of another user.</source>
        <translation>صرف منتظم کسی دوسرے صارف کا پاس ورڈ مقرر کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>Saving the new password</source>
        <translation>نیا پاس ورڈ محفوظ کرنا</translation>
    </message>
    <message>
        <source>Destroying the keys</source>
        <translation>کلیدیں ختم کرنا</translation>
    </message>
    <message>
        <source>The keys were destroyed, but another program holds the database open, so old copies may remain in its log until it closes.</source>
        <translation>کلیدیں ختم کر دی گئیں، لیکن ایک اور پروگرام نے ڈیٹا بیس کھول رکھا ہے، اس لیے اس پروگرام کے بند ہونے تک پرانی نقلیں اس کے لاگ میں باقی رہ سکتی ہیں۔</translation>
    </message>
    <message>
        <source>The password of this user is hashed with &quot;%1&quot;, which this version does not accept.</source>
        <translation>اس صارف کا پاس ورڈ &quot;%1&quot; طریقے سے ہیش کیا گیا ہے، جسے یہ نسخہ قبول نہیں کرتا۔</translation>
    </message>
    <message>
        <source>The stored password parameters of this user are weaker than the minimum; the account is refused. An administrator must set a new password.</source>
        <translation>اس صارف کے محفوظ شدہ پاس ورڈ کے پیرامیٹر کم از کم معیار سے کمزور ہیں؛ اکاؤنٹ مسترد کر دیا گیا ہے۔ منتظم کو نیا پاس ورڈ مقرر کرنا ہو گا۔</translation>
    </message>
    <message>
        <source>The stored password parameters of this user are out of range; the account is refused.</source>
        <translation>اس صارف کے محفوظ شدہ پاس ورڈ کے پیرامیٹر قابل قبول حد سے باہر ہیں؛ اکاؤنٹ مسترد کر دیا گیا ہے۔</translation>
    </message>
    <message>
        <source>The stored password salt of this user is damaged.</source>
        <translation>اس صارف کے محفوظ شدہ پاس ورڈ کا salt خراب ہے۔</translation>
    </message>
    <message>
        <source>There is not enough memory to check the password (Argon2id needs %1 MiB).</source>
        <translation>پاس ورڈ کی جانچ کے لیے کافی میموری نہیں (Argon2id کو %1 MiB درکار ہے)۔</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>منتظم</translation>
    </message>
    <message>
        <source>mobile team</source>
        <translation>موبائل ٹیم</translation>
    </message>
    <message>
        <source>reception desk</source>
        <translation>استقبالیہ ڈیسک</translation>
    </message>
    <message>
        <source>protection officer</source>
        <translation>تحفظ افسر</translation>
    </message>
    <message>
        <source>Your access to the data is being renewed: another user of this data folder must log in first.</source>
        <translation>ڈیٹا تک آپ کی رسائی کی تجدید ہو رہی ہے: پہلے اس ڈیٹا فولڈر کے کسی دوسرے صارف کو لاگ ان کرنا ہوگا۔</translation>
    </message>
    <message>
        <source>The recovery secret is not right.</source>
        <translation>بحالی کا خفیہ کوڈ درست نہیں ہے۔</translation>
    </message>
    <message>
        <source>This data folder has no recovery secret.</source>
        <translation>اس ڈیٹا فولڈر کا کوئی بحالی کا خفیہ کوڈ نہیں ہے۔</translation>
    </message>
    <message>
        <source>Only an administrator&apos;s account can be recovered with the recovery secret.</source>
        <translation>بحالی کے خفیہ کوڈ سے صرف منتظم کا اکاؤنٹ بحال کیا جا سکتا ہے۔</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;prihvat-cli --help&quot; for the commands.</source>
        <translation>کمانڈز دیکھنے کے لیے &quot;prihvat-cli --help&quot; چلائیں۔</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 پڑھا نہیں جا سکا: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; a record is never that large.</source>
        <translation>%1 کا حجم 16 MiB سے زیادہ ہے؛ کوئی ریکارڈ کبھی اتنا بڑا نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>The input is larger than 16 MiB; a record is never that large.</source>
        <translation>داخل کردہ مواد کا حجم 16 MiB سے زیادہ ہے؛ کوئی ریکارڈ کبھی اتنا بڑا نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>The input is not valid JSON (%1 at byte %2).</source>
        <translation>داخل کردہ مواد درست JSON نہیں ہے (بائٹ %2 پر %1)۔</translation>
    </message>
    <message>
        <source>The input must be a JSON object of field names and values.</source>
        <translation>داخل کردہ مواد خانوں کے ناموں اور قدروں پر مشتمل JSON آبجیکٹ ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>The site code of this device (see the reference data).</source>
        <translation>اس آلے کے مقام کا کوڈ (حوالہ جاتی ڈیٹا دیکھیں)۔</translation>
    </message>
    <message>
        <source>Initialised %1 for site %2; device %3.</source>
        <translation>%1 مقام %2 کے لیے تیار کر دیا گیا؛ آلہ %3۔</translation>
    </message>
    <message>
        <source>The record&apos;s values as a JSON object, from FILE or - for standard input.</source>
        <translation>ریکارڈ کی قدریں JSON آبجیکٹ کی صورت میں، فائل FILE سے یا معیاری داخلے (stdin) سے پڑھنے کے لیے -۔</translation>
    </message>
    <message>
        <source>The form id: person, screening, assistance, transport, referral.</source>
        <translation>فارم کا شناختی کوڈ: person، screening، assistance، transport، referral۔</translation>
    </message>
    <message>
        <source>Usage: add FORM --json FILE</source>
        <translation>استعمال کا طریقہ: add FORM --json FILE</translation>
    </message>
    <message>
        <source>The fields to change as a JSON object, from FILE or - for standard input.</source>
        <translation>تبدیل کیے جانے والے خانے JSON آبجیکٹ کی صورت میں، فائل FILE سے یا معیاری داخلے (stdin) سے پڑھنے کے لیے -۔</translation>
    </message>
    <message>
        <source>The record id.</source>
        <translation>ریکارڈ کا شناختی کوڈ۔</translation>
    </message>
    <message>
        <source>Usage: update ID --json FILE</source>
        <translation>استعمال کا طریقہ: update ID --json FILE</translation>
    </message>
    <message>
        <source>Usage: delete ID</source>
        <translation>استعمال کا طریقہ: delete ID</translation>
    </message>
    <message>
        <source>Usage: get ID</source>
        <translation>استعمال کا طریقہ: get ID</translation>
    </message>
    <message>
        <source>No record has the id %1.</source>
        <translation>شناختی کوڈ %1 والا کوئی ریکارڈ موجود نہیں۔</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>Print the records as a JSON array.</source>
        <translation>ریکارڈ JSON فہرست کی صورت میں دکھائیں۔</translation>
    </message>
    <message>
        <source>At most N records (default 1000).</source>
        <translation>زیادہ سے زیادہ N ریکارڈ (طے شدہ 1000)۔</translation>
    </message>
    <message>
        <source>Skip the first N records.</source>
        <translation>پہلے N ریکارڈ چھوڑ دیں۔</translation>
    </message>
    <message>
        <source>The form id.</source>
        <translation>فارم کا شناختی کوڈ۔</translation>
    </message>
    <message>
        <source>Usage: list FORM [--json] [--limit N] [--offset N]</source>
        <translation>استعمال کا طریقہ: list FORM [--json] [--limit N] [--offset N]</translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;. The forms are: %2</source>
        <translation>نامعلوم فارم &quot;%1&quot;۔ دستیاب فارم: %2</translation>
    </message>
    <message>
        <source>Usage: count FORM</source>
        <translation>استعمال کا طریقہ: count FORM</translation>
    </message>
    <message>
        <source>OK: %1; %2 changes waiting to sync.</source>
        <translation>درست: %1؛ ہم وقت سازی کی منتظر تبدیلیاں: %2۔</translation>
    </message>
    <message>
        <source>How many persons to create.</source>
        <translation>کتنے افراد بنائے جائیں۔</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same data.</source>
        <translation>بے ترتیب عدد کا بیج (seed): ایک ہی بیج سے ہمیشہ ایک جیسا ڈیٹا بنتا ہے۔</translation>
    </message>
    <message>
        <source>Usage: seed --persons N [--seed S], N from 1 to 10,000,000</source>
        <translation>استعمال کا طریقہ: seed --persons N [--seed S]، جہاں N کی حد 1 سے 10,000,000 تک ہے</translation>
    </message>
    <message>
        <source>Seeded %1 records (%2 persons) in %3 s: %4 records per second.</source>
        <translation>آزمائشی ڈیٹا بنایا گیا: %1 ریکارڈ (%2 افراد) %3 سیکنڈ میں: فی سیکنڈ %4 ریکارڈ۔</translation>
    </message>
    <message>
        <source>The headquarters address, such as https://hq.example.org.</source>
        <translation>صدر دفتر کا پتہ، مثلاً https://hq.example.org۔</translation>
    </message>
    <message>
        <source>The one-time enrolment code from headquarters.</source>
        <translation>صدر دفتر کی طرف سے ملنے والا ایک بار استعمال ہونے والا منسلک کرنے کا کوڈ۔</translation>
    </message>
    <message>
        <source>A name for this device (default: the computer&apos;s name).</source>
        <translation>اس آلے کا نام (طے شدہ: کمپیوٹر کا نام)۔</translation>
    </message>
    <message>
        <source>Usage: enroll --server URL --code CODE [--name NAME]</source>
        <translation>استعمال کا طریقہ: enroll --server URL --code CODE [--name NAME]</translation>
    </message>
    <message>
        <source>Enrolled with %1 as device %2 for sites %3.</source>
        <translation>%1 سے منسلک ہو گیا: آلہ %2، مقامات %3۔</translation>
    </message>
    <message>
        <source>Send each request at most N times when the server cannot be reached (default 4).</source>
        <translation>جب سرور تک رسائی نہ ہو تو ہر درخواست زیادہ سے زیادہ N بار بھیجیں (طے شدہ 4)۔</translation>
    </message>
    <message>
        <source>Give up on a request after S seconds without an answer (default 30).</source>
        <translation>جواب نہ ملنے پر S سیکنڈ بعد درخواست ترک کر دیں (طے شدہ 30)۔</translation>
    </message>
    <message>
        <source>Print the counts as a JSON object.</source>
        <translation>تعداد کو JSON آبجیکٹ کی صورت میں دکھائیں۔</translation>
    </message>
    <message>
        <source>Usage: sync [--attempts N] [--timeout S] [--json]</source>
        <translation>استعمال کا طریقہ: sync [--attempts N] [--timeout S] [--json]</translation>
    </message>
    <message>
        <source>This data folder is not enrolled with headquarters. Run &quot;prihvat-cli enroll --server URL --code CODE&quot; first.</source>
        <translation>یہ ڈیٹا فولڈر صدر دفتر سے منسلک نہیں ہے۔ پہلے &quot;prihvat-cli enroll --server URL --code CODE&quot; چلائیں۔</translation>
    </message>
    <message>
        <source>Attempt %1 failed: %2 Trying again in %3 s.</source>
        <translation>کوشش %1 ناکام: %2 %3 سیکنڈ بعد دوبارہ کوشش کی جائے گی۔</translation>
    </message>
    <message>
        <source>Pushed %1, pulled %2, conflicts %3, rejected %4.</source>
        <translation>بھیجی گئیں: %1، موصول ہوئیں: %2، تضادات: %3، مسترد: %4۔</translation>
    </message>
    <message>
        <source>%1 changes are kept on this device and will be sent by the next sync.</source>
        <translation>اس آلے پر محفوظ تبدیلیاں: %1؛ یہ اگلی ہم وقت سازی میں بھیجی جائیں گی۔</translation>
    </message>
    <message>
        <source>The data folder (default: %1).</source>
        <translation>ڈیٹا فولڈر (طے شدہ: %1)۔</translation>
    </message>
    <message>
        <source>The language of messages: en, bs, ar, fa, ps, ur, fr.</source>
        <translation>پیغامات کی زبان: en، bs، ar، fa، ps، ur، fr۔</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>کیا کرنا ہے (اوپر دیکھیں)۔</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of en, bs, ar, fa, ps, ur, fr.</source>
        <translation>نامعلوم زبان &quot;%1&quot;؛ ان میں سے کوئی ایک استعمال کریں: en، bs، ar، fa، ps، ur، fr۔</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>کوئی کمانڈ نہیں دی گئی۔</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>نامعلوم کمانڈ &quot;%1&quot;۔</translation>
    </message>
    <message>
        <source>Audit trail: %1 entries, hash chain intact.</source>
        <translation>آڈٹ ریکارڈ: اندراجات کی تعداد %1، ہیش زنجیر درست ہے۔</translation>
    </message>
    <message>
        <source>Print the entries as a JSON array.</source>
        <translation>اندراجات JSON فہرست کی صورت میں دکھائیں۔</translation>
    </message>
    <message>
        <source>At most N entries, newest first (default 100).</source>
        <translation>زیادہ سے زیادہ N اندراجات، تازہ ترین پہلے (طے شدہ 100)۔</translation>
    </message>
    <message>
        <source>Usage: audit [--limit N] [--json]</source>
        <translation>استعمال کا طریقہ: audit [--limit N] [--json]</translation>
    </message>
    <message>
        <source>No password given: set %1 or run the command in a terminal.</source>
        <translation>کوئی پاس ورڈ نہیں دیا گیا: %1 مقرر کریں یا کمانڈ ٹرمینل میں چلائیں۔</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>یہی پاس ورڈ دوبارہ: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں؛ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>This data folder has no user yet. Create its administrator first: prihvat-cli --data-dir DIR user add NAME --role admin</source>
        <translation>اس ڈیٹا فولڈر میں ابھی کوئی صارف نہیں۔ پہلے اس کا منتظم بنائیں: prihvat-cli --data-dir DIR user add NAME --role admin</translation>
    </message>
    <message>
        <source>Give --user NAME: every command on this data folder needs a user and their password (from %1 or typed when asked).</source>
        <translation>--user NAME دیں: اس ڈیٹا فولڈر پر ہر کمانڈ کے لیے ایک صارف اور اس کا پاس ورڈ ضروری ہے (%1 سے، یا پوچھے جانے پر لکھا جائے)۔</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 کا پاس ورڈ: </translation>
    </message>
    <message>
        <source>The administrator to create (password from PRIHVAT_PASSWORD, or asked twice).</source>
        <translation>بنایا جانے والا منتظم (پاس ورڈ PRIHVAT_PASSWORD سے، ورنہ دو بار پوچھا جائے گا)۔</translation>
    </message>
    <message>
        <source>init needs --site CODE and --user NAME.</source>
        <translation>init کے لیے --site CODE اور --user NAME ضروری ہیں۔</translation>
    </message>
    <message>
        <source>A password for the administrator %1: </source>
        <translation>منتظم %1 کے لیے پاس ورڈ: </translation>
    </message>
    <message>
        <source>Only a protection officer can see or change %1. Nothing was saved.</source>
        <translation>صرف تحفظ افسر %1 دیکھ یا تبدیل کر سکتا ہے۔ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Only an administrator can read the audit trail.</source>
        <translation>صرف منتظم آڈٹ ریکارڈ پڑھ سکتا ہے۔</translation>
    </message>
    <message>
        <source>Reference data from headquarters: %1 changes.</source>
        <translation>صدر دفتر سے حوالہ جاتی ڈیٹا: %1 تبدیلیاں۔</translation>
    </message>
    <message>
        <source>The role: admin, mobile, desk or protection.</source>
        <translation>کردار: admin، mobile، desk یا protection۔</translation>
    </message>
    <message>
        <source>Print the users as a JSON array.</source>
        <translation>صارفین JSON فہرست کی صورت میں دکھائیں۔</translation>
    </message>
    <message>
        <source>add, list, passwd, remove, role or unlock.</source>
        <translation>add، list، passwd، remove، role یا unlock۔</translation>
    </message>
    <message>
        <source>Usage: user add NAME --role ROLE | user list [--json] | user passwd [NAME] | user remove NAME | user role NAME ROLE | user unlock NAME</source>
        <translation>استعمال کا طریقہ: user add NAME --role ROLE | user list [--json] | user passwd [NAME] | user remove NAME | user role NAME ROLE | user unlock NAME</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use one of %2.</source>
        <translation>نامعلوم کردار &quot;%1&quot;؛ ان میں سے کوئی ایک استعمال کریں: %2۔</translation>
    </message>
    <message>
        <source>This data folder has no user yet: the first one must be an administrator (--role admin).</source>
        <translation>اس ڈیٹا فولڈر میں ابھی کوئی صارف نہیں: پہلا صارف منتظم ہونا چاہیے (--role admin)۔</translation>
    </message>
    <message>
        <source>A password for %1: </source>
        <translation>%1 کے لیے پاس ورڈ: </translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 (%2) شامل کر دیا گیا۔</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>A new password for %1: </source>
        <translation>%1 کے لیے نیا پاس ورڈ: </translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1 کا پاس ورڈ تبدیل کر دیا گیا۔</translation>
    </message>
    <message>
        <source>Removed %1; their key to this data folder is destroyed.</source>
        <translation>%1 کو ہٹا دیا گیا؛ اس ڈیٹا فولڈر کے لیے اس کی کلید ختم کر دی گئی ہے۔</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 اب %2 ہے۔</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 دوبارہ لاگ ان کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>لکھی جانے والی CSV فائل۔</translation>
    </message>
    <message>
        <source>Usage: export --form FORM --out FILE</source>
        <translation>استعمال کا طریقہ: export --form FORM --out FILE</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 لکھا نہیں جا سکا: %2</translation>
    </message>
    <message>
        <source>Exported %1 records of %2 to %3.</source>
        <translation>فارم %2 کے %1 ریکارڈ %3 میں برآمد کر دیے گئے۔</translation>
    </message>
    <message>
        <source>%1 protection-sensitive fields were left out (protection officers only).</source>
        <translation>تحفظ سے متعلق %1 حساس خانے شامل نہیں کیے گئے (یہ صرف تحفظ افسران کے لیے ہیں)۔</translation>
    </message>
    <message>
        <source>Who is working: every command on a data folder needs a user and their password (from PRIHVAT_PASSWORD, or typed when asked).</source>
        <translation>کون کام کر رہا ہے: ڈیٹا فولڈر پر ہر کمانڈ کے لیے ایک صارف اور اس کا پاس ورڈ ضروری ہے (PRIHVAT_PASSWORD سے، یا پوچھے جانے پر لکھا جائے)۔</translation>
    </message>
    <message>
        <source>The keys of this data folder are destroyed: its records can no longer be opened by anyone.</source>
        <translation>اس ڈیٹا فولڈر کی کلیدیں ختم کر دی گئیں: اب کوئی بھی اس کے ریکارڈ نہیں کھول سکتا۔</translation>
    </message>
    <message>
        <source>Removed %1 records past their retention period.</source>
        <translation>%1 ریکارڈ ہٹا دیے گئے جن کی محفوظ رکھنے کی مدت گزر چکی تھی۔</translation>
    </message>
    <message>
        <source>Load form definitions from DIR instead of the built-in ones; their forms, fields and sensitivities must be the built-in ones.</source>
        <translation>فارموں کی تعریفیں اندرونی تعریفوں کے بجائے DIR سے لوڈ کریں؛ ان کے فارم، خانے اور حساسیت وہی ہونی چاہییں جو اندرونی ہیں۔</translation>
    </message>
    <message>
        <source>Allow a plain http server address that is not on this computer (for tests only: the credential and the data would cross the network readable).</source>
        <translation>ایسے سادہ http سرور پتے کی اجازت دیں جو اس کمپیوٹر پر نہیں (صرف ٹیسٹ کے لیے: اسناد اور ڈیٹا نیٹ ورک سے پڑھے جا سکنے والی حالت میں گزریں گے)۔</translation>
    </message>
    <message>
        <source>Recovery secret of this data folder, shown only this once (write it down or print it, and keep it apart from this laptop): %1</source>
        <translation>اس ڈیٹا فولڈر کا بحالی کا خفیہ کوڈ، جو صرف اسی ایک بار دکھایا جا رہا ہے (اسے لکھ لیں یا پرنٹ کر لیں، اور اس لیپ ٹاپ سے الگ رکھیں): %1</translation>
    </message>
    <message>
        <source>Usage: --user NAME recover</source>
        <translation>استعمال: --user NAME recover</translation>
    </message>
    <message>
        <source>Recovery secret: </source>
        <translation>بحالی کا خفیہ کوڈ: </translation>
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
        <translation>Prihvat کمانڈ لائن: ڈیٹا فولڈر پر ونڈو کے بغیر کام۔

کمانڈز:
  init --site CODE --user NAME  کسی مقام پر آلے کا ڈیٹا فولڈر اور اس کا منتظم
                              بنائیں
  add FORM --json FILE|-      نیا ریکارڈ جانچ کر محفوظ کریں؛ اس کا شناختی کوڈ دکھاتا ہے
  update ID --json FILE|-     ریکارڈ کے دیے گئے خانے تبدیل کریں
  delete ID                   ریکارڈ حذف کریں (حذف ہونے کا نشان باقی رکھا جاتا ہے)
  get ID                      ریکارڈ JSON کی صورت میں دکھائیں
  list FORM [--json]          کسی فارم کے موجودہ (غیر حذف شدہ) ریکارڈ کی فہرست دکھائیں
  count FORM                  کسی فارم کے موجودہ ریکارڈ گنیں
  verify                      درستی، ہم آہنگی اور آڈٹ ریکارڈ کی جانچ کریں
  audit [--limit N] [--json]  آڈٹ ریکارڈ دکھائیں، تازہ ترین پہلے
  seed --persons N [--seed S] حقیقت سے ملتا جلتا آزمائشی ڈیٹا شامل کریں
  forms                       فارموں کی فہرست دکھائیں
  enroll --server URL --code CODE  اس آلے کو صدر دفتر سے منسلک کریں
  sync [--json]               منتظر تبدیلیاں بھیجیں اور نئی تبدیلیاں وصول کریں
  export --form FORM --out FILE  کسی فارم کے موجودہ ریکارڈ CSV کی صورت میں لکھیں
  user add NAME --role ROLE   صارف شامل کریں (admin، mobile، desk، protection)
  user list | passwd [NAME] | remove NAME | role NAME ROLE | unlock NAME
  recover                     منتظم --user NAME کے لیے نیا پاس ورڈ، init کے وقت
                              دکھائے گئے بحالی کے خفیہ کوڈ سے (PRIHVAT_RECOVERY)

ڈیٹا فولڈر پر ہر کمانڈ کے لیے --user NAME (کمانڈ سے پہلے) اور پاس ورڈ ضروری ہے،
جو PRIHVAT_PASSWORD سے لیا جاتا ہے یا پوچھے جانے پر لکھا جاتا ہے؛ نئے صارف کا پاس ورڈ
PRIHVAT_NEW_PASSWORD سے لیا جاتا ہے یا دو بار پوچھا جاتا ہے۔

اختتامی کوڈ: 0 مکمل، 1 ناکام، 2 غلط ان پٹ (کچھ تبدیل نہیں ہوا)۔</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Set-up was cancelled.</source>
        <translation>ابتدائی ترتیب منسوخ کر دی گئی۔</translation>
    </message>
    <message>
        <source>The data folder %1 is not set up.</source>
        <translation>ڈیٹا فولڈر %1 ابھی تیار نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>The keys of this data folder were destroyed because headquarters revoked this device. Its records cannot be opened any more.</source>
        <translation>اس ڈیٹا فولڈر کی کلیدیں ختم کر دی گئی ہیں کیونکہ صدر دفتر نے یہ آلہ منسوخ کر دیا ہے۔ اب اس کے ریکارڈ کھولے نہیں جا سکتے۔</translation>
    </message>
    <message>
        <source>This data folder has no administrator yet. Start Prihvat without options to create one.</source>
        <translation>اس ڈیٹا فولڈر کا ابھی کوئی منتظم نہیں۔ منتظم بنانے کے لیے Prihvat کو کسی اختیار (option) کے بغیر شروع کریں۔</translation>
    </message>
    <message>
        <source>The session was locked. Log in to go on.</source>
        <translation>نشست مقفل کر دی گئی تھی۔ جاری رکھنے کے لیے لاگ ان کریں۔</translation>
    </message>
    <message>
        <source>This device was revoked</source>
        <translation>اس آلے کی منسلکی منسوخ کر دی گئی</translation>
    </message>
    <message>
        <source>The keys of this data folder are destroyed now: its records can no longer be opened by anyone.</source>
        <translation>اس ڈیٹا فولڈر کی کلیدیں اب ختم کی جا رہی ہیں: اس کے بعد کوئی بھی اس کے ریکارڈ نہیں کھول سکے گا۔</translation>
    </message>
    <message>
        <source>Recovery secret</source>
        <translation>بحالی کا خفیہ کوڈ</translation>
    </message>
    <message>
        <source>Write down or print this recovery secret and keep it apart from this laptop. With it, an administrator who forgot their password can set a new one (prihvat-cli recover). It is shown only this once.

%1</source>
        <translation>بحالی کا یہ خفیہ کوڈ لکھ لیں یا پرنٹ کر لیں اور اس لیپ ٹاپ سے الگ رکھیں۔ اس کی مدد سے وہ منتظم جو اپنا پاس ورڈ بھول گیا ہو، نیا پاس ورڈ رکھ سکتا ہے (prihvat-cli recover)۔ یہ صرف اسی ایک بار دکھایا جا رہا ہے۔

%1</translation>
    </message>
    <message>
        <source>You were filling in “%1” when the session was locked. It is not saved yet.</source>
        <translation>جب سیشن لاک ہوا تو آپ «%1» بھر رہے تھے۔ یہ ابھی محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>You were filling in “%1” for %2 when the session was locked. It is not saved yet.</source>
        <translation>جب سیشن لاک ہوا تو آپ %2 کے لیے «%1» بھر رہے تھے۔ یہ ابھی محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>غیر محفوظ کام</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>جاری رکھیں</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>رد کریں</translation>
    </message>
    <message>
        <source>The record of this unsaved work no longer exists here.</source>
        <translation>اس غیر محفوظ کام کا ریکارڈ اب یہاں موجود نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>malformed number &apos;%1&apos; at position %2</source>
        <translation>حرف نمبر %2 پر غلط عدد &apos;%1&apos;</translation>
    </message>
    <message>
        <source>number out of range at position %1</source>
        <translation>حرف نمبر %1 پر عدد حد سے باہر ہے</translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos; at position %2</source>
        <translation>حرف نمبر %2 پر غلط خاص علامت &apos;\%1&apos;</translation>
    </message>
    <message>
        <source>unterminated string at position %1</source>
        <translation>حرف نمبر %1 پر متن بند نہیں کیا گیا</translation>
    </message>
    <message>
        <source>expected &apos;{&apos; after &apos;$&apos; at position %1</source>
        <translation>حرف نمبر %1 پر &apos;$&apos; کے بعد &apos;{&apos; ہونا چاہیے</translation>
    </message>
    <message>
        <source>unterminated field reference at position %1</source>
        <translation>حرف نمبر %1 پر خانے کا حوالہ بند نہیں کیا گیا</translation>
    </message>
    <message>
        <source>invalid field name &apos;%1&apos; at position %2</source>
        <translation>حرف نمبر %2 پر خانے کا غلط نام &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; at position %2</source>
        <translation>حرف نمبر %2 پر غیر متوقع حرف &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected end of expression</source>
        <translation>عبارت غیر متوقع طور پر ختم ہو گئی</translation>
    </message>
    <message>
        <source>unexpected string %1 at position %2</source>
        <translation>حرف نمبر %2 پر غیر متوقع متن %1</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>حرف نمبر %2 پر غیر متوقع &apos;%1&apos;</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes no arguments, got %2 at position %3</source>
        <translation>فنکشن &apos;%1&apos; کوئی قدر نہیں لیتا، لیکن حرف نمبر %3 پر %2 قدریں دی گئیں</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes 1 argument, got %2 at position %3</source>
        <translation>فنکشن &apos;%1&apos; ایک قدر لیتا ہے، لیکن حرف نمبر %3 پر %2 قدریں دی گئیں</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes %4 arguments, got %2 at position %3</source>
        <translation>فنکشن &apos;%1&apos; %4 قدریں لیتا ہے، لیکن حرف نمبر %3 پر %2 قدریں دی گئیں</translation>
    </message>
    <message>
        <source>expression nested too deeply at position %1</source>
        <translation>حرف نمبر %1 پر عبارت حد سے زیادہ تہ در تہ ہے</translation>
    </message>
    <message>
        <source>expression too long at position %1</source>
        <translation>حرف نمبر %1 پر عبارت بہت لمبی ہے</translation>
    </message>
    <message>
        <source>comparisons cannot be chained: &apos;%1&apos; at position %2</source>
        <translation>موازنے ایک کے بعد ایک جوڑے نہیں جا سکتے: حرف نمبر %2 پر &apos;%1&apos;</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; at position %2 must be followed by &apos;(&apos;</source>
        <translation>حرف نمبر %2 پر فنکشن &apos;%1&apos; کے بعد &apos;(&apos; ہونا چاہیے</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; at position %2 (fields are written ${%1})</source>
        <translation>حرف نمبر %2 پر نامعلوم نام &apos;%1&apos; (خانے ${%1} کی صورت میں لکھے جاتے ہیں)</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; at position %2</source>
        <translation>حرف نمبر %2 پر نامعلوم فنکشن &apos;%1&apos;</translation>
    </message>
    <message>
        <source>empty expression</source>
        <translation>عبارت خالی ہے</translation>
    </message>
</context>
<context>
    <name>FormLoader</name>
    <message>
        <source>%1 has an unknown key &quot;%2&quot;</source>
        <translation>%1 میں نامعلوم کلید &quot;%2&quot; ہے</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>choices must be a non-empty list</source>
        <translation>choices ایک غیر خالی فہرست ہونی چاہیے</translation>
    </message>
    <message>
        <source>a choice</source>
        <translation>ایک انتخابی جواب</translation>
    </message>
    <message>
        <source>choice value &quot;%1&quot; must use only a-z, 0-9 and _</source>
        <translation>انتخابی جواب کی قدر &quot;%1&quot; میں صرف a-z، 0-9 اور _ استعمال ہو سکتے ہیں</translation>
    </message>
    <message>
        <source>choice value &quot;%1&quot; appears twice</source>
        <translation>انتخابی جواب کی قدر &quot;%1&quot; دو بار آئی ہے</translation>
    </message>
    <message>
        <source>the label of choice &quot;%1&quot;</source>
        <translation>انتخابی جواب &quot;%1&quot; کا عنوان</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 متن ہونا چاہیے</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; must be a number</source>
        <translation>شرط &quot;%1&quot; ایک عدد ہونی چاہیے</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; must be a date YYYY-MM-DD</source>
        <translation>شرط &quot;%1&quot; تاریخ YYYY-MM-DD کی صورت میں ہونی چاہیے</translation>
    </message>
    <message>
        <source>a constraint must be an object</source>
        <translation>شرط ایک آبجیکٹ ہونی چاہیے</translation>
    </message>
    <message>
        <source>a constraint</source>
        <translation>ایک شرط</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; belongs on a field, not on the form</source>
        <translation>شرط &quot;%1&quot; کسی خانے پر لگتی ہے، فارم پر نہیں</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; does not apply to a %2 field</source>
        <translation>شرط &quot;%1&quot; قسم %2 کے خانے پر لاگو نہیں ہوتی</translation>
    </message>
    <message>
        <source>constraint &quot;range&quot; needs &quot;min&quot; or &quot;max&quot;</source>
        <translation>شرط &quot;range&quot; کے لیے &quot;min&quot; یا &quot;max&quot; ضروری ہے</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; needs &quot;min&quot; or &quot;max&quot;</source>
        <translation>شرط &quot;%1&quot; کے لیے &quot;min&quot; یا &quot;max&quot; ضروری ہے</translation>
    </message>
    <message>
        <source>constraint &quot;pattern&quot; needs a &quot;regex&quot;</source>
        <translation>شرط &quot;pattern&quot; کے لیے &quot;regex&quot; ضروری ہے</translation>
    </message>
    <message>
        <source>constraint &quot;pattern&quot; has an invalid regular expression: %1</source>
        <translation>شرط &quot;pattern&quot; میں regex عبارت درست نہیں: %1</translation>
    </message>
    <message>
        <source>constraint expression</source>
        <translation>شرط کی عبارت</translation>
    </message>
    <message>
        <source>constraint &quot;expression&quot; needs a &quot;message&quot;</source>
        <translation>شرط &quot;expression&quot; کے لیے &quot;message&quot; ضروری ہے</translation>
    </message>
    <message>
        <source>unknown constraint kind &quot;%1&quot;</source>
        <translation>شرط کی نامعلوم قسم &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the constraint message</source>
        <translation>شرط کا پیغام</translation>
    </message>
    <message>
        <source>&quot;field&quot; belongs only on form-level constraints</source>
        <translation>&quot;field&quot; صرف فارم کی سطح کی شرائط میں آ سکتا ہے</translation>
    </message>
    <message>
        <source>the default value does not fit a %1 field</source>
        <translation>طے شدہ قدر قسم %1 کے خانے کے مطابق نہیں</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: پڑھا نہیں جا سکا: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: بائٹ %2 پر درست JSON نہیں: %3</translation>
    </message>
    <message>
        <source>%1: the definition must be a JSON object</source>
        <translation>%1: تعریف JSON آبجیکٹ ہونی چاہیے</translation>
    </message>
    <message>
        <source>the form</source>
        <translation>فارم</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a name of a-z, 0-9 and _</source>
        <translation>&quot;id&quot; ایسا نام ہونا چاہیے جس میں صرف a-z، 0-9 اور _ ہوں</translation>
    </message>
    <message>
        <source>&quot;id&quot; is &quot;%1&quot; but the file should then be named %2</source>
        <translation>&quot;id&quot; کی قدر &quot;%1&quot; ہے، اس لیے فائل کا نام %2 ہونا چاہیے</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number of at least 1</source>
        <translation>&quot;version&quot; کم از کم 1 کا پورا عدد ہونا چاہیے</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>سرخی</translation>
    </message>
    <message>
        <source>&quot;fields&quot; must be a non-empty list</source>
        <translation>&quot;fields&quot; ایک غیر خالی فہرست ہونی چاہیے</translation>
    </message>
    <message>
        <source>the field name must be made of a-z, 0-9 and _, starting with a letter</source>
        <translation>خانے کا نام a-z، 0-9 اور _ سے بنا ہو اور کسی حرف سے شروع ہو</translation>
    </message>
    <message>
        <source>the field name is used twice</source>
        <translation>خانے کا نام دو بار استعمال ہوا ہے</translation>
    </message>
    <message>
        <source>the field</source>
        <translation>خانہ</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>نامعلوم قسم &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the label</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>the hint</source>
        <translation>رہنمائی</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; کی قدر ہاں یا نہیں (true یا false) ہونی چاہیے</translation>
    </message>
    <message>
        <source>&quot;sensitivity&quot; must be identifying, protection or facet</source>
        <translation>&quot;sensitivity&quot; کی قدر identifying، protection یا facet میں سے ایک ہونی چاہیے</translation>
    </message>
    <message>
        <source>%1 needs exactly one of &quot;choices&quot;, &quot;choice_list&quot; or &quot;reference&quot;</source>
        <translation>%1 کے لیے &quot;choices&quot;، &quot;choice_list&quot; یا &quot;reference&quot; میں سے صرف ایک ضروری ہے</translation>
    </message>
    <message>
        <source>unknown choice list &quot;%1&quot;</source>
        <translation>انتخابی جوابات کی نامعلوم فہرست &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown reference data &quot;%1&quot;</source>
        <translation>نامعلوم حوالہ جاتی ڈیٹا &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only select_one and select_multiple fields have choices</source>
        <translation>انتخابی جوابات صرف select_one اور select_multiple خانوں میں ہوتے ہیں</translation>
    </message>
    <message>
        <source>a note holds no value, so it cannot be required or have a default</source>
        <translation>نوٹ میں کوئی قدر نہیں ہوتی، اس لیے اسے لازمی نہیں بنایا جا سکتا اور نہ اس کی طے شدہ قدر ہو سکتی ہے</translation>
    </message>
    <message>
        <source>&quot;relevant&quot;</source>
        <translation>&quot;relevant&quot;</translation>
    </message>
    <message>
        <source>&quot;constraints&quot; must be a list</source>
        <translation>&quot;constraints&quot; ایک فہرست ہونی چاہیے</translation>
    </message>
    <message>
        <source>form-level constraints must be of kind &quot;expression&quot;</source>
        <translation>فارم کی سطح کی شرائط کی قسم &quot;expression&quot; ہونی چاہیے</translation>
    </message>
    <message>
        <source>form-level constraint names unknown field &quot;%1&quot;</source>
        <translation>فارم کی سطح کی شرط نامعلوم خانے &quot;%1&quot; کا نام لیتی ہے</translation>
    </message>
    <message>
        <source>the expression &quot;%1&quot; refers to unknown field &quot;%2&quot;</source>
        <translation>عبارت &quot;%1&quot; نامعلوم خانے &quot;%2&quot; کا حوالہ دیتی ہے</translation>
    </message>
    <message>
        <source>the expression &quot;%1&quot; refers to note &quot;%2&quot;, which has no value</source>
        <translation>عبارت &quot;%1&quot; نوٹ &quot;%2&quot; کا حوالہ دیتی ہے، جس میں کوئی قدر نہیں ہوتی</translation>
    </message>
    <message>
        <source>&quot;keys&quot;</source>
        <translation>&quot;keys&quot;</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must name a field</source>
        <translation>کلید &quot;%1&quot; کو کسی خانے کا نام دینا چاہیے</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; names unknown field &quot;%2&quot;</source>
        <translation>کلید &quot;%1&quot; نامعلوم خانے &quot;%2&quot; کا نام دیتی ہے</translation>
    </message>
    <message>
        <source>cannot be key &quot;%1&quot;: it is a %2 field</source>
        <translation>کلید &quot;%1&quot; نہیں بن سکتا: یہ قسم %2 کا خانہ ہے</translation>
    </message>
    <message>
        <source>cannot be key &quot;site&quot;: a choice of site must use the reference data &quot;sites&quot;</source>
        <translation>کلید &quot;site&quot; نہیں بن سکتا: مقام کے انتخاب کو حوالہ جاتی ڈیٹا &quot;sites&quot; استعمال کرنا چاہیے</translation>
    </message>
    <message>
        <source>&quot;states&quot;</source>
        <translation>&quot;states&quot;</translation>
    </message>
    <message>
        <source>the state field must be a select_one field with choices</source>
        <translation>صورتحال کا خانہ select_one قسم کا ہونا چاہیے اور اس میں انتخابی جوابات ہونے چاہییں</translation>
    </message>
    <message>
        <source>the initial state &quot;%1&quot; is not one of the field&apos;s choices</source>
        <translation>ابتدائی صورتحال &quot;%1&quot; خانے کے انتخابی جوابات میں شامل نہیں</translation>
    </message>
    <message>
        <source>state &quot;%1&quot; has no entry in &quot;transitions&quot;</source>
        <translation>صورتحال &quot;%1&quot; کا &quot;transitions&quot; میں کوئی اندراج نہیں</translation>
    </message>
    <message>
        <source>&quot;transitions&quot; names unknown state &quot;%1&quot;</source>
        <translation>&quot;transitions&quot; میں نامعلوم صورتحال &quot;%1&quot; کا نام ہے</translation>
    </message>
    <message>
        <source>&quot;stamps&quot; names unknown state &quot;%1&quot;</source>
        <translation>&quot;stamps&quot; میں نامعلوم صورتحال &quot;%1&quot; کا نام ہے</translation>
    </message>
    <message>
        <source>&quot;stamps&quot; must name datetime fields, not &quot;%1&quot;</source>
        <translation>&quot;stamps&quot; میں datetime قسم کے خانوں کے نام ہونے چاہییں، &quot;%1&quot; نہیں</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1: خانہ &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>must be an object with a text for each language</source>
        <translation>ہر زبان کے لیے متن والا آبجیکٹ ہونا چاہیے</translation>
    </message>
    <message>
        <source>has no text in language &quot;%1&quot;</source>
        <translation>میں زبان &quot;%1&quot; کا متن نہیں ہے</translation>
    </message>
    <message>
        <source>has an unknown language &quot;%1&quot;</source>
        <translation>میں نامعلوم زبان &quot;%1&quot; ہے</translation>
    </message>
    <message>
        <source>&quot;records_actor_of&quot; belongs on a read-only text field and lists field names</source>
        <translation>&quot;records_actor_of&quot; صرف ایسے متنی خانے پر لگ سکتا ہے جو صرف پڑھا جا سکے، اور اس میں خانوں کے نام درج ہوتے ہیں</translation>
    </message>
    <message>
        <source>&quot;records_actor_of&quot; names unknown field &quot;%1&quot;</source>
        <translation>&quot;records_actor_of&quot; میں نامعلوم خانے &quot;%1&quot; کا نام ہے</translation>
    </message>
    <message>
        <source>cannot be key &quot;%1&quot;: its sensitivity is &quot;%2&quot;, and keys are stored in clear</source>
        <translation>کلید &quot;%1&quot; نہیں بن سکتا: اس کی حساسیت &quot;%2&quot; ہے، اور کلیدیں خفیہ کیے بغیر محفوظ کی جاتی ہیں</translation>
    </message>
</context>
<context>
    <name>FormRegistry</name>
    <message>
        <source>No form definitions found in %1</source>
        <translation>%1 میں فارموں کی کوئی تعریف نہیں ملی</translation>
    </message>
    <message>
        <source>the built-in form &quot;%1&quot; is missing; a folder of form definitions must hold every built-in form.</source>
        <translation>اندرونی فارم «%1» موجود نہیں؛ فارموں کی تعریفوں والے فولڈر میں تمام اندرونی فارم ہونے چاہییں۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a built-in form; only the built-in forms can be loaded from a folder.</source>
        <translation>«%1» اندرونی فارم نہیں ہے؛ فولڈر سے صرف اندرونی فارم لوڈ کیے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not in the built-in form; fields and their sensitivity come only with a new version of Prihvat.</source>
        <translation>خانہ «%1» اندرونی فارم میں نہیں ہے؛ خانے اور ان کی حساسیت صرف Prihvat کے نئے ورژن کے ساتھ آتے ہیں۔</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must stay %2 and &quot;%3&quot; as in the built-in form; sensitivity comes only with a new version of Prihvat.</source>
        <translation>خانہ «%1» کو اندرونی فارم کی طرح %2 قسم اور «%3» حساسیت پر ہی رہنا چاہیے؛ حساسیت صرف Prihvat کے نئے ورژن کے ساتھ آتی ہے۔</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; of the built-in form is missing.</source>
        <translation>اندرونی فارم کا خانہ «%1» موجود نہیں۔</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>(no name kept: no consent)</source>
        <translation>(نام محفوظ نہیں: رضامندی نہیں)</translation>
    </message>
</context>
<context>
    <name>ProtectionUpgrade</name>
    <message>
        <source>Could not look for protection categories to move</source>
        <translation>منتقل کی جانے والی تحفظ کی اقسام تلاش نہیں کی جا سکیں</translation>
    </message>
</context>
<context>
    <name>RecordService</name>
    <message>
        <source>The %1 record was not saved:</source>
        <translation>%1 کا ریکارڈ محفوظ نہیں ہوا:</translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;. The forms are: %2</source>
        <translation>نامعلوم فارم &quot;%1&quot;۔ دستیاب فارم: %2</translation>
    </message>
    <message>
        <source>Is set by the application, not typed.</source>
        <translation>یہ پروگرام خود بھرتا ہے، ہاتھ سے نہیں لکھا جاتا۔</translation>
    </message>
    <message>
        <source>A new record starts as &quot;%1&quot;.</source>
        <translation>نیا ریکارڈ &quot;%1&quot; کی صورتحال سے شروع ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Record %1 has been deleted and cannot be changed.</source>
        <translation>ریکارڈ %1 حذف ہو چکا ہے اور تبدیل نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is final; the state cannot change any more.</source>
        <translation>&quot;%1&quot; آخری صورتحال ہے؛ اب یہ تبدیل نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>Cannot go from &quot;%1&quot; to &quot;%2&quot;; allowed next: %3.</source>
        <translation>&quot;%1&quot; سے &quot;%2&quot; پر نہیں جا سکتے؛ اگلی اجازت شدہ صورتحال: %3۔</translation>
    </message>
    <message>
        <source>Record %1 is already deleted.</source>
        <translation>ریکارڈ %1 پہلے ہی حذف ہو چکا ہے۔</translation>
    </message>
    <message>
        <source>No record has the id %1.</source>
        <translation>شناختی کوڈ %1 والا کوئی ریکارڈ موجود نہیں۔</translation>
    </message>
    <message>
        <source>This person has not given consent (or has withdrawn it), so only answers for counting can be kept; leave this empty.</source>
        <translation>اس فرد نے رضامندی نہیں دی (یا واپس لے لی ہے)، اس لیے صرف گنتی کے لیے جوابات رکھے جا سکتے ہیں؛ اسے خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <source>Only a protection officer can see or change %1. Nothing was saved.</source>
        <translation>صرف تحفظ کا افسر %1 دیکھ یا بدل سکتا ہے۔ کچھ بھی محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>This change would clear answers that only a protection officer can see or change. Nothing was saved: ask a protection officer to make this change.</source>
        <translation>یہ تبدیلی ایسے جوابات مٹا دے گی جنہیں صرف تحفظ کا افسر دیکھ یا بدل سکتا ہے۔ کچھ بھی محفوظ نہیں ہوا: تحفظ کے کسی افسر سے یہ تبدیلی کرنے کو کہیں۔</translation>
    </message>
    <message>
        <source>This record holds answers that only a protection officer can see; only a protection officer can delete it. Nothing was deleted.</source>
        <translation>اس ریکارڈ میں ایسے جوابات ہیں جنہیں صرف تحفظ کا افسر دیکھ سکتا ہے؛ اسے صرف تحفظ کا افسر حذف کر سکتا ہے۔ کچھ بھی حذف نہیں ہوا۔</translation>
    </message>
</context>
<context>
    <name>RecordSummary</name>
    <message>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Reference data %1 cannot be read: %2</source>
        <translation>حوالہ جاتی ڈیٹا %1 پڑھا نہیں جا سکا: %2</translation>
    </message>
    <message>
        <source>Reference data %1 is not valid JSON: %2</source>
        <translation>حوالہ جاتی ڈیٹا %1 درست JSON نہیں ہے: %2</translation>
    </message>
    <message>
        <source>Reference data %1: %2</source>
        <translation>حوالہ جاتی ڈیٹا %1: %2</translation>
    </message>
    <message>
        <source>every site needs a code, a name and a kind (centre or outreach)</source>
        <translation>ہر مقام کے لیے کوڈ، نام اور قسم (مرکز کے لیے centre یا میدانی مقام کے لیے outreach) ضروری ہے</translation>
    </message>
    <message>
        <source>every entry needs a code and a name</source>
        <translation>ہر اندراج کے لیے کوڈ اور نام ضروری ہے</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: %2</source>
        <translation>سامان &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>service &quot;%1&quot;: %2</source>
        <translation>خدمت &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>every provider needs a code and a name</source>
        <translation>ہر خدمت فراہم کنندہ کے لیے کوڈ اور نام ضروری ہے</translation>
    </message>
    <message>
        <source>the set is empty</source>
        <translation>یہ مجموعہ خالی ہے</translation>
    </message>
    <message>
        <source>it needs an assistance type</source>
        <translation>اس کے لیے امداد کی قسم ضروری ہے</translation>
    </message>
    <message>
        <source>a retention period needs a form and a whole number of days from 1 to 36500</source>
        <translation>محفوظ رکھنے کی مدت کے لیے ایک فارم اور 1 سے 36500 تک دنوں کی پوری تعداد ضروری ہے</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a set headquarters manages</source>
        <translation>&quot;%1&quot; ایسا مجموعہ نہیں جس کا انتظام صدر دفتر کرتا ہو</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; appears twice</source>
        <translation>کوڈ &quot;%1&quot; دو بار آیا ہے</translation>
    </message>
</context>
<context>
    <name>Reseal</name>
    <message>
        <source>Re-sealing answers under the newest keys: %1 of %2 rows.</source>
        <translation>جوابات کو نئی ترین کلیدوں سے دوبارہ سیل کیا جا رہا ہے: %2 میں سے %1 قطاریں۔</translation>
    </message>
</context>
<context>
    <name>RetentionPurge</name>
    <message>
        <source>Could not start the purge</source>
        <translation>پرانے ریکارڈ کی صفائی شروع نہیں ہو سکی</translation>
    </message>
    <message>
        <source>Could not prepare the purge</source>
        <translation>پرانے ریکارڈ کی صفائی کی تیاری نہیں ہو سکی</translation>
    </message>
    <message>
        <source>Could not find old records</source>
        <translation>پرانے ریکارڈ تلاش نہیں کیے جا سکے</translation>
    </message>
    <message>
        <source>Could not remove an old record</source>
        <translation>ایک پرانا ریکارڈ ہٹایا نہیں جا سکا</translation>
    </message>
    <message>
        <source>Could not finish the purge</source>
        <translation>پرانے ریکارڈ کی صفائی مکمل نہیں ہو سکی</translation>
    </message>
    <message>
        <source>Could not clear the journal after the purge</source>
        <translation>صفائی کے بعد جرنل صاف نہیں کیا جا سکا</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>There is not enough memory to hold a key.</source>
        <translation>کلید رکھنے کے لیے کافی میموری نہیں۔</translation>
    </message>
    <message>
        <source>The data is locked.</source>
        <translation>ڈیٹا مقفل ہے۔</translation>
    </message>
    <message>
        <source>A sealed answer is not in the sealed format.</source>
        <translation>ایک خفیہ کردہ جواب خفیہ کاری کی درست شکل میں نہیں۔</translation>
    </message>
    <message>
        <source>A sealed answer is damaged.</source>
        <translation>ایک خفیہ کردہ جواب خراب ہے۔</translation>
    </message>
    <message>
        <source>A sealed answer does not open with this key.</source>
        <translation>ایک خفیہ کردہ جواب اس کلید سے نہیں کھلتا۔</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>خفیہ کاری کی لائبریری شروع نہیں ہو سکی۔</translation>
    </message>
    <message>
        <source>A key has the wrong length.</source>
        <translation>ایک کلید کی لمبائی غلط ہے۔</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The seeder needs &quot;%1&quot; in the reference set &quot;%2&quot;, which does not have it.</source>
        <translation>آزمائشی ڈیٹا بنانے والے کو حوالہ جاتی مجموعے &quot;%2&quot; میں &quot;%1&quot; درکار ہے، جو اس میں موجود نہیں۔</translation>
    </message>
    <message>
        <source>The seeder needs at least one reception centre and one outreach site in the reference data.</source>
        <translation>آزمائشی ڈیٹا بنانے والے کو حوالہ جاتی ڈیٹا میں کم از کم ایک استقبالیہ مرکز اور ایک میدانی مقام درکار ہے۔</translation>
    </message>
    <message>
        <source>The seeder made a %1 record that does not pass validation; the seeder needs fixing. %2</source>
        <translation>آزمائشی ڈیٹا بنانے والے نے %1 کا ایسا ریکارڈ بنایا جو جانچ میں درست نہیں نکلا؛ اسے ٹھیک کرنے کی ضرورت ہے۔ %2</translation>
    </message>
    <message>
        <source>The number of persons to seed must be at least 1.</source>
        <translation>آزمائشی ڈیٹا کے افراد کی تعداد کم از کم 1 ہونی چاہیے۔</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ایک فائل ہے، فولڈر نہیں۔</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>ڈیٹا فولڈر %1 نہیں بنایا جا سکا۔</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be made private.</source>
        <translation>ڈیٹا فولڈر %1 کو نجی (صرف صارف کے لیے) نہیں بنایا جا سکا۔</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Prihvat (schema %1; this version knows up to %2). Update Prihvat.</source>
        <translation>ڈیٹا بیس Prihvat کے نئے نسخے سے لکھا گیا ہے (ڈھانچہ %1؛ یہ نسخہ صرف %2 تک جانتا ہے)۔ Prihvat کا نیا نسخہ انسٹال کریں۔</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>ڈیٹا بیس کو ڈھانچہ %1 پر منتقل کرنا ناکام رہا: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>ڈیٹا بیس %1 نہیں کھولا جا سکا: %2</translation>
    </message>
    <message>
        <source>%1: the disk is full. Nothing was saved; free some space and try again.</source>
        <translation>%1: ڈسک بھر گئی ہے۔ کچھ محفوظ نہیں ہوا؛ کچھ جگہ خالی کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>%1: the database file is damaged (%2).</source>
        <translation>%1: ڈیٹا بیس کی فائل خراب ہے (%2)۔</translation>
    </message>
    <message>
        <source>%1: the disk reported an error (%2). Nothing was saved.</source>
        <translation>%1: ڈسک نے خرابی بتائی (%2)۔ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>%1: the database is busy in another program. Try again.</source>
        <translation>%1: ڈیٹا بیس کسی اور پروگرام میں مصروف ہے۔ دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>%1: the database cannot be written to (%2).</source>
        <translation>%1: ڈیٹا بیس میں لکھا نہیں جا سکتا (%2)۔</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Writing settings</source>
        <translation>ترتیبات لکھنا</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>ترتیبات پڑھنا</translation>
    </message>
    <message>
        <source>The database has no device id or site: it was not made by &quot;init&quot; or is damaged.</source>
        <translation>ڈیٹا بیس میں آلے کا شناختی کوڈ یا مقام موجود نہیں: یہ &quot;init&quot; سے نہیں بنایا گیا یا خراب ہے۔</translation>
    </message>
    <message>
        <source>Unknown site code &quot;%1&quot;. Known sites: %2</source>
        <translation>مقام کا نامعلوم کوڈ &quot;%1&quot;۔ معلوم مقامات: %2</translation>
    </message>
    <message>
        <source>%1 already holds a Prihvat database; nothing was changed.</source>
        <translation>%1 میں پہلے سے Prihvat ڈیٹا بیس موجود ہے؛ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>%1 holds no Prihvat database. Create one with &quot;init&quot;.</source>
        <translation>%1 میں کوئی Prihvat ڈیٹا بیس نہیں۔ &quot;init&quot; سے نیا بنائیں۔</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It has not been changed. Keep a copy of the folder and restore the latest backup, or ask headquarters for help.</source>
        <translation>ڈیٹا بیس %1 خراب ہے (%2)۔ اسے تبدیل نہیں کیا گیا۔ فولڈر کی ایک نقل محفوظ رکھیں اور تازہ ترین حفاظتی نقل بحال کریں، یا صدر دفتر سے مدد لیں۔</translation>
    </message>
    <message>
        <source>it does not start like an SQLite database</source>
        <translation>اس کا آغاز SQLite ڈیٹا بیس جیسا نہیں</translation>
    </message>
    <message>
        <source>it holds no Prihvat schema; &quot;init&quot; was probably interrupted. Move the file away and run &quot;init&quot; again</source>
        <translation>اس میں Prihvat کا ڈھانچہ موجود نہیں؛ شاید &quot;init&quot; ادھورا رہ گیا تھا۔ فائل کو کہیں اور منتقل کریں اور &quot;init&quot; دوبارہ چلائیں</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Prihvat (schema %1; this version knows up to %2). Update Prihvat; the file has not been changed.</source>
        <translation>ڈیٹا بیس Prihvat کے نئے نسخے سے لکھا گیا ہے (ڈھانچہ %1؛ یہ نسخہ صرف %2 تک جانتا ہے)۔ Prihvat کا نیا نسخہ انسٹال کریں؛ فائل تبدیل نہیں کی گئی۔</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>ڈیٹا بیس کھولنا</translation>
    </message>
    <message>
        <source>Reading a record</source>
        <translation>ریکارڈ پڑھنا</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>محفوظ کرنا</translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;.</source>
        <translation>نامعلوم فارم &quot;%1&quot;۔</translation>
    </message>
    <message>
        <source>The device id &quot;%1&quot; from headquarters is not a UUID.</source>
        <translation>صدر دفتر سے ملنے والا آلے کا شناختی کوڈ &quot;%1&quot; درست UUID نہیں۔</translation>
    </message>
    <message>
        <source>Saving the enrolment</source>
        <translation>منسلک ہونے کی معلومات محفوظ کرنا</translation>
    </message>
    <message>
        <source>Listing records</source>
        <translation>ریکارڈ کی فہرست بنانا</translation>
    </message>
    <message>
        <source>Counting records</source>
        <translation>ریکارڈ گننا</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>ڈیٹا بیس کی جانچ</translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>SQLite کی درستی: %1</translation>
    </message>
    <message>
        <source>Schema version %1, expected %2.</source>
        <translation>ڈھانچے کا نسخہ %1، متوقع %2۔</translation>
    </message>
    <message>
        <source>Record %1: the id is not a UUID.</source>
        <translation>ریکارڈ %1: شناختی کوڈ UUID نہیں۔</translation>
    </message>
    <message>
        <source>Record %1: unknown form &quot;%2&quot;.</source>
        <translation>ریکارڈ %1: نامعلوم فارم &quot;%2&quot;۔</translation>
    </message>
    <message>
        <source>Record %1: its values or stamps are not valid JSON.</source>
        <translation>ریکارڈ %1: اس کی قدریں یا وقت کی مہریں درست JSON نہیں۔</translation>
    </message>
    <message>
        <source>Record %1: its clock stamp is malformed.</source>
        <translation>ریکارڈ %1: اس کی وقت کی مہر خراب ہے۔</translation>
    </message>
    <message>
        <source>Record %1: the index column for &quot;%2&quot; does not match its value.</source>
        <translation>ریکارڈ %1: &quot;%2&quot; کا اشاریہ کالم اس کی قدر سے مطابقت نہیں رکھتا۔</translation>
    </message>
    <message>
        <source>Record %1: value for unknown field &quot;%2&quot;.</source>
        <translation>ریکارڈ %1: نامعلوم خانے &quot;%2&quot; کی قدر۔</translation>
    </message>
    <message>
        <source>Checking records</source>
        <translation>ریکارڈ کی جانچ</translation>
    </message>
    <message>
        <source>%1 outbox changes belong to no record.</source>
        <translation>بھیجی جانے والی تبدیلیوں کی فہرست میں ایسی تبدیلیاں جو کسی ریکارڈ سے متعلق نہیں: %1۔</translation>
    </message>
    <message>
        <source>%1 outbox changes belong to a push batch that is not kept.</source>
        <translation>بھیجی جانے والی تبدیلیوں کی فہرست میں ایسی تبدیلیاں جن کی کھیپ محفوظ نہیں: %1۔</translation>
    </message>
    <message>
        <source>%1 outbox changes have a malformed clock stamp.</source>
        <translation>بھیجی جانے والی تبدیلیوں کی فہرست میں خراب وقت کی مہر والی تبدیلیاں: %1۔</translation>
    </message>
    <message>
        <source>Writing the audit trail</source>
        <translation>آڈٹ ریکارڈ لکھنا</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>آڈٹ ریکارڈ پڑھنا</translation>
    </message>
    <message>
        <source>Checking the audit trail</source>
        <translation>آڈٹ ریکارڈ کی جانچ</translation>
    </message>
    <message>
        <source>The audit trail is missing: its table was removed.</source>
        <translation>آڈٹ ریکارڈ موجود نہیں: اس کا ٹیبل ہٹا دیا گیا ہے۔</translation>
    </message>
    <message>
        <source>The audit trail&apos;s protection was removed: its entries could be edited.</source>
        <translation>آڈٹ ریکارڈ کا تحفظ ہٹا دیا گیا ہے: اب اس کے اندراجات میں ترمیم ممکن ہے۔</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: they were deleted.</source>
        <translation>آڈٹ اندراجات %1 تا %2 موجود نہیں: انہیں حذف کر دیا گیا ہے۔</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: it was deleted.</source>
        <translation>آڈٹ اندراج %1 موجود نہیں: اسے حذف کر دیا گیا ہے۔</translation>
    </message>
    <message>
        <source>Audit entry %1 is out of sequence.</source>
        <translation>آڈٹ اندراج %1 ترتیب سے ہٹ کر ہے۔</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed: its contents do not match its hash.</source>
        <translation>آڈٹ اندراج %1 تبدیل کیا گیا ہے: اس کا مواد اس کے ہیش سے مطابقت نہیں رکھتا۔</translation>
    </message>
    <message>
        <source>Audit entry 1 does not start the chain: entries were inserted, removed or moved.</source>
        <translation>آڈٹ اندراج 1 زنجیر کا آغاز نہیں کرتا: اندراجات شامل کیے گئے، ہٹائے گئے یا ان کی جگہ بدلی گئی۔</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: entries were inserted, removed, changed or moved.</source>
        <translation>آڈٹ اندراج %1 اندراج %2 کے بعد نہیں آتا: اندراجات شامل کیے گئے، ہٹائے گئے، تبدیل کیے گئے یا ان کی جگہ بدلی گئی۔</translation>
    </message>
    <message>
        <source>The recorded end of the audit trail is malformed; its last entry is %1.</source>
        <translation>آڈٹ ریکارڈ کا محفوظ شدہ اختتام خراب ہے؛ اس کا آخری اندراج %1 ہے۔</translation>
    </message>
    <message>
        <source>The recorded end of the audit trail is missing: entries after %1 may have been removed.</source>
        <translation>آڈٹ ریکارڈ کا محفوظ شدہ اختتام موجود نہیں: ممکن ہے اندراج %1 کے بعد کے اندراجات ہٹا دیے گئے ہوں۔</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: they were removed from the end of the trail.</source>
        <translation>آڈٹ اندراجات %1 تا %2 موجود نہیں: انہیں ریکارڈ کے آخر سے ہٹا دیا گیا ہے۔</translation>
    </message>
    <message>
        <source>Audit entries from %1 on were not written by Prihvat: the trail ended at %2.</source>
        <translation>اندراج %1 اور اس کے بعد کے آڈٹ اندراجات Prihvat نے نہیں لکھے: ریکارڈ اندراج %2 پر ختم ہوتا تھا۔</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the last entry Prihvat wrote: it was replaced.</source>
        <translation>آڈٹ اندراج %1 وہ آخری اندراج نہیں جو Prihvat نے لکھا تھا: اسے بدل دیا گیا ہے۔</translation>
    </message>
    <message>
        <source>The data is locked: names, contact details and protection notes cannot be read or saved until it is unlocked. Nothing was changed.</source>
        <translation>ڈیٹا مقفل ہے: جب تک اسے غیر مقفل نہ کیا جائے، نام، رابطے کی تفصیلات اور تحفظ کے نوٹس نہ پڑھے جا سکتے ہیں نہ محفوظ کیے جا سکتے ہیں۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>A sealed answer of record %1 (&quot;%2&quot;) is damaged.</source>
        <translation>ریکارڈ %1 کا ایک خفیہ کردہ جواب (&quot;%2&quot;) خراب ہے۔</translation>
    </message>
    <message>
        <source>Record %1: the answer to &quot;%2&quot; is stored in clear, not sealed.</source>
        <translation>ریکارڈ %1: &quot;%2&quot; کا جواب خفیہ کیے بغیر محفوظ ہے۔</translation>
    </message>
    <message>
        <source>Record %1: the sealed answer to &quot;%2&quot; does not open with this key.</source>
        <translation>ریکارڈ %1: &quot;%2&quot; کا خفیہ کردہ جواب اس کلید سے نہیں کھلتا۔</translation>
    </message>
    <message>
        <source>%1 entries of &quot;%2&quot; hold an identifying or protection answer in clear.</source>
        <translation>&quot;%2&quot; کے %1 اندراجات میں شناخت یا تحفظ سے متعلق جواب خفیہ کیے بغیر موجود ہے۔</translation>
    </message>
    <message>
        <source>Saving the reference data from headquarters failed: %1</source>
        <translation>صدر دفتر سے آنے والا حوالہ جاتی ڈیٹا محفوظ کرنا ناکام رہا: %1</translation>
    </message>
    <message>
        <source>Record %1: its values are not valid JSON; nothing was sealed.</source>
        <translation>ریکارڈ %1: اس کی قدریں درست JSON نہیں؛ کچھ بھی خفیہ نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>This key does not open the sealed answers of this data folder. Nothing was changed.</source>
        <translation>یہ کلید اس ڈیٹا فولڈر کے خفیہ کردہ جوابات نہیں کھولتی۔ کچھ تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>The audit trail&apos;s seal does not hold under the current key, so it is not sealed again with the new one.</source>
        <translation>آڈٹ ریکارڈ کی مہر موجودہ کلید کے تحت درست نہیں، اس لیے اسے نئی کلید سے دوبارہ مہر نہیں کیا جاتا۔</translation>
    </message>
    <message>
        <source>The seal of the audit trail is malformed: it was edited outside Prihvat.</source>
        <translation>آڈٹ ریکارڈ کی مہر خراب ہے: اس میں Prihvat کے باہر ترمیم کی گئی ہے۔</translation>
    </message>
    <message>
        <source>The seal of the audit trail does not match this data folder&apos;s key: the trail was rewritten outside Prihvat.</source>
        <translation>آڈٹ ریکارڈ کی مہر اس ڈیٹا فولڈر کی کلید سے مطابقت نہیں رکھتی: ریکارڈ Prihvat کے باہر دوبارہ لکھا گیا ہے۔</translation>
    </message>
    <message>
        <source>The audit trail carries no seal of this data folder&apos;s key: it was removed outside Prihvat, or the trail did not hold when it was to be sealed.</source>
        <translation>آڈٹ ریکارڈ پر اس ڈیٹا فولڈر کی کلید کی مہر نہیں: مہر Prihvat کے باہر ہٹائی گئی، یا جب ریکارڈ کو مہر کیا جانا تھا تب وہ درست نہیں تھا۔</translation>
    </message>
    <message>
        <source>The audit trail no longer holds its sealed entry %1: entries up to it were changed or removed outside Prihvat.</source>
        <translation>آڈٹ ریکارڈ میں اب اس کا مہر شدہ اندراج %1 موجود نہیں: اس تک کے اندراجات Prihvat کے باہر تبدیل یا حذف کیے گئے ہیں۔</translation>
    </message>
    <message>
        <source>Audit entry %1 was added without this data folder&apos;s key, although only a logged-in user writes such entries.</source>
        <translation>آڈٹ اندراج %1 اس ڈیٹا فولڈر کی کلید کے بغیر شامل کیا گیا، حالانکہ ایسے اندراجات صرف لاگ اِن صارف لکھتا ہے۔</translation>
    </message>
    <message>
        <source>The data folder is locked: log in to keep or open unsaved work.</source>
        <translation>ڈیٹا فولڈر لاک ہے: غیر محفوظ کام رکھنے یا کھولنے کے لیے لاگ اِن کریں۔</translation>
    </message>
    <message>
        <source>Keeping unsaved work</source>
        <translation>غیر محفوظ کام رکھنا</translation>
    </message>
    <message>
        <source>Reading unsaved work</source>
        <translation>غیر محفوظ کام پڑھنا</translation>
    </message>
    <message>
        <source>Discarding unsaved work</source>
        <translation>غیر محفوظ کام رد کرنا</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Saving the sync state</source>
        <translation>ہم وقت سازی کی حالت محفوظ کرنا</translation>
    </message>
    <message>
        <source>Reading the changes to send</source>
        <translation>بھیجی جانے والی تبدیلیاں پڑھنا</translation>
    </message>
    <message>
        <source>Preparing the changes to send</source>
        <translation>بھیجی جانے والی تبدیلیاں تیار کرنا</translation>
    </message>
    <message>
        <source>Headquarters answered %1 changes with %2 results.</source>
        <translation>صدر دفتر نے %1 تبدیلیوں کا جواب %2 نتائج کے ساتھ دیا۔</translation>
    </message>
    <message>
        <source>Saving the answer from headquarters</source>
        <translation>صدر دفتر کا جواب محفوظ کرنا</translation>
    </message>
    <message>
        <source>Refused by headquarters without a reason.</source>
        <translation>صدر دفتر نے کوئی وجہ بتائے بغیر مسترد کر دیا۔</translation>
    </message>
    <message>
        <source>Saving the changes from headquarters</source>
        <translation>صدر دفتر سے آنے والی تبدیلیاں محفوظ کرنا</translation>
    </message>
    <message>
        <source>Reading the refused changes</source>
        <translation>مسترد شدہ تبدیلیاں پڑھنا</translation>
    </message>
    <message>
        <source>Reading the conflicts</source>
        <translation>تضادات پڑھنا</translation>
    </message>
    <message>
        <source>Saving the conflict</source>
        <translation>تضاد محفوظ کرنا</translation>
    </message>
    <message>
        <source>No conflict has the id %1.</source>
        <translation>شناختی کوڈ %1 والا کوئی تضاد موجود نہیں۔</translation>
    </message>
    <message>
        <source>This device is not enrolled with headquarters yet, so it cannot sync.</source>
        <translation>یہ آلہ ابھی صدر دفتر سے منسلک نہیں، اس لیے ہم وقت سازی نہیں کر سکتا۔</translation>
    </message>
    <message>
        <source>Log in to sync: this device&apos;s credential for headquarters opens only with a user&apos;s password.</source>
        <translation>ہم وقت سازی کے لیے لاگ اِن کریں: صدر دفتر کے لیے اس آلے کی اسناد صرف کسی صارف کے پاس ورڈ سے کھلتی ہیں۔</translation>
    </message>
    <message>
        <source>Log in before enrolling: the device&apos;s credential is kept sealed with the data key.</source>
        <translation>آلے کو منسلک کرنے سے پہلے لاگ اِن کریں: آلے کی اسناد ڈیٹا کلید سے خفیہ کر کے رکھی جاتی ہیں۔</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>This form has no such field.</source>
        <translation>اس فارم میں ایسا کوئی خانہ نہیں۔</translation>
    </message>
    <message>
        <source>This is a note; it takes no answer.</source>
        <translation>یہ ایک نوٹ ہے؛ اس میں جواب درج نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>متن ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Is too long: %1 characters, at most %2 allowed.</source>
        <translation>بہت لمبا ہے: %1 حروف، زیادہ سے زیادہ %2 کی اجازت ہے۔</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>پورا عدد ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <translation>عدد ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Must be a date written as YYYY-MM-DD.</source>
        <translation>تاریخ YYYY-MM-DD کی صورت میں لکھی ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>Must be a date and time in ISO 8601 form.</source>
        <translation>تاریخ اور وقت ISO 8601 کی صورت میں ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>ہاں یا نہیں ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Must be one of the choices.</source>
        <translation>دیے گئے جوابات میں سے ایک ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Must be a list of different choices.</source>
        <translation>مختلف منتخب جوابات کی فہرست ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>Must be the id of a person.</source>
        <translation>کسی فرد کا شناختی کوڈ ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices.</source>
        <translation>&quot;%1&quot; دیے گئے جوابات میں شامل نہیں۔</translation>
    </message>
    <message>
        <source>No person with the id %1 is registered.</source>
        <translation>شناختی کوڈ %1 والا کوئی فرد درج نہیں۔</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>%1 اور %2 کے درمیان ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Must be on or after %1.</source>
        <translation>%1 یا اس کے بعد کا ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Must be on or before %1.</source>
        <translation>%1 یا اس سے پہلے کا ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>کم از کم %1 ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>زیادہ سے زیادہ %1 ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Must be between %1 and %2 characters long.</source>
        <translation>لمبائی %1 اور %2 حروف کے درمیان ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>Must be at least %1 characters long.</source>
        <translation>لمبائی کم از کم %1 حروف ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>Must be at most %1 characters long.</source>
        <translation>لمبائی زیادہ سے زیادہ %1 حروف ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>Choose between %1 and %2 options.</source>
        <translation>%1 سے %2 تک جوابات منتخب کریں۔</translation>
    </message>
    <message>
        <source>Choose at least %1 options.</source>
        <translation>کم از کم %1 جوابات منتخب کریں۔</translation>
    </message>
    <message>
        <source>Choose at most %1 options.</source>
        <translation>زیادہ سے زیادہ %1 جوابات منتخب کریں۔</translation>
    </message>
    <message>
        <source>Is not written in the expected form.</source>
        <translation>متوقع صورت میں نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>مستقبل کی تاریخ نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>Does not apply, given the other answers.</source>
        <translation>دوسرے جوابات کے پیش نظر یہ لاگو نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>An answer is required.</source>
        <translation>جواب لازمی ہے۔</translation>
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
        <translation>Prihvat شروع نہیں ہو سکا</translation>
    </message>
</context>
<context>
    <name>prihvat::AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>آڈٹ ریکارڈ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کون</translation>
    </message>
    <message>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>نئے</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>پرانے</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>دوبارہ جانچیں</translation>
    </message>
    <message>
        <source>The trail is intact: no entry was changed or removed.</source>
        <translation>آڈٹ ریکارڈ درست ہے: کوئی اندراج تبدیل یا حذف نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>The trail is broken at entry %1: %2</source>
        <translation>آڈٹ ریکارڈ اندراج %1 پر ٹوٹا ہوا ہے: %2</translation>
    </message>
    <message>
        <source>Entries %1 to %2 of %3 (newest first)</source>
        <translation>%3 میں سے اندراجات %1 تا %2 (تازہ ترین پہلے)</translation>
    </message>
    <message>
        <source>Data folder created</source>
        <translation>ڈیٹا فولڈر بنایا گیا</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>ریکارڈ بنایا گیا</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>ریکارڈ تبدیل کیا گیا</translation>
    </message>
    <message>
        <source>Record deleted</source>
        <translation>ریکارڈ حذف کیا گیا</translation>
    </message>
    <message>
        <source>Protection details viewed</source>
        <translation>تحفظ کی تفصیلات دیکھی گئیں</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>ڈیٹا برآمد کیا گیا</translation>
    </message>
    <message>
        <source>Synced with headquarters</source>
        <translation>صدر دفتر کے ساتھ ہم وقت سازی ہوئی</translation>
    </message>
    <message>
        <source>Records purged</source>
        <translation>پرانے ریکارڈ مستقل طور پر حذف کیے گئے</translation>
    </message>
    <message>
        <source>Demonstration data added</source>
        <translation>نمائشی ڈیٹا شامل کیا گیا</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>لاگ ان ہوا</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>لاگ ان مسترد ہوا</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>نشست مقفل ہوئی</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>کردار تبدیل کیا گیا</translation>
    </message>
    <message>
        <source>Account locked out</source>
        <translation>اکاؤنٹ مقفل ہو گیا</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>صارف شامل کیا گیا</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>صارف ہٹایا گیا</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>اکاؤنٹ غیر مقفل کیا گیا</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>پاس ورڈ تبدیل کیا گیا</translation>
    </message>
    <message>
        <source>Keys destroyed</source>
        <translation>کلیدیں ختم کی گئیں</translation>
    </message>
    <message>
        <source>Trail found without its seal</source>
        <translation>آڈٹ ریکارڈ اپنی مہر کے بغیر ملا</translation>
    </message>
</context>
<context>
    <name>prihvat::ConflictsPage</name>
    <message>
        <source>Record %1 (not on this device)</source>
        <translation>ریکارڈ %1 (اس آلے پر موجود نہیں)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(حذف شدہ)</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>یہ آلہ</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>آلہ %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف شدہ</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(کوئی جواب نہیں)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حذف شدہ</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>حذف شدہ نہیں</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>جائزے کے لیے تضادات</translation>
    </message>
    <message>
        <source>Two devices changed the same answer before either had seen the other&apos;s change. The later change was kept everywhere; the other value is kept here so nothing is lost. Choose the value that is right: your choice is saved as an ordinary edit and sent with the next sync.</source>
        <translation>دو آلوں نے ایک ہی جواب تبدیل کیا، اس سے پہلے کہ کسی نے دوسرے کی تبدیلی دیکھی ہو۔ بعد والی تبدیلی ہر جگہ برقرار رکھی گئی ہے؛ دوسری قدر یہاں محفوظ ہے تاکہ کچھ ضائع نہ ہو۔ درست قدر منتخب کریں: آپ کا انتخاب ایک عام ترمیم کے طور پر محفوظ ہو گا اور اگلی ہم وقت سازی میں بھیجا جائے گا۔</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>جائزے کے لیے کوئی تضاد نہیں۔</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سوال</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>برقرار رکھی گئی قدر</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>دوسری قدر</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تبدیلی کا وقت</translation>
    </message>
    <message>
        <source>Kept everywhere</source>
        <translation>ہر جگہ برقرار رکھی گئی قدر</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>یہ قدر برقرار رکھیں</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>ذریعہ: %1، %2</translation>
    </message>
    <message>
        <source>The record is not on this device yet; sync first.</source>
        <translation>یہ ریکارڈ ابھی اس آلے پر موجود نہیں؛ پہلے ہم وقت سازی کریں۔</translation>
    </message>
    <message>
        <source>A deleted record cannot be restored here.</source>
        <translation>حذف شدہ ریکارڈ یہاں بحال نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>The record has been deleted; there is nothing to change.</source>
        <translation>یہ ریکارڈ حذف ہو چکا ہے؛ اس میں تبدیل کرنے کو کچھ نہیں۔</translation>
    </message>
    <message>
        <source>This version of Prihvat does not know the question &quot;%1&quot;.</source>
        <translation>Prihvat کا یہ نسخہ سوال &quot;%1&quot; کو نہیں جانتا۔</translation>
    </message>
    <message>
        <source>Kept &quot;%1&quot; for %2. It is sent with the next sync.</source>
        <translation>%2 کے لیے &quot;%1&quot; برقرار رکھا گیا۔ یہ اگلی ہم وقت سازی میں بھیجا جائے گا۔</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>تضادات</translation>
    </message>
    <message>
        <source>Only a protection officer can decide this conflict.</source>
        <translation>اس تضاد کا فیصلہ صرف تحفظ افسر کر سکتا ہے۔</translation>
    </message>
</context>
<context>
    <name>prihvat::DistributionPage</name>
    <message>
        <source>Distribution</source>
        <translation>تقسیم</translation>
    </message>
    <message>
        <source>&amp;Assistance:</source>
        <translation>امداد (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>سامان (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>مقدار (&amp;Q):</translation>
    </message>
    <message>
        <source>Type a name or an id, then press Enter to record</source>
        <translation>نام یا شناختی کوڈ لکھیں، پھر درج کرنے کے لیے Enter دبائیں</translation>
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
        <translation>پہلے نام یا شناختی کوڈ لکھیں۔</translation>
    </message>
    <message>
        <source>No one matches &quot;%1&quot;. Check the spelling, or register the person on the People page.</source>
        <translation>&quot;%1&quot; سے کوئی فرد نہیں ملا۔ ہجے دوبارہ دیکھ لیں، یا افراد کے صفحے پر اس فرد کا اندراج کریں۔</translation>
    </message>
    <message>
        <source>Choose the type of assistance first.</source>
        <translation>پہلے امداد کی قسم منتخب کریں۔</translation>
    </message>
    <message numerus="yes">
        <source>%1 already received %2 today (%n time(s)). Press Enter again to record it once more, or choose another person.</source>
        <translation>
            <numerusform>%1 آج پہلے ہی %2 وصول کر چکے ہیں (%n بار)۔ دوبارہ درج کرنے کے لیے پھر Enter دبائیں، یا کوئی اور فرد منتخب کریں۔</numerusform>
            <numerusform>%1 آج پہلے ہی %2 وصول کر چکے ہیں (%n بار)۔ دوبارہ درج کرنے کے لیے پھر Enter دبائیں، یا کوئی اور فرد منتخب کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded: %1 for %2</source>
        <translation>درج کر لیا گیا: %2 کے لیے %1</translation>
    </message>
    <message>
        <source>&amp;Recorded in this session: %1</source>
        <translation>اس نشست میں درج شدہ (&amp;R): %1</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <translation>%1  %2 — %3</translation>
    </message>
    <message>
        <source>Recorded for the wrong person</source>
        <translation>غلط فرد کے لیے درج ہوا</translation>
    </message>
    <message>
        <source>Recorded twice</source>
        <translation>دو بار درج ہوا</translation>
    </message>
    <message>
        <source>Not handed out</source>
        <translation>حوالے نہیں کیا گیا</translation>
    </message>
    <message>
        <source>Wrong item or quantity</source>
        <translation>غلط چیز یا مقدار</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>واپس لیا گیا</translation>
    </message>
    <message>
        <source>Double-click an entry to correct it; Delete voids it.</source>
        <translation>درست کرنے کے لیے اندراج پر دو بار کلک کریں؛ Delete اسے کالعدم کرتا ہے۔</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>کالعدم کریں… (&amp;V)</translation>
    </message>
    <message>
        <source>Choose what is handed out, then for each person: type the name, check the match, press Enter. Ctrl+Z takes back the last one.</source>
        <translation>منتخب کریں کہ کیا تقسیم ہو رہا ہے، پھر ہر فرد کے لیے: نام لکھیں، نتیجہ جانچیں، Enter دبائیں۔ ‏Ctrl+Z آخری اندراج واپس لیتا ہے۔</translation>
    </message>
    <message>
        <source>%1 (void: %2)</source>
        <translation>%1 (کالعدم: %2)</translation>
    </message>
    <message>
        <source>Nothing to take back.</source>
        <translation>واپس لینے کے لیے کچھ نہیں ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>The last hand-out was recorded more than %n second(s) ago: choose it in the list and use Void… instead.</source>
        <translation>
            <numerusform>آخری تقسیم %n سیکنڈ سے زیادہ پہلے درج ہوئی: اسے فہرست میں منتخب کریں اور اس کے بجائے «کالعدم کریں…» استعمال کریں۔</numerusform>
            <numerusform>آخری تقسیم %n سیکنڈ سے زیادہ پہلے درج ہوئی: اسے فہرست میں منتخب کریں اور اس کے بجائے «کالعدم کریں…» استعمال کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken back: %1 for %2</source>
        <translation>واپس لیا گیا: %2 کے لیے %1</translation>
    </message>
    <message>
        <source>This hand-out is void already.</source>
        <translation>یہ تقسیم پہلے ہی کالعدم ہے۔</translation>
    </message>
    <message>
        <source>Void a hand-out</source>
        <translation>تقسیم کالعدم کریں</translation>
    </message>
    <message>
        <source>Why is %1 for %2 void?</source>
        <translation>%2 کے لیے %1 کیوں کالعدم ہے؟</translation>
    </message>
    <message>
        <source>Void: %1 for %2 (%3)</source>
        <translation>کالعدم: %2 کے لیے %1 (%3)</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>ابھی کچھ نہیں</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Today at %1: %2
This session: %3</source>
        <translation>آج %1 میں: %2
اس سیشن میں: %3</translation>
    </message>
</context>
<context>
    <name>prihvat::FieldEditor</name>
    <message>
        <source>Filter: type a name</source>
        <translation>فلٹر: کوئی نام لکھیں</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>عمر %1</translation>
    </message>
    <message>
        <source>registered at %1 on %2</source>
        <translation>%1 میں %2 کو رجسٹر ہوا</translation>
    </message>
</context>
<context>
    <name>prihvat::FormView</name>
    <message>
        <source>Required</source>
        <translation>لازمی</translation>
    </message>
    <message>
        <source>Visible to protection officers only</source>
        <translation>صرف تحفظ افسران کو نظر آتا ہے</translation>
    </message>
    <message>
        <source>Names and contact details are kept only with the person&apos;s consent.</source>
        <translation>نام اور رابطے کی تفصیلات صرف اس فرد کی رضامندی سے رکھی جاتی ہیں۔</translation>
    </message>
</context>
<context>
    <name>prihvat::LoginWindow</name>
    <message>
        <source>Prihvat — log in</source>
        <translation>Prihvat — لاگ ان</translation>
    </message>
    <message>
        <source>Prihvat</source>
        <translation>Prihvat</translation>
    </message>
    <message>
        <source>Log in to work with the records of this device.</source>
        <translation>اس آلے کے ریکارڈ پر کام کرنے کے لیے لاگ ان کریں۔</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>صارف نام</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>پاس ورڈ</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>لاگ ان کریں</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>پاس ورڈ کی جانچ ہو رہی ہے…</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>%n سیکنڈ بعد دوبارہ کوشش کریں۔</numerusform>
            <numerusform>%n سیکنڈ بعد دوبارہ کوشش کریں۔</numerusform>
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
        <translation>مقام: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>زبان: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>ہم وقت سازی جاری ہے…</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>آخری ہم وقت سازی: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>ابھی تک ہم وقت سازی نہیں ہوئی</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>مقفل کریں (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock now: the records are hidden until someone logs in again.</source>
        <translation>ابھی مقفل کریں: جب تک کوئی دوبارہ لاگ ان نہ کرے، ریکارڈ چھپے رہیں گے۔</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to sync: %n change(s) in %1</source>
        <translation>
            <numerusform>مطابقت کا انتظار: %1 میں %n تبدیلی</numerusform>
            <numerusform>مطابقت کا انتظار: %1 میں %n تبدیلیاں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n ریکارڈ</numerusform>
            <numerusform>%n ریکارڈ</numerusform>
        </translation>
    </message>
    <message>
        <source>Respondent:</source>
        <translation>جواب دہندہ:</translation>
    </message>
</context>
<context>
    <name>prihvat::PeopleModel</name>
    <message>
        <source>male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>female</source>
        <translation>عورت</translation>
    </message>
    <message>
        <source>other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>about %1 years</source>
        <translation>تقریباً %1 سال</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>نام اپنے رسم الخط میں</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>پیدائش / عمر</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>آبائی ملک</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>شناختی کوڈ</translation>
    </message>
</context>
<context>
    <name>prihvat::PeoplePage</name>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Type a name or an id (Latin or Arabic script)…</source>
        <translation>نام یا شناختی کوڈ لکھیں (لاطینی یا عربی رسم الخط میں)…</translation>
    </message>
    <message>
        <source>Register new person</source>
        <translation>نئے فرد کا اندراج کریں</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) registered on this device.</source>
        <translation>
            <numerusform>اس آلے پر %n فرد کا اندراج ہے۔</numerusform>
            <numerusform>اس آلے پر %n افراد کا اندراج ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>No one found. Press Enter to register &quot;%1&quot; as a new person.</source>
        <translation>کوئی نہیں ملا۔ &quot;%1&quot; کو نئے فرد کے طور پر درج کرنے کے لیے Enter دبائیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es). Enter opens the first; arrow keys choose.</source>
        <translation>
            <numerusform>%n نتیجہ ملا۔ پہلا نتیجہ کھولنے کے لیے Enter دبائیں؛ تیر والی کلیدوں سے انتخاب کریں۔</numerusform>
            <numerusform>%n نتائج ملے۔ پہلا نتیجہ کھولنے کے لیے Enter دبائیں؛ تیر والی کلیدوں سے انتخاب کریں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prihvat::PersonProfilePage</name>
    <message>
        <source>Edit details</source>
        <translation>تفصیلات میں ترمیم کریں</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>جائزہ لیں</translation>
    </message>
    <message>
        <source>Record assistance</source>
        <translation>امداد درج کریں</translation>
    </message>
    <message>
        <source>Request transport</source>
        <translation>ٹرانسپورٹ کی درخواست دیں</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>رجوع کروائیں</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>زمانی ترتیب</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>مقام</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>شناختی کوڈ: %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>By</source>
        <translation>درج کنندہ</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>اندراج</translation>
    </message>
</context>
<context>
    <name>prihvat::RecordEditorPage</name>
    <message>
        <source>Record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>محفوظ کریں (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n answer(s) need attention.</source>
        <translation>
            <numerusform>محفوظ نہیں ہوا: %n جواب پر توجہ درکار ہے۔</numerusform>
            <numerusform>محفوظ نہیں ہوا: %n جوابات پر توجہ درکار ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>غیر محفوظ تبدیلیاں</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them before leaving?</source>
        <translation>اس ریکارڈ میں ایسی تبدیلیاں ہیں جو محفوظ نہیں ہوئیں۔ جانے سے پہلے انہیں محفوظ کریں؟</translation>
    </message>
    <message>
        <source>&amp;Respondent&apos;s language:</source>
        <translation>جواب دہندہ کی زبان (&amp;R):</translation>
    </message>
    <message>
        <source>Your unsaved answers are back. They are not saved yet: Ctrl+S saves them.</source>
        <translation>آپ کے غیر محفوظ جوابات واپس آ گئے ہیں۔ یہ ابھی محفوظ نہیں ہوئے: ‏Ctrl+S انہیں محفوظ کرتا ہے۔</translation>
    </message>
</context>
<context>
    <name>prihvat::RecordListModel</name>
    <message>
        <source>There is no form &quot;%1&quot;.</source>
        <translation>کوئی فارم &quot;%1&quot; موجود نہیں۔</translation>
    </message>
    <message>
        <source>Person id: %1</source>
        <translation>فرد کا شناختی کوڈ: %1</translation>
    </message>
    <message>
        <source>Record id: %1</source>
        <translation>ریکارڈ کا شناختی کوڈ: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>مقام</translation>
    </message>
    <message>
        <source>State</source>
        <translation>صورتحال</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
</context>
<context>
    <name>prihvat::RecordListPage</name>
    <message>
        <source>Screenings</source>
        <translation>جائزے (اسکریننگ)</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>امداد</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>رجوع (ریفرل)</translation>
    </message>
    <message>
        <source>Transport requests</source>
        <translation>ٹرانسپورٹ کی درخواستیں</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>نیا: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>نیا</translation>
    </message>
    <message>
        <source>Starts a new record with today&apos;s date and this site.</source>
        <translation>آج کی تاریخ اور اس مقام کے ساتھ نیا ریکارڈ شروع کرتا ہے۔</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>مقام (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>از (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>تا (&amp;T):</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>تمام مقامات</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>صورتحال (&amp;S):</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>تمام صورتحالیں</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>کوئی حد نہیں</translation>
    </message>
    <message>
        <source>Earliest date shown; the first date means no limit.</source>
        <translation>دکھائی جانے والی سب سے پہلی تاریخ؛ پہلی ممکنہ تاریخ کا مطلب ہے کوئی حد نہیں۔</translation>
    </message>
    <message>
        <source>Latest date shown; the first date means no limit.</source>
        <translation>دکھائی جانے والی سب سے آخری تاریخ؛ پہلی ممکنہ تاریخ کا مطلب ہے کوئی حد نہیں۔</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>ریکارڈ پڑھے نہیں جا سکے: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n ریکارڈ</numerusform>
            <numerusform>%n ریکارڈ</numerusform>
        </translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>آج (&amp;D)</translation>
    </message>
    <message>
        <source>What was recorded today at this site</source>
        <translation>جو آج اس مقام پر درج ہوا</translation>
    </message>
</context>
<context>
    <name>prihvat::RespondentLanguagePicker</name>
    <message>
        <source>None</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>The respondent&apos;s language, shown beside each question</source>
        <translation>جواب دہندہ کی زبان، جو ہر سوال کے ساتھ دکھائی جاتی ہے</translation>
    </message>
</context>
<context>
    <name>prihvat::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>یہ آلہ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source> min</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <source>Site %1 (%2) · device %3 · data in %4</source>
        <translation>مقام %1 (%2) · آلہ %3 · ڈیٹا %4 میں</translation>
    </message>
    <message>
        <source>&amp;Language of the application</source>
        <translation>پروگرام کی زبان (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Respondent&apos;s language, shown beside each question</source>
        <translation>جواب دینے والے کی زبان، جو ہر سوال کے ساتھ دکھائی جاتی ہے (&amp;R)</translation>
    </message>
    <message>
        <source>Lock after this many &amp;idle minutes</source>
        <translation>اتنے منٹ غیر فعال رہنے کے بعد مقفل کریں (&amp;I)</translation>
    </message>
</context>
<context>
    <name>prihvat::SetupDialog</name>
    <message>
        <source>Set up this device</source>
        <translation>اس آلے کو تیار کریں</translation>
    </message>
    <message>
        <source>This laptop has no Prihvat data yet. Choose the site it works at; its records will be kept in %1.</source>
        <translation>اس لیپ ٹاپ پر ابھی Prihvat کا کوئی ڈیٹا نہیں۔ وہ مقام منتخب کریں جہاں یہ کام کرتا ہے؛ اس کے ریکارڈ %1 میں رکھے جائیں گے۔</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>مقام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>منتظم بنائیں</translation>
    </message>
    <message>
        <source>The data folder %1 has no user yet. Create its administrator.</source>
        <translation>ڈیٹا فولڈر %1 میں ابھی کوئی صارف نہیں۔ اس کا منتظم بنائیں۔</translation>
    </message>
    <message>
        <source>The first user is the administrator, who adds the other users. Choose a user name and a password of at least %1 characters; it cannot be recovered.</source>
        <translation>پہلا صارف منتظم ہوتا ہے، جو باقی صارفین کو شامل کرتا ہے۔ صارف نام اور کم از کم %1 حروف کا پاس ورڈ منتخب کریں؛ پاس ورڈ بھول جانے پر واپس حاصل نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation>منتظم کا صارف نام</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>پاس ورڈ</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>پاس ورڈ دوبارہ</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>دونوں پاس ورڈ ایک جیسے نہیں۔</translation>
    </message>
</context>
<context>
    <name>prihvat::SyncClient</name>
    <message>
        <source>The answer from headquarters arrived damaged.</source>
        <translation>صدر دفتر کا جواب خراب حالت میں پہنچا۔</translation>
    </message>
    <message>
        <source>Headquarters did not answer in time.</source>
        <translation>صدر دفتر نے وقت پر جواب نہیں دیا۔</translation>
    </message>
    <message>
        <source>Headquarters cannot be reached (%1).</source>
        <translation>صدر دفتر تک رسائی نہیں ہو سکی (%1)۔</translation>
    </message>
    <message>
        <source>The answer from headquarters was cut off (%1).</source>
        <translation>صدر دفتر کا جواب ادھورا رہ گیا (%1)۔</translation>
    </message>
    <message>
        <source>Headquarters refused this device&apos;s credential: it may have been revoked. Ask headquarters to enrol the device again.</source>
        <translation>صدر دفتر نے اس آلے کی اسناد مسترد کر دیں: ممکن ہے اس آلے کی رسائی منسوخ کر دی گئی ہو۔ صدر دفتر سے کہیں کہ آلے کو دوبارہ منسلک کرے۔</translation>
    </message>
    <message>
        <source>Headquarters found the request too large.</source>
        <translation>صدر دفتر کے مطابق درخواست بہت بڑی ہے۔</translation>
    </message>
    <message>
        <source>Headquarters is busy and asked this device to wait.</source>
        <translation>صدر دفتر مصروف ہے اور اس نے اس آلے کو انتظار کرنے کو کہا ہے۔</translation>
    </message>
    <message>
        <source>Headquarters has a problem (HTTP %1).</source>
        <translation>صدر دفتر میں کوئی مسئلہ ہے (HTTP %1)۔</translation>
    </message>
    <message>
        <source>Headquarters refused the request (HTTP %1). Sync stopped; ask headquarters for help.</source>
        <translation>صدر دفتر نے درخواست مسترد کر دی (HTTP %1)۔ ہم وقت سازی روک دی گئی؛ صدر دفتر سے مدد لیں۔</translation>
    </message>
    <message>
        <source>Headquarters refused the request (HTTP %1: %2). Sync stopped; ask headquarters for help.</source>
        <translation>صدر دفتر نے درخواست مسترد کر دی (HTTP %1: %2)۔ ہم وقت سازی روک دی گئی؛ صدر دفتر سے مدد لیں۔</translation>
    </message>
    <message>
        <source>Too many enrolment attempts; try again in %1 seconds.</source>
        <translation>منسلک کرنے کی بہت زیادہ کوششیں ہوئیں؛ %1 سیکنڈ بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Too many enrolment attempts; try again later.</source>
        <translation>منسلک کرنے کی بہت زیادہ کوششیں ہوئیں؛ کچھ دیر بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>Too large for headquarters to accept.</source>
        <translation>اتنا بڑا ہے کہ صدر دفتر قبول نہیں کر سکتا۔</translation>
    </message>
    <message>
        <source>The enrolment code is wrong, already used or expired. Ask headquarters for a new one.</source>
        <translation>منسلک کرنے کا کوڈ غلط ہے، پہلے استعمال ہو چکا ہے یا اس کی مدت ختم ہو گئی ہے۔ صدر دفتر سے نیا کوڈ مانگیں۔</translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>%1 %n بار کوشش کے بعد عمل روک دیا گیا۔</numerusform>
            <numerusform>%1 %n بار کوشش کے بعد عمل روک دیا گیا۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s); your changes are kept for the next sync.</source>
        <translation>
            <numerusform>%1 %n بار کوشش کے بعد عمل روک دیا گیا؛ آپ کی تبدیلیاں اگلی ہم وقت سازی کے لیے محفوظ ہیں۔</numerusform>
            <numerusform>%1 %n بار کوشش کے بعد عمل روک دیا گیا؛ آپ کی تبدیلیاں اگلی ہم وقت سازی کے لیے محفوظ ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Your changes are kept and sync will try again.</source>
        <translation>%1 آپ کی تبدیلیاں محفوظ ہیں اور ہم وقت سازی دوبارہ کوشش کرے گی۔</translation>
    </message>
    <message>
        <source>A sync is under way; enrol when it is done.</source>
        <translation>ہم وقت سازی جاری ہے؛ اس کے ختم ہونے کے بعد آلے کو منسلک کریں۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; it looks like https://hq.example.org.</source>
        <translation>&quot;%1&quot; سرور کا پتہ نہیں؛ پتہ اس طرح کا ہوتا ہے: https://hq.example.org۔</translation>
    </message>
    <message>
        <source>The enrolment code is empty.</source>
        <translation>منسلک کرنے کا کوڈ خالی ہے۔</translation>
    </message>
    <message>
        <source>Headquarters answered the enrolment with something this device cannot read.</source>
        <translation>صدر دفتر نے منسلک کرنے کی درخواست کا ایسا جواب دیا جسے یہ آلہ پڑھ نہیں سکتا۔</translation>
    </message>
    <message>
        <source>This device is not enrolled with headquarters yet, so it cannot sync.</source>
        <translation>یہ آلہ ابھی صدر دفتر سے منسلک نہیں، اس لیے ہم وقت سازی نہیں کر سکتا۔</translation>
    </message>
    <message>
        <source>Enrolment was cancelled.</source>
        <translation>منسلک کرنے کا عمل منسوخ کر دیا گیا۔</translation>
    </message>
    <message>
        <source>Sync was stopped before it finished. Your changes are kept.</source>
        <translation>ہم وقت سازی مکمل ہونے سے پہلے روک دی گئی۔ آپ کی تبدیلیاں محفوظ ہیں۔</translation>
    </message>
    <message>
        <source>The answer from headquarters could not be read.</source>
        <translation>صدر دفتر کا جواب پڑھا نہیں جا سکا۔</translation>
    </message>
    <message>
        <source>No network access is available to reach headquarters.</source>
        <translation>صدر دفتر تک پہنچنے کے لیے نیٹ ورک دستیاب نہیں ہے۔</translation>
    </message>
    <message>
        <source>Headquarters did not show the certificate this device was enrolled with, so nothing was sent. Someone may be intercepting the connection; tell headquarters.</source>
        <translation>صدر دفتر نے وہ سرٹیفکیٹ پیش نہیں کیا جس کے ساتھ یہ آلہ منسلک کیا گیا تھا، اس لیے کچھ نہیں بھیجا گیا۔ ممکن ہے کوئی اس رابطے میں مداخلت کر رہا ہو؛ صدر دفتر کو اطلاع دیں۔</translation>
    </message>
    <message>
        <source>This device talks to headquarters only over https with the certificate it was enrolled with, and the server address is not https. Nothing was sent.</source>
        <translation>یہ آلہ صدر دفتر سے صرف https کے ذریعے اور اسی سرٹیفکیٹ کے ساتھ رابطہ کرتا ہے جس کے ساتھ اسے منسلک کیا گیا تھا، جبکہ سرور کا پتہ https نہیں ہے۔ کچھ نہیں بھیجا گیا۔</translation>
    </message>
    <message>
        <source>The part of the enrolment code after &quot;@&quot; is damaged; copy the whole code from headquarters again.</source>
        <translation>منسلک کرنے کے کوڈ کا &quot;@&quot; کے بعد والا حصہ خراب ہے؛ صدر دفتر سے ملا ہوا پورا کوڈ دوبارہ نقل کریں۔</translation>
    </message>
    <message>
        <source>This enrolment code is for a server with a certificate: its address must start with https://.</source>
        <translation>منسلک کرنے کا یہ کوڈ سرٹیفکیٹ والے سرور کے لیے ہے: اس کا پتہ https:// سے شروع ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Headquarters has revoked this device: it may no longer sync. Ask headquarters what to do.</source>
        <translation>صدر دفتر نے اس آلے کی منسلکی منسوخ کر دی ہے: یہ اب ہم وقت سازی نہیں کر سکتا۔ صدر دفتر سے پوچھیں کہ کیا کرنا ہے۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a plain http address: the device&apos;s credential and every answer would cross the network readable by anyone on the way. Use the https address of headquarters.</source>
        <translation>&quot;%1&quot; ایک سادہ http پتہ ہے: آلے کی اسناد اور ہر جواب نیٹ ورک سے اس طرح گزریں گے کہ راستے میں کوئی بھی انہیں پڑھ سکے۔ صدر دفتر کا https پتہ استعمال کریں۔</translation>
    </message>
</context>
<context>
    <name>prihvat::SyncPage</name>
    <message>
        <source>Sync with headquarters</source>
        <translation>صدر دفتر کے ساتھ ہم وقت سازی</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>صدر دفتر</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>آخری کامیاب ہم وقت سازی</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>بھیجے جانے کی منتظر تبدیلیاں</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>جائزے کے لیے تضادات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>صورتحال</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>ابھی ہم وقت سازی کریں</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سوال</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>قدر</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مسترد ہونے کا وقت</translation>
    </message>
    <message>
        <source>Done: %1 sent, %2 received, %3 new conflicts, %4 refused.</source>
        <translation>مکمل: %1 بھیجی گئیں، %2 موصول ہوئیں، %3 نئے تضادات، %4 مسترد۔</translation>
    </message>
    <message>
        <source>Not finished: %1</source>
        <translation>مکمل نہیں ہوا: %1</translation>
    </message>
    <message>
        <source>This device is not enrolled yet. Ask headquarters for a one-time code, then run: prihvat-cli enroll --server ADDRESS --code CODE</source>
        <translation>یہ آلہ ابھی منسلک نہیں ہے۔ صدر دفتر سے ایک بار استعمال ہونے والا کوڈ مانگیں، پھر یہ چلائیں: prihvat-cli enroll --server ADDRESS --code CODE</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>کبھی نہیں</translation>
    </message>
    <message>
        <source>Sync is not available in this window.</source>
        <translation>اس ونڈو میں ہم وقت سازی دستیاب نہیں۔</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>منسلک کیا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>تبدیلیاں بھیجی جا رہی ہیں…</translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation>تبدیلیاں وصول کی جا رہی ہیں…</translation>
    </message>
    <message>
        <source>Waiting to try again…</source>
        <translation>دوبارہ کوشش کا انتظار…</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>غیر فعال</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حذف شدہ</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(کوئی جواب نہیں)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف شدہ</translation>
    </message>
    <message>
        <source>Changes headquarters refused (%1)</source>
        <translation>صدر دفتر کی مسترد کردہ تبدیلیاں (%1)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>ہم وقت سازی</translation>
    </message>
</context>
<context>
    <name>prihvat::TransportBoardPage</name>
    <message>
        <source>Transport requests</source>
        <translation>ٹرانسپورٹ کی درخواستیں</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>نئی درخواست (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>منظوری دیں (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Depart (in transit)</source>
        <translation>روانگی (راستے میں) (&amp;D)</translation>
    </message>
    <message>
        <source>Co&amp;mplete (arrived)</source>
        <translation>مکمل کریں (پہنچ گئے) (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>درخواست منسوخ کریں (&amp;C)</translation>
    </message>
    <message>
        <source>Approve the selected request.</source>
        <translation>منتخب درخواست منظور کریں۔</translation>
    </message>
    <message>
        <source>The vehicle has left with the selected request&apos;s people.</source>
        <translation>گاڑی منتخب درخواست کے افراد کو لے کر روانہ ہو گئی ہے۔</translation>
    </message>
    <message>
        <source>The people of the selected request have arrived.</source>
        <translation>منتخب درخواست کے افراد پہنچ گئے ہیں۔</translation>
    </message>
    <message>
        <source>Cancel the selected request. A reason can be added by opening it.</source>
        <translation>منتخب درخواست منسوخ کریں۔ درخواست کھول کر وجہ شامل کی جا سکتی ہے۔</translation>
    </message>
    <message>
        <source>Select a request with the arrow keys (left and right change column); Enter opens it. The buttons move it to its next state.</source>
        <translation>تیر والی کلیدوں سے درخواست منتخب کریں (دائیں اور بائیں کلیدیں کالم بدلتی ہیں)؛ Enter اسے کھولتا ہے۔ بٹن اسے اگلی صورتحال میں لے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… اور %n مزید درخواست</numerusform>
            <numerusform>… اور %n مزید درخواستیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 اور مزید %n فرد</numerusform>
            <numerusform>%1 اور مزید %n افراد</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>درخواست %1</translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation>درخواستیں پڑھی نہیں جا سکیں: %1</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>منتخب: %1</translation>
    </message>
    <message>
        <source>No request selected.</source>
        <translation>کوئی درخواست منتخب نہیں۔</translation>
    </message>
    <message>
        <source>This transport request no longer exists.</source>
        <translation>ٹرانسپورٹ کی یہ درخواست اب موجود نہیں۔</translation>
    </message>
    <message>
        <source>The request for %1 is &quot;%2&quot; and cannot become &quot;%3&quot;.</source>
        <translation>%1 کی درخواست &quot;%2&quot; ہے اور &quot;%3&quot; نہیں بن سکتی۔</translation>
    </message>
    <message>
        <source>The request for %1 is now &quot;%2&quot;.</source>
        <translation>%1 کی درخواست اب &quot;%2&quot; ہے۔</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>ٹرانسپورٹ</translation>
    </message>
</context>
<context>
    <name>prihvat::UserDialog</name>
    <message>
        <source>User name</source>
        <translation>صارف نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>ابتدائی پاس ورڈ</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>نیا پاس ورڈ</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>پاس ورڈ دوبارہ</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>صارف شامل کریں</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>%1 کا کردار تبدیل کریں</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>%1 کے لیے نیا پاس ورڈ</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>دونوں پاس ورڈ ایک جیسے نہیں۔</translation>
    </message>
</context>
<context>
    <name>prihvat::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>صارفین</translation>
    </message>
    <message>
        <source>The people who can log in on this device. Only protection officers see protection details; an account locked after wrong passwords opens again when you unlock it.</source>
        <translation>وہ افراد جو اس آلے پر لاگ ان کر سکتے ہیں۔ تحفظ کی تفصیلات صرف تحفظ افسران دیکھتے ہیں؛ غلط پاس ورڈ کی وجہ سے مقفل ہونے والا اکاؤنٹ غیر مقفل کرنے پر دوبارہ کھل جاتا ہے۔</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>صارف نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Wrong passwords</source>
        <translation>غلط پاس ورڈ</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>صارف شامل کریں…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>کردار تبدیل کریں…</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>نیا پاس ورڈ…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>غیر مقفل کریں</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>ہٹائیں…</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>%1 کو بطور %2 شامل کر دیا گیا۔</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 اب %2 ہے۔</translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation>%1 کا نیا پاس ورڈ مقرر ہو گیا۔</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 دوبارہ لاگ ان کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>Remove a user</source>
        <translation>صارف ہٹائیں</translation>
    </message>
    <message>
        <source>Remove %1? They will no longer be able to log in on this device. This cannot be undone.</source>
        <translation>%1 کو ہٹائیں؟ وہ اس آلے پر مزید لاگ ان نہیں کر سکیں گے۔ یہ عمل واپس نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>%1 was not removed.</source>
        <translation>%1 کو ہٹایا نہیں گیا۔</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 کو ہٹا دیا گیا۔</translation>
    </message>
</context>
</TS>
