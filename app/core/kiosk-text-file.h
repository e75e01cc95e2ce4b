/* kiosk-text-file.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kiosk-diagnostics.h"

G_BEGIN_DECLS

/* The largest staff-edited text file the kiosk reads. */
#define KIOSK_MAX_FILE_SIZE (1024 * 1024)

guint kiosk_text_file_find_bad_line (const char *text,
                                     gsize       len);
char *kiosk_text_file_read (const char       *dir,
                            const char       *file,
                            KioskDiagnostics *diagnostics,
                            gsize            *len);

G_END_DECLS
