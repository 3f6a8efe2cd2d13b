import { expect } from '@open-wc/testing';
import { markdownSection } from '../stories/markdown-section.js';

const markdown = `# Title

## First

See [Second](#second) and [a part below](#a-part-below), or [the site](https://example.org).

### A part below

Words.

## Second

Back to [First](#first).
`;

describe('markdownSection', () => {
  it('gives one section, up to the next of its level', () => {
    const section = markdownSection(markdown, 'Second');
    expect(section.startsWith('## Second\n')).to.equal(true);
    expect(section).not.to.include('A part below');
  });

  it('keeps links to its own headings and to the web, and the words of links elsewhere', () => {
    const section = markdownSection(markdown, 'First');
    expect(section).to.include(
      'See Second and [a part below](#a-part-below), or [the site](https://example.org).',
    );
    expect(markdownSection(markdown, 'Second')).to.include('Back to First.');
  });

  it('names a section that is not there', () => {
    expect(() => markdownSection(markdown, 'Third')).to.throw('no section "Third"');
  });
});
