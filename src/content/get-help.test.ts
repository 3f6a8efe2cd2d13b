import { expect } from '@open-wc/testing';
import { getHelpAnswer } from './get-help.js';
import type { Block, RedFlagContent } from './schema.js';
import { FLAG_TIERS } from './tiers.js';
import * as backSpasmsWalking from './topics/back-spasms-walking.js';
import { faq, redFlags } from './topics/back-spasms-walking.js';

const flags = redFlags.groups.flatMap((group) => group.flags);

/** The answer as [lead-in paragraph, list items] pairs, plus the closing paragraph. */
function sections(answer: readonly Block[]) {
  const lists: { lead: unknown; items: unknown[] }[] = [];
  answer.forEach((block, index) => {
    if (typeof block === 'object' && 'list' in block)
      lists.push({ lead: answer[index - 1], items: block.list });
  });
  return { lists, end: answer.at(-1) };
}

describe('the FAQ’s "When should I get medical help?" answer', () => {
  const item = faq.items.find((entry) => entry.question === 'When should I get medical help?')!;
  const answer = item.answer as Block[];

  it('lists every red flag of the checker, under what to do for its tier', () => {
    const { lists } = sections(answer);
    expect(lists.map((list) => list.lead)).to.deep.equal(
      FLAG_TIERS.map((tier) => `${redFlags.outcomes[tier].heading} if you have any of these:`),
    );
    for (const flag of flags) {
      const at = FLAG_TIERS.indexOf(flag.tier);
      expect(lists[at]!.items, `"${flag.id}" under ${flag.tier}`).to.include(flag.label);
    }
    expect(lists.flatMap((list) => list.items)).to.have.length(flags.length);
  });

  it('ends with the safety net, for anyone whose sign is not listed', () => {
    expect(sections(answer).end).to.equal(
      'Help today can be an urgent appointment with a doctor, or a medical helpline such as NHS 111. If another symptom worries you, or you are not sure, get medical advice anyway.',
    );
  });

  it('changes with the flags: a flag added to the checker is in the answer', () => {
    const more: RedFlagContent = structuredClone(redFlags);
    more.groups[0]!.flags.push({
      id: 'new-sign',
      label: 'A new sign',
      tier: 'see-doctor',
      sources: ['nice-ng59'],
    });
    const { lists } = sections(getHelpAnswer(more, 'if:', 'End.'));
    expect(lists[FLAG_TIERS.indexOf('see-doctor')]!.items).to.include('A new sign');
    expect(lists.flatMap((list) => list.items)).to.have.length(flags.length + 1);
  });

  it('leaves out a tier no flag has', () => {
    const emergencyOnly: RedFlagContent = {
      ...redFlags,
      groups: [{ id: 'only', label: 'Signs', flags: [flags.find((flag) => flag.tier === 'emergency')!] }],
    };
    expect(getHelpAnswer(emergencyOnly, 'if:', 'End.')).to.deep.equal([
      `${redFlags.outcomes.emergency.heading} if:`,
      { list: [emergencyOnly.groups[0]!.flags[0]!.label] },
      'End.',
    ]);
  });
});

describe('the sources each widget lists in its footer', () => {
  const ids = (content: { meta: { review: { sources: { id: string }[] } } }) =>
    content.meta.review.sources.map((source) => source.id).sort();
  const cited = [
    ...new Set(
      backSpasmsWalking.redFlags.groups.flatMap((group) => group.flags.flatMap((flag) => flag.sources)),
    ),
  ].sort();

  it('are, for the checker, exactly those the warning signs cite', () => {
    expect(ids(backSpasmsWalking.redFlags)).to.deep.equal(cited);
  });

  it('are, for the FAQ, those the warning signs cite and NICE NG59, which its answers draw on', () => {
    expect(ids(backSpasmsWalking.faq)).to.deep.equal([...cited, 'nice-ng59'].sort());
  });

  it('are, for the checklist, the two its habits were checked against, and none for the anatomy table', () => {
    expect(ids(backSpasmsWalking.checklist)).to.deep.equal(['nhs-back-pain', 'nice-ng59']);
    expect(ids(backSpasmsWalking.anatomy)).to.deep.equal([]);
  });
});
