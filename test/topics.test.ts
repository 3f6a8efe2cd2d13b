/**
 * Every element shows every bundled topic that has its kind of content, loading all but the
 * default one from the topic's own file; asked for a topic without its kind, it shows the error
 * view listing the topics that have it. While a topic loads it keeps its space and says nothing.
 */
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/components/anatomy-table/anatomy-table.js';
import '../src/components/faq-accordion/faq-accordion.js';
import '../src/components/prevention-checklist/prevention-checklist.js';
import '../src/components/red-flag-checker/red-flag-checker.js';
import { topicIndex, WIDGETS } from '../src/content/topic-index.js';
import { topics } from '../src/content/topics.js';
import { captureConsole } from '../src/test-support/helpers.js';
import * as topicStories from '../stories/topics.stories.js';

const TAGS = Object.values(WIDGETS);
type Kind = keyof typeof WIDGETS;
const kindOf = (tag: string) => (Object.keys(WIDGETS) as Kind[]).find((kind) => WIDGETS[kind] === tag)!;

async function show(tag: string, topic: string) {
  const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
    staticHtml`<${unsafeStatic(tag)} topic=${topic}></${unsafeStatic(tag)}>`,
  );
  await el.updateComplete;
  return el;
}

describe('bundled topics in every element', () => {
  it('keep the space and announce nothing while a topic loads, then show it', async () => {
    // First in this file, so neither the catalogue nor the topic has been fetched yet.
    const el = fixtureSync<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<hw-red-flag-checker topic="sciatica"></hw-red-flag-checker>`,
    );
    // The first render, before the topic's file has arrived.
    const root = el.shadowRoot!;
    for (let tries = 0; tries < 100 && root.childElementCount === 0; tries++) await Promise.resolve();
    const loading = root.querySelector('[part="loading"]');
    expect(loading, 'a placeholder').to.not.equal(null);
    expect(loading!.getBoundingClientRect().height).to.be.greaterThan(200);
    expect(root.textContent!.trim(), 'no words').to.equal('');
    expect(root.querySelectorAll('[role="status"], [role="alert"], [aria-live]')).to.have.length(0);
    await el.updateComplete;
    expect(root.querySelector('[part="loading"]')).to.equal(null);
    expect(root.querySelector('[part="heading"]')!.textContent!.trim()).to.equal('Check for warning signs');
  });

  for (const entry of topicIndex) {
    for (const tag of TAGS) {
      const content = topics[entry.id]![kindOf(tag)];
      if (entry.widgets.includes(tag)) {
        it(`<${tag}> shows "${entry.id}"`, async () => {
          const el = await show(tag, entry.id);
          const root = el.shadowRoot!;
          expect(root.querySelector('[part="error"]'), 'no error view').to.equal(null);
          expect(root.querySelector('[part="heading"]')!.textContent!.trim()).to.equal(content!.heading);
          expect(root.querySelector('[part="footer"]')).to.not.equal(null);
        });
      } else {
        it(`<${tag}> names the topics that have it when asked for "${entry.id}"`, async () => {
          const console_ = captureConsole('error');
          let problems: string[] = [];
          try {
            const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
              staticHtml`<${unsafeStatic(tag)}
                topic=${entry.id}
                @hw-content-error=${(event: CustomEvent<{ problems: string[] }>) => (problems = event.detail.problems)}
              ></${unsafeStatic(tag)}>`,
            );
            await el.updateComplete;
            const having = topicIndex.filter((topic) => topic.widgets.includes(tag)).map((topic) => topic.id);
            const message = `topic: "${entry.id}" has no content for this widget (topics with it: ${having.join(', ')})`;
            expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(message);
            expect(problems).to.deep.equal([message]);
          } finally {
            console_.restore();
          }
          expect(console_.calls).to.have.length(1);
        });
      }
    }
  }

  it('switch between topics: the default one shows at once, others once loaded', async () => {
    const el = await show('hw-faq-accordion', 'lower-back-pain');
    const heading = () => el.shadowRoot!.querySelector('[part="heading"]')?.textContent!.trim();
    expect(heading()).to.equal('Questions about lower back pain');
    el.setAttribute('topic', 'back-spasms-walking');
    await el.updateComplete;
    expect(heading()).to.equal('Questions people ask');
    el.setAttribute('topic', 'sciatica');
    await el.updateComplete;
    expect(heading()).to.equal('Questions about sciatica');
  });

  it('each have a story per element that has their kind', () => {
    const stories = Object.entries(topicStories)
      .filter(([name]) => name !== 'default')
      .map(([, story]) => {
        const { args } = story as { args: { tag: string; topic: string } };
        return `${args.topic} ${args.tag}`;
      });
    const expected = topicIndex.flatMap((entry) => entry.widgets.map((tag) => `${entry.id} ${tag}`));
    expect(stories.sort()).to.deep.equal(expected.sort());
  });
});
