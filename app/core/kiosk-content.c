/* kiosk-content.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-content"

#include "config.h"

#include <glib/gi18n.h>
#include <gio/gio.h>
#include <string.h>

#include "kiosk-content-private.h"
#include "kiosk-paths.h"
#include "kiosk-builtin-icons.h"
#include "kiosk-i18n.h"
#include "kiosk-image-check.h"
#include "kiosk-text-cut.h"
#include "kiosk-theme.h"

G_DEFINE_FINAL_TYPE (KioskContent, kiosk_content, G_TYPE_OBJECT)

static const char *builtin_ids[] = { KIOSK_ID_HOME, KIOSK_ID_GLOSSARY, KIOSK_ID_BOOKING };

/*
 * Auxiliary methods
 */

static void
entry_free (gpointer data)
{
  KioskEntry *entry = data;

  g_free (entry->id);
  g_free (entry->file);
  g_free (entry->title);
  g_free (entry->summary);
  g_free (entry->icon);
  g_free (entry->evidence_note);
  kiosk_document_free (entry->document);
  g_clear_pointer (&entry->children, g_ptr_array_unref);
  g_free (entry);
}

KioskCatalog *
kiosk_catalog_new (const char *lang)
{
  KioskCatalog *catalog = g_new0 (KioskCatalog, 1);

  catalog->lang = g_strdup (lang);
  catalog->top = g_ptr_array_new ();
  catalog->entries = g_ptr_array_new_with_free_func (entry_free);
  catalog->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  catalog->terms = g_ptr_array_new_with_free_func (kiosk_term_free);
  catalog->glossary = kiosk_glossary_new ();
  return catalog;
}

void
kiosk_catalog_free (gpointer data)
{
  KioskCatalog *catalog = data;

  g_free (catalog->lang);
  g_free (catalog->glossary_file);
  g_free (catalog->glossary_title);
  g_free (catalog->glossary_intro);
  g_clear_pointer (&catalog->glossary, kiosk_glossary_free);
  g_ptr_array_unref (catalog->top);
  g_hash_table_unref (catalog->by_id);
  g_ptr_array_unref (catalog->entries);
  g_ptr_array_unref (catalog->terms);
  g_free (catalog);
}

void
kiosk_loader_error (KioskLoader *loader,
                    const char  *file,
                    guint        line,
                    const char  *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  kiosk_diagnostics_add (loader->content->diagnostics, KIOSK_SEVERITY_ERROR, file, line,
                         "%s", message);
}

void
kiosk_loader_warning (KioskLoader *loader,
                      const char  *file,
                      guint        line,
                      const char  *format,
                      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  kiosk_diagnostics_add (loader->content->diagnostics, KIOSK_SEVERITY_WARNING, file, line,
                         "%s", message);
}

static gboolean
is_icon_name (const char *name)
{
  if (name == NULL || *name == '\0' || strlen (name) > 64)
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
      return FALSE;
  return TRUE;
}

static void
load_language (KioskContent *self,
               const char   *lang,
               const char   *ini_text)
{
  g_autofree char *path = g_build_filename (self->dir, lang, NULL);
  KioskCatalog *catalog;
  KioskLoader loader = { self, NULL };

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      kiosk_diagnostics_add (self->diagnostics, KIOSK_SEVERITY_ERROR, KIOSK_CONFIG_FILE,
                             kiosk_config_find_line (ini_text, "kiosk", "languages"),
                             _("the language “%s” is listed, but there is no folder %s/"),
                             lang, lang);
      return;
    }

  catalog = kiosk_catalog_new (lang);
  loader.catalog = catalog;

  kiosk_loader_load_top_level (&loader);
  for (guint i = 0; i < catalog->entries->len; i++)
    kiosk_loader_check_links (&loader, g_ptr_array_index (catalog->entries, i));

  g_ptr_array_add (self->catalogs, catalog);
}

/*
 * GObject overrides
 */

static void
kiosk_content_finalize (GObject *object)
{
  KioskContent *self = KIOSK_CONTENT (object);

  g_free (self->dir);
  kiosk_config_free (self->config);
  kiosk_diagnostics_unref (self->diagnostics);
  g_ptr_array_unref (self->catalogs);
  g_hash_table_unref (self->marks);

  G_OBJECT_CLASS (kiosk_content_parent_class)->finalize (object);
}

static void
kiosk_content_class_init (KioskContentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kiosk_content_finalize;
}

static void
kiosk_content_init (KioskContent *self)
{
  self->diagnostics = kiosk_diagnostics_new ();
  self->catalogs = g_ptr_array_new_with_free_func (kiosk_catalog_free);
  self->marks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) kiosk_text_marks_free);
}

/*
 * Public API
 */

/**
 * kiosk_content_load:
 * @dir: a content folder
 *
 * Reads the whole folder. Problems are collected in the diagnostics, never
 * fatal: whatever could be read is kept, so the kiosk always has something
 * to show.
 *
 * Returns: (transfer full): the content
 */
KioskContent *
kiosk_content_load (const char *dir)
{
  return kiosk_content_load_after (dir, NULL);
}

/**
 * kiosk_content_load_after:
 * @dir: a content folder
 * @previous: (nullable): the content read from @dir before, on show
 *
 * As kiosk_content_load(), and also warns of a page that is now its
 * earlier version cut short at a line end, as a copy that stopped half
 * way leaves it. @previous is only read, so it may be on show meanwhile.
 *
 * Returns: (transfer full): the content
 */
KioskContent *
kiosk_content_load_after (const char   *dir,
                          KioskContent *previous)
{
  KioskContent *self = g_object_new (KIOSK_TYPE_CONTENT, NULL);

  g_return_val_if_fail (dir != NULL, self);
  g_return_val_if_fail (previous == NULL || KIOSK_IS_CONTENT (previous), self);

  self->previous = previous;
  self->dir = g_strdup (dir);
  self->load_time = g_get_real_time ();

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      kiosk_diagnostics_add (self->diagnostics, KIOSK_SEVERITY_ERROR, "", 1,
                             _("the content folder does not exist or is not a folder"));
      self->config = kiosk_config_new_default ();
      return self;
    }

  self->config = kiosk_config_load (dir, self->diagnostics);
  kiosk_theme_check_config (self->config, self->config->text, self->diagnostics);

  for (guint i = 0; self->config->languages[i] != NULL; i++)
    {
      const char *lang = self->config->languages[i];

      load_language (self, lang, self->config->text);
      if (!kiosk_i18n_has_catalogue (lang))
        kiosk_diagnostics_add (self->diagnostics, KIOSK_SEVERITY_WARNING, KIOSK_CONFIG_FILE,
                               kiosk_config_find_line (self->config->text, "kiosk", "languages"),
                               _("the kiosk’s own words (its buttons and messages) are not "
                                 "translated into “%s”; patients reading %s see them in %s"),
                               lang, lang, self->config->languages[0]);
    }
  kiosk_content_check_translations (self);
  self->previous = NULL;

  return self;
}

const char *
kiosk_content_get_dir (KioskContent *self)
{
  g_return_val_if_fail (KIOSK_IS_CONTENT (self), NULL);

  return self->dir;
}

const KioskConfig *
kiosk_content_get_config (KioskContent *self)
{
  g_return_val_if_fail (KIOSK_IS_CONTENT (self), NULL);

  return self->config;
}

/**
 * kiosk_content_get_diagnostics:
 * @self: the content
 *
 * Returns: (transfer none): the problems found while loading
 */
KioskDiagnostics *
kiosk_content_get_diagnostics (KioskContent *self)
{
  g_return_val_if_fail (KIOSK_IS_CONTENT (self), NULL);

  return self->diagnostics;
}

/**
 * kiosk_content_is_usable:
 * @self: the content
 *
 * Returns: %TRUE when at least one language has a home page
 */
gboolean
kiosk_content_is_usable (KioskContent *self)
{
  g_return_val_if_fail (KIOSK_IS_CONTENT (self), FALSE);

  for (guint i = 0; i < self->catalogs->len; i++)
    if (((KioskCatalog *) g_ptr_array_index (self->catalogs, i))->home != NULL)
      return TRUE;
  return FALSE;
}

const char *
kiosk_content_get_default_lang (KioskContent *self)
{
  g_return_val_if_fail (KIOSK_IS_CONTENT (self), NULL);

  if (self->catalogs->len > 0)
    return ((KioskCatalog *) g_ptr_array_index (self->catalogs, 0))->lang;
  return self->config->languages[0];
}

/**
 * kiosk_content_get_catalog:
 * @self: the content
 * @lang: (nullable): a language code, or %NULL for the default
 *
 * Returns: (transfer none) (nullable): the pages in @lang
 */
const KioskCatalog *
kiosk_content_get_catalog (KioskContent *self,
                           const char   *lang)
{
  g_return_val_if_fail (KIOSK_IS_CONTENT (self), NULL);

  if (lang == NULL)
    lang = kiosk_content_get_default_lang (self);

  for (guint i = 0; i < self->catalogs->len; i++)
    {
      KioskCatalog *catalog = g_ptr_array_index (self->catalogs, i);

      if (strcmp (catalog->lang, lang) == 0)
        return catalog;
    }
  return NULL;
}

/**
 * kiosk_content_find:
 * @self: the content
 * @lang: (nullable): a language code
 * @id: a page id
 *
 * Returns: (transfer none) (nullable): the page or section
 */
const KioskEntry *
kiosk_content_find (KioskContent *self,
                    const char   *lang,
                    const char   *id)
{
  const KioskCatalog *catalog = kiosk_content_get_catalog (self, lang);

  if (catalog == NULL || id == NULL)
    return NULL;
  if (strcmp (id, KIOSK_ID_HOME) == 0)
    return catalog->home;
  return g_hash_table_lookup (catalog->by_id, id);
}

/**
 * kiosk_content_find_for:
 * @self: the content
 * @lang: the patient's language
 * @id: a page or section id
 * @lang_used: (out) (optional): the language of the entry found
 *
 * The entry for @id in @lang or, when it has not been translated, in the
 * clinic's default language; @lang_used says which.
 *
 * Returns: (nullable): the entry, or %NULL when there is none in either
 */
const KioskEntry *
kiosk_content_find_for (KioskContent  *self,
                        const char    *lang,
                        const char    *id,
                        const char   **lang_used)
{
  const char *fallback = kiosk_content_get_default_lang (self);
  const KioskEntry *entry = kiosk_content_find (self, lang, id);

  if (lang_used != NULL)
    *lang_used = lang;
  if (entry != NULL || g_strcmp0 (fallback, lang) == 0)
    return entry;

  entry = kiosk_content_find (self, fallback, id);
  if (entry != NULL && lang_used != NULL)
    *lang_used = fallback;
  return entry;
}

/**
 * kiosk_content_has_page:
 * @self: the content
 * @lang: the patient's language
 * @id: a page id
 *
 * Returns: whether @id can be shown: a built-in screen, or a page in @lang
 *   or the default language
 */
gboolean
kiosk_content_has_page (KioskContent *self,
                        const char   *lang,
                        const char   *id)
{
  return kiosk_content_is_builtin_id (id) || kiosk_content_find_for (self, lang, id, NULL) != NULL;
}

/**
 * kiosk_content_resolve_file:
 * @self: the content
 * @relative: a path inside the content folder
 *
 * Returns: (transfer full) (nullable): the file's full path, or %NULL when it
 *   does not exist or lies outside the content folder (through "..", an
 *   absolute path or a symbolic link)
 */
char *
kiosk_content_resolve_file (KioskContent *self,
                            const char   *relative)
{
  g_autofree char *normal = kiosk_paths_normalize (NULL, relative);
  g_autofree char *path = NULL;

  g_return_val_if_fail (KIOSK_IS_CONTENT (self), NULL);

  if (normal == NULL || strcmp (normal, relative) != 0)
    return NULL;
  path = g_build_filename (self->dir, normal, NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR) || !kiosk_paths_is_inside (self->dir, path))
    return NULL;
  return g_steal_pointer (&path);
}

static int
compare_names (const void *a,
               const void *b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/**
 * kiosk_content_find_icon:
 * @self: the content
 * @name: an icon name from a page's settings
 *
 * A clinic's own `icons/NAME.svg` in the content folder wins over the
 * kiosk's built-in icon of the same name.
 *
 * Returns: (transfer full) (nullable): a full path for a clinic icon, an
 *   icon-theme name for a built-in one, or %NULL when there is neither
 */
char *
kiosk_content_find_icon (KioskContent *self,
                         const char   *name)
{
  g_autofree char *file = NULL;
  char *path;

  g_return_val_if_fail (KIOSK_IS_CONTENT (self), NULL);

  if (!is_icon_name (name))
    return NULL;

  file = g_strdup_printf ("icons/%s.svg", name);
  /* A clinic's icon that is refused is not replaced by a built-in one:
   * the loader says why. */
  if ((path = kiosk_content_resolve_file (self, file)) != NULL)
    {
      if (kiosk_image_check (path, NULL))
        return path;
      g_free (path);
      return NULL;
    }

  if (bsearch (&name, kiosk_builtin_icons, G_N_ELEMENTS (kiosk_builtin_icons),
               sizeof kiosk_builtin_icons[0], compare_names) != NULL)
    return g_strdup_printf ("kiosk-%s-symbolic", name);

  return NULL;
}

gint64
kiosk_content_get_load_time (KioskContent *self)
{
  g_return_val_if_fail (KIOSK_IS_CONTENT (self), 0);

  return self->load_time;
}

gboolean
kiosk_content_is_builtin_id (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (builtin_ids); i++)
    if (strcmp (id, builtin_ids[i]) == 0)
      return TRUE;
  return FALSE;
}

/**
 * kiosk_entry_shows_emergency_card:
 * @entry: a page
 *
 * A page about a treatment (one with an evidence label) ends with what to
 * do about feeling unwell after one, unless it says emergency-card = no;
 * any other page can ask for it with emergency-card = yes.
 *
 * Returns: whether @entry ends with the "Feeling unwell?" card
 */
gboolean
kiosk_entry_shows_emergency_card (const KioskEntry *entry)
{
  if (entry->emergency_card != KIOSK_CHOICE_UNSET)
    return entry->emergency_card == KIOSK_CHOICE_YES;
  return entry->evidence != KIOSK_EVIDENCE_NONE;
}

const char *
kiosk_evidence_to_string (KioskEvidence evidence)
{
  switch (evidence)
    {
    case KIOSK_EVIDENCE_ESTABLISHED:
      return _("Established treatment exists");
    case KIOSK_EVIDENCE_SOME:
      return _("Some evidence, still being studied");
    case KIOSK_EVIDENCE_EXPERIMENTAL:
      return _("Experimental: clinical trials only");
    case KIOSK_EVIDENCE_NO_EVIDENCE:
      return _("No good evidence");
    case KIOSK_EVIDENCE_NONE:
    default:
      return "";
    }
}
