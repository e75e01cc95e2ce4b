/* kiosk-page-screen.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-page-screen"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kiosk-clamp.h"
#include "kiosk-i18n.h"
#include "kiosk-markdown.h"
#include "kiosk-markdown-view.h"
#include "kiosk-page-screen.h"
#include "kiosk-screen.h"
#include "kiosk-speech.h"
#include "kiosk-more-below.h"
#include "kiosk-utils.h"

/* One page of text, with its evidence label on top when it has one. */

struct _KioskPageScreen
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkWidget         *more_below;
  GtkWidget         *scrolled;
  GtkWidget         *speech_box;
  GtkWidget         *read_button;
  GtkWidget         *stop_button;
  GtkWidget         *evidence_box;
  GtkLabel          *badge;
  GtkLabel          *evidence_note;
  GtkLabel          *checked;
  KioskMarkdownView *body;
  GtkWidget         *emergency_card;
  GtkLabel          *emergency_text;

  /* Owned references */
  KioskDocument     *placeholder;
};

G_DEFINE_FINAL_TYPE_WITH_CODE (KioskPageScreen, kiosk_page_screen, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (KIOSK_TYPE_SCREEN, NULL))

/* A page that does not exist (an old link, a removed file) still gets a
 * friendly screen rather than an empty one. */
static KioskDocument *
create_placeholder (void)
{
  g_autofree char *text = g_strdup_printf ("# %s\n\n%s\n",
                                           _("This page is not available"),
                                           _("It may have been moved or removed. "
                                             "Tap Home to see everything this kiosk offers."));

  return kiosk_markdown_parse (text, strlen (text), NULL);
}

/* When the page's facts were last checked, small under its evidence. */
static void
show_checked (KioskPageScreen  *self,
              const char       *lang,
              const KioskEntry *entry)
{
  g_autofree char *month = NULL;
  g_autofree char *text = NULL;

  if (entry->checked_year != 0)
    month = kiosk_i18n_format_month (lang, entry->checked_year, entry->checked_month);
  if (month == NULL)
    return;
  /* TRANSLATORS: %s is a month and year, such as "December 2026". */
  text = g_strdup_printf (_("Checked: %s"), month);
  gtk_label_set_text (self->checked, text);
  gtk_widget_set_visible (GTK_WIDGET (self->checked), TRUE);
}

/* What to do about feeling unwell, with the clinic's phone and the
 * emergency number from kiosk.ini. */
static void
show_emergency_card (KioskPageScreen *self,
                     KioskContent    *content,
                     const char      *lang)
{
  const KioskConfig *config = kiosk_content_get_config (content);
  g_autofree char *phone = kiosk_config_get_phone (config, lang);
  g_autoptr(GString) text = g_string_new (NULL);

  if (*phone != '\0')
    {
      /* TRANSLATORS: %s is the clinic's phone number. */
      g_string_append_printf (text, _("Call us at %s."), phone);
      g_string_append_c (text, ' ');
    }
  if (config->emergency_number != NULL)
    /* TRANSLATORS: %s is the number for an ambulance where the kiosk
     * stands, such as 911 or 112. */
    g_string_append_printf (text, _("If it is an emergency, call %s or go to the nearest "
                                    "emergency room."), config->emergency_number);
  else
    g_string_append (text, _("If it is an emergency, call for an ambulance or go to the "
                             "nearest emergency room."));
  gtk_label_set_text (self->emergency_text, text->str);
  gtk_widget_set_visible (self->emergency_card, TRUE);
}

static void
kiosk_page_screen_dispose (GObject *object)
{
  KioskPageScreen *self = KIOSK_PAGE_SCREEN (object);

  self->scrolled = NULL;
  g_clear_pointer (&self->more_below, gtk_widget_unparent);

  G_OBJECT_CLASS (kiosk_page_screen_parent_class)->dispose (object);
}

static void
kiosk_page_screen_finalize (GObject *object)
{
  KioskPageScreen *self = KIOSK_PAGE_SCREEN (object);

  kiosk_document_free (self->placeholder);

  G_OBJECT_CLASS (kiosk_page_screen_parent_class)->finalize (object);
}

static void
kiosk_page_screen_class_init (KioskPageScreenClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kiosk_page_screen_dispose;
  object_class->finalize = kiosk_page_screen_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kiosk-page-screen.ui");
  gtk_widget_class_bind_template_child (widget_class, KioskPageScreen, more_below);
  gtk_widget_class_bind_template_child (widget_class, KioskPageScreen, scrolled);
  gtk_widget_class_bind_template_child (widget_class, KioskPageScreen, speech_box);
  gtk_widget_class_bind_template_child (widget_class, KioskPageScreen, read_button);
  gtk_widget_class_bind_template_child (widget_class, KioskPageScreen, stop_button);
  gtk_widget_class_bind_template_child (widget_class, KioskPageScreen, evidence_box);
  gtk_widget_class_bind_template_child (widget_class, KioskPageScreen, badge);
  gtk_widget_class_bind_template_child (widget_class, KioskPageScreen, evidence_note);
  gtk_widget_class_bind_template_child (widget_class, KioskPageScreen, checked);
  gtk_widget_class_bind_template_child (widget_class, KioskPageScreen, body);
  gtk_widget_class_bind_template_child (widget_class, KioskPageScreen, emergency_card);
  gtk_widget_class_bind_template_child (widget_class, KioskPageScreen, emergency_text);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pagescreen");

  g_type_ensure (KIOSK_TYPE_CLAMP);
  g_type_ensure (KIOSK_TYPE_MARKDOWN_VIEW);

  g_type_ensure (KIOSK_TYPE_MORE_BELOW);
}

static void
kiosk_page_screen_init (KioskPageScreen *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kiosk_utils_enable_drag_scroll (GTK_SCROLLED_WINDOW (self->scrolled));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->read_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Read this page aloud"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->stop_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Stop reading"), -1);
}

/**
 * kiosk_page_screen_new:
 * @content: the content
 * @lang: the language shown
 * @entry: (nullable): the page, or %NULL when @id does not exist
 * @id: the page id asked for
 *
 * Returns: (transfer floating): the screen
 */
GtkWidget *
kiosk_page_screen_new (KioskContent     *content,
                       const char       *lang,
                       const KioskEntry *entry,
                       const char       *id)
{
  KioskPageScreen *self = g_object_new (KIOSK_TYPE_PAGE_SCREEN, NULL);

  if (entry == NULL)
    {
      g_debug ("No page “%s” in “%s”", id, lang);
      self->placeholder = create_placeholder ();
      kiosk_markdown_view_set_document (self->body, content, lang, self->placeholder);
      return GTK_WIDGET (self);
    }

  /* Read aloud is there when the kiosk has a voice of the page's language:
   * an English voice reading Somali would help nobody. */
  gtk_widget_set_visible (self->speech_box, kiosk_speech_has_voice (lang));
  kiosk_markdown_view_set_show_terms (self->body, TRUE);
  kiosk_markdown_view_set_document (self->body, content, lang, entry->document);
  if (entry->evidence != KIOSK_EVIDENCE_NONE)
    {
      g_autofree char *label = NULL;

      gtk_widget_set_visible (self->evidence_box, TRUE);
      kiosk_utils_set_evidence_badge (self->badge, entry->evidence);
      gtk_label_set_text (self->evidence_note,
                          entry->evidence_note != NULL ? entry->evidence_note : "");
      gtk_widget_set_visible (GTK_WIDGET (self->evidence_note),
                              entry->evidence_note != NULL && *entry->evidence_note != '\0');
      label = g_strdup_printf (_("Evidence: %s"), gtk_label_get_text (self->badge));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->badge),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
  show_checked (self, lang, entry);
  if (kiosk_entry_shows_emergency_card (entry))
    show_emergency_card (self, content, lang);

  return GTK_WIDGET (self);
}
