/**
 * Word-processor XML → plain script text. A tag scanner rather than a DOM: the two formats need only
 * paragraphs, runs of text, tabs and breaks, and the core should not carry an XML parser for that.
 */

const TOKEN = /<(\/?)([A-Za-z_][\w.-]*:?[\w.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!\[CDATA\[([\s\S]*?)\]\]>|<[?!][\s\S]*?>|([^<]+)/g;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED[name] ?? whole;
  });
}

interface Tag {
  closing: boolean;
  name: string;
  attrs: string;
  selfClosing: boolean;
}

function* scan(xml: string): Generator<Tag | { text: string }> {
  for (const m of xml.matchAll(TOKEN)) {
    if (m[2] !== undefined) yield { closing: m[1] === '/', name: m[2], attrs: m[3] ?? '', selfClosing: m[4] === '/' };
    else if (m[5] !== undefined) yield { text: m[5] };
    else if (m[6] !== undefined) yield { text: decodeEntities(m[6]) };
  }
}

function finish(lines: string): string {
  return lines.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
}

/** `word/document.xml`: text only from `<w:t>`, one line per `<w:p>`. */
export function docxText(xml: string): string {
  let out = '';
  let inText = 0;
  // Paragraph properties hold `<w:tabs><w:tab …/>` (tab stops), which are not tabs in the text.
  let inProps = 0;
  for (const token of scan(xml)) {
    if ('text' in token) {
      if (inText > 0) out += token.text;
      continue;
    }
    const { closing, name, selfClosing } = token;
    if (name === 'w:pPr' || name === 'w:rPr') {
      if (!selfClosing) inProps += closing ? -1 : 1;
    } else if (name === 'w:t') {
      if (!selfClosing) inText += closing ? -1 : 1;
    } else if (inProps === 0 && !closing) {
      if (name === 'w:tab') out += '\t';
      else if (name === 'w:br' || name === 'w:cr') out += '\n';
    }
    if (name === 'w:p' && (closing || selfClosing)) out += '\n';
  }
  return finish(out);
}

const TEXT_BLOCKS = new Set(['text:p', 'text:h']);

/** `content.xml` of an ODT: character data inside `<text:p>`/`<text:h>`, one line per block. */
export function odtText(xml: string): string {
  let out = '';
  let inBlock = 0;
  for (const token of scan(xml)) {
    if ('text' in token) {
      // ODF collapses white space in paragraphs; real spaces are written as <text:s/>.
      if (inBlock > 0) out += token.text.replace(/[ \t\r\n]+/g, ' ');
      continue;
    }
    const { closing, name, attrs, selfClosing } = token;
    if (TEXT_BLOCKS.has(name)) {
      if (selfClosing) out += '\n';
      else if (closing) {
        inBlock -= 1;
        out += '\n';
      } else inBlock += 1;
    } else if (inBlock > 0 && !closing) {
      if (name === 'text:s') {
        const count = Number.parseInt(/text:c\s*=\s*["'](\d+)["']/.exec(attrs)?.[1] ?? '1', 10);
        out += ' '.repeat(Math.min(Math.max(count, 1), 1000));
      } else if (name === 'text:tab') out += '\t';
      else if (name === 'text:line-break') out += '\n';
    }
  }
  return finish(out);
}
