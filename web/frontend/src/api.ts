// Typed calls of the JSON API. Errors carry the server's one-line message.
import type { BatchDetail, BatchList, ChainView, Smile, DataSummary, Health, Replay, Report, RunRequest, RunView, SettingsSchema, StrategyView } from './types';

export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, `the server did not answer (${(e as Error).message}); is tradewind serve still running?`);
  }
  const text = await res.text();
  if (!res.ok) {
    let message = text;
    try { message = (JSON.parse(text) as { error: string }).error ?? text; } catch { /* not JSON */ }
    throw new ApiError(res.status, message || `${res.status} ${res.statusText}`);
  }
  return (res.headers.get('Content-Type') ?? '').includes('json') ? JSON.parse(text) as T : text as unknown as T;
}

const enc = encodeURIComponent;

export const api = {
  strategies: () => call<StrategyView[]>('GET', '/api/strategies'),
  source: (id: string) => call<string>('GET', `/api/strategies/${enc(id)}/source`),
  settings: () => call<SettingsSchema>('GET', '/api/settings'),
  health: () => call<Health>('GET', '/api/health'),
  data: () => call<DataSummary[]>('GET', '/api/data'),
  dataSet: (id: string) => call<DataSummary>('GET', `/api/data/${enc(id)}`),
  runs: (filter: Record<string, string> = {}) => {
    const q = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== '')).toString();
    return call<RunView[]>('GET', `/api/runs${q ? `?${q}` : ''}`);
  },
  run: (id: string) => call<RunView>('GET', `/api/runs/${enc(id)}`),
  /** A run's report; `range` may hold from and to (epoch seconds, both included) and points (the most to draw). */
  report: (id: string, range: Record<string, string> = {}) => {
    const q = new URLSearchParams(Object.entries(range).filter(([, v]) => v !== '')).toString();
    return call<Report>('GET', `/api/runs/${enc(id)}/report${q ? `?${q}` : ''}`);
  },
  replay: (id: string) => call<Replay>('GET', `/api/runs/${enc(id)}/replay`),
  submit: (request: RunRequest) => call<RunView>('POST', '/api/runs', request),
  cancel: (id: string) => call<RunView>('POST', `/api/runs/${enc(id)}/cancel`, {}),
  /** A live run's kill switch (cancel all, flatten, halt), as `tradewind live kill-switch`. */
  killSwitch: (id: string) => call<{ id: string; live_run: string; sent: boolean }>('POST', `/api/runs/${enc(id)}/kill-switch`, {}),
  batches: () => call<BatchList>('GET', '/api/batches'),
  batch: (id: string) => call<BatchDetail>('GET', `/api/batches/${id.split('/').map(enc).join('/')}`),
  runMember: (batch: string, member: string) => call<RunView>('POST', '/api/batch-runs', { batch, member }),
  chains: () => call<ChainView[]>('GET', '/api/chains'),
  smile: (chain: string, expiry: string) => call<Smile>('GET', `/api/chains/${enc(chain)}/smile?expiry=${enc(expiry)}`),
  reportHtmlUrl: (id: string) => `/api/runs/${enc(id)}/report.html`,
};
