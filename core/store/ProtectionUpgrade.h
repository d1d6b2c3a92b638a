#pragma once

#include "common/Result.h"

namespace prihvat {

class LocalStore;

// Moves protection categories that older form versions kept as plain facets into the
// protection-sensitive fields that hold them now (docs/FORMS.md, "Protection categories"):
//
// - a screening whose `risks` holds gbv, lgbtqi or trafficking loses them there; they go
//   into `protection_risks`, and `protection_concern` becomes "yes" (`risks` becomes "none"
//   when nothing else is left in it);
// - a referral whose `service` is gbv_services or child_protection gets
//   `protection_referral` "yes", `protection_service` and `protection_provider` (from
//   `provider`), and its `service` and `provider` are cleared.
//
// The new values are sealed like any answer, written as ordinary changes (stamped, in the
// outbox, one audit entry each) so that headquarters and the other devices get them, and
// the old facet values are gone from the record. It needs no schema change and can be run
// any number of times: it finds only records that still hold an old value, so a record that
// arrives later from a device that was not upgraded yet is moved the next time. Only a
// protection officer's session runs it (the store must be unlocked), and only on a device
// enrolled for the protection role (or not enrolled): headquarters takes protection-sensitive
// answers from protection devices only, so anywhere else the categories would be lost.
class ProtectionUpgrade
{
public:
    // How many records were moved.
    static Result<int> run(LocalStore& store);
};

} // namespace prihvat
