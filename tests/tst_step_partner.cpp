// StepPartner (engine/step_partner.h): the job runs once per start(), wait() returns after
// it, what the job throws reaches the caller, and a partner never started ends cleanly.
#include "step_partner.h"

#include <QTest>

#include <chrono>
#include <stdexcept>
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

    void endsWithoutEverStarting() {
        bool ran = false;
        { StepPartner partner([&] { ran = true; }); }
        QVERIFY(!ran);
    }
};

QTEST_APPLESS_MAIN(TestStepPartner)
#include "tst_step_partner.moc"
