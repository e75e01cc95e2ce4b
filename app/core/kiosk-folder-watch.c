/* kiosk-folder-watch.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What it logs is about the content monitor's folder: same log domain. */
#define G_LOG_DOMAIN "kiosk-content-monitor"

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kiosk-folder-watch.h"
#include "kiosk-paths.h"

/* How deep below the content folder sub-folders are watched, and how many
 * folders at most: a runaway folder cannot use up the system's watches. */
#define MAX_WATCH_DEPTH 6
#define MAX_WATCHES     256

/* While the content folder is missing (a USB stick pulled out, a folder
 * renamed while it is replaced), look for it again this often. */
#define POLL_SECONDS 2

typedef struct
{
  GFileMonitor *monitor;
  dev_t         dev;
  ino_t         ino;
} Watch;

typedef struct
{
  char  *path;
  dev_t  dev;
  ino_t  ino;
} Folder;

struct _KioskFolderWatch
{
  char                 *dir;
  GFile                *root;
  KioskFolderWatchFunc  func;
  gpointer              user_data;

  guint                 delay;           /* milliseconds */
  guint                 debounce_id;
  guint                 poll_id;
  GHashTable           *watches;         /* folder path → Watch */
  gboolean              told_watch_limit;
};

static void on_monitor_changed (GFileMonitor      *monitor,
                                GFile             *file,
                                GFile             *other_file,
                                GFileMonitorEvent  event,
                                gpointer           user_data);

static void
watch_free (gpointer data)
{
  Watch *watch = data;

  g_signal_handlers_disconnect_matched (watch->monitor, G_SIGNAL_MATCH_FUNC, 0, 0, NULL,
                                        on_monitor_changed, NULL);
  g_file_monitor_cancel (watch->monitor);
  g_object_unref (watch->monitor);
  g_free (watch);
}

static void
folder_free (gpointer data)
{
  Folder *folder = data;

  g_free (folder->path);
  g_free (folder);
}

gboolean
kiosk_folder_is_readable (const char *dir)
{
  return g_file_test (dir, G_FILE_TEST_IS_DIR) && g_access (dir, R_OK | X_OK) == 0;
}

static gboolean
is_content_name (const char *name)
{
  return g_str_has_suffix (name, ".md") || g_str_has_suffix (name, ".ini") ||
         g_str_has_suffix (name, ".svg");
}

/* The folders to watch: the content folder and its sub-folders, nearest
 * first, without hidden ones and without following links out of it. */
static GPtrArray *
find_folders (KioskFolderWatch *self)
{
  g_autoptr(GPtrArray) folders = g_ptr_array_new_with_free_func (folder_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GQueue queue = G_QUEUE_INIT;

  /* From the path of root, the form in which the monitors report it. */
  g_queue_push_tail (&queue, g_strdup (g_file_peek_path (self->root)));
  g_queue_push_tail (&queue, GUINT_TO_POINTER (0));

  while (!g_queue_is_empty (&queue))
    {
      g_autofree char *path = g_queue_pop_head (&queue);
      guint depth = GPOINTER_TO_UINT (g_queue_pop_head (&queue));
      g_autoptr(GDir) dir = NULL;
      g_autofree char *key = NULL;
      const char *name;
      Folder *folder;
      GStatBuf st;

      if (g_stat (path, &st) != 0 || !S_ISDIR (st.st_mode))
        continue;
      /* A link back to a folder already seen would be watched twice. */
      key = g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT,
                             (guint64) st.st_dev, (guint64) st.st_ino);
      if (!g_hash_table_add (seen, g_steal_pointer (&key)))
        continue;

      if (folders->len >= MAX_WATCHES)
        {
          if (!self->told_watch_limit)
            g_message ("%s has more than %d folders; changes in the rest are not noticed",
                       self->dir, MAX_WATCHES);
          self->told_watch_limit = TRUE;
          break;
        }

      folder = g_new0 (Folder, 1);
      folder->path = g_strdup (path);
      folder->dev = st.st_dev;
      folder->ino = st.st_ino;
      g_ptr_array_add (folders, folder);

      if (depth >= MAX_WATCH_DEPTH || (dir = g_dir_open (path, 0, NULL)) == NULL)
        continue;

      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = NULL;
          GStatBuf lst;

          if (name[0] == '.')
            continue;
          child = g_build_filename (path, name, NULL);
          if (g_lstat (child, &lst) != 0)
            continue;
          if (S_ISLNK (lst.st_mode))
            {
              /* Followed only to a folder inside the content folder. */
              if (!g_file_test (child, G_FILE_TEST_IS_DIR) ||
                  !kiosk_paths_is_inside (self->dir, child))
                continue;
            }
          else if (!S_ISDIR (lst.st_mode))
            continue;

          g_queue_push_tail (&queue, g_steal_pointer (&child));
          g_queue_push_tail (&queue, GUINT_TO_POINTER (depth + 1));
        }
    }

  /* Left over only when the limit was reached. */
  while (!g_queue_is_empty (&queue))
    {
      g_free (g_queue_pop_head (&queue));
      g_queue_pop_head (&queue);
    }

  return g_steal_pointer (&folders);
}

/* Brings the monitors in line with the folders on disk: a monitor is kept
 * for a folder that is still the same folder, so that no change is missed
 * while the others are set up. */
static void
update_watches (KioskFolderWatch *self)
{
  g_autoptr(GPtrArray) folders = find_folders (self);
  g_autoptr(GHashTable) old = g_steal_pointer (&self->watches);

  self->watches = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, watch_free);

  for (guint i = 0; i < folders->len; i++)
    {
      Folder *folder = g_ptr_array_index (folders, i);
      gpointer old_key = NULL, old_value = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;
      Watch *watch;

      if (g_hash_table_steal_extended (old, folder->path, &old_key, &old_value))
        {
          watch = old_value;
          if (watch->dev == folder->dev && watch->ino == folder->ino)
            {
              g_hash_table_insert (self->watches, old_key, watch);
              continue;
            }
          g_free (old_key);
          watch_free (watch);
        }

      file = g_file_new_for_path (folder->path);
      watch = g_new0 (Watch, 1);
      watch->monitor = g_file_monitor_directory (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
      if (watch->monitor == NULL)
        {
          g_message ("Changes in %s are not noticed: %s", folder->path, error->message);
          g_free (watch);
          continue;
        }
      watch->dev = folder->dev;
      watch->ino = folder->ino;
      g_signal_connect (watch->monitor, "changed", G_CALLBACK (on_monitor_changed), self);
      g_hash_table_insert (self->watches, g_strdup (folder->path), watch);
    }
}

static gboolean
is_content_path (KioskFolderWatch  *self,
                 GFile             *file,
                 GFileMonitorEvent  event)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_basename (file);

  if (path == NULL || name == NULL || kiosk_paths_is_ignored_name (name))
    return FALSE;
  if (is_content_name (name))
    return TRUE;

  /* A folder made, removed or renamed: sections and languages come and go
   * this way. A folder that is gone is known by its watch. */
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_RENAMED:
    case G_FILE_MONITOR_EVENT_MOVED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
      return g_hash_table_contains (self->watches, path) ||
             g_file_test (path, G_FILE_TEST_IS_DIR);
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    default:
      return FALSE;
    }
}

static gboolean
event_counts (KioskFolderWatch  *self,
              GFile             *file,
              GFile             *other_file,
              GFileMonitorEvent  event)
{
  /* The folder itself gone, or made unreadable. */
  if (g_file_equal (file, self->root))
    return event == G_FILE_MONITOR_EVENT_DELETED || event == G_FILE_MONITOR_EVENT_UNMOUNTED ||
           event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED;

  /* A rename counts when either name is content: a page saved through a
   * temporary file, or a page renamed away. */
  return is_content_path (self, file, event) ||
         (other_file != NULL && is_content_path (self, other_file, event));
}

static gboolean
on_debounce (gpointer user_data)
{
  KioskFolderWatch *self = user_data;

  self->debounce_id = 0;
  self->func (self->user_data);

  return G_SOURCE_REMOVE;
}

static gboolean
on_poll (gpointer user_data)
{
  KioskFolderWatch *self = user_data;

  if (!kiosk_folder_is_readable (self->dir))
    return G_SOURCE_CONTINUE;

  self->poll_id = 0;
  /* Monitors of a folder that went away may be dead even if it is back
   * under the same name; start afresh. */
  g_hash_table_remove_all (self->watches);
  self->func (self->user_data);

  return G_SOURCE_REMOVE;
}

static void
on_monitor_changed (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event,
                    gpointer           user_data)
{
  KioskFolderWatch *self = user_data;

  if (!event_counts (self, file, other_file, event))
    return;

  /* Editors write a file in several steps; read it once they are done. */
  g_clear_handle_id (&self->debounce_id, g_source_remove);
  self->debounce_id = g_timeout_add (self->delay, on_debounce, self);
}

/**
 * kiosk_folder_watch_new:
 * @dir: the content folder
 * @delay: milliseconds the folder must stay unchanged before @func is called
 * @func: called after a change, and when a missing folder is back
 * @user_data: for @func
 *
 * Watches nothing yet: kiosk_folder_watch_update() sets up the monitors.
 *
 * Returns: (transfer full): the watch
 */
KioskFolderWatch *
kiosk_folder_watch_new (const char           *dir,
                        guint                 delay,
                        KioskFolderWatchFunc  func,
                        gpointer              user_data)
{
  KioskFolderWatch *self = g_new0 (KioskFolderWatch, 1);

  self->dir = g_strdup (dir);
  self->root = g_file_new_for_path (dir);
  self->func = func;
  self->user_data = user_data;
  self->delay = delay;
  self->watches = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, watch_free);

  return self;
}

/* Stops every monitor and timer: @func is not called any more. */
void
kiosk_folder_watch_free (KioskFolderWatch *self)
{
  if (self == NULL)
    return;

  g_clear_handle_id (&self->debounce_id, g_source_remove);
  g_clear_handle_id (&self->poll_id, g_source_remove);
  g_clear_pointer (&self->watches, g_hash_table_unref);
  g_free (self->dir);
  g_clear_object (&self->root);
  g_free (self);
}

/**
 * kiosk_folder_watch_update:
 * @self: the watch
 *
 * Forgets a change still waiting for the delay to pass, and watches the
 * folders on disk now: new sub-folders, and folders replaced by others of
 * the same name.
 */
void
kiosk_folder_watch_update (KioskFolderWatch *self)
{
  g_clear_handle_id (&self->debounce_id, g_source_remove);
  update_watches (self);
}

/**
 * kiosk_folder_watch_poll_if_missing:
 * @self: the watch
 *
 * While the folder is missing or cannot be read, looks for it every
 * %POLL_SECONDS; stops looking once it is there.
 */
void
kiosk_folder_watch_poll_if_missing (KioskFolderWatch *self)
{
  if (!kiosk_folder_is_readable (self->dir))
    {
      if (self->poll_id == 0)
        self->poll_id = g_timeout_add_seconds (POLL_SECONDS, on_poll, self);
    }
  else
    g_clear_handle_id (&self->poll_id, g_source_remove);
}

/* Sets how long the folder must stay unchanged before @func is called. */
void
kiosk_folder_watch_set_delay (KioskFolderWatch *self,
                              guint             msec)
{
  self->delay = msec;
}
