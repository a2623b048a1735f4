/** The CSS rules for highlighted code's colour classes, generated from the Shiki themes (astro.config.mjs). */
declare module 'virtual:shiki-palette.css';
