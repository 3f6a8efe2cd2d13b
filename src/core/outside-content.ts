/**
 * What an element reads only when the page gives it something: UI strings (a `data-strings`
 * block or the `strings` property), and content from the `content` property or inline JSON
 * (checked by the validator, itself loaded on demand), else the bundled topic. An element that
 * shows a bundled topic with nothing from the page never loads this file.
 */
import type { Validation } from '../content/validator-entry.js';
import { prefix, type ContentHost, type ContentOptions } from './content-controller.js';
import { CONTENT_JSON, STRINGS_JSON } from './inline-json.js';

/**
 * A file that could not be loaded (offline, or blocked by a filter), as a problem at a path, in
 * the same words in every browser.
 */
const unloaded =
  <T>(path: string) =>
  (): Validation<T> => ({ ok: false, problems: [`${path}: a file needed to read it could not be loaded`] });

/**
 * Inline JSON as a CMS may leave it: a byte-order mark, white space, or an HTML comment that an
 * editor wrapped round it, none of which JSON allows.
 */
const unwrapped = (text: string): string => text.trim().replace(/^<!--([^]*)-->$/, '$1');

/** The strings from a `data-strings` block (none without one), and the content or its problems. */
export type Outside<T> = [strings: Record<string, unknown>, outcome: Validation<T>];

/**
 * Reads what the page gives the element, as the content controller asks each time it resolves;
 * the controller decides whether the result still holds when it arrives. UI strings, from a
 * `data-strings` block or the `strings` property, must pass the strings checker first.
 */
export async function readOutside<T>(host: ContentHost<T>, options: ContentOptions<T>): Promise<Outside<T>> {
  const stringsJson = host.querySelector(STRINGS_JSON)?.textContent;
  const given = host.strings;
  if (stringsJson == null && !Object.keys(given).length) return [{}, await readContent(host, options)];
  // Few pages give strings, so the checker loads only on those that do.
  const reader = await import('../i18n/html-strings.js').catch(unloaded<T>('strings'));
  if ('ok' in reader) return [{}, reader];
  const known = options.knownStrings?.() ?? {};
  const { strings, problems } =
    stringsJson == null ? { strings: {}, problems: [] } : reader.parseStrings(unwrapped(stringsJson), known);
  problems.push(...reader.checkStrings(given, known));
  return [strings, problems.length ? { ok: false, problems } : await readContent(host, options)];
}

/** The `content` property, else inline JSON, else the bundled topic. */
function readContent<T>(
  host: ContentHost<T>,
  options: ContentOptions<T>,
): Promise<Validation<T>> | Validation<T> {
  let data: unknown = host.content;
  if (data == null) {
    const script = host.querySelector(CONTENT_JSON);
    if (!script) {
      const { inline, load } = options.bundled();
      // Bundled topics are checked by the package's tests, so they need no validating here.
      if (host.topic === inline.meta.id) return { ok: true, value: inline };
      return load(host.topic).then((value): Validation<T> => ({ ok: true, value }), prefix<T>('topic'));
    }
    try {
      data = JSON.parse(unwrapped(script.textContent!));
    } catch (error) {
      return prefix<T>('inline JSON')(error as Error);
    }
  }
  // Destructured where imported, so that bundlers keep only this element's schema.
  return options
    .schema()
    .then((schema) =>
      import('../content/validator-entry.js').then(
        ({ validate }) =>
          () =>
            validate(schema, data),
      ),
    )
    .then((check) => {
      // A check that throws (a script on the page that changed every object can make it) is not
      // a file that failed to load: it says what went wrong.
      try {
        return check();
      } catch (error) {
        return prefix<T>('content: could not be checked')(error as Error);
      }
    }, unloaded<T>('content'));
}
