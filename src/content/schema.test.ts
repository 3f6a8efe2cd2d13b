import { expect } from '@open-wc/testing';
import * as bundledTopic from './topics/back-spasms-walking.js';
import {
  AnatomyTableContentSchema,
  ChecklistContentSchema,
  FaqContentSchema,
  isSafeUrl,
  RedFlagContentSchema,
  TopicSchema,
} from './schema.js';
import { anatomyTopics, checklistTopics, faqTopics, redFlagTopics, topics } from './topics.js';
import { validate } from './validator.js';

/** A deep copy to break, so each test starts from valid content. */
const copy = <T>(value: T): T => structuredClone(value);

function problemsOf(schema: Parameters<typeof validate>[0], input: unknown): string[] {
  const result = validate(schema, input);
  expect(result.ok, 'content should be invalid').to.equal(false);
  return result.ok ? [] : result.problems;
}

describe('content schemas', () => {
  describe('bundled topics', () => {
    for (const [id, topic] of Object.entries(topics)) {
      it(`accepts "${id}" whole and part by part`, () => {
        expect(validate(TopicSchema, topic)).to.deep.include({ ok: true });
        const parts = [
          [AnatomyTableContentSchema, topic.anatomy],
          [FaqContentSchema, topic.faq],
          [RedFlagContentSchema, topic.redFlags],
          [ChecklistContentSchema, topic.checklist],
        ] as [Parameters<typeof validate>[0], { meta: { id: string } } | undefined][];
        for (const [schema, part] of parts) {
          if (!part) continue;
          expect(validate(schema, part).ok).to.equal(true);
          expect(part.meta.id).to.equal(id);
        }
        // Every bundled topic has a checker and a FAQ; the others are left out where they do not fit.
        expect(topic.redFlags && topic.faq, 'a checker and a FAQ').to.not.equal(undefined);
      });
    }

    it('lists back-spasms-walking with the article’s five muscle groups and at least five questions', () => {
      expect(bundledTopic.anatomy.rows.map((row) => row.id)).to.deep.equal([
        'erector-spinae',
        'psoas-major',
        'quadratus-lumborum',
        'multifidus',
        'latissimus-dorsi',
      ]);
      expect(bundledTopic.faq.items.length).to.be.at.least(5);
    });

    it('says honestly what review back-spasms-walking had, in British English', () => {
      const { lang, version, review } = bundledTopic.meta;
      expect(lang).to.equal('en-GB');
      expect(version).to.equal('6');
      expect(review.checkedBy).to.equal('the health-widgets editors');
      expect(review, 'no clinician reviewed it').to.not.have.property('clinicalReviewer');
      // Pages on nhs.uk could not be opened for this check: each says so, and carries no date.
      for (const source of review.sources.filter((s) => s.url.startsWith('https://www.nhs.uk/'))) {
        expect(source.note, source.id).to.contain('We could not open this page');
        expect(source.checked, source.id).to.equal(undefined);
      }
      expect(review.sources.filter((s) => s.checked).length).to.be.at.least(5);
    });

    it('records each bundled topic’s content version in the changelog the package ships', async () => {
      const changelog = await (await fetch('/CONTENT-CHANGELOG.md')).text();
      const pkg = (await (await fetch('/package.json')).json()) as { files: string[] };
      expect(pkg.files).to.include('CONTENT-CHANGELOG.md');
      for (const [id, topic] of Object.entries(topics))
        expect(changelog).to.contain(`## ${id}, version ${topic.faq!.meta.version} (`);
    });

    it('keys each element map by the id of the topic it holds', () => {
      for (const map of [anatomyTopics, faqTopics, redFlagTopics, checklistTopics]) {
        for (const [key, content] of Object.entries(map)) expect(content.meta.id).to.equal(key);
      }
    });

    it('names a listed source on every red flag', () => {
      const sources = new Set(bundledTopic.meta.review.sources.map((source) => source.id));
      const flags = bundledTopic.redFlags.groups.flatMap((group) => group.flags);
      expect(flags.length).to.be.at.least(10);
      for (const flag of flags) {
        expect(flag.sources.length, flag.id).to.be.at.least(1);
        for (const source of flag.sources)
          expect(sources.has(source), `${flag.id}: ${source}`).to.equal(true);
      }
    });
  });

  describe('bad input names the path of the problem', () => {
    it('a missing field', () => {
      const content = copy(bundledTopic.anatomy) as {
        rows: Partial<(typeof bundledTopic.anatomy.rows)[0]>[];
      };
      delete content.rows[2]!.muscle;
      expect(problemsOf(AnatomyTableContentSchema, content)).to.deep.equal(['rows[2].muscle: is required']);
    });

    it('a wrong type', () => {
      const content = copy(bundledTopic.anatomy) as unknown as { rows: { role: unknown }[] };
      content.rows[0]!.role = 42;
      expect(problemsOf(AnatomyTableContentSchema, content)).to.deep.equal([
        'rows[0].role: expected a string, got 42',
      ]);
    });

    it('a list where text belongs', () => {
      const content = copy(bundledTopic.anatomy) as unknown as { caption: unknown };
      content.caption = ['Muscles'];
      expect(problemsOf(AnatomyTableContentSchema, content)).to.deep.equal([
        'caption: expected a string, got a list',
      ]);
    });

    it('a misspelt field, which would otherwise be dropped without a word', () => {
      type Loose = Record<string, unknown> & { outcomes: Record<string, Record<string, unknown>> };
      const content = copy(bundledTopic.redFlags) as unknown as Loose;
      const selfCare = content.outcomes['self-care']!;
      expect(content.audience).to.be.a('string');
      expect(selfCare.steps).to.be.an('array');
      content.audiance = content.audience;
      delete content.audience;
      selfCare.step = selfCare.steps;
      delete selfCare.steps;
      expect(problemsOf(RedFlagContentSchema, content)).to.have.members([
        'audiance: unknown field: check its spelling',
        'outcomes["self-care"].step: unknown field: check its spelling',
      ]);
      const faq = copy(bundledTopic.faq) as unknown as { items: Record<string, unknown>[] };
      faq.items[0]!.anwser = 'A misspelt answer';
      expect(problemsOf(FaqContentSchema, faq)).to.deep.equal([
        'items[0].anwser: unknown field: check its spelling',
      ]);
    });

    it('a blank string', () => {
      const content = copy(bundledTopic.anatomy);
      content.caption = '   ';
      expect(problemsOf(AnatomyTableContentSchema, content)).to.deep.equal(['caption: must not be empty']);
    });

    it('an empty list', () => {
      const content = copy(bundledTopic.anatomy);
      content.rows = [];
      expect(problemsOf(AnatomyTableContentSchema, content)).to.deep.equal(['rows: needs at least one row']);
    });

    it('duplicate ids', () => {
      const content = copy(bundledTopic.anatomy);
      content.rows[3]!.id = content.rows[1]!.id;
      expect(problemsOf(AnatomyTableContentSchema, content)).to.deep.equal([
        'rows[3].id: duplicate row id "psoas-major"',
      ]);
    });

    it('a javascript: link in rich text', () => {
      const content = copy(bundledTopic.faq);
      content.items[0]!.answer = [['Read ', { text: 'this', href: 'javascript:alert(1)' }]];
      expect(problemsOf(FaqContentSchema, content)).to.deep.equal([
        'items[0].answer[0][1].href: must be an http(s), mailto, tel or relative link',
      ]);
    });

    it('a javascript: link as a source', () => {
      const content = copy(bundledTopic.checklist);
      content.meta.review.sources[1]!.url = ' JavaScript:alert(1)';
      expect(problemsOf(ChecklistContentSchema, content)).to.deep.equal([
        'meta.review.sources[1].url: must be an http(s), mailto, tel or relative link',
      ]);
    });

    it('a value outside a fixed set', () => {
      const content = copy(bundledTopic.redFlags) as unknown as { groups: { flags: { tier: string }[] }[] };
      content.groups[0]!.flags[0]!.tier = 'panic';
      expect(problemsOf(RedFlagContentSchema, content)).to.deep.equal([
        'groups[0].flags[0].tier: expected "emergency" or "urgent" or "see-doctor", got "panic"',
      ]);
    });

    it('a red flag whose source the topic does not list', () => {
      const content = copy(bundledTopic.redFlags);
      content.groups[1]!.flags[0]!.sources = ['nowhere'];
      expect(problemsOf(RedFlagContentSchema, content)).to.deep.equal([
        'groups[1].flags[0].sources[0]: unknown source "nowhere": list it in meta.review.sources',
      ]);
    });

    it('a red flag id used in two groups', () => {
      const content = copy(bundledTopic.redFlags);
      content.groups[1]!.flags[0]!.id = content.groups[0]!.flags[0]!.id;
      expect(problemsOf(RedFlagContentSchema, content)).to.deep.equal([
        `groups[1].flags[0].id: duplicate flag id "${content.groups[0]!.flags[0]!.id}"`,
      ]);
    });

    it('review dates in the wrong order, or not dates', () => {
      const content = copy(bundledTopic.anatomy);
      content.meta.review.nextReview = '2020-01-01';
      expect(problemsOf(AnatomyTableContentSchema, content)).to.deep.equal([
        'meta.review.nextReview: must be after lastReviewed',
      ]);
      content.meta.review.lastReviewed = 'last spring';
      expect(problemsOf(AnatomyTableContentSchema, content)).to.deep.include(
        'meta.review.lastReviewed: must be a date like 2026-01-31',
      );
    });

    it('a clinical reviewer without a role, or a source checked on no date', () => {
      const content = copy(bundledTopic.checklist) as unknown as {
        meta: { review: { clinicalReviewer: unknown; sources: { checked: string }[] } };
      };
      content.meta.review.clinicalReviewer = { name: 'Dr Sam Okafor' };
      content.meta.review.sources[0]!.checked = 'recently';
      expect(problemsOf(ChecklistContentSchema, content)).to.deep.equal([
        'meta.review.clinicalReviewer.role: is required',
        'meta.review.sources[0].checked: must be a date like 2026-01-31',
      ]);
    });

    it('something that is not content at all', () => {
      expect(problemsOf(AnatomyTableContentSchema, 'hello')).to.deep.equal([
        'content: expected an object, got "hello"',
      ]);
      expect(
        problemsOf(FaqContentSchema, {
          ...copy(bundledTopic.faq),
          items: [{ id: 'a', question: 'Q?', answer: 3 }],
        }),
      ).to.deep.equal(['items[0].answer: expected a string or a list, got 3']);
    });

    it('a mistake deep inside rich text, at its field', () => {
      const answer = (value: unknown) =>
        problemsOf(FaqContentSchema, {
          ...copy(bundledTopic.faq),
          items: [{ id: 'a', question: 'Q?', answer: value }],
        });
      expect(answer([['See ', { text: 'the NHS page', hreff: 'https://www.nhs.uk/' }]])).to.include(
        'items[0].answer[0][1].hreff: unknown field: check its spelling',
      );
      expect(answer([{ lists: ['a'] }])).to.include(
        'items[0].answer[0].lists: unknown field: check its spelling',
      );
      expect(answer([{ list: [1] }])).to.deep.equal([
        'items[0].answer[0].list[0]: expected a string or a list, got 1',
      ]);
      expect(answer(['First.', ''])).to.deep.equal(['items[0].answer[1]: must not be empty']);
    });

    it('a topic with no part at all', () => {
      expect(problemsOf(TopicSchema, {})).to.deep.equal([
        'content: needs the content of at least one element',
      ]);
    });

    it('parts of one topic that disagree on its id', () => {
      const topic = copy({ ...bundledTopic });
      topic.faq = { ...topic.faq, meta: { ...topic.faq.meta, id: 'another-topic' } };
      expect(problemsOf(TopicSchema, topic)).to.deep.equal([
        'content: every part must share the same meta.id and meta.version',
      ]);
    });
  });

  describe('checklist content', () => {
    const items = bundledTopic.checklist.groups.flatMap((group) => group.items);

    it('covers the article’s prevention tips and exercise advice', () => {
      // Posture, warm-up, water, core, sitting; low-impact exercise, stretching, strength along
      // the spine, building up slowly. (Arch-support shoes went in version 2: NICE NG59 advises
      // against insoles for low back pain.)
      expect(items.map((item) => item.id)).to.include.members([
        'posture',
        'warm-up',
        'hydration',
        'core',
        'sitting',
        'gentle-exercise',
        'stretch',
        'back-muscles',
        'build-up',
      ]);
      for (const item of items)
        expect(item.why, `${item.id} says which cause it addresses`).to.be.a('string');
      expect(JSON.stringify(bundledTopic.checklist)).to.not.match(/arch|insole/i);
    });

    it('rejects an item id used in two groups', () => {
      const content = copy(bundledTopic.checklist);
      content.groups[1]!.items[0]!.id = content.groups[0]!.items[1]!.id;
      expect(problemsOf(ChecklistContentSchema, content)).to.deep.equal([
        'groups[1].items[0].id: duplicate item id "warm-up"',
      ]);
    });

    it('rejects an item id used twice in one group, once', () => {
      const content = copy(bundledTopic.checklist);
      content.groups[2]!.items[2]!.id = 'core';
      expect(problemsOf(ChecklistContentSchema, content)).to.deep.equal([
        'groups[2].items[2].id: duplicate item id "core"',
      ]);
    });

    it('rejects a blank reason', () => {
      const content = copy(bundledTopic.checklist);
      content.groups[2]!.items[0]!.why = ' ';
      expect(problemsOf(ChecklistContentSchema, content)).to.deep.equal([
        'groups[2].items[0].why: must not be empty',
      ]);
    });
  });

  describe('isSafeUrl', () => {
    const allowed = [
      'https://www.nhs.uk/',
      'http://example.org',
      'mailto:editor@example.org',
      'tel:999',
      '/relative/path',
      'relative',
      '#anchor',
      '?q=1',
      '//example.org/protocol-relative',
    ];
    const blocked = [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ];
    for (const url of allowed)
      it(`allows ${JSON.stringify(url)}`, () => expect(isSafeUrl(url)).to.equal(true));
    for (const url of blocked)
      it(`blocks ${JSON.stringify(url)}`, () => expect(isSafeUrl(url)).to.equal(false));
  });
});
