<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Accounts</name>
    <message>
        <source>Only an administrator can manage users.</source>
        <translation>فقط مدیر سیستم می‌تواند کاربران را مدیریت کند.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. An administrator can unlock it.</source>
        <translation>این حساب پس از چند بار واردکردن رمز عبور نادرست قفل شده است. مدیر سیستم می‌تواند قفل آن را باز کند.</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>نام کاربری یا رمز عبور درست نیست.</translation>
    </message>
    <message>
        <source>The keys of this data folder were destroyed (the device was revoked). Nothing in it can be opened any more.</source>
        <translation>کلیدهای این پوشهٔ داده‌ها از بین برده شده‌اند (دستگاه باطل شده است). دیگر هیچ چیزی در آن باز نمی‌شود.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a user name: use 1 to 64 letters, digits, dots, hyphens or underscores.</source>
        <translation>&quot;%1&quot; نمی‌تواند نام کاربری باشد: از 1 تا 64 حرف، رقم، نقطه، خط تیره یا زیرخط استفاده کنید.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>رمز عبور باید دست‌کم %1 نویسه داشته باشد.</translation>
    </message>
    <message>
        <source>A password can have at most 1024 characters.</source>
        <translation>رمز عبور حداکثر می‌تواند 1024 نویسه داشته باشد.</translation>
    </message>
    <message>
        <source>Reading the users</source>
        <translation>خواندن کاربران</translation>
    </message>
    <message>
        <source>The user %1 has an unknown role &quot;%2&quot;.</source>
        <translation>کاربر %1 نقش ناشناختهٔ &quot;%2&quot; دارد.</translation>
    </message>
    <message>
        <source>Saving the user</source>
        <translation>ذخیرهٔ کاربر</translation>
    </message>
    <message>
        <source>This data folder already has users; an administrator adds new ones.</source>
        <translation>این پوشهٔ داده‌ها از قبل کاربر دارد؛ کاربران تازه را مدیر سیستم اضافه می‌کند.</translation>
    </message>
    <message>
        <source>The stored password of the user %1 is damaged.</source>
        <translation>رمز عبور ذخیره‌شدهٔ کاربر %1 آسیب دیده است.</translation>
    </message>
    <message>
        <source>Recording the login</source>
        <translation>ثبت ورود</translation>
    </message>
    <message>
        <source>The data key of the user %1 is damaged and does not open.</source>
        <translation>کلید دادهٔ کاربر %1 آسیب دیده است و باز نمی‌شود.</translation>
    </message>
    <message>
        <source>There is already a user %1.</source>
        <translation>کاربری به نام %1 از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>کاربری به نام %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>%1 is the last administrator and cannot be removed.</source>
        <translation>%1 آخرین مدیر سیستم است و نمی‌توان او را حذف کرد.</translation>
    </message>
    <message>
        <source>Removing the user</source>
        <translation>حذف کاربر</translation>
    </message>
    <message>
        <source>%1 is the last administrator; make another user an administrator first.</source>
        <translation>%1 آخرین مدیر سیستم است؛ نخست کاربر دیگری را مدیر سیستم کنید.</translation>
    </message>
    <message>
        <source>Only an administrator can set the password of another user.</source>
        <translation>فقط مدیر سیستم می‌تواند رمز عبور کاربر دیگری را تعیین کند.</translation>
    </message>
    <message>
        <source>Saving the new password</source>
        <translation>ذخیرهٔ رمز عبور تازه</translation>
    </message>
    <message>
        <source>Destroying the keys</source>
        <translation>از بین بردن کلیدها</translation>
    </message>
    <message>
        <source>The keys were destroyed, but another program holds the database open, so old copies may remain in its log until it closes.</source>
        <translation>کلیدها از بین برده شدند، اما برنامهٔ دیگری پایگاه داده را باز نگه داشته است، پس ممکن است نسخه‌های قدیمی آن‌ها تا بسته شدن آن برنامه در فایل گزارش پایگاه داده باقی بماند.</translation>
    </message>
    <message>
        <source>The password of this user is hashed with &quot;%1&quot;, which this version does not accept.</source>
        <translation>رمز عبور این کاربر با &quot;%1&quot; هش شده است که این نسخه آن را نمی‌پذیرد.</translation>
    </message>
    <message>
        <source>The stored password parameters of this user are weaker than the minimum; the account is refused. An administrator must set a new password.</source>
        <translation>پارامترهای ذخیره‌شدهٔ رمز عبور این کاربر ضعیف‌تر از حداقل لازم است؛ این حساب پذیرفته نمی‌شود. مدیر سیستم باید رمز عبور تازه‌ای تعیین کند.</translation>
    </message>
    <message>
        <source>The stored password parameters of this user are out of range; the account is refused.</source>
        <translation>پارامترهای ذخیره‌شدهٔ رمز عبور این کاربر خارج از محدودهٔ مجاز است؛ این حساب پذیرفته نمی‌شود.</translation>
    </message>
    <message>
        <source>The stored password salt of this user is damaged.</source>
        <translation>نمک (salt) ذخیره‌شدهٔ رمز عبور این کاربر آسیب دیده است.</translation>
    </message>
    <message>
        <source>There is not enough memory to check the password (Argon2id needs %1 MiB).</source>
        <translation>حافظهٔ کافی برای بررسی رمز عبور وجود ندارد (Argon2id به %1 MiB نیاز دارد).</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>مدیر سیستم</translation>
    </message>
    <message>
        <source>mobile team</source>
        <translation>تیم سیار</translation>
    </message>
    <message>
        <source>reception desk</source>
        <translation>میز پذیرش</translation>
    </message>
    <message>
        <source>protection officer</source>
        <translation>مسئول حمایت</translation>
    </message>
    <message>
        <source>Your access to the data is being renewed: another user of this data folder must log in first.</source>
        <translation>دسترسی شما به داده‌ها در حال تمدید است: نخست باید کاربر دیگری از این پوشهٔ داده‌ها وارد شود.</translation>
    </message>
    <message>
        <source>The recovery secret is not right.</source>
        <translation>رمز بازیابی درست نیست.</translation>
    </message>
    <message>
        <source>This data folder has no recovery secret.</source>
        <translation>این پوشهٔ داده‌ها رمز بازیابی ندارد.</translation>
    </message>
    <message>
        <source>Only an administrator&apos;s account can be recovered with the recovery secret.</source>
        <translation>با رمز بازیابی فقط حساب مدیر سیستم را می‌توان بازیابی کرد.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;prihvat-cli --help&quot; for the commands.</source>
        <translation>برای دیدن فرمان‌ها &quot;prihvat-cli --help&quot; را اجرا کنید.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 خوانده نمی‌شود: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; a record is never that large.</source>
        <translation>%1 بزرگ‌تر از 16 MiB است؛ هیچ رکوردی این‌قدر بزرگ نیست.</translation>
    </message>
    <message>
        <source>The input is larger than 16 MiB; a record is never that large.</source>
        <translation>ورودی بزرگ‌تر از 16 MiB است؛ هیچ رکوردی این‌قدر بزرگ نیست.</translation>
    </message>
    <message>
        <source>The input is not valid JSON (%1 at byte %2).</source>
        <translation>ورودی یک JSON معتبر نیست (%1 در بایت %2).</translation>
    </message>
    <message>
        <source>The input must be a JSON object of field names and values.</source>
        <translation>ورودی باید یک شیء JSON از نام فیلدها و مقدارهای آن‌ها باشد.</translation>
    </message>
    <message>
        <source>The site code of this device (see the reference data).</source>
        <translation>کد محل این دستگاه (در داده‌های مرجع ببینید).</translation>
    </message>
    <message>
        <source>Initialised %1 for site %2; device %3.</source>
        <translation>%1 برای محل %2 راه‌اندازی شد؛ دستگاه %3.</translation>
    </message>
    <message>
        <source>The record&apos;s values as a JSON object, from FILE or - for standard input.</source>
        <translation>مقدارهای رکورد به شکل یک شیء JSON، از FILE یا - برای ورودی استاندارد.</translation>
    </message>
    <message>
        <source>The form id: person, screening, assistance, transport, referral.</source>
        <translation>شناسهٔ فورم: person، screening، assistance، transport، referral.</translation>
    </message>
    <message>
        <source>Usage: add FORM --json FILE</source>
        <translation>طرز استفاده: add FORM --json FILE</translation>
    </message>
    <message>
        <source>The fields to change as a JSON object, from FILE or - for standard input.</source>
        <translation>فیلدهایی که باید تغییر کنند، به شکل یک شیء JSON، از FILE یا - برای ورودی استاندارد.</translation>
    </message>
    <message>
        <source>The record id.</source>
        <translation>شناسهٔ رکورد.</translation>
    </message>
    <message>
        <source>Usage: update ID --json FILE</source>
        <translation>طرز استفاده: update ID --json FILE</translation>
    </message>
    <message>
        <source>Usage: delete ID</source>
        <translation>طرز استفاده: delete ID</translation>
    </message>
    <message>
        <source>Usage: get ID</source>
        <translation>طرز استفاده: get ID</translation>
    </message>
    <message>
        <source>No record has the id %1.</source>
        <translation>هیچ رکوردی با شناسهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بلی</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نخیر</translation>
    </message>
    <message>
        <source>Print the records as a JSON array.</source>
        <translation>چاپ رکوردها به شکل یک آرایهٔ JSON.</translation>
    </message>
    <message>
        <source>At most N records (default 1000).</source>
        <translation>حداکثر N رکورد (پیش‌فرض 1000).</translation>
    </message>
    <message>
        <source>Skip the first N records.</source>
        <translation>N رکورد اول نادیده گرفته شود.</translation>
    </message>
    <message>
        <source>The form id.</source>
        <translation>شناسهٔ فورم.</translation>
    </message>
    <message>
        <source>Usage: list FORM [--json] [--limit N] [--offset N]</source>
        <translation>طرز استفاده: list FORM [--json] [--limit N] [--offset N]</translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;. The forms are: %2</source>
        <translation>فورم &quot;%1&quot; ناشناخته است. فورم‌ها: %2</translation>
    </message>
    <message>
        <source>Usage: count FORM</source>
        <translation>طرز استفاده: count FORM</translation>
    </message>
    <message>
        <source>OK: %1; %2 changes waiting to sync.</source>
        <translation>سالم: %1؛ %2 تغییر در انتظار همگام‌سازی.</translation>
    </message>
    <message>
        <source>How many persons to create.</source>
        <translation>تعداد اشخاصی که ساخته شوند.</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same data.</source>
        <translation>عدد آغازین تصادف (seed): با عدد یکسان، داده‌های یکسان ساخته می‌شود.</translation>
    </message>
    <message>
        <source>Usage: seed --persons N [--seed S], N from 1 to 10,000,000</source>
        <translation>طرز استفاده: seed --persons N [--seed S]، N از 1 تا 10,000,000</translation>
    </message>
    <message>
        <source>Seeded %1 records (%2 persons) in %3 s: %4 records per second.</source>
        <translation>%1 رکورد (%2 شخص) در %3 ثانیه ساخته شد: %4 رکورد در ثانیه.</translation>
    </message>
    <message>
        <source>The headquarters address, such as https://hq.example.org.</source>
        <translation>آدرس دفتر مرکزی، مانند https://hq.example.org.</translation>
    </message>
    <message>
        <source>The one-time enrolment code from headquarters.</source>
        <translation>کد یک‌بارمصرف ثبت‌نام که دفتر مرکزی داده است.</translation>
    </message>
    <message>
        <source>A name for this device (default: the computer&apos;s name).</source>
        <translation>نامی برای این دستگاه (پیش‌فرض: نام کامپیوتر).</translation>
    </message>
    <message>
        <source>Usage: enroll --server URL --code CODE [--name NAME]</source>
        <translation>طرز استفاده: enroll --server URL --code CODE [--name NAME]</translation>
    </message>
    <message>
        <source>Enrolled with %1 as device %2 for sites %3.</source>
        <translation>ثبت‌نام در %1 انجام شد: دستگاه %2 برای محل‌های %3.</translation>
    </message>
    <message>
        <source>Send each request at most N times when the server cannot be reached (default 4).</source>
        <translation>وقتی سرور در دسترس نیست، هر درخواست حداکثر N بار فرستاده شود (پیش‌فرض 4).</translation>
    </message>
    <message>
        <source>Give up on a request after S seconds without an answer (default 30).</source>
        <translation>اگر تا S ثانیه پاسخی نیامد، از آن درخواست صرف‌نظر شود (پیش‌فرض 30).</translation>
    </message>
    <message>
        <source>Print the counts as a JSON object.</source>
        <translation>چاپ شمارش‌ها به شکل یک شیء JSON.</translation>
    </message>
    <message>
        <source>Usage: sync [--attempts N] [--timeout S] [--json]</source>
        <translation>طرز استفاده: sync [--attempts N] [--timeout S] [--json]</translation>
    </message>
    <message>
        <source>This data folder is not enrolled with headquarters. Run &quot;prihvat-cli enroll --server URL --code CODE&quot; first.</source>
        <translation>این پوشهٔ داده‌ها در دفتر مرکزی ثبت‌نام نشده است. نخست &quot;prihvat-cli enroll --server URL --code CODE&quot; را اجرا کنید.</translation>
    </message>
    <message>
        <source>Attempt %1 failed: %2 Trying again in %3 s.</source>
        <translation>تلاش %1 ناموفق بود: %2 تلاش دوباره تا %3 ثانیهٔ دیگر.</translation>
    </message>
    <message>
        <source>Pushed %1, pulled %2, conflicts %3, rejected %4.</source>
        <translation>ارسال‌شده %1، دریافت‌شده %2، تعارض %3، ردشده %4.</translation>
    </message>
    <message>
        <source>%1 changes are kept on this device and will be sent by the next sync.</source>
        <translation>%1 تغییر روی این دستگاه نگه داشته شده و در همگام‌سازی بعدی فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>The data folder (default: %1).</source>
        <translation>پوشهٔ داده‌ها (پیش‌فرض: %1).</translation>
    </message>
    <message>
        <source>The language of messages: en, bs, ar, fa, ps, ur, fr.</source>
        <translation>زبان پیام‌ها: en، bs، ar، fa، ps، ur، fr.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>کاری که باید انجام شود (بالا را ببینید).</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of en, bs, ar, fa, ps, ur, fr.</source>
        <translation>زبان &quot;%1&quot; ناشناخته است؛ یکی از en، bs، ar، fa، ps، ur، fr را به کار ببرید.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>هیچ فرمانی داده نشده است.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>فرمان &quot;%1&quot; ناشناخته است.</translation>
    </message>
    <message>
        <source>Audit trail: %1 entries, hash chain intact.</source>
        <translation>سابقهٔ ممیزی: %1 مورد، زنجیرهٔ هش سالم است.</translation>
    </message>
    <message>
        <source>Print the entries as a JSON array.</source>
        <translation>چاپ موردها به شکل یک آرایهٔ JSON.</translation>
    </message>
    <message>
        <source>At most N entries, newest first (default 100).</source>
        <translation>حداکثر N مورد، جدیدترین‌ها اول (پیش‌فرض 100).</translation>
    </message>
    <message>
        <source>Usage: audit [--limit N] [--json]</source>
        <translation>طرز استفاده: audit [--limit N] [--json]</translation>
    </message>
    <message>
        <source>No password given: set %1 or run the command in a terminal.</source>
        <translation>رمز عبوری داده نشده است: %1 را تنظیم کنید یا فرمان را در ترمینال اجرا کنید.</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>همان رمز عبور، دوباره: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>دو رمز عبور با هم فرق دارند؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This data folder has no user yet. Create its administrator first: prihvat-cli --data-dir DIR user add NAME --role admin</source>
        <translation>این پوشهٔ داده‌ها هنوز هیچ کاربری ندارد. نخست مدیر سیستم آن را بسازید: prihvat-cli --data-dir DIR user add NAME --role admin</translation>
    </message>
    <message>
        <source>Give --user NAME: every command on this data folder needs a user and their password (from %1 or typed when asked).</source>
        <translation>--user NAME را بدهید: هر فرمان روی این پوشهٔ داده‌ها به یک کاربر و رمز عبور او نیاز دارد (از %1 یا تایپ‌شده هنگام درخواست).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>رمز عبور %1: </translation>
    </message>
    <message>
        <source>The administrator to create (password from PRIHVAT_PASSWORD, or asked twice).</source>
        <translation>مدیر سیستمی که ساخته می‌شود (رمز عبور از PRIHVAT_PASSWORD، یا دو بار پرسیده می‌شود).</translation>
    </message>
    <message>
        <source>init needs --site CODE and --user NAME.</source>
        <translation>init به --site CODE و --user NAME نیاز دارد.</translation>
    </message>
    <message>
        <source>A password for the administrator %1: </source>
        <translation>یک رمز عبور برای مدیر سیستم %1: </translation>
    </message>
    <message>
        <source>Only a protection officer can see or change %1. Nothing was saved.</source>
        <translation>فقط مسئول حمایت می‌تواند %1 را ببیند یا تغییر دهد. چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>Only an administrator can read the audit trail.</source>
        <translation>فقط مدیر سیستم می‌تواند سابقهٔ ممیزی را بخواند.</translation>
    </message>
    <message>
        <source>Reference data from headquarters: %1 changes.</source>
        <translation>داده‌های مرجع از دفتر مرکزی: %1 تغییر.</translation>
    </message>
    <message>
        <source>The role: admin, mobile, desk or protection.</source>
        <translation>نقش: admin، mobile، desk یا protection.</translation>
    </message>
    <message>
        <source>Print the users as a JSON array.</source>
        <translation>چاپ کاربران به شکل یک آرایهٔ JSON.</translation>
    </message>
    <message>
        <source>add, list, passwd, remove, role or unlock.</source>
        <translation>add، list، passwd، remove، role یا unlock.</translation>
    </message>
    <message>
        <source>Usage: user add NAME --role ROLE | user list [--json] | user passwd [NAME] | user remove NAME | user role NAME ROLE | user unlock NAME</source>
        <translation>طرز استفاده: user add NAME --role ROLE | user list [--json] | user passwd [NAME] | user remove NAME | user role NAME ROLE | user unlock NAME</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use one of %2.</source>
        <translation>نقش ناشناختهٔ &quot;%1&quot;؛ یکی از این نقش‌ها را به کار ببرید: %2.</translation>
    </message>
    <message>
        <source>This data folder has no user yet: the first one must be an administrator (--role admin).</source>
        <translation>این پوشهٔ داده‌ها هنوز هیچ کاربری ندارد: نخستین کاربر باید مدیر سیستم باشد (--role admin).</translation>
    </message>
    <message>
        <source>A password for %1: </source>
        <translation>یک رمز عبور برای %1: </translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 اضافه شد (%2).</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>قفل‌شده</translation>
    </message>
    <message>
        <source>A new password for %1: </source>
        <translation>رمز عبور تازه برای %1: </translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>رمز عبور %1 تغییر کرد.</translation>
    </message>
    <message>
        <source>Removed %1; their key to this data folder is destroyed.</source>
        <translation>%1 حذف شد؛ کلید او برای این پوشهٔ داده‌ها از بین رفت.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>نقش %1 اکنون %2 است.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 دوباره می‌تواند وارد شود.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>فایل CSV که باید نوشته شود.</translation>
    </message>
    <message>
        <source>Usage: export --form FORM --out FILE</source>
        <translation>طرز استفاده: export --form FORM --out FILE</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 را نمی‌توان نوشت: %2</translation>
    </message>
    <message>
        <source>Exported %1 records of %2 to %3.</source>
        <translation>%1 رکورد از %2 در %3 صادر شد.</translation>
    </message>
    <message>
        <source>%1 protection-sensitive fields were left out (protection officers only).</source>
        <translation>%1 فیلد حساسِ حمایتی کنار گذاشته شد (فقط برای مسئولین حمایت).</translation>
    </message>
    <message>
        <source>Who is working: every command on a data folder needs a user and their password (from PRIHVAT_PASSWORD, or typed when asked).</source>
        <translation>چه کسی کار می‌کند: هر فرمان روی یک پوشهٔ داده‌ها به یک کاربر و رمز عبور او نیاز دارد (از PRIHVAT_PASSWORD، یا تایپ‌شده هنگام درخواست).</translation>
    </message>
    <message>
        <source>The keys of this data folder are destroyed: its records can no longer be opened by anyone.</source>
        <translation>کلیدهای این پوشهٔ داده‌ها از بین رفت: دیگر هیچ‌کس نمی‌تواند رکوردهای آن را باز کند.</translation>
    </message>
    <message>
        <source>Removed %1 records past their retention period.</source>
        <translation>%1 رکورد که مدت نگهداری‌شان گذشته بود پاک شد.</translation>
    </message>
    <message>
        <source>Load form definitions from DIR instead of the built-in ones; their forms, fields and sensitivities must be the built-in ones.</source>
        <translation>تعریف‌های فورم‌ها را به جای تعریف‌های داخلی از DIR بارگذاری کن؛ فورم‌ها، فیلدها و سطح حساسیت آن‌ها باید همان تعریف‌های داخلی باشد.</translation>
    </message>
    <message>
        <source>Allow a plain http server address that is not on this computer (for tests only: the credential and the data would cross the network readable).</source>
        <translation>اجازهٔ نشانی سرور http ساده که روی این رایانه نیست (فقط برای آزمایش: اعتبارنامه و داده‌ها خوانا از شبکه می‌گذرند).</translation>
    </message>
    <message>
        <source>Recovery secret of this data folder, shown only this once (write it down or print it, and keep it apart from this laptop): %1</source>
        <translation>رمز بازیابی این پوشهٔ داده‌ها، که فقط همین یک بار نشان داده می‌شود (آن را بنویسید یا چاپ کنید و جدا از این لپ‌تاپ نگه دارید): %1</translation>
    </message>
    <message>
        <source>Usage: --user NAME recover</source>
        <translation>کاربرد: --user NAME recover</translation>
    </message>
    <message>
        <source>Recovery secret: </source>
        <translation>رمز بازیابی: </translation>
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
        <translation>خط فرمان Prihvat: کار با یک پوشهٔ داده‌ها بدون رابط گرافیکی.

فرمان‌ها:
  init --site CODE --user NAME  ساختن پوشهٔ داده‌های یک دستگاه در یک محل،
                              و ساختن مدیر سیستم آن
  add FORM --json FILE|-      بررسی و ذخیرهٔ یک رکورد تازه؛ شناسهٔ آن را چاپ می‌کند
  update ID --json FILE|-     تغییر فیلدهای داده‌شدهٔ یک رکورد
  delete ID                   حذف یک رکورد (نشانهٔ حذف نگه داشته می‌شود)
  get ID                      چاپ یک رکورد به شکل JSON
  list FORM [--json]          فهرست رکوردهای حذف‌نشدهٔ یک فورم
  count FORM                  شمارش رکوردهای حذف‌نشدهٔ یک فورم
  verify                      بررسی درستی، سازگاری و سابقهٔ ممیزی
  audit [--limit N] [--json]  چاپ سابقهٔ ممیزی، جدیدترین‌ها اول
  seed --persons N [--seed S] افزودن داده‌های آزمایشی واقع‌گرایانه
  forms                       فهرست فورم‌ها
  enroll --server URL --code CODE  ثبت‌نام این دستگاه در دفتر مرکزی
  sync [--json]               فرستادن تغییرهای در انتظار و دریافت تغییرهای تازه
  export --form FORM --out FILE  نوشتن رکوردهای حذف‌نشدهٔ یک فورم به شکل CSV
  user add NAME --role ROLE   افزودن یک کاربر (admin، mobile، desk، protection)
  user list | passwd [NAME] | remove NAME | role NAME ROLE | unlock NAME
  recover                     رمز عبور تازه برای مدیر سیستم --user NAME، با
                              رمز بازیابی‌ای که هنگام init نشان داده شد (PRIHVAT_RECOVERY)

هر فرمان روی یک پوشهٔ داده‌ها به --user NAME (پیش از فرمان) و رمز عبور نیاز دارد؛
رمز عبور از PRIHVAT_PASSWORD می‌آید یا هنگام درخواست تایپ می‌شود؛ رمز عبور کاربر تازه
از PRIHVAT_NEW_PASSWORD می‌آید یا دو بار پرسیده می‌شود.

کدهای خروج: 0 انجام شد، 1 ناموفق، 2 ورودی نامعتبر (چیزی تغییر نکرد).</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Set-up was cancelled.</source>
        <translation>راه‌اندازی لغو شد.</translation>
    </message>
    <message>
        <source>The data folder %1 is not set up.</source>
        <translation>پوشهٔ داده‌ها %1 راه‌اندازی نشده است.</translation>
    </message>
    <message>
        <source>The keys of this data folder were destroyed because headquarters revoked this device. Its records cannot be opened any more.</source>
        <translation>کلیدهای این پوشهٔ داده‌ها از بین برده شدند، چون دفتر مرکزی این دستگاه را باطل کرده است. دیگر نمی‌توان رکوردهای آن را باز کرد.</translation>
    </message>
    <message>
        <source>This data folder has no administrator yet. Start Prihvat without options to create one.</source>
        <translation>این پوشهٔ داده‌ها هنوز مدیر سیستم ندارد. برای ساختن آن، Prihvat را بدون گزینه اجرا کنید.</translation>
    </message>
    <message>
        <source>The session was locked. Log in to go on.</source>
        <translation>نشست قفل شد. برای ادامه وارد شوید.</translation>
    </message>
    <message>
        <source>This device was revoked</source>
        <translation>ثبت‌نام این دستگاه باطل شد</translation>
    </message>
    <message>
        <source>The keys of this data folder are destroyed now: its records can no longer be opened by anyone.</source>
        <translation>کلیدهای این پوشهٔ داده‌ها اکنون از بین می‌رود: دیگر هیچ‌کس نمی‌تواند رکوردهای آن را باز کند.</translation>
    </message>
    <message>
        <source>Recovery secret</source>
        <translation>رمز بازیابی</translation>
    </message>
    <message>
        <source>Write down or print this recovery secret and keep it apart from this laptop. With it, an administrator who forgot their password can set a new one (prihvat-cli recover). It is shown only this once.

%1</source>
        <translation>این رمز بازیابی را بنویسید یا چاپ کنید و جدا از این لپ‌تاپ نگه دارید. با آن، مدیر سیستمی که رمز عبورش را فراموش کرده می‌تواند رمز تازه‌ای بگذارد (prihvat-cli recover). فقط همین یک بار نشان داده می‌شود.

%1</translation>
    </message>
    <message>
        <source>You were filling in “%1” when the session was locked. It is not saved yet.</source>
        <translation>هنگام قفل شدن نشست، در حال پر کردن «%1» بودید. هنوز ذخیره نشده است.</translation>
    </message>
    <message>
        <source>You were filling in “%1” for %2 when the session was locked. It is not saved yet.</source>
        <translation>هنگام قفل شدن نشست، در حال پر کردن «%1» برای %2 بودید. هنوز ذخیره نشده است.</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>کار ذخیره‌نشده</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>دور انداختن</translation>
    </message>
    <message>
        <source>The record of this unsaved work no longer exists here.</source>
        <translation>رکورد این کار ذخیره‌نشده دیگر اینجا وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>malformed number &apos;%1&apos; at position %2</source>
        <translation>عدد نادرست &apos;%1&apos; در موقعیت %2</translation>
    </message>
    <message>
        <source>number out of range at position %1</source>
        <translation>عدد خارج از محدوده در موقعیت %1</translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos; at position %2</source>
        <translation>نویسهٔ گریز نامعتبر &apos;\%1&apos; در موقعیت %2</translation>
    </message>
    <message>
        <source>unterminated string at position %1</source>
        <translation>رشتهٔ متنی بسته‌نشده در موقعیت %1</translation>
    </message>
    <message>
        <source>expected &apos;{&apos; after &apos;$&apos; at position %1</source>
        <translation>پس از &apos;$&apos; باید &apos;{&apos; بیاید، در موقعیت %1</translation>
    </message>
    <message>
        <source>unterminated field reference at position %1</source>
        <translation>اشارهٔ بسته‌نشده به فیلد در موقعیت %1</translation>
    </message>
    <message>
        <source>invalid field name &apos;%1&apos; at position %2</source>
        <translation>نام فیلد نامعتبر &apos;%1&apos; در موقعیت %2</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; at position %2</source>
        <translation>نویسهٔ غیرمنتظرهٔ &apos;%1&apos; در موقعیت %2</translation>
    </message>
    <message>
        <source>unexpected end of expression</source>
        <translation>پایان غیرمنتظرهٔ عبارت</translation>
    </message>
    <message>
        <source>unexpected string %1 at position %2</source>
        <translation>رشتهٔ متنی غیرمنتظرهٔ %1 در موقعیت %2</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>&apos;%1&apos; غیرمنتظره در موقعیت %2</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes no arguments, got %2 at position %3</source>
        <translation>تابع &apos;%1&apos; آرگومانی نمی‌گیرد، اما %2 آرگومان داده شده است، در موقعیت %3</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes 1 argument, got %2 at position %3</source>
        <translation>تابع &apos;%1&apos; یک آرگومان می‌گیرد، اما %2 آرگومان داده شده است، در موقعیت %3</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes %4 arguments, got %2 at position %3</source>
        <translation>تابع &apos;%1&apos; %4 آرگومان می‌گیرد، اما %2 آرگومان داده شده است، در موقعیت %3</translation>
    </message>
    <message>
        <source>expression nested too deeply at position %1</source>
        <translation>عبارت بیش از حد تودرتو است، در موقعیت %1</translation>
    </message>
    <message>
        <source>expression too long at position %1</source>
        <translation>عبارت بیش از حد طولانی است، در موقعیت %1</translation>
    </message>
    <message>
        <source>comparisons cannot be chained: &apos;%1&apos; at position %2</source>
        <translation>مقایسه‌ها را نمی‌توان زنجیروار پشت سر هم نوشت: &apos;%1&apos; در موقعیت %2</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; at position %2 must be followed by &apos;(&apos;</source>
        <translation>پس از تابع &apos;%1&apos; در موقعیت %2 باید &apos;(&apos; بیاید</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; at position %2 (fields are written ${%1})</source>
        <translation>نام ناشناختهٔ &apos;%1&apos; در موقعیت %2 (فیلدها به شکل ${%1} نوشته می‌شوند)</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; at position %2</source>
        <translation>تابع ناشناختهٔ &apos;%1&apos; در موقعیت %2</translation>
    </message>
    <message>
        <source>empty expression</source>
        <translation>عبارت خالی</translation>
    </message>
</context>
<context>
    <name>FormLoader</name>
    <message>
        <source>%1 has an unknown key &quot;%2&quot;</source>
        <translation>%1 کلید ناشناختهٔ &quot;%2&quot; دارد</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>choices must be a non-empty list</source>
        <translation>گزینه‌ها باید فهرستی غیرخالی باشند</translation>
    </message>
    <message>
        <source>a choice</source>
        <translation>یک گزینه</translation>
    </message>
    <message>
        <source>choice value &quot;%1&quot; must use only a-z, 0-9 and _</source>
        <translation>مقدار گزینهٔ &quot;%1&quot; فقط می‌تواند از a-z، 0-9 و _ تشکیل شود</translation>
    </message>
    <message>
        <source>choice value &quot;%1&quot; appears twice</source>
        <translation>مقدار گزینهٔ &quot;%1&quot; دو بار آمده است</translation>
    </message>
    <message>
        <source>the label of choice &quot;%1&quot;</source>
        <translation>برچسب گزینهٔ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 باید یک رشتهٔ متنی باشد</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; must be a number</source>
        <translation>محدودیت &quot;%1&quot; باید عدد باشد</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; must be a date YYYY-MM-DD</source>
        <translation>محدودیت &quot;%1&quot; باید تاریخی به شکل YYYY-MM-DD باشد</translation>
    </message>
    <message>
        <source>a constraint must be an object</source>
        <translation>هر محدودیت باید یک شیء باشد</translation>
    </message>
    <message>
        <source>a constraint</source>
        <translation>یک محدودیت</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; belongs on a field, not on the form</source>
        <translation>محدودیت &quot;%1&quot; مربوط به فیلد است، نه فورم</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; does not apply to a %2 field</source>
        <translation>محدودیت &quot;%1&quot; برای فیلدی از نوع %2 کاربرد ندارد</translation>
    </message>
    <message>
        <source>constraint &quot;range&quot; needs &quot;min&quot; or &quot;max&quot;</source>
        <translation>محدودیت &quot;range&quot; به &quot;min&quot; یا &quot;max&quot; نیاز دارد</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; needs &quot;min&quot; or &quot;max&quot;</source>
        <translation>محدودیت &quot;%1&quot; به &quot;min&quot; یا &quot;max&quot; نیاز دارد</translation>
    </message>
    <message>
        <source>constraint &quot;pattern&quot; needs a &quot;regex&quot;</source>
        <translation>محدودیت &quot;pattern&quot; به یک &quot;regex&quot; نیاز دارد</translation>
    </message>
    <message>
        <source>constraint &quot;pattern&quot; has an invalid regular expression: %1</source>
        <translation>محدودیت &quot;pattern&quot; یک عبارت باقاعدهٔ نامعتبر دارد: %1</translation>
    </message>
    <message>
        <source>constraint expression</source>
        <translation>عبارت محدودیت</translation>
    </message>
    <message>
        <source>constraint &quot;expression&quot; needs a &quot;message&quot;</source>
        <translation>محدودیت &quot;expression&quot; به یک &quot;message&quot; نیاز دارد</translation>
    </message>
    <message>
        <source>unknown constraint kind &quot;%1&quot;</source>
        <translation>نوع ناشناختهٔ محدودیت &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the constraint message</source>
        <translation>پیام محدودیت</translation>
    </message>
    <message>
        <source>&quot;field&quot; belongs only on form-level constraints</source>
        <translation>&quot;field&quot; فقط در محدودیت‌های سطح فورم به کار می‌رود</translation>
    </message>
    <message>
        <source>the default value does not fit a %1 field</source>
        <translation>مقدار پیش‌فرض با فیلدی از نوع %1 سازگار نیست</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: خوانده نمی‌شود: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: JSON نامعتبر در بایت %2: %3</translation>
    </message>
    <message>
        <source>%1: the definition must be a JSON object</source>
        <translation>%1: تعریف باید یک شیء JSON باشد</translation>
    </message>
    <message>
        <source>the form</source>
        <translation>فورم</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a name of a-z, 0-9 and _</source>
        <translation>&quot;id&quot; باید نامی از a-z، 0-9 و _ باشد</translation>
    </message>
    <message>
        <source>&quot;id&quot; is &quot;%1&quot; but the file should then be named %2</source>
        <translation>&quot;id&quot; برابر &quot;%1&quot; است، پس نام فایل باید %2 باشد</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number of at least 1</source>
        <translation>&quot;version&quot; باید عددی صحیح و حداقل 1 باشد</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>&quot;fields&quot; must be a non-empty list</source>
        <translation>&quot;fields&quot; باید فهرستی غیرخالی باشد</translation>
    </message>
    <message>
        <source>the field name must be made of a-z, 0-9 and _, starting with a letter</source>
        <translation>نام فیلد باید از a-z، 0-9 و _ تشکیل شود و با یک حرف شروع شود</translation>
    </message>
    <message>
        <source>the field name is used twice</source>
        <translation>نام فیلد دو بار به کار رفته است</translation>
    </message>
    <message>
        <source>the field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>نوع ناشناختهٔ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>the hint</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; باید بلی یا نخیر (true یا false) باشد</translation>
    </message>
    <message>
        <source>&quot;sensitivity&quot; must be identifying, protection or facet</source>
        <translation>&quot;sensitivity&quot; باید identifying، protection یا facet باشد</translation>
    </message>
    <message>
        <source>%1 needs exactly one of &quot;choices&quot;, &quot;choice_list&quot; or &quot;reference&quot;</source>
        <translation>%1 دقیقاً به یکی از &quot;choices&quot;، &quot;choice_list&quot; یا &quot;reference&quot; نیاز دارد</translation>
    </message>
    <message>
        <source>unknown choice list &quot;%1&quot;</source>
        <translation>فهرست گزینه‌های &quot;%1&quot; ناشناخته است</translation>
    </message>
    <message>
        <source>unknown reference data &quot;%1&quot;</source>
        <translation>دادهٔ مرجع &quot;%1&quot; ناشناخته است</translation>
    </message>
    <message>
        <source>only select_one and select_multiple fields have choices</source>
        <translation>فقط فیلدهای select_one و select_multiple گزینه دارند</translation>
    </message>
    <message>
        <source>a note holds no value, so it cannot be required or have a default</source>
        <translation>یادداشت مقداری ندارد، پس نمی‌تواند الزامی باشد یا مقدار پیش‌فرض داشته باشد</translation>
    </message>
    <message>
        <source>&quot;relevant&quot;</source>
        <translation>&quot;relevant&quot;</translation>
    </message>
    <message>
        <source>&quot;constraints&quot; must be a list</source>
        <translation>&quot;constraints&quot; باید یک فهرست باشد</translation>
    </message>
    <message>
        <source>form-level constraints must be of kind &quot;expression&quot;</source>
        <translation>محدودیت‌های سطح فورم باید از نوع &quot;expression&quot; باشند</translation>
    </message>
    <message>
        <source>form-level constraint names unknown field &quot;%1&quot;</source>
        <translation>محدودیت سطح فورم به فیلد ناشناختهٔ &quot;%1&quot; اشاره می‌کند</translation>
    </message>
    <message>
        <source>the expression &quot;%1&quot; refers to unknown field &quot;%2&quot;</source>
        <translation>عبارت &quot;%1&quot; به فیلد ناشناختهٔ &quot;%2&quot; اشاره می‌کند</translation>
    </message>
    <message>
        <source>the expression &quot;%1&quot; refers to note &quot;%2&quot;, which has no value</source>
        <translation>عبارت &quot;%1&quot; به یادداشت &quot;%2&quot; اشاره می‌کند که مقداری ندارد</translation>
    </message>
    <message>
        <source>&quot;keys&quot;</source>
        <translation>&quot;keys&quot;</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must name a field</source>
        <translation>کلید &quot;%1&quot; باید نام یک فیلد باشد</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; names unknown field &quot;%2&quot;</source>
        <translation>کلید &quot;%1&quot; به فیلد ناشناختهٔ &quot;%2&quot; اشاره می‌کند</translation>
    </message>
    <message>
        <source>cannot be key &quot;%1&quot;: it is a %2 field</source>
        <translation>نمی‌تواند کلید &quot;%1&quot; باشد: فیلدی از نوع %2 است</translation>
    </message>
    <message>
        <source>cannot be key &quot;site&quot;: a choice of site must use the reference data &quot;sites&quot;</source>
        <translation>نمی‌تواند کلید &quot;site&quot; باشد: انتخاب محل باید از دادهٔ مرجع &quot;sites&quot; استفاده کند</translation>
    </message>
    <message>
        <source>&quot;states&quot;</source>
        <translation>&quot;states&quot;</translation>
    </message>
    <message>
        <source>the state field must be a select_one field with choices</source>
        <translation>فیلد وضعیت باید فیلدی از نوع select_one با گزینه باشد</translation>
    </message>
    <message>
        <source>the initial state &quot;%1&quot; is not one of the field&apos;s choices</source>
        <translation>وضعیت آغازین &quot;%1&quot; جزو گزینه‌های این فیلد نیست</translation>
    </message>
    <message>
        <source>state &quot;%1&quot; has no entry in &quot;transitions&quot;</source>
        <translation>وضعیت &quot;%1&quot; در &quot;transitions&quot; هیچ مدخلی ندارد</translation>
    </message>
    <message>
        <source>&quot;transitions&quot; names unknown state &quot;%1&quot;</source>
        <translation>&quot;transitions&quot; به وضعیت ناشناختهٔ &quot;%1&quot; اشاره می‌کند</translation>
    </message>
    <message>
        <source>&quot;stamps&quot; names unknown state &quot;%1&quot;</source>
        <translation>&quot;stamps&quot; به وضعیت ناشناختهٔ &quot;%1&quot; اشاره می‌کند</translation>
    </message>
    <message>
        <source>&quot;stamps&quot; must name datetime fields, not &quot;%1&quot;</source>
        <translation>&quot;stamps&quot; باید به فیلدهای datetime اشاره کند، نه &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1: فیلد &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>must be an object with a text for each language</source>
        <translation>باید شیئی با متنی برای هر زبان باشد</translation>
    </message>
    <message>
        <source>has no text in language &quot;%1&quot;</source>
        <translation>متنی به زبان &quot;%1&quot; ندارد</translation>
    </message>
    <message>
        <source>has an unknown language &quot;%1&quot;</source>
        <translation>زبان ناشناختهٔ &quot;%1&quot; دارد</translation>
    </message>
    <message>
        <source>&quot;records_actor_of&quot; belongs on a read-only text field and lists field names</source>
        <translation>&quot;records_actor_of&quot; مربوط به یک فیلد متنی فقط‌خواندنی است و نام فیلدها را فهرست می‌کند</translation>
    </message>
    <message>
        <source>&quot;records_actor_of&quot; names unknown field &quot;%1&quot;</source>
        <translation>&quot;records_actor_of&quot; به فیلد ناشناختهٔ &quot;%1&quot; اشاره می‌کند</translation>
    </message>
    <message>
        <source>cannot be key &quot;%1&quot;: its sensitivity is &quot;%2&quot;, and keys are stored in clear</source>
        <translation>نمی‌تواند کلید &quot;%1&quot; باشد: حساسیت آن &quot;%2&quot; است و کلیدها بدون رمزگذاری ذخیره می‌شوند</translation>
    </message>
</context>
<context>
    <name>FormRegistry</name>
    <message>
        <source>No form definitions found in %1</source>
        <translation>هیچ تعریف فرمی در %1 پیدا نشد</translation>
    </message>
    <message>
        <source>the built-in form &quot;%1&quot; is missing; a folder of form definitions must hold every built-in form.</source>
        <translation>فورم داخلی «%1» موجود نیست؛ پوشهٔ تعریف‌های فورم باید همهٔ فورم‌های داخلی را داشته باشد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a built-in form; only the built-in forms can be loaded from a folder.</source>
        <translation>«%1» یک فورم داخلی نیست؛ از پوشه فقط فورم‌های داخلی بارگذاری می‌شوند.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not in the built-in form; fields and their sensitivity come only with a new version of Prihvat.</source>
        <translation>فیلد «%1» در فورم داخلی نیست؛ فیلدها و سطح حساسیت آن‌ها فقط با نسخهٔ جدید Prihvat می‌آیند.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must stay %2 and &quot;%3&quot; as in the built-in form; sensitivity comes only with a new version of Prihvat.</source>
        <translation>فیلد «%1» باید مانند فورم داخلی از نوع %2 و با حساسیت «%3» بماند؛ سطح حساسیت فقط با نسخهٔ جدید Prihvat می‌آید.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; of the built-in form is missing.</source>
        <translation>فیلد «%1» فورم داخلی موجود نیست.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>(no name kept: no consent)</source>
        <translation>(نام نگه داشته نشد: رضایت نیست)</translation>
    </message>
</context>
<context>
    <name>ProtectionUpgrade</name>
    <message>
        <source>Could not look for protection categories to move</source>
        <translation>جستجوی دسته‌های حمایتی که باید منتقل شوند ممکن نشد</translation>
    </message>
</context>
<context>
    <name>RecordService</name>
    <message>
        <source>The %1 record was not saved:</source>
        <translation>رکورد %1 ذخیره نشد:</translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;. The forms are: %2</source>
        <translation>فورم &quot;%1&quot; ناشناخته است. فورم‌ها: %2</translation>
    </message>
    <message>
        <source>Is set by the application, not typed.</source>
        <translation>برنامه آن را تعیین می‌کند؛ تایپ نمی‌شود.</translation>
    </message>
    <message>
        <source>A new record starts as &quot;%1&quot;.</source>
        <translation>هر رکورد جدید با وضعیت &quot;%1&quot; شروع می‌شود.</translation>
    </message>
    <message>
        <source>Record %1 has been deleted and cannot be changed.</source>
        <translation>رکورد %1 حذف شده است و نمی‌توان آن را تغییر داد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is final; the state cannot change any more.</source>
        <translation>وضعیت &quot;%1&quot; نهایی است و دیگر تغییر نمی‌کند.</translation>
    </message>
    <message>
        <source>Cannot go from &quot;%1&quot; to &quot;%2&quot;; allowed next: %3.</source>
        <translation>نمی‌توان از &quot;%1&quot; به &quot;%2&quot; رفت؛ وضعیت‌های مجاز بعدی: %3.</translation>
    </message>
    <message>
        <source>Record %1 is already deleted.</source>
        <translation>رکورد %1 قبلاً حذف شده است.</translation>
    </message>
    <message>
        <source>No record has the id %1.</source>
        <translation>هیچ رکوردی با شناسهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>This person has not given consent (or has withdrawn it), so only answers for counting can be kept; leave this empty.</source>
        <translation>این شخص رضایت نداده است (یا رضایتش را پس گرفته است)، پس فقط پاسخ‌هایی که برای شمارش‌اند نگه داشته می‌شوند؛ این را خالی بگذارید.</translation>
    </message>
    <message>
        <source>Only a protection officer can see or change %1. Nothing was saved.</source>
        <translation>فقط مسئول حمایت می‌تواند %1 را ببیند یا تغییر دهد. چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>This change would clear answers that only a protection officer can see or change. Nothing was saved: ask a protection officer to make this change.</source>
        <translation>این تغییر پاسخ‌هایی را پاک می‌کند که فقط مسئول حمایت می‌تواند ببیند یا تغییر دهد. چیزی ذخیره نشد: از یک مسئول حمایت بخواهید این تغییر را انجام دهد.</translation>
    </message>
    <message>
        <source>This record holds answers that only a protection officer can see; only a protection officer can delete it. Nothing was deleted.</source>
        <translation>این سابقه پاسخ‌هایی دارد که فقط مسئول حمایت می‌تواند ببیند؛ فقط مسئول حمایت می‌تواند آن را حذف کند. چیزی حذف نشد.</translation>
    </message>
</context>
<context>
    <name>RecordSummary</name>
    <message>
        <source>yes</source>
        <translation>بلی</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نخیر</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Reference data %1 cannot be read: %2</source>
        <translation>داده‌های مرجع %1 خوانده نمی‌شود: %2</translation>
    </message>
    <message>
        <source>Reference data %1 is not valid JSON: %2</source>
        <translation>داده‌های مرجع %1 یک JSON معتبر نیست: %2</translation>
    </message>
    <message>
        <source>Reference data %1: %2</source>
        <translation>داده‌های مرجع %1: %2</translation>
    </message>
    <message>
        <source>every site needs a code, a name and a kind (centre or outreach)</source>
        <translation>هر محل به کد، نام و نوع (centre یا outreach) نیاز دارد</translation>
    </message>
    <message>
        <source>every entry needs a code and a name</source>
        <translation>هر مدخل به کد و نام نیاز دارد</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: %2</source>
        <translation>جنس &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>service &quot;%1&quot;: %2</source>
        <translation>خدمت &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>every provider needs a code and a name</source>
        <translation>هر ارائه‌دهندهٔ خدمات به کد و نام نیاز دارد</translation>
    </message>
    <message>
        <source>the set is empty</source>
        <translation>مجموعه خالی است</translation>
    </message>
    <message>
        <source>it needs an assistance type</source>
        <translation>به نوع کمک نیاز دارد</translation>
    </message>
    <message>
        <source>a retention period needs a form and a whole number of days from 1 to 36500</source>
        <translation>دورهٔ نگهداری به یک فورم و عددی صحیح از 1 تا 36500 روز نیاز دارد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a set headquarters manages</source>
        <translation>&quot;%1&quot; مجموعه‌ای نیست که دفتر مرکزی آن را مدیریت کند</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; appears twice</source>
        <translation>کد &quot;%1&quot; دو بار آمده است</translation>
    </message>
</context>
<context>
    <name>Reseal</name>
    <message>
        <source>Re-sealing answers under the newest keys: %1 of %2 rows.</source>
        <translation>پاسخ‌ها با تازه‌ترین کلیدها دوباره مهر و موم می‌شوند: %1 از %2 ردیف.</translation>
    </message>
</context>
<context>
    <name>RetentionPurge</name>
    <message>
        <source>Could not start the purge</source>
        <translation>شروع پاک‌سازی ممکن نشد</translation>
    </message>
    <message>
        <source>Could not prepare the purge</source>
        <translation>آماده‌سازی پاک‌سازی ممکن نشد</translation>
    </message>
    <message>
        <source>Could not find old records</source>
        <translation>رکوردهای قدیمی پیدا نشد</translation>
    </message>
    <message>
        <source>Could not remove an old record</source>
        <translation>حذف یک رکورد قدیمی ممکن نشد</translation>
    </message>
    <message>
        <source>Could not finish the purge</source>
        <translation>پایان دادن به پاک‌سازی ممکن نشد</translation>
    </message>
    <message>
        <source>Could not clear the journal after the purge</source>
        <translation>پاک کردن ژورنال (journal) پس از پاک‌سازی ممکن نشد</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>There is not enough memory to hold a key.</source>
        <translation>حافظهٔ کافی برای نگه داشتن یک کلید وجود ندارد.</translation>
    </message>
    <message>
        <source>The data is locked.</source>
        <translation>داده‌ها قفل است.</translation>
    </message>
    <message>
        <source>A sealed answer is not in the sealed format.</source>
        <translation>یکی از پاسخ‌های رمزگذاری‌شده در قالب رمزگذاری درست نیست.</translation>
    </message>
    <message>
        <source>A sealed answer is damaged.</source>
        <translation>یکی از پاسخ‌های رمزگذاری‌شده آسیب دیده است.</translation>
    </message>
    <message>
        <source>A sealed answer does not open with this key.</source>
        <translation>یکی از پاسخ‌های رمزگذاری‌شده با این کلید باز نمی‌شود.</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>کتابخانهٔ رمزگذاری راه‌اندازی نشد.</translation>
    </message>
    <message>
        <source>A key has the wrong length.</source>
        <translation>طول یکی از کلیدها نادرست است.</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The seeder needs &quot;%1&quot; in the reference set &quot;%2&quot;, which does not have it.</source>
        <translation>سازندهٔ داده‌های آزمایشی به &quot;%1&quot; در مجموعهٔ مرجع &quot;%2&quot; نیاز دارد، اما این مجموعه آن را ندارد.</translation>
    </message>
    <message>
        <source>The seeder needs at least one reception centre and one outreach site in the reference data.</source>
        <translation>سازندهٔ داده‌های آزمایشی در داده‌های مرجع حداقل به یک مرکز پذیرش و یک محل کار تیم سیار نیاز دارد.</translation>
    </message>
    <message>
        <source>The seeder made a %1 record that does not pass validation; the seeder needs fixing. %2</source>
        <translation>سازندهٔ داده‌های آزمایشی یک رکورد %1 ساخت که از اعتبارسنجی نمی‌گذرد؛ سازنده باید اصلاح شود. %2</translation>
    </message>
    <message>
        <source>The number of persons to seed must be at least 1.</source>
        <translation>تعداد اشخاصی که ساخته می‌شوند باید حداقل 1 باشد.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 یک فایل است، نه پوشه.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>پوشهٔ داده‌ها %1 را نمی‌توان ساخت.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be made private.</source>
        <translation>پوشهٔ داده‌ها %1 را نمی‌توان خصوصی کرد.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Prihvat (schema %1; this version knows up to %2). Update Prihvat.</source>
        <translation>پایگاه داده با نسخهٔ جدیدتری از Prihvat نوشته شده است (ساختار %1؛ این نسخه فقط تا ساختار %2 را می‌شناسد). Prihvat را به‌روز کنید.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>ارتقای پایگاه داده به ساختار %1 ناموفق بود: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>پایگاه دادهٔ %1 باز نمی‌شود: %2</translation>
    </message>
    <message>
        <source>%1: the disk is full. Nothing was saved; free some space and try again.</source>
        <translation>%1: دیسک پر است. چیزی ذخیره نشد؛ کمی فضا آزاد کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>%1: the database file is damaged (%2).</source>
        <translation>%1: فایل پایگاه داده آسیب دیده است (%2).</translation>
    </message>
    <message>
        <source>%1: the disk reported an error (%2). Nothing was saved.</source>
        <translation>%1: دیسک خطایی گزارش کرد (%2). چیزی ذخیره نشد.</translation>
    </message>
    <message>
        <source>%1: the database is busy in another program. Try again.</source>
        <translation>%1: پایگاه داده در برنامهٔ دیگری در حال استفاده است. دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>%1: the database cannot be written to (%2).</source>
        <translation>%1: نمی‌توان در پایگاه داده نوشت (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Writing settings</source>
        <translation>نوشتن تنظیمات</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>خواندن تنظیمات</translation>
    </message>
    <message>
        <source>The database has no device id or site: it was not made by &quot;init&quot; or is damaged.</source>
        <translation>پایگاه داده شناسهٔ دستگاه یا محل ندارد: یا با &quot;init&quot; ساخته نشده یا آسیب دیده است.</translation>
    </message>
    <message>
        <source>Unknown site code &quot;%1&quot;. Known sites: %2</source>
        <translation>کد محل &quot;%1&quot; ناشناخته است. محل‌های شناخته‌شده: %2</translation>
    </message>
    <message>
        <source>%1 already holds a Prihvat database; nothing was changed.</source>
        <translation>%1 از قبل یک پایگاه دادهٔ Prihvat دارد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>%1 holds no Prihvat database. Create one with &quot;init&quot;.</source>
        <translation>%1 هیچ پایگاه دادهٔ Prihvat ندارد. با &quot;init&quot; یکی بسازید.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It has not been changed. Keep a copy of the folder and restore the latest backup, or ask headquarters for help.</source>
        <translation>پایگاه دادهٔ %1 آسیب دیده است (%2). هیچ تغییری در آن داده نشده است. یک نسخه از پوشه نگه دارید و آخرین نسخهٔ پشتیبان را بازگردانید، یا از دفتر مرکزی کمک بخواهید.</translation>
    </message>
    <message>
        <source>it does not start like an SQLite database</source>
        <translation>آغاز آن شبیه یک پایگاه دادهٔ SQLite نیست</translation>
    </message>
    <message>
        <source>it holds no Prihvat schema; &quot;init&quot; was probably interrupted. Move the file away and run &quot;init&quot; again</source>
        <translation>ساختار Prihvat در آن نیست؛ احتمالاً &quot;init&quot; نیمه‌کاره مانده است. فایل را به جای دیگری منتقل کنید و &quot;init&quot; را دوباره اجرا کنید</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Prihvat (schema %1; this version knows up to %2). Update Prihvat; the file has not been changed.</source>
        <translation>پایگاه داده با نسخهٔ جدیدتری از Prihvat نوشته شده است (ساختار %1؛ این نسخه فقط تا ساختار %2 را می‌شناسد). Prihvat را به‌روز کنید؛ فایل تغییری نکرده است.</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>باز کردن پایگاه داده</translation>
    </message>
    <message>
        <source>Reading a record</source>
        <translation>خواندن یک رکورد</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>ذخیره کردن</translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;.</source>
        <translation>فورم &quot;%1&quot; ناشناخته است.</translation>
    </message>
    <message>
        <source>The device id &quot;%1&quot; from headquarters is not a UUID.</source>
        <translation>شناسهٔ دستگاه &quot;%1&quot; که از دفتر مرکزی آمده، UUID نیست.</translation>
    </message>
    <message>
        <source>Saving the enrolment</source>
        <translation>ذخیرهٔ ثبت‌نام</translation>
    </message>
    <message>
        <source>Listing records</source>
        <translation>فهرست کردن رکوردها</translation>
    </message>
    <message>
        <source>Counting records</source>
        <translation>شمارش رکوردها</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>بررسی پایگاه داده</translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>یکپارچگی SQLite: %1</translation>
    </message>
    <message>
        <source>Schema version %1, expected %2.</source>
        <translation>نسخهٔ ساختار %1 است؛ %2 انتظار می‌رفت.</translation>
    </message>
    <message>
        <source>Record %1: the id is not a UUID.</source>
        <translation>رکورد %1: شناسه UUID نیست.</translation>
    </message>
    <message>
        <source>Record %1: unknown form &quot;%2&quot;.</source>
        <translation>رکورد %1: فورم ناشناختهٔ &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Record %1: its values or stamps are not valid JSON.</source>
        <translation>رکورد %1: مقدارها یا مهرهای زمانی آن JSON معتبر نیستند.</translation>
    </message>
    <message>
        <source>Record %1: its clock stamp is malformed.</source>
        <translation>رکورد %1: مهر زمانی آن نادرست است.</translation>
    </message>
    <message>
        <source>Record %1: the index column for &quot;%2&quot; does not match its value.</source>
        <translation>رکورد %1: ستون نمایه برای &quot;%2&quot; با مقدار آن مطابقت ندارد.</translation>
    </message>
    <message>
        <source>Record %1: value for unknown field &quot;%2&quot;.</source>
        <translation>رکورد %1: مقداری برای فیلد ناشناختهٔ &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Checking records</source>
        <translation>بررسی رکوردها</translation>
    </message>
    <message>
        <source>%1 outbox changes belong to no record.</source>
        <translation>%1 تغییر در صندوق ارسال به هیچ رکوردی تعلق ندارد.</translation>
    </message>
    <message>
        <source>%1 outbox changes belong to a push batch that is not kept.</source>
        <translation>%1 تغییر در صندوق ارسال به دسته‌ای ارسالی تعلق دارد که نگه داشته نشده است.</translation>
    </message>
    <message>
        <source>%1 outbox changes have a malformed clock stamp.</source>
        <translation>%1 تغییر در صندوق ارسال مهر زمانی نادرست دارد.</translation>
    </message>
    <message>
        <source>Writing the audit trail</source>
        <translation>نوشتن سابقهٔ ممیزی</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>خواندن سابقهٔ ممیزی</translation>
    </message>
    <message>
        <source>Checking the audit trail</source>
        <translation>بررسی سابقهٔ ممیزی</translation>
    </message>
    <message>
        <source>The audit trail is missing: its table was removed.</source>
        <translation>سابقهٔ ممیزی وجود ندارد: جدول آن حذف شده است.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s protection was removed: its entries could be edited.</source>
        <translation>محافظت سابقهٔ ممیزی برداشته شده است: موردهای آن را می‌شد ویرایش کرد.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: they were deleted.</source>
        <translation>موردهای ممیزی %1 تا %2 وجود ندارند: حذف شده‌اند.</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: it was deleted.</source>
        <translation>مورد ممیزی %1 وجود ندارد: حذف شده است.</translation>
    </message>
    <message>
        <source>Audit entry %1 is out of sequence.</source>
        <translation>مورد ممیزی %1 خارج از ترتیب است.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed: its contents do not match its hash.</source>
        <translation>مورد ممیزی %1 تغییر داده شده است: محتوای آن با هش آن مطابقت ندارد.</translation>
    </message>
    <message>
        <source>Audit entry 1 does not start the chain: entries were inserted, removed or moved.</source>
        <translation>مورد ممیزی 1 آغاز زنجیره نیست: موردهایی افزوده، حذف یا جابه‌جا شده‌اند.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: entries were inserted, removed, changed or moved.</source>
        <translation>مورد ممیزی %1 پس از مورد %2 نمی‌آید: موردهایی افزوده، حذف، تغییر داده یا جابه‌جا شده‌اند.</translation>
    </message>
    <message>
        <source>The recorded end of the audit trail is malformed; its last entry is %1.</source>
        <translation>پایان ثبت‌شدهٔ سابقهٔ ممیزی نادرست است؛ آخرین مورد آن %1 است.</translation>
    </message>
    <message>
        <source>The recorded end of the audit trail is missing: entries after %1 may have been removed.</source>
        <translation>پایان ثبت‌شدهٔ سابقهٔ ممیزی وجود ندارد: ممکن است موردهای پس از %1 حذف شده باشند.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: they were removed from the end of the trail.</source>
        <translation>موردهای ممیزی %1 تا %2 وجود ندارند: از انتهای سابقه حذف شده‌اند.</translation>
    </message>
    <message>
        <source>Audit entries from %1 on were not written by Prihvat: the trail ended at %2.</source>
        <translation>موردهای ممیزی از %1 به بعد را Prihvat ننوشته است: سابقه در %2 پایان یافته بود.</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the last entry Prihvat wrote: it was replaced.</source>
        <translation>مورد ممیزی %1 آخرین موردی نیست که Prihvat نوشته است: جایگزین شده است.</translation>
    </message>
    <message>
        <source>The data is locked: names, contact details and protection notes cannot be read or saved until it is unlocked. Nothing was changed.</source>
        <translation>داده‌ها قفل است: تا قفل باز نشود، نام‌ها، معلومات تماس و یادداشت‌های حمایتی را نمی‌توان خواند یا ذخیره کرد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>A sealed answer of record %1 (&quot;%2&quot;) is damaged.</source>
        <translation>یکی از پاسخ‌های رمزگذاری‌شدهٔ رکورد %1 (&quot;%2&quot;) آسیب دیده است.</translation>
    </message>
    <message>
        <source>Record %1: the answer to &quot;%2&quot; is stored in clear, not sealed.</source>
        <translation>رکورد %1: پاسخ &quot;%2&quot; بدون رمزگذاری ذخیره شده است.</translation>
    </message>
    <message>
        <source>Record %1: the sealed answer to &quot;%2&quot; does not open with this key.</source>
        <translation>رکورد %1: پاسخ رمزگذاری‌شدهٔ &quot;%2&quot; با این کلید باز نمی‌شود.</translation>
    </message>
    <message>
        <source>%1 entries of &quot;%2&quot; hold an identifying or protection answer in clear.</source>
        <translation>%1 مورد از &quot;%2&quot; یک پاسخ هویتی یا حمایتی را بدون رمزگذاری نگه می‌دارند.</translation>
    </message>
    <message>
        <source>Saving the reference data from headquarters failed: %1</source>
        <translation>ذخیرهٔ داده‌های مرجع از دفتر مرکزی ناموفق بود: %1</translation>
    </message>
    <message>
        <source>Record %1: its values are not valid JSON; nothing was sealed.</source>
        <translation>رکورد %1: مقدارهای آن JSON معتبر نیست؛ چیزی رمزگذاری نشد.</translation>
    </message>
    <message>
        <source>This key does not open the sealed answers of this data folder. Nothing was changed.</source>
        <translation>این کلید پاسخ‌های رمزگذاری‌شدهٔ این پوشهٔ داده‌ها را باز نمی‌کند. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s seal does not hold under the current key, so it is not sealed again with the new one.</source>
        <translation>مهر سابقهٔ ممیزی با کلید کنونی معتبر نیست، پس با کلید تازه دوباره مهر نمی‌شود.</translation>
    </message>
    <message>
        <source>The seal of the audit trail is malformed: it was edited outside Prihvat.</source>
        <translation>مهر سابقهٔ ممیزی خراب است: بیرون از Prihvat ویرایش شده است.</translation>
    </message>
    <message>
        <source>The seal of the audit trail does not match this data folder&apos;s key: the trail was rewritten outside Prihvat.</source>
        <translation>مهر سابقهٔ ممیزی با کلید این پوشهٔ داده‌ها مطابقت ندارد: سابقه بیرون از Prihvat بازنویسی شده است.</translation>
    </message>
    <message>
        <source>The audit trail carries no seal of this data folder&apos;s key: it was removed outside Prihvat, or the trail did not hold when it was to be sealed.</source>
        <translation>سابقهٔ ممیزی مهری با کلید این پوشهٔ داده‌ها ندارد: مهر بیرون از Prihvat برداشته شده است، یا سابقه هنگامی که باید مهر می‌شد سالم نبود.</translation>
    </message>
    <message>
        <source>The audit trail no longer holds its sealed entry %1: entries up to it were changed or removed outside Prihvat.</source>
        <translation>سابقهٔ ممیزی دیگر مورد مهرشدهٔ %1 خود را ندارد: موردها تا آن بیرون از Prihvat تغییر داده یا حذف شده‌اند.</translation>
    </message>
    <message>
        <source>Audit entry %1 was added without this data folder&apos;s key, although only a logged-in user writes such entries.</source>
        <translation>مورد ممیزی %1 بدون کلید این پوشهٔ داده‌ها افزوده شده است، در حالی که چنین موردهایی را فقط کاربرِ واردشده می‌نویسد.</translation>
    </message>
    <message>
        <source>The data folder is locked: log in to keep or open unsaved work.</source>
        <translation>پوشهٔ داده قفل است: برای نگه داشتن یا باز کردن کار ذخیره‌نشده وارد شوید.</translation>
    </message>
    <message>
        <source>Keeping unsaved work</source>
        <translation>نگه داشتن کار ذخیره‌نشده</translation>
    </message>
    <message>
        <source>Reading unsaved work</source>
        <translation>خواندن کار ذخیره‌نشده</translation>
    </message>
    <message>
        <source>Discarding unsaved work</source>
        <translation>دور انداختن کار ذخیره‌نشده</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Saving the sync state</source>
        <translation>ذخیرهٔ وضعیت همگام‌سازی</translation>
    </message>
    <message>
        <source>Reading the changes to send</source>
        <translation>خواندن تغییرات برای ارسال</translation>
    </message>
    <message>
        <source>Preparing the changes to send</source>
        <translation>آماده‌سازی تغییرات برای ارسال</translation>
    </message>
    <message>
        <source>Headquarters answered %1 changes with %2 results.</source>
        <translation>دفتر مرکزی به %1 تغییر با %2 نتیجه پاسخ داد.</translation>
    </message>
    <message>
        <source>Saving the answer from headquarters</source>
        <translation>ذخیرهٔ پاسخ دفتر مرکزی</translation>
    </message>
    <message>
        <source>Refused by headquarters without a reason.</source>
        <translation>دفتر مرکزی بدون ذکر دلیل رد کرد.</translation>
    </message>
    <message>
        <source>Saving the changes from headquarters</source>
        <translation>ذخیرهٔ تغییرات دریافتی از دفتر مرکزی</translation>
    </message>
    <message>
        <source>Reading the refused changes</source>
        <translation>خواندن تغییرات ردشده</translation>
    </message>
    <message>
        <source>Reading the conflicts</source>
        <translation>خواندن تعارض‌ها</translation>
    </message>
    <message>
        <source>Saving the conflict</source>
        <translation>ذخیرهٔ تعارض</translation>
    </message>
    <message>
        <source>No conflict has the id %1.</source>
        <translation>هیچ تعارضی با شناسهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>This device is not enrolled with headquarters yet, so it cannot sync.</source>
        <translation>این دستگاه هنوز در دفتر مرکزی ثبت‌نام نشده است، بنابراین نمی‌تواند همگام‌سازی کند.</translation>
    </message>
    <message>
        <source>Log in to sync: this device&apos;s credential for headquarters opens only with a user&apos;s password.</source>
        <translation>برای همگام‌سازی وارد شوید: اعتبارنامهٔ این دستگاه برای دفتر مرکزی فقط با رمز عبور یک کاربر باز می‌شود.</translation>
    </message>
    <message>
        <source>Log in before enrolling: the device&apos;s credential is kept sealed with the data key.</source>
        <translation>پیش از ثبت‌نام دستگاه وارد شوید: اعتبارنامهٔ دستگاه با کلید داده‌ها رمزگذاری‌شده نگه داشته می‌شود.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>This form has no such field.</source>
        <translation>این فورم چنین فیلدی ندارد.</translation>
    </message>
    <message>
        <source>This is a note; it takes no answer.</source>
        <translation>این یک یادداشت است و پاسخی نمی‌گیرد.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>باید متن باشد.</translation>
    </message>
    <message>
        <source>Is too long: %1 characters, at most %2 allowed.</source>
        <translation>بیش از حد طولانی است: %1 حرف؛ حداکثر %2 حرف مجاز است.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>باید عدد صحیح باشد.</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <translation>باید عدد باشد.</translation>
    </message>
    <message>
        <source>Must be a date written as YYYY-MM-DD.</source>
        <translation>باید تاریخی به شکل YYYY-MM-DD باشد.</translation>
    </message>
    <message>
        <source>Must be a date and time in ISO 8601 form.</source>
        <translation>باید تاریخ و زمان به شکل ISO 8601 باشد.</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>باید بلی یا نخیر باشد.</translation>
    </message>
    <message>
        <source>Must be one of the choices.</source>
        <translation>باید یکی از گزینه‌ها باشد.</translation>
    </message>
    <message>
        <source>Must be a list of different choices.</source>
        <translation>باید فهرستی از گزینه‌های متفاوت باشد.</translation>
    </message>
    <message>
        <source>Must be the id of a person.</source>
        <translation>باید شناسهٔ یک شخص باشد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices.</source>
        <translation>&quot;%1&quot; جزو گزینه‌ها نیست.</translation>
    </message>
    <message>
        <source>No person with the id %1 is registered.</source>
        <translation>هیچ شخصی با شناسهٔ %1 ثبت نشده است.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>باید بین %1 و %2 باشد.</translation>
    </message>
    <message>
        <source>Must be on or after %1.</source>
        <translation>باید %1 یا پس از آن باشد.</translation>
    </message>
    <message>
        <source>Must be on or before %1.</source>
        <translation>باید %1 یا پیش از آن باشد.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>باید حداقل %1 باشد.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>باید حداکثر %1 باشد.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2 characters long.</source>
        <translation>طول آن باید بین %1 و %2 حرف باشد.</translation>
    </message>
    <message>
        <source>Must be at least %1 characters long.</source>
        <translation>باید حداقل %1 حرف باشد.</translation>
    </message>
    <message>
        <source>Must be at most %1 characters long.</source>
        <translation>باید حداکثر %1 حرف باشد.</translation>
    </message>
    <message>
        <source>Choose between %1 and %2 options.</source>
        <translation>بین %1 تا %2 گزینه انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose at least %1 options.</source>
        <translation>حداقل %1 گزینه انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose at most %1 options.</source>
        <translation>حداکثر %1 گزینه انتخاب کنید.</translation>
    </message>
    <message>
        <source>Is not written in the expected form.</source>
        <translation>به شکل مورد انتظار نوشته نشده است.</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>نمی‌تواند در آینده باشد.</translation>
    </message>
    <message>
        <source>Does not apply, given the other answers.</source>
        <translation>با توجه به پاسخ‌های دیگر، این پرسش کاربرد ندارد.</translation>
    </message>
    <message>
        <source>An answer is required.</source>
        <translation>پاسخ دادن الزامی است.</translation>
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
        <translation>Prihvat اجرا نمی‌شود</translation>
    </message>
</context>
<context>
    <name>prihvat::AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>سابقهٔ ممیزی</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>What</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>جدیدتر</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>قدیمی‌تر</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>بررسی دوباره</translation>
    </message>
    <message>
        <source>The trail is intact: no entry was changed or removed.</source>
        <translation>سابقهٔ ممیزی سالم است: هیچ موردی تغییر نکرده یا حذف نشده است.</translation>
    </message>
    <message>
        <source>The trail is broken at entry %1: %2</source>
        <translation>سابقهٔ ممیزی در مورد %1 شکسته است: %2</translation>
    </message>
    <message>
        <source>Entries %1 to %2 of %3 (newest first)</source>
        <translation>موردهای %1 تا %2 از %3 (جدیدترین‌ها اول)</translation>
    </message>
    <message>
        <source>Data folder created</source>
        <translation>پوشهٔ داده‌ها ساخته شد</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>رکورد ساخته شد</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>رکورد تغییر کرد</translation>
    </message>
    <message>
        <source>Record deleted</source>
        <translation>رکورد حذف شد</translation>
    </message>
    <message>
        <source>Protection details viewed</source>
        <translation>جزئیات حمایتی دیده شد</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>داده‌ها صادر شد</translation>
    </message>
    <message>
        <source>Synced with headquarters</source>
        <translation>با دفتر مرکزی همگام‌سازی شد</translation>
    </message>
    <message>
        <source>Records purged</source>
        <translation>رکوردها پاک‌سازی شدند</translation>
    </message>
    <message>
        <source>Demonstration data added</source>
        <translation>داده‌های آزمایشی اضافه شد</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>ورود به سیستم</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>ورود رد شد</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>نشست قفل شد</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>نقش تغییر کرد</translation>
    </message>
    <message>
        <source>Account locked out</source>
        <translation>حساب قفل شد</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>کاربر اضافه شد</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>کاربر حذف شد</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>قفل حساب باز شد</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>رمز عبور تغییر کرد</translation>
    </message>
    <message>
        <source>Keys destroyed</source>
        <translation>کلیدها از بین برده شد</translation>
    </message>
    <message>
        <source>Trail found without its seal</source>
        <translation>سابقهٔ ممیزی بدون مُهر آن پیدا شد</translation>
    </message>
</context>
<context>
    <name>prihvat::ConflictsPage</name>
    <message>
        <source>Record %1 (not on this device)</source>
        <translation>رکورد %1 (روی این دستگاه نیست)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(حذف‌شده)</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>این دستگاه</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>دستگاه %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف‌شده</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(بدون پاسخ)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حذف‌شده</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>حذف‌نشده</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>تعارض‌های نیازمند بررسی</translation>
    </message>
    <message>
        <source>Two devices changed the same answer before either had seen the other&apos;s change. The later change was kept everywhere; the other value is kept here so nothing is lost. Choose the value that is right: your choice is saved as an ordinary edit and sent with the next sync.</source>
        <translation>دو دستگاه یک پاسخ را تغییر داده‌اند، پیش از آن‌که هیچ‌کدام تغییر دیگری را دیده باشد. آخرین تغییر در همه‌جا نگه داشته شد؛ مقدار دیگر اینجا نگه داشته شده است تا چیزی از دست نرود. مقدار درست را انتخاب کنید: انتخاب شما مانند یک ویرایش عادی ذخیره می‌شود و با همگام‌سازی بعدی فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>تعارضی برای بررسی وجود ندارد.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>مقدار نگه‌داشته‌شده</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>مقدار دیگر</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>زمان تغییر</translation>
    </message>
    <message>
        <source>Kept everywhere</source>
        <translation>نگه‌داشته‌شده در همه‌جا</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>نگه‌داشتن این مقدار</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>از %1، %2</translation>
    </message>
    <message>
        <source>The record is not on this device yet; sync first.</source>
        <translation>این رکورد هنوز روی این دستگاه نیست؛ نخست همگام‌سازی کنید.</translation>
    </message>
    <message>
        <source>A deleted record cannot be restored here.</source>
        <translation>رکورد حذف‌شده را اینجا نمی‌توان بازگرداند.</translation>
    </message>
    <message>
        <source>The record has been deleted; there is nothing to change.</source>
        <translation>این رکورد حذف شده است؛ چیزی برای تغییر نمانده است.</translation>
    </message>
    <message>
        <source>This version of Prihvat does not know the question &quot;%1&quot;.</source>
        <translation>این نسخهٔ Prihvat پرسش &quot;%1&quot; را نمی‌شناسد.</translation>
    </message>
    <message>
        <source>Kept &quot;%1&quot; for %2. It is sent with the next sync.</source>
        <translation>&quot;%1&quot; برای %2 نگه داشته شد. با همگام‌سازی بعدی فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>تعارض‌ها</translation>
    </message>
    <message>
        <source>Only a protection officer can decide this conflict.</source>
        <translation>فقط مسئول حمایت می‌تواند دربارهٔ این تعارض تصمیم بگیرد.</translation>
    </message>
</context>
<context>
    <name>prihvat::DistributionPage</name>
    <message>
        <source>Distribution</source>
        <translation>توزیع</translation>
    </message>
    <message>
        <source>&amp;Assistance:</source>
        <translation>کمک (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>جنس (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>تعداد (&amp;Q):</translation>
    </message>
    <message>
        <source>Type a name or an id, then press Enter to record</source>
        <translation>نام یا شناسه را بنویسید، سپس برای ثبت Enter را بزنید</translation>
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
        <translation>نخست نام یا شناسه را بنویسید.</translation>
    </message>
    <message>
        <source>No one matches &quot;%1&quot;. Check the spelling, or register the person on the People page.</source>
        <translation>هیچ‌کس با &quot;%1&quot; مطابقت ندارد. املا را بررسی کنید، یا شخص را در صفحهٔ افراد ثبت کنید.</translation>
    </message>
    <message>
        <source>Choose the type of assistance first.</source>
        <translation>نخست نوع کمک را انتخاب کنید.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already received %2 today (%n time(s)). Press Enter again to record it once more, or choose another person.</source>
        <translation>
            <numerusform>%1 امروز %2 را دریافت کرده است (%n بار). برای ثبت دوباره، Enter را یک بار دیگر بزنید، یا شخص دیگری را انتخاب کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded: %1 for %2</source>
        <translation>ثبت شد: %1 برای %2</translation>
    </message>
    <message>
        <source>&amp;Recorded in this session: %1</source>
        <translation>ثبت‌شده در این نشست (&amp;R): %1</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <translation>%1  %2 — %3</translation>
    </message>
    <message>
        <source>Recorded for the wrong person</source>
        <translation>برای شخص اشتباه ثبت شد</translation>
    </message>
    <message>
        <source>Recorded twice</source>
        <translation>دو بار ثبت شد</translation>
    </message>
    <message>
        <source>Not handed out</source>
        <translation>تحویل داده نشد</translation>
    </message>
    <message>
        <source>Wrong item or quantity</source>
        <translation>قلم یا تعداد اشتباه</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>برگردانده شد</translation>
    </message>
    <message>
        <source>Double-click an entry to correct it; Delete voids it.</source>
        <translation>برای اصلاح یک مورد روی آن دوبار کلیک کنید؛ کلید Delete آن را باطل می‌کند.</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>باطل کردن… (&amp;V)</translation>
    </message>
    <message>
        <source>Choose what is handed out, then for each person: type the name, check the match, press Enter. Ctrl+Z takes back the last one.</source>
        <translation>آنچه توزیع می‌شود را انتخاب کنید، سپس برای هر شخص: نام را بنویسید، نتیجه را بررسی کنید و Enter را بزنید. ‏Ctrl+Z آخرین مورد را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>%1 (void: %2)</source>
        <translation>%1 (باطل: %2)</translation>
    </message>
    <message>
        <source>Nothing to take back.</source>
        <translation>چیزی برای برگرداندن نیست.</translation>
    </message>
    <message numerus="yes">
        <source>The last hand-out was recorded more than %n second(s) ago: choose it in the list and use Void… instead.</source>
        <translation>
            <numerusform>آخرین تحویل بیش از %n ثانیه پیش ثبت شده است: آن را در فهرست انتخاب کنید و به‌جای آن از «باطل کردن…» استفاده کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken back: %1 for %2</source>
        <translation>برگردانده شد: %1 برای %2</translation>
    </message>
    <message>
        <source>This hand-out is void already.</source>
        <translation>این تحویل پیش‌تر باطل شده است.</translation>
    </message>
    <message>
        <source>Void a hand-out</source>
        <translation>باطل کردن یک تحویل</translation>
    </message>
    <message>
        <source>Why is %1 for %2 void?</source>
        <translation>چرا %1 برای %2 باطل است؟</translation>
    </message>
    <message>
        <source>Void: %1 for %2 (%3)</source>
        <translation>باطل شد: %1 برای %2 (%3)</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>هنوز چیزی نیست</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Today at %1: %2
This session: %3</source>
        <translation>امروز در %1: %2
در این نشست: %3</translation>
    </message>
</context>
<context>
    <name>prihvat::FieldEditor</name>
    <message>
        <source>Filter: type a name</source>
        <translation>صافی: نامی را بنویسید</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>سن %1</translation>
    </message>
    <message>
        <source>registered at %1 on %2</source>
        <translation>ثبت‌شده در %1 در %2</translation>
    </message>
</context>
<context>
    <name>prihvat::FormView</name>
    <message>
        <source>Required</source>
        <translation>الزامی</translation>
    </message>
    <message>
        <source>Visible to protection officers only</source>
        <translation>فقط برای مسئولین حمایت قابل مشاهده است</translation>
    </message>
    <message>
        <source>Names and contact details are kept only with the person&apos;s consent.</source>
        <translation>نام‌ها و معلومات تماس فقط با رضایت شخص نگه داشته می‌شوند.</translation>
    </message>
</context>
<context>
    <name>prihvat::LoginWindow</name>
    <message>
        <source>Prihvat — log in</source>
        <translation>Prihvat — ورود</translation>
    </message>
    <message>
        <source>Prihvat</source>
        <translation>Prihvat</translation>
    </message>
    <message>
        <source>Log in to work with the records of this device.</source>
        <translation>برای کار با رکوردهای این دستگاه وارد شوید.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>در حال بررسی رمز عبور…</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>%n ثانیهٔ دیگر دوباره تلاش کنید.</numerusform>
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
        <translation>محل: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>زبان: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>در حال همگام‌سازی…</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>آخرین همگام‌سازی: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>هنوز همگام‌سازی نشده</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>قفل (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock now: the records are hidden until someone logs in again.</source>
        <translation>اکنون قفل کنید: رکوردها تا وقتی کسی دوباره وارد شود پنهان می‌مانند.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to sync: %n change(s) in %1</source>
        <translation>
            <numerusform>در انتظار همگام‌سازی: %n تغییر در %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n رکورد</numerusform>
        </translation>
    </message>
    <message>
        <source>Respondent:</source>
        <translation>پاسخ‌دهنده:</translation>
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
        <translation>زن</translation>
    </message>
    <message>
        <source>other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>about %1 years</source>
        <translation>حدود %1 سال</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>نام به خط خود شخص</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>تولد / سن</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>کشور اصلی</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>شناسه</translation>
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
        <translation>نام یا شناسه را بنویسید (به خط لاتین یا فارسی/عربی)…</translation>
    </message>
    <message>
        <source>Register new person</source>
        <translation>ثبت شخص جدید</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) registered on this device.</source>
        <translation>
            <numerusform>افراد ثبت‌شده روی این دستگاه: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No one found. Press Enter to register &quot;%1&quot; as a new person.</source>
        <translation>کسی پیدا نشد. برای ثبت &quot;%1&quot; به‌عنوان شخص جدید، Enter را بزنید.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es). Enter opens the first; arrow keys choose.</source>
        <translation>
            <numerusform>%n مورد پیدا شد. Enter اولی را باز می‌کند؛ با کلیدهای جهت‌نما انتخاب کنید.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prihvat::PersonProfilePage</name>
    <message>
        <source>Edit details</source>
        <translation>ویرایش مشخصات</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>ارزیابی</translation>
    </message>
    <message>
        <source>Record assistance</source>
        <translation>ثبت کمک</translation>
    </message>
    <message>
        <source>Request transport</source>
        <translation>درخواست انتقال</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>ارجاع</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>محل</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>شناسه: %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ثبت‌کننده</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>ثبت‌نام</translation>
    </message>
</context>
<context>
    <name>prihvat::RecordEditorPage</name>
    <message>
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>ذخیره (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>چیزی تغییر نکرده است.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n answer(s) need attention.</source>
        <translation>
            <numerusform>ذخیره نشد: %n پاسخ نیاز به بررسی دارد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them before leaving?</source>
        <translation>این رکورد تغییرات ذخیره‌نشده دارد. پیش از خروج ذخیره شوند؟</translation>
    </message>
    <message>
        <source>&amp;Respondent&apos;s language:</source>
        <translation>زبان پاسخ‌دهنده (&amp;R):</translation>
    </message>
    <message>
        <source>Your unsaved answers are back. They are not saved yet: Ctrl+S saves them.</source>
        <translation>پاسخ‌های ذخیره‌نشدهٔ شما برگشتند. هنوز ذخیره نشده‌اند: ‏Ctrl+S آن‌ها را ذخیره می‌کند.</translation>
    </message>
</context>
<context>
    <name>prihvat::RecordListModel</name>
    <message>
        <source>There is no form &quot;%1&quot;.</source>
        <translation>فورم &quot;%1&quot; وجود ندارد.</translation>
    </message>
    <message>
        <source>Person id: %1</source>
        <translation>شناسهٔ شخص: %1</translation>
    </message>
    <message>
        <source>Record id: %1</source>
        <translation>شناسهٔ رکورد: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>محل</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
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
        <translation>ارزیابی‌ها</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>کمک‌ها</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>ارجاع‌ها</translation>
    </message>
    <message>
        <source>Transport requests</source>
        <translation>درخواست‌های انتقال</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>%1 جدید</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Starts a new record with today&apos;s date and this site.</source>
        <translation>یک رکورد جدید با تاریخ امروز و همین محل شروع می‌کند.</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>محل (&amp;S):</translation>
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
        <translation>همهٔ محل‌ها</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>وضعیت (&amp;S):</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بدون محدودیت</translation>
    </message>
    <message>
        <source>Earliest date shown; the first date means no limit.</source>
        <translation>زودترین تاریخی که نشان داده می‌شود؛ کمترین تاریخ یعنی بدون محدودیت.</translation>
    </message>
    <message>
        <source>Latest date shown; the first date means no limit.</source>
        <translation>دیرترین تاریخی که نشان داده می‌شود؛ کمترین تاریخ یعنی بدون محدودیت.</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>رکوردها خوانده نشدند: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n رکورد</numerusform>
        </translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>امروز (&amp;D)</translation>
    </message>
    <message>
        <source>What was recorded today at this site</source>
        <translation>آنچه امروز در این محل ثبت شد</translation>
    </message>
</context>
<context>
    <name>prihvat::RespondentLanguagePicker</name>
    <message>
        <source>None</source>
        <translation>هیچ‌کدام</translation>
    </message>
    <message>
        <source>The respondent&apos;s language, shown beside each question</source>
        <translation>زبان پاسخ‌دهنده که کنار هر پرسش نشان داده می‌شود</translation>
    </message>
</context>
<context>
    <name>prihvat::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>این دستگاه</translation>
    </message>
    <message>
        <source>None</source>
        <translation>هیچ‌کدام</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>Site %1 (%2) · device %3 · data in %4</source>
        <translation>محل %1 (%2) · دستگاه %3 · داده‌ها در %4</translation>
    </message>
    <message>
        <source>&amp;Language of the application</source>
        <translation>زبان برنامه (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Respondent&apos;s language, shown beside each question</source>
        <translation>زبان پاسخ‌دهنده، که کنار هر پرسش نشان داده می‌شود (&amp;R)</translation>
    </message>
    <message>
        <source>Lock after this many &amp;idle minutes</source>
        <translation>قفل شدن پس از این تعداد دقیقه بدون فعالیت (&amp;I)</translation>
    </message>
</context>
<context>
    <name>prihvat::SetupDialog</name>
    <message>
        <source>Set up this device</source>
        <translation>راه‌اندازی این دستگاه</translation>
    </message>
    <message>
        <source>This laptop has no Prihvat data yet. Choose the site it works at; its records will be kept in %1.</source>
        <translation>این لپ‌تاپ هنوز دادهٔ Prihvat ندارد. محلی را که در آن کار می‌کند انتخاب کنید؛ رکوردهایش در %1 نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>محل</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>ساختن مدیر سیستم</translation>
    </message>
    <message>
        <source>The data folder %1 has no user yet. Create its administrator.</source>
        <translation>پوشهٔ داده‌ها %1 هنوز هیچ کاربری ندارد. مدیر سیستم آن را بسازید.</translation>
    </message>
    <message>
        <source>The first user is the administrator, who adds the other users. Choose a user name and a password of at least %1 characters; it cannot be recovered.</source>
        <translation>نخستین کاربر مدیر سیستم است و کاربران دیگر را او اضافه می‌کند. یک نام کاربری و یک رمز عبور با دست‌کم %1 نویسه انتخاب کنید؛ رمز عبور قابل بازیابی نیست.</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation>نام کاربری مدیر سیستم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>رمز عبور</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>تکرار رمز عبور</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>دو رمز عبور یکسان نیستند.</translation>
    </message>
</context>
<context>
    <name>prihvat::SyncClient</name>
    <message>
        <source>The answer from headquarters arrived damaged.</source>
        <translation>پاسخ دفتر مرکزی آسیب‌دیده رسید.</translation>
    </message>
    <message>
        <source>Headquarters did not answer in time.</source>
        <translation>دفتر مرکزی به‌موقع پاسخ نداد.</translation>
    </message>
    <message>
        <source>Headquarters cannot be reached (%1).</source>
        <translation>دسترسی به دفتر مرکزی ممکن نیست (%1).</translation>
    </message>
    <message>
        <source>The answer from headquarters was cut off (%1).</source>
        <translation>پاسخ دفتر مرکزی نیمه‌کاره قطع شد (%1).</translation>
    </message>
    <message>
        <source>Headquarters refused this device&apos;s credential: it may have been revoked. Ask headquarters to enrol the device again.</source>
        <translation>دفتر مرکزی اعتبارنامهٔ این دستگاه را نپذیرفت: شاید باطل شده باشد. از دفتر مرکزی بخواهید دستگاه را دوباره ثبت‌نام کند.</translation>
    </message>
    <message>
        <source>Headquarters found the request too large.</source>
        <translation>از نظر دفتر مرکزی این درخواست بیش از حد بزرگ است.</translation>
    </message>
    <message>
        <source>Headquarters is busy and asked this device to wait.</source>
        <translation>دفتر مرکزی مشغول است و از این دستگاه خواست صبر کند.</translation>
    </message>
    <message>
        <source>Headquarters has a problem (HTTP %1).</source>
        <translation>دفتر مرکزی با مشکلی روبه‌رو است (HTTP %1).</translation>
    </message>
    <message>
        <source>Headquarters refused the request (HTTP %1). Sync stopped; ask headquarters for help.</source>
        <translation>دفتر مرکزی درخواست را رد کرد (HTTP %1). همگام‌سازی متوقف شد؛ از دفتر مرکزی کمک بخواهید.</translation>
    </message>
    <message>
        <source>Headquarters refused the request (HTTP %1: %2). Sync stopped; ask headquarters for help.</source>
        <translation>دفتر مرکزی درخواست را رد کرد (HTTP %1: %2). همگام‌سازی متوقف شد؛ از دفتر مرکزی کمک بخواهید.</translation>
    </message>
    <message>
        <source>Too many enrolment attempts; try again in %1 seconds.</source>
        <translation>تلاش‌های ثبت‌نام بیش از حد بوده است؛ %1 ثانیهٔ دیگر دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Too many enrolment attempts; try again later.</source>
        <translation>تلاش‌های ثبت‌نام بیش از حد بوده است؛ بعداً دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Too large for headquarters to accept.</source>
        <translation>برای پذیرش در دفتر مرکزی بیش از حد بزرگ است.</translation>
    </message>
    <message>
        <source>The enrolment code is wrong, already used or expired. Ask headquarters for a new one.</source>
        <translation>کد ثبت‌نام نادرست است، قبلاً استفاده شده یا منقضی شده است. از دفتر مرکزی کد تازه بخواهید.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>%1 پس از %n بار تلاش، متوقف شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s); your changes are kept for the next sync.</source>
        <translation>
            <numerusform>%1 پس از %n بار تلاش، متوقف شد؛ تغییرات شما برای همگام‌سازی بعدی نگه داشته شده است.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Your changes are kept and sync will try again.</source>
        <translation>%1 تغییرات شما نگه داشته شده است و همگام‌سازی دوباره تلاش می‌کند.</translation>
    </message>
    <message>
        <source>A sync is under way; enrol when it is done.</source>
        <translation>همگام‌سازی در جریان است؛ پس از پایان آن ثبت‌نام کنید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; it looks like https://hq.example.org.</source>
        <translation>&quot;%1&quot; آدرس سرور نیست؛ آدرس سرور شبیه https://hq.example.org است.</translation>
    </message>
    <message>
        <source>The enrolment code is empty.</source>
        <translation>کد ثبت‌نام خالی است.</translation>
    </message>
    <message>
        <source>Headquarters answered the enrolment with something this device cannot read.</source>
        <translation>دفتر مرکزی به ثبت‌نام پاسخی داد که این دستگاه نمی‌تواند بخواند.</translation>
    </message>
    <message>
        <source>This device is not enrolled with headquarters yet, so it cannot sync.</source>
        <translation>این دستگاه هنوز در دفتر مرکزی ثبت‌نام نشده است، بنابراین نمی‌تواند همگام‌سازی کند.</translation>
    </message>
    <message>
        <source>Enrolment was cancelled.</source>
        <translation>ثبت‌نام لغو شد.</translation>
    </message>
    <message>
        <source>Sync was stopped before it finished. Your changes are kept.</source>
        <translation>همگام‌سازی پیش از پایان متوقف شد. تغییرات شما نگه داشته شده است.</translation>
    </message>
    <message>
        <source>The answer from headquarters could not be read.</source>
        <translation>پاسخ دفتر مرکزی خوانده نشد.</translation>
    </message>
    <message>
        <source>No network access is available to reach headquarters.</source>
        <translation>دسترسی به شبکه برای رسیدن به دفتر مرکزی وجود ندارد.</translation>
    </message>
    <message>
        <source>Headquarters did not show the certificate this device was enrolled with, so nothing was sent. Someone may be intercepting the connection; tell headquarters.</source>
        <translation>دفتر مرکزی گواهی‌ای را که این دستگاه با آن ثبت‌نام شده بود نشان نداد، پس چیزی فرستاده نشد. ممکن است کسی ارتباط را شنود کند؛ به دفتر مرکزی خبر دهید.</translation>
    </message>
    <message>
        <source>This device talks to headquarters only over https with the certificate it was enrolled with, and the server address is not https. Nothing was sent.</source>
        <translation>این دستگاه فقط از راه https و با گواهی‌ای که با آن ثبت‌نام شده است با دفتر مرکزی ارتباط می‌گیرد، و آدرس سرور https نیست. چیزی فرستاده نشد.</translation>
    </message>
    <message>
        <source>The part of the enrolment code after &quot;@&quot; is damaged; copy the whole code from headquarters again.</source>
        <translation>بخشی از کد ثبت‌نام که پس از &quot;@&quot; می‌آید آسیب دیده است؛ کل کد را دوباره از دفتر مرکزی کپی کنید.</translation>
    </message>
    <message>
        <source>This enrolment code is for a server with a certificate: its address must start with https://.</source>
        <translation>این کد ثبت‌نام برای سروری با گواهی است: آدرس آن باید با https:// شروع شود.</translation>
    </message>
    <message>
        <source>Headquarters has revoked this device: it may no longer sync. Ask headquarters what to do.</source>
        <translation>دفتر مرکزی ثبت‌نام این دستگاه را باطل کرده است: دیگر نمی‌تواند همگام‌سازی کند. از دفتر مرکزی بپرسید چه باید کرد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a plain http address: the device&apos;s credential and every answer would cross the network readable by anyone on the way. Use the https address of headquarters.</source>
        <translation>«%1» یک نشانی http ساده است: اعتبارنامهٔ دستگاه و هر پاسخ، خوانا برای هر کسی در مسیر، از شبکه می‌گذرند. نشانی https دفتر مرکزی را به کار ببرید.</translation>
    </message>
</context>
<context>
    <name>prihvat::SyncPage</name>
    <message>
        <source>Sync with headquarters</source>
        <translation>همگام‌سازی با دفتر مرکزی</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>دفتر مرکزی</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>آخرین همگام‌سازی موفق</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>تغییرات در انتظار ارسال</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>تعارض‌های نیازمند بررسی</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>همگام‌سازی فوری</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>زمان رد</translation>
    </message>
    <message>
        <source>Done: %1 sent, %2 received, %3 new conflicts, %4 refused.</source>
        <translation>انجام شد: %1 ارسال‌شده، %2 دریافت‌شده، %3 تعارض تازه، %4 ردشده.</translation>
    </message>
    <message>
        <source>Not finished: %1</source>
        <translation>ناتمام: %1</translation>
    </message>
    <message>
        <source>This device is not enrolled yet. Ask headquarters for a one-time code, then run: prihvat-cli enroll --server ADDRESS --code CODE</source>
        <translation>این دستگاه هنوز ثبت‌نام نشده است. از دفتر مرکزی یک کد یک‌بارمصرف بخواهید، سپس این فرمان را اجرا کنید: prihvat-cli enroll --server ADDRESS --code CODE</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source>Sync is not available in this window.</source>
        <translation>همگام‌سازی در این پنجره در دسترس نیست.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>در حال ثبت‌نام…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>در حال ارسال تغییرات…</translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation>در حال دریافت تغییرات…</translation>
    </message>
    <message>
        <source>Waiting to try again…</source>
        <translation>در انتظار تلاش دوباره…</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>آماده</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>حذف‌شده</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(بدون پاسخ)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حذف‌شده</translation>
    </message>
    <message>
        <source>Changes headquarters refused (%1)</source>
        <translation>تغییراتی که دفتر مرکزی رد کرد (%1)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>همگام‌سازی</translation>
    </message>
</context>
<context>
    <name>prihvat::TransportBoardPage</name>
    <message>
        <source>Transport requests</source>
        <translation>درخواست‌های انتقال</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>درخواست جدید (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>تأیید (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Depart (in transit)</source>
        <translation>حرکت (در راه) (&amp;D)</translation>
    </message>
    <message>
        <source>Co&amp;mplete (arrived)</source>
        <translation>تکمیل (رسیدند) (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>لغو درخواست (&amp;C)</translation>
    </message>
    <message>
        <source>Approve the selected request.</source>
        <translation>درخواست انتخاب‌شده را تأیید کنید.</translation>
    </message>
    <message>
        <source>The vehicle has left with the selected request&apos;s people.</source>
        <translation>وسیلهٔ نقلیه با افراد درخواست انتخاب‌شده حرکت کرده است.</translation>
    </message>
    <message>
        <source>The people of the selected request have arrived.</source>
        <translation>افراد درخواست انتخاب‌شده رسیده‌اند.</translation>
    </message>
    <message>
        <source>Cancel the selected request. A reason can be added by opening it.</source>
        <translation>درخواست انتخاب‌شده را لغو کنید. با باز کردن آن می‌توانید دلیلی اضافه کنید.</translation>
    </message>
    <message>
        <source>Select a request with the arrow keys (left and right change column); Enter opens it. The buttons move it to its next state.</source>
        <translation>با کلیدهای جهت‌نما یک درخواست را انتخاب کنید (چپ و راست ستون را عوض می‌کند)؛ Enter آن را باز می‌کند. دکمه‌ها آن را به وضعیت بعدی می‌برند.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… و %n مورد دیگر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 و %n نفر دیگر</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>درخواست %1</translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation>درخواست‌ها خوانده نشدند: %1</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>انتخاب‌شده: %1</translation>
    </message>
    <message>
        <source>No request selected.</source>
        <translation>هیچ درخواستی انتخاب نشده است.</translation>
    </message>
    <message>
        <source>This transport request no longer exists.</source>
        <translation>این درخواست انتقال دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The request for %1 is &quot;%2&quot; and cannot become &quot;%3&quot;.</source>
        <translation>درخواست %1 در وضعیت &quot;%2&quot; است و نمی‌تواند &quot;%3&quot; شود.</translation>
    </message>
    <message>
        <source>The request for %1 is now &quot;%2&quot;.</source>
        <translation>درخواست %1 اکنون در وضعیت &quot;%2&quot; است.</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>انتقال</translation>
    </message>
</context>
<context>
    <name>prihvat::UserDialog</name>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>رمز عبور اولیه</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>رمز عبور تازه</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>تکرار رمز عبور</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>افزودن کاربر</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>تغییر نقش %1</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>رمز عبور تازه برای %1</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>دو رمز عبور یکسان نیستند.</translation>
    </message>
</context>
<context>
    <name>prihvat::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>کاربران</translation>
    </message>
    <message>
        <source>The people who can log in on this device. Only protection officers see protection details; an account locked after wrong passwords opens again when you unlock it.</source>
        <translation>کسانی که می‌توانند روی این دستگاه وارد شوند. فقط مسئولین حمایت جزئیات حمایتی را می‌بینند؛ حسابی که پس از رمزهای عبور نادرست قفل شده است، وقتی قفلش را باز کنید دوباره کار می‌کند.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Wrong passwords</source>
        <translation>رمزهای عبور نادرست</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>قفل‌شده</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>افزودن کاربر…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>تغییر نقش…</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>رمز عبور تازه…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>باز کردن قفل</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>قفل‌شده پس از تلاش‌های نادرست</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>%1 با نقش %2 اضافه شد.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>نقش %1 اکنون %2 است.</translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation>%1 اکنون رمز عبور تازه دارد.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 دوباره می‌تواند وارد شود.</translation>
    </message>
    <message>
        <source>Remove a user</source>
        <translation>حذف کاربر</translation>
    </message>
    <message>
        <source>Remove %1? They will no longer be able to log in on this device. This cannot be undone.</source>
        <translation>%1 حذف شود؟ او دیگر نمی‌تواند روی این دستگاه وارد شود. این کار برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>%1 was not removed.</source>
        <translation>%1 حذف نشد.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 حذف شد.</translation>
    </message>
</context>
</TS>
