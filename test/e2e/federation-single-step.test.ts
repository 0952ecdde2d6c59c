import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  federatedWalker,
  ORDERS,
  SEEDED_PER_PROVIDER,
  storedCampaigns,
  type Order,
} from '../support/federated-walk.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/**
 * In an order some provider cannot sort by, every page re-reads that account's whole list (the gateway
 * sorts it; nothing is cached across requests), so one campaign per page over 1,000 costs a million
 * campaign reads per ordering. `npm test` walks one at a time end to end where every provider sorts
 * natively (newest first) and the first and last STEPS positions elsewhere; `npm run test:walk` walks
 * every ordering end to end.
 */
const FULL_WALK = process.env.FEDERATION_FULL_WALK === '1';
const STEPS = 40;

describe('the federated campaigns connection, one campaign per page, over 1,000 campaigns', () => {
  let gw: TestGateway;
  let walker: ReturnType<typeof federatedWalker>;

  beforeAll(async () => {
    gw = await startTestGateway({ seedCampaigns: SEEDED_PER_PROVIDER });
    walker = federatedWalker(gw.url, gw.apiKey);
  });
  afterAll(() => gw.stop());

  const native = (order: Order) => order.field === 'CREATED_AT' && order.direction === 'DESC';

  for (const orderBy of ORDERS) {
    const whole = FULL_WALK || native(orderBy);
    const name = `${orderBy.field} ${orderBy.direction}`;
    it(`steps one campaign at a time by ${name} ${whole ? 'end to end' : `over the first and last ${STEPS}`}, as pages of 50 list them`, async () => {
      const reference = (await walker.forward(50, orderBy)).ids;
      expect(reference).toHaveLength(storedCampaigns(gw.sandboxes).size);
      if (whole) {
        expect((await walker.forward(1, orderBy)).ids).toEqual(reference);
        if (native(orderBy)) expect(await walker.backward(1, orderBy)).toEqual(reference);
      } else {
        expect((await walker.forward(1, orderBy, undefined, STEPS)).ids).toEqual(reference.slice(0, STEPS));
        expect(await walker.backward(1, orderBy, undefined, STEPS)).toEqual(reference.slice(-STEPS));
      }
    }, 300_000);
  }
});
