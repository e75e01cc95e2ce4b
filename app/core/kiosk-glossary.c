/* kiosk-glossary.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "kiosk-glossary"

#include "config.h"

#include <string.h>

#include "kiosk-glossary-private.h"

/* Text is read as a sequence of "units": one character after folding
 * (lower case, accents dropped, ñ kept), a whole run of white space as one
 * space, and any combining marks that follow carried along with the unit
 * before them. Each unit covers a range of bytes of the original text, so
 * a match found on units maps straight back to byte offsets.
 *
 * The forms are stored in a trie. Its edges live in one open-addressing
 * hash table keyed on (parent node, character), which keeps 5,000 terms in
 * a few flat arrays and makes each step of a walk one probe. */

#define ROOT_NODE        0
#define MIN_EDGE_SLOTS   64
#define REPLACEMENT_CHAR 0xFFFD

typedef struct
{
  guint    term;
  gboolean is_form;
} TrieNode;

typedef struct
{
  guint32 parent;
  guint32 c;
  guint32 child;   /* 0 (the root, never a child) marks an empty slot */
} TrieEdge;

struct _KioskGlossary
{
  GArray   *nodes;       /* TrieNode, ROOT_NODE first */
  TrieEdge *edges;       /* n_slots entries, open addressing */
  guint     n_slots;     /* a power of two */
  guint     n_edges;
  guint     n_forms;
};

/*
 * Auxiliary methods
 */

static inline gboolean
is_ignorable (gunichar c)
{
  /* Soft hyphens are invisible; like combining marks they belong to the
   * character before them. */
  return g_unichar_ismark (c) || c == 0x00AD;
}

/* Includes U+00A0 and the other Unicode space separators. */
static inline gboolean
is_space (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isspace (c);
  return g_unichar_isspace (c);
}

/* Scripts written without spaces between words: any letter may start or
 * end a word there. */
static gboolean
is_unspaced_script (gunichar c)
{
  GUnicodeScript script = g_unichar_get_script (c);

  return script == G_UNICODE_SCRIPT_HAN || script == G_UNICODE_SCRIPT_HIRAGANA ||
         script == G_UNICODE_SCRIPT_KATAKANA || script == G_UNICODE_SCRIPT_THAI ||
         script == G_UNICODE_SCRIPT_LAO || script == G_UNICODE_SCRIPT_KHMER ||
         script == G_UNICODE_SCRIPT_MYANMAR;
}

/* Whether @c belongs to a word that a glossary form must not be cut out
 * of ("knee" is not found in "kneel"). */
static inline gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  return (g_unichar_isalnum (c) || g_unichar_ismark (c)) && !is_unspaced_script (c);
}

static gunichar
fold_char (gunichar c)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;

  switch (c)
    {
    case 0x2018:
    case 0x2019:
      return '\'';
    case 0x2010:
    case 0x2011:
      return '-';
    default:
      break;
    }

  c = g_unichar_tolower (c);
  if (c == 0x00F1)   /* ñ is a letter of its own in Spanish */
    return c;

  n = g_unichar_fully_decompose (c, FALSE, parts, G_N_ELEMENTS (parts));
  if (n == 0)
    return c;
  /* Only drop what is really an accent: a Hangul syllable, say, also
   * decomposes, but into letters that must all be kept. */
  for (gsize i = 1; i < n; i++)
    if (!g_unichar_ismark (parts[i]))
      return c;

  return g_unichar_tolower (parts[0]);
}

/* Reads one character at @p, or one byte as U+FFFD when @p does not hold
 * a complete, valid character (a NUL byte counts as invalid too). */
static inline gunichar
decode_char (const char  *p,
             const char  *end,
             const char **next)
{
  guchar b = (guchar) *p;
  gunichar c;

  if (b < 0x80)
    {
      *next = p + 1;
      return b != 0 ? b : REPLACEMENT_CHAR;
    }

  c = g_utf8_get_char_validated (p, end - p);
  if (c == (gunichar) -1 || c == (gunichar) -2 || c == 0)
    {
      *next = p + 1;
      return REPLACEMENT_CHAR;
    }

  *next = g_utf8_next_char (p);
  return c;
}

/* Skips combining marks (and soft hyphens) at @p; turns a decomposed
 * "n" + U+0303 into ñ on the way. */
static const char *
skip_ignorable (const char *p,
                const char *end,
                gunichar   *c)
{
  while (p < end && (guchar) *p >= 0x80)
    {
      const char *next;
      gunichar m = decode_char (p, end, &next);

      if (!is_ignorable (m))
        break;
      if (m == 0x0303 && *c == 'n')
        *c = 0x00F1;
      p = next;
    }

  return p;
}

/* Reads the unit that starts at @p (which must be before @end) and
 * returns its folded character; *@next is set to the byte after it. */
static gunichar
read_unit (const char  *p,
           const char  *end,
           const char **next)
{
  guchar b = (guchar) *p;
  gunichar c;

  if (b < 0x80 && b != 0 && !g_ascii_isspace (b))
    {
      c = g_ascii_tolower (b);
      p++;
    }
  else
    {
      c = decode_char (p, end, &p);
      if (is_space (c))
        {
          /* The whole run, with any stray marks inside it. */
          while (p < end)
            {
              const char *after;
              gunichar d = decode_char (p, end, &after);

              if (!is_space (d) && !is_ignorable (d))
                break;
              p = after;
            }
          *next = p;
          return ' ';
        }
      if (c >= 0x80)
        c = fold_char (c);
    }

  *next = skip_ignorable (p, end, &c);
  return c;
}

/* Marks at the very start of a text have no character to belong to. */
static const char *
skip_leading_marks (const char *p,
                    const char *end)
{
  gunichar none = 0;

  return skip_ignorable (p, end, &none);
}

static inline guint
edge_slot (guint32  parent,
           gunichar c,
           guint    n_slots)
{
  guint64 key = ((guint64) parent << 21) | c;

  /* Fibonacci hashing; n_slots is a power of two. */
  return (guint) ((key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 32) & (n_slots - 1);
}

static inline guint
lookup_child (const KioskGlossary *self,
              guint                parent,
              gunichar             c)
{
  guint i = edge_slot (parent, c, self->n_slots);

  for (;;)
    {
      const TrieEdge *edge = &self->edges[i];

      if (edge->child == 0)
        return 0;
      if (edge->parent == parent && edge->c == c)
        return edge->child;
      i = (i + 1) & (self->n_slots - 1);
    }
}

static void
insert_edge (TrieEdge *edges,
             guint     n_slots,
             guint32   parent,
             gunichar  c,
             guint32   child)
{
  guint i = edge_slot (parent, c, n_slots);

  while (edges[i].child != 0)
    i = (i + 1) & (n_slots - 1);
  edges[i].parent = parent;
  edges[i].c = c;
  edges[i].child = child;
}

/* Keeps the table at most half full, so probes stay short. */
static void
grow_edges (KioskGlossary *self)
{
  guint n_slots = self->n_slots * 2;
  TrieEdge *edges = g_new0 (TrieEdge, n_slots);

  for (guint i = 0; i < self->n_slots; i++)
    if (self->edges[i].child != 0)
      insert_edge (edges, n_slots, self->edges[i].parent, self->edges[i].c,
                   self->edges[i].child);

  g_free (self->edges);
  self->edges = edges;
  self->n_slots = n_slots;
}

static guint
add_child (KioskGlossary *self,
           guint          parent,
           gunichar       c)
{
  TrieNode node = { 0, FALSE };
  guint child = self->nodes->len;

  if ((self->n_edges + 1) * 2 > self->n_slots)
    grow_edges (self);

  g_array_append_val (self->nodes, node);
  insert_edge (self->edges, self->n_slots, parent, c, child);
  self->n_edges++;

  return child;
}

/* Folds @text into units, without white space at either end. */
static GArray *
normalize_units (const char *text,
                 const char *end)
{
  GArray *units = g_array_new (FALSE, FALSE, sizeof (gunichar));
  const char *p = skip_leading_marks (text, end);

  while (p < end)
    {
      gunichar c = read_unit (p, end, &p);

      if (c == ' ' && units->len == 0)
        continue;
      g_array_append_val (units, c);
    }
  if (units->len > 0 && g_array_index (units, gunichar, units->len - 1) == ' ')
    g_array_set_size (units, units->len - 1);

  return units;
}

/* Walks on from @node, whose first character @first started at a word
 * boundary, and finds the longest form that also ends at one. */
static gboolean
match_from (const KioskGlossary *self,
            guint                node,
            gunichar             first,
            const char          *p,
            const char          *end,
            const char         **match_end,
            guint               *term,
            gunichar            *last)
{
  gboolean found = FALSE;
  gunichar prev = first;

  for (;;)
    {
      const TrieNode *n = &g_array_index (self->nodes, TrieNode, node);
      const char *next = p;
      gunichar c = 0;

      if (p < end)
        c = read_unit (p, end, &next);

      if (n->is_form && (p >= end || !is_word_char (c)))
        {
          found = TRUE;
          *match_end = p;
          *term = n->term;
          *last = prev;
        }

      if (p >= end || (node = lookup_child (self, node, c)) == 0)
        break;
      prev = c;
      p = next;
    }

  return found;
}

/*
 * Public API
 */

/**
 * kiosk_glossary_new:
 *
 * Returns: (transfer full): an empty glossary
 */
KioskGlossary *
kiosk_glossary_new (void)
{
  KioskGlossary *self = g_new0 (KioskGlossary, 1);
  TrieNode root = { 0, FALSE };

  self->nodes = g_array_new (FALSE, FALSE, sizeof (TrieNode));
  g_array_append_val (self->nodes, root);
  self->n_slots = MIN_EDGE_SLOTS;
  self->edges = g_new0 (TrieEdge, self->n_slots);

  return self;
}

/**
 * kiosk_glossary_free:
 * @self: (nullable): a glossary
 *
 * Frees @self and all its forms.
 */
void
kiosk_glossary_free (KioskGlossary *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->nodes);
  g_free (self->edges);
  g_free (self);
}

/**
 * kiosk_glossary_add:
 * @self: a glossary
 * @form: a written form of a term, e.g. "células madre" or "PRP"
 * @term: the number of the term the form stands for
 *
 * Adds @form as it is found by kiosk_glossary_find(): normalized with
 * kiosk_glossary_normalize().
 *
 * Returns: %TRUE if the form was added; %FALSE if @form is not valid UTF-8,
 *   has no letter or digit, or was already there (the first term is kept)
 */
gboolean
kiosk_glossary_add (KioskGlossary *self,
                    const char    *form,
                    guint          term)
{
  g_autoptr(GArray) units = NULL;
  gboolean has_alnum = FALSE;
  const char *end;
  TrieNode *leaf;
  guint node = ROOT_NODE;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (form != NULL, FALSE);

  if (!g_utf8_validate (form, -1, &end))
    return FALSE;

  units = normalize_units (form, end);
  for (guint i = 0; i < units->len && !has_alnum; i++)
    has_alnum = g_unichar_isalnum (g_array_index (units, gunichar, i));
  if (!has_alnum)
    return FALSE;

  for (guint i = 0; i < units->len; i++)
    {
      gunichar c = g_array_index (units, gunichar, i);
      guint child = lookup_child (self, node, c);

      node = child != 0 ? child : add_child (self, node, c);
    }

  leaf = &g_array_index (self->nodes, TrieNode, node);
  if (leaf->is_form)
    return FALSE;
  leaf->is_form = TRUE;
  leaf->term = term;
  self->n_forms++;

  return TRUE;
}

/**
 * kiosk_glossary_get_size:
 * @self: a glossary
 *
 * Returns: the number of distinct forms in @self
 */
guint
kiosk_glossary_get_size (const KioskGlossary *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_forms;
}

/**
 * kiosk_glossary_find:
 * @self: a glossary
 * @text: the text to search
 * @len: the length of @text in bytes, or -1 if it is nul-terminated
 *
 * Finds the glossary forms in @text, as whole words, from left to right;
 * where forms overlap, the longest one that starts first wins.
 *
 * A byte that does not start a valid UTF-8 character (or a NUL byte inside
 * @len) is skipped as if it were punctuation: it separates words and never
 * belongs to a match.
 *
 * Returns: (transfer full) (element-type KioskGlossaryMatch): the matches,
 *   with byte offsets into @text, in order and never overlapping
 */
GArray *
kiosk_glossary_find (const KioskGlossary *self,
                     const char          *text,
                     gssize               len)
{
  GArray *matches;
  const char *p, *end;
  gboolean after_word = FALSE;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL || len == 0, NULL);

  matches = g_array_new (FALSE, FALSE, sizeof (KioskGlossaryMatch));
  if (text == NULL || self->n_forms == 0)
    return matches;

  end = text + (len < 0 ? strlen (text) : (gsize) len);
  p = skip_leading_marks (text, end);

  while (p < end)
    {
      const char *next, *match_end = NULL;
      gunichar c = read_unit (p, end, &next);
      gunichar last = 0;
      guint node, term = 0;

      if (!after_word &&
          (node = lookup_child (self, ROOT_NODE, c)) != 0 &&
          match_from (self, node, c, next, end, &match_end, &term, &last))
        {
          KioskGlossaryMatch match = { p - text, match_end - text, term };

          g_array_append_val (matches, match);
          after_word = is_word_char (last);
          p = match_end;
          continue;
        }

      after_word = is_word_char (c);
      p = next;
    }

  return matches;
}

/**
 * kiosk_glossary_normalize:
 * @text: a text or a form
 * @len: the length of @text in bytes, or -1 if it is nul-terminated
 *
 * Folds @text as the matcher sees it: lower case, accents dropped (but ñ
 * kept), combining marks and soft hyphens dropped, each run of white space
 * made one space, typographic apostrophes and hyphens made ASCII. White
 * space at either end is removed, as it is from forms. Invalid bytes
 * become U+FFFD.
 *
 * Returns: (transfer full): the normalized text, in UTF-8
 */
char *
kiosk_glossary_normalize (const char *text,
                          gssize      len)
{
  g_autoptr(GArray) units = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  if (text == NULL)
    return g_strdup ("");

  units = normalize_units (text, text + (len < 0 ? strlen (text) : (gsize) len));
  out = g_string_sized_new (units->len);
  for (guint i = 0; i < units->len; i++)
    g_string_append_unichar (out, g_array_index (units, gunichar, i));

  return g_string_free (out, FALSE);
}
