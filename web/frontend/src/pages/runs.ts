// Runs: the history with filters; pick two to compare them side by side.
import { api } from '../api';
import { clear, h } from '../dom';
import { on } from '../events';
import { isoTime, num, pct, signed } from '../format';
import { getDataSets, getStrategies } from '../store';
import type { RunView } from '../types';
import { errorBox, Page } from './page';

export function runsPage(main: HTMLElement, preselect: string | null): Page {
  let disposed = false;
  const chosen = new Set<string>(preselect ? [preselect] : []);
  const strategy = h('select', { id: 'filter-strategy' }, h('option', { value: '' }, 'all strategies'));
  const data = h('select', { id: 'filter-data' }, h('option', { value: '' }, 'all data'));
  const status = h('select', { id: 'filter-status' },
    ['', 'done', 'failed', 'running', 'queued', 'cancelled', 'incomplete', 'stopped'].map(s => h('option', { value: s }, s || 'any status')));
  const q = h('input', { type: 'search', id: 'filter-q', placeholder: 'search parameters, ids…' });
  const compare = h('button.primary', { type: 'button', id: 'compare-button', disabled: true }, 'Compare selected');
  const hint = h('span.muted', {}, 'Select two finished runs to compare.');
  const table = h('div.table-wrap.tall');
  const where = h('p.muted', { id: 'store-info' });
  main.replaceChildren(
    h('h1', {}, 'Runs'), where,
    h('div.filters', {}, strategy, data, status, q, compare, hint),
    table);

  compare.addEventListener('click', () => {
    const [a, b] = [...chosen];
    if (a && b) location.hash = `#/compare/${encodeURIComponent(a)}/${encodeURIComponent(b)}`;
  });

  api.health().then(hl => {
    where.textContent = hl.recording ? `History from the run store ${hl.store} (runs of the CLI included).`
      : 'Runs are not recorded (serve --no-store): this list holds the runs of this session.';
  }, () => {});
  Promise.all([getStrategies(), getDataSets()]).then(([ss, ds]) => {
    strategy.append(...ss.map(s => h('option', { value: s.id }, s.id)));
    data.append(...ds.map(d => h('option', { value: d.id }, d.id)));
  }, () => {});

  let timer = 0;
  const refresh = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(load, 150);
  };
  for (const el of [strategy, data, status]) el.addEventListener('change', refresh);
  q.addEventListener('input', refresh);

  async function load(): Promise<void> {
    let runs: RunView[];
    try {
      runs = await api.runs({ strategy: strategy.value, data: data.value, status: status.value, q: q.value.trim() });
    } catch (e) {
      table.replaceChildren(errorBox((e as Error).message));
      return;
    }
    if (disposed) return;
    for (const id of [...chosen]) if (!runs.some(r => r.id === id)) chosen.delete(id);
    if (runs.length === 0) {
      table.replaceChildren(h('p.muted', {}, 'No runs match. Start one from Strategies.'));
      updateCompare();
      return;
    }
    table.replaceChildren(h('table.data', { id: 'runs-table' },
      h('thead', {}, h('tr', {}, ['', 'Run', 'Started', 'Strategy', 'Data', 'Range', 'Parameters', 'Status', 'Net profit',
        'Return', 'Max DD', 'Sharpe', 'Trades'].map(c => h('th', {}, c)))),
      h('tbody', {}, runs.map(row))));
    updateCompare();
  }

  function row(r: RunView): HTMLTableRowElement {
    const s = r.summary ?? {};
    const box = h('input', { type: 'checkbox', 'aria-label': `select run ${r.id}`, checked: chosen.has(r.id), disabled: !r.report });
    box.addEventListener('change', () => {
      if (box.checked) {
        chosen.add(r.id);
        if (chosen.size > 2) chosen.delete([...chosen][0]);
      } else chosen.delete(r.id);
      load();
    });
    const net = s.net_profit as number | undefined;
    return h('tr', { 'data-run': r.id },
      h('td', {}, box),
      h('td', {}, h('a', { href: `#/runs/${encodeURIComponent(r.id)}` }, r.id)),
      h('td', {}, isoTime(r.started ?? r.created)),
      h('td', {}, r.strategy),
      h('td', { title: r.symbol ?? '' }, r.data),
      h('td', {}, `${r.from ?? 'start'} → ${r.to ?? 'end'}`),
      h('td.params', {}, Object.entries(r.params).map(([k, v]) => `${k}=${v}`).join(' ')),
      h(`td.status-${r.status}` as 'td', { title: r.error ?? r.note ?? '' },
        r.status === 'running' && r.progress < 1 && r.progress > 0 ? `${Math.round(r.progress * 100)}%` : r.status),
      h(`td.num${typeof net === 'number' ? (net >= 0 ? '.pos' : '.neg') : ''}` as 'td', {}, signed(net)),
      h('td.num', {}, pct(s.total_return)),
      h('td.num', {}, pct(s.max_drawdown)),
      h('td.num', {}, num(s.sharpe)),
      h('td.num', {}, s.trades === undefined ? '–' : String(s.trades)));
  }

  function updateCompare(): void {
    compare.disabled = chosen.size !== 2;
    hint.textContent = chosen.size === 2 ? `Runs ${[...chosen].join(' and ')}` : 'Select two finished runs to compare.';
  }

  const off = on('run', refresh);
  load();
  return { dispose() { disposed = true; off(); window.clearTimeout(timer); clear(main); } };
}
