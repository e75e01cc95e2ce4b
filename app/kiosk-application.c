/* kiosk-application.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <cmark.h>
#include <qrencode.h>

#include "kiosk-application.h"
#include "kiosk-content-monitor.h"
#include "kiosk-pin.h"
#include "kiosk-theme.h"
#include "kiosk-window.h"

/* A screenshot that has not been written by then never will be. */
#define SCREENSHOT_TIMEOUT_SECONDS 30

struct _KioskApplication
{
  GtkApplication  parent_instance;

  /* Owned references */
  KioskContentMonitor *monitor;
  GtkCssProvider *css;

  /* Command-line options */
  char           *content_dir;
  char           *lang;
  char           *page;
  char           *screenshot;
  char           *overlay;
  gboolean        kiosk;
  guint           inhibit_cookie;
  int             width;
  int             height;
  guint           frames;
  guint           screenshot_timeout;

  /* Display: the patient's choices and the desktop's setting */
  double          text_scale;
  gboolean        high_contrast;
  gboolean        system_high_contrast;
  gboolean        high_contrast_active;
};

G_DEFINE_FINAL_TYPE (KioskApplication, kiosk_application, GTK_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_TEXT_SCALE,
  PROP_HIGH_CONTRAST,
  PROP_HIGH_CONTRAST_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const GOptionEntry main_entries[] = {
  { "content", 'c', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Show the content in DIR instead of the bundled content"), N_("DIR") },
  { "lang", 'l', 0, G_OPTION_ARG_STRING, NULL,
    N_("Start in the language CODE (for example en or es)"), N_("CODE") },
  { "page", 'p', 0, G_OPTION_ARG_STRING, NULL,
    N_("Start on the page ID (for example therapies/platelet-rich-plasma, booking)"), N_("ID") },
  { "size", 's', 0, G_OPTION_ARG_STRING, NULL,
    N_("Open the window at this size, for example 1080x1920"), N_("WxH") },
  { "screenshot", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a PNG of the screen to FILE once it has drawn, then exit"), N_("FILE") },
  { "kiosk", 'k', 0, G_OPTION_ARG_NONE, NULL,
    N_("Run locked down, full screen, as in a waiting room (like mode=kiosk in kiosk.ini)"),
    NULL },
  { "hash-pin", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Read a staff PIN and print the staff-pin line to paste into kiosk.ini"), NULL },
  { "show", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --screenshot: also show attract, idle-warning, pin-pad or staff-panel"),
    N_("LAYER") },
  { "high-contrast", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Start in high contrast, as if a patient had turned it on"), NULL },
  { "text-size", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("Start with the text at 100, 150 or 200 percent"), N_("PERCENT") },
  { "check", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check a content folder (the one given, or --content) and list its problems; needs "
       "no display"), NULL },
  { "version", 'v', 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version of the kiosk and of the libraries it uses"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[DIR]") },
  { NULL }
};

/*
 * Auxiliary methods
 */

static char *
default_content_dir (void)
{
  g_autofree char *installed = g_build_filename (PKGDATADIR, "content", NULL);

  if (g_file_test (installed, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&installed);
  return g_strdup (SOURCE_CONTENT_DIR);
}

static void
print_version (void)
{
  g_print ("clinic-kiosk %s\n", PACKAGE_VERSION);
  g_print ("GTK %u.%u.%u (built with %d.%d.%d)\n",
           gtk_get_major_version (), gtk_get_minor_version (), gtk_get_micro_version (),
           GTK_MAJOR_VERSION, GTK_MINOR_VERSION, GTK_MICRO_VERSION);
  g_print ("GLib %u.%u.%u\n", glib_major_version, glib_minor_version, glib_micro_version);
  g_print ("cmark %s (built with %s)\n", cmark_version_string (), CMARK_VERSION_STRING);
  g_print ("libqrencode %s\n", QRcode_APIVersionString ());
}

static gboolean
parse_size (const char *text,
            int        *width,
            int        *height)
{
  g_auto(GStrv) parts = NULL;
  guint64 w, h;

  if (text == NULL)
    return FALSE;
  parts = g_strsplit_set (text, "xX", 3);
  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 320, 8192, &w, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 320, 8192, &h, NULL))
    return FALSE;
  *width = w;
  *height = h;
  return TRUE;
}

static gboolean
save_screenshot (KioskApplication *self,
                 GtkWidget        *window)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);

  if (width != self->width || height != self->height)
    g_warning ("The window is %d×%d instead of %d×%d", width, height, self->width, self->height);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL || renderer == NULL)
    return FALSE;
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  return gdk_texture_save_to_png (texture, self->screenshot);
}

/* Waits a few frames so that the screen has been laid out and drawn at its
 * final size, then writes the PNG and quits. */
static gboolean
screenshot_tick_cb (GtkWidget     *window,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  KioskApplication *self = user_data;

  if (!gtk_widget_get_mapped (window) || ++self->frames < 4)
    return G_SOURCE_CONTINUE;

  if (save_screenshot (self, window))
    g_application_quit (G_APPLICATION (self));
  else
    {
      g_printerr (_("Could not write the screenshot %s\n"), self->screenshot);
      g_application_quit (G_APPLICATION (self));
      exit (1);
    }
  return G_SOURCE_REMOVE;
}

/* GTK limits a window to the monitor's size; a screenshot may ask for a
 * portrait size on a landscape monitor, so the size is forced here. */
static void
on_compute_size_cb (GdkToplevel     *toplevel,
                    GdkToplevelSize *size,
                    gpointer         user_data)
{
  KioskApplication *self = user_data;

  gdk_toplevel_size_set_size (size, self->width, self->height);
}

static void
on_window_realize_cb (GtkWidget *window,
                      gpointer   user_data)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  g_signal_connect_after (surface, "compute-size", G_CALLBACK (on_compute_size_cb), user_data);
}

static gboolean
screenshot_timeout_cb (gpointer user_data)
{
  g_printerr (_("The screen was not drawn in time; no screenshot written\n"));
  exit (1);
  return G_SOURCE_REMOVE;
}

static char *
read_pin_line (const char *prompt)
{
  struct termios saved, quiet;
  gboolean tty = isatty (STDIN_FILENO);
  char buffer[64] = { 0 };
  char *line;

  if (tty)
    {
      g_printerr ("%s", prompt);
      tcgetattr (STDIN_FILENO, &saved);
      quiet = saved;
      quiet.c_lflag &= ~ECHO;
      tcsetattr (STDIN_FILENO, TCSAFLUSH, &quiet);
    }
  line = fgets (buffer, sizeof buffer, stdin);
  if (tty)
    {
      tcsetattr (STDIN_FILENO, TCSAFLUSH, &saved);
      g_printerr ("\n");
    }
  if (line == NULL)
    return NULL;
  g_strchomp (buffer);
  line = g_strdup (buffer);
  memset (buffer, 0, sizeof buffer);
  return line;
}

static int
hash_pin (void)
{
  g_autofree char *pin = read_pin_line (_("Staff PIN (4 to 12 digits): "));
  g_autofree char *again = NULL;
  g_autofree char *hash = NULL;

  if (pin == NULL || !kiosk_pin_is_valid (pin))
    {
      g_printerr (_("A staff PIN is 4 to 12 digits, nothing else.\n"));
      return 1;
    }
  if (isatty (STDIN_FILENO))
    {
      again = read_pin_line (_("The same PIN again: "));
      if (again == NULL || strcmp (pin, again) != 0)
        {
          g_printerr (_("The two PINs are not the same; nothing was printed.\n"));
          return 1;
        }
    }

  hash = kiosk_pin_hash (pin);
  g_print ("staff-pin=%s\n", hash);
  if (isatty (STDIN_FILENO))
    g_printerr (_("Paste that line into the [kiosk] group of kiosk.ini.\n"));
  return 0;
}

static void
on_content_changed_cb (KioskApplication *self)
{
  kiosk_application_apply_theme (self);
}

/* The style sheet for @config at a text size, in high contrast or not. */
static char *
build_style (const KioskConfig *config,
             double             text_scale,
             gboolean           high_contrast)
{
  g_autoptr(GBytes) base = NULL;
  g_autoptr(GBytes) extra = NULL;
  g_autofree char *extra_css = NULL;

  base = g_resources_lookup_data (RESOURCE_BASE "/style.css", 0, NULL);
  g_return_val_if_fail (base != NULL, NULL);

  if (high_contrast)
    {
      extra = g_resources_lookup_data (RESOURCE_BASE "/high-contrast.css", 0, NULL);
      g_return_val_if_fail (extra != NULL, NULL);
      extra_css = g_strndup (g_bytes_get_data (extra, NULL), g_bytes_get_size (extra));
    }

  return kiosk_theme_build_css (g_bytes_get_data (base, NULL), g_bytes_get_size (base),
                                extra_css, config, text_scale, high_contrast);
}

static gboolean
is_high_contrast_theme (const char *name)
{
  return name != NULL && g_str_has_prefix (name, "HighContrast");
}

/* GNOME, XSettings and the settings portal all name a HighContrast theme
 * when the desktop's high-contrast setting is on; GTK_THEME overrides them. */
static gboolean
system_wants_high_contrast (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  g_autofree char *theme_name = NULL;

  if (is_high_contrast_theme (g_getenv ("GTK_THEME")))
    return TRUE;
  if (settings == NULL)
    return FALSE;
  g_object_get (settings, "gtk-theme-name", &theme_name, NULL);
  return is_high_contrast_theme (theme_name);
}

/* Returns whether the style sheet needs building again. */
static gboolean
update_high_contrast_active (KioskApplication *self)
{
  gboolean active = self->high_contrast || self->system_high_contrast;

  if (active == self->high_contrast_active)
    return FALSE;
  self->high_contrast_active = active;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGH_CONTRAST_ACTIVE]);
  return TRUE;
}

static void
on_gtk_theme_name_changed_cb (KioskApplication *self)
{
  self->system_high_contrast = system_wants_high_contrast ();
  if (update_high_contrast_active (self))
    kiosk_application_apply_theme (self);
}

/*
 * Public API
 */

/**
 * kiosk_application_check:
 * @dir: a content folder
 *
 * Prints one `FILE:LINE: error|warning: message` line per problem.
 *
 * Returns: the exit status: 0 without errors, 1 with errors
 */
int
kiosk_application_check (const char *dir)
{
  g_autoptr(KioskContent) content = kiosk_content_load (dir);
  KioskDiagnostics *diagnostics = kiosk_content_get_diagnostics (content);
  guint count = kiosk_diagnostics_get_count (diagnostics);
  guint errors = kiosk_diagnostics_count_errors (diagnostics);

  for (guint i = 0; i < count; i++)
    {
      g_autofree char *line = kiosk_diagnostic_format (kiosk_diagnostics_get (diagnostics, i), dir);
      g_print ("%s\n", line);
    }

  g_printerr (dngettext (GETTEXT_PACKAGE, "%s: %u error, ", "%s: %u errors, ", errors),
              dir, errors);
  g_printerr (dngettext (GETTEXT_PACKAGE, "%u warning\n", "%u warnings\n", count - errors),
              count - errors);

  return errors > 0 ? 1 : 0;
}

/**
 * kiosk_application_load_style:
 * @provider: a CSS provider
 * @config: the settings with the clinic's colours
 *
 * @text_scale: 1.0 for normal text, up to 2.0
 * @high_contrast: whether to use the high-contrast theme
 *
 * Loads the kiosk's style sheet with the clinic's colours defined first,
 * so style.css can use them by name.
 */
void
kiosk_application_load_style (GtkCssProvider    *provider,
                              const KioskConfig *config,
                              double             text_scale,
                              gboolean           high_contrast)
{
  g_autofree char *css = NULL;

  g_return_if_fail (GTK_IS_CSS_PROVIDER (provider));
  g_return_if_fail (config != NULL);

  css = build_style (config, text_scale, high_contrast);
  if (css != NULL)
    gtk_css_provider_load_from_data (provider, css, -1);
}

/**
 * kiosk_application_apply_theme:
 * @self: the application
 *
 * Loads the style sheet again, for the clinic's colours as they are now,
 * the text size and high contrast.
 */
void
kiosk_application_apply_theme (KioskApplication *self)
{
  g_autofree char *css = NULL;

  g_return_if_fail (KIOSK_IS_APPLICATION (self));

  /* Before start-up there is nothing to style yet. */
  if (self->css == NULL || self->monitor == NULL)
    return;

  css = build_style (kiosk_content_get_config (kiosk_application_get_content (self)),
                     self->text_scale, self->high_contrast_active);
  if (css != NULL)
    gtk_css_provider_load_from_data (self->css, css, -1);
}

/**
 * kiosk_application_set_text_scale:
 * @self: the application
 * @scale: 1.0 for the normal text size, 1.5 or 2.0 for larger text
 *
 * Scales every text size of the style sheet; the screens reflow around
 * the larger text. Values outside 1.0 to 2.0 are brought into that range.
 */
void
kiosk_application_set_text_scale (KioskApplication *self,
                                  double            scale)
{
  g_return_if_fail (KIOSK_IS_APPLICATION (self));

  scale = CLAMP (scale, KIOSK_THEME_MIN_TEXT_SCALE, KIOSK_THEME_MAX_TEXT_SCALE);
  if (G_APPROX_VALUE (scale, self->text_scale, 0.001))
    return;

  self->text_scale = scale;
  kiosk_application_apply_theme (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SCALE]);
}

/**
 * kiosk_application_get_text_scale:
 * @self: the application
 *
 * Returns: the text size, 1.0 for normal
 */
double
kiosk_application_get_text_scale (KioskApplication *self)
{
  g_return_val_if_fail (KIOSK_IS_APPLICATION (self), 1.0);

  return self->text_scale;
}

/**
 * kiosk_application_set_high_contrast:
 * @self: the application
 * @enabled: whether the patient has turned high contrast on
 *
 * The patient's high-contrast toggle. High contrast is also on while the
 * desktop's high-contrast setting is; see
 * kiosk_application_get_high_contrast_active().
 */
void
kiosk_application_set_high_contrast (KioskApplication *self,
                                     gboolean          enabled)
{
  g_return_if_fail (KIOSK_IS_APPLICATION (self));

  enabled = !!enabled;
  if (enabled == self->high_contrast)
    return;

  self->high_contrast = enabled;
  if (update_high_contrast_active (self))
    kiosk_application_apply_theme (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGH_CONTRAST]);
}

/**
 * kiosk_application_get_high_contrast:
 * @self: the application
 *
 * Returns: whether the patient's high-contrast toggle is on
 */
gboolean
kiosk_application_get_high_contrast (KioskApplication *self)
{
  g_return_val_if_fail (KIOSK_IS_APPLICATION (self), FALSE);

  return self->high_contrast;
}

/**
 * kiosk_application_get_high_contrast_active:
 * @self: the application
 *
 * Returns: whether the kiosk is in high contrast: the patient's toggle is
 *   on, or the desktop's high-contrast setting
 */
gboolean
kiosk_application_get_high_contrast_active (KioskApplication *self)
{
  g_return_val_if_fail (KIOSK_IS_APPLICATION (self), FALSE);

  return self->high_contrast_active;
}

/**
 * kiosk_application_get_content:
 * @self: the application
 *
 * Returns: (transfer none): the content on screen
 */
KioskContent *
kiosk_application_get_content (KioskApplication *self)
{
  g_return_val_if_fail (KIOSK_IS_APPLICATION (self), NULL);

  return kiosk_content_monitor_get_content (self->monitor);
}

/*
 * GApplication overrides
 */

static int
kiosk_application_handle_local_options (GApplication *app,
                                        GVariantDict *options)
{
  KioskApplication *self = KIOSK_APPLICATION (app);
  g_autofree char *size = NULL;
  g_auto(GStrv) rest = NULL;
  int text_size = 0;

  if (g_variant_dict_contains (options, "version"))
    {
      print_version ();
      return 0;
    }
  if (g_variant_dict_contains (options, "hash-pin"))
    return hash_pin ();

  g_variant_dict_lookup (options, "content", "^ay", &self->content_dir);
  g_variant_dict_lookup (options, "lang", "s", &self->lang);
  g_variant_dict_lookup (options, "page", "s", &self->page);
  g_variant_dict_lookup (options, "screenshot", "^ay", &self->screenshot);
  g_variant_dict_lookup (options, "show", "s", &self->overlay);
  self->kiosk = g_variant_dict_contains (options, "kiosk");
  if (g_variant_dict_contains (options, "high-contrast"))
    kiosk_application_set_high_contrast (self, TRUE);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", &rest);

  if (g_variant_dict_contains (options, "check"))
    {
      if (rest != NULL && rest[0] != NULL)
        return kiosk_application_check (rest[0]);
      if (self->content_dir == NULL)
        self->content_dir = default_content_dir ();
      return kiosk_application_check (self->content_dir);
    }

  if (rest != NULL && rest[0] != NULL)
    {
      g_printerr (_("Unexpected argument “%s”; see --help\n"), rest[0]);
      return 2;
    }

  if (g_variant_dict_lookup (options, "size", "s", &size) &&
      !parse_size (size, &self->width, &self->height))
    {
      g_printerr (_("--size must look like 1920x1080, not “%s”\n"), size);
      return 2;
    }

  if (g_variant_dict_lookup (options, "text-size", "i", &text_size))
    {
      if (text_size != 100 && text_size != 150 && text_size != 200)
        {
          g_printerr (_("--text-size must be 100, 150 or 200, not %d\n"), text_size);
          return 2;
        }
      kiosk_application_set_text_scale (self, text_size / 100.0);
    }

  if (self->content_dir == NULL)
    self->content_dir = default_content_dir ();

  /* A screenshot is a one-off run beside any kiosk already running. */
  if (self->screenshot != NULL)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  return -1;
}

static void
kiosk_application_startup (GApplication *app)
{
  KioskApplication *self = KIOSK_APPLICATION (app);

  G_APPLICATION_CLASS (kiosk_application_parent_class)->startup (app);

  if (self->content_dir == NULL)
    self->content_dir = default_content_dir ();
  /* Staff see, and the watcher follows, the full path. */
  {
    char *absolute = g_canonicalize_filename (self->content_dir, NULL);

    g_free (self->content_dir);
    self->content_dir = absolute;
  }
  self->monitor = kiosk_content_monitor_new (self->content_dir);
  g_signal_connect_object (self->monitor, "content-changed",
                           G_CALLBACK (on_content_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    RESOURCE_BASE "/icons");
  /* The desktop's high-contrast setting, now and whenever it changes. */
  g_signal_connect_object (gtk_settings_get_default (), "notify::gtk-theme-name",
                           G_CALLBACK (on_gtk_theme_name_changed_cb), self, G_CONNECT_SWAPPED);
  self->system_high_contrast = system_wants_high_contrast ();
  update_high_contrast_active (self);

  self->css = gtk_css_provider_new ();
  kiosk_application_apply_theme (self);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (self->css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set (gtk_settings_get_default (),
                "gtk-application-prefer-dark-theme", FALSE,
                NULL);
}

static void
kiosk_application_activate (GApplication *app)
{
  KioskApplication *self = KIOSK_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      KioskContent *content = kiosk_application_get_content (self);
      const KioskConfig *config = kiosk_content_get_config (content);
      gboolean kiosk = self->kiosk || config->mode == KIOSK_MODE_KIOSK;

      window = GTK_WINDOW (kiosk_window_new (self, content, self->lang));
      kiosk_window_set_monitor (KIOSK_WINDOW (window), self->monitor);
      if (self->width > 0)
        gtk_window_set_default_size (window, self->width, self->height);
      if (self->page != NULL)
        kiosk_window_show_page (KIOSK_WINDOW (window), self->page);

      if (kiosk && self->screenshot == NULL)
        {
          kiosk_window_set_kiosk_mode (KIOSK_WINDOW (window), TRUE, config->show_pointer);
          /* Keep the screen on while the kiosk runs, where the platform
           * lets an application ask for that. */
          self->inhibit_cookie = gtk_application_inhibit (GTK_APPLICATION (self), window,
                                                          GTK_APPLICATION_INHIBIT_IDLE |
                                                          GTK_APPLICATION_INHIBIT_LOGOUT,
                                                          _("Showing clinic information"));
          g_message ("Kiosk mode%s", self->inhibit_cookie != 0 ? ", screensaver inhibited" : "");
        }
      if (self->overlay != NULL &&
          !kiosk_window_show_overlay (KIOSK_WINDOW (window), self->overlay))
        g_printerr (_("--show takes attract, idle-warning, pin-pad or staff-panel, not “%s”\n"),
                    self->overlay);
    }

  if (self->screenshot != NULL)
    {
      if (self->width == 0)
        {
          self->width = 1920;
          self->height = 1080;
          gtk_window_set_default_size (window, self->width, self->height);
        }
      gtk_window_set_decorated (window, FALSE);
      gtk_window_set_resizable (window, FALSE);
      kiosk_window_set_animations (KIOSK_WINDOW (window), FALSE);
      g_signal_connect (window, "realize", G_CALLBACK (on_window_realize_cb), self);
      gtk_widget_add_tick_callback (GTK_WIDGET (window), screenshot_tick_cb, self, NULL);
      self->screenshot_timeout = g_timeout_add_seconds (SCREENSHOT_TIMEOUT_SECONDS,
                                                        screenshot_timeout_cb, self);
    }

  gtk_window_present (window);
}

static void
kiosk_application_shutdown (GApplication *app)
{
  KioskApplication *self = KIOSK_APPLICATION (app);

  g_clear_handle_id (&self->screenshot_timeout, g_source_remove);
  if (self->inhibit_cookie != 0)
    gtk_application_uninhibit (GTK_APPLICATION (self), self->inhibit_cookie);
  self->inhibit_cookie = 0;

  G_APPLICATION_CLASS (kiosk_application_parent_class)->shutdown (app);
}

static void
kiosk_application_finalize (GObject *object)
{
  KioskApplication *self = KIOSK_APPLICATION (object);

  g_clear_object (&self->monitor);
  g_clear_object (&self->css);
  g_free (self->content_dir);
  g_free (self->lang);
  g_free (self->page);
  g_free (self->screenshot);
  g_free (self->overlay);

  G_OBJECT_CLASS (kiosk_application_parent_class)->finalize (object);
}

static void
kiosk_application_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KioskApplication *self = KIOSK_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_TEXT_SCALE:
      g_value_set_double (value, self->text_scale);
      break;

    case PROP_HIGH_CONTRAST:
      g_value_set_boolean (value, self->high_contrast);
      break;

    case PROP_HIGH_CONTRAST_ACTIVE:
      g_value_set_boolean (value, self->high_contrast_active);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kiosk_application_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KioskApplication *self = KIOSK_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_TEXT_SCALE:
      kiosk_application_set_text_scale (self, g_value_get_double (value));
      break;

    case PROP_HIGH_CONTRAST:
      kiosk_application_set_high_contrast (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kiosk_application_class_init (KioskApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = kiosk_application_finalize;
  object_class->get_property = kiosk_application_get_property;
  object_class->set_property = kiosk_application_set_property;
  app_class->handle_local_options = kiosk_application_handle_local_options;
  app_class->startup = kiosk_application_startup;
  app_class->activate = kiosk_application_activate;
  app_class->shutdown = kiosk_application_shutdown;

  /**
   * KioskApplication:text-scale:
   *
   * The text size: 1.0 for normal, 1.5 and 2.0 for larger text.
   */
  properties[PROP_TEXT_SCALE] =
    g_param_spec_double ("text-scale", NULL, NULL,
                         KIOSK_THEME_MIN_TEXT_SCALE, KIOSK_THEME_MAX_TEXT_SCALE, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * KioskApplication:high-contrast:
   *
   * The patient's high-contrast toggle.
   */
  properties[PROP_HIGH_CONTRAST] =
    g_param_spec_boolean ("high-contrast", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * KioskApplication:high-contrast-active:
   *
   * Whether the kiosk is in high contrast: the toggle, or the desktop's
   * high-contrast setting.
   */
  properties[PROP_HIGH_CONTRAST_ACTIVE] =
    g_param_spec_boolean ("high-contrast-active", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kiosk_application_init (KioskApplication *self)
{
  self->text_scale = 1.0;
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
    _("A touch-screen information kiosk for clinic waiting rooms.\n\n"
      "Staff change what it says by editing the Markdown files and kiosk.ini\n"
      "in its content folder; --check lists any problem as FILE:LINE."));
}

KioskApplication *
kiosk_application_new (void)
{
  return g_object_new (KIOSK_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", RESOURCE_BASE,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}
