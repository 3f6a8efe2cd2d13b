import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit/html.js';
import type { AnatomyTableContent } from '../content/schema.js';
import { anatomy } from '../content/topics/back-spasms-walking.js';
import { validate as check, AnatomyTableContentSchema } from '../content/validation.js';
import { coreStrings, HwElement, type CoreStrings } from './hw-element.js';

/** A minimal element that counts how often it validates and renders. */
class TestContent extends HwElement<AnatomyTableContent, CoreStrings> {
  validations = 0;
  renders = 0;
  protected async validate(data: unknown) {
    this.validations++;
    return check(AnatomyTableContentSchema, data);
  }
  protected readonly bundled = { [anatomy.meta.id]: anatomy };
  protected readonly defaultStrings = coreStrings;
  protected renderContent(content: AnatomyTableContent): TemplateResult {
    this.renders++;
    return html`<p>${content.heading}</p>`;
  }
}
customElements.define('hw-test-content', TestContent);

/** Lets the mutation observer run, then waits for any validation and render it started. */
async function afterMutations(el: TestContent): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

const inline = (heading: string) => JSON.stringify({ ...anatomy, heading });
const shown = (el: TestContent) => el.renderRoot.querySelector('p')?.textContent;

describe('HwElement', () => {
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
