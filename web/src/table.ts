import { ACTION_WORDS, channelsText, scheduleText, statsText, statusLabel } from './format.js';
import { BUTTON_ACTIONS, type Action, type Campaign } from './operations.js';

/** Called when a person presses an action button of a row. */
export type ActionHandler = (action: Action, campaign: Campaign) => void;

const HIGHLIGHT_MS = 2_500;

function cell(label: string, text: string, className: string): HTMLTableCellElement {
  const td = document.createElement('td');
  td.dataset['label'] = label;
  td.className = className;
  td.textContent = text;
  return td;
}

/** The campaign rows, keyed by campaign id, updated in place. */
export class CampaignTable {
  private readonly rows = new Map<string, { tr: HTMLTableRowElement; campaign: Campaign }>();
  private readonly fading = new WeakMap<HTMLTableRowElement, number>();

  constructor(
    private readonly body: HTMLTableSectionElement,
    private readonly onAction: ActionHandler,
  ) {}

  get size(): number {
    return this.rows.size;
  }

  get(id: string): Campaign | undefined {
    return this.rows.get(id)?.campaign;
  }

  clear(): void {
    this.rows.clear();
    this.body.replaceChildren();
  }

  /** Adds a page of rows at the end (rows already shown are refreshed, not repeated). */
  append(campaigns: Campaign[]): void {
    for (const campaign of campaigns) {
      if (this.rows.has(campaign.id)) this.update(campaign, false);
      else this.insert(campaign, 'end');
    }
  }

  /** Puts a new campaign at the top, highlighted. */
  prepend(campaign: Campaign): void {
    if (this.rows.has(campaign.id)) return this.update(campaign, true);
    this.highlight(this.insert(campaign, 'start'));
  }

  /** Redraws a row from fresh data; `highlight` marks it as changed for a moment. */
  update(campaign: Campaign, highlight: boolean): void {
    const row = this.rows.get(campaign.id);
    if (!row) return;
    const focused = row.tr.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
    const focusKey = focused?.dataset['action'];
    row.campaign = campaign;
    this.fill(row.tr, campaign);
    if (focusKey) {
      const again = row.tr.querySelector<HTMLElement>(`[data-action="${focusKey}"]`);
      (again ?? row.tr.querySelector<HTMLElement>('th'))?.focus();
    }
    if (highlight) this.highlight(row.tr);
  }

  /** A status change known only by its new status (the campaign itself could not be read). */
  updateStatus(id: string, status: string): void {
    const campaign = this.get(id);
    if (campaign) this.update({ ...campaign, status, availableActions: [] }, true);
  }

  /** Shows a short message under a row's buttons (an action's outcome) and blocks them while busy. */
  setRowState(id: string, state: { busy?: boolean; message?: string }): void {
    const tr = this.rows.get(id)?.tr;
    if (!tr) return;
    for (const button of tr.querySelectorAll('button')) button.disabled = state.busy ?? false;
    tr.setAttribute('aria-busy', String(state.busy ?? false));
    const note = tr.querySelector('.row-message');
    if (note) note.textContent = state.message ?? '';
  }

  private insert(campaign: Campaign, where: 'start' | 'end'): HTMLTableRowElement {
    const tr = document.createElement('tr');
    this.fill(tr, campaign);
    this.rows.set(campaign.id, { tr, campaign });
    if (where === 'start') this.body.prepend(tr);
    else this.body.append(tr);
    return tr;
  }

  private fill(tr: HTMLTableRowElement, campaign: Campaign): void {
    tr.dataset['id'] = campaign.id;
    tr.dataset['provider'] = campaign.provider;
    tr.dataset['status'] = campaign.status;
    const name = document.createElement('th');
    name.scope = 'row';
    name.tabIndex = -1;
    name.dataset['label'] = 'Name';
    name.className = 'name';
    name.textContent = campaign.name;
    const status = cell('Status', '', 'status');
    const badge = document.createElement('span');
    badge.className = 'status-badge';
    badge.dataset['status'] = campaign.status;
    badge.textContent = statusLabel(campaign.status);
    badge.title = `${campaign.providerName} calls it “${campaign.providerStatus}”`;
    status.append(badge);
    tr.replaceChildren(
      name,
      cell('Provider', `${campaign.providerName} · ${campaign.account}`, 'provider'),
      cell('Channel', channelsText(campaign), 'channel'),
      status,
      cell('Schedule', scheduleText(campaign), 'schedule'),
      cell('Stats', statsText(campaign), 'stats'),
      this.actions(campaign),
    );
  }

  private actions(campaign: Campaign): HTMLTableCellElement {
    const td = cell('Actions', '', 'actions');
    const list = document.createElement('div');
    list.className = 'action-list';
    td.append(list);
    const offered = BUTTON_ACTIONS.filter((action) => campaign.availableActions.includes(action));
    for (const action of offered) {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset['action'] = action;
      button.className = `action action-${action.toLowerCase()}`;
      button.textContent = ACTION_WORDS[action].verb;
      button.setAttribute('aria-label', `${ACTION_WORDS[action].verb} ${campaign.name}`);
      button.addEventListener('click', () => this.onAction(action, campaign));
      list.append(button);
    }
    if (offered.length === 0) list.append(Object.assign(document.createElement('span'), { textContent: '—' }));
    const note = document.createElement('p');
    note.className = 'row-message';
    list.append(note);
    return td;
  }

  private highlight(tr: HTMLTableRowElement): void {
    tr.classList.remove('changed');
    void tr.offsetWidth;
    tr.classList.add('changed');
    window.clearTimeout(this.fading.get(tr));
    this.fading.set(
      tr,
      window.setTimeout(() => tr.classList.remove('changed'), HIGHLIGHT_MS),
    );
  }
}
