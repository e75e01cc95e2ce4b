/* test-util.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void copy_tree   (const char *from,
                  const char *to);
void remove_tree (const char *path);

G_END_DECLS
