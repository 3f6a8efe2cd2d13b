/** Helpers shared by the browser tests. Not part of the package. */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/** The engine the tests run in: Chromium and Firefox over their own protocols, WebKit over WebDriver. */
export const engine: 'chromium' | 'firefox' | 'webkit' = navigator.userAgent.includes('Firefox/')
  ? 'firefox'
  : navigator.userAgent.includes('Chrome/')
    ? 'chromium'
    : 'webkit';

/**
 * Presses Shift+Tab with real key events. WebDriver cannot hold a key down between two commands,
 * so in WebKit both keys go as one chord.
 */
export async function pressShiftTab(): Promise<void> {
  if (engine === 'webkit') return void (await sendKeys({ press: 'Shift+Tab' }));
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** Records calls to a console method until `restore()`; nothing reaches the real console. */
export function captureConsole(method: 'error' | 'warn') {
  const calls: unknown[][] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => calls.push(args);
  return {
    calls,
    restore: () => {
      console[method] = original;
    },
  };
}

/** True when an element, or one of its ancestors up to the shadow root, is visually hidden by clipping. */
function clipped(element: Element | null): boolean {
  for (let node = element; node; node = node.parentElement) {
    if (getComputedStyle(node).clipPath !== 'none') return true;
  }
  return false;
}

/**
 * Elements in a shadow root (or the root itself) whose content is wider than their box, or that
 * reach past the root's right edge. Visually hidden elements are clipped on purpose and skipped.
 */
export function overflowing(root: Element): Element[] {
  const scope = root.shadowRoot ?? root;
  const right = root.getBoundingClientRect().right;
  return [root, ...scope.querySelectorAll('*')].filter(
    (element) =>
      !clipped(element) &&
      // Inline boxes have no client width of their own; their edges still count.
      ((getComputedStyle(element).display !== 'inline' && element.scrollWidth > element.clientWidth + 1) ||
        element.getBoundingClientRect().right > right + 1),
  );
}

/** Text with runs of white space folded, as a reader perceives it. */
export const textOf = (node: Node | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Styles for a dark page, as a dark-mode-aware publisher would set them. */
export const DARK_PAGE = 'color-scheme: dark; background: #121212; color: #e8e8e8; padding: 1rem;';

/**
 * Every element's contract for invalid content: it fires one `hw-content-error` naming the
 * problem, shows it in an accessible error view, logs it once (however often it renders) and
 * throws nothing. `check` adds the element's own expectations before it is removed.
 */
export async function expectContentError<T extends HTMLElement>(
  tag: string,
  content: unknown,
  problem: string,
  check: (el: T) => void = () => {},
): Promise<void> {
  const errors = captureConsole('error');
  const el = document.createElement(tag) as T & { content: unknown; updateComplete: Promise<unknown> };
  try {
    const fired = oneEvent(el, 'hw-content-error');
    el.content = content;
    document.body.append(el);
    const { detail } = await fired;
    await el.updateComplete;
    expect(detail.problems).to.deep.equal([problem]);
    expect(textOf(el.shadowRoot!.querySelector('[part="error"]'))).to.contain(problem);
    (el as unknown as { requestUpdate(): void }).requestUpdate();
    await el.updateComplete;
    expect(errors.calls).to.have.length(1);
    expect(String(errors.calls[0]![0])).to.contain(problem);
    await expect(el).to.be.accessible();
    check(el);
  } finally {
    errors.restore();
    el.remove();
  }
}
