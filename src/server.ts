/**
 * `health-widgets/server`: renders an element to HTML in Node, its shadow DOM declared
 * (Declarative Shadow DOM), so that readers see the widget before any script runs, or without
 * one. Content from outside the package is validated first: invalid content rejects with the
 * problems the browser's error view would list.
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { HwAnatomyTable } from './components/anatomy-table/anatomy-table.js';
import { HwFaqAccordion } from './components/faq-accordion/faq-accordion.js';
import { faqPageJson } from './components/faq-accordion/structured-data.js';
import { HwPreventionChecklist } from './components/prevention-checklist/prevention-checklist.js';
import { renderCareCard } from './components/red-flag-checker/care-card.js';
import { HwRedFlagChecker } from './components/red-flag-checker/red-flag-checker.js';
import { anatomyBundled, checklistBundled, faqBundled, redFlagBundled } from './content/bundled.js';
import { DEFAULT_TOPIC } from './content/default-topic.js';
import type { FaqContent } from './content/schema.js';
import { validate, type Schema } from './content/validator.js';
import { trimmed } from './core/attributes.js';
import { serverValidated } from './core/content-controller.js';
import { HwElement } from './core/hw-element.js';
import { TAGS, type Tag } from './core/tags.js';
import { preRender } from './core/pre-render.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyHwElement = HwElement<any, any>;
import { loadLanguageLayer } from './i18n/locale-controller.js';
import { DEFAULT_LOCALE } from './i18n/default-locale.js';

/**
 * A tag this entry renders. Taken from the tag list, not from the element classes, so that this
 * entry's types need no DOM: a Node project type-checks without the DOM library.
 */
export type ElementName = Tag;

/** The element class of each tag. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const CLASSES: Record<ElementName, typeof HwElement<any, any>> = {
  'hw-anatomy-table': HwAnatomyTable,
  'hw-faq-accordion': HwFaqAccordion,
  'hw-red-flag-checker': HwRedFlagChecker,
  'hw-prevention-checklist': HwPreventionChecklist,
};

/** The tags this entry renders. */
export const ELEMENTS: readonly ElementName[] = TAGS;

/** Each element's bundled topics: the default inline, the others from their own files. */
const BUNDLED = {
  'hw-anatomy-table': anatomyBundled,
  'hw-faq-accordion': faqBundled,
  'hw-red-flag-checker': redFlagBundled,
  'hw-prevention-checklist': checklistBundled,
} as const;

export interface RenderOptions {
  /** Id of a bundled topic. Ignored when `content` or `json` is given. */
  topic?: string;
  /** Attributes of the element, by name: `{ 'heading-level': '3', exclusive: true }`. `true` writes the attribute without a value; `false`, `null` and `undefined` leave it out. Besides the element's own, any element takes `id`, `class`, `style`, `dir`, `title` and `data-*`. `topic` and `lang` here mean what the options of those names mean; the options win. */
  attributes?: Record<string, string | number | boolean | null | undefined>;
  /** Content as an object; it is validated, and written into the HTML as inline JSON. */
  content?: unknown;
  /** Content as JSON text, as an inline `<script type="application/json">` would hold it. */
  json?: string;
  /** The language of the UI strings (`cy`, `en-US`…), written as the element's `lang`. Default: English (UK). */
  lang?: string;
}

/** What went wrong: the content (or its JSON), the topic asked for, or an attribute's value. */
export type WidgetProblemKind = 'content' | 'topic' | 'attribute';

/** The message's words for each kind; content keeps the heading the browser's log gives it. */
const wording = {
  content: (problems: string[]) => `invalid content:\n${problems.join('\n')}`,
  // `topic: unknown topic "x" (…)` and `topic: "x" has no content for this widget (…)`.
  topic: (problems: string[]) =>
    problems.map((problem) => problem.replace(/^topic: (?=")/, 'topic ').replace(/^topic: /, '')).join('\n'),
  attribute: (problems: string[]) => problems.map((problem) => `attribute ${problem}`).join('\n'),
};

/**
 * What `renderWidget` rejects with: `problems` lists each one with its path, as the browser shows
 * them, and `kind` says whether the content, the topic or an attribute is at fault.
 */
export class WidgetContentError extends Error {
  constructor(
    readonly element: string,
    readonly problems: string[],
    readonly kind: WidgetProblemKind = 'content',
  ) {
    super(`<${element}> ${wording[kind](problems)}`);
    this.name = 'WidgetContentError';
  }
}

// Rendered on the server, the checker is a care card: without scripts, boxes cannot give an outcome.
preRender.careCard = renderCareCard;

// The element being rendered, caught as it is created, and the problems it reports.
let capture: { host?: AnyHwElement; problems: string[] } | undefined;
LitElementRenderer.renderOptions.push((element) => {
  if (capture && !capture.host && element instanceof HwElement) {
    capture.host = element;
    element.addEventListener('hw-content-error', (event) => capture?.problems.push(...event.detail.problems));
  }
  return undefined;
});

/** What the element's own problems are about, from their paths: the topic, attributes, or content. */
function kindOf(element: { observedAttributes: string[] }, problems: string[]): WidgetProblemKind {
  const paths = problems.map((problem) => problem.slice(0, problem.indexOf(':')));
  if (paths.every((path) => path === 'topic')) return 'topic';
  const attributes = element.observedAttributes;
  return paths.every((path) => attributes.includes(path)) ? 'attribute' : 'content';
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
/** What any element takes, besides its own attributes: an embed's id, class, style (custom properties), direction and title. */
const GLOBAL_ATTRIBUTE = /^(id|class|style|dir|title|data-[a-z0-9-]+)$/;
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
/** JSON as a script's text: `<` escaped, so nothing in it can close the script. */
const scriptJson = (json: string) => json.replace(/</g, '\\u003c');

/**
 * Renders one element to an HTML string: the element, its declared shadow root with its styles,
 * and in its light DOM the inline JSON of outside content (so the browser, once the script loads,
 * shows and hydrates the same content) and, for the FAQ with `structured-data`, its JSON-LD.
 * The red-flag checker renders as a care card: every sign under the care it needs. Rejects with
 * a `WidgetContentError` for invalid content, an unknown topic, or an attribute the element does
 * not take or whose value it cannot use; with a `TypeError` for a tag it does not render.
 */
export async function renderWidget(tag: ElementName, options: RenderOptions = {}): Promise<string> {
  const element = Object.hasOwn(CLASSES, tag) ? CLASSES[tag] : undefined;
  if (!element) throw new TypeError(`unknown element "${tag}" (known: ${ELEMENTS.join(', ')})`);
  // `topic` and `lang` given among the attributes mean what the options mean. As in a browser, an
  // empty or white-space topic is the default one.
  // `null` and `undefined` leave an attribute out, as Lit, React and Vue do: a value a template
  // did not have must not reach the reader as the word "undefined".
  const given = Object.entries(options.attributes ?? {}).filter(
    (entry): entry is [string, string | number | boolean] => entry[1] != null,
  );
  const {
    topic: topicAttribute,
    lang: langAttribute,
    ...attributes
  }: Record<string, string | number | boolean> = Object.fromEntries(given);
  const topic = trimmed(String(options.topic ?? topicAttribute ?? ''));
  const lang = options.lang ?? (langAttribute === undefined ? undefined : String(langAttribute));
  const own = element.observedAttributes.filter((name) => name !== 'topic');
  // A misspelt attribute is an attribute problem, as a bad value is: callers handle both alike.
  const unknown = Object.keys(attributes)
    .filter((name) => !own.includes(name) && !GLOBAL_ATTRIBUTE.test(name))
    .map((name) =>
      ATTRIBUTE_NAME.test(name)
        ? `${name}: not an attribute of this element (it has: ${own.join(', ')}; and any element's id, class, style, dir, title and data-*)`
        : `${JSON.stringify(name)}: not a valid attribute name`,
    );
  if (unknown.length) throw new WidgetContentError(tag, unknown, 'attribute');
  if (topic !== undefined) attributes.topic = topic;
  if (lang !== undefined) attributes.lang = lang;

  let content: unknown;
  let json: string | undefined;
  if (options.json !== undefined) {
    json = options.json;
    try {
      content = JSON.parse(json);
    } catch (error) {
      throw new WidgetContentError(tag, [`inline JSON: ${(error as Error).message}`]);
    }
  } else if (options.content !== undefined) {
    content = options.content;
    json = JSON.stringify(content);
  }
  if (json === undefined && topic !== undefined && topic !== DEFAULT_TOPIC) {
    // A browser loads other topics on demand; a render cannot wait, so the topic is loaded first.
    // Bundled topics are checked by the package's tests, so they need no validating here.
    try {
      content = await BUNDLED[tag].load(topic);
    } catch (error) {
      throw new WidgetContentError(tag, [`topic: ${(error as Error).message}`], 'topic');
    }
    serverValidated.add(content as object);
  }
  if (json !== undefined) {
    const result = validate(await (element.schema as () => Promise<Schema<unknown>>)(), content);
    if (!result.ok) throw new WidgetContentError(tag, result.problems);
    content = result.value;
    serverValidated.add(content as object);
  }
  // A browser loads the language layer and a pack on demand; a render cannot wait, so they load
  // first.
  const { loadPack, pickLocale } = await loadLanguageLayer();
  const locale = pickLocale(lang);
  if (locale !== DEFAULT_LOCALE) await loadPack(locale);

  let attributeText = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false) continue;
    attributeText += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  const name = unsafeStatic(tag);
  const template = html`<${name}${unsafeStatic(attributeText)} .content=${content}></${name}>`;

  const caught: NonNullable<typeof capture> = (capture = { problems: [] });
  let output: string;
  try {
    output = collectResultSync(render(template));
  } finally {
    capture = undefined;
  }
  const source = (caught.host as unknown as { source: { value?: unknown; problems?: string[] } }).source;
  // Problems found before the listener could hear them are on the element.
  const problems = [...new Set([...(source.problems ?? []), ...caught.problems])];
  if (problems.length) throw new WidgetContentError(tag, problems, kindOf(element, problems));

  // The element without the template's own hydration markers around it, which only Lit's
  // `hydrate()` of a whole page template would need.
  const start = output.indexOf(`<${tag}`);
  const end = output.lastIndexOf(`</${tag}>`);
  let light = '';
  if (json !== undefined) light += `<script type="application/json">${scriptJson(json)}</script>`;
  const shown = source.value;
  if (
    tag === 'hw-faq-accordion' &&
    attributes['structured-data'] !== undefined &&
    attributes['structured-data'] !== false &&
    shown
  )
    light += `<script type="application/ld+json">${faqPageJson(shown as FaqContent)}</script>`;
  // Lit's server renderer writes a `hidden` or `checked` property of `false` as hidden="false" or
  // checked="false", which hides or ticks; the property's false, no attribute, is what the browser
  // would show.
  return output.slice(start, end).replace(/ (hidden|checked)="false"/g, '') + light + `</${tag}>`;
}
