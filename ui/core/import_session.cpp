#include "ui/core/import_session.h"

#include "engine/io/atomic_file.h"
#include "engine/io/dataset_writer.h"
#include "photo/photo_loader.h"

#include <stdexcept>

namespace catnet::ui {

namespace {
// Progress is posted about this many times over an import, not once per photo.
constexpr std::size_t kProgressSteps = 200;
} // namespace

ImportSession::ImportSession(QObject* parent)
    : QObject(parent),
      job_(
          [this](std::vector<Mail>& batch) {
              const Mail* latest = nullptr; // progress is shown once a batch
              for (Mail& mail : batch) {
                  if (mail.result)
                      handed_ = std::move(mail.result);
                  else
                      latest = &mail;
              }
              if (latest)
                  emit progress(int(latest->done), int(latest->total));
          },
          [this](const std::string& failure) {
              std::optional<ImportResult> result = std::move(handed_);
              const bool stopped = result && result->stopped;
              if (failure.empty() && !stopped)
                  result_ = std::move(result);
              emit finished(stopped, QString::fromStdString(failure));
          }) {}

bool ImportSession::start(ImportOptions options, std::filesystem::path outputFolder) {
    if (job_.isRunning())
        return false;
    handed_.reset();
    result_.reset();
    job_.start([options = std::move(options), out = std::move(outputFolder)](std::stop_token stop, const auto& post) {
        try {
            // The same path as a dropped photo: each stored image is what Predict would see.
            const PhotoDecoder decode = photoDecoder();
            // Where it writes, made and checked before the photos are read.
            OutputFolder folder(out);
            for (const char* name : {kTrainFileName, kTestFileName})
                checkWritable(out / name);
            const auto report = [&post](std::size_t done, std::size_t total) {
                if (done == total || done % std::max<std::size_t>(1, total / kProgressSteps) == 0)
                    post({done, total, std::nullopt});
            };
            ImportResult result = importPhotoFolders(options, decode, report, stop);
            if (!result.stopped) {
                saveCourseDataset(out, result.data);
                folder.keep();
            }
            post({0, 0, std::move(result)});
        } catch (const std::bad_alloc&) {
            throw std::runtime_error("ran out of memory; import fewer photos");
        }
    });
    return true;
}

} // namespace catnet::ui
