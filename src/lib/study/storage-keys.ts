/** Where the progress lives in localStorage, alone in a module so a page can look for it without loading the progress code. */
export const STORAGE_KEY = 'dop-c02:progress';
