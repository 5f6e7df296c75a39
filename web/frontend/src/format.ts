// Number, time and duration formatting shared by every page. Times are epoch seconds or ISO strings, shown in UTC.

// The formatters are made once per option set: toLocaleString makes a new one at every call, which took seconds for the
// 5,000 rows of a long run's trade list.
const fixed = new Map<number, Intl.NumberFormat>();
const upTo = new Map<number, Intl.NumberFormat>();

function formatter(cache: Map<number, Intl.NumberFormat>, digits: number, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = cache.get(digits);
  if (f === undefined) {
    f = new Intl.NumberFormat('en-US', options);
    cache.set(digits, f);
  }
  return f;
}

export function num(x: unknown, digits = 2): string {
  if (typeof x !== 'number' || !Number.isFinite(x)) return '–';
  return formatter(fixed, digits, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
}

/** A number with up to {@code max} decimals and no trailing zeros (prices, sizes). */
export function plain(x: unknown, max = 8): string {
  if (typeof x !== 'number' || !Number.isFinite(x)) return '–';
  return formatter(upTo, max, { maximumFractionDigits: max, useGrouping: false }).format(x);
}

export function signed(x: unknown, digits = 2): string {
  if (typeof x !== 'number' || !Number.isFinite(x)) return '–';
  return (x > 0 ? '+' : '') + num(x, digits);
}

/** A fraction as a percent: 0.25 -> 25.00%. */
export function pct(x: unknown, digits = 2): string {
  if (typeof x !== 'number' || !Number.isFinite(x)) return '–';
  return num(x * 100, digits) + '%';
}

export function time(sec: number): string {
  const d = new Date(sec * 1000);
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
}

export function isoTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  return time(Date.parse(iso) / 1000);
}

export function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '–';
  const d = Math.floor(seconds / 86400);
  const h = Math.floor((seconds % 86400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  if (d > 0) return h > 0 ? `${d}d ${h}h` : `${d}d`;
  if (h > 0) return m > 0 ? `${h}h ${m}m` : `${h}h`;
  return `${m}m`;
}

/** Decimals of a tick size, e.g. 0.001 -> 3. */
export function decimalsOf(tick: number): number {
  if (!(tick > 0)) return 2;
  let d = 0;
  while (d < 10 && Math.abs(Math.round(tick * 10 ** d) - tick * 10 ** d) > 1e-9) d++;
  return d;
}
