import { type CSSVariablesResolver, createTheme } from '@mantine/core';

// Shade 8 of blue keeps white text on filled buttons above 4.5:1 (WCAG AA); Mantine's
// default shade 6 does not.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 4 },
  focusRing: 'auto',
  defaultRadius: 'md',
});

// Mantine's light-scheme dimmed text (gray 6), links (blue 6) and errors (red 6) fall under
// 4.5:1 on white: darker shades of the same hues keep the look and pass AA.
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057',
    '--mantine-color-anchor': t.colors.blue[8] ?? '#1971c2',
    '--mantine-color-error': t.colors.red[9] ?? '#c92a2a',
  },
  dark: {},
});
