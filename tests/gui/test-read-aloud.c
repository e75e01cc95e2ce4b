/* test-read-aloud.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "kiosk-display-popover.h"
#include "kiosk-speech-private.h"
#include "kiosk-window-private.h"
#include "gui-util.h"

/* Read aloud in a real window, through espeak-ng and ALSA. The sound
 * device is chosen by ALSA_CONFIG_PATH before the test starts:
 * tests/asound-null.conf plays into nothing (as fast as it can), and
 * tests/asound-none.conf names a sound card that is not there. */

static KioskContent *content;

static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), action) == 0)
        return button;
    }
  return NULL;
}

static void
press (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  click_at (button, gtk_widget_get_width (button) / 2.0, gtk_widget_get_height (button) / 2.0);
}

static gboolean
is_speaking (gpointer data)
{
  return kiosk_speech_get_speaking (kiosk_window_get_speech (data));
}

static gboolean
is_silent (gpointer data)
{
  return !kiosk_speech_get_speaking (kiosk_window_get_speech (data));
}

static KioskWindow *
open_page (const char *id)
{
  KioskWindow *window = open_window_with (content, "en", 1280, 800);

  kiosk_navigator_show (kiosk_window_get_navigator (window), id);
  settle (GTK_WIDGET (window));
  return window;
}

/* Read aloud starts speaking; Stop reading, going to another page and
 * the idle reset each stop it at once. */
static void
test_read_and_stop (void)
{
  KioskWindow *window = open_page ("therapies/platelet-rich-plasma");
  GtkWidget *stop;

  g_assert_nonnull (kiosk_window_get_speech (window));
  stop = find_action_button (kiosk_window_get_screen (window), "kiosk.stop-reading");
  g_assert_false (gtk_widget_is_sensitive (stop));

  press (find_action_button (kiosk_window_get_screen (window), "kiosk.read-page"));
  wait_for (is_speaking, window);
  g_assert_true (gtk_widget_is_sensitive (stop));
  press (stop);
  wait_for (is_silent, window);
  g_assert_false (gtk_widget_is_sensitive (stop));

  /* Going to another page. */
  press (find_action_button (kiosk_window_get_screen (window), "kiosk.read-page"));
  wait_for (is_speaking, window);
  kiosk_navigator_home (kiosk_window_get_navigator (window));
  g_assert_false (kiosk_speech_get_speaking (kiosk_window_get_speech (window)));

  /* The idle reset. */
  kiosk_navigator_show (kiosk_window_get_navigator (window), "conditions/diabetes");
  settle (GTK_WIDGET (window));
  press (find_action_button (kiosk_window_get_screen (window), "kiosk.read-page"));
  wait_for (is_speaking, window);
  kiosk_window_reset (window);
  g_assert_false (kiosk_speech_get_speaking (kiosk_window_get_speech (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A glossary word's popover reads its meaning. */
static void
test_read_definition (void)
{
  KioskWindow *window = open_page ("therapies/platelet-rich-plasma");
  GtkWidget *popover = open_term_popover (window);
  GtkWidget *read;
  GVariant *target;

  read = find_action_button (popover, "kiosk.read-text");
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (read));
  g_assert_nonnull (target);
  /* The word, then what it means. */
  g_assert_true (g_str_has_prefix (g_variant_get_string (target, NULL), "Platelet-rich plasma. "));
  press (read);
  wait_for (is_speaking, window);
  press (find_action_button (popover, "kiosk.stop-reading"));
  wait_for (is_silent, window);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Louder and Quieter in the Text size popover change the voice's volume,
 * within bounds; the idle reset brings back the normal volume. */
static void
test_volume (void)
{
  KioskWindow *window = open_page ("home");
  KioskSpeech *speech = kiosk_window_get_speech (window);
  GtkWidget *popover, *louder, *quieter;

  gtk_menu_button_popup (GTK_MENU_BUTTON (find_by_class (GTK_WIDGET (window), "display-button")));
  popover = wait_for_popover (GTK_WIDGET (window), KIOSK_TYPE_DISPLAY_POPOVER);
  settle (popover);
  louder = find_action_button (popover, "kiosk.volume-up");
  quieter = find_action_button (popover, "kiosk.volume-down");
  g_assert_cmpuint (kiosk_speech_get_volume (speech), ==, KIOSK_SPEECH_DEFAULT_VOLUME);

  for (guint i = 0; i < 10; i++)
    g_signal_emit_by_name (louder, "clicked");
  settle (popover);
  g_assert_cmpuint (kiosk_patient_prefs_get_volume (kiosk_window_get_prefs (window)), ==, 200);
  g_assert_cmpuint (kiosk_speech_get_volume (speech), ==, 200);
  g_assert_false (gtk_widget_is_sensitive (louder));
  {
    g_autofree char *text = all_text (popover);

    g_assert_nonnull (strstr (text, "200%"));
  }

  for (guint i = 0; i < 10; i++)
    g_signal_emit_by_name (quieter, "clicked");
  settle (popover);
  g_assert_cmpuint (kiosk_speech_get_volume (speech), ==, 25);
  g_assert_false (gtk_widget_is_sensitive (quieter));

  press (louder);
  settle (popover);
  g_assert_cmpuint (kiosk_speech_get_volume (speech), ==, 50);

  kiosk_window_reset (window);
  settle (GTK_WIDGET (window));
  g_assert_cmpuint (kiosk_patient_prefs_get_volume (kiosk_window_get_prefs (window)), ==, KIOSK_SPEECH_DEFAULT_VOLUME);
  g_assert_cmpuint (kiosk_speech_get_volume (speech), ==, KIOSK_SPEECH_DEFAULT_VOLUME);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Without a working sound card the kiosk says so in plain words, and
 * keeps working. */
static void
test_no_sound (void)
{
  KioskWindow *window = open_page ("therapies/platelet-rich-plasma");
  g_autofree char *text = NULL;

  press (find_action_button (kiosk_window_get_screen (window), "kiosk.read-page"));
  {
    gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC;

    while (g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, FALSE);
  }
  g_assert_false (kiosk_speech_get_speaking (kiosk_window_get_speech (window)));
  text = all_text (GTK_WIDGET (window));
  g_assert_nonnull (strstr (text, "Sound is not available on this kiosk."));

  kiosk_navigator_home (kiosk_window_get_navigator (window));
  settle (GTK_WIDGET (window));
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, "home");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  const char *alsa = g_getenv ("ALSA_CONFIG_PATH");

  content = gui_test_init (&argc, &argv);
  if (content == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }
  if (!kiosk_speech_is_supported ())
    {
      g_print ("1..0 # SKIP built without espeak-ng\n");
      return 0;
    }

  if (alsa != NULL && g_str_has_suffix (alsa, "asound-none.conf"))
    g_test_add_func ("/kiosk/read-aloud/no-sound", test_no_sound);
  else
    {
      g_test_add_func ("/kiosk/read-aloud/read-and-stop", test_read_and_stop);
      g_test_add_func ("/kiosk/read-aloud/definition", test_read_definition);
      g_test_add_func ("/kiosk/read-aloud/volume", test_volume);
    }

  return g_test_run ();
}
