import { describe, expect, it } from 'vitest';
import { availableActions } from '../../src/domain/campaign.js';
import type { Capability } from '../../src/domain/provider.js';
import {
  CAMPAIGN_ACTIONS,
  CAMPAIGN_STATUSES,
  canTransition,
  targetStatus,
  TERMINAL_STATUSES,
  type CampaignAction,
  type CampaignStatus,
} from '../../src/domain/status.js';

/** The status machine as the design states it, written out independently of the implementation. */
const ALLOWED: Record<CampaignAction, CampaignStatus[]> = {
  START: ['DRAFT', 'SCHEDULED'],
  PAUSE: ['RUNNING'],
  RESUME: ['PAUSED'],
  CANCEL: ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'RUNNING', 'PAUSED'],
  SCHEDULE: ['DRAFT'],
};

describe('campaign status machine', () => {
  for (const action of CAMPAIGN_ACTIONS) {
    for (const status of CAMPAIGN_STATUSES) {
      const allowed = ALLOWED[action].includes(status);
      it(`${allowed ? 'allows' : 'refuses'} ${action} from ${status}`, () => {
        expect(canTransition(status, action)).toBe(allowed);
      });
    }
  }

  it('leads each action to its documented status', () => {
    expect(CAMPAIGN_ACTIONS.map((action) => [action, targetStatus(action)])).toEqual([
      ['START', 'RUNNING'],
      ['PAUSE', 'PAUSED'],
      ['RESUME', 'RUNNING'],
      ['CANCEL', 'CANCELLED'],
      ['SCHEDULE', 'SCHEDULED'],
    ]);
  });

  it('lets no action leave a terminal status', () => {
    for (const status of TERMINAL_STATUSES) {
      expect(CAMPAIGN_ACTIONS.filter((action) => canTransition(status, action))).toEqual([]);
    }
  });
});

describe('available actions', () => {
  it('crosses capabilities with the status machine', () => {
    const bsgLike = new Set<Capability>(['SEND', 'CANCEL']);
    expect(availableActions('RUNNING', bsgLike)).toEqual(['CANCEL']);
    expect(availableActions('COMPLETED', bsgLike)).toEqual([]);
    const full = new Set<Capability>(['START', 'PAUSE', 'RESUME', 'CANCEL', 'SCHEDULE']);
    expect(availableActions('DRAFT', full)).toEqual(['START', 'CANCEL', 'SCHEDULE']);
    expect(availableActions('PAUSED', full)).toEqual(['RESUME', 'CANCEL']);
  });
});
