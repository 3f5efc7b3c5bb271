/** Inline SVG icons of the editor toolbar (no icon font: the strict CSP allows nothing else). */
const PATHS = {
  play: 'M8 5v14l11-7z',
  pause: 'M6 5h4v14H6zM14 5h4v14h-4z',
  'play-selection': 'M3 5h2v14H3zM19 5h2v14h-2zM9 8v8l6-4z',
  loop: 'M7 7h10v3l4-4-4-4v3H5v6h2zM17 17H7v-3l-4 4 4 4v-3h12v-6h-2z',
  compare: 'M4 5h7v14H4zM13 5h7v14h-7zM15 9v6l4-3z',
  'zoom-in': 'M10 4a6 6 0 104.47 10l5.26 5.27 1.41-1.41-5.27-5.26A6 6 0 0010 4zm-1 3h2v2h2v2h-2v2H9v-2H7V9h2z',
  'zoom-out': 'M10 4a6 6 0 104.47 10l5.26 5.27 1.41-1.41-5.27-5.26A6 6 0 0010 4zM7 9h6v2H7z',
  'mark-in': 'M6 4h2v16H6zM10 8l8 4-8 4z',
  'mark-out': 'M16 4h2v16h-2zM14 8l-8 4 8 4z',
  cut: 'M9.6 7.6A3 3 0 104 9a3 3 0 003.6.9L10 12l-2.4 2.1A3 3 0 104 15a3 3 0 005.6.4L12 13l7 6h3L9.6 7.6zM7 10a1 1 0 110-2 1 1 0 010 2zm0 7a1 1 0 110-2 1 1 0 010 2zM19 5l-5 4.4 1.5 1.3L22 5z',
  'fade-in': 'M3 20L21 4v16z',
  'fade-out': 'M3 4l18 16H3z',
  marker: 'M6 3h12v13l-6 5-6-5z',
  undo: 'M12.5 8A8.5 8.5 0 004 12.5V6H2v10h10v-2H6.3A6.5 6.5 0 0119 15l2-.6A8.5 8.5 0 0012.5 8z',
  redo: 'M11.5 8A8.5 8.5 0 0120 12.5V6h2v10H12v-2h5.7A6.5 6.5 0 005 15l-2-.6A8.5 8.5 0 0111.5 8z',
  normalize: 'M3 10h3v4H3zM8 6h3v12H8zM13 8h3v8h-3zM18 11h3v2h-3zM2 3h20v1.5H2zM2 19.5h20V21H2z',
  render: 'M5 20h14v-2H5zM19 9h-4V3H9v6H5l7 7z',
  trim: 'M4 4h5v2H6v12h3v2H4zM20 4h-5v2h3v12h-3v2h5zM10 11h4v2h-4z',
  gain: 'M3 9h4l5-4v14l-5-4H3zM16 8h2v3h3v2h-3v3h-2v-3h-3v-2h3z',
  // A speaker with a square wave: the tone that hides a word.
  bleep: 'M2 9h3l4-4v14l-4-4H2zM11 8h2v4h2V8h2v8h-2v-2h-2v2h-2zM19 8h2v8h-2z',
  'trim-silence': 'M2 11h5v2H2zM17 11h5v2h-5zM8 6h2v12H8zM11 9h2v6h-2zM14 7h2v10h-2z',
  'insert-intro': 'M3 12l6-6v4h6v4H9v4zM17 5h2v14h-2zM21 8h1v8h-1z',
  'insert-outro': 'M21 12l-6-6v4H9v4h6v4zM5 5h2v14H5zM2 8h1v8H2z',
} as const;

export type EditIconName = keyof typeof PATHS;

export function EditIcon({ name }: { name: EditIconName }) {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
