/* config-util.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kiosk-config.h"

G_BEGIN_DECLS

/* What the tests of kiosk.ini share. Each test writes one in a fresh
 * folder, reads it as the kiosk does, and checks the settings and the
 * problems staff would be shown. */

/* A [clinic] section with every setting right: four lines. */
extern const char valid_clinic[];

KioskConfig *load_bytes        (const char        *data,
                                gssize             len,
                                KioskDiagnostics  *diagnostics);
KioskConfig *load              (const char        *text,
                                KioskDiagnostics  *diagnostics);
char        *dump_diagnostics  (KioskDiagnostics  *diagnostics);
void         assert_clean      (KioskDiagnostics  *diagnostics);
void         assert_only       (KioskDiagnostics  *diagnostics,
                                KioskSeverity      severity,
                                guint              line,
                                const char        *word);
void         assert_defaults   (const KioskConfig *config);
gboolean     run_in_subprocess (void);

G_END_DECLS
