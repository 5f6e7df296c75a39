// Two runs side by side: their parameters and statistics with the differences marked, and both equity curves (as
// returns, so different starting cash compares) with their drawdowns on one time axis.
import { AreaSeries, ColorType, LineSeries, createChart } from 'lightweight-charts';
import type { IChartApi, UTCTimestamp } from 'lightweight-charts';
import { api, ApiError } from '../api';
import { clear, h } from '../dom';
import { time } from '../format';
import { STAT_ROWS } from '../report/stats';
import type { Report } from '../types';
import { errorBox, Page } from './page';

const A = '#2962ff';
const B = '#ff6d00';

export function comparePage(main: HTMLElement, a: string, b: string): Page {
  let chart: IChartApi | null = null;
  main.replaceChildren(h('h1', {}, `Compare runs ${a} and ${b}`), h('p.muted', {}, 'Loading…'));
  Promise.all([api.report(a), api.report(b)]).then(([ra, rb]) => {
    const chartHost = h('div.chart.compare-chart', { id: 'compare-chart' });
    main.replaceChildren(
      h('h1', {}, `Compare runs ${a} and ${b}`),
      h('div.compare-heads', {}, head(ra, A), head(rb, B)),
      h('h2', {}, 'Equity (return since start) and drawdown'),
      chartHost,
      h('div.two-columns.compare', {}, paramsTable(ra, rb), statsTable(ra, rb)));
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

function paramsTable(ra: Report, rb: Report): HTMLElement {
  const keys = [...new Set([...Object.keys(ra.run.params), ...Object.keys(rb.run.params)])];
  const settings: [string, (r: Report) => string][] = [
    ['strategy', r => r.run.strategy],
    ['strategy source', r => typeof r.config.strategy_sha256 === 'string' ? `sha256 ${r.config.strategy_sha256.slice(0, 12)}` : 'built-in'],
    ['data', r => r.run.data], ['from', r => r.config.from ?? 'start'],
    ['to', r => r.config.to ?? 'end'], ['cash', r => String(r.config.cash)],
    ['commission %', r => String(r.config.commission.percent)], ['slippage bps', r => String(r.config.slippage_bps)],
    ['fill', r => r.config.fill],
  ];
  const rows = [
    ...settings.map(([k, f]) => [k, f(ra), f(rb)] as const),
    ...keys.map(k => [k, ra.run.params[k] ?? '–', rb.run.params[k] ?? '–'] as const),
  ];
  return h('section', {}, h('h2', {}, 'Parameters and settings'),
    h('table.data.compare-table', { id: 'compare-params' },
      h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', {}, `Run ${ra.run_id}`), h('th', {}, `Run ${rb.run_id}`))),
      h('tbody', {}, rows.map(([k, x, y]) => h(x !== y ? 'tr.differs' : 'tr', {}, h('th', {}, k), h('td', {}, x), h('td', {}, y))))));
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
    timeScale: { timeVisible: true, secondsVisible: false },
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
  chart.timeScale().fitContent();
  return chart;
}
