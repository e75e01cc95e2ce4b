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
#include "kiosk-utils.h"

/* A section: its introduction, then one card per page in it. */

struct _KioskSectionScreen
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkWidget         *scrolled;
  KioskMarkdownView *intro;
  GtkFlowBox        *cards;
};

G_DEFINE_FINAL_TYPE_WITH_CODE (KioskSectionScreen, kiosk_section_screen, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (KIOSK_TYPE_SCREEN, NULL))

static void
kiosk_section_screen_dispose (GObject *object)
{
  KioskSectionScreen *self = KIOSK_SECTION_SCREEN (object);

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);

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
  gtk_widget_class_bind_template_child (widget_class, KioskSectionScreen, scrolled);
  gtk_widget_class_bind_template_child (widget_class, KioskSectionScreen, intro);
  gtk_widget_class_bind_template_child (widget_class, KioskSectionScreen, cards);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sectionscreen");

  g_type_ensure (KIOSK_TYPE_CLAMP);
  g_type_ensure (KIOSK_TYPE_MARKDOWN_VIEW);
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

  kiosk_markdown_view_set_show_terms (self->intro, TRUE);
  kiosk_markdown_view_set_document (self->intro, content, lang, section->document);
  for (guint i = 0; section->children != NULL && i < section->children->len; i++)
    gtk_flow_box_append (self->cards,
                         kiosk_tile_new_for_entry (content,
                                                   g_ptr_array_index (section->children, i)));
  kiosk_utils_unfocus_flow_children (self->cards);

  return GTK_WIDGET (self);
}
