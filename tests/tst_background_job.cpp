// BackgroundJob (ui/core/background_job.h), the one way the window works in the
// background: mail arrives on the UI thread in the order posted, the end is said once
// with what the job threw, stop reaches the job, cancel delivers nothing more, finishNow
// delivers at once, and a job may start the next one from its end.
#include "ui/core/background_job.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using catnet::ui::BackgroundJob;

class TestBackgroundJob : public QObject {
    Q_OBJECT

private slots:
    void deliversMailInOrderThenEndsOnce() {
        std::vector<int> received;
        int ends = 0;
        std::string failure = "not yet";
        BackgroundJob<int> job([&](std::vector<int>& batch) { received.insert(received.end(), batch.begin(), batch.end()); },
                               [&](const std::string& why) {
                                   ++ends;
                                   failure = why;
                               });
        job.start([](std::stop_token, const auto& post) {
            for (int i = 0; i < 1000; ++i)
                post(i);
        });
        QVERIFY(job.isRunning());
        QVERIFY(QTest::qWaitFor([&] { return ends > 0; }, 10000));
        QVERIFY(!job.isRunning());
        QCOMPARE(received.size(), std::size_t{1000});
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(received[std::size_t(i)], i);
        QCOMPARE(failure, std::string());
        QTest::qWait(3 * catnet::ui::kJobPollMilliseconds);
        QCOMPARE(ends, 1);
    }

    void endsWithWhatTheJobThrew() {
        std::string failure;
        int delivered = 0;
        BackgroundJob<int> job([&](std::vector<int>& batch) { delivered += int(batch.size()); },
                               [&](const std::string& why) { failure = why; });
        job.start([](std::stop_token, const auto& post) {
            post(1);
            throw std::runtime_error("the file is damaged");
        });
        QVERIFY(QTest::qWaitFor([&] { return !job.isRunning(); }, 10000));
        QCOMPARE(delivered, 1); // what came before the throw still arrives
        QCOMPARE(failure, std::string("the file is damaged"));
    }

    void requestStopReachesTheJob() {
        int stopped = 0;
        BackgroundJob<int> job(BackgroundJob<int>::oneByOne([&](int& value) { stopped = value; }),
                               [](const std::string&) {});
        job.start([](std::stop_token stop, const auto& post) {
            while (!stop.stop_requested())
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            post(1);
        });
        QTest::qWait(50);
        QVERIFY(job.isRunning());
        job.requestStop();
        QVERIFY(QTest::qWaitFor([&] { return !job.isRunning(); }, 10000));
        QCOMPARE(stopped, 1);
    }

    void cancelDeliversNothingMore() {
        int delivered = 0, ends = 0;
        BackgroundJob<int> job([&](std::vector<int>& batch) { delivered += int(batch.size()); },
                               [&](const std::string&) { ++ends; });
        job.start([](std::stop_token stop, const auto& post) {
            post(1);
            while (!stop.stop_requested())
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(20)); // its mail is posted, not delivered
        QVERIFY(job.cancel());
        QVERIFY(!job.isRunning());
        QTest::qWait(3 * catnet::ui::kJobPollMilliseconds);
        QCOMPARE(delivered, 0);
        QCOMPARE(ends, 0);
        QVERIFY(!job.cancel()); // nothing left to cancel
    }

    void finishNowDeliversAtOnce() {
        int delivered = 0, ends = 0;
        BackgroundJob<int> job([&](std::vector<int>& batch) { delivered += int(batch.size()); },
                               [&](const std::string&) { ++ends; });
        job.start([](std::stop_token, const auto& post) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            post(7);
        });
        job.finishNow(); // no event loop needed
        QCOMPARE(delivered, 1);
        QCOMPARE(ends, 1);
        QVERIFY(!job.isRunning());
    }

    void aJobMayStartTheNextFromItsEnd() {
        std::vector<int> received;
        int ends = 0;
        std::unique_ptr<BackgroundJob<int>> job;
        const auto startJob = [&](int value) {
            job->start([value](std::stop_token, const auto& post) { post(value); });
        };
        job = std::make_unique<BackgroundJob<int>>(
            [&](std::vector<int>& batch) { received.insert(received.end(), batch.begin(), batch.end()); },
            [&](const std::string&) {
                if (++ends < 3)
                    startJob(ends);
            });
        startJob(0);
        QVERIFY(QTest::qWaitFor([&] { return ends == 3; }, 10000));
        QCOMPARE(received, (std::vector<int>{0, 1, 2}));
        QVERIFY(!job->isRunning());
    }

    void destructionStopsAndJoins() {
        std::atomic<bool> ended{false};
        {
            BackgroundJob<int> job([](std::vector<int>&) {}, [](const std::string&) {});
            job.start([&](std::stop_token stop, const auto&) {
                while (!stop.stop_requested())
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                ended = true;
            });
        }
        QVERIFY(ended);
    }
};

QTEST_GUILESS_MAIN(TestBackgroundJob)
#include "tst_background_job.moc"
