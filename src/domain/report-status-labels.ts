// A progress report's status in words, for the places that speak English to people (the bot's
// cards, the command line); the tab has its own, translated (src/tab/i18n).

import type { ReportStatus } from './monitoring';

export const REPORT_STATUS_LABELS: Readonly<Record<ReportStatus, string>> = {
  draft: 'Draft',
  submitted: 'Submitted, waiting for review',
  accepted: 'Accepted',
  returned: 'Returned for changes',
};
