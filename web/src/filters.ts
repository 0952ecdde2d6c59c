import { CHANNEL_LABELS, STATUS_LABELS } from './format.js';
import type { Campaign, CampaignFilter } from './operations.js';

const SEARCH_DELAY_MS = 300;

/** The filter form: provider, status, channel and name search, mirrored in the page's URL. */
export class Filters {
  private readonly provider: HTMLSelectElement;
  private readonly status: HTMLSelectElement;
  private readonly channel: HTMLSelectElement;
  private readonly search: HTMLInputElement;

  constructor(form: HTMLFormElement, onChange: () => void) {
    const field = <T extends Element>(name: string) => form.elements.namedItem(name) as T;
    this.provider = field<HTMLSelectElement>('provider');
    this.status = field<HTMLSelectElement>('status');
    this.channel = field<HTMLSelectElement>('channel');
    this.search = field<HTMLInputElement>('search');
    fillOptions(this.status, STATUS_LABELS);
    fillOptions(this.channel, CHANNEL_LABELS);
    const params = new URLSearchParams(location.search);
    this.status.value = params.get('status') ?? '';
    this.channel.value = params.get('channel') ?? '';
    this.search.value = params.get('search') ?? '';
    this.provider.dataset['wanted'] = params.get('provider') ?? '';

    const changed = () => {
      this.remember();
      onChange();
    };
    let timer: number | undefined;
    form.addEventListener('submit', (event) => event.preventDefault());
    for (const select of [this.provider, this.status, this.channel]) select.addEventListener('change', changed);
    this.search.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(changed, SEARCH_DELAY_MS);
    });
  }

  /** Offers the tenant's providers (once known), keeping a provider chosen in the URL. */
  setProviders(providers: { id: string; name: string }[]): void {
    const labels = Object.fromEntries(providers.map((p) => [p.id, p.name]));
    const current = this.provider.value || this.provider.dataset['wanted'] || '';
    fillOptions(this.provider, labels);
    this.provider.value = current in labels ? current : '';
  }

  /** The filter for the campaigns query; undefined when nothing is chosen. */
  value(): CampaignFilter | undefined {
    const filter: CampaignFilter = {};
    const provider = this.provider.value || this.provider.dataset['wanted'];
    if (provider) filter.providers = [provider];
    if (this.status.value) filter.statuses = [this.status.value];
    if (this.channel.value) filter.channels = [this.channel.value];
    const search = this.search.value.trim();
    if (search) filter.search = search.slice(0, 255);
    return Object.keys(filter).length > 0 ? filter : undefined;
  }

  /** Whether a campaign that appeared live belongs in the list as filtered now. */
  matches(campaign: Campaign): boolean {
    const filter = this.value() ?? {};
    if (filter.providers && !filter.providers.includes(campaign.provider)) return false;
    if (filter.statuses && !filter.statuses.includes(campaign.status)) return false;
    if (filter.channels && !campaign.channels.some((c) => filter.channels?.includes(c))) return false;
    return !filter.search || campaign.name.toLowerCase().includes(filter.search.toLowerCase());
  }

  private remember(): void {
    delete this.provider.dataset['wanted'];
    const params = new URLSearchParams(location.search);
    const set = (name: string, value: string) => (value ? params.set(name, value) : params.delete(name));
    set('provider', this.provider.value);
    set('status', this.status.value);
    set('channel', this.channel.value);
    set('search', this.search.value.trim());
    const query = params.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  }
}

function fillOptions(select: HTMLSelectElement, labels: Record<string, string>): void {
  const all = select.options[0];
  select.replaceChildren(...(all ? [all] : []));
  for (const [value, label] of Object.entries(labels)) select.append(new Option(label, value));
}
