#pragma once

#include "dataset.h"

#include <QObject>
#include <QString>

#include <memory>
#include <thread>

namespace catnet::ui {

// Reads a data set folder on a worker thread (the course's two files, parsed by the
// reader process), so that the window stays responsive while thousands of images
// load. One load at a time: a new one replaces the one under way.
class DatasetLoader : public QObject {
    Q_OBJECT
public:
    explicit DatasetLoader(QObject* parent = nullptr) : QObject(parent) {}
    ~DatasetLoader() override;

    void start(const QString& directory);
    // Ends the load under way (stopped is emitted); nothing changes.
    void stop();
    bool isLoading() const { return loading_; }
    // The data set of the last `loaded`, handed over once.
    std::shared_ptr<const Dataset> takeDataset() { return std::move(dataset_); }

signals:
    void loaded(const QString& directory);
    void failed(const QString& directory, const QString& error);
    void stopped(const QString& directory);

private:
    // Ends the load under way, if any, without a signal; whether there was one.
    bool halt();

    std::jthread worker_;
    QString directory_;
    std::shared_ptr<const Dataset> dataset_;
    bool loading_ = false;
    int generation_ = 0; // which start() a result belongs to
};

} // namespace catnet::ui
