/* kiosk-collate.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-collate"

#include "config.h"

#include <string.h>
#include <unicode/ucol.h>
#include <unicode/uloc.h>

#include "kiosk-collate.h"

struct _KioskCollator
{
  UCollator *collator;   /* NULL when ICU has none: code point order */
};

/**
 * kiosk_collator_new:
 * @lang: a language folder's name, as a BCP 47 tag ("fr", "zh-Hans",
 *   "pt-BR"; "pt_BR" is read the same)
 *
 * Returns: (transfer full): a collator for @lang; ICU's root order when
 *   it knows nothing of @lang
 */
KioskCollator *
kiosk_collator_new (const char *lang)
{
  KioskCollator *self = g_new0 (KioskCollator, 1);
  g_autofree char *tag = g_strdelimit (g_strdup (lang != NULL ? lang : ""), "_", '-');
  char locale[ULOC_FULLNAME_CAPACITY] = "";
  UErrorCode status = U_ZERO_ERROR;

  uloc_forLanguageTag (tag, locale, sizeof locale, NULL, &status);
  if (U_FAILURE (status))
    {
      status = U_ZERO_ERROR;
      locale[0] = '\0';
    }
  self->collator = ucol_open (locale, &status);
  if (U_FAILURE (status))
    {
      g_debug ("No collator for “%s”: %s", lang, u_errorName (status));
      self->collator = NULL;
    }
  return self;
}

void
kiosk_collator_free (KioskCollator *self)
{
  if (self == NULL)
    return;
  if (self->collator != NULL)
    ucol_close (self->collator);
  g_free (self);
}

/**
 * kiosk_collator_compare:
 * @self: a collator
 * @a: UTF-8 text
 * @b: UTF-8 text
 *
 * Returns: < 0, 0 or > 0 as @a sorts before, with or after @b
 */
int
kiosk_collator_compare (KioskCollator *self,
                        const char    *a,
                        const char    *b)
{
  UErrorCode status = U_ZERO_ERROR;
  UCollationResult result;

  if (self->collator == NULL)
    return strcmp (a, b);
  result = ucol_strcollUTF8 (self->collator, a, -1, b, -1, &status);
  if (U_FAILURE (status))
    return strcmp (a, b);
  /* Equal to the collator (only case or width apart): keep a fixed order. */
  if (result == UCOL_EQUAL)
    return strcmp (a, b);
  return result == UCOL_LESS ? -1 : 1;
}
