/* kiosk-picture.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-picture"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "kiosk-picture.h"

/* A picture in a page. It asks for the height its width gives it, so a
 * page taller than the screen cannot squeeze it away, and it keeps its
 * aspect ratio at any width. It is shown at its own size up to the
 * column's width; a small one is enlarged to a readable size, never more
 * than twice its own. Its size is read from the file's header, so the
 * page is laid out at once; the picture itself is decoded in a worker
 * thread, at the widest it can be shown (its own size, or a small one
 * enlarged; never over 2,400 px), and drawn when ready.
 * If it cannot be decoded, its description shows in its place. */

#define READABLE_PX   240   /* a narrower picture is enlarged up to this */
#define MAX_UPSCALE   2
#define MIN_WIDTH_PX  120   /* the least width it asks for */
#define DECODE_MAX_PX 2400  /* a wider picture is decoded at this width */
#define CORNER_PX     12

struct _KioskPicture
{
  GtkWidget     parent_instance;

  char         *path;
  char         *alt;
  int           width;      /* the picture's own size, from its header */
  int           height;
  gboolean      started;

  GdkTexture   *texture;
  GtkWidget    *missing;    /* the description, when it cannot be shown */
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (KioskPicture, kiosk_picture, GTK_TYPE_WIDGET)

static guint loading;

/* How wide the picture is shown when there is room. */
static int
get_natural_width (KioskPicture *self)
{
  if (self->width < READABLE_PX)
    return MIN (READABLE_PX, self->width * MAX_UPSCALE);
  return self->width;
}

static int
get_height_for_width (KioskPicture *self,
                      int           width)
{
  return (int) ceil ((double) width * self->height / self->width);
}

static void
show_missing (KioskPicture *self)
{
  if (self->missing != NULL)
    return;
  self->missing = gtk_label_new (*self->alt != '\0' ? self->alt : _("Picture not available"));
  gtk_label_set_wrap (GTK_LABEL (self->missing), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->missing), 0);
  gtk_widget_add_css_class (self->missing, "image-missing");
  gtk_widget_set_parent (self->missing, GTK_WIDGET (self));
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_FILL);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  KioskPicture *self = source_object;
  int decode_width = MIN (DECODE_MAX_PX, get_natural_width (self) * GPOINTER_TO_INT (task_data));
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  GError *error = NULL;

  /* An SVG is drawn at the widest it can be shown; a larger photo is
   * scaled down to that as it is read (libjpeg does so while decoding). */
  if (decode_width != self->width)
    pixbuf = gdk_pixbuf_new_from_file_at_scale (self->path, decode_width, -1, TRUE, &error);
  else
    pixbuf = gdk_pixbuf_new_from_file (self->path, &error);

  if (pixbuf == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, gdk_texture_new_for_pixbuf (pixbuf), g_object_unref);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  KioskPicture *self = KIOSK_PICTURE (object);
  g_autoptr(GError) error = NULL;
  GdkTexture *texture = g_task_propagate_pointer (G_TASK (result), &error);

  loading--;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (texture == NULL)
    {
      g_message ("%s: %s", self->path, error->message);
      show_missing (self);
      return;
    }
  g_set_object (&self->texture, texture);
  g_object_unref (texture);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
start_loading (KioskPicture *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->started || self->missing != NULL)
    return;
  self->started = TRUE;
  loading++;
  task = g_task_new (self, self->cancellable, loaded_cb, NULL);
  g_task_set_task_data (task, GINT_TO_POINTER (gtk_widget_get_scale_factor (GTK_WIDGET (self))),
                        NULL);
  g_task_run_in_thread (task, load_in_thread);
}

static void
kiosk_picture_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (kiosk_picture_parent_class)->map (widget);
  /* Only a picture that is shown is decoded. */
  start_loading (KIOSK_PICTURE (widget));
}

static void
kiosk_picture_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  KioskPicture *self = KIOSK_PICTURE (widget);
  int width = get_natural_width (self);

  if (self->missing != NULL)
    {
      gtk_widget_measure (self->missing, orientation, for_size, minimum, natural, NULL, NULL);
      return;
    }
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN (width, MIN_WIDTH_PX);
      *natural = width;
      return;
    }
  if (for_size >= 0)
    width = MIN (width, for_size);
  *minimum = *natural = get_height_for_width (self, width);
}

static GtkSizeRequestMode
kiosk_picture_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
kiosk_picture_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  KioskPicture *self = KIOSK_PICTURE (widget);

  if (self->missing != NULL)
    gtk_widget_allocate (self->missing, width, height, baseline, NULL);
}

static void
kiosk_picture_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  KioskPicture *self = KIOSK_PICTURE (widget);
  static const GdkRGBA waiting = { 0.5, 0.5, 0.5, 0.12 };
  int width = MIN (gtk_widget_get_width (widget), get_natural_width (self));
  int height = MIN (gtk_widget_get_height (widget), get_height_for_width (self, width));
  int x = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL
          ? gtk_widget_get_width (widget) - width : 0;
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (x, 0, width, height);
  GskRoundedRect clip;

  if (self->missing != NULL)
    {
      gtk_widget_snapshot_child (widget, self->missing, snapshot);
      return;
    }

  gsk_rounded_rect_init_from_rect (&clip, &bounds, CORNER_PX);
  gtk_snapshot_push_rounded_clip (snapshot, &clip);
  if (self->texture != NULL)
    gtk_snapshot_append_texture (snapshot, self->texture, &bounds);
  else
    gtk_snapshot_append_color (snapshot, &waiting, &bounds);
  gtk_snapshot_pop (snapshot);
}

static void
kiosk_picture_dispose (GObject *object)
{
  KioskPicture *self = KIOSK_PICTURE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_pointer (&self->missing, gtk_widget_unparent);
  g_clear_object (&self->texture);

  G_OBJECT_CLASS (kiosk_picture_parent_class)->dispose (object);
}

static void
kiosk_picture_finalize (GObject *object)
{
  KioskPicture *self = KIOSK_PICTURE (object);

  g_clear_object (&self->cancellable);
  g_free (self->path);
  g_free (self->alt);

  G_OBJECT_CLASS (kiosk_picture_parent_class)->finalize (object);
}

static void
kiosk_picture_class_init (KioskPictureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kiosk_picture_dispose;
  object_class->finalize = kiosk_picture_finalize;

  widget_class->map = kiosk_picture_map;
  widget_class->measure = kiosk_picture_measure;
  widget_class->get_request_mode = kiosk_picture_get_request_mode;
  widget_class->size_allocate = kiosk_picture_size_allocate;
  widget_class->snapshot = kiosk_picture_snapshot;

  gtk_widget_class_set_css_name (widget_class, "picture");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kiosk_picture_init (KioskPicture *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_START);
  gtk_widget_add_css_class (GTK_WIDGET (self), "image");
}

/**
 * kiosk_picture_new:
 * @path: (nullable): a picture file that kiosk_image_check() accepted
 * @alt: what the picture shows, in words
 *
 * Returns: (transfer floating): the picture, or its description in its
 *   place when there is no file or its header gives no size
 */
GtkWidget *
kiosk_picture_new (const char *path,
                   const char *alt)
{
  KioskPicture *self = g_object_new (KIOSK_TYPE_PICTURE, NULL);

  self->path = g_strdup (path);
  self->alt = g_strdup (alt != NULL ? alt : "");
  if (path == NULL
      || gdk_pixbuf_get_file_info (path, &self->width, &self->height) == NULL
      || self->width <= 0 || self->height <= 0)
    show_missing (self);
  if (*self->alt != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, self->alt, -1);
  return GTK_WIDGET (self);
}

/**
 * kiosk_picture_get_loading:
 *
 * Returns: how many pictures are being decoded now
 */
guint
kiosk_picture_get_loading (void)
{
  return loading;
}
