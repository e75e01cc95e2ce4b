/* kiosk-application.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-application"

#include "config.h"

#include <glib/gi18n.h>

#include "kiosk-application.h"
#include "kiosk-cli.h"
#include "kiosk-content-monitor.h"
#include "kiosk-patient-prefs.h"
#include "kiosk-screenshot.h"
#include "kiosk-style-manager.h"
#include "kiosk-window.h"

/* The application reads the command line, owns the content monitor, the
 * patient's choices and the style sheet, and makes the one window. */

struct _KioskApplication
{
  GtkApplication       parent_instance;

  /* Owned references */
  KioskContentMonitor *monitor;
  KioskPatientPrefs   *prefs;
  KioskStyleManager   *style;

  /* Command-line options */
  char                *content_dir;
  char                *lang;
  char                *page;
  char                *screenshot;
  char                *overlay;
  gboolean             kiosk;
  int                  width;
  int                  height;

  guint                inhibit_cookie;
};

G_DEFINE_FINAL_TYPE (KioskApplication, kiosk_application, GTK_TYPE_APPLICATION)

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

static void
print_version (void)
{
  g_autofree char *gtk = g_strdup_printf ("GTK %u.%u.%u (built with %d.%d.%d)",
                                          gtk_get_major_version (), gtk_get_minor_version (),
                                          gtk_get_micro_version (), GTK_MAJOR_VERSION,
                                          GTK_MINOR_VERSION, GTK_MICRO_VERSION);

  kiosk_cli_print_version (gtk);
}

/* The options that set the patient's starting choices. */
static int
read_display_options (KioskApplication *self,
                      GVariantDict     *options)
{
  int text_size = 0;

  if (g_variant_dict_contains (options, "high-contrast"))
    kiosk_patient_prefs_set_high_contrast (self->prefs, TRUE);
  if (g_variant_dict_lookup (options, "text-size", "i", &text_size))
    {
      if (text_size != 100 && text_size != 150 && text_size != 200)
        {
          g_printerr (_("--text-size must be 100, 150 or 200, not %d\n"), text_size);
          return 2;
        }
      kiosk_patient_prefs_set_text_size (self->prefs, (guint) text_size);
    }
  return -1;
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

  if (g_variant_dict_contains (options, "version"))
    {
      print_version ();
      return 0;
    }
  if (g_variant_dict_contains (options, "hash-pin"))
    return kiosk_cli_hash_pin ();

  g_variant_dict_lookup (options, "content", "^ay", &self->content_dir);
  g_variant_dict_lookup (options, "lang", "s", &self->lang);
  g_variant_dict_lookup (options, "page", "s", &self->page);
  g_variant_dict_lookup (options, "screenshot", "^ay", &self->screenshot);
  g_variant_dict_lookup (options, "show", "s", &self->overlay);
  self->kiosk = g_variant_dict_contains (options, "kiosk");
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", &rest);
  if (self->content_dir == NULL)
    self->content_dir = kiosk_cli_default_content_dir ();

  if (g_variant_dict_contains (options, "check"))
    return kiosk_cli_check (rest != NULL && rest[0] != NULL ? rest[0] : self->content_dir);

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

  /* A screenshot is a one-off run beside any kiosk already running. */
  if (self->screenshot != NULL)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  return read_display_options (self, options);
}

static void
kiosk_application_startup (GApplication *app)
{
  KioskApplication *self = KIOSK_APPLICATION (app);
  GdkDisplay *display;
  char *absolute;

  G_APPLICATION_CLASS (kiosk_application_parent_class)->startup (app);

  /* Staff see, and the watcher follows, the full path. */
  if (self->content_dir == NULL)
    self->content_dir = kiosk_cli_default_content_dir ();
  absolute = g_canonicalize_filename (self->content_dir, NULL);
  g_free (self->content_dir);
  self->content_dir = absolute;
  self->monitor = kiosk_content_monitor_new (self->content_dir);

  display = gdk_display_get_default ();
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (display),
                                    RESOURCE_BASE "/icons");
  g_object_set (gtk_settings_get_for_display (display),
                "gtk-application-prefer-dark-theme", FALSE,
                NULL);
  self->style = kiosk_style_manager_new (display, self->monitor, self->prefs);
}

static GtkWindow *
create_window (KioskApplication *self)
{
  const KioskConfig *config =
    kiosk_content_get_config (kiosk_content_monitor_get_content (self->monitor));
  gboolean kiosk = self->kiosk || config->mode == KIOSK_MODE_KIOSK;
  KioskWindow *window;

  /* --lang is where every patient starts. */
  if (self->lang != NULL)
    {
      kiosk_patient_prefs_set_language (self->prefs, self->lang);
      kiosk_patient_prefs_set_default_language (self->prefs, self->lang);
    }
  window = kiosk_window_new (GTK_APPLICATION (self), self->monitor, self->prefs);
  if (self->width > 0)
    gtk_window_set_default_size (GTK_WINDOW (window), self->width, self->height);
  if (self->page != NULL)
    kiosk_navigator_show (kiosk_window_get_navigator (window), self->page);

  if (kiosk && self->screenshot == NULL)
    {
      kiosk_lockdown_set_enabled (kiosk_window_get_lockdown (window), TRUE, config->show_pointer);
      /* Keep the screen on while the kiosk runs, where the platform lets
       * an application ask for that. */
      self->inhibit_cookie = gtk_application_inhibit (GTK_APPLICATION (self), GTK_WINDOW (window),
                                                      GTK_APPLICATION_INHIBIT_IDLE |
                                                      GTK_APPLICATION_INHIBIT_LOGOUT,
                                                      _("Showing clinic information"));
      g_message ("Kiosk mode%s", self->inhibit_cookie != 0 ? ", screensaver inhibited" : "");
    }
  if (self->overlay != NULL && !kiosk_window_show_overlay (window, self->overlay))
    g_printerr (_("--show takes attract, idle-warning, pin-pad or staff-panel, not “%s”\n"),
                self->overlay);
  return GTK_WINDOW (window);
}

static void
kiosk_application_activate (GApplication *app)
{
  KioskApplication *self = KIOSK_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      window = create_window (self);
      if (self->screenshot != NULL)
        {
          kiosk_window_set_animations (KIOSK_WINDOW (window), FALSE);
          kiosk_screenshot_take (window, self->screenshot,
                                 self->width > 0 ? self->width : 1920,
                                 self->width > 0 ? self->height : 1080);
        }
    }
  gtk_window_present (window);
}

static void
kiosk_application_shutdown (GApplication *app)
{
  KioskApplication *self = KIOSK_APPLICATION (app);

  if (self->inhibit_cookie != 0)
    gtk_application_uninhibit (GTK_APPLICATION (self), self->inhibit_cookie);
  self->inhibit_cookie = 0;

  G_APPLICATION_CLASS (kiosk_application_parent_class)->shutdown (app);
}

static void
kiosk_application_finalize (GObject *object)
{
  KioskApplication *self = KIOSK_APPLICATION (object);

  g_clear_object (&self->style);
  g_clear_object (&self->monitor);
  g_clear_object (&self->prefs);
  g_free (self->content_dir);
  g_free (self->lang);
  g_free (self->page);
  g_free (self->screenshot);
  g_free (self->overlay);

  G_OBJECT_CLASS (kiosk_application_parent_class)->finalize (object);
}

static void
kiosk_application_class_init (KioskApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = kiosk_application_finalize;
  app_class->handle_local_options = kiosk_application_handle_local_options;
  app_class->startup = kiosk_application_startup;
  app_class->activate = kiosk_application_activate;
  app_class->shutdown = kiosk_application_shutdown;
}

static void
kiosk_application_init (KioskApplication *self)
{
  self->prefs = kiosk_patient_prefs_new ();
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
