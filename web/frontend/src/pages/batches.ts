// Batches: the weighted batches the server found (tradewind weight outputs), and one batch as a sortable table of its
// members with their weights and statistics; a member's report is a backtest of it alone, run on demand.
import { api } from '../api';
import { clear, h } from '../dom';
import { num, pct, signed } from '../format';
import type { BatchDetail, BatchMember, BatchSummary } from '../types';
import { errorBox, Page } from './page';

type Kind = 'text' | 'num' | 'pct' | 'money' | 'int';
interface Column { key: string; label: string; kind: Kind; value(m: BatchMember): number | string | null; title?: string }

const stat = (k: string) => (m: BatchMember) => {
  const v = m.stats[k];
  return typeof v === 'number' || typeof v === 'string' ? v : null;
};

const COLUMNS: Column[] = [
  { key: 'name', label: 'Member', kind: 'text', value: m => m.name },
  { key: 'weight', label: 'Weight', kind: 'pct', value: m => m.weight, title: 'share of the capital the weighting gave it' },
  { key: 'strategy', label: 'Strategy', kind: 'text', value: m => m.spec?.strategy ?? null },
  { key: 'symbol', label: 'Symbol', kind: 'text', value: m => m.spec?.symbol ?? null },
  { key: 'timeframe', label: 'Timeframe', kind: 'text', value: m => m.spec?.timeframe ?? null },
  { key: 'trades', label: 'Trades', kind: 'int', value: stat('trades') },
  { key: 'pct_winners', label: 'Win rate', kind: 'pct', value: stat('pct_winners') },
  { key: 'expectancy', label: 'Expectancy', kind: 'money', value: stat('expectancy') },
  { key: 'avg_win', label: 'Avg win', kind: 'money', value: stat('avg_win') },
  { key: 'avg_loss', label: 'Avg loss', kind: 'money', value: stat('avg_loss') },
  { key: 'net_profit', label: 'Net profit', kind: 'money', value: stat('net_profit') },
  { key: 'max_drawdown', label: 'Max DD', kind: 'pct', value: stat('max_drawdown') },
  { key: 'sharpe', label: 'Sharpe', kind: 'num', value: stat('sharpe') },
  { key: 'sortino', label: 'Sortino', kind: 'num', value: stat('sortino') },
  { key: 'pct_months_profitable', label: '% months +', kind: 'pct', value: stat('pct_months_profitable') },
  { key: 'pct_weeks_profitable', label: '% weeks +', kind: 'pct', value: stat('pct_weeks_profitable') },
];

function shown(c: Column, v: number | string | null): string {
  if (v === null) return '–';
  if (typeof v === 'string') return v;
  switch (c.kind) {
    case 'pct': return pct(v);
    case 'money': return signed(v);
    case 'int': return String(Math.round(v));
    default: return num(v);
  }
}

/** Ascending order with empty values last whatever the direction. */
function compare(a: number | string | null, b: number | string | null): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

export function batchesPage(main: HTMLElement, id: string, sortParam: string | null): Page {
  let disposed = false;
  if (!id) listPage(main, () => disposed);
  else detailPage(main, id, sortParam, () => disposed);
  return { dispose() { disposed = true; clear(main); } };
}

function windowText(s: BatchSummary): string {
  if (!s.window) return 'window unknown (no batch.json)';
  return `${s.from ?? 'start'} → ${s.to ?? 'end'}`;
}

function listPage(main: HTMLElement, disposed: () => boolean): void {
  const body = h('div.table-wrap.tall');
  const where = h('p.muted', { id: 'batches-folder' });
  main.replaceChildren(h('h1', {}, 'Batches'), where, body);
  api.batches().then(list => {
    if (disposed()) return;
    where.textContent = `Weighted batches (outputs of tradewind weight) under ${list.folder ?? '(none)'}; `
      + 'examples/research/run writes them there, serve --batches DIR looks elsewhere.';
    if (list.batches.length === 0) {
      body.replaceChildren(h('p.muted', {}, 'No weighted batch found. Run examples/research/run, or tradewind batch then tradewind weight with --out under this folder.'));
      return;
    }
    body.replaceChildren(h('table.data', { id: 'batches-table' },
      h('thead', {}, h('tr', {}, ['Batch', 'Weighting', 'Members', 'Weighted', 'Batch window', 'Trades from', 'to'].map(c => h('th', {}, c)))),
      h('tbody', {}, list.batches.map(b => h('tr', { 'data-batch': b.id },
        h('td', {}, h('a', { href: `#/batches/${b.id.split('/').map(encodeURIComponent).join('/')}` }, b.id)),
        h('td', {}, b.method ? `${b.method}${b.metric ? ` (${b.metric})` : ''}` : '–'),
        h('td.num', {}, String(b.members)),
        h('td.num', {}, String(b.weighted)),
        h('td', {}, windowText(b)),
        h('td', {}, b.first ?? '–'),
        h('td', {}, b.last ?? '–'))))));
  }, e => { if (!disposed()) body.replaceChildren(errorBox((e as Error).message)); });
}

function detailPage(main: HTMLElement, id: string, sortParam: string | null, disposed: () => boolean): void {
  const [key0, dir0] = (sortParam ?? 'weight:desc').split(':');
  let sortKey = COLUMNS.some(c => c.key === key0) ? key0 : 'weight';
  let descending = dir0 !== 'asc';
  let detail: BatchDetail | null = null;
  const head = h('p.muted', { id: 'batch-summary' });
  const message = h('div');
  const body = h('div.table-wrap.tall');
  main.replaceChildren(h('p', {}, h('a', { href: '#/batches' }, '← Batches')), h('h1', {}, `Batch ${id}`), head, message, body);

  const render = () => {
    if (!detail) return;
    const col = COLUMNS.find(c => c.key === sortKey)!;
    const rows = [...detail.members].sort((a, b) => {
      const x = col.value(a), y = col.value(b);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      const c = compare(x, y);
      return descending ? -c : c;
    });
    const th = (c: Column) => {
      const active = c.key === sortKey;
      const cell = h('th', {
        'data-sort': c.key, title: c.title ?? `sort by ${c.label}`, tabindex: 0, class: 'sortable',
        'aria-sort': active ? (descending ? 'descending' : 'ascending') : 'none',
      }, c.label, active ? (descending ? ' ▼' : ' ▲') : '');
      const choose = () => {
        if (sortKey === c.key) descending = !descending;
        else { sortKey = c.key; descending = c.kind !== 'text'; }
        history.replaceState(null, '', `#/batches/${id.split('/').map(encodeURIComponent).join('/')}?sort=${sortKey}:${descending ? 'desc' : 'asc'}`);
        render();
      };
      cell.addEventListener('click', choose);
      cell.addEventListener('keydown', e => { if ((e as KeyboardEvent).key === 'Enter') choose(); });
      return cell;
    };
    body.replaceChildren(h('table.data', { id: 'batch-table', 'data-sort': `${sortKey}:${descending ? 'desc' : 'asc'}` },
      h('thead', {}, h('tr', {}, th(COLUMNS[0]), h('th', {}, 'Report'), COLUMNS.slice(1).map(th))),
      h('tbody', {}, rows.map(m => row(m)))));
  };

  const row = (m: BatchMember) => {
    const open = h('button', { type: 'button', 'data-open': m.name, disabled: m.spec === null,
      title: m.spec === null ? 'no config names this member' : 'backtest this member alone, as the batch did, and open its report' },
    m.run ? 'Open report' : 'Run report');
    open.addEventListener('click', async () => {
      if (m.run) { location.hash = `#/runs/${encodeURIComponent(m.run)}`; return; }
      open.disabled = true;
      open.textContent = 'Starting…';
      try {
        const run = await api.runMember(id, m.name);
        m.run = run.id;
        location.hash = `#/runs/${encodeURIComponent(run.id)}`;
      } catch (e) {
        open.disabled = false;
        open.textContent = 'Run report';
        message.replaceChildren(errorBox(`${m.name}: ${(e as Error).message}`, 'batch-error'));
      }
    });
    return h(`tr${m.weight > 0 ? '.weighted' : ''}` as 'tr', { 'data-member': m.name, title: m.spec?.params
      ? Object.entries(m.spec.params).map(([k, v]) => `${k}=${v}`).join(' ') : '' },
    COLUMNS.map((c, i) => {
      const v = c.value(m);
      const sign = c.kind === 'money' && typeof v === 'number' ? (v >= 0 ? '.pos' : '.neg') : '';
      const cell = h(`td${c.kind === 'text' ? '' : '.num'}${sign}` as 'td', { 'data-col': c.key }, shown(c, v));
      return i === 0 ? [cell, h('td', {}, open)] : cell;
    }));
  };

  api.batch(id).then(d => {
    if (disposed()) return;
    detail = d;
    const s = d.summary;
    head.textContent = `Weighting: ${s.method ?? '?'}${s.metric ? ` by ${s.metric}` : ''}; ${s.weighted} of ${s.members} members `
      + `weighted above 0. Batch window: ${windowText(s)}. Statistics of each member's trades from ${s.first ?? '?'} to ${s.last ?? '?'}. `
      + 'Click a column to sort; Run report backtests a member alone and opens its report.';
    if (d.note) message.replaceChildren(h('div.alert.info', { role: 'note', id: 'batch-note' }, d.note));
    render();
  }, e => { if (!disposed()) body.replaceChildren(errorBox((e as Error).message)); });
}
