/* kiosk-markdown-view.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kiosk-content.h"

G_BEGIN_DECLS

#define KIOSK_TYPE_MARKDOWN_VIEW (kiosk_markdown_view_get_type ())

G_DECLARE_FINAL_TYPE (KioskMarkdownView, kiosk_markdown_view, KIOSK, MARKDOWN_VIEW, GtkWidget)

void       kiosk_markdown_view_set_document (KioskMarkdownView   *self,
                                             KioskContent        *content,
                                             const char          *lang,
                                             const KioskDocument *document);
void       kiosk_markdown_view_set_show_terms (KioskMarkdownView *self,
                                               gboolean           show);

G_END_DECLS
