import { createWriteStream } from 'node:fs';
import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { MAX_SCRIPT_FILE_BYTES, readScriptFile } from '../../../../electron/core/library/script-file.ts';
import { errorOf } from '../support/errors.ts';
import { useTempDir } from '../support/temp-dirs.ts';

const dir = useTempDir('cabina-script-');

async function zipFile(name: string, parts: Record<string, string>): Promise<string> {
  const file = join(dir.path, name);
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from('<?xml version="1.0"?><Types/>'), '[Content_Types].xml');
  for (const [part, text] of Object.entries(parts)) zip.addBuffer(Buffer.from(text, 'utf8'), part);
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(file));
  return file;
}

async function plainFile(name: string, bytes: Uint8Array | string): Promise<string> {
  const file = join(dir.path, name);
  await writeFile(file, bytes);
  return file;
}

const DOCX = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Migración segura</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve"> en Oaxaca</w:t></w:r></w:p>
<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Derechos &amp; apoyos</w:t></w:r><w:r><w:br/><w:t>Llama al 800</w:t></w:r></w:p>
</w:body></w:document>`;

const ODT = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>
<text:h text:outline-level="1">Migración segura</text:h><text:p>Derechos &amp; apoyos<text:s text:c="2"/>en <text:span>Oaxaca</text:span><text:tab/>fin<text:line-break/>Llama al 800</text:p>
</office:text></office:body></office:document-content>`;

describe('readScriptFile', () => {
  it('turns a .docx document into lines, with tabs, breaks, accents and entities', async () => {
    const file = await zipFile('guion.docx', { 'word/document.xml': DOCX });
    expect(await readScriptFile(file)).toEqual({ text: 'Migración segura\t en Oaxaca\nDerechos & apoyos\nLlama al 800' });
  });

  it('turns an .odt document into lines, with spaces, tabs and line breaks', async () => {
    const file = await zipFile('guion.odt', { 'content.xml': ODT });
    expect(await readScriptFile(file)).toEqual({ text: 'Migración segura\nDerechos & apoyos  en Oaxaca\tfin\nLlama al 800' });
  });

  it('reads an old Notepad .txt in windows-1252', async () => {
    const file = await plainFile('viejo.txt', Buffer.from('Migración\r\nañadir', 'latin1'));
    expect((await readScriptFile(file)).text).toBe('Migración\nañadir');
  });

  it('reads UTF-8 and strips its BOM', async () => {
    const file = await plainFile('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Migración', 'utf8')]));
    expect((await readScriptFile(file)).text).toBe('Migración');
  });

  it('takes the format from the given name, as for an upload without extension', async () => {
    const file = await zipFile('0f3c-upload', { 'content.xml': ODT });
    expect((await readScriptFile(file, undefined, 'guion.odt')).text).toContain('Oaxaca');
  });

  it('refuses a .pdf and a .doc, naming the file', async () => {
    const pdf = await plainFile('guion.pdf', '%PDF-1.4\n');
    const error = await errorOf(readScriptFile(pdf));
    expect(error.code).toBe('library.script_unreadable');
    expect(error.details).toEqual({ name: 'guion.pdf' });
    expect((await errorOf(readScriptFile(await plainFile('guion.doc', 'x')))).code).toBe('library.script_unreadable');
  });

  it('refuses a broken zip and a zip without its document part', async () => {
    const broken = await plainFile('roto.docx', 'PK\u0003\u0004 not really a zip');
    expect((await errorOf(readScriptFile(broken))).code).toBe('library.script_unreadable');
    const empty = await zipFile('vacio.odt', { 'styles.xml': '<x/>' });
    expect((await errorOf(readScriptFile(empty))).code).toBe('library.script_unreadable');
  });

  it('refuses a file over 20 MB before reading it', async () => {
    const file = await plainFile('enorme.txt', '');
    await truncate(file, MAX_SCRIPT_FILE_BYTES + 1);
    const error = await errorOf(readScriptFile(file));
    expect(error.code).toBe('library.script_too_large');
    expect(error.details).toEqual({ name: 'enorme.txt' });
  });

  it('refuses text longer than the script field holds', async () => {
    const file = await plainFile('largo.txt', 'a'.repeat(100_001));
    expect((await errorOf(readScriptFile(file))).code).toBe('library.script_too_large');
  });
});
