/* fuzz-util.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <stdint.h>

#include "kiosk-diagnostics.h"

G_BEGIN_DECLS

/* What every fuzz target checks the same way. */

int    LLVMFuzzerTestOneInput   (const uint8_t    *data,
                                 size_t            size);

guint  fuzz_count_lines         (const char       *text,
                                 gsize             len);
void   fuzz_check_diagnostics   (KioskDiagnostics *diagnostics,
                                 const char       *file,
                                 guint             lines);
void   fuzz_check_utf8          (const char       *what,
                                 const char       *text);
void   fuzz_check_markup        (const char       *markup,
                                 gboolean          links);
GStrv  fuzz_split               (const uint8_t    *data,
                                 size_t            size,
                                 guint             parts);

G_END_DECLS
