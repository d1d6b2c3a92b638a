#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace prihvat::hq {

// A device known to headquarters: a laptop of a mobile team, a reception-centre desk, a
// protection officer or an HQ workstation.
struct Device
{
    enum class State
    {
        Pending,
        Enrolled,
        Revoked,
        Expired
    };

    QString id;           // UUID, also the device part of its clock stamps
    QString name;         // given at `device add`
    QString reportedName; // what the device called itself when it enrolled
    QString role;         // mobile | desk | protection | hq
    QStringList sites;    // site codes whose records it pushes and pulls
    State state = State::Pending;
    std::int64_t createdMs = 0;
    std::int64_t codeExpiresMs = 0;
    std::int64_t enrolledMs = 0; // 0 when never
    std::int64_t revokedMs = 0;  // 0 when not revoked

    // Headquarters devices see and write records of every site.
    bool allSites() const { return role == QStringLiteral("hq"); }
    bool covers(const QString& site) const { return allSites() || sites.contains(site); }
    // Need-to-know: protection-sensitive fields go to and come from devices enrolled for
    // the protection role only. Not to `hq` devices either: seeing every site does not
    // mean seeing protection details (docs/SYNC.md, "Need-to-know").
    bool seesProtection() const { return role == QStringLiteral("protection"); }

    static QString stateName(State s)
    {
        switch (s) {
        case State::Pending:
            return QStringLiteral("pending");
        case State::Enrolled:
            return QStringLiteral("enrolled");
        case State::Revoked:
            return QStringLiteral("revoked");
        case State::Expired:
            return QStringLiteral("expired");
        }
        return {};
    }
    static QStringList roles()
    {
        return {QStringLiteral("mobile"), QStringLiteral("desk"), QStringLiteral("protection"),
                QStringLiteral("hq")};
    }
};

// What `device add` hands out once: the device and its one-time enrolment code.
struct NewDevice
{
    Device device;
    QString code;
};

// What enrolment hands the device once: its credential is "<id>.<token>".
struct Enrolment
{
    Device device;
    QString token;
    QString bearer() const { return device.id + QLatin1Char('.') + token; }
};

} // namespace prihvat::hq
