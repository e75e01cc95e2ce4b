/* kiosk-pin-pad.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-pin-pad"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kiosk-pin.h"
#include "kiosk-pin-pad-private.h"

/* The staff PIN pad. It checks the PIN against the salted hash from
 * kiosk.ini and makes every wrong guess cost a longer wait; the count of
 * wrong guesses survives closing and opening the pad. */

#define MAX_DIGITS 12

struct _KioskPinPad
{
  GtkWidget  parent_instance;

  /* Template widgets */
  GtkWidget *card;
  GtkLabel  *dots;
  GtkLabel  *message;
  GtkGrid   *keys;
  GtkWidget *cancel_button;

  /* Owned */
  char      *hash;
  GString   *entered;
  GHashTable *buttons;     /* key name → GtkButton, borrowed */

  guint      failures;
  guint      wait;         /* seconds left before the next try */
  guint      wait_source;
};

G_DEFINE_FINAL_TYPE (KioskPinPad, kiosk_pin_pad, GTK_TYPE_WIDGET)

static void press (KioskPinPad *self, const char *key);

enum {
  ACCEPTED,
  CANCELLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * Auxiliary methods
 */

static void
update_dots (KioskPinPad *self)
{
  GString *dots = g_string_new (NULL);

  for (gsize i = 0; i < self->entered->len; i++)
    g_string_append (dots, i == 0 ? "●" : " ●");
  gtk_label_set_text (self->dots, dots->str);
  g_string_free (dots, TRUE);
}

static void
set_keys_sensitive (KioskPinPad *self,
                    gboolean     sensitive)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->keys), sensitive);
}

static void
update_wait_message (KioskPinPad *self)
{
  g_autofree char *text = NULL;

  text = g_strdup_printf (dngettext (GETTEXT_PACKAGE,
                                       "Wrong PIN. You can try again in %u second.",
                                       "Wrong PIN. You can try again in %u seconds.",
                                       self->wait),
                          self->wait);
  gtk_label_set_text (self->message, text);
}

static gboolean
wait_tick_cb (gpointer user_data)
{
  KioskPinPad *self = user_data;

  if (self->wait > 0)
    self->wait--;
  if (self->wait > 0)
    {
      update_wait_message (self);
      return G_SOURCE_CONTINUE;
    }

  self->wait_source = 0;
  gtk_label_set_text (self->message, _("Wrong PIN. Try again."));
  set_keys_sensitive (self, TRUE);
  return G_SOURCE_REMOVE;
}

static void
submit (KioskPinPad *self)
{
  if (self->wait > 0 || self->entered->len == 0)
    return;

  if (self->hash != NULL && kiosk_pin_verify (self->entered->str, self->hash))
    {
      self->failures = 0;
      kiosk_pin_pad_clear (self);
      g_signal_emit (self, signals[ACCEPTED], 0);
      return;
    }

  self->failures++;
  g_string_truncate (self->entered, 0);
  update_dots (self);
  g_message ("A wrong staff PIN was entered (%u in a row)", self->failures);

  self->wait = kiosk_pin_delay_for_failures (self->failures);
  if (self->wait == 0)
    {
      gtk_label_set_text (self->message, _("Wrong PIN. Try again."));
      return;
    }
  update_wait_message (self);
  set_keys_sensitive (self, FALSE);
  g_clear_handle_id (&self->wait_source, g_source_remove);
  self->wait_source = g_timeout_add_seconds (1, wait_tick_cb, self);
}

static void
on_key_clicked_cb (GtkButton   *button,
                   KioskPinPad *self)
{
  press (self, g_object_get_data (G_OBJECT (button), "kiosk-key"));
}

static void
on_cancel_clicked_cb (KioskPinPad *self)
{
  kiosk_pin_pad_clear (self);
  g_signal_emit (self, signals[CANCELLED], 0);
}

static GtkWidget *
add_key (KioskPinPad *self,
         const char  *key,
         const char  *label,
         const char  *icon,
         const char  *accessible_name,
         int          column,
         int          row)
{
  GtkWidget *button = gtk_button_new ();

  if (icon != NULL)
    {
      GtkWidget *image = gtk_image_new_from_icon_name (icon);

      gtk_image_set_pixel_size (GTK_IMAGE (image), 40);
      gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
      gtk_button_set_child (GTK_BUTTON (button), image);
    }
  else
    gtk_button_set_label (GTK_BUTTON (button), label);

  if (accessible_name != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  gtk_widget_add_css_class (button, "pin-key");
  g_object_set_data_full (G_OBJECT (button), "kiosk-key", g_strdup (key), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_key_clicked_cb), self, 0);
  gtk_grid_attach (self->keys, button, column, row, 1, 1);
  g_hash_table_insert (self->buttons, g_strdup (key), button);
  return button;
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   KioskPinPad           *self)
{
  gunichar c = gdk_keyval_to_unicode (keyval);

  if (c >= '0' && c <= '9')
    {
      char key[2] = { (char) c, 0 };

      press (self, key);
      return GDK_EVENT_STOP;
    }
  if (keyval == GDK_KEY_BackSpace)
    {
      press (self, "back");
      return GDK_EVENT_STOP;
    }
  if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter)
    {
      press (self, "ok");
      return GDK_EVENT_STOP;
    }
  return GDK_EVENT_PROPAGATE;
}

/*
 * GObject overrides
 */

static void
kiosk_pin_pad_dispose (GObject *object)
{
  KioskPinPad *self = KIOSK_PIN_PAD (object);

  g_clear_handle_id (&self->wait_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), KIOSK_TYPE_PIN_PAD);

  G_OBJECT_CLASS (kiosk_pin_pad_parent_class)->dispose (object);
}

static void
kiosk_pin_pad_finalize (GObject *object)
{
  KioskPinPad *self = KIOSK_PIN_PAD (object);

  if (self->entered != NULL)
    {
      /* Do not leave the PIN lying around in freed memory. */
      memset (self->entered->str, 0, self->entered->allocated_len);
      g_string_free (self->entered, TRUE);
    }
  g_free (self->hash);
  g_hash_table_unref (self->buttons);

  G_OBJECT_CLASS (kiosk_pin_pad_parent_class)->finalize (object);
}

static void
kiosk_pin_pad_class_init (KioskPinPadClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kiosk_pin_pad_dispose;
  object_class->finalize = kiosk_pin_pad_finalize;

  /**
   * KioskPinPad::accepted:
   *
   * The right PIN was entered.
   */
  signals[ACCEPTED] = g_signal_new ("accepted",
                                    G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);
  /**
   * KioskPinPad::cancelled:
   *
   * Cancel was pressed.
   */
  signals[CANCELLED] = g_signal_new ("cancelled",
                                     G_TYPE_FROM_CLASS (klass),
                                     G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL,
                                     G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/kiosk-pin-pad.ui");
  gtk_widget_class_bind_template_child (widget_class, KioskPinPad, card);
  gtk_widget_class_bind_template_child (widget_class, KioskPinPad, dots);
  gtk_widget_class_bind_template_child (widget_class, KioskPinPad, message);
  gtk_widget_class_bind_template_child (widget_class, KioskPinPad, keys);
  gtk_widget_class_bind_template_child (widget_class, KioskPinPad, cancel_button);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pinpad");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DIALOG);
}

static void
kiosk_pin_pad_init (KioskPinPad *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->entered = g_string_sized_new (MAX_DIGITS + 1);
  self->buttons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 1; i <= 9; i++)
    {
      char key[2] = { (char) ('0' + i), 0 };

      add_key (self, key, key, NULL, NULL, (i - 1) % 3, (i - 1) / 3);
    }
  add_key (self, "back", NULL, "kiosk-back-symbolic", _("Delete the last digit"), 0, 3);
  add_key (self, "0", "0", NULL, NULL, 1, 3);
  gtk_widget_add_css_class (add_key (self, "ok", _("OK"), NULL, NULL, 2, 3), "suggested");

  g_signal_connect_object (self->cancel_button, "clicked",
                           G_CALLBACK (on_cancel_clicked_cb), self, G_CONNECT_SWAPPED);

  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/*
 * Public API
 */

/**
 * kiosk_pin_pad_set_hash:
 * @self: the pad
 * @stored_hash: (nullable): the staff-pin value from kiosk.ini
 */
void
kiosk_pin_pad_set_hash (KioskPinPad *self,
                        const char  *stored_hash)
{
  g_return_if_fail (KIOSK_IS_PIN_PAD (self));

  g_free (self->hash);
  self->hash = g_strdup (stored_hash);
}

/**
 * kiosk_pin_pad_clear:
 * @self: the pad
 *
 * Forgets the digits typed so far; a wait after wrong PINs goes on.
 */
void
kiosk_pin_pad_clear (KioskPinPad *self)
{
  g_return_if_fail (KIOSK_IS_PIN_PAD (self));

  memset (self->entered->str, 0, self->entered->len);
  g_string_truncate (self->entered, 0);
  update_dots (self);
  if (self->wait == 0)
    gtk_label_set_text (self->message, _("Enter the staff PIN."));
}

/**
 * press:
 * @self: the pad
 * @key: "0" to "9", "back" or "ok"
 *
 * Does what a tap on that key does.
 */
static void
press (KioskPinPad *self,
                     const char  *key)
{
  g_return_if_fail (KIOSK_IS_PIN_PAD (self));
  g_return_if_fail (key != NULL);

  if (self->wait > 0)
    return;

  if (g_str_equal (key, "ok"))
    submit (self);
  else if (g_str_equal (key, "back"))
    {
      if (self->entered->len > 0)
        g_string_truncate (self->entered, self->entered->len - 1);
      update_dots (self);
    }
  else if (key[0] >= '0' && key[0] <= '9' && key[1] == '\0' &&
           self->entered->len < MAX_DIGITS)
    {
      g_string_append_c (self->entered, key[0]);
      update_dots (self);
    }
}

/**
 * kiosk_pin_pad_get_wait:
 * @self: the pad
 *
 * Returns: seconds before another PIN can be tried
 */
guint
kiosk_pin_pad_get_wait (KioskPinPad *self)
{
  g_return_val_if_fail (KIOSK_IS_PIN_PAD (self), 0);

  return self->wait;
}

const char *
kiosk_pin_pad_get_message (KioskPinPad *self)
{
  g_return_val_if_fail (KIOSK_IS_PIN_PAD (self), NULL);

  return gtk_label_get_text (self->message);
}

/**
 * kiosk_pin_pad_get_key:
 * @self: the pad
 * @key: "0" to "9", "back" or "ok"
 *
 * Returns: (transfer none) (nullable): the button for @key
 */
GtkWidget *
kiosk_pin_pad_get_key (KioskPinPad *self,
                       const char  *key)
{
  g_return_val_if_fail (KIOSK_IS_PIN_PAD (self), NULL);

  return g_hash_table_lookup (self->buttons, key);
}
