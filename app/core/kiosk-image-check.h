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

/* A page's picture outside these is shown, with a warning for staff. */
#define KIOSK_IMAGE_MIN_WIDTH  200
#define KIOSK_IMAGE_GOOD_WIDTH 4000
#define KIOSK_IMAGE_GOOD_BYTES (5 * 1024 * 1024)

gboolean kiosk_image_check         (const char  *path,
                                    char       **problem);
gboolean kiosk_image_check_picture (const char  *path,
                                    const char  *name,
                                    char       **problem,
                                    char       **advice);

G_END_DECLS
