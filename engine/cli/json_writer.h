#pragma once

#include <string>
#include <string_view>

namespace catnet::cli {

// Minimal JSON text builder for the report: values are appended in order and
// commas are placed automatically. Doubles keep every digit (shortest round trip).
class JsonWriter {
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view name);
    JsonWriter& value(double number);
    JsonWriter& value(long long number);
    JsonWriter& value(int number) { return value(static_cast<long long>(number)); }
    JsonWriter& value(std::string_view text);
    JsonWriter& null();

    const std::string& text() const { return text_; }

private:
    void separate();

    std::string text_;
    bool needsComma_ = false;
};

// Shortest text that reads back as the same double ("0.1", "1e-05").
std::string formatDouble(double number);

} // namespace catnet::cli
