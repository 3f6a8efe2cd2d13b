import { expect } from '@open-wc/testing';
import { redFlags } from '../../content/topics/back-spasms-walking.js';
import { html } from 'lit/html.js';
import { fill, TIERS, triage, type Tier, type TriageFlag } from './triage.js';

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

  it('gives the right tier for every combination of the bundled flags', () => {
    // 2^n combinations; the bundled set is small enough to cover completely.
    expect(bundled.length, 'flags').to.be.within(1, 16);
    const seen = new Set<Tier>();
    for (let mask = 0; mask < 2 ** bundled.length; mask++) {
      const ticked = bundled.filter((_, index) => mask & (2 ** index));
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

describe('fill', () => {
  it('fills every occurrence of the placeholder, wherever it stands', () => {
    expect(fill('{n} and {n}, then {n}', 'n', 7)).to.deep.equal(['', 7, ' and ', 7, ', then ', 7, '']);
    expect(fill('Call {number} now.', 'number', '999')).to.deep.equal(['Call ', '999', ' now.']);
    expect(fill('{service}{service}', 'service', 'S')).to.deep.equal(['', 'S', '', 'S', '']);
  });

  it('leaves a string without the placeholder, and other placeholders, as they are', () => {
    expect(fill('No number here.', 'number', '999')).to.deep.equal(['No number here.']);
    expect(fill('{service} or {number}', 'number', '1')).to.deep.equal(['{service} or ', '1', '']);
  });

  it('puts a template in as it is, never as an HTML string', () => {
    const link = html`<a href="tel:112">112</a>`;
    const parts = fill('{number} / {number}', 'number', link);
    expect(parts.filter((part) => part === link)).to.have.length(2);
    expect(parts.filter((part) => typeof part === 'string' && part.includes('<'))).to.deep.equal([]);
  });
});
