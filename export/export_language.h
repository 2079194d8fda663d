#pragma once

namespace catnet {

// The words of an exported page or notebook: English, or Simplified Chinese for a learner
// using the window in it (catnet-train writes English). Numbers, code, run names and their
// options read the same in both.
enum class ExportLanguage { English, SimplifiedChinese };

} // namespace catnet
