/* kiosk-glossary.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Finds glossary words in text: every form of every term, whole words
 * only, ignoring case and accents (but not the tilde of ñ), the longest
 * form winning where forms overlap. Matching walks a trie over the
 * normalized text, so its cost grows with the length of the text, not
 * with the number of terms. */

typedef struct _KioskGlossary KioskGlossary;

typedef struct
{
  gsize start;   /* byte offset of the first character in the text */
  gsize end;     /* byte offset just after the last character */
  guint term;    /* the number given to kiosk_glossary_add() */
} KioskGlossaryMatch;

KioskGlossary *kiosk_glossary_new       (void);
void           kiosk_glossary_free      (KioskGlossary       *self);
gboolean       kiosk_glossary_add       (KioskGlossary       *self,
                                         const char          *form,
                                         guint                term);
GArray        *kiosk_glossary_find      (const KioskGlossary *self,
                                         const char          *text,
                                         gssize               len);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KioskGlossary, kiosk_glossary_free)

G_END_DECLS
