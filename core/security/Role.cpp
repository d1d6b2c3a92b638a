#include "Role.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace prihvat {

namespace {

struct RoleName
{
    Role role;
    const char16_t* code;
};

constexpr RoleName kRoles[] = {
    {Role::Admin, u"admin"},
    {Role::Mobile, u"mobile"},
    {Role::Desk, u"desk"},
    {Role::Protection, u"protection"},
};

} // namespace

QString roleCode(Role role)
{
    for (const RoleName& r : kRoles)
        if (r.role == role)
            return QString::fromUtf16(r.code);
    return {};
}

std::optional<Role> roleFromCode(QStringView code)
{
    for (const RoleName& r : kRoles)
        if (code == QStringView(r.code))
            return r.role;
    return std::nullopt;
}

QStringList roleCodes()
{
    QStringList codes;
    for (const RoleName& r : kRoles)
        codes.append(QString::fromUtf16(r.code));
    return codes;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Admin:
        return QCoreApplication::translate("Accounts", "administrator");
    case Role::Mobile:
        return QCoreApplication::translate("Accounts", "mobile team");
    case Role::Desk:
        return QCoreApplication::translate("Accounts", "reception desk");
    case Role::Protection:
        return QCoreApplication::translate("Accounts", "protection officer");
    }
    return {};
}

} // namespace prihvat
