/* kiosk-document-private.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kiosk-document.h"

G_BEGIN_DECLS

/* For the tests: what they read or set that the kiosk itself does not. */

char          *kiosk_block_get_markup      (const KioskBlock *block);
char          *kiosk_block_get_markup_full (const KioskBlock *block,
                                            gboolean          links);

G_END_DECLS
