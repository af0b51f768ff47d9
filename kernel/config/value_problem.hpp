// What a value parser throws: only the problem itself ("not an integer:
// 'abc'"). The loader adds where the value came from and turns it into a
// ConfigError.
#pragma once

#include <stdexcept>

namespace sup::config {

class ValueProblem : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace sup::config
