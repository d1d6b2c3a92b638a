// Helper for test_crash: opens a data folder and saves persons and screenings in an endless
// loop through RecordService, as the application does. Right after each create() returns
// (the commit is durable) it prints one line and flushes it:
//     <id> TAB <form> TAB <the input as compact JSON>
// Before the first save it prints "ready". The test kills it with SIGKILL at random moments.
// Usage: crash_writer DATA_DIR ROUND

#include "common/Clock.h"
#include "forms/FormRegistry.h"
#include "TestDataKey.h"
#include "store/DataFolder.h"
#include "store/LocalStore.h"
#include "store/RecordService.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace prihvat;

namespace {

// One write() per line, so the test never reads half a line of an acknowledged save.
void emitLine(const QByteArray& line)
{
    const char* data = line.constData();
    qsizetype left = line.size();
    while (left > 0) {
        const ssize_t n = ::write(STDOUT_FILENO, data, static_cast<size_t>(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            ::_exit(4);
        data += n;
        left -= n;
    }
}

int fail(const QString& what, const Error& e)
{
    std::fprintf(stderr, "crash_writer: %s: %s\n", qPrintable(what), qPrintable(e.fullText()));
    return 3;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: crash_writer DATA_DIR ROUND\n");
        return 2;
    }
    const QString round = args.at(2);
    SystemClock clock;
    auto forms = FormRegistry::load();
    if (!forms)
        return fail(u"loading forms"_s, forms.error());
    auto store = LocalStore::open(DataFolder(args.at(1)), *forms, clock);
    if (!store)
        return fail(u"opening"_s, store.error());
    if (Status s = unlockWithInterimKey(**store); !s)
        return fail(u"unlocking"_s, s.error());
    RecordService service(**store, u"en"_s);
    service.setCanSeeProtection(true);
    emitLine("ready\n");

    static const char16_t* const names[] = {u"Amir", u"Fatima", u"Yusuf", u"سميرة", u"Karim", u"زهرا", u"Omar", u"Leila"};
    static const char16_t* const countries[] = {u"AF", u"MA", u"SY", u"PK", u"DZ", u"IQ", u"BD", u"IR"};
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    for (int n = 0;; ++n) {
        const QJsonObject person{{u"given_name"_s, QString::fromUtf16(names[n % 8])},
                                 {u"family_name"_s, u"R%1-%2"_s.arg(round).arg(n)},
                                 {u"sex"_s, n % 3 == 0 ? u"female"_s : u"male"_s},
                                 {u"age_estimated"_s, 18 + n % 50},
                                 {u"country_of_origin"_s, QString::fromUtf16(countries[n % 8])},
                                 {u"registration_date"_s, yesterday},
                                 {u"registration_site"_s, u"USI"_s},
                                 {u"consent_given"_s, u"yes"_s},
                                 {u"consent_date"_s, yesterday},
                                 {u"consent_language"_s, u"en"_s},
                                 {u"notes"_s, u"Round %1, save %2: %3"_s.arg(round).arg(n).arg(QString(200, u'x'))}};
        auto personId = service.create(u"person"_s, person);
        if (!personId)
            return fail(u"saving a person"_s, personId.error());
        emitLine(personId->toUtf8() + "\tperson\t" + QJsonDocument(person).toJson(QJsonDocument::Compact) + '\n');

        const QJsonObject screening{{u"person_id"_s, *personId},
                                    {u"screening_date"_s, yesterday},
                                    {u"site"_s, u"USI"_s},
                                    {u"risks"_s, n % 6 == 0 ? QJsonArray{u"psychological_distress"_s}
                                                            : QJsonArray{u"none"_s}},
                                    {u"protection_concern"_s, n % 6 == 0 ? u"yes"_s : u"no"_s},
                                    {u"needs"_s, QJsonArray{u"shelter"_s, u"food"_s}},
                                    {u"referral_needed"_s, n % 6 == 0}};
        QJsonObject input = screening;
        if (n % 6 == 0) {
            input.insert(u"urgency"_s, u"high"_s);
            input.insert(u"protection_risks"_s, QJsonArray{u"gbv"_s});
            input.insert(u"gbv_details"_s, u"Disclosed at intake, round %1 save %2."_s.arg(round).arg(n));
            input.insert(u"distress_note"_s, u"Sleeps badly."_s);
        }
        auto screeningId = service.create(u"screening"_s, input);
        if (!screeningId)
            return fail(u"saving a screening"_s, screeningId.error());
        emitLine(screeningId->toUtf8() + "\tscreening\t" + QJsonDocument(input).toJson(QJsonDocument::Compact) + '\n');
    }
}
