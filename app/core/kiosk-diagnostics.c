/* kiosk-diagnostics.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-diagnostics"

#include "config.h"

#include "kiosk-diagnostics.h"
#include "kiosk-unicode.h"

/* Past this many problems the rest are dropped, so a folder of garbage
 * cannot flood the staff panel or the log. */
#define MAX_DIAGNOSTICS 500

struct _KioskDiagnostics
{
  gatomicrefcount  ref_count;
  GPtrArray       *items;
  guint            dropped;
};

static void
diagnostic_free (gpointer data)
{
  KioskDiagnostic *diagnostic = data;

  g_free (diagnostic->file);
  g_free (diagnostic->message);
  g_free (diagnostic);
}

KioskDiagnostics *
kiosk_diagnostics_new (void)
{
  KioskDiagnostics *self = g_new0 (KioskDiagnostics, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->items = g_ptr_array_new_with_free_func (diagnostic_free);

  return self;
}

KioskDiagnostics *
kiosk_diagnostics_ref (KioskDiagnostics *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
kiosk_diagnostics_unref (KioskDiagnostics *self)
{
  if (self == NULL)
    return;

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_ptr_array_unref (self->items);
      g_free (self);
    }
}

void
kiosk_diagnostics_add (KioskDiagnostics *self,
                       KioskSeverity     severity,
                       const char       *file,
                       guint             line,
                       const char       *format,
                       ...)
{
  KioskDiagnostic *diagnostic;
  g_autofree char *message = NULL;
  va_list args;

  g_return_if_fail (self != NULL);

  if (self->items->len >= MAX_DIAGNOSTICS)
    {
      self->dropped++;
      return;
    }

  diagnostic = g_new0 (KioskDiagnostic, 1);
  diagnostic->severity = severity;
  /* A file name or a quoted address with a direction override would read
   * as something else in the staff panel and the journal. */
  diagnostic->file = kiosk_unicode_make_visible (file);
  diagnostic->line = MAX (line, 1);
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  diagnostic->message = kiosk_unicode_make_visible (message);
  g_ptr_array_add (self->items, diagnostic);
}

guint
kiosk_diagnostics_get_count (KioskDiagnostics *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->items->len;
}

const KioskDiagnostic *
kiosk_diagnostics_get (KioskDiagnostics *self,
                       guint             index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->items->len, NULL);

  return g_ptr_array_index (self->items, index);
}

guint
kiosk_diagnostics_count_errors (KioskDiagnostics *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->items->len; i++)
    {
      const KioskDiagnostic *diagnostic = g_ptr_array_index (self->items, i);

      if (diagnostic->severity == KIOSK_SEVERITY_ERROR)
        n++;
    }

  return n;
}

/**
 * kiosk_diagnostic_format:
 * @diagnostic: a problem
 * @dir: (nullable): the content folder as the user named it
 *
 * Returns: (transfer full): `FILE:LINE: error: message`, with FILE inside @dir.
 */
char *
kiosk_diagnostic_format (const KioskDiagnostic *diagnostic,
                         const char            *dir)
{
  g_autofree char *path = NULL;

  if (dir != NULL && *diagnostic->file != '\0')
    path = g_build_filename (dir, diagnostic->file, NULL);
  else if (dir != NULL)
    path = g_strdup (dir);
  else
    path = g_strdup (diagnostic->file);

  return g_strdup_printf ("%s:%u: %s: %s",
                          path,
                          diagnostic->line,
                          diagnostic->severity == KIOSK_SEVERITY_ERROR ? "error" : "warning",
                          diagnostic->message);
}
