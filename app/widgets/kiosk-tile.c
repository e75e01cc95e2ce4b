/* kiosk-tile.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-tile"

#include "config.h"

#include "kiosk-tile.h"
#include "kiosk-tile-private.h"
#include "kiosk-utils.h"

/* A big card that leads to a page: icon, title, a one-line summary and,
 * for conditions, the evidence label. */

struct _KioskTile
{
  GtkButton  parent_instance;

  /* Template widgets */
  GtkImage  *icon;
  GtkLabel  *title_label;
  GtkLabel  *summary_label;
  GtkLabel  *badge;

  char      *page_id;
};

G_DEFINE_FINAL_TYPE (KioskTile, kiosk_tile, GTK_TYPE_BUTTON)

static void
update_accessible (KioskTile *self)
{
  g_autofree char *description = NULL;

  if (gtk_widget_get_visible (GTK_WIDGET (self->badge)))
    description = g_strdup_printf ("%s. %s", gtk_label_get_text (self->summary_label),
                                   gtk_label_get_text (self->badge));
  else
    description = g_strdup (gtk_label_get_text (self->summary_label));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (self->title_label),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
kiosk_tile_finalize (GObject *object)
{
  KioskTile *self = KIOSK_TILE (object);

  g_free (self->page_id);

  G_OBJECT_CLASS (kiosk_tile_parent_class)->finalize (object);
}

static void
kiosk_tile_class_init (KioskTileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kiosk_tile_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/kiosk-tile.ui");
  gtk_widget_class_bind_template_child (widget_class, KioskTile, icon);
  gtk_widget_class_bind_template_child (widget_class, KioskTile, title_label);
  gtk_widget_class_bind_template_child (widget_class, KioskTile, summary_label);
  gtk_widget_class_bind_template_child (widget_class, KioskTile, badge);
}

static void
kiosk_tile_init (KioskTile *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static GtkWidget *
kiosk_tile_new (KioskContent *content,
                const char   *icon,
                const char   *title,
                const char   *summary,
                const char   *page_id)
{
  KioskTile *self = g_object_new (KIOSK_TYPE_TILE, NULL);

  kiosk_utils_set_icon (self->icon, content, icon);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->summary_label, summary != NULL ? summary : "");
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), summary != NULL && *summary != '\0');
  self->page_id = g_strdup (page_id);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "s", page_id);
  update_accessible (self);

  return GTK_WIDGET (self);
}

GtkWidget *
kiosk_tile_new_for_entry (KioskContent     *content,
                          const KioskEntry *entry)
{
  GtkWidget *tile = kiosk_tile_new (content, entry->icon, entry->title, entry->summary,
                                    entry->id);

  kiosk_utils_set_evidence_badge (KIOSK_TILE (tile)->badge, entry->evidence);
  update_accessible (KIOSK_TILE (tile));
  return tile;
}

const char *
kiosk_tile_get_page_id (KioskTile *self)
{
  g_return_val_if_fail (KIOSK_IS_TILE (self), NULL);

  return self->page_id;
}
