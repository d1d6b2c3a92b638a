#pragma once

#include <span>

namespace prihvat::seed {

// One name as the people we serve write it. `latin` holds the transliterations a desk
// officer meets, most common first, separated by '|' ("Mohammad|Muhammad|Mohammed");
// `native` is the same name in the person's own script, or nullptr when that script is
// Latin and the name needs no other spelling.
struct NameEntry
{
    const char16_t* latin;
    const char16_t* native;
};

struct NameList
{
    std::span<const NameEntry> male;
    std::span<const NameEntry> female;
    std::span<const NameEntry> family;
};

// Naming traditions of the main countries of origin. The lists are synthetic data for the
// seeder: common names only, with the spelling variants that cross-script search and
// duplicate detection must recognise as one name.
enum class NameGroup
{
    Afghan,      // Dari / Pashto, Perso-Arabic script
    Maghrebi,    // Morocco, Algeria, Tunisia, Libya: Arabic script, French-style transliteration
    Mashriqi,    // Syria, Iraq, Egypt, Palestine: Arabic script, English-style transliteration
    Pakistani,   // Urdu, Perso-Arabic (Nastaliq) script
    Iranian,     // Persian
    Bangladeshi, // Bengali script
    Turkish,     // Latin script with Turkish letters
    Indian,      // Devanagari
    Nepali,      // Devanagari
    Cuban,       // Latin script with Spanish accents
    Burundian,   // Latin script
};

const NameList& names(NameGroup group);

} // namespace prihvat::seed
