// The API reads the views make, named once: the views call them and start-up prefetches them.

export const apiPaths = {
  me: '/api/me',
  catalogue: '/api/catalogue',
  offices: '/api/offices',
  plans: '/api/plans',
  officePlans: (code: string) => `/api/plans?office=${encodeURIComponent(code)}`,
  plan: (id: string) => `/api/plans/${encodeURIComponent(id)}`,
  myTargets: '/api/targets?owner=me',
  cycleTargets: (cycle: string) => `/api/targets?cycle=${encodeURIComponent(cycle)}`,
  dashboard: (cycle?: string) => (cycle ? `/api/dashboard?cycle=${encodeURIComponent(cycle)}` : '/api/dashboard'),
} as const;
