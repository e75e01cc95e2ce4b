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

/* The largest page or glossary the kiosk reads: far more than a patient
 * reads standing (a long page is 20 KB), small enough that no page can
 * keep the kiosk busy. */
#define KIOSK_MAX_FILE_SIZE (256 * 1024)

guint kiosk_text_file_find_bad_line (const char *text,
                                     gsize       len);
char *kiosk_text_file_read (const char       *dir,
                            const char       *file,
                            gsize             max_size,
                            KioskDiagnostics *diagnostics,
                            gsize            *len);

G_END_DECLS
