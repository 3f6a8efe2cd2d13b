import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import type { AnatomyTableContent } from '../content/schema.js';
import { anatomy } from '../content/topics/back-spasms-walking.js';
import { AnatomyTableContentSchema } from '../content/validator-entry.js';
import { captureConsole } from '../test-support/helpers.js';
import { coreStrings, HwElement, type CoreStrings } from './hw-element.js';

/** A minimal element that counts how often it validates and renders, and can be made to fail. */
class TestContent extends HwElement<AnatomyTableContent, CoreStrings> {
  static override schema = async () => {
    validations++;
    return AnatomyTableContentSchema;
  };
  renders = 0;
  broken = false;
  get validations() {
    return validations;
  }
  protected readonly bundled = { inline: anatomy, load: () => Promise.reject(new Error('no other topic')) };
  protected readonly defaultStrings = coreStrings;
  protected renderContent(content: AnatomyTableContent): TemplateResult {
    this.renders++;
    if (this.broken) throw new Error('broken template');
    return html`<p>${content.heading}</p>`;
  }
}
let validations = 0;
customElements.define('hw-test-content', TestContent);

/** Lets the mutation observer run, then waits for any validation and render it started. */
async function afterMutations(el: TestContent): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

const inline = (heading: string) => JSON.stringify({ ...anatomy, heading });
const shown = (el: TestContent) => el.renderRoot.querySelector('p')?.textContent;

describe('HwElement', () => {
  beforeEach(() => {
    validations = 0;
  });

  it('renders once for every change made in the same task', async () => {
    const el = await fixture<TestContent>(testHtml`<hw-test-content></hw-test-content>`);
    const before = el.renders;
    el.headingLevel = 3;
    el.setAttribute('heading-level', '4');
    el.topic = 'lower-back-pain';
    el.topic = 'back-spasms-walking';
    await el.updateComplete;
    expect(el.renders).to.equal(before + 1);
    expect(el.headingLevel).to.equal(4);
  });

  it('keeps properties that a framework set before the element was defined', async () => {
    const el = document.createElement('hw-test-early') as TestContent;
    (el as unknown as { content: unknown }).content = { ...anatomy, heading: 'Early' };
    class TestEarly extends TestContent {}
    customElements.define('hw-test-early', TestEarly);
    customElements.upgrade(el);
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(shown(el)).to.equal('Early');
    } finally {
      el.remove();
    }
  });

  it('turns a fault while rendering into the error view and one hw-content-error, never an exception', async () => {
    const errors = captureConsole('error');
    const el = document.createElement('hw-test-content') as TestContent;
    el.broken = true;
    const problems: string[][] = [];
    el.addEventListener('hw-content-error', (event) => problems.push(event.detail.problems));
    try {
      document.body.append(el);
      expect(await el.updateComplete).to.be.a('boolean');
      expect(problems).to.deep.equal([['hw-test-content: broken template']]);
      expect(el.shadowRoot!.querySelector('[part="error"]')?.textContent).to.contain('broken template');
      expect(errors.calls).to.have.length(1);
      el.broken = false;
      el.content = { ...anatomy, heading: 'Mended' };
      await el.updateComplete;
      expect(shown(el)).to.equal('Mended');
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    } finally {
      errors.restore();
      el.remove();
    }
  });

  describe('inline JSON in the light DOM', () => {
    it('resolves again when inline JSON is added or edited', async () => {
      const el = await fixture<TestContent>(testHtml`<hw-test-content></hw-test-content>`);
      expect(shown(el)).to.equal(anatomy.heading);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = inline('First');
      el.append(script);
      await afterMutations(el);
      expect(shown(el)).to.equal('First');
      script.textContent = inline('Second');
      await afterMutations(el);
      expect(shown(el)).to.equal('Second');
      expect(el.validations).to.equal(2);
      script.remove();
      await afterMutations(el);
      expect(shown(el)).to.equal(anatomy.heading);
    });

    it('shows inline JSON edited while the element was out of the document once it is back', async () => {
      const el = await fixture<TestContent>(
        testHtml`<hw-test-content
          ><script type="application/json">
            ${inline('Before')}
          </script></hw-test-content
        >`,
      );
      expect(shown(el)).to.equal('Before');
      const parent = el.parentNode!;
      el.remove();
      el.querySelector('script')!.textContent = inline('While away');
      await afterMutations(el);
      parent.append(el);
      await afterMutations(el);
      expect(shown(el)).to.equal('While away');
      el.remove();
      el.querySelector('script')!.remove();
      parent.append(el);
      await afterMutations(el);
      expect(shown(el), 'the bundled topic once the JSON is gone').to.equal(anatomy.heading);
    });

    it('ignores other light DOM, such as a JSON-LD block, without validating or rendering again', async () => {
      const el = await fixture<TestContent>(
        testHtml`<hw-test-content
          ><script type="application/json">
            ${inline('Inline')}
          </script></hw-test-content
        >`,
      );
      expect(shown(el)).to.equal('Inline');
      const [validations, renders] = [el.validations, el.renders];
      const jsonLd = document.createElement('script');
      jsonLd.type = 'application/ld+json';
      jsonLd.textContent = '{"@type": "FAQPage"}';
      el.append(jsonLd);
      jsonLd.textContent = '{"@type": "FAQPage", "mainEntity": []}';
      el.append(document.createElement('span'), 'text');
      await afterMutations(el);
      jsonLd.remove();
      await afterMutations(el);
      expect(el.validations).to.equal(validations);
      expect(el.renders).to.equal(renders);
      expect(shown(el)).to.equal('Inline');
    });
  });
});
