#include "util/constanttime.h"

namespace qms {

bool constantTimeEquals(QByteArrayView expected, QByteArrayView given)
{
    unsigned char diff = expected.size() == given.size() ? 0 : 1;
    for (qsizetype i = 0; i < given.size(); ++i)
        diff |= static_cast<unsigned char>(given[i] ^ (i < expected.size() ? expected[i] : 0));
    return diff == 0;
}

} // namespace qms
