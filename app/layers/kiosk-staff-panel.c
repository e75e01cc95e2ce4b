/* kiosk-staff-panel.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-staff-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "kiosk-staff-panel-private.h"
#include "kiosk-utils.h"

/* What staff need to look after the kiosk: reload the content now, the
 * problems of the last check, version, folder, uptime; exit and close. */

struct _KioskStaffPanel
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkWidget           *card;
  GtkLabel            *status;
  GtkLabel            *version;
  GtkLabel            *folder;
  GtkLabel            *uptime;
  GtkLabel            *loaded;
  GtkBox              *problems;
  GtkWidget           *reload_button;
  GtkWidget           *exit_button;
  GtkWidget           *close_button;

  /* Owned */
  KioskContentMonitor *monitor;
  gint64               started;   /* monotonic */
};

G_DEFINE_FINAL_TYPE (KioskStaffPanel, kiosk_staff_panel, GTK_TYPE_WIDGET)

enum {
  CLOSE,
  EXIT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * Auxiliary methods
 */

static char *
format_time (gint64 real_usec)
{
  g_autoptr(GDateTime) time = NULL;

  if (real_usec <= 0)
    return g_strdup (_("never"));
  time = g_date_time_new_from_unix_local (real_usec / G_USEC_PER_SEC);
  /* TRANSLATORS: a date and time, see g_date_time_format() */
  return g_date_time_format (time, _("%Y-%m-%d %H:%M:%S"));
}

static char *
format_duration (gint64 usec)
{
  guint minutes = (guint) MIN (usec / (60 * G_USEC_PER_SEC), G_MAXUINT);
  guint days = minutes / (24 * 60);
  guint hours = (minutes / 60) % 24;

  minutes %= 60;
  if (days > 0)
    /* TRANSLATORS: uptime, e.g. "3 d 4 h 12 min" */
    return g_strdup_printf (_("%u d %u h %u min"), days, hours, minutes);
  /* TRANSLATORS: uptime, e.g. "4 h 12 min" */
  return g_strdup_printf (_("%u h %u min"), hours, minutes);
}

static void
on_reload_clicked_cb (KioskStaffPanel *self)
{
  if (self->monitor != NULL)
    kiosk_content_monitor_reload (self->monitor);
  kiosk_staff_panel_refresh (self);
}

static void
on_exit_clicked_cb (KioskStaffPanel *self)
{
  g_signal_emit (self, signals[EXIT], 0);
}

static void
on_close_clicked_cb (KioskStaffPanel *self)
{
  g_signal_emit (self, signals[CLOSE], 0);
}

static void
on_checked_cb (KioskStaffPanel *self)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    kiosk_staff_panel_refresh (self);
}

/*
 * GObject overrides
 */

static void
kiosk_staff_panel_dispose (GObject *object)
{
  KioskStaffPanel *self = KIOSK_STAFF_PANEL (object);

  g_clear_object (&self->monitor);
  gtk_widget_dispose_template (GTK_WIDGET (object), KIOSK_TYPE_STAFF_PANEL);

  G_OBJECT_CLASS (kiosk_staff_panel_parent_class)->dispose (object);
}

static void
kiosk_staff_panel_class_init (KioskStaffPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kiosk_staff_panel_dispose;

  /**
   * KioskStaffPanel::close:
   *
   * Staff are done; back to the patients' screen.
   */
  signals[CLOSE] = g_signal_new ("close",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 0);
  /**
   * KioskStaffPanel::exit:
   *
   * Staff asked to stop the kiosk.
   */
  signals[EXIT] = g_signal_new ("exit",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL,
                                G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kiosk-staff-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, KioskStaffPanel, card);
  gtk_widget_class_bind_template_child (widget_class, KioskStaffPanel, status);
  gtk_widget_class_bind_template_child (widget_class, KioskStaffPanel, version);
  gtk_widget_class_bind_template_child (widget_class, KioskStaffPanel, folder);
  gtk_widget_class_bind_template_child (widget_class, KioskStaffPanel, uptime);
  gtk_widget_class_bind_template_child (widget_class, KioskStaffPanel, loaded);
  gtk_widget_class_bind_template_child (widget_class, KioskStaffPanel, problems);
  gtk_widget_class_bind_template_child (widget_class, KioskStaffPanel, reload_button);
  gtk_widget_class_bind_template_child (widget_class, KioskStaffPanel, exit_button);
  gtk_widget_class_bind_template_child (widget_class, KioskStaffPanel, close_button);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "staffpanel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DIALOG);
}

static void
kiosk_staff_panel_init (KioskStaffPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->started = g_get_monotonic_time ();
  gtk_label_set_text (self->version, PACKAGE_VERSION);
  g_signal_connect_object (self->reload_button, "clicked",
                           G_CALLBACK (on_reload_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->exit_button, "clicked",
                           G_CALLBACK (on_exit_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->close_button, "clicked",
                           G_CALLBACK (on_close_clicked_cb), self, G_CONNECT_SWAPPED);
}

/*
 * Public API
 */

/**
 * kiosk_staff_panel_set_monitor:
 * @self: the panel
 * @monitor: (nullable): where the content comes from
 */
void
kiosk_staff_panel_set_monitor (KioskStaffPanel     *self,
                               KioskContentMonitor *monitor)
{
  g_return_if_fail (KIOSK_IS_STAFF_PANEL (self));

  if (self->monitor == monitor)
    return;
  if (self->monitor != NULL)
    g_signal_handlers_disconnect_by_data (self->monitor, self);
  g_set_object (&self->monitor, monitor);
  if (monitor != NULL)
    g_signal_connect_object (monitor, "checked", G_CALLBACK (on_checked_cb), self,
                             G_CONNECT_SWAPPED);
  kiosk_staff_panel_refresh (self);
}

/**
 * kiosk_staff_panel_refresh:
 * @self: the panel
 *
 * Shows the current figures and the problems of the last check.
 */
void
kiosk_staff_panel_refresh (KioskStaffPanel *self)
{
  KioskDiagnostics *diagnostics;
  g_autofree char *uptime = NULL;
  g_autofree char *loaded = NULL;
  const char *dir;
  guint count;

  g_return_if_fail (KIOSK_IS_STAFF_PANEL (self));

  uptime = format_duration (g_get_monotonic_time () - self->started);
  gtk_label_set_text (self->uptime, uptime);
  kiosk_utils_clear_box (self->problems);

  if (self->monitor == NULL)
    {
      gtk_label_set_text (self->folder, "");
      gtk_label_set_text (self->loaded, "");
      gtk_label_set_text (self->status, _("This kiosk does not watch a content folder."));
      return;
    }

  dir = kiosk_content_monitor_get_dir (self->monitor);
  gtk_label_set_text (self->folder, dir);
  loaded = format_time (kiosk_content_monitor_get_last_good_time (self->monitor));
  gtk_label_set_text (self->loaded, loaded);

  diagnostics = kiosk_content_monitor_get_problems (self->monitor);
  count = diagnostics != NULL ? kiosk_diagnostics_get_count (diagnostics) : 0;

  if (!kiosk_content_monitor_get_last_accepted (self->monitor))
    gtk_label_set_text (self->status,
                        _("The last change was NOT shown: fix the problems below. "
                          "Patients still see the content from before."));
  else if (count > 0)
    gtk_label_set_text (self->status,
                        _("The content on screen is the latest, with the notes below."));
  else
    gtk_label_set_text (self->status, _("The content on screen is the latest. No problems found."));

  gtk_widget_remove_css_class (GTK_WIDGET (self->status), "error");
  if (!kiosk_content_monitor_get_last_accepted (self->monitor))
    gtk_widget_add_css_class (GTK_WIDGET (self->status), "error");

  for (guint i = 0; i < count; i++)
    {
      const KioskDiagnostic *diagnostic = kiosk_diagnostics_get (diagnostics, i);
      g_autofree char *text = kiosk_diagnostic_format (diagnostic, dir);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 64);
      gtk_widget_add_css_class (label, "problem");
      if (diagnostic->severity == KIOSK_SEVERITY_ERROR)
        gtk_widget_add_css_class (label, "error");
      gtk_box_append (self->problems, label);
    }
}

/**
 * kiosk_staff_panel_get_problems_text:
 * @self: the panel
 *
 * Returns: (transfer full): the problem lines on show, one per line
 */
char *
kiosk_staff_panel_get_problems_text (KioskStaffPanel *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (KIOSK_IS_STAFF_PANEL (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->problems));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child))
      {
        g_string_append (text, gtk_label_get_text (GTK_LABEL (child)));
        g_string_append_c (text, '\n');
      }
  return g_string_free (text, FALSE);
}
