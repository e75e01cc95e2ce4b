/* kiosk-utils.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kiosk-content.h"

G_BEGIN_DECLS

void kiosk_utils_enable_drag_scroll (GtkScrolledWindow *scrolled);
void kiosk_utils_set_icon           (GtkImage          *image,
                                     KioskContent      *content,
                                     const char        *name);
void kiosk_utils_clear_box          (GtkBox            *box);
void kiosk_utils_unfocus_flow_children (GtkFlowBox     *box);
void kiosk_utils_set_evidence_badge (GtkLabel          *badge,
                                     KioskEvidence      evidence);
void kiosk_utils_setup_popover      (GtkPopover        *popover);
void kiosk_utils_hide_pointer       (GdkSurface        *surface);
gboolean kiosk_utils_is_activity    (GdkEvent          *event);
void kiosk_utils_size_surface       (GtkWindow         *window,
                                     int                width,
                                     int                height);
void kiosk_utils_present_popovers   (GtkWidget         *widget);
void kiosk_utils_popdown_all        (GtkWidget         *widget);
void kiosk_utils_get_text_rect      (GtkWidget         *relative_to,
                                     GtkLabel          *label,
                                     gsize              start,
                                     gsize              end,
                                     GdkRectangle      *rect);
void kiosk_utils_get_widget_rect    (GtkWidget         *relative_to,
                                     GtkWidget         *widget,
                                     GdkRectangle      *rect);
void kiosk_utils_popup_at           (GtkWidget         *parent,
                                     GtkWidget         *popover,
                                     const GdkRectangle *where);

G_END_DECLS
