import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html } from 'lit/html.js';
import { BaseElement, toBoolean, toNumber, toText, type Converter } from './base-element.js';

class TestCounter extends BaseElement {
  static override styles = [':host { display: block; color: rgb(1, 2, 3); }'];
  static override attributes: Record<string, [string, Converter]> = {
    label: ['label', toText],
    count: ['count', toNumber],
    open: ['open', toBoolean],
  };
  static {
    this.reactive('label', 'count', 'open');
  }
  label?: string;
  count?: number;
  open = false;
  renders = 0;
  lastChanged = new Set<string>();

  protected override willUpdate(changed: Set<string>): void {
    this.lastChanged = changed;
  }

  protected render() {
    this.renders++;
    return html`<p>${this.label ?? 'none'}: ${this.count ?? '-'}${this.open ? ' (open)' : ''}</p>`;
  }
}
customElements.define('hw-test-counter', TestCounter);

const text = (el: TestCounter) => el.renderRoot.querySelector('p')!.textContent;

describe('BaseElement', () => {
  it('renders once connected, and again once per task of changes', async () => {
    const el = await fixture<TestCounter>(testHtml`<hw-test-counter></hw-test-counter>`);
    expect(text(el)).to.equal('none: -');
    const before = el.renders;
    el.label = 'steps';
    el.count = 3;
    el.count = 4;
    await el.updateComplete;
    expect(text(el)).to.equal('steps: 4');
    expect(el.renders).to.equal(before + 1);
    expect([...el.lastChanged].sort()).to.deep.equal(['count', 'label']);
  });

  it('does not render again when a property is set to the value it has', async () => {
    const el = await fixture<TestCounter>(testHtml`<hw-test-counter label="a"></hw-test-counter>`);
    const before = el.renders;
    el.label = 'a';
    await el.updateComplete;
    expect(el.renders).to.equal(before);
  });

  it('converts attributes into properties', async () => {
    const el = await fixture<TestCounter>(
      testHtml`<hw-test-counter label="steps" count="7" open></hw-test-counter>`,
    );
    expect(el.count).to.equal(7);
    expect(el.open).to.equal(true);
    expect(text(el)).to.equal('steps: 7 (open)');
    el.removeAttribute('open');
    el.removeAttribute('label');
    await el.updateComplete;
    expect(el.open).to.equal(false);
    expect(el.label).to.equal(undefined);
  });

  it('keeps properties that a framework set before the element was defined', async () => {
    const el = document.createElement('hw-test-early') as TestCounter;
    (el as unknown as { count: number }).count = 42;
    class TestEarly extends TestCounter {}
    customElements.define('hw-test-early', TestEarly);
    customElements.upgrade(el);
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.count).to.equal(42);
      expect(text(el)).to.equal('none: 42');
      el.count = 43;
      await el.updateComplete;
      expect(text(el)).to.equal('none: 43');
    } finally {
      el.remove();
    }
  });

  it('adopts its styles, sharing one stylesheet between instances', async () => {
    const wrapper = await fixture(
      testHtml`<div><hw-test-counter></hw-test-counter><hw-test-counter></hw-test-counter></div>`,
    );
    const [first, second] = wrapper.querySelectorAll<TestCounter>('hw-test-counter');
    expect(getComputedStyle(first!).color).to.equal('rgb(1, 2, 3)');
    expect(first!.renderRoot.adoptedStyleSheets[0]).to.equal(second!.renderRoot.adoptedStyleSheets[0]);
  });
});
