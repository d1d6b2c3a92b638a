// prihvat-hq: the headquarters server and its device administration. The work is done in
// core/hq (HqDatabase, HqStore, HqApi, HqServer); this file reads the command line.
//
//   prihvat-hq serve --db URL --listen HOST:PORT [--key-file FILE] [--tls-cert FILE --tls-key FILE]
//   prihvat-hq device add --db URL --site CODE [--site CODE…] --name NAME [--role ROLE] [--tls-cert FILE]
//   prihvat-hq device list --db URL
//   prihvat-hq device revoke --db URL ID
//   prihvat-hq reference import --db URL --set SET [--replace] FILE.json
//   prihvat-hq reference list --db URL [--set SET]
//   prihvat-hq reference retention --db URL --form FORM --days N
//   prihvat-hq audit list --db URL [--limit N]
//   prihvat-hq audit verify --db URL
//   prihvat-hq key generate --out FILE
//   prihvat-hq key seal-existing --db URL --key-file FILE
//   prihvat-hq retention purge --db URL
//
// Exit codes: 0 done, 1 it could not be done (database, network), 2 wrong usage.
#include "common/Clock.h"
#include "common/ProcessHardening.h"
#include "common/Text.h"
#include "forms/FormRegistry.h"
#include "hq/HqApi.h"
#include "hq/HqDatabase.h"
#include "hq/HqReference.h"
#include "hq/HqRetention.h"
#include "hq/HqSealer.h"
#include "hq/HqSealing.h"
#include "hq/HqServer.h"
#include "hq/HqStore.h"
#include "security/SecretKey.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <memory>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace prihvat;
using namespace prihvat::hq;

namespace {

enum Exit
{
    Ok = 0,
    Failed = 1,
    Usage = 2
};

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

const QString kUsage = uR"(Usage:
  prihvat-hq serve --db URL --listen HOST:PORT [--key-file FILE] [--tls-cert FILE --tls-key FILE]
  prihvat-hq device add --db URL --site CODE [--site CODE ...] --name NAME [--role ROLE]
                        [--tls-cert FILE]
  prihvat-hq device list --db URL
  prihvat-hq device revoke --db URL ID
  prihvat-hq reference import --db URL --set SET [--replace] FILE.json
  prihvat-hq reference list --db URL [--set SET]
  prihvat-hq reference retention --db URL --form FORM --days N
  prihvat-hq audit list --db URL [--limit N]
  prihvat-hq audit verify --db URL
  prihvat-hq key generate --out FILE
  prihvat-hq key seal-existing --db URL --key-file FILE
  prihvat-hq retention purge --db URL
  prihvat-hq --help | --version

URL is sqlite:PATH or postgresql://USER@HOST:PORT/DB (a password may come from PGPASSWORD
or ~/.pgpass). The schema is created or brought up to date on every start.

serve       answers the sync API of docs/SYNC.md. In production listen on 127.0.0.1 behind
            nginx (installer/nginx/prihvat-hq.conf), which terminates TLS and limits body
            size, slow clients and request rates. --tls-cert/--tls-key serve HTTPS directly.
            Port 0 takes a free port; the address is printed on stdout ("listening on …").
            --key-file FILE: the key that protection-sensitive values are sealed under
            in the database (make it with "key generate"; keep it outside the database
            and its backups). Once a database has been given a key, serve refuses to
            start without it or with another one. Values still in clear are sealed at
            start. Retention (see "retention purge") is applied at start and daily.
device add  registers a device and prints its one-time enrolment code on stdout (valid
            for 7 days, once). ROLE: mobile (default), desk, protection or hq. Only
            protection devices receive and may send protection-sensitive fields.
            --tls-cert FILE (the certificate that serve or nginx presents) appends
            "@PIN", its SHA-256: the device then refuses any other certificate.
device list lists devices: id, state, role, sites, name.
device revoke
            refuses the device from its next request on (it is told it is revoked).
reference import
            adds or updates the entries of one set from a JSON file (shaped as in
            resources/reference/: an array, or an object holding the set's array, as
            services.json holds "services" and "providers"); --replace makes the set exactly
            the file's entries. SET: sites, services, providers or items. Every entry is
            checked first: on any fault nothing changes. Devices get the change on their
            next sync.
reference list
            lists the entries headquarters holds (of one set with --set), as JSON lines.
reference retention
            sets how many days devices keep records of FORM (0 removes the limit); devices
            get it on their next sync.
audit list  the newest entries of the audit trail (default 50): who, when, what kind,
            which record; never a value.
audit verify
            checks the hash chain of the audit trail; exits 1 and names the first entry
            that was changed or deleted.
key generate
            writes a new random key (base64 of 32 bytes) to FILE, readable by its owner
            only; never overwrites a file.
key seal-existing
            seals the protection-sensitive values the database still holds in clear
            (from before it had a key), in batches (an interrupted run goes on where it
            stopped), then rewrites the database files so that no clear copy is left:
            VACUUM on SQLite, VACUUM FULL of the value tables on PostgreSQL (which locks
            them while it runs). Stop every other prihvat-hq on the database first.
retention purge
            empties the records whose last change is older than their form's retention
            period ("reference retention"): their values are removed, ids and seqs stay
            for sync; then rewrites the database files as "key seal-existing" does.
)"_s;

int usageError(const QString& message)
{
    err() << "prihvat-hq: " << message << "\n" << u"Run \"prihvat-hq --help\" for the usage."_s << "\n";
    err().flush();
    return Usage;
}

int failure(const QString& message)
{
    err() << "prihvat-hq: " << message << "\n";
    err().flush();
    return Failed;
}

struct Opened
{
    std::unique_ptr<HqDatabase> db;
    std::shared_ptr<const FormRegistry> forms;
};

Result<Opened> openDatabase(const QString& url)
{
    if (url.isEmpty())
        return Error::invalid(u"--db URL is required (sqlite:PATH or postgresql://USER@HOST:PORT/DB)."_s);
    auto forms = FormRegistry::load();
    if (!forms)
        return Error::io(u"The built-in form definitions do not load: %1"_s.arg(forms.error().fullText()));
    auto db = HqDatabase::open(url);
    if (!db)
        return db.error();
    return Opened{std::move(*db), *forms};
}

// SIGTERM and SIGINT end the event loop cleanly (a self-pipe: nothing unsafe runs in the
// signal handler itself).
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
    (void)written;
}

void quitOnSignals(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte = 0;
        const ssize_t got = ::read(g_signalPipe[0], &byte, 1);
        (void)got;
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

// Who runs an administrative command, for the audit trail: the account of the real user
// id, never an environment variable (USER and LOGNAME say whatever the caller sets).
QString operatorName()
{
    const uid_t uid = getuid();
    std::vector<char> buffer(16 * 1024);
    struct passwd entry = {};
    struct passwd* found = nullptr;
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found && found->pw_name &&
        *found->pw_name)
        return QString::fromLocal8Bit(found->pw_name).left(64);
    return u"uid %1"_s.arg(uid);
}

// The key of --key-file, or none without the option.
Result<std::shared_ptr<const SecretKey>> readKey(const QCommandLineParser& args)
{
    if (!args.isSet(u"key-file"_s))
        return std::shared_ptr<const SecretKey>();
    const QString path = args.value(u"key-file"_s);
    auto key = HqSealer::readKeyFile(path);
    if (!key)
        return key.error();
    if (QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther)) {
        err() << u"prihvat-hq: warning: the key file %1 is readable by other users (chmod 600 it)"_s.arg(path)
              << "\n";
        err().flush();
    }
    return key;
}

// Seals what is still in clear and, when there was something, rewrites the files.
Status sealExisting(HqSealing& sealing, const HqSealer& sealer, HqDatabase& db)
{
    auto sealed = sealing.sealExisting(sealer, HqAudit::operatorActor(operatorName()));
    if (!sealed)
        return sealed.error();
    if (sealed->total() == 0)
        return {};
    err()
        << u"prihvat-hq: sealed %1 stored changes, %2 current values and %3 conflict entries that were in clear"_s
               .arg(sealed->changes)
               .arg(sealed->fields)
               .arg(sealed->conflicts)
        << "\n";
    err().flush();
    if (Status s = db.reclaim(HqRetention::valueTables()); !s)
        return Error::io(u"The values are sealed, but the database files may still hold old copies: %1"_s.arg(
            s.error().message));
    err() << "prihvat-hq: the database files were rewritten: no copy in clear is left in them\n";
    err().flush();
    return {};
}

// Applies retention, then rewrites the files: always for the command; for serve only on
// SQLite and only when something was emptied (PostgreSQL's VACUUM FULL would lock the
// tables every sync uses: a scheduled `retention purge` does it there).
Status purgeRetention(HqStore& store, bool command)
{
    auto report = HqRetention(store).purge(HqAudit::operatorActor(operatorName()));
    if (!report)
        return report.error();
    QStringList perForm;
    for (auto it = report->purged.cbegin(); it != report->purged.cend(); ++it)
        perForm.append(u"%1: %2"_s.arg(it.key()).arg(it.value()));
    if (report->total() > 0 || command)
        err() << u"prihvat-hq: retention: %1 records emptied%2"_s.arg(report->total())
                     .arg(perForm.isEmpty() ? QString() : u" (%1)"_s.arg(perForm.join(u", "_s)))
              << "\n";
    err().flush();
    if (!command && (report->total() == 0 || store.database().engine() != HqDatabase::Engine::Sqlite))
        return {};
    if (Status s = store.database().reclaim(HqRetention::valueTables()); !s)
        return Error::io(
            u"The records are emptied, but the database files may still hold old copies: %1"_s.arg(
                s.error().message));
    return {};
}

int serve(QCoreApplication& app, const QCommandLineParser& args)
{
    if (!args.isSet(u"listen"_s))
        return usageError(u"serve needs --listen HOST:PORT."_s);
    const QString listenText = args.value(u"listen"_s);
    auto address = HqServer::parseListenAddress(listenText);
    if (!address)
        return usageError(address.error().message);
    const bool tls = args.isSet(u"tls-cert"_s) || args.isSet(u"tls-key"_s);
    if (tls && !(args.isSet(u"tls-cert"_s) && args.isSet(u"tls-key"_s)))
        return usageError(u"--tls-cert and --tls-key go together."_s);

    // The key first: a key file that cannot be used changes nothing, not even the schema.
    auto key = readKey(args);
    if (!key)
        return failure(key.error().message);
    auto opened = openDatabase(args.value(u"db"_s));
    if (!opened)
        return opened.error().code == Error::Code::Invalid ? usageError(opened.error().message)
                                                           : failure(opened.error().message);
    SystemClock clock;
    const HqSealer sealer(*key);
    {
        HqSealing sealing(*opened->db, *opened->forms, clock);
        if (Status s = sealing.check(sealer); !s)
            return failure(s.error().message);
        if (!sealer.hasKey()) {
            err() << "prihvat-hq: warning: no --key-file: protection-sensitive values are stored in clear "
                     "(see \"Key file\" in README.md)\n";
            err().flush();
        } else if (Status s = sealExisting(sealing, sealer, *opened->db); !s) {
            return failure(s.error().message);
        }
    }
    HqStore store(*opened->db, opened->forms, clock, sealer);
    store.setOperator(operatorName());
    // Retention at start and then once a day; a failure is logged and tried again the next day.
    const auto applyRetention = [&store] {
        if (Status s = purgeRetention(store, false); !s)
            err() << "prihvat-hq: retention purge failed: " << s.error().message << "\n";
        err().flush();
    };
    applyRetention();
    QTimer daily;
    daily.setInterval(24 * 60 * 60 * 1000);
    QObject::connect(&daily, &QTimer::timeout, &app, applyRetention);
    daily.start();
    HqApi api(store);
    HqServer server(api);
    if (tls) {
        if (Status s = server.setupTls(args.value(u"tls-cert"_s), args.value(u"tls-key"_s)); !s)
            return failure(s.error().message);
    }
    auto bound = server.listen(address->first, address->second);
    if (!bound)
        return failure(bound.error().message);
    QString host = address->first.toString();
    if (address->first.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    out() << "listening on " << host << ':' << *bound << "\n";
    out().flush();
    if (tls)
        if (auto pin = HqServer::certificatePin(args.value(u"tls-cert"_s)))
            err() << u"prihvat-hq: certificate pin %1 (device add --tls-cert puts it in enrolment codes)"_s
                         .arg(*pin)
                  << "\n";
    err() << u"prihvat-hq %1 serving %2 on %3:%4 (%5)"_s
                 .arg(QCoreApplication::applicationVersion(), opened->db->displayUrl(), host)
                 .arg(*bound)
                 .arg(tls ? u"https"_s : u"http"_s)
          << "\n";
    err().flush();
    quitOnSignals(app);
    const int rc = app.exec();
    err() << "prihvat-hq: stopped\n";
    err().flush();
    return rc;
}

int audit(const QCommandLineParser& args, const QStringList& words)
{
    const QString action = words.value(1);
    if (action != u"list"_s && action != u"verify"_s)
        return usageError(u"audit needs list or verify."_s);
    if (words.size() != 2)
        return usageError(u"Unexpected argument \"%1\"."_s.arg(words.value(2)));
    int limit = 50;
    if (args.isSet(u"limit"_s)) {
        bool ok = false;
        limit = args.value(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > 1000000)
            return usageError(u"--limit wants a whole number from 1 to 1000000."_s);
    }
    auto opened = openDatabase(args.value(u"db"_s));
    if (!opened)
        return opened.error().code == Error::Code::Invalid ? usageError(opened.error().message)
                                                           : failure(opened.error().message);
    SystemClock clock;
    HqStore store(*opened->db, opened->forms, clock);
    if (action == u"list"_s) {
        auto entries = store.audit().entries(limit);
        if (!entries)
            return failure(entries.error().message);
        out() << u"%1  %2  %3  %4  %5  %6"_s.arg(u"SEQ"_s, 8)
                     .arg(u"TIME (UTC)"_s, -24)
                     .arg(u"KIND"_s, -20)
                     .arg(u"ACTOR"_s, -44)
                     .arg(u"RECORD"_s, -36)
                     .arg(u"DETAIL"_s)
              << "\n";
        for (const HqAuditEntry& e : *entries)
            out() << u"%1  %2  %3  %4  %5  %6"_s.arg(e.seq, 8)
                         .arg(QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODateWithMs),
                              -24)
                         .arg(Text::escapeInvisible(e.kind), -20)
                         .arg(Text::escapeInvisible(e.actor), -44)
                         .arg(e.recordId.isEmpty() ? u"-"_s : Text::escapeInvisible(e.recordId), -36)
                         .arg(e.detail.isEmpty() ? u"-"_s : Text::escapeInvisible(e.detail))
                  << "\n";
        out().flush();
        return Ok;
    }
    std::int64_t count = 0;
    auto fault = store.audit().verify(&count);
    if (!fault)
        return failure(fault.error().message);
    if (*fault) {
        err() << "prihvat-hq: " << (*fault)->message << "\n"
              << u"The audit trail has been tampered with from entry %1 on."_s.arg((*fault)->seq) << "\n";
        err().flush();
        return Failed;
    }
    // Devices whose own audit trail no longer holds what a push of theirs showed.
    auto divergences = store.audit().divergences();
    if (!divergences)
        return failure(divergences.error().message);
    if (!divergences->isEmpty()) {
        for (const HqAuditEntry& e : *divergences) {
            const QJsonObject d = QJsonDocument::fromJson(e.detail.toUtf8()).object();
            const QString problem = d.value(u"problem"_s).toString();
            const QString what =
                problem == u"rewritten"_s
                    ? u"its audit entry %1 no longer has the hash it had when headquarters recorded it"_s
                : problem == u"backwards"_s
                    ? u"its audit trail went back behind entry %1, which headquarters recorded"_s
                    : u"it did not say what its audit trail holds at entry %1, which headquarters recorded"_s;
            err() << "prihvat-hq: "
                  << u"Device %1: %2 (headquarters audit entry %3, %4)."_s
                         .arg(Text::escapeInvisible(e.actor.mid(7)),
                              what.arg(static_cast<qint64>(d.value(u"seq"_s).toDouble())))
                         .arg(e.seq)
                         .arg(QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODate))
                  << "\n";
        }
        err() << u"%1 finding(s): device audit trails were rewritten or rolled back."_s.arg(
                     divergences->size())
              << "\n";
        err().flush();
        return Failed;
    }
    out() << u"The audit trail is intact: %1 entries."_s.arg(count) << "\n";
    out().flush();
    return Ok;
}

QString stateText(const Device& d)
{
    return Device::stateName(d.state);
}

int device(const QCommandLineParser& args, const QStringList& words)
{
    if (words.size() < 2)
        return usageError(u"device needs add, list or revoke."_s);
    const QString action = words.at(1);
    if (action != u"add"_s && action != u"list"_s && action != u"revoke"_s)
        return usageError(u"Unknown device command \"%1\" (add, list or revoke)."_s.arg(action));
    if (action == u"revoke"_s && words.size() != 3)
        return usageError(u"device revoke needs the device id."_s);
    if (action != u"revoke"_s && words.size() != 2)
        return usageError(u"Unexpected argument \"%1\"."_s.arg(words.at(2)));
    if (action == u"add"_s) {
        if (!args.isSet(u"name"_s))
            return usageError(u"device add needs --name NAME."_s);
        if (!args.isSet(u"site"_s) && args.value(u"role"_s) != u"hq"_s)
            return usageError(u"device add needs at least one --site CODE."_s);
    }
    QString pin;
    if (args.isSet(u"tls-cert"_s)) {
        auto p = HqServer::certificatePin(args.value(u"tls-cert"_s));
        if (!p)
            return p.error().code == Error::Code::Invalid ? usageError(p.error().message)
                                                          : failure(p.error().message);
        pin = *p;
    }
    auto opened = openDatabase(args.value(u"db"_s));
    if (!opened)
        return opened.error().code == Error::Code::Invalid ? usageError(opened.error().message)
                                                           : failure(opened.error().message);
    SystemClock clock;
    HqStore store(*opened->db, opened->forms, clock);
    store.setOperator(operatorName());

    if (action == u"add"_s) {
        const QString role = args.isSet(u"role"_s) ? args.value(u"role"_s) : u"mobile"_s;
        auto added = store.addDevice(args.value(u"name"_s), args.values(u"site"_s), role);
        if (!added)
            return added.error().code == Error::Code::Invalid ? usageError(added.error().message)
                                                              : failure(added.error().message);
        const Device& d = added->device;
        // With the server's certificate, the code carries its pin: the device then talks
        // to no server but the one holding that certificate.
        QString code = added->code;
        if (!pin.isEmpty())
            code += u'@' + pin;
        // stdout carries the code and nothing else, so a script can take it as it is.
        out() << code << "\n";
        out().flush();
        err() << u"Device %1 \"%2\" (%3; %4) added. The code works once, until %5."_s.arg(
                     d.id, Text::escapeInvisible(d.name), d.role,
                     d.sites.isEmpty() ? u"all sites"_s : d.sites.join(u", "_s),
                     QDateTime::fromMSecsSinceEpoch(d.codeExpiresMs, Qt::UTC)
                         .toString(u"yyyy-MM-dd HH:mm 'UTC'"_s))
              << "\n";
        err().flush();
        return Ok;
    }
    if (action == u"list"_s) {
        auto devices = store.devices();
        if (!devices)
            return failure(devices.error().message);
        out() << u"%1  %2  %3  %4  %5"_s.arg(u"ID"_s, -36)
                     .arg(u"STATE"_s, -8)
                     .arg(u"ROLE"_s, -10)
                     .arg(u"SITES"_s, -12)
                     .arg(u"NAME"_s)
              << "\n";
        for (const Device& d : *devices) {
            QString name = Text::escapeInvisible(d.name);
            if (!d.reportedName.isEmpty() && d.reportedName != d.name)
                name += u" (calls itself \"%1\")"_s.arg(Text::escapeInvisible(d.reportedName));
            out() << u"%1  %2  %3  %4  %5"_s.arg(d.id, -36)
                         .arg(stateText(d), -8)
                         .arg(d.role, -10)
                         .arg(d.sites.isEmpty() ? u"*"_s : d.sites.join(u','), -12)
                         .arg(name)
                  << "\n";
        }
        out().flush();
        return Ok;
    }
    const QString id = words.at(2);
    if (Status s = store.revoke(id); !s)
        return s.error().code == Error::Code::Io ? failure(s.error().message) : usageError(s.error().message);
    out() << u"Device %1 revoked: it is refused from its next request on."_s.arg(id) << "\n";
    out().flush();
    return Ok;
}

int reference(const QCommandLineParser& args, const QStringList& words)
{
    const QString action = words.value(1);
    if (action != u"import"_s && action != u"list"_s && action != u"retention"_s)
        return usageError(u"reference needs import, list or retention."_s);
    const int expectedWords = action == u"import"_s ? 3 : 2;
    if (words.size() < expectedWords)
        return usageError(u"reference import needs the JSON file."_s);
    if (words.size() > expectedWords)
        return usageError(u"Unexpected argument \"%1\"."_s.arg(words.at(expectedWords)));
    const QString set = args.value(u"set"_s);
    if (action == u"import"_s) {
        if (set.isEmpty())
            return usageError(u"reference import needs --set SET."_s);
        if (set == u"retention"_s)
            return usageError(u"Retention periods are set with \"reference retention\"."_s);
    }
    int days = 0;
    if (action == u"retention"_s) {
        bool ok = false;
        days = args.value(u"days"_s).toInt(&ok);
        if (!args.isSet(u"form"_s) || !ok)
            return usageError(u"reference retention needs --form FORM and --days N."_s);
    }
    if (!set.isEmpty() && !ReferenceData::managedSets().contains(set))
        return usageError(
            u"Unknown set \"%1\": use one of %2."_s.arg(set, ReferenceData::managedSets().join(u", "_s)));

    // The file first: a file that cannot be read changes nothing, not even the schema.
    QList<QJsonObject> entries;
    if (action == u"import"_s) {
        QFile file(words.at(2));
        if (!file.open(QIODevice::ReadOnly))
            return failure(u"Cannot read %1: %2"_s.arg(words.at(2), file.errorString()));
        auto parsed = HqReference::parseFile(set, file.readAll());
        if (!parsed)
            return failure(u"%1: %2 Nothing was changed."_s.arg(words.at(2), parsed.error().message));
        entries = std::move(*parsed);
    }

    auto opened = openDatabase(args.value(u"db"_s));
    if (!opened)
        return opened.error().code == Error::Code::Invalid ? usageError(opened.error().message)
                                                           : failure(opened.error().message);
    SystemClock clock;
    HqReference store(*opened->db, clock);
    const auto report = [](const ReferenceImport& r, const QString& what) {
        out() << u"%1: %2 added, %3 changed, %4 removed, %5 unchanged."_s.arg(what)
                     .arg(r.added)
                     .arg(r.changed)
                     .arg(r.removed)
                     .arg(r.unchanged)
              << "\n";
        if (r.added + r.changed + r.removed > 0)
            out() << "Devices get the change on their next sync.\n";
        out().flush();
    };

    if (action == u"import"_s) {
        auto done = store.import(set, entries, args.isSet(u"replace"_s));
        if (!done)
            return failure(done.error().code == Error::Code::Invalid
                               ? u"%1: %2 Nothing was changed."_s.arg(words.at(2), done.error().message)
                               : done.error().message);
        report(*done, set);
        return Ok;
    }
    if (action == u"retention"_s) {
        auto done = store.setRetention(*opened->forms, args.value(u"form"_s), days);
        if (!done)
            return done.error().code == Error::Code::Invalid ? usageError(done.error().message)
                                                             : failure(done.error().message);
        report(*done, u"retention of %1"_s.arg(args.value(u"form"_s)));
        return Ok;
    }
    auto listed = store.list(set);
    if (!listed)
        return failure(listed.error().message);
    for (const ReferenceEntry& e : std::as_const(*listed)) {
        const QJsonObject line{{u"set"_s, e.set}, {u"code"_s, e.code}, {u"seq"_s, static_cast<double>(e.seq)},
                               {u"entry"_s, e.data}};
        out() << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << "\n";
    }
    out().flush();
    return Ok;
}

int keyCommand(const QCommandLineParser& args, const QStringList& words)
{
    const QString action = words.value(1);
    if (action != u"generate"_s && action != u"seal-existing"_s)
        return usageError(u"key needs generate or seal-existing."_s);
    if (words.size() != 2)
        return usageError(u"Unexpected argument \"%1\"."_s.arg(words.value(2)));
    if (action == u"generate"_s) {
        if (!args.isSet(u"out"_s))
            return usageError(u"key generate needs --out FILE."_s);
        const QString path = args.value(u"out"_s);
        if (Status s = HqSealer::generateKeyFile(path); !s)
            return failure(s.error().message);
        out() << u"A new key is in %1, readable by its owner only. Keep a copy apart from the database "
                 "and its backups: without it, the sealed values cannot be read."_s.arg(path)
              << "\n";
        out().flush();
        return Ok;
    }
    if (!args.isSet(u"key-file"_s))
        return usageError(u"key seal-existing needs --key-file FILE."_s);
    auto keyRead = readKey(args);
    if (!keyRead)
        return failure(keyRead.error().message);
    auto opened = openDatabase(args.value(u"db"_s));
    if (!opened)
        return opened.error().code == Error::Code::Invalid ? usageError(opened.error().message)
                                                           : failure(opened.error().message);
    SystemClock clock;
    const HqSealer sealer(*keyRead);
    HqSealing sealing(*opened->db, *opened->forms, clock);
    if (Status s = sealing.check(sealer); !s)
        return failure(s.error().message);
    auto sealed = sealing.sealExisting(sealer, HqAudit::operatorActor(operatorName()));
    if (!sealed)
        return failure(sealed.error().message);
    if (Status s = opened->db->reclaim(HqRetention::valueTables()); !s)
        return failure(u"The values are sealed, but the database files may still hold old copies: %1"_s.arg(
            s.error().message));
    out() << u"Sealed %1 stored changes, %2 current values and %3 conflict entries; the database files were "
             "rewritten."_s.arg(sealed->changes)
                 .arg(sealed->fields)
                 .arg(sealed->conflicts)
          << "\n";
    out().flush();
    return Ok;
}

int retentionCommand(const QCommandLineParser& args, const QStringList& words)
{
    if (words.value(1) != u"purge"_s)
        return usageError(u"retention needs purge."_s);
    if (words.size() != 2)
        return usageError(u"Unexpected argument \"%1\"."_s.arg(words.value(2)));
    auto opened = openDatabase(args.value(u"db"_s));
    if (!opened)
        return opened.error().code == Error::Code::Invalid ? usageError(opened.error().message)
                                                           : failure(opened.error().message);
    SystemClock clock;
    HqStore store(*opened->db, opened->forms, clock);
    if (Status s = purgeRetention(store, true); !s)
        return failure(s.error().message);
    out() << "Retention applied; the database files were rewritten.\n";
    out().flush();
    return Ok;
}

} // namespace

int main(int argc, char* argv[])
{
    // Pushed answers and credentials never reach a core file or another process.
    const bool hardened = prihvat::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"prihvat-hq"_s);
    QCoreApplication::setOrganizationName(u"prihvat"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PRIHVAT_VERSION));
    if (qEnvironmentVariableIsEmpty("QT_MESSAGE_PATTERN"))
        qSetMessagePattern(
            u"%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-warning}warning: %{endif}%{if-critical}error: %{endif}%{message}"_s);
    if (!hardened)
        qWarning("Could not switch off core dumps for this process.");

    QCommandLineParser args;
    args.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    args.addOptions({
        {u"db"_s, u"Database URL."_s, u"URL"_s},
        {u"listen"_s, u"Address to listen on."_s, u"HOST:PORT"_s},
        {u"tls-cert"_s, u"TLS certificate chain (PEM)."_s, u"FILE"_s},
        {u"tls-key"_s, u"TLS private key (PEM)."_s, u"FILE"_s},
        {u"site"_s, u"Site code (repeatable)."_s, u"CODE"_s},
        {u"name"_s, u"Device name."_s, u"NAME"_s},
        {u"role"_s, u"Device role."_s, u"ROLE"_s},
        {u"set"_s, u"Reference set."_s, u"SET"_s},
        {u"replace"_s, u"Make the set exactly the file's entries."_s},
        {u"form"_s, u"Form id."_s, u"FORM"_s},
        {u"days"_s, u"Retention period in days."_s, u"N"_s},
        {u"limit"_s, u"Number of audit entries."_s, u"N"_s},
        {u"key-file"_s, u"The key file of the database."_s, u"FILE"_s},
        {u"out"_s, u"File to write."_s, u"FILE"_s},
        {{u"h"_s, u"help"_s}, u"Show the usage."_s},
        {{u"v"_s, u"version"_s}, u"Show the version."_s},
    });
    if (!args.parse(QCoreApplication::arguments()))
        return usageError(args.errorText());
    if (args.isSet(u"help"_s)) {
        out() << kUsage;
        out().flush();
        return Ok;
    }
    if (args.isSet(u"version"_s)) {
        out() << "prihvat-hq " << QCoreApplication::applicationVersion() << "\n";
        out().flush();
        return Ok;
    }
    const QStringList words = args.positionalArguments();
    if (words.isEmpty())
        return usageError(u"Say what to do: serve, device, reference, audit, key or retention."_s);

    // Options that the command does not use are refused, not silently ignored.
    const auto only = [&](const QStringList& allowed) -> QString {
        for (const QString& name : args.optionNames())
            if (!allowed.contains(name))
                return name;
        return {};
    };
    const QString command = words.first();
    if (command == u"serve"_s) {
        if (words.size() != 1)
            return usageError(u"Unexpected argument \"%1\"."_s.arg(words.at(1)));
        if (const QString extra = only({u"db"_s, u"listen"_s, u"key-file"_s, u"tls-cert"_s, u"tls-key"_s});
            !extra.isEmpty())
            return usageError(u"serve does not take --%1."_s.arg(extra));
        return serve(app, args);
    }
    if (command == u"device"_s) {
        const QString action = words.value(1);
        const QStringList allowed = action == u"add"_s
                                        ? QStringList{u"db"_s, u"site"_s, u"name"_s, u"role"_s, u"tls-cert"_s}
                                        : QStringList{u"db"_s};
        if (const QString extra = only(allowed); !extra.isEmpty())
            return usageError(u"device %1 does not take --%2."_s.arg(action, extra));
        return device(args, words);
    }
    if (command == u"reference"_s) {
        const QString action = words.value(1);
        const QStringList allowed = action == u"import"_s  ? QStringList{u"db"_s, u"set"_s, u"replace"_s}
                                    : action == u"list"_s ? QStringList{u"db"_s, u"set"_s}
                                                          : QStringList{u"db"_s, u"form"_s, u"days"_s};
        if (const QString extra = only(allowed); !extra.isEmpty())
            return usageError(u"reference %1 does not take --%2."_s.arg(action, extra));
        return reference(args, words);
    }
    if (command == u"audit"_s) {
        const QString action = words.value(1);
        const QStringList allowed =
            action == u"list"_s ? QStringList{u"db"_s, u"limit"_s} : QStringList{u"db"_s};
        if (const QString extra = only(allowed); !extra.isEmpty())
            return usageError(u"audit %1 does not take --%2."_s.arg(action, extra));
        return audit(args, words);
    }
    if (command == u"key"_s) {
        const QString action = words.value(1);
        const QStringList allowed =
            action == u"generate"_s ? QStringList{u"out"_s} : QStringList{u"db"_s, u"key-file"_s};
        if (const QString extra = only(allowed); !extra.isEmpty())
            return usageError(u"key %1 does not take --%2."_s.arg(action, extra));
        return keyCommand(args, words);
    }
    if (command == u"retention"_s) {
        if (const QString extra = only({u"db"_s}); !extra.isEmpty())
            return usageError(u"retention purge does not take --%1."_s.arg(extra));
        return retentionCommand(args, words);
    }
    return usageError(
        u"Unknown command \"%1\" (serve, device, reference, audit, key or retention)."_s.arg(command));
}
