// Two runs side by side: their parameters, every setting of their config.json (instrument, costs, execution and risk
// rules...) and statistics with the differences marked, and both equity curves (as returns, so different starting
// cash compares) with their drawdowns on one time axis that opens fitted to both runs' periods.
import { AreaSeries, ColorType, LineSeries, createChart } from 'lightweight-charts';
import type { IChartApi, UTCTimestamp } from 'lightweight-charts';
import { api, ApiError } from '../api';
import { clear, h } from '../dom';
import { leaves, settingText } from '../form';
import { time } from '../format';
import { getSettingsSchema } from '../store';
import { STAT_ROWS } from '../report/stats';
import type { Report, Settings, SettingsSchema } from '../types';
import { errorBox, Page } from './page';

const A = '#2962ff';
const B = '#ff6d00';

export function comparePage(main: HTMLElement, a: string, b: string): Page {
  let chart: IChartApi | null = null;
  main.replaceChildren(h('h1', {}, `Compare runs ${a} and ${b}`), h('p.muted', {}, 'Loading…'));
  Promise.all([api.report(a), api.report(b), getSettingsSchema()]).then(([ra, rb, schema]) => {
    const chartHost = h('div.chart.compare-chart', { id: 'compare-chart' });
    main.replaceChildren(
      h('h1', {}, `Compare runs ${a} and ${b}`),
      h('div.compare-heads', {}, head(ra, A), head(rb, B)),
      h('h2', {}, 'Equity (return since start) and drawdown'),
      chartHost,
      h('div.two-columns.compare', {}, paramsTable(ra, rb, schema), statsTable(ra, rb)));
    chart = equityChart(chartHost, ra, rb);
  }, e => main.replaceChildren(h('h1', {}, `Compare runs ${a} and ${b}`),
    errorBox(e instanceof ApiError ? e.message : String(e))));
  return { dispose() { chart?.remove(); clear(main); } };
}

function head(r: Report, color: string): HTMLElement {
  return h('div.compare-head', { style: `border-top: 3px solid ${color}` },
    h('a', { href: `#/runs/${encodeURIComponent(r.run_id ?? '')}` }, `Run ${r.run_id}`), ' ',
    h('b', {}, r.run.strategy_name), ` on ${r.run.symbol} ${r.run.timeframe ?? ''}`,
    h('div.muted', {}, `${r.run.first?.slice(0, 16).replace('T', ' ')} → ${r.run.last?.slice(0, 16).replace('T', ' ')} · ${r.run.data}`));
}

/** config.json fields shown in their own rows above the settings (or not at all: the data's fingerprint). */
const RUN_FIELDS = new Set(['data', 'data_sha256', 'strategy', 'strategy_sha256', 'params', 'from', 'to']);

function paramsTable(ra: Report, rb: Report, schema: SettingsSchema): HTMLElement {
  const keys = [...new Set([...Object.keys(ra.run.params), ...Object.keys(rb.run.params)])];
  type Row = readonly [string, string, string] | string;
  const runRows: [string, (r: Report) => string][] = [
    ['strategy', r => r.run.strategy],
    ['strategy source', r => typeof r.config.strategy_sha256 === 'string' ? `sha256 ${r.config.strategy_sha256.slice(0, 12)}` : 'built-in'],
    ['data', r => r.run.data], ['symbol', r => r.run.symbol], ['from', r => r.config.from ?? 'start'], ['to', r => r.config.to ?? 'end'],
  ];
  const rows: Row[] = [
    ...runRows.map(([k, f]) => [k, f(ra), f(rb)] as const),
    ...(keys.length ? ['Parameters'] : []),
    ...keys.map(k => [k, ra.run.params[k] ?? '–', rb.run.params[k] ?? '–'] as const),
  ];
  // Every setting of both config.json files, grouped as the run form groups them; unknown ones at the end.
  const settings = (r: Report) => new Map(leaves(Object.fromEntries(Object.entries(r.config as Settings)
    .filter(([k]) => !RUN_FIELDS.has(k) && k !== 'symbol'))));
  const sa = settings(ra);
  const sb = settings(rb);
  const shown = (m: Map<string, unknown>, k: string) => m.has(k) ? settingText(m.get(k)) || 'none' : '–';
  const seen = new Set<string>();
  let group = '';
  for (const f of schema.fields) {
    if (f.group !== group) rows.push(group = f.group);
    rows.push([f.label, shown(sa, f.key), shown(sb, f.key)]);
    seen.add(f.key);
  }
  const others = [...new Set([...sa.keys(), ...sb.keys()])].filter(k => !seen.has(k));
  if (others.length) rows.push('Other settings');
  for (const k of others) rows.push([k, shown(sa, k), shown(sb, k)]);
  return h('section', {}, h('h2', {}, 'Parameters and settings'),
    h('table.data.compare-table', { id: 'compare-params' },
      h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', {}, `Run ${ra.run_id}`), h('th', {}, `Run ${rb.run_id}`))),
      h('tbody', {}, rows.map(row => typeof row === 'string'
        ? h('tr.group', {}, h('th', { colspan: 3 }, row))
        : h(row[1] !== row[2] ? 'tr.differs' : 'tr', {}, h('th', {}, row[0]), h('td', {}, row[1]), h('td', {}, row[2]))))));
}

function statsTable(ra: Report, rb: Report): HTMLElement {
  return h('section', {}, h('h2', {}, 'Statistics'),
    h('table.data.compare-table', { id: 'compare-stats' },
      h('thead', {}, h('tr', {}, ['', `Run ${ra.run_id}`, `Run ${rb.run_id}`, 'Better'].map(c => h('th', {}, c)))),
      h('tbody', {}, STAT_ROWS.map(([key, label, fmt, good]) => {
        const x = ra.stats[key];
        const y = rb.stats[key];
        let better = '';
        if (good && typeof x === 'number' && typeof y === 'number' && x !== y) {
          better = (good === 'high') === (x > y) ? `run ${ra.run_id}` : `run ${rb.run_id}`;
        }
        return h('tr', {}, h('th', {}, label), h('td.num', {}, fmt(x)), h('td.num', {}, fmt(y)), h('td', {}, better));
      }))));
}

function equityChart(host: HTMLElement, ra: Report, rb: Report): IChartApi {
  const chart = createChart(host, {
    autoSize: true,
    layout: { background: { type: ColorType.Solid, color: '#fff' }, textColor: '#2b2f36', fontSize: 11 },
    grid: { vertLines: { color: '#f0f2f5' }, horzLines: { color: '#f0f2f5' } },
    // A month of 1-minute bars needs far less than the default 0.5 px per bar to fit in view.
    timeScale: { timeVisible: true, secondsVisible: false, minBarSpacing: 0.0001 },
    localization: { timeFormatter: (t: number) => time(t) },
  });
  const percent = { type: 'custom' as const, minMove: 0.01, formatter: (p: number) => p.toFixed(2) + '%' };
  [[ra, A], [rb, B]].forEach(([r, color]) => {
    const rep = r as Report;
    const start = rep.account.starting_cash;
    chart.addSeries(LineSeries, { color: color as string, lineWidth: 2, title: `run ${rep.run_id}`, priceFormat: percent }, 0)
      .setData(rep.bars.time.map((t, i) => ({ time: t as UTCTimestamp, value: (rep.account.equity[i] / start - 1) * 100 })));
    chart.addSeries(AreaSeries, {
      lineColor: color as string, topColor: 'rgba(0,0,0,0)', bottomColor: `${color}55`, lineWidth: 1, invertFilledArea: true,
      title: `DD ${rep.run_id}`, priceFormat: percent, priceLineVisible: false,
    }, 1).setData(rep.bars.time.map((t, i) => ({ time: t as UTCTimestamp, value: -rep.account.drawdown[i] * 100 })));
  });
  chart.panes()[0].setStretchFactor(2);
  const first = Math.min(ra.bars.time[0] ?? Infinity, rb.bars.time[0] ?? Infinity);
  const last = Math.max(ra.bars.time[ra.bars.time.length - 1] ?? -Infinity, rb.bars.time[rb.bars.time.length - 1] ?? -Infinity);
  host.dataset.first = String(first);
  host.dataset.last = String(last);
  chart.timeScale().subscribeVisibleTimeRangeChange(range => {
    host.dataset.visibleFrom = range ? String(range.from) : '';
    host.dataset.visibleTo = range ? String(range.to) : '';
  });
  // Fit once the chart has its size (autoSize measures the host after layout), and again on the first resize.
  const fit = () => chart.timeScale().fitContent();
  fit();
  let fitted = false;
  const observer = new ResizeObserver(() => {
    if (fitted || host.clientWidth === 0) return;
    fitted = true;
    requestAnimationFrame(fit);
    observer.disconnect();
  });
  observer.observe(host);
  return chart;
}
