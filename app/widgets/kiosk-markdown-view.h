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

typedef enum
{
  KIOSK_MARKDOWN_PART_ALL,
  KIOSK_MARKDOWN_PART_LEAD,
  KIOSK_MARKDOWN_PART_REST,
} KioskMarkdownPart;

#define KIOSK_TYPE_MARKDOWN_VIEW (kiosk_markdown_view_get_type ())

G_DECLARE_FINAL_TYPE (KioskMarkdownView, kiosk_markdown_view, KIOSK, MARKDOWN_VIEW, GtkWidget)

void       kiosk_markdown_view_set_document (KioskMarkdownView   *self,
                                             KioskContent        *content,
                                             const char          *lang,
                                             const KioskDocument *document);
void       kiosk_markdown_view_set_show_terms (KioskMarkdownView *self,
                                               gboolean           show);
void       kiosk_markdown_view_set_part     (KioskMarkdownView *self,
                                             KioskMarkdownPart  part);
gboolean   kiosk_markdown_view_is_empty     (KioskMarkdownView *self);

G_END_DECLS
