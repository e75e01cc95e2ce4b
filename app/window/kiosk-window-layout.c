/* kiosk-window-layout.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-window"

#include "config.h"

#include "kiosk-screen.h"
#include "kiosk-window-private.h"

/* The header and footer: their state for the screen on show, and how
 * they reflow for large text and narrow screens. */

/* A portrait screen has no room for the languages next to the title. */
#define NARROW_WIDTH 1200

static void
move_child (GtkWidget *child,
            GtkWidget *to)
{
  g_autoptr(GtkWidget) ref = NULL;

  if (gtk_widget_get_parent (child) == to)
    return;
  ref = g_object_ref (child);
  gtk_box_remove (GTK_BOX (gtk_widget_get_parent (child)), child);
  gtk_box_append (GTK_BOX (to), child);
}

/* Larger text must still fit: the languages and the text size button
 * get a row of their own under the header, and the footer buttons drop
 * their icons so a long word keeps its room. */
void
_kiosk_window_update_layout (KioskWindow *self)
{
  gboolean large_text = kiosk_patient_prefs_get_text_size (self->prefs) > 100;
  gboolean own_row = large_text || self->narrow;
  GtkWidget *buttons[] = { self->decide_button, self->glossary_button, self->booking_button };

  move_child (self->lang_box, own_row ? self->tools_row : self->end_box);
  move_child (self->display_button, own_row ? self->tools_row : self->end_box);
  gtk_widget_set_hexpand (self->lang_box, own_row);
  gtk_widget_set_visible (self->tools_row, own_row);
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      GtkWidget *box = gtk_button_get_child (GTK_BUTTON (buttons[i]));
      GtkWidget *image = box != NULL ? gtk_widget_get_first_child (box) : NULL;

      if (GTK_IS_IMAGE (image))
        gtk_widget_set_visible (image, !large_text);
    }
  if (large_text)
    gtk_widget_add_css_class (GTK_WIDGET (self), "large-text");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "large-text");
}

static gboolean
update_layout_cb (gpointer user_data)
{
  KioskWindow *self = user_data;

  self->layout_source = 0;
  _kiosk_window_update_layout (self);
  return G_SOURCE_REMOVE;
}

/* Called on each allocation; the header changes after it, not inside. */
void
_kiosk_window_note_width (KioskWindow *self,
                          int          width)
{
  gboolean narrow = width < NARROW_WIDTH;

  if (narrow == self->narrow)
    return;
  self->narrow = narrow;
  if (self->layout_source == 0)
    self->layout_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_layout_cb, self, NULL);
}

static void
update_footer_button (KioskWindow *self,
                      GtkWidget   *button,
                      const char  *id)
{
  gboolean current = g_str_equal (kiosk_navigator_get_page_id (self->navigator), id);

  gtk_widget_set_sensitive (button, !current);
  if (current)
    gtk_widget_add_css_class (button, "current");
  else
    gtk_widget_remove_css_class (button, "current");
}

/* The title, Back and Home, and the footer: the button for the screen on
 * show is marked and cannot be pressed again. */
void
_kiosk_window_update_chrome (KioskWindow *self)
{
  g_autofree char *title = kiosk_screen_dup_title (KIOSK_SCREEN (self->screen));
  gboolean at_home = g_str_equal (kiosk_navigator_get_page_id (self->navigator), KIOSK_ID_HOME);

  gtk_label_set_text (GTK_LABEL (self->title_label), title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_set_visible (self->nav_box, !at_home);
  gtk_widget_set_visible (self->decide_button,
                          kiosk_content_has_page (self->content, self->lang,
                                                  KIOSK_ID_BEFORE_YOU_DECIDE));
  update_footer_button (self, self->decide_button, KIOSK_ID_BEFORE_YOU_DECIDE);
  update_footer_button (self, self->glossary_button, KIOSK_ID_GLOSSARY);
  update_footer_button (self, self->booking_button, KIOSK_ID_BOOKING);
  _kiosk_window_update_actions (self);
}
