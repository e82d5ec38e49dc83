// A progress report as a form: the narrative and each target's line as typed text, the patch
// of only what the user changed (so a save never rewrites what someone else changed), and the
// user's changes laid on top of another version after a conflict (412).

import type { ReportLineView, ReportPatch, ReportView, TargetStatus } from '../../../contract';
import { formatLocaleNumber, optionalText, parseLocaleNumber } from '../../forms/validation';

export const NARRATIVE_FIELDS = ['summary', 'achievements', 'challenges', 'supportNeeded', 'nextSteps'] as const;
export type NarrativeField = (typeof NARRATIVE_FIELDS)[number];

export const LINE_FIELDS = ['value', 'women', 'men', 'status', 'comment'] as const;
export type LineField = (typeof LINE_FIELDS)[number];

/** One target's line as typed. */
export interface LineDraft {
  value: string;
  women: string;
  men: string;
  status: TargetStatus;
  comment: string;
}

export interface ReportDraft {
  narrative: Record<NarrativeField, string>;
  /** By target id. */
  lines: Record<string, LineDraft>;
}

/** One thing the user changed: a narrative field, or a field of one target's line. */
export type DraftChange = { kind: 'narrative'; field: NarrativeField } | { kind: 'line'; targetId: string; field: LineField };

/** What a line records: women and men for a sex-disaggregated target (the total derived), else the value. */
export const isSexLine = (line: Pick<ReportLineView, 'target'>) => line.target?.disaggregation === 'sex';

export function lineDraftOf(line: ReportLineView, locale: string): LineDraft {
  return {
    value: formatLocaleNumber(line.value, locale),
    women: formatLocaleNumber(line.women, locale),
    men: formatLocaleNumber(line.men, locale),
    status: line.status,
    comment: line.comment ?? '',
  };
}

export function draftOf(view: ReportView, locale: string): ReportDraft {
  const { report } = view;
  return {
    narrative: {
      summary: report.summary ?? '',
      achievements: report.achievements ?? '',
      challenges: report.challenges ?? '',
      supportNeeded: report.supportNeeded ?? '',
      nextSteps: report.nextSteps ?? '',
    },
    lines: Object.fromEntries(view.lines.map((line) => [line.targetId, lineDraftOf(line, locale)])),
  };
}

/** Everything the user changed from `base` to `mine`, in the order of the form. */
export function changesOf(base: ReportDraft, mine: ReportDraft): DraftChange[] {
  const changes: DraftChange[] = NARRATIVE_FIELDS.filter((f) => base.narrative[f] !== mine.narrative[f]).map((field) => ({ kind: 'narrative', field }));
  for (const [targetId, line] of Object.entries(mine.lines)) {
    const before = base.lines[targetId];
    if (!before) continue;
    for (const field of LINE_FIELDS) if (before[field] !== line[field]) changes.push({ kind: 'line', targetId, field });
  }
  return changes;
}

/** A change's current text in a draft. */
export function textOf(draft: ReportDraft, change: DraftChange): string {
  return change.kind === 'narrative' ? draft.narrative[change.field] : (draft.lines[change.targetId]?.[change.field] ?? '');
}

type LinePatch = NonNullable<ReportPatch['lines']>[number];

/**
 * The PATCH body of the user's changes: the narrative fields changed, and for each line
 * changed only its changed fields. Women and men travel together (the API wants both or
 * neither), and a sex-disaggregated line never sends a total (the API derives it).
 */
export function patchOf(base: ReportDraft, mine: ReportDraft, view: Pick<ReportView, 'lines'>, locale: string): ReportPatch {
  const patch: ReportPatch = {};
  const changes = changesOf(base, mine);
  for (const change of changes) if (change.kind === 'narrative') patch[change.field] = optionalText(mine.narrative[change.field]);
  const lines: LinePatch[] = [];
  for (const line of view.lines) {
    const fields = new Set(changes.flatMap((c) => (c.kind === 'line' && c.targetId === line.targetId ? [c.field] : [])));
    const typed = mine.lines[line.targetId];
    if (fields.size === 0 || !typed) continue;
    const out: LinePatch = { targetId: line.targetId };
    if (isSexLine(line)) {
      if (fields.has('women') || fields.has('men')) {
        out.women = parseLocaleNumber(typed.women, locale);
        out.men = parseLocaleNumber(typed.men, locale);
      }
    } else if (fields.has('value')) {
      out.value = parseLocaleNumber(typed.value, locale);
    }
    if (fields.has('status')) out.status = typed.status;
    if (fields.has('comment')) out.comment = optionalText(typed.comment);
    if (Object.keys(out).length > 1) lines.push(out);
  }
  if (lines.length > 0) patch.lines = lines;
  return patch;
}

/** `mine`'s changes from `base` laid over `theirs`: what "keep my changes" shows and saves again. */
export function rebase(base: ReportDraft, mine: ReportDraft, theirs: ReportDraft): ReportDraft {
  const next: ReportDraft = { narrative: { ...theirs.narrative }, lines: Object.fromEntries(Object.entries(theirs.lines).map(([id, l]) => [id, { ...l }])) };
  for (const change of changesOf(base, mine)) {
    if (change.kind === 'narrative') next.narrative[change.field] = mine.narrative[change.field];
    else {
      const line = next.lines[change.targetId];
      const typed = mine.lines[change.targetId];
      if (line && typed) Object.assign(line, { [change.field]: typed[change.field] });
    }
  }
  return next;
}

/** The derived total of women and men as typed, or null while either is not a number. */
export function typedTotal(line: LineDraft, locale: string): number | null {
  const women = parseLocaleNumber(line.women, locale);
  const men = parseLocaleNumber(line.men, locale);
  return women === null || men === null || Number.isNaN(women) || Number.isNaN(men) ? null : women + men;
}
