/* kiosk-attract-screen.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-attract-screen"

#include "config.h"

#include <glib/gi18n.h>

#include "kiosk-attract-screen.h"

/* The calm welcome shown after the idle reset when the clinic asks for it:
 * the clinic's name and its own line about what the kiosk offers. It is
 * drawn once and then waits: no animation, no timer. Any tap or key
 * starts. */

struct _KioskAttractScreen
{
  GtkWidget  parent_instance;

  /* Template widgets */
  GtkWidget *box;
  GtkLabel  *name;
  GtkLabel  *line;
  GtkWidget *start_button;
};

G_DEFINE_FINAL_TYPE (KioskAttractScreen, kiosk_attract_screen, GTK_TYPE_WIDGET)

enum {
  START,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_start (KioskAttractScreen *self)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    g_signal_emit (self, signals[START], 0);
}

static void
on_released_cb (GtkGestureClick    *gesture,
                int                 n_press,
                double              x,
                double              y,
                KioskAttractScreen *self)
{
  emit_start (self);
}

static void
kiosk_attract_screen_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KIOSK_TYPE_ATTRACT_SCREEN);

  G_OBJECT_CLASS (kiosk_attract_screen_parent_class)->dispose (object);
}

static void
kiosk_attract_screen_class_init (KioskAttractScreenClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kiosk_attract_screen_dispose;

  /**
   * KioskAttractScreen::start:
   *
   * Someone touched the screen.
   */
  signals[START] = g_signal_new ("start",
                                 G_TYPE_FROM_CLASS (klass),
                                 G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kiosk-attract-screen.ui");
  gtk_widget_class_bind_template_child (widget_class, KioskAttractScreen, box);
  gtk_widget_class_bind_template_child (widget_class, KioskAttractScreen, name);
  gtk_widget_class_bind_template_child (widget_class, KioskAttractScreen, line);
  gtk_widget_class_bind_template_child (widget_class, KioskAttractScreen, start_button);
  gtk_widget_class_bind_template_callback (widget_class, on_released_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "attract");
}

static void
kiosk_attract_screen_init (KioskAttractScreen *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->start_button, "clicked",
                           G_CALLBACK (emit_start), self, G_CONNECT_SWAPPED);
}

GtkWidget *
kiosk_attract_screen_new (void)
{
  return g_object_new (KIOSK_TYPE_ATTRACT_SCREEN, NULL);
}

/**
 * kiosk_attract_screen_set_clinic:
 * @self: the attract screen
 * @clinic_name: (nullable): the clinic's name
 * @line: (nullable): the clinic's line under it: the summary of its home page
 */
void
kiosk_attract_screen_set_clinic (KioskAttractScreen *self,
                                 const char         *clinic_name,
                                 const char         *line)
{
  g_return_if_fail (KIOSK_IS_ATTRACT_SCREEN (self));

  gtk_label_set_text (self->name, clinic_name != NULL ? clinic_name : "");
  gtk_label_set_text (self->line, line != NULL ? line : "");
  gtk_widget_set_visible (GTK_WIDGET (self->line), line != NULL && *line != '\0');
}
