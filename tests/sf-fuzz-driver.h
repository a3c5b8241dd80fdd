/* sf-fuzz-driver.h: runs a fuzz target over its corpus, as a regular test
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int sf_fuzz_run_corpus     (int            argc,
                            char          *argv[],
                            const char    *name);
