/* kiosk-speech.c
 *
 * Copyright 2026 The clinic-kiosk authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

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

#include "kiosk-speech.h"

#define MAX_VOLUME 200

/* How often the end of speech is looked for. espeak-ng plays on its own
 * threads and has no "finished" notification that is safe to use from the
 * main loop, so the main loop asks it. */
#define POLL_INTERVAL_MS 200

#define FALLBACK_VOICE "en"

struct _KioskSpeech
{
  GObject  parent_instance;

  guint    volume;     /* percent, 0..MAX_VOLUME; espeak-ng's own scale */
  gboolean speaking;
  guint    poll_id;
};

G_DEFINE_FINAL_TYPE (KioskSpeech, kiosk_speech, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_SPEAKING,
  PROP_VOLUME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Speakable text
 */

static gboolean
is_closing_mark (gunichar c)
{
  switch (c)
    {
    case ')':
    case ']':
    case '"':
    case '\'':
    case 0x00BB:  /* » */
    case 0x2019:  /* ’ */
    case 0x201D:  /* ” */
      return TRUE;

    default:
      return FALSE;
    }
}

static gboolean
is_pause_mark (gunichar c)
{
  switch (c)
    {
    case '.':
    case '!':
    case '?':
    case ':':
    case ';':
    case 0x2026:  /* … */
      return TRUE;

    default:
      return FALSE;
    }
}

/* Whether the voice already pauses at the end of @line. Closing quotes and
 * brackets are looked past: "(MSCs)" needs a full stop, "“Stop.”" does not. */
static gboolean
ends_with_pause (const char *line,
                 gsize       len)
{
  const char *end = line + len;

  while (end > line)
    {
      const char *prev = g_utf8_find_prev_char (line, end);
      gunichar c = g_utf8_get_char (prev);

      if (!is_closing_mark (c))
        return is_pause_mark (c);
      end = prev;
    }

  return FALSE;
}

static gboolean
looks_like_url (const char *word)
{
  return strstr (word, "://") != NULL || g_ascii_strncasecmp (word, "www.", 4) == 0;
}

/* A web address written out in the text (an autolink) is read as its site
 * name: "https://www.example.org/a/b?c=d." becomes "example.org." */
static void
append_url (GString    *str,
            const char *word)
{
  const char *host = strstr (word, "://");
  const char *end = word + strlen (word);

  /* Punctuation after the address belongs to the sentence. */
  while (end > word && strchr (".,;:!?", end[-1]) != NULL)
    end--;

  host = host != NULL ? host + 3 : word;
  if (g_ascii_strncasecmp (host, "www.", 4) == 0)
    host += 4;
  host = MIN (host, end);

  g_string_append_len (str, host, MIN (strcspn (host, "/?#:"), (gsize) (end - host)));
  g_string_append (str, end);
}

/* Appends one line of plain text, ending it with a full stop when it has
 * no pause of its own, so that the voice stops between headings, list
 * items and paragraphs instead of running them together. */
static void
append_line (GString    *str,
             const char *line)
{
  g_auto(GStrv) words = g_strsplit_set (line, " \t\r\n", -1);
  gsize start = str->len;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (str->len > start)
        g_string_append_c (str, ' ');
      if (looks_like_url (words[i]))
        append_url (str, words[i]);
      else
        g_string_append (str, words[i]);
    }

  if (str->len == start)
    return;
  if (!ends_with_pause (str->str + start, str->len - start))
    g_string_append_c (str, '.');
  g_string_append_c (str, '\n');
}

/*
 * The engine
 */

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

/* Picks the voice for a language code such as "es", "es-MX" or "pt_BR",
 * falling back to the language without its region, then to English. */
static gboolean
select_voice (const char  *lang,
              GError     **error)
{
  g_autofree char *name = NULL;

  if (lang == NULL || *lang == '\0')
    lang = FALLBACK_VOICE;

  name = g_ascii_strdown (lang, strcspn (lang, ".@"));
  g_strdelimit (name, "_", '-');
  if (try_voice (name))
    return TRUE;

  name[strcspn (name, "-")] = '\0';
  if (*name != '\0' && try_voice (name))
    return TRUE;

  g_message ("No espeak-ng voice for “%s”; reading in English instead", lang);
  if (try_voice (FALLBACK_VOICE))
    return TRUE;

  g_message ("No espeak-ng voice for English either");
  return set_engine_error (error);
}

#else /* HAVE_ESPEAK */

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
set_speaking (KioskSpeech *self,
              gboolean     speaking)
{
  speaking = !!speaking;
  if (self->speaking == speaking)
    return;

  self->speaking = speaking;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEAKING]);
}

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
    set_speaking (previous, FALSE);
}

static gboolean
poll_speech_cb (gpointer user_data)
{
  KioskSpeech *self = user_data;

  if (espeak_IsPlaying ())
    return G_SOURCE_CONTINUE;

  self->poll_id = 0;
  forget_speech (self);
  set_speaking (self, FALSE);

  return G_SOURCE_REMOVE;
}
#endif

/*
 * GObject
 */

static void
kiosk_speech_dispose (GObject *object)
{
  KioskSpeech *self = KIOSK_SPEECH (object);

#ifdef HAVE_ESPEAK
  if (current_speaker == self)
    espeak_ng_Cancel ();
#endif
  forget_speech (self);
  self->speaking = FALSE;

  G_OBJECT_CLASS (kiosk_speech_parent_class)->dispose (object);
}

static void
kiosk_speech_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KioskSpeech *self = KIOSK_SPEECH (object);

  switch (prop_id)
    {
    case PROP_SPEAKING:
      g_value_set_boolean (value, self->speaking);
      break;

    case PROP_VOLUME:
      g_value_set_uint (value, self->volume);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kiosk_speech_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KioskSpeech *self = KIOSK_SPEECH (object);

  switch (prop_id)
    {
    case PROP_VOLUME:
      kiosk_speech_set_volume (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kiosk_speech_class_init (KioskSpeechClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kiosk_speech_dispose;
  object_class->get_property = kiosk_speech_get_property;
  object_class->set_property = kiosk_speech_set_property;

  /**
   * KioskSpeech:speaking:
   *
   * Whether text is being read aloud. It turns %FALSE by itself when the
   * end is reached, within a fraction of a second.
   */
  properties[PROP_SPEAKING] =
    g_param_spec_boolean ("speaking", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * KioskSpeech:volume:
   *
   * The loudness in percent of espeak-ng's normal volume, from 0 to 200.
   */
  properties[PROP_VOLUME] =
    g_param_spec_uint ("volume", NULL, NULL,
                       0, MAX_VOLUME, KIOSK_SPEECH_DEFAULT_VOLUME,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kiosk_speech_init (KioskSpeech *self)
{
  self->volume = KIOSK_SPEECH_DEFAULT_VOLUME;
}

/*
 * Public API
 */

/**
 * kiosk_speech_is_supported:
 *
 * Returns: %TRUE if the kiosk was built with espeak-ng and can read aloud;
 *   without it, the Read aloud button is not shown
 */
gboolean
kiosk_speech_is_supported (void)
{
#ifdef HAVE_ESPEAK
  return TRUE;
#else
  return FALSE;
#endif
}

/**
 * kiosk_speech_new:
 *
 * Creates a reader. The speech engine itself starts on first use. Use it
 * from the main thread only.
 *
 * Returns: (transfer full): a new #KioskSpeech
 */
KioskSpeech *
kiosk_speech_new (void)
{
  return g_object_new (KIOSK_TYPE_SPEECH, NULL);
}

/**
 * kiosk_speech_speak:
 * @self: a #KioskSpeech
 * @text: plain UTF-8 text, for example from
 *   kiosk_speech_text_for_document()
 * @lang: (nullable): a language code such as "en" or "es"; a language
 *   without a voice is read in English
 * @error: return location for a #GError
 *
 * Starts reading @text aloud through the audio output and returns at
 * once; whatever was being read, by any #KioskSpeech, stops first.
 * #KioskSpeech:speaking is %TRUE until the end is reached or
 * kiosk_speech_stop() is called. Blank text stops speech and reads
 * nothing.
 *
 * The error is %G_IO_ERROR_NOT_SUPPORTED when the kiosk was built without
 * espeak-ng, and %G_IO_ERROR_FAILED when the speech engine or the audio
 * device cannot be opened; its message can be shown to patients.
 *
 * Returns: %TRUE if reading started, or there was nothing to read
 */
gboolean
kiosk_speech_speak (KioskSpeech  *self,
                    const char   *text,
                    const char   *lang,
                    GError      **error)
{
  g_return_val_if_fail (KIOSK_IS_SPEECH (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

#ifdef HAVE_ESPEAK
  {
    espeak_ng_STATUS status;

    interrupt_speech (self);

    if (is_blank (text))
      {
        set_speaking (self, FALSE);
        return TRUE;
      }

    if (!use_engine (ENGINE_PLAYBACK, error) ||
        !check_audio (error) ||
        !select_voice (lang, error))
      {
        set_speaking (self, FALSE);
        return FALSE;
      }

    espeak_ng_SetParameter (espeakVOLUME, self->volume, 0);
    status = espeak_ng_Synthesize (text, strlen (text) + 1, 0, POS_CHARACTER, 0,
                                   espeakCHARS_UTF8, NULL, NULL);
    if (status != ENS_OK)
      {
        log_status ("The text could not be queued for speech", status);
        set_speaking (self, FALSE);
        return set_engine_error (error);
      }

    current_speaker = self;
    self->poll_id = g_timeout_add (POLL_INTERVAL_MS, poll_speech_cb, self);
    set_speaking (self, TRUE);
    return TRUE;
  }
#else
  return set_not_supported (error);
#endif
}

/**
 * kiosk_speech_stop:
 * @self: a #KioskSpeech
 *
 * Stops reading aloud at once. Does nothing if @self is not reading.
 */
void
kiosk_speech_stop (KioskSpeech *self)
{
  g_return_if_fail (KIOSK_IS_SPEECH (self));

#ifdef HAVE_ESPEAK
  if (current_speaker == self)
    espeak_ng_Cancel ();
#endif
  forget_speech (self);
  set_speaking (self, FALSE);
}

/**
 * kiosk_speech_get_speaking:
 * @self: a #KioskSpeech
 *
 * Returns: %TRUE while text is being read aloud
 */
gboolean
kiosk_speech_get_speaking (KioskSpeech *self)
{
  g_return_val_if_fail (KIOSK_IS_SPEECH (self), FALSE);

  return self->speaking;
}

/**
 * kiosk_speech_set_volume:
 * @self: a #KioskSpeech
 * @percent: the loudness, where 100 (%KIOSK_SPEECH_DEFAULT_VOLUME) is
 *   espeak-ng's normal volume; values above 200 are taken as 200
 *
 * Sets the volume of the next text read aloud. espeak-ng queues a change
 * of volume behind the text it is reading, so text already being read
 * keeps its volume to the end.
 */
void
kiosk_speech_set_volume (KioskSpeech *self,
                         guint        percent)
{
  g_return_if_fail (KIOSK_IS_SPEECH (self));

  percent = MIN (percent, MAX_VOLUME);
  if (self->volume == percent)
    return;

  self->volume = percent;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOLUME]);
}

/**
 * kiosk_speech_get_volume:
 * @self: a #KioskSpeech
 *
 * Returns: the volume in percent, from 0 to 200
 */
guint
kiosk_speech_get_volume (KioskSpeech *self)
{
  g_return_val_if_fail (KIOSK_IS_SPEECH (self), KIOSK_SPEECH_DEFAULT_VOLUME);

  return self->volume;
}

/**
 * kiosk_speech_synthesize:
 * @text: plain UTF-8 text
 * @lang: (nullable): a language code such as "en" or "es"; a language
 *   without a voice is rendered in English
 * @samples: (out) (transfer full) (nullable): 16-bit mono samples, or
 *   %NULL when there are none; free with g_free()
 * @n_samples: (out): the number of samples
 * @sample_rate: (out): samples per second
 * @error: return location for a #GError
 *
 * Renders @text into memory at the normal volume, without a sound card.
 * Blank text renders to no samples and is not an error.
 *
 * This switches the process's one speech engine into memory mode, so it
 * must not be called while a #KioskSpeech is reading aloud: that reading
 * stops. It is meant for processes that only render, such as tests.
 *
 * The error is %G_IO_ERROR_NOT_SUPPORTED when the kiosk was built without
 * espeak-ng, and %G_IO_ERROR_FAILED when the speech engine cannot start.
 *
 * Returns: %TRUE on success
 */
gboolean
kiosk_speech_synthesize (const char  *text,
                         const char  *lang,
                         gint16     **samples,
                         gsize       *n_samples,
                         guint       *sample_rate,
                         GError     **error)
{
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (samples != NULL, FALSE);
  g_return_val_if_fail (n_samples != NULL, FALSE);
  g_return_val_if_fail (sample_rate != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *samples = NULL;
  *n_samples = 0;
  *sample_rate = 0;

#ifdef HAVE_ESPEAK
  {
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
  }
#else
  return set_not_supported (error);
#endif
}

/**
 * kiosk_speech_text_for_document:
 * @title: (nullable): the page title; %NULL for the document's own
 * @document: (nullable): the page
 *
 * Builds the text to read aloud for a page: the title, then each block of
 * the page as plain text, one per line. Every line ends with a pause
 * (a full stop is added where it has none), links are read by their
 * text, and web addresses written out in the text by their site name.
 * The page's first heading is not read twice when it is the title.
 *
 * Returns: (transfer full): the text; empty when there is nothing to read
 */
char *
kiosk_speech_text_for_document (const char          *title,
                                const KioskDocument *document)
{
  g_autoptr(GString) str = g_string_new (NULL);
  g_autofree char *title_line = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean title_pending;

  if (title == NULL && document != NULL)
    title = document->title;
  if (title != NULL)
    {
      title_line = g_strstrip (g_strdup (title));
      append_line (str, title_line);
    }
  if (document == NULL)
    return g_string_free (g_steal_pointer (&str), FALSE);

  text = kiosk_document_get_text (document);
  lines = g_strsplit (text, "\n", -1);
  title_pending = title_line != NULL && *title_line != '\0';

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] == '\0')
        continue;

      if (title_pending && g_str_equal (lines[i], title_line))
        {
          title_pending = FALSE;
          continue;
        }
      title_pending = FALSE;
      append_line (str, lines[i]);
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}
