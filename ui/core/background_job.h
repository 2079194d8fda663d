#pragma once

#include <QTimer>

#include <functional>
#include <mutex>
#include <new>
#include <stdexcept>
#include <stop_token>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace catnet::ui {

// How often the UI thread picks up what background jobs have handed over: often enough
// for a live chart, rarely enough to cost nothing while a job runs.
inline constexpr int kJobPollMilliseconds = 20;

// The window's one way to work in the background. A job's function runs on a worker
// thread of its own as plain C++ (the engine, std types) and posts what it produces as
// `Mail`. Mail is handed over under one std::mutex, which ThreadSanitizer sees (it cannot
// see the synchronisation inside Qt's event queue: Qt is not instrumented), and a timer on
// the UI thread picks it up every kJobPollMilliseconds and hands it to `deliver` as one
// batch, in the order posted (oneByOne() for owners that take it mail by mail). Once the function has returned and its last mail is delivered, `ended`
// runs with what the function threw ("" when nothing). A job is asked to stop through its
// std::stop_token; destruction stops and joins it, delivering nothing more.
template <class Mail>
class BackgroundJob {
public:
    using Post = std::function<void(Mail)>;
    using Work = std::function<void(std::stop_token, const Post&)>;

    using Deliver = std::function<void(std::vector<Mail>&)>;

    BackgroundJob(Deliver deliver, std::function<void(const std::string& failure)> ended)
        : deliver_(std::move(deliver)), ended_(std::move(ended)) {
        timer_.setInterval(kJobPollMilliseconds);
        QObject::connect(&timer_, &QTimer::timeout, &timer_, [this] { poll(); });
    }
    ~BackgroundJob() { cancel(); }

    static Deliver oneByOne(std::function<void(Mail&)> deliver) {
        return [deliver = std::move(deliver)](std::vector<Mail>& batch) {
            for (Mail& mail : batch)
                deliver(mail);
        };
    }
    BackgroundJob(const BackgroundJob&) = delete;
    BackgroundJob& operator=(const BackgroundJob&) = delete;

    // Starts `work` on a new worker thread; a job still under way is cancelled first.
    void start(Work work) {
        cancel();
        running_ = true;
        timer_.start();
        worker_ = std::jthread([this, work = std::move(work)](std::stop_token stop) {
            const Post post = [this](Mail mail) {
                const std::lock_guard lock(mutex_);
                mail_.push_back(std::move(mail));
            };
            std::string failure;
            try {
                work(stop, post);
            } catch (const std::bad_alloc&) {
                failure = "ran out of memory";
            } catch (const std::exception& e) {
                failure = e.what();
            }
            const std::lock_guard lock(mutex_);
            failure_ = std::move(failure);
            done_ = true;
        });
    }

    // Asks the job to stop; it ends (and `ended` runs) once its function returns.
    void requestStop() {
        if (worker_.joinable())
            worker_.request_stop();
    }
    // From start() until `ended` has run (or cancel()).
    bool isRunning() const { return running_; }

    // Waits for the function to return and delivers what it left now, `ended` included:
    // for closing the window mid-job without losing its result.
    void finishNow() {
        if (worker_.joinable())
            worker_.join();
        poll();
    }

    // Stops the job, waits for it and drops what it posted: nothing more is delivered and
    // `ended` does not run. Whether a job was running.
    bool cancel() {
        ++generation_;
        timer_.stop();
        const bool wasRunning = running_;
        running_ = false;
        if (worker_.joinable()) {
            worker_.request_stop();
            worker_.join();
        }
        const std::lock_guard lock(mutex_);
        mail_.clear();
        failure_.clear();
        done_ = false;
        return wasRunning;
    }

private:
    void poll() {
        std::vector<Mail> arrived;
        bool done = false;
        std::string failure;
        {
            const std::lock_guard lock(mutex_);
            arrived.swap(mail_);
            done = done_;
            if (done) {
                failure = std::move(failure_);
                done_ = false;
            }
        }
        // `deliver` may start or cancel a job: this one's end is then not delivered.
        const int generation = generation_;
        if (!arrived.empty())
            deliver_(arrived);
        if (!done || generation_ != generation)
            return;
        timer_.stop();
        if (worker_.joinable())
            worker_.join(); // its function has returned
        running_ = false;
        if (ended_)
            ended_(failure);
    }

    const Deliver deliver_;
    const std::function<void(const std::string&)> ended_;
    std::mutex mutex_; // guards the three below, everything the worker hands over
    std::vector<Mail> mail_;
    std::string failure_;
    bool done_ = false;
    bool running_ = false; // UI thread only, like generation_
    int generation_ = 0;
    QTimer timer_;
    std::jthread worker_; // last: joined before the rest is destroyed
};

} // namespace catnet::ui
