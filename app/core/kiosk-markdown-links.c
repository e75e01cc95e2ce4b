/* kiosk-markdown-links.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-markdown"

#include "config.h"

#include <glib/gi18n.h>

#include "kiosk-links.h"
#include "kiosk-markdown-private.h"
#include "kiosk-unicode.h"

/* Links and images of a page: what each may point at, and how many a page
 * may hold. */

void
kiosk_walker_link (Walker     *w,
                   cmark_node *node,
                   gboolean    entering)
{
  const char *url;
  g_autofree char *target = NULL;
  KioskLinkKind kind;

  if (!entering)
    {
      w->link = -1;
      return;
    }

  /* Each link is a tap target the page's label keeps; past the limit the
   * rest read as plain text, and staff are told once. */
  if (w->doc->links->len == KIOSK_MAX_LINKS_PER_PAGE)
    {
      if (!w->links_refused && w->context != NULL && w->context->diagnostics != NULL)
        kiosk_diagnostics_add (w->context->diagnostics, KIOSK_SEVERITY_ERROR, w->context->file,
                               kiosk_walker_node_line (w, node),
                               _("the page has more than %d links; from this one on they are "
                                 "shown as plain text; split it into smaller pages"),
                               KIOSK_MAX_LINKS_PER_PAGE);
      w->links_refused = TRUE;
      w->link = -1;
      return;
    }

  url = cmark_node_get_url (node);
  kind = kiosk_links_classify (url, w->context ? w->context->base_dir : NULL, &target);
  if (kind == KIOSK_LINK_NONE && url != NULL && kiosk_unicode_has_hidden (url))
    {
      kiosk_walker_report (w, kiosk_walker_node_line (w, node),
              _("link “%s” is shown as plain text: its address holds a hidden character "
                "that would make it read as another address"), url);
      w->link = -1;
      return;
    }
  if (kind == KIOSK_LINK_NONE)
    {
      kiosk_walker_report (w, kiosk_walker_node_line (w, node),
              _("link “%s” is shown as plain text: only page names, http(s), tel: and "
                "mailto: links can be used"), url != NULL ? url : "");
      w->link = -1;
      return;
    }

  w->link = kiosk_document_add_link (w->doc, kind, target, kiosk_walker_node_line (w, node));
}

void
kiosk_walker_image (Walker     *w,
                    cmark_node *node,
                    gboolean    entering)
{
  const char *url;
  g_autofree char *path = NULL;
  guint line;

  if (!entering)
    {
      w->image_depth--;
      if (w->image_depth == 0)
        w->image = NULL;
      return;
    }

  w->image_depth++;
  if (w->image_depth > 1)
    return;

  url = cmark_node_get_url (node);
  path = kiosk_links_check_image (url);
  line = kiosk_walker_node_line (w, node);

  if (path == NULL)
    kiosk_walker_report (w, line, _("image “%s” must be a file inside the content folder, named relative "
                       "to it (for example images/photo.jpg)"), url != NULL ? url : "");

  /* The text before the image becomes its own block. */
  w->block = NULL;
  w->image = kiosk_walker_add_block (w, KIOSK_BLOCK_IMAGE, line);
  w->image->image = g_steal_pointer (&path);
}
