// Entry of report.html: the report's data is inlined in <script id="tradewind-report" type="application/json">.
import './styles.css';
import { renderReport } from './report/view';
import type { Report } from './types';

function main(): void {
  const data = document.getElementById('tradewind-report');
  const app = document.getElementById('app');
  if (!data || !app) return;
  const report = JSON.parse(data.textContent ?? '{}') as Report;
  const view = renderReport(app, report);
  (window as unknown as { tradewind: unknown }).tradewind = { report, view };
}

main();
