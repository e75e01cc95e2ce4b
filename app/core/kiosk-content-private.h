/* kiosk-content-private.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of the content loader share: kiosk-content.c (the object
 * and its API), kiosk-content-pages.c (pages and sections),
 * kiosk-content-glossary.c (glossary.md) and kiosk-content-check.c (links,
 * page names and translations). */

#pragma once

#include "kiosk-content.h"

G_BEGIN_DECLS

struct _KioskContent
{
  GObject           parent_instance;

  char             *dir;
  KioskConfig      *config;
  KioskDiagnostics *diagnostics;
  GPtrArray        *catalogs;      /* KioskCatalog */
  gint64            load_time;
  GHashTable       *marks;         /* file → KioskTextMarks of its text */
  KioskContent     *previous;      /* while loading: the content it follows */
};

/* One language folder being read into its catalog. */
typedef struct
{
  KioskContent *content;
  KioskCatalog *catalog;
} KioskLoader;

void           kiosk_loader_error               (KioskLoader  *loader,
                                                 const char   *file,
                                                 guint         line,
                                                 const char   *format,
                                                 ...) G_GNUC_PRINTF (4, 5);
void           kiosk_loader_warning             (KioskLoader  *loader,
                                                 const char   *file,
                                                 guint         line,
                                                 const char   *format,
                                                 ...) G_GNUC_PRINTF (4, 5);

/* kiosk-content.c */
KioskCatalog  *kiosk_catalog_new                (const char   *lang);
void           kiosk_catalog_free               (gpointer      data);

/* kiosk-content-pages.c */
KioskDocument *kiosk_loader_parse_text          (KioskLoader  *loader,
                                                 const char   *file,
                                                 const char   *text,
                                                 gsize         len,
                                                 const char   *base_dir,
                                                 GHashTable   *meta,
                                                 GHashTable   *meta_lines);
KioskDocument *kiosk_loader_parse_file          (KioskLoader  *loader,
                                                 const char   *file,
                                                 const char   *base_dir,
                                                 GHashTable   *meta,
                                                 GHashTable   *meta_lines);
void           kiosk_loader_apply_metadata      (KioskLoader  *loader,
                                                 KioskEntry   *entry,
                                                 GHashTable   *meta,
                                                 GHashTable   *lines);
void           kiosk_loader_load_top_level      (KioskLoader  *loader);

/* kiosk-content-glossary.c */
void           kiosk_term_free                  (gpointer      data);
void           kiosk_loader_read_glossary       (KioskLoader  *loader,
                                                 const char   *markdown,
                                                 gsize         len);
void           kiosk_loader_load_glossary       (KioskLoader  *loader);

/* kiosk-content-check.c */
gboolean       kiosk_loader_register_id         (KioskLoader  *loader,
                                                 KioskEntry   *entry);
void           kiosk_loader_check_links         (KioskLoader  *loader,
                                                 KioskEntry   *entry);
void           kiosk_content_check_translations (KioskContent *self);

const char         *kiosk_content_get_dir          (KioskContent  *self);
const KioskEntry   *kiosk_content_find             (KioskContent  *self,
                                                    const char    *lang,
                                                    const char    *id);

G_END_DECLS
