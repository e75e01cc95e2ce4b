/* kiosk-content-check.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What staff need to know about content that loads: two pages with one
 * name, links and images that lead nowhere, pages missing in a language. */

#define G_LOG_DOMAIN "kiosk-content"

#include "config.h"

#include <glib/gi18n.h>

#include "kiosk-budget.h"
#include "kiosk-content-private.h"
#include "kiosk-image-check.h"

gboolean
kiosk_loader_register_id (KioskLoader *loader,
                          KioskEntry  *entry)
{
  KioskEntry *other = g_hash_table_lookup (loader->catalog->by_id, entry->id);

  if (other != NULL || kiosk_content_is_builtin_id (entry->id))
    {
      kiosk_loader_error (loader, entry->file, 1,
                          _("two pages have the same name “%s” (the other is %s); rename one "
                            "of them"),
                          entry->id, other != NULL ? other->file : _("built into the kiosk"));
      return FALSE;
    }

  g_hash_table_insert (loader->catalog->by_id, entry->id, entry);
  return TRUE;
}

/* A page not yet translated is shown in the clinic's first language, so
 * a link to it works (its missing translation is warned of once). */
static gboolean
in_default_language (KioskLoader *loader,
                     const char  *id)
{
  const KioskCatalog *first;

  if (loader->content->catalogs->len == 0)
    return FALSE;
  first = g_ptr_array_index (loader->content->catalogs, 0);
  return first != loader->catalog && g_hash_table_contains (first->by_id, id);
}

static void
report_too_complex (KioskLoader *loader,
                    KioskEntry  *entry,
                    guint        line)
{
  kiosk_loader_error (loader, entry->file, line,
                      _("this page is too complex to check: its links and pictures took "
                        "more than %d seconds (checking had got to this line); split it "
                        "into smaller pages"), KIOSK_FILE_TIME_BUDGET_SECONDS);
}

void
kiosk_loader_check_links (KioskLoader *loader,
                          KioskEntry  *entry)
{
  KioskDocument *doc = entry->document;
  KioskBudget budget;

  kiosk_budget_start (&budget);
  for (guint i = 0; i < doc->links->len; i++)
    {
      const KioskLink *link = g_ptr_array_index (doc->links, i);

      if (kiosk_budget_is_over (&budget))
        {
          report_too_complex (loader, entry, link->line);
          return;
        }

      if (link->kind == KIOSK_LINK_PAGE &&
          !kiosk_content_is_builtin_id (link->target) &&
          !g_hash_table_contains (loader->catalog->by_id, link->target) &&
          !in_default_language (loader, link->target))
        kiosk_loader_error (loader, entry->file, link->line,
                            _("the link goes to “%s”, but there is no such page"),
                            link->target);
    }

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const KioskBlock *block = g_ptr_array_index (doc->blocks, i);
      g_autofree char *problem = NULL;
      g_autofree char *advice = NULL;
      g_autofree char *path = NULL;

      if (block->kind != KIOSK_BLOCK_IMAGE || block->image == NULL)
        continue;
      if (kiosk_budget_is_over (&budget))
        {
          report_too_complex (loader, entry, block->line);
          return;
        }
      path = kiosk_content_resolve_file (loader->content, block->image);
      if (path == NULL)
        kiosk_loader_error (loader, entry->file, block->line,
                            _("the image “%s” is not in the content folder"), block->image);
      else if (!kiosk_image_check_picture (path, block->image, &problem, &advice))
        kiosk_loader_error (loader, entry->file, block->line,
                            _("the image “%s” cannot be shown: %s"), block->image, problem);
      else if (advice != NULL)
        kiosk_loader_warning (loader, entry->file, block->line, "%s", advice);
    }
}

/* A page that exists in the default language but not in another one is
 * shown in the default language there; staff should know. */
void
kiosk_content_check_translations (KioskContent *self)
{
  const KioskCatalog *first;

  if (self->catalogs->len < 2)
    return;
  first = g_ptr_array_index (self->catalogs, 0);
  for (guint c = 1; c < self->catalogs->len; c++)
    {
      const KioskCatalog *other = g_ptr_array_index (self->catalogs, c);

      for (guint i = 0; i < first->entries->len; i++)
        {
          const KioskEntry *entry = g_ptr_array_index (first->entries, i);

          if (entry == first->home || entry == first->booking)
            continue;
          if (g_hash_table_lookup (other->by_id, entry->id) == NULL)
            kiosk_diagnostics_add (self->diagnostics, KIOSK_SEVERITY_WARNING, entry->file, 1,
                                   _("this page has no version in %s/, so it is shown in %s "
                                     "there; add a file with the same name to %s/"),
                                   other->lang, first->lang, other->lang);
        }
    }
}

