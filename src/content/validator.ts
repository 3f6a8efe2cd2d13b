/** Checks content against a schema and turns failures into short messages that name the path. */
import * as v from 'valibot';

export type Validation<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** A schema that checks unknown input and gives `T`. */
export type Schema<T> = v.GenericSchema<unknown, T>;

type Issue = v.BaseIssue<unknown>;

/** `rows[2].muscle` from a valibot path; `content` for the root. */
export function formatPath(issue: Issue): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    path +=
      typeof key === 'number'
        ? `[${key}]`
        : /^[a-z_$][\w$]*$/i.test(String(key))
          ? `${path ? '.' : ''}${String(key)}`
          : `[${JSON.stringify(key)}]`;
  }
  return path || 'content';
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  Array: 'a list',
  Object: 'an object',
};

function describe(issue: Issue): string {
  if (issue.kind !== 'schema') return issue.message;
  if (issue.received === 'undefined') return 'is required';
  // A strict object's field that its schema does not know.
  if (issue.expected === 'never') return 'unknown field: check its spelling';
  const wanted = [...new Set((issue.expected ?? '').replace(/[()]/g, '').split(' | '))]
    .map((name) => TYPE_NAMES[name] ?? name)
    .join(' or ');
  return `expected ${wanted}, got ${TYPE_NAMES[issue.received] ?? issue.received}`;
}

/**
 * A union that failed reports every option, each option's issues with paths from the union's own
 * place. Where an option got further into the value than the union, the deepest issues say most
 * (`answer[0][1].hreff: unknown field`); otherwise the union's own issue ("a string or a list")
 * does.
 */
function leaves(issue: Issue, base: v.IssuePathItem[] = []): Issue[] {
  const path = [...base, ...(issue.path ?? [])];
  const found = (issue.issues ?? []).flatMap((sub) => leaves(sub, path));
  const deepest = Math.max(...found.map((sub) => sub.path!.length));
  return deepest > path.length
    ? found.filter((sub) => sub.path!.length === deepest)
    : [{ ...issue, path: path as Issue['path'] }];
}

export function validate<T>(schema: Schema<T>, input: unknown): Validation<T> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  const problems = result.issues
    .flatMap((issue) => leaves(issue))
    .map((issue) => `${formatPath(issue)}: ${describe(issue)}`);
  return { ok: false, problems: [...new Set(problems)] };
}
