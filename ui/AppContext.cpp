#include "AppContext.h"

#include "Settings.h"
#include "store/LocalStore.h"

namespace prihvat {

const FormRegistry& AppContext::forms() const
{
    return store.forms();
}

QString AppContext::language() const
{
    return settings.language();
}

QString AppContext::respondentLanguage() const
{
    return settings.respondentLanguage();
}

} // namespace prihvat
