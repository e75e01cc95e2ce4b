/* test-words.c
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

/* Glossary words and links in the text: each opens a popover with its
 * meaning or where it leads, also from the buttons under "Words on this
 * page", and the glossary screen opens at the word. */

static KioskContent *content;

static const KioskTerm *
find_term (const char *lang,
           const char *name)
{
  const KioskCatalog *catalog = kiosk_content_get_catalog (content, lang);

  for (guint i = 0; i < catalog->terms->len; i++)
    {
      const KioskTerm *term = g_ptr_array_index (catalog->terms, i);

      if (g_str_equal (term->term, name))
        return term;
    }
  return NULL;
}

/* A glossary word opens its meaning from its "Words on this page" button
 * and from a click on the word in the text; Home closes it. */
static KioskWindow *
open_plain_window (KioskContent *with)
{
  KioskWindow *window = gui_window_new (with, "en");

  kiosk_window_set_animations (window, FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_for (is_mapped, window);
  settle (GTK_WIDGET (window));
  return window;
}

static void
test_term_popover (void)
{
  KioskWindow *window = open_plain_window (content);
  const KioskTerm *prp = find_term ("en", "Platelet-rich plasma");
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *button = NULL, *popover;
  g_autofree char *text = NULL;
  GtkLabel *word_label = NULL;
  const char *href = NULL;

  g_assert_nonnull (prp);
  kiosk_navigator_show (kiosk_window_get_navigator (window), "therapies/platelet-rich-plasma");
  settle (GTK_WIDGET (window));

  /* By its button. */
  collect (kiosk_window_get_screen (window), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *b = g_ptr_array_index (buttons, i);

      if (gtk_widget_has_css_class (b, "term-button") &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (b)), prp->term) == 0)
        button = b;
    }
  g_assert_nonnull (button);
  g_assert_cmpint (gtk_widget_get_height (button), >=, 48);
  gtk_widget_activate (button);
  popover = wait_for_popover (kiosk_window_get_screen (window), KIOSK_TYPE_TERM_POPOVER);
  g_assert_nonnull (popover);
  text = all_text (popover);
  g_assert_nonnull (strstr (text, prp->term));
  g_assert_nonnull (strstr (text, prp->definition));
  g_object_ref (popover);
  gtk_popover_popdown (GTK_POPOVER (popover));
  settle (GTK_WIDGET (window));
  g_assert_false (gtk_widget_get_visible (popover));

  /* By a click on the word "PRP" in the first paragraph. */
  collect (kiosk_window_get_screen (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len && word_label == NULL; i++)
    {
      const char *markup = gtk_label_get_label (g_ptr_array_index (labels, i));

      if ((href = strstr (markup, "class=\"term\">PRP</a>")) != NULL)
        word_label = g_ptr_array_index (labels, i);
    }
  g_assert_nonnull (word_label);
  {
    const char *markup = gtk_label_get_label (word_label);
    const char *start = g_strrstr_len (markup, href - markup, "href=\"t:");
    const char *colon = strchr (start + strlen ("href=\"t:"), ':');
    guint64 offset = g_ascii_strtoull (colon + 1, NULL, 10);
    PangoRectangle pos;
    int lx, ly;

    pango_layout_index_to_pos (gtk_label_get_layout (word_label), offset, &pos);
    gtk_label_get_layout_offsets (word_label, &lx, &ly);
    click_at (GTK_WIDGET (word_label),
              lx + pango_units_to_double (pos.x) + 8,
              ly + pango_units_to_double (pos.y + pos.height / 2));
  }
  popover = wait_for_popover (kiosk_window_get_screen (window), KIOSK_TYPE_TERM_POPOVER);
  g_assert_nonnull (popover);
  g_free (text);
  text = all_text (popover);
  g_assert_nonnull (strstr (text, prp->definition));

  save_screen ("term-popover");

  /* Home closes it (the same popover, reused: still referenced above). */
  kiosk_navigator_home (kiosk_window_get_navigator (window));
  settle (GTK_WIDGET (window));
  g_assert_false (gtk_widget_get_visible (popover));
  g_assert_false (gtk_widget_get_mapped (popover));
  g_object_unref (popover);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Web links also get big buttons under "Links on this page" (a screen
 * reader cannot reach a link inside a label); one opens the same popover. */
static void
test_link_buttons (void)
{
  KioskWindow *window = open_window (1920, 1080);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *fda = NULL, *popover;
  g_autofree char *screen = NULL;
  g_autofree char *text = NULL;
  guint links = 0;

  kiosk_navigator_show (kiosk_window_get_navigator (window), "before-you-decide");
  settle (GTK_WIDGET (window));
  screen = screen_text (window);
  g_assert_nonnull (strstr (screen, "Links on this page"));
  collect (kiosk_window_get_screen (window), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (g_object_get_data (G_OBJECT (button), "kiosk-link") == NULL)
        continue;
      links++;
      if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)),
                     "Information for patients about regenerative medicine") == 0)
        fda = button;
    }
  g_assert_cmpuint (links, ==, 2);
  g_assert_nonnull (fda);
  g_assert_cmpint (gtk_widget_get_height (fda), >=, 48);

  gtk_widget_activate (fda);
  popover = wait_for_popover (kiosk_window_get_screen (window), KIOSK_TYPE_LINK_POPOVER);
  text = all_text (popover);
  g_assert_nonnull (strstr (text, "https://www.fda.gov/"));
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, "before-you-decide");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A web link shows a QR code of exactly its address; a phone link shows
 * the number in large text; neither opens anything. */
static void
test_link_popovers (void)
{
  static const char url[] = "https://Example.org/Patients/Info?Topic=PRP&Lang=en";
  g_autofree char *dir = g_dir_make_tmp ("kiosk-links-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "qr.png", NULL);
  g_autoptr(KioskContent) links = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autofree char *page = g_strdup_printf ("# Links\n\nRead [the patient guide](%s) or "
                                           "[call us](tel:+15550100).\n", url);
  KioskWindow *window;
  GtkWidget *popover, *qr;
  GtkLabel *label;
  gboolean handled = FALSE;
  g_autofree char *text = NULL;
  g_autofree char *decoded = NULL;

  write_text (dir, "kiosk.ini", "[clinic]\nname=Test\nbooking-url=https://example.org/b\n"
                                "phone=+1 555 0100\n[kiosk]\nlanguages=en\n");
  write_text (dir, "en/home.md", "# Welcome\n\nHello.\n");
  write_text (dir, "en/glossary.md", "# Glossary\n\n## Plasma\n\nThe liquid part of blood.\n");
  write_text (dir, "en/10-links.md", page);
  links = kiosk_content_load (dir);

  window = open_plain_window (links);
  kiosk_navigator_show (kiosk_window_get_navigator (window), "links");
  settle (GTK_WIDGET (window));

  collect (kiosk_window_get_screen (window), GTK_TYPE_LABEL, labels);
  label = NULL;
  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_label (g_ptr_array_index (labels, i)), "<a href=\"0\"") != NULL)
      label = g_ptr_array_index (labels, i);
  g_assert_nonnull (label);

  g_signal_emit_by_name (label, "activate-link", "0", &handled);
  g_assert_true (handled);
  popover = wait_for_popover (kiosk_window_get_screen (window), KIOSK_TYPE_LINK_POPOVER);
  g_assert_nonnull (popover);
  g_assert_cmpstr (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)), ==, "links");
  text = all_text (popover);
  g_assert_nonnull (strstr (text, url));
  g_assert_nonnull (strstr (text, "Scan to open on your phone"));

  /* Decode the code as drawn. */
  qr = kiosk_link_popover_get_qr (KIOSK_LINK_POPOVER (popover));
  g_assert_true (gtk_widget_get_mapped (qr));
  {
    g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (qr);
    GtkSnapshot *snapshot = gtk_snapshot_new ();
    int w = gtk_widget_get_width (qr), h = gtk_widget_get_height (qr);
    g_autoptr(GskRenderNode) node = NULL;
    g_autoptr(GdkTexture) texture = NULL;

    gdk_paintable_snapshot (paintable, snapshot, w, h);
    node = gtk_snapshot_free_to_node (snapshot);
    g_assert_nonnull (node);
    texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (popover)),
                                           node, &GRAPHENE_RECT_INIT (0, 0, w, h));
    g_assert_true (gdk_texture_save_to_png (texture, png));
  }
  decoded = decode_png (png);
  g_assert_cmpstr (decoded, ==, url);

  save_screen ("link-popover");

  /* The phone link: the number, large; no code. */
  gtk_popover_popdown (GTK_POPOVER (popover));
  settle (GTK_WIDGET (window));
  g_signal_emit_by_name (label, "activate-link", "1", &handled);
  popover = wait_for_popover (kiosk_window_get_screen (window), KIOSK_TYPE_LINK_POPOVER);
  g_assert_nonnull (popover);
  g_free (text);
  text = all_text (popover);
  g_assert_nonnull (strstr (text, "+15550100"));
  g_assert_false (gtk_widget_get_visible (kiosk_link_popover_get_qr (KIOSK_LINK_POPOVER (popover))));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (png);
  {
    const char *files[] = { "kiosk.ini", "en/home.md", "en/glossary.md", "en/10-links.md" };

    for (guint i = 0; i < G_N_ELEMENTS (files); i++)
      {
        g_autofree char *path = g_build_filename (dir, files[i], NULL);
        g_unlink (path);
      }
    {
      g_autofree char *en = g_build_filename (dir, "en", NULL);
      g_rmdir (en);
    }
    g_rmdir (dir);
  }
}

/* The glossary screen lists every term A to Z; a row opens its meaning. */
static void
test_glossary_screen (void)
{
  KioskWindow *window = open_window (1280, 800);
  const KioskCatalog *catalog = kiosk_content_get_catalog (content, "en");
  const KioskTerm *term = find_term ("en", "Platelet");
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *row_button = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint rows = 0;

  kiosk_navigator_show (kiosk_window_get_navigator (window), "glossary");
  settle (GTK_WIDGET (window));
  g_assert_true (KIOSK_IS_GLOSSARY_SCREEN (kiosk_window_get_screen (window)));
  collect (kiosk_window_get_screen (window), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *b = g_ptr_array_index (buttons, i);

      if (!gtk_widget_has_css_class (b, "glossary-button"))
        continue;
      rows++;
      g_assert_cmpint (gtk_widget_get_height (b), >=, 64);
      {
        g_autofree char *label = button_text (b);
        const char *rest = g_str_has_prefix (label, term->term) ? label + strlen (term->term) : NULL;

        if (rest != NULL && (*rest == '\0' || g_str_has_prefix (rest, "Also:")))
          row_button = b;
      }
    }
  g_assert_cmpuint (rows, ==, catalog->terms->len);
  g_assert_nonnull (row_button);

  before = screen_text (window);
  g_assert_null (strstr (before, term->definition));
  gtk_widget_activate (row_button);
  /* A button's activation includes its short pressed-down animation. */
  for (gint64 end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
       g_get_monotonic_time () < end && !gtk_widget_has_css_class (gtk_widget_get_parent (row_button), "open");)
    g_main_context_iteration (NULL, FALSE);
  settle (GTK_WIDGET (window));
  after = screen_text (window);
  g_assert_nonnull (strstr (after, term->definition));
  gtk_window_destroy (GTK_WINDOW (window));
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

  g_test_add_func ("/kiosk/window/term-popover", test_term_popover);
  g_test_add_func ("/kiosk/window/link-popovers", test_link_popovers);
  g_test_add_func ("/kiosk/window/link-buttons", test_link_buttons);
  g_test_add_func ("/kiosk/window/glossary-screen", test_glossary_screen);

  return g_test_run ();
}
