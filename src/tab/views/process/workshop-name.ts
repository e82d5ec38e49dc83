// How a workshop is named in labels and titles: its kind, its offices and its first day, e.g.
// "office workshop of Police Division, 3 Apr 2006" — so that two buttons never read the same.

import type { WorkshopView } from '../../../contract';
import type { I18n } from '../../i18n/i18n';

export function workshopName(w: Pick<WorkshopView, 'kind' | 'offices' | 'start'>, { t, date }: I18n): string {
  return t.workshops.name(t.workshopKind[w.kind], w.offices.map((o) => o.name).join(', '), date(w.start));
}
