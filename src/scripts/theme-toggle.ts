/** The theme toggle in the header: light or dark, remembered in localStorage; the system setting until chosen. */
const root = document.documentElement;
const systemDark = window.matchMedia('(prefers-color-scheme: dark)');

function effectiveTheme(): 'light' | 'dark' {
  const chosen = root.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return systemDark.matches ? 'dark' : 'light';
}

function render(button: HTMLButtonElement): void {
  const dark = effectiveTheme() === 'dark';
  button.setAttribute('aria-pressed', String(dark));
  const icon = button.querySelector('.icon');
  if (icon) icon.textContent = dark ? '☾' : '☀';
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  button.hidden = false;
  render(button);
  button.addEventListener('click', () => {
    const next = effectiveTheme() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    render(button);
  });
  systemDark.addEventListener('change', () => render(button));
}
