/* kiosk-page-buttons.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-page-buttons"

#include "config.h"

#include <glib/gi18n.h>

#include "kiosk-page-buttons.h"
#include "kiosk-utils.h"

/* A heading (so screen reader users can jump to it) and an empty row of
 * big buttons under it, at the end of the page. */
static GtkWidget *
add_button_row (GtkBox     *box,
                const char *title)
{
  GtkWidget *heading, *flow;

  heading = g_object_new (GTK_TYPE_LABEL,
                          "label", title,
                          "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                          NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_label_set_xalign (GTK_LABEL (heading), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_add_css_class (heading, "terms-heading");
  gtk_box_append (box, heading);

  flow = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), FALSE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 20);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_widget_add_css_class (flow, "terms");
  gtk_box_append (box, flow);
  return flow;
}

/**
 * kiosk_page_buttons_add_terms:
 * @box: the page's column of blocks
 * @catalog: the catalog the term numbers belong to
 * @terms: (element-type guint): term numbers, in reading order
 * @clicked: the buttons' GtkButton::clicked handler
 * @owner: a #GObject, the handler's data
 *
 * Appends "Words on this page": each term of @terms once, as a big button.
 * Nothing is added when @terms is empty.
 */
void
kiosk_page_buttons_add_terms (GtkBox             *box,
                              const KioskCatalog *catalog,
                              GArray             *terms,
                              GCallback           clicked,
                              gpointer            owner)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GtkWidget *flow;

  if (terms->len == 0)
    return;

  flow = add_button_row (box, _("Words on this page"));
  for (guint i = 0; i < terms->len; i++)
    {
      guint index = g_array_index (terms, guint, i);
      const KioskTerm *term;
      GtkWidget *button;
      g_autofree char *description = NULL;

      if (index >= catalog->terms->len ||
          !g_hash_table_add (seen, GUINT_TO_POINTER (index + 1)))
        continue;
      term = g_ptr_array_index (catalog->terms, index);
      button = gtk_button_new_with_label (term->term);
      gtk_widget_add_css_class (button, "term-button");
      g_object_set_data (G_OBJECT (button), "kiosk-term", GUINT_TO_POINTER (index));
      /* TRANSLATORS: what a screen reader says about a glossary button */
      description = g_strdup_printf (_("Show what “%s” means"), term->term);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
      g_signal_connect_object (button, "clicked", clicked, owner, 0);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), button);
    }
  kiosk_utils_unfocus_flow_children (GTK_FLOW_BOX (flow));
}

/* The words of the text that make up link number @index. */
static char *
get_link_text (const KioskDocument *document,
               guint                index)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < document->blocks->len; i++)
    {
      const KioskBlock *block = g_ptr_array_index (document->blocks, i);

      for (guint r = 0; r < block->runs->len; r++)
        {
          const KioskRun *run = &g_array_index (block->runs, KioskRun, r);

          if (run->link == (int) index)
            g_string_append (text, run->text);
        }
    }
  return g_strstrip (g_string_free (text, FALSE));
}

/**
 * kiosk_page_buttons_add_links:
 * @box: the page's column of blocks
 * @document: the page
 * @clicked: the buttons' GtkButton::clicked handler
 * @owner: a #GObject, the handler's data
 *
 * Appends "Links on this page": web, phone and e-mail links as big buttons
 * too. Links inside a label are out of reach of a screen reader in GTK 4.8.
 * Nothing is added when the page has no such link.
 */
void
kiosk_page_buttons_add_links (GtkBox              *box,
                              const KioskDocument *document,
                              GCallback            clicked,
                              gpointer             owner)
{
  GtkWidget *flow = NULL;

  for (guint i = 0; i < document->links->len; i++)
    {
      const KioskLink *link = g_ptr_array_index (document->links, i);
      g_autofree char *text = NULL;
      GtkWidget *button;

      if (link->kind != KIOSK_LINK_WEB && link->kind != KIOSK_LINK_PHONE &&
          link->kind != KIOSK_LINK_EMAIL)
        continue;
      if (flow == NULL)
        flow = add_button_row (box, _("Links on this page"));
      text = get_link_text (document, i);
      button = gtk_button_new_with_label (*text != '\0' ? text : link->target);
      /* A link's words can be long (or a whole address): they wrap. */
      gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))),
                               PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (button, "term-button");
      gtk_widget_add_css_class (button, "link-button");
      g_object_set_data (G_OBJECT (button), "kiosk-link", GUINT_TO_POINTER (i + 1));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, link->target, -1);
      g_signal_connect_object (button, "clicked", clicked, owner, 0);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), button);
    }
  if (flow != NULL)
    kiosk_utils_unfocus_flow_children (GTK_FLOW_BOX (flow));
}

/**
 * kiosk_page_buttons_get_term:
 * @button: a button of "Words on this page"
 *
 * Returns: the number of its term in the catalog
 */
guint
kiosk_page_buttons_get_term (GtkButton *button)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kiosk-term"));
}

/**
 * kiosk_page_buttons_get_link:
 * @button: a button of "Links on this page"
 *
 * Returns: the number of its link in the document, or %G_MAXUINT when
 *   @button is not a link button
 */
guint
kiosk_page_buttons_get_link (GtkButton *button)
{
  /* Stored as index + 1, so that no link is NULL. */
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kiosk-link")) - 1;
}
