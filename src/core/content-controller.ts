import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Schema, Validation } from '../content/validator-entry.js';
import { emit } from './events.js';
import { CONTENT_JSON, INLINE_JSON, STRINGS_JSON } from './inline-json.js';

/** Loads a schema lazily, so that bundled topics never pay for the validator. */
export type SchemaLoader<T> = () => Promise<Schema<T>>;

/** What the controller reads from the element it serves. */
export interface ContentHost<T> extends ReactiveControllerHost, HTMLElement {
  /** Content set as a property; it wins over inline JSON and the topic. */
  content?: T;
  /** Id of a bundled topic, used when there is neither `content` nor inline JSON. */
  topic: string;
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
const prefix =
  <T>(path: string) =>
  (error: Error): Validation<T> => ({ ok: false, problems: [`${path}: ${error.message}`] });

/** Content that `health-widgets/server` has validated: the only outside content a server render shows. */
export const serverValidated = new WeakSet<object>();

/** True when a mutation adds, removes or edits a child matching the selector. */
const touches =
  (selector: string) =>
  ({ target, addedNodes, removedNodes }: MutationRecord): boolean =>
    [target, target.parentNode, ...addedNodes, ...removedNodes].some(
      (node) => node instanceof Element && node.matches(selector),
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

  private resolvedContent?: T;
  private resolvedTopic?: string;
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
    // Inline JSON may arrive or change after the element upgrades (from a CMS or a framework).
    this.observer!.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer!.disconnect();
  }

  /** Resolves the content again if the property, the topic or inline JSON changed. */
  refresh(): void {
    const { content, topic } = this.host;
    if (!this.stale && content === this.resolvedContent && topic === this.resolvedTopic) return;
    this.stale = false;
    this.resolvedContent = content;
    this.resolvedTopic = topic;
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

  /**
   * Reads the strings block, then the content; what is at hand shows at once, what must load
   * (the strings reader, a topic's file, the validator) shows when it arrives.
   */
  private resolve(): void {
    this.pending = undefined;
    // On the server, light DOM is out of sight.
    const stringsJson = isServer ? null : this.host.querySelector(`:scope > ${STRINGS_JSON}`)?.textContent;
    if (stringsJson == null) {
      this.htmlStrings = {};
      return this.settle(this.resolveContent());
    }
    // Few pages give strings in markup, so the reader loads only on those that do.
    this.settle(
      import('../i18n/html-strings.js').then(({ parseStrings }) => {
        const { strings, problems } = parseStrings(stringsJson, this.options.knownStrings?.() ?? {});
        this.htmlStrings = strings;
        return problems.length ? { ok: false, problems } : this.resolveContent();
      }, prefix<T>('strings')),
    );
  }

  private resolveContent(): Validation<T> | Promise<Validation<T>> {
    let data: unknown = this.host.content;
    if (data == null) {
      const script = isServer ? null : this.host.querySelector(`:scope > ${CONTENT_JSON}`);
      if (!script) {
        const { inline, load } = this.options.bundled();
        const topic = this.host.topic;
        // Bundled topics are checked by the package's tests, so they need no validating here.
        if (topic === inline.meta.id) return { ok: true, value: inline };
        return load(topic).then((value): Validation<T> => ({ ok: true, value }), prefix<T>('topic'));
      }
      try {
        data = JSON.parse(script.textContent!);
      } catch (error) {
        return prefix<T>('inline JSON')(error as Error);
      }
    }
    // A server render cannot wait for a validation: it shows content that health-widgets/server
    // has validated, and nothing else.
    if (isServer)
      return serverValidated.has(data as object)
        ? { ok: true, value: data as T }
        : {
            ok: false,
            problems: ['content: render it with health-widgets/server, which validates it first'],
          };
    // Destructured where imported, so that bundlers keep only this element's schema.
    return this.options
      .schema()
      .then((schema) =>
        import('../content/validator-entry.js').then(({ validate }) => validate(schema, data)),
      )
      .catch(prefix<T>('content'));
  }

  /**
   * Shows the outcome, or keeps the space until it arrives; a newer resolution makes a pending
   * one moot.
   */
  private settle(outcome: Validation<T> | Promise<Validation<T>>): void {
    if (!(outcome instanceof Promise)) return this.apply(outcome);
    const pending: Promise<void> = (this.pending = outcome.then((arrived) => {
      if (this.pending !== pending) return;
      this.pending = undefined;
      this.apply(arrived);
      this.host.requestUpdate();
    }));
  }

  private apply(outcome: Validation<T>): void {
    if (outcome.ok) this.show(outcome.value);
    else this.fail(outcome.problems);
  }

  private show(content: T): void {
    const changed = content !== this.value;
    this.value = content;
    this.problems = undefined;
    this.reported = '';
    if (changed) this.options.changed?.(content);
  }
}
