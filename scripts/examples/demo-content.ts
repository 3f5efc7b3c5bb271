/*
 * What the demo pack (resources/examples/demo.cabina) carries: the segments that
 * resources/examples/oaxaca-week.grid.json names by title, each in Spanish and in Mixteco de
 * Mixtepec (`mix`, the language of the example station's programs), plus one more for the library.
 * espeak-ng has no Mixtec voice, so every version is spoken in Spanish by a synthetic voice, and
 * each description says so.
 */

export const DEMO_PACK_ID = '6f1d2a4e-3b7c-4d8e-9a10-5c2b7e4f1a01';
export const DEMO_PACK_TITLE = 'Cabina — paquete de ejemplo';
/** Shown wherever the publisher is (pack preview, trusted list), so nobody mistakes it for IREX. */
export const DEMO_PUBLISHER_NAME = 'Cabina demo — no usar en producción';

const NOTE = 'Voz sintética de ejemplo (espeak-ng, en español también en la versión en mixteco): sustitúyala por una grabación real.';

export interface DemoVersion {
  languageCode: 'spa' | 'mix';
  text: string;
}

export interface DemoSegment {
  /** Stable across rebuilds: a rebuilt pack updates the same segments instead of adding copies. */
  id: string;
  title: string;
  description: string;
  topics: string[];
  versions: DemoVersion[];
}

export const DEMO_SEGMENTS: readonly DemoSegment[] = [
  {
    id: '6f1d2a4e-3b7c-4d8e-9a10-5c2b7e4f1a11',
    title: 'Migración segura: conoce tus derechos',
    description: `Antes de salir a trabajar al norte: contrato, salario y a quién llamar. ${NOTE}`,
    topics: ['derechos-laborales', 'planear-la-migracion'],
    versions: [
      { languageCode: 'spa', text: 'Antes de migrar, conoce tus derechos. Pide tu contrato por escrito.' },
      { languageCode: 'mix', text: 'Versión en mixteco. Antes de migrar, conoce tus derechos.' },
    ],
  },
  {
    id: '6f1d2a4e-3b7c-4d8e-9a10-5c2b7e4f1a12',
    title: 'Identificación',
    description: `Identificación de la estación entre programas. ${NOTE}`,
    topics: [],
    versions: [
      { languageCode: 'spa', text: 'Radio Comunitaria Ñuu Savi. La voz de la Mixteca.' },
      { languageCode: 'mix', text: 'Versión en mixteco. Radio Ñuu Savi.' },
    ],
  },
  {
    id: '6f1d2a4e-3b7c-4d8e-9a10-5c2b7e4f1a13',
    title: 'Enganchadores: no pagues por un trabajo',
    description: `Nadie debe cobrarte por conseguirte trabajo ni quedarse con tus documentos. ${NOTE}`,
    topics: ['reclutamiento-enganchadores', 'documentos-identidad'],
    versions: [
      { languageCode: 'spa', text: 'Nadie debe cobrarte por un trabajo. Tus documentos son tuyos.' },
      { languageCode: 'mix', text: 'Versión en mixteco. No pagues por un trabajo.' },
    ],
  },
];
