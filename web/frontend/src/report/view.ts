// The run report: header, statistics, chart (with indicator toggles), trade list and log. The same code renders
// the live page and the self-contained report.html.
import { h } from '../dom';
import { decimalsOf, duration, plain, signed, time } from '../format';
import type { Report, TradeView } from '../types';
import { TradeChart } from './chart';
import { statsPanel } from './stats';

const MAX_ROWS = 5000;
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
        h('span', {}, `${plain(r.bars.time.length, 0)} bars (warm-up ${r.run.warmup})`),
        h('span', {}, `data ${r.run.data}`),
        h('span', { id: 'report-instrument' }, instrument),
        typeof r.stats.pricing === 'string' ? h('span', { id: 'report-pricing', title: r.stats.pricing.includes('recorded quotes') ? 'options at recorded quotes where fresh, modelled elsewhere' : 'option and futures prices are modelled, not recorded' }, r.stats.pricing) : null,
        h('span', { id: 'report-costs' }, `cash ${plain(r.config.cash)}, commission ${plain(c.percent)}%${maker} + ${plain(c.per_order)}/order, slippage ${plain(r.config.slippage_bps)} bps, fill ${r.config.fill}`)),
      params.length ? h('div.params', {}, params.map(([k, v]) => h('code', {}, `${k}=${v}`))) : null),
    actions);

  const toggles = r.indicators.length
    ? h('div.toggles', {}, h('span.muted', {}, 'Indicators:'))
    : null;

  const rows: HTMLTableRowElement[] = [];
  const tbody = h('tbody');
  r.trades.slice(0, MAX_ROWS).forEach((t, i) => {
    const tr = tradeRow(t, qtyDecimals);
    tr.addEventListener('click', () => select(i));
    tr.addEventListener('keydown', e => {
      if (e.key === 'Enter' || e.key === ' ') select(i);
      else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        const next = (e.key === 'ArrowDown' ? tr.nextElementSibling : tr.previousElementSibling) as HTMLTableRowElement | null;
        if (!next) return;
        next.focus();
        select(rows.indexOf(next));
      }
      else return;
      e.preventDefault();
    });
    rows.push(tr);
    tbody.append(tr);
  });
  const tradeTable = h('section.trades', {},
    h('h2', {}, `Trades (${r.trades.length})`),
    r.trades.length === 0 ? h('p.muted', {}, 'No closed trades.') : h('div.table-wrap', {},
      h('table.data.trade-table', { id: 'trades' },
        h('thead', {}, h('tr', {}, COLUMNS.map(([label, key]) => {
          const th = h('th.sortable', { title: `sort by ${label.toLowerCase()}`, 'aria-sort': 'none' }, label);
          th.addEventListener('click', () => sortBy(th, key));
          return th;
        }))),
        tbody)),
    r.trades.length > MAX_ROWS ? h('p.muted', {}, `Showing the first ${MAX_ROWS} trades.`) : null);

  const log = r.log.length ? h('details.log', {}, h('summary', {}, `Strategy log (${r.log.length} lines)`),
    h('pre', {}, r.log.join('\n'))) : null;

  const element = h('div.report', { 'data-run': r.run_id ?? 'static' },
    header, statsPanel(r.stats), toggles, chartHost, tradeTable, log);

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
    const order = rows.map((row, i) => ({ row, t: r.trades[i] }));
    order.sort((a, b) => {
      const x = a.t[key] ?? -Infinity;
      const y = b.t[key] ?? -Infinity;
      return (x < y ? -1 : x > y ? 1 : a.t.id - b.t.id) * dir;
    });
    tbody.append(...order.map(o => o.row));
  }

  function select(i: number, scrollRow = false): void {
    rows.forEach(row => row.classList.remove('selected'));
    const row = rows[i];
    if (row) {
      row.classList.add('selected');
      if (scrollRow) row.scrollIntoView({ block: 'nearest' });
    }
    chart.focusTrade(i);
  }

  return { element, chart, selectTrade: i => select(i, true), destroy: () => chart.remove() };
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
