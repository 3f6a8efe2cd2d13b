// One page per system for an FAQ of `count` questions. Every page shows the same questions and
// answers, loads its system the way that system's docs say, and ends with the same probe.

export const systems = ['static', 'static-open', 'govuk', 'shoelace', 'hw', 'hw-ssr'];

export const labels = {
  static: 'static `<details>`',
  'static-open': 'static `<details open>`',
  govuk: 'GOV.UK accordion',
  shoelace: 'Shoelace `sl-details`',
  hw: '`<hw-faq-accordion>`',
  'hw-ssr': '`<hw-faq-accordion>`, pre-rendered',
};

const HEADING = 'Questions and answers';

/** The same plain-text questions and answers for every system (nothing here needs escaping). */
export function faqItems(count) {
  return Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    return {
      id: `q${n}`,
      question: `Question ${n}: why does my back tighten when I walk for a long time?`,
      answer:
        `Answer ${n}: most back spasms ease within a few days. Keep moving gently, take short ` +
        `walks, and use heat on the sore muscles. See a doctor if the pain does not get better.`,
    };
  });
}

// A classic script at the end of the body: it runs as soon as the parser has read every
// question, before any module script, and waits for the system only where the system says so.
const probe = (system, count) =>
  `<script src="/bench/page-probe.js?system=${system}&count=${count}"></script>`;

// Marks the moment the questions are in place, where the page itself can tell: inline, straight
// after questions that are in the HTML, or in a script right after the one that builds them. The
// bench takes the first paint after this mark as the moment they are shown. Where a system
// renders on its own schedule (the custom elements), the probe sets the mark once they say they
// have rendered.
const CONTENT_MARK = `performance.mark('bench:content');`;

function page({ title, system, count, head = '', bodyClass = '', bodyStart = '', body, inHtml = false }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    ${head}
  </head>
  <body${bodyClass ? ` class="${bodyClass}"` : ''}>
    ${bodyStart}
    <main>
      <h1>Back spasms when walking</h1>
      ${body}
    </main>
    ${inHtml ? `<script>${CONTENT_MARK}</script>` : ''}
    ${probe(system, count)}
  </body>
</html>
`;
}

const templates = {
  static: (items, count) =>
    page({
      system: 'static',
      count,
      inHtml: true,
      title: 'static details',
      body: `<h2>${HEADING}</h2>
${items.map((item) => `<details><summary>${item.question}</summary><p>${item.answer}</p></details>`).join('\n')}`,
    }),

  // The same with every answer open, as the pre-rendered FAQ shows them: its like-for-like
  // baseline.
  'static-open': (items, count) =>
    page({
      system: 'static-open',
      count,
      inHtml: true,
      title: 'static details, open',
      body: `<h2>${HEADING}</h2>
${items.map((item) => `<details open><summary>${item.question}</summary><p>${item.answer}</p></details>`).join('\n')}`,
    }),

  // As GOV.UK Frontend's docs say: its CSS, the body classes set by an inline script, the
  // accordion's markup from its template, and initAll() from its module.
  govuk: (items, count) =>
    page({
      system: 'govuk',
      count,
      title: 'GOV.UK accordion',
      head: `<link rel="stylesheet" href="/govuk/govuk-frontend.min.css" />
    <script type="module">
      import { initAll } from '/govuk/govuk-frontend.min.js';
      initAll();
      ${CONTENT_MARK}
    </script>
`,
      bodyClass: 'govuk-template__body',
      bodyStart: `<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>`,
      body: `<h2 class="govuk-heading-l">${HEADING}</h2>
<div class="govuk-accordion" data-module="govuk-accordion" id="faq">
${items
  .map(
    (item, index) => `<div class="govuk-accordion__section">
  <div class="govuk-accordion__section-header">
    <h3 class="govuk-accordion__section-heading">
      <span class="govuk-accordion__section-button" id="faq-heading-${index + 1}">${item.question}</span>
    </h3>
  </div>
  <div id="faq-content-${index + 1}" class="govuk-accordion__section-content">
    <p class="govuk-body">${item.answer}</p>
  </div>
</div>`,
  )
  .join('\n')}
</div>`,
    }),

  // Shoelace's theme and the one component, self-hosted from the package's cdn folder, which
  // carries its own copy of Lit; data-shoelace is its documented base path for assets.
  shoelace: (items, count) =>
    page({
      system: 'shoelace',
      count,
      title: 'Shoelace sl-details',
      head: `<link rel="stylesheet" href="/shoelace/themes/light.css" />
    <script type="module" data-shoelace="/shoelace" src="/shoelace/components/details/details.js"></script>
`,
      body: `<h2>${HEADING}</h2>
${items.map((item) => `<sl-details summary="${item.question}"><p>${item.answer}</p></sl-details>`).join('\n')}`,
    }),

  // The package's script-tag file, as a page without a build step uses it, with the content as
  // inline JSON in the page: content from outside the package, so the element validates it.
  hw: (items, count, meta) =>
    page({
      system: 'hw',
      count,
      title: 'hw-faq-accordion',
      head: `<script type="module" src="/hw/cdn/health-widgets.js"></script>
`,
      body: `<hw-faq-accordion>
  <script type="application/json">
${JSON.stringify({ meta, heading: HEADING, items })}
  </script>
</hw-faq-accordion>`,
    }),

  // The same FAQ rendered on the server (health-widgets/server), its shadow DOM in the HTML, and
  // the CDN file to hydrate it.
  'hw-ssr': (items, count, meta, prerendered) =>
    page({
      system: 'hw-ssr',
      count,
      inHtml: true,
      title: 'hw-faq-accordion, pre-rendered',
      head: `<script type="module" src="/hw/cdn/health-widgets.js"></script>`,
      body: prerendered(count),
    }),
};

/**
 * Every page as `{ path, system, count, html }`; `meta` is the bundled topic's review data, and
 * `prerendered(count)` the server-rendered FAQ of that many questions.
 */
export function buildPages(counts, meta, prerendered) {
  return counts.flatMap((count) => {
    const items = faqItems(count);
    return systems.map((system) => ({
      path: `/pages/${system}-${count}.html`,
      system,
      count,
      html: templates[system](items, count, meta, prerendered),
    }));
  });
}
