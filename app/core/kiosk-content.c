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
#include <glib/gstdio.h>
#include <string.h>

#include "kiosk-content.h"
#include "kiosk-markdown.h"
#include "kiosk-paths.h"
#include "kiosk-builtin-icons.h"
#include "kiosk-theme.h"

/* Enough for any clinic; a runaway folder cannot make the kiosk read forever. */
#define MAX_FILES_PER_FOLDER 500

struct _KioskContent
{
  GObject           parent_instance;

  char             *dir;
  KioskConfig      *config;
  KioskDiagnostics *diagnostics;
  GPtrArray        *catalogs;      /* KioskCatalog */
  gint64            load_time;
};

G_DEFINE_FINAL_TYPE (KioskContent, kiosk_content, G_TYPE_OBJECT)

typedef struct
{
  KioskContent *content;
  KioskCatalog *catalog;
} Loader;

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

static void
term_free (gpointer data)
{
  KioskTerm *term = data;

  g_free (term->id);
  g_free (term->term);
  g_strfreev (term->forms);
  g_free (term->definition);
  g_free (term);
}

static void
catalog_free (gpointer data)
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

static void
error_at (Loader     *loader,
          const char *file,
          guint       line,
          const char *format,
          ...) G_GNUC_PRINTF (4, 5);

static void
error_at (Loader     *loader,
          const char *file,
          guint       line,
          const char *format,
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

static void
warning_at (Loader     *loader,
            const char *file,
            guint       line,
            const char *format,
            ...) G_GNUC_PRINTF (4, 5);

static void
warning_at (Loader     *loader,
            const char *file,
            guint       line,
            const char *format,
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

static guint
line_of_offset (const char *text,
                gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    line += text[i] == '\n';
  return line;
}

/* Reads a staff-edited file with every check a broken edit needs: it must
 * be a regular file, not too large, and UTF-8. Text with bad bytes is still
 * returned (cmark replaces them), so the first load can show what it can. */
static char *
read_text_file (Loader     *loader,
                const char *file,
                gsize      *len)
{
  g_autofree char *path = g_build_filename (loader->content->dir, file, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *bad = NULL;
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    {
      error_at (loader, file, 1, _("the file is missing"));
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      error_at (loader, file, 1, _("this should be a file, but it is a folder or something else"));
      return NULL;
    }
  /* The kiosk reads nothing outside its content folder, not even through
   * a symbolic link. */
  if (!kiosk_paths_is_inside (loader->content->dir, path))
    {
      error_at (loader, file, 1, _("this file is a link to something outside the content "
                                   "folder; copy the file in instead"));
      return NULL;
    }
  if (st.st_size > KIOSK_MAX_FILE_SIZE)
    {
      error_at (loader, file, 1, _("the file is too large (%.1f MB); the limit is %d MB"),
                st.st_size / 1048576.0, KIOSK_MAX_FILE_SIZE / 1048576);
      return NULL;
    }
  if (!g_file_get_contents (path, &text, len, &error))
    {
      error_at (loader, file, 1, _("the file cannot be read: %s"), error->message);
      return NULL;
    }
  if (*len > KIOSK_MAX_FILE_SIZE)
    {
      error_at (loader, file, 1, _("the file is too large; the limit is %d MB"),
                KIOSK_MAX_FILE_SIZE / 1048576);
      return NULL;
    }
  if (!g_utf8_validate (text, *len, &bad))
    error_at (loader, file, line_of_offset (text, bad - text),
              _("this line is not valid UTF-8 text; save the file as UTF-8"));

  return g_steal_pointer (&text);
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

static KioskEvidence
parse_evidence (const char *value)
{
  static const struct { const char *name; KioskEvidence evidence; } names[] = {
    { "established", KIOSK_EVIDENCE_ESTABLISHED },
    { "some-evidence", KIOSK_EVIDENCE_SOME },
    { "experimental", KIOSK_EVIDENCE_EXPERIMENTAL },
    { "no-evidence", KIOSK_EVIDENCE_NO_EVIDENCE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (value, names[i].name) == 0)
      return names[i].evidence;
  return KIOSK_EVIDENCE_NONE;
}

static char *
make_summary (KioskDocument *doc)
{
  const KioskBlock *first = kiosk_document_get_first_paragraph (doc);
  g_autofree char *text = NULL;

  if (first == NULL)
    return g_strdup ("");
  text = kiosk_block_get_text (first);
  g_strdelimit (text, "\n\t", ' ');
  return g_strdup (g_strstrip (text));
}

static void
apply_metadata (Loader     *loader,
                KioskEntry *entry,
                GHashTable *meta,
                GHashTable *lines)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, meta);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint line = GPOINTER_TO_UINT (g_hash_table_lookup (lines, key));

      if (strcmp (key, "icon") == 0)
        {
          g_autofree char *found = kiosk_content_find_icon (loader->content, value);

          if (found == NULL)
            error_at (loader, entry->file, line,
                      _("there is no icon called “%s”; see the icon list in README.md"),
                      (char *) value);
          else
            entry->icon = g_strdup (value);
        }
      else if (strcmp (key, "summary") == 0)
        {
          g_free (entry->summary);
          entry->summary = g_strdup (value);
        }
      else if (strcmp (key, "evidence") == 0)
        {
          entry->evidence = parse_evidence (value);
          if (entry->evidence == KIOSK_EVIDENCE_NONE)
            error_at (loader, entry->file, line,
                      _("evidence must be established, some-evidence, experimental or "
                        "no-evidence, not “%s”"), (char *) value);
        }
      else if (strcmp (key, "evidence-note") == 0)
        entry->evidence_note = g_strdup (value);
      else
        warning_at (loader, entry->file, line, _("unknown page setting “%s” is ignored"),
                    (char *) key);
    }
}

static KioskDocument *
parse_file (Loader      *loader,
            const char  *file,
            const char  *base_dir,
            GHashTable  *meta,
            GHashTable  *meta_lines)
{
  g_autofree char *text = NULL;
  KioskMarkdownContext context = { 0 };
  gsize len = 0;

  text = read_text_file (loader, file, &len);
  if (text == NULL)
    return NULL;

  context.file = file;
  context.base_dir = base_dir;
  context.first_line = 1;
  context.diagnostics = loader->content->diagnostics;
  context.meta = meta;
  context.meta_lines = meta_lines;

  return kiosk_markdown_parse (text, len, &context);
}

static KioskEntry *
load_entry (Loader         *loader,
            KioskEntryKind  kind,
            const char     *file,
            const char     *base_dir,
            const char     *id)
{
  g_autoptr(GHashTable) meta = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  KioskDocument *doc = parse_file (loader, file, base_dir, meta, lines);
  KioskEntry *entry;

  if (doc == NULL)
    return NULL;

  entry = g_new0 (KioskEntry, 1);
  entry->kind = kind;
  entry->id = g_strdup (id);
  entry->file = g_strdup (file);
  entry->document = doc;
  entry->summary = make_summary (doc);

  if (doc->title != NULL)
    entry->title = g_strdup (doc->title);
  else
    {
      error_at (loader, file, 1, _("the page has no title; start it with a line like "
                                   "“# My title”"));
      entry->title = g_path_get_basename (id);
    }

  apply_metadata (loader, entry, meta, lines);
  g_ptr_array_add (loader->catalog->entries, entry);

  return entry;
}

static gboolean
register_id (Loader     *loader,
             KioskEntry *entry)
{
  KioskEntry *other = g_hash_table_lookup (loader->catalog->by_id, entry->id);

  if (other != NULL || kiosk_content_is_builtin_id (entry->id))
    {
      error_at (loader, entry->file, 1,
                _("two pages have the same name “%s” (the other is %s); rename one of them"),
                entry->id, other != NULL ? other->file : _("built into the kiosk"));
      return FALSE;
    }

  g_hash_table_insert (loader->catalog->by_id, entry->id, entry);
  return TRUE;
}

typedef struct
{
  char     *name;
  guint     order;
  gboolean  is_dir;
} DirItem;

static void
dir_item_free (gpointer data)
{
  DirItem *item = data;

  g_free (item->name);
  g_free (item);
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const DirItem *x = *(DirItem **) a;
  const DirItem *y = *(DirItem **) b;

  if (x->order != y->order)
    return x->order < y->order ? -1 : 1;
  return strcmp (x->name, y->name);
}

static gboolean
is_ignored_name (const char *name)
{
  return name[0] == '.' || name[0] == '#' || g_str_has_suffix (name, "~") ||
         g_str_has_suffix (name, ".swp") || g_str_has_suffix (name, ".bak");
}

/* Lists a folder, sorted by the numbers in front of the names. */
static GPtrArray *
list_folder (Loader     *loader,
             const char *folder)
{
  g_autofree char *path = g_build_filename (loader->content->dir, folder, NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (dir_item_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  const char *name;

  if (dir == NULL)
    {
      error_at (loader, folder, 1, _("the folder cannot be read: %s"), error->message);
      return NULL;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_autofree char *stripped = NULL;
      DirItem *item;


      if (is_ignored_name (name) || !g_utf8_validate (name, -1, NULL))
        continue;
      if (items->len >= MAX_FILES_PER_FOLDER)
        {
          error_at (loader, folder, 1, _("the folder has more than %d files; the rest are not "
                                         "read"), MAX_FILES_PER_FOLDER);
          break;
        }

      item = g_new0 (DirItem, 1);
      item->name = g_strdup (name);
      item->is_dir = g_file_test (child, G_FILE_TEST_IS_DIR);
      stripped = kiosk_paths_strip_prefix (name, &item->order);
      g_ptr_array_add (items, item);
    }

  g_ptr_array_sort (items, compare_items);
  return g_steal_pointer (&items);
}

static void
load_section (Loader     *loader,
              const char *folder,
              const char *name)
{
  g_autofree char *rel = g_build_filename (loader->catalog->lang, name, NULL);
  g_autofree char *index = g_build_filename (rel, "index.md", NULL);
  g_autofree char *id = kiosk_paths_to_page_id (name);
  g_autofree char *index_path = g_build_filename (loader->content->dir, index, NULL);
  g_autoptr(GPtrArray) items = NULL;
  KioskEntry *section;

  if (!g_file_test (index_path, G_FILE_TEST_EXISTS))
    {
      error_at (loader, index, 1, _("the section “%s” needs an index.md with its title and "
                                    "introduction"), name);
      return;
    }

  section = load_entry (loader, KIOSK_ENTRY_SECTION, index, name, id);
  if (section == NULL || !register_id (loader, section))
    return;
  section->children = g_ptr_array_new ();
  g_ptr_array_add (loader->catalog->top, section);

  items = list_folder (loader, rel);
  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      DirItem *item = g_ptr_array_index (items, i);
      g_autofree char *file = g_build_filename (rel, item->name, NULL);
      g_autofree char *page_path = g_build_filename (name, item->name, NULL);
      g_autofree char *page_id = NULL;
      KioskEntry *page;

      if (strcmp (item->name, "index.md") == 0)
        continue;
      if (item->is_dir)
        {
          warning_at (loader, file, 1, _("folders inside a section are not shown; move its "
                                         "pages up into %s"), rel);
          continue;
        }
      if (!g_str_has_suffix (item->name, ".md"))
        {
          warning_at (loader, file, 1, _("only .md files are shown; this file is ignored"));
          continue;
        }

      page_id = kiosk_paths_to_page_id (page_path);
      page = load_entry (loader, KIOSK_ENTRY_PAGE, file, name, page_id);
      if (page == NULL || !register_id (loader, page))
        continue;
      g_free (kiosk_paths_strip_prefix (item->name, &page->order));
      page->parent = section;
      g_ptr_array_add (section->children, page);
    }
}

static void
add_term (Loader     *loader,
          GHashTable *seen,
          KioskTerm  *term)
{
  const char *forms[2] = { term->term, NULL };

  for (guint pass = 0; pass < 2; pass++)
    {
      const char * const *list = pass == 0 ? forms : (const char * const *) term->forms;

      for (guint i = 0; list != NULL && list[i] != NULL; i++)
        {
          g_autofree char *folded = g_utf8_casefold (list[i], -1);
          gpointer other = g_hash_table_lookup (seen, folded);

          if (other != NULL)
            error_at (loader, loader->catalog->glossary_file, term->line,
                      _("“%s” is defined twice in the glossary (first on line %u)"),
                      list[i], GPOINTER_TO_UINT (other));
          else
            g_hash_table_insert (seen, g_steal_pointer (&folded),
                                 GUINT_TO_POINTER (term->line));
        }
    }
}

static gboolean
is_all_emphasis (const KioskBlock *block)
{
  gboolean any = FALSE;

  for (guint i = 0; i < block->runs->len; i++)
    {
      const KioskRun *run = &g_array_index (block->runs, KioskRun, i);
      g_autofree char *text = g_strstrip (g_strdup (run->text));

      if (*text == '\0')
        continue;
      if (!(run->style & KIOSK_STYLE_EMPH))
        return FALSE;
      any = TRUE;
    }
  return any;
}

static GStrv
split_forms (const KioskBlock *block)
{
  g_autofree char *text = kiosk_block_get_text (block);
  g_auto(GStrv) parts = g_strsplit_set (text, ",;", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }
  return g_strv_builder_end (builder);
}

static void
finish_term (Loader     *loader,
             GHashTable *seen,
             KioskTerm  *term,
             GString    *definition)
{
  if (term == NULL)
    return;

  g_strstrip (definition->str);
  if (definition->str[0] == '\0')
    error_at (loader, loader->catalog->glossary_file, term->line,
              _("the glossary term “%s” has no definition"), term->term);
  term->definition = g_strdup (definition->str);
  g_string_truncate (definition, 0);
  add_term (loader, seen, term);
  g_ptr_array_add (loader->catalog->terms, term);
}

static int
compare_terms (gconstpointer a,
               gconstpointer b)
{
  const KioskTerm *x = *(KioskTerm **) a;
  const KioskTerm *y = *(KioskTerm **) b;

  return g_utf8_collate (x->term, y->term);
}

/* glossary.md: each "## Term" heading starts a term; a paragraph right
 * under it written all in italics lists other forms; the rest defines it. */
static void
load_glossary (Loader *loader)
{
  KioskCatalog *catalog = loader->catalog;
  g_autoptr(KioskDocument) doc = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) definition = g_string_new (NULL);
  KioskTerm *term = NULL;
  gboolean forms_allowed = FALSE;

  catalog->glossary_file = g_build_filename (catalog->lang, "glossary.md", NULL);
  doc = parse_file (loader, catalog->glossary_file, "", NULL, NULL);
  if (doc == NULL)
    return;
  catalog->glossary_title = g_strdup (doc->title);

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const KioskBlock *block = g_ptr_array_index (doc->blocks, i);
      g_autofree char *text = kiosk_block_get_text (block);

      if (block->kind == KIOSK_BLOCK_HEADING && block->level == 2)
        {
          finish_term (loader, seen, term, definition);
          term = g_new0 (KioskTerm, 1);
          term->term = g_strdup (g_strstrip (text));
          term->id = g_utf8_strdown (term->term, -1);
          term->line = block->line;
          forms_allowed = TRUE;
          if (*term->term == '\0')
            {
              error_at (loader, catalog->glossary_file, block->line,
                        _("a glossary heading has no term"));
              g_clear_pointer (&term, term_free);
            }
          continue;
        }
      if (term == NULL && block->kind == KIOSK_BLOCK_PARAGRAPH && *text != '\0')
        {
          g_autofree char *old = catalog->glossary_intro;

          catalog->glossary_intro = old != NULL ? g_strconcat (old, "\n\n", text, NULL) :
                                                  g_strdup (text);
        }
      if (term == NULL || block->kind == KIOSK_BLOCK_HEADING)
        continue;
      if (forms_allowed && block->kind == KIOSK_BLOCK_PARAGRAPH && is_all_emphasis (block))
        term->forms = split_forms (block);
      else if (*text != '\0')
        g_string_append_printf (definition, "%s\n\n", text);
      forms_allowed = FALSE;
    }
  finish_term (loader, seen, term, definition);
  g_ptr_array_sort (catalog->terms, compare_terms);

  for (guint i = 0; i < catalog->terms->len; i++)
    {
      const KioskTerm *t = g_ptr_array_index (catalog->terms, i);

      kiosk_glossary_add (catalog->glossary, t->term, i);
      for (guint f = 0; t->forms != NULL && t->forms[f] != NULL; f++)
        kiosk_glossary_add (catalog->glossary, t->forms[f], i);
    }
}

static void
load_top_level (Loader *loader)
{
  KioskCatalog *catalog = loader->catalog;
  g_autoptr(GPtrArray) items = list_folder (loader, catalog->lang);
  gboolean has_home = FALSE, has_glossary = FALSE;

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      DirItem *item = g_ptr_array_index (items, i);
      g_autofree char *file = g_build_filename (catalog->lang, item->name, NULL);
      g_autofree char *id = NULL;
      KioskEntry *page;

      if (item->is_dir)
        {
          load_section (loader, catalog->lang, item->name);
          continue;
        }
      if (!g_str_has_suffix (item->name, ".md"))
        {
          warning_at (loader, file, 1, _("only .md files are shown; this file is ignored"));
          continue;
        }

      if (strcmp (item->name, "home.md") == 0)
        {
          has_home = TRUE;
          catalog->home = load_entry (loader, KIOSK_ENTRY_PAGE, file, "", KIOSK_ID_HOME);
          continue;
        }
      if (strcmp (item->name, "booking.md") == 0)
        {
          catalog->booking = load_entry (loader, KIOSK_ENTRY_PAGE, file, "", KIOSK_ID_BOOKING);
          continue;
        }
      if (strcmp (item->name, "glossary.md") == 0)
        {
          has_glossary = TRUE;
          load_glossary (loader);
          continue;
        }

      id = kiosk_paths_to_page_id (item->name);
      page = load_entry (loader, KIOSK_ENTRY_PAGE, file, "", id);
      if (page == NULL || !register_id (loader, page))
        continue;
      g_free (kiosk_paths_strip_prefix (item->name, &page->order));
      g_ptr_array_add (catalog->top, page);
    }

  if (items != NULL && !has_home)
    error_at (loader, catalog->lang, 1, _("home.md is missing: every language folder needs "
                                          "one for the welcome screen"));
  if (items != NULL && !has_glossary)
    warning_at (loader, catalog->lang, 1, _("glossary.md is missing, so no words are "
                                            "explained"));
}

static void
check_entry_links (Loader     *loader,
                   KioskEntry *entry)
{
  KioskDocument *doc = entry->document;

  for (guint i = 0; i < doc->links->len; i++)
    {
      const KioskLink *link = g_ptr_array_index (doc->links, i);

      if (link->kind == KIOSK_LINK_PAGE &&
          !kiosk_content_is_builtin_id (link->target) &&
          !g_hash_table_contains (loader->catalog->by_id, link->target))
        error_at (loader, entry->file, link->line,
                  _("the link goes to “%s”, but there is no such page"), link->target);
    }

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      const KioskBlock *block = g_ptr_array_index (doc->blocks, i);
      g_autofree char *path = NULL;

      if (block->kind != KIOSK_BLOCK_IMAGE || block->image == NULL)
        continue;
      path = kiosk_content_resolve_file (loader->content, block->image);
      if (path == NULL)
        error_at (loader, entry->file, block->line,
                  _("the image “%s” is not in the content folder"), block->image);
    }
}

static void
load_language (KioskContent *self,
               const char   *lang,
               const char   *ini_text)
{
  g_autofree char *path = g_build_filename (self->dir, lang, NULL);
  KioskCatalog *catalog;
  Loader loader = { self, NULL };

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      kiosk_diagnostics_add (self->diagnostics, KIOSK_SEVERITY_ERROR, KIOSK_CONFIG_FILE,
                             kiosk_config_find_line (ini_text, "kiosk", "languages"),
                             _("the language “%s” is listed, but there is no folder %s/"),
                             lang, lang);
      return;
    }

  catalog = g_new0 (KioskCatalog, 1);
  catalog->lang = g_strdup (lang);
  catalog->top = g_ptr_array_new ();
  catalog->entries = g_ptr_array_new_with_free_func (entry_free);
  catalog->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  catalog->terms = g_ptr_array_new_with_free_func (term_free);
  catalog->glossary = kiosk_glossary_new ();
  loader.catalog = catalog;

  load_top_level (&loader);
  for (guint i = 0; i < catalog->entries->len; i++)
    check_entry_links (&loader, g_ptr_array_index (catalog->entries, i));

  g_ptr_array_add (self->catalogs, catalog);
}

/* A page that exists in the default language but not in another one is
 * shown in the default language there; staff should know. */
static void
check_translations (KioskContent *self)
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
  self->catalogs = g_ptr_array_new_with_free_func (catalog_free);
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
  KioskContent *self = g_object_new (KIOSK_TYPE_CONTENT, NULL);

  g_return_val_if_fail (dir != NULL, self);

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
    load_language (self, self->config->languages[i], self->config->text);
  check_translations (self);

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
  if ((path = kiosk_content_resolve_file (self, file)) != NULL)
    return path;

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
