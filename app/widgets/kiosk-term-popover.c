/* kiosk-term-popover.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-term-popover"

#include "config.h"

#include <glib/gi18n.h>

#include "kiosk-speech.h"
#include "kiosk-term-popover.h"
#include "kiosk-utils.h"

/* The plain meaning of one glossary word, shown next to the word. */

struct _KioskTermPopover
{
  GtkPopover  parent_instance;

  /* Template widgets */
  GtkLabel   *title;
  GtkLabel   *forms;
  GtkLabel   *definition;
  GtkWidget  *close_button;
  GtkWidget  *glossary_button;
  GtkWidget  *speech_box;
  GtkWidget  *read_button;
  GtkWidget  *stop_button;

  /* Owned */
  char       *term_id;
};

G_DEFINE_FINAL_TYPE (KioskTermPopover, kiosk_term_popover, GTK_TYPE_POPOVER)

static void
on_close_clicked_cb (KioskTermPopover *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
on_glossary_clicked_cb (KioskTermPopover *self)
{
  g_autofree char *id = g_strdup (self->term_id);

  gtk_popover_popdown (GTK_POPOVER (self));
  if (id != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "kiosk.glossary-term", "s", id);
}

static void
kiosk_term_popover_finalize (GObject *object)
{
  KioskTermPopover *self = KIOSK_TERM_POPOVER (object);

  g_free (self->term_id);

  G_OBJECT_CLASS (kiosk_term_popover_parent_class)->finalize (object);
}

static void
kiosk_term_popover_class_init (KioskTermPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kiosk_term_popover_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kiosk-term-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, KioskTermPopover, title);
  gtk_widget_class_bind_template_child (widget_class, KioskTermPopover, forms);
  gtk_widget_class_bind_template_child (widget_class, KioskTermPopover, definition);
  gtk_widget_class_bind_template_child (widget_class, KioskTermPopover, close_button);
  gtk_widget_class_bind_template_child (widget_class, KioskTermPopover, glossary_button);
  gtk_widget_class_bind_template_child (widget_class, KioskTermPopover, speech_box);
  gtk_widget_class_bind_template_child (widget_class, KioskTermPopover, read_button);
  gtk_widget_class_bind_template_child (widget_class, KioskTermPopover, stop_button);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DIALOG);
}

static void
kiosk_term_popover_init (KioskTermPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->close_button, "clicked",
                           G_CALLBACK (on_close_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->glossary_button, "clicked",
                           G_CALLBACK (on_glossary_clicked_cb), self, G_CONNECT_SWAPPED);
  kiosk_utils_setup_popover (GTK_POPOVER (self));
  gtk_widget_set_visible (self->speech_box, kiosk_speech_is_supported ());
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->title, NULL, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->close_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Close"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->glossary_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("See all words in the glossary"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->read_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Read this word aloud"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->stop_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Stop reading"), -1);
}

GtkWidget *
kiosk_term_popover_new (void)
{
  return g_object_new (KIOSK_TYPE_TERM_POPOVER, NULL);
}

/**
 * kiosk_term_popover_set_term:
 * @self: the popover
 * @term: the word to explain
 */
void
kiosk_term_popover_set_term (KioskTermPopover *self,
                             const KioskTerm  *term)
{
  g_return_if_fail (KIOSK_IS_TERM_POPOVER (self));
  g_return_if_fail (term != NULL);

  g_free (self->term_id);
  self->term_id = g_strdup (term->id);
  gtk_label_set_text (self->title, term->term);
  gtk_label_set_text (self->definition, term->definition);
  {
    /* Read aloud says the word, then what it means. */
    g_autofree char *spoken = g_strdup_printf ("%s. %s", term->term, term->definition);

    gtk_actionable_set_action_target (GTK_ACTIONABLE (self->read_button), "s", spoken);
    gtk_actionable_set_action_name (GTK_ACTIONABLE (self->read_button), "kiosk.read-text");
  }
  if (term->forms != NULL && term->forms[0] != NULL)
    {
      /* Translators: between the other forms of a glossary word, as in
       * "platelets, PRP": the comma your language writes, and a space */
      g_autofree char *joined = g_strjoinv (C_("list of words", ", "), term->forms);
      /* TRANSLATORS: other ways a glossary word is written, e.g. "Also: platelets, PRP" */
      g_autofree char *text = g_strdup_printf (_("Also: %s"), joined);

      gtk_label_set_text (self->forms, text);
      gtk_widget_set_visible (GTK_WIDGET (self->forms), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->forms), FALSE);
}
