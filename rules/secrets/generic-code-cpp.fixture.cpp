// Fixture for secret.generic-code-cpp (C++). Every value here is random, made for this file.
#include <cstdlib>
#include <map>
#include <string>

namespace payments {

// ruleid: secret.generic-code-cpp
constexpr const char* kApiKey = "IdJ25ZXN3WJ2RTmv39osS8";
// ruleid: secret.generic-code-cpp
const std::string kClientSecret{"FdZcAPbYJymAloyYnALxLu"};
// ruleid: secret.generic-code-cpp
static const std::string ACCESS_TOKEN = "jHj6H_YSK-DbR3Y";
// ok: secret.generic-code-cpp
const std::string kTokenEndpoint = "https://auth.example.com/oauth/token";

class Client {
 public:
  void setPassword(const std::string& p) { password_ = p; }
  void configure(std::map<std::string, std::string>& headers) {
    // ruleid: secret.generic-code-cpp
    this->apiToken = "5jrDy9gNhVzwM8tSzaA9GE";
    // ruleid: secret.generic-code-cpp
    headers.insert({"x-api-key", "hjiBbNKW33uq8jth1DCLml"});
    // ruleid: secret.generic-code-cpp
    setPassword("h9mDnuYnxtVa8cK");
    // ruleid: secret.generic-code-cpp
    std::string dbPassword = "8O8HWKsNOA9KXjZVDoIijA";

    // ok: secret.generic-code-cpp
    std::string password = std::getenv("DB_PASSWORD");
    // ok: secret.generic-code-cpp
    std::string secretName = "prod/payments/stripe";
    // ok: secret.generic-code-cpp
    std::string authToken = "changeme";
  }

 private:
  std::string password_;
  std::string apiToken;
};

}  // namespace payments
