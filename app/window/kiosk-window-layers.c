/* kiosk-window-layers.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-window"

#include "config.h"

#include "kiosk-utils.h"
#include "kiosk-window-private.h"

/* The full-window layers over the screens: the attract screen, the idle
 * warning that follows the visit, and the PIN pad and staff panel that
 * the corner hold opens. */

static gboolean
on_activity_event_cb (GtkEventControllerLegacy *controller,
                      GdkEvent                 *event,
                      KioskWindow              *self)
{
  if (kiosk_utils_is_activity (event))
    kiosk_visit_note_activity (self->visit);
  return GDK_EVENT_PROPAGATE;
}

static void
on_visit_state_cb (KioskWindow *self)
{
  gboolean warning = kiosk_visit_get_state (self->visit) == KIOSK_VISIT_WARNING;

  kiosk_idle_warning_set_seconds_left (self->idle_warning,
                                       kiosk_visit_get_seconds_left (self->visit));
  if (warning == gtk_widget_get_visible (GTK_WIDGET (self->idle_warning)))
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->idle_warning), warning);
  if (warning)
    gtk_widget_grab_focus (kiosk_idle_warning_get_button (self->idle_warning));
}

static void
on_seconds_left_cb (KioskWindow *self)
{
  kiosk_idle_warning_set_seconds_left (self->idle_warning,
                                       kiosk_visit_get_seconds_left (self->visit));
}

static void
on_keep_reading_cb (KioskWindow *self)
{
  kiosk_visit_note_activity (self->visit);
}

static void
on_attract_start_cb (KioskWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->attract), FALSE);
  kiosk_visit_note_activity (self->visit);
}

static void
open_pin_pad (KioskWindow *self)
{
  if (kiosk_content_get_config (self->content)->staff_pin == NULL)
    return;
  if (self->screen != NULL)
    kiosk_utils_popdown_all (self->screen);
  kiosk_pin_pad_clear (self->pin_pad);
  gtk_widget_set_visible (GTK_WIDGET (self->pin_pad), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->pin_pad));
}

static void
on_pin_accepted_cb (KioskWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->pin_pad), FALSE);
  kiosk_staff_panel_refresh (self->staff_panel);
  gtk_widget_set_visible (GTK_WIDGET (self->staff_panel), TRUE);
  g_message ("The staff panel was opened");
}

static void
on_pin_cancelled_cb (KioskWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->pin_pad), FALSE);
}

static void
on_staff_close_cb (KioskWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->staff_panel), FALSE);
}

static void
on_staff_exit_cb (KioskWindow *self)
{
  g_message ("Staff closed the kiosk");
  kiosk_lockdown_allow_close (self->lockdown);
  gtk_window_close (GTK_WINDOW (self));
}

void
_kiosk_window_layers_init (KioskWindow *self)
{
  GtkEventController *controller;

  /* Every touch, click or key counts as activity; nothing is consumed. */
  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "event", G_CALLBACK (on_activity_event_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect_object (self->visit, "notify::state",
                           G_CALLBACK (on_visit_state_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->visit, "notify::seconds-left",
                           G_CALLBACK (on_seconds_left_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->visit, "expired",
                           G_CALLBACK (kiosk_window_reset), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->staff_access, "requested",
                           G_CALLBACK (open_pin_pad), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->pin_pad, "accepted",
                           G_CALLBACK (on_pin_accepted_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->pin_pad, "cancelled",
                           G_CALLBACK (on_pin_cancelled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->staff_panel, "close",
                           G_CALLBACK (on_staff_close_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->staff_panel, "exit",
                           G_CALLBACK (on_staff_exit_cb), self, G_CONNECT_SWAPPED);
}

/* The attract screen and the idle warning speak to patients, so they are
 * made again in the patient's language. The PIN pad and the staff panel
 * keep their state (a PIN wait must survive a language change) and stay
 * on top. */
void
_kiosk_window_make_patient_layers (KioskWindow *self)
{
  GtkOverlay *overlay = GTK_OVERLAY (self->overlay);
  g_autoptr(GtkWidget) pin_pad = g_object_ref (GTK_WIDGET (self->pin_pad));
  g_autoptr(GtkWidget) staff_panel = g_object_ref (GTK_WIDGET (self->staff_panel));
  gboolean attract_visible = FALSE;

  if (self->attract != NULL)
    {
      attract_visible = gtk_widget_get_visible (GTK_WIDGET (self->attract));
      gtk_overlay_remove_overlay (overlay, GTK_WIDGET (self->attract));
    }
  if (self->idle_warning != NULL)
    gtk_overlay_remove_overlay (overlay, GTK_WIDGET (self->idle_warning));
  gtk_overlay_remove_overlay (overlay, pin_pad);
  gtk_overlay_remove_overlay (overlay, staff_panel);

  self->attract = KIOSK_ATTRACT_SCREEN (kiosk_attract_screen_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->attract), attract_visible);
  g_signal_connect_object (self->attract, "start",
                           G_CALLBACK (on_attract_start_cb), self, G_CONNECT_SWAPPED);

  self->idle_warning = KIOSK_IDLE_WARNING (kiosk_idle_warning_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->idle_warning),
                          kiosk_visit_get_state (self->visit) == KIOSK_VISIT_WARNING);
  kiosk_idle_warning_set_seconds_left (self->idle_warning,
                                       kiosk_visit_get_seconds_left (self->visit));
  g_signal_connect_object (self->idle_warning, "keep-reading",
                           G_CALLBACK (on_keep_reading_cb), self, G_CONNECT_SWAPPED);

  gtk_overlay_add_overlay (overlay, GTK_WIDGET (self->attract));
  gtk_overlay_add_overlay (overlay, GTK_WIDGET (self->idle_warning));
  gtk_overlay_add_overlay (overlay, pin_pad);
  gtk_overlay_add_overlay (overlay, staff_panel);
  if (self->content != NULL)
    _kiosk_window_apply_staff_config (self);
}

/* The clinic's name and line on the attract screen, in the language the
 * kiosk starts in, and staff access only with a staff PIN in kiosk.ini. */
void
_kiosk_window_apply_staff_config (KioskWindow *self)
{
  const KioskConfig *config = kiosk_content_get_config (self->content);
  const char *lang = kiosk_patient_prefs_get_default_language (self->prefs);
  g_autofree char *name = kiosk_config_get_name (config, lang);
  const KioskEntry *home = kiosk_content_find_for (self->content, lang, KIOSK_ID_HOME, NULL);

  kiosk_attract_screen_set_clinic (self->attract, name, home != NULL ? home->summary : NULL);
  kiosk_pin_pad_set_hash (self->pin_pad, config->staff_pin);
  kiosk_staff_access_set_enabled (self->staff_access, config->staff_pin != NULL);
  if (config->staff_pin == NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->pin_pad), FALSE);
}

void
_kiosk_window_hide_layers (KioskWindow *self)
{
  kiosk_pin_pad_clear (self->pin_pad);
  gtk_widget_set_visible (GTK_WIDGET (self->pin_pad), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->staff_panel), FALSE);
}

/**
 * kiosk_window_show_overlay:
 * @self: the window
 * @name: "attract", "idle-warning", "pin-pad" or "staff-panel"
 *
 * Shows one of the full-window layers at once, for screenshots.
 *
 * Returns: whether @name is known
 */
gboolean
kiosk_window_show_overlay (KioskWindow *self,
                           const char  *name)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (g_str_equal (name, "attract"))
    gtk_widget_set_visible (GTK_WIDGET (self->attract), TRUE);
  else if (g_str_equal (name, "idle-warning"))
    kiosk_visit_hold_warning (self->visit);
  else if (g_str_equal (name, "pin-pad"))
    {
      kiosk_pin_pad_clear (self->pin_pad);
      gtk_widget_set_visible (GTK_WIDGET (self->pin_pad), TRUE);
    }
  else if (g_str_equal (name, "staff-panel"))
    {
      kiosk_staff_panel_refresh (self->staff_panel);
      gtk_widget_set_visible (GTK_WIDGET (self->staff_panel), TRUE);
    }
  else
    return FALSE;
  return TRUE;
}
