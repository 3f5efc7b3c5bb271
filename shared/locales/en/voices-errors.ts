/** Voces' refusals (issue #14 §2): each says why and what to do next. */
export const enVoicesErrors = {
  consent_missing: 'The consent in force for this testimony does not allow that use. Add a consent record that covers it.',
  no_audio: 'This testimony has no audio: it is a call noted by hand.',
};
