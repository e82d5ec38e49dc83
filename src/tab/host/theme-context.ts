// The current theme's name for the few things Fluent tokens do not reach: the charts take
// concrete colours, resolved for light or dark.

import { createContext, useContext } from 'react';
import type { ThemeName } from './theme';

export const ThemeNameContext = createContext<ThemeName>('light');

export const useThemeName = () => useContext(ThemeNameContext);
