#pragma once

#include "engine/io/dataset.h"

#include <QObject>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>
#include <thread>

class QTimer;

namespace catnet::ui {

// Reads a data set folder on a worker thread (the course's two files, parsed by the
// reader process), so that the window stays responsive while thousands of images
// load. One load at a time: a new one replaces the one under way. The worker hands its
// result over under a mutex, and a UI-thread timer picks it up (as the other sessions do).
class DatasetLoader : public QObject {
    Q_OBJECT
public:
    explicit DatasetLoader(QObject* parent = nullptr);
    ~DatasetLoader() override;

    void start(const QString& directory);
    // Ends the load under way (stopped is emitted); nothing changes.
    void stop();
    bool isLoading() const { return worker_.joinable(); }
    // The data set of the last `loaded`, handed over once.
    std::shared_ptr<const Dataset> takeDataset() { return std::move(dataset_); }

    // How often the window looks for the result.
    static constexpr int kPollMilliseconds = 50;

signals:
    void loaded(const QString& directory);
    void failed(const QString& directory, const QString& error);
    void stopped(const QString& directory);

private:
    struct Result {
        std::shared_ptr<const Dataset> data;
        QString error;
    };
    void poll();
    // Ends the load under way, if any, without a signal; whether there was one.
    bool halt();

    std::jthread worker_;
    QString directory_;
    std::shared_ptr<const Dataset> dataset_;
    QTimer* poll_;
    std::mutex mutex_;             // guards result_
    std::optional<Result> result_; // set by the worker when it is done
};

} // namespace catnet::ui
