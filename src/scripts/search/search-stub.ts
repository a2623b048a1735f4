/** A small stub on every page: shows the search box, wires the shortcuts, and loads the search code on first use. */
// A small stub on every page: shows the box, wires the shortcuts, and loads the search code on first use.
const form = document.querySelector<HTMLFormElement>('[data-search-box] form');
const fallback = document.querySelector<HTMLElement>('[data-search-box] .search-fallback');
if (form && fallback) {
  form.hidden = false;
  fallback.hidden = true;
  const input = form.querySelector<HTMLInputElement>('input')!;
  let mounted = false;
  const mount = () => {
    if (mounted) return;
    mounted = true;
    void import('./search-combobox').then(({ mountCombobox }) => mountCombobox(form));
  };
  input.addEventListener('focus', mount, { once: true });
  // The box shows before this deferred script runs (html.js): a student (or a test) quick enough to focus it and
  // type first would otherwise never get the search code.
  if (document.activeElement === input) mount();
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
}
