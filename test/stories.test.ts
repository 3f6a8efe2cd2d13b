/**
 * Every story is a fixture: each one renders here in a real browser, runs its play function if
 * it has one, and has no console errors (other than the content errors a story declares) and no
 * axe violations in the state the play function leaves. A new story is
 * covered without being listed, because the module below imports every stories file.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
// @ts-expect-error: served by the test runner (scripts/stories-module.mjs), not a file.
import allStories from '/test/all-stories.js';
import { captureConsole } from '../src/test-support/helpers.js';

type Decorator = (story: () => unknown, context: StoryContext) => unknown;
interface StoryContext {
  args: Record<string, unknown>;
  parameters: Record<string, unknown>;
}
interface StoryLike {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: StoryContext) => unknown;
  decorators?: Decorator[];
  parameters?: Record<string, unknown>;
  play?: (context: { canvasElement: HTMLElement; args: Record<string, unknown> }) => unknown;
}
type StoryModule = { default: StoryLike & { title: string } } & Record<string, StoryLike>;

/** Renders a story the way Storybook composes it: args, render, then decorators inside out. */
function compose(
  meta: StoryLike,
  story: StoryLike,
): { template: unknown; parameters: Record<string, unknown> } {
  const args = { ...meta.args, ...story.args };
  const parameters = { ...meta.parameters, ...story.parameters };
  const context: StoryContext = { args, parameters };
  const renderStory = story.render ?? meta.render;
  if (!renderStory) throw new Error('story has no render function');
  let run: () => unknown = () => renderStory(args, context);
  for (const decorator of [...(story.decorators ?? []), ...(meta.decorators ?? [])]) {
    const inner = run;
    run = () => decorator(inner, context);
  }
  return { template: run(), parameters };
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

const modules = allStories as [string, StoryModule][];

describe('stories', () => {
  it('finds every stories file', () => {
    expect(modules.length).to.be.greaterThan(0);
  });

  for (const [file, module] of modules) {
    const { default: meta, ...stories } = module;
    describe(file, () => {
      for (const [name, story] of Object.entries(stories)) {
        if (name === '__namedExportsOrder') continue;
        it(`${name} renders with no console errors and no axe violations`, async () => {
          const errors = captureConsole('error');
          let container: HTMLElement;
          let parameters: Record<string, unknown>;
          let widgets: Element[];
          try {
            container = await fixture<HTMLElement>(html`<div></div>`);
            const composed = compose(meta, story);
            parameters = composed.parameters;
            render(composed.template as TemplateResult, container);
            widgets = await widgetsIn(container);
            const play = story.play ?? meta.play;
            if (play) {
              await play({ canvasElement: container, args: { ...meta.args, ...story.args } });
              await widgetsIn(container);
            }
          } finally {
            errors.restore();
          }
          const expectedErrors = Number(parameters.contentErrors ?? 0);
          expect(
            errors.calls.map((call) => String(call[0])),
            'console errors',
          ).to.have.length(expectedErrors);
          const errorViews = widgets.filter((el) => el.shadowRoot?.querySelector('[part="error"]'));
          expect(errorViews, 'elements showing the error view').to.have.length(expectedErrors);
          expect(widgets.length, 'elements rendered').to.be.greaterThan(0);
          for (const widget of widgets)
            expect(widget.shadowRoot?.childElementCount, widget.localName).to.be.greaterThan(0);
          await expect(container).to.be.accessible();
        });
      }
    });
  }
});
