/** Voces' refusals (issue #14 §2): each says why and what to do next. */
export const esVoicesErrors = {
  consent_missing: 'El consentimiento vigente de este testimonio no permite ese uso. Agrega un registro de consentimiento que lo cubra.',
  no_audio: 'Este testimonio no tiene audio: es una llamada anotada a mano.',
};
