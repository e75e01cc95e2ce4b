/* kiosk-lockdown.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-lockdown"

#include "config.h"

#include "kiosk-lockdown.h"
#include "kiosk-utils.h"

struct _KioskLockdown
{
  GObject    parent_instance;

  GtkWindow *window;        /* weak */
  gboolean   enabled;
  gboolean   allow_close;
  gboolean   hide_pointer;
};

G_DEFINE_FINAL_TYPE (KioskLockdown, kiosk_lockdown, G_TYPE_OBJECT)

static gboolean
on_close_request_cb (GtkWindow     *window,
                     KioskLockdown *self)
{
  if (self->enabled && !self->allow_close)
    {
      g_message ("A request to close the kiosk was refused");
      return TRUE;
    }
  return FALSE;
}

/* No key combination does anything but move around the screen: no
 * shortcuts, no inspector, no menus, no full-screen toggle. */
static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   KioskLockdown         *self)
{
  if (!self->enabled)
    return GDK_EVENT_PROPAGATE;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK |
               GDK_META_MASK | GDK_HYPER_MASK))
    return GDK_EVENT_STOP;

  switch (keyval)
    {
    case GDK_KEY_Escape:
    case GDK_KEY_Menu:
    case GDK_KEY_Super_L:
    case GDK_KEY_Super_R:
    case GDK_KEY_Meta_L:
    case GDK_KEY_Meta_R:
      return GDK_EVENT_STOP;

    default:
      break;
    }

  if (keyval >= GDK_KEY_F1 && keyval <= GDK_KEY_F35)
    return GDK_EVENT_STOP;

  return GDK_EVENT_PROPAGATE;
}

/* A secondary click would open a label's context menu ("Copy link"…). */
static void
on_secondary_press_cb (GtkGestureClick *gesture,
                       int              n_press,
                       double           x,
                       double           y,
                       KioskLockdown   *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture),
                         self->enabled ? GTK_EVENT_SEQUENCE_CLAIMED : GTK_EVENT_SEQUENCE_DENIED);
}

static void
on_realize_cb (GtkWidget     *window,
               KioskLockdown *self)
{
  if (self->hide_pointer)
    kiosk_utils_hide_pointer (gtk_native_get_surface (GTK_NATIVE (window)));
}

static void
kiosk_lockdown_dispose (GObject *object)
{
  KioskLockdown *self = KIOSK_LOCKDOWN (object);

  g_clear_weak_pointer (&self->window);

  G_OBJECT_CLASS (kiosk_lockdown_parent_class)->dispose (object);
}

static void
kiosk_lockdown_class_init (KioskLockdownClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kiosk_lockdown_dispose;
}

static void
kiosk_lockdown_init (KioskLockdown *self)
{
}

/**
 * kiosk_lockdown_new:
 * @window: the window to lock down
 *
 * Watches @window's keys, clicks and close requests. Nothing is locked
 * until kiosk_lockdown_set_enabled().
 *
 * Returns: (transfer full): the lockdown; it does not keep @window alive
 */
KioskLockdown *
kiosk_lockdown_new (GtkWindow *window)
{
  KioskLockdown *self;
  GtkEventController *controller;
  GtkGesture *gesture;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);

  self = g_object_new (KIOSK_TYPE_LOCKDOWN, NULL);
  g_set_weak_pointer (&self->window, window);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (window), controller);

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (gesture), GTK_PHASE_CAPTURE);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (on_secondary_press_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (window), GTK_EVENT_CONTROLLER (gesture));

  g_signal_connect_object (window, "close-request", G_CALLBACK (on_close_request_cb), self, 0);
  g_signal_connect_object (window, "realize", G_CALLBACK (on_realize_cb), self, 0);
  return self;
}

/**
 * kiosk_lockdown_set_enabled:
 * @self: the lockdown
 * @enabled: whether to lock the window down
 * @show_pointer: whether the pointer stays visible (for mouse setups)
 *
 * Call before the window is shown.
 */
void
kiosk_lockdown_set_enabled (KioskLockdown *self,
                            gboolean       enabled,
                            gboolean       show_pointer)
{
  g_return_if_fail (KIOSK_IS_LOCKDOWN (self));

  self->enabled = enabled;
  self->hide_pointer = enabled && !show_pointer;
  if (!enabled || self->window == NULL)
    return;

  gtk_window_set_decorated (self->window, FALSE);
  gtk_window_set_deletable (self->window, FALSE);
  gtk_window_fullscreen (self->window);
  kiosk_utils_size_surface (self->window, 0, 0);
  if (self->hide_pointer)
    {
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self->window), "none");
      if (gtk_widget_get_realized (GTK_WIDGET (self->window)))
        kiosk_utils_hide_pointer (gtk_native_get_surface (GTK_NATIVE (self->window)));
    }
}

/**
 * kiosk_lockdown_allow_close:
 * @self: the lockdown
 *
 * Staff chose Exit: the next close request is honoured.
 */
void
kiosk_lockdown_allow_close (KioskLockdown *self)
{
  g_return_if_fail (KIOSK_IS_LOCKDOWN (self));

  self->allow_close = TRUE;
}
