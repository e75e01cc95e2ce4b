/* kiosk-markdown-view.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-markdown-view"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "kiosk-markdown-view.h"
#include "kiosk-utils.h"

/* Shows a KioskDocument as a column of labels, one per block. Lists and
 * quotes are indented by their depth, which the model has already capped. */

#define INDENT_PX 44
#define QUOTE_INDENT_PX 28

struct _KioskMarkdownView
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkWidget           *box;

  /* Owned references */
  KioskContent        *content;

  /* Borrowed references: owned by content */
  const KioskDocument *document;

  gboolean             skip_title;
};

G_DEFINE_FINAL_TYPE (KioskMarkdownView, kiosk_markdown_view, GTK_TYPE_WIDGET)

static gboolean
on_activate_link_cb (KioskMarkdownView *self,
                     const char        *uri,
                     GtkLabel          *label)
{
  guint64 index;
  const KioskLink *link;

  /* Returning TRUE always: the kiosk never hands a link to a browser. */
  if (self->document == NULL ||
      !g_ascii_string_to_unsigned (uri, 10, 0, self->document->links->len - 1, &index, NULL))
    return TRUE;

  link = g_ptr_array_index (self->document->links, index);
  switch (link->kind)
    {
    case KIOSK_LINK_PAGE:
      gtk_widget_activate_action (GTK_WIDGET (self), "kiosk.navigate", "s", link->target);
      break;

    case KIOSK_LINK_WEB:
    case KIOSK_LINK_PHONE:
    case KIOSK_LINK_EMAIL:
    case KIOSK_LINK_TERM:
    case KIOSK_LINK_NONE:
    default:
      break;
    }

  return TRUE;
}

static GtkWidget *
create_label (KioskMarkdownView *self,
              const KioskBlock  *block)
{
  g_autofree char *markup = kiosk_block_get_markup (block);
  GtkWidget *label;

  label = g_object_new (GTK_TYPE_LABEL,
                        "accessible-role", block->kind == KIOSK_BLOCK_HEADING ?
                                           GTK_ACCESSIBLE_ROLE_HEADING : GTK_ACCESSIBLE_ROLE_LABEL,
                        "wrap", TRUE,
                        "wrap-mode", block->kind == KIOSK_BLOCK_CODE ? PANGO_WRAP_CHAR :
                                                                       PANGO_WRAP_WORD_CHAR,
                        "xalign", 0.0f,
                        "hexpand", TRUE,
                        "selectable", FALSE,
                        NULL);
  gtk_label_set_markup (GTK_LABEL (label), markup);
  g_signal_connect_object (label, "activate-link", G_CALLBACK (on_activate_link_cb), self,
                           G_CONNECT_SWAPPED);
  return label;
}

static GtkWidget *
create_image (KioskMarkdownView *self,
              const KioskBlock  *block)
{
  g_autofree char *alt = kiosk_block_get_text (block);
  g_autofree char *path = NULL;
  GtkWidget *widget;

  if (block->image != NULL)
    path = kiosk_content_resolve_file (self->content, block->image);

  if (path != NULL)
    {
      widget = gtk_picture_new_for_filename (path);
      gtk_picture_set_can_shrink (GTK_PICTURE (widget), TRUE);
      gtk_picture_set_content_fit (GTK_PICTURE (widget), GTK_CONTENT_FIT_CONTAIN);
      gtk_picture_set_alternative_text (GTK_PICTURE (widget), alt);
      gtk_widget_add_css_class (widget, "image");
      if (gdk_paintable_get_intrinsic_width (gtk_picture_get_paintable (GTK_PICTURE (widget))) > 0)
        return widget;
      g_object_ref_sink (widget);
      g_object_unref (widget);
    }

  /* A missing or unreadable image leaves a visible, labelled gap. */
  widget = gtk_label_new (*alt != '\0' ? alt : _("Picture not available"));
  gtk_label_set_wrap (GTK_LABEL (widget), TRUE);
  gtk_widget_add_css_class (widget, "image-missing");
  return widget;
}

static GtkWidget *
create_block (KioskMarkdownView *self,
              const KioskBlock  *block)
{
  GtkWidget *widget;
  static const char *heading_classes[] = { NULL, "h1", "h2", "h3", "h4", "h5", "h6" };

  switch (block->kind)
    {
    case KIOSK_BLOCK_RULE:
      widget = gtk_separator_new (GTK_ORIENTATION_HORIZONTAL);
      gtk_widget_add_css_class (widget, "rule");
      return widget;

    case KIOSK_BLOCK_IMAGE:
      return create_image (self, block);

    case KIOSK_BLOCK_HEADING:
      widget = create_label (self, block);
      gtk_widget_add_css_class (widget, "heading");
      gtk_widget_add_css_class (widget, heading_classes[CLAMP (block->level, 1, 6)]);
      return widget;

    case KIOSK_BLOCK_CODE:
      widget = create_label (self, block);
      gtk_widget_add_css_class (widget, "code");
      return widget;

    case KIOSK_BLOCK_PARAGRAPH:
    default:
      widget = create_label (self, block);
      gtk_widget_add_css_class (widget, "body");
      if (block->compact)
        gtk_widget_add_css_class (widget, "compact");
      return widget;
    }
}

/* Puts list markers and indentation around a block's widget. */
static GtkWidget *
wrap_block (const KioskBlock *block,
            GtkWidget        *widget)
{
  int indent = block->list_depth * INDENT_PX + block->quote_depth * QUOTE_INDENT_PX;

  if (block->marker != NULL)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      GtkWidget *marker = gtk_label_new (block->marker);

      gtk_widget_set_size_request (marker, INDENT_PX, -1);
      gtk_label_set_xalign (GTK_LABEL (marker), 0.0f);
      gtk_label_set_yalign (GTK_LABEL (marker), 0.0f);
      gtk_widget_set_valign (marker, GTK_ALIGN_START);
      gtk_widget_add_css_class (marker, "marker");
      gtk_box_append (GTK_BOX (row), marker);
      gtk_box_append (GTK_BOX (row), widget);
      if (block->compact)
        gtk_widget_add_css_class (row, "compact");
      widget = row;
      indent -= INDENT_PX;
    }

  if (block->quote_depth > 0)
    gtk_widget_add_css_class (widget, "quote");
  gtk_widget_set_margin_start (widget, MAX (indent, 0));
  return widget;
}

static void
rebuild (KioskMarkdownView *self)
{
  gboolean skipped = FALSE;

  kiosk_utils_clear_box (GTK_BOX (self->box));
  if (self->document == NULL)
    return;

  for (guint i = 0; i < self->document->blocks->len; i++)
    {
      const KioskBlock *block = g_ptr_array_index (self->document->blocks, i);

      if (self->skip_title && !skipped && block->kind == KIOSK_BLOCK_HEADING &&
          block->line == self->document->title_line)
        {
          skipped = TRUE;
          continue;
        }
      if (block->kind == KIOSK_BLOCK_PARAGRAPH && block->runs->len == 0 && block->marker == NULL)
        continue;

      gtk_box_append (GTK_BOX (self->box), wrap_block (block, create_block (self, block)));
    }
}

static void
kiosk_markdown_view_dispose (GObject *object)
{
  KioskMarkdownView *self = KIOSK_MARKDOWN_VIEW (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  self->document = NULL;
  g_clear_object (&self->content);

  G_OBJECT_CLASS (kiosk_markdown_view_parent_class)->dispose (object);
}

static void
kiosk_markdown_view_class_init (KioskMarkdownViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kiosk_markdown_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kiosk-markdown-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KioskMarkdownView, box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
kiosk_markdown_view_init (KioskMarkdownView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
kiosk_markdown_view_new (void)
{
  return g_object_new (KIOSK_TYPE_MARKDOWN_VIEW, NULL);
}

/**
 * kiosk_markdown_view_set_document:
 * @self: the view
 * @content: the content @document belongs to
 * @document: (nullable): what to show
 */
void
kiosk_markdown_view_set_document (KioskMarkdownView   *self,
                                  KioskContent        *content,
                                  const KioskDocument *document)
{
  g_return_if_fail (KIOSK_IS_MARKDOWN_VIEW (self));
  g_return_if_fail (KIOSK_IS_CONTENT (content));

  g_set_object (&self->content, content);
  self->document = document;
  rebuild (self);
}

/**
 * kiosk_markdown_view_set_skip_title:
 * @self: the view
 * @skip: whether to leave out the document's title heading
 *
 * Used where the title is already shown, for example on a tile.
 */
void
kiosk_markdown_view_set_skip_title (KioskMarkdownView *self,
                                    gboolean           skip)
{
  g_return_if_fail (KIOSK_IS_MARKDOWN_VIEW (self));

  self->skip_title = skip;
  rebuild (self);
}
