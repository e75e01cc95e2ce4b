/* kiosk-markdown-limits.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What no page written for patients comes near, checked in one pass
 * before cmark sees the text: Debian 12's cmark 0.30.2 takes quadratic
 * time on runs of brackets and on deep nesting (CVE-2023-22483/22484/
 * 22486, fixed upstream in 0.30.3), and the kiosk must never spend
 * seconds on one page. bench/bench-pathological measures each pattern at
 * the size limit; at these limits the slowest takes about 0.25 s. A
 * 256 KB page of ordinary text with six emphasis marks every 100 bytes is
 * within all of them. What the page then costs to show is bounded after
 * parsing: KIOSK_MAX_LINKS_PER_PAGE and KIOSK_MAX_TERMS_PER_BLOCK in
 * kiosk-document.h. */

#define KIOSK_MARKDOWN_MAX_BRACKETS  20000   /* "[" in a page */
#define KIOSK_MARKDOWN_MAX_LINKS     10000   /* "](" in a page */
#define KIOSK_MARKDOWN_MAX_EMPHASIS  50000   /* "*" and "_" in a page */
#define KIOSK_MARKDOWN_MAX_BACKTICKS 20000   /* "`" in a page */
#define KIOSK_MARKDOWN_MAX_ANGLES    20000   /* "<" in a page */
#define KIOSK_MARKDOWN_MAX_NESTING      32   /* quotes and list items on one line */
#define KIOSK_MARKDOWN_MAX_INDENT      128   /* columns of indentation */
#define KIOSK_MARKDOWN_MAX_BLANK_RUN   200   /* empty lines in a row */

gboolean kiosk_markdown_check_limits (const char  *text,
                                      gsize        len,
                                      guint       *line,
                                      char       **message);

G_END_DECLS
