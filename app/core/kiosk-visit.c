/* kiosk-visit.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-visit"

#include "config.h"

#include "kiosk-visit-private.h"

#define DEFAULT_TIMEOUT 90
#define DEFAULT_WARNING 20

struct _KioskVisit
{
  GObject          parent_instance;

  KioskVisitState  state;
  gint64           last_activity;    /* monotonic */
  guint            timeout;          /* seconds */
  guint            warning;          /* seconds */
  guint            seconds_left;
  gboolean         times_fixed;

  /* One timer at a time: the idle check while active, the countdown
   * while warning. */
  guint            source;
};

G_DEFINE_FINAL_TYPE (KioskVisit, kiosk_visit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATE,
  PROP_SECONDS_LEFT,
  N_PROPS
};

enum {
  EXPIRED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void schedule_idle_check (KioskVisit *self);

static void
set_state (KioskVisit      *self,
           KioskVisitState  state)
{
  if (state == self->state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
set_seconds_left (KioskVisit *self,
                  guint       seconds)
{
  if (seconds == self->seconds_left)
    return;
  self->seconds_left = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECONDS_LEFT]);
}

static gboolean
countdown_tick_cb (gpointer user_data)
{
  KioskVisit *self = user_data;

  if (self->seconds_left > 1)
    {
      set_seconds_left (self, self->seconds_left - 1);
      return G_SOURCE_CONTINUE;
    }

  self->source = 0;
  set_seconds_left (self, 0);
  kiosk_visit_reset (self);
  g_signal_emit (self, signals[EXPIRED], 0);
  return G_SOURCE_REMOVE;
}

static void
start_warning (KioskVisit *self,
               gboolean    count_down)
{
  g_clear_handle_id (&self->source, g_source_remove);
  set_seconds_left (self, self->warning);
  set_state (self, KIOSK_VISIT_WARNING);
  if (count_down)
    self->source = g_timeout_add_seconds (1, countdown_tick_cb, self);
}

/* Set for the moment the kiosk would be idle; a touch only notes the
 * time, so a busy kiosk wakes up once per timeout at most. */
static gboolean
idle_check_cb (gpointer user_data)
{
  KioskVisit *self = user_data;
  gint64 idle = g_get_monotonic_time () - self->last_activity;

  self->source = 0;
  if (self->state != KIOSK_VISIT_ACTIVE)
    return G_SOURCE_REMOVE;

  if (idle < (gint64) self->timeout * G_USEC_PER_SEC)
    schedule_idle_check (self);
  else
    start_warning (self, TRUE);
  return G_SOURCE_REMOVE;
}

static void
schedule_idle_check (KioskVisit *self)
{
  gint64 due = self->last_activity + (gint64) self->timeout * G_USEC_PER_SEC;
  gint64 wait = due - g_get_monotonic_time ();

  if (self->source != 0)
    return;
  self->source = g_timeout_add_full (G_PRIORITY_DEFAULT, MAX (wait, 0) / 1000 + 1,
                                     idle_check_cb, self, NULL);
}

static void
kiosk_visit_dispose (GObject *object)
{
  KioskVisit *self = KIOSK_VISIT (object);

  g_clear_handle_id (&self->source, g_source_remove);

  G_OBJECT_CLASS (kiosk_visit_parent_class)->dispose (object);
}

static void
kiosk_visit_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KioskVisit *self = KIOSK_VISIT (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_int (value, self->state);
      break;

    case PROP_SECONDS_LEFT:
      g_value_set_uint (value, self->seconds_left);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kiosk_visit_class_init (KioskVisitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kiosk_visit_dispose;
  object_class->get_property = kiosk_visit_get_property;

  properties[PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL, KIOSK_VISIT_CLEAN, KIOSK_VISIT_WARNING,
                      KIOSK_VISIT_CLEAN, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECONDS_LEFT] =
    g_param_spec_uint ("seconds-left", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KioskVisit::expired:
   *
   * The warning counted down without a touch: the visit is over and the
   * state is clean again.
   */
  signals[EXPIRED] = g_signal_new ("expired", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kiosk_visit_init (KioskVisit *self)
{
  self->state = KIOSK_VISIT_CLEAN;
  self->timeout = DEFAULT_TIMEOUT;
  self->warning = DEFAULT_WARNING;
}

KioskVisit *
kiosk_visit_new (void)
{
  return g_object_new (KIOSK_TYPE_VISIT, NULL);
}

/**
 * kiosk_visit_set_times:
 * @self: the visit
 * @timeout: seconds without a touch before the warning
 * @warning: seconds the warning counts down
 *
 * The times from kiosk.ini; ignored after kiosk_visit_fix_times(). A
 * running timer keeps the times it started with.
 */
void
kiosk_visit_set_times (KioskVisit *self,
                       guint       timeout,
                       guint       warning)
{
  g_return_if_fail (KIOSK_IS_VISIT (self));
  g_return_if_fail (timeout > 0 && warning > 0);

  if (self->times_fixed)
    return;
  self->timeout = timeout;
  self->warning = warning;
}

/**
 * kiosk_visit_fix_times:
 * @self: the visit
 * @timeout: seconds without a touch before the warning
 * @warning: seconds the warning counts down
 *
 * Times that kiosk.ini does not override, for tests and demonstrations.
 */
void
kiosk_visit_fix_times (KioskVisit *self,
                       guint       timeout,
                       guint       warning)
{
  g_return_if_fail (KIOSK_IS_VISIT (self));

  self->times_fixed = FALSE;
  kiosk_visit_set_times (self, timeout, warning);
  self->times_fixed = TRUE;
}

KioskVisitState
kiosk_visit_get_state (KioskVisit *self)
{
  g_return_val_if_fail (KIOSK_IS_VISIT (self), KIOSK_VISIT_CLEAN);

  return self->state;
}

/**
 * kiosk_visit_get_seconds_left:
 * @self: the visit
 *
 * Returns: while warning, the seconds before the visit expires
 */
guint
kiosk_visit_get_seconds_left (KioskVisit *self)
{
  g_return_val_if_fail (KIOSK_IS_VISIT (self), 0);

  return self->seconds_left;
}

/**
 * kiosk_visit_note_activity:
 * @self: the visit
 *
 * Someone is using the kiosk: the idle timeout starts again and a running
 * warning stops.
 */
void
kiosk_visit_note_activity (KioskVisit *self)
{
  g_return_if_fail (KIOSK_IS_VISIT (self));

  self->last_activity = g_get_monotonic_time ();
  if (self->state == KIOSK_VISIT_WARNING)
    g_clear_handle_id (&self->source, g_source_remove);
  set_state (self, KIOSK_VISIT_ACTIVE);
  schedule_idle_check (self);
}

/**
 * kiosk_visit_hold_warning:
 * @self: the visit
 *
 * Shows the warning at its first second and keeps it there, without
 * counting down (for screenshots).
 */
void
kiosk_visit_hold_warning (KioskVisit *self)
{
  g_return_if_fail (KIOSK_IS_VISIT (self));

  start_warning (self, FALSE);
}

/**
 * kiosk_visit_reset:
 * @self: the visit
 *
 * A clean start: nothing runs until the next touch.
 */
void
kiosk_visit_reset (KioskVisit *self)
{
  g_return_if_fail (KIOSK_IS_VISIT (self));

  g_clear_handle_id (&self->source, g_source_remove);
  set_state (self, KIOSK_VISIT_CLEAN);
}
