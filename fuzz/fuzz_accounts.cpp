// accounts.json (app/accounts/accountregistry.cpp): any content loads as some accounts or an error that
// says what is wrong; the file is never lost.
#include "fuzzsupport.h"

#include "app/accounts/accountregistry.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cv::fuzz::ensureApplication();
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accounts.json"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(cv::fuzz::bytes(data, size));
    }
    cv::accounts::AccountRegistry registry(path);
    if (!registry.loadError().isEmpty() && registry.loadError().contains(QStringLiteral("no error occurred")))
        __builtin_trap(); // issue 17: a message that says nothing
    for (const cv::accounts::Account &account : registry.accounts())
        (void)account.toJson();
    return 0;
}
