// The run report: header, statistics, chart (with indicator toggles), trade list and log. The same code renders
// the live page and the self-contained report.html.
import { h } from '../dom';
import { decimalsOf, duration, plain, signed, time } from '../format';
import type { Report, TradeView } from '../types';
import { TradeChart } from './chart';
import { statsPanel } from './stats';

/** Rows of the trade list made at a time (more as it is scrolled to its end). */
const PAGE_ROWS = 200;
const COLUMNS: [string, keyof TradeView][] = [['#', 'id'], ['Side', 'side'], ['Qty', 'quantity'], ['Entry', 'entry_time'],
  ['Entry price', 'entry_price'], ['Exit', 'exit_time'], ['Exit price', 'exit_price'], ['Net PnL', 'net_pnl'],
  ['Return', 'return_pct'], ['MAE', 'mae'], ['MFE', 'mfe'], ['Bars', 'bars_held'], ['Duration', 'duration_seconds']];

export interface ReportView {
  readonly element: HTMLElement;
  readonly chart: TradeChart;
  selectTrade(index: number): void;
  destroy(): void;
}

/** Renders {@code report} into {@code mount} (replacing its content). */
export function renderReport(mount: HTMLElement, report: Report, actions: HTMLElement | null = null): ReportView {
  const r = report;
  const chartHost = h('div.chart', { id: 'chart', 'data-bars': r.bars.time.length, 'data-trades': r.trades.length });
  const params = Object.entries(r.run.params);
  const i = r.config.instrument;
  const c = r.config.commission;
  const qtyDecimals = i.lot > 0 ? decimalsOf(i.lot) : 8;
  const instrument = `${i.kind}, tick ${plain(i.tick)}, lot ${plain(i.lot)}`
    + (i.kind === 'future' ? `, multiplier ${plain(i.multiplier)}, margin ${plain(i.margin * 100)}%` : '');
  const maker = c.maker_percent !== null && c.maker_percent !== undefined && c.maker_percent !== c.percent
    ? ` (maker ${plain(c.maker_percent)}%)` : '';
  const header = h('section.report-head', {},
    h('div', {},
      h('h1', {}, r.run.strategy_name, h('span.muted', {}, ` on ${r.run.symbol} ${r.run.timeframe ?? ''}`)),
      h('div.meta', {},
        h('span', {}, `${r.run.first ? r.run.first.slice(0, 16).replace('T', ' ') : ''} → ${r.run.last ? r.run.last.slice(0, 16).replace('T', ' ') : ''} UTC`),
        h('span', {}, `${plain(r.sampling.bars, 0)} bars (warm-up ${r.run.warmup})`),
        h('span', {}, `data ${r.run.data}`),
        h('span', { id: 'report-instrument' }, instrument),
        typeof r.stats.pricing === 'string' ? h('span', { id: 'report-pricing', title: r.stats.pricing.includes('recorded quotes') ? 'options at recorded quotes where fresh, modelled elsewhere' : 'option and futures prices are modelled, not recorded' }, r.stats.pricing) : null,
        h('span', { id: 'report-costs' }, `cash ${plain(r.config.cash)}, commission ${plain(c.percent)}%${maker} + ${plain(c.per_order)}/order, slippage ${plain(r.config.slippage_bps)} bps, fill ${r.config.fill}`)),
      params.length ? h('div.params', {}, params.map(([k, v]) => h('code', {}, `${k}=${v}`))) : null),
    actions);

  const toggles = r.indicators.length
    ? h('div.toggles', {}, h('span.muted', {}, 'Indicators:'))
    : null;

  // The trade list is made a page of rows at a time, more as it is scrolled: the layout of a year's 5,000 rows took
  // seconds before the chart could draw. order: trade indexes in the order shown; rows: each trade's row once made.
  const order = r.trades.map((_, i) => i);
  const rows = new Map<number, HTMLTableRowElement>();
  let made = 0;
  const tbody = h('tbody');
  const tableWrap = h('div.table-wrap', {},
    h('table.data.trade-table', { id: 'trades' },
      h('thead', {}, h('tr', {}, COLUMNS.map(([label, key]) => {
        const th = h('th.sortable', { title: `sort by ${label.toLowerCase()}`, 'aria-sort': 'none' }, label);
        th.addEventListener('click', () => sortBy(th, key));
        return th;
      }))),
      tbody));
  tableWrap.addEventListener('scroll', () => {
    if (tableWrap.scrollTop + tableWrap.clientHeight > tableWrap.scrollHeight - 400) makeRows(made + PAGE_ROWS);
  });
  /** Appends the rows of the trades shown before position {@code upTo}. */
  function makeRows(upTo: number): void {
    const end = Math.min(upTo, order.length);
    for (; made < end; made++) tbody.append(rowOf(order[made]));
  }
  function rowOf(i: number): HTMLTableRowElement {
    const existing = rows.get(i);
    if (existing) return existing;
    const row = tradeRow(r.trades[i], qtyDecimals);
    row.addEventListener('click', () => select(i));
    row.addEventListener('keydown', e => {
      if (e.key === 'Enter' || e.key === ' ') select(i);
      else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        const at = order.indexOf(i) + (e.key === 'ArrowDown' ? 1 : -1);
        if (at < 0 || at >= order.length) return;
        makeRows(at + 1);
        const next = rows.get(order[at])!;
        next.focus();
        select(order[at]);
      }
      else return;
      e.preventDefault();
    });
    rows.set(i, row);
    return row;
  }
  makeRows(PAGE_ROWS);
  const tradeTable = h('section.trades', {},
    h('h2', {}, `Trades (${r.trades.length})`),
    r.trades.length === 0 ? h('p.muted', {}, 'No closed trades.') : tableWrap);

  const log = r.log.length ? h('details.log', {}, h('summary', {}, `Strategy log (${r.log.length} lines)`),
    h('pre', {}, r.log.join('\n'))) : null;

  const element = h('div.report', { 'data-run': r.run_id ?? 'static' },
    header, statsPanel(r.stats), toggles, samplingNote(r, chartHost), chartHost, tradeTable, log);

  // The chart sizes itself from its host, so the host goes into the document first.
  mount.replaceChildren(element);
  const chart = new TradeChart(chartHost, r);
  if (toggles) {
    for (const o of chart.overlays) {
      const box = h('input', { type: 'checkbox', checked: true, 'data-spec': o.spec });
      box.addEventListener('change', () => chart.setOverlayVisible(o.spec, box.checked));
      toggles.append(h('label.toggle', {}, box, h('span.swatch', { style: `background:${o.color}` }), o.spec));
    }
  }
  chart.onTradeClick(i => select(i, true));

  let sorted: { key: keyof TradeView; dir: number } | null = null;
  function sortBy(th: HTMLElement, key: keyof TradeView): void {
    const dir = sorted?.key === key ? -sorted.dir : 1;
    sorted = { key, dir };
    for (const other of th.parentElement!.children) other.setAttribute('aria-sort', 'none');
    th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
    order.sort((a, b) => {
      const x = r.trades[a][key] ?? -Infinity;
      const y = r.trades[b][key] ?? -Infinity;
      return (x < y ? -1 : x > y ? 1 : r.trades[a].id - r.trades[b].id) * dir;
    });
    const shown = made;
    made = 0;
    tbody.replaceChildren();
    makeRows(Math.max(shown, PAGE_ROWS));
  }

  function select(i: number, scrollRow = false): void {
    rows.forEach(row => row.classList.remove('selected'));
    if (i >= 0 && i < r.trades.length) {
      makeRows(order.indexOf(i) + 1);
      const row = rows.get(i)!;
      row.classList.add('selected');
      if (scrollRow) row.scrollIntoView({ block: 'nearest' });
    }
    chart.focusTrade(i);
  }

  return { element, chart, selectTrade: i => select(i, true), destroy: () => chart.remove() };
}

/**
 * What the chart shows when it is not every bar of the run, one point per bar: which bars, how many each candle
 * merges, and (on the server) a button for every bar of the range in view and a link back to the whole run.
 */
function samplingNote(r: Report, chartHost: HTMLElement): HTMLElement | null {
  const s = r.sampling;
  const whole = s.from === 0 && s.to === s.bars;
  if (whole && s.every === 1) return null;
  const n = (x: number) => plain(x, 0);
  const parts: (string | HTMLElement)[] = [];
  if (!whole) parts.push(`Bars ${n(s.from + 1)} to ${n(s.to)} of ${n(s.bars)}${s.every === 1 ? ', one candle each.' : '. '}`);
  if (s.every > 1) {
    parts.push(`${whole ? `${n(s.bars)} bars` : 'They are'} drawn as ${n(r.bars.time.length)} candles of ${n(s.every)} bars `
      + '(first open, highest high, lowest low, last close; equity, position and indicators at the last bar, drawdown '
      + 'at the deepest).');
  }
  const id = r.run_id;
  if (id !== null) {
    const base = `#/runs/${encodeURIComponent(id)}`;
    if (s.every > 1) {
      const detail = h('button', { type: 'button', id: 'sampling-detail' }, 'Every bar of the range in view');
      detail.addEventListener('click', () => {
        const from = chartHost.dataset.visibleFrom;
        const to = chartHost.dataset.visibleTo;
        if (!from || !to) return;
        // the last candle in view holds bars up to the next candle's time
        const next = r.bars.time.find(t => t > Number(to));
        location.hash = `${base}?from=${from}${next === undefined ? '' : `&to=${next - 1}`}`;
      });
      parts.push(' ', detail);
    }
    if (!whole) parts.push(' ', h('a', { id: 'sampling-whole', href: base }, 'Whole run'));
  }
  return h('p.sampling-note', { id: 'sampling-note', 'data-every': s.every, 'data-bars': s.bars }, ...parts);
}

function tradeRow(t: TradeView, qtyDecimals: number): HTMLTableRowElement {
  const cls = t.net_pnl >= 0 ? '.pos' : '.neg';
  return h('tr', { 'data-trade': t.id, tabindex: 0 },
    h('td', {}, t.id),
    h(t.side === 'long' ? 'td.long' : 'td.short', {}, t.side),
    h('td.num', {}, plain(t.quantity, qtyDecimals)),
    h('td', {}, time(t.entry_time)),
    h('td.num', {}, plain(t.entry_price)),
    h('td', {}, time(t.exit_time)),
    h('td.num', {}, plain(t.exit_price)),
    h(`td.num${cls}` as 'td', {}, signed(t.net_pnl)),
    h(`td.num${cls}` as 'td', {}, t.return_pct === null ? '–' : `${signed(t.return_pct)}%`),
    h('td.num.neg', {}, signed(t.mae)),
    h('td.num.pos', {}, signed(t.mfe)),
    h('td.num', {}, t.bars_held),
    h('td', {}, duration(t.duration_seconds)));
}
