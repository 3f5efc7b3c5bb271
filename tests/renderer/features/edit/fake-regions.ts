/** The Regions plugin's stand-in: keeps the regions the editor draws (`vi.mock(…regions.esm.js, () => import('./fake-regions.ts'))`). */

class Region {
  id: string;
  start: number;
  end: number;
  constructor(id: string, start: number, end: number) {
    this.id = id;
    this.start = start;
    this.end = end;
  }
  remove() {}
  setOptions(o: { start: number; end: number }) {
    this.start = o.start;
    this.end = o.end;
  }
}
/** Every region drawn since the last reset, with its label, so tests can see what the waveform shows. */
export const drawn: { id: string; start: number; end: number; content: unknown }[] = [];
export function resetDrawn(): void {
  drawn.length = 0;
}

const plugin = {
  create: () => {
    const regions: Region[] = [];
    return {
      enableDragSelection: () => () => undefined,
      on: () => () => undefined,
      getRegions: () => regions,
      addRegion: (o: { id: string; start: number; end?: number; content?: unknown }) => {
        const r = new Region(o.id, o.start, o.end ?? o.start);
        drawn.push({ id: o.id, start: o.start, end: o.end ?? o.start, content: o.content });
        regions.push(r);
        return r;
      },
    };
  },
};
export default plugin;
