/* kiosk-more-below.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-more-below"

#include "config.h"

#include <glib/gi18n.h>

#include "kiosk-more-below-private.h"

/* Holds a screen's scrolled window and shows under it, while there is more
 * of the screen below what fits, a "More below" button that scrolls on. It
 * goes away at the end. Many patients do not know a kiosk screen scrolls;
 * a cut-off line alone does not tell them. The button has a strip of its
 * own under the text rather than lying over it, so that it never covers
 * a word or takes a tap meant for a card. */

#define SCROLL_SHARE 0.8   /* of a screenful, per tap */

struct _KioskMoreBelow
{
  GtkWidget      parent_instance;

  GtkWidget     *scrolled;    /* the child, from the template */
  GtkWidget     *button;
  GtkAdjustment *adjustment;
  guint          update_id;
};

static void kiosk_more_below_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KioskMoreBelow, kiosk_more_below, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                      kiosk_more_below_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

static gboolean
has_more (KioskMoreBelow *self)
{
  GtkAdjustment *adj = self->adjustment;

  return adj != NULL &&
         gtk_adjustment_get_value (adj) + gtk_adjustment_get_page_size (adj)
         < gtk_adjustment_get_upper (adj) - 1;
}

static gboolean
update_cb (gpointer data)
{
  KioskMoreBelow *self = data;

  self->update_id = 0;
  gtk_widget_set_visible (self->button, has_more (self));
  return G_SOURCE_REMOVE;
}

/* The scrolled window's size changes while it is allocated; the button
 * is shown or hidden after that, not in the middle of it. */
static void
update (KioskMoreBelow *self)
{
  if (self->update_id == 0)
    self->update_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_cb, self, NULL);
}

static void
on_clicked_cb (KioskMoreBelow *self)
{
  GtkAdjustment *adj = self->adjustment;

  if (adj != NULL)
    gtk_adjustment_set_value (adj, gtk_adjustment_get_value (adj)
                                   + SCROLL_SHARE * gtk_adjustment_get_page_size (adj));
}

static void
set_scrolled (KioskMoreBelow *self,
              GtkWidget      *scrolled)
{
  g_return_if_fail (self->scrolled == NULL);

  self->scrolled = scrolled;
  gtk_widget_insert_after (scrolled, GTK_WIDGET (self), NULL);
  self->adjustment =
    g_object_ref (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)));
  g_signal_connect_object (self->adjustment, "changed", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->adjustment, "value-changed", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  update (self);
}

static void
kiosk_more_below_add_child (GtkBuildable *buildable,
                            GtkBuilder   *builder,
                            GObject      *child,
                            const char   *type)
{
  if (GTK_IS_SCROLLED_WINDOW (child))
    set_scrolled (KIOSK_MORE_BELOW (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
kiosk_more_below_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = kiosk_more_below_add_child;
}

static void
kiosk_more_below_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  KioskMoreBelow *self = KIOSK_MORE_BELOW (widget);
  int button_min = 0, button_nat = 0;

  *minimum = *natural = 0;
  if (self->scrolled != NULL)
    gtk_widget_measure (self->scrolled, orientation, for_size, minimum, natural, NULL, NULL);
  if (!gtk_widget_get_visible (self->button))
    return;
  gtk_widget_measure (self->button, orientation, -1, &button_min, &button_nat, NULL, NULL);
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      *minimum += button_min;
      *natural += button_nat;
    }
  else
    {
      *minimum = MAX (*minimum, button_min);
      *natural = MAX (*natural, button_nat);
    }
}

static void
kiosk_more_below_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  KioskMoreBelow *self = KIOSK_MORE_BELOW (widget);
  int button_width = 0, button_height = 0;

  if (gtk_widget_get_visible (self->button))
    {
      gtk_widget_measure (self->button, GTK_ORIENTATION_HORIZONTAL, -1,
                          NULL, &button_width, NULL, NULL);
      button_width = MIN (button_width, width);
      gtk_widget_measure (self->button, GTK_ORIENTATION_VERTICAL, button_width,
                          NULL, &button_height, NULL, NULL);
      button_height = MIN (button_height, height);
      gtk_widget_allocate (self->button, button_width, button_height, -1,
                           gsk_transform_translate (NULL,
                                                    &GRAPHENE_POINT_INIT ((width - button_width) / 2,
                                                                          height - button_height)));
    }
  if (self->scrolled != NULL)
    gtk_widget_allocate (self->scrolled, width, height - button_height, -1, NULL);
}

static void
kiosk_more_below_dispose (GObject *object)
{
  KioskMoreBelow *self = KIOSK_MORE_BELOW (object);

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_pointer (&self->button, gtk_widget_unparent);
  g_clear_object (&self->adjustment);
  g_clear_handle_id (&self->update_id, g_source_remove);

  G_OBJECT_CLASS (kiosk_more_below_parent_class)->dispose (object);
}

static void
kiosk_more_below_class_init (KioskMoreBelowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kiosk_more_below_dispose;
  widget_class->measure = kiosk_more_below_measure;
  widget_class->size_allocate = kiosk_more_below_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "morebelow");
}

static void
kiosk_more_below_init (KioskMoreBelow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_box_append (GTK_BOX (box), gtk_label_new (_("More below")));
  gtk_box_append (GTK_BOX (box), g_object_new (GTK_TYPE_IMAGE,
                                               "icon-name", "kiosk-expand-symbolic",
                                               "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                               NULL));
  self->button = gtk_button_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("More below"), -1);
  gtk_button_set_child (GTK_BUTTON (self->button), box);
  /* Keyboard and screen reader users move through the text itself, which
   * scrolls it; the button is for fingers. */
  gtk_widget_set_focusable (self->button, FALSE);
  gtk_widget_add_css_class (self->button, "more-below");
  gtk_widget_set_parent (self->button, GTK_WIDGET (self));
  g_signal_connect_swapped (self->button, "clicked", G_CALLBACK (on_clicked_cb), self);
  gtk_widget_set_visible (self->button, FALSE);
}

/**
 * kiosk_more_below_is_shown:
 * @self: the cue
 *
 * Returns: whether it says that there is more below
 */
gboolean
kiosk_more_below_is_shown (KioskMoreBelow *self)
{
  g_return_val_if_fail (KIOSK_IS_MORE_BELOW (self), FALSE);

  return gtk_widget_get_visible (self->button);
}
