import type { LocaleTree } from '../locale-types.ts';
import type { esAudioErrors, esEdit } from '../es/edit.ts';

export const enEdit = {
  edit: {
    nav: 'Edit',
    title: 'Edit audio',
    segment: 'Segment',
    chooseSegment: 'Choose a segment…',
    empty: 'No segments with audio yet. Import one in the Library.',
    waveform: 'Waveform of the original audio with the edits marked',
    removed: 'Cut',
    length: 'Length: original {{original}} · edited {{edited}}',
    play: 'Play',
    pause: 'Pause',
    playSelection: 'Play selection',
    loop: 'Loop selection',
    hearOriginal: 'Hear original',
    hearEdited: 'Hear edited',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    selectionStart: 'Start (s)',
    selectionEnd: 'End (s)',
    setIn: 'Set start',
    setOut: 'Set end',
    cut: 'Cut selection',
    fadeIn: 'Fade in',
    fadeOut: 'Fade out',
    addMarker: 'Add marker',
    marker: { cue: 'Marker', introEnd: 'Intro end', outroStart: 'Outro start' },
    undo: 'Undo',
    redo: 'Redo',
    preset: 'Target level',
    presets: { radio: 'Radio (−18 LUFS)', 'ebu-r128': 'EBU R128 (−23 LUFS)', internet: 'Internet/WhatsApp (−16 LUFS)' },
    normalize: 'Normalize loudness',
    format: 'Format',
    formats: { master: 'Master WAV (automation)', mp3: 'MP3 for playout', opus: 'Opus for sharing' },
    render: 'Save audio',
    rendering: 'Saving the audio',
    cancel: 'Cancel',
    rendered: 'Done: {{path}} ({{duration}})',
    groups: { playback: 'Playback', selection: 'Selection', edit: 'Editing', loudness: 'Loudness', save: 'Save' },
    loudness: {
      original: 'Original',
      rendered: 'Saved',
      integrated: 'Integrated loudness',
      range: 'Loudness range',
      truePeak: 'True peak',
    },
  },
} satisfies LocaleTree<typeof esEdit>;

/** errors.audio.* (issue #3). */
export const enAudioErrors = {
  disk_full: 'The disk filled up while saving the audio; no partial file was left. Free some space and try again.',
  silent: 'The audio is silent: there is no loudness to adjust.',
} satisfies LocaleTree<typeof esAudioErrors>;
