#include "Cli.h"

#include "CsvExport.h"
#include "PasswordPrompt.h"
#include "common/Log.h"
#include "common/ProcessHardening.h"
#include "common/Translations.h"
#include "forms/FormRegistry.h"
#include "security/Accounts.h"
#include "security/FieldSealer.h"
#include "seed/Seeder.h"
#include "store/AuditLog.h"
#include "store/LocalStore.h"
#include "store/ProtectionUpgrade.h"
#include "store/RecordService.h"
#include "store/Reseal.h"
#include "store/RetentionPurge.h"
#include "store/SyncState.h"
#include "sync/SyncClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

constexpr qint64 kMaxInputBytes = 16 * 1024 * 1024;

int exitFor(const Error& e)
{
    return e.code == Error::Code::Invalid ? Cli::BadInput : Cli::Failed;
}

struct Context
{
    QTextStream& out;
    QTextStream& err;
    QTextStream& in;
    const Clock& clock;
    QString dataDir;
    QString language;
    QString formsDir;
    QString referenceDir;
    Cli::Services services;
    QString user;                   // --user
    std::optional<Session> session; // after a successful login

    int fail(const Error& e)
    {
        err << e.fullText() << Qt::endl;
        return exitFor(e);
    }
    int usage(const QString& message)
    {
        err << message << Qt::endl
            << QCoreApplication::translate("Cli", "Run \"prihvat-cli --help\" for the commands.") << Qt::endl;
        return Cli::BadInput;
    }

    Result<std::shared_ptr<const FormRegistry>> forms() { return FormRegistry::load(formsDir, referenceDir); }

    // A password from `variable`, else asked on the terminal (twice when `twice`).
    Result<QString> password(const char* variable, const QString& prompt, bool twice)
    {
        if (qEnvironmentVariableIsSet(variable))
            return qEnvironmentVariable(variable);
        auto first = services.askPassword(prompt);
        if (!first)
            return Error::invalid(QCoreApplication::translate(
                                      "Cli", "No password given: set %1 or run the command in a terminal.")
                                      .arg(QString::fromLatin1(variable)));
        if (twice) {
            auto again = services.askPassword(QCoreApplication::translate("Cli", "The same password again: "));
            const bool same = again && *again == *first;
            if (again)
                wipeSecret(*again);
            if (!same) {
                wipeSecret(*first);
                return Error::invalid(
                    QCoreApplication::translate("Cli", "The two passwords differ; nothing was changed."));
            }
        }
        return *first;
    }

    Accounts accountsOf(LocalStore& store)
    {
        return Accounts(store, *services.kdf, services.sleep);
    }

    // Opens the data folder and logs the --user in (PRIHVAT_PASSWORD or a prompt). Every
    // command on an initialised folder goes through here; the audit actor becomes the user.
    Result<std::unique_ptr<LocalStore>> open()
    {
        auto registry = forms();
        if (!registry)
            return registry.error();
        auto store = LocalStore::open(DataFolder(dataDir), *registry, clock);
        if (!store)
            return store;
        Accounts accounts = accountsOf(**store);
        auto any = accounts.hasUsers();
        if (!any)
            return any.error();
        auto erased = accounts.isErased();
        if (!erased)
            return erased.error();
        if (!*any && !*erased)
            return Error::conflict(QCoreApplication::translate(
                "Cli", "This data folder has no user yet. Create its administrator first: "
                       "prihvat-cli --data-dir DIR user add NAME --role admin"));
        if (user.isEmpty())
            return Error::invalid(QCoreApplication::translate(
                "Cli", "Give --user NAME: every command on this data folder needs a user and their password "
                       "(from %1 or typed when asked).")
                                      .arg(QString::fromLatin1(Cli::kPasswordVariable)));
        auto pw = password(Cli::kPasswordVariable,
                           QCoreApplication::translate("Cli", "Password for %1: ").arg(user), false);
        if (!pw)
            return pw.error();
        auto unlocked = accounts.unlock(user, *pw);
        wipeSecret(*pw);
        if (!unlocked) {
            // A refused login is not bad input: it counted, and it is in the audit trail.
            Error e = unlocked.error();
            if (e.code == Error::Code::Invalid)
                e.code = Error::Code::Conflict;
            return e;
        }
        session = std::move(*unlocked);
        (*store)->setActor(session->user);
        // The data key the password unwrapped opens the sealed answers (and seals a folder
        // from before schema 8 the first time).
        if (Status s = (*store)->setSealer(std::make_shared<const FieldSealer>(*session->keys)); !s)
            return s.error();
        // Values still sealed under older keys move to the newest ones (Reseal.h): resumable,
        // each batch in its own transaction; a pass longer than one batch shows its progress
        // on the error stream.
        Reseal reseal(**store);
        if (Status s = reseal.resumeIfWaiting(); !s)
            return s.error();
        for (auto p = reseal.progress(); p && p->running;) {
            p = reseal.step(2000);
            if (!p)
                return p.error();
            if (p->running)
                err << QCoreApplication::translate("Reseal",
                                                   "Re-sealing answers under the newest keys: %1 of %2 rows.")
                           .arg(p->done)
                           .arg(p->total)
                    << Qt::endl;
        }
        // Protection categories older forms kept in clear are sealed at a protection
        // officer's first login (ProtectionUpgrade.h); nothing to do afterwards.
        if (session->canSeeProtection()) {
            if (auto moved = ProtectionUpgrade::run(**store); !moved)
                return moved.error();
        }
        return store;
    }

    Result<QJsonObject> readJson(const QString& source)
    {
        QByteArray bytes;
        if (source == u"-"_s) {
            bytes = m_stdin();
        } else {
            QFile file(source);
            if (!file.open(QIODevice::ReadOnly))
                return Error::invalid(QCoreApplication::translate("Cli", "%1 cannot be read: %2")
                                          .arg(source, file.errorString()));
            if (file.size() > kMaxInputBytes)
                return Error::invalid(QCoreApplication::translate(
                                          "Cli", "%1 is larger than 16 MiB; a record is never that large.")
                                          .arg(source));
            bytes = file.read(kMaxInputBytes + 1);
        }
        if (bytes.size() > kMaxInputBytes)
            return Error::invalid(QCoreApplication::translate(
                "Cli", "The input is larger than 16 MiB; a record is never that large."));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError)
            return Error::invalid(
                QCoreApplication::translate("Cli", "The input is not valid JSON (%1 at byte %2).")
                    .arg(error.errorString())
                    .arg(error.offset));
        if (!doc.isObject())
            return Error::invalid(QCoreApplication::translate(
                "Cli", "The input must be a JSON object of field names and values."));
        return doc.object();
    }

    QByteArray m_stdin()
    {
        QString text = in.read(kMaxInputBytes + 1);
        return text.toUtf8();
    }

    void printJson(const QJsonValue& v)
    {
        const QByteArray bytes = v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)
                                             : QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented);
        out << QString::fromUtf8(bytes);
        out.flush();
    }
};

void addCommonOptions(QCommandLineParser& p)
{
    p.addHelpOption();
}

// Parses a command's own options. Returns an exit code when the command must stop here
// (bad usage, or --help answered), nothing when it should go on.
std::optional<int> parseSub(Context& c, QCommandLineParser& p, const QStringList& args)
{
    if (!p.parse(args))
        return c.usage(p.errorText());
    if (p.isSet(u"help"_s)) {
        c.out << p.helpText();
        c.out.flush();
        return Cli::Ok;
    }
    return std::nullopt;
}

// The recovery secret, shown once at set-up (Accounts::recover).
QString recoveryNotice(const QString& secret)
{
    return QCoreApplication::translate(
               "Cli", "Recovery secret of this data folder, shown only this once (write it down or "
                      "print it, and keep it apart from this laptop): %1")
        .arg(secret);
}

// recover --user NAME: a new password for an administrator, with the recovery secret
// (PRIHVAT_RECOVERY or asked without echo) instead of their password.
int cmdRecover(Context& c, const QStringList& args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    if (auto done = parseSub(c, p, args))
        return *done;
    if (c.user.isEmpty() || !p.positionalArguments().isEmpty())
        return c.usage(QCoreApplication::translate("Cli", "Usage: --user NAME recover"));
    auto registry = c.forms();
    if (!registry)
        return c.fail(registry.error());
    auto store = LocalStore::open(DataFolder(c.dataDir), *registry, c.clock);
    if (!store)
        return c.fail(store.error());
    auto secret =
        c.password(Cli::kRecoveryVariable, QCoreApplication::translate("Cli", "Recovery secret: "), false);
    if (!secret)
        return c.fail(secret.error());
    auto pw = c.password(Cli::kNewPasswordVariable,
                         QCoreApplication::translate("Cli", "A new password for %1: ").arg(c.user), true);
    if (!pw)
        return c.fail(pw.error());
    Accounts accounts = c.accountsOf(**store);
    if (Status s = accounts.recover(c.user, *secret, *pw); !s)
        return c.fail(s.error());
    c.out << QCoreApplication::translate("Cli", "The password of %1 was changed.").arg(c.user) << Qt::endl;
    return Cli::Ok;
}

int cmdInit(Context& c, const QStringList& args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({u"site"_s,
                 QCoreApplication::translate("Cli", "The site code of this device (see the reference data)."),
                 u"CODE"_s});
    p.addOption({u"user"_s,
                 QCoreApplication::translate(
                     "Cli", "The administrator to create (password from PRIHVAT_PASSWORD, or asked twice)."),
                 u"NAME"_s});
    if (auto r = parseSub(c, p, args))
        return *r;
    const QString admin = p.isSet(u"user"_s) ? p.value(u"user"_s) : c.user;
    if (!p.isSet(u"site"_s) || admin.isEmpty())
        return c.usage(QCoreApplication::translate("Cli", "init needs --site CODE and --user NAME."));
    if (Status s = Accounts::checkName(admin); !s)
        return c.fail(s.error());
    auto forms = c.forms();
    if (!forms)
        return c.fail(forms.error());
    if (!(*forms)->reference().site(p.value(u"site"_s)))
        return c.fail(Error::invalid(QCoreApplication::translate("Store", "Unknown site code \"%1\". Known sites: %2")
                                         .arg(p.value(u"site"_s), (*forms)->reference().codes(u"sites"_s).join(u", "_s))));
    if (DataFolder(c.dataDir).isInitialised())
        return c.fail(Error::conflict(
            QCoreApplication::translate("Store", "%1 already holds a Prihvat database; nothing was changed.")
                .arg(QDir::toNativeSeparators(DataFolder(c.dataDir).path()))));
    auto pw = c.password(Cli::kPasswordVariable,
                         QCoreApplication::translate("Cli", "A password for the administrator %1: ").arg(admin), true);
    if (!pw)
        return c.fail(pw.error());
    if (Status s = Accounts::checkPassword(*pw); !s)
        return c.fail(s.error());
    auto store = LocalStore::initialise(DataFolder(c.dataDir), p.value(u"site"_s), *forms, c.clock);
    if (!store)
        return c.fail(store.error());
    QString recovery;
    auto session = c.accountsOf(**store).createAdministrator(admin, *pw, &recovery);
    wipeSecret(*pw);
    if (!session)
        return c.fail(session.error());
    if (Status s = (*store)->setSealer(std::make_shared<const FieldSealer>(*session->keys)); !s)
        return c.fail(s.error());
    c.out << QCoreApplication::translate("Cli", "Initialised %1 for site %2; device %3.")
                 .arg(QDir::toNativeSeparators(DataFolder(c.dataDir).path()), (*store)->site(),
                      (*store)->deviceId())
          << Qt::endl;
    c.out << recoveryNotice(recovery) << Qt::endl;
    return Cli::Ok;
}

// The protection-sensitive fields of a form, in form order.
QStringList protectionFields(const FormDefinition& form)
{
    QStringList names;
    for (const FieldDefinition& f : form.fields)
        if (f.sensitivity == Sensitivity::Protection)
            names.append(f.name);
    return names;
}

// Need-to-know: only a protection officer sets protection-sensitive answers. Exit 2 with
// the fields named (from the input, which the user typed) when anyone else tries.
std::optional<int> refuseProtection(Context& c, const FormDefinition& form, const QJsonObject& input)
{
    if (c.session && c.session->canSeeProtection())
        return std::nullopt;
    QStringList touched;
    for (const QString& field : protectionFields(form))
        if (input.contains(field))
            touched.append(field);
    if (touched.isEmpty())
        return std::nullopt;
    return c.fail(Error::invalid(
        QCoreApplication::translate("Cli", "Only a protection officer can see or change %1. Nothing was saved.")
            .arg(touched.join(u", "_s))));
}

// A record as the session may see it: for anyone but a protection officer the
// protection-sensitive answers are left out, and "withheld" lists every protection field
// of the form (answered or not, so the list itself tells nothing about the person).
QJsonObject recordFor(const Context& c, const LocalStore& store, const Record& record)
{
    QJsonObject json = record.toJson();
    if (c.session && c.session->canSeeProtection())
        return json;
    const FormDefinition* form = store.forms().form(record.form);
    if (!form)
        return json;
    const QStringList hidden = protectionFields(*form);
    if (hidden.isEmpty())
        return json;
    QJsonObject values = json.value(u"values"_s).toObject();
    for (const QString& field : hidden)
        values.remove(field);
    json.insert(u"values"_s, values);
    json.insert(u"withheld"_s, QJsonArray::fromStringList(hidden));
    return json;
}

int cmdAdd(Context& c, const QStringList& args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({u"json"_s,
                 QCoreApplication::translate(
                     "Cli", "The record's values as a JSON object, from FILE or - for standard input."),
                 u"FILE"_s});
    p.addPositionalArgument(u"form"_s,
                            QCoreApplication::translate(
                                "Cli", "The form id: person, screening, assistance, transport, referral."));
    if (auto r = parseSub(c, p, args))
        return *r;
    if (p.positionalArguments().size() != 1 || !p.isSet(u"json"_s))
        return c.usage(QCoreApplication::translate("Cli", "Usage: add FORM --json FILE"));
    auto input = c.readJson(p.value(u"json"_s));
    if (!input)
        return c.fail(input.error());
    auto store = c.open();
    if (!store)
        return c.fail(store.error());
    if (const FormDefinition* form = (*store)->forms().form(p.positionalArguments().first())) {
        if (auto refused = refuseProtection(c, *form, *input))
            return *refused;
    }
    RecordService service(**store, c.language);
    service.setCanSeeProtection(c.session && c.session->canSeeProtection());
    auto id = service.create(p.positionalArguments().first(), *input);
    if (!id)
        return c.fail(id.error());
    c.out << *id << Qt::endl;
    return Cli::Ok;
}

int cmdUpdate(Context& c, const QStringList& args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({u"json"_s,
                 QCoreApplication::translate(
                     "Cli", "The fields to change as a JSON object, from FILE or - for standard input."),
                 u"FILE"_s});
    p.addPositionalArgument(u"id"_s, QCoreApplication::translate("Cli", "The record id."));
    if (auto r = parseSub(c, p, args))
        return *r;
    if (p.positionalArguments().size() != 1 || !p.isSet(u"json"_s))
        return c.usage(QCoreApplication::translate("Cli", "Usage: update ID --json FILE"));
    auto input = c.readJson(p.value(u"json"_s));
    if (!input)
        return c.fail(input.error());
    auto store = c.open();
    if (!store)
        return c.fail(store.error());
    {
        auto existing = (*store)->get(p.positionalArguments().first());
        if (!existing)
            return c.fail(existing.error());
        const FormDefinition* form = existing->has_value() ? (*store)->forms().form((*existing)->form) : nullptr;
        if (form) {
            if (auto refused = refuseProtection(c, *form, *input))
                return *refused;
        }
    }
    RecordService service(**store, c.language);
    service.setCanSeeProtection(c.session && c.session->canSeeProtection());
    if (Status s = service.update(p.positionalArguments().first(), *input); !s)
        return c.fail(s.error());
    c.out << p.positionalArguments().first() << Qt::endl;
    return Cli::Ok;
}

int cmdDelete(Context& c, const QStringList& args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addPositionalArgument(u"id"_s, QCoreApplication::translate("Cli", "The record id."));
    if (auto r = parseSub(c, p, args))
        return *r;
    if (p.positionalArguments().size() != 1)
        return c.usage(QCoreApplication::translate("Cli", "Usage: delete ID"));
    auto store = c.open();
    if (!store)
        return c.fail(store.error());
    RecordService service(**store, c.language);
    service.setCanSeeProtection(c.session && c.session->canSeeProtection());
    if (Status s = service.remove(p.positionalArguments().first()); !s)
        return c.fail(s.error());
    c.out << p.positionalArguments().first() << Qt::endl;
    return Cli::Ok;
}

// How many protection-sensitive fields of a record hold a value.
int protectionFieldsShown(const LocalStore& store, const Record& record)
{
    const FormDefinition* form = store.forms().form(record.form);
    int n = 0;
    for (auto it = record.values.begin(); form && it != record.values.end(); ++it)
        if (const FieldDefinition* f = form->field(it.key()); f && f->sensitivity == Sensitivity::Protection)
            ++n;
    return n;
}

int cmdGet(Context& c, const QStringList& args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addPositionalArgument(u"id"_s, QCoreApplication::translate("Cli", "The record id."));
    if (auto r = parseSub(c, p, args))
        return *r;
    if (p.positionalArguments().size() != 1)
        return c.usage(QCoreApplication::translate("Cli", "Usage: get ID"));
    auto store = c.open();
    if (!store)
        return c.fail(store.error());
    auto record = (*store)->get(p.positionalArguments().first());
    if (!record)
        return c.fail(record.error());
    if (!record->has_value())
        return c.fail(Error::notFound(QCoreApplication::translate("Cli", "No record has the id %1.")
                                          .arg(p.positionalArguments().first())));
    // Showing protection-sensitive answers is itself an event of the audit trail, written
    // before anything is shown (the count of fields, never their values).
    if (const int shown = protectionFieldsShown(**store, **record); shown > 0 && c.session->canSeeProtection()) {
        if (Status s = (*store)->audit().viewedProtection((*record)->id, (*record)->form, shown); !s)
            return c.fail(s.error());
    }
    c.printJson(recordFor(c, **store, **record));
    return Cli::Ok;
}

QString summary(const FormDefinition& form, const Record& r, const QString& language,
                const ReferenceData& ref)
{
    QStringList parts;
    for (const FieldDefinition& f : form.fields) {
        if (parts.size() >= 4)
            break;
        const QJsonValue v = r.values.value(f.name);
        if (v.isUndefined() || f.type == FieldType::Person || f.sensitivity == Sensitivity::Protection)
            continue;
        QString text;
        if (f.type == FieldType::SelectOne) {
            const Choice* ch = f.choice(v.toString());
            text = ch ? ch->label.text(language) : ref.label(f.reference, v.toString(), language);
        } else if (v.isArray()) {
            QStringList items;
            for (const QJsonValue& i : v.toArray())
                items.append(i.toString());
            text = items.join(u',');
        } else if (v.isDouble()) {
            text = QString::number(v.toDouble());
        } else if (v.isBool()) {
            text = v.toBool() ? QCoreApplication::translate("Cli", "yes")
                              : QCoreApplication::translate("Cli", "no");
        } else {
            text = v.toString();
        }
        parts.append(text);
    }
    return parts.join(u" | "_s);
}

int cmdList(Context& c, const QStringList& args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({u"json"_s, QCoreApplication::translate("Cli", "Print the records as a JSON array.")});
    p.addOption({u"limit"_s, QCoreApplication::translate("Cli", "At most N records (default 1000)."), u"N"_s,
                 u"1000"_s});
    p.addOption(
        {u"offset"_s, QCoreApplication::translate("Cli", "Skip the first N records."), u"N"_s, u"0"_s});
    p.addPositionalArgument(u"form"_s, QCoreApplication::translate("Cli", "The form id."));
    if (auto r = parseSub(c, p, args))
        return *r;
    bool okLimit = false;
    bool okOffset = false;
    const int limit = p.value(u"limit"_s).toInt(&okLimit);
    const int offset = p.value(u"offset"_s).toInt(&okOffset);
    if (p.positionalArguments().size() != 1 || !okLimit || !okOffset || limit < 0 || offset < 0)
        return c.usage(
            QCoreApplication::translate("Cli", "Usage: list FORM [--json] [--limit N] [--offset N]"));
    auto store = c.open();
    if (!store)
        return c.fail(store.error());
    const FormDefinition* form = (*store)->forms().form(p.positionalArguments().first());
    if (!form)
        return c.fail(Error::invalid(
            QCoreApplication::translate("Cli", "Unknown form \"%1\". The forms are: %2")
                .arg(p.positionalArguments().first(), (*store)->forms().formIds().join(u", "_s))));
    auto records = (*store)->list(form->id, limit, offset);
    if (!records)
        return c.fail(records.error());
    if (p.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Record& r : *records) {
            if (const int shown = protectionFieldsShown(**store, r); shown > 0 && c.session->canSeeProtection()) {
                if (Status s = (*store)->audit().viewedProtection(r.id, r.form, shown); !s)
                    return c.fail(s.error());
            }
            array.append(recordFor(c, **store, r));
        }
        c.printJson(array);
    } else {
        for (const Record& r : *records)
            c.out << r.id << u'\t' << summary(*form, r, c.language, (*store)->forms().reference()) << u'\n';
        c.out.flush();
    }
    return Cli::Ok;
}

int cmdCount(Context& c, const QStringList& args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addPositionalArgument(u"form"_s, QCoreApplication::translate("Cli", "The form id."));
    if (auto r = parseSub(c, p, args))
        return *r;
    if (p.positionalArguments().size() != 1)
        return c.usage(QCoreApplication::translate("Cli", "Usage: count FORM"));
    auto store = c.open();
    if (!store)
        return c.fail(store.error());
    const QString formId = p.positionalArguments().first();
    if (!(*store)->forms().form(formId))
        return c.fail(
            Error::invalid(QCoreApplication::translate("Cli", "Unknown form \"%1\". The forms are: %2")
                               .arg(formId, (*store)->forms().formIds().join(u", "_s))));
    auto n = (*store)->count(formId);
    if (!n)
        return c.fail(n.error());
    c.out << *n << Qt::endl;
    return Cli::Ok;
}

int cmdVerify(Context& c, const QStringList& args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    if (auto r = parseSub(c, p, args))
        return *r;
    auto store = c.open();
    if (!store)
        return c.fail(store.error());
    auto faults = (*store)->verify();
    if (!faults)
        return c.fail(faults.error());
    if (!faults->isEmpty()) {
        c.err << QCoreApplication::translate("Cli", "The data folder has %n fault(s):", nullptr,
                                             static_cast<int>(faults->size()))
              << Qt::endl;
        for (const QString& f : *faults)
            c.err << u"  "_s << f << Qt::endl;
        return Cli::Failed;
    }
    auto pending = (*store)->outboxSize();
    QStringList counts;
    for (const QString& id : (*store)->forms().formIds()) {
        auto n = (*store)->count(id);
        counts.append(u"%1 %2"_s.arg(id).arg(n ? *n : 0));
    }
    c.out << QCoreApplication::translate("Cli", "OK: %1; %2 changes waiting to sync.")
                 .arg(counts.join(u", "_s))
                 .arg(pending ? *pending : 0)
          << Qt::endl;
    auto entries = (*store)->audit().count();
    c.out << QCoreApplication::translate("Cli", "Audit trail: %1 entries, hash chain intact.")
                 .arg(entries ? *entries : 0)
          << Qt::endl;
    return Cli::Ok;
}

// The audit trail, newest first: who, when, what kind, which record; never a value.
int cmdAudit(Context& c, const QStringList& args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({u"json"_s, QCoreApplication::translate("Cli", "Print the entries as a JSON array.")});
    p.addOption({u"limit"_s,
                 QCoreApplication::translate("Cli", "At most N entries, newest first (default 100)."), u"N"_s,
                 u"100"_s});
    if (auto r = parseSub(c, p, args))
        return *r;
    bool okLimit = false;
    const int limit = p.value(u"limit"_s).toInt(&okLimit);
    if (!okLimit || limit < 0 || !p.positionalArguments().isEmpty())
        return c.usage(QCoreApplication::translate("Cli", "Usage: audit [--limit N] [--json]"));
    auto store = c.open();
    if (!store)
        return c.fail(store.error());
    if (!c.session->isAdministrator())
        return c.fail(Error::conflict(
            QCoreApplication::translate("Cli", "Only an administrator can read the audit trail.")));
    auto entries = (*store)->audit().entries(limit);
    if (!entries)
        return c.fail(entries.error());
    if (p.isSet(u"json"_s)) {
        QJsonArray array;
        for (const AuditEntry& e : std::as_const(*entries))
            array.append(e.toJson());
        c.printJson(array);
        return Cli::Ok;
    }
    const auto orDash = [](const QString& s) { return s.isEmpty() ? u"-"_s : s; };
    for (const AuditEntry& e : std::as_const(*entries))
        c.out << e.seq << u'\t' << QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODateWithMs)
              << u'\t' << e.actor << u'\t' << e.kind << u'\t' << orDash(e.recordId) << u'\t' << orDash(e.form)
              << u'\t' << orDash(e.detail) << u'\n';
    c.out.flush();
    return Cli::Ok;
}

int cmdSeed(Context& c, const QStringList& args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({u"persons"_s, QCoreApplication::translate("Cli", "How many persons to create."), u"N"_s});
    p.addOption({u"seed"_s,
                 QCoreApplication::translate("Cli", "The random seed: the same seed gives the same data."),
                 u"S"_s, u"1"_s});
    if (auto r = parseSub(c, p, args))
        return *r;
    bool okN = false;
    bool okSeed = false;
    const int persons = p.value(u"persons"_s).toInt(&okN);
    const quint64 seed = p.value(u"seed"_s).toULongLong(&okSeed);
    if (!okN || !okSeed || persons < 1 || persons > 10'000'000)
        return c.usage(
            QCoreApplication::translate("Cli", "Usage: seed --persons N [--seed S], N from 1 to 10,000,000"));
    auto store = c.open();
    if (!store)
        return c.fail(store.error());
    Seeder seeder(**store, seed);
    auto report = seeder.run(persons);
    if (!report)
        return c.fail(report.error());
    c.out << QCoreApplication::translate("Cli",
                                         "Seeded %1 records (%2 persons) in %3 s: %4 records per second.")
                 .arg(report->records)
                 .arg(report->persons)
                 .arg(report->seconds, 0, 'f', 1)
                 .arg(report->records / std::max(report->seconds, 0.001), 0, 'f', 0)
          << Qt::endl;
    return Cli::Ok;
}

int cmdForms(Context& c, const QStringList& args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    if (auto r = parseSub(c, p, args))
        return *r;
    auto forms = c.forms();
    if (!forms)
        return c.fail(forms.error());
    for (const QString& id : (*forms)->formIds())
        c.out << id << u'\t' << (*forms)->form(id)->title.text(c.language) << u'\n';
    c.out.flush();
    return Cli::Ok;
}

// Sync from the command line: few, quick retries, so that a server that cannot be reached
// gives a clear answer soon (the desktop application keeps trying in the background).
SyncClient::Options cliSyncOptions(int attempts, int timeoutSeconds, bool insecureHttp)
{
    SyncClient::Options o;
    o.allowInsecureHttp = insecureHttp;
    o.baseDelayMs = 200;
    o.maxDelayMs = 2000;
    o.maxAttempts = attempts;
    o.transferTimeoutMs = timeoutSeconds * 1000;
    return o;
}

// Plain http to a server that is not on this computer: for tests only.
void addInsecureHttpOption(QCommandLineParser& p)
{
    p.addOption({u"insecure-http"_s,
                 QCoreApplication::translate(
                     "Cli", "Allow a plain http server address that is not on this computer (for tests only: "
                            "the credential and the data would cross the network readable).")});
}

int cmdEnroll(Context& c, const QStringList& args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption(
        {u"server"_s,
         QCoreApplication::translate("Cli", "The headquarters address, such as https://hq.example.org."),
         u"URL"_s});
    p.addOption({u"code"_s,
                 QCoreApplication::translate("Cli", "The one-time enrolment code from headquarters."),
                 u"CODE"_s});
    p.addOption({u"name"_s,
                 QCoreApplication::translate("Cli", "A name for this device (default: the computer's name)."),
                 u"NAME"_s});
    addInsecureHttpOption(p);
    if (auto r = parseSub(c, p, args))
        return *r;
    if (!p.isSet(u"server"_s) || !p.isSet(u"code"_s) || !p.positionalArguments().isEmpty())
        return c.usage(
            QCoreApplication::translate("Cli", "Usage: enroll --server URL --code CODE [--name NAME]"));
    auto store = c.open();
    if (!store)
        return c.fail(store.error());
    QNetworkAccessManager network;
    SyncClient client(**store, &network, c.clock);
    client.setOptions(cliSyncOptions(4, 30, p.isSet(u"insecure-http"_s)));
    QEventLoop loop;
    bool ok = false;
    QString text;
    QObject::connect(&client, &SyncClient::enrolled, &loop, [&](bool success, const QString& message) {
        ok = success;
        text = message;
        loop.quit();
    });
    client.enroll(p.value(u"server"_s), p.value(u"code"_s), p.value(u"name"_s));
    loop.exec();
    if (!ok) {
        c.err << text << Qt::endl;
        return Cli::Failed;
    }
    c.out << QCoreApplication::translate("Cli", "Enrolled with %1 as device %2 for sites %3.")
                 .arg(client.state().serverUrl(), (*store)->deviceId(), client.state().sites().join(u", "_s))
          << Qt::endl;
    return Cli::Ok;
}

int cmdSync(Context& c, const QStringList& args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption(
        {u"attempts"_s,
         QCoreApplication::translate(
             "Cli", "Send each request at most N times when the server cannot be reached (default 4)."),
         u"N"_s, u"4"_s});
    p.addOption({u"timeout"_s,
                 QCoreApplication::translate(
                     "Cli", "Give up on a request after S seconds without an answer (default 30)."),
                 u"S"_s, u"30"_s});
    p.addOption({u"json"_s, QCoreApplication::translate("Cli", "Print the counts as a JSON object.")});
    addInsecureHttpOption(p);
    if (auto r = parseSub(c, p, args))
        return *r;
    bool okAttempts = false;
    bool okTimeout = false;
    const int attempts = p.value(u"attempts"_s).toInt(&okAttempts);
    const int timeout = p.value(u"timeout"_s).toInt(&okTimeout);
    if (!okAttempts || !okTimeout || attempts < 1 || attempts > 100 || timeout < 1 || timeout > 3600 ||
        !p.positionalArguments().isEmpty())
        return c.usage(
            QCoreApplication::translate("Cli", "Usage: sync [--attempts N] [--timeout S] [--json]"));
    auto store = c.open();
    if (!store)
        return c.fail(store.error());
    QNetworkAccessManager network;
    SyncClient client(**store, &network, c.clock);
    if (!client.state().isEnrolled())
        return c.fail(Error::conflict(QCoreApplication::translate(
            "Cli", "This data folder is not enrolled with headquarters. "
                   "Run \"prihvat-cli enroll --server URL --code CODE\" first.")));
    client.setOptions(cliSyncOptions(attempts, timeout, p.isSet(u"insecure-http"_s)));
    QEventLoop loop;
    SyncReport report;
    QObject::connect(&client, &SyncClient::finished, &loop, [&](const SyncReport& r) {
        report = r;
        loop.quit();
    });
    QObject::connect(
        &client, &SyncClient::retrying, &loop, [&](int attempt, int delayMs, const QString& reason) {
            c.err << QCoreApplication::translate("Cli", "Attempt %1 failed: %2 Trying again in %3 s.")
                         .arg(attempt)
                         .arg(reason)
                         .arg(delayMs / 1000.0, 0, 'f', 1)
                  << Qt::endl;
        });
    client.start();
    loop.exec();
    auto pending = (*store)->outboxSize();
    if (p.isSet(u"json"_s)) {
        c.printJson(QJsonObject{{u"pushed"_s, static_cast<double>(report.pushed)},
                                {u"pulled"_s, static_cast<double>(report.pulled)},
                                {u"conflicts"_s, static_cast<double>(report.conflicts)},
                                {u"rejected"_s, static_cast<double>(report.rejected)},
                                {u"reference"_s, static_cast<double>(report.reference)},
                                {u"waiting"_s, static_cast<double>(pending ? *pending : 0)},
                                {u"ok"_s, report.ok}});
    } else {
        c.out << QCoreApplication::translate("Cli", "Pushed %1, pulled %2, conflicts %3, rejected %4.")
                     .arg(report.pushed)
                     .arg(report.pulled)
                     .arg(report.conflicts)
                     .arg(report.rejected)
              << Qt::endl;
        if (report.reference > 0)
            c.out << QCoreApplication::translate("Cli", "Reference data from headquarters: %1 changes.")
                         .arg(report.reference)
                  << Qt::endl;
    }
    if (report.error && report.error->code == Error::Code::Revoked) {
        // Headquarters cut this device off (lost or stolen): after saying so, the keys that
        // open its sealed answers are destroyed, so nobody can read them from this folder.
        c.err << report.errorText << Qt::endl;
        if (Status s = c.accountsOf(**store).cryptoErase(); !s)
            return c.fail(s.error());
        c.err << QCoreApplication::translate(
                     "Cli", "The keys of this data folder are destroyed: its records can no longer be opened "
                            "by anyone.")
              << Qt::endl;
        return Cli::Failed;
    }
    if (!report.ok) {
        c.err << report.errorText << Qt::endl
              << QCoreApplication::translate(
                     "Cli", "%1 changes are kept on this device and will be sent by the next sync.")
                     .arg(pending ? *pending : 0)
              << Qt::endl;
        return Cli::Failed;
    }
    // Headquarters now holds what this device sent: records past their form's retention
    // period leave the laptop.
    const LocalStore& held = **store;
    auto purged = RetentionPurge::run(
        **store, [&held](const QString& form) { return held.forms().reference().retentionDays(form); },
        c.session ? c.session->user : QString());
    if (!purged)
        return c.fail(purged.error());
    if (purged->total() > 0 && !p.isSet(u"json"_s))
        c.out << QCoreApplication::translate("Cli", "Removed %1 records past their retention period.")
                     .arg(purged->total())
              << Qt::endl;
    return Cli::Ok;
}

// prihvat-cli user add|list|passwd|remove|role|unlock: local accounts (administrators,
// except a user's own password). A folder without any user (made before accounts
// existed) gets its first administrator through "user add NAME --role admin".
int cmdUser(Context& c, const QStringList& args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({u"role"_s, QCoreApplication::translate("Cli", "The role: admin, mobile, desk or protection."),
                 u"ROLE"_s});
    p.addOption({u"json"_s, QCoreApplication::translate("Cli", "Print the users as a JSON array.")});
    p.addPositionalArgument(u"action"_s, QCoreApplication::translate("Cli", "add, list, passwd, remove, role or unlock."));
    if (auto r = parseSub(c, p, args))
        return *r;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    const QString usage = QCoreApplication::translate(
        "Cli", "Usage: user add NAME --role ROLE | user list [--json] | user passwd [NAME] | user remove NAME | "
               "user role NAME ROLE | user unlock NAME");
    const QHash<QString, std::pair<int, int>> arity{{u"add"_s, {2, 2}},    {u"list"_s, {1, 1}},
                                                    {u"passwd"_s, {1, 2}}, {u"remove"_s, {2, 2}},
                                                    {u"role"_s, {3, 3}},   {u"unlock"_s, {2, 2}}};
    if (!arity.contains(action) || pos.size() < arity.value(action).first || pos.size() > arity.value(action).second
        || (action == u"add"_s && !p.isSet(u"role"_s)))
        return c.usage(usage);
    std::optional<Role> role;
    if (action == u"add"_s || action == u"role"_s) {
        role = roleFromCode(action == u"add"_s ? p.value(u"role"_s) : pos.value(2));
        if (!role)
            return c.usage(QCoreApplication::translate("Cli", "Unknown role \"%1\"; use one of %2.")
                               .arg(action == u"add"_s ? p.value(u"role"_s) : pos.value(2), roleCodes().join(u", "_s)));
    }
    const QString name = pos.value(1);
    if (action == u"add"_s) {
        if (Status s = Accounts::checkName(name); !s)
            return c.fail(s.error());
    }

    auto registry = c.forms();
    if (!registry)
        return c.fail(registry.error());
    // The first administrator of a folder that has no user yet: no login possible.
    if (action == u"add"_s) {
        auto plain = LocalStore::open(DataFolder(c.dataDir), *registry, c.clock);
        if (!plain)
            return c.fail(plain.error());
        Accounts accounts = c.accountsOf(**plain);
        auto any = accounts.hasUsers();
        if (!any)
            return c.fail(any.error());
        if (!*any) {
            if (*role != Role::Admin)
                return c.fail(Error::invalid(QCoreApplication::translate(
                    "Cli", "This data folder has no user yet: the first one must be an administrator (--role admin).")));
            auto pw = c.password(Cli::kNewPasswordVariable,
                                 QCoreApplication::translate("Cli", "A password for %1: ").arg(name), true);
            if (!pw)
                return c.fail(pw.error());
            QString recovery;
            auto session = accounts.createAdministrator(name, *pw, &recovery);
            wipeSecret(*pw);
            if (!session)
                return c.fail(session.error());
            c.out << QCoreApplication::translate("Cli", "Added %1 (%2).").arg(name, roleLabel(Role::Admin)) << Qt::endl;
            c.out << recoveryNotice(recovery) << Qt::endl;
            return Cli::Ok;
        }
    }

    auto store = c.open();
    if (!store)
        return c.fail(store.error());
    Accounts accounts = c.accountsOf(**store);
    const Session& session = *c.session;
    const bool ownPassword = action == u"passwd"_s && (pos.size() == 1 || name.compare(session.user, Qt::CaseInsensitive) == 0);
    if (!session.isAdministrator() && !ownPassword)
        return c.fail(Error::conflict(QCoreApplication::translate("Accounts", "Only an administrator can manage users.")));

    Status done;
    QString message;
    if (action == u"list"_s) {
        auto users = accounts.users();
        if (!users)
            return c.fail(users.error());
        if (p.isSet(u"json"_s)) {
            QJsonArray array;
            for (const UserInfo& u : std::as_const(*users))
                array.append(QJsonObject{{u"name"_s, u.name},
                                         {u"role"_s, roleCode(u.role)},
                                         {u"locked"_s, u.locked},
                                         {u"failures"_s, u.failures},
                                         {u"has_key"_s, u.hasKey}});
            c.printJson(array);
            return Cli::Ok;
        }
        for (const UserInfo& u : std::as_const(*users))
            c.out << u.name << u'\t' << roleCode(u.role) << u'\t'
                  << (u.locked ? QCoreApplication::translate("Cli", "locked") : QString()) << u'\n';
        c.out.flush();
        return Cli::Ok;
    } else if (action == u"add"_s) {
        auto pw = c.password(Cli::kNewPasswordVariable,
                             QCoreApplication::translate("Cli", "A password for %1: ").arg(name), true);
        if (!pw)
            return c.fail(pw.error());
        done = accounts.addUser(session, name, *role, *pw);
        wipeSecret(*pw);
        message = QCoreApplication::translate("Cli", "Added %1 (%2).").arg(name, roleLabel(*role));
    } else if (action == u"passwd"_s) {
        const QString target = pos.size() == 1 ? session.user : name;
        auto pw = c.password(Cli::kNewPasswordVariable,
                             QCoreApplication::translate("Cli", "A new password for %1: ").arg(target), true);
        if (!pw)
            return c.fail(pw.error());
        done = accounts.changePassword(session, target, *pw);
        wipeSecret(*pw);
        message = QCoreApplication::translate("Cli", "The password of %1 was changed.").arg(target);
    } else if (action == u"remove"_s) {
        done = accounts.removeUser(session, name);
        message = QCoreApplication::translate("Cli", "Removed %1; their key to this data folder is destroyed.").arg(name);
    } else if (action == u"role"_s) {
        done = accounts.changeRole(session, name, *role);
        message = QCoreApplication::translate("Cli", "%1 is now %2.").arg(name, roleLabel(*role));
    } else if (action == u"unlock"_s) {
        done = accounts.unlockUser(session, name);
        message = QCoreApplication::translate("Cli", "%1 can log in again.").arg(name);
    }
    if (!done)
        return c.fail(done.error());
    c.out << message << Qt::endl;
    return Cli::Ok;
}

// prihvat-cli export --form FORM --out FILE: the live records of a form as CSV (UTF-8),
// protection-sensitive columns only for protection officers, bidi controls escaped and
// formula-like cells defused (CsvExport.h); written whole or not at all (QSaveFile, 0600),
// with an "export" audit entry in the same go.
int cmdExport(Context& c, const QStringList& args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({u"form"_s, QCoreApplication::translate("Cli", "The form id."), u"FORM"_s});
    p.addOption({u"out"_s, QCoreApplication::translate("Cli", "The CSV file to write."), u"FILE"_s});
    if (auto r = parseSub(c, p, args))
        return *r;
    if (!p.isSet(u"form"_s) || !p.isSet(u"out"_s) || !p.positionalArguments().isEmpty())
        return c.usage(QCoreApplication::translate("Cli", "Usage: export --form FORM --out FILE"));
    auto store = c.open();
    if (!store)
        return c.fail(store.error());
    const FormDefinition* form = (*store)->forms().form(p.value(u"form"_s));
    if (!form)
        return c.fail(Error::invalid(QCoreApplication::translate("Cli", "Unknown form \"%1\". The forms are: %2")
                                         .arg(p.value(u"form"_s), (*store)->forms().formIds().join(u", "_s))));
    const bool protection = c.session->canSeeProtection();
    QStringList columns{u"id"_s, u"created"_s, u"updated"_s};
    QStringList withheldColumns;
    for (const FieldDefinition& f : form->fields) {
        if (f.sensitivity == Sensitivity::Protection && !protection)
            withheldColumns.append(f.name);
        else if (f.hasValue())
            columns.append(f.name);
    }
    const qsizetype withheld = withheldColumns.size();
    QSaveFile file(p.value(u"out"_s));
    if (!file.open(QIODevice::WriteOnly))
        return c.fail(Error::io(
            QCoreApplication::translate("Cli", "%1 cannot be written: %2").arg(p.value(u"out"_s), file.errorString())));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QStringList header;
    for (const QString& col : std::as_const(columns))
        header.append(Csv::text(col));
    file.write(Csv::line(header).toUtf8());
    std::int64_t rows = 0;
    constexpr int kPage = 1000;
    for (int offset = 0;; offset += kPage) {
        auto page = (*store)->list(form->id, kPage, offset);
        if (!page)
            return c.fail(page.error());
        for (const Record& r : std::as_const(*page)) {
            QStringList cells{r.id, QDateTime::fromMSecsSinceEpoch(r.createdMs, Qt::UTC).toString(Qt::ISODateWithMs),
                              QDateTime::fromMSecsSinceEpoch(r.updatedMs, Qt::UTC).toString(Qt::ISODateWithMs)};
            for (qsizetype i = 3; i < columns.size(); ++i)
                cells.append(Csv::cell(r.values.value(columns.at(i))));
            file.write(Csv::line(cells).toUtf8());
            ++rows;
        }
        if (page->size() < kPage)
            break;
    }
    // What left the device, never a value: the form (its own column), the columns, how many
    // rows, which columns were withheld, and the file.
    const QString detail = u"csv rows=%1 columns=%2 withheld=%3 file=%4"_s.arg(rows)
                               .arg(columns.join(u','), withheldColumns.isEmpty() ? u"-"_s : withheldColumns.join(u','),
                                    QFileInfo(p.value(u"out"_s)).absoluteFilePath());
    if (Status s = (*store)->audit().append(AuditKind::Export, QString(), form->id, detail); !s)
        return c.fail(s.error());
    if (!file.commit())
        return c.fail(Error::io(
            QCoreApplication::translate("Cli", "%1 cannot be written: %2").arg(p.value(u"out"_s), file.errorString())));
    c.out << QCoreApplication::translate("Cli", "Exported %1 records of %2 to %3.")
                 .arg(rows)
                 .arg(form->id, QDir::toNativeSeparators(p.value(u"out"_s)))
          << Qt::endl;
    if (withheld > 0)
        c.err << QCoreApplication::translate("Cli", "%1 protection-sensitive fields were left out (protection officers only).")
                     .arg(withheld)
              << Qt::endl;
    return Cli::Ok;
}

} // namespace

Cli::Cli(QTextStream& out, QTextStream& err, QTextStream& in, const Clock& clock)
    : Cli(out, err, in, clock, Services())
{
}

Cli::Cli(QTextStream& out, QTextStream& err, QTextStream& in, const Clock& clock, Services services)
    : m_out(out), m_err(err), m_in(in), m_clock(clock), m_services(std::move(services))
{
    if (!m_services.kdf)
        m_services.kdf = &Accounts::argon2id();
    if (!m_services.sleep)
        m_services.sleep = Accounts::threadSleeper();
    if (!m_services.askPassword)
        m_services.askPassword = [this](const QString& prompt) {
            m_err.flush();
            return askPasswordOnTerminal(prompt);
        };
}

int Cli::run(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Prihvat command line: headless operations on a data folder.\n\n"
               "Commands:\n"
               "  init --site CODE --user NAME  create the data folder of a device at a site, and its\n"
               "                              administrator\n"
               "  add FORM --json FILE|-      validate and save a new record; prints its id\n"
               "  update ID --json FILE|-     change the given fields of a record\n"
               "  delete ID                   delete a record (a tombstone is kept)\n"
               "  get ID                      print a record as JSON\n"
               "  list FORM [--json]          list the live records of a form\n"
               "  count FORM                  count the live records of a form\n"
               "  verify                      check integrity, consistency and the audit trail\n"
               "  audit [--limit N] [--json]  print the audit trail, newest first\n"
               "  seed --persons N [--seed S] add realistic synthetic data\n"
               "  forms                       list the forms\n"
               "  enroll --server URL --code CODE  enrol this device with headquarters\n"
               "  sync [--json]               push waiting changes and pull new ones\n"
               "  export --form FORM --out FILE  write the live records of a form as CSV\n"
               "  user add NAME --role ROLE   add a user (admin, mobile, desk, protection)\n"
               "  user list | passwd [NAME] | remove NAME | role NAME ROLE | unlock NAME\n"
               "  recover                     a new password for the administrator --user NAME, with\n"
               "                              the recovery secret shown at init (PRIHVAT_RECOVERY)\n\n"
               "Every command on a data folder needs --user NAME (before the command) and the\n"
               "password, from PRIHVAT_PASSWORD or typed when asked; a new user's password comes\n"
               "from PRIHVAT_NEW_PASSWORD or is asked twice.\n\n"
               "Exit codes: 0 done, 1 failed, 2 invalid input (nothing changed)."));
    p.addHelpOption();
    p.addVersionOption();
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    p.addOption(
        {u"data-dir"_s,
         QCoreApplication::translate("Cli", "The data folder (default: %1).").arg(DataFolder::defaultPath()),
         u"DIR"_s, DataFolder::defaultPath()});
    p.addOption({u"lang"_s,
                 QCoreApplication::translate("Cli", "The language of messages: en, bs, ar, fa, ps, ur, fr."),
                 u"CODE"_s});
    p.addOption(
        {u"forms-dir"_s,
         QCoreApplication::translate("Cli", "Load form definitions from DIR instead of the built-in ones; "
                                                "their forms, fields and sensitivities must be the built-in ones."),
         u"DIR"_s});
    p.addOption({u"user"_s,
                 QCoreApplication::translate(
                     "Cli", "Who is working: every command on a data folder needs a user and their password "
                            "(from PRIHVAT_PASSWORD, or typed when asked)."),
                 u"NAME"_s});
    p.addPositionalArgument(u"command"_s, QCoreApplication::translate("Cli", "What to do (see above)."));

    QStringList all = arguments;
    all.prepend(QCoreApplication::applicationName().isEmpty() ? u"prihvat-cli"_s
                                                              : QCoreApplication::applicationName());
    if (!p.parse(all))
        return Context{m_out, m_err, m_in, m_clock, {}, {}, {}, {}, m_services, {}, {}}.usage(p.errorText());

    QString language = p.isSet(u"lang"_s) ? p.value(u"lang"_s) : Translations::systemLanguage();
    if (!Translations::install(language)) {
        m_err << QCoreApplication::translate(
                     "Cli", "Unknown language \"%1\"; use one of en, bs, ar, fa, ps, ur, fr.")
                     .arg(language)
              << Qt::endl;
        return BadInput;
    }
    if (p.isSet(u"help"_s)) {
        m_out << p.helpText();
        m_out.flush();
        return Ok;
    }
    if (p.isSet(u"version"_s)) {
        m_out << u"prihvat-cli "_s << QStringLiteral(PRIHVAT_VERSION) << Qt::endl;
        return Ok;
    }
    const QStringList positional = p.positionalArguments();
    Context c{m_out,
              m_err,
              m_in,
              m_clock,
              p.value(u"data-dir"_s),
              language,
              p.isSet(u"forms-dir"_s) ? p.value(u"forms-dir"_s)
                                      : QString::fromUtf16(FormRegistry::builtInForms),
              QString::fromUtf16(FormRegistry::builtInReference),
              m_services,
              p.value(u"user"_s),
              {}};
    if (positional.isEmpty())
        return c.usage(QCoreApplication::translate("Cli", "No command given."));
    const QString command = positional.first();
    QStringList rest = positional.mid(1);
    rest.prepend(u"prihvat-cli "_s + command);

    using Handler = int (*)(Context&, const QStringList&);
    const std::pair<QString, Handler> commands[] = {
        {u"init"_s, cmdInit},   {u"add"_s, cmdAdd},     {u"update"_s, cmdUpdate}, {u"delete"_s, cmdDelete},
        {u"get"_s, cmdGet},     {u"list"_s, cmdList},   {u"count"_s, cmdCount},   {u"verify"_s, cmdVerify},
        {u"seed"_s, cmdSeed},   {u"forms"_s, cmdForms}, {u"enroll"_s, cmdEnroll}, {u"sync"_s, cmdSync},
        {u"audit"_s, cmdAudit}, {u"user"_s, cmdUser},   {u"export"_s, cmdExport}, {u"recover"_s, cmdRecover},
    };
    for (const auto& [name, handler] : commands)
        if (name == command)
            return handler(c, rest);
    return c.usage(QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(command));
}

} // namespace prihvat
