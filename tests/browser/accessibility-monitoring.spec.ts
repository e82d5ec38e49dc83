// The views of accessibility.spec.ts in the dark and high-contrast Teams themes, checked with
// axe's colour rules (COLOUR_RULES in axe-check.ts): a theme changes colours, not the DOM that
// the other rules read, and those are checked once, in the light theme. A file of its own so
// that Jest's two workers share the accessibility checks; one server and one browser serve
// both themes, which switch by URL.

import { checkEveryView } from './accessibility-views';
import { useTabServer } from './tab-server';

jest.setTimeout(120_000);

const app = useTabServer();

checkEveryView(app, 'dark', 'colour');
checkEveryView(app, 'contrast', 'colour');
