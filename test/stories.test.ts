/**
 * Every story is a fixture: Storybook's own `composeStories` composes each one (args, render,
 * decorators, parameters), renders it here in a real browser and runs its `play` function, and
 * then the story must show no console errors (other than the content and attribute errors it
 * declares) and no axe violations. A content error shows the error view; an attribute error (an
 * invalid `emergency-number`) is logged while the element works as usual. A new story is covered
 * without being listed, because the module below imports every stories file.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render as litRender } from 'lit';
import {
  setCustomElementsManifest,
  setProjectAnnotations,
  type ArgTypes,
} from '@storybook/web-components-vite';
import { EVENT_ID } from 'storybook/actions';
import { addons, composeStories, mockChannel } from 'storybook/preview-api';
import { storageKey } from '../src/components/prevention-checklist/checklist-store.js';
import { checklistStrings } from '../src/i18n/en-GB/checklist.js';
import { captureConsole } from '../src/test-support/helpers.js';
import { initialGlobals, THEMES } from '../stories/themes.js';
import { storyAnnotations } from '../.storybook/annotations.js';
import type { withProperties } from '../stories/source-snippet.js';

// The web components renderer's annotations (how a story renders into its canvas) and what
// .storybook/preview.ts gives every story: the toolbar (theme, direction and language, which a
// story may set through `globals`) and the controls helper's settings.
const projectAnnotations = setProjectAnnotations([storyAnnotations]);

type StoryModule = Parameters<typeof composeStories>[0];
interface ComposedStory {
  args: Record<string, unknown>;
  argTypes: ArgTypes;
  parameters: Record<string, unknown>;
  globals?: Record<string, string>;
  run: (context: { canvasElement: HTMLElement; args?: Record<string, unknown> }) => Promise<void>;
}

/** The story's elements, including those in example pages it shows in an iframe. */
async function widgetsIn(root: Element): Promise<Element[]> {
  const frames = [...root.querySelectorAll('iframe')];
  await Promise.all(
    frames.map((frame) =>
      frame.contentDocument?.readyState === 'complete' && frame.contentDocument.URL !== 'about:blank'
        ? undefined
        : new Promise((loaded) => frame.addEventListener('load', loaded, { once: true })),
    ),
  );
  const scopes = [root, ...frames.map((frame) => frame.contentDocument!.documentElement)];
  const widgets = scopes.flatMap((scope) =>
    [...scope.querySelectorAll('*')].filter((el) => el.localName.startsWith('hw-')),
  );
  await Promise.all(
    widgets.map((el) => el.ownerDocument.defaultView!.customElements.whenDefined(el.localName)),
  );
  await Promise.all(
    widgets.map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete),
  );
  return widgets;
}

// The stories' controls come from the manifest, as in Storybook: set it, then load the stories.
interface Declaration {
  tagName?: string;
  members?: { name: string }[];
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}
const manifest: { modules: { declarations?: Declaration[] }[] } = await (
  await fetch('/custom-elements.json')
).json();
setCustomElementsManifest(manifest);
// Served by the test runner (scripts/stories-module.mjs), not a file.
const ALL_STORIES = '/test/all-stories.js';
const modules = (await import(ALL_STORIES)).default as [string, StoryModule][];

/** The stories of one stories file, composed with the project's annotations. */
const storiesOf = (file: string) =>
  composeStories(modules.find(([name]) => name === file)![1], projectAnnotations) as unknown as Record<
    string,
    ComposedStory
  >;

describe('controls', () => {
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  for (const [file, module] of modules) {
    const meta = (module as { default: { component?: string; argTypes?: ArgTypes } }).default;
    const declaration = declarations.find((item) => item.tagName && item.tagName === meta.component);
    if (!declaration) continue;
    it(`${file}: every attribute, custom property, part and event of <${meta.component}> has a control`, () => {
      const argTypes = meta.argTypes ?? {};
      const expected = [
        ...(declaration.attributes ?? []).map((item) => item.name),
        ...(declaration.cssProperties ?? []).map((item) => item.name),
        ...(declaration.cssParts ?? []).map((item) => `${item.name}-part`),
        ...(declaration.events ?? []).map((item) => `${item.name}-event`),
      ];
      expect(expected.length).to.be.greaterThan(10);
      expect(Object.keys(argTypes)).to.include.members(expected);
      expect(argTypes['--hw-color-accent']!.control).to.deep.equal({ type: 'color' });
      // The topic is a choice of the bundled topics.
      expect(argTypes.topic!.control).to.equal('select');
      expect(argTypes.topic!.options).to.include('back-spasms-walking');
    });

    it(`${file}: offers a checked control only if <${meta.component}> has a checked property`, () => {
      const hasChecked = (declaration.members ?? []).some((member) => member.name === 'checked');
      for (const [name, story] of Object.entries(composeStories(module, projectAnnotations))) {
        const { args, argTypes } = story as unknown as ComposedStory;
        expect('checked' in argTypes, `${name}: checked control`).to.equal(hasChecked);
        if (!hasChecked) expect(args, name).not.to.have.property('checked');
      }
    });
  }

  it('a property control that is reset takes the property back to unset', async () => {
    // Storybook drops a reset arg rather than passing `undefined`. Each story here starts without
    // the arg, is rendered with a control's value, then again without it, into the same canvas.
    const values = async (file: string, property: string, value: string[]) => {
      const module = modules.find(([name]) => name === file)![1] as unknown as {
        default: { args: Record<string, unknown> };
        Default: object;
      };
      const { [property]: initial, ...args } = module.default.args;
      expect(initial, property).to.equal(undefined);
      const { Default } = composeStories(
        { default: { ...module.default, args }, Default: module.Default },
        projectAnnotations,
      ) as unknown as Record<string, (args: object) => unknown>;
      const canvas = await fixture<HTMLElement>(html`<div></div>`);
      const seen: unknown[] = [];
      for (const set of [{ [property]: value }, {}]) {
        litRender(Default!(set), canvas);
        const [widget] = await widgetsIn(canvas);
        seen.push((widget as unknown as Record<string, unknown>)[property]);
      }
      return seen;
    };
    expect(await values('red-flag-checker.stories.ts', 'checked', ['saddle-numbness'])).to.deep.equal([
      ['saddle-numbness'],
      [],
    ]);
    expect(await values('prevention-checklist.stories.ts', 'checked', ['posture'])).to.deep.equal([
      ['posture'],
      [],
    ]);
    expect(await values('faq-accordion.stories.ts', 'open', ['causes'])).to.deep.equal([['causes'], []]);
  });

  it('a custom property control and a part control restyle the element', async () => {
    const story = storiesOf('faq-accordion.stories.ts').Default!;
    const container = await fixture<HTMLElement>(html`<div></div>`);
    await story.run({
      canvasElement: container,
      args: { ...story.args, '--hw-color-accent': '#7b2d8e', 'button-part': 'color: #006400;' },
    });
    const [faq] = await widgetsIn(container);
    const style = (part: string) => getComputedStyle(faq!.shadowRoot!.querySelector(`[part="${part}"]`)!);
    // The accent colours the Show all control; the part rule reaches the question buttons.
    expect(style('toggle-all').color).to.equal('rgb(123, 45, 142)');
    expect(style('button').color).to.equal('rgb(0, 100, 0)');
  });
});

describe('Show code', () => {
  // As Storybook's web components renderer takes the story's markup for "Show code".
  const markupOf = (container: Element) => container.innerHTML.replace(/<!--\??(lit\$\d+\$)?-->/g, '');
  const setsProperty = (story: ComposedStory, name: string) =>
    story.argTypes[name]?.table?.category === 'properties' &&
    story.args[name] !== undefined &&
    JSON.stringify(story.args[name]) !== '{}';

  for (const [file, module] of modules) {
    const component = (module as { default: { component?: string } }).default.component;
    if (!component) continue;
    const stories = Object.entries(storiesOf(file)).filter(
      ([, story]) =>
        !(story as ComposedStory & { play?: unknown }).play &&
        Object.keys(story.args).some((name) => setsProperty(story, name)),
    );
    it(`${file}: has stories that set a property`, () => {
      expect(stories.length).to.be.greaterThan(0);
    });
    for (const [name, story] of stories) {
      it(`${file} ${name}: the code shown, pasted into a page, shows what the story shows`, async () => {
        const container = await fixture<HTMLElement>(html`<div></div>`);
        await story.run({ canvasElement: container });
        const [widget] = await widgetsIn(container);
        const seen = widget!.shadowRoot!.textContent!.replace(/\s+/g, ' ');
        const transform = (story.parameters.docs as { source: { transform: typeof withProperties } }).source
          .transform;
        const code = transform(markupOf(container), {
          component,
          args: story.args,
          argTypes: story.argTypes,
        });
        // Storybook may pass the code through twice: the script is added once.
        expect(transform(code, { component, args: story.args, argTypes: story.argTypes })).to.equal(code);
        for (const property of Object.keys(story.args).filter((key) => setsProperty(story, key)))
          expect(code, property).to.include(`widget.${property} = `);
        container.remove();
        // A page that pastes the code: its markup, then its script.
        const page = await fixture<HTMLElement>(html`<div></div>`);
        page.innerHTML = code;
        const script = page.querySelector('script[type="module"]')!;
        new Function(script.textContent!)();
        const [copy] = await widgetsIn(page);
        expect(copy!.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.equal(seen);
      });
    }
  }
});

describe('actions', () => {
  it('log each hw- event with its detail', async () => {
    const channel = mockChannel();
    addons.setChannel(channel);
    const logged: { name: string; detail: unknown }[] = [];
    channel.on(EVENT_ID, ({ data }: { data: { name: string; args: { detail?: unknown } } }) =>
      logged.push({ name: data.name, detail: data.args.detail }),
    );
    const story = (name: string) => {
      const [, module] = modules.find(([file]) => file === name)!;
      return (composeStories(module, projectAnnotations) as Record<string, unknown>).Default as ComposedStory;
    };
    const container = await fixture<HTMLElement>(html`<div></div>`);
    await story('faq-accordion.stories.ts').run({ canvasElement: container });
    const faq = (await widgetsIn(container))[0]!;
    faq.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    const checker = await fixture<HTMLElement>(html`<div></div>`);
    await story('red-flag-checker.stories.ts').run({ canvasElement: checker });
    const [flags] = await widgetsIn(checker);
    flags!.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]:not(#none-of-these)')!.click();
    const list = await fixture<HTMLElement>(html`<div></div>`);
    await story('prevention-checklist.stories.ts').run({ canvasElement: list });
    const [checklist] = await widgetsIn(list);
    checklist!.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    expect(logged.map((entry) => entry.name)).to.include.members([
      'hw-faq-toggle',
      'hw-tier-change',
      'hw-checklist-change',
    ]);
    const detail = (name: string) => logged.find((entry) => entry.name === name)!.detail;
    expect(detail('hw-faq-toggle')).to.have.property('open', true);
    expect(detail('hw-tier-change')).to.have.property('tier');
    expect(detail('hw-checklist-change')).to.deep.equal({ done: 1, total: 9 });
  });
});

describe('stories', () => {
  it('finds every stories file', () => {
    expect(modules.length).to.be.greaterThan(0);
  });

  it('show every element on a right-to-left page', () => {
    const elements = modules.filter(
      ([, module]) => (module as { default: { component?: string } }).default.component,
    );
    expect(elements.length).to.equal(4);
    for (const [file] of elements) {
      const directions = Object.values(storiesOf(file)).map((story) => story.globals?.dir);
      expect(directions, file).to.include('rtl');
    }
  });

  it('show the checklist telling the reader its ticks cannot be saved, when storage throws', async () => {
    const stories = storiesOf('prevention-checklist.stories.ts');
    const story = stories.TicksNotSaved!;
    const container = await fixture<HTMLElement>(html`<div></div>`);
    await story.run({ canvasElement: container });
    const [checklist] = await widgetsIn(container);
    const note = checklist!.shadowRoot!.querySelector('[part="note"]');
    expect(checklist!.hasAttribute('persist')).to.equal(true);
    expect(note?.textContent?.trim()).to.equal(checklistStrings.notSaved);
    // The next story puts the storage back.
    await stories.Default!.run({ canvasElement: await fixture<HTMLElement>(html`<div></div>`) });
    const key = storageKey('lower-back-pain', 'story-test');
    localStorage.setItem(key, '[]');
    expect(localStorage.getItem(key)).to.equal('[]');
    localStorage.removeItem(key);
  });

  for (const [file, module] of modules) {
    const stories = Object.entries(composeStories(module, projectAnnotations)) as [string, ComposedStory][];
    describe(file, () => {
      it('has stories', () => {
        expect(stories.length).to.be.greaterThan(0);
      });

      for (const [name, story] of stories) {
        it(`${name} renders and plays with no console errors and no axe violations`, async () => {
          const errors = captureConsole('error');
          const container = await fixture<HTMLElement>(html`<div></div>`);
          let widgets: Element[];
          try {
            await story.run({ canvasElement: container });
            widgets = await widgetsIn(container);
          } finally {
            errors.restore();
          }
          const expectedErrors = Number(story.parameters.contentErrors ?? 0);
          const attributeErrors = Number(story.parameters.attributeErrors ?? 0);
          const logged = errors.calls.map((call) => String(call[0]));
          expect(logged, 'console errors').to.have.length(expectedErrors + attributeErrors);
          expect(
            logged.filter((line) => line.includes('invalid attribute')),
            'attribute errors',
          ).to.have.length(attributeErrors);
          const errorViews = widgets.filter((el) => el.shadowRoot?.querySelector('[part="error"]'));
          expect(errorViews, 'elements showing the error view').to.have.length(expectedErrors);
          expect(widgets.length, 'elements rendered').to.be.greaterThan(0);
          for (const widget of widgets)
            expect(widget.shadowRoot?.childElementCount, widget.localName).to.be.greaterThan(0);
          // The page wrapper carries the toolbar's settings, as the story sets them.
          const globals = { ...initialGlobals, ...story.globals };
          const page = container.querySelector<HTMLElement>('div[dir][lang]')!;
          expect([page.lang, page.dir], 'lang and dir').to.deep.equal([globals.locale, globals.dir]);
          expect(page.getAttribute('style') ?? '', 'theme').to.equal(THEMES[globals.theme]!.style);
          await expect(container).to.be.accessible();
        });
      }
    });
  }
});
