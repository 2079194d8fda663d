# Front door. `make run` builds and launches catnet; `make test` builds and runs every
# check CI runs: the test suite, the sanitizer builds and the fuzz targets. Both first
# install any missing Debian packages (scripts/install-deps.sh).
SHELL := /bin/bash
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
FUZZ_SECONDS ?= 20
# The real dataset: $CATNET_DATA if set, else ./data, else ../shared/data beside the clone.
CATNET_DATA ?= $(firstword $(foreach d,$(CURDIR)/data $(abspath $(CURDIR)/../shared/data),$(if $(wildcard $(d)/train_catvnoncat.h5),$(d))))
export CATNET_DATA
# Sanitizer and fuzz builds: optimized, with line tables only (-g1), which is all a
# sanitizer's stack trace needs and compiles and links far faster than full debug info.
SANITIZER_BUILD = -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
	-DCMAKE_C_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG"
SANITIZER_ENV = ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	TSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/tsan.supp:halt_on_error=1:second_deadlock_stack=1

# What `make test` adds to the set-up script's packages: the fuzzers' compiler; Jupyter,
# numpy and h5py (on OpenBLAS) to execute the exported notebooks, and a headless browser to
# open the exported report; and what `make package` needs (dpkg-shlibdeps, the AppStream
# validator). The app needs none of them.
TEST_PACKAGES = clang libclang-rt-14-dev jupyter-nbconvert python3-ipykernel python3-numpy python3-h5py \
	libopenblas0-pthread chromium
PACKAGE_PACKAGES = dpkg-dev appstream

.PHONY: deps deps-test configure build run train check check-deps sanitize tsan fuzz test bench package clean

deps:
	@scripts/install-deps.sh

deps-test:
	@scripts/install-deps.sh $(TEST_PACKAGES)

configure: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release > /dev/null

# Everything: the programs, the tests, the benchmarks.
build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

# `make run` and `make train` build only the program they launch (and the reader process
# every program starts), not the test suite: the first window comes twice as soon.
run: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS) --target catnet catnet-reader
	$(BUILD_DIR)/bin/catnet $(if $(CATNET_DATA),--data "$(CATNET_DATA)")

train: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS) --target catnet-train catnet-reader
	$(BUILD_DIR)/bin/catnet-train $(if $(CATNET_DATA),--data "$(CATNET_DATA)") $(ARGS)

# The test suite on the Release build.
check: deps-test build check-deps
	cd $(BUILD_DIR) && ctest --output-on-failure -j 2

# Every Debian package the build and the running app read must come from the set-up
# script (scripts/check-deps.sh). The app runs offscreen with a JPEG photo for that;
# then the check must fail with a package left out, or it could not catch a gap.
check-deps: build
	@rm -rf $(BUILD_DIR)/deps-check && $(BUILD_DIR)/bin/catnet-fuzz-corpus $(BUILD_DIR)/deps-check/corpus
	@scripts/check-deps.sh $(BUILD_DIR) --expect libqjpeg -- env QT_QPA_PLATFORM=offscreen \
		XDG_DATA_HOME=$(CURDIR)/$(BUILD_DIR)/deps-check XDG_CONFIG_HOME=$(CURDIR)/$(BUILD_DIR)/deps-check \
		timeout -s KILL 15 $(BUILD_DIR)/bin/catnet $(BUILD_DIR)/deps-check/corpus/photo/photo.JPEG
	@if scripts/check-deps.sh $(BUILD_DIR) --without libqt6opengl6-dev > /dev/null 2>&1; then \
		echo "check-deps: did not notice a missing libqt6opengl6-dev" >&2; exit 1; fi

# One clang build serves the sanitizers and the fuzz targets: it compiles in 60 % of
# GCC's time, and the fuzz targets reuse its libraries instead of a build of their own.
# (-DCMAKE_AR: archives made by binutils' ar, which the set-up installs, not llvm-ar.)
ASAN_CONFIGURE = CC=clang CXX=clang++ cmake -S . -B build-asan $(SANITIZER_BUILD) \
	-DCATNET_SANITIZE=address,undefined -DCATNET_FUZZ=ON -DCMAKE_AR=/usr/bin/ar -DCMAKE_RANLIB=/usr/bin/ranlib > /dev/null

# Every test under AddressSanitizer (with LeakSanitizer) and UndefinedBehaviorSanitizer;
# only the test programs are built (not the app, the benchmarks or the corpus writer).
sanitize: deps-test
	@$(ASAN_CONFIGURE)
	@cmake --build build-asan -j $(JOBS) --target catnet_tests
	@scripts/check-deps.sh build-asan $(TEST_PACKAGES)
	cd build-asan && $(SANITIZER_ENV) ctest --output-on-failure -j 2

# The worker and window tests under ThreadSanitizer, built by clang too: it compiles them
# in two thirds of GCC's time, and they run in half of it.
TSAN_TESTS = tst_background_job tst_step_partner tst_trainer tst_training_ui tst_persistence tst_closing tst_prediction_ui tst_run_loader tst_inspector_ui tst_sweep tst_sweep_ui tst_landscape_ui tst_large_data_ui tst_projector_ui tst_run_bundle_ui
tsan: deps-test
	@CC=clang CXX=clang++ cmake -S . -B build-tsan $(SANITIZER_BUILD) -DCATNET_SANITIZE=thread \
		-DCMAKE_AR=/usr/bin/ar -DCMAKE_RANLIB=/usr/bin/ranlib > /dev/null
	@cmake --build build-tsan -j $(JOBS) --target $(TSAN_TESTS)
	cd build-tsan && $(SANITIZER_ENV) ctest --output-on-failure -j 2 -R "$(subst $() $(),|,$(TSAN_TESTS))"

# Each libFuzzer target for FUZZ_SECONDS, from a seed corpus of valid and broken files.
FUZZ_TARGETS = dataset_loader model_loader photo_input reader_reply kept_runs
fuzz: deps-test build
	@$(ASAN_CONFIGURE)
	@cmake --build build-asan -j $(JOBS) --target $(addprefix fuzz_,$(FUZZ_TARGETS)) catnet-reader
	@scripts/check-deps.sh build-asan $(TEST_PACKAGES)
	@rm -rf build-asan/corpus && $(BUILD_DIR)/bin/catnet-fuzz-corpus build-asan/corpus
	@for target in $(FUZZ_TARGETS); do \
		echo "fuzz_$$target: $(FUZZ_SECONDS) s"; \
		$(SANITIZER_ENV) scripts/run-fuzzer.sh build-asan/bin/fuzz_$$target \
			build-asan/corpus/$${target%%_*} $(FUZZ_SECONDS) build-asan/found/$$target || exit 1; \
	done

# A .deb of the Release build (CPack), checked by unpacking and running it.
package: build
	@scripts/install-deps.sh $(PACKAGE_PACKAGES)
	@appstreamcli validate --no-net resources/io.github.catnet.catnet.metainfo.xml
	@cd $(BUILD_DIR) && rm -f catnet_*.deb && cpack -G DEB > cpack.log || (cat cpack.log; exit 1)
	@tests/package/check-package.sh $(BUILD_DIR)/catnet_*.deb

test: check package sanitize tsan fuzz

# The numpy baseline runs the course's own numpy code beside catnet-bench, on OpenBLAS as a
# learner's pip-installed numpy would (Debian's numpy alone links the reference BLAS).
NUMPY_PACKAGES = python3-numpy python3-h5py libopenblas0-pthread
bench: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS) --target catnet-bench catnet-gui-bench catnet-reader
	$(BUILD_DIR)/bin/catnet-bench $(if $(CATNET_DATA),--data "$(CATNET_DATA)")
	@scripts/install-deps.sh $(NUMPY_PACKAGES)
	/usr/bin/python3 scripts/numpy-baseline.py "$(or $(CATNET_DATA),data)"
	$(BUILD_DIR)/bin/catnet-gui-bench

clean:
	rm -rf $(BUILD_DIR) build-asan build-tsan build-fuzz
