/* kiosk-document.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kiosk-glossary.h"

G_BEGIN_DECLS

/* The display-free model of one Markdown file: a flat list of blocks, each a
 * list of inline runs. Nesting (lists, quotes) is kept as depths, not as a
 * tree, so that hostile input cannot build deep widget or markup trees. */

#define KIOSK_MAX_DEPTH 6

/* Glossary words marked in one paragraph, each term once. */
#define KIOSK_MAX_TERMS_PER_BLOCK 64

/* Links, of any kind, one page may hold. */
#define KIOSK_MAX_LINKS_PER_PAGE 1000

typedef enum
{
  KIOSK_BLOCK_PARAGRAPH,
  KIOSK_BLOCK_HEADING,
  KIOSK_BLOCK_CODE,
  KIOSK_BLOCK_RULE,
  KIOSK_BLOCK_IMAGE,
} KioskBlockKind;

typedef enum
{
  KIOSK_STYLE_EMPH   = 1 << 0,
  KIOSK_STYLE_STRONG = 1 << 1,
  KIOSK_STYLE_CODE   = 1 << 2,
} KioskStyle;

typedef enum
{
  KIOSK_LINK_NONE,
  KIOSK_LINK_PAGE,
  KIOSK_LINK_WEB,
  KIOSK_LINK_PHONE,
  KIOSK_LINK_EMAIL,
  KIOSK_LINK_TERM,
} KioskLinkKind;

typedef struct
{
  KioskLinkKind kind;
  char         *target;  /* page id, URL, phone number, address or term id */
  guint         line;
} KioskLink;

typedef struct
{
  char       *text;   /* plain UTF-8, never escaped */
  gsize       len;
  gsize       alloc;
  KioskStyle  style;
  int         link;   /* index into KioskDocument.links, or -1 */
} KioskRun;

typedef struct
{
  KioskBlockKind  kind;
  guint           level;        /* heading level, 1 to 6 */
  guint           list_depth;   /* lists around this block, at most KIOSK_MAX_DEPTH */
  guint           quote_depth;  /* block quotes around it, at most KIOSK_MAX_DEPTH */
  gboolean        compact;      /* a paragraph in a tight list item */
  char           *marker;       /* "•" or "3." on the first block of a list item */
  GArray         *runs;         /* KioskRun */
  char           *image;        /* IMAGE: path relative to the content folder */
  guint           line;
} KioskBlock;

typedef struct
{
  GPtrArray *blocks;    /* KioskBlock */
  GPtrArray *links;     /* KioskLink */
  char      *title;     /* plain text of the first heading, or NULL */
  guint      title_line;
} KioskDocument;

KioskDocument *kiosk_document_new          (void);
void           kiosk_document_free         (KioskDocument    *self);
KioskBlock    *kiosk_document_add_block    (KioskDocument    *self,
                                            KioskBlockKind    kind,
                                            guint             line);
int            kiosk_document_add_link     (KioskDocument    *self,
                                            KioskLinkKind     kind,
                                            const char       *target,
                                            guint             line);
void           kiosk_block_add_run         (KioskBlock       *block,
                                            const char       *text,
                                            gssize            len,
                                            KioskStyle        style,
                                            int               link);
char          *kiosk_block_get_text        (const KioskBlock *block);
char          *kiosk_block_get_markup_with_terms (const KioskBlock    *block,
                                                  const KioskGlossary *glossary,
                                                  GArray              *found);
char          *kiosk_document_get_text     (const KioskDocument *self);
const KioskBlock *kiosk_document_get_first_paragraph (const KioskDocument *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KioskDocument, kiosk_document_free)

G_END_DECLS
