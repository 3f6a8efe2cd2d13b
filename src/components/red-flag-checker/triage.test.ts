import { expect } from '@open-wc/testing';
import { redFlags } from '../../content/topics/back-spasms-walking.js';
import { TIERS, triage, type Tier, type TriageFlag } from './triage.js';

const bundled: TriageFlag[] = redFlags.groups.flatMap((group) => group.flags);

/** The expected tier, worked out tier by tier rather than by the order in TIERS. */
function expectedTier(ticked: TriageFlag[]): Tier {
  if (ticked.some((flag) => flag.tier === 'emergency')) return 'emergency';
  if (ticked.some((flag) => flag.tier === 'urgent')) return 'urgent';
  if (ticked.some((flag) => flag.tier === 'see-doctor')) return 'see-doctor';
  return 'self-care';
}

describe('triage', () => {
  it('orders the tiers from highest to lowest', () => {
    expect(TIERS).to.deep.equal(['emergency', 'urgent', 'see-doctor', 'self-care']);
  });

  describe('every bundled flag at the tier the guidance gives', () => {
    // From the content notes' tables, not from the content file: a flag added, removed or moved to
    // another tier fails here until this table says so too.
    const expected: Record<string, Tier> = {
      'saddle-numbness': 'emergency',
      'bladder-bowel': 'emergency',
      'sexual-problems': 'emergency',
      'both-legs': 'emergency',
      'unsteady-legs': 'emergency',
      'chest-pain': 'emergency',
      injury: 'emergency',
      'leg-weakness': 'urgent',
      fever: 'urgent',
      'weight-loss': 'urgent',
      lump: 'urgent',
      'cancer-history': 'urgent',
      'weak-immune-system': 'urgent',
      'thin-bones': 'urgent',
      'upper-back': 'urgent',
      'night-pain': 'urgent',
      'cough-sneeze': 'urgent',
      'one-leg-numbness': 'see-doctor',
      'walking-leg-pain': 'see-doctor',
      'first-back-pain-age': 'see-doctor',
      'not-improving': 'see-doctor',
    };

    it('has exactly the flags of the table', () => {
      expect(bundled.map((flag) => flag.id).sort()).to.deep.equal(Object.keys(expected).sort());
    });

    for (const [id, tier] of Object.entries(expected)) {
      it(`${id} → ${tier}`, () => {
        expect(bundled.find((flag) => flag.id === id)?.tier, id).to.equal(tier);
        expect(triage(bundled, new Set([id]))).to.equal(tier);
      });
    }
  });

  it('gives the right tier for every pair of bundled flags, and for sampled larger sets', () => {
    // All 2^n combinations would be millions; every single flag and pair, plus a fixed
    // pseudo-random sample of larger sets, cover each tier meeting each other tier.
    const sets: TriageFlag[][] = [[]];
    bundled.forEach((a, i) => bundled.slice(i).forEach((b) => sets.push([a, b])));
    let seed = 9;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 2000; n++) sets.push(bundled.filter(() => random() < 0.25));
    const seen = new Set<Tier>();
    for (const ticked of sets) {
      const tier = triage(bundled, new Set(ticked.map((flag) => flag.id)));
      if (tier !== expectedTier(ticked)) {
        expect.fail(`${ticked.map((flag) => flag.id).join(', ') || 'nothing'}: got ${tier}`);
      }
      seen.add(tier);
    }
    expect([...seen].sort()).to.deep.equal([...TIERS].sort());
  });

  describe('hand-written cases for the bundled flags', () => {
    // Expected tiers come from the content notes' table, not from the code or the content file.
    const cases: [string[], Tier][] = [
      [[], 'self-care'],
      [['not-improving'], 'see-doctor'],
      [['fever'], 'urgent'],
      [['weight-loss', 'fever'], 'urgent'],
      [['night-pain', 'not-improving'], 'urgent'],
      [['upper-back'], 'urgent'],
      [['cough-sneeze', 'lump'], 'urgent'],
      [['saddle-numbness'], 'emergency'],
      [['bladder-bowel'], 'emergency'],
      [['both-legs', 'not-improving'], 'emergency'],
      [['not-improving', 'fever', 'chest-pain'], 'emergency'],
      [['injury'], 'emergency'],
      [['lump', 'saddle-numbness', 'night-pain'], 'emergency'],
      [['cancer-history'], 'urgent'],
      [['thin-bones', 'walking-leg-pain'], 'urgent'],
      [['first-back-pain-age', 'walking-leg-pain'], 'see-doctor'],
      [['leg-weakness', 'unsteady-legs'], 'emergency'],
      [['weak-immune-system', 'sexual-problems'], 'emergency'],
    ];
    for (const [ids, tier] of cases) {
      it(`${ids.join(' + ') || 'nothing ticked'} → ${tier}`, () => {
        for (const id of ids)
          expect(
            bundled.some((flag) => flag.id === id),
            `${id} is a bundled flag`,
          ).to.equal(true);
        expect(triage(bundled, new Set(ids))).to.equal(tier);
      });
    }
  });

  describe('any content', () => {
    const flags: TriageFlag[] = [
      { id: 'a', tier: 'see-doctor' },
      { id: 'b', tier: 'urgent' },
      { id: 'c', tier: 'emergency' },
    ];

    it('does not depend on the order of the flags', () => {
      expect(triage([...flags].reverse(), new Set(['a', 'b']))).to.equal('urgent');
      expect(triage(flags, new Set(['b', 'a']))).to.equal('urgent');
    });

    it('ignores ticked ids that name no flag', () => {
      expect(triage(flags, new Set(['nope']))).to.equal('self-care');
      expect(triage(flags, new Set(['nope', 'a']))).to.equal('see-doctor');
    });

    it('is self-care with no flags at all', () => {
      expect(triage([], new Set(['a']))).to.equal('self-care');
    });
  });
});
