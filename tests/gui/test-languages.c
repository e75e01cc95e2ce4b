/* test-languages.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <string.h>

#include "kiosk-application.h"
#include "kiosk-booking-screen.h"
#include "kiosk-display-popover.h"
#include "kiosk-glossary-screen.h"
#include "kiosk-home-screen.h"
#include "kiosk-link-popover-private.h"
#include "kiosk-markdown-view.h"
#include "kiosk-term-popover.h"
#include "kiosk-i18n.h"
#include "kiosk-page-screen.h"
#include "kiosk-qr-code-private.h"
#include "kiosk-section-screen.h"
#include "kiosk-tile-private.h"
#include "kiosk-window-private.h"
#include "gui-util.h"
#include "test-util.h"
#include "kiosk-navigator-private.h"

/* The kiosk in each of the clinic's languages: its own words translated,
 * the whole screen switching at once, and a page not translated yet shown
 * in the clinic's language with a note. */

static KioskContent *content;

/* In Spanish the interface around the content is Spanish too. */
static void
test_spanish_interface (void)
{
  KioskWindow *window = open_window_in ("es", 1280, 800);
  g_autofree char *back = NULL;
  g_autofree char *decide = NULL;
  g_autofree char *text = NULL;

  kiosk_navigator_show (kiosk_window_get_navigator (window), "conditions/allergies");
  settle (GTK_WIDGET (window));

  back = button_text (find_button_by_action (GTK_WIDGET (window), "kiosk.back"));
  decide = button_text (find_button_by_target (GTK_WIDGET (window), "before-you-decide"));
  text = screen_text (window);
  g_assert_cmpstr (back, ==, "Atrás");
  g_assert_cmpstr (decide, ==, "Antes de decidir");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Alergias");
  g_assert_nonnull (strstr (text, "Sin buenas pruebas"));
  g_assert_null (strstr (text, "No good evidence"));
  gtk_window_destroy (GTK_WINDOW (window));

  /* The next window in English is English again. */
  window = open_window (1280, 800);
  kiosk_navigator_show (kiosk_window_get_navigator (window), "conditions/allergies");
  settle (GTK_WIDGET (window));
  g_free (back);
  back = button_text (find_button_by_action (GTK_WIDGET (window), "kiosk.back"));
  g_assert_cmpstr (back, ==, "Back");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* All the text of @root, also what is hidden for now. */
static char *
hidden_text (GtkWidget *root)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  collect_all (root, GTK_TYPE_LABEL, TRUE, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      g_string_append (text, gtk_label_get_text (g_ptr_array_index (labels, i)));
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

static GtkWidget *
find_language_button (KioskWindow *window,
                      const char  *lang)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (GTK_WIDGET (window), GTK_TYPE_TOGGLE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      GVariant *value = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));

      if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), "kiosk.language") == 0 &&
          value != NULL && g_str_equal (g_variant_get_string (value, NULL), lang))
        return button;
    }
  return NULL;
}

static gboolean
language_is (gpointer data)
{
  gpointer *pair = data;

  return g_strcmp0 (kiosk_patient_prefs_get_language (kiosk_window_get_prefs (pair[0])), pair[1]) == 0;
}

/* The language buttons in the header switch everything at once, on the
 * page being read, without losing the way back; the idle reset returns
 * to the clinic's language. */
static void
test_language_switch (void)
{
  KioskWindow *window = open_window (1280, 800);
  GtkWidget *espanol, *english;
  gpointer pair[2] = { window, "es" };
  g_autofree char *back = NULL;
  g_autofree char *decide = NULL;
  g_autofree char *display = NULL;
  g_autofree char *text = NULL;
  g_autofree char *warning = NULL;

  /* On home too, each language named in its own words. */
  espanol = find_language_button (window, "es");
  english = find_language_button (window, "en");
  g_assert_nonnull (espanol);
  g_assert_nonnull (english);
  g_assert_true (gtk_widget_get_mapped (espanol));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (espanol)), ==, "Español");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (english)), ==, "English");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (english)));
  g_assert_cmpint (gtk_widget_get_height (espanol), >=, 64);

  kiosk_navigator_show (kiosk_window_get_navigator (window), "conditions");
  settle (GTK_WIDGET (window));
  kiosk_navigator_show (kiosk_window_get_navigator (window), "conditions/allergies");
  settle (GTK_WIDGET (window));
  g_assert_cmpuint (kiosk_navigator_get_depth (kiosk_window_get_navigator (window)), ==, 2);

  /* A real tap on "Español". */
  espanol = find_language_button (window, "es");
  click_at (espanol, gtk_widget_get_width (espanol) / 2.0, gtk_widget_get_height (espanol) / 2.0);
  wait_for (language_is, pair);
  settle (GTK_WIDGET (window));

  back = button_text (find_button_by_action (GTK_WIDGET (window), "kiosk.back"));
  decide = button_text (find_button_by_target (GTK_WIDGET (window), "before-you-decide"));
  display = button_text (find_by_class (GTK_WIDGET (window), "display-button"));
  text = screen_text (window);
  warning = hidden_text (find_widget (GTK_WIDGET (window), KIOSK_TYPE_IDLE_WARNING));
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, "conditions/allergies");
  g_assert_cmpuint (kiosk_navigator_get_depth (kiosk_window_get_navigator (window)), ==, 2);
  g_assert_cmpstr (back, ==, "Atrás");
  g_assert_cmpstr (decide, ==, "Antes de decidir");
  g_assert_cmpstr (display, ==, "Tamaño del texto");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Alergias");
  g_assert_nonnull (strstr (text, "Sin buenas pruebas"));
  g_assert_null (strstr (text, "No good evidence"));
  g_assert_nonnull (strstr (warning, "¿Sigue leyendo?"));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_language_button (window, "es"))));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_language_button (window, "en"))));

  /* Back goes to the section, in Spanish. */
  kiosk_navigator_back (kiosk_window_get_navigator (window));
  settle (GTK_WIDGET (window));
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, "conditions");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Enfermedades");

  /* The next patient gets the clinic's language. */
  kiosk_window_reset (window);
  settle (GTK_WIDGET (window));
  g_clear_pointer (&back, g_free);
  back = button_text (find_button_by_action (GTK_WIDGET (window), "kiosk.back"));
  g_assert_cmpstr (kiosk_patient_prefs_get_language (kiosk_window_get_prefs (window)), ==, "en");
  g_assert_cmpstr (back, ==, "Back");
  g_clear_pointer (&warning, g_free);
  warning = hidden_text (find_widget (GTK_WIDGET (window), KIOSK_TYPE_IDLE_WARNING));
  g_assert_nonnull (strstr (warning, "Still reading?"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_notice (KioskWindow *window)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (GTK_WIDGET (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "kiosk-notice"))
      return g_ptr_array_index (labels, i);
  g_assert_not_reached ();
}

/* A page not translated yet is shown in the clinic's language, with a
 * short note saying so. */
static void
test_language_fallback (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kiosk-fallback-XXXXXX", NULL);
  g_autofree char *gone = g_build_filename (dir, "es", "40-conditions", "140-allergies.md", NULL);
  g_autoptr(KioskContent) partial = NULL;
  KioskWindow *window;
  g_autofree char *text = NULL;
  GtkWidget *notice;

  copy_tree (CONTENT_DIR, dir);
  g_assert_cmpint (g_remove (gone), ==, 0);
  partial = kiosk_content_load (dir);
  window = open_window_with (partial, "en", 1280, 800);
  kiosk_navigator_show (kiosk_window_get_navigator (window), "conditions/allergies");
  settle (GTK_WIDGET (window));
  kiosk_patient_prefs_set_language (kiosk_window_get_prefs (window), "es");
  settle (GTK_WIDGET (window));

  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, "conditions/allergies");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Allergies");
  text = screen_text (window);
  g_assert_nonnull (strstr (text, "An allergy is when"));
  notice = find_notice (window);
  g_assert_true (gtk_widget_get_mapped (notice));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (notice)), "English"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (notice)), "idioma"));

  /* A translated page has no note. */
  kiosk_navigator_show (kiosk_window_get_navigator (window), "conditions/diabetes");
  settle (GTK_WIDGET (window));
  g_assert_false (gtk_widget_get_visible (notice));
  gtk_window_destroy (GTK_WINDOW (window));
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  content = gui_test_init (&argc, &argv);
  if (content == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 77;
    }

  g_test_add_func ("/kiosk/window/spanish", test_spanish_interface);
  g_test_add_func ("/kiosk/window/language-switch", test_language_switch);
  g_test_add_func ("/kiosk/window/language-fallback", test_language_fallback);

  return g_test_run ();
}
