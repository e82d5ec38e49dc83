// axe on every view of the tab in the dark Teams theme (see accessibility.ts).

import { describeAccessibility } from './accessibility';

jest.setTimeout(120_000);

describeAccessibility('dark');
