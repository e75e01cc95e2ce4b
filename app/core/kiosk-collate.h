/* kiosk-collate.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Alphabetical order as readers of one language expect it (case and
 * accents as that language sorts them: "Béquille" before "Bursite" in
 * French, "Meniscus" before "MRI" in English), from ICU's collator. */
typedef struct _KioskCollator KioskCollator;

KioskCollator *kiosk_collator_new     (const char    *lang);
void           kiosk_collator_free    (KioskCollator *self);
int            kiosk_collator_compare (KioskCollator *self,
                                       const char    *a,
                                       const char    *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KioskCollator, kiosk_collator_free)

G_END_DECLS
