/* kiosk-window-actions.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-window"

#include "config.h"

#include "kiosk-screen.h"
#include "kiosk-window-private.h"

/* Every kiosk.* action. Buttons on screens and popovers name these; each
 * forwards to the navigator, the patient's choices or the speech. */

static void
navigate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  KioskWindow *self = KIOSK_WINDOW (widget);

  kiosk_navigator_show (self->navigator, g_variant_get_string (param, NULL));
}

static void
glossary_term_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  KioskWindow *self = KIOSK_WINDOW (widget);

  kiosk_navigator_show (self->navigator, KIOSK_ID_GLOSSARY);
  kiosk_screen_open_term (KIOSK_SCREEN (self->screen), g_variant_get_string (param, NULL));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  kiosk_navigator_back (KIOSK_WINDOW (widget)->navigator);
}

static void
home_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  kiosk_navigator_home (KIOSK_WINDOW (widget)->navigator);
}

static void
activity_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  kiosk_visit_note_activity (KIOSK_WINDOW (widget)->visit);
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
      _kiosk_window_show_notice (self, error->message);
    }
}

/* The page is read in the language it is shown in, which is the clinic's
 * for a page not translated yet. */
static void
read_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  KioskWindow *self = KIOSK_WINDOW (widget);
  KioskScreen *screen = KIOSK_SCREEN (self->screen);
  g_autofree char *text = kiosk_screen_dup_read_aloud_text (screen);

  speak (self, text, kiosk_screen_get_language (screen));
}

static void
read_text_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  KioskWindow *self = KIOSK_WINDOW (widget);

  speak (self, g_variant_get_string (param, NULL),
         kiosk_screen_get_language (KIOSK_SCREEN (self->screen)));
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
volume_down_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  kiosk_patient_prefs_step_volume (KIOSK_WINDOW (widget)->prefs, -1);
}

static void
volume_up_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  kiosk_patient_prefs_step_volume (KIOSK_WINDOW (widget)->prefs, 1);
}

void
_kiosk_window_class_actions_init (GtkWidgetClass *widget_class)
{
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
}

void
_kiosk_window_actions_init (KioskWindow *self)
{
  if (self->speech != NULL)
    g_signal_connect_object (self->speech, "notify::speaking",
                             G_CALLBACK (_kiosk_window_update_actions), self, G_CONNECT_SWAPPED);
}

/* Which actions can be used now. */
void
_kiosk_window_update_actions (KioskWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint volume = kiosk_patient_prefs_get_volume (self->prefs);
  gboolean at_home = g_str_equal (kiosk_navigator_get_page_id (self->navigator), KIOSK_ID_HOME);

  gtk_widget_action_set_enabled (widget, "kiosk.back", kiosk_navigator_can_go_back (self->navigator));
  gtk_widget_action_set_enabled (widget, "kiosk.home", !at_home);
  gtk_widget_action_set_enabled (widget, "kiosk.read-page", self->speech != NULL);
  gtk_widget_action_set_enabled (widget, "kiosk.read-text", self->speech != NULL);
  gtk_widget_action_set_enabled (widget, "kiosk.stop-reading",
                                 self->speech != NULL && kiosk_speech_get_speaking (self->speech));
  gtk_widget_action_set_enabled (widget, "kiosk.volume-down", volume > KIOSK_PREFS_VOLUME_MIN);
  gtk_widget_action_set_enabled (widget, "kiosk.volume-up", volume < KIOSK_PREFS_VOLUME_MAX);
}
