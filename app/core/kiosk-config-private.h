/* kiosk-config-private.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kiosk-config.h"

G_BEGIN_DECLS

/* What kiosk_config_load() does once the file is read, for the fuzz
 * target: the same rules, from text in memory. */

KioskConfig *kiosk_config_parse (const char       *text,
                                 gsize             len,
                                 KioskDiagnostics *diagnostics);

gboolean     kiosk_config_check_booking_url (const char       *url,
                                            guint             line,
                                            KioskDiagnostics *diagnostics);

/* kiosk-config-lang.c */
void         kiosk_config_read_localized    (KioskConfig      *self,
                                            const char       *text,
                                            KioskDiagnostics *diagnostics);

void         kiosk_config_read_emergency_number (KioskConfig      *self,
                                                const char       *text,
                                                KioskDiagnostics *diagnostics);

G_END_DECLS
