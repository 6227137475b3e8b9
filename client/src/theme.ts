import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Mantine's default primary shade fails WCAG AA for white text on some palettes; 7 keeps buttons readable.
  primaryShade: 7,
  autoContrast: true,
  defaultRadius: 'sm',
});
