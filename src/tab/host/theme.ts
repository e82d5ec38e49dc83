// The three Teams themes and how the tab picks one: a ?theme= URL parameter (tests, screenshots),
// else the Teams host's theme, else the browser's own preference (dark, forced colours).

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

/** Outside Teams: forced colours (Windows high contrast) first, then the light/dark preference. */
export function themeFromMedia(media: (query: string) => boolean = (q) => window.matchMedia(q).matches): ThemeName {
  if (media('(forced-colors: active)')) return 'contrast';
  return media('(prefers-color-scheme: dark)') ? 'dark' : 'light';
}
