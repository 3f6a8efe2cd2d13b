/**
 * Run-time schemas for every kind of content, and the TypeScript types inferred from them.
 * Content comes from outside the package (a property, inline JSON, a CMS), so every way in is
 * checked against these before anything renders. Objects are strict: a field the schema does not
 * know (a misspelt `audiance`) is a problem, not dropped without a word, since dropping an optional
 * field can take safety text off the page.
 */
import * as v from 'valibot';
import { FLAG_TIERS } from './tiers.js';

// --- Building blocks -------------------------------------------------------------------------

const NOT_EMPTY = 'must not be empty';

/** A plain, non-blank string. */
export const TextSchema = v.pipe(
  v.string(),
  v.check((value) => value.trim() !== '', NOT_EMPTY),
);

export const IdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must use lower-case letters, digits and hyphens'),
);

// A regex rather than valibot's isoDate, which the regex action already in use makes redundant.
const DateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date like 2026-01-31'),
);

/**
 * True for http(s), mailto, tel and relative URLs. Browsers ignore tabs, new lines and leading
 * control characters in a URL, so they are removed before the scheme is read.
 */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''));
  return !scheme || ['http', 'https', 'mailto', 'tel'].includes(scheme[1]!.toLowerCase());
}

export const UrlSchema = v.pipe(
  v.string(),
  v.check(isSafeUrl, 'must be an http(s), mailto, tel or relative link'),
);

/** An issue path from plain keys; the error messages only read the keys. */
function pathOf(keys: (string | number)[]): [v.IssuePathItem, ...v.IssuePathItem[]] {
  return keys.map((key) => ({ type: 'unknown', origin: 'value', input: null, key, value: null })) as [
    v.IssuePathItem,
    ...v.IssuePathItem[],
  ];
}

/** Every item whose id an earlier item already used, in any of the lists: [list, index, id]. */
function repeatedIds(lists: { id: string }[][]): [number, number, string][] {
  const seen = new Set<string>();
  const repeated: [number, number, string][] = [];
  lists.forEach((list, l) =>
    list.forEach(({ id }, index) => {
      if (seen.has(id)) repeated.push([l, index, id]);
      seen.add(id);
    }),
  );
  return repeated;
}

/** Fails on the second item that reuses an id, with the path of that item's id. */
function uniqueIds<T extends { id: string }>(what: string) {
  return v.rawCheck<T[]>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const [, index, id] of repeatedIds([dataset.value])) {
      addIssue({ message: `duplicate ${what} id "${id}"`, path: pathOf([index, 'id']) });
    }
  });
}

/** A non-empty list of items with unique ids. */
function idList<TItem extends v.GenericSchema<unknown, { id: string }>>(item: TItem, what: string) {
  return v.pipe(
    v.array(item),
    v.minLength(1, `needs at least one ${what}`),
    uniqueIds<v.InferOutput<TItem>>(what),
  );
}

// --- Rich text: structured data, never HTML ----------------------------------------------------

const LinkSchema = v.strictObject({ text: TextSchema, href: UrlSchema });
const EmphasisSchema = v.strictObject({ text: TextSchema, em: v.literal(true) });

/** A run of text inside a paragraph: plain, a link, or emphasis. */
export const InlineSchema = v.union([v.string(), LinkSchema, EmphasisSchema]);

/** A paragraph: one string, or a list of inline runs. */
export const InlineTextSchema = v.union([
  TextSchema,
  v.pipe(v.array(InlineSchema), v.minLength(1, NOT_EMPTY)),
]);

const ListSchema = v.strictObject({
  list: v.pipe(v.array(InlineTextSchema), v.minLength(1, 'needs at least one list item')),
  ordered: v.optional(v.boolean()),
});

/** A block: a paragraph, or a list. */
export const BlockSchema = v.union([InlineTextSchema, ListSchema]);

/** Rich text: one plain string, or a list of blocks. */
export const RichTextSchema = v.union([TextSchema, v.pipe(v.array(BlockSchema), v.minLength(1, NOT_EMPTY))]);

// --- What every topic carries ------------------------------------------------------------------

export const SourceSchema = v.strictObject({
  id: IdSchema,
  title: TextSchema,
  publisher: TextSchema,
  url: UrlSchema,
  /** When the content was last checked against this source. */
  checked: v.optional(DateSchema),
  /** What a reader should know about the source, such as that only a copy of it could be read. */
  note: v.optional(TextSchema),
});

/** A named person who reviewed the content for clinical accuracy, and their role. */
export const ClinicalReviewerSchema = v.strictObject({ name: TextSchema, role: TextSchema });

/**
 * What review the content had, said plainly: who checked it against the listed sources, and the
 * clinician who reviewed it, only when one did.
 */
export const ReviewSchema = v.pipe(
  v.strictObject({
    lastReviewed: DateSchema,
    nextReview: DateSchema,
    /** Who checked the content against the sources, such as "the health-widgets editors". */
    checkedBy: TextSchema,
    /** Leave out unless a named clinician reviewed this content. */
    clinicalReviewer: v.optional(ClinicalReviewerSchema),
    /** The sources this content was checked against; empty when no published source covers it. */
    sources: v.pipe(v.array(SourceSchema), uniqueIds<v.InferOutput<typeof SourceSchema>>('source')),
  }),
  v.forward(
    v.check((review) => review.nextReview > review.lastReviewed, 'must be after lastReviewed'),
    ['nextReview'],
  ),
);

export const TopicMetaSchema = v.strictObject({
  id: IdSchema,
  title: TextSchema,
  lang: v.pipe(
    v.string(),
    v.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z\d]{2,8})*$/, 'must be a language tag like en or en-GB'),
  ),
  version: TextSchema,
  review: ReviewSchema,
});

// --- The four elements' content ------------------------------------------------------------------

export const AnatomyTableContentSchema = v.strictObject({
  meta: TopicMetaSchema,
  heading: TextSchema,
  caption: TextSchema,
  columns: v.strictObject({ muscle: TextSchema, description: TextSchema, role: TextSchema }),
  rows: idList(
    v.strictObject({ id: IdSchema, muscle: TextSchema, description: TextSchema, role: TextSchema }),
    'row',
  ),
});

export const FaqContentSchema = v.strictObject({
  meta: TopicMetaSchema,
  heading: TextSchema,
  items: idList(v.strictObject({ id: IdSchema, question: TextSchema, answer: RichTextSchema }), 'question'),
});

export { TIERS, type Tier } from './tiers.js';

// Plain words and an optional list of steps: an outcome is short, and needs no links of its own.
const OutcomeSchema = v.strictObject({
  heading: TextSchema,
  body: TextSchema,
  steps: v.optional(v.pipe(v.array(TextSchema), v.minLength(1, 'needs at least one step'))),
});

export const RedFlagContentSchema = v.pipe(
  v.strictObject({
    meta: TopicMetaSchema,
    heading: TextSchema,
    /** Who the checker is for, and where anyone else should go; shown before the signs. */
    audience: v.optional(TextSchema),
    intro: v.optional(TextSchema),
    groups: idList(
      v.strictObject({
        id: IdSchema,
        label: TextSchema,
        flags: idList(
          v.strictObject({
            id: IdSchema,
            label: TextSchema,
            detail: v.optional(TextSchema),
            tier: v.picklist(FLAG_TIERS),
            sources: v.pipe(v.array(IdSchema), v.minLength(1, 'needs at least one source')),
          }),
          'flag',
        ),
      }),
      'group',
    ),
    outcomes: v.strictObject({
      emergency: OutcomeSchema,
      urgent: OutcomeSchema,
      'see-doctor': OutcomeSchema,
      'self-care': OutcomeSchema,
    }),
  }),
  // Every flag must name a source that the topic lists, so an editor can trace it; and a flag's
  // id must be unique across groups, since a tick is recorded by id.
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const { groups, meta } = dataset.value;
    for (const [g, f, id] of repeatedIds(groups.map((group) => group.flags))) {
      addIssue({ message: `duplicate flag id "${id}"`, path: pathOf(['groups', g, 'flags', f, 'id']) });
    }
    const known = new Set(meta.review.sources.map((source) => source.id));
    groups.forEach((group, g) =>
      group.flags.forEach((flag, f) =>
        flag.sources.forEach((id, s) => {
          if (known.has(id)) return;
          addIssue({
            message: `unknown source "${id}": list it in meta.review.sources`,
            path: pathOf(['groups', g, 'flags', f, 'sources', s]),
          });
        }),
      ),
    );
  }),
);

export const ChecklistContentSchema = v.pipe(
  v.strictObject({
    meta: TopicMetaSchema,
    heading: TextSchema,
    intro: v.optional(TextSchema),
    groups: idList(
      v.strictObject({
        id: IdSchema,
        label: TextSchema,
        items: idList(
          v.strictObject({
            id: IdSchema,
            title: TextSchema,
            detail: v.optional(TextSchema),
            /** The cause this habit addresses, in a sentence. */
            why: v.optional(TextSchema),
          }),
          'item',
        ),
      }),
      'group',
    ),
  }),
  // Saved ticks are item ids, so an id must be unique across groups, not only within one.
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const [g, i, id] of repeatedIds(dataset.value.groups.map((group) => group.items))) {
      addIssue({ message: `duplicate item id "${id}"`, path: pathOf(['groups', g, 'items', i, 'id']) });
    }
  }),
);

/**
 * A whole topic: the content of the elements it supplies, sharing one id and version. A topic may
 * leave out a kind that does not fit it; an element asked for that topic shows the error view.
 */
export const TopicSchema = v.pipe(
  v.strictObject({
    /** The whole topic's metadata, citing every source its parts cite. */
    meta: v.optional(TopicMetaSchema),
    anatomy: v.optional(AnatomyTableContentSchema),
    faq: v.optional(FaqContentSchema),
    redFlags: v.optional(RedFlagContentSchema),
    checklist: v.optional(ChecklistContentSchema),
  }),
  v.check(
    (topic) => !!(topic.anatomy || topic.faq || topic.redFlags || topic.checklist),
    'needs the content of at least one element',
  ),
  v.check((topic) => {
    const metas = [topic, topic.anatomy, topic.faq, topic.redFlags, topic.checklist].flatMap(
      (part) => part?.meta ?? [],
    );
    return metas.every((meta) => meta.id === metas[0]!.id && meta.version === metas[0]!.version);
  }, 'every part must share the same meta.id and meta.version'),
);

// --- Types ---------------------------------------------------------------------------------------

export type Inline = v.InferOutput<typeof InlineSchema>;
export type InlineText = v.InferOutput<typeof InlineTextSchema>;
export type Block = v.InferOutput<typeof BlockSchema>;
export type RichText = v.InferOutput<typeof RichTextSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Review = v.InferOutput<typeof ReviewSchema>;
export type ClinicalReviewer = v.InferOutput<typeof ClinicalReviewerSchema>;
export type TopicMeta = v.InferOutput<typeof TopicMetaSchema>;
export type AnatomyTableContent = v.InferOutput<typeof AnatomyTableContentSchema>;
export type FaqContent = v.InferOutput<typeof FaqContentSchema>;
export type RedFlagContent = v.InferOutput<typeof RedFlagContentSchema>;
export type ChecklistContent = v.InferOutput<typeof ChecklistContentSchema>;
export type Topic = v.InferOutput<typeof TopicSchema>;
