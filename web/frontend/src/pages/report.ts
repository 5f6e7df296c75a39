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

export function reportPage(main: HTMLElement, runId: string, range: Record<string, string> = {}): Page {
  let disposed = false;
  let view: ReportView | null = null;
  let report: Report | null = null;
  let waiting: { cancel(): void } | null = null;
  let rerunning = false;
  let pending: { request: RunRequest; why: string } | null = null;
  const banner = h('div.reload', { id: 'reload-status', hidden: true, 'aria-live': 'polite' });
  const status = h('div.run-status', { id: 'run-status' });
  const killBar = h('div.kill-switch', { hidden: true });
  const body = h('div.report-body');
  main.replaceChildren(banner, status, killBar, body);

  /**
   * A live run's kill switch: after a confirmation, the same kill switch as `tradewind live kill-switch` (cancel all its
   * orders, flatten its position, halt it).
   */
  function showKillSwitch(id: string): void {
    const button = h('button.danger', { type: 'button', id: 'kill-switch' }, 'Kill switch');
    const said = h('span.muted', { id: 'kill-switch-status', 'aria-live': 'polite' });
    button.addEventListener('click', () => {
      if (!window.confirm(`Kill switch for live run ${id}: cancel all its orders, flatten its position and halt it?`)) return;
      button.disabled = true;
      said.textContent = 'sending…';
      api.killSwitch(id).then(
        (r) => { said.textContent = `Kill switch sent to live run ${r.live_run}: it cancels its orders, flattens and halts within a second.`; said.dataset.state = 'sent'; },
        (e) => { said.textContent = e instanceof ApiError ? e.message : String(e); said.dataset.state = 'failed'; button.disabled = false; });
    });
    killBar.replaceChildren(button, said);
    killBar.hidden = false;
  }

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
      /^(paper|live):/.test(r.run.data) ? h('a.button', { id: 'replay-link', href: `#/replay/${encodeURIComponent(id)}` }, 'Replay vs backtest') : null,
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

  /** How often a live run (a paper run writing checkpoints) is read again. */
  const LIVE_MS = 1000;
  let liveTimer = 0;

  /** A run of another process still going: its last checkpoint now, then again every second until it ends. */
  async function watchLive(id: string, live: boolean): Promise<void> {
    let shown = '';
    if (live) showKillSwitch(id);
    const tick = async (): Promise<void> => {
      if (disposed) return;
      let run: RunView;
      try {
        run = await api.run(id);
        const ended = !run.live;
        let r: Report | null = null;
        try {
          r = await api.report(id);
        } catch (e) {
          if (!(e instanceof ApiError && e.status === 409) || ended) throw e; // no bar stored yet: wait for one
        }
        if (disposed) return;
        const key = r ? `${r.bars.time.length}/${r.trades.length}/${r.account.equity[r.account.equity.length - 1]}/${run.status}` : '';
        if (r && key !== shown) {
          shown = key;
          show(r);
        }
        const last = r && r.run.last ? r.run.last.slice(0, 16).replace('T', ' ') : '–';
        status.replaceChildren(h(`div.alert.${ended ? 'ok' : 'info'}` as 'div', {
          id: 'live-status', 'data-state': ended ? run.status : 'running', 'data-bars': r ? r.bars.time.length : 0,
        }, ended
          ? `Run ${id} ended: ${run.status}${run.error ? ` (${run.error})` : ''}. ${r ? `${r.bars.time.length} bars, ${r.trades.length} trades.` : ''}`
          : `Live: run ${id} is running in another process${r ? `; ${r.bars.time.length} bars so far, last ${last} UTC, ${r.trades.length} trades` : '; no bar yet'}. `
            + `Updated every ${LIVE_MS / 1000} s as its checkpoints reach the store.`));
        if (!ended) liveTimer = window.setTimeout(tick, LIVE_MS);
        else if (!killBar.hidden && killBar.querySelector('#kill-switch-status')?.getAttribute('data-state') !== 'sent') killBar.hidden = true;
      } catch (e) {
        if (!disposed) status.replaceChildren(errorBox(e instanceof ApiError ? e.message : String(e), 'run-failed'));
      }
    };
    await tick();
  }

  (async () => {
    try {
      const run = await api.run(runId);
      if (run.live) {
        await watchLive(runId, (run.data ?? '').startsWith('live:'));
        return;
      }
      const r = run.status === 'done' || run.status === 'incomplete' || run.status === 'stopped' ? await api.report(runId, range) : await follow(runId);
      if (!disposed && r) show(r);
    } catch (e) {
      if (!disposed) status.replaceChildren(errorBox(e instanceof ApiError ? e.message : String(e), 'run-failed'));
    }
  })();

  return {
    dispose() {
      disposed = true;
      window.clearTimeout(liveTimer);
      offStrategy();
      waiting?.cancel();
      view?.destroy();
      clear(main);
    },
  };
}
