/* kiosk-window-prefs.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kiosk-display-popover.h"
#include "kiosk-i18n.h"
#include "kiosk-screen-factory.h"
#include "kiosk-utils.h"
#include "kiosk-window-private.h"

/* The window follows the patient's choices: the words it says itself in
 * their language, the language buttons, and the display popover. */

static void
set_button_label (GtkWidget  *button,
                  GtkWidget  *label,
                  const char *text)
{
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

/* A footer button says what the screen it leads to is titled: the
 * clinic's "Book a visit" when booking.md says so. */
static void
set_screen_button (KioskWindow *self,
                   GtkWidget   *button,
                   GtkWidget   *label,
                   const char  *id,
                   const char  *fallback)
{
  g_autofree char *title = self->content != NULL ?
    kiosk_screen_get_title_for_id (self->content, self->lang, id) : NULL;

  set_button_label (button, label, title != NULL ? title : fallback);
}

/* The footer's glossary and booking buttons, in the language now chosen
 * and as the content now titles those screens. */
void
_kiosk_window_name_screen_buttons (KioskWindow *self)
{
  set_screen_button (self, self->glossary_button, self->glossary_label, KIOSK_ID_GLOSSARY,
                     _("Glossary"));
  set_screen_button (self, self->booking_button, self->booking_label, KIOSK_ID_BOOKING,
                     _("Book an appointment"));
}

/* Everything the window itself says, in the language now chosen. */
void
_kiosk_window_retranslate (KioskWindow *self)
{
  GtkWidget *popover = kiosk_display_popover_new ();

  kiosk_i18n_set_words_language (self->lang, self->content != NULL ?
                                 kiosk_content_get_default_lang (self->content) : NULL);
  /* The whole interface mirrors for a right-to-left language: every widget
   * that has not chosen a direction follows. */
  gtk_widget_set_default_direction (self->lang != NULL && kiosk_i18n_is_right_to_left (self->lang) ?
                                    GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
  set_button_label (self->back_button, self->back_label, _("Back"));
  set_button_label (self->home_button, self->home_label, _("Home"));
  set_button_label (self->decide_button, self->decide_label, _("Before you decide"));
  _kiosk_window_name_screen_buttons (self);
  gtk_label_set_text (GTK_LABEL (self->display_label), _("Text size"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->display_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Text size, contrast and volume"), -1);

  kiosk_display_popover_set_has_speech (KIOSK_DISPLAY_POPOVER (popover), self->speech != NULL);
  kiosk_display_popover_set_volume (KIOSK_DISPLAY_POPOVER (popover),
                                    kiosk_patient_prefs_get_volume (self->prefs));
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->display_button), popover);
  _kiosk_window_make_patient_layers (self);
}

void
_kiosk_window_rebuild_language_buttons (KioskWindow *self)
{
  const KioskConfig *config = kiosk_content_get_config (self->content);
  guint shown = 0;

  kiosk_utils_clear_box (GTK_BOX (self->lang_box));
  for (guint i = 0; config->languages != NULL && config->languages[i] != NULL; i++)
    {
      const char *code = config->languages[i];
      GtkWidget *button;

      if (kiosk_content_get_catalog (self->content, code) == NULL)
        continue;

      /* Each language is named in its own words, whatever is on screen. */
      button = gtk_toggle_button_new_with_label (kiosk_i18n_get_language_name (code));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "kiosk.language");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", code);
      gtk_widget_add_css_class (button, "nav-button");
      gtk_widget_add_css_class (button, "lang-button");
      gtk_box_append (GTK_BOX (self->lang_box), button);
      shown++;
    }
  gtk_widget_set_visible (self->lang_box, shown > 1);
}

static void
on_language_changed_cb (KioskWindow *self)
{
  const char *lang = kiosk_patient_prefs_get_language (self->prefs);

  if (lang == NULL || g_strcmp0 (lang, self->lang) == 0)
    return;
  if (kiosk_content_get_catalog (self->content, lang) == NULL)
    {
      g_message ("There is no content in the language “%s”", lang);
      kiosk_patient_prefs_set_language (self->prefs, self->lang);
      return;
    }

  g_free (self->lang);
  self->lang = g_strdup (lang);
  _kiosk_window_retranslate (self);
  _kiosk_window_present_screen (self);
  g_object_notify (G_OBJECT (self), "language");
}

static void
on_text_size_changed_cb (KioskWindow *self)
{
  _kiosk_window_update_layout (self);
  g_object_notify (G_OBJECT (self), "text-size");
}

static void
on_high_contrast_changed_cb (KioskWindow *self)
{
  g_object_notify (G_OBJECT (self), "high-contrast");
}

static void
on_volume_changed_cb (KioskWindow *self)
{
  GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (self->display_button));

  if (KIOSK_IS_DISPLAY_POPOVER (popover))
    kiosk_display_popover_set_volume (KIOSK_DISPLAY_POPOVER (popover),
                                      kiosk_patient_prefs_get_volume (self->prefs));
  _kiosk_window_update_actions (self);
}

void
_kiosk_window_prefs_init (KioskWindow *self)
{
  g_signal_connect_object (self->prefs, "notify::language",
                           G_CALLBACK (on_language_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->prefs, "notify::text-size",
                           G_CALLBACK (on_text_size_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->prefs, "notify::high-contrast",
                           G_CALLBACK (on_high_contrast_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->prefs, "notify::volume",
                           G_CALLBACK (on_volume_changed_cb), self, G_CONNECT_SWAPPED);
  if (self->speech != NULL)
    g_object_bind_property (self->prefs, "volume", self->speech, "volume", G_BINDING_SYNC_CREATE);
}
