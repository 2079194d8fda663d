// StepPartner (engine/step_partner.h): the job runs once per start(), wait() returns after
// it, what the job throws reaches the caller, and a partner never started ends cleanly.
#include "engine/training/step_partner.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <future>
#include <random>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace catnet;

class TestStepPartner : public QObject {
    Q_OBJECT
private slots:
    void runsTheJobOncePerStart() {
        std::vector<int> written(1000, 0);
        int step = 0;
        StepPartner partner([&] { written[std::size_t(step)] = step + 1; });
        for (step = 0; step < 1000; ++step) {
            partner.start();
            partner.wait();
            // The job's writes are visible once wait() returns.
            QCOMPARE(written[std::size_t(step)], step + 1);
        }
    }

    void reportsASleepWhenTheJobIsSlow() {
        StepPartner partner([] { std::this_thread::sleep_for(std::chrono::milliseconds(20)); });
        partner.start();
        QVERIFY(!partner.wait()); // 20 ms is far beyond the spin
    }

    void rethrowsWhatTheJobThrew() {
        int calls = 0;
        StepPartner partner([&] {
            if (++calls == 2)
                throw std::runtime_error("second call");
        });
        partner.start();
        partner.wait();
        partner.start();
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, partner.wait());
        partner.start(); // the partner goes on after a failed job
        partner.wait();
        QCOMPARE(calls, 3);
    }

    // Steps whose two sides take turns outlasting the spin, so that each side is often
    // asleep when the other arrives: a lost wake-up would leave both asleep for good.
    void neverLosesAWakeUp() {
        std::mt19937 random(7);
        std::uniform_int_distribution<int> microseconds(0, 250);
        // Short busy steps first, as in training (negative: busy for that many µs), then
        // a mix of sleeps that outlast the spin.
        std::uniform_int_distribution<int> busy(-20, -1);
        std::vector<int> jobPause(54000), callerPause(54000);
        for (std::size_t i = 0; i < 50000; ++i) {
            jobPause[i] = busy(random);
            callerPause[i] = busy(random);
        }
        for (std::size_t i = 50000; i < jobPause.size(); ++i) {
            jobPause[i] = microseconds(random) % 3 == 0 ? microseconds(random) : 0;
            callerPause[i] = microseconds(random) % 3 == 0 ? microseconds(random) : 0;
        }
        std::size_t step = 0;
        int finished = 0;
        auto steps = std::async(std::launch::async, [&] {
            const auto pauseFor = [](int microseconds) {
                if (microseconds > 0)
                    std::this_thread::sleep_for(std::chrono::microseconds(microseconds));
                const auto end = std::chrono::steady_clock::now() + std::chrono::microseconds(-microseconds);
                while (microseconds < 0 && std::chrono::steady_clock::now() < end) {
                }
            };
            StepPartner partner([&] { pauseFor(jobPause[step]); });
            for (step = 0; step < jobPause.size(); ++step) {
                partner.start();
                pauseFor(callerPause[step]);
                partner.wait();
                ++finished;
            }
        });
        if (steps.wait_for(std::chrono::seconds(60)) != std::future_status::ready)
            qFatal("StepPartner hung after %d of %zu steps: a wake-up was lost", finished, jobPause.size());
        steps.get();
        QCOMPARE(finished, int(jobPause.size()));
    }

    // `afterwards` runs once per step, after the job and after the caller's release(),
    // and sees what the caller wrote before it; the caller may already be a step ahead
    // (it needs only the job to be done), which a partner waiting for exactly this step's
    // release once missed, and then slept for good.
    void runsAfterwardsOncePerReleasedStep() {
        constexpr int kSteps = 200000;
        std::vector<int> written(kSteps, 0), seen(kSteps, -1);
        int step = 0, afterwardsStep = 0;
        bool inOrder = true;
        std::atomic<int> finished{0};
        auto steps = std::async(std::launch::async, [&] {
            StepPartner partner([&] { inOrder = inOrder && afterwardsStep == step; },
                                [&] {
                                    seen[std::size_t(afterwardsStep)] = written[std::size_t(afterwardsStep)];
                                    ++afterwardsStep;
                                });
            for (step = 0; step < kSteps; ++step) {
                partner.start();
                written[std::size_t(step)] = step + 1;
                partner.release();
                partner.wait();
                finished.store(step + 1, std::memory_order_relaxed);
            }
        });
        if (steps.wait_for(std::chrono::seconds(60)) != std::future_status::ready)
            qFatal("StepPartner hung after %d of %d steps", finished.load(), kSteps);
        steps.get();
        QVERIFY(inOrder); // each job ran after the previous step's afterwards
        for (int i = 0; i + 1 < kSteps; ++i) // the last one may not have run yet
            QCOMPARE(seen[std::size_t(i)], i + 1);
    }

    void endsWithoutEverStarting() {
        bool ran = false;
        { StepPartner partner([&] { ran = true; }); }
        QVERIFY(!ran);
    }
};

QTEST_APPLESS_MAIN(TestStepPartner)
#include "tst_step_partner.moc"
