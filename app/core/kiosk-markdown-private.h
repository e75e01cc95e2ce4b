/* kiosk-markdown-private.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of the Markdown adapter share: kiosk-markdown.c (the walk
 * over cmark's tree, blocks and text), kiosk-markdown-links.c (links
 * and images) and kiosk-markdown-check.c (lists and pages that will not
 * show as meant). */

#pragma once

#include <cmark.h>

#include "kiosk-markdown.h"

G_BEGIN_DECLS

typedef struct
{
  gboolean ordered;
  gboolean tight;
  int      next;
  char     delimiter;
} ListState;

typedef struct
{
  KioskMarkdownContext *context;
  KioskDocument        *doc;
  KioskBlock           *block;         /* the block inline text goes to */
  KioskBlock           *image;         /* set while inside an image */
  KioskBlockKind        inline_kind;   /* paragraph or heading being filled */
  guint                 inline_level;
  gboolean              in_inline;
  guint                 emph;
  guint                 strong;
  int                   link;
  guint                 image_depth;
  guint                 quote_depth;
  GArray               *lists;         /* ListState */
  char                 *marker;        /* waits for the first block of an item */
  gboolean              html_warned;
  gboolean              links_refused;
} Walker;

void        kiosk_walker_report    (Walker         *w,
                                    guint           line,
                                    const char     *format,
                                    ...) G_GNUC_PRINTF (3, 4);
guint       kiosk_walker_node_line (Walker         *w,
                                    cmark_node     *node);
KioskBlock *kiosk_walker_add_block (Walker         *w,
                                    KioskBlockKind  kind,
                                    guint           line);

/* kiosk-markdown-links.c */
void        kiosk_walker_link      (Walker         *w,
                                    cmark_node     *node,
                                    gboolean        entering);
void        kiosk_walker_image     (Walker         *w,
                                    cmark_node     *node,
                                    gboolean        entering);

/* kiosk-markdown-check.c */
void        kiosk_walker_check_lists  (Walker         *w,
                                       cmark_node     *root,
                                       const char     *text,
                                       gsize           len);
void        kiosk_walker_check_length (Walker         *w,
                                       cmark_node     *root,
                                       guint           max_words);

G_END_DECLS
