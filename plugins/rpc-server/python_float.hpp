// Doubles written the way Python's repr() writes them, which is what the
// reference puts inside <double>: shortest round-trip digits, "1.0" not "1",
// exponent form outside 1e-4 <= |x| < 1e16 ("1e+16", "1e-05").
#pragma once

#include <string>

namespace sup::rpc {

std::string python_float_repr(double value);

}  // namespace sup::rpc
