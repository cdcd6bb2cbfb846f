/** Payload's fields that group other fields under a heading of their own. */
const fieldSections = '.array-field, .blocks-field, .group-field, .field-type.join'

/** The heading each of them draws: an h3 for arrays, blocks and groups, an h4 for a join. */
const sectionHeadings =
  'main :is(.array-field__title, .blocks-field__title, .group-field__title, .relationship-table__header h4)'

/**
 * Other headings Payload draws in a view: a list's or a join's "No results" (h3), the SEO
 * preview's title (h4). Headings people write in rich text are theirs and keep their level.
 */
const otherHeadings =
  'main :is(.no-results h3, .render-fields :is(h3, h4, h5, h6):not(.rich-text-lexical *))'

const sectionsAround = (element: Element): number => {
  let count = 0
  for (
    let section = element.closest(fieldSections);
    section;
    section = section.parentElement?.closest(fieldSections) ?? null
  ) {
    count += 1
  }
  return count
}

const setLevel = (heading: Element, level: number) => {
  if (heading.getAttribute('aria-level') !== String(level)) {
    heading.setAttribute('aria-level', String(level))
  }
}

/**
 * Payload 3.90 starts its field headings at h3 or h4 right under the page's h1, whatever their
 * nesting, so a screen reader's list of headings has holes and puts a join under the array
 * before it. Each heading is given the level its place in the form implies: a top-level array,
 * group or join is a level-2 section, a heading inside it level 3, and so on.
 */
export const levelHeadings = () => {
  for (const heading of document.querySelectorAll(otherHeadings)) {
    setLevel(heading, 2 + sectionsAround(heading))
  }
  for (const heading of document.querySelectorAll(sectionHeadings)) {
    setLevel(heading, 1 + sectionsAround(heading))
  }
}
