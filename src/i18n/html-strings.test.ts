import { expect } from '@open-wc/testing';
import { faqStrings, checklistStrings, redFlagStrings } from './en-GB.js';
import { parseStrings } from './html-strings.js';

describe('parseStrings', () => {
  it('gives the strings of a valid block', () => {
    expect(parseStrings('{ "showAll": "Open all" }', faqStrings)).to.deep.equal({
      strings: { showAll: 'Open all' },
      problems: [],
    });
  });
  it('takes plural forms only for a plural string', () => {
    const forms = { one: '{done} of {total} item', other: '{done} of {total} items' };
    expect(parseStrings(JSON.stringify({ progress: forms }), checklistStrings).strings).to.deep.equal({
      progress: forms,
    });
    expect(parseStrings(JSON.stringify({ reset: forms }), checklistStrings).problems).to.deep.equal([
      'strings.reset: expected a string',
    ]);
    expect(parseStrings(JSON.stringify({ progress: { one: 'x' } }), checklistStrings).problems).to.deep.equal(
      ['strings.progress: expected a string or plural forms'],
    );
    expect(
      parseStrings(JSON.stringify({ progress: { other: 'x', lots: 'y' } }), checklistStrings).problems,
    ).to.deep.equal(['strings.progress: expected a string or plural forms']);
  });
  it('names each unknown key and each value that is not a string, and keeps none of them', () => {
    const result = parseStrings('{ "shwAll": "Open all", "hideAll": 3, "showAll": "ok" }', faqStrings);
    expect(result.problems).to.deep.equal([
      'strings.shwAll: not a UI string of this element',
      'strings.hideAll: expected a string',
    ]);
    expect(result.strings).to.deep.equal({});
  });
  it('names each placeholder a string drops, so nothing it fills in goes missing', () => {
    const call = { callNumber: 'Call an ambulance now.', disclaimer: 'Not a diagnosis. Call {number}.' };
    expect(parseStrings(JSON.stringify(call), redFlagStrings)).to.deep.equal({
      strings: {},
      problems: ['strings.callNumber: must keep {number}'],
    });
    expect(
      parseStrings(
        JSON.stringify({ progress: { one: '{done} done', other: '{done} done' } }),
        checklistStrings,
      ).problems,
    ).to.deep.equal(['strings.progress: must keep {total}']);
    expect(parseStrings('{ "callNumber": "Ring {number} at once." }', redFlagStrings).problems).to.deep.equal(
      [],
    );
  });
  it('reports JSON that does not parse, and JSON that is not an object', () => {
    expect(parseStrings('{ showAll: ', faqStrings).problems[0]).to.match(/^strings: /);
    expect(parseStrings('["Open all"]', faqStrings).problems).to.deep.equal([
      'strings: expected an object of UI strings',
    ]);
    expect(parseStrings('null', faqStrings).problems).to.have.length(1);
  });
});
