/* kiosk-display-popover.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-display-popover"

#include "config.h"

#include <glib/gi18n.h>

#include "kiosk-display-popover.h"
#include "kiosk-utils.h"

/* What the "Text size" button in the header opens: three text sizes, high
 * contrast and the read-aloud volume. The buttons drive the window's
 * kiosk.text-size, kiosk.high-contrast and kiosk.volume-* actions, so
 * they always show the window's state. */

struct _KioskDisplayPopover
{
  GtkPopover  parent_instance;

  /* Template widgets */
  GtkWidget  *size_100;
  GtkWidget  *size_150;
  GtkWidget  *size_200;
  GtkWidget  *contrast_button;
  GtkLabel   *contrast_state;
  GtkWidget  *volume_box;
  GtkLabel   *volume_label;
  GtkWidget  *quieter_button;
  GtkWidget  *louder_button;
};

G_DEFINE_FINAL_TYPE (KioskDisplayPopover, kiosk_display_popover, GTK_TYPE_POPOVER)

static void
label_size_button (GtkWidget *button,
                   guint      percent)
{
  /* Translators: the name a screen reader gives a text size button */
  g_autofree char *name = g_strdup_printf (_("Text size %u%%"), percent);

  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
on_contrast_toggled_cb (KioskDisplayPopover *self)
{
  gboolean active = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->contrast_button));

  gtk_label_set_text (self->contrast_state, active ? _("On") : _("Off"));
}

static void
kiosk_display_popover_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KIOSK_TYPE_DISPLAY_POPOVER);

  G_OBJECT_CLASS (kiosk_display_popover_parent_class)->dispose (object);
}

static void
kiosk_display_popover_class_init (KioskDisplayPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kiosk_display_popover_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kiosk-display-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, KioskDisplayPopover, size_100);
  gtk_widget_class_bind_template_child (widget_class, KioskDisplayPopover, size_150);
  gtk_widget_class_bind_template_child (widget_class, KioskDisplayPopover, size_200);
  gtk_widget_class_bind_template_child (widget_class, KioskDisplayPopover, contrast_button);
  gtk_widget_class_bind_template_child (widget_class, KioskDisplayPopover, contrast_state);
  gtk_widget_class_bind_template_child (widget_class, KioskDisplayPopover, volume_box);
  gtk_widget_class_bind_template_child (widget_class, KioskDisplayPopover, volume_label);
  gtk_widget_class_bind_template_child (widget_class, KioskDisplayPopover, quieter_button);
  gtk_widget_class_bind_template_child (widget_class, KioskDisplayPopover, louder_button);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DIALOG);
}

static void
kiosk_display_popover_init (KioskDisplayPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kiosk_utils_setup_popover (GTK_POPOVER (self));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Text size, contrast and volume"), -1);
  label_size_button (self->size_100, 100);
  label_size_button (self->size_150, 150);
  label_size_button (self->size_200, 200);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->contrast_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("High contrast"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->quieter_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Read aloud more quietly"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->louder_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Read aloud more loudly"), -1);

  g_signal_connect_object (self->contrast_button, "notify::active",
                           G_CALLBACK (on_contrast_toggled_cb), self, G_CONNECT_SWAPPED);
  on_contrast_toggled_cb (self);
  kiosk_display_popover_set_volume (self, 100);
}

GtkWidget *
kiosk_display_popover_new (void)
{
  return g_object_new (KIOSK_TYPE_DISPLAY_POPOVER, NULL);
}

/**
 * kiosk_display_popover_set_volume:
 * @self: the popover
 * @percent: the read-aloud volume, 100 being normal
 *
 * Shows the volume between the Quieter and Louder buttons.
 */
void
kiosk_display_popover_set_volume (KioskDisplayPopover *self,
                                  guint                percent)
{
  g_autofree char *text = NULL;

  g_return_if_fail (KIOSK_IS_DISPLAY_POPOVER (self));

  /* Translators: the read-aloud volume, e.g. "100%" */
  text = g_strdup_printf (_("%u%%"), percent);
  gtk_label_set_text (self->volume_label, text);
}

/**
 * kiosk_display_popover_set_has_speech:
 * @self: the popover
 * @has_speech: whether this kiosk can read aloud
 *
 * Without read-aloud there is no volume to set, so that part is hidden.
 */
void
kiosk_display_popover_set_has_speech (KioskDisplayPopover *self,
                                      gboolean             has_speech)
{
  g_return_if_fail (KIOSK_IS_DISPLAY_POPOVER (self));

  gtk_widget_set_visible (self->volume_box, has_speech);
}
