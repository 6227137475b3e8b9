import { Alert, Anchor, createTheme, defaultVariantColorsResolver, parseThemeColor, type CSSVariablesResolver, type VariantColorsResolver } from '@mantine/core';

/**
 * Light badges and buttons draw their colour's text on a tint of it, below 4.5:1 for green, yellow or orange even at
 * shade 9: darken shade 9 further, keeping the hue.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return colors;
  const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  return parsed.isThemeColor ? { ...colors, color: `color-mix(in srgb, var(--mantine-color-${parsed.color}-9), black 35%)` } : colors;
};

export const theme = createTheme({
  primaryColor: 'indigo',
  // Mantine's default primary shade fails WCAG AA for white text on some palettes; 7 keeps buttons readable.
  primaryShade: 7,
  autoContrast: true,
  defaultRadius: 'sm',
  variantColorResolver,
  components: {
    // Links sit on tinted alerts as well as on white: shade 8 keeps 4.5:1 on both (axe, WCAG 1.4.3).
    Anchor: Anchor.extend({ defaultProps: { c: 'indigo.8' } }),
    // A light alert's title in its own colour (yellow, orange) is unreadable on its tint; the border and icon
    // keep the colour's meaning.
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
  },
});

/** Mantine's "dimmed" grey (gray.6) is 3.3:1 on white: secondary text uses gray.7 (7:1) instead. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
