import type { Section } from './markdown.js';

/**
 * The section a body paragraph belongs to: the title of the last section heading that stands
 * before it (a `###` under a `##` is the nearer, so its title is the one given). Undefined for
 * the headline (paragraph 0), for paragraphs above the first heading and for articles without
 * sections, so that answers from them read exactly as before sections existed.
 */
export function sectionOf(sections: readonly Section[] | undefined, paragraph: number): string | undefined {
  if (!sections || paragraph < 1) return undefined;
  return sections.findLast((x) => x.paragraph <= paragraph)?.title || undefined;
}
