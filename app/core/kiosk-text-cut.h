/* kiosk-text-cut.h
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What is kept of a file's text to tell, at the next reading, whether the
 * new text is the old one cut short at a line end: a copy that stopped
 * half way, or a save that did not finish. A hash of the text up to each
 * line end, 16 bytes a line; never the text itself. */
typedef struct _KioskTextMarks KioskTextMarks;

KioskTextMarks *kiosk_text_marks_new    (const char           *text,
                                         gsize                 len);
void            kiosk_text_marks_free   (KioskTextMarks       *self);
guint           kiosk_text_marks_is_cut (const KioskTextMarks *before,
                                         const char           *text,
                                         gsize                 len);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KioskTextMarks, kiosk_text_marks_free)

G_END_DECLS
