import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Schema, Validation } from '../content/validator-entry.js';
import type { Outside } from './outside-content.js';
import { emit } from './events.js';
import { INLINE_JSON } from './inline-json.js';

/** Loads a schema lazily, so that bundled topics never pay for the validator. */
export type SchemaLoader<T> = () => Promise<Schema<T>>;

/** What the controller reads from the element it serves. */
export interface ContentHost<T> extends ReactiveControllerHost, HTMLElement {
  /** Content set as a property; it wins over inline JSON and the topic. */
  content?: T | undefined;
  /** Id of a bundled topic, used when there is neither `content` nor inline JSON. */
  topic: string;
  /** UI strings set as a property: checked like a `data-strings` block before they show. */
  strings: object;
}

/** The bundled topics an element can show: the default one inline, the others loaded on demand. */
export interface BundledTopics<T> {
  /** The default topic's content, inline so it renders at once. */
  inline: T & { meta: { id: string } };
  /** Another topic's content, from its own file; rejects with the problem to show. */
  load: (topic: string) => Promise<T>;
}

export interface ContentOptions<T> {
  /** The bundled topics this element can show. */
  bundled: () => BundledTopics<T>;
  /** The schema that content from outside the package must pass. */
  schema: SchemaLoader<T>;
  /** Called when new valid content arrives, before it renders. */
  changed?: (content: T) => void;
  /** The element's UI strings by key: the keys a `data-strings` block may set. */
  knownStrings?: () => object;
}

/** A failed promise as a problem at a path. */
export const prefix =
  <T>(path: string) =>
  (error: Error): Validation<T> => ({ ok: false, problems: [`${path}: ${error.message}`] });

/** Content that `health-widgets/server` has validated: the only outside content a server render shows. */
export const serverValidated = new WeakSet<object>();

/** True when a mutation adds, removes or edits a child matching the selector. */
const touches =
  (selector: string) =>
  ({ target, addedNodes, removedNodes }: MutationRecord): boolean =>
    [target, target.parentNode, ...addedNodes, ...removedNodes].some(
      // The target or its parent is the script itself; an added or removed node (index 2 on) may
      // also hold one, since a CMS can wrap a script in a paragraph.
      (node, index) =>
        node instanceof Element && (node.matches(selector) || (index > 1 && node.querySelector(selector))),
    );

/**
 * Finds an element's content when the element calls `refresh()` before each update: the `content` property, else inline JSON in
 * its light DOM, else the bundled topic (the default inline, others from their own files); and UI strings from a `data-strings` block beside it. Content from outside the package is validated lazily;
 * a newer resolution makes an older validation moot, so a stale result never shows. Invalid
 * content is logged and announced with `hw-content-error` once, however often the element renders.
 */
export class ContentController<T> implements ReactiveController {
  /** The valid content on show, if any. */
  value?: T;
  /** What stops content from showing, if anything. */
  problems?: string[];
  /** A topic's file, the strings reader or a validation under way, if any: the host keeps its space. */
  pending?: Promise<void>;
  /** UI strings from a `<script type="application/json" data-strings>` child. */
  htmlStrings: Record<string, unknown> = {};

  /** What the content was last resolved from: the `content`, `topic` and `strings` properties. */
  private resolvedFrom: unknown[] = [];
  private stale = true;
  private reported = '';
  // On the server there is no light DOM to watch (and no MutationObserver).
  private readonly observer = isServer
    ? undefined
    : new MutationObserver((records) => {
        // Only inline JSON (content or a strings block) is read; other light DOM (such as JSON-LD
        // an element writes) is not. Content from the property still wins when it is read again.
        if (!records.some(touches(INLINE_JSON))) return;
        this.stale = true;
        this.host.requestUpdate();
      });

  constructor(
    private readonly host: ContentHost<T>,
    private readonly options: ContentOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Inline JSON may arrive or change after the element upgrades (from a CMS or a framework),
    // or while it is out of the document: the observer is never disconnected, so an element put
    // back shows what its light DOM holds now. It holds no reference to the host that would
    // outlive it.
    this.observer!.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  /** Resolves the content again if the property, the topic or inline JSON changed. */
  refresh(): void {
    const { content, topic, strings } = this.host;
    const from = [content, topic, strings];
    if (!this.stale && from.every((value, i) => value === this.resolvedFrom[i])) return;
    this.stale = false;
    this.resolvedFrom = from;
    this.resolve();
  }

  /** Shows the problems instead of content; logs and announces them once. */
  fail(problems: string[]): void {
    this.value = undefined;
    this.problems = problems;
    const key = problems.join('\n');
    if (key === this.reported) return;
    this.reported = key;
    // A server render rejects with the problems instead (see health-widgets/server).
    if (!isServer) console.error(`<${this.host.localName}> invalid content:\n${key}`);
    emit(this.host, 'hw-content-error', { problems });
  }

  private resolve(): void {
    this.pending = undefined;
    const { content, topic, strings } = this.host;
    const { inline, load } = this.options.bundled();
    // On the server, light DOM is out of sight, and strings are the renderer's own.
    const fromPage =
      content != null || (!isServer && (Object.keys(strings).length || this.host.querySelector(INLINE_JSON)));
    if (!fromPage && topic === inline.meta.id) {
      this.htmlStrings = {};
      return this.show(inline);
    }
    // A server render cannot wait for a file: it shows content that health-widgets/server has
    // validated, and nothing else.
    if (isServer && content != null)
      return serverValidated.has(content as object)
        ? this.show(content)
        : this.fail(['content: render it with health-widgets/server, which validates it first']);
    // Anything else needs a file first: another topic's, or the reader of what the page gives
    // (which loads the validator and the strings checker as it needs them). Until it arrives the
    // host keeps its space, and a newer resolution makes this one moot, so a stale result never
    // shows. Bundled topics are checked by the package's tests, so they need no validating here.
    const outside: Promise<Outside<T>> = fromPage
      ? import('./outside-content.js').then(
          ({ readOutside }) => readOutside(this.host, this.options),
          (error: Error) => [{}, prefix<T>('content')(error)],
        )
      : load(topic).then(
          (value) => [{}, { ok: true, value }],
          (error: Error) => [{}, prefix<T>('topic')(error)],
        );
    const pending: Promise<void> = (this.pending = outside.then(([strings, outcome]) => {
      if (this.pending !== pending) return;
      this.pending = undefined;
      this.htmlStrings = strings;
      if (outcome.ok) this.show(outcome.value);
      else this.fail(outcome.problems);
      this.host.requestUpdate();
    }));
  }

  private show(content: T): void {
    const changed = content !== this.value;
    this.value = content;
    this.problems = undefined;
    this.reported = '';
    if (changed) this.options.changed?.(content);
  }
}
