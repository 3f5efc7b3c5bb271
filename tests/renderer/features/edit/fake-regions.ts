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
const plugin = {
  create: () => {
    const regions: Region[] = [];
    return {
      enableDragSelection: () => () => undefined,
      on: () => () => undefined,
      getRegions: () => regions,
      addRegion: (o: { id: string; start: number; end?: number }) => {
        const r = new Region(o.id, o.start, o.end ?? o.start);
        regions.push(r);
        return r;
      },
    };
  },
};
export default plugin;
