import { DEFAULT_TENSION_PARAMETERS } from '@parley/domain';
import { backed, clash, foldBackedGroups } from '../../test/backed-groups';
import { dyadTension, tensionOverview } from './tension.query';

const asOf = '2025-06-10T00:00:00.000Z';
const a = DEFAULT_TENSION_PARAMETERS.proxyAttribution;

describe('proxies on both sides of a dyad', () => {
  // Given M23 backed by RWA and WAZALENDO by COD, and the two groups fighting each other
  const backings = [backed('M23', 'RWA', '2024-07-08T00:00:00.000Z'), backed('WAZALENDO', 'COD', '2025-01-01T00:00:00.000Z')];

  it("counts the groups' fighting in their backers' dyad at the attribution of both links, named by the groups' dyad", async () => {
    const folded = foldBackedGroups([...backings, clash('d1', 'M23', 'WAZALENDO', '2025-06-05T12:00:00.000Z')]);

    const states = await dyadTension(folded, 'COD-RWA', { asOf, limit: 10 });
    const groups = await dyadTension(folded, 'M23-WAZALENDO', { asOf, limit: 10 });

    expect(states.contributions).toEqual([expect.objectContaining({ eventId: expect.any(String), via: 'M23-WAZALENDO', attribution: a * a })]);
    expect(states.contributions[0].contribution).toBeCloseTo(groups.contributions[0].contribution * a * a, 9);
    expect(states.conflict).toBeCloseTo(groups.conflict * a * a, 9);
  });

  it('counts nothing from before both backings held', async () => {
    const folded = foldBackedGroups([...backings, clash('d1', 'WAZALENDO', 'M23', '2024-12-20T12:00:00.000Z')]);

    const states = await dyadTension(folded, 'COD-RWA', { asOf, limit: 10 });

    expect(states).toMatchObject({ contributionCount: 0, conflict: 0, contributions: [] });
  });

  it('lists the backers of both groups in the overview, with the reading of the dyad itself', async () => {
    const folded = foldBackedGroups([...backings, clash('d1', 'M23', 'WAZALENDO', '2025-06-05T12:00:00.000Z')]);

    const overview = await tensionOverview(folded, { asOf });
    const states = await dyadTension(folded, 'COD-RWA', { asOf, limit: 10 });

    expect(overview.dyads.find((d) => d.dyad === 'COD-RWA')?.value).toBeCloseTo(states.value, 9);
  });
});
