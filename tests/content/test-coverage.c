/* test-coverage.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kiosk-content-private.h"

/* Every topic of the clinic's article has a page in every language, and
 * every condition carries the evidence label the fact check gives it. */

typedef struct
{
  const char *topic;
  const char *id;
} Topic;

static const Topic topics[] = {
  { "what regenerative medicine is", "what-is-regenerative-medicine" },
  { "building blocks: MSCs, exosomes, cytokines, platelets, peptides", "building-blocks" },
  { "what a visit involves: history, evaluation, a personal plan", "your-visit" },
  { "how it works, and the role of stem cells", "how-it-works" },
  { "how soon it can help, how long results take", "what-to-expect" },
  { "disclaimer and questions to ask", "before-you-decide" },
  { "therapy options", "therapies" },
  { "mesenchymal stem cells (an approved cell product)", "therapies/mesenchymal-stem-cells" },
  { "exosomes", "therapies/exosomes" },
  { "cytokines", "therapies/cytokines" },
  { "PRP from your own blood, step by step", "therapies/platelet-rich-plasma" },
  { "peptides", "therapies/peptides" },
  { "blood-forming stem cell transplants", "therapies/blood-stem-cell-transplants" },
  { "combinations of treatments", "therapies/combination-treatments" },
  { "what it is used for: both groups of conditions", "conditions" },
};

typedef struct
{
  const char    *condition;
  const char    *id;
  KioskEvidence  evidence;
} Condition;

/* Labels from the fact check (content-accuracy.md, section 2). */
static const Condition conditions[] = {
  { "back pain and spinal injuries", "conditions/back-pain-and-spinal-injuries",
    KIOSK_EVIDENCE_EXPERIMENTAL },
  { "hip, knee, shoulder and other joints", "conditions/joint-injury-and-pain",
    KIOSK_EVIDENCE_SOME },
  { "osteoporosis", "conditions/osteoporosis", KIOSK_EVIDENCE_NO_EVIDENCE },
  { "rheumatoid arthritis", "conditions/rheumatoid-arthritis", KIOSK_EVIDENCE_EXPERIMENTAL },
  { "osteoarthritis", "conditions/osteoarthritis", KIOSK_EVIDENCE_SOME },
  { "sports injuries", "conditions/sports-injuries", KIOSK_EVIDENCE_SOME },
  { "liver, kidney and lung disorders", "conditions/liver-kidney-and-lung-disorders",
    KIOSK_EVIDENCE_EXPERIMENTAL },
  { "stroke and heart disease", "conditions/stroke-and-heart-disease",
    KIOSK_EVIDENCE_EXPERIMENTAL },
  { "prostate and sexual dysfunction", "conditions/prostate-and-sexual-health",
    KIOSK_EVIDENCE_EXPERIMENTAL },
  { "fatigue, headache and migraine", "conditions/fatigue-headache-and-migraine",
    KIOSK_EVIDENCE_NO_EVIDENCE },
  { "diabetes", "conditions/diabetes", KIOSK_EVIDENCE_EXPERIMENTAL },
  /* The label rates clinic treatments only (December 2026 review, row 1). */
  { "cancer", "conditions/cancer", KIOSK_EVIDENCE_EXPERIMENTAL },
  { "Parkinson's and Alzheimer's", "conditions/parkinsons-and-alzheimers",
    KIOSK_EVIDENCE_EXPERIMENTAL },
  { "allergies", "conditions/allergies", KIOSK_EVIDENCE_NO_EVIDENCE },
};

static const char *langs[] = { "en", "es" };

static KioskContent *content;

static void
test_topics (void)
{
  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    for (guint i = 0; i < G_N_ELEMENTS (topics); i++)
      if (kiosk_content_find (content, langs[l], topics[i].id) == NULL)
        g_error ("%s: no page about %s (%s)", langs[l], topics[i].topic, topics[i].id);
}

static void
test_booking_and_home (void)
{
  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      const KioskCatalog *catalog = kiosk_content_get_catalog (content, langs[l]);

      g_assert_nonnull (catalog->home);
      g_assert_nonnull (catalog->booking);
      g_assert_cmpuint (catalog->terms->len, >=, 25);
    }
}

static void
test_conditions (void)
{
  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    for (guint i = 0; i < G_N_ELEMENTS (conditions); i++)
      {
        const KioskEntry *entry = kiosk_content_find (content, langs[l], conditions[i].id);

        if (entry == NULL)
          g_error ("%s: no page for %s (%s)", langs[l], conditions[i].condition,
                   conditions[i].id);
        if (entry->evidence != conditions[i].evidence)
          g_error ("%s: %s is labelled “%s”, the fact check says “%s”", langs[l],
                   conditions[i].id, kiosk_evidence_to_string (entry->evidence),
                   kiosk_evidence_to_string (conditions[i].evidence));
        g_assert_nonnull (entry->evidence_note);
        g_assert_cmpuint (strlen (entry->evidence_note), >, 10);
        g_assert_nonnull (entry->icon);
      }
}

/* Same pages, same ids and same labels in every language. */
static void
test_languages_mirror (void)
{
  const KioskCatalog *en = kiosk_content_get_catalog (content, "en");
  const KioskCatalog *es = kiosk_content_get_catalog (content, "es");

  g_assert_cmpuint (g_hash_table_size (en->by_id), ==, g_hash_table_size (es->by_id));
  for (guint i = 0; i < en->entries->len; i++)
    {
      const KioskEntry *a = g_ptr_array_index (en->entries, i);
      const KioskEntry *b;

      if (kiosk_content_is_builtin_id (a->id))
        continue;
      b = kiosk_content_find (content, "es", a->id);

      if (b == NULL)
        g_error ("es has no page %s", a->id);
      g_assert_cmpint (a->evidence, ==, b->evidence);
      g_assert_cmpstr (a->icon, ==, b->icon);
    }
}

/* Claims the article got wrong must not come back. */
static void
test_no_known_errors (void)
{
  const char *wrong[] = {
    "platelets are red blood cells",
    "healing red blood cells",
    "shown to be safe and effective",
    "fda-approved stem cell source",
    "exomes are",
    "individually approved",
    "las plaquetas son glóbulos rojos",
    /* December 2026 review, rows 2, 3 and 11. */
    "proven only for some blood cancers",
    "proven only for specific blood cancers",
    "probado solo para algunos cánceres de la sangre",
    "probado solo para ciertos cánceres de la sangre",
    "not approved for any disease of the brain or nerves",
    "no están aprobados para ninguna enfermedad del cerebro",
    "puede hacer distintos tipos de células",
    "hace distintos tipos de células",
  };

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      const KioskCatalog *catalog = kiosk_content_get_catalog (content, langs[l]);

      for (guint i = 0; i < catalog->entries->len; i++)
        {
          const KioskEntry *entry = g_ptr_array_index (catalog->entries, i);
          g_autofree char *text = kiosk_document_get_text (entry->document);
          g_autofree char *lower = g_utf8_strdown (text, -1);

          for (guint w = 0; w < G_N_ELEMENTS (wrong); w++)
            if (strstr (lower, wrong[w]) != NULL)
              g_error ("%s repeats the error “%s”", entry->file, wrong[w]);
        }
    }
}

/* The notes under the labels must not repeat them either. */
static void
test_no_known_errors_in_notes (void)
{
  const char *wrong[] = {
    "proven only for specific blood cancers",
    "probado solo para ciertos cánceres de la sangre",
  };

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    for (guint i = 0; i < G_N_ELEMENTS (conditions); i++)
      {
        const KioskEntry *entry = kiosk_content_find (content, langs[l], conditions[i].id);
        g_autofree char *lower = NULL;

        g_assert_nonnull (entry);
        g_assert_nonnull (entry->evidence_note);
        lower = g_utf8_strdown (entry->evidence_note, -1);
        for (guint w = 0; w < G_N_ELEMENTS (wrong); w++)
          if (strstr (lower, wrong[w]) != NULL)
            g_error ("%s: its evidence note repeats the error “%s”", entry->file, wrong[w]);
      }
}

/* The Spanish glossary says each kind of stem cell makes only some cell types. */
static void
test_stem_cell_definition (void)
{
  const KioskCatalog *catalog = kiosk_content_get_catalog (content, "es");
  gboolean found = FALSE;

  for (guint i = 0; i < catalog->terms->len; i++)
    {
      const KioskTerm *term = g_ptr_array_index (catalog->terms, i);
      g_autofree char *lower = g_utf8_strdown (term->definition, -1);

      if (strstr (lower, "distintos tipos de células") != NULL)
        g_error ("es glossary: “%s” says a stem cell can make different cell types", term->term);
      if (strstr (lower, "solo puede formar ciertos tipos de células") != NULL)
        found = TRUE;
    }
  g_assert_true (found);
}

/* Text that must be on a page (December 2026 review, rows 6 and 7). */
static gboolean
page_says (const char *lang,
           const char *id,
           const char *needle)
{
  const KioskEntry *entry = kiosk_content_find (content, lang, id);
  g_autofree char *text = NULL;
  g_autofree char *lower = NULL;

  if (entry == NULL)
    g_error ("%s: no page %s", lang, id);
  text = kiosk_document_get_text (entry->document);
  lower = g_utf8_strdown (text, -1);
  return strstr (lower, needle) != NULL;
}

static void
test_spinal_cord_injury (void)
{
  const char *needles[] = { "spinal cord injury", "lesión de la médula espinal" };

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    if (!page_says (langs[l], "conditions/back-pain-and-spinal-injuries", needles[l]))
      g_error ("%s: the back pain page does not mention “%s”", langs[l], needles[l]);
}

/* Every page about a treatment, and the pages on what to expect and
 * before deciding, end with the "Feeling unwell?" card, which takes the
 * clinic's phone and the emergency number from kiosk.ini; no page writes
 * a number of its own that could be wrong where the kiosk stands. */
static void
test_emergency_step (void)
{
  const char *asked[] = { "what-to-expect", "before-you-decide" };
  const char *needles[] = { "emergency", "emergencia" };

  g_assert_cmpstr (kiosk_content_get_config (content)->emergency_number, ==, "911");
  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      const KioskCatalog *catalog = kiosk_content_get_catalog (content, langs[l]);
      guint pages = 0;

      for (guint i = 0; i < catalog->entries->len; i++)
        {
          const KioskEntry *entry = g_ptr_array_index (catalog->entries, i);
          g_autofree char *text = kiosk_document_get_text (entry->document);

          if (strstr (text, "911") != NULL)
            g_error ("%s writes 911 itself; the card at the end of the page names the "
                     "number from kiosk.ini", entry->file);
          if (!g_str_has_prefix (entry->id, "therapies/") &&
              !g_str_has_prefix (entry->id, "conditions/"))
            continue;
          if (!kiosk_entry_shows_emergency_card (entry))
            g_error ("%s does not end with the “Feeling unwell?” card", entry->file);
          pages++;
        }
      g_assert_cmpuint (pages, ==, 7 + G_N_ELEMENTS (conditions));

      for (guint a = 0; a < G_N_ELEMENTS (asked); a++)
        {
          const KioskEntry *entry = kiosk_content_find (content, langs[l], asked[a]);

          g_assert_nonnull (entry);
          if (!kiosk_entry_shows_emergency_card (entry))
            g_error ("%s does not end with the “Feeling unwell?” card", entry->file);
          if (!page_says (langs[l], asked[a], needles[l]))
            g_error ("%s does not point to emergency help", entry->file);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  content = kiosk_content_load (CONTENT_DIR);

  g_test_add_func ("/kiosk/coverage/topics", test_topics);
  g_test_add_func ("/kiosk/coverage/home-booking-glossary", test_booking_and_home);
  g_test_add_func ("/kiosk/coverage/conditions", test_conditions);
  g_test_add_func ("/kiosk/coverage/languages-mirror", test_languages_mirror);
  g_test_add_func ("/kiosk/coverage/no-known-errors", test_no_known_errors);
  g_test_add_func ("/kiosk/coverage/no-known-errors-in-notes", test_no_known_errors_in_notes);
  g_test_add_func ("/kiosk/coverage/stem-cell-definition", test_stem_cell_definition);
  g_test_add_func ("/kiosk/coverage/spinal-cord-injury", test_spinal_cord_injury);
  g_test_add_func ("/kiosk/coverage/emergency-step", test_emergency_step);

  status = g_test_run ();
  g_object_unref (content);
  return status;
}
