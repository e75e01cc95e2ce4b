/* kiosk-unicode.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Characters that change how text reads without being seen: direction
 * overrides and isolates (U+202A–202E, U+2066–2069), zero-width and
 * formatting characters, soft hyphens, controls. An address or a file
 * name that holds one can show something other than what it is. */

gboolean  kiosk_unicode_has_hidden     (const char *text);
char     *kiosk_unicode_make_visible   (const char *text);

G_END_DECLS
