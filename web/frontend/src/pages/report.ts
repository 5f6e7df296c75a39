// A run: progress while it runs, then its report. When the run's strategy file changes on disk the report is run
// again with the same parameters and replaced in place; a compile error is shown above the last good report.
import { api, ApiError } from '../api';
import { clear, h } from '../dom';
import { on, waitForRun } from '../events';
import { isoTime } from '../format';
import { renderReport, ReportView } from '../report/view';
import { getStrategies } from '../store';
import type { Report, RunRequest, RunView, StrategyChange } from '../types';
import { errorBox, Page } from './page';

export function reportPage(main: HTMLElement, runId: string): Page {
  let disposed = false;
  let view: ReportView | null = null;
  let report: Report | null = null;
  let waiting: { cancel(): void } | null = null;
  let rerunning = false;
  let pending: { request: RunRequest; why: string } | null = null;
  const banner = h('div.reload', { id: 'reload-status', hidden: true, 'aria-live': 'polite' });
  const status = h('div.run-status', { id: 'run-status' });
  const body = h('div.report-body');
  main.replaceChildren(banner, status, body);

  function showBanner(kind: 'info' | 'error' | 'ok', text: string): void {
    banner.hidden = false;
    banner.className = `reload alert ${kind}`;
    banner.dataset.state = kind;
    banner.textContent = text;
  }

  async function follow(id: string): Promise<Report | null> {
    const bar = h('progress', { max: 1, value: 0 });
    const phase = h('span.muted');
    const cancel = h('button', { type: 'button' }, 'Cancel');
    cancel.addEventListener('click', () => { api.cancel(id).catch(() => {}); });
    status.replaceChildren(h('div.progress', { 'data-run': id }, h('span', {}, `Run ${id}`), bar, phase, cancel));
    const w = waitForRun(id, (r: RunView) => { bar.value = r.progress; phase.textContent = r.phase; });
    waiting = w;
    const end = await w.done;
    if (disposed) return null;
    status.replaceChildren();
    if (end.status !== 'done') {
      status.replaceChildren(errorBox(end.error ?? `run ${id} was ${end.status}`, 'run-failed'));
      return null;
    }
    return api.report(id);
  }

  function actions(r: Report): HTMLElement {
    const id = r.run_id!;
    const again = h('button', { type: 'button', id: 'run-again' }, 'Run again');
    again.addEventListener('click', () => { if (r.request) rerun(r.request, 'Running again'); });
    again.hidden = !r.request;
    return h('div.report-actions', {},
      r.request ? h('a.button', { href: `#/strategies/${encodeURIComponent(r.run.strategy)}?from=${encodeURIComponent(id)}` }, 'Edit parameters') : null,
      again,
      h('a.button', { href: `#/runs?compare=${encodeURIComponent(id)}` }, 'Compare…'),
      h('a.button', { href: api.reportHtmlUrl(id), download: `tradewind-run-${id}.html` }, 'Download report.html'));
  }

  function show(r: Report): void {
    view?.destroy();
    report = r;
    view = renderReport(body, r, actions(r));
    body.dataset.run = r.run_id ?? '';
    document.title = `Tradewind: ${r.run.strategy_name} on ${r.run.symbol} (run ${r.run_id})`;
  }

  async function rerun(request: RunRequest, why: string): Promise<void> {
    if (rerunning) {
      pending = { request, why }; // run once more when this one ends, so the report shows the latest save
      return;
    }
    rerunning = true;
    try {
      const strategy = (await getStrategies()).find(s => s.id === request.strategy);
      const names = new Set(strategy?.params.map(p => p.name) ?? Object.keys(request.params));
      const params = Object.fromEntries(Object.entries(request.params).filter(([k]) => names.has(k)));
      const run = await api.submit({ ...request, params });
      showBanner('info', `${why}: run ${run.id}…`);
      const next = await follow(run.id);
      if (disposed) return;
      if (next) {
        history.replaceState(null, '', `#/runs/${next.run_id}`);
        show(next);
        showBanner('ok', `${why}: updated with run ${next.run_id} at ${isoTime(new Date().toISOString())} UTC.`);
      } else {
        showBanner('error', `${why}: the new run did not finish; the report below is the last good one.`);
      }
    } catch (e) {
      showBanner('error', `${why}: ${e instanceof ApiError ? e.message : String(e)}`);
    } finally {
      rerunning = false;
      const next = pending;
      pending = null;
      if (next && !disposed) rerun(report?.request ?? next.request, next.why);
    }
  }

  const offStrategy = on('strategy', (c: StrategyChange) => {
    if (disposed || !report || report.run.strategy !== c.id || !report.request) return;
    if (c.change === 'compiled') rerun(report.request, `${c.id} changed (version ${c.version}), re-running with the same parameters`);
    else if (c.change === 'error') showBanner('error', `${c.error} — the report below is from the last version that compiled.`);
    else showBanner('error', `${c.id} was deleted; the report below stays as it was.`);
  });

  (async () => {
    try {
      const run = await api.run(runId);
      const r = run.status === 'done' ? await api.report(runId) : await follow(runId);
      if (!disposed && r) show(r);
    } catch (e) {
      if (!disposed) status.replaceChildren(errorBox(e instanceof ApiError ? e.message : String(e), 'run-failed'));
    }
  })();

  return {
    dispose() {
      disposed = true;
      offStrategy();
      waiting?.cancel();
      view?.destroy();
      clear(main);
    },
  };
}
