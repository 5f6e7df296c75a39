// The statistics panel: the headline numbers of results.json, formatted, with a tooltip naming the key.
import { h } from '../dom';
import { num, pct, plain, signed } from '../format';

type Fmt = (v: unknown) => string;

export const STAT_ROWS: [key: string, label: string, fmt: Fmt, good?: 'high' | 'low'][] = [
  ['net_profit', 'Net profit', v => signed(v), 'high'],
  ['total_return', 'Total return', v => pct(v), 'high'],
  ['cagr', 'CAGR', v => pct(v), 'high'],
  ['max_drawdown', 'Max drawdown', v => pct(v), 'low'],
  ['max_drawdown_duration', 'Max DD duration', v => `${num(v, 1)} d`, 'low'],
  ['sharpe', 'Sharpe', v => num(v), 'high'],
  ['sortino', 'Sortino', v => num(v), 'high'],
  ['calmar', 'Calmar', v => num(v), 'high'],
  ['trades', 'Trades', v => plain(v, 0)],
  ['win_rate', 'Win rate', v => pct(v, 1), 'high'],
  ['profit_factor', 'Profit factor', v => num(v), 'high'],
  ['expectancy', 'Expectancy', v => signed(v), 'high'],
  ['avg_win', 'Average win', v => num(v), 'high'],
  ['avg_loss', 'Average loss', v => num(v), 'high'],
  ['exposure', 'Exposure', v => pct(v, 1)],
  ['sqn', 'SQN', v => num(v), 'high'],
  ['final_equity', 'Final equity', v => num(v), 'high'],
  ['fees', 'Fees', v => num(v), 'low'],
  ['pct_months_profitable', 'Months profitable', v => pct(v, 1), 'high'],
  ['bars', 'Bars', v => plain(v, 0)],
  ['orders', 'Orders', v => plain(v, 0)],
  ['open_position', 'Open position', v => plain(v)],
];

export function statsPanel(stats: Record<string, unknown>): HTMLElement {
  return h('div.stats', {},
    STAT_ROWS.map(([key, label, fmt]) => {
      const v = stats[key];
      const sign = typeof v === 'number' && (key === 'net_profit' || key === 'total_return' || key === 'expectancy')
        ? (v > 0 ? '.pos' : v < 0 ? '.neg' : '') : '';
      return h('div.stat', { title: key, 'data-key': key },
        h('div.stat-label', {}, label), h(`div.stat-value${sign}` as 'div', {}, fmt(v)));
    }));
}
