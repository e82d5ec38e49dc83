// The API reads the views make, named once: the views call them and start-up prefetches them.

export const apiPaths = {
  me: '/api/me',
  catalogue: '/api/catalogue',
  offices: '/api/offices',
  plans: '/api/plans',
  officePlans: (code: string) => `/api/plans?office=${encodeURIComponent(code)}`,
  plan: (id: string) => `/api/plans/${encodeURIComponent(id)}`,
  // Targets come a page at a time; the largest page keeps the usual case to one request.
  myTargets: '/api/targets?owner=me&limit=1000',
  cycleTargets: (cycle: string) => `/api/targets?cycle=${encodeURIComponent(cycle)}&limit=1000`,
  people: (q: string) => `/api/people?q=${encodeURIComponent(q)}`,
  peopleNames: (emails: readonly string[]) => `/api/people?${emails.map((e) => `email=${encodeURIComponent(e)}`).join('&')}`,
  reminderPolicy: '/api/reminder-policy',
  dashboard: (cycle?: string) => (cycle ? `/api/dashboard?cycle=${encodeURIComponent(cycle)}` : '/api/dashboard'),
  cycles: '/api/cycles',
  periods: (cycle: string) => `/api/periods?cycle=${encodeURIComponent(cycle)}`,
  reports: (query: { period?: string; office?: string } = {}) => {
    const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => !!entry[1]));
    return params.size ? `/api/reports?${params.toString()}` : '/api/reports';
  },
  report: (id: string) => `/api/reports/${encodeURIComponent(id)}`,
  checkIns: (targetId: string) => `/api/targets/${encodeURIComponent(targetId)}/checkins`,
} as const;
