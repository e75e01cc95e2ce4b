/* kiosk-style-manager.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-style"

#include "config.h"

#include "kiosk-style-manager.h"
#include "kiosk-theme.h"

struct _KioskStyleManager
{
  GObject              parent_instance;

  GdkDisplay          *display;
  KioskContentMonitor *monitor;
  KioskPatientPrefs   *prefs;
  GtkCssProvider      *css;
  char                *loaded;   /* the style sheet last loaded */
  gboolean             system_high_contrast;
  gboolean             high_contrast;       /* the patient's or the desktop's */
};

G_DEFINE_FINAL_TYPE (KioskStyleManager, kiosk_style_manager, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_HIGH_CONTRAST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_high_contrast_theme (const char *name)
{
  return name != NULL && g_str_has_prefix (name, "HighContrast");
}

/* GNOME, XSettings and the settings portal all name a HighContrast theme
 * when the desktop's high-contrast setting is on; GTK_THEME overrides them. */
static gboolean
system_wants_high_contrast (GdkDisplay *display)
{
  GtkSettings *settings = gtk_settings_get_for_display (display);
  g_autofree char *theme_name = NULL;

  if (is_high_contrast_theme (g_getenv ("GTK_THEME")))
    return TRUE;
  if (settings == NULL)
    return FALSE;
  g_object_get (settings, "gtk-theme-name", &theme_name, NULL);
  return is_high_contrast_theme (theme_name);
}

/* The style sheet for the clinic's colours, at a text size, in high
 * contrast or not. */
static char *
build_style (const KioskConfig *config,
             double             text_scale,
             gboolean           high_contrast)
{
  g_autoptr(GBytes) base = g_resources_lookup_data (RESOURCE_BASE "/style.css", 0, NULL);
  g_autoptr(GBytes) extra = NULL;
  g_autofree char *extra_css = NULL;

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

static void
restyle (KioskStyleManager *self)
{
  KioskContent *content = kiosk_content_monitor_get_content (self->monitor);
  gboolean high_contrast = kiosk_patient_prefs_get_high_contrast (self->prefs) ||
                           self->system_high_contrast;
  g_autofree char *css = build_style (kiosk_content_get_config (content),
                                      kiosk_patient_prefs_get_text_scale (self->prefs),
                                      high_contrast);

  /* Most content changes leave the colours alone: restyling every
   * widget again for the same sheet would only cost the screen time. */
  if (css != NULL && g_strcmp0 (css, self->loaded) != 0)
    {
      gtk_css_provider_load_from_data (self->css, css, -1);
      g_free (self->loaded);
      self->loaded = g_steal_pointer (&css);
    }
  if (high_contrast != self->high_contrast)
    {
      self->high_contrast = high_contrast;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGH_CONTRAST]);
    }
}

static void
on_theme_name_changed_cb (KioskStyleManager *self)
{
  gboolean wants = system_wants_high_contrast (self->display);

  if (wants == self->system_high_contrast)
    return;
  self->system_high_contrast = wants;
  restyle (self);
}

static void
kiosk_style_manager_dispose (GObject *object)
{
  KioskStyleManager *self = KIOSK_STYLE_MANAGER (object);

  if (self->css != NULL && self->display != NULL)
    gtk_style_context_remove_provider_for_display (self->display, GTK_STYLE_PROVIDER (self->css));
  g_clear_object (&self->css);
  g_clear_pointer (&self->loaded, g_free);
  g_clear_object (&self->monitor);
  g_clear_object (&self->prefs);
  g_clear_object (&self->display);

  G_OBJECT_CLASS (kiosk_style_manager_parent_class)->dispose (object);
}

static void
kiosk_style_manager_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KioskStyleManager *self = KIOSK_STYLE_MANAGER (object);

  switch (prop_id)
    {
    case PROP_HIGH_CONTRAST:
      g_value_set_boolean (value, self->high_contrast);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kiosk_style_manager_class_init (KioskStyleManagerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kiosk_style_manager_dispose;
  object_class->get_property = kiosk_style_manager_get_property;

  /**
   * KioskStyleManager:high-contrast:
   *
   * Whether the kiosk is drawn in high contrast: the patient turned it
   * on, or the desktop's high-contrast setting is on.
   */
  properties[PROP_HIGH_CONTRAST] =
    g_param_spec_boolean ("high-contrast", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kiosk_style_manager_init (KioskStyleManager *self)
{
}

/**
 * kiosk_style_manager_new:
 * @display: the display to style
 * @monitor: the content, for the clinic's colours
 * @prefs: the patient's text size and contrast
 *
 * Returns: (transfer full): the style manager; the style sheet stays on
 *   @display as long as it lives
 */
KioskStyleManager *
kiosk_style_manager_new (GdkDisplay          *display,
                         KioskContentMonitor *monitor,
                         KioskPatientPrefs   *prefs)
{
  KioskStyleManager *self;

  g_return_val_if_fail (GDK_IS_DISPLAY (display), NULL);
  g_return_val_if_fail (KIOSK_IS_CONTENT_MONITOR (monitor), NULL);
  g_return_val_if_fail (KIOSK_IS_PATIENT_PREFS (prefs), NULL);

  self = g_object_new (KIOSK_TYPE_STYLE_MANAGER, NULL);
  self->display = g_object_ref (display);
  self->monitor = g_object_ref (monitor);
  self->prefs = g_object_ref (prefs);
  self->css = gtk_css_provider_new ();
  self->system_high_contrast = system_wants_high_contrast (display);

  g_signal_connect_object (monitor, "content-changed", G_CALLBACK (restyle), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (prefs, "notify::text-size", G_CALLBACK (restyle), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (prefs, "notify::high-contrast", G_CALLBACK (restyle), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_settings_get_for_display (display), "notify::gtk-theme-name",
                           G_CALLBACK (on_theme_name_changed_cb), self, G_CONNECT_SWAPPED);

  restyle (self);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (self->css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  return self;
}
