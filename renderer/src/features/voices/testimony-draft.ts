import type { MethodInput } from '../../../../shared/api/contract.ts';
import type { Disguise, Place, Testimony, TestimonySource } from '../../../../shared/domain/voices.ts';
import { parseCivilDate } from '../../i18n/civil-date.ts';

/** The form's fields as typed: a place is a state and maybe a municipality, or nothing. */
export interface TestimonyDraft {
  receivedOn: string;
  source: TestimonySource;
  languageCode: string | null;
  origin: { stateCode: string | null; municipalityCode: string | null };
  work: { stateCode: string | null; municipalityCode: string | null };
  categories: string[];
  summary: string;
  disguise: Disguise;
}

const placeDraft = (p: Place | null) => ({ stateCode: p?.stateCode ?? null, municipalityCode: p?.municipalityCode ?? null });

export function draftOf(t: Testimony): TestimonyDraft {
  return { receivedOn: t.receivedOn, source: t.source, languageCode: t.languageCode, origin: placeDraft(t.origin), work: placeDraft(t.work), categories: [...t.categories], summary: t.summary, disguise: t.disguise };
}

/** A place without a state is no place: the contract's place always has one. */
const toPlace = (p: TestimonyDraft['work']): Place | null => (p.stateCode ? { stateCode: p.stateCode, municipalityCode: p.municipalityCode } : null);

/** DateField hands back the raw text when it is not a date; that must not reach the core. */
export const badDate = (d: TestimonyDraft) => parseCivilDate(d.receivedOn) !== d.receivedOn;

export function toUpdate(id: string, d: TestimonyDraft): MethodInput<'voices.update'> {
  return { id, receivedOn: d.receivedOn, source: d.source, languageCode: d.languageCode, origin: toPlace(d.origin), work: toPlace(d.work), categories: d.categories, summary: d.summary, disguise: d.disguise };
}
