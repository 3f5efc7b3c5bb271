/** The generated fixtures (scripts/fixtures/make-fixtures.ts) that import must refuse, with the code it refuses each with. */
export const BAD_AUDIO_FIXTURES: readonly [file: string, code: string][] = [
  ['empty.mp3', 'import.empty_file'],
  ['text.mp3', 'import.not_audio'],
  ['video-only.mp4', 'import.no_audio_stream'],
  ['truncated.wav', 'import.truncated'],
  ['truncated-float.wav', 'import.truncated'],
  ['truncated.mp3', 'import.truncated'],
  ['truncated.m4a', 'import.truncated'],
  ['truncated-faststart.m4a', 'import.truncated'],
  ['truncated.flac', 'import.truncated'],
  ['truncated.ogg', 'import.truncated'],
  ['truncated.amr', 'import.truncated'],
];
