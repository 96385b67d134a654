/**
 * docs/benchmarks.md is written by `npm run bench`: one `## <suite>` section per suite, each
 * made of the generated part (description, machine, table) and, after it, the hand-written
 * notes of that suite (from its first `### ` heading on: "before and after" tables, readings).
 * A suite just run replaces its generated part and keeps its notes; the other suites stay.
 */

/** Splits the document into its sections by suite name (the head before the first `## ` is left out). */
export function sectionsOf(doc: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const part of doc.split(/^## /m).slice(1)) sections.set(part.split(/\s/, 1)[0]!, `## ${part.trimEnd()}`);
  return sections;
}

/** The new generated part of a section followed by the hand-written notes of the previous one. */
export function replaceGenerated(previous: string | undefined, generated: string): string {
  const notesAt = previous === undefined ? -1 : previous.search(/^### /m);
  return notesAt < 0 ? generated : `${generated}\n\n${previous!.slice(notesAt).trimEnd()}`;
}
