#include "Cli.h"

#include "common/Log.h"
#include "common/Translations.h"
#include "forms/FormRegistry.h"
#include "security/InterimKey.h"
#include "seed/Seeder.h"
#include "store/AuditLog.h"
#include "store/LocalStore.h"
#include "store/RecordService.h"
#include "store/SyncState.h"
#include "sync/SyncClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

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

    Result<std::unique_ptr<LocalStore>> open()
    {
        auto registry = forms();
        if (!registry)
            return registry.error();
        auto store = LocalStore::open(DataFolder(dataDir), *registry, clock);
        if (!store)
            return store.error();
        // INTERIM: the folder's key file; the signed-in user's data key at merge.
        if (Status s = unlockWithInterimKey(**store); !s)
            return s.error();
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

int cmdInit(Context& c, const QStringList& args)
{
    QCommandLineParser p;
    addCommonOptions(p);
    p.addOption({u"site"_s,
                 QCoreApplication::translate("Cli", "The site code of this device (see the reference data)."),
                 u"CODE"_s});
    if (auto r = parseSub(c, p, args))
        return *r;
    if (!p.isSet(u"site"_s))
        return c.usage(QCoreApplication::translate("Cli", "init needs --site CODE."));
    auto forms = c.forms();
    if (!forms)
        return c.fail(forms.error());
    auto store = LocalStore::initialise(DataFolder(c.dataDir), p.value(u"site"_s), *forms, c.clock);
    if (!store)
        return c.fail(store.error());
    // INTERIM: the folder's key file; the administrator's new data key at merge.
    if (Status s = unlockWithInterimKey(**store); !s)
        return c.fail(s.error());
    c.out << QCoreApplication::translate("Cli", "Initialised %1 for site %2; device %3.")
                 .arg(QDir::toNativeSeparators(DataFolder(c.dataDir).path()), (*store)->site(),
                      (*store)->deviceId())
          << Qt::endl;
    return Cli::Ok;
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
    RecordService service(**store, c.language);
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
    RecordService service(**store, c.language);
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
    if (const int shown = protectionFieldsShown(**store, **record); shown > 0) {
        if (Status s = (*store)->audit().viewedProtection((*record)->id, (*record)->form, shown); !s)
            return c.fail(s.error());
    }
    c.printJson((*record)->toJson());
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
            if (const int shown = protectionFieldsShown(**store, r); shown > 0) {
                if (Status s = (*store)->audit().viewedProtection(r.id, r.form, shown); !s)
                    return c.fail(s.error());
            }
            array.append(r.toJson());
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
SyncClient::Options cliSyncOptions(int attempts, int timeoutSeconds)
{
    SyncClient::Options o;
    o.baseDelayMs = 200;
    o.maxDelayMs = 2000;
    o.maxAttempts = attempts;
    o.transferTimeoutMs = timeoutSeconds * 1000;
    return o;
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
    client.setOptions(cliSyncOptions(4, 30));
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
    client.setOptions(cliSyncOptions(attempts, timeout));
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
                                {u"waiting"_s, static_cast<double>(pending ? *pending : 0)},
                                {u"ok"_s, report.ok}});
    } else {
        c.out << QCoreApplication::translate("Cli", "Pushed %1, pulled %2, conflicts %3, rejected %4.")
                     .arg(report.pushed)
                     .arg(report.pulled)
                     .arg(report.conflicts)
                     .arg(report.rejected)
              << Qt::endl;
    }
    if (!report.ok) {
        c.err << report.errorText << Qt::endl
              << QCoreApplication::translate(
                     "Cli", "%1 changes are kept on this device and will be sent by the next sync.")
                     .arg(pending ? *pending : 0)
              << Qt::endl;
        return Cli::Failed;
    }
    return Cli::Ok;
}

} // namespace

Cli::Cli(QTextStream& out, QTextStream& err, QTextStream& in, const Clock& clock)
    : m_out(out), m_err(err), m_in(in), m_clock(clock)
{
}

int Cli::run(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Prihvat command line: headless operations on a data folder.\n\n"
               "Commands:\n"
               "  init --site CODE            create the data folder of a device at a site\n"
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
               "  sync [--json]               push waiting changes and pull new ones\n\n"
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
         QCoreApplication::translate("Cli", "Load form definitions from DIR instead of the built-in ones."),
         u"DIR"_s});
    p.addPositionalArgument(u"command"_s, QCoreApplication::translate("Cli", "What to do (see above)."));

    QStringList all = arguments;
    all.prepend(QCoreApplication::applicationName().isEmpty() ? u"prihvat-cli"_s
                                                              : QCoreApplication::applicationName());
    if (!p.parse(all))
        return Context{m_out, m_err, m_in, m_clock, {}, {}, {}, {}}.usage(p.errorText());

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
              QString::fromUtf16(FormRegistry::builtInReference)};
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
        {u"audit"_s, cmdAudit},
    };
    for (const auto& [name, handler] : commands)
        if (name == command)
            return handler(c, rest);
    return c.usage(QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(command));
}

} // namespace prihvat
