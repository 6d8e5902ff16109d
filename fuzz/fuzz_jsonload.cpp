// connect-sandbox --load (sandbox/seed/jsonloader.cpp): up to four JSON files, loaded into a fresh sandbox
// store; what it cannot load it must list, never crash or half-store.
#include "fuzzsupport.h"

#include "sandbox/api/sandboxcontext.h"
#include "sandbox/seed/jsonloader.h"
#include "sandbox/store/sandboxstore.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    cv::fuzz::ensureApplication();
    static QTemporaryDir root;
    const QList<QByteArray> files = cv::fuzz::pieces(cv::fuzz::bytes(data, size), 4);
    QTemporaryDir dir(root.filePath(QStringLiteral("load-XXXXXX")));
    for (qsizetype i = 0; i < files.size(); ++i) {
        QFile file(dir.filePath(QStringLiteral("%1.json").arg(i)));
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(files.at(i));
    }
    cv::sandbox::SandboxStore store;
    if (!store.open(QStringLiteral(":memory:")))
        return 0;
    cv::sandbox::SandboxContext context(store, nullptr);
    const auto report = cv::sandbox::loadJsonDirectory(context, dir.path());
    if (!report || report.value().rejected.size() > files.size())
        __builtin_trap(); // the folder exists; at most one line per file
    return 0;
}
