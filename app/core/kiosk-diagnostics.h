/* kiosk-diagnostics.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Problems found while reading a content folder, each tied to a file and a
 * line so that staff can find and fix them. */

typedef enum
{
  KIOSK_SEVERITY_WARNING,
  KIOSK_SEVERITY_ERROR,
} KioskSeverity;

typedef struct
{
  KioskSeverity  severity;
  char          *file;     /* path relative to the content folder */
  guint          line;     /* 1-based */
  char          *message;
} KioskDiagnostic;

typedef struct _KioskDiagnostics KioskDiagnostics;

KioskDiagnostics      *kiosk_diagnostics_new          (void);
KioskDiagnostics      *kiosk_diagnostics_ref          (KioskDiagnostics *self);
void                   kiosk_diagnostics_unref        (KioskDiagnostics *self);
void                   kiosk_diagnostics_add          (KioskDiagnostics *self,
                                                       KioskSeverity     severity,
                                                       const char       *file,
                                                       guint             line,
                                                       const char       *format,
                                                       ...) G_GNUC_PRINTF (5, 6);
guint                  kiosk_diagnostics_get_count    (KioskDiagnostics *self);
const KioskDiagnostic *kiosk_diagnostics_get          (KioskDiagnostics *self,
                                                       guint             index);
guint                  kiosk_diagnostics_count_errors (KioskDiagnostics *self);
char                  *kiosk_diagnostic_format        (const KioskDiagnostic *diagnostic,
                                                       const char            *dir);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KioskDiagnostics, kiosk_diagnostics_unref)

G_END_DECLS
