// Server-sent events from /api/events: strategy recompilations and run progress. The EventSource reconnects by
// itself; the indicator in the top bar shows whether updates are live.
import type { RunView, StrategyChange, StrategyView } from './types';
import { api } from './api';

interface EventMap { strategy: StrategyChange; strategies: StrategyView[]; run: RunView; connected: boolean }
type Listener<K extends keyof EventMap> = (data: EventMap[K]) => void;

const listeners = new Map<keyof EventMap, Set<(data: never) => void>>();
let connected = false;

export function on<K extends keyof EventMap>(type: K, listener: Listener<K>): () => void {
  let set = listeners.get(type);
  if (!set) listeners.set(type, set = new Set());
  const l = listener as (data: never) => void;
  set.add(l);
  return () => { set.delete(l); };
}

function emit<K extends keyof EventMap>(type: K, data: EventMap[K]): void {
  for (const l of [...(listeners.get(type) ?? [])]) (l as Listener<K>)(data);
}

export function isConnected(): boolean { return connected; }

export function connect(indicator: HTMLElement | null): void {
  const source = new EventSource('/api/events');
  const set = (live: boolean) => {
    connected = live;
    if (indicator) {
      indicator.textContent = live ? 'live' : 'offline';
      indicator.classList.toggle('on', live);
    }
    document.body.dataset.live = String(live);
    emit('connected', live);
  };
  source.addEventListener('hello', () => set(true));
  source.onerror = () => set(false);
  for (const type of ['strategy', 'strategies', 'run'] as const) {
    source.addEventListener(type, e => emit(type, JSON.parse((e as MessageEvent<string>).data)));
  }
}

/**
 * Resolves with the run once it has finished (done, failed or cancelled), calling {@code progress} on the way.
 * Listens to run events and also polls every second, so a dropped event stream cannot leave it waiting.
 */
export function waitForRun(id: string, progress: (run: RunView) => void): { done: Promise<RunView>; cancel(): void } {
  let stop = () => {};
  const done = new Promise<RunView>((resolve, reject) => {
    let finished = false;
    const finish = (run: RunView) => {
      progress(run);
      if (finished || !['done', 'failed', 'cancelled'].includes(run.status)) return;
      finished = true;
      stop();
      resolve(run);
    };
    const off = on('run', run => { if (run.id === id) finish(run); });
    const poll = window.setInterval(() => { api.run(id).then(finish, () => {}); }, 1000);
    stop = () => { off(); window.clearInterval(poll); };
    api.run(id).then(finish, e => { stop(); reject(e); });
  });
  return { done, cancel: () => stop() };
}
