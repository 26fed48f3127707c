import { createTheme, type MantineColorsTuple } from '@mantine/core';

// The Trust Circle brand: a calm indigo, tuned so text on the light variant passes contrast.
const brand: MantineColorsTuple = [
  '#eef1ff',
  '#dbe0fa',
  '#b4bef0',
  '#8a99e7',
  '#677adf',
  '#5166db',
  '#455cd9',
  '#364cc1',
  '#2e43ad',
  '#223999',
];

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: { light: 6, dark: 5 },
  colors: { brand },
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    Modal: {
      defaultProps: {
        centered: true,
        radius: 'md',
        overlayProps: { backgroundOpacity: 0.45, blur: 2 },
        closeButtonProps: { 'aria-label': 'Close dialog' },
      },
    },
    Paper: { defaultProps: { radius: 'md' } },
    // The default name, "Toggle password visibility", would make every "Password" label ambiguous
    // for assistive technology and for tests that find fields by label.
    PasswordInput: {
      defaultProps: { visibilityToggleButtonProps: { 'aria-label': 'Show or hide what you typed' } },
    },
    Badge: { defaultProps: { radius: 'sm' } },
    Tooltip: { defaultProps: { withArrow: true, openDelay: 300 } },
    Select: { defaultProps: { comboboxProps: { shadow: 'md' } } },
    MultiSelect: { defaultProps: { comboboxProps: { shadow: 'md' } } },
  },
});
