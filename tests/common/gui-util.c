/* gui-util.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>

#include "kiosk-term-popover.h"
#include "gui-util.h"
#include "kiosk-utils.h"
#include "kiosk-style-manager.h"
#include "kiosk-i18n.h"
#include "kiosk-content-private.h"
#include "kiosk-window-private.h"

/* What the GUI tests share: waiting for the screen, finding widgets,
 * tapping, and real pointer clicks through xdotool. */

void
wait_for (gboolean (*done) (gpointer),
          gpointer   data)
{
  /* Generous: a machine busy with other work can be slow to map a
   * window; a real hang still fails. */
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_main_context_iteration (NULL, FALSE);
      if (g_get_monotonic_time () > end)
        g_error ("timed out waiting");
    }
  /* Let layout and drawing settle. */
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

gboolean
has_frames (gpointer data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (data);

  return clock != NULL && gdk_frame_clock_get_frame_counter (clock) > 3;
}

void
settle (GtkWidget *window)
{
  gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 5;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  wait_for (has_frames, window);
}

void
collect_all (GtkWidget *widget,
             GType      type,
             gboolean   hidden_too,
             GPtrArray *out)
{
  if (!hidden_too && !gtk_widget_get_visible (widget))
    return;
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_all (child, type, hidden_too, out);
}

/* What is shown: visible widgets only. */
void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *out)
{
  collect_all (widget, type, FALSE, out);
}

gboolean
page_changed (gpointer data)
{
  gpointer *pair = data;

  return g_strcmp0 (kiosk_navigator_get_page_id (kiosk_window_get_navigator (pair[0])), pair[1]) != 0;
}

/* Presses a button as a tap would (GtkButton's activation includes its
 * short pressed-down animation) and waits for the next screen. */
void
tap (KioskWindow *window,
     GtkWidget   *button)
{
  g_autofree char *before = g_strdup (kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)));
  gpointer pair[2] = { window, before };

  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  gtk_widget_activate (button);
  wait_for (page_changed, pair);
  settle (GTK_WIDGET (window));
}

gboolean
is_visible (gpointer data)
{
  return gtk_widget_get_visible (data) && gtk_widget_get_mapped (data);
}

/* Waits up to 10 s for a popover of @type under @root to be shown. */
GtkWidget *
wait_for_popover (GtkWidget *root,
                  GType      type)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < end)
    {
      g_autoptr(GPtrArray) found = g_ptr_array_new ();

      collect_all (root, type, TRUE, found);
      for (guint i = 0; i < found->len; i++)
        if (is_visible (g_ptr_array_index (found, i)))
          {
            for (guint j = 0; j < 20; j++)
              g_main_context_iteration (NULL, FALSE);
            return g_ptr_array_index (found, i);
          }
      g_main_context_iteration (NULL, FALSE);
    }
  return NULL;
}

char *
all_text (GtkWidget *root)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      g_string_append (text, gtk_label_get_text (g_ptr_array_index (labels, i)));
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

/* With KIOSK_TEST_SHOTS=DIR, keeps a picture of the whole X screen
 * (popovers included) as DIR/NAME.png, for people to look at. */
void
save_screen (const char *name)
{
  const char *dir = g_getenv ("KIOSK_TEST_SHOTS");
  g_autofree char *cmd = NULL;

  if (dir == NULL)
    return;
  cmd = g_strdup_printf ("import -window root %s/%s.png", dir, name);
  g_spawn_command_line_sync (cmd, NULL, NULL, NULL, NULL);
}

/* Clicks at a point of @widget with the real X pointer (xdotool), as a
 * finger or a mouse would. */
void
click_at (GtkWidget *widget,
          double     x,
          double     y)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = gtk_native_get_surface (native);
  Display *xdisplay = gdk_x11_display_get_xdisplay (gtk_widget_get_display (widget));
  Window child;
  double wx = 0, wy = 0, sx = 0, sy = 0;
  int rx = 0, ry = 0;
  g_autofree char *command = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (gtk_widget_translate_coordinates (widget, GTK_WIDGET (native), x, y, &wx, &wy));
  gtk_native_get_surface_transform (native, &sx, &sy);
  XTranslateCoordinates (xdisplay, gdk_x11_surface_get_xid (surface),
                         DefaultRootWindow (xdisplay), (int) (wx + sx), (int) (wy + sy),
                         &rx, &ry, &child);
  /* A move first: a press with no motion before it (the pointer already
   * there from an earlier click) can reach a surface GTK has no pointer
   * focus for yet. */
  command = g_strdup_printf ("xdotool mousemove --sync %d %d mousemove --sync %d %d click 1",
                             rx + 2, ry + 2, rx, ry);
  g_spawn_command_line_async (command, &error);
  g_assert_no_error (error);
}

void
write_text (const char *dir,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (parent, 0755);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

char *
decode_png (const char *png)
{
  g_autofree char *out = NULL;
  g_autofree char *command = g_strdup_printf ("zbarimg --quiet --raw %s", png);
  int status = 0;

  g_spawn_command_line_sync (command, &out, NULL, &status, NULL);
  return g_strdup (out != NULL ? g_strchomp (out) : "");
}

static KioskContentMonitor *bundled_monitor;
static KioskPatientPrefs *display_prefs;
static KioskStyleManager *display_style;

/**
 * gui_window_new_for_monitor:
 * @monitor: the content to show
 * @lang: (nullable): the language to start in
 *
 * Returns: (transfer none): a window not shown yet, with its own patient
 *   choices, as the application would make it
 */
KioskWindow *
gui_window_new_for_monitor (KioskContentMonitor *monitor,
                            const char          *lang)
{
  g_autoptr(KioskPatientPrefs) prefs = kiosk_patient_prefs_new ();

  kiosk_patient_prefs_set_language (prefs, lang);
  return kiosk_window_new (NULL, monitor, prefs);
}

/**
 * gui_window_new:
 * @with: the content to show: the bundled content, or one loaded from
 *   a test's own folder, which the window then watches
 * @lang: (nullable): the language to start in
 *
 * Returns: (transfer none): a window not shown yet
 */
KioskWindow *
gui_window_new (KioskContent *with,
                const char   *lang)
{
  g_autoptr(KioskContentMonitor) monitor = NULL;
  KioskWindow *window;

  if (bundled_monitor != NULL && with == kiosk_content_monitor_get_content (bundled_monitor))
    monitor = g_object_ref (bundled_monitor);
  else
    monitor = kiosk_content_monitor_new (kiosk_content_get_dir (with));
  window = gui_window_new_for_monitor (monitor, lang);
  return window;
}

KioskWindow *
open_window_with (KioskContent *with,
                  const char   *lang,
                  int           width,
                  int           height)
{
  KioskWindow *window = gui_window_new (with, lang);

  kiosk_window_set_animations (window, FALSE);
  gtk_window_set_decorated (GTK_WINDOW (window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  kiosk_utils_size_surface (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  wait_for (is_mapped, window);
  settle (GTK_WIDGET (window));
  return window;
}

/* A window on the bundled content, shown at @width × @height. */
KioskWindow *
open_window_in (const char *lang,
                int         width,
                int         height)
{
  return open_window_with (kiosk_content_monitor_get_content (bundled_monitor), lang, width,
                           height);
}

KioskWindow *
open_window (int width,
             int height)
{
  return open_window_in ("en", width, height);
}

/* All the text a patient can read on the current screen. */
char *
screen_text (KioskWindow *window)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  collect (kiosk_window_get_screen (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      g_string_append (text, gtk_label_get_text (g_ptr_array_index (labels, i)));
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

GtkWidget *
find_button_by_action (GtkWidget  *root,
                       const char *action)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_all (root, GTK_TYPE_BUTTON, TRUE, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), action) == 0)
        return button;
    }
  return NULL;
}

/* The text on a button, as the patient reads it. */
char *
button_text (GtkWidget *button)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  collect (button, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    g_string_append (text, gtk_label_get_text (g_ptr_array_index (labels, i)));
  return g_string_free (text, FALSE);
}

GtkWidget *
find_button_by_target (GtkWidget  *root,
                       const char *target)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      GVariant *value = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));

      if (value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING) &&
          g_str_equal (g_variant_get_string (value, NULL), target) &&
          gtk_widget_has_css_class (button, "footer-button"))
        return button;
    }
  return NULL;
}

/**
 * find_widget:
 * @root: where to look
 * @type: a widget type
 *
 * Returns: (transfer none): the first widget of @type under @root, shown
 *   or not; the test fails when there is none
 */
GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_all (root, type, TRUE, found);
  if (found->len == 0)
    g_error ("no %s under %s", g_type_name (type), G_OBJECT_TYPE_NAME (root));
  return g_ptr_array_index (found, 0);
}

/**
 * find_by_class:
 * @root: where to look
 * @css_class: a style class
 *
 * Returns: (transfer none): the first widget with @css_class under @root;
 *   the test fails when there is none
 */
GtkWidget *
find_by_class (GtkWidget  *root,
               const char *css_class)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();

  collect_all (root, GTK_TYPE_WIDGET, TRUE, all);
  for (guint i = 0; i < all->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (all, i), css_class))
      return g_ptr_array_index (all, i);
  g_error ("nothing with the class %s under %s", css_class, G_OBJECT_TYPE_NAME (root));
}

/**
 * gui_test_init:
 *
 * Starts a GUI test: GLib's test framework, the kiosk's translations,
 * GTK on the display, and the bundled content with its theme and icons.
 *
 * Returns: (transfer full) (nullable): the bundled content, or %NULL
 *   without a display
 */
/**
 * open_term_popover:
 * @window: a window showing a page with glossary words
 *
 * Taps the page's first "Words on this page" button and waits for the
 * word's popover.
 *
 * Returns: (transfer none): the popover, shown and laid out
 */
GtkWidget *
open_term_popover (KioskWindow *window)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *popover;

  collect (kiosk_window_get_screen (window), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (gtk_widget_has_css_class (button, "term-button") &&
          !gtk_widget_has_css_class (button, "link-button"))
        {
          gtk_widget_activate (button);
          popover = wait_for_popover (GTK_WIDGET (window), KIOSK_TYPE_TERM_POPOVER);
          settle (popover);
          return popover;
        }
    }
  g_error ("no glossary word buttons on %s", kiosk_navigator_get_page_id (kiosk_window_get_navigator (window)));
}

/**
 * follow_display_settings:
 * @window: a test window
 *
 * Restyles the test display when @window's text size or contrast
 * changes, as the application's style manager does for its window.
 */
void
follow_display_settings (KioskWindow *window)
{
  KioskPatientPrefs *prefs = kiosk_window_get_prefs (window);

  g_object_bind_property (prefs, "text-size", display_prefs, "text-size", G_BINDING_SYNC_CREATE);
  g_object_bind_property (prefs, "high-contrast", display_prefs, "high-contrast",
                          G_BINDING_SYNC_CREATE);
}

/**
 * gui_test_restyle:
 * @monitor: (nullable): content whose kiosk.ini colours to draw with, or
 *   %NULL for the bundled content's
 *
 * Styles the test display for another clinic's colours.
 */
void
gui_test_restyle (KioskContentMonitor *monitor)
{
  g_clear_object (&display_style);
  display_style = kiosk_style_manager_new (gdk_display_get_default (),
                                           monitor != NULL ? monitor : bundled_monitor,
                                           display_prefs);
}

KioskContent *
gui_test_init (int    *argc,
               char ***argv)
{
  GdkDisplay *display;

  g_test_init (argc, argv, NULL);
  kiosk_i18n_init ();
  gtk_disable_setlocale ();
  if (!gtk_init_check ())
    return NULL;

  display = gdk_display_get_default ();
  bundled_monitor = kiosk_content_monitor_new (CONTENT_DIR);
  display_prefs = kiosk_patient_prefs_new ();
  display_style = kiosk_style_manager_new (display, bundled_monitor, display_prefs);
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (display),
                                    RESOURCE_BASE "/icons");
  return g_object_ref (kiosk_content_monitor_get_content (bundled_monitor));
}

/* Renders @root (a window or a popover) as GTK draws it on screen. */
void
render_widget (GtkWidget *root,
               Rendering *rendering)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (root);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (root));

  rendering->width = gtk_widget_get_width (root);
  rendering->height = gtk_widget_get_height (root);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), rendering->width, rendering->height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  g_assert_nonnull (renderer);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, rendering->width,
                                                              rendering->height));
  rendering->stride = (gsize) rendering->width * 4;
  rendering->pixels = g_malloc (rendering->stride * rendering->height);
  gdk_texture_download (texture, rendering->pixels, rendering->stride);
}

void
rendering_clear (Rendering *rendering)
{
  g_clear_pointer (&rendering->pixels, g_free);
}
