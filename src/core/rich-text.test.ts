import { expect } from '@open-wc/testing';
import { render } from 'lit';
import type { RichText } from '../content/schema.js';
import { plainText, richText } from './rich-text.js';

function rendered(text: RichText | undefined): HTMLElement {
  const container = document.createElement('div');
  render(richText(text), container);
  return container;
}

/** The container's elements and text, without Lit's comment markers or template white space. */
function shape(node: Node): unknown {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  const element = node as Element;
  const children = [...element.childNodes]
    .filter(
      (child) =>
        child.nodeType === Node.ELEMENT_NODE ||
        (child.nodeType === Node.TEXT_NODE && child.textContent!.trim() !== ''),
    )
    .map(shape);
  const href = element.getAttribute('href');
  return { [element.localName]: children, ...(href === null ? {} : { href }) };
}

const body = (text: RichText | undefined) => (shape(rendered(text)) as { div: unknown[] }).div;

describe('rich text', () => {
  describe('richText()', () => {
    it('renders one plain string as a paragraph', () => {
      expect(body('Rest, then walk.')).to.deep.equal([{ p: ['Rest, then walk.'] }]);
    });

    it('renders each block as a paragraph or a list, with emphasis and links inside', () => {
      expect(
        body([
          'First.',
          ['Walk ', { text: 'slowly', em: true }, ' and read ', { text: 'advice', href: '/back-pain' }, '.'],
          { list: ['Rest', ['Stretch ', { text: 'gently', em: true }]] },
          { list: ['One', 'Two'], ordered: true },
        ]),
      ).to.deep.equal([
        { p: ['First.'] },
        { p: ['Walk ', { em: ['slowly'] }, ' and read ', { a: ['advice'], href: '/back-pain' }, '.'] },
        { ul: [{ li: ['Rest'] }, { li: ['Stretch ', { em: ['gently'] }] }] },
        { ol: [{ li: ['One'] }, { li: ['Two'] }] },
      ]);
    });

    it('never turns text into markup', () => {
      const container = rendered(['<img src=x onerror="alert(1)">', [{ text: '<b>bold</b>', em: true }]]);
      expect(container.querySelector('img, b')).to.equal(null);
      expect(container.textContent).to.contain('<img src=x onerror="alert(1)">');
      expect(container.querySelector('em')!.textContent).to.equal('<b>bold</b>');
    });

    it('renders nothing for missing text', () => {
      expect(body(undefined)).to.deep.equal([]);
    });
  });

  describe('plainText()', () => {
    it('returns a plain string as it is', () => {
      expect(plainText('Rest, then walk.')).to.equal('Rest, then walk.');
    });

    it('keeps the words of links and emphasis, and puts each block and list item on its own line', () => {
      expect(
        plainText([
          'First.',
          ['Walk ', { text: 'slowly', em: true }, ' and read ', { text: 'advice', href: '/back-pain' }, '.'],
          { list: ['Rest', ['Stretch ', { text: 'gently', em: true }]] },
        ]),
      ).to.equal('First.\nWalk slowly and read advice.\nRest\nStretch gently');
    });
  });
});
