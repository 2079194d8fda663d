#include "engine/io/child_process.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <stdexcept>

extern char** environ;

namespace catnet {

namespace {

using Clock = std::chrono::steady_clock;

// Owns the spawn attributes and file actions for one posix_spawn call.
class SpawnSetup {
public:
    SpawnSetup(int outputFd) {
        posix_spawn_file_actions_init(&actions_);
        posix_spawn_file_actions_addopen(&actions_, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
        posix_spawn_file_actions_adddup2(&actions_, outputFd, STDOUT_FILENO);
        posix_spawn_file_actions_addopen(&actions_, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
        posix_spawnattr_init(&attributes_);
        sigset_t none, defaults;
        sigemptyset(&none);
        sigemptyset(&defaults);
        for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGPIPE})
            sigaddset(&defaults, signal);
        posix_spawnattr_setsigmask(&attributes_, &none);
        posix_spawnattr_setsigdefault(&attributes_, &defaults);
        posix_spawnattr_setflags(&attributes_, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    }
    ~SpawnSetup() {
        posix_spawn_file_actions_destroy(&actions_);
        posix_spawnattr_destroy(&attributes_);
    }
    SpawnSetup(const SpawnSetup&) = delete;
    SpawnSetup& operator=(const SpawnSetup&) = delete;

    const posix_spawn_file_actions_t* actions() const { return &actions_; }
    const posix_spawnattr_t* attributes() const { return &attributes_; }

private:
    posix_spawn_file_actions_t actions_;
    posix_spawnattr_t attributes_;
};

int waitFor(pid_t child) {
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    return status;
}

} // namespace

ChildResult runChildProcess(const std::filesystem::path& executable, const std::vector<std::string>& arguments,
                            std::chrono::milliseconds limit, std::stop_token stop, LimitRestarts restarts) {
    int pipeEnds[2];
    if (::pipe2(pipeEnds, O_CLOEXEC) != 0)
        throw std::runtime_error(std::string("cannot create a pipe: ") + std::strerror(errno));
    std::vector<std::string> argv = {executable.string()};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    std::vector<char*> pointers;
    for (std::string& argument : argv)
        pointers.push_back(argument.data());
    pointers.push_back(nullptr);

    pid_t child = 0;
    int spawnError = 0;
    {
        const SpawnSetup setup(pipeEnds[1]);
        spawnError = ::posix_spawn(&child, executable.c_str(), setup.actions(), setup.attributes(), pointers.data(), environ);
    }
    ::close(pipeEnds[1]);
    if (spawnError != 0) {
        ::close(pipeEnds[0]);
        throw std::runtime_error("cannot start " + executable.string() + ": " + std::strerror(spawnError));
    }

    ChildResult result;
    auto deadline = Clock::now() + limit;
    char buffer[65536];
    for (;;) {
        if (stop.stop_requested()) {
            result.stopped = true;
            break;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0) {
            result.timedOut = true;
            break;
        }
        pollfd readable{pipeEnds[0], POLLIN, 0};
        // Wake at least every 50 ms to notice a stop request.
        const int ready = ::poll(&readable, 1, int(std::min<long long>(left.count(), 50)));
        if (ready < 0 && errno != EINTR)
            break;
        if (ready <= 0)
            continue;
        const ssize_t n = ::read(pipeEnds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; // end of output: the child is done
        result.output.append(buffer, std::size_t(n));
        if (restarts == LimitRestarts::OnOutput)
            deadline = Clock::now() + limit;
    }
    ::close(pipeEnds[0]);
    // It has closed its output (or must go): wait for it under the same limits.
    int status = 0;
    unsigned pause = 100; // microseconds
    while (!result.timedOut && !result.stopped) {
        const pid_t done = ::waitpid(child, &status, WNOHANG);
        if (done == child)
            break;
        if (stop.stop_requested())
            result.stopped = true;
        else if (Clock::now() >= deadline)
            result.timedOut = true;
        else
            ::usleep(pause), pause = std::min(pause * 2, 5000u); // it usually exits at once
    }
    if (result.timedOut || result.stopped) {
        ::kill(child, SIGKILL);
        status = waitFor(child);
    }
    if (WIFSIGNALED(status))
        result.signal = WTERMSIG(status);
    else if (WIFEXITED(status))
        result.exitCode = WEXITSTATUS(status);
    return result;
}

std::filesystem::path runningProgramFolder() {
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::filesystem::current_path(error) : self.parent_path();
}

} // namespace catnet
