# One INTERFACE target carries the language standard, warnings and SIMD flags for
# every target alike: Eigen's vectorized code breaks when translation units
# disagree on AVX, so no target may set these on its own.
add_library(catnet_common INTERFACE)
add_library(catnet::common ALIAS catnet_common)

target_compile_features(catnet_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(catnet_common INTERFACE -Wall -Wextra -Wpedantic)
if(CATNET_SIMD)
    include(cmake/SimdLevel.cmake)
    target_compile_options(catnet_common INTERFACE -march=${CATNET_MARCH})
    # GCC before 12.3 warns inside its own avx512fintrin.h (_mm512_undefined_pd, GCC
    # bug 105593) wherever Eigen's AVX-512 code is inlined. Clang (the fuzz builds)
    # still checks our code for these.
    if(CATNET_MARCH STREQUAL "x86-64-v4" AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU"
       AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 12.3)
        target_compile_options(catnet_common INTERFACE -Wno-uninitialized -Wno-maybe-uninitialized)
    endif()
endif()
# GNU gold links our fifty programs in half the time of the default ld.bfd (it comes
# with binutils, so every GCC set-up has it); CI links three builds of them.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_link_options(catnet_common INTERFACE -fuse-ld=gold)
endif()
# Eigen's own parallel GEMM is not used: the trainer splits work itself.
target_compile_definitions(catnet_common INTERFACE EIGEN_DONT_PARALLELIZE)
# GCC 12 reports a false -Wrestrict inside libstdc++ for `"literal" + std::string`
# at -O2 (GCC bug 105651); it says nothing about our code.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(catnet_common INTERFACE -Wno-restrict)
endif()

# Sanitizer builds (see `make sanitize`): CATNET_SANITIZE=address,undefined or thread.
# Set on the common target so that every library and test is instrumented alike.
set(CATNET_SANITIZE "" CACHE STRING "Sanitizers for every target, e.g. address,undefined or thread")
if(CATNET_SANITIZE)
    target_compile_options(catnet_common INTERFACE
        -fsanitize=${CATNET_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(catnet_common INTERFACE -fsanitize=${CATNET_SANITIZE})
    # Lets tests leave out work too slow under instrumentation (never their checks).
    target_compile_definitions(catnet_common INTERFACE CATNET_SANITIZED=1)
endif()
if(CATNET_FUZZ)
    # Coverage feedback for libFuzzer from every library of ours, not from Eigen's kernels.
    target_compile_options(catnet_common INTERFACE -fsanitize=fuzzer-no-link
        -fsanitize-coverage-ignorelist=${CMAKE_SOURCE_DIR}/tests/fuzz/coverage-ignorelist.txt)
endif()
