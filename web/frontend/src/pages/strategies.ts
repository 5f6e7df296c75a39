// Strategies: the list (built-in, then the user's folder) and, for the chosen one, a run form generated from its
// parameter schema, with the data set, date range and costs. Submitting shows progress, then opens the report.
import { api, ApiError } from '../api';
import { clear, h } from '../dom';
import { on, waitForRun } from '../events';
import { Field, getPath, leaves, paramField, selectField, setPath, settingField, SettingField, settingText } from '../form';
import { isoTime, plain } from '../format';
import { drafts, getDataSets, getSettingsSchema, getStrategies, loadSettings, saveSettings } from '../store';
import type { DataSummary, RunRequest, RunView, Settings, SettingsSchema, StrategyView } from '../types';
import { errorBox, Page } from './page';

/** A request to fill the form with, and the run it comes from. */
type Prefill = RunRequest & { run?: string; defaults?: boolean };

export function strategiesPage(main: HTMLElement, selectedId: string | null, fromRun: string | null): Page {
  let disposed = false;
  let current: StrategyView | null = null;
  let fields: Field[] = [];
  let schema: SettingsSchema | null = null;
  /** What the form holds now (data, range, settings), to keep across a re-render after the strategy recompiled. */
  let snapshot: (() => Prefill) | null = null;
  let waiting: { cancel(): void } | null = null;
  const list = h('aside.strategy-list', { 'aria-label': 'strategies' });
  const panel = h('section.strategy-panel');
  main.replaceChildren(h('div.two-columns', {}, list, panel));

  async function start(): Promise<void> {
    let strategies: StrategyView[];
    let data: DataSummary[];
    try {
      [strategies, data, schema] = await Promise.all([getStrategies(), getDataSets(), getSettingsSchema()]);
    } catch (e) {
      panel.replaceChildren(errorBox((e as Error).message));
      return;
    }
    let prefill: Prefill | null = null;
    if (fromRun) {
      try {
        const request = (await api.run(fromRun)).request;
        prefill = request ? { ...request, run: fromRun } : null;
      } catch { prefill = null; }
    }
    if (disposed) return;
    const id = selectedId ?? prefill?.strategy ?? strategies[0]?.id ?? null;
    if (prefill) drafts.set(prefill.strategy, { ...prefill.params });
    renderList(strategies, id);
    current = strategies.find(s => s.id === id) ?? null;
    if (!current) {
      panel.replaceChildren(errorBox(id ? `No strategy '${id}'.` : 'No strategies.'));
      return;
    }
    renderPanel(current, data, prefill);
  }

  function renderList(strategies: StrategyView[], id: string | null): void {
    const item = (s: StrategyView) => h('li', {},
      h(s.id === id ? 'a.active' : 'a', { href: `#/strategies/${encodeURIComponent(s.id)}`, 'data-strategy': s.id },
        h('span.name', {}, s.name), h('span.id', {}, s.id),
        s.error ? h('span.badge.bad', { title: s.error }, 'error') : null));
    const builtins = strategies.filter(s => s.kind === 'builtin');
    const files = strategies.filter(s => s.kind === 'file');
    list.replaceChildren(
      h('h2', {}, 'Built-in'), h('ul', {}, builtins.map(item)),
      h('h2', {}, 'Your folder'),
      files.length ? h('ul', {}, files.map(item))
        : h('p.muted', {}, 'No .java files. Start the server with --strategies DIR to run and hot-reload your own.'));
  }

  function renderPanel(s: StrategyView, data: DataSummary[], prefill: Prefill | null): void {
    const saved = loadSettings();
    const settings = { data: prefill?.data ?? saved.data, from: prefill ? prefill.from : saved.from, to: prefill ? prefill.to : saved.to };
    const values = drafts.get(s.id) ?? {};
    fields = s.params.map(p => paramField(p, values[p.name]));
    const usable = data.filter(d => !d.error);
    const dataId = usable.some(d => d.id === settings.data) ? settings.data! : usable[0]?.id ?? '';
    const dataSelect = selectField('data', 'Data set',
      usable.map(d => [d.id, `${d.symbol} ${d.timeframe} · ${d.first?.slice(0, 10)} → ${d.last?.slice(0, 10)} · ${plain(d.bars, 0)} bars (${d.source === 'catalog' ? 'catalog' : d.id})`]),
      dataId);
    const from = h('input', { type: 'date', id: 'run-from', name: 'from', value: (settings.from ?? '').slice(0, 10) });
    const to = h('input', { type: 'date', id: 'run-to', name: 'to', value: (settings.to ?? '').slice(0, 10) });
    // A date-time range of a recorded run (e.g. --from 2023-08-01T12:00) is kept as it was unless the date is changed.
    const exactFrom = settings.from && settings.from.length > 10 ? settings.from : null;
    const exactTo = settings.to && settings.to.length > 10 ? settings.to : null;
    const rangeHint = h('div.hint');
    const rangeError = h('div.field-error', { role: 'alert' });
    const applyRange = () => {
      const d = usable.find(x => x.id === dataSelect.value());
      if (!d?.first || !d.last) return;
      from.min = to.min = d.first.slice(0, 10);
      from.max = to.max = d.last.slice(0, 10);
      rangeHint.textContent = `${d.symbol}: ${isoTime(d.first)} → ${isoTime(d.last)} UTC; empty = whole file; "to" is exclusive`;
    };
    const checkRange = (): string | null => {
      const d = usable.find(x => x.id === dataSelect.value());
      let problem: string | null = null;
      if (from.value && to.value && from.value >= to.value) problem = `from ${from.value} must be before to ${to.value}`;
      else if (d?.first && d.last && ((to.value && to.value <= d.first.slice(0, 10)) || (from.value && from.value > d.last.slice(0, 10)))) {
        problem = `the range holds no bars of ${d.id} (it covers ${d.first.slice(0, 10)} .. ${d.last.slice(0, 10)})`;
      }
      rangeError.textContent = problem ?? '';
      return problem;
    };
    dataSelect.element.querySelector('select')!.addEventListener('change', () => { applyRange(); checkRange(); });
    from.addEventListener('change', checkRange);
    to.addEventListener('change', checkRange);
    applyRange();
    const rangeValue = (input: HTMLInputElement, exact: string | null) =>
      exact && input.value === exact.slice(0, 10) ? exact : input.value || null;

    // Every setting of config.json: the form's inputs, and the rest carried through unchanged (a recorded run's
    // settings that this form has no input for, e.g. factors, or fields of a newer config.json).
    const specs = schema!.fields;
    const base: Settings = structuredClone(prefill?.settings ?? saved.settings ?? schema!.defaults);
    const settingFields: SettingField[] = specs.map(spec => settingField(spec, getPath(base, spec.key) ?? getPath(schema!.defaults, spec.key)));
    const known = new Set(specs.map(f => f.key));
    const carried = leaves(base).filter(([k, v]) => !known.has(k) && v !== null);
    const origin = prefill?.run ? `of run ${prefill.run}` : prefill?.defaults || !saved.settings ? "(the CLI's defaults)" : 'of your last run';
    const carriedList = carried.length
      ? h('fieldset', { id: 'run-carried' }, h('legend', {}, `Other settings ${origin}`),
        h('p.hint', {}, 'Kept as they were: this form has no input for them.'),
        h('dl.carried', {}, carried.map(([k, v]) => [h('dt', {}, k), h('dd', { 'data-setting': k }, settingText(v))])))
      : null;
    const groups = [...new Set(specs.map(f => f.group))];
    const fieldsets = groups.map((g, i) => {
      const inGroup = settingFields.filter(f => f.spec.group === g);
      const changed = inGroup.filter(f => settingText(f.value()) !== settingText(getPath(schema!.defaults, f.spec.key)));
      const summary = h('summary', {}, g, changed.length ? h('span.muted', {}, ` · ${changed.length} changed from the defaults`) : null);
      return h('details.settings-group', { open: i < 3 || changed.length > 0, 'data-group': g },
        summary, h('div.field-grid', {}, inGroup.map(f => f.element)));
    });
    const settingsNow = (): Settings => {
      const out: Settings = structuredClone(base);
      for (const f of settingFields) setPath(out, f.spec.key, f.value());
      // A symbol recorded for another data set would mislabel this one.
      if (prefill && dataSelect.value() !== prefill.data) out.symbol = null;
      return out;
    };
    snapshot = () => ({ strategy: s.id, params: {}, data: dataSelect.value(), from: rangeValue(from, exactFrom),
      to: rangeValue(to, exactTo), settings: settingsNow(), run: prefill?.run });
    const runFields = settingFields;
    const reset = h('button', { type: 'button', id: 'settings-reset' }, "Reset settings to the CLI's defaults");
    reset.addEventListener('click', () => {
      drafts.set(s.id, Object.fromEntries(fields.map(f => [f.name, f.value()])));
      renderPanel(s, data, { ...snapshot!(), settings: structuredClone(schema!.defaults), run: undefined, defaults: true });
    });

    const button = h('button.primary', { type: 'submit', id: 'run-button', disabled: !s.runnable }, 'Run backtest');
    const bar = h('progress', { id: 'run-progress', max: 1, value: 0 });
    const phase = h('span.muted', { id: 'run-phase' });
    const progress = h('div.progress', { hidden: true }, bar, phase);
    const runError = h('div', { id: 'run-error' });
    const source = s.kind === 'file' ? sourceViewer(s.id) : null;

    const form = h('form', { id: 'run-form', novalidate: true, 'data-strategy': s.id },
      h('fieldset', {}, h('legend', {}, 'Parameters'),
        fields.length ? h('div.param-grid', {}, fields.map(f => f.element)) : h('p.muted', {}, 'This strategy has no parameters.')),
      h('fieldset', {}, h('legend', {}, 'Data'), dataSelect.element,
        h('div.field-row', {},
          h('div.field', {}, h('label', { for: 'run-from' }, 'From (UTC)'), from),
          h('div.field', {}, h('label', { for: 'run-to' }, 'To (UTC, exclusive)'), to)),
        rangeHint, rangeError),
      h('fieldset.settings', { id: 'run-settings' }, h('legend', {}, 'Settings'), fieldsets, reset),
      carriedList,
      h('div.actions', {}, button, progress), runError);

    form.addEventListener('input', () => {
      drafts.set(s.id, Object.fromEntries(fields.map(f => [f.name, f.value()])));
    });
    form.addEventListener('submit', async e => {
      e.preventDefault();
      runError.replaceChildren();
      const problems = [...fields, ...runFields].map(f => f.validate()).filter((p): p is string => p !== null);
      const rangeProblem = checkRange();
      if (rangeProblem) problems.push(rangeProblem);
      if (problems.length) {
        // Open the settings groups holding a wrong value, so it can be seen and focused.
        for (const el of form.querySelectorAll('[aria-invalid="true"]')) el.closest('details')?.setAttribute('open', '');
        runError.replaceChildren(errorBox(problems.join('\n')));
        (form.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus();
        return;
      }
      const request: RunRequest = {
        strategy: s.id,
        params: Object.fromEntries(fields.map(f => [f.name, f.value()])),
        data: dataSelect.value(),
        from: rangeValue(from, exactFrom),
        to: rangeValue(to, exactTo),
        settings: settingsNow(),
      };
      saveSettings({ data: request.data, from: from.value, to: to.value, settings: { ...request.settings!, symbol: null } });
      button.disabled = true;
      progress.hidden = false;
      bar.value = 0;
      phase.textContent = 'submitting';
      try {
        const run = await api.submit(request);
        const w = waitForRun(run.id, (r: RunView) => { bar.value = r.progress; phase.textContent = r.phase; });
        waiting = w;
        const end = await w.done;
        if (disposed) return;
        if (end.status === 'done') location.hash = `#/runs/${end.id}`;
        else runError.replaceChildren(errorBox(end.error ?? `run ${end.status}`));
      } catch (err) {
        runError.replaceChildren(errorBox(err instanceof ApiError ? err.message : String(err)));
      } finally {
        button.disabled = !s.runnable;
        progress.hidden = true;
      }
    });

    panel.replaceChildren(
      h('div.panel-head', {},
        h('h1', {}, s.name),
        h('span.badge', {}, s.kind === 'builtin' ? 'built-in' : s.id),
        s.kind === 'file' ? h('span.muted', { id: 'strategy-version' }, `version ${s.version} · compiled ${isoTime(s.updated)}`) : null),
      ...[s.error ? errorBox(s.error, 'compile-error') : null, source, form].filter((x): x is HTMLElement => x !== null));
  }

  function sourceViewer(id: string): HTMLElement {
    const pre = h('pre.source');
    const details = h('details.source-view', {}, h('summary', {}, 'Source'), pre);
    details.addEventListener('toggle', () => {
      if (!details.open) return;
      api.source(id).then(text => { pre.textContent = text; }, e => { pre.textContent = (e as Error).message; });
    });
    return details;
  }

  const offStrategies = on('strategies', async list => {
    if (disposed) return;
    const id = current?.id ?? null;
    renderList(list, id);
    const next = list.find(s => s.id === id) ?? null;
    if (!next || !current) return;
    const schemaChanged = JSON.stringify(next.params) !== JSON.stringify(current.params);
    const before = current;
    current = next;
    if (schemaChanged || next.error !== before.error || next.version !== before.version) {
      const form = panel.querySelector('form');
      if (form) drafts.set(next.id, Object.fromEntries(fields.map(f => [f.name, f.value()])));
      renderPanel(next, await getDataSets(), snapshot?.() ?? null);
    }
  });

  start();
  return {
    dispose() {
      disposed = true;
      offStrategies();
      waiting?.cancel();
      clear(main);
    },
  };
}
