import { expect } from '@open-wc/testing';
import { getHelpAnswer } from './get-help.js';
import type { Block, RedFlagContent } from './schema.js';
import { FLAG_TIERS } from './tiers.js';
import { topics } from './topics.js';
import { sharedFlags, type Flag } from './topics/shared/back-red-flags.js';

/** What keeps a checker from showing every shared sign as written, at its tier. */
function drift(content: RedFlagContent): string[] {
  const shown = new Map(content.groups.flatMap((group) => group.flags).map((flag) => [flag.id, flag]));
  return sharedFlags.flatMap((shared) => {
    const flag = shown.get(shared.id);
    if (!flag) return [`"${shared.id}" is missing`];
    if (flag.tier !== shared.tier) return [`"${shared.id}" is at ${flag.tier}, not ${shared.tier}`];
    if (flag.label !== shared.label) return [`"${shared.id}" says "${flag.label}"`];
    return [];
  });
}

/** The FAQ answer's lists, by the tier whose lead-in comes before each. */
function listsByTier(answer: readonly Block[], outcomes: RedFlagContent['outcomes']) {
  const lists = new Map<string, unknown[]>();
  answer.forEach((block, index) => {
    if (typeof block !== 'object' || !('list' in block)) return;
    const lead = String(answer[index - 1]);
    const tier = FLAG_TIERS.find((t) => lead.startsWith(outcomes[t].heading));
    lists.set(tier ?? lead, block.list);
  });
  return lists;
}

const checkers = Object.entries(topics).flatMap(([id, topic]) =>
  topic.redFlags ? [[id, topic] as const] : [],
);

describe('the warning signs every back topic shares', () => {
  it('are at least the signs of NHS back pain guidance and cauda equina', () => {
    expect(sharedFlags.length).to.be.at.least(15);
    expect(sharedFlags.map((flag) => flag.id)).to.include.members([
      'saddle-numbness',
      'bladder-bowel',
      'both-legs',
    ]);
  });

  it('are checked: a checker that lacks one, or shows one at another tier, fails', () => {
    const [, topic] = checkers[0]!;
    const missing = structuredClone(topic.redFlags!);
    missing.groups[0]!.flags.shift();
    expect(drift(missing)).to.deep.equal([`"${topic.redFlags!.groups[0]!.flags[0]!.id}" is missing`]);

    const moved = structuredClone(topic.redFlags!);
    const flag = moved.groups.flatMap((group) => group.flags).find((f) => f.id === 'saddle-numbness')!;
    flag.tier = 'urgent';
    expect(drift(moved)).to.deep.equal(['"saddle-numbness" is at urgent, not emergency']);
  });

  for (const [id, topic] of checkers) {
    describe(id, () => {
      const redFlags = topic.redFlags!;
      const flags: Flag[] = redFlags.groups.flatMap((group) => group.flags);

      it('shows every shared sign, as written and at its tier', () => {
        expect(drift(redFlags)).to.deep.equal([]);
      });

      // Each topic writes these out; what to do at a tier must not differ between topics.
      it('says what to do at each tier of a sign as every other back topic does', () => {
        const first = checkers[0]![1].redFlags!.outcomes;
        for (const tier of FLAG_TIERS) expect(redFlags.outcomes[tier], tier).to.deep.equal(first[tier]);
      });

      it('names a source its footer lists on every sign, its own included', () => {
        const listed = new Set(redFlags.meta.review.sources.map((source) => source.id));
        for (const flag of flags) {
          expect(flag.sources.length, flag.id).to.be.at.least(1);
          for (const source of flag.sources)
            expect(listed.has(source), `${flag.id}: ${source}`).to.equal(true);
        }
      });

      it('has a FAQ that cites every source its signs were checked against, since it lists them all', () => {
        const cited = new Set(topic.faq!.meta.review.sources.map((source) => source.id));
        for (const flag of flags)
          for (const source of flag.sources)
            expect(cited.has(source), `${flag.id}: ${source}`).to.equal(true);
      });

      it('builds its FAQ’s "when to get help" answer from its own checker’s signs', () => {
        expect(topic.faq, 'a topic with a checker has a FAQ').to.not.equal(undefined);
        const item = topic.faq!.items.find((entry) => entry.id === 'get-help');
        expect(item, 'the "get-help" question').to.not.equal(undefined);
        const answer = item!.answer as Block[];
        const lists = listsByTier(answer, redFlags.outcomes);
        for (const tier of FLAG_TIERS) {
          const labels = flags.filter((flag) => flag.tier === tier).map((flag) => flag.label);
          expect(lists.get(tier) ?? [], `${tier} signs`).to.deep.equal(labels);
        }
        expect([...lists.keys()].every((key) => (FLAG_TIERS as readonly string[]).includes(key))).to.equal(
          true,
        );
        // The same answer the shared builder gives for these signs, so nothing was written by hand.
        const highest = FLAG_TIERS.find((tier) => flags.some((flag) => flag.tier === tier))!;
        expect(String(answer[0]).startsWith(redFlags.outcomes[highest].heading)).to.equal(true);
        expect(answer).to.deep.equal(
          getHelpAnswer(
            redFlags,
            String(answer[0]).slice(redFlags.outcomes[highest].heading.length + 1),
            String(answer.at(-1)),
          ),
        );
      });
    });
  }
});
