/* kiosk-content-monitor.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-content-monitor"

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kiosk-content-monitor.h"
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

struct _KioskContentMonitor
{
  GObject           parent_instance;

  char             *dir;
  GFile            *root;
  KioskContent     *content;         /* on show: the last accepted load */
  KioskDiagnostics *problems;        /* of the latest load, accepted or not */
  gboolean          last_accepted;
  gint64            last_good_time;
  gint64            last_check_time;

  guint             delay;           /* milliseconds */
  guint             debounce_id;
  guint             poll_id;
  GHashTable       *watches;         /* folder path → Watch */
  gboolean          told_watch_limit;
};

G_DEFINE_FINAL_TYPE (KioskContentMonitor, kiosk_content_monitor, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_DIR,
  N_PROPS
};

enum
{
  CONTENT_CHANGED,
  CHECKED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/*
 * Auxiliary methods
 */

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

static gboolean
folder_is_readable (const char *dir)
{
  return g_file_test (dir, G_FILE_TEST_IS_DIR) && g_access (dir, R_OK | X_OK) == 0;
}

/* Editors keep swap and backup files next to the page they edit
 * (.page.md.swp, page.md~); none of them is content. */
static gboolean
is_ignored_name (const char *name)
{
  return name[0] == '.' || g_str_has_suffix (name, "~") || g_str_has_suffix (name, ".swp") ||
         g_str_has_suffix (name, ".swx");
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
find_folders (KioskContentMonitor *self)
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
update_watches (KioskContentMonitor *self)
{
  g_autoptr(GPtrArray) folders = NULL;
  g_autoptr(GHashTable) old = NULL;

  if (self->watches == NULL)
    return;

  folders = find_folders (self);
  old = g_steal_pointer (&self->watches);
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
is_content_path (KioskContentMonitor *self,
                 GFile               *file,
                 GFileMonitorEvent    event)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_basename (file);

  if (path == NULL || name == NULL || is_ignored_name (name))
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
event_counts (KioskContentMonitor *self,
              GFile               *file,
              GFile               *other_file,
              GFileMonitorEvent    event)
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

static void
log_problems (KioskContentMonitor *self,
              KioskContent        *content)
{
  KioskDiagnostics *diagnostics = kiosk_content_get_diagnostics (content);

  for (guint i = 0; i < kiosk_diagnostics_get_count (diagnostics); i++)
    {
      g_autofree char *line = kiosk_diagnostic_format (kiosk_diagnostics_get (diagnostics, i),
                                                       self->dir);

      g_message ("%s", line);
    }
}

static gboolean
has_error (KioskDiagnostics      *diagnostics,
           const KioskDiagnostic *error)
{
  for (guint i = 0; i < kiosk_diagnostics_get_count (diagnostics); i++)
    {
      const KioskDiagnostic *d = kiosk_diagnostics_get (diagnostics, i);

      /* Not by line: a line added above a known problem moves it. */
      if (d->severity == KIOSK_SEVERITY_ERROR && g_strcmp0 (d->file, error->file) == 0 &&
          g_strcmp0 (d->message, error->message) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Returns: (nullable): why @content must not replace the content on show,
 * or %NULL to show it */
static char *
find_reason_to_reject (KioskContentMonitor *self,
                       KioskContent        *content)
{
  KioskDiagnostics *diagnostics = kiosk_content_get_diagnostics (content);
  KioskDiagnostics *current = kiosk_content_get_diagnostics (self->content);

  if (!folder_is_readable (self->dir))
    return g_strdup ("the content folder is missing or cannot be read");
  if (!kiosk_content_is_usable (content))
    return g_strdup ("no language has a home page to show");
  /* Anything with a home page beats a content that has none. */
  if (!kiosk_content_is_usable (self->content))
    return NULL;

  for (guint i = 0; i < kiosk_diagnostics_get_count (diagnostics); i++)
    {
      const KioskDiagnostic *d = kiosk_diagnostics_get (diagnostics, i);

      if (d->severity == KIOSK_SEVERITY_ERROR && !has_error (current, d))
        return kiosk_diagnostic_format (d, self->dir);
    }
  return NULL;
}

static gboolean on_poll (gpointer user_data);

static void
update_poll (KioskContentMonitor *self)
{
  /* Disposed: nothing may fire any more. */
  if (self->watches == NULL)
    return;

  if (!folder_is_readable (self->dir))
    {
      if (self->poll_id == 0)
        self->poll_id = g_timeout_add_seconds (POLL_SECONDS, on_poll, self);
    }
  else
    g_clear_handle_id (&self->poll_id, g_source_remove);
}

static gboolean
load (KioskContentMonitor *self)
{
  g_autoptr(KioskContent) content = kiosk_content_load (self->dir);
  g_autofree char *reason = NULL;
  gboolean accepted;

  self->last_check_time = kiosk_content_get_load_time (content);
  log_problems (self, content);

  /* The first load is always shown, so that there is something to show. */
  if (self->content != NULL)
    reason = find_reason_to_reject (self, content);
  accepted = reason == NULL;

  g_clear_pointer (&self->problems, kiosk_diagnostics_unref);
  self->problems = kiosk_diagnostics_ref (kiosk_content_get_diagnostics (content));
  self->last_accepted = accepted;

  if (accepted)
    {
      g_set_object (&self->content, content);
      self->last_good_time = self->last_check_time;
      g_debug ("Showing the content of %s", self->dir);
    }
  else
    g_message ("The change in %s is not shown; the last good content stays until this is "
               "fixed: %s", self->dir, reason);

  update_poll (self);

  if (accepted)
    g_signal_emit (self, signals[CONTENT_CHANGED], 0);
  g_signal_emit (self, signals[CHECKED], 0, accepted);

  return accepted;
}

static gboolean
on_debounce (gpointer user_data)
{
  KioskContentMonitor *self = user_data;
  g_autoptr(KioskContentMonitor) hold = g_object_ref (self);

  self->debounce_id = 0;
  kiosk_content_monitor_reload (self);

  return G_SOURCE_REMOVE;
}

static gboolean
on_poll (gpointer user_data)
{
  KioskContentMonitor *self = user_data;
  g_autoptr(KioskContentMonitor) hold = NULL;

  if (!folder_is_readable (self->dir))
    return G_SOURCE_CONTINUE;

  hold = g_object_ref (self);
  self->poll_id = 0;
  /* Monitors of a folder that went away may be dead even if it is back
   * under the same name; start afresh. */
  g_hash_table_remove_all (self->watches);
  kiosk_content_monitor_reload (self);

  return G_SOURCE_REMOVE;
}

static void
on_monitor_changed (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event,
                    gpointer           user_data)
{
  KioskContentMonitor *self = user_data;

  if (self->watches == NULL || !event_counts (self, file, other_file, event))
    return;

  /* Editors write a file in several steps; read it once they are done. */
  g_clear_handle_id (&self->debounce_id, g_source_remove);
  self->debounce_id = g_timeout_add (self->delay, on_debounce, self);
}

/*
 * GObject overrides
 */

static void
kiosk_content_monitor_constructed (GObject *object)
{
  KioskContentMonitor *self = KIOSK_CONTENT_MONITOR (object);

  G_OBJECT_CLASS (kiosk_content_monitor_parent_class)->constructed (object);

  if (self->dir == NULL)
    self->dir = g_strdup (".");
  self->root = g_file_new_for_path (self->dir);

  /* Watch first, then read: nothing written in between is missed. */
  update_watches (self);
  load (self);
}

static void
kiosk_content_monitor_dispose (GObject *object)
{
  KioskContentMonitor *self = KIOSK_CONTENT_MONITOR (object);

  g_clear_handle_id (&self->debounce_id, g_source_remove);
  g_clear_handle_id (&self->poll_id, g_source_remove);
  g_clear_pointer (&self->watches, g_hash_table_unref);
  g_clear_object (&self->content);

  G_OBJECT_CLASS (kiosk_content_monitor_parent_class)->dispose (object);
}

static void
kiosk_content_monitor_finalize (GObject *object)
{
  KioskContentMonitor *self = KIOSK_CONTENT_MONITOR (object);

  g_free (self->dir);
  g_clear_object (&self->root);
  g_clear_pointer (&self->problems, kiosk_diagnostics_unref);

  G_OBJECT_CLASS (kiosk_content_monitor_parent_class)->finalize (object);
}

static void
kiosk_content_monitor_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  KioskContentMonitor *self = KIOSK_CONTENT_MONITOR (object);

  switch (prop_id)
    {
    case PROP_DIR:
      g_value_set_string (value, self->dir);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kiosk_content_monitor_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  KioskContentMonitor *self = KIOSK_CONTENT_MONITOR (object);

  switch (prop_id)
    {
    case PROP_DIR:
      g_free (self->dir);
      self->dir = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kiosk_content_monitor_class_init (KioskContentMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = kiosk_content_monitor_constructed;
  object_class->dispose = kiosk_content_monitor_dispose;
  object_class->finalize = kiosk_content_monitor_finalize;
  object_class->get_property = kiosk_content_monitor_get_property;
  object_class->set_property = kiosk_content_monitor_set_property;

  /**
   * KioskContentMonitor:dir:
   *
   * The content folder, as given on the command line.
   */
  properties[PROP_DIR] =
    g_param_spec_string ("dir", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KioskContentMonitor::content-changed:
   * @self: the monitor
   *
   * A new load was accepted; kiosk_content_monitor_get_content() returns
   * it. Emitted before #KioskContentMonitor::checked.
   */
  signals[CONTENT_CHANGED] =
    g_signal_new ("content-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * KioskContentMonitor::checked:
   * @self: the monitor
   * @accepted: whether the new load is now on show
   *
   * Emitted after every load, accepted or not, and after
   * #KioskContentMonitor::content-changed when it was accepted.
   * kiosk_content_monitor_get_problems() returns the problems of this load.
   */
  signals[CHECKED] =
    g_signal_new ("checked",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}

static void
kiosk_content_monitor_init (KioskContentMonitor *self)
{
  self->delay = KIOSK_CONTENT_MONITOR_DEFAULT_DELAY;
  self->watches = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, watch_free);
}

/*
 * Public API
 */

/**
 * kiosk_content_monitor_new:
 * @dir: a content folder
 *
 * Reads @dir now, as kiosk_content_load() does, and then follows the
 * changes staff make in it. The first load is always shown, even with
 * errors; later ones are shown only when they bring no new error.
 *
 * Returns: (transfer full): the monitor
 */
KioskContentMonitor *
kiosk_content_monitor_new (const char *dir)
{
  g_return_val_if_fail (dir != NULL, NULL);

  return g_object_new (KIOSK_TYPE_CONTENT_MONITOR, "dir", dir, NULL);
}

/**
 * kiosk_content_monitor_get_content:
 * @self: the monitor
 *
 * Returns: (transfer none): the content on show: the last load that was
 *   accepted
 */
KioskContent *
kiosk_content_monitor_get_content (KioskContentMonitor *self)
{
  g_return_val_if_fail (KIOSK_IS_CONTENT_MONITOR (self), NULL);

  return self->content;
}

/**
 * kiosk_content_monitor_get_problems:
 * @self: the monitor
 *
 * Returns: (transfer none): the problems of the latest load, whether it
 *   was accepted or not
 */
KioskDiagnostics *
kiosk_content_monitor_get_problems (KioskContentMonitor *self)
{
  g_return_val_if_fail (KIOSK_IS_CONTENT_MONITOR (self), NULL);

  return self->problems;
}

/**
 * kiosk_content_monitor_get_last_accepted:
 * @self: the monitor
 *
 * Returns: %TRUE when the latest load is the content on show
 */
gboolean
kiosk_content_monitor_get_last_accepted (KioskContentMonitor *self)
{
  g_return_val_if_fail (KIOSK_IS_CONTENT_MONITOR (self), FALSE);

  return self->last_accepted;
}

/**
 * kiosk_content_monitor_get_last_good_time:
 * @self: the monitor
 *
 * Returns: the g_get_real_time() at which the content on show was read
 */
gint64
kiosk_content_monitor_get_last_good_time (KioskContentMonitor *self)
{
  g_return_val_if_fail (KIOSK_IS_CONTENT_MONITOR (self), 0);

  return self->last_good_time;
}

/**
 * kiosk_content_monitor_get_last_check_time:
 * @self: the monitor
 *
 * Returns: the g_get_real_time() at which the latest load started
 */
gint64
kiosk_content_monitor_get_last_check_time (KioskContentMonitor *self)
{
  g_return_val_if_fail (KIOSK_IS_CONTENT_MONITOR (self), 0);

  return self->last_check_time;
}

/**
 * kiosk_content_monitor_reload:
 * @self: the monitor
 *
 * Reads the content folder now, and watches any new sub-folder. Emits
 * #KioskContentMonitor::content-changed when the new content is accepted,
 * then #KioskContentMonitor::checked.
 *
 * Returns: %TRUE if the new content was accepted
 */
gboolean
kiosk_content_monitor_reload (KioskContentMonitor *self)
{
  g_return_val_if_fail (KIOSK_IS_CONTENT_MONITOR (self), FALSE);

  g_clear_handle_id (&self->debounce_id, g_source_remove);
  update_watches (self);
  return load (self);
}

/**
 * kiosk_content_monitor_set_delay:
 * @self: the monitor
 * @msec: milliseconds
 *
 * Sets how long the folder must stay unchanged before it is read again,
 * so that a file being saved is read once, whole. The default is
 * %KIOSK_CONTENT_MONITOR_DEFAULT_DELAY.
 */
void
kiosk_content_monitor_set_delay (KioskContentMonitor *self,
                                 guint                msec)
{
  g_return_if_fail (KIOSK_IS_CONTENT_MONITOR (self));

  self->delay = msec;
}

const char *
kiosk_content_monitor_get_dir (KioskContentMonitor *self)
{
  g_return_val_if_fail (KIOSK_IS_CONTENT_MONITOR (self), NULL);

  return self->dir;
}
