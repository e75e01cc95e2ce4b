/* kiosk-glossary-screen.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-glossary-screen"

#include "config.h"

#include <glib/gi18n.h>

#include "kiosk-clamp.h"
#include "kiosk-glossary-screen.h"
#include "kiosk-screen.h"
#include "kiosk-more-below.h"
#include "kiosk-utils.h"

/* Every glossary word, A to Z, one big row each. Tapping a row opens its
 * meaning right under it; tapping again closes it. */

struct _KioskGlossaryScreen
{
  GtkWidget  parent_instance;

  /* Template widgets */
  GtkWidget *more_below;
  GtkWidget *scrolled;
  GtkLabel  *title;
  GtkLabel  *intro;
  GtkWidget *list;
};

static void kiosk_glossary_screen_screen_init (KioskScreenInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KioskGlossaryScreen, kiosk_glossary_screen, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (KIOSK_TYPE_SCREEN,
                                                      kiosk_glossary_screen_screen_init))

static void
set_open (GtkWidget *row,
          gboolean   open)
{
  GtkWidget *button = gtk_widget_get_first_child (row);
  GtkWidget *revealer = gtk_widget_get_next_sibling (button);

  gtk_revealer_set_reveal_child (GTK_REVEALER (revealer), open);
  gtk_widget_set_visible (revealer, open);
  gtk_accessible_update_state (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_STATE_EXPANDED, open, -1);
  if (open)
    gtk_widget_add_css_class (row, "open");
  else
    gtk_widget_remove_css_class (row, "open");
}

static void
on_row_clicked_cb (GtkButton *button,
                   GtkWidget *row)
{
  set_open (row, !gtk_widget_has_css_class (row, "open"));
}

static GtkWidget *
create_row (const KioskTerm *term)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *button = gtk_button_new ();
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *name = gtk_label_new (term->term);
  GtkWidget *revealer = gtk_revealer_new ();
  GtkWidget *definition = gtk_label_new (term->definition);

  gtk_widget_add_css_class (row, "glossary-row");
  g_object_set_data_full (G_OBJECT (row), "kiosk-term", g_strdup (term->id), g_free);

  gtk_label_set_xalign (GTK_LABEL (name), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_widget_add_css_class (name, "glossary-term");
  gtk_box_append (GTK_BOX (head), name);
  if (term->forms != NULL && term->forms[0] != NULL)
    {
      /* Translators: between the other forms of a glossary word, as in
       * "platelets, PRP": the comma your language writes, and a space */
      g_autofree char *joined = g_strjoinv (C_("list of words", ", "), term->forms);
      g_autofree char *text = g_strdup_printf (_("Also: %s"), joined);
      GtkWidget *forms = gtk_label_new (text);

      gtk_label_set_xalign (GTK_LABEL (forms), 0.0f);
      gtk_label_set_wrap (GTK_LABEL (forms), TRUE);
      gtk_widget_add_css_class (forms, "glossary-forms");
      gtk_box_append (GTK_BOX (head), forms);
    }
  gtk_widget_set_hexpand (head, TRUE);
  gtk_widget_set_valign (head, GTK_ALIGN_CENTER);
  {
    GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 16);
    GtkWidget *chevron = g_object_new (GTK_TYPE_IMAGE,
                                       "icon-name", "kiosk-expand-symbolic",
                                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                       NULL);

    gtk_image_set_pixel_size (GTK_IMAGE (chevron), 32);
    gtk_widget_set_valign (chevron, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (chevron, "chevron");
    gtk_box_append (GTK_BOX (inner), head);
    gtk_box_append (GTK_BOX (inner), chevron);
    gtk_button_set_child (GTK_BUTTON (button), inner);
  }
  gtk_widget_add_css_class (button, "glossary-button");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, term->term, -1);
  g_signal_connect (button, "clicked", G_CALLBACK (on_row_clicked_cb), row);

  gtk_label_set_xalign (GTK_LABEL (definition), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (definition), TRUE);
  gtk_widget_add_css_class (definition, "glossary-definition");
  gtk_revealer_set_transition_type (GTK_REVEALER (revealer), GTK_REVEALER_TRANSITION_TYPE_NONE);
  gtk_revealer_set_child (GTK_REVEALER (revealer), definition);

  gtk_box_append (GTK_BOX (row), button);
  gtk_box_append (GTK_BOX (row), revealer);
  set_open (row, FALSE);
  return row;
}

/* Once the row has its place on screen, scroll so that it is at the top. */
static gboolean
scroll_to_row_cb (GtkWidget     *scrolled,
                  GdkFrameClock *clock,
                  gpointer       data)
{
  GtkWidget *row = data;
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  graphene_rect_t bounds;

  if (gtk_widget_get_height (row) <= 0 || gtk_adjustment_get_upper (adj) <= 0 ||
      !gtk_widget_compute_bounds (row, content, &bounds))
    return G_SOURCE_CONTINUE;

  gtk_adjustment_set_value (adj, bounds.origin.y - 24);
  return G_SOURCE_REMOVE;
}

static void
kiosk_glossary_screen_dispose (GObject *object)
{
  KioskGlossaryScreen *self = KIOSK_GLOSSARY_SCREEN (object);

  self->scrolled = NULL;
  g_clear_pointer (&self->more_below, gtk_widget_unparent);

  G_OBJECT_CLASS (kiosk_glossary_screen_parent_class)->dispose (object);
}

static void
kiosk_glossary_screen_class_init (KioskGlossaryScreenClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kiosk_glossary_screen_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kiosk-glossary-screen.ui");
  gtk_widget_class_bind_template_child (widget_class, KioskGlossaryScreen, more_below);
  gtk_widget_class_bind_template_child (widget_class, KioskGlossaryScreen, scrolled);
  gtk_widget_class_bind_template_child (widget_class, KioskGlossaryScreen, title);
  gtk_widget_class_bind_template_child (widget_class, KioskGlossaryScreen, intro);
  gtk_widget_class_bind_template_child (widget_class, KioskGlossaryScreen, list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "glossaryscreen");

  g_type_ensure (KIOSK_TYPE_CLAMP);

  g_type_ensure (KIOSK_TYPE_MORE_BELOW);
}

static void
kiosk_glossary_screen_init (KioskGlossaryScreen *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kiosk_utils_enable_drag_scroll (GTK_SCROLLED_WINDOW (self->scrolled));
}

/**
 * kiosk_glossary_screen_new:
 * @content: the content
 * @lang: the language shown
 *
 * Returns: (transfer floating): the screen
 */
GtkWidget *
kiosk_glossary_screen_new (KioskContent *content,
                           const char   *lang)
{
  KioskGlossaryScreen *self = g_object_new (KIOSK_TYPE_GLOSSARY_SCREEN, NULL);
  const KioskCatalog *catalog = kiosk_content_get_catalog (content, lang);

  gtk_label_set_text (self->title, catalog != NULL && catalog->glossary_title != NULL ?
                                   catalog->glossary_title : _("Glossary"));
  gtk_label_set_text (self->intro, catalog != NULL && catalog->glossary_intro != NULL ?
                                   catalog->glossary_intro : "");
  gtk_widget_set_visible (GTK_WIDGET (self->intro),
                          catalog != NULL && catalog->glossary_intro != NULL);

  if (catalog == NULL || catalog->terms->len == 0)
    {
      GtkWidget *empty = gtk_label_new (_("There are no words in the glossary yet."));

      gtk_label_set_wrap (GTK_LABEL (empty), TRUE);
      gtk_label_set_xalign (GTK_LABEL (empty), 0.0f);
      gtk_box_append (GTK_BOX (self->list), empty);
      return GTK_WIDGET (self);
    }

  for (guint i = 0; i < catalog->terms->len; i++)
    gtk_box_append (GTK_BOX (self->list), create_row (g_ptr_array_index (catalog->terms, i)));

  return GTK_WIDGET (self);
}

/* Opens the term's meaning and scrolls it into view. */
static gboolean
kiosk_glossary_screen_open_term (KioskScreen *screen,
                                 const char  *term_id)
{
  KioskGlossaryScreen *self = KIOSK_GLOSSARY_SCREEN (screen);

  for (GtkWidget *row = gtk_widget_get_first_child (self->list);
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      const char *id = g_object_get_data (G_OBJECT (row), "kiosk-term");

      if (g_strcmp0 (id, term_id) == 0)
        {
          GtkWidget *button = gtk_widget_get_first_child (row);

          set_open (row, TRUE);
          gtk_widget_grab_focus (button);
          gtk_widget_add_tick_callback (self->scrolled, scroll_to_row_cb,
                                        g_object_ref (row), g_object_unref);
          return TRUE;
        }
    }
  return FALSE;
}

static void
kiosk_glossary_screen_screen_init (KioskScreenInterface *iface)
{
  iface->open_term = kiosk_glossary_screen_open_term;
}
