import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPdfBrowser, htmlToPdf } from '../../../../electron/core/schedule/exports/pdf-export.ts';
import { toHtml } from '../../../../electron/core/schedule/exports/html-format.ts';
import { codeOf } from '../support/errors.ts';
import { useTempDir } from '../support/temp-dirs.ts';

// The PDF export prints the printable HTML with a headless Chromium-family browser (Edge on station
// PCs, Debian's chromium here). The tests install chromium (npm test), so the real path runs.

const scratch = useTempDir('cabina-pdf-');
const html = toHtml(
  [{ startMs: 0, date: '2026-03-02', wallSec: 7 * 3600, title: 'Conoce tus derechos', programTitle: 'Noticias de la mañana', kind: 'segment', durationSec: 95, cart: 10001, languageCode: 'mix', sourcePath: null, fileName: null }],
  { lang: 'es-MX', title: 'Radio Ñuu Savi — 2026-03-02', headers: ['Inicio', 'Programa', 'Tipo', 'Título', 'Idioma', 'Duración'], kinds: { segment: 'Segmento', live: 'En vivo', jingle: 'Cortinilla', spot_break: 'Corte', spot: 'Spot', no_rundown: 'Sin rundown todavía' } },
);

describe('PDF export', () => {
  it('finds the browser named by CABINA_PDF_BROWSER, and none when it is empty or missing', () => {
    expect(findPdfBrowser({ CABINA_PDF_BROWSER: process.execPath }, 'linux')).toBe(process.execPath);
    expect(findPdfBrowser({ CABINA_PDF_BROWSER: '' }, 'linux')).toBeNull();
    expect(findPdfBrowser({ CABINA_PDF_BROWSER: path.join(scratch.path, 'no-such-browser') }, 'linux')).toBeNull();
  });

  it('looks for Edge and Chrome under Program Files on Windows', () => {
    // Nothing exists at these Windows paths here, so the answer is null, but not by accident: the env is read.
    expect(findPdfBrowser({ 'ProgramFiles(x86)': 'C:\\Program Files (x86)' }, 'win32')).toBeNull();
  });

  it('prints the rundown to an A4 PDF', async () => {
    const out = path.join(scratch.path, 'dia.pdf');
    await htmlToPdf(findPdfBrowser(), html, out, scratch.path, new AbortController().signal);
    const bytes = fs.readFileSync(out);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A4 landscape is 842 × 595 points (from the HTML's @page rule).
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(bytes.toString('latin1'));
    expect(Number(box?.[1])).toBeCloseTo(842, 0);
    expect(Number(box?.[2])).toBeCloseTo(595, 0);
  }, 60_000);

  it('says in one error code that no browser is there, and writes nothing', async () => {
    const out = path.join(scratch.path, 'none.pdf');
    expect(await codeOf(htmlToPdf(null, html, out, scratch.path, new AbortController().signal))).toBe('schedule.pdf_unavailable');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('reports a browser that makes no PDF as pdf_failed', async () => {
    const out = path.join(scratch.path, 'fail.pdf');
    // `false` starts, prints nothing and exits 1: what a broken or wrong browser binary looks like.
    expect(await codeOf(htmlToPdf('/bin/false', html, out, scratch.path, new AbortController().signal))).toBe('schedule.pdf_failed');
    expect(fs.existsSync(out)).toBe(false);
  });
});
