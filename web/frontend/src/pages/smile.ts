// Options: the volatility smile of one expiry of a bundled option chain snapshot: implied volatility by strike, the
// out-of-the-money curve (puts below the forward, calls above) with every call and put volatility as points.
import { createOptionsChart, LineSeries, LineStyle, type IChartApiBase, type ISeriesApi } from 'lightweight-charts';
import { api } from '../api';
import { clear, h } from '../dom';
import { num, pct, plain } from '../format';
import type { ChainView, Smile } from '../types';
import { errorBox, Page } from './page';

const pctOf = (x: number | null) => (x === null ? '–' : pct(x, 2));

export function smilePage(main: HTMLElement, chainId: string | null, expiryParam: string | null): Page {
  let disposed = false;
  let chart: IChartApiBase<number> | null = null;
  const chainSelect = h('select', { id: 'smile-chain' });
  const expirySelect = h('select', { id: 'smile-expiry' });
  const info = h('p.muted', { id: 'smile-info' });
  const host = h('div.chart.smile-chart', { id: 'smile-chart' });
  const table = h('div.table-wrap');
  const message = h('div');
  main.replaceChildren(h('h1', {}, 'Volatility smile'),
    h('p.muted', {}, 'Implied volatility by strike for one expiry of an option chain snapshot in sample-data/chains: '
      + 'each two-sided mid solved for a Black-76 volatility on the expiry\'s put-call parity forward, at the rate the '
      + 'chain\'s own parity implies. The line is the out-of-the-money curve (puts below the forward, calls above); the '
      + 'points are every call (green) and put (red) that fits; the dashed level is the volatility at the money.'),
    h('div.filters', {}, h('label', { for: 'smile-chain' }, 'Chain '), chainSelect, h('label', { for: 'smile-expiry' }, ' Expiry '), expirySelect),
    message, info, host, table);

  let chains: ChainView[] = [];

  const route = () => {
    location.hash = `#/smile/${encodeURIComponent(chainSelect.value)}?expiry=${encodeURIComponent(expirySelect.value)}`;
  };
  chainSelect.addEventListener('change', () => {
    const c = chains.find(x => x.id === chainSelect.value);
    if (c) expirySelect.value = c.expiries[0];
    route();
  });
  expirySelect.addEventListener('change', route);

  function draw(s: Smile): void {
    chart?.remove();
    clear(host);
    chart = createOptionsChart(host, {
      autoSize: true,
      layout: { background: { color: '#ffffff' }, textColor: '#334155', attributionLogo: false },
      grid: { vertLines: { color: '#eef1f5' }, horzLines: { color: '#eef1f5' } },
      rightPriceScale: { scaleMargins: { top: 0.1, bottom: 0.1 } },
      localization: { priceFormatter: (v: number) => `${(v * 100).toFixed(1)}%` },
    });
    const line = chart.addSeries(LineSeries, { color: '#2563eb', lineWidth: 2, title: 'OTM', priceLineVisible: false, lastValueVisible: false });
    line.setData(s.otm.map(([k, v]) => ({ time: k, value: v })));
    const dots = (color: string, values: [number, number][]): ISeriesApi<'Line', number> => {
      const series = chart!.addSeries(LineSeries, {
        color, lineVisible: false, pointMarkersVisible: true, pointMarkersRadius: 2.5, priceLineVisible: false,
        lastValueVisible: false, crosshairMarkerVisible: false,
      });
      series.setData(values.map(([k, v]) => ({ time: k, value: v })));
      return series;
    };
    const calls = s.points.filter(p => p.call_iv !== null).map(p => [p.strike, p.call_iv!] as [number, number]);
    const puts = s.points.filter(p => p.put_iv !== null).map(p => [p.strike, p.put_iv!] as [number, number]);
    dots('#16a34a', calls);
    dots('#dc2626', puts);
    const atm = s.otm.reduce((best, p) => Math.abs(p[0] - s.forward) < Math.abs(best[0] - s.forward) ? p : best, s.otm[0]);
    if (atm) line.createPriceLine({ price: atm[1], color: '#64748b', lineStyle: LineStyle.Dashed, lineWidth: 1, axisLabelVisible: true, title: 'ATM' });
    chart.timeScale().fitContent();
    host.dataset.expiry = s.expiry;
    host.dataset.points = String(s.otm.length);
    host.dataset.calls = String(calls.length);
    host.dataset.puts = String(puts.length);
    host.dataset.forward = String(s.forward);
  }

  function tabulate(s: Smile): void {
    table.replaceChildren(h('table.data', { id: 'smile-table' },
      h('thead', {}, h('tr', {}, ['Strike', 'Call mid', 'Call IV', 'Put mid', 'Put IV', 'No volatility fits'].map(c => h('th', {}, c)))),
      h('tbody', {}, s.points.filter(p => p.call_status !== null || p.put_status !== null).map(p => h('tr', { 'data-strike': p.strike },
        h('td.num', {}, plain(p.strike)),
        h('td.num', {}, p.call_mid === null ? '–' : num(p.call_mid)),
        h('td.num', { 'data-col': 'call_iv' }, pctOf(p.call_iv)),
        h('td.num', {}, p.put_mid === null ? '–' : num(p.put_mid)),
        h('td.num', { 'data-col': 'put_iv' }, pctOf(p.put_iv)),
        h('td', {}, [p.call_status && p.call_status !== 'fit' ? `call: ${p.call_status}` : '',
          p.put_status && p.put_status !== 'fit' ? `put: ${p.put_status}` : ''].filter(Boolean).join('; ')))))));
  }

  (async () => {
    try {
      chains = await api.chains();
      if (disposed) return;
      if (chains.length === 0) {
        message.replaceChildren(h('p.muted', {}, 'No option chain snapshot in sample-data/chains.'));
        return;
      }
      const chain = chains.find(c => c.id === chainId) ?? chains[0];
      chainSelect.replaceChildren(...chains.map(c => h('option', { value: c.id, selected: c.id === chain.id }, `${c.underlying} ${c.id}`)));
      const expiry = expiryParam && chain.expiries.includes(expiryParam) ? expiryParam
        : chain.expiries.find(e => e > chain.quote_time.slice(0, 10)) ?? chain.expiries[0];
      expirySelect.replaceChildren(...chain.expiries.map(e => h('option', { value: e, selected: e === expiry }, e)));
      const s = await api.smile(chain.id, expiry);
      if (disposed) return;
      info.textContent = `${chain.underlying} quoted ${chain.quote_time.slice(0, 16).replace('T', ' ')} (New York); expiry ${s.expiry}, `
        + `${num(s.years * 365, 2)} days; rate ${pct(s.rate, 2)} (put-call parity); forward ${num(s.forward)}`
        + `${s.spot !== null ? `, spot ${num(s.spot)}` : ''}; ${s.fitted} quotes fit, ${s.unfitted} do not (listed below).`;
      draw(s);
      tabulate(s);
    } catch (e) {
      if (!disposed) message.replaceChildren(errorBox((e as Error).message, 'smile-error'));
    }
  })();

  return { dispose() { disposed = true; chart?.remove(); clear(main); } };
}
