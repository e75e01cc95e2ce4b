/* kiosk-i18n.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void         kiosk_i18n_init               (void);
void         kiosk_i18n_set_words_language (const char *lang,
                                            const char *fallback);
gboolean     kiosk_i18n_has_catalogue      (const char *lang);
gboolean     kiosk_i18n_is_right_to_left   (const char *lang);
const char  *kiosk_i18n_get_language_name  (const char *lang);
char        *kiosk_i18n_format_month       (const char *lang,
                                            guint       year,
                                            guint       month);

G_END_DECLS
