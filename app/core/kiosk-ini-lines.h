/* kiosk-ini-lines.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GHashTable *kiosk_ini_index_lines (const char *text);
guint       kiosk_ini_line_of     (GHashTable *lines,
                                   const char *group,
                                   const char *key);

G_END_DECLS
