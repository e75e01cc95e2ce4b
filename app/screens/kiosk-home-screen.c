/* kiosk-home-screen.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-home-screen"

#include "config.h"

#include <glib/gi18n.h>

#include "kiosk-clamp.h"
#include "kiosk-home-screen.h"
#include "kiosk-screen.h"
#include "kiosk-markdown-view.h"
#include "kiosk-qr-code.h"
#include "kiosk-tile.h"
#include "kiosk-more-below.h"
#include "kiosk-utils.h"

/* The start screen: the welcome text, booking, and one tile for each
 * top-level page and section. */

struct _KioskHomeScreen
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkWidget         *more_below;
  GtkWidget         *scrolled;
  GtkWidget         *hero;
  KioskMarkdownView *welcome;
  GtkWidget         *booking_button;
  KioskQrCode       *booking_qr;
  GtkFlowBox        *tiles;
};

G_DEFINE_FINAL_TYPE_WITH_CODE (KioskHomeScreen, kiosk_home_screen, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (KIOSK_TYPE_SCREEN, NULL))

static void
fill (KioskHomeScreen *self,
      KioskContent    *content,
      const char      *lang)
{
  const KioskCatalog *catalog = kiosk_content_get_catalog (content, lang);
  const KioskConfig *config = kiosk_content_get_config (content);
  const char *url = kiosk_config_get_booking_url (config, lang);
  g_autofree char *label = NULL;

  if (catalog != NULL && catalog->home != NULL)
    kiosk_markdown_view_set_document (self->welcome, content, lang, catalog->home->document);
  else
    {
      GtkWidget *message = gtk_label_new (_("Welcome. This kiosk has no pages to show yet."));

      gtk_label_set_wrap (GTK_LABEL (message), TRUE);
      gtk_widget_add_css_class (message, "h1");
      gtk_box_prepend (GTK_BOX (self->hero), message);
    }

  if (url != NULL && kiosk_qr_code_set_text (self->booking_qr, url, NULL))
    {
      label = g_strdup_printf (_("QR code to book: %s"), url);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->booking_qr),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->booking_qr), FALSE);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->booking_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Book an appointment"), -1);

  for (guint i = 0; catalog != NULL && i < catalog->top->len; i++)
    {
      const KioskEntry *entry = g_ptr_array_index (catalog->top, i);

      gtk_flow_box_append (self->tiles, kiosk_tile_new_for_entry (content, entry));
    }

  kiosk_utils_unfocus_flow_children (self->tiles);
}

static void
kiosk_home_screen_dispose (GObject *object)
{
  KioskHomeScreen *self = KIOSK_HOME_SCREEN (object);

  self->scrolled = NULL;
  g_clear_pointer (&self->more_below, gtk_widget_unparent);

  G_OBJECT_CLASS (kiosk_home_screen_parent_class)->dispose (object);
}

static void
kiosk_home_screen_class_init (KioskHomeScreenClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kiosk_home_screen_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/kiosk-home-screen.ui");
  gtk_widget_class_bind_template_child (widget_class, KioskHomeScreen, more_below);
  gtk_widget_class_bind_template_child (widget_class, KioskHomeScreen, scrolled);
  gtk_widget_class_bind_template_child (widget_class, KioskHomeScreen, hero);
  gtk_widget_class_bind_template_child (widget_class, KioskHomeScreen, welcome);
  gtk_widget_class_bind_template_child (widget_class, KioskHomeScreen, booking_button);
  gtk_widget_class_bind_template_child (widget_class, KioskHomeScreen, booking_qr);
  gtk_widget_class_bind_template_child (widget_class, KioskHomeScreen, tiles);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "homescreen");

  g_type_ensure (KIOSK_TYPE_CLAMP);
  g_type_ensure (KIOSK_TYPE_MARKDOWN_VIEW);
  g_type_ensure (KIOSK_TYPE_QR_CODE);

  g_type_ensure (KIOSK_TYPE_MORE_BELOW);
}

static void
kiosk_home_screen_init (KioskHomeScreen *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kiosk_utils_enable_drag_scroll (GTK_SCROLLED_WINDOW (self->scrolled));
}

GtkWidget *
kiosk_home_screen_new (KioskContent *content,
                       const char   *lang)
{
  KioskHomeScreen *self = g_object_new (KIOSK_TYPE_HOME_SCREEN, NULL);

  fill (self, content, lang);
  return GTK_WIDGET (self);
}
