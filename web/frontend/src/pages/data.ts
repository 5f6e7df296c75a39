// Data: the bar files the server offers, with their symbol, timeframe, range and gaps.
import { api } from '../api';
import { clear, h } from '../dom';
import { isoTime, plain } from '../format';
import { getDataSets } from '../store';
import type { DataSummary } from '../types';
import { errorBox, Page } from './page';

export function dataPage(main: HTMLElement): Page {
  main.replaceChildren(h('h1', {}, 'Data'), h('p.muted', {}, 'Reading the files…'));
  getDataSets().then(sets => {
    main.replaceChildren(
      h('h1', {}, 'Data'),
      h('p.muted', {}, 'The bundled bar files (sample-data/) and the market data catalog (tradewind data import). Gaps are bars the calendar expects but the data lacks; weekends and up to two missing weekdays are not gaps in daily data.'),
      h('div.table-wrap', {}, h('table.data', { id: 'data-table' },
        h('thead', {}, h('tr', {}, ['Data', 'Source', 'Symbol', 'Timeframe', 'Bars', 'First', 'Last', 'Layout', 'Gaps', 'Missing bars', '']
          .map(c => h('th', {}, c)))),
        h('tbody', {}, sets.flatMap(row)))));
  }, e => main.replaceChildren(h('h1', {}, 'Data'), errorBox((e as Error).message)));
  return { dispose() { clear(main); } };
}

function row(d: DataSummary): HTMLTableRowElement[] {
  if (d.error) return [h('tr', { 'data-id': d.id }, h('td', {}, d.name), h('td', {}, d.source), h('td.neg', { colspan: 9 }, d.error))];
  const cell = h('td', { colspan: 11 });
  const gaps = h('tr.gap-list', { hidden: true }, cell);
  const fill = (s: DataSummary) => {
    cell.replaceChildren(s.gaps.length
      ? h('ul', {}, s.gaps.map(g => h('li', {}, `${isoTime(g.first)} → ${isoTime(g.last)} (${g.missing} bars)`)))
      : s.error ?? 'No gaps.');
    if (s.gap_count > s.gaps.length) cell.append(h('p.muted', {}, `First ${s.gaps.length} of ${s.gap_count} shown.`));
  };
  const toggle = h('button', { type: 'button', disabled: d.gap_count === 0 }, 'gaps');
  toggle.addEventListener('click', () => {
    gaps.hidden = !gaps.hidden;
    if (gaps.hidden) return;
    if (d.gaps.length || d.source !== 'catalog') fill(d);
    else {
      cell.textContent = 'Reading the gaps…';
      api.dataSet(d.id).then(fill, e => { cell.textContent = (e as Error).message; });
    }
  });
  return [h('tr', { 'data-id': d.id },
    h('td', {}, d.name), h('td', {}, d.source), h('td', {}, d.symbol ?? ''), h('td', {}, d.timeframe ?? ''), h('td.num', {}, plain(d.bars, 0)),
    h('td', {}, isoTime(d.first)), h('td', {}, isoTime(d.last)), h('td', {}, d.layout ?? ''),
    h(d.gap_count ? 'td.num.neg' : 'td.num', {}, String(d.gap_count)), h('td.num', {}, plain(d.missing_bars, 0)),
    h('td', {}, toggle)), gaps];
}
