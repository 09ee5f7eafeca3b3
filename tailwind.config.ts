import type { Config } from 'tailwindcss';

export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        // WhatsApp green at 500; white text needs 700 or darker to reach WCAG AA contrast.
        brand: {
          50: '#effef4',
          100: '#d8fce6',
          200: '#b4f7ce',
          300: '#7aefaa',
          400: '#3fdf80',
          500: '#25d366',
          600: '#16a34f',
          700: '#128341',
          800: '#136737',
          900: '#12552f',
          950: '#043019',
        },
      },
      fontFamily: {
        sans: [
          'system-ui',
          '-apple-system',
          '"Segoe UI"',
          'Roboto',
          '"Helvetica Neue"',
          'Arial',
          '"Noto Sans"',
          'sans-serif',
          '"Apple Color Emoji"',
          '"Segoe UI Emoji"',
        ],
      },
    },
  },
} satisfies Config;
