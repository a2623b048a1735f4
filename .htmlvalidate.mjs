// html-validate over every built page (tests/e2e/html-validate.spec.ts): the recommended rules, with three turned
// off or relaxed because they are about the style, not the validity, of markup we do not write by hand, and one
// narrowed to the ARIA pattern it cannot know:
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // MDX writes <br/> in tables, Astro writes <meta>; both are valid HTML.
    'void-style': 'off',
    // Astro's HTML compression leaves a space at some line ends.
    'no-trailing-whitespace': 'off',
    // Heading ids follow GitHub's slugs ("5-rollbacks"): valid HTML ids, though they begin with a digit.
    'valid-id': ['error', { relaxed: true }],
    // The search results are an ARIA 1.2 combobox popup (role="listbox" of links), which a native <select> cannot be.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
  },
};
