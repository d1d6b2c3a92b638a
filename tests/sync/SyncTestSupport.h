#pragma once

// Devices for the sync tests: a data folder, its store, a network access manager without
// proxies and a SyncClient with fast back-off and a fixed "random" jitter.

#include "FakeHq.h"

#include "TestDataKey.h"
#include "common/Clock.h"
#include "forms/FormRegistry.h"
#include "security/FieldSealer.h"
#include "store/AuditLog.h"
#include "store/DataFolder.h"
#include "store/LocalStore.h"
#include "store/RecordService.h"
#include "sync/SyncClient.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

#include <sqlite3.h>

namespace prihvat::test {

// 2026-06-15 10:00 UTC.
inline const std::int64_t kNow = QDateTime(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();

inline QJsonObject personInput(const QString& given = u"Amir"_s)
{
    return QJsonObject{{u"given_name"_s, given},
                       {u"family_name"_s, u"Haidari"_s},
                       {u"sex"_s, u"male"_s},
                       {u"age_estimated"_s, 27},
                       {u"country_of_origin"_s, u"AF"_s},
                       {u"languages"_s, QJsonArray{u"fa"_s, u"ps"_s}},
                       {u"registration_date"_s, u"2026-06-14"_s},
                       {u"registration_site"_s, u"USI"_s},
                       {u"consent_given"_s, u"yes"_s},
                       {u"consent_date"_s, u"2026-06-14"_s},
                       {u"consent_language"_s, u"fa"_s}};
}

struct TestDevice
{
    QTemporaryDir dir;
    const Clock* clock = nullptr;
    std::shared_ptr<const FormRegistry> forms;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<SyncClient> client;
    std::unique_ptr<RecordService> records;
    double jitter = 0.5;

    // Opens (again) the store and builds a fresh client on it.
    bool open()
    {
        client.reset();
        records.reset();
        store.reset();
        const DataFolder folder(dir.path());
        auto s = folder.isInitialised() ? LocalStore::open(folder, forms, *clock)
                                        : LocalStore::initialise(folder, u"USI"_s, forms, *clock);
        if (!s) {
            qWarning("%s", qPrintable(s.error().fullText()));
            return false;
        }
        store = std::move(s.value());
        if (Status unlocked = unlockWithInterimKey(*store); !unlocked) {
            qWarning("%s", qPrintable(unlocked.error().fullText()));
            return false;
        }
        if (!network) {
            network = std::make_unique<QNetworkAccessManager>();
            network->setProxy(QNetworkProxy::NoProxy);
        }
        client = std::make_unique<SyncClient>(*store, network.get(), *clock, [this] { return jitter; });
        SyncClient::Options o;
        o.baseDelayMs = 20;
        o.maxDelayMs = 200;
        o.transferTimeoutMs = 5000;
        client->setOptions(o);
        records = std::make_unique<RecordService>(*store, u"en"_s);
        records->setCanSeeProtection(true);
        return true;
    }

    void setOptions(const std::function<void(SyncClient::Options&)>& change)
    {
        SyncClient::Options o = client->options();
        change(o);
        client->setOptions(o);
    }

    bool enroll(FakeHq& hq)
    {
        QSignalSpy spy(client.get(), &SyncClient::enrolled);
        client->enroll(hq.url(), hq.addDevice());
        if (!spy.wait(10000))
            return false;
        if (!spy.first().at(0).toBool())
            qWarning("enrolment failed: %s", qPrintable(spy.first().at(1).toString()));
        return spy.first().at(0).toBool();
    }

    SyncReport sync(int timeoutMs = 20000)
    {
        QSignalSpy spy(client.get(), &SyncClient::finished);
        if (!client->start())
            return {0, 0, 0, 0, false, u"a sync was already under way"_s};
        if (!spy.wait(timeoutMs))
            return {0, 0, 0, 0, false, u"the sync did not finish in time"_s};
        return spy.first().first().value<SyncReport>();
    }

    QString create(const QJsonObject& input = personInput(), const QString& form = u"person"_s)
    {
        auto id = records->create(form, input);
        if (!id)
            qWarning("%s", qPrintable(id.error().fullText()));
        return id ? *id : QString();
    }

    std::int64_t outbox() const
    {
        auto n = store->outboxSize();
        return n ? *n : -1;
    }

    Record get(const QString& id) const
    {
        auto r = store->get(id);
        return r && r->has_value() ? **r : Record{};
    }
};

// A colleague who holds the data key rewrites entry `from` of the trail and everything after
// it consistently, through another SQLite, and keys the new head: the laptop's own check
// then finds nothing. Returns the error text, or empty.
inline QString rewriteTrailWithTheKey(const QString& path, std::int64_t from, const FieldSealer& sealer)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    QList<AuditEntry> entries;
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT seq, at_ms, actor, kind, record_id, form, detail, prev_hash, hash FROM audit "
                       "ORDER BY seq",
                       -1, &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const auto text = [&](int c) {
            return sqlite3_column_type(stmt, c) == SQLITE_NULL
                       ? QString()
                       : QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, c)));
        };
        const auto blob = [&](int c) {
            return QByteArray(static_cast<const char*>(sqlite3_column_blob(stmt, c)),
                              sqlite3_column_bytes(stmt, c));
        };
        entries.append({sqlite3_column_int64(stmt, 0), sqlite3_column_int64(stmt, 1), text(2), text(3),
                        text(4), text(5), text(6), blob(7), blob(8)});
    }
    sqlite3_finalize(stmt);
    for (qsizetype i = from - 1; i < entries.size(); ++i) {
        if (i == from - 1)
            entries[i].detail = u"nothing happened here"_s;
        else
            entries[i].prevHash = entries.at(i - 1).hash;
        entries[i].hash = AuditLog::computeHash(entries.at(i));
    }
    const AuditEntry& last = entries.last();
    auto mac = AuditLog::headMac(sealer, last.seq, last.hash);
    QString error;
    const auto exec = [&](const QByteArray& sql) {
        char* message = nullptr;
        if (error.isEmpty() && sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK)
            error = QString::fromUtf8(message ? message : "error");
        sqlite3_free(message);
    };
    QList<QByteArray> triggers;
    sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'", -1,
                       &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        triggers.append(QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))));
    sqlite3_finalize(stmt);
    exec("BEGIN; DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete; DROP TRIGGER audit_no_replace");
    exec("UPDATE audit SET detail = 'nothing happened here' WHERE seq = " + QByteArray::number(from));
    for (qsizetype i = from - 1; i < entries.size(); ++i) {
        const AuditEntry& e = entries.at(i);
        exec("UPDATE audit SET prev_hash = X'" + e.prevHash.toHex() + "', hash = X'" + e.hash.toHex() +
             "' WHERE seq = " + QByteArray::number(e.seq));
    }
    exec("UPDATE meta SET value = '" + QByteArray::number(last.seq) + ' ' + last.hash.toHex() +
         "' WHERE key = 'audit_head'");
    exec("UPDATE meta SET value = '" + QByteArray::number(last.seq) + ' ' + last.hash.toHex() + ' ' +
         mac.value().toHex() + "' WHERE key = 'audit_mac'");
    for (const QByteArray& t : std::as_const(triggers))
        exec(t);
    exec("COMMIT");
    sqlite3_close_v2(db);
    return error;
}

inline std::unique_ptr<TestDevice> makeDevice(const Clock& clock, std::shared_ptr<const FormRegistry> forms)
{
    auto d = std::make_unique<TestDevice>();
    d->clock = &clock;
    d->forms = std::move(forms);
    if (!d->dir.isValid() || !d->open())
        return nullptr;
    return d;
}

} // namespace prihvat::test
