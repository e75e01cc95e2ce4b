/* kiosk-text-cut.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kiosk-text-cut.h"

typedef struct
{
  gsize   end;    /* offset just past a line's newline */
  guint64 hash;   /* of the text before @end */
} Mark;

struct _KioskTextMarks
{
  GArray *marks;  /* Mark, by offset */
  gsize   len;
  guint   lines;  /* lines with text after the last mark count too */
};

#define FNV_OFFSET 0xcbf29ce484222325ULL
#define FNV_PRIME  0x100000001b3ULL

static guint64
hash_step (guint64 hash,
           guchar  byte)
{
  return (hash ^ byte) * FNV_PRIME;
}

static guint64
hash_text (const char *text,
           gsize       len)
{
  guint64 hash = FNV_OFFSET;

  for (gsize i = 0; i < len; i++)
    hash = hash_step (hash, text[i]);
  return hash;
}

/**
 * kiosk_text_marks_new:
 * @text: a file's text
 * @len: its length in bytes
 *
 * Returns: (transfer full): what is kept of @text
 */
KioskTextMarks *
kiosk_text_marks_new (const char *text,
                      gsize       len)
{
  KioskTextMarks *self = g_new0 (KioskTextMarks, 1);
  guint64 hash = FNV_OFFSET;

  self->marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  self->len = len;
  for (gsize i = 0; i < len; i++)
    {
      hash = hash_step (hash, text[i]);
      if (text[i] == '\n')
        {
          Mark mark = { i + 1, hash };

          g_array_append_val (self->marks, mark);
        }
    }
  self->lines = self->marks->len + (len > 0 && text[len - 1] != '\n');
  return self;
}

void
kiosk_text_marks_free (KioskTextMarks *self)
{
  g_array_unref (self->marks);
  g_free (self);
}

/**
 * kiosk_text_marks_is_cut:
 * @before: what was kept of the file's earlier text
 * @text: its text now
 * @len: the length of @text
 *
 * Returns: how many lines of the earlier text are missing when @text is
 *   that text cut short at a line end, a quarter of it and three lines or
 *   more gone but at least one line left; otherwise 0
 */
guint
kiosk_text_marks_is_cut (const KioskTextMarks *before,
                         const char           *text,
                         gsize                 len)
{
  guint low = 0, high = before->marks->len;
  guint missing;

  /* Staff often delete a last line or two on purpose; a copy that stopped
   * half way loses far more. */
  if (len == 0 || len >= before->len || text[len - 1] != '\n' ||
      (before->len - len) * 4 < before->len)
    return 0;

  /* The mark that ends where @text ends, if any. */
  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (g_array_index (before->marks, Mark, mid).end < len)
        low = mid + 1;
      else
        high = mid;
    }
  if (low == before->marks->len || g_array_index (before->marks, Mark, low).end != len)
    return 0;
  if (g_array_index (before->marks, Mark, low).hash != hash_text (text, len))
    return 0;
  missing = before->lines - (low + 1);
  return missing >= 3 ? missing : 0;
}
