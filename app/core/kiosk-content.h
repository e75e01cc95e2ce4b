/* kiosk-content.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kiosk-config.h"
#include "kiosk-diagnostics.h"
#include "kiosk-document.h"
#include "kiosk-glossary.h"

G_BEGIN_DECLS

/* Built-in screens that need no file of their own. */
#define KIOSK_ID_HOME     "home"
#define KIOSK_ID_GLOSSARY "glossary"
#define KIOSK_ID_BOOKING  "booking"
/* The page the footer links to from every screen, when the content has it. */
#define KIOSK_ID_BEFORE_YOU_DECIDE "before-you-decide"

typedef enum
{
  KIOSK_ENTRY_PAGE,
  KIOSK_ENTRY_SECTION,
} KioskEntryKind;

typedef enum
{
  KIOSK_EVIDENCE_NONE,
  KIOSK_EVIDENCE_ESTABLISHED,
  KIOSK_EVIDENCE_SOME,
  KIOSK_EVIDENCE_EXPERIMENTAL,
  KIOSK_EVIDENCE_NO_EVIDENCE,
} KioskEvidence;

/* A page setting that may be left out. */
typedef enum
{
  KIOSK_CHOICE_UNSET,
  KIOSK_CHOICE_YES,
  KIOSK_CHOICE_NO,
} KioskChoice;

typedef struct _KioskEntry KioskEntry;

struct _KioskEntry
{
  KioskEntryKind  kind;
  char           *id;
  char           *file;           /* path inside the content folder */
  char           *title;
  char           *summary;
  char           *icon;           /* icon name, or NULL */
  KioskEvidence   evidence;
  char           *evidence_note;
  guint           checked_year;   /* when staff last checked its facts, or 0 */
  guint           checked_month;  /* 1 to 12 */
  KioskChoice     emergency_card; /* see kiosk_entry_shows_emergency_card() */
  KioskDocument  *document;
  GPtrArray      *children;       /* sections: KioskEntry, borrowed */
  KioskEntry     *parent;         /* borrowed */
  guint           order;
};

typedef struct
{
  char  *id;          /* the term in lower case */
  char  *term;        /* as written in its heading */
  GStrv  forms;       /* other forms: plurals, abbreviations */
  char  *definition;  /* plain text */
  guint  line;        /* of its heading */
  guint  forms_line;  /* of its line of other forms, or 0 */
} KioskTerm;

typedef struct
{
  char       *lang;
  KioskEntry *home;
  KioskEntry *booking;     /* optional text for the booking screen */
  char       *glossary_file;
  char       *glossary_title;
  char       *glossary_intro;  /* the text above the first term, or NULL */
  GPtrArray  *top;         /* top-level pages and sections, in order; borrowed */
  GPtrArray  *entries;     /* every entry; owns them */
  GHashTable *by_id;       /* id → KioskEntry, borrowed */
  GPtrArray  *terms;       /* KioskTerm, A to Z */
  KioskGlossary *glossary; /* every term and form → its index in terms */
} KioskCatalog;

#define KIOSK_TYPE_CONTENT (kiosk_content_get_type ())

G_DECLARE_FINAL_TYPE (KioskContent, kiosk_content, KIOSK, CONTENT, GObject)

KioskContent       *kiosk_content_load             (const char    *dir);
KioskContent       *kiosk_content_load_after       (const char    *dir,
                                                    KioskContent  *previous);
const KioskConfig  *kiosk_content_get_config       (KioskContent  *self);
KioskDiagnostics   *kiosk_content_get_diagnostics  (KioskContent  *self);
gboolean            kiosk_content_is_usable        (KioskContent  *self);
const KioskCatalog *kiosk_content_get_catalog      (KioskContent  *self,
                                                    const char    *lang);
const char         *kiosk_content_get_default_lang (KioskContent  *self);
const KioskEntry   *kiosk_content_find_for         (KioskContent  *self,
                                                    const char    *lang,
                                                    const char    *id,
                                                    const char   **lang_used);
gboolean            kiosk_content_has_page         (KioskContent  *self,
                                                    const char    *lang,
                                                    const char    *id);
char               *kiosk_content_resolve_file     (KioskContent  *self,
                                                    const char    *relative);
char               *kiosk_content_find_icon        (KioskContent  *self,
                                                    const char    *name);
gint64              kiosk_content_get_load_time    (KioskContent  *self);
const char         *kiosk_evidence_to_string       (KioskEvidence  evidence);
gboolean            kiosk_content_is_builtin_id    (const char    *id);
gboolean            kiosk_entry_shows_emergency_card (const KioskEntry *entry);

G_END_DECLS
