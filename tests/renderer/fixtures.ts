import type { Catalogs, TestimonyCategoryEntry } from '../../shared/domain/catalog.ts';
import type { Segment, SegmentSummary } from '../../shared/domain/segment.ts';

export const catalogs: Catalogs = {
  languages: [
    { code: 'spa', nameEs: 'Español', nameEn: 'Spanish', family: 'Indoeuropea', group: 'Español', autonym: null, states: [] },
    { code: 'xty', nameEs: 'Mixteco de Yoloxóchitl', nameEn: 'Yoloxóchitl Mixtec', family: 'Oto-mangue', group: 'Mixteco', autonym: "Tu'un savi", states: ['12'] },
    { code: 'mix', nameEs: 'Mixteco de Mixtepec', nameEn: 'Mixtepec Mixtec', family: 'Oto-mangue', group: 'Mixteco', autonym: "Tu'un savi", states: ['20'] },
    { code: 'zai', nameEs: 'Zapoteco del Istmo', nameEn: 'Isthmus Zapotec', family: 'Oto-mangue', group: 'Zapoteco', autonym: 'Diidxazá', states: ['20'] },
    { code: 'ngu', nameEs: 'Náhuatl de Guerrero', nameEn: 'Guerrero Nahuatl', family: 'Yuto-nahua', group: 'Náhuatl', autonym: 'Mexikatlahtolli', states: ['12'] },
    { code: 'tcf', nameEs: "Me'phaa de Malinaltepec", nameEn: 'Malinaltepec Tlapanec', family: 'Oto-mangue', group: 'Tlapaneco', autonym: "Me'phaa", states: ['12'] },
  ],
  states: [
    { code: '02', name: 'Baja California', abbreviation: 'BC', migrationRole: 'destination' },
    { code: '09', name: 'Ciudad de México', abbreviation: 'CDMX', migrationRole: 'other' },
    { code: '12', name: 'Guerrero', abbreviation: 'GRO', migrationRole: 'origin' },
    { code: '20', name: 'Oaxaca', abbreviation: 'OAX', migrationRole: 'origin' },
    { code: '25', name: 'Sinaloa', abbreviation: 'SIN', migrationRole: 'destination' },
  ],
  topics: [
    { id: 'labor-rights', nameEs: 'Derechos laborales', nameEn: 'Labor rights', descriptionEs: '', descriptionEn: '' },
    { id: 'recruitment', nameEs: 'Reclutamiento y enganchadores', nameEn: 'Recruitment and enganchadores', descriptionEs: '', descriptionEn: '' },
    { id: 'wages', nameEs: 'Salario mínimo', nameEn: 'Minimum wage', descriptionEs: '', descriptionEn: '' },
    { id: 'health', nameEs: 'Salud', nameEn: 'Health care', descriptionEs: '', descriptionEn: '' },
  ],
};

/** Voces' problem categories (issue #14 §2): a catalog of its own, loaded only by that page. */
export const testimonyCategories: TestimonyCategoryEntry[] = [
    { id: 'fraude-reclutamiento', nameEs: 'Fraude en el reclutamiento', nameEn: 'Recruitment fraud', descriptionEs: 'Promesas falsas de un enganchador.', descriptionEn: 'False promises by a labor broker.' },
    { id: 'salarios-no-pagados', nameEs: 'Salarios no pagados', nameEn: 'Unpaid wages', descriptionEs: 'Pago atrasado o incompleto.', descriptionEn: 'Late or partial pay.' },
    { id: 'vivienda', nameEs: 'Vivienda', nameEn: 'Housing', descriptionEs: 'Albergues hacinados.', descriptionEn: 'Crowded camps.' },
    { id: 'otro', nameEs: 'Otro', nameEn: 'Other', descriptionEs: '', descriptionEn: '' },
];

let counter = 0;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const sha = (n: number) => n.toString(16).padStart(64, '0');

export interface SegmentSeed {
  title: string;
  languageCode?: string | null;
  regions?: Segment['versions'][number]['regions'];
  topics?: string[];
  status?: Segment['status'];
  validUntil?: string | null;
  script?: string;
}

export function makeSegment(seed: SegmentSeed): Segment {
  counter += 1;
  const n = counter;
  const id = uuid(n * 10);
  return {
    id,
    title: seed.title,
    description: '',
    topics: seed.topics ?? [],
    status: seed.status ?? 'draft',
    validFrom: null,
    validUntil: seed.validUntil ?? null,
    license: '',
    producer: '',
    consentNotes: '',
    origin: { kind: 'local', packId: null, packVersion: null },
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    versions: [
      {
        id: uuid(n * 10 + 1),
        segmentId: id,
        languageCode: seed.languageCode ?? null,
        regions: seed.regions ?? [],
        script: seed.script ?? '',
        asset: {
          id: sha(n),
          originalName: `${seed.title}.mp3`,
          sizeBytes: 1000,
          durationSec: 83,
          format: { container: 'mp3', codec: 'mp3', sampleRate: 44100, channels: 1, bitsPerSample: null, bitRate: 128000 },
          importedAt: '2025-01-01T00:00:00.000Z',
        },
        durationSec: 83,
        createdAt: '2025-01-01T00:00:00.000Z',
      },
    ],
  };
}

export function summaryOf(segment: Segment): SegmentSummary {
  const first = segment.versions[0];
  const languages = [...new Set(segment.versions.flatMap((v) => (v.languageCode ? [v.languageCode] : [])))];
  const regions = [...new Set(segment.versions.flatMap((v) => v.regions.map((r) => r.stateCode)))];
  return {
    id: segment.id,
    title: segment.title,
    status: segment.status,
    validUntil: segment.validUntil,
    topics: segment.topics,
    languages,
    regions,
    versionCount: segment.versions.length,
    primaryVersionId: first?.id ?? null,
    primaryAssetId: first?.asset.id ?? null,
    durationSec: first?.durationSec ?? null,
    format: first?.asset.format ?? null,
    updatedAt: segment.updatedAt,
  };
}

export const testUuid = uuid;
