// Runs at the end of every bench page's body, as a classic script, and times each system the
// same way, with the runner's trace of the page.
//
// "Shown" is the end of the first paint after every question is in place, from navigation start.
// The mark `bench:content` says when that is: the page sets it where it can tell (straight after
// questions in its HTML; after GOV.UK's initAll()), and for the custom elements the probe sets it
// once they say they have rendered. The runner finds the first frame painted after the mark in
// the trace (or, when the parser only added questions below the fold, the first frame that had
// nothing new to paint), so a script that runs after that paint (such as the module that hydrates
// a pre-rendered FAQ) does not count, and one that runs before it does. The probe also checks
// that all N questions are in the document with a laid-out box: a page that shows the wrong thing
// is not timed. "Show all" is the time from the action to the end of the first paint after the
// last answer has a laid-out box, marked `bench:show-all` and `bench:answers-laid-out`.
const params = new URL(document.currentScript.src).searchParams;
const count = Number(params.get('count'));

/** Module scripts, a system's own included, have all run by DOMContentLoaded. */
const scriptsRun = () =>
  new Promise((resolve) => {
    if (document.readyState !== 'loading') resolve();
    else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  });

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const painted = async () => {
  await frame();
  await frame();
};

const hw = () => document.querySelector('hw-faq-accordion');
const slDetails = () => [...document.querySelectorAll('sl-details')];

// What each system calls ready, its questions and answers, and its own "show all".
const adapters = {
  static: {
    ready: async () => {},
    questions: () => [...document.querySelectorAll('details > summary')],
    answers: () => [...document.querySelectorAll('details > p')],
    showAll: () => document.querySelectorAll('details').forEach((details) => (details.open = true)),
  },
  // Every answer open, like the pre-rendered FAQ; plain HTML is interactive once it is shown.
  'static-open': {
    ready: async () => {},
    questions: () => [...document.querySelectorAll('details > summary')],
    answers: () => [...document.querySelectorAll('details > p')],
    interactive: async () => performance.now(),
  },
  govuk: {
    // initAll() runs in the page's module; its Show all button proves it did.
    ready: async () => {
      await scriptsRun();
      if (!document.querySelector('.govuk-accordion__show-all')) throw new Error('accordion not initialised');
    },
    questions: () => [...document.querySelectorAll('button.govuk-accordion__section-button')],
    answers: () => [...document.querySelectorAll('.govuk-accordion__section-content > p')],
    showAll: () => document.querySelector('.govuk-accordion__show-all').click(),
  },
  shoelace: {
    ready: async () => {
      await customElements.whenDefined('sl-details');
      await Promise.all(slDetails().map((details) => details.updateComplete));
    },
    questions: () => slDetails().map((details) => details.shadowRoot.querySelector('[part~="summary"]')),
    answers: () => [...document.querySelectorAll('sl-details > p')],
    // show() opens one and resolves when it has finished opening.
    showAll: () => Promise.all(slDetails().map((details) => details.show())),
  },
  hw: {
    ready: async () => {
      await customElements.whenDefined('hw-faq-accordion');
      await hw().updateComplete;
    },
    questions: () => [...hw().shadowRoot.querySelectorAll('[part~="button"]')],
    answers: () => [...hw().shadowRoot.querySelectorAll('[part~="answer"] > p')],
    showAll: async () => {
      hw().shadowRoot.querySelector('[part~="toggle-all"]').click();
      await hw().updateComplete;
    },
  },
  // Pre-rendered: the questions are in the HTML, every answer open. Its second figure is when it
  // is interactive: hydrated by the CDN file, from navigation start.
  'hw-ssr': {
    ready: async () => {},
    questions: () => [...hw().shadowRoot.querySelectorAll('[part~="button"]')],
    answers: () => [...hw().shadowRoot.querySelectorAll('[part~="answer"] > p')],
    interactive: async () => {
      await customElements.whenDefined('hw-faq-accordion');
      await hw().updateComplete;
      await painted();
      if (!hw().hasUpdated) throw new Error('not hydrated');
      return performance.now();
    },
  },
};

const system = adapters[params.get('system')];

/**
 * Throws unless all N `elements` are visible with a laid-out box: a page that shows the wrong
 * thing must not be timed. Answers are their paragraphs, since a closed answer may still have a
 * box of its own (hidden="until-found" keeps one) while its content is skipped.
 */
const visible = (element) => element?.checkVisibility() && element.getBoundingClientRect().height > 0;

function checkAllLaidOut(elements, what) {
  const shown = elements.filter(visible).length;
  if (shown !== count) throw new Error(`${shown} of ${count} ${what} laid out`);
}

const mark = (name) => performance.getEntriesByName(name, 'mark')[0] ?? performance.mark(name);

/** Resolves to the `bench:content` mark's time; the runner adds the wait for the next paint. */
async function timeShown() {
  await system.ready();
  const questions = system.questions();
  if (questions.length !== count) throw new Error(`${questions.length} of ${count} questions present`);
  questions.at(-1).getBoundingClientRect();
  const { startTime } = mark('bench:content');
  checkAllLaidOut(system.questions(), 'questions');
  // The trace must hold the paint that follows.
  await painted();
  return startTime;
}

async function timeShowAll() {
  await window.benchShown;
  if (system.interactive) return system.interactive();
  if (visible(system.answers().at(-1))) throw new Error('answers open before show all');
  mark('bench:show-all');
  await system.showAll();
  system.answers().at(-1).getBoundingClientRect();
  mark('bench:answers-laid-out');
  checkAllLaidOut(system.answers(), 'answers');
  await painted();
  // The runner measures from the first mark to the paint after the second.
  return undefined;
}

// The runner awaits these through the DevTools protocol; the timing itself stays in the page.
window.benchShown = timeShown();
window.benchShowAll = timeShowAll;
