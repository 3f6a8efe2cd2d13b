import { render } from 'lit/html.js';

/** The part of Lit's `ReactiveController` that this base calls. */
interface Controller {
  hostConnected?(): void;
  hostDisconnected?(): void;
}

/** Turns an attribute's value into its property's value. */
export type Converter = (value: string | null) => unknown;
export const toNumber: Converter = (value) => (value == null ? undefined : Number(value));
export const toBoolean: Converter = (value) => value != null;
export const toText: Converter = (value) => value ?? undefined;

const sheetsByClass = new WeakMap<object, CSSStyleSheet[]>();

/** Adopts the class's stylesheets, built once and shared by every instance, into a shadow root. */
function adoptStyles(root: ShadowRoot, type: typeof BaseElement): void {
  let sheets = sheetsByClass.get(type);
  if (!sheets) {
    sheets = type.styles.map((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    });
    sheetsByClass.set(type, sheets);
  }
  root.adoptedStyleSheets = sheets;
}

/**
 * The smallest base that our elements need, over lit-html: reactive properties, attributes that
 * set them, one batched render a microtask later, and stylesheets adopted into a shadow root.
 * It stands in for LitElement, whose reactive layer would cost almost a third of each element's
 * size budget; templates, directives and rendering are Lit's own.
 */
export abstract class BaseElement extends HTMLElement {
  /**
   * CSS texts adopted into the shadow root, shared by every instance of the class.
   * @internal
   */
  static styles: string[] = [];

  /**
   * Observed attributes: attribute name → [property name, converter].
   * @internal
   */
  static attributes: Record<string, [string, Converter]> = {};

  /**
   * Property names whose changes render the element again.
   * @internal
   */
  static reactiveProperties: string[] = [];

  /** @internal */
  static get observedAttributes(): string[] {
    return Object.keys(this.attributes);
  }

  /**
   * Makes properties reactive: setting one to a new value schedules a render.
   * @internal
   */
  static reactive(...names: string[]): void {
    this.reactiveProperties = [...this.reactiveProperties, ...names];
    for (const name of names) {
      const key = Symbol(name);
      Object.defineProperty(this.prototype, name, {
        configurable: true,
        enumerable: true,
        get(this: Record<symbol, unknown>) {
          return this[key];
        },
        set(this: BaseElement & Record<symbol, unknown>, value: unknown) {
          if (this[key] === value) return;
          this[key] = value;
          this.requestUpdate(name);
        },
      });
    }
  }

  /** The open shadow root the element renders into. */
  readonly renderRoot: ShadowRoot;
  private changed = new Set<string>();
  private queued?: Promise<void>;
  /** Properties set on the element before it was upgraded, applied over the defaults. */
  private early?: [string, unknown][];
  private controllers: Controller[] = [];

  constructor() {
    super();
    const type = this.constructor as typeof BaseElement;
    this.renderRoot = this.attachShadow({ mode: 'open' });
    adoptStyles(this.renderRoot, type);
    // A framework may set properties before the definition loads; they would hide the accessors.
    this.early = type.reactiveProperties
      .filter((name) => Object.hasOwn(this, name))
      .map((name) => {
        const value = this[name as keyof this];
        delete this[name as keyof this];
        return [name, value];
      });
  }

  /** @internal */
  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    const [property, convert] = (this.constructor as typeof BaseElement).attributes[name]!;
    (this as Record<string, unknown>)[property] = convert(value);
  }

  /** @internal */
  connectedCallback(): void {
    for (const [name, value] of this.early ?? []) (this as Record<string, unknown>)[name] = value;
    this.early = undefined;
    this.controllers.forEach((controller) => controller.hostConnected?.());
    this.requestUpdate();
  }

  /** @internal */
  disconnectedCallback(): void {
    this.controllers.forEach((controller) => controller.hostDisconnected?.());
  }

  /** Attaches a Lit reactive controller: told when the element connects and disconnects. */
  addController(controller: Controller): void {
    this.controllers.push(controller);
    if (this.isConnected) controller.hostConnected?.();
  }

  /** Schedules one render for everything that changes in this task; rarely needed from outside. */
  requestUpdate(name?: string): void {
    if (name) this.changed.add(name);
    this.queued ??= Promise.resolve().then(() => {
      this.queued = undefined;
      this.performUpdate();
    });
  }

  /** Resolves once the element has rendered its latest state, including content still being validated. */
  get updateComplete(): Promise<boolean> {
    return this.settled().then(() => true);
  }

  protected async settled(): Promise<void> {
    while (this.queued) await this.queued;
  }

  protected performUpdate(): void {
    const changed = this.changed;
    this.changed = new Set();
    this.willUpdate(changed);
    render(this.render(), this.renderRoot, { host: this });
    this.updated(changed);
  }

  /** Before each render, with the names of the properties that changed. */
  protected willUpdate(_changed: Set<string>): void {}

  /** After each render, with the names of the properties that changed. */
  protected updated(_changed: Set<string>): void {}

  protected abstract render(): unknown;
}
