/* kiosk-content-monitor.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-content-monitor"

#include "config.h"

#include <gio/gio.h>

#include "kiosk-content-monitor-private.h"
#include "kiosk-folder-watch.h"

struct _KioskContentMonitor
{
  GObject           parent_instance;

  char             *dir;
  KioskContent     *content;         /* on show: the last accepted load */
  KioskDiagnostics *problems;        /* of the latest load, accepted or not */
  gboolean          last_accepted;
  gint64            last_good_time;
  gint64            last_check_time;

  KioskFolderWatch *watch;           /* NULL once disposed */

  /* Reloads after an edit run in a worker thread, one at a time, so the
   * screen never waits on the folder. */
  GCancellable     *cancellable;
  gboolean          loading;
  gboolean          load_again;      /* the folder changed during a load */
  guint             generation;      /* of the latest load started */
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

  if (!kiosk_folder_is_readable (self->dir))
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

/* Shows @content if it may replace what is on show. */
static gboolean
apply (KioskContentMonitor *self,
       KioskContent        *content)
{
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

  /* Disposed: nothing may fire any more. */
  if (self->watch != NULL)
    kiosk_folder_watch_poll_if_missing (self->watch);

  if (accepted)
    g_signal_emit (self, signals[CONTENT_CHANGED], 0);
  g_signal_emit (self, signals[CHECKED], 0, accepted);

  return accepted;
}

static gboolean
load (KioskContentMonitor *self)
{
  g_autoptr(KioskContent) content = NULL;

  /* A worker's load still running is out of date once this one starts. */
  self->generation++;
  content = kiosk_content_load_after (self->dir, self->content);

  return apply (self, content);
}

/* What a worker reads: the folder, and the content on show, which it only
 * reads. */
typedef struct
{
  char         *dir;
  KioskContent *previous;
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *load_data = data;

  g_free (load_data->dir);
  g_clear_object (&load_data->previous);
  g_free (load_data);
}

static void start_loading (KioskContentMonitor *self);

static void
load_in_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  /* Only GLib, GIO and cmark: nothing here touches the main thread's
   * objects. */
  LoadData *data = task_data;

  g_task_return_pointer (task, kiosk_content_load_after (data->dir, data->previous),
                         g_object_unref);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  KioskContentMonitor *self = KIOSK_CONTENT_MONITOR (source);
  g_autoptr(KioskContent) content = g_task_propagate_pointer (G_TASK (result), NULL);
  guint generation = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (result), "generation"));

  self->loading = FALSE;
  /* Disposed meanwhile: nothing may fire any more. */
  if (self->watch == NULL || content == NULL)
    return;
  /* Read again synchronously meanwhile: what is shown is newer. */
  if (generation != self->generation && !self->load_again)
    return;
  if (self->load_again)
    {
      /* Already out of date: read the folder as it is now instead. */
      start_loading (self);
      return;
    }
  apply (self, content);
}

static void
start_loading (KioskContentMonitor *self)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  self->load_again = FALSE;
  self->loading = TRUE;
  kiosk_folder_watch_update (self->watch);
  task = g_task_new (self, self->cancellable, on_loaded, NULL);
  g_object_set_data (G_OBJECT (task), "generation", GUINT_TO_POINTER (++self->generation));
  data = g_new0 (LoadData, 1);
  data->dir = g_strdup (self->dir);
  data->previous = self->content != NULL ? g_object_ref (self->content) : NULL;
  g_task_set_task_data (task, data, load_data_free);
  g_task_run_in_thread (task, load_in_thread);
}

static void
on_folder_changed (gpointer user_data)
{
  KioskContentMonitor *self = user_data;

  if (self->loading)
    self->load_again = TRUE;
  else
    start_loading (self);
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

  /* Watch first, then read: nothing written in between is missed. */
  self->watch = kiosk_folder_watch_new (self->dir, KIOSK_CONTENT_MONITOR_DEFAULT_DELAY,
                                        on_folder_changed, self);
  kiosk_folder_watch_update (self->watch);
  load (self);
}

static void
kiosk_content_monitor_dispose (GObject *object)
{
  KioskContentMonitor *self = KIOSK_CONTENT_MONITOR (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->watch, kiosk_folder_watch_free);
  g_clear_object (&self->content);

  G_OBJECT_CLASS (kiosk_content_monitor_parent_class)->dispose (object);
}

static void
kiosk_content_monitor_finalize (GObject *object)
{
  KioskContentMonitor *self = KIOSK_CONTENT_MONITOR (object);

  g_free (self->dir);
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
  self->cancellable = g_cancellable_new ();
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

  if (self->watch != NULL)
    kiosk_folder_watch_update (self->watch);
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

  if (self->watch != NULL)
    kiosk_folder_watch_set_delay (self->watch, msec);
}

const char *
kiosk_content_monitor_get_dir (KioskContentMonitor *self)
{
  g_return_val_if_fail (KIOSK_IS_CONTENT_MONITOR (self), NULL);

  return self->dir;
}

