// The three Teams themes and how the tab picks one: a ?theme= URL parameter (tests, screenshots),
// else the Teams host's theme, else the browser's own preference (more contrast, dark).

import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, type Theme } from '@fluentui/react-components';

export const THEME_NAMES = ['light', 'dark', 'contrast'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

export function fluentTheme(name: ThemeName): Theme {
  if (name === 'dark') return teamsDarkTheme;
  if (name === 'contrast') return teamsHighContrastTheme;
  return teamsLightTheme;
}

/** Teams names its themes "default", "dark" and "contrast". */
export function themeFromTeams(teamsTheme: string | undefined): ThemeName {
  if (teamsTheme === 'dark') return 'dark';
  if (teamsTheme === 'contrast') return 'contrast';
  return 'light';
}

/** An explicit ?theme=light|dark|contrast (also "default" and "high-contrast", as Teams says them). */
export function themeFromUrl(params: URLSearchParams): ThemeName | undefined {
  const value = params.get('theme');
  if (!value) return undefined;
  if (value === 'high-contrast') return 'contrast';
  if (value === 'default') return 'light';
  return (THEME_NAMES as readonly string[]).includes(value) ? (value as ThemeName) : undefined;
}

/**
 * The browser's preferences that choose a theme outside Teams, strongest first: forced colours
 * (a Windows contrast theme), then more contrast (macOS "Increase contrast", also set by Windows'
 * contrast themes), both served by Teams' high-contrast theme, then dark.
 */
export const THEME_MEDIA_QUERIES = ['(forced-colors: active)', '(prefers-contrast: more)', '(prefers-color-scheme: dark)'] as const;

/** Outside Teams: the theme the browser's preferences ask for (THEME_MEDIA_QUERIES). */
export function themeFromMedia(media: (query: string) => boolean = (q) => window.matchMedia(q).matches): ThemeName {
  const [forcedColors, moreContrast, dark] = THEME_MEDIA_QUERIES.map(media);
  if (forcedColors || moreContrast) return 'contrast';
  return dark ? 'dark' : 'light';
}
