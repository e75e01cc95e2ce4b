/* kiosk-image-check.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A picture or icon is looked at before anything decodes it: its size is
 * read from its header, and an SVG must refer to nothing outside itself. */

#define KIOSK_IMAGE_MAX_BYTES  (10 * 1024 * 1024)
#define KIOSK_IMAGE_MAX_SIDE   8000
#define KIOSK_IMAGE_MAX_PIXELS (40 * 1000 * 1000)
#define KIOSK_IMAGE_MAX_SVG    (1024 * 1024)
#define KIOSK_IMAGE_MAX_USES   500

gboolean kiosk_image_check (const char  *path,
                            char       **problem);

G_END_DECLS
