/* kiosk-links.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kiosk-document.h"

G_BEGIN_DECLS

/* Link and image destinations as staff write them in Markdown, turned into
 * what the kiosk can act on, or refused. */

KioskLinkKind  kiosk_links_classify    (const char  *url,
                                        const char  *base_dir,
                                        char       **target);
char          *kiosk_links_check_image (const char  *url);
char          *kiosk_links_to_ascii    (const char  *url);

G_END_DECLS
