/* test-emergency.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "kiosk-navigator-private.h"
#include "kiosk-window-private.h"
#include "gui-util.h"
#include "test-util.h"

/* A page about a treatment ends with what to do about feeling unwell
 * after one: the clinic's phone and the emergency number from kiosk.ini,
 * in the patient's language, below the page's text. Other pages end
 * without it unless they ask for it. A clinic with another emergency
 * number, no phone or a number no phone can dial gets the right words. */

typedef struct
{
  const char *lang;
  const char *id;
  const char *words[4];   /* on the card, NULL-terminated */
} Card;

static KioskWindow *
open_page (KioskContent *content,
           const char   *lang,
           const char   *id,
           int           width,
           int           height)
{
  KioskWindow *window = open_window_with (content, lang, width, height);

  kiosk_navigator_show (kiosk_window_get_navigator (window), id);
  settle (GTK_WIDGET (window));
  return window;
}

/* The card's text as shown, or NULL when the page has no card. */
static char *
card_text (KioskWindow *window)
{
  GtkWidget *screen = kiosk_window_get_screen (window);
  GtkWidget *card = find_by_class (screen, "emergency-card");
  GtkWidget *text = find_by_class (card, "emergency-text");
  GtkWidget *body = gtk_widget_get_prev_sibling (card);
  graphene_rect_t card_box, body_box;

  if (!gtk_widget_get_visible (card))
    return NULL;
  g_assert_true (gtk_widget_get_mapped (card));
  /* At the end of the page, after everything the page itself says. */
  g_assert_true (gtk_widget_compute_bounds (card, screen, &card_box));
  g_assert_true (gtk_widget_compute_bounds (body, screen, &body_box));
  g_assert_cmpfloat (card_box.origin.y, >=, body_box.origin.y + body_box.size.height);
  g_assert_cmpfloat (card_box.size.height, >, 0);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (text)), !=, "");
  return all_text (card);
}

static void
assert_card (KioskContent *content,
             const Card   *c,
             const char   *shot)
{
  KioskWindow *window = open_page (content, c->lang, c->id, 1920, 1080);
  g_autofree char *text = card_text (window);

  g_test_message ("%s %s: %s", c->lang, c->id, text ? text : "(no card)");
  g_assert_nonnull (text);
  for (guint i = 0; c->words[i] != NULL; i++)
    if (strstr (text, c->words[i]) == NULL)
      g_error ("%s %s: the card says “%s”, without “%s”", c->lang, c->id, text, c->words[i]);
  if (shot != NULL)
    save_screen (shot);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
assert_no_card (KioskContent *content,
                const char   *lang,
                const char   *id)
{
  KioskWindow *window = open_page (content, lang, id, 1920, 1080);
  g_autofree char *text = card_text (window);

  g_assert_null (text);
  gtk_window_destroy (GTK_WINDOW (window));
}

static KioskContent *bundled;

/* The bundled therapy and condition pages, in English and Spanish, with
 * the bundled kiosk.ini's phone and the default 911. */
static void
test_bundled (void)
{
  static const Card cards[] = {
    { "en", "therapies/platelet-rich-plasma",
      { "Feeling unwell after a treatment?", "+1 555 0100", "call 911" } },
    { "en", "conditions/osteoarthritis", { "+1 555 0100", "emergency room", NULL } },
    { "en", "what-to-expect", { "+1 555 0100", "call 911", NULL } },
    { "es", "therapies/peptides", { "+1 555 0100", "911", NULL } },
    { "es", "before-you-decide", { "+1 555 0100", "911", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    assert_card (bundled, &cards[i], i == 0 ? "emergency-prp-en" : NULL);

  /* The Spanish card speaks Spanish. */
  {
    KioskWindow *window = open_page (bundled, "es", "therapies/peptides", 1920, 1080);
    g_autofree char *text = card_text (window);

    g_assert_null (strstr (text, "Feeling unwell"));
    g_assert_null (strstr (text, "emergency room"));
    gtk_window_destroy (GTK_WINDOW (window));
  }

  assert_no_card (bundled, "en", "your-visit");
  assert_no_card (bundled, "es", "what-is-regenerative-medicine");
}

/* An Arabic patient at the Montréal clinic: the card is in Arabic, right
 * to left, with the plain phone (the clinic writes none for Arabic). */
static void
test_right_to_left (void)
{
  g_autofree char *dir = g_build_filename (TEST_SRCDIR, "clinics", "montreal", NULL);
  g_autoptr(KioskContent) montreal = kiosk_content_load (dir);
  static const Card arabic = { "ar", "care/physiotherapy", { "+1 514 555 0100", "911", NULL } };
  static const Card french = { "fr", "care/physiotherapy", { "+1 514 555 0101", "911", NULL } };
  KioskWindow *window;
  g_autofree char *text = NULL;

  assert_card (montreal, &arabic, "emergency-montreal-ar");
  assert_card (montreal, &french, NULL);

  window = open_page (montreal, "ar", "care/physiotherapy", 1280, 800);
  text = card_text (window);
  g_assert_null (strstr (text, "emergency"));
  g_assert_cmpint (gtk_widget_get_direction (find_by_class (kiosk_window_get_screen (window),
                                                            "emergency-text")),
                   ==, GTK_TEXT_DIR_RTL);
  gtk_window_destroy (GTK_WINDOW (window));

  assert_no_card (montreal, "ar", "knee-pain");
}

static KioskContent *
riverside_with (const char *dir,
                const char *clinic)
{
  g_autofree char *src = g_build_filename (TEST_SRCDIR, "clinics", "riverside", NULL);
  g_autofree char *ini = g_strdup_printf ("[clinic]\nname=Riverside Family Practice\n"
                                          "booking-url=https://riverside.example/book\n"
                                          "%s\n[kiosk]\nlanguages=en\n", clinic);

  copy_tree (src, dir);
  write_text (dir, "kiosk.ini", ini);
  write_text (dir, "en/20-services/70-physio.md",
              "<!--\nevidence = some-evidence\nemergency-card = no\n-->\n"
              "# Physiotherapy\n\nExercises for your back and knees, with a physiotherapist.\n");
  return kiosk_content_load (dir);
}

/* A family practice in the UK: 999, and no phone written. A page that
 * asks for the card (Minor injuries) has it; one that turns it off does
 * not, though it has an evidence label. */
static void
test_other_clinic (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kiosk-emergency-XXXXXX", NULL);
  g_autoptr(KioskContent) clinic = riverside_with (dir, "emergency-number=999");
  static const Card injuries = { "en", "services/minor-injuries", { "call 999", NULL } };
  KioskWindow *window;
  g_autofree char *text = NULL;

  g_assert_cmpuint (kiosk_diagnostics_count_errors (kiosk_content_get_diagnostics (clinic)), ==, 0);
  assert_card (clinic, &injuries, "emergency-riverside-999");
  window = open_page (clinic, "en", "services/minor-injuries", 1080, 1920);
  text = card_text (window);
  g_assert_null (strstr (text, "911"));
  g_assert_null (strstr (text, "Call us"));
  gtk_window_destroy (GTK_WINDOW (window));

  assert_no_card (clinic, "en", "services/physio");
  assert_no_card (clinic, "en", "services/vaccines");
  remove_tree (dir);
}

/* A number no phone can dial is reported with its line, and the card
 * names no number rather than a wrong one. */
static void
test_bad_number (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kiosk-emergency-XXXXXX", NULL);
  g_autoptr(KioskContent) clinic = riverside_with (dir, "phone=01632 960 000\n"
                                                   "emergency-number=call the nurse");
  KioskDiagnostics *diagnostics = kiosk_content_get_diagnostics (clinic);
  static const Card injuries = {
    "en", "services/minor-injuries",
    { "Call us at 01632 960 000.", "call for an ambulance", NULL },
  };
  gboolean reported = FALSE;

  for (guint i = 0; i < kiosk_diagnostics_get_count (diagnostics); i++)
    {
      const KioskDiagnostic *d = kiosk_diagnostics_get (diagnostics, i);

      if (d->severity == KIOSK_SEVERITY_ERROR && g_str_equal (d->file, "kiosk.ini") &&
          d->line == 5 && strstr (d->message, "emergency-number") != NULL)
        reported = TRUE;
    }
  g_assert_true (reported);
  assert_card (clinic, &injuries, NULL);
  remove_tree (dir);
}

/* With KIOSK_TEST_SHOTS=DIR: every page with the card, in English and
 * Spanish, at 1920×1080 and 1080×1920, scrolled to its end, drawn as GTK
 * draws it into DIR/emergency-LANG-WxH-ID.png, for people to read. */
static void
test_shots (void)
{
  static const char *langs[] = { "en", "es" };
  static const int sizes[][2] = { { 1920, 1080 }, { 1080, 1920 } };
  const char *dir = g_getenv ("KIOSK_TEST_SHOTS");

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
      {
        const KioskCatalog *catalog = kiosk_content_get_catalog (bundled, langs[l]);

        for (guint i = 0; i < catalog->entries->len; i++)
          {
            const KioskEntry *entry = g_ptr_array_index (catalog->entries, i);
            KioskWindow *window;
            GtkWidget *scrolled;
            GtkAdjustment *adjustment;
            g_autofree char *id = NULL;
            g_autofree char *file = NULL;
            g_autoptr(GdkPaintable) paintable = NULL;
            g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
            g_autoptr(GskRenderNode) node = NULL;
            g_autoptr(GdkTexture) texture = NULL;

            if (!kiosk_entry_shows_emergency_card (entry))
              continue;
            window = open_page (bundled, langs[l], entry->id, sizes[z][0], sizes[z][1]);
            scrolled = find_widget (kiosk_window_get_screen (window), GTK_TYPE_SCROLLED_WINDOW);
            adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
            gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
            settle (GTK_WIDGET (window));
            paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
            gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), sizes[z][0], sizes[z][1]);
            node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
            texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)),
                                                   node, &GRAPHENE_RECT_INIT (0, 0, sizes[z][0],
                                                                              sizes[z][1]));
            id = g_strdelimit (g_strdup (entry->id), "/", '-');
            file = g_strdup_printf ("%s/emergency-%s-%dx%d-%s.png", dir, langs[l], sizes[z][0],
                                    sizes[z][1], id);
            g_assert_true (gdk_texture_save_to_png (texture, file));
            gtk_window_destroy (GTK_WINDOW (window));
          }
      }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KioskContent) content = gui_test_init (&argc, &argv);

  bundled = content;
  g_test_add_func ("/emergency/bundled", test_bundled);
  g_test_add_func ("/emergency/right-to-left", test_right_to_left);
  g_test_add_func ("/emergency/other-clinic", test_other_clinic);
  g_test_add_func ("/emergency/bad-number", test_bad_number);
  if (g_getenv ("KIOSK_TEST_SHOTS") != NULL)
    g_test_add_func ("/emergency/shots", test_shots);

  return g_test_run ();
}
