#include "Record.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace prihvat {

QJsonObject Record::toJson() const
{
    auto iso = [](std::int64_t ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    };
    return QJsonObject{{u"id"_s, id},
                       {u"form"_s, form},
                       {u"deleted"_s, deleted},
                       {u"created"_s, iso(createdMs)},
                       {u"updated"_s, iso(updatedMs)},
                       {u"values"_s, values}};
}

} // namespace prihvat
