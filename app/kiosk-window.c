/* kiosk-window.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kiosk-booking-screen.h"
#include "kiosk-glossary-screen.h"
#include "kiosk-home-screen.h"
#include "kiosk-i18n.h"
#include "kiosk-page-screen.h"
#include "kiosk-section-screen.h"
#include "kiosk-utils.h"
#include "kiosk-window.h"

/* Back keeps this many steps; older ones are forgotten. */
#define MAX_HISTORY 64

struct _KioskWindow
{
  GtkApplicationWindow  parent_instance;

  /* Template widgets */
  GtkWidget            *header;
  GtkWidget            *nav_box;
  GtkWidget            *back_button;
  GtkWidget            *home_button;
  GtkWidget            *title_label;
  GtkWidget            *end_box;
  GtkStack             *stack;
  GtkWidget            *footer;
  GtkWidget            *decide_button;
  GtkWidget            *glossary_button;
  GtkWidget            *booking_button;

  /* Owned references */
  KioskContent         *content;
  char                 *lang;
  char                 *page_id;
  GPtrArray            *history;     /* page ids, oldest first */

  /* Borrowed references */
  GtkWidget            *screen;
  GtkWidget            *old_screen;
};

G_DEFINE_FINAL_TYPE (KioskWindow, kiosk_window, GTK_TYPE_APPLICATION_WINDOW)

/*
 * Auxiliary methods
 */

static char *
get_title_for (KioskWindow *self,
               const char  *id)
{
  const KioskConfig *config = kiosk_content_get_config (self->content);
  const KioskCatalog *catalog = kiosk_content_get_catalog (self->content, self->lang);
  const KioskEntry *entry;

  if (g_str_equal (id, KIOSK_ID_HOME))
    return kiosk_config_get_name (config, self->lang);
  if (g_str_equal (id, KIOSK_ID_BOOKING))
    return g_strdup (_("Book an appointment"));
  if (g_str_equal (id, KIOSK_ID_GLOSSARY))
    return g_strdup (catalog != NULL && catalog->glossary_title != NULL ?
                     catalog->glossary_title : _("Glossary"));

  entry = kiosk_content_find (self->content, self->lang, id);
  return g_strdup (entry != NULL ? entry->title : _("Page not found"));
}

static GtkWidget *
create_screen (KioskWindow *self,
               const char  *id)
{
  const KioskEntry *entry;

  if (g_str_equal (id, KIOSK_ID_HOME))
    return kiosk_home_screen_new (self->content, self->lang);
  if (g_str_equal (id, KIOSK_ID_BOOKING))
    return kiosk_booking_screen_new (self->content, self->lang);
  if (g_str_equal (id, KIOSK_ID_GLOSSARY))
    return kiosk_glossary_screen_new (self->content, self->lang);

  entry = kiosk_content_find (self->content, self->lang, id);
  if (entry != NULL && entry->kind == KIOSK_ENTRY_SECTION)
    return kiosk_section_screen_new (self->content, self->lang, entry);

  return kiosk_page_screen_new (self->content, self->lang, entry, id);
}

static void
remove_old_screen (KioskWindow *self)
{
  if (self->old_screen != NULL)
    {
      gtk_stack_remove (self->stack, self->old_screen);
      self->old_screen = NULL;
    }
}

static void
update_footer_button (KioskWindow *self,
                      GtkWidget   *button,
                      const char  *id)
{
  gboolean current = g_str_equal (self->page_id, id);

  gtk_widget_set_sensitive (button, !current);
  if (current)
    gtk_widget_add_css_class (button, "current");
  else
    gtk_widget_remove_css_class (button, "current");
}

static void
update_footer (KioskWindow *self)
{
  gboolean has_decide = kiosk_content_find (self->content, self->lang,
                                            KIOSK_ID_BEFORE_YOU_DECIDE) != NULL;

  gtk_widget_set_visible (self->decide_button, has_decide);
  update_footer_button (self, self->decide_button, KIOSK_ID_BEFORE_YOU_DECIDE);
  update_footer_button (self, self->glossary_button, KIOSK_ID_GLOSSARY);
  update_footer_button (self, self->booking_button, KIOSK_ID_BOOKING);
}

static void
update_header (KioskWindow *self)
{
  g_autofree char *title = get_title_for (self, self->page_id);
  gboolean at_home = g_str_equal (self->page_id, KIOSK_ID_HOME);

  gtk_label_set_text (GTK_LABEL (self->title_label), title);
  gtk_widget_set_visible (self->nav_box, !at_home);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kiosk.back", self->history->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "kiosk.home", !at_home);
  gtk_window_set_title (GTK_WINDOW (self), title);
  update_footer (self);
}

/* Builds the screen for @id and swaps it in; the old one is dropped once
 * the cross-fade is over, so nothing of it lingers. */
static void
present_page (KioskWindow *self,
              const char  *id)
{
  GtkWidget *screen = create_screen (self, id);

  /* Nothing of the old screen stays open over the new one. */
  if (self->screen != NULL)
    kiosk_utils_popdown_all (self->screen);
  remove_old_screen (self);
  g_free (self->page_id);
  self->page_id = g_strdup (id);

  gtk_stack_add_child (self->stack, screen);
  self->old_screen = self->screen;
  self->screen = screen;
  gtk_stack_set_visible_child (self->stack, screen);
  if (!gtk_stack_get_transition_running (self->stack))
    remove_old_screen (self);

  update_header (self);
}

static void
on_transition_running_cb (KioskWindow *self)
{
  if (!gtk_stack_get_transition_running (self->stack))
    remove_old_screen (self);
}

static void
navigate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  kiosk_window_show_page (KIOSK_WINDOW (widget), g_variant_get_string (param, NULL));
}

static void
glossary_term_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  KioskWindow *self = KIOSK_WINDOW (widget);

  kiosk_window_show_page (self, KIOSK_ID_GLOSSARY);
  if (KIOSK_IS_GLOSSARY_SCREEN (self->screen))
    kiosk_glossary_screen_open_term (KIOSK_GLOSSARY_SCREEN (self->screen),
                                     g_variant_get_string (param, NULL));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  kiosk_window_go_back (KIOSK_WINDOW (widget));
}

static void
home_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  kiosk_window_go_home (KIOSK_WINDOW (widget));
}

/*
 * GObject overrides
 */

static void
kiosk_window_dispose (GObject *object)
{
  KioskWindow *self = KIOSK_WINDOW (object);

  g_clear_object (&self->content);

  G_OBJECT_CLASS (kiosk_window_parent_class)->dispose (object);
}

static void
kiosk_window_finalize (GObject *object)
{
  KioskWindow *self = KIOSK_WINDOW (object);

  g_free (self->lang);
  g_free (self->page_id);
  g_ptr_array_unref (self->history);

  G_OBJECT_CLASS (kiosk_window_parent_class)->finalize (object);
}

static void
kiosk_window_class_init (KioskWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kiosk_window_dispose;
  object_class->finalize = kiosk_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/kiosk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, header);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, nav_box);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, home_button);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, end_box);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, footer);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, decide_button);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, glossary_button);
  gtk_widget_class_bind_template_child (widget_class, KioskWindow, booking_button);

  gtk_widget_class_install_action (widget_class, "kiosk.navigate", "s", navigate_action);
  gtk_widget_class_install_action (widget_class, "kiosk.glossary-term", "s", glossary_term_action);
  gtk_widget_class_install_action (widget_class, "kiosk.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "kiosk.home", NULL, home_action);
}

static void
kiosk_window_init (KioskWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->history = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect_object (self->stack, "notify::transition-running",
                           G_CALLBACK (on_transition_running_cb), self, G_CONNECT_SWAPPED);
}

/*
 * Public API
 */

KioskWindow *
kiosk_window_new (KioskApplication *app,
                  KioskContent     *content,
                  const char       *lang)
{
  KioskWindow *self;

  if (lang == NULL || kiosk_content_get_catalog (content, lang) == NULL)
    {
      if (lang != NULL)
        g_warning ("There is no content in the language “%s”", lang);
      lang = kiosk_content_get_default_lang (content);
    }

  /* The template's strings are translated while it is built. */
  kiosk_i18n_set_language (lang);

  self = g_object_new (KIOSK_TYPE_WINDOW, "application", app, NULL);
  self->content = g_object_ref (content);
  self->lang = g_strdup (lang);

  present_page (self, KIOSK_ID_HOME);
  return self;
}

/**
 * kiosk_window_show_page:
 * @self: the window
 * @id: a page id, or one of the built-in ids
 *
 * Shows @id and remembers the current page for Back.
 */
void
kiosk_window_show_page (KioskWindow *self,
                        const char  *id)
{
  g_return_if_fail (KIOSK_IS_WINDOW (self));
  g_return_if_fail (id != NULL);

  if (g_str_equal (id, KIOSK_ID_HOME))
    {
      kiosk_window_go_home (self);
      return;
    }
  if (g_strcmp0 (id, self->page_id) == 0)
    return;

  g_ptr_array_add (self->history, g_strdup (self->page_id));
  if (self->history->len > MAX_HISTORY)
    g_ptr_array_remove_index (self->history, 0);
  present_page (self, id);
}

void
kiosk_window_go_back (KioskWindow *self)
{
  g_autofree char *id = NULL;

  g_return_if_fail (KIOSK_IS_WINDOW (self));

  if (self->history->len == 0)
    return;
  id = g_strdup (g_ptr_array_index (self->history, self->history->len - 1));
  g_ptr_array_remove_index (self->history, self->history->len - 1);
  present_page (self, id);
}

void
kiosk_window_go_home (KioskWindow *self)
{
  g_return_if_fail (KIOSK_IS_WINDOW (self));

  g_ptr_array_set_size (self->history, 0);
  present_page (self, KIOSK_ID_HOME);
}

const char *
kiosk_window_get_page_id (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), NULL);

  return self->page_id;
}

const char *
kiosk_window_get_title_text (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), NULL);

  return gtk_label_get_text (GTK_LABEL (self->title_label));
}

/**
 * kiosk_window_get_screen:
 * @self: the window
 *
 * Returns: (transfer none): the screen on display
 */
GtkWidget *
kiosk_window_get_screen (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), NULL);

  return self->screen;
}

guint
kiosk_window_get_history_length (KioskWindow *self)
{
  g_return_val_if_fail (KIOSK_IS_WINDOW (self), 0);

  return self->history->len;
}

void
kiosk_window_set_animations (KioskWindow *self,
                             gboolean     animate)
{
  g_return_if_fail (KIOSK_IS_WINDOW (self));

  gtk_stack_set_transition_type (self->stack, animate ? GTK_STACK_TRANSITION_TYPE_CROSSFADE :
                                                        GTK_STACK_TRANSITION_TYPE_NONE);
}
