/* kiosk-clamp.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-clamp"

#include "config.h"

#include "kiosk-clamp.h"

/* Centres its child and keeps it no wider than a number of characters of
 * its own font, so lines stay easy to read on wide screens and grow with
 * the text size. */

struct _KioskClamp
{
  GtkWidget  parent_instance;

  GtkWidget *child;
  int        maximum_chars;
};

enum {
  PROP_0,
  PROP_CHILD,
  PROP_MAXIMUM_CHARS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void kiosk_clamp_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KioskClamp, kiosk_clamp, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                      kiosk_clamp_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

static int
get_maximum_width (KioskClamp *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
  int char_width = pango_font_metrics_get_approximate_char_width (metrics);

  pango_font_metrics_unref (metrics);
  return (int) ((double) char_width * self->maximum_chars / PANGO_SCALE);
}

static void
kiosk_clamp_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  KioskClamp *self = KIOSK_CLAMP (widget);
  int maximum = get_maximum_width (self);

  *minimum = *natural = 0;
  if (self->child == NULL || !gtk_widget_get_visible (self->child))
    return;

  if (orientation == GTK_ORIENTATION_VERTICAL && for_size >= 0)
    for_size = MIN (for_size, maximum);
  gtk_widget_measure (self->child, orientation, for_size, minimum, natural, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, MIN (*natural, maximum));
}

static void
kiosk_clamp_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  KioskClamp *self = KIOSK_CLAMP (widget);
  int minimum, child_width;

  if (self->child == NULL || !gtk_widget_get_visible (self->child))
    return;

  gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  child_width = MAX (minimum, MIN (width, get_maximum_width (self)));
  gtk_widget_size_allocate (self->child,
                            &(GtkAllocation) { (width - child_width) / 2, 0, child_width, height },
                            baseline);
}

static GtkSizeRequestMode
kiosk_clamp_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
kiosk_clamp_set_child (KioskClamp *self,
                       GtkWidget  *child)
{
  if (self->child == child)
    return;

  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

static void
kiosk_clamp_set_maximum_chars (KioskClamp *self,
                               int         chars)
{
  if (self->maximum_chars == chars)
    return;
  self->maximum_chars = chars;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAXIMUM_CHARS]);
}

static void
kiosk_clamp_buildable_add_child (GtkBuildable *buildable,
                                 GtkBuilder   *builder,
                                 GObject      *child,
                                 const char   *type)
{
  if (GTK_IS_WIDGET (child))
    kiosk_clamp_set_child (KIOSK_CLAMP (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
kiosk_clamp_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = kiosk_clamp_buildable_add_child;
}

static void
kiosk_clamp_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KioskClamp *self = KIOSK_CLAMP (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;
    case PROP_MAXIMUM_CHARS:
      g_value_set_int (value, self->maximum_chars);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kiosk_clamp_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  KioskClamp *self = KIOSK_CLAMP (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      kiosk_clamp_set_child (self, g_value_get_object (value));
      break;
    case PROP_MAXIMUM_CHARS:
      kiosk_clamp_set_maximum_chars (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kiosk_clamp_dispose (GObject *object)
{
  KioskClamp *self = KIOSK_CLAMP (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (kiosk_clamp_parent_class)->dispose (object);
}

static void
kiosk_clamp_class_init (KioskClampClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kiosk_clamp_dispose;
  object_class->get_property = kiosk_clamp_get_property;
  object_class->set_property = kiosk_clamp_set_property;

  widget_class->measure = kiosk_clamp_measure;
  widget_class->size_allocate = kiosk_clamp_size_allocate;
  widget_class->get_request_mode = kiosk_clamp_get_request_mode;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAXIMUM_CHARS] =
    g_param_spec_int ("maximum-chars", NULL, NULL, 10, 1000, 70,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "clamp");
}

static void
kiosk_clamp_init (KioskClamp *self)
{
  self->maximum_chars = 70;
}
