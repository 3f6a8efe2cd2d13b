/**
 * A widget the page moves into another document: an iframe, or a picture-in-picture window.
 * Style sheets built in one document do not apply in another, and adopting them there throws;
 * each element must still render, styled, without an error reaching the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { TAGS } from '../src/core/tags.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Errors the browser reports for the page (an exception in a custom element callback is one). */
function watchErrors(...windows: Window[]) {
  const errors: string[] = [];
  const record = (event: ErrorEvent) => {
    errors.push(event.message);
    event.preventDefault();
  };
  for (const view of windows) view.addEventListener('error', record);
  return {
    errors,
    stop: () => windows.forEach((view) => view.removeEventListener('error', record)),
  };
}

/** The card's border as the document the widget is in draws it: solid only when styled. */
const cardBorder = (el: Widget) => {
  const card = el.shadowRoot!.querySelector('.card');
  return card && el.ownerDocument.defaultView!.getComputedStyle(card).borderTopStyle;
};

async function frame(): Promise<HTMLIFrameElement> {
  const iframe = await fixture<HTMLIFrameElement>(html`<iframe title="another document"></iframe>`);
  return iframe;
}

describe('a widget in another document', () => {
  for (const tag of TAGS) {
    it(`renders <${tag}> styled when it is created in the page and connected in an iframe`, async () => {
      const iframe = await frame();
      const other = iframe.contentDocument!;
      const watch = watchErrors(window, iframe.contentWindow!);
      try {
        const el = document.createElement(tag) as Widget;
        other.body.append(el);
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve));
        expect(watch.errors).to.deep.equal([]);
        expect(el.shadowRoot!.querySelector('.card [part="heading"]')?.textContent?.trim()).to.not.be.empty;
        expect(cardBorder(el)).to.equal('solid');
      } finally {
        watch.stop();
      }
    });

    it(`keeps <${tag}> styled when the page moves it into an iframe and back`, async () => {
      const iframe = await frame();
      const watch = watchErrors(window, iframe.contentWindow!);
      try {
        const el = (await fixture(`<${tag}></${tag}>`)) as Widget;
        await el.updateComplete;
        const home = el.parentElement!;
        expect(cardBorder(el)).to.equal('solid');
        iframe.contentDocument!.body.append(el);
        await el.updateComplete;
        expect(cardBorder(el)).to.equal('solid');
        home.append(el);
        await el.updateComplete;
        expect(cardBorder(el)).to.equal('solid');
        // Styled once: the block is not added again on the way back.
        expect(el.shadowRoot!.querySelectorAll('style').length).to.equal(1);
        await new Promise((resolve) => setTimeout(resolve));
        expect(watch.errors).to.deep.equal([]);
      } finally {
        watch.stop();
      }
    });
  }
});
