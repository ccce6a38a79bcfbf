// SPDX-License-Identifier: GPL-2.0
/* pcpusect_modtest under another name, loaded and unloaded in a loop. */
#include "pcpusect_modtest.c"
