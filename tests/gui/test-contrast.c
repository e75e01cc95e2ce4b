/* test-contrast.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "kiosk-colour.h"
#include "kiosk-theme.h"
#include "test-util.h"
#include "gui-util.h"
#include "kiosk-window-private.h"

/* What GTK draws, measured: on every screen, layer and popover, each
 * label and each symbolic icon shown, in the colour GTK computed for it,
 * against the background pixels GTK rendered under it. Buttons are also
 * measured hovered and pressed, forced with state flags. Text and icons
 * need 4.5:1, and 7:1 in high contrast (WCAG 2.x 1.4.3, 1.4.6). A clinic
 * with a pale brand must fail, and the failures name the widgets. */

#define WIDTH  1280
#define HEIGHT 800

static KioskContent *content;

typedef struct
{
  const char *where;
  guint       text_size;
  gboolean    high_contrast;
  double      minimum;
  guint       measured;
  GString    *failures;
  double      worst;
} Report;

static KioskColour
pixel_at (const Rendering *picture,
          int            x,
          int            y)
{
  const guchar *p = picture->pixels + y * picture->stride + x * 4;
  double alpha = p[3] / 255.0;
  KioskColour colour = { 1, 1, 1, 1 };

  if (alpha > 0)
    {
      colour.red = p[2] / 255.0 / alpha;
      colour.green = p[1] / 255.0 / alpha;
      colour.blue = p[0] / 255.0 / alpha;
    }
  return colour;
}

static double
distance (const KioskColour *a,
          const KioskColour *b)
{
  return fabs (a->red - b->red) + fabs (a->green - b->green) + fabs (a->blue - b->blue);
}

/* The background under @area: the commonest pixel colour there that is
 * not the foreground itself (a filled icon may cover most of its box). */
static gboolean
background_of (const Rendering         *picture,
               const graphene_rect_t *area,
               const KioskColour     *foreground,
               KioskColour           *background)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  int x0 = MAX (0, (int) ceil (area->origin.x));
  int y0 = MAX (0, (int) ceil (area->origin.y));
  int x1 = MIN (picture->width, (int) floor (area->origin.x + area->size.width));
  int y1 = MIN (picture->height, (int) floor (area->origin.y + area->size.height));
  guint best = 0;
  guint32 best_key = 0;
  GHashTableIter iter;
  gpointer key, value;

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        KioskColour colour = pixel_at (picture, x, y);
        const guchar *p = picture->pixels + y * picture->stride + x * 4;
        guint32 packed = (guint32) p[0] | (guint32) p[1] << 8 | (guint32) p[2] << 16 | 1u << 24;

        if (distance (&colour, foreground) < 0.06)
          continue;
        g_hash_table_insert (counts, GUINT_TO_POINTER (packed),
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts,
                                                                  GUINT_TO_POINTER (packed))) + 1));
      }

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) > best)
      {
        best = GPOINTER_TO_UINT (value);
        best_key = GPOINTER_TO_UINT (key);
      }
  if (best == 0)
    return FALSE;
  background->blue = (best_key & 0xff) / 255.0;
  background->green = ((best_key >> 8) & 0xff) / 255.0;
  background->red = ((best_key >> 16) & 0xff) / 255.0;
  background->alpha = 1;
  return TRUE;
}

/* A shorter settle(): enough for a new screen or a state change to be
 * laid out and drawn (the walk counts what it measured, so a screen not
 * drawn yet would show). */
static void
redraw (GtkWidget *root)
{
  gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 20;

  gtk_widget_queue_draw (root);
  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

static gboolean
is_shown (GtkWidget *widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (!gtk_widget_get_visible (w) || !gtk_widget_get_child_visible (w) ||
        gtk_widget_get_opacity (w) <= 0)
      return FALSE;
  return gtk_widget_get_mapped (widget);
}

/* The part of @widget inside every ancestor: text scrolled out of view
 * or cut off is not measured. */
static gboolean
visible_area (GtkWidget       *widget,
              GtkWidget       *root,
              graphene_rect_t *area)
{
  if (!gtk_widget_compute_bounds (widget, root, area))
    return FALSE;
  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL && w != root;
       w = gtk_widget_get_parent (w))
    {
      graphene_rect_t bounds;

      if (!gtk_widget_compute_bounds (w, root, &bounds) ||
          !graphene_rect_intersection (area, &bounds, area))
        return FALSE;
    }
  return area->size.width >= 4 && area->size.height >= 4;
}

static double
opacity_of (GtkWidget *widget,
            GtkWidget *root)
{
  double opacity = 1;

  for (GtkWidget *w = widget; w != NULL && w != root; w = gtk_widget_get_parent (w))
    opacity *= gtk_widget_get_opacity (w);
  return opacity;
}

static gboolean
is_measured (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));

      for (const char *p = text; p != NULL && *p != '\0'; p++)
        if (!g_ascii_isspace (*p))
          return TRUE;
      return FALSE;
    }
  if (GTK_IS_IMAGE (widget))
    {
      const char *icon = gtk_image_get_icon_name (GTK_IMAGE (widget));

      return icon != NULL && g_str_has_suffix (icon, "-symbolic");
    }
  return FALSE;
}

static char *
describe (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (widget));

      /* Page text starts with an invisible direction mark (U+200E or U+200F). */
      if (g_str_has_prefix (text, "\xe2\x80\x8e") || g_str_has_prefix (text, "\xe2\x80\x8f"))
        text += 3;
      return g_strdup_printf ("label “%.40s”", text);
    }
  return g_strdup_printf ("icon %s", gtk_image_get_icon_name (GTK_IMAGE (widget)));
}

static void
measure_widget (GtkWidget     *widget,
                GtkWidget     *root,
                const Rendering *picture,
                const char    *state,
                Report        *report)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *style = gtk_widget_get_style_context (widget);
  G_GNUC_END_IGNORE_DEPRECATIONS
  graphene_rect_t area;
  GdkRGBA rgba;
  KioskColour foreground, background, drawn;
  double ratio;

  if (!visible_area (widget, root, &area))
    return;
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (style, &rgba);
  G_GNUC_END_IGNORE_DEPRECATIONS
  foreground = (KioskColour) { rgba.red, rgba.green, rgba.blue,
                               rgba.alpha * opacity_of (widget, root) };
  if (!background_of (picture, &area, &foreground, &background))
    return;
  drawn = kiosk_colour_composite (&foreground, &background);
  ratio = kiosk_colour_contrast (&drawn, &background);
  report->measured++;
  report->worst = MIN (report->worst, ratio);
  if (ratio < report->minimum)
    {
      g_autofree char *name = describe (widget);
      g_autofree char *fg = kiosk_colour_format (&drawn);
      g_autofree char *bg = kiosk_colour_format (&background);

      g_string_append_printf (report->failures, "%s%s: %s: %.2f:1 (%s on %s)\n",
                              report->where, state, name, ratio, fg, bg);
    }
}

static void
collect_measured (GtkWidget *widget,
                  gboolean   in_button,
                  gboolean   buttons_only,
                  GPtrArray *out)
{
  if (!gtk_widget_get_visible (widget))
    return;
  in_button = in_button || GTK_IS_BUTTON (widget);
  if (is_measured (widget) && (!buttons_only || in_button) && is_shown (widget))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_NATIVE (child))
      collect_measured (child, in_button, buttons_only, out);
}

static void
collect_buttons (GtkWidget *widget,
                 GPtrArray *out)
{
  if (GTK_IS_BUTTON (widget) && is_shown (widget) && gtk_widget_is_sensitive (widget))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_NATIVE (child))
      collect_buttons (child, out);
}

/* Measures what is under @walk as drawn in @root: as it is, then (when
 * @states) with every button hovered, then pressed. */
static void
measure_surface (GtkWidget  *root,
                 GtkWidget  *walk,
                 gboolean    states,
                 Report     *report)
{
  static const struct { GtkStateFlags flags; const char *name; } forced[] = {
    { 0, "" },
    { GTK_STATE_FLAG_PRELIGHT, " (hovered)" },
    { GTK_STATE_FLAG_PRELIGHT | GTK_STATE_FLAG_ACTIVE, " (pressed)" },
  };
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_buttons (walk, buttons);
  for (guint s = 0; s < (states ? G_N_ELEMENTS (forced) : 1); s++)
    {
      g_autoptr(GPtrArray) widgets = g_ptr_array_new ();
      Rendering picture = { 0 };

      for (guint i = 0; i < buttons->len; i++)
        {
          gtk_widget_unset_state_flags (g_ptr_array_index (buttons, i),
                                        GTK_STATE_FLAG_PRELIGHT | GTK_STATE_FLAG_ACTIVE);
          gtk_widget_set_state_flags (g_ptr_array_index (buttons, i), forced[s].flags, FALSE);
        }
      redraw (root);
      render_widget (root, &picture);
      collect_measured (walk, FALSE, s > 0, widgets);
      for (guint i = 0; i < widgets->len; i++)
        measure_widget (g_ptr_array_index (widgets, i), root, &picture, forced[s].name, report);
      rendering_clear (&picture);
    }
  for (guint i = 0; i < buttons->len; i++)
    gtk_widget_unset_state_flags (g_ptr_array_index (buttons, i),
                                  GTK_STATE_FLAG_PRELIGHT | GTK_STATE_FLAG_ACTIVE);
}

static void
measure_screen (KioskWindow *window,
                const char  *id,
                gboolean     states,
                Report      *report)
{
  g_autofree char *where = g_strdup_printf ("%s ", id);

  kiosk_navigator_show (kiosk_window_get_navigator (window), id);
  redraw (GTK_WIDGET (window));
  report->where = where;
  measure_surface (GTK_WIDGET (window), GTK_WIDGET (window), states, report);
}

static void
measure_layer (KioskWindow *window,
               const char  *name,
               GType        type,
               gboolean     states,
               Report      *report)
{
  g_autofree char *where = g_strdup_printf ("%s ", name);
  GtkWidget *layer;

  g_assert_true (kiosk_window_show_overlay (window, name));
  layer = find_widget (GTK_WIDGET (window), type);
  redraw (GTK_WIDGET (window));
  report->where = where;
  measure_surface (GTK_WIDGET (window), layer, states, report);
  /* The reset brings back normal text and contrast: set them again. */
  kiosk_window_reset (window);
  gtk_widget_set_visible (find_widget (GTK_WIDGET (window), KIOSK_TYPE_ATTRACT_SCREEN), FALSE);
  kiosk_patient_prefs_set_text_size (kiosk_window_get_prefs (window), report->text_size);
  kiosk_patient_prefs_set_high_contrast (kiosk_window_get_prefs (window), report->high_contrast);
  settle (GTK_WIDGET (window));
}

static void
measure_popovers (KioskWindow *window,
                  gboolean     states,
                  Report      *report)
{
  GtkWidget *popover;
  GtkWidget *display_button;

  kiosk_navigator_show (kiosk_window_get_navigator (window), "therapies/platelet-rich-plasma");
  settle (GTK_WIDGET (window));
  popover = open_term_popover (window);
  report->where = "term popover ";
  measure_surface (popover, popover, states, report);
  gtk_popover_popdown (GTK_POPOVER (popover));

  display_button = find_by_class (GTK_WIDGET (window), "display-button");
  gtk_menu_button_popup (GTK_MENU_BUTTON (display_button));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (display_button)));
  wait_for (is_mapped, popover);
  settle (popover);
  report->where = "display popover ";
  measure_surface (popover, popover, states, report);
  gtk_popover_popdown (GTK_POPOVER (popover));
  settle (GTK_WIDGET (window));
}

/* Every screen, layer and popover at one text size and contrast. */
static Report
measure_all (KioskContent *with,
             guint         text_size,
             gboolean      high_contrast,
             gboolean      states)
{
  static const char *screens[] = {
    "home", "therapies", "therapies/platelet-rich-plasma", "conditions", "glossary", "booking",
  };
  KioskWindow *window = open_window_with (with, "en", WIDTH, HEIGHT);
  KioskPatientPrefs *prefs = kiosk_window_get_prefs (window);
  Report report = { NULL, text_size, high_contrast,
                    high_contrast ? KIOSK_THEME_MIN_CONTRAST_HIGH : KIOSK_THEME_MIN_CONTRAST,
                    0, g_string_new (NULL), 21 };

  follow_display_settings (window);
  kiosk_patient_prefs_set_text_size (prefs, text_size);
  kiosk_patient_prefs_set_high_contrast (prefs, high_contrast);
  settle (GTK_WIDGET (window));

  for (guint i = 0; i < G_N_ELEMENTS (screens); i++)
    measure_screen (window, screens[i], states, &report);
  measure_popovers (window, states, &report);
  measure_layer (window, "attract", KIOSK_TYPE_ATTRACT_SCREEN, states, &report);
  measure_layer (window, "idle-warning", KIOSK_TYPE_IDLE_WARNING, states, &report);
  measure_layer (window, "pin-pad", KIOSK_TYPE_PIN_PAD, states, &report);
  measure_layer (window, "staff-panel", KIOSK_TYPE_STAFF_PANEL, states, &report);

  /* Back to normal for the next window; the display follows the prefs. */
  kiosk_patient_prefs_reset (prefs);
  settle (GTK_WIDGET (window));
  gtk_window_destroy (GTK_WINDOW (window));
  g_test_message ("text %u %%%s: %u labels and icons, worst %.2f:1 (needs %.1f:1)", text_size,
                  high_contrast ? ", high contrast" : "", report.measured, report.worst,
                  report.minimum);
  return report;
}

static void
assert_all_pass (guint    text_size,
                 gboolean high_contrast,
                 gboolean states)
{
  Report report = measure_all (content, text_size, high_contrast, states);
  g_autofree char *failures = g_string_free (report.failures, FALSE);

  /* Something was measured on every surface: a walk that finds nothing
   * must not pass. */
  g_assert_cmpuint (report.measured, >, 100);
  if (*failures != '\0')
    g_test_message ("Under %.1f:1:\n%s", report.minimum, failures);
  g_assert_cmpstr (failures, ==, "");
}

static void
test_normal (void)
{
  assert_all_pass (100, FALSE, TRUE);
}

static void
test_large (void)
{
  assert_all_pass (150, FALSE, FALSE);
  assert_all_pass (200, FALSE, FALSE);
}

static void
test_high_contrast (void)
{
  assert_all_pass (100, TRUE, TRUE);
  assert_all_pass (200, TRUE, FALSE);
}

/* A clinic whose brand is too pale: the measurement must say so, and
 * name what cannot be read. */
static void
test_pale_brand (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kiosk-contrast-XXXXXX", NULL);
  g_autofree char *ini = g_build_filename (dir, "kiosk.ini", NULL);
  g_autofree char *text = NULL;
  g_autofree char *pale = NULL;
  g_autoptr(GRegex) theme = g_regex_new ("^(primary|accent|background)=.*$", G_REGEX_MULTILINE,
                                         0, NULL);
  g_autoptr(KioskContentMonitor) monitor = NULL;
  g_autofree char *failures = NULL;
  Report report;

  copy_tree (CONTENT_DIR, dir);
  g_assert_true (g_file_get_contents (ini, &text, NULL, NULL));
  pale = g_regex_replace_literal (theme, text, -1, 0, "", 0, NULL);
  pale = g_strconcat (pale, "\n[theme]\nprimary=#9fd3d8\naccent=#f2a541\nbackground=#e9f1f2\n",
                      NULL);
  g_assert_true (g_file_set_contents (ini, pale, -1, NULL));
  monitor = kiosk_content_monitor_new (dir);
  gui_test_restyle (monitor);

  report = measure_all (kiosk_content_monitor_get_content (monitor), 100, FALSE, FALSE);
  failures = g_string_free (report.failures, FALSE);
  gui_test_restyle (NULL);
  remove_tree (dir);

  g_test_message ("Under 4.5:1, as expected:\n%s", failures);
  g_assert_cmpuint (report.measured, >, 150);
  g_assert_cmpfloat (report.worst, <, 2.5);
  /* The header's title and the home screen's heading are named. */
  g_assert_nonnull (strstr (failures, "home : label “Your Clinic Name”"));
  g_assert_nonnull (strstr (failures, "home : label “Welcome”"));
  {
    g_auto(GStrv) lines = g_strsplit (failures, "\n", -1);

    g_assert_cmpuint (g_strv_length (lines), >, 40);
  }
}

int
main (int   argc,
      char *argv[])
{
  content = gui_test_init (&argc, &argv);
  if (content == NULL)
    return 77;

  g_test_add_func ("/kiosk/contrast/normal", test_normal);
  g_test_add_func ("/kiosk/contrast/large-text", test_large);
  g_test_add_func ("/kiosk/contrast/high-contrast", test_high_contrast);
  g_test_add_func ("/kiosk/contrast/pale-brand", test_pale_brand);

  return g_test_run ();
}
