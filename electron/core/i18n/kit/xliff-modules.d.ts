// The `xliff` package (MIT, locize) ships no types; these cover the two calls the kit makes.
declare module 'xliff/js2xliff' {
  import type { XliffDocument } from 'xliff/xliff2js';
  export default function js2xliff(doc: XliffDocument, options: { indent?: string; targetXliffVersion?: '2.0' | '2.1' | '2.2' }): Promise<string>;
}

declare module 'xliff/xliff2js' {
  export interface XliffUnit {
    source?: unknown;
    target?: unknown;
    note?: unknown;
    additionalAttributes?: Record<string, unknown>;
  }
  export interface XliffDocument {
    sourceLanguage: string;
    targetLanguage: string;
    resources: Record<string, Record<string, XliffUnit>>;
  }
  export default function xliff2js(xml: string, options: { inlineAsString?: boolean }): Promise<XliffDocument>;
}
