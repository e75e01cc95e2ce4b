/* test-speech.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <math.h>
#include <string.h>

#ifdef HAVE_ESPEAK
#include <espeak-ng/speak_lib.h>
#endif

#include "kiosk-content-private.h"
#include "kiosk-markdown.h"
#include "kiosk-speech-private.h"

/* Speech rates that a listener can follow, in words per minute: espeak-ng
 * speaks at about 175. Audio outside them is empty, cut short, or noise.
 * The bounds keep a wide margin over what espeak-ng 1.51 measures on the
 * bundled pages (see the test messages). */
#define MIN_WORDS_PER_MINUTE 110.0
#define MAX_WORDS_PER_MINUTE 215.0

/* Root mean square of speech at the normal volume is in the thousands;
 * silence, or sound too quiet to hear, is far below this. */
#define MIN_RMS 500.0

typedef struct
{
  gint16 *samples;
  gsize   n_samples;
  guint   rate;
} Audio;

/*
 * Helpers
 */

static void
audio_clear (Audio *audio)
{
  g_clear_pointer (&audio->samples, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Audio, audio_clear)

static gboolean
skip_unsupported (void)
{
  if (kiosk_speech_is_supported ())
    return FALSE;

  g_test_skip ("built without espeak-ng");
  return TRUE;
}

static guint
count_words (const char *text)
{
  gboolean in_word = FALSE;
  guint words = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean alnum = g_unichar_isalnum (g_utf8_get_char (p));

      if (alnum && !in_word)
        words++;
      in_word = alnum;
    }

  return words;
}

/* Whether the line ends with a mark the voice pauses at, or with the
 * closing quote or bracket after one. */
static gboolean
ends_with_pause (const char *line)
{
  const char *end = line + strlen (line);
  const char *last = g_utf8_find_prev_char (line, end);

  return last != NULL && g_utf8_strchr (".!?:;…)\"»”’", -1, g_utf8_get_char (last)) != NULL;
}

static double
duration (const Audio *audio)
{
  return (double) audio->n_samples / audio->rate;
}

static double
rms (const Audio *audio)
{
  double sum = 0;

  for (gsize i = 0; i < audio->n_samples; i++)
    sum += (double) audio->samples[i] * audio->samples[i];

  return audio->n_samples > 0 ? sqrt (sum / audio->n_samples) : 0;
}

static void
synthesize (const char *text,
            const char *lang,
            Audio      *audio)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (kiosk_speech_synthesize (text, lang, &audio->samples, &audio->n_samples,
                                          &audio->rate, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (audio->rate, >=, 8000);
  g_assert_cmpuint (audio->rate, <=, 48000);
}

static char *
page_text (KioskContent *content,
           const char   *lang,
           const char   *id)
{
  const KioskEntry *entry = kiosk_content_find (content, lang, id);
  char *text;

  g_assert_nonnull (entry);
  text = kiosk_speech_text_for_document (entry->title, entry->document);
  g_assert_true (g_str_has_prefix (text, entry->title));
  g_assert_null (strchr (text, '<'));
  g_assert_null (strchr (text, '>'));
  g_assert_null (strstr (text, "://"));

  return text;
}

/* Synthesizes a page and checks that the sound is plausible speech for its
 * number of words. Returns its length in seconds. */
static double
check_page (const char *text,
            const char *lang,
            const char *name)
{
  g_auto(Audio) audio = { 0 };
  guint words = count_words (text);
  double seconds, wpm, loudness;

  synthesize (text, lang, &audio);
  seconds = duration (&audio);
  wpm = words / seconds * 60.0;
  loudness = rms (&audio);

  g_test_message ("%s (%s): %u words, %" G_GSIZE_FORMAT " samples at %u Hz = %.2f s, "
                  "%.0f words per minute, RMS %.0f",
                  name, lang, words, audio.n_samples, audio.rate, seconds, wpm, loudness);

  g_assert_cmpuint (words, >=, 50);
  g_assert_cmpfloat (seconds, >=, words / (MAX_WORDS_PER_MINUTE / 60.0));
  g_assert_cmpfloat (seconds, <=, words / (MIN_WORDS_PER_MINUTE / 60.0));
  g_assert_cmpfloat (loudness, >, MIN_RMS);

  return seconds;
}

/*
 * Tests
 */

static void
test_supported (void)
{
#ifdef HAVE_ESPEAK
  g_assert_true (kiosk_speech_is_supported ());
#else
  g_assert_false (kiosk_speech_is_supported ());
#endif
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_volume (void)
{
  g_autoptr(KioskSpeech) speech = kiosk_speech_new ();
  guint notified = 0, volume = 0;

  g_signal_connect (speech, "notify::volume", G_CALLBACK (count_notify_cb), &notified);

  g_assert_cmpuint (kiosk_speech_get_volume (speech), ==, KIOSK_SPEECH_DEFAULT_VOLUME);
  g_assert_false (kiosk_speech_get_speaking (speech));

  kiosk_speech_set_volume (speech, 250);
  g_assert_cmpuint (kiosk_speech_get_volume (speech), ==, 200);
  kiosk_speech_set_volume (speech, G_MAXUINT);
  g_assert_cmpuint (kiosk_speech_get_volume (speech), ==, 200);
  g_assert_cmpuint (notified, ==, 1);

  kiosk_speech_set_volume (speech, 0);
  g_assert_cmpuint (kiosk_speech_get_volume (speech), ==, 0);
  g_assert_cmpuint (notified, ==, 2);

  g_object_set (speech, "volume", 150, NULL);
  g_object_get (speech, "volume", &volume, NULL);
  g_assert_cmpuint (volume, ==, 150);
  g_assert_cmpuint (notified, ==, 3);

  /* Stopping a reader that is not reading is harmless. */
  kiosk_speech_stop (speech);
  g_assert_false (kiosk_speech_get_speaking (speech));
}

static void
test_text (void)
{
  const char *markdown =
    "# Your visit\n"
    "\n"
    "Read [about us](about) first.\n"
    "\n"
    "## What to bring\n"
    "\n"
    "- Your ID card\n"
    "- A list of *your* medicines\n"
    "\n"
    "See <https://www.example.org/a/very/long/path?x=1> or https://example.com/x.\n"
    "\n"
    "Ask us: “Is it safe?”\n"
    "\n"
    "Stem cells (MSCs)\n";
  g_autoptr(KioskDocument) doc = kiosk_markdown_parse (markdown, strlen (markdown), NULL);
  g_autofree char *text = kiosk_speech_text_for_document (NULL, doc);
  g_autofree char *retitled = kiosk_speech_text_for_document ("Visiting us", doc);
  g_autofree char *title_only = kiosk_speech_text_for_document ("A title", NULL);
  g_autofree char *nothing = kiosk_speech_text_for_document (NULL, NULL);

  g_test_message ("%s", text);
  g_assert_cmpstr (text, ==,
                   "Your visit.\n"
                   "Read about us first.\n"
                   "What to bring.\n"
                   "Your ID card.\n"
                   "A list of your medicines.\n"
                   "See example.org or example.com.\n"
                   "Ask us: “Is it safe?”\n"
                   "Stem cells (MSCs).\n");

  /* A different title is read, then the page's own heading. */
  g_assert_true (g_str_has_prefix (retitled, "Visiting us.\nYour visit.\nRead about us"));
  g_assert_cmpstr (title_only, ==, "A title.\n");
  g_assert_cmpstr (nothing, ==, "");
}

/* Every bundled page reads as plain sentences: the title first, no
 * markup, no web addresses, and a pause at the end of every line. */
static void
test_bundled_text (void)
{
  g_autoptr(KioskContent) content = kiosk_content_load (CONTENT_DIR);
  const char *langs[] = { "en", "es" };
  guint checked = 0;

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      const KioskCatalog *catalog = kiosk_content_get_catalog (content, langs[l]);

      g_assert_nonnull (catalog);
      for (guint i = 0; i < catalog->entries->len; i++)
        {
          const KioskEntry *entry = g_ptr_array_index (catalog->entries, i);
          g_autofree char *text = kiosk_speech_text_for_document (entry->title, entry->document);
          g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

          g_assert_true (g_str_has_prefix (text, entry->title));
          g_assert_null (strchr (text, '<'));
          g_assert_null (strstr (text, "://"));
          g_assert_true (g_str_has_suffix (text, "\n"));
          for (guint n = 0; lines[n + 1] != NULL; n++)
            {
              g_assert_cmpstr (lines[n], !=, "");
              g_assert_true (ends_with_pause (lines[n]));
            }
          checked++;
        }
    }

  g_assert_cmpuint (checked, >=, 40);
}

static void
test_english_page (void)
{
  g_autoptr(KioskContent) content = NULL;
  g_autofree char *text = NULL;

  if (skip_unsupported ())
    return;

  content = kiosk_content_load (CONTENT_DIR);
  text = page_text (content, "en", "building-blocks");
  check_page (text, "en", "building-blocks");
}

static void
test_spanish_page (void)
{
  g_autoptr(KioskContent) content = NULL;
  g_autofree char *text = NULL;
  g_auto(Audio) english_voice = { 0 };
  double spanish_seconds, english_seconds;

  if (skip_unsupported ())
    return;

  content = kiosk_content_load (CONTENT_DIR);
  text = page_text (content, "es", "building-blocks");
  spanish_seconds = check_page (text, "es", "building-blocks");

#ifdef HAVE_ESPEAK
  {
    const espeak_VOICE *voice = espeak_GetCurrentVoice ();

    /* languages is a priority byte followed by the language name. */
    g_test_message ("voice %s, language %s", voice->identifier, voice->languages + 1);
    g_assert_cmpstr (voice->languages + 1, ==, "es");
  }
#endif

  /* The same Spanish text in the English voice sounds different: English
   * spelling rules make it clearly longer or shorter. */
  synthesize (text, "en", &english_voice);
  english_seconds = duration (&english_voice);
  g_test_message ("the Spanish page in the English voice: %.2f s, %.0f words per minute",
                  english_seconds, count_words (text) / english_seconds * 60.0);
  g_assert_cmpfloat (fabs (english_seconds - spanish_seconds) / spanish_seconds, >, 0.04);
}

static void
test_unknown_language (void)
{
  g_auto(Audio) audio = { 0 };

  if (skip_unsupported ())
    return;

  g_test_expect_message ("kiosk-speech", G_LOG_LEVEL_MESSAGE, "*No espeak-ng voice for “zz”*");
  synthesize ("Hello, and welcome to the clinic.", "zz", &audio);
  g_test_assert_expected_messages ();
  g_assert_cmpfloat (duration (&audio), >, 1.0);
  g_assert_cmpfloat (rms (&audio), >, MIN_RMS);

  /* A region is dropped when only the language has a voice. */
  audio_clear (&audio);
  synthesize ("Hola.", "es_XX.UTF-8", &audio);
  g_assert_cmpuint (audio.n_samples, >, 0);
}

static void
test_empty (void)
{
  g_autoptr(GError) error = NULL;
  gint16 *samples = (gint16 *) &error;
  gsize n_samples = 1;
  guint rate = 0;

  if (!kiosk_speech_is_supported ())
    {
      g_assert_false (kiosk_speech_synthesize ("Hello.", "en", &samples, &n_samples, &rate, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
      g_assert_null (samples);
      g_assert_cmpuint (n_samples, ==, 0);
      return;
    }

  /* Nothing to say is not an error: no samples, at the engine's rate. */
  g_assert_true (kiosk_speech_synthesize ("", "en", &samples, &n_samples, &rate, &error));
  g_assert_no_error (error);
  g_assert_null (samples);
  g_assert_cmpuint (n_samples, ==, 0);
  g_assert_cmpuint (rate, >, 0);

  g_assert_true (kiosk_speech_synthesize (" \n\t ", "es", &samples, &n_samples, &rate, &error));
  g_assert_no_error (error);
  g_assert_null (samples);
  g_assert_cmpuint (n_samples, ==, 0);
}

static void
speaking_changed_cb (GObject    *object,
                     GParamSpec *pspec,
                     GMainLoop  *loop)
{
  if (!kiosk_speech_get_speaking (KIOSK_SPEECH (object)))
    g_main_loop_quit (loop);
}

static gboolean
timeout_cb (gpointer user_data)
{
  g_error ("speech did not end");
  return G_SOURCE_REMOVE;
}

/* Reading aloud needs a sound card, which the test machine may not have:
 * either way the result must be clear. Runs at volume 0, so that a machine
 * with speakers stays quiet. */
static void
check_speak (void)
{
  g_autoptr(KioskSpeech) speech = kiosk_speech_new ();
  g_autoptr(KioskSpeech) other = kiosk_speech_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GError) error = NULL;
  guint notified = 0;

  kiosk_speech_set_volume (speech, 0);
  kiosk_speech_set_volume (other, 0);
  g_signal_connect (speech, "notify::speaking", G_CALLBACK (count_notify_cb), &notified);

  if (!kiosk_speech_is_supported ())
    {
      g_assert_false (kiosk_speech_speak (speech, "Hello.", "en", &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
      g_assert_false (kiosk_speech_get_speaking (speech));
      g_print ("no sound: %s\n", error->message);
      return;
    }

  /* Nothing to read is not an error. */
  g_assert_true (kiosk_speech_speak (speech, "   ", "en", &error));
  g_assert_no_error (error);
  g_assert_false (kiosk_speech_get_speaking (speech));

  if (!kiosk_speech_speak (speech, "Hello.", "en", &error))
    {
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
      g_assert_false (kiosk_speech_get_speaking (speech));
      g_assert_cmpuint (notified, ==, 0);
      g_print ("no sound: %s\n", error->message);
      return;
    }

  g_assert_no_error (error);
  g_assert_true (kiosk_speech_get_speaking (speech));
  g_assert_cmpuint (notified, ==, 1);
  kiosk_speech_stop (speech);
  g_assert_false (kiosk_speech_get_speaking (speech));
  g_assert_cmpuint (notified, ==, 2);

  /* Another reader cuts this one off. */
  g_assert_true (kiosk_speech_speak (speech, "Hello.", "en", &error));
  g_assert_true (kiosk_speech_speak (other, "Hola.", "es", &error));
  g_assert_no_error (error);
  g_assert_false (kiosk_speech_get_speaking (speech));
  g_assert_true (kiosk_speech_get_speaking (other));

  /* The end of speech is noticed by itself. */
  g_signal_connect (other, "notify::speaking", G_CALLBACK (speaking_changed_cb), loop);
  g_timeout_add_seconds (20, timeout_cb, NULL);
  g_main_loop_run (loop);
  g_assert_false (kiosk_speech_get_speaking (other));

  /* Disposing a reader mid-sentence silences it. */
  g_assert_true (kiosk_speech_speak (speech, "A longer sentence to cut short.", "en", &error));
  g_assert_finalize_object (g_steal_pointer (&speech));
  g_print ("sound played\n");
}

/* In a child process, so that the audio output opened here does not stay
 * open in the tests that render to memory. */
static void
test_speak (void)
{
  if (g_test_subprocess ())
    {
      g_auto(Audio) audio = { 0 };

      check_speak ();

      /* Rendering to memory still works after reading aloud, and holds
       * nothing left over from it. */
      if (kiosk_speech_is_supported ())
        {
          synthesize ("Hello.", "en", &audio);
          g_assert_cmpfloat (duration (&audio), >, 0.3);
          g_assert_cmpfloat (duration (&audio), <, 1.5);
        }
      return;
    }

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*sound*");
}

/* espeak-ng's voice for each language a clinic may offer, by the names
 * the content uses; none for a language it does not speak. */
static void
test_voices (void)
{
  const char *with[] = { "en", "es", "fr", "ar", "ru", "vi", "ko", "ht", "pt-BR", "pt_BR",
                         "zh-Hans", "zh-Hant", "zh" };
  const char *without[] = { "so", "qq" };

  if (!kiosk_speech_is_supported ())
    {
      g_test_skip ("built without espeak-ng");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (with); i++)
    if (!kiosk_speech_has_voice (with[i]))
      g_error ("no voice for %s", with[i]);
  for (guint i = 0; i < G_N_ELEMENTS (without); i++)
    g_assert_false (kiosk_speech_has_voice (without[i]));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kiosk/speech/voices", test_voices);

  g_test_add_func ("/kiosk/speech/supported", test_supported);
  g_test_add_func ("/kiosk/speech/volume", test_volume);
  g_test_add_func ("/kiosk/speech/text", test_text);
  g_test_add_func ("/kiosk/speech/bundled-text", test_bundled_text);
  g_test_add_func ("/kiosk/speech/empty", test_empty);
  g_test_add_func ("/kiosk/speech/english-page", test_english_page);
  g_test_add_func ("/kiosk/speech/spanish-page", test_spanish_page);
  g_test_add_func ("/kiosk/speech/unknown-language", test_unknown_language);
  g_test_add_func ("/kiosk/speech/speak", test_speak);

  return g_test_run ();
}
