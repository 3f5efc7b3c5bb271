import { es } from '../../../../shared/locales/es.ts';

/**
 * Every UI string as a translator sees it (issue #15 §3): its key, the Spanish source, the
 * placeholders it must keep, where it appears and how long it may grow. Spanish is the source:
 * every other language has exactly its keys (locale-types.ts).
 */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

export interface UiString {
  /** i18next key; for a plural, the key without its `_one` / `_other` suffix. */
  key: string;
  source: string;
  /** Spanish plural (`_one` is `source`, `_other` here); null for a plain string. */
  sourcePlural: string | null;
  placeholders: string[];
  /** Where it is seen, in Spanish, for a translator who cannot run the app. */
  where: string;
  /** Short labels sit in buttons and menus: a translation past this may clip (the pseudo-locale checks 40 % longer). */
  maxLength: number | null;
}

// The CLI prints its own words in a terminal, not in the window; it is not part of the UI kit.
const NOT_UI = new Set(['cli']);

const PLACES: Record<string, string> = {
  app: 'Encabezado y menú de la ventana', boundary: 'Pantalla de error', common: 'En varias páginas', status: 'Estatus de un segmento',
  role: 'Papel de un lugar', format: 'Formato de audio', library: 'Página Biblioteca', import: 'Biblioteca › Importar audios',
  loudnessVerdict: 'Veredicto de sonoridad', editor: 'Biblioteca › Ficha del segmento', edit: 'Página Editar', record: 'Página Grabar',
  packs: 'Página Paquetes', schedule: 'Página Programación', exportHtml: 'Parrilla exportada (HTML/PDF)', onair: 'Página Al aire',
  settings: 'Página Ajustes', fileResult: 'Ventana «Archivo listo»', asrun: 'Informes › Registro de emisión', receipts: 'Informes › Recibos',
  backup: 'Ajustes › Respaldos', doctor: 'Ajustes › Revisión de archivos', reports: 'Página Informes', coverage: 'Informes › Cobertura',
  help: 'Ayuda hablada', errors: 'Mensajes de error', production: 'Página Producción', translate: 'Ajustes › Traducir la interfaz',
};

const PLACEHOLDER = /\{\{\s*([^},\s]+)[^}]*\}\}/g;

/** Placeholder names of a string (`{{count, number}}` is `count`), sorted, each once. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].sort();
}

function flatten(tree: unknown, prefix: string, out: Map<string, string>): void {
  for (const [k, v] of Object.entries(tree as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else flatten(v, key, out);
  }
}

/** The Spanish tree as flat `key → text`, without the CLI. */
export function flatSpanish(): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [top, tree] of Object.entries(es)) if (!NOT_UI.has(top)) flatten({ [top]: tree }, '', flat);
  return flat;
}

const pluralSuffix = (key: string) => PLURAL_CATEGORIES.find((c) => key.endsWith(`_${c}`)) ?? null;

export function uiCatalog(): UiString[] {
  const flat = flatSpanish();
  const seen = new Set<string>();
  const strings: UiString[] = [];
  for (const [key, text] of flat) {
    const suffix = pluralSuffix(key);
    const base = suffix ? key.slice(0, -suffix.length - 1) : key;
    // A plural only when the group has its `_other` (`page_library` is a name, not a plural of `page`).
    const plural = suffix !== null && flat.has(`${base}_other`);
    const id = plural ? base : key;
    if (seen.has(id)) continue;
    seen.add(id);
    const source = plural ? (flat.get(`${base}_one`) ?? flat.get(`${base}_other`) ?? text) : text;
    const sourcePlural = plural ? (flat.get(`${base}_other`) ?? null) : null;
    const longest = Math.max(source.length, sourcePlural?.length ?? 0);
    strings.push({
      key: id,
      source,
      sourcePlural,
      placeholders: placeholdersOf(`${source} ${sourcePlural ?? ''}`),
      where: PLACES[id.split('.')[0] ?? ''] ?? id.split('.')[0] ?? '',
      maxLength: longest <= 40 ? Math.ceil(longest * 1.6) + 4 : null,
    });
  }
  return strings;
}
