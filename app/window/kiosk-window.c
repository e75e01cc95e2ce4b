/* kiosk-window.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kiosk-i18n.h"
#include "kiosk-screen-factory.h"
#include "kiosk-utils.h"
#include "kiosk-window-private.h"

/* The window composes: the header and footer, the screen the navigator
 * points at, and the layers on top. What a patient chose lives in
 * KioskPatientPrefs, where they are in KioskNavigator, the idle reset in
 * KioskVisit, kiosk mode in KioskLockdown. */

G_DEFINE_FINAL_TYPE (KioskWindow, kiosk_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_MONITOR,
  PROP_PREFS,
  PROP_LANGUAGE,
  PROP_TEXT_SIZE,
  PROP_HIGH_CONTRAST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


/*
 * The screen on show
 */

void
_kiosk_window_show_notice (KioskWindow *self,
                           const char  *text)
{
  gtk_label_set_text (GTK_LABEL (self->notice), text);
  gtk_widget_set_visible (self->notice, TRUE);
}

static void
remove_old_screen (KioskWindow *self)
{
  if (self->old_screen != NULL)
    {
      gtk_stack_remove (self->stack, self->old_screen);
      self->old_screen = NULL;
    }
}

/* Builds the screen the navigator points at and swaps it in; the old one
 * is dropped once the cross-fade is over, so nothing of it lingers. */
void
_kiosk_window_present_screen (KioskWindow *self)
{
  const char *id = kiosk_navigator_get_page_id (self->navigator);
  GtkWidget *screen = kiosk_screen_new_for_id (self->content, self->lang, id);
  const char *shown = kiosk_screen_get_language (KIOSK_SCREEN (screen));

  /* Speech belongs to the page it was started on. */
  if (self->speech != NULL)
    kiosk_speech_stop (self->speech);
  /* Nothing of the old screen stays open over the new one. */
  if (self->screen != NULL)
    kiosk_utils_popdown_all (self->screen);
  remove_old_screen (self);

  gtk_widget_set_visible (self->notice, FALSE);
  if (g_strcmp0 (shown, self->lang) != 0)
    {
      g_autofree char *note =
        /* Translators: %s is a language's own name, such as "English" */
        g_strdup_printf (_("This page is not available in your language yet. It is shown in %s."),
                         kiosk_i18n_get_language_name (shown));

      _kiosk_window_show_notice (self, note);
    }

  gtk_stack_add_child (self->stack, screen);
  self->old_screen = self->screen;
  self->screen = screen;
  gtk_stack_set_visible_child (self->stack, screen);
  if (!gtk_stack_get_transition_running (self->stack))
    remove_old_screen (self);

  _kiosk_window_update_chrome (self);
}

static void
on_transition_running_cb (KioskWindow *self)
{
  if (!gtk_stack_get_transition_running (self->stack))
    remove_old_screen (self);
}

/*
 * Content
 */

static void
set_content (KioskWindow  *self,
             KioskContent *content)
{
  if (content == self->content)
    return;
  g_set_object (&self->content, content);

  kiosk_visit_set_times (self->visit, kiosk_content_get_config (content)->idle_timeout,
                         kiosk_content_get_config (content)->idle_warning);
  _kiosk_window_apply_staff_config (self);
  _kiosk_window_name_screen_buttons (self);
  _kiosk_window_rebuild_language_buttons (self);
  if (kiosk_content_get_catalog (content, self->lang) == NULL)
    {
      /* The patient's language is gone: the clinic's, from now on. */
      kiosk_patient_prefs_set_default_language (self->prefs,
                                                kiosk_content_get_default_lang (content));
      kiosk_patient_prefs_set_language (self->prefs, kiosk_content_get_default_lang (content));
    }
  if (!kiosk_navigator_set_content (self->navigator, content, self->lang))
    _kiosk_window_present_screen (self);
}

static void
on_content_changed_cb (KioskWindow *self)
{
  set_content (self, kiosk_content_monitor_get_content (self->monitor));
}

/*
 * GObject overrides
 */

static void
kiosk_window_constructed (GObject *object)
{
  KioskWindow *self = KIOSK_WINDOW (object);
  KioskContent *content = kiosk_content_monitor_get_content (self->monitor);
  const char *lang = kiosk_patient_prefs_get_language (self->prefs);

  G_OBJECT_CLASS (kiosk_window_parent_class)->constructed (object);

  if (lang == NULL || kiosk_content_get_catalog (content, lang) == NULL)
    {
      if (lang != NULL)
        g_warning ("There is no content in the language “%s”", lang);
      lang = kiosk_content_get_default_lang (content);
      kiosk_patient_prefs_set_language (self->prefs, lang);
    }
  if (kiosk_patient_prefs_get_default_language (self->prefs) == NULL)
    kiosk_patient_prefs_set_default_language (self->prefs, lang);
  self->lang = g_strdup (lang);

  _kiosk_window_prefs_init (self);
  g_signal_connect_object (self->monitor, "content-changed",
                           G_CALLBACK (on_content_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->navigator, "notify::page-id",
                           G_CALLBACK (_kiosk_window_present_screen), self, G_CONNECT_SWAPPED);
  kiosk_staff_panel_set_monitor (self->staff_panel, self->monitor);

  _kiosk_window_retranslate (self);
  set_content (self, content);
  _kiosk_window_update_layout (self);
}

static void
kiosk_window_dispose (GObject *object)
{
  KioskWindow *self = KIOSK_WINDOW (object);

  g_clear_handle_id (&self->layout_source, g_source_remove);
  if (self->speech != NULL)
    kiosk_speech_stop (self->speech);
  g_clear_object (&self->speech);
  g_clear_object (&self->visit);
  g_clear_object (&self->staff_access);
  g_clear_object (&self->lockdown);
  g_clear_object (&self->navigator);
  g_clear_object (&self->content);
  g_clear_object (&self->monitor);
  g_clear_object (&self->prefs);

  G_OBJECT_CLASS (kiosk_window_parent_class)->dispose (object);
}

static void
kiosk_window_finalize (GObject *object)
{
  KioskWindow *self = KIOSK_WINDOW (object);

  g_free (self->lang);

  G_OBJECT_CLASS (kiosk_window_parent_class)->finalize (object);
}

static void
kiosk_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KioskWindow *self = KIOSK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_string (value, self->lang);
      break;

    case PROP_TEXT_SIZE:
      g_value_set_int (value, (int) kiosk_patient_prefs_get_text_size (self->prefs));
      break;

    case PROP_HIGH_CONTRAST:
      g_value_set_boolean (value, kiosk_patient_prefs_get_high_contrast (self->prefs));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* language, text-size and high-contrast are here for the property actions
 * of the header and the display popover; they speak for the prefs. */
static void
kiosk_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KioskWindow *self = KIOSK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_MONITOR:
      self->monitor = g_value_dup_object (value);
      break;

    case PROP_PREFS:
      self->prefs = g_value_dup_object (value);
      break;

    case PROP_LANGUAGE:
      kiosk_patient_prefs_set_language (self->prefs, g_value_get_string (value));
      break;

    case PROP_TEXT_SIZE:
      kiosk_patient_prefs_set_text_size (self->prefs, (guint) g_value_get_int (value));
      break;

    case PROP_HIGH_CONTRAST:
      kiosk_patient_prefs_set_high_contrast (self->prefs, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kiosk_window_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  GTK_WIDGET_CLASS (kiosk_window_parent_class)->size_allocate (widget, width, height, baseline);
  _kiosk_window_note_width (KIOSK_WINDOW (widget), width);
}

static void
kiosk_window_class_init (KioskWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = kiosk_window_constructed;
  object_class->dispose = kiosk_window_dispose;
  object_class->finalize = kiosk_window_finalize;
  object_class->get_property = kiosk_window_get_property;
  object_class->set_property = kiosk_window_set_property;
  widget_class->size_allocate = kiosk_window_size_allocate;

  properties[PROP_MONITOR] =
    g_param_spec_object ("monitor", NULL, NULL, KIOSK_TYPE_CONTENT_MONITOR,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PREFS] =
    g_param_spec_object ("prefs", NULL, NULL, KIOSK_TYPE_PATIENT_PREFS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT_SIZE] =
    g_param_spec_int ("text-size", NULL, NULL, 100, 200, 100,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIGH_CONTRAST] =
    g_param_spec_boolean ("high-contrast", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/kiosk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, header);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, nav_box);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, back_label);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, home_button);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, home_label);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, end_box);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, lang_box);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, display_button);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, display_label);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, tools_row);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, notice);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, footer);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, decide_button);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, decide_label);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, glossary_button);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, glossary_label);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, booking_button);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, booking_label);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, overlay);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, main_box);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, pin_pad);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, staff_panel);

  _kiosk_window_class_actions_init (widget_class);

  g_type_ensure (KIOSK_TYPE_ATTRACT_SCREEN);
  g_type_ensure (KIOSK_TYPE_IDLE_WARNING);
  g_type_ensure (KIOSK_TYPE_PIN_PAD);
  g_type_ensure (KIOSK_TYPE_STAFF_PANEL);
}

static void
kiosk_window_init (KioskWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->navigator = kiosk_navigator_new ();
  self->visit = kiosk_visit_new ();
  self->lockdown = kiosk_lockdown_new (GTK_WINDOW (self));
  self->staff_access = kiosk_staff_access_new (GTK_WIDGET (self));
  if (kiosk_speech_is_supported ())
    self->speech = kiosk_speech_new ();

  g_signal_connect_object (self->stack, "notify::transition-running",
                           G_CALLBACK (on_transition_running_cb), self, G_CONNECT_SWAPPED);
  _kiosk_window_actions_init (self);
  _kiosk_window_layers_init (self);
}

/*
 * Public API
 */

/**
 * kiosk_window_new:
 * @app: (nullable): the application
 * @monitor: the watcher of the content folder; the window shows its
 *   content and follows every accepted change
 * @prefs: the patient's choices, shared with whoever styles the kiosk
 *
 * Returns: (transfer none): the window, on the home screen
 */
KioskWindow *
kiosk_window_new (GtkApplication      *app,
                  KioskContentMonitor *monitor,
                  KioskPatientPrefs   *prefs)
{
  const char *lang;

  g_return_val_if_fail (app == NULL || GTK_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (KIOSK_IS_CONTENT_MONITOR (monitor), NULL);
  g_return_val_if_fail (KIOSK_IS_PATIENT_PREFS (prefs), NULL);

  /* The template's strings are translated while it is built. */
  lang = kiosk_patient_prefs_get_language (prefs);
  kiosk_i18n_set_words_language (lang, kiosk_content_get_default_lang (
                                   kiosk_content_monitor_get_content (monitor)));

  return g_object_new (KIOSK_TYPE_WINDOW,
                       "application", app,
                       "monitor", monitor,
                       "prefs", prefs,
                       NULL);
}

KioskNavigator *
kiosk_window_get_navigator (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), NULL);

  return self->navigator;
}

KioskVisit *
kiosk_window_get_visit (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), NULL);

  return self->visit;
}

KioskLockdown *
kiosk_window_get_lockdown (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), NULL);

  return self->lockdown;
}

KioskPatientPrefs *
kiosk_window_get_prefs (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), NULL);

  return self->prefs;
}

/**
 * kiosk_window_get_speech:
 * @self: the window
 *
 * Returns: (transfer none) (nullable): the read-aloud engine, %NULL when
 *   the kiosk was built without one
 */
KioskSpeech *
kiosk_window_get_speech (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), NULL);

  return self->speech;
}

/**
 * kiosk_window_get_screen:
 * @self: the window
 *
 * Returns: (transfer none): the screen on display, a #KioskScreen
 */
GtkWidget *
kiosk_window_get_screen (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), NULL);

  return self->screen;
}

/**
 * kiosk_window_reset:
 * @self: the window
 *
 * Returns to a clean start for the next patient: home screen, nothing
 * open, scroll positions and history gone, the clinic's language, normal
 * text, contrast and volume; then the attract screen when the clinic
 * asked for it. Nothing runs until the next touch.
 */
void
kiosk_window_reset (KioskWindow *self)
{
  g_return_if_fail (KIOSK_IS_WINDOW (self));

  _kiosk_window_hide_layers (self);
  if (self->screen != NULL)
    kiosk_utils_popdown_all (self->screen);
  if (self->speech != NULL)
    kiosk_speech_stop (self->speech);
  kiosk_patient_prefs_reset (self->prefs);
  /* A new home screen: its scroll position starts at the top. */
  kiosk_navigator_reset (self->navigator);
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->attract),
                          kiosk_content_get_config (self->content)->attract);
  kiosk_visit_reset (self->visit);
  g_message ("Idle: back to the start screen");
}

void
kiosk_window_set_animations (KioskWindow *self,
                             gboolean     animate)
{
  g_return_if_fail (KIOSK_IS_WINDOW (self));

  gtk_stack_set_transition_type (self->stack, animate ? GTK_STACK_TRANSITION_TYPE_CROSSFADE :
                                                        GTK_STACK_TRANSITION_TYPE_NONE);
}
