/**
 * What only topics other than the default one use to pick their sources. It is kept apart from
 * the sources, and picks them by id, so that an element's first render, which shows the default
 * topic, carries none of it, and back-sources.ts exports a list rather than every source one by one.
 */
import type { RedFlagContent, Source } from '../../schema.js';
import { backSources } from './back-sources.js';

/**
 * The sources a checker's footer lists: those given, then every other source the signs in these
 * groups cite, once each. A given source replaces a shared one with its id (to carry another
 * note, say), so the footer lists exactly what its signs were checked against. Only checker
 * content calls this: it reads the signs' notes (back-sign-notes.ts), which the FAQ does not carry.
 */
export function sourcesCitedBy(groups: RedFlagContent['groups'], sources: readonly Source[] = []): Source[] {
  const cited = new Set(groups.flatMap((group) => group.flags.flatMap((flag) => flag.sources)));
  const byId = new Map(sources.map((source) => [source.id, source]));
  for (const source of backSources)
    if (cited.has(source.id) && !byId.has(source.id)) byId.set(source.id, source);
  return [...byId.values()];
}

/** The shared sources with these ids, in this order. */
export function sources(...ids: string[]): Source[] {
  return ids.map((id) => backSources.find((source) => source.id === id)!);
}
