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

#include "kiosk-link-popover.h"
#include "kiosk-markdown-view.h"
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

  gboolean             skip_title;
  gboolean             show_terms;
};

static GQuark block_quark;

G_DEFINE_FINAL_TYPE (KioskMarkdownView, kiosk_markdown_view, GTK_TYPE_WIDGET)

/* The rectangle, in the view's coordinates, of the text from @start to
 * @end (byte offsets into the label's text), for a popover to point at. */
static void
get_text_rect (KioskMarkdownView *self,
               GtkLabel          *label,
               gsize              start,
               gsize              end,
               GdkRectangle      *rect)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  PangoRectangle first, last;
  int lx, ly;
  double vx = 0, vy = 0;

  gtk_label_get_layout_offsets (label, &lx, &ly);
  pango_layout_index_to_pos (layout, start, &first);
  pango_layout_index_to_pos (layout, end > start ? end - 1 : start, &last);
  pango_extents_to_pixels (&first, NULL);
  pango_extents_to_pixels (&last, NULL);

  gtk_widget_translate_coordinates (GTK_WIDGET (label), GTK_WIDGET (self),
                                    lx + first.x, ly + first.y, &vx, &vy);
  rect->x = (int) vx;
  rect->y = (int) vy;
  rect->height = MAX (first.height, 1);
  /* A word broken over two lines: point at its first part. */
  rect->width = last.y == first.y ? MAX (last.x + last.width - first.x, 1) : MAX (first.width, 1);
}

static void
widget_rect (KioskMarkdownView *self,
             GtkWidget         *widget,
             GdkRectangle      *rect)
{
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (widget, GTK_WIDGET (self), &bounds))
    graphene_rect_init (&bounds, 0, 0, 1, 1);
  rect->x = (int) bounds.origin.x;
  rect->y = (int) bounds.origin.y;
  rect->width = MAX ((int) bounds.size.width, 1);
  rect->height = MAX ((int) bounds.size.height, 1);
}

/* A popover must point at something on screen: a word scrolled out of
 * sight is clamped to the nearest visible point of the window. */
static void
clamp_to_window (KioskMarkdownView *self,
                 GdkRectangle      *rect)
{
  GtkWidget *native = GTK_WIDGET (gtk_widget_get_native (GTK_WIDGET (self)));
  double nx, ny, cx, cy, bx, by;
  int w, h;

  if (native == NULL ||
      !gtk_widget_translate_coordinates (GTK_WIDGET (self), native, rect->x, rect->y, &nx, &ny))
    return;
  w = gtk_widget_get_width (native);
  h = gtk_widget_get_height (native);
  cx = CLAMP (nx, 0, MAX (w - rect->width, 0));
  cy = CLAMP (ny, 0, MAX (h - rect->height, 0));
  if (cx == nx && cy == ny)
    return;
  if (gtk_widget_translate_coordinates (native, GTK_WIDGET (self), cx, cy, &bx, &by))
    {
      rect->x = (int) bx;
      rect->y = (int) by;
      rect->width = MIN (rect->width, MAX (w, 1));
      rect->height = MIN (rect->height, MAX (h, 1));
    }
}

static void
popup_at (KioskMarkdownView  *self,
          GtkWidget          *popover,
          const GdkRectangle *where)
{
  GdkRectangle rect = *where;

  clamp_to_window (self, &rect);
  kiosk_utils_popdown_all (GTK_WIDGET (self));
  gtk_popover_set_pointing_to (GTK_POPOVER (popover), &rect);
  gtk_popover_popup (GTK_POPOVER (popover));
}

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
  popup_at (self, self->term_popover, rect);
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
  popup_at (self, self->link_popover, rect);
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
          get_text_rect (self, label, offset, end - text, &rect);
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
        get_text_rect (self, label, start, end, &rect);
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

static GtkWidget *
create_label (KioskMarkdownView *self,
              const KioskBlock  *block)
{
  g_autofree char *markup = NULL;
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
  gtk_label_set_markup (GTK_LABEL (label), markup);
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
  GtkWidget *widget;

  if (block->image != NULL)
    path = kiosk_content_resolve_file (self->content, block->image);

  if (path != NULL)
    {
      widget = gtk_picture_new_for_filename (path);
      gtk_picture_set_can_shrink (GTK_PICTURE (widget), TRUE);
      gtk_picture_set_content_fit (GTK_PICTURE (widget), GTK_CONTENT_FIT_CONTAIN);
      gtk_picture_set_alternative_text (GTK_PICTURE (widget), alt);
      /* GTK 4.8 makes the alternative text the description only; the
       * name would be "GtkPicture". */
      if (*alt != '\0')
        gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, alt, -1);
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
on_term_button_clicked_cb (GtkButton         *button,
                           KioskMarkdownView *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kiosk-term"));
  GdkRectangle rect;

  widget_rect (self, GTK_WIDGET (button), &rect);
  show_term (self, index, &rect);
}

/* A heading (so screen reader users can jump to it) and an empty row of
 * big buttons under it, at the end of the page. */
static GtkWidget *
add_button_row (KioskMarkdownView *self,
                const char        *title)
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
  gtk_box_append (GTK_BOX (self->box), heading);

  flow = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), FALSE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 20);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_widget_add_css_class (flow, "terms");
  gtk_box_append (GTK_BOX (self->box), flow);
  return flow;
}

/* "Words on this page": every glossary word of the page as a big button,
 * for screen readers, keyboards, switches and unsteady fingers. */
static void
add_term_buttons (KioskMarkdownView *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GtkWidget *flow;

  if (self->terms->len == 0)
    return;

  flow = add_button_row (self, _("Words on this page"));
  for (guint i = 0; i < self->terms->len; i++)
    {
      guint index = g_array_index (self->terms, guint, i);
      const KioskTerm *term;
      GtkWidget *button;
      g_autofree char *description = NULL;

      if (index >= self->catalog->terms->len ||
          !g_hash_table_add (seen, GUINT_TO_POINTER (index + 1)))
        continue;
      term = g_ptr_array_index (self->catalog->terms, index);
      button = gtk_button_new_with_label (term->term);
      gtk_widget_add_css_class (button, "term-button");
      g_object_set_data (G_OBJECT (button), "kiosk-term", GUINT_TO_POINTER (index));
      /* TRANSLATORS: what a screen reader says about a glossary button */
      description = g_strdup_printf (_("Show what “%s” means"), term->term);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_term_button_clicked_cb),
                               self, 0);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), button);
    }
  kiosk_utils_unfocus_flow_children (GTK_FLOW_BOX (flow));
}

static void
on_link_button_clicked_cb (GtkButton         *button,
                           KioskMarkdownView *self)
{
  /* Stored as index + 1, so that no link is NULL. */
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kiosk-link")) - 1;
  GdkRectangle rect;

  if (self->document == NULL || index >= self->document->links->len)
    return;
  widget_rect (self, GTK_WIDGET (button), &rect);
  show_link (self, g_ptr_array_index (self->document->links, index), &rect);
}

/* The words of the text that make up link number @index. */
static char *
get_link_text (KioskMarkdownView *self,
               guint              index)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < self->document->blocks->len; i++)
    {
      const KioskBlock *block = g_ptr_array_index (self->document->blocks, i);

      for (guint r = 0; r < block->runs->len; r++)
        {
          const KioskRun *run = &g_array_index (block->runs, KioskRun, r);

          if (run->link == (int) index)
            g_string_append (text, run->text);
        }
    }
  return g_strstrip (g_string_free (text, FALSE));
}

/* "Links on this page": web, phone and e-mail links as big buttons too.
 * Links inside a label are out of reach of a screen reader in GTK 4.8. */
static void
add_link_buttons (KioskMarkdownView *self)
{
  GtkWidget *flow = NULL;

  for (guint i = 0; i < self->document->links->len; i++)
    {
      const KioskLink *link = g_ptr_array_index (self->document->links, i);
      g_autofree char *text = NULL;
      GtkWidget *button;

      if (link->kind != KIOSK_LINK_WEB && link->kind != KIOSK_LINK_PHONE &&
          link->kind != KIOSK_LINK_EMAIL)
        continue;
      if (flow == NULL)
        flow = add_button_row (self, _("Links on this page"));
      text = get_link_text (self, i);
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
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_link_button_clicked_cb),
                               self, 0);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), button);
    }
  if (flow != NULL)
    kiosk_utils_unfocus_flow_children (GTK_FLOW_BOX (flow));
}

static void
rebuild (KioskMarkdownView *self)
{
  gboolean skipped = FALSE;

  kiosk_utils_popdown_all (GTK_WIDGET (self));
  kiosk_utils_clear_box (GTK_BOX (self->box));
  g_array_set_size (self->terms, 0);
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

  if (self->show_terms && self->catalog != NULL)
    add_term_buttons (self);
  if (self->show_terms)
    add_link_buttons (self);
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

GtkWidget *
kiosk_markdown_view_new (void)
{
  return g_object_new (KIOSK_TYPE_MARKDOWN_VIEW, NULL);
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
 * kiosk_markdown_view_get_terms:
 * @self: the view
 *
 * Returns: (transfer none): the term numbers marked in the text, in
 *   reading order, once per occurrence
 */
GArray *
kiosk_markdown_view_get_terms (KioskMarkdownView *self)
{
  g_return_val_if_fail (KIOSK_IS_MARKDOWN_VIEW (self), NULL);

  return self->terms;
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
