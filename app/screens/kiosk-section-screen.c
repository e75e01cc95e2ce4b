/* kiosk-section-screen.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-section-screen"

#include "config.h"

#include "kiosk-clamp.h"
#include "kiosk-markdown-view.h"
#include "kiosk-section-screen.h"
#include "kiosk-screen.h"
#include "kiosk-tile.h"
#include "kiosk-more-below.h"
#include "kiosk-utils.h"

/* A section: the lead of its introduction (title and first paragraph),
 * one card per page in it, then the rest of the introduction and "Words
 * on this page". The cards are what a patient came for, so they show
 * without scrolling; the first paragraph says what they are about. */

struct _KioskSectionScreen
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkWidget         *more_below;
  GtkWidget         *scrolled;
  KioskMarkdownView *intro;
  GtkFlowBox        *cards;
  GtkWidget         *more_clamp;
  KioskMarkdownView *more;
};

G_DEFINE_FINAL_TYPE_WITH_CODE (KioskSectionScreen, kiosk_section_screen, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (KIOSK_TYPE_SCREEN, NULL))

static void
kiosk_section_screen_dispose (GObject *object)
{
  KioskSectionScreen *self = KIOSK_SECTION_SCREEN (object);

  self->scrolled = NULL;
  g_clear_pointer (&self->more_below, gtk_widget_unparent);

  G_OBJECT_CLASS (kiosk_section_screen_parent_class)->dispose (object);
}

static void
kiosk_section_screen_class_init (KioskSectionScreenClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kiosk_section_screen_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kiosk-section-screen.ui");
  gtk_widget_class_bind_template_child (widget_class, KioskSectionScreen, more_below);
  gtk_widget_class_bind_template_child (widget_class, KioskSectionScreen, scrolled);
  gtk_widget_class_bind_template_child (widget_class, KioskSectionScreen, intro);
  gtk_widget_class_bind_template_child (widget_class, KioskSectionScreen, cards);
  gtk_widget_class_bind_template_child (widget_class, KioskSectionScreen, more_clamp);
  gtk_widget_class_bind_template_child (widget_class, KioskSectionScreen, more);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sectionscreen");

  g_type_ensure (KIOSK_TYPE_CLAMP);
  g_type_ensure (KIOSK_TYPE_MARKDOWN_VIEW);

  g_type_ensure (KIOSK_TYPE_MORE_BELOW);
}

static void
kiosk_section_screen_init (KioskSectionScreen *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kiosk_utils_enable_drag_scroll (GTK_SCROLLED_WINDOW (self->scrolled));
}

GtkWidget *
kiosk_section_screen_new (KioskContent     *content,
                          const char       *lang,
                          const KioskEntry *section)
{
  KioskSectionScreen *self = g_object_new (KIOSK_TYPE_SECTION_SCREEN, NULL);

  g_return_val_if_fail (section != NULL, GTK_WIDGET (self));

  kiosk_markdown_view_set_part (self->intro, KIOSK_MARKDOWN_PART_LEAD);
  kiosk_markdown_view_set_document (self->intro, content, lang, section->document);
  kiosk_markdown_view_set_part (self->more, KIOSK_MARKDOWN_PART_REST);
  kiosk_markdown_view_set_show_terms (self->more, TRUE);
  kiosk_markdown_view_set_document (self->more, content, lang, section->document);
  gtk_widget_set_visible (self->more_clamp, !kiosk_markdown_view_is_empty (self->more));
  for (guint i = 0; section->children != NULL && i < section->children->len; i++)
    gtk_flow_box_append (self->cards,
                         kiosk_tile_new_for_entry (content,
                                                   g_ptr_array_index (section->children, i)));
  kiosk_utils_unfocus_flow_children (self->cards);

  return GTK_WIDGET (self);
}
