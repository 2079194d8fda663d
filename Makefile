# Front door: `make run` builds and launches catnet, `make test` builds and runs every
# test. Both first install any missing Debian packages (scripts/install-deps.sh).
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
# The real dataset: $CATNET_DATA if set, else ./data, else ../shared/data beside the clone.
CATNET_DATA ?= $(firstword $(foreach d,$(CURDIR)/data $(abspath $(CURDIR)/../shared/data),$(if $(wildcard $(d)/train_catvnoncat.h5),$(d))))
export CATNET_DATA

.PHONY: deps configure build run train test bench clean

deps:
	@scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release > /dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	$(BUILD_DIR)/app/catnet $(if $(CATNET_DATA),--data "$(CATNET_DATA)")

train: build
	$(BUILD_DIR)/app/catnet-train $(if $(CATNET_DATA),--data "$(CATNET_DATA)") $(ARGS)

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j 2

bench: build
	$(BUILD_DIR)/app/catnet-bench $(if $(CATNET_DATA),--data "$(CATNET_DATA)")
	$(BUILD_DIR)/tests/catnet-gui-bench

clean:
	rm -rf $(BUILD_DIR)
