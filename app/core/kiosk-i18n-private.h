/* kiosk-i18n-private.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kiosk-i18n.h"

G_BEGIN_DECLS

/* What kiosk_i18n_set_words_language() builds on, for tests. */
void  kiosk_i18n_set_language    (const char *lang);
char *kiosk_i18n_get_locale_name (const char *lang);

G_END_DECLS
