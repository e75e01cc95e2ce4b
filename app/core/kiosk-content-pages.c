/* kiosk-content-pages.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reading a language folder: its pages, its sections and their pages. */

#define G_LOG_DOMAIN "kiosk-content"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "kiosk-content-private.h"
#include "kiosk-markdown.h"
#include "kiosk-image-check.h"
#include "kiosk-paths.h"
#include "kiosk-text-cut.h"
#include "kiosk-text-file.h"

/* Enough for any clinic; a runaway folder cannot make the kiosk read forever. */
#define MAX_FILES_PER_FOLDER 500

/* A tile shows at most this much of a page's first paragraph. */
#define MAX_SUMMARY_CHARS 240

/* A tile shows its summary in at most four lines (ui/kiosk-tile.ui), which
 * a summary set in the page holds whole up to about this length; the
 * staff guide asks for 80 characters or fewer. */
#define SUMMARY_WARN_CHARS   120
#define SUMMARY_ADVISE_CHARS 80

/* More than a patient reads standing at the kiosk. */
#define MAX_PAGE_WORDS 1200

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

/* A page's facts are checked again within this many months. */
#define CHECK_AGAIN_MONTHS 12

/* "checked = 2026-12": when staff last checked the page's facts. */
static void
read_checked (KioskLoader *loader,
              KioskEntry  *entry,
              guint        line,
              const char  *value)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint year = 0, month = 0;
  char end = 0;
  int age;

  if (sscanf (value, "%4u-%2u%c", &year, &month, &end) != 2 || year < 2000 || year > 9999 ||
      month < 1 || month > 12)
    {
      kiosk_loader_error (loader, entry->file, line,
                          _("checked must be the year and month the page's facts were last "
                            "checked, like 2026-12, not “%s”"), value);
      return;
    }
  entry->checked_year = year;
  entry->checked_month = month;
  age = (g_date_time_get_year (now) - (int) year) * 12 + g_date_time_get_month (now) - (int) month;
  if (age > CHECK_AGAIN_MONTHS)
    kiosk_loader_warning (loader, entry->file, line,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "this page's facts were last checked %d month ago; "
                                       "check them again and change this date",
                                       "this page's facts were last checked %d months ago; "
                                       "check them again and change this date", age), age);
  else if (age < 0)
    kiosk_loader_warning (loader, entry->file, line,
                          _("this page's facts are dated %s, which is still to come; write the "
                            "month they were checked"), value);
}

/* "emergency-card = yes" or "no": whether the page ends with what to do
 * about feeling unwell. */
static void
read_emergency_card (KioskLoader *loader,
                     KioskEntry  *entry,
                     guint        line,
                     const char  *value)
{
  if (g_ascii_strcasecmp (value, "yes") == 0)
    entry->emergency_card = KIOSK_CHOICE_YES;
  else if (g_ascii_strcasecmp (value, "no") == 0)
    entry->emergency_card = KIOSK_CHOICE_NO;
  else
    kiosk_loader_error (loader, entry->file, line,
                        _("emergency-card must be yes or no, not “%s”"), value);
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
  g_strstrip (text);
  /* A tile shows two or three lines: a long first paragraph is cut at a
   * word, so that home never lays out a whole page of text. */
  if (g_utf8_strlen (text, -1) > MAX_SUMMARY_CHARS)
    {
      char *cut = g_utf8_offset_to_pointer (text, MAX_SUMMARY_CHARS);
      char *space;

      *cut = '\0';
      space = strrchr (text, ' ');
      if (space != NULL && space > text + MAX_SUMMARY_CHARS / 2)
        *space = '\0';
      return g_strconcat (g_strchomp (text), "…", NULL);
    }
  return g_steal_pointer (&text);
}

void
kiosk_loader_apply_metadata (KioskLoader *loader,
                             KioskEntry  *entry,
                             GHashTable  *meta,
                             GHashTable  *lines)
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
          g_autofree char *own = g_strdup_printf ("icons/%s.svg", (char *) value);
          g_autofree char *own_path = kiosk_content_resolve_file (loader->content, own);
          g_autofree char *problem = NULL;

          if (own_path != NULL && !kiosk_image_check (own_path, &problem))
            kiosk_loader_error (loader, entry->file, line, _("the icon %s cannot be shown: %s"),
                                own, problem);
          else if (found == NULL)
            kiosk_loader_error (loader, entry->file, line,
                                _("there is no icon called “%s”; see the icon list in "
                                  "README.md"), (char *) value);
          else
            entry->icon = g_strdup (value);
        }
      else if (strcmp (key, "summary") == 0)
        {
          glong chars = g_utf8_strlen (value, -1);

          if (chars > SUMMARY_WARN_CHARS)
            kiosk_loader_warning (loader, entry->file, line,
                                  _("the summary is %ld characters long, too long for the "
                                    "page's tile, which cuts it off; keep it to %d characters "
                                    "or fewer"), chars, SUMMARY_ADVISE_CHARS);
          g_free (entry->summary);
          entry->summary = g_strdup (value);
        }
      else if (strcmp (key, "evidence") == 0)
        {
          entry->evidence = parse_evidence (value);
          if (entry->evidence == KIOSK_EVIDENCE_NONE)
            kiosk_loader_error (loader, entry->file, line,
                                _("evidence must be established, some-evidence, experimental or "
                                  "no-evidence, not “%s”"), (char *) value);
        }
      else if (strcmp (key, "evidence-note") == 0)
        entry->evidence_note = g_strdup (value);
      else if (strcmp (key, "checked") == 0)
        read_checked (loader, entry, line, value);
      else if (strcmp (key, "emergency-card") == 0)
        read_emergency_card (loader, entry, line, value);
      else
        kiosk_loader_warning (loader, entry->file, line,
                              _("unknown page setting “%s” is ignored"), (char *) key);
    }
}

/* Keeps what tells, at the next reading, whether the file was cut short;
 * and says so if it is now. */
static void
remember_text (KioskLoader *loader,
               const char  *file,
               const char  *text,
               gsize        len)
{
  KioskContent *previous = loader->content->previous;
  KioskTextMarks *before = previous != NULL ? g_hash_table_lookup (previous->marks, file) : NULL;
  guint missing = before != NULL ? kiosk_text_marks_is_cut (before, text, len) : 0;

  if (missing > 0)
    {
      guint last = 0;

      for (gsize i = 0; i < len; i++)
        last += text[i] == '\n';
      kiosk_loader_warning (loader, file, last,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "the page now ends at this line, where it went on "
                                         "for %u more line before; if it was copied or saved "
                                         "only in part, copy or save it again",
                                         "the page now ends at this line, where it went on "
                                         "for %u more lines before; if it was copied or saved "
                                         "only in part, copy or save it again", missing),
                            missing);
    }
  g_hash_table_replace (loader->content->marks, g_strdup (file), kiosk_text_marks_new (text, len));
}

KioskDocument *
kiosk_loader_parse_text (KioskLoader *loader,
                         const char  *file,
                         const char  *text,
                         gsize        len,
                         const char  *base_dir,
                         GHashTable  *meta,
                         GHashTable  *meta_lines)
{
  KioskMarkdownContext context = { 0 };
  KioskDocument *doc;
  KioskBudget budget;

  kiosk_budget_start (&budget);

  context.file = file;
  context.base_dir = base_dir;
  context.first_line = 1;
  context.diagnostics = loader->content->diagnostics;
  context.meta = meta;
  context.meta_lines = meta_lines;
  context.budget = &budget;
  /* Pages, not the glossary: its terms are read one at a time. */
  context.max_words = meta != NULL ? MAX_PAGE_WORDS : 0;

  doc = kiosk_markdown_parse (text, len, &context);
  /* Given up: the file is treated as one that cannot be read. */
  if (context.too_complex)
    g_clear_pointer (&doc, kiosk_document_free);
  return doc;
}

KioskDocument *
kiosk_loader_parse_file (KioskLoader *loader,
                         const char  *file,
                         const char  *base_dir,
                         GHashTable  *meta,
                         GHashTable  *meta_lines)
{
  g_autofree char *text = NULL;
  gsize len = 0;

  text = kiosk_text_file_read (loader->content->dir, file, KIOSK_MAX_FILE_SIZE,
                               loader->content->diagnostics, &len);
  if (text == NULL)
    return NULL;
  remember_text (loader, file, text, len);

  return kiosk_loader_parse_text (loader, file, text, len, base_dir, meta, meta_lines);
}

static KioskEntry *
load_entry (KioskLoader    *loader,
            KioskEntryKind  kind,
            const char     *file,
            const char     *base_dir,
            const char     *id)
{
  g_autoptr(GHashTable) meta = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  KioskDocument *doc = kiosk_loader_parse_file (loader, file, base_dir, meta, lines);
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
      kiosk_loader_error (loader, file, 1,
                          _("the page has no title; start it with a line like “# My title”"));
      entry->title = g_path_get_basename (id);
    }

  kiosk_loader_apply_metadata (loader, entry, meta, lines);
  g_ptr_array_add (loader->catalog->entries, entry);

  return entry;
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

/* Lists a folder, sorted by the numbers in front of the names. */
static GPtrArray *
list_folder (KioskLoader *loader,
             const char  *folder)
{
  g_autofree char *path = g_build_filename (loader->content->dir, folder, NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (dir_item_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  /* A language or section folder that links out of the content folder is
   * neither read nor listed. */
  if (!kiosk_paths_is_inside (loader->content->dir, path))
    {
      kiosk_loader_error (loader, folder, 1,
                          _("this folder is a link to something outside the content folder; "
                            "copy the folder in instead"));
      return NULL;
    }
  dir = g_dir_open (path, 0, &error);
  if (dir == NULL)
    {
      kiosk_loader_error (loader, folder, 1, _("the folder cannot be read: %s"), error->message);
      return NULL;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_autofree char *stripped = NULL;
      DirItem *item;


      if (kiosk_paths_is_ignored_name (name) || !g_utf8_validate (name, -1, NULL))
        continue;
      /* Which files would be kept is up to the file system's order, so
       * none is: a partial section would hide pages without a word. */
      if (items->len >= MAX_FILES_PER_FOLDER)
        {
          kiosk_loader_error (loader, folder, 1,
                              _("the folder has more than %d files, the most the kiosk reads "
                                "from one folder; none of them is shown until some are moved "
                                "into a section"),
                              MAX_FILES_PER_FOLDER);
          return NULL;
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
load_section (KioskLoader *loader,
              const char  *folder,
              const char  *name)
{
  g_autofree char *rel = g_build_filename (loader->catalog->lang, name, NULL);
  g_autofree char *index = g_build_filename (rel, "index.md", NULL);
  g_autofree char *id = kiosk_paths_to_page_id (name);
  g_autofree char *index_path = g_build_filename (loader->content->dir, index, NULL);
  g_autoptr(GPtrArray) items = NULL;
  KioskEntry *section;

  if (!g_file_test (index_path, G_FILE_TEST_EXISTS))
    {
      kiosk_loader_error (loader, index, 1,
                          _("the section “%s” needs an index.md with its title and "
                            "introduction"), name);
      return;
    }

  section = load_entry (loader, KIOSK_ENTRY_SECTION, index, name, id);
  if (section == NULL || !kiosk_loader_register_id (loader, section))
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
          kiosk_loader_warning (loader, file, 1,
                                _("folders inside a section are not shown; move its pages up "
                                  "into %s"), rel);
          continue;
        }
      if (!g_str_has_suffix (item->name, ".md"))
        {
          kiosk_loader_warning (loader, file, 1,
                                _("only .md files are shown; this file is ignored"));
          continue;
        }

      page_id = kiosk_paths_to_page_id (page_path);
      page = load_entry (loader, KIOSK_ENTRY_PAGE, file, name, page_id);
      if (page == NULL || !kiosk_loader_register_id (loader, page))
        continue;
      g_free (kiosk_paths_strip_prefix (item->name, &page->order));
      page->parent = section;
      g_ptr_array_add (section->children, page);
    }
}

void
kiosk_loader_load_top_level (KioskLoader *loader)
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
          kiosk_loader_warning (loader, file, 1,
                                _("only .md files are shown; this file is ignored"));
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
          kiosk_loader_load_glossary (loader);
          continue;
        }

      id = kiosk_paths_to_page_id (item->name);
      page = load_entry (loader, KIOSK_ENTRY_PAGE, file, "", id);
      if (page == NULL || !kiosk_loader_register_id (loader, page))
        continue;
      g_free (kiosk_paths_strip_prefix (item->name, &page->order));
      g_ptr_array_add (catalog->top, page);
    }

  if (items != NULL && !has_home)
    kiosk_loader_error (loader, catalog->lang, 1,
                        _("home.md is missing: every language folder needs one for the welcome "
                          "screen"));
  if (items != NULL && !has_glossary)
    kiosk_loader_warning (loader, catalog->lang, 1,
                          _("glossary.md is missing, so no words are explained"));
}

