/**
 * Writes the accordion's schema.org FAQPage into its light DOM: a module of its own, loaded only
 * by an accordion with `structured-data`.
 */
import type { FaqContent } from '../../content/schema.js';
import { faqPageJson } from './structured-data.js';

type ScriptPolicy = { createScript(text: string): string };
let scriptPolicy: ScriptPolicy | null | undefined;

/**
 * Writes a JSON-LD block's text. Pages that enforce Trusted Types only accept script text from a
 * policy: allow `health-widgets` in their `trusted-types` directive. Without it the text is
 * written as a plain text node, which works but the browser reports.
 */
function setScriptText(script: Element, text: string): void {
  if (scriptPolicy === undefined) {
    const factory = (
      globalThis as { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } }
    ).trustedTypes;
    try {
      scriptPolicy = factory?.createPolicy('health-widgets', { createScript: (value) => value }) ?? null;
    } catch {
      scriptPolicy = null;
    }
  }
  if (scriptPolicy) script.textContent = scriptPolicy.createScript(text);
  else script.replaceChildren(text);
}

/**
 * Keeps exactly one JSON-LD block among the host's children while there is content to describe,
 * and none without: copies left in saved markup collapse into one.
 */
export function writeJsonLd(host: Element, content: FaqContent | undefined): void {
  const blocks = [...host.querySelectorAll(':scope > script[type="application/ld+json"]')];
  if (!content) return blocks.forEach((block) => block.remove());
  const [block = document.createElement('script'), ...extra] = blocks;
  extra.forEach((duplicate) => duplicate.remove());
  const json = faqPageJson(content);
  if (block.textContent !== json) setScriptText(block, json);
  if (!block.isConnected) {
    block.setAttribute('type', 'application/ld+json');
    host.append(block);
  }
}
