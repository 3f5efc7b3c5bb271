import { randomUUID } from 'node:crypto';
import type { ProducedFile } from '../../../shared/api/methods/files.ts';

/** Long enough for a slow click on "Save" in the browser's own dialog; short enough not to linger. */
export const OFFER_TTL_MS = 15 * 60 * 1000;
const MAX_OFFERS = 200;

export interface Offer extends ProducedFile {
  expiresAt: number;
}

/**
 * Browser mode's "Save as…" is a download: the UI registers a produced file and gets an id that
 * `GET /download/<id>` serves for a short while. Only registered files are ever served, and only
 * after `files.offer` checked they are produced files.
 */
export class DownloadOffers {
  readonly #offers = new Map<string, Offer>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  add(file: ProducedFile): { offerId: string; expiresAt: number } {
    this.#prune();
    const offerId = randomUUID();
    const expiresAt = this.#now() + OFFER_TTL_MS;
    this.#offers.set(offerId, { ...file, expiresAt });
    // A tab that offers in a loop must not grow this map without bound: drop the oldest.
    while (this.#offers.size > MAX_OFFERS) this.#offers.delete(this.#offers.keys().next().value as string);
    return { offerId, expiresAt };
  }

  /** The file behind a live offer, or null (unknown or expired). */
  get(offerId: string): Offer | null {
    this.#prune();
    return this.#offers.get(offerId) ?? null;
  }

  #prune(): void {
    const now = this.#now();
    for (const [id, offer] of this.#offers) if (offer.expiresAt <= now) this.#offers.delete(id);
  }
}
