/* kiosk-navigator.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-navigator"

#include "config.h"

#include "kiosk-navigator-private.h"

struct _KioskNavigator
{
  GObject    parent_instance;

  char      *page_id;
  GPtrArray *history;   /* page ids, oldest first */
};

G_DEFINE_FINAL_TYPE (KioskNavigator, kiosk_navigator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PAGE_ID,
  PROP_CAN_GO_BACK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
go_to (KioskNavigator *self,
       const char     *id)
{
  gboolean could_go_back = kiosk_navigator_can_go_back (self);
  char *copy = g_strdup (id);

  g_free (self->page_id);
  self->page_id = copy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE_ID]);
  if (could_go_back != kiosk_navigator_can_go_back (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_BACK]);
}

static void
kiosk_navigator_finalize (GObject *object)
{
  KioskNavigator *self = KIOSK_NAVIGATOR (object);

  g_free (self->page_id);
  g_ptr_array_unref (self->history);

  G_OBJECT_CLASS (kiosk_navigator_parent_class)->finalize (object);
}

static void
kiosk_navigator_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KioskNavigator *self = KIOSK_NAVIGATOR (object);

  switch (prop_id)
    {
    case PROP_PAGE_ID:
      g_value_set_string (value, self->page_id);
      break;

    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, kiosk_navigator_can_go_back (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kiosk_navigator_class_init (KioskNavigatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kiosk_navigator_finalize;
  object_class->get_property = kiosk_navigator_get_property;

  properties[PROP_PAGE_ID] =
    g_param_spec_string ("page-id", NULL, NULL, KIOSK_ID_HOME,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_GO_BACK] =
    g_param_spec_boolean ("can-go-back", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kiosk_navigator_init (KioskNavigator *self)
{
  self->page_id = g_strdup (KIOSK_ID_HOME);
  self->history = g_ptr_array_new_with_free_func (g_free);
}

KioskNavigator *
kiosk_navigator_new (void)
{
  return g_object_new (KIOSK_TYPE_NAVIGATOR, NULL);
}

/**
 * kiosk_navigator_get_page_id:
 * @self: the navigator
 *
 * Returns: the id of the page on show; "home" at the start
 */
const char *
kiosk_navigator_get_page_id (KioskNavigator *self)
{
  g_return_val_if_fail (KIOSK_IS_NAVIGATOR (self), NULL);

  return self->page_id;
}

/**
 * kiosk_navigator_get_depth:
 * @self: the navigator
 *
 * Returns: how many times Back can be pressed
 */
guint
kiosk_navigator_get_depth (KioskNavigator *self)
{
  g_return_val_if_fail (KIOSK_IS_NAVIGATOR (self), 0);

  return self->history->len;
}

gboolean
kiosk_navigator_can_go_back (KioskNavigator *self)
{
  g_return_val_if_fail (KIOSK_IS_NAVIGATOR (self), FALSE);

  return self->history->len > 0;
}

/**
 * kiosk_navigator_show:
 * @self: the navigator
 * @id: a page id, or one of the built-in ids
 *
 * Goes to @id and remembers the page left for Back; "home" goes home and
 * forgets the way back. Back keeps %KIOSK_NAVIGATOR_MAX_HISTORY steps.
 */
void
kiosk_navigator_show (KioskNavigator *self,
                      const char     *id)
{
  g_return_if_fail (KIOSK_IS_NAVIGATOR (self));
  g_return_if_fail (id != NULL);

  if (g_str_equal (id, KIOSK_ID_HOME))
    {
      kiosk_navigator_home (self);
      return;
    }
  if (g_str_equal (id, self->page_id))
    return;

  g_ptr_array_add (self->history, g_strdup (self->page_id));
  if (self->history->len > KIOSK_NAVIGATOR_MAX_HISTORY)
    g_ptr_array_remove_index (self->history, 0);
  go_to (self, id);
}

void
kiosk_navigator_back (KioskNavigator *self)
{
  g_autofree char *id = NULL;

  g_return_if_fail (KIOSK_IS_NAVIGATOR (self));

  if (self->history->len == 0)
    return;
  id = g_ptr_array_steal_index (self->history, self->history->len - 1);
  go_to (self, id);
}

void
kiosk_navigator_home (KioskNavigator *self)
{
  g_return_if_fail (KIOSK_IS_NAVIGATOR (self));

  g_ptr_array_set_size (self->history, 0);
  go_to (self, KIOSK_ID_HOME);
}

/**
 * kiosk_navigator_reset:
 * @self: the navigator
 *
 * For the next patient: home, with no way back.
 */
void
kiosk_navigator_reset (KioskNavigator *self)
{
  kiosk_navigator_home (self);
}

/**
 * kiosk_navigator_set_content:
 * @self: the navigator
 * @content: new content, for example after staff edited a file
 * @lang: the patient's language
 *
 * Forgets the pages that are gone from Back. When the page on show is
 * gone too, goes home.
 *
 * Returns: whether the page on show changed
 */
gboolean
kiosk_navigator_set_content (KioskNavigator *self,
                             KioskContent   *content,
                             const char     *lang)
{
  gboolean could_go_back;

  g_return_val_if_fail (KIOSK_IS_NAVIGATOR (self), FALSE);
  g_return_val_if_fail (KIOSK_IS_CONTENT (content), FALSE);

  if (!kiosk_content_has_page (content, lang, self->page_id))
    {
      kiosk_navigator_home (self);
      return TRUE;
    }

  could_go_back = kiosk_navigator_can_go_back (self);
  for (guint i = self->history->len; i > 0; i--)
    {
      const char *old = g_ptr_array_index (self->history, i - 1);

      if (!kiosk_content_has_page (content, lang, old))
        g_ptr_array_remove_index (self->history, i - 1);
    }
  if (could_go_back != kiosk_navigator_can_go_back (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_BACK]);
  return FALSE;
}
