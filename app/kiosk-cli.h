/* kiosk-cli.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the command line does without a window: --version, --hash-pin
 * and --check. */

char *kiosk_cli_default_content_dir (void);
void  kiosk_cli_print_version       (const char *toolkit);
int   kiosk_cli_hash_pin            (void);
int   kiosk_cli_check               (const char *dir);

G_END_DECLS
