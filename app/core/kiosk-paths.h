/* kiosk-paths.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *kiosk_paths_normalize      (const char *base_dir,
                                      const char *relative);
char     *kiosk_paths_to_page_id     (const char *path);
char     *kiosk_paths_strip_prefix   (const char *name,
                                      guint      *order);
gboolean  kiosk_paths_is_inside      (const char *root,
                                      const char *path);
gboolean  kiosk_paths_is_web_address (const char *url);
gboolean  kiosk_paths_is_ignored_name (const char *name);

G_END_DECLS
