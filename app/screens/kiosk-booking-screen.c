/* kiosk-booking-screen.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-booking-screen"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kiosk-booking-screen.h"
#include "kiosk-screen.h"
#include "kiosk-clamp.h"
#include "kiosk-markdown.h"
#include "kiosk-markdown-view.h"
#include "kiosk-qr-code.h"
#include "kiosk-more-below.h"
#include "kiosk-utils.h"

/* Booking hands over to the patient's own phone: a large QR code of the
 * clinic's booking address, the address in words, and the phone number. */

struct _KioskBookingScreen
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkWidget         *more_below;
  GtkWidget         *scrolled;
  GtkWidget         *columns;
  KioskMarkdownView *text;
  GtkLabel          *message;
  GtkWidget         *phone_box;
  GtkLabel          *phone_label;
  GtkWidget         *qr_box;
  KioskQrCode       *qr;
  GtkLabel          *url_label;

  /* Owned references */
  KioskDocument     *fallback;
};

G_DEFINE_FINAL_TYPE_WITH_CODE (KioskBookingScreen, kiosk_booking_screen, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (KIOSK_TYPE_SCREEN, NULL))

static void
fill (KioskBookingScreen *self,
      KioskContent       *content,
      const char         *lang)
{
  const KioskCatalog *catalog = kiosk_content_get_catalog (content, lang);
  const KioskConfig *config = kiosk_content_get_config (content);
  const char *url = kiosk_config_get_booking_url (config, lang);
  g_autofree char *number = kiosk_config_get_phone (config, lang);
  g_autofree char *phone = NULL;
  g_autofree char *label = NULL;

  if (catalog != NULL && catalog->booking != NULL)
    kiosk_markdown_view_set_document (self->text, content, lang, catalog->booking->document);
  else
    {
      g_autofree char *md = g_strdup_printf ("# %s\n", _("Book an appointment"));

      self->fallback = kiosk_markdown_parse (md, strlen (md), NULL);
      kiosk_markdown_view_set_document (self->text, content, lang, self->fallback);
    }

  if (*number != '\0')
    {
      phone = g_strdup_printf (_("Or call us: %s"), number);
      gtk_label_set_text (self->phone_label, phone);
    }
  else
    gtk_widget_set_visible (self->phone_box, FALSE);

  if (url == NULL || !kiosk_qr_code_set_text (self->qr, url, NULL))
    {
      gtk_widget_set_visible (self->qr_box, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->message), TRUE);
      gtk_label_set_text (self->message,
                          _("Online booking is not available on this screen right now. "
                            "Please ask at the front desk or call us."));
      return;
    }

  gtk_label_set_text (self->url_label, url);
  label = g_strdup_printf (_("QR code to book: %s"), url);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->qr),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
kiosk_booking_screen_dispose (GObject *object)
{
  KioskBookingScreen *self = KIOSK_BOOKING_SCREEN (object);

  self->scrolled = NULL;
  g_clear_pointer (&self->more_below, gtk_widget_unparent);

  G_OBJECT_CLASS (kiosk_booking_screen_parent_class)->dispose (object);
}

static void
kiosk_booking_screen_finalize (GObject *object)
{
  KioskBookingScreen *self = KIOSK_BOOKING_SCREEN (object);

  kiosk_document_free (self->fallback);

  G_OBJECT_CLASS (kiosk_booking_screen_parent_class)->finalize (object);
}

static void
kiosk_booking_screen_class_init (KioskBookingScreenClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kiosk_booking_screen_dispose;
  object_class->finalize = kiosk_booking_screen_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kiosk-booking-screen.ui");
  gtk_widget_class_bind_template_child (widget_class, KioskBookingScreen, more_below);
  gtk_widget_class_bind_template_child (widget_class, KioskBookingScreen, scrolled);
  gtk_widget_class_bind_template_child (widget_class, KioskBookingScreen, columns);
  gtk_widget_class_bind_template_child (widget_class, KioskBookingScreen, text);
  gtk_widget_class_bind_template_child (widget_class, KioskBookingScreen, message);
  gtk_widget_class_bind_template_child (widget_class, KioskBookingScreen, phone_box);
  gtk_widget_class_bind_template_child (widget_class, KioskBookingScreen, phone_label);
  gtk_widget_class_bind_template_child (widget_class, KioskBookingScreen, qr_box);
  gtk_widget_class_bind_template_child (widget_class, KioskBookingScreen, qr);
  gtk_widget_class_bind_template_child (widget_class, KioskBookingScreen, url_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "bookingscreen");

  g_type_ensure (KIOSK_TYPE_CLAMP);
  g_type_ensure (KIOSK_TYPE_MARKDOWN_VIEW);
  g_type_ensure (KIOSK_TYPE_QR_CODE);

  g_type_ensure (KIOSK_TYPE_MORE_BELOW);
}

static void
kiosk_booking_screen_init (KioskBookingScreen *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kiosk_utils_enable_drag_scroll (GTK_SCROLLED_WINDOW (self->scrolled));
}

GtkWidget *
kiosk_booking_screen_new (KioskContent *content,
                          const char   *lang)
{
  KioskBookingScreen *self = g_object_new (KIOSK_TYPE_BOOKING_SCREEN, NULL);

  fill (self, content, lang);
  return GTK_WIDGET (self);
}
