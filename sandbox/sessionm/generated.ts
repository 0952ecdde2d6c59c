import { behavior, FULL_PAGE, insertCampaign, tile } from './builders.js';
import { guid, type SessionMStore } from './state.js';

const DAY = 86_400_000;
const THEMES = ['Breakfast', 'Espresso', 'Pastry', 'Loyalty', 'Weekend', 'Member', 'Seasonal', 'Rewards'];
const HOOKS = ['Bonus', 'Boost', 'Challenge', 'Sprint', 'Perks', 'Streak', 'Drive', 'Treat'];

/** Adds `count` live, untargeted campaigns with distinct names and created_at one second apart. */
export function seedGenerated(store: SessionMStore, count: number): void {
  const now = store.clock.now().getTime();
  for (let index = 0; index < count; index += 1) {
    const theme = THEMES[index % THEMES.length] ?? 'Loyalty';
    const hook = HOOKS[Math.floor(index / THEMES.length) % HOOKS.length] ?? 'Bonus';
    const name = `${theme} ${hook} ${String(index + 1).padStart(5, '0')}`;
    const campaign = insertCampaign(store, {
      name,
      permalink: guid(`generated:${index}`),
      status: 'live',
      startsAt: new Date(now - DAY),
      endsAt: new Date(now + 180 * DAY + index * 60_000),
      creative:
        index % 2 === 0 ? tile(name, `${theme} members earn more.`, 10 + (index % 9) * 5, 'app://rewards') : FULL_PAGE,
      createdAt: new Date(now - 10 * DAY + index * 1000),
    });
    campaign.behaviors = [
      behavior(campaign.id, 1, {
        name: `${name} visit`,
        eventName: `visit.${campaign.id}`,
        goal: 1 + (index % 4),
        points: 10,
      }),
    ];
  }
}
