/* kiosk-staff-access.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-staff-access"

#include "config.h"

#include "kiosk-staff-access.h"

/* A press held this long, without moving more than this, inside a square
 * of this size at the top-left corner. */
#define CORNER_SIZE 120
#define HOLD_MSEC   3000
#define MAX_MOVE    32

struct _KioskStaffAccess
{
  GObject     parent_instance;

  GtkGesture *gesture;    /* owned by the widget */
  guint       hold_source;
  gboolean    enabled;
};

G_DEFINE_FINAL_TYPE (KioskStaffAccess, kiosk_staff_access, G_TYPE_OBJECT)

enum {
  REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
hold_cb (gpointer user_data)
{
  KioskStaffAccess *self = user_data;

  self->hold_source = 0;
  /* Claiming the press cancels it for the widget under the finger. */
  gtk_gesture_set_state (self->gesture, GTK_EVENT_SEQUENCE_CLAIMED);
  g_signal_emit (self, signals[REQUESTED], 0);
  return G_SOURCE_REMOVE;
}

static void
on_begin_cb (GtkGestureDrag   *gesture,
             double            x,
             double            y,
             KioskStaffAccess *self)
{
  g_clear_handle_id (&self->hold_source, g_source_remove);
  if (!self->enabled || x > CORNER_SIZE || y > CORNER_SIZE)
    return;
  self->hold_source = g_timeout_add (HOLD_MSEC, hold_cb, self);
}

static void
on_update_cb (GtkGestureDrag   *gesture,
              double            dx,
              double            dy,
              KioskStaffAccess *self)
{
  if (ABS (dx) > MAX_MOVE || ABS (dy) > MAX_MOVE)
    g_clear_handle_id (&self->hold_source, g_source_remove);
}

static void
on_end_cb (KioskStaffAccess *self)
{
  g_clear_handle_id (&self->hold_source, g_source_remove);
}

static void
kiosk_staff_access_dispose (GObject *object)
{
  KioskStaffAccess *self = KIOSK_STAFF_ACCESS (object);

  g_clear_handle_id (&self->hold_source, g_source_remove);
  g_clear_weak_pointer (&self->gesture);

  G_OBJECT_CLASS (kiosk_staff_access_parent_class)->dispose (object);
}

static void
kiosk_staff_access_class_init (KioskStaffAccessClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kiosk_staff_access_dispose;

  /**
   * KioskStaffAccess::requested:
   *
   * Someone held the corner long enough.
   */
  signals[REQUESTED] = g_signal_new ("requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kiosk_staff_access_init (KioskStaffAccess *self)
{
}

/**
 * kiosk_staff_access_new:
 * @widget: the widget whose corner is held, usually the window
 *
 * Returns: (transfer full): the staff access, off until enabled
 */
KioskStaffAccess *
kiosk_staff_access_new (GtkWidget *widget)
{
  KioskStaffAccess *self;
  GtkGesture *gesture;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  self = g_object_new (KIOSK_TYPE_STAFF_ACCESS, NULL);
  gesture = gtk_gesture_drag_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (gesture), GTK_PHASE_CAPTURE);
  g_signal_connect_object (gesture, "drag-begin", G_CALLBACK (on_begin_cb), self, 0);
  g_signal_connect_object (gesture, "drag-update", G_CALLBACK (on_update_cb), self, 0);
  g_signal_connect_object (gesture, "drag-end", G_CALLBACK (on_end_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "cancel", G_CALLBACK (on_end_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (gesture));
  g_set_weak_pointer (&self->gesture, gesture);
  return self;
}

/**
 * kiosk_staff_access_set_enabled:
 * @self: the staff access
 * @enabled: whether the corner hold does anything (off without a staff PIN)
 */
void
kiosk_staff_access_set_enabled (KioskStaffAccess *self,
                                gboolean          enabled)
{
  g_return_if_fail (KIOSK_IS_STAFF_ACCESS (self));

  self->enabled = enabled;
  if (!enabled)
    g_clear_handle_id (&self->hold_source, g_source_remove);
}
