// The corpus replay: runs a harness over each file of the given folders once, without libFuzzer, so the
// default build (GCC, no clang needed) keeps every committed corpus file as a regression test.
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QFileInfo info(QString::fromLocal8Bit(argv[i]));
        QStringList paths;
        if (info.isDir()) {
            for (const QFileInfo &entry : QDir(info.filePath()).entryInfoList(QDir::Files, QDir::Name))
                paths << entry.filePath();
        } else {
            paths << info.filePath();
        }
        for (const QString &path : paths) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 2;
            }
            const QByteArray data = file.readAll();
            std::fprintf(stderr, "%s (%lld bytes)\n", qPrintable(path), static_cast<long long>(data.size()));
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
            ++files;
        }
    }
    std::fprintf(stderr, "replayed %d file(s)\n", files);
    return files > 0 ? 0 : 1;
}
