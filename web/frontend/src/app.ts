// The single-page app: hash routes to pages, live updates over server-sent events.
import './styles.css';
import { connect } from './events';
import { batchesPage } from './pages/batches';
import { comparePage } from './pages/compare';
import { dataPage } from './pages/data';
import type { Page } from './pages/page';
import { replayPage } from './pages/replay';
import { reportPage } from './pages/report';
import { runsPage } from './pages/runs';
import { smilePage } from './pages/smile';
import { strategiesPage } from './pages/strategies';

const main = document.getElementById('app')!;
let page: Page | null = null;

/** The report window a run's address asks for (`#/runs/7?from=...&to=...&points=...`). */
function windowOf(q: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ['from', 'to', 'points']) {
    const v = q.get(k);
    if (v) out[k] = v;
  }
  return out;
}

function route(): void {
  page?.dispose();
  const [path, query = ''] = (location.hash.slice(1) || '/strategies').split('?');
  const q = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const section = parts[0] ?? 'strategies';
  for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-nav]')) {
    a.classList.toggle('active', a.dataset.nav === section || ((section === 'compare' || section === 'replay') && a.dataset.nav === 'runs'));
  }
  document.title = 'Tradewind';
  switch (section) {
    case 'runs':
      page = parts[1] ? reportPage(main, parts[1], windowOf(q)) : runsPage(main, q.get('compare'));
      break;
    case 'replay':
      page = replayPage(main, parts[1] ?? '');
      break;
    case 'compare':
      page = comparePage(main, parts[1] ?? '', parts[2] ?? '');
      break;
    case 'batches':
      page = batchesPage(main, parts.slice(1).join('/'), q.get('sort'));
      break;
    case 'smile':
      page = smilePage(main, parts[1] ?? null, q.get('expiry'));
      break;
    case 'data':
      page = dataPage(main);
      break;
    default:
      page = strategiesPage(main, parts[1] ?? null, q.get('from'));
  }
}

connect(document.getElementById('live'));
window.addEventListener('hashchange', route);
route();
