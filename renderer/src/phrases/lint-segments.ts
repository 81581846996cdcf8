/**
 * Splits a text into runs for underlining lint findings. Findings may overlap (全网最低 and 最
 * are separate rules with separate suggestions), so the text is cut at every finding edge and
 * each run carries every finding that covers it; an error outranks a warning for the colour.
 */
import type { MethodOutput } from '../../../electron/api/contract';

export type LintFinding = MethodOutput<'phrases.preview'>['findings'][number];

export interface LintSegment {
  text: string;
  severity: 'warning' | 'error' | null;
  /** Indexes into the findings list, to link a run to its explanation. */
  findings: number[];
}

export function lintSegments(text: string, findings: readonly LintFinding[]): LintSegment[] {
  const inside = (f: LintFinding) => f.start >= 0 && f.end <= text.length && f.start < f.end;
  const cuts = new Set<number>([0, text.length]);
  for (const finding of findings) {
    if (!inside(finding)) continue;
    cuts.add(finding.start);
    cuts.add(finding.end);
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const segments: LintSegment[] = [];
  for (let i = 0; i + 1 < edges.length; i += 1) {
    const start = edges[i]!;
    const end = edges[i + 1]!;
    const covering = findings
      .map((finding, index) => ({ finding, index }))
      .filter(({ finding }) => inside(finding) && finding.start <= start && finding.end >= end);
    const severity =
      covering.length === 0
        ? null
        : covering.some(({ finding }) => finding.severity === 'error')
          ? 'error'
          : 'warning';
    segments.push({ text: text.slice(start, end), severity, findings: covering.map(({ index }) => index) });
  }
  return segments;
}
