import { expect } from '@open-wc/testing';
import { catalogue } from './catalogue.js';
import { loadAnatomy } from './loaders/load-anatomy.js';
import { loadChecklist } from './loaders/load-checklist.js';
import { loadFaq } from './loaders/load-faq.js';
import { loadRedFlags } from './loaders/load-red-flags.js';
import { DEFAULT_TOPIC } from './default-topic.js';
import { topicIds, topicIndex, WIDGETS } from './topic-index.js';
import { topics } from './topics.js';

const KINDS = Object.keys(WIDGETS) as (keyof typeof WIDGETS)[];

describe('bundled topics', () => {
  it('are back spasms when walking (the default), lower back pain, sciatica and lumbar spinal stenosis', () => {
    expect(topicIds).to.deep.equal([DEFAULT_TOPIC, 'lower-back-pain', 'sciatica', 'lumbar-spinal-stenosis']);
  });

  for (const [id, topic] of Object.entries(topics)) {
    it(`"${id}" says honestly what review it had, in British English`, () => {
      for (const kind of KINDS) {
        const part = topic[kind];
        if (!part) continue;
        const { lang, review } = part.meta;
        expect(lang).to.equal('en-GB');
        expect(review.checkedBy).to.equal('the health-widgets editors');
        expect(review, 'no clinician reviewed it').to.not.have.property('clinicalReviewer');
        // Pages on nhs.uk could not be opened: each says so, and carries no date.
        for (const source of review.sources.filter((s) => s.url.startsWith('https://www.nhs.uk/'))) {
          expect(source.note, source.id).to.contain('We could not open this page');
          expect(source.checked, source.id).to.equal(undefined);
        }
      }
    });
  }

  it('are at version 4, beside back-spasms-walking at version 5', () => {
    expect(topicIndex.map((entry) => entry.version)).to.deep.equal(['6', '4', '4', '4']);
  });
});

describe('the loaders elements load other topics through', () => {
  const loaders = { anatomy: loadAnatomy, faq: loadFaq, redFlags: loadRedFlags, checklist: loadChecklist };

  it('list every bundled topic with exactly the widgets it has', () => {
    expect(Object.keys(catalogue)).to.deep.equal(topicIds);
    for (const [id, topic] of Object.entries(topics))
      expect(catalogue[id], id).to.deep.equal(KINDS.filter((kind) => topic[kind]));
  });

  it('load each widget’s content of each topic but the default, from a file of its own', async () => {
    for (const [id, topic] of Object.entries(topics)) {
      if (id === DEFAULT_TOPIC) continue;
      for (const kind of catalogue[id]!)
        expect(await loaders[kind](id), `${id} ${kind}`).to.equal(topic[kind]);
    }
  });

  it('name an unknown topic, and one without the widget, listing the topics that have it', async () => {
    const problem = (load: (id: string) => Promise<unknown>, id: string) =>
      load(id).then(
        () => '',
        (error: Error) => error.message,
      );
    expect(await problem(loadChecklist, 'knee-pain')).to.equal(
      'unknown topic "knee-pain" (topics with this widget: back-spasms-walking, lower-back-pain)',
    );
    expect(await problem(loadAnatomy, 'sciatica')).to.equal(
      '"sciatica" has no content for this widget (topics with it: back-spasms-walking)',
    );
  });
});

describe('the topic index', () => {
  it('lists each topic’s id, title, language, version, review dates and widgets', () => {
    expect(topicIndex.find((entry) => entry.id === 'sciatica')).to.deep.equal({
      id: 'sciatica',
      title: 'Sciatica',
      lang: 'en-GB',
      version: '4',
      lastReviewed: '2026-12-02',
      nextReview: '2027-12-01',
      widgets: ['hw-faq-accordion', 'hw-red-flag-checker'],
    });
    expect(topicIndex.find((entry) => entry.id === DEFAULT_TOPIC)!.widgets).to.deep.equal([
      'hw-anatomy-table',
      'hw-faq-accordion',
      'hw-red-flag-checker',
      'hw-prevention-checklist',
    ]);
  });

  it('matches the JSON the package ships', async () => {
    const response = await fetch('/dist/topics.json');
    expect(response.ok, 'dist/topics.json: run npm run build').to.equal(true);
    expect(await response.json()).to.deep.equal(topicIndex);
  });
});
