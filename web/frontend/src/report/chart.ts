// The report chart: candles with trade markers, stop/target/entry levels as dashed step lines, the strategy's
// indicators, then equity and drawdown panes that share the price chart's time scale (one chart, several panes,
// so scrolling and zooming move all of them together).
import {
  AreaSeries, CandlestickSeries, ColorType, CrosshairMode, HistogramSeries, LineSeries, LineStyle, LineType,
  createChart, createSeriesMarkers,
} from 'lightweight-charts';
import type {
  IChartApi, ISeriesApi, ISeriesMarkersPluginApi, LineData, MouseEventParams, SeriesMarker, Time, UTCTimestamp,
  WhitespaceData,
} from 'lightweight-charts';
import type { Report, TradeView } from '../types';
import { decimalsOf, duration, plain, signed, time } from '../format';
import { h } from '../dom';

const COLORS = ['#2962ff', '#ff6d00', '#9c27b0', '#00897b', '#c2185b', '#6d4c41', '#546e7a', '#7cb342'];
const UP = '#26a69a';
const DOWN = '#ef5350';
const HIGHLIGHT = '#f5a623';
/** Width of one character of a marker label at the chart's 11 px font, and the gap kept between labels. */
const CHAR_PX = 6.6;
const LABEL_GAP_PX = 6;
/**
 * The most trades in view whose markers are drawn: a year of 1-minute bars held 20,000 trades, whose 40,000 markers
 * (placed and labelled again at every scroll) kept the page busy for 13 s. Beyond it only the selected and the
 * hovered trade have markers, until a zoom brings fewer trades into view.
 */
const MARKED_TRADES = 1000;

export interface OverlayHandle { spec: string; color: string; pane: 'price' | 'own'; series: ISeriesApi<'Line'> }

export class TradeChart {
  readonly overlays: OverlayHandle[] = [];
  private readonly chart: IChartApi;
  private readonly candles: ISeriesApi<'Candlestick'>;
  private readonly markers: ISeriesMarkersPluginApi<Time>;
  private readonly band: ISeriesApi<'Histogram'>;
  private readonly tooltip: HTMLElement;
  private readonly legend: HTMLElement;
  private readonly times: number[];
  private selected: number | null = null;
  private hovered: number | null = null;
  /** Which markers carry their text: those with room beside their neighbours, the selected and the hovered trade. */
  private labelled = new Set<string>();
  private labelKey = '';
  /** Indexes of the trades with markers: those in view, unless there are more than {@link MARKED_TRADES}. */
  private marked: number[] = [];
  /** The longest trade, in seconds: a trade that closed this long after the view's end opened after it. */
  private readonly longest: number;
  private readonly qtyDecimals: number;
  private readonly tradeListeners: ((index: number) => void)[] = [];

  constructor(readonly host: HTMLElement, private readonly report: Report) {
    const r = report;
    this.times = r.bars.time;
    this.longest = r.trades.reduce((m, t) => Math.max(m, t.exit_time - t.entry_time), 0);
    const decimals = decimalsOf(r.config.instrument.tick);
    this.qtyDecimals = r.config.instrument.lot > 0 ? decimalsOf(r.config.instrument.lot) : 8;
    this.chart = createChart(host, {
      autoSize: true,
      layout: {
        background: { type: ColorType.Solid, color: '#ffffff' },
        textColor: '#2b2f36',
        fontSize: 11,
        panes: { separatorColor: '#d9dde3', separatorHoverColor: '#b0b8c4', enableResize: true },
      },
      grid: { vertLines: { color: '#f0f2f5' }, horzLines: { color: '#f0f2f5' } },
      crosshair: { mode: CrosshairMode.Normal },
      timeScale: { timeVisible: true, secondsVisible: false, borderColor: '#d9dde3', minBarSpacing: 0.001 },
      rightPriceScale: { borderColor: '#d9dde3' },
      localization: { timeFormatter: (t: Time) => time(t as number) },
    });

    this.candles = this.chart.addSeries(CandlestickSeries, {
      upColor: UP, downColor: DOWN, wickUpColor: UP, wickDownColor: DOWN, borderVisible: false,
      priceFormat: { type: 'price', precision: decimals, minMove: r.config.instrument.tick > 0 ? r.config.instrument.tick : 0.01 },
    }, 0);
    this.candles.setData(r.bars.time.map((t, i) => ({
      time: t as UTCTimestamp, open: r.bars.open[i], high: r.bars.high[i], low: r.bars.low[i], close: r.bars.close[i],
    })));

    // The highlighted trade: a translucent band over its bars, on a hidden scale spanning the pane.
    this.band = this.chart.addSeries(HistogramSeries, {
      priceScaleId: 'band', color: 'rgba(245, 166, 35, 0.16)', priceLineVisible: false, lastValueVisible: false,
      base: 0,
    }, 0);
    this.chart.priceScale('band', 0).applyOptions({ visible: false, scaleMargins: { top: 0, bottom: 0 } });

    this.level(r.levels.stop, DOWN, 'stop');
    this.level(r.levels.target, UP, 'target');
    this.level(r.levels.entry, '#7e57c2', 'entry order');

    let pane = 1;
    r.indicators.forEach((ind, k) => {
      const color = COLORS[k % COLORS.length];
      const own = ind.pane === 'own';
      const series = this.chart.addSeries(LineSeries, {
        color, lineWidth: 1, priceLineVisible: false, lastValueVisible: own, crosshairMarkerVisible: false,
        title: ind.timeframe ? `${ind.spec} @${ind.timeframe}` : ind.spec,
        lineType: ind.timeframe ? LineType.WithSteps : LineType.Simple,
      }, own ? pane++ : 0);
      series.setData(line(this.times, ind.values));
      this.overlays.push({ spec: ind.spec, color, pane: ind.pane, series });
    });

    const equityPane = pane;
    const equity = this.chart.addSeries(AreaSeries, {
      lineColor: '#2962ff', topColor: 'rgba(41, 98, 255, 0.25)', bottomColor: 'rgba(41, 98, 255, 0.02)', lineWidth: 2,
      priceLineVisible: false, title: 'equity', priceFormat: { type: 'price', precision: 2, minMove: 0.01 },
    }, equityPane);
    equity.setData(line(this.times, r.account.equity));
    const drawdown = this.chart.addSeries(AreaSeries, {
      lineColor: DOWN, topColor: 'rgba(239, 83, 80, 0.02)', bottomColor: 'rgba(239, 83, 80, 0.35)', lineWidth: 1,
      invertFilledArea: true, priceLineVisible: false, title: 'drawdown %',
      priceFormat: { type: 'custom', minMove: 0.01, formatter: (p: number) => p.toFixed(2) + '%' },
    }, equityPane + 1);
    drawdown.setData(line(this.times, r.account.drawdown.map(d => -d * 100)));

    const panes = this.chart.panes();
    panes[0].setStretchFactor(3);
    for (let i = 1; i < equityPane; i++) panes[i].setStretchFactor(0.8);
    panes[equityPane].setStretchFactor(1.2);
    panes[equityPane + 1].setStretchFactor(0.7);

    this.markers = createSeriesMarkers(this.candles, []);
    host.dataset.markers = '0';
    host.dataset.labelled = '0';
    this.tooltip = h('div.chart-tooltip', { role: 'tooltip', hidden: true });
    this.legend = h('div.chart-legend');
    host.append(this.tooltip, this.legend);
    this.showLegend(this.times.length - 1);
    this.chart.subscribeCrosshairMove(p => this.onCrosshair(p));
    this.chart.subscribeClick(p => {
      const i = this.tradeAt(p);
      if (i !== null) this.tradeListeners.forEach(l => l(i));
    });
    this.chart.timeScale().subscribeVisibleTimeRangeChange(range => {
      host.dataset.visibleFrom = range ? String(range.from) : '';
      host.dataset.visibleTo = range ? String(range.to) : '';
    });
    // Labels only where they have room: a dense chart shows bare arrows, zooming in (or hovering a trade) shows text.
    this.chart.timeScale().subscribeVisibleLogicalRangeChange(() => this.relabel());
    this.chart.timeScale().subscribeSizeChange(() => this.relabel());
    this.chart.timeScale().fitContent();
  }

  /** Called with the trade's index when a trade is clicked on the chart. */
  onTradeClick(listener: (index: number) => void): void { this.tradeListeners.push(listener); }

  /** Scrolls and zooms to a trade (with some bars of context), highlights it and its markers. */
  focusTrade(index: number): void {
    const t = this.report.trades[index];
    if (!t) return;
    this.selected = index;
    const span = Math.max(1, t.exit_index - t.entry_index);
    const pad = Math.max(20, Math.round(span * 0.6));
    this.chart.timeScale().setVisibleLogicalRange({ from: t.entry_index - pad, to: t.exit_index + pad });
    const band: ({ time: UTCTimestamp; value: number } | WhitespaceData<Time>)[] = [];
    for (let i = t.entry_index; i <= Math.min(t.exit_index, this.times.length - 1); i++) {
      band.push({ time: this.times[i] as UTCTimestamp, value: 1 });
    }
    this.band.setData(band);
    this.relabel(true);
    this.host.dataset.selectedTrade = String(t.id);
  }

  setOverlayVisible(spec: string, visible: boolean): void {
    for (const o of this.overlays) if (o.spec === spec) o.series.applyOptions({ visible });
  }

  fit(): void { this.chart.timeScale().fitContent(); }

  remove(): void { this.chart.remove(); }

  private level(values: (number | null)[], color: string, title: string): void {
    if (!values.some(v => v !== null)) return;
    const s = this.chart.addSeries(LineSeries, {
      color, lineWidth: 1, lineStyle: LineStyle.Dashed, lineType: LineType.WithSteps, priceLineVisible: false,
      lastValueVisible: false, crosshairMarkerVisible: false, title,
    }, 0);
    s.setData(line(this.times, values, color));
  }

  /** A trade's quantity at the instrument's lot precision (a lot of 0.1 shows 12.3, not 12.300000). */
  private qty(q: number): string { return plain(q, this.qtyDecimals); }

  private entryText(t: TradeView): string { return `${t.side === 'long' ? 'Buy' : 'Sell'} ${this.qty(t.quantity)}`; }

  private exitText(t: TradeView): string { return `${t.side === 'long' ? 'Sell' : 'Buy'} ${this.qty(t.quantity)} ${signed(t.net_pnl)}`; }

  /**
   * Decides which markers carry text: a label is drawn only when its nearest neighbour on the same side of the bars
   * is far enough that the two texts do not overlap; the selected and the hovered trade are always labelled. Sets
   * the markers again only when that choice changed.
   */
  private relabel(force = false): void {
    const ts = this.chart.timeScale();
    const width = ts.width();
    const inView = this.inView();
    const marked = inView.length > MARKED_TRADES ? [] : inView;
    this.host.dataset.tradesInView = String(inView.length);
    const next = new Set<string>();
    type Spot = { id: string; x: number; w: number; above: boolean };
    const spots: Spot[] = [];
    marked.forEach(i => {
      const t = this.report.trades[i];
      const long = t.side === 'long';
      for (const [kind, time, text, above] of [
        ['entry', t.entry_time, this.entryText(t), !long], ['exit', t.exit_time, this.exitText(t), long],
      ] as const) {
        const x = ts.timeToCoordinate(time as UTCTimestamp);
        if (x === null || x < -200 || x > width + 200) continue;
        spots.push({ id: `t${i}:${kind}`, x, w: text.length * CHAR_PX, above });
      }
    });
    for (const above of [true, false]) {
      const side = spots.filter(p => p.above === above).sort((a, b) => a.x - b.x);
      side.forEach((p, k) => {
        const prev = side[k - 1];
        const after = side[k + 1];
        const roomBefore = !prev || p.x - prev.x >= (p.w + prev.w) / 2 + LABEL_GAP_PX;
        const roomAfter = !after || after.x - p.x >= (p.w + after.w) / 2 + LABEL_GAP_PX;
        if (roomBefore && roomAfter) next.add(p.id);
      });
    }
    for (const i of [this.selected, this.hovered]) {
      if (i !== null) next.add(`t${i}:entry`).add(`t${i}:exit`);
    }
    const key = `${marked.length ? `${marked[0]}-${marked[marked.length - 1]}` : '-'}:${[...next].sort().join(',')}`;
    if (!force && key === this.labelKey) return;
    this.labelKey = key;
    this.labelled = next;
    this.marked = marked;
    const markers = this.tradeMarkers();
    this.markers.setMarkers(markers);
    this.host.dataset.markers = String(markers.length);
    const shown = markers.filter(m => m.text);
    this.host.dataset.labelled = String(shown.length);
    this.host.dataset.labels = shown.slice(0, 20).map(m => m.text).join('|');
  }

  /**
   * The trades with a bar in the visible time range (in closing order, as the report lists them), found from the
   * first one closing in view: none before it closes in view, and one closing more than the longest trade after the
   * view opened after it.
   */
  private inView(): number[] {
    const range = this.chart.timeScale().getVisibleRange();
    const trades = this.report.trades;
    if (!range || trades.length === 0) return [];
    const to = range.to as number;
    const out: number[] = [];
    for (let i = this.firstClosingFrom(range.from as number); i < trades.length && trades[i].exit_time <= to + this.longest; i++) {
      if (trades[i].entry_time <= to) out.push(i);
    }
    return out;
  }

  private tradeMarkers(): SeriesMarker<Time>[] {
    const out: SeriesMarker<Time>[] = [];
    const shown = new Set(this.marked);
    for (const i of [this.selected, this.hovered]) if (i !== null) shown.add(i);
    [...shown].forEach(i => {
      const t = this.report.trades[i];
      const sel = i === this.selected;
      const long = t.side === 'long';
      out.push({
        id: `t${i}:entry`, time: t.entry_time as UTCTimestamp, position: long ? 'belowBar' : 'aboveBar',
        shape: long ? 'arrowUp' : 'arrowDown', color: sel ? HIGHLIGHT : long ? '#1e88e5' : '#8e24aa', size: sel ? 2 : 1,
        text: this.labelled.has(`t${i}:entry`) ? this.entryText(t) : undefined,
      });
      out.push({
        id: `t${i}:exit`, time: t.exit_time as UTCTimestamp, position: long ? 'aboveBar' : 'belowBar',
        shape: long ? 'arrowDown' : 'arrowUp', color: sel ? HIGHLIGHT : t.net_pnl >= 0 ? UP : DOWN, size: sel ? 2 : 1,
        text: this.labelled.has(`t${i}:exit`) ? this.exitText(t) : undefined,
      });
    });
    out.sort((a, b) => (a.time as number) - (b.time as number));
    return out;
  }

  /** The trade under the pointer: a hovered marker, else the trade whose bars include the hovered time. */
  private tradeAt(p: MouseEventParams<Time>): number | null {
    const id = p.hoveredObjectId;
    if (typeof id === 'string' && id.startsWith('t')) return Number(id.slice(1, id.indexOf(':')));
    if (p.time === undefined) return null;
    const t = p.time as number;
    const trades = this.report.trades;
    const lo = this.firstClosingFrom(t);
    return lo < trades.length && trades[lo].entry_time <= t ? lo : null;
  }

  /** The first trade (in closing order, as the report lists them) that closes at or after time {@code t}. */
  private firstClosingFrom(t: number): number {
    const trades = this.report.trades;
    let lo = 0;
    let hi = trades.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (trades[mid].exit_time < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private onCrosshair(p: MouseEventParams<Time>): void {
    if (p.time === undefined || !p.point) {
      this.hover(null);
      this.tooltip.hidden = true;
      this.showLegend(this.times.length - 1);
      return;
    }
    this.showLegend(p.logical !== undefined ? Math.round(p.logical) : this.times.length - 1);
    const i = this.tradeAt(p);
    this.hover(i);
    if (i === null) {
      this.tooltip.hidden = true;
      return;
    }
    this.renderTooltip(this.report.trades[i]);
    const w = this.host.clientWidth;
    const x = p.point.x + 16 + 260 > w ? p.point.x - 276 : p.point.x + 16;
    this.tooltip.style.left = `${Math.max(4, x)}px`;
    this.tooltip.style.top = `${Math.max(4, p.point.y - 20)}px`;
    this.tooltip.hidden = false;
  }

  private hover(i: number | null): void {
    if (i === this.hovered) return;
    this.hovered = i;
    this.host.dataset.hoveredTrade = i === null ? '' : String(this.report.trades[i].id);
    this.relabel();
  }

  private renderTooltip(t: TradeView): void {
    const row = (k: string, v: string, cls = '') => h('tr', {}, h('th', {}, k), h(`td${cls}` as 'td', {}, v));
    const pnlClass = t.net_pnl >= 0 ? '.pos' : '.neg';
    this.tooltip.replaceChildren(
      h('div.tt-title', {}, `Trade ${t.id} · ${t.side} ${this.qty(t.quantity)}`),
      h('table', {},
        row('Entry', `${time(t.entry_time)} @ ${plain(t.entry_price)}`),
        row('Exit', `${time(t.exit_time)} @ ${plain(t.exit_price)}`),
        row('PnL', `${signed(t.net_pnl)}${t.return_pct === null ? '' : ` (${signed(t.return_pct)}%)`}`, pnlClass),
        row('MAE', signed(t.mae), '.neg'),
        row('MFE', signed(t.mfe), '.pos'),
        row('Duration', `${duration(t.duration_seconds)} · ${t.bars_held} bars`)));
  }

  private showLegend(i: number): void {
    const r = this.report;
    if (i < 0 || i >= this.times.length) return;
    const d = decimalsOf(r.config.instrument.tick);
    const f = (x: number) => x.toFixed(d);
    const up = r.bars.close[i] >= r.bars.open[i];
    this.legend.replaceChildren(
      h('b', {}, `${r.run.symbol} ${r.run.timeframe ?? ''}`), ' ',
      h('span', {}, time(this.times[i])), ' ',
      h(up ? 'span.pos' : 'span.neg', {},
        `O ${f(r.bars.open[i])} H ${f(r.bars.high[i])} L ${f(r.bars.low[i])} C ${f(r.bars.close[i])}`), ' ',
      h('span.muted', {}, `equity ${r.account.equity[i].toFixed(2)}`));
  }
}

/**
 * Line points with whitespace where a value is missing. The chart joins the points on either side of whitespace and
 * colours a segment by the point it starts from, so for levels ({@code color} given) the last point before a gap is
 * drawn transparent: the joining segment disappears and each working order shows as its own dashed run.
 */
function line(times: number[], values: (number | null)[], color?: string): (LineData<Time> | WhitespaceData<Time>)[] {
  const out: (LineData<Time> | WhitespaceData<Time>)[] = new Array(times.length);
  for (let i = 0; i < times.length; i++) {
    const v = values[i];
    const t = times[i] as UTCTimestamp;
    if (v === null || v === undefined) out[i] = { time: t };
    else if (color === undefined) out[i] = { time: t, value: v };
    else out[i] = { time: t, value: v, color: values[i + 1] === null ? 'rgba(0,0,0,0)' : color };
  }
  return out;
}
