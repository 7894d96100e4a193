// libFuzzer entry points for one target of fuzztargets.h (chosen by CSISMS_FUZZ_TARGET).

#include "fuzztargets.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The SQL driver is a plugin: loading it needs an application object.
    static QCoreApplication app(*argc, *argv);
    FuzzTargets::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    CSISMS_FUZZ_TARGET(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
