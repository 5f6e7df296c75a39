// Cached lists shared by the pages: the strategies (replaced by every 'strategies' event) and the data sets.
import { api } from './api';
import { on } from './events';
import type { DataSummary, Settings, SettingsSchema, StrategyView } from './types';

let strategies: Promise<StrategyView[]> | null = null;
let data: Promise<DataSummary[]> | null = null;
let schema: Promise<SettingsSchema> | null = null;

/** The run form's fields and the CLI's defaults. */
export function getSettingsSchema(): Promise<SettingsSchema> {
  schema ??= api.settings().catch(e => { schema = null; throw e; });
  return schema;
}

export function getStrategies(): Promise<StrategyView[]> {
  strategies ??= api.strategies().catch(e => { strategies = null; throw e; });
  return strategies;
}

export function getDataSets(): Promise<DataSummary[]> {
  data ??= api.data().catch(e => { data = null; throw e; });
  return data;
}

on('strategies', list => { strategies = Promise.resolve(list); });

/** Run settings the user last chose (data, range, every config.json setting), kept across visits in localStorage. */
export interface RunSettings { data: string; from: string; to: string; settings: Settings }

const KEY = 'tradewind.runSettings.v2';

export function loadSettings(): Partial<RunSettings> {
  try { return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<RunSettings>; } catch { return {}; }
}

export function saveSettings(s: RunSettings): void {
  try { localStorage.setItem(KEY, JSON.stringify(s)); } catch { /* storage disabled */ }
}

/** Parameter values typed per strategy during this visit. */
export const drafts = new Map<string, Record<string, string>>();
