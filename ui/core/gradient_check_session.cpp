#include "ui/core/gradient_check_session.h"

#include "engine/io/split_features.h"

namespace catnet::ui {

GradientCheckSession::GradientCheckSession(QObject* parent)
    : QObject(parent), job_(
                           [this](std::vector<Mail>& batch) {
                               for (Mail& mail : batch)
                                   if (mail.check)
                                       check_ = std::move(mail.check);
                               emit progress(batch.back().share);
                           },
                           [this](const std::string& failure) {
                               const std::optional<GradientCheck> check = std::exchange(check_, std::nullopt);
                               emit finished(failure.empty() && check ? &*check : nullptr,
                                             QString::fromStdString(failure));
                           }) {}

void GradientCheckSession::start(std::shared_ptr<const Parameters> parameters, std::shared_ptr<const Dataset> data) {
    check_.reset();
    job_.start([parameters = std::move(parameters), data = std::move(data)](std::stop_token stop, const auto& post) {
        GradientCheckOptions options;
        options.stop = stop;
        options.progress = [&post](double share) { post({share, std::nullopt}); };
        Matrix made; // the window holds pixels only (split_features.h)
        post({1.0, checkGradients(*parameters, featuresOf(data->train, made), data->train.Y, options)});
    });
}

} // namespace catnet::ui
