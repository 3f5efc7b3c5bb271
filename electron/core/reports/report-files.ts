import fs from 'node:fs';
import path from 'node:path';
import { findPdfBrowser, htmlToPdf } from '../schedule/exports/pdf-export.ts';

/** Temp file + rename: a cancelled or failed export never leaves a half-written report. */
export function writeAtomic(file: string, data: string | Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** Printable HTML to `file` as PDF, through a scratch folder beside it that is removed whatever happens. */
export async function writePdf(html: string, file: string, signal: AbortSignal): Promise<void> {
  const work = fs.mkdtempSync(path.join(path.dirname(file), '.report-pdf-'));
  try {
    const tmp = path.join(work, 'report.pdf');
    await htmlToPdf(findPdfBrowser(), html, tmp, work, signal);
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
