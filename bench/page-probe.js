// Runs at the end of every bench page's body, as a classic script, and times each system the
// same way.
//
// "Shown" is performance.now() (milliseconds since navigation start) once the system says it is
// ready, all N questions are in the document, the last one has a laid-out box (reading its size
// forces style and layout of the whole list), and two animation frames have passed (the first
// runs before the next paint, the second after it). A page whose questions are in its HTML
// (static, pre-rendered) is ready as soon as the parser reaches the probe, so any script that
// runs before that paint still counts, and none that runs after it does; a page its scripts
// render waits for them. "Show all" is the time from the action to the last answer having a
// laid-out box, plus the same two frames.
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

async function timeShown() {
  await system.ready();
  const questions = system.questions();
  if (questions.length !== count) throw new Error(`${questions.length} of ${count} questions present`);
  questions.at(-1).getBoundingClientRect();
  await painted();
  const shown = performance.now();
  checkAllLaidOut(system.questions(), 'questions');
  return shown;
}

async function timeShowAll() {
  await window.benchShown;
  if (system.interactive) return system.interactive();
  if (visible(system.answers().at(-1))) throw new Error('answers open before show all');
  const start = performance.now();
  await system.showAll();
  system.answers().at(-1).getBoundingClientRect();
  await painted();
  const took = performance.now() - start;
  checkAllLaidOut(system.answers(), 'answers');
  return took;
}

// The runner awaits these through the DevTools protocol; the timing itself stays in the page.
window.benchShown = timeShown();
window.benchShowAll = timeShowAll;
