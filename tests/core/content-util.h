/* content-util.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kiosk-content.h"

G_BEGIN_DECLS

/* What the content loader's tests share. Every test builds its own content
 * folder at run time from a small valid one (fixture_setup()), breaks one
 * thing, and checks the problem staff would be shown. */

typedef struct
{
  char *dir;
} Fixture;

char             *make_temp_dir      (void);
char             *fixture_path       (Fixture       *f,
                                      const char    *relative);
void              write_bytes        (Fixture       *f,
                                      const char    *relative,
                                      const char    *data,
                                      gssize         len);
void              write_file         (Fixture       *f,
                                      const char    *relative,
                                      const char    *text);
void              make_dir           (Fixture       *f,
                                      const char    *relative);
void              remove_file        (Fixture       *f,
                                      const char    *relative);
void              fixture_setup      (Fixture       *f,
                                      gconstpointer  data);
void              fixture_teardown   (Fixture       *f,
                                      gconstpointer  data);
KioskContent     *load               (Fixture       *f);
char             *dump_diagnostics   (KioskContent  *content);
guint             count_diagnostics  (KioskContent  *content);
void              assert_clean       (KioskContent  *content);
void              assert_has         (KioskContent  *content,
                                      KioskSeverity  severity,
                                      const char    *file,
                                      guint          line,
                                      const char    *word);
void              assert_only        (KioskContent  *content,
                                      KioskSeverity  severity,
                                      const char    *file,
                                      guint          line,
                                      const char    *word);
const KioskEntry *find_entry         (KioskContent  *content,
                                      const char    *id);
char             *top_ids            (KioskContent  *content);
void              assert_rest_loaded (KioskContent  *content);
const KioskTerm  *term_at            (KioskContent  *content,
                                      guint          index);

G_END_DECLS
