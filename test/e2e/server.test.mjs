// The server entry in Node: every element renders for every bundled topic, with its shadow root
// declared; outside content is validated as the browser validates it. Run after `npm run build`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as content from '../../dist/content.js';
import { renderWidget, WidgetContentError } from '../../dist/server.js';
import { TAGS } from './support.mjs';

const TOPICS = {
  'hw-anatomy-table': content.anatomyTopics,
  'hw-faq-accordion': content.faqTopics,
  'hw-red-flag-checker': content.redFlagTopics,
  'hw-prevention-checklist': content.checklistTopics,
};
const SCHEMAS = {
  'hw-anatomy-table': content.AnatomyTableContentSchema,
  'hw-faq-accordion': content.FaqContentSchema,
  'hw-red-flag-checker': content.RedFlagContentSchema,
  'hw-prevention-checklist': content.ChecklistContentSchema,
};

/** The text a reader would see: tags, comments and the style block dropped. */
const textOf = (html) =>
  html
    .replace(/<style>.*?<\/style>/gs, '')
    .replace(/<script.*?<\/script>/gs, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ');

const rejection = async (promise) => {
  const error = await promise.then(
    () => assert.fail('expected a rejection'),
    (error) => error,
  );
  assert.ok(error instanceof WidgetContentError, error.stack);
  return error;
};

describe('renderWidget', () => {
  for (const tag of TAGS) {
    for (const [id, topic] of Object.entries(TOPICS[tag])) {
      test(`${tag}, topic ${id}: its heading in a declared shadow root`, async () => {
        const html = await renderWidget(tag, { topic: id });
        assert.match(
          html,
          new RegExp(`^<${tag} +topic="${id}"><template shadowroot="open" shadowrootmode="open">`),
        );
        assert.match(html, new RegExp(`</template></${tag}>$`));
        assert.ok(textOf(html).includes(topic.heading), `${tag} shows its heading`);
      });
    }
  }

  test('the red-flag checker renders as a care card: every sign under its tier, with the number to call', async () => {
    const html = await renderWidget('hw-red-flag-checker', { attributes: { 'emergency-number': '999' } });
    const topic = Object.values(content.redFlagTopics)[0];
    assert.doesNotMatch(html, /type="checkbox"/);
    const text = textOf(html);
    for (const group of topic.groups) {
      for (const flag of group.flags) {
        const section = html.slice(html.indexOf(`data-tier="${flag.tier}"`));
        assert.ok(textOf(section.slice(0, section.indexOf('part="outcome"', 20))).includes(flag.label));
      }
    }
    for (const tier of ['emergency', 'urgent', 'see-doctor', 'self-care'])
      assert.ok(text.includes(topic.outcomes[tier].body), `${tier}: what to do`);
    assert.match(html, /<a href="tel:999" dir="ltr">(<!--[^>]*-->)*999</);
  });

  // Built templates are minified: a space that starts or ends a template must not be lost.
  // (The anatomy table cites no source.)
  for (const tag of TAGS.filter((tag) => tag !== 'hw-anatomy-table')) {
    test(`${tag}: each source's note follows it as a sentence of its own`, async () => {
      const html = await renderWidget(tag);
      // The text as a reader reads it: tags and comments go, and nothing stands in for them.
      const text = html.replace(/<!--.*?-->|<[^>]*>/gs, '').replace(/\s+/g, ' ');
      const notes = Object.values(TOPICS[tag])[0]
        .meta.review.sources.map((source) => source.note)
        .filter(Boolean);
      assert.ok(notes.length > 0);
      for (const note of notes) assert.ok(text.includes(`. ${note}`), `". ${note}" in ${tag}`);
    });
  }

  test('the FAQ shows every answer open; structured data when asked for', async () => {
    const html = await renderWidget('hw-faq-accordion', { attributes: { 'structured-data': true } });
    assert.doesNotMatch(html, /aria-expanded="false"/);
    assert.doesNotMatch(html, /\shidden[=\s>]/);
    const [, json] = html.match(/<script type="application\/ld\+json">(.*?)<\/script><\/hw-faq-accordion>$/s);
    assert.equal(JSON.parse(json)['@type'], 'FAQPage');
    assert.doesNotMatch(await renderWidget('hw-faq-accordion'), /ld\+json/);
  });

  test('outside content: validated, shown, and written as inline JSON for the browser', async () => {
    const faq = structuredClone(Object.values(content.faqTopics)[0]);
    faq.heading = 'Questions about <b>your</b> back';
    const html = await renderWidget('hw-faq-accordion', { content: faq });
    assert.ok(textOf(html).includes('Questions about &lt;b&gt;your&lt;/b&gt; back'));
    const [, json] = html.match(/<script type="application\/json">(.*?)<\/script>/s);
    assert.doesNotMatch(json, /</);
    assert.deepEqual(JSON.parse(json), faq);
    assert.equal(await renderWidget('hw-faq-accordion', { json: JSON.stringify(faq) }), html);
  });

  test('invalid content rejects with the problems the browser lists, by path', async () => {
    for (const tag of TAGS) {
      const bad = structuredClone(Object.values(TOPICS[tag])[0]);
      delete bad.heading;
      bad.meta.review.lastReviewed = 'yesterday';
      const error = await rejection(renderWidget(tag, { content: bad }));
      assert.deepEqual(error.problems, content.validate(SCHEMAS[tag], bad).problems);
      assert.ok(error.problems.some((problem) => problem.startsWith('heading: ')));
      assert.ok(error.problems.some((problem) => problem.startsWith('meta.review.lastReviewed: ')));
      assert.equal(error.kind, 'content');
      assert.equal(error.message, `<${tag}> invalid content:\n${error.problems.join('\n')}`);
    }
    const json = await rejection(renderWidget('hw-anatomy-table', { json: '{"meta":' }));
    assert.match(json.problems[0], /^inline JSON: /);
  });

  test('an unknown topic or a bad attribute value rejects too', async () => {
    const topic = await rejection(renderWidget('hw-faq-accordion', { topic: 'nope' }));
    const faqIds = Object.keys(content.faqTopics).join(', ');
    assert.deepEqual(topic.problems, [`topic: unknown topic "nope" (topics with this widget: ${faqIds})`]);
    // The message says what is wrong in its own words, not "invalid content".
    assert.equal(topic.kind, 'topic');
    assert.equal(
      topic.message,
      `<hw-faq-accordion> unknown topic "nope" (topics with this widget: ${faqIds})`,
    );
    const lacking = await rejection(renderWidget('hw-anatomy-table', { topic: 'sciatica' }));
    const anatomyIds = Object.keys(content.anatomyTopics).join(', ');
    assert.deepEqual(lacking.problems, [
      `topic: "sciatica" has no content for this widget (topics with it: ${anatomyIds})`,
    ]);
    assert.equal(
      lacking.message,
      `<hw-anatomy-table> topic "sciatica" has no content for this widget (topics with it: ${anatomyIds})`,
    );
    const number = await rejection(
      renderWidget('hw-red-flag-checker', { attributes: { 'emergency-number': 'call us' } }),
    );
    assert.match(number.problems[0], /^emergency-number: "call us" /);
    assert.equal(number.kind, 'attribute');
    assert.equal(number.message, `<hw-red-flag-checker> attribute ${number.problems[0]}`);
  });

  test('topic and lang among the attributes mean what the options mean; an empty topic is the default', async () => {
    assert.equal(
      await renderWidget('hw-faq-accordion', { attributes: { topic: 'sciatica', lang: 'cy' } }),
      await renderWidget('hw-faq-accordion', { topic: 'sciatica', lang: 'cy' }),
    );
    const byDefault = await renderWidget('hw-faq-accordion');
    for (const topic of ['', '  '])
      assert.equal(await renderWidget('hw-faq-accordion', { topic }), byDefault, `topic "${topic}"`);
    assert.equal(await renderWidget('hw-faq-accordion', { attributes: { topic: '' } }), byDefault);
  });

  test("the care card marks its own words with the pack's language, the content's with the content's", async () => {
    const html = await renderWidget('hw-red-flag-checker', { lang: 'cy' });
    // The language the words inherit: the nearest open element with a lang before them.
    const langOf = (words) => {
      const at = html.indexOf(words);
      assert.ok(at > 0, `${words} is shown`);
      const open = [];
      for (const [, close, name, attributes] of html.slice(0, at).matchAll(/<(\/?)([a-z][\w-]*)([^>]*)>/g)) {
        if (close) open.pop();
        else if (!['input', 'br', 'img', 'meta'].includes(name) && !attributes.endsWith('/'))
          open.push(/ lang="([^"]*)"/.exec(attributes)?.[1]);
      }
      return open.findLast(Boolean);
    };
    assert.equal(langOf('arwyddion hyn sydd gennych chi?'), 'cy');
    assert.equal(langOf('Ffynhonnell'), 'cy');
    assert.equal(langOf('Dim un o'), 'cy');
    const topic = Object.values(content.redFlagTopics)[0];
    assert.equal(langOf(topic.groups[0].flags[0].label), topic.meta.lang);
  });

  test('null and undefined leave an attribute out, as Lit, React and Vue do', async () => {
    const html = await renderWidget('hw-red-flag-checker', {
      attributes: { 'emergency-number': '999', 'urgent-service': undefined, title: null },
    });
    assert.match(html, /^<hw-red-flag-checker +emergency-number="999">/);
    assert.doesNotMatch(textOf(html), /undefined|null/);
    const faq = await renderWidget('hw-faq-accordion', {
      attributes: { exclusive: undefined, 'structured-data': null },
    });
    assert.equal(faq, await renderWidget('hw-faq-accordion'));
  });

  test('an attribute the element does not take rejects as an attribute problem, naming those it does', async () => {
    await assert.rejects(
      renderWidget('hw-anatomy-table', { attributes: { exclusive: true, 'Bad name': 1 } }),
      {
        name: 'WidgetContentError',
        kind: 'attribute',
        problems: [
          "exclusive: not an attribute of this element (it has: heading-level; and any element's id, class, style, dir, title and data-*)",
          '"Bad name": not a valid attribute name',
        ],
        message:
          /^<hw-anatomy-table> attribute exclusive: not an attribute of this element \(it has: heading-level;/,
      },
    );
    const html = await renderWidget('hw-anatomy-table', { attributes: { class: 'wide', 'data-x': '1' } });
    assert.match(html, /^<hw-anatomy-table +class="wide" data-x="1">/);
  });

  test('attributes are escaped; a language renders in its pack', async () => {
    const html = await renderWidget('hw-red-flag-checker', { attributes: { 'urgent-service': 'A "&" B' } });
    assert.match(html, /urgent-service="A &quot;&amp;&quot; B"/);
    const welsh = await renderWidget('hw-faq-accordion', { lang: 'cy' });
    assert.match(welsh, /^<hw-faq-accordion +lang="cy">/);
    assert.ok(textOf(welsh).includes('Tachwedd') || textOf(welsh).includes('gwiriwyd'));
    await assert.rejects(renderWidget('hw-nope'), /unknown element "hw-nope"/);
  });
});
