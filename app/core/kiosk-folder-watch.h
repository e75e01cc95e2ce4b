/* kiosk-folder-watch.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Watches a content folder and its sub-folders for changes to what staff
 * edit (pages, settings, icons, folders), and calls back once editing has
 * settled. While the folder is missing, looks for it again every few
 * seconds instead, and calls back when it is back. */

typedef struct _KioskFolderWatch KioskFolderWatch;

typedef void (*KioskFolderWatchFunc) (gpointer user_data);

KioskFolderWatch *kiosk_folder_watch_new             (const char           *dir,
                                                      guint                 delay,
                                                      KioskFolderWatchFunc  func,
                                                      gpointer              user_data);
void              kiosk_folder_watch_free            (KioskFolderWatch     *self);
void              kiosk_folder_watch_update          (KioskFolderWatch     *self);
void              kiosk_folder_watch_poll_if_missing (KioskFolderWatch     *self);
void              kiosk_folder_watch_set_delay       (KioskFolderWatch     *self,
                                                      guint                 msec);
gboolean          kiosk_folder_is_readable           (const char           *dir);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KioskFolderWatch, kiosk_folder_watch_free)

G_END_DECLS
