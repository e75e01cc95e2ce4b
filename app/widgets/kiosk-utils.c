/* kiosk-utils.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-utils"

#include "config.h"

#include "kiosk-utils.h"

/* A press that moves less than this is a tap, and stays with the button
 * under the finger. */
#define DRAG_THRESHOLD 12

typedef struct
{
  GtkScrolledWindow *scrolled;
  double             start_value;
  gboolean           dragging;
} DragState;

static void
on_drag_begin_cb (GtkGestureDrag *gesture,
                  double          x,
                  double          y,
                  DragState      *state)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (state->scrolled);

  state->start_value = gtk_adjustment_get_value (adjustment);
  state->dragging = FALSE;
}

static void
on_drag_update_cb (GtkGestureDrag *gesture,
                   double          dx,
                   double          dy,
                   DragState      *state)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (state->scrolled);

  if (!state->dragging)
    {
      if (ABS (dy) < DRAG_THRESHOLD)
        return;
      /* Claiming the sequence cancels the press on any button below. */
      state->dragging = TRUE;
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
    }
  gtk_adjustment_set_value (adjustment, state->start_value - dy);
}

/**
 * kiosk_utils_enable_drag_scroll:
 * @scrolled: a scrolled window
 *
 * GTK scrolls by dragging only for touch input, but many kiosk touch
 * screens present themselves as a mouse. This makes a mouse drag scroll
 * too, while a tap still presses what is under it.
 */
void
kiosk_utils_enable_drag_scroll (GtkScrolledWindow *scrolled)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  DragState *state = g_new0 (DragState, 1);

  state->scrolled = scrolled;
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (drag), FALSE);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (drag), GTK_PHASE_CAPTURE);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), state);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update_cb), state);
  g_object_set_data_full (G_OBJECT (drag), "kiosk-drag-state", state, g_free);
  gtk_widget_add_controller (GTK_WIDGET (scrolled), GTK_EVENT_CONTROLLER (drag));
}

/**
 * kiosk_utils_set_icon:
 * @image: an image
 * @content: the content, which may bring its own icons
 * @name: (nullable): an icon name from a page's settings
 */
void
kiosk_utils_set_icon (GtkImage     *image,
                      KioskContent *content,
                      const char   *name)
{
  g_autofree char *icon = NULL;

  if (name != NULL)
    icon = kiosk_content_find_icon (content, name);
  if (icon == NULL)
    icon = g_strdup ("kiosk-info-symbolic");

  if (icon[0] == '/')
    gtk_image_set_from_file (image, icon);
  else
    gtk_image_set_from_icon_name (image, icon);
}

void
kiosk_utils_clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

/**
 * kiosk_utils_set_evidence_badge:
 * @badge: a label styled as a badge
 * @evidence: the evidence label of a page
 *
 * Shows the evidence label in words and in its colour, or hides the badge.
 */
void
kiosk_utils_set_evidence_badge (GtkLabel      *badge,
                                KioskEvidence  evidence)
{
  static const char *classes[] = {
    [KIOSK_EVIDENCE_NONE] = NULL,
    [KIOSK_EVIDENCE_ESTABLISHED] = "established",
    [KIOSK_EVIDENCE_SOME] = "some-evidence",
    [KIOSK_EVIDENCE_EXPERIMENTAL] = "experimental",
    [KIOSK_EVIDENCE_NO_EVIDENCE] = "no-evidence",
  };

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    if (classes[i] != NULL)
      gtk_widget_remove_css_class (GTK_WIDGET (badge), classes[i]);

  gtk_widget_set_visible (GTK_WIDGET (badge), evidence != KIOSK_EVIDENCE_NONE);
  if (evidence == KIOSK_EVIDENCE_NONE)
    return;

  gtk_label_set_text (badge, kiosk_evidence_to_string (evidence));
  gtk_widget_add_css_class (GTK_WIDGET (badge), classes[evidence]);
}

/**
 * kiosk_utils_unfocus_flow_children:
 * @box: a flow box of buttons
 *
 * The buttons are the focus stops, not the flow box cells around them.
 */
void
kiosk_utils_unfocus_flow_children (GtkFlowBox *box)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);
}

/**
 * kiosk_utils_setup_popover:
 * @popover: a popover
 *
 * Without a compositor (a bare X server, some kiosk setups) the see-through
 * parts of a popover, its rounded corners and the arrow, are drawn black.
 * There the popover is square and has no arrow; it still opens right next
 * to what was tapped.
 */
static void
on_surface_cursor_cb (GdkSurface *surface)
{
  GdkCursor *cursor = gdk_surface_get_cursor (surface);

  if (cursor == NULL || g_strcmp0 (gdk_cursor_get_name (cursor), "none") != 0)
    {
      g_autoptr(GdkCursor) none = gdk_cursor_new_from_name ("none", NULL);

      gdk_surface_set_cursor (surface, none);
    }
}

/**
 * kiosk_utils_hide_pointer:
 * @surface: a window's or popover's surface
 *
 * Keeps the pointer invisible over @surface, also over widgets that set
 * their own cursor (a label shows a hand over a link).
 */
void
kiosk_utils_hide_pointer (GdkSurface *surface)
{
  if (g_object_get_data (G_OBJECT (surface), "kiosk-hide-pointer") != NULL)
    return;
  g_object_set_data (G_OBJECT (surface), "kiosk-hide-pointer", GINT_TO_POINTER (TRUE));
  g_signal_connect (surface, "notify::cursor", G_CALLBACK (on_surface_cursor_cb), NULL);
  on_surface_cursor_cb (surface);
}

typedef struct
{
  int width;
  int height;
} SurfaceSize;

/* With no window manager to honour full screen, or for a screenshot at
 * a size larger than the monitor, the surface takes the size it is told. */
static void
on_compute_size_cb (GdkToplevel     *toplevel,
                    GdkToplevelSize *size,
                    GtkWindow       *window)
{
  SurfaceSize *wanted = g_object_get_data (G_OBJECT (window), "kiosk-surface-size");
  GdkDisplay *display = gdk_surface_get_display (GDK_SURFACE (toplevel));
  g_autoptr(GdkMonitor) first = NULL;
  GdkMonitor *monitor;
  GdkRectangle geometry;

  if (wanted == NULL)
    return;
  if (wanted->width > 0 && wanted->height > 0)
    {
      gdk_toplevel_size_set_size (size, wanted->width, wanted->height);
      return;
    }
  monitor = gdk_display_get_monitor_at_surface (display, GDK_SURFACE (toplevel));
  if (monitor == NULL)
    monitor = first = g_list_model_get_item (gdk_display_get_monitors (display), 0);
  if (monitor == NULL)
    return;
  gdk_monitor_get_geometry (monitor, &geometry);
  gdk_toplevel_size_set_size (size, geometry.width, geometry.height);
}

static void
connect_compute_size (GtkWindow *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  if (g_object_get_data (G_OBJECT (surface), "kiosk-sized") != NULL)
    return;
  g_object_set_data (G_OBJECT (surface), "kiosk-sized", GINT_TO_POINTER (TRUE));
  g_signal_connect_object (surface, "compute-size", G_CALLBACK (on_compute_size_cb), window,
                           G_CONNECT_AFTER);
}

/**
 * kiosk_utils_size_surface:
 * @window: a window
 * @width: its width, or 0 for its monitor's
 * @height: its height, or 0 for its monitor's
 *
 * Gives @window's surface this size whatever the window manager, or its
 * absence, would do: the monitor's size in kiosk mode, an exact size for
 * a screenshot.
 */
void
kiosk_utils_size_surface (GtkWindow *window,
                          int        width,
                          int        height)
{
  SurfaceSize *wanted = g_new0 (SurfaceSize, 1);

  g_return_if_fail (GTK_IS_WINDOW (window));

  wanted->width = width;
  wanted->height = height;
  g_object_set_data_full (G_OBJECT (window), "kiosk-surface-size", wanted, g_free);
  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    connect_compute_size (window);
  else
    g_signal_connect (window, "realize", G_CALLBACK (connect_compute_size), NULL);
}

/**
 * kiosk_utils_is_activity:
 * @event: an input event
 *
 * What counts as someone using the kiosk, for the idle reset: a touch, a
 * click, a key, a scroll or a touchpad gesture. Pointer motion does not
 * (a mouse nudged by a passer-by is not a patient).
 *
 * Returns: whether @event is activity
 */
gboolean
kiosk_utils_is_activity (GdkEvent *event)
{
  switch ((int) gdk_event_get_event_type (event))
    {
    case GDK_BUTTON_PRESS:
    case GDK_TOUCH_BEGIN:
    case GDK_KEY_PRESS:
    case GDK_SCROLL:
    case GDK_TOUCHPAD_SWIPE:
    case GDK_TOUCHPAD_PINCH:
      return TRUE;

    default:
      return FALSE;
    }
}

/* Popovers count as activity for the idle reset (they are surfaces of
 * their own, so the window does not see their events) and hide the
 * pointer when their window does. */
static gboolean
on_popover_event_cb (GtkEventControllerLegacy *controller,
                     GdkEvent                 *event,
                     GtkWidget                *popover)
{
  if (kiosk_utils_is_activity (event))
    gtk_widget_activate_action (popover, "kiosk.activity", NULL);
  return GDK_EVENT_PROPAGATE;
}

static void
on_popover_map_cb (GtkWidget *popover)
{
  GtkRoot *root = gtk_widget_get_root (popover);
  GdkSurface *root_surface = root != NULL ? gtk_native_get_surface (GTK_NATIVE (root)) : NULL;

  if (root_surface != NULL &&
      g_object_get_data (G_OBJECT (root_surface), "kiosk-hide-pointer") != NULL)
    kiosk_utils_hide_pointer (gtk_native_get_surface (GTK_NATIVE (popover)));
}

void
kiosk_utils_setup_popover (GtkPopover *popover)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (popover));
  GtkEventController *controller = gtk_event_controller_legacy_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "event", G_CALLBACK (on_popover_event_cb), popover);
  gtk_widget_add_controller (GTK_WIDGET (popover), controller);
  g_signal_connect (popover, "map", G_CALLBACK (on_popover_map_cb), NULL);

  if (display != NULL && !gdk_display_is_composited (display))
    {
      gtk_popover_set_has_arrow (popover, FALSE);
      gtk_widget_add_css_class (GTK_WIDGET (popover), "solid");
    }
}

/**
 * kiosk_utils_present_popovers:
 * @widget: a widget that parents popovers
 *
 * Keeps @widget's open popovers placed next to it; call from its
 * size_allocate.
 */
void
kiosk_utils_present_popovers (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child) && gtk_widget_get_visible (child))
      gtk_popover_present (GTK_POPOVER (child));
}

/**
 * kiosk_utils_popdown_all:
 * @widget: the top of a widget tree
 *
 * Closes every popover in the tree, for example before leaving a screen.
 */
void
kiosk_utils_popdown_all (GtkWidget *widget)
{
  if (GTK_IS_POPOVER (widget) && gtk_widget_get_visible (widget))
    gtk_popover_popdown (GTK_POPOVER (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    kiosk_utils_popdown_all (child);
}

/**
 * kiosk_utils_get_text_rect:
 * @relative_to: the widget whose coordinates @rect is in
 * @label: a label inside @relative_to
 * @start: a byte offset into the label's text
 * @end: the byte offset just after the text
 * @rect: (out): where the text is
 *
 * Finds the rectangle of the text from @start to @end, for a popover to
 * point at.
 */
void
kiosk_utils_get_text_rect (GtkWidget    *relative_to,
                           GtkLabel     *label,
                           gsize         start,
                           gsize         end,
                           GdkRectangle *rect)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  PangoRectangle first, last;
  int lx, ly;
  double vx = 0, vy = 0;

  gtk_label_get_layout_offsets (label, &lx, &ly);
  pango_layout_index_to_pos (layout, start, &first);
  pango_layout_index_to_pos (layout, end > start ? end - 1 : start, &last);
  pango_extents_to_pixels (&first, NULL);
  pango_extents_to_pixels (&last, NULL);

  gtk_widget_translate_coordinates (GTK_WIDGET (label), relative_to,
                                    lx + first.x, ly + first.y, &vx, &vy);
  rect->x = (int) vx;
  rect->y = (int) vy;
  rect->height = MAX (first.height, 1);
  /* A word broken over two lines: point at its first part. */
  rect->width = last.y == first.y ? MAX (last.x + last.width - first.x, 1) : MAX (first.width, 1);
}

/**
 * kiosk_utils_get_widget_rect:
 * @relative_to: the widget whose coordinates @rect is in
 * @widget: a widget inside @relative_to
 * @rect: (out): where @widget is, at least 1 by 1
 */
void
kiosk_utils_get_widget_rect (GtkWidget    *relative_to,
                             GtkWidget    *widget,
                             GdkRectangle *rect)
{
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (widget, relative_to, &bounds))
    graphene_rect_init (&bounds, 0, 0, 1, 1);
  rect->x = (int) bounds.origin.x;
  rect->y = (int) bounds.origin.y;
  rect->width = MAX ((int) bounds.size.width, 1);
  rect->height = MAX ((int) bounds.size.height, 1);
}

/* A popover must point at something on screen: a word scrolled out of
 * sight is clamped to the nearest visible point of the window. */
static void
clamp_to_window (GtkWidget    *widget,
                 GdkRectangle *rect)
{
  GtkWidget *native = GTK_WIDGET (gtk_widget_get_native (widget));
  double nx, ny, cx, cy, bx, by;
  int w, h;

  if (native == NULL ||
      !gtk_widget_translate_coordinates (widget, native, rect->x, rect->y, &nx, &ny))
    return;
  w = gtk_widget_get_width (native);
  h = gtk_widget_get_height (native);
  cx = CLAMP (nx, 0, MAX (w - rect->width, 0));
  cy = CLAMP (ny, 0, MAX (h - rect->height, 0));
  if (cx == nx && cy == ny)
    return;
  if (gtk_widget_translate_coordinates (native, widget, cx, cy, &bx, &by))
    {
      rect->x = (int) bx;
      rect->y = (int) by;
      rect->width = MIN (rect->width, MAX (w, 1));
      rect->height = MIN (rect->height, MAX (h, 1));
    }
}

/**
 * kiosk_utils_popup_at:
 * @parent: the widget that parents @popover
 * @popover: a #GtkPopover
 * @where: what to point at, in @parent's coordinates
 *
 * Closes every other popover under @parent and opens @popover pointing at
 * @where, or at the nearest point of it inside the window.
 */
void
kiosk_utils_popup_at (GtkWidget          *parent,
                      GtkWidget          *popover,
                      const GdkRectangle *where)
{
  GdkRectangle rect = *where;

  clamp_to_window (parent, &rect);
  kiosk_utils_popdown_all (parent);
  gtk_popover_set_pointing_to (GTK_POPOVER (popover), &rect);
  gtk_popover_popup (GTK_POPOVER (popover));
}
