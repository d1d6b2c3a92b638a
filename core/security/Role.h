#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace prihvat {

// What a local user may do. The codes are stored (users.role) and typed on the command
// line; never rename one.
enum class Role
{
    Admin,      // administrator: manages users; sees no protection detail
    Mobile,     // mobile team member
    Desk,       // reception-centre desk
    Protection, // protection officer: the only role that sees protection-sensitive fields
};

QString roleCode(Role role);
std::optional<Role> roleFromCode(QStringView code);
QStringList roleCodes();
// The role's name in the user's language.
QString roleLabel(Role role);

} // namespace prihvat
