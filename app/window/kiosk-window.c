/* kiosk-window.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kiosk-attract-screen.h"
#include "kiosk-application.h"
#include "kiosk-booking-screen.h"
#include "kiosk-display-popover.h"
#include "kiosk-glossary-screen.h"
#include "kiosk-home-screen.h"
#include "kiosk-i18n.h"
#include "kiosk-idle-warning.h"
#include "kiosk-page-screen.h"
#include "kiosk-pin-pad.h"
#include "kiosk-section-screen.h"
#include "kiosk-speech.h"
#include "kiosk-staff-panel.h"
#include "kiosk-utils.h"
#include "kiosk-window.h"

/* Back keeps this many steps; older ones are forgotten. */
#define MAX_HISTORY 64

/* The hidden staff gesture: a press held this long, without moving,
 * in the top-left corner, inside a square of this size. */
#define STAFF_CORNER_SIZE   120
#define STAFF_HOLD_MSEC     3000
#define STAFF_MAX_MOVE      32

typedef enum
{
  IDLE_CLEAN,     /* nobody has touched it since the last reset */
  IDLE_ACTIVE,    /* in use: the idle timeout runs */
  IDLE_WARNING,   /* "Still reading?" counts down */
} IdleState;

struct _KioskWindow
{
  GtkApplicationWindow  parent_instance;

  /* Template widgets */
  GtkWidget            *header;
  GtkWidget            *nav_box;
  GtkWidget            *back_button;
  GtkWidget            *back_label;
  GtkWidget            *home_button;
  GtkWidget            *home_label;
  GtkWidget            *title_label;
  GtkWidget            *end_box;
  GtkWidget            *tools_row;
  GtkWidget            *notice;
  GtkStack             *stack;
  GtkWidget            *footer;
  GtkWidget            *decide_button;
  GtkWidget            *decide_label;
  GtkWidget            *glossary_button;
  GtkWidget            *glossary_label;
  GtkWidget            *booking_button;
  GtkWidget            *booking_label;
  GtkWidget            *overlay;
  GtkWidget            *main_box;
  KioskAttractScreen   *attract;
  KioskIdleWarning     *idle_warning;
  KioskPinPad          *pin_pad;
  KioskStaffPanel      *staff_panel;

  /* Header widgets made in code */
  GtkWidget            *lang_box;
  GtkWidget            *display_button;
  GtkWidget            *display_label;

  /* Owned references */
  KioskContent         *content;
  KioskContentMonitor  *monitor;
  char                 *lang;
  char                 *default_lang;
  char                 *page_id;
  GPtrArray            *history;     /* page ids, oldest first */
  KioskSpeech          *speech;      /* NULL when built without read-aloud */

  /* What a patient chose; all back to the defaults at the idle reset */
  guint                 text_size;   /* percent */
  gboolean              high_contrast;
  guint                 volume;      /* percent */

  /* Borrowed references */
  GtkWidget            *screen;
  GtkWidget            *old_screen;

  /* Idle reset */
  IdleState             idle_state;
  gint64                last_activity;    /* monotonic */
  guint                 idle_timeout;     /* seconds */
  guint                 idle_warning_secs;
  guint                 idle_source;
  guint                 countdown_source;
  gboolean              idle_times_fixed; /* set by kiosk_window_set_idle_times() */

  /* Staff gesture */
  GtkGesture           *staff_gesture;
  guint                 staff_source;

  /* Header layout */
  gboolean              narrow;           /* too narrow for one header row */
  guint                 layout_source;

  /* Kiosk mode */
  gboolean              kiosk_mode;
  gboolean              allow_close;
  gboolean              hide_pointer;
};

G_DEFINE_FINAL_TYPE (KioskWindow, kiosk_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_LANGUAGE,
  PROP_TEXT_SIZE,
  PROP_HIGH_CONTRAST,
  PROP_VOLUME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The read-aloud volume moves in these steps, within these bounds. */
#define VOLUME_STEP 25
#define VOLUME_MIN  25
#define VOLUME_MAX  200

/*
 * Auxiliary methods
 */

/* The entry for @id in the patient's language or, when it has not been
 * translated, in the clinic's default language; @lang_out says which. */
static const KioskEntry *
find_entry (KioskWindow  *self,
            KioskContent *content,
            const char   *id,
            const char  **lang_out)
{
  const char *fallback = kiosk_content_get_default_lang (content);
  const KioskEntry *entry = kiosk_content_find (content, self->lang, id);

  if (lang_out != NULL)
    *lang_out = self->lang;
  if (entry != NULL || g_strcmp0 (fallback, self->lang) == 0)
    return entry;

  entry = kiosk_content_find (content, fallback, id);
  if (entry != NULL && lang_out != NULL)
    *lang_out = fallback;
  return entry;
}

static gboolean
page_exists (KioskWindow  *self,
             KioskContent *content,
             const char   *id)
{
  return kiosk_content_is_builtin_id (id) || find_entry (self, content, id, NULL) != NULL;
}

static char *
get_title_for (KioskWindow *self,
               const char  *id)
{
  const KioskConfig *config = kiosk_content_get_config (self->content);
  const KioskCatalog *catalog = kiosk_content_get_catalog (self->content, self->lang);
  const KioskEntry *entry;

  if (g_str_equal (id, KIOSK_ID_HOME))
    return kiosk_config_get_name (config, self->lang);
  if (g_str_equal (id, KIOSK_ID_BOOKING))
    return g_strdup (_("Book an appointment"));
  if (g_str_equal (id, KIOSK_ID_GLOSSARY))
    return g_strdup (catalog != NULL && catalog->glossary_title != NULL ?
                     catalog->glossary_title : _("Glossary"));

  entry = find_entry (self, self->content, id, NULL);
  return g_strdup (entry != NULL ? entry->title : _("Page not found"));
}

static GtkWidget *
create_screen (KioskWindow *self,
               const char  *id)
{
  const KioskEntry *entry;
  const char *lang = NULL;

  gtk_widget_set_visible (self->notice, FALSE);
  if (g_str_equal (id, KIOSK_ID_HOME))
    return kiosk_home_screen_new (self->content, self->lang);
  if (g_str_equal (id, KIOSK_ID_BOOKING))
    return kiosk_booking_screen_new (self->content, self->lang);
  if (g_str_equal (id, KIOSK_ID_GLOSSARY))
    return kiosk_glossary_screen_new (self->content, self->lang);

  entry = find_entry (self, self->content, id, &lang);
  if (g_strcmp0 (lang, self->lang) != 0)
    {
      g_autofree char *note =
        /* Translators: %s is a language's own name, such as "English" */
        g_strdup_printf (_("This page is not available in your language yet. It is shown in %s."),
                         kiosk_i18n_get_language_name (lang));

      gtk_label_set_text (GTK_LABEL (self->notice), note);
      gtk_widget_set_visible (self->notice, TRUE);
    }
  if (entry != NULL && entry->kind == KIOSK_ENTRY_SECTION)
    return kiosk_section_screen_new (self->content, lang, entry);

  return kiosk_page_screen_new (self->content, lang, entry, id);
}

static void
remove_old_screen (KioskWindow *self)
{
  if (self->old_screen != NULL)
    {
      gtk_stack_remove (self->stack, self->old_screen);
      self->old_screen = NULL;
    }
}

static void
update_footer_button (KioskWindow *self,
                      GtkWidget   *button,
                      const char  *id)
{
  gboolean current = g_str_equal (self->page_id, id);

  gtk_widget_set_sensitive (button, !current);
  if (current)
    gtk_widget_add_css_class (button, "current");
  else
    gtk_widget_remove_css_class (button, "current");
}

static void
update_footer (KioskWindow *self)
{
  gboolean has_decide = find_entry (self, self->content,
                                    KIOSK_ID_BEFORE_YOU_DECIDE, NULL) != NULL;

  gtk_widget_set_visible (self->decide_button, has_decide);
  update_footer_button (self, self->decide_button, KIOSK_ID_BEFORE_YOU_DECIDE);
  update_footer_button (self, self->glossary_button, KIOSK_ID_GLOSSARY);
  update_footer_button (self, self->booking_button, KIOSK_ID_BOOKING);
}

static void
update_header (KioskWindow *self)
{
  g_autofree char *title = get_title_for (self, self->page_id);
  gboolean at_home = g_str_equal (self->page_id, KIOSK_ID_HOME);

  gtk_label_set_text (GTK_LABEL (self->title_label), title);
  gtk_widget_set_visible (self->nav_box, !at_home);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kiosk.back", self->history->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kiosk.home", !at_home);
  gtk_window_set_title (GTK_WINDOW (self), title);
  update_footer (self);
}

/* Builds the screen for @id and swaps it in; the old one is dropped once
 * the cross-fade is over, so nothing of it lingers. */
static void
present_page (KioskWindow *self,
              const char  *id)
{
  GtkWidget *screen;

  /* Speech belongs to the page it was started on. */
  if (self->speech != NULL)
    kiosk_speech_stop (self->speech);
  screen = create_screen (self, id);

  /* Nothing of the old screen stays open over the new one. */
  if (self->screen != NULL)
    kiosk_utils_popdown_all (self->screen);
  remove_old_screen (self);
  g_free (self->page_id);
  self->page_id = g_strdup (id);

  gtk_stack_add_child (self->stack, screen);
  self->old_screen = self->screen;
  self->screen = screen;
  gtk_stack_set_visible_child (self->stack, screen);
  if (!gtk_stack_get_transition_running (self->stack))
    remove_old_screen (self);

  update_header (self);
}

static void
on_transition_running_cb (KioskWindow *self)
{
  if (!gtk_stack_get_transition_running (self->stack))
    remove_old_screen (self);
}

static void
navigate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  kiosk_window_show_page (KIOSK_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
glossary_term_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  KioskWindow *self = KIOSK_WINDOW (widget);

  kiosk_window_show_page (self, KIOSK_ID_GLOSSARY);
  if (KIOSK_IS_GLOSSARY_SCREEN (self->screen))
    kiosk_glossary_screen_open_term (KIOSK_GLOSSARY_SCREEN (self->screen),
                                     g_variant_get_string (param, NULL));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  kiosk_window_go_back (KIOSK_WINDOW (widget));
}

static void
home_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  kiosk_window_go_home (KIOSK_WINDOW (widget));
}

/*
 * Idle reset
 */

static void schedule_idle_check (KioskWindow *self);

static void
hide_idle_warning (KioskWindow *self)
{
  g_clear_handle_id (&self->countdown_source, g_source_remove);
  gtk_widget_set_visible (GTK_WIDGET (self->idle_warning), FALSE);
}

static gboolean
countdown_tick_cb (gpointer user_data)
{
  KioskWindow *self = user_data;
  guint left = kiosk_idle_warning_get_seconds_left (self->idle_warning);

  if (left > 1)
    {
      kiosk_idle_warning_set_seconds_left (self->idle_warning, left - 1);
      return G_SOURCE_CONTINUE;
    }

  self->countdown_source = 0;
  kiosk_window_reset (self);
  return G_SOURCE_REMOVE;
}

static void
show_idle_warning (KioskWindow *self)
{
  self->idle_state = IDLE_WARNING;
  kiosk_idle_warning_set_seconds_left (self->idle_warning, self->idle_warning_secs);
  gtk_widget_set_visible (GTK_WIDGET (self->idle_warning), TRUE);
  gtk_widget_grab_focus (kiosk_idle_warning_get_button (self->idle_warning));
  g_clear_handle_id (&self->countdown_source, g_source_remove);
  self->countdown_source = g_timeout_add_seconds (1, countdown_tick_cb, self);
}

/* One timer, set for the moment the kiosk would be idle; a touch only
 * notes the time, so a busy kiosk wakes up once per timeout at most. */
static gboolean
idle_check_cb (gpointer user_data)
{
  KioskWindow *self = user_data;
  gint64 idle = g_get_monotonic_time () - self->last_activity;

  self->idle_source = 0;
  if (self->idle_state != IDLE_ACTIVE)
    return G_SOURCE_REMOVE;

  if (idle < (gint64) self->idle_timeout * G_USEC_PER_SEC)
    schedule_idle_check (self);
  else
    show_idle_warning (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_idle_check (KioskWindow *self)
{
  gint64 due = self->last_activity + (gint64) self->idle_timeout * G_USEC_PER_SEC;
  gint64 wait = due - g_get_monotonic_time ();

  if (self->idle_source != 0)
    return;
  self->idle_source = g_timeout_add_full (G_PRIORITY_DEFAULT,
                                          MAX (wait, 0) / 1000 + 1,
                                          idle_check_cb, self, NULL);
}

static gboolean
on_activity_event_cb (GtkEventControllerLegacy *controller,
                      GdkEvent                 *event,
                      KioskWindow              *self)
{
  switch ((int) gdk_event_get_event_type (event))
    {
    case GDK_BUTTON_PRESS:
    case GDK_TOUCH_BEGIN:
    case GDK_KEY_PRESS:
    case GDK_SCROLL:
    case GDK_TOUCHPAD_SWIPE:
    case GDK_TOUCHPAD_PINCH:
      kiosk_window_note_activity (self);
      break;

    default:
      break;
    }
  return GDK_EVENT_PROPAGATE;
}

static void
activity_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  kiosk_window_note_activity (KIOSK_WINDOW (widget));
}

static void
on_keep_reading_cb (KioskWindow *self)
{
  kiosk_window_note_activity (self);
}

static void
on_attract_start_cb (KioskWindow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->attract), FALSE);
  kiosk_window_note_activity (self);
}

/*
 * Staff access
 */

static const char *
get_staff_pin (KioskWindow *self)
{
  return kiosk_content_get_config (self->content)->staff_pin;
}

static gboolean
staff_hold_cb (gpointer user_data)
{
  KioskWindow *self = user_data;

  self->staff_source = 0;
  /* Claiming the press cancels it for the widget under the finger. */
  gtk_gesture_set_state (self->staff_gesture, GTK_EVENT_SEQUENCE_CLAIMED);
  kiosk_window_open_pin_pad (self);
  return G_SOURCE_REMOVE;
}

static void
on_staff_begin_cb (GtkGestureDrag *gesture,
                   double          x,
                   double          y,
                   KioskWindow    *self)
{
  g_clear_handle_id (&self->staff_source, g_source_remove);
  if (x > STAFF_CORNER_SIZE || y > STAFF_CORNER_SIZE || get_staff_pin (self) == NULL)
    return;
  self->staff_source = g_timeout_add (STAFF_HOLD_MSEC, staff_hold_cb, self);
}

static void
on_staff_update_cb (GtkGestureDrag *gesture,
                    double          dx,
                    double          dy,
                    KioskWindow    *self)
{
  if (ABS (dx) > STAFF_MAX_MOVE || ABS (dy) > STAFF_MAX_MOVE)
    g_clear_handle_id (&self->staff_source, g_source_remove);
}

static void
on_staff_end_cb (KioskWindow *self)
{
  g_clear_handle_id (&self->staff_source, g_source_remove);
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
  self->allow_close = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

/*
 * Kiosk mode
 */

static gboolean
on_close_request_cb (KioskWindow *self)
{
  if (self->kiosk_mode && !self->allow_close)
    {
      g_message ("A request to close the kiosk was refused");
      return TRUE;
    }
  return FALSE;
}

/* In kiosk mode no key combination does anything but move around the
 * screen: no shortcuts, no inspector, no menus, no full-screen toggle. */
static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   KioskWindow           *self)
{
  if (!self->kiosk_mode)
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
                       KioskWindow     *self)
{
  if (self->kiosk_mode)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  else
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
}

/* With no window manager to honour full screen, the window sizes itself
 * to its monitor. */
static void
on_compute_size_cb (GdkToplevel     *toplevel,
                    GdkToplevelSize *size,
                    KioskWindow     *self)
{
  GdkDisplay *display = gdk_surface_get_display (GDK_SURFACE (toplevel));
  GdkMonitor *monitor = gdk_display_get_monitor_at_surface (display, GDK_SURFACE (toplevel));
  GdkRectangle geometry;

  if (!self->kiosk_mode)
    return;
  if (monitor == NULL)
    {
      g_autoptr(GdkMonitor) first = g_list_model_get_item (gdk_display_get_monitors (display), 0);

      if (first == NULL)
        return;
      gdk_monitor_get_geometry (first, &geometry);
    }
  else
    gdk_monitor_get_geometry (monitor, &geometry);
  gdk_toplevel_size_set_size (size, geometry.width, geometry.height);
}

static void
on_realize_cb (KioskWindow *self)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));

  g_signal_connect_object (surface, "compute-size", G_CALLBACK (on_compute_size_cb), self,
                           G_CONNECT_AFTER);
  if (self->hide_pointer)
    kiosk_utils_hide_pointer (surface);
}


/*
 * Languages, text size, contrast and read-aloud
 */

static void
rebuild_language_buttons (KioskWindow *self)
{
  const KioskConfig *config = kiosk_content_get_config (self->content);
  guint shown = 0;

  kiosk_utils_clear_box (GTK_BOX (self->lang_box));
  for (guint i = 0; config->languages != NULL && config->languages[i] != NULL; i++)
    {
      const char *code = config->languages[i];
      GtkWidget *button;

      if (kiosk_content_get_catalog (self->content, code) == NULL)
        continue;

      /* Each language is named in its own words, whatever is on screen. */
      button = gtk_toggle_button_new_with_label (kiosk_i18n_get_language_name (code));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "kiosk.language");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", code);
      gtk_widget_add_css_class (button, "nav-button");
      gtk_widget_add_css_class (button, "lang-button");
      gtk_box_append (GTK_BOX (self->lang_box), button);
      shown++;
    }
  gtk_widget_set_visible (self->lang_box, shown > 1);
}

static void
on_attract_start_cb (KioskWindow *self);
static void
on_keep_reading_cb (KioskWindow *self);

/* The attract screen and the idle warning speak to patients, so they are
 * made again in the patient's language. The PIN pad and the staff panel
 * keep their state (a PIN wait must survive a language change). */
static void
make_patient_layers (KioskWindow *self)
{
  GtkOverlay *overlay = GTK_OVERLAY (self->overlay);
  g_autoptr(GtkWidget) pin_pad = g_object_ref (GTK_WIDGET (self->pin_pad));
  g_autoptr(GtkWidget) staff_panel = g_object_ref (GTK_WIDGET (self->staff_panel));
  gboolean attract_visible = FALSE;
  guint seconds_left = 0;

  if (self->attract != NULL)
    {
      attract_visible = gtk_widget_get_visible (GTK_WIDGET (self->attract));
      gtk_overlay_remove_overlay (overlay, GTK_WIDGET (self->attract));
    }
  if (self->idle_warning != NULL)
    {
      seconds_left = kiosk_idle_warning_get_seconds_left (self->idle_warning);
      gtk_overlay_remove_overlay (overlay, GTK_WIDGET (self->idle_warning));
    }
  gtk_overlay_remove_overlay (overlay, pin_pad);
  gtk_overlay_remove_overlay (overlay, staff_panel);

  self->attract = KIOSK_ATTRACT_SCREEN (kiosk_attract_screen_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->attract), attract_visible);
  g_signal_connect_object (self->attract, "start",
                           G_CALLBACK (on_attract_start_cb), self, G_CONNECT_SWAPPED);

  self->idle_warning = KIOSK_IDLE_WARNING (kiosk_idle_warning_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->idle_warning), self->idle_state == IDLE_WARNING);
  kiosk_idle_warning_set_seconds_left (self->idle_warning, seconds_left);
  g_signal_connect_object (self->idle_warning, "keep-reading",
                           G_CALLBACK (on_keep_reading_cb), self, G_CONNECT_SWAPPED);

  gtk_overlay_add_overlay (overlay, GTK_WIDGET (self->attract));
  gtk_overlay_add_overlay (overlay, GTK_WIDGET (self->idle_warning));
  gtk_overlay_add_overlay (overlay, pin_pad);
  gtk_overlay_add_overlay (overlay, staff_panel);

  if (self->content != NULL)
    {
      g_autofree char *name = kiosk_config_get_name (kiosk_content_get_config (self->content),
                                                     self->default_lang);

      kiosk_attract_screen_set_name (self->attract, name);
    }
}

static void
set_button_label (GtkWidget  *button,
                  GtkWidget  *label,
                  const char *text)
{
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
make_display_popover (KioskWindow *self)
{
  GtkWidget *popover = kiosk_display_popover_new ();

  kiosk_display_popover_set_has_speech (KIOSK_DISPLAY_POPOVER (popover), self->speech != NULL);
  kiosk_display_popover_set_volume (KIOSK_DISPLAY_POPOVER (popover), self->volume);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->display_button), popover);
}

/* Everything the window itself says, in the language now chosen. */
static void
retranslate (KioskWindow *self)
{
  set_button_label (self->back_button, self->back_label, _("Back"));
  set_button_label (self->home_button, self->home_label, _("Home"));
  set_button_label (self->decide_button, self->decide_label, _("Before you decide"));
  set_button_label (self->glossary_button, self->glossary_label, _("Glossary"));
  set_button_label (self->booking_button, self->booking_label, _("Book an appointment"));
  gtk_label_set_text (GTK_LABEL (self->display_label), _("Text size"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->display_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Text size, contrast and volume"), -1);
  make_display_popover (self);
  make_patient_layers (self);
}

static void
move_child (GtkWidget *child,
            GtkWidget *to)
{
  g_autoptr(GtkWidget) ref = NULL;

  if (gtk_widget_get_parent (child) == to)
    return;
  ref = g_object_ref (child);
  gtk_box_remove (GTK_BOX (gtk_widget_get_parent (child)), child);
  gtk_box_append (GTK_BOX (to), child);
}

/* Larger text must still fit: the languages and the text size button
 * get a row of their own under the header, and the footer buttons drop
 * their icons so a long word keeps its room. */
static void
update_layout_for_text_size (KioskWindow *self)
{
  gboolean large = self->text_size > 100 || self->narrow;
  GtkWidget *buttons[] = { self->decide_button, self->glossary_button, self->booking_button };

  move_child (self->lang_box, large ? self->tools_row : self->end_box);
  move_child (self->display_button, large ? self->tools_row : self->end_box);
  gtk_widget_set_hexpand (self->lang_box, large);
  gtk_widget_set_visible (self->tools_row, large);
  large = self->text_size > 100;
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      GtkWidget *box = gtk_button_get_child (GTK_BUTTON (buttons[i]));
      GtkWidget *image = box != NULL ? gtk_widget_get_first_child (box) : NULL;

      if (GTK_IS_IMAGE (image))
        gtk_widget_set_visible (image, !large);
    }
  if (large)
    gtk_widget_add_css_class (GTK_WIDGET (self), "large-text");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "large-text");
}

static gboolean
update_layout_cb (gpointer user_data)
{
  KioskWindow *self = user_data;

  self->layout_source = 0;
  update_layout_for_text_size (self);
  return G_SOURCE_REMOVE;
}

/* A portrait screen has no room for the languages next to the title. */
#define NARROW_WIDTH 1200

static void
kiosk_window_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  KioskWindow *self = KIOSK_WINDOW (widget);
  gboolean narrow = width < NARROW_WIDTH;

  GTK_WIDGET_CLASS (kiosk_window_parent_class)->size_allocate (widget, width, height, baseline);

  /* The header changes after this allocation, not inside it. */
  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      if (self->layout_source == 0)
        self->layout_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_layout_cb, self, NULL);
    }
}

static void
show_notice (KioskWindow *self,
             const char  *text)
{
  gtk_label_set_text (GTK_LABEL (self->notice), text);
  gtk_widget_set_visible (self->notice, TRUE);
}

static void
speak (KioskWindow *self,
       const char  *text,
       const char  *lang)
{
  g_autoptr(GError) error = NULL;

  if (self->speech == NULL || text == NULL || *text == '\0')
    return;
  if (!kiosk_speech_speak (self->speech, text, lang, &error))
    {
      g_message ("Cannot read aloud: %s", error->message);
      show_notice (self, error->message);
    }
}

static void
read_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  KioskWindow *self = KIOSK_WINDOW (widget);
  const char *lang = NULL;
  const KioskEntry *entry = find_entry (self, self->content, self->page_id, &lang);
  g_autofree char *text = NULL;

  if (entry == NULL || entry->document == NULL)
    return;
  text = kiosk_speech_text_for_document (entry->title, entry->document);
  speak (self, text, lang);
}

static void
read_text_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  KioskWindow *self = KIOSK_WINDOW (widget);

  speak (self, g_variant_get_string (param, NULL), self->lang);
}

static void
stop_reading_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  KioskWindow *self = KIOSK_WINDOW (widget);

  if (self->speech != NULL)
    kiosk_speech_stop (self->speech);
}

static void
on_speaking_changed_cb (KioskWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kiosk.stop-reading",
                                 kiosk_speech_get_speaking (self->speech));
}

static void
change_volume (KioskWindow *self,
               int          step)
{
  kiosk_window_set_volume (self, (guint) CLAMP ((int) self->volume + step, VOLUME_MIN, VOLUME_MAX));
}

static void
volume_down_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  change_volume (KIOSK_WINDOW (widget), -VOLUME_STEP);
}

static void
volume_up_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  change_volume (KIOSK_WINDOW (widget), VOLUME_STEP);
}

static KioskApplication *
get_kiosk_application (KioskWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return KIOSK_IS_APPLICATION (app) ? KIOSK_APPLICATION (app) : NULL;
}

/*
 * Content
 */

static void
apply_config (KioskWindow *self)
{
  const KioskConfig *config = kiosk_content_get_config (self->content);
  g_autofree char *name = kiosk_config_get_name (config, self->default_lang);

  if (!self->idle_times_fixed)
    {
      self->idle_timeout = config->idle_timeout;
      self->idle_warning_secs = config->idle_warning;
    }
  kiosk_pin_pad_set_hash (self->pin_pad, config->staff_pin);
  if (self->attract != NULL)
    kiosk_attract_screen_set_name (self->attract, name);
  if (config->staff_pin == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->pin_pad), FALSE);
    }
}

static void
on_content_changed_cb (KioskWindow *self)
{
  kiosk_window_set_content (self, kiosk_content_monitor_get_content (self->monitor));
}

/*
 * GObject overrides
 */

static void
kiosk_window_dispose (GObject *object)
{
  KioskWindow *self = KIOSK_WINDOW (object);

  g_clear_handle_id (&self->idle_source, g_source_remove);
  g_clear_handle_id (&self->countdown_source, g_source_remove);
  g_clear_handle_id (&self->staff_source, g_source_remove);
  g_clear_handle_id (&self->layout_source, g_source_remove);
  if (self->monitor != NULL)
    g_signal_handlers_disconnect_by_data (self->monitor, self);
  g_clear_object (&self->monitor);
  g_clear_object (&self->content);
  if (self->speech != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->speech, self);
      kiosk_speech_stop (self->speech);
      g_clear_object (&self->speech);
    }

  G_OBJECT_CLASS (kiosk_window_parent_class)->dispose (object);
}

static void
kiosk_window_finalize (GObject *object)
{
  KioskWindow *self = KIOSK_WINDOW (object);

  g_free (self->lang);
  g_free (self->default_lang);
  g_free (self->page_id);
  g_ptr_array_unref (self->history);

  G_OBJECT_CLASS (kiosk_window_parent_class)->finalize (object);
}

static void
kiosk_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KioskWindow *self = KIOSK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_string (value, self->lang);
      break;

    case PROP_TEXT_SIZE:
      g_value_set_int (value, (int) self->text_size);
      break;

    case PROP_HIGH_CONTRAST:
      g_value_set_boolean (value, self->high_contrast);
      break;

    case PROP_VOLUME:
      g_value_set_int (value, (int) self->volume);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kiosk_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KioskWindow *self = KIOSK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      kiosk_window_set_language (self, g_value_get_string (value));
      break;

    case PROP_TEXT_SIZE:
      kiosk_window_set_text_size (self, (guint) g_value_get_int (value));
      break;

    case PROP_HIGH_CONTRAST:
      kiosk_window_set_high_contrast (self, g_value_get_boolean (value));
      break;

    case PROP_VOLUME:
      kiosk_window_set_volume (self, (guint) g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kiosk_window_class_init (KioskWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kiosk_window_dispose;
  object_class->finalize = kiosk_window_finalize;
  object_class->get_property = kiosk_window_get_property;
  widget_class->size_allocate = kiosk_window_size_allocate;
  object_class->set_property = kiosk_window_set_property;

  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT_SIZE] =
    g_param_spec_int ("text-size", NULL, NULL, 100, 200, 100,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIGH_CONTRAST] =
    g_param_spec_boolean ("high-contrast", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VOLUME] =
    g_param_spec_int ("volume", NULL, NULL, 0, 200, KIOSK_SPEECH_DEFAULT_VOLUME,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/kiosk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, header);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, nav_box);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, back_label);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, home_button);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, home_label);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, end_box);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, tools_row);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, notice);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, footer);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, decide_button);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, decide_label);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, glossary_button);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, glossary_label);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, booking_button);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, booking_label);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, overlay);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, main_box);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, pin_pad);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, staff_panel);

  gtk_widget_class_install_action (widget_class, "kiosk.navigate", "s", navigate_action);
  gtk_widget_class_install_action (widget_class, "kiosk.glossary-term", "s", glossary_term_action);
  gtk_widget_class_install_action (widget_class, "kiosk.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "kiosk.home", NULL, home_action);
  gtk_widget_class_install_action (widget_class, "kiosk.activity", NULL, activity_action);
  gtk_widget_class_install_action (widget_class, "kiosk.read-page", NULL, read_page_action);
  gtk_widget_class_install_action (widget_class, "kiosk.read-text", "s", read_text_action);
  gtk_widget_class_install_action (widget_class, "kiosk.stop-reading", NULL, stop_reading_action);
  gtk_widget_class_install_action (widget_class, "kiosk.volume-down", NULL, volume_down_action);
  gtk_widget_class_install_action (widget_class, "kiosk.volume-up", NULL, volume_up_action);
  gtk_widget_class_install_property_action (widget_class, "kiosk.language", "language");
  gtk_widget_class_install_property_action (widget_class, "kiosk.text-size", "text-size");
  gtk_widget_class_install_property_action (widget_class, "kiosk.high-contrast", "high-contrast");

  g_type_ensure (KIOSK_TYPE_ATTRACT_SCREEN);
  g_type_ensure (KIOSK_TYPE_IDLE_WARNING);
  g_type_ensure (KIOSK_TYPE_PIN_PAD);
  g_type_ensure (KIOSK_TYPE_STAFF_PANEL);
}

static void
kiosk_window_init (KioskWindow *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->history = g_ptr_array_new_with_free_func (g_free);
  self->idle_state = IDLE_CLEAN;
  self->text_size = 100;
  self->volume = KIOSK_SPEECH_DEFAULT_VOLUME;
  if (kiosk_speech_is_supported ())
    {
      self->speech = kiosk_speech_new ();
      g_signal_connect_object (self->speech, "notify::speaking",
                               G_CALLBACK (on_speaking_changed_cb), self, G_CONNECT_SWAPPED);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kiosk.stop-reading", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kiosk.read-page", self->speech != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kiosk.read-text", self->speech != NULL);

  /* The header's end: one button per language, then text size. */
  self->lang_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (self->end_box), self->lang_box);
  {
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
    GtkWidget *image = g_object_new (GTK_TYPE_IMAGE,
                                     "icon-name", "kiosk-text-size-symbolic",
                                     "pixel-size", 32,
                                     "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                     NULL);

    self->display_label = gtk_label_new (NULL);
    gtk_box_append (GTK_BOX (box), image);
    gtk_box_append (GTK_BOX (box), self->display_label);
    self->display_button = gtk_menu_button_new ();
    gtk_menu_button_set_child (GTK_MENU_BUTTON (self->display_button), box);
    gtk_widget_add_css_class (self->display_button, "display-button");
    gtk_box_append (GTK_BOX (self->end_box), self->display_button);
  }
  g_signal_connect_object (self->stack, "notify::transition-running",
                           G_CALLBACK (on_transition_running_cb), self, G_CONNECT_SWAPPED);

  /* Every touch, click or key counts as activity; nothing is consumed. */
  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "event", G_CALLBACK (on_activity_event_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (gesture), GTK_PHASE_CAPTURE);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (on_secondary_press_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_drag_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (gesture), GTK_PHASE_CAPTURE);
  g_signal_connect_object (gesture, "drag-begin", G_CALLBACK (on_staff_begin_cb), self, 0);
  g_signal_connect_object (gesture, "drag-update", G_CALLBACK (on_staff_update_cb), self, 0);
  g_signal_connect_object (gesture, "drag-end", G_CALLBACK (on_staff_end_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gesture, "cancel", G_CALLBACK (on_staff_end_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));
  self->staff_gesture = gesture;

  g_signal_connect (self, "close-request", G_CALLBACK (on_close_request_cb), NULL);
  g_signal_connect (self, "realize", G_CALLBACK (on_realize_cb), NULL);

  g_signal_connect_object (self->pin_pad, "accepted",
                           G_CALLBACK (on_pin_accepted_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->pin_pad, "cancelled",
                           G_CALLBACK (on_pin_cancelled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->staff_panel, "close",
                           G_CALLBACK (on_staff_close_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->staff_panel, "exit",
                           G_CALLBACK (on_staff_exit_cb), self, G_CONNECT_SWAPPED);
}

/*
 * Public API
 */

KioskWindow *
kiosk_window_new (KioskApplication *app,
                  KioskContent     *content,
                  const char       *lang)
{
  KioskWindow *self;

  if (lang == NULL || kiosk_content_get_catalog (content, lang) == NULL)
    {
      if (lang != NULL)
        g_warning ("There is no content in the language “%s”", lang);
      lang = kiosk_content_get_default_lang (content);
    }

  /* The template's strings are translated while it is built. */
  kiosk_i18n_set_language (lang);

  self = g_object_new (KIOSK_TYPE_WINDOW, "application", app, NULL);
  self->content = g_object_ref (content);
  self->lang = g_strdup (lang);
  self->default_lang = g_strdup (lang);
  if (app != NULL)
    {
      /* Start as the application was told to (--text-size, --high-contrast). */
      self->text_size = (guint) (kiosk_application_get_text_scale (app) * 100 + 0.5);
      self->high_contrast = kiosk_application_get_high_contrast (app);
    }
  retranslate (self);
  apply_config (self);
  rebuild_language_buttons (self);
  update_layout_for_text_size (self);

  present_page (self, KIOSK_ID_HOME);
  return self;
}

/**
 * kiosk_window_show_page:
 * @self: the window
 * @id: a page id, or one of the built-in ids
 *
 * Shows @id and remembers the current page for Back.
 */
void
kiosk_window_show_page (KioskWindow *self,
                        const char  *id)
{
  g_return_if_fail (KIOSK_IS_WINDOW (self));
  g_return_if_fail (id != NULL);

  if (g_str_equal (id, KIOSK_ID_HOME))
    {
      kiosk_window_go_home (self);
      return;
    }
  if (g_strcmp0 (id, self->page_id) == 0)
    return;

  g_ptr_array_add (self->history, g_strdup (self->page_id));
  if (self->history->len > MAX_HISTORY)
    g_ptr_array_remove_index (self->history, 0);
  present_page (self, id);
}

void
kiosk_window_go_back (KioskWindow *self)
{
  g_autofree char *id = NULL;

  g_return_if_fail (KIOSK_IS_WINDOW (self));

  if (self->history->len == 0)
    return;
  id = g_strdup (g_ptr_array_index (self->history, self->history->len - 1));
  g_ptr_array_remove_index (self->history, self->history->len - 1);
  present_page (self, id);
}

void
kiosk_window_go_home (KioskWindow *self)
{
  g_return_if_fail (KIOSK_IS_WINDOW (self));

  g_ptr_array_set_size (self->history, 0);
  present_page (self, KIOSK_ID_HOME);
}

const char *
kiosk_window_get_page_id (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), NULL);

  return self->page_id;
}

const char *
kiosk_window_get_title_text (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->title_label));
}

/**
 * kiosk_window_get_screen:
 * @self: the window
 *
 * Returns: (transfer none): the screen on display
 */
GtkWidget *
kiosk_window_get_screen (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), NULL);

  return self->screen;
}

guint
kiosk_window_get_history_length (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), 0);

  return self->history->len;
}

void
kiosk_window_set_animations (KioskWindow *self,
                             gboolean     animate)
{
  g_return_if_fail (KIOSK_IS_WINDOW (self));

  gtk_stack_set_transition_type (self->stack, animate ? GTK_STACK_TRANSITION_TYPE_CROSSFADE :
                                                        GTK_STACK_TRANSITION_TYPE_NONE);
}

/**
 * kiosk_window_set_content:
 * @self: the window
 * @content: new content, for example after staff edited a file
 *
 * Shows @content. A patient reading a page stays on it if it still
 * exists; otherwise the window goes home.
 */
void
kiosk_window_set_content (KioskWindow  *self,
                          KioskContent *content)
{
  g_autofree char *id = NULL;

  g_return_if_fail (KIOSK_IS_WINDOW (self));
  g_return_if_fail (KIOSK_IS_CONTENT (content));

  if (content == self->content)
    return;
  g_set_object (&self->content, content);

  if (kiosk_content_get_catalog (content, self->lang) == NULL)
    {
      g_free (self->lang);
      self->lang = g_strdup (kiosk_content_get_default_lang (content));
      kiosk_i18n_set_language (self->lang);
      retranslate (self);
    }
  apply_config (self);
  rebuild_language_buttons (self);

  id = g_strdup (self->page_id);
  if (!page_exists (self, content, id))
    {
      g_ptr_array_set_size (self->history, 0);
      g_clear_pointer (&id, g_free);
      id = g_strdup (KIOSK_ID_HOME);
    }

  /* Pages that are gone are dropped from Back. */
  for (guint i = self->history->len; i > 0; i--)
    {
      const char *old = g_ptr_array_index (self->history, i - 1);

      if (!page_exists (self, content, old))
        g_ptr_array_remove_index (self->history, i - 1);
    }

  present_page (self, id);
  if (gtk_widget_get_visible (GTK_WIDGET (self->staff_panel)))
    kiosk_staff_panel_refresh (self->staff_panel);
}

/**
 * kiosk_window_get_content:
 * @self: the window
 *
 * Returns: (transfer none): the content on show
 */
KioskContent *
kiosk_window_get_content (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), NULL);

  return self->content;
}

/**
 * kiosk_window_set_monitor:
 * @self: the window
 * @monitor: the watcher of the content folder
 *
 * Follows @monitor: new content is shown as soon as it is accepted, and
 * the staff panel shows its problems.
 */
void
kiosk_window_set_monitor (KioskWindow         *self,
                          KioskContentMonitor *monitor)
{
  g_return_if_fail (KIOSK_IS_WINDOW (self));
  g_return_if_fail (KIOSK_IS_CONTENT_MONITOR (monitor));

  if (self->monitor != NULL)
    g_signal_handlers_disconnect_by_data (self->monitor, self);
  g_set_object (&self->monitor, monitor);
  g_signal_connect_object (monitor, "content-changed",
                           G_CALLBACK (on_content_changed_cb), self, G_CONNECT_SWAPPED);
  kiosk_staff_panel_set_monitor (self->staff_panel, monitor);
  kiosk_window_set_content (self, kiosk_content_monitor_get_content (monitor));
}

/**
 * kiosk_window_set_kiosk_mode:
 * @self: the window
 * @kiosk_mode: whether to lock the window down
 * @show_pointer: whether the pointer stays visible (for mouse setups)
 *
 * In kiosk mode the window fills its monitor without decorations,
 * refuses to close, ignores every shortcut and opens no context menu.
 * Call before the window is shown.
 */
void
kiosk_window_set_kiosk_mode (KioskWindow *self,
                             gboolean     kiosk_mode,
                             gboolean     show_pointer)
{
  g_return_if_fail (KIOSK_IS_WINDOW (self));

  self->kiosk_mode = kiosk_mode;
  self->hide_pointer = kiosk_mode && !show_pointer;
  if (!kiosk_mode)
    return;

  gtk_window_set_decorated (GTK_WINDOW (self), FALSE);
  gtk_window_set_deletable (GTK_WINDOW (self), FALSE);
  gtk_window_fullscreen (GTK_WINDOW (self));
  if (self->hide_pointer)
    {
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "none");
      if (gtk_widget_get_realized (GTK_WIDGET (self)))
        kiosk_utils_hide_pointer (gtk_native_get_surface (GTK_NATIVE (self)));
    }
}

gboolean
kiosk_window_get_kiosk_mode (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), FALSE);

  return self->kiosk_mode;
}

/**
 * kiosk_window_set_idle_times:
 * @self: the window
 * @timeout: seconds without a touch before the warning
 * @warning: seconds the warning counts down
 *
 * Overrides idle-timeout and idle-warning from kiosk.ini.
 */
void
kiosk_window_set_idle_times (KioskWindow *self,
                             guint        timeout,
                             guint        warning)
{
  g_return_if_fail (KIOSK_IS_WINDOW (self));
  g_return_if_fail (timeout > 0 && warning > 0);

  self->idle_times_fixed = TRUE;
  self->idle_timeout = timeout;
  self->idle_warning_secs = warning;
}

/**
 * kiosk_window_note_activity:
 * @self: the window
 *
 * Someone is using the kiosk: the idle timeout starts again and a
 * running warning goes away.
 */
void
kiosk_window_note_activity (KioskWindow *self)
{
  g_return_if_fail (KIOSK_IS_WINDOW (self));

  self->last_activity = g_get_monotonic_time ();
  if (self->idle_state == IDLE_WARNING)
    hide_idle_warning (self);
  self->idle_state = IDLE_ACTIVE;
  schedule_idle_check (self);
}

/**
 * kiosk_window_reset:
 * @self: the window
 *
 * Returns to a clean start for the next patient: home screen, nothing
 * open, scroll positions and history gone, the default language; then
 * the attract screen when the clinic asked for it. Nothing runs until
 * the next touch.
 */
void
kiosk_window_reset (KioskWindow *self)
{
  const KioskConfig *config;

  g_return_if_fail (KIOSK_IS_WINDOW (self));

  g_clear_handle_id (&self->idle_source, g_source_remove);
  hide_idle_warning (self);
  kiosk_pin_pad_clear (self->pin_pad);
  gtk_widget_set_visible (GTK_WIDGET (self->pin_pad), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->staff_panel), FALSE);
  if (self->screen != NULL)
    kiosk_utils_popdown_all (self->screen);

  /* The next patient starts with the clinic's language, normal text,
   * normal contrast and normal volume. */
  if (self->speech != NULL)
    kiosk_speech_stop (self->speech);
  if (kiosk_content_get_catalog (self->content, self->default_lang) != NULL)
    kiosk_window_set_language (self, self->default_lang);
  kiosk_window_set_text_size (self, 100);
  kiosk_window_set_high_contrast (self, FALSE);
  kiosk_window_set_volume (self, KIOSK_SPEECH_DEFAULT_VOLUME);

  /* A new home screen: its scroll position starts at the top. */
  g_ptr_array_set_size (self->history, 0);
  present_page (self, KIOSK_ID_HOME);
  gtk_window_set_focus (GTK_WINDOW (self), NULL);

  config = kiosk_content_get_config (self->content);
  gtk_widget_set_visible (GTK_WIDGET (self->attract), config->attract);
  self->idle_state = IDLE_CLEAN;
  g_message ("Idle: back to the start screen");
}

/**
 * kiosk_window_open_pin_pad:
 * @self: the window
 *
 * What the hidden staff gesture does. Without a staff PIN in kiosk.ini
 * staff access is off and nothing happens.
 *
 * Returns: whether the PIN pad opened
 */
gboolean
kiosk_window_open_pin_pad (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), FALSE);

  if (get_staff_pin (self) == NULL)
    return FALSE;
  if (self->screen != NULL)
    kiosk_utils_popdown_all (self->screen);
  kiosk_pin_pad_clear (self->pin_pad);
  gtk_widget_set_visible (GTK_WIDGET (self->pin_pad), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->pin_pad));
  return TRUE;
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
    {
      show_idle_warning (self);
      g_clear_handle_id (&self->countdown_source, g_source_remove);
    }
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

GtkWidget *
kiosk_window_get_idle_warning (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->idle_warning);
}

GtkWidget *
kiosk_window_get_attract_screen (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->attract);
}

GtkWidget *
kiosk_window_get_pin_pad (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->pin_pad);
}

GtkWidget *
kiosk_window_get_staff_panel (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->staff_panel);
}

/**
 * kiosk_window_set_language:
 * @self: the window
 * @lang: a language the content has
 *
 * Switches the whole kiosk to @lang at once: the header, footer, the
 * screen on show (a page not translated yet is shown in the clinic's
 * language with a note) and the layers patients see.
 */
void
kiosk_window_set_language (KioskWindow *self,
                           const char  *lang)
{
  g_autofree char *id = NULL;

  g_return_if_fail (KIOSK_IS_WINDOW (self));

  if (lang == NULL || g_strcmp0 (lang, self->lang) == 0)
    return;
  if (kiosk_content_get_catalog (self->content, lang) == NULL)
    {
      g_message ("There is no content in the language “%s”", lang);
      return;
    }

  g_free (self->lang);
  self->lang = g_strdup (lang);
  kiosk_i18n_set_language (lang);
  retranslate (self);
  id = g_strdup (self->page_id);
  present_page (self, id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

const char *
kiosk_window_get_language (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), NULL);

  return self->lang;
}

/**
 * kiosk_window_set_text_size:
 * @self: the window
 * @percent: 100, 150 or 200 (other values go to the nearest)
 *
 * Makes all text larger or smaller; every screen and popover reflows.
 */
void
kiosk_window_set_text_size (KioskWindow *self,
                            guint        percent)
{
  KioskApplication *app;

  g_return_if_fail (KIOSK_IS_WINDOW (self));

  percent = percent < 125 ? 100 : percent < 175 ? 150 : 200;
  if (percent == self->text_size)
    return;
  self->text_size = percent;
  update_layout_for_text_size (self);
  app = get_kiosk_application (self);
  if (app != NULL)
    kiosk_application_set_text_scale (app, percent / 100.0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SIZE]);
}

guint
kiosk_window_get_text_size (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), 100);

  return self->text_size;
}

/**
 * kiosk_window_set_high_contrast:
 * @self: the window
 * @enabled: whether the patient asked for high contrast
 */
void
kiosk_window_set_high_contrast (KioskWindow *self,
                                gboolean     enabled)
{
  KioskApplication *app;

  g_return_if_fail (KIOSK_IS_WINDOW (self));

  enabled = !!enabled;
  if (enabled == self->high_contrast)
    return;
  self->high_contrast = enabled;
  app = get_kiosk_application (self);
  if (app != NULL)
    kiosk_application_set_high_contrast (app, enabled);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGH_CONTRAST]);
}

gboolean
kiosk_window_get_high_contrast (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), FALSE);

  return self->high_contrast;
}

/**
 * kiosk_window_set_volume:
 * @self: the window
 * @percent: the read-aloud volume, 100 being normal
 */
void
kiosk_window_set_volume (KioskWindow *self,
                         guint        percent)
{
  GtkWidget *popover;

  g_return_if_fail (KIOSK_IS_WINDOW (self));

  percent = MIN (percent, VOLUME_MAX);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kiosk.volume-down", percent > VOLUME_MIN);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kiosk.volume-up", percent < VOLUME_MAX);
  if (percent == self->volume)
    return;
  self->volume = percent;
  if (self->speech != NULL)
    kiosk_speech_set_volume (self->speech, percent);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (self->display_button)));
  if (KIOSK_IS_DISPLAY_POPOVER (popover))
    kiosk_display_popover_set_volume (KIOSK_DISPLAY_POPOVER (popover), percent);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOLUME]);
}

guint
kiosk_window_get_volume (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), KIOSK_SPEECH_DEFAULT_VOLUME);

  return self->volume;
}

/**
 * kiosk_window_get_speech:
 * @self: the window
 *
 * Returns: (transfer none) (nullable): the read-aloud engine, %NULL when
 *   the kiosk was built without one
 */
KioskSpeech *
kiosk_window_get_speech (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), NULL);

  return self->speech;
}

/**
 * kiosk_window_get_display_button:
 * @self: the window
 *
 * Returns: (transfer none): the header button that opens text size,
 *   contrast and volume
 */
GtkWidget *
kiosk_window_get_display_button (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), NULL);

  return self->display_button;
}
