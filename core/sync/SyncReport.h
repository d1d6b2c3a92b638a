#pragma once

#include "common/Result.h"

#include <QMetaType>
#include <QString>

#include <cstdint>
#include <optional>

namespace prihvat {

// What one sync did, for the window, the status bar and the command line.
struct SyncReport
{
    std::int64_t pushed = 0;    // changes headquarters took (accepted or as a conflict)
    std::int64_t pulled = 0;    // changes received from headquarters
    std::int64_t conflicts = 0; // concurrent edits newly in the conflict log
    std::int64_t rejected = 0;  // changes headquarters refused (kept in the rejections list)
    bool ok = false;            // ran to the end: nothing left to push or pull
    QString errorText;          // why not, in plain words in the user's language
    std::int64_t reference = 0; // reference-data changes received (sites, items, …)
    // Set when the reason is one a caller acts on: Error::Code::Revoked when headquarters
    // has revoked this device (the outbox is left as it was).
    std::optional<Error> error = std::nullopt;
};

} // namespace prihvat

Q_DECLARE_METATYPE(prihvat::SyncReport)
