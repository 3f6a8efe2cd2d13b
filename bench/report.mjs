// Medians, ratios to static HTML, the targets from the issue, and the markdown that README shows.
import { readFile, writeFile } from 'node:fs/promises';
import { labels, systems } from './pages.mjs';

export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** How long show all may take (ms); a visit past it counts as Infinity. */
export const SHOW_ALL_LIMIT = 10_000;

function ms(value) {
  if (Number.isNaN(value)) return 'failed';
  return value === Infinity ? `over ${SHOW_ALL_LIMIT}` : value.toFixed(1);
}
const times = (ratio) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '–');
const questions = (count) => `${count.toLocaleString('en')} questions`;

/** Medians per page: `samples` maps `${system}-${count}` to `{ shown: [], showAll: [] }`. */
export function summarise(samples, counts) {
  return counts.map((count) => {
    const row = (system) => {
      const { shown, showAll } = samples.get(`${system}-${count}`);
      return { system, shown: median(shown), showAll: median(showAll) };
    };
    const rows = systems.map(row);
    const base = rows.find((r) => r.system === 'static');
    return {
      count,
      rows: rows.map((r) => ({
        ...r,
        shownRatio: r.shown / base.shown,
        // The pages with every answer open give, second, when they are interactive: no ratio to
        // show all.
        showAllRatio: r.system === 'hw-ssr' || r.system === 'static-open' ? NaN : r.showAll / base.showAll,
      })),
    };
  });
}

/** The targets, each with the figure that decides it; none of them fails the run. */
export function targets(summary) {
  const at = (count, system) => summary.find((s) => s.count === count).rows.find((r) => r.system === system);
  const limits = { 200: 1.5, 2000: 1.3 }; // the ratio to static allowed at each size
  return summary.flatMap(({ count }) => {
    const hw = at(count, 'hw');
    const vs = (system, key) => hw[key] / at(count, system)[key];
    const checks = [
      [`shown ≤ ${limits[count]}× static`, hw.shownRatio, hw.shownRatio <= limits[count]],
      ['shown faster than GOV.UK', vs('govuk', 'shown'), vs('govuk', 'shown') < 1],
      ['shown faster than Shoelace', vs('shoelace', 'shown'), vs('shoelace', 'shown') < 1],
      ['show all faster than GOV.UK', vs('govuk', 'showAll'), vs('govuk', 'showAll') < 1],
    ];
    if (count === 200) {
      const ssr = at(count, 'hw-ssr');
      // Like for like: the pre-rendered FAQ shows every answer, as static `<details open>` does.
      const ratio = ssr.shown / at(count, 'static-open').shown;
      checks.push(['pre-rendered: shown ≤ 1.1× static `<details open>`', ratio, ratio <= 1.1]);
    }
    return checks.map(([what, ratio, pass]) => ({ what: `${questions(count)}: ${what}`, ratio, pass }));
  });
}

/** A markdown table padded the way prettier pads one, so README stays formatted. */
function markdownTable(header, rows) {
  const widths = header.map((_, i) => Math.max(3, ...[header, ...rows].map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export function markdown(summary, about) {
  const table = markdownTable(
    ['FAQ of', 'system', 'shown (ms)', '× static', 'show all (ms)', '× static'],
    summary.flatMap(({ count, rows }) =>
      rows.map((r) => [
        questions(count),
        labels[r.system],
        ms(r.shown),
        times(r.shownRatio),
        ms(r.showAll),
        times(r.showAllRatio),
      ]),
    ),
  );
  const goals = targets(summary)
    .map(({ what, ratio, pass }) => `- ${pass ? '✓ met' : '✗ missed'}: ${what} (${times(ratio)})`)
    .join('\n');
  const note =
    'The × static columns compare every row with static `<details>`. The pre-rendered FAQ shows ' +
    'every answer from the start, so its target compares it with static `<details open>` instead ' +
    '(in the targets below), and its show all column gives the time until it is interactive ' +
    '(hydrated by the CDN file), from navigation start.';
  return `${about}\n\n${table}\n\n${note}\n\nTargets for \`<hw-faq-accordion>\` (ratios to the figure named):\n\n${goals}\n`;
}

const START = '<!-- bench-table -->';
const END = '<!-- /bench-table -->';

/** Puts `text` between README's bench markers. */
export async function writeReadme(file, text) {
  const readme = await readFile(file, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} has no ${START} … ${END} markers`);
  await writeFile(file, `${readme.slice(0, start + START.length)}\n\n${text}\n${readme.slice(end)}`);
}
