/* kiosk-idle-warning.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-idle-warning"

#include "config.h"

#include <glib/gi18n.h>

#include "kiosk-idle-warning.h"

/* "Still reading?": covers the screen before the idle reset, counts down
 * and offers one big button to carry on (WCAG 2.2.1). */

struct _KioskIdleWarning
{
  GtkWidget  parent_instance;

  /* Template widgets */
  GtkWidget *card;
  GtkLabel  *countdown;
  GtkWidget *keep_button;

  guint      seconds_left;
};

G_DEFINE_FINAL_TYPE (KioskIdleWarning, kiosk_idle_warning, GTK_TYPE_WIDGET)

enum {
  KEEP_READING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_keep_clicked_cb (KioskIdleWarning *self)
{
  g_signal_emit (self, signals[KEEP_READING], 0);
}

static void
kiosk_idle_warning_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KIOSK_TYPE_IDLE_WARNING);

  G_OBJECT_CLASS (kiosk_idle_warning_parent_class)->dispose (object);
}

static void
kiosk_idle_warning_class_init (KioskIdleWarningClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kiosk_idle_warning_dispose;

  /**
   * KioskIdleWarning::keep-reading:
   *
   * The patient asked for more time.
   */
  signals[KEEP_READING] = g_signal_new ("keep-reading",
                                        G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kiosk-idle-warning.ui");
  gtk_widget_class_bind_template_child (widget_class, KioskIdleWarning, card);
  gtk_widget_class_bind_template_child (widget_class, KioskIdleWarning, countdown);
  gtk_widget_class_bind_template_child (widget_class, KioskIdleWarning, keep_button);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "idlewarning");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ALERT_DIALOG);
}

static void
kiosk_idle_warning_init (KioskIdleWarning *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->keep_button, "clicked",
                           G_CALLBACK (on_keep_clicked_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
kiosk_idle_warning_new (void)
{
  return g_object_new (KIOSK_TYPE_IDLE_WARNING, NULL);
}

/**
 * kiosk_idle_warning_set_seconds_left:
 * @self: the warning
 * @seconds: seconds until the kiosk goes back to the start
 */
void
kiosk_idle_warning_set_seconds_left (KioskIdleWarning *self,
                                     guint             seconds)
{
  g_autofree char *text = NULL;

  g_return_if_fail (KIOSK_IS_IDLE_WARNING (self));

  self->seconds_left = seconds;
  text = g_strdup_printf (dngettext (GETTEXT_PACKAGE,
                                       "To keep your visit private, this screen goes back "
                                       "to the start in %u second.",
                                       "To keep your visit private, this screen goes back "
                                       "to the start in %u seconds.",
                                       seconds),
                          seconds);
  gtk_label_set_text (self->countdown, text);
}

/**
 * kiosk_idle_warning_get_button:
 * @self: the warning
 *
 * Returns: (transfer none): the "Keep reading" button
 */
GtkWidget *
kiosk_idle_warning_get_button (KioskIdleWarning *self)
{
  g_return_val_if_fail (KIOSK_IS_IDLE_WARNING (self), NULL);

  return self->keep_button;
}
