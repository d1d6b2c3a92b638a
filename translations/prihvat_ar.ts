<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Accounts</name>
    <message>
        <source>Only an administrator can manage users.</source>
        <translation>لا يستطيع إدارة المستخدمين إلا مدير النظام.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. An administrator can unlock it.</source>
        <translation>هذا الحساب مقفل بعد إدخال كلمة مرور خاطئة مرات كثيرة. يستطيع مدير النظام فتح قفله.</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>The keys of this data folder were destroyed (the device was revoked). Nothing in it can be opened any more.</source>
        <translation>أُتلفت مفاتيح مجلد البيانات هذا (أُلغي ربط الجهاز). لم يعد بالإمكان فتح أي شيء فيه.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a user name: use 1 to 64 letters, digits, dots, hyphens or underscores.</source>
        <translation>لا يمكن أن يكون &quot;%1&quot; اسم مستخدم: استخدم من 1 إلى 64 من الحروف أو الأرقام أو النقاط أو الشرطات أو الشرطات السفلية.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>يجب ألا يقل عدد أحرف كلمة المرور عن %1.</translation>
    </message>
    <message>
        <source>A password can have at most 1024 characters.</source>
        <translation>يجب ألا يزيد عدد أحرف كلمة المرور على 1024.</translation>
    </message>
    <message>
        <source>Reading the users</source>
        <translation>قراءة بيانات المستخدمين</translation>
    </message>
    <message>
        <source>The user %1 has an unknown role &quot;%2&quot;.</source>
        <translation>للمستخدم %1 دور غير معروف &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Saving the user</source>
        <translation>حفظ المستخدم</translation>
    </message>
    <message>
        <source>This data folder already has users; an administrator adds new ones.</source>
        <translation>في مجلد البيانات هذا مستخدمون بالفعل؛ ومدير النظام هو من يضيف المستخدمين الجدد.</translation>
    </message>
    <message>
        <source>The stored password of the user %1 is damaged.</source>
        <translation>كلمة المرور المحفوظة للمستخدم %1 تالفة.</translation>
    </message>
    <message>
        <source>Recording the login</source>
        <translation>تسجيل عملية الدخول</translation>
    </message>
    <message>
        <source>The data key of the user %1 is damaged and does not open.</source>
        <translation>مفتاح البيانات الخاص بالمستخدم %1 تالف ولا يُفتح.</translation>
    </message>
    <message>
        <source>There is already a user %1.</source>
        <translation>يوجد مستخدم باسم %1 بالفعل.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>لا يوجد مستخدم باسم %1.</translation>
    </message>
    <message>
        <source>%1 is the last administrator and cannot be removed.</source>
        <translation>%1 هو آخر مدير للنظام ولا يمكن إزالته.</translation>
    </message>
    <message>
        <source>Removing the user</source>
        <translation>إزالة المستخدم</translation>
    </message>
    <message>
        <source>%1 is the last administrator; make another user an administrator first.</source>
        <translation>%1 هو آخر مدير للنظام؛ اجعل مستخدمًا آخر مديرًا للنظام أولًا.</translation>
    </message>
    <message>
        <source>Only an administrator can set the password of another user.</source>
        <translation>لا يستطيع تعيين كلمة مرور مستخدم آخر إلا مدير النظام.</translation>
    </message>
    <message>
        <source>Saving the new password</source>
        <translation>حفظ كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Destroying the keys</source>
        <translation>إتلاف المفاتيح</translation>
    </message>
    <message>
        <source>The keys were destroyed, but another program holds the database open, so old copies may remain in its log until it closes.</source>
        <translation>أُتلفت المفاتيح، لكن برنامجًا آخر يُبقي قاعدة البيانات مفتوحة، لذا قد تبقى نسخ قديمة منها في ملف سجل قاعدة البيانات إلى أن يُغلَق ذلك البرنامج.</translation>
    </message>
    <message>
        <source>The password of this user is hashed with &quot;%1&quot;, which this version does not accept.</source>
        <translation>كلمة مرور هذا المستخدم مُجزّأة بالخوارزمية &quot;%1&quot;، وهذا الإصدار لا يقبلها.</translation>
    </message>
    <message>
        <source>The stored password parameters of this user are weaker than the minimum; the account is refused. An administrator must set a new password.</source>
        <translation>معاملات كلمة المرور المحفوظة لهذا المستخدم أضعف من الحد الأدنى؛ لذا رُفض الحساب. يجب أن يعيّن مدير النظام كلمة مرور جديدة.</translation>
    </message>
    <message>
        <source>The stored password parameters of this user are out of range; the account is refused.</source>
        <translation>معاملات كلمة المرور المحفوظة لهذا المستخدم خارج النطاق المسموح به؛ لذا رُفض الحساب.</translation>
    </message>
    <message>
        <source>The stored password salt of this user is damaged.</source>
        <translation>قيمة الملح (salt) المحفوظة لكلمة مرور هذا المستخدم تالفة.</translation>
    </message>
    <message>
        <source>There is not enough memory to check the password (Argon2id needs %1 MiB).</source>
        <translation>لا توجد ذاكرة كافية للتحقق من كلمة المرور (تحتاج Argon2id إلى %1 MiB).</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <source>mobile team</source>
        <translation>الفريق المتنقل</translation>
    </message>
    <message>
        <source>reception desk</source>
        <translation>مكتب الاستقبال</translation>
    </message>
    <message>
        <source>protection officer</source>
        <translation>مسؤول الحماية</translation>
    </message>
    <message>
        <source>Your access to the data is being renewed: another user of this data folder must log in first.</source>
        <translation>يجري تجديد صلاحية وصولك إلى البيانات: يجب أن يسجّل مستخدم آخر لمجلد البيانات هذا الدخول أولًا.</translation>
    </message>
    <message>
        <source>The recovery secret is not right.</source>
        <translation>سرّ الاسترداد غير صحيح.</translation>
    </message>
    <message>
        <source>This data folder has no recovery secret.</source>
        <translation>ليس لمجلد البيانات هذا سرّ استرداد.</translation>
    </message>
    <message>
        <source>Only an administrator&apos;s account can be recovered with the recovery secret.</source>
        <translation>لا يمكن استرداد إلا حساب مدير النظام بسرّ الاسترداد.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;prihvat-cli --help&quot; for the commands.</source>
        <translation>شغّل &quot;prihvat-cli --help&quot; لعرض الأوامر.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; a record is never that large.</source>
        <translation>حجم %1 أكبر من 16 MiB؛ ولا يبلغ أي سجل هذا الحجم أبدًا.</translation>
    </message>
    <message>
        <source>The input is larger than 16 MiB; a record is never that large.</source>
        <translation>حجم الإدخال أكبر من 16 MiB؛ ولا يبلغ أي سجل هذا الحجم أبدًا.</translation>
    </message>
    <message>
        <source>The input is not valid JSON (%1 at byte %2).</source>
        <translation>الإدخال ليس JSON صالحًا (%1 عند البايت %2).</translation>
    </message>
    <message>
        <source>The input must be a JSON object of field names and values.</source>
        <translation>يجب أن يكون الإدخال كائن JSON من أسماء الحقول وقيمها.</translation>
    </message>
    <message>
        <source>The site code of this device (see the reference data).</source>
        <translation>رمز موقع هذا الجهاز (انظر البيانات المرجعية).</translation>
    </message>
    <message>
        <source>Initialised %1 for site %2; device %3.</source>
        <translation>تمت تهيئة %1 للموقع %2؛ الجهاز %3.</translation>
    </message>
    <message>
        <source>The record&apos;s values as a JSON object, from FILE or - for standard input.</source>
        <translation>قيم السجل على شكل كائن JSON، من الملف FILE أو - للإدخال القياسي.</translation>
    </message>
    <message>
        <source>The form id: person, screening, assistance, transport, referral.</source>
        <translation>معرّف الاستمارة: person أو screening أو assistance أو transport أو referral.</translation>
    </message>
    <message>
        <source>Usage: add FORM --json FILE</source>
        <translation>طريقة الاستخدام: add FORM --json FILE</translation>
    </message>
    <message>
        <source>The fields to change as a JSON object, from FILE or - for standard input.</source>
        <translation>الحقول المطلوب تغييرها على شكل كائن JSON، من الملف FILE أو - للإدخال القياسي.</translation>
    </message>
    <message>
        <source>The record id.</source>
        <translation>معرّف السجل.</translation>
    </message>
    <message>
        <source>Usage: update ID --json FILE</source>
        <translation>طريقة الاستخدام: update ID --json FILE</translation>
    </message>
    <message>
        <source>Usage: delete ID</source>
        <translation>طريقة الاستخدام: delete ID</translation>
    </message>
    <message>
        <source>Usage: get ID</source>
        <translation>طريقة الاستخدام: get ID</translation>
    </message>
    <message>
        <source>No record has the id %1.</source>
        <translation>لا يوجد سجل بالمعرّف %1.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Print the records as a JSON array.</source>
        <translation>طباعة السجلات على شكل مصفوفة JSON.</translation>
    </message>
    <message>
        <source>At most N records (default 1000).</source>
        <translation>عدد السجلات بحد أقصى N (الافتراضي 1000).</translation>
    </message>
    <message>
        <source>Skip the first N records.</source>
        <translation>تخطّي أول N من السجلات.</translation>
    </message>
    <message>
        <source>The form id.</source>
        <translation>معرّف الاستمارة.</translation>
    </message>
    <message>
        <source>Usage: list FORM [--json] [--limit N] [--offset N]</source>
        <translation>طريقة الاستخدام: list FORM [--json] [--limit N] [--offset N]</translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;. The forms are: %2</source>
        <translation>استمارة غير معروفة &quot;%1&quot;. الاستمارات المتاحة: %2</translation>
    </message>
    <message>
        <source>Usage: count FORM</source>
        <translation>طريقة الاستخدام: count FORM</translation>
    </message>
    <message>
        <source>OK: %1; %2 changes waiting to sync.</source>
        <translation>سليم: %1؛ التغييرات بانتظار المزامنة: %2.</translation>
    </message>
    <message>
        <source>How many persons to create.</source>
        <translation>عدد الأشخاص المطلوب إنشاؤهم.</translation>
    </message>
    <message>
        <source>The random seed: the same seed gives the same data.</source>
        <translation>البذرة العشوائية: البذرة نفسها تعطي البيانات نفسها.</translation>
    </message>
    <message>
        <source>Usage: seed --persons N [--seed S], N from 1 to 10,000,000</source>
        <translation>طريقة الاستخدام: seed --persons N [--seed S]، حيث N من 1 إلى 10,000,000</translation>
    </message>
    <message>
        <source>Seeded %1 records (%2 persons) in %3 s: %4 records per second.</source>
        <translation>أُنشئت بيانات تجريبية: عدد السجلات %1 (عدد الأشخاص %2) خلال %3 ثانية، بمعدل %4 سجل في الثانية.</translation>
    </message>
    <message>
        <source>The headquarters address, such as https://hq.example.org.</source>
        <translation>عنوان المقر الرئيسي، مثل https://hq.example.org.</translation>
    </message>
    <message>
        <source>The one-time enrolment code from headquarters.</source>
        <translation>رمز الربط الصالح لمرة واحدة من المقر الرئيسي.</translation>
    </message>
    <message>
        <source>A name for this device (default: the computer&apos;s name).</source>
        <translation>اسم لهذا الجهاز (الافتراضي: اسم الحاسوب).</translation>
    </message>
    <message>
        <source>Usage: enroll --server URL --code CODE [--name NAME]</source>
        <translation>طريقة الاستخدام: enroll --server URL --code CODE [--name NAME]</translation>
    </message>
    <message>
        <source>Enrolled with %1 as device %2 for sites %3.</source>
        <translation>تم ربط الجهاز بـ %1 بصفته الجهاز %2 للمواقع %3.</translation>
    </message>
    <message>
        <source>Send each request at most N times when the server cannot be reached (default 4).</source>
        <translation>إرسال كل طلب N مرة كحد أقصى عندما يتعذّر الوصول إلى الخادم (الافتراضي 4).</translation>
    </message>
    <message>
        <source>Give up on a request after S seconds without an answer (default 30).</source>
        <translation>التخلي عن الطلب بعد S ثانية دون رد (الافتراضي 30).</translation>
    </message>
    <message>
        <source>Print the counts as a JSON object.</source>
        <translation>طباعة الأعداد على شكل كائن JSON.</translation>
    </message>
    <message>
        <source>Usage: sync [--attempts N] [--timeout S] [--json]</source>
        <translation>طريقة الاستخدام: sync [--attempts N] [--timeout S] [--json]</translation>
    </message>
    <message>
        <source>This data folder is not enrolled with headquarters. Run &quot;prihvat-cli enroll --server URL --code CODE&quot; first.</source>
        <translation>مجلد البيانات هذا غير مربوط بالمقر الرئيسي. شغّل أولًا &quot;prihvat-cli enroll --server URL --code CODE&quot;.</translation>
    </message>
    <message>
        <source>Attempt %1 failed: %2 Trying again in %3 s.</source>
        <translation>فشلت المحاولة %1: %2 ستُعاد المحاولة بعد %3 ثانية.</translation>
    </message>
    <message>
        <source>Pushed %1, pulled %2, conflicts %3, rejected %4.</source>
        <translation>أُرسل: %1، استُلم: %2، تعارضات: %3، مرفوض: %4.</translation>
    </message>
    <message>
        <source>%1 changes are kept on this device and will be sent by the next sync.</source>
        <translation>التغييرات المحفوظة على هذا الجهاز: %1، وستُرسَل في المزامنة التالية.</translation>
    </message>
    <message>
        <source>The data folder (default: %1).</source>
        <translation>مجلد البيانات (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>The language of messages: en, bs, ar, fa, ps, ur, fr.</source>
        <translation>لغة الرسائل: en أو bs أو ar أو fa أو ps أو ur أو fr.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>ما يجب فعله (انظر أعلاه).</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of en, bs, ar, fa, ps, ur, fr.</source>
        <translation>لغة غير معروفة &quot;%1&quot;؛ استخدم إحدى اللغات: en أو bs أو ar أو fa أو ps أو ur أو fr.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>لم يُحدَّد أي أمر.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>أمر غير معروف &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Audit trail: %1 entries, hash chain intact.</source>
        <translation>سجل التدقيق: عدد القيود %1، وسلسلة التجزئة سليمة.</translation>
    </message>
    <message>
        <source>Print the entries as a JSON array.</source>
        <translation>طباعة القيود على شكل مصفوفة JSON.</translation>
    </message>
    <message>
        <source>At most N entries, newest first (default 100).</source>
        <translation>عدد القيود بحد أقصى N، الأحدث أولًا (الافتراضي 100).</translation>
    </message>
    <message>
        <source>Usage: audit [--limit N] [--json]</source>
        <translation>طريقة الاستخدام: audit [--limit N] [--json]</translation>
    </message>
    <message>
        <source>No password given: set %1 or run the command in a terminal.</source>
        <translation>لم تُعطَ كلمة مرور: عيّن %1 أو شغّل الأمر في طرفية.</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>كلمة المرور نفسها مرة أخرى: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>كلمتا المرور مختلفتان؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>This data folder has no user yet. Create its administrator first: prihvat-cli --data-dir DIR user add NAME --role admin</source>
        <translation>لا يوجد في مجلد البيانات هذا أي مستخدم بعد. أنشئ مدير النظام الخاص به أولًا: prihvat-cli --data-dir DIR user add NAME --role admin</translation>
    </message>
    <message>
        <source>Give --user NAME: every command on this data folder needs a user and their password (from %1 or typed when asked).</source>
        <translation>حدِّد --user NAME: كل أمر على مجلد البيانات هذا يحتاج إلى مستخدم وكلمة مروره (من %1 أو تُكتب عند طلبها).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>كلمة المرور للمستخدم %1: </translation>
    </message>
    <message>
        <source>The administrator to create (password from PRIHVAT_PASSWORD, or asked twice).</source>
        <translation>مدير النظام المطلوب إنشاؤه (كلمة المرور من PRIHVAT_PASSWORD، أو تُطلب مرتين).</translation>
    </message>
    <message>
        <source>init needs --site CODE and --user NAME.</source>
        <translation>يحتاج الأمر init إلى --site CODE و--user NAME.</translation>
    </message>
    <message>
        <source>A password for the administrator %1: </source>
        <translation>كلمة مرور لمدير النظام %1: </translation>
    </message>
    <message>
        <source>Only a protection officer can see or change %1. Nothing was saved.</source>
        <translation>لا يستطيع رؤية %1 أو تغييره إلا مسؤول الحماية. لم يُحفَظ شيء.</translation>
    </message>
    <message>
        <source>Only an administrator can read the audit trail.</source>
        <translation>لا يستطيع قراءة سجل التدقيق إلا مدير النظام.</translation>
    </message>
    <message>
        <source>Reference data from headquarters: %1 changes.</source>
        <translation>البيانات المرجعية من المقر الرئيسي: عدد التغييرات %1.</translation>
    </message>
    <message>
        <source>The role: admin, mobile, desk or protection.</source>
        <translation>الدور: admin أو mobile أو desk أو protection.</translation>
    </message>
    <message>
        <source>Print the users as a JSON array.</source>
        <translation>طباعة المستخدمين على شكل مصفوفة JSON.</translation>
    </message>
    <message>
        <source>add, list, passwd, remove, role or unlock.</source>
        <translation>add أو list أو passwd أو remove أو role أو unlock.</translation>
    </message>
    <message>
        <source>Usage: user add NAME --role ROLE | user list [--json] | user passwd [NAME] | user remove NAME | user role NAME ROLE | user unlock NAME</source>
        <translation>طريقة الاستخدام: user add NAME --role ROLE | user list [--json] | user passwd [NAME] | user remove NAME | user role NAME ROLE | user unlock NAME</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use one of %2.</source>
        <translation>دور غير معروف &quot;%1&quot;؛ استخدم أحد الأدوار: %2.</translation>
    </message>
    <message>
        <source>This data folder has no user yet: the first one must be an administrator (--role admin).</source>
        <translation>لا يوجد في مجلد البيانات هذا أي مستخدم بعد: يجب أن يكون المستخدم الأول مدير النظام (--role admin).</translation>
    </message>
    <message>
        <source>A password for %1: </source>
        <translation>كلمة مرور للمستخدم %1: </translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>أُضيف %1 (%2).</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>A new password for %1: </source>
        <translation>كلمة مرور جديدة للمستخدم %1: </translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>غُيِّرت كلمة مرور %1.</translation>
    </message>
    <message>
        <source>Removed %1; their key to this data folder is destroyed.</source>
        <translation>أُزيل %1؛ وأُتلف مفتاحه إلى مجلد البيانات هذا.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>دور %1 الآن: %2.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>يستطيع %1 تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>ملف CSV المطلوب كتابته.</translation>
    </message>
    <message>
        <source>Usage: export --form FORM --out FILE</source>
        <translation>طريقة الاستخدام: export --form FORM --out FILE</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 records of %2 to %3.</source>
        <translation>صُدِّرت سجلات الاستمارة %2 إلى %3، وعددها %1.</translation>
    </message>
    <message>
        <source>%1 protection-sensitive fields were left out (protection officers only).</source>
        <translation>استُبعدت الحقول الحساسة المتعلقة بالحماية، وعددها %1 (مقصورة على مسؤولي الحماية).</translation>
    </message>
    <message>
        <source>Who is working: every command on a data folder needs a user and their password (from PRIHVAT_PASSWORD, or typed when asked).</source>
        <translation>مَن يعمل: كل أمر على مجلد بيانات يحتاج إلى مستخدم وكلمة مروره (من PRIHVAT_PASSWORD، أو تُكتب عند طلبها).</translation>
    </message>
    <message>
        <source>The keys of this data folder are destroyed: its records can no longer be opened by anyone.</source>
        <translation>أُتلفت مفاتيح مجلد البيانات هذا: لم يعد بإمكان أي أحد فتح سجلاته.</translation>
    </message>
    <message>
        <source>Removed %1 records past their retention period.</source>
        <translation>حُذف %1 من السجلات التي تجاوزت مدة الاحتفاظ بها.</translation>
    </message>
    <message>
        <source>Load form definitions from DIR instead of the built-in ones; their forms, fields and sensitivities must be the built-in ones.</source>
        <translation>تحميل تعريفات الاستمارات من DIR بدلاً من التعريفات المضمّنة؛ يجب أن تكون استماراتها وحقولها ودرجات حساسيتها هي نفسها المضمّنة.</translation>
    </message>
    <message>
        <source>Allow a plain http server address that is not on this computer (for tests only: the credential and the data would cross the network readable).</source>
        <translation>السماح بعنوان خادم http عادي ليس على هذا الحاسوب (للاختبارات فقط: ستعبر بيانات الاعتماد والبيانات الشبكة مقروءة).</translation>
    </message>
    <message>
        <source>Recovery secret of this data folder, shown only this once (write it down or print it, and keep it apart from this laptop): %1</source>
        <translation>سرّ الاسترداد لمجلد البيانات هذا، يُعرض هذه المرة فقط (اكتبه أو اطبعه، واحفظه بعيدًا عن هذا الحاسوب المحمول): %1</translation>
    </message>
    <message>
        <source>Usage: --user NAME recover</source>
        <translation>الاستخدام: --user NAME recover</translation>
    </message>
    <message>
        <source>Recovery secret: </source>
        <translation>سرّ الاسترداد: </translation>
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
        <translation>سطر أوامر Prihvat: عمليات على مجلد بيانات دون واجهة رسومية.

الأوامر:
  init --site CODE --user NAME  إنشاء مجلد البيانات لجهاز في موقع ما،
                              وإنشاء مدير النظام الخاص به
  add FORM --json FILE|-      التحقق من سجل جديد وحفظه؛ ويطبع معرّفه
  update ID --json FILE|-     تغيير الحقول المعطاة في سجل
  delete ID                   حذف سجل (مع الاحتفاظ بعلامة تدل على الحذف)
  get ID                      طباعة سجل على شكل JSON
  list FORM [--json]          سرد السجلات غير المحذوفة لاستمارة
  count FORM                  عدّ السجلات غير المحذوفة لاستمارة
  verify                      التحقق من السلامة والاتساق وسجل التدقيق
  audit [--limit N] [--json]  طباعة سجل التدقيق، الأحدث أولًا
  seed --persons N [--seed S] إضافة بيانات تجريبية واقعية
  forms                       سرد الاستمارات
  enroll --server URL --code CODE  ربط هذا الجهاز بالمقر الرئيسي
  sync [--json]               إرسال التغييرات المنتظرة واستلام التغييرات الجديدة
  export --form FORM --out FILE  كتابة السجلات غير المحذوفة لاستمارة بصيغة CSV
  user add NAME --role ROLE   إضافة مستخدم (admin أو mobile أو desk أو protection)
  user list | passwd [NAME] | remove NAME | role NAME ROLE | unlock NAME
  recover                     كلمة مرور جديدة لمدير النظام --user NAME، بسرّ
                              الاسترداد المعروض عند init (PRIHVAT_RECOVERY)

كل أمر على مجلد بيانات يحتاج إلى --user NAME (قبل الأمر) وإلى كلمة المرور،
من PRIHVAT_PASSWORD أو تُكتب عند طلبها؛ وكلمة مرور المستخدم الجديد تؤخذ
من PRIHVAT_NEW_PASSWORD أو تُطلب مرتين.

رموز الخروج: 0 تم، 1 فشل، 2 إدخال غير صالح (لم يُغيَّر شيء).</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Set-up was cancelled.</source>
        <translation>أُلغيت عملية الإعداد.</translation>
    </message>
    <message>
        <source>The data folder %1 is not set up.</source>
        <translation>مجلد البيانات %1 غير مُعَدّ.</translation>
    </message>
    <message>
        <source>The keys of this data folder were destroyed because headquarters revoked this device. Its records cannot be opened any more.</source>
        <translation>أُتلفت مفاتيح مجلد البيانات هذا لأن المقر الرئيسي ألغى ربط هذا الجهاز. لم يعد بالإمكان فتح سجلاته.</translation>
    </message>
    <message>
        <source>This data folder has no administrator yet. Start Prihvat without options to create one.</source>
        <translation>لا يوجد لمجلد البيانات هذا مدير نظام بعد. شغّل Prihvat دون خيارات لإنشائه.</translation>
    </message>
    <message>
        <source>The session was locked. Log in to go on.</source>
        <translation>قُفلت الجلسة. سجّل الدخول للمتابعة.</translation>
    </message>
    <message>
        <source>This device was revoked</source>
        <translation>أُلغي ربط هذا الجهاز</translation>
    </message>
    <message>
        <source>The keys of this data folder are destroyed now: its records can no longer be opened by anyone.</source>
        <translation>تُتلف مفاتيح مجلد البيانات هذا الآن: لن يتمكن أي أحد من فتح سجلاته بعد ذلك.</translation>
    </message>
    <message>
        <source>Recovery secret</source>
        <translation>سرّ الاسترداد</translation>
    </message>
    <message>
        <source>Write down or print this recovery secret and keep it apart from this laptop. With it, an administrator who forgot their password can set a new one (prihvat-cli recover). It is shown only this once.

%1</source>
        <translation>اكتب سرّ الاسترداد هذا أو اطبعه، واحفظه بعيدًا عن هذا الحاسوب المحمول. به يستطيع مدير النظام الذي نسي كلمة مروره أن يضع كلمة مرور جديدة (prihvat-cli recover). لا يُعرض إلا هذه المرة.

%1</translation>
    </message>
    <message>
        <source>You were filling in “%1” when the session was locked. It is not saved yet.</source>
        <translation>كنت تملأ «%1» عندما قُفلت الجلسة. لم يُحفظ بعد.</translation>
    </message>
    <message>
        <source>You were filling in “%1” for %2 when the session was locked. It is not saved yet.</source>
        <translation>كنت تملأ «%1» لـ %2 عندما قُفلت الجلسة. لم يُحفظ بعد.</translation>
    </message>
    <message>
        <source>Unsaved work</source>
        <translation>عمل غير محفوظ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>The record of this unsaved work no longer exists here.</source>
        <translation>السجل الخاص بهذا العمل غير المحفوظ لم يعد موجودًا هنا.</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>malformed number &apos;%1&apos; at position %2</source>
        <translation>رقم غير صالح &apos;%1&apos; في الموضع %2</translation>
    </message>
    <message>
        <source>number out of range at position %1</source>
        <translation>رقم خارج النطاق المسموح في الموضع %1</translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos; at position %2</source>
        <translation>رمز هروب غير صالح &apos;\%1&apos; في الموضع %2</translation>
    </message>
    <message>
        <source>unterminated string at position %1</source>
        <translation>نص غير مُغلق في الموضع %1</translation>
    </message>
    <message>
        <source>expected &apos;{&apos; after &apos;$&apos; at position %1</source>
        <translation>يُتوقَّع &apos;{&apos; بعد &apos;$&apos; في الموضع %1</translation>
    </message>
    <message>
        <source>unterminated field reference at position %1</source>
        <translation>إشارة إلى حقل غير مُغلقة في الموضع %1</translation>
    </message>
    <message>
        <source>invalid field name &apos;%1&apos; at position %2</source>
        <translation>اسم حقل غير صالح &apos;%1&apos; في الموضع %2</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos; at position %2</source>
        <translation>حرف غير متوقع &apos;%1&apos; في الموضع %2</translation>
    </message>
    <message>
        <source>unexpected end of expression</source>
        <translation>نهاية غير متوقعة للتعبير</translation>
    </message>
    <message>
        <source>unexpected string %1 at position %2</source>
        <translation>نص غير متوقع %1 في الموضع %2</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>&apos;%1&apos; غير متوقع في الموضع %2</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes no arguments, got %2 at position %3</source>
        <translation>الدالة &apos;%1&apos; لا تأخذ أي وسيطات، ولكن أُعطيت %2 في الموضع %3</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes 1 argument, got %2 at position %3</source>
        <translation>الدالة &apos;%1&apos; تأخذ وسيطة واحدة، ولكن أُعطيت %2 في الموضع %3</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; takes %4 arguments, got %2 at position %3</source>
        <translation>الدالة &apos;%1&apos; تأخذ %4 وسيطات، ولكن أُعطيت %2 في الموضع %3</translation>
    </message>
    <message>
        <source>expression nested too deeply at position %1</source>
        <translation>التعبير متداخل بعمق زائد في الموضع %1</translation>
    </message>
    <message>
        <source>expression too long at position %1</source>
        <translation>التعبير طويل جدًا في الموضع %1</translation>
    </message>
    <message>
        <source>comparisons cannot be chained: &apos;%1&apos; at position %2</source>
        <translation>لا يمكن تسلسل المقارنات: &apos;%1&apos; في الموضع %2</translation>
    </message>
    <message>
        <source>function &apos;%1&apos; at position %2 must be followed by &apos;(&apos;</source>
        <translation>يجب أن يأتي &apos;(&apos; بعد الدالة &apos;%1&apos; في الموضع %2</translation>
    </message>
    <message>
        <source>unknown name &apos;%1&apos; at position %2 (fields are written ${%1})</source>
        <translation>اسم غير معروف &apos;%1&apos; في الموضع %2 (تُكتب الحقول بالشكل ${%1})</translation>
    </message>
    <message>
        <source>unknown function &apos;%1&apos; at position %2</source>
        <translation>دالة غير معروفة &apos;%1&apos; في الموضع %2</translation>
    </message>
    <message>
        <source>empty expression</source>
        <translation>التعبير فارغ</translation>
    </message>
</context>
<context>
    <name>FormLoader</name>
    <message>
        <source>%1 has an unknown key &quot;%2&quot;</source>
        <translation>يحتوي %1 على مفتاح غير معروف &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>choices must be a non-empty list</source>
        <translation>يجب أن تكون choices قائمة غير فارغة</translation>
    </message>
    <message>
        <source>a choice</source>
        <translation>خيار</translation>
    </message>
    <message>
        <source>choice value &quot;%1&quot; must use only a-z, 0-9 and _</source>
        <translation>يجب أن تستخدم قيمة الخيار &quot;%1&quot; الأحرف a-z و0-9 و_ فقط</translation>
    </message>
    <message>
        <source>choice value &quot;%1&quot; appears twice</source>
        <translation>قيمة الخيار &quot;%1&quot; مكررة</translation>
    </message>
    <message>
        <source>the label of choice &quot;%1&quot;</source>
        <translation>تسمية الخيار &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>يجب أن يكون %1 نصًا</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; must be a number</source>
        <translation>يجب أن يكون القيد &quot;%1&quot; رقمًا</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; must be a date YYYY-MM-DD</source>
        <translation>يجب أن يكون القيد &quot;%1&quot; تاريخًا بالشكل YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a constraint must be an object</source>
        <translation>يجب أن يكون القيد كائنًا</translation>
    </message>
    <message>
        <source>a constraint</source>
        <translation>قيد</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; belongs on a field, not on the form</source>
        <translation>القيد &quot;%1&quot; يوضع على حقل، لا على الاستمارة</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; does not apply to a %2 field</source>
        <translation>القيد &quot;%1&quot; لا ينطبق على حقل من النوع %2</translation>
    </message>
    <message>
        <source>constraint &quot;range&quot; needs &quot;min&quot; or &quot;max&quot;</source>
        <translation>يحتاج القيد &quot;range&quot; إلى &quot;min&quot; أو &quot;max&quot;</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; needs &quot;min&quot; or &quot;max&quot;</source>
        <translation>يحتاج القيد &quot;%1&quot; إلى &quot;min&quot; أو &quot;max&quot;</translation>
    </message>
    <message>
        <source>constraint &quot;pattern&quot; needs a &quot;regex&quot;</source>
        <translation>يحتاج القيد &quot;pattern&quot; إلى &quot;regex&quot;</translation>
    </message>
    <message>
        <source>constraint &quot;pattern&quot; has an invalid regular expression: %1</source>
        <translation>في القيد &quot;pattern&quot; تعبير نمطي غير صالح: %1</translation>
    </message>
    <message>
        <source>constraint expression</source>
        <translation>تعبير القيد</translation>
    </message>
    <message>
        <source>constraint &quot;expression&quot; needs a &quot;message&quot;</source>
        <translation>يحتاج القيد &quot;expression&quot; إلى &quot;message&quot;</translation>
    </message>
    <message>
        <source>unknown constraint kind &quot;%1&quot;</source>
        <translation>نوع قيد غير معروف &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the constraint message</source>
        <translation>رسالة القيد</translation>
    </message>
    <message>
        <source>&quot;field&quot; belongs only on form-level constraints</source>
        <translation>لا يوضع &quot;field&quot; إلا في القيود على مستوى الاستمارة</translation>
    </message>
    <message>
        <source>the default value does not fit a %1 field</source>
        <translation>القيمة الافتراضية لا تناسب حقلًا من النوع %1</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: تعذّرت القراءة: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: ليس JSON صالحًا عند البايت %2: %3</translation>
    </message>
    <message>
        <source>%1: the definition must be a JSON object</source>
        <translation>%1: يجب أن يكون التعريف كائن JSON</translation>
    </message>
    <message>
        <source>the form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a name of a-z, 0-9 and _</source>
        <translation>يجب أن يكون &quot;id&quot; اسمًا من الأحرف a-z و0-9 و_</translation>
    </message>
    <message>
        <source>&quot;id&quot; is &quot;%1&quot; but the file should then be named %2</source>
        <translation>قيمة &quot;id&quot; هي &quot;%1&quot;، لذا يجب أن يكون اسم الملف %2</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number of at least 1</source>
        <translation>يجب أن يكون &quot;version&quot; عددًا صحيحًا لا يقل عن 1</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>&quot;fields&quot; must be a non-empty list</source>
        <translation>يجب أن يكون &quot;fields&quot; قائمة غير فارغة</translation>
    </message>
    <message>
        <source>the field name must be made of a-z, 0-9 and _, starting with a letter</source>
        <translation>يجب أن يتكوّن اسم الحقل من a-z و0-9 و_، وأن يبدأ بحرف</translation>
    </message>
    <message>
        <source>the field name is used twice</source>
        <translation>اسم الحقل مستخدم مرتين</translation>
    </message>
    <message>
        <source>the field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;</source>
        <translation>نوع غير معروف &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>the hint</source>
        <translation>التلميح</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>يجب أن تكون قيمة &quot;%1&quot; نعم أو لا (true أو false)</translation>
    </message>
    <message>
        <source>&quot;sensitivity&quot; must be identifying, protection or facet</source>
        <translation>يجب أن تكون قيمة &quot;sensitivity&quot; إحدى القيم identifying أو protection أو facet</translation>
    </message>
    <message>
        <source>%1 needs exactly one of &quot;choices&quot;, &quot;choice_list&quot; or &quot;reference&quot;</source>
        <translation>يحتاج %1 إلى واحد فقط من &quot;choices&quot; أو &quot;choice_list&quot; أو &quot;reference&quot;</translation>
    </message>
    <message>
        <source>unknown choice list &quot;%1&quot;</source>
        <translation>قائمة خيارات غير معروفة &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown reference data &quot;%1&quot;</source>
        <translation>بيانات مرجعية غير معروفة &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only select_one and select_multiple fields have choices</source>
        <translation>الخيارات مقصورة على حقول select_one وselect_multiple</translation>
    </message>
    <message>
        <source>a note holds no value, so it cannot be required or have a default</source>
        <translation>الملاحظة لا تحمل قيمة، لذا لا يمكن أن تكون مطلوبة أو أن تكون لها قيمة افتراضية</translation>
    </message>
    <message>
        <source>&quot;relevant&quot;</source>
        <translation>&quot;relevant&quot;</translation>
    </message>
    <message>
        <source>&quot;constraints&quot; must be a list</source>
        <translation>يجب أن يكون &quot;constraints&quot; قائمة</translation>
    </message>
    <message>
        <source>form-level constraints must be of kind &quot;expression&quot;</source>
        <translation>يجب أن تكون القيود على مستوى الاستمارة من النوع &quot;expression&quot;</translation>
    </message>
    <message>
        <source>form-level constraint names unknown field &quot;%1&quot;</source>
        <translation>قيد على مستوى الاستمارة يشير إلى حقل غير معروف &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the expression &quot;%1&quot; refers to unknown field &quot;%2&quot;</source>
        <translation>التعبير &quot;%1&quot; يشير إلى حقل غير معروف &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the expression &quot;%1&quot; refers to note &quot;%2&quot;, which has no value</source>
        <translation>التعبير &quot;%1&quot; يشير إلى الملاحظة &quot;%2&quot; التي لا تحمل قيمة</translation>
    </message>
    <message>
        <source>&quot;keys&quot;</source>
        <translation>&quot;keys&quot;</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must name a field</source>
        <translation>يجب أن يشير المفتاح &quot;%1&quot; إلى حقل</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; names unknown field &quot;%2&quot;</source>
        <translation>المفتاح &quot;%1&quot; يشير إلى حقل غير معروف &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cannot be key &quot;%1&quot;: it is a %2 field</source>
        <translation>لا يمكن أن يكون المفتاح &quot;%1&quot;: إنه حقل من النوع %2</translation>
    </message>
    <message>
        <source>cannot be key &quot;site&quot;: a choice of site must use the reference data &quot;sites&quot;</source>
        <translation>لا يمكن أن يكون المفتاح &quot;site&quot;: يجب أن يستخدم اختيار الموقع البيانات المرجعية &quot;sites&quot;</translation>
    </message>
    <message>
        <source>&quot;states&quot;</source>
        <translation>&quot;states&quot;</translation>
    </message>
    <message>
        <source>the state field must be a select_one field with choices</source>
        <translation>يجب أن يكون حقل الحالة حقلًا من النوع select_one له خيارات</translation>
    </message>
    <message>
        <source>the initial state &quot;%1&quot; is not one of the field&apos;s choices</source>
        <translation>الحالة الأولية &quot;%1&quot; ليست من خيارات الحقل</translation>
    </message>
    <message>
        <source>state &quot;%1&quot; has no entry in &quot;transitions&quot;</source>
        <translation>الحالة &quot;%1&quot; ليس لها إدخال في &quot;transitions&quot;</translation>
    </message>
    <message>
        <source>&quot;transitions&quot; names unknown state &quot;%1&quot;</source>
        <translation>يشير &quot;transitions&quot; إلى حالة غير معروفة &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;stamps&quot; names unknown state &quot;%1&quot;</source>
        <translation>يشير &quot;stamps&quot; إلى حالة غير معروفة &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;stamps&quot; must name datetime fields, not &quot;%1&quot;</source>
        <translation>يجب أن يشير &quot;stamps&quot; إلى حقول من النوع datetime، وليس &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1: الحقل &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>must be an object with a text for each language</source>
        <translation>يجب أن يكون كائنًا يحتوي نصًا لكل لغة</translation>
    </message>
    <message>
        <source>has no text in language &quot;%1&quot;</source>
        <translation>لا يحتوي نصًا باللغة &quot;%1&quot;</translation>
    </message>
    <message>
        <source>has an unknown language &quot;%1&quot;</source>
        <translation>يحتوي لغة غير معروفة &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;records_actor_of&quot; belongs on a read-only text field and lists field names</source>
        <translation>يوضع &quot;records_actor_of&quot; على حقل نصي للقراءة فقط، ويسرد أسماء حقول</translation>
    </message>
    <message>
        <source>&quot;records_actor_of&quot; names unknown field &quot;%1&quot;</source>
        <translation>&quot;records_actor_of&quot; يشير إلى حقل غير معروف &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot be key &quot;%1&quot;: its sensitivity is &quot;%2&quot;, and keys are stored in clear</source>
        <translation>لا يمكن أن يكون المفتاح &quot;%1&quot;: درجة حساسيته &quot;%2&quot;، والمفاتيح تُخزَّن دون تشفير</translation>
    </message>
</context>
<context>
    <name>FormRegistry</name>
    <message>
        <source>No form definitions found in %1</source>
        <translation>لم يُعثر على أي تعريفات للاستمارات في %1</translation>
    </message>
    <message>
        <source>the built-in form &quot;%1&quot; is missing; a folder of form definitions must hold every built-in form.</source>
        <translation>الاستمارة المضمّنة «%1» غير موجودة؛ يجب أن يحتوي مجلد تعريفات الاستمارات على كل الاستمارات المضمّنة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a built-in form; only the built-in forms can be loaded from a folder.</source>
        <translation>«%1» ليست استمارة مضمّنة؛ لا يمكن تحميل إلا الاستمارات المضمّنة من مجلد.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not in the built-in form; fields and their sensitivity come only with a new version of Prihvat.</source>
        <translation>الحقل «%1» غير موجود في الاستمارة المضمّنة؛ الحقول ودرجة حساسيتها لا تأتي إلا مع إصدار جديد من Prihvat.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must stay %2 and &quot;%3&quot; as in the built-in form; sensitivity comes only with a new version of Prihvat.</source>
        <translation>يجب أن يبقى الحقل «%1» من النوع %2 وبحساسية «%3» كما في الاستمارة المضمّنة؛ الحساسية لا تأتي إلا مع إصدار جديد من Prihvat.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; of the built-in form is missing.</source>
        <translation>الحقل «%1» من الاستمارة المضمّنة غير موجود.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>(no name kept: no consent)</source>
        <translation>(لم يُحفظ الاسم: لا توجد موافقة)</translation>
    </message>
</context>
<context>
    <name>ProtectionUpgrade</name>
    <message>
        <source>Could not look for protection categories to move</source>
        <translation>تعذّر البحث عن فئات الحماية المطلوب نقلها</translation>
    </message>
</context>
<context>
    <name>RecordService</name>
    <message>
        <source>The %1 record was not saved:</source>
        <translation>لم يُحفظ سجل %1:</translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;. The forms are: %2</source>
        <translation>استمارة غير معروفة &quot;%1&quot;. الاستمارات المتاحة: %2</translation>
    </message>
    <message>
        <source>Is set by the application, not typed.</source>
        <translation>يضبطه التطبيق تلقائيًا، ولا يُكتب يدويًا.</translation>
    </message>
    <message>
        <source>A new record starts as &quot;%1&quot;.</source>
        <translation>يبدأ كل سجل جديد بالحالة &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Record %1 has been deleted and cannot be changed.</source>
        <translation>السجل %1 محذوف ولا يمكن تغييره.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is final; the state cannot change any more.</source>
        <translation>الحالة &quot;%1&quot; نهائية؛ لا يمكن تغييرها بعد الآن.</translation>
    </message>
    <message>
        <source>Cannot go from &quot;%1&quot; to &quot;%2&quot;; allowed next: %3.</source>
        <translation>لا يمكن الانتقال من &quot;%1&quot; إلى &quot;%2&quot;؛ الحالات التالية المسموح بها: %3.</translation>
    </message>
    <message>
        <source>Record %1 is already deleted.</source>
        <translation>السجل %1 محذوف بالفعل.</translation>
    </message>
    <message>
        <source>No record has the id %1.</source>
        <translation>لا يوجد سجل بالمعرّف %1.</translation>
    </message>
    <message>
        <source>This person has not given consent (or has withdrawn it), so only answers for counting can be kept; leave this empty.</source>
        <translation>لم يعطِ هذا الشخص موافقته (أو سحبها)، لذا لا يمكن الاحتفاظ إلا بالإجابات المستخدمة في العدّ؛ اترك هذا الحقل فارغًا.</translation>
    </message>
    <message>
        <source>Only a protection officer can see or change %1. Nothing was saved.</source>
        <translation>لا يستطيع رؤية %1 أو تغييره إلا مسؤول الحماية. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>This change would clear answers that only a protection officer can see or change. Nothing was saved: ask a protection officer to make this change.</source>
        <translation>هذا التغيير سيمحو إجابات لا يستطيع رؤيتها أو تغييرها إلا مسؤول الحماية. لم يُحفظ شيء: اطلب من مسؤول الحماية إجراء هذا التغيير.</translation>
    </message>
    <message>
        <source>This record holds answers that only a protection officer can see; only a protection officer can delete it. Nothing was deleted.</source>
        <translation>يحتوي هذا السجل على إجابات لا يراها إلا مسؤول الحماية؛ ولا يستطيع حذفه إلا مسؤول الحماية. لم يُحذف شيء.</translation>
    </message>
</context>
<context>
    <name>RecordSummary</name>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Reference data %1 cannot be read: %2</source>
        <translation>تعذّرت قراءة البيانات المرجعية %1: %2</translation>
    </message>
    <message>
        <source>Reference data %1 is not valid JSON: %2</source>
        <translation>البيانات المرجعية %1 ليست JSON صالحًا: %2</translation>
    </message>
    <message>
        <source>Reference data %1: %2</source>
        <translation>البيانات المرجعية %1: %2</translation>
    </message>
    <message>
        <source>every site needs a code, a name and a kind (centre or outreach)</source>
        <translation>يحتاج كل موقع إلى رمز واسم ونوع (centre للمركز أو outreach للعمل الميداني)</translation>
    </message>
    <message>
        <source>every entry needs a code and a name</source>
        <translation>يحتاج كل إدخال إلى رمز واسم</translation>
    </message>
    <message>
        <source>item &quot;%1&quot;: %2</source>
        <translation>الصنف &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>service &quot;%1&quot;: %2</source>
        <translation>الخدمة &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>every provider needs a code and a name</source>
        <translation>يحتاج كل مقدّم خدمة إلى رمز واسم</translation>
    </message>
    <message>
        <source>the set is empty</source>
        <translation>المجموعة فارغة</translation>
    </message>
    <message>
        <source>it needs an assistance type</source>
        <translation>يحتاج إلى نوع مساعدة</translation>
    </message>
    <message>
        <source>a retention period needs a form and a whole number of days from 1 to 36500</source>
        <translation>تحتاج مدة الاحتفاظ إلى استمارة وعدد صحيح من الأيام من 1 إلى 36500</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a set headquarters manages</source>
        <translation>&quot;%1&quot; ليست مجموعة يديرها المقر الرئيسي</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; appears twice</source>
        <translation>الرمز &quot;%1&quot; مكرر مرتين</translation>
    </message>
</context>
<context>
    <name>Reseal</name>
    <message>
        <source>Re-sealing answers under the newest keys: %1 of %2 rows.</source>
        <translation>تجري إعادة ختم الإجابات بأحدث المفاتيح: %1 من %2 صفًّا.</translation>
    </message>
</context>
<context>
    <name>RetentionPurge</name>
    <message>
        <source>Could not start the purge</source>
        <translation>تعذّر بدء الحذف النهائي</translation>
    </message>
    <message>
        <source>Could not prepare the purge</source>
        <translation>تعذّر التحضير للحذف النهائي</translation>
    </message>
    <message>
        <source>Could not find old records</source>
        <translation>تعذّر العثور على السجلات القديمة</translation>
    </message>
    <message>
        <source>Could not remove an old record</source>
        <translation>تعذّرت إزالة سجل قديم</translation>
    </message>
    <message>
        <source>Could not finish the purge</source>
        <translation>تعذّر إنهاء الحذف النهائي</translation>
    </message>
    <message>
        <source>Could not clear the journal after the purge</source>
        <translation>تعذّر مسح ملف اليومية (journal) بعد الحذف النهائي</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>There is not enough memory to hold a key.</source>
        <translation>لا توجد ذاكرة كافية للاحتفاظ بمفتاح.</translation>
    </message>
    <message>
        <source>The data is locked.</source>
        <translation>البيانات مقفلة.</translation>
    </message>
    <message>
        <source>A sealed answer is not in the sealed format.</source>
        <translation>إحدى الإجابات المشفّرة ليست بصيغة التشفير الصحيحة.</translation>
    </message>
    <message>
        <source>A sealed answer is damaged.</source>
        <translation>إحدى الإجابات المشفّرة تالفة.</translation>
    </message>
    <message>
        <source>A sealed answer does not open with this key.</source>
        <translation>إحدى الإجابات المشفّرة لا تُفتح بهذا المفتاح.</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>تعذّر تشغيل مكتبة التشفير.</translation>
    </message>
    <message>
        <source>A key has the wrong length.</source>
        <translation>طول أحد المفاتيح غير صحيح.</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The seeder needs &quot;%1&quot; in the reference set &quot;%2&quot;, which does not have it.</source>
        <translation>يحتاج مولّد البيانات التجريبية إلى &quot;%1&quot; في المجموعة المرجعية &quot;%2&quot;، وهي لا تحتويه.</translation>
    </message>
    <message>
        <source>The seeder needs at least one reception centre and one outreach site in the reference data.</source>
        <translation>يحتاج مولّد البيانات التجريبية إلى مركز استقبال واحد وموقع عمل ميداني واحد على الأقل في البيانات المرجعية.</translation>
    </message>
    <message>
        <source>The seeder made a %1 record that does not pass validation; the seeder needs fixing. %2</source>
        <translation>أنشأ مولّد البيانات التجريبية سجل %1 لا يجتاز التحقق؛ يجب إصلاح المولّد. %2</translation>
    </message>
    <message>
        <source>The number of persons to seed must be at least 1.</source>
        <translation>يجب ألا يقل عدد الأشخاص في البيانات التجريبية عن 1.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ملف وليس مجلدًا.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>تعذّر إنشاء مجلد البيانات %1.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be made private.</source>
        <translation>تعذّر جعل مجلد البيانات %1 خاصًا (مقصورًا على المستخدم).</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Prihvat (schema %1; this version knows up to %2). Update Prihvat.</source>
        <translation>كُتبت قاعدة البيانات بإصدار أحدث من Prihvat (المخطط %1؛ وهذا الإصدار يعرف حتى المخطط %2). حدِّث Prihvat.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>فشل ترقية قاعدة البيانات إلى المخطط %1: %2</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>تعذّر فتح قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>%1: the disk is full. Nothing was saved; free some space and try again.</source>
        <translation>%1: القرص ممتلئ. لم يُحفظ أي شيء؛ أفرغ بعض المساحة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>%1: the database file is damaged (%2).</source>
        <translation>%1: ملف قاعدة البيانات تالف (%2).</translation>
    </message>
    <message>
        <source>%1: the disk reported an error (%2). Nothing was saved.</source>
        <translation>%1: أبلغ القرص عن خطأ (%2). لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>%1: the database is busy in another program. Try again.</source>
        <translation>%1: قاعدة البيانات مشغولة ببرنامج آخر. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>%1: the database cannot be written to (%2).</source>
        <translation>%1: تتعذّر الكتابة في قاعدة البيانات (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Writing settings</source>
        <translation>كتابة الإعدادات</translation>
    </message>
    <message>
        <source>Reading settings</source>
        <translation>قراءة الإعدادات</translation>
    </message>
    <message>
        <source>The database has no device id or site: it was not made by &quot;init&quot; or is damaged.</source>
        <translation>لا يوجد في قاعدة البيانات معرّف جهاز أو موقع: لم تُنشأ بالأمر &quot;init&quot; أو أنها تالفة.</translation>
    </message>
    <message>
        <source>Unknown site code &quot;%1&quot;. Known sites: %2</source>
        <translation>رمز موقع غير معروف &quot;%1&quot;. المواقع المعروفة: %2</translation>
    </message>
    <message>
        <source>%1 already holds a Prihvat database; nothing was changed.</source>
        <translation>يحتوي %1 على قاعدة بيانات Prihvat بالفعل؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>%1 holds no Prihvat database. Create one with &quot;init&quot;.</source>
        <translation>لا يحتوي %1 على قاعدة بيانات Prihvat. أنشئ واحدة بالأمر &quot;init&quot;.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). It has not been changed. Keep a copy of the folder and restore the latest backup, or ask headquarters for help.</source>
        <translation>قاعدة البيانات %1 تالفة (%2). لم تُغيَّر. احتفظ بنسخة من المجلد واسترجع أحدث نسخة احتياطية، أو اطلب المساعدة من المقر الرئيسي.</translation>
    </message>
    <message>
        <source>it does not start like an SQLite database</source>
        <translation>بدايته لا تشبه قاعدة بيانات SQLite</translation>
    </message>
    <message>
        <source>it holds no Prihvat schema; &quot;init&quot; was probably interrupted. Move the file away and run &quot;init&quot; again</source>
        <translation>لا يحتوي على مخطط Prihvat؛ يبدو أن الأمر &quot;init&quot; قد توقف قبل اكتماله. انقل الملف إلى مكان آخر وشغّل &quot;init&quot; مرة أخرى</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Prihvat (schema %1; this version knows up to %2). Update Prihvat; the file has not been changed.</source>
        <translation>كُتبت قاعدة البيانات بإصدار أحدث من Prihvat (المخطط %1؛ وهذا الإصدار يعرف حتى المخطط %2). حدِّث Prihvat؛ لم يُغيَّر الملف.</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Reading a record</source>
        <translation>قراءة سجل</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>الحفظ</translation>
    </message>
    <message>
        <source>Unknown form &quot;%1&quot;.</source>
        <translation>استمارة غير معروفة &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The device id &quot;%1&quot; from headquarters is not a UUID.</source>
        <translation>معرّف الجهاز &quot;%1&quot; الوارد من المقر الرئيسي ليس UUID.</translation>
    </message>
    <message>
        <source>Saving the enrolment</source>
        <translation>حفظ بيانات ربط الجهاز</translation>
    </message>
    <message>
        <source>Listing records</source>
        <translation>عرض السجلات</translation>
    </message>
    <message>
        <source>Counting records</source>
        <translation>عدّ السجلات</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>فحص قاعدة البيانات</translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation>سلامة SQLite: %1</translation>
    </message>
    <message>
        <source>Schema version %1, expected %2.</source>
        <translation>إصدار المخطط %1، والمتوقع %2.</translation>
    </message>
    <message>
        <source>Record %1: the id is not a UUID.</source>
        <translation>السجل %1: المعرّف ليس UUID.</translation>
    </message>
    <message>
        <source>Record %1: unknown form &quot;%2&quot;.</source>
        <translation>السجل %1: استمارة غير معروفة &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Record %1: its values or stamps are not valid JSON.</source>
        <translation>السجل %1: قيمه أو أختامه الزمنية ليست JSON صالحًا.</translation>
    </message>
    <message>
        <source>Record %1: its clock stamp is malformed.</source>
        <translation>السجل %1: ختمه الزمني مشوّه.</translation>
    </message>
    <message>
        <source>Record %1: the index column for &quot;%2&quot; does not match its value.</source>
        <translation>السجل %1: عمود الفهرس الخاص بـ &quot;%2&quot; لا يطابق قيمته.</translation>
    </message>
    <message>
        <source>Record %1: value for unknown field &quot;%2&quot;.</source>
        <translation>السجل %1: قيمة لحقل غير معروف &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Checking records</source>
        <translation>فحص السجلات</translation>
    </message>
    <message>
        <source>%1 outbox changes belong to no record.</source>
        <translation>تغييرات في قائمة التغييرات الصادرة لا تتبع أي سجل: %1.</translation>
    </message>
    <message>
        <source>%1 outbox changes belong to a push batch that is not kept.</source>
        <translation>تغييرات في قائمة التغييرات الصادرة تتبع دفعة إرسال غير محفوظة: %1.</translation>
    </message>
    <message>
        <source>%1 outbox changes have a malformed clock stamp.</source>
        <translation>تغييرات في قائمة التغييرات الصادرة ختمها الزمني مشوّه: %1.</translation>
    </message>
    <message>
        <source>Writing the audit trail</source>
        <translation>كتابة سجل التدقيق</translation>
    </message>
    <message>
        <source>Reading the audit trail</source>
        <translation>قراءة سجل التدقيق</translation>
    </message>
    <message>
        <source>Checking the audit trail</source>
        <translation>فحص سجل التدقيق</translation>
    </message>
    <message>
        <source>The audit trail is missing: its table was removed.</source>
        <translation>سجل التدقيق مفقود: أُزيل جدوله.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s protection was removed: its entries could be edited.</source>
        <translation>أُزيلت حماية سجل التدقيق: أصبح بالإمكان تعديل قيوده.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: they were deleted.</source>
        <translation>قيود التدقيق من %1 إلى %2 مفقودة: لقد حُذفت.</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: it was deleted.</source>
        <translation>قيد التدقيق %1 مفقود: لقد حُذف.</translation>
    </message>
    <message>
        <source>Audit entry %1 is out of sequence.</source>
        <translation>قيد التدقيق %1 خارج التسلسل.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed: its contents do not match its hash.</source>
        <translation>قيد التدقيق %1 عُدِّل: محتواه لا يطابق قيمة التجزئة الخاصة به.</translation>
    </message>
    <message>
        <source>Audit entry 1 does not start the chain: entries were inserted, removed or moved.</source>
        <translation>قيد التدقيق 1 ليس بداية السلسلة: أُدرجت قيود أو أُزيلت أو نُقلت.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: entries were inserted, removed, changed or moved.</source>
        <translation>قيد التدقيق %1 لا يلي القيد %2: أُدرجت قيود أو أُزيلت أو عُدِّلت أو نُقلت.</translation>
    </message>
    <message>
        <source>The recorded end of the audit trail is malformed; its last entry is %1.</source>
        <translation>نهاية سجل التدقيق المحفوظة مشوّهة؛ وآخر قيد فيه هو %1.</translation>
    </message>
    <message>
        <source>The recorded end of the audit trail is missing: entries after %1 may have been removed.</source>
        <translation>نهاية سجل التدقيق المحفوظة مفقودة: ربما أُزيلت القيود التي تلي القيد %1.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: they were removed from the end of the trail.</source>
        <translation>قيود التدقيق من %1 إلى %2 مفقودة: أُزيلت من نهاية السجل.</translation>
    </message>
    <message>
        <source>Audit entries from %1 on were not written by Prihvat: the trail ended at %2.</source>
        <translation>قيود التدقيق بدءًا من %1 لم يكتبها Prihvat: كان السجل ينتهي عند القيد %2.</translation>
    </message>
    <message>
        <source>Audit entry %1 is not the last entry Prihvat wrote: it was replaced.</source>
        <translation>قيد التدقيق %1 ليس آخر قيد كتبه Prihvat: لقد استُبدل.</translation>
    </message>
    <message>
        <source>The data is locked: names, contact details and protection notes cannot be read or saved until it is unlocked. Nothing was changed.</source>
        <translation>البيانات مقفلة: لا يمكن قراءة الأسماء وبيانات الاتصال وملاحظات الحماية أو حفظها حتى يُفتح قفلها. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>A sealed answer of record %1 (&quot;%2&quot;) is damaged.</source>
        <translation>إحدى الإجابات المشفّرة في السجل %1 (&quot;%2&quot;) تالفة.</translation>
    </message>
    <message>
        <source>Record %1: the answer to &quot;%2&quot; is stored in clear, not sealed.</source>
        <translation>السجل %1: الإجابة عن &quot;%2&quot; مخزّنة دون تشفير.</translation>
    </message>
    <message>
        <source>Record %1: the sealed answer to &quot;%2&quot; does not open with this key.</source>
        <translation>السجل %1: الإجابة المشفّرة عن &quot;%2&quot; لا تُفتح بهذا المفتاح.</translation>
    </message>
    <message>
        <source>%1 entries of &quot;%2&quot; hold an identifying or protection answer in clear.</source>
        <translation>قيود في &quot;%2&quot; تحتوي على إجابة تعريفية أو متعلقة بالحماية دون تشفير، وعددها %1.</translation>
    </message>
    <message>
        <source>Saving the reference data from headquarters failed: %1</source>
        <translation>فشل حفظ البيانات المرجعية الواردة من المقر الرئيسي: %1</translation>
    </message>
    <message>
        <source>Record %1: its values are not valid JSON; nothing was sealed.</source>
        <translation>السجل %1: قيمه ليست JSON صالحًا؛ لم يُشفَّر شيء.</translation>
    </message>
    <message>
        <source>This key does not open the sealed answers of this data folder. Nothing was changed.</source>
        <translation>هذا المفتاح لا يفتح الإجابات المشفّرة في مجلد البيانات هذا. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s seal does not hold under the current key, so it is not sealed again with the new one.</source>
        <translation>ختم سجل التدقيق لا يصحّ بالمفتاح الحالي، لذا لا يُختم من جديد بالمفتاح الجديد.</translation>
    </message>
    <message>
        <source>The seal of the audit trail is malformed: it was edited outside Prihvat.</source>
        <translation>ختم سجل التدقيق تالف: عُدِّل خارج Prihvat.</translation>
    </message>
    <message>
        <source>The seal of the audit trail does not match this data folder&apos;s key: the trail was rewritten outside Prihvat.</source>
        <translation>ختم سجل التدقيق لا يطابق مفتاح مجلد البيانات هذا: أُعيدت كتابة السجل خارج Prihvat.</translation>
    </message>
    <message>
        <source>The audit trail carries no seal of this data folder&apos;s key: it was removed outside Prihvat, or the trail did not hold when it was to be sealed.</source>
        <translation>سجل التدقيق لا يحمل ختمًا بمفتاح مجلد البيانات هذا: أُزيل الختم خارج Prihvat، أو لم يكن السجل سليمًا حين كان يجب ختمه.</translation>
    </message>
    <message>
        <source>The audit trail no longer holds its sealed entry %1: entries up to it were changed or removed outside Prihvat.</source>
        <translation>لم يعد سجل التدقيق يحتوي على قيده المختوم %1: القيود حتى هذا القيد عُدِّلت أو حُذفت خارج Prihvat.</translation>
    </message>
    <message>
        <source>Audit entry %1 was added without this data folder&apos;s key, although only a logged-in user writes such entries.</source>
        <translation>أُضيف قيد التدقيق %1 دون مفتاح مجلد البيانات هذا، مع أن مثل هذه القيود لا يكتبها إلا مستخدم مسجَّل الدخول.</translation>
    </message>
    <message>
        <source>The data folder is locked: log in to keep or open unsaved work.</source>
        <translation>مجلد البيانات مقفل: سجّل الدخول لحفظ العمل غير المحفوظ أو فتحه.</translation>
    </message>
    <message>
        <source>Keeping unsaved work</source>
        <translation>الاحتفاظ بالعمل غير المحفوظ</translation>
    </message>
    <message>
        <source>Reading unsaved work</source>
        <translation>قراءة العمل غير المحفوظ</translation>
    </message>
    <message>
        <source>Discarding unsaved work</source>
        <translation>تجاهل العمل غير المحفوظ</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Saving the sync state</source>
        <translation>حفظ حالة المزامنة</translation>
    </message>
    <message>
        <source>Reading the changes to send</source>
        <translation>قراءة التغييرات المراد إرسالها</translation>
    </message>
    <message>
        <source>Preparing the changes to send</source>
        <translation>تجهيز التغييرات المراد إرسالها</translation>
    </message>
    <message>
        <source>Headquarters answered %1 changes with %2 results.</source>
        <translation>ردّ المقر الرئيسي على %1 من التغييرات بـ %2 من النتائج.</translation>
    </message>
    <message>
        <source>Saving the answer from headquarters</source>
        <translation>حفظ رد المقر الرئيسي</translation>
    </message>
    <message>
        <source>Refused by headquarters without a reason.</source>
        <translation>رفضه المقر الرئيسي دون ذكر سبب.</translation>
    </message>
    <message>
        <source>Saving the changes from headquarters</source>
        <translation>حفظ التغييرات الواردة من المقر الرئيسي</translation>
    </message>
    <message>
        <source>Reading the refused changes</source>
        <translation>قراءة التغييرات المرفوضة</translation>
    </message>
    <message>
        <source>Reading the conflicts</source>
        <translation>قراءة التعارضات</translation>
    </message>
    <message>
        <source>Saving the conflict</source>
        <translation>حفظ التعارض</translation>
    </message>
    <message>
        <source>No conflict has the id %1.</source>
        <translation>لا يوجد تعارض بالمعرّف %1.</translation>
    </message>
    <message>
        <source>This device is not enrolled with headquarters yet, so it cannot sync.</source>
        <translation>هذا الجهاز غير مربوط بالمقر الرئيسي بعد، لذا لا يمكنه المزامنة.</translation>
    </message>
    <message>
        <source>Log in to sync: this device&apos;s credential for headquarters opens only with a user&apos;s password.</source>
        <translation>سجّل الدخول للمزامنة: بيانات اعتماد هذا الجهاز لدى المقر الرئيسي لا تُفتح إلا بكلمة مرور مستخدم.</translation>
    </message>
    <message>
        <source>Log in before enrolling: the device&apos;s credential is kept sealed with the data key.</source>
        <translation>سجّل الدخول قبل ربط الجهاز: بيانات اعتماد الجهاز تُحفظ مشفّرة بمفتاح البيانات.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>This form has no such field.</source>
        <translation>لا يوجد حقل كهذا في هذه الاستمارة.</translation>
    </message>
    <message>
        <source>This is a note; it takes no answer.</source>
        <translation>هذه ملاحظة؛ لا تقبل إجابة.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>يجب أن يكون نصًا.</translation>
    </message>
    <message>
        <source>Is too long: %1 characters, at most %2 allowed.</source>
        <translation>طويل جدًا: عدد الأحرف %1، والحد الأقصى المسموح به %2.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>يجب أن يكون عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <translation>يجب أن يكون رقمًا.</translation>
    </message>
    <message>
        <source>Must be a date written as YYYY-MM-DD.</source>
        <translation>يجب أن يكون تاريخًا مكتوبًا بالشكل YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Must be a date and time in ISO 8601 form.</source>
        <translation>يجب أن يكون تاريخًا ووقتًا بصيغة ISO 8601.</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>يجب أن تكون القيمة نعم أو لا.</translation>
    </message>
    <message>
        <source>Must be one of the choices.</source>
        <translation>يجب أن يكون أحد الخيارات.</translation>
    </message>
    <message>
        <source>Must be a list of different choices.</source>
        <translation>يجب أن يكون قائمة من خيارات مختلفة.</translation>
    </message>
    <message>
        <source>Must be the id of a person.</source>
        <translation>يجب أن يكون معرّف شخص.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices.</source>
        <translation>&quot;%1&quot; ليس من الخيارات.</translation>
    </message>
    <message>
        <source>No person with the id %1 is registered.</source>
        <translation>لا يوجد شخص مسجَّل بالمعرّف %1.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>يجب أن يكون بين %1 و%2.</translation>
    </message>
    <message>
        <source>Must be on or after %1.</source>
        <translation>يجب أن يكون في %1 أو بعده.</translation>
    </message>
    <message>
        <source>Must be on or before %1.</source>
        <translation>يجب أن يكون في %1 أو قبله.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>يجب ألا يقل عن %1.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>يجب ألا يزيد على %1.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2 characters long.</source>
        <translation>يجب أن يكون عدد الأحرف بين %1 و%2.</translation>
    </message>
    <message>
        <source>Must be at least %1 characters long.</source>
        <translation>يجب ألا يقل عدد الأحرف عن %1.</translation>
    </message>
    <message>
        <source>Must be at most %1 characters long.</source>
        <translation>يجب ألا يزيد عدد الأحرف على %1.</translation>
    </message>
    <message>
        <source>Choose between %1 and %2 options.</source>
        <translation>اختر ما بين %1 و%2 من الخيارات.</translation>
    </message>
    <message>
        <source>Choose at least %1 options.</source>
        <translation>اختر %1 من الخيارات على الأقل.</translation>
    </message>
    <message>
        <source>Choose at most %1 options.</source>
        <translation>اختر %1 من الخيارات على الأكثر.</translation>
    </message>
    <message>
        <source>Is not written in the expected form.</source>
        <translation>ليس مكتوبًا بالشكل المتوقع.</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>لا يمكن أن يكون في المستقبل.</translation>
    </message>
    <message>
        <source>Does not apply, given the other answers.</source>
        <translation>لا ينطبق، بالنظر إلى الإجابات الأخرى.</translation>
    </message>
    <message>
        <source>An answer is required.</source>
        <translation>الإجابة مطلوبة.</translation>
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
        <translation>تعذّر تشغيل Prihvat</translation>
    </message>
</context>
<context>
    <name>prihvat::AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>الأحدث</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>الأقدم</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>التحقق مرة أخرى</translation>
    </message>
    <message>
        <source>The trail is intact: no entry was changed or removed.</source>
        <translation>سجل التدقيق سليم: لم يُغيَّر أي قيد ولم يُزَل.</translation>
    </message>
    <message>
        <source>The trail is broken at entry %1: %2</source>
        <translation>سجل التدقيق معطوب عند القيد %1: %2</translation>
    </message>
    <message>
        <source>Entries %1 to %2 of %3 (newest first)</source>
        <translation>القيود من %1 إلى %2 من أصل %3 (الأحدث أولًا)</translation>
    </message>
    <message>
        <source>Data folder created</source>
        <translation>أُنشئ مجلد البيانات</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>أُنشئ سجل</translation>
    </message>
    <message>
        <source>Record changed</source>
        <translation>عُدِّل سجل</translation>
    </message>
    <message>
        <source>Record deleted</source>
        <translation>حُذف سجل</translation>
    </message>
    <message>
        <source>Protection details viewed</source>
        <translation>عُرضت تفاصيل الحماية</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>صُدِّرت البيانات</translation>
    </message>
    <message>
        <source>Synced with headquarters</source>
        <translation>تمت المزامنة مع المقر الرئيسي</translation>
    </message>
    <message>
        <source>Records purged</source>
        <translation>حُذفت سجلات نهائيًا</translation>
    </message>
    <message>
        <source>Demonstration data added</source>
        <translation>أُضيفت بيانات تجريبية</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>رُفض تسجيل الدخول</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>قُفلت الجلسة</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>تغيّر الدور</translation>
    </message>
    <message>
        <source>Account locked out</source>
        <translation>قُفل الحساب</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>أُضيف مستخدم</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>أُزيل مستخدم</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>فُتح قفل الحساب</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>تغيّرت كلمة المرور</translation>
    </message>
    <message>
        <source>Keys destroyed</source>
        <translation>أُتلفت المفاتيح</translation>
    </message>
    <message>
        <source>Trail found without its seal</source>
        <translation>وُجد سجل التدقيق دون ختمه</translation>
    </message>
</context>
<context>
    <name>prihvat::ConflictsPage</name>
    <message>
        <source>Record %1 (not on this device)</source>
        <translation>السجل %1 (غير موجود على هذا الجهاز)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>الجهاز %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(لا توجد إجابة)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>غير محذوف</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>تعارضات للمراجعة</translation>
    </message>
    <message>
        <source>Two devices changed the same answer before either had seen the other&apos;s change. The later change was kept everywhere; the other value is kept here so nothing is lost. Choose the value that is right: your choice is saved as an ordinary edit and sent with the next sync.</source>
        <translation>غيّر جهازان الإجابة نفسها قبل أن يطّلع أيٌّ منهما على تغيير الآخر. احتُفظ بالتغيير الأحدث في كل مكان، وتُحفظ القيمة الأخرى هنا حتى لا يضيع شيء. اختر القيمة الصحيحة: يُحفظ اختيارك كتعديل عادي ويُرسَل مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>لا توجد تعارضات للمراجعة.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>القيمة المعتمدة</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>القيمة الأخرى</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>وقت التغيير</translation>
    </message>
    <message>
        <source>Kept everywhere</source>
        <translation>القيمة المعتمدة في كل مكان</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>اعتماد هذه القيمة</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>من %1، %2</translation>
    </message>
    <message>
        <source>The record is not on this device yet; sync first.</source>
        <translation>السجل غير موجود على هذا الجهاز بعد؛ قم بالمزامنة أولًا.</translation>
    </message>
    <message>
        <source>A deleted record cannot be restored here.</source>
        <translation>لا يمكن استعادة سجل محذوف من هنا.</translation>
    </message>
    <message>
        <source>The record has been deleted; there is nothing to change.</source>
        <translation>حُذف السجل؛ لا يوجد ما يمكن تغييره.</translation>
    </message>
    <message>
        <source>This version of Prihvat does not know the question &quot;%1&quot;.</source>
        <translation>هذا الإصدار من Prihvat لا يعرف السؤال &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Kept &quot;%1&quot; for %2. It is sent with the next sync.</source>
        <translation>اعتُمدت القيمة &quot;%1&quot; للسؤال %2. ستُرسَل مع المزامنة التالية.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Only a protection officer can decide this conflict.</source>
        <translation>لا يستطيع البتّ في هذا التعارض إلا مسؤول الحماية.</translation>
    </message>
</context>
<context>
    <name>prihvat::DistributionPage</name>
    <message>
        <source>Distribution</source>
        <translation>التوزيع</translation>
    </message>
    <message>
        <source>&amp;Assistance:</source>
        <translation>المساعدة (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>الصنف (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>الكمية (&amp;Q):</translation>
    </message>
    <message>
        <source>Type a name or an id, then press Enter to record</source>
        <translation>اكتب اسمًا أو معرّفًا، ثم اضغط Enter للتسجيل</translation>
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
        <translation>اكتب اسمًا أو معرّفًا أولًا.</translation>
    </message>
    <message>
        <source>No one matches &quot;%1&quot;. Check the spelling, or register the person on the People page.</source>
        <translation>لا يوجد شخص يطابق &quot;%1&quot;. تحقق من الإملاء، أو سجّل الشخص في صفحة الأشخاص.</translation>
    </message>
    <message>
        <source>Choose the type of assistance first.</source>
        <translation>اختر نوع المساعدة أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already received %2 today (%n time(s)). Press Enter again to record it once more, or choose another person.</source>
        <translation>
            <numerusform>تسلّم %1 اليوم %2 (%n مرة). اضغط Enter مرة أخرى لتسجيله مرة إضافية، أو اختر شخصًا آخر.</numerusform>
            <numerusform>تسلّم %1 اليوم %2 (%n مرة). اضغط Enter مرة أخرى لتسجيله مرة إضافية، أو اختر شخصًا آخر.</numerusform>
            <numerusform>تسلّم %1 اليوم %2 (%n مرتان). اضغط Enter مرة أخرى لتسجيله مرة إضافية، أو اختر شخصًا آخر.</numerusform>
            <numerusform>تسلّم %1 اليوم %2 (%n مرات). اضغط Enter مرة أخرى لتسجيله مرة إضافية، أو اختر شخصًا آخر.</numerusform>
            <numerusform>تسلّم %1 اليوم %2 (%n مرة). اضغط Enter مرة أخرى لتسجيله مرة إضافية، أو اختر شخصًا آخر.</numerusform>
            <numerusform>تسلّم %1 اليوم %2 (%n مرة). اضغط Enter مرة أخرى لتسجيله مرة إضافية، أو اختر شخصًا آخر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded: %1 for %2</source>
        <translation>سُجِّل: %1 للشخص %2</translation>
    </message>
    <message>
        <source>&amp;Recorded in this session: %1</source>
        <translation>ما سُجِّل في هذه الجلسة (&amp;R): %1</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <translation>%1  %2 — %3</translation>
    </message>
    <message>
        <source>Recorded for the wrong person</source>
        <translation>سُجّل للشخص الخطأ</translation>
    </message>
    <message>
        <source>Recorded twice</source>
        <translation>سُجّل مرتين</translation>
    </message>
    <message>
        <source>Not handed out</source>
        <translation>لم يُسلَّم</translation>
    </message>
    <message>
        <source>Wrong item or quantity</source>
        <translation>صنف أو كمية خاطئة</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Double-click an entry to correct it; Delete voids it.</source>
        <translation>انقر نقرًا مزدوجًا على السطر لتصحيحه؛ مفتاح Delete يُبطله.</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>إبطال… (&amp;V)</translation>
    </message>
    <message>
        <source>Choose what is handed out, then for each person: type the name, check the match, press Enter. Ctrl+Z takes back the last one.</source>
        <translation>اختر ما يُوزَّع، ثم لكل شخص: اكتب الاسم، وتحقق من النتيجة، واضغط Enter. ‏Ctrl+Z يتراجع عن آخر تسليم.</translation>
    </message>
    <message>
        <source>%1 (void: %2)</source>
        <translation>%1 (باطل: %2)</translation>
    </message>
    <message>
        <source>Nothing to take back.</source>
        <translation>لا يوجد ما يُتراجع عنه.</translation>
    </message>
    <message numerus="yes">
        <source>The last hand-out was recorded more than %n second(s) ago: choose it in the list and use Void… instead.</source>
        <translation>
            <numerusform>سُجّل آخر تسليم قبل أكثر من %n ثانية: اختره من القائمة واستخدم «إبطال…» بدلًا من ذلك.</numerusform>
            <numerusform>سُجّل آخر تسليم قبل أكثر من %n ثانية: اختره من القائمة واستخدم «إبطال…» بدلًا من ذلك.</numerusform>
            <numerusform>سُجّل آخر تسليم قبل أكثر من %n ثانيتين: اختره من القائمة واستخدم «إبطال…» بدلًا من ذلك.</numerusform>
            <numerusform>سُجّل آخر تسليم قبل أكثر من %n ثوانٍ: اختره من القائمة واستخدم «إبطال…» بدلًا من ذلك.</numerusform>
            <numerusform>سُجّل آخر تسليم قبل أكثر من %n ثانية: اختره من القائمة واستخدم «إبطال…» بدلًا من ذلك.</numerusform>
            <numerusform>سُجّل آخر تسليم قبل أكثر من %n ثانية: اختره من القائمة واستخدم «إبطال…» بدلًا من ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken back: %1 for %2</source>
        <translation>تم التراجع: %1 لـ %2</translation>
    </message>
    <message>
        <source>This hand-out is void already.</source>
        <translation>هذا التسليم باطل بالفعل.</translation>
    </message>
    <message>
        <source>Void a hand-out</source>
        <translation>إبطال تسليم</translation>
    </message>
    <message>
        <source>Why is %1 for %2 void?</source>
        <translation>لماذا يُبطَل %1 لـ %2؟</translation>
    </message>
    <message>
        <source>Void: %1 for %2 (%3)</source>
        <translation>أُبطل: %1 لـ %2 (%3)</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Today at %1: %2
This session: %3</source>
        <translation>اليوم في %1: %2
في هذه الجلسة: %3</translation>
    </message>
</context>
<context>
    <name>prihvat::FieldEditor</name>
    <message>
        <source>Filter: type a name</source>
        <translation>تصفية: اكتب اسمًا</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>العمر %1</translation>
    </message>
    <message>
        <source>registered at %1 on %2</source>
        <translation>سُجّل في %1 بتاريخ %2</translation>
    </message>
</context>
<context>
    <name>prihvat::FormView</name>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Visible to protection officers only</source>
        <translation>مرئي لمسؤولي الحماية فقط</translation>
    </message>
    <message>
        <source>Names and contact details are kept only with the person&apos;s consent.</source>
        <translation>لا تُحفظ الأسماء وبيانات الاتصال إلا بموافقة الشخص.</translation>
    </message>
</context>
<context>
    <name>prihvat::LoginWindow</name>
    <message>
        <source>Prihvat — log in</source>
        <translation>Prihvat — تسجيل الدخول</translation>
    </message>
    <message>
        <source>Prihvat</source>
        <translation>Prihvat</translation>
    </message>
    <message>
        <source>Log in to work with the records of this device.</source>
        <translation>سجّل الدخول للعمل على سجلات هذا الجهاز.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>جارٍ التحقق من كلمة المرور…</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>حاول مرة أخرى بعد %n ثانيتين.</numerusform>
            <numerusform>حاول مرة أخرى بعد %n ثوانٍ.</numerusform>
            <numerusform>حاول مرة أخرى بعد %n ثانية.</numerusform>
            <numerusform>حاول مرة أخرى بعد %n ثانية.</numerusform>
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
        <translation>الموقع: %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>اللغة: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
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
        <translation>اقفل الآن: تبقى السجلات مخفية حتى يسجّل أحدٌ الدخول مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to sync: %n change(s) in %1</source>
        <translation>
            <numerusform>بانتظار المزامنة: %n تغيير في %1</numerusform>
            <numerusform>بانتظار المزامنة: %n تغيير في %1</numerusform>
            <numerusform>بانتظار المزامنة: %n تغييران في %1</numerusform>
            <numerusform>بانتظار المزامنة: %n تغييرات في %1</numerusform>
            <numerusform>بانتظار المزامنة: %n تغييرًا في %1</numerusform>
            <numerusform>بانتظار المزامنة: %n تغيير في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n سجل</numerusform>
            <numerusform>%n سجل</numerusform>
            <numerusform>%n سجلان</numerusform>
            <numerusform>%n سجلات</numerusform>
            <numerusform>%n سجلًا</numerusform>
            <numerusform>%n سجل</numerusform>
        </translation>
    </message>
    <message>
        <source>Respondent:</source>
        <translation>المستجيب:</translation>
    </message>
</context>
<context>
    <name>prihvat::PeopleModel</name>
    <message>
        <source>male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>about %1 years</source>
        <translation>العمر التقريبي: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>الاسم بخطّه الأصلي</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>تاريخ الميلاد / العمر</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>بلد المنشأ</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
</context>
<context>
    <name>prihvat::PeoplePage</name>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Type a name or an id (Latin or Arabic script)…</source>
        <translation>اكتب اسمًا أو معرّفًا (بالحروف اللاتينية أو العربية)…</translation>
    </message>
    <message>
        <source>Register new person</source>
        <translation>تسجيل شخص جديد</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) registered on this device.</source>
        <translation>
            <numerusform>%n شخص مسجَّل على هذا الجهاز.</numerusform>
            <numerusform>%n شخص مسجَّل على هذا الجهاز.</numerusform>
            <numerusform>%n شخصان مسجَّلان على هذا الجهاز.</numerusform>
            <numerusform>%n أشخاص مسجَّلون على هذا الجهاز.</numerusform>
            <numerusform>%n شخصًا مسجَّلًا على هذا الجهاز.</numerusform>
            <numerusform>%n شخص مسجَّل على هذا الجهاز.</numerusform>
        </translation>
    </message>
    <message>
        <source>No one found. Press Enter to register &quot;%1&quot; as a new person.</source>
        <translation>لم يُعثر على أحد. اضغط Enter لتسجيل &quot;%1&quot; كشخص جديد.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es). Enter opens the first; arrow keys choose.</source>
        <translation>
            <numerusform>%n نتيجة مطابقة. اضغط Enter لفتح الأولى، واستخدم مفاتيح الأسهم للاختيار.</numerusform>
            <numerusform>%n نتيجة مطابقة. اضغط Enter لفتح الأولى، واستخدم مفاتيح الأسهم للاختيار.</numerusform>
            <numerusform>%n نتيجتان مطابقتان. اضغط Enter لفتح الأولى، واستخدم مفاتيح الأسهم للاختيار.</numerusform>
            <numerusform>%n نتائج مطابقة. اضغط Enter لفتح الأولى، واستخدم مفاتيح الأسهم للاختيار.</numerusform>
            <numerusform>%n نتيجة مطابقة. اضغط Enter لفتح الأولى، واستخدم مفاتيح الأسهم للاختيار.</numerusform>
            <numerusform>%n نتيجة مطابقة. اضغط Enter لفتح الأولى، واستخدم مفاتيح الأسهم للاختيار.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prihvat::PersonProfilePage</name>
    <message>
        <source>Edit details</source>
        <translation>تعديل البيانات</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>فحص أوجه الضعف</translation>
    </message>
    <message>
        <source>Record assistance</source>
        <translation>تسجيل مساعدة</translation>
    </message>
    <message>
        <source>Request transport</source>
        <translation>طلب نقل</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>التسلسل الزمني</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>المعرّف: %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>By</source>
        <translation>المُسجِّل</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>التسجيل</translation>
    </message>
</context>
<context>
    <name>prihvat::RecordEditorPage</name>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n answer(s) need attention.</source>
        <translation>
            <numerusform>لم يُحفظ: %n إجابة تحتاج إلى مراجعة.</numerusform>
            <numerusform>لم يُحفظ: %n إجابة تحتاج إلى مراجعة.</numerusform>
            <numerusform>لم يُحفظ: %n إجابتان تحتاجان إلى مراجعة.</numerusform>
            <numerusform>لم يُحفظ: %n إجابات تحتاج إلى مراجعة.</numerusform>
            <numerusform>لم يُحفظ: %n إجابة تحتاج إلى مراجعة.</numerusform>
            <numerusform>لم يُحفظ: %n إجابة تحتاج إلى مراجعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>This record has changes that are not saved. Save them before leaving?</source>
        <translation>في هذا السجل تغييرات لم تُحفظ. هل تريد حفظها قبل المغادرة؟</translation>
    </message>
    <message>
        <source>&amp;Respondent&apos;s language:</source>
        <translation>لغة المستجيب (&amp;R):</translation>
    </message>
    <message>
        <source>Your unsaved answers are back. They are not saved yet: Ctrl+S saves them.</source>
        <translation>عادت إجاباتك غير المحفوظة. لم تُحفظ بعد: ‏Ctrl+S يحفظها.</translation>
    </message>
</context>
<context>
    <name>prihvat::RecordListModel</name>
    <message>
        <source>There is no form &quot;%1&quot;.</source>
        <translation>لا توجد استمارة &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Person id: %1</source>
        <translation>معرّف الشخص: %1</translation>
    </message>
    <message>
        <source>Record id: %1</source>
        <translation>معرّف السجل: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>prihvat::RecordListPage</name>
    <message>
        <source>Screenings</source>
        <translation>فحوصات أوجه الضعف</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>المساعدة</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>Transport requests</source>
        <translation>طلبات النقل</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>جديد: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Starts a new record with today&apos;s date and this site.</source>
        <translation>يبدأ سجلًا جديدًا بتاريخ اليوم وهذا الموقع.</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>الموقع (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إلى (&amp;T):</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>كل المواقع</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>الحالة (&amp;S):</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Earliest date shown; the first date means no limit.</source>
        <translation>أقدم تاريخ معروض؛ أول تاريخ ممكن يعني بلا حد.</translation>
    </message>
    <message>
        <source>Latest date shown; the first date means no limit.</source>
        <translation>أحدث تاريخ معروض؛ أول تاريخ ممكن يعني بلا حد.</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>تعذّرت قراءة السجلات: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n سجل</numerusform>
            <numerusform>%n سجل</numerusform>
            <numerusform>%n سجلان</numerusform>
            <numerusform>%n سجلات</numerusform>
            <numerusform>%n سجلًا</numerusform>
            <numerusform>%n سجل</numerusform>
        </translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>اليوم (&amp;D)</translation>
    </message>
    <message>
        <source>What was recorded today at this site</source>
        <translation>ما سُجّل اليوم في هذا الموقع</translation>
    </message>
</context>
<context>
    <name>prihvat::RespondentLanguagePicker</name>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>The respondent&apos;s language, shown beside each question</source>
        <translation>لغة المستجيب، تظهر بجانب كل سؤال</translation>
    </message>
</context>
<context>
    <name>prihvat::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Site %1 (%2) · device %3 · data in %4</source>
        <translation>الموقع %1 (%2) · الجهاز %3 · البيانات في %4</translation>
    </message>
    <message>
        <source>&amp;Language of the application</source>
        <translation>لغة التطبيق (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Respondent&apos;s language, shown beside each question</source>
        <translation>لغة الشخص المستجيب، تظهر بجانب كل سؤال (&amp;R)</translation>
    </message>
    <message>
        <source>Lock after this many &amp;idle minutes</source>
        <translation>قفل التطبيق بعد هذا العدد من دقائق عدم النشاط (&amp;I)</translation>
    </message>
</context>
<context>
    <name>prihvat::SetupDialog</name>
    <message>
        <source>Set up this device</source>
        <translation>إعداد هذا الجهاز</translation>
    </message>
    <message>
        <source>This laptop has no Prihvat data yet. Choose the site it works at; its records will be kept in %1.</source>
        <translation>لا توجد على هذا الحاسوب المحمول بيانات Prihvat بعد. اختر الموقع الذي يعمل فيه؛ ستُحفظ سجلاته في %1.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>إنشاء مدير النظام</translation>
    </message>
    <message>
        <source>The data folder %1 has no user yet. Create its administrator.</source>
        <translation>لا يوجد في مجلد البيانات %1 أي مستخدم بعد. أنشئ مدير النظام الخاص به.</translation>
    </message>
    <message>
        <source>The first user is the administrator, who adds the other users. Choose a user name and a password of at least %1 characters; it cannot be recovered.</source>
        <translation>المستخدم الأول هو مدير النظام، وهو من يضيف المستخدمين الآخرين. اختر اسم مستخدم وكلمة مرور لا يقل عدد أحرفها عن %1؛ لا يمكن استرجاع كلمة المرور إذا نُسيت.</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation>اسم المستخدم لمدير النظام</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>كلمة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>prihvat::SyncClient</name>
    <message>
        <source>The answer from headquarters arrived damaged.</source>
        <translation>وصل رد المقر الرئيسي تالفًا.</translation>
    </message>
    <message>
        <source>Headquarters did not answer in time.</source>
        <translation>لم يرد المقر الرئيسي في الوقت المحدد.</translation>
    </message>
    <message>
        <source>Headquarters cannot be reached (%1).</source>
        <translation>يتعذّر الوصول إلى المقر الرئيسي (%1).</translation>
    </message>
    <message>
        <source>The answer from headquarters was cut off (%1).</source>
        <translation>انقطع رد المقر الرئيسي قبل اكتماله (%1).</translation>
    </message>
    <message>
        <source>Headquarters refused this device&apos;s credential: it may have been revoked. Ask headquarters to enrol the device again.</source>
        <translation>رفض المقر الرئيسي بيانات اعتماد هذا الجهاز: ربما أُلغي ربطه. اطلب من المقر الرئيسي ربط الجهاز من جديد.</translation>
    </message>
    <message>
        <source>Headquarters found the request too large.</source>
        <translation>رأى المقر الرئيسي أن الطلب كبير جدًا.</translation>
    </message>
    <message>
        <source>Headquarters is busy and asked this device to wait.</source>
        <translation>المقر الرئيسي مشغول وطلب من هذا الجهاز الانتظار.</translation>
    </message>
    <message>
        <source>Headquarters has a problem (HTTP %1).</source>
        <translation>توجد مشكلة لدى المقر الرئيسي (HTTP %1).</translation>
    </message>
    <message>
        <source>Headquarters refused the request (HTTP %1). Sync stopped; ask headquarters for help.</source>
        <translation>رفض المقر الرئيسي الطلب (HTTP %1). توقفت المزامنة؛ اطلب المساعدة من المقر الرئيسي.</translation>
    </message>
    <message>
        <source>Headquarters refused the request (HTTP %1: %2). Sync stopped; ask headquarters for help.</source>
        <translation>رفض المقر الرئيسي الطلب (HTTP %1: %2). توقفت المزامنة؛ اطلب المساعدة من المقر الرئيسي.</translation>
    </message>
    <message>
        <source>Too many enrolment attempts; try again in %1 seconds.</source>
        <translation>محاولات ربط كثيرة جدًا؛ حاول مرة أخرى بعد %1 ثانية.</translation>
    </message>
    <message>
        <source>Too many enrolment attempts; try again later.</source>
        <translation>محاولات ربط كثيرة جدًا؛ حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Too large for headquarters to accept.</source>
        <translation>أكبر من أن يقبله المقر الرئيسي.</translation>
    </message>
    <message>
        <source>The enrolment code is wrong, already used or expired. Ask headquarters for a new one.</source>
        <translation>رمز الربط خاطئ أو مستخدم من قبل أو منتهي الصلاحية. اطلب رمزًا جديدًا من المقر الرئيسي.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>%1 تم التوقف بعد %n محاولة.</numerusform>
            <numerusform>%1 تم التوقف بعد %n محاولة.</numerusform>
            <numerusform>%1 تم التوقف بعد %n محاولتين.</numerusform>
            <numerusform>%1 تم التوقف بعد %n محاولات.</numerusform>
            <numerusform>%1 تم التوقف بعد %n محاولة.</numerusform>
            <numerusform>%1 تم التوقف بعد %n محاولة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s); your changes are kept for the next sync.</source>
        <translation>
            <numerusform>%1 تم التوقف بعد %n محاولة؛ تغييراتك محفوظة للمزامنة التالية.</numerusform>
            <numerusform>%1 تم التوقف بعد %n محاولة؛ تغييراتك محفوظة للمزامنة التالية.</numerusform>
            <numerusform>%1 تم التوقف بعد %n محاولتين؛ تغييراتك محفوظة للمزامنة التالية.</numerusform>
            <numerusform>%1 تم التوقف بعد %n محاولات؛ تغييراتك محفوظة للمزامنة التالية.</numerusform>
            <numerusform>%1 تم التوقف بعد %n محاولة؛ تغييراتك محفوظة للمزامنة التالية.</numerusform>
            <numerusform>%1 تم التوقف بعد %n محاولة؛ تغييراتك محفوظة للمزامنة التالية.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Your changes are kept and sync will try again.</source>
        <translation>%1 تغييراتك محفوظة وستُعاد محاولة المزامنة.</translation>
    </message>
    <message>
        <source>A sync is under way; enrol when it is done.</source>
        <translation>المزامنة جارية؛ اربط الجهاز بعد انتهائها.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; it looks like https://hq.example.org.</source>
        <translation>&quot;%1&quot; ليس عنوان خادم؛ يكون العنوان بالشكل https://hq.example.org.</translation>
    </message>
    <message>
        <source>The enrolment code is empty.</source>
        <translation>رمز الربط فارغ.</translation>
    </message>
    <message>
        <source>Headquarters answered the enrolment with something this device cannot read.</source>
        <translation>ردّ المقر الرئيسي على طلب الربط بمحتوى لا يستطيع هذا الجهاز قراءته.</translation>
    </message>
    <message>
        <source>This device is not enrolled with headquarters yet, so it cannot sync.</source>
        <translation>هذا الجهاز غير مربوط بالمقر الرئيسي بعد، لذا لا يمكنه المزامنة.</translation>
    </message>
    <message>
        <source>Enrolment was cancelled.</source>
        <translation>أُلغي ربط الجهاز.</translation>
    </message>
    <message>
        <source>Sync was stopped before it finished. Your changes are kept.</source>
        <translation>توقفت المزامنة قبل اكتمالها. تغييراتك محفوظة.</translation>
    </message>
    <message>
        <source>The answer from headquarters could not be read.</source>
        <translation>تعذّرت قراءة رد المقر الرئيسي.</translation>
    </message>
    <message>
        <source>No network access is available to reach headquarters.</source>
        <translation>لا يتوفر اتصال بالشبكة للوصول إلى المقر الرئيسي.</translation>
    </message>
    <message>
        <source>Headquarters did not show the certificate this device was enrolled with, so nothing was sent. Someone may be intercepting the connection; tell headquarters.</source>
        <translation>لم يُظهر المقر الرئيسي الشهادة التي رُبط بها هذا الجهاز، لذا لم يُرسَل شيء. ربما يعترض أحدٌ الاتصال؛ أبلغ المقر الرئيسي.</translation>
    </message>
    <message>
        <source>This device talks to headquarters only over https with the certificate it was enrolled with, and the server address is not https. Nothing was sent.</source>
        <translation>لا يتصل هذا الجهاز بالمقر الرئيسي إلا عبر https وبالشهادة التي رُبط بها، وعنوان الخادم ليس https. لم يُرسَل شيء.</translation>
    </message>
    <message>
        <source>The part of the enrolment code after &quot;@&quot; is damaged; copy the whole code from headquarters again.</source>
        <translation>الجزء الذي يلي &quot;@&quot; في رمز الربط تالف؛ انسخ الرمز كاملًا من المقر الرئيسي مرة أخرى.</translation>
    </message>
    <message>
        <source>This enrolment code is for a server with a certificate: its address must start with https://.</source>
        <translation>رمز الربط هذا مخصص لخادم ذي شهادة: يجب أن يبدأ عنوانه بـ https://.</translation>
    </message>
    <message>
        <source>Headquarters has revoked this device: it may no longer sync. Ask headquarters what to do.</source>
        <translation>ألغى المقر الرئيسي ربط هذا الجهاز: لم يعد بإمكانه المزامنة. اسأل المقر الرئيسي عمّا يجب فعله.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a plain http address: the device&apos;s credential and every answer would cross the network readable by anyone on the way. Use the https address of headquarters.</source>
        <translation>&quot;%1&quot; عنوان http عادي: ستعبر بيانات اعتماد الجهاز وكل إجابة الشبكة مقروءة لأي أحد في الطريق. استخدم عنوان https الخاص بالمقر الرئيسي.</translation>
    </message>
</context>
<context>
    <name>prihvat::SyncPage</name>
    <message>
        <source>Sync with headquarters</source>
        <translation>المزامنة مع المقر الرئيسي</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>المقر الرئيسي</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>آخر مزامنة ناجحة</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>تغييرات بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>تعارضات للمراجعة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>وقت الرفض</translation>
    </message>
    <message>
        <source>Done: %1 sent, %2 received, %3 new conflicts, %4 refused.</source>
        <translation>تم: أُرسل %1، استُلم %2، تعارضات جديدة %3، مرفوض %4.</translation>
    </message>
    <message>
        <source>Not finished: %1</source>
        <translation>لم تكتمل: %1</translation>
    </message>
    <message>
        <source>This device is not enrolled yet. Ask headquarters for a one-time code, then run: prihvat-cli enroll --server ADDRESS --code CODE</source>
        <translation>هذا الجهاز غير مربوط بعد. اطلب من المقر الرئيسي رمزًا صالحًا لمرة واحدة، ثم شغّل: prihvat-cli enroll --server ADDRESS --code CODE</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Sync is not available in this window.</source>
        <translation>المزامنة غير متاحة في هذه النافذة.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>جارٍ ربط الجهاز…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>جارٍ إرسال التغييرات…</translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation>جارٍ استلام التغييرات…</translation>
    </message>
    <message>
        <source>Waiting to try again…</source>
        <translation>بانتظار إعادة المحاولة…</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>خامل</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(لا توجد إجابة)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Changes headquarters refused (%1)</source>
        <translation>تغييرات رفضها المقر الرئيسي (%1)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
</context>
<context>
    <name>prihvat::TransportBoardPage</name>
    <message>
        <source>Transport requests</source>
        <translation>طلبات النقل</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>طلب جديد (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>موافقة (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Depart (in transit)</source>
        <translation>انطلاق (في الطريق) (&amp;D)</translation>
    </message>
    <message>
        <source>Co&amp;mplete (arrived)</source>
        <translation>إتمام (وصلوا) (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>إلغاء الطلب (&amp;C)</translation>
    </message>
    <message>
        <source>Approve the selected request.</source>
        <translation>الموافقة على الطلب المحدد.</translation>
    </message>
    <message>
        <source>The vehicle has left with the selected request&apos;s people.</source>
        <translation>انطلقت المركبة وعلى متنها أشخاص الطلب المحدد.</translation>
    </message>
    <message>
        <source>The people of the selected request have arrived.</source>
        <translation>وصل أشخاص الطلب المحدد.</translation>
    </message>
    <message>
        <source>Cancel the selected request. A reason can be added by opening it.</source>
        <translation>إلغاء الطلب المحدد. يمكن إضافة سبب بفتح الطلب.</translation>
    </message>
    <message>
        <source>Select a request with the arrow keys (left and right change column); Enter opens it. The buttons move it to its next state.</source>
        <translation>حدِّد طلبًا بمفاتيح الأسهم (السهمان الأيمن والأيسر ينقلان بين الأعمدة)؛ ويفتحه Enter. تنقل الأزرار الطلب إلى حالته التالية.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… و%n طلب آخر</numerusform>
            <numerusform>… و%n طلب آخر</numerusform>
            <numerusform>… و%n طلبان آخران</numerusform>
            <numerusform>… و%n طلبات أخرى</numerusform>
            <numerusform>… و%n طلبًا آخر</numerusform>
            <numerusform>… و%n طلب آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 و%n شخص آخر</numerusform>
            <numerusform>%1 و%n شخص آخر</numerusform>
            <numerusform>%1 و%n شخصان آخران</numerusform>
            <numerusform>%1 و%n أشخاص آخرون</numerusform>
            <numerusform>%1 و%n شخصًا آخر</numerusform>
            <numerusform>%1 و%n شخص آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>الطلب %1</translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation>تعذّرت قراءة الطلبات: %1</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>المحدد: %1</translation>
    </message>
    <message>
        <source>No request selected.</source>
        <translation>لم يُحدَّد أي طلب.</translation>
    </message>
    <message>
        <source>This transport request no longer exists.</source>
        <translation>طلب النقل هذا لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>The request for %1 is &quot;%2&quot; and cannot become &quot;%3&quot;.</source>
        <translation>حالة طلب %1 هي &quot;%2&quot; ولا يمكن أن تصبح &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The request for %1 is now &quot;%2&quot;.</source>
        <translation>أصبحت حالة طلب %1 الآن &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>النقل</translation>
    </message>
</context>
<context>
    <name>prihvat::UserDialog</name>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>كلمة المرور الأولى</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>كلمة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>تغيير دور %1</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>كلمة مرور جديدة لـ %1</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>prihvat::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>The people who can log in on this device. Only protection officers see protection details; an account locked after wrong passwords opens again when you unlock it.</source>
        <translation>الأشخاص الذين يمكنهم تسجيل الدخول على هذا الجهاز. لا يرى تفاصيل الحماية إلا مسؤولو الحماية؛ والحساب المقفل بسبب كلمات مرور خاطئة يعود للعمل عندما تفتح قفله.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Wrong passwords</source>
        <translation>كلمات مرور خاطئة</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>إضافة مستخدم…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>تغيير الدور…</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>كلمة مرور جديدة…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>مقفل بعد محاولات خاطئة</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>أُضيف %1 بدور %2.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>دور %1 الآن: %2.</translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation>لدى %1 كلمة مرور جديدة الآن.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>يستطيع %1 تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Remove a user</source>
        <translation>إزالة مستخدم</translation>
    </message>
    <message>
        <source>Remove %1? They will no longer be able to log in on this device. This cannot be undone.</source>
        <translation>هل تريد إزالة %1؟ لن يتمكن بعد ذلك من تسجيل الدخول على هذا الجهاز. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>%1 was not removed.</source>
        <translation>لم تتم إزالة %1.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>أُزيل %1.</translation>
    </message>
</context>
</TS>
