/* kiosk-screenshot.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* --screenshot: the window at an exact size, written to a PNG once it
 * has drawn, then the application quits. */

void kiosk_screenshot_take (GtkWindow  *window,
                            const char *file,
                            int         width,
                            int         height);

G_END_DECLS
