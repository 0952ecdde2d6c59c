import { runAction } from './actions.js';
import { describeError, request, RequestError, type ResponseError } from './api.js';
import type { ConnectionState } from './feed.js';
import { Filters } from './filters.js';
import { statusLabel } from './format.js';
import { startLive, type Live } from './live.js';
import {
  BOOT,
  PAGE,
  type BootData,
  type Campaign,
  type CampaignPage,
  type EventMessage,
  type PageData,
} from './operations.js';
import { CampaignTable } from './table.js';

const KEY_STORAGE = 'campaign-gateway:api-key';
const BADGE_WORDS: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

const element = <T extends HTMLElement>(id: string): T => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing from the page`);
  return found as T;
};
const ui = {
  keyForm: element<HTMLFormElement>('key-form'),
  keyInput: element<HTMLInputElement>('api-key'),
  keyError: element<HTMLParagraphElement>('key-error'),
  board: element<HTMLElement>('board'),
  title: element<HTMLHeadingElement>('board-title'),
  badge: element<HTMLParagraphElement>('connection'),
  changeKey: element<HTMLButtonElement>('change-key'),
  summary: element<HTMLParagraphElement>('summary'),
  notice: element<HTMLDivElement>('notice'),
  more: element<HTMLButtonElement>('more'),
  end: element<HTMLParagraphElement>('end'),
  announcer: element<HTMLParagraphElement>('announcer'),
};

const settings = new URLSearchParams(location.search);
const pageSize = Math.min(Math.max(Number(settings.get('pageSize')) || 25, 1), 100);
const transport = settings.get('transport') === 'sse' ? 'sse' : 'ws';

let apiKey = sessionStorage.getItem(KEY_STORAGE);
let live: Live | undefined;
let cursor: string | null = null;
let hasNext = false;
let total: number | null = null;
let loading = false;
let generation = 0;
/** Campaigns that changed while a page was loading: applied over the page once it arrives. */
const changedWhileLoading = new Map<string, Campaign>();

const table = new CampaignTable(element<HTMLTableSectionElement>('rows'), (action, campaign) => {
  void runAction({ apiKey: () => apiKey, table, announce, notify: showNotice, failed }, action, campaign);
});
const filters = new Filters(element<HTMLFormElement>('filters'), () => void loadFirstPage(false));
const scroller = new IntersectionObserver(
  (entries) => {
    if (entries.some((entry) => entry.isIntersecting)) void loadMore();
  },
  { rootMargin: '300px' },
);

function setBadge(state: ConnectionState, detail?: string): void {
  ui.badge.dataset['state'] = state;
  ui.badge.textContent = BADGE_WORDS[state];
  ui.badge.title = detail ?? '';
  if (detail) showNotice(detail);
}

function showNotice(text: string): void {
  ui.notice.textContent = text;
  ui.notice.hidden = text === '';
}

function announce(text: string): void {
  ui.announcer.textContent = text;
}

function showKeyForm(message = ''): void {
  live?.stop();
  live = undefined;
  generation++;
  setBadge('offline');
  ui.board.hidden = true;
  ui.changeKey.hidden = true;
  ui.keyForm.hidden = false;
  ui.keyError.textContent = message;
  ui.keyInput.focus();
}

function failed(error: unknown): void {
  if (error instanceof RequestError && error.code === 'UNAUTHENTICATED') {
    sessionStorage.removeItem(KEY_STORAGE);
    apiKey = null;
    showKeyForm(error.message);
  } else {
    showNotice(error instanceof Error ? error.message : String(error));
  }
}

function showPage(page: CampaignPage, errors: ResponseError[]): void {
  table.append(page.edges.map((edge) => edge.node));
  for (const campaign of changedWhileLoading.values()) table.update(campaign, true);
  changedWhileLoading.clear();
  cursor = page.pageInfo.endCursor;
  hasNext = page.pageInfo.hasNextPage;
  total = page.totalCount;
  ui.summary.textContent =
    total === null ? `Showing ${table.size} campaigns` : `Showing ${table.size} of ${total} campaigns`;
  const missing = page.pageInfo.missingProviders.map((m) => `${m.provider} (${m.account})`);
  const problems = [...new Set(errors.map(describeError))];
  if (missing.length > 0)
    problems.unshift(`Campaigns of ${missing.join(', ')} are missing: the provider did not answer.`);
  if (problems.length > 0) showNotice(problems.join(' '));
  ui.more.hidden = !hasNext;
  ui.end.hidden = hasNext;
  ui.end.textContent = table.size === 0 ? 'No campaigns match these filters.' : 'All campaigns are shown.';
}

/** Re-arms the infinite scroll: a sentinel still in view after a page loads asks for the next one. */
function watchSentinel(): void {
  scroller.unobserve(ui.more);
  if (hasNext) scroller.observe(ui.more);
}

async function loadFirstPage(boot: boolean): Promise<void> {
  if (!apiKey) return showKeyForm();
  const key = apiKey;
  const run = ++generation;
  loading = true;
  ui.summary.textContent = 'Loading campaigns…';
  showNotice('');
  try {
    const variables = { first: pageSize, filter: filters.value() ?? null };
    if (boot) {
      const { data, errors } = await request<BootData>(key, BOOT, variables);
      if (run !== generation) return;
      filters.setProviders([...new Map(data.providers.map((p) => [p.id, p])).values()]);
      table.clear();
      showPage(data.campaigns, errors);
      live?.stop();
      live = startLive({
        apiKey: key,
        since: data.latestEventId,
        transport,
        onEvent: applyEvent,
        onHistoryLost: () => void loadFirstPage(true),
        onState: setBadge,
      });
    } else {
      const { data, errors } = await request<PageData>(key, PAGE, variables);
      if (run !== generation) return;
      table.clear();
      showPage(data.campaigns, errors);
    }
  } catch (error) {
    if (run === generation) failed(error);
  } finally {
    if (run === generation) loading = false;
    watchSentinel();
  }
}

async function loadMore(): Promise<void> {
  if (loading || !hasNext || !apiKey) return;
  const run = generation;
  loading = true;
  ui.more.setAttribute('aria-busy', 'true');
  try {
    const variables = { first: pageSize, after: cursor, filter: filters.value() ?? null };
    const { data, errors } = await request<PageData>(apiKey, PAGE, variables);
    if (run === generation) showPage(data.campaigns, errors);
  } catch (error) {
    if (run === generation) failed(error);
  } finally {
    ui.more.removeAttribute('aria-busy');
    if (run === generation) loading = false;
    watchSentinel();
  }
}

function applyEvent(event: Extract<EventMessage, { __typename: 'CampaignEvent' }>): void {
  const shown = table.get(event.campaignId);
  const campaign = event.campaign;
  if (loading && campaign) changedWhileLoading.set(campaign.id, campaign);
  if (shown) {
    if (campaign) table.update(campaign, true);
    else table.updateStatus(event.campaignId, event.status);
    announce(`${shown.name} is now ${statusLabel(event.status).toLowerCase()}.`);
  } else if (campaign && event.type === 'CREATED' && filters.matches(campaign)) {
    table.prepend(campaign);
    announce(`New campaign: ${campaign.name}.`);
  }
}

function openBoard(): void {
  ui.keyForm.hidden = true;
  ui.board.hidden = false;
  ui.changeKey.hidden = false;
  setBadge('connecting');
  void loadFirstPage(true);
}

ui.keyForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const key = ui.keyInput.value.trim();
  if (!key) return;
  apiKey = key;
  sessionStorage.setItem(KEY_STORAGE, key);
  ui.keyInput.value = '';
  openBoard();
  ui.title.focus();
});
ui.changeKey.addEventListener('click', () => {
  sessionStorage.removeItem(KEY_STORAGE);
  apiKey = null;
  table.clear();
  showKeyForm();
});
ui.more.addEventListener('click', () => void loadMore());

if (apiKey) openBoard();
else showKeyForm();
