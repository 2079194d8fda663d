# Which x86-64 level every target is compiled for. AVX-512 (x86-64-v4) doubles the
# width of Eigen's products, which is most of a training run's time (see README,
# "Speed"), so it is used where the building machine has it; x86-64-v3 (AVX2 + FMA)
# otherwise. Set CATNET_MARCH to build for another machine.
if(NOT DEFINED CATNET_MARCH)
    include(CheckCXXSourceRuns)
    check_cxx_source_runs([[
        int main() {
            __builtin_cpu_init();
            return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
                   __builtin_cpu_supports("avx512cd") && __builtin_cpu_supports("avx512dq") &&
                   __builtin_cpu_supports("avx512vl") ? 0 : 1;
        }]] CATNET_HOST_HAS_AVX512)
    if(CATNET_HOST_HAS_AVX512)
        set(level x86-64-v4)
    else()
        set(level x86-64-v3)
    endif()
    set(CATNET_MARCH ${level} CACHE STRING "-march for every target: x86-64-v3 (AVX2 + FMA) or x86-64-v4 (AVX-512)")
endif()
message(STATUS "catnet: compiling for ${CATNET_MARCH}")
