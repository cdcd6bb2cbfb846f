/** A heading of the article and the lines up to the next heading of the same or a higher level. */
export type Section = {
  level: number
  heading: string
  /** Index of the heading line. */
  start: number
  /** Index after the last line of the section (its subsections included). */
  end: number
}

const headingPattern = /^(#{1,6})\s+(.*?)\s*#*\s*$/
const fencePattern = /^\s*(```|~~~)/

/** The headings of a Markdown document, ignoring `#` lines inside fenced code. */
export const outlineOf = (lines: readonly string[]): Section[] => {
  const headings: Omit<Section, 'end'>[] = []
  let isInFence = false
  lines.forEach((line, index) => {
    if (fencePattern.test(line)) isInFence = !isInFence
    const match = isInFence ? null : headingPattern.exec(line)
    if (match) headings.push({ heading: match[2], level: match[1].length, start: index })
  })
  return headings.map((heading, index) => {
    const next = headings.slice(index + 1).find((other) => other.level <= heading.level)
    return { ...heading, end: next ? next.start : lines.length }
  })
}

/** The direct subsections of a section (the next level of headings inside it). */
export const childrenOf = (section: Section, outline: readonly Section[]): Section[] => {
  const inside = outline.filter((other) => other.start > section.start && other.end <= section.end)
  const level = Math.min(...inside.map((other) => other.level))
  return inside.filter((other) => other.level === level)
}

/** Lines of a section below its heading, without leading and trailing blank lines. */
export const sectionContent = (lines: readonly string[], section: Section, until?: number) =>
  trimBlank(lines.slice(section.start + 1, until ?? section.end))

export const trimBlank = (lines: readonly string[]): string[] => {
  let from = 0
  let to = lines.length
  while (from < to && !lines[from].trim()) from += 1
  while (to > from && !lines[to - 1].trim()) to -= 1
  return lines.slice(from, to)
}

/** Inline Markdown reduced to its text: `**a** [b](c)` becomes `a b`. */
export const plainInline = (text: string): string =>
  text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|~~|`)(.+?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim()
