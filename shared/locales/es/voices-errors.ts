/** Voces' refusals (issue #14 §2): each names the testimony and says what to do. */
export const esVoicesErrors = {
  consent_missing: 'El testimonio del {{receivedOn, longDate}} no tiene consentimiento para $t(errors.voices.use_{{use}}). Registra un consentimiento que lo cubra antes de que salga de la estación.',
  no_audio: 'Este testimonio no tiene audio: es una nota de llamada. Solo se puede contar en el resumen.',
  redaction_outside: 'Un tramo a ocultar pasa del final del audio ({{durationSec}} s). Ajústalo y guarda otra vez.',
  pack_consent: 'El segmento «{{title}}» viene de un testimonio cuyo consentimiento ya no cubre la transmisión. Quítalo del paquete o registra un consentimiento nuevo.',
  has_audio: 'Este testimonio ya tiene su audio. Para otra grabación, crea un testimonio nuevo.',
  not_a_call: 'Esa toma no se grabó como llamada, así que no puede ser un testimonio. Grábala desde Voces → Grabar llamada.',
  use_broadcast: 'transmitirse',
  use_anonymised: 'un informe anónimo',
  use_internal: 'uso interno',
};
