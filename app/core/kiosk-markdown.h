/* kiosk-markdown.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "kiosk-budget.h"
#include "kiosk-diagnostics.h"
#include "kiosk-document.h"

G_BEGIN_DECLS

typedef struct
{
  const char       *file;       /* for diagnostics: path inside the content folder */
  const char       *base_dir;   /* folder of the file inside its language folder */
  guint             first_line; /* line number of the text's first line, normally 1 */
  KioskDiagnostics *diagnostics;
  GHashTable       *meta;       /* (out) key → value from the metadata comment */
  GHashTable       *meta_lines; /* (out) key → line */
  KioskBudget      *budget;     /* (nullable): time the file may take */
  guint             max_words;  /* a page longer is warned of; 0: any length */
  gboolean          too_complex; /* (out) the budget ran out: the page is empty */
} KioskMarkdownContext;

KioskDocument *kiosk_markdown_parse (const char           *text,
                                     gsize                 len,
                                     KioskMarkdownContext *context);

G_END_DECLS
