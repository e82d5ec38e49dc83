// The API reads the views make, named once: the views call them and start-up prefetches them.

export const apiPaths = {
  me: '/api/me',
  catalogue: '/api/catalogue',
  offices: '/api/offices',
  plans: '/api/plans',
  officePlans: (code: string) => `/api/plans?office=${encodeURIComponent(code)}`,
  plan: (id: string) => `/api/plans/${encodeURIComponent(id)}`,
  /** An endorsed revision of a plan, frozen (read-only). */
  planRevision: (id: string, revision: number) => `/api/plans/${encodeURIComponent(id)}?revision=${revision}`,
  /** A plan's revisions; with from and to, what changed between them (to may be 'current'). */
  planRevisions: (id: string, diff?: { from: number; to: number | 'current' }) =>
    `/api/plans/${encodeURIComponent(id)}/revisions${diff ? `?from=${diff.from}&to=${diff.to}` : ''}`,
  planAction: (id: string, action: 'amend' | 'archive') => `/api/plans/${encodeURIComponent(id)}/${action}`,
  nextCycle: (id: string, preview: boolean) => `/api/plans/${encodeURIComponent(id)}/next-cycle${preview ? '?preview=true' : ''}`,
  findings: '/api/findings',
  finding: (id: string) => `/api/findings/${encodeURIComponent(id)}`,
  workshops: '/api/workshops',
  workshop: (id: string) => `/api/workshops/${encodeURIComponent(id)}`,
  workshopParticipants: (id: string) => `/api/workshops/${encodeURIComponent(id)}/participants`,
  // Targets come a page at a time; the largest page keeps the usual case to one request.
  myTargets: '/api/targets?owner=me&limit=1000',
  cycleTargets: (cycle: string) => `/api/targets?cycle=${encodeURIComponent(cycle)}&limit=1000`,
  people: (q: string) => `/api/people?q=${encodeURIComponent(q)}`,
  peopleNames: (emails: readonly string[]) => `/api/people?${emails.map((e) => `email=${encodeURIComponent(e)}`).join('&')}`,
  reminderPolicy: '/api/reminder-policy',
  scorecardCriteria: '/api/scorecard-criteria',
  dashboard: (cycle?: string) => (cycle ? `/api/dashboard?cycle=${encodeURIComponent(cycle)}` : '/api/dashboard'),
  cycles: '/api/cycles',
  periods: (cycle: string) => `/api/periods?cycle=${encodeURIComponent(cycle)}`,
  reports: (query: { period?: string; office?: string } = {}) => {
    const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]));
    return params.size ? `/api/reports?${params.toString()}` : '/api/reports';
  },
  report: (id: string) => `/api/reports/${encodeURIComponent(id)}`,
  checkIns: (targetId: string) => `/api/targets/${encodeURIComponent(targetId)}/checkins`,
  trends: (cycle: string, office?: string) => `/api/trends?cycle=${encodeURIComponent(cycle)}${office ? `&office=${encodeURIComponent(office)}` : ''}`,
  snapshot: (periodId: string) => `/api/periods/${encodeURIComponent(periodId)}/snapshot`,
  scorecards: (periodId: string) => `/api/scorecards?period=${encodeURIComponent(periodId)}`,
} as const;
