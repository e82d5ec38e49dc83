// GET /api/targets answers a page at a time (docs/api.md); the views that show or count every
// target of a query read the pages one after another, following the cursor each page gives.

import type { ApiClient } from './api-client';
import type { TargetSummary, TargetSummaryPage } from '../../contract';

/** Every target of the query `path` names (a path with a query string), page after page. */
export async function readAllTargets(api: ApiClient, path: string, signal?: AbortSignal): Promise<TargetSummary[]> {
  const first = (await api.get<TargetSummaryPage>(path, signal)).body;
  const targets = [...first.items];
  for (let cursor = first.nextCursor; cursor;) {
    const page: TargetSummaryPage = (await api.get<TargetSummaryPage>(`${path}&cursor=${encodeURIComponent(cursor)}`, signal)).body;
    targets.push(...page.items);
    cursor = page.nextCursor;
  }
  return targets;
}
