/* monitor-util.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kiosk-content-monitor.h"

G_BEGIN_DECLS

/* What the content monitor's tests share. Every test copies the bundled
 * content into a fresh folder, watches it, and edits it the way staff do:
 * in place, through a temporary file, with mistakes, or by moving the
 * whole folder. The kiosk must pick up good changes quickly and keep
 * showing the last good content otherwise. */

#define DELAY_MS      200
#define TIMEOUT_MS    5000
#define PAGE          "en/10-what-is-regenerative-medicine.md"
#define PAGE_ID       "what-is-regenerative-medicine"
#define PAGE_TITLE    "What is regenerative medicine?"

typedef struct
{
  char                *dir;
  char                *away;          /* where the folder is moved to */
  KioskContentMonitor *monitor;
  GMainLoop           *loop;
  guint                n_changed;
  guint                n_checked;
  gboolean             last_checked_accepted;
  guint                timeout_id;
} Fixture;

typedef gboolean (*Condition) (Fixture       *f,
                               gconstpointer  data);

char                  *fixture_path       (Fixture             *f,
                                           const char          *relative);
char                  *read_file          (Fixture             *f,
                                           const char          *relative);
void                   write_file         (Fixture             *f,
                                           const char          *relative,
                                           const char          *text);
void                   write_in_place     (Fixture             *f,
                                           const char          *relative,
                                           const char          *text);
char                  *with_title         (const char          *text,
                                           const char          *title);
char                  *replace            (const char          *text,
                                           const char          *old,
                                           const char          *new);
KioskContent          *content            (Fixture             *f);
const char            *title_of           (Fixture             *f,
                                           const char          *id);
char                  *dump_problems      (Fixture             *f);
const KioskDiagnostic *find_error         (Fixture             *f,
                                           const char          *file);
void                   on_content_changed (KioskContentMonitor *monitor,
                                           Fixture             *f);
void                   on_checked         (KioskContentMonitor *monitor,
                                           gboolean             accepted,
                                           Fixture             *f);
gboolean               run_until          (Fixture             *f,
                                           Condition            condition,
                                           gconstpointer        data,
                                           guint                timeout_ms);
void                   wait_until         (Fixture             *f,
                                           Condition            condition,
                                           gconstpointer        data,
                                           guint                timeout_ms,
                                           const char          *what);
gboolean               never              (Fixture             *f,
                                           gconstpointer        data);
gboolean               checked_since      (Fixture             *f,
                                           gconstpointer        data);
gboolean               accepted_since     (Fixture             *f,
                                           gconstpointer        data);
void                   settle             (Fixture             *f);
void                   wait_for_title     (Fixture             *f,
                                           const char          *id,
                                           const char          *title,
                                           guint                timeout_ms);
const KioskDiagnostic *wait_for_rejection (Fixture             *f,
                                           const char          *file);
void                   fixture_setup      (Fixture             *f,
                                           gconstpointer        data);
void                   fixture_teardown   (Fixture             *f,
                                           gconstpointer        data);

G_END_DECLS
