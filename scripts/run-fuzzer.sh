#!/usr/bin/env bash
# run-fuzzer.sh FUZZER SEED_CORPUS SECONDS FOUND_DIR
# Runs a libFuzzer target for SECONDS in total. A crash inside libhdf5 (which is not
# hardened against malformed files; catnet parses them in a child process, see
# engine/io/isolated_reader.h) is recorded in FOUND_DIR/library/ and fuzzing goes on;
# any other crash, leak or undefined behaviour fails the run with its report.
# No allocation may exceed 512 MB: malloc returns null (libhdf5 then reports an error, as
# it does when memory runs out), and C++'s new reports it with its stack. Left to succeed,
# a size read from a forged header (17 GB in H5Fopen) poisons gigabytes of shadow memory,
# and libFuzzer's memory limit fires from a timer, with no stack to tell whose it was.
set -uo pipefail
fuzzer=$1 corpus=$2 budget=$3 found=$4
mkdir -p "$found/corpus" "$found/library"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}:allocator_may_return_null=1:max_allocation_size_mb=512"
end=$((SECONDS + budget))
round=0
while ((SECONDS < end)); do
    round=$((round + 1))
    log="$found/round-$round.log"
    ("$fuzzer" -max_total_time=$((end - SECONDS)) -seed=$round -print_final_stats=1 -malloc_limit_mb=512 \
        -artifact_prefix="$found/" "$found/corpus" "$corpus" >"$log" 2>&1; exit $?) 2>/dev/null # no "Aborted" noise
    status=$?
    grep -E "^stat::number_of_executed_units" "$log" | sed "s/^/  round $round: /"
    ((status == 0)) && break
    artifact=$(grep -oE "Test unit written to [^ ]+" "$log" | tail -1 | cut -d' ' -f5)
    # The first stack frame that is not the fuzzer's, the sanitizer's or libc's own (the
    # sanitizer's interceptors of mem* and str* functions stand for their caller).
    frame=$(sed -n '/ERROR: /,$p' "$log" | grep -E '^ +#[0-9]+ ' |
        grep -vE ' in (fuzzer::|__asan|__sanitizer|__lsan|__ubsan|__interceptor_|__GI_|__pthread_kill|raise|abort|malloc|calloc|realloc|free|operator new|operator delete|__mem|mem(cpy|move|set|cmp)|str[a-z]+ )|libclang_rt' |
        head -1)
    if [[ $frame == *libhdf5* && -n $artifact ]]; then
        echo "  known library crash, contained by the isolated reader: ${frame##* in }"
        mv "$artifact" "$found/library/"
        continue
    fi
    echo "FAILED: $fuzzer found a problem in catnet's code"
    cat "$log"
    exit 1
done
exit 0
