/* kiosk-page-buttons.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kiosk-content.h"

G_BEGIN_DECLS

/* The rows of big buttons at the end of a page, "Words on this page" and
 * "Links on this page": its glossary words and its web, phone and e-mail
 * links, for screen readers, keyboards, switches and unsteady fingers.
 * @clicked is a GtkButton::clicked handler, connected to each button with
 * g_signal_connect_object() and @owner as its data. */

void  kiosk_page_buttons_add_terms (GtkBox              *box,
                                    const KioskCatalog  *catalog,
                                    GArray              *terms,
                                    GCallback            clicked,
                                    gpointer             owner);
void  kiosk_page_buttons_add_links (GtkBox              *box,
                                    const KioskDocument *document,
                                    GCallback            clicked,
                                    gpointer             owner);
guint kiosk_page_buttons_get_term  (GtkButton           *button);
guint kiosk_page_buttons_get_link  (GtkButton           *button);

G_END_DECLS
