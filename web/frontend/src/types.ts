// The JSON of the API (web/README.md). Keys are snake_case; null stands for "no value" (NaN on the server).

export type ParamType = 'INT' | 'DOUBLE' | 'BOOLEAN' | 'CHOICE';

export interface ParamSpec {
  name: string;
  type: ParamType;
  default_value: string;
  min: number | null;
  max: number | null;
  description: string;
  choices: string[];
}

export interface StrategyView {
  id: string;
  name: string;
  kind: 'builtin' | 'file';
  params: ParamSpec[];
  error: string | null;
  runnable: boolean;
  version: number;
  updated: string;
}

export interface StrategyChange {
  id: string;
  change: 'compiled' | 'error' | 'removed';
  error: string | null;
  version: number;
}

export interface GapView { first: string; last: string; missing: number }

export interface DataSummary {
  id: string;
  name: string;
  source: string;
  symbol: string | null;
  timeframe: string | null;
  bars: number;
  first: string | null;
  last: string | null;
  layout: string | null;
  gap_count: number;
  missing_bars: number;
  gaps: GapView[];
  sha256: string | null;
  error: string | null;
}

/** config.json's settings (everything but strategy, params, data and range), in config.json's shape. */
export type Settings = { [key: string]: unknown };

/** One input of the run form (GET /api/settings): {@code key} is the dotted path in config.json. */
export interface SettingSpec {
  key: string;
  group: string;
  label: string;
  type: 'number' | 'int' | 'choice' | 'boolean' | 'text';
  min: number | null;
  above: boolean;
  max: number | null;
  nullable: boolean;
  choices: string[];
  hint: string;
}

export interface SettingsSchema { fields: SettingSpec[]; defaults: Settings }

export interface RunRequest {
  strategy: string;
  params: Record<string, string>;
  data: string;
  from?: string | null;
  to?: string | null;
  settings?: Settings;
}

export type RunStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled' | 'incomplete' | 'stopped';

export interface RunView {
  id: string;
  status: RunStatus;
  phase: string;
  progress: number;
  error: string | null;
  created: string;
  started: string | null;
  finished: string | null;
  strategy: string;
  data: string;
  symbol: string | null;
  params: Record<string, string>;
  from: string | null;
  to: string | null;
  request: RunRequest | null;
  summary: Record<string, number | string | null> | null;
  report: boolean;
  note: string | null;
  /** a run of another process still going (paper): its report is its last checkpoint, polled while it runs */
  live: boolean;
}

export interface Health {
  status: string;
  ui: boolean;
  strategies_folder: string | null;
  store: string;
  recording: boolean;
  catalog_error: string | null;
}

export interface TradeView {
  id: number;
  side: 'long' | 'short';
  quantity: number;
  entry_time: number;
  entry_price: number;
  entry_index: number;
  exit_time: number;
  exit_price: number;
  exit_index: number;
  gross_pnl: number;
  costs: number;
  net_pnl: number;
  return_pct: number | null;
  mae: number;
  mfe: number;
  bars_held: number;
  duration_seconds: number;
}

export interface Overlay {
  spec: string;
  timeframe: string | null;
  pane: 'price' | 'own';
  values: (number | null)[];
}

export interface Report {
  run_id: string | null;
  run: {
    strategy: string;
    strategy_name: string;
    data: string;
    symbol: string;
    timeframe: string | null;
    data_summary: string;
    params: Record<string, string>;
    first: string | null;
    last: string | null;
    warmup: number;
    generated: string;
  };
  stats: Record<string, unknown>;
  config: {
    cash: number;
    fill: string;
    slippage_bps: number;
    commission: { percent: number; maker_percent: number | null; per_order: number; per_unit: number; minimum: number | null };
    instrument: { kind: string; tick: number; lot: number; multiplier: number; margin: number; maintenance: number | null };
    from: string | null;
    to: string | null;
    gaps: string;
  } & Record<string, unknown>;
  bars: {
    time: number[];
    open: number[];
    high: number[];
    low: number[];
    close: number[];
    volume: number[];
  };
  account: {
    equity: number[];
    drawdown: number[];
    position: number[];
    starting_cash: number;
  };
  trades: TradeView[];
  levels: { stop: (number | null)[]; target: (number | null)[]; entry: (number | null)[] };
  indicators: Overlay[];
  log: string[];
  request: RunRequest | null;
  /** Bars [from, to) of the run's bars, each point merging `every` consecutive bars (ReportSample on the server). */
  sampling: { bars: number; from: number; to: number; every: number };
}

/** One weighting step's output (GET /api/batches). */
export interface BatchSummary {
  id: string; method: string | null; metric: string | null; members: number; weighted: number;
  first: string | null; last: string | null; from: string | null; to: string | null; window: boolean;
}

export interface BatchList { folder: string | null; batches: BatchSummary[] }

export interface BatchMemberSpec {
  id: string; strategy: string; symbol: string | null; data: string | null; timeframe: string | null;
  params: Record<string, string> | null; weight: number; enabled: boolean;
}

export interface BatchMember {
  name: string; weight: number; stats: Record<string, number | string | null>; spec: BatchMemberSpec | null; run: string | null;
}

export interface BatchDetail { summary: BatchSummary; members: BatchMember[]; note: string | null }

/** An option chain snapshot (GET /api/chains). */
export interface ChainView {
  id: string; underlying: string; quote_time: string; spot: number | null; rate: number; expiries: string[];
  quotes: number; duplicates_skipped: number;
}

export interface SmilePoint {
  strike: number; call_mid: number | null; call_iv: number | null; call_status: string | null;
  put_mid: number | null; put_iv: number | null; put_status: string | null;
}

/** The smile of one expiry (GET /api/chains/{id}/smile?expiry=). */
export interface Smile {
  chain: string; expiry: string; years: number; rate: number; forward: number; spot: number | null;
  fitted: number; unfitted: number; points: SmilePoint[]; otm: [number, number][];
}

/** GET /api/runs/{id}/replay: a paper or live run replayed as a backtest and compared (live minus backtest). */
export interface Replay {
  /** run, data, strategy, then groups: orders, fills, slippage, latency, fees, equity */
  summary: Record<string, number | string | Record<string, number | null>>;
  fills: Record<string, number | string | null>[];
  orders: Record<string, number | string | null>[];
  equity: { time: string; live: number | null; backtest: number | null; gap: number | null }[];
}
