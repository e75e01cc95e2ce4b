/* kiosk-glossary-private.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kiosk-glossary.h"

G_BEGIN_DECLS

/* For the tests: what they read or set that the kiosk itself does not. */

guint          kiosk_glossary_get_size  (const KioskGlossary *self);
char          *kiosk_glossary_normalize (const char          *text,
                                         gssize               len);

G_END_DECLS
