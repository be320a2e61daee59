import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  type MantineColorsTuple,
} from '@mantine/core';

/**
 * A palette of Mantine's with its two darkest shades replaced: shade 8 fills buttons and
 * badges under white text, shade 9 writes on shade 1 (light badges, alerts) and as `c="x.9"`.
 */
function readable(name: string, eight: string, nine: string): MantineColorsTuple {
  const shades = DEFAULT_THEME.colors[name] ?? [];
  return [...shades.slice(0, 8), eight, nine] as unknown as MantineColorsTuple;
}

// Issue 16, items 8 and 10: Mantine's green, teal, orange, yellow, lime (and red by a hair) fail
// WCAG AA in those uses (white on green 8 is 3.45:1, green 9 on green 1 about 3.9:1: axe found
// the "Publié" and "Répondu" badges unreadable). The same hues, darkened to 4.6:1 at least.
const colors = {
  red: readable('red', '#dc3030', '#c52929'),
  green: readable('green', '#28863a', '#267b37'),
  teal: readable('teal', '#08855f', '#087a57'),
  orange: readable('orange', '#c84d0a', '#bb3e0d'),
  yellow: readable('yellow', '#aa6300', '#a65600'),
  lime: readable('lime', '#4f810c', '#4a760a'),
};

// Shade 8 of blue keeps white text on filled buttons above 4.5:1 (WCAG AA); Mantine's
// default shade 6 does not.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 4 },
  colors,
  components: {
    // A table wider than a phone scrolls sideways: its scrolling box takes the keyboard focus,
    // so that it can be scrolled with the arrow keys (axe: scrollable-region-focusable).
    TableScrollContainer: {
      defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } },
    },
  },
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
