/**
 * Names the core gives to things nobody named (issue #11 item 14): they follow the UI language the
 * renderer last told the core (`app.setLanguage`), Spanish until it does.
 */
export const esCoreNames = {
  recoveredRecording: 'Grabación recuperada {{when}}',
  take: 'Grabación',
  station: 'Radio comunitaria',
};
