/** Voces' refusals (issue #14 §2): each names the testimony and says what to do. */
export const enVoicesErrors = {
  consent_missing: 'The testimony of {{receivedOn, longDate}} has no consent for $t(errors.voices.use_{{use}}). Record a consent that covers it before it leaves the station.',
  no_audio: 'This testimony has no audio: it is a call note. It can only be counted in the summary.',
  redaction_outside: 'A span to hide runs past the end of the audio ({{durationSec}} s). Adjust it and save again.',
  pack_consent: 'The segment “{{title}}” comes from a testimony whose consent no longer covers broadcast. Take it out of the pack or record a new consent.',
  has_audio: 'This testimony already has its audio. For another recording, create a new testimony.',
  not_a_call: 'That take was not recorded as a call, so it cannot become a testimony. Record it from Voices → Record call.',
  use_broadcast: 'broadcast',
  use_anonymised: 'an anonymised report',
  use_internal: 'internal use',
};
