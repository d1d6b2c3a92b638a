#include "Languages.h"

using namespace Qt::StringLiterals;

namespace prihvat::Languages {

const QStringList& all()
{
    static const QStringList codes{u"en"_s, u"bs"_s, u"ar"_s, u"fa"_s, u"ps"_s, u"ur"_s, u"fr"_s};
    return codes;
}

bool isSupported(const QString& code)
{
    return all().contains(code);
}

bool isRightToLeft(const QString& code)
{
    return code == u"ar"_s || code == u"fa"_s || code == u"ps"_s || code == u"ur"_s;
}

QString nativeName(const QString& code)
{
    if (code == u"en"_s)
        return u"English"_s;
    if (code == u"bs"_s)
        return u"Bosanski"_s;
    if (code == u"ar"_s)
        return u"العربية"_s;
    if (code == u"fa"_s)
        return u"فارسی"_s;
    if (code == u"ps"_s)
        return u"پښتو"_s;
    if (code == u"ur"_s)
        return u"اردو"_s;
    if (code == u"fr"_s)
        return u"Français"_s;
    return code;
}

} // namespace prihvat::Languages
