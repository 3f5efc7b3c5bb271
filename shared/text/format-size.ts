/** A size as the user reads it ("7,8 GB", "950 kB") in the UI language; decimal units, as drives are sold. */
export function formatSize(bytes: number, lng: string): string {
  const units = [
    ['gigabyte', 1e9],
    ['megabyte', 1e6],
    ['kilobyte', 1e3],
  ] as const;
  const [unit, size] = units.find(([, s]) => bytes >= s) ?? ['byte', 1];
  return new Intl.NumberFormat(lng, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: size === 1 ? 0 : 1 }).format(bytes / size);
}
