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
#include <string.h>

#include "kiosk-i18n.h"
#include "kiosk-image-check.h"
#include "kiosk-link-popover.h"
#include "kiosk-markdown-view.h"
#include "kiosk-page-buttons.h"
#include "kiosk-picture.h"
#include "kiosk-term-popover.h"
#include "kiosk-utils.h"

/* Shows a KioskDocument as a column of labels, one per block. Lists and
 * quotes are indented by their depth, which the model has already capped.
 * Glossary words are marked in the text; tapping one, or its button in
 * "Words on this page", opens its meaning in a popover. Web, phone and
 * e-mail links open a popover too (a QR code, or the number in large
 * text); links to pages navigate. */

#define INDENT_PX 44
#define QUOTE_INDENT_PX 28

#define LRM "\xe2\x80\x8e"   /* U+200E LEFT-TO-RIGHT MARK */
#define RLM "\xe2\x80\x8f"   /* U+200F RIGHT-TO-LEFT MARK */
#define MARK_BYTES 3        /* each label's text starts with one of them */

struct _KioskMarkdownView
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkWidget           *box;

  /* Owned references */
  KioskContent        *content;
  char                *lang;
  GArray              *terms;        /* guint: terms on the page, first use order */
  GtkWidget           *term_popover;
  GtkWidget           *link_popover;

  /* Borrowed references: owned by content */
  const KioskDocument *document;
  const KioskCatalog  *catalog;

  KioskMarkdownPart    part;
  gboolean             skip_title;
  gboolean             show_terms;
};

static GQuark block_quark;

G_DEFINE_FINAL_TYPE (KioskMarkdownView, kiosk_markdown_view, GTK_TYPE_WIDGET)

static void
show_term (KioskMarkdownView  *self,
           guint               index,
           const GdkRectangle *rect)
{
  if (self->catalog == NULL || index >= self->catalog->terms->len)
    return;

  if (self->term_popover == NULL)
    {
      self->term_popover = kiosk_term_popover_new ();
      gtk_widget_set_parent (self->term_popover, GTK_WIDGET (self));
    }
  kiosk_term_popover_set_term (KIOSK_TERM_POPOVER (self->term_popover),
                               g_ptr_array_index (self->catalog->terms, index));
  kiosk_utils_popup_at (GTK_WIDGET (self), self->term_popover, rect);
}

static void
show_link (KioskMarkdownView  *self,
           const KioskLink    *link,
           const GdkRectangle *rect)
{
  if (self->link_popover == NULL)
    {
      self->link_popover = kiosk_link_popover_new ();
      gtk_widget_set_parent (self->link_popover, GTK_WIDGET (self));
    }
  kiosk_link_popover_set_link (KIOSK_LINK_POPOVER (self->link_popover), link->kind, link->target);
  kiosk_utils_popup_at (GTK_WIDGET (self), self->link_popover, rect);
}

/* Where link number @index starts and ends in @block's text. */
static gboolean
find_link_text (const KioskBlock *block,
                int               index,
                gsize            *start,
                gsize            *end)
{
  gsize offset = 0;
  gboolean found = FALSE;

  for (guint i = 0; i < block->runs->len; i++)
    {
      const KioskRun *run = &g_array_index (block->runs, KioskRun, i);

      if (run->link == index)
        {
          if (!found)
            *start = offset;
          found = TRUE;
          *end = offset + run->len;
        }
      else if (found)
        break;
      offset += run->len;
    }
  return found;
}

static gboolean
on_activate_link_cb (KioskMarkdownView *self,
                     const char        *uri,
                     GtkLabel          *label)
{
  const KioskBlock *block = g_object_get_qdata (G_OBJECT (label), block_quark);
  GdkRectangle rect;
  guint64 index;
  const KioskLink *link;

  /* Returning TRUE always: the kiosk never hands a link to a browser. */
  if (self->document == NULL || block == NULL)
    return TRUE;

  if (g_str_has_prefix (uri, "t:"))
    {
      g_auto(GStrv) parts = g_strsplit (uri + 2, ":", 2);
      guint64 term, offset;
      g_autofree char *text = kiosk_block_get_text (block);

      if (g_strv_length (parts) == 2 &&
          g_ascii_string_to_unsigned (parts[0], 10, 0, G_MAXUINT, &term, NULL) &&
          g_ascii_string_to_unsigned (parts[1], 10, 0, strlen (text), &offset, NULL))
        {
          const char *end = g_utf8_next_char (text + offset);

          /* The popover points at the whole word when it fits on a line. */
          g_autoptr(GArray) matches = self->catalog != NULL ?
            kiosk_glossary_find (self->catalog->glossary, text + offset, -1) : NULL;

          if (matches != NULL && matches->len > 0 &&
              g_array_index (matches, KioskGlossaryMatch, 0).start == 0)
            end = text + offset + g_array_index (matches, KioskGlossaryMatch, 0).end;
          kiosk_utils_get_text_rect (GTK_WIDGET (self), label, MARK_BYTES + offset,
                                     MARK_BYTES + (end - text), &rect);
          show_term (self, term, &rect);
        }
      return TRUE;
    }

  if (!g_ascii_string_to_unsigned (uri, 10, 0, self->document->links->len - 1, &index, NULL))
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
      {
        gsize start = 0, end = 0;

        if (!find_link_text (block, index, &start, &end))
          end = start = 0;
        kiosk_utils_get_text_rect (GTK_WIDGET (self), label, MARK_BYTES + start, MARK_BYTES + end,
                                   &rect);
        show_link (self, link, &rect);
      }
      break;

    case KIOSK_LINK_TERM:
    case KIOSK_LINK_NONE:
    default:
      break;
    }

  return TRUE;
}

static const char *
direction_mark (KioskMarkdownView *self)
{
  return gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL ? RLM : LRM;
}

static GtkWidget *
create_label (KioskMarkdownView *self,
              const KioskBlock  *block)
{
  g_autofree char *markup = NULL;
  g_autofree char *markup_with_mark = NULL;
  GtkWidget *label;

  markup = kiosk_block_get_markup_with_terms (block,
                                              self->catalog != NULL ? self->catalog->glossary : NULL,
                                              self->terms);

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
  /* The paragraph's direction is the page's, not that of its first letter
   * ("PRP …" in an Arabic page): a direction mark before the text says so. */
  markup_with_mark = g_strconcat (direction_mark (self), markup, NULL);
  gtk_label_set_markup (GTK_LABEL (label), markup_with_mark);
  if (block->kind == KIOSK_BLOCK_HEADING)
    gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                    GTK_ACCESSIBLE_PROPERTY_LEVEL, (int) CLAMP (block->level, 1, 6),
                                    -1);
  g_object_set_qdata (G_OBJECT (label), block_quark, (gpointer) block);
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

  /* Nothing decodes a picture before its size and references are checked. */
  if (block->image != NULL)
    path = kiosk_content_resolve_file (self->content, block->image);
  if (path != NULL && !kiosk_image_check (path, NULL))
    g_clear_pointer (&path, g_free);

  /* A picture that cannot be shown leaves its description in its place. */
  return kiosk_picture_new (path, alt);
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
on_term_button_clicked_cb (GtkButton         *button,
                           KioskMarkdownView *self)
{
  guint index = kiosk_page_buttons_get_term (button);
  GdkRectangle rect;

  kiosk_utils_get_widget_rect (GTK_WIDGET (self), GTK_WIDGET (button), &rect);
  show_term (self, index, &rect);
}

static void
on_link_button_clicked_cb (GtkButton         *button,
                           KioskMarkdownView *self)
{
  guint index = kiosk_page_buttons_get_link (button);
  GdkRectangle rect;

  if (self->document == NULL || index >= self->document->links->len)
    return;
  kiosk_utils_get_widget_rect (GTK_WIDGET (self), GTK_WIDGET (button), &rect);
  show_link (self, g_ptr_array_index (self->document->links, index), &rect);
}

/* The lead of a document: its title and the paragraph right after it.
 * Returns the index of the first block after the lead. */
static guint
find_lead_end (const KioskDocument *document)
{
  guint i = 0;

  if (i < document->blocks->len &&
      ((const KioskBlock *) g_ptr_array_index (document->blocks, i))->line == document->title_line)
    i++;
  if (i < document->blocks->len &&
      ((const KioskBlock *) g_ptr_array_index (document->blocks, i))->kind == KIOSK_BLOCK_PARAGRAPH)
    i++;
  return i;
}

static void
rebuild (KioskMarkdownView *self)
{
  gboolean skipped = FALSE;
  guint first = 0, end;

  kiosk_utils_popdown_all (GTK_WIDGET (self));
  kiosk_utils_clear_box (GTK_BOX (self->box));
  g_array_set_size (self->terms, 0);
  if (self->document == NULL)
    return;

  end = self->document->blocks->len;
  if (self->part == KIOSK_MARKDOWN_PART_LEAD)
    end = find_lead_end (self->document);
  else if (self->part == KIOSK_MARKDOWN_PART_REST)
    first = find_lead_end (self->document);

  /* The rest's "Words on this page" lists the lead's words too, first. */
  for (guint i = 0; i < first && self->catalog != NULL; i++)
    g_free (kiosk_block_get_markup_with_terms (g_ptr_array_index (self->document->blocks, i),
                                               self->catalog->glossary, self->terms));

  for (guint i = first; i < end; i++)
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

  if (self->show_terms && self->catalog != NULL && self->part != KIOSK_MARKDOWN_PART_LEAD)
    kiosk_page_buttons_add_terms (GTK_BOX (self->box), self->catalog, self->terms,
                                  G_CALLBACK (on_term_button_clicked_cb), self);
  if (self->show_terms && self->part != KIOSK_MARKDOWN_PART_LEAD)
    kiosk_page_buttons_add_links (GTK_BOX (self->box), self->document,
                                  G_CALLBACK (on_link_button_clicked_cb), self);
}

static void
kiosk_markdown_view_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  KioskMarkdownView *self = KIOSK_MARKDOWN_VIEW (widget);

  /* Text is laid out height for width: how wide it may be never depends
   * on a height. A box that puts it beside something (the QR code) asks
   * for its width at the box's height, and long paragraphs would answer
   * with one line wide enough for that height. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    for_size = -1;
  gtk_widget_measure (self->box, orientation, for_size, minimum, natural, NULL, NULL);
}

static GtkSizeRequestMode
kiosk_markdown_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
kiosk_markdown_view_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  KioskMarkdownView *self = KIOSK_MARKDOWN_VIEW (widget);

  gtk_widget_allocate (self->box, width, height, -1, NULL);
  kiosk_utils_present_popovers (widget);
}

static void
kiosk_markdown_view_dispose (GObject *object)
{
  KioskMarkdownView *self = KIOSK_MARKDOWN_VIEW (object);

  g_clear_pointer (&self->term_popover, gtk_widget_unparent);
  g_clear_pointer (&self->link_popover, gtk_widget_unparent);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  self->document = NULL;
  self->catalog = NULL;
  g_clear_object (&self->content);

  G_OBJECT_CLASS (kiosk_markdown_view_parent_class)->dispose (object);
}

static void
kiosk_markdown_view_finalize (GObject *object)
{
  KioskMarkdownView *self = KIOSK_MARKDOWN_VIEW (object);

  g_free (self->lang);
  g_array_unref (self->terms);

  G_OBJECT_CLASS (kiosk_markdown_view_parent_class)->finalize (object);
}

static void
kiosk_markdown_view_class_init (KioskMarkdownViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kiosk_markdown_view_dispose;
  object_class->finalize = kiosk_markdown_view_finalize;
  widget_class->measure = kiosk_markdown_view_measure;
  widget_class->size_allocate = kiosk_markdown_view_size_allocate;
  widget_class->get_request_mode = kiosk_markdown_view_get_request_mode;

  block_quark = g_quark_from_static_string ("kiosk-block");

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kiosk-markdown-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KioskMarkdownView, box);
}

static void
kiosk_markdown_view_init (KioskMarkdownView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->terms = g_array_new (FALSE, FALSE, sizeof (guint));
}

/**
 * kiosk_markdown_view_set_document:
 * @self: the view
 * @content: the content @document belongs to
 * @lang: the language of @document, whose glossary words are marked
 * @document: (nullable): what to show
 */
void
kiosk_markdown_view_set_document (KioskMarkdownView   *self,
                                  KioskContent        *content,
                                  const char          *lang,
                                  const KioskDocument *document)
{
  g_return_if_fail (KIOSK_IS_MARKDOWN_VIEW (self));
  g_return_if_fail (KIOSK_IS_CONTENT (content));

  g_set_object (&self->content, content);
  g_free (self->lang);
  self->lang = g_strdup (lang);
  self->catalog = kiosk_content_get_catalog (content, lang);
  self->document = document;
  /* A page reads in its own language's direction, whatever the screen
   * around it: an English page shown to an Arabic reader stays left to
   * right, with its bullets and quote bars on the left. */
  gtk_widget_set_direction (GTK_WIDGET (self),
                            lang != NULL && kiosk_i18n_is_right_to_left (lang) ?
                            GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
  rebuild (self);
}

/**
 * kiosk_markdown_view_set_show_terms:
 * @self: the view
 * @show: whether to end with a "Words on this page" row of buttons
 */
void
kiosk_markdown_view_set_show_terms (KioskMarkdownView *self,
                                    gboolean           show)
{
  g_return_if_fail (KIOSK_IS_MARKDOWN_VIEW (self));

  self->show_terms = show;
  rebuild (self);
}


/**
 * kiosk_markdown_view_set_part:
 * @self: the view
 * @part: which part of the document to show
 *
 * A section shows its lead (title and first paragraph) above its cards
 * and the rest, with "Words on this page", below them.
 */
void
kiosk_markdown_view_set_part (KioskMarkdownView *self,
                              KioskMarkdownPart  part)
{
  g_return_if_fail (KIOSK_IS_MARKDOWN_VIEW (self));

  self->part = part;
  rebuild (self);
}

/**
 * kiosk_markdown_view_is_empty:
 * @self: the view
 *
 * Returns: whether the view shows nothing
 */
gboolean
kiosk_markdown_view_is_empty (KioskMarkdownView *self)
{
  g_return_val_if_fail (KIOSK_IS_MARKDOWN_VIEW (self), TRUE);

  return gtk_widget_get_first_child (self->box) == NULL;
}
