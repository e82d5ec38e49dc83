// How the progress report's codes read in both files: target statuses and whether a report
// came in on time, in words.

import { TARGET_STATUS_LABELS, type TargetStatus } from '../domain/catalogues';
import type { ReportTimeliness } from '../domain/monitoring-derive';

export const TIMELINESS_LABELS: Readonly<Record<ReportTimeliness, string>> = {
  'on-time': 'On time',
  late: 'Late',
  missing: 'Missing',
  'not-due': 'Not due yet',
};

/** A status in words; empty where a period has no figure. */
export const statusLabel = (status: TargetStatus | null): string => (status ? TARGET_STATUS_LABELS[status] : '');
