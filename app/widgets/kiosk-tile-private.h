/* kiosk-tile-private.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What tests read back from a tile; the kiosk itself does not need it. */

#pragma once

#include "kiosk-tile.h"

G_BEGIN_DECLS

const char *kiosk_tile_get_page_id (KioskTile *self);

G_END_DECLS
