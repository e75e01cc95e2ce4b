/* kiosk-tile.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kiosk-content.h"

G_BEGIN_DECLS

#define KIOSK_TYPE_TILE (kiosk_tile_get_type ())

G_DECLARE_FINAL_TYPE (KioskTile, kiosk_tile, KIOSK, TILE, GtkButton)

GtkWidget  *kiosk_tile_new_for_entry (KioskContent    *content,
                                     const KioskEntry *entry);

G_END_DECLS
