/** Producción's refusals (issue #14): each says what to do next. */
export const enProductionErrors = {
  bad_move: 'This task cannot take that step. Move one step at a time, or send it back with a comment.',
  comment_needed: 'To send the task back, write a comment saying what needs fixing.',
  no_script: 'This segment has no script yet. Write the master script before marking a translation.',
  no_translation: 'The written translation is empty. Write it, or mark the task as an oral translation.',
  no_oral_recording: 'The oral translation has no recording yet. Attach or record the translation before marking it translated.',
  recording_too_long: '“{{name}}” is longer than {{minutes}} minutes: too long for a translation. Check it is the right file, or trim it.',
};
