#pragma once

// Devices for the sync tests: a data folder, its store, a network access manager without
// proxies and a SyncClient with fast back-off and a fixed "random" jitter.

#include "FakeHq.h"

#include "common/Clock.h"
#include "forms/FormRegistry.h"
#include "TestDataKey.h"
#include "store/DataFolder.h"
#include "store/LocalStore.h"
#include "store/RecordService.h"
#include "sync/SyncClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

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
