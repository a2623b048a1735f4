/** The header's "Study" menu is a <details> that opens and closes without script; this closes it on Escape or a click elsewhere. */
for (const menu of document.querySelectorAll<HTMLDetailsElement>('[data-nav-menu]')) {
  document.addEventListener('click', (event) => {
    if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  });
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && menu.open) {
      menu.open = false;
      menu.querySelector('summary')?.focus();
    }
  });
}
