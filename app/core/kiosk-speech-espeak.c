/* kiosk-speech-espeak.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The speech engine: espeak-ng, playing through the audio output or
 * rendering into memory. Built without espeak-ng, every call fails with
 * G_IO_ERROR_NOT_SUPPORTED. */

#define G_LOG_DOMAIN "kiosk-speech"

#include "config.h"

#include <glib/gi18n.h>
#include <gio/gio.h>
#include <string.h>

#ifdef HAVE_ESPEAK
#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>
#include <gmodule.h>
#include <locale.h>
#endif

#include "kiosk-speech-private.h"

/* How often the end of speech is looked for. espeak-ng plays on its own
 * threads and has no "finished" notification that is safe to use from the
 * main loop, so the main loop asks it. */
#define POLL_INTERVAL_MS 200

#define FALLBACK_VOICE "en"

#ifdef HAVE_ESPEAK

/* espeak-ng is one engine per process, in one output mode at a time:
 * playing through its own audio output, or rendering into memory. */
typedef enum
{
  ENGINE_CLOSED,
  ENGINE_PLAYBACK,
  ENGINE_MEMORY,
} EngineMode;

static EngineMode engine_mode = ENGINE_CLOSED;
static gboolean engine_initialized;
static gboolean audio_checked;
static KioskSpeech *current_speaker;  /* borrowed; the instance espeak-ng speaks for */

/* pcaudiolib, which espeak-ng plays through (see check_audio()). */
#define PCAUDIO_FORMAT_S16LE 2

typedef void *(*AudioCreateFunc)  (const char *device,
                                   const char *application_name,
                                   const char *description);
typedef int   (*AudioOpenFunc)    (void       *object,
                                   int         format,
                                   guint32     rate,
                                   guint8      channels);
typedef void  (*AudioObjectFunc)  (void       *object);

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

static void
log_status (const char       *what,
            espeak_ng_STATUS  status)
{
  char message[512];

  espeak_ng_GetStatusCodeMessage (status, message, sizeof message);
  g_message ("%s: %s (espeak-ng status 0x%x)", what, message, (guint) status);
}

static gboolean
set_engine_error (GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("Reading aloud is not available on this kiosk."));
  return FALSE;
}

static gboolean
initialize_engine (GError **error)
{
  espeak_ng_ERROR_CONTEXT context = NULL;
  espeak_ng_STATUS status;
  g_autofree char *saved_ctype = g_strdup (setlocale (LC_CTYPE, NULL));

  espeak_ng_InitializePath (NULL);
  status = espeak_ng_Initialize (&context);
  espeak_ng_ClearErrorContext (&context);

  /* espeak-ng switches LC_CTYPE to C.UTF-8 so that its character classes
   * work. Put the application's own locale back unless it had none. */
  if (saved_ctype != NULL && !g_str_equal (saved_ctype, "C") && !g_str_equal (saved_ctype, "POSIX"))
    setlocale (LC_CTYPE, saved_ctype);

  if (status != ENS_OK)
    {
      log_status ("The speech engine could not start", status);
      return set_engine_error (error);
    }

  engine_initialized = TRUE;
  return TRUE;
}

/* Called by espeak-ng with each chunk of sound in memory mode. In playback
 * mode it is called on espeak-ng's event thread with no user data, and
 * ignores it. */
static int
collect_samples_cb (short        *wav,
                    int           n_samples,
                    espeak_EVENT *events)
{
  GArray *samples = events != NULL ? events->user_data : NULL;

  if (samples != NULL && wav != NULL && n_samples > 0)
    g_array_append_vals (samples, wav, n_samples);

  return 0;
}

static gboolean
use_engine (EngineMode   mode,
            GError     **error)
{
  gboolean was_playing = engine_mode == ENGINE_PLAYBACK;
  espeak_ng_STATUS status;

  if (!engine_initialized && !initialize_engine (error))
    return FALSE;
  if (engine_mode == mode)
    return TRUE;

  if (was_playing)
    espeak_ng_Cancel ();

  status = espeak_ng_InitializeOutput (mode == ENGINE_PLAYBACK ? ENOUTPUT_MODE_SPEAK_AUDIO
                                                               : ENOUTPUT_MODE_SYNCHRONOUS,
                                       0, NULL);
  if (status != ENS_OK)
    {
      log_status ("The speech engine could not open its output", status);
      engine_mode = ENGINE_CLOSED;
      return set_engine_error (error);
    }
  espeak_SetSynthCallback (collect_samples_cb);
  engine_mode = mode;

  /* An utterance cut short by an audio error leaves sound queued in the
   * engine, which would come out at the start of the next rendering. An
   * empty rendering flushes it. */
  if (was_playing)
    espeak_ng_Synthesize ("", 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, NULL);

  return TRUE;
}

/* espeak-ng opens the audio device on its own thread when it starts to
 * speak, and on failure only prints to stderr and stays silent. So the
 * device is opened here once, the way espeak-ng opens it, through the
 * pcaudiolib that espeak-ng has already loaded. Once it has worked, it is
 * not checked again: a second open could fail only because espeak-ng holds
 * the device. */
static gboolean
check_audio (GError **error)
{
  GModule *module;
  AudioCreateFunc audio_create = NULL;
  AudioOpenFunc audio_open = NULL;
  AudioObjectFunc audio_close = NULL, audio_destroy = NULL;
  void *object;
  int result = -1;

  if (audio_checked)
    return TRUE;

  module = g_module_open (NULL, 0);
  if (module == NULL ||
      !g_module_symbol (module, "create_audio_device_object", (gpointer *) &audio_create) ||
      !g_module_symbol (module, "audio_object_open", (gpointer *) &audio_open) ||
      !g_module_symbol (module, "audio_object_close", (gpointer *) &audio_close) ||
      !g_module_symbol (module, "audio_object_destroy", (gpointer *) &audio_destroy))
    {
      g_debug ("espeak-ng does not play through pcaudiolib; the audio device is not checked");
      g_clear_pointer (&module, g_module_close);
      audio_checked = TRUE;
      return TRUE;
    }
  g_module_close (module);

  object = audio_create (NULL, "eSpeak", "Text-to-Speech");
  if (object != NULL)
    {
      result = audio_open (object, PCAUDIO_FORMAT_S16LE, espeak_ng_GetSampleRate (), 1);
      if (result == 0)
        audio_close (object);
      audio_destroy (object);
    }

  if (result != 0)
    {
      g_message ("No sound output: the audio device could not be opened (%d)", result);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("Sound is not available on this kiosk."));
      return FALSE;
    }

  audio_checked = TRUE;
  return TRUE;
}

static gboolean
try_voice (const char *name)
{
  return espeak_ng_SetVoiceByName (name) == ENS_OK;
}

/* espeak-ng's name for a language's voice where it is not the code. */
static const struct
{
  const char *lang;
  const char *voice;
} voice_aliases[] = {
  { "zh", "cmn" }, { "zh-hans", "cmn" }, { "zh-hant", "cmn" }, { "zh-cn", "cmn" },
  { "zh-tw", "cmn" }, { "zh-hk", "yue" }, { "fil", "tl" },
};

/* The voice file named @name (any case) under @dir, as its file is named. */
static char *
find_voice_file (const char *dir,
                 const char *name,
                 guint       depth)
{
  g_autoptr(GDir) listing = depth < 4 ? g_dir_open (dir, 0, NULL) : NULL;
  const char *entry;

  while (listing != NULL && (entry = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, entry, NULL);
      char *found;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          if ((found = find_voice_file (path, name, depth + 1)) != NULL)
            return found;
        }
      else if (g_ascii_strcasecmp (entry, name) == 0)
        return g_strdup (entry);
    }
  return NULL;
}

/* The voice espeak-ng has for @lang ("es", "es-MX", "pt_BR", "zh-Hans"):
 * the language with its region, or without, as espeak-ng names it; NULL
 * when it has none. Looked up once per language. */
char *
kiosk_speech_backend_find_voice (const char *lang)
{
  static GHashTable *voices;
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *code = NULL;
  g_autofree char *lang_dir = NULL;
  const char *data = NULL;
  char *voice = NULL;

  if (voices == NULL)
    voices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (g_hash_table_lookup_extended (voices, lang, NULL, (gpointer *) &voice))
    return g_strdup (voice);

  /* "pt-br", then "pt"; each after espeak-ng's own name for it. */
  code = g_ascii_strdown (lang, strcspn (lang, ".@"));
  g_strdelimit (code, "_", '-');
  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (voice_aliases); i++)
        if (g_str_equal (voice_aliases[i].lang, code))
          g_ptr_array_add (candidates, g_strdup (voice_aliases[i].voice));
      g_ptr_array_add (candidates, g_strdup (code));
      code[strcspn (code, "-")] = '\0';
    }

  espeak_ng_InitializePath (NULL);
  espeak_Info (&data);
  lang_dir = g_build_filename (data != NULL ? data : "", "lang", NULL);
  for (guint i = 0; i < candidates->len && voice == NULL; i++)
    voice = find_voice_file (lang_dir, g_ptr_array_index (candidates, i), 0);
  g_hash_table_insert (voices, g_strdup (lang), g_strdup (voice));
  return voice;
}

/* Picks the voice for @lang, or English when espeak-ng has none. */
static gboolean
select_voice (const char  *lang,
              GError     **error)
{
  g_autofree char *voice = NULL;

  if (lang == NULL || *lang == '\0')
    lang = FALLBACK_VOICE;

  voice = kiosk_speech_backend_find_voice (lang);
  if (voice != NULL && try_voice (voice))
    return TRUE;

  g_message ("No espeak-ng voice for “%s”; reading in English instead", lang);
  if (try_voice (FALLBACK_VOICE))
    return TRUE;

  g_message ("No espeak-ng voice for English either");
  return set_engine_error (error);
}

#else /* HAVE_ESPEAK */

char *
kiosk_speech_backend_find_voice (const char *lang)
{
  return NULL;
}

static gboolean
set_not_supported (GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       _("Reading aloud is not available on this kiosk."));
  return FALSE;
}

#endif /* HAVE_ESPEAK */

/*
 * Speaking state
 */

static void
forget_speech (KioskSpeech *self)
{
  g_clear_handle_id (&self->poll_id, g_source_remove);
#ifdef HAVE_ESPEAK
  if (current_speaker == self)
    current_speaker = NULL;
#endif
}

#ifdef HAVE_ESPEAK
/* Silences the engine, whichever instance it speaks for. Another instance
 * that was cut off is told; @self's own state is left to the caller.
 * @self may be %NULL. */
static void
interrupt_speech (KioskSpeech *self)
{
  KioskSpeech *previous = current_speaker;

  if (previous == NULL)
    return;

  espeak_ng_Cancel ();
  forget_speech (previous);
  if (previous != self)
    kiosk_speech_set_speaking (previous, FALSE);
}

static gboolean
poll_speech_cb (gpointer user_data)
{
  KioskSpeech *self = user_data;

  if (espeak_IsPlaying ())
    return G_SOURCE_CONTINUE;

  self->poll_id = 0;
  forget_speech (self);
  kiosk_speech_set_speaking (self, FALSE);

  return G_SOURCE_REMOVE;
}
#endif

/*
 * Backend calls
 */

/* Silences the engine if it speaks for @self, and stops following it. */
void
kiosk_speech_backend_cancel (KioskSpeech *self)
{
#ifdef HAVE_ESPEAK
  if (current_speaker == self)
    espeak_ng_Cancel ();
#endif
  forget_speech (self);
}

/* Starts reading @text aloud for @self, silencing any other reading. */
gboolean
kiosk_speech_backend_speak (KioskSpeech  *self,
                            const char   *text,
                            const char   *lang,
                            GError      **error)
{
#ifdef HAVE_ESPEAK
  espeak_ng_STATUS status;

  interrupt_speech (self);

  if (is_blank (text))
    {
      kiosk_speech_set_speaking (self, FALSE);
      return TRUE;
    }

  if (!use_engine (ENGINE_PLAYBACK, error) ||
      !check_audio (error) ||
      !select_voice (lang, error))
    {
      kiosk_speech_set_speaking (self, FALSE);
      return FALSE;
    }

  espeak_ng_SetParameter (espeakVOLUME, self->volume, 0);
  status = espeak_ng_Synthesize (text, strlen (text) + 1, 0, POS_CHARACTER, 0,
                                 espeakCHARS_UTF8, NULL, NULL);
  if (status != ENS_OK)
    {
      log_status ("The text could not be queued for speech", status);
      kiosk_speech_set_speaking (self, FALSE);
      return set_engine_error (error);
    }

  current_speaker = self;
  self->poll_id = g_timeout_add (POLL_INTERVAL_MS, poll_speech_cb, self);
  kiosk_speech_set_speaking (self, TRUE);
  return TRUE;
#else
  return set_not_supported (error);
#endif
}

/* Renders @text into memory; the caller has cleared the results. */
gboolean
kiosk_speech_backend_synthesize (const char  *text,
                                 const char  *lang,
                                 gint16     **samples,
                                 gsize       *n_samples,
                                 guint       *sample_rate,
                                 GError     **error)
{
#ifdef HAVE_ESPEAK
  g_autoptr(GArray) collected = NULL;
  espeak_ng_STATUS status;
  gsize len = 0;

  interrupt_speech (NULL);
  if (!use_engine (ENGINE_MEMORY, error))
    return FALSE;
  *sample_rate = espeak_ng_GetSampleRate ();
  if (is_blank (text))
    return TRUE;
  if (!select_voice (lang, error))
    return FALSE;

  collected = g_array_new (FALSE, FALSE, sizeof (gint16));
  espeak_ng_SetParameter (espeakVOLUME, KIOSK_SPEECH_DEFAULT_VOLUME, 0);
  status = espeak_ng_Synthesize (text, strlen (text) + 1, 0, POS_CHARACTER, 0,
                                 espeakCHARS_UTF8, NULL, collected);
  if (status != ENS_OK)
    {
      log_status ("The text could not be rendered", status);
      return set_engine_error (error);
    }

  if (collected->len > 0)
    *samples = g_array_steal (collected, &len);
  *n_samples = len;
  return TRUE;
#else
  return set_not_supported (error);
#endif
}
