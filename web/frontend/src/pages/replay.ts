// Replay: a paper or live run replayed as a backtest on the bars it saw, compared fill by fill (live minus backtest).
import { ColorType, createChart, LineSeries, type IChartApi, type UTCTimestamp } from 'lightweight-charts';
import { api } from '../api';
import { clear, h } from '../dom';
import { num, plain, signed, time } from '../format';
import type { Replay } from '../types';
import { errorBox, Page } from './page';

type Row = Record<string, number | string | null>;

const SUMMARY: [key: string, label: string, fmt: (v: unknown) => string][] = [
  ['fills.matched', 'Fills matched', v => plain(v, 0)],
  ['fills.only_live', 'Fills only live', v => plain(v, 0)],
  ['fills.only_backtest', 'Fills only backtest', v => plain(v, 0)],
  ['orders.only_live', 'Orders only live', v => plain(v, 0)],
  ['orders.only_backtest', 'Orders only backtest', v => plain(v, 0)],
  ['slippage.total', 'Slippage vs model', v => signed(v, 4)],
  ['slippage.per_fill', 'Slippage per fill', v => signed(v, 4)],
  ['slippage.bps_per_fill', 'Slippage bps per fill', v => signed(v, 2)],
  ['latency.mean_ms', 'Latency mean (ms)', v => num(v, 1)],
  ['latency.max_ms', 'Latency max (ms)', v => num(v, 1)],
  ['fees.difference', 'Fee difference', v => signed(v, 4)],
  ['equity.final_live', 'Final equity live', v => num(v)],
  ['equity.final_backtest', 'Final equity backtest', v => num(v)],
  ['equity.final_gap', 'Final equity gap', v => signed(v)],
  ['equity.max_gap', 'Largest equity gap', v => signed(v)],
];

const FILL_COLUMNS: [key: string, label: string, fmt: (v: unknown) => string][] = [
  ['presence', 'In', v => String(v)],
  ['side', 'Side', v => String(v)],
  ['live_time', 'Live time', v => stamp(v)],
  ['backtest_time', 'Backtest time', v => stamp(v)],
  ['latency_ms', 'Latency ms', v => num(v, 1)],
  ['live_price', 'Live price', v => plain(v)],
  ['backtest_price', 'Backtest price', v => plain(v)],
  ['price_diff', 'Price diff', v => plain(v)],
  ['slippage_bps', 'Slippage bps', v => num(v, 2)],
  ['live_quantity', 'Live qty', v => plain(v)],
  ['backtest_quantity', 'Backtest qty', v => plain(v)],
  ['fee_diff', 'Fee diff', v => plain(v)],
];

function stamp(v: unknown): string { return typeof v === 'string' ? v.replace('T', ' ').replace('Z', '') : '–'; }

export function replayPage(main: HTMLElement, runId: string): Page {
  let chart: IChartApi | null = null;
  main.replaceChildren(h('h1', {}, `Replay of run ${runId}`), h('p.muted', {}, 'Replaying the run as a backtest…'));
  api.replay(runId).then(r => {
    const host = h('div.chart.replay-chart', { id: 'replay-gap' });
    main.replaceChildren(
      h('h1', {}, `Replay of run ${runId}`),
      h('p.muted', {}, `${r.summary.strategy} on ${r.summary.data}: the bars the run saw, run again as a backtest through the same `
        + 'kernel, and matched order by order and fill by fill. Differences are live minus backtest; slippage is what the run '
        + 'paid beyond the model\'s price (positive: worse), latency how much later it filled.'),
      h('p', {}, h('a', { href: `#/runs/${encodeURIComponent(runId)}` }, `← run ${runId}`)),
      summaryPanel(r.summary),
      h('h2', {}, 'Equity gap (live − backtest)'), host,
      h('h2', {}, 'Fills'), fillsTable(r.fills),
      h('h2', {}, 'Orders in one only'), ordersTable(r.orders));
    chart = gapChart(host, r);
  }, e => main.replaceChildren(h('h1', {}, `Replay of run ${runId}`), errorBox((e as Error).message, 'replay-error')));
  return { dispose() { chart?.remove(); clear(main); } };
}

function summaryPanel(s: Replay['summary']): HTMLElement {
  const at = (path: string) => { const [group, key] = path.split('.'); return (s[group] as Row | undefined)?.[key]; };
  return h('div.stats', { id: 'replay-summary' }, SUMMARY.map(([key, label, fmt]) =>
    h('div.stat', { title: key, 'data-key': key }, h('div.stat-label', {}, label), h('div.stat-value', {}, fmt(at(key))))));
}

function fillsTable(fills: Row[]): HTMLElement {
  return h('div.table-wrap', {}, h('table.data', { id: 'replay-fills' },
    h('thead', {}, h('tr', {}, FILL_COLUMNS.map(([, label]) => h('th', {}, label)))),
    h('tbody', {}, fills.map(f => h(f.presence === 'both' ? 'tr' : 'tr.neg', { 'data-presence': String(f.presence) },
      FILL_COLUMNS.map(([key, , fmt]) => h('td', { 'data-col': key }, fmt(f[key]))))))));
}

function ordersTable(orders: Row[]): HTMLElement {
  const only = orders.filter(o => o.presence !== 'both');
  if (!only.length) return h('p.muted', { id: 'replay-orders' }, `All ${orders.length} orders are in both.`);
  return h('div.table-wrap', {}, h('table.data', { id: 'replay-orders' },
    h('thead', {}, h('tr', {}, ['In', 'Id', 'Side', 'Type', 'Time', 'Quantity', 'Status'].map(c => h('th', {}, c)))),
    h('tbody', {}, only.map(o => {
      const side = o.presence === 'live only' ? 'live' : 'backtest';
      return h('tr', { 'data-presence': String(o.presence) }, h('td', {}, String(o.presence)), h('td', {}, plain(o[`${side}_id`], 0)),
        h('td', {}, String(o.side)), h('td', {}, String(o.type)), h('td', {}, stamp(o[`${side}_time`])),
        h('td.num', {}, plain(o[`${side}_quantity`])), h('td', {}, String(o[`${side}_status`])));
    }))));
}

function gapChart(host: HTMLElement, r: Replay): IChartApi {
  const chart = createChart(host, {
    autoSize: true,
    layout: { background: { type: ColorType.Solid, color: '#ffffff' }, textColor: '#2b2f36', fontSize: 11, attributionLogo: false },
    grid: { vertLines: { color: '#f0f2f5' }, horzLines: { color: '#f0f2f5' } },
    timeScale: { timeVisible: true, secondsVisible: false },
    localization: { timeFormatter: (t: number) => time(t) },
  });
  const points = r.equity.filter(e => e.gap !== null).map(e => ({ time: (Date.parse(e.time) / 1000) as UTCTimestamp, value: e.gap! }));
  chart.addSeries(LineSeries, { color: '#2563eb', lineWidth: 2, title: 'gap', priceLineVisible: false }).setData(points);
  chart.timeScale().fitContent();
  host.dataset.points = String(points.length);
  return chart;
}
