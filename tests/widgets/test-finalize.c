/* test-finalize.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Every widget type of the kiosk is made, sunk and dropped again, and must
 * then be finalized: nothing it made may keep it alive (a signal handler on
 * a longer-lived object, a timer, a reference cycle through a child). The
 * kiosk runs for months and makes a new screen on every tap, so a screen
 * that never goes away is a leak a patient's day adds up. The window
 * goes too, with the navigator, visit, lockdown and speech it made, and
 * lets go of the content monitor and the patient's choices it was given. */

#include "config.h"

#include <gtk/gtk.h>

#include "kiosk-attract-screen.h"
#include "kiosk-booking-screen.h"
#include "kiosk-clamp.h"
#include "kiosk-display-popover.h"
#include "kiosk-glossary-screen.h"
#include "kiosk-home-screen.h"
#include "kiosk-idle-warning.h"
#include "kiosk-link-popover.h"
#include "kiosk-markdown-view.h"
#include "kiosk-page-screen.h"
#include "kiosk-pin-pad.h"
#include "kiosk-qr-code.h"
#include "kiosk-section-screen.h"
#include "kiosk-staff-panel.h"
#include "kiosk-term-popover.h"
#include "kiosk-screen-factory.h"
#include "kiosk-tile.h"
#include "kiosk-window-private.h"

static KioskContent *content;

/* Sinks @widget, lets it run a few main loop turns in a window, takes it
 * out again and checks that the last reference really frees it. */
static void
assert_finalized (GtkWidget *widget)
{
  GtkWidget *window = gtk_window_new ();

  g_object_ref_sink (widget);
  if (!GTK_IS_POPOVER (widget) && !GTK_IS_ROOT (widget))
    {
      gtk_window_set_child (GTK_WINDOW (window), widget);
      gtk_window_present (GTK_WINDOW (window));
      for (guint i = 0; i < 20; i++)
        g_main_context_iteration (NULL, FALSE);
      gtk_window_set_child (GTK_WINDOW (window), NULL);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (widget);
}

static void
test_plain_widget (gconstpointer data)
{
  GType type = GPOINTER_TO_SIZE (data);

  assert_finalized (g_object_new (type, NULL));
}

static const KioskEntry *
first_of_kind (KioskEntryKind kind)
{
  const KioskCatalog *catalog = kiosk_content_get_catalog (content, "en");

  for (guint i = 0; i < catalog->entries->len; i++)
    {
      const KioskEntry *entry = g_ptr_array_index (catalog->entries, i);

      if (entry->kind == kind && entry != catalog->home && entry != catalog->booking)
        return entry;
    }
  g_assert_not_reached ();
}

static void
test_tile (void)
{
  assert_finalized (kiosk_tile_new_for_entry (content, first_of_kind (KIOSK_ENTRY_PAGE)));
}

static void
test_home_screen (void)
{
  assert_finalized (kiosk_home_screen_new (content, "en"));
}

static void
test_booking_screen (void)
{
  assert_finalized (kiosk_booking_screen_new (content, "en"));
}

static void
test_glossary_screen (void)
{
  assert_finalized (kiosk_glossary_screen_new (content, "en"));
}

static void
test_section_screen (void)
{
  assert_finalized (kiosk_section_screen_new (content, "en", first_of_kind (KIOSK_ENTRY_SECTION)));
}

static void
test_page_screen (void)
{
  const KioskEntry *page = first_of_kind (KIOSK_ENTRY_PAGE);

  assert_finalized (kiosk_page_screen_new (content, "en", page, page->id));
}

/* Every kind of screen the factory makes. */
static void
test_screen_factory (void)
{
  const char *ids[] = { "home", "booking", "glossary", "therapies",
                        "therapies/platelet-rich-plasma", "no/such/page" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_test_message ("%s", ids[i]);
      assert_finalized (kiosk_screen_new_for_id (content, "es", ids[i]));
    }
}

/* The window, shown on a few screens and closed: it goes, and with it
 * everything it made and everything it was given. */
static void
test_window (void)
{
  KioskContentMonitor *monitor = kiosk_content_monitor_new (CONTENT_DIR);
  KioskPatientPrefs *prefs = kiosk_patient_prefs_new ();
  KioskWindow *window = kiosk_window_new (NULL, monitor, prefs);
  gpointer navigator = kiosk_window_get_navigator (window);
  gpointer visit = kiosk_window_get_visit (window);
  gpointer lockdown = kiosk_window_get_lockdown (window);
  gpointer speech = kiosk_window_get_speech (window);

  g_object_add_weak_pointer (G_OBJECT (navigator), &navigator);
  g_object_add_weak_pointer (G_OBJECT (visit), &visit);
  g_object_add_weak_pointer (G_OBJECT (lockdown), &lockdown);
  if (speech != NULL)
    g_object_add_weak_pointer (G_OBJECT (speech), &speech);

  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  kiosk_navigator_show (navigator, "therapies/platelet-rich-plasma");
  kiosk_patient_prefs_set_language (prefs, "es");
  kiosk_visit_note_activity (visit);
  g_assert_true (kiosk_window_show_overlay (window, "staff-panel"));
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  kiosk_window_reset (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);

  g_assert_null (navigator);
  g_assert_null (visit);
  g_assert_null (lockdown);
  g_assert_null (speech);
  g_assert_finalize_object (prefs);
  g_assert_finalize_object (monitor);
}

int
main (int argc, char *argv[])
{
  const struct { const char *path; GType (*get_type) (void); } plain[] = {
    { "/widgets/finalize/clamp", kiosk_clamp_get_type },
    { "/widgets/finalize/qr-code", kiosk_qr_code_get_type },
    { "/widgets/finalize/markdown-view", kiosk_markdown_view_get_type },
    { "/widgets/finalize/term-popover", kiosk_term_popover_get_type },
    { "/widgets/finalize/link-popover", kiosk_link_popover_get_type },
    { "/widgets/finalize/display-popover", kiosk_display_popover_get_type },
    { "/layers/finalize/attract-screen", kiosk_attract_screen_get_type },
    { "/layers/finalize/idle-warning", kiosk_idle_warning_get_type },
    { "/layers/finalize/pin-pad", kiosk_pin_pad_get_type },
    { "/layers/finalize/staff-panel", kiosk_staff_panel_get_type },
  };
  int status;

  gtk_test_init (&argc, &argv, NULL);
  content = kiosk_content_load (CONTENT_DIR);
  g_assert_true (kiosk_content_is_usable (content));

  for (guint i = 0; i < G_N_ELEMENTS (plain); i++)
    g_test_add_data_func (plain[i].path, GSIZE_TO_POINTER (plain[i].get_type ()),
                          test_plain_widget);
  g_test_add_func ("/widgets/finalize/tile", test_tile);
  g_test_add_func ("/screens/finalize/home", test_home_screen);
  g_test_add_func ("/screens/finalize/booking", test_booking_screen);
  g_test_add_func ("/screens/finalize/glossary", test_glossary_screen);
  g_test_add_func ("/screens/finalize/section", test_section_screen);
  g_test_add_func ("/screens/finalize/page", test_page_screen);
  g_test_add_func ("/screens/finalize/factory", test_screen_factory);
  g_test_add_func ("/window/finalize/window", test_window);

  status = g_test_run ();
  g_object_unref (content);
  return status;
}
