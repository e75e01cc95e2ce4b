/* kiosk-link-popover.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-link-popover"

#include "config.h"

#include <glib/gi18n.h>

#include "kiosk-link-popover.h"
#include "kiosk-link-popover-private.h"
#include "kiosk-links.h"
#include "kiosk-qr-code.h"
#include "kiosk-utils.h"

/* What a tap on a web, phone or e-mail link shows. The kiosk never opens
 * a browser or another program: a web address becomes a QR code to scan,
 * a number or an address is shown large enough to copy down. */

struct _KioskLinkPopover
{
  GtkPopover  parent_instance;

  /* Template widgets */
  GtkLabel   *title;
  GtkWidget  *close_button;
  GtkWidget  *qr;
  GtkLabel   *value;
  GtkLabel   *hint;
};

G_DEFINE_FINAL_TYPE (KioskLinkPopover, kiosk_link_popover, GTK_TYPE_POPOVER)

static void
on_close_clicked_cb (KioskLinkPopover *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
kiosk_link_popover_class_init (KioskLinkPopoverClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kiosk-link-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, KioskLinkPopover, title);
  gtk_widget_class_bind_template_child (widget_class, KioskLinkPopover, close_button);
  gtk_widget_class_bind_template_child (widget_class, KioskLinkPopover, qr);
  gtk_widget_class_bind_template_child (widget_class, KioskLinkPopover, value);
  gtk_widget_class_bind_template_child (widget_class, KioskLinkPopover, hint);
  /* GTK 4.8 exposes a popover as a nameless generic element; this one is
   * a small dialog, named by its title (see the template). */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DIALOG);

  g_type_ensure (KIOSK_TYPE_QR_CODE);
}

static void
kiosk_link_popover_init (KioskLinkPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->close_button, "clicked",
                           G_CALLBACK (on_close_clicked_cb), self, G_CONNECT_SWAPPED);
  kiosk_utils_setup_popover (GTK_POPOVER (self));
}

GtkWidget *
kiosk_link_popover_new (void)
{
  return g_object_new (KIOSK_TYPE_LINK_POPOVER, NULL);
}

/**
 * kiosk_link_popover_set_link:
 * @self: the popover
 * @kind: %KIOSK_LINK_WEB, %KIOSK_LINK_PHONE or %KIOSK_LINK_EMAIL
 * @target: the address, number or e-mail address
 */
void
kiosk_link_popover_set_link (KioskLinkPopover *self,
                             KioskLinkKind     kind,
                             const char       *target)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *ascii = NULL;
  gboolean show_qr = FALSE;

  g_return_if_fail (KIOSK_IS_LINK_POPOVER (self));
  g_return_if_fail (target != NULL);

  gtk_label_set_text (self->value, target);
  gtk_widget_remove_css_class (GTK_WIDGET (self->value), "large");
  switch (kind)
    {
    case KIOSK_LINK_WEB:
      gtk_label_set_text (self->title, _("Scan to open on your phone"));
      gtk_label_set_text (self->hint, _("Point your phone’s camera at the code."));
      /* The address shown is the one the code holds: a host name in
       * another script is shown, and encoded, in its ASCII form, with
       * the form it was written in beside it. */
      ascii = kiosk_links_to_ascii (target);
      if (g_strcmp0 (ascii, target) != 0)
        {
          g_autofree char *both = g_strdup_printf ("%s\n(%s)", ascii, target);

          gtk_label_set_text (self->value, both);
        }
      target = ascii;
      show_qr = kiosk_qr_code_set_text (KIOSK_QR_CODE (self->qr), target, &error);
      if (!show_qr)
        g_warning ("Cannot show the link “%s” as a QR code: %s", target, error->message);
      break;

    case KIOSK_LINK_PHONE:
      gtk_label_set_text (self->title, _("Call this number"));
      gtk_label_set_text (self->hint, _("Use your own phone. This screen cannot make calls."));
      gtk_widget_add_css_class (GTK_WIDGET (self->value), "large");
      break;

    case KIOSK_LINK_EMAIL:
      gtk_label_set_text (self->title, _("Write to this address"));
      gtk_label_set_text (self->hint, _("Use your own phone or computer. This screen cannot send e-mail."));
      gtk_widget_add_css_class (GTK_WIDGET (self->value), "large");
      break;

    case KIOSK_LINK_NONE:
    case KIOSK_LINK_PAGE:
    case KIOSK_LINK_TERM:
    default:
      gtk_label_set_text (self->title, target);
      gtk_label_set_text (self->hint, "");
      break;
    }

  gtk_widget_set_visible (self->qr, show_qr);
  if (show_qr)
    {
      /* TRANSLATORS: the accessible name of the QR code for a web link */
      g_autofree char *name = g_strdup_printf (_("QR code to open: %s"), target);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self->qr),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
    }
}

/**
 * kiosk_link_popover_get_qr:
 * @self: the popover
 *
 * Returns: (transfer none): the QR code widget
 */
GtkWidget *
kiosk_link_popover_get_qr (KioskLinkPopover *self)
{
  g_return_val_if_fail (KIOSK_IS_LINK_POPOVER (self), NULL);

  return self->qr;
}
